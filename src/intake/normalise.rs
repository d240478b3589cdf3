//! Normalisation of the text the user sees: line endings, pinyin annotations (`網(wǎng)` → `網`),
//! full-width digits, letters and `％` made ASCII (and `．` inside numbers), odd spaces tidied and
//! runs of blank lines collapsed. Characters stay as printed otherwise (traditional stays traditional).

use crate::model::Warning;
use crate::text::chars::CharSet;
use crate::text::pattern;
use regex::Regex;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::LazyLock;

/// The letters with a tone mark: every annotation has one.
macro_rules! toned {
    () => {
        "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
    };
}

/// One pinyin syllable with a tone mark (the lowercase-only form pages print as annotations).
const SYLLABLE: &str = concat!("[a-zü", toned!(), "]*[", toned!(), "][a-zü", toned!(), "]*");

/// A CJK character followed by its pinyin in parentheses: `網(wǎng)`.
static ANNOTATION: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(&format!(r"(\p{{Han}})[(（]({SYLLABLE})[)）]")));

/// A character lost in conversion with its annotation damaged: after a CJK character, one or more
/// `?pinyin)` pieces stand for one lost character (`日?qǐng)?bào)` is 日 + a lost 報).
static DAMAGED: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(&format!(r"(\p{{Han}})((?:[?？]{SYLLABLE}[)）])+)")));

/// One `?pinyin)` piece of a damaged annotation.
static DAMAGED_PIECE: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(&format!(r"[?？]({SYLLABLE})[)）]")));

/// Normalised text and what the user should know about it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Normalised {
    /// The tidied text, one line per paragraph or block.
    pub(super) text: String,
    /// E.g. damaged pinyin annotations that could not be repaired.
    pub(super) warnings: Vec<Warning>,
}

/// Normalises text for display and analysis (see the module documentation).
pub(super) fn normalise(text: &str) -> Normalised {
    let mut warnings = Vec::new();
    let text = remove_pinyin(text, &mut warnings);
    Normalised { text: tidy(&text), warnings }
}

/// Removes pinyin annotations and repairs damaged ones from the readings the page itself gives:
/// a lost character annotated `bào` is the character the page annotates `bào` elsewhere, when that
/// is one character only; otherwise a `?` stays and a warning says so.
fn remove_pinyin<'t>(text: &'t str, warnings: &mut Vec<Warning>) -> Cow<'t, str> {
    // Most pages have no annotation: one scan for a tone mark spares them the regex passes.
    static TONED: LazyLock<CharSet> = LazyLock::new(|| CharSet::new(toned!().chars()));
    if !text.contains(|c| TONED.contains(c)) {
        return text.into();
    }
    let mut readings: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
    for c in ANNOTATION.captures_iter(text) {
        let chars = readings.entry(c.get(2).unwrap().as_str()).or_default();
        let ch = c.get(1).unwrap().as_str();
        if !chars.contains(&ch) {
            chars.push(ch);
        }
    }
    let text = ANNOTATION.replace_all(text, "$1");
    let mut unrepaired = 0;
    let text = DAMAGED.replace_all(&text, |c: &regex::Captures| {
        let lost = DAMAGED_PIECE.captures_iter(&c[2]).find_map(|p| match readings.get(&p[1]) {
            Some(chars) if chars.len() == 1 => Some(chars[0]),
            _ => None,
        });
        if lost.is_none() {
            unrepaired += 1;
        }
        format!("{}{}", &c[1], lost.unwrap_or("?"))
    });
    if unrepaired > 0 {
        warnings.push(Warning::LostCharacters { count: unrepaired });
    }
    text.into_owned().into()
}

/// The text as the user sees it, in one pass: line endings (`\r\n`, `\r`) become `\n`; full-width
/// digits, Latin letters and `％` become ASCII, and `．` becomes `.` between digits; NBSP, ideographic
/// and other spaces become one ASCII space (but one ideographic space between two printed characters
/// stays), zero-width characters go, lines are trimmed and runs of
/// blank lines become one blank line.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Where the line being written starts in `out`, and whether the lines before it were blank.
    let (mut line_start, mut blank_run) = (0, false);
    let end_line = |out: &mut String, line_start: &mut usize, blank_run: &mut bool| {
        if out.len() > *line_start && out.ends_with(' ') {
            out.pop();
        }
        let blank = out.len() == *line_start;
        if !blank || (!*blank_run && *line_start > 0) {
            out.push('\n');
        }
        *blank_run = blank;
        *line_start = out.len();
    };
    // The character before, folded (`．` stays: it is no digit either way).
    let mut before = '\n';
    // Where the run of characters that stay as they are began: copied in one piece when it ends.
    let mut run = 0;
    // Whether the line being written can be a headline, asked at its first ideographic space.
    let mut headline = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if stays(c) {
            before = c;
            continue;
        }
        out.push_str(&text[run..i]);
        run = i + c.len_utf8();
        let c = fold_full_width(c);
        if c == '\r' || c == '\n' {
            if c == '\r' && chars.next_if(|&(_, n)| n == '\n').is_some() {
                run += 1;
            }
            end_line(&mut out, &mut line_start, &mut blank_run);
            (before, headline) = ('\n', None);
            continue;
        }
        let after_digit = before.is_ascii_digit();
        before = c;
        match c {
            '．' if after_digit
                && chars.peek().is_some_and(|&(_, n)| fold_full_width(n).is_ascii_digit()) =>
            {
                out.push('.')
            }
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
            // One ideographic space between two printed characters stays as printed on a line that
            // can be a headline (short, no sentence punctuation): headlines set their parts apart with
            // it (某某表現　縣府…), and the title keeps what the page prints. Never next to a digit or
            // 年/月/日 (2024年5月　10日 is one date), nor in a paragraph.
            '\u{3000}'
                if out.len() > line_start
                    && !out.ends_with(|p: char| p.is_whitespace() || dated(p))
                    && chars
                        .peek()
                        .is_some_and(|&(_, n)| !n.is_whitespace() && !dated(fold_full_width(n)))
                    && *headline.get_or_insert_with(|| headline_like(&out[line_start..], &text[i..])) =>
            {
                out.push(c)
            }
            c if c.is_whitespace() => {
                if out.len() > line_start && !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            c => out.push(c),
        }
    }
    out.push_str(&text[run..]);
    end_line(&mut out, &mut line_start, &mut blank_run);
    out.truncate(out.trim_end().len());
    out
}

/// Whether an ideographic space next to `c` reads as a date's or a number's gap (5月　10日), never
/// a headline's.
fn dated(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '年' | '月' | '日')
}

/// Whether the line written so far (`head`) and its rest in the input (`rest`, from the space on)
/// can be a headline: 40 characters at most, no sentence punctuation.
fn headline_like(head: &str, rest: &str) -> bool {
    let rest = rest.split(['\n', '\r']).next().unwrap_or_default();
    head.chars().chain(rest.chars()).take(41).count() <= 40
        && !head.chars().chain(rest.chars()).any(|c| "。！？；，!?;,".contains(c))
}

/// Whether [`tidy`] leaves `c` as it is wherever it stands: most characters (Han characters and
/// printable ASCII are asked first).
fn stays(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
        || c.is_ascii_graphic()
        || !(matches!(c, '\r' | '\n' | '．' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
            || c.is_whitespace()
            || fold_full_width(c) != c)
}

fn fold_full_width(c: char) -> char {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '％' => {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinyin_annotations_go() {
        assert_eq!(
            normalise("康巴傳媒網(wǎng) >> 特色(專(zhuān)業(yè))園區(qū)").text,
            "康巴傳媒網 >> 特色(專業)園區"
        );
        // Toneless or capitalised parentheses are not annotations.
        assert_eq!(normalise("开发(度假)区、县(市)区 (a)").text, "开发(度假)区、县(市)区 (a)");
    }

    #[test]
    fn damaged_annotations_are_repaired_from_the_page() {
        let n = normalise("匯報(bào)\n甘孜日?qǐng)?bào)  2023年");
        assert_eq!(n.text, "匯報\n甘孜日報 2023年");
        assert!(n.warnings.is_empty());
        let n = normalise("甘孜日?qǐng)");
        assert_eq!(n.text, "甘孜日?");
        assert_eq!(n.warnings.len(), 1);
    }

    #[test]
    fn full_width_forms_become_ascii() {
        assert_eq!(normalise("增长１０９．５％，ＧＤＰ．").text, "增长109.5%，GDP．");
    }

    #[test]
    fn spaces_and_blank_lines_are_tidied() {
        assert_eq!(normalise("\u{a0}\u{a0}a\u{3000}\u{3000}b \r\n\r\n\r\n\n c\r").text, "a b\n\nc");
        // One ideographic space between two characters is printed: it stays.
        assert_eq!(normalise("某某表現\u{3000}縣府\u{3000}\n\u{3000}某").text, "某某表現\u{3000}縣府\n某");
        // Not next to a digit or 年/月/日, nor on a line of prose (a comma, a full stop, over 40
        // characters).
        assert_eq!(normalise("2024年5月\u{3000}10日\u{3000}某会").text, "2024年5月 10日 某会");
        assert_eq!(normalise("产值达\u{3000}50亿元，同比增长").text, "产值达 50亿元，同比增长");
        assert_eq!(normalise("某某表現\u{3000}縣府反擊，某某。").text, "某某表現 縣府反擊，某某。");
        let long = format!("{}\u{3000}{}", "某".repeat(30), "某".repeat(15));
        assert_eq!(normalise(&long).text, long.replace('\u{3000}', " "));
    }
}
