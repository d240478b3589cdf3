//! Byte offsets (what Rust slices by) to UTF-16 code units (what JavaScript strings index), and back.

/// Converts byte offsets of one string into UTF-16 offsets and back, in O(1) per look-up: one table
/// entry per byte and one per UTF-16 unit (the pipeline asks hundreds of thousands of times on a
/// long paste, where a binary search over the char boundaries showed in profiles).
pub struct Utf16Map {
    /// At every byte offset (and the end), the UTF-16 offset of the character it falls in.
    units: Vec<u32>,
    /// At every UTF-16 offset (and the end), the byte offset of the character it falls in.
    bytes: Vec<u32>,
}

impl Utf16Map {
    /// Builds the map for `text` (which, like every input wenxi accepts, is far below 4 GB).
    pub fn new(text: &str) -> Self {
        let mut units = Vec::with_capacity(text.len() + 1);
        let mut bytes = Vec::with_capacity(text.len() / 2 + 1);
        for (b, c) in text.char_indices() {
            let u = bytes.len() as u32;
            units.resize(units.len() + c.len_utf8(), u);
            bytes.resize(bytes.len() + c.len_utf16(), b as u32);
        }
        units.push(bytes.len() as u32);
        bytes.push(text.len() as u32);
        Utf16Map { units, bytes }
    }

    /// The UTF-16 offset of a byte offset; a byte offset inside a character maps to its start, one
    /// past the end to the end.
    pub fn units(&self, byte: usize) -> usize {
        self.units[byte.min(self.units.len() - 1)] as usize
    }

    /// Both ends of a byte range.
    pub fn span(&self, start: usize, end: usize) -> (usize, usize) {
        (self.units(start), self.units(end))
    }

    /// The byte offset of a UTF-16 offset; one inside a surrogate pair maps to the character's start,
    /// one past the end to the end.
    pub fn byte(&self, unit: usize) -> usize {
        self.bytes[unit.min(self.bytes.len() - 1)] as usize
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
}
