//! The benchmark texts, shared by `benches/analyse.rs` and `examples/stages.rs`: the seed pages and
//! the 1 MB text built from their bodies by the rule in BENCHMARKS.md (the same as `bigText` in
//! `bench/bench.js`, so that native and browser numbers compare).

use std::path::Path;

/// The seed pages, `(file stem, bytes)`, in file-name order.
pub fn seeds() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds");
    let mut pages: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/data/seeds")
        .map(|e| e.expect("a seed directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    pages.sort();
    pages
        .into_iter()
        .map(|p| {
            let stem = p.file_stem().unwrap_or_default().to_string_lossy().into_owned();
            (stem, std::fs::read(&p).expect("a seed page"))
        })
        .collect()
}

/// The 1 MB text: the seed bodies joined by `\n`, copied with `（第k篇）` before every sentence end
/// and at every line end (so the cleaner folds nothing), copies joined by `\n\n` until ≥ 1 MiB.
pub fn big_text(seeds: &[(String, Vec<u8>)], options: &wenxi::Options) -> String {
    big_text_of(seeds, options, 1 << 20)
}

/// The text of [`big_text`]'s rule, built to at least `size` bytes (the 1 MB text is its first copies).
#[allow(dead_code)] // only some of the programs that include this module use it
pub fn big_text_of(seeds: &[(String, Vec<u8>)], options: &wenxi::Options, size: usize) -> String {
    let bodies: Vec<String> = seeds
        .iter()
        .map(|(_, bytes)| wenxi::analyse_bytes(bytes, options).expect("a seed analyses").body)
        .collect();
    let unit = bodies.join("\n");
    let mut copies: Vec<String> = Vec::new();
    let mut bytes = 0;
    for k in 1.. {
        if bytes >= size {
            break;
        }
        let copy = tagged(&unit, &format!("（第{k}篇）"));
        bytes += copy.len() + if copies.is_empty() { 0 } else { 2 };
        copies.push(copy);
    }
    copies.join("\n\n")
}

/// `text` with `tag` before every sentence end and at the end of every line, as JavaScript's
/// `text.replace(/[。！？!?]|$/gm, tag + "$&")` does (the regex crate would skip the empty line-end
/// match right after a sentence end, so this is spelled out).
fn tagged(text: &str, tag: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        for c in line.chars() {
            if matches!(c, '。' | '！' | '？' | '!' | '?') {
                out.push_str(tag);
            }
            out.push(c);
        }
        out.push_str(tag);
    }
    out
}
