//! The JavaScript API (wasm-bindgen), compiled only for wasm32.
//!
//! ```js
//! import init, { analyseText, analyseBytes, toMarkdown, toCsv, maxBytes, fileExtensions, version } from "./pkg/wenxi.js";
//! await init();
//! const a = analyseText("园区实现工业总产值67亿元，同比增长109%。", { referenceDate: "2011-07-01" });
//! a.body.slice(a.figures[0].start, a.figures[0].end); // "67亿元"
//! ```
//!
//! Results are plain JS objects shaped as the contract (`docs/CONTRACT.md`): absent values are `null`,
//! offsets are UTF-16 code units, so `body.slice(start, end) === text`. The TypeScript types
//! (`Analysis`, `Figure` … and `AnalyseOptions`) come from the model through tsify. An input the core
//! refuses (binary data, too large, a bad option) throws a JS `Error` whose message is the core's
//! [`crate::Error`] text and whose `code` is [`crate::Error::code`] (`not-text`, `too-large`,
//! `bad-option`), with the parameters a translation needs: `reason` and `looksLike` (`a PNG image`)
//! for `not-text`, `bytes` and `limit` for `too-large`. This is the only place where core errors
//! become exceptions.

use crate::model::Analysis;
use serde::{Deserialize, Serialize};
use tsify::{Ts, Tsify};
use wasm_bindgen::prelude::*;

/// The options of `analyseText` and `analyseBytes`; every field may be left out.
#[derive(Debug, Default, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct AnalyseOptions {
    /// Resolves relative dates (今年, 5月31日) when the page prints no date: `YYYY-MM-DD`.
    #[tsify(optional)]
    pub reference_date: Option<String>,
    /// The input's file name, copied into `Analysis.file`; an `.html` extension hints at HTML.
    #[tsify(optional)]
    pub file: Option<String>,
}

impl AnalyseOptions {
    /// The core's options, validated by the core (a bad reference date is a JS error, as in the CLI).
    fn into_core(options: Option<Ts<Self>>) -> Result<crate::Options, JsValue> {
        let AnalyseOptions { reference_date, file } = match options {
            Some(o) => serde_wasm_bindgen::from_value(o.into())
                .map_err(|e| js_error(&crate::Error::BadOption { message: e.to_string() }))?,
            None => Self::default(),
        };
        let options = crate::Options { reference_date, file, ..Default::default() };
        options.validate().map_err(|e| js_error(&e))?;
        Ok(options)
    }
}

/// A refusal of the core as a JS `Error` with its code and parameters (see the module's docs).
fn js_error(error: &crate::Error) -> JsValue {
    let js = js_sys::Error::new(&error.to_string());
    let set = |key: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(&js, &JsValue::from_str(key), &value);
    };
    set("code", error.code().into());
    match error {
        crate::Error::NotText { reason } => {
            set("reason", reason.as_str().into());
            if let Some(what) = reason.strip_prefix("it looks like ") {
                set("looksLike", what.into());
            }
        }
        crate::Error::TooLarge { bytes, limit } => {
            set("bytes", (*bytes as f64).into());
            set("limit", (*limit as f64).into());
        }
        crate::Error::BadOption { message } => set("reason", message.as_str().into()),
    }
    js.into()
}

/// The language of a rendering: `"en"` (or left out) or `"zh"`.
fn lang(lang: Option<String>) -> Result<crate::report::Lang, JsValue> {
    lang.map_or(Ok(crate::report::Lang::En), |l| l.parse().map_err(|e| js_error(&e)))
}

/// Analyses raw bytes in any supported encoding (a dropped file).
#[wasm_bindgen(js_name = analyseBytes)]
pub fn analyse_bytes(bytes: &[u8], options: Option<Ts<AnalyseOptions>>) -> Result<Ts<Analysis>, JsValue> {
    let analysis =
        crate::analyse_bytes(bytes, &AnalyseOptions::into_core(options)?).map_err(|e| js_error(&e))?;
    Ok(to_js(&analysis)?)
}

/// Analyses text that is already decoded (a paste).
#[wasm_bindgen(js_name = analyseText)]
pub fn analyse_text(text: &str, options: Option<Ts<AnalyseOptions>>) -> Result<Ts<Analysis>, JsValue> {
    let analysis =
        crate::analyse_text(text, &AnalyseOptions::into_core(options)?).map_err(|e| js_error(&e))?;
    Ok(to_js(&analysis)?)
}

/// The structured summary of an analysis as Markdown (what `wenxi analyse --format md` prints), in
/// `lang`: `"en"` (the default) or `"zh"` (`--lang zh`).
#[wasm_bindgen(js_name = toMarkdown)]
pub fn to_markdown(analysis: Ts<Analysis>, lang: Option<String>) -> Result<String, JsValue> {
    let lang = self::lang(lang)?;
    Ok(crate::report::markdown_in(&from_js(analysis)?, lang))
}

/// The figures of an analysis as CSV, header line included (`wenxi analyse --format csv`), in `lang`
/// as [`to_markdown`].
#[wasm_bindgen(js_name = toCsv)]
pub fn to_csv(analysis: Ts<Analysis>, lang: Option<String>) -> Result<String, JsValue> {
    let lang = self::lang(lang)?;
    let analysis = from_js(analysis)?;
    Ok(format!("{}{}", crate::report::csv_header(lang), crate::report::csv_rows_in(&analysis, lang)))
}

/// The units' names in `lang` (`"zh"`: `{ CNY: "元", km: "公里", mu: "亩", … }`; `"en"`: the codes).
#[wasm_bindgen(js_name = unitNames)]
pub fn unit_names(lang: Option<String>) -> Result<JsValue, JsValue> {
    let names = js_sys::Object::new();
    for (code, name) in crate::report::unit_names(self::lang(lang)?) {
        js_sys::Reflect::set(&names, &code.into(), &name.into())?;
    }
    Ok(names.into())
}

/// Builds the core's tables now rather than on the first analysis (see [`crate::warm_up`]); the page's
/// worker calls it before it reports "ready".
#[wasm_bindgen(js_name = warmUp)]
pub fn warm_up() {
    crate::warm_up();
}

/// The largest input the analysis takes, in bytes: the file's bytes for `analyseBytes`, the text's
/// UTF-8 bytes for `analyseText` ([`crate::DEFAULT_MAX_BYTES`]). A larger input throws
/// `input too large`; the page's worker sends this number with its "ready" message, so that the page
/// refuses such an input itself, with its own message, before reading or sending it.
#[wasm_bindgen(js_name = maxBytes)]
pub fn max_bytes() -> usize {
    crate::DEFAULT_MAX_BYTES
}

/// The file name extensions of the articles the core reads (`txt`, `html` …, without the dot): the
/// page's file picker offers these, and a dropped file with another name is refused unless the
/// browser says it is text.
#[wasm_bindgen(js_name = fileExtensions)]
pub fn file_extensions() -> Vec<String> {
    crate::intake::FILE_EXTENSIONS.iter().map(|e| e.to_string()).collect()
}

/// The version of the wenxi package (the result format has its own: `Analysis.version`).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// Converts a result to a JS object the way `JSON.parse` of the CLI's output would build it
/// (`null` for absent values, plain objects, numbers).
fn to_js(analysis: &Analysis) -> Result<Ts<Analysis>, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let value = analysis.serialize(&serializer).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(Ts::new_unchecked(value))
}

/// Reads back an analysis given to `toMarkdown` / `toCsv`.
fn from_js(analysis: Ts<Analysis>) -> Result<Analysis, JsValue> {
    serde_wasm_bindgen::from_value(analysis.into())
        .map_err(|e| JsError::new(&format!("not an analysis: {e}")).into())
}
