//! The `wenxi` command line: `wenxi analyse FILE... [--format json|jsonl|csv|md] [--reference-date D]`.

use clap::{Parser, Subcommand, ValueEnum};
use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

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
    },
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
    let Command::Analyse { files, format, reference_date } = cli.command;
    if let Some(d) = &reference_date {
        if wenxi::dates::Ymd::parse(d).is_none() || d.len() != 10 {
            eprintln!("wenxi: --reference-date must be YYYY-MM-DD, not {d:?}");
            return ExitCode::from(2);
        }
    }
    // Build the tables on a second core while the first file is read and its early stages run (the
    // analysis waits for a table only when it needs it; a failed spawn just builds them on first use).
    let _ = std::thread::Builder::new().name("warm-up".into()).spawn(wenxi::warm_up);
    let format = format.unwrap_or(if files.len() > 1 { Format::Jsonl } else { Format::Json });
    let several = files.len() > 1;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    if format == Format::Csv {
        let _ = out.write_all(wenxi::report::CSV_HEADER.as_bytes());
    }
    for (i, file) in files.iter().enumerate() {
        let name = if file == "-" { "-".to_owned() } else { file_name(file) };
        let bytes = match read(file) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("wenxi: {file}: {e}");
                failed = true;
                continue;
            }
        };
        let options = wenxi::Options {
            reference_date: reference_date.clone(),
            file: (several || file != "-").then(|| name.clone()),
            ..Default::default()
        };
        let analysis = match wenxi::analyse_bytes(&bytes, &options) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("wenxi: {file}: {e}");
                failed = true;
                continue;
            }
        };
        let text = match format {
            Format::Json => serde_json::to_string_pretty(&analysis).expect("serialisable") + "\n",
            Format::Jsonl => serde_json::to_string(&analysis).expect("serialisable") + "\n",
            Format::Csv => wenxi::report::csv_rows(&analysis),
            Format::Md => {
                let sep = if i > 0 { "\n---\n\n" } else { "" };
                format!("{sep}{}", wenxi::report::markdown(&analysis))
            }
        };
        if out.write_all(text.as_bytes()).is_err() {
            return ExitCode::from(1);
        }
    }
    let _ = out.flush();
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
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
