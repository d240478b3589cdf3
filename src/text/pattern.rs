//! wenxi's regular expressions: every pattern of the pipeline is compiled here, once, in a `LazyLock`.
//!
//! The regex crate is built without any of its Unicode tables (43 KB less to download; see
//! Cargo.toml), so what a pattern could otherwise say with them is spelled out or refused here,
//! natively as in the browser: `\p{Han}` (alone or inside a class) means [`is_han`](super::chars::is_han)'s ideographs, the same as the
//! rest of the code counts them; `\s` (`\S`) is Unicode's white space, spelled out (so it is written
//! outside an ASCII-only group: `(?i-u:the)\s+`); a case-blind part
//! must be ASCII, written `(?i-u:…)`; a word boundary must be ASCII's, `(?-u:\b)`; any other Unicode
//! property, `(?i)`, `\w` or a Unicode `\b` is refused with a panic naming the pattern. Native test
//! builds get the full tables through other crates (proptest, globset), so without this check a
//! pattern could pass every native test and fail in the page.
//!
//! `\d` means the digits wenxi reads, ASCII and full-width (as `dates::cursor` and the figures'
//! classes do; the body's full-width digits are made ASCII at intake, a page's metadata keep theirs),
//! not every script's decimal digits, which no parser of wenxi reads (`str::parse` takes ASCII only).
//! Unicode's class has 71 ranges, and with the patterns' 97 `\d`, most of them repeated (`\d{4}`),
//! compiling them was a fifth of the regexes' start-up cost.

/// The ranges of [`is_han`](super::chars::is_han) as a regex class's items.
const HAN_RANGES: &str =
    r"\x{3400}-\x{4DBF}\x{4E00}-\x{4E27}\x{4E29}-\x{9FFF}\x{F900}-\x{FAFF}\x{20000}-\x{3134F}";

/// The digits `\d` stands for (see the module's doc), as a regex class's items.
const DIGITS: &str = "0-9０-９";

/// Unicode's White_Space characters, which `\s` stands for, as a regex class's items.
const SPACES: &str = r"\t-\r \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}";

/// `pattern` with `\p{Han}`, `\d` (`\D`) and `\s` (`\S`) spelled out as classes, inside a class too (a class
/// nested in a class is their union); other escapes, `\\` included, are kept as they are.
fn spell_out(pattern: &str) -> String {
    let mut spelled = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(at) = rest.find('\\') {
        spelled.push_str(&rest[..at]);
        let escape = &rest[at..];
        let (class, len) = if escape.starts_with(r"\p{Han}") {
            (format!("[{HAN_RANGES}]"), r"\p{Han}".len())
        } else if escape.starts_with(r"\d") {
            (format!("[{DIGITS}]"), 2)
        } else if escape.starts_with(r"\D") {
            (format!("[^{DIGITS}]"), 2)
        } else if escape.starts_with(r"\s") {
            (format!("[{SPACES}]"), 2)
        } else if escape.starts_with(r"\S") {
            (format!("[^{SPACES}]"), 2)
        } else {
            // Any other escape: the backslash and the character it escapes.
            let len = 1 + escape[1..].chars().next().map_or(0, char::len_utf8);
            (escape[..len].to_owned(), len)
        };
        spelled.push_str(&class);
        rest = &escape[len..];
    }
    spelled.push_str(rest);
    spelled
}

/// A builder for one of wenxi's own patterns (for the rare pattern that needs a setting, such as a
/// larger DFA), with `\p{Han}`, `\d` and `\s` spelled out. Panics on what the build's tables cannot
/// match.
pub(crate) fn builder(pattern: &str) -> regex::RegexBuilder {
    let pattern = spell_out(pattern);
    let ascii_boundaries = pattern.replace(r"(?-u:\b)", "");
    for needs_tables in [r"\p{", r"\P{", "(?i)", "(?i:", r"\w", r"\W", r"\b", r"\B"] {
        assert!(
            !ascii_boundaries.contains(needs_tables),
            "pattern {pattern}: `{needs_tables}` needs the regex crate's Unicode tables, left out of the \
             build (write \\p{{Han}}, an ASCII-only (?i-u:…) or (?-u:\\b), or a class)"
        );
    }
    regex::RegexBuilder::new(&pattern)
}

/// Compiles one of wenxi's own patterns (see the module's doc). Panics on an invalid pattern: the
/// patterns are the code's own.
pub(crate) fn compile(pattern: &str) -> regex::Regex {
    builder(pattern).build().unwrap_or_else(|e| panic!("invalid pattern {pattern}: {e}"))
}

/// A pattern every match of which holds one of a few characters (`marks`), compiled the first time a
/// text holding one asks it: a text without any cannot match, and one with no such line never builds
/// it (the page's start-up builds only what its warm-up article asks). Once compiled it is asked
/// straight away: an anchored pattern fails faster than a scan of the line for the marks.
pub(crate) struct Gated {
    marks: &'static [char],
    source: &'static str,
    regex: std::sync::OnceLock<regex::Regex>,
}

impl Gated {
    /// The pattern `source`, each match of which holds one of `marks`.
    pub(crate) const fn new(marks: &'static [char], source: &'static str) -> Gated {
        Gated { marks, source, regex: std::sync::OnceLock::new() }
    }

    /// The compiled pattern to ask of `text`: none while it is not compiled and `text` holds none of
    /// the marks (it cannot match there).
    fn regex_for(&self, text: &str) -> Option<&regex::Regex> {
        match self.regex.get() {
            Some(regex) => Some(regex),
            None => text.contains(self.marks).then(|| self.regex.get_or_init(|| compile(self.source))),
        }
    }

    /// Whether the pattern matches in `text` (as the compiled pattern answers).
    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.regex_for(text).is_some_and(|regex| regex.is_match(text))
    }

    /// The pattern's first match in `text` (as the compiled pattern finds it).
    pub(crate) fn find<'t>(&self, text: &'t str) -> Option<regex::Match<'t>> {
        self.regex_for(text)?.find(text)
    }

    /// The pattern's first match in `text` with its groups (as the compiled pattern finds it).
    pub(crate) fn captures<'t>(&self, text: &'t str) -> Option<regex::Captures<'t>> {
        self.regex_for(text)?.captures(text)
    }

    /// The pattern's source, for tests comparing it with the compiled pattern.
    #[cfg(test)]
    pub(crate) fn source(&self) -> &'static str {
        self.source
    }

    /// Asserts, for each of `texts`, that every match of the pattern holds a mark and that the gated
    /// pattern answers as the compiled one does (`matching`: how many of `texts` it matches).
    #[cfg(test)]
    pub(crate) fn assert_gate(&self, texts: &[&str], matching: usize) {
        let compiled = compile(self.source);
        for text in texts {
            assert!(compiled.find_iter(text).all(|m| m.as_str().contains(self.marks)), "{text}");
            assert_eq!(self.is_match(text), compiled.is_match(text), "{text}");
            assert_eq!(self.find(text).map(|m| m.range()), compiled.find(text).map(|m| m.range()), "{text}");
        }
        assert_eq!(texts.iter().filter(|t| compiled.is_match(t)).count(), matching, "{texts:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::chars::is_han;

    /// The first character (of every Unicode scalar value) that `pattern` matches alone where
    /// `expected` says it should not, or the other way round.
    fn first_mismatch(pattern: &str, expected: impl Fn(char) -> bool) -> Option<char> {
        let compiled = compile(pattern);
        (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .find(|&c| compiled.is_match(c.encode_utf8(&mut [0; 4])) != expected(c))
    }

    #[test]
    fn han_is_is_han() {
        assert_eq!(first_mismatch(r"^\p{Han}$", is_han), None);
        assert!(compile(r"^[\p{Han}/、]{3}$").is_match("园/区") && !compile(r"^[\p{Han}]$").is_match("a"));
        assert!(compile(r"(?i-u:app)下载").is_match("下载 APP下载"));
    }

    /// `\d` is an ASCII or full-width digit, alone or in a class; `\D` is any other character.
    #[test]
    fn digits_are_ascii_and_full_width() {
        let is_digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
        assert_eq!(first_mismatch(r"^\d$", is_digit), None);
        assert_eq!(first_mismatch(r"^\D$", |c| !is_digit(c)), None);
        assert_eq!(first_mismatch(r"^[\d/]$", |c| is_digit(c) || c == '/'), None);
        // An escaped backslash before a `d` is a backslash and a letter.
        assert!(compile(r"^\\d$").is_match(r"\d") && !compile(r"^\\d$").is_match("\\7"));
        assert_eq!(spell_out(r"\p{Han}\d\.\\d"), format!(r"[{HAN_RANGES}][{DIGITS}]\.\\d"));
    }

    /// `\s` is Unicode's white space (Rust's `char::is_whitespace`), alone or in a class; `\S` any
    /// other character.
    #[test]
    fn spaces_are_unicode_white_space() {
        assert_eq!(first_mismatch(r"^\s$", char::is_whitespace), None);
        assert_eq!(first_mismatch(r"^\S$", |c| !c.is_whitespace()), None);
        assert_eq!(first_mismatch(r"^[^\s,]$", |c| !c.is_whitespace() && c != ','), None);
    }

    #[test]
    #[should_panic(expected = "needs the regex crate's Unicode tables")]
    fn unicode_case_is_refused() {
        compile(r"(?i)app下载");
    }

    /// A Unicode word boundary needs `\w`'s table; ASCII's is written `(?-u:\b)`.
    #[test]
    #[should_panic(expected = "needs the regex crate's Unicode tables")]
    fn unicode_word_boundary_is_refused() {
        compile(r"\bapp\b");
    }

    #[test]
    fn ascii_word_boundary_is_allowed() {
        assert!(compile(r"(?-u:\b)av(?-u:\b)").is_match("看av片"));
    }

    /// Every pattern goes through [`compile`] or [`builder`], so that the check above sees it.
    #[test]
    fn no_pattern_compiled_elsewhere() {
        fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).expect("src is readable") {
                let path = entry.expect("a directory entry").path();
                if path.is_dir() {
                    walk(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("text/pattern.rs") {
                    let text = std::fs::read_to_string(&path).expect("a source file");
                    if text.contains("Regex::new(") || text.contains("RegexBuilder::new(") {
                        found.push(path.display().to_string());
                    }
                }
            }
        }
        let mut found = Vec::new();
        walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut found);
        assert_eq!(found, Vec::<String>::new(), "compile these files' patterns with text::pattern");
    }
}
