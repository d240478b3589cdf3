//! Dates: absolute, partial, relative and ranges, resolved against the publication or reference date.

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

/// Finds the dates in `body` (byte offsets).
pub fn extract(_body: &str, _simplified: &str, _reference: Option<Ymd>) -> Vec<DateMention> {
    Vec::new()
}
