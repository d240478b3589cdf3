//! The peak memory of one analysis of a file (a counting global allocator, here and not in the
//! library): the most bytes live at once during `wenxi::analyse_bytes`, the input included, and
//! its ratio to the input (issue 17's bar: at most 16× the input plus 32 MB).
//!
//! ```text
//! cargo run --release --example peak -- FILE
//! ```

#[path = "../benches/support/peak.rs"]
mod peak;

#[global_allocator]
static ALLOC: peak::Counting = peak::Counting;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: peak FILE")?;
    let options = wenxi::Options { max_bytes: usize::MAX, ..Default::default() };
    wenxi::warm_up();
    let bytes = std::fs::read(path)?;
    let before = peak::live() - bytes.len();
    peak::reset();
    let analysis = wenxi::analyse_bytes(&bytes, &options)?;
    let most = peak::peak() - before;
    drop(analysis);
    let mb = |b: usize| b as f64 / (1 << 20) as f64;
    println!(
        "{:.2} MB in, peak {:.1} MB ({:.1}× the input)",
        mb(bytes.len()),
        mb(most),
        most as f64 / bytes.len() as f64
    );
    Ok(())
}
