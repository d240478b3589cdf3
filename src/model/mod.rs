//! The analysis contract: the one result shape shared by the page, the wasm API, the CLI, the tests and
//! the accuracy scoring (see `docs/CONTRACT.md`). Fields may be added; none may be renamed or change meaning.
//!
//! All `start`/`end` offsets are UTF-16 code units into [`Analysis::body`], end exclusive, so that
//! JavaScript's `body.slice(start, end)` gives `text`. Inside the core, extractors work with byte
//! offsets ([`crate::Span`]); the pipeline converts them once, at the end ([`utf16`]).

use serde::{Deserialize, Serialize, Serializer};

pub(crate) mod build;
pub mod utf16;
mod warning;

pub use warning::Warning;

/// The contract version written into every result.
pub const VERSION: u32 = 1;

/// Names a closed set of the contract: each variant is written as its lowercase name.
macro_rules! contract_names {
    ($name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $name {
            /// The contract's name.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// The whole analysis of one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Analysis {
    /// Always [`VERSION`].
    pub version: u32,
    /// The input's file name, when it came from a file (CLI, dropped file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// What the input was and how it was read.
    pub input: Input,
    /// Headline, outlet, date and credits.
    pub meta: Meta,
    /// The article text only, paragraphs separated by `\n`.
    pub body: String,
    /// Every line the cleaner dropped, with the reason.
    pub removed: Vec<Removed>,
    /// Every quantity in `body`, in reading order.
    pub figures: Vec<Figure>,
    /// Every date expression in `body`, in reading order.
    pub dates: Vec<DateMention>,
    /// Every named-entity mention in `body`, in reading order.
    pub entities: Vec<Entity>,
    /// The article's facts at a glance.
    pub summary: Summary,
    /// Things the user should know about the input (replacement characters, folded repeats …), in
    /// English.
    pub warnings: Vec<String>,
    /// The same warnings as values (`{ code, count, encoding? }`, same order), for an interface that
    /// words them in its own language. Written, not read back: an analysis read from JSON (the
    /// renderers' input) has none, which spares the module the code that reads a tagged enum.
    #[serde(default, skip_deserializing)]
    pub warning_codes: Vec<Warning>,
}

/// How the input was read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Input {
    /// The encoding used to decode the bytes (`UTF-8`, `GBK`, `Big5`, `UTF-16LE` …).
    pub encoding: String,
    /// `text` or `html`.
    pub format: Format,
    /// `simplified`, `traditional` or `mixed`.
    pub script: Script,
    /// The number of characters (Unicode scalar values) of the decoded input.
    pub chars: usize,
}

/// Article metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Meta {
    /// The headline, as printed.
    pub title: Option<String>,
    /// The publishing outlet (昆明日报, 新华社 …).
    pub source: Option<String>,
    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
    pub published: Option<String>,
    /// Credited people, in the order printed.
    pub authors: Vec<Author>,
}

/// A credited person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Author {
    /// The name as printed.
    pub name: String,
    /// 记者, 通讯员, 编辑, 责编, 编审, 终审, 摄 … as printed, when given.
    pub role: Option<String>,
}

/// A line the cleaner removed from the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Removed {
    /// The line as it appeared (after normalisation).
    pub text: String,
    /// Why the line is not part of the article.
    pub reason: Reason,
}

/// Whether the input was plain text or an HTML page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text.
    #[default]
    Text,
    /// An HTML page (by its extension or its markup).
    Html,
}

contract_names!(Format { Text => "text", Html => "html" });

/// The script an article is printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Script {
    /// Simplified characters (also a text without telling characters).
    #[default]
    Simplified,
    /// Traditional characters.
    Traditional,
    /// Both, in telling numbers.
    Mixed,
}

contract_names!(Script { Simplified => "simplified", Traditional => "traditional", Mixed => "mixed" });

/// Why the cleaner removed a line from the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Reason {
    /// Breadcrumbs, menus, app links.
    #[default]
    Navigation,
    /// A related-articles list, its heading, or a previous/next link.
    Related,
    /// Copyright, ICP numbers, disclaimers, page addresses.
    Footer,
    /// Keyword-stuffed spam titles.
    Spam,
    /// A line without any letter or CJK character.
    Symbols,
    /// The source, date or view-counter line.
    Meta,
    /// The headline (it is in `meta.title`).
    Title,
    /// A subtitle or kicker printed with the headline.
    Subtitle,
    /// A credit line (its people are in `meta.authors`).
    Byline,
    /// A picture caption.
    Caption,
    /// A paragraph printed again verbatim.
    Duplicate,
}

contract_names!(Reason {
    Navigation => "navigation",
    Related => "related",
    Footer => "footer",
    Spam => "spam",
    Symbols => "symbols",
    Meta => "meta",
    Title => "title",
    Subtitle => "subtitle",
    Byline => "byline",
    Caption => "caption",
    Duplicate => "duplicate",
});

/// What a figure quantifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    /// An amount of money (`unit`: its ISO currency code).
    Money,
    /// A percentage, as printed (26.1 for 26.1%).
    Percent,
    /// An area (mu, m2, km2, ha).
    Area,
    /// A length (km, m).
    Length,
    /// A weight (t, kg).
    Weight,
    /// A volume.
    Volume,
    /// Power or energy (kW, kWh).
    Energy,
    /// A count of things (`unit`: the classifier: 个, 家, 项 …).
    Count,
    /// A span of time (day, month, year).
    Duration,
    /// A multiple (翻番, 两倍).
    Multiple,
    /// A bare quantity without a unit.
    Number,
}

contract_names!(FigureKind {
    Money => "money",
    Percent => "percent",
    Area => "area",
    Length => "length",
    Weight => "weight",
    Volume => "volume",
    Energy => "energy",
    Count => "count",
    Duration => "duration",
    Multiple => "multiple",
    Number => "number",
});

/// How exact a figure is, from the words printed around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Approx {
    /// 约, 近, 左右, 接近.
    About,
    /// 余, 多, 以上, 超, 超过, 逾, 突破.
    Over,
    /// 以下, 不到, 不足.
    Under,
}

contract_names!(Approx {
    About => "about",
    Over => "over",
    Under => "under",
});

/// Whether a figure reports what happened or what is intended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// 实现, 完成, 达到 …
    Actual,
    /// 计划, 拟 …
    Plan,
    /// 预计, 有望 …
    Forecast,
    /// 力争, 确保, 目标 …
    Target,
}

contract_names!(Modality {
    Actual => "actual",
    Plan => "plan",
    Forecast => "forecast",
    Target => "target",
});

/// A quantity found in the body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Figure {
    /// The number with its unit or classifier, as printed in `body`.
    pub text: String,
    /// UTF-16 offset of `text` in `body`.
    pub start: usize,
    /// UTF-16 offset just past `text`.
    pub end: usize,
    /// What it quantifies.
    pub kind: FigureKind,
    /// The plain number after 万/亿 scaling; money in the currency's unit; the low end of a range.
    #[serde(serialize_with = "plain_number")]
    pub value: f64,
    /// ISO currency code, SI-ish unit (mu, m2, km2, ha, km, m, t, kg, kW, kWh, day, month, year) or the
    /// classifier of a count; `None` for percent, multiple and bare numbers.
    pub unit: Option<String>,
    /// about | over | under, from the words around the figure.
    pub approx: Option<Approx>,
    /// `[low, high]` for a printed range.
    #[serde(serialize_with = "plain_range")]
    pub range: Option<[f64; 2]>,
    /// What the figure measures (工业总产值, 签约金额 …).
    pub metric: Option<String>,
    /// The time it refers to when the sentence gives one (2011年上半年, 今年1—4月).
    pub period: Option<String>,
    /// actual | plan | forecast | target.
    pub modality: Option<Modality>,
    /// For a comparison (较去年同期32亿元增长109%): the figures it is compared with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comparison: Option<Comparison>,
}

/// The other figures of a comparison, as indexes into [`Analysis::figures`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Comparison {
    /// The figure it is compared against (32亿元 in 较去年同期32亿元增长109%).
    pub base: Option<usize>,
    /// The rate of change (109%).
    pub rate: Option<usize>,
}

/// A date expression found in the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct DateMention {
    /// As printed.
    pub text: String,
    /// UTF-16 offset of `text` in `body`.
    pub start: usize,
    /// UTF-16 offset just past `text`.
    pub end: usize,
    /// YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Qn, YYYY-Hn, or `A/B` for a range.
    pub value: String,
    /// True when the year was inferred rather than printed.
    pub relative: bool,
}

/// What kind of name an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    /// A place: a division, a region, a foreign country or city (凉山州, 长三角).
    Place,
    /// An industrial park or cooperation zone (甘眉工业园区).
    Park,
    /// A government body or institution (眉山市人民政府, 管委会).
    Organization,
    /// A company (四川某某科技有限公司).
    Company,
    /// A person, with the title printed with them as `role`.
    Person,
    /// A document or plan (《…规划》, without the 《》).
    Document,
    /// An event (第二届…大会).
    Event,
}

contract_names!(EntityType {
    Place => "place",
    Park => "park",
    Organization => "organization",
    Company => "company",
    Person => "person",
    Document => "document",
    Event => "event",
});

/// A named-entity mention in the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Entity {
    /// As printed (traditional stays traditional; document titles without 《》).
    pub text: String,
    /// UTF-16 offset of `text` in `body`.
    pub start: usize,
    /// UTF-16 offset just past `text`.
    pub end: usize,
    /// What it names.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The simplified full form (甘眉工業園區 → 甘眉工业园区).
    pub canonical: String,
    /// The title printed with a person (州委副书记), as printed.
    pub role: Option<String>,
}

/// The structured summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Summary {
    /// Three to five sentences from the body, in document order.
    pub sentences: Vec<String>,
    /// Key terms, most important first.
    pub keywords: Vec<String>,
    /// Cooperating regions, simplified (成凉 → 成都, 凉山).
    pub partners: Vec<String>,
    /// Parks and zones, canonical, in order of first mention.
    pub parks: Vec<String>,
    /// Indexes into [`Analysis::figures`], most important first.
    pub key_figures: Vec<usize>,
    /// Dated events, sorted by date.
    pub timeline: Vec<TimelineItem>,
}

/// One dated event of the summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct TimelineItem {
    /// A date value as in [`DateMention::value`].
    pub date: String,
    /// The clause the date comes from.
    pub text: String,
}

/// A value as the contract prints it: an integer when it is one (1292000000, not 1292000000.0) and
/// exactly representable, else `None` (the float is printed as it is). JSON and the reports use it.
pub fn whole(v: f64) -> Option<i64> {
    (v.fract() == 0.0 && v.abs() < 9.0e15).then_some(v as i64)
}

/// Writes a number as an integer when it is one ([`whole`]).
fn plain_number<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    match whole(*v) {
        Some(i) => s.serialize_i64(i),
        None => s.serialize_f64(*v),
    }
}

fn plain_range<S: Serializer>(r: &Option<[f64; 2]>, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeSeq;
    match r {
        None => s.serialize_none(),
        Some([lo, hi]) => {
            struct P(f64);
            impl Serialize for P {
                fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    plain_number(&self.0, s)
                }
            }
            let mut seq = s.serialize_seq(Some(2))?;
            seq.serialize_element(&P(*lo))?;
            seq.serialize_element(&P(*hi))?;
            seq.end()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_values_serialise_as_integers() {
        let f = Figure {
            text: "12.92亿元".into(),
            start: 0,
            end: 7,
            kind: FigureKind::Money,
            value: 1_292_000_000.0,
            unit: Some("CNY".into()),
            approx: None,
            range: Some([1e9, 2e9]),
            metric: None,
            period: None,
            modality: Some(Modality::Plan),
            comparison: None,
        };
        let j = serde_json::to_string(&f).unwrap();
        assert!(j.contains(r#""value":1292000000,"#), "{j}");
        assert!(j.contains(r#""range":[1000000000,2000000000]"#), "{j}");
        assert!(j.contains(r#""modality":"plan""#), "{j}");
        let back: Figure = serde_json::from_str(&j).unwrap();
        assert_eq!(back, f);
    }
}
