//! Character classes.

use super::words::{data_file, vocabulary};
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Whether a character is a CJK ideograph: the unified ideographs with extension A, the compatibility
/// ideographs, and the supplementary planes' extensions B to G; but not 丨, a stroke printed as a
/// separator.
pub fn is_han(c: char) -> bool {
    // 丨 (U+4E28), a stroke, is printed as a separator (某某网9月3日丨某某科技公告): no word's.
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x4E27 | 0x4E29..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// Whether `c` is one of the characters of `set`, a short list printed as a string ("与和及"): what
/// `set.contains(c)` answers, without the substring searcher std builds for every character outside
/// ASCII (a Two-Way searcher per call in wasm, where these checks ran some 400k times per 1 MB).
#[inline]
pub fn among(set: &str, c: char) -> bool {
    set.chars().any(|x| x == c)
}

/// Whether `text` holds `word`: what `text.contains(word)` answers, found by the word's last byte
/// (memchr) and a compare, without the Two-Way searcher std builds per call in wasm (where there is no
/// SIMD path): for the short words of a list sought in a clause.
pub fn holds(text: &str, word: &str) -> bool {
    let (text, word) = (text.as_bytes(), word.as_bytes());
    let Some(&last) = word.last() else { return true };
    let mut from = word.len() - 1;
    while from < text.len() {
        let Some(at) = memchr::memchr(last, &text[from..]) else { return false };
        let end = from + at + 1;
        if text[end - word.len()..end] == *word {
            return true;
        }
        from = end;
    }
    false
}

/// The number of CJK ideographs in `text`.
pub fn han_count(text: &str) -> usize {
    text.chars().filter(|&c| is_han(c)).count()
}

/// The value of an Arabic digit, ASCII or full-width (０…９).
pub fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// The value of a Chinese digit as numbers and years print it: 〇 ○ 零, 一 … 九 (二〇二三). Not 两
/// (a count word: 两个, never in 二〇二三) nor the financial forms (see [`capital_digit`]).
pub fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '○' | '零' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// The value of a financial (大写) digit: 壹 贰 叁 肆 伍 陆 柒 捌 玖 (零 is [`chinese_digit`]'s).
pub fn capital_digit(c: char) -> Option<u32> {
    "壹贰叁肆伍陆柒捌玖".chars().position(|d| d == c).map(|i| i as u32 + 1)
}

/// Whether a character is a common single-character Chinese surname (`data/text/surnames.txt`;
/// simplified: ask with the simplified form).
pub fn is_surname(c: char) -> bool {
    static SURNAMES: LazyLock<FxHashSet<char>> = LazyLock::new(|| {
        vocabulary(data_file!("text/surnames.txt")).filter_map(|entry| entry.chars().next()).collect()
    });
    SURNAMES.contains(&c)
}

/// A set of characters: the stages ask it once per character of a text, where `str::contains(char)`
/// on a list of characters would be a substring search each time. A bit per character of the Basic
/// Multilingual Plane (8 KB) answers for those; the rarer characters beyond it are searched in a
/// sorted list. (A 256-bit filter before a binary search let most characters of a large set, such as
/// the characters a date may begin with, through to the search.)
#[derive(Debug, Clone)]
pub struct CharSet {
    /// Bit `c` set for each character `c` of the set below U+10000.
    bmp: Box<[u64; 1024]>,
    /// The code points from U+10000 on, sorted.
    astral: Vec<usize>,
    /// Whether the set has no character.
    empty: bool,
}

impl Default for CharSet {
    fn default() -> Self {
        CharSet::new([])
    }
}

impl CharSet {
    /// The set of the characters of `chars`.
    pub fn new(chars: impl IntoIterator<Item = char>) -> Self {
        let mut set = CharSet { bmp: Box::new([0; 1024]), astral: Vec::new(), empty: true };
        for c in chars {
            set.empty = false;
            match c as usize {
                i @ 0..=0xFFFF => set.bmp[i / 64] |= 1 << (i % 64),
                i => set.astral.push(i),
            }
        }
        super::order::sort_numbers(&mut set.astral);
        set.astral.dedup();
        set
    }

    /// The set of every character of the entries of a vocabulary file (`data/`), usually one a line.
    pub fn from_list(source: &'static str) -> Self {
        Self::new(vocabulary(source).flat_map(str::chars))
    }

    /// Whether `c` is in the set.
    pub fn contains(&self, c: char) -> bool {
        match c as usize {
            i @ 0..=0xFFFF => self.bmp[i / 64] & (1 << (i % 64)) != 0,
            i => self.astral.binary_search(&i).is_ok(),
        }
    }

    /// Whether the set has no character.
    pub fn is_empty(&self) -> bool {
        self.empty
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// among and holds answer what std's contains does: made-up sets, words and clauses, with the
    /// look-alikes a byte search could confuse (a shared last byte, a word at either edge, one longer
    /// than the text, the empty word).
    #[test]
    fn among_and_holds_agree_with_contains() {
        for (set, c) in
            [("与和及", '和'), ("与和及", '或'), ("、：:", ':'), ("、：:", ';'), ("", '和'), ("十两", '两')]
        {
            assert_eq!(among(set, c), set.contains(c), "{set} {c}");
        }
        let texts = ["", "项目", "本项目由甲公司承建", "同比增长3%", "abc", "乙镇甲乡"];
        let words =
            ["", "项目", "目", "公司承建", "建设", "承建", "c", "bc", "abcd", "甲乡", "镇甲", "同比增长3%！"];
        for text in texts {
            for word in words {
                assert_eq!(holds(text, word), text.contains(word), "{text} {word}");
            }
        }
    }

    #[test]
    fn han_ranges() {
        assert!(is_han('园') && is_han('㐀') && is_han('𠀀') && is_han('丽'));
        assert!(!is_han('a') && !is_han('，') && !is_han('１') && !is_han('ぁ'));
        assert_eq!(han_count("成都ABC凉山，"), 4);
    }

    #[test]
    fn digit_values() {
        assert_eq!((arabic_digit('7'), arabic_digit('７'), arabic_digit('a')), (Some(7), Some(7), None));
        let year: Vec<u32> = "二〇二三".chars().filter_map(chinese_digit).collect();
        assert_eq!(year, [2, 0, 2, 3]);
        assert_eq!((chinese_digit('两'), chinese_digit('贰'), capital_digit('贰')), (None, None, Some(2)));
        assert_eq!((capital_digit('玖'), capital_digit('九')), (Some(9), None));
    }

    #[test]
    fn char_sets() {
        let set = CharSet::new("近约第近".chars());
        assert!(set.contains('近') && set.contains('第') && !set.contains('年'));
        assert!(!CharSet::default().contains('a'));
    }
}
