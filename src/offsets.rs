//! Byte offsets (what Rust slices by) to UTF-16 code units (what JavaScript strings index).

/// Converts byte offsets of one string into UTF-16 offsets, in O(log n) per look-up.
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
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.units[i],
            Err(i) => self.units[i.saturating_sub(1)],
        }
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
        assert_eq!(slice_utf16(t, 4, 6), "亿元");
    }
}
