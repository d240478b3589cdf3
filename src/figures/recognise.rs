//! Recognition: turns a scanned stretch into a figure (kind, value, unit, approx, range), or
//! rejects it when it is not a quantity: a year or date, an ordinal (第十届), a slogan in quotes
//! (“五个聚焦”), a tier label (千亿级), an indefinite 一 (一批, 一个个), a model or code number.

use super::approx;
use super::numerals::{self, Number};
use super::scan::{Scanned, Shape};
use super::units::{self, Unit};
use super::Figure;
use crate::model::{Approx, FigureKind};
use crate::text::bounds::QUOTE_BREAK;
use crate::text::spans::Spans;
use crate::text::words::{data_file, vocabulary};
use crate::text::Span;
use std::sync::LazyLock;

/// The text a figure is recognised in.
pub(crate) struct Text<'a> {
    /// The body as printed (figure texts come from here).
    pub(crate) body: &'a str,
    /// The body in simplified characters, same byte offsets (matching happens here).
    pub(crate) simplified: &'a str,
    /// The ISO code of a bare 元 in this article (CNY, or TWD from a Taiwanese outlet).
    pub(crate) local_currency: &'static str,
    /// Spans the dates extractor found: never figures.
    pub(crate) dates: Spans,
    /// Short quoted stretches (“1+7”, “五个聚焦”): slogans and names, never figures.
    pub(crate) slogans: Spans,
}

impl Text<'_> {
    fn char_before(&self, at: usize) -> Option<char> {
        self.simplified[..at].chars().next_back()
    }
    fn char_after(&self, at: usize) -> Option<char> {
        self.simplified[at..].chars().next()
    }
}

/// Quoted stretches of at most this many characters are slogans or names.
const SLOGAN_CHARS: usize = 12;

/// Finds the short quoted stretches of `text` (“…”, 「…」, ‘…’, 『…』, "…").
pub(crate) fn slogans(text: &str) -> Spans {
    let mut out = Vec::new();
    for (open, close) in [('“', '”'), ('「', '」'), ('‘', '’'), ('『', '』'), ('"', '"')] {
        let mut from = 0;
        while let Some(i) = text[from..].find(open).map(|i| i + from) {
            let inner = i + open.len_utf8();
            let Some(j) = text[inner..].find(close).map(|j| j + inner) else { break };
            let content = &text[inner..j];
            if content.chars().count() <= SLOGAN_CHARS && !content.contains(QUOTE_BREAK) {
                out.push(i..j + close.len_utf8());
            }
            from = j + close.len_utf8();
        }
    }
    Spans::new(out)
}

/// Characters of a vocabulary file that lists one per line.
fn characters(source: &'static str) -> String {
    vocabulary(source).collect()
}

/// What comes right before a number and makes it an ordinal or a label: 第十届, 五届六次 (届),
/// model and code numbers (A320, 5G, 1+7).
static LABEL_PREFIXES: LazyLock<String> =
    LazyLock::new(|| characters(data_file!("figures/label-prefixes.txt")));

fn is_label_prefix(c: char) -> bool {
    LABEL_PREFIXES.contains(c) || c.is_ascii_alphanumeric()
}

/// Characters that, after 三成, make 成 part of a word (成为, 成立); before the numeral, a verb's
/// suffix (建成, 完成).
static TENTHS_WORD_AFTER: LazyLock<String> =
    LazyLock::new(|| characters(data_file!("figures/tenths-word-after.txt")));
static TENTHS_WORD_BEFORE: LazyLock<String> =
    LazyLock::new(|| characters(data_file!("figures/tenths-word-before.txt")));

/// The multiplier of the scale characters a number ends with (20亿 → 1e8, 3万亿 → 1e12).
fn trailing_scale(number: &str) -> f64 {
    let scales: String = number.chars().rev().take_while(|c| "十百千万亿兆".contains(*c)).collect();
    if scales.is_empty() {
        return 1.0;
    }
    let scales: String = scales.chars().rev().collect();
    numerals::parse(&format!("1{scales}")).map_or(1.0, |n| n.low)
}

fn has_scale(number: &str) -> bool {
    number.contains(['十', '百', '千', '万', '亿', '兆'])
}

/// Parses a number, reading a leading 上 (上百) as 百.
fn parse_number(text: &str) -> Option<Number> {
    numerals::parse(text.strip_prefix('上').unwrap_or(text))
}

/// Parses a numeral that may carry a Chinese decimal point (三点五).
fn parse_decimal(text: &str) -> Option<f64> {
    match text.split_once('点') {
        None => parse_number(text).map(|n| n.low),
        Some((whole, fraction)) => {
            let whole = parse_number(whole)?.low;
            let digits: Option<String> = fraction
                .chars()
                .map(|c| numerals::parse(&c.to_string()).map(|n| char::from(b'0' + n.low as u8)))
                .collect();
            format!("{whole}.{}", digits?).parse().ok()
        }
    }
}

fn figure(span: Span, kind: FigureKind, value: f64, unit: Option<String>) -> Figure {
    Figure {
        span,
        kind,
        value,
        unit,
        approx: None,
        range: None,
        metric: None,
        period: None,
        modality: None,
        comparison: None,
    }
}

/// The approximation printed around `span` (before it or after it).
fn approx_around(text: &Text, span: &Span) -> Option<Approx> {
    approx::before(text.simplified, span.start)
        .map(|(a, _)| a)
        .or_else(|| approx::after(text.simplified, span.end))
}

/// Recognises one scanned stretch.
pub(crate) fn recognise(text: &Text, scanned: &Scanned) -> Option<Figure> {
    let span = scanned.span.clone();
    if text.dates.overlaps(&span) || text.slogans.overlaps(&span) {
        return None;
    }
    if text.char_before(span.start).is_some_and(is_label_prefix) || text.char_after(span.end) == Some('+') {
        return None;
    }
    // 前10名, 前三位: a ranking; 前4个月: a period (the first four months), which is a date.
    let printed = &text.simplified[span.clone()];
    if text.simplified[..span.start].ends_with('前')
        && (printed.ends_with(['名', '位']) || printed.ends_with("个月"))
    {
        return None;
    }
    let mut figure = match &scanned.shape {
        Shape::Quantity { low, low_unit, number, unit } => {
            quantity(text, &span, low, low_unit, number, unit)?
        }
        Shape::Fraction { denominator, numerator } => {
            let den = parse_number(&text.simplified[denominator.clone()])?.low;
            let num = parse_decimal(&text.simplified[numerator.clone()])?;
            let value = numerals::tidy(num / den * 100.0);
            (den > 0.0).then(|| figure(span.clone(), FigureKind::Percent, value, None))?
        }
        Shape::Tenths { number } => {
            // 成 after a numeral is also a verb suffix (建成, 一成不变, 三成为): only when it stands alone.
            if text.char_after(span.end).is_some_and(|c| TENTHS_WORD_AFTER.contains(c))
                || text.char_before(span.start).is_some_and(|c| TENTHS_WORD_BEFORE.contains(c))
            {
                return None;
            }
            let n = parse_number(&text.simplified[number.clone()])?;
            let mut f = figure(span.clone(), FigureKind::Percent, n.low * 10.0, None);
            if n.high > n.low {
                f.range = Some([n.low * 10.0, n.high * 10.0]);
            }
            f
        }
        Shape::Doubling { times } => {
            let times =
                if times.is_empty() { 1.0 } else { parse_number(&text.simplified[times.clone()])?.low };
            figure(span.clone(), FigureKind::Multiple, 2f64.powf(times), None)
        }
        Shape::ImpliedMoney { number } => {
            let n = parse_number(&text.simplified[number.clone()])?;
            let mut f = figure(span.clone(), FigureKind::Money, n.low, Some(text.local_currency.to_owned()));
            f.approx = approx::inside(&text.simplified[number.clone()]);
            f
        }
    };
    if figure.approx.is_none() {
        figure.approx = approx_around(text, &span);
    }
    Some(figure)
}

/// Moves a scale character that ends an Arabic number into the unit when together they are a unit:
/// 414千米 is 414 km, not 414千 m (a Chinese numeral keeps it: 五千米 is 5000 m).
fn resplit(s: &str, number: &Span, unit: &Span) -> (Span, Span) {
    let n = &s[number.clone()];
    if let Some(c) = n.chars().next_back().filter(|c| "千百十".contains(*c)) {
        let head = &n[..n.len() - c.len_utf8()];
        let joined = format!("{c}{}", &s[unit.clone()]);
        if head.ends_with(|d: char| d.is_ascii_digit()) && units::lookup(&joined).is_some() {
            let at = number.end - c.len_utf8();
            return (number.start..at, at..unit.end);
        }
    }
    (number.clone(), unit.clone())
}

/// Characters that may follow the 多 of 两年多 or 十天多 when it means "more than": 两年多来, 一年多时间,
/// 三年多的, 一年多前. Any other Chinese character makes the 多 a word of its own (一年多次, 3天多地).
static AFTER_MORE: LazyLock<String> = LazyLock::new(|| characters(data_file!("figures/more-after.txt")));

/// A number with a unit, or a range of them.
fn quantity(
    text: &Text,
    span: &Span,
    low: &Option<Span>,
    low_unit: &Option<Span>,
    number: &Span,
    unit_span: &Span,
) -> Option<Figure> {
    let s = text.simplified;
    let (number, unit_span) = &resplit(s, number, unit_span);
    let unit: &Unit = units::lookup(&s[unit_span.clone()])?;
    if text.char_after(span.end).is_some_and(|c| unit.not_before.contains(c)) {
        return None;
    }
    if let Some(lu) = low_unit {
        if units::lookup(&s[lu.clone()]).map_or(true, |u| u.kind != unit.kind) {
            return None;
        }
    }
    let high_text = &s[number.clone()];
    let low_text = low.as_ref().map(|l| &s[l.clone()]);
    let is_year = |t: &str| unit.form == "年" && numerals::is_year(t);
    // A year (2011年), or 上半年 / 下半年: dates.
    if is_year(high_text) || low_text.is_some_and(is_year) {
        return None;
    }
    if high_text == "半" && text.char_before(span.start).is_some_and(|c| "上下前后".contains(c)) {
        return None;
    }
    if unit.form == "年" && s[..span.start].ends_with("民国") {
        return None;
    }
    let first = low_text.unwrap_or(high_text);
    // An indefinite 一 with a classifier (一批, 一个个, 一方面) is not a count.
    if unit.kind == FigureKind::Count && low.is_none() && matches!(high_text, "一" | "壹") {
        return None;
    }
    let high = parse_number(high_text)?;
    let mut low_value = match low_text {
        Some(t) => {
            let n = parse_number(t)?;
            if has_scale(t) {
                n.low
            } else {
                // A bare low end takes the scale of the high end: 10—20亿元 → 1e9.
                n.low * trailing_scale(high_text)
            }
        }
        None => high.low,
    };
    let mut high_value = high.high;
    let bare_scale = parse_number(first).is_some_and(|n| n.bare_scale) && !first.starts_with('上');
    // A bare scale is a figure only with a marker (亿元以上企业, 接近亿元, 近百公里); 千亿级, 千万个, 千家万户
    // are not figures.
    if bare_scale && approx_around(text, span).is_none() {
        return None;
    }
    // 兆 is a scale only for money (1.5兆元, Taiwan); 级 counts small levels only (两级, not 千亿级).
    if first.contains('兆') && unit.kind != FigureKind::Money
        || unit.form.ends_with('级')
            && (has_scale(high_text) && !high_text.starts_with('十') || high.low >= 100.0)
    {
        return None;
    }
    if low.is_some() && low_value >= high_value {
        return None;
    }
    low_value = numerals::tidy(low_value * unit.factor);
    high_value = numerals::tidy(high_value * unit.factor);
    let unit_name = match unit.kind {
        FigureKind::Count => Some(text.body[unit_span.clone()].to_owned()),
        FigureKind::Money if unit.form == "元" => {
            // The currency named right before a number printed with 元 (新台币50亿元, 美元3000万元).
            let named = units::currency_before(s, span.start).and_then(|u| u.unit);
            Some(named.unwrap_or(text.local_currency).to_owned())
        }
        _ => unit.unit.map(str::to_owned),
    };
    // After a count of years or days: 两年半, 三天半 (a half), 两年多来 (more than; not 一年多次).
    let after_unit = (unit.kind == FigureKind::Duration && low.is_none() && matches!(unit.form, "年" | "天"))
        .then(|| text.char_after(span.end))
        .flatten()
        .filter(|&c| match c {
            '半' => true,
            '多' | '余' => text
                .char_after(span.end + c.len_utf8())
                .map_or(true, |n| !crate::text::chars::is_han(n) || AFTER_MORE.contains(n)),
            _ => false,
        });
    // 1个半月, 两个半小时: a half inside the unit (of a single number: a range keeps its ends).
    let half = after_unit == Some('半') || (low.is_none() && unit.form.contains('半'));
    let span = span.start..span.end + after_unit.map_or(0, char::len_utf8);
    let low_value = if half { low_value + 0.5 } else { low_value };
    let mut f = figure(span, unit.kind, low_value, unit_name);
    if low.is_some() || high.low < high.high {
        f.range = Some([low_value, high_value]);
    }
    f.approx = approx::inside(high_text)
        .or_else(|| low_text.and_then(approx::inside))
        .or_else(|| approx::inside(unit.form)) // 3个多月
        .or_else(|| after_unit.filter(|c| *c != '半').map(|_| Approx::Over));
    Some(f)
}
