//! Metadata from the lines around the body: the headline, the outlet and the publication date.

use super::lines::{may_hold_other_date, DATE, OTHER_DATE, TIME_AFTER};
use crate::text::calendar::day_and_month;
use crate::text::chars::among;
use crate::text::chars::holds;
use crate::text::pattern;
use crate::text::script::{to_simplified, Forms};
use crate::text::words::{alternation, data_file};
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

// The rules match the simplified form of a line (`script::Forms`, same byte offsets), with the word
// lists of `data/clean/`; what they find is returned as printed.

/// `来源:` (also 来源丨, 来源 |, 來源／, and 来源 with a space before its value in a meta line:
/// 作者:佚名 来源 某某局 点击:) and what follows it (group 1); a portal's 发布: opening the line or set
/// apart by a space (发布时间:2016-10-13 发布:某某网), never an account's name ending in it (某某发布:)
/// nor a time after it (发布: 8:10pm 03/04/2025), and its value (group 2).
static SOURCE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let labels = alternation(data_file!("clean/source-labels.txt"));
    pattern::compile(&format!(r"(?i-u:{labels})(?:\s*[:：丨|｜/／]|\s)\s*(.*)|发布\s*[:：]\s*([^0-9\s].*)"))
});

/// A source label glued to its outlet, alone on its line (資料來源駐某某代表處經濟組): only the long labels,
/// since a bare 来源 opens prose too (来源广泛), and never the verb 来源于 (资料来源于年报).
static GLUED_SOURCE: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"^(?:资料|信息|新闻|文章|消息|稿件|内容|原文)来源(\p{Han}{2,20})$"));

/// The outlet of a source label glued to it ([`GLUED_SOURCE`]), not the verb's object (于年报).
fn glued_source(simplified: &str) -> Option<regex::Captures<'_>> {
    GLUED_SOURCE.captures(simplified).filter(|c| !c[1].starts_with(['于', '自']))
}

/// Whether a line is a source label glued to its outlet ([`GLUED_SOURCE`]).
pub(super) fn is_glued_source(simplified: &str) -> bool {
    glued_source(simplified).is_some()
}

/// Where a `来源:` value ends: the next label (收集编辑:, 作者:, 发布时间: …), a space, a count or a
/// date glued to the name (来源:某某发布2024-11-25).
static NEXT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let labels = alternation(data_file!("clean/next-labels.txt"));
    pattern::compile(&format!(r"\s|(?:{labels})\s*[:：]|\d+次|\d{{4}}[-/.年]\d{{1,2}}"))
});

/// A label where a value should be: the value of `来源:` is empty.
static VALUE_IS_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let labels = alternation(data_file!("clean/meta-labels.txt"));
    let next = alternation(data_file!("clean/next-labels.txt"));
    pattern::compile(&format!(r"^(?:{labels}|{next})\s*[:：]"))
});

/// An outlet's name: a news agency or site known by name, or a name ending like a newspaper, news
/// site or broadcaster (昆明日报, 绵阳新闻网, 新华社), its head perhaps in Latin letters (Now新闻台).
static OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    let outlets = alternation(data_file!("clean/outlets.txt"));
    let suffixes = alternation(data_file!("clean/outlet-suffixes.txt"));
    pattern::compile(&format!(
        r"^(?:{outlets}|(?:\p{{Han}}{{2,10}}?|[A-Za-z0-9]{{2,8}}\p{{Han}}{{0,8}}?)(?:{suffixes}))$"
    ))
});

/// A dateline naming an agency: 新华社杭州6月22日电, 中央社台北22日电, 中央社记者张建中新竹2024年5月10日电,
/// its day perhaps in Chinese numerals (中新社苏州五月十二日电). Compiled and asked only of a line
/// holding 电.
static AGENCY_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let agencies = alternation(data_file!("clean/agencies.txt"));
    pattern::compile(&format!(
        r"^[（(]?({agencies})\p{{Han}}{{0,8}}?(?:\d{{4}}年)?[\d一二三四五六七八九十]{{0,3}}月?[\d一二三四五六七八九十]{{1,3}}日电"
    ))
});

/// A publication label and its date glued to the first paragraph on its line (发布时间：2024-05-01
/// 10:30 本报讯 …), set apart from the story by white space; also a date without its label before a
/// transcript's text label (2018-02-09【正文】记者…, 【导语】).
static LEADING_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"^(?:(?:发布|发表|发稿)?(?:时间|日期)\s*[:：]?\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s+|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*[【\[](?:正文|导语)[】\]]\s*)",
    )
});

/// The publication stamp opening the first paragraph's line ([`LEADING_STAMP`]), which dates the page,
/// and the story after it.
pub(super) fn split_leading_stamp(text: Forms) -> Option<(Forms, Forms)> {
    let m = LEADING_STAMP.find(text.simplified)?;
    Some((text.get(0..m.end()), text.get(m.end()..text.printed.len())))
}

/// A store's or a feed's stamp opening a line, `date 2025-11-26` (a Latin label, which no Chinese page
/// prints): the day a store kept the page, which dates nothing.
static STORE_STAMP: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"^(?i-u:date)\s*[:：]?\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+|$)"));

/// A trimmed line without a store's stamp opening it ([`STORE_STAMP`]), and the stamp: the rest of the
/// line (a byline, the story, an ad's slot) is read as the page prints it.
pub(super) fn split_store_stamp(line: &str) -> (&str, Option<&str>) {
    // Asked only of a line opening with the label's letter: most lines do not.
    match line.starts_with(['d', 'D']).then(|| STORE_STAMP.find(line)).flatten() {
        Some(m) => (&line[m.end()..], Some(line[..m.end()].trim())),
        None => (line, None),
    }
}

/// A date with an optional time, as `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, from the first date in `text`.
/// Numbers with slashes and the year last (01/05/2024) are read day first when the first is over 12
/// or the page is of an outlet writing day first (`day_first`: Hong Kong, Macau, Singapore,
/// Malaysia), month first when the second is over 12, else not at all.
pub(super) fn published(text: Forms, day_first: bool) -> Option<String> {
    // The date after a publication label, when the line prints another first (更新时间：… 发布时间：…).
    static PUBLISHED_LABEL: LazyLock<Regex> =
        LazyLock::new(|| pattern::compile(r"(?:发布|发表|发稿|刊登)(?:时间|日期)|(?i-u:published|posted)"));
    if let Some(date) = PUBLISHED_LABEL
        .find(text.simplified)
        .filter(|m| m.start() > 0)
        .and_then(|m| published(text.get(m.start()..text.printed.len()), day_first))
    {
        return Some(date);
    }
    let simplified = text.simplified;
    if let Some(c) = may_hold_other_date(simplified)
        .then(|| OTHER_DATE.captures(simplified))
        .flatten()
        .filter(|o| DATE.find(simplified).map_or(true, |d| o.get(0).unwrap().start() < d.start()))
    {
        const MONTHS: [&str; 12] =
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        let num = |n: &str| c.name(n).and_then(|m| m.as_str().parse::<u32>().ok());
        // An English month by its first three letters.
        let month = |n: &str| {
            let name = c.name(n)?.as_str().get(..3)?.to_ascii_lowercase();
            Some(MONTHS.iter().position(|m| *m == name)? as u32 + 1)
        };
        let (year, month, day) = if let Some(y) = num("y") {
            (y, num("m")?, num("d")?)
        } else if let Some(y) = num("y2") {
            (y, month("mon")?, num("d2")?)
        } else if let Some(y) = num("y5") {
            (y, month("mon5")?, num("d5")?)
        } else if let Some(y) = num("y6") {
            (y, month("mon6")?, num("d6")?)
        } else if let Some(y) = num("roc") {
            (y + 1911, num("rm")?, num("rd")?)
        } else if let Some(y) = num("roc4") {
            (y + 1911, num("rm4")?, num("rd4")?)
        } else if let Some(y) = num("cy") {
            (y, num("cm")?, num("cd")?)
        } else if let Some(y) = num("sy") {
            let (day, month) = day_and_month(num("sa")?, num("sb")?, day_first)?;
            (y, month, day)
        } else {
            (num("roc3")? + 1911, num("rm3")?, num("rd3")?)
        };
        let time = TIME_AFTER.captures(&simplified[c.get(0).unwrap().end()..]);
        return ymd(year, month, day, time.and_then(|t| clock(&t)));
    }
    // On the simplified line: a weekday printed 週五 is 周五.
    let c = DATE.captures(simplified)?;
    let num = |n: &str| c.name(n).and_then(|m| m.as_str().parse::<u32>().ok());
    ymd(num("y")?, num("m")?, num("d")?, clock(&c))
}

/// The hour and minute of a `lines::CLOCK` match on the 24-hour clock: 下午 3:20 and 3:20 PM are 15:20,
/// 上午12时 and 12:05 AM are past midnight, 中午1时 is 13:00; `None` for no time or a morning hour
/// over 12.
fn clock(c: &regex::Captures) -> Option<(u32, u32)> {
    let hour: u32 = c.name("h")?.as_str().parse().ok()?;
    let minute = c.name("min").map_or(Some(0), |m| m.as_str().parse().ok())?;
    let half =
        c.name("pm").map(|m| m.as_str().to_ascii_lowercase()).or(c.name("ap").map(|m| m.as_str().to_owned()));
    let hour = match half.as_deref() {
        None => hour,
        Some(h) if h.starts_with('p') || matches!(h, "下午" | "晚上" | "晚间") => {
            if hour < 12 {
                hour + 12
            } else {
                hour
            }
        }
        Some("中午") => {
            if hour < 11 {
                hour + 12
            } else {
                hour
            }
        }
        Some(_) if hour <= 12 => hour % 12,
        Some(_) => return None,
    };
    Some((hour, minute))
}

/// A page of an outlet writing dates day first: one of Hong Kong, Macau, Singapore or Malaysia
/// named, or a dateline of their places ((新加坡31日讯), 吉隆坡1日讯). A place named in prose says
/// nothing: mainland pages write of Hong Kong too.
pub(super) fn writes_day_first(simplified: &str) -> bool {
    static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
        let outlets = alternation(data_file!("clean/day-first-outlets.txt"));
        let places = alternation(data_file!("clean/day-first-places.txt"));
        pattern::compile(&format!(r"(?m){outlets}|(?:^|[（(\s])(?:{places})\d{{1,2}}日(?:讯|电)"))
    });
    DAY_FIRST.is_match(simplified)
}

/// `YYYY-MM-DD`, with `THH:MM` when a valid time is given; `None` for an impossible date.
fn ymd(year: u32, month: u32, day: u32, time: Option<(u32, u32)>) -> Option<String> {
    if !(1900..=2100).contains(&year) || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let date = format!("{year:04}-{month:02}-{day:02}");
    match time {
        Some((h, m)) if h < 24 && m < 60 => Some(format!("{date}T{h:02}:{m:02}")),
        _ => Some(date),
    }
}

/// A repost's original outlet: 据甘肃日报报道, 据《山西日报》, 转自:央视网, 本文转自：某某网 (the outlet
/// the portal took the story from), also labelled after the other fields of a meta line (2023-05-06
/// 转载自：某某日报).
static REPOST: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"据《(\p{Han}{2,12})》(报道|消息|记者|杂志|刊文)?|据(\p{Han}{2,12}?)(?:报道|消息)|(?:^(?:本文|文章)?(?:转自|转载自|转载于)\s*[:：]?|\s(?:本文|文章)?(?:转自|转载自|转载于)\s*[:：])\s*([^\s:：|]+)",
    )
});

/// The original outlet a story credits (据甘肃日报报道, 据《山西日报》, 据《某某》报道), and whether it is the
/// portal's intermediary (转自:央视网) rather than the original.
pub(super) fn reposted_from(line: Forms) -> Option<(String, bool)> {
    // (Compiled and asked only of a line with a 据 or a 转, one of which every repost mark has.)
    // A title after 据 names an outlet by its name or by the report words after it (据《某某》报道); a
    // law or a plan cited is none (依据《中华人民共和国预算法》), nor a title ending in a document's word
    // (据《政府工作报告》称, 根据《某某市产业发展规划》; data/clean/document-endings.txt): 称 and 援引
    // follow a document as well as an outlet, so they vouch for no outlet.
    if !line.simplified.contains(['据', '转']) {
        return None;
    }
    REPOST.captures_iter(line.simplified).find_map(|c| {
        let (m, relay) = match (c.get(1), c.get(3), c.get(4)) {
            (Some(m), _, _) if !is_document(m.as_str()) && (c.get(2).is_some() || is_outlet(m.as_str())) => {
                (m, false)
            }
            (_, Some(m), _) if is_outlet(m.as_str()) => (m, false),
            (_, _, Some(m)) => (m, true),
            _ => return None,
        };
        Some((line.printed[m.range()].to_owned(), relay))
    })
}

/// A note that the story is printed with its first publisher's leave or was first printed elsewhere,
/// opening its line: 本文经授权转载自某某网, 本文經轉授權自某某新聞, 获授权转载自…, 原文刊于某某日报,
/// 原载于《某某日报》, 本文来自某某日报 (also 本文来自微信公众号“某某发布”), 本文转载自某某日报 (the outlet in group 1, perhaps
/// followed by more words).
static REPOST_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r#"^[（(【\[]?(?:(?:本文|此文|文章)?(?:经|获|已获)转?授权(?:转载|转刊|刊登)?自?|(?:本文|原文)原?(?:刊载|刊登|刊|载|发表)于|(?:本文)?原(?:刊载|刊登|刊|载)于?|本文来自(?:微信公众号)?|本文转载(?:自|于))\s*[:：]?\s*[《“"]?([A-Za-z0-9]{0,8}\p{Han}{2,14})"#,
    )
});

/// An outlet's note that the story is its own copy, alone on its line: 某某日报原创, 本文为某某网原创稿件,
/// 某某日报、某某云媒客户端原创 (the first outlet in group 1).
static ORIGINAL_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"^(?:本文(?:为|系))?([A-Za-z0-9]{0,8}\p{Han}{2,12}?)(?:[、,，和与及][A-Za-z0-9]{0,8}\p{Han}{2,12}?)*(?:独家)?原创(?:稿件|作品|文章|内容|新闻)?[。.]?$",
    )
});

/// Whether a line is a note naming the story's first publisher ([`REPOST_NOTE`], [`ORIGINAL_NOTE`]):
/// it closes the story, like the other repost notes of the footer.
pub(super) fn is_repost_note(line: Forms) -> bool {
    // Each note holds one of these words: most lines hold none, and need no search.
    const WORDS: [&str; 10] =
        ["授权", "原创", "原载", "原刊", "刊于", "载于", "登于", "发表于", "来自", "转载自"];
    WORDS.iter().any(|w| holds(line.simplified, w)) && repost_note(line).is_some()
}

/// The outlet a note of the story's first print names ([`REPOST_NOTE`]) or a note of an outlet's
/// own copy ([`ORIGINAL_NOTE`]), as printed: the longest head of the words after the verb that is an
/// outlet's name (原文刊于某某日报财经版 → 某某日报).
pub(super) fn repost_note(line: Forms) -> Option<String> {
    let m =
        REPOST_NOTE.captures(line.simplified).or_else(|| ORIGINAL_NOTE.captures(line.simplified))?.get(1)?;
    outlet_head(line, m.range())
}

/// The longest head of the words at `at` in `line` that is an outlet's name, as printed (某某日报财经版 →
/// 某某日报).
pub(super) fn outlet_head(line: Forms, at: std::ops::Range<usize>) -> Option<String> {
    let words = &line.simplified[at.clone()];
    let end =
        words.char_indices().map(|(i, c)| i + c.len_utf8()).rev().find(|&end| is_outlet(&words[..end]))?;
    Some(line.printed[at.start..at.start + end].to_owned())
}

/// The outlet of a production credit under the story, a line of its own: the outlet and its desk
/// before 制作 or 出品 (某某社音视频部制作 → 某某社, 某某日报新媒体中心出品 → 某某日报).
pub(super) fn producer(line: Forms) -> Option<String> {
    let text = line.trim();
    let desk = text.simplified.strip_suffix("制作").or_else(|| text.simplified.strip_suffix("出品"))?;
    let fits = (2..=20).contains(&desk.chars().count()) && desk.chars().all(crate::text::chars::is_han);
    fits.then(|| outlet_head(text, 0..desk.len())).flatten().filter(|o| !is_generic_outlet(o))
}

/// The outlet a portal's heading of more stories names (更多某某时报报导, 更多某某日报新闻): the outlet it
/// credits the story to.
pub(super) fn more_from(line: Forms) -> Option<String> {
    let text = line.trim();
    let rest = text.simplified.strip_prefix("更多")?;
    let name = ["报导", "报道", "新闻"].iter().find_map(|tail| rest.strip_suffix(tail))?;
    let start = "更多".len() + name.len() - name.trim_start().len();
    let name = &text.printed[start.."更多".len() + name.trim_end().len()];
    is_outlet(name).then(|| name.to_owned())
}

/// The owner a copyright line names (版权所有：某某日报, 版权所有 © 某某网, Copyright © 某某新闻网), also
/// before 版权所有 (某某新闻网版权所有，未经授权禁止转载, © 2024 某某网 版权所有: group 3), or the
/// paper in title marks a prompt to follow its channel names (请来Follow我们《某某日报》WhatsApp Channel):
/// the site's own outlet (group 1 or 2, perhaps followed by more words).
static SITE_OWNER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"(?:版权所有|(?i-u:copyright))\s*[:：]?\s*(?:[©®]|\((?i-u:c)\))?\s*(?:\d{4}(?:\s*[-—]\s*\d{4})?\s*)?([A-Za-z0-9]{0,8}\p{Han}{2,14})|《(\p{Han}{2,12})》|^(?:[©®]\s*)?(?:\d{4}\s*)?([A-Za-z0-9]{0,8}\p{Han}{2,14}?)\s*版权所有",
    )
});

/// The site's own outlet a footer's copyright line or (`follow`) a follow prompt names
/// ([`SITE_OWNER`]): the longest head of its words that is an outlet's name.
pub(super) fn site_owner(line: Forms, follow: bool) -> Option<String> {
    let c = SITE_OWNER.captures(line.simplified)?;
    let owner = if follow { c.get(2) } else { c.get(1).or(c.get(3)) };
    outlet_head(line, owner?.range())
}

/// An outlet's dateline opening the body: 湖南日报9月24日讯, 四川在线消息, 【文汇网讯】, 【明报专讯】, the
/// place of the report perhaps between the outlet and the day (某某网武汉5月22日消息), also
/// with the year, perhaps spaced out (【某某台 2023 年 11 月 30 日讯】: the date in group 2), or with the
/// place and day after a slash, as Malaysian papers print it ((某洲日报／吉隆坡5日讯)).
static OUTLET_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"^[【\[（(]?(\p{Han}{2,10}?)\s*(?:(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)|\d{1,2}月\d{1,2}日|[/／]\s*\p{Han}{2,8}?\s*\d{1,2}日)?(专讯|讯|消息)",
    )
});

/// A paper's source tag opening the body: the paper, a dash, its desk, in brackets (【時報-各報要聞】,
/// 【东岸报－财经要闻】). Only papers tag their copy so, whatever the length of their name.
static PAPER_TAG: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"^[【\[](\p{Han}{1,10}报)\s*[-－—·]\s*\p{Han}{2,10}[】\]]"));

/// An outlet's name alone in brackets opening the body, its name perhaps opening with Latin letters
/// (【Now新聞台】, 【某某日报】), perhaps with its desk's report after a slash, no one named
/// (【某某新聞網／綜合報導】, 〔某某時報/台北報導〕; not a desk: 〔即時新聞／綜合報導〕).
static OUTLET_TAG: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"^[【\[〔]([A-Za-z0-9]{0,8}\p{Han}{2,10}?)(\s*[/／]\s*\p{Han}{0,4}?报[导道])?[】\]〕]")
});

/// The outlet of a dateline opening the body (湖南日报9月24日讯 → 湖南日报), when it is an outlet's name,
/// or any name but the paper's own (本报) before 专讯, which only outlets print (明報專訊 → 明報); or of
/// a paper's source tag (【時報-各報要聞】 → 時報) or an outlet's name in brackets (【Now新聞台】).
pub(super) fn outlet_dateline(line: Forms) -> Option<String> {
    // (The tags' patterns are compiled and asked only of a line opening with a bracket.)
    let tagged = line.simplified.starts_with(['【', '[', '〔']);
    if let Some(m) = tagged.then(|| PAPER_TAG.captures(line.simplified)).flatten().and_then(|c| c.get(1)) {
        return Some(line.printed[m.range()].to_owned());
    }
    // A desk's name before the report (〔即時新聞／綜合報導〕) is a column, no outlet.
    if let Some(m) = tagged
        .then(|| OUTLET_TAG.captures(line.simplified))
        .flatten()
        .filter(|c| c.get(2).is_none() || !is_note_or_column(&c[1]))
        .and_then(|c| c.get(1))
        .filter(|m| is_outlet(m.as_str()))
    {
        return Some(line.printed[m.range()].to_owned());
    }
    let c = outlet_dateline_captures(line.simplified)?;
    let m = c.get(1)?;
    // 专讯, an agency's 社讯 in brackets (【某某社讯】) and a bracketed 讯 with the full date
    // (【某某台 2023年11月30日讯】) only outlets print.
    let bracketed = c[0].starts_with('【');
    let agency = bracketed && (m.as_str().ends_with('社') || c.get(2).is_some());
    let special = (&c[3] == "专讯" || agency) && !m.as_str().starts_with('本');
    if special || is_outlet(m.as_str()) {
        return Some(line.printed[m.range()].to_owned());
    }
    // The place of the report between the outlet and its day (某某网武汉5月22日消息 → 某某网).
    holds(&c[0], "日").then(|| outlet_head(line, m.range())).flatten()
}

/// The date of an outlet's dateline opening the body when it prints the year (【某某网2023年11月30日讯】
/// → 2023-11-30); a dateline without it dates nothing.
pub(super) fn outlet_dateline_date(line: Forms) -> Option<String> {
    let m = outlet_dateline_captures(line.simplified)?.get(2)?;
    published(line.get(m.range()), false)
}

/// [`OUTLET_DATELINE`]'s match in a line, compiled and asked only of a line holding a 讯 or a 消 (of
/// 消息), one of which every dateline has.
fn outlet_dateline_captures(line: &str) -> Option<regex::Captures<'_>> {
    line.contains(['讯', '消']).then(|| OUTLET_DATELINE.captures(line))?
}

/// An outlet's name alone in round brackets on its own line ((中國時報), （某某日报）, also after the verb
/// of a repost: (转载自某某日报), or before 报道: （某某日报报道）): under the story, a repost's note of the
/// paper it was first printed in; over it, the paper reporting it. A note or a column tag ending like a
/// paper's name ((附全文通报), （国际新闻）: [`is_note_or_column`]) is none.
pub(super) fn outlet_note(text: &str) -> Option<&str> {
    let inner = text.trim().strip_prefix(['(', '（'])?.strip_suffix([')', '）'])?.trim();
    // Also after the verb of a repost ((转载自某某日报), （转自：某某网）).
    let simplified = to_simplified(inner);
    let verb = ["转载自", "转自"].iter().find(|v| simplified.starts_with(**v)).map_or(0, |v| v.len());
    // Also before the verb of a report (（某某日报报道）); same byte offsets in both forms.
    let report = ["报道", "报导"].iter().find(|v| simplified.ends_with(**v)).map_or(0, |v| v.len());
    let inner = inner[verb..inner.len() - report].trim_start_matches([':', '：', ' ']);
    (!is_note_or_column(inner) && is_outlet(inner)).then_some(inner)
}

/// Whether a name in brackets is a note ((附全文通报), （情况简报）, 【…清单发布】) or a column tag
/// (【国际新闻】, （财经新闻）, 【天气预报】): the endings news sites share with notes and columns name no
/// outlet in brackets.
pub(super) fn is_note_or_column(name: &str) -> bool {
    let simplified = to_simplified(name);
    simplified.starts_with('附')
        || ["发布", "新闻", "在线", "通报", "简报", "汇报", "预报"].iter().any(|e| simplified.ends_with(e))
}

/// An outlet's name as the paper is called: 兰州日报社 (the publisher) → 兰州日报, 兰州日报数字报 or
/// 兰州日报电子版 (its e-paper's site) → 兰州日报.
pub(super) fn outlet_name(outlet: String) -> String {
    let simplified = to_simplified(&outlet);
    let edition =
        ["社", "数字报", "电子报", "数字版", "电子版"].iter().find_map(|e| simplified.strip_suffix(e));
    match edition {
        // (Same byte offsets in both forms.)
        Some(paper) if paper.ends_with('报') => outlet[..paper.len()].to_owned(),
        _ => outlet,
    }
}

/// The outlet a `来源:` label names, cut at the next label.
pub(super) fn labelled_source(line: Forms) -> Option<String> {
    let c = SOURCE_LABEL.captures(line.simplified).or_else(|| glued_source(line.simplified))?;
    // 发布: opens the line or stands apart by a space (a literal prefix keeps the search fast).
    let apart =
        |m: regex::Match| line.simplified[..m.start()].chars().next_back().map_or(true, char::is_whitespace);
    let at = match c.get(1) {
        Some(value) => value.range(),
        None if apart(c.get(0)?) => c.get(2)?.range(),
        None => return None,
    };
    let value = line.get(at).trim();
    let (value, simplified_value) = (value.printed, value.simplified);
    // An empty 来源: followed by the next label (来源: 发布时间: 2022-04-18).
    if VALUE_IS_LABEL.is_match(simplified_value) {
        return None;
    }
    // A name in latin letters runs over its spaces (Source: Donglin Daily | 2024-05-01).
    let latin = value.starts_with(|c: char| c.is_ascii_alphabetic()).then(|| {
        value.find(|c: char| !(c.is_ascii_alphanumeric() || among(" .&'-", c))).unwrap_or(value.len())
    });
    let end = latin.unwrap_or_else(|| NEXT_LABEL.find(simplified_value).map_or(value.len(), |m| m.start()));
    // (Also without the next note's opening bracket: （来源：某某日报）（编辑：某某）.)
    let source = value[..end].trim_matches(|c: char| c.is_whitespace() || among("|｜/,，;；(（", c));
    // A WeChat account's id in brackets after its name (某某发布(ID:abc123), 某某发布（微信号：abc）), or
    // the reporter's credit (某某日报（记者 张三）).
    let source = match source.split_once(['(', '（']) {
        Some((name, id))
            if id.starts_with(['I', 'i'])
                || id.starts_with("微信")
                || super::credits::opens_with_role(id) =>
        {
            name.trim_end()
        }
        _ => source,
    };
    // A title's marks around the outlet (来源：《某某日报》), also around the paper a site is joined to
    // (人民网-《人民日报》).
    let source = unmarked(unbalanced_close(source));
    // A repost portal's list of the sources it took the story from (新闻来源: 某某日报/某某网/某某发布,
    // 来源：某某日报、某某网): the first, when one of them is an outlet.
    let listed: Vec<&str> = source.split(['/', '／', '、']).map(unmarked).collect();
    let source = match listed[..] {
        [first, ..]
            if listed.len() > 1
                && listed.iter().all(|p| p.chars().count() >= 2)
                && listed.iter().any(|p| is_outlet(p)) =>
        {
            first
        }
        _ => source,
    };
    // A site joined to its paper (人民网－人民日报, 某某日报-某某新闻网): the paper, else the last; a site
    // joined to its channel (人民网-湖南频道): the site.
    // A value naming no outlet (来源:网络, 来源:本站原创, 来源:综合), or a link's label (来源:阅读原文): no source.
    let named =
        ["原创", "整理", "转载", "投稿"].iter().fold(source, |s, tail| s.strip_suffix(tail).unwrap_or(s));
    if is_anonymous(named) || super::lines::is_toolbar(&to_simplified(named)) {
        return None;
    }
    let source =
        match source.rsplit_once(['-', '－', '—']).map(|(first, last)| (unmarked(first), unmarked(last))) {
            Some((first, last)) if is_outlet(first) && to_simplified(last).ends_with("频道") => first,
            Some((first, last)) if is_outlet(first) && is_outlet(last) => {
                let paper = |o: &str| to_simplified(o).ends_with('报');
                if paper(first) && !paper(last) {
                    first
                } else {
                    last
                }
            }
            _ => source,
        };
    (!source.is_empty()).then(|| source.to_owned())
}

/// Whether a title names a document (政府工作报告, 某某市产业发展规划, 预算法): it ends in a document's word.
fn is_document(title: &str) -> bool {
    static ENDINGS: LazyLock<Vec<&'static str>> =
        LazyLock::new(|| crate::text::words::vocabulary(data_file!("clean/document-endings.txt")).collect());
    ENDINGS.iter().any(|e| title.ends_with(e))
}

/// A name without the title marks around it (《某某日报》 → 某某日报).
fn unmarked(name: &str) -> &str {
    let name = name.trim();
    name.strip_prefix('《').and_then(|s| s.strip_suffix('》')).unwrap_or(name)
}

/// Words a page prints where it names no one and no outlet (佚名, 本站, 网络): no person, no source.
pub(super) fn is_anonymous(word: &str) -> bool {
    static ANONYMOUS: LazyLock<Vec<&'static str>> =
        LazyLock::new(|| crate::text::words::vocabulary(data_file!("clean/anonymous.txt")).collect());
    let word = to_simplified(word);
    word.is_empty() || ANONYMOUS.contains(&word.as_ref())
}

/// A value without the closing brackets it does not open (`南通日报)` of `(来源:南通日报)` or a
/// misprint).
fn unbalanced_close(value: &str) -> &str {
    let mut value = value;
    loop {
        let Some(last) = value.chars().last() else { return value };
        let open = match last {
            ')' => '(',
            '）' => '（',
            '】' => '【',
            ']' => '[',
            _ => return value,
        };
        if value.matches(open).count() >= value.matches(last).count() {
            return value;
        }
        value = value[..value.len() - last.len_utf8()].trim_end();
    }
}

/// Whether a meta line names the story's source (来源:新民晚报, 转自:央视网).
pub(super) fn names_source(line: Forms) -> bool {
    labelled_source(line).is_some() || reposted_from(line).is_some()
}

/// An outlet's name standing in a source/date line (甘孜日報 2023年06月02日), also joined to its channel
/// by a dash (某某在线-国内·2024-06-06 19:05 → 某某在线).
pub(super) fn outlet_in_line(line: &str) -> Option<String> {
    let without_date = DATE.replace_all(line, " ");
    let without_date = if may_hold_other_date(&without_date) {
        OTHER_DATE.replace_all(&without_date, " ")
    } else {
        Cow::Borrowed(&*without_date)
    };
    without_date
        .split(|c: char| c.is_whitespace() || super::lines::SEPARATORS.contains(&c))
        .map(|w| match w.split_once(['-', '－']) {
            Some((site, channel)) if is_outlet(site) && (1..=6).contains(&channel.chars().count()) => site,
            _ => w,
        })
        // A channel made of tags (即時新聞／綜合報導, 地方新闻) is a desk, no outlet.
        .find(|w| !w.is_empty() && is_outlet(w) && (!is_tag(w) || is_known_outlet(w)))
        .map(|w| without_channel(w).to_owned())
}

/// An outlet's name without a channel's word glued before it (企业郑州晚报 → 郑州晚报): when the word
/// does not open with a place nor is an outlet known by name, a place after two to four CJK
/// characters opens the paper's own name, if the rest is an outlet's name.
fn without_channel(word: &str) -> &str {
    use crate::text::gazetteer::GAZETTEER;
    let simplified = to_simplified(word);
    if is_known_outlet(word) || GAZETTEER.longest_at(&simplified, 0).is_some() {
        return word;
    }
    simplified
        .char_indices()
        .skip(2)
        .take(3)
        .take_while(|&(at, _)| simplified[..at].chars().all(crate::text::chars::is_han))
        .find(|&(at, _)| GAZETTEER.longest_at(&simplified, at).is_some() && is_outlet(&simplified[at..]))
        .map_or(word, |(at, _)| &word[at..])
}

/// Whether a word is a news agency or a site known by name (新华社, 新华网, 中新网): the outlets
/// whose reporters also write for other sites' 来源.
pub(super) fn is_known_outlet(word: &str) -> bool {
    static KNOWN: LazyLock<Vec<&str>> = LazyLock::new(|| {
        crate::text::words::vocabulary(data_file!("clean/outlets.txt"))
            .chain(crate::text::words::vocabulary(data_file!("clean/agencies.txt")))
            .collect()
    });
    let word = to_simplified(word);
    KNOWN.iter().any(|k| word == *k)
}

/// A media unit named by its level alone, without its place: 县融媒体中心, 市广播电视台, 本报, or the
/// site's own channel (本部新闻, 本站新闻): no outlet.
static GENERIC_OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    let suffixes = alternation(data_file!("clean/outlet-suffixes.txt"));
    pattern::compile(&format!(r"^(?:[县市区省州镇乡旗本我]级?|本[部站网台刊])(?:{suffixes})$"))
});

/// Whether a word names a media unit by its level alone ([`GENERIC_OUTLET`]): 县融媒体中心.
pub(super) fn is_generic_outlet(word: &str) -> bool {
    GENERIC_OUTLET.is_match(&to_simplified(word))
}

/// Whether a word is an outlet's name (X日报, X网, 新华社 …); a channel's name of title tags before 新闻
/// (本地新闻, 国际新闻, 即时新闻) is none, unless the outlet is known by it (每日经济新闻).
pub(super) fn is_outlet(word: &str) -> bool {
    let word = to_simplified(word);
    OUTLET.is_match(&word) && !(word.ends_with("新闻") && is_tag(&word) && !is_known_outlet(&word))
}

/// The headline an agency's copy prints after its dateline: `中新网北京3月5日电 题：…`, also a feature's
/// `通讯：…` (up to a space).
static AGENCY_TITLE: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"(?:电|讯)\s*[(（]?\s*(?:题|通讯)\s*[:：]\s*([^\s)）]{4,60})"));

/// The headline after an agency's dateline (see [`AGENCY_TITLE`]), as printed.
pub(super) fn agency_title(line: Forms) -> Option<String> {
    let m = AGENCY_TITLE.captures(line.simplified)?.get(1)?;
    Some(line.printed[m.range()].to_owned())
}

/// The agency named by a dateline at the start of the body (新华社杭州6月22日电), and the dateline's
/// date when it prints the year (中央社記者張建中新竹2024年5月10日電 → 2024-05-10).
pub(super) fn agency_dateline(line: Forms) -> Option<(String, Option<String>)> {
    let c = holds(line.simplified, "电").then(|| AGENCY_DATELINE.captures(line.simplified))??;
    let printed = |i: usize| line.get(c.get(i).unwrap().range());
    Some((printed(1).printed.to_owned(), published(printed(0), false)))
}

/// A headline's mark of its rank, before or after it: （主题） the main headline, （引题） or （肩题）
/// the deck line above it, （副题） the subtitle below it. Every match holds 题.
static RANK_MARK: pattern::Gated =
    pattern::Gated::new(&['题'], r"^[（(](主题|引题|肩题|副题)[)）]|[（(](主题|引题|肩题|副题)[)）]$");

/// The rank a headline line's mark gives it (主题, 引题, 副题), if any.
pub(super) fn rank_mark(text: Forms<'_>) -> Option<&str> {
    let c = RANK_MARK.captures(text.simplified)?;
    Some(c.get(1).or(c.get(2))?.as_str())
}

/// A headline as printed without what pages add to it: the `原标题:` label and a mark of its rank,
/// anti-copy junk glued to it, a column tag in brackets before it (【快讯】), a repost site's tag
/// before a colon (环球热门:), a site's name after `_` (…签约落户重庆永川_环球速读), and a site or
/// channel name after ` - `, `-` or `|` (…_某某网, … - 某某频道). A prefix that is not a tag (海关总署:,
/// 财政预算案|) stays.
pub(super) fn headline(line: &str) -> String {
    let text = strip_junk(line.trim());
    let text = text.trim();
    let text = text.strip_prefix("原标题").map_or(text, |t| t.trim_start_matches([':', '：', ' ']));
    // A headline printed with its label (标题：…).
    let text = match text.strip_prefix("标题").filter(|t| t.starts_with([':', '：'])) {
        Some(t) => t.trim_start_matches([':', '：', ' ']),
        None => text,
    };
    let text = match RANK_MARK.find(&to_simplified(text)) {
        Some(m) => [&text[..m.start()], &text[m.end()..]].concat(),
        None => text.to_owned(),
    };
    let text = text.as_str();
    let text = strip_tag_prefix(text.trim());
    let text = MEDIA_MARK.find(&to_simplified(text)).map_or(text, |m| &text[..m.start()]);
    let text = bracketed_outlet(text).map_or(text, |(head, _)| head);
    // The site after the last `_`, and a channel or site before it (…_经济频道_某某网).
    let mut text = text;
    for pass in 0..2 {
        match text.rsplit_once('_') {
            Some((head, site))
                if site.chars().count() <= 10
                    && head.chars().count() > site.chars().count()
                    && (pass == 0 || is_site_or_tag(site)) =>
            {
                text = head
            }
            _ => break,
        }
    }
    let text = strip_site_suffix(text.trim());
    text.trim().to_owned()
}

/// A mark of the media a story comes with, after its headline: （图）, (组图), [视频], 【附视频】; or of
/// the script of the page's version, (正體中文), （简体中文）. Every match holds 图, 频 or 体.
static MEDIA_MARK: pattern::Gated = pattern::Gated::new(
    &['图', '频', '体'],
    r"\s*[（(\[【](?:(?:附|高清)?(?:组图|多图|图文|图|视频)|[正繁简]体中文)[)）\]】]$",
);

/// A tag in square brackets opening a headline (【快讯】, [独家], 【某某日报】), the tag in group 1.
static BRACKETED: LazyLock<Regex> = LazyLock::new(|| pattern::compile(r"^[【\[]([^】\]]{1,12})[】\]]\s*"));

/// An outlet's name in brackets closing or opening a headline (…签约十二个项目（某某日报）, 【某某日报】…):
/// the headline without it, and the outlet.
fn bracketed_outlet(text: &str) -> Option<(&str, &str)> {
    let head = super::lines::without_trailing_brackets(text);
    let (rest, name) = match text[head.len()..].trim() {
        "" => {
            let c = BRACKETED.captures(text)?;
            (&text[c.get(0)?.end()..], c.get(1)?.as_str())
        }
        tail => {
            (head, tail.trim_start_matches(['(', '（', '【', '[']).trim_end_matches([')', '）', '】', ']']))
        }
    };
    // (A caption's closing credit, …一角。（某某日报）, follows a sentence.)
    let headline =
        crate::text::chars::han_count(rest) >= 6 && !super::lines::ends_like_statement(rest.trim());
    (headline && is_outlet(name) && !is_note_or_column(name)).then_some((rest.trim(), name))
}

/// A column tag in brackets (【快讯】, [独家]) or a tag, a channel or a site before a colon or bar
/// (环球热门:, 经济频道 | , 某某网丨) opening a headline.
fn strip_tag_prefix(text: &str) -> &str {
    let long_enough = |rest: &str| crate::text::chars::han_count(rest) >= 6;
    if let Some(c) = BRACKETED.captures(text) {
        let rest = &text[c.get(0).unwrap().end()..];
        if long_enough(rest) {
            return rest;
        }
    }
    if let Some((label, rest)) = labelled(text) {
        if is_site_or_tag(label) && long_enough(rest) {
            return rest;
        }
    }
    // A site's name before a dash, as titles print it either side (某某新闻网 - …, 某某网——…): an
    // outlet's name only, never a tag or a subject (海关总署-…).
    if let Some((label, rest)) = text.split_once(" - ").or_else(|| text.split_once("——")) {
        let label = label.trim();
        if (2..=12).contains(&label.chars().count()) && is_outlet(label) && long_enough(rest) {
            return rest.trim_start();
        }
    }
    text
}

/// A label of 2 to 12 characters opening `text` before a colon or a bar (环球热门:, 经济频道 | ), and
/// the text after it and the spaces around the mark: what `^([^:：|｜丨\s]{2,12})\s*[:：|｜丨]\s*`
/// matches, found by a scan (one regex fewer to build at start-up).
fn labelled(text: &str) -> Option<(&str, &str)> {
    const MARKS: [char; 5] = [':', '：', '|', '｜', '丨'];
    let end = text.find(|c: char| MARKS.contains(&c) || c.is_whitespace()).unwrap_or(text.len());
    let label = &text[..end];
    let rest = text[end..].trim_start_matches(char::is_whitespace);
    let rest = rest.strip_prefix(MARKS)?.trim_start_matches(char::is_whitespace);
    (2..=12).contains(&label.chars().count()).then_some((label, rest))
}

/// A site's or channel's name after the headline: `… - 某某网`, `…-某某频道`, `…|某某日报`, or tags
/// (`… - 热点资讯`), also one after the other (`… | 港聞 | 某某日報`), and a paper joined to its sites by
/// middle dots (`… - 某某晚报数字报·某某网|…`).
fn strip_site_suffix(text: &str) -> &str {
    static SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
        pattern::compile(r"\s*(?:\s-\s|-|——|[|｜])\s*([^-—|｜\s]{2,14})(?:\s+[A-Za-z][A-Za-z .&']{0,30})?$")
    });
    // Back over the parts after the headline: sites and tags in a row from the end go, and so do up to
    // three parts from an outlet's name on, a section word the lists lack among them (… - 某某經濟日報
    // - 即時新聞頻道 - 商業).
    let (mut cut, mut probe, mut parts) = (text, text, 0);
    while let Some(c) = SUFFIX.captures(probe) {
        let (head, site) = (&probe[..c.get(0).unwrap().start()], &c[1]);
        let in_row = cut.len() == probe.len();
        parts += 1;
        if crate::text::chars::han_count(head) < 6 || (!in_row && parts > 3) {
            break;
        }
        if (in_row && is_site_or_tag(site))
            || (parts <= 3 && (is_outlet(site) || joined_outlet(site).is_some()))
        {
            cut = head;
        }
        probe = head;
    }
    cut
}

/// The outlet a page's title line prints after its headline (…_某某新闻网, … | 某某日报, … - 某某网, also
/// in brackets after or before it: …（某某日报）, 【某某日报】…): the site the page is on.
pub(super) fn title_site(line: &str) -> Option<String> {
    let text = line.trim();
    if let Some((_, outlet)) = bracketed_outlet(text) {
        return Some(outlet.to_owned());
    }
    let at = text.rfind(['_', '|', '｜', '-', '—'])?;
    let site = without_latin_name(text[at..].trim_start_matches(['_', '|', '｜', '-', '—']));
    // A column's tags ending like an outlet's name (… | 某某新聞網 - 即時新聞) name no site: the outlet
    // before them does.
    if is_outlet(site) && !is_tag(site) && crate::text::chars::han_count(&text[..at]) >= 6 {
        return Some(site.to_owned());
    }
    // The outlet opening the site's parts (… - 某某日报 - 即时新闻频道 - 商业).
    let rest = text[strip_site_suffix(text).len()..].trim_start_matches([' ', '-', '—', '|', '｜']);
    let first = rest.split([' ', '-', '—', '|', '｜']).next()?;
    is_outlet(first).then(|| first.to_owned()).or_else(|| joined_outlet(first).map(str::to_owned))
}

/// A paper's name joined to its sites' by middle dots (某某晚报数字报·某某网): every part an outlet's
/// name; the first, the paper.
fn joined_outlet(word: &str) -> Option<&str> {
    let mut parts = word.split(['·', '・', '•']);
    let first = parts.next()?;
    let mut rest = parts.peekable();
    (rest.peek().is_some() && is_outlet(first) && rest.all(is_outlet)).then_some(first)
}

/// A site's name without its name in Latin letters after a space (光华日报 Kwong Wah → 光华日报).
fn without_latin_name(site: &str) -> &str {
    let site = site.trim();
    match site.split_once(' ') {
        Some((name, latin)) if latin.chars().all(|c| c.is_ascii_alphabetic() || among(" .&'", c)) => name,
        _ => site,
    }
}

/// Whether a word after a headline is a site's or channel's name, or tags (某某网, 经济频道, 热点资讯).
pub(super) fn is_site_or_tag(word: &str) -> bool {
    is_outlet(word) || to_simplified(word).ends_with("频道") || is_tag(word)
}

/// Whether a word is made only of title tags (环球热门 = 环球 + 热门, 速读, 快讯).
fn is_tag(word: &str) -> bool {
    static TAGS: LazyLock<Vec<&str>> =
        LazyLock::new(|| crate::text::words::vocabulary(data_file!("clean/title-tags.txt")).collect());
    let word = to_simplified(word.trim());
    // Which prefixes of the word are sequences of tags.
    let mut reach = vec![false; word.len() + 1];
    reach[0] = true;
    for at in 0..word.len() {
        if reach[at] {
            for tag in TAGS.iter().filter(|t| word[at..].starts_with(**t)) {
                reach[at + tag.len()] = true;
            }
        }
    }
    !word.is_empty() && reach[word.len()]
}

/// Anti-copy junk of forum pages (`$ J7 g7 }8 x3 w: }' d`) taken out of a line: among the text
/// between CJK characters, a run of three or more space-separated tokens of one or two printable
/// ASCII characters, at least two of them holding a symbol. A line without junk is returned as it is.
pub(super) fn strip_junk(line: &str) -> Cow<'_, str> {
    let is_junk_token = |t: &str| t.len() <= 2 && t.chars().all(|c| c.is_ascii_graphic());
    let mut out = String::new();
    let mut found = false;
    let mut rest = line;
    while !rest.is_empty() {
        // A stretch of CJK text, then a stretch of other text.
        let han_end = rest.find(|c: char| !crate::text::chars::is_han(c)).unwrap_or(rest.len());
        out.push_str(&rest[..han_end]);
        rest = &rest[han_end..];
        let other_end = rest.find(crate::text::chars::is_han).unwrap_or(rest.len());
        let other = &rest[..other_end];
        rest = &rest[other_end..];
        let tokens: Vec<&str> = other.split_whitespace().collect();
        let symbols = tokens.iter().filter(|t| t.chars().any(|c| c.is_ascii_punctuation())).count();
        if tokens.len() >= 3 && symbols >= 2 && tokens.iter().all(|t| is_junk_token(t)) {
            found = true;
        } else {
            // Runs inside a longer stretch (`… 12 }8 x3 w: d`) are found token by token.
            let mut kept: Vec<&str> = Vec::new();
            let mut run: Vec<&str> = Vec::new();
            fn flush<'a>(run: &mut Vec<&'a str>, kept: &mut Vec<&'a str>) {
                let symbols = run.iter().filter(|t| t.chars().any(|c| c.is_ascii_punctuation())).count();
                if run.len() < 3 || symbols < 2 {
                    kept.append(run);
                }
                run.clear();
            }
            for t in &tokens {
                if is_junk_token(t) {
                    run.push(t);
                } else {
                    flush(&mut run, &mut kept);
                    kept.push(t);
                }
            }
            flush(&mut run, &mut kept);
            if kept.len() == tokens.len() {
                out.push_str(other);
            } else {
                found = true;
                out.push_str(&kept.join(" "));
            }
        }
    }
    if !found {
        return Cow::Borrowed(line);
    }
    Cow::Owned(out.trim().to_owned())
}

/// The headline inside a page `<title>` such as `headline_site name` or `headline - site`: the part
/// with the most CJK characters (not `北川新闻 | 光华日报 Kwong Wah`'s site).
pub(super) fn headline_of_page_title(page_title: &str) -> Option<String> {
    page_title
        .split(['_', '|', '｜'])
        .flat_map(|part| part.split(" - "))
        .map(str::trim)
        .max_by_key(|p| (crate::text::chars::han_count(p), p.chars().count()))
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The label scan answers what its pattern did, on made-up lines.
    #[test]
    fn label_scan_is_its_pattern() {
        let pattern = pattern::compile(r"^([^:：|｜丨\s]{2,12})\s*[:：|｜丨]\s*");
        for line in [
            "环球热门:某地新闻",
            "经济频道 | 某某签约",
            "某某网丨某某",
            "热门：",
            "a:b",
            "ab:",
            "十二个字的标签名称正好十二:x",
            "十三个字的标签名称正好十三个:x",
            " 标签:x",
            "标签 x:y",
            "标签\u{3000}：\u{3000}某某",
            "标签||x",
            "标签",
            "",
            "标签:",
            "标:签",
            "标签 \t ｜\t正文",
            "标签 正文",
            "一|",
            "A B:c",
        ] {
            let scanned = labelled(line).map(|(label, rest)| (label, line.len() - rest.len()));
            let matched =
                pattern.captures(line).map(|c| (c.get(1).unwrap().as_str(), c.get(0).unwrap().end()));
            assert_eq!(scanned, matched, "{line}");
        }
    }

    /// The patterns compiled only for a line holding one of their marks answer as compiled (made-up
    /// lines; the last of each list matches nowhere).
    #[test]
    fn gated_headline_marks_answer_as_compiled() {
        RANK_MARK.assert_gate(&["（主题）某某园区开工", "某某园区开工(副题)", "主题"], 2);
        MEDIA_MARK.assert_gate(
            &["某某园区开工（组图）", "某某园区[视频]", "某某【附视频】", "某某（简体中文）", "某某（图表）"],
            4,
        );
    }

    /// Both forms of a test's text (kept for the test's run).
    fn f(text: &'static str) -> Forms<'static> {
        Forms::new(text, Box::leak(to_simplified(text).into_owned().into_boxed_str()))
    }

    /// Class: slashed dates with the year last and 12-hour times.
    #[test]
    fn slashed_dates_and_twelve_hour_times() {
        assert_eq!(published(f("4/25/2024 3:20 PM"), false).as_deref(), Some("2024-04-25T15:20"));
        assert_eq!(published(f("25/4/2024 上午10时"), false).as_deref(), Some("2024-04-25T10:00"));
        assert_eq!(published(f("01/05/2024"), true).as_deref(), Some("2024-05-01"));
        assert_eq!(published(f("01/05/2024"), false), None);
        assert_eq!(published(f("2024-05-01 12:05 AM"), false).as_deref(), Some("2024-05-01T00:05"));
        assert_eq!(published(f("2024年5月1日 中午1时"), false).as_deref(), Some("2024-05-01T13:00"));
        assert!(writes_day_first("（新加坡31日讯）经发局昨天公布"));
        assert!(writes_day_first("来源：星洲日报"));
        assert!(!writes_day_first("新华社香港5月1日电 香港特区政府今天公布"));
    }

    #[test]
    fn dates_and_times() {
        assert_eq!(published(f("发布时间:2025-05-08 08:40:00"), false).as_deref(), Some("2025-05-08T08:40"));
        assert_eq!(published(f("甘孜日報 2023年06月02日"), false).as_deref(), Some("2023-06-02"));
        assert_eq!(
            published(f("发稿时间:2022-07-11 08:30 来源: 綿陽日報"), false).as_deref(),
            Some("2022-07-11T08:30")
        );
        assert_eq!(published(f("2023-06-02T08:30:00+08:00"), false).as_deref(), Some("2023-06-02T08:30"));
        assert_eq!(published(f("日期: 来源:资阳发布"), false), None);
    }

    #[test]
    fn sources() {
        assert_eq!(labelled_source(f("来源:全球起重机械网  人气:2654")).as_deref(), Some("全球起重机械网"));
        assert_eq!(labelled_source(f("日期: 来源:资阳发布收集编辑:资阳发布")).as_deref(), Some("资阳发布"));
        assert_eq!(
            labelled_source(f("发稿时间:2022-07-11 08:30 来源: 綿陽日報")).as_deref(),
            Some("綿陽日報")
        );
        assert_eq!(outlet_in_line("甘孜日報 2023年06月02日").as_deref(), Some("甘孜日報"));
        assert_eq!(agency_dateline(f("新华社杭州6月22日电 中共中央")), Some(("新华社".into(), None)));
        assert_eq!(
            agency_dateline(f("（中央社記者張建中新竹2024年5月10日電）台積電今天宣布")),
            Some(("中央社".into(), Some("2024-05-10".into())))
        );
        assert!(is_outlet("昆明日报") && is_outlet("綿陽新聞網") && !is_outlet("建设重点产业协作园区"));
        // Found on the simplified line, returned as printed.
        assert_eq!(labelled_source(f("出處：綿陽新聞網 編輯：王五")).as_deref(), Some("綿陽新聞網"));
        assert_eq!(agency_dateline(f("新華社北京6月22日電 中共中央")), Some(("新華社".into(), None)));
    }

    #[test]
    fn page_titles() {
        assert_eq!(headline_of_page_title("园区新闻标题_某某网").as_deref(), Some("园区新闻标题"));
    }
}
