//! Passages a page prints twice verbatim: whole paragraphs, and long sentences repeated inside a
//! later paragraph. The later copy is folded into the first (removed, with a warning), so that its
//! figures and dates are not counted twice.

use crate::model::Warning;
use crate::model::{Reason, Removed};
use rustc_hash::FxHashSet;

/// Sentences shorter than this many characters may repeat by chance (slogans, short headings).
const MIN_SENTENCE_CHARS: usize = 30;

/// Paragraphs shorter than this many characters (headings such as 高新区) may repeat by design.
const MIN_PARAGRAPH_CHARS: usize = 12;

/// Folds repeated paragraphs and sentences of `paragraphs` in place, and alike their simplified forms
/// `simplified` (one per paragraph, with its byte offsets); returns the removed copies and the warnings.
pub(super) fn fold(
    paragraphs: &mut Vec<String>,
    simplified: &mut Vec<String>,
) -> (Vec<Removed>, Vec<Warning>) {
    let mut removed = Vec::new();
    // The passages seen so far, borrowed from the paragraphs (replaced by the folded ones at the end).
    let mut seen_paragraphs: FxHashSet<&str> = FxHashSet::default();
    let mut seen_sentences: FxHashSet<&str> = FxHashSet::default();
    let (mut folded_paragraphs, mut folded_sentences) = (0, 0);
    let mut kept = Vec::with_capacity(paragraphs.len());
    let mut kept_simplified = Vec::with_capacity(paragraphs.len());
    // Whether a text has at least `n` characters (without counting all of a long one).
    let at_least = |text: &str, n: usize| text.chars().nth(n - 1).is_some();
    for (p, s) in paragraphs.iter().zip(simplified.iter()) {
        if at_least(p, MIN_PARAGRAPH_CHARS) && !seen_paragraphs.insert(p) {
            folded_paragraphs += 1;
            removed.push(Removed { text: p.clone(), reason: Reason::Duplicate });
            continue;
        }
        let (mut text, mut text_simplified) =
            (String::with_capacity(p.len()), String::with_capacity(p.len()));
        for sentence in crate::text::bounds::sentences(p) {
            let key = p[sentence.clone()].trim();
            if at_least(key, MIN_SENTENCE_CHARS) && !seen_sentences.insert(key) {
                folded_sentences += 1;
                removed.push(Removed { text: key.to_owned(), reason: Reason::Duplicate });
            } else {
                text.push_str(&p[sentence.clone()]);
                text_simplified.push_str(&s[sentence]);
            }
        }
        let trimmed = text.trim();
        if !trimmed.is_empty() {
            let start = trimmed.as_ptr() as usize - text.as_ptr() as usize;
            kept_simplified.push(text_simplified[start..start + trimmed.len()].to_owned());
            kept.push(trimmed.to_owned());
        }
    }
    *paragraphs = kept;
    *simplified = kept_simplified;
    let mut warnings = Vec::new();
    if folded_paragraphs > 0 {
        warnings.push(Warning::FoldedParagraphs { count: folded_paragraphs });
    }
    if folded_sentences > 0 {
        warnings.push(Warning::FoldedSentences { count: folded_sentences });
    }
    (removed, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_sentences_fold() {
        let s = "在区域合作的强劲带动下,2011年上半年,园区实现工业总产值67亿元,较去年同期增长109%。";
        let mut p = vec![
            format!("开头一句。{s}"),
            "高新区".to_owned(),
            format!("好风凭借力。{s}按照现有情况预计。"),
            "高新区".to_owned(),
            format!("开头一句。{s}"),
        ];
        let mut simplified = p.clone();
        let (removed, warnings) = fold(&mut p, &mut simplified);
        assert_eq!(simplified, p);
        assert_eq!(
            p,
            [
                format!("开头一句。{s}"),
                "高新区".into(),
                "好风凭借力。按照现有情况预计。".into(),
                "高新区".into()
            ]
        );
        assert_eq!(removed.len(), 2);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
    }
}
