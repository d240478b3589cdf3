//! Cleaning: finds the article body among navigation, related lists, footers and spam, takes the
//! metadata out of it, and folds repeated paragraphs.

use crate::intake::Page;
use crate::model::{Meta, Removed};

/// The cleaner's output.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    pub meta: Meta,
    pub body: String,
    pub removed: Vec<Removed>,
    pub warnings: Vec<String>,
}

/// Placeholder: every non-blank line is body.
pub fn clean(page: &Page) -> Cleaned {
    let body: Vec<&str> = page.text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    Cleaned { body: body.join("\n"), ..Default::default() }
}
