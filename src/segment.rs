//! Word segmentation (jieba-rs), shared by the entity recogniser and the summariser. One dictionary,
//! loaded once on first use.

use jieba_rs::Jieba;
use std::sync::LazyLock;

/// The shared segmenter.
static JIEBA: LazyLock<Jieba> = LazyLock::new(Jieba::new);

/// Splits `text` into words (HMM on for unknown words).
pub fn words(text: &str) -> Vec<&str> {
    JIEBA.cut(text, true).into_iter().map(|t| t.word).collect()
}

/// Words with their part-of-speech tags (`ns` place, `nr` person, `nt` organisation …): hints only.
pub fn tagged(text: &str) -> Vec<(&str, &str)> {
    JIEBA.tag(text, true).into_iter().map(|t| (t.word, t.tag)).collect()
}
