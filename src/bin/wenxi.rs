//! The `wenxi` command line: `wenxi analyse PATH... [--glob G]... [--format json|jsonl|csv|md]
//! [--out DIR] [--reference-date D] [--jobs N] [--lang en|zh] [--quiet]`.
//!
//! A PATH is a file, a folder (its articles, recursively: the files matching `--glob`, by default
//! those with an extension of [`wenxi::intake::FILE_EXTENSIONS`]) or `-` for standard input. The
//! results come out in input order as soon as each is ready (folders in file-name order); a file that
//! cannot be analysed is named on stderr with the reason and the others go on. On a terminal, stderr
//! shows a progress bar; a closing line there counts the articles, figures, dates, entities and errors.

use clap::{Parser, Subcommand, ValueEnum};
use globset::{Glob, GlobSet, GlobSetBuilder};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::BTreeMap;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Instant;

#[derive(Parser)]
#[command(
    name = "wenxi",
    version,
    about = "文析: analyse Chinese news articles (figures, dates, entities, summary)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse articles (text or HTML, any common encoding): files, folders (recursively) or `-`
    /// for standard input.
    Analyse(Analyse),
}

#[derive(clap::Args)]
struct Analyse {
    /// Files, folders (their articles, recursively) and `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<String>,
    /// In folders, analyse the files whose path below the folder matches this glob (`*.html`,
    /// `2024/**/*.txt`); may be repeated. Default: the extensions txt, text, html, htm, xhtml, shtml.
    #[arg(long, value_name = "GLOB")]
    glob: Vec<String>,
    /// Output format; the default is json for one file and jsonl for several or a folder.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Write one result per input into DIR (its path below the folder, or its name, plus the
    /// format's extension: `a/b.txt` gives `DIR/a/b.txt.json`) instead of standard output.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Resolve relative dates against this date (YYYY-MM-DD) when the page prints none.
    #[arg(long, value_name = "YYYY-MM-DD")]
    reference_date: Option<String>,
    /// Analyse this many files at once (default: one per core); the output keeps the input order.
    #[arg(long, short, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// Language of the md and csv renderings: headings, units (CNY or 元), kinds (money or 金额).
    #[arg(long, value_enum, default_value = "en")]
    lang: Lang,
    /// No progress bar and no closing line on stderr (errors are still reported).
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Lang {
    En,
    Zh,
}

impl From<Lang> for wenxi::report::Lang {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::En => wenxi::report::Lang::En,
            Lang::Zh => wenxi::report::Lang::Zh,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Json,
    Jsonl,
    Csv,
    Md,
}

impl Format {
    /// The extension of the files `--out` writes.
    fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::Md => "md",
        }
    }
}

/// One article to analyse.
struct Input {
    /// Where to read it; `None` for standard input.
    path: Option<PathBuf>,
    /// How error messages name it: the path as given, or the folder joined with its path below it.
    shown: String,
    /// Its `file` in the result and its name under `--out`: the file name of a file given as it
    /// is, the path below the folder (with `/`) of a file found in a folder, `-` for standard input.
    name: String,
    /// Its size in bytes (0 for standard input), for the progress bar.
    size: u64,
}

/// What one analysed article adds to the closing line.
#[derive(Default)]
struct Counts {
    articles: usize,
    figures: usize,
    dates: usize,
    entities: usize,
    errors: usize,
    bytes: u64,
}

impl Counts {
    fn of(analysis: &wenxi::Analysis, bytes: u64) -> Self {
        Counts {
            articles: 1,
            figures: analysis.figures.len(),
            dates: analysis.dates.len(),
            entities: analysis.entities.len(),
            errors: 0,
            bytes,
        }
    }

    fn add(&mut self, other: &Counts) {
        self.articles += other.articles;
        self.figures += other.figures;
        self.dates += other.dates;
        self.entities += other.entities;
        self.errors += other.errors;
        self.bytes += other.bytes;
    }
}

/// The settings every input is analysed and rendered with.
struct Job {
    format: Format,
    lang: wenxi::report::Lang,
    several: bool,
    out: Option<PathBuf>,
    options: wenxi::Options,
}

fn main() -> ExitCode {
    let Command::Analyse(args) = Cli::parse().command;
    // Bad options are refused before any file is read (the core would refuse each file).
    let options = wenxi::Options { reference_date: args.reference_date, ..Default::default() };
    if let Err(e) = options.validate() {
        eprintln!("wenxi: --reference-date: {e}");
        return ExitCode::from(2);
    }
    let globs = match glob_set(&args.glob) {
        Ok(globs) => globs,
        Err(e) => {
            eprintln!("wenxi: --glob: {e}");
            return ExitCode::from(2);
        }
    };
    if let Some(out) = &args.out {
        if let Err(e) = std::fs::create_dir_all(out) {
            eprintln!("wenxi: --out {}: {e}", out.display());
            return ExitCode::from(2);
        }
    }
    let started = Instant::now();
    // Build the tables on a second core while the first file is read and its early stages run (the
    // analysis waits for a table only when it needs it; a failed spawn just builds them on first use).
    let _ = std::thread::Builder::new().name("warm-up".into()).spawn(wenxi::warm_up);
    let (inputs, walk_errors) = inputs(&args.paths, &globs);
    let any_folder = args.paths.iter().any(|p| p != "-" && Path::new(p).is_dir());
    let several = inputs.len() > 1 || any_folder;
    let format = args.format.unwrap_or(if several { Format::Jsonl } else { Format::Json });
    let job = Job { format, lang: args.lang.into(), several, out: args.out, options };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let jobs = args.jobs.map_or(cores, usize::from).min(inputs.len()).max(1);

    let progress = progress_bar(args.quiet, &inputs);
    let mut totals = Counts { errors: walk_errors.len(), ..Default::default() };
    for message in &walk_errors {
        progress.suspend(|| eprintln!("wenxi: {message}"));
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if format == Format::Csv && job.out.is_none() {
        let _ = out.write_all(wenxi::report::csv_header(job.lang).as_bytes());
    }
    let mut write_failed = false;
    let done = AtomicUsize::new(0);
    let work = |i: usize| {
        let result = render(i, &inputs[i], &job);
        progress.inc(inputs[i].size);
        let done = done.fetch_add(1, Ordering::Relaxed) + 1;
        progress.set_message(format!("{done}/{} files", inputs.len()));
        result
    };
    in_order(inputs.len(), jobs, work, |rendered| match rendered {
        Ok((text, counts)) => {
            totals.add(&counts);
            write_failed = out.write_all(text.as_bytes()).is_err()
                // JSON Lines are a stream: each line goes out as soon as it is ready.
                || (format == Format::Jsonl && out.flush().is_err());
            !write_failed
        }
        Err(message) => {
            progress.suspend(|| eprintln!("wenxi: {message}"));
            totals.errors += 1;
            true
        }
    });
    progress.finish_and_clear();
    if write_failed || out.flush().is_err() {
        return ExitCode::from(1);
    }
    if !args.quiet {
        eprintln!("wenxi: {}", closing_line(&totals, started.elapsed().as_secs_f64()));
    }
    if totals.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The `--glob` patterns as one set; none gives the default, the article extensions (any case).
fn glob_set(patterns: &[String]) -> Result<GlobSet, globset::Error> {
    let mut set = GlobSetBuilder::new();
    if patterns.is_empty() {
        let extensions = wenxi::intake::FILE_EXTENSIONS.join(",");
        set.add(Glob::new(&format!("*.{{{extensions}}}"))?);
        // Upper-case extensions too (`.HTML` from old archives), without a case-blind user glob.
        set.add(Glob::new(&format!("*.{{{}}}", extensions.to_uppercase()))?);
    } else {
        for pattern in patterns {
            set.add(Glob::new(pattern)?);
        }
    }
    set.build()
}

/// The inputs the paths name, in their order (a folder's files sorted by name, hidden ones left
/// out), and the messages for what could not be listed.
fn inputs(paths: &[String], globs: &GlobSet) -> (Vec<Input>, Vec<String>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path == "-" {
            inputs.push(Input { path: None, shown: "-".into(), name: "-".into(), size: 0 });
            continue;
        }
        let root = Path::new(path);
        if !root.is_dir() {
            // A missing file is reported when it is read, in its place in the output order.
            let size = std::fs::metadata(root).map_or(0, |m| m.len());
            inputs.push(Input { path: Some(root.into()), shown: path.clone(), name: file_name(path), size });
            continue;
        }
        let before = inputs.len();
        let walk = walkdir::WalkDir::new(root)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        for entry in walk {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    let at = e.path().unwrap_or(root).display().to_string();
                    errors.push(format!("{at}: {}", e.io_error().map_or(e.to_string(), |e| e.to_string())));
                    continue;
                }
            };
            if entry.file_type().is_dir() {
                continue;
            }
            let below = entry.path().strip_prefix(root).unwrap_or(entry.path());
            if !globs.is_match(below) {
                continue;
            }
            let name =
                below.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            let size = entry.metadata().map_or(0, |m| m.len());
            inputs.push(Input {
                path: Some(entry.path().into()),
                shown: entry.path().display().to_string(),
                name,
                size,
            });
        }
        if inputs.len() == before {
            errors.push(format!("{path}: no articles in this folder (no file matches the globs)"));
        }
    }
    (inputs, errors)
}

/// A bar on stderr when stderr is a terminal (and not `--quiet`): bytes done of all the inputs'
/// sizes, files done, MB/s and the time left; a hidden bar otherwise.
fn progress_bar(quiet: bool, inputs: &[Input]) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(
        Some(inputs.iter().map(|i| i.size).sum()),
        ProgressDrawTarget::stderr(),
    );
    bar.set_style(
        ProgressStyle::with_template("{bar:20} {msg} {binary_bytes_per_sec} ETA {eta}")
            .expect("a valid template"),
    );
    bar.set_message(format!("0/{} files", inputs.len()));
    bar
}

/// `12 articles, 340 figures, 120 dates, 230 entities, 0 errors in 1.2 s (3.4 MB/s)`.
fn closing_line(totals: &Counts, seconds: f64) -> String {
    let plural = |n: usize, one: &str| if n == 1 { format!("{n} {one}") } else { format!("{n} {one}s") };
    let entities =
        if totals.entities == 1 { "1 entity".to_owned() } else { format!("{} entities", totals.entities) };
    format!(
        "{}, {}, {}, {}, {} in {:.2} s ({:.2} MB/s)",
        plural(totals.articles, "article"),
        plural(totals.figures, "figure"),
        plural(totals.dates, "date"),
        entities,
        plural(totals.errors, "error"),
        seconds,
        totals.bytes as f64 / 1e6 / seconds.max(1e-9),
    )
}

/// The output for input `i` and what it counts, or the message naming it and why it could not be
/// analysed (or written under `--out`). Under `--out` the output is written here and none is returned.
fn render(i: usize, input: &Input, job: &Job) -> Result<(String, Counts), String> {
    let shown = &input.shown;
    let bytes = read(input.path.as_deref()).map_err(|e| format!("{shown}: {e}"))?;
    let named = job.several || input.path.is_some();
    let options = wenxi::Options { file: named.then(|| input.name.clone()), ..job.options.clone() };
    let analysis = wenxi::analyse_bytes(&bytes, &options).map_err(|e| format!("{shown}: {e}"))?;
    let counts = Counts::of(&analysis, bytes.len() as u64);
    let text = match job.format {
        Format::Json => serde_json::to_string_pretty(&analysis).expect("serialisable") + "\n",
        Format::Jsonl => serde_json::to_string(&analysis).expect("serialisable") + "\n",
        Format::Csv if job.out.is_some() => {
            wenxi::report::csv_header(job.lang).to_owned() + &wenxi::report::csv_rows_in(&analysis, job.lang)
        }
        Format::Csv => wenxi::report::csv_rows_in(&analysis, job.lang),
        Format::Md => {
            let sep = if i > 0 && job.out.is_none() { "\n---\n\n" } else { "" };
            format!("{sep}{}", wenxi::report::markdown_in(&analysis, job.lang))
        }
    };
    let Some(dir) = &job.out else { return Ok((text, counts)) };
    let name = if input.path.is_none() { "stdin" } else { &input.name };
    let file = dir.join(format!("{name}.{}", job.format.extension()));
    let written =
        file.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::write(&file, text));
    written.map_err(|e| format!("{shown}: cannot write {}: {e}", file.display()))?;
    Ok((String::new(), counts))
}

/// Runs `work` on `0..count` on `jobs` threads and hands each result to `emit` in index order, as
/// soon as the ones before it are done. `emit` returning false stops the run (the threads finish the
/// item they are on).
fn in_order<T: Send>(
    count: usize,
    jobs: usize,
    work: impl Fn(usize) -> T + Sync,
    mut emit: impl FnMut(T) -> bool,
) {
    if jobs <= 1 {
        for i in 0..count {
            if !emit(work(i)) {
                return;
            }
        }
        return;
    }
    let next = AtomicUsize::new(0);
    let (done, results) = mpsc::channel();
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let (done, next, work) = (done.clone(), &next, &work);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= count || done.send((i, work(i))).is_err() {
                    break;
                }
            });
        }
        drop(done);
        let mut waiting = BTreeMap::new();
        let mut wanted = 0;
        for (i, result) in results.iter() {
            waiting.insert(i, result);
            while let Some(result) = waiting.remove(&wanted) {
                if !emit(result) {
                    // Stop handing out work: each thread stops after the item it is on.
                    next.store(count, Ordering::Relaxed);
                    return;
                }
                wanted += 1;
            }
        }
    });
}

/// The bytes of a file, or of standard input for `None`.
fn read(path: Option<&Path>) -> std::io::Result<Vec<u8>> {
    match path {
        Some(path) => std::fs::read(path),
        None => {
            let mut bytes = Vec::new();
            std::io::stdin().read_to_end(&mut bytes)?;
            Ok(bytes)
        }
    }
}

fn file_name(path: &str) -> String {
    Path::new(path).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.to_owned())
}
