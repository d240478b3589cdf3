//! Cooperation partners for `summary.partners`: the regions an article says cooperate.
//!
//! Evidence, strongest first: a pair abbreviation printed on its own before a cooperation word (成凉合作
//! → 成都, 凉山; 甘眉合作; 沪滇; 成资同城化; 深化成凉合作), each character resolved to a place the
//! article names, one inside a park's name, or else a province (沪 → 上海); an explicit pair (成都与凉山,
//! 甘孜、眉山两市州, 眉山市人民政府与甘孜藏族自治州人民政府); two places in one sentence about cooperation
//! (昆明市托管西双版纳州磨憨镇共同建设). The best-supported pair wins.

use crate::entities::Entity;
use crate::model::EntityType;
use crate::text::bounds::ends_period;
use crate::text::chars::among;
use crate::text::chars::is_han;
use crate::text::gazetteer::{Level, GAZETTEER};
use crate::text::words::{data_file, vocabulary, FirstStart, WordList, WordLists};
use rustc_hash::FxHashMap;
use std::cmp::Reverse;
use std::sync::LazyLock;

/// The cooperation words (合作, 同城化 …): a pair abbreviation may end where one begins.
static COOPERATION: LazyLock<WordList> = LazyLock::new(|| {
    let words: Vec<&'static str> = vocabulary(data_file!("summary/cooperation-words.txt")).collect();
    WordList::new(&words)
});

/// Words that count two places (两市, 两地, 两市州): after two places side by side they make them a
/// pair (合肥阜阳两市).
static PAIR_COUNTS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| vocabulary(data_file!("summary/pair-counts.txt")).collect());

/// Words that make a sentence a statement of cooperation between the places it names, and the words
/// that count two places (甘孜、眉山两市州), which do too. One search of the whole text answers for
/// every sentence.
static COOPERATION_VERBS: LazyLock<WordList> = LazyLock::new(|| {
    let verbs = vocabulary(data_file!("summary/cooperation-verbs.txt"));
    WordList::new(&verbs.chain(PAIR_COUNTS.iter().copied()).collect::<Vec<_>>())
});

/// The cooperation words and verbs, found in one pass over the text.
static COOPERATION_LISTS: LazyLock<WordLists> =
    LazyLock::new(|| WordLists::new(vec![&*COOPERATION, &*COOPERATION_VERBS]));

/// In a sentence about cooperation, a place is paired with at most this many places after it: a
/// sentence that names more is a list (or a paste without punctuation, one sentence), and pairing all
/// its places was quadratic (docs/summary.md, "Known limits").
const PAIRED_WITHIN: usize = 32;

/// The cooperating regions the article names, simplified short forms (成凉 → 成都, 凉山), for
/// `summary.partners`; empty when the article is not about a cooperation.
pub fn partners(simplified: &str, entities: &[Entity]) -> Vec<String> {
    let spans: Vec<(std::ops::Range<usize>, &Entity)> =
        entities.iter().map(|e| (e.span.clone(), e)).collect();
    // The places, with where their mention ends: a place, or the place an organisation's name begins
    // with (眉山市人民政府与甘孜藏族自治州人民政府: the governments stand for their regions).
    let (places, ends): (Vec<(usize, String)>, Vec<usize>) = spans
        .iter()
        .filter_map(|(s, e)| match e.kind {
            EntityType::Place => Some(((s.start, region_stem(&e.canonical)?), s.end)),
            EntityType::Organization => {
                let (form, _) = GAZETTEER.longest_at(&simplified[s.clone()], 0)?;
                Some(((s.start, region_stem(form)?), s.end))
            }
            _ => None,
        })
        .unzip();
    // How often each place is mentioned, and where first (its index among the mentions).
    let mut seen: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
    for (i, (_, p)) in places.iter().enumerate() {
        seen.entry(p.as_str()).or_insert((0, i)).0 += 1;
    }
    let mentions = |name: &str| seen.get(name).map_or(0, |&(n, _)| n);
    let first = |name: &str| seen.get(name).map(|&(_, i)| i);
    let mut votes = Votes::default();
    let place_ids: Vec<usize> = places.iter().map(|(_, p)| votes.id(p)).collect();

    // Pair abbreviations outside any entity, before a cooperation word. A character stands for the
    // first named place it begins, else for a place named inside a park's or an event's name (成凉合作
    // in an article that names 成都 and 凉山 only in 成都—凉山现代农业产业园区(合作推进会)).
    let mut initials: FxHashMap<char, String> = FxHashMap::default();
    for (_, p) in &places {
        if let Some(c) = p.chars().next() {
            initials.entry(c).or_insert_with(|| p.clone());
        }
    }
    for (span, _) in spans.iter().filter(|(_, e)| matches!(e.kind, EntityType::Park | EntityType::Event)) {
        let name = &simplified[span.clone()];
        let mut at = 0;
        while let Some(c) = name[at..].chars().next() {
            match GAZETTEER.longest_at(name, at).and_then(|(form, len)| Some((region_stem(form)?, len))) {
                Some((stem, len)) => {
                    initials.entry(c).or_insert(stem);
                    at += len;
                }
                None => at += c.len_utf8(),
            }
        }
    }
    // A park whose name opens with two places (阜阳合肥现代产业园区, 成都—凉山现代农业产业园区) is a
    // zone the two build together: 1 point a mention (the article may name it in passing).
    let zones = spans.iter().filter(|(_, e)| e.kind == EntityType::Park);
    for (a, b) in zones.filter_map(|(span, _)| opening_pair(&simplified[span.clone()])) {
        let (a, b) = (votes.id(&a), votes.id(&b));
        votes.vote(a, b, 1);
    }
    let mut found = COOPERATION_LISTS.occurrences(simplified).into_iter();
    let (words, verbs) = (found.next().unwrap_or_default(), found.next().unwrap_or_default());
    let mut words_at: Vec<usize> = words.into_iter().map(|(start, _, _)| start).collect();
    crate::text::order::sort_numbers(&mut words_at);
    words_at.dedup();
    let named = |p: &str| seen.contains_key(p);
    // An event named for a pair's cooperation (2023湘台经贸交流合作会, 第五届川渝合作论坛): the fused pair
    // opening its name after a year or an edition, no place's name itself, with a cooperation word
    // later in the name: 2 points, as a pair printed before a cooperation word.
    for (span, _) in spans.iter().filter(|(_, e)| e.kind == EntityType::Event) {
        let name = &simplified[span.clone()];
        let rest = name.trim_start_matches(|c: char| c.is_ascii_digit() || c == '年');
        let rest =
            rest.strip_prefix('第').and_then(|r| Some(&r[r.find('届')? + '届'.len_utf8()..])).unwrap_or(rest);
        let mut chars = rest.chars();
        let (Some(x), Some(y)) = (chars.next(), chars.next()) else { continue };
        let pair_end = span.end - rest.len() + x.len_utf8() + y.len_utf8();
        let cooperates =
            words_at[words_at.partition_point(|&w| w < pair_end)..].first().is_some_and(|&w| w < span.end);
        if !cooperates || GAZETTEER.lookup(&rest[..x.len_utf8() + y.len_utf8()]).is_some() {
            continue;
        }
        if let (Some(a), Some(b)) = (member(x, &initials, named), member(y, &initials, named)) {
            if a != b {
                let (a, b) = (votes.id(&a), votes.id(&b));
                votes.vote(a, b, 2);
            }
        }
    }
    for end in words_at {
        let mut back = simplified[..end].char_indices().rev();
        let (Some((_, y)), Some((at, x))) = (back.next(), back.next()) else { continue };
        // The entities do not overlap: only the last one starting at or before the pair may hold it.
        let holder = spans.partition_point(|(s, _)| s.start <= at).checked_sub(1).map(|i| &spans[i]);
        let weight = match holder.filter(|(s, _)| end <= s.end) {
            // 苏宿工业园区: a pair opening a park's name names a zone the two build together, 1 point
            // a mention as a park named by two places; inside another name (沪滇临港昆明科技城) none.
            Some((s, e)) if s.start == at && e.kind == EntityType::Park => 1,
            Some(_) => continue,
            None => {
                let before_ok = !back.next().is_some_and(|(_, c)| is_han(c) && !among("与和的在为是将", c))
                    || pair_stands_alone(simplified, at, end);
                if !before_ok {
                    continue;
                }
                3
            }
        };
        if let (Some(a), Some(b)) = (member(x, &initials, named), member(y, &initials, named)) {
            let (a, b) = (votes.id(&a), votes.id(&b));
            votes.vote(a, b, weight);
        }
    }
    // Sentences about cooperation: every two places in them (explicit pairs are such sentences).
    let mut from = 0;
    let cooperation = FirstStart::new(verbs);
    for sentence in simplified.split_inclusive(ends_period) {
        let range = from..from + sentence.len();
        from = range.end;
        if cooperation.within(range.start, range.end).is_none() {
            continue;
        }
        // The places are in reading order: those of this sentence are one run of them.
        let here: Vec<usize> = (places.partition_point(|p| p.0 < range.start)
            ..places.partition_point(|p| p.0 < range.end))
            .collect();
        for (k, &i) in here.iter().enumerate() {
            for &j in here[k + 1..].iter().take(PAIRED_WITHIN) {
                let between = &simplified[ends[i].min(places[j].0)..places[j].0];
                if between.is_empty() {
                    // 合肥阜阳两市: two places side by side before a word that counts two are a pair;
                    // otherwise (重庆市渝北区) the second is inside the first, not its partner.
                    if PAIR_COUNTS.iter().any(|w| simplified[ends[j]..].starts_with(w)) {
                        votes.vote(place_ids[i], place_ids[j], 2);
                    }
                    continue;
                }
                // 成都与凉山, 甘孜、眉山: an explicit pair counts double.
                let joined = ["与", "和", "、", "同"].contains(&between);
                votes.vote(place_ids[i], place_ids[j], if joined { 2 } else { 1 });
            }
        }
    }
    // Most points; then the pair whose places the article mentions most; then the earlier; then the
    // pair voted for first.
    let names = &votes.names;
    let rank = |(&(a, b), &(points, order)): (&(usize, usize), &(usize, usize))| {
        let (a, b) = (names[a].as_str(), names[b].as_str());
        let earliest = first(a).min(first(b)).unwrap_or(usize::MAX);
        (points, mentions(a) + mentions(b), Reverse(earliest), Reverse(order))
    };
    match votes.score.iter().max_by_key(|&vote| rank(vote)) {
        Some((&(a, b), &(points, _))) if points >= 2 => vec![names[a].clone(), names[b].clone()],
        _ => Vec::new(),
    }
}

/// The points of each pair of places: unordered pairs, each kept in the order it was first voted for.
#[derive(Default)]
struct Votes {
    /// The places voted for, by id.
    names: Vec<String>,
    /// The id of each place.
    ids: FxHashMap<String, usize>,
    /// (id, id) → (points, the order of the pair's first vote).
    score: FxHashMap<(usize, usize), (usize, usize)>,
}

impl Votes {
    /// The id of `name`.
    fn id(&mut self, name: &str) -> usize {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        self.names.push(name.to_owned());
        self.ids.insert(name.to_owned(), self.names.len() - 1);
        self.names.len() - 1
    }

    /// `weight` points for the pair of `a` and `b` (none for a place paired with itself).
    fn vote(&mut self, a: usize, b: usize, weight: usize) {
        if a != b {
            let key = if self.score.contains_key(&(b, a)) { (b, a) } else { (a, b) };
            let order = self.score.len();
            self.score.entry(key).or_insert((0, order)).0 += weight;
        }
    }
}

/// Whether the two characters at `at..end` are words of their own where they stand, after a verb
/// (推动川渝合作: 川 / 渝; 深化成凉合作: 成凉), rather than the end of a longer word or a word of another
/// kind (双方达成合作: 达成, a verb, though 达 and 成 may abbreviate 达州 and 成都).
fn pair_stands_alone(simplified: &str, at: usize, end: usize) -> bool {
    let from = simplified[..at].char_indices().rev().nth(3).map_or(0, |(i, _)| i);
    let to = simplified[end..].char_indices().nth(2).map_or(simplified.len(), |(i, _)| end + i);
    let mut start = from;
    let mut pair = Vec::new();
    for (word, tag) in crate::text::segment::tagged(&simplified[from..to]) {
        let span = start..start + word.len();
        start = span.end;
        if span.start >= at && span.end <= end {
            pair.push(tag);
        } else if span.start < end && span.end > at {
            return false; // a word across the pair's edge
        }
    }
    match pair.as_slice() {
        [_, _] => true,
        [tag] => !tag.starts_with(['v', 'a', 'd', 'p', 'c', 'u', 'r', 'm', 'q']),
        _ => false,
    }
}

/// Marks that join two places into a pair inside a name (成都—凉山, 川、渝).
const PAIR_JOINERS: &[char] = &['—', '–', '-', '－', '·', '、', '与', '和'];

/// The two places a name opens with, as short forms: joined by a mark of [`PAIR_JOINERS`], or side by
/// side at the same level (阜阳合肥: two cities; 重庆市渝北区 is a district inside a city, no pair).
fn opening_pair(name: &str) -> Option<(String, String)> {
    let (first, len) = GAZETTEER.longest_at(name, 0)?;
    let rest = name[len..].trim_start_matches(PAIR_JOINERS);
    let (second, _) = GAZETTEER.longest_at(rest, 0)?;
    let (a, b) = (GAZETTEER.best(first)?, GAZETTEER.best(second)?);
    let joined = rest.len() < name.len() - len;
    (a.stem != b.stem && (joined || a.level == b.level)).then(|| (a.stem.to_owned(), b.stem.to_owned()))
}

/// The short form of a place as a partner (凉山彝族自治州 → 凉山, 磨憨镇 → 磨憨, 成都都市圈 → 成都).
fn region_stem(canonical: &str) -> Option<String> {
    if let Some(f) = GAZETTEER.best(canonical) {
        return Some(f.stem.to_owned());
    }
    if let Some(town) = canonical.strip_suffix(['镇', '乡']) {
        return Some(town.to_owned());
    }
    let (name, _) = GAZETTEER.longest_at(canonical, 0)?;
    GAZETTEER.best(name).map(|f| f.stem.to_owned())
}

/// The partner one character of a pair abbreviation stands for: a named place starting with it, else
/// the province it abbreviates; `initials` maps a first character to the first named place beginning
/// with it. A province the article names itself comes first (湘台 with 湖南 named: 湖南, not the 湘潭 of
/// a park's name).
fn member(c: char, initials: &FxHashMap<char, String>, named: impl Fn(&str) -> bool) -> Option<String> {
    let province = GAZETTEER
        .abbreviation(c)
        .and_then(|full| GAZETTEER.best(full))
        .filter(|f| f.level == Level::Province)
        .map(|f| f.stem.to_owned());
    match province {
        Some(p) if named(&p) => Some(p),
        _ => initials.get(&c).cloned().or(province),
    }
}
