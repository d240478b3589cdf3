//! The output step: the stages' findings, in byte spans of the body, become the contract's types, with
//! every offset converted to UTF-16 code units once, here and nowhere else.

use super::utf16::Utf16Map;
use super::{Analysis, DateMention, Entity, Figure, Input, Removed, Summary, Warning, VERSION};
use crate::findings::Findings;
use crate::text::lists::convert;
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
    pub warnings: Vec<Warning>,
}

/// The contract's analysis of one article: its findings with UTF-16 offsets, its summary and extras.
pub(crate) fn analysis(findings: Findings, summary: Summary, extras: Extras) -> Analysis {
    let Findings { body, simplified, meta, dates, figures, entities } = findings;
    drop(simplified);
    let output = Output::new(&body);
    let figures = convert(figures, |f| Some(output.figure(f)));
    let dates = convert(dates, |d| Some(output.date(d)));
    let entities = convert(entities, |e| Some(output.entity(e)));
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
        warnings: extras.warnings.iter().map(ToString::to_string).collect(),
        warning_codes: extras.warnings,
    }
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
            metric: f.metric.map(|s| self.body[s].to_owned()),
            period: f.period.map(|s| self.body[s].to_owned()),
            start,
            end,
            kind: f.kind,
            value: f.value,
            unit: f.unit,
            approx: f.approx,
            range: f.range,
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
