//! The unit and classifier table (generated from `data/figures/units.toml` into `units_table.rs`).

use crate::model::FigureKind;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// One printed unit form.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Unit {
    /// As printed, in simplified characters (a traditional 個 is matched as 个).
    pub(crate) form: &'static str,
    /// The figure kind it gives.
    pub(crate) kind: FigureKind,
    /// The contract's unit; `None` for a count (its unit is the classifier as printed) and for
    /// plain percents and multiples.
    pub(crate) unit: Option<&'static str>,
    /// One printed unit in `unit` (兆瓦 = 1000 kW).
    pub(crate) factor: f64,
    /// Characters that, right after the form, show it is not this unit (三年级).
    pub(crate) not_before: &'static str,
}

pub(crate) use super::units_table::UNITS;

static BY_FORM: LazyLock<FxHashMap<&'static str, &'static Unit>> =
    LazyLock::new(|| UNITS.iter().map(|u| (u.form, u)).collect());

/// The unit printed as `form` (white space inside it left out: 个 百 分 点).
pub(crate) fn lookup(form: &str) -> Option<&'static Unit> {
    match BY_FORM.get(form) {
        Some(u) => Some(*u),
        None if form.contains(char::is_whitespace) => {
            BY_FORM.get(form.chars().filter(|c| !c.is_whitespace()).collect::<String>().as_str()).copied()
        }
        None => None,
    }
}

/// The currencies other than 元 itself (and 仙, a cent), in the table's order, by the last and by the
/// first character of their form: a look-up around a number compares only the forms that can fit.
static CURRENCIES: LazyLock<[FxHashMap<char, Vec<&'static Unit>>; 2]> = LazyLock::new(|| {
    let currencies = || {
        UNITS.iter().filter(|u| u.kind == FigureKind::Money && !matches!(u.form, "元" | "圆" | "块钱" | "仙"))
    };
    let edge = |c: Option<char>| c.expect("a unit's form is not empty");
    [
        super::by_edge(currencies(), |u| edge(u.form.chars().next_back())),
        super::by_edge(currencies(), |u| edge(u.form.chars().next())),
    ]
});

/// The currencies whose form may end (`at_end`) or begin at character `c`.
fn currencies(c: Option<char>, at_end: bool) -> &'static [&'static Unit] {
    c.and_then(|c| CURRENCIES[usize::from(!at_end)].get(&c)).map_or(&[], Vec::as_slice)
}

/// The currency printed right before byte `at` of `s` (新台币 in 新台币50亿元; not 元 itself).
pub(crate) fn currency_before(s: &str, at: usize) -> Option<&'static Unit> {
    let head = &s[..at];
    currencies(head.chars().next_back(), true).iter().copied().find(|u| head.ends_with(u.form))
}

/// A currency printed right at byte `at` of `s`, other than 元 (欧元 in 三万元欧元).
pub(crate) fn currency_at(s: &str, at: usize) -> Option<&'static Unit> {
    let rest = &s[at..];
    currencies(rest.chars().next(), false).iter().copied().find(|u| rest.starts_with(u.form))
}

/// A regex alternation of every form, longest first (leftmost-first matching then takes the
/// longest form: 个百分点 before 个). The percentage points may be printed spaced out (个 百 分 点).
pub(crate) fn alternation() -> String {
    let form = |u: &Unit| {
        if u.kind == FigureKind::Percent && u.unit == Some("pp") {
            u.form.chars().map(|c| regex::escape(&c.to_string())).collect::<Vec<_>>().join("[ \t\u{3000}]*")
        } else {
            regex::escape(u.form)
        }
    };
    UNITS.iter().map(form).collect::<Vec<_>>().join("|")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The generated table must say exactly what `data/figures/units.toml` says (rerun
    /// `python3 data/figures/gen_units.py` after editing the source).
    #[test]
    fn generated_table_is_current() {
        let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/figures/units.toml"))
            .expect("data/figures/units.toml");
        let table: toml::Table = toml::from_str(&source).expect("units.toml parses");
        let mut expected = Vec::new();
        for u in table["unit"].as_array().unwrap() {
            let kind = u["kind"].as_str().unwrap();
            let unit = u.get("unit").and_then(|v| v.as_str()).map(str::to_owned);
            let factor =
                u.get("factor").map_or(1.0, |f| f.as_float().or(f.as_integer().map(|i| i as f64)).unwrap());
            let not_before = u.get("not_before").and_then(|v| v.as_str()).unwrap_or("").to_owned();
            for form in u["forms"].as_array().unwrap() {
                expected.push((
                    form.as_str().unwrap().to_owned(),
                    kind.to_owned(),
                    unit.clone(),
                    factor,
                    not_before.clone(),
                ));
            }
        }
        let mut got: Vec<_> = UNITS
            .iter()
            .map(|u| {
                (
                    u.form.to_owned(),
                    u.kind.as_str().to_owned(),
                    u.unit.map(str::to_owned),
                    u.factor,
                    u.not_before.to_owned(),
                )
            })
            .collect();
        expected.sort_by(|a, b| a.0.cmp(&b.0));
        got.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(
            got, expected,
            "src/figures/units_table.rs is stale: run python3 data/figures/gen_units.py"
        );
        let lengths: Vec<usize> = UNITS.iter().map(|u| u.form.chars().count()).collect();
        assert!(lengths.windows(2).all(|w| w[0] >= w[1]), "forms are listed longest first");
    }

    /// The scanner and every look-up read the body's simplified copy: a traditional form (萬, 個) could
    /// never be matched.
    #[test]
    fn forms_are_simplified() {
        for u in UNITS {
            assert_eq!(crate::text::script::to_simplified(u.form), u.form, "{} is not simplified", u.form);
        }
        assert_eq!(lookup("兆瓦").unwrap().factor, 1000.0);
        assert_eq!(lookup("新台币").unwrap().unit, Some("TWD"));
    }
}
