//! Documents (《…》 titles, given without the brackets) and events: fairs, forums and meetings with
//! their names and ordinals (第十届西博会, 成都凉山区域合作第一次联席会暨项目签约仪式, 市委五届六次全会),
//! and party congresses (党的二十大).

use super::lexicon::{EVENT_SUFFIXES, JOINED_EVENT_ENDS};
use super::names::{ordinal, prefix, Reach, Verbs};
use super::Candidate;
use crate::model::EntityType;
use crate::text::words::WordList;
use std::sync::LazyLock;

const REACH: Reach = Reach {
    max_chars: 20,
    ordinals: true,
    brackets: false,
    quotes: false,
    verbal_nouns: true,
    verbs: Verbs::End,
    regions: true,
};

/// The event suffixes, found in one pass.
static EVENT_WORDS: LazyLock<WordList> = LazyLock::new(|| WordList::new(EVENT_SUFFIXES.iter()));

/// A title in book-title marks; the name is the text inside.
static TITLE: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"《([^《》\n]+)》").expect("valid regex"));

/// A party congress by its number (党的二十大).
static CONGRESS: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"党的[一二三四五六七八九十]+大").expect("valid regex"));

/// A second event joined to the first (联席会暨项目签约仪式): 暨, a few characters and one of the joined
/// event ends, tried in their order.
static JOINED: LazyLock<regex::Regex> = LazyLock::new(|| {
    let ends: Vec<String> = JOINED_EVENT_ENDS.iter().map(|w| regex::escape(w)).collect();
    regex::Regex::new(&format!(r"^暨\p{{Han}}{{0,8}}?(?:{})", ends.join("|"))).expect("valid regex")
});

/// Every 《》 title in `text`.
pub(super) fn documents(text: &str) -> Vec<Candidate> {
    TITLE
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .map(|m| Candidate::new(m.range(), EntityType::Document))
        .collect()
}

/// Every event name in `text`.
pub(super) fn events(text: &str) -> Vec<Candidate> {
    let mut found: Vec<Candidate> =
        CONGRESS.find_iter(text).map(|m| Candidate::new(m.range(), EntityType::Event)).collect();
    for (span, suffix) in EVENT_WORDS.hits(text) {
        let (start, words) = prefix(text, span.start, &REACH);
        // 大会 and 全会 need a real name before them (园区高质量发展大会), not just an ordinal.
        let letters = words.iter().filter(|w| !ordinal(w)).count();
        if letters == 0
            || (suffix.chars().count() < 3 && text[start..span.start].chars().count() < 2 && suffix != "博会")
        {
            continue;
        }
        let end = JOINED.find(&text[span.end..]).map_or(span.end, |m| span.end + m.end());
        found.push(Candidate::new(start..end, EntityType::Event));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        events(text).iter().chain(&documents(text)).map(|c| &text[c.span.clone()]).collect()
    }

    #[test]
    fn events_with_ordinals_and_documents_without_brackets() {
        assert_eq!(names("参加了第十届西博会和第十一届西博会"), vec!["第十届西博会", "第十一届西博会"]);
        assert_eq!(names("深入学习贯彻党的二十大精神"), vec!["党的二十大"]);
        assert_eq!(names("出台《资阳市工作方案》"), vec!["资阳市工作方案"]);
    }
}
