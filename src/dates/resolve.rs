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

use super::recognise::{Detail, Part, Point, Recognised, Unit, When, Within, Year, AFTER_A_CHINESE_DAY};
use super::{Date, Ymd};
use crate::text::bounds::{self, ends_clause, ends_sentence_or_semicolon};
use crate::text::chars::holds;
use crate::text::segment;
use crate::text::words::{data_file, vocabulary};
use std::ops::Range;
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
    /// A part of its year (a quarter, a half, a month …), not the whole year: its year carries past a
    /// semicolon (去年第四季度……；相较第三季度), where a year's (a summary's) does not.
    part: bool,
}

/// Fills in the years of `found` (in reading order) from the text, the context and `reference`.
pub(super) fn resolve(text: &str, found: &[Recognised], reference: Option<Ymd>) -> Vec<Date> {
    let stand_in = reference.map(|r| r.year).or_else(|| latest_printed_year(found));
    let mut context: Option<Context> = None;
    let mut previous: Option<(usize, Period)> = None;
    // The last expression that is no comparison's base itself: what 去年同期 and 2019年同期 move.
    let mut compared_last: Option<(usize, Period)> = None;
    // The same expression as printed (截至3月底: March, where 去年同期 reads the first quarter): the
    // month a 较上月 after it counts back from.
    let mut printed_last: Option<(usize, Period)> = None;
    // Every period resolved so far (where it ended), for 去年同期 without a period in its sentence.
    let mut periods: Vec<(usize, Period)> = Vec::new();
    // The day of a dateline opening the text (新加坡31日讯, 新华社北京8月16日电): 今天, 昨天 count from it.
    let mut dateline: Option<Ymd> = None;
    // The year and month of the last expression that named a month, for the days alone after it.
    let mut month_context: Option<(i32, u32)> = None;
    // The last day an expression named, for 当天 after it.
    let mut day_context: Option<Ymd> = None;
    // The last date written and what it resolved to, when the next expression ends its range.
    let mut range_start: Option<Period> = None;
    let mut out: Vec<Date> = Vec::new();
    for r in found {
        let starts_range = std::mem::take(&mut range_start);
        let start = r.span.start;
        let base = comparison_base(text, r)
            || quarter_before_reported(r, compared_last, text)
            || month_before_reported(r, printed_last, text, reference);
        let (dated, relative) = match r.when {
            When::SamePeriod(printed) => {
                let compared = compared_last
                    .filter(|(end, _)| same_sentence(text, *end, start))
                    .or_else(|| compared_period(text, &periods, start))
                    .map(|(_, d)| d);
                let dated = match (compared, printed) {
                    // A year earlier, or moved into the printed year (2019年同期).
                    (Some(d), _) => {
                        let by = printed.map_or(-1, |y| y - d.start.year);
                        let shift = |p: Dated| Dated { year: p.year + by, ..p };
                        Period { start: shift(d.start), end: d.end.map(shift) }
                    }
                    (None, Some(y)) => Period { start: Dated { year: y, part: Part::Whole }, end: None },
                    (None, None) => match stand_in {
                        Some(y) => Period { start: Dated { year: y - 1, part: Part::Whole }, end: None },
                        None => continue,
                    },
                };
                (dated, printed.is_none())
            }
            When::Days(first, last) => {
                let Some((year, month)) =
                    month_context.or_else(|| reference.map(|d| month_of_day(text, r.span.clone(), first, d)))
                else {
                    continue;
                };
                if last.unwrap_or(first) > month_length(year, month) {
                    continue;
                }
                let day = |d| Dated { year, part: Part::Day(month, d) };
                (Period { start: day(first), end: last.map(day) }, true)
            }
            When::Shifted { unit, offset, previous: from_previous, detail } => {
                let month = if from_previous { month_context } else { None };
                // 次日, 次月 count from a day or month the text named: from the reference they would
                // name the day or month after the article, which is seldom meant (会议结束后次日).
                let anchored = match unit {
                    Unit::Day => day_context.is_some(),
                    _ => month.is_some(),
                };
                if from_previous && offset != 0 && !anchored {
                    continue;
                }
                // 当天 is the day of the previous expression that named one; 当月 after a month needs no
                // reference date.
                let today = match unit {
                    Unit::Day if from_previous => day_context.or(dateline).or(reference),
                    Unit::Day | Unit::Week => dateline.or(reference),
                    _ => reference,
                };
                // A comparison's base counts from the month or quarter its sentence reports.
                // A quarter's, also from a sentence before in its paragraph (第三季增长1.6%，较上季的2.5%):
                // a report of quarterly figures counts each 较上季 from the quarter it reports.
                let reported = printed_last
                    .filter(|(end, d)| {
                        base && (in_sentence(text, *end, start)
                            || unit == Unit::Quarter
                                && matches!(d.end.unwrap_or(d.start).part, Part::Quarter(_))
                                && !text[*end..start].contains('\n'))
                    })
                    .and_then(|(_, d)| first_day_of_month(d.end.unwrap_or(d.start)));
                let Some(r) = reported.or(today).or(month.map(|(year, month)| Ymd { year, month, day: 1 }))
                else {
                    continue;
                };
                let Some(period) = shifted(r, month, unit, offset, detail) else { continue };
                (period, true)
            }
            When::Elapsed { unit, offset } => {
                let base = previous.filter(|(end, _)| same_sentence(text, *end, start)).map(|(_, d)| d.start);
                let Some(period) = elapsed(base, reference, stand_in, unit, offset) else { continue };
                (period, true)
            }
            When::Since { unit, offset } => {
                // Counted from the reference day, as a stretch is.
                let Some(r) =
                    reference.filter(|_| !previous.is_some_and(|(end, _)| same_sentence(text, end, start)))
                else {
                    continue;
                };
                let Some(from) = elapsed(None, Some(r), None, unit, -offset) else { continue };
                let today = Dated { year: r.year, part: Part::Day(r.month, r.day) };
                (Period { start: from.start, end: Some(today) }, true)
            }
            When::Stretch { unit, offset } => {
                // Counted from the reference day; another date of the sentence may be what it counts from.
                let Some(r) =
                    reference.filter(|_| !previous.is_some_and(|(end, _)| same_sentence(text, end, start)))
                else {
                    continue;
                };
                (stretch(r, unit, offset), true)
            }
            When::Point(p) | When::Range(p, _) => {
                let Some((mut year, from_context)) =
                    year_of(text, r.span.clone(), p, context, reference, stand_in)
                else {
                    continue;
                };
                // 2月29日 without a year, in a year that has none: the last year that had one.
                if p.part == Part::Day(2, 29) && p.year == Year::Missing && !from_context {
                    while month_length(year, 2) < 29 {
                        year -= 1;
                    }
                }
                let first = Dated { year, part: p.part };
                let end = match r.when {
                    When::Range(_, e) => Some(range_end(first, e, reference, stand_in)),
                    _ => None,
                };
                // A day that no calendar has (2019年2月29日, 4月31日) is no date.
                if !exists(first) || end.is_some_and(|e| !exists(e)) {
                    continue;
                }
                // A comparison's base (较去年12月) gives its year to no date after it.
                if (p.year != Year::Missing || from_context) && !after_comparison(text, start) {
                    // A range gives what follows it the year it reaches (2018年至2024年第二季度(1月至6月)).
                    let last = end.unwrap_or(first);
                    let fine = matches!(
                        last.part,
                        Part::Month(_) | Part::Day(..) | Part::Dekad(..) | Part::Within(Some(_), _)
                    );
                    let part = last.part != Part::Whole;
                    context = Some(Context { end: r.span.end, year: last.year, fine, part });
                }
                (Period { start: first, end }, p.year != Year::Printed(year))
            }
        };
        // 截至5月底 reports the year up to May: what 上年同期 after it compares with.
        let reported = year_to_date(text, start, r.span.end, dated).unwrap_or(dated);
        // 去年同期 names last year's period, not a month the days after it are in; nor does a stretch
        // from the reference day (未来五年) name a month of the narrative.
        let narrated = !matches!(r.when, When::SamePeriod(_) | When::Stretch { .. });
        if narrated {
            for d in [Some(dated.start), dated.end].into_iter().flatten() {
                if let Part::Day(m, _) | Part::Month(m) | Part::Dekad(m, _) | Part::Within(Some(m), _) =
                    d.part
                {
                    month_context = Some((d.year, m));
                }
                if let Part::Day(month, day) = d.part {
                    day_context = Some(Ymd { year: d.year, month, day });
                }
            }
        }
        if !matches!(r.when, When::SamePeriod(_)) {
            periods.push((r.span.end, reported));
        }
        if let (None, Part::Day(month, day)) = (dated.end, dated.start.part) {
            // Within the first 16 characters (48 bytes) of the text, before any line or sentence ends.
            let opens = start <= 48 && !text[..start].contains(['\n', '。']);
            if opens && text[r.span.end..].starts_with(['讯', '电']) {
                dateline = Some(Ymd { year: dated.start.year, month, day });
            }
        }
        previous = Some((r.span.end, dated));
        // Nor a date after 较 or 比 (较1—9月份和上年同期): the base a figure is compared with; nor the
        // day of the report (今日公布).
        if !matches!(r.when, When::SamePeriod(_))
            && !base
            && !after_comparison(text, start)
            && !dates_the_report(text, r, dated)
        {
            compared_last = Some((r.span.end, reported));
            printed_last = Some((r.span.end, dated));
        }
        // The end of a range that starts with the date just written (上周三到这周二): one range. An end
        // that prints no year has the start's year, or the next (四月的最后一个星期一到十月一日).
        let end = match (starts_range, r.when, dated.end) {
            (Some(start), When::Point(Point { year: Year::Missing, .. }), None) => {
                let later =
                    |year| Some(Dated { year, ..dated.start }).filter(|d| starts(*d) >= starts(start.start));
                later(start.start.year).or_else(|| later(start.start.year + 1)).filter(|d| exists(*d))
            }
            _ => Some(dated.end.unwrap_or(dated.start)),
        };
        if let Some((start, end)) = starts_range.zip(end).filter(|(s, end)| starts(s.start) <= starts(*end)) {
            let first = out.last_mut().expect("the range's start was written");
            let range = Period { start: start.start, end: Some(end) };
            *first = Date {
                span: first.span.start..r.span.end,
                value: value(range),
                relative: first.relative || relative,
            };
            continue;
        }
        if r.joined {
            range_start = Some(dated);
        }
        out.push(Date { span: r.span.clone(), value: value(dated), relative });
    }
    out
}

/// Words right before 上月 or 上季度 that make it a comparison's base (比上月, 环比上月, 较上季度, 与上月相比),
/// also of a record approached or passed (逼近去年全年的纪录, 高于去年).
const COMPARISON_BEFORE: [&str; 9] = ["比", "较", "与", "同", "逼近", "接近", "超过", "高于", "低于"];

/// Whether the expression at `start` follows a word of comparison (较去年12月, 比2019年): the base
/// the figure of its sentence is compared with, not the period the sentence reports.
fn after_comparison(text: &str, start: usize) -> bool {
    COMPARISON_BEFORE.iter().any(|w| text[..start].ends_with(w))
}

/// Whether `r` is the month or quarter before another, named as a comparison's base (增速比上月加快):
/// the one before the period its sentence reports (8月份……比上月 → July), not before the article's.
fn comparison_base(text: &str, r: &Recognised) -> bool {
    matches!(r.when, When::Shifted { unit: Unit::Month | Unit::Quarter, offset: ..=-1, previous: false, .. })
        && after_comparison(text, r.span.start)
}

/// Whether `r` is a quarter before another (上一季度, 上季) in a sentence that reports a quarter named
/// before it (第二季度同比增长98.8%，扭转了上一季度的下降趋势): the one before that quarter, as a
/// comparison's base is, not before the article's (a report of the second quarter printed in July).
/// Quarters only: a month's report is often printed the month after, where 上月 is the month reported.
fn quarter_before_reported(r: &Recognised, reported: Option<(usize, Period)>, text: &str) -> bool {
    matches!(r.when, When::Shifted { unit: Unit::Quarter, offset: ..=-1, previous: false, .. })
        && reported.is_some_and(|(end, d)| {
            matches!(d.end.unwrap_or(d.start).part, Part::Quarter(_)) && in_sentence(text, end, r.span.start)
        })
}

/// Whether `r` is the month before (上月) in a sentence that reports the very month it would name from
/// the reference (2月份……，上月按年跌3.1% printed in March): a sentence does not name one month twice so,
/// it is the month before the one reported, as a comparison's base is.
fn month_before_reported(
    r: &Recognised,
    reported: Option<(usize, Period)>,
    text: &str,
    today: Option<Ymd>,
) -> bool {
    matches!(r.when, When::Shifted { unit: Unit::Month, offset: -1, previous: false, .. })
        && reported.zip(today).is_some_and(|((end, d), t)| {
            let (year, month) = add_months(t.year, t.month, -1);
            d.end.is_none()
                && d.start == Dated { year, part: Part::Month(month) }
                && in_sentence(text, end, r.span.start)
        })
}

/// Whether `r` is a day that dates the report (今日公布, 10日发表声明: a verb of the report after it,
/// [`AFTER_A_CHINESE_DAY`]), not a period the figures of its sentence report: a 去年同期 after it
/// compares with the period named before.
fn dates_the_report(text: &str, r: &Recognised, d: Period) -> bool {
    matches!((d.start.part, d.end), (Part::Day(..), None))
        && AFTER_A_CHINESE_DAY.iter().any(|w| text[r.span.end..].starts_with(w))
}

/// Whether no sentence ends between `from` and `to` (a semicolon does not end one here).
fn in_sentence(text: &str, from: usize, to: usize) -> bool {
    !text[from..to].contains(['。', '！', '？', '!', '?', '\n'])
}

/// The first day of the month a point names, or of its quarter's first month.
fn first_day_of_month(d: Dated) -> Option<Ymd> {
    let month = match d.part {
        Part::Month(m) | Part::Day(m, _) | Part::Dekad(m, _) => m,
        Part::Quarter(q) => 3 * q - 2,
        _ => return None,
    };
    Some(Ymd { year: d.year, month, day: 1 })
}

/// Where a point starts, for comparing the two ends of a range.
fn starts(d: Dated) -> (i32, (u32, u32)) {
    match d.part {
        Part::Within(month, w) => {
            within_days(d.year, month, w).map_or((d.year, order(d.part)), |(first, _)| {
                let (y, m, day) = civil(first);
                (y, (m, day))
            })
        }
        part => (d.year, order(part)),
    }
}

/// The year of a point and whether it came from the context.
fn year_of(
    text: &str,
    span: Range<usize>,
    p: Point,
    context: Option<Context>,
    reference: Option<Ymd>,
    stand_in: Option<i32>,
) -> Option<(i32, bool)> {
    match p.year {
        Year::Printed(y) => Some((y, false)),
        Year::TwoDigit(yy) => Some((century(yy, reference.map(|r| r.year).or(stand_in)?), false)),
        Year::Relative(offset) => Some((stand_in? + offset, false)),
        // With no dated expression before it, 次年 is the year after the text's own time, the reference
        // year; 同年 then names no year.
        Year::Following(offset) => match context {
            Some(c) => Some((c.year + offset, true)),
            None if offset != 0 => Some((reference?.year + offset, false)),
            None => None,
        },
        Year::Missing => {
            if let Some(c) = context.filter(|c| {
                let between = &text[c.end..span.start];
                same_sentence(text, c.end, span.start)
                    || c.part && in_sentence(text, c.end, span.start)
                    || c.fine && !between.contains('\n')
            }) {
                return Some((c.year, true));
            }
            match reference {
                Some(r) if announces_future(text, span.clone()) => Some((r.year, false)),
                Some(r) => Some((looked_back(p.part, r), false)),
                None => stand_in.map(|y| (y, false)),
            }
        }
    }
}

/// Whether the clause before the date at `span` announces something to come (将于9月下旬举行,
/// 计划10月开工), or the words right after it (31日将发布, 9月预计完工): then a year-less date is not
/// looked back for.
fn announces_future(text: &str, span: Range<usize>) -> bool {
    let clause = text[..span.start].rsplit(ends_clause).next().unwrap_or_default();
    let after = &text[span.end..];
    FUTURE_CUES
        .iter()
        .any(|cue| holds(clause, cue) || after.starts_with(cue) && to_come(&after[cue.len()..], cue))
}

/// Whether a cue right after a date announces it: 将 before a verb (31日将发布), not 将 before its object,
/// as a past deed is told (28日将嫌犯抓获: jieba's tag of the next word).
fn to_come(after: &str, cue: &str) -> bool {
    let next = &after[..bounds::reach_end(after, 0, |_| false, 4)];
    cue != "将"
        || segment::tagged(next).first().is_some_and(|(w, tag)| tag.starts_with(['v', 'p']) || *w == "会")
}

/// The year and month of a day alone with no month before it: the reference date's, or the last
/// month before it that has the day when the day is after the reference day and the clause does not
/// announce it (a report of 6月2日 saying 28日签约 means 5月28日; 将于28日签约 means 6月28日; on 3月22日,
/// 29日 is 1月29日, February having none).
fn month_of_day(text: &str, span: Range<usize>, day: u32, reference: Ymd) -> (i32, u32) {
    if day <= reference.day || announces_future(text, span) {
        return (reference.year, reference.month);
    }
    let mut month = add_months(reference.year, reference.month, -1);
    while day > month_length(month.0, month.1) {
        month = add_months(month.0, month.1, -1);
    }
    month
}

/// The number of days in a month (28 to 31).
/// The months of the year up to a month printed after 截至 (截至5月底: January to that month; 截至6月30日:
/// the first half), as a cumulative statistic reports them; not a balance (余额), which is the month's alone.
fn year_to_date(text: &str, start: usize, end: usize, d: Period) -> Option<Period> {
    let head = text[..start].trim_end();
    if d.end.is_some() || !(head.ends_with("截至") || head.ends_with("截止")) {
        return None;
    }
    let month = match d.start.part {
        Part::Month(m) => m,
        Part::Day(m, day) if day == month_length(d.start.year, m) => m,
        _ => return None,
    };
    let sentence = text[end..].split(['。', '\n']).next().unwrap_or_default();
    let month_of = |m| Dated { year: d.start.year, part: Part::Month(m) };
    // Up to March, June or December is the first quarter, half or the year, as results name them
    // (截至二零二五年六月三十日止六個月……去年同期 → H1).
    let whole = |part| Period { start: Dated { year: d.start.year, part }, end: None };
    (month > 1 && !sentence.contains("余额")).then(|| match month {
        3 => whole(Part::Quarter(1)),
        6 => whole(Part::Half(1)),
        12 => whole(Part::Whole),
        _ => Period { start: month_of(1), end: Some(month_of(month)) },
    })
}

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
        Part::Dekad(m, k) => (m, dekad_first_day(k), LOOK_AHEAD_DAYS),
        Part::Within(Some(m), _) => (m, 1, LOOK_AHEAD_DAYS),
        Part::Quarter(q) => (3 * q - 2, 1, LOOK_AHEAD_DAYS_PERIOD),
        Part::Half(h) => (6 * h - 5, 1, LOOK_AHEAD_DAYS_PERIOD),
        Part::Whole | Part::YearStart | Part::YearEnd | Part::Within(None, _) => return year,
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
        Year::TwoDigit(yy) => century(yy, reference.map(|r| r.year).or(stand_in).unwrap_or(start.year)),
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
        Part::Whole | Part::YearStart | Part::Within(None, _) => (1, 1),
        Part::Month(m) | Part::Within(Some(m), _) => (m, 1),
        Part::Day(m, d) => (m, d),
        Part::Dekad(m, k) => (m, dekad_first_day(k)),
        Part::Quarter(q) => (3 * q - 2, 1),
        Part::Half(h) => (6 * h - 5, 1),
        Part::YearEnd => (12, 1),
    }
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
            When::SamePeriod(_)
            | When::Days(..)
            | When::Shifted { .. }
            | When::Elapsed { .. }
            | When::Since { .. }
            | When::Stretch { .. } => None,
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

/// The first day of a month's dekad `k` ([`Part::Dekad`]: 上旬 1, 中旬 2, 下旬 3, 上中旬 4, 中下旬 5).
fn dekad_first_day(k: u32) -> u32 {
    match k {
        2 | 5 => 11,
        3 => 21,
        _ => 1,
    }
}

/// The contract's value of a point; `end`: of the last day when the point is a span of days (a dekad).
fn point_value(d: Dated, end: bool) -> String {
    let y = d.year;
    match d.part {
        Part::Dekad(m, k) => {
            let day = match (end, k) {
                (false, _) => dekad_first_day(k),
                (true, 1) => 10,
                (true, 2 | 4) => 20,
                (true, _) => month_length(y, m),
            };
            format!("{y:04}-{m:02}-{day:02}")
        }
        Part::Whole => format!("{y:04}"),
        Part::Month(m) => format!("{y:04}-{m:02}"),
        Part::Day(m, day) => format!("{y:04}-{m:02}-{day:02}"),
        Part::Quarter(q) => format!("{y:04}-Q{q}"),
        Part::Half(h) => format!("{y:04}-H{h}"),
        Part::YearStart => format!("{y:04}-01"),
        Part::YearEnd => format!("{y:04}-12"),
        Part::Within(month, w) => {
            let (first, last) = within_days(y, month, w).expect("checked by `exists`");
            let (y, m, d) = civil(if end { last } else { first });
            format!("{y:04}-{m:02}-{d:02}")
        }
    }
}

/// The days (day numbers, first and last) of a stretch within a month (or the year, when `month` is
/// `None`): none when the period has no such stretch (a fifth Monday, a 54th week).
fn within_days(year: i32, month: Option<u32>, w: Within) -> Option<(i64, i64)> {
    let (first, last) = match month {
        Some(m) => (day_number(year, m, 1), day_number(year, m, month_length(year, m))),
        None => (day_number(year, 1, 1), day_number(year, 12, 31)),
    };
    // Day of the week, Monday 0 to Sunday 6 (1970-01-01 was a Thursday).
    let weekday = |n: i64| (n + 3).rem_euclid(7);
    let first_monday = first + (7 - weekday(first)) % 7;
    let last_sunday = last - (weekday(last) + 1) % 7;
    let n = |k: u32| i64::from(k);
    let (from, to) = match w {
        Within::Week(k) => (first_monday + 7 * (n(k) - 1), first_monday + 7 * n(k) - 1),
        Within::FirstDays(k) => (first, first + n(k) - 1),
        Within::LastDays(k) => (last - n(k) + 1, last),
        Within::FirstWeeks(k) => (first_monday, first_monday + 7 * n(k) - 1),
        Within::LastWeeks(k) => (last_sunday - 7 * n(k) + 1, last_sunday),
        Within::Weekday(0, day) => {
            let d = last - (weekday(last) - n(day - 1)).rem_euclid(7);
            (d, d)
        }
        Within::Weekday(k, day) => {
            let d = first + (n(day - 1) - weekday(first)).rem_euclid(7) + 7 * (n(k) - 1);
            (d, d)
        }
        Within::Half(1) => (first, first + 14),
        Within::Half(_) => (first + 15, last),
    };
    // A week may run past the period's end (the 52nd week of 2020 ends on 2021-01-03); it starts in it.
    (from >= first && from <= last && (to <= last || matches!(w, Within::Week(_)))).then_some((from, to))
}

/// The contract's value of a point or a range.
fn value(d: Period) -> String {
    let end = d.end.unwrap_or(d.start);
    let (first, last) = (point_value(d.start, false), point_value(end, true));
    match (d.end, d.start.part) {
        // One day within a month (第3个星期日).
        (None, Part::Within(..)) if first == last => first,
        (None, Part::Dekad(..) | Part::Within(..)) | (Some(_), _) => format!("{first}/{last}"),
        (None, _) => first,
    }
}

/// The year of a two-digit year (98 → 1998, 15 → 2015): in the century that puts it at most 10
/// years after `base`, the reference year.
fn century(yy: u32, base: i32) -> i32 {
    let year = 2000 + yy as i32;
    if year > base + 10 {
        year - 100
    } else {
        year
    }
}

/// Whether a point is in the calendar (no 2月30日, no 2019年2月29日).
fn exists(d: Dated) -> bool {
    match d.part {
        Part::Day(m, day) => day <= month_length(d.year, m),
        Part::Within(month, w) => within_days(d.year, month, w).is_some(),
        _ => true,
    }
}

/// The period a 去年同期 with no date in its sentence compares with: the last period (not a day) of
/// its paragraph, else the first of the text before it (今年1—5月…… 。……较去年同期增长 → 1—5月).
fn compared_period(text: &str, periods: &[(usize, Period)], at: usize) -> Option<(usize, Period)> {
    let is_period = |p: &Period| p.end.is_some() || !matches!(p.start.part, Part::Day(..) | Part::Whole);
    let candidates = periods.iter().rev().filter(|(_, p)| is_period(p));
    // Beyond the paragraph, the article's first period: its lead's (一季度，全县…… in a report whose
    // later paragraphs name 3月末 before 上年同期).
    candidates
        .clone()
        .next()
        .filter(|(end, _)| !text[*end..at].contains('\n'))
        .or_else(|| periods.iter().find(|(_, p)| is_period(p)))
        .copied()
}

/// The calendar date of a day number (days since 1970-01-01).
fn civil(n: i64) -> (i32, u32, u32) {
    let z = n + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// A day as a point.
fn day_of(n: i64) -> Dated {
    let (year, month, day) = civil(n);
    Dated { year, part: Part::Day(month, day) }
}

/// A year and month moved by `offset` months.
fn add_months(year: i32, month: u32, offset: i32) -> (i32, u32) {
    let index = year * 12 + month as i32 - 1 + offset;
    (index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
}

/// A period named relative to the reference date `r` (or, for 当月, to `month`, the month of the
/// previous expression that named one): 今天, 上周三, 下个月15号, 本季度末.
fn shifted(r: Ymd, month: Option<(i32, u32)>, unit: Unit, offset: i32, detail: Detail) -> Option<Period> {
    let today = day_number(r.year, r.month, r.day);
    let point = |start| Period { start, end: None };
    let period = match unit {
        Unit::Day => {
            let day = today + i64::from(offset);
            match detail {
                // 昨(17)日: the day numbered 17 nearest to yesterday (the reference may be a day off).
                Detail::Day(d) => {
                    let (y, m, _) = civil(day);
                    let candidates = [-1, 0, 1].map(|k| add_months(y, m, k));
                    let nearest = candidates
                        .iter()
                        .filter(|(y, m)| d <= month_length(*y, *m))
                        .map(|&(y, m)| day_number(y, m, d))
                        .min_by_key(|n| (n - day).abs())?;
                    point(day_of(nearest))
                }
                _ => point(day_of(day)),
            }
        }
        Unit::Week => {
            // Weeks run from Monday; 1970-01-01 was a Thursday.
            let monday = today - (today + 3).rem_euclid(7) + 7 * i64::from(offset);
            match detail {
                Detail::Weekday(w) => point(day_of(monday + i64::from(w) - 1)),
                Detail::Weekdays(a, b) => Period {
                    start: day_of(monday + i64::from(a) - 1),
                    end: Some(day_of(monday + i64::from(b) - 1)),
                },
                Detail::Weekend => Period { start: day_of(monday + 5), end: Some(day_of(monday + 6)) },
                // 上半周 Monday to Wednesday, 下半周 Thursday to Sunday.
                Detail::Within(Within::Half(1)) => {
                    Period { start: day_of(monday), end: Some(day_of(monday + 2)) }
                }
                Detail::Within(Within::Half(_)) => {
                    Period { start: day_of(monday + 3), end: Some(day_of(monday + 6)) }
                }
                _ => Period { start: day_of(monday), end: Some(day_of(monday + 6)) },
            }
        }
        Unit::Month => {
            let (y, m) = month.unwrap_or((r.year, r.month));
            let (year, m) = add_months(y, m, offset);
            // 上(5)月: the month numbered 5 nearest to last month (the reference may be a month off).
            let (year, m) = match detail {
                Detail::Month(n) => [year - 1, year, year + 1]
                    .map(|y| (y, n))
                    .into_iter()
                    .min_by_key(|&(y, n)| ((y - year) * 12 + n as i32 - m as i32).abs())?,
                _ => (year, m),
            };
            let part = match detail {
                Detail::Day(d) => Part::Day(m, d),
                Detail::Dekad(k) => Part::Dekad(m, k),
                Detail::Within(w) => Part::Within(Some(m), w),
                _ => Part::Month(m),
            };
            let start = Dated { year, part };
            if !exists(start) {
                return None;
            }
            point(start)
        }
        Unit::Quarter => {
            let index = r.year * 4 + (r.month as i32 - 1) / 3 + offset;
            let (year, q) = (index.div_euclid(4), index.rem_euclid(4) as u32 + 1);
            let part = match detail {
                Detail::First => Part::Month(3 * q - 2),
                Detail::Last => Part::Month(3 * q),
                _ => Part::Quarter(q),
            };
            point(Dated { year, part })
        }
        Unit::Half => {
            let index = r.year * 2 + (r.month as i32 - 1) / 6 + offset;
            point(Dated { year: index.div_euclid(2), part: Part::Half(index.rem_euclid(2) as u32 + 1) })
        }
        Unit::Year => point(Dated { year: r.year + offset, part: Part::Whole }),
    };
    Some(period)
}

/// The days of a stretch of `offset` units before the day `r` (to the day before it) or after it
/// (from the day after it): 过去十年 on 2018-07-24 is 2008-07-24 to 2018-07-23.
fn stretch(r: Ymd, unit: Unit, offset: i32) -> Period {
    let today = day_number(r.year, r.month, r.day);
    let months = |n: i32| {
        let (y, m) = add_months(r.year, r.month, n);
        day_number(y, m, r.day.min(month_length(y, m)))
    };
    let moved = match unit {
        Unit::Day => today + i64::from(offset),
        Unit::Week => today + 7 * i64::from(offset),
        Unit::Month => months(offset),
        Unit::Quarter => months(3 * offset),
        Unit::Half => months(6 * offset),
        Unit::Year => months(12 * offset),
    };
    let (first, last) = if offset < 0 { (moved, today - 1) } else { (today + 1, moved) };
    Period { start: day_of(first), end: Some(day_of(last)) }
}

/// A count of days, weeks, months or years from `base` (the previous date of the sentence) or the
/// reference: 3年前, 20天后, 3个月前, 4周后 (that week).
fn elapsed(
    base: Option<Dated>,
    reference: Option<Ymd>,
    stand_in: Option<i32>,
    unit: Unit,
    offset: i32,
) -> Option<Period> {
    let point = |start| Some(Period { start, end: None });
    match unit {
        Unit::Year => {
            let year = base.map(|b| b.year).or(reference.map(|r| r.year)).or(stand_in)?;
            point(Dated { year: year + offset, part: Part::Whole })
        }
        Unit::Month => {
            let (year, month) = match base.map(|b| (b.year, b.part)) {
                Some((y, Part::Month(m) | Part::Day(m, _))) => (y, m),
                _ => reference.map(|r| (r.year, r.month))?,
            };
            let (year, m) = add_months(year, month, offset);
            point(Dated { year, part: Part::Month(m) })
        }
        _ => {
            let day = match base.map(|b| (b.year, b.part)) {
                Some((y, Part::Day(m, d))) => day_number(y, m, d),
                _ => reference.map(|r| day_number(r.year, r.month, r.day))?,
            };
            if unit == Unit::Week {
                // The week (Monday to Sunday) the day so many weeks away falls in.
                let day = day + 7 * i64::from(offset);
                let monday = day - (day + 3).rem_euclid(7);
                return Some(Period { start: day_of(monday), end: Some(day_of(monday + 6)) });
            }
            point(day_of(day + i64::from(offset)))
        }
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
