//! Figures: every quantity in the body, normalised, with what it measures and when.
//!
//! The stages, one module each:
//! - `scan` finds stretches shaped like figures in the simplified text (a number and a unit from
//!   `units`, a range, 三分之一, 三成, 翻番);
//! - `numerals` reads the numbers (2,500, 四十万, 1.1万, 3万4000, 两三, 数十);
//! - `recognise` decides which stretches are quantities (not years, ordinals, slogans, tier labels)
//!   and gives kind, value, unit, range, and `approx` markers;
//! - `context` adds metric, period, modality and comparisons.
//!
//! The rules (value, approx and range semantics, metric, period, modality, comparisons) are in
//! docs/figures.md. The words the rules use are data: the unit forms in `data/figures/units.toml`
//! (generated into `units_table.rs`), every other list in `data/figures/*.txt`, in simplified
//! characters, since the stage matches on the body's simplified copy.

pub(crate) mod approx;
pub(crate) mod context;
pub mod currency;
pub(crate) mod numerals;
pub(crate) mod recognise;
pub(crate) mod scan;
pub(crate) mod units;
#[rustfmt::skip]
mod units_table;

use crate::dates::Date;
use crate::model::{Approx, Comparison, FigureKind, Modality};
use crate::text::chars::among;
use crate::text::chars::holds;
use crate::text::chars::is_han;
use crate::text::lists::convert;
use crate::text::spans::Spans;
use crate::text::words::vocabulary;
use crate::text::Span;
use rustc_hash::FxHashMap;

/// The entries of a `word<TAB>class` vocabulary file, in order, each class read by `class`.
fn classed<T>(source: &'static str, class: impl Fn(&str) -> Option<T>) -> Vec<(&'static str, T)> {
    vocabulary(source)
        .map(|entry| {
            let (word, name) = entry.split_once('\t').expect("a classed entry is word<TAB>class");
            (word, class(name).unwrap_or_else(|| panic!("unknown class {name} of {word}")))
        })
        .collect()
}

/// `items` grouped by the character `edge` gives of each (the first or last of a word, the one that
/// must touch the number), each group in the items' order: a look-up compares only the items that
/// can fit.
fn by_edge<T>(items: impl IntoIterator<Item = T>, edge: impl Fn(&T) -> char) -> FxHashMap<char, Vec<T>> {
    let mut groups: FxHashMap<char, Vec<T>> = FxHashMap::default();
    for item in items {
        groups.entry(edge(&item)).or_default().push(item);
    }
    groups
}

/// A quantity found in the body (the contract's `Figure` without its text and UTF-16 offsets).
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Where it is printed: a byte span of the body.
    pub span: Span,
    /// What it quantifies.
    pub kind: FigureKind,
    /// The plain number after 万/亿 scaling; money in the currency's unit; the low end of a range.
    pub value: f64,
    /// ISO currency code, unit or classifier (see the contract).
    pub unit: Option<String>,
    /// about | over | under.
    pub approx: Option<Approx>,
    /// `[low, high]` for a printed range.
    pub range: Option<[f64; 2]>,
    /// What the figure measures: a byte span of the body (the words before or after the number).
    pub metric: Option<Span>,
    /// The time it refers to: the byte span of a date of the body.
    pub period: Option<Span>,
    /// actual | plan | forecast | target.
    pub modality: Option<Modality>,
    /// The figures of a comparison, as indexes into the article's figures.
    pub comparison: Option<Comparison>,
}
/// Finds the figures in `body`. `simplified` is `body` mapped to simplified characters (same byte
/// offsets); `dates` are the dates already found (byte offsets), which are never figures and give
/// figures their `period`; `local_currency` is the ISO code of a bare 元 ([`currency::local`]);
/// `repeated` are the sentences that repeat an earlier one ([`crate::text::repeats::sentences`]),
/// whose figures are listed once (the page repeated them; they are not new facts).
/// Offsets in the result are byte offsets into `body`.
pub fn extract(
    body: &str,
    simplified: &str,
    dates: &[Date],
    local_currency: &'static str,
    repeated: &Spans,
) -> Vec<Figure> {
    let simplified = &decimal_points(simplified);
    let text = recognise::Text {
        body,
        simplified,
        local_currency,
        dates: Spans::new(dates.iter().map(|d| d.span.clone()).collect()),
        slogans: recognise::slogans(simplified),
        numbers_only: recognise::numbers_only(simplified),
        cents: Default::default(),
    };
    let mut figures = convert(scan::scan(simplified, text.numbers_only), |s| {
        (!repeated.contains(&s.span.range())).then(|| recognise::recognise(&text, &s)).flatten()
    });
    elliptical_points(simplified, &mut figures);
    elliptical_counts(simplified, &mut figures);
    fraction_ranges(simplified, &mut figures);
    tenths_hundredths(simplified, &text.dates, &mut figures);
    merge_bounds(simplified, &mut figures);
    changed_from(simplified, &mut figures);
    drop_exchange_rates(simplified, &mut figures);
    macau_dollars(simplified, local_currency, &mut figures);
    parts_of_a_whole(simplified, local_currency, &mut figures);
    bare_sums_follow_the_named(simplified, local_currency, &mut figures);
    labelled_rows(simplified, local_currency, &mut figures);
    context::annotate(&text, &mut figures, dates);
    figures
}

/// The first members of a list of percentage points that prints the unit once, at its end
/// (快3.6和1.4个百分点, 收窄2.3、0.8、5.1个百分点, 1.5个、4个百分点): each is a percent in points, its
/// number (and a 个 printed after it) its text.
fn elliptical_points(simplified: &str, figures: &mut Vec<Figure>) {
    if !figures.iter().any(|f| f.unit.as_deref() == Some("pp")) {
        return;
    }
    let mut out: Vec<Figure> = Vec::with_capacity(figures.len());
    for f in figures.drain(..) {
        if f.unit.as_deref() == Some("pp") && f.range.is_none() {
            let mut members = Vec::new();
            let mut start = f.span.start;
            while let Some((span, value)) = member_before(simplified, start) {
                start = span.start;
                members.push(Figure { span, value, ..f.clone() });
            }
            // A member read as a count of 个 (1.5个) is the same number.
            while out.last().is_some_and(|g| g.span.start >= start) {
                out.pop();
            }
            out.extend(members.into_iter().rev());
        }
        out.push(f);
    }
    *figures = out;
}

/// The plain number, with 个 when printed, before a list mark (、 和 与 及) that ends right at `end`.
fn member_before(simplified: &str, end: usize) -> Option<(Span, f64)> {
    let head = simplified[..end].strip_suffix(['、', '和', '与', '及'])?;
    let head = head.strip_suffix('个').unwrap_or(head);
    let number = head.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    let digits = &head[number.len()..];
    let clear = !number.ends_with(|c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+' | '/'));
    // Points are below a hundred: 2024和3个百分点 is a year.
    let value = digits
        .parse::<f64>()
        .ok()
        .filter(|v| clear && *v < 100.0 && digits.starts_with(|c: char| c.is_ascii_digit()))?;
    Some((number.len()..end - simplified[..end].chars().next_back()?.len_utf8(), value))
}

/// The first member of a pair of counts that prints the classifier once, at its end (2万2970和1万8000个,
/// 六十万零四千三百及十万零四千七百多人次): the number right before a list mark (、 和 及 与) that
/// ends where the count starts is a count of the same classifier, whether it was read as a bare number
/// or not at all (2万2970 before 和 is no figure alone: digits with a scale, never a year), when both
/// print a scale word or neither.
fn elliptical_counts(simplified: &str, figures: &mut Vec<Figure>) {
    let mut i = 0;
    while i < figures.len() {
        let b = &figures[i];
        let Some(head) = (b.kind == FigureKind::Count && b.range.is_none())
            .then(|| simplified[..b.span.start].strip_suffix(['、', '和', '及', '与']))
            .flatten()
        else {
            i += 1;
            continue;
        };
        let unit = b.unit.clone();
        // The members of such a pair are alike: both print a scale word or neither (市场主体3万和5000家企业:
        // 3万 counts something else).
        let scaled = |s: &str| s.contains(['万', '亿']);
        let alike = scaled(&simplified[b.span.clone()]);
        match i.checked_sub(1).map(|j| &mut figures[j]) {
            Some(a) if a.span.end == head.len() => {
                let like = scaled(&simplified[a.span.clone()]) == alike;
                if a.kind == FigureKind::Number && a.unit.is_none() && a.range.is_none() && like {
                    a.kind = FigureKind::Count;
                    a.unit = unit;
                }
            }
            _ => {
                let number =
                    head.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | '万' | '亿'));
                let digits = &head[number.len()..];
                let clear = !number
                    .ends_with(|c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+' | '/'));
                let after_last = i.checked_sub(1).map_or(0, |j| figures[j].span.end);
                if clear
                    && number.len() >= after_last
                    && digits.starts_with(|c: char| c.is_ascii_digit())
                    && scaled(digits)
                    && alike
                {
                    if let Some(n) = numerals::parse(digits) {
                        let member = Figure {
                            span: number.len()..head.len(),
                            value: n.low,
                            approx: None,
                            ..figures[i].clone()
                        };
                        figures.insert(i, member);
                        i += 1;
                    }
                }
            }
        }
        i += 1;
    }
}

/// A range of percentages that prints 百分之 at both ends (百分之三点五至百分之四点五): one figure,
/// as 百分之三十至四十 and 3%至5% are.
fn fraction_ranges(simplified: &str, figures: &mut Vec<Figure>) {
    let mut i = 0;
    while i + 1 < figures.len() {
        let (a, b) = (&figures[i], &figures[i + 1]);
        let words =
            |f: &Figure| f.kind == FigureKind::Percent && simplified[f.span.clone()].starts_with("百分之");
        let joined = matches!(
            simplified.get(a.span.end..b.span.start),
            Some("至" | "到" | "—" | "-" | "~" | "～" | "–")
        );
        if words(a) && words(b) && joined && a.range.is_none() && b.range.is_none() && a.value < b.value {
            let (end, high) = (b.span.end, b.value);
            let f = &mut figures[i];
            f.span.end = end;
            f.range = Some([f.value, high]);
            f.approx = None;
            figures.remove(i + 1);
        }
        i += 1;
    }
}

/// Tenths in ASCII digits with a digit of hundredths after 成, as Taiwan's papers print 25% (成長2成5,
/// 年增1成5 → 15%): the digit joins them only when it stands alone, before punctuation, the text's end
/// or a character that is no unit, classifier or date word, and no other figure nor date holds it
/// (3成5家, 2成5歲以下, 2成5年內, 2成50%, 2成5月營收: the digit is the next figure's or date's).
fn tenths_hundredths(simplified: &str, dates: &Spans, figures: &mut Vec<Figure>) {
    let mut i = 0;
    while i < figures.len() {
        let f = &figures[i];
        let tenths = simplified[f.span.clone()].strip_suffix('成').filter(|t| {
            !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) && f.kind == FigureKind::Percent
        });
        let digit = simplified[f.span.end..].bytes().next().filter(|b| (b'1'..=b'9').contains(b));
        let (Some(tenths), Some(digit), None) = (tenths, digit, f.range) else {
            i += 1;
            continue;
        };
        let at = f.span.end..f.span.end + 1;
        let after = &simplified[at.end..];
        let free = match after.chars().next() {
            None => true,
            Some(c) if c.is_ascii_alphanumeric() || among(".．%％‰十百千万亿年月日号", c) => {
                false
            }
            Some(',') => !after[1..].starts_with(|c: char| c.is_ascii_digit()),
            Some(_) => !units::UNITS.iter().any(|u| after.starts_with(u.form)),
        };
        // A bare number read from the digit alone is the same digit; a longer figure is another's.
        let next = figures.get(i + 1).filter(|g| g.span.start < at.end);
        let (read, held) =
            (next.is_some(), next.is_some_and(|g| g.span != at || g.kind != FigureKind::Number));
        if free && !held && !dates.overlaps(&at) {
            let value = tenths.parse::<f64>().unwrap_or(0.0) * 10.0 + f64::from(digit - b'0');
            let f = &mut figures[i];
            f.span.end = at.end;
            f.value = numerals::tidy(value);
            if read {
                figures.remove(i + 1);
            }
        }
        i += 1;
    }
}

/// A sum printed without 元 or a currency (博彩收入1216.45亿, 利润达8亿) after an amount of its paragraph
/// in a currency the text names (173.55亿澳门元, 50亿美元) is in that currency: the writer names it
/// once and drops it after, as 元 is dropped. A sum in 元 is left to the local currency (50亿美元，
/// 投资20亿元: renminbi), and so is one whose currency is named before it (人民币15亿) or printed with
/// its symbol (50亿美元及NT$500亿).
fn bare_sums_follow_the_named(simplified: &str, local_currency: &str, figures: &mut [Figure]) {
    let mut named: Option<(usize, String)> = None;
    for f in figures.iter_mut().filter(|f| f.kind == FigureKind::Money) {
        let printed = &simplified[f.span.clone()];
        // NT$500亿: a sum printed with its own currency symbol names its currency.
        let bare = printed.ends_with(['万', '亿'])
            && printed.starts_with(|c: char| c.is_ascii_digit() || chinese_numeral(c))
            && f.unit.as_deref() == Some(local_currency)
            && units::currency_before(simplified, simplified[..f.span.start].trim_end().len()).is_none();
        match (&named, bare) {
            (Some((end, unit)), true) if !simplified[*end..f.span.start].contains('\n') => {
                f.unit = Some(unit.clone());
            }
            (_, true) => {}
            _ => named = f.unit.clone().filter(|u| u != local_currency).map(|u| (f.span.end, u)),
        }
    }
}

/// A table row whose label prints the unit in brackets (地区生产总值（亿元） 752.14, 人口(万人) | 312.87 |
/// 310.5): every number of the row is in that unit, as a statistics table prints it. The row after the
/// label holds only numbers and cell marks (spaces, `|`, `-` and `—` for an empty cell); a line of prose
/// is no row. A `-` right before a number that begins its cell is its sign (增长率（%） -3.5 2.1); a row
/// of years only is the table's header (项目投资（万元） 2022 2023), no amounts. The figures read before
/// at the row's numbers are replaced, in one pass after the last row.
fn labelled_rows(simplified: &str, local_currency: &str, figures: &mut Vec<Figure>) {
    if !simplified.contains([')', '）']) {
        return;
    }
    let mut added = Vec::new();
    let mut start = 0;
    for line in simplified.split_inclusive('\n') {
        let at = start;
        start += line.len();
        let Some(close) = line.rfind([')', '）']) else { continue };
        let row = &line[close + line[close..].chars().next().map_or(1, char::len_utf8)..];
        let cells = |c: char| c.is_ascii_digit() || among(".,|-— \t\n\u{3000}", c);
        if !row.contains(|c: char| c.is_ascii_digit()) || !row.chars().all(cells) {
            continue;
        }
        let Some(open) = line[..close].rfind(['(', '（']) else { continue };
        let label = &line[open + line[open..].chars().next().map_or(1, char::len_utf8)..close];
        let form = label.trim_start_matches(['十', '百', '千', '万', '亿']);
        let scale = if form.len() < label.len() {
            numerals::parse(&format!("1{}", &label[..label.len() - form.len()])).map_or(1.0, |n| n.low)
        } else {
            1.0
        };
        let Some(unit) = units::lookup(form).filter(|u| u.kind != FigureKind::Number && u.form != "年")
        else {
            continue;
        };
        let name = match unit.kind {
            FigureKind::Money if matches!(form, "元" | "圆") => Some(local_currency.to_owned()),
            FigureKind::Count => Some(unit.unit.unwrap_or(form).to_owned()),
            _ => unit.unit.map(str::to_owned),
        };
        let base = at + line.len() - row.len();
        let (first, mut years) = (added.len(), true);
        let mut i = 0;
        while let Some(j) = row[i..].find(|c: char| c.is_ascii_digit()).map(|j| i + j) {
            let end = row[j..]
                .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
                .map_or(row.len(), |e| j + e);
            let number = row[j..end].trim_end_matches(['.', ',']);
            i = end;
            let Some(n) = numerals::parse(number) else { continue };
            years &= numerals::is_year(number);
            // -3.5 in its cell: the sign is the number's (not 1-2, nor a dash ending a cell).
            let signed = row[..j]
                .strip_suffix('-')
                .is_some_and(|r| r.is_empty() || r.ends_with([' ', '\t', '|', '\u{3000}']));
            let sign = if signed { -1.0 } else { 1.0 };
            added.push(recognise::figure(
                base + j - usize::from(signed)..base + j + number.len(),
                unit.kind,
                numerals::tidy(sign * n.low * scale * unit.factor),
                name.clone(),
            ));
        }
        if years {
            added.truncate(first);
        }
    }
    if !added.is_empty() {
        // A reading ending where a cell's number ends (3.5 without its sign, a range 1-2) is replaced.
        let ends: rustc_hash::FxHashSet<usize> = added.iter().map(|f| f.span.end).collect();
        figures.retain(|f| !ends.contains(&f.span.end));
        figures.extend(added);
        figures.sort_by_key(|f| f.span.start);
    }
}

/// Words of a change between two amounts (增至, 降到; `data/figures/change-to.txt`).
static CHANGE_TO: std::sync::LazyLock<Vec<&str>> = std::sync::LazyLock::new(|| {
    vocabulary(crate::text::words::data_file!("figures/change-to.txt")).collect()
});

/// A change from one amount to another, 由A增至B or 从A降到B, prints the unit once, after the second
/// (由5億增至8億令吉): the first, a bare number right after 由 or 从, takes the second's kind and unit,
/// when it prints its own scale or neither does (由5增至8億令吉 leaves the scale of 5 unknown: it stays
/// a bare number).
fn changed_from(simplified: &str, figures: &mut [Figure]) {
    let scaled = |f: &Figure| simplified[f.span.clone()].contains(['万', '亿', '兆']);
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (a, b) = (&mut head[i - 1], &tail[0]);
        let between = simplified.get(a.span.end..b.span.start).unwrap_or("").trim();
        let from = simplified[..a.span.start].trim_end().ends_with(['由', '从']);
        if a.kind == FigureKind::Number
            && b.kind != FigureKind::Number
            && a.range.is_none()
            && from
            && CHANGE_TO.contains(&between)
            && (scaled(a) || !scaled(b))
        {
            a.kind = b.kind;
            a.unit = b.unit.clone();
        }
    }
}

/// An exchange rate (32.5元兑1美元, 1美元兑7.1元人民币, 1美元兑港币达7.8元: 兑 and up to four Han
/// characters between, not 兑付 or 兑现, which pay) is a ratio of two currencies, not two amounts:
/// neither term is a figure (ratios are not figures). Two amounts of one currency are no rate
/// (500元兑换价值800元的购物卡).
fn drop_exchange_rates(simplified: &str, figures: &mut Vec<Figure>) {
    let money = |f: &Figure| f.kind == FigureKind::Money;
    let rate: Vec<bool> = (0..figures.len())
        .map(|i| {
            let joined = |a: &Figure, b: &Figure| {
                money(a)
                    && money(b)
                    && a.unit != b.unit
                    && simplified.get(a.span.end..b.span.start).is_some_and(|t| {
                        let t = t.trim();
                        t.starts_with('兑')
                            && !t.starts_with("兑付")
                            && !t.starts_with("兑现")
                            && t.chars().count() <= 5
                            && t.chars().all(is_han)
                    })
            };
            i.checked_sub(1).is_some_and(|p| joined(&figures[p], &figures[i]))
                || figures.get(i + 1).is_some_and(|n| joined(&figures[i], n))
        })
        .collect();
    let mut keep = rate.iter().map(|r| !r);
    figures.retain(|_| keep.next().unwrap_or(true));
}

/// Words naming Macau, its government or its places (`data/figures/macau-words.txt`).
static MACAU_WORDS: std::sync::LazyLock<Vec<&str>> = std::sync::LazyLock::new(|| {
    vocabulary(crate::text::words::data_file!("figures/macau-words.txt")).collect()
});

/// 澳元 (澳币) is Australia's dollar, but a writer in Macau also shortens 澳门元 so: in an article
/// reporting from Macau (`local_currency` MOP, [`currency::local`]) or naming Macau or its
/// government (澳门特区政府, 本澳, 氹仔) an amount in 澳元 is in patacas, unless the text names
/// Australia (澳洲, 澳大利亚), where it may be either and is given no value.
fn macau_dollars(simplified: &str, local_currency: &str, figures: &mut Vec<Figure>) {
    if !(simplified.contains("澳元") || simplified.contains("澳币")) {
        return;
    }
    if local_currency != "MOP" && !MACAU_WORDS.iter().any(|w| holds(simplified, w)) {
        return;
    }
    let australia = simplified.contains("澳洲") || simplified.contains("澳大利亚");
    figures.retain_mut(|f| {
        // The word after the number (50亿澳元) or before it (澳元50亿).
        let (before, printed) = (&simplified[..f.span.start], &simplified[f.span.clone()]);
        let word = |w: &str| printed.contains(w) || before.trim_end().ends_with(w);
        if f.unit.as_deref() != Some("AUD") || !(word("澳元") || word("澳币")) {
            return true;
        }
        f.unit = Some("MOP".to_owned());
        !australia
    });
}

/// An amount in bare 元 (1,087亿元) after 其中 or 当中 in the sentence of an amount whose currency is
/// named (投资总额为澳门元1,188亿元，当中非博彩项目1,087亿元，博彩项目101亿元) is a part of that whole,
/// in its currency; not across the end of a sentence or clause (。；), nor for an amount whose
/// currency is printed. A scaled number printed right after 其中 or 当中 in the sentence of an amount
/// of money (拨款15亿令吉，其中3亿用于基建) is a part of it too: money in its currency.
fn parts_of_a_whole(simplified: &str, local_currency: &str, figures: &mut [Figure]) {
    let named =
        |f: &Figure| f.kind == FigureKind::Money && f.unit.as_deref().is_some_and(|u| u != local_currency);
    if !(simplified.contains("其中") || simplified.contains("当中")) {
        return;
    }
    let in_sentence = |end: usize, f: &Figure| {
        simplified
            .get(end..f.span.start)
            .filter(|b| b.len() <= SENTENCE_REACH && !b.contains(['。', '；', ';', '！', '？', '\n']))
    };
    // The latest amount of money, whose parts a scaled number after 其中 in its sentence may give:
    // right after it (其中3亿用于基建), or later and below the whole (博彩收入2000亿元，其中贵宾部分有65亿，
    // 中场部分有1900亿), a part already money keeping the whole (其中一期投资20亿，二期30亿).
    let mut sum: Option<(usize, Option<String>, f64)> = None;
    // A clause naming people or a quantity (其中接待游客1.2亿, 其中出口量3亿) counts, whatever its scale.
    let counted = |at: usize| {
        let start = crate::text::bounds::reach_start(simplified, at, crate::text::bounds::ends_clause, 20);
        simplified[start..at].contains(['人', '客', '量', '数'])
    };
    let part_of = |sum: &Option<(usize, Option<String>, f64)>, f: &Figure| {
        sum.as_ref()
            .filter(|(end, _, value)| {
                let printed_after = simplified[..f.span.start].ends_with("其中")
                    || simplified[..f.span.start].ends_with("当中");
                in_sentence(*end, f).is_some_and(|b| {
                    printed_after
                        || f.value < *value
                            && (b.contains("其中") || b.contains("当中"))
                            && !counted(f.span.start)
                })
            })
            .map(|(_, unit, _)| unit.clone())
    };
    for f in figures.iter_mut() {
        if f.kind == FigureKind::Money {
            if f.range.is_some() || part_of(&sum, f).is_none() {
                sum = Some((f.span.end, f.unit.clone(), f.value));
            }
        } else if f.kind == FigureKind::Number
            && f.range.is_none()
            && simplified[f.span.clone()].ends_with(['万', '亿'])
        {
            if let Some(unit) = part_of(&sum, f) {
                f.kind = FigureKind::Money;
                f.unit = unit;
            }
        }
    }
    if !figures.iter().any(named) {
        return;
    }
    // Printed as a number and 元 alone (1,087亿元, 三千万元), not 港元 or 美元.
    let bare_yuan = |f: &Figure| {
        simplified[f.span.clone()]
            .strip_suffix('元')
            .and_then(|head| head.chars().next_back())
            .is_some_and(|c| c.is_ascii_digit() || chinese_numeral(c))
    };
    // The latest amount with a named currency; a part is looked for within a sentence's reach of it.
    let mut whole: Option<(usize, String)> = None;
    for f in figures.iter_mut() {
        if named(f) {
            whole = Some((f.span.end, f.unit.clone().unwrap_or_default()));
            continue;
        }
        let Some((end, unit)) = &whole else { continue };
        if f.kind != FigureKind::Money || f.unit.as_deref() != Some(local_currency) || !bare_yuan(f) {
            continue;
        }
        let between = in_sentence(*end, f).unwrap_or("");
        if between.contains("其中") || between.contains("当中") {
            f.unit = Some(unit.clone());
        }
    }
}

/// How far (bytes) a part of a whole may follow it: a long sentence, not the rest of the page.
const SENTENCE_REACH: usize = 600;

/// A Chinese digit (一, 〇) or a scale from 十 to 亿: a character of a number in Chinese numerals.
fn chinese_numeral(c: char) -> bool {
    crate::text::chars::chinese_digit(c).is_some() || among("十百千万亿", c)
}

/// The text with a hyphenation point ‧ (U+2027) between Chinese numerals read as the decimal point 点
/// (二‧二五公頃 = 2.25 ha, as Taiwanese pages print it); the same byte length, so offsets hold.
fn decimal_points(text: &str) -> std::borrow::Cow<'_, str> {
    if !holds(text, "‧") {
        return text.into();
    }
    let numeral = |c: Option<char>| c.is_some_and(chinese_numeral);
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        let between = c == '‧'
            && numeral(text[..i].chars().next_back())
            && numeral(text[i + c.len_utf8()..].chars().next());
        out.push(if between { '点' } else { c });
    }
    out.into()
}

/// Words that may join two bounds of one range (大于10并且小于20, 大于二十的同时小于等于三十五).
static RANGE_LINKS: std::sync::LazyLock<Vec<&str>> = std::sync::LazyLock::new(|| {
    vocabulary(crate::text::words::data_file!("figures/range-links.txt")).collect()
});

/// A lower and an upper bound of one number in a row (大于10小于20, 不小于20不大于50, 1000以上，1500以下,
/// 比四分之一大，比二分之一小, 最多100最少20个) are one range: the figure spans both, `range` is
/// [low, high] and `approx` null. The first bound is of the second's kind and unit, or a bare number
/// before a bare number or a count, whose classifier the range takes (printed once, at the end).
fn merge_bounds(s: &str, figures: &mut Vec<Figure>) {
    let mut i = 0;
    while i + 1 < figures.len() {
        let (a, b) = (&figures[i], &figures[i + 1]);
        let bare_into =
            a.kind == FigureKind::Number && matches!(b.kind, FigureKind::Number | FigureKind::Count);
        let kinds = bare_into || a.kind == b.kind && a.unit == b.unit;
        let linked = kinds && a.range.is_none() && b.range.is_none() && a.span.end <= b.span.start && {
            // Past the first bound's marker after it (以上, 大 of 比…大), before the second's (小于, 比).
            let from = approx::after_marker(s, a.span.end)
                .map(|(_, end)| end)
                .or_else(|| approx::compared(s, a.span.start, a.span.end).map(|(.., end)| end))
                .unwrap_or(a.span.end);
            let to = approx::before(s, b.span.start)
                .map(|(_, at)| at)
                .or_else(|| approx::compared(s, b.span.start, b.span.end).map(|(_, at, _)| at))
                .unwrap_or(b.span.start);
            let mut between = s.get(from..to.max(from)).unwrap_or("").trim();
            loop {
                let t = between.trim_start();
                match RANGE_LINKS.iter().find(|w| t.starts_with(**w)) {
                    Some(w) => between = &t[w.len()..],
                    None => break t.is_empty(),
                }
            }
        };
        let (low, high) = match (a.approx, b.approx) {
            (Some(Approx::Over), Some(Approx::Under)) => (a.value, b.value),
            (Some(Approx::Under), Some(Approx::Over)) => (b.value, a.value),
            _ => (1.0, 0.0),
        };
        if linked && low < high {
            let (end, kind, unit) = (b.span.end, b.kind, b.unit.clone());
            let f = &mut figures[i];
            f.span.end = end;
            f.kind = kind;
            f.unit = unit;
            f.value = low;
            f.range = Some([low, high]);
            f.approx = None;
            figures.remove(i + 1);
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::text::repeats;

    #[test]
    fn a_repeated_sentence_gives_its_figures_once() {
        let s = "园区实现工业总产值67亿元，较去年同期增长109%。别的话。园区实现工业总产值67亿元，较去年同期增长109%。";
        assert_eq!(extract(s, s, &[], "CNY", &repeats::sentences(s)).len(), 2);
        let s = "（新加坡5日讯）据经济局公布的数据，化学工业占比为12.5%。别的话。据经济局公布的数据，化学工业占比为12.5%。";
        assert_eq!(extract(s, s, &[], "CNY", &repeats::sentences(s)).len(), 1);
    }
}
