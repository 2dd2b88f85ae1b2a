//! Property tests of spans and of PDF noise.
//!
//! 1. Over random strings drawn from digits, Chinese numerals, classifiers,
//!    units, punctuation, spaces and line breaks, extraction never panics,
//!    and every span is in bounds, on character boundaries, in order,
//!    disjoint and holds its fact's text; every value prints in plain
//!    decimal.
//! 2. Inserting PDF-style spaces and line breaks between the characters of a
//!    well-formed sentence leaves each fact's kind and value unchanged. The
//!    noise goes anywhere except between two ASCII letters or digits, where
//!    a space is meaningful by design (`20 30` is two numbers; see
//!    `scan.rs`).

use proptest::prelude::*;
use rust_decimal::Decimal;
use std::sync::OnceLock;
use tongji::{Extractor, Fact, Kind};

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::new)
}

const PIECES: &[&str] = &[
    "0",
    "1",
    "2",
    "5",
    "9",
    "０",
    "３",
    ".",
    "．",
    ",",
    "零",
    "〇",
    "一",
    "二",
    "两",
    "三",
    "五",
    "九",
    "十",
    "百",
    "千",
    "万",
    "亿",
    "几",
    "数",
    "半",
    "第",
    "点",
    "分之",
    "百分之",
    "个",
    "名",
    "台",
    "次",
    "人次",
    "元",
    "万元",
    "亿元",
    "毫升",
    "公里",
    "亩",
    "小时",
    "天",
    "年",
    "月",
    "日",
    "时",
    "成",
    "折",
    "倍",
    "%",
    "％",
    "‰",
    "-",
    "～",
    "至",
    "余",
    "多",
    "约",
    "近",
    "以上",
    "左右",
    "，",
    "。",
    "、",
    "；",
    "：",
    "！",
    "？",
    "“",
    "”",
    "（",
    "）",
    "(",
    ")",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u{3000}",
    "\u{A0}",
    "\0",
    "\u{FEFF}",
    "共有",
    "增长",
    // Rates: a denominator before or after the number (每100毫升152毫克).
    "每",
    "每千人口",
    "毫升",
    "毫克",
    "/",
    "平方米",
    "美元",
    "岁",
    "党员",
    "电话",
    "a",
    "G",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| v.concat())
}

fn assert_spans(text: &str, facts: &[Fact]) -> Result<(), TestCaseError> {
    let mut prev = 0;
    for f in facts {
        let s = f.span;
        prop_assert!(s.start < s.end, "empty span {:?}", s);
        prop_assert!(s.end <= text.len(), "span {:?} out of bounds", s);
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        prop_assert!(s.start >= prev, "span {:?} overlaps or is out of order", s);
        prev = s.end;
        prop_assert_eq!(&text[s.start..s.end], f.text.as_str());
        prop_assert!(f.sentence.start <= s.start && s.end <= f.sentence.end);
        for v in [f.value, f.low, f.high, f.canonical_value]
            .into_iter()
            .flatten()
        {
            let printed = tongji::export::plain(Some(v));
            prop_assert!(!printed.contains(['e', 'E']), "{} has an exponent", printed);
            prop_assert_eq!(printed.parse::<Decimal>().ok(), Some(v));
        }
    }
    Ok(())
}

/// A well-formed sentence with known facts: counts, percentages and dates,
/// in Arabic or Chinese numerals.
fn sentence() -> impl Strategy<Value = String> {
    let cn = |n: u32| {
        const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        match n {
            0..=9 => D[n as usize].to_string(),
            10..=19 => format!("十{}", if n > 10 { D[(n % 10) as usize] } else { "" }),
            _ => format!(
                "{}十{}",
                D[(n / 10) as usize],
                if n % 10 > 0 { D[(n % 10) as usize] } else { "" }
            ),
        }
    };
    prop_oneof![
        (2u32..100_000).prop_map(|n| format!("全区共有{n}名党员。")),
        (2u32..100).prop_map(move |n| format!("共有{}名党员。", cn(n))),
        (1u32..1000, 0u32..10).prop_map(|(a, b)| format!("同比增长{a}.{b}%。")),
        (1u32..100).prop_map(|d| format!("化解率增长{d}%。")),
        (1000u32..3000, 1u32..13, 1u32..29)
            .prop_map(|(y, m, d)| format!("{y}年{m}月{d}日召开会议。")),
        (2u32..100, 1u32..10_000).prop_map(|(n, m)| format!("开展培训{n}次，参训{m}人次。")),
        (2u32..1000).prop_map(|n| format!("投入资金{n}万元。")),
    ]
}

/// The kind and printed value (or bounds, or normalized date) of each fact.
fn kinds_and_values(facts: &[Fact]) -> Vec<(Kind, String)> {
    facts
        .iter()
        .map(|f| {
            let p = tongji::export::plain;
            let v = format!(
                "{}|{}|{}|{}",
                p(f.value),
                p(f.low),
                p(f.high),
                f.normalized.as_deref().unwrap_or("")
            );
            (f.kind, v)
        })
        .collect()
}

/// `text` with noise inserted before the characters chosen by `at`: one of
/// ' ', '\n\n', '\r\n' or U+3000, never between two ASCII letters or digits.
fn with_noise(text: &str, at: &[(bool, u8)]) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if i > 0 {
            let (insert, which) = at[i % at.len()];
            let between_alnum = chars[i - 1].is_ascii_alphanumeric() && c.is_ascii_alphanumeric();
            if insert && !between_alnum {
                out.push_str([" ", "\n\n", "\r\n", "\u{3000}"][(which % 4) as usize]);
            }
        }
        out.push(c);
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn soup_never_panics_and_spans_hold(text in soup()) {
        let facts = extractor().extract(&text);
        assert_spans(&text, &facts)?;
    }

    #[test]
    fn chunked_extraction_keeps_spans_in_whole_input_offsets(text in soup(), base in 0usize..1000) {
        let mut facts = Vec::new();
        extractor().extract_into(&text, base, &mut facts);
        let whole = extractor().extract(&text);
        prop_assert_eq!(facts.len(), whole.len());
        for (a, b) in facts.iter().zip(&whole) {
            prop_assert_eq!(a.span.start, b.span.start + base);
            prop_assert_eq!(a.span.end, b.span.end + base);
        }
    }

    #[test]
    fn pdf_noise_leaves_kinds_and_values_unchanged(
        parts in prop::collection::vec(sentence(), 1..4),
        at in prop::collection::vec((any::<bool>(), any::<u8>()), 1..16),
    ) {
        let clean = parts.concat();
        let noisy = with_noise(&clean, &at);
        let want = extractor().extract(&clean);
        prop_assert!(!want.is_empty(), "no fact in {:?}", clean);
        let got = extractor().extract(&noisy);
        assert_spans(&noisy, &got)?;
        prop_assert_eq!(kinds_and_values(&got), kinds_and_values(&want), "{:?}", noisy);
    }
}
