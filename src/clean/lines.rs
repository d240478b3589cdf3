//! What one line of a page is, from the evidence it gives on its own: keywords of page chrome
//! (当前位置, 相关, 上一篇, 版权, ICP备, 如有侵权 …), list markers, separators, dates, and the density
//! of CJK text and sentence punctuation (the text/symbol density idea of news extractors).

use crate::text::bounds::{is_prose_punct, CLOSING_QUOTE, SENTENCE_END};
use crate::text::chars::han_count;
use regex::Regex;
use std::sync::LazyLock;

/// The class of a line, before the body region is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Breadcrumbs, menus, app links.
    Navigation,
    /// A "related articles" heading or a previous/next link.
    Related,
    /// Copyright, ICP numbers, disclaimers, page addresses.
    Footer,
    /// Keyword-stuffed spam titles.
    Spam,
    /// Source, date, view counters.
    Meta,
    /// Lines without any letter or CJK character (`|`, `•`).
    Symbols,
    /// Anything else: prose, headings, captions, credits (decided later).
    Text,
}

/// Breadcrumbs and site chrome (您的位置: 首页 > …, 下载手机APP, 移动版: …).
static NAVIGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:当前位置|當前位置|您的位置|您所在的位置|您现在的位置|您現在的位置|所在位置|现在位置)|^(?:首页|首頁)\s*[>»›/|]|下载手机|下載手機|app下载|^(?:移动版|手机版|移動版|手機版|打印本页|关闭窗口|返回顶部)").unwrap()
});

/// Breadcrumb separators.
static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s[>»›]{1,2}\s|>>|»").unwrap());

/// Headings of related-article, hot and latest lists, and previous/next links.
static RELATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:相关|相關|热门|熱門|最新|推荐|推薦|延伸阅读|延伸閱讀|猜你喜欢|更多|精彩|图片推荐|圖片推薦|往期|热点|熱點|编辑推荐|排行)[\p{Han}A-Za-z]{0,6}\s*[:：]?$|^(?:上一篇|下一篇|上一条|下一条|上一頁|下一页)").unwrap()
});

/// Copyright lines, ICP numbers, disclaimers and page addresses.
static FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)版权所有|版權所有|版权问题|版權問題|copyright|©|icp备|icp備|icp证|公网安备|如有侵权|如有侵權|侵权请|侵權請|本文地址|本文链接|本文鏈接|原文链接|站长|站長|网站内容来自|網站內容來自|免责声明|免責聲明|转载请注明|轉載請註明|未经授权|未經授權|联系本站|聯繫本站|违法和不良信息").unwrap()
});

/// Words of adult and gambling spam titles.
static SPAM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)无码|無碼|\bav\b|成人视频|中文字幕|在线观看|亚洲.{0,4}视频|彩票|博彩|赌场|娱乐城|葡京")
        .unwrap()
});

/// Labels of a source/date/counter line (来源:, 发布时间:, 人气:, 0次浏览 …).
static META_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?:来源|來源|发布时间|發布時間|发稿时间|發稿時間|发表时间|更新时间|时间|時間|日期|人气|人氣|点击|點擊|阅读|閱讀|浏览|瀏覽|字号|字號)\s*[:：]|\d+\s*次(?:浏览|瀏覽|阅读|閱讀)|(?:^|\s)[【\[]?字[体號号][】\]]?")
        .unwrap()
});

/// A full date, as a source/date line prints it.
pub static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})日?(?:(?:\s*|T)(\d{1,2})[:：](\d{2})(?:[:：]\d{2})?)?")
        .unwrap()
});

/// Whether a line ends like a sentence (。！？…； or a closing quote or bracket after one).
pub fn ends_like_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(|c| CLOSING_QUOTE.contains(&c) || matches!(c, '"' | ')' | '）'));
    trimmed.ends_with(|c| SENTENCE_END.contains(&c) || matches!(c, '…' | '；'))
}

/// A list marker at the start of a line (• · ▪ ■ ► ◆ -).
pub fn strip_bullet(line: &str) -> (&str, bool) {
    let rest =
        line.trim_start_matches(['•', '·', '▪', '■', '►', '◆', '●', '○', '□', '★', '☆', '-', '*', ' ']);
    (rest, rest.len() != line.len())
}

/// Classifies one trimmed line on its own evidence.
pub fn classify(line: &str) -> Kind {
    let (text, _) = strip_bullet(line);
    if !text.chars().any(|c| c.is_alphanumeric()) {
        return Kind::Symbols;
    }
    let han = han_count(text);
    let punct = text.chars().filter(|&c| is_prose_punct(c)).count();
    let short = han < 80;
    if short && NAVIGATION.is_match(text) {
        return Kind::Navigation;
    }
    if short && SEPARATOR.find_iter(text).count() >= 2 && !ends_like_sentence(text) {
        return Kind::Navigation;
    }
    if RELATED.is_match(text) {
        return Kind::Related;
    }
    if short && FOOTER.is_match(text) {
        return Kind::Footer;
    }
    if short && (SPAM.is_match(text) || (text.matches('_').count() >= 3 && punct == 0)) {
        return Kind::Spam;
    }
    if han < 40 && !ends_like_sentence(text) && (META_LABEL.is_match(text) || is_outlet_date_line(text)) {
        return Kind::Meta;
    }
    Kind::Text
}

/// A line that is a date, optionally with an outlet name (甘孜日報 2023年06月02日, 2025-06-22 18:53:00).
fn is_outlet_date_line(text: &str) -> bool {
    let Some(m) = DATE.find(text) else { return false };
    let rest = format!("{}{}", &text[..m.start()], &text[m.end()..]);
    let rest = rest.trim();
    rest.chars().count() <= 12 && !rest.chars().any(is_prose_punct)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_is_recognised() {
        assert_eq!(classify("当前位置: 首页 » 资讯频道 » 园区新闻 » 正文"), Kind::Navigation);
        assert_eq!(classify("您的位置: 首页 > 实时讯息 >"), Kind::Navigation);
        assert_eq!(classify("下载手机APP"), Kind::Navigation);
        assert_eq!(classify("相关信息"), Kind::Related);
        assert_eq!(classify("相关新闻:"), Kind::Related);
        assert_eq!(classify("  • 上一篇:我州開展活動"), Kind::Related);
        assert_eq!(classify("站长邮箱 admin@99-bm.com Copyright © 99便民 鲁ICP备19046937号-5"), Kind::Footer);
        assert_eq!(classify("文中内容、图片均来源于网络,如有版权问题请联系本站删除!"), Kind::Footer);
        assert_eq!(
            classify("男人的天堂亚洲av无码_欧美亚洲日韩视频在线_最近2019年中文字幕_亚洲乱码中文手机在线"),
            Kind::Spam
        );
        assert_eq!(classify("来源:全球起重机械网  人气:2654"), Kind::Meta);
        assert_eq!(classify("0次浏览 发布时间:2025-05-08 08:40:00"), Kind::Meta);
        assert_eq!(classify("甘孜日報 2023年06月02日"), Kind::Meta);
        assert_eq!(classify("|"), Kind::Symbols);
    }

    #[test]
    fn prose_and_headings_are_text() {
        assert_eq!(classify("成凉合作共促区域经济发展"), Kind::Text);
        assert_eq!(classify("相关负责人表示。"), Kind::Text);
        assert_eq!(classify("2009年8月6日,西昌晶康高技术项目正式奠基。"), Kind::Text);
        assert_eq!(classify("资金来源:各级财政安排的专项资金和社会资本投入,共计三亿元。"), Kind::Text);
    }
}
