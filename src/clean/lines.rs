//! What one line of a page is, from the evidence it gives on its own: keywords of page chrome
//! (当前位置, 相关, 上一篇, 版权, ICP备, 如有侵权 …), list markers, separators, dates, and the density
//! of CJK text and sentence punctuation (the text/symbol density idea of news extractors).

use crate::text::bounds::{is_prose_punct, CLOSING_QUOTE, SENTENCE_END};
use crate::text::pattern;
use crate::text::script::Forms;
use crate::text::words::{alternation, data_file};
use regex::Regex;
use std::sync::LazyLock;

/// The class of a line, before the body region is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
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

// The keyword lists are `data/clean/` files, in simplified characters: the rules match a line's
// simplified form (`script::to_simplified`, same byte offsets), so that 相關 is 相关.

/// Breadcrumbs and site chrome (您的位置: 首页 > …, a home link with its channel words: 主页 某某新闻,
/// 下载手机APP, 移动版: …), and a search box's label alone on its line (站内检索, 报刊搜索: 搜索).
static NAVIGATION: LazyLock<Regex> = LazyLock::new(|| {
    let openers = alternation(data_file!("clean/navigation-openers.txt"));
    let words = alternation(data_file!("clean/navigation-words.txt"));
    pattern::compile(&format!(
        r"^(?:{openers})|^(?:首页|主页)(?:\s*[>»›/|]|(?:\s+\p{{Han}}{{2,6}}){{1,8}}$)|[>»›]\s*正文$|{words}|^\p{{Han}}{{0,6}}(?:搜索|检索)(?:\s*[:：]?\s*(?:搜索|检索))?$"
    ))
});

/// An app download link (App下载), matched on the line as printed: on the simplified line it would
/// also take the traditional App下載, which the rules have so far left to the run's default reason.
/// Kept so that outputs do not change; a candidate for the simplified rules.
static APP_DOWNLOAD: LazyLock<Regex> = LazyLock::new(|| pattern::compile(r"(?i-u:app)下载"));

/// A field of a forum poster's profile (最后登录, 注册时间, 在线时间), alone or with its value after a
/// colon: the poster's dates, never the article's.
static PROFILE_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    let labels = alternation(data_file!("clean/profile-labels.txt"));
    pattern::compile(&format!(r"^(?:{labels})\s*(?:[:：]|$)"))
});

/// Whether the trimmed line is a forum profile's field name alone (最后登录), its value on the next line.
pub(super) fn is_profile_label(line: Forms) -> bool {
    let text = strip_bullet(line.simplified).0.trim_end_matches([':', '：', ' ']);
    PROFILE_FIELD.find(text).is_some_and(|m| m.end() == text.len())
}

/// Whether the trimmed line is a forum profile's field, with its value or without (注册时间：2011-5-20).
pub(super) fn is_profile_field(line: Forms) -> bool {
    PROFILE_FIELD.is_match(strip_bullet(line.simplified).0)
}

/// A link to a site's home page alone on its line (某某丝路首页, 返回首页): two to ten CJK characters
/// before 首页.
fn is_home_link(text: &str) -> bool {
    text.strip_suffix("首页").is_some_and(|site| {
        (2..=10).contains(&site.chars().count()) && site.chars().all(crate::text::chars::is_han)
    })
}

/// Breadcrumb separators.
static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| pattern::compile(r"\s[>»›]{1,2}\s|>>|»"));

/// A breadcrumb of short items joined by `>`/`>>`/`»`/`›` with no sentence punctuation
/// (台湾新闻网>>地方频道, 首页>新闻>正文): items of at most twelve characters.
static BREADCRUMB: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"^[^>»›。，！？；]{1,12}(?:\s*(?:>>?|»|›)\s*[^>»›。，！？；]{1,12})+\s*(?:>>?|»|›)?$")
});

/// Pagination: 1 2 3 下一页, 第2页, 共5页.
static PAGINATION: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"^(?:[<«]\s*|上一页\s*|首页\s*)?\d{1,3}(?:\s+\d{1,3})+\s*(?:下一页|尾页|[>»]+)?$|^第\s*\d+\s*页|^共\s*\d+\s*页",
    )
});

/// Share and follow lines (分享到:微信 微博, 扫一扫 关注我们), removed but no boundary of the article.
static SHARE: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(&alternation(data_file!("clean/share-words.txt"))));

/// A share line; a source/date line ending with its page's share and font-size controls
/// (来源:某某日报 日期:2020-05-23 字号: 分享到:) is a meta line.
fn is_share(text: &str) -> bool {
    SHARE.is_match(text) && !META_LABEL.is_match(text)
}

/// A prompt to follow or subscribe to an account, a channel or a paper (更多资讯，请关注“某某发布”微信
/// 公众号。, 欢迎在Facebook上关注我们, 请来Follow我们的频道, 请点击这里订阅某某日报官方电报频道), or a subscription prompt
/// addressing the reader at the start of its line (订阅某某日报 即享完整报道), or to add a contact on
/// WeChat (合作请加微信:某某), or to read more on another page (更多某某资讯，请到以下专页浏览(按此)), or to
/// press a toolbar's button after a short lead (喜欢本文，请点个在看吧～, 点击阅读原文，了解更多), or
/// other furniture addressing the reader at the start of its line: a login prompt (请按此登录以留言),
/// a poll's tag asking the reader (【你怎么看？】…), a contact prompt with an email address (欢迎电邮至
/// x@y.com, 如有新闻线索，欢迎发送邮件至 x@y.com; not a story's 市民可发送邮件至…): removed like a share line. The platforms are spelt as they print their names (no case folding,
/// which would multiply the literals the search starts from).
/// Every match holds one of these (关注, 订阅, 赞好, 请, 我们, 更多, 点, 【, @: one in each alternative).
static FOLLOW: pattern::Gated = pattern::Gated::new(
    &['关', '订', '赞', '请', '们', '更', '点', '【', '@'],
    r"(?:关注|订阅|赞好).{0,20}?(?:公众号|微信号|视频号|抖音号|客户端|频道|专页|电子报)|请加微信|(?:Facebook|Instagram|YouTube|Youtube|Telegram|WhatsApp|脸书)\S{0,4}关注|(?:Follow|follow)我们|^(?:欢迎|立即|马上|点击|点此)?订阅|^更多.{0,20}?请.{0,12}?(?:浏览|点击|按此|查看|参阅)|^\S{0,8}?(?:点击|点个|点亮|请点)\S{0,4}?(?:阅读原文|在看|赞|分享)[^\s。]{0,12}$|^请\S{0,4}?(?:登入|登录)\S{0,6}?(?:分享|留言|评论|收藏)[^。]{0,12}$|^【[^】]{0,8}[你您][^】]{0,6}[?？]】|^\S{0,12}?欢迎[^。]{0,20}?[A-Za-z0-9._-]+@[A-Za-z0-9-]+\.",
);

/// Whether a line is a prompt to follow or subscribe ([`FOLLOW`]).
pub(super) fn is_follow(line: Forms) -> bool {
    FOLLOW.is_match(line.simplified)
}

/// A prompt to download an outlet's app or client (下载东岸新闻App，掌握第一手消息, 更多新闻请下载某某日报
/// 客户端), or an app's slogan ending with it after 尽在 or 就上 (海量资讯、精准解读，尽在某某财经APP): removed
/// like a share line, unless it ends like a sentence of the story (市民可下载某某App办理。). Every match
/// holds an `a` of app or the 客 of 客户端 (so do [`APP_PROMPT_OPENING`]'s).
static APP_PROMPT: pattern::Gated = pattern::Gated::new(
    APP_MARKS,
    r"下载\S{0,12}?(?:(?i-u:app)|客户端)|(?:尽在|就上)\S{1,12}?(?:(?i-u:app)|客户端)$",
);

/// The characters one of which every app prompt holds.
const APP_MARKS: &[char] = &['a', 'A', '客'];

/// A prompt that opens its line addressing the reader, to download an app or a client (下载东岭日报
/// 客户端，随时随地看新闻。, 点我下载某某APP，即时新闻不漏接！): removed like a share line, however it
/// ends; a story's sentence has its subject first (市民可下载…).
static APP_PROMPT_OPENING: pattern::Gated =
    pattern::Gated::new(APP_MARKS, r"^(?:点击|点我|立即|马上|扫码)?下载\S{0,12}?(?:(?i-u:app)|客户端)");

/// An image's placeholder between paragraphs, where the stored page lost the picture (打开某某新闻
/// 查看精彩图片, 点击查看大图), the picture's alternative word alone on its line (image, 图片), or its
/// source (图片来源:网络):
/// removed like a share line, but no boundary of the article. Every match holds 图, 放, 照, or the
/// `i` of image and img or the `p` of photo.
static IMAGE_PLACEHOLDER: pattern::Gated = pattern::Gated::new(
    &['图', '放', '照', 'i', 'I', 'p', 'P'],
    r"查看(?:精彩|高清)?(?:图片|大图|原图)|点击(?:图片)?放大|^(?:(?i-u:image|img|photo)|图片)$|^(?:图片|照片|图)(?:来源|来自)\s*[:：]",
);

/// Whether a line is an image's placeholder ([`IMAGE_PLACEHOLDER`]).
pub(super) fn is_image_placeholder(simplified: &str) -> bool {
    IMAGE_PLACEHOLDER.is_match(simplified)
}

/// A toolbar of the reader's actions alone on its line with their counts (点赞 收藏 在看, 赞(0), 留言 0,
/// 举报/反馈, 阅读原文, 展开全文), a story's word count or reading time (本文共1024字, 阅读约3分钟), or a
/// post's end mark (END, —— END ——, - THE END -): removed like a share line.
static TOOLBAR: LazyLock<Regex> = LazyLock::new(|| {
    let actions = alternation(data_file!("clean/toolbar-words.txt"));
    let words = format!("{actions}|{}", alternation(data_file!("clean/story-links.txt")));
    pattern::compile(&format!(
        r"^(?:(?:{words})[\s\d()（）\[\]【】:：/|·.。…]*)+$|^本文共\s*[\d,]+\s*字|^(?:预计)?阅读(?:本文)?(?:需要|时间)?约?\s*\d+\s*分钟|^[-–—~～=\s]*(?:(?i-u:the)\s+)?(?i-u:end)[-–—~～=\s]*$"
    ))
});

/// Whether a text is only the reader's actions of a toolbar (阅读原文, 点赞 收藏): a link's label, no name.
pub(super) fn is_toolbar(simplified: &str) -> bool {
    TOOLBAR.is_match(simplified)
}

/// An image's file name left alone on a line where the picture stood (1122334455_15581234567891n,
/// IMG_2024.jpg): digits joined by underscores, or a name with a picture's extension.
static IMAGE_FILE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"^(?i-u:[a-z0-9]*[0-9]{6,}[a-z0-9]*(?:_[a-z0-9]+)+|[a-z0-9_\-]+\.(?:jpe?g|png|gif|webp))$",
    )
});

/// An advertisement's slot between paragraphs (ADVERTISEMENT, - Advertisement -, Advertisements, ad,
/// adblk3, 广告 广告, 我是广告 请继续往下阅读): removed, but no boundary of the article. Every match holds
/// the `d` of ad or 广.
static AD_MARK: pattern::Gated = pattern::Gated::new(
    &['d', 'D', '广'],
    r"^(?:[-–—]?\s*(?i-u:advertisements?)\s*[-–—]?|(?i-u:ad)|(?i-u:[a-z]{0,2}adblk)\d*(?:\s+(?i-u:[a-z]{0,2}adblk)\d*)*|(?:我是)?广告(?:\s+广告)*(?:\s*请继续往下阅读)?)$",
);

/// Headings of related-article, hot and latest lists, also in brackets (【延伸阅读】, ▼相关新闻) or with an
/// item after the colon (相关阅读：…), and previous/next links.
static RELATED: LazyLock<Regex> = LazyLock::new(|| {
    let headings = alternation(data_file!("clean/related-headings.txt"));
    let links = alternation(data_file!("clean/related-links.txt"));
    pattern::compile(&format!(
        r"^[【\[〔▼]?\s*(?:{headings})[\p{{Han}}A-Za-z]{{0,6}}\s*[】\]〕]?\s*[:：]?$|^(?:{links})|^(?:延伸|相关|推荐|更多|热门)(?:阅读|新闻|报道|文章)\s*[:：]"
    ))
});

/// Copyright lines, ICP numbers, disclaimers and page addresses.
static FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    // 版权属…所有 as a notice closes its line (not 作品的版权属于原告，…).
    let words = alternation(data_file!("clean/footer-words.txt"));
    pattern::compile(&format!(r"(?i-u:{words})|版权属[^，,。；;\s]{{1,20}}?所有[。.]?$"))
});

/// A disclaimer or copyright notice opening a line, which may be long ([版权及免责声明] 凡本网…,
/// （本文来自…）, 本文由… with a repost word: 本文由某某周刊授权转载, not 本文由课题组撰写), also a repost
/// site's offer to take a work down (如果我们转载的作品侵犯了您的权利，…删除; not 如果商家侵犯了…).
static FOOTER_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    // Also as an item of a numbered notice (1.凡本网注明…).
    // A repost's original headline in brackets under the story ((原标题：…)) is its note too.
    pattern::compile(&format!(
        r"^(?:\d{{1,2}}[.、．]\s*)?[【\[（(]?(?:{}|本文由[^。]{{0,30}}?(?:授权|转载|来源|供稿|首发)|(?:如果|如|若)(?:我们|本站|本网|本平台)所?转载)|^[【\[（(]原标题",
        alternation(data_file!("clean/footer-openers.txt"))
    ))
});

/// Words and patterns of adult spam titles (`av` a word of its own: no Latin letter, digit or Han
/// character on either side).
static SPAM: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(data_file!("clean/spam-words.txt"));
    pattern::compile(&format!(
        r"{words}|(?:^|[^0-9A-Za-z_\p{{Han}}])(?i-u:av)(?:$|[^0-9A-Za-z_\p{{Han}}])|亚洲.{{0,4}}视频"
    ))
});

/// Words of gambling spam titles, which are also the news of Macau's economy and of lotteries.
static GAMBLING: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(&alternation(data_file!("clean/gambling-words.txt"))));

/// Whether a line that is no statement is a spam title: an adult word, or a keyword list of gambling
/// words (two different ones, or one in a list joined by `_` or `|`); 澳门博彩收入回升 is a headline.
fn is_spam_title(text: &str) -> bool {
    if SPAM.is_match(text) {
        return true;
    }
    let mut words = GAMBLING.find_iter(text).map(|m| m.as_str());
    let Some(first) = words.next() else { return false };
    text.contains(['_', '|', '｜']) || words.any(|w| w != first)
}

/// A forum post's stamp of its last edit (本帖最后由 某某 于 2022-6-29 15:18 编辑): the forum's form of
/// 最后更新, a meta line whose date is the post's.
static FORUM_EDIT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"^本帖最后由\s*\S{1,30}\s*于\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?\s*编辑$")
});

/// Labels of a source/date/counter line (来源:, 发布时间:, 人气:, 0次浏览 …).
static META_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let labels = alternation(data_file!("clean/meta-labels.txt"));
    let counters = alternation(data_file!("clean/meta-counters.txt"));
    let sources = alternation(data_file!("clean/source-labels.txt"));
    pattern::compile(&format!(
        r"(?:^|\s|[（(【\[])(?:{labels})\s*[:：]|(?:^|\s|[（(【\[])(?i-u:{sources})\s*[:：丨|｜/／]|\d+\s*次(?:{counters})|\d+\s*(?:{counters})人?次|(?:{counters})(?:量|数)?\s*[:：]?\s*\d+"
    ))
});

/// Whether a line holds a date and ends with a count glued before its counter's word, a reader count
/// without its label (某某编辑部 2020-08-10 17:36:33 5283阅读): a meta line. A headline's count has
/// no date beside it (文章阅读量破10万阅读 is no meta line).
fn is_counted_date_line(text: &str) -> bool {
    static COUNTERS: LazyLock<Vec<&str>> =
        LazyLock::new(|| crate::text::words::vocabulary(data_file!("clean/meta-counters.txt")).collect());
    let text = text.trim_end();
    COUNTERS.iter().any(|w| {
        text.strip_suffix(w).is_some_and(|rest| rest.trim_end().ends_with(|c: char| c.is_ascii_digit()))
    }) && DATE.is_match(text)
}

/// A line of labelled cells whose separators the page lost, a label glued after the value before it
/// (作者 :编辑 :某某来源 :某某办公室发布时间 :2024年01月27日): two source or date labels with their colon
/// anywhere in a line that opens with a label and its colon.
static GLUED_CELLS: LazyLock<Regex> = LazyLock::new(|| {
    let labels = alternation(data_file!("clean/meta-labels.txt"));
    let sources = alternation(data_file!("clean/source-labels.txt"));
    pattern::compile(&format!(r"(?:{labels}|{sources})\s*[:：]"))
});

/// Whether a line is labelled cells glued together ([`GLUED_CELLS`]), opening with a label.
fn is_glued_cells(line: Forms) -> bool {
    let opens = GLUED_CELLS.find(line.simplified).is_some_and(|m| m.start() == 0)
        || super::credits::opens_with_role(line.printed) && line.simplified.contains([':', '：']);
    opens && GLUED_CELLS.find_iter(line.simplified).take(2).count() == 2
}

/// The font-size control of a meta line (字号, 【字体】), matched on the line as printed, with the
/// traditional 字號 but not 字體: on the simplified line it would also take 字體. Kept so that
/// outputs do not change; a candidate for the simplified rules. What `(?:^|\s)[【\[]?字[体號号]` matches,
/// found by a scan for 字 (one regex fewer to build at start-up).
fn is_font_size(printed: &str) -> bool {
    printed.match_indices('字').any(|(at, c)| {
        let before = &printed[..at];
        let before = before.strip_suffix(['【', '[']).unwrap_or(before);
        printed[at + c.len()..].starts_with(['体', '號', '号'])
            && before.chars().next_back().map_or(true, char::is_whitespace)
    })
}

/// A full date, as a source/date line prints it, with the time (10:30, 10时30分) after it or after its
/// weekday (2024年5月1日 星期三 10:30).
pub(super) static DATE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(&format!(
        r"(?P<y>\d{{4}})\s*(?:[-/.]|年)\s*(?P<m>\d{{1,2}})\s*(?:[-/.]|月)\s*(?P<d>\d{{1,2}})日?(?:\s*[（(]?(?:星期|周|礼拜)[一二三四五六日天][)）]?)?(?:(?:\s*|T){CLOCK})?"
    ))
});

/// A time of day after a date: 10:30, 10时30分, 10:30:15, 上午10时 (the hour alone with 时), and the
/// 12-hour forms 下午 3:20 and 3:20 PM (the half of the day in `ap` or `pm`, see `meta::hour`).
pub(super) const CLOCK: &str = r"(?P<ap>上午|下午|中午|晚上|晚间|凌晨|早上)?\s*(?P<h>\d{1,2})(?:(?:[:：]|[时時])(?P<min>\d{2})(?:[:：]\d{2}|分)?|[时時])(?:\s*(?P<pm>[AaPp]\.?[Mm]\.?))?";

/// Other date forms of a header: day.month.year (18.11.2014 19:58), an English month
/// (2026-Feb-26 04:00, 3 May 2024, May 3, 2024: bilingual pages), a ROC year (民国108年4月2日,
/// 108年4月2日, 113/05/03, 112-06-15), numbers with slashes and the year last (01/05/2024: day first or month
/// first, see `meta::published`), eight digits opening a line or a word (20230808文/王某). Its word
/// boundaries are ASCII's: a Han character beside a date's digits or month sets it apart. Ask
/// [`may_hold_other_date`] first.
pub(super) static OTHER_DATE: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(&OTHER_DATE_PATTERN.replace(r"\b", r"(?-u:\b)")));

/// An English month's name, short or long (its first three letters name it: `meta::published`).
const MONTH: &str = r"(?i-u:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/// The pattern of [`OTHER_DATE`]. A ROC year in numbers with slashes, dots or dashes (113/05/03) has three
/// digits and stands apart from other numbers.
static OTHER_DATE_PATTERN: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"\b(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}})\b|\b(?P<y2>\d{{4}})-(?P<mon>{MONTH})-(?P<d2>\d{{1,2}})\b|\b(?P<d5>\d{{1,2}})\s+(?P<mon5>{MONTH})\.?,?\s+(?P<y5>\d{{4}})\b|\b(?P<mon6>{MONTH})\.?\s+(?P<d6>\d{{1,2}}),?\s+(?P<y6>\d{{4}})\b|(?:民国|中华民国)\s*(?P<roc>\d{{2,3}})\s*年\s*(?P<rm>\d{{1,2}})\s*月\s*(?P<rd>\d{{1,2}})\s*日|(?:^|[^\d])(?P<roc3>1\d{{2}})\s*年\s*(?P<rm3>\d{{1,2}})\s*月\s*(?P<rd3>\d{{1,2}})\s*日|(?:^|[^\d/.-])(?P<roc4>1\d{{2}})[/.-](?P<rm4>\d{{1,2}})[/.-](?P<rd4>\d{{1,2}})(?:[^\d/.-]|$)|\b(?P<sa>\d{{1,2}})/(?P<sb>\d{{1,2}})/(?P<sy>\d{{4}})\b|(?:^|\s)(?P<cy>(?:19|20)\d{{2}})(?P<cm>0[1-9]|1[0-2])(?P<cd>0[1-9]|[12]\d|3[01])(?:[^\d]|$)"
    )
});

/// Whether [`OTHER_DATE`] can match `text`: its pattern without the word boundaries (`\b`), which
/// matches wherever it does, cheaply: a lazy DFA rejects most lines without looking for boundaries.
/// Asked of a line without a mark of its forms (see [`has_other_date_mark`]: most pages print their
/// dates as [`DATE`] reads them), neither pattern is compiled.
pub(super) fn may_hold_other_date(text: &str) -> bool {
    static LOOSE: LazyLock<Regex> =
        LazyLock::new(|| pattern::compile(&OTHER_DATE_PATTERN.replace(r"\b", "")));
    has_other_date_mark(text) && LOOSE.is_match(text)
}

/// Whether `text` prints what every form of [`OTHER_DATE`] does: a `.`, `-` or `/` (18.11.2014,
/// 2026-Feb-26, 113/05/03, 01/05/2024), a Latin letter (3 May 2024), 民 (民国108年), or a run of
/// exactly three digits (108年4月2日) or of eight or more (20230808).
fn has_other_date_mark(text: &str) -> bool {
    let mut digits = 0;
    for c in text.chars() {
        if c.is_ascii_digit() || ('０'..='９').contains(&c) {
            digits += 1;
            continue;
        }
        if digits == 3 || digits >= 8 || c.is_ascii_alphabetic() || matches!(c, '.' | '-' | '/' | '民') {
            return true;
        }
        digits = 0;
    }
    digits == 3 || digits >= 8
}

/// The time after a date of another form (18.11.2014 19:58, 1/5/2024 下午3:20, 3 May 2024 10:21 AM).
pub(super) static TIME_AFTER: LazyLock<Regex> = LazyLock::new(|| pattern::compile(&format!(r"^\s*{CLOCK}")));

/// Where the first date of a source/date line stands, in any of its forms, with its time.
pub(super) fn find_date(text: &str) -> Option<std::ops::Range<usize>> {
    if let Some(m) = DATE.find(text) {
        return Some(m.range());
    }
    let m = may_hold_other_date(text).then(|| OTHER_DATE.find(text)).flatten()?;
    // Without the character a form reads after its last digit to see that no digit follows (113/05/03
    // 某某, 20230808文/王某): it is the next word's.
    let end = m.start() + m.as_str().trim_end_matches(|c: char| !c.is_ascii_digit() && c != '日').len();
    Some(m.start()..end + TIME_AFTER.find(&text[end..]).map_or(0, |t| t.end()))
}

/// Whether a line ends like a sentence (。！？…； or a closing quote or bracket after one).
pub(super) fn ends_like_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(|c| CLOSING_QUOTE.contains(&c) || matches!(c, '"' | ')' | '）'));
    trimmed.ends_with(|c| SENTENCE_END.contains(&c) || matches!(c, '…' | '；'))
}

/// Whether a line ends like a statement (。…； or a closing quote or bracket after one), which a
/// headline does not: a headline may end in ！ or ？.
pub(super) fn ends_like_statement(line: &str) -> bool {
    let trimmed = line.trim_end_matches(|c| CLOSING_QUOTE.contains(&c) || matches!(c, '"' | ')' | '）'));
    trimmed.ends_with(['。', '.', '…', '；', ';'])
}

/// A list marker at the start of a line (• · ▪ ■ ► ◆ ◎ -).
pub(super) fn strip_bullet(line: &str) -> (&str, bool) {
    let rest = line.trim_start_matches([
        '•', '·', '▪', '■', '►', '▶', '◆', '◇', '●', '○', '◎', '□', '★', '☆', '-', '*', ' ',
    ]);
    (rest, rest.len() != line.len())
}

/// Classifies one trimmed line on its own evidence; `han` is the count of its CJK characters.
/// A site's slogan: its name, then a short phrase after a comma or a dash, no sentence and no figure
/// (某某新闻网，让新闻离你更近; 某某网——某某人自己的网站; not a credit: 某某日报，记者张三).
fn is_slogan(text: &str) -> bool {
    let Some((name, phrase)) = text.split_once(['，', ',', '—']) else { return false };
    let phrase = phrase.trim_start_matches('—').trim();
    super::meta::is_outlet(name.trim())
        && (2..=14).contains(&phrase.chars().count())
        && phrase.chars().all(crate::text::chars::is_han)
        && !super::credits::opens_with_role(phrase)
}

pub(super) fn classify(line: Forms, han: usize) -> Kind {
    let line = line.of(strip_bullet(line.printed).0);
    let (printed, text) = (line.printed, line.simplified);
    if !text.chars().any(|c| c.is_alphanumeric())
        || AD_MARK.is_match(text)
        || IMAGE_FILE.is_match(text)
        || (han < 40 && (is_share(text) || FOLLOW.is_match(text) || IMAGE_PLACEHOLDER.is_match(text)))
        || (han < 20 && text.len() <= 90 && (TOOLBAR.is_match(text) || super::credits::is_bare_label(text)))
        || (han == 0 && text.contains("function") && text.contains(['{', '}']))
    {
        return Kind::Symbols;
    }
    // Whether the line has sentence punctuation: the scan of a line of prose ends at its first mark.
    let punct = text.chars().any(is_prose_punct);
    let short = han < 80;
    if short
        && (NAVIGATION.is_match(text)
            || APP_DOWNLOAD.is_match(printed)
            || PROFILE_FIELD.is_match(text)
            || is_home_link(text))
    {
        return Kind::Navigation;
    }
    if han < 40
        && (APP_PROMPT.is_match(text) && !ends_like_sentence(text) || APP_PROMPT_OPENING.is_match(text))
    {
        return Kind::Symbols;
    }
    // (Both patterns need a `>`, `»` or `›`: a line without one compiles and asks neither.)
    if short
        && text.contains(['>', '»', '›'])
        && (SEPARATOR.find_iter(text).count() >= 2 || BREADCRUMB.is_match(text))
        && !ends_like_sentence(text)
    {
        return Kind::Navigation;
    }
    if RELATED.is_match(text) {
        return Kind::Related;
    }
    if (short && FOOTER.is_match(text))
        || FOOTER_OPENER.is_match(text)
        || (han < 40 && super::meta::is_repost_note(line))
        || (han < 24 && is_slogan(text))
    {
        return Kind::Footer;
    }
    // A statement is prose (本澳博彩毛收入……增长4.6%。: Macau's gaming is news), never a spam title.
    if short
        && (is_spam_title(text) && !ends_like_statement(text) || (text.matches('_').count() >= 3 && !punct))
    {
        return Kind::Spam;
    }
    if han < 40
        && !ends_like_sentence(without_trailing_brackets(text))
        && (META_LABEL.is_match(text)
            || super::meta::is_glued_source(text)
            || is_glued_cells(line)
            || is_font_size(printed)
            || (text.starts_with("本帖最后由") && FORUM_EDIT.is_match(text))
            || is_outlet_date_line(line)
            || is_counted_date_line(text)
            || is_page_label(text))
    {
        return Kind::Meta;
    }
    // A menu of short items between bars, but not credits between them (作者｜王某 编辑｜李某).
    if (is_menu(text, punct) && super::credits::parse(line).is_none()) || PAGINATION.is_match(text) {
        return Kind::Navigation;
    }
    Kind::Text
}

/// An e-paper's page label (第03版:要闻, A04版：澳闻, 第2版 要闻): the page's number before 版, a meta
/// line.
pub(super) fn is_page_label(text: &str) -> bool {
    let rest = text.trim_start_matches('第').trim_start_matches(|c: char| c.is_ascii_uppercase());
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    // The label ends the line or stands apart, a section's short name after a space: 第3版总体规划获批
    // and 第2版 某市总体规划获批 are headlines.
    let label = rest[digits..].trim_start().strip_prefix('版').is_some_and(|r| match r.chars().next() {
        None | Some(':' | '：') => true,
        Some(' ' | '\u{3000}') => r.split_whitespace().next().map_or(true, |name| name.chars().count() <= 6),
        Some(_) => false,
    });
    (1..=3).contains(&digits) && label
}

/// A bracketed part ending a line, such as a paragraph's closing credit (…万锭。(来源:江海日报)): a
/// sentence before it (and any others: …亿元。（来源：某某日报）（编辑：某某）) makes the line prose,
/// whatever labels the brackets hold ([`without_trailing_brackets`]).
static TRAILING_BRACKET: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"\s*[(（【][^()（）【】]*[)）】]\s*$"));

/// The line without the bracketed parts ending it ([`TRAILING_BRACKET`]).
pub(super) fn without_trailing_brackets(text: &str) -> &str {
    let mut text = text;
    while let Some(m) = TRAILING_BRACKET.find(text) {
        text = &text[..m.start()];
    }
    text
}

/// A menu or toolbar: three or more short items between `|` without sentence punctuation
/// (24h购物| | PChome| 登入); `punct` says whether the line has sentence punctuation.
fn is_menu(text: &str, punct: bool) -> bool {
    !punct
        && !is_table_row(text)
        && text.split(['|', '｜']).count() >= 3
        && text.split(['|', '｜']).all(|i| i.trim().chars().count() <= 8)
}

/// A row of a table printed as text: cells between bars, tabs or spaces, most of them figures
/// (支出法生产总值(亿元) | 89705.2 | 80854.9, 上升 1075 25.50% +3.46%): at least one not a year alone,
/// or years under a label opening the row, a header (指标 | 2017年 | 2016年). A menu's items are words
/// (首页 | 新闻 | 政务), and years opening the line are an archive's links (2023年 | 2022年 | 往年).
pub(super) fn is_table_row(text: &str) -> bool {
    let cells: Vec<&str> = if text.contains(['|', '｜']) {
        text.split(['|', '｜']).map(str::trim).filter(|c| !c.is_empty()).collect()
    } else {
        text.split_whitespace().collect()
    };
    let figure = |c: &str| {
        let n = c.trim_start_matches(['+', '-', '－', '−']).trim_end_matches(['%', '％', '年']);
        n.starts_with(|c: char| c.is_ascii_digit())
            && n.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    };
    let year = |c: &str| {
        let n = c.trim_end_matches('年');
        n.len() == 4 && (n.starts_with("19") || n.starts_with("20")) && n.bytes().all(|b| b.is_ascii_digit())
    };
    let figures = cells.iter().filter(|c| figure(c)).count();
    figures >= 2
        && figures * 2 > cells.len()
        && (cells.iter().any(|c| figure(c) && !year(c)) || cells.first().is_some_and(|c| !figure(c)))
}

/// What stands between the parts of a source/date line: bars, slashes and brackets.
pub(super) const SEPARATORS: &[char] =
    &['|', '｜', '/', '／', '【', '】', '[', ']', '(', ')', '（', '）', '·', '丨'];

/// The marks of a WeChat article's header line around its author, account and date: 原创 before
/// them, 发表于 (a portal's 发布于：) and the province after (原创 张三 某某发布 2024-05-01 10:00 发表于四川).
static WECHAT_MARKS: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"^原创\s|(?:^|\s)(?:发表|发布)于[:：]?\s*\p{Han}{2,8}$"));

/// A line that is a date, optionally with an outlet name (甘孜日報 2023年06月02日, 2025-06-22 18:53:00),
/// a WeChat account's header line, or a date with an outlet and a credit (2024-05-01 12:30 聯合報 /
/// 記者王小明／台北即時報導).
fn is_outlet_date_line(line: Forms) -> bool {
    let text = line.simplified;
    let Some(m) = find_date(text) else { return false };
    let cut = |t: &str| format!("{} {}", &t[..m.start], &t[m.end..]);
    let rest = cut(text);
    let unmarked = WECHAT_MARKS.replace_all(rest.trim(), " ");
    // Separators and brackets around the parts are no words (南台日报 | 地方新闻 | 2019-03-05,
    // 2019年3月5日 (星期二) 下午 3:20, 【南台日报】2019-03-05).
    let words = unmarked.chars().filter(|c| !c.is_whitespace() && !SEPARATORS.contains(c));
    // An enumeration's 、 makes no prose between a credit's names (中國時報 林某、陳某／台北報導).
    if words.clone().any(|c| is_prose_punct(c) && c != '、') {
        return false;
    }
    let listed = words.clone().any(|c| c == '、');
    (!listed && words.count() <= 12) || {
        let printed = cut(line.printed);
        super::credits::parse(Forms::new(printed.trim(), rest.trim())).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The font-size scan answers what its pattern did, on made-up lines.
    #[test]
    fn font_size_scan_is_its_pattern() {
        let pattern = pattern::compile(r"(?:^|\s)[【\[]?字[体號号][】\]]?");
        for line in [
            "字号",
            "【字体】大 中 小",
            "[字號]",
            "来源：某某网 字号：大",
            "来源\u{3000}【字号",
            "打印 [字体",
            "字體",
            "文字号召",
            "汉字体系",
            "某【字号】",
            "x字号",
            "【【字号",
            " 【[字号",
            "字",
            "",
            "字号字体",
            "a 字 号",
            "来源 文字号 大",
            "\t字体",
            "【字",
            "[字號 ",
        ] {
            assert_eq!(is_font_size(line), pattern.is_match(line), "{line}");
        }
    }
    use crate::text::chars::han_count;
    use crate::text::script::to_simplified;

    /// The patterns compiled only for a line holding one of their marks answer as compiled (made-up
    /// lines; the last of each list matches nowhere).
    #[test]
    fn gated_line_patterns_answer_as_compiled() {
        let apps = [
            "下载某某日报客户端，随时看新闻",
            "点我下载某某APP，新闻不漏接",
            "海量资讯，尽在某某财经App",
            "下载文件",
        ];
        APP_PROMPT.assert_gate(&apps, 3);
        APP_PROMPT_OPENING.assert_gate(&apps, 2);
        IMAGE_PLACEHOLDER.assert_gate(
            &[
                "打开某某新闻查看精彩图片",
                "点击放大",
                "image",
                "IMG",
                "Photo",
                "照片来源：网络",
                "图来自: 某某",
                "photos",
            ],
            7,
        );
        AD_MARK.assert_gate(
            &[
                "ADVERTISEMENT",
                "- Advertisement -",
                "ad",
                "xyadblk3 adblk4",
                "我是广告 请继续往下阅读",
                "adverts",
            ],
            5,
        );
    }

    fn kind(line: &str) -> Kind {
        classify(Forms::new(line, &to_simplified(line)), han_count(line))
    }

    /// The marks every prompt to follow holds leave [`FOLLOW`]'s answers unchanged (made-up lines).
    #[test]
    fn follow_marks_leave_answers_unchanged() {
        let compiled = pattern::compile(FOLLOW.source());
        for line in [
            "更多资讯，请关注“某某发布”微信公众号。",
            "欢迎在Facebook上关注我们",
            "请来Follow我们的频道",
            "订阅某某晚报 即享完整报道",
            "合作请加微信:某某",
            "喜欢本文，请点个在看吧～",
            "点击阅读原文，了解更多",
            "请按此登录以留言",
            "【你怎么看？】",
            "如有新闻线索，欢迎发送邮件至 tips@example.com",
            "脸书专页关注",
        ] {
            assert!(compiled.is_match(line) && FOLLOW.is_match(line), "{line}");
        }
        for line in
            ["某某市今年新增就业岗位三千个", "Follow the money", "阅读量", "", "园区实现工业总产值67亿元"]
        {
            assert!(!compiled.is_match(line) && !FOLLOW.is_match(line), "{line}");
        }
    }

    /// Every form of [`OTHER_DATE`] has a mark of [`has_other_date_mark`]; the dates [`DATE`] reads
    /// have none.
    #[test]
    fn other_dates_have_their_marks() {
        let loose = pattern::compile(&OTHER_DATE_PATTERN.replace(r"\b", ""));
        for date in [
            "18.11.2014",
            "2026-Feb-26",
            "3 May 2024",
            "May 3, 2024",
            "民国108年4月2日",
            "于108年4月2日",
            "报道108 年4月2日",
            "113/05/03",
            "01/05/2024",
            "20230808 某某",
            "19９１0808 某某",
        ] {
            assert!(loose.is_match(date) && has_other_date_mark(date), "{date}");
        }
        for line in
            ["来源：某某日报 2023年06月02日", "发布时间：2024年5月1日 10:30", "2019年12月5日", "１２３４"]
        {
            assert!(!has_other_date_mark(line) && !loose.is_match(line), "{line}");
        }
    }

    #[test]
    fn chrome_is_recognised() {
        assert_eq!(kind("当前位置: 首页 » 资讯频道 » 园区新闻 » 正文"), Kind::Navigation);
        assert_eq!(kind("您的位置: 首页 > 实时讯息 >"), Kind::Navigation);
        assert_eq!(kind("下载手机APP"), Kind::Navigation);
        assert_eq!(kind("相关信息"), Kind::Related);
        assert_eq!(kind("相关新闻:"), Kind::Related);
        assert_eq!(kind("  • 上一篇:我州開展活動"), Kind::Related);
        assert_eq!(kind("站长邮箱 admin@99-bm.com Copyright © 99便民 鲁ICP备19046937号-5"), Kind::Footer);
        assert_eq!(kind("文中内容、图片均来源于网络,如有版权问题请联系本站删除!"), Kind::Footer);
        assert_eq!(
            kind("男人的天堂亚洲av无码_欧美亚洲日韩视频在线_最近2019年中文字幕_亚洲乱码中文手机在线"),
            Kind::Spam
        );
        assert_eq!(kind("来源:全球起重机械网  人气:2654"), Kind::Meta);
        assert_eq!(kind("0次浏览 发布时间:2025-05-08 08:40:00"), Kind::Meta);
        assert_eq!(kind("甘孜日報 2023年06月02日"), Kind::Meta);
        assert_eq!(kind("|"), Kind::Symbols);
    }

    /// The lists are simplified; a line printed in traditional characters is read through its
    /// simplified form.
    #[test]
    fn traditional_lines_match_the_simplified_lists() {
        assert_eq!(kind("當前位置: 首頁 > 新聞"), Kind::Navigation);
        assert_eq!(kind("相關新聞:"), Kind::Related);
        assert_eq!(kind("下一頁"), Kind::Related);
        assert_eq!(kind("版權所有 綿陽新聞網"), Kind::Footer);
        assert_eq!(kind("來源:綿陽日報 點擊:120"), Kind::Meta);
    }

    /// Gambling words are Macau's news: a title only as a keyword list, never in a statement.
    #[test]
    fn gambling_words_make_spam_only_as_a_keyword_list() {
        assert_eq!(kind("澳門博彩收入按月回升"), Kind::Text);
        assert_eq!(kind("本澳博彩毛收入達183億澳門元，按月增長4.6%。"), Kind::Text);
        assert_eq!(kind("澳门葡京娱乐城官网"), Kind::Spam);
        assert_eq!(kind("彩票平台_官方下载"), Kind::Spam);
        assert_eq!(kind("高清电影在线观看"), Kind::Spam);
    }

    #[test]
    fn prose_and_headings_are_text() {
        assert_eq!(kind("成凉合作共促区域经济发展"), Kind::Text);
        assert_eq!(kind("相关负责人表示。"), Kind::Text);
        assert_eq!(kind("2009年8月6日,西昌晶康高技术项目正式奠基。"), Kind::Text);
        assert_eq!(kind("资金来源:各级财政安排的专项资金和社会资本投入,共计三亿元。"), Kind::Text);
    }
}
