//! The Python extension `wenxi._wenxi`: the core's analysis as JSON text, with the GIL released while
//! it runs. The package `wenxi` (python/wenxi/__init__.py) wraps it: `analyse` and `analyse_many`
//! return the contract's dicts.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use std::sync::atomic::{AtomicUsize, Ordering};

/// One input, copied out of its Python object so that the analysis can run without the GIL.
enum Article {
    Text(String),
    Bytes(Vec<u8>),
}

impl Article {
    fn extract(input: &Bound<'_, PyAny>) -> PyResult<Self> {
        if let Ok(text) = input.downcast::<PyString>() {
            Ok(Article::Text(text.to_cow()?.into_owned()))
        } else if let Ok(bytes) = input.downcast::<PyBytes>() {
            Ok(Article::Bytes(bytes.as_bytes().to_vec()))
        } else if let Ok(bytes) = input.extract::<Vec<u8>>() {
            // bytearray, memoryview
            Ok(Article::Bytes(bytes))
        } else {
            Err(PyTypeError::new_err("wenxi: an article is str or bytes"))
        }
    }

    /// The analysis as the contract's JSON, or the core's refusal as (code, message).
    fn analyse(&self, options: &wenxi::Options) -> Result<String, (&'static str, String)> {
        let analysis = match self {
            Article::Text(text) => wenxi::analyse_text(text, options),
            Article::Bytes(bytes) => wenxi::analyse_bytes(bytes, options),
        };
        let analysis = analysis.map_err(|e| (e.code(), e.to_string()))?;
        Ok(serde_json::to_string(&analysis).expect("an analysis serialises"))
    }
}

/// The core's options, validated (a bad reference date is a ValueError before any analysis).
fn options(reference_date: Option<String>, file: Option<String>) -> PyResult<wenxi::Options> {
    let options = wenxi::Options { reference_date, file, ..Default::default() };
    options.validate().map_err(|e| PyValueError::new_err(e.to_string()))?;
    Ok(options)
}

/// `analyse_json(input, reference_date=None, file=None)`: the analysis as JSON text, or a
/// `(code, message)` tuple for an input the core refuses.
#[pyfunction]
#[pyo3(signature = (input, reference_date=None, file=None))]
fn analyse_json(
    py: Python<'_>,
    input: &Bound<'_, PyAny>,
    reference_date: Option<String>,
    file: Option<String>,
) -> PyResult<PyObject> {
    let options = options(reference_date, file)?;
    let article = Article::extract(input)?;
    let result = py.allow_threads(|| article.analyse(&options));
    answer(py, result)
}

/// `analyse_json_many(inputs, jobs, reference_date=None)`: `analyse_json` of each `(file, input)` of a
/// list, on `jobs` threads without the GIL, in the list's order.
#[pyfunction]
#[pyo3(signature = (inputs, jobs, reference_date=None))]
fn analyse_json_many(
    py: Python<'_>,
    inputs: Vec<(Option<String>, Bound<'_, PyAny>)>,
    jobs: usize,
    reference_date: Option<String>,
) -> PyResult<Vec<PyObject>> {
    let options = options(reference_date, None)?;
    let articles = inputs
        .iter()
        .map(|(file, input)| Ok((file.clone(), Article::extract(input)?)))
        .collect::<PyResult<Vec<_>>>()?;
    let results = py.allow_threads(|| {
        let run = |(file, article): &(Option<String>, Article)| {
            article.analyse(&wenxi::Options { file: file.clone(), ..options.clone() })
        };
        let next = AtomicUsize::new(0);
        let mut results: Vec<Option<Result<String, (&'static str, String)>>> = Vec::new();
        results.resize_with(articles.len(), || None);
        let done = std::sync::Mutex::new(results);
        std::thread::scope(|scope| {
            for _ in 0..jobs.clamp(1, articles.len().max(1)) {
                scope.spawn(|| loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(article) = articles.get(i) else { break };
                    let result = run(article);
                    done.lock().expect("no thread panicked")[i] = Some(result);
                });
            }
        });
        done.into_inner().expect("no thread panicked")
    });
    results.into_iter().map(|r| answer(py, r.expect("every article analysed"))).collect()
}

/// JSON text as a `str`, a refusal as a `(code, message)` tuple.
fn answer(py: Python<'_>, result: Result<String, (&'static str, String)>) -> PyResult<PyObject> {
    Ok(match result {
        Ok(json) => json.into_pyobject(py)?.into_any().unbind(),
        Err(refusal) => refusal.into_pyobject(py)?.into_any().unbind(),
    })
}

/// The extension module: `analyse_json`, `analyse_json_many` and `__version__`.
#[pymodule]
fn _wenxi(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyse_json, m)?)?;
    m.add_function(wrap_pyfunction!(analyse_json_many, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("MAX_BYTES", wenxi::DEFAULT_MAX_BYTES)?;
    Ok(())
}
