//! Texts of pathological shapes, each built at any size: what a paste from a PDF, a minified page or a
//! spreadsheet can look like. `tests/shapes.rs` checks that the analysis takes linear time on every
//! one (docs/DESIGN.md, "Linear time"), `benches/shapes.rs` prints the throughput and peak memory of
//! each at full size, `examples/peak.rs` measures one file.

/// A paragraph of ordinary article text (seed 000's body, as the cleaner returns it).
pub const PROSE: &str = "强强联手,必定有新的发展与跨越,成都与凉山的携手就是最好的例证。成都市是四川省经济最发达地区,\
凉山州是资源最富集地区,两市州经济互补性强、产业契合度高,具有广阔的合作发展空间。2009年6月28日,两地充分利用资源与优势,\
正式签署成都—凉山区域合作“1+7”战略框架协议,开启了成凉区域合作大幕。在区域合作的强劲带动下,2011年上半年,\
区内30家规模以上工业企业累计实现工业总产值67亿元,较去年同期32亿元增长109%,预计全年有望突破170亿元。\n\
自开展合作以来,洽谈项目35个,签约项目18个,签约金额达79.7亿元。已入驻项目10个,其中晶康高技术生物制药、烟厂技改、\
华夏钢构、泰格瑞等项目已建成投产、试产。2011年7月22日,又一个成凉合作的硕果泰格瑞环保项目顺利竣工投产,\
该项目从签约入驻到建成投产,仅仅用时6个月,再一次体现了“西昌速度”!\n\
好风凭借力,扶我上青云。按照现有情况预计,2011年园区内亿元以上企业将达到14家、10亿元以上的企业将达到5家;\
通过园区引导和企业自身的努力,培育接近亿元的企业将达到2家。成凉工业园区主任郭均提起成凉工业园区的未来豪情满怀。\n";

/// A shape: its name and how to build a text of about `bytes` bytes (never more).
pub struct Shape {
    /// A short name for tables and failures.
    pub name: &'static str,
    /// Builds a text of at most `bytes` bytes, close to it.
    pub build: fn(usize) -> String,
}

/// Every shape.
pub const SHAPES: &[Shape] = &[
    Shape { name: "ordinary prose", build: prose },
    Shape { name: "one long line", build: one_line },
    Shape { name: "short lines", build: short_lines },
    Shape { name: "nested brackets", build: nested_brackets },
    Shape { name: "one Han char", build: one_han },
    Shape { name: "one ASCII char", build: one_ascii },
    Shape { name: "one digit run", build: digit_run },
    Shape { name: "digit runs", build: digit_runs },
    Shape { name: "figures, 1 sentence", build: figures_one_sentence },
    Shape { name: "many figures", build: many_figures },
    Shape { name: "deep HTML", build: deep_html },
    Shape { name: "no punctuation", build: no_punctuation },
    Shape { name: "only punctuation", build: only_punctuation },
    Shape { name: "brackets, unclosed", build: unclosed_brackets },
    Shape { name: "quotes, unclosed", build: unclosed_quotes },
    Shape { name: "a list of firms", build: listed_firms },
    Shape { name: "a list of towns and villages", build: towns_and_villages },
];

/// Repeats pieces from `next` (called with the piece's number) while they fit in `bytes`.
fn fill(bytes: usize, mut next: impl FnMut(usize) -> String) -> String {
    let mut out = String::with_capacity(bytes);
    for k in 0.. {
        let piece = next(k);
        if out.len() + piece.len() > bytes || piece.is_empty() {
            break;
        }
        out.push_str(&piece);
    }
    out
}

/// A number that varies with `k` (a small linear congruential sequence).
fn vary(k: usize, modulo: usize) -> usize {
    (k.wrapping_mul(2_654_435_761).wrapping_add(12_345) >> 7) % modulo
}

/// Ordinary prose, one paragraph per line, copies numbered so that nothing repeats.
pub fn prose(bytes: usize) -> String {
    fill(bytes, |k| PROSE.replace('。', &format!("（第{k}篇）。")))
}

/// Ordinary prose without a line break: a paste from a PDF.
pub fn one_line(bytes: usize) -> String {
    fill(bytes, |k| PROSE.replace('\n', "").replace('。', &format!("（第{k}篇）。")))
}

/// Many short lines: clause-long fragments of prose, one per line (a million at 8 MB).
pub fn short_lines(bytes: usize) -> String {
    let pieces: Vec<&str> = PROSE.split([',', '。', '、', '\n']).filter(|p| !p.is_empty()).collect();
    fill(bytes, |k| {
        let p = pieces[k % pieces.len()];
        let short: String = p.chars().take(1 + k % 3).collect();
        format!("{short}\n")
    })
}

/// Brackets nested as deep as the text is long, around a sentence with figures.
pub fn nested_brackets(bytes: usize) -> String {
    let inner = "园区实现产值67亿元,增长10%。";
    let depth = bytes.saturating_sub(inner.len()) / 6;
    let mut out = String::with_capacity(bytes);
    for k in 0..depth {
        out.push(if k % 2 == 0 { '（' } else { '【' });
    }
    out.push_str(inner);
    for k in (0..depth).rev() {
        out.push(if k % 2 == 0 { '）' } else { '】' });
    }
    out
}

/// Brackets and text, opened and never closed.
pub fn unclosed_brackets(bytes: usize) -> String {
    fill(bytes, |k| format!("（园区{}亿元《报告", vary(k, 1000)))
}

/// Quotes opened and never closed, around short clauses.
pub fn unclosed_quotes(bytes: usize) -> String {
    fill(bytes, |k| format!("“五个聚焦{},", vary(k, 100)))
}

/// One Han character, repeated.
pub fn one_han(bytes: usize) -> String {
    "园".repeat(bytes / 3)
}

/// One ASCII letter, repeated.
pub fn one_ascii(bytes: usize) -> String {
    "a".repeat(bytes)
}

/// One number as long as the text.
pub fn digit_run(bytes: usize) -> String {
    fill(bytes, |_| "1234567890".to_owned())
}

/// Runs of digits of every length up to 300, between units, decimal points and thousands commas.
pub fn digit_runs(bytes: usize) -> String {
    const AFTER: &[&str] = &["亿元", ".", ",", "%", "个", "年", " ", "万吨", "月", ""];
    fill(bytes, |k| {
        let run: String = (0..1 + vary(k, 300)).map(|i| char::from(b'0' + ((i + k) % 10) as u8)).collect();
        format!("{run}{}", AFTER[k % AFTER.len()])
    })
}

/// Thousands of figures in one sentence: clauses with figures, no sentence end, no line break.
pub fn figures_one_sentence(bytes: usize) -> String {
    fill(bytes, |k| {
        format!(
            "实现产值{}亿元,较去年同期{}亿元增长{}%,新增企业{}家,",
            vary(k, 900),
            vary(k + 1, 900),
            vary(k, 99),
            vary(k, 80)
        )
    })
}

/// Many short sentences, each with figures, a few to a line (100,000 figures in 2.8 MB).
pub fn many_figures(bytes: usize) -> String {
    fill(bytes, |k| {
        let end = if k % 5 == 4 { "\n" } else { "" };
        format!(
            "园区实现产值{}亿元,增长{}%,新增企业{}家。{end}",
            vary(k, 900) + 1,
            vary(k, 99) + 1,
            vary(k, 80) + 1
        )
    })
}

/// One list of firms' short names as long as the text, firms of the exchanges' lists and ordinary
/// words that are firms only beside them (台积电、统一、鸿海、小米、…): each of the latter asks whether a
/// firm stands next to it. (Asking it of every firm found was quadratic: 7.5 s for 1.5 MB; it shows at
/// the bench's 2 MB, not at the test's 32 KB.)
pub fn listed_firms(bytes: usize) -> String {
    const NAMES: &[&str] = &["台积电", "统一", "鸿海", "小米", "联发科", "长城", "比亚迪", "幸福"];
    fill(bytes, |k| format!("{}、", NAMES[k % NAMES.len()]))
}

/// A list of villages with their county and town (古田县凤都镇际面村、…), every town and village a
/// different name: each village found is sought again in the whole text, all in one pass. (A search
/// of the text per village was quadratic: 2.3 s for 400 KB.)
pub fn towns_and_villages(bytes: usize) -> String {
    const STEMS: &[char] =
        &['凤', '都', '际', '面', '柳', '溪', '桃', '源', '石', '岭', '樟', '坪', '梅', '岗', '松', '塘'];
    let stem = |k: usize| format!("{}{}", STEMS[k % STEMS.len()], STEMS[(k / STEMS.len()) % STEMS.len()]);
    fill(bytes, |k| format!("古田县{}镇{}{}村、", stem(k), stem(k + 7), STEMS[(k / 256) % STEMS.len()]))
}

/// HTML with tags nested as deep as the text is long, the article in the innermost.
pub fn deep_html(bytes: usize) -> String {
    let head = "<!DOCTYPE html><html><head><title>园区</title></head><body>";
    let inner = "<p>园区实现产值67亿元,增长10%。</p>";
    let tail = "</body></html>";
    let depth = bytes.saturating_sub(head.len() + inner.len() + tail.len()) / 11;
    let mut out = String::with_capacity(bytes);
    out.push_str(head);
    for _ in 0..depth {
        out.push_str("<div>");
    }
    out.push_str(inner);
    for _ in 0..depth {
        out.push_str("</div>");
    }
    out.push_str(tail);
    out
}

/// Prose without sentence or clause marks or line breaks (spaces where they were).
pub fn no_punctuation(bytes: usize) -> String {
    fill(bytes, |k| PROSE.replace('。', &format!("（第{k}篇） ")).replace([',', '、', ';', '!', '\n'], " "))
}

/// Punctuation only: every kind of mark, repeated.
pub fn only_punctuation(bytes: usize) -> String {
    fill(bytes, |_| "。，；！？、（）【】“”《》…—:,.!?;\"'".to_owned())
}
