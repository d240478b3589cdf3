//! The currency a bare 元 stands for: the one of the economy the article reports from.
//!
//! A mainland outlet's 50亿元 is renminbi; a Taiwanese outlet's 50億元 is New Taiwan dollars
//! (新台幣), which it names only now and then. The evidence is the article's source, as the cleaner
//! found it (a `来源:` line, an outlet line, or an agency's dateline such as 中央社台北22日電), or what
//! only a writer in Taiwan prints: a reporter's dateline in a Taiwanese city with Taiwan's spelling
//! 報導 (【記者王小明台南報導】; the mainland writes 报道), or a year of the Republic of China calendar
//! from 100 on (民國113年, 一一七年), which dates the present only in Taiwan. What the text is about is
//! no evidence: a mainland report on Taiwan names 新台币 for some figures and means renminbi by the
//! rest. Hong Kong's papers are left out on purpose: several write mainland figures in 元 as renminbi.

use crate::text::words::{data_file, vocabulary};
use regex::Regex;
use std::sync::LazyLock;

/// Outlets of Taiwan, in simplified characters (a source is compared after simplification).
static TAIWAN_OUTLETS: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/taiwan-outlets.txt")).collect());

/// What only a writer in Taiwan prints, in simplified text: a reporter's dateline in a Taiwanese
/// city (`data/figures/taiwan-places.txt`) spelt 报导 (记者王小明／台南报导, 记者甲/乙台北县报导), or a
/// Republic of China year from 100 on (民国113年, digit by digit 一一七年; a mainland date has four
/// digits and a count of years is read 一百一十七年).
static TAIWAN_WRITER: LazyLock<Regex> = LazyLock::new(|| {
    let places = vocabulary(data_file!("figures/taiwan-places.txt")).collect::<Vec<_>>().join("|");
    Regex::new(&format!(
        "记者[^，。！？：；,:;!?\\n]{{0,24}}?(?:{places})[县市]?报导|民国\\s*1[0-9]{{2}}\\s*年|(?:^|[^〇○零一二三四五六七八九十百千])一[〇○零一二][〇○零一二三四五六七八九]年"
    ))
    .expect("Taiwan writer regex")
});

/// The ISO code of a bare 元 in an article from `source` (the outlet, as printed) whose body, in
/// simplified characters, is `simplified`.
pub fn local(source: Option<&str>, simplified: &str) -> &'static str {
    let source = source.map(crate::text::script::to_simplified).unwrap_or_default();
    if TAIWAN_OUTLETS.iter().any(|outlet| source.contains(outlet)) || TAIWAN_WRITER.is_match(simplified) {
        "TWD"
    } else {
        "CNY"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taiwanese_outlets_count_in_taiwan_dollars() {
        assert_eq!(local(Some("中央社"), ""), "TWD");
        assert_eq!(local(Some("聯合新聞網"), ""), "TWD");
        assert_eq!(local(Some("經濟日報"), ""), "CNY");
        assert_eq!(local(Some("凉山日报"), ""), "CNY");
        assert_eq!(local(None, ""), "CNY");
    }

    #[test]
    fn what_only_a_writer_in_taiwan_prints_counts_in_taiwan_dollars() {
        assert_eq!(local(None, "【记者王小明/李四台南报导】园区招商"), "TWD");
        assert_eq!(local(None, "（记者张三／屏东县报导）县府表示"), "TWD");
        assert_eq!(local(None, "计划延长至一一七年。"), "TWD");
        assert_eq!(local(None, "民国113年完工。"), "TWD");
        // The mainland's spelling, a place elsewhere, a count of years, an old ROC year: no evidence.
        assert_eq!(local(None, "新华社记者张三台北报道"), "CNY");
        assert_eq!(local(None, "【记者王小明成都报导】"), "CNY");
        assert_eq!(local(None, "已有一百一十七年历史，始建于民国二十六年。"), "CNY");
        assert_eq!(local(None, "二〇二三年投产。"), "CNY");
    }
}
