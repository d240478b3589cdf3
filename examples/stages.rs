//! Where the time of one analysis goes: each stage of the pipeline timed on its own, then the whole
//! analysis, on the file given, else on the 1 MB benchmark text (reference date 2023-06-01). For
//! profiling; numbers for the record come from `cargo bench` and `npm run bench` (see BENCHMARKS.md).
//!
//! ```text
//! cargo run --release --example stages -- [FILE]
//! ```

use std::time::Instant;

#[path = "../benches/support/stages.rs"]
mod stages;
#[path = "../benches/support/mod.rs"]
mod support;

/// Times each stage: runs it once and prints how long it took.
struct Timer;

impl stages::Measure for Timer {
    // Not inlined: an instruction profile (callgrind) then shows each stage as its own function.
    #[inline(never)]
    fn stage<T>(&mut self, name: &str, f: impl FnOnce() -> T) -> T {
        let start = Instant::now();
        let out = f();
        eprintln!("{name:<12} {:>9.1} ms", start.elapsed().as_secs_f64() * 1e3);
        out
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    use stages::Measure;
    Timer.stage("warm-up", wenxi::warm_up);
    let options = wenxi::Options { reference_date: Some("2023-06-01".into()), ..Default::default() };
    let bytes = match std::env::args().nth(1) {
        Some(path) => std::fs::read(path)?,
        None => support::big_text(&support::seeds(), &options).into_bytes(),
    };
    let body = stages::run(&bytes, &mut Timer)?;
    Timer.stage("analysis", || wenxi::analyse_bytes(&bytes, &options))?;
    eprintln!("{} bytes in, {} bytes of body", bytes.len(), body);
    Ok(())
}
