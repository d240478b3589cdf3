//! The summary sentences: TextRank over the body's sentences, weighted by the facts they hold.
//!
//! TextRank (Mihalcea & Tarau 2004) links two sentences by the content words they share, normalised
//! by their lengths, and ranks them by PageRank on that graph: a sentence is central when it shares
//! vocabulary with many others. Centrality alone favours long, general sentences, while a reader of
//! the brief wants what happened, where and how much, so each rank is multiplied by [`weight`].

use super::graph::Graph;
use super::words::content_words;
use super::MAX_SENTENCE_CHARS;
use crate::findings::Findings;
use crate::text::bounds::{CLAUSE_MARK, ELLIPSIS, SENTENCE_END};
use crate::text::order;
use rustc_hash::FxHashMap;

/// At most this many sentences are ranked (the first ones): the graph is quadratic, and a news
/// article has far fewer; a pasted book is summarised by its beginning.
const MAX_RANKED: usize = 400;

/// Where the part of `body` the summary reads ends: after the last sentence ranked ([`MAX_RANKED`]),
/// or the whole body when it has fewer.
pub fn ranked_end(body: &str) -> usize {
    split(body, MAX_RANKED + 1).get(MAX_RANKED).map_or(body.len(), |next| next.start)
}

/// A sentence whose words are this share of another's (or the other way round) repeats it: keep one.
/// Overlap rather than Jaccard, so a sentence restated with a clause added still counts as a repeat.
const NEAR_DUPLICATE: f64 = 0.7;

/// A sentence of the body.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    /// Byte offset in the body (and in its simplified copy), whitespace trimmed.
    pub start: usize,
    /// Byte offset just past the sentence.
    pub end: usize,
    /// The sentence's index among the sentences kept.
    pub index: usize,
}

/// Characters that end a sentence (the line ends are handled apart).
fn ends_sentence(c: char) -> bool {
    SENTENCE_END.contains(&c) || c == ELLIPSIS
}

/// Closing quotes and brackets that belong to the sentence they follow (……。”).
fn closes(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '）' | ')' | '"' | '\'')
}

/// Cuts the stretch `start..end` of `body` into pieces of at most [`MAX_SENTENCE_CHARS`] characters,
/// whitespace trimmed: a stretch within the bound is one piece; a longer one (a paste without
/// sentence punctuation) is cut, window by window of that many characters, at the last clause mark
/// (，；：、, left out) in the window's second half, else at its last space there, else at the
/// window's end.
fn pieces(body: &str, start: usize, end: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = start;
    std::iter::from_fn(move || {
        at = end - body[at..end].trim_start().len();
        let rest = body[at..end].trim_end();
        let (Some(half), Some(over)) = (
            rest.char_indices().nth(MAX_SENTENCE_CHARS / 2).map(|(i, _)| i),
            rest.char_indices().nth(MAX_SENTENCE_CHARS).map(|(i, _)| i),
        ) else {
            // Within the bound: the rest is the last piece.
            let piece = (at, at + rest.len());
            at = end;
            return (!rest.is_empty()).then_some(piece);
        };
        let second_half = &rest[half..over];
        let (piece_end, next) =
            match second_half.rfind(CLAUSE_MARK).or_else(|| second_half.rfind(char::is_whitespace)) {
                Some(i) => {
                    let mark = second_half[i..].chars().next().map_or(1, char::len_utf8);
                    (half + i, half + i + mark)
                }
                None => (over, over),
            };
        let piece = (at, at + rest[..piece_end].trim_end().len());
        at += next;
        Some(piece)
    })
}

/// Splits `body` into sentences at 。！？ (keeping closing quotes) and at line ends, the first
/// `at_most` of them; lines that are headings (short, without closing punctuation) and fragments are
/// left out.
pub fn split(body: &str, at_most: usize) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    // Keeps the pieces of the stretch `s..e` that are sentences; false once there are enough.
    let mut keep = |s: usize, e: usize| {
        for (s, e) in pieces(body, s, e) {
            if sentences.len() == at_most {
                break;
            }
            let trimmed = &body[s..e];
            let chars = trimmed.chars().count();
            let finished = trimmed.chars().rev().find(|&c| !closes(c)).is_some_and(ends_sentence);
            // A heading (一、坚持规划引领) or caption fragment is not a sentence of the summary.
            if chars >= 8 && (finished || chars >= 30) {
                sentences.push(Sentence { start: s, end: e, index: sentences.len() });
            }
        }
        sentences.len() < at_most
    };
    let mut start = 0;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = if c == '\n' {
            Some((i, i + 1))
        } else if ends_sentence(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if !(closes(d) || ends_sentence(d)) {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            Some((end, end))
        } else {
            None
        };
        if let Some((end, next)) = end {
            if !keep(start, end) {
                return sentences;
            }
            start = next;
        }
    }
    keep(start, body.len());
    sentences
}

/// The factor applied to a sentence's TextRank score, from what it holds and where it stands.
///
/// - `figures`: each figure adds a quarter, up to four (×2): figures are the facts a brief is read
///   for, and a sentence with an amount and a growth rate beats one of slogans of the same centrality.
/// - `entities`: each distinct named entity adds a tenth, up to five (×1.5): places, parks and
///   companies say who and where, but names also fill ceremonial sentences, so they count less.
/// - position: news is written as an inverted pyramid, so the lead weighs 1.5 and the weight falls
///   linearly to 1 at the last sentence; a gentle slope, so a fact-rich late sentence still wins.
/// - length: TextRank's log normalisation still lets long sentences share more words, so one over
///   120 characters is scaled down by (120/length)²: a brief of five 200-character sentences is not
///   read, and a long sentence must hold clearly more to get in.
pub fn weight(figures: usize, entities: usize, index: usize, count: usize, chars: usize) -> f64 {
    let facts = 1.0 + 0.25 * figures.min(4) as f64;
    let names = 1.0 + 0.1 * entities.min(5) as f64;
    let position = 1.0 + 0.5 * (1.0 - index as f64 / count.max(1) as f64);
    let length = if chars > 120 { (120.0 / chars as f64).powi(2) } else { 1.0 };
    facts * names * position * length
}

/// How many sentences the brief gets: three for a short article, four for a medium, five for a long one.
fn wanted(count: usize) -> usize {
    match count {
        0..=9 => 3,
        10..=19 => 4,
        _ => 5,
    }
}

/// TextRank's similarity: shared words over the sum of the logs of the sentence lengths (`ln_a`,
/// `ln_b`: those logs, computed once per sentence, not once per pair).
fn similarity(a: &[usize], b: &[usize], ln_a: f64, ln_b: f64) -> f64 {
    if a.len() < 2 || b.len() < 2 {
        return 0.0;
    }
    shared(a, b) as f64 / (ln_a + ln_b)
}

/// How many words two sorted word sets share.
fn shared(a: &[usize], b: &[usize]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The share of the smaller word set found in the other (the overlap coefficient).
fn overlap(a: &[usize], b: &[usize]) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    shared(a, b) as f64 / smaller as f64
}

/// Chooses three to five sentences of the body (printed form, in document order).
pub fn select(findings: &Findings) -> Vec<String> {
    let (body, simplified) = (findings.body.as_str(), findings.simplified.as_str());
    let sentences = split(body, MAX_RANKED);
    if sentences.is_empty() {
        return Vec::new();
    }
    let mut ids: FxHashMap<&str, usize> = FxHashMap::default();
    // Each sentence's words as a sorted set of word ids.
    let words: Vec<Vec<usize>> = sentences
        .iter()
        .map(|s| {
            let mut set: Vec<usize> = content_words(&simplified[s.start..s.end])
                .into_iter()
                .map(|w| {
                    let next = ids.len();
                    *ids.entry(w).or_insert(next)
                })
                .collect();
            order::sort_numbers(&mut set);
            set.dedup();
            set
        })
        .collect();
    let n = sentences.len();
    let logs: Vec<f64> = words.iter().map(|w| (w.len() as f64).ln()).collect();
    let mut graph = Graph::new(n);
    for i in 0..n {
        for j in i + 1..n {
            graph.link(i, j, similarity(&words[i], &words[j], logs[i], logs[j]));
        }
    }
    let rank = graph.rank();

    // Where the figures and entities begin, in body bytes and sorted, so that each sentence finds
    // its own by binary search rather than by a pass over all of them.
    let mut figures: Vec<usize> = findings.figures.iter().map(|f| f.span.start).collect();
    order::sort_numbers(&mut figures);
    // By start (the names of one start are read as a set).
    let mut entities: Vec<(usize, &str)> =
        findings.entities.iter().map(|e| (e.span.start, e.canonical.as_str())).collect();
    order::sort_by_key(&mut entities, |&(start, _)| start as order::Key);
    let scores: Vec<f64> = sentences
        .iter()
        .zip(&rank)
        .map(|(s, r)| {
            let figures = figures.partition_point(|&b| b < s.end) - figures.partition_point(|&b| b < s.start);
            let here = entities.partition_point(|&(b, _)| b < s.start)
                ..entities.partition_point(|&(b, _)| b < s.end);
            // The distinct names (sorted by the module's one stable sort of strings).
            let mut entities: Vec<&str> = entities[here].iter().map(|&(_, name)| name).collect();
            entities.sort();
            entities.dedup();
            let chars = body[s.start..s.end].chars().count();
            r * weight(figures, entities.len(), s.index, n, chars)
        })
        .collect();

    let ranked = order::order_of(scores.iter().map(|&s| order::descending(s)));
    let mut chosen: Vec<usize> = Vec::new();
    for i in ranked {
        if chosen.len() == wanted(n) {
            break;
        }
        let text = &simplified[sentences[i].start..sentences[i].end];
        let repeats = chosen.iter().any(|&c| {
            let other = &simplified[sentences[c].start..sentences[c].end];
            overlap(&words[i], &words[c]) >= NEAR_DUPLICATE || other.contains(text) || text.contains(other)
        });
        if !repeats {
            chosen.push(i);
        }
    }
    order::sort_numbers(&mut chosen);
    chosen.into_iter().map(|i| body[sentences[i].start..sentences[i].end].to_owned()).collect()
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::model::{EntityType, FigureKind};

    fn texts(body: &str) -> Vec<&str> {
        split(body, usize::MAX).into_iter().map(|s| &body[s.start..s.end]).collect()
    }

    fn choose(a: &Findings) -> Vec<String> {
        select(a)
    }

    #[test]
    fn splits_at_full_stops_and_lines_keeping_quotes_and_dropping_headings() {
        let body = "一、坚持规划引领\n他说：“园区要加快建设产业集群。”园区已有企业三十多家入驻！\n短句。";
        assert_eq!(texts(body), ["他说：“园区要加快建设产业集群。”", "园区已有企业三十多家入驻！"]);
    }

    #[test]
    fn weights_prefer_figures_then_names_then_the_lead() {
        // Same centrality: an amount and a rate beat two names, which beat none.
        assert!(weight(2, 0, 5, 10, 40) > weight(0, 2, 5, 10, 40));
        assert!(weight(0, 2, 5, 10, 40) > weight(0, 0, 5, 10, 40));
        // The lead weighs half as much again as the last sentence.
        assert!((weight(0, 0, 0, 10, 40) - 1.5).abs() < 1e-9);
        assert!((weight(0, 0, 10, 10, 40) - 1.0).abs() < 1e-9);
        // Figures count more than position: a late sentence with two figures beats a bare lead.
        assert!(weight(2, 0, 9, 10, 40) > weight(0, 0, 0, 10, 40));
        // Caps: a list of ten figures is not worth more than one of four; long sentences shrink.
        assert_eq!(weight(10, 0, 0, 10, 40), weight(4, 0, 0, 10, 40));
        assert!((weight(0, 0, 0, 10, 240) - weight(0, 0, 0, 10, 100) / 4.0).abs() < 1e-9);
    }

    #[test]
    fn a_stretch_without_sentence_punctuation_is_cut_into_bounded_pieces() {
        // Clauses: cut after the last clause mark of each window's second half, the mark left out.
        let clause = "园区实现工业总产值六十七亿元同比增长一倍多，"; // 22 characters
        let body = clause.repeat(40);
        let got = texts(&body);
        assert!(got.len() > 2, "{got:?}");
        for piece in &got {
            assert!(piece.chars().count() <= MAX_SENTENCE_CHARS, "{piece}");
            assert!(piece.ends_with("一倍多"), "{piece}");
        }
        // Nothing lost but the marks cut at (and a last piece too short to be a sentence).
        let (kept, all) = (got.concat().replace('，', ""), body.replace('，', ""));
        assert!(all.starts_with(&kept) && all.len() - kept.len() < 30 * 3, "{kept}");
        // No marks at all: spaces, else every MAX_SENTENCE_CHARS characters.
        let words = "园区建设 ".repeat(200);
        assert!(texts(&words).iter().all(|p| p.chars().count() <= MAX_SENTENCE_CHARS && p.ends_with('设')));
        let one = "园".repeat(1000);
        let got = texts(&one);
        assert_eq!(got.iter().map(|p| p.chars().count()).collect::<Vec<_>>(), [300, 300, 300, 100]);
        // A sentence within the bound is one piece, as it was.
        let long = format!("{}。", "园区".repeat(MAX_SENTENCE_CHARS / 2 - 1));
        assert_eq!(texts(&long), [long.as_str()]);
    }

    /// A short synthetic article: a fact-rich sentence, near-duplicates, and filler.
    fn article() -> Findings {
        let body = "成都与凉山共建成凉工业园区，园区位于凉山州西昌市。\n\
                    园区坚持高标准规划，园区坚持高起点建设，园区坚持高水平管理。\n\
                    今年上半年，成凉工业园区实现工业总产值67亿元，同比增长109%。\n\
                    今年上半年，成凉工业园区实现工业总产值67亿元，同比增长一倍多。\n\
                    园区环境优美，园区交通便利。\n\
                    园区规划面积20平方公里，已入驻企业35家。\n";
        let mut a = analysis("成凉工业园区快速发展", body);
        a.figures = vec![
            figure(body, "67亿元", 0, FigureKind::Money, 6.7e9, Some("工业总产值")),
            figure(body, "109%", 0, FigureKind::Percent, 109.0, Some("增长")),
            figure(body, "67亿元", 1, FigureKind::Money, 6.7e9, Some("工业总产值")),
            figure(body, "20平方公里", 0, FigureKind::Area, 20.0, None),
            figure(body, "35家", 0, FigureKind::Count, 35.0, None),
        ];
        a.entities = vec![
            entity(body, "成都", EntityType::Place),
            entity(body, "凉山州", EntityType::Place),
            entity(body, "成凉工业园区", EntityType::Park),
        ];
        a
    }

    #[test]
    fn chooses_fact_sentences_in_document_order_without_near_duplicates() {
        let got = choose(&article());
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0], "成都与凉山共建成凉工业园区，园区位于凉山州西昌市。");
        assert_eq!(got[1], "今年上半年，成凉工业园区实现工业总产值67亿元，同比增长109%。");
        assert_eq!(got[2], "园区规划面积20平方公里，已入驻企业35家。");
    }

    #[test]
    fn a_short_text_gives_what_it_has() {
        let body = "甘眉工业园区今年新签约项目12个，总投资138亿元。";
        let a = analysis("", body);
        assert_eq!(choose(&a), [body]);
    }
}
