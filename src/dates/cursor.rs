//! A position in a text and the small readers the date grammar is built from: literal words,
//! Arabic digits (ASCII or full-width), Chinese numerals, range connectors.

use crate::text::chars::{arabic_digit, chinese_digit, CharSet};
use crate::text::order;
use std::sync::LazyLock;

/// A byte position into a text; `Copy`, so trying an alternative is cloning the cursor.
#[derive(Debug, Clone, Copy)]
pub(super) struct Cursor<'a> {
    text: &'a str,
    /// Byte offset of the next character.
    pub(super) pos: usize,
}

/// Characters joining the two ends of a range: 1—4月, 6月17日至18日, 2023-2025年, 1月到3月, 自5月26日起至29日.
const RANGE_JOINERS: [&str; 11] = ["——", "—", "–", "―", "－", "-", "~", "～", "至", "到", "起至"];

impl<'a> Cursor<'a> {
    /// A cursor at byte `pos` of `text` (a character boundary).
    pub(super) fn new(text: &'a str, pos: usize) -> Self {
        Cursor { text, pos }
    }

    // The readers below are tried several times at every place an expression may begin, and most
    // tries fail at the first byte: inlined (the release build optimises for size, and would call
    // them), a failing try is a comparison, not a call.

    /// The text after the cursor.
    #[inline]
    pub(super) fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    /// The next character.
    #[inline]
    pub(super) fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    /// The character before the cursor.
    #[inline]
    pub(super) fn before(&self) -> Option<char> {
        self.text[..self.pos].chars().next_back()
    }

    /// The whole text.
    #[inline]
    pub(super) fn text(&self) -> &'a str {
        self.text
    }

    /// The text before the cursor.
    #[inline]
    pub(super) fn before_text(&self) -> &'a str {
        &self.text[..self.pos]
    }

    /// Consumes `word` when the text continues with it.
    #[inline]
    pub(super) fn eat(&mut self, word: &str) -> bool {
        // The first byte decides most tries without a call to compare the rest.
        let rest = self.rest();
        let found = rest.as_bytes().first() == word.as_bytes().first() && rest.starts_with(word);
        if found {
            self.pos += word.len();
        }
        found
    }

    /// Consumes the first of `words` the text continues with and returns its index.
    pub(super) fn eat_any(&mut self, words: &[&str]) -> Option<usize> {
        words.iter().position(|w| self.eat(w))
    }

    /// Consumes the first of `edges` (底 末 初 …) the text continues with, but not the 初 that opens a verb
    /// (第2季初步数据 is a preliminary count of the quarter, not its first month; 上半年初显成效,
    /// 下半年初现回暖, 一季度初见成效, 初具规模, 初露端倪: the half's or quarter's first signs), while
    /// 年初步入 is the year's start. After a bare 年 (今年初见) the edge stays the year's start.
    pub(super) fn eat_edge(&mut self, edges: &[&str]) -> Option<usize> {
        let mut c = *self;
        let i = c.eat_any(edges)?;
        let rest = c.rest();
        let half_or_quarter = self.before_text().ends_with("半年")
            || self.before_text().ends_with('季')
            || self.before_text().ends_with("季度");
        let verb = rest.starts_with('步') && !rest.starts_with("步入")
            || half_or_quarter && rest.starts_with(['显', '现', '见', '具', '露']);
        if edges[i].ends_with('初') && verb {
            return None;
        }
        *self = c;
        Some(i)
    }

    /// Consumes a range connector (—, -, ~, 至, 到 …), with the spaces around it (1995 - 1997年).
    pub(super) fn eat_joiner(&mut self) -> bool {
        let mut c = *self;
        c.eat_spaces();
        if c.eat_any(&RANGE_JOINERS).is_none() {
            return false;
        }
        c.eat_spaces();
        *self = c;
        true
    }

    /// Consumes ASCII spaces (2008 年, 2010 年至 2018 年).
    pub(super) fn eat_spaces(&mut self) {
        while self.eat(" ") {}
    }

    /// Reads a small count: Arabic digits (1 to 3), a Chinese number below 100, or 两 (两年前, 3天后).
    pub(super) fn count(&mut self) -> Option<u32> {
        if self.eat("两") {
            return Some(2);
        }
        self.digits(1, 3).or_else(|| self.chinese_small())
    }

    /// Reads `min..=max` Arabic digits (ASCII or full-width) that are not followed by another digit.
    pub(super) fn digits(&mut self, min: usize, max: usize) -> Option<u32> {
        let mut value = 0;
        let mut count = 0;
        let mut end = self.pos;
        for c in self.rest().chars() {
            let Some(d) = arabic_digit(c) else { break };
            count += 1;
            if count > max {
                return None;
            }
            value = value * 10 + d;
            end += c.len_utf8();
        }
        (count >= min).then(|| {
            self.pos = end;
            value
        })
    }

    /// Reads a year written digit by digit in Chinese numerals (二〇二三, 一九九八).
    pub(super) fn chinese_year(&mut self) -> Option<u32> {
        self.chinese_digits(4)
    }

    /// Reads exactly `n` Chinese digits, not followed by another (二〇二三; 一一七, a ROC year).
    pub(super) fn chinese_digits(&mut self, n: usize) -> Option<u32> {
        let mut value = 0;
        let mut at = *self;
        for _ in 0..n {
            let d = at.peek().and_then(chinese_digit)?;
            value = value * 10 + d;
            at.pos += at.peek()?.len_utf8();
        }
        if at.peek().and_then(chinese_digit).is_some() {
            return None;
        }
        *self = at;
        Some(value)
    }

    /// Reads a Chinese number below 100 (五, 十二, 二十, 三十一, and 廿六, 卅 as days are printed in
    /// Taiwan), as in months, days and ROC years.
    pub(super) fn chinese_small(&mut self) -> Option<u32> {
        let mut at = *self;
        if let Some(tens) = at.eat_any(&["廿", "卅"]) {
            let ones = at.peek().and_then(chinese_digit).filter(|&d| d > 0);
            if ones.is_some() {
                at.pos += at.peek()?.len_utf8();
            }
            *self = at;
            return Some(10 * (tens as u32 + 2) + ones.unwrap_or(0));
        }
        let digit = |at: &mut Cursor| {
            let d = at.peek().and_then(chinese_digit).filter(|&d| d > 0)?;
            at.pos += at.peek()?.len_utf8();
            Some(d)
        };
        let tens_digit = digit(&mut at);
        let value = if at.eat("十") {
            tens_digit.unwrap_or(1) * 10 + digit(&mut at).unwrap_or(0)
        } else {
            tens_digit?
        };
        *self = at;
        Some(value)
    }

    /// Reads a Chinese number from 100 to 199 written with its 百 (一百一十三, 一百零五, 一百二十, 一百),
    /// as Taiwan's documents print ROC years (中華民國一百一十三年).
    pub(super) fn chinese_hundreds(&mut self) -> Option<u32> {
        let mut at = *self;
        if !at.eat("一百") {
            return None;
        }
        let rest = if at.eat("零") {
            let c = at.peek()?;
            let d = chinese_digit(c).filter(|&d| d > 0)?;
            at.pos += c.len_utf8();
            d
        } else if at.peek().is_some_and(|c| c == '十' || chinese_digit(c).is_some_and(|d| d > 0)) {
            // 一百一十三: the tens printed with their 一, as 一十 (chinese_small reads 十三 without it).
            at.eat("一");
            let mut tens = at;
            let n = tens.chinese_small().filter(|&n| n >= 10)?;
            at = tens;
            n
        } else {
            0
        };
        if at.peek().is_some_and(|c| chinese_digit(c).is_some() || matches!(c, '十' | '百' | '千' | '万'))
        {
            return None;
        }
        *self = at;
        Some(100 + rest)
    }

    /// Reads a month or day number: Arabic (1 or 2 digits) or, when `chinese`, a Chinese one.
    pub(super) fn small_number(&mut self, chinese: bool) -> Option<u32> {
        self.digits(1, 2).or_else(|| if chinese { self.chinese_small() } else { None })
    }
}

/// Words to read at a cursor, each with what it means, in order of preference (the first the text
/// continues with is read). The grammar tries its lists at every place an expression may begin:
/// kept by first character, a try looks up the next character and compares the few words that
/// start with it, not every word of the list.
pub(super) struct Lexicon<T> {
    /// First character, word, meaning; by first character, and in the list's order among the words
    /// that share one (only those can both continue a text).
    entries: Vec<(char, &'static str, T)>,
}

impl<T: Copy> Lexicon<T> {
    /// The lexicon of `words` (none empty), in order of preference.
    pub(super) fn new(words: impl IntoIterator<Item = (&'static str, T)>) -> Self {
        let mut entries: Vec<(char, &'static str, T)> =
            words.into_iter().map(|(word, t)| (word.chars().next().expect("a word"), word, t)).collect();
        // Stable: the list's order stays among the words of one first character.
        order::sort_by_key(&mut entries, |e| u64::from(e.0));
        Lexicon { entries }
    }

    /// Consumes the first word the text continues with and returns its meaning.
    pub(super) fn eat(&self, at: &mut Cursor) -> Option<T> {
        let first = at.peek()?;
        let from = self.entries.partition_point(|e| e.0 < first);
        self.entries[from..].iter().take_while(|e| e.0 == first).find(|e| at.eat(e.1)).map(|e| e.2)
    }

    /// The words' first characters.
    pub(super) fn first_characters(&self) -> impl Iterator<Item = char> + '_ {
        self.entries.iter().map(|e| e.0)
    }
}

/// Whether `c` is (the first character of) a range connector: —, -, ~, 至, 到 ….
pub(super) fn is_joiner(c: char) -> bool {
    static FIRST: LazyLock<CharSet> =
        LazyLock::new(|| CharSet::new(RANGE_JOINERS.iter().filter_map(|j| j.chars().next())));
    FIRST.contains(c)
}

/// Whether `c` is a digit of any kind a number could continue with (Arabic, Chinese, 十百千万两).
pub(super) fn is_numeral(c: char) -> bool {
    arabic_digit(c).is_some()
        || chinese_digit(c).is_some()
        || matches!(c, '十' | '百' | '千' | '万' | '亿' | '两' | '几' | '数')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers() {
        assert_eq!(Cursor::new("2023年", 0).digits(4, 4), Some(2023));
        assert_eq!(Cursor::new("２０２３年", 0).digits(4, 4), Some(2023));
        assert_eq!(Cursor::new("20231年", 0).digits(4, 4), None);
        assert_eq!(Cursor::new("二〇二三年", 0).chinese_year(), Some(2023));
        assert_eq!(Cursor::new("三十一日", 0).chinese_small(), Some(31));
        assert_eq!(Cursor::new("十二月", 0).chinese_small(), Some(12));
        assert_eq!(Cursor::new("二十日", 0).chinese_small(), Some(20));
        assert_eq!(Cursor::new("五月", 0).chinese_small(), Some(5));
        assert_eq!(Cursor::new("廿六日", 0).chinese_small(), Some(26));
        assert_eq!(Cursor::new("一一七年", 0).chinese_digits(3), Some(117));
    }
}
