//! Approximation markers around a figure: 约 近 接近 左右 (about), 超过 逾 突破 以上 (over), 不到 不足
//! 以下 (under). Markers outside the number are not part of the figure's text; 余/多 inside it
//! (100余家, 300多亿元) are read by [`inside`].

use crate::model::Approx;
use crate::text::chars::among;
use crate::text::words::{data_file, vocabulary};
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// Markers by the character that touches the number (see [`super::by_edge`]).
type ByEdge = FxHashMap<char, Vec<(&'static str, Approx)>>;

/// Markers printed right before a number (`data/figures/approx-before.txt`), a longer word before its tail.
pub(crate) static MARKERS_BEFORE: LazyLock<Vec<(&'static str, Approx)>> =
    LazyLock::new(|| classed(data_file!("figures/approx-before.txt")));

/// [`MARKERS_BEFORE`] by their last character.
static BEFORE: LazyLock<ByEdge> = LazyLock::new(|| {
    super::by_edge(MARKERS_BEFORE.iter().copied(), |(w, _)| w.chars().next_back().expect("a marker"))
});

/// Markers printed right after a figure; by their first character.
static AFTER: LazyLock<ByEdge> = LazyLock::new(|| {
    let markers = classed(data_file!("figures/approx-after.txt"));
    super::by_edge(markers, |(w, _)| w.chars().next().expect("a marker"))
});

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

/// Spaces a marker may be printed with (小于 或 等于100, 170 之下).
const SPACES: [char; 3] = [' ', '\u{3000}', '\t'];

/// Where `word` begins when `head` ends with it, spaces allowed between its characters (小于 或 等于).
fn spaced_suffix(head: &str, word: &str) -> Option<usize> {
    let mut rest = head;
    for (i, c) in word.chars().rev().enumerate() {
        if i > 0 {
            rest = rest.trim_end_matches(SPACES);
        }
        rest = rest.strip_suffix(c)?;
    }
    Some(rest.len())
}

/// Whether the number at `start` has a scale from 万 up, or is a bare 百 or 千 (过亿元, 过5万人次,
/// 过百亿, 过千人): what 过 marks as a threshold. Before a plain number 过 is as often "after" or
/// "pass" (再过20年, 过3天) and is not read as one.
fn scaled_after(text: &str, start: usize) -> bool {
    let rest = &text[start..];
    let numeral = |c: char| c.is_ascii_digit() || c == '.' || among("〇零一二两三四五六七八九十百千万亿", c);
    let run: String = rest.chars().take_while(|&c| numeral(c)).collect();
    run.contains(['万', '亿']) || run.starts_with(['百', '千'])
}

/// The marker right before `start` in `text`, with the offset where it begins. An "about" printed
/// inside a bound takes the bound's reading: 不超过约70万 is under, 超过约 over.
pub(crate) fn before(text: &str, start: usize) -> Option<(Approx, usize)> {
    let (approx, at) = marker_before(text, start)?;
    match marker_before(text, at) {
        Some(bound) if approx == Approx::About && bound.0 != Approx::About => Some(bound),
        _ => Some((approx, at)),
    }
}

/// The one marker that ends right before `start`.
fn marker_before(text: &str, start: usize) -> Option<(Approx, usize)> {
    let head = &text[..start];
    let markers = head.chars().next_back().and_then(|c| BEFORE.get(&c))?;
    markers.iter().find_map(|&(word, approx)| {
        if word == "过" && !scaled_after(text, start) {
            return None;
        }
        let at = spaced_suffix(head, word)?;
        let part_of_word = WORD_BEFORE.iter().any(|&(w, chars)| match w.strip_suffix(word) {
            Some("") => text[..at].chars().next_back().is_some_and(|c| chars.contains(c)),
            // 出超 (a trade surplus): the marker ends a longer word unless its head ends another (支出).
            Some(head) => text[..at]
                .strip_suffix(head)
                .is_some_and(|t| !t.chars().next_back().is_some_and(|c| chars.contains(c))),
            _ => false,
        });
        (!part_of_word).then_some((approx, at))
    })
}

/// The marker right after `end` in `text`.
pub(crate) fn after(text: &str, end: usize) -> Option<Approx> {
    after_marker(text, end).map(|(a, _)| a)
}

/// The marker right after `end` in `text` and where it ends. Spaces before it (170 之下) and a
/// printed "(含)" (inclusive) between the figure and the marker are skipped: 50万元（含）以上.
pub(crate) fn after_marker(text: &str, end: usize) -> Option<(Approx, usize)> {
    let rest = text[end..].trim_start_matches(SPACES);
    let rest = ["（含）", "(含)"].iter().find_map(|p| rest.strip_prefix(p)).unwrap_or(rest);
    let markers = rest.chars().next().and_then(|c| AFTER.get(&c))?;
    markers.iter().find_map(|&(word, approx)| {
        rest.starts_with(word).then(|| (approx, text.len() - rest.len() + word.len()))
    })
}

/// Characters that, right before 比, make it part of another word (对比, 相比, 无比, 好比).
const COMPARE_WORD_BEFORE: &str = "对相无好类比评";

/// A comparison printed around a number: 比 right before it and a word of direction right after it
/// (比三十大, 比 170 低): over after 大 高 多, under after 小 低 少. The offsets where 比 begins and
/// where the direction word ends.
pub(crate) fn compared(text: &str, start: usize, end: usize) -> Option<(Approx, usize, usize)> {
    let head = text[..start].trim_end_matches(SPACES).strip_suffix('比')?;
    if head.ends_with(|c| among(COMPARE_WORD_BEFORE, c)) {
        return None;
    }
    let tail = text[end..].trim_start_matches(SPACES);
    let direction = tail.chars().next()?;
    let approx = match direction {
        '大' | '高' | '多' => Approx::Over,
        '小' | '低' | '少' => Approx::Under,
        _ => return None,
    };
    Some((approx, head.len(), text.len() - tail.len() + direction.len_utf8()))
}

/// Whether `text` starts with a marker that goes before a number (小于 in 大于10小于20).
pub(crate) fn starts_marker(text: &str) -> bool {
    let text = text.trim_start_matches([' ', '\u{3000}', '并', '且', '而', '，', ',']);
    BEFORE.values().flatten().any(|(w, _)| w.chars().count() > 1 && text.starts_with(w))
}

/// 余/多 inside a number (100余家, 300多亿元, 六百多公里), or a leading 上 (上百家): over.
pub(crate) fn inside(number: &str) -> Option<Approx> {
    (number.contains(['余', '多']) || number.starts_with('上')).then_some(Approx::Over)
}
