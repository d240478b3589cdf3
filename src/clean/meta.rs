//! Metadata from the lines around the body: the headline, the outlet and the publication date.

use super::lines::DATE;
use crate::text::script::to_simplified;
use crate::text::words::{alternation, data_file};
use regex::Regex;
use std::sync::LazyLock;

// The rules match the simplified form of a line (`script::to_simplified`, same byte offsets), with
// the word lists of `data/clean/`; what they find is returned as printed.

/// `来源:` and what follows it.
static SOURCE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let labels = alternation(data_file!("clean/source-labels.txt"));
    Regex::new(&format!(r"(?:{labels})\s*[:：]\s*(.*)")).unwrap()
});

/// Where a `来源:` value ends: the next label (收集编辑:, 作者:, 发布时间: …), a space or a count.
static NEXT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let labels = alternation(data_file!("clean/next-labels.txt"));
    Regex::new(&format!(r"\s|(?:{labels})\s*[:：]|\d+次")).unwrap()
});

/// An outlet's name: a news agency or site known by name, or a name ending like a newspaper, news
/// site or broadcaster (昆明日报, 绵阳新闻网, 新华社).
static OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    let outlets = alternation(data_file!("clean/outlets.txt"));
    let suffixes = alternation(data_file!("clean/outlet-suffixes.txt"));
    Regex::new(&format!(r"^(?:{outlets}|\p{{Han}}{{2,10}}?(?:{suffixes}))$")).unwrap()
});

/// A dateline naming an agency: 新华社杭州6月22日电, 中央社台北22日电, 中央社记者张建中新竹2024年5月10日电.
static AGENCY_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let agencies = alternation(data_file!("clean/agencies.txt"));
    Regex::new(&format!(r"^[（(]?({agencies})\p{{Han}}{{0,8}}(?:\d{{4}}年)?\d{{0,2}}月?\d{{1,2}}日电"))
        .unwrap()
});

/// A date with an optional time, as `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, from the first date in `text`.
pub(super) fn published(text: &str) -> Option<String> {
    let c = DATE.captures(text)?;
    let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    let (year, month, day) = (num(1)?, num(2)?, num(3)?);
    if !(1900..=2100).contains(&year) || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let date = format!("{year:04}-{month:02}-{day:02}");
    match (num(4), num(5)) {
        (Some(h), Some(m)) if h < 24 && m < 60 => Some(format!("{date}T{h:02}:{m:02}")),
        _ => Some(date),
    }
}

/// The outlet a `来源:` label names, cut at the next label.
pub(super) fn labelled_source(line: &str) -> Option<String> {
    let simplified = to_simplified(line);
    let at = SOURCE_LABEL.captures(&simplified)?.get(1)?.range();
    // Trimming spaces trims the same bytes of both forms.
    let (value, simplified_value) = (line[at.clone()].trim(), simplified[at].trim());
    let end = NEXT_LABEL.find(simplified_value).map_or(value.len(), |m| m.start());
    let source = value[..end].trim_matches(|c: char| c.is_whitespace() || "|｜/,，;；".contains(c));
    (!source.is_empty()).then(|| source.to_owned())
}

/// An outlet's name standing in a source/date line (甘孜日報 2023年06月02日).
pub(super) fn outlet_in_line(line: &str) -> Option<String> {
    let without_date = DATE.replace_all(line, " ");
    without_date.split_whitespace().find(|w| is_outlet(w)).map(str::to_owned)
}

/// Whether a word is an outlet's name (X日报, X网, 新华社 …).
pub(super) fn is_outlet(word: &str) -> bool {
    OUTLET.is_match(&to_simplified(word))
}

/// The agency named by a dateline at the start of the body (新华社杭州6月22日电), and the dateline's
/// date when it prints the year (中央社記者張建中新竹2024年5月10日電 → 2024-05-10).
pub(super) fn agency_dateline(line: &str) -> Option<(String, Option<String>)> {
    let simplified = to_simplified(line);
    let c = AGENCY_DATELINE.captures(&simplified)?;
    let printed = |i: usize| &line[c.get(i).unwrap().range()];
    Some((printed(1).to_owned(), published(printed(0))))
}

/// The headline inside a page `<title>` such as `headline_site name` or `headline - site`.
pub(super) fn headline_of_page_title(page_title: &str) -> Option<String> {
    page_title
        .split(['_', '|', '｜'])
        .flat_map(|part| part.split(" - "))
        .map(str::trim)
        .max_by_key(|p| p.chars().count())
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times() {
        assert_eq!(published("发布时间:2025-05-08 08:40:00").as_deref(), Some("2025-05-08T08:40"));
        assert_eq!(published("甘孜日報 2023年06月02日").as_deref(), Some("2023-06-02"));
        assert_eq!(
            published("发稿时间:2022-07-11 08:30 来源: 綿陽日報").as_deref(),
            Some("2022-07-11T08:30")
        );
        assert_eq!(published("2023-06-02T08:30:00+08:00").as_deref(), Some("2023-06-02T08:30"));
        assert_eq!(published("日期: 来源:资阳发布"), None);
    }

    #[test]
    fn sources() {
        assert_eq!(labelled_source("来源:全球起重机械网  人气:2654").as_deref(), Some("全球起重机械网"));
        assert_eq!(labelled_source("日期: 来源:资阳发布收集编辑:资阳发布").as_deref(), Some("资阳发布"));
        assert_eq!(labelled_source("发稿时间:2022-07-11 08:30 来源: 綿陽日報").as_deref(), Some("綿陽日報"));
        assert_eq!(outlet_in_line("甘孜日報 2023年06月02日").as_deref(), Some("甘孜日報"));
        assert_eq!(agency_dateline("新华社杭州6月22日电 中共中央"), Some(("新华社".into(), None)));
        assert_eq!(
            agency_dateline("（中央社記者張建中新竹2024年5月10日電）台積電今天宣布"),
            Some(("中央社".into(), Some("2024-05-10".into())))
        );
        assert!(is_outlet("昆明日报") && is_outlet("綿陽新聞網") && !is_outlet("建设重点产业协作园区"));
        // Found on the simplified line, returned as printed.
        assert_eq!(labelled_source("出處：綿陽新聞網 編輯：王五").as_deref(), Some("綿陽新聞網"));
        assert_eq!(agency_dateline("新華社北京6月22日電 中共中央"), Some(("新華社".into(), None)));
    }

    #[test]
    fn page_titles() {
        assert_eq!(headline_of_page_title("园区新闻标题_某某网").as_deref(), Some("园区新闻标题"));
    }
}
