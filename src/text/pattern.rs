//! wenxi's regular expressions: every pattern of the pipeline is compiled here, once, in a `LazyLock`.
//!
//! The regex crate is built without its Unicode script and case tables (28 KB less to download; see
//! Cargo.toml), so two things a pattern could otherwise say are spelled out or refused here, natively
//! as in the browser: `\p{Han}` (alone or inside a class) means [`is_han`](super::chars::is_han)'s ideographs, the same as the
//! rest of the code counts them; a case-blind part must be ASCII, written `(?i-u:…)`, and any other
//! Unicode property or `(?i)` is refused with a panic naming the pattern. Native test builds get the
//! full tables through other crates (proptest, globset), so without this check a pattern could pass
//! every native test and fail in the page.

/// The ranges of [`is_han`](super::chars::is_han) as a regex class's items.
const HAN_RANGES: &str = r"\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}\x{F900}-\x{FAFF}\x{20000}-\x{3134F}";

/// A builder for one of wenxi's own patterns (for the rare pattern that needs a setting, such as a
/// larger DFA), with `\p{Han}` spelled out. Panics on what the build's tables cannot match.
pub(crate) fn builder(pattern: &str) -> regex::RegexBuilder {
    let pattern = pattern.replace(r"\p{Han}", &format!("[{HAN_RANGES}]"));
    for needs_tables in [r"\p{", r"\P{", "(?i)", "(?i:"] {
        assert!(
            !pattern.contains(needs_tables),
            "pattern {pattern}: `{needs_tables}` needs the regex crate's Unicode tables, left out of the \
             build (write \\p{{Han}} or an ASCII-only (?i-u:…))"
        );
    }
    regex::RegexBuilder::new(&pattern)
}

/// Compiles one of wenxi's own patterns (see the module's doc). Panics on an invalid pattern: the
/// patterns are the code's own.
pub(crate) fn compile(pattern: &str) -> regex::Regex {
    builder(pattern).build().unwrap_or_else(|e| panic!("invalid pattern {pattern}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::chars::is_han;

    #[test]
    fn han_is_is_han() {
        let han = compile(r"^\p{Han}$");
        let mismatch = (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .find(|&c| han.is_match(c.encode_utf8(&mut [0; 4])) != is_han(c));
        assert_eq!(mismatch, None);
        assert!(compile(r"^[\p{Han}/、]{3}$").is_match("园/区") && !compile(r"^[\p{Han}]$").is_match("a"));
        assert!(compile(r"(?i-u:app)下载").is_match("下载 APP下载"));
    }

    #[test]
    #[should_panic(expected = "needs the regex crate's Unicode tables")]
    fn unicode_case_is_refused() {
        compile(r"(?i)app下载");
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
