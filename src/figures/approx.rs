//! Approximation markers around a figure: 约 近 接近 左右 (about), 超过 逾 突破 以上 (over), 不到 不足
//! 以下 (under). Markers outside the number are not part of the figure's text; 余/多 inside it
//! (100余家, 300多亿元) are read by [`inside`].

use crate::model::Approx;

/// Markers printed right before a number, longest first.
const BEFORE: &[(&str, Approx)] = &[
    ("不超过", Approx::Under),
    ("不超過", Approx::Under),
    ("大约", Approx::About),
    ("大約", Approx::About),
    ("将近", Approx::About),
    ("將近", Approx::About),
    ("接近", Approx::About),
    ("约为", Approx::About),
    ("約為", Approx::About),
    ("超过", Approx::Over),
    ("超過", Approx::Over),
    ("突破", Approx::Over),
    ("高于", Approx::Over),
    ("高於", Approx::Over),
    ("大于", Approx::Over),
    ("大於", Approx::Over),
    ("多于", Approx::Over),
    ("至少", Approx::Over),
    ("不到", Approx::Under),
    ("不足", Approx::Under),
    ("少于", Approx::Under),
    ("少於", Approx::Under),
    ("低于", Approx::Under),
    ("低於", Approx::Under),
    ("小于", Approx::Under),
    ("最多", Approx::Under),
    ("约", Approx::About),
    ("約", Approx::About),
    ("近", Approx::About),
    ("超", Approx::Over),
    ("逾", Approx::Over),
];

/// Markers printed right after a figure.
const AFTER: &[(&str, Approx)] = &[
    ("以上", Approx::Over),
    ("有余", Approx::Over),
    ("有餘", Approx::Over),
    ("出头", Approx::Over),
    ("开外", Approx::Over),
    ("左右", Approx::About),
    ("上下", Approx::About),
    ("以下", Approx::Under),
    ("以内", Approx::Under),
    ("以內", Approx::Under),
    ("之内", Approx::Under),
    ("不到", Approx::Under),
];

/// Characters that, right before a one-character marker, make it part of another word: 签约 (sign),
/// 最近 (recently), 附近 (nearby), 赶超 (overtake).
const WORD_BEFORE: &[(&str, &str)] = &[
    ("约", "签簽节節制合契履特预預邀公条條违違相誓集"),
    ("約", "签簽节節制合契履特预預邀公条條违違相誓集"),
    ("近", "最附邻鄰就亲親贴貼靠将將接"),
    ("超", "赶趕高"),
];

/// The marker right before `start` in `text`, with the offset where it begins.
pub fn before(text: &str, start: usize) -> Option<(Approx, usize)> {
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
pub fn after(text: &str, end: usize) -> Option<Approx> {
    AFTER.iter().find_map(|&(word, approx)| text[end..].starts_with(word).then_some(approx))
}

/// 余/多 inside a number (100余家, 300多亿元, 六百多公里), or a leading 上 (上百家): over.
pub fn inside(number: &str) -> Option<Approx> {
    (number.contains(['余', '多', '餘']) || number.starts_with('上')).then_some(Approx::Over)
}
