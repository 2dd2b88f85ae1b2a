//! Units and classifiers: what kind of fact a unit makes, and its conversion
//! to a standard unit.
//!
//! The tables live in [`crate::tables`]; this module indexes them once, in
//! [`Units::new`], and answers lookups by the word as written.

use crate::scan::{CharIndex, Words};
use crate::tables::{CLASSIFIERS, DURATIONS, MEASURES, MONEY, RATIO_UNITS, Unit};
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
        let mut units = Units {
            by_word,
            by_first: CharIndex::new([]),
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

    /// The unit written as `word`, if it is one.
    pub fn get(&self, word: &str) -> Option<&Unit> {
        self.by_word.get(word)
    }
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
    // A quotient that does not terminate fills every digit Decimal has;
    // the factors in the tables never need more than a few places when the
    // quotient does terminate.
    let out = if exact.normalize().scale() > 18 {
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
