//! Byte offsets (what Rust slices by) to UTF-16 code units (what JavaScript strings index), and back.

/// How many bytes (and UTF-16 units) apart the map's checkpoints are.
const STEP: usize = 64;

/// Converts byte offsets of one string into UTF-16 offsets and back, in O(1) per look-up: a
/// checkpoint every `STEP` (64) bytes and every `STEP` units, then a walk over at most that many
/// bytes. A table entry per byte and per unit (8 bytes per byte of Chinese text, more for ASCII) was
/// the largest part of the output step's memory on a long paste; the checkpoints take 1/16 of that.
pub struct Utf16Map<'a> {
    text: &'a str,
    /// At byte `k × STEP` (or the character boundary before it): (that boundary, its UTF-16 offset).
    by_byte: Vec<(u32, u32)>,
    /// At unit `k × STEP` (or the character boundary before it): (its byte offset, that unit).
    by_unit: Vec<(u32, u32)>,
    /// The text's length in UTF-16 units.
    len_utf16: usize,
}

impl<'a> Utf16Map<'a> {
    /// Builds the map for `text` (which, like every input wenxi accepts, is far below 4 GB).
    pub fn new(text: &'a str) -> Self {
        let mut by_byte = Vec::with_capacity(text.len() / STEP + 1);
        let mut by_unit = Vec::with_capacity(text.len() / STEP + 1);
        let mut u = 0;
        for (b, c) in text.char_indices() {
            // The character at `b` covers bytes b..b+len and units u..u+len16; record the checkpoints
            // that fall in them at the character's start.
            while by_byte.len() * STEP < b + c.len_utf8() {
                by_byte.push((b as u32, u as u32));
            }
            while by_unit.len() * STEP < u + c.len_utf16() {
                by_unit.push((b as u32, u as u32));
            }
            u += c.len_utf16();
        }
        Utf16Map { text, by_byte, by_unit, len_utf16: u }
    }

    /// The UTF-16 offset of a byte offset; a byte offset inside a character maps to its start, one
    /// past the end to the end.
    pub fn units(&self, byte: usize) -> usize {
        if byte >= self.text.len() {
            return self.len_utf16;
        }
        let (b, u) = self.by_byte[byte / STEP];
        let (mut b, mut u) = (b as usize, u as usize);
        for c in self.text[b..].chars() {
            if b + c.len_utf8() > byte {
                break;
            }
            b += c.len_utf8();
            u += c.len_utf16();
        }
        u
    }

    /// Both ends of a byte range.
    pub fn span(&self, start: usize, end: usize) -> (usize, usize) {
        (self.units(start), self.units(end))
    }

    /// The byte offset of a UTF-16 offset; one inside a surrogate pair maps to the character's start,
    /// one past the end to the end.
    pub fn byte(&self, unit: usize) -> usize {
        if unit >= self.len_utf16 {
            return self.text.len();
        }
        let (b, u) = self.by_unit[unit / STEP];
        let (mut b, mut u) = (b as usize, u as usize);
        for c in self.text[b..].chars() {
            if u + c.len_utf16() > unit {
                break;
            }
            b += c.len_utf8();
            u += c.len_utf16();
        }
        b
    }
}

/// Slices `text` by UTF-16 offsets, as JavaScript's `String.prototype.slice` would.
pub fn slice_utf16(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&units[start.min(units.len())..end.min(units.len())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn astral_characters_count_two_units() {
        let t = "a𠀀b亿元";
        let m = Utf16Map::new(t);
        let b = t.find('b').unwrap();
        assert_eq!(m.units(b), 3);
        let s = t.find('亿').unwrap();
        assert_eq!(m.span(s, t.len()), (4, 6));
        assert_eq!(m.units(s + 1), 4, "inside a character");
        assert_eq!(m.units(99), 6, "past the end");
        assert_eq!(slice_utf16(t, 4, 6), "亿元");
    }

    #[test]
    fn bytes_undo_utf16() {
        let t = "a𠀀b亿元";
        let m = Utf16Map::new(t);
        assert_eq!(m.byte(2), t.find('𠀀').unwrap(), "inside the pair");
        assert_eq!(m.byte(3), t.find('b').unwrap());
        assert_eq!(m.byte(4), t.find('亿').unwrap());
        assert_eq!(m.byte(6), t.len());
        assert_eq!(m.byte(60), t.len(), "past the end");
    }

    #[test]
    fn checkpoints_agree_with_counting_on_long_text() {
        let t = "ab𠀀亿元,第1篇。\n".repeat(50);
        let m = Utf16Map::new(&t);
        let mut u = 0;
        for (b, c) in t.char_indices() {
            for k in 0..c.len_utf8() {
                assert_eq!(m.units(b + k), u, "byte {}", b + k);
            }
            for k in 0..c.len_utf16() {
                assert_eq!(m.byte(u + k), b, "unit {}", u + k);
            }
            u += c.len_utf16();
        }
        assert_eq!(m.units(t.len()), u);
        assert_eq!(m.byte(u), t.len());
    }
}
