//! Fuzzes `Extractor::extract` over arbitrary text and checks the span
//! invariants that every caller relies on.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tongji::Extractor;

/// Building the extractor compiles its patterns, which costs far more than
/// one input; it is built once and shared by every run.
fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::new)
}

/// Whether a decimal prints in plain notation, as the CSV export prints it.
fn plain(v: Option<rust_decimal::Decimal>) -> bool {
    v.is_none_or(|d| {
        let s = d.to_string();
        !s.contains(['e', 'E']) && s.parse::<rust_decimal::Decimal>().ok() == Some(d)
    })
}

fuzz_target!(|data: &[u8]| {
    // Invalid UTF-8 is the reader's business (see `stream::ChunkReader`);
    // the extractor takes `&str`, so arbitrary bytes are read lossily.
    let text = String::from_utf8_lossy(data);
    let facts = extractor().extract(&text);
    let mut prev_end = 0;
    for f in &facts {
        let s = f.span;
        assert!(s.start < s.end, "empty or reversed span {s:?}");
        assert!(s.end <= text.len(), "span {s:?} out of bounds");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(s.start >= prev_end, "span {s:?} overlaps or is out of order");
        prev_end = s.end;
        assert_eq!(&text[s.start..s.end], f.text);
        let sen = f.sentence;
        assert!(sen.start <= s.start && s.end <= sen.end, "fact outside its sentence");
        for v in [f.value, f.low, f.high, f.canonical_value] {
            assert!(plain(v), "value {v:?} does not print as plain decimal");
        }
        let row = tongji::export::plain(f.value);
        assert!(!row.contains(['e', 'E']));
    }
});
