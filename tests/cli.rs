//! The command line as docs/CONTRACT.md describes it: one JSON object for one input, JSON Lines with
//! `file` for several (in input order, whatever `--jobs`), standard input, the other formats, and a
//! one-line error naming a file that cannot be analysed, with exit status 1, the other files still
//! analysed; folders (recursively, `--glob`), `--out`, streaming JSON Lines, the progress bar on a
//! terminal only and the closing line.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/seeds");

fn seed(name: &str) -> String {
    format!("{SEEDS}/{name}")
}

fn seeds() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(SEEDS)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    names.iter().map(|n| seed(n)).collect()
}

fn wenxi(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wenxi")).args(args).output().expect("the wenxi binary runs")
}

fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("UTF-8 output")
}

#[test]
fn one_file_prints_one_json_object() {
    let output = wenxi(&["analyse", &seed("002-kunming-mohan.txt")]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let analysis: Value = serde_json::from_str(stdout(&output)).expect("one JSON object");
    assert_eq!(analysis["version"], 1);
    assert_eq!(analysis["file"], "002-kunming-mohan.txt");
    assert!(analysis["figures"].as_array().is_some_and(|f| !f.is_empty()));
}

#[test]
fn several_files_print_json_lines_in_input_order_whatever_the_jobs() {
    let mut files = seeds();
    files.extend(seeds().into_iter().rev());
    let args = |jobs: &'static str| {
        let mut a = vec!["analyse", "--jobs", jobs, "--reference-date", "2023-06-01"];
        a.extend(files.iter().map(String::as_str));
        a
    };
    let one = wenxi(&args("1"));
    assert!(one.status.success());
    let names: Vec<String> = stdout(&one)
        .lines()
        .map(|line| {
            serde_json::from_str::<Value>(line).expect("a JSON line")["file"].as_str().unwrap().to_owned()
        })
        .collect();
    let expected: Vec<String> = files.iter().map(|f| f.rsplit('/').next().unwrap().to_owned()).collect();
    assert_eq!(names, expected);
    let three = wenxi(&args("3"));
    assert_eq!(stdout(&three), stdout(&one), "--jobs 3 prints what --jobs 1 prints");
}

#[test]
fn standard_input_is_read_for_a_dash() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wenxi"))
        .args(["analyse", "-", "--reference-date", "2023-06-01"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all("园区实现工业总产值67亿元。".as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    let analysis: Value = serde_json::from_str(stdout(&output)).unwrap();
    assert_eq!(analysis["figures"][0]["text"], "67亿元");
    assert_eq!(analysis["file"], Value::Null);
}

#[test]
fn a_file_that_cannot_be_analysed_is_named_and_the_others_are_still_analysed() {
    let dir = std::env::temp_dir().join(format!("wenxi-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let binary = dir.join("x.bin");
    std::fs::write(&binary, [0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        .unwrap();
    let missing = dir.join("missing.txt");
    let (binary, missing) = (binary.to_str().unwrap(), missing.to_str().unwrap());
    let good = seed("001-ganmei.txt");
    let output = wenxi(&["analyse", binary, &good, missing]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    assert!(lines[0].starts_with(&format!("wenxi: {binary}: not a text file")), "{stderr}");
    assert!(lines[1].starts_with(&format!("wenxi: {missing}: ")), "{stderr}");
    assert!(lines[2].starts_with("wenxi: 1 article, ") && lines[2].contains(", 2 errors in "), "{stderr}");
    let analysed: Vec<Value> = stdout(&output).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(analysed.len(), 1);
    assert_eq!(analysed[0]["file"], "001-ganmei.txt");
}

#[test]
fn csv_has_one_header_and_markdown_separates_the_articles() {
    let files = seeds();
    let mut args = vec!["analyse", "--format", "csv"];
    args.extend(files.iter().map(String::as_str));
    let csv = wenxi(&args);
    assert!(csv.status.success());
    let text = stdout(&csv);
    let header = text.lines().next().unwrap();
    assert_eq!(text.lines().filter(|l| *l == header).count(), 1);
    assert!(text.lines().count() > files.len());
    args[2] = "md";
    let md = wenxi(&args);
    assert!(md.status.success());
    assert_eq!(stdout(&md).matches("\n---\n").count(), files.len() - 1);
}

#[test]
fn bad_options_exit_with_status_2() {
    let good = seed("001-ganmei.txt");
    let output = wenxi(&["analyse", &good, "--reference-date", "2023-6-1"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr)
        .contains("--reference-date: bad option: the reference date must be YYYY-MM-DD"));
    assert_eq!(wenxi(&["analyse", &good, "--jobs", "0"]).status.code(), Some(2));
}

#[test]
fn lang_zh_renders_the_brief_and_the_csv_in_chinese() {
    let file = seed("002-kunming-mohan.txt");
    let md = wenxi(&["analyse", &file, "--format", "md", "--lang", "zh"]);
    assert!(md.status.success());
    let md = stdout(&md);
    assert!(md.contains("## 关键数字") && md.contains("| 计划总投资 | 12.92亿元 | 12.92亿元 |"), "{md}");
    assert!(!md.contains("Key figures"), "{md}");
    let csv = wenxi(&["analyse", &file, "--format", "csv", "--lang", "zh"]);
    assert!(stdout(&csv).starts_with("文件,原文,类型,数值,单位,约数,指标,时期,性质\n"));
    let en = wenxi(&["analyse", &file, "--format", "md"]);
    assert_eq!(stdout(&en), stdout(&wenxi(&["analyse", &file, "--format", "md", "--lang", "en"])));
    assert_eq!(wenxi(&["analyse", &file, "--lang", "fr"]).status.code(), Some(2));
}

/// A fresh folder under the system's temporary folder, removed when dropped.
struct TempDir(std::path::PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("wenxi-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    /// Copies seed `name` to `below` (a path below the folder, its folders made as needed).
    fn put(&self, name: &str, below: &str) {
        let to = self.0.join(below);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(seed(name), to).unwrap();
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The `file` of each JSON line of the output.
fn files_of(output: &Output) -> Vec<String> {
    stdout(output)
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).expect("a JSON line")["file"].as_str().unwrap_or("").to_owned()
        })
        .collect()
}

/// A folder of articles: two at the top, one in a subfolder as HTML, one hidden, and a file that is
/// no article.
fn archive(name: &str) -> TempDir {
    let dir = TempDir::new(name);
    dir.put("002-kunming-mohan.txt", "b.txt");
    dir.put("001-ganmei.txt", "a.TXT");
    dir.put("003-mianyang.txt", "2024/05/c.html");
    dir.put("004-ziyang.txt", ".cache/d.txt");
    std::fs::write(dir.0.join("notes.csv"), "a,b\n").unwrap();
    dir
}

#[test]
fn a_folder_gives_its_articles_recursively_in_name_order_as_json_lines() {
    let dir = archive("folder");
    let output = wenxi(&["analyse", dir.path(), "--jobs", "2"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(files_of(&output), ["2024/05/c.html", "a.TXT", "b.txt"]);
    // A file and standard input around a folder keep their places.
    let mut child = Command::new(env!("CARGO_BIN_EXE_wenxi"))
        .args(["analyse", "-", dir.path(), &seed("000-chengdu-liangshan.txt")])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all("园区实现工业总产值67亿元。".as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    assert_eq!(files_of(&output), ["-", "2024/05/c.html", "a.TXT", "b.txt", "000-chengdu-liangshan.txt"]);
}

#[test]
fn glob_chooses_the_files_of_a_folder() {
    let dir = archive("glob");
    let output = wenxi(&["analyse", dir.path(), "--glob", "**/*.html", "--glob", "b.*"]);
    assert!(output.status.success());
    assert_eq!(files_of(&output), ["2024/05/c.html", "b.txt"]);
    let none = wenxi(&["analyse", dir.path(), "--glob", "*.pdf"]);
    assert_eq!(none.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&none.stderr).contains("no articles in this folder"));
    assert_eq!(wenxi(&["analyse", dir.path(), "--glob", "a[b"]).status.code(), Some(2));
}

#[test]
fn json_lines_stream_each_article_as_soon_as_it_is_ready() {
    // The second input is standard input, held open: the first line must come out before it ends.
    let mut child = Command::new(env!("CARGO_BIN_EXE_wenxi"))
        .args(["analyse", &seed("001-ganmei.txt"), "-", "--jobs", "1"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    std::io::BufRead::read_line(&mut lines, &mut first).unwrap();
    let first: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(first["file"], "001-ganmei.txt");
    stdin.write_all("园区实现工业总产值67亿元。".as_bytes()).unwrap();
    drop(stdin);
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut lines, &mut rest).unwrap();
    assert!(child.wait().unwrap().success());
    let second: Value = serde_json::from_str(rest.trim_end()).unwrap();
    assert_eq!(second["figures"][0]["text"], "67亿元");
}

#[test]
fn out_writes_one_result_per_file_below_the_folder() {
    let dir = archive("out-in");
    let out = TempDir::new("out");
    let output = wenxi(&["analyse", dir.path(), &seed("000-chengdu-liangshan.txt"), "--out", out.path()]);
    assert!(output.status.success());
    assert!(output.stdout.is_empty());
    let lines = wenxi(&["analyse", dir.path(), &seed("000-chengdu-liangshan.txt")]);
    let names = files_of(&lines);
    for (line, name) in stdout(&lines).lines().zip(&names) {
        let written = std::fs::read_to_string(out.0.join(format!("{name}.jsonl"))).unwrap();
        assert_eq!(written.trim_end(), line, "{name}");
    }
    let md = TempDir::new("out-md");
    assert!(wenxi(&["analyse", &seed("002-kunming-mohan.txt"), "--format", "md", "--out", md.path()])
        .status
        .success());
    let brief = std::fs::read_to_string(md.0.join("002-kunming-mohan.txt.md")).unwrap();
    assert!(brief.contains("| 计划总投资 |"), "{brief}");
}

#[test]
fn a_failing_file_in_a_folder_is_named_and_the_exit_status_says_so() {
    let dir = archive("failing");
    std::fs::write(dir.0.join("e.txt"), [0x89, b'P', b'N', b'G', 13, 10, 26, 10, 0, 0, 0, 13]).unwrap();
    let output = wenxi(&["analyse", dir.path()]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(files_of(&output), ["2024/05/c.html", "a.TXT", "b.txt"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let bad = dir.0.join("e.txt");
    assert!(stderr.contains(&format!("wenxi: {}: not a text file", bad.display())), "{stderr}");
    assert!(stderr.lines().last().unwrap().starts_with("wenxi: 3 articles, "), "{stderr}");
    assert!(stderr.contains(", 1 error in "), "{stderr}");
}

#[test]
fn stderr_has_no_progress_bar_when_it_is_not_a_terminal_and_nothing_when_quiet() {
    let files = seeds();
    let mut args = vec!["analyse"];
    args.extend(files.iter().map(String::as_str));
    let output = wenxi(&args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    let closing = format!("wenxi: {} articles, ", files.len());
    assert!(stderr.starts_with(&closing) && stderr.contains(" entities, 0 errors in "), "{stderr}");
    args.push("--quiet");
    assert!(wenxi(&args).stderr.is_empty());
}

#[test]
fn stderr_shows_a_progress_bar_on_a_terminal() {
    // util-linux's `script` runs the command on a pseudo-terminal; without it there is nothing to check.
    let Ok(script) = Command::new("script").arg("--version").output() else { return };
    if !script.status.success() {
        return;
    }
    let command = format!("{} analyse {} -j 1 > /dev/null", env!("CARGO_BIN_EXE_wenxi"), SEEDS);
    let output = Command::new("script").args(["-qec", &command, "/dev/null"]).output().unwrap();
    let shown = String::from_utf8_lossy(&output.stdout);
    assert!(shown.contains(" files ") && shown.contains("ETA"), "{shown}");
    assert!(shown.contains("articles, "), "{shown}");
}
