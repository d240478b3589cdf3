//! Where a name begins: given the byte where a suffix (工业园区, 有限公司, 论坛 …) starts, walk back over
//! the words before it while they look like parts of a name (places, nouns, unknown words) and stop at
//! a verb, preposition, conjunction, pronoun, numeral, 的 or punctuation. jieba's tags are the hints.

use super::lexicon::{
    COMMITTEES, COMPANY_SUFFIXES, COUNTRY_ABBREVIATIONS, COUNT_NUMERALS, DETERMINERS, GENERIC_WORDS,
    GOVERNING_VERBS, INDUSTRY_WORDS, NAMED_BODIES, NAME_PARTS, NATIONAL_PREFIXES, ORDINAL_MARKS,
    ORDINAL_NUMERALS, ORG_SUFFIXES, PARK_SUFFIXES, QUANTITY_CLASSIFIERS, REGION_WORDS, STOP_WORDS, TITLES,
};
use crate::text::chars::{among, holds};
use crate::text::chars::{is_han, is_surname, CharSet};
use crate::text::gazetteer::GAZETTEER;
use crate::text::segment;
use crate::text::words::WordList;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// How far back a name may reach, and what it may contain.
#[derive(Debug, Clone, Copy)]
pub(super) struct Reach {
    /// At most this many characters before the suffix.
    pub max_chars: usize,
    /// Ordinals and numbers may be part of the name (第十届西博会, 市委五届六次全会).
    pub ordinals: bool,
    /// Brackets may be part of the name (维先农业(科技)云南有限公司).
    pub brackets: bool,
    /// Quoted words may be part of the name (市“园区提质”领导小组办公室).
    pub quotes: bool,
    /// Verbal nouns may be part of the name (园区高质量发展大会, 区域合作项目推介会).
    pub verbal_nouns: bool,
    /// Whether a word tagged as a verb ends the name.
    pub verbs: Verbs,
    /// Region words may be part of the name (第二届成渝地区双城经济圈产业合作大会); else they end it, as
    /// a place ends a park's name (成都都市圈 before 景城…新城).
    pub regions: bool,
}

/// What a word tagged as a verb does to a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Verbs {
    /// It ends the name (events: 举办 in 协会举办年会).
    End,
    /// It ends the name unless the name reaches back to a place through it (绵阳市京东方新型显示产业园:
    /// jieba reads 显示 as a verb).
    EndUnlessPlace,
    /// It may be part of the name (牙谷公共研发孵化中心); only governing verbs and function words end it.
    Continue,
}

/// The governing verbs, found in one pass.
static GOVERNING: LazyLock<WordList> = LazyLock::new(|| WordList::new(GOVERNING_VERBS.iter()));

/// Words that end a name's reach whatever their tag.
static ENDING: LazyLock<FxHashSet<&str>> = LazyLock::new(|| STOP_WORDS.iter().copied().collect());

/// Words that belong to a name whatever their tag: the name parts and the park suffixes.
static BELONGING: LazyLock<FxHashSet<&str>> =
    LazyLock::new(|| NAME_PARTS.iter().chain(PARK_SUFFIXES.iter()).copied().collect());

/// Characters of the time words that name a time (今年, 近期, 春节, 周末): those end a name.
static TIME_CHARS: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new("年月日天时期间前后今昨明去本近初末现当早晚夜春夏秋冬节周季旬代".chars()));

/// The seasons and quarters that name one edition of a series of events (春季广交会, 冬季交易会,
/// 2025年…一季度重大项目集中开工活动; 第三|季度).
const SEASONS: [&str; 9] = ["春季", "夏季", "秋季", "冬季", "一季度", "二季度", "三季度", "四季度", "季度"];

/// Characters that may join the parts of a name (磨憨—磨丁合作区, 成都-凉山工业园区, 中国•东盟…论坛: the
/// middle dot in its printed variants; the box-drawing line some pages print for the dash: 马来西亚─中国…).
pub(super) const JOINERS: &[char] = &['—', '─', '-', '－', '·', '•', '・'];

/// The double dash that sets off an apposition.
pub(super) const APPOSITION: &str = "——";

/// The joiners, brackets and quotes: a word of these alone belongs to the name it stands in.
static JOINERS_AND_MARKS: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new(JOINERS.iter().copied().chain("()（）“”".chars())));

fn name_char(c: char, reach: &Reach) -> bool {
    is_han(c)
        || c.is_ascii_alphanumeric()
        || JOINERS.contains(&c)
        || (reach.brackets && matches!(c, '(' | ')' | '（' | '）'))
        || (reach.quotes && matches!(c, '“' | '”'))
}

/// Where `run` goes on after its last closing bracket that no bracket in it opens (0 when none).
pub(super) fn unopened_close(run: &str) -> usize {
    let mut depth = 0usize;
    let mut cut = 0;
    for (i, c) in run.char_indices() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' if depth == 0 => cut = i + c.len_utf8(),
            ')' | '）' => depth -= 1,
            _ => {}
        }
    }
    cut
}

/// The longest bracketed part a name may hold where brackets are no part of names: a place (中国(凉山)
/// 国际农产品加工产业园), a chain of places (韶关新丰(广州白云)…) or the rest of a place whose first
/// characters precede it (甘(孜)眉(山)工业园区).
const BRACKETED_PLACE: usize = 6;

/// Where the opening bracket is, when a closing one at byte `close` ends a bracketed place.
fn place_in_brackets(text: &str, close: usize) -> Option<usize> {
    let closing = text[close..].chars().next()?;
    let opening = match closing {
        ')' => '(',
        '）' => '（',
        _ => return None,
    };
    let open = text[..close].rfind(opening)?;
    let inner = &text[open + opening.len_utf8()..close];
    if inner.is_empty() || inner.chars().count() > BRACKETED_PLACE || !inner.chars().all(is_han) {
        return None;
    }
    let completes = |n: usize| {
        let from = text[..open].char_indices().rev().nth(n - 1).map(|(j, _)| j)?;
        let head = &text[from..open];
        head.chars().all(is_han).then(|| format!("{head}{inner}"))
    };
    // A chain of places in brackets is a place too (广州白云: a city and its district).
    let chain = || {
        let mut at = 0;
        while let Some((_, len)) = GAZETTEER.longest_at(inner, at) {
            at += len;
        }
        at == inner.len()
    };
    // A park's own part (松山湖(生态园)高新区) and a partner's country abbreviated (中瑞(欧)工业园) are
    // its name's too.
    let park_part = inner.chars().count() > 2 && inner.ends_with(['园', '園']);
    let country = inner.chars().all(|c| COUNTRY_ABBREVIATIONS.contains(c));
    let place = GAZETTEER.lookup(inner).is_some()
        || park_part
        || country
        || chain()
        || (1..=2).filter_map(completes).any(|whole| GAZETTEER.lookup(&whole).is_some());
    place.then_some(open)
}

/// Whether a count and one of `classifiers` come right before `at` (58个|家族办公室, 三场|平行论坛):
/// what follows is a kind of body or event, no name.
pub(super) fn counted(text: &str, at: usize, classifiers: &str) -> bool {
    let mut before = text[..at].chars().rev();
    before.next().is_some_and(|c| classifiers.contains(c))
        && before.next().is_some_and(|c| c.is_ascii_digit() || COUNT_NUMERALS.contains(c))
}

/// A word of capital letters only (VR, AI, ICT): an acronym.
fn acronym(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Numerals and ordinal marks (第十届, 五届六次, 二期): an ordinal or a session number.
pub(super) fn ordinal(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_digit() || ORDINAL_NUMERALS.contains(c) || ORDINAL_MARKS.contains(c))
}

/// A numeral with a unit word (两市, 两级): a quantity, not part of a name.
fn quantity(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(n), Some(u), None)
        if among("一二两三四五六七八九十", n) && QUANTITY_CLASSIFIERS.contains(u))
}

/// One-character verbs that govern the name after them wherever jieba reads them alone (获|财政部补助,
/// 促|特区政府, 武汉设|办事处, 赴|园区, 16日邀|国发会, 请|财政部, 含|金鸡湖科技园区); they open no name.
const LONE_VERBS: [&str; 11] = ["获", "獲", "设", "設", "促", "赴", "派", "讓", "邀", "请", "含"];

/// Whether a generic verb makes a noun with the generic noun or the trade before it (科技|创新 in
/// 成都科技创新合作区, 产业|发展, 智能|制造, 装备|制造): no clause's verb then, but the name's words; not
/// after a place (新加坡|合作|发展…), nor after an abbreviation (中小企业|创新|产业园 is a kind of park).
fn generic_compound(word: &str, tag: &str, before: Option<(&str, &str)>) -> bool {
    tag.starts_with('v')
        && GENERIC_WORDS.contains(&word)
        && before.is_some_and(|(w, t)| {
            t.starts_with('n') && t != "ns" && (GENERIC_WORDS.contains(&w) || INDUSTRY_WORDS.contains(&w))
        })
}

/// Whether a word ends the name; `verbs`: whether a verb does; `after`: the word after it, already
/// in the name.
fn stops(word: &str, tag: &str, reach: &Reach, verbs: bool, after: Option<&str>) -> bool {
    if ENDING.contains(word)
        || (!reach.regions && REGION_WORDS.contains(&word))
        || word.starts_with('最')
        || (quantity(word) && !reach.ordinals)
    {
        return true;
    }
    // Places and the domain's name parts belong whatever jieba tags them (攀枝花 as an idiom, 高新 as
    // an adverb, 自贸区 as a phrase).
    if BELONGING.contains(word) || GAZETTEER.lookup(word).is_some() {
        return false;
    }
    // 第十届, 五届六次; the 年 of a year (2023年…洽谈大会: the year before it is an ordinal too); a
    // season of a series (2024年秋季…交易会).
    // A fixed phrase (丝绸之路, 一带一路) names an event's theme; a festival's word, which jieba tags as a
    // time (开洋|节), is the first of two events joined by 暨 (第八届郑和开洋节暨…交易会).
    let festival = tag == "t" && word.ends_with('节');
    if reach.ordinals && (ordinal(word) || word == "年" || SEASONS.contains(&word) || tag == "l" || festival)
    {
        return false;
    }
    if word.chars().all(|c| JOINERS_AND_MARKS.contains(c)) {
        return false;
    }
    // 驻 before the place where a body is stationed is part of its name (山西省驻广州办事处, 驻华贸易代表处).
    if stationed(word, after) {
        return false;
    }
    // jieba often reads a lone character of an unknown name as a verb (磨 in 磨憨), but not one
    // before a place (获|澳门政府: the verb governs the name).
    if word.chars().count() == 1 && tag.starts_with('v') {
        return after.is_some_and(|w| GAZETTEER.lookup(w).is_some()) || LONE_VERBS.contains(&word);
    }
    match tag.chars().next() {
        Some('v') => verbs && !(reach.verbal_nouns && tag == "vn"),
        // A fixed phrase (对外贸易) is read like a verb: a name reaches through it only to a place
        // (中华民国对外贸易发展协会).
        Some('l') if word.chars().all(is_han) => verbs,
        // A time word that names no time (未来 in 未来科技城) is read like a verb.
        Some('t') if !word.chars().any(|c| c.is_ascii_digit() || TIME_CHARS.contains(c)) => verbs,
        // A code of letters and digits is a name's part (捷运A7站产业专区).
        // So is an event's acronym of capitals (国际VR产业博览会, 中国AI产业大会), never its first word
        // (see `prefix`).
        Some('e') if tag == "eng" => {
            let code =
                word.chars().any(|c| c.is_ascii_digit()) && word.chars().any(|c| c.is_ascii_uppercase());
            !(code || (reach.ordinals && acronym(word)))
        }
        Some('p' | 'c' | 'u' | 'r' | 'd' | 'm' | 'q' | 'y' | 'e' | 'o' | 't' | 'x' | 'w' | 'i' | 'l') => {
            !word.chars().all(is_han) || tag != "x"
        }
        _ => tag == "ad",
    }
}

/// Whether a word is the 驻 of a body stationed somewhere: 驻 before a place (驻|广州), or 驻 glued to
/// a one-character short form of a province or a country (驻沪, 驻华), alone or before the next word.
fn stationed(word: &str, after: Option<&str>) -> bool {
    let Some(rest) = word.strip_prefix('驻') else { return false };
    let short = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(|c| GAZETTEER.abbreviation(c).is_some() || COUNTRY_ABBREVIATIONS.contains(c))
            && chars.next().is_none()
    };
    match rest {
        "" => after.is_some_and(|w| {
            GAZETTEER.lookup(w).is_some() || short(&w[..w.chars().next().map_or(0, char::len_utf8)])
        }),
        rest => short(rest),
    }
}

/// Where the name begins inside an unknown word that jieba glued a function word to (由致茂 in
/// 结果由致茂电子, 将产 in 将产专区, 个省 in 96个省产业园, 日讯据 in 日讯据甘肃日报, 首张 in 首张海南自由贸易港):
/// after its last character when that is a stop word, or a classifier after a numeral or determiner
/// (首张), after its first when that is a stop word or a quantity's classifier (not 台 in 台积电); `None`
/// when nothing is glued.
fn glued_function_word(word: &str, tag: &str, before: Option<(&str, &str)>) -> Option<usize> {
    if glued_date_unit(word, before) {
        return Some(word.len());
    }
    if tag != "x" || word.chars().count() < 2 || !word.chars().all(is_han) {
        return None;
    }
    let ending = |c: char| {
        let mut buf = [0u8; 4];
        ENDING.contains(&*c.encode_utf8(&mut buf))
    };
    let classifier = |c: char| segment::char_tag(c) == "q";
    // A numeral or a determiner makes a classifier after it a quantity's (首张, 两座, 每个).
    let quantifier = |c: char| COUNT_NUMERALS.contains(c) || DETERMINERS.contains(c);
    let (first, last) = (word.chars().next()?, word.chars().next_back()?);
    // A classifier closing the word is glued only after a numeral or a determiner (首张, 每个): names
    // end in classifier characters too (林口, 鸿钧). One opening it is glued only when it is one of a
    // quantity's after a numeral (96|个省, 9|处新园区, whatever jieba tags the classifier); others open
    // many names (台 in 台积电, 家 in 时尚|家品|家纺展).
    let numeral =
        before.is_some_and(|(w, t)| t == "m" || w.chars().all(|c| c.is_ascii_digit() || quantifier(c)));
    let quantity = QUANTITY_CLASSIFIERS.contains(first) && numeral;
    if ending(last) || (classifier(last) && quantifier(first)) {
        Some(word.len())
    } else if ending(first) || quantity {
        Some(first.len_utf8())
    } else {
        None
    }
}

/// The units of a day or a month printed after a numeral (4月, 16日).
const DATE_UNITS: [char; 3] = ['月', '日', '号'];

/// Whether a two-character word is a date's unit after a numeral glued to the next character, a
/// function word or a verb (4|月经|国务院: jieba reads 月经; 16|日邀): the date ends the name and none
/// of the word belongs (not 月光, 日本 after a word, nor a name's 年: 2023|年会 is an event's).
fn glued_date_unit(word: &str, before: Option<(&str, &str)>) -> bool {
    let mut chars = word.chars();
    let (Some(unit), Some(next), None) = (chars.next(), chars.next(), chars.next()) else { return false };
    let numeral =
        before.is_some_and(|(w, _)| w.chars().all(|c| c.is_ascii_digit() || ORDINAL_NUMERALS.contains(c)));
    let function = || matches!(segment::char_tag(next).chars().next(), Some('p' | 'v' | 'c' | 'd' | 'u'));
    numeral && DATE_UNITS.contains(&unit) && (ENDING.contains(&word[unit.len_utf8()..]) || function())
}

/// The words of a clause (jieba's, with tags) that belong to the name ending it, walking back: those
/// when a verb does not end the name, and how many of them (the last ones) belong when a verb does.
fn walk<'a>(tagged: &[(&'a str, &str)], reach: &Reach) -> (Vec<&'a str>, usize) {
    let mut words = Vec::new();
    // Where the walk that a verb ends stopped: a word that ends it where verbs do not is one that
    // ends it where they do.
    let mut through_verbs = None;
    // Walking backwards, a closing quote opens a quoted slogan, which belongs whatever its words.
    let mut quoted = false;
    // A bracketed place (the only brackets `prefix` lets in where names hold none) belongs too.
    let mut bracketed = false;
    // The tag of the word after the current one (the last one taken).
    let mut after_tag = "";
    for (i, &(word, tag)) in tagged.iter().enumerate().rev() {
        let before = i.checked_sub(1).map(|j| tagged[j]);
        match word {
            "”" => quoted = reach.quotes,
            "“" => quoted = false,
            ")" | "）" => bracketed = !reach.brackets,
            "(" | "（" => bracketed = false,
            _ if quoted || bracketed => {}
            // 省长|尹力率|四川省党政代表团: a title before an unknown word of three characters or more
            // opening with a surname is an official's with a person's name (and what jieba glued to
            // it): neither belongs to a body's name.
            _ if TITLES.contains(&word) && named_after_title(words.last().copied(), after_tag) => {
                words.pop();
                break;
            }
            _ if generic_compound(word, tag, before) => {}
            _ => {
                let after = words.last().copied();
                if through_verbs.is_none() && stops(word, tag, reach, true, after) {
                    through_verbs = Some(words.len());
                }
                if through_verbs.is_some() && stops(word, tag, reach, false, after) {
                    break;
                }
            }
        }
        after_tag = tag;
        if let Some(cut) = glued_function_word(word, tag, before).filter(|_| !quoted && !bracketed) {
            if cut < word.len() {
                words.push(&word[cut..]);
            }
            break;
        }
        words.push(word);
    }
    let strict = through_verbs.unwrap_or(words.len());
    (words, strict)
}

/// Whether a word after a title (`word`, tagged `tag`) is a person's name as jieba reads one it does
/// not know, perhaps with the next character glued to it (尹力率): unknown, three characters or more,
/// opening with a surname.
fn named_after_title(word: Option<&str>, tag: &str) -> bool {
    word.is_some_and(|w| tag == "x" && w.chars().count() >= 3 && w.starts_with(is_surname))
}

/// The words a walk took, in reading order, without what may not begin a name: a joiner or a closing
/// bracket or quote.
fn name_words(mut words: Vec<&str>) -> Vec<&str> {
    while words
        .last()
        .is_some_and(|w| w.chars().all(|c| !is_han(c) && !c.is_ascii_alphanumeric() && !among("“(（", c)))
    {
        words.pop();
    }
    words.reverse();
    words
}

/// Whether the words a name reaches back through a verb to its place (`crossed`, the place first) are
/// one name's: none ends another name (德国博世集团董事会成员访问|园区: a firm's and a board's words) nor is
/// a title, and
/// a word other than a verb or a generic word stands between the place and the verb (绵阳市京东方新型显示
/// 产业园; not 新加坡合作发展|经济特区, where only verbs and generic words follow the place), or an event's
/// edition or year opens them (`dated`: 第十二届|中国|创新|创业大赛).
fn through_one_name(crossed: &[(&str, &str)], dated: bool) -> bool {
    let ends_name =
        |w: &str| COMPANY_SUFFIXES.contains(&w) || ORG_SUFFIXES.contains(&w) || COMMITTEES.contains(&w);

    // 广东省省长李明华率领|代表团: an official's title is no part of a body's name.
    let title = |&(w, _): &(&str, &str)| TITLES.contains(&w);
    let proper = |&(w, tag): &(&str, &str)| {
        !tag.starts_with('v')
            && !GENERIC_WORDS.contains(&w)
            && w.chars().any(is_han)
            && GAZETTEER.lookup(w).is_none()
    };
    // 金华巴中|协作|工业产业示范园区: two places in a row before a verb of cooperation name the pair that
    // builds the park, as 甘眉 does.
    let place = |w: &str| GAZETTEER.lookup(w).is_some();
    let paired = matches!(crossed, [(a, _), (b, _), (verb, _), ..]
        if place(a) && place(b) && COOPERATION_VERBS.contains(verb));
    // 商务部|投资|促进…事务局: a named parent body's fields may all be verbal nouns and verbs.
    let parented = crossed.first().is_some_and(|(w, _)| NAMED_BODIES.contains(w)) && crossed.len() > 1;
    !crossed.iter().any(|(w, _)| ends_name(w))
        && !crossed.iter().any(title)
        && (paired || dated || parented || crossed.iter().skip(1).any(proper))
}

/// Whether a park's suffix right before a verb among the words a name crosses is a park acting on
/// what follows (菏泽经济开发区|签约|…产业园, 上海市张江高科技园区|属于|浦东新区), not one holding it (嘉兴科技城|产业|加速与示范区): a name other
/// than an event's does not reach back through it.
fn park_acting(crossed: &[(&str, &str)]) -> bool {
    // jieba may glue the suffix to the words before it (张江高|科技园区|属于).
    // An adverb or adjective may stand between them (上海工业区|成功|签约, 开发区|正式|揭牌).
    let park = |w: &str| PARK_SUFFIXES.iter().any(|s| w.ends_with(s));
    crossed.iter().enumerate().any(|(i, &(w, _))| {
        park(w)
            && crossed[i + 1..]
                .iter()
                .find(|&&(_, tag)| !matches!(tag, "d" | "a" | "ad"))
                .is_some_and(|&(_, tag)| tag.starts_with('v'))
    })
}

/// Whether the words a name crosses after a named parent body are its fields (民政部|民间|组织…): the
/// body's next word is a noun or a verbal noun (投资) of two characters or more and no other named body
/// follows it (国会|下|议院|回应…: a body acting); true when no named body opens them.
fn fields_of_parent(crossed: &[(&str, &str)]) -> bool {
    match crossed {
        [(body, _), (next, tag), rest @ ..] if NAMED_BODIES.contains(body) => {
            (tag.starts_with('n') || *tag == "vn")
                && next.chars().count() > 1
                && !NAMED_BODIES.contains(next)
                && !rest.iter().any(|(w, _)| NAMED_BODIES.contains(w))
        }
        _ => true,
    }
}

/// Verbs of two regions' cooperation that a park named for the pair holds (金华巴中协作…示范园区).
pub(super) const COOPERATION_VERBS: [&str; 3] = ["协作", "合作", "共建"];

/// Where a name begins after 代表 inside the clause before it: 代表 there is the verb "on behalf of"
/// (副县长陈春代表|县人民政府) or the noun "representative" (企业代表|某某有限公司), never a part of
/// the name, except in 代表大会 and the bodies 代表团 and 代表处 (人民代表大会常务委员会).
fn on_behalf_end(clause: &str) -> Option<usize> {
    // Most clauses hold no 代 and build no searcher for the word.
    if !holds(clause, "代") {
        return None;
    }
    clause
        .match_indices("代表")
        .map(|(at, w)| at + w.len())
        .filter(|&end| !["大会", "团", "处"].iter().any(|s| clause[end..].starts_with(s)))
        .last()
}

/// The byte where the name ending at `end` begins (`end` itself when no word before it belongs),
/// and the words from there to `end`.
///
/// The clause before `end` is cut after the last governing verb of the lexicon (成立, 支持, 做大做强 …:
/// jieba's tags miss many of them), then walked back word by word; what a verb tag does is `reach.verbs`.
pub(super) fn prefix<'a>(text: &'a str, end: usize, reach: &Reach) -> (usize, Vec<&'a str>) {
    let mut window = end;
    let mut chars = text[..end].char_indices().rev().take(40);
    while let Some((i, c)) = chars.next() {
        if let Some(open) = (!name_char(c, reach)).then(|| place_in_brackets(text, i)).flatten() {
            // Skip over the bracketed place: its characters are in the name.
            chars.by_ref().take_while(|&(j, _)| j > open).for_each(drop);
            window = open;
            continue;
        }
        if !name_char(c, reach) {
            break;
        }
        window = i;
    }
    // A closing bracket whose opening one is before the reach closes a dateline or a note (…电)|新加坡
    // 星联控股公司): the name begins after it.
    let mut clause = &text[window..end];
    clause = &clause[unopened_close(clause)..];
    // A double dash sets off an apposition (科创飞地——|松江嘉善科创飞地): the name begins after it; a
    // single one joins the parts of a name.
    // (A search for a word builds a searcher each time: most clauses hold no dash and ask none.)
    if let Some(at) = holds(clause, "—").then(|| clause.rfind(APPOSITION)).flatten() {
        clause = &clause[at + APPOSITION.len()..];
    }
    // A governing verb only where jieba starts or ends a word (not the 通报 of 普通|报关行; 發揮,
    // which jieba may split in traditional script, still governs).
    let governed = GOVERNING.last_end(clause).and_then(|_| {
        let starts: Vec<usize> = segment::words(clause)
            .iter()
            .scan(0, |at, w| {
                let start = *at;
                *at += w.len();
                Some(start)
            })
            .collect();
        GOVERNING.last_end_where(clause, |s, e| {
            starts.binary_search(&s).is_ok() || e == clause.len() || starts.binary_search(&e).is_ok()
        })
    });
    if let Some(cut) = governed {
        clause = &clause[cut..];
    }
    if let Some(cut) = on_behalf_end(clause) {
        clause = &clause[cut..];
    }
    let tagged = segment::tagged(clause);
    let (walked, through_verbs) = walk(&tagged, reach);
    let strict = name_words(walked[..through_verbs].to_vec());
    let loose = name_words(walked);
    // Through a verb only to a place or a named parent body (民政部民间组织管理局: jieba reads 组织 as a
    // verb), or for an event to its year, ordinal or slogan (2023年…洽谈大会, “津陇共振兴”合作交流洽谈大会).
    let opening = |w: &&str| {
        GAZETTEER.lookup(w).is_some()
            || NATIONAL_PREFIXES.contains(w)
            || NAMED_BODIES.contains(w)
            || (reach.ordinals && (ordinal(w) || w.starts_with('“')))
    };
    let crossed = &tagged[tagged.len() - loose.len()..tagged.len() - strict.len()];
    let to_place = loose.len() > strict.len()
        && loose.first().is_some_and(opening)
        && through_one_name(crossed, reach.ordinals && crossed.first().is_some_and(|&(w, _)| ordinal(w)))
        && fields_of_parent(crossed)
        && (reach.ordinals || !park_acting(crossed));
    let mut words = if reach.verbs == Verbs::Continue {
        // 还有|国务院发展研究中心: a name reaching through verbs begins at a place or a named body that
        // follows the last of them.
        let loose_tags = &tagged[tagged.len() - loose.len()..];
        let verb = loose_tags.iter().rposition(|&(_, tag)| tag.starts_with('v') && tag != "vn");
        let opened = verb.and_then(|v| {
            let rest = &loose[v + 1..];
            rest.first().is_some_and(opening).then(|| rest.to_vec())
        });
        opened.unwrap_or(loose)
    } else if reach.verbs == Verbs::EndUnlessPlace && to_place {
        loose
    } else {
        strict
    };
    // Too long a run is not one name: keep its last words.
    while words.iter().map(|w| w.chars().count()).sum::<usize>() > reach.max_chars
        || (reach.ordinals && words.first().is_some_and(|w| acronym(w)))
    {
        words.remove(0);
    }
    let start = end - words.iter().map(|w| w.len()).sum::<usize>();
    (start, words)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The parks' reach, shorter.
    const PARK: Reach = Reach { max_chars: 14, ..crate::entities::parks::REACH };

    fn name_before(text: &str, suffix: &str) -> String {
        let end = text.find(suffix).unwrap();
        text[prefix(text, end, &PARK).0..end + suffix.len()].to_owned()
    }

    #[test]
    fn stops_at_verbs_and_function_words() {
        assert_eq!(name_before("并在此基础上成立成都凉山工业园区。", "工业园区"), "成都凉山工业园区");
        assert_eq!(name_before("位于南坡片区的云南五华产业园磨憨园区", "磨憨园区"), "云南五华产业园磨憨园区");
        assert_eq!(name_before("统筹划定磨憨—磨丁合作区和", "合作区"), "磨憨—磨丁合作区");
    }
}
