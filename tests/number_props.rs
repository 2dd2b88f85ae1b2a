//! Property tests for the number parser: round trips through the
//! `chinese-number` crate's writer, multipliers applied to random decimals,
//! Arabic spelling variants, and no panics on arbitrary input.

use chinese_number::{ChineseCase, ChineseCountMethod, ChineseVariant, NumberToChinese};
use proptest::prelude::*;
use rust_decimal::Decimal;
use tongji::number::{parse_vague, parse_value};
use tongji::{NumberKind, parse_number};

const VARIANTS: [ChineseVariant; 2] = [ChineseVariant::Simple, ChineseVariant::Traditional];
const CASES: [ChineseCase; 2] = [ChineseCase::Lower, ChineseCase::Upper];

/// Parses a whole expression that must be a plain number.
fn plain(s: &str) -> Decimal {
    let n = parse_number(s).unwrap_or_else(|e| panic!("{s:?}: {e}"));
    assert_eq!(n.kind, NumberKind::Plain, "{s:?}");
    n.value
}

/// Writes `n` with thousands separators: 1260582 → "1,260,582".
fn with_separators(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Replaces ASCII digits and the point with their full-width forms.
fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c),
            '.' => '．',
            _ => c,
        })
        .collect()
}

/// A decimal with up to 12 digits of mantissa and up to 4 places.
fn decimal() -> impl Strategy<Value = Decimal> {
    (0i64..1_000_000_000_000, 0u32..=4).prop_map(|(m, scale)| Decimal::new(m, scale))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Every u64 written out in Chinese, in every variant and case, reads
    /// back as itself, and so does its digit-by-digit writing.
    #[test]
    fn chinese_writing_round_trips(n in any::<u64>()) {
        for variant in VARIANTS {
            for case in CASES {
                let text = n
                    .to_chinese(variant, case, ChineseCountMethod::TenThousand)
                    .expect("u64 fits the ten-thousand method");
                prop_assert_eq!(plain(&text), Decimal::from(n), "{}", text);
                let naive = n.to_chinese_naive(variant, case).expect("naive writing");
                prop_assert_eq!(plain(&naive), Decimal::from(n), "{}", naive);
            }
        }
    }

    /// Small numbers too, where the 零 gaps and 一十 forms are dense.
    #[test]
    fn small_chinese_numbers_round_trip(n in 0u64..1_000_000) {
        for variant in VARIANTS {
            for case in CASES {
                let text = n
                    .to_chinese(variant, case, ChineseCountMethod::TenThousand)
                    .expect("u64 fits the ten-thousand method");
                prop_assert_eq!(plain(&text), Decimal::from(n), "{}", text);
            }
        }
    }

    /// `{d}万`, `{d}亿` and `{d}千` are exactly d × 10⁴, 10⁸ and 10³.
    #[test]
    fn multipliers_scale_exactly(d in decimal()) {
        let units = [("万", 10_000i64), ("亿", 100_000_000), ("千", 1000), ("萬", 10_000), ("億", 100_000_000)];
        for (unit, factor) in units {
            let expected = (d * Decimal::from(factor)).normalize();
            prop_assert_eq!(plain(&format!("{d}{unit}")), expected);
            prop_assert_eq!(parse_value(&format!("{d}{unit}")), Ok(expected));
        }
    }

    /// Thousands separators, full-width digits and spaces before a
    /// multiplier do not change the value.
    #[test]
    fn arabic_spellings_agree(n in any::<u64>(), d in decimal()) {
        let value = Decimal::from(n);
        prop_assert_eq!(plain(&with_separators(n)), value);
        prop_assert_eq!(plain(&full_width(&n.to_string())), value);
        prop_assert_eq!(plain(&full_width(&with_separators(n))), value);
        prop_assert_eq!(plain(&full_width(&d.to_string())), d.normalize());
        let wan = plain(&format!("{d}万"));
        prop_assert_eq!(plain(&format!("{d} 万")), wan);
        prop_assert_eq!(plain(&format!("{d}\u{3000}万")), wan);
        prop_assert_eq!(plain(&format!(" {d}\t万 ")), wan);
    }

    /// Percent signs keep the value and mark the kind.
    #[test]
    fn percent_forms_agree(d in decimal()) {
        let percent = parse_number(&format!("{d}%")).expect("percent");
        prop_assert_eq!(&percent.kind, &NumberKind::Percent);
        prop_assert_eq!(percent.value, d.normalize());
        prop_assert_eq!(parse_number(&format!("百分之{d}")), Ok(percent));
    }

    /// Nothing panics on arbitrary strings.
    #[test]
    fn never_panics_on_any_string(s in any::<String>()) {
        let _ = parse_number(&s);
        let _ = parse_value(&s);
        let _ = parse_vague(&s);
    }

    /// Nothing panics on strings made of numeral characters, digits,
    /// separators, signs, suffixes and spaces, where the parser's rules
    /// actually get exercised.
    #[test]
    fn never_panics_on_numeral_soup(
        s in "[0-9０-９.．,，%％‰/+ \u{3000}零〇一二两三四五六七八九十百千万亿兆京壹贰叁肆伍陆柒捌玖拾佰仟萬億廿卅点點第负分之又成折半几数好来个-]{0,24}"
    ) {
        let _ = parse_number(&s);
        let _ = parse_value(&s);
        let _ = parse_vague(&s);
    }
}

proptest! {
    /// 余 or 多 after any integer makes it a floor: the value and the lower
    /// bound are the integer, and the qualifier is over.
    #[test]
    fn a_number_and_yu_is_its_own_floor(n in 1u64..100_000_000, yu in prop::sample::select(vec!["余", "多", "以上"])) {
        let q = tongji::parse_quantity(&format!("{n}{yu}")).unwrap();
        prop_assert_eq!(q.value, Some(Decimal::from(n)));
        prop_assert_eq!(q.low, Some(Decimal::from(n)));
        prop_assert_eq!(q.high, None);
        prop_assert_eq!(q.qualifier, tongji::Qualifier::Over);
    }

    /// Two ascending numbers joined by a separator are a range with those
    /// bounds and no value; descending ones are an error.
    #[test]
    fn two_numbers_apart_are_a_range(a in 0u64..1_000_000, b in 0u64..1_000_000, sep in prop::sample::select(vec!["-", "至", "到", "~"])) {
        let q = tongji::parse_quantity(&format!("{a}{sep}{b}"));
        if a <= b {
            let q = q.unwrap();
            prop_assert_eq!(q.value, None);
            prop_assert_eq!(q.low, Some(Decimal::from(a)));
            prop_assert_eq!(q.high, Some(Decimal::from(b)));
            prop_assert_eq!(q.qualifier, tongji::Qualifier::Range);
        } else {
            prop_assert!(q.is_err());
        }
    }

    /// Any input parses or fails cleanly, without panicking.
    #[test]
    fn quantities_never_panic(s in "\\PC{0,12}") {
        let _ = tongji::parse_quantity(&s);
    }
}
