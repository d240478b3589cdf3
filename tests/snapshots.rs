//! Golden snapshots: every seed page's whole analysis rendered as readable lines
//! (`tests/snapshots/<seed>.txt`) and its Markdown brief (`tests/snapshots/<seed>.md`), compared with
//! the checked-in files. A difference fails with a line diff; after checking that a change is an
//! improvement, rewrite them with
//!
//! ```text
//! UPDATE_SNAPSHOTS=1 cargo test --test snapshots
//! ```
//!
//! Pages that print no date are analysed with the gold `reference_date`, as the scoring test does.

use serde_json::Value;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use wenxi::model::Analysis;

/// An optional value for a snapshot line: `-` when absent.
fn opt<T: AsRef<str>>(v: &Option<T>) -> &str {
    v.as_ref().map_or("-", AsRef::as_ref)
}

/// The first or last `n` characters of `s`.
fn chars_at(s: &str, n: usize, last: bool) -> String {
    let count = s.chars().count();
    let skip = if last { count.saturating_sub(n) } else { 0 };
    s.chars().skip(skip).take(n).collect()
}

/// The whole analysis as one line per fact.
fn render(a: &Analysis, reference: Option<&str>) -> String {
    let mut out = String::new();
    let m = &a.meta;
    let _ = writeln!(out, "file: {}", opt(&a.file));
    let _ = writeln!(out, "reference_date: {}", reference.unwrap_or("-"));
    let i = &a.input;
    let _ = writeln!(out, "input: {} {} {} {} chars", i.encoding, i.format, i.script, i.chars);
    let _ = writeln!(out, "meta.title: {}", opt(&m.title));
    let _ = writeln!(out, "meta.source: {}", opt(&m.source));
    let _ = writeln!(out, "meta.published: {}", opt(&m.published));
    for au in &m.authors {
        let _ = writeln!(out, "meta.author: {} ({})", au.name, opt(&au.role));
    }
    let _ =
        writeln!(out, "body: {} chars, {} paragraphs", a.body.chars().count(), a.body.split('\n').count());
    let _ = writeln!(out, "body.first: {}", chars_at(&a.body, 12, false));
    let _ = writeln!(out, "body.last: {}", chars_at(&a.body, 12, true));
    for r in &a.removed {
        let _ = writeln!(out, "removed [{}]: {}", r.reason, r.text);
    }
    for w in &a.warnings {
        let _ = writeln!(out, "warning: {w}");
    }
    for (n, f) in a.figures.iter().enumerate() {
        let range = f.range.map_or("-".to_owned(), |[lo, hi]| {
            format!("{}..{}", wenxi::report::number(lo), wenxi::report::number(hi))
        });
        let _ = writeln!(
            out,
            "figure #{n} {}..{} {} {} {} {} approx={} range={range} metric={} period={} modality={}",
            f.start,
            f.end,
            f.text,
            f.kind.as_str(),
            wenxi::report::number(f.value),
            opt(&f.unit),
            f.approx.map_or("-", |x| x.as_str()),
            opt(&f.metric),
            opt(&f.period),
            f.modality.map_or("-", |x| x.as_str()),
        );
    }
    for d in &a.dates {
        let relative = if d.relative { " relative" } else { "" };
        let _ = writeln!(out, "date {}..{} {} {}{relative}", d.start, d.end, d.text, d.value);
    }
    for e in &a.entities {
        let _ = writeln!(
            out,
            "entity {}..{} {} {} canonical={} role={}",
            e.start,
            e.end,
            e.text,
            e.kind.as_str(),
            e.canonical,
            opt(&e.role)
        );
    }
    let s = &a.summary;
    for t in &s.sentences {
        let _ = writeln!(out, "summary.sentence: {t}");
    }
    let _ = writeln!(out, "summary.keywords: {}", s.keywords.join(" "));
    let _ = writeln!(out, "summary.partners: {}", s.partners.join(" "));
    let _ = writeln!(out, "summary.parks: {}", s.parks.join(" "));
    for &k in &s.key_figures {
        let f = &a.figures[k];
        let _ = writeln!(
            out,
            "summary.key_figure: #{k} {} {} metric={}",
            f.text,
            wenxi::report::readable(f),
            opt(&f.metric)
        );
    }
    for t in &s.timeline {
        let _ = writeln!(out, "summary.timeline: {} {}", t.date, t.text);
    }
    out
}

/// A line diff of `old` → `new` (longest common subsequence), changed lines only, with line numbers.
fn diff(old: &str, new: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            (i, j) = (i + 1, j + 1);
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            let _ = writeln!(out, "-{:>4} {}", i + 1, a[i]);
            i += 1;
        } else {
            let _ = writeln!(out, "+{:>4} {}", j + 1, b[j]);
            j += 1;
        }
    }
    out
}

/// Compares `got` with the snapshot at `path` (or rewrites it); the failure message, if any.
fn check(path: &Path, got: &str, update: bool) -> Option<String> {
    let want = std::fs::read_to_string(path).unwrap_or_default();
    if want == got {
        return None;
    }
    if update {
        std::fs::write(path, got).expect("snapshot written");
        return None;
    }
    Some(format!("{} differs (- checked in, + now):\n{}", path.display(), diff(&want, got)))
}

/// Every seed page analysed as the scoring test does: (stem, gold, reference date, analysis).
fn seeds() -> Vec<(String, Value, Option<String>, Analysis)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds");
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("seeds folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    pages.sort();
    assert!(!pages.is_empty());
    pages
        .into_iter()
        .map(|page| {
            let stem = page.file_stem().unwrap().to_string_lossy().into_owned();
            let gold: Value = serde_json::from_str(
                &std::fs::read_to_string(dir.join(format!("{stem}.gold.json")))
                    .expect("gold beside the page"),
            )
            .expect("gold is JSON");
            let reference = gold["reference_date"].as_str().map(str::to_owned);
            let options = wenxi::Options {
                reference_date: reference.clone(),
                file: Some(page.file_name().unwrap().to_string_lossy().into_owned()),
                ..Default::default()
            };
            let bytes = std::fs::read(&page).expect("page");
            let analysis = wenxi::analyse_bytes(&bytes, &options).expect("seed analyses");
            (stem, gold, reference, analysis)
        })
        .collect()
}

#[test]
fn seeds_match_their_snapshots() {
    let snapshots = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1");
    let mut failures = Vec::new();
    for (stem, _, reference, analysis) in seeds() {
        let txt =
            check(&snapshots.join(format!("{stem}.txt")), &render(&analysis, reference.as_deref()), update);
        let md = check(&snapshots.join(format!("{stem}.md")), &wenxi::report::markdown(&analysis), update);
        failures.extend(txt.into_iter().chain(md));
    }
    assert!(
        failures.is_empty(),
        "{}\nIf the changes are right: UPDATE_SNAPSHOTS=1 cargo test --test snapshots",
        failures.join("\n")
    );
}

/// The summary's acceptance check on the seeds: the gold's largest money figure is among the first
/// three key figures (when the figure extractor found it at all: printed otherwise), and the
/// timeline is sorted by date. `--nocapture` prints the check per seed.
#[test]
fn largest_money_leads_the_key_figures_and_the_timeline_is_sorted() {
    let mut failures = Vec::new();
    for (stem, gold, _, a) in seeds() {
        let largest = gold["figures"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["kind"] == "money")
            .max_by(|x, y| x["value"].as_f64().unwrap().total_cmp(&y["value"].as_f64().unwrap()));
        let top: Vec<&str> =
            a.summary.key_figures.iter().take(3).map(|&i| a.figures[i].text.as_str()).collect();
        if let Some(g) = largest {
            let (text, value) = (g["text"].as_str().unwrap(), g["value"].as_f64().unwrap());
            let found = a.figures.iter().any(|f| f.text == text && f.value == value);
            let verdict = match (found, top.contains(&text)) {
                (false, _) => "not found by the figure extractor",
                (true, true) => "ok",
                (true, false) => {
                    failures.push(format!(
                        "{stem}: largest money {text} not in the first three key figures {top:?}"
                    ));
                    "MISSING"
                }
            };
            println!("{stem}: largest gold money {text}: {verdict}; first key figures {top:?}");
        }
        let starts: Vec<_> =
            a.summary.timeline.iter().map(|t| wenxi::summary::timeline::start_of(&t.date)).collect();
        if starts.windows(2).any(|w| w[0].is_none() && w[1].is_some() || w[0] > w[1] && w[1].is_some()) {
            failures.push(format!("{stem}: timeline not sorted: {:?}", a.summary.timeline));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn diff_shows_changed_lines_only() {
    assert_eq!(diff("a\nb\nc\n", "a\nx\nc\n"), "-   2 b\n+   2 x\n");
    assert_eq!(diff("a\n", "a\n"), "");
}
