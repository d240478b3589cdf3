//! Intake: bytes to text ([`decode`]), HTML to text lines (`html.rs`), and the normalisation of what the
//! user sees (`normalise.rs`). The rules are in docs/intake.md.

mod decode;
mod html;
mod normalise;

pub use decode::decode;

use crate::model::Warning;

/// Decoded input text.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// The encoding's name as reported in `input.encoding`.
    pub encoding: &'static str,
    /// E.g. malformed bytes replaced.
    pub warnings: Vec<Warning>,
}

pub use crate::model::Format;

/// File name extensions of the articles wenxi reads: plain text, then HTML pages (an HTML extension
/// makes the input HTML; without one, the content decides). The page offers and accepts these.
pub const FILE_EXTENSIONS: &[&str] = &["txt", "text", "html", "htm", "xhtml", "shtml"];

/// The extensions of [`FILE_EXTENSIONS`] that name HTML pages.
pub(crate) const HTML_EXTENSIONS: &[&str] = &["html", "htm", "xhtml", "shtml"];

/// Metadata hints an HTML page gives outside its text (`<title>`, `<meta>`, `<time>`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hints {
    /// The `<title>` element (often "headline_site name").
    pub page_title: Option<String>,
    /// `og:title` and similar: the headline itself.
    pub title: Option<String>,
    /// `<meta name="source">`.
    pub source: Option<String>,
    /// `article:published_time`, `publishdate`, `<time datetime>` … as given.
    pub published: Option<String>,
    /// `<meta name="author">`.
    pub authors: Vec<String>,
}

/// A page ready for cleaning: normalised text, one block or line per `\n`.
#[derive(Debug, Clone)]
pub struct Page {
    /// Plain text or HTML.
    pub format: Format,
    /// The normalised text.
    pub text: String,
    /// Metadata hints from HTML markup (empty for plain text).
    pub hints: Hints,
    /// What normalisation had to tell (damaged characters …).
    pub warnings: Vec<Warning>,
}

/// Turns decoded text (plain or HTML) into normalised lines. `file` is the input's name, if any: an
/// `.html` extension makes it HTML, as does content made of tags.
pub fn read_page(text: &str, file: Option<&str>) -> Page {
    let (format, text, hints) = if html::is_html(text, file) {
        let (text, hints) = html::to_text(text);
        (Format::Html, text, hints)
    } else {
        (Format::Text, text.to_owned(), Hints::default())
    };
    let normalised = normalise::normalise(&text);
    Page { format, text: normalised.text, hints, warnings: normalised.warnings }
}
