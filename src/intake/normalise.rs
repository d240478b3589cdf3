//! Normalisation of the text the user sees.

/// Placeholder: line endings only.
pub fn normalise(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}
