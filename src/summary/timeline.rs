//! The timeline: every dated event of the article, sorted by date, each with the clause it comes from.

use crate::findings::Findings;
use crate::model::TimelineItem;
use crate::text::bounds::{ends_comma_clause, ends_sentence, Marks};
use crate::text::chars::among;
use crate::text::chars::is_han;
use crate::text::order;
use rustc_hash::FxHashMap;

/// A clause of fewer than this many characters besides its date and spaces (2009年6月28日，
/// 今年以来，  本网讯 5月31日，) says nothing by itself: the clause after it is taken too.
const MIN_CLAUSE_CHARS: usize = 5;

/// The sort key of a date value: where its time span starts, as (year, month, day), with a year
/// alone starting in January and a month alone on the 1st; a range (`A/B`) sorts by `A`, a quarter
/// by its first month, a half year by January or July. `None` for a value it cannot read.
pub fn start_of(value: &str) -> Option<(u32, u32, u32)> {
    let first = value.split('/').next()?;
    let mut parts = first.split('-');
    let year: u32 = parts.next()?.parse().ok()?;
    let (month, day) = match parts.next() {
        None => (1, 1),
        Some(p) if p.starts_with('Q') => (3 * p[1..].parse::<u32>().ok()? - 2, 1),
        Some(p) if p.starts_with('H') => (6 * p[1..].parse::<u32>().ok()? - 5, 1),
        Some(p) => (p.parse().ok()?, parts.next().map_or(Some(1), |d| d.parse().ok())?),
    };
    Some((year, month, day))
}

/// How precise a value is (year, month, day: 1, 2, 3), so that at the same start "2024" comes before
/// "2024-01" and "2024-01-01".
fn precision(value: &str) -> usize {
    value.split('/').next().unwrap_or("").split('-').count()
}

/// A clause is quoted at most this many characters either side of its date: a text without
/// punctuation is one clause, which each of its dates would quote whole (docs/summary.md, "Sentences
/// are bounded"; the longest clause of the test corpus is 177 characters, date included).
const CLAUSE_REACH: usize = super::MAX_SENTENCE_CHARS / 2;

/// Where a clause is cut at [`CLAUSE_REACH`], the cut moves inward to a word boundary at most this
/// many characters away (a space, punctuation, or where Chinese meets digits or letters); else it
/// stays where it is, between two characters of one run.
const WORD_REACH: usize = 16;

/// Whether a word can end at byte `at` of `text`: at either end, or where one neighbour is a space or
/// punctuation, or where Chinese meets a digit or letter.
fn word_boundary(text: &str, at: usize) -> bool {
    match (text[..at].chars().next_back(), text[at..].chars().next()) {
        (Some(a), Some(b)) => !a.is_alphanumeric() || !b.is_alphanumeric() || is_han(a) != is_han(b),
        _ => true,
    }
}

/// The first word boundary of `body` from byte `from` on, within [`WORD_REACH`] characters and before
/// `limit`; else `from`.
fn word_start(body: &str, from: usize, limit: usize) -> usize {
    let mut at = body[from..limit].char_indices().map(|(i, _)| from + i).take(WORD_REACH + 1);
    at.find(|&i| word_boundary(body, i)).unwrap_or(from)
}

/// The last word boundary of `body` up to byte `to`, within [`WORD_REACH`] characters and after
/// `limit`; else `to`.
fn word_end(body: &str, limit: usize, to: usize) -> usize {
    let before = body[limit..to].char_indices().rev().map(|(i, _)| limit + i);
    let mut at = std::iter::once(to).chain(before).take(WORD_REACH + 1);
    at.find(|&i| i > limit && word_boundary(body, i)).unwrap_or(to)
}

/// A date value's events that a new one is compared with to find a repeat: the last this many kept
/// (docs/summary.md, "Known limits"; an article has a few of one date, the test corpus at most 10).
const REPEAT_WINDOW: usize = 32;

/// The clause of `body` around the byte range `start..end`; `clauses`: the body's comma-clause marks.
fn clause(body: &str, clauses: &Marks, start: usize, end: usize) -> String {
    let reach_back = body[..start].char_indices().rev().nth(CLAUSE_REACH - 1).map_or(0, |(i, _)| i);
    let reach = end + body[end..].char_indices().nth(CLAUSE_REACH).map_or(body.len() - end, |(i, _)| i);
    let from = match clauses.start_of(start) {
        from if from >= reach_back => from,
        _ => word_start(body, reach_back, start),
    };
    let clause_end = |at: usize| match clauses.end_of(at) {
        to if to <= reach => to,
        _ => word_end(body, end, reach),
    };
    let mut to = clause_end(end);
    let visible = |s: &str| s.chars().filter(|c| !c.is_whitespace()).count();
    let own = visible(&body[from..to]) - visible(&body[start..end]);
    if own < MIN_CLAUSE_CHARS && to < reach && !body[to..].starts_with(ends_sentence) {
        let next = to + body[to..].chars().next().map_or(1, char::len_utf8);
        to = clause_end(next);
    }
    let text =
        body[from..to].trim_start_matches(|c: char| c.is_whitespace() || among("“”‘’「」『』\"'、：:）)", c));
    // A closing quote is kept when the clause opened it (全国“安全生产月”), else trimmed.
    let opened = text.contains(['“', '‘', '「', '『']);
    text.trim_end_matches(|c: char| c.is_whitespace() || among("、：:", c) || !opened && among("”’」』", c))
        .to_owned()
}

/// The character pairs of a text, to compare clauses: as sorted keys, each once (a set through the
/// module's one sort, where a `BTreeSet` of pairs would be a sort and a tree of their own).
fn bigrams(text: &str) -> Vec<(order::Key, usize)> {
    let mut pairs: Vec<(order::Key, usize)> =
        text.chars().zip(text.chars().skip(1)).map(|(a, b)| (u64::from(a) << 32 | u64::from(b), 0)).collect();
    order::sort_pairs(&mut pairs);
    pairs.dedup();
    pairs
}

/// Two clauses of the same date whose character pairs (the date's own text left out) overlap this
/// much report one event twice (2024年5月，昆明出台管理办法 / 2024年5月，出台管理办法): the first is kept.
const SAME_EVENT: f64 = 0.8;

/// One timeline entry while it is built (in reading order): the item, and its clause's pairs without the date.
struct Event {
    item: TimelineItem,
    pairs: Vec<(order::Key, usize)>,
}

impl Event {
    /// Same date, and the same clause (two dates of one clause with one value: 去年同期(107年1到2月))
    /// or nearly the same one.
    fn repeats(&self, other: &Event) -> bool {
        let smaller = self.pairs.len().min(other.pairs.len());
        self.item.date == other.item.date
            && (self.item.text == other.item.text
                || smaller == 0 && self.pairs == other.pairs
                || smaller > 0
                    && self.pairs.iter().filter(|p| other.pairs.binary_search(p).is_ok()).count() as f64
                        / smaller as f64
                        >= SAME_EVENT)
    }
}

/// The timeline of the article's dates, sorted by where each date starts; dates with the same start
/// keep reading order, a coarser one first. A date value it cannot read goes last. An event reported
/// twice (same date, nearly the same clause) is given once.
pub(crate) fn build(findings: &Findings) -> Vec<TimelineItem> {
    let body = findings.body.as_str();
    let mut events: Vec<Event> = Vec::new();
    // The events of each date value, to compare a new one only with those of its date.
    let mut by_date: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    let clauses = Marks::new(body, ends_comma_clause);
    for d in &findings.dates {
        let text = clause(body, &clauses, d.span.start, d.span.end);
        let event = Event {
            pairs: bigrams(&text.replace(findings.text(&d.span), "")),
            item: TimelineItem { date: d.value.clone(), text },
        };
        let same_date = by_date.entry(d.value.as_str()).or_default();
        let recent = &same_date[same_date.len().saturating_sub(REPEAT_WINDOW)..];
        if !recent.iter().any(|&e| events[e].repeats(&event)) {
            same_date.push(events.len());
            events.push(event);
        }
    }
    // By start (year, month, day), then the wider period first, undated last; ties in reading order.
    order::sort_by_key(&mut events, |e| {
        let byte = |n: u32| u64::from(n.min(0xFF));
        start_of(&e.item.date).map_or(u64::MAX, |(year, month, day)| {
            u64::from(year) << 24
                | byte(month) << 16
                | byte(day) << 8
                | precision(&e.item.date).min(0xFF) as u64
        })
    });
    events.into_iter().map(|e| e.item).collect()
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::dates::Date;

    /// Two dates of one clause that resolve to the same value give one event.
    #[test]
    fn two_dates_of_one_clause_with_one_value_are_one_event() {
        let body = "营业额较去年同期(2023年1到2月)的1094亿元增加。";
        let mut a = analysis("", body);
        a.dates =
            vec![date(body, "去年同期", "2023-01/2023-02"), date(body, "2023年1到2月", "2023-01/2023-02")];
        assert_eq!(build(&a).len(), 1, "{:?}", build(&a));
    }

    #[test]
    fn every_date_form_sorts_by_its_start() {
        assert_eq!(start_of("2011-H2"), Some((2011, 7, 1)));
        assert_eq!(start_of("2023-Q4"), Some((2023, 10, 1)));
        assert_eq!(start_of("2023-01/2023-04"), Some((2023, 1, 1)));
        assert_eq!(start_of("2009-06-28"), Some((2009, 6, 28)));
        assert_eq!(start_of("2024"), Some((2024, 1, 1)));
        assert_eq!(start_of("someday"), None);
    }

    #[test]
    fn timeline_is_sorted_with_clauses() {
        let body =
            "2011年上半年，园区实现工业总产值67亿元。\n2009年6月28日，成都与凉山签订协议，共建园区。\n\
                    今年1—4月，园区新签约项目6个；2011年第三季度园区将完成扩区。2011年，园区规划获批。";
        let dates = vec![
            date(body, "2011年上半年", "2011-H1"),
            date(body, "2009年6月28日", "2009-06-28"),
            date(body, "今年1—4月", "2011-01/2011-04"),
            date(body, "2011年第三季度", "2011-Q3"),
            date(body, "2011年，", "2011"),
        ];
        let mut dates = dates;
        dates[4].span.end -= "，".len(); // "2011年" without the comma
        let mut a = analysis("", body);
        a.dates = dates;
        let got: Vec<(String, String)> = build(&a).into_iter().map(|t| (t.date, t.text)).collect();
        let want = [
            ("2009-06-28", "2009年6月28日，成都与凉山签订协议"),
            ("2011", "2011年，园区规划获批"),
            ("2011-H1", "2011年上半年，园区实现工业总产值67亿元"),
            ("2011-01/2011-04", "今年1—4月，园区新签约项目6个"),
            ("2011-Q3", "2011年第三季度园区将完成扩区"),
        ];
        let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_clause_without_punctuation_is_quoted_within_the_bound_at_word_boundaries() {
        let words = "园区 建设 项目 ".repeat(100); // 900 characters, spaces between words
        let body = format!("{words}2024年5月{words}");
        let mut a = analysis("", &body);
        a.dates = vec![date(&body, "2024年5月", "2024-05")];
        let got = build(&a);
        let text = &got[0].text;
        assert!(text.chars().count() <= crate::summary::MAX_SENTENCE_CHARS + "2024年5月".chars().count());
        // Whole words: spaces either side in the body.
        assert!(text.contains("2024年5月") && body.contains(&format!(" {text} ")), "{text}");
        // One run of one character: cut at the bound, between two characters.
        let body = format!("{}2024年5月{}", "园".repeat(500), "区".repeat(500));
        a = analysis("", &body);
        a.dates = vec![date(&body, "2024年5月", "2024-05")];
        let want = format!("{}2024年5月{}", "园".repeat(CLAUSE_REACH), "区".repeat(CLAUSE_REACH));
        assert_eq!(build(&a)[0].text, want);
    }

    #[test]
    fn an_event_reported_twice_is_one_item() {
        let body = "2024年5月，出台园区管理办法。“2024年5月，昆明出台园区管理办法。”";
        let mut a = analysis("", body);
        a.dates = vec![date(body, "2024年5月", "2024-05"), {
            Date { span: span(body, "2024年5月", 1), ..date(body, "2024年5月", "2024-05") }
        }];
        let got = build(&a);
        assert_eq!(
            got,
            [TimelineItem { date: "2024-05".into(), text: "2024年5月，出台园区管理办法".into() }]
        );
    }
}
