//! The peak memory of one analysis of a file or of a shape (a counting global allocator, here and not
//! in the library): the most bytes live at once during `wenxi::analyse_bytes` above what was live
//! before (the input excluded), and its ratio to the input (issue 17's bar: at most 16× the input
//! plus 32 MB). `--stages` also runs each stage on its own and prints the bytes it leaves live and its
//! own peak above them, to find what allocates.
//!
//! ```text
//! cargo run --release --example peak -- FILE [--stages]
//! cargo run --release --example peak -- --shape "one Han char" [--mb 2] [--stages]
//! ```

#[path = "../benches/support/peak.rs"]
mod peak;
#[path = "../benches/support/shapes.rs"]
#[allow(dead_code)]
mod shapes;
#[path = "../benches/support/stages.rs"]
mod stages;

#[global_allocator]
static ALLOC: peak::Counting = peak::Counting;

fn mb(b: usize) -> f64 {
    b as f64 / (1 << 20) as f64
}

/// Measures each stage's memory: the bytes its result keeps live and its peak above what was live
/// before it.
struct Memory;

impl stages::Measure for Memory {
    fn stage<T>(&mut self, name: &str, f: impl FnOnce() -> T) -> T {
        let before = peak::live();
        peak::reset();
        let out = f();
        println!(
            "{name:<12} peak {:>8.1} MB, keeps {:>8.1} MB",
            mb(peak::peak() - before),
            mb(peak::live().saturating_sub(before))
        );
        out
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let options = wenxi::Options { max_bytes: usize::MAX, ..Default::default() };
    wenxi::warm_up();
    let bytes = if let Some(name) = value("--shape") {
        let size = value("--mb").map_or(2.0, |s| s.parse().expect("--mb N")) * (1 << 20) as f64;
        let shape = shapes::SHAPES.iter().find(|s| s.name == name).ok_or("no such shape")?;
        (shape.build)(size as usize).into_bytes()
    } else {
        std::fs::read(args.first().ok_or("usage: peak FILE | --shape NAME [--mb N] [--stages]")?)?
    };
    if args.iter().any(|a| a == "--stages") {
        stages::run(&bytes, &mut Memory)?;
    }
    let before = peak::live();
    peak::reset();
    let analysis = wenxi::analyse_bytes(&bytes, &options)?;
    let most = peak::peak() - before;
    drop(analysis);
    println!(
        "{:.2} MB in, peak {:.1} MB ({:.1}× the input)",
        mb(bytes.len()),
        mb(most),
        most as f64 / bytes.len() as f64
    );
    Ok(())
}
