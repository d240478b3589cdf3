//! Entities: places, parks, organisations, companies, people, documents and events.

use crate::model::{Author, Entity};

/// Finds the entity mentions in `body` (byte offsets). Credited `authors` are never entities.
pub fn extract(_body: &str, _simplified: &str, _authors: &[Author]) -> Vec<Entity> {
    Vec::new()
}

/// The cooperating regions the article names, simplified (成凉 → 成都, 凉山), for `summary.partners`.
pub fn partners(_body: &str, _simplified: &str, _entities: &[Entity]) -> Vec<String> {
    Vec::new()
}
