//! Bytes to text: a byte-order mark, else strict UTF-8, else BOM-less UTF-16 recognised by its NUL
//! pattern, else the legacy encoding chardetng guesses (GBK/GB18030, Big5, Shift_JIS, EUC-KR …),
//! decoded by encoding_rs. Binary files are refused before anything is decoded.

use super::Decoded;
use crate::model::Warning;
use crate::Error;
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// File signatures of common binary formats that get dropped by mistake, with what to call them.
const MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1F\x8B", "a GZIP archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xBC\xAF", "a 7-Zip archive"),
    (b"\xD0\xCF\x11\xE0", "an old Office document"),
    (b"\x7FELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"\x00asm", "a WebAssembly module"),
];

/// Decodes bytes: BOM, else strict UTF-8, else BOM-less UTF-16, else a detected legacy encoding.
/// Malformed sequences become U+FFFD with a warning; binary input is [`Error::NotText`].
pub fn decode(bytes: &[u8]) -> Result<Decoded, Error> {
    for (magic, what) in MAGIC {
        // "MZ" is short enough to start a text by chance; the others are not.
        if bytes.starts_with(magic) && (magic.len() > 2 || bytes.contains(&0)) {
            return Err(Error::NotText { reason: format!("it looks like {what}") });
        }
    }
    let (encoding, bom_len) = match Encoding::for_bom(bytes) {
        Some((enc, len)) => (enc, len),
        None if mostly_utf8(bytes) => (UTF_8, 0),
        None => (utf16_by_nul_pattern(bytes).unwrap_or_else(|| guess(bytes)), 0),
    };
    let is_utf16 = encoding == UTF_16LE || encoding == UTF_16BE;
    if !is_utf16 {
        check_nuls(bytes)?;
    }
    let (text, malformed) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
    let text = text.into_owned();
    check_controls(&text)?;
    let mut warnings = Vec::new();
    if malformed {
        let replaced = text.matches('\u{FFFD}').count();
        warnings.push(Warning::MalformedBytes { count: replaced, encoding: encoding.name().to_owned() });
    }
    Ok(Decoded { text, encoding: encoding.name(), warnings })
}

/// Valid UTF-8, or UTF-8 with a few damaged sequences among many intact multi-byte characters
/// (a legacy encoding would rarely form that many valid sequences by chance).
fn mostly_utf8(bytes: &[u8]) -> bool {
    // Most pages are valid UTF-8: one validation answers without counting characters.
    if std::str::from_utf8(bytes).is_ok() {
        return true;
    }
    let (mut invalid, mut multibyte) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        invalid += chunk.invalid().len();
        multibyte += chunk.valid().chars().filter(|c| c.len_utf8() > 1).count();
    }
    invalid == 0 || (multibyte >= 8 && invalid * 10 <= multibyte)
}

/// The legacy encoding chardetng finds most likely (it knows GBK, Big5, Shift_JIS, EUC-KR …).
fn guess(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    detector.guess(None, true)
}

/// UTF-16 without a BOM: ASCII characters put NULs on every other byte. When most NULs sit on one
/// parity and the text decodes cleanly that way, it is UTF-16.
fn utf16_by_nul_pattern(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || bytes.len() % 2 != 0 {
        return None;
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = sample.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let pairs = sample.len() / 2;
    let encoding = if odd * 20 >= pairs && even * 4 < odd {
        UTF_16LE
    } else if even * 20 >= pairs && odd * 4 < even {
        UTF_16BE
    } else {
        return None;
    };
    let (_, malformed) = encoding.decode_without_bom_handling(bytes);
    (!malformed).then_some(encoding)
}

/// Text in a byte encoding has (almost) no NUL bytes.
fn check_nuls(bytes: &[u8]) -> Result<(), Error> {
    let nuls = bytes.iter().filter(|&&b| b == 0).count();
    if nuls > 0 && nuls * 100 >= bytes.len() {
        return Err(Error::NotText { reason: format!("{nuls} of its {} bytes are NUL", bytes.len()) });
    }
    Ok(())
}

/// Text has few control characters besides tab, line feed, carriage return and form feed.
fn check_controls(text: &str) -> Result<(), Error> {
    let mut total = 0usize;
    let mut controls = 0usize;
    for c in text.chars() {
        total += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}') {
            controls += 1;
        }
    }
    if controls >= 4 && controls * 20 >= total {
        return Err(Error::NotText {
            reason: format!("{controls} of its {total} characters are control characters"),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boms_choose_the_encoding() {
        assert_eq!(decode(b"\xEF\xBB\xBF\xE4\xB8\xAD").unwrap().encoding, "UTF-8");
        assert_eq!(decode(b"\xEF\xBB\xBF\xE4\xB8\xAD").unwrap().text, "中");
        assert_eq!(decode(b"\xFF\xFE\x2D\x4E").unwrap().text, "中");
        assert_eq!(decode(b"\xFE\xFF\x4E\x2D").unwrap().encoding, "UTF-16BE");
    }

    #[test]
    fn gbk_and_big5_are_guessed() {
        let (gbk, _, _) = encoding_rs::GBK.encode("成都与凉山合作建园，园区实现工业总产值67亿元。");
        let d = decode(&gbk).unwrap();
        assert_eq!(d.encoding, "GBK");
        assert!(d.text.contains("工业总产值"));
        let (big5, _, _) =
            encoding_rs::BIG5.encode("甘眉工業園區實現工業總產值507.3億元，成為首個工業園區。");
        let d = decode(&big5).unwrap();
        assert_eq!(d.encoding, "Big5");
        assert!(d.text.contains("總產值"));
    }

    #[test]
    fn utf16_without_bom_is_recognised() {
        let bytes: Vec<u8> = "园区 2011: 67亿元, 109%.\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "UTF-16LE");
        assert!(d.text.starts_with("园区 2011"));
    }

    #[test]
    fn binary_is_refused_with_a_reason() {
        for bytes in [&b"%PDF-1.7\n..."[..], b"\x89PNG\r\n\x1a\n", b"PK\x03\x04\x14\0", b"\x1f\x8b\x08\0"] {
            let e = decode(bytes).unwrap_err();
            assert!(e.to_string().starts_with("not a text file: it looks like"), "{e}");
        }
        assert!(matches!(decode(&[0u8, 1, 0, 0, 7, 0, 0, 0, 0, 3]), Err(Error::NotText { .. })));
        assert!(matches!(decode(b"\x01\x02\x03\x04\x05\x06abc"), Err(Error::NotText { .. })));
    }

    #[test]
    fn malformed_bytes_are_replaced_with_a_warning() {
        let d = decode(b"\xEF\xBB\xBFabc\xFF\xFEdef").unwrap();
        assert!(d.text.contains('\u{FFFD}'));
        assert_eq!(d.warnings.len(), 1, "{:?}", d.warnings);
    }
}
