//! `tongji` (统计) pulls the quantitative claims out of Chinese text and
//! returns them as typed, exact, traceable facts.
//!
//! `推选邻长2.18万名` is a count of 21800 people (邻长); `纠纷 5000 余起` is
//! more than 5000 disputes; `采血 3万毫升` is 30 L of blood; `排名第 4` is a
//! rank; `化解率 100%` a percentage. Each [`Fact`] carries its exact value (a
//! decimal, never a binary float), unit, qualifier, bounds, the thing counted
//! and the byte [`Span`] it came from, and exports to CSV with
//! [`CsvWriter`].
//!
//! ```
//! use tongji::{Extractor, Kind, Qualifier};
//!
//! let text = "共计采血 3万毫升，纠纷 5000 余起，排名第 4。";
//! let facts = Extractor::new().extract(text);
//! assert_eq!(facts.len(), 3);
//!
//! assert_eq!(facts[0].kind, Kind::Measure);
//! assert_eq!(facts[0].value.unwrap().to_string(), "30000");
//! assert_eq!(facts[0].unit.as_deref(), Some("毫升"));
//! assert_eq!(facts[0].canonical_value.unwrap().to_string(), "30");
//! assert_eq!(facts[0].canonical_unit.as_deref(), Some("L"));
//!
//! assert_eq!(facts[1].qualifier, Qualifier::Over);
//! assert_eq!(facts[1].low.unwrap().to_string(), "5000");
//!
//! assert_eq!(facts[2].kind, Kind::Ordinal);
//! assert_eq!(&text[facts[2].span.start..facts[2].span.end], "第 4");
//! ```
//!
//! The number parser stands on its own too: [`parse_number`] reads one
//! whole numeral expression exactly.
//!
//! ```
//! let n = tongji::parse_number("百分之二十五").unwrap();
//! assert_eq!(n.to_string(), "25%");
//! assert_eq!(tongji::parse_number("一万零十二").unwrap().value.to_string(), "10012");
//! ```
//!
//! [`parse_quantity`] adds the words that qualify a number and the bounds
//! they give, as a fact carries them:
//!
//! ```
//! use tongji::{parse_quantity, Qualifier};
//!
//! let q = parse_quantity("5000余").unwrap();
//! assert_eq!((q.low.unwrap().to_string(), q.qualifier), ("5000".to_string(), Qualifier::Over));
//! let q = parse_quantity("5至7").unwrap();
//! assert_eq!((q.value, q.high.unwrap().to_string()), (None, "7".to_string()));
//! ```
//!
//! # Real, noisy text
//!
//! Text extracted from PDF puts spaces between characters and breaks lines
//! inside numbers (`培训 13⏎⏎次`, `136000 毫 升`). The extractor matches on a
//! cleaned view of each sentence and maps every fact back to the original
//! bytes, so `&text[fact.span.start..fact.span.end]` is always the fact's
//! text verbatim, noise included. Numerals inside words that are no quantity
//! (一线, 一把手, “三长制”, 一氧化碳), list markers and phone numbers are
//! not facts.
//!
//! # Untrusted input
//!
//! The extractor is built to run over millions of scraped pages:
//!
//! * It never panics, whatever the input; extraction cannot fail, and bad
//!   text gives fewer facts, never an error.
//! * Time is linear in the input. Text is cut into sentences, and a sentence
//!   without punctuation is cut every 4096 bytes, so the work per sentence
//!   is bounded; candidates are found by a lazy DFA (`regex-automata`) and
//!   read by a hand-written grammar or a small regex, each looking only at
//!   the characters of its own match; each candidate's noun is looked for in
//!   a window of a few characters.
//! * Memory is bounded by the longest sentence, not the input, when text is
//!   streamed through [`Extractor::extract_into`] in chunks cut at sentence
//!   ends.
//! * Numbers too large for an exact decimal (more than 28 significant
//!   digits, or 40-digit numbers with 亿亿) are not reported: the parser
//!   returns an error for them, and the extractor skips them rather than
//!   print a wrong value. Tiny values print in plain decimal, never with an
//!   exponent.

#![deny(missing_docs)]

mod chinese;
mod date;
pub mod error;
pub mod export;
mod extract;
pub mod fact;
mod filter;
mod grammar;
mod noun;
pub mod number;
mod scan;
pub mod stream;
mod tables;
mod unit;

pub use error::{Error, ParseError};
pub use export::CsvWriter;
pub use extract::Extractor;
pub use fact::{Fact, Kind, Qualifier, Span};
pub use number::{Number, NumberKind, Quantity, parse_number, parse_quantity};

/// The README's examples, compiled and run as doctests so that they stay
/// true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

#[cfg(test)]
mod table_tests {
    use crate::tables::*;

    fn assert_sorted_unique(name: &str, words: &[&str]) {
        for pair in words.windows(2) {
            assert!(
                pair[0].as_bytes() < pair[1].as_bytes(),
                "table {name} is not sorted or has a duplicate: {:?} then {:?}",
                pair[0],
                pair[1]
            );
        }
    }

    #[test]
    fn every_table_is_sorted_and_free_of_duplicates() {
        let units = |t: &[Unit]| t.iter().map(|u| u.word).collect::<Vec<_>>();
        assert_sorted_unique("CLASSIFIERS", &units(CLASSIFIERS));
        assert_sorted_unique("MEASURES", &units(MEASURES));
        assert_sorted_unique("MONEY", &units(MONEY));
        assert_sorted_unique("DURATIONS", &units(DURATIONS));
        assert_sorted_unique("RATIO_UNITS", &units(RATIO_UNITS));
        assert_sorted_unique("RATE_DENOMINATORS", &units(RATE_DENOMINATORS));
        let quals = |t: &[(&'static str, _)]| t.iter().map(|(w, _)| *w).collect::<Vec<_>>();
        assert_sorted_unique("PREFIX_QUALIFIERS", &quals(PREFIX_QUALIFIERS));
        assert_sorted_unique("SUFFIX_QUALIFIERS", &quals(SUFFIX_QUALIFIERS));
        let periods = DAY_PERIODS.iter().map(|(w, _)| *w).collect::<Vec<_>>();
        assert_sorted_unique("DAY_PERIODS", &periods);
        assert_sorted_unique("NOT_QUANTITIES", NOT_QUANTITIES);
        assert_sorted_unique("NUMBERED_NAMES", NUMBERED_NAMES);
        assert_sorted_unique("TRAILING_VERBS", TRAILING_VERBS);
        assert_sorted_unique("PREDICATE_VERBS", PREDICATE_VERBS);
        assert_sorted_unique("RANK_VERBS", RANK_VERBS);
        assert_sorted_unique("RANK_FIELDS", RANK_FIELDS);
        assert_sorted_unique("ACTION_VERBS", ACTION_VERBS);
        assert_sorted_unique("LEADING_VERBS", LEADING_VERBS);
        assert_sorted_unique("NOUNS_WITH_VERBS", NOUNS_WITH_VERBS);
        assert_sorted_unique("BYLINE_OPENERS", BYLINE_OPENERS);
        assert_sorted_unique("NOUNS_WITH_BEI", NOUNS_WITH_BEI);
        assert_sorted_unique("RATE_VERBS", RATE_VERBS);
        assert_sorted_unique("SCALE_EVENTS", SCALE_EVENTS);
        assert_sorted_unique("CHANGE_VERBS", CHANGE_VERBS);
        assert_sorted_unique("EQUIP_VERBS", EQUIP_VERBS);
        assert_sorted_unique("ALLOCATING_VERBS", ALLOCATING_VERBS);
        assert_sorted_unique("SCALE_CONTEXTS", SCALE_CONTEXTS);
        assert_sorted_unique("SCORE_WORDS", SCORE_WORDS);
        assert_sorted_unique("INTEREST_WORDS", INTEREST_WORDS);
        let casualties = CASUALTIES.iter().map(|(u, _)| u.word).collect::<Vec<_>>();
        assert_sorted_unique("CASUALTIES", &casualties);
        assert_sorted_unique("ROC_YEAR_BEFORE", ROC_YEAR_BEFORE);
        assert_sorted_unique("SCOPE_WORDS", SCOPE_WORDS);
        assert_sorted_unique("HALF_AFTER", HALF_AFTER);
        assert_sorted_unique("HALF_WORDS", HALF_WORDS);
        assert_sorted_unique("FORMAT_EVENTS", FORMAT_EVENTS);
        assert_sorted_unique("SHARED_HEADS", SHARED_HEADS);
        assert_sorted_unique("LASTING_VERBS", LASTING_VERBS);
        assert_sorted_unique("STATISTIC_TAILS", STATISTIC_TAILS);
        for table in [NOUN_STOPS_AFTER, NOUN_STOPS_BEFORE, TRADITIONAL_CHARS] {
            assert!(table.windows(2).all(|w| w[0] < w[1]), "{table:?}");
        }
    }

    #[test]
    fn there_are_enough_classifiers() {
        assert!(CLASSIFIERS.len() >= 120, "{}", CLASSIFIERS.len());
    }
}
