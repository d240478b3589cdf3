//! The currency a bare 元 stands for: the one of the economy the article reports from.
//!
//! A mainland outlet's 50亿元 is renminbi; a Taiwanese outlet's 50億元 is New Taiwan dollars
//! (新台幣), which it names only now and then. The evidence is the article's source, as the cleaner
//! found it (a `来源:` line, an outlet line, or an agency's dateline such as 中央社台北22日電). The
//! text alone is no evidence: a mainland report on Taiwan names 新台币 for some figures and means
//! renminbi by the rest. Hong Kong's papers are left out on purpose: several write mainland figures
//! in 元 as renminbi.

use crate::text::words::{data_file, vocabulary};
use std::sync::LazyLock;

/// Outlets of Taiwan, in simplified characters (a source is compared after simplification).
static TAIWAN_OUTLETS: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/taiwan-outlets.txt")).collect());

/// The ISO code of a bare 元 in an article from `source` (the outlet, as printed).
pub fn local(source: Option<&str>) -> &'static str {
    let source = source.map(crate::text::script::to_simplified).unwrap_or_default();
    if TAIWAN_OUTLETS.iter().any(|outlet| source.contains(outlet)) {
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
        assert_eq!(local(Some("中央社")), "TWD");
        assert_eq!(local(Some("聯合新聞網")), "TWD");
        assert_eq!(local(Some("經濟日報")), "CNY");
        assert_eq!(local(Some("凉山日报")), "CNY");
        assert_eq!(local(None), "CNY");
    }
}
