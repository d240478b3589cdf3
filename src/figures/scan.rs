//! Scanning: finds every stretch of the (simplified) text that is shaped like a figure — a number
//! followed by a unit or classifier, a range of them, a fraction in words (三分之一, 百分之三十), tenths
//! (三成) or a doubling (翻番). Whether a stretch really is a figure is decided by
//! [`super::recognise`].

use super::units;
use crate::model::FigureKind;
use crate::text::chars::among;
use crate::text::order;
use crate::text::pattern;
use crate::text::words::{data_file, vocabulary};
use crate::text::Span;
use std::sync::LazyLock;

/// Chinese numeral characters (digits, scales, 大写, the tens 廿 卅 卌, and 几 for "some"; a traditional 萬 or 兩
/// is read as 万 or 两 in the simplified text).
const CHINESE: &str = "零〇○一二两俩三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟几廿卅卌";
/// Chinese digits (no scales): what may follow a Chinese decimal point.
const DIGITS: &str = "零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖";
/// Chinese digits that may continue an Arabic number after its scale, when a scale follows them too
/// (100万三千).
const SCALED_DIGITS: &str = "一二两三四五六七八九壹贰叁肆伍陆柒捌玖";
/// Scale characters that may follow an Arabic number (1.1万, 3万4000, 9佰 of 大写 style).
const SCALES: &str = "十百千万亿兆拾佰仟";
/// Every scale character, 大写 ones too: white space may stand next to one (三千 九百 六十五).
const ALL_SCALES: &str = "十百千万亿兆拾佰仟";
/// Spacing inside a number (no line break).
const SPACE: &str = "[ \t\u{3000}]*";
/// Two adjacent Chinese digits with 、 between, read as one vague range before a unit (二、三年, 三、四成,
/// as 两三年, 三四成; with a scale they share, 二、三十个 as 二三十个): the pairs [`super::numerals`] reads
/// so; another pair is a list (一、三号线).
const PAIR: &str = "(?:一、[二两]|[二两]、三|三、[四五]|四、五|五、六|六、七|七、八|八、九)";

/// An Arabic number: digits with `,ddd` separators, or a plain digit run, and decimals. A full-width
/// comma separates thousands between full-width digits (４，５６５), or between ASCII ones when a
/// decimal or another group follows (82，225.00, 233,333，333,434); else it is a list's comma ($20，300美圆).
/// A decimal may lead with its point (.5); [`super::recognise`] refuses one after a letter, a digit or a
/// dot (No.5, 1.2.5, ...9).
const ARABIC: &str = r"(?:(?:[0-9]{1,3}(?:[,，][0-9]{3})+[.．][0-9]+|[0-9]{1,3}(?:[,，][0-9]{3}){2,}|[0-9０-９]{1,3}(?:,[0-9０-９]{3})+|[０-９]{1,3}(?:，[０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?|[.．][0-9０-９]+)";

/// A run of Chinese numerals; white space only next to a scale (一百 五 十 二), never between two
/// digits (二百五 二百五 are two numbers).
fn chinese_run() -> String {
    format!("[{CHINESE}](?:{SPACE}[{ALL_SCALES}]{SPACE}[{CHINESE}]|{SPACE}[{ALL_SCALES}]|[{CHINESE}])*")
}

/// A number as printed: Arabic (with `,ddd` separators, decimals, full-width digits) optionally mixed
/// with scales (25万6千, 7 万5 千) and with Chinese digits that take a scale (100万三千, 200亿零四千230;
/// not the 一 of 5万一年); a run of Chinese numerals, with a decimal point in words
/// (三点一, 三点五亿), a middle dot for one (十九·九一亿, as Taiwanese pages print it) or a printed point
/// right between Chinese digits (九.四%, 一三二.八七, as Taiwan's papers print decimals); 数十/上百 style vague amounts; 半; each optionally followed by 余/多 and more scales
/// (1600余万, 300多亿) and by the 个 of 两个亿; 半百 (fifty).
pub(crate) fn number_pattern() -> String {
    let run = chinese_run();
    format!(
        "(?:(?:[数上][{SCALES}][{CHINESE}]*|{ARABIC}(?:{SPACE}[{SCALES}]+(?:{SPACE}零?(?:{ARABIC}|[{SCALED_DIGITS}]{SPACE}[{SCALES}]+(?:{SPACE}{ARABIC})?))?)*\
         |{run}(?:(?:{SPACE}[点·]{SPACE}|[.．])[{DIGITS}](?:{SPACE}[{DIGITS}])*(?:{SPACE}[万亿兆]+)?)?)\
         (?:{SPACE}[余多]{SPACE}[{SCALES}]*)?(?:个[万亿]+)?|半百?)"
    )
}

/// Compiles one of the scanner's patterns with room for its lazy DFA: the numeral classes are large
/// (CJK ranges), and with the default cache the search falls back to a slower engine on long texts.
fn big_regex(source: &str) -> Result<regex::Regex, regex::Error> {
    pattern::builder(source).dfa_size_limit(16 << 20).build()
}

/// A quantity: a number and a unit, or a range of them (10—20亿元, 5%—8%, 3至5年, 2-3万平方米,
/// 1万(含)-5万元).
static QUANTITY: LazyLock<regex::Regex> = LazyLock::new(|| {
    let (num, unit) = (number_pattern(), units::alternation());
    big_regex(&format!(
        r"(?P<low>{PAIR}[十百千万]?|{num})(?:(?P<low_unit>{unit})?(?:[(（]含[)）])?{SPACE}(?:——|--|－－|[—–\-~～至到]){SPACE}(?P<high>{num}))?{SPACE}(?P<unit>{unit})"
    ))
    .expect("quantity regex")
});

/// A number without a unit (a `number` figure where [`super::recognise`] finds it stands alone, has
/// a magnitude or a comparison marker), or a range of two (一千到一千五百, 20和30之间), with a `k` of
/// thousands (40k).
static BARE: LazyLock<regex::Regex> = LazyLock::new(|| {
    let num = number_pattern();
    big_regex(&format!(
        r"(?P<low>{num})(?P<lk>[kK])?(?:{SPACE}(?:——|--|[—–\-~～至到和与]){SPACE}(?P<high>{num})(?P<hk>[kK])?(?P<between>{SPACE}之?间)?)?"
    ))
    .expect("bare regex")
});

/// Currency symbols before an amount (`data/figures/currency-symbols.txt`): symbol and ISO code.
pub(crate) static CURRENCY_SYMBOLS: LazyLock<Vec<(&str, &str)>> = LazyLock::new(|| {
    vocabulary(data_file!("figures/currency-symbols.txt"))
        .map(|e| e.split_once('\t').expect("symbol<TAB>code"))
        .collect()
});

/// An amount after a currency symbol: ￥300, $20, US$ 5亿.
static SYMBOL_MONEY: LazyLock<regex::Regex> = LazyLock::new(|| {
    let symbols: Vec<String> = CURRENCY_SYMBOLS.iter().map(|(s, _)| regex::escape(s)).collect();
    big_regex(&format!(
        r"(?P<sym>{}){SPACE}(?P<num>{ARABIC}(?:{SPACE}[{SCALES}]+(?:{SPACE}{ARABIC})?)*)",
        symbols.join("|")
    ))
    .expect("symbol money regex")
});

/// A discount in tenths of the price paid (九折, 75折, 9.9折, 对折).
static DISCOUNT: LazyLock<regex::Regex> = LazyLock::new(|| {
    big_regex(&format!(
        r"(?P<num>[0-9０-９]+(?:[.．][0-9０-９]+)?|[0-9]{SPACE}[0-9]|[{DIGITS}](?:{SPACE}[{DIGITS}])?(?:{SPACE}点{SPACE}[{DIGITS}])?|对|半){SPACE}折"
    ))
    .expect("discount regex")
});

/// A fraction or percentage in words: 三分之一, 百分之三十, 千分之五, 百分之1,111, 五 分之 一, a
/// negative numerator (百分之负三), a mixed number (三百五十又三分之一), and a percentage without 之 as
/// Hong Kong and Macau print it (百分三点四: `hundred`).
static FRACTION: LazyLock<regex::Regex> = LazyLock::new(|| {
    let run = chinese_run();
    let numeral = format!(r"{run}(?:{SPACE}点{SPACE}[{DIGITS}](?:{SPACE}[{DIGITS}])*)?|{ARABIC}");
    big_regex(&format!(
        r"(?:(?P<whole>{numeral}){SPACE}又{SPACE})?(?:(?P<den>{run}|[0-9０-９]+){SPACE}分{SPACE}之|(?P<hundred>百)分){SPACE}(?:负{SPACE})?(?P<num>{numeral})"
    ))
    .expect("fraction regex")
});

/// A fraction with a slash: 1/2, 16/5, and a mixed number (1 3/5). Whether it is one (not a date, a
/// code or a score) is decided by [`super::recognise`].
static SLASH_FRACTION: LazyLock<regex::Regex> = LazyLock::new(|| {
    pattern::compile(
        r"(?:(?P<whole>[0-9]{1,3})[ \u{3000}]+)?(?P<num>[0-9]{1,3})[ \u{3000}]*[/／][ \u{3000}]*(?P<den>[0-9]{1,3})",
    )
});

/// Tenths: 三成 (30%), 七八成 (70–80%), 9.5成, 七成六 (76%), 三成半 (35%). An ASCII digit after 成 (2成5,
/// as Taiwan's papers print 25%) is read after recognition, beside the figures and dates around it.
static TENTHS: LazyLock<regex::Regex> = LazyLock::new(|| {
    big_regex(&format!(
        r"(?P<num>{PAIR}|[一二两三四五六七八九]{{1,2}}|十|[0-9０-９]+(?:[.．][0-9０-９]+)?|[{DIGITS}]{SPACE}点{SPACE}[{DIGITS}]|半){SPACE}成(?P<extra>半|{SPACE}[一二三四五六七八九])?"
    ))
    .expect("tenths regex")
});

/// A scaled number next to a word for a sum of money, with no currency printed: before it (67亿产值,
/// 3.5亿投资) or after it (投资50亿, 产值达67亿, 投资约13亿 and 投资近100亿 across an approximation
/// marker, 投资7个亿 with 个 before its scale, 收入达三十亿 in Chinese numerals, and a bare scale after a
/// marker, 年产值超百亿): money in
/// yuan. Only the number is the figure's text
/// (a printed unit makes a longer quantity at the same place, which wins).
static IMPLIED_MONEY: LazyLock<regex::Regex> = LazyLock::new(|| {
    let arabic = r"[0-9０-９]+(?:[.．][0-9０-９]+)?";
    // After the word, Chinese numerals too (营业收入达三十五亿).
    let numeral = format!("(?:{arabic}|[一二两三四五六七八九十][〇零一二两三四五六七八九十百千]*)");
    let alternation =
        |words: &mut dyn Iterator<Item = &str>| words.map(regex::escape).collect::<Vec<_>>().join("|");
    let nouns = alternation(&mut MONEY_NOUNS.iter().copied());
    // The words that may link a money word to its number (产值达到67亿), a longer word first.
    let links = alternation(&mut vocabulary(data_file!("figures/money-links.txt")));
    let markers = alternation(&mut super::approx::MARKERS_BEFORE.iter().map(|(w, _)| *w));
    big_regex(&format!(
        "(?P<num>{arabic}[余多]?[万亿]+)(?:{nouns})|(?:{nouns})(?:{links})?(?:(?:{markers})?(?P<after>{numeral}[余多]?个?[万亿]+)|(?:{markers})(?P<scale>[百千]?[万亿]))"
    ))
    .expect("implied money regex")
});

/// Words for a sum of money that may follow a bare scaled number (67亿产值).
pub(crate) static MONEY_NOUNS: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/money-nouns.txt")).collect());

/// Doubling: 翻番, 翻一番 (×2), 翻两番 (×4).
static DOUBLING: LazyLock<regex::Regex> =
    LazyLock::new(|| pattern::compile(r"翻了?(?P<times>[一二两三四]?)番"));

/// The matches of `pattern` in `text` if `text` holds `needed`, a character (or one of the characters)
/// every match of the pattern has, else none: a text without it neither compiles the pattern nor
/// scans for it.
fn if_holds<'t>(
    text: &'t str,
    needed: &[char],
    pattern: &'static LazyLock<regex::Regex>,
) -> impl Iterator<Item = regex::Captures<'t>> {
    text.contains(needed).then(|| pattern.captures_iter(text)).into_iter().flatten()
}

/// What a scanned stretch is shaped like.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Shape {
    /// A number and a unit; `low`/`low_unit` are set for a range (`number` is then the high end).
    Quantity { low: Option<Part>, low_unit: Option<Part>, number: Part, unit: Part },
    /// `numerator` parts of `denominator` (三分之一: denominator 三, numerator 一; 1/2), after a
    /// `whole` number in a mixed one (三又三分之一, 1 3/5).
    Fraction { whole: Option<Part>, denominator: Part, numerator: Part },
    /// 三成; `extra` a half or a digit of hundredths after 成 (三成半, 七成六).
    Tenths { number: Part, extra: Option<Part> },
    /// A scaled number standing for yuan (67亿 in 67亿产值).
    ImpliedMoney { number: Part },
    /// 翻番 with the number of doublings (1 unless printed: 翻两番 = 2).
    Doubling { times: Part },
    /// An amount after a currency symbol (￥300).
    SymbolMoney { symbol: Part, number: Part },
    /// 九折: the share of the price paid, in tenths.
    Discount { number: Part },
    /// A number without a unit, or a range of two (`low` is then set; a low end without its own `k`
    /// takes the high end's); `k`: a `k` of thousands follows the (high) number; `between`: 之间
    /// follows the range.
    Bare { low: Option<Part>, number: Part, k: bool, between: bool },
}

/// A byte span of the scanned text in 8 bytes: a text full of figures gives a candidate per few
/// characters, and their list was the figures stage's peak (the scanner reads texts of up to 4 GiB;
/// [`scan`] finds nothing in a longer one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Part {
    start: u32,
    end: u32,
}

impl Part {
    /// The byte span.
    pub(crate) fn range(self) -> Span {
        self.start as usize..self.end as usize
    }

    /// Where it starts.
    pub(crate) fn start(self) -> usize {
        self.start as usize
    }

    /// Where it ends.
    pub(crate) fn end(self) -> usize {
        self.end as usize
    }
}

impl From<Span> for Part {
    /// A span of a text [`scan`] reads (shorter than 4 GiB, so the offsets fit).
    fn from(span: Span) -> Part {
        Part { start: span.start as u32, end: span.end as u32 }
    }
}

/// A stretch of text shaped like a figure.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Scanned {
    /// The whole stretch (byte offsets, the same in body and simplified text).
    pub(crate) span: Part,
    /// Its parts.
    pub(crate) shape: Shape,
}

/// The number at the start of a text that [`QUANTITY`] tries first (its leftmost-first choice).
static LEADING_NUMBER: LazyLock<regex::Regex> =
    LazyLock::new(|| big_regex(&format!("^(?:{})", number_pattern())).expect("leading number regex"));

/// Characters that only a range (or the 含 of an included end) brings into a quantity.
const RANGE_CHARS: &[char] = &['—', '–', '-', '－', '~', '～', '至', '到', '(', '（'];

/// The parts of one quantity: `low`/`low_unit` for a range, whose high end is `high`.
struct Quantity {
    low: Option<Part>,
    low_unit: Option<Part>,
    high: Part,
    unit: Part,
}

/// The parts of [`QUANTITY`]'s match at `whole`. Most quantities are a number, white space and a
/// unit, and their parts are found without the captures' backtracking (a tenth of the figures
/// stage's time): when the match holds no range character, the path the regex takes is its first
/// choice of number ([`LEADING_NUMBER`] inside the match) followed by the white space and a unit form,
/// if the rest of the match is exactly that; anything else asks for the captures.
fn split_quantity(simplified: &str, whole: &Span) -> Option<Quantity> {
    let printed = &simplified[whole.clone()];
    if !printed.contains(RANGE_CHARS) {
        let number = LEADING_NUMBER.find(printed).map_or(0, |m| m.end());
        let rest = &printed[number..];
        let unit = rest.trim_start_matches([' ', '\t', '\u{3000}']);
        if number > 0 && !unit.contains(char::is_whitespace) && units::lookup(unit).is_some() {
            let at = whole.start;
            return Some(Quantity {
                low: None,
                low_unit: None,
                high: (at..at + number).into(),
                unit: (whole.end - unit.len()..whole.end).into(),
            });
        }
    }
    let (c, low, high) = captured(&QUANTITY, simplified, whole)?;
    Some(Quantity { low, low_unit: part(&c, "low_unit"), high, unit: part(&c, "unit").expect("unit") })
}

/// The captures of `pattern`'s match at `whole` ([`QUANTITY`] or [`BARE`], which name their numbers
/// `low` and `high`), with the range's low end, if any, and the number (a range's high end).
fn captured<'t>(
    pattern: &regex::Regex,
    simplified: &'t str,
    whole: &Span,
) -> Option<(regex::Captures<'t>, Option<Part>, Part)> {
    let c = pattern
        .captures_at(simplified, whole.start)
        .filter(|c| c.get(0).map(|g| g.range()) == Some(whole.clone()))?;
    let (low, number) = match part(&c, "high") {
        Some(high) => (part(&c, "low"), high),
        None => (None, part(&c, "low").expect("low always matches")),
    };
    Some((c, low, number))
}

/// The span of the group `name` of `c`, if it took part in the match.
fn part(c: &regex::Captures, name: &str) -> Option<Part> {
    c.name(name).map(|m| Part::from(m.range()))
}

/// The comparisons of Hong Kong's and Macau's statistics (按年上升0.5%至3.2%: rose 0.5 % on the year,
/// to 3.2 %), before the verb of change that joins a change to the level it reaches.
const CHANGE_PERIODS: [&str; 4] = ["按年", "按月", "按季", "按周"];

/// Whether the range `low`至`high` (both printed with one unit, `unit` the high end's) is a change and
/// the level it reaches (conventions 56): joined by 至 or 到, after a verb of change (1 to 3 characters
/// ending in one of rise or fall, with 了: 跌2美元至78.5美元, 按年上升0.5%至3.2%), or falling (下跌5%至3%:
/// no range runs downwards). A rate's range after a verb stays one but after 按年 (预计同比增长50%至80%,
/// 明年预估增长1%至3%: forecasts print their ranges so), and so does one said to be one (增长80%至125%之间).
fn change_then_level(simplified: &str, low: Part, low_unit: Part, high: Part, unit: Part) -> bool {
    if !matches!(simplified[low_unit.end()..high.start()].trim(), "至" | "到") {
        return false;
    }
    let value = |number: Part, unit: Part| {
        let factor = units::lookup(&simplified[unit.range()]).map_or(1.0, |u| u.factor);
        super::numerals::parse(&simplified[number.range()]).map(|n| n.low * factor)
    };
    // 增长80%至125%之间: a range said to be one.
    if simplified[unit.end()..].trim_start().starts_with("之间") {
        return false;
    }
    let falling = matches!((value(low, low_unit), value(high, unit)), (Some(l), Some(h)) if l > h);
    let head = &simplified[..low.start()];
    let head = head.strip_suffix('了').unwrap_or(head);
    let within = |words: &[&str]| {
        head.char_indices().rev().take(3).any(|(i, _)| words.iter().any(|w| head[..i].ends_with(w)))
    };
    // A rate after a verb of growth is that rate (增长1%至3%: a range), but for Hong Kong's 按年; an
    // amount's change is printed in the amount's unit, and the level follows it.
    let rate = units::lookup(&simplified[unit.range()]).is_some_and(|u| u.kind == FigureKind::Percent);
    let verb = head.ends_with(|c: char| among("升跌长加少降落涨增减挫扬滑", c))
        && (within(&CHANGE_PERIODS) || !rate && !within(&["同比"]));
    falling || verb
}

/// Characters that only a range or a `k` of thousands brings into a bare number.
const BARE_RANGE_CHARS: &[char] = &['—', '–', '-', '~', '～', '至', '到', '和', '与', 'k', 'K'];

/// The parts of [`BARE`]'s match at `whole`, as [`Shape::Bare`]: without a range or `k` character the
/// match is its number alone (no captures needed); else the captures say.
fn split_bare(simplified: &str, whole: &Span) -> Option<Shape> {
    if !simplified[whole.clone()].contains(BARE_RANGE_CHARS) {
        return Some(Shape::Bare { low: None, number: whole.clone().into(), k: false, between: false });
    }
    let (c, low, number) = captured(&BARE, simplified, whole)?;
    let k = c.name(if low.is_some() { "hk" } else { "lk" }).is_some();
    Some(Shape::Bare { low, number, k, between: c.name("between").is_some() })
}

/// The bytes to skip of a [`PAIR`] at `start` that is the end of a longer list or numeral (一、二、三年,
/// 十二、三年), or a heading's number opening its line (一、二十项工程): its first digit and 、 belong to
/// that, and the figure is the last digit's alone.
fn listed_pair(simplified: &str, start: usize) -> usize {
    let pair = simplified[start..].chars().nth(1) == Some('、');
    let before = simplified[..start].chars().next_back();
    if pair && before.map_or(true, |c| c == '、' || c == '\n' || among(CHINESE, c)) {
        '、'.len_utf8() * 2
    } else {
        0
    }
}

/// Every figure-shaped stretch of `simplified`, in text order, without overlaps (an earlier start
/// wins; at the same start the longer one). `numbers_only`: the text is a list of numbers
/// ([`super::recognise::numbers_only`]), where a lone numeral stands for itself.
pub(crate) fn scan(simplified: &str, numbers_only: bool) -> Vec<Scanned> {
    if u32::try_from(simplified.len()).is_err() {
        return Vec::new();
    }
    let mut found: Vec<Scanned> = Vec::new();
    for m in QUANTITY.find_iter(simplified) {
        let whole = m.start() + listed_pair(simplified, m.start())..m.end();
        let Some(Quantity { low, low_unit, high, unit }) = split_quantity(simplified, &whole) else {
            continue;
        };
        // 点 after Chinese numerals is their decimal point (三点一) or a list's item (三点建议), never points;
        // 股 after them without 万 or 亿 is figurative (两股势力, 五股资金), shares are not counted so.
        let (form, number) = (&simplified[unit.range()], &simplified[high.range()]);
        let refused = units::lookup(form)
            .is_some_and(|u| simplified[whole.end..].chars().next().is_some_and(|n| among(u.not_before, n)))
            || !number.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
                && (form == "点" || form == "股" && !number.contains(['万', '亿']));
        if refused {
            continue; // 一千两百: 两 of a numeral, not of weight (the bare number finds it)
        }
        // 近200个亿元以上的项目: before a threshold (亿元以上) the 个 counts what the threshold
        // qualifies; it is not the 个 of 两个亿. Two figures: 200个 and 亿元.
        let threshold = ["以上", "以下"].iter().any(|w| simplified[whole.end..].starts_with(w));
        if let Some(ge) = simplified[high.range()].find('个').filter(|_| threshold && low.is_none()) {
            let ge = high.start() + ge;
            found.push(Scanned {
                span: (high.start()..ge + '个'.len_utf8()).into(),
                shape: Shape::Quantity {
                    low: None,
                    low_unit: None,
                    number: (high.start()..ge).into(),
                    unit: (ge..ge + '个'.len_utf8()).into(),
                },
            });
            let scale = Part::from(ge + '个'.len_utf8()..high.end());
            found.push(Scanned {
                span: (scale.start()..whole.end).into(),
                shape: Shape::Quantity { low: None, low_unit: None, number: scale, unit },
            });
            continue;
        }
        // 增长5%至100亿元: a rate and the amount it reaches, two figures, not a range (the ends'
        // units are of different kinds or currencies: 10万元至20万美元 is no range either).
        let kind = |u: Part| units::lookup(&simplified[u.range()]).map(|u| (u.kind, u.unit));
        let mixed = low_unit.is_some_and(|lu| kind(lu) != kind(unit));
        // 按年上升0.5%至3.2%, 下跌5%至3%: a change and the level it reaches, both ends printed with
        // their unit, are two figures too.
        let change = matches!((low, low_unit), (Some(l), Some(lu)) if change_then_level(simplified, l, lu, high, unit));
        if let (Some(low), Some(lu)) = (low, low_unit.filter(|_| mixed || change)) {
            found.push(Scanned {
                span: (low.start()..lu.end()).into(),
                shape: Shape::Quantity { low: None, low_unit: None, number: low, unit: lu },
            });
            found.push(Scanned {
                span: (high.start()..whole.end).into(),
                shape: Shape::Quantity { low: None, low_unit: None, number: high, unit },
            });
            continue;
        }
        found.push(Scanned {
            span: whole.into(),
            shape: Shape::Quantity { low, low_unit, number: high, unit },
        });
    }
    // Passes that need a character most texts lack are skipped without it (a scan costs ~2 ms/MB),
    // and their patterns are not compiled until a text has it (see `if_holds`).
    let fractions =
        if_holds(simplified, &['分'], &FRACTION).chain(if_holds(simplified, &['/', '／'], &SLASH_FRACTION));
    for c in fractions {
        found.push(Scanned {
            span: c.get(0).expect("whole match").range().into(),
            shape: Shape::Fraction {
                whole: part(&c, "whole"),
                denominator: c.name("den").or_else(|| c.name("hundred")).expect("den").range().into(),
                numerator: c.name("num").expect("num").range().into(),
            },
        });
    }
    for c in if_holds(simplified, &['成'], &TENTHS) {
        let cut = listed_pair(simplified, c.get(0).expect("whole match").start());
        let number = c.name("num").expect("num").range();
        found.push(Scanned {
            span: (number.start + cut..c.get(0).expect("whole match").end()).into(),
            shape: Shape::Tenths {
                number: (number.start + cut..number.end).into(),
                extra: part(&c, "extra"),
            },
        });
    }
    let has_symbol = simplified.contains(['$', '￥', '¥', '€', '£', '₩', '＄']) || simplified.contains("RM");
    for c in has_symbol.then(|| SYMBOL_MONEY.captures_iter(simplified)).into_iter().flatten() {
        found.push(Scanned {
            span: c.get(0).expect("whole match").range().into(),
            shape: Shape::SymbolMoney {
                symbol: c.name("sym").expect("sym").range().into(),
                number: c.name("num").expect("num").range().into(),
            },
        });
    }
    for c in if_holds(simplified, &['折'], &DISCOUNT) {
        found.push(Scanned {
            span: c.get(0).expect("whole match").range().into(),
            shape: Shape::Discount { number: c.name("num").expect("num").range().into() },
        });
    }
    for c in if_holds(simplified, &['万', '亿'], &IMPLIED_MONEY) {
        let number = c.name("num").or_else(|| c.name("after")).or_else(|| c.name("scale"));
        let number = Part::from(number.expect("num, after or scale").range());
        found.push(Scanned { span: number, shape: Shape::ImpliedMoney { number } });
    }
    for c in if_holds(simplified, &['番'], &DOUBLING) {
        found.push(Scanned {
            span: c.get(0).expect("whole match").range().into(),
            shape: Shape::Doubling { times: c.name("times").expect("times").range().into() },
        });
    }
    // A bare number is one only where no other shape touches it (the unit's quantity wins). The
    // others sorted by start, with the largest end so far, answer "does anything overlap" by search.
    order::sort_by_key(&mut found, |s| s.span.start() as u64);
    let mut max_end: Vec<usize> = found
        .iter()
        .scan(0, |m, f| {
            *m = (*m).max(f.span.end());
            Some(*m)
        })
        .collect();
    let mut bare: Vec<Scanned> = Vec::new();
    // The match alone (the lazy DFA) decides most: captures only for those kept.
    for m in BARE.find_iter(simplified) {
        // ...9: a point after another one closes an ellipsis; the number is the digits after it.
        let point = m.as_str().chars().next().filter(|c| among(".．", *c)).map_or(0, char::len_utf8);
        let m = if point > 0 && super::recognise::lead_mark_len(simplified, m.start() + point) > 0 {
            match BARE.find_at(simplified, m.start() + point) {
                Some(digits) if digits.start() == m.start() + point => digits,
                _ => continue,
            }
        } else {
            m
        };
        let whole = m.range();
        // A lone Chinese numeral character (the commonest: 一) is a figure only as the whole text (a
        // sign aside), before a marker (一以上) or as a clause's complement (答案是五).
        let printed = m.as_str();
        if printed.chars().nth(1).is_none()
            && !printed.is_ascii()
            && simplified.trim().trim_start_matches(['负', '-', '－']) != printed
            && super::approx::after(simplified, whole.end).is_none()
            && !super::recognise::complement(simplified, &whole)
            && !numbers_only
        {
            continue;
        }
        let before_end = found.partition_point(|f| f.span.start() < whole.end);
        let touched = before_end > 0 && max_end[before_end - 1] > whole.start;
        let between_range = printed.ends_with('间');
        if touched && !between_range {
            continue;
        }
        let Some(shape @ Shape::Bare { low, between, .. }) = split_bare(simplified, &whole) else {
            continue;
        };
        if between && low.is_some() {
            // 10000与20000间: the range, not a count of 20000 rooms.
            if touched {
                found.retain(|f| !(f.span.start() < whole.end && whole.start < f.span.end()));
                max_end = found
                    .iter()
                    .scan(0, |m, f| {
                        *m = (*m).max(f.span.end());
                        Some(*m)
                    })
                    .collect();
            }
        } else if touched {
            continue;
        }
        bare.push(Scanned { span: whole.into(), shape });
    }
    found.extend(bare);
    order::sort_by_key(&mut found, |s| order::pair(s.span.start(), order::reverse(s.span.end())));
    // Overlaps removed in place (a second list would double the stage's peak on a text of figures).
    found.dedup_by(|s, kept| s.span.start() < kept.span.end());
    found.shrink_to_fit();
    found
}
