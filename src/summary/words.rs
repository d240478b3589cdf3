//! Content words: the jieba words that can say what a text is about (shared by the sentence ranker
//! and the keyword extractor).

use crate::text::chars::{arabic_digit, capital_digit, chinese_digit, is_han};
use crate::text::words::{data_file, vocabulary};
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Generic words of government and economic news, from `data/summary/stopwords.txt`.
static STOP_WORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    vocabulary(data_file!("summary/stopwords.txt")).flat_map(str::split_whitespace).collect()
});

/// Characters that make a word a number: digits, Chinese numerals and number punctuation.
fn is_numeral(c: char) -> bool {
    arabic_digit(c).or_else(|| chinese_digit(c)).or_else(|| capital_digit(c)).is_some()
        || matches!(c, '十' | '百' | '千' | '万' | '亿' | '两' | '拾' | '佰' | '仟' | '.' | '%')
}

/// True for a word worth counting: two characters or more, all Han (no numbers, latin codes or
/// punctuation), not a stop word, and not a numeral with a classifier (三个, 十大: the first
/// character a numeral in a two-character word).
pub fn is_content(word: &str) -> bool {
    let mut chars = word.chars();
    let (Some(first), Some(_)) = (chars.next(), chars.next()) else { return false };
    let two = chars.next().is_none();
    word.chars().all(is_han)
        && !word.chars().all(is_numeral)
        && (!two || !is_numeral(first))
        && !STOP_WORDS.contains(word)
}

/// The content words of `text` (simplified), in order, repeats kept.
pub fn content_words(text: &str) -> Vec<&str> {
    crate::text::segment::words(text).into_iter().filter(|w| is_content(w)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_single_characters_and_stop_words_are_not_content() {
        for w in ["三个", "十大", "2011", "六百", "园", "工作", "发展", "GDP", "—"] {
            assert!(!is_content(w), "{w}");
        }
        for w in ["园区", "一体化", "飞地", "凉山"] {
            assert!(is_content(w), "{w}");
        }
    }

    #[test]
    fn stop_list_reads_words_not_comments() {
        assert!(STOP_WORDS.contains("记者"));
        assert!(!STOP_WORDS.iter().any(|w| w.starts_with('#')));
    }
}
