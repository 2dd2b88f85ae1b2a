//! TEMPORARY stand-in for the number parser (replaced by the real one).
use crate::error::ParseError;
use rust_decimal::Decimal;
use std::fmt;

/// A parsed number.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    pub value: Decimal,
    pub kind: NumberKind,
}
/// Kinds.
#[derive(Debug, Clone, PartialEq)]
pub enum NumberKind {
    Plain,
    Percent,
    Permille,
    PercentagePoints,
    Ordinal,
    Fraction {
        numerator: Decimal,
        denominator: Decimal,
    },
}
impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            NumberKind::Percent => write!(f, "{}%", self.value),
            _ => write!(f, "{}", self.value),
        }
    }
}
/// Parse.
pub fn parse_number(s: &str) -> Result<Number, ParseError> {
    if let Some(rest) = s.strip_prefix("百分之") {
        return Ok(Number {
            value: parse_value(rest)?,
            kind: NumberKind::Percent,
        });
    }
    Ok(Number {
        value: parse_value(s)?,
        kind: NumberKind::Plain,
    })
}
fn digit(c: char) -> Option<i64> {
    Some(match c {
        '0'..='9' => c as i64 - '0' as i64,
        '０'..='９' => c as i64 - '０' as i64,
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '兩' | '贰' | '俩' => 2,
        '三' | '叁' | '仨' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}
fn mult(c: char) -> Option<i64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        '万' | '萬' => 10_000,
        '亿' | '億' => 100_000_000,
        _ => return None,
    })
}
/// Value.
pub fn parse_value(s: &str) -> Result<Decimal, ParseError> {
    let s: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',')
        .collect();
    if s.is_empty() {
        return Err(ParseError::new(0, "empty"));
    }
    // Overflow is an error, never a panic or a silently rounded value: a
    // number too large for an exact `Decimal` is not reported.
    let too_large = || ParseError::new(0, "too large for an exact decimal");
    let mut total = Decimal::ZERO;
    let mut section = Decimal::ZERO;
    let mut num = Decimal::ZERO;
    let mut frac: Option<u32> = None;
    let mut any = false;
    let mut last_mult = 1i64;
    for (i, c) in s.chars().enumerate() {
        if let Some(d) = digit(c) {
            if let Some(k) = frac.as_mut() {
                *k += 1;
                let place = Decimal::try_new(d, *k).map_err(|_| too_large())?;
                num = exact_add(num, place).ok_or_else(too_large)?;
            } else {
                num = num
                    .checked_mul(Decimal::TEN)
                    .and_then(|n| exact_add(n, Decimal::from(d)))
                    .ok_or_else(too_large)?;
            }
            any = true;
        } else if c == '.' || c == '．' || c == '点' {
            frac = Some(0);
        } else if let Some(m) = mult(c) {
            frac = None;
            if m >= 10_000 {
                section = exact_add(section, num).ok_or_else(too_large)?;
                if section.is_zero() && !any {
                    section = Decimal::ONE;
                }
                total = exact_add(total, section)
                    .and_then(|t| t.checked_mul(Decimal::from(m)))
                    .ok_or_else(too_large)?;
                section = Decimal::ZERO;
            } else {
                if num.is_zero() {
                    num = Decimal::ONE;
                }
                let part = num.checked_mul(Decimal::from(m)).ok_or_else(too_large)?;
                section = exact_add(section, part).ok_or_else(too_large)?;
            }
            num = Decimal::ZERO;
            any = true;
            last_mult = m;
        } else {
            return Err(ParseError::new(i, format!("unexpected character {c:?}")));
        }
    }
    let _ = last_mult;
    if !any {
        return Err(ParseError::new(0, "no digits"));
    }
    exact_add(total, section)
        .and_then(|t| exact_add(t, num))
        .map(|v| v.normalize())
        .ok_or_else(too_large)
}
/// `a + b`, or `None` when the exact sum does not fit: `checked_add` rounds
/// silently when the sum has too many digits, so the sum is checked by
/// subtracting back.
fn exact_add(a: Decimal, b: Decimal) -> Option<Decimal> {
    let sum = a.checked_add(b)?;
    (sum.checked_sub(a)? == b).then_some(sum)
}
/// Vague.
pub fn parse_vague(s: &str) -> Option<(Decimal, Decimal)> {
    match s {
        "十几" => return Some((11.into(), 19.into())),
        "数十" | "几十" => return Some((10.into(), 100.into())),
        "数百" | "几百" => return Some((100.into(), 1000.into())),
        _ => {}
    }
    let cs: Vec<char> = s.chars().collect();
    if cs.len() == 2 {
        if let (Some(a), Some(b)) = (digit(cs[0]), digit(cs[1])) {
            if b == a + 1 && !s.chars().any(|c| c.is_ascii_digit()) {
                return Some((a.into(), b.into()));
            }
        }
    }
    None
}
