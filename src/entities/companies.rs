//! Companies: names with a legal suffix (云南雅酌酒业有限公司, 九洲集团, 甘眉公司), firms named in a
//! list of projects or firms (天华时代、上海锦源晟……等一批重大项目; 高仙机器人二期等27个项目; 宁德时代、
//! 比亚迪等龙头企业), and short names with a trade ending printed right after their park (安州高新区爱创科技).

use super::lexicon::{
    BUSINESS_WORDS, COMPANY_SHORT_ENDINGS, COMPANY_SUFFIXES, CORPORATE_TITLES, COUNTRY_ABBREVIATIONS,
    COUNT_NUMERALS, DESIGNATION_WORDS, FIRM_CATEGORY_NOUNS, FIRM_CUES, FIRM_DESCRIPTORS, FIRM_LIST_NOUNS,
    FIRM_OWNERS, FIRM_REPORT_WORDS, GENERIC_WORDS, GOVERNING_VERBS, INDUSTRY_WORDS, LISTED_FIRM_QUALIFIERS,
    LISTED_PROJECT_QUALIFIERS, PARK_SUFFIXES, PROJECT_TAILS, PROJECT_WORDS, STOP_WORDS, TITLE_RANKS,
};
use super::names::{prefix, unopened_close, Reach, Verbs};
use super::{Candidate, Near};
use crate::model::EntityType;
use crate::text::bounds;
use crate::text::chars::among;
use crate::text::chars::holds;
use crate::text::chars::{han_count, is_han};
use crate::text::gazetteer::{Level, GAZETTEER};
use crate::text::pattern;
use crate::text::segment;
use crate::text::words::Hit;
use crate::text::words::WordList;
use crate::text::Span;
use std::sync::LazyLock;

/// How far back a firm's name before its suffix is read: nouns and unknown words, brackets inside, a
/// verb ends it.
pub(super) const REACH: Reach = Reach {
    max_chars: 16,
    ordinals: false,
    brackets: true,
    quotes: false,
    verbal_nouns: false,
    verbs: Verbs::End,
    regions: false,
};

/// A legal name may hold its line of business (投资运营, 融资担保) whatever jieba tags it.
const LOOSE: Reach = Reach { verbs: Verbs::Continue, ..REACH };

/// The industry words, found in one pass (longest at a place).
pub(super) static INDUSTRY: LazyLock<WordList> = LazyLock::new(|| WordList::new(INDUSTRY_WORDS.iter()));

/// How far after 等 the noun closing a list may be (等一批投资额10亿元以上的大项目).
const LIST_NOUN_REACH: usize = 16;

/// The clause after byte `from`, at most [`LIST_NOUN_REACH`] characters: where a list's closing noun
/// stands.
fn list_noun_stretch(text: &str, from: usize) -> &str {
    &text[from..bounds::reach_end(text, from, bounds::ends_clause, LIST_NOUN_REACH)]
}

/// How far after a firm's short name the 项目 of its project may be (苏宁玻璃深加工及幕墙门窗制造项目).
const PROJECT_REACH: usize = 20;

/// How many bytes after a legal suffix the bracket holding its Latin name may close (利安隆集团(Lianhong
/// Group)).
const ALIAS_REACH: usize = 80;

/// The company suffixes, found in one pass.
pub(super) static COMPANY_WORDS: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(COMPANY_SUFFIXES.iter()));

/// The end of a list of projects or firms: 等(一批|N个)(重大|重点 …)项目, 等(一批|N家)(龙头|重点 …)企业,
/// the qualifiers from their lists.
static LIST_END: LazyLock<regex::Regex> = LazyLock::new(|| {
    let alternation = |words: &[&str]| words.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|");
    pattern::compile(&format!(
        r"等(?:一批|[0-9]+个|[一二三四五六七八九十百]+个)?(?:{}|\p{{Han}}{{1,3}}型)?项目|等(?:一批|[0-9]+家|[一二三四五六七八九十百]+家)?(?:{})?企业",
        alternation(&LISTED_PROJECT_QUALIFIERS),
        alternation(&LISTED_FIRM_QUALIFIERS),
    ))
});

/// Every company mention in `text`; `zones` are the place and park candidates (a firm's name does
/// not swallow the park before it).
pub(super) fn find(text: &str, zones: &[Candidate], hits: &super::Hits) -> Vec<Candidate> {
    let near = Near::new(zones);
    let mut found = Vec::new();
    for (span, _) in hits.companies.iter().cloned() {
        // A Latin legal form ends the Latin name before it (Hercules Technologies Sdn Bhd, Acme Co. Ltd).
        if text[span.clone()].is_ascii() {
            let latin = latin_legal_name(text, span);
            // 天地通(Celcom Mobile Sdn Bhd): a Latin legal name alone in brackets is the registered name
            // of the firm named right before them, read as a name before its stock code.
            let open = latin.as_ref().and_then(|name| {
                let closed = text[name.end..].trim_start_matches([' ', '.']).starts_with([')', '）']);
                let open = text[..name.start].char_indices().next_back().filter(|(_, c)| among("(（", *c));
                open.filter(|_| closed).map(|(i, _)| i)
            });
            // A kind of firm or a clause there names none (承包商, 一家本地公司, 他说): the item says which
            // firm (see `distinctive`) and holds no pronoun or count (他, 该, 本地, 一家); a legal suffix
            // ending it is read by the suffix's own rule (登高集团(Tanco Holdings Berhad)).
            let which = |name: &Span| {
                let item = &text[name.clone()];
                distinctive(item)
                    && !segment::tagged(item).iter().any(|(_, t)| t.starts_with(['r', 'm']))
                    && !COMPANY_SUFFIXES.iter().any(|s| item.ends_with(s))
            };
            let named_at = |at: usize| coded_item_start(text, at).map(|start| start..at).filter(which);
            found.extend(open.and_then(named_at).map(|name| Candidate::new(name, EntityType::Company)));
            found.extend(latin.map(|name| Candidate::new(name, EntityType::Company)));
            continue;
        }
        // A legal suffix before 债 names a bond, no firm (普通公司债, 公司债券; not 集团债务, its debts).
        if text[span.end..].strip_prefix('债').is_some_and(|rest| !rest.starts_with(DEBT_ENDINGS)) {
            continue;
        }
        // A legal suffix ending a noun that says what a firm is (其|母公司, 子公司; not 电子|公司) ends no name.
        let noun =
            FIRM_CATEGORY_NOUNS.iter().find(|n| n.len() > span.len() && text[..span.end].ends_with(**n));
        if noun.is_some_and(|n| category_word_at(text, span.end - n.len(), span.end)) {
            continue;
        }
        // A bare 公司 ending a listed item's description before the firm's own name (…机械人公司|康诺思腾、,
        // 娱乐公司|Nex等): the name after it is the firm, the description none.
        if let Some(name) = (&text[span.clone()] == "公司").then(|| name_after_kind(text, span.end)).flatten()
        {
            found.push(Candidate::new(name, EntityType::Company));
            continue;
        }
        // Taiwan's short form of a company limited by shares, (股)公司, is one legal suffix: the name
        // ends before its bracket (台湾塑胶工业|(股)公司).
        let shares = SHARE_MARKS.iter().find(|m| text[..span.start].ends_with(**m));
        let end = span.start - shares.map_or(0, |m| m.len());
        let full = shares.is_some() || FULL_LEGAL_SUFFIXES.contains(&&text[span.clone()]);
        let (start, item) = legal_name_start(text, end, full);
        let (start, misread) = misread_opening(text, start, end);
        let misread = misread || item;
        // The name begins after the last park that ends inside its prefix, unless a full legal suffix
        // follows the park's name, alone or after lines of business (广州归谷科技园|有限公司, 某某产业园|
        // 开发建设|有限公司): a registered name, the firm that runs the park.
        let runs_park = |z: &Candidate| full && lines_of_business(&text[z.span.end..end]);
        let mut start = near
            .around(start..end)
            .filter(|z| z.kind == EntityType::Park && z.span.end > start && z.span.end <= end)
            .filter(|z| !(runs_park(z) && z.span.start >= start))
            .map(|z| z.span.end)
            .max()
            .unwrap_or(start);
        start = place_before(text, start, end);
        // A name holds no bracket it does not close: it begins after one (香港科技园公司(|科技园公司)).
        if let Some(open) =
            text[start..end].rfind(['(', '（']).filter(|&i| !text[start + i..end].contains([')', '）']))
        {
            start += open + text[start + open..].chars().next().map_or(0, char::len_utf8);
        }
        // Nor a bracket it does not open: it begins after one closing a dateline or note (…法新电)|新加坡…).
        start += unopened_close(&text[start..end]);
        start = after_category_noun(text, start, end);
        let before_country = start;
        start = after_country(text, start, end);
        // A country cut off a word jieba reads whole (德国西门子) is a place the places do not read.
        if start > before_country && country(&text[before_country..start]) {
            found.push(Candidate::new(before_country..start, EntityType::Place));
        }
        start = after_trader(text, start, end);
        start = after_owner(text, start, end);
        start = after_verb(text, opening_conjunction(text, start), end, false);
        // A kind of firm is no name (合资公司, 平台公司, 投资控股有限公司): the words before a legal
        // suffix hold a proper noun or a place, a head and its trade (远景科技集团), or open with 国家
        // (国家电网有限公司); and they say which firm (see `distinctive`), or are a registered name;
        // never another firm's relation (中粮集团旗下|公司).
        // A firm's Latin name in brackets right after the suffix (登高集团(Tanco Holdings Berhad), 利安隆集团
        // (Lianhong Group)) is its own name in another script: the Chinese words before it name it
        // whatever they are, and a verb jieba reads there after a kind of firm or a clause's opening is
        // the name's (企业|登高|集团(Tanco Holdings Berhad)).
        let aliased = || {
            // Only a bracket right after the suffix, closed within ALIAS_REACH bytes (a look over the rest
            // of the text per suffix made a page of 公司， quadratic).
            let rest = &text[span.end..];
            let close = rest.starts_with(['(', '（']).then(|| {
                rest.char_indices()
                    .take_while(|&(i, _)| i <= ALIAS_REACH)
                    .find(|&(_, c)| among(")）", c))
                    .map(|(i, _)| i)
            });
            let close = close.flatten();
            close.is_some_and(|i| {
                let end = span.end + i + rest[i..].chars().next().map_or(0, char::len_utf8);
                latin_in_brackets_before(text, end).is_some_and(|(open, _)| open == span.end)
            })
        };
        let aliased = aliased();
        // After a noun saying what the firm is, the name begins (企业|宏远集团(Hong Yuan …)).
        if aliased {
            for noun in FIRM_CATEGORY_NOUNS.iter() {
                if let Some(i) = text[start..end].rfind(noun) {
                    let after = start + i + noun.len();
                    if han_count(&text[after..end]) >= 2 && category_word_at(text, start + i, after) {
                        start = after;
                    }
                }
            }
        }
        if start == end && aliased {
            let from = text[..end].char_indices().rev().nth(3).map_or(0, |(i, _)| i);
            let word = segment::words(&text[from..end]).last().map_or(0, |w| w.len());
            let opening = &text[..end - word];
            if han_count(&text[end - word..end]) >= 2
                && (opening.ends_with(['，', ',', '、', '：', ':', '\n'])
                    || FIRM_CATEGORY_NOUNS.iter().any(|n| opening.ends_with(n)))
            {
                start = end - word;
            }
        }
        let head = &text[start..end];
        // A park's name and a bare 公司 or 集团 is the park's statutory corporation, a body
        // (香港科技园公司): an organisation, not a firm.
        let bare = shares.is_none() && ["公司", "集团"].contains(&&text[span.clone()]);
        let park_body =
            bare && near.around(start..end).any(|z| z.kind == EntityType::Park && z.span == (start..end));
        // So is an overseas city's or district's name alone and a bare 集团 or 公司 (裕廊集团): a
        // statutory board, where the mainland's county firms (北川集团) are firms.
        // A district's short form alone (丰原, of Taiwan's 丰原区) says no board: it names a firm (丰原集团).
        let statutory =
            bare && GAZETTEER.best(head).is_some_and(|f| {
                f.foreign && f.level != Level::Province && (f.is_full || f.level == Level::Prefecture)
            }) && GAZETTEER.lookup(head).is_some_and(|forms| forms.iter().all(|f| f.foreign));
        if park_body || statutory {
            found.push(Candidate::new(start..span.end, EntityType::Organization));
            continue;
        }
        // A place and a line of business before a full legal suffix is a registered name (澳门电力|股份
        // 有限公司), though the same words before 集团 or 公司 may be a kind of firm (四川省国有企业集团).
        let legal =
            full && GAZETTEER.longest_at(head, 0).is_some_and(|(_, len)| han_count(&head[len..]) >= 2);
        let registered = || {
            (head.starts_with("国家") || opens_with_place(head) || legal)
                && !of_parent(&segment::tagged(head))
        };
        // A firm ranked by its place (台湾第二大|上市公司, 全球第三大|晶圆公司) is described, not named.
        let ranked = RANKED.is_match(head);
        // 「某某股份有限公司」: a registered name quoted whole names a firm, whatever its words.
        let quoted = full
            && text[..start].ends_with(['「', '“', '『'])
            && text[span.end..].starts_with(['」', '”', '』']);
        // A firm right after a word of ownership (阿里巴巴旗下|蚂蚁集团) is named whatever its words are:
        // the word says it is a firm, as a stock code does.
        let owned = OWNED.iter().any(|w| text[..start].ends_with(w));
        if (named(head) || misread || quoted || aliased || owned)
            && !ranked
            && (distinctive(head) || registered())
        {
            found.push(Candidate::new(start..span.end, EntityType::Company));
        } else if let Some(latin) = latin_name_before(text, end)
            // SK Nexilis大马|有限公司: a foreign firm's Latin name and the country of its local arm.
            .or_else(|| country(head).then(|| latin_name_before(text, start)).flatten())
            .filter(|l| latin_legal_name_at(text, l.end).is_none())
        {
            found.push(Candidate::new(latin.start..span.end, EntityType::Company));
        }
    }
    // The short forms a page sets up after legal names (…有限公司(以下简称“XX公司”)).
    let aliased = super::parks::aliases(text, &found);
    found.extend(aliased);
    let mut listed = Vec::new();
    for list in LIST_END.find_iter(text) {
        listed.push(list.start());
        found.extend(listed_firms(text, list.start()));
    }
    for (at, _) in text.match_indices('等') {
        if !listed.contains(&at) {
            found.extend(list_of_firms(text, at));
        }
    }
    found.extend(counted_firms(text));
    found.extend(led_firms(text));
    found.extend(included_firms(text));
    found.extend(short_names_in_prose(text, &hits.industries));
    found.extend(latin_named_trades(text, &hits.industries));
    found.extend(foreign_latin_firms(text));
    found.extend(foreign_traders(text));
    found.extend(producers(text, &near));
    found.extend(projects_named_after_firms(text));
    found.extend(listed_by_code(text));
    found.extend(boarded_firms(text));
    for z in zones {
        if let Some(len) = short_name_at(&text[z.span.end..]).or_else(|| figured_name_at(text, z)) {
            found.push(Candidate::new(z.span.end..z.span.end + len, EntityType::Company));
        }
    }
    let firms: Vec<Span> =
        found.iter().filter(|c| c.kind == EntityType::Company).map(|c| c.span.clone()).collect();
    found.extend(listed_with_firms(text, &firms));
    found
}

/// The characters after 债 that make a firm's debts (债务), claims (债权) or creditors (债主), not a bond.
const DEBT_ENDINGS: [char; 3] = ['务', '权', '主'];

/// A firm's Latin name ending in the Latin legal form at `suffix` (Sdn Bhd, Pte Ltd, Co. Ltd): the
/// capitalised words before it (see `latin_name_before`), the form a whole word after a space.
fn latin_legal_name(text: &str, suffix: Span) -> Option<Span> {
    let alphanumeric = |c: char| c.is_ascii_alphanumeric();
    let before = text[..suffix.start].trim_end_matches(' ');
    // A bracketed country between the name and its form, a space or none around it (…ELECTRONICS
    // （THAILAND）CO., LTD.).
    let bracket = before
        .strip_suffix([')', '）'])
        .and_then(|b| b.rfind(['(', '（']).filter(|&i| b.len() - i <= 24))
        .filter(|&i| {
            before[i..]
                .trim_matches(['(', '（', ')', '）'])
                .chars()
                .all(|c| c.is_ascii_uppercase() || c == ' ')
        });
    let end = match bracket {
        Some(i) => i,
        None if before.len() < suffix.start => suffix.start,
        None => return None,
    };
    if text[suffix.end..].starts_with(alphanumeric) {
        return None;
    }
    latin_name_before(text, end).map(|name| name.start..suffix.end)
}

/// The Latin legal name ending at `end`, a space or none after it (IBN Corporation Private Limited 公司:
/// the 公司 after it says what it is, no part of its name).
fn latin_legal_name_at(text: &str, end: usize) -> Option<Span> {
    let end = text[..end].trim_end_matches(' ').len();
    COMPANY_SUFFIXES
        .iter()
        .filter(|s| s.is_ascii() && text[..end].ends_with(**s))
        .find_map(|s| latin_legal_name(text, end - s.len()..end))
}

/// The bracketed 股 of Taiwan's (股)公司, short for 股份有限公司.
const SHARE_MARKS: [&str; 2] = ["(股)", "（股）"];

/// The legal suffixes of a registered company (股份有限公司, 有限公司), as opposed to 集团 and 公司.
const FULL_LEGAL_SUFFIXES: [&str; 3] = ["股份有限公司", "有限责任公司", "有限公司"];

/// How many characters before a name's start are segmented again to read the word before it.
const OPENING_WINDOW: usize = 6;

/// Whether `c` is a numeral of a quantity, a count's or 亿, 零, 半, 余: a word jieba tags as a numeral
/// without one of these is none (日, 克).
fn numeral(c: char) -> bool {
    COUNT_NUMERALS.contains(c) || among("亿零半余", c)
}

/// Where a firm's name ending at `end` begins when jieba misread its first characters as a word
/// that ends a name, and whether it did: a character it tags as a numeral without being one (日|月光,
/// 德国的克|劳斯机械集团) after no numeral; a classifier opening a clause after no numeral (、台|玻集团); an adverb (、皆|豪实业) or, before a name that is only a line of
/// business, a verb (由大成|营造股份有限公司) of one or two characters opening a clause: after
/// punctuation or a stop word. Governing verbs, stop words, places and firm words are never misread.
pub(super) fn misread_opening(text: &str, start: usize, end: usize) -> (usize, bool) {
    // Cheap test first: a character jieba tags as a numeral or an adverb right before the name, or a
    // one-character stop word before the two characters there.
    let mut before = text[..start].chars().rev();
    let (last, second, third) = (before.next(), before.next(), before.next());
    let stop = |c: char| STOP_WORDS.contains(&&*c.encode_utf8(&mut [0u8; 4]));
    let han = |c: Option<char>| c.is_some_and(is_han);
    let tagged_misread = han(last) && last.is_some_and(|c| segment::char_tag(c).starts_with(['m', 'd', 'q']));
    let after_stop_word = han(last) && han(second) && third.is_some_and(stop);
    if !tagged_misread && !after_stop_word {
        return (start, false);
    }
    let from = text[..start].char_indices().rev().nth(OPENING_WINDOW - 1).map_or(0, |(i, _)| i);
    let tagged = segment::tagged(&text[from..start]);
    let Some(&(word, tag)) = tagged.last() else { return (start, false) };
    let before = &text[from..start - word.len()];
    let chars = word.chars().count();
    if !word.chars().all(is_han)
        || chars > 2
        || STOP_WORDS.contains(&word)
        || GOVERNING_VERBS.contains(&word)
        || GAZETTEER.lookup(word).is_some()
        || kind_word(word)
    {
        return (start, false);
    }
    // A stop word before the word (由大成营造), or punctuation or the start of the text.
    let after_stop = tagged.len() >= 2 && STOP_WORDS.contains(&tagged[tagged.len() - 2].0);
    let clause =
        after_stop || !before.chars().next_back().is_some_and(|c| is_han(c) || c.is_ascii_alphanumeric());
    let numeral_before = before.chars().next_back().is_some_and(|c| c.is_ascii_digit() || numeral(c));
    // An adverb or a verb before a name of its own governs it (，仅腾讯集团, 组建|运营公司): only before
    // a head that names no firm alone is it the name's first word.
    let unnamed = han_count(&text[start..end]) > 0 && !named(&text[start..end]);
    let misread = match tag {
        "m" => chars == 1 && start < end && !word.chars().any(numeral) && !numeral_before,
        "q" => chars == 1 && clause && start < end && !numeral_before,
        "d" => chars == 1 && clause && unnamed,
        t if t.starts_with('v') => after_stop && unnamed,
        _ => false,
    };
    if misread {
        (start - word.len(), true)
    } else {
        (start, false)
    }
}

/// Where a name ending in a legal suffix at `end` begins: the words before it stop at a verb, unless
/// every verb between is a line of business (银川通联资本投资运营有限公司, 上海康峰投资管理有限公司) or
/// follows a brand jieba does not know (四川瑞可达连接系统有限公司); and whether a list item or clause
/// that a verb opens is the whole name before a `full` legal suffix (会长、光合|园林股份有限公司: its first
/// word, a name's; not before a bare 公司, 欢迎|重庆公司), as is a place and a verb before one (宁陵县|开心|
/// 玩具有限公司).
fn legal_name_start(text: &str, end: usize, full: bool) -> (usize, bool) {
    let (strict, _) = prefix(text, end, &REACH);
    let (mut loose, _) = prefix(text, end, &LOOSE);
    // A line of business that also governs names (建设 in 城市建设投资控股, 投资建设集团) does not end a
    // legal name's reach when a name's words come before it (银川市城市|建设投资控股有限公司).
    while let Some(w) = BUSINESS_WORDS.iter().find(|w| text[..loose].ends_with(**w)) {
        let (before, _) = prefix(text, loose - w.len(), &LOOSE);
        if before == loose - w.len() || BUSINESS_WORDS.iter().any(|b| text[before..].starts_with(b)) {
            break;
        }
        loose = before;
    }
    if loose >= strict {
        return (strict, false);
    }
    let tagged = segment::tagged(&text[loose..strict]);
    // A list item or clause that one word jieba reads as a verb opens is the name whole (会长、光合|园林
    // 股份有限公司): right after the punctuation, that word can only be the name's first.
    let item = full && (loose == 0 || text[..loose].ends_with(['、', '，', ',', '：', ':', '；', ';', '\n']));
    if item && matches!(tagged.as_slice(), [(_, tag)] if tag.starts_with('v')) {
        return (loose, true);
    }
    // Walking back from the strict start, take words while each verb is a line of business.
    let mut start = strict;
    let mut branded = false;
    for (i, (word, tag)) in tagged.iter().enumerate().rev() {
        // A verb right after a brand jieba does not know is the brand's product (瑞可达|连接|系统), and
        // one right after the place opening a registered name is its brand (宁陵县|开心|玩具有限公司).
        let after_brand = i > 0 && tagged[i - 1].1 == "x" && tagged[i - 1].0.chars().all(is_han);
        let before: usize = tagged[..i].iter().map(|(w, _)| w.len()).sum();
        let after_place = full && i > 0 && GAZETTEER.lookup(&text[loose..loose + before]).is_some();
        // A verb opening a name before its bracketed place (联合|利华(中国)…, 增资|统一|企业(中国)…) is the
        // brand's first word when a verb or the clause's opening comes before it; nothing before it is.
        let opening = |at: usize| {
            text[..at].is_empty() || text[..at].ends_with(['，', ',', '。', '：', ':', '；', '\n'])
        };
        let opens_brand = || {
            full && bracketed_place(&text[start..end])
                && if i == 0 {
                    opening(loose)
                } else {
                    tagged[i - 1].1.starts_with('v')
                        && !named(&text[start..start + text[start..].find(['(', '（']).unwrap_or(0)])
                }
        };
        if tag.starts_with('v') && !BUSINESS_WORDS.contains(word) && word.chars().count() > 1 {
            if opens_brand() {
                start -= word.len();
                branded = true;
                break;
            }
            if !(after_brand || after_place) {
                break;
            }
            branded = true;
        }
        start -= word.len();
    }
    // Only when the name then holds a business word: a plain verb run is no name.
    if start < strict && (branded || BUSINESS_WORDS.iter().any(|w| holds(&text[start..end], w))) {
        (start, false)
    } else {
        (strict, false)
    }
}

/// Whether `words` are lines of business only, or none (开发建设, 投资运营).
fn lines_of_business(mut words: &str) -> bool {
    while let Some(w) = BUSINESS_WORDS.iter().find(|w| words.starts_with(**w)) {
        words = &words[w.len()..];
    }
    words.is_empty()
}

/// Whether a word is a trade or a line of business (银行, 汽车, 投资).
fn trade_word(w: &str) -> bool {
    INDUSTRY_WORDS.contains(&w) || BUSINESS_WORDS.contains(&w)
}

/// Whether a word says what kind of firm, not which: a descriptor, category noun, generic word, trade
/// or line of business (新能源, 龙头, 企业, 当地).
fn kind_word(w: &str) -> bool {
    FIRM_DESCRIPTORS.contains(&w)
        || FIRM_CATEGORY_NOUNS.contains(&w)
        || GENERIC_WORDS.contains(&w)
        || INDUSTRY_WORDS.contains(&w)
        || BUSINESS_WORDS.contains(&w)
}

/// Whether a firm's head words say which firm it is, not what kind (当地物流公司, 上市公司, 区属国企集团,
/// 农业科技公司, 龙头企业, 某新能源企业 do not): a word that is no descriptor (`firm-descriptors.txt`),
/// category noun, trade, business or generic word, no place word (当地) and no pronoun (某, 该), or a
/// place alone other than a country (北川集团; not 越南公司, 中国公司); nor is it another firm's name and
/// descriptors (中粮集团旗下|公司).
fn distinctive(head: &str) -> bool {
    let tagged = segment::tagged(head);
    let kind = |w: &str| kind_word(w) || COMPANY_SUFFIXES.contains(&w);
    // A foreign country alone says where a firm is from, not which (越南公司, 日本企业集团), and so does
    // China's name alone (中国公司).
    let place_alone =
        GAZETTEER.lookup(head).is_some_and(|forms| forms.iter().all(|f| f.full != "中国")) && !country(head);
    let which = tagged.iter().any(|&(w, tag)| {
        !kind(w)
            && tag != "s"
            && !tag.starts_with('r')
            && GAZETTEER.lookup(w).is_none()
            && w.chars().any(|c| is_han(c) || c.is_alphanumeric())
    });
    !of_parent(&tagged) && (which || place_alone)
}

/// Whether a firm's head words name it: a proper noun or a place, a head and its trade (远景科技),
/// or 国家 opening them (国家电网).
fn named(head: &str) -> bool {
    // A legal suffix after a group's name is one name (宏泰物流集团|有限公司): its trade is before 集团.
    let group = COMPANY_SUFFIXES.iter().find_map(|s| head.strip_suffix(*s)).unwrap_or(head);
    proper(head) || industry_ending(group).is_some() || head.starts_with("国家")
}

/// Whether a firm's head words are another firm's name and descriptors of a relation (中粮集团旗下|公司,
/// 新加坡丰益国际集团旗下|公司): no name of its own; a legal suffix after another (赛力斯集团|股份有限公司)
/// is one name.
fn of_parent(tagged: &[(&str, &str)]) -> bool {
    let parent = tagged.iter().rposition(|(w, _)| COMPANY_SUFFIXES.contains(w));
    parent.is_some_and(|i| {
        i + 1 < tagged.len() && tagged[i + 1..].iter().all(|(w, _)| FIRM_DESCRIPTORS.contains(w))
    })
}

/// Whether a firm's words say which firm it is (see `distinctive`), or name a place and its line of
/// business (东阳实业); words ending in 项目 name a project, no firm (三峡企业总部项目|总经理).
pub(super) fn names_one(head: &str) -> bool {
    !head.ends_with("项目") && (distinctive(head) || opens_with_place(head))
}

/// Whether a head is a named place and the firm's line of business (四川省|投资集团有限责任公司,
/// 宁夏|水务投资集团): the name of a firm its place owns; not a place and only descriptors (四川省|
/// 国有企业集团).
fn opens_with_place(head: &str) -> bool {
    let Some((_, len)) = GAZETTEER.longest_at(head, 0) else { return false };
    let rest = segment::words(&head[len..]);
    !rest.is_empty() && rest.iter().any(|w| !FIRM_DESCRIPTORS.contains(w) && !GENERIC_WORDS.contains(w))
}

/// A firm's Latin name right before `end` (EcoCeres公司, EcoCeres共同创办人, PIJ Halal Ventures 私人有限公司):
/// capitalised words (a hyphen inside one: LITE-ON) joined by single spaces, with a space before `end`
/// or none, three letters or more in all, not glued to a Latin word before it.
pub(super) fn latin_name_before(text: &str, end: usize) -> Option<Span> {
    let before = text[..end].strip_suffix(' ').unwrap_or(&text[..end]);
    let capitalised = |w: &str| w.chars().next().is_some_and(|c| c.is_ascii_uppercase());
    let mut start = before.len();
    loop {
        let word = before[..start].trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == '-').len();
        if word == start || !capitalised(&before[word..start]) {
            break;
        }
        start = word;
        match before[..start].strip_suffix(' ') {
            Some(joined) if joined.ends_with(|c: char| c.is_ascii_alphanumeric()) => start = joined.len(),
            _ => break,
        }
    }
    let start = start + before[start..].len() - before[start..].trim_start_matches(' ').len();
    let letters = before[start..].chars().filter(char::is_ascii_alphabetic).count();
    (start < before.len() && capitalised(&before[start..]) && letters >= 3).then_some(start..end)
}

/// Whether a firm's head words hold a proper noun: a word jieba does not know, a name, a place or a
/// foreign word (洽洽, 英飞凌, 国信, 泰山); 新能源, 数字 are common nouns.
fn proper(head: &str) -> bool {
    naming_words(head).any(|(w, tag)| {
        (!segment::in_dictionary(w) && w.chars().all(is_han))
            || segment::proper_tag(tag)
            || GAZETTEER.lookup(w).is_some()
    })
}

/// The tagged words of a firm's head that may name it: all but the descriptors of a kind of firm
/// (上市, 旗下, 光伏).
fn naming_words(head: &str) -> impl Iterator<Item = (&str, &'static str)> {
    segment::tagged(head).into_iter().filter(|(w, _)| !FIRM_DESCRIPTORS.contains(w))
}

/// The most characters of a firm's own name printed after its description.
const DESCRIBED_NAME_MAX: usize = 6;

/// The firm's own name right after a description ending in 公司 at `end`, closing a listed item (可再生
/// 燃料公司|怡斯莱、, 娱乐公司|Nex等): a capitalised Latin word, or two to six Han characters jieba does not
/// know as one word that hold a proper noun and no person's name, and open with no verb or function
/// word (not 公司|董事长, 公司|张明、, 公司|包括华南电讯、).
fn name_after_kind(text: &str, end: usize) -> Option<Span> {
    let rest = &text[end..];
    let len: usize = rest
        .chars()
        .take_while(|c| !among("、等", *c))
        .take(DESCRIBED_NAME_MAX + 1)
        .map(char::len_utf8)
        .sum();
    let name = &rest[..len];
    if !rest[len..].starts_with(['、', '等']) {
        return None;
    }
    let latin = latin_name_before(name, name.len()).is_some_and(|s| s.start == 0);
    let han = name.chars().all(is_han)
        && (2..=DESCRIBED_NAME_MAX).contains(&name.chars().count())
        && !segment::in_dictionary(name)
        && proper(name)
        && !kind_word(name)
        && segment::tagged(name).iter().all(|(_, tag)| !tag.starts_with("nr"))
        && !opens_with_function(name);
    (latin || han).then_some(end..end + name.len())
}

/// Where a firm's name from `start` to `end` begins when its first word governs the name after it: a
/// governing verb (占|九号运通(00009), 同属|台塑集团) or, when `tagged`, a word jieba tags a verb or a
/// function word (担任|国库控股); after that word, when the words left name a firm and say which (see
/// `named` and `distinctive`; not 建设|银行, 振兴|产业). A legal name's own verbs are read by
/// `legal_name_start` (联合|华康(中国)有限公司), so it asks for governing verbs only.
fn after_verb(text: &str, start: usize, end: usize, tagged: bool) -> usize {
    let governing =
        GOVERNING_VERBS.iter().filter(|v| text[start..end].starts_with(**v)).map(|v| v.len()).max();
    let verb = governing.unwrap_or_else(|| if tagged { function_opening(&text[start..end]) } else { 0 });
    let rest = &text[start + verb..end];
    if verb > 0 && han_count(rest) >= 2 && named(rest) && distinctive(rest) {
        start + verb
    } else {
        start
    }
}

/// Whether a name's first word is a verb or a function word (包括|恒达物流, 从|上海): no name opens so.
fn opens_with_function(name: &str) -> bool {
    function_opening(name) > 0
}

/// The length of a name's first word when it is a verb or a function word (see [`opens_with_function`]),
/// else 0.
fn function_opening(name: &str) -> usize {
    segment::tagged(name)
        .first()
        .filter(|(_, tag)| tag.starts_with(['v', 'p', 'c', 'd']))
        .map_or(0, |(word, _)| word.len())
}

/// Where a listed item ending at `end` begins; a trade word ending it belongs to it whatever jieba
/// tags it (租赁, 包装 read as verbs).
fn item_start(text: &str, end: usize) -> usize {
    let trade = INDUSTRY_WORDS.iter().filter(|w| text[..end].ends_with(**w)).map(|w| w.len()).max();
    match trade {
        Some(n) => {
            let (start, _) = prefix(text, end - n, &REACH);
            if start == end - n {
                end
            } else {
                start
            }
        }
        None => prefix(text, end, &REACH).0,
    }
}

/// The longest item of a list, in characters: an item right after a 、 runs back to it.
const LIST_ITEM_MAX: usize = 12;

/// Where a listed item ending at `end` begins: after the 、 (or, for the last item, 和/及/与; for the
/// first, its clause's punctuation) before it when the item's words reach no further (金骏感应, 佛山宁德邦普: jieba reads 感应 as a verb, 普 as an
/// adverb), else where its words begin.
fn list_item_start(text: &str, end: usize, last: bool) -> usize {
    let start = misread_opening(text, item_start(text, end), end).0;
    let delimiter = |c: char| c == '、' || (last && among("和及与", c));
    if text[..start].chars().next_back().is_some_and(delimiter) {
        return start;
    }
    let mut at = end;
    for (i, c) in text[..end].char_indices().rev().take(LIST_ITEM_MAX + 1) {
        // The first item runs back to its clause's punctuation as others do to their 、 (会上，凯德|投资、…).
        if delimiter(c) || among("，,：:；;。", c) {
            // A function word opening the clause is no part of its first item (，与|甲融通、…).
            if c != '、' {
                at += function_opening(&text[at..end]);
            }
            let whole = &text[at..end];
            // Between two 、 a conjunction joins no items: it is inside a name (、京|和|科技、).
            let joined = c == '、'
                && !last
                && whole.contains(['和', '及', '与'])
                && han_count(whole) <= MISREAD_ITEM_MAX
                && industry_ending(whole).is_some();
            return if at < start && (misread_ending(whole) || joined) { at } else { start };
        }
        if !(is_han(c) || c.is_ascii_alphanumeric()) {
            break;
        }
        at = i;
    }
    start
}

/// The longest listed item, in characters, that jieba may have misread.
const MISREAD_ITEM_MAX: usize = 8;

/// Whether a listed item is a firm's name whose last word jieba misread (金骏|感应 as a verb, 佛山宁德
/// 邦|普 as an adverb): three to eight Han characters, a proper head before that word.
fn misread_ending(item: &str) -> bool {
    let words = segment::tagged(item);
    let Some(&(last, tag)) = words.last() else { return false };
    let misread = tag.starts_with(['v', 'a', 'd']);
    misread
        && item.chars().all(is_han)
        && (3..=MISREAD_ITEM_MAX).contains(&han_count(item))
        && proper(&item[..item.len() - last.len()])
}

/// The items of a list ending at `end` (before 等): walking back over 、 and one 和/及/与 before the
/// last item; in reading order.
fn list_items(text: &str, mut end: usize) -> Vec<Span> {
    let mut items: Vec<Span> = Vec::new();
    loop {
        let start = list_item_start(text, end, items.is_empty());
        if start == end {
            break;
        }
        items.push(start..end);
        let before = &text[..start];
        match before.strip_suffix('、') {
            Some(before) => end = before.len(),
            None => match ["和", "及", "与"].iter().find_map(|c| before.strip_suffix(c)) {
                Some(b) if items.len() == 1 => end = b.len(),
                _ => break,
            },
        }
    }
    items.reverse();
    items
}

/// The length of the industry word ending `item`, if one does after a head of two or more characters.
fn industry_ending(item: &str) -> Option<usize> {
    INDUSTRY_WORDS
        .iter()
        .filter(|w| item.ends_with(**w) && han_count(&item[..item.len() - w.len()]) >= 2)
        .map(|w| w.len())
        .max()
}

/// Whether a listed item ends in a park suffix: a park or a park project (比亚迪…智能制造产业园,
/// 新宜冷链…物流园), which the parks read, not a firm.
fn park_named(item: &str) -> bool {
    PARK_SUFFIXES.iter().any(|s| item.ends_with(s))
}

/// Whether a listed item is a proper head and its trade word (国信证券, 恒盛化工) that can be a firm's
/// name on its own.
fn traded(item: &str) -> bool {
    industry_ending(item).is_some_and(|n| proper(&item[..item.len() - n])) && firm_like(item)
}

/// Firms listed with a firm found: in items joined by 、 around one (…科技有限公司、恒盛化工、内蒙古…有限
/// 公司), and 及, 和 or 与 before the last (联华气体及|联亚科技), each other item that is a proper head and its
/// trade word is a firm too, the head no abbreviation of a common word (仓储|物流, 环保|科技 are
/// sectors: jieba tags 仓储 and 环保 j).
fn listed_with_firms(text: &str, firms: &[Span]) -> Vec<Candidate> {
    let traded = |item: &str| {
        traded(item)
            && industry_ending(item).is_some_and(|n| {
                segment::tagged(&item[..item.len() - n]).iter().any(|&(_, tag)| tag != "j" && tag != "n")
            })
    };
    // 荷美邮轮(Holland America Line)、: a Latin name in brackets after an item, its length.
    let alias = |at: usize| LATIN_IN_BRACKETS.find(&text[at..]).map_or(0, |m| m.end());
    let mut found = Vec::new();
    for name in firms {
        // The items after it, each up to the next 、, and the items before it, each back to its 、.
        let mut at = name.end + alias(name.end);
        while let Some(rest) = text[at..].strip_prefix('、') {
            let item: String = rest
                .chars()
                .take_while(|c| is_han(*c) || c.is_ascii_alphanumeric())
                .take(LIST_ITEM_MAX + 1)
                .collect();
            let start = at + '、'.len_utf8();
            let latin = alias(start + item.len());
            let after = &rest[item.len() + latin..];
            if item.is_empty()
                || item.chars().count() > LIST_ITEM_MAX
                || !(after.starts_with('、') || latin > 0 && after.starts_with(['及', '和', '与']))
            {
                break;
            }
            // An item printed with its Latin name among firms is a firm, trade word or none (精致邮轮(Celebrity Cruises)).
            // (not one whose firm was found already: 中国大陆|隆基绿能科技公司(Longi) keeps its place apart).
            let known = || firms.iter().any(|f| f.end == start + item.len());
            if traded(&item) || latin > 0 && firm_like(&item) && !known() {
                found.push(Candidate::new(start..start + item.len(), EntityType::Company));
            }
            at = start + item.len() + latin;
        }
        // The last item, after 及, 和 or 与: the shortest run of characters ending in a trade word, no
        // verb among them, that no project or park goes on with (联华气体及|联亚科技|分别…; not 与|义超
        // 合作新材料|产业基地).
        if let Some(rest) = ["及", "和", "与"].iter().find_map(|c| text[at..].strip_prefix(c)) {
            let start = text.len() - rest.len();
            let last = rest
                .char_indices()
                .take_while(|&(i, c)| is_han(c) && i < LIST_ITEM_MAX * 3)
                .map(|(i, c)| &rest[..i + c.len_utf8()])
                .find(|item| industry_ending(item).is_some() && traded(item))
                .filter(|item| {
                    let after = &rest[item.len()..];
                    segment::tagged(item).iter().all(|&(_, tag)| !tag.starts_with('v'))
                        && !after.starts_with("产业")
                        && !PROJECT_WORDS.iter().chain(PARK_SUFFIXES.iter()).any(|w| after.starts_with(w))
                });
            // Or the run up to a Latin name in brackets (及迪士尼邮轮(Disney Cruise Line)).
            let bracketed = || {
                let len = rest.find(['(', '（']).filter(|&i| alias(start + i) > 0)?;
                let item = &rest[..len];
                (item.chars().all(is_han) && item.chars().count() <= LIST_ITEM_MAX && firm_like(item))
                    .then_some(item)
            };
            if let Some(item) = last.or_else(bracketed) {
                found.push(Candidate::new(start..start + item.len(), EntityType::Company));
            }
        }
        let mut end = name.start;
        while let Some(before) = text[..end].strip_suffix('、') {
            let len: usize = before
                .chars()
                .rev()
                .take_while(|c| is_han(*c) || c.is_ascii_alphanumeric())
                .take(LIST_ITEM_MAX + 1)
                .map(char::len_utf8)
                .sum();
            let start = before.len() - len;
            if len == 0 || !before[..start].ends_with('、') {
                break;
            }
            if traded(&before[start..]) {
                found.push(Candidate::new(start..before.len(), EntityType::Company));
            }
            end = start;
        }
    }
    found
}

/// Whether `item` can be a firm's name on its own: two characters or more, no place, no 的 (印度的|
/// 某某银行: where it is), no project words, not only generic words.
fn firm_like(item: &str) -> bool {
    han_count(item) >= 2
        && !holds(item, "的")
        && GAZETTEER.lookup(item).is_none()
        && !park_named(item)
        && !PROJECT_WORDS.iter().any(|w| holds(item, w))
        && segment::words(item).iter().any(|w| !GENERIC_WORDS.contains(w))
}

/// The firms of a list ending at 等 (`at`) that LIST_END did not read. The noun after 等 says what the
/// list is: firms (等38家重点战新企业, 等世界500强企业: every item), projects (等一批计划投资超百亿元项目:
/// the firm each project is named after); any other list is of firms when two or more items end in
/// a trade word after a proper head (霍尼韦尔、国信证券、招银租赁等正式开展…), and then its other proper
/// items are firms too.
fn list_of_firms(text: &str, at: usize) -> Vec<Candidate> {
    let after = list_noun_stretch(text, at + '等'.len_utf8());
    // 外联部、产业部等相关职能|部门|负责人及部分企业家: a noun for bodies closing the list first makes it a
    // list of bodies, whatever firm noun follows later in the clause.
    let after = BODY_LIST_NOUNS.iter().filter_map(|n| after.find(n)).min().map_or(after, |i| &after[..i]);
    let items = list_items(text, at);
    if items.is_empty() {
        return Vec::new();
    }
    let company = |span: Span| Candidate::new(span, EntityType::Company);
    if FIRM_LIST_NOUNS.iter().any(|n| holds(after, n)) && !after.contains("项目") {
        // Each item must say which firm (龙头企业、配套企业等优质企业 do not; see `distinctive`).
        let which = |s: &Span| firm_like(&text[s.clone()]) && distinctive(&text[s.clone()]);
        return items.into_iter().filter(which).map(company).collect();
    }
    if after.contains("项目") {
        return items.into_iter().filter_map(|s| firm_of_project(text, s)).map(company).collect();
    }
    // A list after a verb of a line of work names trades, not firms (分别从事|智慧机械、生技医药等), and so
    // does one a noun for fields closes (节能环保装备及环保新材料等|领域, 等新兴产业).
    if LINE_OF_WORK.iter().any(|v| text[..items[0].start].ends_with(v))
        || SECTOR_LIST_NOUNS.iter().any(|n| holds(after, n))
    {
        return Vec::new();
    }
    let traded = |s: &Span| traded(&text[s.clone()]);
    if items.len() < 2 || items.iter().filter(|s| traded(s)).count() < 2 {
        return Vec::new();
    }
    items
        .into_iter()
        .filter(|s| {
            let item = &text[s.clone()];
            traded(s) || (firm_like(item) && (proper(item) || industry_ending(item).is_some()))
        })
        .map(company)
        .collect()
}

/// Nouns for bodies that close a list after 等 (等相关职能部门, 等单位, 等机构): no list of firms.
const BODY_LIST_NOUNS: [&str; 3] = ["部门", "单位", "机构"];

/// Nouns for fields that close a list after 等 (等领域, 等行业, 等产业, 等板块): a list of sectors.
const SECTOR_LIST_NOUNS: [&str; 4] = ["领域", "行业", "产业", "板块"];

/// The numerals of a count (7家, 十二家).
const COUNT_DIGITS: &str = "0123456789一二三四五六七八九十两";

/// Words of about before a count (近300家, 约20家, 超百家).
const APPROXIMATORS: &str = "近约超逾共计达";

/// Nouns for firms only after their count (7家业者): after 等 they are as often people (等从业者).
const COUNTED_FIRM_NOUNS: [&str; 1] = ["业者"];

/// The firms of a list closed by their count and a noun for firms, without 等 (甲工业、乙科技和丙生技
/// 3家业者, 甲、乙两家企业): two items or more, each a proper name or a trade after a head that says which
/// firm (see `firm_like` and `distinctive`; 全市、全省300家企业 are no firms).
fn counted_firms(text: &str) -> Vec<Candidate> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices('家') {
        let end = text[..at].trim_end_matches(|c: char| among(COUNT_DIGITS, c) || c == ' ').len();
        let before = &text[..end];
        // A count after 等 and a word of about (等近300家, 等约20家) closes a list read at its 等.
        let listed = before.trim_end_matches(|c: char| among(APPROXIMATORS, c)).ends_with('等');
        if end == at || listed || !before.chars().next_back().is_some_and(is_han) {
            continue;
        }
        let after = list_noun_stretch(text, at + '家'.len_utf8());
        let firms = FIRM_LIST_NOUNS.iter().chain(&COUNTED_FIRM_NOUNS).any(|n| holds(after, n));
        if !firms || after.contains("项目") {
            continue;
        }
        let items = list_items(text, end);
        if items.len() < 2 {
            continue;
        }
        found.extend(named_items(text, items));
    }
    found
}

/// The items of a list of firms that name one: each a proper name or a trade after a head that says
/// which firm (see `firm_like` and `distinctive`; 全市、全省 are no firms), without an owner's word
/// before it (区属|恒建集团、…2家公司).
fn named_items(text: &str, items: Vec<Span>) -> impl Iterator<Item = Candidate> + '_ {
    let which = |s: &Span| {
        let item = &text[s.clone()];
        firm_like(item) && distinctive(item) && (proper(item) || industry_ending(item).is_some())
    };
    items
        .into_iter()
        .filter(which)
        .map(|s| Candidate::new(after_owner(text, s.start, s.end)..s.end, EntityType::Company))
}

/// What closes a list led by 以: 以甲、乙为代表的…企业 (the firms that stand for a kind).
const LED_LIST_END: &str = "为代表的";

/// The firms of a list led by 以 and closed by 为代表的 and a noun for firms, a count or not
/// (以甲塑业、乙、丙为代表的10家骨干企业): its items that name firms (see `named_items`), the 以 jieba may glue
/// to the first (以甲) no part of it; not a list of projects (…为代表的一批项目) or of other things
/// (以成都、重庆为代表的城市).
fn led_firms(text: &str) -> Vec<Candidate> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices(LED_LIST_END) {
        let after = list_noun_stretch(text, at + LED_LIST_END.len());
        if !FIRM_LIST_NOUNS.iter().any(|n| holds(after, n)) || after.contains("项目") {
            continue;
        }
        let mut items = list_items(text, at);
        let Some(first) = items.first_mut() else { continue };
        if text[first.clone()].starts_with('以') {
            first.start += '以'.len_utf8();
        } else if !text[..first.start].ends_with('以') {
            continue;
        }
        found.extend(named_items(text, items));
    }
    found
}

/// The most items read after one cue of [`INCLUDING`].
const INCLUDED_ITEMS_MAX: usize = 30;

/// What opens a list right after a noun for firms (公司包括, 两家公司，分别是).
const INCLUDING: [&str; 3] = ["包括", "分别是", "分别为"];

/// The firms of a list opened by a noun for firms and 包括 or 分别是, a comma, an adverb and a colon
/// allowed between (投资的公司，主要包括：甲电讯、乙的丙银行和丁酒店等): each item up to 、, the last up to
/// 等 or punctuation and split at its 和, 及 or 与 when both parts name firms, a place and 的 before one
/// no part of it. An item names a firm as a list's does (see `named_items`), a place and its line of
/// business too (新加坡电信; not a place and a descriptor, 粤东电网), and the part after the conjunction
/// needs only to say which firm; not a list of sectors (企业包括电子信息、生物医药等) nor of places (企业，也
/// 包括从上海、…: no item opens with a verb or function word).
fn included_firms(text: &str) -> Vec<Candidate> {
    let firm = |item: &str| {
        firm_like(item)
            && !opens_with_function(item)
            && (distinctive(item) || opens_with_place(item))
            && (proper(item)
                || industry_ending(item).is_some()
                || COMPANY_SUFFIXES.iter().any(|x| item.ends_with(x)))
            && !RANKED.is_match(item)
            // A titled person is no firm (公司包括总经理张伟…), nor is a kind of firm (航空公司、保险公司;
            // 小微企业): a legal or kind suffix needs a proper head.
            && !CORPORATE_TITLES.iter().any(|t| holds(item, t))
            && COMPANY_SUFFIXES.iter().find_map(|x| item.strip_suffix(x)).map_or(true, proper)
    };
    let mut found = Vec::new();
    for (at, cue) in INCLUDING.iter().flat_map(|c| text.match_indices(*c)) {
        let mut before = &text[..at];
        let from = before.char_indices().rev().nth(2).map_or(0, |(i, _)| i);
        // Cheap test first: a noun for firms among the few characters before.
        let near = before.char_indices().rev().nth(5).map_or(0, |(i, _)| i);
        if !FIRM_LIST_NOUNS.iter().any(|n| holds(&before[near..], n)) {
            continue;
        }
        if let Some((adverb, _)) =
            segment::tagged(&before[from..]).pop().filter(|(_, tag)| tag.starts_with('d'))
        {
            before = &before[..before.len() - adverb.len()];
        }
        if !FIRM_LIST_NOUNS.iter().any(|n| before.trim_end_matches([',', '，']).ends_with(n)) {
            continue;
        }
        let mut rest = text[at + cue.len()..].trim_start_matches([':', '：']);
        // At most so many items: a list is read from each cue, and a paste of cues and marks must not
        // make every cue read to the text's end.
        for _ in 0..INCLUDED_ITEMS_MAX {
            let len: usize = rest
                .chars()
                .take_while(|&c| (is_han(c) || c.is_ascii_alphanumeric()) && c != '等')
                .map(char::len_utf8)
                .sum();
            let start = text.len() - rest.len();
            let item = &rest[..len];
            let own = item.rfind('的').map_or(0, |i| i + '的'.len_utf8());
            // …李强在内的高管: the list has ended.
            if len == own || item.contains("在内") {
                break;
            }
            let last = !rest[len..].starts_with('、');
            let from = start + own;
            let (first, second) = match item[own..].find(['和', '及', '与']).filter(|_| last) {
                Some(i) => (from..from + i, Some(from + i + '和'.len_utf8()..start + len)),
                None => (from..start + len, None),
            };
            let fits = |p: &Span| text[p.clone()].chars().count() <= LIST_ITEM_MAX;
            // The part after the conjunction needs only to say which firm (…报业控股和新传媒).
            let joined = second
                .as_ref()
                .map_or(true, |p| fits(p) && firm_like(&text[p.clone()]) && distinctive(&text[p.clone()]));
            if fits(&first) && firm(&text[first.clone()]) && joined {
                found.push(Candidate::new(first, EntityType::Company));
                found.extend(second.map(|p| Candidate::new(p, EntityType::Company)));
            }
            if last {
                break;
            }
            rest = &rest[len + '、'.len_utf8()..];
        }
    }
    found
}

/// The titles of a firm's board that bodies hold too, a firm's after a trade word (某某置业主席).
const FIRM_CHAIRS: [&str; 3] = ["主席", "董事", "行政总裁"];

/// Verbs of a firm's line of work: the list after one names trades (从事智慧机械、生技医药等).
const LINE_OF_WORK: [&str; 5] = ["从事", "主营", "涉及", "涵盖", "专注"];

/// Firms' short names in prose: a proper head and a trade word (洽洽食品, 英飞凌科技) after a firm cue
/// (引进, 签约, 包括, 半导体厂), or before their project's 项目 in the same clause (苏宁玻璃深加工及…项目),
/// a corporate title (日月光副总经理) or a description as a maker (…光电为…制造商).
fn short_names_in_prose(text: &str, industries: &[Hit]) -> Vec<Candidate> {
    let mut found = Vec::new();
    for (span, _) in industries.iter().cloned() {
        let (_, words) = prefix(text, span.start, &REACH);
        // The head: the proper words right before the trade word, at most four characters.
        let mut head = span.start;
        for w in words.iter().rev() {
            let chars = text[head - w.len()..span.start].chars().count();
            // 投资5亿元|建设|工业及…项目: a governing verb is no part of a name, whatever the gazetteer
            // makes of it (建设, a town's stem).
            if chars > 4 || GOVERNING_VERBS.contains(w) || !(proper(w) || GAZETTEER.lookup(w).is_some()) {
                break;
            }
            head -= w.len();
        }
        // A foreign trader's 商 is no part of the name after it (韩商|三星电子).
        if let Some(i) = text[head..span.start].rfind('商').filter(|&i| trader_at(text, head + i)) {
            head += i + '商'.len_utf8();
        }
        let name = &text[head..span.start];
        if han_count(name) < 2 || !proper(name) || GAZETTEER.lookup(name).is_some() {
            continue;
        }
        let before = &text[..head];
        // Right after a firm's legal name, a head and trade word say what its project makes (…食品有限公司|
        // 冷链食品|加工项目): no firm of their own.
        if COMPANY_SUFFIXES.iter().any(|s| before.ends_with(s)) {
            continue;
        }
        let cued = FIRM_CUES.iter().any(|c| before.ends_with(c));
        let rest: String =
            text[span.end..].chars().take_while(|c| is_han(*c) && *c != '等').take(PROJECT_REACH).collect();
        // A trade name right before 项目 may be the project's own name (泰格瑞环保项目): only a name
        // followed by its project's own words counts.
        let project = rest.contains("项目") && !rest.starts_with("项目");
        // 九龙仓置业|主席, 某某银行|执行董事: after a trade word, a chair's or director's title is a firm's too.
        let ranked = TITLE_RANKS.iter().find_map(|r| rest.strip_prefix(r)).unwrap_or(&rest);
        let titled = CORPORATE_TITLES.iter().chain(&FIRM_CHAIRS).any(|t| ranked.starts_with(t));
        // A firm's own acts right after it, or after a word of intent (博远新能源落户…, …计划投资…,
        // …在园区投资建设…) say it is the firm.
        let acted = MODALS.iter().find_map(|m| rest.strip_prefix(m)).unwrap_or(&rest);
        let acts = FIRM_ACTS.iter().any(|a| acted.starts_with(a))
            || (acted.starts_with('在') && FIRM_ACTS.iter().any(|a| holds(acted, a)));
        // Its results or shares right after it, or after 实现 (洋河股份实现营收…, 联环药业股价…).
        let reported =
            FIRM_REPORT_WORDS.iter().any(|w| rest.strip_prefix("实现").unwrap_or(&rest).starts_with(w));
        // A firm's seat abroad or elsewhere right after it (九识智能|新加坡运营中心): a place, then a
        // headquarters, centre, base or plant.
        let seated = GAZETTEER
            .longest_at(&rest, 0)
            .is_some_and(|(_, len)| FACILITIES.iter().any(|f| holds(&rest[len..], f)));
        // Said to be a maker (耀颖光电为半导体光学元件制造商): 为 or 是 right after it, and a maker noun
        // ending the clause.
        let clause = text[span.end..].split(['，', '。', '；', ',', ';']).next().unwrap_or_default();
        let described = (clause.starts_with('为') || clause.starts_with('是'))
            && clause.chars().count() <= DESCRIPTION_REACH
            && MAKERS.iter().any(|m| clause.ends_with(m));
        if cued || project || titled || acts || reported || seated || described {
            // A short name's ending right after the trade word is the name's too (恒驰新能源|科技|封测项目;
            // not another trade, the project's product: 振展汽车|新能源).
            let name = with_trade(&(head..span.end), industries);
            let ended = COMPANY_SHORT_ENDINGS.contains(&&text[span.end..name.end]);
            found.push(Candidate::new(if ended { name } else { head..span.end }, EntityType::Company));
        }
    }
    found
}

/// Firms named by a head and trade word with their Latin name in brackets right after (华侨银行(OCBC),
/// 大华银行（UOB）), whatever the head's words are to jieba (华侨 is a common noun): the words right
/// before the trade word, two to four characters, each of two or more (继|大华银行) and none a place,
/// trade word or number, and saying which firm (not 电动|汽车(EV)).
fn latin_named_trades(text: &str, industries: &[Hit]) -> Vec<Candidate> {
    let mut found = Vec::new();
    for (span, _) in industries.iter().filter(|(s, _)| LATIN_IN_BRACKETS.is_match(&text[s.end..])) {
        let (_, words) = prefix(text, span.start, &REACH);
        let mut head = span.start;
        for w in words.iter().rev() {
            let named = w.chars().count() >= 2
                && GAZETTEER.lookup(w).is_none()
                && !INDUSTRY_WORDS.contains(w)
                && !w.chars().any(|c| numeral(c) || c.is_ascii_digit());
            if !named || han_count(&text[head - w.len()..span.start]) > 4 {
                break;
            }
            head -= w.len();
        }
        // A head saying what kind of product, not which firm (电动|汽车(EV): a descriptor), or a common
        // noun jieba holds whole (人工智能(AI)) is a term before its initials, no firm.
        let head_words = &text[head..span.start];
        let term = matches!(segment::tagged(&text[head..span.end])[..], [(_, "n" | "vn")]);
        if han_count(head_words) >= 2 && distinctive(head_words) && !term {
            found.push(Candidate::new(head..span.end, EntityType::Company));
        }
    }
    found
}

/// A capitalised Latin word with lower-case letters, its parts maybe hyphenated (SolarWorld, Tesla,
/// Rolls-Royce; not FDA, an acronym, nor a letter before a hyphen: T-Shirt, K-Pop, X-Ray).
static MIXED_CASE_LATIN: LazyLock<regex::Regex> =
    LazyLock::new(|| pattern::compile(r"[A-Z][a-z]+(?:-?[A-Z][a-z]*)*"));

/// The most characters of a country's name before a firm's Latin name.
const COUNTRY_MAX: usize = 5;

/// Foreign firms printed by their Latin name right after their country (德国SolarWorld, 美国 Tesla)
/// or its one-character form and 商, a trader of that country (美商Micron): a capitalised word with
/// lower-case letters, no part of a longer Latin run.
fn foreign_latin_firms(text: &str) -> Vec<Candidate> {
    let alphanumeric = |c: char| c.is_ascii_alphanumeric();
    MIXED_CASE_LATIN
        .find_iter(text)
        .filter(|m| {
            let before = text[..m.start()].strip_suffix(' ').unwrap_or(&text[..m.start()]);
            let country = (2..=COUNTRY_MAX)
                .any(|n| before.char_indices().rev().nth(n - 1).is_some_and(|(i, _)| country(&before[i..])));
            let trader = before
                .strip_suffix('商')
                .and_then(|b| b.chars().last())
                .is_some_and(|c| COUNTRY_ABBREVIATIONS.contains(c));
            !before.ends_with(alphanumeric)
                && !text[m.end()..].starts_with(alphanumeric)
                && (country || trader)
        })
        .map(|m| Candidate::new(m.range(), EntityType::Company))
        .collect()
}

/// Whether `at` is the 商 of a trader of a foreign country, its one character before it (美商, 日商, 德商;
/// not 华商, Chinese traders anywhere), neither part of a word (节日|商品, 美|商会).
pub(super) fn trader_at(text: &str, at: usize) -> bool {
    let Some(country) = text[..at].chars().next_back() else { return false };
    if !text[at..].starts_with('商') || country == '华' || !COUNTRY_ABBREVIATIONS.contains(country) {
        return false;
    }
    let from = at - country.len_utf8();
    let after = at + '商'.len_utf8();
    let around = text[..from].char_indices().rev().nth(1).map_or(0, |(i, _)| i)
        ..text[after..].char_indices().nth(2).map_or(text.len(), |(i, _)| after + i);
    let mut pos = around.start;
    segment::dictionary_words(&text[around]).into_iter().all(|w| {
        let (s, e) = (pos, pos + w.len());
        pos = e;
        let holds = |i: usize| s <= i && i < e;
        (s, e) == (from, after) || e - s <= '商'.len_utf8() || !(holds(from) || holds(at))
    })
}

/// The most characters of a place before a trader's 商 (英属开曼群岛商).
const TRADER_PLACE_MAX: usize = 7;

/// Whether `at` is the 商 of a trader printed with its country's or territory's name (萨摩亚商, 香港商,
/// Taiwan's nationality mark for foreign investors), or its one character (日商, see `trader_at`); not
/// where 商 opens a word (香港商业银行, 新加坡商会).
fn named_trader_at(text: &str, at: usize) -> bool {
    if trader_at(text, at) {
        return true;
    }
    let Some(after) = text[at..].strip_prefix('商').map(|r| text.len() - r.len()) else { return false };
    let place = text[..at].char_indices().rev().take(TRADER_PLACE_MAX).skip(1).any(|(i, _)| {
        GAZETTEER.lookup(&text[i..at]).is_some_and(|forms| {
            forms.iter().any(|f| {
                f.foreign && f.level == Level::Province && f.full != "中国" && !f.full.ends_with('省')
            })
        })
    });
    let next = text[after..].chars().next().map_or(after, |c| after + c.len_utf8());
    place && segment::dictionary_words(&text[at..next]).len() == 2
}

/// Where a legal name begins when a trader's place and 商 open its words (萨摩亚商|传代科技有限公司,
/// 日商|信越化学株式会社): after the 商, when a name that says which firm follows (see `named`); else `start`.
fn after_trader(text: &str, start: usize, end: usize) -> usize {
    let Some(i) = text[start..end].rfind('商').filter(|&i| named_trader_at(text, start + i)) else {
        return start;
    };
    let after = start + i + '商'.len_utf8();
    let rest = &text[after..end];
    if han_count(rest) >= 2 && named(rest) {
        after
    } else {
        start
    }
}

/// Foreign firms printed by their Han name right after their trader's 商 (美商应材宣布…, 日商尔必达将…,
/// 韩商三星电子在…; see `trader_at`): one word jieba reads (two when it split off the first character) and a
/// trade word after it if any, then a verb,
/// adverb, function word, numeral or time word; two to six Han characters holding a proper noun, no place
/// and no kind of firm (美商企业; not 美光|扩厂…, where the name's end is unclear).
fn foreign_traders(text: &str) -> Vec<Candidate> {
    /// The most characters of the name.
    const NAME_MAX: usize = 6;
    let stop = |tag: &str| tag.starts_with(['v', 'd', 'p', 'c', 'u', 'r', 'm', 'q', 't', 'f']);
    let mut found = Vec::new();
    for (at, _) in text.match_indices('商').filter(|&(at, _)| trader_at(text, at)) {
        let start = at + '商'.len_utf8();
        let rest: String = text[start..].chars().take(NAME_MAX + 4).collect();
        let words = segment::tagged(&rest);
        // A one-character word opening the name is a transliteration jieba split (尔|必达): it takes the next.
        let mut n = if words.first().is_some_and(|(w, _)| w.chars().count() == 1) { 2 } else { 1 };
        if words.get(n).is_some_and(|(w, _)| INDUSTRY_WORDS.contains(w)) {
            n += 1;
        }
        let stopped =
            words.get(n).is_some_and(|&(w, tag)| stop(tag) || !w.chars().all(is_han)) || words.len() == n;
        let len: usize = words.iter().take(n).map(|(w, _)| w.len()).sum();
        let name = &rest[..len];
        if stopped
            && name.chars().all(is_han)
            && (2..=NAME_MAX).contains(&name.chars().count())
            && GAZETTEER.lookup(name).is_none()
            && proper(name)
            && distinctive(name)
        {
            found.push(Candidate::new(start..start + len, EntityType::Company));
        }
    }
    found
}

/// A firm's Latin name in brackets right after its Chinese one (星展集团(DBS), 华侨银行（OCBC）), also
/// after the quote closing a quoted one (「越南新加坡工業園區」(VSIP)): capitalised words, at least two
/// letters, joined by single spaces; a stock's ticker after them is none of the name (贝莱德(BlackRock
/// BLK.N): its code and market, as Reuters prints them).
static LATIN_IN_BRACKETS: LazyLock<regex::Regex> = LazyLock::new(|| {
    pattern::compile(
        r"^[”」』]?[(（]([A-Z][A-Za-z0-9&.\-]*[A-Za-z](?: [A-Z][A-Za-z0-9&.\-]*)*?)(?: [A-Z0-9]{1,6}\.[A-Z]{1,2})?[)）]",
    )
});

/// A Latin name in brackets ending a text (輝達（NVIDIA）|執行長).
static LATIN_IN_BRACKETS_BEFORE: LazyLock<regex::Regex> = LazyLock::new(|| {
    pattern::compile(r"[(（]([A-Z][A-Za-z0-9&.\-]*[A-Za-z](?: [A-Z][A-Za-z0-9&.\-]*)*)[)）]$")
});

/// The span of a firm's Latin name in brackets right before `end` (輝達（NVIDIA）|執行長 → NVIDIA) and
/// where its bracket opens.
pub(super) fn latin_in_brackets_before(text: &str, end: usize) -> Option<(usize, Span)> {
    let window = text[..end].char_indices().rev().nth(40).map_or(0, |(i, _)| i);
    let found = LATIN_IN_BRACKETS_BEFORE.captures(&text[window..end])?;
    let (open, name) = (found.get(0)?, found.get(1)?);
    Some((window + open.start(), window + name.start()..window + name.end()))
}

/// The Latin names printed in brackets right after the firms, parks or people found (星展集团(DBS) → DBS, a
/// firm; 马中关丹产业园(MCKIP) → MCKIP, a park; 陈大文(David Chan)), each of its name's type.
pub(super) fn latin_aliases(text: &str, names: &[Candidate]) -> Vec<Candidate> {
    let kinds = [EntityType::Company, EntityType::Park, EntityType::Person];
    super::bracketed_aliases(text, names, &kinds, &LATIN_IN_BRACKETS)
}

/// A rank among firms (第二大, 第3大): the words before a legal suffix that hold one describe a firm.
/// So does a count of firms (两家大型媒体公司, 3家上市公司): they are several, none named; not a place's
/// name (三间房, 八家子). So does a hotel's star rating (韩国|三星级|酒店: jieba glues 韩国三星).
static RANKED: LazyLock<regex::Regex> = LazyLock::new(|| {
    pattern::compile(
        r"第[0-9一二三四五六七八九十]+大|[0-9一二三四五六七八九十两几]+[家间](?:[^子房]|$)|[1-7一二三四五六七]星级",
    )
});

/// Malaysia's way of naming a listed firm's share: its stock name in capitals, its four-digit code and
/// its board (马资源(MRCB,1651,主板产业股), 马电讯(TM,4863,主板电讯媒体组)).
static MALAYSIAN_CODE: LazyLock<regex::Regex> =
    LazyLock::new(|| pattern::compile(r"^[A-Z][A-Z0-9&.\-]*[,，] ?[0-9]{4}[A-Z]?[,，)）]"));

/// Hong Kong's way of naming a listed firm with its stock's short name: the short name, then the code
/// (中华汽车(中巴,026)).
static ALIASED_CODE: LazyLock<regex::Regex> =
    LazyLock::new(|| pattern::compile(r"^(\p{Han}{2,4})[,，] ?(?:0[0-9]{2,4}|[1-9][0-9]{2})[)）]"));

/// Whether a bracket's inside opens with a stock code closed by the bracket: a mainland one of six
/// digits (300014, 300750.SZ), a Taiwan one of four (2249-TW, 2330.TW, or bare when no year: 3711), a
/// Hong Kong one with its market (01979.HK), a leading zero (003, 00700) or three digits (244); or with
/// Malaysia's stock name and code (MRCB,1651,…), or Hong Kong's short name and code (中巴,026), the
/// short name no place (长沙理工大学(湖南,112): a ranking's place and number).
pub(super) fn stock_code(inside: &str) -> bool {
    let aliased = ALIASED_CODE.captures(inside).and_then(|c| c.get(1));
    if MALAYSIAN_CODE.is_match(inside)
        || aliased.is_some_and(|short| GAZETTEER.lookup(short.as_str()).is_none())
    {
        return true;
    }
    let digits = inside.chars().take_while(char::is_ascii_digit).count();
    let rest = &inside[digits..];
    let market: String = rest
        .strip_prefix(['.', '-'])
        .unwrap_or_default()
        .chars()
        .take_while(char::is_ascii_uppercase)
        .collect();
    let after = if market.is_empty() { rest } else { &rest[1 + market.len()..] };
    // 去(100)年, 今(113)年: Taiwan's year of the Republic in brackets, no code.
    let closed = after.strip_prefix(')').or_else(|| after.strip_prefix('）'));
    if closed.map_or(true, |rest| rest.starts_with('年')) {
        return false;
    }
    let year = digits == 4 && (inside.starts_with("19") || inside.starts_with("20"));
    match market.as_str() {
        "SZ" | "SH" => digits == 6,
        "TW" | "TWO" => digits == 4,
        "HK" => (1..=5).contains(&digits),
        // Hong Kong's press prints a code of three digits bare too (先施(244), 安宁数码(128)).
        "" => {
            digits == 6 || digits == 3 || (digits == 4 && !year) || (digits == 5 && inside.starts_with('0'))
        }
        _ => false,
    }
}

/// Whether a bracket's inside is a bare code of three digits, no leading zero (先施(244)): Hong Kong's,
/// but also any number (会议室(305)), so only a name that says which firm takes it (003 says a code).
fn three_digits(inside: &str) -> bool {
    inside.chars().take_while(char::is_ascii_digit).count() == 3
        && !inside.starts_with('0')
        && inside[3..].starts_with([')', '）'])
}

/// Words of the stock market that say a bare code of three digits in their sentence is a listed firm's,
/// with the words of its shares and results (`firm-report-words.txt`: 股价, 业绩, 股东).
const MARKET_WORDS: [&str; 5] = ["港股", "上市", "主板", "恒指", "收报"];

/// Whether a bare code of three digits in brackets at `at` (see `three_digits`) is the listed firm's named
/// from `start`: its name ends like a firm's (a legal suffix or a trade: 安宁数码(128), 永安国际(289)) or
/// its sentence holds a word of the market or of a firm's shares and results (先施(244)…业绩); never a
/// road's or a street's (弥敦道(238)号, 美食街(150)), nor a number printed on after the bracket (号, 室, a
/// space or digits: 热线(852) 2929 2222).
fn listed_bare(text: &str, start: usize, at: usize) -> bool {
    let name = &text[start..at];
    let after = text[at..].find([')', '）']).map_or("", |i| &text[at + i..]);
    let after = after.get(after.chars().next().map_or(0, char::len_utf8)..).unwrap_or_default();
    let goes_on = after.starts_with(|c: char| c.is_ascii_digit() || c.is_whitespace() || among("号室", c));
    let firm = COMPANY_SUFFIXES.iter().any(|s| name.ends_with(s)) || industry_ending(name).is_some();
    let sentence = &text[bounds::reach_start(text, at, bounds::ends_sentence, bounds::REACH)
        ..bounds::reach_end(text, at, bounds::ends_sentence, bounds::REACH)];
    let market = || MARKET_WORDS.iter().chain(FIRM_REPORT_WORDS.iter()).any(|w| sentence.contains(w));
    !goes_on && !name.ends_with(['路', '道', '街', '巷']) && (firm || market())
}

/// Listed firms named before their stock code in brackets (亿纬锂能(300014), 宁德时代（300750.SZ）,
/// 湧盛電機(2249-TW), 中华煤气(003)), and a Malaysian stock name printed with its code (MSM in
/// 大马糖厂(MSM,5202,…)): the proper words right before the bracket after any category noun
/// (上市公司|海天精工), which name a firm and say which (see `named` and `distinctive`) or open with a place,
/// no place alone.
fn listed_by_code(text: &str) -> Vec<Candidate> {
    let mut found = Vec::new();
    for (at, open) in text.match_indices(['(', '（']) {
        if !stock_code(&text[at + open.len()..]) {
            found.extend(unknown_latin_named(text, at).map(|name| Candidate::new(name, EntityType::Company)));
            found.extend(ticker_named(text, at, open.len()).into_iter().flatten());
            continue;
        }
        let start = after_category_noun(text, prefix(text, at, &REACH).0, at);
        // A bracket closed before the name ends a dateline or another aside ((吉隆坡27日讯)|马资源(MRCB,…)).
        let start = text[start..at]
            .rfind([')', '）'])
            .map_or(start, |i| start + i + text[start + i..].chars().next().map_or(0, char::len_utf8));
        let start = after_verb(text, after_coded_firm(text, start, at), at, true);
        let name = &text[start..at];
        // A place and words of two characters or more before a code are a firm whatever the words are (中国
        // 海外发展(00688), 越秀地产): the code says which firm.
        let placed = GAZETTEER.longest_at(name, 0).is_some_and(|(_, len)| han_count(&name[len..]) >= 2);
        let inside = at + open.len();
        let bare = three_digits(&text[inside..]);
        let firm = if han_count(name) >= 2
            && named(name)
            && (distinctive(name) || placed)
            && GAZETTEER.lookup(name).is_none()
            && (!bare || listed_bare(text, start, at))
        {
            Some(start)
        } else {
            coded_item_start(text, at).filter(|_| !bare)
        };
        let Some(start) = firm else { continue };
        // 中华汽车(中巴,026): a stock's short name abbreviates the firm's, so holds a character of it; other
        // words there are no short name (各区新增个案(沙田,105): a table's place and count).
        let short =
            ALIASED_CODE.is_match(&text[inside..]).then(|| text[inside..].find([',', '，']).unwrap_or(0));
        if short.is_some_and(|len| !text[inside..inside + len].chars().any(|c| text[start..at].contains(c))) {
            continue;
        }
        found.push(Candidate::new(start..at, EntityType::Company));
        // 大马糖厂(MSM,5202,主板…), 中华汽车(中巴,026): the stock name before the code is the firm's too.
        if MALAYSIAN_CODE.is_match(&text[inside..]) || short.is_some() {
            let name = text[inside..].find([',', '，']).unwrap_or(0);
            found.push(Candidate::new(inside..inside + name, EntityType::Company));
        }
    }
    found
}

/// A firm's board and its shareholders' meetings: the words after a firm's name, no title's.
pub(super) const FIRM_ORGANS: [&str; 5] = ["董事会", "董事局", "董事部", "股东大会", "股东特大"];

/// Firms named by their board or shareholders' meeting right after them (马登董事局, 某某股东大会): the
/// proper words right before it, two to four characters that say which firm (not 公司董事会, 该集团, a
/// place alone), not after a legal suffix (…有限公司董事会: the name is found whole).
fn boarded_firms(text: &str) -> Vec<Candidate> {
    let organs = ["董事", "股东"].into_iter().flat_map(|w| text.match_indices(w));
    organs
        .filter(|&(at, _)| FIRM_ORGANS.iter().any(|o| text[at..].starts_with(o)))
        .filter_map(|(at, _)| {
            let mut head = at;
            for w in prefix(text, at, &REACH).1.iter().rev() {
                if text[head - w.len()..at].chars().count() > 4 || !proper(w) {
                    break;
                }
                head -= w.len();
            }
            let name = &text[head..at];
            let legal = COMPANY_SUFFIXES.iter().any(|s| text[..head].ends_with(s));
            (han_count(name) >= 2 && distinctive(name) && GAZETTEER.lookup(name).is_none() && !legal)
                .then(|| Candidate::new(head..at, EntityType::Company))
        })
        .collect()
}

/// The fewest letters of a firm's one-word Latin name in brackets after a word jieba does not know
/// (辉达(NVIDIA); GPU, MGO are a term's initials).
const LATIN_ALIAS_MIN: usize = 4;

/// A firm printed by a word jieba does not know, its Latin name of one word in brackets right after it
/// (辉达（NVIDIA）, 博通(Broadcom)): the word two to four Han characters, no place, the Latin word of
/// [`LATIN_ALIAS_MIN`] letters or more; `at` is the bracket.
fn unknown_latin_named(text: &str, at: usize) -> Option<Span> {
    // Most brackets hold no Latin name: the regex only for one that opens with a capital.
    let bracket = text[at..].chars().next().map_or(0, char::len_utf8);
    if !text[at + bracket..].starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let inside = LATIN_IN_BRACKETS.captures(&text[at..])?.get(1)?.as_str();
    if inside.contains(' ') || inside.chars().filter(char::is_ascii_alphabetic).count() < LATIN_ALIAS_MIN {
        return None;
    }
    let from = text[..at].char_indices().rev().nth(OPENING_WINDOW - 1).map_or(0, |(i, _)| i);
    let &(word, tag) = segment::tagged(&text[from..at]).last()?;
    let unknown = tag == "x" && word.chars().all(is_han) && (2..=4).contains(&word.chars().count());
    (unknown && GAZETTEER.lookup(word).is_none()).then(|| at - word.len()..at)
}

/// Malaysia's stock name alone in brackets (南马工业(SMI), 成功集团(BJCORP)): capitals, digits or &, two to
/// ten, no space.
static TICKER: LazyLock<regex::Regex> = LazyLock::new(|| pattern::compile(r"^[A-Z][A-Z0-9&]{1,9}[)）]"));

/// A firm named before its stock name alone in brackets (南马工业(SMI), RL能源(RL)) and that stock name:
/// a trade word right before the bracket and one word before it that jieba does not know or reads as a
/// proper noun, a place or Latin capitals, so never a term's initials (人工智能(AI), 电动汽车(EV)) nor a
/// body's (武装部队基金局(LTAT), 世界银行(WB)); `at` is the bracket, `open` its length.
fn ticker_named(text: &str, at: usize, open: usize) -> Option<[Candidate; 2]> {
    let ticker = TICKER.find(&text[at + open..])?;
    let trade = INDUSTRY_WORDS.iter().filter(|w| text[..at].ends_with(**w)).map(|w| w.len()).max()?;
    let from = text[..at - trade].char_indices().rev().nth(OPENING_WINDOW - 1).map_or(0, |(i, _)| i);
    let &(head, tag) = segment::tagged(&text[from..at - trade]).last()?;
    let named = if head.is_ascii() {
        head.len() >= 2 && head.chars().all(|c| c.is_ascii_uppercase())
    } else {
        (tag == "x" || segment::proper_tag(tag) || GAZETTEER.lookup(head).is_some()) && han_count(head) >= 2
    };
    // 向恒岳|能源: a one-character stop word jieba glued to the head governs it.
    let first = head.chars().next().map_or(0, char::len_utf8);
    let glued = han_count(head) >= 3 && STOP_WORDS.contains(&&head[..first]);
    let start = at - trade - head.len() + if glued { first } else { 0 };
    let close = ticker.as_str().chars().next_back().map_or(0, char::len_utf8);
    named.then(|| {
        [
            Candidate::new(start..at, EntityType::Company),
            Candidate::new(at + open..at + open + ticker.len() - close, EntityType::Company),
        ]
    })
}

/// Where a listed firm's name starts when it follows another's stock code and a conjunction (工商银行
/// (01398.HK)和|平保(02318.HK)): after the conjunction, whether jieba glued it to the name (和平|保) or read
/// it alone before no word of a kind of firm (亚通(AXIATA,6888,…)和|数码网络(DIGI,…); 与|本地 is read as it is, no
/// firm); two characters at least being left (和黄(00013) is a name).
fn after_coded_firm(text: &str, start: usize, at: usize) -> usize {
    let joined = text[..start].ends_with([')', '）'])
        && text[start..at].starts_with(['和', '与', '及'])
        && han_count(&text[start..at]) > 2
        && (segment::words(&text[start..at]).first().is_some_and(|w| w.chars().count() > 1)
            || !kind_word(&text[start + '和'.len_utf8()..at]));
    start + if joined { '和'.len_utf8() } else { 0 }
}

/// How many characters a listed firm's name printed alone before its stock code may have.
const CODED_ITEM_MAX: usize = 6;

/// Where a listed firm's name before its stock code begins when its words are no proper noun to jieba
/// (美团点评, 小米集团, 汇丰控股: common words, a verb): the whole item back to the clause's punctuation
/// or a list's 、, two to six characters after any category noun (重磅股|腾讯), no place alone, no
/// stop word (but a conjunction after a lone first character: 合和实业), no generic word unless a place
/// opens it (中国海外发展), and not ending in a category noun
/// (本届共有企业, 上市公司).
fn coded_item_start(text: &str, at: usize) -> Option<usize> {
    let item = text[..at]
        .rfind(|c: char| !(is_han(c) || c.is_ascii_alphanumeric()))
        .map_or(0, |i| i + text[i..].chars().next().map_or(0, char::len_utf8));
    let mut start = after_coded_firm(text, after_category_noun(text, item, at), at);
    let mut words = segment::words(&text[start..at]);
    // A conjunction after a lone first character joins nothing: the name holds it (合|和|实业(00054.HK)).
    let joining = |words: &[&str], i: usize| {
        i == 1 && words[0].chars().count() == 1 && ["和", "与", "及"].contains(&words[1])
    };
    // A function word inside the item governs the name after it (参战为|中国海外发展(00688)), which then
    // says which firm (not 与|本地(600000)); never the item's first word, which opens a stock name
    // (和|邦生物(603077), 向|日股份): a first word that is a stop word leaves the item no firm.
    let cut = (1..words.len()).rev().find(|&i| STOP_WORDS.contains(&words[i]) && !joining(&words, i));
    if let Some(i) = cut {
        start += words[..=i].iter().map(|w| w.len()).sum::<usize>();
        words.drain(..=i);
    }
    let name = &text[start..at];
    // After a place opening the name, common words are the firm's (中国海外发展(00688)): the code says
    // which firm.
    let placed = GAZETTEER.longest_at(name, 0).is_some();
    if cut.is_some() && !placed && !distinctive(name) {
        return None;
    }
    let plain = |w: &str| (GENERIC_WORDS.contains(w) && !placed) || STOP_WORDS.contains(w);
    ((2..=CODED_ITEM_MAX).contains(&han_count(name))
        && name.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
        && GAZETTEER.lookup(name).is_none()
        && !FIRM_CATEGORY_NOUNS.iter().any(|n| name.ends_with(n))
        && !words.iter().enumerate().any(|(i, w)| plain(w) && !joining(&words, i)))
    .then(|| after_verb(text, start, at, true))
}

/// Firms opening their projects' names at a clause's start (欣奕华高新材料项目正…, 总投资150亿元海创磷酸铁锂
/// 项目, 奇瑞未来一工厂及发动机项目): a word jieba does not know or tags as a proper noun (x, nz), of two
/// to four characters and no place, first in its clause after any investment figure (总投资…元(的)),
/// its clause opened by punctuation, then the project's own words up to 项目 (no verb, count, facility,
/// park or designation: not 警训|基地, 为省|重点, 锡铁山 after a bracket; no function word right after the head:
/// not 县直|及|项目…); a trade word right after it is read with it
/// as a short name (see `short_names_in_prose`).
fn projects_named_after_firms(text: &str) -> Vec<Candidate> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices("项目") {
        let clause_chars = text[..at]
            .chars()
            .rev()
            .take(PROJECT_REACH + 1)
            .take_while(|c| is_han(*c) || c.is_ascii_alphanumeric() || *c == '.')
            .count();
        let clause_start =
            text[..at].char_indices().rev().nth(clause_chars.max(1) - 1).map_or(at, |(i, _)| i);
        let opens = text[..clause_start].chars().next_back().map_or(true, bounds::ends_clause);
        if clause_chars > PROJECT_REACH || !opens {
            continue;
        }
        // An investment figure opening the clause is no part of the project's name (总投资150亿元(的)).
        let clause = &text[clause_start..at];
        let figure = if clause.starts_with("总投资") || clause.starts_with("投资") {
            clause.rfind('元').map_or_else(
                || unitless_figure_end(clause),
                |i| i + '元'.len_utf8() + if clause[i..].starts_with("元的") { 3 } else { 0 },
            )
        } else {
            0
        };
        // The head from the clause's first characters alone, the rest cut only for a head that fits;
        // a head and a project word take three characters at least.
        let window: String = clause[figure..].chars().take(5).collect();
        if window.chars().count() < 3 {
            continue;
        }
        let Some(&(head, tag)) = segment::tagged(&window).first() else { continue };
        let firm = matches!(tag, "x" | "nz")
            && head.chars().all(is_han)
            && (2..=4).contains(&head.chars().count())
            && GAZETTEER.longest_at(head, 0).is_none()
            && !kind_word(head)
            // A governing verb jieba tags as a name opens the clause's predicate (力争|招商项目…).
            && !GOVERNING_VERBS.contains(&head);
        if !firm {
            continue;
        }
        let tagged = segment::tagged(&clause[figure..]);
        let [(first, _), between @ ..] = &tagged[..] else { continue };
        // The project's own words: no verb, count, facility, park or designation (警训|基地, 为省|重点).
        let own_word = |&(w, tag): &(&str, &str)| {
            !tag.starts_with(['v', 'q'])
                && w != "的"
                && !PARK_SUFFIXES.contains(&w)
                && !PROJECT_WORDS.iter().any(|p| holds(w, p))
                && !DESIGNATION_WORDS.contains(&w)
        };
        // A function word right after the head joins it to something else (县直|及|项目服务单位): the
        // head opens no project's name.
        let own_words =
            between.first().is_some_and(|&(w, tag)| !INDUSTRY_WORDS.contains(&w) && !function_tag(tag))
                && between.iter().all(own_word);
        if *first == head && own_words {
            let start = clause_start + figure;
            found.push(Candidate::new(start..start + head.len(), EntityType::Company));
        }
    }
    found
}

/// Where an investment figure printed without 元 ends, with its 的 (投资300亿的|奥迪一汽新能源项目): its
/// digits, then 亿 or 万; 0 when the clause opens with no such figure.
fn unitless_figure_end(clause: &str) -> usize {
    let amount = clause.trim_start_matches(|c: char| among("总投资约近超逾", c));
    let digits = amount.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let Some(rest) = digits.strip_prefix(['亿', '万']).filter(|_| digits.len() < amount.len()) else {
        return 0;
    };
    let rest = rest.strip_prefix('的').unwrap_or(rest);
    clause.len() - rest.len()
}

/// A firm's seats: headquarters, centres, bases, plants.
const FACILITIES: [&str; 4] = ["总部", "中心", "基地", "工厂"];

/// Words of intent or time between a firm and its act (华星光电|计划|投资, …|拟|落户).
const MODALS: [&str; 5] = ["计划", "拟", "将", "已", "正式"];

/// Nouns for a maker or supplier that end a firm's description (…为…制造商).
const MAKERS: [&str; 4] = ["制造商", "厂商", "供应商", "大厂"];

/// The most characters of the clause describing a firm as a maker, from its 为.
const DESCRIPTION_REACH: usize = 40;

/// What a firm does as the subject of its clause: settle, invest (投资, 斥资), move in, sign, announce
/// (宣布), build as the contractor (承建).
const FIRM_ACTS: [&str; 8] = ["落户", "投资", "斥资", "入驻", "进驻", "签约", "宣布", "承建"];

/// 年产 (annual output), found in one pass.
static OUTPUT: LazyLock<WordList> = LazyLock::new(|| WordList::new(["年产"].iter()));

/// Firms named before their annual output (青海西部镁业年产2万吨…, 鼎诚工贸年产10万吨…): the words
/// before 年产, after the park they are printed after, when they name a firm and say which (see
/// `named` and `distinctive`); no place, project or pronoun (该厂, 项目年产), nor a time ending in 后,
/// 前 or 时 (达产后年产值).
fn producers(text: &str, zones: &Near) -> Vec<Candidate> {
    /// The longest firm's name between its park and 年产, in characters.
    const PRODUCER_MAX: usize = 8;
    let mut found = Vec::new();
    for at in OUTPUT.hits(text).into_iter().map(|(span, _)| span.start) {
        let (mut start, _) = prefix(text, at, &REACH);
        // Printed right after its park, the firm is all the words between (大柴旦工业园|青海中天硼锂年产:
        // jieba reads 中天 as a time word).
        let reach = text[..at].char_indices().rev().nth(PRODUCER_MAX).map_or(0, |(i, _)| i);
        if let Some(end) = zones
            .around(reach..at)
            .filter(|z| z.kind == EntityType::Park && z.span.end >= reach && z.span.end < at)
            .map(|z| z.span.end)
            .max()
        {
            let between = &text[end..at];
            let plain = between.chars().all(is_han)
                && !segment::words(between)
                    .iter()
                    .any(|w| STOP_WORDS.contains(w) || GOVERNING_VERBS.contains(w));
            if end > start || plain {
                start = end;
            }
        }
        let head = &text[start..at];
        // A word of time after an act ends a clause of time, not a name (达产后|年产值: after reaching
        // capacity; jieba may read 产后 whole).
        let timed = head.ends_with(['后', '前', '时']);
        if han_count(head) >= 2 && named(head) && distinctive(head) && firm_like(head) && !timed {
            found.push(Candidate::new(start..at, EntityType::Company));
        }
    }
    found
}

/// A firm's name often starts with its region (云南雅酌酒业有限公司): when jieba stopped short inside
/// such a name, move the start back to a place printed just before it.
fn place_before(text: &str, start: usize, limit: usize) -> usize {
    let window = &text[..start];
    for (i, _) in window.char_indices().rev().take(6) {
        let Some((place, len)) = GAZETTEER.longest_at(text, i) else { continue };
        // A place reaching past the start (长洲 over 洲|集团) is no place before it.
        let Some(in_between) = text.get(i + len..start) else { continue };
        // A governing verb between (北京|走访考察|中交建筑集团) governs the name: the place is where the act is.
        if in_between.chars().all(is_han)
            && !GOVERNING_VERBS.iter().any(|v| holds(in_between, v))
            && !segment::tagged(in_between).iter().any(|(w, tag)| STOP_WORDS.contains(w) || function_tag(tag))
            && GAZETTEER.best(place).is_some_and(|f| f.level < Level::County)
            && i + len < limit
        {
            return i;
        }
    }
    start
}

/// The mainland's names as a firm's origin (中国大陆, 中国内地).
const MAINLAND: [&str; 2] = ["中国大陆", "中国内地"];

/// Where a legal name begins when a foreign country opens its words (德国|巴斯夫集团, 美国|联泰公司),
/// also after a verb that reached into them (对外投资|越南|中钢住金公司): the country says where the firm
/// is from, and the name after it is its own when it names a firm (see `named`); else `start`. The
/// home country belongs (中国建筑集团).
fn after_country(text: &str, start: usize, end: usize) -> usize {
    // The mainland named as where a firm is from, in Taiwan's and Malaysia's news (中国大陆|甲乙科技公司).
    if let Some(rest) = MAINLAND.iter().find_map(|m| text[start..end].strip_prefix(m)) {
        if han_count(rest) >= 2 && named(rest) && !opens_with_place(rest) {
            return end - rest.len();
        }
    }
    // Cheap test first: a country's name somewhere in the words.
    let named_country = text[start..end]
        .char_indices()
        .any(|(i, _)| GAZETTEER.longest_at(text, start + i).is_some_and(|(p, _)| country(p)));
    if !named_country {
        return start;
    }
    let mut at = start;
    let mut verb = true;
    for (word, tag) in segment::tagged(&text[start..end]) {
        // A country's name covers one word or more (英属|开曼|群岛), never part of one (美国银行), unless
        // jieba glued it to a brand (德国西门子, 韩国现代, 美国通用): what follows in the word is no trade.
        let len = GAZETTEER
            .longest_at(text, at)
            .filter(|&(p, n)| (n >= word.len() || !trade_word(&word[n..])) && country(p))
            .map_or(0, |(_, n)| n);
        let rest = &text[(at + len).min(end)..end];
        // 国家 after a country is that country's (马来西亚国家石油公司): one name. So is a kind of firm
        // after one (英国石油公司, 韩国|现代汽车: no word says which firm without the country).
        if verb
            && len > 0
            && han_count(rest) >= 2
            && named(rest)
            && distinctive(rest)
            && !opens_with_place(rest)
            && !rest.starts_with("国家")
        {
            return at + len;
        }
        verb = tag.starts_with('v');
        at += word.len();
    }
    start
}

/// Where a legal name begins when a word of its owner opens its words (区属|恒建集团, 市属|国企…): after
/// it, when a name of two characters or more follows that names a firm and says which (see `named`
/// and `distinctive`); else `start`.
fn after_owner(text: &str, start: usize, end: usize) -> usize {
    let Some(owner) = FIRM_OWNERS.iter().find(|w| text[start..end].starts_with(**w)) else { return start };
    let rest = &text[start + owner.len()..end];
    if han_count(rest) >= 2 && named(rest) && distinctive(rest) {
        start + owner.len()
    } else {
        start
    }
}

/// Whether a place is a foreign country: beyond the mainland at the top level, neither China itself
/// nor a province or region of it (台湾省, 香港特别行政区).
pub(super) fn country(place: &str) -> bool {
    GAZETTEER.lookup(place).is_some_and(|forms| {
        forms.iter().any(|f| {
            f.foreign && f.level == Level::Province && f.full != "中国" && !f.full.ends_with(['省', '区'])
        })
    })
}

/// Whether jieba reads `text[start..end]` as one word in its clause (母公司 in 其母公司, not in 电子公司):
/// the few characters before it are segmented with it.
fn category_word_at(text: &str, start: usize, end: usize) -> bool {
    let from = text[..start].char_indices().rev().nth(2).map_or(0, |(i, _)| i);
    segment::words(&text[from..end]).last().is_some_and(|w| *w == &text[start..end])
}

/// A function word's tag (的, 与, 在): a place before one is not part of the name after it (德国的).
fn function_tag(tag: &str) -> bool {
    tag.starts_with(['u', 'p', 'c', 'r'])
}

/// Words saying a firm is another's or a person's, between the owner and the firm (旗下, 下属, 所属, 属下).
const OWNED: [&str; 4] = ["旗下", "下属", "所属", "属下"];

/// Where a legal name begins when a noun saying what the firm is comes before it (园区龙头企业|金石新材料
/// 有限公司, 企业|远航集团, 龙头企业|远景能源集团): after the last such noun, when a name of two characters
/// or more follows it (see `named`); else `start`.
fn after_category_noun(text: &str, start: usize, end: usize) -> usize {
    let mut at = start;
    let mut cut = start;
    for word in segment::words(&text[start..end]) {
        at += word.len();
        let rest = &text[at..end];
        // A bracketed place right after the noun is the name's, and so is the noun (统一企业|(中国)…).
        // A word of ownership (旗下, 下属, 所属) ends the owner's words whatever follows (丹斯里陈志远旗下|
        // 成功集团): no firm's own name holds it.
        if (FIRM_CATEGORY_NOUNS.contains(&word) && named(rest) || OWNED.contains(&word))
            && han_count(rest) >= 2
            && !rest.starts_with(['(', '（'])
        {
            cut = at;
        }
    }
    // A noun of three characters or more says what the firm is however jieba cut it (工业地产发展商|
    // 裕廊集团, read 发展|商).
    for noun in FIRM_CATEGORY_NOUNS.iter().filter(|n| n.chars().count() >= 3) {
        if let Some(i) = text[cut..end].rfind(noun) {
            let after = cut + i + noun.len();
            if han_count(&text[after..end]) >= 2 && named(&text[after..end]) {
                cut = cut.max(after);
            }
        }
    }
    // 龙头|厂|台积电, 面板厂|友达: a 厂 that jieba glued to the name after a kind of firm ends that kind
    // (the maker's 厂), no name opens with it.
    match text[cut..end].strip_prefix('厂') {
        Some(rest) if cut > start && han_count(rest) >= 2 && named(rest) => cut + '厂'.len_utf8(),
        _ => cut,
    }
}

/// The firms of a list of projects or firms ending at `end` (before 等), walking back over 、.
fn listed_firms(text: &str, mut end: usize) -> Vec<Candidate> {
    let mut found = Vec::new();
    loop {
        let start = list_item_start(text, end, false);
        if start == end {
            // An item whose words name nothing (航天特种机械制造, read with a verb) is passed over to
            // the items before it.
            match previous_delimiter(text, end) {
                Some(at) => {
                    end = at;
                    continue;
                }
                None => break,
            }
        }
        let firm = firm_of_project(text, start..end);
        // A project naming no firm whose words stopped short of its 、 (水资源…|产业园、) is passed over too.
        let passed = firm.is_none().then(|| previous_delimiter(text, end)).flatten();
        found.extend(firm.map(|span| Candidate::new(span, EntityType::Company)));
        match text[..start].strip_suffix('、').map(str::len).or(passed) {
            Some(before) => end = before,
            None => break,
        }
    }
    found
}

/// Where the 、 before a list item ending at `end` is, when the item is all Han characters, letters
/// and digits of at most [`LIST_ITEM_MAX`] characters.
fn previous_delimiter(text: &str, end: usize) -> Option<usize> {
    for (i, c) in text[..end].char_indices().rev().take(LIST_ITEM_MAX + 1) {
        if c == '、' {
            return Some(i);
        }
        if !(is_han(c) || c.is_ascii_alphanumeric()) {
            return None;
        }
    }
    None
}

/// The firm a listed project is named after: 高仙机器人二期 → 高仙机器人, 资阳方特文旅 → 方特; `None`
/// for a project that is no firm (烟厂技改, 警训基地).
fn firm_of_project(text: &str, span: Span) -> Option<Span> {
    let item = &text[span.clone()];
    if PROJECT_WORDS.iter().any(|w| holds(item, w)) || GAZETTEER.lookup(item).is_some() || park_named(item) {
        return None;
    }
    // A firm's name has a proper noun in it besides its trade and sector words, which jieba may cut
    // into unknown pieces (锂|电新|材料); 商业配套, 人才社区, 光伏储能, 锂电新材料 are common nouns.
    let mut pieces = Vec::new();
    let mut at = 0;
    for (sector, _) in SECTOR_WORDS.hits(item) {
        pieces.push(&item[at..sector.start]);
        at = sector.end;
    }
    pieces.push(&item[at..]);
    let proper = pieces.into_iter().flat_map(naming_words).any(|(w, tag)| {
        !segment::in_dictionary(w) || tag == "x" || segment::proper_tag(tag) || GAZETTEER.lookup(w).is_some()
    });
    if !proper {
        return None;
    }
    let (mut start, mut end) = (span.start, span.end);
    let mut stripped = false;
    while let Some(tail) = PROJECT_TAILS.iter().find(|t| text[start..end].ends_with(**t)) {
        end -= tail.len();
        stripped = true;
    }
    // A place before a firm and its sector is where the project is (资阳 in 资阳方特文旅).
    if stripped {
        if let Some((place, len)) = GAZETTEER.longest_at(text, start) {
            if GAZETTEER.lookup(place).is_some() && end - start > len {
                start += len;
            }
        }
    }
    (han_count(&text[start..end]) >= 2).then_some(start..end)
}

/// The trade and sector words of two characters or more (`industry-words.txt`, `firm-descriptors.txt`),
/// found in one pass.
static SECTOR_WORDS: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(INDUSTRY_WORDS.iter().chain(FIRM_DESCRIPTORS.iter()).filter(|w| w.chars().count() > 1))
});

/// A firm jieba does not know printed between its park and its project's figures (格尔木工业园|宏储源
/// |100MW光伏储能): two to four Han characters, one unknown word and no place, then a digit; its length.
fn figured_name_at(text: &str, zone: &Candidate) -> Option<usize> {
    if zone.kind != EntityType::Park {
        return None;
    }
    let rest = &text[zone.span.end..];
    // Cheap test first: a digit after a few Han characters.
    let (len, next) = rest.char_indices().find(|(_, c)| !is_han(*c))?;
    // Two characters jieba does not know are as often a verb (园区|注资|100亿) as a firm: three or four.
    if !next.is_ascii_digit() || !(3..=4).contains(&han_count(&rest[..len])) {
        return None;
    }
    let name = &rest[..len];
    let words = segment::tagged(name);
    let unknown = words.len() == 1 && words[0].1 == "x";
    (unknown && GAZETTEER.lookup(name).is_none()).then_some(len)
}

/// A short firm name (two characters and a trade ending) at the start of `rest`.
fn short_name_at(rest: &str) -> Option<usize> {
    let head: String = rest.chars().take(2).collect();
    if head.chars().count() < 2 || !head.chars().all(is_han) {
        return None;
    }
    // 经开区|重点科技企业: a head the dictionary knows as a common or descriptive word names no firm.
    let common = segment::tagged(&head).first().is_some_and(|&(w, tag)| {
        w == head
            && (FIRM_DESCRIPTORS.contains(&w)
                || GENERIC_WORDS.contains(&w)
                || !tag.starts_with(['n', 'x', 'j'])
                || tag == "n")
    });
    if common {
        return None;
    }
    let tail = &rest[head.len()..];
    // 未来科技城 after 成都东部新区 is a park of its own, not the firm 未来科技.
    if PARK_SUFFIXES.iter().any(|s| tail.starts_with(s)) {
        return None;
    }
    COMPANY_SHORT_ENDINGS.iter().find(|e| tail.starts_with(**e)).map(|e| head.len() + e.len())
}

/// A firm printed with a place before its name (上海高仙机器人 once 高仙机器人 is known); a foreign
/// country before it says where the firm is from (德国|巴斯夫集团). `mentions`: where the firms found
/// are printed (each name with its spans, as [`occurrences`](crate::text::words::occurrences) finds
/// them).
pub(super) fn with_place_prefix<'t>(
    text: &str,
    mentions: impl Iterator<Item = (&'t str, Span)>,
) -> Vec<Candidate> {
    let mut found = Vec::new();
    // Only fuller names: a place before a two-character name is more often where its project is.
    let fuller = |name: &str| name.chars().count() >= 4 && name.chars().next().is_some_and(is_han);
    for (_, span) in mentions.filter(|(name, _)| fuller(name)) {
        let before = &text[..span.start];
        let place = before
            .char_indices()
            .rev()
            .take(4)
            .map(|(i, _)| i)
            .find(|&i| GAZETTEER.best(&before[i..]).is_some_and(|f| f.is_full || f.stem == &before[i..]))
            // A place's name that is also a noun of what a firm is (大厂, a county) is that noun.
            .filter(|&i| !country(&before[i..]) && !FIRM_CATEGORY_NOUNS.contains(&&before[i..]));
        if let Some(i) = place {
            found.push(Candidate::new(i..span.end, EntityType::Company));
        }
    }
    found
}

/// The short names the firms' legal names give, each once, to be found wherever they are printed
/// (every mention is the firm's): the name declared after one with 简称 (宁德时代新能源科技股份有限公司
/// (简称“宁德时代”)), and its proper head, the name without its place, trade and business words and
/// legal suffix (四川弗罗蒂新材料股份有限公司 → 弗罗蒂), when that is a word jieba does not know (时代, 兴城
/// are no firm's name alone).
pub(super) fn short_names<'t>(text: &'t str, chosen: &[Candidate]) -> Vec<&'t str> {
    let mut names: Vec<&str> = Vec::new();
    let mut firms: Vec<&str> = Vec::new();
    for c in chosen.iter().filter(|c| c.kind == EntityType::Company) {
        if let Some(alias) = declared_short_name(text, c.span.end) {
            names.push(&text[alias]);
        }
        firms.push(&text[c.span.clone()]);
        names.extend(before_bracketed_place(&text[c.span.clone()]));
    }
    // The stable sort of strings: one copy in the module (see `text::order`).
    firms.sort();
    firms.dedup();
    names.extend(firms.into_iter().filter_map(proper_head));
    names.sort();
    names.dedup();
    names
}

/// The most characters of a firm's name before the bracketed place in its legal name.
const BRACKETED_HEAD_MAX: usize = 8;

/// The firm's own name before a bracketed place in its legal name (协鑫智慧能源(苏州)有限公司 →
/// 协鑫智慧能源, 新石器慧通(北京)科技有限公司 → 新石器慧通): the words before the bracket, two to eight
/// Han characters that name a firm and say which (see `named` and `distinctive`), no place.
fn before_bracketed_place(name: &str) -> Option<&str> {
    let open = name.find(['(', '（'])?;
    let head = &name[..open];
    let fits = (2..=BRACKETED_HEAD_MAX).contains(&head.chars().count()) && head.chars().all(is_han);
    (fits
        && bracketed_place(&name[open..])
        && GAZETTEER.lookup(head).is_none()
        && named(head)
        && distinctive(head))
    .then_some(head)
}

/// Whether the first bracket in `name` holds a place (…(苏州)有限公司).
fn bracketed_place(name: &str) -> bool {
    let Some(open) = name.find(['(', '（']) else { return false };
    let inside = name[open..].trim_start_matches(['(', '（']);
    inside.find([')', '）']).is_some_and(|close| GAZETTEER.lookup(&inside[..close]).is_some())
}

/// `span` with the trade word printed right after it, if any (联亚|科技, 赛默飞世尔|科技); `industries`
/// are the trade words' hits.
pub(super) fn with_trade(span: &Span, industries: &[Hit]) -> Span {
    let at = industries.partition_point(|(t, _)| t.start < span.end);
    let end = industries.get(at).filter(|(t, _)| t.start == span.end).map_or(span.end, |(t, _)| t.end);
    span.start..end
}

/// A short name's mention with the bare 集团 or 公司 printed right after it (精工|集团 for 浙江精工能源科技
/// 集团有限公司), or a legal suffix after its trade word (宏碁股份|有限公司), and the numbered unit
/// between (see [`NUMBERED_UNIT`]): the firm's name as printed there. Only the Han legal suffixes, not
/// every one of [`COMPANY_SUFFIXES`]: a hotel's word after a short name names another firm (精工|酒店).
pub(super) fn with_bare_suffix(text: &str, span: Span) -> Span {
    let end = span.end + NUMBERED_UNIT.find(&text[span.end..]).map_or(0, |m| m.end());
    let suffix = FULL_LEGAL_SUFFIXES.into_iter().chain(["集团", "公司"]).find(|s| text[end..].starts_with(s));
    span.start..end + suffix.map_or(0, str::len)
}

/// A body's name with a firm's Latin legal name in brackets right after it (杨忠礼机构（YTL Corporation
/// Berhad）: Malaysia's 机构 names a group) is a firm's, a country before it where the firm is from; not
/// where the Latin name is a body's (经济发展局(EDB), …机构（… Development CORPORATION）: no firm's form).
pub(super) fn formed_as_firm(text: &str, o: Candidate) -> Candidate {
    let Some(latin) = LATIN_IN_BRACKETS.captures(&text[o.span.end..]).and_then(|c| c.get(1)) else {
        return o;
    };
    let end = o.span.end + latin.end();
    let firm_only = || FIRM_ONLY_FORMS.iter().any(|f| text[..end].trim_end_matches(' ').ends_with(f));
    if o.kind != EntityType::Organization || !firm_only() || latin_legal_name_at(text, end).is_none() {
        return o;
    }
    // The country is cut off only where the words after it name a firm (马来西亚|岳忠机构); a kind of
    // body after it keeps it (马来西亚证券交易所（Bursa Malaysia Berhad）, not 证券交易所).
    let names_firm = |at: usize| distinctive(&text[at..o.span.end]) && !common_noun(&text[at..o.span.end]);
    let start = Some(after_country(text, o.span.start, o.span.end))
        .filter(|&at| names_firm(at))
        .unwrap_or(o.span.start);
    Candidate::new(start..o.span.end, EntityType::Company)
}

/// Whether a body's words are dictionary words only, no name or place among them (证券交易所, 交易所; not
/// 岳忠|机构): a kind of body.
fn common_noun(words: &str) -> bool {
    segment::tagged(words).iter().all(|&(w, tag)| {
        segment::in_dictionary(w) && !["nr", "ns"].contains(&tag) && GAZETTEER.lookup(w).is_none()
    })
}

/// The Latin legal forms only a firm takes (Berhad, Sdn Bhd, Ltd, Limited, Inc, LLC, GmbH, PLC): not
/// CORPORATION, which statutory bodies share (…Development CORPORATION).
const FIRM_ONLY_FORMS: [&str; 12] =
    ["Bhd", "Berhad", "Ltd", "LTD", "LTD.", "Limited", "LIMITED", "Inc", "INC.", "LLC", "GmbH", "PLC"];

/// Prepositions after which a 和 joins nothing: it opens the name after it (与|和邦生物…).
const JOINING_NOTHING: [&str; 4] = ["与", "由", "同", "向"];

/// Where a name beginning at `start` begins when a 和 right before it can join nothing and so is its
/// first character (包括|和辉光电股份有限公司, 签约企业：|和胜…, 与|和邦…): after a firm cue (包括, 引进),
/// a preposition, a colon or 、, or at the text's start; not after a noun (政府|和|华信有限公司), nor a comma,
/// after which 和 is the preposition "with" (同时，|和|华信集团有限公司签订).
fn opening_conjunction(text: &str, start: usize) -> usize {
    // A cue that governs (包括, 引进) leaves 和 nothing to join; after a noun (公司, 企业) it joins
    // two items (…有限公司|和|苏州…有限公司).
    let cue_verb = |c: &str| segment::tagged(c).first().is_some_and(|&(_, tag)| tag.starts_with('v'));
    let Some(before) = text[..start].strip_suffix('和') else { return start };
    let opens = before.is_empty()
        || before.ends_with(['：', ':', '、', '\n'])
        || FIRM_CUES.iter().any(|c| c.chars().count() > 1 && before.ends_with(*c) && cue_verb(c))
        || JOINING_NOTHING.iter().any(|p| before.ends_with(*p));
    if opens {
        start - '和'.len_utf8()
    } else {
        start
    }
}

/// The words naming a firm's or a body's local branch after its name and the branch's place (兴业银行
/// 福州|分行, 中国科学院大连化学物理研究所宁波|分所).
const BRANCH_WORDS: [&str; 5] = ["分公司", "分行", "支行", "分院", "分所"];

/// The branches named after the firms and bodies found (兴业银行福州分行, …研究所宁波分所): a place
/// right after the name and a branch word are part of it, as 中国电信宁夏分公司 is one name; a place
/// alone after it is none (兴业银行|福州|市场).
pub(super) fn branches(text: &str, found: &[Candidate]) -> Vec<Candidate> {
    found
        .iter()
        .filter_map(|c| {
            let (_, len) = GAZETTEER.longest_at(text, c.span.end)?;
            let at = c.span.end + len;
            let word = BRANCH_WORDS.iter().find(|w| text[at..].starts_with(**w))?;
            Some(Candidate::new(c.span.start..at + word.len(), c.kind))
        })
        .collect()
}

/// A state builder's numbered bureau after its short name, with its numbered company or the registered
/// name of one (中建|三局一公司, 中铁|十一局集团第三工程有限公司, 中交|一公局): a unit is part of the firm's
/// name, as a branch is (分公司). Not a numeral alone (中建|三个项目) nor a round of a match (三局两胜 has
/// no short name before it).
static NUMBERED_UNIT: LazyLock<regex::Regex> = LazyLock::new(|| {
    pattern::compile(
        r"^[一二三四五六七八九十]{1,3}[公航]?局(?:集团)?(?:第?[一二三四五六七八九十]{1,3}(?:分?公司|\p{Han}{0,8}?有限(?:责任)?公司))?",
    )
});

/// The longest short name declared with 简称, in characters.
const SHORT_NAME_MAX: usize = 8;

/// The short name declared right after a firm's name ending at `end`: (以下)简称(为)(：)(“)X(”), X of two
/// to eight characters.
fn declared_short_name(text: &str, end: usize) -> Option<Span> {
    let mut rest = &text[end..];
    rest = rest.strip_prefix(['(', '（']).unwrap_or(rest);
    rest = rest.strip_prefix("以下").unwrap_or(rest);
    rest = rest.strip_prefix("简称")?;
    rest = rest.strip_prefix('为').unwrap_or(rest);
    rest = rest.strip_prefix(['：', ':']).unwrap_or(rest);
    let quoted = rest.starts_with(['“', '"', '「']);
    rest = rest.strip_prefix(['“', '"', '「']).unwrap_or(rest);
    let name: String = rest.chars().take_while(|c| is_han(*c) || c.is_ascii_alphanumeric()).collect();
    let closed = rest[name.len()..].starts_with(['”', '"', '」']);
    let start = text.len() - rest.len();
    ((2..=SHORT_NAME_MAX).contains(&name.chars().count()) && (closed || !quoted))
        .then_some(start..start + name.len())
}

/// The most characters of a short name made of a firm's place and a common noun (宁德时代).
const PLACED_HEAD_MAX: usize = 5;

/// A legal name's proper head (四川弗罗蒂新材料股份有限公司 → 弗罗蒂): its legal suffixes, the place
/// opening it and the trade and business words ending it taken off; two to four Han characters that
/// are no dictionary word, place, generic word or descriptor. A branch (宁夏分公司) has none, nor has a
/// name that is only its head and 公司 (甘眉公司); a group's has (日月光集团 → 日月光), and so has a name
/// with a registered company's suffix (华通有限公司 → 华通), whose head may be a Latin word
/// (Towerpak私人有限公司).
/// A head the dictionary knows as a noun keeps the place before it, the two a name together
/// (宁德时代新能源科技股份有限公司 → 宁德时代; not 时代 alone, nor 海南发展: 发展 is a verb).
fn proper_head(name: &str) -> Option<&str> {
    let mut end = name.len();
    while let Some(suffix) = COMPANY_SUFFIXES
        .iter()
        .filter(|s| name[..end].ends_with(**s) && end > s.len())
        .max_by_key(|s| s.len())
    {
        end -= suffix.len();
    }
    if end == name.len() || name[..end].ends_with('分') {
        return None;
    }
    let full = FULL_LEGAL_SUFFIXES.iter().any(|s| name.ends_with(s));
    if full && latin_head(&name[..end]) {
        return Some(&name[..end]);
    }
    let bare = end;
    let start = GAZETTEER.longest_at(&name[..end], 0).map_or(0, |(_, len)| len);
    while let Some(w) = INDUSTRY_WORDS
        .iter()
        .chain(BUSINESS_WORDS.iter())
        .filter(|w| name[start..end].ends_with(**w) && end - start > w.len())
        .max_by_key(|w| w.len())
    {
        end -= w.len();
    }
    let head = &name[start..end];
    // Only a full name gives a short one: a bare head and 公司 (甘眉公司) is printed short already,
    // while a group's head is its name alone too (日月光集团 → 日月光).
    let group = name.ends_with("集团");
    let fits = (end < bare || start > 0 || group || full)
        && head.chars().all(is_han)
        && (2..=4).contains(&head.chars().count())
        && GAZETTEER.lookup(head).is_none()
        && !GENERIC_WORDS.contains(&head)
        && !FIRM_DESCRIPTORS.contains(&head);
    if !fits {
        return None;
    }
    if !segment::in_dictionary(head) {
        return Some(head);
    }
    let noun = segment::tagged(head)
        .first()
        .is_some_and(|&(w, tag)| w == head && tag.starts_with('n') && tag != "ns");
    (start > 0 && noun && name[..end].chars().count() <= PLACED_HEAD_MAX).then_some(&name[..end])
}

/// Whether `head` is a firm's Latin name before its legal suffix (Towerpak私人有限公司): a capitalised
/// word of three characters or more.
fn latin_head(head: &str) -> bool {
    head.len() >= 3
        && head.starts_with(|c: char| c.is_ascii_uppercase())
        && head.chars().all(|c| c.is_ascii_alphanumeric() || c == '&' || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn firms(text: &str) -> Vec<&str> {
        find(text, &[], &crate::entities::Hits::of(text)).iter().map(|c| &text[c.span.clone()]).collect()
    }

    #[test]
    fn project_lists_name_firms() {
        assert_eq!(firms("确保高仙机器人二期等27个项目如期开工"), vec!["高仙机器人"]);
        assert_eq!(
            firms("其中晶康高技术生物制药、烟厂技改、华夏钢构等项目已建成"),
            vec!["华夏钢构", "晶康高技术生物制药"]
        );
        assert_eq!(firms("资阳方特文旅等59个项目加快建设"), vec!["方特"]);
        assert!(firms("警训基地等28个项目竣工投用").is_empty());
    }
}
