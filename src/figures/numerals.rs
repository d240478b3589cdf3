//! Numbers as printed in Chinese news: Arabic (2,500, 26.1, full-width digits), Chinese (四十万,
//! 一万五千亿, 大写 壹佰), mixed (1.1万, 3万4000, 25万6千), and vague numerals
//! that stand for a range (两三, 十几, 数十). Read on the simplified text: a traditional 萬 or 兩 arrives
//! as 万 or 两.

use crate::text::chars;

/// A parsed number. `low == high` unless the numeral is vague (两三 = 2..3, 十几 = 11..19).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Number {
    /// The smallest value the numeral can mean.
    pub(crate) low: f64,
    /// The largest value the numeral can mean.
    pub(crate) high: f64,
    /// The numeral starts with a scale character other than 十 (亿, 百, 千亿): it names an order of
    /// magnitude (亿元以上企业, 千亿级) rather than a count of it.
    pub(crate) bare_scale: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    /// A digit run: an Arabic number (`chinese` false) or one Chinese digit.
    Digit { value: f64, chinese: bool },
    /// 几 or 数: any digit from 1 to 9.
    Vague,
    /// 十 百 千 万 亿 兆.
    Scale(f64),
}

/// The value of a Chinese digit character (零〇一二…九, 大写 壹贰叁…), of 两 (2), or of 半 (0.5).
fn chinese_digit(c: char) -> Option<f64> {
    match c {
        '两' | '俩' => Some(2.0),
        '半' => Some(0.5),
        _ => chars::chinese_digit(c).or_else(|| chars::capital_digit(c)).map(f64::from),
    }
}

fn scale(c: char) -> Option<f64> {
    Some(match c {
        '十' | '拾' => 10.0,
        '百' | '佰' => 100.0,
        '千' | '仟' => 1e3,
        '万' => 1e4,
        '亿' => 1e8,
        '兆' => 1e12,
        _ => return None,
    })
}

/// Maps full-width digits and the full-width point to ASCII.
fn ascii_digit(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '．' => '.',
        _ => c,
    }
}

fn tokens(text: &str) -> Option<Vec<Token>> {
    let mut out = Vec::new();
    let mut arabic = String::new();
    let flush = |arabic: &mut String, out: &mut Vec<Token>| -> Option<()> {
        if !arabic.is_empty() {
            out.push(Token::Digit { value: arabic.parse().ok()?, chinese: false });
            arabic.clear();
        }
        Some(())
    };
    // White space between two digits splits two numbers (二百五 二百五): not one numeral. Next to a
    // scale it is only spacing (三千 九百 六十五, 7 万5 千).
    let mut spaced = false;
    let text = text.replace('廿', "二十").replace('卅', "三十").replace('卌', "四十");
    for c in text.chars().map(ascii_digit) {
        if c.is_whitespace() {
            if !arabic.is_empty() {
                flush(&mut arabic, &mut out)?;
            }
            spaced = true;
            continue;
        }
        let digit_next = c.is_ascii_digit() || chinese_digit(c).is_some();
        if spaced && digit_next && matches!(out.last(), Some(Token::Digit { .. })) && arabic.is_empty() {
            return None;
        }
        spaced = false;
        if c.is_ascii_digit() || c == '.' {
            arabic.push(c);
            continue;
        }
        if c == ',' || c == '，' || c == '、' {
            continue; // a thousands separator (the scanner only lets `,ddd` through), a pair's 、 (二、三)
        }
        flush(&mut arabic, &mut out)?;
        if let Some(value) = chinese_digit(c) {
            out.push(Token::Digit { value, chinese: true });
        } else if let Some(m) = scale(c) {
            out.push(Token::Scale(m));
        } else if c == '几' || c == '数' {
            out.push(Token::Vague);
        } else if c == '余' || c == '多' || c == '个' {
            // An approximation marker inside the number (1600余万): it does not change the value; the
            // 个 of 两个亿 neither.
        } else {
            return None;
        }
    }
    flush(&mut arabic, &mut out)?;
    (!out.is_empty()).then_some(out)
}

/// Evaluates tokens without vague ones. Scales from 万 up group what comes before them: a larger
/// scale takes every smaller group before it (一千一百万一千亿 = (1100万 + 1000) 亿), a smaller one
/// starts a group of its own (五兆六十二亿 = 5兆 + 62亿), and two scales in a row multiply (4.78万亿,
/// 四万万).
fn evaluate(tokens: &[Token]) -> f64 {
    // Groups closed by 万, 亿 or 兆: (value, scale), scales falling.
    let mut groups: Vec<(f64, f64)> = Vec::new();
    let mut section = 0.0;
    let mut current: Option<f64> = None;
    let mut previous: Option<Token> = None;
    for (i, &t) in tokens.iter().enumerate() {
        match t {
            Token::Digit { value, chinese } => {
                current = match (current, previous) {
                    // Positional Chinese digits: 二〇二三.
                    (Some(c), Some(Token::Digit { chinese: true, .. })) if chinese => Some(c * 10.0 + value),
                    // 零 is a placeholder between scales (一千零五).
                    _ if chinese && value == 0.0 => current,
                    _ => Some(value),
                };
                // A last single Chinese digit right after a scale abbreviates the next lower scale:
                // 一万五 = 15000, 三千五 = 3500, 百三 = 130.
                if chinese && i + 1 == tokens.len() {
                    if let Some(Token::Scale(m)) = previous {
                        if m >= 100.0 {
                            current = Some(value * m / 10.0);
                        }
                    }
                }
            }
            Token::Scale(m) if m < 1e4 => {
                section += current.take().unwrap_or(1.0) * m;
            }
            Token::Scale(m) => {
                let own = section + current.take().unwrap_or(0.0);
                section = 0.0;
                match previous {
                    Some(Token::Scale(p)) if p >= 1e4 && own == 0.0 && !groups.is_empty() => {
                        let (v, s) = groups.pop().unwrap_or((1.0, 1.0));
                        groups.push((v * m, s * m));
                    }
                    _ => {
                        let mut v = own;
                        while let Some(&(gv, gs)) = groups.last() {
                            if gs >= m {
                                break;
                            }
                            v += gv;
                            groups.pop();
                        }
                        if v == 0.0 {
                            v = 1.0; // 亿元, 万元: one of the scale
                        }
                        groups.push((v * m, m));
                    }
                }
            }
            Token::Vague => {}
        }
        previous = Some(t);
    }
    groups.iter().map(|g| g.0).sum::<f64>() + section + current.unwrap_or(0.0)
}

/// Replaces a pair of adjacent Chinese digits that reads as "a or b" (两三, 三五, 七八) with one of
/// them: `which` 0 keeps the first, 1 the second. Positional runs of three or more stay.
fn pick_pair(tokens: &[Token], which: usize) -> Option<Vec<Token>> {
    let is_cn = |t: Option<&Token>| matches!(t, Some(Token::Digit { chinese: true, value }) if *value >= 1.0);
    let is_digit = |t: Option<&Token>| matches!(t, Some(Token::Digit { .. }));
    let i = (0..tokens.len().saturating_sub(1)).find(|&i| {
        is_cn(tokens.get(i))
            && is_cn(tokens.get(i + 1))
            && !is_digit(i.checked_sub(1).and_then(|j| tokens.get(j)))
            && !is_digit(tokens.get(i + 2))
    })?;
    let (Token::Digit { value: a, .. }, Token::Digit { value: b, .. }) = (tokens[i], tokens[i + 1]) else {
        return None;
    };
    let ok = b == a + 1.0 || (a, b) == (3.0, 5.0);
    ok.then(|| {
        let mut v = tokens.to_vec();
        v.remove(i + 1 - which);
        v
    })
}

/// Rounds away the binary noise of decimal arithmetic (16.31 × 1e8 = 1630999999.9999998 → 1631000000),
/// keeping 12 significant digits.
pub(crate) fn tidy(v: f64) -> f64 {
    // A whole number of at most 12 digits is already what rounding would give (most figures are).
    if v.fract() == 0.0 && v.abs() < 1e12 {
        return v;
    }
    format!("{v:.11e}").parse().unwrap_or(v)
}

/// The whole and the fraction of a Chinese numeral with a decimal point: 点, a middle dot, or a printed
/// point right after a Chinese numeral (九.四, 十三.八; the point of 1.5 is an Arabic number's).
fn split_at_chinese_point(text: &str) -> Option<(&str, &str)> {
    let (at, point) = text.char_indices().find(|&(at, c)| {
        matches!(c, '点' | '·')
            || matches!(c, '.' | '．')
                && text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|p| chinese_digit(p).is_some() || scale(p).is_some())
    })?;
    Some((&text[..at], &text[at + point.len_utf8()..]))
}

/// Parses a numeral; `None` when `text` is not one. A Chinese decimal point (三点一, 两千万点五五, a
/// middle dot: 十九·九一, or a printed point: 九.四) is followed by digits, and at most scales from 万 up that multiply the
/// whole (三点五亿 = 3.5亿), or only the group after a larger scale (一兆三百点五亿 = 1兆 + 300.5亿).
pub(crate) fn parse(text: &str) -> Option<Number> {
    if let Some((whole, fraction)) = split_at_chinese_point(text) {
        let digits_end = fraction.trim_end_matches(['万', '亿', '兆', ' ', '\u{3000}', '\t']).len();
        let multiplier: f64 = fraction[digits_end..].chars().filter_map(scale).product();
        // A larger scale before the decimal closes a group of its own (一兆|一千三百点五二亿).
        let head_end = whole
            .char_indices()
            .rev()
            .find(|&(_, c)| scale(c).is_some_and(|m| m >= 1e4 && m > multiplier && multiplier > 1.0))
            .map(|(i, c)| i + c.len_utf8());
        if let Some(end) = head_end {
            let head = parse(&whole[..end])?;
            let tail = parse(&text[end..])?;
            let value = tidy(head.low + tail.low);
            return (head.low == head.high && tail.low == tail.high).then_some(Number {
                low: value,
                high: value,
                bare_scale: head.bare_scale,
            });
        }
        let fraction = &fraction[..digits_end];
        let n = parse(whole.trim())?;
        let digits: Option<String> = fraction
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| {
                chinese_digit(c).filter(|d| d.fract() == 0.0 && c != '两').map(|d| char::from(b'0' + d as u8))
            })
            .collect();
        let digits = digits.filter(|d| !d.is_empty())?;
        if n.low != n.high || n.low.fract() != 0.0 {
            return None;
        }
        let value: f64 = format!("{}.{digits}", n.low).parse().ok()?;
        let value = tidy(value * multiplier);
        return Some(Number { low: value, high: value, bare_scale: n.bare_scale });
    }
    let tokens = tokens(text)?;
    // 五十千, 十百: a small scale right after a smaller or equal one is no numeral; nor right after 万 or
    // 亿 without a digit between (一百万千米 is 一百万 + 千米, 2828.08万千伏安 is 2828.08万 + 千伏安).
    if tokens
        .windows(2)
        .any(|w| matches!(w, [Token::Scale(a), Token::Scale(b)] if *b < 1e4 && (b >= a || *a >= 1e4)))
    {
        return None;
    }
    let bare_scale = matches!(tokens[0], Token::Scale(m) if m > 10.0);
    if tokens.iter().all(|t| matches!(t, Token::Vague)) {
        return None;
    }
    let replace_vague = |digit: f64| -> Vec<Token> {
        tokens
            .iter()
            .map(|&t| if t == Token::Vague { Token::Digit { value: digit, chinese: true } } else { t })
            .collect()
    };
    let (low, high) = if tokens.contains(&Token::Vague) {
        (evaluate(&replace_vague(1.0)), evaluate(&replace_vague(9.0)))
    } else if let (Some(lo), Some(hi)) = (pick_pair(&tokens, 0), pick_pair(&tokens, 1)) {
        (evaluate(&lo), evaluate(&hi))
    } else {
        let v = evaluate(&tokens);
        (v, v)
    };
    Some(Number { low: tidy(low), high: tidy(high), bare_scale })
}

/// A number printed as a year (2011, 二〇一一): four digits from 1900 to 2100.
pub(crate) fn is_year(text: &str) -> bool {
    let digits: Vec<char> = text.chars().map(ascii_digit).collect();
    if digits.len() != 4 {
        return false;
    }
    let value = if digits.iter().all(char::is_ascii_digit) {
        digits.iter().collect::<String>().parse::<u32>().ok()
    } else {
        digits.iter().try_fold(0u32, |acc, &c| {
            chinese_digit(c).filter(|d| d.fract() == 0.0).map(|d| acc * 10 + d as u32)
        })
    };
    value.is_some_and(|y| (1900..=2100).contains(&y))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str) -> f64 {
        let n = parse(s).unwrap_or_else(|| panic!("{s} parses"));
        assert_eq!(n.low, n.high, "{s} is exact");
        n.low
    }

    #[test]
    fn arabic() {
        assert_eq!(value("2,500"), 2500.0);
        assert_eq!(value("26.1"), 26.1);
        assert_eq!(value("１２"), 12.0);
        assert_eq!(value("3．5"), 3.5);
    }

    #[test]
    fn chinese() {
        assert_eq!(value("四十万"), 400_000.0);
        assert_eq!(value("六百"), 600.0);
        assert_eq!(value("十二"), 12.0);
        assert_eq!(value("二十"), 20.0);
        assert_eq!(value("一万五千亿"), 1.5e12);
        assert_eq!(value("一千零五"), 1005.0);
        assert_eq!(value("壹佰贰拾"), 120.0);
        assert_eq!(value("两万"), 20_000.0);
        assert_eq!(value("一万五"), 15_000.0);
        assert_eq!(value("二〇二三"), 2023.0);
        assert_eq!(value("亿"), 1e8);
        assert_eq!(value("五万亿"), 5e12);
        assert_eq!(value("半"), 0.5);
        assert_eq!(value("一兆二千三百四十点五六亿"), 1.234056e12);
        assert_eq!(value("三万二千点五"), 32_000.5);
        assert!(parse("一百万千").is_none() && parse("3万千").is_none());
    }

    #[test]
    fn mixed() {
        assert_eq!(value("1.1万"), 11_000.0);
        assert_eq!(value("5.18万"), 51_800.0);
        assert_eq!(value("3万4000"), 34_000.0);
        assert_eq!(value("25万6千"), 256_000.0);
        assert_eq!(value("1600余万"), 1.6e7);
        assert_eq!(value("300多亿"), 3e10);
        assert_eq!(value("1.5兆"), 1.5e12);
        assert_eq!(value("2,500亿"), 2.5e11);
    }

    #[test]
    fn vague() {
        let r = |s: &str| parse(s).map(|n| (n.low, n.high)).unwrap();
        assert_eq!(r("两三"), (2.0, 3.0));
        assert_eq!(r("三五"), (3.0, 5.0));
        assert_eq!(r("十几"), (11.0, 19.0));
        assert_eq!(r("数十亿"), (1e9, 9e9));
        assert_eq!(r("七八十"), (70.0, 80.0));
        assert!(parse("几").is_none());
    }

    #[test]
    fn bare_scale_and_years() {
        assert!(parse("千亿").unwrap().bare_scale);
        assert!(!parse("十个".trim_end_matches('个')).unwrap().bare_scale);
        assert!(is_year("2011") && is_year("二〇一一") && !is_year("1600") && !is_year("38"));
    }
}
