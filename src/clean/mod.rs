//! Cleaning: finds the article body among navigation, related lists, footers and spam, takes the
//! metadata out of the lines around it, and folds repeated passages.
//!
//! How it decides:
//! 1. every line is classified on its own evidence (`lines::classify`): navigation, related,
//!    footer, spam, meta (source/date/counters), symbols, or text;
//! 2. navigation, related, footer and spam lines cut the page into runs; a run opened by a
//!    related heading is a related list (unless no other run holds a paragraph of prose). The
//!    body lies in the run with the most prose (CJK
//!    characters of lines with sentence punctuation);
//! 3. inside that run the body starts at the first paragraph of prose (at least 30 CJK characters
//!    with sentence punctuation, or a dateline such as 本网讯), reaching back over short sentences
//!    that are not captions; what comes before is the header (title, subtitle, meta, captions);
//! 4. the body ends at the last line of prose; credits after it (责编:…, bare name lines) are bylines;
//! 5. bylines, credits in captions and inline credits leave the body and become `meta.authors`;
//! 6. repeated paragraphs and sentences are folded (`repeats.rs`).
//!
//! A text without such structure (one sentence, a few lines of prose) is all body.
//!
//! The rules, with examples, are in docs/clean.md; the noise markers and the other word lists (credit
//! roles, outlet names, surnames …) in `data/clean/`, in simplified characters: the rules match a
//! line's simplified form and return what they find as printed.

mod credits;
mod lines;
mod meta;
mod repeats;

use crate::intake::Page;
use crate::model::{Author, Meta, Reason, Removed, Warning};
use crate::text::bounds::{is_prose_punct, SENTENCE_END};
use crate::text::chars::holds;
use crate::text::chars::{han_count, is_han};
use crate::text::pattern;
use crate::text::script::{to_simplified, Forms};
use crate::text::segment;
use crate::text::words::{alternation, data_file, vocabulary};
use lines::{ends_like_sentence, Kind};
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// The cleaner's output.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    /// Headline, outlet, date and credits.
    pub meta: Meta,
    /// The article text, paragraphs separated by `\n`.
    pub body: String,
    /// `body` in simplified characters, with the same byte offsets (`script::to_simplified(body)`:
    /// the same slices of the page's simplified form, not a second conversion).
    pub simplified: String,
    /// Every line (or credit) taken out, with the reason.
    pub removed: Vec<Removed>,
    /// Folded repeats, damaged characters …
    pub warnings: Vec<Warning>,
    /// The page is of an outlet printing dates day first (Hong Kong, Macau, Singapore, Malaysia): an
    /// ambiguous `1/2/2020` is 1 February, in its header and in its body (the dates stage).
    pub day_first: bool,
}

/// A paragraph of prose opening the body needs this many CJK characters.
const PROSE_HAN: usize = 30;

// The rules match a line's simplified form (`script::to_simplified`, same byte offsets): 本報訊 is
// 本报讯, and the word lists of `data/clean/` are in simplified characters. The page is converted
// once; each line, and each part of a line a rule reads, comes in both forms (`script::Forms`).

/// A digest of the story under its headline, labelled (【摘要】, 导读：, 核心提示：, 内容提要：), or an
/// editor's note before it (编者按：, 編按:, 编者的话, also its label alone on the line over the note),
/// or a note of where the text was taken from and by whose leave (本文选自…, 原文收录在…, 本文原载于…,
/// 经作者同意，现公开发表): part of the header, never the body's first paragraph. Every match holds 要,
/// 读, 提, 编, 文 or 意.
static DIGEST: pattern::Gated = pattern::Gated::new(
    &['要', '读', '提', '编', '文', '意'],
    r"^(?:(?:本文|原文)(?:节选|选|摘编|摘|收录|原载|原刊)(?:自|于|在)|经\p{Han}{1,12}同意[，,]?(?:现|特)?予?以?(?:公开)?(?:发表|刊发|刊登|转载)|[【\[](?:摘要|导读|核心提示|内容提要|内容摘要|编者按|编者的话|编者注|编前语|编按)[】\]]|(?:摘要|导读|核心提示|内容提要|内容摘要|编者按|编者的话|编者注|编前语|编按)\s*[:：]|(?:编者按|编者的话|编者注|编前语|编按)\s*$)",
);

/// A dateline opening the body: 本网讯, 本报讯, 绵阳新闻网讯, 新华社杭州6月22日电, (新山21日讯); at least
/// two characters before 讯, so that a headline's news word (快讯！, 喜讯！) is none. Every match holds
/// 讯, 消 or 电.
static DATELINE: pattern::Gated = pattern::Gated::new(
    &['讯', '消', '电'],
    r"^[（(【]?(?:\p{Han}{2,12}?讯|\p{Han}{1,12}?(?:消息[（(【\s]|\d{1,2}日[电讯]))",
);

/// A dateline standing alone on its line, with at most its bracketed credit (中新网兰州5月2日电 (记者
/// 何立新), 南岭日报讯) or the story's headline after 通讯： or 题： (新华社杭州5月12日电 通讯：…): it opens
/// the body, and is never a headline. 讯 closes an outlet's name (报, 网, 社, 台) or a date, so that news
/// words (喜讯) are no dateline.
/// Every match holds 电 or 讯 (日电, 日讯, 报讯 …).
static DATELINE_ALONE: pattern::Gated = pattern::Gated::new(
    &['电', '讯'],
    r"^[（(【]?\p{Han}{1,14}?(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日[电讯]|[报网社台]讯)】?\s*(?:[（(][^（）()]{2,40}[)）])?(?:\s*(?:通讯|题)\s*[:：][^。！？]{4,80})?$",
);

/// A blog's or an archive's day header alone on its line, a full date with its weekday (2010年11月25日
/// 星期四): under a story it opens the next one, whose headline and credits are no part of this one.
/// Every match holds 星, 周 or 礼.
static DAY_HEADER: pattern::Gated = pattern::Gated::new(
    &['星', '周', '礼'],
    r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[,，]?\s*(?:星期|周|礼拜)[一二三四五六日天]$",
);

/// A day alone on its line, opening a lead broken into short lines (3月11日, 11日上午).
static LEAD_DAY: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"^(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚间|晚)?$"));

/// Words of photo captions (图为, 资料图, 全景 …), or a photo credit's 摄 ending the line, also in
/// its brackets (…施政报告。(记者林某摄)); a person's place in the photo (张三(左二),
/// 李四（右起）, 王五(中)); a photo's provider in brackets ending the line (…破兆元。(某某局提供)), or
/// after 图/ (…愿景。图/某某公司提供), also an agency's photo (…工业园区。(某新社图)); the photo's
/// source after 图/ in its closing brackets (…成果。（圖／翻攝某某臉書）). (A caption's marker opening
/// the line is [`CAPTION_MARK`].)
static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(&format!(
        r"{}|[（(]图\s*[/／][^（）()]{{1,20}}[)）]$|摄[)）]?$|摄\s*[（(][^（）()]{{2,8}}[)）]$|[（(](?:前排|后排)?(?:[左右][一二三四五六七八九十\d]{{0,2}}起?|中)[)）]|[（(][^（）()]{{2,16}}提供[)）]\S{{0,6}}$|图\s*[/／]\s*[^\s/／]{{2,24}}提供$|[（(]\p{{Han}}{{1,8}}社图[)）]$",
        alternation(data_file!("clean/captions.txt"))
    ))
});

/// The date of a toolbar above the story (an e-paper's 上一版 下一版 2016年11月19日 星期六) or of a
/// site's date line over its home link (星期五 2024年 11月 22日 / 主页 某某新闻): a line of chrome without prose, not the headline nor a forum poster's profile (最后登录 / 2018-3-7: the
/// poster's dates); the page's date when nothing else dates it.
fn chrome_date(header: &[Line], title_at: Option<usize>, day_first: bool) -> Option<String> {
    let profile = |i: usize| {
        lines::is_profile_field(header[i].text) || (i > 0 && lines::is_profile_label(header[i - 1].text))
    };
    header
        .iter()
        .enumerate()
        .filter(|&(i, l)| {
            Some(i) != title_at
                && matches!(l.kind, Kind::Navigation | Kind::Text | Kind::Meta)
                && l.prose == 0
        })
        .filter(|&(i, _)| !profile(i))
        .find_map(|(_, l)| meta::published(l.text, day_first))
}

/// A page's line as the rules read it, trimmed, without a store's stamp opening it (date 2025-11-26: no
/// part of it) and a table cell's bar ending it; and the stamp.
fn page_line(line: &str) -> (&str, Option<&str>) {
    let (rest, stamp) = meta::split_store_stamp(line.trim());
    (without_cell_bar(rest), stamp)
}

/// A line without the bar of a table's cell after its last sentence (…合作机会。 |), also after the
/// sentence's closing credit (…建设。(某某报 张三 报道) |): the bar is the layout's, not the story's.
fn without_cell_bar(line: &str) -> &str {
    match line.strip_suffix(['|', '｜']).map(str::trim_end) {
        Some(text) if lines::ends_like_sentence(lines::without_trailing_brackets(text)) => text,
        _ => line,
    }
}

/// A caption's marker opening the line (▲ 某某出席…, ▼, △; ◎ only before one sentence ending in 。, as
/// a credit's list marker opens ◎ 记者 张三). A list's bullet is printed the same, so the marker alone
/// makes no caption: see [`is_caption`].
static CAPTION_MARK: pattern::Gated =
    pattern::Gated::new(&['▲', '▼', '△', '◎'], r"^[▲▼△]|^◎\s*\p{Han}[^。]{4,80}。$");

/// A figure of prose (21个, 86亿元, 20%): a number not of a date (3月5日, 2025年).
static PROSE_FIGURE: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[^0-9０-９.．年月日时点号]|$)"));

/// Whether a line is (or holds) a photo caption: of at most one sentence (and its credit), as a
/// paragraph of several whose last sentence describes a photo (…产值296亿元。图为工人施工。张三 摄) is
/// still prose. A line after a caption's marker (▲, ◎) is a caption when it says what a photo shows
/// in at most two clauses and without a figure: a bulleted line of the story (▲ 一季度，新签约项目21个，
/// 总投资达86亿元。) keeps its figures; one after a marker (▲, ●) ending with its photo credit
/// (…派福袋。 某某报记者张三 摄) is a caption however long.
fn is_caption(line: Forms) -> bool {
    let marked = || {
        CAPTION_MARK.is_match(line.simplified)
            && line.simplified.matches(['，', ',', '；', ';']).count() <= 1
            && !PROSE_FIGURE.is_match(line.simplified)
    };
    // A marked line ending with its photo credit is a caption of any length (●某某出席…。图为…。 记者张三 摄).
    let credited = || {
        line.simplified.starts_with(['▲', '▼', '△', '●'])
            && line.simplified.trim_end().trim_end_matches([')', '）']).ends_with('摄')
    };
    ((CAPTION.is_match(line.simplified) || marked()) && line.printed.matches(SENTENCE_END).count() < 2)
        || credited()
}

/// Whether a line's last sentence says what a photo shows (…项目。图为园区一角。).
fn is_lead_caption(line: Forms) -> bool {
    let text = line.simplified.trim_end().trim_end_matches(SENTENCE_END);
    text.rfind(SENTENCE_END).is_some_and(|at| text[at..].trim_start_matches(SENTENCE_END).starts_with("图为"))
}

/// One non-blank line of the page, what it was found to be, and the counts the rules weigh it by.
struct Line<'a> {
    text: Forms<'a>,
    kind: Kind,
    /// Its CJK characters (a line is far shorter than 4 GiB; 4 bytes each for the many lines of a
    /// long paste).
    han: u32,
    /// Its CJK characters if it reads as prose, else 0 (see [`prose_han`]).
    prose: u32,
}

impl<'a> Line<'a> {
    fn new(text: Forms<'a>) -> Self {
        let han = han_count(text.printed);
        let prose = prose_of(text.printed, || han);
        let small = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Line { text, kind: lines::classify(text, han), han: small(han), prose: small(prose) }
    }
}

/// Finds the body, the metadata and what to remove (see the module documentation).
pub fn clean(page: &Page) -> Cleaned {
    // The page is converted once (borrowed when it has no traditional character); each line's
    // simplified form is the same slice of it. No list per line of either form: a paste of a million
    // short lines is a million lines.
    let simplified = to_simplified(&page.text);
    let day_first = meta::writes_day_first(&simplified);
    // Counted first: grown by doubling, the list could be twice its size at its peak.
    let count = page.text.lines().filter(|l| !page_line(l).0.is_empty()).count();
    let mut lines: Vec<Line> = Vec::with_capacity(count);
    // The stamps taken off the lines, removed as meta.
    let mut stamps: Vec<&str> = Vec::new();
    for l in page.text.lines() {
        let (l, stamp) = page_line(l);
        stamps.extend(stamp);
        if !l.is_empty() {
            let at = l.as_ptr() as usize - page.text.as_ptr() as usize;
            lines.push(Line::new(Forms::new(l, &simplified[at..at + l.len()])));
        }
    }
    mark_profile_values(&mut lines);
    let split_date = mark_split_date(&mut lines);
    mark_split_counter(&mut lines);
    mark_subheadings(&mut lines);
    mark_inline_boxes(&mut lines);
    let mut out = Cleaned { warnings: page.warnings.clone(), day_first, ..Default::default() };
    let Some(run) = main_run(&lines) else {
        for l in &lines {
            out.removed.push(removed(l.text.printed, reason(l.kind, Reason::Navigation)));
        }
        return out;
    };
    // A run without a line of text (the input is a date or a source line alone: 2019/04/19, 计费周期
    // 2019年6月1日-6月30日) has no body for a header to stand before: it is no page, and all body.
    if !lines[run.clone()].iter().any(|l| l.kind == Kind::Text) {
        for l in lines[..run.start].iter().chain(&lines[run.end..]) {
            out.removed.push(removed(l.text.printed, reason(l.kind, Reason::Navigation)));
        }
        out.body = lines[run.clone()].iter().map(|l| l.text.printed).collect::<Vec<_>>().join("\n");
        out.simplified = lines[run].iter().map(|l| l.text.simplified).collect::<Vec<_>>().join("\n");
        return out;
    }
    let start = body_start(&lines, run.clone());
    let end = body_end(&lines, start, run.end);
    let end = end + usize::from(is_cut_paragraph(&lines, end));

    let mut src = Sources::default();
    let mut published: Option<String> = split_date;
    let mut authors: Vec<Author> = Vec::new();
    let mut removed_lines: Vec<Removed> = stamps.iter().map(|stamp| removed(stamp, Reason::Meta)).collect();
    let mut paragraphs: Vec<String> = Vec::new();
    // Their simplified forms, one for one.
    let mut simplified_paragraphs: Vec<String> = Vec::new();
    // The headline an agency's copy prints after its dateline (中新网北京3月5日电 题：…).
    let mut agency_title: Option<String> = None;

    // The header may reach back over chrome interleaved with it (a consent banner between the date
    // line and the story).
    let header_start = header_start(&lines, run.start, start);
    // Before the header: chrome.
    for l in &lines[..header_start] {
        src.read_masthead(l.text);
        src.read_note(l);
        removed_lines.push(removed(l.text.printed, reason(l.kind, Reason::Navigation)));
    }
    // The site a title line prints after the headline, else the page's `<title>` does.
    src.titled = lines[..start]
        .iter()
        .find_map(|l| meta::title_site(l.text.printed))
        .or_else(|| page.hints.page_title.as_deref().and_then(meta::title_site));
    // The header: title, subtitles, meta, captions.
    let title_at = title_line(&lines, header_start..start, end, page);
    // Past a repost's `原标题:` line, a `来源:` names the original outlet, not the portal's own.
    let mut past_original_title = false;
    let mut above: Option<String> = None;
    let epaper = lines[header_start..start].iter().any(|l| lines::is_page_label(l.text.simplified));
    for (i, l) in lines.iter().enumerate().take(start).skip(header_start) {
        past_original_title |= l.text.printed.starts_with("原标题");
        if !matches!(l.kind, Kind::Meta | Kind::Text) {
            src.read_masthead(l.text);
            src.read_note(l);
            removed_lines.push(removed(l.text.printed, reason(l.kind, Reason::Navigation)));
        } else if l.kind == Kind::Meta {
            if past_original_title && src.original.is_none() {
                src.original = meta::labelled_source(l.text);
            }
            src.read_meta(l.text);
            // A date line above the headline (a site's clock) gives way to one under it.
            if title_at.is_some_and(|t| i < t) {
                above = above.or_else(|| meta::published(l.text, day_first));
            } else {
                published = published.or_else(|| meta::published(l.text, day_first));
            }
            let labelled = credits::labelled_in_line(l.text);
            if labelled.is_empty() {
                let (outlet, people) = credits::in_date_line(l.text);
                src.byline = src.byline.take().or(outlet);
                authors.extend(people);
            }
            authors.extend(labelled);
            removed_lines.push(removed(l.text.printed, Reason::Meta));
        } else if let Some((outlet, people)) = credits::parse(l.text) {
            src.byline = src.byline.take().or(outlet);
            authors.extend(people);
            removed_lines.push(removed(l.text.printed, Reason::Byline));
        } else if Some(i) == title_at {
            removed_lines.push(removed(l.text.printed, Reason::Title));
        } else if let Some(outlet) = meta::outlet_note(l.text.printed).filter(|_| l.kind == Kind::Text) {
            // The paper reporting the story, alone in brackets over it (（某某日报报道）).
            src.byline = src.byline.take().or(Some(outlet.to_owned()));
            removed_lines.push(removed(l.text.printed, Reason::Byline));
        } else if let Some(outlet) = outlet_under_headline(&lines, i, title_at) {
            src.under_headline = src.under_headline.take().or(Some(outlet));
            removed_lines.push(removed(l.text.printed, Reason::Byline));
        } else if office_under_date(&lines, i, day_first) {
            src.office = src.office.take().or_else(|| Some(l.text.printed.trim().to_owned()));
            removed_lines.push(removed(l.text.printed, Reason::Meta));
        } else if l.kind == Kind::Text && is_caption(l.text) {
            // A caption over the story may credit its photographer (图为…。记者 王刚 摄).
            if let Some((_, credit, people)) = credits::split_photo_credit(l.text) {
                authors.extend(people);
                src.byline = src.byline.take().or_else(|| credits::photo_outlet(credit));
            }
            removed_lines.push(removed(l.text.printed, Reason::Caption));
        } else if let Some(people) =
            credits::parse_name_line(l.text.printed).filter(|_| title_at.is_some_and(|t| i > t))
        {
            // Bare names between the headline and the story (某某园区建设加速度 / 张三 / 2012-12-25 09:13).
            authors.extend(people);
            removed_lines.push(removed(l.text.printed, Reason::Byline));
        } else if l.kind == Kind::Text && title_at.is_some_and(|t| i > t) {
            removed_lines.push(removed(l.text.printed, Reason::Subtitle));
        } else {
            // A greeting naming the site over the headline (欢迎访问某某网！): its masthead; on an
            // e-paper's page (a page label in the header: 第03版:要闻) the paper's name over its date; a
            // site's logo, its name alone that the top bar prints again before a link (某某网 / 某某网 登入).
            let name = l.text.printed.trim();
            let logo = || {
                lines[..i].iter().chain(&lines[i + 1..title_at.unwrap_or(0).max(i + 1)]).any(|o| {
                    o.text.printed.trim().strip_prefix(name).is_some_and(|r| r.starts_with([' ', '|', '｜']))
                })
            };
            if greeting(l.text) > 0 || epaper || (meta::is_outlet(name) && logo()) {
                src.read_masthead(l.text);
            }
            removed_lines.push(removed(l.text.printed, reason(l.kind, Reason::Navigation)));
        }
    }
    published = published.or(above);
    // The body.
    for (i, l) in lines.iter().enumerate().take(end).skip(start) {
        if l.kind != Kind::Text {
            if l.kind == Kind::Meta {
                src.read_meta(l.text);
                published = published.or_else(|| meta::published(l.text, day_first));
                authors.extend(credits::labelled_in_line(l.text));
            }
            removed_lines.push(removed(l.text.printed, reason(l.kind, Reason::Meta)));
            continue;
        }
        // A credit alone on its line, also in brackets between paragraphs (a lead over (张三报导)).
        if let Some((outlet, people)) =
            credits::parse(l.text).or_else(|| credits::closing_credit_line(l.text))
        {
            src.byline = src.byline.take().or(outlet);
            authors.extend(people);
            removed_lines.push(removed(l.text.printed, Reason::Byline));
            continue;
        }
        let mut text = l.text;
        if i == start {
            if let Some((stamp, rest)) = meta::split_leading_stamp(text) {
                published = published.or_else(|| meta::published(stamp, day_first));
                removed_lines.push(removed(stamp.printed.trim(), Reason::Meta));
                text = rest;
            }
            // A source and its credit glued before the story (a WeChat repost's preview: 来源:某某日报
            // 记者 张三 通讯员 李四 2月13日,…): a meta line.
            if let Some((credit, rest, people)) = credits::split_leading_source(text) {
                src.read_meta(credit);
                authors.extend(people);
                removed_lines.push(removed(credit.printed.trim(), Reason::Meta));
                text = rest;
            }
            if let Some((outlet, people)) = credits::report_credit(text) {
                src.dateline = outlet;
                authors.extend(people);
            }
            if let Some((rest, credit, outlet, people)) = credits::split_leading(text) {
                src.byline = src.byline.take().or(outlet);
                authors.extend(people);
                removed_lines.push(removed(credit, Reason::Byline));
                text = rest;
            }
            src.dateline = src.dateline.take().or_else(|| meta::outlet_dateline(text));
            published = published.or_else(|| meta::outlet_dateline_date(text));
            // The dateline's credit stays where it is printed (本报讯（记者 张三）5月31日…): the body
            // starts as the page does; its people go to the authors.
            if let Some(people) = credits::split_dateline(text)
                .map(|(_, _, people)| people)
                .or_else(|| credits::dateline_report(text))
            {
                authors.extend(people);
            }
            if let Some((agency, date)) = meta::agency_dateline(text) {
                src.agency = src.agency.take().or(Some(agency));
                published = published.or(date);
                agency_title = meta::agency_title(text);
            }
        }
        if i <= start + 1 {
            src.read_repost(text);
        }
        if let Some((caption, credit, people)) = credits::split_photo_credit(text) {
            authors.extend(people);
            removed_lines.push(removed(credit, Reason::Byline));
            text = caption;
        }
        if let Some((rest, credit, outlet, people)) = credits::split_marked_credit(text) {
            src.byline = src.byline.take().or(outlet);
            authors.extend(people);
            removed_lines.push(removed(credit, Reason::Byline));
            text = rest;
        }
        if i + 1 == end {
            let trailing = credits::split_all_trailing(text);
            src.byline = src.byline.take().or(trailing.outlet);
            src.read_closing(trailing.source.clone());
            src.labelled = src.labelled.take().or(trailing.source);
            authors.extend(trailing.people);
            for mark in trailing.marks {
                let why = if holds(mark.printed, "完") {
                    Reason::Footer
                } else if meta::names_source(mark) {
                    Reason::Meta
                } else {
                    Reason::Byline
                };
                removed_lines.push(removed(mark.printed, why));
            }
            text = trailing.text;
        }
        paragraphs.push(text.printed.to_owned());
        simplified_paragraphs.push(text.simplified.to_owned());
    }
    // The tail: credits, then whatever the run still holds.
    let mut in_credits = true;
    // The next post's day header (2010年11月25日星期四): its headline and credits are the next story's.
    let next_story = (end..run.end).find(|&i| opens_next_post(&lines, i, run.end)).unwrap_or(run.end);
    for (i, l) in lines.iter().enumerate().take(next_story).skip(end) {
        // A repost's note of its paper ((某某時報)), or the paper's name alone over the story's address
        // (某某日报 / http://…), names the original.
        let signed = || signed_outlet(&lines, i).filter(|_| l.kind == Kind::Text);
        if let Some(outlet) =
            meta::outlet_note(l.text.printed).filter(|_| l.kind == Kind::Text).or_else(signed)
        {
            src.read_closing(Some(outlet.to_owned()));
            removed_lines.push(removed(l.text.printed, Reason::Meta));
            continue;
        }
        if l.kind == Kind::Meta {
            src.read_closing(meta::labelled_source(l.text));
            src.read_meta(l.text);
            // A page that prints its date only under the story (文:林美华 / 2023-12-05 18:20).
            published = published.or_else(|| meta::published(l.text, day_first));
            authors.extend(credits::labelled_in_line(l.text));
        } else if l.kind == Kind::Text {
            src.read_repost(l.text);
        }
        src.read_producer(l.text);
        let credit = (l.kind == Kind::Text)
            .then(|| credits::parse(l.text).or_else(|| credits::closing_credit_line(l.text)));
        if let Some((outlet, people)) = credit.flatten() {
            src.byline = src.byline.take().or(outlet);
            authors.extend(people);
            removed_lines.push(removed(l.text.printed, Reason::Byline));
        } else if let Some(people) = credits::parse_name_line(l.text.printed).filter(|_| in_credits) {
            authors.extend(people);
            removed_lines.push(removed(l.text.printed, Reason::Byline));
        } else if let Some((_, _, people)) =
            (l.kind == Kind::Text).then(|| credits::split_photo_credit(l.text)).flatten()
        {
            // A photo credit in brackets under the story ((某某日报记者 李四/摄)).
            authors.extend(people);
            removed_lines.push(removed(l.text.printed, Reason::Byline));
        } else {
            in_credits = in_credits && l.kind == Kind::Symbols;
            removed_lines.push(removed(l.text.printed, reason(l.kind, Reason::Footer)));
        }
    }
    for l in &lines[next_story..run.end] {
        removed_lines.push(removed(l.text.printed, reason(l.kind, Reason::Footer)));
    }
    // After the run: related lists and footers.
    let mut in_related = false;
    for l in &lines[run.end..] {
        src.read_note(l);
        src.read_producer(l.text);
        in_related =
            (in_related || l.kind == Kind::Related) && !matches!(l.kind, Kind::Footer | Kind::Navigation);
        // A credit line among the footers (- 编辑:李娜), or one in brackets after the previous and next
        // links (上一页 下一页 / （责任编辑：某某）).
        let (unbulleted, _) = lines::strip_bullet(l.text.printed);
        let bracketed = unbulleted.starts_with(['（', '(']) && unbulleted.ends_with(['）', ')']);
        let credit = (!in_related || bracketed) && l.kind != Kind::Meta;
        if let Some((_, people)) = credit.then(|| credits::parse(l.text.of(unbulleted))).flatten() {
            authors.extend(people);
            removed_lines.push(removed(l.text.printed, Reason::Byline));
            continue;
        }
        let default = if in_related { Reason::Related } else { Reason::Footer };
        removed_lines.push(removed(l.text.printed, reason(l.kind, default)));
    }

    let (duplicates, warnings) = repeats::fold(&mut paragraphs, &mut simplified_paragraphs);
    removed_lines.extend(duplicates);
    out.warnings.extend(warnings);

    let hints = &page.hints;
    let title = title_at
        .map(|i| meta::headline(lines::strip_bullet(lines[i].text.printed.trim()).0))
        .or_else(|| hints.title.clone())
        .or_else(|| hints.page_title.as_deref().and_then(meta::headline_of_page_title))
        .or(agency_title);
    let mut seen = Vec::new();
    authors.retain(|a| {
        let new = !seen.contains(&a.name) && !meta::is_anonymous(&a.name);
        seen.push(a.name.clone());
        new
    });
    if authors.is_empty() {
        authors = hints.authors.iter().map(|name| Author { name: name.clone(), role: None }).collect();
    }
    out.meta = Meta {
        title,
        source: src
            .best()
            .or_else(|| hints.source.clone())
            .or(src.byline.filter(|o| !meta::is_generic_outlet(o)).map(meta::outlet_name))
            .or_else(|| site_owner(&lines)),
        published: published
            .or_else(|| {
                let hint = hints.published.as_deref()?;
                meta::published(Forms::new(hint, &to_simplified(hint)), false)
            })
            .or_else(|| chrome_date(&lines[..start], title_at, day_first)),
        authors,
    };
    out.body = paragraphs.join("\n");
    out.simplified = simplified_paragraphs.join("\n");
    out.removed = removed_lines;
    out
}

/// An outlet's name alone on header line `i` (after a list marker: ●南洋网), right under a line printing
/// the headline, or under the date line under it (a reposted story's headline / 2010/11/26 3:27 PM /
/// 某某网): the outlet the story is credited to. Over the headline it is the site's masthead, which
/// names no source.
fn outlet_under_headline(lines: &[Line], i: usize, title_at: Option<usize>) -> Option<String> {
    let title = lines[title_at?].text.printed;
    let name = lines::strip_bullet(lines[i].text.printed.trim()).0;
    let headline = |j: usize| lines[j].text.printed == title;
    let dated = |j: usize| lines[j].kind == Kind::Meta && meta::published(lines[j].text, false).is_some();
    let under = i > 0 && (headline(i - 1) || (i > 1 && dated(i - 1) && headline(i - 2)));
    (under && meta::is_outlet(name)).then(|| name.to_owned())
}

/// An outlet's name alone on line `i` under the story, over the story's address on the next line
/// (光明日报 / http://www.…/node/123): a repost's credit of the paper it took the story from.
fn signed_outlet<'a>(lines: &'a [Line<'a>], i: usize) -> Option<&'a str> {
    let name = lines[i].text.printed.trim();
    let address = lines.get(i + 1)?.text.printed.trim();
    let linked =
        address.starts_with("http://") || address.starts_with("https://") || address.starts_with("www.");
    (linked && meta::is_outlet(name) && !meta::is_generic_outlet(name) && !meta::is_note_or_column(name))
        .then_some(name)
}

/// An office's name alone on header line `i`, right under the date line (本部新闻 / 2022-09-19 14:00 /
/// 工业局 / the headline): a government portal's issuing office, as its 发布单位: would name it.
fn office_under_date(lines: &[Line], i: usize, day_first: bool) -> bool {
    i > 0
        && lines[i - 1].kind == Kind::Meta
        && credits::is_office(lines[i].text.simplified.trim())
        && meta::published(lines[i - 1].text, day_first).is_some()
}

/// The length of a greeting opening a line of chrome (欢迎访问, 欢迎光临, 欢迎来到 某某网！), else 0.
fn greeting(line: Forms) -> usize {
    ["欢迎访问", "欢迎光临", "欢迎来到"]
        .iter()
        .find(|g| line.simplified.starts_with(**g))
        .map_or(0, |g| g.len())
}

/// The site's own outlet a footer's copyright line or a prompt to follow the paper names (版权所有：
/// 某某日报, 请来Follow我们《某某日报》WhatsApp Channel): the last resort of `meta.source`.
fn site_owner(lines: &[Line]) -> Option<String> {
    lines.iter().find_map(|l| match l.kind {
        Kind::Footer => meta::site_owner(l.text, false),
        Kind::Symbols if lines::is_follow(l.text) => meta::site_owner(l.text, true),
        _ => None,
    })
}

/// The outlets a page names, by the evidence they come from; the best is taken at the end.
#[derive(Default)]
struct Sources {
    /// 据甘肃日报报道, 据《山西日报》: the original a portal reposts.
    original: Option<String>,
    /// 来源:东南网.
    labelled: Option<String>,
    /// An outlet a 来源 line or note after the story names (来源：南河日报 under the story whose header
    /// printed 来源：南河网): the original the portal credits at its end.
    closing: Option<String>,
    /// The outlet of a dateline opening the body: 湖南日报9月24日讯.
    dateline: Option<String>,
    /// 转自:央视网: the site the portal took the story from.
    relay: Option<String>,
    /// An outlet standing in a date line: 甘孜日报 2023年06月02日.
    in_line: Option<String>,
    /// An agency's dateline: 新华社杭州6月22日电.
    agency: Option<String>,
    /// An office's name alone under the date line (2022-09-19 14:00 / 工业局): a portal's issuing office.
    office: Option<String>,
    /// The outlet a portal credits outside the story: a production credit (某某社音视频部制作) or a
    /// heading of more of its stories (更多某某时报报导).
    producer: Option<String>,
    /// The outlet printed before a credit: 昆明日报全媒体记者:贾献培.
    byline: Option<String>,
    /// An outlet's name alone on the line under the headline (某某电台 under a reposted story's
    /// headline): the story's credited outlet.
    under_headline: Option<String>,
    /// The site a title line over the story names after its headline (…_东岸网): the host.
    titled: Option<String>,
    /// The site's name alone on a line of the page's top bar (东岸网 over the headline): the host,
    /// the last resort.
    masthead: Option<String>,
}

impl Sources {
    fn read_meta(&mut self, line: Forms) {
        self.read_repost(line);
        if self.labelled.is_none() {
            self.labelled = meta::labelled_source(line);
        }
        if self.in_line.is_none() {
            self.in_line = meta::outlet_in_line(line.printed);
        }
    }

    fn read_producer(&mut self, line: Forms) {
        if self.producer.is_none() {
            self.producer = meta::producer(line).or_else(|| meta::more_from(line));
        }
    }

    /// A line of chrome above the story that is only an outlet's name: the site's masthead.
    fn read_masthead(&mut self, line: Forms) {
        let name = line.printed[greeting(line)..].trim().trim_end_matches(['!', '！']);
        // A link to subscribe to the site's newsletter (订阅电子报) and the site's own channel (本部新闻)
        // name no outlet.
        let link = line.simplified.trim().starts_with("订阅") || meta::is_generic_outlet(name);
        if self.masthead.is_none() && meta::is_outlet(name) && !link {
            self.masthead = Some(name.to_owned());
        }
        // A breadcrumb's last item naming an outlet (首页 > 媒体聚焦 > 某某日报): the paper whose column
        // the story is in; its first item is the site's home, which may be a portal's (某某网 > 地方 >
        // 台南 names none), nor a channel ending like one (首页 > 本地新闻: [`meta::is_note_or_column`]). (Asked only of a line with a breadcrumb's separator.)
        if self.masthead.is_none() && line.printed.contains(['>', '»', '›']) {
            let last =
                line.printed.trim().trim_end_matches(['>', '»', '›', ' ']).rsplit(['>', '»', '›']).next();
            let last = last.map(|i| i.rsplit([':', '：']).next().unwrap_or(i).trim());
            let named =
                |i: &&str| meta::is_outlet(i) && !meta::is_generic_outlet(i) && !meta::is_note_or_column(i);
            self.masthead = last.filter(named).map(str::to_owned);
        }
    }

    /// A 来源 line after the story: its outlet (an outlet's name only: 资料来源：统计局 names data).
    fn read_closing(&mut self, source: Option<String>) {
        if self.closing.is_none() {
            self.closing = source.filter(|o| meta::is_outlet(o));
        }
    }

    /// A footer's note that the story was first printed elsewhere (本文经授权转载自某某网, 原文刊于某某日报):
    /// the original.
    fn read_note(&mut self, line: &Line) {
        if line.kind == Kind::Footer && self.original.is_none() {
            self.original = meta::repost_note(line.text);
        }
    }

    fn read_repost(&mut self, line: Forms) {
        match meta::reposted_from(line) {
            Some((outlet, false)) if self.original.is_none() => self.original = Some(outlet),
            Some((outlet, true)) if self.relay.is_none() => self.relay = Some(outlet),
            _ => {}
        }
    }

    /// The original over the portal: 据…报道, then the paper whose reporter is credited (湖北日报记者
    /// 张三 on a host that prints 来源:某某在线), an outlet a 来源 after the story names, 来源:, a
    /// dateline's outlet, 转自:, an outlet in a date
    /// line, an office under the date line, an agency's dateline, the outlet a portal credits outside the story, an outlet under the headline, the
    /// site a title line names, the site's masthead. An agency's or a national site's reporter gives way to 来源:, which
    /// names the agency in its site's form (新华社记者 with 来源:新华网 → 新华网).
    fn best(&self) -> Option<String> {
        let credited = self.byline.clone().filter(|o| meta::is_outlet(o) && !meta::is_known_outlet(o));
        let best = [
            &self.original,
            &credited,
            &self.closing,
            &self.labelled,
            &self.dateline,
            &self.relay,
            &self.in_line,
            &self.office,
            &self.agency,
            &self.producer,
            &self.under_headline,
            &self.titled,
            &self.masthead,
        ]
        .into_iter()
        .find_map(|s| s.clone());
        best.map(meta::outlet_name)
    }
}

/// A related box set inside the story: a short heading (延伸阅读, 相关阅读) and one to four links between
/// a paragraph and a paragraph of prose, both ending like a statement; also the heading alone with its
/// link after its colon (更多新闻: 某某…). The box is removed like a share line and the story goes on
/// after it; a list of links ending the page's story stays a related list.
fn mark_inline_boxes(lines: &mut [Line]) {
    for i in 1..lines.len() {
        let (before, heading) = (&lines[i - 1], &lines[i]);
        if heading.kind != Kind::Related
            || before.kind != Kind::Text
            || before.prose == 0
            || !lines::ends_like_statement(before.text.printed)
        {
            continue;
        }
        // The heading's own link after its colon: a short word, then a link's length.
        let linked = heading
            .text
            .printed
            .split_once([':', '：'])
            .is_some_and(|(word, link)| han_count(word) <= 6 && (4..=40).contains(&han_count(link)));
        if heading.han > 6 && !linked {
            continue;
        }
        let items = lines[i + 1..].iter().take(4).take_while(|l| l.prose == 0 && l.han <= 40).count();
        let Some(after) = lines.get(i + 1 + items) else { continue };
        if (items > 0 || linked)
            && after.kind == Kind::Text
            && after.prose as usize >= PROSE_HAN
            && lines::ends_like_statement(after.text.printed)
        {
            for l in &mut lines[i..=i + items] {
                l.kind = Kind::Symbols;
            }
        }
    }
}

/// A related list's heading word inside the story (最新进展 between two paragraphs) heads a part of
/// it: a short heading without a colon, after a line of prose and before a paragraph of prose that
/// ends like a statement, is text.
fn mark_subheadings(lines: &mut [Line]) {
    for i in 1..lines.len().saturating_sub(1) {
        let (before, heading, after) = (&lines[i - 1], &lines[i], &lines[i + 1]);
        if heading.kind == Kind::Related
            && heading.han <= 12
            && !heading.text.printed.contains([':', '：'])
            && before.kind == Kind::Text
            && before.prose > 0
            && after.kind == Kind::Text
            && after.prose as usize >= PROSE_HAN
            && lines::ends_like_statement(after.text.printed)
        {
            lines[i].kind = Kind::Text;
        }
    }
}

/// The value under a forum profile's field printed on a line of its own (最后登录 / 2017-12-9): the
/// poster's, so chrome like its field, never a page date.
fn mark_profile_values(lines: &mut [Line]) {
    for i in 1..lines.len() {
        if lines[i].han < 40 && lines::is_profile_label(lines[i - 1].text) {
            lines[i].kind = Kind::Navigation;
        }
    }
}

/// A date printed over lines of its own in the header: the year, then month/day, then the time
/// (2023 / 10/05 / 17:15). The lines become meta lines; the date is returned.
/// A view counter printed over lines of its own, its label and its count (點閱數 / : / 3293): meta
/// lines, as the counter line they would make (点击量:1134) is.
fn mark_split_counter(lines: &mut [Line]) {
    static COUNTERS: LazyLock<Vec<&str>> =
        LazyLock::new(|| vocabulary(data_file!("clean/meta-counters.txt")).collect());
    let is_value =
        |l: &Line| l.text.printed.chars().all(|c| c.is_ascii_digit() || matches!(c, ':' | '：' | ' '));
    for i in 0..lines.len() {
        if lines[i].han > 4 {
            continue;
        }
        let label = lines[i].text.simplified.trim_end_matches([':', '：', ' ']);
        let label = ["次数", "量", "数"].iter().find_map(|t| label.strip_suffix(t)).unwrap_or(label);
        if !COUNTERS.contains(&label) {
            continue;
        }
        let values = lines[i + 1..].iter().take(2).take_while(|l| is_value(l)).count();
        if values > 0 {
            lines[i..=i + values].iter_mut().for_each(|l| l.kind = Kind::Meta);
        }
    }
}

fn mark_split_date(lines: &mut [Line]) -> Option<String> {
    static YEAR: LazyLock<Regex> = LazyLock::new(|| pattern::compile(r"^(19|20)\d{2}$"));
    static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| pattern::compile(r"^\d{1,2}[/.-]\d{1,2}$"));
    static TIME: LazyLock<Regex> = LazyLock::new(|| pattern::compile(r"^\d{1,2}:\d{2}$"));
    let at = (0..lines.len().saturating_sub(1))
        .find(|&i| YEAR.is_match(lines[i].text.printed) && MONTH_DAY.is_match(lines[i + 1].text.printed))?;
    let (month, day) = lines[at + 1].text.printed.split_once(['/', '.', '-'])?;
    let mut date = format!("{}-{month}-{day}", lines[at].text.printed);
    lines[at].kind = Kind::Meta;
    lines[at + 1].kind = Kind::Meta;
    if let Some(time) = lines.get_mut(at + 2).filter(|l| TIME.is_match(l.text.printed)) {
        time.kind = Kind::Meta;
        date = format!("{date} {}", time.text.printed);
    }
    meta::published(Forms::new(&date, &to_simplified(&date)), false)
}

fn removed(text: &str, reason: Reason) -> Removed {
    Removed { text: text.to_owned(), reason }
}

/// The removal reason of a line of `kind`, or `default` for a text line.
fn reason(kind: Kind, default: Reason) -> Reason {
    match kind {
        Kind::Navigation => Reason::Navigation,
        Kind::Related => Reason::Related,
        Kind::Footer => Reason::Footer,
        Kind::Spam => Reason::Spam,
        Kind::Meta => Reason::Meta,
        Kind::Symbols => Reason::Symbols,
        Kind::Text => default,
    }
}

/// Whether a line reads as prose: CJK text with sentence punctuation. Its CJK characters if so, else 0.
fn prose_han(text: &str) -> usize {
    prose_of(text, || han_count(text))
}

/// `han()`, the count of CJK characters of `text`, if it has sentence punctuation, else 0.
fn prose_of(text: &str, han: impl FnOnce() -> usize) -> usize {
    if text.chars().any(is_prose_punct) {
        han()
    } else {
        0
    }
}

/// The run of lines (between navigation, related, footer and spam lines) holding the most prose;
/// runs opened by a related heading count only when no other run holds a paragraph of prose (a
/// sidebar's list printed before the story: 热门推荐 / the headline / the paragraphs).
fn main_run(lines: &[Line]) -> Option<std::ops::Range<usize>> {
    // The best run not opened by a related heading, and the best opened by one: (prose, han, run).
    let mut best: [Option<(usize, usize, std::ops::Range<usize>)>; 2] = [None, None];
    let mut start = 0;
    let mut related = false;
    for i in 0..=lines.len() {
        let boundary = i == lines.len()
            || matches!(lines[i].kind, Kind::Navigation | Kind::Related | Kind::Footer | Kind::Spam);
        if !boundary {
            continue;
        }
        if i > start {
            let run = &lines[start..i];
            let texts = run.iter().filter(|l| l.kind == Kind::Text);
            let prose: usize = texts.clone().map(|l| l.prose as usize).sum();
            let han: usize = texts.map(|l| l.han as usize).sum();
            let slot = &mut best[usize::from(related)];
            if slot.as_ref().map_or(true, |b| (prose, han) > (b.0, b.1)) {
                *slot = Some((prose, han, start..i));
            }
        }
        if i < lines.len() {
            // A related heading opens a related list; footers and navigation close it.
            related = lines[i].kind == Kind::Related;
        }
        start = i + 1;
    }
    let [plain, related] = best;
    let story = |b: &Option<(usize, usize, std::ops::Range<usize>)>| {
        b.as_ref().is_some_and(|b| lines[b.2.clone()].iter().any(|l| l.prose as usize >= PROSE_HAN))
    };
    let best = if !story(&plain) && story(&related) { related } else { plain };
    best.filter(|b| b.1 > 0 || !b.2.is_empty()).map(|b| b.2)
}

/// Whether a line could be a credit or a caption rather than article prose.
fn is_credit_or_caption(text: Forms) -> bool {
    credits::parse(text).is_some() || is_caption(text)
}

/// The first body line of the run: the first paragraph of prose or dateline, reaching back over
/// short sentences that are not captions; a run without prose is all body.
fn body_start(lines: &[Line], run: std::ops::Range<usize>) -> usize {
    // A digest's label alone on its line (编者按 / the note) makes the next line the digest.
    let label_alone = |i: usize| {
        let text = lines[i].text.simplified.trim_end();
        DIGEST.find(text).is_some_and(|m| m.end() == text.len())
    };
    let is_text = |i: usize| {
        lines[i].kind == Kind::Text
            && !is_credit_or_caption(lines[i].text)
            && !DIGEST.is_match(lines[i].text.simplified)
            && (i == run.start || !label_alone(i - 1))
    };
    let dateline = |i: usize| DATELINE.is_match(lines[i].text.simplified) && lines[i].prose >= 10;
    // A headline over the meta line (投资百亿元！这个产业园开工了 / 来源：… | 2023-05-06 / the story),
    // also a long one with commas (栏目丨某园区,推动协同发展的示范园区 / 2023-05-19 来源：…).
    let over_meta =
        |i: usize| i + 1 < run.end && lines[i + 1].kind == Kind::Meta && is_headline_like(lines[i].text);
    let strong = run
        .clone()
        .find(|&i| is_text(i) && (lines[i].prose as usize >= PROSE_HAN || dateline(i)) && !over_meta(i));
    // Headlines with commas and an exclamation mark (382个项目,总投资5066.7亿元!…) are no prose when
    // the dateline follows them before any full stop.
    let strong = strong.map(|s| {
        let headline = |i: usize| {
            !lines[i].text.printed.contains(['。', '；']) && !ends_like_sentence(lines[i].text.printed)
        };
        let later =
            (s..run.end.min(s + 4)).take_while(|&i| !dateline(i) && (headline(i) || !is_text(i))).last();
        match later.map(|l| l + 1).filter(|&d| d < run.end && d > s && is_text(d) && dateline(d)) {
            Some(d) => d,
            None => s,
        }
    });
    let strong = strong.map(|s| story_under_deck(lines, s, run.end).unwrap_or(s));
    // Without a long paragraph, the first line with sentence punctuation, unless it is a headline
    // over the meta line.
    let weak = || run.clone().find(|&i| is_text(i) && lines[i].prose > 0 && !over_meta(i));
    let Some(mut start) =
        strong.or_else(weak).or_else(|| run.clone().find(|&i| is_text(i) && lines[i].prose > 0))
    else {
        return run.clone().find(|&i| lines[i].kind == Kind::Text).unwrap_or(run.start);
    };
    // A photo between such lines: its caption (南宁早高峰。图源:某某) or its lost picture's placeholder.
    let photo = |i: usize| match lines[i].kind {
        Kind::Text => is_caption(lines[i].text),
        Kind::Symbols => lines::is_image_placeholder(lines[i].text.simplified),
        _ => false,
    };
    // A clause broken off at its comma, as posts print a sentence over short lines (广西的省会为什么在
    // 南宁， / 在柳州不香吗？), or a lead-in over its colon (他说： / “…”), runs on into the next line
    // when it is prose-long, when that line ends like a sentence, or when it sits under a sentence or
    // a photo. A headline printed over two lines (奋进新征程， / 建功新时代) does none of these: its
    // halves are short and neither ends like a sentence.
    let runs_on = |i: usize| {
        let text = lines[i].text.printed.trim_end();
        let sentence = |j: usize| lines[j].kind == Kind::Text && ends_like_sentence(lines[j].text.printed);
        (text.ends_with(['，', ',', '、']) || (text.ends_with(['：', ':']) && lines[i].han >= 5))
            && (lines[i].han >= 15
                || (i + 1 < run.end && sentence(i + 1))
                || (i > run.start && (sentence(i - 1) || photo(i - 1))))
    };
    let opens = |i: usize| {
        ends_like_sentence(lines[i].text.printed)
            || DATELINE_ALONE.is_match(lines[i].text.simplified)
            || runs_on(i)
    };
    let prose_over = |i: usize| is_text(i) && lines[i].han > 0 && opens(i);
    let unmarked = |i: usize| {
        is_text(i) && lines[i].han <= 20 && !opens(i) && !DATELINE.is_match(lines[i].text.simplified)
    };
    // Back over short sentences and a dateline, also over the reporters' line under a dateline of its
    // own (新华社杭州5月12日电 / 新华社记者张三 李四 / the story), and over a photo with two lines of
    // prose over it (a headline over a lead photo has none).
    loop {
        if start > run.start && is_text(start - 1) && opens(start - 1) {
            start -= 1;
        } else if start > run.start + 2 && photo(start - 1) && prose_over(start - 2) && prose_over(start - 3)
        {
            start -= 2;
        } else if start > run.start + 1
            && unmarked(start - 1)
            && (prose_over(start - 2) || (start > run.start + 2 && photo(start - 2) && prose_over(start - 3)))
        {
            // A clause broken off without a mark (这样，我们的某某今后回南宁 / 就用不着…了。) between
            // lines of prose: a headline has none over it.
            start -= 1;
        } else if start > run.start + 1
            && credits::parse(lines[start - 1].text).is_some()
            && is_text(start - 2)
            && DATELINE_ALONE.is_match(lines[start - 2].text.simplified)
        {
            start -= 2;
        } else {
            break;
        }
    }
    // A lead photo's caption of two sentences over the story (某园区是…项目。图为园区一角。): its last
    // sentence shows the photo, and a paragraph follows.
    if is_lead_caption(lines[start].text)
        && lines.get(start + 1).is_some_and(|l| l.kind == Kind::Text && l.prose as usize >= PROSE_HAN)
        && start + 1 < run.end
    {
        start += 1;
    }
    // A lead broken into short lines without punctuation after the day it opens with (3月11日 /
    // 某县召开新闻发布会 / 介绍…情况 / the first paragraph), up to eight as WeChat posts print them,
    // an enumeration's 、 among them (说起那些年种下果树、修好水渠的): the day's line opens the body.
    let fragment =
        |i: usize| is_text(i) && !lines[i].text.printed.contains(|c| c != '、' && is_prose_punct(c));
    let broken_lead = (run.start..start)
        .rev()
        .take_while(|&i| fragment(i))
        .take(8)
        .find(|&i| LEAD_DAY.is_match(lines[i].text.simplified) && i + 1 < start);
    broken_lead.unwrap_or(start)
}

/// Whether a line is a credit of editors only (编辑：某某, 責任編輯 某某, 一审：某某): roles of editing,
/// reviewing or proofreading.
fn is_editors_credit(text: Forms) -> bool {
    credits::parse(text).is_some_and(|(_, people)| {
        !people.is_empty()
            && people
                .iter()
                .all(|a| a.role.as_deref().is_some_and(|r| to_simplified(r).contains(['编', '审', '校'])))
    })
}

/// Whether a line credits people for the words, no photo (记者：某某, 作者 某某; not 张三 摄, 图/李四).
fn is_writers_credit(text: Forms) -> bool {
    credits::parse(text).is_some_and(|(_, people)| {
        !people.is_empty()
            && people
                .iter()
                .all(|a| a.role.as_deref().is_some_and(|r| !to_simplified(r).contains(['摄', '图'])))
    })
}

/// A deck line under the headline at `s` (某某等均参与说明会;开放最后5个基地,9/4前欢迎厂商投标): short prose
/// without a full stop that does not end like a sentence, the first text line under a headline, over
/// a paragraph ending like a statement within the next lines (captions, credits and chrome between):
/// that paragraph, where the story starts.
fn story_under_deck(lines: &[Line], s: usize, run_end: usize) -> Option<usize> {
    let deck = &lines[s];
    if deck.han > 50 || holds(deck.text.printed, "。") || ends_like_sentence(deck.text.printed) {
        return None;
    }
    let above = (0..s).rev().find(|&i| lines[i].kind == Kind::Text)?;
    if !is_headline_like(lines[above].text) {
        return None;
    }
    (s + 1..run_end.min(s + 4))
        .filter(|&i| lines[i].kind == Kind::Text && !is_credit_or_caption(lines[i].text))
        .take(1)
        .find(|&i| lines[i].prose as usize >= PROSE_HAN && lines::ends_like_statement(lines[i].text.printed))
}

/// One past the last body line: the last line of prose after `start`, before a source line that
/// closes the story (来源:新民晚报, 转自:央视网, or an outlet's name alone in brackets under a paragraph
/// ending like a statement: (某某時報)).
fn body_end(lines: &[Line], start: usize, run_end: usize) -> usize {
    let run_end = (start + 1..run_end)
        .find(|&i| {
            (lines[i].kind == Kind::Meta && meta::names_source(lines[i].text))
                // A repost's original headline under the story (原标题：…), as its bracketed form.
                || (lines[i].kind == Kind::Text && lines[i].text.simplified.starts_with("原标题"))
                || (lines[i].kind == Kind::Text
                    && lines::ends_like_statement(lines[i - 1].text.printed)
                    && meta::outlet_note(lines[i].text.printed).is_some())
                // A teaser cut short (…本報翻查立...) over its link (詳情): a list of other stories.
                || (lines[i].kind == Kind::Text && is_teaser_over_link(lines, i))
                // Another story's teaser opening with its date stamp, under the story's last paragraph.
                || (lines[i].kind == Kind::Text
                    && lines::ends_like_statement(lines[i - 1].text.printed)
                    && is_dated_teaser(lines, i, run_end))
                // The next post's day header (2010年11月25日星期四) under a story's last paragraph.
                || (lines::ends_like_statement(lines[i - 1].text.printed)
                    && (opens_next_post(lines, i, run_end) || opens_next_story(lines, i, run_end)))
        })
        .unwrap_or(run_end);
    // An editor's credit on its own line after a paragraph (編輯：某某) closes the story: prose after it
    // is the site's (the next story's lead printed under it). So does a block of credit lines, the
    // writers' over a supervisor's (記者：某某 / 指導老師：某某), when no prose comes right under it: a
    // student paper signs its story so, and the site's name and note on itself follow. Reporters'
    // credits alone (记者：某某 / 通讯员：某某, 文/某某 / 图/某某) under a lead paragraph end nothing: the
    // story goes on under them.
    let credit = |i: usize| lines[i].kind == Kind::Text && lines[i].han <= 24;
    let people = |i: usize| credits::parse(lines[i].text).map(|(_, people)| people).unwrap_or_default();
    let signed = |i: usize| {
        let block = (i + 1..run_end.min(i + 6)).take_while(|&j| credit(j)).map(|j| (j, people(j)));
        let (mut next, mut supervised) = (i + 1, false);
        for (j, people) in block {
            if people.is_empty() {
                break;
            }
            next = j + 1;
            supervised |=
                people.iter().any(|a| a.role.as_deref().is_some_and(|r| to_simplified(r).contains("指导")));
        }
        supervised && (next == run_end || (lines[next].prose as usize) < PROSE_HAN)
    };
    let run_end = (start + 1..run_end)
        .find(|&i| {
            credit(i)
                && (is_editors_credit(lines[i].text) || (is_writers_credit(lines[i].text) && signed(i)))
                && lines[start..i].iter().any(|l| l.prose as usize >= PROSE_HAN)
        })
        .unwrap_or(run_end);
    // The end mark of agency copy ((完)) closes the story: what follows it is the site's.
    let run_end =
        (start..run_end).rev().find(|&i| credits::ends_story(lines[i].text)).map_or(run_end, |i| i + 1);
    (start..run_end)
        .rev()
        .find(|&i| {
            let l = &lines[i];
            // A short exclamation after the story (恭喜你!获取1分 !) is no paragraph of it.
            let paragraph = || {
                let text = credits::split_all_trailing(l.text).text.printed;
                // A note in brackets without a sentence ((张三 某某日报记者 李四/摄)) is a credit (an
                // ASCII ? may stand for a character the page lost).
                let whole = l.text.printed.trim();
                let note = whole.starts_with(['(', '（'])
                    && whole.ends_with([')', '）'])
                    && !whole.contains(['。', '！', '？', '!']);
                // A link after an arrow marker, no statement (►某某縣長：明年推動三大建設), is an item
                // of the site's list of stories.
                let link = whole.starts_with(['►', '▶']) && !lines::ends_like_statement(text);
                // A headline over its date alone (某区召开推介会，…签约 / 2024-05-05), or one of two bulleted
                // headlines in a row (· 某区召开推介会，… / · 某市发布…), is an item of the site's list.
                let listed = !lines::ends_like_statement(text)
                    && (lines.get(i + 1).is_some_and(|n| {
                        n.kind == Kind::Meta && n.han <= 3 && meta::published(n.text, false).is_some()
                    }) || (is_bulleted(l)
                        && !whole.contains(['。', '！', '？', '!', '?'])
                        && ((i > 0 && is_bulleted(&lines[i - 1]))
                            || lines.get(i + 1).is_some_and(is_bulleted))));
                !note
                    && !link
                    && !listed
                    && !is_site_label(l.text)
                    && (prose_han(text) >= 10 || lines::ends_like_statement(text))
            };
            // A table's row under the story's paragraphs is the story's (上升 1075 25.50% +3.46%).
            l.kind == Kind::Text
                && credits::parse(l.text).is_none()
                && (introduced(lines, start, i)
                    || (l.prose > 0 && paragraph())
                    || lines::is_table_row(l.text.simplified))
        })
        .map_or(run_end.min(start + 1), |i| i + 1)
}

/// Whether line `i` is an item of a bulleted list that a line of the story introduces with a colon
/// or words announcing it (会议明确了三项重点任务： / · 加快园区基础设施建设 / · 优化营商环境; 会议要求做好
/// 以下工作 / - 加快…, 具体要求如下 / …): the story's, though no item
/// reads as prose. A short label (相关新闻：, 推荐阅读：) introduces the site's list, not the story's.
/// The items run back to the introducer under one marker: a site's list printed under the story's with
/// another marker (• 建设冷链仓储。 / · 某镇召开推介会) is not the story's.
fn introduced(lines: &[Line], start: usize, i: usize) -> bool {
    if !is_bulleted(&lines[i]) {
        return false;
    }
    let marker = |l: &Line| l.text.printed.trim_start().chars().next();
    let own = marker(&lines[i]);
    let item = |l: &Line| is_bulleted(l) && marker(l) == own;
    // A list of at most MAX_ITEMS items: the walk back stays bounded on a paste of many bullets.
    const MAX_ITEMS: usize = 30;
    let mut j = i;
    while j > start && i - j < MAX_ITEMS && item(&lines[j - 1]) {
        j -= 1;
    }
    if j <= start {
        return false;
    }
    let intro = lines[j - 1].text.simplified.trim_end();
    // A colon, or words announcing what follows without one (做好以下工作, 具体要求如下); not a bound
    // after a numeral, alone or before one measure character (two after Arabic digits): 100人以下, 十岁以下.
    let bound = |at: usize| {
        use crate::text::chars::{among, arabic_digit, chinese_digit, is_han};
        let numeral = |c: char| chinese_digit(c).is_some() || among("十百千万亿两%", c);
        let mut back = intro[..at].chars().rev();
        let (a, b, c) = (back.next(), back.next(), back.next());
        let num = |c: Option<char>| c.is_some_and(|c| arabic_digit(c).is_some() || numeral(c));
        num(a)
            || a.is_some_and(is_han) && num(b)
            || a.is_some_and(is_han) && b.is_some_and(is_han) && c.and_then(arabic_digit).is_some()
    };
    let announces = intro.ends_with([':', '：'])
        || intro.ends_with("如下") && !bound(intro.len() - "如下".len())
        || intro.rfind("以下").is_some_and(|at| intro[at..].chars().count() <= 6 && !bound(at));
    lines[j - 1].kind == Kind::Text
        && lines[j - 1].han as usize >= INTRODUCER_HAN
        && announces
        && !SITE_LIST_WORDS.iter().any(|w| holds(intro, w))
}

/// The CJK characters a line introducing the story's own list holds at least: more than a site's
/// label over its list of stories (相关新闻：, 推荐阅读：).
const INTRODUCER_HAN: usize = 8;

/// Words of a line introducing the site's list, however long (更多精彩内容请点击：, 扫码关注获取：).
static SITE_LIST_WORDS: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("clean/site-list-words.txt")).collect());

/// Whether a line opens with a list marker (• 某某, · 某某).
fn is_bulleted(l: &Line) -> bool {
    lines::strip_bullet(l.text.printed.trim_start()).1
}

/// A site's footer field under the story: its owner, operator or contact, labelled at the line's start
/// (主办单位：某某市政府办公室, 主管：… 主办：…, 技术支持：…, 联系电话：…), not ending like a statement:
/// no paragraph, however long (a notice's closing 联系电话：…。 is one).
fn is_site_label(text: Forms) -> bool {
    static LABELS: LazyLock<Vec<&str>> =
        LazyLock::new(|| vocabulary(data_file!("clean/site-labels.txt")).collect());
    let t = text.simplified.trim_start();
    LABELS.iter().any(|w| {
        t.strip_prefix(w)
            .map(|r| r.strip_prefix("单位").unwrap_or(r).trim_start())
            .is_some_and(|r| r.starts_with([':', '：']))
    }) && !lines::ends_like_statement(text.printed)
}

/// Whether line `i` is a day header ([`DAY_HEADER`]) with a paragraph of prose after it before
/// `run_end`: the next post of a blog or an archive. A date line under the story with nothing after it
/// is the page's date (文:林美华 / 2023年12月5日 星期二).
fn opens_next_post(lines: &[Line], i: usize, run_end: usize) -> bool {
    // A day of a schedule (…日程安排如下： / 2024年5月10日 星期五 / 上午9时举行开幕式。) is the story's:
    // the next post has its title on the line under its day.
    let announces = i.checked_sub(1).is_some_and(|p| {
        let before = lines[p].text.simplified.trim_end();
        before.ends_with([':', '：']) || before.trim_end_matches(['。', '.']).ends_with("如下")
    });
    let titled = lines.get(i + 1).filter(|_| i + 1 < run_end).is_some_and(|t| {
        t.kind == Kind::Text
            && is_headline_like(t.text)
            && !t.text.printed.contains(['。', '，', '；', '！', '？', ',', ';', '!', '?'])
    });
    DAY_HEADER.is_match(lines[i].text.simplified.trim())
        && !announces
        && titled
        && lines[i + 2..run_end].iter().any(|l| l.prose as usize >= PROSE_HAN)
}

/// Whether line `i` opens another story under the last paragraph: two or three short lines without
/// sentence punctuation (a column's name, the headline: 要闻 / 某州:免税政策延长一年) over a paragraph
/// opening with a dateline of its own ((新山11日讯)…, 某某网讯…), as a site prints its next story.
fn opens_next_story(lines: &[Line], i: usize, run_end: usize) -> bool {
    let heads =
        lines[i..run_end].iter().take(3).take_while(|l| l.prose == 0 && l.han <= 40 && l.kind != Kind::Meta);
    let heads = heads.count();
    // Two head lines (a column and a headline; a roundup's section has one) and another outlet's
    // dateline (本报讯, 本网讯 are the page's own).
    heads >= 2
        && lines[..run_end].get(i + heads).is_some_and(|l| {
            let s = l.text.simplified.trim_start_matches(['（', '(', '【']);
            l.kind == Kind::Text
                && l.prose as usize >= PROSE_HAN
                && !s.starts_with('本')
                && NEXT_DATELINE.is_match(s)
        })
}

/// A dateline opening a paragraph, with the day or an outlet's last character before 讯: (新山11日讯),
/// 某某网讯, 新华社某地5月12日电 (not a word ending in 讯, 通讯).
static NEXT_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"^[（(【]?\p{Han}{1,14}?(?:(?:\d{1,2}月)?\d{1,2}日[电讯]|[报网社台]讯)")
});

/// Whether line `i` is a teaser cut short (it ends in ... or …) with a link to the whole story alone on
/// the next line (詳情, 详细内容, 阅读全文), and another teaser or a headline under the link (or a
/// second teaser over its link a few lines on): an item of a list of other stories. A paragraph ending
/// in … over a share line or the page's end is the story's, and so is one cut paragraph over one link
/// (…将加快建设进度…… / 阅读全文 / 其他新闻). The link's words are data/clean/story-links.txt's, not
/// toolbar-words.txt's: a link to the whole story, not any reader's action (点赞, 收藏 under a teaser end
/// no list item).
fn is_teaser_over_link(lines: &[Line], i: usize) -> bool {
    let cut = |l: &Line| {
        let text = l.text.printed.trim_end();
        l.kind == Kind::Text && (text.ends_with(['…', '⋯']) || text.ends_with("..."))
    };
    let link = |j: usize| lines.get(j).is_some_and(is_story_link);
    let listed = || {
        lines.get(i + 2).is_some_and(|l| cut(l) || (l.kind == Kind::Text && is_headline_like(l.text)))
            || (i + 2..lines.len().min(i + 6)).any(|j| cut(&lines[j]) && link(j + 1))
    };
    cut(&lines[i]) && link(i + 1) && listed()
}

/// Whether a line is a link to a whole story (详情, 阅读全文; data/clean/story-links.txt).
fn is_story_link(line: &Line) -> bool {
    static LINKS: LazyLock<Vec<&str>> =
        LazyLock::new(|| vocabulary(data_file!("clean/story-links.txt")).collect());
    LINKS.contains(&line.text.simplified.trim().trim_end_matches(['>', '»', ' ']))
}

/// Whether line `i` is another story's teaser in the site's list: its date stamp opens it, a
/// channel's tag of up to four characters perhaps before it, set apart from its words by a space, it
/// is cut short (本地 2026-01-01 新控煙措施今起生效，…他說法例生效...), and the list shows: another such
/// teaser within the next lines, a link to the story under it (详情), or, cut with a site's three dots,
/// nothing but chrome after it. A paragraph of the story opens with its date and a comma (2024年5月1日，…);
/// one opening with a date stamp and trailing off in one … over more prose is the story's too (web copy
/// prints … for 。).
fn is_dated_teaser(lines: &[Line], i: usize, run_end: usize) -> bool {
    let dated_cut = |j: usize| {
        let text = lines[j].text.simplified.trim_end();
        lines[j].kind == Kind::Text
            && (text.ends_with("...") || text.ends_with('…'))
            && lines::DATE.find(text).is_some_and(|m| {
                let before = text[..m.start()].trim();
                before.chars().count() <= 4
                    && before.chars().all(is_han)
                    && text[m.end()..].starts_with(char::is_whitespace)
            })
    };
    let dots = || {
        let text = lines[i].text.simplified.trim_end();
        text.ends_with("...") && !text.ends_with("....")
    };
    dated_cut(i)
        && ((i + 1..run_end.min(i + 4)).any(dated_cut)
            || lines.get(i + 1).is_some_and(is_story_link)
            || (dots() && !(i + 1..run_end).any(|j| lines[j].kind == Kind::Text && lines[j].han > 0)))
}

/// Whether the line after the body's last is the page's last, a paragraph the stored page cuts off
/// (作为苏州工业园区开发建): at least 10 CJK characters without a space, punctuation or a credit,
/// after a paragraph ending like a statement.
fn is_cut_paragraph(lines: &[Line], end: usize) -> bool {
    let Some(last) = lines.get(end).filter(|_| end + 1 == lines.len() && end > 0) else { return false };
    let text = last.text.printed;
    last.kind == Kind::Text
        && last.han >= 10
        && text.chars().all(|c| c.is_alphanumeric())
        && lines::ends_like_statement(lines[end - 1].text.printed)
        && !is_credit_or_caption(last.text)
        && !meta::is_outlet(text)
}

/// Whether a header line can be a headline: 6 to 80 CJK characters once a site's tags are taken
/// off, no statement's ending, no credit or caption, no list item (`- 最后登入` of a forum's
/// profile), no label (`栏目:`), no subtitle's dash (——), no menu of short words (首页 新闻 财经),
/// no masthead, no site and channel (聯合新聞網 / 產經).
fn is_headline_like(text: Forms) -> bool {
    let stripped = meta::strip_junk(text.printed);
    let simplified;
    let forms = match &stripped {
        Cow::Borrowed(_) => text,
        Cow::Owned(stripped) => {
            simplified = to_simplified(stripped);
            Forms::new(stripped, &simplified)
        }
    };
    let text = forms.printed;
    let han = han_count(&meta::headline(text));
    let words: Vec<&str> = text.split_whitespace().collect();
    // Short words in a row (首页 新闻 财经), or links between bars, each label repeated after the
    // site's name in the link's title (我的股票|某某网 我的股票, 订阅|某某网 订阅 联络我们|某某网 联络我们).
    let items: Vec<&str> = text.split(['|', '｜']).map(str::trim).collect();
    // (Also four or more words of up to four characters that name channels: one the start of another,
    // 政治 政治焦点 国会直播 专题报导, or each a tag or a noun; a verb makes them a headline's parallel
    // phrases, 抢抓机遇 扩大开放 招商引资 成效显著.)
    let short = |n: usize| words.iter().all(|w| w.chars().count() <= n && w.chars().all(is_han));
    let simple_words: Vec<&str> = forms.simplified.split_whitespace().collect();
    let channels = || {
        let nested = simple_words.iter().enumerate().any(|(i, a)| {
            simple_words.iter().enumerate().any(|(j, b)| i != j && b.len() > a.len() && b.starts_with(a))
        });
        nested
            || simple_words.iter().all(|w| {
                meta::is_site_or_tag(w)
                    || segment::tagged(w)
                        .iter()
                        .all(|&(_, tag)| tag.starts_with('n') || matches!(tag, "vn" | "j"))
            })
    };
    let menu = (words.len() >= 3 && words.iter().all(|w| w.chars().count() <= 3))
        || (words.len() >= 4 && short(4) && channels())
        || items.windows(2).any(|w| {
            w[0].split_whitespace()
                .last()
                .is_some_and(|label| w[1].split_whitespace().skip(1).any(|x| x == label))
        });
    // A headline may end in suspense dots (…只为告诉大家这件事……), not a sentence of prose.
    let suspense = text.ends_with("……") && !text.contains(['。', '！', '!']) && han <= 40;
    (6..=80).contains(&han)
        && (!lines::ends_like_statement(text) || suspense)
        && !is_credit_or_caption(forms)
        && !CAPTION_MARK.is_match(forms.simplified)
        && !lines::strip_bullet(text).1
        && !text.ends_with([':', '：'])
        && !text.starts_with(['—', '-'])
        && !menu
        // An outlet's name alone (廿一世纪商报 over the date line) is the masthead.
        && !meta::is_outlet(text.trim())
        && !is_site_and_channel(text)
        && !DATELINE_ALONE.is_match(forms.simplified)
}

/// A site's name and its channels between slashes or bars (聯合新聞網 / 產經): the first part an
/// outlet's name, each other one of at most six characters.
fn is_site_and_channel(text: &str) -> bool {
    let parts: Vec<&str> = text.split(['/', '／', '|', '｜']).map(str::trim).collect();
    (2..=4).contains(&parts.len())
        && meta::is_outlet(parts[0])
        && parts[1..].iter().all(|p| p.chars().count() <= 6)
}

/// Where the header starts: the run's start, or, when the run holds no headline before the body,
/// the first of the date lines and the headline printed just before the run with at most three
/// chrome lines (a consent banner, a footer-like notice, symbols) between them and it.
fn header_start(lines: &[Line], run_start: usize, body_start: usize) -> usize {
    let headline = |i: usize| lines[i].kind == Kind::Text && is_headline_like(lines[i].text);
    if (run_start..body_start).any(headline) {
        return run_start;
    }
    let (mut at, mut found, mut skipped) = (run_start, run_start, 0);
    while at > 0 {
        let i = at - 1;
        match lines[i].kind {
            Kind::Footer | Kind::Symbols if skipped < 3 => skipped += 1,
            Kind::Meta => found = i,
            Kind::Text if headline(i) => return i,
            _ => break,
        }
        at = i;
    }
    found
}

/// Whether line `i` is an item of a menu printed one item a line: it and the lines next to it, at
/// least four in a row, are short (at most ten CJK characters) and without sentence punctuation
/// (114全运在某县 / 某市潮选店 / 某县文化观光处 / 光织影舞), which a headline among chrome is not. A
/// credit is no item (a headline over 撰文 | 某某 / 翻译 | 某某 / 审校 | 某某).
fn in_vertical_menu(lines: &[Line], i: usize) -> bool {
    let item = |k: &usize| {
        let l = &lines[*k];
        matches!(l.kind, Kind::Text | Kind::Navigation)
            && l.han <= 10
            && l.prose == 0
            && credits::parse(l.text).is_none()
    };
    if !item(&i) {
        return false;
    }
    let before = (0..i).rev().take_while(item).count();
    let after = (i + 1..lines.len()).take_while(item).count();
    before + after >= 3
}

/// The headline among the header lines: the line the HTML title names, else the last title-like
/// line before the first meta line, else the first title-like line; of three heading lines in a
/// row (deck line, headline, subtitle), the middle one. A line marked （主题） is the headline, one
/// marked （引题） or （副题） never.
fn title_line(
    lines: &[Line],
    header: std::ops::Range<usize>,
    story_end: usize,
    page: &Page,
) -> Option<usize> {
    let heading = |i: usize| lines[i].kind == Kind::Text && is_headline_like(lines[i].text);
    let title_like = |i: &usize| {
        let l = &lines[*i];
        heading(*i)
            && meta::rank_mark(l.text).map_or(true, |m| m == "主题")
            && !in_vertical_menu(lines, *i)
            && !in_repeated_tags(lines, *i)
            && !tags_again_after(lines, *i, story_end)
            && !(*i > header.start && heading(*i - 1) && is_attendance(l.text))
    };
    // A reposted story's `原标题:` names the headline, and so does the mark of the main headline.
    if let Some(i) = header.clone().find(|&i| {
        lines[i].text.printed.starts_with("原标题") || meta::rank_mark(lines[i].text) == Some("主题")
    }) {
        return Some(i);
    }
    // The middle of three heading lines in a row, `at` being the first or the last of them, when
    // the first is shorter than the middle one (a deck line over the headline).
    let in_three = |at: usize, step: isize, deck: bool| {
        let line = |k: isize| at.checked_add_signed(k * step).filter(|i| header.contains(i) && title_like(i));
        let han = |i: usize| lines[i].han;
        // Letters and digits: a deck line's figures (投资达22.4%) count.
        let size =
            |i: usize| meta::headline(lines[i].text.printed).chars().filter(|c| c.is_alphanumeric()).count();
        match (line(1), line(2), line(3)) {
            (Some(middle), Some(far), None) if han(at.min(far)) < han(middle) => middle,
            // Two heading lines at the top of a page without a meta line: a longer line over a
            // shorter one is a deck line over the headline (a subtitle under it is longer), unless it
            // has a headline's punctuation (382个项目,总投资5066.7亿元!…): a deck line has none.
            (Some(next), None, _) if deck && lines[at].prose == 0 && size(next) < size(at) => next,
            _ => at,
        }
    };
    if let Some(i) = hinted_title(lines, header.clone().filter(title_like), page) {
        return Some(i);
    }
    // A heading the header prints twice (over and under its subtitle, or in the page's title bar and
    // over the story) is the headline, compared on its CJK characters (a tag added to one print,
    // (AI+), makes no other heading; one without any pairs with none): the first print.
    let key = |i: usize| -> String { lines[i].text.simplified.chars().filter(|&c| is_han(c)).collect() };
    // (The first sixteen: a header holds a few.)
    let headings: Vec<(usize, String)> = header
        .clone()
        .filter(title_like)
        .take(16)
        .map(|i| (i, key(i)))
        .filter(|(_, k)| !k.is_empty())
        .collect();
    if let Some((i, _)) =
        headings.iter().find(|(i, key)| headings.iter().any(|(k, other)| k > i && other == key))
    {
        return Some(*i);
    }
    let meta_line = |from: usize| (from..header.end).find(|&i| lines[i].kind == Kind::Meta);
    let found = match meta_line(header.start) {
        // A date line opening the page (the site's clock) stands over no headline: the headline is
        // the last before the next meta line.
        Some(meta_at) => (header.start..meta_at)
            .rev()
            .find(title_like)
            .or_else(|| (meta_at..meta_line(meta_at + 1)?).rev().find(title_like))
            .map(|i| in_three(i, -1, false))
            .or_else(|| (meta_at..header.end).find(title_like).map(|i| in_three(i, 1, false))),
        None => header.clone().find(title_like).map(|i| in_three(i, 1, true)),
    };
    // Without a headline-like line, a short one right over the story's credit line is the headline
    // (开栏的话 / 作者: 来源:某某报 时间:…): four or five CJK characters and nothing else, no channel
    // or outlet (本地新闻, 某某日报), nor a column's label (记者手记, 专家解读: [`COLUMN_WORDS`]).
    found.or_else(|| header.clone().find(|&i| lone_item_headline(lines, i))).or_else(|| {
        let at = meta_line(header.start)?.checked_sub(1).filter(|i| header.contains(i))?;
        let (l, meta) = (&lines[at], lines[at + 1].text);
        let text = l.text.printed.trim();
        let short = (4..=5).contains(&l.han) && text.chars().all(is_han);
        let credits = meta::names_source(meta) || !credits::labelled_in_line(meta).is_empty();
        let column = meta::is_note_or_column(text)
            || COLUMN_WORDS.iter().any(|w| l.text.simplified.trim().ends_with(w));
        (l.kind == Kind::Text && short && credits && !meta::is_site_or_tag(text) && !column).then_some(at)
    })
}

/// Whether line `i` is a headline printed as the one item of a list, as e-papers list a page's stories
/// (第08版:视觉新闻 / • 冰天雪地 舞动龙江 / □文/本报记者 …): a bulleted heading line whose neighbours
/// bear no item of the same marker (a menu's items do; a credit's □ is another), read when the header
/// holds no other headline. A caption's or credit's mark (●, ◎, □, ○) opens no headline.
fn lone_item_headline(lines: &[Line], i: usize) -> bool {
    let marker = |k: usize| lines.get(k).and_then(|l| l.text.printed.trim_start().chars().next());
    let Some(mark) = marker(i).filter(|c| !"●◎□○ ".contains(*c)) else { return false };
    let (rest, bulleted) = lines::strip_bullet(lines[i].text.printed.trim());
    let simplified = to_simplified(rest);
    lines[i].kind == Kind::Text
        && bulleted
        && marker(i + 1) != Some(mark)
        && (i == 0 || marker(i - 1) != Some(mark))
        && is_headline_like(Forms::new(rest, &simplified))
}

/// Words ending a column's label (记者手记, 专家解读): such a short line over the credits is no headline.
static COLUMN_WORDS: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("clean/column-words.txt")).collect());

/// Whether line `i` and a line next to it are printed again side by side in the 60 lines after the
/// story (`from`): a story's tags printed over the headline and under the story (某园区 / 某州议员 /
/// the headline / the story / 某园区 / 某州议员), never the headline; a headline printed again alone in a
/// list of the site's stories is still one.
fn tags_again_after(lines: &[Line], i: usize, from: usize) -> bool {
    let text = |k: usize| lines.get(k).map(|l| l.text.printed);
    let next_too = |k: usize| text(i + 1).is_some() && text(k + 1) == text(i + 1);
    let before_too = |k: usize| i > 0 && k > from && text(k - 1) == text(i - 1);
    (from..lines.len().min(from + 60)).any(|k| text(k) == text(i) && (next_too(k) || before_too(k)))
}

/// Whether a heading line says who attended or spoke (某某出席并致辞, 市领导某某、某某参加): under a
/// headline it is the subtitle, never the headline itself.
fn is_attendance(text: Forms) -> bool {
    let t = text.simplified.trim();
    t.chars().count() <= 24 && ["出席", "参加", "主持", "讲话", "致辞", "发言"].iter().any(|w| t.ends_with(w))
}

/// Whether a line belongs to a group of lines the page prints twice in a row (a story's tags, 某某 /
/// 清真工业园区 / 某某 / 清真工业园区): a headline printed twice stands alone, not with its neighbour.
fn in_repeated_tags(lines: &[Line], i: usize) -> bool {
    let text = |k: usize| lines.get(k).map(|l| l.text.printed);
    (2..=4).any(|period| {
        let group = |start: usize| {
            (0..period).all(|k| text(start + k).is_some() && text(start + k) == text(start + period + k))
        };
        (i.saturating_sub(period - 1)..=i).any(|start| start + period > i && group(start))
    })
}

/// The heading line an HTML `<title>` or `og:title` names, whatever its length: the line that is
/// the title without its site suffix (` - 网站名`, `_频道_网站名`, `|网站`), else the longest line the
/// title holds. Lines and title are compared on their letters and digits in simplified form, the
/// line without what pages add to a headline (（图）, 【快讯】), so that punctuation printed full-width
/// on the page and half-width in the title still matches.
fn hinted_title(lines: &[Line], candidates: impl Iterator<Item = usize>, page: &Page) -> Option<usize> {
    let key =
        |text: &str| -> String { to_simplified(text).chars().filter(|c| c.is_alphanumeric()).collect() };
    let hints: Vec<(String, String)> = [&page.hints.title, &page.hints.page_title]
        .into_iter()
        .flatten()
        .map(|h| (key(h), meta::headline_of_page_title(h).map(|t| key(&t)).unwrap_or_default()))
        .collect();
    candidates
        .filter_map(|i| {
            let line = key(&meta::headline(lines[i].text.printed));
            let rank = hints
                .iter()
                .filter(|(whole, _)| !line.is_empty() && whole.contains(&line))
                .map(|(_, cut)| (*cut == line, line.chars().count()))
                .max()?;
            Some((rank, i))
        })
        .max_by_key(|&((exact, len), i)| (exact, len, std::cmp::Reverse(i)))
        .map(|(_, i)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::read_page;

    fn clean_text(text: &str) -> Cleaned {
        clean(&read_page(text, None))
    }

    /// 电 or 讯, which every dateline alone holds, leave [`DATELINE_ALONE`]'s answers unchanged
    /// (made-up lines).
    #[test]
    fn dateline_marks_leave_answers_unchanged() {
        let compiled = pattern::compile(DATELINE_ALONE.source());
        for (line, alone) in [
            ("新华社某地5月12日电", true),
            ("某某网兰州5月2日电 (记者 张某)", true),
            ("某某日报讯", true),
            ("某地16日讯", true),
            ("（某地16日讯）", false),
            ("新华社某地5月12日电 通讯：某某的春天来了", true),
            ("某某日报 2023年06月02日", false),
            ("某地5月12日", false),
            ("喜讯", false),
            ("", false),
        ] {
            assert_eq!(compiled.is_match(line), alone, "{line}");
            assert_eq!(DATELINE_ALONE.is_match(line), alone, "{line}");
        }
    }

    /// The patterns compiled only for a line holding one of their marks answer as compiled (made-up
    /// lines; the last of each list matches nowhere).
    #[test]
    fn gated_line_patterns_answer_as_compiled() {
        DIGEST.assert_gate(
            &[
                "【摘要】某某园区投产",
                "导读：某某",
                "核心提示:某某",
                "内容提要 ：某",
                "编按:某某",
                "编者按",
                "编者按照要求",
                "园区要闻",
            ],
            6,
        );
        DATELINE.assert_gate(
            &["某某网讯 某某", "某某消息（记者 某）", "新华社某地12日电", "某地16日讯", "喜讯"],
            4,
        );
        DAY_HEADER.assert_gate(
            &["2010年11月25日 星期四", "2010 年 1 月 5 日，礼拜天", "2010年11月25日周日", "2010年11月25日"],
            3,
        );
        CAPTION_MARK
            .assert_gate(&["▲ 某某出席活动", "△", "◎ 某某园区今年新签约项目十二个。", "◎ 记者 张某"], 3);
    }

    #[test]
    fn a_single_sentence_is_all_body() {
        let c = clean_text("成都与凉山合作建园。");
        assert_eq!(c.body, "成都与凉山合作建园。");
        assert_eq!(c.meta.title, None);
        let c = clean_text("园区实现工业总产值67亿元");
        assert_eq!(c.body, "园区实现工业总产值67亿元");
        assert_eq!(c.meta.title, None);
    }

    #[test]
    fn a_few_lines_of_prose_are_all_body() {
        let text = "成都与凉山合作建园。\n2011年上半年，园区实现工业总产值67亿元。\n同比增长109%。";
        let c = clean_text(text);
        assert_eq!(c.body, text);
        assert!(c.removed.is_empty(), "{:?}", c.removed);
    }

    #[test]
    fn a_date_alone_is_all_body() {
        for text in
            ["2019/04/19", "2015年8月12日", "计费周期 2019年6月1日-6月30日", "来源:某某日报 2023-06-02"]
        {
            let c = clean_text(text);
            assert_eq!(c.body, text);
            assert_eq!(c.meta.published, None);
            assert!(c.removed.is_empty(), "{:?}", c.removed);
        }
    }

    #[test]
    fn a_page_splits_into_header_body_and_tail() {
        let page = "首页 > 新闻 > 正文\n\n园区建设提速 产值再创新高\n\n来源:某某日报 2023-06-02 08:30\n\n\
            本报讯（记者 张三）5月31日,成都凉山工业园区实现工业总产值67亿元,较去年同期增长109%,发展势头良好。\n\n\
            园区负责人表示,将继续推进项目建设。\n\n责编:李四\n\n相关文章\n\n园区又有新项目开工,总投资约110亿元,预计年底建成投产。\n版权所有 某某日报";
        let c = clean_text(page);
        assert_eq!(c.meta.title.as_deref(), Some("园区建设提速 产值再创新高"));
        assert_eq!(c.meta.source.as_deref(), Some("某某日报"));
        assert_eq!(c.meta.published.as_deref(), Some("2023-06-02T08:30"));
        let names: Vec<&str> = c.meta.authors.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["张三", "李四"]);
        assert!(c.body.starts_with("本报讯（记者 张三）5月31日"), "{}", c.body);
        assert!(c.body.ends_with("将继续推进项目建设。"), "{}", c.body);
        assert!(c.removed.iter().any(|r| r.reason == Reason::Related && r.text.contains("110亿元")));
    }

    fn names(c: &Cleaned) -> Vec<&str> {
        c.meta.authors.iter().map(|a| a.name.as_str()).collect()
    }

    const PARA: &str = "园区今年新签约项目十二个,总投资八十亿元,预计明年全部建成投产并实现产值翻番。";

    const PARA2: &str = "新区去年引进企业三十家,带动就业五千人,全年实现工业产值一百二十亿元,同比增长两成。";

    /// Every credit and end mark ending the last paragraph leaves the body, not only the last one.
    #[test]
    fn trailing_credits_all_split_off() {
        let c =
            clean_text(&format!("园区建设提速\n来源:某某日报\n{PARA}\n前景广阔。（记者 张三）（记者 李四）"));
        assert!(c.body.ends_with("前景广阔。"), "{}", c.body);
        assert_eq!(names(&c), ["张三", "李四"]);
        let c = clean_text(&format!("园区建设提速\n来源:某某日报\n{PARA}\n前景广阔。(完)"));
        assert!(c.body.ends_with("前景广阔。"), "{}", c.body);
        let c = clean_text(&format!("园区建设提速\n来源:某某日报\n{PARA}(编辑:王五)1120305"));
        assert!(c.body.ends_with("翻番。"), "{}", c.body);
        assert_eq!(names(&c), ["王五"]);
        // Not a credit: a parenthesis of the text.
        let c = clean_text(&format!("园区建设提速\n来源:某某日报\n{PARA}\n特色(专业)园区"));
        assert!(c.body.ends_with("特色(专业)园区") || c.body.ends_with("翻番。"), "{}", c.body);
    }

    /// Credits in every place: after a dateline (kept in the body), opening a paragraph, in a meta
    /// line, in a report's brackets, after the footers; the editorial chain.
    #[test]
    fn credit_forms() {
        let c = clean_text(&format!("园区建设提速\n2023-06-02 来源:某某网 责任编辑:赵六 我来说两句\n某某网6月2日讯(记者 张三 李四){PARA}"));
        assert_eq!(names(&c), ["赵六", "张三", "李四"]);
        assert!(c.body.starts_with("某某网6月2日讯(记者 张三 李四)"), "{}", c.body);
        let c = clean_text(&format!(
            "园区建设提速\n2023-06-02 | 编辑:anna | 316 浏览人次\n(某某报记者 张三) {PARA}"
        ));
        assert_eq!(names(&c), ["anna", "张三"]);
        assert!(c.body.starts_with("园区今年"), "{}", c.body);
        let c = clean_text(&format!("园区建设提速\n2019/4/2 13:42\n(中央社记者王小明台中2日电){PARA}"));
        assert_eq!(names(&c), ["王小明"]);
        assert_eq!(c.meta.source.as_deref(), Some("中央社"));
        let c = clean_text(&format!(
            "园区建设提速\n2011-04-14 15:44:14| 人气210| 回应0\n某某新闻【记者王小明/陈大文台南报导】{PARA}"
        ));
        assert_eq!(names(&c), ["王小明", "陈大文"]);
        assert_eq!(c.meta.source.as_deref(), Some("某某新闻"));
        let c = clean_text(&format!("园区建设提速\n来源:某某日报\n{PARA}\n一审:张三,二审:李四,三审:王五"));
        assert_eq!(names(&c), ["张三", "李四", "王五"]);
        assert!(c.body.ends_with("翻番。"), "{}", c.body);
        let c = clean_text(&format!("园区建设提速\n来源:某某日报\n{PARA}\n免责声明:本站信息均来自互联网,如有侵权请联系删除。\n- 编辑:李娜"));
        assert_eq!(names(&c), ["李娜"]);
        // A label followed by an outlet is no credit (收集编辑:资阳发布).
        let c = clean_text(&format!("园区建设提速\n日期: 来源:某某发布收集编辑:某某发布\n{PARA}"));
        assert!(c.meta.authors.is_empty(), "{:?}", c.meta.authors);
    }

    /// The source: a repost's original over the portal, then 来源:, a dateline's outlet, 转自:.
    #[test]
    fn source_forms() {
        let c =
            clean_text(&format!("园区建设提速\n某某网 时间:2024-02-22\n{PARA}\n转自:某某卫视网\n相关阅读"));
        assert_eq!(c.meta.source.as_deref(), Some("某某卫视网"));
        let c = clean_text(&format!("园区建设提速\n转自:某某网\n某某日报讯 {PARA}"));
        assert_eq!(c.meta.source.as_deref(), Some("某某日报"));
        let c = clean_text(&format!("园区建设提速\n某某网7月6日讯据某某日报报道(某某日报记者 张三){PARA}"));
        assert_eq!(c.meta.source.as_deref(), Some("某某日报"));
        assert_eq!(names(&c), ["张三"]);
        let c = clean_text(&format!("园区建设提速\n{PARA}\n据《某某日报》"));
        assert_eq!(c.meta.source.as_deref(), Some("某某日报"));
        let c = clean_text(&format!("园区建设提速\n某某在线消息(记者 张三 摄影 李四){PARA}"));
        assert_eq!(c.meta.source.as_deref(), Some("某某在线"));
        assert_eq!(names(&c), ["张三", "李四"]);
        let c = clean_text(&format!("园区建设提速\n某某日报社全媒体记者 张三\n{PARA}"));
        assert_eq!(c.meta.source.as_deref(), Some("某某日报"));
        // An empty 来源: is no source, and a place's dateline names no outlet.
        let c = clean_text(&format!("园区建设提速\n来源: 发布时间: 2022-04-18 08:35\n(新加坡31日讯){PARA}"));
        assert_eq!(c.meta.source, None);
        assert_eq!(c.meta.published.as_deref(), Some("2022-04-18T08:35"));
    }

    /// A source line after the story closes it: what follows is not body.
    #[test]
    fn a_source_line_ends_the_body() {
        let c = clean_text(&format!(
            "园区建设提速\n{PARA}\n来源:某某晚报\n某某专访实录:全面回应热点问题!\n合作请加微信:abc001"
        ));
        assert!(c.body.ends_with("翻番。"), "{}", c.body);
        assert_eq!(c.meta.source.as_deref(), Some("某某晚报"));
    }

    /// Date forms of a header: day.month.year, an English month, a ROC year, a date over three lines.
    #[test]
    fn header_date_forms() {
        let c = clean_text(&format!("园区建设提速\n18.11.2014 19:58\n{PARA}"));
        assert_eq!(c.meta.published.as_deref(), Some("2014-11-18T19:58"));
        let c = clean_text(&format!("园区建设提速\n出版:2026-Feb-26 04:00\n{PARA}"));
        assert_eq!(c.meta.published.as_deref(), Some("2026-02-26T04:00"));
        let c = clean_text(&format!("园区建设提速\n民国108年4月2日\n{PARA}"));
        assert_eq!(c.meta.published.as_deref(), Some("2019-04-02"));
        let c =
            clean_text(&format!("某某切换\n新闻\n两省开发区签署45个合作协议\n2023\n10/05\n17:15\n{PARA}"));
        assert_eq!(c.meta.published.as_deref(), Some("2023-10-05T17:15"));
        assert_eq!(c.meta.title.as_deref(), Some("两省开发区签署45个合作协议"));
        // A year alone in the body is no date line.
        let c = clean_text(&format!("{PARA}\n2023\n{PARA}"));
        assert_eq!(c.meta.published, None);
    }

    /// The headline: it may end in ！; never a menu, a counter line or a breadcrumb; 原标题: names
    /// it; a site's name after `_` is cut off; headlines before a dateline are no body.
    #[test]
    fn headline_forms() {
        let c = clean_text(&format!(
            "两地携手共创园区强,“八连冠”实至名归!\n2017年06月13日 14:26:21 | 来源:某某新闻\n{PARA}"
        ));
        assert_eq!(c.meta.title.as_deref(), Some("两地携手共创园区强,“八连冠”实至名归!"));
        let c = clean_text(&format!(
            "某某LARGE | 点击量:1134次 | 2022年09月29日\n总投资4亿元!项目落户某某县\n{PARA}"
        ));
        assert_eq!(c.meta.title.as_deref(), Some("总投资4亿元!项目落户某某县"));
        assert_eq!(c.meta.published.as_deref(), Some("2022-09-29"));
        let c = clean_text(&format!(
            "24h购物| | 某某| 登入\n2011-04-14 15:44:14| 人气210\n招商服务中心揭牌仪式\n{PARA}"
        ));
        assert_eq!(c.meta.title.as_deref(), Some("招商服务中心揭牌仪式"));
        let c = clean_text(&format!("首页 快讯 > 正文\n29个项目签约落户某某区_某某速读\n{PARA}"));
        assert_eq!(c.meta.title.as_deref(), Some("29个项目签约落户某某区"));
        let c = clean_text(&format!(
            "转自:某某网\n原标题:全省签约项目3989个(主题)\n签约金额增长29.84%(副题)\n{PARA}"
        ));
        assert_eq!(c.meta.title.as_deref(), Some("全省签约项目3989个"));
        let c = clean_text(&format!("382个项目,总投资额5066.7亿元!全省重大项目集中开工\n集中开工活动举行\n某某在线消息(记者 张三){PARA}"));
        assert_eq!(c.meta.title.as_deref(), Some("382个项目,总投资额5066.7亿元!全省重大项目集中开工"));
        assert!(c.body.starts_with("某某在线消息"), "{}", c.body);
    }

    /// Noise among and after the paragraphs: ad slots, long disclaimers, promotions.
    #[test]
    fn noise_forms() {
        let c = clean_text(&format!(
            "{PARA}\nADVERTISEMENT\n{PARA2}\nADVERTISEMENT\n送某某Pay+ 庆新年开运箱\nad\n恭喜你!获取1分 !"
        ));
        assert_eq!(c.body, format!("{PARA}\n{PARA2}"));
        let c = clean_text(&format!("{PARA}\n【版权及免责声明】本网注明版权的作品,未经书面授权不得转载,转载请注明出处“某某网”,否则本网将依法追究责任。本网转载的稿件及企业资讯,仅为传递信息,不代表本网立场。"));
        assert_eq!(c.body, PARA);
    }

    /// 来源 with other separators (来源丨, 来源 |), credits 文/ 图/ and a photographer's line, share
    /// and follow lines, pagination and a 新闻推荐 block are read or removed.
    #[test]
    fn more_page_forms() {
        let c = clean_text(&format!("园区建设提速\n来源丨某某日报 2019年03月05日\n{PARA}"));
        assert_eq!(c.meta.source.as_deref(), Some("某某日报"));
        assert_eq!(c.meta.published.as_deref(), Some("2019-03-05"));
        let c = clean_text(&format!("园区建设提速\n来源 | 某某日报\n文/张三 图/李四\n{PARA}\n王五 摄"));
        assert_eq!(c.meta.source.as_deref(), Some("某某日报"));
        assert_eq!(names(&c), ["张三", "李四", "王五"]);
        assert_eq!(c.body, PARA);
        let c = clean_text(&format!(
            "园区建设提速\n{PARA}\n分享到:微信 微博\n扫一扫 关注我们\n1 2 3 下一页\n新闻推荐\n{PARA2}"
        ));
        assert_eq!(c.body, PARA);
        // Not credits or pagination: prose with 文 and numbers.
        assert_eq!(lines::classify(Forms::new("2023", "2023"), 0), Kind::Text);
        let prose = "文化产业园区建设提速";
        assert!(credits::parse(Forms::new(prose, prose)).is_none());
    }

    /// Class: a repost site's tag or a channel's column label around the headline is cut off
    /// (环球热门:, 【快讯】, …_某某网, … - 某某频道); a prefix that names a speaker or a topic stays.
    #[test]
    fn headline_tags_and_site_names() {
        let title = |head: &str| clean_text(&format!("{head}\n2023-04-13 来源:某某日报\n{PARA}")).meta.title;
        assert_eq!(title("天天快讯:园区一季度产值增长两成").as_deref(), Some("园区一季度产值增长两成"));
        assert_eq!(title("【热点资讯】园区一季度产值增长两成").as_deref(), Some("园区一季度产值增长两成"));
        assert_eq!(title("园区一季度产值增长两成 - 某某财经频道").as_deref(), Some("园区一季度产值增长两成"));
        assert_eq!(title("园区一季度产值增长两成|某某新闻网").as_deref(), Some("园区一季度产值增长两成"));
        assert_eq!(title("园区一季度产值增长两成_每日看点").as_deref(), Some("园区一季度产值增长两成"));
        // Negatives: a speaker, a topic label, a hyphen inside the headline.
        assert_eq!(title("商务部:园区一季度产值增长两成").as_deref(), Some("商务部:园区一季度产值增长两成"));
        assert_eq!(
            title("预算案|园区注资百亿 推动三方合作").as_deref(),
            Some("预算案|园区注资百亿 推动三方合作")
        );
        assert_eq!(
            title("中新合作园区一季度产值增长两成-三成").as_deref(),
            Some("中新合作园区一季度产值增长两成-三成")
        );
    }

    /// Class: anti-copy junk of forum pages glued to the headline is no part of it; short latin
    /// words without symbols are.
    #[test]
    fn headline_without_forum_junk() {
        let c = clean_text(&format!("某县新能源基地首期开工 / ~! u& v# r.\n2022-6-29 15:18\n{PARA}"));
        assert_eq!(c.meta.title.as_deref(), Some("某县新能源基地首期开工"));
        let c = clean_text(&format!("某县推进5G AI VR应用\n2022-6-29 15:18\n{PARA}"));
        assert_eq!(c.meta.title.as_deref(), Some("某县推进5G AI VR应用"));
    }

    /// Class: a header without a headline. The body opens with a dateline after chrome lines (a forum
    /// profile's list items, a short channel word, a menu of short words, a label): the title is
    /// null, and never the first sentence.
    #[test]
    fn no_headline_in_the_header() {
        let c = clean_text(&format!("- 用户资料\n- 最后登入\n- 2017-12-9\n某某网讯 {PARA}"));
        assert_eq!(c.meta.title, None);
        let c = clean_text(&format!("首页 财经 科技 国际\n某某网讯 {PARA}"));
        assert_eq!(c.meta.title, None);
        let c = clean_text(&format!("财经\n(某地31日讯){PARA}"));
        assert_eq!(c.meta.title, None);
        let c = clean_text(&format!("本期栏目推荐:\n某某网讯 {PARA}"));
        assert_eq!(c.meta.title, None);
        let c = clean_text(&format!("某某网讯 {PARA}\n{PARA2}"));
        assert_eq!(c.meta.title, None);
        // Negative: a headline of words joined by spaces is a headline.
        let c = clean_text(&format!("巩固成果 整合资源 加强合作 谋求高质量发展\n某某网讯 {PARA}"));
        assert_eq!(c.meta.title.as_deref(), Some("巩固成果 整合资源 加强合作 谋求高质量发展"));
    }

    /// Class: headline and subtitle. A subtitle under the headline (before the date line, or with a
    /// dash) is no title.
    #[test]
    fn headline_over_subtitle() {
        let c = clean_text(&format!("园区经济持续高位运行\n——上半年工业投资七成来自新开工项目\n{PARA}"));
        assert_eq!(c.meta.title.as_deref(), Some("园区经济持续高位运行"));
        let c = clean_text(&format!(
            "2023-06-02\n园区经济持续高位运行\n上半年工业投资七成来自新开工项目\n{PARA}"
        ));
        assert_eq!(c.meta.title.as_deref(), Some("园区经济持续高位运行"));
    }

    /// Class: the source of a repost. The paper whose reporter is credited is the source over the host's
    /// 来源; an agency's reporter gives way to 来源 (its site's form); a source note closing the last
    /// paragraph and a stray bracket; an English label.
    #[test]
    fn repost_sources() {
        let c = clean_text(&format!("园区建设提速\n来源:某某在线 2022-06-01\n{PARA}\n(某某日报记者张三)"));
        assert_eq!(c.meta.source.as_deref(), Some("某某日报"));
        assert_eq!(names(&c), ["张三"]);
        let c = clean_text(&format!("园区建设提速\n来源:某某在线 2022-06-01\n{PARA}(某某日报记者 张三)"));
        assert_eq!(c.meta.source.as_deref(), Some("某某日报"));
        let c = clean_text(&format!(
            "园区建设提速\n文章来源:新华网\n新华社北京8月16日电(记者 张三){PARA}\n新华社记者 李四"
        ));
        assert_eq!(c.meta.source.as_deref(), Some("新华网"));
        let c = clean_text(&format!("园区建设提速\n{PARA}（来源：某某日报）"));
        assert_eq!(c.meta.source.as_deref(), Some("某某日报"));
        assert!(c.body.ends_with("翻番。"), "{}", c.body);
        let c = clean_text(&format!("园区建设提速\n{PARA}\n(来源:某某日报)"));
        assert_eq!(c.meta.source.as_deref(), Some("某某日报"));
        assert!(c.body.ends_with("翻番。"), "{}", c.body);
        let c = clean_text(&format!("园区建设提速\n时间:2022-03-09 | 来源:某某日报) | 作者:佚名\n{PARA}"));
        assert_eq!(c.meta.source.as_deref(), Some("某某日报"));
        let c = clean_text(&format!("园区建设提速\nResource:某某代表处经济组\n{PARA}"));
        assert_eq!(c.meta.source.as_deref(), Some("某某代表处经济组"));
        // Negatives: a parenthesis that is no note, a host with no credit.
        let c = clean_text(&format!("园区建设提速\n来源:某某在线\n{PARA}(资料来源于年报)"));
        assert_eq!(c.meta.source.as_deref(), Some("某某在线"));
    }

    /// Class: a header cut from the story by chrome (a consent banner between the date line and the
    /// dateline): the headline and date before it are still read; portal links are no headline.
    #[test]
    fn header_across_chrome() {
        let c = clean_text(&format!(
            "某某社一手新闻APP\n园区前两月营业额创新高\n2019/4/2 13:42\n版权所有 请同意隐私权规范\n(某某社记者张三台中2日电){PARA}"
        ));
        assert_eq!(c.meta.title.as_deref(), Some("园区前两月营业额创新高"));
        assert_eq!(c.meta.published.as_deref(), Some("2019-04-02T13:42"));
        // Negative: a portal's bookmark line before a date banner is no headline.
        let c = clean_text(&format!("设为主页收藏本页\n当前报章2025年04月28日\n本报讯 {PARA}"));
        assert_eq!(c.meta.title, None);
    }
}
