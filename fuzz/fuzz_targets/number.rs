//! Fuzzes the number parser: `parse_number`, `parse_value` and
//! `parse_vague` must never panic, and what they return must print in plain
//! decimal notation.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tongji::number::{parse_value, parse_vague};

fn assert_plain(d: rust_decimal::Decimal) {
    let s = d.to_string();
    assert!(!s.contains(['e', 'E']), "{s} has an exponent");
    assert_eq!(s.parse::<rust_decimal::Decimal>().ok(), Some(d), "{s} does not read back");
}

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(n) = tongji::parse_number(s) {
        assert_plain(n.value);
        let _ = n.to_string();
    }
    if let Ok(v) = parse_value(s) {
        assert_plain(v);
    }
    if let Some((lo, hi)) = parse_vague(s) {
        assert_plain(lo);
        assert_plain(hi);
    }
});
