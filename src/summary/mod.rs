//! The structured summary: the article's facts at a glance.
//!
//! [`summarise`] runs on the stages' [`Findings`] (byte spans of the body), before the output step.
//! Each part has its own module:
//! - `sentences`: three to five sentences chosen by TextRank, weighted by figures, entities and position;
//! - `keywords`: key terms by TextRank over jieba words (no stop words, numbers or single characters);
//! - `key_figures`: the figures that answer "how much", most important first;
//! - [`timeline`]: the dated events, sorted, each with its clause;
//! - `partners`: the regions the article says cooperate, from the places, parks and cooperation words;
//! - parks come straight from the entities.
//!
//! The rules are described in docs/summary.md.

mod graph;
pub(crate) mod key_figures;
pub(crate) mod keywords;
pub(crate) mod partners;
pub(crate) mod sentences;
pub mod timeline;
mod words;

use crate::entities::Entity;
use crate::findings::Findings;
use crate::model::{EntityType, Summary};

/// The most characters a summary sentence or a timeline text quotes: a sentence of the body longer
/// than this (a paste without sentence punctuation is one) is cut into pieces at clause marks, else at
/// spaces, else every this many characters, and a timeline text quotes at most half this either side
/// of its date (docs/summary.md, "Sentences are bounded"). The longest sentence of the test corpus
/// that was not a list or a paste is 265 characters; the page shows no more than this either.
pub const MAX_SENTENCE_CHARS: usize = 300;

/// Builds the summary of an article from what the stages found in it.
pub fn summarise(findings: &Findings) -> Summary {
    let (body, simplified) = (findings.body.as_str(), findings.simplified.as_str());
    let read = sentences::ranked_end(body);
    Summary {
        sentences: sentences::select(findings),
        // Keywords of the part the sentences come from: a pasted book's are those of its first pages,
        // and the word graph stays the size of an article's however long the paste.
        keywords: keywords::extract(
            &simplified[..read],
            findings.meta.title.as_deref(),
            &keyword_names(simplified, &findings.entities, read),
        ),
        partners: partners::partners(simplified, &findings.entities),
        parks: parks(&findings.entities),
        key_figures: key_figures::rank(findings),
        timeline: timeline::build(findings),
    }
}

/// The names before `read` that the keywords take whole, with their tags: places and parks as one
/// noun each, people as people's names (never a keyword), a Malaysian honorific before one included
/// (拿督威拉|纳因: not 拿督威 a keyword); sorted, overlaps dropped.
fn keyword_names(simplified: &str, entities: &[Entity], read: usize) -> Vec<keywords::Name> {
    let read = entities.iter().filter(|e| e.span.end <= read);
    let places = read.clone().filter(|e| matches!(e.kind, EntityType::Place | EntityType::Park));
    let people = read.filter(|e| e.kind == EntityType::Person);
    // The places before the people, so that the stable sort by span puts a place (n) before a person
    // (nr) of the same span, as a sort of the tuples would.
    let mut names: Vec<keywords::Name> = places
        .map(|e| (e.span.start, e.span.end, "n"))
        .chain(people.map(|e| (crate::entities::honorific_start(simplified, e.span.start), e.span.end, "nr")))
        .collect();
    crate::text::order::sort_by_key(&mut names, |&(s, e, _)| crate::text::order::pair(s, e));
    let mut end = 0;
    names.retain(|&(s, e, _)| {
        let keep = s >= end;
        if keep {
            end = e;
        }
        keep
    });
    names
}

/// The canonical names of the parks, in order of first mention, each once.
fn parks(entities: &[Entity]) -> Vec<String> {
    let mut parks: Vec<String> = Vec::new();
    for e in entities.iter().filter(|e| e.kind == EntityType::Park) {
        if !parks.contains(&e.canonical) {
            parks.push(e.canonical.clone());
        }
    }
    parks
}

#[cfg(test)]
pub(crate) mod test_support {
    //! Builders of synthetic findings for the unit tests: spans are found by searching the body.

    use crate::dates::Date;
    use crate::entities::Entity;
    use crate::figures::Figure;
    use crate::findings::Findings;
    use crate::model::{EntityType, FigureKind, Meta};
    use crate::text::Span;

    /// The findings of `body` (simplified script) with nothing found yet.
    pub fn analysis(title: &str, body: &str) -> Findings {
        Findings {
            meta: Meta { title: Some(title.to_owned()), ..Default::default() },
            body: body.to_owned(),
            simplified: crate::text::script::to_simplified(body).into_owned(),
            ..Default::default()
        }
    }

    /// The byte span of the `nth` occurrence (0-based) of `text` in `body`.
    pub fn span(body: &str, text: &str, nth: usize) -> Span {
        let (byte, _) = body.match_indices(text).nth(nth).unwrap_or_else(|| panic!("{text} not in body"));
        byte..byte + text.len()
    }

    /// A figure at the `nth` occurrence of `text`.
    pub fn figure(
        body: &str,
        text: &str,
        nth: usize,
        kind: FigureKind,
        value: f64,
        metric: Option<&str>,
    ) -> Figure {
        Figure {
            span: span(body, text, nth),
            kind,
            value,
            unit: (kind == FigureKind::Money).then(|| "CNY".to_owned()),
            approx: None,
            range: None,
            metric: metric.map(|m| span(body, m, 0)),
            period: None,
            modality: None,
            comparison: None,
        }
    }

    /// A date at the first occurrence of `text`.
    pub fn date(body: &str, text: &str, value: &str) -> Date {
        Date { span: span(body, text, 0), value: value.to_owned(), relative: false }
    }

    /// An entity at the first occurrence of `text`, canonical = text.
    pub fn entity(body: &str, text: &str, kind: EntityType) -> Entity {
        Entity { span: span(body, text, 0), kind, canonical: text.to_owned(), role: None }
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::*;
    use super::*;

    #[test]
    fn parks_are_canonical_in_first_mention_order_once() {
        let body = "甘眉工业园区与成都天府新区合作，甘眉工业园区再扩区。";
        let mut a = analysis("t", body);
        a.entities = vec![
            entity(body, "甘眉工业园区", EntityType::Park),
            entity(body, "成都", EntityType::Place),
            entity(body, "天府新区", EntityType::Park),
        ];
        let mut again = entity(body, "甘眉工业园区", EntityType::Park);
        again.span = span(body, "甘眉工业园区", 1);
        a.entities.push(again);
        assert_eq!(parks(&a.entities), ["甘眉工业园区", "天府新区"]);
    }

    #[test]
    fn summary_of_an_empty_body_is_empty() {
        let s = summarise(&analysis("t", ""));
        assert!(s.sentences.is_empty() && s.keywords.is_empty() && s.timeline.is_empty());
    }
}
