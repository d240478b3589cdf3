//! Keywords: TextRank over the body's nouns (jieba words and tags).
//!
//! Words are linked when they occur within [`WINDOW`] content words of each other in one sentence;
//! PageRank on that co-occurrence graph ranks the words that keep company with many others. Only
//! nouns of every kind (places, organisations, proper nouns) and verbal nouns (协作, 招商) count,
//! never numbers, single characters or the stop words of `data/summary/stopwords.txt`. This needs no
//! IDF table (jieba-rs's `tfidf` feature would add its large dictionary to the wasm bundle); the stop
//! list takes the place of the low IDF of generic news words.

use super::graph::Graph;
use super::words::is_content;
use crate::text::bounds::ends_period;
use crate::text::order;
use rustc_hash::FxHashMap;

/// Words this many content words apart or closer are linked (jieba's TextRank default).
const WINDOW: usize = 5;

/// How many keywords the summary gives.
const COUNT: usize = 8;

/// A word of the title is what the editor chose to headline: its rank counts half as much again.
const TITLE_BOOST: f64 = 1.5;

/// True for the jieba tags of the words a keyword can be: nouns (n, ns, nt, nz …, but not nr:
/// people are entities, not topics), verbal nouns (vn), abbreviations (j), and words jieba's HMM
/// found outside its dictionary (x: 成凉, 飞地, the article's own coinages; punctuation, also x, is
/// not content).
fn is_keyword_tag(tag: &str) -> bool {
    (tag.starts_with('n') && !tag.starts_with("nr")) || matches!(tag, "vn" | "j" | "x")
}

/// The tagged words of `simplified`, where each byte range of `names` (sorted, not overlapping: the
/// names the entity recogniser found) is one word with the tag given however jieba would cut or tag
/// it: a place or park one noun (磨憨), a person a person's name (张韬, which jieba may take for a
/// noun). One at a time: the whole text's list of words took 32 bytes a word on a long paste.
fn tokens<'a>(simplified: &'a str, names: &[Name]) -> impl Iterator<Item = (&'a str, &'static str)> + 'a {
    // The stretches of text between the names, and the names (with their tags), in order.
    let mut stretches = Vec::new();
    let mut at = 0;
    for &(start, end, tag) in names {
        if start < at || end > simplified.len() {
            continue;
        }
        stretches.push((at..start, None));
        stretches.push((start..end, Some(tag)));
        at = end;
    }
    stretches.push((at..simplified.len(), None));
    stretches.into_iter().flat_map(move |(range, tag)| {
        let (name, rest) = match tag {
            Some(tag) => (Some((&simplified[range], tag)), ""),
            None => (None, &simplified[range]),
        };
        name.into_iter().chain(crate::text::segment::tagged_iter(rest))
    })
}

/// A name the entity recogniser found: its byte range and the jieba tag it stands for (`n` for a
/// place or park, `nr` for a person).
pub type Name = (usize, usize, &'static str);

/// The keywords of `simplified` (the body in simplified characters), most important first; `whole`
/// are the names to keep as one word each, with their tags (see [`tokens`]).
pub fn extract(simplified: &str, title: Option<&str>, whole: &[Name]) -> Vec<String> {
    let mut ids: FxHashMap<&str, usize> = FxHashMap::default();
    let mut names: Vec<&str> = Vec::new();
    let mut sentence: Vec<usize> = Vec::new();
    let mut links: Vec<(usize, usize)> = Vec::new();
    for (word, tag) in tokens(simplified, whole) {
        if word.contains(ends_period) {
            sentence.clear();
            continue;
        }
        if !(is_keyword_tag(tag) && is_content(word)) {
            continue;
        }
        let id = *ids.entry(word).or_insert_with(|| {
            names.push(word);
            names.len() - 1
        });
        for &other in sentence.iter().rev().take(WINDOW - 1) {
            links.push((id, other));
        }
        sentence.push(id);
    }
    let mut graph = Graph::new(names.len());
    for (a, b) in links {
        graph.link(a, b, 1.0);
    }
    let title = title.map(crate::text::script::to_simplified).unwrap_or_default();
    let scores: Vec<f64> = graph
        .rank()
        .into_iter()
        .zip(&names)
        .map(|(r, w)| if title.contains(w) { r * TITLE_BOOST } else { r })
        .collect();
    let ranked = order::order_of(scores.iter().map(|&s| order::descending(s)));
    ranked.into_iter().take(COUNT).map(|i| names[i].to_owned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_are_topical_nouns_without_numbers_or_stop_words() {
        let body = "成都与凉山合作共建飞地园区。飞地园区实现工业总产值67亿元，同比增长109%。\
                    凉山州与成都市签订协议，飞地园区引进企业35家。记者了解到，园区交通便利。";
        let got = extract(body, Some("成都凉山共建飞地园区"), &[]);
        assert!(got.len() <= COUNT);
        assert!(got.contains(&"凉山".to_owned()) && got.contains(&"成都".to_owned()), "{got:?}");
        for w in &got {
            assert!(is_content(w), "{w} in {got:?}");
            assert!(!w.contains(char::is_numeric), "{w}");
        }
        assert!(!got.iter().any(|w| w == "记者" || w == "同比"), "{got:?}");
    }

    /// A person the recogniser found is no keyword, whatever tag jieba would give the name.
    #[test]
    fn people_found_are_no_keywords() {
        let body = "张韬指出，张韬强调园区招商。张韬表示，园区招商引资成效明显。";
        let people: Vec<Name> = body.match_indices("张韬").map(|(i, m)| (i, i + m.len(), "nr")).collect();
        let got = extract(body, None, &people);
        assert!(!got.iter().any(|w| w.contains("张韬")), "{got:?}");
        assert!(got.iter().any(|w| w == "园区"), "{got:?}");
    }

    #[test]
    fn no_text_no_keywords() {
        assert!(extract("", None, &[]).is_empty());
        assert!(extract("67亿元，109%。", None, &[]).is_empty());
    }

    #[test]
    fn entity_names_stay_whole_and_new_words_count() {
        let body = "五华区在磨憨竞拍土地。磨憨园区建设标准厂房，磨憨口岸企业入驻飞地。";
        let names: Vec<Name> = body.match_indices("磨憨").map(|(i, m)| (i, i + m.len(), "n")).collect();
        let got = extract(body, None, &names);
        assert_eq!(got.first().map(String::as_str), Some("磨憨"), "{got:?}");
    }
}
