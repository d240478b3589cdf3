//! Dates: absolute, partial, relative and ranges, resolved against the publication or reference date.
//!
//! Two steps: `recognise.rs` finds the expressions and what they print (a year or not, a month, a
//! quarter, a range …); `resolve.rs` fills in the missing years from the context and the reference
//! date and writes the contract's value. The forms and rules, with examples, are in docs/dates.md; the
//! grammar's word lists (relative years, count and duration words, future cues) in `data/dates/`.

mod cursor;
mod recognise;
mod resolve;

use crate::text::spans::Spans;
use crate::text::Span;

/// A date expression found in the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Date {
    /// Where it is printed: a byte span of the body.
    pub span: Span,
    /// YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Qn, YYYY-Hn, or `A/B` for a range (as the contract's value).
    pub value: String,
    /// True when the year was inferred rather than printed.
    pub relative: bool,
}

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    /// The year (CE).
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u32,
    /// The day of the month, 1 to 31.
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

/// Finds the dates in a body (byte offsets), reading `simplified` (the body in simplified script,
/// character for character) and resolving year-less and relative dates against `reference`.
/// `traditional`: the body prints traditional characters
/// ([`crate::text::script::Tally::prints_traditional`]), which makes a bare `112年` a ROC year.
/// `day_first`: the page is of an outlet printing dates day first ([`crate::clean::Cleaned::day_first`]),
/// which reads an ambiguous `1/2/2020` as 1 February; otherwise such a date is left out.
/// `repeated`: the sentences that repeat an earlier one ([`crate::text::repeats::sentences`]), whose
/// dates are listed once (they still give the year of what follows them).
pub fn extract(
    simplified: &str,
    traditional: bool,
    reference: Option<Ymd>,
    day_first: bool,
    repeated: &Spans,
) -> Vec<Date> {
    let found = recognise::recognise(simplified, traditional, day_first);
    let mut dates = resolve::resolve(simplified, &found, reference);
    dates.retain(|d| !repeated.contains(&d.span));
    dates
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(text, value)` of the dates found in `body`, read through `simplified`.
    fn dates(body: &str, simplified: &str, reference: Option<&str>) -> Vec<(String, String)> {
        let reference = reference.and_then(Ymd::parse);
        let traditional = crate::text::script::Tally::of(body).prints_traditional();
        extract(simplified, traditional, reference, false, &Spans::default())
            .into_iter()
            .map(|d| (body[d.span].to_owned(), d.value))
            .collect()
    }

    fn pair(text: &str, value: &str) -> (String, String) {
        (text.to_owned(), value.to_owned())
    }

    #[test]
    fn roc_years_in_traditional_text() {
        let body = "112年5月,臺灣廠商來園區設廠,雙方簽訂協議。";
        let simplified = "112年5月,台湾厂商来园区设厂,双方签订协议。";
        assert_eq!(dates(body, simplified, None), [pair("112年5月", "2023-05")]);
        let body = "該廠已有112年歷史,112年來不斷發展。";
        let simplified = "该厂已有112年历史,112年来不断发展。";
        assert_eq!(dates(body, simplified, None), []);
    }

    #[test]
    fn roc_like_years_in_simplified_text_are_not_years() {
        // Nor is its month one of the reference year: the year printed before it was not read.
        let body = "112年5月,园区签订协议。";
        assert_eq!(dates(body, body, Some("2025-05-08")), []);
    }

    #[test]
    fn full_width_digits() {
        let body = "２０２３年６月２日,园区开工。";
        assert_eq!(dates(body, body, None), [pair("２０２３年６月２日", "2023-06-02")]);
    }

    #[test]
    fn a_repeated_sentence_gives_its_dates_once() {
        let s = "（新加坡31日讯）经济局昨天公布的2017年度数据显示，电子业占比最高。别的话。经济局昨天公布的2017年度数据显示，电子业占比最高。";
        let repeated = crate::text::repeats::sentences(s);
        assert_eq!(extract(s, false, Ymd::parse("2018-01-31"), false, &repeated).len(), 3);
    }

    #[test]
    fn text_is_sliced_from_the_printed_body() {
        let body = "去年同期,今年1—4月";
        let offsets: Vec<_> = extract(body, false, Ymd::parse("2023-06-02"), false, &Spans::default())
            .into_iter()
            .map(|d| d.span)
            .collect();
        assert_eq!(offsets, [0..12, 13..body.len()]);
    }
}
