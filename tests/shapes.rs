//! Linear time whatever the text's shape (docs/DESIGN.md, "Linear time"): every pathological shape of
//! benches/support/shapes.rs is analysed at a small size and at 8× that size in the same run, and the
//! time may grow at most 12× (a ratio, not an absolute time, so that it holds on a slow machine). The
//! time is the thread's CPU time, so that a busy machine preempting the test does not count, and the
//! best of a few runs of each cuts what noise is left. A stage quadratic in some shape grows 64×.
//! Throughput and memory at full size: `cargo bench --bench shapes`.

use std::sync::Mutex;
use std::time::Duration;

#[path = "../benches/support/shapes.rs"]
mod shapes;

/// The small size; the large one is [`GROWTH`] times it.
const SMALL: usize = 4 * 1024;
const GROWTH: usize = 8;
/// The most the time may grow from the small text to the large one.
const MAX_RATIO: f64 = 12.0;
const RUNS: usize = 4;

/// One shape at a time: the tests run on parallel threads, and timings must not overlap.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// The CPU time this thread has used (the analysis runs on the calling thread).
fn thread_cpu_time() -> Duration {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `t` is a valid timespec for clock_gettime to write; the clock id is a constant.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    assert_eq!(status, 0, "the thread's CPU clock is readable");
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

/// The CPU time of one analysis of `text`.
fn time(text: &str) -> Duration {
    let options = wenxi::Options { reference_date: Some("2023-06-01".into()), ..Default::default() };
    let start = thread_cpu_time();
    wenxi::analyse_bytes(text.as_bytes(), &options).expect("the shape analyses");
    thread_cpu_time() - start
}

fn grows_linearly(name: &str, build: fn(usize) -> String) {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    wenxi::warm_up();
    let (small, large) = (build(SMALL), build(SMALL * GROWTH));
    assert!(large.len() >= small.len() * (GROWTH - 1), "{name}: the large text is {GROWTH}× the small one");
    // The best of [`RUNS`] of each, taken in turns so that a busy spell of the machine slows both.
    let (mut a, mut b) = (Duration::MAX, Duration::MAX);
    for _ in 0..RUNS {
        a = a.min(time(&small));
        b = b.min(time(&large));
    }
    eprintln!("{name}: {a:?} → {b:?}");
    // Below a millisecond the small text's time is mostly fixed costs: measure from there.
    let ratio = b.as_secs_f64() / a.as_secs_f64().max(1e-3);
    assert!(
        ratio <= MAX_RATIO,
        "{name}: {} bytes took {a:?}, {} bytes {b:?}: {ratio:.1}× for {GROWTH}× the text",
        small.len(),
        large.len()
    );
}

macro_rules! shape_tests {
    ($($test:ident: $build:path,)*) => {$(
        #[test]
        fn $test() {
            grows_linearly(stringify!($test), $build);
        }
    )*};
}

shape_tests! {
    ordinary_prose: shapes::prose,
    a_long_line_without_line_breaks: shapes::one_line,
    many_short_lines: shapes::short_lines,
    deeply_nested_brackets: shapes::nested_brackets,
    one_han_character_repeated: shapes::one_han,
    one_ascii_character_repeated: shapes::one_ascii,
    one_digit_run: shapes::digit_run,
    runs_of_digits: shapes::digit_runs,
    thousands_of_figures_in_one_sentence: shapes::figures_one_sentence,
    many_short_sentences_with_figures: shapes::many_figures,
    deeply_nested_html: shapes::deep_html,
    text_without_punctuation: shapes::no_punctuation,
    text_of_only_punctuation: shapes::only_punctuation,
    brackets_never_closed: shapes::unclosed_brackets,
    quotes_never_closed: shapes::unclosed_quotes,
    a_list_of_listed_firms: shapes::listed_firms,
    a_list_of_towns_and_villages: shapes::towns_and_villages,
}

/// Every shape of the generators is tested above (one test each), and each builds a text of the
/// size asked for, never more.
#[test]
fn every_shape_is_tested_and_sized() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    assert_eq!(shapes::SHAPES.len(), 17, "a new shape gets its test above");
    for shape in shapes::SHAPES {
        let text = (shape.build)(SMALL);
        assert!(text.len() <= SMALL && text.len() >= SMALL / 2, "{}: {} bytes", shape.name, text.len());
    }
}
