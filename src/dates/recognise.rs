//! Recognising date expressions: where they are and what they say, before any year is filled in.
//!
//! The grammar, tried at every character from left to right (the first expression found wins and
//! scanning resumes after it):
//!
//! - numeric dates: `2025-05-08 08:40`, `2024.5.8`, `2024/5/8` (a 4-digit year, month and day, the same
//!   separator twice, an optional time of day), `2022 11 23`, `1/2/2020` (day first, the year last);
//!   dotted ranges of months `1999.08-2002.02`;
//! - a year, then optionally a part of it: `2009年`, `二〇二三年`, `民国112年` (ROC, + 1911), `佛历2567年` (Buddhist Era, − 543), `2024财年` and `FY2024` (fiscal years, text `2024`), `112年` in a
//!   traditional-script text, a relative year `今年 去年 明年 前年`, or `同年 次年 翌年` (after the
//!   previous dated expression); parts are `上半年/下半年`,
//!   `(第)一季度`, `前三季度`, `前4个月` (only after a year), `年底/年末/年初`, and months/days as below. `去年同期` is its own form;
//! - months and days: `6月`, `6月份` (text `6月`), `5月31日`, `5月31号`, `6月底/初/上旬/中旬/下旬` (a month), `五月八日`,
//!   `五月` (a Chinese-numeral month alone only before 份, an edge, 以来, 起 or a non-Chinese character;
//!   十月, 十一月, 十二月 before any word but 怀胎, 革命, 党人);
//! - ranges: `2023—2025年`, `1—4月`, `一至四月`, `1月至4月`, `6月17日至18日`, `6月17日至7月2日`, `2023年1月至2024年3月`;
//! - year-less parts: `上半年`, `一季度`, `前三季度`, `年底`, `年初`;
//! - a day of the month alone, as news reports write the days around their dateline: `10日发布`,
//!   `21日至22日` (Arabic digits and 日 only; the month comes from the text before or the reference).
//!
//! - relative days, weeks, months and quarters (`今天`, `上周三`, `本月9日`, `上季度末`, `当月`), halves
//!   of a month or week (`上半月`, `下半周`), counts of time before or after (`3年前`, `20天后`), stretches
//!   up to the reference or from it (`过去十年`, `后1年`), decades and centuries (`80年代`, `18世纪`), two-digit years
//!   (`98年4月`, `08年`), dekads as day ranges (`6月上旬`);
//! - weeks and days within a month or a year (`3月第三周`, `6月第3个星期日`, `上月最后五天`), a weekday
//!   alone (`周三`), datelines with the day in brackets (`昨(17)日`), a relative year with its year in
//!   brackets (`去(100)年`);
//! - any two dates joined by a range joiner (`上周三到这周二`): the first is marked `joined`, and the two
//!   are written as one range when they resolve in order.
//!
//! What is not a date: counts of years (`10余年`, `3年`, `近2000年`: a year is four digits or a Chinese
//! 二〇xx form, never after 近 约 逾 超 第 每 …), vague words (`近年来`, `目前`, `全年`), `6个月`.

use super::cursor::{is_joiner, is_numeral, Cursor, Lexicon};
use crate::text::bounds;
use crate::text::calendar::day_and_month;
use crate::text::chars::among;
use crate::text::chars::holds;
use crate::text::chars::{arabic_digit, is_han, CharSet};
use crate::text::order;
use crate::text::segment;
use crate::text::words::{data_file, vocabulary};
use crate::text::Span;
use std::sync::LazyLock;

/// Which year an expression names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Year {
    /// Printed in the expression (2009年, 二〇二三年, 民国112年 = 2023).
    Printed(i32),
    /// Printed with two digits (98年4月, 零七年, 15年3月2日): the century is the one that puts it
    /// nearest the reference year, at most 10 years after it.
    TwoDigit(u32),
    /// Relative to the reference date's year: 今年 0, 去年 −1, 明年 +1, 前年 −2.
    Relative(i32),
    /// Counted from the year of the previous dated expression: 同年 0, 次年 and 翌年 +1.
    Following(i32),
    /// Not given (5月31日, 上半年): taken from the context or the reference.
    Missing,
}

/// The part of a year a point names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    /// The whole year.
    Whole,
    /// A month, 1–12.
    Month(u32),
    /// A month and a day.
    Day(u32, u32),
    /// A quarter, 1–4.
    Quarter(u32),
    /// A half year, 1–2.
    Half(u32),
    /// 年初: the start of the year (its first month).
    YearStart,
    /// 年底, 年末: the end of the year (its last month).
    YearEnd,
    /// A third of a month (旬): 上旬 1 (days 1–10), 中旬 2 (11–20), 下旬 3 (21 to the end); or two in a
    /// row: 上中旬 4 (days 1–20), 中下旬 5 (11 to the end).
    Dekad(u32, u32),
    /// Days or weeks within a month (`Some`) or the whole year (`None`): 3月第三周, 今年第37个星期,
    /// 上月最后五天, 6月第3个星期日.
    Within(Option<u32>, Within),
}

/// Days or weeks counted within a month or a year. Weeks run from Monday: the first week is the one
/// from the period's first Monday (JioNLP's reading of 本月第2周, 20年第52周), the last weeks end on its
/// last Sunday (Recognizers' 今年的最后3周), so that every week counted lies whole in the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Within {
    /// The n-th week: 第三周, 第2个星期.
    Week(u32),
    /// The first n days: 前两天, 前10天.
    FirstDays(u32),
    /// The last n days: 最后五天.
    LastDays(u32),
    /// The first n weeks: 前2周.
    FirstWeeks(u32),
    /// The last n weeks: 最后3周.
    LastWeeks(u32),
    /// The n-th given weekday (Monday 1 to Sunday 7), the last one when n is 0: 第3个星期日 (3, 7),
    /// 第一个周二 (1, 2), 最后一个星期一 (0, 1).
    Weekday(u32, u32),
    /// A half of a month or a week, 1 or 2: 上半月 (days 1–15), 下半月 (16 to the end), 上半周 (Monday
    /// to Wednesday), 下半周 (Thursday to Sunday), as Recognizers reads them.
    Half(u32),
}

/// The unit of a relative period (今天, 上周, 下个月, 本季度) or of a count of time (3年前, 20天后).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Day,
    Week,
    Month,
    Quarter,
    /// A half year (上个半年).
    Half,
    Year,
}

/// What part of a relative period is named: 下周三 (a weekday), 上个月15号 (a day of the month),
/// 本月初, 上季度末 (its first or last month; for a month, the month itself), 6月上旬 (a dekad).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Detail {
    Whole,
    /// A day of the month (of a relative day: the day printed with it, 昨(17)日).
    Day(u32),
    /// The month printed with a relative month (上(5)月, 本（6）月).
    Month(u32),
    /// 初: the first month of a quarter (of a month: the month).
    First,
    /// 末, 底: the last month of a quarter (of a month: the month).
    Last,
    /// 上旬 1, 中旬 2, 下旬 3, 上中旬 4, 中下旬 5 (as [`Part::Dekad`]).
    Dekad(u32),
    /// A day of the week, Monday 1 to Sunday 7.
    Weekday(u32),
    /// A span of the week's days, the first and the last (本周一至周三: 1, 3).
    Weekdays(u32, u32),
    /// 周末: Saturday and Sunday.
    Weekend,
    /// Days or weeks within a month: 本月第2周, 上月最后五天, 这个月前两天.
    Within(Within),
}

/// A point in time: a year (maybe missing) and a part of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Point {
    pub(super) year: Year,
    pub(super) part: Part,
}

/// What a date expression says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum When {
    /// One point (2009年6月28日, 今年一季度).
    Point(Point),
    /// From one point to another; an end without a printed year has the start's year.
    Range(Point, Point),
    /// 去年同期: the period the sentence compares with, a year earlier (`None`), or in a printed
    /// year (2019年同期: `Some(2019)`).
    SamePeriod(Option<i32>),
    /// A day of the month without its month (10日), or two (21日至22日): the month and year are those
    /// of the previous expression with a month, else taken from the reference date.
    Days(u32, Option<u32>),
    /// A period counted from the reference date (今天, 上周, 下个月15号, 本季度末), or, when `previous`,
    /// from the month of the previous expression that names one (当月, 月底).
    Shifted { unit: Unit, offset: i32, previous: bool, detail: Detail },
    /// A count of days, months or years before or after (3年前, 20天后): from the previous date of the
    /// sentence when there is one, else from the reference date.
    Elapsed { unit: Unit, offset: i32 },
    /// From the year or month so many units before the reference day up to that day: 3年多以来 (a year,
    /// `offset` 3), 3年半以来, 3个多月以来 (a month, 42 and 3).
    Since { unit: Unit, offset: i32 },
    /// The stretch of so many units before the reference day, up to the day before it (`offset`
    /// negative: 过去十年, 前1周), or after it, from the day after it (后1年, 未来3个月).
    Stretch { unit: Unit, offset: i32 },
}

/// A recognised expression: its byte span and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Recognised {
    pub(super) span: Span,
    pub(super) when: When,
    /// The next expression, after a range joiner, is the end of a range starting with this one, in a
    /// form the range grammar does not read as one (上周三到这周二, 2014年11月到下个月9号).
    pub(super) joined: bool,
}

/// Printed years outside this range are not taken for years (a 4-digit count or code).
const YEARS: std::ops::RangeInclusive<u32> = 1900..=2100;

/// ROC years accepted without 民国 in a traditional-script text (民国100年 = 2011 … 150 = 2061).
const ROC_YEARS: std::ops::RangeInclusive<u32> = 100..=150;

/// Two-digit ROC years, read so in a traditional-script text before 年度 (`93年度` = 2004) or before
/// 年的 and a figure (`95年的8.1億元`), and in a Taiwan article (民国38年 = 1949 … 99 = 2010).
const ROC_SHORT_YEARS: std::ops::RangeInclusive<u32> = 38..=99;

/// Words that mark a traditional-script article as Taiwan's, whose two-digit years are ROC years
/// (`93年1月` = 2004-01): the era and the currency (simplified, as the text is read).
const ROC_MARKS: [&str; 2] = ["民国", "台币"];

// The word lists of the grammar, from `data/dates/` (the text is read in simplified script). Lists of
// single characters are kept as one string, for `contains(char)`.

/// Characters that make a following number a count or an ordinal, not a date: 近2000年, 第3月, 每5月.
static NOT_BEFORE_A_DATE: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("dates/not-before-a-date.txt")));

/// Characters that make a following `N日` a count of days, not a day of the month: 连续7日, 前3日, 这5日,
/// 耗时3日, 共10日, 需15日 (with [`NOT_BEFORE_A_DATE`]: 近7日, 每日). The figures stage keeps
/// its own list of counting words (data/figures/count-before-days.txt).
pub(crate) static NOT_BEFORE_A_DAY: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("dates/not-before-a-day.txt")));

/// Characters that make a following year-less date part of a count or another word: 半年内, 全年内.
static NOT_BEFORE_A_PART: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("dates/not-before-a-part.txt")));

/// Characters that make a following 年底, 年初, 年内 part of another word: 每年底, 当年底, 同年内.
static NOT_BEFORE_A_BARE_YEAR: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("dates/not-before-a-bare-year.txt")));

/// Words after a day of the month in Chinese numerals printed alone that make it a day (十九日上午,
/// 廿六日宣布).
pub(super) static AFTER_A_CHINESE_DAY: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("dates/after-a-chinese-day.txt")).collect());

/// Words after `N日` that make it a count of days: 30日内, 7日以内, 3日之内, 5日游.
static DURATION_AFTER_DAY: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("dates/duration-after-day.txt")).collect());

/// Years named relative to the reference year (今年 0, 去年 −1, 明年 +1, 前年 −2) or to the previous
/// dated expression (同年 0, 次年 and 翌年 +1).
static RELATIVE_YEARS: LazyLock<Lexicon<Year>> = LazyLock::new(|| {
    Lexicon::new(vocabulary(data_file!("dates/relative-years.txt")).map(|line| {
        let fields: Vec<&str> = line.split('\t').collect();
        let [word, from, offset] = fields[..] else { panic!("relative_years.txt: {line}") };
        let offset: i32 = offset.parse().expect("relative_years.txt: a number of years");
        let year = match from {
            "reference" => Year::Relative(offset),
            "previous" => Year::Following(offset),
            _ => panic!("relative_years.txt: counted from reference or previous, not {from}"),
        };
        (word, year)
    }))
});

/// Characters after a relative year that make its 年 part of another word: 如今年轻人, 三年前年均.
static AFTER_A_RELATIVE_YEAR: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("dates/after-a-relative-year.txt")));

/// Words after a ROC-like `112年` that make it a duration: 112年来, 112年间, 112年的历史.
static DURATION_AFTER_YEAR: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("dates/duration-after-year.txt")).collect());

/// Words that end an event's name (博览会, 论坛, 大会), shared with the entities stage: a four-digit
/// number before such a name is the event's year (2025苏州全球招商大会).
static EVENT_ENDS: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("entities/event-suffixes.txt")).collect());

/// Characters after a four-digit number that make it a count before an event's name (2023家企业参加推介会).
static AFTER_AN_EDITION_YEAR: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("dates/after-an-edition-year.txt")));

/// Words after a lone two-digit year opening a clause that make it a year: 24年全市完成…, 24年至今.
static AFTER_A_CLAUSE_OPENING_YEAR: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("dates/after-a-clause-opening-year.txt")).collect());

/// Time markers before a lone two-digit year that make it a year: 于24年建成, 从24年起, 截至24年.
static BEFORE_A_LONE_TWO_DIGIT_YEAR: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("dates/before-a-lone-two-digit-year.txt")).collect());

/// Characters before a time marker that make it a comparison or another word: 相当于, 由于, 现在.
static NOT_BEFORE_A_YEAR_MARKER: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("dates/not-before-a-year-marker.txt")));

/// Words after a lone two-digit year that make it a count, besides [`DURATION_AFTER_YEAR`]: 在24年中,
/// 从10年到24年不等.
static AFTER_A_LONE_TWO_DIGIT_YEAR: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("dates/after-a-lone-two-digit-year.txt")).collect());

/// Days, weeks, months, quarters and half years named relative to the reference date (今天, 上周,
/// 下个月, 本季度, 上个半年)
/// or to the previous month named (当月), longest first.
static RELATIVE_PERIODS: LazyLock<Lexicon<(Unit, bool, i32)>> = LazyLock::new(|| {
    let mut words: Vec<_> = vocabulary(data_file!("dates/relative-periods.txt"))
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            let [word, unit, from, offset] = fields[..] else { panic!("relative-periods.txt: {line}") };
            let unit = match unit {
                "day" => Unit::Day,
                "week" => Unit::Week,
                "month" => Unit::Month,
                "quarter" => Unit::Quarter,
                "half" => Unit::Half,
                _ => panic!("relative-periods.txt: a unit of day, week, month, quarter or half, not {unit}"),
            };
            let offset: i32 = offset.parse().expect("relative-periods.txt: a number of units");
            (word, (unit, from == "previous", offset))
        })
        .collect();
    order::sort_by_key(&mut words, |w| u64::MAX - w.0.len() as u64);
    Lexicon::new(words)
});

/// Words after a relative period that make it part of a name or another word: 今日头条, 明日之星, 前天津.
static AFTER_A_RELATIVE_PERIOD: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("dates/after-a-relative-period.txt")).collect());

/// Characters before a relative period that make it part of another word: 美好的明天, 先天后天.
static NOT_BEFORE_A_RELATIVE_PERIOD: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("dates/not-before-a-relative-period.txt")));

/// The Chinese characters after which `N天后`, `N年后` counts from the text's own time (在3年后).
static BEFORE_A_TIME_LATER: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("dates/before-a-time-later.txt")));

/// The Chinese characters after which a bare 月底, 月初, 月末 is this month's (至月底).
static BEFORE_A_BARE_MONTH_EDGE: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("dates/before-a-bare-month-edge.txt")));

/// Words after a decade or a century that name a vague part of it (80年代初, 20世纪末期).
static AFTER_A_DECADE: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("dates/after-a-decade.txt")).collect());

/// Characters before a Chinese numeral that make it a day of the week (星期一到十月一日).
static NOT_BEFORE_A_CHINESE_MONTH: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("dates/not-before-a-chinese-month.txt")));

/// Characters before a weekday printed alone that make it something else: 每周三, 逢周五, 上周三 (a
/// relative week, read as one).
static NOT_BEFORE_A_WEEKDAY: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("dates/not-before-a-weekday.txt")));

/// Characters after a weekday printed alone that make it part of a count: 周三次, 周日均.
static NOT_AFTER_A_WEEKDAY: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("dates/not-after-a-weekday.txt")));

/// Words after a Chinese-numeral month printed alone that make it a month: 五月份, 五月底, 五月以来.
static AFTER_A_MONTH: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("dates/after-a-month.txt")).collect());

/// Characters before eight digits that make them a code, not a date: 编号, 电话, 代码, `:`, `#`.
static NOT_BEFORE_A_COMPACT_DATE: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("dates/not-before-a-compact-date.txt")));

/// Words after a day printed without 日 or 号 after its month that make it a day: 10月22出生.
static AFTER_A_BARE_DAY: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("dates/after-a-bare-day.txt")).collect());

/// Characters after `N号` that make it a number, not a day: 5月1号线, 2号楼, 3号院.
static AFTER_A_NUMBER_SIGN: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("dates/after-a-number-sign.txt")));

/// Finds the date expressions in `text` (simplified script; `traditional` says whether the article is
/// printed in traditional script, which makes `112年` a ROC year; `day_first` whether its outlet prints
/// dates day first, which reads an ambiguous `1/2/2020` as 1 February).
pub(super) fn recognise(text: &str, traditional: bool, day_first: bool) -> Vec<Recognised> {
    let script = Script { traditional, taiwan: (traditional && !day_first).then_some(text) };
    let mut found: Vec<Recognised> = Vec::new();
    // Where the last expression ended: the next may not begin before.
    let mut free = 0;
    // Where an expression would be the end of a range starting with the last one: after its joiner.
    let mut range_end_at = None;
    for (pos, c) in text.char_indices() {
        if pos < free || !may_begin(c) {
            continue;
        }
        if let Some((end, when)) = expression(Cursor::new(text, pos), script, day_first) {
            if range_end_at == Some(pos) {
                if let Some(last) = found.last_mut() {
                    last.joined = true;
                }
            }
            found.push(Recognised { span: pos..end, when, joined: false });
            free = end;
            // 11月上旬、中旬和下旬: dekads listed after the first without their month are of its month.
            if let When::Point(Point { year, part: Part::Dekad(month, _) }) = when {
                let mut c = Cursor::new(text, end);
                while c.eat_any(&LIST_MARKS).is_some() {
                    let start = c.pos;
                    let Some(k) = c.eat_any(&DEKAD_EDGES[3..]) else { break };
                    let part = Part::Dekad(month, k as u32 + 1);
                    found.push(Recognised {
                        span: start..c.pos,
                        when: When::Point(Point { year, part }),
                        joined: false,
                    });
                    free = c.pos;
                }
            }
            let mut c = Cursor::new(text, end);
            c.eat("份");
            range_end_at = (!matches!(when, When::Range(..)) && c.eat_joiner()).then_some(c.pos);
        }
    }
    found
}

/// Whether an expression can begin with `c`: a numeral, or the first character of a word of the
/// grammar (民国, 前三季度, 上半年 下半年 上年同期, 第一季度, 年底 年内, a relative year: 今年 去年 …).
/// Most characters of a text cannot, and the grammar is not tried there. Asked of every character:
/// one set.
fn may_begin(c: char) -> bool {
    BEGINNINGS.contains(c)
}

/// The characters an expression can begin with, for [`may_begin`]: the numerals ([`is_numeral`]),
/// the first characters of the grammar's words, of the relative years and of the relative periods.
static BEGINNINGS: LazyLock<CharSet> = LazyLock::new(|| {
    let numerals = ('0'..='9').chain('０'..='９').chain("〇○零一二三四五六七八九十百千万亿两几数".chars());
    let words = "民佛前首上下第年月Q两周星礼半过未".chars();
    CharSet::new(
        numerals
            .chain(words)
            .chain(RELATIVE_YEARS.first_characters())
            .chain(RELATIVE_PERIODS.first_characters()),
    )
});

/// How the article prints its years: in traditional script (`112年` is a ROC year), and as a Taiwan
/// article ([`Script::roc`]: its two-digit years are ROC years too).
#[derive(Clone, Copy)]
struct Script<'a> {
    traditional: bool,
    /// The text of a traditional-script article of no day-first outlet, which may be Taiwan's.
    taiwan: Option<&'a str>,
}

impl Script<'_> {
    /// What the end of a range is read as: a year the start did not print is a plain one.
    const PLAIN: Script<'static> = Script { traditional: false, taiwan: None };

    /// Whether the article is Taiwan's: it names the era or its currency ([`ROC_MARKS`]). Asked only
    /// of a two-digit year found, which few articles print: the text is searched then.
    fn roc(&self) -> bool {
        self.taiwan.is_some_and(|text| ROC_MARKS.iter().any(|m| holds(text, m)))
    }
}

/// The expression starting at `at`, with its end.
fn expression(at: Cursor, script: Script<'_>, day_first: bool) -> Option<(usize, When)> {
    let traditional = script.traditional;
    let before = at.before();
    // FY2024: a fiscal year named by its number.
    if before == Some('Y') && at.before_text().ends_with("FY") {
        return fiscal_year(at);
    }
    if before.is_some_and(|c| arabic_digit(c).is_some() || c.is_ascii_alphabetic()) {
        return None;
    }
    // A period of a fiscal year (2025财年第一季度, 上个财年下半年) is not the calendar's.
    if matches!(before, Some('年' | '度')) && FISCAL_YEARS.iter().any(|w| at.before_text().ends_with(w)) {
        return None;
    }
    numeric_date(at, day_first)
        .or_else(|| roc_numeric_date(at, traditional))
        .or_else(|| dotted_months(at))
        .or_else(|| compact_date(at))
        .or_else(|| decades(at))
        .or_else(|| year_expression(at, script))
        .or_else(|| year_pair(at))
        .or_else(|| short_fiscal_years(at))
        // Before the relative day words: 今日 before （7日） is the 7th, whatever the reference.
        .or_else(|| bracketed_day(at))
        .or_else(|| relative_period(at))
        .or_else(|| bare_yesterday(at))
        .or_else(|| bracketed_month(at))
        .or_else(|| elapsed(at))
        .or_else(|| since(at))
        .or_else(|| yearless_expression(at))
        .or_else(|| stretch(at))
        .or_else(|| bare_weekday(at))
        .or_else(|| fiscal_quarter(at))
        .or_else(|| bare_year_before_range(at, script))
        .or_else(|| bare_year(at))
}

/// The words of a fiscal year after its number (2024财年, 2024财政年度, and Singapore's 2024财政年): the
/// year is that number.
const FISCAL_YEARS: [&str; 3] = ["财年", "财政年度", "财政年"];

/// A quarter of a fiscal year dated by its closing day, as the papers of Malaysia and Singapore report
/// results: `2024财政年第2季（截至6月30日）`, `截至今年9月杪2023财年第三季`. It is the calendar quarter
/// that ends in that month, in the year that puts the fiscal year's end no later than December of the
/// year it is named after (a year ending in June has its third quarter in January–March:
/// `2021财政年第3季（截至3月31日）` → 2021-Q1). Without a closing day it is no calendar quarter
/// ([`expression`]: only the year is read).
fn fiscal_quarter(at: Cursor) -> Option<(usize, When)> {
    if at.before().is_some_and(|c| NOT_BEFORE_A_DATE.contains(c) || is_numeral(c)) {
        return None;
    }
    let mut c = at;
    let year = c.digits(4, 4).filter(|y| YEARS.contains(y))?;
    c.eat_any(&FISCAL_YEARS)?;
    if !c.eat("第") {
        return None;
    }
    let n = c.eat_any(&["一", "二", "三", "四", "1", "2", "3", "4"])? as u32 % 4 + 1;
    if !(c.eat("季度") || c.eat("季")) {
        return None;
    }
    let month = closing_month(c).or_else(|| closing_month_before(at))?;
    let year = if month + 3 * (4 - n) <= 12 { year } else { year - 1 };
    Some((c.pos, When::Point(Point { year: Year::Printed(year as i32), part: Part::Quarter(month / 3) })))
}

/// The month of a quarter's closing day in brackets after it: `（截至6月30日）`, `(截至3月31日止)`.
fn closing_month(mut c: Cursor) -> Option<u32> {
    c.eat_any(&["(", "（"])?;
    c.eat("截至");
    let month = c.small_number(true).filter(|m| m % 3 == 0 && (3..=12).contains(m))?;
    (c.eat("月") && c.small_number(true).is_some() && c.eat_any(&["日", "号"]).is_some()).then_some(month)
}

/// The month of a quarter's closing day printed before its fiscal year: `截至今年9月杪`, `截至6月底`.
fn closing_month_before(at: Cursor) -> Option<u32> {
    let head = at.before_text().trim_end();
    let from = head.rfind("截至").filter(|i| head.len() - i <= 24)? + "截至".len();
    let mut c = Cursor::new(head, from);
    c.eat("今年");
    let month = c.small_number(true).filter(|m| m % 3 == 0 && (3..=12).contains(m))?;
    if !c.eat("月") {
        return None;
    }
    let edge = c.eat_any(&["杪", "底", "末"]).is_some()
        || c.small_number(true).is_some() && c.eat_any(&["日", "号"]).is_some();
    // 截至9月30日的2023财年第三季: a 的 or 止 may join the closing day to its fiscal year.
    c.eat("止");
    c.eat("的");
    (edge && c.rest().is_empty()).then_some(month)
}

/// A fiscal year named by its number after `FY` (`FY2024`): that year, like `2024财年` ([`bare_year`]).
fn fiscal_year(at: Cursor) -> Option<(usize, When)> {
    let mut c = at;
    let year = c.digits(4, 4).filter(|y| YEARS.contains(y))?;
    (!c.peek().is_some_and(|n| arabic_digit(n).is_some()))
        .then_some((c.pos, When::Point(Point { year: Year::Printed(year as i32), part: Part::Whole })))
}

/// Marks that join the parts of an event's name (中国-东盟博览会, 中国—东北亚博览会, 中国·南亚博览会).
const NAME_JOINERS: [char; 5] = ['-', '－', '—', '–', '·'];

/// A four-digit year printed without 年 (1900–2100) where it can be nothing else: a line of its own (a
/// heading of a timeline), or the edition of an event named right after it, its name of Han characters
/// (and [`NAME_JOINERS`]: `2024中国-东盟博览会`) reaching an event's word (`2025苏州全球招商大会`,
/// `2023湘台经贸交流合作会`: [`EVENT_ENDS`]) within 30
/// characters; not before a classifier or a unit ([`AFTER_AN_EDITION_YEAR`]: `2023家企业参加推介会`); or a
/// fiscal year by its number (`2024财年`, `2024财政年度`: text `2024`, like the numbers of `2024/25财年`).
fn bare_year(at: Cursor) -> Option<(usize, When)> {
    if at.before().is_some_and(|c| NOT_BEFORE_A_DATE.contains(c) || is_numeral(c)) {
        return None;
    }
    let mut c = at;
    // 22财年 (Malaysia's papers shorten a fiscal year to two digits): that year, in the century of a
    // two-digit year; not the end of a range (2024/25财年).
    if let Some(yy) = c.digits(2, 2).filter(|_| FISCAL_YEARS.iter().any(|w| c.rest().starts_with(w))) {
        return (!at.before().is_some_and(|b| b == '/' || is_joiner(b)))
            .then_some((c.pos, When::Point(Point { year: Year::TwoDigit(yy), part: Part::Whole })));
    }
    let mut c = at;
    let year = c.digits(4, 4).filter(|y| YEARS.contains(y))?;
    let line_start = at.before_text().rsplit('\n').next().unwrap_or_default().trim().is_empty();
    let line_end = c.rest().split('\n').next().unwrap_or_default().trim().is_empty();
    let name: String =
        c.rest().chars().take_while(|h| is_han(*h) || NAME_JOINERS.contains(h)).take(30).collect();
    let edition = name.chars().next().is_some_and(|h| is_han(h) && !AFTER_AN_EDITION_YEAR.contains(h))
        && EVENT_ENDS.iter().any(|w| holds(&name, w));
    // A fiscal year by its number (2024财年, 2024财政年度 → 2024): the year it is named after, whatever
    // months it spans.
    let fiscal = FISCAL_YEARS.iter().any(|w| c.rest().starts_with(w));
    // A year in brackets after a relative year's word (本年度(1968), 今年（2024）; not 少年（2005）): the
    // year it names, as a day in brackets after its day word is a date (今日（7日））.
    let head = at.before_text().trim_end_matches(['(', '（']);
    let word = head.trim_end_matches('度');
    let relative = |(i, _)| {
        let mut w = Cursor::new(word, i);
        RELATIVE_YEARS.eat(&mut w).is_some() && w.pos == word.len()
    };
    let named = head.len() < at.before_text().len()
        && word.char_indices().rev().take(3).any(relative)
        && c.peek().is_some_and(|n| matches!(n, ')' | '）'));
    (line_start && line_end || edition || fiscal || named)
        .then_some((c.pos, When::Point(Point { year: Year::Printed(year as i32), part: Part::Whole })))
}

/// A year printed without 年 before a range joiner and a date that prints its own year (`1985到89年9月`):
/// the start of a range, joined to the date after it ([`Recognised::joined`]); or a range of years
/// whose second prints only its last two digits ([`short_year_range`]).
fn bare_year_before_range(at: Cursor, script: Script<'_>) -> Option<(usize, When)> {
    if at.before().is_some_and(|c| NOT_BEFORE_A_DATE.contains(c) || is_numeral(c)) {
        return None;
    }
    // 113至115年, 113-116年: a range of ROC years, as Taiwan's plans print their terms, the first
    // printed without its 年 (traditional script only, as a bare 112年).
    let mut r = at;
    if let Some(y) = r.digits(3, 3).filter(|y| script.traditional && ROC_YEARS.contains(y)) {
        let end = r.pos;
        let first = y as i32 + 1911;
        let later = |r: &mut Cursor| matches!(year_head(r, script), Some(Year::Printed(e)) if e > first);
        return (r.eat_joiner() && later(&mut r))
            .then_some((end, When::Point(Point { year: Year::Printed(first), part: Part::Whole })));
    }
    let mut c = at;
    let arabic = c.digits(4, 4);
    let year = arabic.or_else(|| c.chinese_year()).filter(|y| YEARS.contains(y))?;
    if let Some(range) = short_year_range(c, year, arabic.is_none()) {
        return Some(range);
    }
    // Hong Kong's years in Chinese digits (二零一八至一九年度) are read as ranges of fiscal years only.
    arabic?;
    let end = c.pos;
    if !c.eat_joiner() {
        return None;
    }
    let printed = matches!(year_head(&mut c, script)?, Year::Printed(_) | Year::TwoDigit(_));
    printed.then_some((end, When::Point(Point { year: Year::Printed(year as i32), part: Part::Whole })))
}

/// Two years with the second's century left out, as budgets and fiscal years print them: `2024-25年度`,
/// `2023/24财政年度`, `2024/25财年`, `2018至19年度` → `2024/2025` (text up to 年, or the numbers before
/// 财年), also in Chinese digits as Hong Kong prints its budgets' years (`二零一八至一九年度`,
/// `二零一七/一八年度`: `chinese`, the start read so); the second year later than the first (`start`,
/// read up to `c`) by at most 10 (`2023-25年`), else no date.
fn short_year_range(mut c: Cursor, start: u32, chinese: bool) -> Option<(usize, When)> {
    c.eat_any(&["/", "-", "－", "—", "–", "至"])?;
    // The second year in two digits, or whole (2021/2022财年).
    let second = if chinese { c.chinese_digits(2) } else { c.digits(2, 4).filter(|y| *y < 100 || *y > 999) };
    let end = second.map(|y| if y > 999 { y } else { start / 100 * 100 + y })?;
    if !(start < end && end - start <= 10) {
        return None;
    }
    let numbers = c.pos;
    // 1985-89年9月: a range to a month, read by the range grammar.
    let close = if c.eat("年") {
        if year_part(&mut c.clone(), true).is_some() {
            return None;
        }
        c.pos
    } else if FISCAL_YEARS.iter().any(|w| c.rest().starts_with(w)) {
        numbers
    } else {
        return None;
    };
    let point = |y: u32| Point { year: Year::Printed(y as i32), part: Part::Whole };
    Some((close, When::Range(point(start), point(end))))
}

/// A weekday printed alone (`星期天`, `礼拜一`, `周三`): that day of the reference's week (Monday to
/// Sunday). Not in a list or span of weekdays (`周一至周五`, `周六、周日`: office hours print them as often
/// as dates), not after a numeral or [`NOT_BEFORE_A_WEEKDAY`] (`一周五天`, `每周三`, `上周三` is read as
/// a relative week), nor before [`NOT_AFTER_A_WEEKDAY`] (`周三次`, `周日均`).
fn bare_weekday(at: Cursor) -> Option<(usize, When)> {
    let listed = |c: char| matches!(c, '、' | '和' | '与' | '及' | '或') || is_joiner(c);
    if at.before().is_some_and(|b| is_numeral(b) || NOT_BEFORE_A_WEEKDAY.contains(b) || listed(b)) {
        return None;
    }
    // 3月14日（星期四）, 2024-03-14 (周四): the weekday of the date before it, not another day.
    let head = at.before_text().trim_end_matches([' ', '\u{3000}']);
    if head
        .strip_suffix(['(', '（'])
        .is_some_and(|h| h.trim_end().ends_with(|c: char| matches!(c, '日' | '号') || c.is_ascii_digit()))
    {
        return None;
    }
    let mut c = at;
    if !week_word(&mut c) {
        return None;
    }
    let day = weekday(&mut c)?;
    let mut next = c;
    next.eat_spaces();
    if next.peek().is_some_and(|n| listed(n) || NOT_AFTER_A_WEEKDAY.contains(n)) {
        return None;
    }
    if dated_in_brackets(next.rest()) {
        return bracket_date(next).map(|when| (c.pos, when));
    }
    Some((
        c.pos,
        When::Shifted { unit: Unit::Week, offset: 0, previous: false, detail: Detail::Weekday(day) },
    ))
}

/// The date in brackets after a weekday (星期一（4月7日）, 周三(28日)), which is that weekday's date: the
/// weekday and the bracketed date are two dates, as `今日（7日）` is ([`bracketed_day`]).
fn bracket_date(mut c: Cursor) -> Option<When> {
    c.eat_any(&["(", "（"])?;
    let first = c.small_number(true)?;
    if c.eat("月") {
        let day = c.small_number(true).filter(|d| (1..=31).contains(d) && (1..=12).contains(&first))?;
        return Some(When::Point(Point { year: Year::Missing, part: Part::Day(first, day) }));
    }
    let day = Some(first).filter(|d| (1..=31).contains(d))?;
    Some(When::Shifted { unit: Unit::Day, offset: 0, previous: false, detail: Detail::Day(day) })
}

/// Whether `rest` opens with a date in brackets, as Singapore's papers name a weekday's day
/// (星期一（4月7日）, 周三(9日), 本周三（11月15日）): the weekday is that date ([`bracket_date`]).
fn dated_in_brackets(rest: &str) -> bool {
    let Some(inner) = rest.strip_prefix(['(', '（']) else { return false };
    let inner: String = inner.chars().take_while(|c| !matches!(c, ')' | '）')).take(12).collect();
    inner.starts_with(|c: char| c.is_ascii_digit() || is_numeral(c)) && inner.ends_with(['日', '号'])
}

/// `2025-05-08`, `2024.5.8`, `2024/5/8`, `2022 11 23`, `1/2/2020`, with an optional time of day
/// (` 08:40`, `T08:40:00`), or two of them joined (`2018/1/10-2018/7/10`, `10/1/2017-11/2/2017`).
fn numeric_date(at: Cursor, day_first: bool) -> Option<(usize, When)> {
    let (at, point) = numeric_point(at, day_first)?;
    // 2018/1/10-2018/7/10, 2020-05-26至2020-05-29.
    let mut c = at;
    if c.eat_joiner() {
        if let Some((end, last)) = numeric_point(c, day_first) {
            if order_key(last) > order_key(point) {
                return Some((end.pos, When::Range(point, last)));
            }
        }
    }
    Some((at.pos, When::Point(point)))
}

/// One numeric date: year first ([`year_first_date`]) or last ([`year_last_date`]), with an optional
/// time of day after it.
fn numeric_point(at: Cursor, day_first: bool) -> Option<(Cursor, Point)> {
    let (mut at, year, month, day) = year_first_date(at).or_else(|| year_last_date(at, day_first))?;
    let mut time = at;
    if (time.eat(" ") || time.eat("T"))
        && time.digits(1, 2).is_some()
        && time.eat(":")
        && time.digits(2, 2).is_some()
    {
        let mut seconds = time;
        at = if seconds.eat(":") && seconds.digits(2, 2).is_some() { seconds } else { time };
    }
    Some((at, Point { year: Year::Printed(year as i32), part: Part::Day(month, day) }))
}

/// A date of the Republic of China calendar in digits, as Taiwan prints dates of notices and forms:
/// `113.5.20`, `113/05/21` (the same separator twice; only in a traditional-script text, as a bare
/// `113年` is, and not in a longer run of numbers: `113.5.20.1`).
fn roc_numeric_date(mut at: Cursor, traditional: bool) -> Option<(usize, When)> {
    let numeric = |c: char| c.is_ascii_digit() || matches!(c, '.' | '/' | '-');
    // A ROC year from 100 to 150 begins with 1.
    if !traditional || at.peek() != Some('1') || at.before().is_some_and(numeric) {
        return None;
    }
    let year = at.digits(3, 3).filter(|y| ROC_YEARS.contains(y))?;
    let sep = [".", "/"][at.eat_any(&[".", "/"])?];
    let month = at.digits(1, 2).filter(|m| (1..=12).contains(m))?;
    if !at.eat(sep) {
        return None;
    }
    let day = at.digits(1, 2).filter(|d| (1..=31).contains(d))?;
    if at.peek().is_some_and(numeric) {
        return None;
    }
    let point = Point { year: Year::Printed(year as i32 + 1911), part: Part::Day(month, day) };
    Some((at.pos, When::Point(point)))
}

/// `2025-05-08`, `2024.5.8`, `2024/5/8` (a 4-digit year, month and day, the same separator twice), or
/// with single spaces `2022 11 23` (then month and day of two digits each, not in a row of numbers:
/// no space before, nothing numeric after).
fn year_first_date(mut at: Cursor) -> Option<(Cursor, u32, u32, u32)> {
    let in_a_row = at.before() == Some(' ');
    let year = at.digits(4, 4).filter(|y| YEARS.contains(y))?;
    let sep = at.eat_any(&["-", ".", "/", " "])?;
    if sep == 3 && in_a_row {
        return None;
    }
    let width = if sep == 3 { 2 } else { 1 };
    let month = at.digits(width, 2).filter(|m| (1..=12).contains(m))?;
    let sep = ["-", ".", "/", " "][sep];
    // 1994.01-19, a dot then a hyphen as forms are typed: a day only when it cannot be the month that
    // ends a range of months (résumés print 2008.03-12 for March to December).
    let mixed = match (at.eat(sep), sep) {
        (true, _) => false,
        (false, ".") if at.eat("-") => true,
        _ => return None,
    };
    let day = at.digits(width, 2).filter(|d| (1..=31).contains(d))?;
    if mixed && (day <= 12 || at.peek().is_some_and(|c| c == '.' || c == '-' || arabic_digit(c).is_some())) {
        return None;
    }
    // 2024.5.8.1 is a version or a section number, 2022 11 23 45 a list of numbers: not dates.
    let mut next = at;
    if next.eat(sep) && next.peek().and_then(arabic_digit).is_some() {
        return None;
    }
    Some((at, year, month, day))
}

/// A day, a month and a 4-digit year joined by `/`: the order the numbers allow (`25/12/2020`,
/// `12/25/2020`), else day first when the outlet prints dates so (`day_first`: `1/2/2020` is 1 February,
/// as British and Hong Kong usage prints it), else none, as the page reader does for a header date
/// ([`day_and_month`]). Nothing numeric may follow (`1/2/2020/3`).
fn year_last_date(mut at: Cursor, day_first: bool) -> Option<(Cursor, u32, u32, u32)> {
    let first = at.digits(1, 2)?;
    if !at.eat("/") {
        return None;
    }
    let second = at.digits(1, 2)?;
    if !at.eat("/") {
        return None;
    }
    let year = at.digits(4, 4).filter(|y| YEARS.contains(y))?;
    if at
        .peek()
        .is_some_and(|c| c == '/' || c == '.' && at.rest()[1..].starts_with(|d: char| d.is_ascii_digit()))
    {
        return None;
    }
    let (day, month) = day_and_month(first, second, day_first)?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((at, year, month, day))
}

/// A range of months printed with dots, as résumés and timelines print them: `1999.08-2002.02`,
/// `2008.03-2009` (a 4-digit year, a dot and a month of two digits, joined to a later such month or
/// year). A `2024.05` alone stays a number.
fn dotted_months(mut at: Cursor) -> Option<(usize, When)> {
    let (year, month) = dotted_month(&mut at)?;
    if !at.eat_joiner() {
        return None;
    }
    let (end_year, end_month) = dotted_month(&mut at)
        .map(|(y, m)| (y, Some(m)))
        .or_else(|| at.digits(4, 4).filter(|y| YEARS.contains(y)).map(|y| (y, None)))?;
    if at.peek() == Some('.') || (end_year, end_month.unwrap_or(0)) <= (year, month) {
        return None;
    }
    let point = |year: u32, part| Point { year: Year::Printed(year as i32), part };
    let end = point(end_year, end_month.map_or(Part::Whole, Part::Month));
    Some((at.pos, When::Range(point(year, Part::Month(month)), end)))
}

/// A year, a dot and a month of two digits (`1999.08`), for [`dotted_months`].
fn dotted_month(at: &mut Cursor) -> Option<(u32, u32)> {
    let mut c = *at;
    let year = c.digits(4, 4).filter(|y| YEARS.contains(y))?;
    if !c.eat(".") {
        return None;
    }
    let month = c.digits(2, 2).filter(|m| (1..=12).contains(m))?;
    *at = c;
    Some((year, month))
}

/// `20240307`: eight digits that read as a year, a month and a day, standing alone (no digit, letter,
/// `.` or `%` after them) and not after [`NOT_BEFORE_A_COMPACT_DATE`] (编号, 电话, `:`, `#`: a code or a
/// phone number). A longer or shorter run of digits is never one.
fn compact_date(mut at: Cursor) -> Option<(usize, When)> {
    if at.before().is_some_and(|b| NOT_BEFORE_A_COMPACT_DATE.contains(b)) {
        return None;
    }
    let n = at.digits(8, 8)?;
    let (year, month, day) = (n / 10000, n / 100 % 100, n % 100);
    if !YEARS.contains(&year) || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    if at.peek().is_some_and(|c| c.is_alphanumeric() && !is_han(c) || matches!(c, '.' | '%' | '％')) {
        return None;
    }
    Some((at.pos, When::Point(Point { year: Year::Printed(year as i32), part: Part::Day(month, day) })))
}

/// A printed point's place in time, for checking that a range's end follows its start.
fn order_key(p: Point) -> (i32, u32, u32) {
    let year = match p.year {
        Year::Printed(y) => y,
        _ => 0,
    };
    match p.part {
        Part::Day(m, d) => (year, m, d),
        _ => (year, 0, 0),
    }
}

/// What names a year's matching period after it (去年同期, 2019年同月, 上年同时期).
const SAME_PERIOD: [&str; 5] = ["同期", "同月", "同时期", "同季度", "同季"];

/// Consumes a word of [`SAME_PERIOD`], but not the 同季 of 同季节 (去年同季节: the same season).
fn same_period(at: &mut Cursor) -> bool {
    let mut c = *at;
    let found = c.eat_any(&SAME_PERIOD).is_some() && !c.rest().starts_with('节');
    if found {
        *at = c;
    }
    found
}

/// A year (printed, ROC or relative) with the part of it that follows, or a range within the year.
fn year_expression(at: Cursor, script: Script<'_>) -> Option<(usize, When)> {
    let mut after = at;
    let year = year_head(&mut after, script)?;
    // White space between the year and its part, as some pages print dates (2024 年 11月底).
    let mut spaced = after;
    spaced.eat_spaces();
    if spaced.pos > after.pos && year_part(&mut { spaced }, true).is_some() {
        after = spaced;
    }
    if year == Year::Relative(-1) && same_period(&mut after) {
        return Some((after.pos, When::SamePeriod(None)));
    }
    if let Year::Printed(y) = year {
        if same_period(&mut after) {
            return Some((after.pos, When::SamePeriod(Some(y))));
        }
    }
    if let Some(range) = month_range(after, year) {
        return Some(range);
    }
    let mut c = after;
    if let Some((from, to)) =
        first_quarters(&mut c, true).or_else(|| quarter_range(&mut c)).or_else(|| first_months(&mut c))
    {
        return Some((c.pos, When::Range(Point { year, part: from }, Point { year, part: to })));
    }
    let mut c = after;
    if let Some(part) = ordinal_month(&mut c).or_else(|| within(&mut c, 53).map(|w| Part::Within(None, w))) {
        return Some((c.pos, When::Point(Point { year, part })));
    }
    let start = Point { year, part: year_part(&mut after, true).unwrap_or(Part::Whole) };
    Some(with_range_end(after, start))
}

/// `第三个月`, `(的)第9个月`, `首月` after a year: that month of it.
fn ordinal_month(at: &mut Cursor) -> Option<Part> {
    let mut c = *at;
    c.eat("的");
    let month = if c.eat("首月") {
        1
    } else {
        if !c.eat("第") {
            return None;
        }
        let m = c.small_number(true).filter(|m| (1..=12).contains(m))?;
        c.eat("个");
        if !c.eat("月") {
            return None;
        }
        m
    };
    *at = c;
    Some(Part::Month(month))
}

/// Days or weeks within the month or year just read (`weeks`: the most weeks it has): `(的)第三周`,
/// `第37个星期`, `第3个星期日`, `最后一个星期一`, `前两天`, `最后五天`, `前2周`, `最后 3 周`.
fn within(at: &mut Cursor, weeks: u32) -> Option<Within> {
    let mut c = *at;
    c.eat("的");
    let found = if c.eat("第") {
        let n = c.count().filter(|n| (1..=weeks).contains(n))?;
        let counted = c.eat("个");
        let mut w = c;
        match week_word(&mut w).then(|| weekday(&mut w)) {
            // 第3个星期日; 第一周 (without 个) is a week.
            Some(Some(day)) if counted && n <= 5 => {
                c = w;
                Within::Weekday(n, day)
            }
            Some(_) if week_word(&mut c) => Within::Week(n),
            _ => return None,
        }
    } else {
        let last = c.eat("最后");
        // 前10天, and 首25日 as Hong Kong's papers print the first days of a month.
        if !last && !c.eat("前") && !c.eat("首") {
            return None;
        }
        c.eat_spaces();
        let n = c.count().filter(|n| *n >= 1)?;
        c.eat_spaces();
        let counted = c.eat("个");
        let mut w = c;
        if last && n == 1 && counted && week_word(&mut w) {
            // 最后一个星期一.
            let day = weekday(&mut w)?;
            c = w;
            Within::Weekday(0, day)
        } else if !counted && c.eat_any(&["天", "日"]).is_some() {
            if last {
                Within::LastDays(n)
            } else {
                Within::FirstDays(n)
            }
        } else if week_word(&mut c) {
            if n > weeks {
                return None;
            }
            if last {
                Within::LastWeeks(n)
            } else {
                Within::FirstWeeks(n)
            }
        } else {
            return None;
        }
    };
    *at = c;
    Some(found)
}

/// Consumes a half of the period `unit` names (月, 周): 上半月 1, 下半周 2; not a half-monthly
/// magazine's issue (上半月刊).
fn half(at: &mut Cursor, unit: &str) -> Option<u32> {
    let mut c = *at;
    let h = c.eat_any(&["上半", "下半"])? as u32 + 1;
    if !c.eat(unit) || c.peek() == Some('刊') {
        return None;
    }
    *at = c;
    Some(h)
}

/// 上半月, 下半周 …, printed alone: a half of the reference's month or week. Not after a numeral, a
/// period word or 的 (每月上半月, 每个月的下半月: recurring), nor after [`NOT_BEFORE_A_DATE`].
fn bare_half(at: &mut Cursor) -> Option<(Unit, u32)> {
    let after_a_period =
        |b: char| is_numeral(b) || matches!(b, '月' | '周' | '的') || NOT_BEFORE_A_DATE.contains(b);
    if at.before().is_some_and(after_a_period) {
        return None;
    }
    let mut c = *at;
    let found = half(&mut c, "月")
        .map(|h| (Unit::Month, h))
        .or_else(|| half(&mut c, "周").map(|h| (Unit::Week, h)))?;
    *at = c;
    Some(found)
}

/// Consumes a word for a week: 周, 星期, 礼拜.
fn week_word(at: &mut Cursor) -> bool {
    at.eat_any(&["周", "星期", "礼拜"]).is_some()
}

/// Consumes the day of a weekday after its week word (一 … 六, 日, 天): Monday 1 to Sunday 7.
fn weekday(at: &mut Cursor) -> Option<u32> {
    at.eat_any(&["一", "二", "三", "四", "五", "六", "日", "天"]).map(|i| (i as u32 + 1).min(7))
}

/// A year printed with two digits, Arabic or Chinese, and its 年: `15年3月2日`, `98年4月`, `九七年一季度`
/// when a part of the year follows; alone with a zero that no count of years prints (`08年`,
/// `零七年`, `九零年`), after a time marker ([`lone_year_marked`]: `于24年建成`) or opening a clause as a
/// year ([`opens_clause_as_year`]: `24年，园区实现产值…`).
fn two_digit_year(at: &mut Cursor) -> Option<u32> {
    let mut c = *at;
    let (yy, zero, approximate) = match c.digits(2, 2) {
        Some(yy) => (yy, at.peek().is_some_and(|d| arabic_digit(d) == Some(0)), false),
        None => {
            let first = c.peek().and_then(crate::text::chars::chinese_digit)?;
            c.pos += c.peek()?.len_utf8();
            let second = c.peek().and_then(crate::text::chars::chinese_digit)?;
            c.pos += c.peek()?.len_utf8();
            if c.peek().is_some_and(|d| crate::text::chars::chinese_digit(d).is_some() || d == '十') {
                return None;
            }
            // 三四年, 三五年: two neighbouring digits are an approximate count.
            (first * 10 + second, first == 0 || second == 0, second == first + 1 || (first, second) == (3, 5))
        }
    };
    if !c.eat("年") {
        return None;
    }
    let part_follows = {
        let mut p = c;
        let part = year_part(&mut p, true);
        let mut q = c;
        (part.is_some() && !c.rest().starts_with('年'))
            || c.rest().starts_with(['底', '末', '初'])
            || first_quarters(&mut q, true).is_some()
            || first_months(&mut q).is_some()
            || ordinal_month(&mut q).is_some()
            || within(&mut q, 53).is_some()
    };
    if !(zero || part_follows || (!approximate && (lone_year_marked(*at, c) || opens_clause_as_year(*at, c))))
    {
        return None;
    }
    *at = c;
    Some(yy)
}

/// Whether a two-digit year from `start` to `end` (after its 年) with no part of the year after it
/// reads as a year: right after a time marker (在, 于, 从, 截至, 预计 …; not 相当于, 由于, 现在), and
/// followed by no word of a count (`在24年里`, `于24年内`, `从10年到24年不等`) nor a numeral (`在24年5个月里`).
/// A count of years (`深耕行业24年`, `工作了24年`, `24年来`) has no marker right before it.
fn lone_year_marked(start: Cursor, end: Cursor) -> bool {
    let before = start.before_text();
    let marked = BEFORE_A_LONE_TWO_DIGIT_YEAR.iter().any(|m| {
        before
            .strip_suffix(m)
            .is_some_and(|b| !b.chars().next_back().is_some_and(|p| NOT_BEFORE_A_YEAR_MARKER.contains(p)))
    });
    let rest = end.rest();
    marked
        && !end.peek().is_some_and(is_numeral)
        && DURATION_AFTER_YEAR.iter().chain(AFTER_A_LONE_TWO_DIGIT_YEAR.iter()).all(|w| !rest.starts_with(w))
}

/// Whether a lone two-digit year from `start` to `end` (after its 年) opens its clause as a year: at the
/// start of the text, a line or a clause, with a comma or a colon after it (`24年，园区实现产值…`) or a word
/// of the year's accounts ([`AFTER_A_CLAUSE_OPENING_YEAR`]: `24年全市完成…`, `24年至今`). A count of years
/// seldom opens a clause so: it follows its verb (`深耕24年`, `历时24年`) or goes on (`24年来`, `24年间`).
/// A year alone on its line (a heading, a label, a text that is only `24年`) is a year too, as a
/// four-digit one is: a count of years never stands without its verb or noun.
fn opens_clause_as_year(start: Cursor, end: Cursor) -> bool {
    let opens = start.before().map_or(true, |b| b.is_whitespace() || among("。，,；;：:！!？?（(", b));
    let rest = end.rest();
    let alone_on_line = start.before().map_or(true, |b| b == '\n')
        && rest.trim_start_matches([' ', '\r']).chars().next().map_or(true, |c| c == '\n');
    opens
        && (alone_on_line
            || rest.starts_with(['，', ',', '：', ':'])
            || AFTER_A_CLAUSE_OPENING_YEAR.iter().any(|w| rest.starts_with(w)))
}

/// Reads a year and its 年 (`2009年`, `二〇二三年`, `民国112年`, `今年`); a range of years sharing
/// one 年 (`2023—2025年`) is read by [`year_range`].
fn year_head(at: &mut Cursor, script: Script<'_>) -> Option<Year> {
    // 数 ends a noun before a relative year (人数今年, 指数去年): a count's 数 needs a number after it.
    if at.before() == Some('数') {
        return relative_year(at);
    }
    if at.before().is_some_and(is_numeral) {
        return None;
    }
    // 逼近去年, 达去年的两倍: a relative year counts nothing, whatever precedes it (近3年 does).
    if at.before().is_some_and(|c| NOT_BEFORE_A_DATE.contains(c)) {
        return relative_year(at);
    }
    if script.traditional {
        if let Some(y) = short_roc_year(at, script) {
            return Some(Year::Printed(y));
        }
    }
    let mut c = *at;
    if let Some(y) = c.digits(4, 4).filter(|y| YEARS.contains(y)) {
        if listed_before_a_year(c, y) {
            *at = c;
            return Some(Year::Printed(y as i32));
        }
        // A half without the year's 年, as Taiwan's papers print it (持续到2026上半年).
        if c.rest().starts_with("上半年") || c.rest().starts_with("下半年") {
            *at = c;
            return Some(Year::Printed(y as i32));
        }
        c.eat_spaces();
        // Not 2000年历史 (a count), nor a decade's 1990年代 (初: its vague part).
        if !c.eat("年") || c.rest().starts_with("历史") || c.rest().starts_with('代') {
            return None;
        }
        *at = c;
        return Some(Year::Printed(y as i32));
    }
    let mut c = *at;
    if let Some(yy) = two_digit_year(&mut c) {
        *at = c;
        // A Taiwan article's 93年1月 is ROC 93, 2004.
        if ROC_SHORT_YEARS.contains(&yy) && script.roc() {
            return Some(Year::Printed(yy as i32 + 1911));
        }
        return Some(Year::TwoDigit(yy));
    }
    let mut c = *at;
    if let Some(y) = c.chinese_year().filter(|y| YEARS.contains(y)) {
        if c.eat("年") {
            *at = c;
            return Some(Year::Printed(y as i32));
        }
    }
    let mut c = *at;
    if c.eat("民国") {
        let y = c
            .digits(1, 3)
            .or_else(|| c.chinese_hundreds())
            .or_else(|| c.chinese_digits(3))
            .or_else(|| c.chinese_small())?;
        if c.eat("年") {
            *at = c;
            return Some(Year::Printed(y as i32 + 1911));
        }
        return None;
    }
    // A year of the Buddhist Era, as Thai and Chinese-Thai texts print it (佛历2567年 = 2024).
    let mut c = *at;
    if c.eat("佛历") {
        let y = c.digits(4, 4).map(|y| y as i32 - 543).filter(|y| YEARS.contains(&(*y as u32)))?;
        if c.eat("年") {
            *at = c;
            return Some(Year::Printed(y));
        }
        return None;
    }
    let mut c = *at;
    if let Some(y) = bracketed_year(&mut c) {
        *at = c;
        return Some(Year::Printed(y));
    }
    let mut c = *at;
    if script.traditional {
        if let Some(y) = c
            .digits(3, 3)
            .or_else(|| c.chinese_digits(3))
            .or_else(|| c.chinese_hundreds())
            .filter(|y| ROC_YEARS.contains(y))
        {
            // 112 年第 4 季, as Taiwan's papers space Arabic digits out: spaced only before a part.
            let digits = c.pos;
            c.eat_spaces();
            let spaced = c.pos > digits;
            let part = |r: &str| r.trim_start().starts_with(|n: char| n == '第' || n.is_ascii_digit());
            if c.eat("年") && (!spaced || part(c.rest())) && !counts_years(c.rest()) {
                *at = c;
                return Some(Year::Printed(y as i32 + 1911));
            }
        }
    }
    relative_year(at)
}

/// The Chinese characters that may stand right before 后年 whatever follows it: after any other, 后
/// may end a word (投产后年发电量).
static BEFORE_THE_YEAR_AFTER_NEXT: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("dates/before-the-year-after-next.txt")));

/// A year named relative to the reference (今年, 去年 …), not the 年 of another word.
fn relative_year(at: &mut Cursor) -> Option<Year> {
    let mut c = *at;
    let year = RELATIVE_YEARS.eat(&mut c)?;
    // 后年 after a word that may end in 后 (投产后, 此后, 公司) only before a part of it or 将 (公司后年将,
    // 园区后年底); 投产后年发电量 is 投产后 + 年发电量.
    if at.peek() == Some('后')
        && at.before().is_some_and(|b| is_han(b) && !BEFORE_THE_YEAR_AFTER_NEXT.contains(b))
        && c.peek().is_some_and(|n| is_han(n) && !among("将底初末起中上下第一二三四五六七八九十", n))
    {
        return None;
    }
    // 如今年轻人 is 如今 + 年轻; 三年前年均 is 年前 + 年均; 不同年份 is 不同 + 年份, as 不同日子.
    if c.peek().is_some_and(|n| AFTER_A_RELATIVE_YEAR.contains(n))
        || at.before() == Some('年') && matches!(at.peek(), Some('前' | '后'))
        || at.peek() == Some('同') && at.before().is_some_and(|b| NOT_BEFORE_A_RELATIVE_PERIOD.contains(b))
    {
        return None;
    }
    *at = c;
    // 本年度(1968), 今年（2024）: the year the brackets print ([`bare_year`] reads them too); with a
    // part of the year after them, one date (明年(2026)底, as 去(100)年6月2日 is).
    c.eat("度");
    if c.eat_any(&["(", "（"]).is_some() {
        if let Some(y) = c.digits(4, 4).filter(|y| YEARS.contains(y) && c.eat_any(&[")", "）"]).is_some()) {
            if c.peek()
                .is_some_and(|n| n.is_ascii_digit() || among("底初末中上下第首前一二三四五六七八九十", n))
            {
                *at = c;
            }
            return Some(Year::Printed(y as i32));
        }
    }
    Some(year)
}

/// Whether `head` ends with a month of 每年 and a list mark or a joiner (每年1月及, 每年三月至).
fn listed_after_a_recurring_month(head: &str) -> bool {
    head.strip_suffix(['及', '和', '、', '与', '或', '至', '到'])
        .and_then(|h| h.strip_suffix('月'))
        .map(|h| h.trim_end_matches(|c: char| c.is_ascii_digit() || is_numeral(c)))
        .is_some_and(|h| h.ends_with("每年"))
}

/// Whether a four-digit year printed without 年 is listed before a later year that prints the 年 they
/// share (`2018及2019年`, `2021、2022年`): a year of its own (text without 年).
fn listed_before_a_year(at: Cursor, year: u32) -> bool {
    let mut c = at;
    c.eat_any(&["及", "和", "与", "、"]).is_some()
        && c.digits(4, 4).is_some_and(|next| YEARS.contains(&next) && next > year)
        && c.eat("年")
        && !c.rest().starts_with("历史")
        && !c.rest().starts_with('代')
}

/// A two-digit ROC year before 年度, as Taiwan prints its fiscal and budget years (`93年度`, `九十三年度`
/// = 2004; text up to 年): a traditional-script text prints a year of the Common Era with four digits;
/// and in a Taiwan article ([`Script::roc`]) before its 同期 or 同月 too (`較92年同期`).
fn short_roc_year(at: &mut Cursor, script: Script<'_>) -> Option<i32> {
    let mut c = *at;
    let arabic = c.digits(2, 2);
    let y = arabic.or_else(|| c.chinese_small()).filter(|y| ROC_SHORT_YEARS.contains(y))?;
    let rest = c.rest();
    let compared = rest.starts_with("年同期") || rest.starts_with("年同月");
    // In Chinese tens with a part of the year after it (八十六年七月一日, 九十八年底, 九十年三月), as
    // Taiwan's older pages print ROC years: a count of years is seldom followed by a month; not on a
    // day-first outlet's page, nor before 初 (六十年初心) or an edge opening a word (八十年底蘊).
    let mut p = c;
    let dated = arabic.is_none()
        && script.taiwan.is_some()
        && p.eat("年")
        && !(p.rest().starts_with('初')
            || p.rest().starts_with(['底', '末']) && segment::word_across(p.rest(), 0, 3))
        && (p.rest().starts_with(['底', '末']) || year_part(&mut p, true).is_some());
    // 95年的8.1億元: that year's value (as 較108年的2.9%), no count of 95 years.
    let valued = rest.strip_prefix("年的").is_some_and(|r| r.starts_with(|d: char| d.is_ascii_digit()));
    // 95與96年, 95、96年: two years in a row sharing one 年 (a count of years is not listed so); the
    // second is a year after its first's joiner.
    let mut n = c;
    let listed = arabic.is_some()
        && n.eat_any(&["及", "和", "与", "、"]).is_some()
        && n.digits(2, 2) == Some(y + 1)
        && n.eat("年");
    let head = at.before_text();
    let second = arabic.is_some()
        && rest.starts_with('年')
        && ["及", "和", "与", "、"]
            .iter()
            .any(|j| head.strip_suffix(j).is_some_and(|h| h.ends_with(&(y - 1).to_string())));
    if !(rest.starts_with("年度") || compared && script.roc() || dated || valued || listed || second) {
        return None;
    }
    c.eat("年");
    *at = c;
    Some(y as i32 + 1911)
}

/// Whether the words after a ROC-like 112年 make it a count of years (112年来, 112年的历史), not when
/// a figure follows its 的 (較108年的2.9%: that year's value).
fn counts_years(rest: &str) -> bool {
    DURATION_AFTER_YEAR.iter().any(|w| rest.starts_with(w))
        && !rest.strip_prefix('的').is_some_and(|r| r.starts_with(|d: char| d.is_ascii_digit()))
}

/// Two relative years named together with their count: `今明两年` (this year and the next), `明后两年`,
/// `去今两年`, or sharing one 年 (`今明年`, `明后年`): a range of years.
fn year_pair(at: Cursor) -> Option<(usize, When)> {
    if at.before().is_some_and(|c| NOT_BEFORE_A_DATE.contains(c)) {
        return None;
    }
    let mut c = at;
    let pair = c.eat_any(&["去今", "今明", "明后"])?;
    // 今明年, 明后年 (as Taiwan's and Hong Kong's papers print them) share one 年, unless the first
    // character ends a word with the one before it (说明后年: 说明 + 后年; 如今明年).
    let shared = || {
        pair > 0
            && at.before().map_or(true, |b| !segment::word_across(at.text(), at.pos - b.len_utf8(), at.pos))
    };
    if !(c.eat("两年") || shared() && c.eat("年")) {
        return None;
    }
    let first = pair as i32 - 1;
    let year = |offset| Point { year: Year::Relative(offset), part: Part::Whole };
    Some((c.pos, When::Range(year(first), year(first + 1))))
}

/// Two fiscal years in two digits each before 年度, as Hong Kong's papers shorten a budget's year
/// (`24/25年度` → `2024/2025`, text up to 年): consecutive years of this century.
fn short_fiscal_years(at: Cursor) -> Option<(usize, When)> {
    if at.before().is_some_and(|b| b == '/' || NOT_BEFORE_A_DATE.contains(b)) {
        return None;
    }
    let mut c = at;
    let first = c.digits(2, 2)?;
    c.eat("/").then_some(())?;
    let second = c.digits(2, 2).filter(|y| *y == first + 1)?;
    if !c.rest().starts_with("年度") {
        return None;
    }
    c.eat("年");
    let year = |y: u32| Point { year: Year::Printed(2000 + y as i32), part: Part::Whole };
    Some((c.pos, When::Range(year(first), year(second))))
}

/// A relative year with the year it means in brackets, as Taiwan's papers print them: `去(100)年`,
/// `今（2012）年`, `今(99)年`, `後(115)年` (a 2- or 3-digit year is a ROC year: 99 = 2010, 100 = 2011).
fn bracketed_year(at: &mut Cursor) -> Option<i32> {
    let mut c = *at;
    c.eat_any(&["去", "今", "明", "前", "后"])?;
    let number = |c: &mut Cursor| {
        c.digits(4, 4).filter(|y| YEARS.contains(y)).or_else(|| {
            c.digits(2, 3)
                .or_else(|| c.chinese_digits(3))
                .filter(|y| ROC_YEARS.contains(y) || ROC_SHORT_YEARS.contains(y))
                .map(|y| y + 1911)
        })
    };
    let year = bracketed(&mut c, number)?;
    if !c.eat("年") {
        return None;
    }
    *at = c;
    Some(year as i32)
}

/// A number in round brackets, full-width or not: `(17)`, `（廿六）`; with spaces around the brackets
/// when a date's word follows them, as some of Taiwan's pages print a dateline (`今 (20) 日`).
fn bracketed(at: &mut Cursor, number: impl Fn(&mut Cursor) -> Option<u32>) -> Option<u32> {
    let mut c = *at;
    c.eat_spaces();
    let spaced = c.pos > at.pos;
    c.eat_any(&["(", "（"])?;
    let n = number(&mut c)?;
    c.eat_any(&[")", "）"])?;
    let mut word = c;
    word.eat_spaces();
    let dated = word.rest().starts_with(['日', '年', '月']);
    if spaced && !dated {
        return None;
    }
    *at = if dated { word } else { c };
    Some(n)
}

/// A relative day with the day of the month it means in brackets, as Taiwan's papers date their
/// reports: `昨(17)日`, `今（9）日`, `昨（廿六）日`, `前(15)日`; or the whole day word with its date in
/// brackets, as Hong Kong's, Macau's and Malaysia's papers print it, `今日（7日）`, `昨天(5日)`, also
/// with its month, as Singapore's do (`昨天(2月26日)`): two dates, as a name and its alias in brackets
/// are two names. The word is read here, as the day the brackets print (`今日`: the 7th), and the
/// date in brackets is read after it as any other date.
fn bracketed_day(at: Cursor) -> Option<(usize, When)> {
    let mut c = at;
    let offset = [-1, 0, 1, -2][c.eat_any(&["昨", "今", "明", "前"])?];
    let mut word = c;
    let whole = word.eat_any(&["日", "天"]).is_some();
    if whole {
        let month_day = bracketed(&mut word.clone(), |c| {
            let month = c.small_number(true).filter(|m| (1..=12).contains(m) && c.eat("月"))?;
            Some(month * 100 + c.small_number(true).filter(|d| (1..=31).contains(d) && c.eat("日"))?)
        });
        if let Some(md) = month_day {
            let part = Part::Day(md / 100, md % 100);
            return Some((word.pos, When::Point(Point { year: Year::Missing, part })));
        }
    }
    let day_in_brackets = |c: &mut Cursor| c.small_number(true).filter(|_| c.eat("日"));
    let mut inner = c;
    let day = if whole {
        bracketed(&mut word.clone(), day_in_brackets)
    } else if let Some(day) = bracketed(&mut inner, day_in_brackets) {
        // 今（21日）, as Taiwan's papers also print it: the day and its 日 in the brackets, one date.
        c = inner;
        Some(day)
    } else {
        bracketed(&mut c, |c| c.small_number(true)).filter(|_| c.eat("日"))
    };
    let day = day.filter(|d| (1..=31).contains(d))?;
    let end = if whole { word.pos } else { c.pos };
    Some((end, When::Shifted { unit: Unit::Day, offset, previous: false, detail: Detail::Day(day) }))
}

/// `昨` and `今` alone before a time of day or a verb of the report (`縣府昨宣布`, `昨下午召開`,
/// `次長今在立法院說明`), as Taiwan's papers date what happened the day before or the day itself
/// ([`AFTER_A_CHINESE_DAY`]); not the 今 of a word (至今, 如今, 迄今, 从今起, 当今, 距今, 截今: a span
/// up to now, 距今在三百年前).
fn bare_yesterday(at: Cursor) -> Option<(usize, When)> {
    let mut c = at;
    let offset = match c.eat_any(&["昨", "今"])? {
        0 => -1,
        _ if at.before().is_some_and(|b| among("至如迄于从自当而古现只距截", b)) => return None,
        _ => 0,
    };
    if at.before().is_some_and(|b| NOT_BEFORE_A_RELATIVE_PERIOD.contains(b)) {
        return None;
    }
    AFTER_A_CHINESE_DAY
        .iter()
        .any(|w| c.rest().starts_with(w))
        .then_some((c.pos, When::Shifted { unit: Unit::Day, offset, previous: false, detail: Detail::Whole }))
}

/// A relative month with its number in brackets, as Taiwan's papers print it: `上(5)月`, `本（6）月`,
/// `今(6)月底` (the month: an edge stays the month, as 月底 does).
fn bracketed_month(at: Cursor) -> Option<(usize, When)> {
    // Tried at every beginning: the first character decides cheaply.
    let offset = match at.peek()? {
        '上' => -1,
        '本' | '今' => 0,
        '下' => 1,
        _ => return None,
    };
    if at.before().is_some_and(|c| NOT_BEFORE_A_RELATIVE_PERIOD.contains(c)) {
        return None;
    }
    let mut c = at;
    c.eat_any(&["上", "本", "今", "下"]);
    let month = bracketed(&mut c, |c| c.small_number(true)).filter(|m| (1..=12).contains(m))?;
    if !c.eat("月") {
        return None;
    }
    c.eat_edge(&["底", "初", "末"]);
    Some((c.pos, When::Shifted { unit: Unit::Month, offset, previous: false, detail: Detail::Month(month) }))
}

/// The part of a year after the year (or without one): 上半年, (第)一季度, 年底, 6月, 5月31日.
/// `after_year` allows 底/末/初 straight after the year's 年 (2025年底) and Chinese-numeral months.
fn year_part(at: &mut Cursor, after_year: bool) -> Option<Part> {
    let mut c = *at;
    let halves: &[&str] = if after_year {
        &["上半年", "下半年", "前半年", "后半年"]
    } else {
        &["上半年", "下半年"]
    };
    if let Some(h) = c.eat_any(halves) {
        *at = c;
        // 上半年末, 下半年初: the half's last or first month, as a quarter's below.
        let h = h as u32 % 2 + 1;
        return Some(match c.eat_edge(&["末", "底", "初"]).inspect(|_| *at = c) {
            Some(2) => Part::Month(6 * h - 5),
            Some(_) => Part::Month(6 * h),
            None => Part::Half(h),
        });
    }
    let mut c = *at;
    if let Some(q) = quarter(&mut c, after_year) {
        *at = c;
        // 一季度末, 四季度初: the quarter's last or first month.
        return Some(match c.eat_edge(&["末", "底", "初"]).inspect(|_| *at = c) {
            Some(2) => Part::Month(3 * q - 2),
            Some(_) => Part::Month(3 * q),
            None => Part::Quarter(q),
        });
    }
    let mut c = *at;
    if after_year {
        c.eat("年");
    } else if !c.eat("年") {
        return month_part(at, after_year);
    }
    // 年尾, as Hong Kong and Macau print the year's end (not 尾牙, 尾随, 尾数: [`tail_word`]).
    if let Some(edge) = c.eat_edge(&["底", "末", "尾", "初", "伊始"]).filter(|e| *e != 2 || !tail_word(&c))
    {
        // 年初一, 大年初一 … 年初十: a day of the lunar new year (a festival), not the year's start.
        if edge == 3 && !after_year && c.peek().is_some_and(|d| among("一二三四五六七八九十", d)) {
            return None;
        }
        *at = c;
        return Some(if edge >= 3 { Part::YearStart } else { Part::YearEnd });
    }
    month_part(at, after_year)
}

/// A quarter: `(第)一季度`, `首季度`, `Q1`, `Q1季度`, `第三季` (after a year, or alone outside a title).
fn quarter(at: &mut Cursor, after_year: bool) -> Option<u32> {
    let mut c = *at;
    if c.eat("Q") {
        let q = c.digits(1, 1).filter(|q| (1..=4).contains(q))?;
        // Q1 among Chinese words or after a year; not in a run of Latin text or codes (s: Q2 q0).
        if !c.peek().is_some_and(|n| !n.is_ascii())
            || (!after_year && at.before().is_some_and(|b| b.is_ascii()))
        {
            return None;
        }
        c.eat("季度");
        *at = c;
        return Some(q);
    }
    let ordinal = c.eat("第");
    // 第 3 季, as Taiwan's papers space an Arabic number out.
    let spaced = ordinal && c.peek() == Some(' ');
    if spaced {
        c.eat_spaces();
    }
    let (q, first) = match c.eat_any(&["一", "二", "三", "四", "1", "2", "3", "4", "首"])? {
        8 if ordinal => return None,
        i if spaced && i < 4 => return None,
        8 => (1, true),
        i => (i as u32 % 4 + 1, false),
    };
    if spaced {
        c.eat_spaces();
    }
    // 第3季 alone, as Taiwan's economic news prints a quarter of the year, and 首季 alone, as Malaysia's
    // and Hong Kong's do.
    if !(c.eat("季度")
        || ((after_year || ordinal || first) && c.eat("季") && (after_year || season_free(*at, &c))))
    {
        return None;
    }
    *at = c;
    Some(q)
}

/// Whether a quarter printed with 季 alone, from `at` to `end`, is one of the year: not a series'
/// season named with its title (《奔跑吧》第3季, 《奔跑吧第3季》), nor a council's session numbered on
/// (议会第3季第3期会议).
fn season_free(at: Cursor, end: &Cursor) -> bool {
    let head = at.before_text();
    !matches!(end.peek(), Some('》' | '第'))
        && !head.trim_end().ends_with('》')
        && head.rfind('《').map_or(true, |open| head.rfind('》').is_some_and(|close| close > open))
}

/// `前三季度`, `前两个季度`, `首三季度`, and with 季 alone (Taiwan's 前三季, Hong Kong's and Macau's
/// 首三季, after a year or alone): the first quarters of a year, as a range of quarters.
fn first_quarters(at: &mut Cursor, after_year: bool) -> Option<(Part, Part)> {
    let mut c = *at;
    if !(c.eat("前") || c.eat("首")) {
        return None;
    }
    let n = [2, 2, 3, 2, 3][c.eat_any(&["两", "二", "三", "2", "3"])?];
    c.eat("个");
    (c.eat("季度") || c.eat("季") && (after_year || season_free(*at, &c))).then(|| {
        *at = c;
        (Part::Quarter(1), Part::Quarter(n))
    })
}

/// `一至三季度`, `1-3季度`, `第一至第三季度`, `二到四季度`: a range of quarters sharing one 季度; with 季
/// alone when an end is an ordinal, as Hong Kong's and Taiwan's papers print them (`第二至第三季`).
fn quarter_range(at: &mut Cursor) -> Option<(Part, Part)> {
    let number = |c: &mut Cursor| {
        let ordinal = c.eat("第");
        c.eat_any(&["一", "二", "三", "四", "1", "2", "3", "4"]).map(|i| (i as u32 % 4 + 1, ordinal))
    };
    let mut c = *at;
    let (from, first_ordinal) = number(&mut c)?;
    // 第三、四季度, 去年1及2季度: two neighbouring quarters listed after 第 or a year, read as their range.
    let joined = c.eat_joiner();
    if !joined {
        c.eat_any(&["、", "及", "和"]).filter(|_| first_ordinal || at.before() == Some('年'))?;
        c.eat_spaces();
    }
    let (to, last_ordinal) = number(&mut c).filter(|(to, _)| *to > from && (joined || *to == from + 1))?;
    let ordinal = first_ordinal || last_ordinal;
    let quarter = c.eat("季度") || ordinal && c.eat("季") && season_free(*at, &c);
    // 一、二季度…分别增长: two quarters with a value each, no range.
    let each = || {
        let rest = c.rest();
        let clause = &rest[..bounds::reach_end(rest, 0, bounds::ends_comma_clause, 30)];
        clause.contains("分别") || holds(clause, "各")
    };
    (quarter && (joined || !each())).then(|| {
        *at = c;
        (Part::Quarter(from), Part::Quarter(to))
    })
}

/// `前4个月`, `前五个月`, `前两月`, `首十个月`, `头5个月` after a year: its first months, as a range of months;
/// `后三个月`, `的最后 4 个月` its last.
fn first_months(at: &mut Cursor) -> Option<(Part, Part)> {
    let mut c = *at;
    c.eat("的");
    let last = c.eat("后") || c.eat("最后");
    if !(last || c.eat("前") || c.eat("首") || c.eat("头")) {
        return None;
    }
    c.eat_spaces();
    let n = if c.eat("两") { Some(2) } else { c.small_number(true) }.filter(|n| (2..=12).contains(n))?;
    c.eat_spaces();
    c.eat("个");
    c.eat("月").then(|| {
        *at = c;
        if last {
            (Part::Month(13 - n), Part::Month(12))
        } else {
            (Part::Month(1), Part::Month(n))
        }
    })
}

/// `首9个月` opening its clause, as the papers of Singapore, Malaysia and Hong Kong report a year's
/// first months without the year (第三季增长3.3%，首9个月平均增长3.9%); after a verb it counts months
/// from an event (开业首3个月), and `前4个月` or `头3个月` alone may be any months.
fn opening_first_months(at: &mut Cursor) -> Option<(Part, Part)> {
    // Also listed after a quarter or a year (第二季和首六个月业绩).
    let listed = at.before().is_some_and(|b| matches!(b, '和' | '及' | '与' | '、'))
        && at.before_text()[..at.before_text().len() - 3].ends_with(['季', '度', '年']);
    let opens = listed || at.before().map_or(true, |b| b.is_whitespace() || among("。，,；;：:！!？?（(", b));
    // `前9个月` after 累计 (累計前十一月), or opening its clause or after 比 or 较 (增速比前9月回落) once
    // the text has dated a year's first months (今年前10月…；同时,前10个月; 1—10月…，前10个月) or their
    // last month (十一月出口…；前十一月進口): those of that year (not 4月…比前两个月: the two before April).
    let head = at.before_text();
    let dated = || {
        let window = &head[bounds::reach_start(head, head.len(), |_| false, 300)..];
        let start = head.len() - window.len();
        // Its last month, by value, printed in either numerals (9月…前九月): the numeral after 前 only
        // before 月 (前3个月 after 3月 may count from it).
        let rest = &at.rest()[3..];
        let n = rest.find(|d: char| !is_numeral(d)).unwrap_or(rest.len());
        let last = Some(rest).filter(|r| n > 0 && r[n..].starts_with('月'));
        let last = last.and_then(|r| Cursor::new(r, 0).small_number(true));
        let month = |i: usize| {
            let from = window[..i].char_indices().rev().take_while(|(_, d)| is_numeral(*d)).last();
            let mut c = Cursor::new(window, from.map_or(i, |(j, _)| j));
            c.small_number(true).is_some_and(|m| Some(m) == last && c.pos == i)
        };
        last.is_some() && window.match_indices('月').any(|(i, _)| month(i))
            || window.match_indices(['年', '1', '一']).any(|(i, m)| {
                let mut c = Cursor::new(head, start + i + m.len());
                if m == "年" {
                    return first_months(&mut c).is_some();
                }
                // From January: not the 1 of 11, nor the 一 of 十一.
                if head[..start + i].chars().next_back().is_some_and(|p| p.is_ascii_digit() || is_numeral(p))
                {
                    return false;
                }
                c.eat("月");
                c.eat_joiner() && c.small_number(true).is_some() && c.eat("月")
            })
    };
    // After the firm whose results they are (该公司首9个月累积净赚, 集团首六个月营业额) in a report that
    // has named a quarter or a fiscal year before (第3季, 2023财政年): a noun, not a verb of an event
    // (上任首6个月), by jieba's tag of the last word of up to four characters, and a result after it
    // (not 开业首3个月不算, whose 开业 jieba tags a noun).
    let after_noun = || {
        let window = &head[bounds::reach_start(head, head.len(), |_| false, 300)..];
        let mut c = *at;
        let result = first_months(&mut c).is_some()
            && ["累积", "累计", "净", "营", "盈", "亏", "业绩", "收入", "税前"]
                .iter()
                .any(|w| c.rest().starts_with(w));
        let reported =
            result && (window.contains('季') || window.contains("财年") || window.contains("财政年"));
        let from = head.char_indices().rev().take_while(|(_, b)| is_han(*b)).take(4).last();
        reported
            && from.is_some_and(|(i, _)| {
                segment::tagged(&head[i..]).last().is_some_and(|(_, tag)| tag.starts_with('n') || *tag == "r")
            })
    };
    let ok = match at.peek() {
        Some('首') => opens || after_noun(),
        Some('前') => {
            head.ends_with("累计")
                || head.ends_with("累积")
                || (opens || at.before().is_some_and(|b| b == '比' || b == '较')) && dated()
        }
        _ => false,
    };
    ok.then(|| first_months(at)).flatten()
}

/// A month, with a day or an edge (底 初 上旬 中旬 下旬) when printed: 6月, 6月份, 5月31日, 6月底.
/// Chinese-numeral months (五月) only with a year before them or a day after them.
fn month_part(at: &mut Cursor, after_year: bool) -> Option<Part> {
    let mut c = *at;
    let arabic = c.digits(1, 2);
    let month = arabic.or_else(|| c.chinese_small()).filter(|m| (1..=12).contains(m))?;
    // Arabic digits may stand apart from their 月 (2025年 12 月底).
    if arabic.is_some() {
        c.eat_spaces();
    }
    if !c.eat("月") {
        return None;
    }
    let mut day = c;
    if let Some(d) = day_number(&mut day, false).or_else(|| bare_day(&mut day)) {
        *at = day;
        return Some(Part::Day(month, d));
    }
    // Spaced digits, as Taiwan's pages print dates (截至 2 月 6 日).
    let mut day = c;
    day.eat_spaces();
    if let Some(d) = arabic.and_then(|_| day.digits(1, 2)).filter(|d| (1..=31).contains(d)) {
        day.eat_spaces();
        let suffix = (day.pos > c.pos + d.to_string().len()).then(|| day.eat_any(&["日", "号"])).flatten();
        // 3 月 12 号线 is a metro line, as 5月1号线 is.
        if suffix.is_some_and(|i| i == 0 || !day.peek().is_some_and(|n| AFTER_A_NUMBER_SIGN.contains(n))) {
            *at = day;
            return Some(Part::Day(month, d));
        }
    }
    if arabic.is_none() && !after_year && !stands_as_a_month(&c) {
        return None;
    }
    // The text stops at 月 before 份 (6月份 → 6月), as at 年 before 度, unless more of the date follows.
    let month_end = c;
    c.eat("份");
    let mut w = c;
    if let Some(within) = within(&mut w, 5).or_else(|| half(&mut w, "月").map(Within::Half)) {
        *at = w;
        return Some(Part::Within(Some(month), within));
    }
    // 6月底, 十二月月底, 3月上旬 (a dekad: days 1–10, 11–20, 21 to the end), 9月中下旬 (two).
    let mut edge = c;
    edge.eat("月");
    if let Some(e) = edge.eat_edge(&DEKAD_EDGES) {
        if e >= 3 {
            *at = edge;
            return Some(Part::Dekad(month, e as u32 - 2));
        }
        *at = edge;
        return Some(Part::Month(month));
    }
    // 9月杪, 9月尾: the month's end, as Malaysia's and Hong Kong's papers print it.
    if edge.eat_any(&["杪", "尾"]).is_some_and(|e| e == 0 || !tail_word(&edge)) {
        *at = edge;
        return Some(Part::Month(month));
    }
    *at = month_end;
    Some(Part::Month(month))
}

/// Whether the 尾 just read (`c` after it) begins a word, not the end of a month or year: Taiwan's 尾牙
/// (a year-end banquet), 尾随 (to follow: 少年尾随), 尾数 (the last digits), 尾款 (a balance due), 尾声,
/// 尾盘, 尾货.
fn tail_word(c: &Cursor) -> bool {
    c.peek().is_some_and(|n| among("牙随数款声盘货", n))
}

/// The marks of a list of dekads after a month's (11月上旬、中旬和下旬).
const LIST_MARKS: [&str; 5] = ["、", "和", "及", "与", "或"];

/// A month's edges and dekads after it, in the order [`Part::Dekad`] numbers them from the fourth
/// (上旬 1 … 中下旬 5).
const DEKAD_EDGES: [&str; 8] = ["底", "初", "末", "上旬", "中旬", "下旬", "上中旬", "中下旬"];

/// The end of a range of days with its month (6月17日至7月2日), whose day may go without 日 or 号
/// before any word but a number (1月3至2月10为申报期; not 2月10万辆).
fn day_after_range(at: &mut Cursor) -> Option<Part> {
    let mut c = *at;
    if let Some(part) = month_part(&mut c, true).filter(|p| matches!(p, Part::Day(..))) {
        *at = c;
        return Some(part);
    }
    let mut c = *at;
    let month = c.small_number(true).filter(|m| (1..=12).contains(m))?;
    if !c.eat("月") {
        return None;
    }
    let day = c.digits(1, 2).filter(|d| (1..=31).contains(d))?;
    if c.peek().is_some_and(|n| is_numeral(n) || matches!(n, '.' | '%' | '％' | '个' | '余' | '多')) {
        return None;
    }
    *at = c;
    Some(Part::Day(month, day))
}

/// A day of the month printed without 日 or 号 after its month (1月3至2月10, 截至9月30，): Arabic
/// digits followed by a range joiner, punctuation, the end of the text or a verb of
/// [`AFTER_A_BARE_DAY`] (10月22出生), never by a unit or another word (6月10万辆, 3月15晚会).
fn bare_day(at: &mut Cursor) -> Option<u32> {
    let mut c = *at;
    let d = c.digits(1, 2).filter(|d| (1..=31).contains(d))?;
    let ends = match c.peek() {
        None => true,
        Some(n) => {
            matches!(n, '，' | ',' | '。' | '；' | ';' | '、' | '）' | ')' | '！' | '？' | '\n' | '”' | '"')
                || AFTER_A_BARE_DAY.iter().any(|w| c.rest().starts_with(w))
                || {
                    // A range must follow: 1月3至2月10, 4月12-19日 (not 5月8-10万吨).
                    let mut j = c;
                    j.eat_joiner()
                        && (day_number(&mut { j }, false).is_some() || day_after_range(&mut { j }).is_some())
                }
        }
    };
    if !ends {
        return None;
    }
    *at = c;
    Some(d)
}

/// Words after 十月 that make it part of a word or a name, not October: 十月怀胎, 十月革命, 十二月党人.
const NOT_AFTER_A_TENTH_MONTH: [&str; 3] = ["怀胎", "革命", "党人"];

/// Whether a Chinese-numeral month printed without a year or a day (`c` is after its 月) is a month:
/// followed by 份, an edge (底 初 末 上旬 中旬 下旬), 以来 or 起, or by no Chinese character at all
/// (五月，项目开工); or 十月, 十一月, 十二月 before any word but [`NOT_AFTER_A_TENTH_MONTH`], as Taiwan's
/// papers print months (十二月零售业营业额: none of them is a count of months, which is 十二个月).
/// Else it is part of a word or a name (五月天, 十月怀胎, 三月三).
fn stands_as_a_month(c: &Cursor) -> bool {
    let rest = c.rest();
    let tenth = ["十月", "十一月", "十二月"].iter().any(|m| c.before_text().ends_with(m));
    tenth && !NOT_AFTER_A_TENTH_MONTH.iter().any(|w| rest.starts_with(w))
        || AFTER_A_MONTH.iter().any(|w| rest.starts_with(w))
        || !rest.chars().next().is_some_and(crate::text::chars::is_han)
        || within(&mut { *c }, 5).is_some()
        || {
            // Another month joined to it (三月到五月, 三月和九月之间).
            let mut n = *c;
            (n.eat_joiner() || n.eat_any(&["和", "与"]).is_some())
                && n.small_number(true).is_some_and(|m| (1..=12).contains(&m))
                && n.eat("月")
        }
}

/// A day of the month and its 日 or 号: `31日`, or `三十一日` unless `arabic_only`.
fn day_number(at: &mut Cursor, arabic_only: bool) -> Option<u32> {
    let mut c = *at;
    let d = c.small_number(!arabic_only).filter(|d| (1..=31).contains(d))?;
    let suffix = c.eat_any(&["日", "号"])?;
    // 5月1号线 is a metro line, not a date.
    if suffix > 0 && c.peek().is_some_and(|n| AFTER_A_NUMBER_SIGN.contains(n)) {
        return None;
    }
    *at = c;
    Some(d)
}

/// Extends a point by a printed range end: 2023—2025年 is read by [`year_range`]; here 1月至4月,
/// 6月17日至18日, 6月17日至7月2日, 2023年至2025年, 2023年1月至2024年3月.
fn with_range_end(at: Cursor, start: Point) -> (usize, When) {
    // Past the 份 the start's text leaves out (1月份至3月份).
    let mut past = at;
    past.eat("份");
    let mut c = past;
    if c.eat_joiner() {
        if let Some(end) = range_end(&mut c, start) {
            return (c.pos, When::Range(start, end));
        }
    }
    // 2015年和2018年之间, 10月与5月间 (之间 stays out of the text).
    let mut c = past;
    if c.eat_any(&["和", "与"]).is_some() {
        if let Some(end) = range_end(&mut c, start) {
            if c.rest().starts_with("之间") || c.rest().starts_with('间') {
                return (c.pos, When::Range(start, end));
            }
        }
    }
    (at.pos, When::Point(start))
}

/// The end of a range after its connector, compatible with the start's precision.
fn range_end(at: &mut Cursor, start: Point) -> Option<Point> {
    let mut c = *at;
    let year = if start.year == Year::Missing { None } else { year_head(&mut c, Script::PLAIN) };
    let part = match (start.part, year) {
        // The end may name a part of its year (2018年至2024年第二季度: to the quarter).
        (Part::Whole, Some(_)) => year_part(&mut c, true).unwrap_or(Part::Whole),
        (Part::Day(month, _), None) => {
            let mut d = c;
            match day_number(&mut d, false) {
                Some(day) => {
                    c = d;
                    Part::Day(month, day)
                }
                None => day_after_range(&mut c)?,
            }
        }
        (Part::Day(..), Some(_)) => month_part(&mut c, true).filter(|p| matches!(p, Part::Day(..)))?,
        (Part::Month(_) | Part::Dekad(..), _) => {
            month_part(&mut c, true).filter(|p| matches!(p, Part::Month(_) | Part::Dekad(..)))?
        }
        _ => return None,
    };
    *at = c;
    Some(Point { year: year.unwrap_or(Year::Missing), part })
}

/// `2023—2025年`, `2023-2025年`, `二〇一六至二〇二〇年`: two printed years sharing one 年.
fn year_range(mut at: Cursor) -> Option<(usize, When)> {
    if at.before().is_some_and(|c| NOT_BEFORE_A_DATE.contains(c) || is_numeral(c)) {
        return None;
    }
    let year = |c: &mut Cursor| c.digits(4, 4).or_else(|| c.chinese_year()).filter(|y| YEARS.contains(y));
    let from = year(&mut at)?;
    if !at.eat_joiner() {
        return None;
    }
    let to = year(&mut at).filter(|y| *y > from)?;
    if !at.eat("年") {
        return None;
    }
    let point = |y: u32| Point { year: Year::Printed(y as i32), part: Part::Whole };
    Some((at.pos, When::Range(point(from), point(to))))
}

/// `1—4月`, `一至四月`: two months sharing one 月.
fn month_range(mut at: Cursor, year: Year) -> Option<(usize, When)> {
    if at.peek().is_some_and(|c| arabic_digit(c).is_none())
        && at.before().is_some_and(|c| NOT_BEFORE_A_CHINESE_MONTH.contains(c))
    {
        return None;
    }
    let from = at.small_number(true).filter(|m| (1..=12).contains(m))?;
    if !at.eat_joiner() {
        return None;
    }
    let to = at.small_number(true).filter(|m| (from + 1..=12).contains(m))?;
    if !at.eat("月") {
        return None;
    }
    // The text stops at 月 before 份 (1—4月份 → 1—4月).
    let point = |m| Point { year, part: Part::Month(m) };
    Some((at.pos, When::Range(point(from), point(to))))
}

/// A date without a year: 5月31日, 6月底, 1—4月, 上半年, 一季度, 前三季度, 年底 (not a bare 年内).
fn yearless_expression(at: Cursor) -> Option<(usize, When)> {
    if let Some(range) = year_range(at) {
        return Some(range);
    }
    if at
        .before()
        .is_some_and(|c| NOT_BEFORE_A_DATE.contains(c) || is_numeral(c) || NOT_BEFORE_A_PART.contains(c))
    {
        return None;
    }
    // Spacing around an Arabic number does not part it from a word before it (前 10 月 is 前10月).
    let spaced_before = at.before_text().trim_end_matches([' ', '\u{3000}', '\u{a0}']);
    if spaced_before.len() < at.before_text().len()
        && spaced_before.chars().next_back().is_some_and(|c| NOT_BEFORE_A_PART.contains(c))
    {
        return None;
    }
    // A month after a 年 whose year was not read (113年1月 in a text of no telling script, 每年1月)
    // belongs to that year, not to the reference's.
    if at.before() == Some('年') && at.peek().is_some_and(|c| arabic_digit(c).is_some() || is_numeral(c)) {
        return None;
    }
    // And so does a month listed after a month of 每年 (每年1月及2月, 每年3月至5月): it recurs too.
    if listed_after_a_recurring_month(at.before_text()) {
        return None;
    }
    if let Some(range) = month_range(at, Year::Missing) {
        return Some(range);
    }
    let mut c = at;
    if let Some((from, to)) = first_quarters(&mut c, false)
        .or_else(|| quarter_range(&mut c))
        .or_else(|| opening_first_months(&mut c))
    {
        let point = |part| Point { year: Year::Missing, part };
        return Some((c.pos, When::Range(point(from), point(to))));
    }
    let mut c = at;
    if c.eat("上年") && same_period(&mut c) {
        return Some((c.pos, When::SamePeriod(None)));
    }
    if at.rest().starts_with('年') && at.before().is_some_and(|c| NOT_BEFORE_A_BARE_YEAR.contains(c)) {
        return None;
    }
    // A bare 年内 (计划年内投产) is a scope, no date (the corpus gold's reading, a08); 2025年内 is the year.
    let mut c = at;
    if let Some(part) = year_part(&mut c, false) {
        return Some(with_range_end(c, Point { year: Year::Missing, part }));
    }
    days(at)
}

/// A decade or a century: `80年代`, `八十年代` (1930s to 1990s), `1990年代`, `上世纪80年代` (the last century is the
/// 20th), `20世纪60年代`, `十九世纪七十年代`, `18世纪` (1700 to 1799); not when a vague part of it follows
/// (`80年代初`, `20世纪末期`).
fn decades(at: Cursor) -> Option<(usize, When)> {
    if at.before().is_some_and(|c| NOT_BEFORE_A_DATE.contains(c) || is_numeral(c)) {
        return None;
    }
    let mut c = at;
    let century = if c.eat_any(&["上世纪", "上个世纪"]).is_some() {
        Some(20)
    } else {
        let mut n = c;
        match n.small_number(true).filter(|n| (1..=21).contains(n)) {
            Some(century) if n.eat("世纪") => {
                c = n;
                Some(century)
            }
            _ => None,
        }
    };
    let mut d = c;
    let decade = d.small_number(true).filter(|n| n % 10 == 0 && *n > 0 && *n < 100).filter(|_| d.eat("年代"));
    let decade = match decade {
        Some(n) => {
            c = d;
            Some(n)
        }
        None => None,
    };
    // A decade printed with its four digits (1990年代, 2010年代), looked at only when 年代 follows them.
    let rest = c.rest();
    let full = (century.is_none()
        && decade.is_none()
        && rest.get(..4).is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
        && rest[4..].starts_with("年代"))
    .then(|| rest[..4].parse::<u32>().ok().filter(|y| y % 10 == 0 && YEARS.contains(y)))
    .flatten();
    if full.is_some() {
        c.pos += 4 + "年代".len();
    }
    let (from, to) = match (full, century, decade) {
        (Some(y), ..) => (y, y + 9),
        (None, Some(century), Some(n)) => {
            let y = (century - 1) * 100 + n;
            (y, y + 9)
        }
        (None, Some(century), None) => ((century - 1) * 100, (century - 1) * 100 + 99),
        (None, None, Some(n)) if n >= 30 => (1900 + n, 1909 + n),
        _ => return None,
    };
    if AFTER_A_DECADE.iter().any(|w| c.rest().starts_with(w)) {
        return None;
    }
    let point = |y: u32| Point { year: Year::Printed(y as i32), part: Part::Whole };
    Some((c.pos, When::Range(point(from), point(to))))
}

/// A period named relative to the reference date, with a part of it: `今天`, `昨日`, `上周`, `下周三`,
/// `本月9日`, `上个月15号`, `本月初`, `当月`, `上季度末`, `下下个季度`; and a bare `月底`, `月初`, `月末`
/// (this month's, or the previous month named) at the start of a clause or after 在 于 至 到.
fn relative_period(at: Cursor) -> Option<(usize, When)> {
    // Not the 数 ending a noun (恒生指数今早, 人数本月): the word holds no number for it to count.
    if at.before().is_some_and(|c| {
        NOT_BEFORE_A_RELATIVE_PERIOD.contains(c) || c != '数' && NOT_BEFORE_A_DATE.contains(c)
    }) {
        return None;
    }
    let mut c = at;
    let Some((unit, previous, offset)) = RELATIVE_PERIODS.eat(&mut c) else {
        let mut c = at;
        if let Some((unit, h)) = bare_half(&mut c) {
            let detail = Detail::Within(Within::Half(h));
            return Some((c.pos, When::Shifted { unit, offset: 0, previous: false, detail }));
        }
        let edge = c.eat_edge(&["月底", "月末", "月初"])?;
        if at.before().is_some_and(|b| {
            is_numeral(b) || (crate::text::chars::is_han(b) && !BEFORE_A_BARE_MONTH_EDGE.contains(b))
        }) {
            return None;
        }
        let detail = if edge == 2 { Detail::First } else { Detail::Last };
        return Some((c.pos, When::Shifted { unit: Unit::Month, offset: 0, previous: true, detail }));
    };
    if AFTER_A_RELATIVE_PERIOD.iter().any(|w| c.rest().starts_with(w)) {
        return None;
    }
    // 上季, 上一季 without 度, as Hong Kong's and Taiwan's papers print the quarter before, only as a
    // comparison's base (较上季增加0.7个百分点): alone they are as often the season before (球队上季).
    if unit == Unit::Quarter
        && c.before() == Some('季')
        && !at.before().is_some_and(|b| matches!(b, '比' | '较' | '与' | '同'))
    {
        return None;
    }
    let detail = match unit {
        Unit::Week => {
            let mut d = c;
            d.eat_any(&["周", "星期", "礼拜"]);
            match d.eat_any(&["一", "二", "三", "四", "五", "六", "日", "天", "末"]) {
                Some(8) => {
                    c = d;
                    Detail::Weekend
                }
                // 本周三（11月15日）: the weekday is the date in brackets, as a bare weekday is.
                Some(_) if dated_in_brackets(d.rest().trim_start()) => {
                    let mut b = d;
                    b.eat_spaces();
                    return bracket_date(b).map(|when| (d.pos, when));
                }
                Some(i) => {
                    c = d;
                    let day = |i: usize| (i as u32 + 1).min(7);
                    // 本周一至周三, 下周二到四: a span of the week's days.
                    let mut e = d;
                    let last = e.eat_joiner().then(|| e.eat_any(&["周", "星期", "礼拜"])).and_then(|_| {
                        e.eat_any(&["一", "二", "三", "四", "五", "六", "日", "天"])
                            .filter(|&j| day(j) > day(i))
                    });
                    match last {
                        Some(j) => {
                            c = e;
                            Detail::Weekdays(day(i), day(j))
                        }
                        None => Detail::Weekday(day(i)),
                    }
                }
                None => Detail::Whole,
            }
        }
        Unit::Month => {
            let mut d = c;
            if let Some(w) = within(&mut d, 5) {
                c = d;
                Detail::Within(w)
            } else if let Some(day) = day_number(&mut d, false) {
                c = d;
                Detail::Day(day)
            } else {
                match c.eat_edge(&DEKAD_EDGES) {
                    Some(1) => Detail::First,
                    Some(i) if i < 3 => Detail::Last,
                    Some(i) => Detail::Dekad(i as u32 - 2),
                    None => Detail::Whole,
                }
            }
        }
        Unit::Quarter => match c.eat_edge(&["初", "末", "底"]) {
            Some(0) => Detail::First,
            Some(_) => Detail::Last,
            None => Detail::Whole,
        },
        Unit::Day | Unit::Half | Unit::Year => Detail::Whole,
    };
    Some((c.pos, When::Shifted { unit, offset, previous, detail }))
}

/// A count of time before or after: `3年前`, `两年前`, `5天前`, `3个月前`, `20天后`, `3年以后`, `4周后`,
/// `3年半前`, `半年后`, `三个季度后` (a day, a week, a month or a year). Before
/// (前 以前 之前) anywhere; after (后 以后 之后) only at the start of a clause or after 在 于 是 至 到,
/// since `开工30天后` counts from an event and is no date.
fn elapsed(at: Cursor) -> Option<(usize, When)> {
    let before = at.before();
    if before.is_some_and(|c| NOT_BEFORE_A_DATE.contains(c) || is_numeral(c)) {
        return None;
    }
    // 二、三年前 is the vague 两三年前 printed with 、 (a duration of figures, as that one), not a date.
    if at.before_text().strip_suffix('、').and_then(|t| t.chars().next_back()).is_some_and(is_numeral) {
        return None;
    }
    let mut c = at;
    // 半年后 is six months; 3年半前 42; 三个季度后 nine.
    let (unit, n) = if c.eat("半年") {
        (Unit::Month, 6)
    } else {
        let n = c.count().filter(|n| (1..=200).contains(n))?;
        match c.eat_any(&["年半", "年", "天", "个月", "个季度", "周", "个星期", "个礼拜"])? {
            0 => (Unit::Month, 12 * n + 6),
            1 => (Unit::Year, n),
            2 => (Unit::Day, n),
            3 => (Unit::Month, n),
            4 => (Unit::Month, 3 * n),
            _ => (Unit::Week, n),
        }
    };
    let sign = match c.eat_any(&["以前", "之前", "前", "以后", "之后", "后"])? {
        0..=2 => -1,
        _ => {
            if before.is_some_and(|b| crate::text::chars::is_han(b) && !BEFORE_A_TIME_LATER.contains(b)) {
                return None;
            }
            1
        }
    };
    // 3年前三季度, 5天前后: another word goes on.
    if c.peek().is_some_and(|n| n == '后' || n == '年') {
        return None;
    }
    Some((c.pos, When::Elapsed { unit, offset: sign * n as i32 }))
}

/// A count of years or months with 多 or 半 since which something has run: `3年多以来`, `两年多来` (from the
/// year that many years back), `3年半以来`, `3个多月以来` (from the month that many months back), up to
/// the reference day. A count that is only more than so many names the calendar year (month) it reaches
/// back to; an exact `3年来` (from one day three years back) and `17天内` are left out.
fn since(at: Cursor) -> Option<(usize, When)> {
    if at.before().is_some_and(|c| NOT_BEFORE_A_DATE.contains(c) || is_numeral(c)) {
        return None;
    }
    let mut c = at;
    let n = c.count().filter(|n| (1..=100).contains(n))? as i32;
    let (unit, offset) = match c.eat_any(&["年多", "年半", "个多月"])? {
        0 => (Unit::Year, n),
        1 => (Unit::Month, 12 * n + 6),
        _ => (Unit::Month, n),
    };
    c.eat_any(&["以来", "来"])?;
    Some((c.pos, When::Since { unit, offset }))
}

/// A stretch of time up to the reference day or from it: `过去十年`, `过去3个月`, `未来两周`, `前1周`,
/// `后1年` (so many days, weeks, months or years). 过去 and 未来 with any count; 前 and 后 only where
/// a count after them may begin (at the start of a clause or after 在 于 是 至 到: 开幕前3天 counts from
/// an event), with Arabic digits (前一天, 前三年 narrate the day before an event, a plan's first years;
/// 前两天, 前两年 are the vague "the other day", "a couple of years ago"), and not in months (前4个月 is
/// the first months of a year). Not before a word that goes on (前3天以前, 过去3年多).
fn stretch(at: Cursor) -> Option<(usize, When)> {
    let before = at.before();
    if before.is_some_and(|c| NOT_BEFORE_A_DATE.contains(c) || is_numeral(c)) {
        return None;
    }
    let mut c = at;
    let word = c.eat_any(&["过去", "未来", "前", "后"])?;
    let sign = if word % 2 == 0 { -1 } else { 1 };
    let bare = word >= 2;
    if bare
        && (before.is_some_and(|b| is_han(b) && !BEFORE_A_TIME_LATER.contains(b))
            || !c.peek().is_some_and(|d| arabic_digit(d).is_some()))
    {
        return None;
    }
    let n = c.count().filter(|n| (1..=100).contains(n))?;
    let unit = match c.eat_any(&["天", "周", "个星期", "个礼拜", "年", "个月"])? {
        0 => Unit::Day,
        1..=3 => Unit::Week,
        4 => Unit::Year,
        _ if !bare => Unit::Month,
        _ => return None,
    };
    if c.peek().is_some_and(|n| matches!(n, '前' | '后' | '以' | '之' | '半' | '多' | '余')) {
        return None;
    }
    Some((c.pos, When::Stretch { unit, offset: sign * n as i32 }))
}

/// A day of the month alone: `10日`, `21日至22日`, at the start of the text, after white space or
/// punctuation (not `.`, `-`, `/`: 3.5日), or after a Chinese character that is not a numeral or a word
/// of counting ([`NOT_BEFORE_A_DAY`]), and not before [`DURATION_AFTER_DAY`].
fn days(mut at: Cursor) -> Option<(usize, When)> {
    let ascii_word = |b: char| b.is_ascii_alphanumeric() || matches!(b, '.' | '-' | '/' | ':' | '+' | '%');
    if at.before().is_some_and(|b| ascii_word(b) || NOT_BEFORE_A_DAY.contains(b) || b == '月') {
        return None;
    }
    // `day_number` also takes 号 (1号文件, 2号机组 are not dates): only a day written with 日.
    let day = |c: &mut Cursor| day_number(c, true).filter(|_| c.before() == Some('日'));
    // In Chinese numerals (十九日, 廿六日, 五日) only before a time of day or a verb of the report
    // ([`AFTER_A_CHINESE_DAY`]), or as a wire dateline's, 电 then no Han (北京一日电 , 一日电】): 三日,
    // 十五日 alone are as often counts of days; below the 10th not before 在 or 于 (一日在家).
    let chinese_day = |c: &mut Cursor| {
        let mut d = *c;
        let n = d.chinese_small().filter(|n| (1..=31).contains(n))?;
        if !d.eat("日") {
            return None;
        }
        let mut e = d;
        let wire = e.eat("电") && !e.peek().is_some_and(is_han);
        let word = AFTER_A_CHINESE_DAY.iter().find(|w| d.rest().starts_with(*w));
        (wire || word.is_some_and(|w| n >= 10 || !matches!(*w, "在" | "于"))).then(|| {
            *c = d;
            n
        })
    };
    let first = day(&mut at).or_else(|| chinese_day(&mut at))?;
    let mut c = at;
    let last = if c.eat_joiner() { day(&mut c).filter(|d| *d > first) } else { None };
    if last.is_some() {
        at = c;
    }
    if DURATION_AFTER_DAY.iter().any(|w| at.rest().starts_with(w)) {
        return None;
    }
    Some((at.pos, When::Days(first, last)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        recognise(text, false, false).into_iter().map(|r| &text[r.span]).collect()
    }

    /// The set of beginnings holds every numeral.
    #[test]
    fn numerals_may_begin() {
        let numerals = (0..=0xFFFF).filter_map(char::from_u32).filter(|&c| is_numeral(c));
        assert!(numerals.clone().count() > 30 && numerals.clone().all(may_begin));
    }

    #[test]
    fn finds_the_forms() {
        assert_eq!(texts("2009年6月28日,两地签署"), ["2009年6月28日"]);
        assert_eq!(texts("今年1—4月,实现"), ["今年1—4月"]);
        assert_eq!(texts("确保6月30日前具备"), ["6月30日"]);
        assert_eq!(texts("项目预计2025年内建成"), ["2025年"]);
        assert_eq!(texts("较去年同期32亿元"), ["去年同期"]);
        assert_eq!(texts("合作建园10余年来,近年来"), Vec::<&str>::new());
        assert_eq!(texts("发布时间:2025-05-08 08:40:00"), ["2025-05-08 08:40:00"]);
        assert_eq!(texts("管理局十九日于发表会中宣布"), ["十九日"]);
        assert_eq!(
            texts("计划2024 年 11月底前完成，至2025年 12 月底竣工"),
            ["2024 年 11月底", "2025年 12 月底"]
        );
        assert_eq!(texts("局长二十六日上午表示"), ["二十六日"]);
        assert_eq!(texts("须在十五日内完成，用时三日。"), Vec::<&str>::new());
    }
}
