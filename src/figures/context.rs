//! Context: what each figure measures (`metric`), when (`period`), whether it happened or is
//! intended (`modality`), and comparisons (较去年同期32亿元增长109%: the figure, its base and its rate).

use super::recognise::Text;
use super::Figure;
use crate::dates::Date;
use crate::model::{Comparison, FigureKind, Modality};
use crate::text::bounds::{ends_clause, ends_sentence, Marks};
use crate::text::chars::among;
use crate::text::chars::holds;
use crate::text::chars::CharSet;
use crate::text::words::{data_file, vocabulary, FirstStart, LastStarting, WordList, WordLists};
use crate::text::Span;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// Words after which a clause's metric starts (园区实现工业总产值 → 工业总产值), in their file's order.
static METRIC_CUT: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/metric-cut.txt")).collect());
/// Words stripped from either end of a metric, in their file's order.
static METRIC_TRIM: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/metric-trim.txt")).collect());

/// Modality words, by what they signal, in their file's order.
static MODALITY: LazyLock<Vec<(&str, Modality)>> = LazyLock::new(|| {
    let modalities = [Modality::Actual, Modality::Plan, Modality::Forecast, Modality::Target];
    super::classed(data_file!("figures/modality.txt"), |c| modalities.into_iter().find(|m| m.as_str() == c))
});

/// The modality words in two lists, each found in one pass: those of plans, targets and forecasts,
/// then those of what was done; with the modality of each word.
static MODALITY_WORDS: LazyLock<[(WordList, Vec<Modality>); 2]> = LazyLock::new(|| {
    let list = |actual: bool| {
        let words = MODALITY.iter().filter(|(_, m)| (*m == Modality::Actual) == actual);
        (WordList::new(words.clone().map(|(w, _)| w)), words.map(|(_, m)| *m).collect())
    };
    [list(false), list(true)]
});

/// The metric cut words.
static CUTS: LazyLock<WordList> = LazyLock::new(|| WordList::new(METRIC_CUT.iter()));

/// The cut words and the two lists of modality words, all found in one pass over the text.
static CONTEXT_WORDS: LazyLock<WordLists> =
    LazyLock::new(|| WordLists::new(vec![&*CUTS, &MODALITY_WORDS[0].0, &MODALITY_WORDS[1].0]));

/// Words that may stand between a figure and its comparison, taken out in their file's order.
static COMPARISON_FILLER: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/comparison-filler.txt")).collect());
/// Verbs of change that make a percent or multiple a rate of change.
static CHANGE: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/change-verbs.txt")).collect());
/// Words right before a date that make it the period of a comparison's base.
static BASE_DATE_MARKERS: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/base-date-markers.txt")).collect());
/// Words between two figures that make the later one the base of the earlier.
static BASE_MARKERS: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/base-markers.txt")).collect());

/// What the look-ups around every figure need, prepared once for the whole text: sentence and clause
/// boundaries, the cut and modality words, the dates that are not a comparison's base. Scanning from
/// each figure to its sentence's ends was quadratic in a long sentence with many figures (docs/figures.md,
/// "Known limits").
struct Context<'c, 'a> {
    text: &'c Text<'a>,
    dates: &'c [Date],
    sentences: Marks<'a>,
    clauses: Marks<'a>,
    cuts: FirstStart,
    /// Modality words: those of plans, targets and forecasts, then those of what was done.
    modality: [LastStarting; 2],
    /// For each date, the last date up to it that is not a comparison's base ([`is_base_date`]).
    not_base: Vec<Option<usize>>,
}

impl<'c, 'a> Context<'c, 'a> {
    fn new(text: &'c Text<'a>, dates: &'c [Date]) -> Self {
        let s = text.simplified;
        let mut last = None;
        let not_base = dates
            .iter()
            .enumerate()
            .map(|(k, d)| {
                if !is_base_date(text, d) {
                    last = Some(k);
                }
                last
            })
            .collect();
        let mut found = CONTEXT_WORDS.occurrences(s).into_iter();
        let mut next = || found.next().unwrap_or_default();
        let (cuts, intended, actual) = (next(), next(), next());
        Context {
            text,
            dates,
            sentences: Marks::new(s, ends_sentence),
            clauses: Marks::new(s, ends_clause),
            cuts: FirstStart::new(cuts),
            modality: [LastStarting::new(intended), LastStarting::new(actual)],
            not_base,
        }
    }

    /// The last date of `dates[lo..hi]` that is not a base and ends by `to`, as `rfind` would.
    fn last_not_base(&self, lo: usize, hi: usize, to: usize) -> Option<usize> {
        let mut k = hi;
        loop {
            let j = self.not_base[k.checked_sub(1)?]?;
            if j < lo {
                return None;
            }
            if self.dates[j].span.end <= to {
                return Some(j);
            }
            k = j;
        }
    }
}

/// The characters a trim word begins with, and those a trim or cut word ends with: a phrase that
/// begins and ends with none of them keeps its words.
static TRIM_EDGES: LazyLock<[CharSet; 2]> = LazyLock::new(|| {
    let first = METRIC_TRIM.iter().filter_map(|w| w.chars().next());
    let last = METRIC_TRIM.iter().chain(METRIC_CUT.iter()).filter_map(|w| w.chars().next_back());
    [CharSet::new(first), CharSet::new(last)]
});

/// `s` without trim words at its ends and cut words at its end, repeatedly.
fn trim_words(mut s: &str) -> &str {
    let [first_chars, last_chars] = &*TRIM_EDGES;
    loop {
        let before = s;
        // Most phrases begin and end with no word's character: their words are not compared.
        let may_trim = s.chars().next().is_some_and(|c| first_chars.contains(c))
            || s.chars().next_back().is_some_and(|c| last_chars.contains(c));
        if may_trim {
            // A word can only match where its first (last) byte does: comparing one byte first
            // keeps the many words of the lists cheap (this runs around every figure).
            let first = |s: &str, w: &str| s.as_bytes().first() == w.as_bytes().first();
            let last = |s: &str, w: &str| s.as_bytes().last() == w.as_bytes().last();
            for w in METRIC_TRIM.iter() {
                if first(s, w) {
                    s = s.strip_prefix(w).unwrap_or(s);
                }
                if last(s, w) {
                    s = s.strip_suffix(w).unwrap_or(s);
                }
            }
            for w in METRIC_CUT.iter() {
                if last(s, w) {
                    s = s.strip_suffix(w).unwrap_or(s);
                }
            }
        }
        s = s.trim_matches(|c: char| {
            c.is_whitespace() || c.is_ascii_punctuation() || among("“”‘’（）()《》", c)
        });
        // Only ever shortened: the same length is the same text (comparing the text was quadratic).
        if s.len() == before.len() {
            return s;
        }
    }
}

/// What is left of `s` after the last cut word.
fn after_cut(s: &str) -> &str {
    CUTS.last_end(s).map_or(s, |i| &s[i..])
}

/// The dates that start in `from..to` (dates are in text order).
fn dates_in(dates: &[Date], from: usize, to: usize) -> &[Date] {
    let lo = dates.partition_point(|d| d.span.start < from);
    let hi = dates.partition_point(|d| d.span.start < to).max(lo);
    &dates[lo..hi]
}

/// A metric is a short noun phrase; longer text is cut to its last (or first) characters.
const METRIC_CHARS: usize = 10;

/// The end of a phrase longer than [`METRIC_CHARS`], in whole words: what follows the last trim word
/// (成都东部新区已开工重大项目 → 开工重大项目), else the last words that fit (建成后预计年产锂电池正极材料
/// → 年产锂电池正极材料), else its last characters.
fn last_words(p: &str) -> &str {
    let words = crate::text::segment::words(p);
    let mut ends = Vec::with_capacity(words.len());
    let mut at = 0;
    for w in &words {
        at += w.len();
        ends.push(at);
    }
    let fits = |rest: &str| (2..=METRIC_CHARS).contains(&rest.chars().count());
    if let Some(k) = words.iter().rposition(|w| METRIC_TRIM.contains(w)) {
        if fits(&p[ends[k]..]) {
            return &p[ends[k]..];
        }
    }
    let start_of_word = |k: usize| if k == 0 { 0 } else { ends[k - 1] };
    let whole = (0..words.len()).map(start_of_word).find(|&at| p[at..].chars().count() <= METRIC_CHARS);
    match whole.filter(|&at| fits(&p[at..])) {
        Some(at) => trim_words(&p[at..]),
        None => {
            let chars = p.chars().count();
            &p[p.char_indices().nth(chars - METRIC_CHARS).map_or(0, |(b, _)| b)..]
        }
    }
}

/// The noun phrase that opens a phrase `p` longer than [`METRIC_CHARS`] (the words after a count's
/// classifier), in whole words within the bound. It stops before an adverb, preposition, conjunction,
/// particle or mark (brackets aside: 特色(专业)园区), and before a verb right after a noun, its
/// predicate (项目入驻横琴… → 项目; 新加坡企业来苏州… → 新加坡企业), but keeps a verb that modifies
/// (签约项目, 合作共建协议) or that a one-character noun ends (集聚|区). Empty when such a word or a
/// number opens it (26个… after 3批).
fn first_words(p: &str) -> &str {
    // Only the words within the bound matter, and a few characters past it settle the last one's
    // cut: a long clause (a paste without punctuation) is not segmented whole for each count in it.
    let head = &p[..p.char_indices().nth(METRIC_CHARS + 4).map_or(p.len(), |(b, _)| b)];
    let words = crate::text::segment::tagged(head);
    let mut end = 0;
    let mut after_noun = false;
    for (k, &(word, tag)) in words.iter().enumerate() {
        let mark = !word.chars().any(|c| c.is_alphanumeric() || among("()（）", c));
        let compound =
            words.get(k + 1).is_some_and(|&(next, t)| t.starts_with('n') && next.chars().nth(1).is_none());
        let predicate = after_noun && tag.starts_with('v') && tag != "vn" && !compound;
        let opens_badly = end == 0 && tag.starts_with('m');
        if mark
            || predicate
            || opens_badly
            || tag.starts_with(['d', 'p', 'c', 'u'])
            || p[..end + word.len()].chars().nth(METRIC_CHARS).is_some()
        {
            break;
        }
        after_noun = tag.starts_with('n');
        end += word.len();
    }
    &p[..end]
}

/// `last_like`: the last figure before `figures[i]` of its kind and unit.
fn metric(cx: &Context, figures: &[Figure], i: usize) -> Option<Span> {
    let (text, dates) = (cx.text, cx.dates);
    let s = text.simplified;
    let f = &figures[i];
    let mut from = cx.clauses.start_of(f.span.start);
    if i > 0 && figures[i - 1].span.end > from && figures[i - 1].span.end <= f.span.start {
        from = figures[i - 1].span.end;
    }
    for d in dates_in(dates, from, f.span.start) {
        if d.span.end <= f.span.start {
            from = from.max(d.span.end);
        }
    }
    // The rest of a dateline after its date (6月22日电 …, 2024年5月10日電）…): not a metric's words. Not
    // 6月1日电力…, where 电 begins a word.
    let dateline_mark = |c: char| c.is_whitespace() || matches!(c, '）' | ')');
    if let Some(rest) = s[from..f.span.start].strip_prefix('电').filter(|_| s[..from].ends_with('日')) {
        if rest.starts_with(dateline_mark) {
            from = f.span.start - rest.trim_start_matches(dateline_mark).len();
        }
    }
    let to = super::approx::before(s, f.span.start).map_or(f.span.start, |(_, at)| at.max(from));
    // A currency printed before the number (投资新台币1兆元, 总投资人民币50亿元) is its unit's, not the metric's.
    let to = super::units::currency_before(s, to).map_or(to, |u| (to - u.form.len()).max(from));
    let before = trim_words(after_cut(trim_words(&s[from..to])));
    // What follows the figure up to the first cut word or the clause's end.
    let clause_end = cx.clauses.end_of(f.span.end);
    let after = trim_words(&s[f.span.end..cx.cuts.within(f.span.end, clause_end).unwrap_or(clause_end)]);
    // Counting characters stops after a few: `after` may run to the end of a long clause.
    let at_most = |p: &str, n: usize| p.chars().nth(n).is_none();
    let pick = |p: &str, tail: bool| -> Option<Span> {
        let p = if at_most(p, METRIC_CHARS) {
            p
        } else if tail {
            last_words(p)
        } else {
            first_words(p)
        };
        // Offsets of `p` inside the simplified text are those of the printed body.
        let offset = p.as_ptr() as usize - s.as_ptr() as usize;
        // One character (来, 创) says nothing about what is measured.
        (!at_most(p, 1)).then(|| offset..offset + p.len())
    };
    // A count names what it counts after its classifier (30家规模以上工业企业); other figures name
    // their metric before the number (工业总产值67亿元), unless only a verb stands there (创67亿产值).
    let names_money_after =
        f.kind == FigureKind::Money && super::scan::MONEY_NOUNS.iter().any(|w| after.starts_with(w));
    let prefer_after = match f.kind {
        FigureKind::Count => !after.is_empty(),
        _ => names_money_after || at_most(before, 1),
    };
    if prefer_after {
        pick(after, false).or_else(|| pick(before, true))
    } else {
        pick(before, true)
    }
}

/// A date right after 较/比/同比 is the period of a comparison's base, not of the sentence.
fn is_base_date(text: &Text, d: &Date) -> bool {
    let head = &text.simplified[..d.span.start];
    BASE_DATE_MARKERS.iter().any(|w| head.ends_with(w))
}

/// A percent or multiple: the rate of a comparison, never its base.
fn is_rate(f: &Figure) -> bool {
    matches!(f.kind, FigureKind::Percent | FigureKind::Multiple)
}

fn period(cx: &Context, figures: &[Figure], i: usize) -> Option<Span> {
    let dates = cx.dates;
    let f = &figures[i];
    // The dates that start before the figure, from those of its clause or its sentence on; of them,
    // those that end before it count.
    let first_from = |from: usize| dates.partition_point(|d| d.span.start < from);
    let (clause, sentence) =
        (first_from(cx.clauses.start_of(f.span.start)), first_from(cx.sentences.start_of(f.span.start)));
    let hi = first_from(f.span.start).max(clause);
    let ends_before = |k: &usize| dates[*k].span.end <= f.span.start;
    // Figures are in text order: one lies between a date and this figure when the previous one does.
    // Dates are in text order and apart, so once one lies before the previous figure, all earlier do.
    let figure_between = |d: &Date| i > 0 && figures[i - 1].span.start >= d.span.end;
    // The last date of the clause that is not a base (较2020年), or, for a figure that is no rate, the
    // last one with no figure between.
    let in_clause = if is_rate(f) {
        cx.last_not_base(clause, hi, f.span.start)
    } else {
        let last = (clause..hi).rev().find(ends_before);
        match last {
            Some(k) if !figure_between(&dates[k]) => Some(k),
            Some(k) => cx.last_not_base(clause, k + 1, f.span.start),
            None => None,
        }
    };
    in_clause.or_else(|| cx.last_not_base(sentence.min(hi), hi, f.span.start)).map(|k| dates[k].span.clone())
}

fn modality(cx: &Context, f: &Figure) -> Option<Modality> {
    let sentence = cx.sentences.start_of(f.span.start);
    // Words of plans, targets and forecasts win over words of what was done.
    let [intended, actual] = &*MODALITY_WORDS;
    let found = |index: &LastStarting, (_, modalities): &(WordList, Vec<Modality>)| {
        index.within(sentence, f.span.start).map(|i| modalities[i])
    };
    found(&cx.modality[0], intended).or_else(|| found(&cx.modality[1], actual))
}

/// The text between two figures with dates and comparison words taken out: empty when the later
/// figure only compares with the earlier one.
fn residual(text: &Text, from: usize, to: usize, dates: &[Date]) -> String {
    let mut lead = String::new();
    let mut at = from;
    for d in dates_in(dates, from, to).iter().filter(|d| d.span.end <= to) {
        lead.push_str(&text.simplified[at..d.span.start]);
        at = d.span.end;
    }
    lead.push_str(&text.simplified[at..to]);
    let mut lead = lead.replace(|c: char| ends_clause(c) && c != '。' && c != '\n', "");
    for w in COMPARISON_FILLER.iter() {
        lead = lead.replace(w, "");
    }
    lead
}

fn comparisons(text: &Text, figures: &mut [Figure], dates: &[Date]) {
    for r in 1..figures.len() {
        if !is_rate(&figures[r]) {
            continue;
        }
        let j = r - 1;
        let between = &text.simplified[figures[j].span.end..figures[r].span.start];
        let rate_lead = if figures[r].kind == FigureKind::Multiple {
            // 翻番 carries its own verb.
            text.simplified[figures[j].span.end..figures[r].span.end].to_owned()
        } else {
            between.to_owned()
        };
        if between.contains(ends_sentence)
            || !CHANGE.iter().any(|w| holds(&rate_lead, w))
            || !residual(text, figures[j].span.end, figures[r].span.start, dates).is_empty()
        {
            continue;
        }
        let base_lead = |j: usize| &text.simplified[figures[j - 1].span.end..figures[j].span.start];
        let (compared, base) = if j > 0
            && figures[j - 1].kind == figures[j].kind
            && !base_lead(j).contains(ends_sentence)
            && BASE_MARKERS.iter().any(|w| base_lead(j).contains(w))
            && residual(text, figures[j - 1].span.end, figures[j].span.start, dates).is_empty()
        {
            (j - 1, Some(j))
        } else {
            (j, None)
        };
        if matches!(figures[compared].kind, FigureKind::Percent | FigureKind::Multiple | FigureKind::Duration)
            || figures[compared].comparison.is_some()
        {
            continue;
        }
        figures[compared].comparison = Some(Comparison { base, rate: Some(r) });
        if let Some(b) = base {
            // The base measures what the compared figure measures (its own clause is 较去年同期).
            figures[b].metric = figures[compared].metric.clone();
        }
    }
}

/// Fills `metric`, `period`, `modality` and `comparison` of every figure (byte offsets; `figures`
/// in text order).
pub(crate) fn annotate(text: &Text, figures: &mut [Figure], dates: &[Date]) {
    let cx = Context::new(text, dates);
    for i in 0..figures.len() {
        figures[i].metric = metric(&cx, figures, i);
        figures[i].period = period(&cx, figures, i);
        figures[i].modality = modality(&cx, &figures[i]);
    }
    // A comparison's base measures what the compared figure measures: settled before another figure
    // borrows its metric.
    comparisons(text, figures, dates);
    // 预计全年有望突破170亿元 after 工业总产值67亿元: a figure without words of its own takes the metric of
    // the sentence's previous figure of the same kind and unit.
    let mut last_like: FxHashMap<(FigureKind, Option<String>), usize> = FxHashMap::default();
    for i in 0..figures.len() {
        let like = (figures[i].kind, figures[i].unit.clone());
        if figures[i].metric.is_none() {
            let sentence = cx.sentences.start_of(figures[i].span.start);
            if let Some(&g) = last_like.get(&like).filter(|&&g| figures[g].span.start >= sentence) {
                figures[i].metric = figures[g].metric.clone();
            }
        }
        last_like.insert(like, i);
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Comparison;

    fn comparisons(text: &str) -> Vec<Option<Comparison>> {
        crate::figures::extract(text, text, &[], "CNY", &crate::text::spans::Spans::default())
            .into_iter()
            .map(|f| f.comparison)
            .collect()
    }

    #[test]
    fn a_rate_without_base() {
        let c = comparisons("实现产值138亿元，同比增长3.5%。");
        assert_eq!(c, vec![Some(Comparison { base: None, rate: Some(1) }), None]);
        let c = comparisons("能耗5万吨，同比下降8%。");
        assert_eq!(c[0], Some(Comparison { base: None, rate: Some(1) }));
    }

    #[test]
    fn a_base_and_a_rate() {
        let c = comparisons("实现工业总产值67亿元，较去年同期32亿元增长109%。");
        assert_eq!(c[0], Some(Comparison { base: Some(1), rate: Some(2) }));
    }

    #[test]
    fn a_rate_with_its_own_metric_compares_nothing() {
        assert!(comparisons("新开工项目31个，全社会固定资产投资增长16%以上。").iter().all(Option::is_none));
        assert!(comparisons("工业增加值增速26.1%。").iter().all(Option::is_none));
    }
}
