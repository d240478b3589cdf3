//! Where the time of one analysis goes: each stage of the pipeline timed on its own, then the whole
//! analysis, on the file given, else on the 1 MB benchmark text (reference date 2023-06-01). For
//! profiling; numbers for the record come from `cargo bench` and `npm run bench` (see BENCHMARKS.md).
//!
//! ```text
//! cargo run --release --example stages -- [FILE]
//! ```

use std::time::{Duration, Instant};

#[path = "../benches/support/mod.rs"]
mod support;

/// Runs `f` once and prints how long it took under `name`.
fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let took: Duration = start.elapsed();
    eprintln!("{name:<12} {:>9.1} ms", took.as_secs_f64() * 1e3);
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    timed("warm-up", wenxi::warm_up);
    let options = wenxi::Options { reference_date: Some("2023-06-01".into()), ..Default::default() };
    let bytes = match std::env::args().nth(1) {
        Some(path) => std::fs::read(path)?,
        None => support::big_text(&support::seeds(), &options).into_bytes(),
    };
    let reference = wenxi::dates::Ymd::parse("2023-06-01");
    let decoded = timed("decode", || wenxi::intake::decode(&bytes))?;
    let page = timed("read page", || wenxi::intake::read_page(&decoded.text, None));
    let cleaned = timed("clean", || wenxi::clean::clean(&page));
    let body = &cleaned.body;
    let simplified = timed("simplify", || wenxi::text::script::to_simplified(body));
    let dates = timed("dates", || wenxi::dates::extract(body, &simplified, reference));
    let currency = wenxi::figures::currency::local(cleaned.meta.source.as_deref());
    let figures = timed("figures", || wenxi::figures::extract(body, &simplified, &dates, currency));
    let entities = timed("entities", || wenxi::entities::extract(body, &simplified, &cleaned.meta.authors));
    timed("jieba tag", || wenxi::text::segment::tagged(&simplified).len());
    let findings = wenxi::Findings {
        body: body.clone(),
        simplified: simplified.to_string(),
        meta: cleaned.meta.clone(),
        dates,
        figures,
        entities,
    };
    timed("summary", || wenxi::summary::summarise(&findings));
    timed("analysis", || wenxi::analyse_bytes(&bytes, &options))?;
    eprintln!("{} bytes in, {} bytes of body", bytes.len(), body.len());
    Ok(())
}
