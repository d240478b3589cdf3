//! Entities: places, parks, organisations, companies, people, documents and events.
//!
//! Every recogniser works on the simplified text (same byte offsets as the body, character for
//! character), so one set of rules serves both scripts; the printed text is sliced from the body.
//! Each proposes [`Candidate`]s; overlapping candidates are resolved longest first (an entity inside a
//! longer name is not listed on its own), then names learnt from one strong mention (a person after a
//! title, a firm in a project list) are found again wherever they recur. See `docs/entities.md`.

mod companies;
mod documents;
mod gazetteer;
mod gazetteer_table;
mod lexicon;
mod names;
mod organisations;
mod parks;
mod partners;
mod people;
mod places;

use crate::model::{Author, Entity, EntityType};
use crate::Span;

pub use partners::partners;

/// A proposed entity: a byte span of the simplified text, its type and, when known, its canonical
/// full form and a person's role.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
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

/// Finds the entity mentions in `body` (byte offsets), one per mention, non-overlapping, in reading
/// order. Credited `authors` are never entities.
pub fn extract(body: &str, simplified: &str, authors: &[Author]) -> Vec<Entity> {
    let text = simplified;
    let mut candidates = documents::documents(text);
    candidates.extend(documents::events(text));
    let places = places::find(text);
    let parks = parks::find(text, &places);
    let organisations = organisations::find(text, &places, &parks);
    let zones: Vec<Candidate> = places.iter().chain(&parks).cloned().collect();
    let companies = companies::find(text, &zones);
    let bodies: Vec<Candidate> = organisations.iter().chain(&parks).chain(&companies).cloned().collect();
    candidates.extend(people::find(text, &bodies));
    candidates.extend(companies);
    candidates.extend(organisations);
    candidates.extend(parks);
    candidates.extend(places);
    let mut chosen = resolve(candidates);
    let learnt: Vec<Candidate> = recurring(text, &chosen);
    chosen.extend(learnt);
    let mut chosen = resolve(chosen);

    let authors: Vec<String> = authors.iter().map(|a| crate::script::to_simplified(&a.name)).collect();
    chosen.retain(|c| !(c.kind == EntityType::Person && authors.iter().any(|a| a == &text[c.span.clone()])));
    chosen
        .into_iter()
        .map(|c| Entity {
            text: body[c.span.clone()].to_owned(),
            start: c.span.start,
            end: c.span.end,
            kind: c.kind,
            canonical: c.canonical.unwrap_or_else(|| text[c.span.clone()].to_owned()),
            role: c.role.map(|r| body[r].to_owned()),
        })
        .collect()
}

/// Keeps the longest of overlapping candidates (ties: the earlier proposed), in reading order.
fn resolve(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(candidates[i].span.len()));
    let mut taken: Vec<Span> = Vec::new();
    let mut keep = vec![false; candidates.len()];
    for i in order {
        let s = &candidates[i].span;
        if s.is_empty() || taken.iter().any(|t| t.start < s.end && s.start < t.end) {
            continue;
        }
        taken.push(s.clone());
        keep[i] = true;
    }
    let mut kept: Vec<Candidate> =
        candidates.drain(..).zip(keep).filter_map(|(c, k)| k.then_some(c)).collect();
    kept.sort_by_key(|c| c.span.start);
    kept
}

/// Further mentions of the people and firms found once (鄧立軍 after 州委副書記鄧立軍; 高仙机器人 in
/// 上海高仙机器人 once 高仙机器人 is known from a project list).
fn recurring(text: &str, chosen: &[Candidate]) -> Vec<Candidate> {
    let mut learnt = Vec::new();
    for c in chosen.iter().filter(|c| matches!(c.kind, EntityType::Person | EntityType::Company)) {
        let name = &text[c.span.clone()];
        for (at, _) in text.match_indices(name) {
            if at != c.span.start {
                learnt.push(Candidate { role: None, ..Candidate::new(at..at + name.len(), c.kind) });
            }
        }
    }
    learnt.extend(companies::with_place_prefix(text, chosen));
    learnt
}

/// Byte spans of every occurrence of each of `words` in `text`, longest word first at a position.
fn suffix_hits<'a>(text: &str, words: &[&'a str]) -> Vec<(Span, &'a str)> {
    let mut hits: Vec<(Span, &str)> = Vec::new();
    let mut at = 0;
    while at < text.len() {
        if let Some(w) = words.iter().filter(|w| text[at..].starts_with(**w)).max_by_key(|w| w.len()) {
            hits.push((at..at + w.len(), w));
            at += w.len();
        } else {
            at += text[at..].chars().next().map_or(1, char::len_utf8);
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, EntityType)> {
        extract(text, text, &[]).into_iter().map(|e| (e.text, e.kind)).collect()
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
        let simplified = crate::script::to_simplified(body);
        for e in extract(body, &simplified, &[]) {
            assert_eq!(&body[e.start..e.end], e.text);
        }
    }

    #[test]
    fn nested_names_are_not_listed() {
        let got = found("成都-凉山工业园区管委会抓住机遇。");
        assert_eq!(got, vec![("成都-凉山工业园区管委会".to_owned(), EntityType::Organization)]);
    }
}
