//! Scores the extractor against the gold files in `data/`, the way
//! `score.py` of the shared page does: a predicted fact matches a gold
//! mention when their byte spans overlap; `claim = no` mentions and nothing
//! at all are false positives; `optional` ones are neither.
//!
//! The thresholds sit a little under what the extractor reaches today, so a
//! change that loses ground fails here.

use rust_decimal::Decimal;
use serde_json::Value;
use std::str::FromStr;
use tongji::{Extractor, Fact};

/// One gold mention.
struct Mention {
    start: usize,
    end: usize,
    claim: String,
    kind: Option<String>,
    value: Option<Decimal>,
    low: Option<Decimal>,
    high: Option<Decimal>,
    qualifier: Option<String>,
    unit: Option<String>,
    normalized: Option<String>,
}

fn decimal(v: &Value) -> Option<Decimal> {
    match v {
        Value::Number(n) => Decimal::from_str(&n.to_string())
            .or_else(|_| Decimal::from_scientific(&n.to_string()))
            .ok(),
        Value::String(s) => Decimal::from_str(s).ok(),
        _ => None,
    }
}

fn string(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

fn load_gold(name: &str) -> Vec<Mention> {
    let path = format!("{}/data/{name}.gold.jsonl", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("gold file");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("gold line is JSON");
            Mention {
                start: v["start"].as_u64().unwrap() as usize,
                end: v["end"].as_u64().unwrap() as usize,
                claim: string(&v["claim"]).unwrap(),
                kind: string(&v["kind"]),
                value: decimal(&v["value"]),
                low: decimal(&v["low"]),
                high: decimal(&v["high"]),
                qualifier: string(&v["qualifier"]),
                unit: string(&v["unit"]),
                normalized: string(&v["normalized"]),
            }
        })
        .collect()
}

#[derive(Debug, Default)]
struct Score {
    gold: usize,
    tp: usize,
    fp: usize,
    checked: [usize; 5],
    right: [usize; 5],
}

const FIELDS: [&str; 5] = ["kind", "value", "qualifier", "unit", "normalized"];

impl Score {
    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.tp as f64 / self.gold.max(1) as f64
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn accuracy(&self, field: usize) -> f64 {
        self.right[field] as f64 / self.checked[field].max(1) as f64
    }
    fn add(&mut self, other: &Score) {
        self.gold += other.gold;
        self.tp += other.tp;
        self.fp += other.fp;
        for i in 0..5 {
            self.checked[i] += other.checked[i];
            self.right[i] += other.right[i];
        }
    }
}

fn score(gold: &[Mention], facts: &[Fact]) -> Score {
    let mut s = Score {
        gold: gold.iter().filter(|g| g.claim == "yes").count(),
        ..Score::default()
    };
    let mut matched = vec![false; gold.len()];
    for f in facts {
        let overlaps = |g: &Mention| f.span.start < g.end && g.start < f.span.end;
        let free = gold
            .iter()
            .enumerate()
            .filter(|(i, g)| g.claim == "yes" && !matched[*i] && overlaps(g))
            .max_by_key(|(_, g)| f.span.end.min(g.end) - f.span.start.max(g.start));
        if let Some((i, g)) = free {
            matched[i] = true;
            s.tp += 1;
            let bounds = g.low.is_some() || g.high.is_some();
            let checks = [
                Some(g.kind.as_deref() == Some(f.kind.as_str())),
                g.value.map(|v| f.value == Some(v)),
                g.qualifier.as_ref().map(|q| {
                    q == f.qualifier.as_str() && (!bounds || (f.low, f.high) == (g.low, g.high))
                }),
                g.unit
                    .as_ref()
                    .map(|u| f.unit.as_deref() == Some(u.as_str())),
                g.normalized
                    .as_ref()
                    .map(|n| f.normalized.as_deref() == Some(n.as_str())),
            ];
            for (k, c) in checks.iter().enumerate() {
                if let Some(ok) = c {
                    s.checked[k] += 1;
                    s.right[k] += usize::from(*ok);
                    if !ok {
                        eprintln!("  wrong {}: {:?} ({:?})", FIELDS[k], f.text, f);
                    }
                }
            }
        } else if !gold.iter().any(|g| g.claim == "optional" && overlaps(g)) {
            s.fp += 1;
            eprintln!("  false positive: {:?} at {}", f.text, f.span.start);
        }
    }
    for (i, g) in gold.iter().enumerate() {
        if g.claim == "yes" && !matched[i] {
            eprintln!("  missed: {}..{}", g.start, g.end);
        }
    }
    s
}

fn samples() -> Vec<String> {
    let dir = format!("{}/data", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("data dir")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".gold.jsonl").map(str::to_string)
        })
        .collect();
    names.sort();
    names
}

#[test]
fn the_samples_score_above_their_thresholds() {
    let ex = Extractor::new();
    let mut total = Score::default();
    let names = samples();
    assert!(names.len() >= 4, "the samples are missing: {names:?}");
    for name in &names {
        let text =
            std::fs::read_to_string(format!("{}/data/{name}.txt", env!("CARGO_MANIFEST_DIR")))
                .expect("sample text");
        eprintln!("{name}:");
        let s = score(&load_gold(name), &ex.extract(&text));
        eprintln!(
            "{name}: P {:.3} R {:.3} F1 {:.3} kind {:.3} value {:.3}",
            s.precision(),
            s.recall(),
            s.f1(),
            s.accuracy(0),
            s.accuracy(1)
        );
        assert!(s.f1() >= 0.90, "{name}: F1 {:.3} is below 0.90", s.f1());
        total.add(&s);
    }
    eprintln!(
        "all: P {:.3} R {:.3} F1 {:.3}; accuracy kind {:.3} value {:.3} qualifier {:.3} unit {:.3} normalized {:.3}",
        total.precision(),
        total.recall(),
        total.f1(),
        total.accuracy(0),
        total.accuracy(1),
        total.accuracy(2),
        total.accuracy(3),
        total.accuracy(4)
    );
    assert!(total.f1() >= 0.95, "F1 {:.3}", total.f1());
    assert!(
        total.precision() >= 0.95,
        "precision {:.3}",
        total.precision()
    );
    assert!(total.recall() >= 0.95, "recall {:.3}", total.recall());
    assert!(
        total.accuracy(1) >= 0.98,
        "value accuracy {:.3}",
        total.accuracy(1)
    );
    for (i, field) in FIELDS.iter().enumerate() {
        assert!(
            total.accuracy(i) >= 0.93,
            "{field} accuracy {:.3}",
            total.accuracy(i)
        );
    }
}

#[test]
fn spans_of_the_samples_hold_their_text() {
    let ex = Extractor::new();
    for name in samples() {
        let text =
            std::fs::read_to_string(format!("{}/data/{name}.txt", env!("CARGO_MANIFEST_DIR")))
                .expect("sample text");
        let facts = ex.extract(&text);
        let mut last_end = 0;
        for f in &facts {
            assert_eq!(&text[f.span.start..f.span.end], f.text, "{name}");
            assert!(
                f.span.start >= last_end,
                "{name}: facts overlap or are out of order"
            );
            last_end = f.span.end;
            assert!(f.sentence.start <= f.span.start && f.span.end <= f.sentence.end);
        }
    }
}
