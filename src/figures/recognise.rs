//! Recognition: turns a scanned stretch into a figure (kind, value, unit, approx, range), or
//! rejects it when it is not a quantity: a year or date, an ordinal (第十届), a slogan in quotes
//! (“五个聚焦”), a tier label (千亿级), an indefinite 一 (一批, 一个个), a model or code number.

use super::approx;
use super::numerals::{self, Number};
use super::scan::{Part, Scanned, Shape};
use super::units::{self, Unit};
use super::Figure;
use crate::model::{Approx, FigureKind};
use crate::text::bounds::{self, ends_clause, QUOTE_BREAK};
use crate::text::chars::among;
use crate::text::chars::holds;
use crate::text::chars::CharSet;
use crate::text::pattern;
use crate::text::spans::Spans;
use crate::text::words::{data_file, vocabulary};
use crate::text::Span;
use std::cell::OnceCell;
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
    /// The text is a list of numbers and nothing else ([`numbers_only`]): each number stands alone.
    pub(crate) numbers_only: bool,
    /// The currency of a 仙 in this text ([`cent_currency`]), worked out at the first 仙 (a search of
    /// the whole text per 仙 was quadratic).
    pub(crate) cents: OnceCell<Option<&'static str>>,
}

/// The clause of `s` before byte `at`: from just after the last clause mark before it, at most
/// [`bounds::REACH`] characters back.
fn clause_before(s: &str, at: usize) -> &str {
    &s[bounds::reach_start(s, at, ends_clause, bounds::REACH)..at]
}

/// Whether `text` is a list of numbers and nothing else (1, 234, 567.3 五点八): numerals, decimal
/// points, signs and spacing, with at least one comma between them. Each is then a number by itself,
/// even a plain integer that elsewhere may be a page number.
pub(crate) fn numbers_only(text: &str) -> bool {
    // The characters first: prose fails at its first word, before a scan of the whole text for a comma.
    text.chars().all(|c| {
        c.is_ascii_digit()
            || ('０'..='９').contains(&c)
            || chinese_digit_char(c)
            || among("十百千万亿拾佰仟点.．,，、-－ \u{3000}\t", c)
    }) && text.contains([',', '，', '、'])
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
            if (content.chars().count() <= SLOGAN_CHARS || slogan_list(content))
                && !content.contains(QUOTE_BREAK)
            {
                out.push(i..j + close.len_utf8());
            }
            from = j + close.len_utf8();
        }
    }
    Spans::new(out)
}

/// Whether a quoted stretch is a list of short slogans, however long (“一核引领、两翼齐飞、三区联动、
/// 四个确保、五项工程”): three items or more of at most six characters, each a slogan.
fn slogan_list(content: &str) -> bool {
    content.matches('、').count() >= 2
        && content.split('、').all(|item| (2..=6).contains(&item.chars().count()))
}

/// What comes right before a number and makes it an ordinal or a label: 第十届, 五届六次 (届),
/// model and code numbers (A320, 5G, 1+7).
static LABEL_PREFIXES: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("figures/label-prefixes.txt")));

fn is_label_prefix(c: char) -> bool {
    LABEL_PREFIXES.contains(c) || c.is_ascii_alphanumeric()
}

/// Characters that, after 三成, make 成 part of a word (成为, 成立); before the numeral, a verb's
/// suffix (建成, 完成).
static TENTHS_WORD_AFTER: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("figures/tenths-word-after.txt")));
static TENTHS_WORD_BEFORE: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("figures/tenths-word-before.txt")));

fn has_scale(number: &str) -> bool {
    number.contains(['十', '百', '千', '万', '亿', '兆'])
}

/// Parses a number, reading a leading 上 (上百) as 百.
fn parse_number(text: &str) -> Option<Number> {
    numerals::parse(text.strip_prefix('上').unwrap_or(text))
}

/// Parses a numeral that may carry a Chinese decimal point (三点五).
fn parse_decimal(text: &str) -> Option<f64> {
    if holds(text, "点") {
        return numerals::parse(text).map(|n| n.low);
    }
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

/// A figure with its span, kind, value and unit, the context fields left for later stages.
pub(super) fn figure(span: Span, kind: FigureKind, value: f64, unit: Option<String>) -> Figure {
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

/// The currency named right before the number at byte `at` of `s` (新台币50亿元), also before an
/// approximation marker in front of it (新台币逾3500亿元, 港币约20亿元).
fn named_currency(s: &str, at: usize) -> Option<&'static Unit> {
    let trimmed = |at: usize| s[..at].trim_end_matches([' ', '\u{3000}']).len();
    let at = trimmed(at);
    units::currency_before(s, at)
        .or_else(|| approx::before(s, at).and_then(|(_, marker)| units::currency_before(s, trimmed(marker))))
}

/// The low end of a range of tenths printed before its joiner without 成 (三 of 三至四成, 3 of 3到4成):
/// where it starts and its number; a Chinese numeral or digits, nothing else, right before the joiner.
fn tenths_low_end(s: &str, at: usize) -> Option<(usize, f64)> {
    let head = s[..at].strip_suffix(['至', '到', '—', '-', '~', '～', '–'])?;
    let numeral =
        |c: char| c.is_ascii_digit() || crate::text::chars::chinese_digit(c).is_some() || among("十两", c);
    let start = head.char_indices().rev().take_while(|&(_, c)| numeral(c)).last()?.0;
    // The low end stands alone: no other number glued before it.
    if head[..start].chars().next_back().is_some_and(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    Some((start, parse_number(&head[start..])?.low))
}

/// The high end of a range printed after its joiner without the low end's unit (四十 of 百分之三十至四十):
/// where it ends and its number; a Chinese numeral or digits (with a decimal point: 百分之4.5至5.5)
/// followed by no unit, number or 分.
fn bare_high_end(s: &str, at: usize) -> Option<(usize, f64)> {
    let rest = &s[at..];
    let joiner = ['至', '到', '—', '-', '~', '～', '–'].into_iter().find(|&j| rest.starts_with(j))?;
    let tail = &rest[joiner.len_utf8()..];
    let numeral = |c: char| {
        c.is_ascii_digit() || c == '.' || crate::text::chars::chinese_digit(c).is_some() || among("十两", c)
    };
    let len = tail.chars().take_while(|&c| numeral(c)).map(char::len_utf8).sum::<usize>();
    let len = tail[..len].trim_end_matches('.').len();
    let after = &tail[len..];
    let bare = !after.starts_with(['.', '%', '％', '分', '百', '千', '万', '亿'])
        && !units::UNITS.iter().any(|u| after.starts_with(u.form));
    (len > 0 && bare).then(|| Some((at + joiner.len_utf8() + len, parse_number(&tail[..len])?.low))).flatten()
}

/// The words before a count of phases (分三期, 分为两期, 分成两期, 共三期).
const PHASE_COUNT_BEFORE: [&str; 4] = ["分", "分为", "分成", "共"];

/// Whether `rest`, after an N年, opens with a month (113年1月, a ROC year without 民国 in a text of
/// no telling script): a year, not a count of years, whether or not the dates stage could place it
/// (a count goes on in 个月: 3年5个月).
fn before_its_month(rest: &str) -> bool {
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    (1..=2).contains(&digits) && rest[digits..].starts_with('月')
}

/// Words that may stand between an approximation marker and its number (至少有10个, 超过了80).
static APPROX_FILLER: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/approx-filler.txt")).collect());

/// The approximation printed around `span` (before it or after it). Before it, a currency named
/// between the marker and the number (逾新台币300亿元) and filler words (超过了80, 至少提供20公顷) are
/// skipped.
fn approx_around(text: &Text, span: &Span) -> Option<Approx> {
    let s = text.simplified;
    let mut at = span.start;
    at = s[..at].trim_end_matches([' ', '\u{3000}']).len();
    if let Some(u) = units::currency_before(s, at) {
        at -= u.form.len();
    }
    // Up to two filler words (约需投资5亿元), when a marker stands right before them.
    let mut probe = at;
    for _ in 0..2 {
        let Some(f) = APPROX_FILLER.iter().find(|f| s[..probe].ends_with(**f)) else { break };
        probe -= f.len();
        if approx::before(s, probe).is_some() {
            at = probe;
            break;
        }
    }
    approx::before(s, at)
        .map(|(a, _)| a)
        .or_else(|| approx::after(s, span.end))
        .or_else(|| approx::compared(s, span.start, span.end).map(|(a, ..)| a))
        .or_else(|| share_marker(s, at))
}

/// The marker before a share verb whose whole is named between it and the number: 约占全省三成,
/// 超过占全市的30% (at most [`SHARE_WHOLE_CHARS`] Han characters, no clause mark or number between).
fn share_marker(s: &str, at: usize) -> Option<Approx> {
    let head = &s[..at];
    let verb = head.char_indices().rev().take(SHARE_WHOLE_CHARS + 1).find(|&(_, c)| c == '占')?.0;
    let whole = &head[verb + '占'.len_utf8()..];
    if whole.is_empty() || !whole.chars().all(crate::text::chars::is_han) {
        return None;
    }
    approx::before(s, verb).map(|(a, _)| a)
}

/// The most characters a share's whole may take between 占 and the number (全省, 全市的, 全国总量的).
const SHARE_WHOLE_CHARS: usize = 8;

/// Words before a bare scale of money that make it a rate or a label, not a sum (每万元, 单位万元).
const PER_BEFORE_A_SUM: [&str; 4] = ["每", "单位", "按", "以"];

/// Words that, right before a number without a unit, make it a quantity with no approximation
/// (等于1535, 恰好 300).
static EXACT_BEFORE: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/exact-before.txt")).collect());

fn exact_before(s: &str, start: usize) -> bool {
    let head = s[..start].trim_end_matches([' ', '\u{3000}']);
    EXACT_BEFORE.iter().any(|w| head.ends_with(*w))
}

/// Words of counting before N日 that make it a count of days (连续6日, 一连三日, 共10日).
static COUNT_BEFORE_DAYS: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/count-before-days.txt")).collect());

/// Whether the N日 at `start..end` counts days: a word of [`COUNT_BEFORE_DAYS`] ends right before it,
/// as a word of its own (no dictionary word runs across its start: 中共5日, 农历十五日), and 日 opens
/// no word with what follows (周五日经, 日均, 日元; not 连续5日出现, where 出现 is the word).
fn counted_days(s: &str, start: usize, end: usize) -> bool {
    let head = &s[..start];
    let word_before = COUNT_BEFORE_DAYS.iter().filter(|w| head.ends_with(**w)).any(|w| {
        let at = start - w.len();
        let from = head[..at].char_indices().rev().nth(2).map_or(0, |(i, _)| i);
        !crate::text::segment::word_across(s, from, at)
    });
    // 日 is the last character of the span: no word of jieba's cut from it runs past it.
    let opens_word = crate::text::segment::word_across(s, end - '日'.len_utf8(), end);
    word_before && !opens_word
}

/// Words before 一年 (一个月, 一周 …) that make it a period rather than a count of time: 过去的一年.
static PERIOD_BEFORE: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/period-before.txt")).collect());

/// Characters that, right before 负, make it part of a word (正负, 减负).
static SIGN_WORD_BEFORE: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("figures/sign-word-before.txt")));

/// The minus sign printed right before `start` (负三十二, -10000, －122%): its byte length. Not after
/// a letter or digit (028-1234, 1-3月: a dash), nor in a word (正负, 减负).
fn minus_before(s: &str, start: usize) -> Option<usize> {
    let head = &s[..start];
    let sign = head.chars().next_back().filter(|c| matches!(c, '负' | '-' | '－' | '−'))?;
    let before = head[..head.len() - sign.len_utf8()].chars().next_back();
    let ok = match before {
        None => true,
        Some(b) => {
            let letter_or_digit = b.is_alphanumeric() && !crate::text::chars::is_han(b);
            let code_mark = matches!(b, '-' | '－' | '.' | '/' | ':' | '_');
            let in_word = sign == '负' && SIGN_WORD_BEFORE.contains(b);
            !(letter_or_digit || code_mark || in_word)
        }
    };
    ok.then_some(sign.len_utf8())
}

/// Whether `span` lies in a web address, e-mail or other code printed in ASCII (percent-encoding
/// %E9, ?q=30%25, IP addresses): the run of non-space ASCII around it names a scheme, a host or an
/// escape.
fn in_web_address(s: &str, span: &Span) -> bool {
    let is_code = |c: char| c.is_ascii_graphic() && c != '(' && c != ')';
    // At most this far each way: a long run of ASCII (a table, a code listing) costs no more per number.
    const REACH: usize = 200;
    let start = s[..span.start]
        .char_indices()
        .rev()
        .take(REACH)
        .take_while(|(_, c)| is_code(*c))
        .last()
        .map_or(span.start, |(i, _)| i);
    let end = span.end
        + s[span.end..].chars().take(REACH).take_while(|c| is_code(*c)).map(char::len_utf8).sum::<usize>();
    let run = &s[start..end];
    holds(run, "://")
        || holds(run, "www.")
        || run.contains('@') && run.contains(|c: char| c.is_ascii_alphabetic())
        || run.contains('=') && run.contains(['?', '&'])
        || run
            .as_bytes()
            .windows(3)
            .any(|w| w[0] == b'%' && w[1].is_ascii_hexdigit() && w[2].is_ascii_hexdigit())
}

/// The currencies whose cent is printed 仙: the local one of a page from Malaysia, Singapore, Hong Kong
/// or Macau, else the ringgit or the Singapore dollar when the text names it (a page whose source was not
/// found: 每股派息2.8仙 beside amounts in 令吉). Mainland and Taiwan pages print no 仙 of money.
fn cent_currency(s: &str, local: &'static str) -> Option<&'static str> {
    const NAMED: [(&str, &str); 3] = [("令吉", "MYR"), ("新元", "SGD"), ("新币", "SGD")];
    match local {
        "MYR" | "SGD" | "HKD" | "MOP" => Some(local),
        _ => NAMED.iter().find(|(name, _)| s.contains(name)).map(|(_, code)| *code),
    }
}

/// Recognises one scanned stretch.
pub(crate) fn recognise(text: &Text, scanned: &Scanned) -> Option<Figure> {
    let span = scanned.span.range();
    if text.dates.overlaps(&span) || text.slogans.overlaps(&span) || in_web_address(text.simplified, &span) {
        return None;
    }
    // A + joins the parts of a slogan (1+7, N+1), not two quantities named in words (1GW光伏+2GW风电),
    // and is a plus sign opening a bracket or a clause (增加4亿元(+3.7%)).
    let joins_words = text.char_before(span.start) == Some('+')
        && text.char_before(span.start - '+'.len_utf8()).map_or(true, |c| {
            crate::text::chars::is_han(c)
                || c.is_whitespace()
                || among("(（[【", c)
                || alone_boundary(Some(c))
        });
    // 第 135 次, as Taiwan's pages space Arabic digits out: an ordinal across the spaces too.
    let spaced_ordinal = text.simplified[..span.start].trim_end_matches(' ').ends_with('第');
    let label = (text.char_before(span.start).is_some_and(is_label_prefix) || spaced_ordinal)
        && !joins_words
        && lead_mark_len(text.simplified, span.start) == 0;
    if label || text.char_after(span.end) == Some('+') {
        return None;
    }
    // .5 leads with its point; after a letter, a digit or a dot the point is a code's (No.5, 1.2.5, ...9).
    if text.simplified[span.start..].starts_with(['.', '．'])
        && text.char_before(span.start).is_some_and(|c| c.is_alphanumeric() || among(".．", c))
    {
        return None;
    }
    // 前10名, 前三位: a ranking; 前4个月, 首十個月, 首半年 (Hong Kong's and Malaysia's word, also of a
    // fiscal year: 23财年首9个月, 截至1月底的首十個月): a period (the first months), a date or none, no
    // count of time. 首 is a year's only after a year (今年首, 2024年首, 财年首, 本年度首), a month's
    // end (截至1月底的首), opening its clause or listed after a quarter or a year (第三季和首九个月), as
    // the dates stage reads it; after an event it counts months from it (开业首3个月, 实施首6个月).
    let printed = &text.simplified[span.clone()];
    let head = &text.simplified[..span.start];
    let year_first = head.strip_suffix('首').is_some_and(|h| {
        let listed =
            h.strip_suffix(['和', '及', '与', '、']).is_some_and(|l| l.ends_with(['季', '度', '年']));
        h.ends_with(['年', '度'])
            || h.ends_with("底的")
            || h.ends_with("末的")
            || listed
            || h.chars().next_back().map_or(true, |b| b.is_whitespace() || among("。，,；;：:！!？?（(", b))
    });
    if head.ends_with('前') && printed.ends_with(['名', '位'])
        || head.ends_with('前') && printed.ends_with("个月")
        || year_first && (printed.ends_with("个月") || printed == "半年")
    {
        return None;
    }
    // The shape's parts as byte spans (the scanner keeps them in 8 bytes).
    let part = Part::range;
    let parts = |p: Option<Part>| p.map(Part::range);
    let mut figure = match scanned.shape {
        Shape::Quantity { low, low_unit, number, unit } => {
            quantity(text, &span, &parts(low), &parts(low_unit), &part(number), &part(unit))?
        }
        Shape::Fraction { whole, denominator, numerator } => {
            let (whole, denominator, numerator) = (parts(whole), part(denominator), part(numerator));
            // 百分之9，999: 分之 takes one number, so a full-width comma and three digits after a numerator
            // of at most three digits continue it.
            let continued = thousands_after(text.simplified, numerator.end).filter(|_| {
                numerator.len() <= 3 && text.simplified[numerator.clone()].chars().all(|c| c.is_ascii_digit())
            });
            // 百分之七十百分位: a scale before 分 begins the next word (百分位, 千分点), not the numerator.
            let next_word = |n: &Span| {
                let t = &text.simplified[n.clone()];
                (t.chars().count() > 1
                    && t.ends_with(['百', '千'])
                    && text.simplified[n.end..].starts_with('分'))
                .then(|| n.start..n.end - '百'.len_utf8())
            };
            let (numerator, span) = match (continued, next_word(&numerator)) {
                (Some(end), _) => (numerator.start..end, span.start..end),
                (None, Some(cut)) => (cut.clone(), span.start..cut.end),
                (None, None) => (numerator, span.clone()),
            };
            let numerator = &numerator;
            // 百分之15k: a k after the numerator; silent.
            if text.char_after(span.end).is_some_and(|c| c == 'k' || c == 'K')
                || comma_follows(text.simplified, numerator)
            {
                return None;
            }
            // 1/2 (the numerator before the slash) is a fraction standing alone, after a marker (超过1/2)
            // or before 的 (1/2的努力); else a date (3/5), a score or a code (2/3号线, 1/2/3).
            if numerator.start < denominator.start
                && !(slash_governed(text, &span)
                    && text.char_after(span.end).map_or(true, |c| !among("/／.:-", c)))
            {
                return None;
            }
            // 百分三点四 without 之: not after a numeral (一百分: a hundred points) nor 百分百 (wholly).
            let short = numerator.start > denominator.start
                && !holds(&text.simplified[denominator.end..numerator.start], "之");
            if short
                && (text.char_before(denominator.start).is_some_and(|c| {
                    c.is_ascii_digit()
                        || crate::text::chars::chinese_digit(c).is_some()
                        || among("十百千万亿两", c)
                }) || text.simplified[numerator.clone()].starts_with('百'))
            {
                return None;
            }
            let den = parse_number(&text.simplified[denominator.clone()])?.low;
            let mut num = parse_decimal(&text.simplified[numerator.clone()])?;
            // 百分之负三: a sign inside the fraction, before its numerator.
            if numerator.start > denominator.start
                && text.simplified[..numerator.start].trim_end_matches([' ', '\u{3000}']).ends_with('负')
            {
                num = -num;
            }
            if den <= 0.0 {
                return None;
            }
            match whole {
                // 三百五十又三分之一: a mixed number.
                Some(w) => {
                    let w = parse_decimal(&text.simplified[w.clone()])?;
                    figure(span.clone(), FigureKind::Number, numerals::tidy(w + num / den), None)
                }
                None => {
                    let mut f =
                        figure(span.clone(), FigureKind::Percent, numerals::tidy(num / den * 100.0), None);
                    // 百分之三十至四十: the high end printed without its 百分之.
                    if den == 100.0 {
                        if let Some((end, high)) =
                            bare_high_end(text.simplified, span.end).filter(|&(_, h)| h > num)
                        {
                            f.span.end = end;
                            f.range = Some([f.value, numerals::tidy(high)]);
                        }
                    }
                    f
                }
            }
        }
        Shape::Tenths { number, extra } => {
            let (number, extra) = (part(number), parts(extra));
            // 七成六 (76%), but not 三成五年: a digit after 成 only when no unit follows it.
            let tenths_end = extra.as_ref().map_or(span.end, |e| e.start);
            // (2成5, an ASCII digit after 成: `super::tenths_hundredths`.)
            let extra = extra.clone().filter(|e| {
                &text.simplified[e.clone()] == "半"
                    || !units::UNITS.iter().any(|u| text.simplified[e.end..].starts_with(u.form))
            });
            let end = extra.as_ref().map_or(tenths_end, |e| e.end);
            // 成 after a numeral is also a verb suffix (建成, 一成不变, 三成为): only when it stands alone.
            if text.char_after(end).is_some_and(|c| TENTHS_WORD_AFTER.contains(c)) && extra.is_none()
                || text.char_before(span.start).is_some_and(|c| TENTHS_WORD_BEFORE.contains(c))
            {
                return None;
            }
            let printed = &text.simplified[number.clone()];
            let n = if printed == "半" {
                Number { low: 0.5, high: 0.5, bare_scale: false }
            } else {
                parse_number(printed)?
            };
            let add = match extra.as_ref().map(|e| text.simplified[e.clone()].trim()) {
                Some("半") => 5.0,
                Some(d) => parse_number(d)?.low,
                None => 0.0,
            };
            let mut f =
                figure(span.start..end, FigureKind::Percent, numerals::tidy(n.low * 10.0 + add), None);
            if n.high > n.low {
                f.range = Some([n.low * 10.0, n.high * 10.0]);
            }
            // 三成多: more than three tenths (the 多 stays outside the text, as in 两年多).
            if extra.is_none() && more_after(text, end) {
                f.approx = Some(Approx::Over);
            }
            // 三至四成, 3到4成: a range whose low end is printed without its 成.
            if let Some((low_start, low)) = tenths_low_end(text.simplified, span.start) {
                if extra.is_none() && n.high == n.low && low < n.low {
                    f.span.start = low_start;
                    f.value = numerals::tidy(low * 10.0);
                    f.range = Some([f.value, numerals::tidy(n.low * 10.0)]);
                }
            }
            f
        }
        Shape::Discount { number } => {
            let number = part(number);
            if text.char_after(span.end).is_some_and(|c| DISCOUNT_WORD_AFTER.contains(c)) {
                return None;
            }
            let printed: String =
                text.simplified[number.clone()].chars().filter(|c| !c.is_whitespace()).collect();
            let value = match printed.as_str() {
                // 打对折 (half price); 对折 alone is a fold.
                "对" if !text.simplified[..span.start].ends_with('打') => return None,
                "对" | "半" => 50.0,
                p if p.contains(['.', '．', '点']) => parse_number(p)?.low * 10.0,
                p => {
                    let n = parse_number(p)?;
                    match p.chars().count() {
                        1 => n.low * 10.0,
                        2 if n.low >= 10.0 && n.low < 100.0 && n.low == n.high => n.low,
                        _ => return None,
                    }
                }
            };
            figure(span.clone(), FigureKind::Percent, numerals::tidy(value), None)
        }
        Shape::Bare { low, number, k, between } => bare(text, &span, &parts(low), &part(number), k, between)?,
        Shape::SymbolMoney { symbol, number } => {
            let (symbol, number) = (part(symbol), part(number));
            let symbol = &text.simplified[symbol.clone()];
            let code = super::scan::CURRENCY_SYMBOLS.iter().find(|(s, _)| *s == symbol)?.1;
            // A symbol of letters inside a word or a code is none (FIRM50, ARM7); an English word after
            // the amount is a scale or unit not read ($1.2 billion, RM2.5mil).
            let tail = text.simplified[span.end..].trim_start_matches([' ', '\u{3000}']);
            if symbol.starts_with(|c: char| c.is_ascii_alphabetic())
                && text.char_before(span.start).is_some_and(|c| c.is_ascii_alphanumeric())
                || tail.starts_with(|c: char| c.is_ascii_alphabetic())
            {
                return None;
            }
            let n = parse_number(&text.simplified[number.clone()])?;
            figure(span.clone(), FigureKind::Money, n.low, Some(code.to_owned()))
        }
        Shape::Doubling { times } => {
            let times = part(times);
            let times =
                if times.is_empty() { 1.0 } else { parse_number(&text.simplified[times.clone()])?.low };
            figure(span.clone(), FigureKind::Multiple, 2f64.powf(times), None)
        }
        Shape::ImpliedMoney { number } => {
            let number = part(number);
            let n = parse_number(&text.simplified[number.clone()])?;
            let mut f = figure(span.clone(), FigureKind::Money, n.low, Some(text.local_currency.to_owned()));
            f.approx = approx::inside(&text.simplified[number.clone()]);
            f
        }
    };
    if figure.approx.is_none() {
        figure.approx = approx_around(text, &figure.span);
    }
    if let Some(n) = minus_before(text.simplified, figure.span.start) {
        // The sign is the (low) number's: -10000与20000间 is [-10000, 20000].
        figure.span.start -= n;
        figure.value = -figure.value;
        if let Some([_, b]) = figure.range {
            figure.range = Some([figure.value, b]);
        }
    }
    Some(figure)
}

/// Whether the slashed fraction at `span` reads as one: it is the whole text (a sign aside), an
/// approximation marker bounds it (超过1/2), or 的 follows (1/2的努力).
fn slash_governed(text: &Text, span: &Span) -> bool {
    let s = text.simplified;
    let head = s[..span.start].trim_end_matches(['-', '－', '负', ' ', '\u{3000}']);
    head.trim().is_empty() && s[span.end..].trim().is_empty()
        || text.char_after(span.end) == Some('的')
        || approx_around(text, span).is_some()
}

/// Characters that make 折 after a numeral part of another word (三折叠, 折合).
static DISCOUNT_WORD_AFTER: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("figures/discount-word-after.txt")));

/// The byte length of an ellipsis or a dash printed right before `start` (……9, ...9, －－9, --9): a
/// run of two or more dots or dashes, or any run of …, after no letter or digit (3--9, A..9 are codes'
/// and ranges' marks). It is a clause mark, not a decimal point or a minus sign; 0 when none.
pub(crate) fn lead_mark_len(s: &str, start: usize) -> usize {
    let head = &s[..start];
    let dots = head.len() - head.trim_end_matches(['.', '．', '。']).len();
    let dashes = head.len() - head.trim_end_matches(['-', '－', '—']).len();
    let ellipsis = head.len() - head.trim_end_matches(['…', '⋯']).len();
    let run = dots.max(dashes).max(ellipsis);
    let count = head[start - run..].chars().count();
    let after_word = head[..start - run]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() && !crate::text::chars::is_han(c));
    if (count >= 2 || ellipsis > 0) && !after_word {
        run
    } else {
        0
    }
}

/// Whether `c` bounds a number standing alone: a clause or sentence mark, or the text's edge (None).
fn alone_boundary(c: Option<char>) -> bool {
    c.map_or(true, |c| crate::text::bounds::ends_clause(c) && c != '、')
}

/// Whether a bare numeral is a person's name: a 大写 digit that is also a surname, one scale and a Han
/// character after (陆兆福, 伍万福), not 陆兆 alone.
fn surname_numeral(numeral: &str, after: Option<char>) -> bool {
    let mut chars = numeral.chars();
    let digit = chars
        .next()
        .is_some_and(|c| crate::text::chars::capital_digit(c).is_some() && crate::text::chars::is_surname(c));
    digit && chars.count() == 1 && after.is_some_and(crate::text::chars::is_han)
}

/// The number without a unit at `span`, a figure of kind number where it is a quantity by itself:
/// it stands alone as its clause (一百五十二, 负三十二; a single character or a plain Arabic integer
/// only as the whole text, since a line 一 or 2 in an article is a heading or a page number), it has
/// a magnitude (三百万, 4.78万亿, 1,050,000,000), or a comparison marker bounds it (超过80, 至少有3).
/// Ranges of two (一千到一千五百) likewise, or with 之间 after them (20和30之间).
fn bare(
    text: &Text,
    span: &Span,
    low: &Option<Span>,
    number: &Span,
    k: bool,
    between: bool,
) -> Option<Figure> {
    let s = text.simplified;
    // 大于或者等于4，565: the group before a full-width comma may begin the number.
    let (span, number) = &with_thousands_before(text, span, low, span, number)?;
    let is_code = |c: char| c.is_ascii_alphanumeric() || among(".:/_%@#=&-－'", c);
    let before = s[..span.start].chars().next_back();
    let after = s[span.end..].chars().next();
    // 100万三千: a Chinese numeral right after is a number we did not read whole.
    if after.is_some_and(|c| {
        is_code(c) || c == '点' || among("零〇○一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟", c)
    }) || before.is_some_and(|c| is_code(c) && minus_before(s, span.start).is_none())
        && lead_mark_len(s, span.start) == 0
    {
        return None;
    }
    if TIER_AFTER.iter().any(|w| s[span.end..].starts_with(*w)) {
        return None;
    }
    let high_text = &s[number.clone()];
    if surname_numeral(high_text, after) {
        return None;
    }
    let low_text = low.as_ref().map(|l| &s[l.clone()]);
    let printed = &s[span.clone()];
    // 半 after a word (一半, 过半, 大半) is a share of a whole, not the number 0.5.
    if high_text == "半" && low.is_none() && before.is_some_and(crate::text::chars::is_han) {
        return None;
    }
    // A Chinese decimal followed by a scale or a time word is a clock time (十点二十分, 三点半).
    if holds(high_text, "点") && after.is_some_and(|c| among("十百千分刻钟半时", c)) {
        return None;
    }
    let separator = low_text.map(|_| &s[low.as_ref().unwrap().end..number.start]);
    if separator.is_some_and(|sep| sep.contains(['和', '与'])) && !between {
        return None;
    }
    let k_factor = if k { 1000.0 } else { 1.0 };
    let high = parse_number(high_text)?;
    // A leading zero (021-6880…, 007) is a code.
    let leading_zero = |t: &str| t.len() > 1 && t.starts_with('0') && !t.starts_with("0.");
    if leading_zero(high_text) || low_text.is_some_and(leading_zero) || high_text.starts_with('上') {
        return None;
    }
    let arabic = |t: &str| t.chars().all(|c| c.is_ascii_digit() || c.is_whitespace());
    // 12k个: a k before a word is no magnitude we can read; 4，565: a full-width comma between digits is
    // a thousands separator or a list's comma, undecidable here.
    // 15k元, 10~15k元: thousands of yuan (a salary, a price).
    let k_yuan = k && after == Some('元');
    if k && after.is_some_and(crate::text::chars::is_han) && !k_yuan || comma_follows(s, span) {
        return None;
    }
    let magnitude = |t: &str| t.contains(['万', '亿', '兆']) || t.contains([',', '，']) || k;
    // Standing alone: the clause holds the number and nothing else (a sign and spaces aside).
    // An ellipsis or a dash before it (……9, －－9) is a clause mark, not a sign.
    let lead = lead_mark_len(s, span.start);
    let sign = if lead > 0 { 0 } else { minus_before(s, span.start).unwrap_or(0) };
    let head = s[..span.start - sign - lead].trim_end_matches([' ', '\u{3000}', '\t']);
    let tail = s[span.end..].trim_start_matches([' ', '\u{3000}', '\t']);
    let whole = head.trim().is_empty() && tail.trim().is_empty();
    let clause_alone =
        (lead > 0 || alone_boundary(head.chars().next_back())) && alone_boundary(tail.chars().next());
    let short = printed.chars().filter(|c| !c.is_whitespace()).count() == 1 || arabic(printed) && sign == 0;
    let alone = whole || clause_alone && !short || text.numbers_only;
    // A marker bounds it: before it, with no word after (超过80，, 至少是3的产品, 大于10小于20), or a word
    // of equality (等于1535); after it (五百以上); or around it (比三十大).
    let marked = || {
        approx::after(s, span.end).is_some()
            || approx::compared(s, span.start, span.end).is_some()
            || (!after.is_some_and(crate::text::chars::is_han)
                || after.is_some_and(|c| BARE_AFTER.contains(c))
                || approx::starts_marker(&s[span.end..]))
                && (approx_around(text, span).is_some() || exact_before(s, span.start))
    };
    // A bare scale (百万, 千亿级) names an order of magnitude, unless a digit abbreviates the next
    // scale in a number standing alone (百三 = 130), or a marker before it makes it a threshold
    // (人口超过千万。, 近百万，), as with a unit (亿元以上).
    let threshold = || low.is_none() && approx_around(text, span).is_some() && marked();
    if high.bare_scale && !(alone && high_text.chars().any(chinese_digit_char)) && !threshold() {
        return None;
    }
    // A decimal in Chinese numerals (九点九) that no word follows is a quantity: clock times are
    // refused above, and a digit run with 点 is no label.
    let chinese_decimal = holds(high_text, "点") && !after.is_some_and(crate::text::chars::is_han);
    if low.is_none() && !(alone || magnitude(high_text) || chinese_decimal || marked() || complement(s, span))
    {
        return None;
    }
    let scaled = |t: &str| t.contains(['十', '百', '千', '万', '亿', '拾', '佰', '仟']);
    if low.is_some()
        && !(alone
            || between
            || magnitude(high_text) && low_text.is_some_and(magnitude)
            || scaled(high_text)
                && low_text.is_some_and(scaled)
                && !separator.is_some_and(|s| s.contains(['-', '—', '–'])))
    {
        return None;
    }
    // An amount in 大写 digits standing alone is money (肆佰叁拾万): they are the banker's numerals.
    let capital =
        |t: &str| t.chars().any(|c| crate::text::chars::capital_digit(c).is_some() || among("拾佰仟", c));
    // A currency named right before the number is its unit (港币50亿, 人民币30亿, 澳门元183亿).
    let named = named_currency(s, head.len());
    let (kind, unit) = if let Some(currency) = named {
        (FigureKind::Money, currency.unit.map(str::to_owned))
    } else if alone && capital(high_text) && low.is_none() || k_yuan {
        (FigureKind::Money, Some(text.local_currency.to_owned()))
    } else {
        (FigureKind::Number, None)
    };
    let end = if k_yuan { span.end + '元'.len_utf8() } else { span.end };
    let mut f = figure(span.start..end, kind, numerals::tidy(high.low * k_factor), unit);
    if let Some(lt) = low_text {
        let l = parse_number(lt)?;
        let lv = scaled_low(lt, l.low, high_text, high.high) * k_factor;
        let hv = high.high * k_factor;
        if lv >= hv {
            return None;
        }
        f.value = numerals::tidy(lv);
        f.range = Some([f.value, numerals::tidy(hv)]);
    } else if high.low < high.high {
        f.range = Some([f.value, numerals::tidy(high.high * k_factor)]);
    }
    f.approx = approx::inside(high_text);
    Some(f)
}

/// The end of a group of three digits after a full-width comma at `at` (，565 of 4，565), if one is
/// printed there.
fn thousands_after(s: &str, at: usize) -> Option<usize> {
    let t = s[at..].strip_prefix('，')?;
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    (digits == 3).then(|| at + '，'.len_utf8() + 3)
}

/// A full-width comma right before the number at `number`, after a group of digits (4，565): the comma
/// separates thousands or two numbers of a list, and ASCII digits do not tell (４，５６５ arrives
/// as 4，565). Ok(None): no such comma, or a currency symbol before the group makes it an amount of
/// its own ($20，300美圆); Ok(Some(start)): where the whole number begins, when a word that takes one
/// number governs the group (大于或者等于4，565, 超过2，500) or the group begins its clause
/// (111，111个百分点); Err: undecidable, silent rather than wrong.
fn thousands_before(text: &Text, number: &Span) -> Result<Option<usize>, ()> {
    let s = text.simplified;
    let Some(head) = s[..number.start].strip_suffix('，') else { return Ok(None) };
    let group = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if group == 0 || thousands_after(s, head.len()).is_none() {
        return Ok(None);
    }
    let start = head.len() - group;
    let before = s[..start].trim_end_matches([' ', '\u{3000}']);
    if super::scan::CURRENCY_SYMBOLS.iter().any(|(symbol, _)| before.ends_with(symbol)) {
        return Ok(None);
    }
    let governed = group <= 3
        && (alone_boundary(before.chars().next_back())
            || exact_before(s, start)
            || approx_around(text, &(start..number.end)).is_some());
    if governed {
        Ok(Some(start))
    } else {
        Err(())
    }
}

/// A figure's `span` and `number` widened back over the group of digits a full-width comma before
/// `at` joins to it ([`thousands_before`]); `None` when that comma is undecidable, or when the figure
/// is a range's second number (`low`) and the comma would join it: silent rather than wrong.
fn with_thousands_before(
    text: &Text,
    at: &Span,
    low: &Option<Span>,
    span: &Span,
    number: &Span,
) -> Option<(Span, Span)> {
    match thousands_before(text, at).ok()? {
        Some(_) if low.is_some() => None,
        Some(start) => Some((start..span.end, start..number.end)),
        None => Some((span.clone(), number.clone())),
    }
}

/// Whether a full-width comma and three digits follow the number at `span` (4 of 4，565): it is the
/// head of a longer number, or of a list; either way not a number by itself.
fn comma_follows(s: &str, span: &Span) -> bool {
    s[..span.end].ends_with(|c: char| c.is_ascii_digit()) && thousands_after(s, span.end).is_some()
}

/// Words right before a Chinese numeral that make it the complement of its clause (答案是五, 还有二百五).
static COMPLEMENT_BEFORE: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/complement-before.txt")).collect());

/// Words right after a complement numeral that open a contrasting clause (答案是四不是五).
static COMPLEMENT_AFTER: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/complement-after.txt")).collect());

/// Whether the number at `span` of `s` is a Chinese numeral that completes its clause after 是 or 有
/// (答案是五, 还有二百五, 这不是五这是二百零一): a quantity named by itself. Only a single character or a
/// numeral with a scale (二百零一), since a run of digits is a name or a year (五一, 二〇二一), and only in
/// Chinese numerals: an Arabic number there is an identifier (号码是12345).
pub(crate) fn complement(s: &str, span: &Span) -> bool {
    let printed = &s[span.clone()];
    let numeral = printed.chars().all(|c| chinese_digit_char(c) || among("十百千万亿拾佰仟", c));
    let rest = &s[span.end..];
    numeral
        && (printed.chars().nth(1).is_none()
            || printed.contains(['十', '百', '千', '万', '亿', '拾', '佰', '仟']))
        && COMPLEMENT_BEFORE.iter().any(|w| s[..span.start].ends_with(*w))
        && (alone_boundary(rest.chars().next()) || COMPLEMENT_AFTER.iter().any(|w| rest.starts_with(*w)))
}

/// Words after a one-character Chinese numeral and 元 that make it a term (三元前驱体, 一元化).
static TERM_AFTER_YUAN: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/term-after-yuan.txt")).collect());

/// Words after a bare scale of money that make it a class named by its size, a sum of that scale
/// (亿元项目, 千万元投资建设项目).
static CLASS_AFTER_A_SUM: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/class-after-a-sum.txt")).collect());

/// Words that make a number before them a tier label (四十万能级).
static TIER_AFTER: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/tier-after.txt")).collect());

/// Characters that may follow a number bounded by a marker before it (至少是3的产品, 超过300且).
static BARE_AFTER: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("figures/bare-after.txt")));

/// A Chinese digit character (一, 壹, 两), not a scale.
fn chinese_digit_char(c: char) -> bool {
    crate::text::chars::chinese_digit(c).is_some()
        || crate::text::chars::capital_digit(c).is_some()
        || c == '两'
}

/// The low end of a range whose printed low end may lack the high end's scale: 10—20亿 is 10亿 to
/// 20亿, 十八至三十万 is 18万 to 30万, 一千到两千万 is 1000万 to 2000万, 两到三千 is 2000 to 3000. A low
/// end with a scale of its own from 万 up keeps it (5000万—1亿); so does one that scaled would pass
/// the high end.
fn scaled_low(low_text: &str, low: f64, high_text: &str, high: f64) -> f64 {
    if low_text.contains(['万', '亿', '兆']) {
        return low;
    }
    let own = low_text.chars().filter_map(|c| match c {
        '十' | '拾' => Some(10.0),
        '百' | '佰' => Some(100.0),
        '千' | '仟' => Some(1000.0),
        _ => None,
    });
    let own = own.fold(1.0, f64::max);
    let factor: f64 = high_text
        .chars()
        .rev()
        .take_while(|c| among("百千万亿兆佰仟", *c))
        .filter_map(|c| match c {
            '百' | '佰' => Some(100.0),
            '千' | '仟' => Some(1000.0),
            '万' => Some(1e4),
            '亿' => Some(1e8),
            '兆' => Some(1e12),
            _ => None,
        })
        .filter(|&m| m > own)
        .product();
    let scaled = numerals::tidy(low * factor);
    if scaled < high {
        scaled
    } else {
        low
    }
}

/// Moves a scale character that ends an Arabic number, or follows 万 or 亿, into the unit when together
/// they are a unit: 414千米 is 414 km, not 414千 m, and 一百万千米 is 一百万 km (a Chinese numeral keeps it
/// after a digit: 五千米 is 5000 m).
fn resplit(s: &str, number: &Span, unit: &Span) -> (Span, Span) {
    let n = &s[number.clone()];
    if let Some(c) = n.chars().next_back().filter(|c| among("千百十", *c)) {
        let head = &n[..n.len() - c.len_utf8()];
        let joined = format!("{c}{}", &s[unit.clone()]);
        if head.ends_with(|d: char| d.is_ascii_digit() || d == '万' || d == '亿')
            && units::lookup(&joined).is_some()
        {
            let at = number.end - c.len_utf8();
            return (number.start..at, at..unit.end);
        }
    }
    (number.clone(), unit.clone())
}

/// Characters that may follow the 多 of 两年多 or 十天多 when it means "more than": 两年多来, 一年多时间,
/// 三年多的, 一年多前. Any other Chinese character makes the 多 a word of its own (一年多次, 3天多地).
static AFTER_MORE: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("figures/more-after.txt")));

/// Whether a 多 or 余 right at `end` means "more than" (两年多来, 三成多的): no Chinese character
/// after it but those of [`AFTER_MORE`] (not 一年多次).
fn more_after(text: &Text, end: usize) -> bool {
    text.char_after(end).is_some_and(|c| matches!(c, '多' | '余'))
        && text
            .char_after(end + '多'.len_utf8())
            .map_or(true, |n| !crate::text::chars::is_han(n) || AFTER_MORE.contains(n))
}

/// Words that, earlier in the clause, make a count in 块 yuan (花费我三块).
static MONEY_CONTEXT: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/money-context.txt")).collect());

/// Whether a price follows `end` in its clause: a number next (一坪50万元), or after at most four
/// Chinese characters holding a word of [`MONEY_CONTEXT`] (一坪造价就要30万元; not 一公顷投资500万元).
fn priced_after(s: &str, end: usize) -> bool {
    for (i, c) in s[end..].char_indices().take(5) {
        if c.is_ascii_digit() || chinese_digit_char(c) {
            return i == 0 || MONEY_CONTEXT.iter().any(|w| holds(&s[end..end + i], w));
        }
        if !crate::text::chars::is_han(c) {
            return false;
        }
    }
    false
}

/// Characters that may follow the 半 of 一吨半 (not 10公里半径).
static HALF_AFTER: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_list(data_file!("figures/half-after.txt")));

/// Tenths and hundredths of a yuan (or cents of a dollar) printed right after the amount: 1角1分, 三毛,
/// 又三美分, 六角七分钱. Their value in yuan and their byte length; None when none follow (the pattern
/// compiled and asked only when 角, 毛, 美 or 分 is among the first three characters, where every
/// match has one).
fn small_change(rest: &str, dollar: bool) -> Option<(f64, usize)> {
    static CHANGE: LazyLock<regex::Regex> = LazyLock::new(|| {
        let d = "[0-9０-９]|[零一二两三四五六七八九壹贰叁肆伍陆柒捌玖]";
        pattern::compile(&format!(
            "^(?:又|零)?(?:(?P<jiao>{d})[角毛](?:零?(?P<fen>{d})分)?|(?P<fen2>{d})(?:美分|分))(?P<money>钱)?"
        ))
    });
    if !rest.chars().take(3).any(|c| matches!(c, '角' | '毛' | '美' | '分')) {
        return None;
    }
    let c = CHANGE.captures(rest)?;
    let whole = c.get(0)?;
    let after = rest[whole.end()..].chars().next();
    // 分 of 分钟, 分之: not cents.
    if c.name("money").is_none()
        && c.name("fen").or(c.name("fen2")).is_some()
        && after.is_some_and(crate::text::chars::is_han)
    {
        return None;
    }
    if dollar && c.name("jiao").is_some() {
        return None;
    }
    let digit = |n: &str| parse_number(n).map(|v| v.low);
    let jiao = c.name("jiao").map_or(Some(0.0), |m| digit(m.as_str()))?;
    let fen = c.name("fen").or(c.name("fen2")).map_or(Some(0.0), |m| digit(m.as_str()))?;
    Some((jiao / 10.0 + fen / 100.0, whole.end()))
}

/// Words of a stock market earlier in the sentence that make an integer over 24 before 点 points
/// (`data/figures/index-words.txt`).
static INDEX_WORDS: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/index-words.txt")).collect());

/// Words after 点 that make it a list's items (30点建议; `data/figures/items-after-points.txt`).
static ITEMS_AFTER_POINTS: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/items-after-points.txt")).collect());

/// Whether a number before 点 (`first` the range's first end, `high` its last, `end` the unit's end)
/// counts an index's points (恒指升198点, 收报17,500.5点, 3万点, conventions 54) and is no time of day
/// (下午3点, 10点30分) nor a list's item (三点建议, 30点建议, 全文共分30点): Arabic digits not before a
/// word of [`ITEMS_AFTER_POINTS`], and a verb of change right before (跌8点) or 或 right after a
/// percent (0.5%或6点; not 会议或3点举行), or a decimal, a thousands comma or a scale, or an integer
/// over 24 after 报 or with a word of [`INDEX_WORDS`] earlier in its sentence.
fn index_points(s: &str, start: usize, end: usize, first: &str, high: &str) -> bool {
    if !first.starts_with(|c: char| c.is_ascii_digit()) || !high.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if ITEMS_AFTER_POINTS.iter().any(|w| s[end..].starts_with(w)) {
        return false;
    }
    let head = &s[..start];
    if head.ends_with(|c: char| among("升跌涨挫降扬滑", c))
        || ["%或", "％或"].iter().any(|w| head.ends_with(w))
    {
        return true;
    }
    let sentence = &head[bounds::reach_start(s, start, bounds::ends_sentence, bounds::REACH)..];
    high.contains(['.', ',', '万'])
        || parse_number(high).is_some_and(|n| n.high > 24.0)
            && (head.ends_with('报') || INDEX_WORDS.iter().any(|w| holds(sentence, w)))
}

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
    // 呎 alone is the square foot where its clause names a floor area (面積431呎以下的單位), as Hong
    // Kong's property pages print it; elsewhere the foot (樓高300呎).
    let unit = if unit.form == "呎" && clause_before(s, span.start).contains("面积") {
        units::lookup("方呎")?
    } else {
        unit
    };
    // 三元前驱体, 二元一次方程: one Chinese numeral and 元 before a term's word name no amount.
    if unit.form == "元"
        && s[number.clone()].chars().count() == 1
        && s[number.clone()].chars().all(chinese_digit_char)
        && TERM_AFTER_YUAN.iter().any(|w| s[unit_span.end..].starts_with(*w))
    {
        return None;
    }
    // A Latin symbol only right after its number (168cm; not "0 m" in stray letters); a per cent sign
    // also across spacing, as statistical releases print it (增长6.3 %).
    if unit.form.is_ascii()
        && unit.form != "%"
        && s[number.end..unit_span.start].contains(char::is_whitespace)
    {
        return None;
    }
    // 2.4   个百分 点: a count before a spaced word; silent rather than wrong.
    if s[span.end..].trim_start().starts_with('百')
        && s[number.end..unit_span.start].contains(char::is_whitespace)
    {
        return None;
    }
    // 111，111个百分点: the group before a full-width comma may begin the number.
    let (span, number) = &with_thousands_before(text, number, low, span, number)?;
    if text.char_after(span.end).is_some_and(|c| among(unit.not_before, c)) {
        return None;
    }
    // A size printed before what it names is a designation, not a measure (300mm 大硅片, 12英寸晶圆):
    // a Latin symbol's not-before characters hold across one space too.
    if unit.form.is_ascii()
        && s[span.end..]
            .strip_prefix(' ')
            .and_then(|r| r.chars().next())
            .is_some_and(|c| crate::text::chars::is_han(c) && among(unit.not_before, c))
    {
        return None;
    }
    // A tier label (千万千瓦级, 10万吨级码头): 级 after the unit, not 级别 (两个级别 counts levels).
    if s[span.end..].starts_with('级') && !s[span.end..].starts_with("级别") {
        return None;
    }
    // 届 counts sessions only ending its clause (已连续举办四届。); before a name it is an ordinal
    // (十四届全国人大, 五届六次全会).
    if unit.form == "届" && !alone_boundary(text.char_after(span.end)) {
        return None;
    }
    // 期 counts phases only after a word dividing a whole into them (分三期, 分为两期, 共三期); 一期, 二期
    // 工程 name a phase (an ordinal).
    if unit.form == "期" && !PHASE_COUNT_BEFORE.iter().any(|w| s[..span.start].ends_with(w)) {
        return None;
    }
    if let Some(lu) = low_unit {
        if units::lookup(&s[lu.clone()]).map_or(true, |u| u.kind != unit.kind) {
            return None;
        }
    }
    let high_text = &s[number.clone()];
    let low_text = low.as_ref().map(|l| &s[l.clone()]);
    if unit.form == "点" && !index_points(s, span.start, span.end, low_text.unwrap_or(high_text), high_text)
    {
        return None;
    }
    // 截至6月30日止六个月 names a report's period (conventions 55), as 前2月 does: its length is no
    // duration (the date is the dates stage's).
    let head = s[..span.start].trim_end();
    if unit.kind == FigureKind::Duration
        && head.ends_with('止')
        && ["截至", "截止"].iter().any(|w| clause_before(s, head.len()).contains(w))
    {
        return None;
    }
    let is_year = |t: &str| unit.form == "年" && numerals::is_year(t);
    // A year (2011年), or 上半年 / 下半年: dates.
    if is_year(high_text) || low_text.is_some_and(is_year) {
        return None;
    }
    if high_text == "半" && text.char_before(span.start).is_some_and(|c| among("上下前后", c)) {
        return None;
    }
    if unit.form == "年" && (s[..span.start].ends_with("民国") || before_its_month(&s[span.end..])) {
        return None;
    }
    let first = low_text.unwrap_or(high_text);
    // An indefinite 一 with a classifier (一批, 一个个, 一方面) is not a count, unless it is its clause
    // (一只, 一打 standing alone).
    let clause_alone =
        alone_boundary(text.char_before(span.start)) && alone_boundary(text.char_after(span.end));
    if unit.kind == FigureKind::Count && low.is_none() && matches!(high_text, "一" | "壹") && !clause_alone
    {
        return None;
    }
    // 一度, 两度 (at one point, twice): a lone Chinese digit before 度 counts occasions; 一度电 is energy.
    if unit.form == "度"
        && low.is_none()
        && high_text.chars().count() == 1
        && high_text.chars().all(chinese_digit_char)
        && !s[span.end..].starts_with('电')
    {
        return None;
    }
    // 一坪造價30萬元, 一公斤卖30元: one unit of measure before its price is the rate's denominator.
    let measure = matches!(unit.kind, FigureKind::Area | FigureKind::Weight | FigureKind::Volume);
    if measure && low.is_none() && matches!(high_text, "一" | "壹") && priced_after(s, span.end) {
        return None;
    }
    // 零件, 零部件: a word, not a count of none; 232条款, 301条款: a law's section, not a count of 条.
    if unit.kind == FigureKind::Count
        && low.is_none()
        && (high_text == "零" || unit.form == "条" && s[span.end..].starts_with('款'))
    {
        return None;
    }
    // 过去的一年, 新的一年, 这一年: a period named with 一, not a count of time.
    if unit.kind == FigureKind::Duration
        && low.is_none()
        && high_text == "一"
        && PERIOD_BEFORE.iter().any(|w| s[..span.start].ends_with(*w))
    {
        return None;
    }
    let high = parse_number(high_text)?;
    // A number + 日 is a day of the month (9日, 5月9日) unless it cannot be one: 两日, 俩日, 十余日, 90日,
    // or after a word of counting ([`counted_days`]); not 一日 (有一日, 同一日).
    let counted = unit.form == "日" && high_text != "一" && counted_days(s, span.start, span.end);
    let day_count = counted
        || high_text.starts_with(['两', '俩'])
        || high.high > 31.0
        || approx::inside(high_text).is_some();
    if unit.form == "日" && !day_count {
        return None;
    }
    let mut low_value = match low_text {
        // A bare low end takes the scale of the high end: 10—20亿元 → 1e9, 十八至三十万日元 → 18万.
        Some(t) => scaled_low(t, parse_number(t)?.low, high_text, high.high),
        None => high.low,
    };
    let mut high_value = high.high;
    let bare_scale = parse_number(first).is_some_and(|n| n.bare_scale) && !first.starts_with('上');
    // A bare scale is a figure only with a marker (亿元以上企业, 接近亿元, 近百公里, or 余/多 right after
    // it: 百余家, 千多人); 千亿级, 千万个, 千家万户 are not figures. A sum of money that ends its clause after a word (投入千万元。, 总投资百万元，) is
    // one of that scale; not a label (单位：万元), a rate (每万元) nor a class (千万元级项目).
    let sum_ends_clause = unit.kind == FigureKind::Money
        && low.is_none()
        && alone_boundary(text.char_after(span.end))
        && text.char_before(span.start).map_or(true, crate::text::chars::is_han)
        && !PER_BEFORE_A_SUM.iter().any(|w| s[..span.start].ends_with(*w));
    // A bare scale of money after the currency's name is a sum too (年创新台币百亿元产值).
    let named_sum =
        unit.kind == FigureKind::Money && low.is_none() && named_currency(s, span.start).is_some();
    // And one naming a class of projects or firms by their size (签约亿元项目15个).
    let class_sum = unit.kind == FigureKind::Money
        && low.is_none()
        && CLASS_AFTER_A_SUM.iter().any(|w| s[span.end..].starts_with(*w))
        && !PER_BEFORE_A_SUM.iter().any(|w| s[..span.start].ends_with(*w));
    if bare_scale
        && approx_around(text, span).is_none()
        && approx::inside(first).is_none()
        && !sum_ends_clause
        && !named_sum
        && !class_sum
    {
        return None;
    }
    // 兆 is a scale only for money (1.5兆元, Taiwan); 级 counts small levels only (两级, not 千亿级).
    if holds(first, "兆") && unit.kind != FigureKind::Money
        || unit.form.ends_with('级')
            && (has_scale(high_text) && !high_text.starts_with('十') || high.low >= 100.0)
    {
        return None;
    }
    if low.is_some() && low_value >= high_value {
        return None;
    }
    // (1-15%), ×(1-20%): one minus a rate in a formula, not a range from 1 to 15 per cent.
    if let (Some(l), None) = (low, low_unit) {
        let formula = low_text == Some("1")
            && matches!(unit.form, "%" | "％")
            && s[l.end..number.start].contains(['-', '－'])
            && text.char_before(l.start).is_some_and(|c| among("(（×*", c));
        if formula {
            return None;
        }
    }
    low_value = numerals::tidy(low_value * unit.factor);
    high_value = numerals::tidy(high_value * unit.factor);
    // 两 of weight, but not after a lone digit (一两句: one or two).
    if unit.form == "两"
        && high_text.chars().count() == 1
        && !matches!(high_text, "二" | "半")
        && !high_text.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let mut end = span.end;
    let mut kind = unit.kind;
    let local = |named: Option<&'static str>| Some(named.unwrap_or(text.local_currency).to_owned());
    let mut unit_name = match unit.kind {
        // The classifier as printed, or the items a count converts to (五十打 = 600 个).
        FigureKind::Count => {
            Some(unit.unit.map_or_else(|| text.body[unit_span.clone()].to_owned(), str::to_owned))
        }
        FigureKind::Money if matches!(unit.form, "元" | "圆" | "块钱") => {
            // The currency named right before a number printed with 元 (新台币50亿元, 美元3000万元), or
            // right after 元 (9000元日币, 亿元人民币: a name of the currency stays outside the text, as
            // conventions 19 says; a second unit in 元 is the text's, 三万元欧元).
            let named = named_currency(s, span.start).and_then(|u| u.unit);
            match units::currency_at(s, end) {
                Some(u) if named.is_none() && unit.form == "元" => {
                    if u.form.ends_with('元') {
                        end += u.form.len();
                    }
                    Some(u.unit.unwrap_or(text.local_currency).to_owned())
                }
                _ => local(named),
            }
        }
        FigureKind::Money if unit.form == "仙" => Some(
            (*text.cents.get_or_init(|| cent_currency(s, text.local_currency)))
                .filter(|_| high_text.starts_with(|c: char| c.is_ascii_digit()))?
                .to_owned(),
        ),
        _ => unit.unit.map(str::to_owned),
    };
    // Yuan and its tenths and hundredths: 123元1角1分, 十块三毛, 两美元又三美分.
    let yuan_like = matches!(unit.form, "元" | "圆" | "块" | "块钱" | "美元");
    let mut cents = 0.0;
    if yuan_like && low.is_none() {
        if let Some((add, len)) = small_change(&s[end..], unit.form == "美元") {
            cents = add;
            end += len;
        }
    }
    // 块 is yuan when change follows (十块三毛), when the clause prices or pays something (花费我三块),
    // or when the amount stands alone (三五百块).
    if unit.form == "块" {
        let clause = clause_before(s, span.start);
        let alone =
            alone_boundary(s[..span.start].chars().next_back()) && alone_boundary(s[end..].chars().next());
        if cents > 0.0 || alone || MONEY_CONTEXT.iter().any(|w| holds(clause, w)) {
            kind = FigureKind::Money;
            unit_name = Some(text.local_currency.to_owned());
        } else if cents > 0.0 {
            return None;
        }
    }
    // 大写 amounts end in 整 or 正 (肆佰叁拾万圆整).
    if matches!(unit.form, "元" | "圆") && cents == 0.0 {
        let capital =
            high_text.chars().any(|c| crate::text::chars::capital_digit(c).is_some() || among("拾佰仟", c));
        if let Some(c) = s[end..].chars().next().filter(|&c| c == '整' || c == '正' && capital) {
            if !s[end + c.len_utf8()..].chars().next().is_some_and(crate::text::chars::is_han) {
                end += c.len_utf8();
            }
        }
    }
    let measure =
        matches!(unit.kind, FigureKind::Length | FigureKind::Weight | FigureKind::Area | FigureKind::Volume);
    // After a count of years or days: 两年半, 三天半 (a half), 两年多来 (more than; not 一年多次); after a
    // multiple: 一倍半, 一倍多; after a measure: 一吨半, 两米半 (not 10公里半径).
    let after_unit = (low.is_none()
        && (unit.kind == FigureKind::Duration && matches!(unit.form, "年" | "天")
            || unit.kind == FigureKind::Multiple
            || measure))
        .then(|| text.char_after(end))
        .flatten()
        .filter(|&c| match c {
            '半' if measure => text
                .char_after(end + c.len_utf8())
                .map_or(true, |n| !crate::text::chars::is_han(n) || HALF_AFTER.contains(n)),
            '半' => true,
            '多' | '余' if !measure => more_after(text, end),
            _ => false,
        });
    // 1个半月, 两个半小时: a half inside the unit (of a single number: a range keeps its ends).
    let half = after_unit == Some('半') || (low.is_none() && holds(unit.form, "半"));
    // The half is the number's (两年半); the 多 of 两年多 is a marker after the unit, outside the text.
    let span = span.start..end + after_unit.filter(|c| *c == '半').map_or(0, char::len_utf8);
    let low_value = if half { low_value + 0.5 * unit.factor } else { low_value } + cents;
    let mut f = figure(span, kind, numerals::tidy(low_value), unit_name);
    if low.is_some() || high.low < high.high {
        f.range = Some([low_value, high_value]);
    }
    f.approx = approx::inside(high_text)
        .or_else(|| low_text.and_then(approx::inside))
        .or_else(|| approx::inside(unit.form)) // 3个多月
        .or_else(|| after_unit.filter(|c| *c != '半').map(|_| Approx::Over));
    Some(f)
}
