//! The structured summary: sentences, keywords, partners, parks, key figures, timeline.

use crate::model::{Analysis, Summary};

/// Builds the summary of an analysis whose figures, dates and entities are found.
pub fn summarise(analysis: &Analysis) -> Summary {
    let simplified = crate::script::to_simplified(&analysis.body);
    Summary {
        partners: crate::entities::partners(&analysis.body, &simplified, &analysis.entities),
        ..Summary::default()
    }
}
