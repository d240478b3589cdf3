//! Peak memory whatever the text's shape (issue 17's bar: at most 16× the input plus a fixed 32 MB):
//! every pathological shape of benches/support/shapes.rs is analysed at a small size and at 8× that
//! size under a counting global allocator (benches/support/peak.rs), and the most bytes live at once
//! during the analysis, above what was live before, must stay under [`PER_BYTE`] × the input plus
//! [`FIXED`]. A ratio, not a timing. The sizes are what a debug build analyses in a few seconds, so
//! the fixed part is the one of these sizes (tables, the summary's bounded reading), not the 32 MB
//! the bar allows at 8 MB: a stage that keeps a few more bytes per input byte fails here as it
//! would at 8 MB. Full-size peaks: `cargo bench --bench shapes` (and `-- --mb 8`).

#[path = "../benches/support/peak.rs"]
mod peak;
#[path = "../benches/support/shapes.rs"]
mod shapes;

#[global_allocator]
static ALLOC: peak::Counting = peak::Counting;

/// The small size; the large one is [`GROWTH`] times it.
const SMALL: usize = 8 * 1024;
const GROWTH: usize = 8;
/// The bar's bytes per input byte.
const PER_BYTE: usize = 16;
/// The fixed part at these sizes: the largest seen is 4.1 MB, "many figures" at 64 KB, where the
/// summary's sentence graph (at most 400 sentences, linked pairwise) is most of it.
const FIXED: usize = 6 << 20;

/// The peak bytes of one analysis of `text` above what was live before it.
fn peak_of(text: &str) -> usize {
    let options = wenxi::Options { reference_date: Some("2023-06-01".into()), ..Default::default() };
    let before = peak::live();
    peak::reset();
    let analysis = wenxi::analyse_bytes(text.as_bytes(), &options).expect("the shape analyses");
    let most = peak::peak() - before;
    drop(analysis);
    most
}

/// Every shape, one after the other (the allocator counts every thread's bytes, so one test).
#[test]
fn every_shape_stays_under_the_bar() {
    wenxi::warm_up();
    let mut over = Vec::new();
    for shape in shapes::SHAPES {
        for text in [(shape.build)(SMALL), (shape.build)(SMALL * GROWTH)] {
            let most = peak_of(&text);
            let line = format!(
                "{}: {} bytes in, peak {most} bytes ({:.1}× the input)",
                shape.name,
                text.len(),
                most as f64 / text.len() as f64
            );
            eprintln!("{line}");
            if most > PER_BYTE * text.len() + FIXED {
                over.push(line);
            }
        }
    }
    assert!(over.is_empty(), "over {PER_BYTE}× the input + {FIXED} bytes:\n{}", over.join("\n"));
}
