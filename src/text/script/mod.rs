//! Simplified or traditional script, and a traditional→simplified mapping for canonical forms and
//! dictionary look-ups (the text the user sees stays as printed).
//!
//! The mapping is OpenCC's character table (`data/text/opencc/TSCharacters.txt`, Apache-2.0), reduced by
//! `data/text/gen_t2s.py` to one simplified character per traditional one with the same UTF-8 length, so
//! that a byte offset into the converted text is a byte offset into the original.

mod t2s_table;

use crate::text::chars::CharSet;
use crate::text::words::{data_file, vocabulary};
use rustc_hash::FxHashSet;
use std::borrow::Cow;
use std::sync::LazyLock;
use t2s_table::T2S;

pub use crate::model::Script;

/// Simplified forms that differ from their traditional ones (国, 发, 业 …): evidence of simplified text.
/// Not those that traditional text prints too, each in its own right (合, 出, 后, 台, 面 …: the
/// simplified forms of 閤, 齣, 後, 臺, 麵, but characters of Big5 as well): counting them labelled
/// all-traditional articles mixed.
static SIMPLIFIED_ONLY: LazyLock<CharSet> = LazyLock::new(|| {
    let traditional: FxHashSet<char> = T2S.iter().map(|p| p.0).collect();
    // Simplified forms that traditional text prints too (generated with the table: gen_t2s.py).
    let shared: FxHashSet<char> =
        vocabulary(data_file!("text/traditional-too.txt")).flat_map(str::chars).collect();
    CharSet::new(T2S.iter().map(|p| p.1).filter(|s| !traditional.contains(s) && !shared.contains(s)))
});

/// The simplified form of one character (itself when it has none).
pub fn simplified_char(c: char) -> char {
    simplified_by(&HAS_FORM, c)
}

/// [`simplified_char`] with [`HAS_FORM`]'s bits at hand: the loops over a whole text take them once,
/// not through the lazy cell at every character.
fn simplified_by(has_form: &[u64], c: char) -> char {
    let code = c as usize;
    // Most characters of any text have no other form: one bit says so without a search.
    if code < 1 << 16 && has_form[code / 64] & (1 << (code % 64)) == 0 {
        return c;
    }
    T2S.binary_search_by_key(&c, |p| p.0).map_or(c, |i| T2S[i].1)
}

/// Whether `c` has a simplified form ([`simplified_by`] differs from it: the table maps no character
/// to itself), without the search for the form in the Basic Multilingual Plane, where the bit says so.
fn has_simplified_form(has_form: &[u64], c: char) -> bool {
    let code = c as usize;
    if code < 1 << 16 {
        has_form[code / 64] & (1 << (code % 64)) != 0
    } else {
        T2S.binary_search_by_key(&c, |p| p.0).is_ok()
    }
}

/// One bit per character of the Basic Multilingual Plane: set when [`T2S`] maps it (8 KB).
static HAS_FORM: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; (1 << 16) / 64];
    for &(traditional, _) in T2S {
        let code = traditional as usize;
        if code < 1 << 16 {
            bits[code / 64] |= 1 << (code % 64);
        }
    }
    bits
});

/// What a text's characters say of its script, counted in one pass over it: the analysis asks
/// both [`Tally::script`] and [`Tally::prints_traditional`] of a body, and each pass over a
/// megabyte showed in profiles.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tally {
    /// Characters with a simplified form.
    traditional: usize,
    /// Characters of [`SIMPLIFIED_ONLY`].
    simplified: usize,
    /// Unified ideographs (U+4E00–U+9FFF).
    han: usize,
    /// Unified ideographs with a simplified form.
    traditional_han: usize,
}

impl Tally {
    /// The counts of `text`.
    pub fn of(text: &str) -> Tally {
        let mut tally = Tally::default();
        let (has_form, simplified_only) = (HAS_FORM.as_slice(), &*SIMPLIFIED_ONLY);
        for c in text.chars() {
            let han = ('\u{4e00}'..='\u{9fff}').contains(&c);
            let traditional = has_simplified_form(has_form, c);
            tally.han += usize::from(han);
            tally.traditional_han += usize::from(han && traditional);
            if traditional {
                tally.traditional += 1;
            } else if simplified_only.contains(c) {
                tally.simplified += 1;
            }
        }
        tally
    }

    /// Whether the text is printed in simplified or traditional characters, or a mix of both.
    /// Characters the two scripts share say nothing; a text without telling characters is simplified.
    pub fn script(self) -> Script {
        let Tally { traditional, simplified, .. } = self;
        let telling = traditional + simplified;
        if traditional * 10 >= telling * 9 && traditional > 0 {
            Script::Traditional
        } else if simplified * 10 >= telling * 9 || telling < 3 && simplified >= traditional {
            Script::Simplified
        } else {
            Script::Mixed
        }
    }

    /// Whether an article prints enough traditional characters to come from Taiwan, Hong Kong or
    /// Macau, which makes a bare `112年` a ROC year (the dates stage): at least 3 of its unified
    /// ideographs, and at least 2% of them, have a simplified form. Looser than [`Tally::script`]'s
    /// `Traditional` on purpose: a traditional article quoting simplified text, [`Script::Mixed`]
    /// to `script`, still counts its years the Taiwanese way.
    pub fn prints_traditional(self) -> bool {
        self.traditional_han >= 3 && self.traditional_han * 50 >= self.han
    }
}

/// Maps traditional characters to simplified ones, character for character, keeping every
/// character's UTF-8 length, so byte offsets into the result are byte offsets into `text`.
///
/// Borrows `text` when it has no traditional character (most text, and most lines a rule asks about):
/// the cleaner converts each line for several rules, and allocating a copy each time showed in
/// profiles.
///
/// The copy is made of the runs between traditional characters, each pushed whole, and the
/// simplified characters between them (a push per character of a megabyte showed in profiles).
pub fn to_simplified(text: &str) -> Cow<'_, str> {
    let has_form = HAS_FORM.as_slice();
    let mut out: Option<String> = None;
    // The end of what `out` holds of `text`.
    let mut copied = 0;
    for (at, c) in text.char_indices() {
        let s = simplified_by(has_form, c);
        if s != c {
            let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
            out.push_str(&text[copied..at]);
            out.push(s);
            copied = at + c.len_utf8();
        }
    }
    match out {
        None => Cow::Borrowed(text),
        Some(mut out) => {
            out.push_str(&text[copied..]);
            Cow::Owned(out)
        }
    }
}

/// A text as printed and its simplified form ([`to_simplified`]): the same characters at the same
/// byte offsets. Rules that match the simplified form and return what is printed take both, so that
/// a text is converted once (a page, then slices of it), not once by each rule that reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Forms<'a> {
    /// The text as printed.
    pub printed: &'a str,
    /// Its simplified form, byte for byte at the offsets of `printed`.
    pub simplified: &'a str,
}

impl<'a> Forms<'a> {
    /// The two forms of a text: `simplified` is `to_simplified(printed)` (or a slice of the simplified
    /// form of a text `printed` is the same slice of).
    pub fn new(printed: &'a str, simplified: &'a str) -> Self {
        debug_assert_eq!(printed.len(), simplified.len(), "the forms of a text have its byte offsets");
        Forms { printed, simplified }
    }

    /// The bytes `range` of both forms (character boundaries of the printed text are those of the
    /// simplified one).
    pub fn get(self, range: std::ops::Range<usize>) -> Forms<'a> {
        Forms { printed: &self.printed[range.clone()], simplified: &self.simplified[range] }
    }

    /// Both forms of `part`, a slice of the printed text (`forms.printed.trim()`, a word found in it).
    ///
    /// # Panics
    /// When `part` does not lie inside `self.printed`.
    pub fn of(self, part: &str) -> Forms<'a> {
        let start = (part.as_ptr() as usize).wrapping_sub(self.printed.as_ptr() as usize);
        assert!(
            start <= self.printed.len() && part.len() <= self.printed.len() - start,
            "a slice of the text"
        );
        self.get(start..start + part.len())
    }

    /// Both forms without the whitespace at either end of the text.
    pub fn trim(self) -> Forms<'a> {
        self.of(self.printed.trim())
    }

    /// The length in bytes (of either form).
    pub fn len(self) -> usize {
        self.printed.len()
    }

    /// Whether the text is empty.
    pub fn is_empty(self) -> bool {
        self.printed.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_keeping_byte_offsets() {
        let t = "甘眉工業園區實現工業總產值507.3億元，綿陽新聞網訊";
        let s = to_simplified(t);
        assert_eq!(s, "甘眉工业园区实现工业总产值507.3亿元，绵阳新闻网讯");
        assert_eq!(s.len(), t.len());
        assert!(t.char_indices().zip(s.char_indices()).all(|(a, b)| a.0 == b.0));
    }

    fn script(text: &str) -> Script {
        Tally::of(text).script()
    }

    #[test]
    fn detects_the_script() {
        assert_eq!(script("成都与凉山合作建园，园区实现工业总产值67亿元。"), Script::Simplified);
        assert_eq!(script("甘眉工業園區實現工業總產值507.3億元。"), Script::Traditional);
        assert_eq!(script("甘眉工業園區實現工業總產值。成都与凉山合作建园，园区实现产值。"), Script::Mixed);
        assert_eq!(script("2023 ABC"), Script::Simplified);
        // 合, 出, 同, 面, 后 are simplified forms (of 閤, 齣, 衕, 麵, 後) that traditional text prints
        // too: an all-traditional sentence full of them is traditional.
        assert_eq!(script("兩地合作共同推出合作園區，此後全面合作。"), Script::Traditional);
    }

    /// The generated table is what `data/text/gen_t2s.py` makes of the checked-in OpenCC file.
    #[test]
    fn generated_table_is_current() {
        let source = include_str!("../../../data/text/opencc/TSCharacters.txt");
        let mut expected: Vec<(char, char)> = Vec::new();
        for line in source.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let (trad, simp) = line.split_once('\t').expect("TRADITIONAL<TAB>SIMPLIFIED");
            let simp = simp.split(' ').next().unwrap();
            let (mut t, mut s) = (trad.chars(), simp.chars());
            if let (Some(t0), None, Some(s0), None) = (t.next(), t.next(), s.next(), s.next()) {
                if t0 != s0 && t0.len_utf8() == s0.len_utf8() && !expected.iter().any(|p| p.0 == t0) {
                    expected.push((t0, s0));
                }
            }
        }
        expected.sort();
        assert_eq!(
            T2S,
            expected.as_slice(),
            "run `python3 data/text/gen_t2s.py` to regenerate src/text/script/t2s_table.rs"
        );
    }

    #[test]
    fn forms_slice_both_texts_alike() {
        let printed = " 綿陽日報 記者 ";
        let simplified = to_simplified(printed);
        let forms = Forms::new(printed, &simplified);
        let trimmed = forms.trim();
        assert_eq!((trimmed.printed, trimmed.simplified), ("綿陽日報 記者", "绵阳日报 记者"));
        let word = trimmed.of(&trimmed.printed[13..]);
        assert_eq!((word.printed, word.simplified), ("記者", "记者"));
    }
}
