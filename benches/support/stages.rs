//! The pipeline's stages one by one, as `wenxi::analyse_bytes` runs them, each through a measurer:
//! `examples/stages.rs` times them, `examples/peak.rs` measures the memory each one takes.

/// Measures one stage: runs `f` once and reports on it under `name`.
pub trait Measure {
    /// Runs `f`, measuring it.
    fn stage<T>(&mut self, name: &str, f: impl FnOnce() -> T) -> T;
}

/// Runs every stage of the analysis of `bytes` on its own (reference date 2023-06-01), each through
/// `m`; gives the body's length.
pub fn run(bytes: &[u8], m: &mut impl Measure) -> Result<usize, wenxi::Error> {
    let reference = wenxi::dates::Ymd::parse("2023-06-01");
    let decoded = m.stage("decode", || wenxi::intake::decode(bytes))?;
    let page = m.stage("read page", || wenxi::intake::read_page(&decoded.text, None));
    let cleaned = m.stage("clean", || wenxi::clean::clean(&page));
    let body = &cleaned.body;
    let simplified = &cleaned.simplified;
    let traditional = m.stage("script", || wenxi::text::script::Tally::of(body).prints_traditional());
    let repeated = m.stage("repeats", || wenxi::text::repeats::sentences(simplified));
    let dates = m.stage("dates", || {
        wenxi::dates::extract(simplified, traditional, reference, cleaned.day_first, &repeated)
    });
    let currency =
        wenxi::figures::currency::local(cleaned.meta.source.as_deref(), simplified, traditional, &dates);
    let figures =
        m.stage("figures", || wenxi::figures::extract(body, simplified, &dates, currency, &repeated));
    let entities = m.stage("entities", || wenxi::entities::extract(body, simplified, &cleaned.meta.authors));
    m.stage("jieba tag", || wenxi::text::segment::tagged(simplified).len());
    let findings = wenxi::Findings {
        body: body.clone(),
        simplified: simplified.to_string(),
        meta: cleaned.meta.clone(),
        dates,
        figures,
        entities,
    };
    m.stage("summary", || wenxi::summary::summarise(&findings));
    Ok(body.len())
}
