//! Passages a page prints twice: a sentence repeated verbatim (after the cleaner folded repeated
//! paragraphs) gives its figures and dates once.

use super::bounds::ends_sentence;
use super::Span;
use rustc_hash::FxHashSet;

/// Sentences of at least this many characters that the text prints again verbatim are one passage:
/// their figures and dates are listed once (the page repeated them; they are not new facts).
const REPEAT_MIN_CHARS: usize = 20;

/// A sentence without the dateline or tag in brackets that may open it ((新加坡31日讯), 【本报讯】): a
/// page that prints a paragraph again drops its dateline.
fn without_opening_brackets(sentence: &str) -> &str {
    let close = match sentence.chars().next() {
        Some('(' | '（') => [')', '）'],
        Some('【') => ['】'; 2],
        Some('〔') => ['〕'; 2],
        _ => return sentence,
    };
    match sentence.find(close) {
        Some(end) if sentence[..end].chars().count() <= 30 => {
            sentence[end..].trim_start_matches(close).trim_start()
        }
        _ => sentence,
    }
}

/// The spans of sentences that repeat an earlier sentence verbatim (an opening dateline in brackets
/// aside).
pub fn sentences(text: &str) -> Vec<Span> {
    let mut seen = FxHashSet::default();
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if ends_sentence(c) || i + c.len_utf8() == text.len() {
            let end = i + c.len_utf8();
            let sentence = without_opening_brackets(text[start..end].trim());
            if sentence.chars().count() >= REPEAT_MIN_CHARS && !seen.insert(sentence) {
                out.push(start..end);
            }
            start = end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_sentences_are_found() {
        let s = "园区实现工业总产值67亿元，较去年同期增长109%。别的话。园区实现工业总产值67亿元，较去年同期增长109%。";
        let r = sentences(s);
        assert_eq!(r.len(), 1);
        assert!(s[r[0].clone()].starts_with("园区"));
    }

    #[test]
    fn a_repeated_sentence_may_drop_its_dateline() {
        let s = "（新加坡5日讯）据经济局公布的数据，化学工业占比为12.5%。别的话。据经济局公布的数据，化学工业占比为12.5%。";
        assert_eq!(sentences(s).len(), 1);
    }
}
