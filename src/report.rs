//! Other renderings of an analysis: the Markdown brief ([`markdown`]) and the figures as CSV
//! ([`CSV_HEADER`], [`csv_rows`]), in English, or in either language ([`Lang`]: [`markdown_in`],
//! [`csv_header`], [`csv_rows_in`]). (An analysis's warnings come as values too, in
//! `Analysis::warning_codes`, for a reader that words them in another language.)

use crate::model::{Analysis, Approx, EntityType, Figure, FigureKind, Modality};
use crate::text::words::{data_file, vocabulary};
use rustc_hash::FxHashMap;
use std::fmt::Write;
use std::str::FromStr;
use std::sync::LazyLock;

/// The language of a rendering: English (the default: the contract's codes, `CNY`, `km`, `plan`) or
/// Chinese (元, 公里, 计划 and Chinese headings). The analysis itself is the same in both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl FromStr for Lang {
    type Err = crate::Error;

    /// `en` or `zh`.
    fn from_str(s: &str) -> Result<Lang, crate::Error> {
        match s {
            "en" => Ok(Lang::En),
            "zh" => Ok(Lang::Zh),
            _ => Err(crate::Error::BadOption { message: format!("language {s:?} is not en or zh") }),
        }
    }
}

/// The header line of the figures CSV (English).
pub const CSV_HEADER: &str = "file,text,kind,value,unit,approx,metric,period,modality\n";

/// The header line of the figures CSV in `lang`: the same columns in the same order.
pub fn csv_header(lang: Lang) -> &'static str {
    match lang {
        Lang::En => CSV_HEADER,
        Lang::Zh => "文件,原文,类型,数值,单位,约数,指标,时期,性质\n",
    }
}

/// One CSV row per figure (RFC 4180 quoting), in English: the contract's codes.
pub fn csv_rows(analysis: &Analysis) -> String {
    csv_rows_in(analysis, Lang::En)
}

/// One CSV row per figure (RFC 4180 quoting); in Chinese the kind, unit, approx and modality are
/// words (金额, 元, 超过, 计划), the value stays a plain number.
pub fn csv_rows_in(analysis: &Analysis, lang: Lang) -> String {
    let mut out = String::new();
    let file = analysis.file.as_deref().unwrap_or("");
    for f in &analysis.figures {
        let fields = [
            file,
            &f.text,
            kind_name(f.kind, lang),
            &number(f.value),
            f.unit.as_deref().map_or("", |u| unit_name(u, lang)),
            f.approx.map_or("", |a| approx_name(a, lang)),
            f.metric.as_deref().unwrap_or_default(),
            f.period.as_deref().unwrap_or_default(),
            f.modality.map_or("", |m| modality_name(m, lang)),
        ];
        let row: Vec<String> = fields.iter().map(|s| csv_field(s)).collect();
        let _ = writeln!(out, "{}", row.join(","));
    }
    out
}

/// A number as the contract prints it: integral values without a fraction.
pub fn number(v: f64) -> String {
    crate::model::whole(v).map_or_else(|| format!("{v}"), |i| i.to_string())
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// The Chinese names of the units (`data/report/units-zh.txt`): CNY → 元, km → 公里, mu → 亩.
static UNITS_ZH: LazyLock<FxHashMap<&'static str, &'static str>> = LazyLock::new(|| {
    vocabulary(data_file!("report/units-zh.txt")).filter_map(|line| line.split_once(' ')).collect()
});

/// A unit of the contract as a reader of `lang` writes it: the code in English (CNY, km, mu, m2), the
/// Chinese name in Chinese (元, 公里, 亩, 平方米). A classifier (个, 家) and an unknown code stay as
/// they are.
pub fn unit_name(unit: &str, lang: Lang) -> &str {
    match lang {
        Lang::En => unit,
        Lang::Zh => UNITS_ZH.get(unit).copied().unwrap_or(unit),
    }
}

/// Every unit code with its name in `lang` ([`unit_name`]), for a reader that names units itself
/// (the page's worker sends them to the page).
pub fn unit_names(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut codes: Vec<&'static str> = UNITS_ZH.keys().copied().collect();
    codes.sort();
    codes.into_iter().map(|code| (code, if lang == Lang::Zh { UNITS_ZH[code] } else { code })).collect()
}

/// The name of a figure kind: the contract's code in English, a word in Chinese.
fn kind_name(kind: FigureKind, lang: Lang) -> &'static str {
    if lang == Lang::En {
        return kind.as_str();
    }
    match kind {
        FigureKind::Money => "金额",
        FigureKind::Percent => "百分比",
        FigureKind::Area => "面积",
        FigureKind::Length => "长度",
        FigureKind::Weight => "重量",
        FigureKind::Volume => "体积",
        FigureKind::Energy => "能源",
        FigureKind::Count => "数量",
        FigureKind::Duration => "时长",
        FigureKind::Multiple => "倍数",
        FigureKind::Number => "数字",
    }
}

fn approx_name(approx: Approx, lang: Lang) -> &'static str {
    match (lang, approx) {
        (Lang::En, a) => a.as_str(),
        (Lang::Zh, Approx::About) => "约",
        (Lang::Zh, Approx::Over) => "超过",
        (Lang::Zh, Approx::Under) => "不到",
    }
}

fn modality_name(modality: Modality, lang: Lang) -> &'static str {
    match (lang, modality) {
        (Lang::En, m) => m.as_str(),
        (Lang::Zh, Modality::Actual) => "实际",
        (Lang::Zh, Modality::Plan) => "计划",
        (Lang::Zh, Modality::Forecast) => "预计",
        (Lang::Zh, Modality::Target) => "目标",
    }
}

/// The people the article names, once each in reading order and as first printed, with the first
/// role printed with them: 曹立军（省委常委、成都市委书记）.
fn people(analysis: &Analysis) -> Vec<String> {
    // (canonical name, printed name, role)
    let mut seen: Vec<(&str, &str, Option<&str>)> = Vec::new();
    for e in analysis.entities.iter().filter(|e| e.kind == EntityType::Person) {
        match seen.iter_mut().find(|(canonical, _, _)| *canonical == e.canonical) {
            Some((_, _, role)) => *role = role.or(e.role.as_deref()),
            None => seen.push((&e.canonical, &e.text, e.role.as_deref())),
        }
    }
    seen.iter().map(|(_, name, role)| role.map_or(name.to_string(), |r| format!("{name}（{r}）"))).collect()
}

/// The words of the Markdown brief in one language.
struct BriefWords {
    untitled: &'static str,
    no_date: &'static str,
    /// Between the authors of the byline.
    author_sep: &'static str,
    /// A bold label before its value: `**Partners:** `.
    partners: &'static str,
    parks: &'static str,
    people: &'static str,
    keywords: &'static str,
    key_figures: &'static str,
    table_head: &'static str,
    timeline: &'static str,
    summary: &'static str,
}

const EN: BriefWords = BriefWords {
    untitled: "(untitled)",
    no_date: "date not printed",
    author_sep: ", ",
    partners: "**Partners:** ",
    parks: "**Parks:** ",
    people: "**People:** ",
    keywords: "**Keywords:** ",
    key_figures: "## Key figures",
    table_head: "| Metric | As printed | Value | Period | Status |",
    timeline: "## Timeline",
    summary: "## Summary",
};

const ZH: BriefWords = BriefWords {
    untitled: "（无标题）",
    no_date: "未注明日期",
    author_sep: "，",
    partners: "**合作双方：**",
    parks: "**园区：**",
    people: "**人物：**",
    keywords: "**关键词：**",
    key_figures: "## 关键数字",
    table_head: "| 指标 | 原文 | 数值 | 时期 | 性质 |",
    timeline: "## 时间线",
    summary: "## 要点",
};

/// The Markdown brief in English: headline, source and date, partners, parks and people, the key
/// figures as a table, the timeline, the summary sentences and the keywords. Empty parts are left out.
pub fn markdown(analysis: &Analysis) -> String {
    markdown_in(analysis, Lang::En)
}

/// The Markdown brief ([`markdown`]) with its headings, labels and normalised values in `lang`; the
/// article's own text (title, figures as printed, sentences) stays as printed.
pub fn markdown_in(analysis: &Analysis, lang: Lang) -> String {
    let words = match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    };
    let mut out = String::new();
    let meta = &analysis.meta;
    let _ = writeln!(out, "# {}\n", meta.title.as_deref().unwrap_or(words.untitled));

    let mut byline: Vec<String> = Vec::new();
    byline.extend(meta.source.clone());
    byline.push(meta.published.as_deref().map_or(words.no_date.to_owned(), |d| d.replacen('T', " ", 1)));
    let authors: Vec<String> = meta
        .authors
        .iter()
        .map(|a| a.role.as_deref().map_or(a.name.clone(), |r| format!("{r} {}", a.name)))
        .collect();
    if !authors.is_empty() {
        byline.push(authors.join(words.author_sep));
    }
    if let Some(file) = &analysis.file {
        byline.push(format!("`{file}`"));
    }
    let _ = writeln!(out, "*{}*\n", byline.join(" · "));

    let summary = &analysis.summary;
    let mut facts = Vec::new();
    if !summary.partners.is_empty() {
        facts.push(format!("{}{}", words.partners, summary.partners.join("、")));
    }
    if !summary.parks.is_empty() {
        facts.push(format!("{}{}", words.parks, summary.parks.join("、")));
    }
    let people = people(analysis);
    if !people.is_empty() {
        facts.push(format!("{}{}", words.people, people.join("、")));
    }
    if !facts.is_empty() {
        // Two trailing spaces: a Markdown line break between the facts.
        let _ = writeln!(out, "{}\n", facts.join("  \n"));
    }

    let key: Vec<&Figure> = summary.key_figures.iter().filter_map(|&i| analysis.figures.get(i)).collect();
    if !key.is_empty() {
        let _ = write!(out, "{}\n\n{}\n|---|---|---|---|---|\n", words.key_figures, words.table_head);
        for f in key {
            let metric = f.metric.as_deref().map_or(format!("*{}*", kind_name(f.kind, lang)), cell);
            let _ = writeln!(
                out,
                "| {metric} | {} | {} | {} | {} |",
                cell(&f.text),
                readable_in(f, lang),
                f.period.as_deref().map_or(String::new(), cell),
                f.modality.map_or("", |m| modality_name(m, lang)),
            );
        }
        out.push('\n');
    }

    if !summary.timeline.is_empty() {
        let _ = write!(out, "{}\n\n", words.timeline);
        for t in &summary.timeline {
            let _ = writeln!(out, "- **{}** {}", t.date, t.text);
        }
        out.push('\n');
    }
    if !summary.sentences.is_empty() {
        let _ = write!(out, "{}\n\n", words.summary);
        for s in &summary.sentences {
            let _ = writeln!(out, "- {s}");
        }
        out.push('\n');
    }
    if !summary.keywords.is_empty() {
        let _ = writeln!(out, "{}{}", words.keywords, summary.keywords.join(" · "));
    }
    out
}

/// Text made safe for a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// A figure's value normalised for reading: `6.7 bn CNY`, `> 30 bn CNY`, `1–2 bn CNY`, `51,800 m2`, `109%`.
pub fn readable(f: &Figure) -> String {
    readable_in(f, Lang::En)
}

/// A figure's value normalised for reading in `lang`: [`readable`] in English; in Chinese money in
/// 亿 or 万 and units by name: `67亿元`, `超过300亿元`, `1–2亿元`, `51,800平方米`, `109%`, `2倍`.
pub fn readable_in(f: &Figure, lang: Lang) -> String {
    // Money reads in millions or billions (亿 or 万 in Chinese), chosen by the larger end of a range
    // for both ends.
    let top = f.range.map_or(f.value, |[_, hi]| hi).abs();
    let (scale, suffix) = match (f.kind, lang) {
        (FigureKind::Money, Lang::En) if top >= 1e9 => (1e9, " bn"),
        (FigureKind::Money, Lang::En) if top >= 1e6 => (1e6, " m"),
        (FigureKind::Money, Lang::Zh) if top >= 1e12 => (1e12, "万亿"),
        (FigureKind::Money, Lang::Zh) if top >= 1e8 => (1e8, "亿"),
        (FigureKind::Money, Lang::Zh) if top >= 1e4 => (1e4, "万"),
        _ => (1.0, ""),
    };
    let amount = |v: f64| if scale > 1.0 { significant(v / scale) } else { grouped(v) };
    let mut value = match f.range {
        Some([lo, hi]) => format!("{}–{}{suffix}", amount(lo), amount(hi)),
        None => format!("{}{suffix}", amount(f.value)),
    };
    match (f.kind, lang) {
        // Percentage points are no percentage: 7.8 pp, 7.8个百分点.
        (FigureKind::Percent, _) if f.unit.as_deref() == Some("pp") => {
            let space = if lang == Lang::En { " " } else { "" };
            let _ = write!(value, "{space}{}", unit_name("pp", lang));
        }
        (FigureKind::Percent, _) => value.push('%'),
        (FigureKind::Multiple, Lang::En) => value.push('×'),
        (FigureKind::Multiple, Lang::Zh) => value.push('倍'),
        _ => {
            if let Some(unit) = &f.unit {
                let space = if lang == Lang::En { " " } else { "" };
                let _ = write!(value, "{space}{}", unit_name(unit, lang));
            }
        }
    }
    let approx = match (f.approx, lang) {
        (None, _) => "",
        (Some(Approx::About), Lang::En) => "≈ ",
        (Some(Approx::Over), Lang::En) => "> ",
        (Some(Approx::Under), Lang::En) => "< ",
        (Some(a), Lang::Zh) => approx_name(a, lang),
    };
    format!("{approx}{value}")
}

/// Up to six significant digits, no trailing zeros: 1.292, 6.7, 98, 507.3, 1684.4 (an amount keeps
/// the precision the article printed it with).
fn significant(v: f64) -> String {
    let digits = (6 - (v.abs().max(1.0).log10().floor() as i32 + 1)).max(0) as usize;
    let s = format!("{v:.digits$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        s
    }
}

/// A number with thousands separators when whole (51,800), else as printed by [`number`].
fn grouped(v: f64) -> String {
    let plain = number(v);
    if v.fract() != 0.0 || v.abs() < 10_000.0 {
        return plain;
    }
    let (sign, digits) = plain.strip_prefix('-').map_or(("", plain.as_str()), |d| ("-", d));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{sign}{out}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_commas_and_quotes() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"1+7\""), "\"say \"\"1+7\"\"\"");
        assert_eq!(csv_field("67亿元"), "67亿元");
    }

    fn figure(text: &str, kind: FigureKind, value: f64, unit: Option<&str>) -> Figure {
        Figure {
            text: text.into(),
            start: 0,
            end: 0,
            kind,
            value,
            unit: unit.map(str::to_owned),
            approx: None,
            range: None,
            metric: None,
            period: None,
            modality: None,
            comparison: None,
        }
    }

    fn article() -> Analysis {
        let mut a = Analysis {
            file: Some("a.txt".into()),
            meta: crate::model::Meta {
                title: Some("成凉工业园区快速发展".into()),
                source: Some("凉山日报".into()),
                published: Some("2011-08-15T09:30".into()),
                authors: vec![crate::model::Author { name: "王明".into(), role: Some("记者".into()) }],
            },
            ..Default::default()
        };
        let mut output = figure("67亿元", FigureKind::Money, 6.7e9, Some("CNY"));
        output.metric = Some("工业总产值".into());
        output.period = Some("2011年上半年".into());
        output.modality = Some(crate::model::Modality::Actual);
        let mut rate = figure("109%", FigureKind::Percent, 109.0, None);
        rate.metric = Some("增速, 同比".into());
        let mut firms = figure("100余家", FigureKind::Count, 100.0, Some("家"));
        firms.approx = Some(Approx::Over);
        a.figures = vec![output, rate, firms];
        a.summary = crate::model::Summary {
            sentences: vec!["园区实现工业总产值67亿元，同比增长109%。".into()],
            keywords: vec!["园区".into(), "凉山".into()],
            partners: vec!["成都".into(), "凉山".into()],
            parks: vec!["成都凉山工业园区".into()],
            key_figures: vec![0, 1],
            timeline: vec![crate::model::TimelineItem {
                date: "2011-H1".into(),
                text: "2011年上半年，园区实现工业总产值67亿元".into(),
            }],
        };
        a
    }

    #[test]
    fn csv_has_one_row_per_figure_with_every_column() {
        let a = article();
        let rows = csv_rows(&a);
        let lines: Vec<&str> = rows.lines().collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(CSV_HEADER.trim_end().split(',').count(), 9);
        assert_eq!(lines[0], "a.txt,67亿元,money,6700000000,CNY,,工业总产值,2011年上半年,actual");
        assert_eq!(lines[1], "a.txt,109%,percent,109,,,\"增速, 同比\",,");
        assert_eq!(lines[2], "a.txt,100余家,count,100,家,over,,,");
    }

    #[test]
    fn markdown_brief_has_every_part_in_order() {
        let md = markdown(&article());
        let parts = [
            "# 成凉工业园区快速发展\n",
            "*凉山日报 · 2011-08-15 09:30 · 记者 王明 · `a.txt`*",
            "**Partners:** 成都、凉山  \n**Parks:** 成都凉山工业园区",
            "## Key figures",
            "| 工业总产值 | 67亿元 | 6.7 bn CNY | 2011年上半年 | actual |",
            "| 增速, 同比 | 109% | 109% |  |  |",
            "## Timeline\n\n- **2011-H1** 2011年上半年，园区实现工业总产值67亿元",
            "## Summary\n\n- 园区实现工业总产值67亿元，同比增长109%。",
            "**Keywords:** 园区 · 凉山",
        ];
        let mut at = 0;
        for p in parts {
            let found = md[at..].find(p).unwrap_or_else(|| panic!("{p:?} missing after byte {at} in\n{md}"));
            at += found + p.len();
        }
        assert!(!md.contains("100余家"), "not a key figure");
    }

    #[test]
    fn a_bare_analysis_still_reads() {
        let md = markdown(&Analysis::default());
        assert_eq!(md, "# (untitled)\n\n*date not printed*\n\n");
    }

    #[test]
    fn readable_values() {
        let mut f = figure("12.92亿元", FigureKind::Money, 1.292e9, Some("CNY"));
        assert_eq!(readable(&f), "1.292 bn CNY");
        f.value = 9.8e7;
        assert_eq!(readable(&f), "98 m CNY");
        f.range = Some([1e9, 2e9]);
        f.approx = Some(Approx::About);
        assert_eq!(readable(&f), "≈ 1–2 bn CNY");
        assert_eq!(readable(&figure("5.18万平方米", FigureKind::Area, 51800.0, Some("m2"))), "51,800 m2");
        assert_eq!(readable(&figure("47.03亩", FigureKind::Area, 47.03, Some("mu"))), "47.03 mu");
        assert_eq!(readable(&figure("26.1%", FigureKind::Percent, 26.1, None)), "26.1%");
        assert_eq!(readable(&figure("翻番", FigureKind::Multiple, 2.0, None)), "2×");
        assert_eq!(significant(507.3), "507.3");
        assert_eq!(significant(17.0), "17");
        // The precision the article printed: 1684.4亿元 is not 1684亿元.
        assert_eq!(
            readable(&figure("1684.4亿元", FigureKind::Money, 1.6844e11, Some("CNY"))),
            "168.44 bn CNY"
        );
        let points = figure("7.8个百分点", FigureKind::Percent, 7.8, Some("pp"));
        assert_eq!(
            (readable(&points), readable_in(&points, Lang::Zh)),
            ("7.8 pp".into(), "7.8个百分点".into())
        );
        let trillions = figure("1.84万亿元", FigureKind::Money, 1.84e12, Some("CNY"));
        assert_eq!(readable_in(&trillions, Lang::Zh), "1.84万亿元");
    }

    #[test]
    fn chinese_brief_and_csv() {
        let md = markdown_in(&article(), Lang::Zh);
        for part in [
            "*凉山日报 · 2011-08-15 09:30 · 记者 王明 · `a.txt`*",
            "**合作双方：**成都、凉山  \n**园区：**成都凉山工业园区",
            "## 关键数字\n\n| 指标 | 原文 | 数值 | 时期 | 性质 |",
            "| 工业总产值 | 67亿元 | 67亿元 | 2011年上半年 | 实际 |",
            "## 时间线",
            "## 要点",
            "**关键词：**园区 · 凉山",
        ] {
            assert!(md.contains(part), "{part:?} missing in\n{md}");
        }
        assert_eq!(markdown_in(&Analysis::default(), Lang::Zh), "# （无标题）\n\n*未注明日期*\n\n");
        let rows = csv_rows_in(&article(), Lang::Zh);
        assert_eq!(
            rows.lines().next(),
            Some("a.txt,67亿元,金额,6700000000,元,,工业总产值,2011年上半年,实际")
        );
        assert!(rows.contains("a.txt,100余家,数量,100,家,超过,,,"), "{rows}");
        assert_eq!(csv_header(Lang::Zh).split(',').count(), CSV_HEADER.split(',').count());
        assert_eq!(markdown_in(&article(), Lang::En), markdown(&article()));
        assert_eq!("zh".parse::<Lang>(), Ok(Lang::Zh));
        assert!("fr".parse::<Lang>().is_err());
    }

    #[test]
    fn readable_values_in_chinese() {
        let mut f = figure("12.92亿元", FigureKind::Money, 1.292e9, Some("CNY"));
        assert_eq!(readable_in(&f, Lang::Zh), "12.92亿元");
        f.value = 9.8e7;
        assert_eq!(readable_in(&f, Lang::Zh), "9800万元");
        f.approx = Some(Approx::Over);
        assert_eq!(readable_in(&f, Lang::Zh), "超过9800万元");
        let mut far = figure("六百多公里", FigureKind::Length, 600.0, Some("km"));
        far.approx = Some(Approx::Over);
        assert_eq!(readable_in(&far, Lang::Zh), "超过600公里");
        assert_eq!(readable_in(&figure("47.03亩", FigureKind::Area, 47.03, Some("mu")), Lang::Zh), "47.03亩");
        assert_eq!(readable_in(&figure("55个", FigureKind::Count, 55.0, Some("个")), Lang::Zh), "55个");
        assert_eq!(readable_in(&figure("翻番", FigureKind::Multiple, 2.0, None), Lang::Zh), "2倍");
        assert_eq!(unit_name("m2", Lang::Zh), "平方米");
        assert_eq!(unit_name("m2", Lang::En), "m2");
    }
}
