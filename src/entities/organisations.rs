//! Organisations: government and party bodies (双流县人民政府, 眉山市委, 市政府, 市经信局), bodies of a
//! park (成都-凉山工业园区管委会, 云南五华产业园党工委), media (绵阳新闻网), schools, associations,
//! centres and committees with a proper name before them.

use super::lexicon::{
    BUREAU_CHARACTERS, COMMITTEES, COMPANY_SUFFIXES, COUNTRY_ABBREVIATIONS, COUNT_NUMERALS,
    DESIGNATION_WORDS, DETERMINERS, EVENT_COMMITTEES, EVENT_SUFFIXES, FIRM_CATEGORY_NOUNS, GENERIC_WORDS,
    LEVEL_CHARS, NAMED_BODIES, NATIONAL_PREFIXES, ORDINAL_NUMERALS, ORG_SUFFIXES, OUTLET_ENDINGS,
    OWNING_UNITS, PARK_SUFFIXES, PLACED_ORG_SUFFIXES, SCHOOLS, STOP_WORDS, TITLES, TITLE_RANKS,
    WEAK_ORG_SUFFIXES,
};
use super::names::{counted, prefix, Reach, Verbs};
use super::people::PARTY_DIVISIONS;
use super::{Candidate, Near};
use crate::model::EntityType;
use crate::text::bounds::{CLOSING_QUOTE, QUOTE_BREAK};
use crate::text::chars::among;
use crate::text::chars::holds;
use crate::text::chars::is_han;
use crate::text::gazetteer::GAZETTEER;
use crate::text::pattern;
use crate::text::words::WordList;
use crate::text::Span;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Names before a strong suffix (人民政府, 管委会): a verb ends them.
pub(super) const REACH: Reach = Reach {
    max_chars: 24,
    ordinals: false,
    brackets: false,
    quotes: true,
    verbal_nouns: true,
    verbs: Verbs::EndUnlessPlace,
    regions: true,
};

/// Names before a generic suffix (中心, 委员会) may hold verbs (牙谷公共研发孵化中心).
const WEAK_REACH: Reach = Reach {
    max_chars: 24,
    ordinals: false,
    brackets: false,
    quotes: true,
    verbal_nouns: true,
    verbs: Verbs::Continue,
    regions: true,
};

/// The organisation suffixes, committees and bodies named alone, found in one pass.
pub(super) static SUFFIX_WORDS: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(
        ORG_SUFFIXES
            .iter()
            .chain(COMMITTEES.iter())
            .chain(NAMED_BODIES.iter())
            .chain(BUREAU_CHARACTERS.iter())
            .chain(PLACED_ORG_SUFFIXES.iter()),
    )
});

/// A firm's words and its departments' fields, which no ministry's name holds (公司, 财务, 研发).
const CORPORATE_WORDS: [&str; 14] = [
    "公司", "集团", "财务", "研发", "销售", "采购", "行政", "运营", "客服", "法务", "营销", "公关", "项目",
    "门店",
];

/// Every organisation name in `text`.
pub(super) fn find(
    text: &str,
    places: &[Candidate],
    parks: &[Candidate],
    hits: &super::Hits,
) -> Vec<Candidate> {
    // The ends of the parks' names (the stems a centre's name may open with), each once; gathered
    // when a centre first asks.
    let park_tails = std::cell::OnceCell::new();
    let park_tails = || -> &FxHashSet<&str> {
        park_tails.get_or_init(|| {
            let names = parks.iter().map(|p| &text[p.span.clone()]);
            names.flat_map(|name| name.char_indices().map(move |(i, _)| &name[i..])).collect()
        })
    };
    let (places, parks) = (Near::new(places), Near::new(parks));
    let mut found = Vec::new();
    for (span, suffix) in hits.organisations.iter().cloned() {
        // 投资、贸易及工业部: 部 ends a ministry only after fields joined by 及, 与 or 和 (a joiner among the
        // seven characters before it), and takes a fused 部长 (企业发展部长); never 部分, 干部, 西部.
        let ministry = suffix == "部";
        if ministry && !text[..span.start].chars().rev().take(7).any(|c| among("及与和", c)) {
            continue;
        }
        let (span, suffix) = federation(text, span, suffix);
        // 其中|总投资, 交通|大学生, 中小企业|处于, 公司|人力资源部, 这家|国家银行: a body listed whole
        // counts only on jieba's word edges and as no kind (see [`listed_off`]).
        if NAMED_BODIES.contains(&suffix)
            && !ORG_SUFFIXES.contains(&suffix)
            && listed_off(text, span.clone(), suffix, &hits.organisations)
        {
            continue;
        }
        let span = grown(text, span, suffix);
        // 经济部|地方政府: local governments in general, no body (the named body before stands alone).
        if part_of_title(text, span.clone(), suffix)
            || (suffix == "政府" && text[..span.start].ends_with("地方"))
        {
            continue;
        }
        // 经发局与都发局、观旅局: a department listed right after a body is one, however jieba cuts it.
        if let Some(item) = listed_department(text, span.clone(), suffix, &found) {
            found.push(Candidate::new(item, EntityType::Organization));
            continue;
        }
        // A one-character ending inside a common word (公司, 布局, 好处) ends no name, nor does one ending
        // a firm's legal suffix (美国企业华盛食品股份有限公|司): asked before the rest, which segments more.
        // 经济部长, 民政处长, 保安局长: a department's head printed with its ending once (局|长 for 局局长),
        // a field of two characters opening a clause (not 嘉南县府|工商处长: the parent's title).
        let fused_head = among("部局处司署厅", suffix.chars().next().unwrap_or_default())
            && suffix.chars().nth(1).is_none()
            && text[span.end..].starts_with('长')
            && text[..span.start]
                .char_indices()
                .rev()
                .nth(1)
                .is_some_and(|(i, _)| text[i..span.start].chars().all(is_han) && opens_clause(text, i))
            && !crate::text::segment::word_across(text, span.end, span.end + '长'.len_utf8());
        let department_len = BUREAU_CHARACTERS.contains(&suffix).then(|| {
            if (ministry || fused_head) && text[span.end..].starts_with('长') {
                Some(1)
            } else {
                department_word(text, span.clone())
            }
        });
        let legal = || COMPANY_SUFFIXES.iter().any(|s| text[..span.end].ends_with(s));
        // 总商会|署理|总会长: 署 opening 署理 (acting) is a rank's, no department's ending.
        let acting = suffix == "署" && text[span.end..].starts_with('理');
        // 卫生部|门: a ministry named alone whose 部 opens 部门 (departments of a field) is none.
        let fused =
            NAMED_BODIES.contains(&suffix) && suffix.ends_with('部') && text[span.end..].starts_with('门');
        // 玉溪与昆明交界处, 城乡结合部: 处 or 部 after a word of meeting or entry names a spot, no body.
        let spot =
            matches!(suffix, "处" | "部") && SPOT_STEMS.iter().any(|s| text[..span.start].ends_with(s));
        // 武汉中心|站, 服务中心|站: a body's ending before 站 is a station's name (no entity); not 站 the
        // verb, with a preposition or a complement after it (服务中心|站在|企业角度, 站起来).
        let station = text[span.end..].strip_prefix('站').is_some_and(|r| !r.starts_with(STANDING));
        if department_len.is_some_and(|n| !matches!(n, Some(1) | Some(3..)) || legal())
            || acting
            || fused
            || spot
            || station
            || last_character_cut(text, span.clone())
            // 加强管理|处理: a 处 that opens a word (处理, 处于) ends no office; its head's 处长 does, and so
            // does a body complete alone (统计处|于31日公布).
            || (suffix.ends_with('处')
                && !text[span.end..].starts_with('长')
                && !(NAMED_BODIES.contains(&suffix) && dated(&text[span.end..]))
                && ends_inside_word(text, span.clone()))
        {
            continue;
        }
        // A council right after a firm's legal suffix is the firm's board (蓝湾集团|理事会): no body.
        if suffix == "理事会" && COMPANY_SUFFIXES.iter().any(|s| text[..span.start].ends_with(s)) {
            continue;
        }
        let weak = WEAK_ORG_SUFFIXES.contains(&suffix);
        let reach = if weak { &WEAK_REACH } else { &REACH };
        // A level character before the suffix belongs to the name (市政府, 市经信局, 州委, 眉山市政府),
        // when it stands alone or after a place; 区 in 园区管委会 is part of a word.
        let mut level = text[..span.start].chars().next_back().filter(|&c| LEVEL_CHARS.contains(c));
        let mut name_end = span.start - level.map_or(0, char::len_utf8);
        let (mut start, mut words) = prefix(text, name_end, reach);
        let alone = starts_word(text, name_end, span.end);
        if level.is_some() && !alone && !words.first().is_some_and(|w| GAZETTEER.lookup(w).is_some()) {
            level = None;
            name_end = span.start;
            (start, words) = prefix(text, name_end, reach);
        }
        // 基隆市审计室|决算报告指|基隆市政府: a name reaching through a verb to a place does not reach back
        // over a body found before it; it begins at the first place after that body.
        if let Some(body_end) = found
            .iter()
            .map(|c| c.span.clone())
            .filter(|c| start <= c.start && c.end < name_end)
            .map(|c| c.end)
            .max()
        {
            let place = places
                .around(body_end..name_end)
                .map(|p| p.span.clone())
                .filter(|p| p.start > body_end && p.start < name_end)
                .map(|p| p.start)
                .min();
            let verbal = || {
                crate::text::segment::tagged(&text[body_end..place.unwrap_or(body_end)])
                    .iter()
                    .any(|(w, t)| t.starts_with('v') && !w.starts_with('驻'))
            };
            if let Some(at) = place.filter(|_| verbal()) {
                start = at;
                words = crate::text::segment::words(&text[start..name_end]);
            }
        }
        // 各县|市政府, 乡镇政府: two levels in a row are the bodies of every unit of both, no one body (not
        // 新市区政府, a district's: a place ends at the level).
        let levels = level.is_some()
            && text[..name_end].chars().next_back().is_some_and(|c| LEVEL_CHARS.contains(c))
            && !places.around(name_end..name_end).any(|p| p.span.end == span.start);
        if levels {
            continue;
        }
        // 梳邦再也|市议会: a level that no words open takes the place found right before it (jieba may
        // read the place's last characters as an adverb, 再也).
        let placed_level = places.around(name_end..name_end).find(|p| p.span.end == name_end);
        if let Some(place) = placed_level.filter(|_| level.is_some() && start == name_end) {
            start = place.span.start;
            words = crate::text::segment::words(&text[start..name_end]);
        }
        // 省委省政府, 县委县政府: a committee right before a level character is a body of its own.
        if level.is_some() && COMMITTEES.iter().any(|c| text[..name_end].ends_with(c)) {
            (start, words) = (name_end, Vec::new());
        }
        // 董事长兼党委书记: a chain of titles, not a body's name; the name begins after 兼 (a bare
        // sub-body there is no entity, a named body is: 议员兼|立法会主席).
        if let Some(i) = text[start..name_end].rfind('兼') {
            start += i + '兼'.len_utf8();
            words = crate::text::segment::words(&text[start..name_end]);
        }
        // 成立|引进重点企业办公室: a verb right after a verb of founding opens the founded body's name.
        if let Some(from) = founded_task(text, start) {
            start = from;
            words = crate::text::segment::words(&text[start..name_end]);
        }
        // “全国知名商会推介会”“自贡商会: quoted names in a row are no one name's; it begins in the last quote.
        let quoted_name = |i: &usize| EVENT_SUFFIXES.iter().any(|e| text[start..start + i].ends_with(e));
        if let Some(i) = text[start..name_end].rfind("”“").filter(quoted_name) {
            start += i + '”'.len_utf8();
            words = crate::text::segment::words(&text[start..name_end]);
        }
        // 遵义市第一人民医院, 附属第一医院: an ordinal numbers a hospital or an institute within its place's
        // or parent's name, which the name reaches back to through it.
        if NUMBERED_BODIES.contains(&suffix) {
            if let Some(at) = ordinal_before(text, start) {
                let (from, mut before) = prefix(text, at, reach);
                before.extend(crate::text::segment::words(&text[at..name_end]));
                (start, words) = (from, before);
            }
        }
        // 第十五届东博会|组委会: an event's committee takes the event's ordinal session (第N届) into its name.
        let event_committee = EVENT_COMMITTEES.contains(&suffix);
        if let Some(at) = text[..start].strip_suffix('届').filter(|_| event_committee) {
            if let Some(at) = ordinal_before(text, at.len()) {
                start = at;
                words = crate::text::segment::words(&text[start..name_end]);
            }
        }
        let mut words: Vec<&str> = words.into_iter().filter(|w| !w.is_empty()).collect();
        // A title is no part of a body's name (县委常委|组织部), nor is an event's name before a place
        // (…进口博览会|马来西亚中华总商会馆): the name begins after the last of them.
        let place = |w: Option<&&str>| w.is_some_and(|w| GAZETTEER.lookup(w).is_some());
        let cut = words.iter().enumerate().rposition(|(i, w)| {
            TITLES.contains(w) || (EVENT_SUFFIXES.iter().any(|e| w.ends_with(e)) && place(words.get(i + 1)))
        });
        if let Some(i) = cut {
            start += words[..=i].iter().map(|w| w.len()).sum::<usize>();
            words.drain(..=i);
        }
        // 代表团成员|全国人大: a national body named alone (全国人大, 国家统计局, 中共中央) takes no words before it.
        if level.is_none()
            && NAMED_BODIES.contains(&suffix)
            && NATIONAL_OPENINGS.iter().any(|n| suffix.starts_with(n))
        {
            start = span.start;
            words.clear();
        }
        // 继|国家商务部, 报|国家发改委: 国家 before a named body opens its name and takes no words before
        // it, unless a place does (中国|国家…).
        if let Some(at) = national_opening(text, span.clone(), suffix, &places).filter(|&at| at > start) {
            start = at;
            words = vec![&text[at..span.start]];
        }
        // 全港各区|工商联: a jurisdiction's scope and a distributive before a body make its full name.
        let mut scoped = false;
        if let Some(d) = DISTRIBUTIVES.iter().find(|d| text[..start].ends_with(**d)) {
            let at = start - d.len();
            if let Some(scope) = WHOLE_SCOPES.iter().find(|s| text[..at].ends_with(**s)) {
                start = at - scope.len();
                words = crate::text::segment::words(&text[start..name_end]);
                scoped = true;
            }
        }
        // A department's fields joined by 及/和 and 、 (商务及经济发展局, 投资、商贸及消费人事务委员会) are one
        // full name, printed with or without its place.
        let department = DEPARTMENT_ENDS.iter().any(|e| suffix.ends_with(e));
        // 同志和|市发展改革局: a name opened by a level is a full name of its own, no coordinated field's.
        let levelled_name = text[start..].chars().next().is_some_and(|c| LEVEL_CHARS.contains(c));
        // 外商与|经济部: a body complete alone takes no fields; the joiner joins it to another item.
        let complete = NAMED_BODIES.contains(&suffix);
        // 化学与|化学工程学院, 经济与|管理学院: a college's fields are joined so too.
        let fields = (department || suffix == "学院") && !complete;
        let mut joined = if fields && !levelled_name { coordinated_start(text, start) } else { start };
        // 高校与|职业技术学院, 高职院校和|职业学院: a "field" that is itself a unit (a school, a college,
        // firms) joins two units, not a college's fields (化学与|化学工程学院 keeps its field).
        let unit = |f: &str| ["校", "大学", "中学", "小学", "院", "企业"].iter().any(|e| f.ends_with(e));
        if joined < start && unit(text[joined..start].trim_end_matches(['与', '和', '及', '、'])) {
            joined = start;
        }
        // 推动|科研与职业学院: a college's fields open with no verb (the clause's verb governs the pair).
        if suffix == "学院"
            && crate::text::segment::tagged(&text[joined..start])
                .first()
                .is_some_and(|(_, t)| t.starts_with('v') && *t != "vn")
        {
            joined = start;
        }
        let coordinated = joined < start || (department && suffix.contains(['和', '及']));
        if joined < start {
            start = joined;
            words = crate::text::segment::words(&text[start..name_end]);
        }
        // A name never begins inside a named body (立法|院经济委员会: jieba reads 立法 as an adverb).
        let i = hits.organisations.partition_point(|(h, _)| h.end <= start);
        if let Some((body, _)) = hits
            .organisations
            .get(i)
            .filter(|(h, b)| h.start < start && h.end <= name_end && NAMED_BODIES.contains(b))
        {
            start = body.start;
            words = crate::text::segment::words(&text[start..name_end]);
        }
        // A party is no parent body: 民主行动党|古晋区国会议员 names the party and the parliament.
        let i = hits.organisations.partition_point(|(h, _)| h.start < start);
        let party = hits.organisations[i..]
            .iter()
            .take_while(|(h, _)| h.end <= name_end)
            .filter(|(_, b)| b.ends_with('党') && NAMED_BODIES.contains(b))
            .last();
        if let Some((body, _)) = party {
            start = body.end;
            words = crate::text::segment::words(&text[start..name_end]);
        }
        // 中国与|葡语国家经贸合作论坛: a body named for a country and a group of countries takes both.
        if let Some(joined) = text[..start].strip_suffix(['与', '和']).map(str::len) {
            let head: String = text[start..name_end].chars().take(5).collect();
            let group = head.find("国家").is_some_and(|i| i > 0);
            let country = places.around(joined..joined).find(|p| p.span.end == joined).map(|p| p.span.start);
            if let Some(at) = country.filter(|_| group) {
                start = at;
                words = crate::text::segment::words(&text[start..name_end]);
            }
        }
        // 中国贸促会|浙江省分会: a branch takes the body found right before it (jieba may cut the body's
        // name, 贸促|会), and a department the government before it (香港特区政府|创新科技及工业局).
        // So does a government's office (广东省人民政府|新闻办公室).
        let office = department || suffix == "办公室";
        let parent = found.last().filter(|b: &&Candidate| {
            b.span.end == start
                && (suffix.starts_with('分') || (office && text[b.span.clone()].ends_with(GOVERNMENT)))
        });
        // 经济部|统计|处: a one-character department ending after one field word takes the ministry or
        // council found right before the word as its parent, however jieba reads the field (统计, a
        // verb, ends a name).
        let fielded = department_len == Some(Some(1))
            && found
                .last()
                .is_some_and(|b| b.span.end < name_end && field_after_body(text, b.span.clone(), name_end))
            && !ends_inside_word(text, span.clone());
        let parent = parent.or_else(|| found.last().filter(|_| fielded));
        if let Some(parent) = parent {
            start = parent.span.start;
            words = crate::text::segment::words(&text[start..name_end]);
        }
        // A park's name right before the ending opens it whole where a verb inside the name stopped the
        // reach (获嘉县产业集聚|区管委会), with the place chain right before it (新乡市|获嘉县…).
        if let Some(p) = parks.around(start..start).find(|p| p.span.start < start && p.span.end == span.start)
        {
            start = p.span.start;
            while let Some(p) = places.around(start..start).find(|p| p.span.end == start) {
                start = p.span.start;
            }
            words = crate::text::segment::words(&text[start..name_end]);
        }
        let inside_park =
            parks.around(start..start).any(|p| p.span.start == start && p.span.end <= span.start);
        // A place or a named parent body opens the name (经济部产业园区管理局).
        let placed = places.around(start..start).any(|p| p.span.start == start)
            || bilateral(&text[start..name_end])
            || words.first().is_some_and(|w| *w == "国家" || GAZETTEER.lookup(w).is_some())
            || NATIONAL_PREFIXES.iter().any(|b| text[start..name_end].starts_with(b))
            || NAMED_BODIES
                .iter()
                .any(|b| text[start..name_end].starts_with(b) && on_word_edges(&words, 0, b.len()));
        // 慕新海代表|市委: a level's committee is opened by its place (眉山市委), the party's or the youth
        // league's name (中共眉山市委, 团县委), a democratic party's (民革贵州省委) or by nothing; other
        // words before it are no part of it.
        let party = words.first().is_some_and(|w| COMMITTEE_PARTIES.contains(w));
        if COMMITTEES.contains(&suffix) && !(placed || inside_park || party || words.is_empty()) {
            (start, words) = (span.start, Vec::new());
        }
        // 县|信访|局, 市|接待|办: a field that jieba reads as a verb ends the reach; a level word right
        // before it opens the department's name (not 全县|扶贫|办: a scope, no level; nor 市|执法|处理,
        // where the ending opens a word).
        if start == name_end && department_len == Some(Some(1)) && !ends_inside_word(text, span.clone()) {
            if let Some(at) = levelled_field(text, name_end) {
                start = at;
                words = crate::text::segment::words(&text[start..name_end]);
            }
        }
        let school = SCHOOLS.contains(&suffix);
        let committee = COMMITTEES.contains(&suffix) || NAMED_BODIES.contains(&suffix);
        let bureau = BUREAU_CHARACTERS.contains(&suffix);
        // 县|税务局, 区|人社局, 省|投资促进中心: a level word opens the name.
        // 市政府|办, 县委|办: a level's government or committee opens its office's name too.
        let levelled = level.is_some()
            || words.first().is_some_and(|w| {
                let mut chars = w.chars();
                let lead = chars.next().is_some_and(|c| LEVEL_CHARS.contains(c));
                let rest = chars.as_str();
                lead && (rest.is_empty() || rest == "政府" || rest == "府" || COMMITTEES.contains(w))
            });
        // 主办单位|经济部, 送|内政部, 科技创新界|立法会: before a body complete alone, a verb or a label of a
        // party to an event or a sector (主办单位, 科技创新界) ends the words of its name (field words stay:
        // 经济财政司, 贸易投资促进局), unless a place, a level, a park, a party or a parent opens it.
        let opened = placed || levelled || inside_park || party || scoped || coordinated;
        if NAMED_BODIES.contains(&suffix) && !opened && parent.is_none() {
            if let Some(at) = label_end(&text[start..name_end]) {
                start += at;
                words = crate::text::segment::words(&text[start..name_end]);
            }
        }
        // 发展局局长, 建设局副局长: a department printed bare is a body when its head's title or a verb of
        // speaking follows it (产发局回应),
        // unless it is the last field of a coordinated name cut short (政制及|内地事务局局长).
        // A list's verb or joiner opens it too (包括|保安局局长, 以及|教育局局长).
        let vouched = || {
            let before = &text[..start];
            let listed = LIST_OPENERS.iter().any(|w| before.ends_with(w));
            (listed || (opens_clause(text, start) && !before.ends_with(['及', '和'])))
                && (head_titled(text, span.end, &hits.titles)
                    || fused_head
                    || (SPEAKING_ENDS.iter().any(|e| suffix.ends_with(e)) && speaks(span.end, &hits.speech)))
        };
        let ok = if PLACED_ORG_SUFFIXES.contains(&suffix) {
            // 香港工业总会, 市总工会; not 总会有 (an adverb) nor 协议会 (协议 and 会).
            (placed || levelled) && starts_word(text, span.start, span.end)
        } else if bureau {
            // 市公安局, 四川省税务局, 经济部投资审议署: a department word, opened by a place, a level or a
            // parent body.
            // 运输及物流局: a department whose fields are joined by 及 is a full name without a place.
            // Its first field opens a clause (not 创新|科技及工业局, where jieba's verb cut a field short).
            let clause_start = opens_clause(text, start);
            // A ministry's fields hold no place after its first (中国与|东盟经济部长: a pair's ministers).
            let fields_placed =
                || places.around(start..name_end).any(|p| p.span.start > start && p.span.end <= name_end);
            // Nor is a firm's department one (公司财务和人事部, 技术与研发部).
            let corporate = || {
                let before = text[..start].char_indices().rev().nth(1).map_or(0, |(i, _)| i);
                let words = &text[before..name_end];
                CORPORATE_WORDS.iter().any(|w| holds(words, w))
            };
            if ministry && (!coordinated || fields_placed() || corporate()) {
                continue;
            }
            let opened = placed
                || levelled
                || inside_park
                || fielded
                || (coordinated && clause_start)
                || listed_among_departments(text, start, span.end)
                || vouched();
            // 规划署, 工业贸易署: 署 ends nothing but a department (部署, 签署 are words of their own), which
            // Hong Kong and Taiwan print without a place; its name then opens a clause (not 创新|科技署,
            // where jieba's verb cut it short).
            let opened = opened || (suffix == "署" && clause_start);
            match department_len.flatten() {
                // 县税务局: the department is one word, its level or place before it.
                Some(n) if n >= 3 => opened,
                // 投资审议|署: a field word of its own before the ending.
                Some(1) => words.last().is_some_and(|w| w.chars().count() > 1) && opened,
                _ => false,
            }
        } else if school {
            // 清华大学: a school jieba knows by its whole name.
            placed
                || words.iter().filter(|w| w.chars().count() > 1).count() > 1
                || (!words.is_empty() && crate::text::segment::in_dictionary(&text[start..span.end]))
        } else if weak {
            // A park's committee (中国牙谷专家委员会) is a body; a centre near a park
            // (科技城周边物流集散中心) is a facility.
            let park = parks.around(start..name_end).find(|p| p.span.start < name_end && start < p.span.end);
            match park {
                // The park may reach past the name's end (a finding of the fuzzer): then it is no
                // park's committee.
                Some(p) => {
                    p.span.start == start
                        && p.span.end <= name_end
                        && crate::text::segment::words(&text[p.span.end..name_end]).len() <= 1
                }
                // A centre is a body when a place, a level or a parent body opens its name (台南市政府
                // 招商投资服务中心, 省投资促进中心); a function before it alone is a facility (农产品营销中心,
                // 项目物流中心).
                // A named body inside (国家药监局…审评检查分中心) or the stem of a park named in the
                // text (牙谷…孵化中心 after 中国牙谷) opens it too.
                // 槟城发展机构, 雪兰莪州投资促进机构: an agency, like a centre (not 金融机构, a kind).
                // 国家发展基金管理会: a board (管理会) too (not 小区物业管理会).
                None if suffix.ends_with("中心") || suffix == "机构" || suffix == "管理会" => {
                    // A school opens its centres too (浙江大学杭州国际科创中心).
                    let parent = words.first().is_some_and(|w| {
                        w.starts_with("国家")
                            || (w.chars().count() > 1 && park_tails().contains(w))
                            || (w.chars().count() > 2 && SCHOOLS.iter().any(|e| w.ends_with(e)))
                    }) || named_inside(&text[start..name_end], &words);
                    // 工研院、|车辆研究测试中心: a centre listed right after a body or a park is a body,
                    // when it has a name of its own: one word alone is a kind of centre or a venue
                    // (市委办公室、|会展中心, 工研院、|研究中心).
                    let listed = words.len() > 1
                        && text[..start].strip_suffix('、').is_some_and(|b| {
                            let at = b.len();
                            found.last().is_some_and(|f: &Candidate| f.span.end == at)
                                || parks.around(at..at).any(|p| p.span.end == at)
                        });
                    (placed || parent || levelled || listed) && named(&words)
                }
                // 镇党委, 县委员会: a level alone opens the body's name (not 两市州党委, 各县区党委: the
                // committees of every city and prefecture).
                // 介绍|委员会: a lone verb before it governs it, no name.
                None => {
                    let after_level =
                        text[..name_end].chars().next_back().is_some_and(|c| LEVEL_CHARS.contains(c));
                    // 学生进入|重点实验室: so does a verb before generic words only, a level's or a
                    // designation's among them (进入|国家重点实验室, 拥有|省级重点实验室: a kind).
                    let verb =
                        |w: &str| crate::text::segment::tagged(w).first().is_some_and(|(_, t)| *t == "v");
                    let governed = || {
                        (words.len() == 1 && verb(words[0]))
                            || words.iter().rposition(|w| verb(w)).is_some_and(|i| {
                                i + 1 < words.len()
                                    && words[i + 1..]
                                        .iter()
                                        .all(|w| GENERIC_WORDS.contains(w) || DESIGNATION_WORDS.contains(w))
                            })
                    };
                    // 大会|组委会, 博览会|筹委会: an event word alone names no event, nor its committee.
                    let bare_event = || {
                        let ordinal = |w: &str| {
                            w.starts_with('第')
                                || w.ends_with('届')
                                || w.chars().all(|c| c.is_ascii_digit() || ORDINAL_NUMERALS.contains(c))
                        };
                        event_committee && words.iter().all(|w| ordinal(w) || EVENT_SUFFIXES.contains(w))
                    };
                    // 小区物业|管理处, 学校|实验室, 公司|办公室: common nouns alone, a kind of owning unit
                    // among them, name no body (an office of any such unit); a proper name or a field
                    // does (资产|管理处, 科研|处 of a named college).
                    let common = || {
                        !(placed || levelled || inside_park)
                            && words.iter().any(|w| OWNING_UNITS.contains(w))
                            && words.iter().all(|w| {
                                crate::text::segment::tagged(w).first().is_some_and(|(_, t)| *t == "n")
                            })
                    };
                    (level.is_some() && words.is_empty() && !after_level)
                        || (named(&words) && !governed() && !bare_event() && !common())
                }
            }
        } else if committee || level.is_some() || coordinated {
            true
        } else {
            (!words.is_empty() && (inside_park || placed || named(&words)))
                || (BUREAU_CHARACTERS.iter().any(|e| suffix.ends_with(e)) && vouched())
                || (words.is_empty() && BARE_BODIES.contains(&suffix) && listed_after(text, start, &found))
        };
        // 新甘肃·甘肃日报: a media brand and its paper are two outlets.
        if let Some(dot) = text[start..span.start].rfind('·').filter(|_| outlet(suffix)) {
            let brand = start..start + dot;
            if ok && text[brand.clone()].chars().count() >= 2 {
                found.push(Candidate::new(brand, EntityType::Organization));
            }
            start += dot + '·'.len_utf8();
        }
        // 成都|大学城, 30万|大学生: a school's ending inside a longer word (a university town, students)
        // names no school; 北京大学|生命科学学院 does. Asked last: it segments. A lone character (局) is none.
        let ok = ok && text[start..span.end].chars().nth(1).is_some();
        if ok && !(school && ends_inside_word(text, span.clone())) && !counted(text, start, BODY_CLASSIFIERS)
        {
            // “淄博…化工与功能材料省实验室”: a name quoted whole begins at its quote, past the joiners
            // that end a name elsewhere.
            if let Some(open) = quoted_start(text, start, span.end) {
                start = open;
            }
            // “厂商会”), 他说“县政府: a name begins after a quote it does not close.
            if let Some(q) =
                text[start..span.end].rfind('“').filter(|&q| !holds(&text[start + q..span.end], "”"))
            {
                start += q + '“'.len_utf8();
            }
            start = past_former(text, start, span.end);
            // 州政府与|港务局: a body's name ends at 与, 和 or 及 after a body's own ending, and the
            // body after the joiner is one of its own (not 经济和|信息化局, 中国与|葡语国家…论坛).
            if let Some((left, right)) = joined_bodies(text, start, name_end, complete) {
                if !found.iter().any(|c| c.span == left) {
                    found.push(Candidate::new(left, EntityType::Organization));
                }
                start = right;
            }
            // 金融管理局|行政管理委员会: a bureau's board names the bureau (Macao's bureaus' boards).
            let board = text[start..span.end].strip_suffix(BOARD).filter(|b| b.ends_with('局'));
            let end = board.map_or(span.end, |b| start + b.len());
            found.push(Candidate::new(start..end, EntityType::Organization));
        }
    }
    // 中国贸促会党组|召开…: the body's party group acting on its own is a body of its own; in its
    // members' titles (市工商联党组|书记) the body is the one named, the group the role's.
    for body in &mut found {
        let rest = &text[body.span.end..];
        if rest.strip_prefix(PARTY_GROUP).is_some_and(|r| !GROUP_TITLES.iter().any(|t| r.starts_with(t))) {
            body.span.end += PARTY_GROUP.len();
        }
    }
    let short = short_forms(text, &found);
    found.extend(short);
    found
}

/// Where a body's name starting at `start` begins after 前 (former: 前|国发会主委, 前|商务部部长), which
/// opens no name when a named body or a place follows it (not 前海管理局: 海 is neither).
pub(super) fn past_former(text: &str, start: usize, end: usize) -> usize {
    let Some(rest) = text[start..end].strip_prefix('前') else { return start };
    let at = start + '前'.len_utf8();
    let named = NAMED_BODIES.iter().any(|b| rest.starts_with(b)) || GAZETTEER.longest_at(text, at).is_some();
    if named && rest.chars().nth(2).is_some() {
        at
    } else {
        start
    }
}

/// Two bodies joined in one name's words (`start..name_end`): the first body's span and where the
/// second begins, when the words before the last 与, 和 or 及 end with a body's ending of two
/// characters or more or a party committee (彭亨州政府与|关丹港管理局, 省委和|省政府). A body listed whole
/// (`complete`) may follow the joiner alone (工总和|中总).
fn joined_bodies(text: &str, start: usize, name_end: usize, complete: bool) -> Option<(Span, usize)> {
    // None when the name's words are empty (a level's committee reset to its suffix: 州|州委).
    let words = text.get(start..name_end)?;
    let (at, joiner) = words.char_indices().rfind(|(_, c)| among("与和及", *c))?;
    let left = &words[..at];
    let ends_body = ORG_SUFFIXES.iter().any(|s| s.chars().nth(1).is_some() && left.ends_with(s))
        || COMMITTEES.iter().any(|c| left.ends_with(c))
        || NAMED_BODIES.iter().any(|b| left.ends_with(b));
    let right = start + at + joiner.len_utf8();
    let right_named = right < name_end || (complete && right == name_end);
    (ends_body && left.chars().nth(1).is_some() && right_named).then(|| (start..start + at, right))
}

/// A body's party group (党组), printed between the body and a title of its members.
const PARTY_GROUP: &str = "党组";

/// The titles of a party group's members after it (党组|书记, 党组|副书记, 党组|成员).
const GROUP_TITLES: [&str; 3] = ["书记", "副书记", "成员"];

/// A short form set up in brackets right after a body's name: declared with 简称 or 下称 ((简称“厂商会”)),
/// or printed bare ((中总) after 马来西亚中华总商会); the declared form in group 1, the bare one in 2.
static SHORT_FORM: LazyLock<regex::Regex> = LazyLock::new(|| {
    pattern::compile(r#"^[(（](?:(?:以下)?[简下]称[:：]?[“「"]?(\p{Han}{2,6})[”」"]?|(\p{Han}{2,5}))[)）]"#)
});

/// Every mention of the short forms set up right after the bodies `found` (see [`SHORT_FORM`]):
/// where each is set up and wherever jieba reads it as words of its own (中总 in 中总会长, not in
/// 集中总结). A bare form must abbreviate the name, its first and last characters the name's in order
/// (驻沪办 for 驻上海经济贸易办事处; not 总商会 after 市工商联, another name of the same body), and no
/// form is a generic word or a place.
fn short_forms(text: &str, found: &[Candidate]) -> Vec<Candidate> {
    let mut forms: Vec<&str> = Vec::new();
    for body in found {
        let Some(m) = SHORT_FORM.captures(&text[body.span.end..]) else { continue };
        let name = &text[body.span.clone()];
        let form = match (m.get(1), m.get(2)) {
            (Some(declared), _) => declared.as_str(),
            (None, Some(bare)) if abbreviates(bare.as_str(), name) => bare.as_str(),
            _ => continue,
        };
        if form != name && !GENERIC_WORDS.contains(&form) && GAZETTEER.lookup(form).is_none() {
            forms.push(form);
        }
    }
    forms.sort();
    forms.dedup();
    let mut mentions = Vec::new();
    for form in forms {
        for (at, _) in text.match_indices(form) {
            let span = at..at + form.len();
            // 中总|会长: a title right after it ends it, however jieba reads the two (中|总会|长).
            let titled = titled_at(&text[span.end..]);
            if bracketed(text, span.clone()) || own_words(text, span.clone(), titled) {
                mentions.push(Candidate::new(span, EntityType::Organization));
            }
        }
    }
    mentions
}

/// Whether a name's words are two countries' one-character short forms (马中总商会, 中新商会): they open
/// a bilateral body's name as a place does.
fn bilateral(words: &str) -> bool {
    let short = |c: char| c == '中' || COUNTRY_ABBREVIATIONS.contains(c);
    let mut chars = words.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(a), Some(b), None) if a != b && short(a) && short(b))
}

/// Whether a title starts `rest`, perhaps after a rank word (会长, 署理总会长).
fn titled_at(rest: &str) -> bool {
    let rest = TITLE_RANKS.iter().find_map(|r| rest.strip_prefix(r)).unwrap_or(rest);
    TITLES.iter().any(|t| rest.starts_with(t))
}

/// Where a two-character verb ending at `at` begins when a verb of founding comes right before it
/// (成立|引进|…办公室: the body is named for its task).
fn founded_task(text: &str, at: usize) -> Option<usize> {
    let from = text[..at].char_indices().rev().nth(1)?.0;
    let founded = FOUNDING_VERBS.iter().any(|v| text[..from].ends_with(v));
    let verb =
        || matches!(crate::text::segment::tagged(&text[from..at]).as_slice(), [(_, tag)] if *tag == "v");
    (founded && verb()).then_some(from)
}

/// Verbs of founding a body (成立, 设立, 组建), whose name follows them whole.
const FOUNDING_VERBS: [&str; 4] = ["成立", "设立", "组建", "筹建"];

/// The suffixes a body's ordinal numbers (第一人民医院, 第十研究所).
const NUMBERED_BODIES: [&str; 2] = ["医院", "研究所"];

/// Where an ordinal (第一, 第十二, 第3) ending at `at` begins.
fn ordinal_before(text: &str, at: usize) -> Option<usize> {
    let head = &text[..at];
    let numerals =
        head.chars().rev().take_while(|c| c.is_ascii_digit() || ORDINAL_NUMERALS.contains(*c)).count();
    let from = head.char_indices().rev().nth(numerals).filter(|&(_, c)| c == '第' && numerals > 0)?.0;
    (numerals <= 3).then_some(from)
}

/// Where 国家 opening the named body `suffix` at `span` begins (国家|商务部), when no place ends there.
fn national_opening(text: &str, span: Span, suffix: &str, places: &Near) -> Option<usize> {
    let at = span.start.checked_sub(NATIONAL.len())?;
    let opens = NAMED_BODIES.contains(&suffix) && text[..span.start].ends_with(NATIONAL);
    (opens && !places.around(at..at).any(|p| p.span.end == at)).then_some(at)
}

/// 国家 (the state) opening a central body's name.
const NATIONAL: &str = "国家";

/// Whether `form`'s first and last characters occur in `name` in that order (中总 in 中华总商会).
fn abbreviates(form: &str, name: &str) -> bool {
    let (Some(first), Some(last)) = (form.chars().next(), form.chars().next_back()) else { return false };
    name.find(first).is_some_and(|i| name[i + first.len_utf8()..].contains(last))
}

/// Whether the span is where a short form is set up: right inside its bracket or quotes.
fn bracketed(text: &str, span: Span) -> bool {
    text[..span.start].ends_with(['(', '（', '“', '「', '"'])
        && text[span.end..].starts_with([')', '）', '”', '」', '"'])
}

/// Whether jieba reads the span as words of its own: a word starts at its start and one ends at its end
/// (or it is `titled`: a title follows it), segmenting the few characters around it.
fn own_words(text: &str, span: Span, titled: bool) -> bool {
    let from = text[..span.start].char_indices().rev().take(4).last().map_or(span.start, |(i, _)| i);
    let to = text[span.end..].char_indices().nth(3).map_or(text.len(), |(i, _)| span.end + i);
    let mut offset = from;
    let (mut opens, mut closes) = (false, titled);
    for word in crate::text::segment::words(&text[from..to]) {
        opens |= offset == span.start;
        offset += word.len();
        closes |= offset == span.end;
    }
    opens && closes
}

/// A federation's full ending (联合会, 联合总会), where the search found a people's federation's short
/// name ending in its first character (新加坡工商|联合总会 read as 工商联 and 合总会); other hits unchanged.
fn federation(text: &str, span: Span, suffix: &'static str) -> (Span, &'static str) {
    if NAMED_BODIES.contains(&suffix) && suffix.ends_with('联') {
        let at = span.end - '联'.len_utf8();
        if let Some(full) = FEDERATIONS.iter().find(|f| text[at..].starts_with(**f)) {
            return (at..at + full.len(), full);
        }
    }
    (span, suffix)
}

/// The endings of a federation's name (华商联合总会, 华侨联合会).
const FEDERATIONS: [&str; 2] = ["联合总会", "联合会"];

/// The parties and the youth league whose committees are named by level (中共眉山市委, 团县委,
/// 民革贵州省委, 民盟市委).
const COMMITTEE_PARTIES: [&str; 11] =
    ["中共", "团", "共青团", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟"];

/// The openings of a national body's name (全国人大, 国家发改委, 中共中央).
const NATIONAL_OPENINGS: [&str; 3] = ["全国", "国家", "中共"];

/// Distributives before a body (各区, 各界: of every district, of all circles), part of its name after a
/// jurisdiction's scope (全港各区工商联, 全国各界…联合会).
const DISTRIBUTIVES: [&str; 3] = ["各区", "各界", "各地"];

/// A jurisdiction's whole scope opening a body's name before a distributive.
const WHOLE_SCOPES: [&str; 5] = ["全港", "全澳", "全国", "全省", "全市"];

/// Classifiers of a count of bodies (个, 家, 间, 所): after one (58个|家族办公室, 三家|商会) a body's
/// name is a kind of body ([`counted`]).
const BODY_CLASSIFIERS: &str = "个家间所";

/// Whether a name starting at `at` opens a clause or follows a function word (、规划署, 与|规划署).
fn opens_clause(text: &str, at: usize) -> bool {
    text[..at].chars().next_back().map_or(true, |c| {
        let mut buf = [0u8; 4];
        !is_han(c) || STOP_WORDS.contains(&&*c.encode_utf8(&mut buf))
    })
}

/// A park's bodies printed bare (管委会, 党工委): a body when listed right after another body
/// (开发区党工委、|管委会); alone, or after its parent in a chain of titles (党工委委员、管委会副主任), it is
/// no entity of its own.
const BARE_BODIES: [&str; 2] = ["管委会", "党工委"];

/// Whether the name starting at `at` follows the last body found, joined by 、 (党工委、|管委会).
fn listed_after(text: &str, at: usize, found: &[Candidate]) -> bool {
    found.last().is_some_and(|body| text[body.span.end..at] == *"、")
}

/// Where the last verb or label of a party or a sector (主办单位, 科技创新界) among the words before a body
/// complete alone ends, if any: the body's name begins there.
fn label_end(words: &str) -> Option<usize> {
    let mut offset = 0;
    let mut end = None;
    for (w, tag) in crate::text::segment::tagged(words) {
        offset += w.len();
        if (tag.starts_with('v') && tag != "vn") || w.ends_with("单位") || w.ends_with('界') {
            end = Some(offset);
        }
    }
    end
}

/// Whether one or two field words (统计, 投资审议) lie between the body at `body` and `end`, where a
/// one-character department ending follows, and the body is a ministry, a council or a department
/// (经济部, 投审会, 商务局) that such a department belongs to.
fn field_after_body(text: &str, body: Span, end: usize) -> bool {
    let field = &text[body.end..end];
    let parent = &text[body];
    let words = crate::text::segment::words(field).len();
    (2..=4).contains(&field.chars().count())
        && field.chars().all(is_han)
        && (1..=2).contains(&words)
        && (NAMED_BODIES.contains(&parent)
            || DEPARTMENT_ENDS.iter().chain(["院", "会"].iter()).any(|e| parent.ends_with(e)))
}

/// Whether the department at `start..end` is an item of a list of departments: 、 or an opening
/// bracket before it, 、 after it, and the next item (three to eight Han characters) ends with a
/// department's ending too (香赵庄镇、|公用事业局|、食品药品监督局、教育局).
fn listed_among_departments(text: &str, start: usize, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix('、') else { return false };
    let next: String = rest.chars().take_while(|&c| is_han(c) && c != '等' && c != '、').take(9).collect();
    text[..start].ends_with(['、', '(', '（'])
        && (3..=8).contains(&next.chars().count())
        && BUREAU_CHARACTERS.iter().any(|b| next.ends_with(b))
}

/// Words that open a list of officials with their departments (包括保安局局长…, 以及教育局局长…).
const LIST_OPENERS: [&str; 3] = ["包括", "以及", "包含"];

/// The department endings that speak as a body (产发局回应); not 司, 处 (母公司表示, 办事处说).
const SPEAKING_ENDS: [&str; 3] = ["局", "厅", "署"];

/// Whether a verb of speaking starts right at `end`, after a department printed bare (产发局|回应,
/// 发展局|表示): the department speaks as a body.
fn speaks(end: usize, speech: &[crate::text::words::Hit]) -> bool {
    let i = speech.partition_point(|(v, _)| v.start < end);
    speech.get(i).is_some_and(|(v, _)| v.start == end)
}

/// Whether the head's title of the department ending at `end` follows it (发展局|局长, 建设局|副局长):
/// a title hit (`titles`, in reading order) starts there or after rank words.
fn head_titled(text: &str, end: usize, titles: &[crate::text::words::Hit]) -> bool {
    let mut at = end;
    while let Some(rank) = TITLE_RANKS.iter().find(|r| text[at..].starts_with(**r)) {
        at += rank.len();
    }
    let i = titles.partition_point(|(t, _)| t.start < end);
    titles[i..].iter().take_while(|(t, _)| t.start <= at).any(|(t, _)| t.start == end || t.start == at)
}

/// The department ending with `suffix` at `span` when it is listed right after another department
/// found, joined by 、, 与, 和 or 及 (经发局与|都发局、|观旅局): three to six Han characters with no function
/// word between the joiner and the ending, which closes no verb (与攀枝花市|签署) nor a common word in 部
/// (与公司|总部).
fn listed_department(text: &str, span: Span, suffix: &str, found: &[Candidate]) -> Option<Span> {
    let department =
        |name: &str| DEPARTMENT_ENDS.iter().chain(BUREAU_CHARACTERS.iter()).any(|e| name.ends_with(e));
    let previous = found.last()?.span.clone();
    // A commission in 委 (经信委、|国土局) lists departments too.
    let previous_body = &text[previous.clone()];
    if !department(suffix) || !(department(previous_body) || previous_body.ends_with('委')) {
        return None;
    }
    let joiner = text[previous.end..].chars().next().filter(|c| among("、与和及", *c))?;
    let start = previous.end + joiner.len_utf8();
    let item = text.get(start..span.end)?;
    let plain = (3..=6).contains(&item.chars().count())
        && item.chars().all(|c| is_han(c) && c != '、')
        && !item.chars().any(|c| {
            let mut buf = [0u8; 4];
            STOP_WORDS.contains(&&*c.encode_utf8(&mut buf))
        });
    // Not a verb (签署), nor a two-character word ending in 部 (公司|总部, 东部): a ministry's department
    // is one word (宣传部).
    let common = || {
        crate::text::segment::tagged(item)
            .last()
            .is_some_and(|(w, tag)| tag.starts_with('v') || (w.ends_with('部') && w.chars().count() <= 2))
    };
    (plain && !common()).then_some(start..span.end)
}

/// Whether a suffix names a news outlet (日报, 新闻网, 电视台): it ends with an outlet's ending.
fn outlet(suffix: &str) -> bool {
    OUTLET_ENDINGS.iter().any(|e| suffix.ends_with(e))
}

/// A bureau's board after its name (金融管理局|行政管理委员会).
const BOARD: &str = "行政管理委员会";

/// Whether a suffix hit is the first character of a title rather than a body's end: a bureau character
/// after 副 or after itself (劳工局|副局长, 管理局|局长), and a Hong Kong 司 before 长 (财政司长 is the
/// post of 财政司司长, printed short); a bureau character before 长 after a rank word or 助理 (投资署助理|署长,
/// 常务|局长) too, and a bureau character opening a title (军分区|司令员); 总会 before 长 opens 总会长 (马华|总会长).
fn part_of_title(text: &str, span: Span, suffix: &str) -> bool {
    let before = &text[..span.start];
    let bureau = BUREAU_CHARACTERS.contains(&suffix);
    // 国贸署|刘某|署长: the same character two or three characters (the head's name) back ends the body.
    let parted = |c| before.chars().rev().skip(2).take(2).any(|b| b == c);
    let doubled = bureau
        && (before.ends_with('副')
            || before.ends_with(suffix)
            || (text[span.end..].starts_with('长') && suffix.chars().next().is_some_and(parted)));
    let ranked = bureau
        && text[span.end..].starts_with('长')
        && (before.ends_with("助理") || TITLE_RANKS.iter().any(|r| before.ends_with(r)));
    // A bureau character opening a title other than its head's is the title's (淄博军分区|司令员; a
    // fused 处长 takes the body: 投资业务处长).
    let titled = bureau
        && TITLES.iter().any(|t| text[span.start..].starts_with(t) && !t[suffix.len()..].starts_with('长'));
    // 福建总商会|总会长: a 总会 before 长 is the title 总会长's, not a federation's ending.
    let head = suffix == "总会" && text[span.end..].starts_with('长');
    doubled || ranked || titled || head || (suffix.ends_with('司') && text[span.end..].starts_with('长'))
}

/// What follows 站 the verb (stand): a preposition (站在, 站于) or a complement (站到, 站起, 站出).
const STANDING: [char; 5] = ['在', '于', '到', '起', '出'];

/// Words of meeting, joining or entry that make 处 or 部 after them a spot (交界处, 交汇处, 入口处,
/// 结合部): 处 is there "place", 部 "part", as in no department's name. Not 出口, also "export"
/// (商务厅机电|进出口处 is a department).
const SPOT_STEMS: [&str; 9] = ["交界", "交汇", "汇合", "交接", "衔接", "连接", "接壤", "结合", "入口"];

/// Endings of a government department's name, whose fields may be coordinated (经济和信息化局); a
/// one-character ending alone (`bureau-characters.txt`) has rules of its own.
const DEPARTMENT_ENDS: [&str; 5] = ["局", "委员会", "厅", "部", "署"];

/// Where a department's name begins when fields joined by 及/和/与 (once, last) and 、 come before the name
/// starting at `start` (商务|及经济发展局, 投资、商贸|及消费人事务委员会, 商贸|与人力资源): each field one or two nouns of two
/// characters or more; a place may open the first. `start` when none are joined.
pub(super) fn coordinated_start(text: &str, start: usize) -> usize {
    let mut at = start;
    let mut joiners: &[char] = &['及', '和', '与'];
    while let Some(joiner) = text[..at].chars().next_back().filter(|c| joiners.contains(c)) {
        let end = at - joiner.len_utf8();
        let (from, words) = prefix(text, end, &REACH);
        // A place or a parent body (经济部|中小及新创企业署) opening the first field is no field.
        let seg = &text[from..end];
        let head = words.first().filter(|w| GAZETTEER.lookup(w).is_some()).map(|w| w.len()).or_else(|| {
            NAMED_BODIES.iter().find(|b| seg.len() > b.len() && seg.starts_with(**b)).map(|b| b.len())
        });
        let fields = &seg[head.unwrap_or(0)..];
        let nouns = crate::text::segment::tagged(fields);
        let field = (1..=2).contains(&nouns.len())
            && nouns.iter().all(|(w, tag)| {
                // 中小 (jieba's abbreviation j) in 中小及新创企业署.
                let noun = tag.starts_with('n') || matches!(*tag, "vn" | "j");
                w.chars().count() >= 2 && noun && !body_word(w)
            });
        if !field || fields.is_empty() {
            break;
        }
        at = from;
        if head.is_some() {
            break;
        }
        // 创新|科技及工业局: a verb opening the clause right before a one-word field is the field's first
        // word, which jieba misread (not 推动创新|科技…, where a clause's verb governs it).
        if let Some(verb) = clause_opening_verb(text, at).filter(|_| nouns.len() == 1) {
            at = verb;
            break;
        }
        joiners = &['、'];
    }
    at
}

/// A Latin acronym in brackets right after an organisation's or a firm's name: `(MIDA)`, `（OTN）`.
static BRACKETED_ACRONYM: LazyLock<regex::Regex> =
    LazyLock::new(|| pattern::compile(r"^[(（]([A-Z][A-Z0-9&]{1,9})[)）]"));

/// The acronyms printed in brackets after the organisations and firms among `chosen` (大马投资发展局(MIDA),
/// 行政院经贸谈判办公室（OTN）): each names the same body, with its type.
pub(super) fn acronyms(text: &str, chosen: &[Candidate]) -> Vec<Candidate> {
    super::bracketed_aliases(
        text,
        chosen,
        &[EntityType::Organization, EntityType::Company],
        &BRACKETED_ACRONYM,
    )
}

/// A government, whose departments' names it opens (香港特区政府创新科技及工业局).
const GOVERNMENT: &str = "政府";

/// Where a two-character word that jieba reads as a verb and that opens a clause ends at `end` begins.
fn clause_opening_verb(text: &str, end: usize) -> Option<usize> {
    let from = text[..end].char_indices().rev().nth(1)?.0;
    let word = &text[from..end];
    let tagged = crate::text::segment::tagged(word);
    let verb = matches!(tagged.as_slice(), [(w, tag)] if *w == word && tag.starts_with('v') && *tag != "vn");
    // 香港特区政府|创新科技及工业局: a government's department opens after it as a clause does.
    let opens = opens_clause(text, from) || text[..from].ends_with(GOVERNMENT);
    (verb && word.chars().all(is_han) && opens).then_some(from)
}

/// Whether a word names a park, a firm or a body rather than a field (园区, 企业, 政府 in 园区和商务局;
/// 财政厅 in 四川省财政厅和国家审计署).
fn body_word(word: &str) -> bool {
    PARK_SUFFIXES.contains(&word)
        || FIRM_CATEGORY_NOUNS.contains(&word)
        || ORG_SUFFIXES.contains(&word)
        || COMMITTEES.contains(&word)
        || DEPARTMENT_ENDS.iter().any(|e| word.ends_with(e))
}

/// The length in characters of the jieba word that the one-character department ending at `span`
/// ends: three or more for a department word (税务局), one when it stands alone (投资审议|署), two for
/// a common word (布局, 当局, 餐厅, 部署, 该局); none for a word of direction or locality (西南部).
fn department_word(text: &str, span: Span) -> Option<usize> {
    let from = text[..span.start].char_indices().rev().take(8).last().map_or(span.start, |(i, _)| i);
    let mut offset = from;
    for (word, tag) in crate::text::segment::tagged(&text[from..span.end]) {
        offset += word.len();
        if offset == span.end {
            // 西南部, 中部: a word of direction or locality is no department.
            return (!tag.starts_with(['f', 's'])).then(|| word.chars().count());
        }
    }
    None
}

/// The most characters between a quoted body's opening quote and its name found ([`quoted_start`]).
const QUOTED_REACH: usize = 24;

/// Where a body's name quoted whole begins (“…与功能材料省实验室”): its suffix ending at `end` closes
/// the quote, opened on the same clause within [`QUOTED_REACH`] before `start`.
fn quoted_start(text: &str, start: usize, end: usize) -> Option<usize> {
    if !text[end..].starts_with(['”', '」']) {
        return None;
    }
    let breaks = |c: char| QUOTE_BREAK.contains(&c) || CLOSING_QUOTE.contains(&c);
    let from = crate::text::bounds::reach_start(text, start, breaks, QUOTED_REACH);
    let open = from + text[from..start].rfind(['“', '「'])?;
    let open = open + text[open..].chars().next().map_or(0, char::len_utf8);
    // “县政府和商务局”: a body before the joiner is one of its own, no part of this name.
    let body = |left: &str| {
        ORG_SUFFIXES.iter().chain(COMMITTEES.iter()).chain(NAMED_BODIES.iter()).any(|s| left.ends_with(s))
    };
    // “感谢市政府”, “热烈欢迎省商务厅”: a verb before the name governs it, no part of it.
    let verb = || crate::text::segment::tagged_iter(&text[open..start]).any(|(_, t)| t == "v");
    (!text[open..start].strip_suffix(['与', '和', '及']).is_some_and(body) && !verb()).then_some(open)
}

/// Where a level word (县, 市) opens a department whose field jieba reads as a verb, the field ending
/// at `end` (县|信访, 市|接待): the level a word of its own, the field one of two characters or more.
fn levelled_field(text: &str, end: usize) -> Option<usize> {
    let from = text[..end].char_indices().rev().nth(5).map_or(0, |(i, _)| i);
    let tagged = crate::text::segment::tagged(&text[from..end]);
    let [.., (level, _), (field, tag)] = tagged.as_slice() else { return None };
    let level_word = level.chars().count() == 1 && level.chars().all(|c| LEVEL_CHARS.contains(c));
    (level_word && tag.starts_with('v') && field.chars().count() > 1).then(|| end - field.len() - level.len())
}

/// Whether jieba starts a word at byte `at` when segmenting the few characters before it up to `end`
/// (被|省政府, but 园|区 in 园区管委会).
pub(super) fn starts_word(text: &str, at: usize, end: usize) -> bool {
    let from = text[..at].char_indices().rev().take(4).last().map_or(at, |(i, _)| i);
    let mut offset = from;
    for word in crate::text::segment::words(&text[from..end]) {
        if offset == at {
            return true;
        }
        offset += word.len();
        if offset > at {
            return false;
        }
    }
    offset == at
}

/// Whether jieba reads the end of a suffix hit inside a longer word (大学|城 read as 大学城): a word
/// of the few characters around it starts before the end and ends after it.
pub(super) fn ends_inside_word(text: &str, span: Span) -> bool {
    let from = text[..span.start].char_indices().rev().take(4).last().map_or(span.start, |(i, _)| i);
    let to = text[span.end..].char_indices().nth(3).map_or(text.len(), |(i, _)| span.end + i);
    let mut offset = from;
    crate::text::segment::words(&text[from..to]).into_iter().any(|w| {
        let (start, end) = (offset, offset + w.len());
        offset = end;
        start < span.end && span.end < end
    })
}

/// Whether a body listed whole (NAMED_BODIES) at `span` is no body there. Common words hold it: a
/// dictionary word of the few characters around it runs across its start (其中|总投资: no 中总;
/// 施工|总承包, 斑马|会) or its end (交通|大学生, 工程|会计), an adverb opens it (大家|都|会大学) or a
/// negation precedes it (不|公平会导致), or its 处 is 处于 (中小企业处于困境, also 處|於 that jieba cuts
/// apart). May run on from its end: its head's title (商务|部长, 中总|会长), its party group
/// (贸促|会党|组), a date after 于 (统计|处于|31日, 於昨日) and a joiner before another listed body (工|总和|中总).
/// Nor is it one body as a firm's department (公司|人力资源部, 项目|工程部, 工程部|经理) or after a count
/// or a determiner (四大|国家银行, 这家|国家银行): a kind.
fn listed_off(text: &str, span: Span, suffix: &str, hits: &[crate::text::words::Hit]) -> bool {
    use crate::text::segment::{in_dictionary, tagged};
    let rest = &text[span.end..];
    if suffix.ends_with('处') && rest.starts_with(['于', '於']) && !dated(rest) {
        return true;
    }
    let before = &text[..span.start];
    let mut prior = before.chars().rev();
    let (last, second) = (prior.next(), prior.next());
    // 这家|国家银行, 这匹|马会: a count's classifier; a determiner counts only as its own word or
    // opening one (该|商务部, 这家), not closing one (因此|商务部, 对此, 为此, 据此: see the loop).
    let determiner = last.is_some_and(|c| DETERMINERS.contains(c));
    let kind = last.is_some_and(|c| among("家个所间大匹头只条", c))
        && second.is_some_and(|c| COUNT_NUMERALS.contains(c) || DETERMINERS.contains(c));
    let department = suffix.ends_with('部')
        && (CORPORATE_WORDS.iter().any(|w| before.ends_with(w))
            || MANAGERS.iter().any(|m| rest.starts_with(m)));
    if kind || department {
        return true;
    }
    let joined = rest.strip_prefix(['和', '与', '與', '及', '、']).is_some_and(|r| {
        let at = text.len() - r.len();
        let i = hits.partition_point(|(h, _)| h.start < at);
        hits.get(i).is_some_and(|(h, b)| h.start == at && NAMED_BODIES.contains(b))
    });
    let runs_on = titled_at(rest) || rest.starts_with(PARTY_GROUP) || dated(rest) || joined || divided(rest);
    let first = text[span.start..].chars().next().unwrap_or_default();
    let from = before.char_indices().rev().take(4).last().map_or(span.start, |(i, _)| i);
    let to = rest.char_indices().nth(3).map_or(text.len(), |(i, _)| span.end + i);
    let mut at = from;
    let mut closed = false;
    let modal = text[..span.end].ends_with('会');
    for (word, tag) in tagged(&text[from..to]) {
        let (start, end) = (at, at + word.len());
        at = end;
        let lone = word.chars().nth(1).is_none();
        closed |= end == span.start;
        let opens = |c: char| DETERMINERS.contains(c) || COUNT_NUMERALS.contains(c);
        // 公平|会|更好地, 马会|更好: a degree adverb after 会 makes it the modal verb (simplified
        // script only: 公平會將於 is the body's).
        if start == span.start && tag == "d" && lone
            || end == span.start && matches!(word, "不" | "没" | "未")
            || end == span.start && determiner && word.starts_with(opens)
            || start == span.end && modal && DEGREE_ADVERBS.contains(&word)
        {
            return true;
        }
        // A word holding the whole body (国家审计署, 國防部長) or a place running into it (嘉|南县|府) is a
        // longer name built on it; so is a place whose level opens the body (花莲县|府: jieba may tag
        // it no place), and a joiner glued to the body's first character is a list's (人社部和|文|旅部).
        let title = TITLES.contains(&word);
        let placed = LEVEL_CHARS.contains(first) && end == span.start + first.len_utf8();
        let joiner = text
            .get(start..span.start)
            .is_some_and(|o| o.chars().count() == 1 && o.starts_with(['和', '与', '與', '及']));
        let across = (start < span.start
            && span.start < end
            && end <= span.end
            && !matches!(tag, "ns" | "nt")
            && !placed
            && !joiner)
            || (span.start < start
                && start < span.end
                && span.end < end
                && !runs_on
                && !title
                && !forced_split(text, span.clone(), start, to));
        if across && in_dictionary(word) {
            return true;
        }
        if start > span.end {
            break;
        }
    }
    determiner && !closed
}

/// A listed body's span grown to jieba's organisation word holding it (人民日报|社 read as 人民日报社),
/// so the name may run on from there (人民日报社新媒体中心).
fn grown(text: &str, span: Span, suffix: &str) -> Span {
    if !NAMED_BODIES.contains(&suffix) || !text[span.end..].starts_with(['社', '局', '院', '所', '署', '厅'])
    {
        return span;
    }
    let to = text[span.end..].char_indices().nth(2).map_or(text.len(), |(i, _)| span.end + i);
    match crate::text::segment::tagged(&text[span.start..to]).first() {
        Some((word, "nt")) if word.len() > span.len() => span.start..span.start + word.len(),
        _ => span,
    }
}

/// Degree adverbs that follow the modal verb 会 and never a body's name (会更好, 会很快).
const DEGREE_ADVERBS: [&str; 9] = ["更", "更好", "更加", "更为", "很", "越来越", "非常", "比较", "十分"];

/// Whether jieba's word across a listed body's end, starting at `start`, splits a word of the body
/// read alone (巫|統領|袖: the body 巫統 is one word) while the text after the body opens a whole
/// dictionary word (領袖): the context forced the split. A longer word built on the body's own last
/// word (国民|大学 + 大学生|活) is no such split.
fn forced_split(text: &str, span: Span, start: usize, to: usize) -> bool {
    use crate::text::segment::{in_dictionary, words};
    let mut at = span.start;
    let inside = words(&text[span.clone()]).into_iter().all(|w| {
        at += w.len();
        at != start
    });
    inside
        && words(&text[span.end..to]).first().is_some_and(|w| w.chars().nth(1).is_some() && in_dictionary(w))
}

/// Whether `rest` opens with a seat's two to four Han characters and a party's division after a
/// listed party (马华|北根区会): the body's name goes on, whatever word jieba reads across its end.
fn divided(rest: &str) -> bool {
    rest.char_indices().skip(2).take(3).any(|(i, _)| {
        rest[..i].chars().all(is_han) && PARTY_DIVISIONS.iter().any(|d| rest[i..].starts_with(d))
    })
}

/// Whether a listed body sits in a name's words on jieba's word edges (国家药监局|审评检查分中心), not
/// across one (国民|大学生|活动中心: no 国民大学).
/// The name is a few words long: every span between two of its word edges is looked up, where
/// searching the name for each listed body cost a tenth of the organisations' time on long texts.
fn named_inside(name: &str, words: &[&str]) -> bool {
    let edges: Vec<usize> = std::iter::once(0)
        .chain(words.iter().scan(0, |at, w| {
            *at += w.len();
            Some(*at)
        }))
        .collect();
    edges.iter().enumerate().any(|(k, &from)| {
        edges[k + 1..].iter().any(|&to| name.get(from..to).is_some_and(|body| NAMED_BODIES.contains(body)))
    })
}

/// Whether `from` and `to` (bytes into the text `words` cut) both fall between two of the words.
fn on_word_edges(words: &[&str], from: usize, to: usize) -> bool {
    let (mut at, mut opens, mut closes) = (0, from == 0, to == 0);
    for w in words {
        at += w.len();
        opens |= at == from;
        closes |= at == to;
    }
    opens && closes
}

/// A firm's managers' titles after its department (工程部|经理), where a ministry has its 部长.
const MANAGERS: [&str; 3] = ["经理", "主管", "总监"];

/// Whether `rest` opens with 于 and a date (统计处|于31日公布): a body's act dated, no 处于.
fn dated(rest: &str) -> bool {
    rest.strip_prefix(['于', '於']).is_some_and(|r| {
        r.starts_with(|c: char| c.is_ascii_digit() || ORDINAL_NUMERALS.contains(c) || among("今昨明", c))
    })
}

/// Whether jieba reads the last character of a suffix hit as the start of the next word (发展|局面 in
/// 良好发展局面: no 发展局 there).
fn last_character_cut(text: &str, span: Span) -> bool {
    let Some(last) = text[..span.end].chars().next_back() else { return false };
    let at = span.end - last.len_utf8();
    let from = text[..at].char_indices().rev().take(8).last().map_or(at, |(i, _)| i);
    let to = text[span.end..].char_indices().nth(3).map_or(text.len(), |(i, _)| span.end + i);
    let mut offset = from;
    for (word, tag) in crate::text::segment::tagged(&text[from..to]) {
        if offset == at {
            // A common noun (局面), not a title fused with the suffix (管理局长, 政研|室主任), nor one
            // that jieba made with the first character of the body's party group (贸促|会党|组成员).
            let title = TITLES.contains(&word) || TITLES.contains(&&word[last.len_utf8()..]);
            let group = text[span.end..].starts_with(PARTY_GROUP);
            return offset + word.len() > span.end && tag == "n" && !title && !group;
        }
        offset += word.len();
        if offset > at {
            return false;
        }
    }
    false
}

/// True when the words carry a proper name, not only generic words; a quoted slogan counts
/// (市“放管服”领导小组办公室).
fn named(words: &[&str]) -> bool {
    words.iter().any(|w| (!GENERIC_WORDS.contains(w) && w.chars().count() > 1) || holds(w, "“"))
}
