//! Character classes.

use super::words::{data_file, vocabulary};
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Whether a character is a CJK ideograph: the unified ideographs with extension A, the compatibility
/// ideographs, and the supplementary planes' extensions B to G.
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// The number of CJK ideographs in `text`.
pub fn han_count(text: &str) -> usize {
    text.chars().filter(|&c| is_han(c)).count()
}

/// Whether a character is a common single-character Chinese surname (`data/text/surnames.txt`;
/// simplified: ask with the simplified form).
pub fn is_surname(c: char) -> bool {
    static SURNAMES: LazyLock<FxHashSet<char>> = LazyLock::new(|| {
        vocabulary(data_file!("text/surnames.txt")).filter_map(|entry| entry.chars().next()).collect()
    });
    SURNAMES.contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn han_ranges() {
        assert!(is_han('园') && is_han('㐀') && is_han('𠀀') && is_han('丽'));
        assert!(!is_han('a') && !is_han('，') && !is_han('１') && !is_han('ぁ'));
        assert_eq!(han_count("成都ABC凉山，"), 4);
    }
}
