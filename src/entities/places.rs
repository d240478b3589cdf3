//! Places: gazetteer names (full and short forms), towns after a known place (西双版纳州磨憨镇), named
//! regions with a region word (攀西地区, 成渝地区, 成都都市圈).
//!
//! Short county forms (西昌, 安宁, 东川) are common words as often as names, so they count only in an
//! article that also prints the full form (西昌市, 安宁市); prefecture and province short forms (凉山,
//! 昆明, 四川) always count.

use super::lexicon::{
    COMMON_PREFECTURES, COMPANY_SUFFIXES, COUNTRY_ABBREVIATIONS, COUNT_NUMERALS, FIRM_TRADES, LEVEL_CHARS,
    MALAY_PLACE_WORDS, OUTLET_ENDINGS, REGION_WORDS, STANDALONE_REGIONS, STOP_WORDS, TOWN_UNITS,
    WATER_BODIES,
};
use super::Candidate;
use crate::model::EntityType;
use crate::text::bounds;
use crate::text::chars::among;
use crate::text::chars::holds;
use crate::text::chars::is_han;
use crate::text::gazetteer::{Form, Level, GAZETTEER};
use crate::text::words::{occurrences, WordList};
use crate::text::Span;
use crate::text::{order, pattern};
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// A town, township or street printed after its county or prefecture: 西双版纳州磨憨镇, 余杭区仓前街道,
/// 夏津香赵庄镇: two or three characters (the stem, the shortest that fits) and a town unit; an ethnic
/// township names its peoples between them (晋宁区夕阳彝族乡, 某县某某回族乡, 某某苗族瑶族乡, 某某民族乡).
static TOWN: LazyLock<regex::Regex> = LazyLock::new(|| {
    let units: Vec<String> = TOWN_UNITS.iter().map(|w| regex::escape(w)).collect();
    pattern::compile(&format!(
        r"^(\p{{Han}}{{2,3}}?)(?:(?:\p{{Han}}{{1,4}}?族){{1,2}}乡|{})",
        units.join("|")
    ))
});

/// A bracketed dateline opening a line, (芙蓉25日讯), (依斯干达公主城3日讯): the city before the day is a
/// place, whether or not the gazetteer knows it (rule 34).
static DATELINE: LazyLock<regex::Regex> =
    LazyLock::new(|| pattern::compile(r"(?m)^[ \t\u{3000}]*[（(](\p{Han}{2,7}?)[0-9]{1,2}日[讯电][)）]"));

/// A village or a community printed after its town or county (城东街道利洋村, 左营镇陈良行政村): two or
/// three characters (the stem, the shortest that fits) and a village unit.
static VILLAGE: LazyLock<regex::Regex> = LazyLock::new(|| village_pattern(&VILLAGE_UNITS));

/// [`VILLAGE`] in an article of Taiwan, where 里 is a village unit too (旗山区中正里). Elsewhere the
/// shortest stem would stop at a 里 inside a village's name (十八里村) and lose the village.
static TAIWAN_VILLAGE: LazyLock<regex::Regex> =
    LazyLock::new(|| village_pattern(&[VILLAGE_UNITS.as_slice(), &[TAIWAN_VILLAGE_UNIT]].concat()));

/// A stem of two or three characters, the shortest that fits, and one of `units`.
fn village_pattern(units: &[&str]) -> regex::Regex {
    let units: Vec<String> = units.iter().map(|w| regex::escape(w)).collect();
    pattern::compile(&format!(r"^(\p{{Han}}{{2,3}}?)(?:{})", units.join("|")))
}

/// The unit of Taiwan's urban villages (里), a village only in an article that prints a city or county
/// of Taiwan (elsewhere 里 is "inside" or a measure).
const TAIWAN_VILLAGE_UNIT: &str = "里";

/// The units of a village or an urban community, the longest first (陈良行政村, not 陈良行政|村; 云松自然村).
const VILLAGE_UNITS: [&str; 5] = ["行政村", "自然村", "社区", NEW_VILLAGE, "村"];

/// Malaysia's new villages (叶陶沙新村; 武吉峇都新村 after a place, read like a landform).
const NEW_VILLAGE: &str = "新村";

/// Characters after 村 that make it the start of a word about the village, not its unit (村民, 村委,
/// 村里, 村级, 村集体, 村庄, 村镇, 村干部, 村落, 村寨).
const VILLAGE_WORD_STARTS: &str = "民委里级集庄镇干落寨";

/// Whether `tag` is jieba's tag of a name or of a word jieba does not know, the only words a stem may be
/// where nothing vouches for the unit (城东, 凤凰, 利洋; not 重点|村, 贫困|村). Not nz, jieba's other
/// proper nouns, which hold brands and kinds (淘宝|村, 和平: a common word as often as a county's short
/// form; see [`segment::name_tag`]).
fn stem_tag(tag: &str) -> bool {
    tag == "x" || crate::text::segment::name_tag(tag)
}

/// jieba's tag of other proper nouns, a stem's in an article of Taiwan (大林|乡), where the district or
/// township is read against the gazetteer's Taiwan forms, not a kind of village.
const TAIWAN_NAME_TAG: &str = "nz";

/// Characters that open no stem, even after a county: determiners and distributives (各|镇, 所有|村,
/// 本乡, 其他|乡). Towns are named by nouns, verbs, numbers and adverbs alike (花园镇, 胜利镇, 五里镇,
/// 大同镇), so jieba's tag of the stem does not tell. Not parks' plural words (各地, 多个): a park after
/// 本, 该 is the one named, not a kind.
const DETERMINERS: &str = "各全每本该这那此其所某诸";

/// The classifier that ends a count before a town's unit (多个|镇, 两个|乡): no stem.
const COUNT_END: char = '个';

/// The countries whose prefectures' or provinces' short forms (千叶, 石川, 忠北) an article printing
/// them reads as places.
const JAPAN_KOREA: [&str; 3] = ["日本", "韩国", "南韩"];

/// How much a stem must be a name: `Strict` where only the stem and its unit say it is a place (a town
/// and a village with no county before them, a village right after a county), `Lenient` after a county
/// or a town.
#[derive(Clone, Copy, PartialEq)]
enum Vouched {
    Strict,
    Lenient,
}

/// The named regions and the waters that are places alone (长三角, 粤北, 淮河), found in one pass.
pub(super) static STANDALONE: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(STANDALONE_REGIONS.iter().chain(WATER_BODIES.iter())));

/// The districts named by a direction and 区 alone (攀枝花市东区, 台中市西区, 香港东区), read only after a
/// city that has one or in a page that prints one ([`crate::text::gazetteer::direction_parent`]).
const DIRECTION_DISTRICTS: [&str; 2] = ["东区", "西区"];

/// The last characters of a site whose parts a direction names (园区|西区, 校区|东区, 展馆|东区, 机场|西区).
const DIRECTION_SITES: [char; 4] = ['区', '园', '馆', '场'];

/// Characters after a direction that make it a direction, not a region (东北部, 东北角, 西北方向).
const DIRECTION_COMPLEMENTS: &str = "部角侧方面向边风亚";

/// Every place mention in `text`, possibly overlapping (the resolver keeps the longest).
pub(super) fn find(text: &str, lexicon: &super::Hits) -> Vec<Candidate> {
    let g = &*GAZETTEER;
    let mut hits: Vec<(usize, &'static str)> = Vec::new();
    for (at, _) in text.char_indices() {
        if let Some((name, _)) = g.longest_at(text, at) {
            hits.push((at, name));
        }
    }
    // A form with its unit word (禄劝县, 安宁市) is unambiguous enough; it licenses the bare stem.
    let with_unit = |name: &str, f: &crate::text::gazetteer::Form| f.is_full || name != f.stem;
    // So is a county's stem with a former unit (射洪县 for 射洪市), which takes the unit in.
    let former = |at: usize, name: &str, f: &crate::text::gazetteer::Form| {
        f.level == Level::County && !with_unit(name, f) && former_unit(text, at, at + name.len())
    };
    // 彭水自治县 for 彭水苗族土家族自治县: an autonomous county printed with its stem and the bare unit,
    // without its peoples, which takes the unit in.
    let autonomous = |at: usize, name: &str, f: &crate::text::gazetteer::Form| {
        f.level == Level::County
            && f.full.ends_with(AUTONOMOUS_COUNTY)
            && !with_unit(name, f)
            && text[at + name.len()..].starts_with(AUTONOMOUS_COUNTY)
    };
    let printed_full: FxHashSet<&str> = hits
        .iter()
        .filter_map(|&(at, n)| {
            g.lookup(n)?
                .iter()
                .find(|f| with_unit(n, f) || former(at, n, f) || autonomous(at, n, f))
                .map(|f| f.full)
        })
        .collect();
    // 新庄 with 新北 printed: a district of Taiwan, where the article prints one of its cities or counties.
    let taiwan = hits.iter().any(|&(_, n)| g.lookup(n).is_some_and(|f| f.iter().any(|f| f.taiwan)));
    let direction_parent = |n: &str| {
        g.lookup(n).is_some_and(|f| f.iter().any(|f| crate::text::gazetteer::direction_parent(f.full)))
    };
    let direction_page = hits.iter().any(|&(_, n)| direction_parent(n));
    // 信义乡, 竹东镇: a township of Taiwan's counties whose stem is another place or a word (大同, 宝山,
    // 水上) reads only in such an article, and none where its unit opens a word with the next character
    // (大同|乡村, 吉安|乡亲, 和美|镇村): the shorter place then.
    for (at, name) in &mut hits {
        while g.lookup(name).is_some_and(|f| f.iter().any(township)) {
            let stem = &text[*at..*at + name.len() - '乡'.len_utf8()];
            let shorter = g.longest_at(stem, 0).map(|(n, _)| n);
            let plain = taiwan || (shorter.is_none() && !crate::text::segment::in_dictionary(stem));
            if plain && !crate::text::segment::word_across(text, *at, *at + name.len()) {
                break;
            }
            *name = shorter.unwrap_or_default();
        }
    }
    hits.retain(|&(_, n)| !n.is_empty());
    // 石川县, 庆尚北道: a prefecture of Japan or a province of Korea, whose municipalities then count.
    let municipal = hits.iter().any(|&(_, n)| g.lookup(n).is_some_and(|f| f.iter().any(|f| f.municipal)));
    // 千叶, 石川: a Japanese prefecture's or a Korean province's short form is a name, a brand or a
    // word elsewhere (千叶豆腐, 石川佳纯, 秋田犬): it reads as the place only in an article that prints one
    // of them in full, or Japan or Korea; else the name's other readings (岡山: 冈山区) or none.
    let japan = hits.iter().any(|&(_, n)| {
        JAPAN_KOREA.contains(&n)
            || g.lookup(n).is_some_and(|f| f.iter().any(|f| f.municipal && with_unit(n, f)))
    });
    let readable = |f: &&crate::text::gazetteer::Form| !f.municipal || f.is_full || japan;
    // The long words of the block of the hit at hand, segmented when a hit first needs them (most
    // hits are dropped before) and kept for the hits after it in the same block.
    let (mut block, mut long) = (0..0, Vec::new());
    // 金边, 利马, 万象: a foreign city that jieba reads as a common word (a gilt edge; 利|马上) reads as the
    // city in an article that prints a country abroad, or right after a word of place (在, 赴, 至).
    let abroad = hits.iter().any(|&(_, n)| n != "中国" && g.lookup(n).is_some_and(|f| f.iter().any(country)));
    let mut found = Vec::new();
    let mut towns: Vec<(String, String)> = Vec::new();
    let mut known_towns: FxHashSet<&str> = FxHashSet::default();
    for &(at, name) in &hits {
        // 代县|长 of 代县长 (an acting county head): a place opening a title is none (天津市长's 天津市
        // starts before its title, 吉林省长春市's 长春市 inside 省长), unless a word of jieba's runs across
        // the title's end, which no title then is (代县|长城, 代县|长期).
        let titles = &lexicon.titles;
        let i = titles.partition_point(|(t, _)| t.start < at);
        if titles.get(i).is_some_and(|(t, _)| {
            t.start == at
                && at + name.len() < t.end
                && !crate::text::segment::word_across(text, t.start, t.end)
        }) {
            continue;
        }
        let printed = g.lookup(name).and_then(|forms| forms.iter().find(|f| printed_full.contains(&f.full)));
        let Some(mut form) = printed
            .or_else(|| g.best(name).filter(readable))
            .or_else(|| g.lookup(name)?.iter().find(readable))
        else {
            continue;
        };
        let renamed = former(at, name, form);
        let short_autonomous = autonomous(at, name, form);
        // 东区, 西区: a district named by a direction alone is a part of anything as often (华东区总经理,
        // 园区东区): it counts right after a city that has one (攀枝花市|西区, 台中市|西區, 香港|東區), or
        // where a word opens at it, after no site, in a page that prints such a city (，東區居民).
        let direction = !form.foreign && DIRECTION_DISTRICTS.contains(&name);
        let after_parent = || {
            let before = &hits[..hits.partition_point(|&(a, _)| a < at)];
            before.iter().rev().take(PARENT_REACH).any(|&(a, n)| a + n.len() == at && direction_parent(n))
        };
        let site = text[..at].ends_with(DIRECTION_SITES);
        let placed = direction && (after_parent() || (direction_page && !site && opens_at(text, at)));
        let counts = (!direction || placed)
            && (with_unit(name, form)
                || (form.level < Level::County
                    && !COMMON_PREFECTURES.contains(&name)
                    && !(form.municipal
                        && !form.is_full
                        && crate::text::segment::word_across(text, at, at + name.len())))
                || long_stem(name, form)
                || printed_full.contains(&form.full)
                || renamed
                || short_autonomous);
        if !counts {
            // 云南昌宁, 甘孜白玉: a county's short form right after its own province or prefecture.
            // 陕西安康, 广西来宾: so does a prefecture's that is a common word, whatever jieba reads.
            // 乡城、理塘县: or listed next to a county of the same prefecture printed in full.
            match under_parent(&hits, at, name)
                .or_else(|| listed_sibling(text, &hits, at, name))
                .or_else(|| taiwan.then(|| taiwan_district(text, at, name)).flatten())
            {
                Some(county)
                    if county.foreign
                        || county.level == Level::Prefecture
                        || named_short_form(text, at, at + name.len()) =>
                {
                    form = county
                }
                _ => continue,
            }
        }
        let unit = match (renamed, short_autonomous) {
            (true, _) => '县'.len_utf8(),
            (_, true) => AUTONOMOUS_COUNTY.len(),
            _ => 0,
        };
        let end = at + name.len() + unit;
        let worded = |w: &Span, tag: &str| {
            w.start == at && w.end == end && !stem_tag(tag) && !crate::text::segment::proper_tag(tag)
        };
        if !block.contains(&at) {
            (block, long) = long_words(text, at);
        }
        if form.foreign
            && form.level == Level::Prefecture
            && !form.taiwan
            && !abroad
            && !text[..at].ends_with(|c| PLACE_WORDS.contains(c))
            && !SETTLEMENT_UNITS.iter().any(|u| text[end..].starts_with(u))
            && long.iter().any(|(w, tag)| worded(w, tag))
            && !among_places(text, &hits, at, end)
        {
            continue;
        }
        // 阿里 in 阿里巴巴: a place does not end inside a longer word jieba keeps whole.
        let (holder, next) = words_around(&long, at, end);
        // 包罗万象: nor where it ends a longer word it begins inside.
        if holder.is_some_and(|(w, tag)| {
            at < w.end && end <= w.end && (w.start < at || end < w.end) && whole_word(&text[w.clone()], tag)
        }) {
            continue;
        }
        // 闽西南|城市: nor does it begin inside a place's name jieba reads whole (南城市), unless that
        // name is a chain of two places ending with this one (中国香港: 中国, 香港).
        let chained = |w: &Span| w.end == end && g.lookup(&text[w.start..at]).is_some();
        let long_name = |w: &Span| text[w.clone()].chars().nth(2).is_some();
        if holder
            .is_some_and(|(w, tag)| w.start < at && at < w.end && *tag == "ns" && long_name(w) && !chained(w))
        {
            continue;
        }
        // 沿海|南北: nor does it begin inside one word and end inside the next (海南), cut across both.
        // 加|影响力, 巴|生活, 新|山头村: nor does a name give its end to a dictionary word that is no place
        // (its unit may: 台南|市长, 新山|县长, below).
        if next.is_some_and(|(n, tag)| {
            holder.is_some_and(|(w, _)| w.start < at && at < w.end)
                || (!name.ends_with(['省', '市', '县', '区', '州']) && whole_word(&text[n.clone()], tag))
        }) {
            continue;
        }
        // 大马|国内: a country's short form in 国 whose 国 opens a word with the next (马国 over 国内, 国际)
        // is none; jieba ends it in 马国|齐力.
        if country(form) && !form.is_full && name.ends_with('国') && !ends_a_word(text, at..end) {
            continue;
        }
        // 成都|市场, 上海|市民: a unit character that opens a longer word after the place is no part of it.
        let stem_end =
            unit_opens_word(text, end).filter(|&e| g.lookup(&text[at..e]).is_some() && !town_at(text, end));
        let end = stem_end.unwrap_or(end);
        // 阿拉木图市, 曼谷市: a foreign city printed with 市, which opens no word (市政局, 市场).
        let end = end + foreign_city_unit(text, end, form);
        // 乔治亚州, 墨西哥州: a country's name with a 州 (not 美国|州长, 美国|州政府, 德国|州议会)
        // names a state of that name, no country: no word of jieba's runs across the 州.
        let state = country(form)
            && text[end..].starts_with('州')
            && !crate::text::segment::word_across(text, at, end + '州'.len_utf8());
        let end = end + if state { '州'.len_utf8() } else { 0 };
        // 大埔北, 九龙东北, 上水新市镇: a part of an area abroad named by its direction or its new town.
        let end = end + foreign_part(text, end, form);
        // 最近|打算, 华文|冬令营: a foreign city's or district's name of two characters (近打, 文冬) begins
        // and ends where jieba cuts, read with its unit or part.
        if form.foreign
            && !form.taiwan
            && form.level > Level::Province
            && name.chars().count() == 2
            && !opens_at(text, at)
        {
            continue;
        }
        // 太原镇, 宜兴乡: a bare stem right before a town's unit names a town of that name, not the place.
        // Not where the unit opens a county of this place (四川|乡城, not 四川乡).
        let town = town_of_stem(text, end).filter(|_| !with_unit(name, form) && !county_at(text, end, form));
        if let Some(town) = town {
            found.push(Candidate::new(at..town, EntityType::Place));
            continue;
        }
        let mut c = Candidate::new(at..end, EntityType::Place);
        if !state && (stem_end.is_some() || (!form.is_full && (printed.is_some() || g.best(name).is_some())))
        {
            c.canonical = Some(form.full.to_owned());
        }
        found.push(c);
        // 石川县|珠洲市, 蔚山市|蔚州郡|温阳邑: the municipalities printed right after a place abroad.
        let mut end = end;
        while let Some(next) =
            municipal.then(|| municipality_at(text, end)).flatten().filter(|_| form.foreign)
        {
            found.push(Candidate::new(end..next, EntityType::Place));
            end = next;
        }
        // The town after the place, then the towns listed after it (晋江安海镇、陈埭镇、英林镇), then the
        // village after the last (古田县城东街道利洋村, 某县某村).
        let (mut from, mut last) = (end, end);
        while let Some(m) = TOWN.captures(&text[from..]) {
            let (town, stem) = (m.get(0).expect("a match"), &m[1]);
            let span = from..from + town.len();
            // A prefecture's or a province's name is no town's stem (a county's is: 城西街道, 城西区's).
            let named_place = g.lookup(stem).is_some_and(|f| f.iter().any(|f| f.level < Level::County));
            // 少数民族|乡村: an ethnic township's stem is no 少数 (minority) nor a determiner (各).
            let ethnic = !TOWN_UNITS.iter().any(|u| text[span.start + stem.len()..span.end] == **u);
            if named_place
                || !settled_unit(text, span.clone(), stem.len(), Vouched::Lenient)
                || (ethnic && stem.starts_with(MINORITY))
            {
                break;
            }
            found.push(Candidate::new(span.clone(), EntityType::Place));
            // A street's stem (城东 of 城东街道) is a direction as often as a name: only a town's counts alone.
            let street = !matches!(&text[span.start + stem.len()..span.end], "镇" | "乡");
            if !street && known_towns.insert(&text[span.clone()]) {
                towns.push((stem.to_owned(), text[span.clone()].to_owned()));
            }
            last = span.end;
            match text[span.end..].strip_prefix('、') {
                Some(_) => from = span.end + '、'.len_utf8(),
                None => break,
            }
        }
        // Right after a county, nothing but the village's own stem says it is one (not 某县|重点村).
        let vouched = if last > end { Vouched::Lenient } else { Vouched::Strict };
        found.extend(
            villages_at(text, last, vouched, taiwan)
                .into_iter()
                .map(|v| Candidate::new(v, EntityType::Place)),
        );
    }
    // 南区, 北区 and the villages after them, in an article that prints a city or a district abroad.
    if hits
        .iter()
        .any(|&(_, n)| g.lookup(n).is_some_and(|f| f.iter().any(|f| f.foreign && f.level > Level::Province)))
    {
        for district in direction_districts(text) {
            found.extend(
                villages_at(text, district.end, Vouched::Strict, taiwan)
                    .into_iter()
                    .chain([district])
                    .map(|v| Candidate::new(v, EntityType::Place)),
            );
        }
    }
    let listed = town_lists(text);
    let chained = towns_with_villages(text, &found, taiwan);
    // 鹿港镇, 福兴乡: a town named by a place name of jieba's, with no county before it (added after
    // the towns printed with their villages, which read such a town with its village).
    let mut named = named_towns(text, &["镇", "乡"], 2..=3, taiwan);
    // 横塘镇, 谭子山镇, 井龙街道: a town, township or street of the NBS list, printed alone.
    named.extend(listed_towns(text));
    // 石川县|珠洲市, 庆尚北道|义城郡: municipalities abroad, where the article prints their prefecture or province.
    if municipal {
        named.extend(named_towns(text, &MUNICIPAL_UNITS, 2..=2, true));
    }
    // Every town found, listed or printed with its village too, licenses its stem (兴隆镇, then 兴隆).
    for town in listed.iter().chain(&chained).map(|c| &c.span).chain(&named) {
        let name = &text[town.clone()];
        let Some(stem) = name.strip_suffix(['镇', '乡', '市', '町', '郡', '邑']) else { continue };
        if known_towns.insert(name) {
            towns.push((stem.to_owned(), name.to_owned()));
        }
    }
    // A town's stem printed alone (磨憨 after 磨憨镇), every stem in one pass.
    let stems: Vec<&str> = towns.iter().map(|(stem, _)| stem.as_str()).collect();
    for (i, span) in occurrences(text, &stems) {
        let town = &towns[i].1;
        if !text[span.start..].starts_with(town.as_str()) {
            let mut c = Candidate::new(span, EntityType::Place);
            c.canonical = Some(town.clone());
            found.push(c);
        }
    }
    found.extend(listed);
    found.extend(chained);
    found.extend(named.into_iter().map(|town| Candidate::new(town, EntityType::Place)));
    // 叶陶沙新村: Malaysia's new villages, read only in an article that prints a place abroad below a
    // country, not of Taiwan, Japan or Korea (elsewhere 美丽新村, 文明新村 are kinds of village).
    let abroad = hits.iter().any(|&(_, n)| {
        g.lookup(n).is_some_and(|f| {
            f.iter().any(|f| {
                f.full == "马来西亚" || (f.foreign && f.level > Level::Province && !f.taiwan && !f.municipal)
            })
        })
    });
    if abroad {
        found.extend(malay_places(text));
    }
    found.extend(bare_villages(text, &found, taiwan, abroad));
    found.extend(villages_again(text, &found));
    found.extend(greater_cities(text, &found));
    found.extend(named_landforms(text, &found, abroad));
    found.extend(regions(text));
    found.extend(dateline_cities(text));
    found.extend(listed_countries(text));
    // 东北部, 闽东北: a direction with a complement, or of the province abbreviated before it, is no region;
    // nor one whose last character opens a word with the next (东|马路).
    // A region word after it ends it though jieba reads them as one word (太平洋地区, 东北地区: rule 47); a
    // water's name is no end of a longer word (中|南海 of 中南海).
    let directions = lexicon.standalone.iter().filter(|(span, name)| {
        !text[span.end..].chars().next().is_some_and(|c| among(DIRECTION_COMPLEMENTS, c))
            && !text[..span.start].chars().next_back().is_some_and(|c| GAZETTEER.abbreviation(c).is_some())
            && (ends_a_word(text, span.clone())
                || REGION_WORDS.iter().any(|w| text[span.end..].starts_with(w)))
            && !(WATER_BODIES.contains(name)
                && (begins_inside_word(text, span.start) || opens_firm(text, span.end)))
    });
    found
        .extend(directions.map(|(span, _)| {
            Candidate::new(sea_part_start(text, span.clone())..span.end, EntityType::Place)
        }));
    found.retain(|c| !opens_slogan(text, c.span.clone()) && !names_a_route(text, c.span.end));
    for c in &mut found {
        if let Some(end) = landform_end(text, c.span.clone(), abroad) {
            c.span.end = end;
            c.canonical = None;
        }
    }
    found
}

/// The compass points that name a part of an ocean or a sea printed right before it (西|太平洋, 西北|
/// 太平洋, 东|印度洋, 南|大西洋), the two-character ones first.
const SEA_PARTS: [&str; 8] = ["东北", "西北", "东南", "西南", "东", "西", "南", "北"];

/// Where the ocean or sea at `span` begins with the compass point printed right before it (西太平洋,
/// 东印度洋: one place, as 北冰洋 is): only for a name ending in 洋 or 海, and only where the point
/// begins a word (以西|太平洋, 广东|南海: the sea alone).
fn sea_part_start(text: &str, span: Span) -> usize {
    if !text[span.clone()].ends_with(['洋', '海']) {
        return span.start;
    }
    let Some(part) = SEA_PARTS.iter().find(|p| text[..span.start].ends_with(**p)) else {
        return span.start;
    };
    let start = span.start - part.len();
    if begins_inside_word(text, start) {
        span.start
    } else {
        start
    }
}

/// Whether a word of jieba's dictionary runs across `at` from the character before it (以西 at 西, 中南海
/// at 南).
fn begins_inside_word(text: &str, at: usize) -> bool {
    text[..at]
        .char_indices()
        .next_back()
        .is_some_and(|(from, _)| crate::text::segment::word_across(text, from, at))
}

/// Landforms that make a longer place of the place printed before them (横琴岛, 长江三角洲, 四川盆地, a bay:
/// 地不佬海湾), and the new village named by it (武吉峇都新村).
/// The first three name a peninsula or an archipelago of their own (see [`named_landforms`]).
const LANDFORMS: [&str; 10] =
    ["半岛", "群岛", "列岛", "岛", "三角洲", "平原", "盆地", "海峡", "海湾", NEW_VILLAGE];

/// Where the place at `span` ends with the landform printed right after it: no word of jieba's runs
/// across the landform's end (香港|岛屿, 湖南|海峡两岸), no locative follows it (台湾岛内, 岛上: the
/// island as a setting, the place alone) and no noun (福建海峡|银行, 广东平原|地区).
fn landform_end(text: &str, span: Span, new_villages: bool) -> Option<usize> {
    let rest = &text[span.end..];
    let landform = LANDFORMS.iter().find(|l| rest.starts_with(**l))?;
    if *landform == NEW_VILLAGE && (!new_villages || after_numeral(text, span.start)) {
        return None;
    }
    let end = span.end + landform.len();
    let locative = text[end..].starts_with(['内', '外', '上']);
    // A noun after it makes the place and the landform's word modify that noun (福建|海峡银行, 广东|
    // 平原地区): the place alone.
    let noun = noun_after(text, end);
    (!locative && !noun && !crate::text::segment::word_across(text, span.start, end)).then_some(end)
}

/// Whether jieba's first word of the few characters from `end` is a noun, common or proper (银行,
/// 时数): what ends at `end` modifies it.
fn noun_after(text: &str, end: usize) -> bool {
    let to = text[end..].char_indices().nth(4).map_or(text.len(), |(i, _)| end + i);
    crate::text::segment::tagged(&text[end..to])
        .first()
        .is_some_and(|(_, tag)| ["n", "nz", "nt"].contains(tag))
}

/// Whether the character before `start` is a numeral's (一|江山列岛, 一|江山新村): a stem after it is the
/// end of a longer name, not one of its own.
fn after_numeral(text: &str, start: usize) -> bool {
    text[..start].chars().next_back().is_some_and(numeral)
}

/// Peninsulas and archipelagos named by a word the gazetteer does not know (能登半岛, 千岛群岛): jieba's
/// word right before the landform, or the characters after a place found (石川县|能登半岛), two to four
/// characters, names or words jieba does not know (see [`stem_tag`]; not 该|半岛, 整个|半岛), read as
/// [`landform_end`] reads a place's.
fn named_landforms(text: &str, places: &[Candidate], new_villages: bool) -> Vec<Candidate> {
    let mut found = Vec::new();
    // The places' ends, sorted once: each landform looks up the first end in its reach (no scan of
    // every place per landform).
    let mut ends: Vec<usize> = places.iter().map(|c| c.span.end).collect();
    ends.sort_unstable();
    for landform in &LANDFORMS[..3] {
        for (at, _) in text.match_indices(landform) {
            let from = text[..at].char_indices().rev().nth(3).map_or(0, |(i, _)| i);
            let after_place = ends.get(ends.partition_point(|&e| e < from)).copied().filter(|&e| e < at);
            let words = crate::text::segment::tagged(&text[after_place.unwrap_or(from)..at]);
            let stem = match after_place {
                Some(e) => Some(e).filter(|_| words.iter().all(|(_, tag)| stem_tag(tag))),
                None => words.last().filter(|(_, tag)| stem_tag(tag)).map(|(w, _)| at - w.len()),
            };
            let Some(start) = stem else { continue };
            let named =
                (2..=4).contains(&text[start..at].chars().count()) && text[start..at].chars().all(is_han);
            // 一江山|列岛: a numeral before the stem makes it part of a longer name.
            if named && !after_numeral(text, start) && landform_end(text, start..at, new_villages).is_some() {
                found.push(Candidate::new(start..at + landform.len(), EntityType::Place));
            }
        }
    }
    found
}

/// The county `name` (at byte `at`) stands for when a place printed right before it is the county's own
/// province or prefecture (云南|昌宁, 保山|昌宁, 甘孜|白玉; not 北京|同仁堂, 同仁 being Qinghai's):
/// the chain reads as a place and its county, whatever else the short form may be.
fn under_parent(hits: &[(usize, &'static str)], at: usize, name: &str) -> Option<&'static Form> {
    let g = &*GAZETTEER;
    let counties = g.lookup(name)?;
    let before = &hits[..hits.partition_point(|&(a, _)| a < at)];
    // A place ending at `at` begins at most a few positions before it (内蒙古自治区: six characters).
    let parents = before.iter().rev().take(PARENT_REACH).filter(|&&(a, n)| a + n.len() == at);
    parents
        .flat_map(|&(_, n)| g.lookup(n).unwrap_or_default())
        .find_map(|parent| counties.iter().find(|c| c.level > Level::Province && g.inside(c, parent.full)))
}

/// The county `name` (at byte `at`) stands for when the item next to it in a list (、) is another
/// county of the same prefecture printed with its unit (乡城、理塘县; 理塘县、乡城), or, for a prefecture,
/// another of the same province (青岛、日照): its sibling vouches for it as the full form vouches for a short one.
fn listed_sibling(
    text: &str,
    hits: &[(usize, &'static str)],
    at: usize,
    name: &str,
) -> Option<&'static Form> {
    let g = &*GAZETTEER;
    let counties = g.lookup(name)?;
    let end = at + name.len();
    // A word of jieba's running across the short form's end makes it no place.
    if crate::text::segment::word_across(text, at, end) {
        return None;
    }
    let mark = '、'.len_utf8();
    let next = text[end..].starts_with('、').then_some(end + mark);
    // 烟台、日照|时数偏少: a noun after the list's last item makes a short form that is a common word
    // modify it, the common word (日照时数, sunshine hours) and no sibling's place; a region word or a
    // count names the items' region (烟台、日照|地区, 烟台、日照|两地).
    let region = || {
        REGION_WORDS.iter().any(|w| text[end..].starts_with(w))
            || text[end..].starts_with(|c: char| c.is_ascii_digit() || COUNT_NUMERALS.contains(c))
    };
    if next.is_none() && COMMON_PREFECTURES.contains(&name) && noun_after(text, end) && !region() {
        return None;
    }
    let i = hits.partition_point(|&(a, _)| a < at);
    // Every hit ending at the mark (昌宁县 and 宁县 end together).
    let before = hits[..i]
        .iter()
        .rev()
        .take(PARENT_REACH)
        .filter(|&&(a, n)| a + n.len() + mark == at && text[a + n.len()..].starts_with('、'));
    let after = next.and_then(|n| hits.get(hits.partition_point(|&(a, _)| a < n)).filter(|&&(a, _)| a == n));
    // 青岛、日照、烟台: a prefecture's short form that is a common word, next to a prefecture of the same
    // province that counts alone.
    let prefecture = |f: &Form, n: &str| f.level == Level::Prefecture && !COMMON_PREFECTURES.contains(&n);
    before.chain(after).find_map(|&(_, sibling)| {
        let full = g
            .lookup(sibling)?
            .iter()
            .find(|f| !f.foreign && ((f.is_full && f.level == Level::County) || prefecture(f, sibling)))?;
        counties.iter().find(|c| c.level == full.level && !c.parent.is_empty() && c.parent == full.parent)
    })
}

/// The word opening 少数民族 (minority peoples), no ethnic township's stem (少数民族乡村振兴).
const MINORITY: &str = "少数";

/// Whether the county short form at `at..end`, let in only by the place before it or its listed
/// sibling, reads as a name there: jieba, cutting from `at` (云|南昌|宁 would cut the parent too), reads it
/// as one word that is a name or unknown to it (see [`stem_tag`]: 昌宁, 乡城, 白玉; not 合作, 富民,
/// 平安, 安居, 和平: common words; not 大方|向, 新興產業: inside a longer word), and no count follows it
/// (新建|一批: a verb).
fn named_short_form(text: &str, at: usize, end: usize) -> bool {
    let to = text[end..].char_indices().nth(2).map_or(text.len(), |(i, _)| end + i);
    match crate::text::segment::tagged(&text[at..to]).as_slice() {
        [(word, tag), rest @ ..] => {
            word.len() == end - at && stem_tag(tag) && !rest.first().is_some_and(|(_, t)| *t == "m")
        }
        [] => false,
    }
}

/// Whether a word may open at `start`: the character before it and the one at it make no dictionary
/// word (，|文冬; not 华文|冬令营, 最近|打算, 附近|打工, 本文|冬季).
fn opens_at(text: &str, start: usize) -> bool {
    let (Some(before), Some(first)) = (text[..start].chars().next_back(), text[start..].chars().next())
    else {
        return true;
    };
    !crate::text::segment::in_dictionary(&format!("{before}{first}"))
}

/// How many hits back [`under_parent`] looks for the place before a county (one per character).
const PARENT_REACH: usize = 8;

/// Whether one of `form`'s own counties is printed at `end` (四川|乡城, 西藏|芒康).
fn county_at(text: &str, end: usize, form: &Form) -> bool {
    let g = &*GAZETTEER;
    g.longest_at(text, end)
        .and_then(|(name, _)| g.lookup(name))
        .is_some_and(|forms| forms.iter().any(|c| c.level == Level::County && g.inside(c, form.full)))
}

/// Whether `form` is a country abroad (not Hong Kong, Macao or Taiwan, whose full names end in a unit).
fn country(form: &Form) -> bool {
    form.foreign && form.level == Level::Province && !form.full.ends_with(['省', '区'])
}

/// Words of place that a city printed right after them is governed by (在金边, 赴万象, 至利马).
const PLACE_WORDS: &str = "在赴到至往于从抵飞经";

/// A settlement's unit or kind printed right after a city abroad, which makes it the place though jieba
/// reads the city as a common word (古来新村, 古来县).
const SETTLEMENT_UNITS: [&str; 7] = ["新村", "县", "市", "州", "省", "镇", "村"];

/// Whether the place name at `at..end` is an item of a list of places, the item before it across 、 a
/// place (居銮、古来以及笨珍), or opens a chain, a place with its unit right after it (古来|士乃镇): what
/// vouches for a city abroad that jieba reads as a common word (not 自古来如此).
fn among_places(text: &str, hits: &[(usize, &str)], at: usize, end: usize) -> bool {
    let i = hits.partition_point(|&(a, _)| a < at);
    let listed = text[..at].strip_suffix('、').map(str::len);
    let before =
        listed.is_some_and(|l| hits[..i].iter().rev().take(PARENT_REACH).any(|&(a, n)| a + n.len() == l));
    let units = ['县', '市', '区', '州', '镇'];
    before
        || hits[i..]
            .iter()
            .take(PARENT_REACH)
            .any(|&(a, n)| a == end && (n.ends_with(units) || text[a + n.len()..].starts_with(units)))
}

/// Whether a trade only firms have or a legal suffix follows at `at` as a word of its own (东海|证券,
/// 渤海|银行, 南海|控股, 太湖|集团; not 长江|物流, 长江|生物多样性, sectors of the river): a water opening
/// a firm's name is no place.
fn opens_firm(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    FIRM_TRADES
        .iter()
        .chain(COMPANY_SUFFIXES.iter())
        .any(|w| rest.starts_with(w) && ends_a_word(text, at..at + w.len()))
}

/// Whether jieba ends a word where `span` ends, cutting from its start (东马|与, not 东|马路).
fn ends_a_word(text: &str, span: Span) -> bool {
    let to = text[span.end..].char_indices().nth(2).map_or(text.len(), |(i, _)| span.end + i);
    let mut offset = span.start;
    crate::text::segment::words(&text[span.start..to]).iter().any(|w| {
        offset += w.len();
        offset == span.end
    })
}

/// One-character short forms of countries listed with 、 and closed by a count of countries (英、德、法等国,
/// 中、泰两国): each item a place (CONVENTIONS rule 37b), where a fused pair (中泰, 英美、法等国) is none.
fn listed_countries(text: &str) -> Vec<Candidate> {
    let short = |c: char| c == '中' || COUNTRY_ABBREVIATIONS.contains(c);
    let mut found = Vec::new();
    // The end of the last list read: a list's later joiners are not read again.
    let mut done = 0;
    for (at, _) in text.match_indices('、') {
        let Some(first) = text[..at].chars().next_back().filter(|&c| at >= done && short(c)) else {
            continue;
        };
        // The first item stands alone: a fused pair before the first mark (英美、法等国) is none (37b).
        if text[..at - first.len_utf8()].chars().next_back().is_some_and(short) {
            continue;
        }
        let mut items = vec![(at - first.len_utf8(), at)];
        let mut from = at;
        while let Some(c) =
            text[from..].strip_prefix('、').and_then(|r| r.chars().next()).filter(|&c| short(c))
        {
            let start = from + '、'.len_utf8();
            items.push((start, start + c.len_utf8()));
            from = start + c.len_utf8();
        }
        done = from;
        if items.len() >= 2 && COUNTRY_COUNTS.iter().any(|w| text[from..].starts_with(w)) {
            found.extend(items.into_iter().map(|(start, end)| Candidate::new(start..end, EntityType::Place)));
        }
    }
    found
}

/// Words closing a list of countries' short forms (等国, 两国, 各国).
const COUNTRY_COUNTS: [&str; 5] = ["等国", "两国", "三国", "四国", "各国"];

/// The cities of the bracketed datelines in `text` (see [`DATELINE`]), not the writer's own paper (本报)
/// nor an outlet (南洋网); the pattern is compiled only for a text that prints such a dateline.
fn dateline_cities(text: &str) -> Vec<Candidate> {
    if !text.contains("日讯") && !text.contains("日电") {
        return Vec::new();
    }
    let own = |city: &str| city.starts_with(['本', '我', '该']);
    let outlet = |city: &str| OUTLET_ENDINGS.iter().any(|e| city.ends_with(e));
    DATELINE
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .filter(|m| !own(m.as_str()) && !outlet(m.as_str()))
        .map(|m| Candidate::new(m.range(), EntityType::Place))
        .collect()
}

/// Whether `form` is a township of Taiwan's counties (信义乡, 竹东镇: data/text/gazetteer/generate.py's
/// `taiwan_townships`), the only places abroad below a city whose unit is 乡 or 镇.
fn township(form: &Form) -> bool {
    form.foreign && form.level == Level::County && form.full.ends_with(['乡', '镇'])
}

/// The district of Taiwan whose bare stem `name` is printed at `at` (新庄, 内湖 for 新庄区, 内湖区), where
/// jieba reads the stem as a name or a word it does not know (not 板桥, 清水: common words) and no road
/// word follows it.
fn taiwan_district(text: &str, at: usize, name: &str) -> Option<&'static crate::text::gazetteer::Form> {
    let form =
        GAZETTEER.lookup(name)?.iter().find(|f| f.foreign && f.level == Level::County && !f.is_full)?;
    // 中正路, 信义路: Taiwan's roads are named after its districts, whatever jieba makes of the rest.
    let road = ROUTE_WORDS.iter().any(|r| text[at + name.len()..].starts_with(r));
    let named = |tag: &str| stem_tag(tag) || tag == TAIWAN_NAME_TAG;
    (!road && word_at(text, at, at + name.len()).is_some_and(named)).then_some(form)
}

/// jieba's tag of the word spanning `start..end` of `text`, read with two characters either side, or
/// `None` when jieba cuts elsewhere.
fn word_at(text: &str, start: usize, end: usize) -> Option<&'static str> {
    let from = text[..start].char_indices().rev().nth(1).map_or(0, |(i, _)| i);
    let to = text[end..].char_indices().nth(2).map_or(text.len(), |(i, _)| end + i);
    let mut offset = from;
    crate::text::segment::tagged(&text[from..to]).into_iter().find_map(|(w, tag)| {
        let span = offset..offset + w.len();
        offset = span.end;
        (span == (start..end)).then_some(tag)
    })
}

/// Towns printed alone (服务鹿港镇, 位于福兴乡): a stem of two or three characters that jieba reads as a
/// place name, then a town's unit (镇, 乡) that jieba reads as a word of its own (not 新市镇, a new
/// town, which jieba reads whole). In an article that prints a city or county of Taiwan (`taiwan`), a
/// stem that is any name or a word jieba does not know counts too (see [`stem_tag`]: 大林|乡), and so
/// does a town jieba reads whole as such a word (迁往|万丹乡|务农). The stem opens with no determiner,
/// level or stop word and is no city's name. In an article that prints a prefecture of Japan or a
/// province of Korea, its municipalities are read so with their units (`units`, stems of two characters: 轮岛市,
/// 义城郡, 志贺町, 温阳邑; not 城市, 上市, 超市, 郡主, words jieba reads whole that are no place name,
/// nor 和|轮岛市).
fn named_towns(
    text: &str,
    units: &[&str],
    stems: std::ops::RangeInclusive<usize>,
    taiwan: bool,
) -> Vec<Span> {
    // Outside Taiwan a town jieba reads whole counts when its stem is a place name of its own (城关|镇),
    // not a common word (中心镇, 新市镇: central and new towns) nor part of a phrase (上山下乡).
    let stem_is_place = |stem: &str| matches!(crate::text::segment::tagged(stem).as_slice(), [(_, "ns")]);
    let mut found = Vec::new();
    for unit in units {
        for (at, _) in text.match_indices(unit) {
            let end = at + unit.len();
            if !text[..at].chars().next_back().is_some_and(is_han) {
                continue;
            }
            // One cut of the town and two characters either side tells both readings.
            let from = text[..at].char_indices().rev().nth(4).map_or(0, |(i, _)| i);
            let to = text[end..].char_indices().nth(2).map_or(text.len(), |(i, _)| end + i);
            let (mut offset, mut stem, mut start) = (from, None, None);
            for (w, tag) in crate::text::segment::tagged(&text[from..to]) {
                let span = offset..offset + w.len();
                offset = span.end;
                let stem_chars = text[span.start.min(at)..at].chars().count();
                let named = (tag == "ns" || (taiwan && (stem_tag(tag) || tag == TAIWAN_NAME_TAG)))
                    && stems.contains(&stem_chars);
                if named && span.end == at {
                    stem = Some(span.start);
                } else if span == (at..end) {
                    start = stem;
                } else if named && span.end == end && (taiwan || stem_is_place(&text[span.start..at])) {
                    start = Some(span.start);
                }
                if span.end >= end {
                    break;
                }
            }
            let Some(start) = start else { continue };
            let stem = &text[start..at];
            let plain = stem.chars().all(is_han)
                && !stem.starts_with(|c| among(DETERMINERS, c) || LEVEL_CHARS.contains(c))
                && !STOP_WORDS.iter().any(|w| stem.starts_with(*w))
                && !GAZETTEER.lookup(stem).is_some_and(|f| f.iter().any(|f| f.level < Level::County));
            if plain {
                found.push(start..end);
            }
        }
    }
    found
}

/// Whether `stem` holds a particle of jieba's (tags u…: 之, 的, 了), as a word or inside a word jieba
/// glues of characters it does not know (麻将|之, 蟹之: 大闸蟹之乡, X之乡 a title of praise, no town).
/// Not the other function words (prepositions, conjunctions), which name towns (同里镇, 人和街道, 正和镇).
fn holds_particle(stem: &str) -> bool {
    use crate::text::segment::{char_tag, tagged};
    tagged(stem).into_iter().any(|(w, tag)| {
        tag.starts_with('u') || (tag == "x" && w.chars().any(|c| char_tag(c).starts_with('u')))
    })
}

/// Places of Malaysia and Singapore named by a Malay place word and the name after it (甘榜尊多, 武吉哈逢,
/// 双溪拉美士, 巴力毛尔基: `malay-place-words.txt`), in an article that prints a place abroad: the word
/// opens where no dictionary word of jieba's runs across its start, and the name runs over jieba's words
/// after it while they are names, words jieba does not know or single characters that are no function
/// word (preposition, conjunction, particle, adverb, pronoun), two to six characters (甘榜巴雅|救出, 甘榜峇鲁双溪玛斯|亦;
/// 马来甘榜|也 names none).
fn malay_places(text: &str) -> Vec<Candidate> {
    use crate::text::segment::{char_tag, tagged, word_across};
    const FUNCTION_TAGS: [&str; 5] = ["p", "c", "u", "uj", "ul"];
    let mut found = Vec::new();
    for (_, word) in occurrences(text, &MALAY_PLACE_WORDS) {
        let from = text[..word.start].char_indices().rev().nth(3).map_or(0, |(i, _)| i);
        if word_across(text, from, word.start) {
            continue;
        }
        let to = text[word.end..].char_indices().nth(6).map_or(text.len(), |(i, _)| word.end + i);
        let (mut end, mut chars) = (word.end, 0);
        for (w, tag) in tagged(&text[word.end..to]) {
            // 哈逢|及岭: a function word jieba glues into an unknown word still ends the name.
            let n = w.chars().take_while(|&c| !FUNCTION_TAGS.contains(&char_tag(c))).count();
            let whole = n == w.chars().count();
            let single = n == 1 && !FUNCTION_TAGS.contains(&tag) && !["d", "r", "m", "y"].contains(&tag);
            if !w.chars().all(is_han) || !(stem_tag(tag) || single) || chars + n > 6 {
                break;
            }
            end += w.char_indices().nth(n).map_or(w.len(), |(i, _)| i);
            chars += n;
            if !whole {
                break;
            }
        }
        if chars >= 2 {
            found.push(Candidate::new(word.start..end, EntityType::Place));
        }
    }
    found
}

/// Towns, townships and streets printed alone that the NBS list names (横塘镇, 谭子山镇, 跳马镇, 井龙街道):
/// a stem of three or two characters (the longer first) and a unit, the whole a name of the list (see
/// [`crate::text::gazetteer::listed_town`], which only confirms a name the text prints so), where no dictionary word
/// of jieba's runs across the stem's start, nor across the unit's end (镇长, 乡村, 镇政府: no town), nor
/// across the unit's start unless jieba reads it as a place (景|古镇, 谭子|山镇; not 特色|小镇, 城乡, 家乡);
/// the stem is no common word of the dictionary (中心镇, 新市镇, 解放街道: a kind or a verb as often as a
/// town) and opens with no determiner, level or stop word (区|井龙街道 is 井龙街道); a town jieba reads
/// as one word is [`named_towns`]' to judge (新市镇, a new town; 城关镇).
fn listed_towns(text: &str) -> Vec<Span> {
    use crate::text::segment::{in_dictionary, tagged, word_across};
    let mut found = Vec::new();
    for unit in ["镇", "乡", "街道"] {
        for (at, _) in text.match_indices(unit) {
            let end = at + unit.len();
            if word_across(text, at, end) {
                continue;
            }
            let mut back = text[..at].char_indices().rev().map(|(i, _)| i).skip(1);
            let (two, three) = (back.next(), back.next());
            let stem_at = [three, two].into_iter().flatten().find(|&start| {
                let stem = &text[start..at];
                let from = text[..start].char_indices().rev().nth(3).map_or(0, |(i, _)| i);
                // The hashed set first: the cut of the stem (three jieba calls) only for a listed town.
                let fused =
                    || tagged(&text[start..end]).into_iter().last().filter(|(w, _)| w.len() > unit.len());
                stem.chars().all(is_han)
                    && crate::text::gazetteer::listed_town(&text[start..end])
                    && !holds_particle(stem)
                    && !stem.starts_with(|c| among(DETERMINERS, c) || LEVEL_CHARS.contains(c))
                    && !STOP_WORDS.iter().any(|w| stem.starts_with(*w))
                    && (!in_dictionary(stem) || tagged(stem).first().is_some_and(|&(_, tag)| stem_tag(tag)))
                    && !word_across(text, from, start)
                    && !fused().is_some_and(|(w, tag)| tag != "ns" && in_dictionary(w))
                    && !in_dictionary(&text[start..end])
            });
            if let Some(start) = stem_at {
                found.push(start..end);
            }
        }
    }
    found
}

/// The units of Japan's and Korea's municipalities (珠洲市, 志贺町, 义城郡, 温阳邑).
const MUNICIPAL_UNITS: [&str; 4] = ["市", "町", "郡", "邑"];

/// The end of a municipality abroad printed at `start` (石川县|珠洲市, 长野县|松本市, 庆尚北道|义城郡): a
/// stem of two characters, neither a determiner, a level nor a stop word first, across whose end jieba
/// reads no dictionary word (各市, 该郡; 城市, 上市), then one of [`MUNICIPAL_UNITS`].
fn municipality_at(text: &str, start: usize) -> Option<usize> {
    let mut chars = text[start..].chars();
    let (first, second, unit) = (chars.next()?, chars.next()?, chars.next()?);
    let stem_end = start + first.len_utf8() + second.len_utf8();
    let end = stem_end + unit.len_utf8();
    let plain = is_han(first)
        && is_han(second)
        && MUNICIPAL_UNITS.iter().any(|u| u.starts_with(unit))
        && !among(DETERMINERS, first)
        && !LEVEL_CHARS.contains(first)
        && !STOP_WORDS.iter().any(|w| text[start..].starts_with(*w))
        && !crate::text::segment::word_across(text, start, stem_end)
        && counts_no_name(&text[start..stem_end]);
    plain.then_some(end)
}

/// Whether a municipality's stem reads as a name (爱知县|近两市, 北海道|多个市町, 京畿道|下属市郡: none): no
/// numeral or measure word of jieba's in it, and a word of two characters is a name or unknown to jieba
/// (see [`STEM_TAGS`]).
fn counts_no_name(stem: &str) -> bool {
    let words = crate::text::segment::tagged(stem);
    !words.iter().any(|(w, tag)| {
        ["m", "q", "mq"].contains(tag) || w.chars().any(numeral) || (w.chars().count() > 1 && !stem_tag(tag))
    })
}

/// Whether `c` is a character of numbers and amounts, a count's numeral or 个, which open or end no
/// municipality's stem (近两市, 多个市, 数市) nor a place's name after them (一|江山列岛).
fn numeral(c: char) -> bool {
    COUNT_NUMERALS.contains(c) || c == '个'
}

/// Words after 市 that make it a municipal council's (市议会, 市议员), not the city's unit.
const COUNCIL_WORDS: [&str; 2] = ["议会", "议员"];

/// The length of the 市 printed after a foreign city at `end` (阿拉木图市), or of the 县 after a city
/// abroad that names its district too (Malaysia's: 居銮县, 笨珍县), or of the 省 or 府 after one that names
/// its province too (Vietnam's, Laos' and Cambodia's 省: 北宁省, 万象省; Thailand's 府: 罗勇府), 0 when none
/// is, when the city's name has a unit of its own (胡志明市), when it is Taiwan's or Japan's (their counties
/// and prefectures are listed in full) or when the unit opens a word with the character after it
/// (新山|市政局, 曼谷|市场, 古来|县城, 万象|省钱, 罗勇|府邸).
fn foreign_city_unit(text: &str, end: usize, form: &crate::text::gazetteer::Form) -> usize {
    let city = form.foreign && form.level == Level::Prefecture && !form.full.ends_with(['市', '州', '区']);
    let Some(unit) = text[end..]
        .chars()
        .next()
        .filter(|&u| u == '市' || (matches!(u, '县' | '省' | '府') && !form.taiwan && !form.municipal))
    else {
        return 0;
    };
    let next = text[end..].chars().nth(1);
    // 巴生|市议会: a municipal council's 市 is the council's.
    let opens_word = || {
        next.is_some_and(|c| crate::text::segment::in_dictionary(&format!("{unit}{c}")))
            || COUNCIL_WORDS.iter().any(|w| text[end + unit.len_utf8()..].starts_with(w))
    };
    if city && !opens_word() {
        unit.len_utf8()
    } else {
        0
    }
}

/// The length of the direction and the new town printed right after a city or an area abroad at `end`
/// that name a part of it (大埔北, 粉岭南, 九龙东北: one of 东西南北, or 东 or 西 before 南 or 北; 上水新市镇,
/// 大埔北新市镇), 0 when none is. The direction opens no word (北部, 南面, 西侧: see
/// [`DIRECTION_COMPLEMENTS`]; 北京), no unit (槟岛|西北县: a district of its own), no longer place (西九龙,
/// 北海) and ends a word of jieba's read from the direction on (沙田|南延线: a line), unless the new town
/// follows it.
fn foreign_part(text: &str, end: usize, form: &crate::text::gazetteer::Form) -> usize {
    if !form.foreign || form.level != Level::Prefecture {
        return 0;
    }
    let new_town = |at: usize| if text[at..].starts_with(NEW_TOWN) { NEW_TOWN.len() } else { 0 };
    let rest = &text[end..];
    // The four directions are one character of three bytes each.
    const DIRECTION: usize = '东'.len_utf8();
    let single = rest.starts_with(['东', '西', '南', '北']);
    let compound = rest.starts_with(['东', '西']) && rest[DIRECTION..].starts_with(['南', '北']);
    let lengths = [(compound, 2 * DIRECTION), (single, DIRECTION)];
    for len in lengths.into_iter().filter_map(|(printed, len)| printed.then_some(len)) {
        let after = end + len;
        let town = new_town(after);
        let opens = text[after..].chars().next().is_some_and(|c| {
            among(DIRECTION_COMPLEMENTS, c)
                || LEVEL_CHARS.contains(c)
                || (is_han(c) && crate::text::segment::in_dictionary(&text[end..after + c.len_utf8()]))
        });
        let place = GAZETTEER.longest_at(text, end).is_some_and(|(name, _)| name.len() > len);
        if town > 0 || (!opens && !place && word_ends_at(text, end, after)) {
            return len + town;
        }
    }
    new_town(end)
}

/// Whether jieba, reading `start..end` of `text` with two characters after it, ends a word at `end`
/// (大埔北|、, not 沙田|南延线).
fn word_ends_at(text: &str, start: usize, end: usize) -> bool {
    let to = text[end..].char_indices().nth(2).map_or(text.len(), |(i, _)| end + i);
    let mut offset = start;
    crate::text::segment::words(&text[start..to]).into_iter().any(|w| {
        offset += w.len();
        offset == end
    })
}

/// A new town (上水新市镇), which jieba reads as one word.
const NEW_TOWN: &str = "新市镇";

/// Whether a county's bare stem is long enough to be no common word (阿拉山口, 霍尔果斯, 香格里拉: four
/// characters or more), which counts alone like a prefecture's.
fn long_stem(name: &str, form: &crate::text::gazetteer::Form) -> bool {
    form.level == Level::County && !form.foreign && name.chars().nth(LONG_STEM_CHARS - 1).is_some()
}

/// The characters of a county stem that counts without its full form.
const LONG_STEM_CHARS: usize = 4;

/// Where the town ends when a town's unit (镇, 乡) follows `end` and opens no dictionary word with the
/// character after it (镇长, 乡村 are no towns).
fn town_of_stem(text: &str, end: usize) -> Option<usize> {
    let mut after = text[end..].chars();
    let unit = after.next().filter(|u| matches!(u, '镇' | '乡' | '鎮' | '鄉'))?;
    let town = end + unit.len_utf8();
    let opens_word =
        after.next().is_some_and(|n| crate::text::segment::in_dictionary(&text[end..town + n.len_utf8()]));
    (!opens_word).then_some(town)
}

/// Whether the town or village at `span`, its stem the first `stem_len` bytes, is a name: the stem
/// opens with no one-character unit and no determiner and ends no count (not 乡镇|街道, 多个|镇, 各|村), and,
/// `Strict`, opens with no level, is a name or a word jieba does not know (see [`stem_tag`]) and ends
/// no word of jieba's with the unit (新|农村); the unit opens no word with the character after it (乡村,
/// 镇长, 村民) and the whole is no dictionary word (城中村).
fn settled_unit(text: &str, span: Span, stem_len: usize, vouched: Vouched) -> bool {
    use crate::text::segment::{in_dictionary, tagged};
    let (stem, unit) = (&text[span.start..span.start + stem_len], &text[span.start + stem_len..span.end]);
    let mut units = TOWN_UNITS.iter().chain(VILLAGE_UNITS.iter()).filter(|u| u.chars().count() == 1);
    let counted = stem.ends_with(COUNT_END) || stem.starts_with(|c| among(DETERMINERS, c));
    // 永泰|县城西街道: where nothing vouches for it, a stem opens with no level (the county's unit).
    let levelled = vouched == Vouched::Strict && stem.starts_with(|c| LEVEL_CHARS.contains(c));
    if counted
        || levelled
        || units.any(|u| stem.starts_with(*u))
        || STOP_WORDS.iter().any(|w| stem.starts_with(*w))
    {
        return false;
    }
    // 新|农村: where nothing vouches for it, the unit is no dictionary word's end inside the stem (but Taiwan's 里
    // ends 村里, "in the village", after a stem ending in 村: 南村|里).
    if vouched == Vouched::Strict && unit != TAIWAN_VILLAGE_UNIT {
        // A word jieba's HMM makes of the stem's last character and the unit is no word (田家|沟村).
        let last = crate::text::segment::words(&text[span.clone()])
            .last()
            .filter(|w| in_dictionary(w))
            .map_or(0, |w| w.len());
        if last > 0 && span.end - last > span.start && span.end - last < span.start + stem_len {
            return false;
        }
    }
    let next = text[span.end..].chars().next();
    let opens_word = match unit {
        "村" => next.is_some_and(|c| among(VILLAGE_WORD_STARTS, c)),
        // 镇长, 乡村, 里面; not a place name jieba makes of the unit and the next name's first
        // character (枫林镇|南岭村: jieba's 镇南).
        "镇" | "乡" | TAIWAN_VILLAGE_UNIT => next.is_some_and(|c| {
            let word = format!("{unit}{c}");
            in_dictionary(&word) && !matches!(tagged(&word).as_slice(), [(_, "ns")])
        }),
        _ => false,
    };
    let named = vouched == Vouched::Lenient || {
        let words = tagged(stem);
        words.len() > 1 || words.first().is_some_and(|(_, tag)| stem_tag(tag))
    };
    named && !opens_word && !in_dictionary(&text[span])
}

/// Whether a town is printed right after `end` (城西街道 after 永泰县): then the county keeps its unit,
/// though the unit and the town's first character make a word (县城).
fn town_at(text: &str, end: usize) -> bool {
    TOWN.captures(&text[end..]).is_some_and(|m| {
        let stem = m.get(1).expect("the stem");
        settled_unit(text, end..end + m.get(0).expect("a match").len(), stem.len(), Vouched::Lenient)
    })
}

/// Districts named by their direction (南区, 北区, 西南区: Hong Kong's, Taiwan's cities', Penang's): the
/// direction of one or two characters before 区 is a word of its own or one with 区, a place name or a
/// direction to jieba, and no noun before or after it makes it a part of a site (会展中心|北区,
/// 园区|南区, 南区|食堂; a village after it may be any word: 中区|德兴里), nor a word opened by 区 after
/// it a body's (西|区政府).
fn direction_districts(text: &str) -> Vec<Span> {
    const DIRECTIONS: &str = "东西南北中";
    let mut found = Vec::new();
    for (at, _) in text.match_indices('区') {
        let head = text[..at].chars().rev().take_while(|&c| among(DIRECTIONS, c)).take(2).count();
        if head == 0 {
            continue;
        }
        let (start, end) = (at - head * '东'.len_utf8(), at + '区'.len_utf8());
        let from = text[..start].char_indices().rev().nth(3).map_or(0, |(i, _)| i);
        let to = text[end..].char_indices().nth(2).map_or(text.len(), |(i, _)| end + i);
        let (mut offset, mut before, mut fits) = (from, "x", (false, false));
        for (word, tag) in crate::text::segment::tagged(&text[from..to]) {
            if offset < start {
                before = tag;
            } else if offset == start {
                fits.0 = matches!(tag, "ns" | "f") && !before.starts_with('n') && before != "vn";
            } else if offset == end && matches!(tag, "n" | "vn") && !TAIWAN_VILLAGE.is_match(&text[end..]) {
                // A common noun after it makes it a part of a site too (南区|食堂, 北区|宿舍).
                fits.0 = false;
            }
            offset += word.len();
            fits.1 |= offset == end;
        }
        if fits.0 && fits.1 {
            found.push(start..end);
        }
    }
    found
}

/// The village or community right after `end` (a town's or a county's end), if one is printed there,
/// then the villages listed after it with 、 (枫林乡东岭村、下坪村、石桥村: each a stem of two or three
/// characters and a village unit, vouched for by the first).
fn villages_at(text: &str, end: usize, vouched: Vouched, taiwan: bool) -> Vec<Span> {
    let mut found = Vec::new();
    let (mut from, mut vouched) = (end, vouched);
    let village = if taiwan { &*TAIWAN_VILLAGE } else { &*VILLAGE };
    while let Some(m) = village.captures(&text[from..]) {
        let span = from..from + m.get(0).expect("a match").len();
        if !settled_unit(text, span.clone(), m[1].len(), vouched) {
            break;
        }
        found.push(span.clone());
        // The next village listed with 、, or the natural village inside this one (杨庄村梅岭自然村).
        let natural = village.find(&text[span.end..]).is_some_and(|m| m.as_str().ends_with("自然村"));
        match text[span.end..].strip_prefix('、') {
            Some(_) => from = span.end + '、'.len_utf8(),
            None if natural => from = span.end,
            None => break,
        }
        vouched = Vouched::Lenient;
    }
    found
}

/// Towns printed with their village and no county before them (在凤都镇际面村, 左营镇陈良行政村): the
/// town opens where jieba cuts (see [`first_town`]), the village is a name (see [`settled_unit`]) and
/// vouches for the town's stem, which may be any word (枫林乡东岭村, whatever jieba makes of 枫林).
fn towns_with_villages(text: &str, places: &[Candidate], taiwan: bool) -> Vec<Candidate> {
    // The places by start, and the furthest end among each prefix of them: whether a place opens
    // before a point and ends after another is one binary search (a scan per town was quadratic on a
    // long list of towns and villages).
    let mut spans: Vec<(order::Key, usize)> =
        places.iter().map(|p| (p.span.start as order::Key, p.span.end)).collect();
    order::sort_pairs(&mut spans);
    let furthest: Vec<usize> = spans
        .iter()
        .scan(0, |furthest, &(_, end)| {
            *furthest = end.max(*furthest);
            Some(*furthest)
        })
        .collect();
    let mut found = Vec::new();
    for unit in TOWN_UNITS.iter() {
        for (at, _) in text.match_indices(unit) {
            let end = at + unit.len();
            let villages = villages_at(text, end, Vouched::Strict, taiwan);
            if villages.is_empty() {
                continue;
            }
            let Some(town) = first_town(text, end) else { continue };
            // A town after its county is read with the county (some places find it); this one opens
            // after none (not 区|枣园镇 inside 兰山区枣园镇).
            let before = spans.partition_point(|&(start, _)| start < at as order::Key);
            let inside = before > 0 && furthest[before - 1] > town.start;
            if !inside && settled_unit(text, town.clone(), at - town.start, Vouched::Lenient) {
                found.push(Candidate::new(town, EntityType::Place));
                found.extend(villages.into_iter().map(|v| Candidate::new(v, EntityType::Place)));
            }
        }
    }
    found
}

/// Villages and communities printed with no town or county before them (花果山村, 坡塘村, 张家庄社区):
/// the stem is the longest of three or two Han characters before the unit that opens a word of jieba's
/// in the few characters before it, every word of it a name or unknown to jieba, and settled as `Strict`
/// asks (not 重点|村, 贫困|村, 我们|村, 新|农村, 建设新|社区, 家庭及|社区; a stem of four, 小石板河村, is
/// not read). A place found already ending at the unit has read the village with it.
fn bare_villages(text: &str, places: &[Candidate], taiwan: bool, new_villages: bool) -> Vec<Candidate> {
    let ends: FxHashSet<usize> = places.iter().map(|c| c.span.end).collect();
    let village = if taiwan { &*TAIWAN_VILLAGE } else { &*VILLAGE };
    let mut found = Vec::new();
    // Every unit's occurrences in one pass (a village's 村 inside 自然村 and 新村 too).
    let units = ["社区", "自然村", NEW_VILLAGE, "村"];
    for (i, range) in occurrences(text, &units) {
        let (unit, at) = (units[i], range.start);
        if unit == NEW_VILLAGE && !new_villages {
            continue;
        }
        // 行政村 and 自然村 are units of their own stem (某某行政村): a longer unit of VILLAGE_UNITS ending
        // at this one; a place ending at the unit has read it. Not 新村, Malaysia's new villages
        // (叶陶沙新村), whose 新 may end a village's stem too (李新村).
        let own_unit = VILLAGE_UNITS
            .iter()
            .any(|u| u.len() > unit.len() && *u != NEW_VILLAGE && text[..at + unit.len()].ends_with(u));
        if own_unit || ends.contains(&at) {
            continue;
        }
        let back: Vec<usize> = text[..at]
            .char_indices()
            .rev()
            .take(BARE_STEM_CHARS + 1)
            .take_while(|&(_, c)| is_han(c))
            .map(|(i, _)| i)
            .collect();
        let Some(&from) = back.last() else { continue };
        let mut starts = vec![from];
        let mut offset = from;
        for word in crate::text::segment::words(&text[from..at]) {
            offset += word.len();
            starts.push(offset);
        }
        // The longest stem first: 大竹园 before 竹园.
        // A stem holding a unit's or a level's character is a phrase (推进|城乡|社区), not a name.
        let stems = back.iter().take(BARE_STEM_CHARS).rev().copied().filter(|&start| {
            at - start >= '村'.len_utf8() * 2
                && starts.contains(&start)
                && !ends.contains(&start)
                && !text[start..at].contains(|c| LEVEL_CHARS.contains(c) || among("乡镇村社", c))
        });
        // The first that names (来到了|李洼村: not 了李洼, a particle opening it).
        let village = stems.into_iter().find_map(|start| {
            let m = village.find(&text[start..])?;
            let span = start..start + m.len();
            // Every word of the stem a name or unknown to jieba, not a phrase (建设|新, 家庭|及).
            let words = crate::text::segment::tagged(&text[start..at]);
            let named = words.iter().all(|(_, tag)| stem_tag(tag));
            // 淘宝村, 电商村, 网红村: an unknown word of two characters is a kind of village as often
            // as a name; something near it must vouch for a real one (村民, 村委会, 党支部, 位于).
            // A natural village's unit vouches for it (云松自然村): no kind of village is printed so.
            let unknown =
                unit != "自然村" && matches!(words.as_slice(), [(w, "x")] if w.chars().count() == 2);
            let numeral = unit == NEW_VILLAGE && after_numeral(text, start);
            (named
                && !numeral
                && (!unknown || village_vouched(text, start, span.end))
                && span.end == at + unit.len()
                && settled_unit(text, span.clone(), at - start, Vouched::Strict))
            .then_some(span)
        });
        found.extend(village.map(|span| Candidate::new(span, EntityType::Place)));
    }
    found
}

/// Words near a village that vouch for it as an administrative one (坡塘村的村民, 村委会, 党支部, 干部,
/// 位于).
const VILLAGE_VOUCHERS: [&str; 5] = ["村民", "村委", "党支部", "干部", "位于"];

/// Whether a word of [`VILLAGE_VOUCHERS`] stands in the sentence around the village at `start..end`,
/// within [`bounds::REACH`] characters either side.
fn village_vouched(text: &str, start: usize, end: usize) -> bool {
    let from = bounds::reach_start(text, start, bounds::ends_sentence, bounds::REACH);
    let to = bounds::reach_end(text, end, bounds::ends_sentence, bounds::REACH);
    VILLAGE_VOUCHERS.iter().any(|w| holds(&text[from..to], w))
}

/// The most characters of a village's stem with nothing before it to vouch for its start.
const BARE_STEM_CHARS: usize = 3;

/// A village found in a chain, printed again with another village unit (陈良行政村, then 陈良村).
fn villages_again(text: &str, places: &[Candidate]) -> Vec<Candidate> {
    let stems: FxHashSet<&str> = places
        .iter()
        .filter_map(|c| VILLAGE_UNITS.iter().find_map(|u| text[c.span.clone()].strip_suffix(u)))
        .collect();
    let names: Vec<(usize, String)> = stems
        .iter()
        .flat_map(|stem| VILLAGE_UNITS.iter().map(move |unit| (stem.len(), format!("{stem}{unit}"))))
        .collect();
    let words: Vec<&str> = names.iter().map(|(_, name)| name.as_str()).collect();
    // Every name in one pass (a search per name was quadratic on a long list of villages).
    occurrences(text, &words)
        .into_iter()
        .filter(|(i, span)| settled_unit(text, span.clone(), names[*i].0, Vouched::Lenient))
        .map(|(_, span)| Candidate::new(span, EntityType::Place))
        .collect()
}

/// The unit of an autonomous county, printed after the stem alone in short (秀山自治县).
const AUTONOMOUS_COUNTY: &str = "自治县";

/// The units a county's name may be printed with besides its own: a county made a city or a district
/// (撤县设市, 撤县设区) keeps its former name in older news (射洪县 for today's 射洪市).
const COUNTY_UNITS: [char; 3] = ['县', '市', '区'];

/// Whether the county's stem at `at..end` is followed by another county unit than its own, where
/// the two are no dictionary word (大城市, not 大城县) and the unit opens no word with the character
/// after it (射洪县, not 射洪|区域).
fn former_unit(text: &str, at: usize, end: usize) -> bool {
    use crate::text::segment::in_dictionary;
    let mut after = text[end..].chars();
    let Some(unit) = after.next().filter(|u| COUNTY_UNITS.contains(u)) else {
        return false;
    };
    let opens_word =
        after.next().is_some_and(|next| in_dictionary(&text[end..end + unit.len_utf8() + next.len_utf8()]));
    !in_dictionary(&text[at..end + unit.len_utf8()]) && !opens_word
}

/// Where the place ending at `end` ends without its unit character when jieba reads that character as
/// the start of a longer word (成都|市场, 上海|市民, 深圳|市区; not 成都市|内, nor a title: 新山县长): the
/// dictionary is asked first whether the unit and the next character make a word.
fn unit_opens_word(text: &str, end: usize) -> Option<usize> {
    let unit = text[..end].chars().next_back().filter(|c| among("市县区省州", *c))?;
    let next = text[end..].chars().next().filter(|c| is_han(*c))?;
    let start = end - unit.len_utf8();
    if !crate::text::segment::in_dictionary(&text[start..end + next.len_utf8()]) {
        return None;
    }
    let from = text[..start].char_indices().rev().nth(1).map_or(start, |(i, _)| i);
    let to = text[end..].char_indices().nth(2).map_or(text.len(), |(i, _)| end + i);
    let mut offset = from;
    // 新山县长: a title opened by the unit keeps it (the place is the title's, 新山县).
    crate::text::segment::words(&text[from..to])
        .into_iter()
        .any(|w| {
            let opens = offset == start && offset + w.len() > end && !super::lexicon::TITLES.contains(&w);
            offset += w.len();
            opens
        })
        .then_some(start)
}

/// Towns and townships listed with no county before them (到杨集镇、拐河镇、四里店镇和袁店乡): two or more
/// names joined by 、 (the last may follow 和 or 及), each a stem of two or three characters and a town
/// unit. A stem between two joiners is exact; the first takes jieba's cut (到|杨集镇, not 到杨集镇). An
/// item is a town only where jieba cuts before its unit or reads it whole, and a word ends after it
/// (特色|小镇, 镇长 and 乡村 are no towns).
fn town_lists(text: &str) -> Vec<Candidate> {
    let mut found = Vec::new();
    // The end of the last list read: a list's later joiners are not read again.
    let mut done = 0;
    // Where a unit and 、 meet (镇、), in reading order: the only places a list can open.
    let mut joints: Vec<usize> = TOWN_UNITS
        .iter()
        .flat_map(|u| {
            text.match_indices(&format!("{u}、")).map(move |(at, _)| at + u.len()).collect::<Vec<_>>()
        })
        .collect();
    order::sort_numbers(&mut joints);
    for at in joints {
        if at < done {
            continue;
        }
        let Some(first) = first_town(text, at) else { continue };
        let mut items = vec![first];
        let mut from = at;
        while let Some(joiner) = text[from..].chars().next().filter(|c| among("、和及", *c)) {
            let start = from + joiner.len_utf8();
            let Some(end) = town_item(text, start) else { break };
            items.push(start..end);
            from = end;
        }
        done = from;
        if items.len() >= 2 {
            found.extend(items.into_iter().map(|span| Candidate::new(span, EntityType::Place)));
        }
    }
    found
}

/// The town ending at `end` that opens a list: its stem begins where jieba cuts, three characters
/// when the first word is no single character (在|四里店镇), else two (到|杨|集镇: the list's later
/// towns vouch for the unit, which jieba may join to the stem's last character).
fn first_town(text: &str, end: usize) -> Option<Span> {
    let unit = TOWN_UNITS.iter().find(|u| text[..end].ends_with(**u))?;
    let stem_end = end - unit.len();
    [3, 2].into_iter().find_map(|n| {
        let start = text[..stem_end].char_indices().rev().nth(n - 1)?.0;
        let stem = &text[start..stem_end];
        let plain = stem.chars().all(is_han)
            && !TOWN_UNITS.iter().any(|u| holds(stem, u))
            && !STOP_WORDS.iter().any(|w| stem.starts_with(*w));
        let from = text[..start].char_indices().rev().nth(1).map_or(start, |(i, _)| i);
        let mut offset = from;
        let mut opens = None;
        for w in crate::text::segment::words(&text[from..end]) {
            if offset == start {
                opens = Some(w.chars().count());
            }
            offset += w.len();
        }
        let fits = opens.is_some_and(|len| n == 2 || len > 1);
        (plain && fits).then_some(start..end)
    })
}

/// The end of a town named at `start`: two or three Han characters that are no stop word, then a town
/// unit that no dictionary word opened inside the stem holds (特色|小镇, 城|乡) and, unless a joiner or
/// punctuation follows, that ends a word (镇长, 乡村 are no towns).
fn town_item(text: &str, start: usize) -> Option<usize> {
    let rest = &text[start..];
    let (stem_len, unit) = [2, 3].into_iter().find_map(|n| {
        let len = rest.char_indices().nth(n).map(|(i, _)| i)?;
        let unit = TOWN_UNITS.iter().find(|u| rest[len..].starts_with(**u))?;
        let stem = &rest[..len];
        let plain = stem.chars().all(|c| is_han(c) && c != '、')
            && !TOWN_UNITS.iter().any(|u| holds(stem, u))
            && !STOP_WORDS.iter().any(|w| stem.starts_with(*w));
        plain.then_some((len, unit.len()))
    })?;
    let (unit_start, end) = (start + stem_len, start + stem_len + unit);
    let closed = text[end..].chars().next().map_or(true, |c| !is_han(c) || among("、和及等", c));
    let to =
        if closed { end } else { text[end..].char_indices().nth(2).map_or(text.len(), |(i, _)| end + i) };
    let mut offset = start;
    for w in crate::text::segment::words(&text[start..to]) {
        let span = offset..offset + w.len();
        offset = span.end;
        if span.end <= unit_start {
            continue;
        }
        let inside = span.start > start && span.start < unit_start;
        let glued = inside && crate::text::segment::in_dictionary(w);
        return (!glued && (closed || span.end == end)).then_some(end);
    }
    None
}

/// Words that make a place before them the name of a road, a station or a line (北京路, 宁波站, 成都东站,
/// 沪昆高铁) or of a dialect (福建|话), which are no entities.
const ROUTE_WORDS: [&str; 12] =
    ["路", "大道", "大街", "站", "机场", "高速", "铁路", "高铁", "大桥", "隧道", "码头", "话"];

/// Whether the place ending at `end` names a road, a station or a line: jieba's next word is a route
/// word, or one with a direction before it (东路, 南站), not a longer word (路演, 路上, 站在 stay).
fn names_a_route(text: &str, end: usize) -> bool {
    // The characters first: jieba is asked only where a route word (after a direction) follows.
    let rest = text[end..].strip_prefix(['东', '南', '西', '北', '中']).unwrap_or(&text[end..]);
    if !ROUTE_WORDS.iter().any(|r| rest.starts_with(r)) {
        return false;
    }
    let to = text[end..].char_indices().nth(4).map_or(text.len(), |(i, _)| end + i);
    let words = crate::text::segment::words(&text[end..to]);
    words.first().is_some_and(|w| {
        ROUTE_WORDS.iter().any(|r| {
            w.strip_suffix(r)
                .is_some_and(|head| head.chars().count() <= 1 && head.chars().all(|c| among("东南西北中", c)))
        })
    })
}

/// Cities with 大 before them, the city and its surroundings (大台南, 大上海): 大 a word of its own
/// (not 扩大|上海, 最大|上海) before a province or a prefecture-level city.
fn greater_cities(text: &str, places: &[Candidate]) -> Vec<Candidate> {
    let g = &*GAZETTEER;
    let mut found = Vec::new();
    for c in places {
        let Some(at) = text[..c.span.start].strip_suffix('大').map(str::len) else { continue };
        let city = g.best(&text[c.span.clone()]).is_some_and(|f| f.level < Level::County);
        if !city {
            continue;
        }
        let from = text[..at].char_indices().rev().nth(2).map_or(at, |(i, _)| i);
        let mut offset = from;
        let alone = crate::text::segment::words(&text[from..c.span.end]).into_iter().any(|w| {
            let starts = offset == at;
            offset += w.len();
            starts
        });
        if alone {
            found.push(Candidate::new(at..c.span.end, EntityType::Place));
        }
    }
    found
}

/// Whether a place opens a quoted title the place claims (“中国光伏之都”, 「X新硅都」, “中国竹子之乡”): the
/// place is part of the title, no mention of its own (but “西昌速度” is the place's).
fn opens_slogan(text: &str, span: std::ops::Range<usize>) -> bool {
    if !text[..span.start].ends_with(['“', '「']) {
        return false;
    }
    let rest: String = text[span.end..].chars().take(SLOGAN_MAX + 1).collect();
    rest.find(['”', '」']).is_some_and(|close| {
        let title = &rest[..close];
        title.chars().all(is_han) && TITLE_ENDS.iter().any(|e| title.ends_with(e) && title.len() > e.len())
    })
}

/// The most characters a quoted title holds after the place opening it.
const SLOGAN_MAX: usize = 10;

/// Endings of the titles a place claims (之都, 之城, 之乡; 新硅都).
const TITLE_ENDS: [&str; 3] = ["都", "之城", "之乡"];

/// A long word of jieba's (see [`long_words`]): its byte span and its tag.
type LongWord = (Span, &'static str);

/// jieba's words of two Han characters or more in the block of `text` around byte `at` (a hit's
/// start), with their tags: the words a place may begin or end inside (see [`whole_word`]), in
/// reading order, never overlapping; and the block. Jieba cuts each block alone, so these are the
/// whole text's words there; a place lies inside one block, so no other block's words bear on it.
fn long_words(text: &str, at: usize) -> (Span, Vec<LongWord>) {
    let block = crate::text::segment::block_around(text, at);
    let mut start = block.start;
    let mut words = Vec::new();
    for (word, tag) in crate::text::segment::tagged(&text[block.clone()]) {
        let span = start..start + word.len();
        start = span.end;
        if word.chars().nth(1).is_some() && word.chars().all(is_han) {
            words.push((span, tag));
        }
    }
    (block, words)
}

/// Of the long words `long` (in order, never overlapping), the one holding byte `at` of a place ending
/// at `end` (the last starting at or before `at`, where it runs past `at`), and the one after it that
/// the place gives its end to (starting after `at`, running past `end`).
fn words_around(long: &[LongWord], at: usize, end: usize) -> (Option<&LongWord>, Option<&LongWord>) {
    let holder = long.partition_point(|(w, _)| w.start <= at).checked_sub(1).map(|i| &long[i]);
    let next = long.partition_point(|(w, _)| w.start < end);
    let next = next.checked_sub(1).and_then(|i| long.get(i)).filter(|(n, _)| n.start > at && end < n.end);
    (holder.filter(|(w, _)| at < w.end), next)
}

/// Whether a long word (of [`long_words`]) is a dictionary word that is no place itself (阿里巴巴, not
/// 昆明市): a place that ends inside one is part of a longer word. Asked only of the words a place
/// ends inside, which are few: the dictionary check cuts the word again.
fn whole_word(word: &str, tag: &str) -> bool {
    tag != "ns" && GAZETTEER.lookup(word).is_none() && crate::text::segment::in_dictionary(word)
}

/// Regions: a place, a named region, a water or a pair of abbreviations before a region word (攀西地区,
/// 长江经济带), with 双城 between (成渝地区双城经济圈); a river or lake before 流域 (巴生河流域). Regions
/// listed one after the other before 地区 share it and are each a place alone (粤东粤西粤北地区).
fn regions(text: &str) -> Vec<Candidate> {
    let g = &*GAZETTEER;
    let mut found = Vec::new();
    for word in REGION_WORDS.iter() {
        for (at, _) in text.match_indices(word) {
            if *word == "流域" {
                found.extend(
                    basin(text, at).map(|start| Candidate::new(start..at + word.len(), EntityType::Place)),
                );
                continue;
            }
            // 成渝地区|双城|经济圈: the twin cities of a region.
            let twin = text[..at].strip_suffix("双城").filter(|_| *word != "地区");
            let at = twin.map_or(at, str::len);
            let before = &text[..at];
            let named = g
                .regions()
                .iter()
                .chain(WATER_BODIES.iter())
                .find(|r| before.ends_with(**r))
                .map(|r| r.len());
            let chained = named.is_some_and(|n| {
                let head = &before[..before.len() - n];
                g.regions().iter().any(|r| head.ends_with(*r))
            });
            if *word == "地区" && chained {
                continue;
            }
            // 长三角|地区, 东北|地区, 太平洋|地区: a region or a water that is a place alone takes no 地区 (a
            // common noun after it); one that needs the word keeps it (攀西地区, 西南地区).
            if let Some(n) = named.filter(|&n| {
                *word == "地区"
                    && (STANDALONE_REGIONS.contains(&before[at - n..])
                        || WATER_BODIES.contains(&before[at - n..]))
            }) {
                found.push(Candidate::new(at - n..at, EntityType::Place));
                continue;
            }
            let named = named.or_else(|| {
                // 成渝地区双城经济圈: a region with 地区 before 双城.
                twin.and_then(|_| before.strip_suffix("地区"))
                    .and_then(|head| g.regions().iter().find(|r| head.ends_with(**r)))
                    .map(|r| r.len() + "地区".len())
            });
            let place = before
                .char_indices()
                .rev()
                .take(6)
                .map(|(i, _)| i)
                .find(|&i| g.best(&before[i..]).is_some_and(|f| f.level < Level::County))
                .map(|i| at - i);
            let pair = {
                let chars: Vec<char> = before.chars().rev().take(2).collect();
                (chars.len() == 2 && chars.iter().all(|&c| is_han(c) && g.abbreviation(c).is_some()))
                    .then(|| chars.iter().map(|c| c.len_utf8()).sum())
            };
            // 合宁都市圈, 武鄂黄黄都市圈: its cities' short forms, two to four characters jieba reads as
            // words it does not know (not 现代化|都市圈, 该|都市圈), each of a province's or a
            // prefecture's name (not 新质|经济圈, 宜业|都市圈).
            // The window's first word may be cut (推|动苏锡常): it is never read.
            let abbreviated = || {
                let from = before.char_indices().rev().nth(5).map_or(0, |(i, _)| i);
                let words = crate::text::segment::tagged(&before[from..]);
                let n: usize = words[1.min(words.len())..]
                    .iter()
                    .rev()
                    .take_while(|(w, tag)| *tag == "x" && w.chars().all(|c| is_han(c) && g.city_char(c)))
                    .map(|(w, _)| w.len())
                    .sum();
                (2..=4).contains(&before[at - n..].chars().count()).then_some(n)
            };
            // 地区 alone is too common (民族地区): it needs a named region or an abbreviation pair.
            let len = if *word == "地区" {
                named.or(pair)
            } else {
                named.or(place).or(pair).or_else(abbreviated)
            };
            if let Some(len) = len {
                let end = at + twin.map_or(0, |_| "双城".len()) + word.len();
                found.push(Candidate::new(at - len..end, EntityType::Place));
            }
        }
    }
    found
}

/// Where the basin's name begins when a river or a lake is printed right before 流域 at `at`: jieba's
/// word of two to five characters ending in 河, 江 or 湖 (黄河, 巴生河 read as 巴生|河), no function word
/// opening it (各河).
fn basin(text: &str, at: usize) -> Option<usize> {
    let from = text[..at].char_indices().rev().nth(4).map_or(0, |(i, _)| i);
    let words = crate::text::segment::tagged(&text[from..at + "流域".len()]);
    // jieba may keep the basin one word (黄河流域, 太湖流域).
    let (last, tag) = *words.last()?;
    if last != "流域" {
        let whole = last.strip_suffix("流域").filter(|_| tag == "ns")?;
        return Some(at - whole.len());
    }
    let mut names = words[..words.len() - 1].iter().rev();
    let (river, tag) = *names.next()?;
    let (river_len, tag) = match river {
        "河" | "江" | "湖" => {
            let (head, tag) = *names.next()?;
            (head.len() + river.len(), tag)
        }
        _ if river.ends_with(['河', '江', '湖']) => (river.len(), tag),
        _ => return None,
    };
    let start = at - river_len;
    let name = &text[start..at];
    let opening = name.chars().next().map(String::from);
    let proper = matches!(tag, "n" | "nr" | "ns" | "nz" | "x" | "j");
    let chars = name.chars().count();
    (proper
        && (2..=5).contains(&chars)
        && name.chars().all(is_han)
        && !opening.is_some_and(|o| STOP_WORDS.contains(&o.as_str())))
    .then_some(start)
}

/// Words after a list's last item that say its items are places (甲、乙、丙等地, 甲、乙及丙一带).
const PLACE_LIST_CLOSERS: [&str; 3] = ["等地", "一带", "等城市"];

/// Characters after a closer that make it the start of another word (等地道, 等地铁, 一带一路).
const CLOSER_WORD_ENDS: &str = "道铁毯标位一";

/// Where the first closer of places begins in `item`, if any.
fn place_list_closer(item: &str) -> Option<usize> {
    PLACE_LIST_CLOSERS
        .iter()
        .flat_map(|w| item.match_indices(w))
        .filter(|(p, w)| !item[p + w.len()..].starts_with(|c| among(CLOSER_WORD_ENDS, c)))
        .map(|(p, _)| p)
        .min()
}

/// Marks joining the two places of one list item (a Singapore constituency's 甲—乙, Hong Kong's 甲╱乙).
const PAIR_MARKS: &[char] = &['—', '╱', '/'];

/// The items of a list of places that the gazetteer does not know (昭觉, 美姑 in 布拖、昭觉、美姑等地; an
/// area abroad among areas found): in a clause whose items are joined by 、 (the last by 和 or 及), each
/// maybe a pair joined by a dash or a slash, every other item of two to four characters that jieba
/// reads as names or nouns and that is no other entity is a place when half the items or more are places
/// found (`chosen`, in reading order), or, before a closer of places (等地, 一带), when places found are
/// at least as many as the items that can be no place (…大学南宁|研究院、展览馆、实验室等地: none). The
/// first item counts when it opens the clause or follows a place found in it, the place a found one
/// (凉山州|布拖、昭觉…).
pub(super) fn listed_places(text: &str, chosen: &[Candidate]) -> Vec<Candidate> {
    let mut found = Vec::new();
    let people: FxHashSet<&str> =
        chosen.iter().filter(|c| c.kind == EntityType::Person).map(|c| &text[c.span.clone()]).collect();
    let mut read_to = 0;
    for (at, _) in text.match_indices('、') {
        if at < read_to {
            continue;
        }
        let start = bounds::reach_start(text, at, ends_list_clause, bounds::REACH);
        let end = bounds::reach_end(text, at, ends_list_clause, bounds::REACH);
        read_to = end;
        // Cheap test first: a list of places holds a place found (the one before the clause may reach
        // into it).
        let first = chosen.partition_point(|c| c.span.start < start).saturating_sub(1);
        if !chosen[first..].iter().take_while(|c| c.span.start < end).any(|c| c.kind == EntityType::Place) {
            continue;
        }
        let mut items: Vec<Span> = Vec::new();
        let mut closed = false;
        // 1 when the first item follows a place that the list hangs from (甘孜州|得荣、…).
        let mut anchored = 0;
        let segments: Vec<Span> = text[start..end]
            .split('、')
            .scan(start, |from, s| {
                let span = *from..*from + s.len();
                *from = span.end + '、'.len_utf8();
                Some(span)
            })
            .collect();
        for (i, seg) in segments.iter().enumerate() {
            let mut seg = seg.clone();
            if i == 0 {
                let last = chosen.partition_point(|c| c.span.start < seg.end).checked_sub(1);
                match last.map(|j| &chosen[j]) {
                    Some(c) if c.kind == EntityType::Place && c.span.end > seg.start => {
                        if c.span.end < seg.end {
                            seg.start = c.span.end;
                            anchored = 1;
                        } else if c.span.start > seg.start {
                            // 凉山州布拖、: the place ending the clause's first item is the item.
                            seg.start = c.span.start;
                        }
                    }
                    _ if seg.start == start => {}
                    _ => continue,
                }
            }
            if i + 1 == segments.len() {
                let closer = place_list_closer(&text[seg.clone()]);
                let joiner =
                    ["和", "及"].iter().filter_map(|w| text[seg.clone()].find(w)).filter(|&p| p > 0).min();
                if let Some(p) = joiner.filter(|&p| closer.map_or(true, |c| p < c)) {
                    items.push(seg.start..seg.start + p);
                    seg.start += p + '和'.len_utf8();
                }
                if let Some(p) = place_list_closer(&text[seg.clone()]) {
                    closed = true;
                    seg.end = seg.start + p;
                } else if let Some(p) = text[seg.clone()].find('等') {
                    // 甲、乙、丙等: the list ends at its 等; 丙等人 lists people.
                    if text[seg.start + p..].starts_with("等人") {
                        items.clear();
                        break;
                    }
                    seg.end = seg.start + p;
                }
            }
            items.push(seg);
        }
        let pieces = items.iter().flat_map(|item| {
            text[item.clone()].split(PAIR_MARKS).scan(item.start, |from, s| {
                let span = *from..*from + s.len();
                *from = span.end + text[span.end..].chars().next().map_or(0, char::len_utf8);
                Some(span)
            })
        });
        let (mut known, mut others, mut new) = (anchored, 0, Vec::new());
        for piece in pieces {
            let i = chosen.partition_point(|c| c.span.start < piece.end);
            match i.checked_sub(1).map(|j| &chosen[j]) {
                Some(c) if c.span == piece && c.kind == EntityType::Place => known += 1,
                Some(c) if c.span.end > piece.start => others += 1,
                // 戴某、程某一行来到某村: a person found elsewhere is no place where printed bare.
                _ if people.contains(&text[piece.clone()]) => others += 1,
                _ if (2..=4).contains(&text[piece.clone()].chars().count())
                    && text[piece.clone()].chars().all(is_han) =>
                {
                    new.push(piece)
                }
                _ => others += 1,
            }
        }
        let holds = |new: usize, others: usize| {
            known >= others.max(1) && (closed || (known >= 2 && known >= new + others))
        };
        // jieba is asked only of the items of a list that may hold (an item it rejects counts against it).
        if holds(new.len(), others) {
            let total = new.len();
            new.retain(|span| read_as_name(&text[span.clone()]));
            if holds(new.len(), others + total - new.len()) {
                found.extend(new.into_iter().map(|span| Candidate::new(span, EntityType::Place)));
            }
        }
    }
    found
}

/// Whether `c` ends the clause a list of places is read in: a clause mark other than the 、 between its
/// items.
fn ends_list_clause(c: char) -> bool {
    c != '、' && bounds::ends_clause(c)
}

/// Whether jieba reads a list item the gazetteer does not know as place or proper names or words it
/// does not know, or cuts it into single characters as it cuts an unknown name (白玉, 马林百列, 布|拖;
/// not 卫生, 教育, 医院, 文化, nor a person's name, 王芳): an item of two to four Han characters may then
/// be a place.
fn read_as_name(item: &str) -> bool {
    crate::text::segment::tagged(item).iter().all(|(w, tag)| {
        w.chars().nth(1).is_none() || matches!(*tag, "ns" | "nz" | "nt" | "s" | "x" | "j" | "eng")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        let mut c = find(text, &crate::entities::Hits::of(text));
        c.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.len())));
        c.iter().map(|c| &text[c.span.clone()]).collect()
    }

    #[test]
    fn county_short_forms_need_the_full_form() {
        assert!(!names("社会安宁。").contains(&"安宁"));
        assert!(names("安宁市和安宁").contains(&"安宁"));
    }

    /// A county made a city or a district, printed with its former unit; not a stem before a word.
    #[test]
    fn county_with_its_former_unit() {
        let n = names("四川省射洪县与企业签约。射洪全面进入新时代。");
        assert!(n.contains(&"射洪县") && n.contains(&"射洪"), "{n:?}");
        assert!(names("昆明市晋宁县和呈贡县").contains(&"晋宁县"));
        assert!(!names("射洪市和射洪区域经济").contains(&"射洪区"));
        assert!(!names("霸州、大城市场").contains(&"大城市"));
    }

    #[test]
    fn towns_and_regions() {
        let n = names("托管西双版纳州磨憨镇，在磨憨落地，攀西地区");
        assert!(n.contains(&"磨憨镇") && n.contains(&"磨憨") && n.contains(&"攀西地区"), "{n:?}");
        let n = names("西昌市礼州镇、黄联镇和川兴镇");
        assert!(n.contains(&"黄联镇") && !n.contains(&"和川兴镇"), "{n:?}");
    }

    /// The long words of one block answer what the whole text's did (they were once gathered over
    /// every block holding a place before the hits were read): the word holding a place, the word it
    /// gives its end to and the word it fills, at every start and end inside a block of the seed pages.
    #[test]
    fn a_blocks_long_words_answer_as_the_whole_texts() {
        let seeds = format!("{}/tests/data/seeds", env!("CARGO_MANIFEST_DIR"));
        for path in std::fs::read_dir(seeds).unwrap().map(|e| e.unwrap().path()) {
            if !path.extension().is_some_and(|e| e == "txt") {
                continue;
            }
            let text =
                crate::text::script::to_simplified(&std::fs::read_to_string(path).unwrap()).into_owned();
            let mut whole = Vec::new();
            let mut at = 0;
            while at < text.len() {
                let (block, words) = long_words(&text, at);
                whole.extend(words);
                at = block.end.max(at + text[at..].chars().next().unwrap().len_utf8());
            }
            for (at, _) in text.char_indices() {
                let (block, long) = long_words(&text, at);
                let ends = text[at..block.end.max(at)].char_indices().skip(1).map(|(i, _)| at + i);
                for end in ends.chain([block.end]).filter(|&e| e > at).take(8) {
                    assert_eq!(
                        words_around(&long, at, end),
                        words_around(&whole, at, end),
                        "{}",
                        &text[at..end]
                    );
                    let filled =
                        |l: &[(Span, &'static str)]| l.iter().find(|(w, _)| *w == (at..end)).cloned();
                    assert_eq!(filled(&long), filled(&whole));
                }
            }
        }
    }
}
