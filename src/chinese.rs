//! The one place that calls the `chinese-number` crate.
//!
//! The crate is known to be wrong on some inputs: `一万零十二` gives 10002
//! instead of 10012, and the malformed `十十` gives 100 instead of an error.
//! It also rejects forms that reports use (`百二`, `廿三`, `一万万`, digit
//! strings such as `二〇二三`), and knows nothing of decimals with
//! multipliers, mixed Arabic and Chinese forms or PDF whitespace. The unit
//! tests in `number.rs` pin down every known difference. So [`crate::number`] parses Chinese
//! numerals itself, and the crate is used only as an independent cross-check
//! in the unit tests; that is why everything here is compiled for tests only.

/// Parses an integer Chinese numeral with the crate, in the ten-thousand
/// count method (万 = 10⁴, 亿 = 10⁸, 兆 = 10¹²), or `None` when the crate
/// rejects it.
///
/// Keeping the crate behind this one function means that replacing or
/// dropping it touches a single line.
#[cfg(test)]
pub(crate) fn crate_integer(s: &str) -> Option<i128> {
    use chinese_number::{ChineseCountMethod, ChineseToNumber};
    s.to_number(ChineseCountMethod::TenThousand).ok()
}

#[cfg(test)]
mod tests {
    use super::crate_integer;

    /// The crate agrees with us on the plain, well-formed numerals.
    #[test]
    fn crate_reads_plain_numerals() {
        assert_eq!(crate_integer("一百二十三"), Some(123));
        assert_eq!(crate_integer("壹佰贰拾叁"), Some(123));
        assert_eq!(crate_integer("十万零三千六百零九"), Some(103_609));
        assert_eq!(crate_integer("负十二"), Some(-12));
        assert_eq!(crate_integer("岸"), None);
    }
}
