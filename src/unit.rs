//! Units and classifiers: what kind of fact a unit makes, and its conversion
//! to a standard unit.
//!
//! The tables live in [`crate::tables`]; this module indexes them once, in
//! [`Units::new`], and answers lookups by the word as written.

use crate::fact::Kind;
use crate::scan::{CharIndex, Words};
use crate::tables::{
    CLASSIFIERS, DURATIONS, MEASURES, MONEY, RATE_DENOMINATORS, RATIO_UNITS, Unit,
};
use rust_decimal::{Decimal, RoundingStrategy};
use std::collections::HashMap;

/// Every unit word, indexed for lookup.
#[derive(Debug)]
pub(crate) struct Units {
    by_word: HashMap<&'static str, Unit, Words>,
    /// The unit words by their first character, longest first, built once:
    /// the extractor asks for them per candidate, and sorting every word
    /// each time cost more than the whole regex search.
    by_first: CharIndex<Unit>,
    /// The words that may stand as the denominator of a rate (`元/平方米`,
    /// `每桶`) by their first character, longest first: the physical units,
    /// the units of time and the classifiers, and the words of
    /// `RATE_DENOMINATORS`; not currencies or percentages.
    per_first: CharIndex<Unit>,
}

/// All tables of units, in the order in which a word found in two of them is
/// resolved: the first table wins.
fn all_tables() -> [&'static [Unit]; 5] {
    [RATIO_UNITS, MONEY, MEASURES, DURATIONS, CLASSIFIERS]
}

impl Units {
    /// Indexes every table.
    pub fn new() -> Units {
        let mut by_word = HashMap::default();
        for table in all_tables() {
            for u in table {
                by_word.entry(u.word).or_insert(*u);
            }
        }
        let mut per: Vec<Unit> = [MEASURES, DURATIONS, CLASSIFIERS, RATE_DENOMINATORS]
            .into_iter()
            .flatten()
            .filter(|u| is_denominator(u.word))
            .copied()
            .collect();
        per.sort_by(|a, b| b.word.len().cmp(&a.word.len()).then(a.word.cmp(b.word)));
        let per_first = CharIndex::new(
            per.into_iter()
                .filter_map(|u| Some((u.word.chars().next()?, u))),
        );
        let mut units = Units {
            by_word,
            by_first: CharIndex::new([]),
            per_first,
        };
        let by_first: Vec<(char, Unit)> = units
            .words_longest_first()
            .into_iter()
            .filter_map(|w| Some((w.chars().next()?, *units.by_word.get(w)?)))
            .collect();
        units.by_first = CharIndex::new(by_first);
        units
    }

    /// Every unit word, longest first, so that a regex alternation built
    /// from them prefers `个百分点` to `个` and `平方公里` to `公里`.
    pub fn words_longest_first(&self) -> Vec<&'static str> {
        let mut words: Vec<&'static str> = self.by_word.keys().copied().collect();
        words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        words
    }

    /// The units whose words begin with the character `first`, longest
    /// word first.
    pub fn starting_with(&self, first: char) -> &[Unit] {
        self.by_first.get(first)
    }

    /// The longest word that `rest` starts with and that may stand as the
    /// denominator of a rate.
    pub fn denominator_at(&self, rest: &str) -> Option<&Unit> {
        let first = rest.chars().next()?;
        // The words under `first` share it with `rest`: compared from their
        // last byte, most differ at once, with no call to `memcmp`.
        self.per_first
            .get(first)
            .iter()
            .find(|u| crate::noun::begins_with(rest, u.word))
    }

    /// The unit written as `word`, if it is one.
    pub fn get(&self, word: &str) -> Option<&Unit> {
        self.by_word.get(word)
    }
}

/// Whether the unit word `word` may stand as the denominator of a rate:
/// not the words that carry a qualifier or half an hour (`余年`,
/// `个半小时`), nor anniversaries and ages.
fn is_denominator(word: &str) -> bool {
    !(word.starts_with(['余', '餘'])
        || word.contains('半')
        || matches!(word, "周年" | "週年" | "岁" | "歲" | "周岁" | "週歲"))
}

/// Converts `value` of a rate, `num` per the product of `dens`, to the
/// standard units of both parts: `1.5万元/平方米` is 15000 CNY/m², and
/// `650公斤/亩` 0.975 kg/m². `None` when a part has no standard unit
/// (`人/平方公里`, `美元/盎司`) and when a denominator is a unit of time:
/// `元/小时` in CNY/s would help nobody. A quotient that does not terminate
/// keeps six significant digits, since rates are often small.
pub(crate) fn canonical_rate(
    value: Decimal,
    num: &Unit,
    dens: &[Unit],
) -> Option<(Decimal, String)> {
    if num.canonical.is_empty() || num.num == 0 || dens.is_empty() {
        return None;
    }
    let mut factor_num = Decimal::from(num.num);
    let mut factor_den = Decimal::from(num.den);
    for d in dens {
        if d.canonical.is_empty() || d.num == 0 || d.kind == Kind::Duration {
            return None;
        }
        factor_num = factor_num.checked_mul(Decimal::from(d.den))?;
        factor_den = factor_den.checked_mul(Decimal::from(d.num))?;
    }
    let exact = value.checked_mul(factor_num)?.checked_div(factor_den)?;
    let out = if fills_every_digit(exact) {
        exact
            .round_sf_with_strategy(6, RoundingStrategy::MidpointAwayFromZero)
            .unwrap_or(exact)
    } else {
        exact
    };
    let mut unit = String::from(num.canonical);
    unit.push('/');
    match dens {
        [d] => unit.push_str(d.canonical),
        _ => {
            unit.push('(');
            for (i, d) in dens.iter().enumerate() {
                if i > 0 {
                    unit.push('·');
                }
                unit.push_str(d.canonical);
            }
            unit.push(')');
        }
    }
    Some((out.normalize(), unit))
}

/// Whether `d` holds as many digits as a Decimal can, significant ones
/// (28) or places after the point (more than 18 of them, for a tiny
/// quotient): the mark of a quotient that does not terminate, whatever the
/// size of its integer part. Counting places alone would miss large
/// quotients (`8000万亩` in m² keeps 18 places of 3s after eleven digits);
/// a quotient that terminates has a few digits only.
fn fills_every_digit(d: Decimal) -> bool {
    let d = d.normalize();
    d.scale() > 18 || d.mantissa().unsigned_abs() >= 10u128.pow(27)
}

/// Whether `value / den` is a finite decimal: once the factors it shares
/// with the digits of `value` are cancelled, the denominator holds no
/// prime but 2 and 5.
fn terminates(value: Decimal, den: i64) -> bool {
    let mut den = u128::from(den.unsigned_abs());
    if den == 0 {
        return false;
    }
    let (mut a, mut b) = (value.mantissa().unsigned_abs(), den);
    while b != 0 {
        (a, b) = (b, a % b);
    }
    den /= a;
    for p in [2, 5] {
        while den % p == 0 {
            den /= p;
        }
    }
    den == 1
}

/// Converts `value` in `unit` to its standard unit, when the unit has one.
///
/// The factor is an exact rational; a result that is not a finite decimal
/// (亩 is 10000/15 m²) is rounded half away from zero to two decimal places,
/// as a statistician would print it: 10 亩 is 6666.67 m².
pub(crate) fn canonical(value: Decimal, unit: &Unit) -> Option<(Decimal, &'static str)> {
    if unit.canonical.is_empty() || unit.num == 0 {
        return None;
    }
    let scaled = value.checked_mul(Decimal::from(unit.num))?;
    let den = Decimal::from(unit.den);
    let exact = scaled.checked_div(den)?;
    // Only a quotient that does not terminate is rounded. Telling it by
    // the digits it fills would also round a tiny or a 28-digit value
    // that converts exactly (0.0000000000000000000001 吨 would become 0
    // kg), so the denominator is looked at instead.
    let out = if !terminates(scaled, unit.den) {
        exact.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
    } else {
        exact
    };
    Some((out.normalize(), unit.canonical))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn conversions_are_exact_or_rounded_to_two_places() {
        let units = Units::new();
        let cases: &[(&str, &str, &str, &str)] = &[
            ("毫升", "30000", "30", "L"),
            ("公里", "5", "5000", "m"),
            ("亩", "10", "6666.67", "m²"),
            ("亩", "80000000", "53333333333.33", "m²"),
            ("斤", "3", "1.5", "kg"),
            ("吨", "2.5", "2500", "kg"),
            ("元", "126058200000000", "126058200000000", "CNY"),
            ("美元", "300", "300", "USD"),
            ("新臺幣", "350000000", "350000000", "TWD"),
            ("臺幣", "500", "500", "TWD"),
            ("人民幣", "3", "3", "CNY"),
            ("日圓", "1000", "1000", "JPY"),
            ("澳门币", "100", "100", "MOP"),
            ("千瓦时", "12", "12", "kWh"),
            ("平方公里", "1.2", "1200000", "m²"),
            ("小时", "24", "86400", "s"),
            ("摄氏度", "-5", "-5", "°C"),
            // Exact conversions stay exact however small or long.
            (
                "吨",
                "0.0000000000000000000001",
                "0.0000000000000000001",
                "kg",
            ),
            (
                "毫克",
                "79228162514264337593543950335",
                "79228162514264337593543.950335",
                "kg",
            ),
            ("亩", "0.000000000000000000015", "0.00000000000000001", "m²"),
        ];
        for &(word, value, want, canon) in cases {
            let u = units.get(word).expect(word);
            let (v, c) = canonical(Decimal::from_str(value).unwrap(), u).expect(word);
            assert_eq!((v.to_string().as_str(), c), (want, canon), "{word}");
        }
        assert!(canonical(Decimal::ONE, units.get("个").unwrap()).is_none());
        assert!(canonical(Decimal::ONE, units.get("个月").unwrap()).is_none());
    }

    #[test]
    fn rates_convert_both_parts_or_not_at_all() {
        let units = Units::new();
        /// Numerator, denominators, value, and the canonical value and unit.
        type Case<'a> = (&'a str, &'a [&'a str], &'a str, Option<(&'a str, &'a str)>);
        let cases: &[Case] = &[
            ("元", &["平方米"], "15000", Some(("15000", "CNY/m²"))),
            ("公斤", &["亩"], "650", Some(("0.975", "kg/m²"))),
            ("元", &["亩"], "12000", Some(("18", "CNY/m²"))),
            ("元", &["吨"], "850", Some(("0.85", "CNY/kg"))),
            ("元", &["千瓦时"], "0.65", Some(("0.65", "CNY/kWh"))),
            ("元", &["斤"], "5.8", Some(("11.6", "CNY/kg"))),
            ("吨", &["公顷"], "6.5", Some(("0.65", "kg/m²"))),
            ("新台幣", &["坪"], "986000", Some(("298265", "TWD/m²"))),
            ("美元", &["磅"], "1", Some(("2.20462", "USD/kg"))),
            (
                "元",
                &["立方米", "公里"],
                "3",
                Some(("0.003", "CNY/(m³·m)")),
            ),
            ("美元", &["盎司"], "2400", None),
            ("美元", &["桶"], "85", None),
            ("人", &["平方公里"], "1200", None),
            ("升", &["人", "天"], "150", None),
            ("元", &["小时"], "10", None),
            ("次", &["分钟"], "75", None),
        ];
        for &(num, dens, value, want) in cases {
            let n = units.get(num).expect(num);
            let d: Vec<Unit> = dens
                .iter()
                .map(|w| *units.denominator_at(w).expect(w))
                .collect();
            let got = canonical_rate(Decimal::from_str(value).unwrap(), n, &d);
            let got = got.as_ref().map(|(v, u)| (v.to_string(), u.as_str()));
            let want = want.map(|(v, u)| (v.to_string(), u));
            assert_eq!(got, want, "{num}/{dens:?}");
        }
    }

    #[test]
    fn denominators_are_units_but_not_money_or_shares() {
        let units = Units::new();
        let at = |s: &str| units.denominator_at(s).map(|u| u.word);
        assert_eq!(at("平方公里1200人"), Some("平方公里"));
        assert_eq!(at("人口拥有"), Some("人口"));
        assert_eq!(at("人次/日"), Some("人次"));
        assert_eq!(at("盎司"), Some("盎司"));
        assert_eq!(at("月"), Some("月"));
        assert_eq!(at("千瓦时"), Some("千瓦时"));
        assert_eq!(at("元"), None);
        assert_eq!(at("美元"), None);
        assert_eq!(at("%"), None);
        assert_eq!(at("余年"), None);
        assert_eq!(at("岁"), None);
        // Alone, the words only denominators take are no unit.
        assert!(units.get("桶").is_none() && units.get("月").is_none());
    }

    #[test]
    fn longest_words_come_first() {
        let units = Units::new();
        let words = units.words_longest_first();
        let pos = |w: &str| words.iter().position(|x| *x == w).unwrap();
        assert!(pos("个百分点") < pos("个"));
        assert!(pos("平方公里") < pos("公里"));
        assert!(pos("千米") < pos("米"));
        assert!(pos("人次") < pos("人"));
    }
}
