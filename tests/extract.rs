//! The data-driven extraction harness: every `tests/data/*.toml` file holds `[[case]]` tables, each
//! with a `name`, a `text` (analysed whole, as a paste), an optional `reference_date`, and any of
//! `figures`, `dates`, `entities`, `partners` listing what must be found, and for page reading `meta`
//! (any of `title`, `source`, `published`, `authors` as names; `"none"` for null), `body_starts`,
//! `body_ends` and `body_lacks` (lines that must not reach the body). A listed category is exact:
//! nothing else of that category may be found (so `figures = []` is a negative case). In an expected
//! item only the fields given are compared (`text` always).

use serde_json::Value;
use std::path::Path;

fn to_json(v: &toml::Value) -> Value {
    serde_json::to_value(v).unwrap()
}

fn same(expected: &Value, got: &Value) -> bool {
    match (expected, got) {
        (Value::Number(a), Value::Number(b)) => {
            let (a, b) = (a.as_f64().unwrap(), b.as_f64().unwrap());
            (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
        }
        (Value::Array(a), Value::Array(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y)),
        // `approx = "none"` in TOML stands for null (TOML has no null).
        (Value::String(s), Value::Null) => s == "none",
        _ => expected == got,
    }
}

fn item_matches(expected: &Value, got: &Value) -> bool {
    expected.as_object().unwrap().iter().all(|(k, v)| same(v, got.get(k).unwrap_or(&Value::Null)))
}

fn check_case(file: &str, case: &toml::Table) -> Vec<String> {
    let name = case.get("name").and_then(|v| v.as_str()).unwrap_or("?");
    let text = case["text"].as_str().expect("case has text");
    let options = wenxi::Options {
        reference_date: case.get("reference_date").and_then(|v| v.as_str()).map(str::to_owned),
        ..Default::default()
    };
    let mut errors = Vec::new();
    let analysis = match wenxi::analyse_text(text, &options) {
        Ok(a) => a,
        Err(e) => return vec![format!("{file} / {name}: error {e}")],
    };
    let got = serde_json::to_value(&analysis).unwrap();
    for category in ["figures", "dates", "entities"] {
        let Some(expected) = case.get(category) else { continue };
        let expected = to_json(expected);
        let expected = expected.as_array().unwrap();
        let found = got[category].as_array().unwrap();
        let mut used = vec![false; found.len()];
        for e in expected {
            match (0..found.len()).find(|&i| !used[i] && item_matches(e, &found[i])) {
                Some(i) => used[i] = true,
                None => {
                    let near: Vec<&Value> = found.iter().filter(|f| f["text"] == e["text"]).collect();
                    errors.push(format!("{file} / {name}: expected {category} {e}, found {near:?}"));
                }
            }
        }
        for (i, f) in found.iter().enumerate() {
            if !(used[i] || category == "entities" && expected.iter().any(|e| e["text"] == f["text"])) {
                errors.push(format!("{file} / {name}: unexpected {category} {f}"));
            }
        }
        // Offsets: body sliced at start..end (UTF-16) gives text.
        for f in found {
            let (s, e) = (f["start"].as_u64().unwrap() as usize, f["end"].as_u64().unwrap() as usize);
            let slice = wenxi::model::utf16::slice_utf16(&analysis.body, s, e);
            if slice != f["text"].as_str().unwrap() {
                errors.push(format!(
                    "{file} / {name}: {category} offsets {s}..{e} give {slice:?}, not {}",
                    f["text"]
                ));
            }
        }
    }
    // Page reading: the meta fields given (authors by name, in order), and how the body starts and ends.
    if let Some(expected) = case.get("meta").and_then(|m| m.as_table()) {
        let meta = serde_json::to_value(&analysis.meta).unwrap();
        for (field, want) in expected {
            let got = match field.as_str() {
                "authors" => Value::Array(
                    meta["authors"].as_array().unwrap().iter().map(|a| a["name"].clone()).collect(),
                ),
                field => meta[field].clone(),
            };
            if !same(&to_json(want), &got) {
                errors.push(format!("{file} / {name}: meta.{field} {got}, expected {want}"));
            }
        }
    }
    let body_starts = case.get("body_starts").and_then(|v| v.as_str());
    if body_starts.is_some_and(|b| !analysis.body.starts_with(b)) {
        errors.push(format!(
            "{file} / {name}: body starts {:?}, expected {body_starts:?}",
            analysis.body.lines().next()
        ));
    }
    // Lines of chrome that must not reach the body (an ad's slot between paragraphs).
    for lacks in case.get("body_lacks").and_then(|v| v.as_array()).into_iter().flatten() {
        let lacks = lacks.as_str().expect("body_lacks holds strings");
        if analysis.body.contains(lacks) {
            errors.push(format!("{file} / {name}: body holds {lacks:?}"));
        }
    }
    let body_ends = case.get("body_ends").and_then(|v| v.as_str());
    if body_ends.is_some_and(|b| !analysis.body.ends_with(b)) {
        errors.push(format!(
            "{file} / {name}: body ends {:?}, expected {body_ends:?}",
            analysis.body.lines().last()
        ));
    }
    if let Some(expected) = case.get("partners") {
        let expected = to_json(expected);
        if expected != serde_json::to_value(&analysis.summary.partners).unwrap() {
            errors.push(format!(
                "{file} / {name}: partners {:?}, expected {expected}",
                analysis.summary.partners
            ));
        }
    }
    errors
}

#[test]
fn extraction_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        // Not case files: the floors of tests/score.rs and tests/peers.rs, the peer suites' scope.
        .filter(|p| {
            !["score-floor.toml", "peers-floor.toml", "peers-scope.toml"].iter().any(|f| p.ends_with(f))
        })
        .collect();
    files.sort();
    let mut total = 0;
    let mut errors = Vec::new();
    for path in &files {
        let table: toml::Table = toml::from_str(&std::fs::read_to_string(path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let cases = table.get("case").and_then(|c| c.as_array()).cloned().unwrap_or_default();
        for case in &cases {
            total += 1;
            errors.extend(check_case(&file, case.as_table().expect("[[case]] is a table")));
        }
    }
    println!("{total} extraction cases in {} files, {} failures", files.len(), errors.len());
    for e in &errors {
        println!("{e}");
    }
    assert!(errors.is_empty(), "{} of {total} extraction expectations failed (listed above)", errors.len());
}
