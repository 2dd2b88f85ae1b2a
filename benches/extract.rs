//! Benchmarks: the cost of building an extractor, extraction throughput on
//! real text against a floor that only finds candidate characters, the CSV
//! export, and pathological inputs at growing sizes, whose times must grow
//! linearly.
//!
//! ```text
//! cargo bench --bench extract                      # everything
//! cargo bench --bench extract -- throughput        # MB/s and the floor
//! cargo bench --bench extract -- pathological      # linear-time check
//! ```

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;
use tongji::Extractor;

/// The samples shipped in `data/`, concatenated and repeated to at least
/// `min` bytes, so that throughput is measured on real, fact-dense text and
/// not on a cache-sized toy.
fn sample_text(min: usize) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("data/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    let mut one = String::new();
    for p in names {
        one.push_str(&std::fs::read_to_string(p).expect("samples are UTF-8"));
        one.push('\n');
    }
    let mut text = String::with_capacity(min + one.len());
    while text.len() < min {
        text.push_str(&one);
    }
    text
}

/// The characters a numeral can begin with: the same set as the
/// extractor's prefilter (`scan::is_numeral_char`, which is private).
fn is_candidate(c: char) -> bool {
    matches!(
        c,
        '0'..='9'
            | '０'..='９'
            | '零'
            | '〇'
            | '一'
            | '二'
            | '两'
            | '兩'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '萬'
            | '亿'
            | '億'
            | '壹'
            | '贰'
            | '貳'
            | '叁'
            | '參'
            | '肆'
            | '伍'
            | '陆'
            | '陸'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
            | '廿'
            | '卅'
            | '俩'
            | '仨'
            | '首'
            | '半'
    )
}

fn new(c: &mut Criterion) {
    c.bench_function("new", |b| b.iter(Extractor::new));
}

fn throughput(c: &mut Criterion) {
    let text = sample_text(10 << 20);
    let ex = Extractor::new();
    let mut g = c.benchmark_group("throughput");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(10));
    // The floor: one pass that decodes every character and counts those a
    // numeral can begin with. No extractor can do less and still look at
    // every candidate.
    g.bench_function("floor", |b| {
        b.iter(|| {
            black_box(&text)
                .chars()
                .filter(|&c| is_candidate(c))
                .count()
        })
    });
    g.bench_function("extract", |b| b.iter(|| ex.extract(black_box(&text))));
    // Extraction plus the CSV export, as the `extract_csv` example runs it.
    g.bench_function("extract+csv", |b| {
        b.iter(|| {
            let facts = ex.extract(&text);
            let mut w = tongji::CsvWriter::new(std::io::sink()).unwrap();
            w.write_text("data.txt", &text, &facts).unwrap();
            w.flush().unwrap();
        })
    });
    g.finish();
}

/// Hostile inputs, each at several sizes; the time per byte must stay flat
/// as the size grows.
fn pathological(c: &mut Criterion) {
    let ex = Extractor::new();
    type Maker = fn(usize) -> String;
    let cases: &[(&str, Maker, &[usize])] = &[
        (
            "digits",
            |n| "1234567890".repeat(n / 10),
            &[250_000, 500_000, 1_000_000],
        ),
        ("wan", |n| "万".repeat(n / 3), &[75_000, 150_000, 300_000]),
        ("di", |n| "第".repeat(n / 3), &[75_000, 150_000, 300_000]),
        (
            "dots",
            |n| "1.".repeat(n / 2),
            &[250_000, 500_000, 1_000_000],
        ),
        (
            "digit_space",
            |n| "1 ".repeat(n / 2),
            &[250_000, 500_000, 1_000_000],
        ),
        (
            "long_line",
            |n| "全区共有三千二百名党员参加了学习活动其中青年党员占百分之四十".repeat(n / 87 + 1),
            &[2_500_000, 5_000_000, 10_000_000],
        ),
    ];
    let mut g = c.benchmark_group("pathological");
    g.sample_size(10);
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(3));
    for (name, make, sizes) in cases {
        for &n in *sizes {
            let text = make(n);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(*name, n), &text, |b, t| {
                b.iter(|| ex.extract(black_box(t)))
            });
        }
    }
    g.finish();
}

criterion_group!(benches, new, throughput, pathological);
criterion_main!(benches);
