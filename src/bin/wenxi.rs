//! The `wenxi` command line: `wenxi analyse FILE... [--format json|jsonl|csv|md] [--reference-date D]
//! [--jobs N] [--lang en|zh]`.

use clap::{Parser, Subcommand, ValueEnum};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

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
    /// Analyse articles (text or HTML, any common encoding); `-` reads standard input.
    Analyse {
        /// Files to analyse; `-` for standard input.
        #[arg(required = true)]
        files: Vec<String>,
        /// Output format; the default is json for one input and jsonl for several.
        #[arg(long, value_enum)]
        format: Option<Format>,
        /// Resolve relative dates against this date (YYYY-MM-DD) when the page prints none.
        #[arg(long, value_name = "YYYY-MM-DD")]
        reference_date: Option<String>,
        /// Analyse this many files at once (default: one per core); the output keeps the input order.
        #[arg(long, short, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        jobs: Option<u16>,
        /// Language of the md and csv renderings: headings, units (CNY or 元), kinds (money or 金额).
        #[arg(long, value_enum, default_value = "en")]
        lang: Lang,
    },
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Command::Analyse { files, format, reference_date, jobs, lang } = cli.command;
    let lang = wenxi::report::Lang::from(lang);
    // Bad options are refused before any file is read (the core would refuse each file).
    let options = wenxi::Options { reference_date, ..Default::default() };
    if let Err(e) = options.validate() {
        eprintln!("wenxi: --reference-date: {e}");
        return ExitCode::from(2);
    }
    // Build the tables on a second core while the first file is read and its early stages run (the
    // analysis waits for a table only when it needs it; a failed spawn just builds them on first use).
    let _ = std::thread::Builder::new().name("warm-up".into()).spawn(wenxi::warm_up);
    let format = format.unwrap_or(if files.len() > 1 { Format::Jsonl } else { Format::Json });
    let several = files.len() > 1;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let jobs = jobs.map_or(cores, usize::from).min(files.len());
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if format == Format::Csv {
        let _ = out.write_all(wenxi::report::csv_header(lang).as_bytes());
    }
    let mut failed = false;
    let mut write_failed = false;
    let work = |i: usize| render(i, &files[i], format, lang, several, &options);
    in_order(files.len(), jobs, work, |rendered| match rendered {
        Ok(text) => {
            write_failed = out.write_all(text.as_bytes()).is_err();
            !write_failed
        }
        Err(message) => {
            eprintln!("wenxi: {message}");
            failed = true;
            true
        }
    });
    if write_failed || out.flush().is_err() {
        return ExitCode::from(1);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The output for input `i` (`file`), or the message naming it and why it could not be analysed.
fn render(
    i: usize,
    file: &str,
    format: Format,
    lang: wenxi::report::Lang,
    several: bool,
    options: &wenxi::Options,
) -> Result<String, String> {
    let name = if file == "-" { "-".to_owned() } else { file_name(file) };
    let bytes = read(file).map_err(|e| format!("{file}: {e}"))?;
    let options = wenxi::Options { file: (several || file != "-").then(|| name.clone()), ..options.clone() };
    let analysis = wenxi::analyse_bytes(&bytes, &options).map_err(|e| format!("{file}: {e}"))?;
    Ok(match format {
        Format::Json => serde_json::to_string_pretty(&analysis).expect("serialisable") + "\n",
        Format::Jsonl => serde_json::to_string(&analysis).expect("serialisable") + "\n",
        Format::Csv => wenxi::report::csv_rows_in(&analysis, lang),
        Format::Md => {
            let sep = if i > 0 { "\n---\n\n" } else { "" };
            format!("{sep}{}", wenxi::report::markdown_in(&analysis, lang))
        }
    })
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

fn read(file: &str) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if file == "-" {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(file)?;
    }
    Ok(bytes)
}

fn file_name(path: &str) -> String {
    Path::new(path).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.to_owned())
}
