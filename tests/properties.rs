//! Property tests: the invariants a user of the analysis relies on, over generated inputs that look like
//! news text (pieces of the seed articles, numbers with units, dates, punctuation, traditional and astral
//! characters, HTML fragments, credits and page chrome) and over arbitrary strings and bytes.
//!
//! The number of cases per property is modest so that the file runs in seconds in a debug build;
//! `PROPTEST_CASES=2000 cargo test --release --test properties` runs more. A failing case is written to
//! tests/proptest-regressions/ and replayed first by later runs.

use proptest::prelude::*;
use proptest::test_runner::Config;
use std::sync::LazyLock;
use wenxi::model::utf16::slice_utf16;
use wenxi::{Analysis, Options};

/// `PROPTEST_CASES` when set, else `default`.
fn config(default: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(default);
    Config { cases, ..Config::default() }
}

/// The seed articles, as characters (pieces of them are cut at any character).
static SEEDS: LazyLock<Vec<Vec<char>>> = LazyLock::new(|| {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read_to_string(p).unwrap().chars().collect()).collect()
});

/// Every character of the seeds (simplified and traditional: one seed is traditional).
static SEED_CHARS: LazyLock<Vec<char>> = LazyLock::new(|| {
    let mut chars: Vec<char> = SEEDS.iter().flatten().copied().filter(|c| !c.is_control()).collect();
    chars.sort_unstable();
    chars.dedup();
    chars
});

/// Pieces of news text that the stages look for.
const TOKENS: &[&str] = &[
    // numbers and units
    "67",
    "12.92",
    "2,500",
    "0.5",
    "109",
    "1—4",
    "3-5",
    "３２",
    "１２．５",
    "六百多",
    "十二",
    "两",
    "亿元",
    "万元",
    "万",
    "亿",
    "元",
    "%",
    "％",
    "亩",
    "公里",
    "平方公里",
    "个",
    "家",
    "项",
    "倍",
    "翻番",
    "吨",
    "千瓦时",
    "美元",
    "约",
    "近",
    "余",
    "超过",
    "以上",
    "左右",
    "同比增长",
    "较去年同期",
    "计划总投资",
    "实现工业总产值",
    "力争",
    // dates
    "2023年5月",
    "2011年上半年",
    "今年1—4月",
    "5月31日",
    "去年6月",
    "今年一季度",
    "明年",
    "前年",
    "2025-05-08 08:40",
    "２０２３年６月２日",
    "112年5月",
    "年底",
    "月",
    "日",
    "年",
    "上旬",
    "至",
    "到",
    // entities and their words
    "成都",
    "凉山",
    "凉山州",
    "甘眉工业园区",
    "園區",
    "管委会",
    "人民政府",
    "有限公司",
    "四川某某科技有限公司",
    "《资阳市工作方案》",
    "《",
    "》",
    "州委副书记",
    "张三",
    "第二届",
    "大会",
    "沪滇",
    "磨憨—磨丁合作区",
    // punctuation, space and lines
    "，",
    "。",
    "、",
    "；",
    "：",
    "！",
    "？",
    "（",
    "）",
    "(",
    ")",
    ",",
    ".",
    "—",
    "～",
    "…",
    " ",
    "　",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    // traditional, astral, odd characters
    "億元",
    "與",
    "臺灣",
    "網(wǎng)",
    "𠀀",
    "𠮷",
    "😀",
    "\u{fffd}",
    "\u{feff}",
    "\u{200b}",
    "\u{0}",
    "e\u{301}",
    // HTML fragments
    "<p>",
    "</p>",
    "<br>",
    "<div class=\"content\">",
    "</div>",
    "&nbsp;",
    "&amp;",
    "&lt;",
    "<script>var a=1;</script>",
    "<!--",
    "-->",
    "<title>",
    "</title>",
    "<meta name=\"author\" content=\"张三\">",
    "<time datetime=\"2023-06-02\">",
    "<a href=\"/x\">",
    "</a>",
    "<",
    // page chrome and credits
    "首页 > 新闻 > 正文",
    "来源：凉山日报",
    "2023-06-02 08:30",
    "本报讯",
    "（记者 李四）",
    "责编：王五",
    "摄",
    "相关文章",
    "版权所有",
    "上一篇",
    "浏览次数：12",
];

/// A piece of news-like text: a token, a seed character, a digit or a slice of a seed article.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(TOKENS).prop_map(str::to_owned),
        3 => prop::sample::select(SEED_CHARS.clone()).prop_map(String::from),
        1 => (0u32..10).prop_map(|d| d.to_string()),
        1 => (0u32..10).prop_map(|d| char::from_u32(0xFF10 + d).unwrap().to_string()),
        2 => (0..SEEDS.len(), any::<prop::sample::Index>(), 1usize..120).prop_map(|(s, at, len)| {
            let seed = &SEEDS[s];
            let start = at.index(seed.len());
            seed[start..(start + len).min(seed.len())].iter().collect()
        }),
    ]
}

/// News-like text: up to 60 pieces.
fn news() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|pieces| pieces.concat())
}

/// Any string, or news-like text.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![news(), any::<String>(), "\\PC{0,200}"]
}

/// A reference date: none, a valid `YYYY-MM-DD` of any year 0000-9999, or anything (then refused).
fn reference_date() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        (0u32..10000, 1u32..13, 1u32..32).prop_map(|(y, m, d)| Some(format!("{y:04}-{m:02}-{d:02}"))),
        (1900u32..2100, 0u32..100, 0u32..100).prop_map(|(y, m, d)| Some(format!("{y:04}-{m:02}-{d:02}"))),
        any::<String>().prop_map(Some),
    ]
}

fn options(reference_date: Option<String>) -> Options {
    Options { reference_date, ..Options::default() }
}

/// A mention's text and its UTF-16 offsets.
type Mention<'a> = (&'a str, usize, usize);

/// The mentions of every figure, date and entity, by category.
fn spans(a: &Analysis) -> [(&'static str, Vec<Mention<'_>>); 3] {
    [
        ("figures", a.figures.iter().map(|f| (f.text.as_str(), f.start, f.end)).collect()),
        ("dates", a.dates.iter().map(|d| (d.text.as_str(), d.start, d.end)).collect()),
        ("entities", a.entities.iter().map(|e| (e.text.as_str(), e.start, e.end)).collect()),
    ]
}

/// Every span lies inside the body and slices (UTF-16 offsets) to its text; within a category the
/// spans are in reading order and do not overlap; the summary points at existing figures; the page's
/// date is `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
fn check_spans(a: &Analysis) -> Result<(), TestCaseError> {
    let units = a.body.encode_utf16().count();
    for (category, spans) in spans(a) {
        for &(text, start, end) in &spans {
            prop_assert!(start < end && end <= units, "{category} {text:?} at {start}..{end} of {units}");
            prop_assert_eq!(slice_utf16(&a.body, start, end), text, "{} at {}..{}", category, start, end);
        }
        for pair in spans.windows(2) {
            prop_assert!(pair[0].2 <= pair[1].1, "{category} overlap or out of order: {:?}", pair);
        }
    }
    if let Some(p) = &a.meta.published {
        let ok = |i: usize, c: u8| {
            if [4, 7].contains(&i) {
                c == b'-'
            } else if i == 10 {
                c == b'T'
            } else if i == 13 {
                c == b':'
            } else {
                c.is_ascii_digit()
            }
        };
        prop_assert!(
            [10, 16].contains(&p.len()) && p.bytes().enumerate().all(|(i, c)| ok(i, c)),
            "published {p:?}"
        );
    }
    let n = a.figures.len();
    prop_assert!(a.summary.key_figures.iter().all(|&i| i < n));
    for c in a.figures.iter().filter_map(|f| f.comparison.as_ref()) {
        prop_assert!(c.base.map_or(true, |i| i < n) && c.rate.map_or(true, |i| i < n), "{c:?} of {n}");
    }
    Ok(())
}

/// What the extractors found, without offsets: figures' texts and values, dates' texts and values,
/// entities' texts, types and canonical forms.
type Found = (Vec<(String, String)>, Vec<(String, String)>, Vec<(String, String, String)>);

fn found(a: &Analysis) -> Found {
    (
        a.figures.iter().map(|f| (f.text.clone(), format!("{:?} {:?}", f.value, f.range))).collect(),
        a.dates.iter().map(|d| (d.text.clone(), d.value.clone())).collect(),
        a.entities.iter().map(|e| (e.text.clone(), e.kind.to_string(), e.canonical.clone())).collect(),
    )
}

/// The reference date the analysis resolved its dates against: the page's own date, else the option's.
fn effective_reference(a: &Analysis, option: Option<&str>) -> Option<String> {
    a.meta.published.as_deref().map(|p| p[..10].to_owned()).or(option.map(str::to_owned))
}

proptest! {
    #![proptest_config(config(64))]

    /// The contract's offsets: `body.slice(start, end) == text` for every figure, date and entity,
    /// inside the body, without overlaps among figures, among dates, among entities.
    #[test]
    fn spans_slice_to_their_text(text in news(), date in reference_date()) {
        if let Ok(a) = wenxi::analyse_text(&text, &options(date)) {
            check_spans(&a)?;
        }
    }

    /// The same, over any string (and valid reference dates, so that the analysis runs).
    #[test]
    fn spans_hold_for_any_string(text in any_text(), year in 1900u32..2100) {
        let a = wenxi::analyse_text(&text, &options(Some(format!("{year}-06-01")))).unwrap();
        check_spans(&a)?;
    }

    /// The same input gives the same output, to the last field.
    #[test]
    fn analysis_is_deterministic(text in news(), date in reference_date()) {
        let first = wenxi::analyse_text(&text, &options(date.clone()));
        let second = wenxi::analyse_text(&text, &options(date));
        match (first, second) {
            (Ok(a), Ok(b)) => prop_assert_eq!(serde_json::to_string(&a).unwrap(), serde_json::to_string(&b).unwrap()),
            (Err(a), Err(b)) => prop_assert_eq!(a.to_string(), b.to_string()),
            (a, b) => prop_assert!(false, "{:?} then {:?}", a.is_ok(), b.is_ok()),
        }
    }

    /// Analysing the body again finds the same figures, dates and entities.
    ///
    /// This holds only where the second analysis starts from the same facts as the first:
    /// - the body is a fixed point of the cleaner: the second analysis keeps the whole body. It need not
    ///   be: the cleaner reads a body without the header that surrounded it, so a first line that was
    ///   body under the page's title may now be taken for a title, a leading or trailing credit split
    ///   off the first or last paragraph may uncover another, and a body that starts with `<` and holds
    ///   tags (entities decoded from an HTML page, `&lt;p&gt;`) is read as HTML. The test goes on only
    ///   when the bodies are equal;
    /// - the same reference date: the first analysis resolved its dates against the page's date,
    ///   which is in `meta`, not in the body: it is passed as the option;
    /// - the same metadata the extractors read: the outlet (its currency) and the credited authors (never
    ///   people): the test goes on only when the second analysis finds the same `meta.source` and
    ///   `meta.authors` (a body whose own credits the cleaner took out the first time does not).
    #[test]
    fn the_body_analyses_to_the_same_findings(text in news(), date in reference_date()) {
        let Ok(first) = wenxi::analyse_text(&text, &options(date.clone())) else { return Ok(()) };
        let reference = effective_reference(&first, date.as_deref());
        let second = wenxi::analyse_text(&first.body, &options(reference)).unwrap();
        prop_assume!(second.body == first.body);
        prop_assume!(second.meta.source == first.meta.source && second.meta.authors == first.meta.authors);
        prop_assert_eq!(found(&first), found(&second));
        // With the same body, the offsets agree too.
        prop_assert_eq!(spans(&first), spans(&second));
    }

    /// No input makes the analysis of bytes panic: any bytes, and news text in the encodings
    /// the decoder reads.
    #[test]
    fn any_bytes_analyse_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(a) = wenxi::analyse_bytes(&bytes, &Options::default()) {
            check_spans(&a)?;
        }
    }

    #[test]
    fn encoded_news_analyses_without_panic(text in news(), encoding in 0usize..5, cut in any::<prop::sample::Index>()) {
        let encodings = [encoding_rs::GBK, encoding_rs::GB18030, encoding_rs::BIG5, encoding_rs::UTF_16LE, encoding_rs::UTF_16BE];
        let bytes: Vec<u8> = match encodings[encoding] {
            // encoding_rs encodes into UTF-8 for these two: write the units by hand.
            e if e == encoding_rs::UTF_16LE => text.encode_utf16().flat_map(u16::to_le_bytes).collect(),
            e if e == encoding_rs::UTF_16BE => text.encode_utf16().flat_map(u16::to_be_bytes).collect(),
            e => e.encode(&text).0.into_owned(),
        };
        // Whole, and cut at any byte (a damaged end).
        for bytes in [&bytes[..], &bytes[..cut.index(bytes.len() + 1)]] {
            if let Ok(a) = wenxi::analyse_bytes(bytes, &Options::default()) {
                check_spans(&a)?;
            }
        }
    }

    /// No string makes the analysis of text panic, whatever the reference date and file name; a bad
    /// reference date is an error, never a panic.
    #[test]
    fn any_text_and_options_analyse_without_panic(
        text in any_text(),
        date in reference_date(),
        file in prop::option::of(prop_oneof![Just("a.html".to_owned()), Just("a.txt".to_owned()), any::<String>()]),
    ) {
        let options = Options { reference_date: date, file, ..Options::default() };
        let valid = options.validate().is_ok();
        match wenxi::analyse_text(&text, &options) {
            Ok(a) => check_spans(&a)?,
            Err(e) => prop_assert!(!valid, "{e}"),
        }
    }
}
