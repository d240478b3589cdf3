//! Passages a page prints twice: a sentence repeated verbatim (after the cleaner folded repeated
//! paragraphs) gives its figures and dates once.

use super::spans::Spans;
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

/// The sentences ([`super::bounds::sentences`]) that repeat an earlier sentence verbatim, an
/// opening dateline in brackets aside.
pub fn sentences(text: &str) -> Spans {
    let mut seen = FxHashSet::default();
    let repeated = super::bounds::sentences(text).filter(|span| {
        let sentence = without_opening_brackets(text[span.clone()].trim());
        sentence.chars().count() >= REPEAT_MIN_CHARS && !seen.insert(sentence)
    });
    Spans::new(repeated.collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_sentences_are_found() {
        let s = "园区实现工业总产值67亿元，较去年同期增长109%。别的话。园区实现工业总产值67亿元，较去年同期增长109%。";
        let r = sentences(s);
        let second = s.rfind("园区").unwrap();
        assert!(r.contains(&(second..s.len())) && !r.overlaps(&(0..second)));
    }

    #[test]
    fn a_repeated_sentence_may_drop_its_dateline() {
        let s = "（新加坡5日讯）据经济局公布的数据，化学工业占比为12.5%。别的话。据经济局公布的数据，化学工业占比为12.5%。";
        let r = sentences(s);
        let second = s.rfind("据经济局").unwrap();
        assert!(r.contains(&(second..s.len())) && !r.overlaps(&(0..second)));
    }
}
