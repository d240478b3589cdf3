//! Where a name begins: given the byte where a suffix (工业园区, 有限公司, 论坛 …) starts, walk back over
//! the words before it while they look like parts of a name (places, nouns, unknown words) and stop at
//! a verb, preposition, conjunction, pronoun, numeral, 的 or punctuation. jieba's tags are the hints.

use super::lexicon::REGION_WORDS;
use crate::segment;

/// How far back a name may reach, and what it may contain.
#[derive(Debug, Clone, Copy)]
pub(super) struct Reach {
    /// At most this many characters before the suffix.
    pub max_chars: usize,
    /// Ordinals and numbers may be part of the name (第十届西博会, 市委五届六次全会).
    pub ordinals: bool,
    /// Brackets may be part of the name (维先农业(科技)云南有限公司).
    pub brackets: bool,
    /// Quoted words may be part of the name (市“园区提质”领导小组办公室).
    pub quotes: bool,
    /// Verbal nouns may be part of the name (园区高质量发展大会, 区域合作项目推介会).
    pub verbal_nouns: bool,
}

/// Words that end a name's reach whatever their tag.
const STOP_WORDS: &[&str] = &[
    "的",
    "在",
    "于",
    "与",
    "和",
    "及",
    "或",
    "为",
    "是",
    "将",
    "由",
    "对",
    "把",
    "被",
    "向",
    "从",
    "到",
    "等",
    "其中",
    "位于",
    "我市",
    "我州",
    "我省",
    "全市",
    "全州",
    "该",
    "各",
    "确保",
    "推动",
    "加快",
    "推进",
    "成立",
    "组建",
    "建立",
    "设立",
    "列入",
    "依托",
    "支持",
    "围绕",
    "邀请",
    "帮助",
    "注册",
    "入驻",
    "落地",
    "举行",
    "参加",
    "打造",
    "实现",
    "以",
    "暨",
    "首批",
    "相关",
    "整个",
    "做大做强",
    "让",
    "使",
    "给",
];

/// Characters that may join the parts of a name (磨憨—磨丁合作区, 成都-凉山工业园区).
const JOINERS: &[char] = &['—', '-', '－', '·'];

fn name_char(c: char, reach: &Reach) -> bool {
    is_han(c)
        || c.is_ascii_alphanumeric()
        || JOINERS.contains(&c)
        || (reach.brackets && matches!(c, '(' | ')' | '（' | '）'))
        || (reach.quotes && matches!(c, '“' | '”'))
}

/// True for a CJK ideograph.
pub(super) fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{20000}'..='\u{2ffff}')
}

fn ordinal(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_digit() || "第一二三四五六七八九十百零两届次期".contains(c))
}

fn stops(word: &str, tag: &str, reach: &Reach) -> bool {
    if STOP_WORDS.contains(&word) || word.starts_with('最') || REGION_WORDS.contains(&word) {
        return true;
    }
    // jieba often reads a lone character of an unknown name as a verb (磨 in 磨憨).
    if word.chars().count() == 1 && tag.starts_with('v') {
        return false;
    }
    if reach.ordinals && ordinal(word) {
        return false;
    }
    if word.chars().all(|c| JOINERS.contains(&c) || "()（）“”".contains(c)) {
        return false;
    }
    match tag.chars().next() {
        Some('v') => !(reach.verbal_nouns && tag == "vn"),
        Some('p' | 'c' | 'u' | 'r' | 'd' | 'm' | 'q' | 'y' | 'e' | 'o' | 't' | 'x' | 'w' | 'i' | 'l') => {
            !word.chars().all(is_han) || tag != "x"
        }
        _ => false,
    }
}

/// The byte where the name ending at `end` begins (`end` itself when no word before it belongs),
/// and the words from there to `end`.
pub(super) fn prefix<'a>(text: &'a str, end: usize, reach: &Reach) -> (usize, Vec<&'a str>) {
    let mut window = end;
    for (i, c) in text[..end].char_indices().rev().take(reach.max_chars) {
        if !name_char(c, reach) {
            break;
        }
        window = i;
    }
    let clause = &text[window..end];
    let mut start = end;
    let mut words = Vec::new();
    for (word, tag) in segment::tagged(clause).into_iter().rev() {
        if stops(word, tag, reach) {
            break;
        }
        start -= word.len();
        words.push(word);
    }
    // A name does not begin with a joiner or a closing bracket or quote.
    while let Some(first) = words.last() {
        if first
            .chars()
            .all(|c| !is_han(c) && !c.is_ascii_alphanumeric() && c != '“' && c != '(' && c != '（')
        {
            start += first.len();
            words.pop();
        } else {
            break;
        }
    }
    words.reverse();
    (start, words)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARK: Reach =
        Reach { max_chars: 14, ordinals: false, brackets: false, quotes: false, verbal_nouns: false };

    fn name_before(text: &str, suffix: &str) -> String {
        let end = text.find(suffix).unwrap();
        text[prefix(text, end, &PARK).0..end + suffix.len()].to_owned()
    }

    #[test]
    fn stops_at_verbs_and_function_words() {
        assert_eq!(name_before("并在此基础上成立成都凉山工业园区。", "工业园区"), "成都凉山工业园区");
        assert_eq!(name_before("位于南坡片区的云南五华产业园磨憨园区", "磨憨园区"), "云南五华产业园磨憨园区");
        assert_eq!(name_before("统筹划定磨憨—磨丁合作区和", "合作区"), "磨憨—磨丁合作区");
    }
}
