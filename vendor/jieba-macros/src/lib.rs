use proc_macro::TokenStream;
use std::collections::BTreeMap;

#[proc_macro]
pub fn generate_hmm_data(_input: TokenStream) -> TokenStream {
    let hmm_data = include_str!("hmm.model");
    let mut output = String::new();
    let mut lines = hmm_data.lines().skip_while(|x| x.starts_with('#'));

    // Initial probabilities
    let init_probs = lines
        .next()
        .expect("Failed to read initial probabilities from hmm.model");

    output.push_str("#[allow(clippy::style)]\n");
    output.push_str("pub static INITIAL_PROBS: [f64; 4] = [");
    output.push_str(&init_probs.replace(' ', ", "));
    output.push_str("];\n\n");

    // Transition probabilities
    output.push_str("#[allow(clippy::style)]\n");
    output.push_str("pub static TRANS_PROBS: [[f64; 4]; 4] = [");
    for line in lines
        .by_ref()
        .skip_while(|x| x.starts_with('#'))
        .take_while(|x| !x.starts_with('#'))
    {
        output.push('[');
        output.push_str(&line.replace(' ', ", "));
        output.push_str("],\n");
    }
    output.push_str("];\n\n");

    // Emission probabilities
    let mut emit_probs: BTreeMap<char, [i16; 4]> = BTreeMap::new();
    for (i, line) in lines.filter(|x| !x.starts_with('#')).enumerate() {
        for word_prob in line.split(',') {
            let mut parts = word_prob.split(':');
            let word = parts.next().unwrap();
            let prob = parts.next().unwrap();
            // All emit keys are single characters
            let ch = word.chars().next().unwrap();
            let probs = emit_probs
                .entry(ch)
                .or_insert([NONE; 4]);
            probs[i] = quantised(prob);
        }
    }

    // The segmenter only runs the HMM over `[HMM_HAN_MIN-HMM_HAN_MAX]`
    // blocks (the range is emitted for it to use), so the emission table is
    // a direct index over that range: `EMIT_INDEX` maps `ch - EMIT_MIN_CHAR`
    // to a row of `EMIT_PROBS`, or `EMIT_NONE`. Keys outside the range can
    // never be looked up and are dropped.
    const HMM_HAN_MIN: u32 = 0x4E00;
    const HMM_HAN_MAX: u32 = 0x9FD5;
    let in_range: Vec<(u32, &[i16; 4])> = emit_probs
        .iter()
        .map(|(ch, probs)| (*ch as u32, probs))
        .filter(|(ch, _)| (HMM_HAN_MIN..=HMM_HAN_MAX).contains(ch))
        .collect();
    let min_char = in_range.first().map_or(HMM_HAN_MIN, |(ch, _)| *ch);
    let max_char = in_range.last().map_or(HMM_HAN_MIN, |(ch, _)| *ch);
    let index_len = (max_char - min_char + 1) as usize;
    assert!(
        in_range.len() < u16::MAX as usize,
        "too many HMM emission entries for a u16 index"
    );

    let mut index = vec![u16::MAX; index_len];
    for (row, (ch, _)) in in_range.iter().enumerate() {
        index[(ch - min_char) as usize] = row as u16;
    }

    output.push_str(&format!("pub const HMM_HAN_MIN: char = '\\u{{{HMM_HAN_MIN:X}}}';\n"));
    output.push_str(&format!("pub const HMM_HAN_MAX: char = '\\u{{{HMM_HAN_MAX:X}}}';\n"));
    output.push_str(&format!("pub const EMIT_MIN_CHAR: u32 = {min_char:#x};\n"));
    output.push_str("pub const EMIT_NONE: u16 = u16::MAX;\n\n");

    // wenxi's change: the index as a bitmap of the characters with a row (rows are numbered in the
    // characters' order), made the index when the HMM first runs (2.4 KB gzipped instead of 29 KB).
    let mut rows = vec![0u8; index_len.div_ceil(8)];
    for (k, _) in index.iter().enumerate().filter(|&(_, &row)| row != u16::MAX) {
        rows[k / 8] |= 1 << (k % 8);
    }
    output.push_str("#[allow(clippy::style)]\n");
    output.push_str(&format!("static EMIT_ROWS: [u8; {}] = [", rows.len()));
    for (i, byte) in rows.iter().enumerate() {
        if i % 32 == 0 {
            output.push('\n');
        }
        output.push_str(&byte.to_string());
        output.push(',');
    }
    output.push_str("\n];\n\n");
    output.push_str(&format!(
        "pub static EMIT_INDEX: std::sync::LazyLock<Vec<u16>> = std::sync::LazyLock::new(|| {{
    let mut next = 0;
    (0..{index_len})
        .map(|k: usize| if EMIT_ROWS[k / 8] >> (k % 8) & 1 == 1 {{ next += 1; next - 1 }} else {{ EMIT_NONE }})
        .collect()
}});\n\n"
    ));

    output.push_str("#[allow(clippy::style)]\n");
    output.push_str(&format!("static EMIT_QUANTA: [[i16; 4]; {}] = [\n", in_range.len()));
    for (_, probs) in &in_range {
        output.push_str(&format!("[{}, {}, {}, {}],\n", probs[0], probs[1], probs[2], probs[3]));
    }
    output.push_str("];\n\n");
    output.push_str(&format!(
        "pub static EMIT_PROBS: std::sync::LazyLock<Vec<[f64; 4]>> = std::sync::LazyLock::new(|| {{
    EMIT_QUANTA.iter().map(|row| row.map(|q| if q == {NONE} {{ MIN_FLOAT }} else {{ f64::from(q) / 256.0 }})).collect()
}});\n\n"
    ));

    output.parse().unwrap()
}

/// In the table of quanta, a state the character is never emitted in (`MIN_FLOAT`).
const NONE: i16 = i16::MIN;

/// wenxi's change to jieba-macros (see ../README.md): an emission log-probability rounded to a
/// multiple of 1/256, kept as that multiple (an `i16`); `EMIT_PROBS` divides it by 256 when the HMM
/// first runs, which gives the rounded value exactly. The 14,631-row table of `f64` was 468 KB in
/// the module and 74 KB gzipped (the rounded values' low mantissa bits are zero), the `i16` one
/// 117 KB and 56 KB gzipped; the error of the rounding, at most 0.002 in a log-probability, is far
/// below the gaps the Viterbi search decides on.
fn quantised(prob: &str) -> i16 {
    let value: f64 = prob.trim().parse().expect("an emission probability in hmm.model");
    let quanta = (value * 256.0).round();
    assert!(quanta > f64::from(NONE) && quanta <= f64::from(i16::MAX), "{value} out of an i16's range");
    quanta as i16
}
