//! Cleaning: finds the article body among navigation, related lists, footers and spam, takes the
//! metadata out of the lines around it, and folds repeated passages.
//!
//! How it decides:
//! 1. every line is classified on its own evidence (`lines::classify`): navigation, related,
//!    footer, spam, meta (source/date/counters), symbols, or text;
//! 2. navigation, related, footer and spam lines cut the page into runs; a run opened by a
//!    related heading is a related list. The body lies in the run with the most prose (CJK
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
use crate::model::{Author, Meta, Reason, Removed};
use crate::text::bounds::is_prose_punct;
use crate::text::chars::han_count;
use crate::text::script::to_simplified;
use crate::text::words::{alternation, data_file};
use lines::{ends_like_sentence, Kind};
use regex::Regex;
use std::sync::LazyLock;

/// The cleaner's output.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    /// Headline, outlet, date and credits.
    pub meta: Meta,
    /// The article text, paragraphs separated by `\n`.
    pub body: String,
    /// Every line (or credit) taken out, with the reason.
    pub removed: Vec<Removed>,
    /// Folded repeats, damaged characters …
    pub warnings: Vec<String>,
}

/// A paragraph of prose opening the body needs this many CJK characters.
const PROSE_HAN: usize = 30;

// The rules match a line's simplified form (`script::to_simplified`, same byte offsets): 本報訊 is
// 本报讯, and the word lists of `data/clean/` are in simplified characters.

/// A dateline opening the body: 本网讯, 本报讯, 绵阳新闻网讯, 新华社杭州6月22日电.
static DATELINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[（(]?\p{Han}{1,12}?(?:讯|\d{1,2}日电)").unwrap());

/// Words of photo captions (图为, 资料图, 全景 …), or a photo credit's 摄 ending the line.
static CAPTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("{}|摄$", alternation(data_file!("clean/captions.txt")))).unwrap());

/// Whether a line is (or holds) a photo caption.
fn is_caption(line: &str) -> bool {
    CAPTION.is_match(&to_simplified(line))
}

/// One non-blank line of the page and what it was found to be.
struct Line<'a> {
    text: &'a str,
    kind: Kind,
}

/// Finds the body, the metadata and what to remove (see the module documentation).
pub fn clean(page: &Page) -> Cleaned {
    let lines: Vec<Line> = page
        .text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|text| Line { text, kind: lines::classify(text) })
        .collect();
    let mut out = Cleaned { warnings: page.warnings.clone(), ..Default::default() };
    let Some(run) = main_run(&lines) else {
        for l in &lines {
            out.removed.push(removed(l.text, reason(l.kind, Reason::Navigation)));
        }
        return out;
    };
    // A run without a line of text (the input is a date or a source line alone: 2019/04/19, 计费周期
    // 2019年6月1日-6月30日) has no body for a header to stand before: it is no page, and all body.
    if !lines[run.clone()].iter().any(|l| l.kind == Kind::Text) {
        for l in lines[..run.start].iter().chain(&lines[run.end..]) {
            out.removed.push(removed(l.text, reason(l.kind, Reason::Navigation)));
        }
        out.body = lines[run].iter().map(|l| l.text).collect::<Vec<_>>().join("\n");
        return out;
    }
    let start = body_start(&lines, run.clone());
    let end = body_end(&lines, start, run.end);

    let mut source: Option<String> = None;
    let mut byline_outlet: Option<String> = None;
    let mut published: Option<String> = None;
    let mut authors: Vec<Author> = Vec::new();
    let mut removed_lines: Vec<Removed> = Vec::new();
    let mut paragraphs: Vec<String> = Vec::new();

    // Before the run: chrome.
    for l in &lines[..run.start] {
        removed_lines.push(removed(l.text, reason(l.kind, Reason::Navigation)));
    }
    // The header: title, subtitles, meta, captions.
    let title_at = title_line(&lines, run.start..start, page);
    for (i, l) in lines.iter().enumerate().take(start).skip(run.start) {
        if l.kind == Kind::Meta {
            source =
                source.or_else(|| meta::labelled_source(l.text)).or_else(|| meta::outlet_in_line(l.text));
            published = published.or_else(|| meta::published(l.text));
            removed_lines.push(removed(l.text, Reason::Meta));
        } else if let Some((outlet, people)) = credits::parse(l.text) {
            byline_outlet = byline_outlet.or(outlet);
            authors.extend(people);
            removed_lines.push(removed(l.text, Reason::Byline));
        } else if Some(i) == title_at {
            removed_lines.push(removed(l.text, Reason::Title));
        } else if l.kind == Kind::Text && is_caption(l.text) {
            removed_lines.push(removed(l.text, Reason::Caption));
        } else if l.kind == Kind::Text && title_at.is_some_and(|t| i > t) {
            removed_lines.push(removed(l.text, Reason::Subtitle));
        } else {
            removed_lines.push(removed(l.text, reason(l.kind, Reason::Navigation)));
        }
    }
    // The body.
    for (i, l) in lines.iter().enumerate().take(end).skip(start) {
        if l.kind != Kind::Text {
            removed_lines.push(removed(l.text, reason(l.kind, Reason::Meta)));
            continue;
        }
        if let Some((outlet, people)) = credits::parse(l.text) {
            byline_outlet = byline_outlet.or(outlet);
            authors.extend(people);
            removed_lines.push(removed(l.text, Reason::Byline));
            continue;
        }
        let mut text = l.text.to_owned();
        if i == start {
            if let Some((rest, credit, people)) = credits::split_dateline(&text) {
                authors.extend(people);
                removed_lines.push(removed(&credit, Reason::Byline));
                text = rest;
            }
            if let Some((agency, date)) = meta::agency_dateline(&text) {
                source = source.or(Some(agency));
                published = published.or(date);
            }
        }
        if let Some((caption, credit, people)) = credits::split_photo_credit(&text) {
            authors.extend(people);
            removed_lines.push(removed(&credit, Reason::Byline));
            text = caption;
        }
        if i + 1 == end {
            if let Some((rest, credit, outlet, people)) = credits::split_trailing(&text) {
                byline_outlet = byline_outlet.or(outlet);
                authors.extend(people);
                removed_lines.push(removed(&credit, Reason::Byline));
                text = rest.trim_end().to_owned();
            }
        }
        paragraphs.push(text);
    }
    // The tail: credits, then whatever the run still holds.
    let mut in_credits = true;
    for l in &lines[end..run.end] {
        if let Some((outlet, people)) = credits::parse(l.text).filter(|_| l.kind == Kind::Text) {
            byline_outlet = byline_outlet.or(outlet);
            authors.extend(people);
            removed_lines.push(removed(l.text, Reason::Byline));
        } else if let Some(people) = credits::parse_name_line(l.text).filter(|_| in_credits) {
            authors.extend(people);
            removed_lines.push(removed(l.text, Reason::Byline));
        } else {
            in_credits = in_credits && l.kind == Kind::Symbols;
            removed_lines.push(removed(l.text, reason(l.kind, Reason::Footer)));
        }
    }
    // After the run: related lists and footers.
    let mut in_related = false;
    for l in &lines[run.end..] {
        in_related =
            (in_related || l.kind == Kind::Related) && !matches!(l.kind, Kind::Footer | Kind::Navigation);
        let default = if in_related { Reason::Related } else { Reason::Footer };
        removed_lines.push(removed(l.text, reason(l.kind, default)));
    }

    let (duplicates, warnings) = repeats::fold(&mut paragraphs);
    removed_lines.extend(duplicates);
    out.warnings.extend(warnings);

    let hints = &page.hints;
    let title = title_at
        .map(|i| lines[i].text.to_owned())
        .or_else(|| hints.title.clone())
        .or_else(|| hints.page_title.as_deref().and_then(meta::headline_of_page_title));
    let mut seen = Vec::new();
    authors.retain(|a| {
        let new = !seen.contains(&a.name);
        seen.push(a.name.clone());
        new
    });
    if authors.is_empty() {
        authors = hints.authors.iter().map(|name| Author { name: name.clone(), role: None }).collect();
    }
    out.meta = Meta {
        title,
        source: source.or_else(|| hints.source.clone()).or(byline_outlet),
        published: published.or_else(|| hints.published.as_deref().and_then(meta::published)),
        authors,
    };
    out.body = paragraphs.join("\n");
    out.removed = removed_lines;
    out
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

/// Whether a line reads as prose: CJK text with sentence punctuation.
fn prose_han(text: &str) -> usize {
    if text.chars().any(is_prose_punct) {
        han_count(text)
    } else {
        0
    }
}

/// The run of lines (between navigation, related, footer and spam lines) holding the most prose;
/// runs opened by a related heading do not count.
fn main_run(lines: &[Line]) -> Option<std::ops::Range<usize>> {
    let mut best: Option<(usize, usize, std::ops::Range<usize>)> = None;
    let mut start = 0;
    let mut related = false;
    for i in 0..=lines.len() {
        let boundary = i == lines.len()
            || matches!(lines[i].kind, Kind::Navigation | Kind::Related | Kind::Footer | Kind::Spam);
        if !boundary {
            continue;
        }
        if !related && i > start {
            let run = &lines[start..i];
            let texts = run.iter().filter(|l| l.kind == Kind::Text);
            let prose: usize = texts.clone().map(|l| prose_han(l.text)).sum();
            let han: usize = texts.map(|l| han_count(l.text)).sum();
            if best.as_ref().map_or(true, |b| (prose, han) > (b.0, b.1)) {
                best = Some((prose, han, start..i));
            }
        }
        if i < lines.len() {
            // A related heading opens a related list; footers and navigation close it.
            related = lines[i].kind == Kind::Related;
        }
        start = i + 1;
    }
    best.filter(|b| b.1 > 0 || !b.2.is_empty()).map(|b| b.2)
}

/// Whether a line could be a credit or a caption rather than article prose.
fn is_credit_or_caption(text: &str) -> bool {
    credits::parse(text).is_some() || is_caption(text)
}

/// The first body line of the run: the first paragraph of prose or dateline, reaching back over
/// short sentences that are not captions; a run without prose is all body.
fn body_start(lines: &[Line], run: std::ops::Range<usize>) -> usize {
    let is_text = |i: usize| lines[i].kind == Kind::Text && !is_credit_or_caption(lines[i].text);
    let strong = run.clone().find(|&i| {
        is_text(i)
            && (prose_han(lines[i].text) >= PROSE_HAN
                || (DATELINE.is_match(&to_simplified(lines[i].text)) && prose_han(lines[i].text) >= 10))
    });
    let Some(mut start) =
        strong.or_else(|| run.clone().find(|&i| is_text(i) && prose_han(lines[i].text) > 0))
    else {
        return run.clone().find(|&i| lines[i].kind == Kind::Text).unwrap_or(run.start);
    };
    while start > run.start && is_text(start - 1) && ends_like_sentence(lines[start - 1].text) {
        start -= 1;
    }
    start
}

/// One past the last body line: the last line of prose after `start`.
fn body_end(lines: &[Line], start: usize, run_end: usize) -> usize {
    (start..run_end)
        .rev()
        .find(|&i| {
            let l = &lines[i];
            l.kind == Kind::Text && credits::parse(l.text).is_none() && prose_han(l.text) > 0
        })
        .map_or(run_end.min(start + 1), |i| i + 1)
}

/// The headline among the header lines: the line the HTML title names, else the last title-like
/// line before the first meta line, else the first title-like line.
fn title_line(lines: &[Line], header: std::ops::Range<usize>, page: &Page) -> Option<usize> {
    let title_like = |i: &usize| {
        let l = &lines[*i];
        let han = han_count(l.text);
        l.kind == Kind::Text
            && (4..=80).contains(&han)
            && !ends_like_sentence(l.text)
            && !is_credit_or_caption(l.text)
    };
    let hinted: Vec<String> =
        [page.hints.title.clone(), page.hints.page_title.clone()].into_iter().flatten().collect();
    if let Some(i) =
        header.clone().filter(title_like).find(|&i| hinted.iter().any(|h| h.contains(lines[i].text)))
    {
        return Some(i);
    }
    match header.clone().find(|&i| lines[i].kind == Kind::Meta) {
        Some(meta_at) => {
            (header.start..meta_at).rev().find(title_like).or_else(|| (meta_at..header.end).find(title_like))
        }
        None => header.clone().find(title_like),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::read_page;

    fn clean_text(text: &str) -> Cleaned {
        clean(&read_page(text, None))
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
        assert!(c.body.starts_with("本报讯 5月31日"), "{}", c.body);
        assert!(c.body.ends_with("将继续推进项目建设。"), "{}", c.body);
        assert!(c.removed.iter().any(|r| r.reason == Reason::Related && r.text.contains("110亿元")));
    }
}
