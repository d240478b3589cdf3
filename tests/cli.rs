//! The command line as docs/CONTRACT.md describes it: one JSON object for one input, JSON Lines with
//! `file` for several (in input order, whatever `--jobs`), standard input, the other formats, and a
//! one-line error naming a file that cannot be analysed, with exit status 1, the other files still
//! analysed.

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
    assert_eq!(lines.len(), 2, "{stderr}");
    assert!(lines[0].starts_with(&format!("wenxi: {binary}: not a text file")), "{stderr}");
    assert!(lines[1].starts_with(&format!("wenxi: {missing}: ")), "{stderr}");
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
