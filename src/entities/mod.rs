//! Entities: places, parks, organisations, companies, people, documents and events.
//!
//! Every recogniser works on the simplified text (same byte offsets as the body, character for
//! character), so one set of rules serves both scripts; the printed text is sliced from the body.
//! Each proposes `Candidate`s; overlapping candidates are resolved longest first (an entity inside a
//! longer name is not listed on its own), then names learnt from one strong mention (a person after a
//! title, a firm in a project list) are found again wherever they recur. The rules are described in
//! docs/entities.md; their vocabulary (suffixes, titles, surnames, stop words …) is in data/entities/,
//! loaded by `lexicon.rs`, and the gazetteer (src/text/gazetteer/) with its sources in data/text/gazetteer/.

mod companies;
mod documents;
pub(crate) mod lexicon;
mod listed;
mod listed_table;
mod names;
mod organisations;
mod outlets;
mod parks;
mod people;
mod places;

use crate::model::{Author, EntityType};
use crate::text::order;
use crate::text::words::{occurrences, Hit, WordLists};
use crate::text::Span;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

/// A proposed entity: a byte span of the simplified text, its type and, when known, its canonical
/// full form and a person's role.
#[derive(Debug, Clone)]
struct Candidate {
    pub span: Span,
    pub kind: EntityType,
    /// The simplified full form when it differs from the printed one (凉山 → 凉山彝族自治州).
    pub canonical: Option<String>,
    /// The span of a person's printed title.
    pub role: Option<Span>,
}

impl Candidate {
    fn new(span: Span, kind: EntityType) -> Candidate {
        Candidate { span, kind, canonical: None, role: None }
    }
}

/// A named-entity mention in the body (the contract's `Entity` without its text and UTF-16 offsets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Where it is printed: a byte span of the body.
    pub span: Span,
    /// What it names.
    pub kind: EntityType,
    /// The simplified full form (甘眉工業園區 → 甘眉工业园区).
    pub canonical: String,
    /// The title printed with a person (州委副书记), as printed.
    pub role: Option<String>,
}

/// Where a person's name at `start` of `simplified` begins with the Malaysian honorific printed right
/// before it (拿督威拉|纳因): the honorific is part of neither the name nor the role, but it is no
/// topic either, so the keywords take it with the name.
pub fn honorific_start(simplified: &str, start: usize) -> usize {
    let before = &simplified[..start];
    lexicon::HONORIFICS.iter().find(|h| before.ends_with(**h)).map_or(start, |h| start - h.len())
}

/// Finds the entity mentions in `body` (byte offsets), one per mention, non-overlapping, in reading
/// order. Credited `authors` are never entities.
pub fn extract(body: &str, simplified: &str, authors: &[Author]) -> Vec<Entity> {
    let text = simplified;
    // Outlets first: 据《北京日报》报道 names an organisation, not a document (the earlier of equal spans wins).
    let mut candidates = outlets::find(text);
    candidates.extend(documents::documents(text));
    let hits = Hits::of(text);
    candidates.extend(documents::events(text, &hits));
    let places = places::find(text, &hits);
    let mut parks = parks::find(text, &places, &hits);
    // 浦东新区, 天津|滨海新区: a district whose full name ends like a park's (新区) is a place, no park.
    let districts: FxHashSet<usize> = places
        .iter()
        .filter(|c| {
            let forms = crate::text::gazetteer::GAZETTEER.lookup(&text[c.span.clone()]);
            forms.is_some_and(|f| {
                f.iter().any(|f| f.is_full && f.level == crate::text::gazetteer::Level::County)
            })
        })
        .map(|c| c.span.end)
        .collect();
    parks.retain(|p| !districts.contains(&p.span.end));
    let park_aliases = companies::latin_aliases(text, &parks);
    parks.extend(park_aliases);
    let organisations: Vec<Candidate> = organisations::find(text, &places, &parks, &hits)
        .into_iter()
        .map(|o| parks::apposed(text, o))
        .map(|o| companies::formed_as_firm(text, o))
        .collect();
    let branches = companies::branches(text, &organisations);
    let organisations: Vec<Candidate> = organisations.into_iter().chain(branches).collect();
    let zones: Vec<Candidate> = places.iter().chain(&parks).cloned().collect();
    let mut companies = companies::find(text, &zones, &hits);
    companies.extend(listed::find(text, &hits.listed, &hits.industries));
    let aliases = companies::latin_aliases(text, &companies);
    companies.extend(aliases);
    let branches = companies::branches(text, &companies);
    companies.extend(branches);
    let bodies: Vec<Candidate> =
        organisations.iter().chain(&parks).chain(&companies).chain(&places).cloned().collect();
    // A body's name is no person's (华总, set up as a federation's short form, is no Mr 华).
    let named: FxHashSet<(usize, usize)> = organisations.iter().map(|o| (o.span.start, o.span.end)).collect();
    // Nor is a firm's (马资源, a listed firm, is no Mr 马 where it is printed again), nor a foreign
    // trader's 商 and the firm after it (美商|应材: no Mr 商).
    let firms: FxHashSet<&str> = companies.iter().map(|c| &text[c.span.clone()]).collect();
    let people = people::find(text, &bodies, &hits).into_iter();
    // A name after an honorific is a person's, though a listed firm bears it (丹斯里|杨忠礼).
    let people: Vec<Candidate> = people
        .filter(|p| {
            !named.contains(&(p.span.start, p.span.end))
                && (!firms.contains(&text[p.span.clone()])
                    || honorific_start(text, p.span.start) < p.span.start)
                && !companies::trader_at(text, p.span.start)
        })
        .collect();
    // 陈大文(David Chan): a person's Latin name in brackets after the Chinese one names the person too
    // (a lowercase letter in it: no title or honour in capitals, CEO, JP).
    let aliases = companies::latin_aliases(text, &people);
    candidates.extend(
        aliases.into_iter().filter(|a| text[a.span.clone()].contains(|c: char| c.is_ascii_lowercase())),
    );
    candidates.extend(people);
    candidates.extend(companies);
    candidates.extend(organisations);
    candidates.extend(parks);
    candidates.extend(places);
    let mut chosen = resolve(candidates);
    let listed = places::listed_places(text, &chosen);
    chosen.extend(listed);
    let learnt = recurring(text, &chosen, &companies::short_names(text, &chosen), &hits.industries);
    chosen.extend(learnt);
    let acronyms = organisations::acronyms(text, &chosen);
    chosen.extend(acronyms);
    let mut chosen = resolve(chosen);

    let authors: Vec<String> =
        authors.iter().map(|a| crate::text::script::to_simplified(&a.name).into_owned()).collect();
    chosen.retain(|c| !(c.kind == EntityType::Person && authors.iter().any(|a| a == &text[c.span.clone()])));
    share_roles(text, &mut chosen);
    chosen
        .into_iter()
        .map(|c| Entity {
            canonical: c.canonical.unwrap_or_else(|| text[c.span.clone()].to_owned()),
            role: c.role.map(|r| body[r].to_owned()),
            span: c.span,
            kind: c.kind,
        })
        .collect()
}

/// A person has one role: the title printed with the name anywhere in the text is given to each
/// mention printed without one (韩明: in a headline, then 会馆会长韩明指出 → 会馆会长 for both).
fn share_roles(text: &str, chosen: &mut [Candidate]) {
    let mut roles: FxHashMap<&str, Span> = FxHashMap::default();
    for c in chosen.iter().filter(|c| c.kind == EntityType::Person) {
        if let Some(role) = &c.role {
            roles.entry(&text[c.span.clone()]).or_insert_with(|| role.clone());
        }
    }
    for c in chosen.iter_mut().filter(|c| c.kind == EntityType::Person && c.role.is_none()) {
        c.role = roles.get(&text[c.span.clone()]).cloned();
    }
}

/// The word lists the recognisers search the whole text for, searched in one pass ([`Hits::of`]).
static LISTS: LazyLock<WordLists> = LazyLock::new(|| {
    WordLists::new(vec![
        &*places::STANDALONE,
        &*parks::PARK_WORDS,
        &*organisations::SUFFIX_WORDS,
        &*companies::COMPANY_WORDS,
        &*companies::INDUSTRY,
        &*people::TITLE_WORDS,
        &*people::SPEECH_WORDS,
        &*documents::EVENT_WORDS,
        &*people::HONORIFIC_WORDS,
    ])
});

/// Where the recognisers' suffixes and cue words occur in one text: each list's hits (leftmost-longest,
/// in reading order), found in one pass over the text for all of them.
pub(super) struct Hits {
    /// Regions named alone (places).
    pub standalone: Vec<Hit>,
    /// Park suffixes.
    pub parks: Vec<Hit>,
    /// Organisation suffixes, committees and bodies.
    pub organisations: Vec<Hit>,
    /// Company suffixes (有限公司, 集团 …).
    pub companies: Vec<Hit>,
    /// Trade words ending a firm's short name.
    pub industries: Vec<Hit>,
    /// People's titles.
    pub titles: Vec<Hit>,
    /// Verbs of speaking.
    pub speech: Vec<Hit>,
    /// Event suffixes.
    pub events: Vec<Hit>,
    /// Honorifics (拿督, 丹斯里).
    pub honorifics: Vec<Hit>,
    /// Listed firms' short names (a long list, searched on its own).
    pub listed: Vec<Hit>,
}

impl Hits {
    /// The hits of every list in `text`.
    pub(super) fn of(text: &str) -> Hits {
        // In the order of LISTS (a struct's fields are evaluated in the order written).
        // A body's short form ending inside a word that opens a body's ending (审|计委|员会, 驻|外办|事处)
        // is none: the committee or office it hid is found (not 卫健委|等).
        let mut lists = LISTS
            .hits(text, |list, (span, word)| {
                list != 2
                    || !word.ends_with(['委', '办'])
                    || !lexicon::NAMED_BODIES.contains(word)
                    || !lexicon::ORG_SUFFIXES
                        .iter()
                        .any(|s| s.len() > 3 && text[span.end - 3..].starts_with(s))
                    || !organisations::ends_inside_word(text, span.clone())
            })
            .into_iter();
        let mut next = || lists.next().unwrap_or_default();
        Hits {
            standalone: next(),
            parks: next(),
            organisations: next(),
            companies: next(),
            industries: next(),
            titles: people::read_titles(text, next()),
            speech: next(),
            events: next(),
            honorifics: next(),
            listed: listed::NAMES.hits(text),
        }
    }
}

/// The other names printed in brackets right after the `names` of the `kinds` given (星展集团(DBS),
/// 大马投资发展局(MIDA)): `bracketed`, anchored at a name's end, finds one as its first group; each
/// names the same body, with its type.
fn bracketed_aliases(
    text: &str,
    names: &[Candidate],
    kinds: &[EntityType],
    bracketed: &regex::Regex,
) -> Vec<Candidate> {
    names
        .iter()
        .filter(|c| kinds.contains(&c.kind))
        .filter_map(|c| {
            let alias = bracketed.captures(&text[c.span.end..])?.get(1)?;
            Some(Candidate::new(c.span.end + alias.start()..c.span.end + alias.end(), c.kind))
        })
        .collect()
}

/// Keeps the longest of overlapping candidates (ties: the earlier proposed), in reading order.
fn resolve(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    let longest_first = order::order_of(candidates.iter().map(|c| u64::MAX - c.span.len() as u64));
    // The bytes taken so far, a bit each: a span overlaps those taken when one of its bytes is.
    let end = candidates.iter().map(|c| c.span.end).max().unwrap_or(0);
    let mut taken = vec![0u64; end / 64 + 1];
    let mut keep = vec![false; candidates.len()];
    for i in longest_first {
        let s = &candidates[i].span;
        if s.is_empty() || s.clone().any(|b| taken[b / 64] & (1 << (b % 64)) != 0) {
            continue;
        }
        s.clone().for_each(|b| taken[b / 64] |= 1 << (b % 64));
        keep[i] = true;
    }
    let mut kept: Vec<Candidate> =
        candidates.drain(..).zip(keep).filter_map(|(c, k)| k.then_some(c)).collect();
    order::sort_by_key(&mut kept, |c| c.span.start as u64);
    kept
}

/// Further mentions of the people and firms found once (鄧立軍 after 州委副書記鄧立軍; 高仙机器人 in
/// 上海高仙机器人 once 高仙机器人 is known from a project list), then every mention of the firms' short
/// names (`short_names`), each with the trade word and the bare 集团 or 公司 printed right after it
/// (赛默飞世尔|科技 once 赛默飞世尔(苏州)仪器有限公司 is found); all found in one search of the text.
/// `industries` are the trade words' hits.
fn recurring(text: &str, chosen: &[Candidate], short_names: &[&str], industries: &[Hit]) -> Vec<Candidate> {
    // Each name and type once, in order of first mention, with where it was found already.
    let mut names: Vec<(&str, EntityType, FxHashSet<usize>)> = Vec::new();
    let mut index: FxHashMap<(&str, EntityType), usize> = FxHashMap::default();
    for c in chosen.iter().filter(|c| matches!(c.kind, EntityType::Person | EntityType::Company)) {
        let name = &text[c.span.clone()];
        let i = *index.entry((name, c.kind)).or_insert_with(|| {
            names.push((name, c.kind, FxHashSet::default()));
            names.len() - 1
        });
        names[i].2.insert(c.span.start);
    }
    let found_once = names.len();
    let words: Vec<&str> =
        names.iter().map(|(name, _, _)| *name).chain(short_names.iter().copied()).collect();
    let (mentions, short_mentions): (Vec<_>, Vec<_>) =
        occurrences(text, &words).into_iter().partition(|(i, _)| *i < found_once);
    let mut learnt = Vec::new();
    for (i, span) in &mentions {
        let (_, kind, found) = &names[*i];
        if !found.contains(&span.start) {
            learnt.push(Candidate::new(span.clone(), *kind));
        }
    }
    let firms = mentions.into_iter().filter(|(i, _)| names[*i].1 == EntityType::Company);
    learnt.extend(companies::with_place_prefix(text, firms.map(|(i, span)| (names[i].0, span))));
    // A Latin short name is a whole word (Towerpak, not the start of Towerpakx).
    let alphanumeric = |c: char| c.is_ascii_alphanumeric();
    let whole = |span: &Span| {
        !text[span.clone()].starts_with(alphanumeric)
            || !(text[..span.start].ends_with(alphanumeric) || text[span.end..].starts_with(alphanumeric))
    };
    learnt.extend(
        short_mentions
            .into_iter()
            .filter(|(_, span)| whole(span))
            .map(|(_, span)| companies::with_bare_suffix(text, companies::with_trade(&span, industries)))
            .map(|span| Candidate::new(span, EntityType::Company)),
    );
    learnt
}

/// The candidates of one list by position, for the questions a recogniser asks about its neighbours
/// (which place ends where this name starts?) without a pass over the whole list per question.
struct Near<'a> {
    /// Sorted by start (stable, so equal starts keep the list's order).
    sorted: Vec<&'a Candidate>,
    /// The longest span: a candidate overlapping a range starts at most this far before it.
    longest: usize,
}

impl<'a> Near<'a> {
    /// Indexes `candidates`.
    pub fn new(candidates: &'a [Candidate]) -> Near<'a> {
        let mut sorted: Vec<&Candidate> = candidates.iter().collect();
        order::sort_by_key(&mut sorted, |c| c.span.start as u64);
        let longest = sorted.iter().map(|c| c.span.len()).max().unwrap_or(0);
        Near { sorted, longest }
    }

    /// Every candidate that overlaps or touches `range` (start ≤ range.end and end ≥ range.start),
    /// and possibly a few more nearby, in order of their start: callers test what they need.
    pub fn around(&self, range: Span) -> impl Iterator<Item = &'a Candidate> + '_ {
        let from = self.sorted.partition_point(|c| c.span.start < range.start.saturating_sub(self.longest));
        let to = self.sorted.partition_point(|c| c.span.start <= range.end);
        self.sorted[from..to].iter().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keywords take a Malaysian honorific with the name after it (拿督威拉|纳因), the longest
    /// honorific that ends there; no honorific before a name leaves its start.
    #[test]
    fn an_honorific_before_a_name_starts_it_for_the_keywords() {
        let text = "州秘书拿督威拉纳因出席，首相拿督斯里安华表示，局长李明说。";
        let at = |name: &str| text.find(name).unwrap();
        assert_eq!(honorific_start(text, at("纳因")), at("拿督威拉"));
        assert_eq!(honorific_start(text, at("安华")), at("拿督斯里"));
        assert_eq!(honorific_start(text, at("李明")), at("李明"));
    }

    fn found(text: &str) -> Vec<(String, EntityType)> {
        extract(text, text, &[]).into_iter().map(|e| (text[e.span].to_owned(), e.kind)).collect()
    }

    #[test]
    fn credited_authors_are_not_people() {
        let text = "县长李明华主持会议，李明华强调要抓好落实。";
        let authors = [Author { name: "李明华".into(), role: Some("记者".into()) }];
        assert!(extract(text, text, &authors).iter().all(|e| e.kind != EntityType::Person));
        assert!(extract(text, text, &[]).iter().any(|e| e.kind == EntityType::Person));
    }

    #[test]
    fn offsets_slice_the_body_in_traditional_script() {
        let body = "州委副書記鄧立軍率隊深入甘眉工業園區調研。";
        let simplified = crate::text::script::to_simplified(body);
        let found = extract(body, &simplified, &[]);
        assert!(found.iter().all(|e| body.get(e.span.clone()).is_some()), "spans on char boundaries");
        let texts: Vec<&str> = found.iter().map(|e| &body[e.span.clone()]).collect();
        assert!(texts.contains(&"甘眉工業園區"), "{texts:?}");
    }

    #[test]
    fn nested_names_are_not_listed() {
        let got = found("成都-凉山工业园区管委会抓住机遇。");
        assert_eq!(got, vec![("成都-凉山工业园区管委会".to_owned(), EntityType::Organization)]);
    }
}
