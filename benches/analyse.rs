//! Native throughput of the whole analysis: each seed page, and the 1 MB text built from
//! their bodies (benches/support, rule in BENCHMARKS.md).
//! Run with `cargo bench --bench analyse`; numbers go into BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

mod support;

fn bench(c: &mut Criterion) {
    let seeds = support::seeds();
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

    let big = support::big_text(&seeds, &options).into_bytes();
    let mut group = c.benchmark_group("concatenated");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.bench_function("1MB", |b| b.iter(|| wenxi::analyse_bytes(&big, &options).unwrap()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
