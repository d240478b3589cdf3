//! Accuracy against the hand-checked gold of the seed pages: precision, recall and F1 per category,
//! printed, and checked against the floors in `tests/data/score-floor.toml` (raise them as the
//! extractors improve; never lower one without saying why in the commit).
//!
//! Matching rules (from the gold format, `tests/data/seeds/GOLD-FORMAT.md`):
//! - figures: per occurrence; text, kind, value, unit, approx and range must all agree;
//! - dates: per occurrence; text and value;
//! - entities: distinct (text, type); an event also matches when one text contains the other;
//!   person roles are scored separately;
//! - meta: title, source, published (the date part), and each author name;
//! - noise: gold noise lines found in `body` (leaks), and whether `body` starts and ends where gold
//!   says, with the 60-character slack for credits.

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    predicted: usize,
    gold: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.predicted += o.predicted;
        self.gold += o.gold;
    }
    fn precision(&self) -> f64 {
        if self.predicted == 0 {
            if self.gold == 0 {
                1.0
            } else {
                0.0
            }
        } else {
            self.tp as f64 / self.predicted as f64
        }
    }
    fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.tp as f64 / self.gold as f64
        }
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Greedy multiset matching: each gold item matches at most one prediction.
fn match_multiset<G, P>(gold: &[G], predicted: &[P], eq: impl Fn(&G, &P) -> bool) -> (Counts, Vec<usize>) {
    let mut used = vec![false; predicted.len()];
    let mut missed = Vec::new();
    let mut tp = 0;
    for (gi, g) in gold.iter().enumerate() {
        match (0..predicted.len()).find(|&i| !used[i] && eq(g, &predicted[i])) {
            Some(i) => {
                used[i] = true;
                tp += 1;
            }
            None => missed.push(gi),
        }
    }
    (Counts { tp, predicted: predicted.len(), gold: gold.len() }, missed)
}

fn num(v: &Value) -> Option<f64> {
    v.as_f64()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

fn figure_eq(g: &Value, p: &Value) -> bool {
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
    s(g, "text") == s(p, "text")
        && s(g, "kind") == s(p, "kind")
        && matches!((num(&g["value"]), num(&p["value"])), (Some(a), Some(b)) if close(a, b))
        && (g.get("unit").is_none() || s(g, "unit") == s(p, "unit"))
        && s(g, "approx") == s(p, "approx")
        && match (g.get("range").filter(|r| !r.is_null()), p.get("range").filter(|r| !r.is_null())) {
            (None, None) => true,
            (Some(a), Some(b)) => {
                let (a, b) = (a.as_array().unwrap(), b.as_array().unwrap());
                a.len() == 2
                    && b.len() == 2
                    && (0..2).all(|i| close(a[i].as_f64().unwrap(), b[i].as_f64().unwrap()))
            }
            _ => false,
        }
}

/// Removes pinyin annotations (a CJK character followed by `(wǎng)`), as the gold checker does.
fn strip_pinyin(text: &str) -> String {
    let re = regex::Regex::new(r"(\p{Han})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńň]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńň][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńň]*[)）]").unwrap();
    re.replace_all(text, "$1").into_owned()
}

fn no_ws(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

struct Report {
    lines: Vec<String>,
}

#[test]
fn seeds_score_at_least_the_floor() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds");
    let floor: toml::Table = toml::from_str(
        &std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/score-floor.toml"))
            .unwrap(),
    )
    .unwrap();
    let mut golds: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    golds.sort();
    assert!(golds.len() >= 5, "the five seeds are in tests/data/seeds");

    let mut totals: BTreeMap<&str, Counts> = BTreeMap::new();
    let mut per_type: BTreeMap<String, Counts> = BTreeMap::new();
    let mut leaks = 0;
    let mut boundaries = 0;
    let mut report = Report { lines: Vec::new() };
    for gold_path in &golds {
        let name = gold_path.file_name().unwrap().to_string_lossy().trim_end_matches(".gold.json").to_owned();
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(gold_path).unwrap()).unwrap();
        let page_path = dir.join(format!("{name}.txt"));
        let bytes = std::fs::read(&page_path).unwrap();
        let options = wenxi::Options {
            reference_date: gold["reference_date"].as_str().map(str::to_owned),
            file: Some(format!("{name}.txt")),
            ..Default::default()
        };
        let analysis = wenxi::analyse_bytes(&bytes, &options).expect("seed analyses");
        let a = serde_json::to_value(&analysis).unwrap();
        let empty = vec![];

        // Figures.
        let (c, missed) = match_multiset(
            gold["figures"].as_array().unwrap_or(&empty),
            a["figures"].as_array().unwrap(),
            figure_eq,
        );
        for i in missed {
            report.lines.push(format!("{name}: missed figure {}", gold["figures"][i]));
        }
        let (_, extra) = match_multiset(
            a["figures"].as_array().unwrap(),
            gold["figures"].as_array().unwrap_or(&empty),
            |p, g| figure_eq(g, p),
        );
        for i in extra {
            let f = &a["figures"][i];
            report.lines.push(format!(
                "{name}: extra figure {} {} {} {}",
                f["text"], f["kind"], f["value"], f["approx"]
            ));
        }
        totals.entry("figures").or_default().add(c);

        // Dates.
        let date_eq = |g: &Value, p: &Value| g["text"] == p["text"] && g["value"] == p["value"];
        let (c, missed) = match_multiset(
            gold["dates"].as_array().unwrap_or(&empty),
            a["dates"].as_array().unwrap(),
            date_eq,
        );
        for i in missed {
            report.lines.push(format!("{name}: missed date {}", gold["dates"][i]));
        }
        let (_, extra) = match_multiset(
            a["dates"].as_array().unwrap(),
            gold["dates"].as_array().unwrap_or(&empty),
            |p, g| date_eq(g, p),
        );
        for i in extra {
            report
                .lines
                .push(format!("{name}: extra date {} {}", a["dates"][i]["text"], a["dates"][i]["value"]));
        }
        totals.entry("dates").or_default().add(c);

        // Entities: distinct (text, type).
        let mut predicted: Vec<(String, String, Option<String>)> = Vec::new();
        for e in a["entities"].as_array().unwrap() {
            let key = (
                e["text"].as_str().unwrap().to_owned(),
                e["type"].as_str().unwrap().to_owned(),
                e["role"].as_str().map(str::to_owned),
            );
            if !predicted.iter().any(|p| p.0 == key.0 && p.1 == key.1) {
                predicted.push(key);
            }
        }
        let gold_entities: Vec<(String, String, Option<String>)> = gold["entities"]
            .as_array()
            .unwrap_or(&empty)
            .iter()
            .map(|e| {
                (
                    e["text"].as_str().unwrap().to_owned(),
                    e["type"].as_str().unwrap().to_owned(),
                    e["role"].as_str().map(str::to_owned),
                )
            })
            .collect();
        let entity_eq = |g: &(String, String, Option<String>), p: &(String, String, Option<String>)| {
            g.1 == p.1 && (g.0 == p.0 || (g.1 == "event" && (g.0.contains(&p.0) || p.0.contains(&g.0))))
        };
        let (c, missed) = match_multiset(&gold_entities, &predicted, entity_eq);
        for i in &missed {
            report
                .lines
                .push(format!("{name}: missed entity {} {}", gold_entities[*i].0, gold_entities[*i].1));
        }
        let (_, extra) = match_multiset(&predicted, &gold_entities, |p, g| entity_eq(g, p));
        for i in extra {
            report.lines.push(format!("{name}: extra entity {} {}", predicted[i].0, predicted[i].1));
        }
        totals.entry("entities").or_default().add(c);
        for t in ["place", "park", "organization", "company", "person", "document", "event"] {
            let g: Vec<_> = gold_entities.iter().filter(|e| e.1 == t).cloned().collect();
            let p: Vec<_> = predicted.iter().filter(|e| e.1 == t).cloned().collect();
            per_type.entry(t.to_owned()).or_default().add(match_multiset(&g, &p, entity_eq).0);
        }
        let roles: Vec<_> = gold_entities.iter().filter(|e| e.2.is_some()).cloned().collect();
        let role_eq = |g: &(String, String, Option<String>), p: &(String, String, Option<String>)| {
            g.0 == p.0 && g.2 == p.2
        };
        let predicted_roles: Vec<_> = predicted.iter().filter(|e| e.2.is_some()).cloned().collect();
        totals.entry("roles").or_default().add(match_multiset(&roles, &predicted_roles, role_eq).0);

        // Meta.
        let gm = &gold["meta"];
        let pm = &a["meta"];
        let mut c = Counts::default();
        for field in ["title", "source"] {
            let (g, p) = (gm[field].as_str(), pm[field].as_str());
            c.gold += g.is_some() as usize;
            c.predicted += p.is_some() as usize;
            c.tp += (g.is_some() && g == p) as usize;
            if g != p {
                report.lines.push(format!("{name}: meta.{field} gold {g:?} got {p:?}"));
            }
        }
        let (g, p) = (gm["published"].as_str(), pm["published"].as_str().map(|s| &s[..s.len().min(10)]));
        c.gold += g.is_some() as usize;
        c.predicted += p.is_some() as usize;
        c.tp += (g.is_some() && g == p) as usize;
        if g != p {
            report.lines.push(format!("{name}: meta.published gold {g:?} got {p:?}"));
        }
        let gold_authors: Vec<&str> =
            gm["authors"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
        let got_authors: Vec<&str> =
            pm["authors"].as_array().unwrap().iter().filter_map(|x| x["name"].as_str()).collect();
        let (ac, _) = match_multiset(&gold_authors, &got_authors, |g, p| g == p);
        if ac.tp != gold_authors.len() || got_authors.len() != gold_authors.len() {
            report.lines.push(format!("{name}: authors gold {gold_authors:?} got {got_authors:?}"));
        }
        c.add(ac);
        totals.entry("meta").or_default().add(c);

        // Noise and boundaries.
        let body = analysis.body.as_str();
        for n in gold["noise"].as_array().unwrap() {
            let n = n.as_str().unwrap();
            if body.lines().any(|l| l.trim() == n.trim()) || (n.chars().count() >= 12 && body.contains(n)) {
                leaks += 1;
                report.lines.push(format!("{name}: noise leaked: {n}"));
            }
        }
        let page = no_ws(&strip_pinyin(&String::from_utf8_lossy(&bytes)));
        let flat = no_ws(body);
        let first: String = flat.chars().take(10).collect();
        let last: String = flat.chars().rev().take(10).collect::<Vec<_>>().into_iter().rev().collect();
        let gold_first = no_ws(gold["body_first"].as_str().unwrap());
        let gold_last = no_ws(gold["body_last"].as_str().unwrap());
        let starts = page.find(&gold_first).is_some_and(|at| {
            let window: String = page[at..].chars().take(70).collect();
            window.contains(&first)
        });
        let ends = page.rfind(&gold_last).is_some_and(|at| {
            let end = at + gold_last.len();
            let before: String =
                page[..end].chars().rev().take(70).collect::<Vec<_>>().into_iter().rev().collect();
            before.ends_with(&last) || (before.contains(&last) && flat.contains(&gold_last))
        });
        if starts && ends {
            boundaries += 1;
        } else {
            report
                .lines
                .push(format!("{name}: body boundary wrong (starts {starts}, ends {ends}): {first}…{last}"));
        }
    }

    println!("\n== wenxi accuracy on {} seed pages ==", golds.len());
    println!("{:<14} {:>9} {:>9} {:>7}   (tp/predicted/gold)", "category", "precision", "recall", "F1");
    for (k, c) in &totals {
        println!(
            "{:<14} {:>9.3} {:>9.3} {:>7.3}   ({}/{}/{})",
            k,
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp,
            c.predicted,
            c.gold
        );
    }
    for (k, c) in &per_type {
        println!(
            "  entity {:<12} {:>9.3} {:>9.3} {:>7.3}   ({}/{}/{})",
            k,
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp,
            c.predicted,
            c.gold
        );
    }
    println!("noise lines leaked into body: {leaks}");
    println!("body boundaries right: {boundaries}/{}", golds.len());
    println!("-- details --");
    for l in &report.lines {
        println!("{l}");
    }

    let mut failures = Vec::new();
    for (k, c) in &totals {
        if let Some(min) = floor.get(&format!("{k}_f1")).and_then(|v| v.as_float()) {
            if c.f1() + 1e-9 < min {
                failures.push(format!("{k} F1 {:.3} < floor {min}", c.f1()));
            }
        }
    }
    if let Some(max) = floor.get("noise_leaked_max").and_then(|v| v.as_integer()) {
        if leaks as i64 > max {
            failures.push(format!("{leaks} noise lines leaked > {max}"));
        }
    }
    if let Some(min) = floor.get("boundaries_min").and_then(|v| v.as_integer()) {
        if (boundaries as i64) < min {
            failures.push(format!("{boundaries} body boundaries right < {min}"));
        }
    }
    assert!(failures.is_empty(), "below the floor: {failures:?}");
}
