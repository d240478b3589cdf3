//! The vocabulary of the entity rules, one list per file of `data/entities/` (each file says what its
//! list is for): suffixes of parks, organisations, companies and events, titles, surnames, the words
//! that end or belong to a name. Generic words of the genre only, never the names of particular parks
//! or firms (those are found, not listed). Entries are simplified: the rules match on the simplified
//! text. A list's order is the file's; it matters where a rule takes the first entry that fits.

use crate::text::chars::CharSet;
use crate::text::words::{data_file, vocabulary, WordSet};
use std::sync::LazyLock;

/// A list of words, read from its file on first use.
pub(super) type Words = LazyLock<WordSet>;

/// A set of single characters, read from its file (one character a line) on first use.
pub(super) type Chars = LazyLock<CharSet>;

// Parks.

/// Words that end a park or zone name (成都凉山工业园区, 磨憨—磨丁合作区).
pub(super) static PARK_SUFFIXES: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/park-suffixes.txt")).collect());

/// Park short forms that are names on their own (高新区 for the city's 高新区, as printed).
pub(super) static BARE_PARKS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/bare-parks.txt")).collect());

/// Words that make a park phrase a designation or a category rather than a name (省级化工园区).
pub(super) static DESIGNATION_WORDS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/designation-words.txt")).collect());

/// Common nouns in 谷 that are not a brand park after a place (山谷; 中国牙谷 is one).
pub(super) static COMMON_VALLEYS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/common-valleys.txt")).collect());

// Organisations.

/// Words that end an organisation name; in order (a title's body is stripped by the first that fits).
pub(super) static ORG_SUFFIXES: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/organisation-suffixes.txt")).collect());

/// Organisation suffixes that need a proper-name prefix: a bare or generic one is not a name.
pub(super) static WEAK_ORG_SUFFIXES: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/weak-organisation-suffixes.txt")).collect());

/// Organisation suffixes that are common words too (总会, 工会, 议会): a name only as a word of its own
/// after a place, a level or a state's name.
pub(super) static PLACED_ORG_SUFFIXES: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/placed-organisation-suffixes.txt")).collect());

/// State and special-region names that open a body's name as a place does (中华民国, 香港特区).
pub(super) static NATIONAL_PREFIXES: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/national-prefixes.txt")).collect());

/// One-character endings of a government department (税务局, 商务厅, 审计署), with a place before them.
pub(super) static BUREAU_CHARACTERS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/bureau-characters.txt")).collect());

/// Party committees named by their level (州委, 眉山市委).
pub(super) static COMMITTEES: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/committees.txt")).collect());

/// Kinds of unit that own an office or a laboratory (小区物业管理处, 学校实验室): no proper name.
pub(super) static OWNING_UNITS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/owning-units.txt")).collect());

/// School suffixes: they need a place or a two-word name before them (四川音乐学院).
pub(super) static SCHOOLS: Words = LazyLock::new(|| vocabulary(data_file!("entities/schools.txt")).collect());

/// Level characters that belong to an organisation's name before its suffix (市政府, 州委, 市经信局).
pub(super) static LEVEL_CHARS: Chars =
    LazyLock::new(|| CharSet::from_list(data_file!("entities/level-characters.txt")));

/// Generic words: a park, organisation or company prefix made only of these is a category (产业园区).
pub(super) static GENERIC_WORDS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/generic-words.txt")).collect());

// Companies.

/// Nouns that say what a firm is, printed before its legal name (园区龙头企业金石新材料有限公司).
pub(super) static FIRM_CATEGORY_NOUNS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/firm-category-nouns.txt")).collect());

/// Words that say what kind of firm one is, never which (上市, 国有, 旗下, 农业): no firm's name alone.
pub(super) static FIRM_DESCRIPTORS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/firm-descriptors.txt")).collect());

/// Words of a firm's owner printed before its name, no part of it (区属|恒建集团).
pub(super) static FIRM_OWNERS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/firm-owners.txt")).collect());

/// Legal suffixes that end a company name (有限公司, 集团).
pub(super) static COMPANY_SUFFIXES: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/company-suffixes.txt")).collect());

/// Endings of firms' short names printed without a legal suffix (爱创科技, 富临精工).
pub(super) static COMPANY_SHORT_ENDINGS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/company-short-endings.txt")).collect());

/// Trade words that end a firm's short name in prose and lists (洽洽食品, 国信证券), with the endings
/// listed firms share (`listed-endings.txt`: 电力, 航空), which the listed table's generator does not
/// read as trades.
pub(super) static INDUSTRY_WORDS: Words = LazyLock::new(|| {
    vocabulary(data_file!("entities/industry-words.txt"))
        .chain(vocabulary(data_file!("entities/listed-endings.txt")))
        .collect()
});

/// Words printed right before a firm's short name in prose (引进, 签约, 半导体厂).
pub(super) static FIRM_CUES: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/firm-cues.txt")).collect());

/// Words right after a listed firm's short name that is an ordinary word too which make it the firm's
/// (统一|股价, 长城|营收).
pub(super) static FIRM_REPORT_WORDS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/firm-report-words.txt")).collect());

/// Nouns closing a list of firms after 等 (企业, 公司, 巨头).
pub(super) static FIRM_LIST_NOUNS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/firm-list-nouns.txt")).collect());

/// Trades that name firms only, never a region's sector (证券, 银行, 控股).
pub(super) static FIRM_TRADES: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/firm-trades.txt")).collect());

/// Line-of-business words inside a firm's name before its legal suffix (投资, 运营, 融资担保).
pub(super) static BUSINESS_WORDS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/business-words.txt")).collect());

/// Words that describe a project, not a firm (烟厂技改, 警训基地).
pub(super) static PROJECT_WORDS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/project-words.txt")).collect());

/// Trailing words stripped from a listed project to get the firm (高仙机器人二期, 方特文旅).
pub(super) static PROJECT_TAILS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/project-tails.txt")).collect());

/// Words that qualify the projects closing a list (等一批重大项目).
pub(super) static LISTED_PROJECT_QUALIFIERS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/listed-project-qualifiers.txt")).collect());

/// Words that qualify the firms closing a list (等龙头企业).
pub(super) static LISTED_FIRM_QUALIFIERS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/listed-firm-qualifiers.txt")).collect());

// Events.

/// The committees that organise an event, named by the event (第十五届东博会组委会).
pub(super) static EVENT_COMMITTEES: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/event-committees.txt")).collect());

/// jieba's words for a kind of show (车展, 航展, 书展): a place right before one names a series of fairs.
pub(super) static FAIR_NOUNS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/fair-nouns.txt")).collect());

/// Words that end an event name (博览会, 论坛, 全会).
pub(super) static EVENT_SUFFIXES: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/event-suffixes.txt")).collect());

/// Words that end a second event joined with 暨 (联席会暨项目签约仪式); in order.
pub(super) static JOINED_EVENT_ENDS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/joined-event-ends.txt")).collect());

// People.

/// Official titles; in order (a title chain is read back by the first that fits).
pub(super) static TITLES: Words = LazyLock::new(|| vocabulary(data_file!("entities/titles.txt")).collect());

/// Titles held only in a firm: the name before one is a company's (东阳实业副总经理).
pub(super) static CORPORATE_TITLES: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/corporate-titles.txt")).collect());

/// A firm's regional divisions between its name and a corporate title (某某集团|亚太区|总裁).
pub(super) static FIRM_DIVISIONS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/firm-divisions.txt")).collect());

/// Honorifics printed between a title and a transliterated name, no part of either (市长拿督阿斯曼沙).
pub(super) static HONORIFICS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/honorifics.txt")).collect());

/// Characters of transliterated foreign names (阿斯曼沙, 翁哈菲兹), read after a title.
pub(super) static TRANSLITERATION: Chars =
    LazyLock::new(|| CharSet::from_list(data_file!("entities/transliteration-characters.txt")));

/// One-character short forms of countries after 驻 in a stationed body's name (驻华, 驻马).
pub(super) static COUNTRY_ABBREVIATIONS: Chars =
    LazyLock::new(|| CharSet::from_list(data_file!("entities/country-abbreviations.txt")));

/// Words of rank printed before a title (副厅长, 常务副院长, 执行董事, 共同创办人).
pub(super) static TITLE_RANKS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/title-ranks.txt")).collect());

/// Verbs of speaking that follow a person's name (陈旋介绍).
pub(super) static SPEECH_VERBS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/speech-verbs.txt")).collect());

/// Compound surnames (欧阳).
pub(super) static COMPOUND_SURNAMES: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/compound-surnames.txt")).collect());

// Where a name begins.

/// Verbs that govern a name and end its reach, whatever jieba makes of them (发挥 in 充分发挥, 做大做强).
pub(super) static GOVERNING_VERBS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/governing-verbs.txt")).collect());

/// Words that end a name's reach whatever their tag (function words, deictics).
pub(super) static STOP_WORDS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/stop-words.txt")).collect());

/// Words of park and agency names that jieba tags as adverbs, verbs or time words (成都高新综合保税区).
pub(super) static NAME_PARTS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/name-parts.txt")).collect());

/// Prefectures' short forms that are common words of the news (接待来宾, 日照时数): places only where
/// the full form, the province or a sibling prefecture vouches for them.
pub(super) static COMMON_PREFECTURES: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/common-prefectures.txt")).collect());

/// Units of a town or township printed after its county or prefecture (西双版纳州磨憨镇).
pub(super) static TOWN_UNITS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/town-units.txt")).collect());

/// Region words that make a place of what precedes them (攀西地区, 成都都市圈).
pub(super) static REGION_WORDS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/region-words.txt")).collect());

/// Named regions that are places printed alone, without a region word (长三角, 粤北).
pub(super) static STANDALONE_REGIONS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/standalone-regions.txt")).collect());

/// Major rivers, lakes and seas: places printed alone (淮河, 洪泽湖) and before a region word (长江经济带).
pub(super) static WATER_BODIES: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/water-bodies.txt")).collect());

/// Malay words that open a place's name (甘榜 Kampung, 武吉 Bukit, 双溪 Sungai: 甘榜尊多, 武吉哈逢).
pub(super) static MALAY_PLACE_WORDS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/malay-place-words.txt")).collect());

/// Endings of a news outlet's name (东南网, 四川在线, 甘肃日报), named where a dateline or an
/// attribution places one.
pub(super) static OUTLET_ENDINGS: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/outlet-endings.txt")).collect());

/// Bodies whose name is complete alone (国务院, 商务部, 行政院, 中新社): central bodies and news agencies.
pub(super) static NAMED_BODIES: Words =
    LazyLock::new(|| vocabulary(data_file!("entities/named-bodies.txt")).collect());

/// Characters that make numerals an ordinal or a session number (第十届, 五届六次, 二期).
pub(super) static ORDINAL_MARKS: Chars =
    LazyLock::new(|| CharSet::from_list(data_file!("entities/ordinal-marks.txt")));

/// Classifiers after a numeral that make a quantity, which ends a name (两市, 两级).
pub(super) static QUANTITY_CLASSIFIERS: Chars =
    LazyLock::new(|| CharSet::from_list(data_file!("entities/quantity-classifiers.txt")));

/// Numerals of a count (三家, 百场, 几个, 数市): a quantity, no part of a name.
pub(super) static COUNT_NUMERALS: Chars =
    LazyLock::new(|| CharSet::from_list(data_file!("entities/count-numerals.txt")));

/// Determiners that make a classifier after them a quantity's, as a numeral does (首张, 每个).
pub(super) static DETERMINERS: Chars =
    LazyLock::new(|| CharSet::from_list(data_file!("entities/determiners.txt")));

/// The numerals of an ordinal or a session number (第十届, 五届六次).
pub(super) static ORDINAL_NUMERALS: Chars =
    LazyLock::new(|| CharSet::from_list(data_file!("entities/ordinal-numerals.txt")));

#[cfg(test)]
mod tests {
    use super::*;

    /// Every list loads, none is empty, and every file of data/entities/ is one of them.
    #[test]
    fn every_file_is_a_loaded_list() {
        let words: [&Words; 50] = [
            &FIRM_TRADES,
            &COMMON_PREFECTURES,
            &EVENT_COMMITTEES,
            &FAIR_NOUNS,
            &OWNING_UNITS,
            &FIRM_REPORT_WORDS,
            &MALAY_PLACE_WORDS,
            &WATER_BODIES,
            &FIRM_OWNERS,
            &INDUSTRY_WORDS,
            &PLACED_ORG_SUFFIXES,
            &NATIONAL_PREFIXES,
            &FIRM_CATEGORY_NOUNS,
            &FIRM_CUES,
            &FIRM_LIST_NOUNS,
            &BUSINESS_WORDS,
            &PARK_SUFFIXES,
            &BARE_PARKS,
            &DESIGNATION_WORDS,
            &COMMON_VALLEYS,
            &ORG_SUFFIXES,
            &WEAK_ORG_SUFFIXES,
            &COMMITTEES,
            &BUREAU_CHARACTERS,
            &SCHOOLS,
            &GENERIC_WORDS,
            &COMPANY_SUFFIXES,
            &FIRM_DESCRIPTORS,
            &HONORIFICS,
            &COMPANY_SHORT_ENDINGS,
            &PROJECT_WORDS,
            &PROJECT_TAILS,
            &LISTED_PROJECT_QUALIFIERS,
            &LISTED_FIRM_QUALIFIERS,
            &EVENT_SUFFIXES,
            &JOINED_EVENT_ENDS,
            &TITLES,
            &TITLE_RANKS,
            &SPEECH_VERBS,
            &COMPOUND_SURNAMES,
            &GOVERNING_VERBS,
            &STOP_WORDS,
            &NAME_PARTS,
            &TOWN_UNITS,
            &REGION_WORDS,
            &STANDALONE_REGIONS,
            &NAMED_BODIES,
            &OUTLET_ENDINGS,
            &CORPORATE_TITLES,
            &FIRM_DIVISIONS,
        ];
        let chars: [&Chars; 8] = [
            &LEVEL_CHARS,
            &ORDINAL_MARKS,
            &QUANTITY_CLASSIFIERS,
            &TRANSLITERATION,
            &COUNTRY_ABBREVIATIONS,
            &COUNT_NUMERALS,
            &DETERMINERS,
            &ORDINAL_NUMERALS,
        ];
        assert!(words.iter().all(|w| !w.is_empty()) && chars.iter().all(|c| !c.is_empty()));
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/entities");
        let files = std::fs::read_dir(dir)
            .expect("data/entities")
            .filter(|e| e.as_ref().expect("an entry").path().extension().is_some_and(|x| x == "txt"))
            .count();
        // listed-endings.txt loads into INDUSTRY_WORDS with industry-words.txt.
        assert_eq!(files, words.len() + chars.len() + 1, "a file of data/entities/ that no list loads");
    }
}
