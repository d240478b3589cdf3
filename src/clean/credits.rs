//! Credits: byline lines (昆明日报全媒体记者:贾献培, 责编:赵萍, 全媒体记者 陈维), inline credits at the
//! end of the last paragraph ((綿報融媒記者 黃小芹)) or after a dateline (本报讯（记者 张三）), photo
//! credits in captions (记者王俊星 摄), and unlabelled name lines after the body (鄧安華 肖榮).

use crate::model::Author;
use crate::text::bounds::SENTENCE_END;
use crate::text::chars::is_han;
use regex::Regex;
use std::sync::LazyLock;

/// Credit roles, longest first so that 责任编辑 wins over 编辑.
const ROLES: &str = "责任编辑|責任編輯|实习记者|實習記者|特约记者|特約記者|通讯员|通訊員|实习生|實習生|记者|記者|责编|責編|编审|編審|终审|終審|编辑|編輯|作者|摄影|攝影|校对|校對|审核|審核|审校|審校|美编|美編|编译|編譯|撰文|文字|统筹|統籌|监制|監製";

/// A role, optionally followed by a colon.
static ROLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"({ROLES})\s*[:：]?\s*")).unwrap());

/// Words between an outlet's name and the role (昆明日报 全媒体 记者).
static DESK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:全媒体|全媒體|融媒体|融媒體|融媒|首席|见习|見習|本报|本報|本网|本網)+$").unwrap()
});

/// A person's name: two to four CJK characters (with a middle dot for transcribed names).
static NAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\p{Han}{2,4}(?:·\p{Han}{1,6})?$").unwrap());

/// A photo credit at the end of a caption: 记者王俊星 摄, 张三/摄.
static PHOTO_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*[（(]?((?:记者|記者|通讯员|通訊員)?\s*\p{Han}{2,4}(?:[\s、]+\p{Han}{2,4})*)\s*/?\s*(摄|攝)[)）]?$").unwrap()
});

/// An inline credit in parentheses at the end of a paragraph: (綿報融媒記者 黃小芹).
static TRAILING_CREDIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*[（(]([^（）()]{2,40})[)）]\s*$").unwrap());

/// A credit in parentheses right after a dateline: 本报讯（记者 张三）.
static DATELINE_CREDIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\S{0,16}?(?:讯|訊|电|電))\s*[（(]([^（）()]{2,40})[)）]\s*").unwrap());

/// Common Chinese surnames (simplified and traditional), the evidence for an unlabelled name line.
const SURNAMES: &str = "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林高罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺";

/// Last characters of place and body names, which bare personal names do not end in.
const NOT_NAME_ENDINGS: &str = "区區县縣市镇鎮州省村园園局委办辦会會部网網报報社厅廳处處站港城";

/// Parses a credit such as `昆明日报全媒体记者:贾献培` or `记者 刘攀 通讯员 胡谦`: the outlet printed
/// before the first role (if any) and the credited people. `None` when the text is not a credit.
pub fn parse(text: &str) -> Option<(Option<String>, Vec<Author>)> {
    let text = text
        .trim()
        .trim_start_matches(['（', '(', '【', '['])
        .trim_end_matches(['）', ')', '】', ']'])
        .trim();
    let first = ROLE.find(text)?;
    let prefix = &text[..first.start()];
    if prefix.chars().count() > 14 || !prefix.chars().all(|c| is_han(c) || c == ' ') {
        return None;
    }
    let outlet = DESK.replace(prefix.trim(), "").into_owned();
    let mut authors = Vec::new();
    let mut rest = &text[first.start()..];
    while !rest.is_empty() {
        let role = ROLE.captures(rest).filter(|c| c.get(0).unwrap().start() == 0)?;
        let after = &rest[role.get(0).unwrap().end()..];
        let next = ROLE.find(after).map_or(after.len(), |m| m.start());
        let names: Vec<&str> =
            after[..next].split([' ', '、', ',', '，', '/']).filter(|n| !n.is_empty()).collect();
        if names.is_empty() || !names.iter().all(|n| NAME.is_match(n)) {
            return None;
        }
        for name in names {
            authors.push(Author { name: name.to_owned(), role: Some(role[1].to_owned()) });
        }
        rest = &after[next..];
    }
    Some(((outlet.chars().count() >= 2).then_some(outlet), authors))
}

/// A line of one to four bare names (鄧安華 肖榮), each starting with a common surname.
pub fn parse_name_line(text: &str) -> Option<Vec<Author>> {
    let names: Vec<&str> = text.split([' ', '、']).filter(|n| !n.is_empty()).collect();
    let plausible = |n: &&str| {
        let count = n.chars().count();
        (2..=3).contains(&count)
            && n.chars().all(is_han)
            && n.starts_with(|c| SURNAMES.contains(c))
            && !n.ends_with(|c| NOT_NAME_ENDINGS.contains(c))
    };
    ((1..=4).contains(&names.len()) && names.iter().all(plausible))
        .then(|| names.iter().map(|n| Author { name: (*n).to_owned(), role: None }).collect())
}

/// Splits a photo credit off a caption: `沪滇临港昆明科技城。记者王俊星 摄` → the caption, the credit
/// text and the photographers.
pub fn split_photo_credit(line: &str) -> Option<(String, String, Vec<Author>)> {
    let c = PHOTO_CREDIT.captures(line)?;
    let whole = c.get(0).unwrap();
    let caption = line[..whole.start()].trim_end();
    // The credit follows the caption's own punctuation or a space.
    let separated = caption.ends_with(|c| SENTENCE_END.contains(&c) || matches!(c, '）' | ')' | '”'))
        || line[..whole.start() + 1].ends_with(char::is_whitespace)
        || c[1].starts_with(['记', '記', '通']);
    if caption.is_empty() || !separated {
        return None;
    }
    let credit = c[1].trim();
    let names =
        ["记者", "記者", "通讯员", "通訊員"].iter().find_map(|r| credit.strip_prefix(r)).unwrap_or(credit);
    let authors: Vec<Author> = names
        .split([' ', '、'])
        .filter(|n| !n.is_empty())
        .map(|n| Author { name: n.to_owned(), role: Some(c[2].to_owned()) })
        .collect();
    authors
        .iter()
        .all(|a| NAME.is_match(&a.name))
        .then(|| (caption.to_owned(), whole.as_str().trim().to_owned(), authors))
}

/// Splits an inline credit off the end of a paragraph: `…發展。(綿報融媒記者 黃小芹)`.
pub fn split_trailing(line: &str) -> Option<(String, String, Option<String>, Vec<Author>)> {
    let c = TRAILING_CREDIT.captures(line)?;
    let (outlet, authors) = parse(&c[1])?;
    let whole = c.get(0).unwrap();
    Some((line[..whole.start()].to_owned(), whole.as_str().trim().to_owned(), outlet, authors))
}

/// Splits a credit off a dateline: `本报讯（记者 张三）5月31日…` → `本报讯 5月31日…`.
pub fn split_dateline(line: &str) -> Option<(String, String, Vec<Author>)> {
    let c = DATELINE_CREDIT.captures(line)?;
    let (_, authors) = parse(&c[2])?;
    let whole = c.get(0).unwrap();
    let text = format!("{} {}", &c[1], &line[whole.end()..]);
    Some((text, format!("（{}）", &c[2]), authors))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(a: &[Author]) -> Vec<(&str, &str)> {
        a.iter().map(|a| (a.name.as_str(), a.role.as_deref().unwrap_or(""))).collect()
    }

    #[test]
    fn bylines_parse() {
        let (outlet, a) = parse("昆明日报全媒体记者:贾献培").unwrap();
        assert_eq!(outlet.as_deref(), Some("昆明日报"));
        assert_eq!(names(&a), [("贾献培", "记者")]);
        assert_eq!(names(&parse("全媒体记者 陈维").unwrap().1), [("陈维", "记者")]);
        assert_eq!(names(&parse("编辑:郭成").unwrap().1), [("郭成", "编辑")]);
        assert_eq!(names(&parse("（编辑 王五）").unwrap().1), [("王五", "编辑")]);
        assert_eq!(names(&parse("记者 刘攀 通讯员 胡谦").unwrap().1), [("刘攀", "记者"), ("胡谦", "通讯员")]);
        assert!(parse("长沙晚报全媒体记者 刘攀 通讯员 胡谦“初生牛犊不怕虎!").is_none());
        assert!(parse("记者从市经信局获悉，园区产值增长。").is_none());
    }

    #[test]
    fn credits_split_off() {
        let (caption, _, a) = split_photo_credit("沪滇临港昆明科技城。记者王俊星 摄").unwrap();
        assert_eq!(caption, "沪滇临港昆明科技城。");
        assert_eq!(names(&a), [("王俊星", "摄")]);
        let (text, _, _, a) = split_trailing("推動園區高質量發展。(綿報融媒記者 黃小芹)").unwrap();
        assert_eq!(text, "推動園區高質量發展。");
        assert_eq!(names(&a), [("黃小芹", "記者")]);
        assert!(split_trailing("特色(專業)園區").is_none());
        let (text, _, a) = split_dateline("本报讯（记者 张三）5月31日，园区开工。").unwrap();
        assert_eq!(text, "本报讯 5月31日，园区开工。");
        assert_eq!(names(&a), [("张三", "记者")]);
    }

    #[test]
    fn name_lines() {
        assert_eq!(names(&parse_name_line("鄧安華 肖榮").unwrap()), [("鄧安華", ""), ("肖榮", "")]);
        assert!(parse_name_line("图片推荐").is_none());
        assert!(parse_name_line("高新区").is_none());
    }
}
