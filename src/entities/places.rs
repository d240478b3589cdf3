//! Places: gazetteer names (full and short forms), towns after a known place (西双版纳州磨憨镇), named
//! regions with a region word (攀西地区, 成渝地区, 成都都市圈).
//!
//! Short county forms (西昌, 安宁, 东川) are common words as often as names, so they count only in an
//! article that also prints the full form (西昌市, 安宁市); prefecture and province short forms (凉山,
//! 昆明, 四川) always count.

use super::lexicon::{REGION_WORDS, STANDALONE_REGIONS, TOWN_UNITS};
use super::Candidate;
use crate::model::EntityType;
use crate::text::chars::is_han;
use crate::text::gazetteer::{Level, GAZETTEER};
use crate::text::words::WordList;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// A town or township printed after its county or prefecture: 西双版纳州磨憨镇, two characters (the
/// stem) and a town unit.
static TOWN: LazyLock<regex::Regex> = LazyLock::new(|| {
    let units: Vec<String> = TOWN_UNITS.iter().map(|w| regex::escape(w)).collect();
    regex::Regex::new(&format!(r"^(\p{{Han}}{{2}})(?:{})", units.join("|"))).expect("valid regex")
});

/// The named regions that are places alone (长三角, 粤北), found in one pass.
pub(super) static STANDALONE: LazyLock<WordList> = LazyLock::new(|| WordList::new(STANDALONE_REGIONS.iter()));

/// Every place mention in `text`, possibly overlapping (the resolver keeps the longest).
pub(super) fn find(text: &str, lexicon: &super::Hits) -> Vec<Candidate> {
    let g = &*GAZETTEER;
    let mut hits: Vec<(usize, &'static str)> = Vec::new();
    for (at, _) in text.char_indices() {
        if let Some((name, _)) = g.longest_at(text, at) {
            hits.push((at, name));
        }
    }
    // A form with its unit word (禄劝县, 安宁市) is unambiguous enough; it licenses the bare stem.
    let with_unit = |name: &str, f: &crate::text::gazetteer::Form| f.is_full || name != f.stem;
    let printed_full: FxHashSet<&str> = hits
        .iter()
        .filter_map(|&(_, n)| g.lookup(n)?.iter().find(|f| with_unit(n, f)).map(|f| f.full))
        .collect();
    let long = long_words(text, &hits);
    let mut found = Vec::new();
    let mut towns: Vec<(String, String)> = Vec::new();
    let mut known_towns: FxHashSet<&str> = FxHashSet::default();
    for &(at, name) in &hits {
        let printed = g.lookup(name).and_then(|forms| forms.iter().find(|f| printed_full.contains(&f.full)));
        let Some(form) = printed.or_else(|| g.best(name)).or_else(|| g.lookup(name).and_then(|f| f.first()))
        else {
            continue;
        };
        let counts = with_unit(name, form) || form.level < Level::County || printed_full.contains(&form.full);
        if !counts {
            continue;
        }
        let end = at + name.len();
        // 阿里 in 阿里巴巴: a place does not end inside a longer word jieba keeps whole.
        // The words are in order and never overlap: only the last one starting at or before `at` can
        // hold it.
        let holder = long.partition_point(|(w, _)| w.start <= at).checked_sub(1).map(|i| &long[i]);
        if holder.is_some_and(|(w, tag)| end < w.end && whole_word(&text[w.clone()], tag)) {
            continue;
        }
        let mut c = Candidate::new(at..end, EntityType::Place);
        if !form.is_full && (printed.is_some() || g.best(name).is_some()) {
            c.canonical = Some(form.full.to_owned());
        }
        found.push(c);
        // The town after the place, then the towns listed after it (晋江安海镇、陈埭镇、英林镇).
        let mut from = end;
        while let Some(m) = TOWN.captures(&text[from..]) {
            let (town, stem) = (m.get(0).expect("a match"), &m[1]);
            if g.lookup(stem).is_some() {
                break;
            }
            let span = from..from + town.len();
            found.push(Candidate::new(span.clone(), EntityType::Place));
            if known_towns.insert(&text[span.clone()]) {
                towns.push((stem.to_owned(), text[span.clone()].to_owned()));
            }
            match text[span.end..].strip_prefix('、') {
                Some(_) => from = span.end + '、'.len_utf8(),
                None => break,
            }
        }
    }
    // A town's stem printed alone (磨憨 after 磨憨镇).
    for (stem, town) in &towns {
        for (at, _) in text.match_indices(stem.as_str()) {
            if !text[at..].starts_with(town.as_str()) {
                let mut c = Candidate::new(at..at + stem.len(), EntityType::Place);
                c.canonical = Some(town.clone());
                found.push(c);
            }
        }
    }
    found.extend(regions(text));
    found.extend(lexicon.standalone.iter().map(|(span, _)| Candidate::new(span.clone(), EntityType::Place)));
    found
}

/// jieba's words of three Han characters or more in the blocks of `text` that hold a place `hits`
/// (byte offsets, in order), with their tags: the words a place may end inside (see [`whole_word`]).
/// Only those blocks are segmented (jieba cuts each block alone; places are in a part of them). In
/// reading order, never overlapping.
fn long_words(text: &str, hits: &[(usize, &str)]) -> Vec<(std::ops::Range<usize>, &'static str)> {
    let mut words = Vec::new();
    let mut done = 0;
    for &(at, _) in hits {
        if at < done {
            continue;
        }
        let block = crate::text::segment::block_around(text, at);
        let mut start = block.start;
        for (word, tag) in crate::text::segment::tagged_iter(&text[block.clone()]) {
            let span = start..start + word.len();
            start = span.end;
            if word.chars().nth(2).is_some() && word.chars().all(is_han) {
                words.push((span, tag));
            }
        }
        done = block.end.max(at + 1);
    }
    words
}

/// Whether a long word (of [`long_words`]) is a dictionary word that is no place itself (阿里巴巴, not
/// 昆明市): a place that ends inside one is part of a longer word. Asked only of the words a place
/// ends inside, which are few: the dictionary check cuts the word again.
fn whole_word(word: &str, tag: &str) -> bool {
    tag != "ns" && GAZETTEER.lookup(word).is_none() && crate::text::segment::in_dictionary(word)
}

/// Regions: a place, a named region or a pair of abbreviations before a region word (攀西地区).
fn regions(text: &str) -> Vec<Candidate> {
    let g = &*GAZETTEER;
    let mut found = Vec::new();
    for word in REGION_WORDS.iter() {
        for (at, _) in text.match_indices(word) {
            let before = &text[..at];
            let named = g.regions().iter().find(|r| before.ends_with(**r)).map(|r| r.len());
            let place = before
                .char_indices()
                .rev()
                .take(6)
                .map(|(i, _)| i)
                .find(|&i| g.best(&before[i..]).is_some_and(|f| f.level < Level::County))
                .map(|i| at - i);
            let pair = {
                let chars: Vec<char> = before.chars().rev().take(2).collect();
                (chars.len() == 2 && chars.iter().all(|&c| is_han(c) && g.abbreviation(c).is_some()))
                    .then(|| chars.iter().map(|c| c.len_utf8()).sum())
            };
            // 地区 alone is too common (民族地区): it needs a named region or an abbreviation pair.
            let len = if *word == "地区" { named.or(pair) } else { named.or(place).or(pair) };
            if let Some(len) = len {
                found.push(Candidate::new(at - len..at + word.len(), EntityType::Place));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        let mut c = find(text, &crate::entities::Hits::of(text));
        c.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.len())));
        c.iter().map(|c| &text[c.span.clone()]).collect()
    }

    #[test]
    fn county_short_forms_need_the_full_form() {
        assert!(!names("社会安宁。").contains(&"安宁"));
        assert!(names("安宁市和安宁").contains(&"安宁"));
    }

    #[test]
    fn towns_and_regions() {
        let n = names("托管西双版纳州磨憨镇，在磨憨落地，攀西地区");
        assert!(n.contains(&"磨憨镇") && n.contains(&"磨憨") && n.contains(&"攀西地区"), "{n:?}");
        let n = names("西昌市礼州镇、黄联镇和川兴镇");
        assert!(n.contains(&"黄联镇") && !n.contains(&"和川兴镇"), "{n:?}");
    }
}
