//! Intake: bytes to text ([`decode`]), HTML to text lines ([`html`]), and the normalisation of what the
//! user sees ([`normalise`]).

pub mod html;
pub mod normalise;

use crate::Error;

/// Decoded input text.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// The encoding's name as reported in `input.encoding`.
    pub encoding: &'static str,
    /// E.g. malformed bytes replaced.
    pub warnings: Vec<String>,
}

/// Decodes bytes: BOM, else strict UTF-8, else a detected legacy encoding.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Error> {
    // Placeholder until the intake issue: UTF-8 with replacement.
    let (text, malformed) = match std::str::from_utf8(bytes) {
        Ok(t) => (t.to_owned(), false),
        Err(_) => (String::from_utf8_lossy(bytes).into_owned(), true),
    };
    let mut warnings = Vec::new();
    if malformed {
        warnings.push("malformed bytes were replaced with U+FFFD".to_owned());
    }
    Ok(Decoded { text: text.trim_start_matches('\u{feff}').to_owned(), encoding: "UTF-8", warnings })
}

/// Whether the input was plain text or an HTML page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
}

impl Format {
    /// The contract's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
        }
    }
}

/// Metadata hints an HTML page gives outside its text (`<title>`, `<meta>`, `<time>`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hints {
    pub title: Option<String>,
    pub source: Option<String>,
    pub published: Option<String>,
    pub authors: Vec<String>,
}

/// A page ready for cleaning: normalised text, one block or line per `\n`.
#[derive(Debug, Clone)]
pub struct Page {
    pub format: Format,
    pub text: String,
    pub hints: Hints,
}

/// Turns decoded text (plain or HTML) into normalised lines. `file` is the input's name, if any.
pub fn read_page(text: &str, file: Option<&str>) -> Page {
    let _ = file;
    Page { format: Format::Text, text: normalise::normalise(text), hints: Hints::default() }
}
