//! Resolving: filling in the year an expression does not print, and writing the contract's value
//! (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `YYYY-Qn`, `YYYY-Hn`, `A/B` for a range).
//!
//! The year of an expression, in order:
//! 1. printed (2009年6月28日, 民国112年);
//! 2. a relative year (今年, 去年 …) counts from the reference year; 同年/次年 from the year of the
//!    previous dated expression (2019年园区成立，次年 → 2020);
//! 3. a year-less expression (5月31日, 上半年, 6月底) takes the year of the nearest earlier dated
//!    expression in the same sentence; or, in the same paragraph, of an earlier one precise to the
//!    month or day (a narrated timeline: 2024年7月15日……。9月24日……);
//! 4. else the reference year, with the look-back rule: a month or day that would land more than
//!    60 days after the reference is last year's (news reports what happened), a quarter or half
//!    year more than half a year after it (一季度 … 四季度 in a January article are last year's);
//!    年初/年底/年内 always take the reference year, and so does a date its clause announces as
//!    coming (将于9月下旬举行, 计划10月开工).
//!
//! `去年同期` is the period the sentence compares with (the nearest earlier expression in the same
//! sentence: 2011年上半年 … 去年同期 → 2010-H1), a year earlier; without one, last year.
//!
//! Without a reference date, the latest year printed in the article stands in for it (without the
//! look-back rule); an article that prints no year at all leaves year-less expressions out.

use super::recognise::{Part, Point, Recognised, When, Year};
use super::{Date, Ymd};
use crate::text::bounds::{ends_clause, ends_sentence_or_semicolon};
use crate::text::words::{data_file, vocabulary};
use std::sync::LazyLock;

/// A year-less month or day may lie at most this many days after the reference.
const LOOK_AHEAD_DAYS: i64 = 60;

/// A year-less quarter or half year may start at most this many days after the reference.
const LOOK_AHEAD_DAYS_PERIOD: i64 = 183;

/// Words announcing a plan or a forecast, from `data/dates/` (the text is read in simplified script).
static FUTURE_CUES: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("dates/future-cues.txt")).collect());

/// A point with its year filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Dated {
    year: i32,
    part: Part,
}

/// What one expression resolved to: a point, or the two ends of a range.
#[derive(Debug, Clone, Copy)]
struct Period {
    start: Dated,
    end: Option<Dated>,
}

/// The last expression with a known year, for the year-less ones after it.
#[derive(Debug, Clone, Copy)]
struct Context {
    /// Byte offset where the expression ended.
    end: usize,
    year: i32,
    /// Precise to the month or day.
    fine: bool,
}

/// Fills in the years of `found` (in reading order) from the text, the context and `reference`.
pub(super) fn resolve(text: &str, found: &[Recognised], reference: Option<Ymd>) -> Vec<Date> {
    let stand_in = reference.map(|r| r.year).or_else(|| latest_printed_year(found));
    let mut context: Option<Context> = None;
    let mut previous: Option<(usize, Period)> = None;
    // The year and month of the last expression that named a month, for the days alone after it.
    let mut month_context: Option<(i32, u32)> = None;
    let mut out = Vec::new();
    for r in found {
        let start = r.span.start;
        let (dated, relative) = match r.when {
            When::SamePeriodLastYear => {
                let compared = previous.filter(|(end, _)| same_sentence(text, *end, start)).map(|(_, d)| d);
                let dated = match compared {
                    Some(d) => Period { start: shift(d.start), end: d.end.map(shift) },
                    None => match stand_in {
                        Some(y) => Period { start: Dated { year: y - 1, part: Part::Whole }, end: None },
                        None => continue,
                    },
                };
                (dated, true)
            }
            When::Days(first, last) => {
                let Some((year, month)) =
                    month_context.or_else(|| reference.map(|r| month_of_day(text, start, first, r)))
                else {
                    continue;
                };
                if last.unwrap_or(first) > month_length(year, month) {
                    continue;
                }
                let day = |d| Dated { year, part: Part::Day(month, d) };
                (Period { start: day(first), end: last.map(day) }, true)
            }
            When::Point(p) | When::Range(p, _) => {
                let Some((year, from_context)) = year_of(text, start, p, context, reference, stand_in) else {
                    continue;
                };
                let first = Dated { year, part: p.part };
                let end = match r.when {
                    When::Range(_, e) => Some(range_end(first, e, reference, stand_in)),
                    _ => None,
                };
                if p.year != Year::Missing || from_context {
                    let fine = matches!(p.part, Part::Month(_) | Part::Day(..));
                    context = Some(Context { end: r.span.end, year, fine });
                }
                (Period { start: first, end }, p.year != Year::Printed(year))
            }
        };
        // 去年同期 names last year's period, not a month the days after it are in.
        if !matches!(r.when, When::SamePeriodLastYear) {
            for d in [Some(dated.start), dated.end].into_iter().flatten() {
                if let Part::Day(m, _) | Part::Month(m) = d.part {
                    month_context = Some((d.year, m));
                }
            }
        }
        previous = Some((r.span.end, dated));
        out.push(Date { span: r.span.clone(), value: value(dated), relative });
    }
    out
}

/// The year of a point and whether it came from the context.
fn year_of(
    text: &str,
    at: usize,
    p: Point,
    context: Option<Context>,
    reference: Option<Ymd>,
    stand_in: Option<i32>,
) -> Option<(i32, bool)> {
    match p.year {
        Year::Printed(y) => Some((y, false)),
        Year::Relative(offset) => Some((stand_in? + offset, false)),
        Year::Following(offset) => Some((context?.year + offset, true)),
        Year::Missing => {
            if let Some(c) = context
                .filter(|c| same_sentence(text, c.end, at) || (c.fine && !text[c.end..at].contains('\n')))
            {
                return Some((c.year, true));
            }
            match reference {
                Some(r) if announces_future(text, at) => Some((r.year, false)),
                Some(r) => Some((looked_back(p.part, r), false)),
                None => stand_in.map(|y| (y, false)),
            }
        }
    }
}

/// Whether the clause before byte offset `at` announces something to come (将于9月下旬举行,
/// 计划10月开工): then a year-less date is not looked back for.
fn announces_future(text: &str, at: usize) -> bool {
    let clause = text[..at].rsplit(ends_clause).next().unwrap_or_default();
    FUTURE_CUES.iter().any(|cue| clause.contains(cue))
}

/// The year and month of a day alone with no month before it: the reference date's, or the month
/// before when the day is after the reference day and the clause does not announce it (a report of
/// 6月2日 saying 28日签约 means 5月28日; 将于28日签约 means 6月28日).
fn month_of_day(text: &str, at: usize, day: u32, reference: Ymd) -> (i32, u32) {
    if day <= reference.day || announces_future(text, at) {
        (reference.year, reference.month)
    } else if reference.month == 1 {
        (reference.year - 1, 12)
    } else {
        (reference.year, reference.month - 1)
    }
}

/// The number of days in a month (28 to 31).
fn month_length(year: i32, month: u32) -> u32 {
    let (next_year, next_month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    (day_number(next_year, next_month, 1) - day_number(year, month, 1)) as u32
}

/// The reference year, or the year before when the part would lie too far after the reference.
fn looked_back(part: Part, reference: Ymd) -> i32 {
    let year = reference.year;
    let (month, day, limit) = match part {
        Part::Day(m, d) => (m, d, LOOK_AHEAD_DAYS),
        Part::Month(m) => (m, 1, LOOK_AHEAD_DAYS),
        Part::Quarter(q) => (3 * q - 2, 1, LOOK_AHEAD_DAYS_PERIOD),
        Part::Half(h) => (6 * h - 5, 1, LOOK_AHEAD_DAYS_PERIOD),
        Part::Whole | Part::YearStart | Part::YearEnd => return year,
    };
    let ahead = day_number(year, month, day) - day_number(year, reference.month, reference.day);
    if ahead > limit {
        year - 1
    } else {
        year
    }
}

/// The end of a range: its own year when printed, else the start's (the year after when it would
/// come before the start: 11月至2月).
fn range_end(start: Dated, end: Point, reference: Option<Ymd>, stand_in: Option<i32>) -> Dated {
    let year = match end.year {
        Year::Printed(y) => y,
        Year::Relative(offset) => reference.map(|r| r.year).or(stand_in).map_or(start.year, |y| y + offset),
        Year::Following(offset) => start.year + offset,
        Year::Missing if order(end.part) < order(start.part) => start.year + 1,
        Year::Missing => start.year,
    };
    Dated { year, part: end.part }
}

/// Where a part starts within its year, for comparing the two ends of a range.
fn order(part: Part) -> (u32, u32) {
    match part {
        Part::Whole | Part::YearStart => (1, 1),
        Part::Month(m) => (m, 1),
        Part::Day(m, d) => (m, d),
        Part::Quarter(q) => (3 * q - 2, 1),
        Part::Half(h) => (6 * h - 5, 1),
        Part::YearEnd => (12, 1),
    }
}

/// The same period a year earlier.
fn shift(d: Dated) -> Dated {
    Dated { year: d.year - 1, ..d }
}

/// The latest year printed in any of the expressions.
fn latest_printed_year(found: &[Recognised]) -> Option<i32> {
    let printed = |p: &Point| match p.year {
        Year::Printed(y) => Some(y),
        _ => None,
    };
    found
        .iter()
        .filter_map(|r| match r.when {
            When::Point(p) => printed(&p),
            When::Range(a, b) => printed(&b).or(printed(&a)),
            When::SamePeriodLastYear | When::Days(..) => None,
        })
        .max()
}

/// Whether no sentence ends between byte offsets `from` and `to`.
fn same_sentence(text: &str, from: usize, to: usize) -> bool {
    !text[from..to].contains(ends_sentence_or_semicolon)
}

/// Days since 1970-01-01 of a (proleptic Gregorian) date.
fn day_number(year: i32, month: u32, day: u32) -> i64 {
    let (y, m) =
        if month <= 2 { (year as i64 - 1, month as i64 + 9) } else { (year as i64, month as i64 - 3) };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The contract's value of a point.
fn point_value(d: Dated) -> String {
    let y = d.year;
    match d.part {
        Part::Whole => format!("{y:04}"),
        Part::Month(m) => format!("{y:04}-{m:02}"),
        Part::Day(m, day) => format!("{y:04}-{m:02}-{day:02}"),
        Part::Quarter(q) => format!("{y:04}-Q{q}"),
        Part::Half(h) => format!("{y:04}-H{h}"),
        Part::YearStart => format!("{y:04}-01"),
        Part::YearEnd => format!("{y:04}-12"),
    }
}

/// The contract's value of a point or a range.
fn value(d: Period) -> String {
    match d.end {
        Some(end) => format!("{}/{}", point_value(d.start), point_value(end)),
        None => point_value(d.start),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_lengths() {
        assert_eq!([2, 4, 12].map(|m| month_length(2023, m)), [28, 30, 31]);
        assert_eq!(month_length(2024, 2), 29);
    }

    #[test]
    fn day_numbers() {
        assert_eq!(day_number(1970, 1, 1), 0);
        assert_eq!(day_number(2000, 3, 1) - day_number(2000, 2, 28), 2);
        assert_eq!(day_number(2025, 6, 30) - day_number(2025, 5, 8), 53);
    }

    #[test]
    fn look_back() {
        let r = Ymd { year: 2023, month: 1, day: 10 };
        assert_eq!(looked_back(Part::Day(9, 29), r), 2022);
        assert_eq!(looked_back(Part::Day(3, 1), r), 2023);
        assert_eq!(looked_back(Part::Quarter(4), r), 2022);
        assert_eq!(looked_back(Part::Half(2), r), 2023);
        assert_eq!(looked_back(Part::YearEnd, r), 2023);
    }
}
