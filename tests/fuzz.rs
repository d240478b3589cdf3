//! Replays the fuzzers' findings: every file in tests/data/fuzz/<target>/ goes through the call of
//! that fuzz target (fuzz/calls.rs, shared with the targets) and must return without panicking; the
//! analyses must also keep the contract's offsets. How a crash becomes such a file: docs/TOOLCHAIN.md.

#[path = "../fuzz/calls.rs"]
mod calls;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

#[test]
fn fuzz_findings_replay_without_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz");
    let mut failures = Vec::new();
    let mut replayed = 0;
    for &target in calls::TARGETS {
        let Ok(entries) = std::fs::read_dir(root.join(target)) else { continue };
        let mut paths: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
        paths.sort();
        for path in paths.iter().filter(|p| p.file_name().is_some_and(|n| n != "README.md")) {
            let data = std::fs::read(path).unwrap();
            if catch_unwind(AssertUnwindSafe(|| calls::run(target, &data))).is_err() {
                failures.push(path.display().to_string());
            }
            replayed += 1;
        }
    }
    assert!(failures.is_empty(), "{} of {replayed} findings panic: {failures:#?}", failures.len());
}

/// The options the `analyse_text` target reads from its input's first bytes.
#[test]
fn analyse_text_inputs_split_into_options_and_text() {
    let (options, text) = calls::options_and_text(b"\x00\xe6\x88\x90\xe9\x83\xbd\n");
    assert_eq!((options.reference_date, options.file, text.as_str()), (None, None, "成都\n"));
    let (options, text) = calls::options_and_text(b"\x05\xe7\x07\x06\x01a");
    assert_eq!(
        (options.reference_date.as_deref(), options.file.as_deref(), text.as_str()),
        (Some("2023-06-01"), Some("a.txt"), "a")
    );
    let (options, text) = calls::options_and_text(b"\x0e2023-13-40\nx.htm\n<p>a</p>");
    assert_eq!(
        (options.reference_date.as_deref(), options.file.as_deref(), text.as_str()),
        (Some("2023-13-40"), Some("x.htm"), "<p>a</p>")
    );
    assert_eq!(calls::options_and_text(b"").1, "");
    assert_eq!(calls::options_and_text(b"\x01\x01").1, "\u{1}", "too short for a date: the rest is text");
}
