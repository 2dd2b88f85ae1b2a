//! The fact model: what one quantitative claim in a text is.
//!
//! A [`Fact`] is one quantity that the text asserts: a number together with
//! what turns it into a claim — its unit or classifier, its multiplier, its
//! bounds, and the thing it counts or measures. The fields follow the
//! `FACTS.md` contract field by field, so that a fact serializes to exactly
//! one CSV row (see [`crate::export`]).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A half-open range of byte offsets `start..end` into the original input.
///
/// Spans always point into the bytes the caller passed in, never into a
/// cleaned or normalized copy, so `&input[span.start..span.end]` is the text
/// of the fact verbatim, PDF spaces and line breaks included.
///
/// ```
/// use tongji::Span;
/// let text = "共 3 万名";
/// let span = Span { start: 4, end: 12 };
/// assert_eq!(span.slice(text), Some("3 万名"));
/// assert_eq!(span.len(), 8);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// The first byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// The number of bytes the span covers.
    ///
    /// ```
    /// assert_eq!(tongji::Span { start: 2, end: 5 }.len(), 3);
    /// ```
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no byte at all.
    ///
    /// ```
    /// assert!(tongji::Span { start: 4, end: 4 }.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text the span covers, or `None` when it is out of bounds or not on
    /// character boundaries of `text`.
    ///
    /// ```
    /// let s = tongji::Span { start: 0, end: 3 };
    /// assert_eq!(s.slice("五个"), Some("五"));
    /// assert_eq!(tongji::Span { start: 0, end: 1 }.slice("五个"), None);
    /// ```
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }
}

/// What sort of quantity a fact is.
///
/// ```
/// use tongji::Kind;
/// assert_eq!(Kind::Count.as_str(), "count");
/// assert_eq!("money".parse::<Kind>(), Ok(Kind::Money));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A number with a classifier: `13 个`, `5000 余起`, `兵分七路`.
    Count,
    /// A physical quantity with a unit: `3万毫升`, `5 公里`.
    Measure,
    /// An amount of money: `1.2 亿元`, `300 美元`.
    Money,
    /// A percentage or permille: `100%`, `百分之八十`, `七成`.
    Percent,
    /// A fraction: `三分之一`.
    Fraction,
    /// A rank or position: `第 4`, `第 5 位`.
    Ordinal,
    /// A calendar date or part of one: `2024年 2月 5日`, `2023 年`.
    Date,
    /// A clock time: `凌晨 2 时`.
    Time,
    /// A length of time: `24小时`, `5-7 天`.
    Duration,
    /// A bare number that is still a claim, or a change in percentage points.
    Number,
}

impl Kind {
    /// Every kind, in the order of the `FACTS.md` contract.
    ///
    /// ```
    /// assert_eq!(tongji::Kind::ALL.len(), 10);
    /// ```
    pub const ALL: [Kind; 10] = [
        Kind::Count,
        Kind::Measure,
        Kind::Money,
        Kind::Percent,
        Kind::Fraction,
        Kind::Ordinal,
        Kind::Date,
        Kind::Time,
        Kind::Duration,
        Kind::Number,
    ];

    /// The lowercase name used in CSV and JSON.
    ///
    /// ```
    /// assert_eq!(tongji::Kind::Duration.as_str(), "duration");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Measure => "measure",
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Fraction => "fraction",
            Kind::Ordinal => "ordinal",
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::Duration => "duration",
            Kind::Number => "number",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Kind {
    type Err = String;

    fn from_str(s: &str) -> Result<Kind, String> {
        Kind::ALL
            .iter()
            .copied()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| format!("unknown kind {s:?}; expected one of count, measure, money, percent, fraction, ordinal, date, time, duration, number"))
    }
}

/// How the text qualifies a number: exactly, roughly, as a bound or a range.
///
/// ```
/// use tongji::Qualifier;
/// assert_eq!(Qualifier::Over.as_str(), "over");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Qualifier {
    /// The number as stated.
    Exact,
    /// 约, 大约, 左右, 上下: roughly the value.
    About,
    /// 余, 多, 超过, 以上, 逾, 突破, 上百: more than the value; sets `low`.
    Over,
    /// 近, 不到, 不足, 以下, 未满: less than the value; sets `high`.
    Under,
    /// 5-7, 5至7, 三四个, 十几, 数十: between `low` and `high`.
    Range,
}

impl Qualifier {
    /// The lowercase name used in CSV and JSON.
    ///
    /// ```
    /// assert_eq!(tongji::Qualifier::Range.as_str(), "range");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::Over => "over",
            Qualifier::Under => "under",
            Qualifier::Range => "range",
        }
    }
}

impl fmt::Display for Qualifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One quantitative claim found in a text.
///
/// Values are exact decimals ([`rust_decimal::Decimal`]); multipliers such as
/// 万 and 亿 are folded into them, and the unit is the base unit as written.
///
/// ```
/// use tongji::{Extractor, Kind, Qualifier};
/// let text = "推选邻长2.18万名";
/// let facts = Extractor::new().extract(text);
/// let f = &facts[0];
/// assert_eq!(f.kind, Kind::Count);
/// assert_eq!(f.value.unwrap().to_string(), "21800");
/// assert_eq!(f.unit.as_deref(), Some("名"));
/// assert_eq!(f.noun.as_deref(), Some("邻长"));
/// assert_eq!(&text[f.span.start..f.span.end], f.text);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// Where the fact stands in the original input, in bytes.
    pub span: Span,
    /// What sort of quantity it is.
    pub kind: Kind,
    /// The original text of the span, verbatim.
    pub text: String,
    /// The value with multipliers folded in; `None` for dates, times and
    /// ranges.
    pub value: Option<Decimal>,
    /// The lower bound, for `over` and `range`.
    pub low: Option<Decimal>,
    /// The upper bound, for `under` and `range`.
    pub high: Option<Decimal>,
    /// How the text qualifies the number.
    pub qualifier: Qualifier,
    /// The unit or classifier as written (`名`, `毫升`, `元`, `%`), without
    /// multipliers.
    pub unit: Option<String>,
    /// The value in a standard unit, where one exists (30000 毫升 → 30).
    pub canonical_value: Option<Decimal>,
    /// The standard unit of `canonical_value` (`L`, `m`, `m²`, `CNY`).
    pub canonical_unit: Option<String>,
    /// What is counted or measured (`邻长`, `化解率`).
    pub noun: Option<String>,
    /// The ISO 8601 form of a date (`2024-02-05`, `--02-03`) or time (`02:00`).
    pub normalized: Option<String>,
    /// The span of the sentence the fact stands in, in the original input.
    pub sentence: Span,
}
