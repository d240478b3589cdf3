//! People with their roles: a name after a title (州委副书记邓立军, 眉山市委副书记、市长黄河, 云南五华
//! 产业园党工委委员、管委会副主任陈旋) or before a verb of speaking with a surname (陈旋介绍). The role is
//! the whole printed title, the body it names included; that body is an organisation of its own.

use super::lexicon::{
    COMPOUND_SURNAMES, CORPORATE_TITLES, GOVERNING_VERBS, HONORIFICS, LEVEL_CHARS, NAMED_BODIES,
    NATIONAL_PREFIXES, ORG_SUFFIXES, SPEECH_VERBS, TITLES, TITLE_RANKS, TRANSLITERATION,
};
use super::names::{prefix, Reach};
use super::{companies, organisations, Candidate, Near};
use crate::model::EntityType;
use crate::text::chars::among;
use crate::text::chars::{is_han, is_surname};
use crate::text::segment;
use crate::text::words::{counts, Hit, WordList};
use crate::text::Span;
use std::sync::LazyLock;

/// The titles before a name, found in one pass.
pub(super) static TITLE_WORDS: LazyLock<WordList> = LazyLock::new(|| WordList::new(TITLES.iter()));

/// The honorifics before a name, found in one pass.
pub(super) static HONORIFIC_WORDS: LazyLock<WordList> = LazyLock::new(|| WordList::new(HONORIFICS.iter()));

/// The speech verbs after a name, found in one pass.
pub(super) static SPEECH_WORDS: LazyLock<WordList> = LazyLock::new(|| WordList::new(SPEECH_VERBS.iter()));

/// Words after a title naming its nominee (副县长提名人选, 市长候选人).
const NOMINEES: [&str; 2] = ["提名人选", "候选人"];

/// A firm's short name before a corporate title: read as a firm's name before its suffix is (see
/// [`companies::REACH`]), a short name's fewer characters.
const FIRM_REACH: Reach = Reach { max_chars: 12, ..companies::REACH };

/// Every person named with a title or a verb of speaking in `text`.
/// `bodies` are the organisation, park and company candidates a title may name.
pub(super) fn find(text: &str, bodies: &[Candidate], hits: &super::Hits) -> Vec<Candidate> {
    let bodies = Near::new(bodies);
    // Each title with where its name starts (after an honorific: 市长拿督|阿斯曼沙) and its length.
    // A name after an honorific that no title precedes (拿督斯里林国强及丹斯里王明华) is read the same
    // way, with no role: the flag says whether a title opens it.
    let titled: Vec<(Span, usize, usize, bool)> = hits
        .titles
        .iter()
        .cloned()
        .filter_map(|(title, _)| {
            // 副县长|提名人选|徐绪忠: a nominee for a title is named after both, the role the whole.
            let title = title.start
                ..title.end
                    + NOMINEES.iter().find(|n| text[title.end..].starts_with(**n)).map_or(0, |n| n.len());
            // 担任裕廊集团主席的|陈聪敏, 身为总裁的|李文华: after a post taken earlier in the clause, 的 joins
            // the title to its holder's name.
            let held = text[title.end..].starts_with('的') && {
                let from = text[..title.start].char_indices().rev().nth(15).map_or(0, |(i, _)| i);
                let clause =
                    text[from..title.start].rsplit(['，', '。', ',', '；', '：']).next().unwrap_or("");
                POSTS_TAKEN.iter().any(|p| clause.contains(p))
            };
            let after = title.end + if held { '的'.len_utf8() } else { 0 };
            let honorific = HONORIFICS.iter().find(|h| text[after..].starts_with(**h));
            let at = after + honorific.map_or(0, |h| h.len());
            let len = match honorific {
                Some(_) => name_after_honorific(text, at)?,
                // 州务大臣|翁哈菲兹: a surname-initial foreign name jieba does not join is read as one.
                // 执行总监|莫哈末伊斯迈: a Chinese reading made of transliteration characters only (莫哈末)
                // gives way to a longer foreign one.
                None => {
                    let chinese = name_at(text, at)
                        // 陈志强等|立委|餐叙: a title that people before it hold names no one after it.
                        .or_else(|| {
                            let held_before = text[..title.start].ends_with('等')
                                || name_before_title(text, title.start, &bodies).is_some();
                            unknown_name_at(&text[at..]).filter(|_| !held_before)
                        })
                        .filter(|&len| text[at..at + len].chars().count() >= 2);
                    let foreign = transliterated_at(text, at);
                    match (chinese, foreign) {
                        (Some(c), Some(f))
                            if f > c && text[at..at + c].chars().all(|ch| TRANSLITERATION.contains(ch)) =>
                        {
                            f
                        }
                        (c, f) => c.or(f)?,
                    }
                }
            };
            // 担任主席的|任务: after 的 a common word of the dictionary opens no name.
            let common = || {
                segment::tagged(&text[at..at + len]).first().is_some_and(|(w, tag)| {
                    w.chars().count() > 1 && segment::in_dictionary(w) && (common_word(tag) || *tag == "n")
                })
            };
            if held && common() {
                return None;
            }
            Some((title.clone(), at, len, true))
        })
        .chain(
            hits.honorifics
                .iter()
                .filter(|(h, _)| untitled_honorific(text, h, hits))
                .filter_map(|(h, _)| Some((h.clone(), h.end, name_after_honorific(text, h.end)?, false))),
        )
        .collect();
    // A two-character name that the article always prints with the same third character is a
    // three-character name jieba cut short (邓立|军率 when 邓立军 recurs): count both forms, all at once.
    let forms: Vec<(&str, &str)> =
        titled.iter().filter_map(|&(_, at, len, _)| longer_form(text, at, len)).collect();
    let words: Vec<&str> = forms.iter().flat_map(|&(short, long)| [short, long]).collect();
    let counts = counts(text, &words);
    let mut found = Vec::new();
    for (title, at, len, has_role) in titled {
        let len = match longer_form(text, at, len) {
            Some((short, long)) if counts[long] >= 2 && counts[long] == counts[short] => long.len(),
            _ => len,
        };
        // 陈金锡则认为, 吴刚曾在, 陈明说: an adverb or a verb of speaking glued to a name is not part of it.
        let name = &text[at..at + len];
        let len = match name.strip_suffix(GLUED_AFTER_NAME) {
            Some(short) if (3..=4).contains(&name.chars().count()) => short.len(),
            _ => glued_function_word(name).unwrap_or(len),
        };
        // 局长陈志|明说: jieba glued a three-character name's last character to the verb after it.
        let len = match text[at..at + len].chars().count() {
            2 => len + glued_to_speech(text, at + len, &hits.speech).unwrap_or(0),
            _ => len,
        };
        if !(2..=TRANSLITERATED_MAX).contains(&text[at..at + len].chars().count()) {
            continue;
        }
        // 安瓦尔·易卜拉欣: a foreign name's parts joined by a middle dot.
        let len = len + dotted_parts(&text[at + len..]);
        // 顾问|于贸促|局: a body found across the name's end makes it no name (于, the preposition).
        let end = at + len;
        if bodies.around(at..end).any(|b| at < b.span.start && b.span.start < end && b.span.end > end) {
            continue;
        }
        if !has_role {
            found.push(Candidate::new(at..at + len, EntityType::Person));
            continue;
        }
        let (mut role_start, unfound) = role_start(text, title.start, &bodies);
        // 经联部部长, 民盟中央主席: a body read back from before its title is an organisation of its own.
        found.extend(unfound.into_iter().map(|body| Candidate::new(body, EntityType::Organization)));
        // 东阳实业副总经理: a corporate title with no known body before it names a firm.
        let chain = chain_start(text, title.start);
        // Oliver Packaging|东南亚|总经理: a regional division found as a place opens no role of its own.
        let divided = super::lexicon::FIRM_DIVISIONS.contains(&&text[role_start.min(chain)..chain]);
        let former = role_start < chain && &text[role_start..chain] == "前";
        if (role_start == chain || divided || former) && CORPORATE_TITLES.contains(&&text[title.clone()]) {
            // 輝達（NVIDIA）執行長: the firm's Latin name in brackets between its name and the title is
            // the firm's too.
            let latin = super::companies::latin_in_brackets_before(text, chain);
            if let Some(firm) = firm_before(text, latin.as_ref().map_or(chain, |(open, _)| *open)) {
                role_start = firm.start;
                found.push(Candidate::new(firm, EntityType::Company));
                found.extend(latin.map(|(_, name)| Candidate::new(name, EntityType::Company)));
            }
        }
        let mut c = Candidate::new(at..at + len, EntityType::Person);
        c.role = Some(role_start..title.end);
        found.push(c);
    }
    for (verb, _) in hits.speech.iter().cloned() {
        // A name found after its title is not read again with the title's last character (主任张明表示).
        if found.iter().any(|c: &Candidate| c.kind == EntityType::Person && c.span.end == verb.start) {
            continue;
        }
        // 张淑贤|并|表示: one adverb between a name and its verb of speaking is the verb's.
        let adverb = text[..verb.start].chars().next_back().filter(|c| SPEECH_ADVERBS.contains(c));
        let ends = [Some(verb.start), adverb.map(|c| verb.start - c.len_utf8())];
        'ends: for before in ends.iter().flatten().map(|&end| &text[..end]) {
            // 主任张明|也|表示: a name found after its title is not read again before the adverb.
            if found.iter().any(|c: &Candidate| c.kind == EntityType::Person && c.span.end == before.len()) {
                break;
            }
            for len in [4, 3, 2] {
                let Some((at, _)) = before.char_indices().rev().nth(len - 1) else { continue };
                let name = &before[at..];
                // 欧阳建国说: four characters only with a compound surname.
                if len == 4 && !COMPOUND_SURNAMES.iter().any(|s| name.starts_with(s)) {
                    continue;
                }
                let tagged = segment::tagged(name);
                // 党支部|带领, 党委|表示: a common noun or an abbreviation (j) of the dictionary is no name.
                let common =
                    tagged.first().is_some_and(|&(_, tag)| common_word(tag) || tag == "n" || tag == "j");
                // 说|明会|指出: a name starts a word of its own (not 明 of 说明会, a briefing).
                let opens = text[..at].chars().next_back().map_or(true, |c| !is_han(c))
                    || organisations::starts_word(text, at, verb.start);
                if name.chars().all(is_han)
                && has_surname(name)
                && opens
                // 黄委|表示, 工作组|率领: a body's organ, whatever jieba reads, names no one.
                && !ORGAN_ENDS.iter().any(|e| name.ends_with(e))
                && (tagged.len() == 1 && !common || split_at_clause_start(text, at, &tagged))
                {
                    found.push(Candidate::new(at..before.len(), EntityType::Person));
                    break 'ends;
                }
            }
        }
    }
    // 习近平总书记: a name before a title that no name follows.
    let followed: rustc_hash::FxHashSet<usize> =
        found.iter().filter_map(|c| Some(c.role.as_ref()?.end)).collect();
    for (title, _) in hits.titles.iter() {
        // 马登|董事局, 某某|董事会: a firm's board, no title of a person before it.
        if followed.contains(&title.end)
            || companies::FIRM_ORGANS.iter().any(|o| text[title.start..].starts_with(o))
        {
            continue;
        }
        // 郑玲|副|会长: the rank words before a title are the title's, no part of the name.
        let mut start = title.start;
        while let Some(rank) = TITLE_RANKS.iter().find(|r| text[..start].ends_with(**r)) {
            start -= rank.len();
        }
        if let Some(at) = name_before_title(text, start, &bodies) {
            let mut c = Candidate::new(at..start, EntityType::Person);
            c.role = Some(start..title.end);
            found.push(c);
        } else if let Some(end) = text[..start].strip_suffix('等').map(str::len) {
            // 王明、李华、陈强等|立委: the people listed before 等 share the title after it.
            if let Some(at) = name_before_title(text, end, &bodies) {
                let people = listed_with(text, at..end)
                    .into_iter()
                    .chain([Candidate::new(at..end, EntityType::Person)]);
                found.extend(people.map(|mut c| {
                    c.role = Some(start..title.end);
                    c
                }));
            }
        } else if let Some((at, open)) = bracketed_title(text, start, title.end, &bodies) {
            // 陈家齐（港投公司行政总裁）: a title in brackets right after a name is its role.
            let mut c = Candidate::new(at..open.start, EntityType::Person);
            c.role = Some(open.end..title.end);
            found.push(c);
        }
    }
    // 范群博士, 王芳女士, 李国华先生: a name right before a courtesy word or a doctor's degree, which
    // say a person is named, with no role; read as a name before a title (黄先生, a surname alone, is
    // none).
    // The names' ends, collected once (a look over `found` per hit made a page of names quadratic).
    let ends: rustc_hash::FxHashSet<usize> =
        found.iter().filter(|c| c.kind == EntityType::Person).map(|c| c.span.end).collect();
    for (at, _) in ADDRESSED.iter().flat_map(|w| text.match_indices(*w)) {
        if ends.contains(&at) {
            continue;
        }
        // 谢谢|先生, 宝宝: a doubled character is a word, no surname and given name.
        let doubled = |name: &str| {
            let mut chars = name.chars();
            name.chars().count() == 2 && chars.next() == chars.next()
        };
        if let Some(name) = name_before_title(text, at, &bodies).filter(|&n| !doubled(&text[n..at])) {
            found.push(Candidate::new(name..at, EntityType::Person));
        }
    }
    // A name's own title, printed with it anywhere, beats a role shared from a list or a level's
    // leaders (县领导|李明、王强 … 县委书记李明 → 县委书记).
    // The first title printed with a name is its own, as `share_roles` (entities) gives it to the
    // name's untitled mentions.
    let mut own: rustc_hash::FxHashMap<&str, Span> = rustc_hash::FxHashMap::default();
    for c in &found {
        if let Some(role) = &c.role {
            own.entry(&text[c.span.clone()]).or_insert_with(|| role.clone());
        }
    }
    let titled = found.len();
    found.extend(after_leaders(text, &bodies));
    // 副市长张三、李四: the names listed after a titled one share its title; a name with a title of
    // its own, found first, keeps that one.
    let listed: Vec<Candidate> = found
        .iter()
        .filter(|c| c.kind == EntityType::Person)
        .flat_map(|c| {
            listed_with(text, c.span.clone()).into_iter().map(|mut n| {
                n.role = c.role.clone().filter(|_| n.span.start > c.span.start);
                n
            })
        })
        .collect();
    found.extend(listed);
    for c in &mut found[titled..] {
        if let (Some(role), Some(_)) = (own.get(&text[c.span.clone()]), &c.role) {
            c.role = Some(role.clone());
        }
    }
    // 黄先生, 陈女士: a surname and a courtesy word address someone unnamed; 厂商们: a plural is no name;
    // 商经局: a bureau's short form opening with a surname's character is no name either.
    // A name read after its honorific and again as a titled list's item keeps the list's role.
    let roled: Vec<Span> = found.iter().filter(|c| c.role.is_some()).map(|c| c.span.clone()).collect();
    found.retain(|c| {
        let name = &text[c.span.clone()];
        !(c.kind == EntityType::Person
            && (COURTESY.iter().any(|w| name.ends_with(w))
                || name.ends_with(['们', '局', '厅', '署'])
                || (c.role.is_none() && roled.contains(&c.span))))
    });
    found
}

/// The name and the opening bracket before a title that closes a bracket right after the name
/// (陈家齐|（|港投公司行政总裁）, 黄伟纶(财政司副司长)): the bracket holds the title's chain only (no
/// other bracket, at most [`BRACKETED_ROLE_MAX`] characters) and the name is one [`name_before_title`]
/// reads.
fn bracketed_title(text: &str, title: usize, end: usize, bodies: &Near) -> Option<(usize, Span)> {
    if !text[end..].starts_with(['）', ')']) {
        return None;
    }
    let (i, open) = text[..title]
        .char_indices()
        .rev()
        .take(BRACKETED_ROLE_MAX)
        .find(|(_, c)| !is_han(*c) && *c != '、')?;
    if !['（', '('].contains(&open) {
        return None;
    }
    let open = i..i + open.len_utf8();
    name_before_title(text, open.start, bodies).map(|at| (at, open))
}

/// The most characters of a role in brackets before its title (港投公司行政|总裁).
const BRACKETED_ROLE_MAX: usize = 24;

/// Where a name printed right before a title begins (是|习近平|总书记, 向|王刚|部长): three or two Han
/// characters with a surname that the dictionary does not know as a word (not 区委, 公司, 协会) or knows as
/// a person's name, opening the text, a clause or after a function word (是, 向, 由 …).
/// Called per title that no name follows; segments only the few characters before it.
fn name_before_title(text: &str, title: usize, bodies: &Near) -> Option<usize> {
    let before = &text[..title];
    [3, 2].into_iter().find_map(|n| {
        let at = before.char_indices().rev().nth(n - 1)?.0;
        let name = &before[at..];
        // 工业局|杨伯耕|副局长, 开发区|陈大庆|副主任: a body found right before the name opens it too.
        let opens = before[..at].chars().next_back().map_or(true, |c| {
                let mut buf = [0u8; 4];
                !is_han(c) || super::lexicon::STOP_WORDS.contains(&&*c.encode_utf8(&mut buf))
            }) || bodies.around(at..at).any(|b| b.span.end == at && b.kind != EntityType::Place)
            // 贯彻|习近平|总书记: a governing verb before it; 邀请|范群|博士: a word introducing a person.
            || GOVERNING_VERBS.iter().any(|v| before[..at].ends_with(v))
            || HONORIFIC_OPENERS.iter().any(|w| before[..at].ends_with(w));
        // The character tests first: jieba is asked only about a likely name; one ending in a stop word
        // is none (项目为|代表: 为 before a title is the verb "be").
        let glued = name.chars().next_back().is_some_and(|c| {
            let mut buf = [0u8; 4];
            super::lexicon::STOP_WORDS.contains(&&*c.encode_utf8(&mut buf))
        });
        if !(opens && !glued && name.chars().all(is_han) && has_surname(name)) {
            return None;
        }
        let tagged = segment::tagged(name);
        let person = tagged.first().is_some_and(|&(w, tag)| w == name && tag.starts_with("nr"));
        let known = segment::in_dictionary(name) && !person;
        // 向|王毅: a preposition or another function word that is also a surname opens no name.
        // A verb may be a surname right after a body found (发展局|戴建业|局长).
        let after_body = bodies.around(at..at).any(|b| b.span.end == at && b.kind != EntityType::Place);
        let function = tagged.first().is_some_and(|&(w, tag)| {
            w.chars().count() == 1 && function_tag(tag) && !(n == 3 && after_body && tag.starts_with('v'))
        });
        // 林管|局长: before a title opening with a department's ending, two characters may be a body's
        // short form fused with it (林管局); a name there has three or is known.
        // 华团|代表: so is one ending in a group's or society's word (华团, 华社, 商会), before any title.
        let fused = n == 2
            && !person
            && (text[title..].starts_with(['局', '厅', '署', '处', '司', '部'])
                || name.ends_with(['团', '社', '会']));
        // 文莱|代表: a place is no name.
        let place = crate::text::gazetteer::GAZETTEER.lookup(name).is_some();
        (!known && !function && !fused && !place).then_some(at)
    })
}

/// Adverbs that may stand between a name and its verb of speaking (张淑贤并表示, 李明也指出).
const SPEECH_ADVERBS: [char; 6] = ['并', '也', '亦', '则', '还', '又'];

/// Characters jieba glues to the end of a name after a title: adverbs (则, 也, 曾, 将 and 已 of tense:
/// 主任李强将|出席), verbs of speaking (说, 称, 指), 作 of 作了发言, 作报告, 率 of a leader heading a body
/// (副县长周平率|投资促进局) and 今 of a day (部长王大明今|上任); no given name ends in one.
const GLUED_AFTER_NAME: [char; 15] =
    ['则', '也', '就', '还', '亦', '曾', '又', '将', '已', '说', '称', '指', '作', '率', '今'];

/// The length of a name after an honorific (拿督|翁哈菲兹, 丹斯里|卢成全|上议员): a foreign or a
/// Chinese name, the longer reading.
fn name_after_honorific(text: &str, at: usize) -> Option<usize> {
    name_at(text, at)
        .filter(|&len| text[at..at + len].chars().count() >= 2)
        .into_iter()
        .chain(transliterated_at(text, at))
        .max()
}

/// Whether an honorific opens a name with no title before it: at a clause's start or after a list's
/// joiner or a word that introduces a person (及拿督林强, 包括丹斯里王华); any other word before it makes
/// the honorific a part of that word (峇眼拿督, a place).
fn untitled_honorific(text: &str, honorific: &Span, hits: &super::Hits) -> bool {
    let before = &text[..honorific.start];
    let opened = before.chars().next_back().map_or(true, |c| !is_han(c))
        || HONORIFIC_OPENERS.iter().any(|w| before.ends_with(w));
    opened && !hits.titles.iter().any(|(t, _)| t.end == honorific.start)
}

/// Verbs of taking or holding a post, before a title that 的 joins to its holder (担任…主席的陈某).
const POSTS_TAKEN: [&str; 5] = ["担任", "出任", "身为", "时任", "现任"];

/// The words after which an honorific opens a name: a list's joiners, and words introducing a person
/// (an appointment's too: 委任拿督某某, which jieba tags a noun).
const HONORIFIC_OPENERS: [&str; 11] =
    ["及", "和", "与", "、", "由", "向", "邀请", "包括", "如", "委任", "任命"];

/// The length of the character after a two-character name that jieba read as one word with the verb
/// of speaking after it (陈志|明说, 林国|华称): the name's third character.
fn glued_to_speech(text: &str, end: usize, speech: &[Hit]) -> Option<usize> {
    let c = text[end..].chars().next().filter(|&c| is_han(c) && !GLUED_AFTER_NAME.contains(&c))?;
    let verb = speech.binary_search_by_key(&(end + c.len_utf8()), |(v, _)| v.start).ok()?;
    let glued = segment::tagged(&text[end..speech[verb].0.end]).len() == 1;
    glued.then(|| c.len_utf8())
}

/// The length of a name of four characters with one surname once a function character jieba glued
/// to its end is cut off (张翊浩致|欢迎辞, 李玉文为|团长, 李有泽等, 卓荣泰应|说明): a Chinese given name has at
/// most two characters, so the fourth is the next word's (a stop word, 致 of 致辞, or the modal 应 or 会).
fn glued_function_word(name: &str) -> Option<usize> {
    let last = name.chars().next_back()?;
    let mut buf = [0u8; 4];
    let glued = ['致', '应', '会'].contains(&last)
        || super::lexicon::STOP_WORDS.contains(&&*last.encode_utf8(&mut buf));
    let single = !COMPOUND_SURNAMES.iter().any(|s| name.starts_with(s));
    (name.chars().count() == 4 && single && glued).then(|| name.len() - last.len_utf8())
}

/// Characters that end given names and that jieba reads as function words (李退之, 许增如, 张建一, 徐福顺): a
/// name's last character before punctuation, a verb or a function word (之 links a noun after it, 如 a
/// clause, 一 a classifier, 顺 a noun: none of them can stand there).
const FUNCTION_NAME_ENDS: [&str; 4] = ["之", "如", "一", "顺"];

/// The longest transliterated name, in characters (阿斯曼沙, 翁哈菲兹; 慕扎丁; 锡三苏依布拉欣).
const TRANSLITERATED_MAX: usize = 8;

/// The endings of a body's organs (党委, 党支部, 党总支, 党组, 工作组): no name ends in one.
const ORGAN_ENDS: [&str; 4] = ["委", "支部", "总支", "组"];

/// Words of the day that may follow a name before its verb (首相拿督斯里|安华|周二表示).
const DAY_WORDS: [&str; 10] =
    ["周一", "周二", "周三", "周四", "周五", "周六", "周日", "今天", "今日", "昨天"];

/// The byte length of a transliterated name at `at` after a title or an honorific (新山县长|慕扎丁、,
/// 州务大臣拿督|翁哈菲兹表示): two to six characters of the transliteration set, then punctuation, a
/// verb of speaking or a function character.
fn transliterated_at(text: &str, at: usize) -> Option<usize> {
    let mut len: usize = text[at..]
        .chars()
        .take_while(|&c| TRANSLITERATION.contains(c))
        .take(TRANSLITERATED_MAX + 1)
        .map(char::len_utf8)
        .sum();
    // 依德利斯哈伦|为首: 为 of 为首 (at the head) is no part of the name before it.
    if text[..at + len].ends_with('为') && text[at + len - '为'.len_utf8()..].starts_with("为首") {
        len -= '为'.len_utf8();
    }
    let rest = &text[at + len..];
    // 凯里安华|被要求, 阿末扎基|亦表示, |已辞职, |于昨日: a passive mark or an adverb ends it too.
    let bounded = rest.chars().next().map_or(true, |c| !is_han(c) || among("在与和等也的则并将时被亦已于曾仍还", c))
        || SPEECH_VERBS.iter().any(|v| rest.starts_with(v))
        || DAY_WORDS.iter().any(|d| rest.starts_with(d))
        // 首席部长曼梭|率团, …|出席: a verb of an official's doings.
        || rest.starts_with('率')
        // 依德利斯哈伦|为首, 纳因|担任: heading or taking a post; 在首席部长拿督某某|领导下: leading.
        || ["为首", "担任", "出任", "领导"].iter().any(|v| rest.starts_with(v))
        || EVENT_VERBS.iter().any(|v| rest.starts_with(v));
    // 副省长|山西|调研: a place the gazetteer knows whole and jieba reads as one (ns) is no name, whatever
    // its characters; where jieba reads a person (阿里, 阿曼: nrt, nr) it is one.
    let name = &text[at..at + len];
    let place = crate::text::gazetteer::GAZETTEER.lookup(name).is_some()
        && matches!(segment::tagged(name).as_slice(), [(w, tag)] if *w == name && tag.starts_with("ns"));
    ((2..=TRANSLITERATED_MAX).contains(&name.chars().count()) && bounded && !place).then_some(len)
}

/// Middle dots joining the parts of a foreign name (安瓦尔·易卜拉欣), and the full stops some outlets
/// print for one (安瓦尔.易卜拉欣).
const MIDDLE_DOTS: [char; 6] = ['·', '•', '・', '‧', '.', '．'];

/// The byte length of the parts of a foreign name after its first (`rest` starts right after it):
/// each a middle dot and two or more characters of the transliteration set; 0 when none follows.
fn dotted_parts(rest: &str) -> usize {
    let mut len = 0;
    while let Some(dot) = rest[len..].chars().next().filter(|c| MIDDLE_DOTS.contains(c)) {
        let part: Vec<char> =
            rest[len + dot.len_utf8()..].chars().take_while(|&c| TRANSLITERATION.contains(c)).collect();
        if part.len() < 2 {
            break;
        }
        len += dot.len_utf8() + part.iter().map(|c| c.len_utf8()).sum::<usize>();
    }
    len
}

/// Whether a surname and a given name that jieba split (赵|立新, 孙|红梅) open a clause at `at`: the
/// surname alone, then one word of one or two characters that is no function word.
fn split_at_clause_start(text: &str, at: usize, tagged: &[(&str, &str)]) -> bool {
    let clause_start = text[..at].chars().next_back().map_or(true, |c| !is_han(c));
    // 林健|男|说, 纪道|清|带领: a surname and a given name's first character that jieba reads as one
    // word it does not know, then the given name's last character alone (a noun, an adjective or a
    // time word: no verb, adverb or function word).
    let cut_short = |(first, second): (&(&str, &str), &(&str, &str))| {
        first.0.chars().count() == 2
            && !segment::in_dictionary(first.0)
            && second.0.chars().count() == 1
            && second.0.chars().all(is_han)
            && !second.1.starts_with(['v', 'u', 'p', 'c', 'y', 'r', 'm', 'q', 'f', 'd'])
    };
    if clause_start && tagged.len() == 2 && cut_short((&tagged[0], &tagged[1])) {
        return true;
    }
    let surname =
        tagged.first().is_some_and(|(w, _)| w.chars().count() == 1 || COMPOUND_SURNAMES.contains(w));
    clause_start
        && surname
        && tagged.len() == 2
        && tagged[1].0.chars().count() <= 2
        // 卢|市长: a surname and a title address an official, naming no one.
        && !TITLES.contains(&tagged[1].0)
        && !tagged[1].1.starts_with(['v', 'u', 'p', 'c', 'y', 'r', 'm', 'q', 'f', 't'])
}

/// People listed with 、 beside a person (刘镇东、李廷汉; 张三、李四等): each neighbour a surname and
/// a given name (one jieba word, or the surname and one word), between 、 and 、, 等 or punctuation.
fn listed_with(text: &str, person: Span) -> Vec<Candidate> {
    let mut found = Vec::new();
    let item = |start: usize| list_item(text, start);
    // Forwards: 、 and a name, again and again; 和 or 及 and the list's last name.
    let mut end = person.end;
    while let Some(joiner) = ['、', '和', '及'].into_iter().find(|&j| text[end..].starts_with(j)) {
        let start = end + joiner.len_utf8();
        // 顾问丹斯里甲、丹斯里乙和丹斯里丙: each name of a list after its own honorific.
        let start = start + HONORIFICS.iter().find(|h| text[start..].starts_with(**h)).map_or(0, |h| h.len());
        // 罗茂文、|能荣|、陈洪思: two or three Han characters between 、 marks, a name on either side, are a
        // name of a surname less known (not where the next item is no name: 张华、|市委|、宣传部).
        let between = || {
            let len = text[start..].char_indices().take(4).find(|&(_, c)| c == '、')?.0;
            let word = &text[start..start + len];
            (joiner == '、' && len >= 6 && word.chars().all(is_han) && item(start + len + 3).is_some())
                .then_some(len)
        };
        let Some(len) = item(start).or_else(between) else { break };
        found.push(Candidate::new(start..start + len, EntityType::Person));
        end = start + len;
        if joiner != '、' {
            break;
        }
    }
    // Backwards: a name and 、 before the person, opening a clause or the list.
    let mut start = person.start;
    while let Some(before) = text[..start].strip_suffix('、') {
        let Some(at) = [3, 2].into_iter().find_map(|n| {
            let at = before.char_indices().rev().nth(n - 1)?.0;
            // 邀请|王明、李华: a word introducing people opens the list too.
            let opens = before[..at].chars().next_back().map_or(true, |c| !is_han(c))
                || HONORIFIC_OPENERS.iter().any(|w| before[..at].ends_with(w));
            (opens && item(at) == Some(before.len() - at)).then_some(at)
        }) else {
            break;
        };
        found.push(Candidate::new(at..before.len(), EntityType::Person));
        start = at;
    }
    found
}

/// Words that may close a list of names: 及 and 和 joining its last item, and the verbs of attending.
const LIST_ENDS: [&str; 7] = ["及", "和", "参加", "参会", "出席", "见证", "陪同"];

/// Words after 等 that say it closed a list of people: who they are (领导, 同志, 一行, 人), what they
/// attend ([`LIST_ENDS`]' verbs) or serve as (作为主礼嘉宾).
const PEOPLE_AFTER_LIST: [&str; 11] =
    ["领导", "同志", "一行", "人", "嘉宾", "负责人", "参加", "参会", "出席", "陪同", "作为"];

/// Whether the text after a 等 says it closed a list of people (刘桂平等|领导, …等|出席): a word of
/// [`PEOPLE_AFTER_LIST`] or no Han character follows.
fn closes_list(after: &str) -> bool {
    after.chars().next().map_or(true, |c| !is_han(c))
        || PEOPLE_AFTER_LIST.iter().any(|w| after.starts_with(w))
}

/// The byte length of a name of two or three characters at `start` as an item of a list of names:
/// before 、, 等, a list's end ([`LIST_ENDS`]) or no Han character.
fn list_item(text: &str, start: usize) -> Option<usize> {
    let len = name_at(text, start)?;
    let rest = &text[start + len..];
    let bounded = rest.chars().next().map_or(true, |c| c == '、' || c == '等' || !is_han(c))
        || LIST_ENDS.iter().any(|w| rest.starts_with(w));
    (bounded && (2..=3).contains(&text[start..start + len].chars().count())).then_some(len)
}

/// The first name of a list after a level's leaders (县领导|李明、王强, 市领导|张华参加), the label
/// its role, the place before it included (某某市领导); [`listed_with`] gives the rest of the list
/// the same role.
fn after_leaders(text: &str, bodies: &Near) -> Vec<Candidate> {
    text.match_indices("领导")
        .filter_map(|(at, w)| {
            // 管委会领导|寇梅: a body's ending before 领导 is a level too.
            let level = at
                - text[..at]
                    .chars()
                    .next_back()
                    .filter(|&c| LEVEL_CHARS.contains(c))
                    .map(char::len_utf8)
                    .or_else(|| ORG_SUFFIXES.iter().any(|s| text[..at].ends_with(*s)).then_some(0))?;
            let start = at + w.len();
            let mut c = Candidate::new(start..start + list_item(text, start)?, EntityType::Person);
            c.role = Some(role_start(text, level, bodies).0..start);
            Some(c)
        })
        .collect()
}

/// Where a chain of corporate titles ending at `at` begins (EcoCeres|共同创办人兼首席执行员): back over
/// rank words and titles joined by 兼, Taiwan's 暨 (董事长暨总裁) or 、.
fn chain_start(text: &str, mut at: usize) -> usize {
    loop {
        while let Some(rank) = TITLE_RANKS.iter().find(|r| text[..at].ends_with(**r)) {
            at -= rank.len();
        }
        let Some(before) = text[..at].strip_suffix(['兼', '暨', '、']) else { return at };
        match CORPORATE_TITLES.iter().find(|t| before.ends_with(**t)) {
            Some(t) => at = before.len() - t.len(),
            None => return at,
        }
    }
}

/// The firm's name ending at `end` before a corporate title: two to twelve characters of nouns and
/// unknown words, not a lone place or a generic word (公司, 企业).
fn firm_before(text: &str, end: usize) -> Option<Span> {
    // 创办人兼首席执行员, 董事长、总经理: a later title of a chain names no firm of its own.
    if text[..end].ends_with(['兼', '暨', '、']) {
        return None;
    }
    // 某某集团|亚太区|总裁: the firm's regional division is no part of its name.
    let end = super::lexicon::FIRM_DIVISIONS
        .iter()
        .find(|d| text[..end].ends_with(**d))
        .map_or(end, |d| end - d.len());
    // 台积电|前|董事长, 鸿海前总裁: the former's 前 between the firm and its title is the role's (a
    // firm's name ends in no 前).
    let end = text[..end].strip_suffix('前').map_or(end, str::len);
    let (start, words) = prefix(text, end, &FIRM_REACH);
    if start == end {
        return super::companies::latin_name_before(text, end);
    }
    // A first character jieba misread as a word of its own (日|月光副总经理) opens the name; a dash or
    // another mark before it does not (校友─|星展银行).
    let (start, _) = super::companies::misread_opening(text, start, end);
    let mark = text[start..end].rfind(|c: char| !(is_han(c) || c.is_alphanumeric() || among("()（） ", c)));
    let start =
        mark.map_or(start, |i| start + i + text[start + i..].chars().next().map_or(0, char::len_utf8));
    let chars = text[start..end].chars().count();
    let generic = words.iter().all(|w| {
        super::lexicon::GENERIC_WORDS.contains(w)
            || crate::text::gazetteer::GAZETTEER.lookup(w).is_some()
            || ["公司", "企业", "集团", "该", "其"].contains(w)
    });
    let titled = !TITLE_WORDS.hits(&text[start..end]).is_empty();
    // 园区平台公司总经理: a kind of firm is no firm's name.
    let which = super::companies::names_one(&text[start..end]);
    ((2..=12).contains(&chars) && !generic && !titled && which).then_some(start..end)
}

/// The byte length of a personal name starting at `at`, if one does (before [`longer_form`] and the
/// length check).
fn name_at(text: &str, at: usize) -> Option<usize> {
    let rest: String = text[at..].chars().take(8).collect();
    if !has_surname(&rest) {
        return None;
    }
    let words = segment::tagged(&rest);
    let first = words.first()?.0;
    let n = first.chars().count();
    let lone_surname = n == 1 || COMPOUND_SURNAMES.contains(&first);
    // A two-character word of Han characters opening with a surname: a name perhaps cut short.
    let two_characters = !lone_surname && n == 2 && first.chars().all(is_han);
    let len = if let Some(len) = double_surname(&rest, &words) {
        len
    } else if two_characters && words.get(1).is_some_and(|(w, _)| split_name(w)) {
        // 邓立|军率: jieba took the name's last character into an unknown word after it.
        first.len() + words[1].0.chars().next().map_or(0, char::len_utf8)
    } else if two_characters
        && words.get(1).is_some_and(|(w, _)| w.chars().count() == 2 && w.ends_with('等') && *w != "等等")
        && closes_list(&rest[first.len() + words[1].0.len()..])
    {
        // 刘桂|平等|领导: jieba read a name's last character and the list's closing 等 as one word (平等),
        // where 等 closes a list: people, attending or serving as follow (not 王伟|中等收入, 张明|同等条件;
        // 司长梁维|特等|作为主礼嘉宾).
        first.len() + words[1].0.chars().next().map_or(0, char::len_utf8)
    } else if two_characters
        // 包括|酷|我: a verb opens no name (an adjective may: 严重|光).
        && !words[0].1.starts_with('v')
        && words.get(1).is_some_and(|(w, tag)| {
            w.chars().count() == 1
                && w.chars().all(is_han)
                && (!function_tag(tag)
                    // 谢富|年|、: a time word or a numeral after two characters jieba does not know, before
                    // 、 or punctuation, is the name's last character (no count or date stands there).
                    || (tag.starts_with(['m', 't'])
                        && words[0].1 == "x"
                        && words.get(2).map_or(true, |(w, _)| !w.chars().any(is_han)))
                    || FUNCTION_NAME_ENDS.contains(w)
                    // 李家|超|、: a list joins names, not verbs, so a lone verb before 、 ends the name;
                    // 邱光|和|，: a conjunction needs a second member, so one before punctuation does.
                    // 卢鹏|起|；: so does one before the semicolon of a list of officials.
                    || (tag.starts_with('v') && words.get(2).is_some_and(|(w, _)| ["、", "；", ";"].contains(w)))
                    || (*tag == "c" && words.get(2).map_or(true, |(w, _)| !w.chars().any(is_han))))
        })
        && words
            .get(2)
            .map_or(true, |(w, tag)| {
                // 李藻|森|先生: a courtesy word after a full name, as Hong Kong and Macau print one;
                // 钟来|福|致词: a verb of speaking that jieba tags a noun.
                !w.chars().any(is_han)
                    || function_tag(tag)
                    || tag.starts_with('t')
                    || COURTESY.contains(w)
                    || SPEECH_VERBS.contains(w)
            })
    {
        // 肖友|才，, 王国|泉|出席, 宁汉|豪|今日: a name's last character that jieba read as a word of its own
        // (an adverb, a noun), right before punctuation, a verb or a time word, where no adverb can stand;
        // so are the given names' last characters that jieba reads as function words (李退|之|及,
        // 许增|如|指出).
        first.len() + words[1].0.len()
    } else if two_characters
        && words.get(1).is_some_and(|(w, tag)| {
            w.chars().count() == 1
                && w.chars().all(is_han)
                && (tag.starts_with(['m', 'q', 't']) || (*tag == "v" && !SERIAL_VERBS.contains(w)))
        })
        && words.get(2).is_some_and(|(w, _)| SPEECH_VERBS.contains(w) || EVENT_VERBS.contains(w))
    {
        // 賈沛|年|表示: a given name's last character that jieba read as a time word or a numeral (年,
        // 月, 一), right before a verb of speaking or of an official's doings, where no lone time word
        // can stand; 蓝天|立|出席: so is one that jieba read as a verb, when the name's first two
        // characters are a word of its own; a verb that leads another in a series (王明|来|出席) is none.
        first.len() + words[1].0.len()
    } else if !lone_surname
        && (2..=4).contains(&n)
        && first.chars().all(is_han)
        && !common_word(words[0].1)
        && !(n == 2 && words[0].1 == "n")
        && words[0].1 != "nt"
    {
        // Not a common noun of the dictionary (会长|单位 of 副会长单位): it knows names as names (nr), and
        // bodies as bodies (代表|农业部: nt, no name after the title 代表).
        first.len()
    } else if lone_surname
        && (n == 1 || COMPOUND_SURNAMES.contains(&first))
        && words.get(1).is_some_and(|(w, _)| w.chars().count() == 2 && w.chars().all(is_han))
        && (words.get(2).map_or(true, |(w, tag)| !w.chars().any(is_han) || function_tag(tag))
            // 负责人|和|项目企业, 代表|和|华社: a surname jieba reads as a conjunction joins a common noun
            // or an unknown word, not a given name it knows as one.
            || (given_name_tag(words[1].1) && (words[0].1 != "c" || words[1].1.starts_with("nr")))
            || words.get(2).is_some_and(|(w, _)| EVENT_VERBS.contains(w)))
        && !TITLES.contains(&words[1].0)
        && !COURTESY.contains(&words[1].0)
        && !words[1].1.starts_with(['t', 'm', 'f', 'p', 'c', 'u', 'r', 'd', 'q', 'y'])
    {
        // 尹|全军, / 李|文海|出席 / 欧阳|玉靖|也: a surname and a given name that jieba read as a word of its own,
        // before punctuation or a verb; before any word when jieba reads the given name as a noun or
        // a name (周|建平|会见, where the trimmed dictionary tags 会见 a noun).
        first.len() + words[1].0.len()
    } else if lone_surname {
        // A surname jieba left alone: join the single characters after it (邓 立 军, 欧阳 明).
        let mut len = first.len();
        for (w, tag) in words.iter().skip(1).take(2) {
            // 和|该单位: a pronoun or another function word is no given name's character.
            let function = function_tag(tag) && !FUNCTION_NAME_ENDS.contains(w);
            if w.chars().count() != 1 || !w.chars().all(is_han) || function {
                break;
            }
            len += w.len();
        }
        len
    } else {
        return None;
    };
    let glued = glued_joiner(&rest[..len], &rest[len..]);
    let last = rest[..len].chars().next_back().map_or(0, char::len_utf8);
    let len = if rest[..len].chars().count() > 2 && glued { len - last } else { len };
    // 顾问|董事长|刘量海: a title after a title is no name (董 is a surname).
    (!TITLES.contains(&&rest[..len])).then_some(len)
}

/// The byte length of a name after a title whose surname is none of the list's (副县长|操航|代表, 县长|
/// 憨振强|，): one word of two or three Han characters that jieba does not know and that opens with no
/// word it knows (亲民|日), before a clause's punctuation, a
/// verb of speaking or of an official's doings, its first character no numeral, adverb or function
/// word.
fn unknown_name_at(rest: &str) -> Option<usize> {
    let head: String = rest.chars().take(8).collect();
    let words = segment::tagged(&head);
    let (first, tag) = *words.first()?;
    let after = words.get(1).map_or("", |(w, _)| *w);
    // 县长|亲民日|-: a clause's or a list's mark, not a hyphen or a quote's close, ends a name.
    let ends = after.is_empty()
        || ["，", "、", "。", "；", "：", ",", ";", ":"].contains(&after)
        || SPEECH_VERBS.contains(&after)
        || EVENT_VERBS.contains(&after);
    // 会长|一职, 秘书长|尚待: a numeral, an adverb or a function word opens no name.
    let opener = first.chars().next().map_or("", |c| &first[..c.len_utf8()]);
    let function = segment::tagged(opener)
        .first()
        .is_some_and(|(_, t)| t.starts_with(['m', 'd', 'r', 'p', 'c', 'u', 'q', 'f', 'y']));
    // 亲民|日: a dictionary word opening it makes it a common phrase, no name.
    let worded = first.char_indices().nth(2).is_some_and(|(i, _)| segment::in_dictionary(&first[..i]));
    (tag == "x"
        && (2..=3).contains(&first.chars().count())
        && first.chars().all(is_han)
        && ends
        && !function
        && !worded)
        .then_some(first.len())
}

/// The byte length of a Hong Kong married name at the start of `rest` (叶刘淑仪, 林郑月娥, 廖李可期): two
/// single-character surnames and a given name, four characters that end a word of jieba's (`words`,
/// the tagged words of `rest`), holding no word of two characters or more that the dictionary knows
/// (not 王林|书记, 王林|出席) and no lone verb, adverb or function word (not 李|明华|说), before
/// punctuation, a function word or a verb.
fn double_surname(rest: &str, words: &[(&str, &str)]) -> Option<usize> {
    let len: usize = rest.chars().take(4).map(char::len_utf8).sum();
    let name = &rest[..len];
    let mut chars = name.chars();
    let two_surnames = chars.next().is_some_and(is_surname) && chars.next().is_some_and(is_surname);
    if name.chars().count() != 4
        || !name.chars().all(is_han)
        || !two_surnames
        || COMPOUND_SURNAMES.iter().any(|s| name.starts_with(s))
    {
        return None;
    }
    let mut at = 0;
    let mut after = None;
    for &(w, tag) in words {
        if at == len {
            after = Some((w, tag));
            break;
        }
        at += w.len();
        let known =
            if w.chars().count() == 1 { common_word(tag) } else { segment::in_dictionary(w) || tag != "x" };
        if at > len || known {
            return None;
        }
    }
    let bounded = after.map_or(at == len, |(w, tag)| !w.chars().any(is_han) || function_tag(tag));
    bounded.then_some(len)
}

/// Verbs of an official's doings that the trimmed dictionary tags as nouns, so that a given name
/// before one reads as a name whatever jieba tags it (马|大昌|会见, 周|建平|主持, 张|立新|代表 on behalf of,
/// 张|广宁|委托, 州务大臣拿督|沙拉尼|见证 a signing).
const EVENT_VERBS: [&str; 11] =
    ["会见", "会晤", "主持", "出席", "率队", "带队", "陪同", "调研", "代表", "委托", "见证"];

/// One-character verbs that lead another verb in a series (来出席, 要表示, 再会见 …), so that they end a
/// name before it rather than being its last character.
const SERIAL_VERBS: [&str; 12] = ["来", "去", "到", "要", "会", "能", "将", "在", "是", "有", "再", "又"];

/// Courtesy words after a surname (陈|女士, 黄|先生): an address, no given name.
const COURTESY: [&str; 3] = ["女士", "先生", "小姐"];

/// Words after a full name that say a person is named, with no title (范群博士, 王芳女士): the courtesy
/// words and a doctor's degree.
const ADDRESSED: [&str; 4] = ["女士", "先生", "小姐", "博士"];

/// Whether jieba's tag of a two-character word after a lone surname reads it as a given name could be
/// read: a common or proper noun or an unknown word, not a place (周|建平, 刘|凯旋; not 张|家港).
fn given_name_tag(tag: &str) -> bool {
    matches!(tag, "n" | "nr" | "nz" | "ng" | "nrfg" | "nrt" | "x")
}

/// A tag of a word that follows a name rather than ending it: verbs (张三说), particles (张三等),
/// prepositions, conjunctions, pronouns, numerals, classifiers, directions.
fn function_tag(tag: &str) -> bool {
    tag.starts_with(['v', 'u', 'p', 'c', 'y', 'r', 'm', 'q', 'f'])
}

/// Whether a dictionary word's tag makes it a common word rather than a name after a title (关切, 去年):
/// verbs, adjectives, adverbs, time words and function words; nouns may be names (黄河 is a place
/// word, 全军 a noun).
fn common_word(tag: &str) -> bool {
    function_tag(tag) || tag.starts_with(['a', 'd', 't', 'l', 'i'])
}

/// Whether a word after a two-character name is the name's last character glued to the next word:
/// an unknown two-character word (军率) whose second character starts a known word (率).
fn split_name(word: &str) -> bool {
    word.chars().count() == 2 && word.chars().all(is_han) && !segment::in_dictionary(word)
}

/// A two-character name at `at` (`len` bytes) and the same with the Han character after it.
fn longer_form(text: &str, at: usize, len: usize) -> Option<(&str, &str)> {
    let name = &text[at..at + len];
    let third = text[at + len..].chars().next().filter(|c| is_han(*c))?;
    let long = &text[at..at + len + third.len_utf8()];
    (name.chars().count() == 2 && !glued_joiner(long, &text[long.len() + at..])).then_some((name, long))
}

/// Whether a name's last character (`name`, before `after`) is a word joined to it rather than a given
/// name's: 及 joining the next item of a list (何维|及各部门, 曹广晶|及), 一 of 一行, the party travelling
/// with someone (周明|一行).
fn glued_joiner(name: &str, after: &str) -> bool {
    name.ends_with('及') || (name.ends_with('一') && after.starts_with('行'))
}

fn has_surname(name: &str) -> bool {
    COMPOUND_SURNAMES.iter().any(|s| name.starts_with(s)) || name.chars().next().is_some_and(is_surname)
}

/// The one-character endings of a ministry, bureau or department that a title may share (外交部长,
/// 公安局长, 建设处长).
const FUSED_BUREAUS: [&str; 5] = ["部", "局", "厅", "署", "处"];

/// A body's party group or committee, printed between the body and a title (商务厅党组副书记).
const PARTY_GROUPS: [&str; 3] = ["党组", "党委", "党工委"];

/// Words that point back to a body already named (该会, 本局, 我会).
const DEMONSTRATIVES: [char; 3] = ['该', '本', '我'];

/// A body's one-character name after a demonstrative (该|会, 本|局), and the suffixes of bodies the
/// article named before (该|商会, 本|公司).
const SHORT_BODIES: [&str; 14] =
    ["会", "局", "院", "所", "厅", "部", "委", "办", "署", "处", "中心", "商会", "协会", "公司"];

/// Where a ministry's or bureau's name ending at `end` (before its 部/局/厅/署) begins, its fields
/// joined by 和/及 and 、 included, when two characters or more of it are found.
/// A governing verb right before the ending is the department's field (建设|处长, 规划|局长), which
/// the name's reach would stop at.
/// A field that jieba reads as a verb (经济部|统计|处长, 经济政策|统筹|部长) is the department's too when a
/// name comes before it.
fn ministry_start(text: &str, end: usize) -> Option<usize> {
    let field = GOVERNING_VERBS.iter().find(|v| text[..end].ends_with(**v)).map_or(0, |v| v.len());
    let (start, words) = prefix(text, end - field, &organisations::REACH);
    let start = match (field, words.is_empty()) {
        (0, true) => verb_field_start(text, end).unwrap_or(start),
        (_, true) => end - field,
        _ => start,
    };
    let start = organisations::past_former(text, start, end);
    (text[start..end].chars().count() >= 2).then(|| organisations::coordinated_start(text, start))
}

/// Where the name of a department begins whose field, ending at `end`, is a two-character word jieba
/// tags as a verb (统计, 统筹, 审计), when nouns of a name come before the field.
fn verb_field_start(text: &str, end: usize) -> Option<usize> {
    let from = text[..end].char_indices().rev().nth(1)?.0;
    let verb = matches!(segment::tagged(&text[from..end]).as_slice(), [(w, "v")] if w.chars().all(is_han));
    let (start, words) = prefix(text, from, &organisations::REACH);
    (verb && !words.is_empty()).then_some(start)
}

/// Where a ministry or bureau that ends right before a title of its own begins, when the search did
/// not find it (投资、贸易及工业部|副部长, 财经事务及库务局|局长): its fields, joined by 、 and 及, before
/// its 部/局/厅/署/处.
fn bureau_before(text: &str, end: usize) -> Option<usize> {
    let last = FUSED_BUREAUS.iter().find(|b| text[..end].ends_with(**b))?;
    ministry_start(text, end - last.len())
}

/// Where a federation's two-character short form ending in 总 (its 总会 or 总商会: 工总, 华总, 董总)
/// begins right before a title (工总|理事长, 华总永久名誉|会长): a word jieba does not know (not 汇总,
/// 老总), after punctuation, a stop word or 包括.
fn short_federation(text: &str, end: usize) -> Option<usize> {
    let before = text[..end].strip_suffix('总')?;
    let (at, first) = before.char_indices().next_back()?;
    let opener = before[..at].chars().next_back();
    let opens = opener.map_or(true, |c| {
        let mut buf = [0u8; 4];
        !is_han(c) || super::lexicon::STOP_WORDS.contains(&&*c.encode_utf8(&mut buf))
    }) || before[..at].ends_with("包括");
    let body = &text[at..end];
    (opens && is_han(first) && first != '副' && !segment::in_dictionary(body)).then_some(at)
}

/// The title hits as read: a minister's short title (经长, 财长: [`SHORT_MINISTERS`]) only where jieba
/// starts a word with it (not 已经|长期), and 理事长 where the search read 总理 across a short form's 总
/// (工总|理事长: no premier).
pub(super) fn read_titles(text: &str, titles: Vec<Hit>) -> Vec<Hit> {
    titles
        .into_iter()
        .filter(|(span, t)| {
            !SHORT_MINISTERS.contains(t) || organisations::starts_word(text, span.start, span.end)
        })
        .map(|(span, t)| {
            if t == "总理" && text[span.end..].starts_with("事长") {
                let at = span.start + "总".len();
                (at..at + "理事长".len(), "理事长")
            } else {
                // 工业专员(创新及科技)|张国栋: a field in brackets right after a title is the title's.
                (span.start..span.end + bracketed_field(&text[span.end..]).unwrap_or(0), t)
            }
        })
        .collect()
}

/// The most characters of a field in brackets after a title (专员（投资推广）).
const FIELD_MAX: usize = 8;

/// The length of a field in brackets that opens `rest`, right after a title: two to eight Han
/// characters, not a caption's place in a photo (市长（左二）).
fn bracketed_field(rest: &str) -> Option<usize> {
    let inner = rest.strip_prefix(['(', '（'])?;
    let close = inner.find([')', '）'])?;
    let field = &inner[..close];
    let n = field.chars().count();
    let placed = field.starts_with(['左', '右', '中', '前', '后']);
    ((2..=FIELD_MAX).contains(&n) && field.chars().all(is_han) && !placed)
        .then(|| rest.len() - inner[close..].len() + inner[close..].chars().next().map_or(0, char::len_utf8))
}

/// The words of a term before a title (新任 newly appointed, 现任, 时任, 首任, 候任).
const TERMS: [&str; 5] = ["新任", "现任", "时任", "首任", "候任"];

/// Ministers' titles printed short in Taiwan and Hong Kong (经长 for 经济部长), each also the tail of
/// common words (已经长期, 国外长期).
const SHORT_MINISTERS: [&str; 4] = ["经长", "财长", "外长", "防长"];

/// The title of a Malaysian state councillor, whose portfolio's fields are printed before it.
const PORTFOLIO_TITLE: &str = "行政议员";

/// Where the seat of an assembly member begins, printed before the title with its 州 or 区 when the
/// search did not find it as a place (北干州|议员, 丹绒玛尼区|议员): two to four Han characters
/// after a 兼, a 、, a punctuation mark, the text's start or a body (民主行动党|北干州议员); so does a
/// party's division before any title, after the party found: the seat with its 区会, 区部 or 支部
/// (马华|北根区会|主席).
fn seat_before(text: &str, title: usize, bodies: &Near) -> Option<usize> {
    let assembly = text[title..].starts_with("议员");
    let name = if assembly {
        text[..title].strip_suffix(['州', '区'])?
    } else {
        PARTY_DIVISIONS.iter().find_map(|d| text[..title].strip_suffix(*d))?
    };
    let mut start = name.len();
    let body_ends = |at: usize| bodies.around(at..at).any(|c| c.span.end == at);
    for (at, c) in name.char_indices().rev().take(SEAT_MAX) {
        if !is_han(c) || c == '兼' || c == '、' || body_ends(start) {
            break;
        }
        start = at;
    }
    let opened = assembly
        && name[..start].chars().next_back().map_or(true, |c| !is_han(c) || c == '兼' || c == '、')
        || body_ends(start);
    (opened && name[start..].chars().count() >= 2).then_some(start)
}

/// The most characters of a seat's name before its 州 or 区.
const SEAT_MAX: usize = 4;

/// A task group's ending, no body's name of its own but the role's before its 组长 (县防汛领导小组|组长).
const TASK_GROUP: &str = "小组";

/// The most characters of a task group's name before its 小组.
const TASK_GROUP_MAX: usize = 12;

/// Where a task group ending at `end` begins (县回归经济领导小组|组长): its whole name, verbs included,
/// back to a clause's start when a level character opens it (县, 市), else its nouns only.
fn task_group(text: &str, end: usize) -> Option<usize> {
    let name = text[..end].strip_suffix(TASK_GROUP)?;
    let clause = name.char_indices().rev().take(TASK_GROUP_MAX).take_while(|&(_, c)| is_han(c) && c != '、');
    let opened = clause.last().filter(|&(i, c)| LEVEL_CHARS.contains(c) && !name[..i].ends_with(is_han));
    Some(opened.map_or_else(|| prefix(text, name.len(), &organisations::REACH).0, |(i, _)| i))
}

/// A party's divisions, printed with their seat between the party and a title (巫统|北根区部|主席).
pub(super) const PARTY_DIVISIONS: [&str; 3] = ["区会", "区部", "支部"];

/// The endings of a body that jieba glues into one unknown word with the name before them (经联部,
/// 建研会).
const GLUED_BODY_ENDS: [char; 8] = ['会', '部', '局', '处', '署', '厅', '办', '委'];

/// Where a body that ends at `end`, right before a title, begins when no rule found it: the word
/// jieba ends there when the dictionary knows it whole as a body's name (民盟中央, tagged nt) or
/// leaves it unknown with a body's ending glued to it (经联部, 建研会), or a lone 会 or 组织 after a noun
/// (苗栗县工业|会|理事长, 联合国工业发展|组织|总干事: no verb before a title); the nouns and places before it
/// belong to it.
fn whole_word_body(text: &str, end: usize) -> Option<usize> {
    let window = text[..end].char_indices().rev().take(12).last()?.0;
    let words = segment::tagged(&text[window..end]);
    let &(last, tag) = words.last()?;
    let n = last.chars().count();
    let known = tag == "nt" && n >= 3;
    let glued = tag == "x" && n >= 3 && last.chars().all(is_han) && last.ends_with(GLUED_BODY_ENDS);
    let association = ["会", "组织"].contains(&last)
        && words.iter().rev().nth(1).is_some_and(|(_, tag)| tag.starts_with('n') || *tag == "vn");
    // 中国区|总裁: a firm's division (jieba's nt) is no body of its own.
    if !(known || glued || association)
        || TITLES.contains(&last)
        || super::lexicon::FIRM_DIVISIONS.contains(&last)
    {
        return None;
    }
    let (start, _) = prefix(text, end - last.len(), &organisations::REACH);
    let start = organisations::past_former(text, start, end);
    (text[start..end].chars().count() >= 3).then_some(start)
}

/// Where a title's body begins when the title's first character closes it (工业局|局长, 管理局长,
/// 天津市长, 贸易和工业部长), also for an earlier title of a chain (人力部长兼贸工部第二部长); `at` is
/// the title's start, returned when nothing is fused.
fn fused_start(text: &str, mut at: usize, bodies: &Near, unfound: &mut Vec<Span>) -> usize {
    // 经信厅|厅长: a title after a body found right before it shares nothing with it.
    let found = bodies.around(at..at).any(|c| c.span.end == at);
    if let Some(first) = text[at..].chars().next().filter(|_| !found) {
        let through = at + first.len_utf8();
        let mut fused = ORG_SUFFIXES.iter().chain(NAMED_BODIES.iter());
        if text[..at].ends_with(first) {
            // 工业局|局长 where the search did not find the bureau: its name before its own suffix.
            if FUSED_BUREAUS.iter().any(|b| b.starts_with(first)) {
                if let Some(start) = ministry_start(text, at - first.len_utf8()) {
                    unfound.push(start..at);
                    at = start;
                }
            }
        } else if let Some(body) = bodies
            .around(through..through)
            .filter(|c| c.span.end == through && c.span.start < at)
            .min_by_key(|c| c.span.start)
        {
            // 管理局长, 园管局长, 天津市长: the title's first character closes the body's suffix (管理局 +
            // 局长) or a place's unit (天津市 + 市长).
            at = body.span.start;
        } else if let Some(s) = fused.find(|s| s.len() > first.len_utf8() && text[..through].ends_with(**s)) {
            at = through - s.len();
        } else if FUSED_BUREAUS.contains(&&text[at..through]) || text[at..].starts_with(PORTFOLIO_TITLE) {
            // 国家发展部长, 贸易和工业部长: a ministry's name, its fields joined or not, closed by the
            // title's 部 (the body itself is not found: its suffix is the title's); 柔州投资、商贸与人力
            // 资源|行政议员: a state councillor's portfolio, its fields before the title.
            at = ministry_start(text, at).unwrap_or(at);
        }
    }
    at
}

/// Where a title chain begins: back over the body it belongs to and over earlier titles joined by 、
/// or 兼 (眉山市委副书记、市长; 党工委委员、管委会副主任; 董事长兼总经理).
/// Also the bodies that the search did not find and that the words before the title name (管理部|部长,
/// 经联部|部长, 民盟中央|主席); a ministry closed by the title's own 部 (贸易和工业部长) is the role's only.
fn role_start(text: &str, mut at: usize, bodies: &Near) -> (usize, Vec<Span>) {
    let title = at;
    let mut unfound = Vec::new();
    at = fused_start(text, at, bodies, &mut unfound);
    // 经济部新任|副部长: a term's word before a title and its ranks is the role's (not before a body:
    // 新任|经济部…处长).
    let mut ranked = at;
    while let Some(rank) = TITLE_RANKS.iter().find(|r| text[..ranked].ends_with(**r)) {
        ranked -= rank.len();
    }
    if let Some(term) = TERMS.iter().find(|t| at == title && text[..ranked].ends_with(**t)) {
        at = ranked - term.len();
    }
    // 与州议长, 副州议长, 民建联区议员: a bare 州 or 区 (the state's, the district's) before an assembly's
    // title is the title's where a joiner, a rank, a body found or no Han character comes before it.
    if at == title && ["议长", "议员"].iter().any(|t| text[at..].starts_with(t)) {
        let level = text[..at].strip_suffix(['州', '区']).map(str::len);
        if let Some(level) = level.filter(|&l| {
            text[..l].chars().next_back().map_or(true, |c| !is_han(c) || among("与和及、兼副", c))
                || bodies.around(l..l).any(|c| c.span.end == l)
        }) {
            at = level;
        }
    }
    loop {
        // 副厅长, 常务副院长: the rank words before a title the list has only plainly.
        while let Some(rank) = TITLE_RANKS.iter().find(|r| text[..at].ends_with(**r)) {
            at -= rank.len();
        }
        // 前总统 (former), where jieba starts a word with 前 (not 目前|市长, 会前).
        if let Some(former) = text[..at].strip_suffix('前') {
            if organisations::starts_word(text, former.len(), at) {
                at = former.len();
            }
        }
        // 某某联盟|亚太区|主席: a body's regional division before the title is the role's, and
        // so is one after a joiner in a chain (某集团副总裁、|华东区|总经理).
        if let Some(d) = super::lexicon::FIRM_DIVISIONS.iter().find(|d| text[..at].ends_with(**d)) {
            let inner = at - d.len();
            if bodies.around(inner..inner).any(|c| c.span.end == inner)
                || text[..inner].ends_with(['、', '兼'])
            {
                at = inner;
            }
        }
        // 商务厅党组副书记: the body's party group or committee, after the body's name.
        if let Some(group) = PARTY_GROUPS.iter().find(|g| text[..at].ends_with(**g)) {
            let inner = at - group.len();
            if bodies.around(inner..inner).any(|c| c.span.end == inner) {
                at = inner;
            }
        }
        // 该会会长, 本局执行委员, 该商会总会长: the body named by a demonstrative.
        let pointed = SHORT_BODIES.iter().find_map(|b| {
            let demonstrative = text[..at].strip_suffix(*b)?.chars().next_back()?;
            DEMONSTRATIVES.contains(&demonstrative).then(|| b.len() + demonstrative.len_utf8())
        });
        if let Some(len) = pointed {
            at -= len;
        } else if let Some(body) =
            bodies.around(at..at).filter(|c| c.span.end == at).min_by_key(|c| c.span.start)
        {
            at = body.span.start;
            // A place before the body is its seat (重庆 in 重庆永川区区长).
            while let Some(p) =
                bodies.around(at..at).filter(|c| c.span.end == at).min_by_key(|c| c.span.start)
            {
                at = p.span.start;
            }
        } else if let Some(start) = task_group(text, at) {
            at = start;
        } else if let Some(s) = ORG_SUFFIXES.iter().find(|s| text[..at].ends_with(**s)) {
            // A bare body (管委会主任) or one the search did not find: its name before the suffix
            // (跨国公司研究中心主任), so that a role is never a cut name's tail.
            let (start, words) = prefix(text, at - s.len(), &organisations::REACH);
            let start = if words.is_empty() { at - s.len() } else { start };
            // 贸易投资促进|局行政管理委员会: nor opens inside a body found.
            let inside = bodies.around(start..start).filter(|c| c.span.start < start && start < c.span.end);
            at = inside.map(|c| c.span.start).min().unwrap_or(start);
        } else if let Some(start) = whole_word_body(text, at)
            .or_else(|| bureau_before(text, at))
            .or_else(|| short_federation(text, at))
        {
            unfound.push(start..at);
            at = start;
        } else if let Some(start) = seat_before(text, at, bodies) {
            // 民主行动党|北干州议员: the party or body before the seat is the role's too.
            at = bodies
                .around(start..start)
                .filter(|c| c.span.end == start)
                .map(|c| c.span.start)
                .min()
                .unwrap_or(start);
        }
        // 澳门特区|行政长官, 中华民国|总统: the state or special region whose office the title is.
        if let Some(state) = NATIONAL_PREFIXES.iter().find(|p| text[..at].ends_with(**p)) {
            at -= state.len();
        }
        // 前|国发会主委 (former) before the body the title names, as before a bare title (前总统).
        if let Some(former) = text[..at].strip_suffix('前') {
            if at < title && organisations::starts_word(text, former.len(), at) {
                at = former.len();
            }
        }
        // 某集团主席及某公司董事会主席: 及 joins two titles of one person as 兼 does, when a body or firm
        // names the earlier one; a bare title before 及 is another person's (市长及副市长张三, 理事及会长).
        let Some(before) = text[..at].strip_suffix(['、', '兼', '暨', '及']) else {
            return (at, unfound);
        };
        let Some(t) = TITLES.iter().find(|t| before.ends_with(**t)) else { return (at, unfound) };
        let earlier = before.len() - t.len();
        let kept = unfound.len();
        let start = fused_start(text, earlier, bodies, &mut unfound);
        let named = start < earlier || bodies.around(earlier..earlier).any(|c| c.span.end == earlier);
        if text[before.len()..at].starts_with('及') && !named {
            unfound.truncate(kept);
            return (at, unfound);
        }
        at = start;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::organisations;

    #[test]
    fn names_after_titles() {
        let text = "眉山市委副书记、市长黄河与邓立军进行了交流";
        let hits = crate::entities::Hits::of(text);
        let orgs = organisations::find(text, &[], &[], &hits);
        let people = find(text, &orgs, &hits);
        let p = &people[0];
        assert_eq!(&text[p.span.clone()], "黄河");
        assert_eq!(&text[p.role.clone().unwrap()], "眉山市委副书记、市长");
    }
}
