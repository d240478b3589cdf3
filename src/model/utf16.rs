//! Byte offsets (what Rust slices by) to UTF-16 code units (what JavaScript strings index), and a
//! slice by UTF-16 offsets as JavaScript takes one.

/// How many bytes apart the map's checkpoints are.
const STEP: usize = 64;

/// Converts byte offsets of one string into UTF-16 offsets in O(1) per look-up: a checkpoint every
/// `STEP` (64) bytes, then a walk over at most that many bytes. A table entry per byte (8 bytes per
/// byte of Chinese text, more for ASCII) was the largest part of the output step's memory on a long
/// paste; the checkpoints take 1/16 of that.
pub struct Utf16Map<'a> {
    text: &'a str,
    /// At byte `k × STEP` (or the character boundary before it): (that boundary, its UTF-16 offset).
    by_byte: Vec<(u32, u32)>,
    /// The text's length in UTF-16 units.
    len_utf16: usize,
}

/// The UTF-16 length of whole characters in UTF-8 `bytes`: a unit per character (a byte that does
/// not continue one), two for those beyond the Basic Multilingual Plane (four bytes, led by 0xF0
/// or more).
fn utf16_len(bytes: &[u8]) -> usize {
    bytes.iter().map(|&b| usize::from((b as i8) >= -0x40) + usize::from(b >= 0xF0)).sum()
}

impl<'a> Utf16Map<'a> {
    /// Builds the map for `text` (which, like every input wenxi accepts, is far below 4 GB).
    pub fn new(text: &'a str) -> Self {
        let mut by_byte = Vec::with_capacity(text.len() / STEP + 1);
        // The units before `at`, a character boundary.
        let (mut at, mut units) = (0, 0);
        for target in (0..text.len()).step_by(STEP) {
            let boundary = (0..=target).rev().find(|&b| text.is_char_boundary(b)).unwrap_or(0);
            units += utf16_len(&text.as_bytes()[at..boundary]);
            at = boundary;
            by_byte.push((at as u32, units as u32));
        }
        let len_utf16 = units + utf16_len(&text.as_bytes()[at..]);
        Utf16Map { text, by_byte, len_utf16 }
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
    fn checkpoints_agree_with_counting_on_long_text() {
        let t = "ab𠀀亿元,第1篇。\n".repeat(50);
        let m = Utf16Map::new(&t);
        let mut u = 0;
        for (b, c) in t.char_indices() {
            for k in 0..c.len_utf8() {
                assert_eq!(m.units(b + k), u, "byte {}", b + k);
            }
            u += c.len_utf16();
        }
        assert_eq!(m.units(t.len()), u);
    }
}
