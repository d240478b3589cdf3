//! The text toolkit every stage shares: spans, character classes, sentence and clause boundaries,
//! simplified/traditional script, word segmentation, and the word lists of `data/` with the automata
//! that find them. Stages use these and nothing else re-implements them; no stage imports another
//! stage's internals (docs/DESIGN.md).

pub mod bounds;
pub(crate) mod calendar;
pub mod chars;
pub(crate) mod gazetteer;
pub(crate) mod lists;
pub mod order;
pub(crate) mod pattern;
pub mod repeats;
pub mod script;
pub mod segment;
pub mod spans;
pub(crate) mod words;

/// A byte range into the body (or a string derived from it with the same offsets, such as its
/// simplified form): what every stage works in. The output step converts spans to UTF-16 once.
pub type Span = std::ops::Range<usize>;

/// Runs a generator of `data/` with `--check` (tests only): the checked-in table must be what the
/// generator renders from its checked-in sources; on failure its message names the command to run.
#[cfg(test)]
pub(crate) fn assert_generated_current(generator: &str) {
    let root = env!("CARGO_MANIFEST_DIR");
    let run = std::process::Command::new("python3")
        .arg(format!("{root}/{generator}"))
        .arg("--check")
        .output()
        .expect("python3 runs the generator");
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
}
