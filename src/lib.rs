//! 文析 wenxi: analyses a Chinese news article about regional economic cooperation.
//!
//! Give it the bytes of a scraped page (plain text or HTML, UTF-8, GBK/GB18030, Big5 or UTF-16,
//! simplified or traditional) and it returns the clean article with every figure, date and named
//! entity located and normalised, plus a structured summary: who, where, which park, how much, by when.
//!
//! ```
//! let page = "成都与凉山合作建园。2011年上半年，园区实现工业总产值67亿元，同比增长109%。";
//! let analysis = wenxi::analyse_text(page, &wenxi::Options::default()).unwrap();
//! assert_eq!(analysis.version, 1);
//! assert!(analysis.body.contains("67亿元"));
//! ```
//!
//! The pipeline, one module per stage: [`intake`] (decode, HTML, normalise) → [`clean`] (boilerplate,
//! meta, credits, repeats) → [`dates`] → [`figures`] and [`entities`] → [`summary`], all working in
//! byte spans of the body ([`Findings`]) with the shared toolkit of [`text`]; then one output step
//! builds the contract, [`model::Analysis`], converting every offset to UTF-16 code units into `body`
//! (what JavaScript indexes). `docs/DESIGN.md` tells the data flow, `docs/<stage>.md` each stage's rules.

#![warn(missing_docs)]

pub mod clean;
pub mod dates;
pub mod entities;
mod error;
pub mod figures;
mod findings;
pub mod intake;
pub mod model;
mod options;
pub mod report;
pub mod summary;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::Error;
pub use findings::Findings;
pub use model::Analysis;
pub use options::{Options, DEFAULT_MAX_BYTES};

/// Analyses raw bytes in any supported encoding (the CLI and dropped files).
pub fn analyse_bytes(bytes: &[u8], options: &Options) -> Result<Analysis, Error> {
    options.validate()?;
    if bytes.len() > options.max_bytes {
        return Err(Error::TooLarge { bytes: bytes.len(), limit: options.max_bytes });
    }
    let decoded = intake::decode(bytes)?;
    Ok(analyse_decoded(decoded, options))
}

/// Analyses text that is already decoded (a paste).
pub fn analyse_text(text: &str, options: &Options) -> Result<Analysis, Error> {
    options.validate()?;
    if text.len() > options.max_bytes {
        return Err(Error::TooLarge { bytes: text.len(), limit: options.max_bytes });
    }
    let decoded = intake::Decoded { text: text.to_owned(), encoding: "UTF-8", warnings: Vec::new() };
    Ok(analyse_decoded(decoded, options))
}

fn analyse_decoded(decoded: intake::Decoded, options: &Options) -> Analysis {
    // Each stage's input is dropped once the next has what it needs: a long text is held in a few
    // forms along the way (decoded, normalised, body, simplified), not all of them to the end.
    let intake::Decoded { text, encoding, warnings: mut decode_warnings } = decoded;
    let chars = text.chars().count();
    let page = intake::read_page(&text, options.file.as_deref());
    drop(text);
    let cleaned = clean::clean(&page);
    let format = page.format;
    drop(page);

    let (body, simplified) = (cleaned.body, cleaned.simplified);
    // The body's script, counted once for the dates, the currency and the input's description.
    let script = text::script::Tally::of(&body);
    let reference =
        dates::reference_date(cleaned.meta.published.as_deref(), options.reference_date.as_deref());
    let repeated = text::repeats::sentences(&simplified);
    let traditional = script.prints_traditional();
    let mut dates = dates::extract(&simplified, traditional, reference, cleaned.day_first, &repeated);
    dates.shrink_to_fit();
    let local_currency =
        figures::currency::local(cleaned.meta.source.as_deref(), &simplified, traditional, &dates);
    let mut figures = figures::extract(&body, &simplified, &dates, local_currency, &repeated);
    let mut entities = entities::extract(&body, &simplified, &cleaned.meta.authors);
    // Kept through the summary and the output step: without the room their lists grew into (up to
    // as much again; a text of many figures holds several times its size in them).
    figures.shrink_to_fit();
    entities.shrink_to_fit();
    let findings = Findings { body, simplified, meta: cleaned.meta, dates, figures, entities };
    let summary = summary::summarise(&findings);

    let input = model::Input { encoding: encoding.to_owned(), format, script: script.script(), chars };
    decode_warnings.extend(cleaned.warnings);
    model::build::analysis(
        findings,
        summary,
        model::build::Extras {
            file: options.file.clone(),
            input,
            removed: cleaned.removed,
            warnings: decode_warnings,
        },
    )
}

/// Builds every table the analysis makes on first use (the segmenter's dictionary, the gazetteer,
/// the regexes and word automata) by analysing a short built-in article and rendering its reports.
/// The page's worker calls it before it reports "ready", so that the user's first paste is fast; the
/// CLI runs it on a second thread while it reads and starts on its first file. A program that
/// analyses many files need not call it.
///
/// ```
/// wenxi::warm_up(); // a few tens of milliseconds natively, once
/// ```
pub fn warm_up() {
    const ARTICLE: &str = "成都与凉山合作共建成都—凉山工业园区\n来源：凉山日报 2023年06月02日\n\
        2023年1—4月，园区实现工业总产值67亿元，较去年同期32亿元增长109%，计划总投资约5.5亿元的\
        四川某某科技有限公司等12个项目签约落户。州委副书记张三介绍，力争到2025年底建成面积3平方公里。\n\
        （记者 李四）";
    // The segmenter (its dictionary's index and the domain terms) is the pipeline's last need: built
    // first, a warm-up on another thread (the CLI's) overlaps it with the first analysis's early stages.
    text::segment::in_dictionary("成都");
    if let Ok(analysis) = analyse_text(ARTICLE, &Options::default()) {
        report::markdown(&analysis);
        report::csv_rows(&analysis);
    }
}

pub use text::Span;
