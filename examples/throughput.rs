//! Measures how fast one core extracts the facts of your own text.
//!
//! ```text
//! cargo run --release --example throughput -- FILE...
//! TONGJI_MB=16 TONGJI_RUNS=10 cargo run --release --example throughput -- FILE
//! ```
//!
//! Each file is repeated (joined by line breaks) to at least `TONGJI_MB`
//! megabytes (default 4), so that the figure is not that of a cache-sized
//! toy, and extracted `TONGJI_RUNS` times (default 5) on one thread; the best
//! run is printed as MB/s (10^6 bytes per second), with the density of facts.
//! The criterion benchmarks (`cargo bench --bench extract`) measure the
//! `data/` samples the same way; this lets you measure the text you mine.

use std::process::ExitCode;
use std::time::Instant;

/// A positive whole number from the environment, or `default`.
fn setting(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&v| v > 0)
        .unwrap_or(default)
}

fn main() -> ExitCode {
    let min_bytes = setting("TONGJI_MB", 4) * 1_000_000;
    let runs = setting("TONGJI_RUNS", 5);
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: throughput FILE...");
        return ExitCode::from(2);
    }
    let extractor = tongji::Extractor::new();
    let mut ok = true;
    for file in &files {
        let one = match std::fs::read_to_string(file) {
            Ok(text) if !text.is_empty() => text,
            Ok(_) => {
                eprintln!("throughput: {file}: empty");
                ok = false;
                continue;
            }
            Err(e) => {
                eprintln!("throughput: {file}: {e}");
                ok = false;
                continue;
            }
        };
        let mut text = String::with_capacity(min_bytes + one.len() + 1);
        while text.len() < min_bytes {
            text.push_str(&one);
            text.push('\n');
        }
        let mut best = f64::MAX;
        let mut facts = 0;
        for _ in 0..runs {
            let start = Instant::now();
            facts = extractor.extract(&text).len();
            best = best.min(start.elapsed().as_secs_f64());
        }
        let mb = text.len() as f64 / 1e6;
        println!(
            "{file}: {:.1} MB/s on one core ({:.0} facts per MB, {mb:.1} MB, best of {runs})",
            mb / best,
            facts as f64 / mb,
        );
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
