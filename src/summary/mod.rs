//! The structured summary: the article's facts at a glance.
//!
//! [`summarise`] runs last in the pipeline, on an [`Analysis`] whose offsets are already UTF-16. Each
//! part has its own module:
//! - [`sentences`]: three to five sentences chosen by TextRank, weighted by figures, entities and position;
//! - [`keywords`]: key terms by TextRank over jieba words (no stop words, numbers or single characters);
//! - [`key_figures`]: the figures that answer "how much", most important first;
//! - [`timeline`]: the dated events, sorted, each with its clause;
//! - parks and partners come straight from the entities.

mod graph;
pub mod key_figures;
pub mod keywords;
pub mod sentences;
pub mod timeline;
mod words;

use crate::model::utf16::Utf16Map;
use crate::model::{Analysis, Entity, EntityType, Summary};
use crate::text::script;

/// Builds the summary of an analysis whose figures, dates and entities are found (UTF-16 offsets).
pub fn summarise(analysis: &Analysis) -> Summary {
    let body = analysis.body.as_str();
    summarise_with(analysis, &script::to_simplified(body), &Utf16Map::new(body))
}

/// [`summarise`] with the body's simplified form and offset map, which the pipeline already has.
pub(crate) fn summarise_with(analysis: &Analysis, simplified: &str, units: &Utf16Map) -> Summary {
    let body = analysis.body.as_str();
    let entities: Vec<Entity> = analysis
        .entities
        .iter()
        .map(|e| Entity { start: units.byte(e.start), end: units.byte(e.end), ..e.clone() })
        .collect();
    let read = sentences::ranked_end(body);
    Summary {
        sentences: sentences::select(analysis, simplified, units),
        // Keywords of the part the sentences come from: a pasted book's are those of its first pages,
        // and the word graph stays the size of an article's however long the paste.
        keywords: keywords::extract(
            &simplified[..read],
            analysis.meta.title.as_deref(),
            &keyword_names(&entities, read),
        ),
        partners: crate::entities::partners(simplified, &analysis.entities, units),
        parks: parks(&analysis.entities),
        key_figures: key_figures::rank(analysis, units),
        timeline: timeline::build(body, &analysis.dates, units),
    }
}

/// The byte ranges of the place and park names before `read`, to keep whole as keywords: sorted,
/// overlaps dropped.
fn keyword_names(entities: &[Entity], read: usize) -> Vec<(usize, usize)> {
    let mut names: Vec<(usize, usize)> = entities
        .iter()
        .filter(|e| matches!(e.kind, EntityType::Place | EntityType::Park) && e.end <= read)
        .map(|e| (e.start, e.end))
        .collect();
    names.sort_unstable();
    let mut end = 0;
    names.retain(|&(s, e)| {
        let keep = s >= end;
        if keep {
            end = e;
        }
        keep
    });
    names
}

/// The canonical names of the parks, in order of first mention, each once.
pub fn parks(entities: &[Entity]) -> Vec<String> {
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
    //! Builders of synthetic analyses for the unit tests: offsets are found by searching the body.

    use crate::model::{Analysis, DateMention, Entity, EntityType, Figure, FigureKind, Meta};

    /// An analysis of `body` with nothing found yet.
    pub fn analysis(title: &str, body: &str) -> Analysis {
        Analysis {
            version: crate::model::VERSION,
            meta: Meta { title: Some(title.to_owned()), ..Default::default() },
            body: body.to_owned(),
            ..Default::default()
        }
    }

    /// The UTF-16 span of the `nth` occurrence (0-based) of `text` in `body`.
    pub fn span(body: &str, text: &str, nth: usize) -> (usize, usize) {
        let (byte, _) = body.match_indices(text).nth(nth).unwrap_or_else(|| panic!("{text} not in body"));
        let start = body[..byte].encode_utf16().count();
        (start, start + text.encode_utf16().count())
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
        let (start, end) = span(body, text, nth);
        Figure {
            text: text.to_owned(),
            start,
            end,
            kind,
            value,
            unit: (kind == FigureKind::Money).then(|| "CNY".to_owned()),
            approx: None,
            range: None,
            metric: metric.map(str::to_owned),
            period: None,
            modality: None,
            comparison: None,
        }
    }

    /// A date at the first occurrence of `text`.
    pub fn date(body: &str, text: &str, value: &str) -> DateMention {
        let (start, end) = span(body, text, 0);
        DateMention { text: text.to_owned(), start, end, value: value.to_owned(), relative: false }
    }

    /// An entity at the first occurrence of `text`, canonical = text.
    pub fn entity(body: &str, text: &str, kind: EntityType) -> Entity {
        let (start, end) = span(body, text, 0);
        Entity { text: text.to_owned(), start, end, kind, canonical: text.to_owned(), role: None }
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
        (again.start, again.end) = span(body, "甘眉工业园区", 1);
        a.entities.push(again);
        assert_eq!(parks(&a.entities), ["甘眉工业园区", "天府新区"]);
    }

    #[test]
    fn summary_of_an_empty_body_is_empty() {
        let s = summarise(&analysis("t", ""));
        assert!(s.sentences.is_empty() && s.keywords.is_empty() && s.timeline.is_empty());
    }
}
