//! Approximation markers around a figure: 约 近 接近 左右 (about), 超过 逾 突破 以上 (over), 不到 不足
//! 以下 (under). Markers outside the number are not part of the figure's text; 余/多 inside it
//! (100余家, 300多亿元) are read by [`inside`].

use crate::model::Approx;
use crate::text::words::{data_file, vocabulary};
use std::sync::LazyLock;

/// Markers printed right before a number, a longer word before its tail.
static BEFORE: LazyLock<Vec<(&str, Approx)>> =
    LazyLock::new(|| classed(data_file!("figures/approx-before.txt")));

/// Markers printed right after a figure.
static AFTER: LazyLock<Vec<(&str, Approx)>> =
    LazyLock::new(|| classed(data_file!("figures/approx-after.txt")));

/// Characters that, right before a one-character marker, make it part of another word: 签约 (sign),
/// 最近 (recently), 附近 (nearby), 赶超 (overtake).
static WORD_BEFORE: LazyLock<Vec<(&str, &str)>> = LazyLock::new(|| {
    vocabulary(data_file!("figures/approx-in-word.txt"))
        .map(|entry| entry.split_once('\t').expect("marker<TAB>characters"))
        .collect()
});

/// The entries of a `word<TAB>about|over|under` file.
fn classed(source: &'static str) -> Vec<(&'static str, Approx)> {
    let approximations = [Approx::About, Approx::Over, Approx::Under];
    super::classed(source, |c| approximations.into_iter().find(|a| a.as_str() == c))
}

/// The marker right before `start` in `text`, with the offset where it begins.
pub(crate) fn before(text: &str, start: usize) -> Option<(Approx, usize)> {
    let head = &text[..start];
    BEFORE.iter().find_map(|&(word, approx)| {
        let at = head.strip_suffix(word)?.len();
        let part_of_word = WORD_BEFORE.iter().any(|&(w, chars)| {
            w == word && text[..at].chars().next_back().is_some_and(|c| chars.contains(c))
        });
        (!part_of_word).then_some((approx, at))
    })
}

/// The marker right after `end` in `text`.
/// A printed "(含)" (inclusive) between the figure and the marker is skipped: 50万元（含）以上.
pub(crate) fn after(text: &str, end: usize) -> Option<Approx> {
    let rest = &text[end..];
    let rest = ["（含）", "(含)"].iter().find_map(|p| rest.strip_prefix(p)).unwrap_or(rest);
    AFTER.iter().find_map(|&(word, approx)| rest.starts_with(word).then_some(approx))
}

/// Whether `text` starts with a marker that goes before a number (小于 in 大于10小于20).
pub(crate) fn starts_marker(text: &str) -> bool {
    let text = text.trim_start_matches([' ', '\u{3000}', '并', '且', '而', '，', ',']);
    BEFORE.iter().any(|(w, _)| w.chars().count() > 1 && text.starts_with(w))
}

/// 余/多 inside a number (100余家, 300多亿元, 六百多公里), or a leading 上 (上百家): over.
pub(crate) fn inside(number: &str) -> Option<Approx> {
    (number.contains(['余', '多']) || number.starts_with('上')).then_some(Approx::Over)
}
