//! Dates: absolute, partial, relative and ranges, resolved against the publication or reference date.
//!
//! Two steps: [`recognise`] finds the expressions and what they print (a year or not, a month, a
//! quarter, a range …); [`resolve`] fills in the missing years from the context and the reference
//! date and writes the contract's value. The forms and rules are described in `docs/dates.md`.

mod cursor;
mod recognise;
mod resolve;

use crate::model::DateMention;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Ymd {
    /// Reads `YYYY-MM-DD` (anything after the day, such as `T08:40`, is ignored).
    pub fn parse(s: &str) -> Option<Ymd> {
        let mut it = s.get(..10)?.splitn(3, '-');
        let year = it.next()?.parse().ok()?;
        let month = it.next()?.parse().ok()?;
        let day = it.next()?.parse().ok()?;
        ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(Ymd { year, month, day })
    }
}

/// The date relative expressions are resolved against: the page's own date, else the option.
pub fn reference_date(published: Option<&str>, option: Option<&str>) -> Option<Ymd> {
    published.and_then(Ymd::parse).or_else(|| option.and_then(Ymd::parse))
}

/// Finds the dates in `body` (byte offsets), reading `simplified` (the same text in simplified script,
/// character for character) and resolving year-less and relative dates against `reference`.
pub fn extract(body: &str, simplified: &str, reference: Option<Ymd>) -> Vec<DateMention> {
    let found = recognise::recognise(simplified, is_traditional(body, simplified));
    resolve::resolve(simplified, &found, reference)
        .into_iter()
        .map(|r| DateMention {
            text: body[r.span.clone()].to_owned(),
            start: r.span.start,
            end: r.span.end,
            value: r.value,
            relative: r.relative,
        })
        .collect()
}

/// Whether the article is printed in traditional script: at least 2% of its Han characters (and at
/// least 3) differ from their simplified form. Then `112年` reads as a ROC year.
fn is_traditional(body: &str, simplified: &str) -> bool {
    let (mut han, mut changed) = (0, 0);
    for (a, b) in body.chars().zip(simplified.chars()) {
        if ('\u{4e00}'..='\u{9fff}').contains(&a) {
            han += 1;
            changed += usize::from(a != b);
        }
    }
    changed >= 3 && changed * 50 >= han
}
