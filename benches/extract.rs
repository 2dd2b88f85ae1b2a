//! Benchmarks (being written).
use criterion::{Criterion, criterion_group, criterion_main};
fn bench(c: &mut Criterion) {
    c.bench_function("new", |b| b.iter(tongji::Extractor::new));
}
criterion_group!(benches, bench);
criterion_main!(benches);
