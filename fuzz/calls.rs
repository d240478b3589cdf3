//! What each fuzz target does with its input, shared by the targets (fuzz_targets/*.rs) and by the
//! replay test of their findings (tests/fuzz.rs), so that a file under tests/data/fuzz/<target>/
//! goes through exactly the call that found it. Every call must return without panicking.

#![allow(dead_code)]

use wenxi::model::utf16::slice_utf16;
use wenxi::{Analysis, Options};

/// The names of the targets, as `run` takes them (and as fuzz/Cargo.toml and tests/data/fuzz/ name them).
pub const TARGETS: &[&str] = &["decode", "html", "analyse_bytes", "analyse_text"];

/// Runs one target on one input.
pub fn run(target: &str, data: &[u8]) {
    match target {
        "decode" => decode(data),
        "html" => html(data),
        "analyse_bytes" => analyse_bytes(data),
        "analyse_text" => analyse_text(data),
        _ => panic!("no fuzz target {target:?}"),
    }
}

/// Bytes to text.
pub fn decode(data: &[u8]) {
    let _ = wenxi::intake::decode(data);
}

/// An HTML page (the bytes as UTF-8, damaged sequences replaced) to text lines and hints.
pub fn html(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let _ = wenxi::intake::read_page(&text, Some("x.html"));
}

/// The whole analysis of a dropped file.
pub fn analyse_bytes(data: &[u8]) {
    if let Ok(analysis) = wenxi::analyse_bytes(data, &Options::default()) {
        check(&analysis);
    }
}

/// The whole analysis of a paste, with the options `options_and_text` reads from the input.
pub fn analyse_text(data: &[u8]) {
    let (options, text) = options_and_text(data);
    if let Ok(analysis) = wenxi::analyse_text(&text, &options) {
        check(&analysis);
    }
}

/// Splits an input of the `analyse_text` target into options and text. The first byte chooses:
/// - bits 0-1, the reference date: none; `YYYY-MM-DD` from the next four bytes (a year of two bytes,
///   then month and day bytes, printed as they are, so months and days out of range occur); or the
///   text up to the next `\n`, as it is (mostly refused by the options' check);
/// - bits 2-3, the file name: none, `a.txt`, `a.html`, or the text up to the next `\n`;
///
/// the rest, as UTF-8 with damaged sequences replaced, is the text. An input starting with byte 0 is
/// a paste without options: the seed corpus is the test texts behind a 0.
pub fn options_and_text(data: &[u8]) -> (Options, String) {
    let Some((&choice, mut rest)) = data.split_first() else {
        return (Options::default(), String::new());
    };
    let line = |rest: &mut &[u8]| {
        let end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
        let line = String::from_utf8_lossy(&rest[..end]).into_owned();
        *rest = rest.get(end + 1..).unwrap_or_default();
        line
    };
    let reference_date = match choice & 3 {
        1 if rest.len() >= 4 => {
            let year = u16::from_le_bytes([rest[0], rest[1]]);
            let date = format!("{year:04}-{:02}-{:02}", rest[2], rest[3]);
            rest = &rest[4..];
            Some(date)
        }
        2 | 3 => Some(line(&mut rest)),
        _ => None,
    };
    let file = match (choice >> 2) & 3 {
        1 => Some("a.txt".to_owned()),
        2 => Some("a.html".to_owned()),
        3 => Some(line(&mut rest)),
        _ => None,
    };
    let text = String::from_utf8_lossy(rest).into_owned();
    (Options { reference_date, file, ..Default::default() }, text)
}

/// What every analysis promises whatever the input: each figure, date and entity slices (UTF-16
/// offsets) to its text in the body, and the summary's indexes point into the figures.
pub fn check(a: &Analysis) {
    let spans = a.figures.iter().map(|f| (&f.text, f.start, f.end));
    let spans = spans.chain(a.dates.iter().map(|d| (&d.text, d.start, d.end)));
    for (text, start, end) in spans.chain(a.entities.iter().map(|e| (&e.text, e.start, e.end))) {
        assert!(start <= end, "{text:?} at {start}..{end}");
        // Entities of documents are printed without their 《》, so they slice to their text too.
        assert_eq!(&slice_utf16(&a.body, start, end), text, "at {start}..{end}");
    }
    let n = a.figures.len();
    assert!(a.summary.key_figures.iter().all(|&i| i < n), "key figures {:?} of {n}", a.summary.key_figures);
    for f in &a.figures {
        if let Some(c) = &f.comparison {
            assert!(c.base.map_or(true, |i| i < n) && c.rate.map_or(true, |i| i < n), "{c:?} of {n}");
        }
    }
}
