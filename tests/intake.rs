//! Intake end to end: encoded and HTML copies of seed pages (made by tests/data/encodings/make.py)
//! give the same body and figures as the UTF-8 seeds; binary files are refused; arbitrary bytes and
//! strings never make intake or the analysis panic.

use proptest::prelude::*;
use std::path::Path;
use wenxi::{analyse_bytes, analyse_text, Analysis, Error, Options};

fn read(path: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(path)).unwrap()
}

fn analyse_file(path: &str) -> Analysis {
    let file = Path::new(path).file_name().unwrap().to_string_lossy().into_owned();
    analyse_bytes(&read(path), &Options { file: Some(file), ..Default::default() }).unwrap()
}

/// The figures as (text, value) pairs, which is what must not change with the encoding.
fn figures(a: &Analysis) -> Vec<(String, f64)> {
    a.figures.iter().map(|f| (f.text.clone(), f.value)).collect()
}

fn assert_same_article(copy: &str, seed: &str, encoding: &str, format: &str) {
    let (copy_a, seed_a) = (analyse_file(copy), analyse_file(seed));
    assert_eq!(copy_a.input.encoding, encoding, "{copy}");
    assert_eq!(copy_a.input.format.as_str(), format, "{copy}");
    assert_eq!(copy_a.body, seed_a.body, "{copy}: body differs from {seed}");
    assert_eq!(figures(&copy_a), figures(&seed_a), "{copy}: figures differ from {seed}");
    assert_eq!(copy_a.meta.title, seed_a.meta.title, "{copy}");
}

#[test]
fn gbk_copy_reads_like_the_utf8_seed() {
    assert_same_article("encodings/002-kunming-mohan.gbk.txt", "seeds/002-kunming-mohan.txt", "GBK", "text");
}

#[test]
fn big5_copy_reads_like_the_utf8_seed() {
    assert_same_article("encodings/001-ganmei.big5.txt", "seeds/001-ganmei.txt", "Big5", "text");
}

#[test]
fn utf16_copies_read_like_the_utf8_seeds() {
    assert_same_article("encodings/003-mianyang.utf16le.txt", "seeds/003-mianyang.txt", "UTF-16LE", "text");
    assert_same_article(
        "encodings/000-chengdu-liangshan.utf16be.txt",
        "seeds/000-chengdu-liangshan.txt",
        "UTF-16BE",
        "text",
    );
}

#[test]
fn html_page_reads_like_the_text_seed() {
    assert_same_article("encodings/002-kunming-mohan.html", "seeds/002-kunming-mohan.txt", "UTF-8", "html");
    let a = analyse_file("encodings/002-kunming-mohan.html");
    let seed = analyse_file("seeds/002-kunming-mohan.txt");
    assert_eq!(a.meta, seed.meta);
    assert!(!a.body.contains("不是正文") && !a.body.contains("JavaScript"));
    // Pasted HTML source (no file name) is recognised by its tags.
    let pasted = String::from_utf8(read("encodings/002-kunming-mohan.html")).unwrap();
    let b = analyse_text(&pasted, &Options::default()).unwrap();
    assert_eq!(b.input.format, wenxi::model::Format::Html);
    assert_eq!(b.body, seed.body);
}

#[test]
fn binary_inputs_are_refused() {
    let cases: [(&[u8], &str); 5] = [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\0\x10JFIF", "JPEG"),
        (b"PK\x03\x04\x14\0\x06\0", "ZIP"),
        (b"\x1f\x8b\x08\0\0\0\0\0", "GZIP"),
    ];
    for (bytes, what) in cases {
        match analyse_bytes(bytes, &Options::default()) {
            Err(Error::NotText { reason }) => assert!(reason.contains(what), "{reason}"),
            other => panic!("{what} was not refused: {other:?}"),
        }
    }
    let nul_heavy: Vec<u8> =
        (0..400u32).map(|i| if i % 3 == 0 { 0 } else { b'a' + (i % 26) as u8 }).collect();
    assert!(matches!(analyse_bytes(&nul_heavy, &Options::default()), Err(Error::NotText { .. })));
    let controls: Vec<u8> = (0..400u32).map(|i| (i % 9) as u8 + 1).collect();
    assert!(matches!(analyse_bytes(&controls, &Options::default()), Err(Error::NotText { .. })));
}

#[test]
fn malformed_bytes_are_analysed_with_a_warning() {
    let mut bytes = "成都与凉山合作建园，园区实现工业总产值67亿元。".repeat(3).into_bytes();
    bytes.splice(6..6, [0xFF, 0xFE, 0xFD]);
    let a = analyse_bytes(&bytes, &Options::default()).unwrap();
    assert_eq!(a.input.encoding, "UTF-8");
    assert!(a.body.contains('\u{FFFD}') && a.body.contains("67亿元"), "{}", a.body);
    assert!(a.warnings.iter().any(|w| w.contains("U+FFFD")), "{:?}", a.warnings);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = wenxi::intake::decode(&bytes);
        let _ = analyse_bytes(&bytes, &Options::default());
    }

    #[test]
    fn arbitrary_strings_never_panic(text in "\\PC{0,300}") {
        let _ = analyse_text(&text, &Options::default());
        let page = wenxi::intake::read_page(&text, Some("x.html"));
        let _ = wenxi::clean::clean(&page);
    }

    #[test]
    fn article_like_strings_never_panic(
        text in "([当前位置来源记者编辑相关版权网報日(wǎng)?qǐng)１２％．<p></p>&nbsp;\n 。，:：成都凉山园区67亿元])*"
    ) {
        let a = analyse_text(&text, &Options::default()).unwrap();
        prop_assert!(a.figures.iter().all(|f| f.end <= a.body.encode_utf16().count()));
    }
}
