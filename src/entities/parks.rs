//! Parks and zones: a park suffix (工业园区, 合作区, 科技城, 片区 …) with its full name before it
//! (沪滇临港昆明科技城, 磨憨—磨丁合作区, 云南五华产业园磨憨园区), and brand names 中国X谷.
//!
//! Designations are not names: a phrase whose prefix carries a designation word (省级化工园区,
//! 国家高新区, 四川省成长型特色产业园区) or only generic words (产业园区, 特色农副产品加工产业基地) or
//! nothing at all (园区, 片区) is dropped; the bare short forms 高新区/经开区 are names as printed.

use super::lexicon::{
    BARE_PARKS, COMMON_VALLEYS, COMPANY_SUFFIXES, COUNTRY_ABBREVIATIONS, DESIGNATION_WORDS, GENERIC_WORDS,
    INDUSTRY_WORDS, LEVEL_CHARS, NATIONAL_PREFIXES, ORG_SUFFIXES, PARK_SUFFIXES, REGION_WORDS,
    STANDALONE_REGIONS, TOWN_UNITS, TRANSLITERATION,
};
use super::names::{self, prefix, Reach, Verbs, COOPERATION_VERBS, JOINERS};
use super::{Candidate, Near};
use crate::model::EntityType;
use crate::text::bounds;
use crate::text::chars::is_han;
use crate::text::chars::{among, holds};
use crate::text::gazetteer::{Level, GAZETTEER};
use crate::text::pattern;
use crate::text::segment;
use crate::text::words::WordList;
use std::ops::Range;
use std::sync::LazyLock;

/// How far back a park's name reaches, and over what.
pub(super) const REACH: Reach = Reach {
    max_chars: 20,
    ordinals: false,
    brackets: false,
    quotes: false,
    verbal_nouns: false,
    verbs: Verbs::EndUnlessPlace,
    regions: false,
};

/// Park suffixes that name a function or a title unless a place names them.
const PLACED_SUFFIXES: [&str; 6] = ["基地", "示范区", "示范园", "先行区", "实验区", "试验区"];

/// Whether `tag` is jieba's tag of a word that may name a park: a proper noun (see
/// [`segment::proper_tag`]) or a word jieba does not know.
fn proper_word(tag: &str) -> bool {
    tag == "x" || segment::proper_tag(tag)
}

/// The home country's names, which place no zone on their own.
const HOME_COUNTRY: [&str; 2] = ["中国", "我国"];

/// Verbs that confer a title: the park phrase right after them, quoted or not, is the title awarded
/// (被评为|国家级示范园区, 获评|“最具活力开发区”), no name; 授予 names the holder first and is not one.
const AWARD_VERBS: [&str; 8] = ["评为", "评选为", "认定为", "命名为", "获评", "荣获", "列为", "入选"];

/// The nouns of a title, right after the park phrase or its closing quote (“…开发区”称号); 荣誉 only
/// after the closing quote (“…开发区”荣誉): right after the name it is the park's own (青禾经开区荣誉市民).
const TITLE_NOUNS: [&str; 3] = ["称号", "殊荣", "荣誉称号"];

/// Whether the park phrase at `start..end` is a title awarded, not a name: an award verb right
/// before it or its opening quote, or a title's noun right after it or its closing quote
/// (荣获“中国最具投资价值开发区”称号; not 授予成都高新区“先进园区”称号, whose holder is named). An
/// unquoted phrase after the verb that a noun follows owns the longer title, and is a name
/// (入选|苏州工业园区|独角兽企业名单).
fn awarded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end_matches(['“', '「', '『', '"']);
    let after = text[end..].trim_start_matches(['”', '」', '』', '"']);
    let owner = || {
        before.len() == start
            && segment::tagged(&text[end..bounds::reach_end(text, end, |c| !is_han(c), 6)])
                .first()
                .is_some_and(|(_, tag)| tag.starts_with('n') || *tag == "x")
    };
    TITLE_NOUNS.iter().any(|n| after.starts_with(n))
        || (after.len() < text.len() - end && after.starts_with("荣誉"))
        || (AWARD_VERBS.iter().any(|v| before.ends_with(v)) && !owner())
}

/// Whether `word` gives a bearing, a direction and a verb of lying beside (北接, 南邻, 东临, 西靠): the
/// place after it is where the park's land reaches, no part of a name (北接|兰州新区).
fn bearing(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(d), Some(v), None)
        if "东南西北".contains(d) && "接邻临靠连依抵至濒傍倚枕".contains(v))
}

/// Whether `words` hold a parallel phrase, four characters whose first and third are one (宜居宜业,
/// 亦工亦农): a slogan's, which names no park (景城相融宜居宜业生态新城); a level character second or
/// fourth or a half that is a place (海南|海口, 东莞|东部, 宁波|宁海, 青岛|青西) is a chain of places
/// (山东省东营市).
fn parallel(words: &[&str]) -> bool {
    let joined = words.concat();
    let chars: Vec<(usize, char)> = joined.char_indices().collect();
    chars.windows(4).any(|w| {
        let half = |i: usize| &joined[w[i].0..w[i + 1].0 + w[i + 1].1.len_utf8()];
        w[0].1 == w[2].1
            && w[1].1 != w[3].1
            && is_han(w[0].1)
            && !LEVEL_CHARS.contains(w[1].1)
            && !LEVEL_CHARS.contains(w[3].1)
            && GAZETTEER.lookup(half(0)).is_none()
            && GAZETTEER.lookup(half(2)).is_none()
    })
}

/// The park suffixes, found in one pass.
pub(super) static PARK_WORDS: LazyLock<WordList> = LazyLock::new(|| WordList::new(PARK_SUFFIXES.iter()));

/// A brand park name after a place: one character and 谷 (中国牙谷, 中国光谷).
static VALLEY: LazyLock<regex::Regex> = LazyLock::new(|| pattern::compile(r"^\p{Han}谷"));

/// Short names listed before a shared suffix and its count (中埔、水上、新市等三大产业园区, 彰滨、云林离岛
/// 及台中港等三处工业区, 凤岭、大沙两个园区): the items after the first, each 2 to 4 characters between 、
/// (the last may follow 及, 和 or 与), then 等 or not, a numeral and 大, 个 or 处.
static LISTED: LazyLock<regex::Regex> = LazyLock::new(|| {
    pattern::compile(
        r"[、及和与]((?:\p{Han}{2,4}[、及和与])*\p{Han}{2,4}?)等?([一二三四五六七八九十两兩]|\d+)[大个個处處]$",
    )
});

/// The marks between the items of such a list.
const LIST_JOINERS: [char; 4] = ['、', '及', '和', '与'];

/// The short names listed before a park suffix and its count, when as many are printed as counted:
/// the first item is the word jieba ends at the first 、 (包括|中埔、).
fn listed(text: &str, end: usize) -> Vec<Candidate> {
    let before = &text[..end];
    let Some(m) = LISTED.captures(before) else {
        return Vec::new();
    };
    let (items, whole) = (m.get(1).expect("a group"), m.get(0).expect("a match"));
    let head = crate::text::segment::words(
        &before[before[..whole.start()].char_indices().rev().nth(7).map_or(0, |(i, _)| i)..whole.start()],
    );
    let Some(first) =
        head.last().filter(|w| w.chars().count() >= 2 && w.chars().all(crate::text::chars::is_han))
    else {
        return Vec::new();
    };
    // Items with a suffix of their own share none (农业园区、物流园区等三个园区: see `suffixed_list`);
    // an item made of trade or generic words says what kind the parks are (装备、新材料等三大产业园区).
    let own = |item: &str| {
        PARK_SUFFIXES.iter().any(|s| item.ends_with(s))
            || segment::words(item).iter().all(|w| INDUSTRY_WORDS.contains(w) || GENERIC_WORDS.contains(w))
    };
    // Without 等 each item must read as a name: one proper word, no city or province (苏州、无锡两个|
    // 工业园区, 厂房、仓库两个园区 and 南部和北部两大… are places, things or parts, not parks).
    let unnamed = |item: &str| {
        !matches!(segment::tagged(item).as_slice(), [(_, tag)] if proper_word(tag))
            || GAZETTEER.lookup(item).is_some_and(|forms| forms.iter().any(|f| f.level < Level::County))
    };
    if count(&m[2]) != Some(items.as_str().split(LIST_JOINERS).count() + 1)
        || own(first)
        || items.as_str().split(LIST_JOINERS).any(own)
        || (!holds(whole.as_str(), "等")
            && (unnamed(first) || items.as_str().split(LIST_JOINERS).any(unnamed)))
    {
        return Vec::new();
    }
    let mut found = vec![Candidate::new(whole.start() - first.len()..whole.start(), EntityType::Park)];
    let mut at = items.start();
    for item in items.as_str().split(LIST_JOINERS) {
        found.push(Candidate::new(at..at + item.len(), EntityType::Park));
        // Each joiner is one character of three bytes.
        at += item.len() + '、'.len_utf8();
    }
    found
}

/// Where a listed part's name begins whose list reads it (黑泥塘片区(1平方公里)、下街片区、|中和片区):
/// the two to four characters between 、 and the suffix at `span`, whatever jieba makes of them (中|和),
/// when the item before the 、 is a park found with the same suffix, a bracketed note after it or not;
/// not a count, a scope or generic and trade words (…片区、两个片区, …园区、物流园区).
fn listed_part(text: &str, span: Range<usize>, suffix: &str, found: &[Candidate]) -> Option<usize> {
    let before = &text[..span.start];
    // The 、 within the item's five characters back, no further (a search of the whole text before
    // every hit was quadratic).
    let (at, _) = before.char_indices().rev().take(5).find(|&(_, c)| c == '、')?;
    let item = &before[at + '、'.len_utf8()..];
    let generic =
        segment::words(item).iter().all(|w| GENERIC_WORDS.contains(w) || INDUSTRY_WORDS.contains(w));
    if !(2..=4).contains(&item.chars().count())
        || !item.chars().all(is_han)
        || item.starts_with(|c| "各等两一二三四五六七八九十几多".contains(c))
        || generic
        || matches!(segment::tagged(item).as_slice(), [(w, tag)]
            if !proper_word(tag) && GAZETTEER.lookup(w).is_none())
    {
        return None;
    }
    let mut head = &before[..at];
    if let Some(open) = head.strip_suffix([')', '）']).and_then(|h| h.rfind(['(', '（'])) {
        head = &head[..open];
    }
    found
        .iter()
        .any(|p| p.span.end == head.len() && text[p.span.clone()].ends_with(suffix))
        .then_some(at + '、'.len_utf8())
}

/// The number a list's count prints: a digit run or one numeral character (两 is 2).
fn count(numeral: &str) -> Option<usize> {
    match numeral {
        "两" | "兩" => Some(2),
        c => c
            .parse()
            .ok()
            .or_else(|| "一二三四五六七八九十".chars().position(|d| c.starts_with(d)).map(|i| i + 1)),
    }
}

/// The count that closes a list of parks right after its last item (…绿色食品工业基地|四大园区,
/// …产业园|等四个工业园区): 等 or not, a numeral and 大, 个 or 处, a kind of up to four characters and
/// 园区.
static LIST_COUNT: LazyLock<regex::Regex> =
    LazyLock::new(|| pattern::compile(r"^等?([一二三四五六七八九十两兩]|\d+)[大个处]\p{Han}{0,4}?园区"));

/// Whether a listed item ends as a park does: in a park suffix or 区, a bracketed part's name after it
/// or not (中山新能源产业园(大涌片区)).
fn park_item(item: &str) -> bool {
    let item = unbracketed(item);
    item.ends_with('区') || PARK_SUFFIXES.iter().any(|s| item.ends_with(s))
}

/// An item without the bracketed part's name that closes it (中山新能源产业园|(大涌片区)).
fn unbracketed(item: &str) -> &str {
    match item.strip_suffix([')', '）']) {
        Some(open) => open.rfind(['(', '（']).map_or(item, |at| &open[..at]),
        None => item,
    }
}

/// Parks listed each with its own suffix before their count (航空配套产业园、装备制造产业园、陕南现代
/// 中药产业园、绿色食品工业基地四大园区): at the suffix ending the last item at `end`, each item after the
/// first, taken whole between the marks, is a park, a trade and a verb among its words or not, when as
/// many items are printed as counted and each ends as a park does; the first is the words the reach
/// takes before its suffix (展示了|航空配套产业园), a trade alone or not.
fn suffixed_list(text: &str, end: usize) -> Vec<Candidate> {
    let Some(m) = LIST_COUNT.captures(&text[end..]) else {
        return Vec::new();
    };
    let from = bounds::reach_start(text, end, |c| bounds::ends_clause(c) && c != '、', bounds::REACH);
    let items: Vec<&str> = text[from..end].split('、').collect();
    let whole = |item: &&str| (2..=16).contains(&item.chars().count()) && item.chars().all(is_han);
    // A suffix alone or a common word and the bare 园区 is a kind of park (开发区、工业园区, 农业园区、物流园区):
    // the list counts kinds.
    let kind = |item: &&str| {
        PARK_SUFFIXES.contains(item)
            || item.strip_suffix("园区").is_some_and(|stem| {
                matches!(segment::tagged(stem)[..], [(w, tag)] if GAZETTEER.lookup(w).is_none()
                    && ["n", "vn", "v", "a"].contains(&tag))
            })
    };
    if items.len() < 2
        || count(&m[1]) != Some(items.len())
        || !park_item(items[0])
        || !items[1..].iter().all(|item| whole(item) && park_item(item) && !kind(item))
    {
        return Vec::new();
    }
    let mut found = Vec::new();
    let first = unbracketed(items[0]);
    let suffix = PARK_SUFFIXES.iter().filter(|s| first.ends_with(*s)).map(|s| s.len()).max().unwrap_or(0);
    let (start, words) = prefix(text, from + first.len() - suffix, &REACH);
    if !words.is_empty() {
        found.push(Candidate::new(start..from + first.len(), EntityType::Park));
    }
    let mut at = from + items[0].len();
    for item in &items[1..] {
        at += '、'.len_utf8();
        found.push(Candidate::new(at..at + item.len(), EntityType::Park));
        at += item.len();
    }
    found
}

/// Every park or zone name in `text`.
pub(super) fn find(text: &str, places: &[Candidate], hits: &super::Hits) -> Vec<Candidate> {
    let near = Near::new(places);
    let mut found = Vec::new();
    let mut bare = Vec::new();
    let mut alone = Vec::new();
    for (span, suffix) in hits.parks.iter().cloned() {
        let hit = suffix;
        // A suffix ending in 园 before 区 is the 园区 of a longer name (新竹科学|园区).
        let (span, suffix) = match text[span.end..].strip_prefix('区') {
            Some(_) if suffix.ends_with('园') => {
                (span.end - '园'.len_utf8()..span.end + '区'.len_utf8(), "园区")
            }
            _ => (span, suffix),
        };
        // 区域 (a region) holds no zone (工业|区域), nor 区块 a block (产业|区块链); a suffix whose first characters end a place is no
        // suffix (香港|区议会), nor a port's area whose 港 ends a district's full name (日照市|东港区,
        // 台北市|南港区).
        // Nor does a suffix in 园 whose 园 opens a word with the characters after it (合作|园地, 合作|园林).
        if (suffix.ends_with('区') && text[span.end..].starts_with(['域', '块']))
            || (suffix.ends_with('园') && segment::word_across(text, span.start, span.end))
            || near.around(span.clone()).any(|p| {
                let district = || {
                    suffix == "港区"
                        && GAZETTEER
                            .lookup(&text[p.span.clone()])
                            .is_some_and(|f| f.iter().any(|f| f.is_full))
                };
                p.span.start < span.start
                    && span.start < p.span.end
                    && (p.span.end < span.end || p.span.end == span.end && district())
            })
        {
            continue;
        }
        // A two-character short form (中科) is a park only where it is read alone (see `read_alone`).
        // Read alone, it is the whole name: no place before it belongs (台南市新市区|南科).
        if BARE_PARKS.contains(&suffix) && suffix.chars().count() == 2 {
            if read_alone(text, span.clone()) {
                found.push(Candidate::new(span, EntityType::Park));
            }
            continue;
        }
        // A suffix followed by a ministry's department is that body's name (商务部自贸区司): no park;
        // nor is the enclave of the enclave economy (发展飞地经济).
        if department_after(text, span.end) || (suffix == "飞地" && text[span.end..].starts_with("经济"))
        {
            continue;
        }
        // 特区 after Hong Kong or Macau is the special administrative region (香港特区政府), no zone.
        if suffix == "特区" && NATIONAL_PREFIXES.iter().any(|p| text[..span.end].ends_with(p)) {
            continue;
        }
        found.extend(listed(text, span.start));
        found.extend(suffixed_list(text, span.end));
        let (mut start, mut words) = prefix(text, span.start, &REACH);
        // A lone character the reach stopped at before a joiner ends a brand it could not read (联东U|谷·
        // 哈尔滨松北智造谷): the name begins at the joiner; not a country's or a place's one-character
        // short form, the first partner of a bilateral park (中·韩产业园, 苏·滁现代产业园).
        let lone = words.first().and_then(|w| w.chars().next().filter(|c| w.len() == c.len_utf8()));
        if let Some(c) = lone.filter(|&c| {
            c != '中' && !COUNTRY_ABBREVIATIONS.contains(c) && GAZETTEER.abbreviation(c).is_none()
        }) {
            if text[start + c.len_utf8()..span.start].starts_with(JOINERS) {
                start += c.len_utf8();
                words.remove(0);
            }
        }
        // A name opens with no joiner: one after a place joins that place in (越南-新加坡工业园), any
        // other is dropped.
        if let Some(joiner) = text[start..span.start].chars().next().filter(|c| JOINERS.contains(c)) {
            start = match near.around(start..start).find(|p| p.span.end == start) {
                Some(p) => p.span.start,
                None => start + joiner.len_utf8(),
            };
            words = segment::words(&text[start..span.start]);
        }
        // A quoted run of places joined by dashes right before the suffix names the places that build
        // the park, quotes and all (“嘉善—庆元—九寨沟”飞地产业园).
        if let Some(open) = quoted_places(text, start) {
            start = open;
            words = segment::words(&text[start..span.start]);
        }
        // A transliterated name whose opening syllables jieba reads as a function word (峇|都|加湾工业区)
        // takes them in.
        let opening = transliterated_opening(text, start, span.start, &near);
        if opening < start {
            start = opening;
            words = segment::words(&text[start..span.start]);
        }
        // A Latin name right before opens the name (Enstek|科技园, Kelisa Mewah|工业园).
        // A place right before it opens the name as before any park's words (古来|i-Park工业园); a
        // country or a state says where the park lies (砂拉越州|Samalaju工业园区).
        let latin = latin_opening(text, start);
        if latin < start {
            let whose = |place: &str| {
                super::companies::country(place)
                    || GAZETTEER.best(place).is_some_and(|f| f.full.ends_with('州'))
            };
            start = near
                .around(latin..latin)
                .find(|p| p.span.end == latin && !whose(&text[p.span.clone()]))
                .map_or(latin, |p| p.span.start);
            words = segment::words(&text[start..span.start]);
        }
        // A suffix whose first characters end a noun jieba reads whole (中小企业|园) takes that noun in:
        // jieba then leaves a lone character or nothing before the suffix.
        if OPENING_WORD.contains(suffix) && !words.last().is_some_and(|w| w.chars().count() > 1) {
            let inner = straddling_noun(text, span.start);
            if inner < span.start {
                (start, words) = prefix(text, inner, &REACH);
                words.push(&text[inner..span.start]);
            }
        }
        // A park's own short form or a bare suffix before a name, with only generic words before it, is
        // where it lies (高新区云上软件企业孵化园, …合作区|深圳园区, 科技创新合作区|深圳园区); a 片区 is a zone's named
        // part, and the zone's short form opens its name (自贸区南沙片区), as a science park's two-character
        // one opens its part's (竹科铜锣园区).
        let abbreviation = words.first().is_some_and(|w| w.chars().count() == 2 && BARE_PARKS.contains(w));
        let lies_in = words.iter().position(|w| BARE_PARKS.contains(w) || PARK_SUFFIXES.contains(w));
        if let Some(k) = lies_in.filter(|&k| {
            k + 1 < words.len()
                && suffix != "片区"
                && !abbreviation
                && words[..k].iter().all(|w| GENERIC_WORDS.contains(w))
        }) {
            start += words[..=k].iter().map(|w| w.len()).sum::<usize>();
            words.drain(..=k);
        }
        // A name does not begin inside a place: it begins after a region (成都都市圈 before 景城…新城)
        // and takes a city or county in whole (台|中港科技产业园区 → 台中港…, jieba reading 中港).
        // A place right before the suffix is taken in whole too, where jieba reads its last character as
        // a verb that ended the reach (峇六|拜).
        let place_before = near.around(span.start..span.start).any(|p| p.span.end == span.start);
        if let Some(p) = near.around(start..start).find(|p| {
            p.span.start < start
                && (start < p.span.end || p.span.end == span.start)
                && p.span.end <= span.start
        }) {
            let whole = GAZETTEER.lookup(&text[p.span.clone()]).is_some();
            start = if whole { p.span.start } else { p.span.end };
            words = crate::text::segment::words(&text[start..span.start]);
        }
        // 原 (former) before a place dates the name, and is no part of it (原|济宁市生物产业园).
        if let Some(rest) = text[start..span.start].strip_prefix('原') {
            if GAZETTEER.longest_at(rest, 0).is_some() {
                start += '原'.len_utf8();
                words = segment::words(&text[start..span.start]);
            }
        }
        // A park's name holds no firm's: it begins after a legal suffix (蓝湾集团|理事会代表参观园区).
        // Trade words alone after the firm name a park the firm builds (吉利集团|新能源汽车产业园): the
        // firm opens it; a suffix with no name of its own before it is no firm (该集团|新材料产业园).
        let trade = |w: &&str| INDUSTRY_WORDS.contains(w) || w.chars().count() == 1;
        let headless =
            |i: usize| words[..i].iter().all(|w| GENERIC_WORDS.contains(w) || w.chars().count() == 1);
        if let Some(i) = words
            .iter()
            .rposition(|w| COMPANY_SUFFIXES.contains(w))
            .filter(|&i| i + 1 == words.len() || headless(i) || !words[i + 1..].iter().all(trade))
        {
            start += words[..=i].iter().map(|w| w.len()).sum::<usize>();
            words.drain(..=i);
        }
        // Nor does it hold a government body's: it begins after a bureau or committee (国科会中科管理局|
        // 二林园区).
        if let Some(i) = words.iter().rposition(|w| government_body(w)) {
            start += words[..=i].iter().map(|w| w.len()).sum::<usize>();
            words.drain(..=i);
        }
        // A bearing opening the words (北接|兰州新区, 东临|成都高新区) says where land reaches: the name
        // begins after it.
        if let Some(w) = words.first().filter(|w| bearing(w) && words.len() > 1) {
            start += w.len();
            words.remove(0);
        }
        let mut tagged = segment::tagged(&text[start..span.start]);
        // Common words before the first place that make a clause, with a verb, adverb, adjective or 的
        // among them, are the clause's, not the name's (对流标的|石桥工业区; not 河套|香港园区): a name
        // opens with its place, a proper word or a park's own words.
        let place = |&(w, tag): &(&str, &str)| {
            w.chars().count() > 1 && (tag == "ns" || GAZETTEER.lookup(w).is_some())
        };
        if let Some(i) = tagged.iter().position(place) {
            let cut = start + tagged[..i].iter().map(|(w, _)| w.len()).sum::<usize>();
            let inside_place = near.around(cut..cut).any(|p| p.span.start < cut && cut < p.span.end);
            let clause = tagged[..i].iter().all(|&(w, tag)| clause_word(w, tag))
                && tagged[..i].iter().any(|&(w, tag)| holds(w, "的") || tag.starts_with(['v', 'd', 'a']));
            if i > 0 && !inside_place && clause {
                start = cut;
                tagged.drain(..i);
                words = tagged.iter().map(|&(w, _)| w).collect();
            }
        }
        // A verb right before a place governs the name that place opens (建请经济部扩建|屏东加工出口区).
        // A place jieba tags as a verb (包头) governs nothing: it opens a chain of short forms.
        let governed =
            tagged.iter().rposition(|&(w, tag)| tag == "v" && GAZETTEER.lookup(w).is_none()).filter(|&i| {
                tagged
                    .get(i + 1)
                    .is_some_and(|&(w, _)| w.chars().count() > 1 && GAZETTEER.lookup(w).is_some())
            });
        if let Some(i) = governed {
            start += tagged[..=i].iter().map(|(w, _)| w.len()).sum::<usize>();
            tagged.drain(..=i);
            words = tagged.iter().map(|&(w, _)| w).collect();
        }
        // A lone verb inside the words after common nouns only governs the name after it (工作组赴|甘眉
        // 工业园区): the name begins after it (not 磨|憨, which opens the name).
        let common = |&(w, tag): &(&str, &str)| {
            (tag == "n" || tag.starts_with('r'))
                && GAZETTEER.lookup(w).is_none()
                && !PARK_SUFFIXES.contains(&w)
        };
        // Single characters alone before it are the name's own, which jieba split (龙|跳|生态工业园区).
        let worded = |i: usize| tagged[..i].iter().any(|(w, _)| w.chars().count() > 1);
        if let Some(i) = tagged.iter().rposition(|&(w, tag)| tag == "v" && w.chars().count() == 1) {
            if i > 0 && i + 1 < tagged.len() && tagged[..i].iter().all(common) && worded(i) {
                start += tagged[..=i].iter().map(|(w, _)| w.len()).sum::<usize>();
                tagged.drain(..=i);
                words = tagged.iter().map(|&(w, _)| w).collect();
            }
        }
        // A pronoun and level characters opening the words say whose park it is (我县|经开区, 本市|经济
        // 开发区): the words after them are judged alone; 各 says every unit's, a category (各县市区|经开区,
        // 各|高新区), also where the reach stopped after it.
        // Level characters alone, two or more, name every unit's parks, a category (区旗县|工业园区).
        let owner = whose(text, start);
        let levels =
            text[start..span.start].chars().try_fold(0, |n, c| LEVEL_CHARS.contains(c).then_some(n + 1));
        if text[..start].ends_with('各') || owner.is_some_and(|(_, every)| every) || levels > Some(1) {
            continue;
        }
        if let Some((len, _)) = owner {
            start += len;
            tagged = segment::tagged(&text[start..span.start]);
            words = tagged.iter().map(|&(w, _)| w).collect();
        }
        // A lone verb right before the suffix governs it (绿电占|园区, 入|园区): no name; nor do common
        // words alone before the bare 园区, "the park" (这里是园区, 企业代表参观园区): a place or a proper
        // word names one (河套香港园区, 磨憨园区; 科学|园区 is a 科学园's).
        // A lone verb after an unknown word before a full suffix is the last character of an unknown
        // name (依斯干|达经济特区), not before the bare 园区 (绿电|占园区).
        let unknown_before = tagged.len() >= 2 && tagged[tagged.len() - 2].1 == "x" && hit != "园区";
        // A verb, adverb, preposition, conjunction or pronoun alone before the suffix names nothing
        // either (负责管理|科学园, 专事|工业园区).
        let lone_verb = (tagged.last().is_some_and(|&(w, tag)| tag == "v" && w.chars().count() == 1)
            && !unknown_before
            && !place_before)
            || (tagged.len() == 1 && ["v", "vn", "d", "ad", "p", "c", "r"].contains(&tagged[0].1));
        // The bare 园区 and the categories made of a generic word and 园区 or 园 (产业园区, 工业园, 产业园).
        let category = hit == "园区"
            || [hit.strip_suffix("园区"), hit.strip_suffix('园')]
                .into_iter()
                .flatten()
                .any(|h| GENERIC_WORDS.contains(h));
        // A whole province, a region of several or a foreign country alone says whose parks, not which
        // (湖南|园区, 长三角|园区, 台湾|产业园区, 新加坡|工业园规划).
        let common = (hit == "园区"
            && !tagged.iter().any(|&(w, tag)| {
                (proper_word(tag) && !modified_verb(w, tag)) || GAZETTEER.lookup(w).is_some()
            })
            && !split_place(text, start, &words))
            || (category && matches!(words[..], [w] if whole_region(w) || super::companies::country(w)));
        // A suffix in 园 read as the 园区 of a longer name with no words before its own is the bare
        // category (科学|园区: science parks in general).
        let bare_stem = suffix != hit && hit.strip_suffix('园').is_some_and(|stem| words.concat() == stem);
        // A category right after a conjunction or preposition is a noun of the clause, joined to another
        // (台湾产业与|产业园区), and so is one after a verb that follows a park's name (莘庄工业区学习|园区).
        let clause_noun = category
            && tagged.last().is_some_and(|&(_, tag)| {
                tag.starts_with('c')
                    || tag == "p"
                    || (tag == "v" && tagged.iter().any(|(w, _)| PARK_SUFFIXES.contains(w)))
            });
        if lone_verb || common || clause_noun || bare_stem {
            start = span.start;
            words.clear();
        }
        // A state-level new area is named after its province, which is where it lies (河北|雄安新区),
        // and a foreign country opening a zone's name says where it is (马来西亚|巴生自由贸易区).
        let opens_with_place = words.len() > 1 && GAZETTEER.lookup(words[0]).is_some();
        if let Some((place, len)) = opens_with_place.then(|| GAZETTEER.longest_at(text, start)).flatten() {
            // Two countries together name a bilateral zone (越南新加坡工业园区): none is stripped.
            let bilateral = || {
                let joiner = text[start + len..].chars().next().filter(|c| JOINERS.contains(c));
                GAZETTEER
                    .longest_at(text, start + len + joiner.map_or(0, char::len_utf8))
                    .is_some_and(|(next, _)| super::companies::country(next))
            };
            if (suffix == "新区" && province(place)) || (super::companies::country(place) && !bilateral()) {
                start += len;
                words = segment::words(&text[start..span.start]);
            }
        }
        // A designation before a place, or a level before a word jieba does not know, qualifies the name
        // that word opens (国家级|长沙经开区张家界工业园, 培育市级|龙湾工业园; not 微型|文创园区, a kind); it
        // is no part of it.
        if let Some(i) = words.iter().rposition(|w| designation(w)).filter(|&i| {
            words.get(i + 1).is_some_and(|w| {
                let unknown = w.chars().count() > 1 && !segment::in_dictionary(w);
                GAZETTEER.lookup(w).is_some() || (words[i].ends_with('级') && unknown)
            })
        }) {
            start += words[..=i].iter().map(|w| w.len()).sum::<usize>();
            words.drain(..=i);
        }
        // The places of a chain that opens a name are places of their own (rule 35 splits chains): the
        // name begins at the chain's last place, after each place printed in full that another place
        // inside it follows (河南省|南乐县…, 盘锦市|大洼区|临港经济开发区); a place alone before the park's own
        // words stays whatever its level (天津市空港经济区, 德阳市智能装备产业园), and so does a short form
        // (绵阳高新区, 涪城临港经济发展区), while a lone level character's "the city's" goes
        // (市|智慧岛数字经济产业园).
        let mut chained = chain_end(text, start, span.start);
        // A town or street printed after the chain is its last place (江宁区|禄口街道空港工业园), and a
        // proper word right after the town, the community the park is named for, is (宝安区|福海街道|大洋
        // 工业区; a town before common words stays: 某某镇樱桃产业园).
        let after_place = GAZETTEER.longest_at(text, chained).map_or(chained, |(_, len)| chained + len);
        if let Some(town) = near.around(chained..after_place).find(|p| {
            [chained, after_place].contains(&p.span.start)
                && p.span.end < span.start
                && TOWN_UNITS.iter().any(|u| text[p.span.clone()].ends_with(u))
        }) {
            let next = segment::tagged(&text[town.span.end..span.start]);
            let named = next.first().is_some_and(|&(w, tag)| {
                proper_word(tag) && w.chars().count() > 1 && !GENERIC_WORDS.contains(&w)
            });
            chained = if named { town.span.end } else { town.span.start };
        }
        if chained > start {
            start = chained;
            words = segment::words(&text[start..span.start]);
        }
        // A bare suffix after 与 or 和 shares the name before it (嘉兴科技城产业加速与示范区): the words
        // before the conjunction reach back to a place and end in no park suffix of their own.
        if words.is_empty() && !category {
            if let Some(joined) = shared_name(text, start, &near) {
                found.push(Candidate::new(joined..span.end, EntityType::Park));
                continue;
            }
        }
        // An ordinal right before the suffix numbers a name's parks (峇都加湾第三工业园): the name is
        // the words before it, unless they are a park whose numbered part it is (楠梓科技产业园区|第三园区).
        let numbered = words.is_empty().then(|| ordinal_start(text, span.start)).flatten().and_then(|at| {
            if PARK_SUFFIXES.iter().any(|s| text[..at].ends_with(s)) {
                return None;
            }
            let (before, named) = prefix(text, at, &REACH);
            let before = transliterated_opening(text, before, at, &near).min(before);
            let words = segment::words(&text[before..at]);
            (!named.is_empty() && is_name(text, &words, suffix, before, &near)).then_some(before)
        });
        if let Some(before) = numbered {
            found.push(Candidate::new(before..span.end, EntityType::Park));
        } else if words.is_empty() && BARE_PARKS.contains(&suffix) {
            alone.push(start..span.end);
        } else if is_name(text, &words, suffix, start, &near) && !awarded(text, start, span.end) {
            found.push(Candidate::new(start..span.end, EntityType::Park));
        } else if words.is_empty() && suffix == "开发区" && refers_back(text, span.clone()) {
            bare.push(span);
        } else if let Some(item) = listed_part(text, span.clone(), suffix, &found) {
            found.push(Candidate::new(item..span.end, EntityType::Park));
        }
    }
    // A short form named alone (高新区) is the page's own zone, also where the page names another
    // (绵阳高新区, 安州高新区 … 高新区); on a page listing several, three or more, it is the kind
    // (天津高新区、深圳高新区、长沙高新区 … 助推高新区发展).
    // The distinct names found, once, and each bare form's verdict once (a scan of all parks per
    // bare form was quadratic on a page repeating its short form).
    let mut named: Vec<&str> = found.iter().map(|p| &text[p.span.clone()]).collect();
    named.sort_unstable();
    named.dedup();
    let mut forms: Vec<&str> = alone.iter().map(|s| &text[s.clone()]).collect();
    forms.sort_unstable();
    forms.dedup();
    let crowded: Vec<&str> = forms
        .into_iter()
        .filter(|s| named.iter().filter(|t| t.len() > s.len() && t.ends_with(*s)).count() >= SEVERAL_ZONES)
        .collect();
    alone.retain(|s| !crowded.contains(&&text[s.clone()]));
    found.extend(alone.into_iter().map(|s| Candidate::new(s, EntityType::Park)));
    // The bare 开发区 is the page's own zone, a short form, where the page names one (汉中经开区 … 到
    // 开发区参观): a page naming none speaks of development zones in general.
    if found.iter().any(|p| {
        p.span.len() > "开发区".len()
            && ["开发区", "经开区"].iter().any(|s| text[p.span.clone()].ends_with(s))
    }) {
        found.extend(bare.into_iter().map(|span| Candidate::new(span, EntityType::Park)));
    }
    let aliased = aliases(text, &found);
    found.extend(aliased);
    // A name's words after the place opening it, printed again on their own, are the page's short
    // form of that park, generic words or not (揚州生態科技新城 … 為生態科技新城, 杭州未来科技城 … 落户未来
    // 科技城): not a bare suffix (苏州|工业园区), nor words that follow two places, a kind of park
    // (屏東|科技產業園區, 楠梓|科技產業園區), nor where a name's words stand before it (国家|…).
    let mut placed: Vec<(&str, &str, usize)> = found
        .iter()
        .filter_map(|p| {
            let (place, len) = GAZETTEER.longest_at(text, p.span.start)?;
            let rest = text.get(p.span.start + len..p.span.end)?;
            // Nor the 园区 of a bare suffix in 园, the kind (新竹|科学园区 … 三个科学园区).
            let kind = |r: &str| PARK_SUFFIXES.contains(&r) && r.ends_with('园');
            (rest.chars().count() > 3
                && !PARK_SUFFIXES.contains(&rest)
                && !rest.strip_suffix('区').is_some_and(kind))
            .then_some((rest, place, p.span.start))
        })
        .collect();
    // Each form once, kept where one place alone opens it, with where it is first named in full: one
    // search for all of them (a search per park was quadratic on a page repeating its park).
    placed.sort_unstable();
    let mut short: Vec<(&str, usize)> = Vec::new();
    for group in placed.chunk_by(|a, b| a.0 == b.0) {
        if group[0].1 == group[group.len() - 1].1 {
            short.push((group[0].0, group[0].2));
        }
    }
    let forms: Vec<&str> = short.iter().map(|&(rest, _)| rest).collect();
    for (i, range) in crate::text::words::occurrences(text, &forms) {
        let (rest, first) = short[i];
        // A count or a plural before the form speaks of a kind (165个|跨境电子商务综合试验区, 申报更多|
        // 综合保税区, 各地的|生态科技新城); so do generic and trade words alone before the park is named.
        // Plural words only, not places' determiners: a park after 本, 该 is the one named (本综合保税区).
        let before = text[..range.start].trim_end_matches('的');
        let plural = ["各", "各地", "多", "多个"].iter().any(|w| before.ends_with(w))
            || names::counted(text, before.len(), PARK_CLASSIFIERS);
        let kind = || {
            segment::words(rest)
                .iter()
                .all(|w| GENERIC_WORDS.contains(w) || INDUSTRY_WORDS.contains(w) || PARK_SUFFIXES.contains(w))
        };
        let kind_here = plural || (range.start < first && kind());
        // A lone character jieba glued to the name's first one (含|张江高科技园区, read 含张) is no part of
        // it: the name stands and no longer candidate holds that character.
        let lone = |w: &str| {
            w.chars().count() == 1
                && !LEVEL_CHARS.contains(w.chars().next().unwrap_or_default())
                && GAZETTEER.lookup(w).is_none()
        };
        let words = prefix(text, range.start, &REACH).1;
        if !kind_here && (words.is_empty() || matches!(words[..], [w] if lone(w))) {
            if let Some((at, _)) = text[..range.start].char_indices().next_back() {
                if lone(&text[at..range.start]) {
                    found.retain(|p| !(p.span.start == at && p.span.end == range.end));
                }
            }
            found.push(Candidate::new(range, EntityType::Park));
        }
    }
    for p in places {
        if let Some(m) = VALLEY.find(&text[p.span.end..]) {
            if !COMMON_VALLEYS.contains(&m.as_str()) {
                found.push(Candidate::new(p.span.start..p.span.end + m.len(), EntityType::Park));
            }
        }
    }
    found
}

/// A name set off as the apposition of a park word (“双向飞地”园区——|…科技创新孵化中心) is a park's,
/// whatever its own ending.
pub(super) fn apposed(text: &str, mut name: Candidate) -> Candidate {
    let park_word = text[..name.span.start]
        .strip_suffix(names::APPOSITION)
        .is_some_and(|before| PARK_SUFFIXES.iter().any(|s| before.ends_with(s)));
    if park_word {
        name.kind = EntityType::Park;
    }
    name
}

/// A short form a page sets up right after a name, in brackets (XX科技园(以下简称“XX园”), (下称
/// XX园区), or bare: 依斯干达特区(依区)): its quoted or bare text, two to ten characters; the first
/// group holds the words that say so.
static ALIAS: LazyLock<regex::Regex> = LazyLock::new(|| {
    pattern::compile(r#"^[(（]((?:以下)?[简下]称[:：]?)?[“「"]?([^“”「」"()（）,，。、]{2,10})[”」"]?[)）]"#)
});

/// The most characters of a short form set up in brackets without 简称 (依区).
const BARE_ALIAS: usize = 4;

/// Whether a bracket's text is a name's short form: shorter, no place, its characters taken from the
/// name in order (依区 of 柔佛州依斯干达特区; not 西区 after 重庆高新区, nor a place: 凉山).
fn abbreviates(alias: &str, name: &str) -> bool {
    let mut rest = name.chars();
    alias.chars().count() <= BARE_ALIAS
        && alias.chars().count() < name.chars().count()
        && GAZETTEER.lookup(alias).is_none()
        && alias.chars().all(|c| is_han(c) && rest.any(|n| n == c))
}

/// Every mention of the short forms set up after `names` (see [`ALIAS`]), each typed as its name:
/// where it is set up and wherever it recurs.
pub(super) fn aliases(text: &str, names: &[Candidate]) -> Vec<Candidate> {
    let mut found = Vec::new();
    for name in names {
        let Some(m) = ALIAS.captures(&text[name.span.end..]) else {
            continue;
        };
        let alias = m.get(2).expect("a group").as_str();
        // A generic word set up as a short form (以下简称“园区”) names no particular one; a bare bracket
        // must abbreviate the name.
        let said = m.get(1).is_some() || abbreviates(alias, &text[name.span.clone()]);
        if GENERIC_WORDS.contains(&alias) || !said {
            continue;
        }
        found
            .extend(text.match_indices(alias).map(|(at, _)| Candidate::new(at..at + alias.len(), name.kind)));
    }
    found
}

/// How many characters around a two-character short form jieba reads to see it alone.
const SHORT_FORM_WINDOW: usize = 4;

/// Whether a two-character short form at `span` (竹科, 中科, 南科) stands alone: jieba begins a word
/// where it begins (在|南科; not 新竹|科学园区), and the word after it continues no name: no noun,
/// adjective, abbreviation or unknown word (中科|曙光, 中科|院, 中科|大, 南科|大学生, 中科|创达公司), but a
/// verb, a function word or punctuation (南科|扩建, 中科|及, 竹科|则).
fn read_alone(text: &str, span: std::ops::Range<usize>) -> bool {
    let from = text[..span.start].char_indices().rev().nth(SHORT_FORM_WINDOW - 1).map_or(0, |(i, _)| i);
    let mut at = from;
    let starts = segment::words(&text[from..span.end]).into_iter().any(|w| {
        let here = at == span.start;
        at += w.len();
        here
    });
    let to = text[span.end..].char_indices().nth(SHORT_FORM_WINDOW).map_or(text.len(), |(i, _)| span.end + i);
    let next = segment::tagged(&text[span.end..to]).into_iter().next();
    starts
        && next.map_or(true, |(w, tag)| {
            !w.chars().all(crate::text::chars::is_han)
                || !(tag.starts_with('n') || ["a", "j", "x"].contains(&tag))
        })
}

/// How many zones of one kind a page names for a short form alone (高新区) to be the kind.
const SEVERAL_ZONES: usize = 3;

/// The pronouns that say whose park the words after them and a level character name (我县, 本市, 该区),
/// and 各, every unit's.
const WHOSE: [char; 4] = ['我', '本', '该', '各'];

/// The length of a pronoun and the level characters after it at `at` (我县, 各县市区; 各 alone too), and
/// whether it is 各.
fn whose(text: &str, at: usize) -> Option<(usize, bool)> {
    let mut chars = text[at..].chars();
    let first = chars.next().filter(|c| WHOSE.contains(c))?;
    let levels: usize = chars.take_while(|&c| LEVEL_CHARS.contains(c)).map(char::len_utf8).sum();
    (levels > 0 || first == '各').then_some((first.len_utf8() + levels, first == '各'))
}

/// Whether a word of two characters opens with an adjective or adverb jieba knows alone and, unknown,
/// ends in a verb (新设, 突显; or an abbreviation, as jieba tags 深化): a verb that it modifies, no name
/// (not 大沙, 新营).
fn modified_verb(w: &str, tag: &str) -> bool {
    let mut chars = w.chars();
    let (Some(first), Some(last), None) = (chars.next(), chars.next(), chars.next()) else {
        return false;
    };
    matches!(segment::char_tag(first), "a" | "ad" | "d")
        && (tag == "j" || (tag == "x" && segment::char_tag(last).starts_with('v')))
}

/// Whether a word jieba read is a government body's name or suffix (管理局, 管委会, 县政府), which
/// no park's name holds; not an association's (商会创业园) or a school's (大学科技园).
fn government_body(w: &str) -> bool {
    ORG_SUFFIXES.contains(&w)
        && (w.ends_with(['局', '部', '厅', '署', '处', '委'])
            || ["政府", "委员会", "管委会"].iter().any(|s| w.ends_with(s)))
}

/// Whether a word before a park's place belongs to the clause rather than the name: a common word
/// jieba knows (a noun, verb, adjective or adverb), not a park word, region or proper noun.
fn clause_word(w: &str, tag: &str) -> bool {
    matches!(tag, "n" | "v" | "vn" | "a" | "ad" | "an" | "d" | "l")
        && segment::in_dictionary(w)
        && !PARK_SUFFIXES.contains(&w)
        && !BARE_PARKS.contains(&w)
        && !REGION_WORDS.contains(&w)
}

/// The park suffixes of three characters or more that open with a word of two (企业园, 工业区,
/// 科技城): only those can end a longer noun with their first word (中小企业|园).
static OPENING_WORD: LazyLock<rustc_hash::FxHashSet<&str>> = LazyLock::new(|| {
    PARK_SUFFIXES
        .iter()
        .copied()
        .filter(|s| {
            s.chars().count() >= 3
                && segment::in_dictionary(&s[..s.char_indices().nth(2).map_or(s.len(), |(i, _)| i)])
        })
        .collect()
});

/// How many characters before a suffix are segmented to find a noun it ends (中小企业|园).
const STRADDLE_WINDOW: usize = 6;

/// Where a noun that jieba reads across the start of a suffix at `at` begins (中小企业 in 工投中小企业园):
/// the suffix's first characters end it; `at` when none does.
fn straddling_noun(text: &str, at: usize) -> usize {
    let from = text[..at].char_indices().rev().nth(STRADDLE_WINDOW - 1).map_or(0, |(i, _)| i);
    let to = text[at..].char_indices().nth(2).map_or(text.len(), |(i, _)| at + i);
    let mut pos = from;
    for (w, tag) in segment::tagged(&text[from..to]) {
        let end = pos + w.len();
        if pos < at && at < end && tag.starts_with(['n', 'j']) && w.chars().all(crate::text::chars::is_han) {
            return pos;
        }
        pos = end;
    }
    at
}

/// Where a name at `start` begins whose opening syllables jieba split off (峇|都 of 峇都加湾工业区): two
/// or more transliteration characters right before it that make no word jieba knows and end no place
/// open it too; one alone is no syllable of it (都 of 企业都…), nor the end of a place (马来西亚|都).
fn transliterated_opening(text: &str, start: usize, suffix_start: usize, places: &Near) -> usize {
    if start >= suffix_start {
        return start;
    }
    let run: usize =
        text[..start].chars().rev().take_while(|&c| TRANSLITERATION.contains(c)).map(char::len_utf8).sum();
    let from = places
        .around(start - run..start)
        .map(|p| p.span.end)
        .filter(|&end| start - run < end && end <= start)
        .max()
        .unwrap_or(start - run);
    let syllables = &text[from..start];
    if syllables.chars().count() >= 2 && !segment::in_dictionary(syllables) {
        from
    } else {
        start
    }
}

/// Whether a ministry's department follows a zone's suffix at `end` (自贸区|司): 司 that makes no
/// word with the character after it (司机, 司法).
fn department_after(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    rest.starts_with('司') && {
        let two: String = rest.chars().take(2).collect();
        two.chars().count() < 2 || !segment::in_dictionary(&two)
    }
}

/// Where a park's name at `start` begins after the chain of places that opens it (see `find`): past
/// each place printed in full that a place inside it follows, and past a lone level character
/// opening it.
fn chain_end(text: &str, mut start: usize, end: usize) -> usize {
    if let Some(c) = text[start..end].chars().next().filter(|&c| LEVEL_CHARS.contains(c)) {
        let rest = start + c.len_utf8();
        // jieba reads it alone or runs it into an unknown word (市|云谷 read 市云谷); a word it knows
        // keeps it (区块链).
        let first = segment::tagged(&text[start..end]).into_iter().next();
        if first.is_some_and(|(w, tag)| w.len() == c.len_utf8() || tag == "x") && rest < end {
            return rest;
        }
    }
    while let Some((form, len)) = GAZETTEER.longest_at(text, start) {
        let full = GAZETTEER.lookup(form).and_then(|fs| fs.iter().find(|f| f.is_full));
        let rest = start + len;
        // A short form opens a chain only before a place printed in full inside it (四川|自贡市沿滩…;
        // short forms in a row stay: 四川射洪经济开发区, 广州南沙开发区).
        let short = full.is_none();
        let Some(full) = full.or_else(|| GAZETTEER.best(form)).filter(|_| rest < end) else { break };
        // The next place lies inside this one: a lower level's, or a place jieba alone knows (临港); a
        // place of the same level is a partner (宿州市|杭州科创飞地 is a name, as are two countries:
        // 越南新加坡工业园区), but below a country abroad, where the table's levels are coarse, a state's
        // town or zone (柔佛州|依斯干达特区).
        let coarse = full.foreign && full.level != Level::Province;
        let inside = |f: &crate::text::gazetteer::Form| {
            f.level > full.level || (coarse && f.level == full.level && f.full != full.full)
        };
        let place_next = match GAZETTEER.longest_at(text, rest) {
            Some((next, l)) if short => {
                rest + l <= end
                    && GAZETTEER.lookup(next).is_some_and(|fs| fs.iter().any(|f| f.is_full && inside(f)))
            }
            Some((next, l)) => rest + l <= end && GAZETTEER.best(next).is_some_and(inside),
            None => {
                !short
                    && segment::tagged(&text[rest..end])
                        .first()
                        .is_some_and(|&(w, tag)| tag == "ns" && w.len() > 3)
            }
        };
        if !place_next {
            break;
        }
        start = rest;
    }
    start
}

/// Whether a word is a province or an autonomous region of the mainland (河北, 四川省, 广西), not a
/// municipality (重庆: a city before its zone belongs to the name, 重庆两江新区) or a foreign country.
fn province(word: &str) -> bool {
    GAZETTEER
        .best(word)
        .is_some_and(|f| f.level == Level::Province && !f.foreign && f.full.ends_with(['省', '区']))
}

/// Where a park's name begins whose places, two or more joined by dashes, build it around a quote
/// that closes right before `start` with nothing but generic words after it: the opening quote of a
/// quoted run of them (“嘉善—庆元—九寨沟”|飞地产业园), or the run right before a quote of generic and
/// park words (平湖—青田“产业飞地”|园区).
fn quoted_places(text: &str, start: usize) -> Option<usize> {
    let back = |at: usize, chars: usize| text[..at].char_indices().rev().nth(chars - 1).map_or(0, |(i, _)| i);
    let from = back(start, QUOTED_AFTER + 1);
    let close = from + text[from..start].rfind('”')?;
    let from = back(close, QUOTED_PLACE * 3 + 2);
    let open = from + text[from..close].rfind('“')?;
    let generic = |part: &str| {
        segment::words(part).iter().all(|w| GENERIC_WORDS.contains(w) || PARK_SUFFIXES.contains(w))
    };
    let inner = &text[open + '“'.len_utf8()..close];
    if !generic(&text[close + '”'.len_utf8()..start]) {
        return None;
    }
    if joined_places(inner) {
        return Some(open);
    }
    if !generic(inner) {
        return None;
    }
    let run: Vec<usize> = text[..open]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_han(c) || JOINERS.contains(&c))
        .take(QUOTED_PLACE * 3)
        .map(|(i, _)| i)
        .collect();
    run.into_iter().rev().find(|&i| joined_places(&text[i..open]))
}

/// Whether a text is places joined by dashes, two or more, none longer than [`QUOTED_PLACE`]
/// characters (嘉善—庆元—九寨沟).
fn joined_places(text: &str) -> bool {
    let places: Vec<&str> = text.split(JOINERS).collect();
    let place = |p: &&str| p.chars().count() <= QUOTED_PLACE && GAZETTEER.lookup(p).is_some();
    places.len() >= 2 && places.iter().all(place)
}

/// The most characters of generic words between such a quote and the park's suffix (”飞地|产业园).
const QUOTED_AFTER: usize = 6;

/// The longest place in a quoted run of places, in characters.
const QUOTED_PLACE: usize = 6;

/// Whether a word is a whole province of the mainland or a region of several (湖南, 长三角), which
/// says whose parks the bare 园区 after it are rather than which.
fn whole_region(word: &str) -> bool {
    STANDALONE_REGIONS.contains(&word)
        || GAZETTEER.best(word).is_some_and(|f| {
            f.level == Level::Province && !f.foreign && (f.full.ends_with('省') || f.full.ends_with("自治区"))
        })
}

/// The letters of a Latin word that is a name: three or more, capitalised, with small letters
/// (Enstek, Mewah; not the acronyms of trades, AI, ICT, nor a lower-case word).
const LATIN_NAME: usize = 3;

/// The most letters of a prefix a hyphen joins to a Latin name (i-Park, e-Town).
const LATIN_PREFIX: usize = 2;

/// Where a park's name begins that Latin names open right before `start` (Kelisa Mewah|工业园): the
/// capitalised words there, one space apart, a short prefix hyphened to one (i-Park); `start` itself
/// when there are none.
fn latin_opening(text: &str, start: usize) -> usize {
    let capital = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase()) && w.contains(|c: char| c.is_ascii_lowercase())
    };
    let mut opening = start;
    let mut at = start;
    loop {
        let before = &text[..at];
        let letters = before.len() - before.trim_end_matches(|c: char| c.is_ascii_alphabetic()).len();
        let word = &before[before.len() - letters..];
        if letters < LATIN_NAME || !capital(word) {
            return opening;
        }
        opening = at - letters;
        // A short prefix joined by a hyphen is the word's (i-Park, e-Town), as a capitalised word is
        // (High-Tech); no longer run (Cross-border, 3D-Print).
        if let Some(rest) = text[..opening].strip_suffix('-') {
            let joined = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_alphanumeric()).len();
            let prefix = &rest[rest.len() - joined..];
            if joined > 0 && (joined <= LATIN_PREFIX || (joined >= LATIN_NAME && capital(prefix))) {
                opening = rest.len() - joined;
            }
        }
        match text[..opening].strip_suffix(' ') {
            Some(rest) if rest.ends_with(|c: char| c.is_ascii_alphabetic()) => at = rest.len(),
            _ => return opening,
        }
    }
}

/// Where the name begins that a bare suffix after 与 or 和 at `start` shares (产业加速与|示范区): the
/// words before the conjunction reach back to a place, and their last is no park suffix.
fn shared_name(text: &str, start: usize, places: &Near) -> Option<usize> {
    let joined = text[..start].strip_suffix(['与', '和'])?.len();
    let (before, words) = prefix(text, joined, &REACH);
    // The part before ends in no name of its own (香港科学园和|数码港, 管理委员会和|园区).
    let before_end = &text[..joined];
    let suffix = |w: &&str| before_end.ends_with(w);
    if PARK_SUFFIXES.iter().chain(ORG_SUFFIXES.iter()).chain(COMPANY_SUFFIXES.iter()).any(suffix) {
        return None;
    }
    let placed = words.iter().any(|w| GAZETTEER.lookup(w).is_some())
        || places.around(before..before).any(|p| p.span.start == before);
    (placed && words.len() > 1).then_some(before)
}

/// Whether a place that jieba splits into characters opens the words at `start` (新|市 of 新市园区).
fn split_place(text: &str, start: usize, words: &[&str]) -> bool {
    let before: usize = words.iter().map(|w| w.len()).sum();
    words.first().is_some_and(|w| w.chars().count() == 1)
        && GAZETTEER.longest_at(text, start).is_some_and(|(_, len)| words[0].len() < len && len <= before)
}

/// The designation words, searched for in each word before a suffix at once.
static DESIGNATIONS: LazyLock<WordList> = LazyLock::new(|| WordList::new(DESIGNATION_WORDS.iter()));

/// Whether a word makes a park phrase a designation (省级, 国家级, 重点), or says what kind of park in a
/// word of three characters or more in 型 (创新型|产业园区, 成长型).
fn designation(w: &str) -> bool {
    DESIGNATIONS.occurs_in(w) || w.ends_with('级') || (w.ends_with('型') && w.chars().count() >= 3)
}

/// Where an ordinal ending at `end` begins (第三, 第2): 第 and numerals.
fn ordinal_start(text: &str, end: usize) -> Option<usize> {
    let numeral = |c: char| c.is_ascii_digit() || among("一二三四五六七八九十", c);
    let before = text[..end].trim_end_matches(numeral);
    (before.len() < end && before.ends_with('第')).then(|| before.len() - '第'.len_utf8())
}

/// Words before a bare 开发区 that point back to a zone already named (该开发区, 本开发区) or go to one
/// (到开发区考察).
const BACK_BEFORE: [&str; 10] = ["该", "該", "本", "此", "这个", "這個", "到", "赴", "走进", "走進"];

/// Words after a bare 开发区 that speak of one zone's own body or ground (开发区管委会, 开发区内).
const BACK_AFTER: [&str; 4] = ["管委会", "管委會", "内", "內"];

/// Words that make a bare 开发区 all zones of a scope (全省开发区, 我国开发区, 各开发区), as does a level (省级).
const SCOPE_WORDS: [&str; 9] = ["全省", "全国", "全國", "我国", "我國", "各", "两省", "兩省", "全市"];

/// Whether a bare 开发区 at `span` refers back to the page's own zone (rule 39): a demonstrative or a
/// verb of going right before it, or its committee or its inside right after; not a scope word
/// (全省开发区, 我国开发区) nor a general statement (推动开发区高质量发展).
fn refers_back(text: &str, span: Range<usize>) -> bool {
    let before = &text[..span.start];
    let scoped = SCOPE_WORDS.iter().any(|w| before.ends_with(w)) || before.ends_with(['级', '級']);
    !scoped
        && (BACK_BEFORE.iter().any(|w| before.ends_with(w))
            || BACK_AFTER.iter().any(|w| text[span.end..].starts_with(w)))
}

/// The classifiers that count parks (三个园区, 六處工業區).
const PARK_CLASSIFIERS: &str = "个個处處座";

/// Whether a name's words hold a count of parks, a numeral and a classifier (有六處|工業區) or 大 (居三大|
/// 園區: the three major parks): a category.
fn counted(name: &str) -> bool {
    let numeral = |c: char| c.is_ascii_digit() || among("一二两兩三四五六七八九十", c);
    let chars: Vec<char> = name.chars().collect();
    chars.windows(2).any(|w| numeral(w[0]) && (among(PARK_CLASSIFIERS, w[1]) || w[1] == '大'))
}

/// Whether the words before a suffix make a name rather than a designation or a category.
fn is_name(text: &str, words: &[&str], suffix: &str, start: usize, places: &Near) -> bool {
    if words.is_empty() {
        return BARE_PARKS.contains(&suffix);
    }
    if parallel(words) {
        return false;
    }
    // A park named for the two places that build it (金华巴中协作工业产业示范园区) is a name, whatever
    // designation its words hold.
    let paired = matches!(words, [a, b, verb, ..]
        if GAZETTEER.lookup(a).is_some() && GAZETTEER.lookup(b).is_some() && COOPERATION_VERBS.contains(verb));
    if paired {
        return true;
    }
    if words.iter().any(|w| designation(w)) {
        return false;
    }
    // After a numeral and classifier it is a category (20个试点园区, 縣內有六處|工業區, 台湾第一座|科学园区).
    if text[..start].ends_with('个')
        || counted(&words.concat())
        || names::counted(text, start, PARK_CLASSIFIERS)
    {
        return false;
    }
    let place_words = |w: &&str| GAZETTEER.lookup(w).is_some();
    // A proper part: two characters or more that are no generic word, place or park word other than a
    // park named alone (开发区园区, 省产业园 and 创全国工业区 have none; 科技城新区 has one); without a
    // place, a trade is no proper part either (装备产业园 is a kind of park).
    let named = |trade: bool| {
        let proper: usize = words
            .iter()
            .filter(|w| {
                !GENERIC_WORDS.contains(w)
                    && (trade || !INDUSTRY_WORDS.contains(w))
                    && !place_words(w)
                    && (BARE_PARKS.contains(w) || !PARK_SUFFIXES.contains(w))
            })
            .map(|w| w.chars().count())
            .sum();
        proper >= 2
    };
    // The home country's name places no zone (中国自贸试验区 is all of them), nor does a verb of
    // cooperation that is also a city's stem (跨省合作园区: 合作, of 合作市).
    let local = |w: &&str| place_words(w) && !HOME_COUNTRY.contains(w) && !COOPERATION_VERBS.contains(w);
    let placed = words.iter().any(local)
        || places
            .around(start..start)
            .any(|p| p.span.start == start && !HOME_COUNTRY.contains(&&text[p.span.clone()]))
        || split_place(text, start, words);
    // 产业区 after a descriptor is a kind of area (农业主产业区, 现代农业产业区): a place or a proper
    // word names it (上海临港产业区).
    // A province or a region alone before 产业区 or a 集聚区 names the category (河南省产业集聚区, as 全省).
    if (suffix == "产业区" || suffix.ends_with("集聚区")) && whole_region(&words.concat()) {
        return false;
    }
    if suffix == "产业区" {
        return placed
            || segment::tagged(&words.concat())
                .iter()
                .any(|&(w, tag)| proper_word(tag) && w.chars().count() >= 2 && !GENERIC_WORDS.contains(&w));
    }
    // A 基地 is a project or a function, a 示范区, 示范园, 先行区 or 试验区 a title awarded, unless a place
    // names it (成都新材料产业基地, 山西转型综改示范区, 眉山现代农业示范园, 郑州航空港经济综合实验区; not
    // 共同富裕示范区, 发展水平示范区, 综合配套改革试验区, 农业科技示范园).
    if PLACED_SUFFIXES.contains(&suffix) {
        return placed && named(true);
    }
    named(false) || placed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::places;

    fn parks(text: &str) -> Vec<&str> {
        let hits = crate::entities::Hits::of(text);
        let places = places::find(text, &hits);
        find(text, &places, &hits).iter().map(|c| &text[c.span.clone()]).collect()
    }

    #[test]
    fn designations_are_not_parks() {
        assert!(parks("先后被列为省级化工园区、试点园区").is_empty());
        assert!(parks("列入四川省成长型特色产业园区").is_empty());
        assert!(parks("加快创建国家高新区").is_empty());
        assert_eq!(parks("加快雁溪湖生态新城建设"), vec!["雁溪湖生态新城"]);
        assert_eq!(parks("擦亮中国牙谷和西部车城两块招牌"), vec!["西部车城", "中国牙谷"]);
    }
}
