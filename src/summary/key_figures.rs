//! Key figures: the amounts that answer "how much", most important first.
//!
//! The order, in tiers (a figure appears once, in its first tier):
//! 1. the largest amount of money in the article (its headline investment or output);
//! 2. headline figures: printed in the title (any kind but bare numbers), or money and percent
//!    figures of the body's first sentence (the lead);
//! 3. money and percent figures with a metric: money largest first, then percentages in reading order;
//! 4. money and percent figures without a metric, in the same order;
//! 5. other figures with a metric (areas, counts, energy …), in reading order.
//!
//! Bare numbers, durations and figures of other kinds without a metric are not key figures, nor are
//! class thresholds (亿元以上企业, 10亿元以上的项目: see [`is_threshold`]) and counts of a rank or grade
//! (两级党委: `data/summary/grade-classifiers.txt`). A figure
//! with the same kind, value, unit and metric as one already chosen (a metric printed inside the other
//! counts as the same: 计划总投资, 项目计划总投资; or the same kind and value where one of them has no
//! metric: the article repeating its amount) is left out. At most [`MAX`] are given.

use crate::figures::Figure;
use crate::findings::Findings;
use crate::model::FigureKind;
use crate::text::chars::is_han;
use crate::text::chars::{among, holds};
use crate::text::order;
use crate::text::words::{data_file, vocabulary};
use std::sync::LazyLock;

/// At most this many key figures: a brief, not the figures table.
pub const MAX: usize = 8;

fn is_money_or_percent(f: &Figure) -> bool {
    matches!(f.kind, FigureKind::Money | FigureKind::Percent)
}

/// Money before percent, larger money first; percentages (and everything else) keep reading order.
fn by_weight(figures: &[Figure], indexes: Vec<usize>) -> Vec<usize> {
    let (mut money, rest): (Vec<usize>, Vec<usize>) =
        indexes.into_iter().partition(|&i| figures[i].kind == FigureKind::Money);
    order::sort_by_key(&mut money, |&i| order::descending(figures[i].value));
    money.extend(rest);
    money
}

/// True when the figure at `start..end` (bytes of `body`) names a class rather than an amount: no
/// number printed (亿元以上企业), or followed by 以上 (的) and a noun (10亿元以上的企业, 规模以上), where
/// an amount is followed by punctuation or a verb clause (总投资260亿元以上，).
pub fn is_threshold(body: &str, start: usize, end: usize) -> bool {
    let printed = &body[start..end];
    if !printed.chars().any(|c| c.is_ascii_digit() || among("零〇一二两三四五六七八九十百千兩", c))
    {
        return true;
    }
    let after = body[end..].strip_prefix("以上").map(|rest| rest.strip_prefix('的').unwrap_or(rest));
    after.and_then(|rest| rest.chars().next()).is_some_and(is_han)
}

/// A count by a classifier of rank or grade (两级, 三星级): it names a designation, not an amount.
fn counts_a_grade(f: &Figure) -> bool {
    static GRADES: LazyLock<Vec<&str>> =
        LazyLock::new(|| vocabulary(data_file!("summary/grade-classifiers.txt")).collect());
    f.kind == FigureKind::Count && f.unit.as_deref().is_some_and(|u| GRADES.contains(&u))
}

/// True when `f` says what `g` says: same kind, value and unit, and the same metric (as printed in
/// `body`) unless one has none.
fn repeats(body: &str, f: &Figure, g: &Figure) -> bool {
    f.kind == g.kind
        && f.value == g.value
        && f.unit == g.unit
        && f.range == g.range
        && match (&f.metric, &g.metric) {
            (Some(a), Some(b)) => same_metric(&body[a.clone()], &body[b.clone()]),
            _ => true,
        }
}

/// Two printings of one metric: the same without spaces, or one inside the other (计划总投资 and
/// 项目计划总投资, a headline's metric and the body's).
fn same_metric(a: &str, b: &str) -> bool {
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let (a, b) = (squeeze(a), squeeze(b));
    a.contains(&b) || b.contains(&a)
}

/// The indexes into `findings.figures` of its key figures, most important first.
pub fn rank(findings: &Findings) -> Vec<usize> {
    let figures = &findings.figures;
    let body = findings.body.as_str();
    let all: Vec<usize> = (0..figures.len())
        .filter(|&i| !is_threshold(body, figures[i].span.start, figures[i].span.end))
        .filter(|&i| !counts_a_grade(&figures[i]))
        .collect();
    let select = |keep: &dyn Fn(&Figure) -> bool| -> Vec<usize> {
        all.iter().copied().filter(|&i| keep(&figures[i])).collect()
    };

    let largest = all
        .iter()
        .copied()
        .filter(|&i| figures[i].kind == FigureKind::Money)
        .max_by(|&a, &b| figures[a].value.total_cmp(&figures[b].value).then(b.cmp(&a)));
    let title = findings.meta.title.as_deref().unwrap_or("");
    let lead_end = super::sentences::split(body, 1).first().map_or(0, |s| s.end);
    let headline = |f: &Figure| {
        f.kind != FigureKind::Number
            && (holds(title, findings.text(&f.span)) || is_money_or_percent(f) && f.span.end <= lead_end)
    };

    let tiers = [
        largest.into_iter().collect(),
        by_weight(figures, select(&headline)),
        by_weight(figures, select(&|f| is_money_or_percent(f) && f.metric.is_some())),
        by_weight(figures, select(&|f| is_money_or_percent(f) && f.metric.is_none())),
        select(&|f| !is_money_or_percent(f) && f.metric.is_some() && !matches!(f.kind, FigureKind::Number)),
    ];
    let mut chosen: Vec<usize> = Vec::new();
    for i in tiers.into_iter().flatten() {
        if chosen.len() == MAX {
            break;
        }
        if !chosen.iter().any(|&c| repeats(body, &figures[c], &figures[i])) {
            chosen.push(i);
        }
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use FigureKind::*;

    fn ranked(a: &Findings) -> Vec<&str> {
        rank(a).into_iter().map(|i| a.text(&a.figures[i].span)).collect()
    }

    #[test]
    fn largest_money_leads_then_headline_then_money_and_percent_with_a_metric() {
        let body = "园区去年新签约项目6个，协议投资80亿元。\n\
                    今年上半年，园区实现工业总产值67亿元，同比增长109%，税收3亿元。\n\
                    园区规划面积20平方公里，总投资170亿元。再次说明，工业总产值67亿元。\n\
                    园区有企业35家，其中亿元以上企业12家，用地1.5万亩，占比12%。";
        let mut a = analysis("园区工业总产值增长109%", body);
        a.figures = vec![
            figure(body, "6个", 0, Count, 6.0, None),
            figure(body, "80亿元", 0, Money, 8e9, Some("协议投资")),
            figure(body, "67亿元", 0, Money, 6.7e9, Some("工业总产值")),
            figure(body, "109%", 0, Percent, 109.0, Some("增长")),
            figure(body, "3亿元", 0, Money, 3e8, None),
            figure(body, "20平方公里", 0, Area, 20.0, Some("规划面积")),
            figure(body, "170亿元", 0, Money, 1.7e10, Some("总投资")),
            figure(body, "67亿元", 1, Money, 6.7e9, None),
            figure(body, "35家", 0, Count, 35.0, None),
            figure(body, "1.5万亩", 0, Area, 15000.0, Some("用地")),
            figure(body, "12%", 0, Percent, 12.0, None),
        ];
        assert_eq!(
            ranked(&a),
            // largest; headline (title: 109%; lead: 80亿元 money first); metric tier by value; no metric;
            // others with a metric. 6个 (lead, no metric), the repeated 67亿元 and 35家 are left out.
            ["170亿元", "80亿元", "109%", "67亿元", "3亿元", "12%", "20平方公里", "1.5万亩"]
        );
    }

    #[test]
    fn same_value_and_metric_is_one_key_figure_but_other_metrics_stay() {
        let body = "签约金额10亿元，总投资10亿元，签约金额10亿元。";
        let mut a = analysis("", body);
        a.figures = vec![
            figure(body, "10亿元", 0, Money, 1e9, Some("签约金额")),
            figure(body, "10亿元", 1, Money, 1e9, Some("总投资")),
            figure(body, "10亿元", 2, Money, 1e9, Some("签约金额")),
        ];
        assert_eq!(rank(&a), [0, 1]);
    }

    #[test]
    fn a_metric_printed_inside_another_is_the_same_but_another_unit_is_not() {
        let body = "项目计划总投资10亿元。据悉，计划 总投资10亿元，另有外资10亿美元。";
        let mut a = analysis("", body);
        let mut dollars = figure(body, "10亿美元", 0, Money, 1e9, Some("外资"));
        dollars.unit = Some("USD".into());
        a.figures = vec![
            figure(body, "10亿元", 0, Money, 1e9, Some("项目计划总投资")),
            figure(body, "10亿元", 1, Money, 1e9, Some("计划 总投资")),
            dollars,
        ];
        assert_eq!(rank(&a).len(), 2);
        assert!(rank(&a).contains(&2));
    }

    #[test]
    fn class_thresholds_are_not_key_figures() {
        let body = "园区有亿元以上企业12家、10亿元以上的企业5家，总投资260亿元以上，年产值3亿元。";
        let mut a = analysis("", body);
        a.figures = vec![
            figure(body, "亿元", 0, Money, 1e8, None),
            figure(body, "10亿元", 0, Money, 1e9, None),
            figure(body, "260亿元", 0, Money, 2.6e10, Some("总投资")),
            figure(body, "3亿元", 0, Money, 3e8, Some("年产值")),
        ];
        assert_eq!(ranked(&a), ["260亿元", "3亿元"]);
    }

    #[test]
    fn no_figures_no_key_figures() {
        assert!(ranked(&analysis("t", "园区建设稳步推进。")).is_empty());
    }
}
