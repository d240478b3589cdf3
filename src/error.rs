use std::fmt;

/// Why an input could not be analysed. Everything else (malformed bytes, odd layout) is analysed
/// anyway and reported in [`crate::Analysis::warnings`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The bytes are not text (a PDF, an image, an archive, NUL-heavy data).
    NotText {
        /// What it looks like instead, e.g. "a PDF document".
        reason: String,
    },
    /// The input is larger than [`crate::Options::max_bytes`].
    TooLarge {
        /// The input's size.
        bytes: usize,
        /// The limit in force.
        limit: usize,
    },
    /// An option has a bad value (e.g. a reference date that is not YYYY-MM-DD).
    BadOption {
        /// What is wrong.
        message: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotText { reason } => write!(f, "not a text file: {reason}"),
            Error::TooLarge { bytes, limit } => write!(
                f,
                "input too large: {:.1} MB (the limit is {:.1} MB)",
                *bytes as f64 / 1_048_576.0,
                *limit as f64 / 1_048_576.0
            ),
            Error::BadOption { message } => write!(f, "bad option: {message}"),
        }
    }
}

impl Error {
    /// A stable code for the kind of refusal, for a reader that words it in its own language (the
    /// page translates it): `not-text`, `too-large` or `bad-option`.
    pub fn code(&self) -> &'static str {
        match self {
            Error::NotText { .. } => "not-text",
            Error::TooLarge { .. } => "too-large",
            Error::BadOption { .. } => "bad-option",
        }
    }
}

impl std::error::Error for Error {}
