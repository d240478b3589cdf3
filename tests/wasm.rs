//! The JavaScript API in headless Chromium: `npm test` runs these with wasm-bindgen-test-runner
//! (`scripts/test.sh`); natively this file is empty.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Reflect};
use tsify::Ts;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use wenxi::model::Analysis;
use wenxi::wasm::{
    analyse_bytes, analyse_text, max_bytes, to_csv, to_markdown, version, warm_up, AnalyseOptions,
};

wasm_bindgen_test_configure!(run_in_browser);

const SEEDS: [&str; 5] = [
    include_str!("data/seeds/000-chengdu-liangshan.txt"),
    include_str!("data/seeds/001-ganmei.txt"),
    include_str!("data/seeds/002-kunming-mohan.txt"),
    include_str!("data/seeds/003-mianyang.txt"),
    include_str!("data/seeds/004-ziyang.txt"),
];

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &key.into()).unwrap_or_else(|_| panic!("no {key}"))
}

/// The message of the JS `Error` an API call threw.
fn error_message<T: std::fmt::Debug>(result: Result<T, JsValue>) -> String {
    let error: js_sys::Error = result.expect_err("the call should fail").dyn_into().expect("a JS Error");
    error.message().into()
}

/// The `code` of the JS `Error` an API call threw (the page translates it).
fn error_code<T: std::fmt::Debug>(result: Result<T, JsValue>) -> Option<String> {
    get(&result.expect_err("the call should fail"), "code").as_string()
}

/// `{ referenceDate, file }` built in JS, read the way a JS caller's options are.
fn js_options(reference_date: &str, file: &str) -> Option<Ts<AnalyseOptions>> {
    let object = js_sys::Object::new();
    Reflect::set(&object, &"referenceDate".into(), &reference_date.into()).unwrap();
    Reflect::set(&object, &"file".into(), &file.into()).unwrap();
    Some(Ts::new_unchecked(object.into()))
}

/// An analysis as the JS caller sees it.
fn analyse(text: &str, options: Option<Ts<AnalyseOptions>>) -> JsValue {
    analyse_text(text, options).expect("analysis").into()
}

/// The page warms the core up before it says ready: that builds tables, it must not change answers.
#[wasm_bindgen_test]
fn warming_up_changes_no_analysis() {
    let json = || {
        js_sys::JSON::stringify(&analyse(SEEDS[1], None))
            .expect("an analysis is JSON")
            .as_string()
            .expect("a string")
    };
    let before = json();
    warm_up();
    warm_up();
    assert_eq!(json(), before);
}

#[wasm_bindgen_test]
fn a_seed_article_analyses_to_the_contract_shape() {
    let analysis = analyse(SEEDS[0], None);
    assert_eq!(get(&analysis, "version").as_f64(), Some(1.0));
    assert_eq!(get(&get(&analysis, "input"), "encoding").as_string().as_deref(), Some("UTF-8"));
    let body = get(&analysis, "body").as_string().expect("body is a string");
    assert!(body.contains("67亿元"), "{body}");
    for list in ["removed", "figures", "dates", "entities", "warnings"] {
        assert!(Array::is_array(&get(&analysis, list)), "{list} is an array");
    }
    assert!(Array::is_array(&get(&get(&analysis, "summary"), "key_figures")));
}

#[wasm_bindgen_test]
fn absent_values_are_null_as_in_json() {
    let analysis = analyse("园区实现工业总产值67亿元。", None);
    let title = get(&get(&analysis, "meta"), "title");
    assert!(title.is_null(), "{title:?}");
}

#[wasm_bindgen_test]
fn options_come_from_a_js_object() {
    let options = js_options("2011-07-01", "paste.txt");
    let analysis: JsValue =
        analyse_bytes("今年上半年增长109%。".as_bytes(), options).expect("analysis").into();
    assert_eq!(get(&analysis, "file").as_string().as_deref(), Some("paste.txt"));
}

#[wasm_bindgen_test]
fn a_bad_reference_date_is_a_js_error() {
    let message = error_message(analyse_text("增长109%。", js_options("2011/07/01", "a.txt")));
    assert!(message.starts_with("bad option: the reference date must be YYYY-MM-DD"), "{message}");
    let code = error_code(analyse_text("增长109%。", js_options("2011/07/01", "a.txt")));
    assert_eq!(code.as_deref(), Some("bad-option"));
}

/// `maxBytes()`, which the page takes its size limit from, is the limit the analysis enforces.
#[wasm_bindgen_test]
fn too_large_an_input_is_a_js_error() {
    assert_eq!(max_bytes(), wenxi::DEFAULT_MAX_BYTES);
    let bytes = vec![b'a'; max_bytes() + 1];
    let message = error_message(analyse_bytes(&bytes, None));
    assert!(message.starts_with("input too large"), "{message}");
    let text = "a".repeat(max_bytes() + 1);
    let message = error_message(analyse_text(&text, None));
    assert!(message.starts_with("input too large"), "{message}");
    let error = analyse_bytes(&bytes, None).expect_err("too large");
    assert_eq!(get(&error, "code").as_string().as_deref(), Some("too-large"));
    assert_eq!(get(&error, "limit").as_f64(), Some(max_bytes() as f64));
}

#[wasm_bindgen_test]
fn binary_input_is_a_js_error_with_the_core_message() {
    let mut pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n".to_vec();
    pdf.extend((0..2048u32).map(|i| (i * 7 % 256) as u8));
    let message = error_message(analyse_bytes(&pdf, None));
    assert!(message.starts_with("not a text file"), "{message}");
    let error = analyse_bytes(&pdf, None).expect_err("not text");
    assert_eq!(get(&error, "code").as_string().as_deref(), Some("not-text"));
    assert_eq!(get(&error, "looksLike").as_string().as_deref(), Some("a PDF document"));
}

/// Every span of figures, dates and entities, sliced from `body` by JS's own `String.slice`.
fn assert_spans_slice_right(analysis: &JsValue) -> usize {
    let body: JsString = get(analysis, "body").dyn_into().expect("body is a string");
    let mut checked = 0;
    for list in ["figures", "dates", "entities"] {
        for item in Array::from(&get(analysis, list)).iter() {
            let start = get(&item, "start").as_f64().expect("start") as u32;
            let end = get(&item, "end").as_f64().expect("end") as u32;
            let text = get(&item, "text").as_string().expect("text");
            assert_eq!(String::from(body.slice(start, end)), text, "{list} {start}..{end}");
            checked += 1;
        }
    }
    checked
}

#[wasm_bindgen_test]
fn offsets_slice_right_in_js() {
    // Characters outside the BMP (two UTF-16 units each) before the figures shift byte and
    // UTF-16 offsets apart.
    let paste = "𠮷𡈽工业园区：2011年上半年实现工业总产值67亿元，同比增长109%，引进企业40家。";
    let mut checked = assert_spans_slice_right(&analyse(paste, None));
    for seed in SEEDS {
        checked += assert_spans_slice_right(&analyse(seed, None));
    }
    console_log!("{checked} spans sliced right");
}

#[wasm_bindgen_test]
fn csv_and_markdown_render_a_js_analysis() {
    let analysis = analyse(SEEDS[0], js_options("2011-07-01", "000.txt"));
    let csv = to_csv(Ts::new_unchecked(analysis.clone()), None).expect("csv");
    assert!(csv.starts_with(wenxi::report::CSV_HEADER), "{csv}");
    let figures = Array::from(&get(&analysis, "figures")).length() as usize;
    assert_eq!(csv.lines().count(), 1 + figures, "{csv}");
    let markdown = to_markdown(Ts::new_unchecked(analysis.clone()), None).expect("markdown");
    assert!(markdown.starts_with("# "), "{markdown}");
    let csv = to_csv(Ts::new_unchecked(analysis.clone()), Some("zh".into())).expect("csv");
    assert!(csv.starts_with(wenxi::report::csv_header(wenxi::report::Lang::Zh)), "{csv}");
    let markdown = to_markdown(Ts::new_unchecked(analysis), Some("zh".into())).expect("markdown");
    assert!(markdown.contains("## 关键数字"), "{markdown}");
}

#[wasm_bindgen_test]
fn something_that_is_not_an_analysis_is_refused() {
    let not_analysis: Ts<Analysis> = Ts::new_unchecked(JsValue::from_str("67亿元"));
    let message = error_message(to_csv(not_analysis, None));
    assert!(message.starts_with("not an analysis"), "{message}");
}

#[wasm_bindgen_test]
fn version_is_the_package_version() {
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}
