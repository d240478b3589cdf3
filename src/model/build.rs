//! The output step: the stages' findings, in byte spans of the body, become the contract's types, with
//! every offset converted to UTF-16 code units once, here and nowhere else.

use super::utf16::Utf16Map;
use super::{DateMention, Entity, Figure};
use crate::{dates, entities, figures};

/// Converts byte spans of one body into the contract's UTF-16 offsets and texts.
pub(crate) struct Output<'a> {
    body: &'a str,
    map: Utf16Map,
}

impl<'a> Output<'a> {
    /// The converter for `body`.
    pub(crate) fn new(body: &'a str) -> Self {
        Output { body, map: Utf16Map::new(body) }
    }

    /// A figure of the contract.
    pub(crate) fn figure(&self, f: figures::Figure) -> Figure {
        let (start, end) = self.map.span(f.span.start, f.span.end);
        Figure {
            text: self.body[f.span].to_owned(),
            start,
            end,
            kind: f.kind,
            value: f.value,
            unit: f.unit,
            approx: f.approx,
            range: f.range,
            metric: f.metric,
            period: f.period,
            modality: f.modality,
            comparison: f.comparison,
        }
    }

    /// A date of the contract.
    pub(crate) fn date(&self, d: dates::Date) -> DateMention {
        let (start, end) = self.map.span(d.span.start, d.span.end);
        DateMention { text: self.body[d.span].to_owned(), start, end, value: d.value, relative: d.relative }
    }

    /// An entity of the contract.
    pub(crate) fn entity(&self, e: entities::Entity) -> Entity {
        let (start, end) = self.map.span(e.span.start, e.span.end);
        Entity {
            text: self.body[e.span].to_owned(),
            start,
            end,
            kind: e.kind,
            canonical: e.canonical,
            role: e.role,
        }
    }

    /// The offset map (for the summary until it works on the findings).
    pub(crate) fn map(&self) -> &Utf16Map {
        &self.map
    }
}
