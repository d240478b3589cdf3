//! The wasm-bindgen API: one call per analysis, bytes or text in, one result out.

use wasm_bindgen::prelude::*;

/// Analyses a pasted text. `options` is `{ referenceDate?: "YYYY-MM-DD", file?: string }` or undefined.
#[wasm_bindgen(js_name = analyseText)]
pub fn analyse_text(text: &str, reference_date: Option<String>) -> Result<JsValue, JsError> {
    let options = crate::Options { reference_date, ..Default::default() };
    let analysis = crate::analyse_text(text, &options).map_err(|e| JsError::new(&e.to_string()))?;
    serde_wasm_bindgen::to_value(&analysis).map_err(|e| JsError::new(&e.to_string()))
}
