//! Byte offsets (what Rust slices by) to UTF-16 code units (what JavaScript strings index), and back.

/// Converts byte offsets of one string into UTF-16 offsets and back, in O(log n) per look-up.
pub struct Utf16Map {
    /// (byte offset, utf-16 offset) at every char boundary, in order; plus the end.
    bytes: Vec<usize>,
    units: Vec<usize>,
}

impl Utf16Map {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> Self {
        let mut bytes = Vec::with_capacity(text.len() / 2 + 1);
        let mut units = Vec::with_capacity(text.len() / 2 + 1);
        let mut u = 0;
        for (b, c) in text.char_indices() {
            bytes.push(b);
            units.push(u);
            u += c.len_utf16();
        }
        bytes.push(text.len());
        units.push(u);
        Utf16Map { bytes, units }
    }

    /// The UTF-16 offset of a byte offset; a byte offset inside a character maps to its start.
    pub fn units(&self, byte: usize) -> usize {
        convert(&self.bytes, &self.units, byte)
    }

    /// Both ends of a byte range.
    pub fn span(&self, start: usize, end: usize) -> (usize, usize) {
        (self.units(start), self.units(end))
    }

    /// The byte offset of a UTF-16 offset; one inside a surrogate pair maps to the character's start,
    /// one past the end to the end.
    pub fn byte(&self, unit: usize) -> usize {
        convert(&self.units, &self.bytes, unit)
    }
}

/// The position in `to` of the char boundary at or before `offset` in `from` (both list the same
/// boundaries, in order).
fn convert(from: &[usize], to: &[usize], offset: usize) -> usize {
    match from.binary_search(&offset) {
        Ok(i) => to[i],
        Err(i) => to[i.saturating_sub(1)],
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
