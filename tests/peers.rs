//! The peer suites: other libraries' own Chinese test cases (Recognizers-Text, cn2an, JioNLP; converted
//! to one JSON Lines form in `../shared/peers/`, read from there, never copied here), run through the
//! same analysis as the CLI, `wenxi::analyse_text`, with the case's `reference` as the reference date.
//!
//! What is out of scope is decided by class in `tests/data/peers-scope.toml` (each rule with its
//! reason; never a case by id). The table printed has, per suite: the cases, those in scope, passed,
//! failed (an expected item not found: no figure or date overlaps its text), wrong value (every
//! expected item found, but one with another value, unit, range or interval), spurious (something
//! found where the case expects nothing), the aspirations apart, and the skipped ones by rule. Below
//! it, a few failures per suite (`WENXI_PEERS_EXAMPLES=N` for N of them, 0 for all). The counts are
//! checked against `tests/data/peers-floor.toml`. Where `../shared/peers` is absent the test says so
//! and passes.
//!
//! How an expected item maps onto the contract (docs/CONTRACT.md):
//! - a number (Recognizers' number model, cn2an): a figure of any kind overlapping its text with the
//!   same value (bare numerals are figures only where the grammar makes them so; 1000万元 for 1000万
//!   passes);
//! - a percentage: a figure of kind percent with the same value (the unit, % or pp, is not compared),
//!   or the upper end of our range where Recognizers reads a bare low end apart (5-20%: 20%);
//! - a currency amount: kind money, the same value and ISO code (Recognizers' `Dollar` for `$` is USD);
//! - a dimension: kind area, length, weight, volume or energy, the same quantity after converting
//!   both units to one (Mu → mu = 666.67 m2, Centimeter → 0.01 m, Jin → 0.5 kg …);
//!   a number inside a measure (十斤, reported as 5 kg) is compared before conversion (the unit's worth
//!   is read by analysing 1 of it alone), a number printed as a fraction (二分之一) as our percent (50);
//! - a number range `[a,b)` / `(a,)` / `(,b)`: a figure of any kind with range [a, b] (brackets are not
//!   compared), or value a with approx over, or value b with approx under; `[a,a]` (等于1535) the
//!   number a with no range and no approx;
//! - JioNLP money: kind money, value, unit and approx in our conventions: 近 is about (JioNLP: under);
//!   3000多 is 3000 over, not a range; a printed range has approx null unless 约/左右 is printed; a
//!   vague 几/数 reads as a digit 1–9 (几十万 = [10万, 90万], 十几 = [11, 19]; JioNLP: to the next power);
//!   八到九百亿 is [800亿, 900亿] (JioNLP: 8亿–900亿);
//! - a date (Recognizers date/daterange, JioNLP time point/span): a date overlapping the text whose
//!   value, as an interval of days (2017-H1 = 2017-01-01 to 2017-06-30), equals the expected one:
//!   any of Recognizers' resolutions (an ambiguous 29日 has a past and a future one) or the interval
//!   of its TIMEX (今年 is the year, though Recognizers resolves it to the reference day); JioNLP's
//!   `start/end` by their days;
//! - a duration (Recognizers duration, JioNLP time_delta): kind duration, the same value and unit;
//! - spans only (the extract suites, value null): an item of the category with exactly the text's
//!   extent passes; an overlapping one with another extent counts as wrong value;
//! - the sequence suite (phone numbers, URLs, IP addresses): every case passes only with no figure.
//!
//! A case with no expected items is a negative: spurious when the analysis finds something of the
//! suite's kind (any figure for numbers, percent for percentages, money for currencies, the dimension
//! kinds, a figure with a range or approx for number ranges, any date for the date suites). Positive
//! cases are not checked for extra findings: each upstream spec covers one model only.

use regex::Regex;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

// ---------------------------------------------------------------------------------------------
// The scope file.

struct Rule {
    name: String,
    suites: Vec<String>,
    task: Option<String>,
    mode: Option<String>,
    option: Option<String>,
    expect_error: Option<bool>,
    dotnet_passes: Option<bool>,
    reference: Option<Regex>,
    types: Vec<String>,
    text: Option<Regex>,
    after: Option<Regex>,
    value: Option<Regex>,
    value_unlike: Option<Regex>,
    units: Vec<String>,
    value_null: Option<bool>,
    aspiration: bool,
}

fn strings(t: &toml::Table, key: &str) -> Vec<String> {
    match t.get(key) {
        Some(toml::Value::String(s)) => vec![s.clone()],
        Some(toml::Value::Array(a)) => a.iter().map(|v| v.as_str().unwrap().to_owned()).collect(),
        Some(v) => panic!("peers-scope.toml: {key} = {v} is not a string or a list"),
        None => vec![],
    }
}

impl Rule {
    fn from(t: &toml::Table) -> Rule {
        let s = |k: &str| t.get(k).map(|v| v.as_str().unwrap().to_owned());
        let b = |k: &str| t.get(k).map(|v| v.as_bool().unwrap());
        let re =
            |k: &str| s(k).map(|p| Regex::new(&p).unwrap_or_else(|e| panic!("peers-scope.toml {k}: {e}")));
        let name = s("name").expect("every rule has a name");
        assert!(s("reason").is_some_and(|r| !r.is_empty()), "peers-scope.toml: rule {name} has no reason");
        let known = [
            "name",
            "reason",
            "suite",
            "task",
            "mode",
            "option",
            "expect_error",
            "dotnet_passes",
            "reference",
            "type",
            "text",
            "after",
            "value",
            "value_unlike",
            "unit",
            "value_null",
            "aspiration",
        ];
        for k in t.keys() {
            assert!(known.contains(&k.as_str()), "peers-scope.toml: rule {name}: unknown selector {k}");
        }
        Rule {
            suites: strings(t, "suite"),
            task: s("task"),
            mode: s("mode"),
            option: s("option"),
            expect_error: b("expect_error"),
            dotnet_passes: b("dotnet_passes"),
            reference: re("reference"),
            types: strings(t, "type"),
            text: re("text"),
            after: re("after"),
            value: re("value"),
            value_unlike: re("value_unlike"),
            units: strings(t, "unit"),
            value_null: b("value_null"),
            aspiration: b("aspiration").unwrap_or(false),
            name,
        }
    }

    fn on_items(&self) -> bool {
        !self.types.is_empty()
            || self.text.is_some()
            || self.after.is_some()
            || self.value.is_some()
            || self.value_unlike.is_some()
            || !self.units.is_empty()
            || self.value_null.is_some()
    }

    fn case_matches(&self, suite: &str, case: &Value) -> bool {
        let field = |k: &str| case.get(k).and_then(Value::as_str);
        (self.suites.is_empty() || self.suites.iter().any(|s| s == suite))
            && self.task.as_deref().map_or(true, |t| field("task") == Some(t))
            && self.mode.as_deref().map_or(true, |m| field("mode") == Some(m))
            && self.option.as_deref().map_or(true, |o| case["options"].get(o).is_some())
            && self.expect_error.map_or(true, |e| case["expect_error"].as_bool().unwrap_or(false) == e)
            && self.dotnet_passes.map_or(true, |d| case["dotnet_passes"].as_bool() == Some(d))
            && self.reference.as_ref().map_or(true, |r| field("reference").is_some_and(|f| r.is_match(f)))
    }

    /// `input`: the case's text, for `after` (what follows the item's `end`, in code points).
    fn item_matches(&self, item: &Value, input: &str) -> bool {
        let value = match &item["value"] {
            Value::String(s) => s.clone(),
            v => v.to_string(),
        };
        (self.types.is_empty() || self.types.iter().any(|t| item["type"] == t.as_str()))
            && self.text.as_ref().map_or(true, |r| r.is_match(item["text"].as_str().unwrap_or("")))
            && self.after.as_ref().map_or(true, |r| {
                let end = item["end"].as_u64().map(|e| e as usize);
                end.is_some_and(|e| r.is_match(&input.chars().skip(e).collect::<String>()))
            })
            && self.value.as_ref().map_or(true, |r| r.is_match(&value))
            && self.value_unlike.as_ref().map_or(true, |r| !r.is_match(&value))
            && (self.units.is_empty() || self.units.iter().any(|u| item["unit"] == u.as_str()))
            && self.value_null.map_or(true, |n| item["value"].is_null() == n)
    }
}

enum Decision {
    /// Skipped by the rule of this name.
    Skip(String),
    /// Run, reported apart: the expected items that remain.
    Aspiration(Vec<Value>),
    InScope(Vec<Value>),
}

fn decide(rules: &[Rule], suite: &str, case: &Value) -> Decision {
    let mut items: Vec<Value> = case["expected"].as_array().unwrap().clone();
    let had_items = !items.is_empty();
    let mut dropped_by: Option<&str> = None;
    for rule in rules.iter().filter(|r| !r.aspiration) {
        if !rule.case_matches(suite, case) {
            continue;
        }
        if !rule.on_items() {
            return Decision::Skip(rule.name.clone());
        }
        let before = items.len();
        items.retain(|i| !rule.item_matches(i, case["input"].as_str().unwrap_or("")));
        if items.len() < before && dropped_by.is_none() {
            dropped_by = Some(&rule.name);
        }
    }
    if had_items && items.is_empty() {
        return Decision::Skip(dropped_by.unwrap().to_owned());
    }
    if rules.iter().any(|r| r.aspiration && r.case_matches(suite, case)) {
        return Decision::Aspiration(items);
    }
    Decision::InScope(items)
}

// ---------------------------------------------------------------------------------------------
// Days and intervals.

type Ymd = (i32, u32, u32);

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn day_before((y, m, d): Ymd) -> Ymd {
    if d > 1 {
        (y, m, d - 1)
    } else if m > 1 {
        (y, m - 1, days_in_month(y, m - 1))
    } else {
        (y - 1, 12, 31)
    }
}

fn ymd(s: &str) -> Option<Ymd> {
    let s = s.get(..10)?;
    let y = s.get(..4)?.parse().ok()?;
    let m = s.get(5..7)?.parse().ok()?;
    let d = s.get(8..10)?.parse().ok()?;
    (s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-').then_some((y, m, d))
}

/// The days a contract date value covers: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn, or A/B.
fn interval(v: &str) -> Option<(Ymd, Ymd)> {
    if let Some((a, b)) = v.split_once('/') {
        return Some((interval(a)?.0, interval(b)?.1));
    }
    let y: i32 = v.get(..4)?.parse().ok()?;
    let rest = &v[4..];
    let months = |first: u32, last: u32| Some(((y, first, 1), (y, last, days_in_month(y, last))));
    match rest.len() {
        0 => months(1, 12),
        3 if rest.starts_with("-Q") => {
            let q: u32 = rest[2..].parse().ok()?;
            months(3 * q - 2, 3 * q)
        }
        3 if rest.starts_with("-H") => {
            let h: u32 = rest[2..].parse().ok()?;
            months(6 * h - 5, 6 * h)
        }
        3 => {
            let m: u32 = rest[1..].parse().ok()?;
            months(m, m)
        }
        6 => ymd(v).map(|d| (d, d)),
        _ => None,
    }
}

/// The number of days of an interval, both ends included.
fn days((a, b): (Ymd, Ymd)) -> i64 {
    // Days since 1 March of year 0 (the leap day last in its year).
    let n = |(y, m, d): Ymd| {
        let (y, m) =
            if m <= 2 { (i64::from(y) - 1, i64::from(m) + 9) } else { (i64::from(y), i64::from(m) - 3) };
        365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + i64::from(d)
    };
    n(b) - n(a) + 1
}

/// JioNLP puts a date that prints no year (9月30日, 十二月20号) in the reference's year, and a day that
/// prints no month (30日) in the reference's month, even when that lies ahead; our look-back rule
/// (docs/dates.md: news reports what happened) makes a year-less month or day more than 60 days after
/// the reference last year's, and a day alone later than the reference's day last month's. That
/// reading is accepted for such a date.
fn looked_back(text: &str, (a, b): (Ymd, Ymd), reference: Option<&str>) -> Option<(Ymd, Ymd)> {
    let r = ymd(reference?)?;
    let prints_year = text.contains('年') || text.chars().filter(|c| fold(*c).is_ascii_digit()).count() >= 4;
    let prints_month = text.contains('月');
    let ahead = days((r, a)) - 1;
    if prints_year || ahead <= 0 {
        return None;
    }
    if !prints_month && a == b {
        let (y, m) = if a.1 == 1 { (a.0 - 1, 12) } else { (a.0, a.1 - 1) };
        return (a.2 <= days_in_month(y, m)).then_some(((y, m, a.2), (y, m, a.2)));
    }
    let back = |(y, m, d): Ymd| (y - 1, m, d.min(days_in_month(y - 1, m)));
    (ahead > 60).then(|| (back(a), back(b)))
}

/// The intervals a Recognizers date or daterange may stand for: its resolutions and its TIMEX.
/// Recognizers ends a range at the start of the period its text names last (1995-1997年 is
/// 1995-01-01 to 1997-01-01, exclusive; 5月-10月 ends on 10-01); we include that period (1995/1997 is to
/// 1997-12-31), so both readings are accepted, by the unit of the TIMEX's duration (P2Y, P5M, P1D).
fn recognizers_intervals(e: &Value) -> Vec<(Ymd, Ymd)> {
    let timex = e["value"].as_str().unwrap_or("");
    let unit = timex.strip_suffix(')').and_then(|t| t.rsplit(',').next()).and_then(|d| d.chars().last());
    let mut out = Vec::new();
    let mut range = |s: Ymd, end: Ymd| {
        out.push((s, day_before(end)));
        match unit {
            Some('Y') => out.push((s, (end.0, 12, 31))),
            Some('M') => out.push((s, (end.0, end.1, days_in_month(end.0, end.1)))),
            Some('D') => out.push((s, end)),
            _ => {}
        }
    };
    for r in e["resolved"].as_array().into_iter().flatten() {
        if let (Some(s), Some(t)) = (r["start"].as_str().and_then(ymd), r["end"].as_str().and_then(ymd)) {
            range(s, t);
        }
    }
    if let Some(inner) = timex.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        let parts: Vec<&str> = inner.split(',').collect();
        if let [a, b, _] = parts[..] {
            if let (Some(a), Some(b)) = (ymd(a), ymd(b)) {
                range(a, b);
            }
        }
    }
    for r in e["resolved"].as_array().into_iter().flatten() {
        if let Some(v) = r["value"].as_str().and_then(ymd) {
            out.push((v, v));
        }
    }
    if !timex.starts_with('(') && (timex.len() != 10 || ymd(timex).is_some()) {
        out.extend(interval(timex));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Expected items in our terms.

#[derive(Clone, Copy, PartialEq)]
enum Category {
    Figures,
    Dates,
}

enum Check {
    /// Spans only: the same extent.
    Span,
    Figure {
        /// Acceptable kinds; empty: any.
        kinds: &'static [&'static str],
        value: f64,
        /// The unit, compared after converting ours to `base` (dimensions) or as is.
        unit: Option<String>,
        /// Dimensions: compare in this base unit (see `base_unit`).
        base: bool,
        /// Acceptable approx values (None = null); None: not compared.
        approx: Option<Vec<Option<&'static str>>>,
        /// Some(None): no range; Some(Some(r)): that range; None: not compared.
        range: Option<Option<(f64, f64)>>,
        /// A number printed as a fraction (二分之一): our percent of it (50) matches too.
        fraction: bool,
    },
    /// Dates: the acceptable intervals, and the edge a vague word names (see [`Edge`]).
    Date(Vec<(Ymd, Ymd)>, Option<Edge>),
}

/// The edge of a period a vague word names (初, 底, 末, 伊始; JioNLP marks most of them blur): its extent
/// is each library's convention (JioNLP: 年底 is November–December, 月初 days 1–5, 月底 25 to the end;
/// ours: the month, docs/dates.md), so a date passes that shares the named edge and is at most a month
/// longer than the expected one (never the whole year for 年底). `Counted`: a count of years or months
/// before or after (5年前) is for us the year or month it lands in (docs/dates.md), for Recognizers the
/// very day: ours passes when it is that unit (at most a year, a month) and holds the day.
#[derive(Clone, Copy)]
enum Edge {
    Start,
    End,
    Counted(i64),
}

/// For Recognizers' `5年前`, `3个月后`: the longest date of ours that counts as that year or month.
fn elapsed_unit(text: &str) -> Option<Edge> {
    static COUNTED: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
        // A count of years or months, then before or after.
        Regex::new("^[0-9一二三四五六七八九十两]+(年|个月)[以之]?[前后]$").unwrap()
    });
    let unit = COUNTED.captures(text)?.get(1)?.as_str();
    Some(Edge::Counted(if unit == "年" { 366 } else { 31 }))
}

struct Expect {
    category: Category,
    texts: Vec<String>,
    start: Option<usize>,
    check: Check,
    shown: String,
}

const DIMENSIONS: &[&str] = &["area", "length", "weight", "volume", "energy"];

/// Our units and Recognizers' dimension units in one base per quantity: (base, factor).
fn base_unit(unit: &str) -> Option<(&'static str, f64)> {
    Some(match unit {
        "mu" | "Mu" => ("m2", 10000.0 / 15.0),
        "m2" | "SquareMeter" => ("m2", 1.0),
        "km2" | "SquareKilometer" => ("m2", 1e6),
        "ha" | "Hectare" => ("m2", 1e4),
        "km" | "Kilometer" => ("m", 1000.0),
        "m" | "Meter" => ("m", 1.0),
        "Centimeter" => ("m", 0.01),
        "Millimeter" => ("m", 0.001),
        "t" | "Ton" => ("kg", 1000.0),
        "kg" | "Kilogram" => ("kg", 1.0),
        "Gram" => ("kg", 1e-3),
        "Milligram" => ("kg", 1e-6),
        "Microgram" => ("kg", 1e-9),
        "Jin" => ("kg", 0.5),
        "Liang" => ("kg", 0.05),
        "m3" | "CubicMeter" => ("m3", 1.0),
        "L" | "Liter" => ("m3", 1e-3),
        "kW" | "Kilowatt" => ("kW", 1.0),
        "Megawatt" => ("kW", 1000.0),
        "kWh" | "KilowattHour" => ("kWh", 1.0),
        _ => return None,
    })
}

/// Durations in one base: days for day and week, months for month, year and quarter (JioNLP gives
/// 4周 as 28 days and 五个季度 as 15 months).
fn duration_base(unit: &str) -> Option<(&'static str, f64)> {
    Some(match unit {
        "day" => ("day", 1.0),
        "week" => ("day", 7.0),
        "month" => ("month", 1.0),
        "quarter" => ("month", 3.0),
        "year" => ("month", 12.0),
        "hour" => ("hour", 1.0),
        _ => return None,
    })
}

fn duration_unit(letter: char, time: bool) -> Option<&'static str> {
    Some(match (letter, time) {
        ('Y', false) => "year",
        ('M', false) => "month",
        ('W', false) => "week",
        ('D', false) => "day",
        ('H', true) => "hour",
        _ => return None,
    })
}

/// The negative cases' kinds: what, found in a case that expects nothing, is spurious.
fn spurious_in(suite: &str, analysis: &Value) -> Vec<String> {
    let figures = analysis["figures"].as_array().unwrap();
    let dates = analysis["dates"].as_array().unwrap();
    let show = |f: &Value| format!("{} {} {}", f["text"], f["kind"], f["value"]);
    match suite {
        "recognizers-datetime-zh" | "jionlp-time" | "jionlp-time-extract" => {
            dates.iter().map(|d| format!("{} {}", d["text"], d["value"])).collect()
        }
        "recognizers-percent-zh" => figures.iter().filter(|f| f["kind"] == "percent").map(show).collect(),
        "recognizers-currency-zh" | "jionlp-money" | "jionlp-money-extract" => {
            figures.iter().filter(|f| f["kind"] == "money").map(show).collect()
        }
        "recognizers-dimension-zh" => {
            figures.iter().filter(|f| DIMENSIONS.iter().any(|k| f["kind"] == *k)).map(show).collect()
        }
        "recognizers-numberrange-zh" => {
            figures.iter().filter(|f| !f["range"].is_null() || !f["approx"].is_null()).map(show).collect()
        }
        _ => figures.iter().map(show).collect(),
    }
}

fn number(v: &Value) -> Option<f64> {
    v.as_f64().or_else(|| v.as_str().and_then(|s| s.parse().ok()))
}

/// A Recognizers number range, `[20,100)`, `(500,)`, `(,12]`, as a figure check; `[170,170]` (等于一百七)
/// is the number itself, with no range and no approx. `fraction`: printed as fractions (四分之一, 1/2),
/// which Recognizers' range model reads as numbers (0.25); its 百分之零点九 is 0.9, like our percent.
fn numberrange(v: &str, fraction: bool) -> Option<Check> {
    let inner = v.get(1..v.len().checked_sub(1)?)?;
    let (a, b) = inner.split_once(',')?;
    let (a, b) = (a.trim().parse::<f64>().ok(), b.trim().parse::<f64>().ok());
    let figure = |value, approx: Option<&'static str>, range| Check::Figure {
        kinds: &[],
        value,
        unit: None,
        base: false,
        approx: Some(vec![approx]),
        range: Some(range),
        fraction,
    };
    Some(match (a, b) {
        (Some(a), Some(b)) if a == b => figure(a, None, None),
        (Some(a), Some(b)) => figure(a, None, Some((a, b))),
        (Some(a), None) => figure(a, Some("over"), None),
        (None, Some(b)) => figure(b, Some("under"), None),
        (None, None) => return None,
    })
}

/// JioNLP money in our conventions (see the module's doc).
fn jionlp_money(e: &Value) -> Option<Check> {
    let text = e["text"].as_str().unwrap_or("");
    let low = number(&e["value"])?;
    let high = number(&e["value_max"]);
    let about_marker = ["约", "左右", "上下", "大概", "近"].iter().any(|m| text.contains(m));
    let (value, range, approx) = match high {
        Some(_) if text.contains('多') || text.contains('余') => {
            let mut a = vec![Some("over")];
            if about_marker {
                a.push(Some("about"));
            }
            (low, None, a)
        }
        Some(high) => {
            let (lo, hi) = if Regex::new("[几数][十百千万亿]").unwrap().is_match(text) {
                (low, high - (high - low) / 9.0)
            } else if Regex::new("[十百千]几").unwrap().is_match(text) {
                (low + (high - low) / 10.0, high - (high - low) / 10.0)
            } else {
                // A bare low end takes the high end's scale: 八到九百亿 = 800亿–900亿.
                let mut lo = low;
                while lo * 10.0 <= high {
                    lo *= 10.0;
                }
                if high / low < 10.0 {
                    lo = low;
                }
                (lo, high)
            };
            (lo, Some((lo, hi)), vec![about_marker.then_some("about")])
        }
        None => {
            let near = ["近", "接近", "将近"].iter().any(|m| text.contains(m));
            let approx = match e["approx"].as_str() {
                _ if near => Some("about"),
                Some("about") => Some("about"),
                Some("over") => Some("over"),
                Some("under") => Some("under"),
                _ => None,
            };
            (low, None, vec![approx])
        }
    };
    Some(Check::Figure {
        kinds: &["money"],
        value,
        unit: e["unit"].as_str().map(str::to_owned),
        base: false,
        approx: Some(approx),
        range: Some(range),
        fraction: false,
    })
}

/// The expected item in our terms; None when it cannot be put in them (reported as a failure).
fn expect(suite: &str, e: &Value, reference: Option<&str>) -> Result<Expect, String> {
    let text = e["text"].as_str().unwrap_or("").to_owned();
    let mut texts = Vec::new();
    if let Some(s) = e["surface"].as_str() {
        texts.push(s.to_owned());
    }
    texts.push(text.clone());
    let start = e["start"].as_u64().map(|s| s as usize);
    let ty = e["type"].as_str().unwrap_or("");
    let fraction = text.chars().filter(|c| !c.is_whitespace()).collect::<String>().contains("分之")
        || text.contains('/');
    let figure = |kinds, value, unit: Option<String>| Check::Figure {
        kinds,
        value,
        unit,
        base: false,
        approx: None,
        range: None,
        fraction,
    };
    let duration = |value: f64, unit: &str| {
        let (base, factor) = duration_base(unit)?;
        Some(Check::Figure {
            kinds: &["duration"],
            value: value * factor,
            unit: Some(base.to_owned()),
            base: true,
            approx: None,
            range: None,
            fraction: false,
        })
    };
    let unmapped = || format!("{text}: {ty} {} is not mapped onto the contract", e["value"]);
    let (category, check) = if e["value"].is_null() {
        let category = if ty.starts_with("time") { Category::Dates } else { Category::Figures };
        (category, Check::Span)
    } else {
        match (suite, ty) {
            (_, "number") => {
                (Category::Figures, figure(&[], number(&e["value"]).ok_or_else(unmapped)?, None))
            }
            (_, "percentage") => {
                (Category::Figures, figure(&["percent"], number(&e["value"]).ok_or_else(unmapped)?, None))
            }
            (_, "currency") => {
                let unit = match e["unit"].as_str() {
                    Some("Dollar") => "USD",
                    Some(u) => u,
                    None => return Err(unmapped()),
                };
                (
                    Category::Figures,
                    figure(&["money"], number(&e["value"]).ok_or_else(unmapped)?, Some(unit.to_owned())),
                )
            }
            (_, "dimension") => {
                let (base, factor) = e["unit"].as_str().and_then(base_unit).ok_or_else(unmapped)?;
                let value = number(&e["value"]).ok_or_else(unmapped)? * factor;
                let check = Check::Figure {
                    kinds: DIMENSIONS,
                    value,
                    unit: Some(base.to_owned()),
                    base: true,
                    approx: None,
                    range: None,
                    fraction: false,
                };
                (Category::Figures, check)
            }
            (_, "numberrange") => (
                Category::Figures,
                numberrange(e["value"].as_str().unwrap_or(""), fraction && !text.contains("百分之"))
                    .ok_or_else(unmapped)?,
            ),
            (_, "money") => (Category::Figures, jionlp_money(e).ok_or_else(unmapped)?),
            (_, "date" | "daterange") => {
                let intervals = recognizers_intervals(e);
                if intervals.is_empty() {
                    return Err(unmapped());
                }
                (Category::Dates, Check::Date(intervals, elapsed_unit(&text)))
            }
            (_, "time_point" | "time_span") => {
                let v = e["value"].as_str().unwrap_or("");
                let (a, b) = v.split_once('/').ok_or_else(unmapped)?;
                let expected = (ymd(a).ok_or_else(unmapped)?, ymd(b).ok_or_else(unmapped)?);
                let mut intervals = vec![expected];
                intervals.extend(looked_back(&text, expected, reference));
                let edge = if text.ends_with('初') || text.ends_with("伊始") {
                    Some(Edge::Start)
                } else if text.ends_with(['底', '末']) {
                    Some(Edge::End)
                } else {
                    None
                };
                (Category::Dates, Check::Date(intervals, edge))
            }
            (_, "duration") => {
                let timex = e["value"].as_str().unwrap_or("");
                let time = timex.starts_with("PT");
                let body = timex.trim_start_matches("PT").trim_start_matches('P');
                let letter = body.chars().last().ok_or_else(unmapped)?;
                let unit = duration_unit(letter, time).ok_or_else(unmapped)?;
                let value: f64 = body[..body.len() - 1].parse().map_err(|_| unmapped())?;
                (Category::Figures, duration(value, unit).ok_or_else(unmapped)?)
            }
            (_, "time_delta") => {
                let map = e["value"].as_object().filter(|m| m.len() == 1).ok_or_else(unmapped)?;
                let (unit, value) = map.iter().next().unwrap();
                (Category::Figures, duration(number(value).ok_or_else(unmapped)?, unit).ok_or_else(unmapped)?)
            }
            _ => return Err(unmapped()),
        }
    };
    let mut shown = format!("{text} = {}", e["value"]);
    if let Some(u) = e["unit"].as_str() {
        shown += &format!(" {u}");
    }
    if let Some(m) = e.get("value_max").filter(|v| !v.is_null()) {
        shown += &format!(" ..{m}");
    }
    if let Some(a) = e["approx"].as_str() {
        shown += &format!(" ({a})");
    }
    Ok(Expect { category, texts, start, check, shown })
}

// ---------------------------------------------------------------------------------------------
// Judging one case.

/// What one of the unit a figure of a measure is printed in is worth in the figure's unit (斤 → 0.5, of
/// kg): the value of 1 and that unit analysed alone. The unit is the figure's text after its number.
fn measure_factor(found: &Value) -> Option<f64> {
    let numeral = |c: char| {
        c.is_ascii_digit()
            || c.is_whitespace()
            || ".,，零〇○一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟".contains(c)
    };
    let unit = found["text"].as_str()?.trim_start_matches(numeral);
    let one = wenxi::analyse_text(&format!("1{unit}"), &wenxi::Options::default()).ok()?;
    let one = serde_json::to_value(&one).ok()?;
    let figures = one["figures"].as_array()?;
    match figures.as_slice() {
        [f] if f["unit"] == found["unit"] => f["value"].as_f64(),
        _ => None,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-9)
}

/// Full-width ASCII forms folded (the body makes full-width digits and ％ ASCII, not －), for locating.
fn fold(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap(),
        c => c,
    }
}

/// The expected text's span in the body, in UTF-16 units: the occurrence nearest the expected start.
/// Compared with full-width forms folded and white space left out, as intake normalises both.
fn locate(body: &str, texts: &[String], start: Option<usize>) -> Option<(usize, usize)> {
    // The body's characters that count: (folded character, its index, its UTF-16 start and end).
    let mut chars = Vec::new();
    let mut at16 = 0;
    for (i, c) in body.chars().enumerate() {
        let width = c.len_utf16();
        if !c.is_whitespace() {
            chars.push((fold(c), i, at16, at16 + width));
        }
        at16 += width;
    }
    for t in texts {
        let want: Vec<char> = t.chars().filter(|c| !c.is_whitespace()).map(fold).collect();
        if want.is_empty() {
            continue;
        }
        let best = (0..chars.len().saturating_sub(want.len() - 1))
            .filter(|&i| want.iter().enumerate().all(|(k, w)| chars[i + k].0 == *w))
            .min_by_key(|&i| start.map_or(0, |s| s.abs_diff(chars[i].1)));
        if let Some(i) = best {
            return Some((chars[i].2, chars[i + want.len() - 1].3));
        }
    }
    None
}

fn satisfies(check: &Check, found: &Value, span: (usize, usize)) -> bool {
    let extent = (found["start"].as_u64().unwrap() as usize, found["end"].as_u64().unwrap() as usize);
    match check {
        Check::Span => extent == span,
        Check::Date(intervals, edge) => found["value"].as_str().and_then(interval).is_some_and(|ours| {
            intervals.iter().any(|x| {
                *x == ours
                    || edge.is_some_and(|edge| {
                        let shares = match edge {
                            Edge::Start => x.0 == ours.0,
                            Edge::End => x.1 == ours.1,
                            Edge::Counted(longest) => {
                                return ours.0 <= x.0 && x.1 <= ours.1 && days(ours) <= longest;
                            }
                        };
                        shares && days(ours) <= days(*x).max(31)
                    })
            })
        }),
        Check::Figure { kinds, value, unit, base, approx, range, fraction } => {
            // A number printed as a fraction, found as our percent of it (二分之一 = 50); a number
            // inside a measure, found converted (十斤 = 5 kg): compared in the figure's terms.
            let scale = if *fraction && kinds.is_empty() && found["kind"] == "percent" {
                100.0
            } else if kinds.is_empty() && DIMENSIONS.iter().any(|k| found["kind"] == *k) {
                measure_factor(found).unwrap_or(f64::NAN)
            } else {
                1.0
            };
            let (value, range) = (&(value * scale), &range.map(|r| r.map(|(a, b)| (a * scale, b * scale))));
            let kind_ok = kinds.is_empty() || kinds.iter().any(|k| found["kind"] == *k);
            let ours = found["value"].as_f64().unwrap_or(f64::NAN);
            let (ours, our_unit) = if *base {
                match found["unit"].as_str().and_then(|u| base_unit(u).or_else(|| duration_base(u))) {
                    Some((b, f)) => (ours * f, Some(b.to_owned())),
                    None => (f64::NAN, None),
                }
            } else {
                (ours, found["unit"].as_str().map(str::to_owned))
            };
            let unit_ok = unit.is_none() || *unit == our_unit;
            let approx_ok =
                approx.as_ref().map_or(true, |a| a.iter().any(|x| found["approx"].as_str() == *x));
            let our_range =
                found["range"].as_array().map(|r| (r[0].as_f64().unwrap(), r[1].as_f64().unwrap()));
            let range_ok = match range {
                None => true,
                Some(None) => our_range.is_none(),
                Some(Some((a, b))) => our_range.is_some_and(|(x, y)| close(*a, x) && close(*b, y)),
            };
            // Recognizers reads a percentage range with a bare low end (5-20%) as its upper end alone
            // (the low end a number of its own): our range ending where it ends, with that upper end,
            // is the same reading.
            let upper_end = kinds.contains(&"percent")
                && extent.1 == span.1
                && our_range.is_some_and(|(_, high)| close(*value, high));
            kind_ok && (close(*value, ours) || upper_end) && unit_ok && approx_ok && range_ok
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Status {
    Passed,
    /// Ordered below Failed: a case with an item not found is failed, whatever else is wrong.
    Wrong,
    Failed,
    Spurious,
}

/// Runs one case: its status and, unless it passed, what went wrong.
fn run_case(suite: &str, case: &Value, items: &[Value], reference: Option<String>) -> (Status, String) {
    let input = case["input"].as_str().unwrap();
    let options = wenxi::Options { reference_date: reference, ..Default::default() };
    let analysis = match wenxi::analyse_text(input, &options) {
        Ok(a) => a,
        Err(e) => return (Status::Failed, format!("error: {e}")),
    };
    let a = serde_json::to_value(&analysis).unwrap();
    let body = analysis.body.as_str();
    let found_list = |c: Category| if c == Category::Figures { &a["figures"] } else { &a["dates"] };
    let show = |f: &Value| {
        let mut s = format!("{} {}", f["text"], f["value"]);
        for k in ["kind", "unit", "approx", "range"] {
            if f.get(k).is_some_and(|v| !v.is_null()) {
                s += &format!(" {}", f[k]);
            }
        }
        s
    };
    if suite == "recognizers-sequence-zh" || case["expected"].as_array().unwrap().is_empty() {
        let found = spurious_in(suite, &a);
        return if found.is_empty() {
            (Status::Passed, String::new())
        } else {
            (Status::Spurious, format!("found {}", found.join("; ")))
        };
    }
    let mut status = Status::Passed;
    let mut notes = Vec::new();
    for e in items {
        let expected = match expect(suite, e, options.reference_date.as_deref()) {
            Ok(x) => x,
            Err(why) => {
                status = status.max(Status::Failed);
                notes.push(why);
                continue;
            }
        };
        let Some(span) = locate(body, &expected.texts, expected.start) else {
            status = status.max(Status::Failed);
            notes.push(format!("expected {}: its text is not in the body {body:?}", expected.shown));
            continue;
        };
        let overlapping: Vec<&Value> = found_list(expected.category)
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| {
                let (s, e) = (f["start"].as_u64().unwrap() as usize, f["end"].as_u64().unwrap() as usize);
                s < span.1 && span.0 < e
            })
            .collect();
        if overlapping.iter().any(|f| satisfies(&expected.check, f, span)) {
            continue;
        }
        if overlapping.is_empty() {
            status = status.max(Status::Failed);
            notes.push(format!("expected {}: not found", expected.shown));
        } else {
            status = status.max(Status::Wrong);
            let got: Vec<String> = overlapping.iter().map(|f| show(f)).collect();
            notes.push(format!("expected {}: found {}", expected.shown, got.join("; ")));
        }
    }
    (status, notes.join(" | "))
}

/// The reference date of a case: the date part of its `reference`; a bare year or month (JioNLP's
/// reference is then a period, and a year-less date lies in it) is its last day, so that our look-back
/// rule keeps such dates in that period; spans-only cases without one get the stand-in.
fn reference(case: &Value, items: &[Value], stand_in: Option<&str>) -> Option<String> {
    match case["reference"].as_str() {
        Some(r) => {
            let r = r.split('T').next().unwrap();
            match r.len() {
                10 => Some(r.to_owned()),
                7 => {
                    let (y, m) = (r[..4].parse().unwrap(), r[5..7].parse().unwrap());
                    Some(format!("{r}-{:02}", days_in_month(y, m)))
                }
                4 => Some(format!("{r}-12-31")),
                _ => panic!("reference {r:?} not understood"),
            }
        }
        None if !items.is_empty() && items.iter().all(|i| i["value"].is_null()) => {
            stand_in.map(str::to_owned)
        }
        None => None,
    }
}

// ---------------------------------------------------------------------------------------------
// The suites.

#[derive(Default)]
struct Tally {
    cases: usize,
    counts: BTreeMap<Status, usize>,
    aspirations: (usize, usize),
    skipped: BTreeMap<String, usize>,
    problems: Vec<(Status, String)>,
}

impl Tally {
    fn count(&self, s: Status) -> usize {
        self.counts.get(&s).copied().unwrap_or(0)
    }
    fn in_scope(&self) -> usize {
        self.counts.values().sum()
    }
}

fn examples_wanted() -> usize {
    std::env::var("WENXI_PEERS_EXAMPLES").ok().and_then(|v| v.parse().ok()).unwrap_or(5)
}

#[test]
fn peer_suites() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let peers = root.join("../shared/peers");
    if !peers.is_dir() {
        println!("\n== peer suites: {} is absent, not run ==", peers.display());
        return;
    }
    let scope: toml::Table =
        toml::from_str(&std::fs::read_to_string(root.join("tests/data/peers-scope.toml")).unwrap()).unwrap();
    let rules: Vec<Rule> =
        scope["rule"].as_array().unwrap().iter().map(|r| Rule::from(r.as_table().unwrap())).collect();
    let stand_in = scope.get("stand_in_reference").and_then(|v| v.as_str());
    let floor: toml::Table =
        toml::from_str(&std::fs::read_to_string(root.join("tests/data/peers-floor.toml")).unwrap()).unwrap();

    let mut files: Vec<_> = std::fs::read_dir(&peers)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    for path in &files {
        let suite = path.file_stem().unwrap().to_string_lossy().into_owned();
        let tally = tallies.entry(suite.clone()).or_default();
        for line in std::fs::read_to_string(path).unwrap().lines().filter(|l| !l.trim().is_empty()) {
            let case: Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            tally.cases += 1;
            let (items, aspiration) = match decide(&rules, &suite, &case) {
                Decision::Skip(rule) => {
                    *tally.skipped.entry(rule).or_default() += 1;
                    continue;
                }
                Decision::Aspiration(items) => (items, true),
                Decision::InScope(items) => (items, false),
            };
            let (status, notes) = run_case(&suite, &case, &items, reference(&case, &items, stand_in));
            if aspiration {
                tally.aspirations.0 += 1;
                tally.aspirations.1 += (status == Status::Passed) as usize;
                continue;
            }
            *tally.counts.entry(status).or_default() += 1;
            if status != Status::Passed {
                // A long input is cut: the expected text and what was found say the rest.
                let input: String = case["input"].as_str().unwrap().chars().take(40).collect();
                tally.problems.push((status, format!("{input:?} {}: {notes}", case["id"])));
            }
        }
    }

    println!("\n== peer suites ({}): cases through wenxi::analyse_text ==", peers.display());
    println!(
        "{:<28} {:>5} {:>8} {:>6} {:>6} {:>6} {:>8} {:>11}  skipped by rule (tests/data/peers-scope.toml)",
        "suite", "cases", "in scope", "passed", "failed", "wrong", "spurious", "aspirations"
    );
    for (suite, t) in &tallies {
        let skipped: Vec<String> = t.skipped.iter().map(|(r, n)| format!("{r} {n}")).collect();
        let aspirations = if t.aspirations.0 == 0 {
            String::new()
        } else {
            format!("{}/{}", t.aspirations.1, t.aspirations.0)
        };
        println!(
            "{:<28} {:>5} {:>8} {:>6} {:>6} {:>6} {:>8} {:>11}  {}",
            suite,
            t.cases,
            t.in_scope(),
            t.count(Status::Passed),
            t.count(Status::Failed),
            t.count(Status::Wrong),
            t.count(Status::Spurious),
            aspirations,
            skipped.join(", ")
        );
    }
    println!(
        "(failed: an expected item not found; wrong: found with another value, unit, range, interval or"
    );
    println!(" extent; spurious: found where nothing is expected, or any figure in the sequence suite;");
    println!(" aspirations: passed/run of the cases even the reference implementation fails)");

    let wanted = examples_wanted();
    for (suite, t) in &tallies {
        if t.problems.is_empty() {
            continue;
        }
        let n = if wanted == 0 { t.problems.len() } else { wanted.min(t.problems.len()) };
        println!("-- {suite}: {n} of {} not passed --", t.problems.len());
        // Evenly spread over the file, which groups cases by form: a developer sees several classes.
        for i in 0..n {
            let (status, line) = &t.problems[i * t.problems.len() / n];
            println!("  {status:?}: {line}");
        }
    }

    let mut failures = Vec::new();
    for (suite, t) in &tallies {
        let Some(f) = floor.get(suite).and_then(|v| v.as_table()) else {
            if t.in_scope() > 0 {
                failures.push(format!("{suite}: no floor in tests/data/peers-floor.toml"));
            }
            continue;
        };
        let get = |k: &str| f.get(k).and_then(|v| v.as_integer()).map(|v| v as usize);
        if let Some(min) = get("passed_min") {
            if t.count(Status::Passed) < min {
                failures.push(format!("{suite}: {} passed < floor {min}", t.count(Status::Passed)));
            }
        }
        if let Some(max) = get("wrong_max") {
            if t.count(Status::Wrong) > max {
                failures.push(format!("{suite}: {} wrong values > {max}", t.count(Status::Wrong)));
            }
        }
        if let Some(max) = get("spurious_max") {
            if t.count(Status::Spurious) > max {
                failures.push(format!("{suite}: {} spurious > {max}", t.count(Status::Spurious)));
            }
        }
    }
    assert!(failures.is_empty(), "peer suites below the floor: {failures:?}");
}
