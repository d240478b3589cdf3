//! Word lists: the vocabulary files of `data/` and the automata that search them.
//!
//! Every list of words a rule uses is a file of `data/<stage>/` (docs/DESIGN.md), embedded with
//! [`data_file!`] and read with [`vocabulary`]: one entry per line, `#` lines are comments (each file
//! opens with one saying what the list is for), blank lines are skipped. Entries are in simplified
//! characters: the stages match on the body's simplified copy.
//!
//! [`WordList`] searches a fixed list in one pass over a text (aho-corasick), for the questions the
//! extractors ask of their lexicons: where are the suffixes, where does the last governing verb end,
//! where does the first cut word start. A search per word (`str::rfind` for each of fifty verbs) was
//! the largest cost of a long paste.

use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use rustc_hash::{FxHashMap, FxHashSet};

use super::order;

/// The length of text (bytes) from which a list is searched with a DFA rather than a contiguous NFA.
/// The two find the same words; the DFA searches faster (the entity lists' one pass over a megabyte
/// costs about 60 instructions a byte more with the NFA, measured natively with callgrind) but takes
/// about ten times as long to build (30 million instructions for the entity lists, an eighth of the
/// core's first call on a short text). Under this length the NFA's whole cost, build and search, is the
/// lower, so a short article never builds a DFA and a long one builds it once.
const DFA_FROM: usize = 256 << 10;

/// The length of text (bytes) from which a long list ([`WordList::long`]) is searched with the whole
/// list's automaton (built once, kept); a shorter text, until a longer one has built it, builds one of
/// the few words it can hold ([`WordList::hits`]).
const LONG_LIST_FROM: usize = 32 << 10;

/// The automaton of a fixed list of words for one match kind, in the kind a text's length pays for
/// ([`DFA_FROM`]), each kind built on first use.
struct Automaton {
    match_kind: MatchKind,
    /// The kind for long texts: a DFA, `None` for the builder's choice, or a contiguous NFA for a list
    /// too long for a DFA to pay (then the one NFA serves every text).
    long: Option<AhoCorasickKind>,
    nfa: OnceLock<AhoCorasick>,
    dfa: OnceLock<AhoCorasick>,
}

impl Automaton {
    fn new(match_kind: MatchKind, long: Option<AhoCorasickKind>) -> Automaton {
        Automaton { match_kind, long, nfa: OnceLock::new(), dfa: OnceLock::new() }
    }

    /// The automaton of `words` for searching `text`.
    fn for_text(&self, words: &[&str], text: &str) -> &AhoCorasick {
        let nfa = Some(AhoCorasickKind::ContiguousNFA);
        let (cell, kind) =
            if text.len() < DFA_FROM || self.long == nfa { (&self.nfa, nfa) } else { (&self.dfa, self.long) };
        cell.get_or_init(|| {
            AhoCorasick::builder()
                .match_kind(self.match_kind)
                .kind(kind)
                .build(words)
                .expect("a word list builds an automaton")
        })
    }
}

/// The text of a file of `data/`, embedded at compile time: `data_file!("figures/units.toml")`.
macro_rules! data_file {
    ($path:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/", $path))
    };
}
pub(crate) use data_file;

/// The entries of a vocabulary file: its lines, trimmed, without blank lines and `#` comment lines.
/// An entry may hold several fields (split them where the list is read).
pub(crate) fn vocabulary(source: &'static str) -> impl Iterator<Item = &'static str> {
    source.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The lines of a front-coded list (`front_coded` of data/text/jieba/gen_dict.py writes them): each
/// opens with a digit, how many leading characters its word shares with the word before (at most 9),
/// then the rest of the word, up to the line's first whitespace. Yields each word in full and what the
/// line holds after it (`0台积电`, `2成` → 台积电, 台积成; `1一 74 m` → 一一 and ` 74 m`); a line that
/// does not open with a digit is skipped.
pub(crate) fn front_decoded(lines: &str) -> impl Iterator<Item = (String, &str)> {
    let mut word = String::new();
    lines.lines().filter_map(move |line| front_decode(&mut word, line).map(|after| (word.clone(), after)))
}

/// One line of a front-coded list (see [`front_decoded`]) read into `word`, which holds the word of
/// the line before: `word` becomes the line's word in full, and what the line holds after it is
/// returned; a line that does not open with a digit leaves `word` as it was and gives `None`. For a
/// reader that needs each word only for a moment (no string per word).
pub(crate) fn front_decode<'l>(word: &mut String, line: &'l str) -> Option<&'l str> {
    let shared = usize::from(line.as_bytes().first()?.checked_sub(b'0')?);
    let line = &line[1..];
    let (rest, after) = line.split_at(line.find(|c: char| c.is_ascii_whitespace()).unwrap_or(line.len()));
    let cut = word.char_indices().nth(shared).map_or(word.len(), |(i, _)| i);
    word.truncate(cut);
    word.push_str(rest);
    Some(after)
}

/// A vocabulary file's words in the file's order (a slice, through `Deref`), with a hash set that
/// answers `contains` without comparing the word with every entry: the rules ask it of every word
/// of many names.
pub(crate) struct WordSet {
    words: Vec<&'static str>,
    set: FxHashSet<&'static str>,
}

impl WordSet {
    /// Whether `word` is one of the words (as the slice's `contains` answers, in one look-up).
    pub fn contains<W: AsRef<str> + ?Sized>(&self, word: &W) -> bool {
        self.set.contains(word.as_ref())
    }
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> WordSet {
        let words: Vec<&'static str> = words.into_iter().collect();
        let set = words.iter().copied().collect();
        WordSet { words, set }
    }
}

impl std::ops::Deref for WordSet {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        &self.words
    }
}

/// A list of words (none empty) with the automata that find them, each built on first use (most
/// lists need one of the two, and building costs start-up time in the page).
pub(crate) struct WordList {
    words: Vec<&'static str>,
    /// Leftmost-longest: the hits a reader sees, not overlapping. A DFA on a long text: the lists are
    /// short (a few hundred words at most), and it searches a long text several times faster than the
    /// NFA the builder picks for a list of more than a hundred words (the organisations' suffixes).
    longest: Automaton,
    /// Every occurrence, overlapping ones too: for the first and last of all occurrences.
    every: Automaton,
}

impl WordList {
    /// The finder of `words`.
    pub fn new<'w>(words: impl IntoIterator<Item = &'w &'static str>) -> WordList {
        let words: Vec<&'static str> = words.into_iter().copied().collect();
        debug_assert!(words.iter().all(|w| !w.is_empty()), "a word list has no empty word");
        WordList {
            words,
            longest: Automaton::new(MatchKind::LeftmostLongest, Some(AhoCorasickKind::DFA)),
            every: Automaton::new(MatchKind::Standard, None),
        }
    }

    /// The finder of a long list of words (thousands of names), searched on its own: building a DFA
    /// for it, or adding it to a [`WordLists`], would cost more than the searches it saves, so its
    /// leftmost-longest automaton is a contiguous NFA on every text.
    pub fn long<'w>(words: impl IntoIterator<Item = &'w &'static str>) -> WordList {
        let list = WordList::new(words);
        WordList {
            longest: Automaton::new(MatchKind::LeftmostLongest, Some(AhoCorasickKind::ContiguousNFA)),
            ..list
        }
    }

    fn longest(&self, text: &str) -> &AhoCorasick {
        self.longest.for_text(&self.words, text)
    }

    fn every(&self, text: &str) -> &AhoCorasick {
        self.every.for_text(&self.words, text)
    }

    /// Byte spans of the words in `text`, left to right: at a position where several words start, the
    /// longest; the search goes on after each word found.
    pub fn hits(&self, text: &str) -> Vec<(Range<usize>, &'static str)> {
        let long = self.longest.long == Some(AhoCorasickKind::ContiguousNFA);
        if long && text.len() < LONG_LIST_FROM && self.longest.nfa.get().is_none() {
            return self.hits_of_openings(text);
        }
        self.longest(text).find_iter(text).map(|m| (m.range(), self.words[m.pattern().as_usize()])).collect()
    }

    /// [`WordList::hits`] of a long list in a short text, from an automaton of the words whose first
    /// two characters (or first one, for a word of one) the text prints together: a few of thousands,
    /// where the whole list's automaton costs tens of millions of instructions to build (a tenth of the
    /// core's first call). The words left out occur nowhere in the text, so the hits are the same.
    fn hits_of_openings(&self, text: &str) -> Vec<(Range<usize>, &'static str)> {
        // A bit per hash of a character or of two in a row: a word whose bit is clear is not in the
        // text (a bit set by another pair only keeps a word it need not).
        let bit = |a: char, b: Option<char>| {
            (a as usize).wrapping_mul(31).wrapping_add(b.map_or(0, |b| b as usize + 1)) & 0xFFFF
        };
        let mut seen = vec![0u64; 1 << 10];
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            for b in [bit(c, None), bit(c, chars.peek().copied())] {
                seen[b / 64] |= 1 << (b % 64);
            }
        }
        let words: Vec<&'static str> = self
            .words
            .iter()
            .copied()
            .filter(|w| {
                let mut chars = w.chars();
                let b = bit(chars.next().expect("no word is empty"), chars.next());
                seen[b / 64] & (1 << (b % 64)) != 0
            })
            .collect();
        if words.is_empty() {
            return Vec::new();
        }
        // A contiguous NFA: the builder's choice for a few words is a DFA, which costs ten times as
        // much to build as the NFA (the whole cost of a short text's search).
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&words[..])
            .expect("a word list builds an automaton");
        automaton.find_iter(text).map(|m| (m.range(), words[m.pattern().as_usize()])).collect()
    }

    /// Whether one of the words occurs in `text` (`text.contains(w)` for one of them).
    pub fn occurs_in(&self, text: &str) -> bool {
        self.longest(text).is_match(text)
    }

    /// The byte where the first occurrence of any word starts (the least of `text.find(w)`). The
    /// stages ask it of many stretches of one text, through [`FirstStart`]; this is its reference in
    /// the tests.
    #[cfg(test)]
    pub fn first_start(&self, text: &str) -> Option<usize> {
        // Leftmost-longest reports the leftmost start first.
        self.longest(text).find(text).map(|m| m.start())
    }

    /// The byte where the last-ending occurrence of any word ends (the greatest of
    /// `text.rfind(w) + w.len()`).
    pub fn last_end(&self, text: &str) -> Option<usize> {
        self.every(text).find_overlapping_iter(text).map(|m| m.end()).max()
    }

    /// [`WordList::last_end`] of the words whose span (start, end) `keep` accepts.
    pub fn last_end_where(&self, text: &str, keep: impl Fn(usize, usize) -> bool) -> Option<usize> {
        self.every(text)
            .find_overlapping_iter(text)
            .filter(|m| keep(m.start(), m.end()))
            .map(|m| m.end())
            .max()
    }

    /// The index in the list of the word whose last occurrence starts last; of words starting there,
    /// the later in the list (as `max_by_key` over `text.rfind(w)` picks). The stages ask it of many
    /// stretches of one text, through [`LastStarting`]; this is its reference in the tests.
    #[cfg(test)]
    pub fn last_starting(&self, text: &str) -> Option<usize> {
        self.every(text)
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.pattern().as_usize()))
            .max()
            .map(|(_, i)| i)
    }
}

/// A word found in a text: its byte span and the word.
pub(crate) type Hit = (Range<usize>, &'static str);

/// Several word lists searched together: one pass over a text gives what each list's
/// [`WordList::hits`] would. A stage that asks several lists of one long text pays one pass instead
/// of one per list (in the browser, a pass over a megabyte costs several milliseconds).
pub(crate) struct WordLists {
    lists: Vec<&'static WordList>,
    /// For each word of the automaton, the list it comes from, its index there and the word itself.
    owners: Vec<(usize, usize, &'static str)>,
    /// The words of every list, in the order of `owners`.
    words: Vec<&'static str>,
    /// Every occurrence of every word of every list, overlapping ones too (a DFA on a long text).
    every: Automaton,
}

impl WordLists {
    /// The searcher of `lists`.
    pub fn new(lists: Vec<&'static WordList>) -> WordLists {
        let owners = lists
            .iter()
            .enumerate()
            .flat_map(|(i, l)| l.words.iter().enumerate().map(move |(k, &w)| (i, k, w)))
            .collect::<Vec<_>>();
        let words = owners.iter().map(|&(_, _, w)| w).collect();
        WordLists {
            lists,
            owners,
            words,
            every: Automaton::new(MatchKind::Standard, Some(AhoCorasickKind::DFA)),
        }
    }

    /// The automaton of every word of every list for `text`, overlapping occurrences reported.
    fn every(&self, text: &str) -> &AhoCorasick {
        self.every.for_text(&self.words, text)
    }

    /// For each list, in the order given, every occurrence of its words in `text`, overlapping ones
    /// too, in the order found: (start, end, index of the word in its list); for
    /// [`FirstStart::new`] and [`LastStarting::new`].
    pub fn occurrences(&self, text: &str) -> Vec<Vec<(usize, usize, usize)>> {
        let mut found = vec![Vec::new(); self.lists.len()];
        for m in self.every(text).find_overlapping_iter(text) {
            let (list, word, _) = self.owners[m.pattern().as_usize()];
            found[list].push((m.start(), m.end(), word));
        }
        found
    }

    /// For each list, in the order given, its hits in `text` as [`WordList::hits`] gives them:
    /// leftmost-longest, each search going on after the word found. Those are found from all
    /// occurrences, sorted by start (the longest first): a word is a hit when it starts at or after
    /// the end of its list's previous hit. An occurrence `keep` refuses is passed over, so a word
    /// it hid is found (审|计委|员会: 委员会).
    pub fn hits(&self, text: &str, keep: impl Fn(usize, &Hit) -> bool) -> Vec<Vec<Hit>> {
        // By start, then the longest first (its end counted down from the largest), then the word.
        let mut found: Vec<(order::Key, usize)> = self
            .every(text)
            .find_overlapping_iter(text)
            .map(|m| (order::pair(m.start(), order::reverse(m.end())), m.pattern().as_usize()))
            .collect();
        order::sort_pairs(&mut found);
        let mut hits = vec![Vec::new(); self.lists.len()];
        let mut free = vec![0; self.lists.len()];
        for (key, word) in found {
            let (start, end) = ((key >> 32) as usize, order::reverse(key as u32 as usize));
            let (list, _, word) = self.owners[word];
            let hit = (start..end, word);
            if start >= free[list] && keep(list, &hit) {
                free[list] = end;
                hits[list].push(hit);
            }
        }
        hits
    }
}

/// The answers of [`WordList::last_starting`] for every stretch of one text, from one pass over it:
/// many look-ups in one long sentence (the modality of each of its figures) stay linear.
pub(crate) struct LastStarting {
    /// Where the occurrences end, sorted.
    ends: Vec<usize>,
    /// For the occurrences up to each one (in order of end): the greatest (start, word index).
    best: Vec<(usize, usize)>,
}

impl LastStarting {
    /// From every occurrence of a list's words in a text: (start, end, index of the word).
    pub fn new(occurrences: Vec<(usize, usize, usize)>) -> LastStarting {
        let mut found: Vec<(order::Key, usize)> =
            occurrences.into_iter().map(|(start, end, word)| (order::pair(end, start), word)).collect();
        order::sort_pairs(&mut found);
        let mut best: Vec<(usize, usize)> = Vec::with_capacity(found.len());
        for &(key, word) in &found {
            let start = key as u32 as usize;
            let here = best.last().map_or((start, word), |&b| b.max((start, word)));
            best.push(here);
        }
        LastStarting { ends: found.into_iter().map(|(key, _)| (key >> 32) as usize).collect(), best }
    }

    /// `list.last_starting(&text[from..to])`: the occurrences inside the stretch are those of the
    /// whole text that start at or after `from` and end by `to`.
    pub fn within(&self, from: usize, to: usize) -> Option<usize> {
        let k = self.ends.partition_point(|&e| e <= to);
        let &(start, word) = self.best.get(k.checked_sub(1)?)?;
        (start >= from).then_some(word)
    }
}

/// The answers of [`WordList::first_start`] for every stretch of one text, from one pass over it.
pub(crate) struct FirstStart {
    /// Every byte where a word starts, with the end of the shortest word starting there; sorted.
    starts: Vec<(usize, usize)>,
}

impl FirstStart {
    /// From every occurrence of a list's words in a text: (start, end, index of the word).
    pub fn new(occurrences: Vec<(usize, usize, usize)>) -> FirstStart {
        let mut starts: Vec<(order::Key, usize)> =
            occurrences.into_iter().map(|(s, e, _)| (s as order::Key, e)).collect();
        order::sort_pairs(&mut starts);
        starts.dedup_by_key(|&mut (s, _)| s);
        FirstStart { starts: starts.into_iter().map(|(s, e)| (s as usize, e)).collect() }
    }

    /// `list.first_start(&text[from..to])`, as a byte of the whole text.
    pub fn within(&self, from: usize, to: usize) -> Option<usize> {
        let first = self.starts.partition_point(|&(s, _)| s < from);
        // Only a start less than a word's length before `to` can hold a word running past it: the
        // search passes a few at most.
        self.starts[first..].iter().take_while(|&&(s, _)| s < to).find(|&&(_, e)| e <= to).map(|&(s, _)| s)
    }
}

/// The prepared answers of one list alone, for the tests: the stages prepare them with other lists',
/// from one [`WordLists::occurrences`] pass.
#[cfg(test)]
impl WordList {
    /// [`WordList::last_starting`] of every stretch of `text`, prepared in one pass.
    pub fn last_starting_in(&self, text: &str) -> LastStarting {
        LastStarting::new(self.occurrences(text))
    }

    /// [`WordList::first_start`] of every stretch of `text`, prepared in one pass.
    pub fn first_start_in(&self, text: &str) -> FirstStart {
        FirstStart::new(self.occurrences(text))
    }

    /// Every occurrence of the words in `text`, overlapping ones too: (start, end, index of the word).
    fn occurrences(&self, text: &str) -> Vec<(usize, usize, usize)> {
        self.every(text)
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }
}

/// Every occurrence of each of `words` in `text` as `str::match_indices` finds them (left to right,
/// not overlapping one another), for all the words in one pass: (index of the word, byte span), in
/// order of their end. A search per word was quadratic on a long paste naming many people and firms.
/// No word may be empty.
pub(crate) fn occurrences(text: &str, words: &[&str]) -> Vec<(usize, Range<usize>)> {
    if words.is_empty() {
        return Vec::new();
    }
    // No prefilter: names start with many different bytes, and its checks cost more than they skip
    // (a fifth of the search in the browser). A short text is searched with a contiguous NFA, as a
    // list's ([`DFA_FROM`]): the builder's choice for a few words is a DFA, whose building is then
    // most of the cost.
    let kind = (text.len() < DFA_FROM).then_some(AhoCorasickKind::ContiguousNFA);
    let automaton =
        AhoCorasick::builder().prefilter(false).kind(kind).build(words).expect("words build an automaton");
    // Where each word's last occurrence ends: the next one may not begin before.
    let mut free = vec![0; words.len()];
    let mut found = Vec::new();
    for m in automaton.find_overlapping_iter(text) {
        let word = m.pattern().as_usize();
        if m.start() >= free[word] {
            free[word] = m.end();
            found.push((word, m.range()));
        }
    }
    found
}

/// How often each of `words` occurs in `text` (as `str::matches` counts), all in one pass.
pub(crate) fn counts<'w>(text: &str, words: &[&'w str]) -> FxHashMap<&'w str, usize> {
    let mut counts: FxHashMap<&str, usize> = words.iter().map(|w| (*w, 0)).collect();
    let unique: Vec<&str> = counts.keys().copied().collect();
    for (word, _) in occurrences(text, &unique) {
        *counts.get_mut(unique[word]).expect("a word counted") += 1;
    }
    counts
}

/// The entries of a vocabulary file as a regex alternation (`a|b|c`, each entry escaped), in the
/// file's order: a regex tries the alternatives of a group from left to right.
pub(crate) fn alternation(source: &'static str) -> String {
    vocabulary(source).map(regex::escape).collect::<Vec<_>>().join("|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabulary_skips_comments_and_blanks() {
        let got: Vec<&str> = vocabulary("# what it is for\n园区\n\n  工业园 \n# more\n经开区").collect();
        assert_eq!(got, ["园区", "工业园", "经开区"]);
    }

    /// A long list's hits in a short text, from the words the text can hold, are the whole list's.
    #[test]
    fn long_list_hits_from_openings() {
        const WORDS: &[&str] = &["台积电", "台积", "鸿海", "海", "联发科", "发科技", "TCL中环", "中环"];
        let list = WordList::long(WORDS);
        for text in ["", "台积电与鸿海、联发科技", "TCL中环海上", "台积台积电电", "无关的话"]
        {
            let whole: Vec<Hit> = list
                .longest(text)
                .find_iter(text)
                .map(|m| (m.range(), WORDS[m.pattern().as_usize()]))
                .collect();
            assert_eq!(list.hits_of_openings(text), whole, "{text}");
        }
    }

    /// Each answer equals the search per word it replaces.
    #[test]
    fn answers_as_a_search_per_word() {
        const WORDS: &[&str] = &["建设", "设立", "充分发挥", "发挥", "立", "设"];
        let list = WordList::new(WORDS);
        for text in ["", "建设立项", "充分发挥作用", "发挥充分发挥", "立设建设", "无关", "设立建设设"]
        {
            let first = WORDS.iter().filter_map(|w| text.find(w)).min();
            let last_end = WORDS.iter().filter_map(|w| text.rfind(w).map(|i| i + w.len())).max();
            let last_starting = WORDS
                .iter()
                .enumerate()
                .filter_map(|(i, w)| text.rfind(w).map(|at| (at, i)))
                .max_by_key(|(at, _)| *at)
                .map(|(_, i)| i);
            assert_eq!(list.occurs_in(text), WORDS.iter().any(|w| text.contains(w)), "occurs in {text}");
            assert_eq!(list.first_start(text), first, "first start in {text}");
            assert_eq!(list.last_end(text), last_end, "last end in {text}");
            assert_eq!(list.last_starting(text), last_starting, "last starting in {text}");
        }
    }

    /// The prepared answers equal the searches of each stretch.
    #[test]
    fn prepared_answers_as_searches_of_each_stretch() {
        const WORDS: &[&str] = &["建设", "设立", "充分发挥", "发挥", "立", "设"];
        let list = WordList::new(WORDS);
        for text in ["", "建设立项", "充分发挥作用发挥", "立设建设", "无关", "设立建设设"]
        {
            let (last, first) = (list.last_starting_in(text), list.first_start_in(text));
            let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            for &from in &bounds {
                for &to in bounds.iter().filter(|&&to| to >= from) {
                    let part = &text[from..to];
                    assert_eq!(last.within(from, to), list.last_starting(part), "{text} {from}..{to}");
                    let expected = list.first_start(part).map(|i| from + i);
                    assert_eq!(first.within(from, to), expected, "{text} {from}..{to}");
                }
            }
        }
    }

    /// A text of [`DFA_FROM`] bytes or more is searched with a DFA, a shorter one with an NFA: the two
    /// find the same words.
    #[test]
    fn long_texts_are_searched_as_short_ones() {
        let list = WordList::new(&["园区", "工业园区", "工业园", "区", "成都工", "和园"]);
        let unit = "成都工业园区和园区，工业园区区园。";
        let long = unit.repeat(DFA_FROM / unit.len() + 1);
        for automaton in [&list.longest, &list.every] {
            let (nfa, dfa) = (automaton.for_text(&list.words, unit), automaton.for_text(&list.words, &long));
            assert_eq!((nfa.kind(), dfa.kind()), (AhoCorasickKind::ContiguousNFA, AhoCorasickKind::DFA));
            let spans = |a: &AhoCorasick| -> Vec<_> {
                if a.match_kind() == MatchKind::Standard {
                    a.find_overlapping_iter(&long).map(|m| (m.range(), m.pattern())).collect()
                } else {
                    a.find_iter(&long).map(|m| (m.range(), m.pattern())).collect()
                }
            };
            assert_eq!(spans(nfa), spans(dfa));
        }
    }

    #[test]
    fn hits_are_longest_and_apart() {
        let list = WordList::new(&["园区", "工业园区", "工业园"]);
        let hits: Vec<_> = list.hits("成都工业园区和园区").into_iter().map(|(_, w)| w).collect();
        assert_eq!(hits, ["工业园区", "园区"]);
    }

    /// One pass over several lists gives each list's own hits and occurrences (a word in two lists,
    /// words that overlap, a list whose words are inside another's).
    #[test]
    fn lists_searched_together_hit_as_each_alone() {
        use std::sync::LazyLock;
        static A: LazyLock<WordList> = LazyLock::new(|| WordList::new(&["园区", "工业园区", "工业园", "区"]));
        static B: LazyLock<WordList> = LazyLock::new(|| WordList::new(&["园区", "业园", "和", "成都工"]));
        static C: LazyLock<WordList> = LazyLock::new(|| WordList::new(&["aa", "a", "aba"]));
        let together = WordLists::new(vec![&*A, &*B, &*C]);
        for text in ["", "成都工业园区和园区", "园区园区区", "abababa aaa", "工业园区区园"]
        {
            let hits = together.hits(text, |_, _| true);
            let occurrences = together.occurrences(text);
            for (i, list) in [&*A, &*B, &*C].into_iter().enumerate() {
                assert_eq!(hits[i], list.hits(text), "list {i} in {text}");
                let (mut mine, mut alone) = (occurrences[i].clone(), list.occurrences(text));
                mine.sort_unstable();
                alone.sort_unstable();
                assert_eq!(mine, alone, "occurrences of list {i} in {text}");
            }
        }
    }

    /// Each word's occurrences are those `str::match_indices` finds; counts are `str::matches`'.
    #[test]
    fn occurrences_as_match_indices() {
        let words = ["aa", "a", "aba", "园区"];
        for text in ["", "aaa", "abababa", "aaba园区园区", "园区a"] {
            let found = occurrences(text, &words);
            for (i, w) in words.iter().enumerate() {
                let mine: Vec<_> = found.iter().filter(|(j, _)| *j == i).map(|(_, s)| s.start).collect();
                let std: Vec<_> = text.match_indices(w).map(|(at, _)| at).collect();
                assert_eq!(mine, std, "{w} in {text}");
                assert_eq!(counts(text, &words)[w], text.matches(w).count(), "{w} in {text}");
            }
        }
    }
}
