//! Other renderings of an analysis: the Markdown brief ([`markdown`]) and the figures as CSV
//! ([`CSV_HEADER`], [`csv_rows`]).

use crate::model::Analysis;
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
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// The Markdown brief (placeholder until the summary issue).
pub fn markdown(analysis: &Analysis) -> String {
    let title = analysis.meta.title.as_deref().unwrap_or("(untitled)");
    format!("# {title}\n")
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
}
