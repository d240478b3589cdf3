//! Throughput and peak memory of the whole analysis on texts of every pathological shape
//! (benches/support/shapes.rs) at full size, plus the peak memory of the 1 MB benchmark text and of an
//! 8 MB one; a plain `harness = false` program that prints a Markdown table (issue 17's bar: every
//! shape at least 2 MB/s natively; peak at most 16× the input plus 32 MB).
//!
//! ```text
//! cargo bench --bench shapes                   # every shape at 2 MiB, best of 2 runs
//! cargo bench --bench shapes -- --mb 8 --runs 1
//! cargo bench --bench shapes -- --write DIR    # only write each shape (at --mb) to DIR/<name>.txt
//! ```

use std::time::Instant;

#[path = "support/peak.rs"]
mod peak;
#[path = "support/shapes.rs"]
mod shapes;
mod support;

#[global_allocator]
static ALLOC: peak::Counting = peak::Counting;

const MB: f64 = (1 << 20) as f64;

/// Analyses `bytes` `runs` times: the best time in seconds and the peak bytes allocated above what
/// was live before (the input included, since it is live before).
fn measure(bytes: &[u8], options: &wenxi::Options, runs: usize) -> (f64, usize) {
    let mut best = f64::INFINITY;
    let mut most = 0;
    for _ in 0..runs {
        let before = peak::live();
        peak::reset();
        let start = Instant::now();
        let analysis = wenxi::analyse_bytes(bytes, options).expect("the shape analyses");
        best = best.min(start.elapsed().as_secs_f64());
        drop(analysis);
        most = most.max(peak::peak() - before);
    }
    (best, most)
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // `cargo bench` passes --bench; `cargo test --all-targets` runs the program without it, in a debug
    // build: there the shapes' time is tests/shapes.rs's to check, and a full-size run would take
    // minutes, so only one small pass shows that the program works.
    let smoke = !args.iter().any(|a| a == "--bench");
    let mb: f64 = arg(&args, "--mb").map_or(if smoke { 0.01 } else { 2.0 }, |s| s.parse().expect("--mb N"));
    let runs: usize =
        arg(&args, "--runs").map_or(if smoke { 1 } else { 2 }, |s| s.parse().expect("--runs N"));
    let bytes = (mb * MB) as usize;
    if let Some(dir) = arg(&args, "--write") {
        for shape in shapes::SHAPES {
            let path = format!("{dir}/{}.txt", shape.name.replace([' ', ','], "-"));
            std::fs::write(&path, (shape.build)(bytes)).expect("a shape written");
            println!("{path}");
        }
        return;
    }
    let options = wenxi::Options {
        reference_date: Some("2023-06-01".into()),
        max_bytes: usize::MAX,
        ..Default::default()
    };
    wenxi::warm_up();
    println!("| Shape | Size (MB) | Time (s) | MB/s | Peak (MB) | Peak / input |");
    println!("|---|---:|---:|---:|---:|---:|");
    let row = |name: &str, text: &[u8], runs: usize| {
        let (time, most) = measure(text, &options, runs);
        let size = text.len() as f64;
        println!(
            "| {name} | {:.2} | {time:.3} | {:.1} | {:.1} | {:.1} |",
            size / MB,
            size / MB / time,
            most as f64 / MB,
            most as f64 / size
        );
    };
    for shape in shapes::SHAPES {
        row(shape.name, (shape.build)(bytes).as_bytes(), runs);
    }
    if smoke {
        return;
    }
    let seeds = support::seeds();
    row("1 MB text", support::big_text(&seeds, &options).as_bytes(), runs);
    row("8 MB text", support::big_text_of(&seeds, &options, 8 << 20).as_bytes(), 1);
}
