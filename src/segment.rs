//! Word segmentation (jieba-rs), shared by the entity recogniser and the summariser. One dictionary,
//! loaded once on first use: jieba's default dictionary plus the domain terms of
//! `data/lexicon/jieba-user.dict` (park, zone and agency words such as 经开区, 管委会, 西博会), so
//! that a suffix is one word and a name before it stays apart.

use jieba_rs::Jieba;
use std::sync::LazyLock;

/// Domain terms added to jieba's dictionary: `word frequency tag` per line.
const USER_DICT: &str = include_str!("../data/lexicon/jieba-user.dict");

/// The shared segmenter.
static JIEBA: LazyLock<Jieba> = LazyLock::new(|| {
    let mut jieba = Jieba::new();
    for line in USER_DICT.lines() {
        let mut fields = line.split_whitespace();
        if let Some(word) = fields.next() {
            let freq = fields.next().and_then(|f| f.parse().ok());
            jieba.add_word(word, freq, fields.next());
        }
    }
    jieba
});

/// Splits `text` into words (HMM on for unknown words).
pub fn words(text: &str) -> Vec<&str> {
    JIEBA.cut(text, true).into_iter().map(|t| t.word).collect()
}

/// Words with their part-of-speech tags (`ns` place, `nr` person, `nt` organisation …): hints only.
pub fn tagged(text: &str) -> Vec<(&str, &str)> {
    JIEBA.tag(text, true).into_iter().map(|t| (t.word, t.tag)).collect()
}

/// Whether jieba's dictionary has `word` as one word (an unknown name splits into pieces).
pub fn in_dictionary(word: &str) -> bool {
    JIEBA.cut(word, false).len() == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_suffixes_are_words() {
        assert!(words("成都凉山工业园区管委会").contains(&"管委会"));
        assert!(words("绵阳经开区").contains(&"经开区"));
    }
}
