//! The currency a bare 元 stands for: the one the text declares for its amounts ((美元，下同)), else
//! the one of the economy the article reports from.
//!
//! A mainland outlet's 50亿元 is renminbi; a Taiwanese outlet's 50億元 is New Taiwan dollars
//! (新台幣), which it names only now and then. The evidence is the article's source, as the cleaner
//! found it (a `来源:` line, an outlet line, or an agency's dateline such as 中央社台北22日電), or what
//! only a writer in Taiwan prints: a reporter's dateline in a Taiwanese city with Taiwan's spelling
//! 報導 (【記者王小明台南報導】; the mainland writes 报道), or a year of the Republic of China calendar
//! from 100 on (民國113年, 一一七年, or 117年 where the dates stage read it as a year), which dates the
//! present only in Taiwan. What the text is about is
//! no evidence: a mainland report on Taiwan names 新台币 for some figures and means renminbi by the
//! rest. A dateline of the press of Singapore, Malaysia, Hong Kong or Macau ((新加坡31日讯), (香港5日讯))
//! names those economies' currencies, and so does a line opening with a paper of Singapore or Malaysia
//! and the day of its report (《联合早报》1月21日报道). A Hong Kong or Macau paper is not known by its name (several
//! write mainland figures in 元 as renminbi) but by what a writer there prints of the place's own
//! government in a traditional-script article: 本港, 港府, 财政司 (Hong Kong dollars), 本澳, 澳府
//! (patacas); so is a Taiwanese one, by its 行政院, 立委 or 縣府 (not quoted, as the mainland quotes
//! another place's institutions, nor in the mainland's pair 县委县府), and a Singaporean one, in any
//! script, by 组屋 or 建屋发展局. A fiscal year printed as Hong Kong's budgets print it (二零一四/一五年度)
//! names Hong Kong dollars. A traditional-script article without those words that names 新台幣 counts
//! in it.

use crate::dates::Date;
use crate::text::chars::among;
use crate::text::chars::holds;
use crate::text::pattern;
use crate::text::words::{data_file, vocabulary, WordList};
use regex::Regex;
use std::sync::LazyLock;

/// Outlets of Taiwan, in simplified characters (a source is compared after simplification).
static TAIWAN_OUTLETS: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("figures/taiwan-outlets.txt")).collect());

/// What only a writer in Taiwan prints, in simplified text: a reporter's dateline in a Taiwanese
/// city (`data/figures/taiwan-places.txt`) spelt 报导 (记者王小明／台南报导, 记者甲/乙台北县报导), or a
/// Republic of China year from 100 on (民国113年, digit by digit 一一七年; a mainland date has four
/// digits and a count of years is read 一百一十七年), also in the brackets of a relative year
/// (去(100)年, 今（101）年, 今(99)年); a relative year or day with its number in brackets, as only Taiwan's papers
/// print them (今(2018)年, 昨(26)日).
static TAIWAN_WRITER: LazyLock<Regex> = LazyLock::new(|| {
    let places = vocabulary(data_file!("figures/taiwan-places.txt")).collect::<Vec<_>>().join("|");
    pattern::compile(&format!(
        "记者[^，。！？：；,:;!?\\n]{{0,24}}?(?:{places})[县市]?报导|民国\\s*1[0-9]{{2}}\\s*年|(?:^|[^〇○零一二三四五六七八九十百千])一[〇○零一二][〇○零一二三四五六七八九]年|[去今明][(（]\\s*(?:1[0-9]{{2}}|20[0-9]{{2}}|[4-9][0-9])\\s*[)）]年|[昨今前][(（]\\s*[0-9]{{1,2}}\\s*[)）]日"
    ))
});

/// Taiwan and its cities and counties (`data/figures/taiwan-places.txt`), found in one pass.
static TAIWAN_PLACES: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(
        vocabulary(data_file!("figures/taiwan-places.txt")).chain(["台湾"]).collect::<Vec<_>>().iter(),
    )
});

/// Whether `simplified` names Taiwan or one of its cities where jieba starts a word (高雄市长; not
/// 平台|中, 天台|北面).
fn names_taiwan(simplified: &str) -> bool {
    TAIWAN_PLACES.hits(simplified).into_iter().any(|(at, _)| {
        let from = simplified[..at.start].char_indices().next_back().map_or(at.start, |(i, _)| i);
        !crate::text::segment::word_across(simplified, from, at.start)
    })
}

/// Places of Singapore, Malaysia, Hong Kong and Macau with their currency
/// (`data/figures/dateline-currencies.txt`).
static DATELINE_CURRENCIES: LazyLock<Vec<(&str, &str)>> =
    LazyLock::new(|| currency_table(data_file!("figures/dateline-currencies.txt")));

/// A table of names with their currency: a name, a tab and an ISO code a line.
fn currency_table(source: &'static str) -> Vec<(&'static str, &'static str)> {
    vocabulary(source).map(|l| l.split_once('\t').expect("a name, a tab, an ISO code")).collect()
}

/// A dateline of the local press opening a line: (新加坡31日讯), 吉隆坡1日讯, (香港5日讯), also without
/// its day, (吉隆坡讯) (讯, not an agency's 电: 新华社新加坡5日电 is a mainland agency's copy; nor
/// 本报香港讯, a mainland paper's).
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let places = DATELINE_CURRENCIES.iter().map(|(p, _)| *p).collect::<Vec<_>>().join("|");
    pattern::compile(&format!(r"(?m)(?:^|[（(\s])({places})(?:\d{{1,2}}日)?讯"))
});

/// Papers of Singapore and Malaysia with their currency (`data/figures/press-currencies.txt`), and
/// the outlets of Taiwan with the New Taiwan dollar.
static PRESS_CURRENCIES: LazyLock<Vec<(&str, &str)>> = LazyLock::new(|| {
    let mut papers = currency_table(data_file!("figures/press-currencies.txt"));
    papers.extend(TAIWAN_OUTLETS.iter().map(|outlet| (*outlet, "TWD")));
    papers
});

/// The papers of [`PRESS_CURRENCIES`], found in one pass.
static PRESS_NAMES: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(PRESS_CURRENCIES.iter().map(|(p, _)| p)));

/// A line opening with such a paper and the day of its report: 《联合早报》1月21日报道, 星洲日报3日讯,
/// or its date in digits, as a repost heads the story it copies (自由時報 2023/02/02).
static PRESS_LINE: LazyLock<Regex> = LazyLock::new(|| {
    let papers = PRESS_CURRENCIES.iter().map(|(p, _)| *p).collect::<Vec<_>>().join("|");
    pattern::compile(&format!(
        r"(?m)^[\s（(]*《?({papers})》?\s*(?:(?:\d{{1,2}}月)?\d{{1,2}}日(?:报道|讯)|\d{{4}}(?:/\d{{1,2}}/|-\d{{1,2}}-|\.\d{{1,2}}\.)\d{{1,2}})"
    ))
});

/// The currency of the paper of Singapore, Malaysia or Taiwan whose report the article is: a line of
/// the body opens with the paper and the day ([`PRESS_LINE`]). Not the article's source, which the
/// cleaner may take from a paper a mainland report cites (据《联合早报》报道，中国企业……).
fn press_currency(simplified: &str) -> Option<&'static str> {
    // Most texts name none of the papers: one pass says so before the pattern runs.
    if !PRESS_NAMES.occurs_in(simplified) {
        return None;
    }
    let paper = PRESS_LINE.captures(simplified)?.get(1)?.as_str();
    PRESS_CURRENCIES.iter().find(|(p, _)| *p == paper).map(|&(_, code)| code)
}

/// Words only a writer in Hong Kong, Macau or Taiwan prints of the place's own government, with its
/// currency (`data/figures/local-government-words.txt`; the first listed that the text holds decides).
static LOCAL_GOVERNMENT: LazyLock<Vec<(&str, &'static str)>> =
    LazyLock::new(|| currency_table(data_file!("figures/local-government-words.txt")));

/// Characters right before such a word that make it another writer's: an opening quote (台湾“行政院”,
/// as the mainland prints another place's institutions) or 委 (县委县府, the mainland's party and
/// government named as a pair).
const NOT_BEFORE_OWN_GOVERNMENT: &str = "“\"「『‘'委";

/// The words of [`LOCAL_GOVERNMENT`], found in one pass.
static LOCAL_GOVERNMENT_WORDS: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(LOCAL_GOVERNMENT.iter().map(|(word, _)| word)));

/// The currency of the first listed word of [`LOCAL_GOVERNMENT`] that `simplified` prints as a writer
/// there does (not quoted, not after 委): in a `traditional` text, or Singapore's in any.
fn own_government_currency(simplified: &str, traditional: bool) -> Option<&'static str> {
    let printed: Vec<&str> = LOCAL_GOVERNMENT_WORDS
        .hits(simplified)
        .into_iter()
        .filter(|(at, _)| !simplified[..at.start].ends_with(|c| among(NOT_BEFORE_OWN_GOVERNMENT, c)))
        .map(|(_, word)| word)
        .collect();
    LOCAL_GOVERNMENT
        .iter()
        .find(|(word, code)| printed.contains(word) && (*code == "SGD" || traditional))
        .map(|&(_, code)| code)
}

/// An amount in 兆 (10¹²) of 元 (1.2兆元, 3兆5,000亿元): Taiwan's word for a trillion, which the
/// mainland and Hong Kong write 万亿; in a traditional-script article, a writer in Taiwan.
static TRILLION: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile("[0-9一二两三四五六七八九十]兆[0-9〇○零一二两三四五六七八九十百千亿点,.]*元")
});

/// Whether one of the article's `dates` is a year of the Republic of China printed in three Arabic
/// digits (至117年, 113年度), alone or as a range (113至115年): the dates stage reads these as years only in a traditional-script text
/// and not before 来/间 (112年来 is a count of years), so its reading is the evidence.
fn roc_dated(simplified: &str, dates: &[Date]) -> bool {
    dates.iter().any(|d| {
        let printed = simplified.get(d.span.clone()).unwrap_or("");
        let digits = printed.bytes().take_while(u8::is_ascii_digit).count();
        // A range of them ends in the second year (113至115年, 113-115年).
        let rest = printed[digits..].trim_start_matches(['至', '到', '-', '–', '—', '~', '～']);
        let second = rest.bytes().take_while(u8::is_ascii_digit).count();
        let rest =
            if second == 3 && rest.len() < printed.len() - digits { &rest[3..] } else { &printed[digits..] };
        digits == 3
            && rest.starts_with('年')
            && printed[..digits].parse::<i32>().is_ok_and(|y| d.value.starts_with(&(y + 1911).to_string()))
    })
}

/// Whether one of the article's `dates` is a fiscal year printed as Hong Kong's budgets print it, in
/// Chinese digits with its second year cut short (二零一四/一五年度, 二零一八至一九年度): the mainland's
/// fiscal year is the calendar's, Taiwan counts its years from 民国, Macau's budget year is the
/// calendar's and Singapore prints 2024财政年.
fn hong_kong_fiscal_year(simplified: &str, dates: &[Date]) -> bool {
    let digit = |c: char| among("〇○零一二三四五六七八九", c);
    dates.iter().any(|d| {
        let printed: Vec<char> = simplified.get(d.span.clone()).unwrap_or("").chars().collect();
        printed.len() == 8
            && printed[..4].iter().all(|&c| digit(c))
            && matches!(printed[4], '/' | '至' | '-')
            && printed[5..7].iter().all(|&c| digit(c))
            && printed[7] == '年'
    })
}

/// A currency the text declares for its amounts, in brackets after the first of them:
/// 164亿元(人民币，下同), 70億(美元,下同), （单位：澳门元，下同）.
static DECLARED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"[（(]\s*(?:单位\s*[:：]\s*)?([^\s,，、:：()（）]{1,6}?)\s*[,，、]\s*下同\s*[)）]")
});

/// The ISO code of the currency the text declares (`DECLARED`), if it names one; not 澳元, which
/// is patacas or Australian dollars by the article.
fn declared(simplified: &str) -> Option<&'static str> {
    if !simplified.contains("下同") {
        return None;
    }
    DECLARED.captures_iter(simplified).find_map(|c| {
        let unit = super::units::lookup(c.get(1)?.as_str())?;
        (unit.kind == crate::model::FigureKind::Money).then_some(unit.unit?).filter(|code| *code != "AUD")
    })
}

/// The ISO code of a bare 元 in an article from `source` (the outlet, as printed) whose body is
/// `simplified` in simplified characters, printed in `traditional` ones or not
/// ([`crate::text::script::Tally::prints_traditional`]), with the `dates` found in it.
pub fn local(source: Option<&str>, simplified: &str, traditional: bool, dates: &[Date]) -> &'static str {
    if let Some(code) = declared(simplified) {
        return code;
    }
    let source = source.map(crate::text::script::to_simplified).unwrap_or_default();
    if TAIWAN_OUTLETS.iter().any(|outlet| holds(&source, outlet))
        || TAIWAN_WRITER.is_match(simplified)
        || roc_dated(simplified, dates)
    {
        return "TWD";
    }
    // (Compiled and asked only of a text with a 讯, which every such dateline ends with.)
    let place =
        holds(simplified, "讯").then(|| DATELINE.captures(simplified)).flatten().and_then(|c| c.get(1));
    if let Some(&(_, code)) = place.and_then(|p| DATELINE_CURRENCIES.iter().find(|(q, _)| *q == p.as_str())) {
        return code;
    }
    if let Some(code) = press_currency(simplified) {
        return code;
    }
    // A mainland text prints these words too (本港 is a port's "this port"): only in traditional script,
    // but Singapore's, which Singapore prints in simplified characters.
    if let Some(code) = own_government_currency(simplified, traditional) {
        return code;
    }
    // Taiwan's 兆元, or 新台币 named in a traditional-script article (the mainland, which names it for
    // some figures of a report on Taiwan, prints in simplified script).
    let trillion = || holds(simplified, "兆") && TRILLION.is_match(simplified);
    if (simplified.contains("新台币") || trillion()) && traditional {
        return "TWD";
    }
    // 港元 named in a traditional-script article without Taiwan's evidence: a writer in Hong Kong,
    // who names his dollar now and then (升0.4元 … 纯利增至六十亿港元), as Taiwan's names 新台币.
    // Not in an article naming Taiwan or one of its cities (高雄市長…約75港元): Taiwan's papers name
    // Hong Kong's dollar whenever they report on Hong Kong, and print 元 for their own.
    if traditional
        && (simplified.contains("港元") || simplified.contains("港币"))
        && !names_taiwan(simplified)
    {
        return "HKD";
    }
    if hong_kong_fiscal_year(simplified, dates) {
        return "HKD";
    }
    "CNY"
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`super::local`] of a body printed as `body`, `simplified` in simplified characters.
    fn local(source: Option<&str>, body: &str, simplified: &str, dates: &[Date]) -> &'static str {
        super::local(source, simplified, crate::text::script::Tally::of(body).prints_traditional(), dates)
    }

    /// The currency of a body printed as `text` (in either script), with no source and no dates.
    fn printed(text: &str) -> &'static str {
        local(None, text, &crate::text::script::to_simplified(text), &[])
    }

    #[test]
    fn taiwanese_outlets_count_in_taiwan_dollars() {
        assert_eq!(local(Some("中央社"), "", "", &[]), "TWD");
        assert_eq!(local(Some("聯合新聞網"), "", "", &[]), "TWD");
        assert_eq!(local(Some("經濟日報"), "", "", &[]), "CNY");
        assert_eq!(local(Some("凉山日报"), "", "", &[]), "CNY");
        assert_eq!(local(None, "", "", &[]), "CNY");
    }

    #[test]
    fn what_only_a_writer_in_taiwan_prints_counts_in_taiwan_dollars() {
        assert_eq!(local(None, "", "【记者王小明/李四台南报导】园区招商", &[]), "TWD");
        assert_eq!(local(None, "", "（记者张三／屏东县报导）县府表示", &[]), "TWD");
        assert_eq!(local(None, "", "计划延长至一一七年。", &[]), "TWD");
        assert_eq!(local(None, "", "民国113年完工。", &[]), "TWD");
        assert_eq!(local(None, "", "该区去(100)年标售，今（101）年再标。", &[]), "TWD");
        assert_eq!(printed("該公司去年營收達1.2兆元，年增15%。"), "TWD");
        // Simplified script: no evidence.
        assert_eq!(local(None, "台积电营收达2.1兆元。", "台积电营收达2.1兆元。", &[]), "CNY");
        assert_eq!(printed("零售業營收新台幣4,186億元，普發現金1萬元。"), "TWD");
        assert_eq!(
            local(None, "营收新台币4,186亿元，补贴1万元。", "营收新台币4,186亿元，补贴1万元。", &[]),
            "CNY"
        );
        // The mainland's spelling, a place elsewhere, a count of years, an old ROC year: no evidence.
        assert_eq!(local(None, "", "新华社记者张三台北报道", &[]), "CNY");
        assert_eq!(local(None, "", "【记者王小明成都报导】", &[]), "CNY");
        assert_eq!(local(None, "", "已有一百一十七年历史，始建于民国二十六年。", &[]), "CNY");
        assert_eq!(local(None, "", "二〇二三年投产。", &[]), "CNY");
    }

    #[test]
    fn a_roc_year_the_dates_stage_read_counts_in_taiwan_dollars() {
        let text = "配合政府延長方案至117年，園區投資20億元。";
        let simplified = crate::text::script::to_simplified(text).into_owned();
        let at = simplified.find("117年").unwrap();
        let date =
            |value: &str| Date { span: at..at + "117年".len(), value: value.to_owned(), relative: false };
        assert_eq!(local(None, text, &simplified, &[date("2028")]), "TWD");
        // Read as no ROC year (a count of years, a year of another era): no evidence.
        assert_eq!(local(None, text, &simplified, &[]), "CNY");
        assert_eq!(local(None, text, &simplified, &[date("0117")]), "CNY");
    }

    #[test]
    fn a_fiscal_year_printed_as_hong_kong_budgets_print_it_counts_in_hong_kong_dollars() {
        let dated = |text: &str, year: &str| {
            let at = text.find(year).unwrap();
            local(
                None,
                text,
                text,
                &[Date { span: at..at + year.len(), value: "2016/2017".into(), relative: false }],
            )
        };
        assert_eq!(dated("二零一六/一七年度的开支为三百亿元。", "二零一六/一七年"), "HKD");
        assert_eq!(dated("二零一六至一七年度的开支为三百亿元。", "二零一六至一七年"), "HKD");
        // Full years, or Arabic digits: no evidence.
        assert_eq!(dated("二零一六年至二零一七年开支三百亿元。", "二零一六年"), "CNY");
        assert_eq!(dated("2016/17年度开支300亿元。", "2016/17年"), "CNY");
    }

    #[test]
    fn a_singaporean_or_malaysian_dateline_names_the_currency() {
        assert_eq!(local(None, "", "（新加坡31日讯）经发局预计增值50亿元。", &[]), "SGD");
        assert_eq!(local(None, "", "吉隆坡1日讯 政府拨款3亿元。", &[]), "MYR");
        // An agency's dateline, or the place in prose: no evidence.
        assert_eq!(local(None, "", "新华社新加坡5日电 两国签约。", &[]), "CNY");
        assert_eq!(local(None, "", "企业在新加坡投资5亿元。", &[]), "CNY");
        assert_eq!(local(None, "", "(香港5日讯)特区政府拨款3亿元。", &[]), "HKD");
        assert_eq!(local(None, "", "（吉隆坡讯）政府拨款3亿元。", &[]), "MYR");
        assert_eq!(local(None, "", "本报香港讯 特区政府拨款3亿元。", &[]), "CNY");
    }

    #[test]
    fn a_paper_of_singapore_or_malaysia_names_the_currency() {
        assert_eq!(local(None, "", "《联合早报》3月2日报道:电子业吸引投资64亿元。", &[]), "SGD");
        assert_eq!(local(None, "", "（南洋商报5日讯）州政府拨款3亿元。", &[]), "MYR");
        // The paper as the source, or cited inside a mainland report: no evidence.
        assert_eq!(local(Some("联合早报"), "", "中国企业投资172亿元。", &[]), "CNY");
        assert_eq!(local(None, "", "据《联合早报》报道，中国投资100亿元。", &[]), "CNY");
        assert_eq!(local(None, "", "中国报道3月2日报道:投资3亿元。", &[]), "CNY");
    }

    #[test]
    fn a_repost_headed_by_a_taiwanese_paper_and_its_date_counts_in_taiwan_dollars() {
        assert_eq!(local(None, "", "论坛转帖\n自由时报 2021/03/04 零售业营业额三○二○亿元。", &[]), "TWD");
        assert_eq!(local(None, "", "联合报 2021-3-4 投资50亿元。", &[]), "TWD");
        // Cited inside a report, or a date of another form: no evidence.
        assert_eq!(local(None, "", "据自由时报 2021/03/04报道，投资50亿元。", &[]), "CNY");
        assert_eq!(local(None, "", "自由时报 2021/03-04 投资50亿元。", &[]), "CNY");
    }

    #[test]
    fn what_a_writer_in_hong_kong_or_macau_prints_names_the_currency() {
        assert_eq!(printed("財政司司長表示，政府會注資100億元，推動本港創科。"), "HKD");
        assert_eq!(printed("經濟財政司司長指出，本澳將撥款50億元。"), "MOP");
        // In simplified script the words say nothing (本港 is also a port's "this port").
        let port = "本港集装箱吞吐量增长，投资50亿元。";
        assert_eq!(local(None, port, port, &[]), "CNY");
        // Singapore's words count in simplified script too.
        let flats = "每名国人可获得300元，组屋居民另获100元。";
        assert_eq!(local(None, flats, flats, &[]), "SGD");
        let budget = "财政预算案拨出420亿元，组屋居民受惠。";
        assert_eq!(local(None, budget, budget, &[]), "SGD");
    }

    #[test]
    fn a_currency_declared_for_the_amounts_below_is_theirs() {
        assert_eq!(local(None, "", "签约金额120亿元(美元，下同)，其中30亿元已到位。", &[]), "USD");
        assert_eq!(local(None, "", "投资总额为900亿元（单位：澳门元，下同）。", &[]), "MOP");
        assert_eq!(local(Some("中央社"), "", "總額50億元(人民币,下同)。", &[]), "CNY");
        // 澳元 is patacas or Australian dollars by the article; a unit that is no currency; no 下同.
        assert_eq!(local(None, "", "投资20亿元(澳元，下同)。", &[]), "CNY");
        assert_eq!(local(None, "", "产量300万（吨，下同）。", &[]), "CNY");
        assert_eq!(local(None, "", "投资20亿元(美元)，另投10亿元。", &[]), "CNY");
    }

    #[test]
    fn what_a_writer_in_taiwan_prints_of_its_government_names_the_currency() {
        assert_eq!(printed("縣長今日宣布，縣府將釋出工業區土地，廠商投入三億元。"), "TWD");
        assert_eq!(printed("行政院核定計畫，投資50億元。"), "TWD");
        // Quoted, as the mainland prints another place's institutions; the mainland's 縣委縣府.
        assert_eq!(printed("台灣“行政院”核定計畫，投資50億元。"), "CNY");
        assert_eq!(printed("縣委縣府高度重視，總投資50億元。"), "CNY");
        // Hong Kong's words come first.
        assert_eq!(printed("本港將與行政院代表會面，撥款50億元。"), "HKD");
    }
}
