//! Other renderings of an analysis: the Markdown brief ([`markdown`]) and the figures as CSV
//! ([`CSV_HEADER`], [`csv_rows`]).

use crate::model::{Analysis, Approx, EntityType, Figure, FigureKind};
use std::fmt::Write;

/// The header line of the figures CSV.
pub const CSV_HEADER: &str = "file,text,kind,value,unit,approx,metric,period,modality\n";

/// One CSV row per figure (RFC 4180 quoting).
pub fn csv_rows(analysis: &Analysis) -> String {
    let mut out = String::new();
    let file = analysis.file.as_deref().unwrap_or("");
    for f in &analysis.figures {
        let fields = [
            file.to_owned(),
            f.text.clone(),
            f.kind.as_str().to_owned(),
            number(f.value),
            f.unit.clone().unwrap_or_default(),
            f.approx.map(|a| a.as_str().to_owned()).unwrap_or_default(),
            f.metric.clone().unwrap_or_default(),
            f.period.clone().unwrap_or_default(),
            f.modality.map(|m| m.as_str().to_owned()).unwrap_or_default(),
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

/// The Markdown brief: headline, source and date, partners, parks and people, the key figures as a
/// table, the timeline, the summary sentences and the keywords. Empty parts are left out.
pub fn markdown(analysis: &Analysis) -> String {
    let mut out = String::new();
    let meta = &analysis.meta;
    let _ = writeln!(out, "# {}\n", meta.title.as_deref().unwrap_or("(untitled)"));

    let mut byline: Vec<String> = Vec::new();
    byline.extend(meta.source.clone());
    byline.push(meta.published.as_deref().map_or("date not printed".to_owned(), |d| d.replacen('T', " ", 1)));
    let authors: Vec<String> = meta
        .authors
        .iter()
        .map(|a| a.role.as_deref().map_or(a.name.clone(), |r| format!("{r} {}", a.name)))
        .collect();
    if !authors.is_empty() {
        byline.push(authors.join(", "));
    }
    if let Some(file) = &analysis.file {
        byline.push(format!("`{file}`"));
    }
    let _ = writeln!(out, "*{}*\n", byline.join(" · "));

    let summary = &analysis.summary;
    let mut facts = Vec::new();
    if !summary.partners.is_empty() {
        facts.push(format!("**Partners:** {}", summary.partners.join("、")));
    }
    if !summary.parks.is_empty() {
        facts.push(format!("**Parks:** {}", summary.parks.join("、")));
    }
    let people = people(analysis);
    if !people.is_empty() {
        facts.push(format!("**People:** {}", people.join("、")));
    }
    if !facts.is_empty() {
        // Two trailing spaces: a Markdown line break between the facts.
        let _ = writeln!(out, "{}\n", facts.join("  \n"));
    }

    let key: Vec<&Figure> = summary.key_figures.iter().filter_map(|&i| analysis.figures.get(i)).collect();
    if !key.is_empty() {
        out.push_str(
            "## Key figures\n\n| Metric | As printed | Value | Period | Status |\n|---|---|---|---|---|\n",
        );
        for f in key {
            let metric = f.metric.as_deref().map_or(format!("*{}*", f.kind.as_str()), cell);
            let _ = writeln!(
                out,
                "| {metric} | {} | {} | {} | {} |",
                cell(&f.text),
                readable(f),
                f.period.as_deref().map_or(String::new(), cell),
                f.modality.map_or("", |m| m.as_str()),
            );
        }
        out.push('\n');
    }

    if !summary.timeline.is_empty() {
        out.push_str("## Timeline\n\n");
        for t in &summary.timeline {
            let _ = writeln!(out, "- **{}** {}", t.date, t.text);
        }
        out.push('\n');
    }
    if !summary.sentences.is_empty() {
        out.push_str("## Summary\n\n");
        for s in &summary.sentences {
            let _ = writeln!(out, "- {s}");
        }
        out.push('\n');
    }
    if !summary.keywords.is_empty() {
        let _ = writeln!(out, "**Keywords:** {}", summary.keywords.join(" · "));
    }
    out
}

/// Text made safe for a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// A figure's value normalised for reading: `6.7 bn CNY`, `> 30 bn CNY`, `1–2 bn CNY`, `51,800 m2`, `109%`.
pub fn readable(f: &Figure) -> String {
    // Money reads in millions or billions, chosen by the larger end of a range for both ends.
    let top = f.range.map_or(f.value, |[_, hi]| hi).abs();
    let (scale, suffix) = match f.kind {
        FigureKind::Money if top >= 1e9 => (1e9, " bn"),
        FigureKind::Money if top >= 1e6 => (1e6, " m"),
        _ => (1.0, ""),
    };
    let amount = |v: f64| if scale > 1.0 { significant(v / scale) } else { grouped(v) };
    let mut value = match f.range {
        Some([lo, hi]) => format!("{}–{}{suffix}", amount(lo), amount(hi)),
        None => format!("{}{suffix}", amount(f.value)),
    };
    match f.kind {
        FigureKind::Percent => value.push('%'),
        FigureKind::Multiple => value.push('×'),
        _ => {
            if let Some(unit) = &f.unit {
                let _ = write!(value, " {unit}");
            }
        }
    }
    let approx = match f.approx {
        Some(Approx::About) => "≈ ",
        Some(Approx::Over) => "> ",
        Some(Approx::Under) => "< ",
        None => "",
    };
    format!("{approx}{value}")
}

/// Up to four significant digits, no trailing zeros: 1.292, 6.7, 98, 507.3.
fn significant(v: f64) -> String {
    let digits = (4 - (v.abs().max(1.0).log10().floor() as i32 + 1)).max(0) as usize;
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
    }
}
