//! Character classes.

/// Whether a character is a CJK ideograph: the unified ideographs with extension A, the compatibility
/// ideographs, and the supplementary planes' extensions B to G.
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// The number of CJK ideographs in `text`.
pub fn han_count(text: &str) -> usize {
    text.chars().filter(|&c| is_han(c)).count()
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
