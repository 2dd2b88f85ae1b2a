//! The quantity pattern, read by hand.
//!
//! Quantities are by far the commonest candidates, and resolving the groups
//! of their pattern with a backtracking regex engine was the costliest step
//! of extraction. The multi-pattern finder still decides where a candidate
//! starts and ends and which pattern it is; this module then reads the
//! groups of a quantity inside that range the way the regex would, with
//! leftmost-first preferences and greedy repetition. A differential test
//! checks it against the regex on generated text.
//!
//! The pattern (see `QUANTITY` in `extract.rs`) is a row of optional parts
//! around the number `n1`:
//!
//! ```text
//! pre? cur? ord? sign? n1 pct1? (rsep sign2? n2)? post1? mult? post2?
//! ```
//!
//! Everything after `n1` is optional, so once `n1` is read every later part
//! is taken greedily, as the regex's first successful path does; before it,
//! each optional part is given up again when the number cannot follow it.

use crate::scan::{CharIndex, CharSet};
use std::sync::LazyLock;

/// The characters a Chinese numeral may begin with.
pub(crate) const CN_START: &str =
    "零〇一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖俩仨十拾廿卅卌";
/// The characters that may continue a Chinese numeral.
pub(crate) const CN_REST: &str =
    "零〇一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖俩仨十拾廿卅卌百佰千仟万萬亿億兆几幾";
/// The Chinese digits that may follow a decimal 点.
pub(crate) const CN_DIGIT: &str = "零〇一二两兩三四五六七八九";

/// The character classes above as sets, for constant-time tests.
static CLASSES: LazyLock<[CharSet; 3]> =
    LazyLock::new(|| [CN_START, CN_REST, CN_DIGIT].map(|chars| CharSet::new(chars.chars())));

/// A byte range of the haystack.
pub(crate) type Range = Option<(usize, usize)>;

/// The groups of one quantity match. The names are those of the regex.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Quantity {
    pub pre: Range,
    pub cur: Range,
    pub ord: Range,
    pub sign: Range,
    pub n1: Range,
    pub pct1: Range,
    pub rsep: Range,
    pub sign2: Range,
    pub n2: Range,
    pub post1: Range,
    pub mult: Range,
    pub post2: Range,
    /// Where the whole match ends.
    pub end: usize,
}

/// The currencies that may stand before an amount, in the regex's order;
/// they begin with 新 港 人 台 臺 美 or 澳 (a test keeps them so).
pub(crate) const CURRENCIES: [&str; 13] = [
    "新台币",
    "新台幣",
    "新臺幣",
    "港币",
    "港幣",
    "人民币",
    "人民幣",
    "台币",
    "台幣",
    "臺幣",
    "美金",
    "澳门币",
    "澳門幣",
];

/// The qualifier words that may stand before a number, in the order of the
/// regex's alternation (longest first), indexed by their first character:
/// only the few words that begin with the character at hand are compared.
#[derive(Debug)]
pub(crate) struct Prefixes(CharIndex<&'static str>);

impl Prefixes {
    /// The words, which must be in the order of the regex alternation; each
    /// character's list keeps that order.
    pub fn new(words: Vec<&'static str>) -> Prefixes {
        Prefixes(CharIndex::new(
            words
                .into_iter()
                .filter_map(|w| Some((w.chars().next()?, w))),
        ))
    }

    /// The words that begin with `first`, in the alternation's order.
    fn starting_with(&self, first: char) -> &[&'static str] {
        self.0.get(first)
    }
}

/// Reads the quantity that starts at `start` of `hay`, as the regex would
/// with `hay` ending where its match ends.
///
/// The groups are written into `q`, which the caller keeps from one
/// candidate to the next (every field is set), rather than returned: the
/// struct is large, and it was copied twice per candidate.
pub(crate) fn quantity(hay: &str, start: usize, prefixes: &Prefixes, q: &mut Quantity) -> bool {
    // Most quantities begin with an ASCII digit, which begins no prefix,
    // currency, ordinal mark or sign: the number is read at once.
    if hay.as_bytes().get(start).is_some_and(u8::is_ascii_digit) {
        let Some(n1_end) = number(hay, start) else {
            return false;
        };
        *q = Quantity {
            n1: Some((start, n1_end)),
            ..Quantity::default()
        };
        q.end = q.rest(hay, n1_end);
        return true;
    }
    let Some(first) = hay[start..].chars().next() else {
        return false;
    };
    let pres = prefixes
        .starting_with(first)
        .iter()
        .filter(|w| hay[start..].starts_with(*w))
        .map(|w| Some((start, start + w.len())))
        .chain([None]);
    for pre in pres {
        let at = pre.map_or(start, |p| p.1);
        let cur = one_of(hay, at, |c| {
            matches!(c, '新' | '港' | '人' | '台' | '臺' | '美' | '澳')
        })
        .and_then(|_| CURRENCIES.iter().find(|w| hay[at..].starts_with(*w)))
        .map(|w| (at, at + w.len()));
        for cur in [cur, None] {
            let at = cur.map_or(at, |c| c.1);
            let ord = hay[at..]
                .starts_with('第')
                .then(|| (at, at + '第'.len_utf8()));
            for ord in [ord, None] {
                let at = ord.map_or(at, |o| o.1);
                // The 负 of 减负 (`为企业减负3.2亿元`, lightening a burden)
                // is no minus sign: the amount is what the burden fell by.
                let sign = one_of(hay, at, |c| {
                    matches!(c, '负' | '負' | '-' | '－' | '−' | '+' | '＋')
                })
                .filter(|_| {
                    !(hay[..at].ends_with(['减', '減']) && hay[at..].starts_with(['负', '負']))
                })
                .map(|e| (at, e))
                .or_else(|| {
                    hay[at..]
                        .starts_with("零下")
                        .then(|| (at, at + "零下".len()))
                });
                for sign in [sign, None] {
                    let at = sign.map_or(at, |s| s.1);
                    if let Some(n1_end) = number(hay, at) {
                        *q = Quantity {
                            pre,
                            cur,
                            ord,
                            sign,
                            n1: Some((at, n1_end)),
                            ..Quantity::default()
                        };
                        q.end = q.rest(hay, n1_end);
                        return true;
                    }
                    if sign.is_none() {
                        break;
                    }
                }
                if ord.is_none() {
                    break;
                }
            }
            if cur.is_none() {
                break;
            }
        }
    }
    false
}

impl Quantity {
    /// Reads the parts after the first number, greedily, and returns where
    /// the match ends.
    fn rest(&mut self, hay: &str, mut at: usize) -> usize {
        // Each part is recognised by its first character, read once.
        let mut c = char_at(hay, at);
        if let Some(k @ ('%' | '％' | '‰')) = c {
            self.pct1 = Some((at, at + k.len_utf8()));
            at += k.len_utf8();
            c = char_at(hay, at);
        }
        // A range: the separator, a sign, the second number. Each
        // separator that matches is tried in the regex's order (`——` before
        // `—`), with and without the sign.
        if let Some(k @ ('-' | '－' | '~' | '～' | '〜' | '至' | '到' | '—' | '–')) = c {
            let double = hay[at..].starts_with("——").then(|| at + "——".len());
            let single = Some(at + k.len_utf8());
            'range: for sep_end in [double, single].into_iter().flatten() {
                let sign = one_of(hay, sep_end, |c| matches!(c, '-' | '－' | '−'));
                for sign in [sign, None] {
                    let n2_start = sign.unwrap_or(sep_end);
                    if let Some(n2_end) = number(hay, n2_start) {
                        self.rsep = Some((at, sep_end));
                        self.sign2 = sign.map(|e| (sep_end, e));
                        self.n2 = Some((n2_start, n2_end));
                        at = n2_end;
                        c = char_at(hay, at);
                        break 'range;
                    }
                    if sign.is_none() {
                        break;
                    }
                }
            }
        }
        if let Some(k @ ('余' | '多' | '来' | '餘')) = c {
            self.post1 = Some((at, at + k.len_utf8()));
            at += k.len_utf8();
            c = char_at(hay, at);
        }
        if let Some(k @ ('万' | '萬' | '亿' | '億' | '千' | '百' | '十')) = c {
            let pair = word(hay, at, &["万亿", "亿亿", "万万"]);
            let e = pair.unwrap_or(at + k.len_utf8());
            self.mult = Some((at, e));
            at = e;
            c = char_at(hay, at);
        }
        if let Some(k @ ('余' | '多' | '餘')) = c {
            self.post2 = Some((at, at + k.len_utf8()));
            at += k.len_utf8();
        }
        at
    }
}

/// The end of the first of `words` that `hay` has at `at`.
fn word(hay: &str, at: usize, words: &[&str]) -> Option<usize> {
    words
        .iter()
        .find(|w| hay[at..].starts_with(*w))
        .map(|w| at + w.len())
}

/// The end of the character at `at` when it is one that `class` accepts.
#[inline]
fn one_of(hay: &str, at: usize, class: impl Fn(char) -> bool) -> Option<usize> {
    let c = char_at(hay, at)?;
    class(c).then(|| at + c.len_utf8())
}

/// `[0-9０-９]`
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// The multipliers that follow 数 and 几 (`数十`, `几百万`).
fn is_scale(c: char) -> bool {
    matches!(c, '十' | '百' | '千' | '万' | '萬' | '亿' | '億')
}

/// The end of the number at `at`, by the regex's alternatives in order:
/// `数十`, `好几百`, a numeral, or a lone 百 千 万 亿.
fn number(hay: &str, at: usize) -> Option<usize> {
    let c = char_at(hay, at)?;
    let next = at + c.len_utf8();
    match c {
        // Each of these begins one alternative only; when it fails, so do
        // the others (none of these characters begins a numeral).
        '数' | '數' | '几' | '幾' => run(hay, next, is_scale),
        '好' => match char_at(hay, next) {
            Some(k @ ('几' | '幾')) => run(hay, next + k.len_utf8(), is_scale),
            _ => None,
        },
        '百' | '千' | '万' | '萬' | '亿' | '億' => Some(next),
        _ => numeral(hay, at, c),
    }
}

/// The character at byte `at` of `hay`, if any.
#[inline]
fn char_at(hay: &str, at: usize) -> Option<char> {
    hay.get(at..)?.chars().next()
}

/// The end of a run of one or more characters of `class` from `at`.
fn run(hay: &str, at: usize, class: impl Fn(char) -> bool) -> Option<usize> {
    let len: usize = hay[at..]
        .chars()
        .take_while(|&c| class(c))
        .map(char::len_utf8)
        .sum();
    (len > 0).then_some(at + len)
}

/// The end of a numeral (`num_main`): Arabic digits or a Chinese numeral
/// character to begin, then any run of Arabic numbers, Chinese numeral
/// characters and `点` followed by a Chinese digit.
fn numeral(hay: &str, at: usize, first: char) -> Option<usize> {
    let mut end = if is_digit(first) {
        arabic(hay, at)?
    } else if CLASSES[0].contains(first) {
        at + first.len_utf8()
    } else {
        return None;
    };
    while let Some(c) = char_at(hay, end) {
        if is_digit(c) {
            end = arabic(hay, end)?;
        } else if CLASSES[1].contains(c) {
            end += c.len_utf8();
        } else if let (true, Some(d)) = (matches!(c, '点' | '點'), char_at(hay, end + c.len_utf8()))
        {
            if !CLASSES[2].contains(d) {
                break;
            }
            end += c.len_utf8() + d.len_utf8();
        } else {
            break;
        }
    }
    Some(end)
}

/// The end of Arabic digits at `at`: digits, groups of a comma and three
/// ASCII digits, and a decimal part.
fn arabic(hay: &str, at: usize) -> Option<usize> {
    let b = hay.as_bytes();
    let mut end = digits(b, at)?;
    while b.get(end) == Some(&b',') {
        match three_digits(b, end + 1) {
            Some(e) => end = e,
            None => break,
        }
    }
    if let Some(e) = one_of(hay, end, |c| matches!(c, '.' | '．')) {
        if let Some(d) = digits(b, e) {
            end = d;
        }
    }
    Some(end)
}

/// The end of exactly three digits `[0-9０-９]` at `at` (a thousands group,
/// `２,３４５` in full-width text as much as `2,345`).
fn three_digits(b: &[u8], at: usize) -> Option<usize> {
    let mut end = at;
    for _ in 0..3 {
        match b.get(end..) {
            Some([b'0'..=b'9', ..]) => end += 1,
            Some([0xEF, 0xBC, 0x90..=0x99, ..]) => end += 3,
            _ => return None,
        }
    }
    Some(end)
}

/// The end of a run of one or more digits `[0-9０-９]` at `at`, read on
/// the bytes: a full-width digit is EF BC 90 to EF BC 99.
fn digits(b: &[u8], at: usize) -> Option<usize> {
    let mut end = at;
    loop {
        match b.get(end..) {
            Some([b'0'..=b'9', ..]) => end += 1,
            Some([0xEF, 0xBC, 0x90..=0x99, ..]) => end += 3,
            _ => break,
        }
    }
    (end > at).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currencies_begin_with_the_characters_looked_for() {
        for w in CURRENCIES {
            assert!(
                w.starts_with(['新', '港', '人', '台', '臺', '美', '澳']),
                "{w}"
            );
        }
    }
}
