//! Scanning: finds every stretch of the (simplified) text that is shaped like a figure — a number
//! followed by a unit or classifier, a range of them, a fraction in words (三分之一, 百分之三十), tenths
//! (三成) or a doubling (翻番). Whether a stretch really is a figure is decided by
//! [`super::recognise`].

use super::units;
use crate::text::words::{data_file, vocabulary};
use crate::text::Span;
use std::sync::LazyLock;

/// Chinese numeral characters (digits, scales, 大写, and 几 for "some"; a traditional 萬 or 兩 is read
/// as 万 or 两 in the simplified text).
const CHINESE: &str = "零〇一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟几";
/// Scale characters that may follow an Arabic number (1.1万, 3万4000).
const SCALES: &str = "十百千万亿兆";

/// A number as printed: Arabic (with `,ddd` separators, decimals, full-width digits) optionally mixed
/// with scales (25万6千); a run of Chinese numerals; 数十/上百 style vague amounts; 半; each optionally
/// followed by 余/多 and more scales (1600余万, 300多亿).
fn number_pattern() -> String {
    let arabic = r"(?:[0-9０-９]{1,3}(?:,[0-9]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?";
    format!(
        "(?:(?:[数上][{SCALES}][{CHINESE}]*|{arabic}(?:[{SCALES}]+(?:{arabic})?)*|[{CHINESE}]+)\
         (?:[余多][{SCALES}]*)?|半)"
    )
}

/// A quantity: a number and a unit, or a range of them (10—20亿元, 5%—8%, 3至5年, 2-3万平方米).
static QUANTITY: LazyLock<regex::Regex> = LazyLock::new(|| {
    let (num, unit) = (number_pattern(), units::alternation());
    regex::Regex::new(&format!(
        r"(?P<low>{num})(?:(?P<low_unit>{unit})?(?:[—–\-~～至到]|——)(?P<high>{num}))?(?P<unit>{unit})"
    ))
    .expect("quantity regex")
});

/// A fraction or percentage in words: 三分之一, 百分之三十, 千分之五.
static FRACTION: LazyLock<regex::Regex> = LazyLock::new(|| {
    let numeral = format!(r"[{CHINESE}]+(?:点[{CHINESE}]+)?|[0-9]+(?:\.[0-9]+)?");
    regex::Regex::new(&format!(r"(?P<den>[{CHINESE}]+)分之(?P<num>{numeral})")).expect("fraction regex")
});

/// Tenths: 三成 (30%), 七八成 (70–80%).
static TENTHS: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"(?P<num>[一二两三四五六七八九]{1,2}|十)成").expect("tenths regex"));

/// A scaled number next to a word for a sum of money, with no currency printed: before it (67亿产值,
/// 3.5亿投资) or after it (投资50亿, 产值达67亿): money in yuan. Only the number is the figure's text
/// (a printed unit makes a longer quantity at the same place, which wins).
static IMPLIED_MONEY: LazyLock<regex::Regex> = LazyLock::new(|| {
    let arabic = r"[0-9０-９]+(?:[.．][0-9０-９]+)?";
    let alternation =
        |words: &mut dyn Iterator<Item = &str>| words.map(regex::escape).collect::<Vec<_>>().join("|");
    let nouns = alternation(&mut MONEY_NOUNS.iter().copied());
    // The words that may link a money word to its number (产值达到67亿), a longer word first.
    let links = alternation(&mut vocabulary(data_file!("figures/money-links.txt")));
    regex::Regex::new(&format!(
        "(?P<num>{arabic}[余多]?[万亿]+)(?:{nouns})|(?:{nouns})(?:{links})?(?P<after>{arabic}[余多]?[万亿]+)"
    ))
    .expect("implied money regex")
});

/// Words for a sum of money that may follow a bare scaled number (67亿产值).
pub(crate) static MONEY_NOUNS: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/money-nouns.txt")).collect());

/// Doubling: 翻番, 翻一番 (×2), 翻两番 (×4).
static DOUBLING: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"翻了?(?P<times>[一二两三四]?)番").expect("doubling regex"));

/// What a scanned stretch is shaped like.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Shape {
    /// A number and a unit; `low`/`low_unit` are set for a range (`number` is then the high end).
    Quantity { low: Option<Span>, low_unit: Option<Span>, number: Span, unit: Span },
    /// `numerator` parts of `denominator` (三分之一: denominator 三, numerator 一).
    Fraction { denominator: Span, numerator: Span },
    /// 三成.
    Tenths { number: Span },
    /// A scaled number standing for yuan (67亿 in 67亿产值).
    ImpliedMoney { number: Span },
    /// 翻番 with the number of doublings (1 unless printed: 翻两番 = 2).
    Doubling { times: Span },
}

/// A stretch of text shaped like a figure.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Scanned {
    /// The whole stretch (byte offsets, the same in body and simplified text).
    pub(crate) span: Span,
    /// Its parts.
    pub(crate) shape: Shape,
}

/// Every figure-shaped stretch of `simplified`, in text order, without overlaps (an earlier start
/// wins; at the same start the longer one).
pub(crate) fn scan(simplified: &str) -> Vec<Scanned> {
    let mut found: Vec<Scanned> = Vec::new();
    for c in QUANTITY.captures_iter(simplified) {
        let span = |name: &str| c.name(name).map(|m| m.range());
        let (low, high) = match span("high") {
            Some(high) => (span("low"), high),
            None => (None, span("low").expect("low always matches")),
        };
        found.push(Scanned {
            span: c.get(0).expect("whole match").range(),
            shape: Shape::Quantity {
                low,
                low_unit: span("low_unit"),
                number: high,
                unit: span("unit").expect("unit"),
            },
        });
    }
    for c in FRACTION.captures_iter(simplified) {
        found.push(Scanned {
            span: c.get(0).expect("whole match").range(),
            shape: Shape::Fraction {
                denominator: c.name("den").expect("den").range(),
                numerator: c.name("num").expect("num").range(),
            },
        });
    }
    for c in TENTHS.captures_iter(simplified) {
        found.push(Scanned {
            span: c.get(0).expect("whole match").range(),
            shape: Shape::Tenths { number: c.name("num").expect("num").range() },
        });
    }
    for c in IMPLIED_MONEY.captures_iter(simplified) {
        let number = c.name("num").or_else(|| c.name("after")).expect("num or after").range();
        found.push(Scanned { span: number.clone(), shape: Shape::ImpliedMoney { number } });
    }
    for c in DOUBLING.captures_iter(simplified) {
        found.push(Scanned {
            span: c.get(0).expect("whole match").range(),
            shape: Shape::Doubling { times: c.name("times").expect("times").range() },
        });
    }
    found.sort_by_key(|s| (s.span.start, std::cmp::Reverse(s.span.end)));
    let mut out: Vec<Scanned> = Vec::new();
    for s in found {
        if out.last().map_or(true, |last| s.span.start >= last.span.end) {
            out.push(s);
        }
    }
    out
}
