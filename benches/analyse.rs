//! Native throughput of the whole analysis: each seed page, and a 1 MB concatenation of them.
//! Run with `cargo bench --bench analyse`; numbers go into BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::path::Path;

fn seeds() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds");
    let mut pages: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    pages.sort();
    pages
        .into_iter()
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read(p).unwrap()))
        .collect()
}

fn bench(c: &mut Criterion) {
    let seeds = seeds();
    let options = wenxi::Options { reference_date: Some("2023-06-01".into()), ..Default::default() };
    // Warm the lazily built tables (dictionary, regexes) outside the measurement.
    wenxi::analyse_bytes(&seeds[0].1, &options).unwrap();

    let mut group = c.benchmark_group("seed");
    for (name, bytes) in &seeds {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), bytes, |b, bytes| {
            b.iter(|| wenxi::analyse_bytes(bytes, &options).unwrap())
        });
    }
    group.finish();

    let mut big = Vec::new();
    while big.len() < 1 << 20 {
        for (_, bytes) in &seeds {
            big.extend_from_slice(bytes);
            big.push(b'\n');
        }
    }
    let mut group = c.benchmark_group("concatenated");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.bench_function("1MB", |b| b.iter(|| wenxi::analyse_bytes(&big, &options).unwrap()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
