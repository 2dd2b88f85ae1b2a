//! The year-date and month-day patterns, read by hand.
//!
//! After quantities, dates are the commonest candidates, and resolving the
//! groups of their patterns with the backtracking regex engine cost some
//! four thousand instructions a match. As for quantities (see `grammar`),
//! the multi-pattern finder decides where a candidate starts and ends and
//! which pattern it is; this module then reads the groups inside that range
//! the way the regex would. A differential test checks it against the
//! regex on generated text.
//!
//! The patterns (see `Extractor::new` in `extract.rs`) are
//!
//! ```text
//! (roc rocy | year) 年 (ym 月 (ymd [日号號])? | quarter | run of quarters | yh)?
//! m ([-至…] m2)? 月 (md [日号號])?
//! ```
//!
//! Their backtracking is simple to follow: no part may hold the character
//! that must follow it (no month holds 月, no day 日), so a part is read
//! greedily and then the character after it is checked; a shorter reading
//! of the part would be followed by a character of the part itself. Where
//! the regex offers alternatives for what follows 年, the first that
//! succeeds is taken, as nothing after them can fail.

/// A byte range of the haystack.
type Range = Option<(usize, usize)>;

/// The groups of one date match. The names are those of the regex; the
/// year-date pattern sets the first nine, the month-day pattern the last
/// three.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Date {
    pub roc: Range,
    pub rocy: Range,
    pub year: Range,
    pub ym: Range,
    pub ymd: Range,
    pub yq: Range,
    pub yqa: Range,
    pub yqb: Range,
    pub yh: Range,
    pub m: Range,
    pub m2: Range,
    pub md: Range,
    /// Where the whole match ends.
    pub end: usize,
}

/// Reads the year date that starts at `start` of `hay`, as the regex would
/// with `hay` ending where its match ends.
pub(crate) fn year_date(hay: &str, start: usize) -> Option<Date> {
    let mut d = Date::default();
    // `民國112年`: the era, then its year in one to three digits or one to
    // five Chinese numeral characters.
    let roc = word(hay, start, &["民國", "民国"]);
    let year_end = match roc {
        Some(roc_end) => {
            let end = run_of(hay, roc_end, 1, 3, is_digit)
                .or_else(|| run_of(hay, roc_end, 1, 5, is_roc_numeral))?;
            d.roc = Some((start, roc_end));
            d.rocy = Some((roc_end, end));
            end
        }
        None => {
            let end = run_of(hay, start, 4, 4, is_digit)
                .or_else(|| run_of(hay, start, 4, 4, is_year_numeral))?;
            d.year = Some((start, end));
            end
        }
    };
    let at = word(hay, year_end, &["年"])?;
    d.end = at;
    // What may follow 年, in the regex's order; the first that reads
    // ends the match.
    // A month and perhaps its day: `3月`, `3月5日`.
    if let Some(m_end) = month(hay, at) {
        if let Some(after) = word(hay, m_end, &["月"]) {
            d.ym = Some((at, m_end));
            d.end = after;
            if let Some(day_end) = day(hay, after) {
                if let Some(e) = one_of(hay, day_end, |c| matches!(c, '日' | '号' | '號')) {
                    d.ymd = Some((after, day_end));
                    d.end = e;
                }
            }
            return Some(d);
        }
    }
    // A quarter: `第一季度`, `2季`.
    let q_at = word(hay, at, &["第"]).unwrap_or(at);
    if let Some(q_end) = one_of(
        hay,
        q_at,
        |c| matches!(c, '一' | '二' | '三' | '四' | '1'..='4' | '１'..='４'),
    ) {
        if let Some(e) = quarter_mark(hay, q_end) {
            d.yq = Some((q_at, q_end));
            d.end = e;
            return Some(d);
        }
    }
    // The first quarters, or a run of them: `前三季度`, `1—3季度`, `首三季`.
    let first = one_of(hay, at, |c| matches!(c, '前' | '首')).map(|e| (None, e));
    let from = first.or_else(|| {
        let a = one_of(
            hay,
            at,
            |c| matches!(c, '一' | '二' | '三' | '1'..='3' | '１'..='３'),
        )?;
        let sep = one_of(hay, a, |c| {
            matches!(c, '-' | '－' | '—' | '–' | '~' | '～' | '至' | '到')
        })?;
        Some((Some((at, a)), sep))
    });
    if let Some((yqa, b_at)) = from {
        let b = one_of(hay, b_at, |c| {
            matches!(
                c,
                '一' | '二' | '两' | '三' | '四' | '1'..='4' | '１'..='４'
            )
        });
        if let Some(b_end) = b {
            let mark = word(hay, b_end, &["个", "個"]).unwrap_or(b_end);
            if let Some(e) = quarter_mark(hay, mark) {
                d.yqa = yqa;
                d.yqb = Some((b_at, b_end));
                d.end = e;
                return Some(d);
            }
        }
    }
    // A half year.
    if let Some(e) = word(hay, at, &["上半年", "下半年"]) {
        d.yh = Some((at, e));
        d.end = e;
    }
    Some(d)
}

/// Reads the month and day that start at `start` of `hay`, as the regex
/// would with `hay` ending where its match ends: `3月`, `1—2月`, `3月5日`.
pub(crate) fn month_day(hay: &str, start: usize) -> Option<Date> {
    let mut d = Date::default();
    let m_end = month(hay, start)?;
    d.m = Some((start, m_end));
    // A range of months, when a separator follows the first; without it,
    // the separator would have to be 月.
    let mut at = m_end;
    if let Some(sep) = one_of(hay, m_end, |c| {
        matches!(c, '-' | '－' | '—' | '–' | '~' | '～' | '至' | '到')
    }) {
        let m2_end = month(hay, sep)?;
        d.m2 = Some((sep, m2_end));
        at = m2_end;
    }
    let after = word(hay, at, &["月"])?;
    d.end = after;
    if let Some(day_end) = day(hay, after) {
        if let Some(e) = one_of(hay, day_end, |c| matches!(c, '日' | '号' | '號')) {
            d.md = Some((after, day_end));
            d.end = e;
        }
    }
    Some(d)
}

/// The end of `季` or `季度` at `at`.
fn quarter_mark(hay: &str, at: usize) -> Option<usize> {
    let e = word(hay, at, &["季"])?;
    Some(word(hay, e, &["度"]).unwrap_or(e))
}

/// The end of the month number at `at`, read greedily:
/// `[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九]`.
fn month(hay: &str, at: usize) -> Option<usize> {
    let c = char_at(hay, at)?;
    let next = at + c.len_utf8();
    match c {
        '十' => Some(one_of(hay, next, |c| matches!(c, '一' | '二')).unwrap_or(next)),
        c if is_cn_digit(c) => Some(next),
        _ => run_of(hay, at, 1, 2, is_digit),
    }
}

/// The end of the day number at `at`, read greedily:
/// `[0-9０-９]{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?`.
fn day(hay: &str, at: usize) -> Option<usize> {
    let c = char_at(hay, at)?;
    let next = at + c.len_utf8();
    // `二十`, `三十`: the tens are read before the lone digit 二 or 三,
    // as the regex's alternatives are ordered.
    let tens = match c {
        '二' | '三' => word(hay, next, &["十"]),
        '十' | '廿' => Some(next),
        '卅' => return Some(word(hay, next, &["一"]).unwrap_or(next)),
        _ => None,
    };
    match tens {
        Some(t) => Some(one_of(hay, t, is_cn_digit).unwrap_or(t)),
        None if is_cn_digit(c) => Some(next),
        None => run_of(hay, at, 1, 2, is_digit),
    }
}

/// `[一二三四五六七八九]`
fn is_cn_digit(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
    )
}

/// `[0-9０-９]`
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// The characters of a 民國 year in words: `[一二三四五六七八九十百零〇○]`.
fn is_roc_numeral(c: char) -> bool {
    is_cn_digit(c) || matches!(c, '十' | '百' | '零' | '〇' | '○')
}

/// The characters of a year in words (`二○二四`): `[〇○零一二三四五六七八九]`.
fn is_year_numeral(c: char) -> bool {
    is_cn_digit(c) || matches!(c, '零' | '〇' | '○')
}

/// The end of a greedy run of `min` to `max` characters of `class` at `at`.
fn run_of(hay: &str, at: usize, min: usize, max: usize, class: fn(char) -> bool) -> Option<usize> {
    let mut end = at;
    let mut n = 0;
    for c in hay[at..].chars().take(max) {
        if !class(c) {
            break;
        }
        end += c.len_utf8();
        n += 1;
    }
    (n >= min).then_some(end)
}

/// The end of the first of `words` that `hay` has at `at`.
fn word(hay: &str, at: usize, words: &[&str]) -> Option<usize> {
    let rest = hay.get(at..)?;
    words
        .iter()
        .find(|w| rest.starts_with(*w))
        .map(|w| at + w.len())
}

/// The end of the character at `at` when it is one that `class` accepts.
fn one_of(hay: &str, at: usize, class: impl Fn(char) -> bool) -> Option<usize> {
    let c = char_at(hay, at)?;
    class(c).then(|| at + c.len_utf8())
}

/// The character at byte `at` of `hay`, if any.
fn char_at(hay: &str, at: usize) -> Option<char> {
    hay.get(at..)?.chars().next()
}
