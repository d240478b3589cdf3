//! Credits: byline lines (昆明日报全媒体记者:贾献培, 责编:赵萍, 全媒体记者 陈维), inline credits at the
//! end of the last paragraph ((綿報融媒記者 黃小芹)) or after a dateline (本报讯（记者 张三）), photo
//! credits in captions (记者王俊星 摄), and unlabelled name lines after the body (鄧安華 肖榮).

use crate::model::Author;
use crate::text::bounds::SENTENCE_END;
use crate::text::chars::{among, holds};
use crate::text::chars::{is_han, is_surname};
use crate::text::gazetteer::GAZETTEER;
use crate::text::pattern;
use crate::text::script::{simplified_char, Forms};
use crate::text::words::{alternation, data_file, vocabulary};
use regex::Regex;
use std::sync::LazyLock;

// The rules match the simplified form of a line (`script::Forms`, same byte offsets), with the word
// lists of `data/clean/`; names, roles and outlets are returned as printed.

/// A credit role (记者, 责任编辑 … longest first), optionally followed by a colon or a bar (编辑 | 王某);
/// text and photos by one hand (文/图 王某, 文、摄影 王某); a one-character role or 报道 (a Malaysian reporter's
/// label) or 总监 (技术总监 李某 is an interviewee) or 图文 only with its separator (文/王某, 图丨王某, 报道：王某,
/// 总监:王某, 图文/王某: not 图文并茂), as they are words of prose too.
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    let roles = alternation(data_file!("clean/credit-roles.txt"));
    pattern::compile(&format!(
        r"(?:({roles})\s*[:：丨|｜]?|(文\s*[/／、]\s*(?:图|摄影)|图\s*[/／、]\s*文)\s*[/／丨|｜:：]?|(文|图|摄|报道|报导|总监|图文|文图)\s*[/／丨|｜:：])\s*"
    ))
});

/// Whether a line is a credit's label without its name (责任编辑:, 编辑：): a credit naming no one.
pub(super) fn is_bare_label(text: &str) -> bool {
    let Some(label) = text.trim().strip_suffix([':', '：']) else { return false };
    ROLE.find(label).is_some_and(|m| m.start() == 0 && m.end() == label.len())
}

/// Whether a text opens with a credit's role (记者 张三, 責任編輯：李四).
pub(super) fn opens_with_role(text: &str) -> bool {
    ROLE.find(&crate::text::script::to_simplified(text)).is_some_and(|m| m.start() == 0)
}

/// What is left of a toolbar's bracketed tag opening a credit line once its opening bracket is
/// trimmed (我要纠错】 of 【我要纠错】 责任编辑：某某).
static TOOL_TAG: LazyLock<Regex> = LazyLock::new(|| pattern::compile(r"^\p{Han}{1,6}[】\]]\s*"));

/// The role a [`ROLE`] match names (the group that matched).
fn role_group<'t>(c: &regex::Captures<'t>) -> regex::Match<'t> {
    c.get(1).or(c.get(2)).or(c.get(3)).expect("a role matched")
}

/// Names before 报道 or 报导 set apart by a space, a line of their own: `王晓东 报道`, also before a
/// slash and the place of the report (a Taiwanese byline without 记者: `林某、陈某／台北报导`).
static REPORTED_BY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"^(\p{Han}{2,3}(?:[\s、]+\p{Han}{2,3})*)(?:\s+|\s*[/／]\s*\p{Han}{2,4}?(?:即时)?)(报道|报导|文\s*[/／、]\s*图|图\s*[/／、]\s*文)$",
    )
});

/// The people of a reporter's line of names before 报道 ([`REPORTED_BY`]), names with a common
/// surname, each with the report's word as role.
fn reported_by(text: Forms) -> Option<Vec<Author>> {
    let c = REPORTED_BY.captures(text.simplified)?;
    let role = &text.printed[c.get(2).unwrap().range()];
    let names = parse_name_line(&text.printed[c.get(1).unwrap().range()])?;
    Some(names.into_iter().map(|a| Author { role: Some(role.to_owned()), ..a }).collect())
}

/// Words between an outlet's name and the role (昆明日报 全媒体 记者).
static DESK: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(&format!("(?:{})+$", alternation(data_file!("clean/desk-words.txt")))));

/// A person's name: two to four CJK characters (with a middle dot for transcribed names).
static NAME: LazyLock<Regex> = LazyLock::new(|| pattern::compile(r"^\p{Han}{2,4}(?:·\p{Han}{1,6})?$"));

/// The roles that may precede a photographer's name (记者王俊星 摄).
static PHOTO_ROLES: LazyLock<Vec<&str>> =
    LazyLock::new(|| vocabulary(data_file!("clean/photo-roles.txt")).collect());

/// A photo credit at the end of a caption: 记者王俊星 摄, 张三/摄, also with an outlet glued to a
/// name's role (张三 某某日报记者 李四/摄: the outlet's word is no photographer), and with the photo's
/// agency in brackets after it (朱某某摄(新华社发), 刘某某摄(人民视觉)), and a photo report's
/// 摄影报道 (张三 李四 摄影报道, 记者 王明 摄影报导).
static PHOTO_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    let roles = alternation(data_file!("clean/photo-roles.txt"));
    let outlet_role = format!(r"(?:\p{{Han}}{{1,12}}?(?:{roles})\s*)?");
    pattern::compile(&format!(
        r"\s*[（(]?((?:{roles})?\s*{outlet_role}\p{{Han}}{{2,4}}(?:[\s、]+{outlet_role}\p{{Han}}{{2,4}})*)\s*/?\s*(摄(?:影报[道导])?)[)）]?(?:\s*[（(][^（）()]{{2,8}}[)）])?$"
    ))
});

/// An inline credit in parentheses or lenticular brackets at the end of a paragraph: (綿報融媒記者 黃小芹),
/// 【编辑:王五】. An agency's date code may follow it: `(編輯:翁翠萍)1080402`.
static TRAILING_CREDIT: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"\s*[（(【]([^（）()【】]{2,40})[)）】]\s*(?:\d{6,8})?\s*$"));

/// Whether a line ends with the end-of-story mark of agency copy, perhaps before its credits
/// (…竣工。(完) 【编辑:某某】).
pub(super) fn ends_story(line: Forms) -> bool {
    holds(line.simplified, "完") && split_all_trailing(line).marks.iter().any(|m| holds(m.printed, "完"))
}

/// The end-of-story mark of agency copy: (完), （全文完）, 【完】.
static END_MARK: pattern::Gated = pattern::Gated::new(&['完'], r"\s*[（(【]\s*(?:全文)?完\s*[)）】]\s*$");

/// A credit in parentheses or lenticular brackets opening a paragraph: `(速新闻记者 张琥) 苏州…`,
/// `【记者张三】台南县府…`.
static LEADING_CREDIT: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"^\s*(?:[（(]([^（）()]{2,40})[)）]|【([^【】]{2,40})】)\s*"));

/// A credit of a report in brackets, names joined by `/` and the place (and day) of the report before
/// 报导/电, glued to the last name or after a slash, with 即时 for a breaking report:
/// `【记者何友明/蔡本文/章大钧台南报导】`, `(中央社记者郝雪卿台中2日电)`, `〔记者李文华／屏东报导〕`, also
/// with the outlet before a slash inside the bracket (`【某某时报/记者王明/台南报导】`), or
/// with no place, the name apart from 报道 (`【本报记者 何志强 报道】`). A repost's bracketed dateline may
/// come first (`【某某网5月2日讯】(中央社记者王明吉隆坡二日专电)`).
static REPORT_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"^(?:【[^】]{2,24}】\s*)?(\p{Han}{0,8}?)[【\[（(〔]((?:\p{Han}{2,8}[/／╱])?\p{Han}{0,8}?记者)\s*([\p{Han}/／、 ]{2,40}?)(\s*)(?:[\d一二三四五六七八九十]{1,3}日)?(?:即时)?(?:报导|报道|专电|电)[】\]）)〕]",
    )
});

/// The end of a byline naming where the report was filed, or the work after the names (编制, 整理): `／台南报导` (a slash,
/// the place, 报导), 报道 apart (`记者 何嘉欣 报道`), or 发自 and the places apart (`记者 张三 李四
/// 发自香港、深圳`), or a Taiwan city apart at the end of a date line's byline (`某某网记者张三 台北`).
/// A place glued to the name (记者张三台北报导) is not cut: the name's end cannot be told.
static REPORT_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    let places = alternation(data_file!("figures/taiwan-places.txt"));
    pattern::compile(&format!(
        r"(?:(?:\s*[/／]\s*\p{{Han}}{{2,4}}?\s*|\s+)(?:报导|报道)|\s+(?:编制|制图|整理)|\s+发自[\p{{Han}}、]{{2,20}}|\s+(?:{places})[市县]?)\s*$"
    ))
});

/// A credit in parentheses right after a dateline: 本报讯（记者 张三）.
/// Also after 消息 (四川在线消息(记者 …)), a bracketed dateline (【文汇网讯】(…)) and a repost's
/// 据甘肃日报报道 (…讯据某某日报报道(某某网·某某日报记者 张三)).
static DATELINE_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(r"^(\S{0,30}?(?:讯|电|消息|报道)】?)\s*[（(]([^（）()]{2,40})[)）]\s*")
});

/// A credit set apart after a dateline and before 报道: `本报讯 记者王某 通讯员李某 报道：…`.
static DATELINE_REPORT: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"^\S{0,30}?讯\s+([^。，,：:]{4,40}?)\s*报道\s*[:：]"));

/// The people a credit set apart after a dateline names ([`DATELINE_REPORT`]); the credit stays in the
/// body as printed.
pub(super) fn dateline_report(line: Forms) -> Option<Vec<Author>> {
    let c = line.simplified.contains("报道").then(|| DATELINE_REPORT.captures(line.simplified))??;
    parse(line.get(c.get(1).unwrap().range())).map(|(_, people)| people)
}

/// A name before its role, after a slash: `张三/文`, `李四／摄`.
static NAME_THEN_ROLE: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"^(\p{Han}{2,3})\s*[/／]\s*(文图|图文|摄影|文|图|摄)$"));

/// A line of names each before its role (张三/文 李四/图), names with a common surname.
fn names_before_roles(text: Forms) -> Option<Vec<Author>> {
    let words = text.printed.split_whitespace().zip(text.simplified.split_whitespace());
    words
        .map(|(printed, simplified)| {
            let c = NAME_THEN_ROLE.captures(simplified)?;
            let name = &printed[c.get(1).unwrap().range()];
            parse_name_line(name)?;
            Some(Author { name: name.to_owned(), role: Some(printed[c.get(2).unwrap().range()].to_owned()) })
        })
        .collect()
}

/// A credit line's label with its one name inside a meta line: `责任编辑:阙小琴`, `编辑: 李宏才`, `编辑:faye`,
/// `图/李强`, also in brackets after another note (（来源：某某日报）（编辑：某某）); an empty field
/// before the next label (作者: 来源:…) names no one.
static LABELLED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    let roles = alternation(data_file!("clean/credit-roles.txt"));
    pattern::compile(&format!(
        r"(?:^|[\s|｜(（])(?:({roles})\s*[:：]|(文|图|摄)\s*[/／])\s*([^\s|｜,，;；:：/／()（）]+)"
    ))
});

/// A name printed in latin letters (faye, Lee Ann).
static LATIN_NAME: LazyLock<Regex> = LazyLock::new(|| pattern::compile(r"^[A-Za-z][A-Za-z.]{1,20}$"));

/// Last characters of place and body names, which bare personal names do not end in.
static NOT_NAME_ENDINGS: LazyLock<String> =
    LazyLock::new(|| vocabulary(data_file!("clean/not-name-endings.txt")).collect());

/// A credit line whose role is spaced out to align the lines of an editorial chain (编 辑:苏 伟,
/// 一 审:魏 倩, 二 审:罗某某, 监 制:张三 李四): the role's single characters, each between spaces.
static SPACED_ROLE: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"^\p{Han}(?:[ \u{3000}]+\p{Han})+\s*[:：]\s*\p{Han}"));

/// Parses a credit such as `昆明日报全媒体记者:贾献培` or `记者 刘攀 通讯员 胡谦`: the outlet printed
/// before the first role (if any) and the credited people. `None` when the text is not a credit. A
/// credit spaced out for alignment ([`SPACED_ROLE`]) is read without its spaces.
pub(super) fn parse(text: Forms) -> Option<(Option<String>, Vec<Author>)> {
    if let Some((printed, simplified)) = without_trainee_marks(text) {
        return parse(Forms::new(&printed, &simplified));
    }
    // Asked only of a line whose second character is a space: most are not.
    let spaced = text.simplified.trim().chars().nth(1).is_some_and(|c| c == ' ' || c == '\u{3000}');
    let text = text.trim();
    if let Some(m) = spaced.then(|| SPACED_ROLE.find(text.simplified)).flatten() {
        // The names keep their spaces between them; a name spaced out itself (苏 伟) loses them.
        let at = m.end() - text.simplified[..m.end()].chars().last().map_or(0, char::len_utf8);
        let names = &text.simplified[at..];
        let single = names.split_whitespace().all(|t| t.chars().count() == 1);
        let unspaced = |t: &str| {
            let names = if single { t[at..].replace([' ', '\u{3000}'], "") } else { t[at..].to_owned() };
            t[..at].replace([' ', '\u{3000}'], "") + &names
        };
        let (printed, simplified) = (unspaced(text.printed), unspaced(text.simplified));
        return parse_unspaced(Forms::new(&printed, &simplified));
    }
    parse_unspaced(text)
}

/// A trainee's mark after a name (李四(实习), 王五（实习生）): no part of the credit.
static TRAINEE_MARK: LazyLock<Regex> = LazyLock::new(|| pattern::compile(r"\s*[（(]实习生?[)）]"));

/// The credit without its trainees' marks ([`TRAINEE_MARK`]), both forms; `None` when it has none.
fn without_trainee_marks(text: Forms) -> Option<(String, String)> {
    // (Compiled and asked only of a credit naming a trainee.)
    if !text.simplified.contains("实习") {
        return None;
    }
    let (mut printed, mut simplified, mut last) = (String::new(), String::new(), 0);
    for m in TRAINEE_MARK.find_iter(text.simplified) {
        printed.push_str(&text.printed[last..m.start()]);
        simplified.push_str(&text.simplified[last..m.start()]);
        last = m.end();
    }
    if last == 0 {
        return None;
    }
    printed.push_str(&text.printed[last..]);
    simplified.push_str(&text.simplified[last..]);
    Some((printed, simplified))
}

/// Whether words before a role end with a head count (六十多名 记者参与, 30余位记者): a sentence about
/// reporters, no credit.
fn counts_people(prefix: &str) -> bool {
    let mut tail = prefix.trim_end().chars().rev();
    tail.next().is_some_and(|c| matches!(c, '名' | '位'))
        && tail.next().is_some_and(|c| c.is_ascii_digit() || among("一二两三四五六七八九十百千多余几", c))
}

/// [`parse`] of a line as printed.
fn parse_unspaced(text: Forms) -> Option<(Option<String>, Vec<Author>)> {
    // A photographer's line on its own: 张三 摄, 记者 李四 摄, also after desk words (本报首席记者 李四摄).
    let trimmed = text.trim();
    let opens = |c: &regex::Captures| {
        let at = c.get(0).unwrap().start();
        at == 0 || is_photo_source(trimmed.simplified[..at].trim())
    };
    if let Some((_, people)) = photo_credit(trimmed).filter(|(c, _)| opens(c)) {
        return Some((None, people));
    }
    // Names before their roles (张三/文 李四/图). (Asked only of a short line with a slash.)
    let slashed = trimmed.printed.len() <= 60 && trimmed.simplified.contains(['/', '／']);
    if let Some(people) = slashed.then(|| names_before_roles(trimmed)).flatten() {
        return Some((None, people));
    }
    // A reporter's line of names before 报道 (王晓东 报道): names with a common surname.
    if let Some(people) = reported_by(trimmed) {
        return Some((None, people));
    }
    // Also after an outlet set apart by a space or a slash (中國時報 林某、簡某／台北報導): the
    // byline's outlet. (Asked only of a line ending with the report's word.)
    let reports = trimmed.simplified.ends_with("报道") || trimmed.simplified.ends_with("报导");
    let apart = reports.then(|| trimmed.simplified.find([' ', '\u{3000}', '/', '／', '|', '｜'])).flatten();
    if let Some(at) = apart.filter(|&at| super::meta::is_outlet(&trimmed.printed[..at])) {
        let rest = trimmed.get(at..trimmed.len());
        let rest = rest.of(rest.printed.trim_start_matches([' ', '\u{3000}', '/', '／', '|', '｜']));
        if let Some(people) = reported_by(rest) {
            return Some((Some(trimmed.printed[..at].to_owned()), people));
        }
    }
    let text = text.of(without_date_code(super::lines::strip_bullet(text.printed.trim()).0)
        .trim_start_matches(['（', '(', '【', '['])
        .trim_end_matches(['）', ')', '】', ']'])
        .trim());
    // A toolbar's tag in brackets before the credit, not an outlet's name (【我要纠错】 责任编辑：某某).
    // (Asked only when a closing bracket stands within the tag's reach.)
    let tagged = text.simplified.chars().take(8).any(|c| c == '】' || c == ']');
    let text = match tagged.then(|| TOOL_TAG.find(text.simplified)).flatten() {
        Some(tag) if !super::meta::is_outlet(tag.as_str().trim_end_matches(['】', ']', ' '])) => {
            text.get(tag.end()..text.len())
        }
        _ => text,
    };
    let text = without_affiliation(without_work_tail(text));
    // The work opening the credit, set apart by a space, is no outlet (文 本报记者 王某, 图 某某周刊记者 李某).
    let work = ["文", "图", "摄"].iter().find_map(|w| text.simplified.strip_prefix(w));
    let words_apart = |rest: &&str| {
        rest.starts_with(char::is_whitespace) && rest.trim_start().starts_with(|c| is_han(c) || c == '《')
    };
    let text = match work.filter(words_apart) {
        Some(rest) => text.get(text.len() - rest.trim_start().len()..text.len()),
        None => text,
    };
    let first = ROLE.find(text.simplified)?;
    let prefix = text.get(0..first.start());
    // The outlet before the role, set apart by a space or a bar (东岭日报 | 记者 王某), also one named
    // in latin letters (GDToday记者 王某) or in title marks opening the credit (《某某周刊》记者 王某).
    let apart = |c: char| c.is_whitespace() || matches!(c, '|' | '｜' | '/' | '／' | '丨');
    let marked = |c: char| matches!(c, '《' | '》') && prefix.printed.starts_with('《');
    if prefix.printed.chars().count() > 14
        || !prefix
            .printed
            .chars()
            .all(|c| is_han(c) || c.is_ascii_alphanumeric() || c == '·' || apart(c) || marked(c))
        || counts_people(prefix.simplified)
    {
        return None;
    }
    let set_apart = prefix.printed.ends_with(char::is_whitespace);
    let prefix = prefix.of(prefix.printed.trim_matches(apart));
    let outlet = match DESK.find(prefix.simplified) {
        Some(desk) => &prefix.printed[..desk.start()],
        None => prefix.printed,
    };
    // A caption's words set apart before its credit (某县长逛市场与乡亲话家常 图文/王某) are no outlet: a
    // masthead without an outlet's ending is short.
    let outlet =
        if set_apart && outlet.chars().count() > 8 && !super::meta::is_outlet(outlet) { "" } else { outlet };
    let outlet = outlet.trim_start_matches('《').trim_end_matches([' ', '》']);
    // Bare names set apart before the first role are people, not an outlet (彭某某 实习生 胡某某).
    let (mut outlet, mut authors) = match parse_name_line(outlet) {
        Some(names) if set_apart && !super::meta::is_outlet(outlet) => ("", names),
        _ => (outlet, Vec::new()),
    };
    let (simplified, text) = (text.simplified, text.printed);
    // Byte offsets into `text` and `simplified` alike.
    let mut at = first.start();
    while at < text.len() {
        let role = ROLE.captures(&simplified[at..]).filter(|c| c.get(0).unwrap().start() == 0)?;
        let role_name = role_group(&role).range();
        let role_name = &text[at + role_name.start..at + role_name.end];
        let after = at + role.get(0).unwrap().end();
        let next = ROLE.find(&simplified[after..]).map_or(text.len(), |m| after + m.start());
        // A role qualifying the next one (文/记者 王明): the names follow the second.
        if next == after && next < text.len() {
            at = next;
            continue;
        }
        // Without the place of the report after the names (记者林志明／台南报导, 记者 何嘉欣 报道).
        let names_end = REPORT_TAIL.find(&simplified[after..next]).map_or(next, |m| after + m.start());
        // A desk word before the next role is no name (记者 张三 见习记者 …, 张三 本报通讯员 …).
        let names: Vec<&str> = text[after..names_end]
            .split(|c: char| {
                c.is_whitespace() || matches!(c, '、' | ',' | '，' | '/' | '／' | '|' | '｜' | '丨')
            })
            .filter(|n| !n.is_empty() && !is_desk(n))
            .collect();
        // The byline's outlet printed again, glued to the next role (每经记者 张三 每经编辑 李四): no name.
        let mut names = names;
        let glued = next < text.len() && names_end == next && !text[..next].ends_with(char::is_whitespace);
        if glued && names.len() > 1 && names.last() == Some(&outlet) {
            names.pop();
        }
        // Only desk words before the next role (文/图 本报记者 王某): the role qualifies it.
        if names.is_empty() && next < text.len() {
            at = next;
            continue;
        }
        // A site glued after the name (责任编辑:余凌某某网) is no part of it, nor an honorific (作者王某先生).
        let names: Vec<&str> = names.into_iter().map(without_outlet_tail).map(without_honorific).collect();
        // An outlet after names with a common surname (作者:王某 | 某某日报) is no person.
        let (outlets, names): (Vec<&str>, Vec<&str>) =
            names.into_iter().partition(|n| super::meta::is_outlet(n));
        if !outlets.is_empty() && names.iter().any(|n| parse_name_line(n).is_none()) {
            return None;
        }
        // An outlet alone before the next role is the reporter's paper (作者：某某日报记者 张三).
        if let ([paper], true) = (&outlets[..], names.is_empty() && next < text.len()) {
            outlet = paper;
            at = next;
            continue;
        }
        // Two-character names padded to three, one after the other (潘 某 卢 某 → 潘某, 卢某).
        let names: Vec<String> = if names.len() % 2 == 0 && names.iter().all(|n| n.chars().count() == 1) {
            names.chunks(2).map(|pair| pair.concat()).collect()
        } else {
            names.into_iter().map(str::to_owned).collect()
        };
        // A site printed as the author (作者:促进网) is no person.
        if names.is_empty() || !names.iter().all(|n| NAME.is_match(n) && !super::meta::is_outlet(n)) {
            return None;
        }
        for name in names {
            authors.push(Author { name, role: Some(role_name.to_owned()) });
        }
        at = next;
    }
    Some(((outlet.chars().count() >= 2).then(|| outlet.to_owned()), authors))
}

/// A credit without the work its last name did after a slash (记者: 王某/文, 本报记者 李某／摄): the
/// work is no role of its own, as names before their roles are (王某/文 李某/图); nor is text and photos
/// by the same hand glued after the name (记者张三文/图 → 张三).
fn without_work_tail(text: Forms) -> Forms {
    // Text and photos by the credited hand, glued after the name (记者张三文/图, 记者 李四 图/文).
    static PAIR: LazyLock<Regex> =
        LazyLock::new(|| pattern::compile(r"\p{Han}\s*(?:文\s*[/／、]\s*(?:图|摄影?)|图\s*[/／、]\s*文)$"));
    if let Some(m) = PAIR.find(text.simplified) {
        let end = m.start() + text.simplified[m.start()..].chars().next().map_or(0, char::len_utf8);
        if ROLE.find(&text.simplified[..end]).is_some_and(|r| r.end() < end) {
            return text.get(0..end);
        }
    }
    let work = ["文图", "图文", "文", "图", "摄"].iter().find_map(|w| text.simplified.strip_suffix(w));
    match work.map(str::trim_end).and_then(|t| t.strip_suffix(['/', '／'])) {
        Some(rest) if ROLE.is_match(rest) => text.get(0..rest.trim_end().len()),
        _ => text,
    }
}

/// A credit without the affiliation or note in brackets closing it (作者：王某（某某大学教授）, *作者王某先生
/// (1914~2010，曾任…, its bracket cut off by the page): the bracket opens after a role and a name and
/// runs to the line's end (its closing bracket already trimmed), holds two or more CJK characters and
/// opens with no role of its own (记者 张三（通讯员 李四）), and is no note of one character (张三（右）).
fn without_affiliation(text: Forms) -> Forms {
    let Some(open) = text.simplified.rfind(['（', '(']) else { return text };
    let (before, inside) = (&text.simplified[..open], &text.simplified[open..]);
    let closes = inside.contains([')', '）']);
    let han = inside.chars().filter(|&c| is_han(c)).count();
    let after_name = before.trim_end().ends_with(is_han) && ROLE.find(before).is_some();
    let note = inside[inside.chars().next().map_or(0, char::len_utf8)..].trim_start();
    if closes || han < 2 || !after_name || ROLE.find(note).is_some_and(|m| m.start() == 0) {
        return text;
    }
    text.get(0..before.trim_end().len())
}

/// A name without the honorific a credit gives it (作者李某先生 → 李某): the name left has two to four
/// characters.
fn without_honorific(word: &str) -> &str {
    match word.strip_suffix("先生").or_else(|| word.strip_suffix("女士")) {
        Some(name) if NAME.is_match(name) => name,
        _ => word,
    }
}

/// A name without a local site's name glued after it (余凌古田网 → 余凌): the name has two or three
/// characters, the site is a place the gazetteer knows and an outlet's ending (古田 + 网).
fn without_outlet_tail(word: &str) -> &str {
    if NAME.is_match(word) {
        return word;
    }
    let ends: Vec<usize> = word.char_indices().map(|(i, _)| i).skip(2).take(2).collect();
    ends.into_iter()
        .find(|&at| {
            let rest = &word[at..];
            let place = rest.char_indices().last().map_or("", |(end, _)| &rest[..end]);
            NAME.is_match(&word[..at])
                && super::meta::is_outlet(rest)
                && place.chars().count() >= 2
                && GAZETTEER.lookup(&crate::text::script::to_simplified(place)).is_some()
        })
        .map_or(word, |at| &word[..at])
}

/// Whether a word is only desk words (见习, 本报, 全媒体).
fn is_desk(word: &str) -> bool {
    DESK.find(&crate::text::script::to_simplified(word)).is_some_and(|m| m.start() == 0)
}

/// A credit without the agency's date code after its closing bracket (`(編輯:翁翠萍)1080402`) or an
/// editor's code after the last name (`责任编辑：王五 CN012`).
fn without_date_code(text: &str) -> &str {
    let before = text.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = text.len() - before.len();
    if (6..=8).contains(&digits) && before.ends_with([')', '）']) {
        return before;
    }
    // An editor's code after the name and a space (责任编辑：王五 CN012): capitals, then digits.
    let letters = before.trim_end_matches(|c: char| c.is_ascii_uppercase());
    let capitals = before.len() - letters.len();
    if (2..=4).contains(&digits) && (1..=3).contains(&capitals) && letters.ends_with(char::is_whitespace) {
        letters.trim_end()
    } else {
        text
    }
}

/// A line of one to four bare names (鄧安華 肖榮), each starting with a common surname.
pub(super) fn parse_name_line(text: &str) -> Option<Vec<Author>> {
    let names: Vec<&str> = text.split([' ', '、']).filter(|n| !n.is_empty()).collect();
    let plausible = |n: &&str| {
        let count = n.chars().count();
        (2..=3).contains(&count)
            && n.chars().all(is_han)
            && n.starts_with(|c| is_surname(simplified_char(c)))
            && !n.ends_with(|c| NOT_NAME_ENDINGS.contains(simplified_char(c)))
    };
    ((1..=4).contains(&names.len()) && names.iter().all(plausible))
        .then(|| names.iter().map(|n| Author { name: (*n).to_owned(), role: None }).collect())
}

/// Splits a photo credit off a caption: `沪滇临港昆明科技城。记者王俊星 摄` → the caption, the credit
/// text and the photographers.
pub(super) fn split_photo_credit(line: Forms<'_>) -> Option<(Forms<'_>, &str, Vec<Author>)> {
    let (c, authors) = photo_credit(line)?;
    let whole = c.get(0).unwrap();
    let caption = line.printed[..whole.start()].trim_end();
    // The credit follows the caption's own punctuation or a space.
    let separated = caption.ends_with(|c| SENTENCE_END.contains(&c) || matches!(c, '）' | ')' | '”'))
        || line.printed[whole.start()..].starts_with(char::is_whitespace)
        || c[1].starts_with(['记', '通']);
    if caption.is_empty() || !separated {
        return None;
    }
    Some((line.of(caption), line.printed[whole.range()].trim(), authors))
}

/// The photo credit ending a line (`PHOTO_CREDIT` on its simplified form) and the photographers it
/// names; `None` when one of them is no name.
fn photo_credit(line: Forms<'_>) -> Option<(regex::Captures<'_>, Vec<Author>)> {
    // The credit's 摄 ends the line, or stands before its closing bracket: most lines end otherwise,
    // and need no search.
    // Or it stands before the photo's agency in brackets (…摄(新华社发)).
    // 摄, or a photo report's 摄影报道.
    let ends_credit = |t: &str| t.trim_end_matches(['影', '报', '道', '导']).ends_with('摄');
    let agency = line.simplified.strip_suffix([')', '）']).and_then(|t| t.rfind(['(', '（']));
    let end = match agency.map(|at| line.simplified[..at].trim_end()) {
        Some(before) if ends_credit(before) => before,
        _ => line.simplified,
    };
    if !ends_credit(end.strip_suffix([')', '）']).unwrap_or(end)) {
        return None;
    }
    let c = PHOTO_CREDIT.captures(line.simplified)?;
    // Trimming spaces trims the same bytes of both forms.
    let credit = line.printed[c.get(1).unwrap().range()].trim();
    let role_len = PHOTO_ROLES.iter().find(|r| c[1].trim().starts_with(**r)).map_or(0, |r| r.len());
    let role = &line.printed[c.get(2).unwrap().range()];
    let authors: Vec<Author> = credit[role_len..]
        .split([' ', '、'])
        .filter(|n| !n.is_empty() && !is_photo_source(n))
        .map(|n| Author { name: glued_photographer(n).1.to_owned(), role: Some(role.to_owned()) })
        .collect();
    authors.iter().all(|a| NAME.is_match(&a.name)).then_some((c, authors))
}

/// A photographer's name glued after the outlet and the role that print it (某某报记者张三 → 某某报, 张三):
/// the outlet (also desk words alone: 本报记者李四 → no outlet) and the name; the word as it is when no
/// photo role stands inside it before a name.
fn glued_photographer(word: &str) -> (Option<&str>, &str) {
    let simplified = crate::text::script::to_simplified(word);
    let role = PHOTO_ROLES.iter().filter_map(|r| simplified.rfind(r).map(|at| at + r.len())).max();
    match role {
        Some(at) if at < word.len() && NAME.is_match(&word[at..]) && is_photo_source(&word[..at]) => {
            let head = &word[..at];
            let outlet =
                PHOTO_ROLES.iter().find_map(|r| simplified[..at].strip_suffix(r)).map(|o| &head[..o.len()]);
            let outlet = outlet.map(|o| DESK.find(&simplified[..o.len()]).map_or(o, |d| &o[..d.start()]));
            (outlet.filter(|o| super::meta::is_outlet(o)), &word[at..])
        }
        _ => (None, word),
    }
}

/// The outlet a caption's photo credit glues before its photographer's role (…一角。 某某报记者张三 摄 →
/// 某某报).
pub(super) fn photo_outlet(credit: &str) -> Option<String> {
    credit.split([' ', '、']).find_map(|w| glued_photographer(w).0).map(str::to_owned)
}

/// A credit marked with a bullet after a paragraph's last sentence (…更好的香港。 ●某某报记者 张三、李四), as
/// Hong Kong papers close a story's lead: the paragraph, the credit, its outlet and its people.
pub(super) fn split_marked_credit(line: Forms<'_>) -> Option<(Forms<'_>, &str, Option<String>, Vec<Author>)> {
    let at = line.printed.rfind('●')?;
    let before = line.printed[..at].trim_end();
    if at == 0 || !before.ends_with(|c| SENTENCE_END.contains(&c)) {
        return None;
    }
    let credit = line.get(at + '●'.len_utf8()..line.len()).trim();
    let (outlet, people) = parse(credit)?;
    (!people.is_empty()).then(|| (line.of(before), line.printed[at..].trim(), outlet, people))
}

/// Whether a word of a photo credit names where the photo comes from, not who took it: an outlet's
/// desk before its reporter (本报记者, 某某日报全媒体记者), an agency or outlet handing it out (新华社发), a
/// role word (通讯员).
fn is_photo_source(word: &str) -> bool {
    let simplified = crate::text::script::to_simplified(word);
    let rest = simplified.trim_end_matches('发');
    // A role of its own between the names (记者 张三 通讯员 李四 摄), or glued to its outlet and desk
    // (某某日报全媒体记者 张三 摄).
    let rest = PHOTO_ROLES.iter().find_map(|r| rest.strip_suffix(r)).unwrap_or(rest);
    let rest = DESK.find(rest).map_or(rest, |desk| &rest[..desk.start()]);
    // An agency's short name before the photographer (中某社 张三摄): a word of a photo credit ending
    // in 社 hands the photo out (a 合作社 prints no photo credit).
    let agency = (2..=4).contains(&rest.chars().count()) && rest.ends_with('社');
    rest.is_empty()
        || is_desk(rest)
        || agency
        || super::meta::is_outlet(rest)
        || super::meta::is_known_outlet(rest)
}

/// The people a meta line credits with a label (`2017-08-07 来源:东南网 责任编辑:阙小琴 我来说两句`),
/// with the bare names that follow the first one apart by spaces (`作者: 刘园园 崔爽`, each opening
/// with a common surname, up to the next label).
pub(super) fn labelled_in_line(line: Forms) -> Vec<Author> {
    let (simplified, line) = (line.simplified, line.printed);
    let mut people = Vec::new();
    let labels: Vec<regex::Captures> = LABELLED_NAME.captures_iter(simplified).collect();
    for (k, c) in labels.iter().enumerate() {
        let (Some(name), Some(role)) = (c.get(3), c.get(1).or(c.get(2))) else { continue };
        let (role, first) = (&line[role.range()], &line[name.range()]);
        // An empty field before the next label (作者: 来源:某某报, 作者 :编辑 :某某): the label is no name.
        if line[name.end()..].trim_start().starts_with([':', '：']) {
            continue;
        }
        let person = |n: &str| (NAME.is_match(n) && !super::meta::is_outlet(n)) || LATIN_NAME.is_match(n);
        if !person(first) {
            // A credit of its own up to the next label (作者:某某杂志记者 张三 通讯员 李四 编辑:王五).
            let to = labels.get(k + 1).map_or(line.len(), |n| n.get(0).unwrap().start());
            let value = Forms::new(&line[name.start()..to], &simplified[name.start()..to]);
            people.extend(parse(value).map(|(_, p)| p).unwrap_or_default());
            continue;
        }
        people.push(Author { name: first.to_owned(), role: Some(role.to_owned()) });
        let more =
            line[name.end()..].split_whitespace().map_while(|w| parse_name_line(w).filter(|_| person(w)));
        people.extend(more.flatten().map(|a| Author { role: Some(role.to_owned()), ..a }));
    }
    people
}

/// The people a meta line credits without a label, beside its date: `南台日报 记者王小明 2019年3月5日`,
/// and the author of a WeChat article's header line, the first of two words after 原创 (原创 张三
/// 某某发布 2024-05-01 10:00; the second is the account), with the outlet the credit prints before
/// its role (2018/11/28 19:18 某某网记者王小明 台北 → 某某网).
pub(super) fn in_date_line(line: Forms) -> (Option<String>, Vec<Author>) {
    let Some(date) = super::lines::find_date(line.simplified) else { return (None, Vec::new()) };
    let cut = |text: &str| format!("{} {}", &text[..date.start], &text[date.end..]);
    let (printed, simplified) = (cut(line.printed), cut(line.simplified));
    if let Some(credit) = parse(Forms::new(printed.trim(), simplified.trim())) {
        return credit;
    }
    // A credit after the line's other words (来源：西岭晚报 记者 王晓明 通讯员 李红): from the first word
    // opening with a role to the end.
    let credit = simplified.char_indices().filter(|&(_, c)| c.is_whitespace()).find_map(|(at, c)| {
        let from = at + c.len_utf8();
        ROLE.find(&simplified[from..]).filter(|m| m.start() == 0)?;
        parse(Forms::new(printed[from..].trim(), simplified[from..].trim()))
    });
    if let Some((_, people)) = credit {
        return (None, people);
    }
    // Bare names after the outlet set apart (2024-03-05 10:20 某某日报 王某 李某; not a channel: 某某日报 时政).
    let after: Vec<&str> = printed.split_whitespace().skip_while(|w| !super::meta::is_outlet(w)).collect();
    if let [outlet, names @ ..] = &after[..] {
        if !super::meta::is_generic_outlet(outlet) && !names.iter().any(|n| super::meta::is_site_or_tag(n)) {
            if let Some(people) = parse_name_line(&names.join(" ")) {
                return (None, people);
            }
        }
    }
    // An outlet glued to the names after it, the page's spaces lost (某某周刊张三 李四2018-06-21): the
    // longest head of the first word that is an outlet's name, and bare names after it (not a channel
    // glued to it, 某某日报时政, nor a place, 某某网北京).
    if let Some(first) = simplified.split_whitespace().next().filter(|w| w.chars().count() >= 5) {
        let at = simplified.len() - simplified.trim_start().len();
        let head = super::meta::outlet_head(Forms::new(&printed, &simplified), at..at + first.len());
        if let Some(head) = head.filter(|h| h.len() < first.len() && !super::meta::is_generic_outlet(h)) {
            let names = printed[at + head.len()..].trim();
            let plain = names.split_whitespace().all(|n| {
                !super::meta::is_site_or_tag(n)
                    && crate::text::gazetteer::GAZETTEER.longest_at(n, 0).is_none()
            });
            if let Some(people) = parse_name_line(names).filter(|_| plain) {
                return (Some(head), people);
            }
        }
    }
    let words: Vec<&str> = line.printed[..date.start].split_whitespace().collect();
    match words[..] {
        ["原创", name, _account]
            if (NAME.is_match(name) && !super::meta::is_outlet(name)) || LATIN_NAME.is_match(name) =>
        {
            (None, vec![Author { name: name.to_owned(), role: None }])
        }
        _ => (None, Vec::new()),
    }
}

/// What ends a last paragraph after its text: end marks and credits as printed, the outlet of the
/// first credit that prints one, the people in reading order, and the outlet of a source note
/// (`（来源：南通日报）`).
pub(super) struct Trailing<'a> {
    pub text: Forms<'a>,
    pub marks: Vec<Forms<'a>>,
    pub outlet: Option<String>,
    pub people: Vec<Author>,
    pub source: Option<String>,
}

/// Splits every credit, source note and end mark off the end of a paragraph, last first:
/// `…前景广阔。（记者 张三）（记者 李四）(完)` → `…前景广阔。` and the rest (see [`Trailing`]): an
/// inline credit in parentheses (`…發展。(綿報融媒記者 黃小芹)`) or a source note in them.
pub(super) fn split_all_trailing(line: Forms<'_>) -> Trailing<'_> {
    let mut text = line;
    let mut marks = Vec::new();
    let mut outlet = None;
    let mut source = None;
    let mut people: Vec<Vec<Author>> = Vec::new();
    loop {
        if let Some(m) = END_MARK.find(text.printed) {
            marks.push(text.of(m.as_str().trim()));
            text = text.get(0..m.start());
            continue;
        }
        // A credit after the last sentence, set apart by a space (…强链。 责任编辑：李红).
        if let Some((at, credit, o, p)) = credit_after_sentence(text) {
            outlet = o.or(outlet);
            people.push(p);
            marks.push(credit);
            text = text.get(0..at);
            continue;
        }
        // Bare names in a bracket the stored page cuts off before it closes (…關閉。 (梁某 黃某).
        if let Some(open) = text.printed.rfind(['(', '（']) {
            let inside = text.printed[open..].trim_start_matches(['(', '（']).trim();
            let unclosed = !inside.contains([')', '）']);
            if let Some(p) = unclosed.then(|| closing_names(text.get(0..open), inside)).flatten() {
                people.push(p);
                marks.push(text.of(text.printed[open..].trim()));
                text = text.get(0..open);
                continue;
            }
        }
        // (Compiled and asked only when a closing bracket could end a credit.)
        let closes = text.printed.contains([')', '）', '】']);
        let Some(c) = closes.then(|| TRAILING_CREDIT.captures(text.printed)).flatten() else { break };
        let (whole, inside) = (c.get(0).unwrap(), text.get(c.get(1).unwrap().range()));
        if let Some((o, p)) = parse(inside) {
            outlet = o.or(outlet);
            people.push(p);
        } else if let Some(outlet) =
            super::meta::labelled_source(inside).or_else(|| reported_by_outlet(inside))
        {
            source = Some(outlet);
        } else if let Some(p) = closing_names(text.get(0..whole.start()), inside.printed) {
            people.push(p);
        } else if let Some((o, p)) =
            ends_sentence(text.get(0..whole.start())).then(|| outlet_and_names(inside)).flatten()
        {
            outlet = Some(o);
            people.push(p);
        } else {
            // An office's credit, or a desk's initials after the last sentence (…意义。(kw)).
            let before = text.get(0..whole.start());
            let desk = ends_sentence(before) && DESK_INITIALS.is_match(inside.printed);
            if !(desk || is_office_credit(before, inside)) {
                break;
            }
        }
        marks.push(text.of(whole.as_str().trim()));
        text = text.get(0..whole.start());
    }
    marks.reverse();
    people.reverse();
    Trailing {
        text: text.of(text.printed.trim_end()),
        marks,
        outlet,
        people: people.into_iter().flatten().collect(),
        source,
    }
}

/// Bare names in brackets after the story's last sentence, the reporters' closing credit: `…签约。(张三
/// 李四)`, `…发展。(王 军)` (a two-character name padded to three, given without the space). `None`
/// unless the text before them ends a sentence and every word is a plausible name.
fn closing_names(before: Forms, inside: &str) -> Option<Vec<Author>> {
    if !before.printed.trim_end().ends_with(|c| SENTENCE_END.contains(&c)) {
        return None;
    }
    let padded: Vec<&str> = inside.split(' ').filter(|w| !w.is_empty()).collect();
    match padded[..] {
        // The padding is a name's typesetting, whatever its surname (…发展。(羽 祺)).
        [a, b] if a.chars().count() == 1 && b.chars().count() == 1 => padded_name(a, b),
        _ => parse_name_line(inside),
    }
}

/// Whether text ends a sentence, perhaps before spaces.
fn ends_sentence(text: Forms) -> bool {
    text.printed.trim_end().ends_with(|c| SENTENCE_END.contains(&c))
}

/// An outlet's closing credit in brackets after the story's last sentence: the outlet, a space, bare
/// names with common surnames (a two-character name perhaps padded: 张 曼), perhaps 报道 after them
/// (…建设。(某某报 张 曼、冯家园 报道), …雨林。(某某晚报·某某客户端 杜某某 秦某某)): the outlet (the
/// longest head of its word that is one) and the people. A slash may set the outlet apart, and then
/// a place glued to 报导 after the names is where the report was filed ((某某新闻/张三 台南报导)).
fn outlet_and_names(inside: Forms) -> Option<(String, Vec<Author>)> {
    let inside = inside.trim();
    let reported = ["报道", "报导"].iter().find_map(|t| inside.simplified.strip_suffix(t));
    let text = reported.unwrap_or(inside.simplified);
    let (space, sep) = text.char_indices().find(|(_, c)| matches!(c, ' ' | '/' | '／'))?;
    let outlet = super::meta::outlet_head(inside, 0..space)?;
    let mut names = &inside.printed[space + sep.len_utf8()..text.len()];
    if sep != ' ' && reported.is_some_and(|t| !t.ends_with(' ')) {
        names = names.rsplit_once(' ')?.0;
    }
    let mut people = Vec::new();
    for part in names.split('、').map(str::trim) {
        let padded: Vec<&str> = part.split(' ').filter(|w| !w.is_empty()).collect();
        match padded[..] {
            [a, b] if a.chars().count() == 1 && b.chars().count() == 1 => people.extend(padded_name(a, b)?),
            // Credited by the outlet, a name may end as a word does (冯家园).
            _ => {
                for name in padded {
                    people.push(credited_name(name)?);
                }
            }
        }
    }
    (!people.is_empty() && people.len() <= 4).then_some((outlet, people))
}

/// A credit in brackets alone on its line: an outlet's ((某某新闻/张三 台南报导), see
/// [`outlet_and_names`]), or bare names, perhaps after the office that wrote the story or before
/// 报道 ((张三 李四), (投资促进中心 张三), (张三报导)): its outlet and people.
pub(super) fn closing_credit_line(line: Forms) -> Option<(Option<String>, Vec<Author>)> {
    let line = line.trim();
    let inner = line.printed.strip_prefix(['(', '（'])?.strip_suffix([')', '）'])?;
    let inside = line.of(inner).trim();
    if let Some((outlet, people)) = outlet_and_names(inside) {
        return Some((Some(outlet), people));
    }
    let s = inside.simplified;
    let s = s.strip_suffix("报道").or_else(|| s.strip_suffix("报导")).unwrap_or(s).trim_end();
    let from = s.split_once(' ').filter(|(office, _)| is_office(office)).map_or(0, |(o, _)| o.len() + 1);
    Some((None, parse_name_line(&inside.printed[from..s.len()])?))
}

/// A name of two or three CJK characters opening with a common surname.
fn credited_name(name: &str) -> Option<Author> {
    let plausible = (2..=3).contains(&name.chars().count())
        && name.chars().all(is_han)
        && name.starts_with(|c| is_surname(simplified_char(c)));
    plausible.then(|| Author { name: name.to_owned(), role: None })
}

/// The office that wrote the story, in brackets after its last sentence (…基础。(政府办综合二科),
/// …进度。（县发改委）, …完工。（水利署）): a credit naming no person.
static OFFICE: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"^\p{Han}{1,10}(?:办|科|局|署|室|处|部|委|中心|站|所)$"));

/// Whether bracketed text after a sentence's end is the office's credit ([`OFFICE`]).
fn is_office_credit(before: Forms, inside: Forms) -> bool {
    ends_sentence(before) && is_office(inside.simplified)
}

/// A desk's initials in brackets after the story's last sentence, as Hong Kong papers close a story
/// (…市場。(nc), …發展。(KL/ws)): a credit naming no one.
static DESK_INITIALS: LazyLock<Regex> =
    LazyLock::new(|| pattern::compile(r"^[A-Za-z]{1,4}(?:/[A-Za-z]{1,4})?$"));

/// Whether a (simplified) text is only an office's name ([`OFFICE`]: 县发改委, 工业局).
pub(super) fn is_office(simplified: &str) -> bool {
    OFFICE.is_match(simplified)
}

/// A two-character name padded to three with a space (王 军, 羽 祺): the name without the space.
fn padded_name(a: &str, b: &str) -> Option<Vec<Author>> {
    let name = format!("{a}{b}");
    let plausible =
        name.chars().all(is_han) && !b.ends_with(|c| NOT_NAME_ENDINGS.contains(simplified_char(c)));
    plausible.then(|| vec![Author { name, role: None }])
}

/// A credit without brackets after a paragraph's last sentence end and a space (`…强链。 责任编辑：李红`):
/// where the paragraph's text ends, the credit, its outlet and people.
fn credit_after_sentence(line: Forms<'_>) -> Option<(usize, Forms<'_>, Option<String>, Vec<Author>)> {
    let (end, mark) = line.printed.char_indices().rfind(|(_, c)| SENTENCE_END.contains(c))?;
    let at = end + mark.len_utf8();
    let rest = line.get(at..line.len());
    if !rest.printed.starts_with(char::is_whitespace) {
        return None;
    }
    let credit = rest.trim();
    // A toolbar's bar may close the line (… 编审:某某 |).
    let bare = credit.of(credit.printed.trim_end_matches(['|', '｜', ' ']));
    if bare.printed.is_empty() {
        return None;
    }
    if let Some((outlet, people)) = parse(bare) {
        return Some((at, credit, outlet, people));
    }
    // A chain of credits with the source among them (记者:张三 通讯员:李四 来源:某某融媒体中心
    // 责任编辑:王五): the credits either side of the source, and the source as the outlet.
    let label = SOURCE_IN_CHAIN.find(bare.simplified)?;
    let outlet = super::meta::labelled_source(bare.get(label.range()))?;
    let mut people = Vec::new();
    for part in [bare.get(0..label.start()), bare.get(label.end()..bare.len())] {
        let part = part.trim();
        if !part.printed.is_empty() {
            people.extend(parse(part)?.1);
        }
    }
    (!people.is_empty()).then_some((at, credit, Some(outlet), people))
}

/// A source label and its value, set apart by spaces inside a chain of credits (来源:某某融媒体中心).
static SOURCE_IN_CHAIN: LazyLock<Regex> = LazyLock::new(|| pattern::compile(r"(?:^|\s)来源\s*[:：]\s*\S+"));

/// The outlet of a report mark closing a story: `星島日報報道` (in its brackets) → 星島日報, also with
/// the place of the report after a slash (`某洲日報/北橋報道`); of a joint
/// report, the first of its outlets and offices (`某某网、某某市台办联合报道` → 某某网).
fn reported_by_outlet(inside: Forms) -> Option<String> {
    let Some(outlet) =
        inside.simplified.strip_suffix("报道").or_else(|| inside.simplified.strip_suffix("报导"))
    else {
        return sources_list(inside);
    };
    let first = match outlet.strip_suffix("联合") {
        Some(joint) => joint.split(['、', '和']).next().unwrap_or(joint),
        // The place of the report after a slash (星洲日报/北桥报道).
        None => outlet.split(['/', '／']).next().unwrap_or(outlet),
    };
    super::meta::is_outlet(first).then(|| inside.printed[..first.len()].to_owned())
}

/// A source label and its credit glued before the first paragraph on its line, as a WeChat repost's
/// preview prints them (来源:某某日报 记者 张三 李四 通讯员 王五 2月13日,…): the label and its outlet
/// (the next word too after a bare label), then words that are roles or names up to the story; the
/// credit, the story after it and the people. `None` without a role among the words.
pub(super) fn split_leading_source(text: Forms) -> Option<(Forms, Forms, Vec<Author>)> {
    let s = text.simplified;
    let mut words = s.split(' ').scan(0, |at, w| {
        let start = *at;
        *at += w.len() + 1;
        Some((start, w))
    });
    let (_, label) = words.next()?;
    let (mut from, mut end) = (0, label.len());
    let value = label.strip_prefix("来源")?;
    if !value.starts_with([':', '：']) {
        return None;
    }
    if value.trim_matches([':', '：']).is_empty() {
        end = words.by_ref().find(|(_, w)| !w.is_empty()).map(|(at, w)| at + w.len())?;
    }
    let mut role = false;
    for (at, w) in words.filter(|(_, w)| !w.is_empty()) {
        let is_role = ROLE.find(w).is_some_and(|m| m.start() == 0 && m.end() == w.len());
        if !(is_role
            || (w.chars().count() <= 3 && parse_name_line(&text.printed[at..at + w.len()]).is_some()))
        {
            break;
        }
        if is_role && !role {
            (role, from) = (true, at);
        }
        end = at + w.len();
    }
    let (_, people) = role.then(|| parse(text.get(from..end)))??;
    let rest = text.get(end..s.len());
    let rest = rest.get(rest.printed.len() - rest.printed.trim_start().len()..rest.printed.len());
    Some((text.get(0..end), rest, people))
}

/// A compiled story's sources joined by slashes (海峽時報/8World, 某某日报／某某社): the first, an
/// outlet, when every other is an outlet or a name in Latin letters (not 人工智能/AI, 某某日报/北桥).
fn sources_list(inside: Forms) -> Option<String> {
    let mut parts = inside.simplified.split(['/', '／']);
    let first = parts.next()?;
    let latin = |p: &str| {
        p.starts_with(|c: char| c.is_ascii_alphanumeric()) && p.chars().all(|c| c.is_ascii_alphanumeric())
    };
    let mut rest = parts.peekable();
    rest.peek()?;
    (super::meta::is_outlet(first) && rest.all(|p| latin(p) || super::meta::is_outlet(p)))
        .then(|| inside.printed[..first.len()].to_owned())
}

/// Splits a credit in parentheses off the start of a paragraph: `(速新闻记者 张琥) 苏州…`.
pub(super) fn split_leading(line: Forms<'_>) -> Option<(Forms<'_>, &str, Option<String>, Vec<Author>)> {
    // (Compiled and asked only when a bracket could open a credit.)
    let c = line.printed.contains(['（', '(', '【']).then(|| LEADING_CREDIT.captures(line.printed))??;
    let inside = c.get(1).or_else(|| c.get(2))?;
    // A report credit in brackets (【记者张三/台南报导】) stays with the paragraph (`report_credit`).
    let report = line.get(inside.range()).simplified.ends_with(['导', '道', '电']);
    if c.get(2).is_some() && report {
        return None;
    }
    let (outlet, authors) = parse(line.get(inside.range()))?;
    let whole = c.get(0).unwrap();
    Some((line.get(whole.end()..line.len()), whole.as_str().trim(), outlet, authors))
}

/// The outlet and reporters of a report credit opening a paragraph, which stays in the body
/// (`千秋新闻【记者何友明/蔡本文/章大钧台南报导】`, `(中央社记者郝雪卿台中2日电)`): the last name is
/// followed by the place of the report, two characters.
pub(super) fn report_credit(line: Forms) -> Option<(Option<String>, Vec<Author>)> {
    let (simplified, line) = (line.simplified, line.printed);
    // (Compiled and asked only of a line naming a reporter.)
    let c = simplified.contains("记者").then(|| REPORT_CREDIT.captures(simplified))??;
    let printed = |i: usize| &line[c.get(i).unwrap().range()];
    let role = printed(2);
    let role = &role[role.len() - "记者".len()..];
    let mut names: Vec<&str> = printed(3).split(['/', '／', '、', ' ']).filter(|n| !n.is_empty()).collect();
    let last = names.pop()?;
    let chars: Vec<(usize, char)> = last.char_indices().collect();
    // The place after a slash (李文华／屏东, two or three characters), or glued to the last name
    // (郝雪卿台中: the last two of four or five); a name set apart from 报道 by a space names no
    // place (【本报记者 何志强 报道】).
    match chars.len() {
        _ if !c[4].is_empty() && names.is_empty() => names.push(last),
        2..=3 if !names.is_empty() => {}
        4..=5 => names.push(&last[..chars[chars.len() - 2].0]),
        // A longer place glued to the name (王明吉隆坡), perhaps with its county's or city's word
        // (王明东岭县): the name is what the gazetteer's place leaves.
        6..=7 => {
            let place = |at: usize| {
                crate::text::script::to_simplified(last[at..].trim_end_matches(['县', '縣', '市']))
            };
            let split = (2..=3).rev().map(|n| chars[n].0).find(|&at| GAZETTEER.lookup(&place(at)).is_some());
            names.push(&last[..split?]);
        }
        _ => return None,
    }
    if !names.iter().all(|n| NAME.is_match(n)) {
        return None;
    }
    // The outlet before the bracket, else one named before 记者 inside it (中央社记者).
    let agency = c[2][..c[2].len() - "记者".len()].trim_end_matches(['/', '／', '╱']);
    let outlet = printed(1).trim();
    let outlet = if outlet.chars().count() >= 2 {
        Some(outlet.to_owned())
    } else {
        super::meta::is_outlet(agency).then(|| printed(2)[..agency.len()].to_owned())
    };
    Some((
        outlet,
        names.into_iter().map(|n| Author { name: n.to_owned(), role: Some(role.to_owned()) }).collect(),
    ))
}

/// Splits a credit off a dateline: `本报讯（记者 张三）5月31日…` → `本报讯 5月31日…`; an agency's
/// wire dateline (…日电) may credit bare names.
pub(super) fn split_dateline(line: Forms) -> Option<(String, String, Vec<Author>)> {
    // (Compiled and asked only when a parenthesis could open a credit.)
    let c = line.simplified.contains(['（', '(']).then(|| DATELINE_CREDIT.captures(line.simplified))??;
    let printed = |i: usize| &line.printed[c.get(i).unwrap().range()];
    // An agency's wire dateline credits its reporters by bare names (新华社拉萨6月10日电(王军、李键)),
    // and so does a paper's own (本报讯(王军 李键)).
    let wire =
        || printed(1).ends_with(['电', '電', '讯', '訊']).then(|| parse_name_line(printed(2))).flatten();
    let authors = parse(line.get(c.get(2).unwrap().range())).map(|(_, a)| a).or_else(wire)?;
    let whole = c.get(0).unwrap();
    let text = format!("{} {}", printed(1), &line.printed[whole.end()..]);
    Some((text, format!("（{}）", printed(2)), authors))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::script::to_simplified;

    /// The end mark, compiled only for a line holding 完, answers as compiled (made-up lines).
    #[test]
    fn gated_end_mark_answers_as_compiled() {
        END_MARK.assert_gate(&["某某前景广阔。(完)", "某某。（全文完）", "某某。【 完 】 ", "某某完成。"], 3);
    }

    /// Both forms of a test's text (kept for the test's run).
    fn f(text: &'static str) -> Forms<'static> {
        Forms::new(text, Box::leak(to_simplified(text).into_owned().into_boxed_str()))
    }

    fn names(a: &[Author]) -> Vec<(&str, &str)> {
        a.iter().map(|a| (a.name.as_str(), a.role.as_deref().unwrap_or(""))).collect()
    }

    /// Class: a Taiwanese byline of bare names after its outlet, set apart.
    #[test]
    fn outlet_before_bare_names_reported() {
        let (outlet, a) = parse(f("中國時報 林某明、簡某玲／台南報導")).unwrap();
        assert_eq!(outlet.as_deref(), Some("中國時報"));
        assert_eq!(names(&a), [("林某明", "報導"), ("簡某玲", "報導")]);
        // Not an office before the names, nor words that are no outlet.
        assert!(parse(f("消防局 林某明／台南報導")).map_or(true, |(o, _)| o.is_none()));
    }

    #[test]
    fn bylines_parse() {
        let (outlet, a) = parse(f("昆明日报全媒体记者:贾献培")).unwrap();
        assert_eq!(outlet.as_deref(), Some("昆明日报"));
        assert_eq!(names(&a), [("贾献培", "记者")]);
        assert_eq!(names(&parse(f("全媒体记者 陈维")).unwrap().1), [("陈维", "记者")]);
        assert_eq!(names(&parse(f("编辑:郭成")).unwrap().1), [("郭成", "编辑")]);
        assert_eq!(names(&parse(f("（编辑 王五）")).unwrap().1), [("王五", "编辑")]);
        assert_eq!(
            names(&parse(f("记者 刘攀 通讯员 胡谦")).unwrap().1),
            [("刘攀", "记者"), ("胡谦", "通讯员")]
        );
        assert!(parse(f("长沙晚报全媒体记者 刘攀 通讯员 胡谦“初生牛犊不怕虎!")).is_none());
        assert!(parse(f("记者从市经信局获悉，园区产值增长。")).is_none());
        assert_eq!(names(&parse(f("本报首席记者 潘明摄")).unwrap().1), [("潘明", "摄")]);
        assert_eq!(names(&parse(f("(南评社 方某某摄)")).unwrap().1), [("方某某", "摄")]);
        let (outlet, a) = parse(f("XTV记者 王小明")).unwrap();
        assert_eq!((outlet.as_deref(), names(&a)), (Some("XTV"), vec![("王小明", "记者")]));
        // Found on the simplified text, returned as printed.
        let (outlet, a) = parse(f("綿陽日報全媒體記者 黃小芹 通訊員 鄧安華")).unwrap();
        assert_eq!(outlet.as_deref(), Some("綿陽日報"));
        assert_eq!(names(&a), [("黃小芹", "記者"), ("鄧安華", "通訊員")]);
    }

    #[test]
    fn credits_split_off() {
        let (caption, _, a) = split_photo_credit(f("沪滇临港昆明科技城。记者王俊星 摄")).unwrap();
        assert_eq!(caption.printed, "沪滇临港昆明科技城。");
        assert_eq!(names(&a), [("王俊星", "摄")]);
        let (caption, credit, a) = split_photo_credit(f("園區一角。記者 王俊星 攝")).unwrap();
        assert_eq!((caption.printed, credit), ("園區一角。", "記者 王俊星 攝"));
        assert_eq!(names(&a), [("王俊星", "攝")]);
        // A credit in parentheses straight after the caption (the separation check used to slice
        // inside the parenthesis and panic).
        assert_eq!(split_photo_credit(f("园区一角（记者王俊星 摄）")).unwrap().0.printed, "园区一角");
        assert!(split_photo_credit(f("园区一角（王俊星 摄）")).is_none());
        let trailing = split_all_trailing(f("推動園區高質量發展。(綿報融媒記者 黃小芹)"));
        assert_eq!(trailing.text.printed, "推動園區高質量發展。");
        assert_eq!(names(&trailing.people), [("黃小芹", "記者")]);
        assert!(split_all_trailing(f("特色(專業)園區")).marks.is_empty());
        // Bare names closing the story, an editor's credit in 【】 after the end mark.
        let trailing = split_all_trailing(f("项目已开工。（张明 李华）"));
        assert_eq!(
            (trailing.text.printed, names(&trailing.people)),
            ("项目已开工。", vec![("张明", ""), ("李华", "")])
        );
        assert_eq!(names(&split_all_trailing(f("园区扩容。 (王 军)")).people), [("王军", "")]);
        let trailing = split_all_trailing(f("产业升级。(完) 【编辑:赵六】"));
        assert_eq!((trailing.text.printed, names(&trailing.people)), ("产业升级。", vec![("赵六", "编辑")]));
        // Not after a sentence's end, or not names: part of the text.
        assert!(split_all_trailing(f("落户龙华（张村）")).people.is_empty());
        assert!(split_all_trailing(f("已竣工。（图片）")).people.is_empty());
        let (text, _, a) = split_dateline(f("本报讯（记者 张三）5月31日，园区开工。")).unwrap();
        assert_eq!(text, "本报讯 5月31日，园区开工。");
        assert_eq!(names(&a), [("张三", "记者")]);
    }

    #[test]
    fn name_lines() {
        assert_eq!(names(&parse_name_line("鄧安華 肖榮").unwrap()), [("鄧安華", ""), ("肖榮", "")]);
        assert!(parse_name_line("图片推荐").is_none());
        assert!(parse_name_line("高新区").is_none());
    }
}
