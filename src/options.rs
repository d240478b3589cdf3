//! How to analyse: the options every edge (CLI, wasm, library) passes to the core, validated here.

use crate::dates::Ymd;
use crate::Error;

/// Inputs larger than this are refused (a pasted article is rarely above 100 KB).
pub const DEFAULT_MAX_BYTES: usize = 8 * 1024 * 1024;

/// How to analyse.
#[derive(Debug, Clone)]
pub struct Options {
    /// Resolves relative dates (今年, 5月31日) when the page prints no date: `YYYY-MM-DD`.
    pub reference_date: Option<String>,
    /// The input's file name, copied into [`crate::Analysis::file`]; its extension hints at HTML.
    pub file: Option<String>,
    /// Inputs above this many bytes are refused with [`Error::TooLarge`].
    pub max_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options { reference_date: None, file: None, max_bytes: DEFAULT_MAX_BYTES }
    }
}

impl Options {
    /// Checks every option: [`Error::BadOption`] names the first bad one. The analyses call it, so an
    /// edge (CLI, wasm) only passes the error on; it may call it early to refuse before any work.
    ///
    /// ```
    /// let bad = wenxi::Options { reference_date: Some("2023-6-1".into()), ..Default::default() };
    /// assert_eq!(
    ///     bad.validate().unwrap_err().to_string(),
    ///     r#"bad option: the reference date must be YYYY-MM-DD, not "2023-6-1""#
    /// );
    /// ```
    pub fn validate(&self) -> Result<(), Error> {
        if let Some(d) = &self.reference_date {
            if d.len() != 10 || Ymd::parse(d).is_none() {
                let message = format!("the reference date must be YYYY-MM-DD, not {d:?}");
                return Err(Error::BadOption { message });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_dates_are_checked() {
        let with = |d: &str| Options { reference_date: Some(d.into()), ..Default::default() }.validate();
        assert!(with("2023-06-01").is_ok() && Options::default().validate().is_ok());
        for bad in ["2023-6-1", "2023-13-01", "2023-06-01T08:00", "yesterday", ""] {
            assert!(matches!(with(bad), Err(Error::BadOption { .. })), "{bad}");
        }
        let text = "成都与凉山合作建园。";
        let options = Options { reference_date: Some("2023-6-1".into()), ..Default::default() };
        assert!(matches!(crate::analyse_text(text, &options), Err(Error::BadOption { .. })));
    }
}
