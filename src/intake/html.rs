//! HTML pages to text lines, with the html5gum tokenizer (a WHATWG tokenizer in safe Rust: nothing
//! is executed, no resource is fetched). Blocks become lines; script, style, navigation, asides,
//! footers, forms and templates are dropped; character references come decoded from the tokenizer.
//! `<title>`, `<meta>` and `<time datetime>` give metadata [`Hints`].

use super::Hints;
use crate::text::pattern;
use html5gum::{DefaultEmitter, Token, Tokenizer};
use regex::Regex;
use std::sync::LazyLock;

/// Elements whose whole content is not article text.
const SKIPPED: &[&str] = &[
    "script", "style", "nav", "aside", "footer", "form", "noscript", "template", "head", "svg", "iframe",
    "select", "button", "object", "canvas", "audio", "video", "menu", "dialog",
];

/// Elements that start and end a line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "main",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "hr",
    "address",
    "center",
    "caption",
    "tbody",
    "thead",
    "body",
    "html",
    "td",
    "th",
];

/// Elements that never have an end tag (so they never enter the open-element stack).
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

/// Tags that make a text look like HTML source.
static TAGS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"<(?:(?i-u:!doctype)\s+(?i-u:html)|(?i-u:html|head|body|div|p|br|span|table|meta|title|article|h[1-6]|li)|(?i-u:a)\s)[\s>/]",
    )
});

/// Whether a text is an HTML page: by the file's extension, or by the tags it is made of.
pub(super) fn is_html(text: &str, file: Option<&str>) -> bool {
    let by_name = file.is_some_and(|f| {
        let extension = f.rsplit_once('.').map_or("", |(_, e)| e).to_ascii_lowercase();
        super::HTML_EXTENSIONS.contains(&extension.as_str())
    });
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    by_name || (start.starts_with('<') && TAGS.find_iter(text).take(3).count() >= 2)
}

/// The text lines and metadata hints of an HTML page.
pub(super) fn to_text(html: &str) -> (String, Hints) {
    let mut emitter = DefaultEmitter::default();
    // Script, style and title contents are raw text: switch the tokenizer the way a browser does.
    emitter.naively_switch_states(true);
    let mut out = String::new();
    let mut hints = Hints::default();
    let mut skip_depth = 0usize;
    let mut open: Vec<String> = Vec::new();
    let mut in_title = false;
    let mut title = String::new();
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                let attr = |key: &str| {
                    tag.attributes.get(key.as_bytes()).map(|v| String::from_utf8_lossy(v).trim().to_owned())
                };
                match name.as_str() {
                    "meta" => meta_hint(&mut hints, attr("name").or(attr("property")), attr("content")),
                    "time" if hints.published.is_none() => {
                        hints.published = attr("datetime").filter(|d| !d.is_empty());
                    }
                    "title" => in_title = true,
                    _ => {}
                }
                if SKIPPED.contains(&name.as_str()) && !tag.self_closing && !VOID.contains(&name.as_str()) {
                    skip_depth += 1;
                }
                if BLOCKS.contains(&name.as_str()) {
                    out.push('\n');
                }
                if !tag.self_closing && !VOID.contains(&name.as_str()) {
                    open.push(name);
                }
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if name == "title" {
                    in_title = false;
                }
                // Close up to the matching open element (browsers forgive missing end tags).
                if let Some(at) = open.iter().rposition(|n| *n == name) {
                    for closed in open.drain(at..) {
                        if SKIPPED.contains(&closed.as_str()) {
                            skip_depth = skip_depth.saturating_sub(1);
                        }
                    }
                }
                if BLOCKS.contains(&name.as_str()) {
                    out.push('\n');
                }
            }
            Token::String(s) => {
                let s = String::from_utf8_lossy(&s);
                if in_title {
                    title.push_str(&s);
                } else if skip_depth == 0 {
                    out.push_str(&s.replace(['\n', '\r'], " "));
                }
            }
            _ => {}
        }
    }
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    if !title.is_empty() {
        hints.page_title = Some(title);
    }
    (out, hints)
}

/// Records what a `<meta name|property=… content=…>` says about the article.
fn meta_hint(hints: &mut Hints, key: Option<String>, content: Option<String>) {
    let (Some(key), Some(content)) = (key, content.filter(|c| !c.is_empty())) else { return };
    match key.to_ascii_lowercase().as_str() {
        "og:title" | "twitter:title" | "title" | "articletitle" => {
            hints.title.get_or_insert(content);
        }
        "author" | "article:author" | "byline" if !hints.authors.contains(&content) => {
            hints.authors.push(content);
        }
        "source" | "contentsource" | "article:source" | "og:article:source" => {
            hints.source.get_or_insert(content);
        }
        "publishdate"
        | "pubdate"
        | "publish_date"
        | "publishtime"
        | "article:published_time"
        | "og:release_date"
        | "date"
        | "dc.date"
        | "dc.date.issued"
        | "weibo:article:create_at" => {
            hints.published.get_or_insert(content);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines_and_chrome_goes() {
        let page = r#"<!DOCTYPE html><html><head><title>园区新闻_某某网</title>
            <meta name="author" content="张三"><meta property="article:published_time" content="2023-06-02T08:30:00+08:00">
            <script>var x = "<p>不是正文</p>";</script><style>p{}</style></head>
            <body><nav><a href="/">首页</a> &gt; 新闻</nav><h1>园区新闻</h1>
            <p>成都&amp;凉山合作建园，<b>产值</b>67亿元。<br>第二行&nbsp;文字</p>
            <aside>相关文章</aside><footer>版权所有</footer></body></html>"#;
        assert!(is_html(page, None));
        let (text, hints) = to_text(page);
        let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        assert_eq!(lines, ["园区新闻", "成都&凉山合作建园，产值67亿元。", "第二行\u{a0}文字"]);
        assert_eq!(hints.page_title.as_deref(), Some("园区新闻_某某网"));
        assert_eq!(hints.authors, ["张三"]);
        assert_eq!(hints.published.as_deref(), Some("2023-06-02T08:30:00+08:00"));
    }

    #[test]
    fn plain_text_is_not_html() {
        assert!(!is_html("成都与凉山合作建园 <b>很好</b>", None));
        assert!(is_html("anything", Some("page.HTM")));
    }
}
