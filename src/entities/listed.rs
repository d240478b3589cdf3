//! Listed firms printed by their short names alone (台积电, 鸿海, 联发科, 宁德时代, 比亚迪), which no
//! legal suffix or trade word marks: the exchanges' lists of short names (`data/entities/listed/`,
//! generated into `listed_table.rs`), found in a pass of their own. A name is a firm
//! where it is a word of its own (not 关|联电|路); one that is an ordinary word too (统一, 长城, 小米) only
//! where the text says it is a firm: before its stock code, its share price or results (统一|股价), a
//! bare 集团 or 公司 (统一|集团), or next to a listed firm in a list (台积电、统一、鸿海).

use super::companies::{country, stock_code, with_bare_suffix, with_trade};
use super::lexicon::FIRM_REPORT_WORDS;
use super::listed_table::{CUED, FIRMS};
use super::Candidate;
use crate::model::EntityType;
use crate::text::gazetteer::GAZETTEER;
use crate::text::segment;
use crate::text::words::{front_decoded, Hit, WordList};
use crate::text::Span;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// The names that are firms wherever printed, a line each.
static FIRM_NAMES: LazyLock<String> = LazyLock::new(|| decoded(FIRMS));

/// The names that are ordinary words too, a line each.
static CUED_NAMES: LazyLock<String> = LazyLock::new(|| decoded(CUED));

/// The names that are ordinary words too, to ask of a hit.
static CUED_SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| CUED_NAMES.lines().collect());

/// Every listed short name: a long list, searched on its own (see [`WordList::long`]).
pub(super) static NAMES: LazyLock<WordList> = LazyLock::new(|| {
    let names: Vec<&'static str> = FIRM_NAMES.lines().chain(CUED_NAMES.lines()).collect();
    WordList::long(names.iter())
});

/// How many characters on either side of a name are segmented with it to see whether jieba reads it as
/// words of its own.
const WINDOW: usize = 4;

/// A front-coded list of the table as its names, a line each.
fn decoded(coded: &str) -> String {
    front_decoded(coded).map(|(name, _)| name + "\n").collect()
}

/// The listed firms among `hits` (the hits of [`NAMES`] in `text`); `industries` are the trade words'
/// hits.
pub(super) fn find(text: &str, hits: &[Hit], industries: &[Hit]) -> Vec<Candidate> {
    let alone: Vec<&Hit> = hits.iter().filter(|(span, _)| word_of_its_own(text, span, industries)).collect();
    let firms: Vec<&Span> =
        alone.iter().filter(|(_, name)| !CUED_SET.contains(name)).map(|(s, _)| s).collect();
    // Each taking a trade word (联亚|科技) and a bare 集团 or 公司 printed right after it (鸿海|集团), which
    // say it is a firm's too.
    // A trade word says nothing of an ordinary word (再生|能源, 环保|装备).
    let mut found = Vec::new();
    for (span, name) in alone {
        let traded = with_trade(span, industries);
        let full = with_bare_suffix(text, traded.clone());
        if !CUED_SET.contains(name) || full != traded || said_to_be_firm(text, span, &firms) {
            found.push(Candidate::new(full, EntityType::Company));
        }
    }
    found
}

/// Whether `span` is words of its own: no word of jieba's dictionary in the text around it runs across
/// its start or its end (鸿海|董事长, not 关联|电路 for 联电), and no word jieba makes of characters it
/// does not know runs across its end into a noun or an adjective, which go on with a longer name or a
/// word (新产线 for 新产, 台塑大金 for 台塑; not 鸿海将, where the HMM glues an adverb, nor 台积电高雄厂,
/// a place); a country jieba glues to it is no word across it (德国|西门子), and a trade word right
/// after it is where it ends, whatever jieba reads across (新鸿基|地产, read 新|鸿|基地|产).
fn word_of_its_own(text: &str, span: &Span, industries: &[Hit]) -> bool {
    let traded = industries.binary_search_by_key(&span.end, |(s, _)| s.start).is_ok();
    let block = segment::block_around(text, span.start);
    let from = text[block.start..span.start]
        .char_indices()
        .rev()
        .nth(WINDOW - 1)
        .map_or(block.start, |(i, _)| block.start + i);
    let to = text[span.end..block.end.max(span.end)]
        .char_indices()
        .nth(WINDOW)
        .map_or(block.end.max(span.end), |(i, _)| span.end + i);
    let mut at = from;
    segment::words(&text[from..to]).into_iter().all(|w| {
        let (start, end) = (at, at + w.len());
        at = end;
        let inside = |at: usize| start < at && at < end;
        let known = || segment::in_dictionary(w);
        let goes_on = || {
            text[span.end..].chars().next().is_some_and(|c| segment::char_tag(c).starts_with(['n', 'a', 'x']))
                && GAZETTEER.longest_at(text, span.end).is_none()
        };
        // A country glued to the name is no word across it (德国西门子, which jieba knows whole).
        let after_country = || start < span.start && country(&text[start..span.start]);
        !(inside(span.start) && known() && !after_country())
            && !(inside(span.end) && !traded && (known() || goes_on()))
    })
}

/// Whether the text says a name that is an ordinary word too is a firm's: its stock code in brackets
/// right after it (统一(1216)), a word of its shares or results (统一|股价, 长城|营收), or a listed firm
/// next to it in a list (台积电、统一).
fn said_to_be_firm(text: &str, span: &Span, firms: &[&Span]) -> bool {
    let after = &text[span.end..];
    let coded = after.strip_prefix('(').or_else(|| after.strip_prefix('（')).is_some_and(stock_code);
    let reported = FIRM_REPORT_WORDS.iter().any(|w| after.starts_with(w));
    // `firms` are in the text's order and do not overlap: their starts and their ends are both sorted.
    let firm_ends_at = |at: usize| {
        let i = firms.partition_point(|f| f.end < at);
        firms.get(i).is_some_and(|f| f.end == at)
    };
    let firm_starts_at = |at: usize| {
        let i = firms.partition_point(|f| f.start < at);
        firms.get(i).is_some_and(|f| f.start == at)
    };
    // 高盛、花旗, and the comma some outlets list with, an item of the list then on both sides (高盛,花旗,
    // 摩通等; not 台积电，统一表示…).
    let before = &text[..span.start];
    let comma = before.ends_with([',', '，']) && after.starts_with([',', '，', '、', '等']);
    let listed_before = (before.ends_with('、') || comma)
        && before.strip_suffix([',', '，', '、']).is_some_and(|b| firm_ends_at(b.len()));
    let listed_after = after.starts_with('、') && firm_starts_at(span.end + '、'.len_utf8());
    coded || reported || listed_before || listed_after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_coded_names_decode() {
        assert_eq!(decoded("0台积电\n2成\n0鸿海"), "台积电\n台积成\n鸿海\n");
        assert!(FIRM_NAMES.lines().any(|n| n == "台积电") && CUED_SET.contains("统一"));
    }

    #[test]
    fn generated_table_is_current() {
        crate::text::assert_generated_current("data/entities/listed/generate.py");
    }
}
