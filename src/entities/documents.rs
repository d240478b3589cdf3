//! Documents (《…》 titles, given without the brackets) and events: fairs, forums and meetings with
//! their names and ordinals (第十届西博会, 成都凉山区域合作第一次联席会暨项目签约仪式, 市委五届六次全会),
//! and party congresses (党的二十大).

use super::lexicon::{
    COMPANY_SUFFIXES, COUNT_NUMERALS, EVENT_SUFFIXES, FAIR_NOUNS, GENERIC_WORDS, GOVERNING_VERBS,
    JOINED_EVENT_ENDS, ORG_SUFFIXES, PLACED_ORG_SUFFIXES, REGION_WORDS, TITLES, TITLE_RANKS,
};
use super::names::{counted, ordinal, prefix, Reach, Verbs};
use super::Candidate;
use crate::model::EntityType;
use crate::text::chars::{among, holds};
use crate::text::gazetteer::GAZETTEER;
use crate::text::order;
use crate::text::pattern;
use crate::text::words::WordList;
use std::sync::LazyLock;

/// An event's printed name holds counts (两省), a city in brackets (项目(沈阳)对接会), quoted slogans
/// and, when it opens with a place, a year, an ordinal or a slogan, verbs (宁夏…项目合作洽谈签约会,
/// 2023年第一次…集中签约仪式); governing verbs (举行, 召开) and function words end it.
const REACH: Reach = Reach {
    max_chars: 20,
    ordinals: true,
    brackets: true,
    quotes: true,
    verbal_nouns: true,
    verbs: Verbs::EndUnlessPlace,
    regions: true,
};

/// An exhibition's name holds the trade words that jieba reads as verbs (香港国际印刷及包装展, 授权展),
/// though not the verbs that open its words.
const EXHIBITION: Reach = Reach { verbs: Verbs::Continue, ..REACH };

/// Endings of a ceremony's name (签约仪式, 开工活动): a ceremony needs its year or ordinal.
const CEREMONIES: [&str; 2] = ["仪式", "活动"];

/// Endings of a working meeting's, a buyers' meeting's, a contest's, a games', a carnival's or a campaign
/// week's or month's name (座谈会, 推进会, 说明会, 采购会, 会议, 大赛, 运动会, 嘉年华, 投资周, 宣传月, Taiwan's
/// 发表会): one is a named event only with a year, an ordinal, a place or a quoted slogan in its name
/// (2024投资台湾招商说明会, 第十届中国创新创业大赛, 第五届青岛国际啤酒嘉年华, 2024年全国科技活动周,
/// 113年招商成果发表会; not 企业座谈会, 技能大赛, 学校运动会, 购物嘉年华, 科技活动周, 出席会议, 新品发表会).
const MEETINGS: [&str; 21] = [
    "运动会",
    "嘉年华",
    "投资周",
    "营商周",
    "活动周",
    "宣传周",
    "文化周",
    "宣传月",
    "说明会",
    "发表会",
    "座谈会",
    "交流会",
    "合作会",
    "展示会",
    "媒合会",
    "推进会",
    "观摩会",
    "采购会",
    "订货会",
    "大赛",
    "会议",
];

/// Fair and forum words that an edition alone before them names (第九届|博览会, 首届|论坛): one edition of
/// the series the page is about; a meeting, a ceremony or a 大会 needs a name of its own.
const EDITIONED: [&str; 7] = ["博览会", "交易会", "洽谈会", "推介会", "展览会", "论坛", "峰会"];

/// Words for a whole jurisdiction (全省, 全市): one opening a meeting's name names it (全省…工作推进会), though
/// elsewhere they end a name's reach as function words.
const SCOPES: [&str; 6] = ["全国", "全省", "全市", "全州", "全县", "全区"];

/// Classifiers of a count of events (1场, 三次, 两个, 六项).
const EVENT_CLASSIFIERS: &str = "场次个项";

/// Words that say which edition by its relation to this one (本届, 这届, 上届, 历届, 此次): with 届 or 次 they
/// open no name (上届|博览会: none; 历届|西博会 is the fair's).
const DEICTIC_EDITIONS: &str = "本这此该上下历每往各前近";

/// Words for an event's format that name none alone before its suffix (高峰|论坛, 圆桌|论坛: a kind).
const FORMATS: [&str; 4] = ["高峰", "圆桌", "平行", "专题"];

/// Verbs of meeting someone that open with 会 (会见, 会谈, 会晤): an event suffix ending in their 会 is none.
const MEETING_VERBS: [&str; 3] = ["会见", "会谈", "会晤"];

/// Governing verbs of holding, attending or announcing an event: they end its name (举办…大会, 宣布…运动会开幕).
const HOLDING_VERBS: [&str; 10] =
    ["举行", "召开", "举办", "开展", "参加", "出席", "主持", "邀请", "感谢", "宣布"];

/// Whether the words before a governing verb are a name's own: they hold a place or a region word
/// (成渝地区双城经济圈), or open with a year, an ordinal or a slogan (a scope before them, 全省, counts
/// too: see `SCOPES`).
fn opens_name(words: &[&str]) -> bool {
    words.iter().any(|w| GAZETTEER.lookup(w).is_some() || REGION_WORDS.contains(w))
        || words
            .first()
            .is_some_and(|w| ordinal(w) || w.starts_with(|c: char| c.is_ascii_digit() || c == '“'))
}

/// The units of places that a count before a fair's abbreviation makes the subject of a verb (三省交会).
const PLACE_UNITS: &str = "省市县区州国地";

/// Suffixes of fairs' and games' abbreviations, which one character before them names (西博会, 进博会,
/// 投洽会, 服贸会, 广交会; 全运会, 亚运会, 冬奥会).
const FAIR_ABBREVIATIONS: &[&str] = &["博会", "洽会", "贸会", "交会", "运会", "奥会"];

/// Games' abbreviations (运会, 奥会) and the scopes whose one character names them: the nation, Asia, the
/// world, a province, a city, the universities, the young, the disabled, the peasants, the winter (全运会,
/// 亚运会, 大运会, 省运会, 冬奥会, 残奥会, 特奥会); not the 运 of a word before 会 (命运|会, 幸运|会, 货运|会).
const GAMES: [&str; 2] = ["运会", "奥会"];
const GAMES_SCOPES: &str = "全亚奥世大省市州县城青少残特农民军冬夏学";

/// Whether a games' abbreviation at `at` has its scope's one character right before it, which no word
/// of jieba's, cut from two characters before it, runs into (全国|民运会, 成都|大运|会; not 农民|运会,
/// 全民|运会).
fn games_scoped(text: &str, at: usize) -> bool {
    let mut before = text[..at].char_indices().rev();
    let Some((own, scope)) = before.next() else { return false };
    let from = before.nth(1).or_else(|| text[..own].char_indices().next()).map_or(own, |(i, _)| i);
    among(GAMES_SCOPES, scope) && !crate::text::segment::word_across(text, from, own)
}

/// Words that introduce a short form in brackets ((简称“投洽会”), (下称西博会)): no part of the name.
const SHORT_FORM_MARKS: [&str; 4] = ["以下简称", "以下称", "简称", "下称"];

/// Words for the building of a fair (广交会展馆, …交易会展馆) or of meetings (湾仔会议|展览中心, 会议|中心):
/// a fair's or a meeting's name before them names a venue; so does 大会 before 堂 (人民大会堂, 隆雪中华大会堂,
/// a hall and its association).
const VENUE_WORDS: [&str; 6] = ["展馆", "展览馆", "会展中心", "展览中心", "中心", "堂"];

/// An edition or a year printed right before a fair's abbreviation (第六届|进博会, 首届|链博会,
/// 2024|服贸会), read on the few characters before it.
static EDITION: LazyLock<regex::Regex> =
    LazyLock::new(|| pattern::compile(r"(?:第?[0-9一二三四五六七八九十百]+|首)届$|[0-9]{4}年?$"));

/// Where a fair's abbreviation ending at `end` (its one character at `own`) begins: its printed words
/// before it stay unless they hold a verb, a clause of their own (香港企业参展|进博会, not 中国西部|博会):
/// then the name is the edition right before it and the abbreviation.
fn abbreviation_start(text: &str, start: usize, own: usize) -> usize {
    if start >= own
        || !crate::text::segment::tagged(&text[start..own]).iter().any(|(_, t)| t.starts_with('v'))
    {
        return start.min(own);
    }
    let from = text[..own].char_indices().rev().nth(EDITION_REACH - 1).map_or(0, |(i, _)| i);
    EDITION.find(&text[from..own]).map_or(own, |m| from + m.start())
}

/// How many characters before a fair's abbreviation are read for its edition.
const EDITION_REACH: usize = 8;

/// A festival (郑和开洋节) is an event only as one edition of a series (第八届, 首届, 2023年): a 届 or a
/// year printed within this many characters before its 节, which is checked before its name is read.
const FESTIVAL_REACH: usize = 16;

/// Whether a festival's 节 at `at` may be one edition of a series: a 届 or a year's four digits
/// within [`FESTIVAL_REACH`] characters before it (第八届…节, 2023年…啤酒节).
fn edition_near(text: &str, at: usize) -> bool {
    let mut digits = 0;
    text[..at].chars().rev().take(FESTIVAL_REACH).any(|c| {
        digits = if c.is_ascii_digit() { digits + 1 } else { 0 };
        c == '届' || digits == 4
    })
}

/// The endings of a bureau's word (贸发局, 商务厅, 投资推广署).
const BUREAU_ENDINGS: [char; 3] = ['局', '厅', '署'];

/// An organiser's name before an event's is no part of it (香港贸发局|香港国际珠宝展, 省商务|厅|2024…论坛):
/// the name begins after the last word that ends like a bureau, of three characters or more or the
/// ending alone (not 格局, 布局).
fn after_organiser(start: &mut usize, words: &mut Vec<&str>) {
    let bureau = |w: &&str| w.chars().count() != 2 && w.ends_with(BUREAU_ENDINGS);
    if let Some(i) = words.iter().rposition(bureau) {
        *start += words[..=i].iter().map(|w| w.len()).sum::<usize>();
        words.drain(..=i);
    }
}

/// The event suffixes, found in one pass.
pub(super) static EVENT_WORDS: LazyLock<WordList> = LazyLock::new(|| WordList::new(EVENT_SUFFIXES.iter()));

/// A title in book-title marks; the name is the text inside.
static TITLE: LazyLock<regex::Regex> = LazyLock::new(|| pattern::compile(r"《([^《》\n]+)》"));

/// A party congress by its number (党的二十大).
static CONGRESS: LazyLock<regex::Regex> =
    LazyLock::new(|| pattern::compile(r"党的[一二三四五六七八九十]+大"));

/// A second event joined to the first (联席会暨项目签约仪式): 暨, a few characters and one of the joined
/// event ends, tried in their order.
static JOINED: LazyLock<regex::Regex> = LazyLock::new(|| {
    let ends: Vec<String> = JOINED_EVENT_ENDS.iter().map(|w| regex::escape(w)).collect();
    pattern::compile(&format!(r"^暨\p{{Han}}{{0,8}}?(?:{})", ends.join("|")))
});

/// Every 《》 title in `text`: an event's when it ends in an event word and opens with its year or
/// edition (《2023长江经济带发展论坛》, 《第三届…博览会》), a document's otherwise.
pub(super) fn documents(text: &str) -> Vec<Candidate> {
    TITLE
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .map(|m| {
            let title = m.as_str();
            let dated = || {
                crate::text::segment::words(title).first().is_some_and(|w| {
                    ordinal(w) && (holds(w, "届") || w.starts_with(|c: char| c.is_ascii_digit()))
                })
            };
            let event = EVENT_SUFFIXES.iter().any(|s| title.ends_with(s)) && dated();
            Candidate::new(m.range(), if event { EntityType::Event } else { EntityType::Document })
        })
        .collect()
}

/// Every event name in `text`.
/// Adjectives of size or scope that make an event word right after them a kind of event, no name
/// (大型博览会, 综合性论坛).
const KIND_ADJECTIVES: [&str; 6] = ["大型", "综合性", "专业性", "国际性", "区域性", "全国性"];

pub(super) fn events(text: &str, hits: &super::Hits) -> Vec<Candidate> {
    let mut found: Vec<Candidate> =
        CONGRESS.find_iter(text).map(|m| Candidate::new(m.range(), EntityType::Event)).collect();
    for (span, suffix) in hits.events.iter().cloned() {
        // A festival needs its edition (第五届…节), or to be one of a run of fairs (…家品展、香港时装节、…):
        // a fair's 展 and 、 shortly before it, or a joiner after it (cheap tests before any segmenting).
        let festival_run = suffix == "节" && {
            // Walking back over the characters before it: a joiner, then a 展 before it (…展、…节).
            let mut before = text[..span.start].chars().rev().take(SERIES_ITEM_CHARS).peekable();
            let mut after_a_fair = false;
            while let Some(c) = before.next() {
                if SERIES_JOINERS.contains(&c) && before.peek() == Some(&'展') {
                    after_a_fair = true;
                    break;
                }
            }
            after_a_fair || text[span.end..].starts_with(SERIES_JOINERS)
        };
        if suffix == "节" && !festival_run && !edition_near(text, span.start) {
            continue;
        }
        // A week's 周 opening 周期 (a cycle) is none (洽谈周期; 洽谈周期间 is during the week).
        if suffix.ends_with('周')
            && text[span.end..].starts_with('期')
            && !text[span.end..].starts_with("期间")
        {
            continue;
        }
        // A 会 opening a verb of meeting is no event's (丁某峰|会见: no 峰会).
        if suffix.ends_with('会')
            && MEETING_VERBS.iter().any(|v| text[span.end - '会'.len_utf8()..].starts_with(v))
        {
            continue;
        }
        // 市议会|议长, 国会|议员: a council's 会 and its members' title make no 会议.
        if suffix == "会议"
            && text[span.end..].starts_with(['长', '员'])
            && text[..span.start].ends_with(['议', '国', '法'])
        {
            continue;
        }
        // A games' abbreviation is named by its scope's one character (全运会; not 命运|会), on jieba's
        // word edges (not 农民|运会: 民 ends a word).
        if GAMES.contains(&suffix) && !games_scoped(text, span.start) {
            continue;
        }
        // A fair's abbreviation after a count of places is the verb "meet" (三省|交会处): no fair.
        if FAIR_ABBREVIATIONS.contains(&suffix) && counted(text, span.start, PLACE_UNITS) {
            continue;
        }
        let (mut start, mut words) = prefix(text, span.start, &REACH);
        after_organiser(&mut start, &mut words);
        // A name opening inside brackets begins after them (洽谈会（投洽会: the short form alone).
        if let Some(open) = text[start..span.start].rfind(['(', '（']) {
            if !text[start + open..span.start].contains([')', '）']) {
                let bracket = text[start + open..].chars().next().map_or(1, char::len_utf8);
                start += open + bracket;
                words = crate::text::segment::words(&text[start..span.start]);
            }
        }
        // A name opening with the word that introduces a short form begins after it ((简称“投洽会”)).
        if let Some(mark) = SHORT_FORM_MARKS.iter().find(|m| text[start..span.start].starts_with(**m)) {
            start += mark.len();
            words = crate::text::segment::words(&text[start..span.start]);
        }
        // A quoted slogan with punctuation inside (“强化…突破、推动…发展”动员大会) belongs whole: the name
        // reaches back to its opening quote, and on through the words before it (章丘区“…”).
        if let Some(open) = slogan_opening(text, start, span.start) {
            start = prefix(text, open, &REACH).0;
            words = crate::text::segment::words(&text[start..span.start]);
        }
        let opened = opening(text, start, span.start);
        if opened != start {
            start = opened;
            words = crate::text::segment::words(&text[start..span.start]);
        }
        if let Some(before) = joined_start(text, start, &words) {
            start = before;
            words = crate::text::segment::words(&text[start..span.start]);
        }
        // A governing verb that is no verb of holding an event is part of its name when the words
        // before it open a name (成渝地区双城经济圈|建设推进|大会; not 召开|…大会).
        let mut verbs = start;
        while let Some(verb) = GOVERNING_VERBS.iter().find(|v| text[..verbs].ends_with(**v)) {
            if HOLDING_VERBS.contains(verb) {
                break;
            }
            verbs -= verb.len();
        }
        if verbs < start {
            let (before, head) = prefix(text, verbs, &REACH);
            if opens_name(&head) || SCOPES.iter().any(|s| text[..before].ends_with(s)) {
                start = before;
                words = crate::text::segment::words(&text[start..span.start]);
            }
        }
        // Two events joined by 暨 are one name (2019年…项目集中开工暨…项目开工活动, 第七届…博览会暨第27届…
        // 交易会) when the part before opens a name of its own.
        if let Some(joined) = text[..start].strip_suffix('暨').map(str::len) {
            let (before, head) = prefix(text, joined, &REACH);
            if opens_name(&head) {
                start = opening(text, before, span.start);
                words = crate::text::segment::words(&text[start..span.start]);
            }
        }
        // A fair's abbreviation is its one character and an edition (第六届进博会), whatever clause
        // comes before.
        if FAIR_ABBREVIATIONS.contains(&suffix) {
            if let Some((own, _)) = text[..span.start].char_indices().next_back() {
                let cut = abbreviation_start(text, start, own);
                if cut != start {
                    start = cut;
                    words = crate::text::segment::words(&text[start..span.start]);
                }
            }
        }
        // A jurisdiction's scope right before the name opens it (全省|重点项目推进会).
        let scoped = SCOPES.iter().find(|s| text[..start].ends_with(**s)).map(|s| start - s.len());
        if let Some(before) = scoped.filter(|_| !words.is_empty()) {
            start = before;
            words = crate::text::segment::words(&text[start..span.start]);
        }
        // An edition named by its relation to this one opens no name (这届|论坛, 上届|博览会), nor does
        // a count of such editions (前两届|招商大会, 近三届).
        let deictic = text[start..span.start]
            .strip_prefix(|c| among(DEICTIC_EDITIONS, c))
            .map(|rest| rest.trim_start_matches(|c| COUNT_NUMERALS.contains(c)))
            .and_then(|rest| rest.strip_prefix(['届', '次']));
        if let Some(rest) = deictic {
            start = span.start - rest.len();
            words = crate::text::segment::words(&text[start..span.start]);
        }
        // A body's own session is no event (第38次主任会议, …领导小组会议, 州议会第3季第2次会议, 第12次常务会议):
        // the last word before 会议, past its ordinals and its season, is a title, a rank or a body's. A
        // meeting counted in editions (届) is a series of its own, an event (第9届东亚财长会议).
        let session = suffix == "会议"
            && !holds(&text[start..span.start], "届")
            && words.iter().rev().find(|w| !ordinal(w) && !holds(w, "季")).is_some_and(|w| {
                TITLES.contains(w)
                    || TITLE_RANKS.contains(w)
                    || w.ends_with("小组")
                    || ORG_SUFFIXES.iter().chain(PLACED_ORG_SUFFIXES.iter()).any(|s| w.ends_with(s))
            });
        // A firm's meeting of its shareholders is its own session too (某某股东大会, 股东周年大会).
        if session || (suffix == "大会" && words.contains(&"股东")) {
            continue;
        }
        // After an adjective of size or scope it is a kind of event (中外经贸大型博览会, 综合性论坛).
        if KIND_ADJECTIVES.iter().any(|a| text[..span.start].ends_with(a)) {
            continue;
        }
        // After a count and its classifier it is a kind of event (1场招商推介会, 三场平行论坛).
        if counted(text, start, EVENT_CLASSIFIERS) {
            continue;
        }
        // 大会 and 全会 need a real name before them (园区高质量发展大会), not just an ordinal.
        let letters: Vec<&&str> =
            words.iter().filter(|w| !ordinal(w) && !matches!(**w, "年" | "年度")).collect();
        // A kind of meeting is no name (新闻发布会, 论坛峰会, 圆桌论坛): one generic word, event word or format
        // before the suffix.
        // A year opening it names one edition of a series, though (2023招商大会: not a meeting's kind,
        // 2024年工作会议, which `MEETINGS` reads).
        let year_opened = !MEETINGS.contains(&suffix)
            && !matches!(suffix, "活动" | "系列活动")
            && words.first().is_some_and(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
        let plain = letters.first().is_some_and(|w| GENERIC_WORDS.contains(*w) || PROMOTED.contains(*w));
        // An edition of a jurisdiction's games or meeting is named by its scope (第十五届全国运动会).
        let scoped_edition = letters.first().is_some_and(|w| SCOPES.contains(*w))
            && words.iter().any(|w| ordinal(w) && holds(w, "届"));
        let kind = letters.len() == 1
            && !(year_opened && plain)
            && !scoped_edition
            && (plain || EVENT_SUFFIXES.contains(letters[0]) || FORMATS.contains(letters[0]));
        // A ceremony is a named event only with its year or ordinal (2023年第一次…签约仪式), not a
        // project's (项目开工仪式).
        // An ordinal before 季度 numbers a quarter, no session (第四季度…签约仪式).
        // A year opening it dates it too (2024“投资某省”系列活动), and so does an edition (首届…活动).
        let dated = words.iter().enumerate().any(|(i, w)| {
            ordinal(w) && (holds(w, "第") || holds(w, "届")) && words.get(i + 1) != Some(&"季度")
        }) || words.windows(2).any(|p| p[0].chars().all(|c| c.is_ascii_digit()) && p[1] == "年")
            || words.first().is_some_and(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
        // A place opening a signing names it too (苏州…合作项目签约活动), not a project's groundbreaking
        // (柳州汽配产业园项目开工仪式) nor a firm's own signing (江西某某科技有限公司签约仪式).
        let placed = suffix.starts_with("签约")
            && words.first().is_some_and(|w| GAZETTEER.lookup(w).is_some())
            && !words.iter().any(|w| COMPANY_SUFFIXES.contains(w));
        let ceremony = CEREMONIES.iter().any(|c| suffix.ends_with(c)) && !placed;
        // One of a run of fairs opened by its place (香港时装节 between two 展) needs no edition.
        let in_run = festival_run
            && in_series(text, start, span.end)
            && words.first().is_some_and(|w| GAZETTEER.lookup(w).is_some());
        // A festival's year makes it one edition when a place names it too (2023年青岛国际啤酒节; not
        // 2024年春节).
        let yearly = words.first().is_some_and(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
            && words.iter().any(|w| GAZETTEER.lookup(w).is_some());
        let festival = suffix == "节" && !words.iter().any(|w| holds(w, "届")) && !in_run && !yearly;
        let named_meeting = words.iter().any(|w| {
            ordinal(w)
                || w.starts_with(|c: char| c.is_ascii_digit())
                || holds(w, "“")
                || GAZETTEER.lookup(w).is_some()
                || SCOPES.contains(w)
        });
        let meeting = MEETINGS.contains(&suffix) && !named_meeting;
        // An activity needs an edition, a slogan or a place besides its year (2024“投资某省”系列活动,
        // 首届…文化活动; not 2024年招商引资活动).
        let activity = matches!(suffix, "活动" | "系列活动")
            && !words.iter().any(|w| {
                (ordinal(w) && !w.starts_with(|c: char| c.is_ascii_digit()))
                    || holds(w, "“")
                    || GAZETTEER.lookup(w).is_some()
            });
        let edition = EDITIONED.contains(&suffix) && words.iter().any(|w| ordinal(w) && w.ends_with('届'));
        if (letters.is_empty() && !edition)
            || kind
            || (ceremony && !dated)
            || festival
            || meeting
            || activity
            || (suffix.chars().count() < 3
                && text[start..span.start].chars().count() < 2
                && !FAIR_ABBREVIATIONS.contains(&suffix))
        {
            continue;
        }
        // A fair's name before the word for its building names the venue (在广交会展馆举行).
        if VENUE_WORDS.iter().any(|v| text[span.end..].starts_with(v)) {
            continue;
        }
        let end = JOINED.find(&text[span.end..]).map_or(span.end, |m| span.end + m.end());
        found.push(Candidate::new(start..end, EntityType::Event));
    }
    found.extend(exhibitions(text));
    found.extend(quoted(text));
    let mut found = sessions_joined(found);
    let slogans = slogans(text, &found);
    found.extend(slogans);
    found
}

/// Where a name whose words reach back to `start` before its suffix at `end` begins: after a closing
/// bracket with no opening one (记者…、余里)|第十二届…博览会: a credit's bracket), then after an opening
/// quote left unclosed before the suffix (“川商…大会”: the quote is no part of it), wherever it stands.
fn opening(text: &str, mut start: usize, end: usize) -> usize {
    start += super::names::unopened_close(&text[start..end]);
    // 2018年“湖南…洽谈周”: a quote opened inside it and left unclosed before the suffix too.
    if let Some(open) = text[start..end].rfind('“').filter(|&q| !holds(&text[start + q..end], "”")) {
        start += open + '“'.len_utf8();
    }
    start
}

/// Where a name found at `start` (its `words`) begins when two nouns are joined by 与, 和 or 及 in it
/// (中国—东盟商务与投资峰会, 香港礼品及赠品展): before the conjunction, when that part holds a place and
/// the part after is no place (成都与凉山…); not after another event's name (…采购会和2024…订货会: two
/// events).
fn joined_start(text: &str, start: usize, words: &[&str]) -> Option<usize> {
    let joined = text[..start].strip_suffix(['与', '和', '及']).map(str::len)?;
    if EVENT_SUFFIXES.iter().any(|e| text[..joined].ends_with(e)) || text[..joined].ends_with('展') {
        return None;
    }
    let (before, head) = prefix(text, joined, &REACH);
    let place = |w: &&str| GAZETTEER.lookup(w).is_some();
    (head.iter().any(place) && !words.first().is_some_and(place)).then_some(before)
}

/// Events printed back to back are one name: a session right after its fair (2023湘台经贸交流合作会|
/// 郴州市承接…专场对接会, …交易会|长乐专场招商会).
fn sessions_joined(mut events: Vec<Candidate>) -> Vec<Candidate> {
    order::sort_by_key(&mut events, |c| order::pair(c.span.start, order::reverse(c.span.end)));
    let mut joined: Vec<Candidate> = Vec::with_capacity(events.len());
    for event in events {
        match joined.last_mut() {
            Some(last) if last.span.end == event.span.start => last.span.end = event.span.end,
            _ => joined.push(event),
        }
    }
    joined
}

/// How far back a slogan's opening quote may be from an event's suffix, in characters.
const SLOGAN_REACH: usize = 40;

/// Where the opening quote is when the name found at `start` begins inside a quoted slogan, which a
/// closing quote before the suffix at `end` and no opening one shows: the last “ before `start` on
/// its line, within [`SLOGAN_REACH`].
fn slogan_opening(text: &str, start: usize, end: usize) -> Option<usize> {
    let close = text[start..end].find('”')?;
    if holds(&text[start..start + close], "“") {
        return None;
    }
    let from = text[..start].char_indices().rev().nth(SLOGAN_REACH - 1).map_or(0, |(i, _)| i);
    let open = from + text[from..start].rfind('“')?;
    (!text[open..start].contains(['”', '\n'])).then_some(open)
}

/// The longest quoted slogan that names an event alone, in characters.
const SLOGAN_MAX: usize = 8;

/// The quoted slogans of the events found (2024年“川渝同发展”合作交流洽谈大会), wherever the slogan is
/// printed again in quotes on its own before an event word (“津陇共振兴”活动): the event's short name,
/// without the quotes.
fn slogans(text: &str, events: &[Candidate]) -> Vec<Candidate> {
    let mut found = Vec::new();
    for event in events {
        let name = &text[event.span.clone()];
        let Some(open) = name.find('“') else { continue };
        let Some(len) = name[open..].find('”') else { continue };
        let quoted = &name[open..open + len + '”'.len_utf8()];
        let inner = &quoted['“'.len_utf8()..quoted.len() - '”'.len_utf8()];
        if !(2..=SLOGAN_MAX).contains(&inner.chars().count())
            || !inner.chars().all(crate::text::chars::is_han)
        {
            continue;
        }
        for (at, _) in text.match_indices(quoted) {
            // Printed alone, the slogan names the event only before an event word (“…”活动); a theme
            // quoted in prose (围绕“一带一路”设置议题) is no event.
            let next = &text[at + quoted.len()..];
            let eventful = CEREMONIES.iter().chain(EVENT_SUFFIXES.iter()).any(|w| next.starts_with(w));
            let inside = events.iter().any(|e| e.span.start <= at && at < e.span.end);
            if !inside && !eventful {
                continue;
            }
            let start = at + '“'.len_utf8();
            if !inside && !found.iter().any(|c: &Candidate| c.span.start == start) {
                found.push(Candidate::new(start..start + inner.len(), EntityType::Event));
            }
        }
    }
    found
}

/// The most characters of a quoted event name ([`quoted`]).
const QUOTED_MAX: usize = 30;

/// The ends of a quoted fair's name besides the event suffixes (“香港夏季礼品、家庭用品及玩具展览”,
/// 「台北纺织展」).
const QUOTED_FAIR_ENDS: [&str; 3] = ["展", "展览", "博览"];

/// Event names printed whole in quotes (“…礼品、家庭用品及玩具展览”, 「…节」): the quotes delimit the name,
/// so it may hold 、 and 及 that end a name elsewhere. The quoted text ends in an event suffix or a
/// fair's end and holds a proper word before it (not “招商推介会”, a kind of event), on one line, with
/// no sentence punctuation.
fn quoted(text: &str) -> Vec<Candidate> {
    let mut found = Vec::new();
    for (open, mark) in text.match_indices(['“', '「', '『']) {
        let close = match mark {
            "“" => '”',
            "「" => '」',
            _ => '』',
        };
        let from = open + mark.len();
        // The closing quote within the longest name's reach (no search to the text's end per quote).
        let Some((len, _)) = text[from..].char_indices().take(QUOTED_MAX + 1).find(|&(_, c)| c == close)
        else {
            continue;
        };
        let inner = &text[from..from + len];
        let chars = inner.chars().count();
        if !(4..=QUOTED_MAX).contains(&chars)
            || inner.contains(['\n', '。', '，', ',', '；', ';', '：', ':', '！', '？', '“', '「'])
        {
            continue;
        }
        let Some(end) = EVENT_SUFFIXES.iter().chain(QUOTED_FAIR_ENDS.iter()).find(|e| inner.ends_with(**e))
        else {
            continue;
        };
        // 展 of a word (“…推动创新发展”: a slogan) ends no fair.
        let fair = &inner[..inner.len() - end.len() + end.chars().next().map_or(0, char::len_utf8)];
        let last_two: String = fair.chars().rev().take(2).collect::<Vec<_>>().into_iter().rev().collect();
        if end.starts_with('展')
            && (COMMON_WORDS.contains(&last_two.as_str()) || crate::text::segment::in_dictionary(&last_two))
        {
            continue;
        }
        let words = crate::text::segment::words(&inner[..inner.len() - end.len()]);
        if words.iter().any(|w| !ordinal(w) && !GENERIC_WORDS.contains(w) && !EVENT_SUFFIXES.contains(w)) {
            found.push(Candidate::new(from..from + len, EntityType::Event));
        }
    }
    found
}

/// Whether the exhibition `start..end` is one of a run of them joined by 、, 及 or 和 (玩具展、婴儿用品展、…,
/// 秋电展及…展): the item before it ends in 展 (or 节 of a festival in the run: 香港时装节、…展), or the one
/// after it does (its characters up to the next 、 or punctuation).
fn in_series(text: &str, start: usize, end: usize) -> bool {
    let after_fair = text[..start].strip_suffix(SERIES_JOINERS).is_some_and(|t| t.ends_with(['展', '节']));
    let before_fair = text[end..].strip_prefix(SERIES_JOINERS).is_some_and(|rest| {
        let item: String =
            rest.chars().take_while(|&c| crate::text::chars::is_han(c)).take(SERIES_ITEM_CHARS).collect();
        item.ends_with('展') || item.contains("展及") || item.contains("展以及") || item.contains("展和")
    });
    after_fair || before_fair
}

/// What follows the numeral of a count of fairs (五大, 三个, 六项, 两场).
const COUNTED: &str = "大个项场类";

/// What joins the exhibitions of a run.
const SERIES_JOINERS: [char; 3] = ['、', '及', '和'];

/// The most characters read of the exhibition listed after another.
const SERIES_ITEM_CHARS: usize = 14;

/// How far before 展 an exhibition's ordinal or year may be, in characters.
const EXHIBITION_REACH: usize = 20;

/// The characters after 展览 that make it part of a longer word (展览会, 展览馆, 展览中心, 展览厅, 展览区).
const EXHIBITION_WORDS: [char; 5] = ['会', '馆', '中', '厅', '区'];

/// The commonest dictionary words holding 展, tested before the dictionary is asked, and the fair's
/// own words opening with it, which jieba may not know (展商 exhibitors, 展位 booths, 展品 exhibits).
const COMMON_WORDS: [&str; 9] = ["发展", "开展", "进展", "拓展", "展示", "展开", "展商", "展位", "展品"];

/// What a promotion meeting promotes, alone before its event word a kind of meeting (投资推介会,
/// 经贸洽谈会), no name; words of a firm's or a body's name elsewhere (水务投资集团), so no generic words.
const PROMOTED: [&str; 2] = ["投资", "经贸"];

/// Verbs of opening that jieba fuses with a fair's 展 before them (展|开幕 read as 展开|幕).
const OPENINGS: [&str; 2] = ["开幕", "开馆"];

/// Exhibitions named with a bare 展 or 展览 (第十二届中国国际光电博览展, 2024中国国际消费电子展): only when the
/// name opens with an ordinal or a year, or with a place and holds 国际 (台北国际电脑展) or is listed
/// before another (香港家品展、…), and 展 makes no dictionary word with a neighbour (发展, 展示).
fn exhibitions(text: &str) -> Vec<Candidate> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices('展') {
        let end = at + '展'.len_utf8();
        let next = text[end..].chars().next().map_or(0, char::len_utf8);
        let prev = text[..at].chars().next_back().map_or(0, char::len_utf8);
        let (before, after) = (&text[at - prev..end], &text[at..end + next]);
        // 展览 ends a name like 展 (2024年香港国际创科展览), not before a word of its building or of a
        // fair (展览馆, 展览中心, 展览会: the event words' own).
        let exhibition = after == "展览" && !text[end + next..].starts_with(EXHIBITION_WORDS);
        let end = if exhibition { end + next } else { end };
        // Cheap tests first: the commonest words (发展 in most articles), then an edition's 届, a
        // year's four digits or 国际 shortly before.
        // 美酒展|开幕, 食品展|开馆: a verb of opening after 展 is no 展开 (unfold).
        let opens = OPENINGS.iter().any(|v| text[end..].starts_with(v));
        if COMMON_WORDS.contains(&before) || (COMMON_WORDS.contains(&after) && !opens) {
            continue;
        }
        let from = text[..at].char_indices().rev().nth(EXHIBITION_REACH - 1).map_or(0, |(i, _)| i);
        let window = &text[from..at];
        let year = window.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
        // A fair listed before another (香港家品展、香港礼品展): 、 right after its 展.
        let listed = text[end..].starts_with('、');
        // One of a run of fairs (玩具展、婴儿用品展): joined to the next, or a 展 joined to more before it.
        let run = text[end..].starts_with(SERIES_JOINERS)
            || window
                .match_indices('展')
                .any(|(i, _)| window[i + '展'.len_utf8()..].starts_with(SERIES_JOINERS));
        // A place's show named by jieba's word for its kind (北京|车展, 珠海|航展, 香港|书展).
        let show = !exhibition && FAIR_NOUNS.contains(&before);
        if !year && !holds(window, "届") && !window.contains("国际") && !listed && !run && !show {
            continue;
        }
        let word = |s: &str| crate::text::segment::in_dictionary(s);
        if (word(before) && !show) || (word(after) && !exhibition && !opens) {
            continue;
        }
        // A show's words are read before its word (高雄|書展), which jieba may not split off.
        let (mut start, mut words) = prefix(text, if show { at - prev } else { at }, &EXHIBITION);
        // Verbs opening the words govern the name after them (借助|五大国际口腔展).
        let tagged = crate::text::segment::tagged(&text[start..at]);
        let governing = tagged.iter().take_while(|(_, tag)| tag.starts_with('v')).count();
        if governing > 0 && governing < tagged.len() {
            start += tagged[..governing].iter().map(|(w, _)| w.len()).sum::<usize>();
            words = crate::text::segment::words(&text[start..at]);
        }
        after_organiser(&mut start, &mut words);
        if let Some(before) = joined_start(text, start, &words) {
            start = before;
            words = crate::text::segment::words(&text[start..at]);
        }
        // Two fields joined by 暨 make one fair's name (2024台湾国际医疗暨健康照护展) when the part
        // before opens a name of its own, as two events joined by 暨 do.
        if let Some(joined) = text[..start].strip_suffix('暨').map(str::len) {
            let (before, head) = prefix(text, joined, &EXHIBITION);
            if opens_name(&head) {
                start = before;
                words = crate::text::segment::words(&text[start..at]);
            }
        }
        let edition =
            words.first().is_some_and(|w| ordinal(w) || w.starts_with(|c: char| c.is_ascii_digit()));
        let placed = words.first().is_some_and(|w| GAZETTEER.lookup(w).is_some());
        let international = placed && (words.contains(&"国际") || show && words.len() == 1);
        let named = (show && placed) || words.iter().filter(|w| !ordinal(w) && **w != "年").count() >= 2;
        // One of a run of fairs needs one proper word only (玩具展, not 展会、…).
        // A count opening it makes a kind of fair (五大|国际口腔展, 三大…展等), not one.
        let mut opening = text[start..at].chars();
        let counted = opening.next().is_some_and(|c| c.is_ascii_digit() || COUNT_NUMERALS.contains(c))
            && opening.next().is_some_and(|c| among(COUNTED, c));
        let series =
            in_series(text, start, end) && !counted && words.iter().any(|w| !GENERIC_WORDS.contains(w));
        if !(edition || international || (placed && listed) || series) || !(named || series) {
            continue;
        }
        found.push(Candidate::new(start..end, EntityType::Event));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        events(text, &crate::entities::Hits::of(text))
            .iter()
            .chain(&documents(text))
            .map(|c| &text[c.span.clone()])
            .collect()
    }

    #[test]
    fn events_with_ordinals_and_documents_without_brackets() {
        assert_eq!(names("参加了第十届西博会和第十一届西博会"), vec!["第十届西博会", "第十一届西博会"]);
        assert_eq!(names("深入学习贯彻党的二十大精神"), vec!["党的二十大"]);
        assert_eq!(names("出台《资阳市工作方案》"), vec!["资阳市工作方案"]);
    }
}
