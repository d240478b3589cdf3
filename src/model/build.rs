//! The output step: the stages' findings, in byte spans of the body, become the contract's types, with
//! every offset converted to UTF-16 code units once, here and nowhere else.

use super::utf16::Utf16Map;
use super::{Analysis, DateMention, Entity, Figure, Input, Removed, Summary, VERSION};
use crate::findings::Findings;
use crate::{dates, entities, figures};

/// What the result holds besides the findings and the summary.
pub(crate) struct Extras {
    /// The input's file name.
    pub file: Option<String>,
    /// How the input was read.
    pub input: Input,
    /// The lines the cleaner dropped.
    pub removed: Vec<Removed>,
    /// Things the user should know about the input.
    pub warnings: Vec<String>,
}

/// The contract's analysis of one article: its findings with UTF-16 offsets, its summary and extras.
pub(crate) fn analysis(findings: Findings, summary: Summary, extras: Extras) -> Analysis {
    let Findings { body, simplified, meta, dates, figures, entities } = findings;
    drop(simplified);
    let output = Output::new(&body);
    let figures = convert(figures, |f| output.figure(f));
    let dates = convert(dates, |d| output.date(d));
    let entities = convert(entities, |e| output.entity(e));
    Analysis {
        version: VERSION,
        file: extras.file,
        input: extras.input,
        meta,
        body,
        removed: extras.removed,
        figures,
        dates,
        entities,
        summary,
        warnings: extras.warnings,
    }
}

/// How many steps [`convert`] takes: the list it converts and the one it builds overlap by about
/// 1/`STEPS` of their size.
const STEPS: usize = 16;

/// `from` converted item by item with `f`, in order, freeing `from` as the result grows: the findings'
/// lists and the contract's (larger) ones are the largest part of a result with many figures, and a
/// `collect` held both whole at once. The result grows by a `STEPS`-th of the list at a time while
/// `from` is shrunk to what is left to convert, so the two together stay about the size of the
/// larger one.
fn convert<A, B>(mut from: Vec<A>, mut f: impl FnMut(A) -> B) -> Vec<B> {
    let step = (from.len() / STEPS).max(1024);
    from.reverse();
    let mut to = Vec::new();
    while let Some(a) = from.pop() {
        if to.len() == to.capacity() {
            from.shrink_to_fit();
            to.reserve_exact(step.min(from.len() + 1));
        }
        to.push(f(a));
    }
    to
}

/// Converts byte spans of one body into the contract's UTF-16 offsets and texts.
struct Output<'a> {
    body: &'a str,
    map: Utf16Map<'a>,
}

impl<'a> Output<'a> {
    /// The converter for `body`.
    fn new(body: &'a str) -> Self {
        Output { body, map: Utf16Map::new(body) }
    }

    /// A figure of the contract.
    fn figure(&self, f: figures::Figure) -> Figure {
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
    fn date(&self, d: dates::Date) -> DateMention {
        let (start, end) = self.map.span(d.span.start, d.span.end);
        DateMention { text: self.body[d.span].to_owned(), start, end, value: d.value, relative: d.relative }
    }

    /// An entity of the contract.
    fn entity(&self, e: entities::Entity) -> Entity {
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
}

#[cfg(test)]
mod tests {
    #[test]
    fn convert_keeps_order_at_every_length() {
        for n in [0, 1, 1023, 1024, 1025, 20_000, 33_333] {
            let from: Vec<usize> = (0..n).collect();
            let to = super::convert(from, |i| (i, i.to_string()));
            assert_eq!(to.len(), n);
            assert!(to.iter().enumerate().all(|(k, (i, s))| k == *i && *s == k.to_string()));
        }
    }
}
