//! Warnings: what the user should know about how the input was read (bytes replaced, characters lost,
//! repeats folded). Each is a value with a code and its numbers; the contract carries the English
//! sentence in `warnings` and the value in `warning_codes` (same order), so that an interface words it
//! in its own language without reading the English.

use serde::Serialize;
use std::fmt;

/// One warning, serialised as `{ "code": "malformed-bytes", "count": 54, "encoding": "UTF-8" }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum Warning {
    /// Byte sequences the decoder replaced with U+FFFD, in the input's `encoding`.
    MalformedBytes {
        /// How many.
        count: usize,
        /// The encoding the input was decoded from.
        encoding: String,
    },
    /// Characters the page lost in a conversion: a `?` with a damaged pinyin annotation that the page
    /// gives no reading for.
    LostCharacters {
        /// How many.
        count: usize,
    },
    /// Paragraphs repeated verbatim, folded into one.
    FoldedParagraphs {
        /// How many.
        count: usize,
    },
    /// Sentences repeated verbatim in a later paragraph, folded into the first.
    FoldedSentences {
        /// How many.
        count: usize,
    },
}

/// "1 `noun` `words` was" or "N `noun`s `words` were".
fn counted(count: usize, noun: &str, words: &str) -> String {
    let (s, verb) = if count == 1 { ("", "was") } else { ("s", "were") };
    format!("{count} {noun}{s}{words} {verb}")
}

impl fmt::Display for Warning {
    /// The English sentence of the contract's `warnings`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::MalformedBytes { count, encoding } => {
                let counted = counted(*count, "malformed byte sequence", "");
                write!(f, "{counted} in {encoding} replaced with U+FFFD")
            }
            Warning::LostCharacters { count } => {
                let counted = counted(*count, "character", "");
                write!(f, "{counted} lost in the page's conversion (a '?' with a damaged pinyin annotation)")
            }
            Warning::FoldedParagraphs { count } => {
                write!(f, "{} folded into one", counted(*count, "paragraph", " repeated verbatim"))
            }
            Warning::FoldedSentences { count } => {
                let counted = counted(*count, "sentence", " repeated verbatim in a later paragraph");
                write!(f, "{counted} folded into the first")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Warning;

    #[test]
    fn sentences_as_the_stages_wrote_them() {
        let texts: Vec<String> = [
            Warning::MalformedBytes { count: 54, encoding: "UTF-8".into() },
            Warning::MalformedBytes { count: 1, encoding: "GBK".into() },
            Warning::LostCharacters { count: 2 },
            Warning::FoldedParagraphs { count: 1 },
            Warning::FoldedSentences { count: 3 },
        ]
        .iter()
        .map(ToString::to_string)
        .collect();
        assert_eq!(
            texts,
            [
                "54 malformed byte sequences were in UTF-8 replaced with U+FFFD",
                "1 malformed byte sequence was in GBK replaced with U+FFFD",
                "2 characters were lost in the page's conversion (a '?' with a damaged pinyin annotation)",
                "1 paragraph repeated verbatim was folded into one",
                "3 sentences repeated verbatim in a later paragraph were folded into the first",
            ]
        );
    }

    #[test]
    fn codes_as_the_page_reads_them() {
        let json =
            serde_json::to_string(&Warning::MalformedBytes { count: 54, encoding: "UTF-8".into() }).unwrap();
        assert_eq!(json, r#"{"code":"malformed-bytes","count":54,"encoding":"UTF-8"}"#);
        let json = serde_json::to_string(&Warning::FoldedSentences { count: 3 }).unwrap();
        assert_eq!(json, r#"{"code":"folded-sentences","count":3}"#);
    }

    /// Every warning a stage writes reaches the contract as a sentence and as a value, in the same
    /// order: each kind is produced here through the pipeline.
    #[test]
    fn every_warning_reaches_the_contract_with_its_code() {
        let options = crate::Options::default();
        let mut bytes = "成都与凉山合作共建产业园区，园区实现工业总产值67亿元。".as_bytes().to_vec();
        bytes.extend_from_slice(&[0xFF, 0xFE, 0x20]);
        bytes.extend_from_slice("今年上半年园区新签约项目18个，总投资12.5亿元。".as_bytes());
        let damaged = crate::analyse_bytes(&bytes, &options).unwrap();
        let sentence = "今年上半年成都凉山工业园区规模以上工业企业累计实现工业总产值67亿元。";
        let paragraph = "甘眉工业园区位于眉山市，园区今年再引进企业5家，新增就业岗位一千二百个。";
        let repeated = format!(
            "{paragraph}\n{sentence}园区新签约项目18个。\n{paragraph}\n园区总投资12.5亿元。{sentence}"
        );
        let folded = crate::analyse_text(&repeated, &options).unwrap();
        let pinyin =
            crate::analyse_text("成都日?qǐng)?bào)讯 园区实现工业总产值67亿元，增长很快。", &options)
                .unwrap();
        let mut kinds = Vec::new();
        for analysis in [&damaged, &folded, &pinyin] {
            let sentences: Vec<String> = analysis.warning_codes.iter().map(ToString::to_string).collect();
            assert_eq!(sentences, analysis.warnings);
            kinds.extend(analysis.warning_codes.iter().map(std::mem::discriminant));
        }
        for kind in [
            Warning::MalformedBytes { count: 0, encoding: String::new() },
            Warning::LostCharacters { count: 0 },
            Warning::FoldedParagraphs { count: 0 },
            Warning::FoldedSentences { count: 0 },
        ] {
            assert!(kinds.contains(&std::mem::discriminant(&kind)), "{kind:?} not produced");
        }
    }
}
