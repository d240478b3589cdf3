//! Sentence and clause boundaries: the one place that says which marks end what.
//!
//! A sentence ends at 。！？ (or their ASCII forms) and at a paragraph break (`\n`: the body has one
//! paragraph per line); a clause ends at a sentence end or at a clause mark (，；：、 and ASCII forms).

/// Marks that end a sentence.
pub const SENTENCE_END: &[char] = &['。', '！', '？', '!', '?'];

/// Marks that end a clause inside a sentence.
pub const CLAUSE_MARK: &[char] = &['，', ',', '；', ';', '：', ':', '、'];

/// Whether `c` ends a sentence: a sentence mark or a paragraph break.
pub fn ends_sentence(c: char) -> bool {
    SENTENCE_END.contains(&c) || c == '\n'
}

/// Whether `c` ends a clause: it ends a sentence or is a clause mark.
pub fn ends_clause(c: char) -> bool {
    ends_sentence(c) || CLAUSE_MARK.contains(&c)
}

/// An ellipsis (…): a sentence may end with one, where prose trails off (……).
pub const ELLIPSIS: char = '…';

/// Whether `c` ends a sentence or a semicolon clause (；): the scope of word co-occurrence for the
/// keywords and of a cooperation statement, where news prose strings sentence-long clauses with ；.
pub fn ends_period(c: char) -> bool {
    ends_sentence(c) || c == '；'
}

/// Whether `c` ends a sentence or a comma or semicolon clause, but not a list item (、) or a colon's
/// lead-in: the stretch a timeline entry quotes around its date.
pub fn ends_comma_clause(c: char) -> bool {
    ends_sentence(c) || matches!(c, '，' | ',' | '；' | ';')
}

/// Marks that, inside a short quoted stretch, show it is a passage rather than a slogan or a name
/// (the figures stage leaves the numbers of “五个聚焦” out). Narrower than a clause end on purpose: a
/// slogan may list its parts with 、 (“两个确保、三个聚焦”), end in ！ or hold a colon.
pub const QUOTE_BREAK: &[char] = &['，', '。', ',', '；', '\n'];

/// Semicolons: they end a clause as independent as a sentence.
pub const SEMICOLON: &[char] = &['；', ';'];

/// Whether `c` ends a sentence or a clause as independent as one (a semicolon): the dates stage's
/// span for taking a year from the context, wider than [`ends_sentence`] because lists of dated items
/// are joined with ；.
pub fn ends_sentence_or_semicolon(c: char) -> bool {
    ends_sentence(c) || SEMICOLON.contains(&c)
}

/// Closing quotation marks: a sentence end inside a quote ends the sentence after them (“……。”).
pub const CLOSING_QUOTE: &[char] = &['”', '’', '」', '』'];

/// Whether `c` is the punctuation of prose, the clean stage's mark of a line of article text: a
/// sentence or clause mark, or the ellipsis `…`, but not the ASCII colon (`08:40`, `http:`), which
/// lines of page chrome print as often as prose does.
pub fn is_prose_punct(c: char) -> bool {
    c == '…' || (c != ':' && (SENTENCE_END.contains(&c) || CLAUSE_MARK.contains(&c)))
}

/// The sentences of `text` as byte spans that cover it: each ends after a sentence mark and the
/// closing quotes that follow it (“……。”), after a paragraph break, or at the text's end. The one
/// splitter of the passages a page repeats (the clean stage folds them, the figures and dates stages
/// list their facts once); the summary cuts its own sentences, leaving headings out.
pub fn sentences(text: &str) -> impl Iterator<Item = super::Span> + '_ {
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some((i, c)) = chars.next() {
            if !ends_sentence(c) {
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, q)) = chars.peek().filter(|&&(_, q)| CLOSING_QUOTE.contains(&q)) {
                end = j + q.len_utf8();
                chars.next();
            }
            let sentence = start..end;
            start = end;
            return Some(sentence);
        }
        let rest = start..text.len();
        start = text.len();
        (!rest.is_empty()).then_some(rest)
    })
}

/// How far a clause around a point is looked for, in characters ([`reach_start`], [`reach_end`]): the
/// words a figure or a list is read for stand near it, and a scan to a clause's end from every point of
/// a paste without punctuation would be quadratic.
pub const REACH: usize = 60;

/// Where the stretch before byte `at` starts: just after the last character before `at` that `ends`
/// marks, or `reach` characters back.
pub fn reach_start(text: &str, at: usize, ends: fn(char) -> bool, reach: usize) -> usize {
    let mut start = at;
    for (i, c) in text[..at].char_indices().rev().take(reach) {
        if ends(c) {
            return i + c.len_utf8();
        }
        start = i;
    }
    start
}

/// Where the stretch from byte `at` ends: at the first character from `at` on that `ends` marks, or
/// `reach` characters on.
pub fn reach_end(text: &str, at: usize, ends: fn(char) -> bool, reach: usize) -> usize {
    let mut end = at;
    for (i, c) in text[at..].char_indices().take(reach) {
        if ends(c) {
            return at + i;
        }
        end = at + i + c.len_utf8();
    }
    end
}

/// Where the marks of one kind stand in a text (the byte each starts at), found in one pass: the
/// start and end of the sentence or clause around any byte by binary search. A scan from each figure
/// or date to its sentence's ends made many look-ups in one long sentence (a paste without line
/// breaks or punctuation) quadratic.
pub(crate) struct Marks<'a> {
    text: &'a str,
    at: Vec<usize>,
}

impl<'a> Marks<'a> {
    /// The marks of `text` for which `ends` holds.
    pub(crate) fn new(text: &'a str, ends: fn(char) -> bool) -> Marks<'a> {
        Marks { text, at: text.char_indices().filter(|&(_, c)| ends(c)).map(|(i, _)| i).collect() }
    }

    /// Where the stretch holding byte `at` starts: just after the last mark before `at`, else 0 (as
    /// `text[..at].rfind(ends)` finds).
    pub(crate) fn start_of(&self, at: usize) -> usize {
        match self.at.partition_point(|&m| m < at) {
            0 => 0,
            k => {
                let m = self.at[k - 1];
                m + self.text[m..].chars().next().map_or(1, char::len_utf8)
            }
        }
    }

    /// Where the stretch holding byte `at` ends: at the first mark from `at` on, else the text's end
    /// (as `text[at..].find(ends)` finds).
    pub(crate) fn end_of(&self, at: usize) -> usize {
        self.at.get(self.at.partition_point(|&m| m < at)).copied().unwrap_or(self.text.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each answer equals the scan it replaces, at every byte.
    #[test]
    fn marks_answer_as_a_scan() {
        for text in ["", "园区，产值。增长", "，。", "a,b;c\n。d", "没有标点"] {
            let marks = Marks::new(text, ends_clause);
            for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let start = text[..at]
                    .rfind(ends_clause)
                    .map_or(0, |i| i + text[i..].chars().next().unwrap().len_utf8());
                let end = text[at..].find(ends_clause).map_or(text.len(), |i| at + i);
                assert_eq!((marks.start_of(at), marks.end_of(at)), (start, end), "{text} at {at}");
            }
        }
    }

    #[test]
    fn sentences_cover_the_text_and_keep_their_closing_quotes() {
        let text = "他说：“增长了。”下一句！\n标题\n最后";
        let cut: Vec<&str> = sentences(text).map(|s| &text[s]).collect();
        assert_eq!(cut, ["他说：“增长了。”", "下一句！", "\n", "标题\n", "最后"]);
        assert_eq!(sentences("").count(), 0);
    }

    /// Within reach, a stretch is the scan's to the nearest mark; a paste without marks stops at the reach.
    #[test]
    fn reaches_stop_at_a_mark_or_the_reach() {
        let text = "甲乙，丙丁戊、己";
        let at = text.find('丁').unwrap();
        assert_eq!(&text[reach_start(text, at, ends_clause, REACH)..at], "丙");
        assert_eq!(&text[at..reach_end(text, at, ends_clause, REACH)], "丁戊");
        assert_eq!(&text[reach_start(text, at, ends_clause, 1)..reach_end(text, at, ends_clause, 1)], "丙丁");
        let long = "园".repeat(100);
        assert_eq!(long[..reach_start(&long, long.len(), ends_clause, REACH)].chars().count(), 40);
        assert_eq!(reach_end(&long, 0, ends_clause, REACH), REACH * '园'.len_utf8());
        assert_eq!((reach_start("", 0, ends_clause, REACH), reach_end("", 0, ends_clause, REACH)), (0, 0));
    }

    #[test]
    fn sentence_and_clause_ends() {
        assert!(ends_sentence('。') && ends_sentence('?') && ends_sentence('\n'));
        assert!(!ends_sentence('，') && ends_clause('，') && ends_clause('、') && ends_clause('！'));
        assert!(!ends_clause('园') && !ends_clause('—'));
    }
}
