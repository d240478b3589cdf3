//! Companies: names with a legal suffix (云南雅酌酒业有限公司, 九洲集团, 甘眉公司), firms named in a
//! list of projects or firms (天华时代、上海锦源晟……等一批重大项目; 高仙机器人二期等27个项目; 宁德时代、
//! 比亚迪等龙头企业), and short names with a trade ending printed right after their park (安州高新区爱创科技).

use super::lexicon::{
    COMPANY_SHORT_ENDINGS, COMPANY_SUFFIXES, GENERIC_WORDS, LISTED_FIRM_QUALIFIERS,
    LISTED_PROJECT_QUALIFIERS, PROJECT_TAILS, PROJECT_WORDS,
};
use super::names::{prefix, Reach, Verbs};
use super::{Candidate, Near};
use crate::model::EntityType;
use crate::text::chars::{han_count, is_han};
use crate::text::gazetteer::{Level, GAZETTEER};
use crate::text::segment;
use crate::text::words::{occurrences, WordList};
use crate::text::Span;
use std::sync::LazyLock;

const REACH: Reach = Reach {
    max_chars: 16,
    ordinals: false,
    brackets: true,
    quotes: false,
    verbal_nouns: false,
    verbs: Verbs::End,
    regions: false,
};

/// The company suffixes, found in one pass.
static COMPANY_WORDS: LazyLock<WordList> = LazyLock::new(|| WordList::new(COMPANY_SUFFIXES.iter()));

/// The end of a list of projects or firms: 等(一批|N个)(重大|重点 …)项目, 等(一批|N家)(龙头|重点 …)企业,
/// the qualifiers from their lists.
static LIST_END: LazyLock<regex::Regex> = LazyLock::new(|| {
    let alternation = |words: &[&str]| words.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|");
    regex::Regex::new(&format!(
        r"等(?:一批|[0-9]+个|[一二三四五六七八九十百]+个)?(?:{})?项目|等(?:一批|[0-9]+家|[一二三四五六七八九十百]+家)?(?:{})?企业",
        alternation(&LISTED_PROJECT_QUALIFIERS),
        alternation(&LISTED_FIRM_QUALIFIERS),
    ))
    .expect("valid regex")
});

/// Every company mention in `text`; `zones` are the place and park candidates (a firm's name does
/// not swallow the park before it).
pub(super) fn find(text: &str, zones: &[Candidate]) -> Vec<Candidate> {
    let near = Near::new(zones);
    let mut found = Vec::new();
    for (span, _) in COMPANY_WORDS.hits(text) {
        let (start, _) = prefix(text, span.start, &REACH);
        // The name begins after the last park that ends inside its prefix.
        let mut start = near
            .around(start..span.start)
            .filter(|z| z.kind == EntityType::Park && z.span.end > start && z.span.end <= span.start)
            .map(|z| z.span.end)
            .max()
            .unwrap_or(start);
        start = place_before(text, start, span.start);
        let words = segment::words(&text[start..span.start]);
        if words.iter().any(|w| !GENERIC_WORDS.contains(w)) {
            found.push(Candidate::new(start..span.end, EntityType::Company));
        }
    }
    for list in LIST_END.find_iter(text) {
        found.extend(listed_firms(text, list.start()));
    }
    for z in zones {
        if let Some(len) = short_name_at(&text[z.span.end..]) {
            found.push(Candidate::new(z.span.end..z.span.end + len, EntityType::Company));
        }
    }
    found
}

/// A firm's name often starts with its region (云南雅酌酒业有限公司): when jieba stopped short inside
/// such a name, move the start back to a place printed just before it.
fn place_before(text: &str, start: usize, limit: usize) -> usize {
    let window = &text[..start];
    for (i, _) in window.char_indices().rev().take(6) {
        let Some((place, len)) = GAZETTEER.longest_at(text, i) else { continue };
        let in_between = &text[i + len..start];
        if i + len <= start
            && in_between.chars().all(is_han)
            && GAZETTEER.best(place).is_some_and(|f| f.level < Level::County)
            && i + len < limit
        {
            return i;
        }
    }
    start
}

/// The firms of a list of projects or firms ending at `end` (before 等), walking back over 、.
fn listed_firms(text: &str, mut end: usize) -> Vec<Candidate> {
    let mut found = Vec::new();
    loop {
        let (start, _) = prefix(text, end, &REACH);
        if start == end {
            break;
        }
        if let Some(span) = firm_of_project(text, start..end) {
            found.push(Candidate::new(span, EntityType::Company));
        }
        match text[..start].strip_suffix('、') {
            Some(before) => end = before.len(),
            None => break,
        }
    }
    found
}

/// The firm a listed project is named after: 高仙机器人二期 → 高仙机器人, 资阳方特文旅 → 方特; `None`
/// for a project that is no firm (烟厂技改, 警训基地).
fn firm_of_project(text: &str, span: Span) -> Option<Span> {
    let item = &text[span.clone()];
    if PROJECT_WORDS.iter().any(|w| item.contains(w)) || GAZETTEER.lookup(item).is_some() {
        return None;
    }
    // A firm's name has a proper noun in it; 商业配套, 人才社区 are common nouns.
    let proper = segment::tagged(item).iter().any(|(w, tag)| {
        !segment::in_dictionary(w)
            || matches!(*tag, "x" | "nr" | "nrt" | "nrfg" | "nz" | "ns" | "nt" | "j" | "eng")
            || GAZETTEER.lookup(w).is_some()
    });
    if !proper {
        return None;
    }
    let (mut start, mut end) = (span.start, span.end);
    let mut stripped = false;
    while let Some(tail) = PROJECT_TAILS.iter().find(|t| text[start..end].ends_with(**t)) {
        end -= tail.len();
        stripped = true;
    }
    // A place before a firm and its sector is where the project is (资阳 in 资阳方特文旅).
    if stripped {
        if let Some((place, len)) = GAZETTEER.longest_at(text, start) {
            if GAZETTEER.lookup(place).is_some() && end - start > len {
                start += len;
            }
        }
    }
    (han_count(&text[start..end]) >= 2).then_some(start..end)
}

/// A short firm name (two characters and a trade ending) at the start of `rest`.
fn short_name_at(rest: &str) -> Option<usize> {
    let head: String = rest.chars().take(2).collect();
    if head.chars().count() < 2 || !head.chars().all(is_han) {
        return None;
    }
    let tail = &rest[head.len()..];
    COMPANY_SHORT_ENDINGS.iter().find(|e| tail.starts_with(**e)).map(|e| head.len() + e.len())
}

/// A firm printed with a place before its name (上海高仙机器人 once 高仙机器人 is known).
pub(super) fn with_place_prefix(text: &str, chosen: &[Candidate]) -> Vec<Candidate> {
    let mut found = Vec::new();
    // Only fuller names: a place before a two-character name is more often where its project is.
    let mut names: Vec<&str> = chosen
        .iter()
        .filter(|c| c.kind == EntityType::Company)
        .map(|c| &text[c.span.clone()])
        .filter(|name| name.chars().count() >= 4)
        .collect();
    names.sort_unstable();
    names.dedup();
    for (_, span) in occurrences(text, &names) {
        let before = &text[..span.start];
        let place = before
            .char_indices()
            .rev()
            .take(4)
            .map(|(i, _)| i)
            .find(|&i| GAZETTEER.best(&before[i..]).is_some_and(|f| f.is_full || f.stem == &before[i..]));
        if let Some(i) = place {
            found.push(Candidate::new(i..span.end, EntityType::Company));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn firms(text: &str) -> Vec<&str> {
        find(text, &[]).iter().map(|c| &text[c.span.clone()]).collect()
    }

    #[test]
    fn project_lists_name_firms() {
        assert_eq!(firms("确保高仙机器人二期等27个项目如期开工"), vec!["高仙机器人"]);
        assert_eq!(
            firms("其中晶康高技术生物制药、烟厂技改、华夏钢构等项目已建成"),
            vec!["华夏钢构", "晶康高技术生物制药"]
        );
        assert_eq!(firms("资阳方特文旅等59个项目加快建设"), vec!["方特"]);
        assert!(firms("警训基地等28个项目竣工投用").is_empty());
    }
}
