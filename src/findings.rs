//! What the extraction stages found in one article, in byte spans of its body: the input of the
//! summary and of the output step (docs/DESIGN.md).

use crate::model::Meta;
use crate::{dates, entities, figures};

/// One article's findings before the output step: every span is a byte range of `body`.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    /// The article text as printed.
    pub body: String,
    /// `body` in simplified characters, with the same byte offsets (what the rules match on).
    pub simplified: String,
    /// Headline, outlet, date and credits.
    pub meta: Meta,
    /// The dates, in reading order.
    pub dates: Vec<dates::Date>,
    /// The figures, in reading order (a comparison's indexes point into this list).
    pub figures: Vec<figures::Figure>,
    /// The entity mentions, in reading order, not overlapping.
    pub entities: Vec<entities::Entity>,
}

impl Findings {
    /// The printed text at a span of the body.
    pub fn text(&self, span: &crate::Span) -> &str {
        &self.body[span.clone()]
    }
}
