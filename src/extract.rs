//! The extractor: from raw text to facts.
//!
//! The data flows one way. [`crate::scan`] cuts the raw text into sentences
//! and gives a cleaned view of each, without PDF noise, with an offset map
//! back to the original bytes. A lazy DFA of every candidate pattern, run
//! anchored at the characters a candidate can begin with, finds the
//! candidates and tells which pattern each is; quantities, the commonest,
//! are read by the hand-written grammar of [`crate::grammar`], the others by
//! their own small regex; [`crate::number`] gives each its exact value; the
//! unit tables give its kind, unit, qualifier and bounds; filters drop the
//! numerals that are no quantity (words, idioms, quoted names, list markers,
//! phone numbers); the noun is looked for around it; and the span is mapped
//! back.

use crate::date;
use crate::fact::{Fact, Kind, Qualifier, Span};
use crate::filter::{
    back_chars, dialled, forward_chars, in_address, in_book_title, in_digit_group, in_event_format,
    in_hyphenated_code, in_index_name, in_numbered_name, in_score, in_short_quote, is_glued_year,
    is_heading_or_name, is_hotline, is_label, is_list_marker, is_lone_yi, is_page_number,
    is_phone_number, is_second_of_series, letter_adjacent, names_circle,
};
use crate::grammar;
use crate::noun;
use crate::number::{parse_vague, parse_value};
use crate::scan::{self, CharSet, Cleaned, is_one_char, longer_than_one_char};
use crate::tables::{
    BYLINE_OPENERS, CASUALTIES, CHANGE_VERBS, DAY_PERIODS, DayPart, HALF_AFTER, HALF_WORDS,
    INTEREST_LI, INTEREST_WORDS, LASTING_VERBS, NOT_QUANTITIES, POINTS, PREFIX_QUALIFIERS,
    RATE_VERBS, ROC_YEAR_BEFORE, SCALE_CONTEXTS, SCALE_EVENTS, SCORE_WORDS, SHARED_HEADS,
    SUFFIX_QUALIFIERS, TRADITIONAL_CHARS, Unit,
};
use crate::unit::{self, Units};
use aho_corasick::AhoCorasick;
use regex_automata::hybrid;
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input, meta};
use rust_decimal::Decimal;
use std::sync::{LazyLock, Mutex};

/// Finds the quantitative facts in Chinese text.
///
/// Build one with [`Extractor::new`], which compiles every pattern once, and
/// share it: it is `Send + Sync`, and [`Extractor::extract`] takes `&self`.
///
/// ```
/// use tongji::{Extractor, Kind, Qualifier};
/// let ex = Extractor::new();
/// let facts = ex.extract("化解纠纷 5000 余起，化解率 100%。");
/// assert_eq!(facts.len(), 2);
/// assert_eq!(facts[0].qualifier, Qualifier::Over);
/// assert_eq!(facts[0].low.unwrap().to_string(), "5000");
/// assert_eq!(facts[1].kind, Kind::Percent);
/// assert_eq!(facts[1].noun.as_deref(), Some("化解率"));
/// ```
#[derive(Debug)]
pub struct Extractor {
    /// The lazy DFA of all candidate patterns, searched forward and
    /// anchored: it tells which pattern matches at a position, and where
    /// the match ends.
    finder: hybrid::dfa::DFA,
    /// The pattern sources, to check the finder against an unanchored
    /// search in tests.
    #[cfg(test)]
    sources: Vec<String>,
    /// The quantity pattern as a regex with groups, which `grammar` is
    /// checked against in tests.
    #[cfg(test)]
    quantity_regex: meta::Regex,
    /// The regex of each candidate pattern but the last (quantities, which
    /// `grammar` reads), to resolve the groups of a match; none for the
    /// dates that `date` reads.
    branches: Vec<Option<meta::Regex>>,
    /// For each branch, the capture index of every named group (`G`), or
    /// `NO_GROUP` where the branch lacks it.
    group_names: Vec<[u16; G::ALL.len()]>,
    /// The words that hold a numeral but are no quantity, longest first
    /// and matched leftmost-first, as a regex alternation of them would.
    lexicon: AhoCorasick,
    /// Every character of the lexicon's words.
    lexicon_chars: CharSet,
    /// Every two characters side by side in a lexicon word.
    lexicon_pairs: CharPairs,
    /// The byte length of the lexicon's longest word.
    lexicon_longest: usize,
    units: Units,
    /// The characters a candidate can begin with, as a bitmap over the
    /// Basic Multilingual Plane: the finder is run, anchored, only where one
    /// of them stands.
    starts: CharSet,
    /// The qualifier words before a number, in the order of the regex
    /// alternation, for the hand-written reading of quantities.
    prefix_words: grammar::Prefixes,
    /// Regex caches and capture slots, reused across calls.
    scratch: Mutex<Vec<Scratch>>,
}

/// The mutable state of one extraction: the regex caches and capture slots.
/// It is taken from the extractor's pool for the length of one call and
/// given back, so that small inputs do not pay for building it.
#[derive(Debug)]
struct Scratch {
    finder: hybrid::dfa::Cache,
    branches: Vec<Option<meta::Cache>>,
    caps: Vec<Option<Captures>>,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

/// The index of the quantity pattern, the last of the candidate patterns.
const QUANTITY: usize = 9;
/// The index of the pattern of half a unit of time (`半年`, `半个月`).
const HALF_TIME: usize = 8;
/// The index of the year-date pattern, read by `date`.
const YEAR_DATE: usize = 0;
/// The index of the pattern of a 民國 year written without 民國.
const ROC_BARE: usize = 2;
/// The index of the month-day pattern, read by `date`.
const MONTH_DAY: usize = 3;
/// The index of the pattern of a clock time written with 时 or 点.
const CLOCK_WORDS: usize = 5;
/// The index of the pattern of a clock time written in digits (`10:30`).
const CLOCK_DIGITS: usize = 4;

/// Whether the classifier `word`, followed by `rest`, is rather the first
/// character of a word: `規模6.2地震` is an earthquake, not 6.2 places.
fn begins_word_after(word: &str, rest: &str) -> bool {
    match word {
        "地" => rest.starts_with('震'),
        // `618期间` is during 618, not 618 issues.
        "期" => rest.starts_with(['间', '間']),
        // `123支队伍` is 123 teams (支), not detachments (支队).
        "支队" | "支隊" => rest.starts_with('伍'),
        // 本 counts books (`借出書籍120萬本`, `3本书`) only at the end of a
        // phrase or before what is bound; elsewhere it begins a word or an
        // idiom (`一本正经`, `一本万利`, `二本院校`, `本市`).
        "本" => rest.starts_with(|c: char| {
            noun::is_cjk(c)
                && !matches!(
                    c,
                    '书' | '書'
                        | '图'
                        | '圖'
                        | '杂'
                        | '雜'
                        | '册'
                        | '冊'
                        | '小'
                        | '新'
                        | '专'
                        | '專'
                        | '著'
                        | '读'
                        | '讀'
                        | '画'
                        | '畫'
                        | '绘'
                        | '繪'
                        | '教'
                        | '字'
                        | '词'
                        | '詞'
                        | '笔'
                        | '筆'
                        | '相'
                        | '日'
                        | '台'
                        | '臺'
                        | '护'
                        | '護'
                        | '证'
                        | '證'
                )
        }),
        _ => false,
    }
}

/// Where the number that ends at `num_end` ends for the test of a Latin
/// letter after it: after its unit when the unit is a Latin word (`12GB`,
/// `5nm`, `246EFLOPS`) that no letter or digit continues, so that such a
/// unit makes no name of the number; otherwise at `num_end`.
fn latin_unit_end(clean: &str, unit: Option<&str>, num_end: usize, end: usize) -> usize {
    let latin = unit.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_alphabetic()));
    if latin && !clean[end..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_') {
        end
    } else {
        num_end
    }
}

/// The length of the 半 that `rest` begins after the unit of time `unit`,
/// when it adds half a unit to the number (`一年半`, `三天半`, `两周半`), or
/// 0: a word that begins with 半 adds none (`十天半个月` and `一年半载` are
/// a while, `3天半价` three days at half price).
fn half_after(unit: &str, rest: &str) -> usize {
    if HALF_AFTER.binary_search(&unit).is_ok()
        && rest.starts_with('半')
        && !HALF_WORDS.iter().any(|w| rest.starts_with(w))
    {
        '半'.len_utf8()
    } else {
        0
    }
}

/// Whether `rest`, after a lone 一, adds to the one, which the 一 of an
/// article never does: a half (`一个半小时`, `一个半月`, `一年半`) or 多
/// (`一个多小时`, `一个多月`) before a unit of time. Such a 一 is a
/// number of hours, months or years like any other.
fn adds_to_one(rest: &str) -> bool {
    if let Some(after) = rest.strip_prefix(['个', '個']) {
        let half = after.strip_prefix('半').is_some_and(|a| {
            ["小时", "小時", "月", "星期"]
                .iter()
                .any(|w| a.starts_with(w))
        });
        let more = after.strip_prefix('多').is_some_and(|a| {
            ["小时", "小時", "月", "星期", "钟头", "鐘頭"]
                .iter()
                .any(|w| a.starts_with(w))
        });
        return half || more;
    }
    // The units are of one to three ideographs, so the half stands at the
    // 3rd, 6th or 9th byte; most lone 一 have none there, which their bytes
    // tell before any unit is tried.
    const HALF: &[u8] = "半".as_bytes();
    [3, 6, 9]
        .iter()
        .any(|&k| rest.as_bytes().get(k..k + 3) == Some(HALF))
        && HALF_AFTER
            .iter()
            .any(|u| rest.starts_with(u) && half_after(u, &rest[u.len()..]) > 0)
}

/// Whether a lone 一 between `before` and `rest` is the length of time
/// that a verb of lasting tells (`展览为期一个月`, `历时一年`, `花了一天时间`,
/// `为期约一周`): after such a verb the article reading has nothing to
/// count, and a unit of time must follow.
fn lasting_one(before: &str, rest: &str) -> bool {
    // The unit is asked about first: most lone 一 are articles before a
    // noun (`一个项目`), which rules them out before any verb is tried.
    let rest = rest.trim_start_matches(['个', '個']);
    let time = [
        "年", "天", "日", "周", "週", "月", "小时", "小時", "星期", "礼拜", "禮拜", "钟头", "鐘頭",
        "分钟", "分鐘", "秒", "季度", "学期", "學期", "昼夜", "晝夜", "夜", "晚",
    ]
    .iter()
    .any(|u| rest.starts_with(u));
    // A qualifier may stand between the verb and the number (`为期约一周`),
    // but the 达 of 长达 is the verb's own.
    time && {
        let bare = before.trim_end_matches(['约', '約', '近', '达', '達']);
        LASTING_VERBS
            .iter()
            .any(|v| before.ends_with(v) || bare.ends_with(v))
    }
}

/// Whether `rest`, after a number of years, months or days, makes it the
/// tenor of a loan or bond (`1年期`, `7天期`): 期, and not 期满, 期间,
/// 期内 or 期限.
fn is_tenor(rest: &str) -> bool {
    rest.strip_prefix('期')
        .is_some_and(|r| !r.starts_with(['满', '滿', '间', '間', '内', '內', '限', '末', '初']))
}

/// Whether `s` ends with the hour mark 点 or 點.
fn ends_with_dian(s: &str) -> bool {
    s.ends_with(['点', '點'])
}

/// Whether the bare 民國 year at `start..end` of `clean`, matched with
/// 全年, 上半年, 下半年 or 將 after its 年, is rather a number of years. Such a
/// year is read only where 民國 years are current (60–150), and before 將
/// only from 100 (民國100年 is 2011) and not after a word that opens a span
/// of time (`未來100年將`, `近100年将`).
fn roc_year_is_span(clean: &str, start: usize, end: usize) -> bool {
    let text = &clean[start..end];
    let will = text.ends_with(['將', '将']);
    if !will && !text.ends_with("全年") && !text.ends_with("半年") {
        return false;
    }
    let digits = text
        .char_indices()
        .find(|&(_, c)| c == '年')
        .map_or(0, |(i, _)| i);
    let Some(year) = small_number(&text[..digits]) else {
        return true;
    };
    let current = if will { 100..=150 } else { 60..=150 };
    let before = &clean[..start];
    let span_word = [
        "未來", "未来", "過去", "过去", "近", "再", "逾", "超過", "超过", "長達", "长达", "這",
        "这", "已", "第", "後", "后",
    ]
    .iter()
    .any(|w| before.ends_with(w));
    !current.contains(&year) || (will && span_word)
}

/// Whether `digits` are two or three Arabic digits, ASCII or full-width.
fn roc_digits(digits: &str) -> Option<u32> {
    let n = digits.chars().count();
    let arabic = digits
        .chars()
        .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    if (2..=3).contains(&n) && arabic {
        small_number(digits).filter(|v| (60..=150).contains(v))
    } else {
        None
    }
}

/// The normalized 民國 year (`2024`) or range of years (`2023/2024`) that
/// the duration in 年 at `start..end` of `clean`, with the number `n1`
/// (and `n2` for a range), is rather: the years must be current (民國
/// 60–150), the text near them Traditional, and the year stand after a
/// word that dates (`預測`, `截至`, `於`, `自`, `至`, `在`) or before 初 (not
/// 初心: 建黨100年初心), or open a sentence or clause. A range of years a
/// few apart (`112-113年`) needs no such word. `創校110年`, `服務30年`, `近10年` stay durations.
fn roc_years(clean: &str, start: usize, end: usize, n1: &str, n2: Option<&str>) -> Option<String> {
    let lo = roc_digits(n1)?;
    let hi = match n2 {
        Some(n) => Some(roc_digits(n).filter(|&hi| hi > lo)?),
        None => None,
    };
    let from = back_chars(clean, start, 24);
    let to = forward_chars(clean, end, 24);
    if !clean[from..to].contains(|c: char| TRADITIONAL_CHARS.binary_search(&c).is_ok()) {
        return None;
    }
    let after = &clean[end..];
    let before = &clean[..start];
    // 至 makes a year only as the end of a run of years (`自112年至113年`),
    // not of a term (`延長至70年`).
    let after_year = before
        .strip_suffix('至')
        .and_then(|b| b.strip_suffix('年'))
        .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()));
    // A comma may part the forecast from its year (`主計總處預估，114年`).
    let forecast = before.strip_suffix(['，', ',']).unwrap_or(before);
    // A year compared with (`較111年增加`) is one, but not a span back
    // from now (`較100年前`).
    let span =
        forecast.ends_with('較') && after.starts_with(['前', '來', '来', '後', '后', '間', '间']);
    // A year that opens a sentence or clause (`112年營收成長8%`, `，113年起
    //實施`) dates what follows, unless a word of span or time follows it
    // (`100年來`, `60年代`, `80年的歷史`, `70年過去了`).
    let opens_clause = (before.is_empty()
        || before.ends_with([
            '，', ',', '；', ';', '：', ':', '。', '\n', '（', '(', '「', '“',
        ]))
        && !after.starts_with([
            '來', '来', '間', '间', '前', '後', '后', '內', '内', '以', '之', '的', '代', '多',
            '餘', '余', '裡', '里', '左', '歷', '历', '過', '过', '了', '中', '半',
        ]);
    let dated = (ROC_YEAR_BEFORE.iter().any(|w| forecast.ends_with(w)) && !span)
        || opens_clause
        || after_year
        || (after.starts_with('初') && !after.starts_with("初心"));
    match hi {
        None if dated => Some(format!("{}", lo + 1911)),
        Some(hi) if dated || (hi - lo <= 10 && (lo % 10 != 0 || hi % 10 != 0)) => {
            Some(format!("{}/{}", lo + 1911, hi + 1911))
        }
        _ => None,
    }
}

/// The currency sign that ends `before` (the text before a number), as
/// written, and its ISO 4217 code. `$` alone is read as the US dollar, and
/// `¥` as the renminbi, as Chinese text uses them.
fn currency_sign(before: &str) -> Option<(&'static str, &'static str)> {
    const SIGNS: [(&str, &str); 10] = [
        ("HK$", "HKD"),
        ("NT$", "TWD"),
        ("US$", "USD"),
        ("MOP$", "MOP"),
        ("$", "USD"),
        ("＄", "USD"),
        ("¥", "CNY"),
        ("￥", "CNY"),
        ("€", "EUR"),
        ("£", "GBP"),
    ];
    // Most numbers follow none of the signs' last characters.
    if !before.ends_with(['$', '＄', '¥', '￥', '€', '£']) {
        return None;
    }
    SIGNS.iter().copied().find(|(w, _)| before.ends_with(w))
}

/// Whether the whole number `clean[start..end]` names a ranking list
/// (`世界500强`, `全国10強`): digits followed by 强, which is not the start
/// of a word of its own (强震, 强降雨, 强风, 强对流, 强冷空气, 强度).
fn ranking_list(clean: &str, start: usize, end: usize) -> bool {
    let after = &clean[end..];
    let Some(rest) = after
        .strip_prefix('强')
        .or_else(|| after.strip_prefix('強'))
    else {
        return false;
    };
    clean.as_bytes()[start..end].iter().all(u8::is_ascii_digit)
        && !rest.starts_with(['震', '降', '风', '風', '对', '對', '冷', '度'])
}

/// The capture index of every named group (`G`) in `regex`, or `NO_GROUP`
/// where it lacks one.
fn group_indices(regex: &meta::Regex) -> [u16; G::ALL.len()] {
    let info = regex.group_info();
    G::ALL.map(|g| {
        info.to_index(regex_automata::PatternID::ZERO, g.name())
            .and_then(|i| u16::try_from(i).ok())
            .unwrap_or(NO_GROUP)
    })
}

/// Arabic digits, ASCII and full-width, with thousands separators in groups
/// of three and a decimal part.
const ARABIC: &str = r"[0-9０-９]+(?:,[0-9０-９]{3})*(?:[.．][0-9０-９]+)?";
/// The characters a Chinese numeral may begin with (not 百 千 万 亿: alone
/// they are words such as 百姓 and 千万; they count only after 近 上 逾 数),
/// as a regex class. The lists live in `grammar`, which reads quantities by
/// hand with the same characters.
static CN_START: LazyLock<String> = LazyLock::new(|| format!("[{}]", grammar::CN_START));
/// The characters that may continue a numeral.
static CN_REST: LazyLock<String> = LazyLock::new(|| format!("[{}]", grammar::CN_REST));
/// Chinese digits that may follow a decimal 点.
static CN_DIGIT: LazyLock<String> = LazyLock::new(|| format!("[{}]", grammar::CN_DIGIT));
/// Range separators between two numbers.
const RANGE_SEP: &str = "(?:——|[-－~～〜至到—–])";

impl Extractor {
    /// Compiles every pattern. This is the only costly step; do it once.
    ///
    /// ```
    /// let ex = tongji::Extractor::new();
    /// assert!(ex.extract("没有数字。").is_empty());
    /// ```
    pub fn new() -> Extractor {
        let units = Units::new();
        let prefix_words = longest_first(words_of(PREFIX_QUALIFIERS).chain(["几乎"]));
        let prefix_alt = alternation(prefix_words.iter().copied());
        let period_alt = alternation(words_of(DAY_PERIODS));
        let (cn_start, cn_rest, cn_digit) = (&*CN_START, &*CN_REST, &*CN_DIGIT);
        let num_main = format!("(?:{ARABIC}|{cn_start})(?:{ARABIC}|{cn_rest}|[点點]{cn_digit})*");
        let num = format!(
            "(?:[数數][十百千万萬亿億]+|好?[几幾][十百千万萬亿億]+|{num_main}|[百千万萬亿億])"
        );
        // The candidate patterns, in order of preference: where two match at
        // the same place, the earlier wins (a date before a quantity).
        let branches: Vec<String> = vec![
            format!(
                r"(?x)
            # A date: a year of four digits (or 民國 and its year), then
            # optionally its month and day, quarter or half.
            (?:
                (?: (?P<roc>民國|民国) (?P<rocy>[0-9０-９]{{1,3}}|[一二三四五六七八九十百零〇○]{{1,5}})
                  # Hong Kong writes the zero of a year as a circle (`二○二四年`).
                  | (?P<year>[0-9０-９]{{4}}|[〇○零一二三四五六七八九]{{4}}) )
                年
                (?: (?P<ym>[0-9０-９]{{1,2}}|十[一二]?|[一二三四五六七八九]) 月
                    (?: (?P<ymd>[0-9０-９]{{1,2}}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?) [日号號] )?
                  | 第? (?P<yq>[一二三四1-4１-４]) 季度?
                  # The first quarters, or a run of them: 前三季度, 1—3季度,
                  # and in Hong Kong 首三季.
                  | (?: [前首] | (?P<yqa>[一二三1-3１-３]) [-－—–~～至到] )
                    (?P<yqb>[一二两三四1-4１-４]) (?:个|個)? 季度?
                  | (?P<yh>上半年|下半年) )?
            )
            # A date in digits: 2024-02-05, 2024/2/5, 2024.2.5.
                "
            ),
            format!(
                r"(?x)              (?: (?P<iy>[12][0-9]{{3}})
                  (?: - (?P<im1>1[0-2]|0?[1-9]) - (?P<id1>3[01]|[12][0-9]|0?[1-9])
                    | / (?P<im2>1[0-2]|0?[1-9]) / (?P<id2>3[01]|[12][0-9]|0?[1-9])
                    | [.．] (?P<im3>1[0-2]|0?[1-9]) [.．] (?P<id3>3[01]|[12][0-9]|0?[1-9]) ) )
            # A 民國 year written without 民國 (`112年第一季`): only with a
            # month or quarter after it, since `30年` alone is a duration.
                "
            ),
            format!(
                r"(?x)              (?:
                # `今(113)年`, `去（112）年`: this, last or next year, with
                # its 民國 number in parentheses.
                  [今去明] [(（] (?P<rocp>[0-9０-９]{{2,3}}) [)）] 年
                | (?P<rocbare>[0-9０-９]{{2,3}}) 年
                  (?: (?P<rbm>[0-9０-９]{{1,2}}|十[一二]?|[一二三四五六七八九]) 月
                      (?: (?P<rbd>[0-9０-９]{{1,2}}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]) [日号號] )?
                    | 第? (?P<rbq>[一二三四1-4１-４]) 季度?
                    # `112年度`, `112年底`: a fiscal year or year end.
                    | (?P<rbt>度|底)
                    # `113年全年`, `113年上半年`, `114年將邁入`: a whole year or
                    # half, or a year that something will do (see
                    # `roc_year_is_span`).
                    | (?P<rbf>全年) | (?P<yh>上半年|下半年) | (?P<rbw>將|将) ) )
            # A month and day without a year.
                "
            ),
            format!(
                r"(?x)              (?: (?P<m>[0-9０-９]{{1,2}}|十[一二]?|[一二三四五六七八九])
                  # A range of months: 1—2月, 1至3月.
                  (?: [-－—–~～至到] (?P<m2>[0-9０-９]{{1,2}}|十[一二]?|[一二三四五六七八九]) )?
                  月
                  (?: (?P<md>[0-9０-９]{{1,2}}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?) [日号號] )? )
            # A clock time: 24-hour digits, or an hour with 时 or 点.
                "
            ),
            format!(
                r"(?x)              (?: (?P<period>{period_alt})? (?P<hh>[0-2]?[0-9]):(?P<mi>[0-5][0-9]) )
                "
            ),
            format!(
                r"(?x)              (?: (?P<period>{period_alt})?
                  (?P<hour>[0-9０-９]{{1,2}}|二十[一二三四]?|十[一二]?|[零一二两三四五六七八九])
                  (?P<hmark>[时時点點])
                  (?: (?P<minute>[0-9０-９]{{1,2}}|[一二三四五]?十[一二三四五六七八九]?|零?[一二三四五六七八九]) 分
                    | (?P<half>半) )? )
            # A percentage written out, or a fraction.
                "
            ),
            format!(
                r"(?x)              (?: (?P<ppre>{prefix_alt})?
                  (?P<psign>负|負|[-－−])?
                  (?P<pword>百分之|千分之|万分之|萬分之)
                  (?P<pv>{num_main})
                  (?: {RANGE_SEP} (?:百分之|千分之)? (?P<pv2>{num_main}) )? )
                "
            ),
            format!(
                r"(?x)              (?: (?P<fpre>{prefix_alt})? (?P<fsign>负|負)?
                  (?: (?P<fden>{num_main}) 分之 (?P<fnum>{num_main})
                    # `1/3`, `3/4`: a fraction in digits.
                    | (?P<snum>[0-9]{{1,6}}) / (?P<sden>[0-9]{{1,6}}) ) )
            # Half a unit of time on its own: 半年, 半个月, 半小时, 半天.
                "
            ),
            r"(?x) 半 (?: 年 | 天 | 日 | [个個] (?: 月 | 星期 | 小时 | 小時 | 钟头 | 鐘頭 )
                | 小时 | 小時 | 分钟 | 分鐘 )
            # A quantity: qualifier, ordinal mark, sign, number, range,
            # multiplier, unit, trailing qualifier.
                "
            .to_string(),
            format!(
                r"(?x)              (?: (?P<pre>{prefix_alt})?
                  (?P<cur>新台币|新台幣|新臺幣|港币|港幣|人民币|人民幣|台币|台幣|臺幣|美金|澳门币|澳門幣)?
                  (?P<ord>第)?
                  (?P<sign>负|負|零下|[-－−+＋])?
                  (?P<n1>{num})
                  (?P<pct1>[%％‰])?
                  (?: (?P<rsep>{RANGE_SEP}) (?P<sign2>[-－−])? (?P<n2>{num}) )?
                  (?P<post1>余|多|来|餘)?
                  (?P<mult>万亿|亿亿|万万|[万萬亿億千百十])?
                  (?P<post2>余|多|餘)? )
                "
            ),
        ];
        // One lazy DFA of all the patterns finds the next candidate and
        // tells which pattern it is; that pattern's own, much smaller, regex
        // (or, for quantities, `grammar`) then resolves its groups. One big
        // regex with captures cost several times more, and a meta regex's
        // per-search set-up more than the search itself on these short
        // matches, so the DFA is used bare.
        let finder = hybrid::dfa::DFA::builder()
            .thompson(thompson::Config::new().which_captures(WhichCaptures::None))
            .build_many(&branches)
            .expect("the candidate patterns are valid");
        let sources = branches.clone();
        // Every pattern but the quantity pattern and the two commonest
        // dates gets its own regex to resolve its groups; quantities are
        // read by `grammar` and those dates by `date`, so their regexes are
        // compiled only for the tests that check the hand readings against
        // them. A branch is only ever searched, anchored,
        // over the short range the finder matched, where the backtracker
        // runs at once: a lazy DFA to find the match first would cost more
        // to build than it saves.
        let branches: Vec<Option<meta::Regex>> = branches[..QUANTITY]
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let by_hand = i == YEAR_DATE || i == MONTH_DAY;
                (!by_hand).then(|| {
                    meta::Builder::new()
                        .configure(meta::Config::new().hybrid(false))
                        .build(p)
                        .expect("each candidate pattern is valid")
                })
            })
            .collect();
        // A deterministic automaton: the lexicon is searched in a short
        // window around most quantities, and its per-search cost matters
        // more than its size.
        let lexicon = AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(longest_first(NOT_QUANTITIES.iter().copied()))
            .expect("the lexicon builds a searcher");
        let group_names = branches
            .iter()
            .map(|r| r.as_ref().map_or([NO_GROUP; G::ALL.len()], group_indices))
            .collect();
        let starts = start_chars(&sources, &finder);
        Extractor {
            finder,
            #[cfg(test)]
            quantity_regex: meta::Regex::new(&sources[QUANTITY])
                .expect("the quantity pattern is valid"),
            #[cfg(test)]
            sources: sources.clone(),
            branches,
            group_names,
            lexicon,
            lexicon_chars: CharSet::new(NOT_QUANTITIES.iter().flat_map(|w| w.chars())),
            lexicon_pairs: CharPairs::new(NOT_QUANTITIES.iter().copied()),
            lexicon_longest: NOT_QUANTITIES.iter().map(|w| w.len()).max().unwrap_or(0),
            units,
            starts,
            prefix_words: grammar::Prefixes::new(prefix_words),
            scratch: Mutex::new(Vec::new()),
        }
    }

    /// Extracts every fact from `text`, in text order, with non-overlapping
    /// spans into `text`.
    ///
    /// ```
    /// let text = "开展专题培训 13\n\n次，参训干部 3600 余人次";
    /// let facts = tongji::Extractor::new().extract(text);
    /// assert_eq!(facts[0].text, "13\n\n次");
    /// assert_eq!(facts[1].unit.as_deref(), Some("人次"));
    /// ```
    pub fn extract(&self, text: &str) -> Vec<Fact> {
        let mut out = Vec::new();
        self.extract_into(text, 0, &mut out);
        out
    }

    /// Extracts the facts of `text` as if it stood at byte `base` of a larger
    /// input, appending them to `out`. The streaming readers use this to keep
    /// spans in whole-file offsets.
    ///
    /// ```
    /// let mut facts = Vec::new();
    /// tongji::Extractor::new().extract_into("共 7 台", 100, &mut facts);
    /// assert_eq!((facts[0].span.start, facts[0].span.end), (104, 109));
    /// ```
    pub fn extract_into(&self, text: &str, base: usize, out: &mut Vec<Fact>) {
        self.each_sentence(text, base, out, |_, _| {});
    }

    /// Extracts the facts of `text` (standing at byte `base` of a larger
    /// input) a sentence at a time: `each` is called, in text order, with
    /// the cleaned text of every sentence that holds facts and with its
    /// facts. The facts are those [`Extractor::extract_into`] gives.
    ///
    /// This is for writers that print each fact with its sentence, such as
    /// [`crate::export::CsvEncoder::encode_sentence`]: the sentence comes
    /// cleaned as the extractor read it, so it need not be cleaned again.
    ///
    /// ```
    /// let mut seen = Vec::new();
    /// tongji::Extractor::new().extract_sentences("培训 13\n\n次。参训 3600 余人次。", 0, |s, facts| {
    ///     seen.push((s.to_string(), facts.len()));
    /// });
    /// assert_eq!(seen, [("培训13次。".to_string(), 1), ("参训3600余人次。".to_string(), 1)]);
    /// ```
    pub fn extract_sentences<F: FnMut(&str, &[Fact])>(&self, text: &str, base: usize, mut each: F) {
        let mut facts = Vec::new();
        self.each_sentence(text, base, &mut facts, |sentence, facts| {
            if !facts.is_empty() {
                each(sentence, facts);
                facts.clear();
            }
        });
    }

    /// Appends the facts of each sentence of `text` to `out`, then calls
    /// `after` with the sentence's cleaned text and `out`.
    fn each_sentence<F: FnMut(&str, &mut Vec<Fact>)>(
        &self,
        text: &str,
        base: usize,
        out: &mut Vec<Fact>,
        mut after: F,
    ) {
        let mut view = Cleaned::default();
        let mut wide = scan::WideNoise::default();
        let mut scratch = self.take_scratch();
        // Where the next numeral character stands. Most sentences of real
        // text hold no numeral at all; one search over the text, run again
        // only past a sentence that held one, passes them over before they
        // are cleaned or matched.
        let mut next_numeral = scan::next_numeral(text, 0);
        for (s, e) in scan::sentences(text) {
            if next_numeral >= e {
                continue;
            }
            next_numeral = scan::next_numeral(text, e);
            view.fill_with(text, s, e, &mut wide);
            let sentence = trim_span(text, s, e);
            self.sentence_facts(text, &view, sentence, base, &mut scratch, out);
            after(&view.text, out);
        }
        self.give_back(scratch);
    }

    /// A scratch space from the pool, or a new one.
    fn take_scratch(&self) -> Scratch {
        let pooled = self.scratch.lock().ok().and_then(|mut p| p.pop());
        pooled.unwrap_or_else(|| Scratch {
            finder: self.finder.create_cache(),
            branches: self
                .branches
                .iter()
                .map(|r| r.as_ref().map(meta::Regex::create_cache))
                .collect(),
            caps: self
                .branches
                .iter()
                .map(|r| r.as_ref().map(meta::Regex::create_captures))
                .collect(),
        })
    }

    /// Returns a scratch space to the pool. A poisoned pool (a panic in
    /// another thread) only means the space is dropped.
    fn give_back(&self, scratch: Scratch) {
        if let Ok(mut p) = self.scratch.lock() {
            p.push(scratch);
        }
    }

    /// The next candidate at or after `pos`: the leftmost position where a
    /// pattern matches, and the first pattern (in order) that matches there.
    ///
    /// This is what an unanchored search of the multi-pattern finder gives,
    /// but cheaper: the finder is run anchored, only at the characters a
    /// candidate can begin with, so that it needs no reverse search to find
    /// where a match starts.
    fn next_candidate(
        &self,
        cache: &mut hybrid::dfa::Cache,
        clean: &str,
        mut pos: usize,
    ) -> Option<regex_automata::Match> {
        while let Some(at) = self.starts.find_from(clean, pos) {
            if let Some((pattern, end)) = self.match_at(cache, clean, at) {
                return Some(regex_automata::Match::new(pattern, at..end));
            }
            pos = next_char(clean, at);
        }
        None
    }

    /// The pattern that matches at `pos` of `clean` (the first in order
    /// among those that match there) and the end of its longest match.
    ///
    /// This is the forward search of the lazy DFA, anchored, written out:
    /// most candidates are a few bytes long, and the library's general
    /// search (with its handling of prefilters, empty matches and give-up
    /// heuristics, none of which applies here) cost more to set up than to
    /// run. A match state is entered one byte after the match ends, so a
    /// match seen after the byte at `at` ends at `at`.
    fn match_at(
        &self,
        cache: &mut hybrid::dfa::Cache,
        clean: &str,
        pos: usize,
    ) -> Option<(regex_automata::PatternID, usize)> {
        let dfa = &self.finder;
        let bytes = clean.as_bytes();
        let input = Input::new(clean).range(pos..).anchored(Anchored::Yes);
        // None of these calls can fail: the patterns have no look-around
        // that would make the DFA quit, and it is not set to give up when
        // its cache fills. Were one to, the match found so far stands.
        let mut sid = dfa.start_state_forward(cache, &input).ok()?;
        let mut found = None;
        for (at, &b) in bytes.iter().enumerate().skip(pos) {
            sid = match dfa.next_state(cache, sid, b) {
                Ok(next) => next,
                Err(_) => return found,
            };
            if sid.is_tagged() {
                if sid.is_match() {
                    found = Some((dfa.match_pattern(cache, sid, 0), at));
                } else if sid.is_dead() || sid.is_quit() {
                    return found;
                }
            }
        }
        if let Ok(eoi) = dfa.next_eoi_state(cache, sid) {
            if eoi.is_match() {
                found = Some((dfa.match_pattern(cache, eoi, 0), bytes.len()));
            }
        }
        found
    }

    /// Finds the facts of one sentence.
    fn sentence_facts(
        &self,
        raw: &str,
        view: &Cleaned,
        sentence: Span,
        base: usize,
        scratch: &mut Scratch,
        out: &mut Vec<Fact>,
    ) {
        let clean = view.text.as_str();
        let first = out.len();
        let mut pos = 0;
        // The end, kind and index in `out` of the previous fact in this
        // sentence, for
        // coordinated values (`78.6% 和 75.1%` share their noun).
        let mut prev: Option<(usize, Kind, usize)> = None;
        // The fact before `prev`, for a value that a date stands before
        // (`由2020年的58.3%提高到2023年的62.1%`): the date does not part it
        // from its noun or from the value it is changed from.
        let mut before_prev: Option<(usize, Kind, usize)> = None;
        // Where `prev` starts.
        let mut prev_start = 0;
        // The end of the last base passed over (see `is_per_base`), which
        // no noun after it reaches back across.
        let mut base_end = 0;
        // The groups of the current quantity, overwritten by each.
        let mut quantity = grammar::Quantity::default();
        // The last line `after_space_cut` read, and whether it is
        // letter-spaced.
        let mut line_memo = None;
        while pos < clean.len() {
            let Some(found) = self.next_candidate(&mut scratch.finder, clean, pos) else {
                break;
            };
            let mut which = found.pattern().as_usize();
            // `五點五年`, `三点九倍`: a 点 that a Chinese digit follows is
            // the decimal point of a quantity, not the hour mark of a time
            // (`三點五十分` matched whole, with its minutes). The quantity
            // is read where the time would have been.
            let mut found = found;
            // `未來100年將`, `30年全年`: a bare 民國 year that is rather a
            // span of years is read as the quantity it is.
            if which == ROC_BARE
                && roc_year_is_span(clean, found.start(), found.end())
                && grammar::quantity(clean, found.start(), &self.prefix_words, &mut quantity)
            {
                which = QUANTITY;
                found = regex_automata::Match::must(QUANTITY, found.start()..quantity.end);
            }
            // `师生比1:15`, `结构调整为10:35:55`: a ratio, not a time of day.
            if which == CLOCK_DIGITS
                && clean[found.start()..].starts_with(|c: char| c.is_ascii_digit())
                && ratio_end(clean, found.start(), digits_end(clean, found.start())).is_some()
                && grammar::quantity(clean, found.start(), &self.prefix_words, &mut quantity)
            {
                which = QUANTITY;
                found = regex_automata::Match::must(QUANTITY, found.start()..quantity.end);
            }
            if which == CLOCK_WORDS && ends_with_dian(&clean[..found.end()]) {
                let next = clean[found.end()..].chars().next();
                if next.is_some_and(|c| grammar::CN_DIGIT.contains(c))
                    && grammar::quantity(clean, found.start(), &self.prefix_words, &mut quantity)
                {
                    which = QUANTITY;
                    found = regex_automata::Match::must(QUANTITY, found.start()..quantity.end);
                }
            }
            // A lone 一 is the commonest candidate of all and, but for 一成,
            // 一倍 and 一半, never a fact (see `filter::is_lone_yi`): it is passed
            // over before its groups are resolved.
            if which == QUANTITY && &clean[found.start()..found.end()] == "一" {
                let next = clean[found.end()..].chars().next();
                if !matches!(
                    next,
                    Some('成' | '倍' | '季' | '死' | '伤' | '傷' | '番' | '半')
                ) && !adds_to_one(&clean[found.end()..])
                    && !lasting_one(&clean[..found.start()], &clean[found.end()..])
                {
                    pos = found.end();
                    continue;
                }
            }
            // The groups of the current date, when `date` reads it.
            let the_date;
            let groups = if which == QUANTITY {
                // The commonest pattern is read by hand (see `grammar`), in
                // the range the finder matched.
                let hay = &clean[..found.end()];
                if !grammar::quantity(hay, found.start(), &self.prefix_words, &mut quantity)
                    || quantity.end != found.end()
                {
                    pos = next_char(clean, found.start());
                    continue;
                }
                // `增长4%至276亿元`: a percent and then what it brought the
                // amount to, not one range; a range that begins with a
                // percent ends with one (`-0.6%～1.1%`). The percent is read
                // alone, and the amount after it in its turn.
                if let (Some((_, pct_end)), Some(_)) = (quantity.pct1, quantity.n2) {
                    if !clean[found.end()..].starts_with(['%', '％', '‰']) {
                        let hay = &clean[..pct_end];
                        if !grammar::quantity(hay, found.start(), &self.prefix_words, &mut quantity)
                        {
                            pos = next_char(clean, found.start());
                            continue;
                        }
                        found = regex_automata::Match::must(QUANTITY, found.start()..quantity.end);
                    }
                }
                Groups {
                    hay: clean,
                    whole: (found.start(), found.end()),
                    source: Source::Quantity(&quantity),
                }
            } else if which == YEAR_DATE || which == MONTH_DAY {
                // The commonest dates are read by hand too (see `date`).
                let hay = &clean[..found.end()];
                let read = if which == YEAR_DATE {
                    date::year_date(hay, found.start())
                } else {
                    date::month_day(hay, found.start())
                };
                match read {
                    Some(d) if d.end == found.end() => the_date = d,
                    _ => {
                        pos = next_char(clean, found.start());
                        continue;
                    }
                }
                Groups {
                    hay: clean,
                    whole: (found.start(), found.end()),
                    source: Source::Date(&the_date),
                }
            } else {
                // Only the patterns read by hand lack a regex, and they
                // were read above; no other pattern comes here without one.
                let (Some(regex), Some(cache), Some(branch_caps)) = (
                    &self.branches[which],
                    &mut scratch.branches[which],
                    &mut scratch.caps[which],
                ) else {
                    pos = next_char(clean, found.start());
                    continue;
                };
                regex.search_captures_with(
                    cache,
                    &Input::new(clean)
                        .range(found.start()..found.end())
                        .anchored(Anchored::Yes),
                    branch_caps,
                );
                if found.is_empty() || !branch_caps.is_match() {
                    pos = next_char(clean, found.start());
                    continue;
                }
                Groups {
                    hay: clean,
                    whole: (found.start(), found.end()),
                    source: Source::Captures {
                        caps: branch_caps,
                        names: &self.group_names[which],
                    },
                }
            };
            let m = groups.get(0).expect("group 0 always matches");
            match self.interpret(raw, view, &groups, which) {
                Outcome::Fact(mut c) => {
                    // `以女性为100`, `以2020年为基期`: a base set by 以…为
                    // is no claim. Nor is a span of time that names a
                    // circle of places (`15分钟健身圈`).
                    if sets_base(clean, c.start, c.end, &c.fact)
                        || (c.fact.kind == Kind::Duration && names_circle(&clean[c.end..]))
                    {
                        pos = c.end;
                        continue;
                    }
                    // `每10股派发现金红利2.4元`: the base of the amount after
                    // it is no claim, nor part of that amount's noun.
                    if self.is_per_base(clean, c.start, c.end, &c.fact) {
                        base_end = c.end;
                        pos = c.end;
                        continue;
                    }
                    // `每100毫升152毫克`: a rate read back over a number that
                    // was taken as a fact of its own, its base. The base is
                    // no claim; a fact that would overlap the one before in
                    // any other way is dropped, so that spans never overlap.
                    if prev.is_some_and(|p| c.start < p.0) {
                        let (a, _) = view.original(c.start, c.end);
                        let a = base + a;
                        // The facts of this sentence that the new one covers
                        // from their start, and whether one before them
                        // reaches into it.
                        let kept =
                            first + out[first..].iter().take_while(|f| f.span.start < a).count();
                        if kept > first && out[kept - 1].span.end > a {
                            pos = m.end();
                            continue;
                        }
                        out.truncate(kept);
                        prev = None;
                        before_prev = None;
                    }
                    // `覆盖三地五区八街镇`, `三所高校两家医院`: the words after
                    // a count that the noun finder took as its noun end
                    // where the next count begins, which counts a thing
                    // of its own.
                    if let Some((prev_end, _, at)) = prev {
                        if matches!(c.fact.kind, Kind::Count | Kind::Ordinal) {
                            if let Some(p) = out.get_mut(at) {
                                cut_noun_at_next(clean, prev_end, c.start, p);
                            }
                        }
                    }
                    // The value a date is said of (`2020年的58.3%`) is led by
                    // the fact before the date, for its noun and for the
                    // rules of shared nouns and changes below.
                    // Only the two ends of a change are so read: the date
                    // follows 由 or 从, or the verb of change after the
                    // first end. `gap_end` is where the words between the
                    // lead and the value end: before the date, when the date
                    // is skipped.
                    let from_date = |e: usize| {
                        let lead_end = before_prev.map_or(0, |p| p.0.min(prev_start));
                        let gap = &clean[lead_end..prev_start];
                        e <= c.start
                            && prev_start <= e
                            && matches!(&clean[e..c.start], "的" | "")
                            && !matches!(c.fact.kind, Kind::Date | Kind::Time)
                            && (gap.ends_with(['由', '从', '從'])
                                || (before_prev.is_some() && is_change_to(gap)))
                    };
                    let (lead, gap_end) = match prev {
                        Some((e, Kind::Date, _)) if from_date(e) => (before_prev, prev_start),
                        _ => (prev, c.start),
                    };
                    // The noun is looked for after the previous fact only,
                    // so that one fact's words never name the next.
                    // A rate that reads back over the base (`每100毫升152毫克`)
                    // holds it, and looks for its noun before it.
                    let past_base = if base_end <= c.start { base_end } else { 0 };
                    let floor = lead
                        .as_ref()
                        .map_or(0, |p| p.0.min(gap_end))
                        .max(past_base.min(gap_end));
                    // A rule that knows what the number measures has
                    // named it already (`5.1级地震`).
                    // A heading on its own line (`五、妇幼卫生`) names the
                    // section, not what the next line counts.
                    let floor = after_heading(raw, view, floor, gap_end).unwrap_or(floor);
                    if c.fact.noun.is_none() {
                        // `手术6.8万台 门急诊量120万人次`: a space between two
                        // phrases ends the words that may follow as a noun.
                        // With no noun found before it (`新增5个 重点项目`),
                        // the words after the space are still the noun.
                        let cut = after_space_cut(raw, view, clean, c.end, &mut line_memo);
                        c.fact.noun = noun::find(&clean[..cut], floor, gap_end, c.end, c.fact.kind)
                            .or_else(|| {
                                (cut < clean.len())
                                    .then(|| noun::find(clean, floor, gap_end, c.end, c.fact.kind))
                                    .flatten()
                            });
                        // `出口额较2019年增长12%`, `人均消費仍較2018年低約百分之
                        // 二十`: after a date that is the base of a
                        // comparison, the words up to the number are the
                        // change (one character at most is left of them);
                        // what changed stands before the comparison.
                        if let Some((e, Kind::Date, _)) = prev {
                            let compared = ["比", "较", "較"]
                                .iter()
                                .find_map(|w| clean[..prev_start].strip_suffix(w))
                                .map(str::len);
                            if let Some(at) = compared.filter(|_| {
                                e <= c.start
                                    && gap_end == c.start
                                    && !matches!(c.fact.kind, Kind::Date | Kind::Time)
                                    && c.fact
                                        .noun
                                        .as_deref()
                                        .is_none_or(|n| n.chars().count() == 1)
                            }) {
                                let lead_end = before_prev.map_or(0, |p| p.0.min(at));
                                // With nothing before the comparison but the
                                // level it changes (`所得為新臺幣170萬1千元，
                                // 較111年增加3.2%`), the change is of that.
                                let level = before_prev
                                    .filter(|_| matches!(&clean[lead_end..at], "，" | ","))
                                    .and_then(|p| out.get(p.2))
                                    .and_then(|p| p.noun.clone());
                                if let Some(n) =
                                    noun::find(clean, lead_end, at, c.end, c.fact.kind).or(level)
                                {
                                    c.fact.noun = Some(n);
                                }
                            }
                        }
                        // `截獲一批走私凍肉，重約8.5公噸`: a dimension alone
                        // after a comma (重, 長, 高) measures what the clause
                        // before names, the thing after its article (一批,
                        // 一条) when it has one.
                        let dimension = c.fact.noun.as_deref().filter(|n| {
                            c.fact.kind == Kind::Measure
                                && matches!(
                                    *n,
                                    "重" | "长" | "長" | "高" | "宽" | "寬" | "深" | "厚"
                                )
                        });
                        let comma = dimension.and_then(|dim| {
                            clean[floor..gap_end]
                                .rfind('，')
                                .map(|k| floor + k)
                                .filter(|&k| clean[k + '，'.len_utf8()..].starts_with(dim))
                        });
                        if let Some(k) = comma {
                            if let Some(n) = noun::find(clean, floor, k, c.end, c.fact.kind) {
                                let head = n.rfind('一').and_then(|i| {
                                    let mut rest = n[i + '一'.len_utf8()..].chars();
                                    let classifier = rest.next().is_some_and(|c| {
                                        "批条條只隻个個件辆輛艘座棵头頭台臺块塊架尾匹张張"
                                            .contains(c)
                                    });
                                    (classifier && rest.clone().nth(1).is_some())
                                        .then(|| rest.as_str().to_string())
                                });
                                c.fact.noun = Some(head.unwrap_or(n));
                            }
                        }
                        // `举办健康讲座，已累计举办150余场`: a count or an
                        // amount whose clause names nothing, only a verb, is
                        // of what the clause before it names after the same
                        // verb (`派发现金红利…，合计派发1.03亿元`).
                        if c.fact.noun.is_none() && matches!(c.fact.kind, Kind::Count | Kind::Money)
                        {
                            c.fact.noun = noun::carried_noun(clean, gap_end);
                        }
                        // `货物贸易规模连续8年保持全球第一`: a rank held over
                        // a run of years (连续, 持续) is the subject's that
                        // stands before the run; the words after it are the
                        // verb and the field of the rank. So is a level or
                        // change whose own words name nothing
                        // (`两市成交额连续3日超过9000亿元`).
                        if let Some((e, Kind::Duration, _)) = prev {
                            let run = ["连续", "連續", "持续", "持續"]
                                .iter()
                                .find_map(|w| clean[..prev_start].strip_suffix(w))
                                .map(str::len);
                            if let Some(at) = run.filter(|_| {
                                (c.fact.kind == Kind::Ordinal
                                    || (c.fact.noun.is_none()
                                        && !matches!(c.fact.kind, Kind::Date | Kind::Time)))
                                    && e <= c.start
                                    && gap_end == c.start
                            }) {
                                let lead_end = before_prev.map_or(0, |p| p.0.min(at));
                                c.fact.noun = noun::find(clean, lead_end, at, c.end, c.fact.kind);
                            }
                        }
                    }
                    // `约为标准限值的2倍`, `约占择期手术的五分之一`: a
                    // qualifier before the whole the number is a part or
                    // multiple of qualifies the number.
                    if c.fact.qualifier == Qualifier::Exact
                        && !matches!(c.fact.kind, Kind::Date | Kind::Time)
                    {
                        // `为1.2‰，低于全省平均水平的2.9‰`: right after the
                        // subject's own value, a comparison with a whole
                        // whose share is given in the same unit states
                        // the whole's value, exactly; the bound is the
                        // subject's, already stated. With no such value
                        // before it (`不足全国平均水平的60%`), the number is
                        // the subject's share, bounded by the word.
                        let compared_level = |q: Qualifier, word: &str| {
                            let Some((prev_end, _, at)) = lead.as_ref() else {
                                return false;
                            };
                            let between = &clean[(*prev_end).min(c.start)..c.start];
                            matches!(q, Qualifier::Over | Qualifier::Under)
                                && between.find(word).is_some_and(|k| {
                                    between[..k]
                                        .chars()
                                        .filter(|&ch| !is_clause_mark(ch))
                                        .count()
                                        <= 2
                                })
                                && out.get(*at).is_some_and(|p| {
                                    p.kind == c.fact.kind
                                        && numerator(&p.unit) == numerator(&c.fact.unit)
                                })
                        };
                        let whole = qualifier_before_whole(&clean[floor..c.start]);
                        let level = whole.filter(|&(q, word)| compared_level(q, word));
                        // The whole's value measures what the subject's
                        // does (`养老床位32张，高于全国平均水平的30张`).
                        if level.is_some() && c.fact.noun.is_none() {
                            c.fact.noun = lead
                                .as_ref()
                                .and_then(|(_, _, at)| out.get(*at))
                                .and_then(|p| p.noun.clone());
                        }
                        if let Some((q, word)) = whole.filter(|_| level.is_none()) {
                            set_qualifier(&mut c.fact, q);
                            // The noun is what stands before the word (the
                            // part or multiple); when the clause opens with
                            // the word, the subject of the fact before
                            // (`细菌总数为…，约为标准限值的2倍`), else the
                            // whole after it.
                            if let Some(n) = c.fact.noun.as_deref() {
                                // The noun finder may have taken the word
                                // off as a verb and left its first
                                // characters (`产值大` of `产值大约为`).
                                let n = word
                                    .char_indices()
                                    .skip(1)
                                    .find_map(|(k, _)| n.strip_suffix(&word[..k]))
                                    .unwrap_or(n);
                                if !n.contains(word) {
                                    c.fact.noun = Some(n.to_string());
                                } else if let Some(at) = n.rfind(word) {
                                    let (part, whole) = (&n[..at], &n[at + word.len()..]);
                                    let subject = lead
                                        .as_ref()
                                        .and_then(|(_, _, i)| out.get(*i))
                                        .and_then(|p| p.noun.clone());
                                    // The part is read again from the text
                                    // before the word: the phrase with the
                                    // whole may have been cut for length
                                    // inside the part (`基本生活标准不低于
                                    // 当地低保标准的1.3倍`).
                                    let whole_part = || {
                                        let k = clean[floor..c.start].rfind(word)?;
                                        let at = floor + k;
                                        noun::find(clean, floor, at, at, Kind::Number)
                                            .filter(|p| p.ends_with(part))
                                    };
                                    c.fact.noun = match (part.is_empty(), subject) {
                                        (false, _) => {
                                            Some(whole_part().unwrap_or_else(|| part.to_string()))
                                        }
                                        (true, Some(s)) => Some(s),
                                        (true, None) => {
                                            (!whole.is_empty()).then(|| whole.to_string())
                                        }
                                    };
                                }
                            }
                        }
                    }
                    // `0—14岁人口为2.5亿人`: the noun right after an age
                    // band names its people, and the band is part of it
                    // for the facts that follow.
                    if let (Some((prev_end, _, at)), Some(noun)) = (&prev, &c.fact.noun) {
                        if let Some(band) = out.get(*at).filter(|p| {
                            is_age(p)
                                && matches!(c.fact.kind, Kind::Count | Kind::Percent)
                                && p.noun.as_ref() == Some(noun)
                                && clean[(*prev_end).min(c.start)..].starts_with(noun.as_str())
                        }) {
                            let mut named = String::with_capacity(band.text.len() + noun.len());
                            named.extend(band.text.split_whitespace());
                            named.push_str(noun);
                            c.fact.noun = Some(named);
                        }
                    }
                    if let Some((prev_end, kind, at)) = &lead {
                        // Coordinated values (`78.6% 和 75.1%`) share their
                        // noun, and so does a change that follows a level
                        // (`国内生产总值 126 万亿元，比上年增长 5.2%`).
                        let between = &clean[(*prev_end).min(gap_end)..gap_end];
                        // A count and the money it comes to, joined by a
                        // pause mark alone (`发放贷款1.6万笔、98.4亿元`), tell
                        // how many and how much of one thing.
                        let tallied =
                            *kind == Kind::Count && c.fact.kind == Kind::Money && between == "、";
                        // `高新技术企业达168家，其中去年新认定37家`: a part
                        // after 其中 (among them) that names nothing of its
                        // own, counted in the same unit, is a part of the
                        // same thing, also when a predicate follows the
                        // whole (`126家机构全部达标，其中18家`): the clause
                        // that holds the part begins with 其中.
                        let part = *kind == c.fact.kind
                            && after_last_comma(between).starts_with("其中")
                            && out.get(*at).is_some_and(|p| p.unit == c.fact.unit);
                        // Bare numbers share a noun only in the same unit:
                        // points of growth and points of a score
                        // (`提高4.2个百分点，600分以上考生`) are two things.
                        let same_measure = c.fact.kind != Kind::Number
                            || out.get(*at).is_some_and(|p| p.unit == c.fact.unit);
                        let shares = (*kind == c.fact.kind
                            && same_measure
                            && (is_coordination(between)
                                || between.chars().count() <= 6
                                // A change from a base (`，比上年末增加18家`,
                                // `，較上年底增加`) is said of the level
                                // before it: the pause is no word of it.
                                || between
                                    .strip_prefix(['，', ','])
                                    .filter(|w| w.starts_with(['比', '较', '較']))
                                    .is_some_and(|w| w.chars().count() <= 6)))
                            || tallied;
                        let points = c
                            .fact
                            .unit
                            .as_deref()
                            .is_some_and(|u| u.ends_with("百分点") || u.ends_with("百分點"));
                        let change = (c.fact.kind == Kind::Percent || points)
                            && !matches!(kind, Kind::Date | Kind::Time);
                        // An amount right after a share says how much the
                        // share is (`內地旅客佔百分之七十八，約890萬人次`,
                        // `即约七十万人`): it counts the same thing, unless
                        // the share is a rate (`城镇化率为66.2%，约9.3亿人`
                        // counts no 城镇化率).
                        let restated = *kind == Kind::Percent
                            && matches!(c.fact.kind, Kind::Count | Kind::Money | Kind::Measure)
                            && between
                                .strip_prefix(['，', ','])
                                .is_some_and(|w| matches!(w, "" | "即" | "达" | "達"))
                            && out
                                .get(*at)
                                .and_then(|p| p.noun.as_deref())
                                .is_some_and(|n| {
                                    !n.ends_with(['率', '比', '重', '例', '度', '值'])
                                });
                        // A verb that governs the value (`，帮助1.1万人`)
                        // gives it an object of its own.
                        // A part's verb (`其中新认定37家`) is said of the
                        // part itself.
                        let shares = c.fact.noun.is_none()
                            && (part || shares && !noun::ends_with_governing_verb(between));
                        // `贡献率为58.3%，拉动经济增长3.4个百分点`: the points by
                        // which a part pulls the growth of the whole change
                        // no level before them; they are said of the part.
                        // Asked last, of the few values that would share a
                        // noun, as `between` can be long.
                        let pulls = || {
                            between.contains('拉')
                                && (between.contains("拉动") || between.contains("拉動"))
                        };
                        if c.fact.noun.is_none() && (shares || change || restated) && !pulls() {
                            c.fact.noun = out.get(*at).and_then(|p| p.noun.clone());
                        }
                        // `本港氣溫將下降至約14度，部分新界地區低至11度`: a
                        // measure said of a place alone, after one in the
                        // same unit, measures what that one does there.
                        if c.fact.kind == Kind::Measure
                            && c.fact.noun.as_deref().is_some_and(names_only_place)
                        {
                            if let Some(p) = out
                                .get(*at)
                                .filter(|p| p.kind == Kind::Measure && p.unit == c.fact.unit)
                                .filter(|p| p.noun.as_deref().is_some_and(|n| !names_only_place(n)))
                            {
                                c.fact.noun = p.noun.clone();
                            }
                        }
                        // `分别为每人每月860元和710元`: an amount joined to a
                        // rate by a conjunction, of the same thing, is in
                        // the rate's unit.
                        if let Some(p) = out.get(*at).filter(|p| {
                            p.kind == c.fact.kind
                                && p.noun == c.fact.noun
                                && matches!(
                                    between,
                                    "和" | "、" | "及" | "与" | "與" | "以及" | "或"
                                )
                        }) {
                            carry_rate(p, &mut c.fact);
                        }
                    }
                    // `由每月2320元调整到2420元`: the amount that a verb of
                    // change carries a rate to is in the rate's unit, and
                    // measures what the first amount does.
                    // `从12元上调到15`: a bare number that an amount is
                    // changed to is in that amount's unit.
                    if let Some((prev_end, kind, at)) = &lead {
                        let bare = c.fact.kind == Kind::Number
                            && c.fact.unit.is_none()
                            && c.fact.normalized.is_none();
                        if *prev_end <= gap_end
                            && (*kind == c.fact.kind || bare)
                            && is_change_to(&clean[*prev_end..gap_end])
                        {
                            if let Some(p) = out.get(*at) {
                                if bare {
                                    take_unit(p, &mut c.fact);
                                }
                                carry_rate(p, &mut c.fact);
                            }
                        }
                    }
                    // `14 亿元至 16 亿元`: two amounts in one unit joined by
                    // a range mark are one range.
                    if let Some((prev_end, _, _)) = &prev {
                        if let Some(last) = out.last_mut() {
                            if *prev_end <= c.start
                                && is_range_mark(&clean[*prev_end..c.start])
                                && joins_range(last, &c.fact)
                            {
                                let (_, b) = view.original(c.start, c.end);
                                last.low = last.value.take();
                                last.high = c.fact.value;
                                last.qualifier = Qualifier::Range;
                                last.span.end = base + b;
                                last.text = raw[last.span.start - base..b].to_string();
                                // A range has no one value to convert: its
                                // unit alone would be half a conversion, as
                                // `35～37℃` has none.
                                last.canonical_value = None;
                                last.canonical_unit = None;
                                prev = Some((c.end, last.kind, out.len() - 1));
                                pos = c.end;
                                continue;
                            }
                        }
                    }
                    // `民國112年至113年`: two 民國 years joined by a range
                    // mark are one range of years.
                    if let Some((prev_end, _, _)) = &prev {
                        if let Some(last) = out.last_mut() {
                            if *prev_end <= c.start && is_range_mark(&clean[*prev_end..c.start]) {
                                if let Some(years) = roc_year_range(last, &c.fact)
                                    .or_else(|| day_range(last, &c.fact))
                                    .or_else(|| month_range(last, &c.fact))
                                {
                                    let (_, b) = view.original(c.start, c.end);
                                    last.normalized = Some(years);
                                    last.qualifier = Qualifier::Range;
                                    last.span.end = base + b;
                                    last.text = raw[last.span.start - base..b].to_string();
                                    prev = Some((c.end, last.kind, out.len() - 1));
                                    pos = c.end;
                                    continue;
                                }
                            }
                        }
                    }
                    // `今(113)年7月`: a year read on its own and the month
                    // right after it are one date, as `113年7月` is.
                    if let Some((prev_end, _, _)) = &prev {
                        if let Some(last) = out.last_mut() {
                            if *prev_end == c.start {
                                if let Some(date) = year_then_month(last, &c.fact)
                                    .or_else(|| century_then_decade(last, &c.fact))
                                {
                                    let (_, b) = view.original(c.start, c.end);
                                    last.normalized = Some(date);
                                    // `2024年7—9月` is a range, as its months are.
                                    if c.fact.qualifier == Qualifier::Range {
                                        last.qualifier = Qualifier::Range;
                                    }
                                    last.span.end = base + b;
                                    last.text = raw[last.span.start - base..b].to_string();
                                    prev = Some((c.end, last.kind, out.len() - 1));
                                    pos = c.end;
                                    continue;
                                }
                            }
                        }
                    }
                    // `“爱心驿站”，全市共建成45个`, `調整「長者生活津貼」，每月
                    // 金額為4,195港元`: a quoted name that ends the clause
                    // before is what a count or sum is of when its own
                    // clause names nothing else, or only the amount
                    // (`“暖心食堂”，日均接待老人120人次` counts 老人).
                    if matches!(c.fact.kind, Kind::Count | Kind::Money | Kind::Measure)
                        && c.fact.noun.as_deref().is_none_or(names_only_amount)
                    {
                        if let Some((name, at)) = quoted_subject(&clean[..c.start]) {
                            if prev.is_none_or(|p| p.0 <= at) {
                                c.fact.noun = Some(name);
                            }
                        }
                    }
                    before_prev = prev;
                    prev = Some((c.end, c.fact.kind, out.len()));
                    prev_start = c.start;
                    let (a, b) = view.original(c.start, c.end);
                    c.fact.span = Span {
                        start: base + a,
                        end: base + b,
                    };
                    c.fact.text = raw[a..b].to_string();
                    c.fact.sentence = Span {
                        start: base + sentence.start,
                        end: base + sentence.end,
                    };
                    out.push(c.fact);
                    pos = c.end;
                }
                Outcome::Skip => pos = m.end(),
                Outcome::Retry(at) => pos = at.max(next_char(clean, m.start())),
            }
        }
        carry_currency(&mut out[first..]);
        pair_respectively(
            &raw[sentence.start..],
            base + sentence.start,
            &mut out[first..],
        );
        pair_changes_respectively(
            &raw[sentence.start..],
            base + sentence.start,
            &mut out[first..],
        );
    }

    /// Turns one regex match into a fact, or decides that it is none.
    fn interpret(&self, raw: &str, view: &Cleaned, caps: &Groups<'_>, which: usize) -> Outcome {
        // `which` is the index of the pattern in `Extractor::new`.
        match which {
            YEAR_DATE | ROC_BARE => self.year_date(view, caps),
            1 => match caps.name(G::Iy) {
                Some(y) => numeric_date(caps, y.as_str()),
                None => Outcome::Skip,
            },
            MONTH_DAY => month_date(caps),
            4 | 5 => self.clock_time(view, caps),
            6 => self.written_percent(view, caps),
            7 => self.fraction(raw, view, caps),
            HALF_TIME => self.half_time(view, caps),
            QUANTITY => self.quantity(raw, view, caps),
            _ => Outcome::Skip,
        }
    }

    fn year_date(&self, view: &Cleaned, caps: &Groups<'_>) -> Outcome {
        let m = caps.get(0).expect("group 0");
        let clean = view.text.as_str();
        // `公元前2070年`: a year before the common era, whatever follows.
        if let (Some(y), Some((start, qualifier))) =
            (caps.name(G::Year), before_common_era(clean, m.start()))
        {
            if let Some(v) = small_number(y.as_str()).filter(|v| *v >= 1) {
                let mut fact = blank_fact(Kind::Date, Some(bc_year(v)));
                set_qualifier(&mut fact, qualifier);
                let end = year_end(clean, m.start());
                return Outcome::Fact(Candidate { start, end, fact });
            }
        }
        let year = if let Some(y) = caps.name(G::Year) {
            // A page number glued to a year (`072024年`) is not part of it:
            // the year starts where the four digits start.
            match small_number(y.as_str()) {
                Some(v) if (1000..=2999).contains(&v) => v,
                _ => return Outcome::Retry(y.end()),
            }
        } else if let Some(y) = caps.name(G::Rocp) {
            // `今(113)年`: the parentheses leave no doubt that it is a year.
            match small_number(y.as_str()) {
                Some(v) if (1..=200).contains(&v) => v + 1911,
                _ => return Outcome::Skip,
            }
        } else if let Some(y) = caps.name(G::Rocbare) {
            // Alone, `年度` and `年底` after two or three digits read as a
            // 民國 year only where such years are current (民國 60–150).
            // `roc_year_is_span` has passed the others over.
            let plausible = if caps.name(G::Rbt).is_some() {
                60..=150
            } else {
                1..=200
            };
            match small_number(y.as_str()) {
                Some(v) if plausible.contains(&v) => v + 1911,
                Some(_) if caps.name(G::Rbt).is_some() => return Outcome::Skip,
                _ => return Outcome::Retry(y.end()),
            }
        } else {
            let v = caps.name(G::Rocy).and_then(|r| small_number(r.as_str()));
            match v {
                Some(v) if (1..=200).contains(&v) => v + 1911,
                _ => return Outcome::Skip,
            }
        };
        // `114年將邁入`: 將 tells the year, but is not part of it.
        let mut end = caps.name(G::Rbw).map_or(m.end(), |w| w.start());
        let mut qualifier = Qualifier::Exact;
        let normalized = if let Some(last) = caps.name(G::Yqb) {
            // `2023年前三季度`: the quarters from the first (or the one
            // named) to the last, as an ISO 8601 interval.
            let first = caps
                .name(G::Yqa)
                .map_or(Some(1), |a| small_number(a.as_str()));
            let last = small_number(last.as_str());
            match (first, last) {
                (Some(a), Some(b)) if a < b && b <= 4 => {
                    qualifier = Qualifier::Range;
                    format!("{year:04}-Q{a}/{year:04}-Q{b}")
                }
                _ => {
                    end = year_end(clean, m.start());
                    format!("{year:04}")
                }
            }
        } else if let Some(q) = caps.name(G::Yq).or_else(|| caps.name(G::Rbq)) {
            let q = small_number(q.as_str()).unwrap_or(0);
            format!("{year:04}-Q{q}")
        } else if let Some(h) = caps.name(G::Yh) {
            if h.as_str() == "上半年" {
                format!("{year:04}-H1")
            } else {
                format!("{year:04}-H2")
            }
        } else if let Some(mo) = caps.name(G::Ym).or_else(|| caps.name(G::Rbm)) {
            let month = small_number(mo.as_str()).filter(|v| (1..=12).contains(v));
            let day_group = caps.name(G::Ymd).or_else(|| caps.name(G::Rbd));
            let day = day_group
                .and_then(|d| small_number(d.as_str()))
                .filter(|v| (1..=31).contains(v));
            match (month, day, day_group) {
                (Some(mo), Some(d), _) => format!("{year:04}-{mo:02}-{d:02}"),
                (Some(mo), None, None) => format!("{year:04}-{mo:02}"),
                _ => {
                    // A month or day out of range belongs to something else;
                    // keep the year alone.
                    end = year_end(clean, m.start());
                    format!("{year:04}")
                }
            }
        } else {
            format!("{year:04}")
        };
        // `2023年度`: the (fiscal) year, 度 and all; `1990年代`: a decade.
        let mut normalized = normalized;
        if normalized.len() == 4 && clean[..end].ends_with('年') {
            if clean[end..].starts_with('度') {
                end += '度'.len_utf8();
            } else if clean[end..].starts_with('代') && normalized.ends_with('0') {
                normalized.truncate(3);
                end += '代'.len_utf8();
            }
        }
        let mut fact = blank_fact(Kind::Date, Some(normalized));
        fact.qualifier = qualifier;
        Outcome::Fact(Candidate {
            start: m.start(),
            end,
            fact,
        })
    }

    fn clock_time(&self, view: &Cleaned, caps: &Groups<'_>) -> Outcome {
        let m = caps.get(0).expect("group 0");
        // `同一时间`, `一时半会`, `十二时辰`: a word of the lexicon, where no
        // part of the day stands before the hour to make it a time.
        if caps.name(G::Period).is_none() && self.in_lexicon(&view.text, m.start(), m.end()) {
            return Outcome::Skip;
        }
        // `“四点半课堂”`: an hour inside a short quotation is part of a
        // name, as other quoted numerals are, and tells no time; with a
        // part of the day (`“明天下午三点出发”`) it is a time quoted.
        if caps.name(G::Period).is_none() && in_short_quote(&view.text, m.start(), m.end()) {
            return Outcome::Skip;
        }
        // A part of the day before the hour (`下午5:00`, `晚上8点`) moves it
        // into the afternoon or evening.
        let part = caps
            .name(G::Period)
            .and_then(|p| DAY_PERIODS.iter().find(|(w, _)| *w == p.as_str()))
            .map_or(DayPart::Morning, |(_, s)| *s);
        let afternoon = |h: u32| part.hour(h);
        let (hour, minute) = if let (Some(h), Some(mi)) = (caps.name(G::Hh), caps.name(G::Mi)) {
            (
                small_number(h.as_str()).map(afternoon),
                small_number(mi.as_str()),
            )
        } else {
            let hour = caps.name(G::Hour).and_then(|h| small_number(h.as_str()));
            let minute = match (caps.name(G::Minute), caps.name(G::Half)) {
                (Some(mi), _) => small_number(mi.as_str()),
                (None, Some(_)) => Some(30),
                (None, None) => Some(0),
            };
            let marked_by_dian = caps
                .name(G::Hmark)
                .is_some_and(|x| matches!(x.as_str(), "点" | "點"));
            if marked_by_dian
                && caps.name(G::Period).is_none()
                && caps.name(G::Minute).is_none()
                && caps.name(G::Half).is_none()
            {
                // `3点` without a part of the day is more often three points
                // (三点建议) than three o'clock; let the quantity rules see it.
                return self.quantity_from_scratch(view, m.start(), m.end());
            }
            (hour.map(afternoon), minute)
        };
        match (hour, minute) {
            (Some(h), Some(mi)) if h <= 24 && mi < 60 => {
                let mut fact = blank_fact(Kind::Time, Some(format!("{:02}:{:02}", h % 24, mi)));
                let mut end = m.end();
                // `约10时`: about the hour, as `10时许` is.
                let mut start = m.start();
                if caps.name(G::Period).is_none() {
                    let before = &view.text[..start];
                    if let Some(w) = ["大约", "大約", "约", "約"]
                        .iter()
                        .find(|w| before.ends_with(*w))
                    {
                        fact.qualifier = Qualifier::About;
                        start -= w.len();
                    }
                }
                // `凌晨 3 时许` is about three o'clock, and `凌晨两点多` a
                // little past two.
                for (w, q) in [
                    ("许", Qualifier::About),
                    ("許", Qualifier::About),
                    ("左右", Qualifier::About),
                    ("多", Qualifier::Over),
                ] {
                    if view.text[end..].starts_with(w) {
                        fact.qualifier = q;
                        end += w.len();
                        break;
                    }
                }
                Outcome::Fact(Candidate { start, end, fact })
            }
            _ => Outcome::Skip,
        }
    }

    /// Re-reads `clean[start..end]` as a count, for the rare match that the
    /// time pattern took but that is a plain quantity.
    fn quantity_from_scratch(&self, view: &Cleaned, start: usize, end: usize) -> Outcome {
        let clean = view.text.as_str();
        let core_end = clean[..end].char_indices().last().map_or(end, |(i, _)| i);
        let core = &clean[start..core_end];
        let Some(value) = value_of(core) else {
            return Outcome::Skip;
        };
        if is_lone_yi(core) {
            return Outcome::Skip;
        }
        let mut fact = blank_fact(Kind::Count, None);
        fact.value = Some(value);
        fact.unit = Some(clean[core_end..end].to_string());
        if index_points(clean, start, end, &fact) {
            fact.kind = Kind::Number;
        }
        Outcome::Fact(Candidate { start, end, fact })
    }

    fn written_percent(&self, view: &Cleaned, caps: &Groups<'_>) -> Outcome {
        let m = caps.get(0).expect("group 0");
        let clean = view.text.as_str();
        let word = caps.name(G::Pword).map_or("", |w| w.as_str());
        let Some(pv) = caps.name(G::Pv) else {
            return Outcome::Skip;
        };
        // `百分之五十几`, `百分之几十`: a vague percent is a range, as a vague
        // count is (五十几个 is 51–59).
        let vague = caps
            .name(G::Pv2)
            .is_none()
            .then(|| parse_vague(&pv.as_str().replace('數', "数").replace('幾', "几")))
            .flatten();
        let Some(v) = value_of(pv.as_str()).or(vague.map(|(lo, _)| lo)) else {
            return Outcome::Skip;
        };
        let negative = caps.name(G::Psign).is_some();
        let (scale, unit) = match word {
            "千分之" => (Decimal::ONE, "‰"),
            "万分之" | "萬分之" => (Decimal::new(1, 2), "%"),
            _ => (Decimal::ONE, "%"),
        };
        let adjust = |v: Decimal| {
            let v = v * scale;
            if negative { -v } else { v }.normalize()
        };
        let mut start = m.start();
        let qualifier = self.prefix_qualifier(clean, caps, false, &mut start);
        let mut fact = blank_fact(Kind::Percent, None);
        fact.unit = Some(unit.to_string());
        fact.qualifier = qualifier;
        let mut end = m.end();
        if let Some(v2) = caps.name(G::Pv2).and_then(|v| value_of(v.as_str())) {
            fact.qualifier = Qualifier::Range;
            fact.low = Some(adjust(v));
            fact.high = Some(adjust(v2));
        } else if let Some((lo, hi)) = vague {
            fact.qualifier = Qualifier::Range;
            fact.low = Some(adjust(lo));
            fact.high = Some(adjust(hi));
        } else {
            fact.value = Some(adjust(v));
            // `百分之五十多`: 多 or 余 right after the numeral says more than
            // it, as after a count, unless it begins a word (多数, 余额).
            let rest = &clean[end..];
            let more = ['多', '余', '餘']
                .into_iter()
                .find(|&c| rest.starts_with(c))
                .filter(|&c| !rest[c.len_utf8()..].starts_with(['数', '數', '额', '額']));
            match more {
                Some(c) if qualifier == Qualifier::Exact => {
                    end += c.len_utf8();
                    set_qualifier(&mut fact, Qualifier::Over);
                }
                _ => set_qualifier(&mut fact, qualifier),
            }
        }
        let end = self.with_suffix(clean, end, &mut fact);
        Outcome::Fact(Candidate { start, end, fact })
    }

    fn fraction(&self, raw: &str, view: &Cleaned, caps: &Groups<'_>) -> Outcome {
        let m = caps.get(0).expect("group 0");
        let clean = view.text.as_str();
        // `3 / 20` alone on its line is a page of a document.
        if caps.name(G::Sden).is_some() && is_page_number(raw, view.original_at(m.start())) {
            return Outcome::Skip;
        }
        // A slash after the denominator (`2024/2/5`, `1/2/3`) makes it no
        // fraction.
        // So does a four-digit year below it (`10/2023`).
        let year_below = caps
            .name(G::Sden)
            .is_some_and(|d| d.as_str().len() == 4 && matches!(&d.as_str()[..2], "19" | "20"));
        // A year over the two digits of the next one (`2024/25年度`,
        // `2023/24赛季`) names a financial year or a season, no fraction.
        let next_year = caps
            .name(G::Snum)
            .zip(caps.name(G::Sden))
            .is_some_and(|(n, d)| {
                let (n, d) = (n.as_str(), d.as_str());
                n.len() == 4
                    && matches!(&n[..2], "19" | "20")
                    && d.len() == 2
                    && small_number(n)
                        .zip(small_number(d))
                        .is_some_and(|(y, e)| (y + 1) % 100 == e)
            });
        // Digits after the denominator mean that the six digits the
        // pattern takes are only the start of it (`1/1234567`) or its whole
        // part (`1/3.5`): the quotient read would be wrong, so there is no
        // fact rather than one with a wrong value, and the search goes on
        // after the whole denominator, whose rest is no number of its own.
        if caps.name(G::Sden).is_some() {
            let after = &clean[m.end()..];
            let rest = after.strip_prefix(['.', '．']).unwrap_or(after);
            if rest.starts_with(|c: char| c.is_ascii_digit()) {
                let tail = rest.trim_start_matches(|c: char| c.is_ascii_digit());
                return Outcome::Retry(clean.len() - tail.len());
            }
        }
        if (caps.name(G::Sden).is_some() && clean[m.end()..].starts_with('/'))
            || year_below
            || next_year
        {
            return Outcome::Skip;
        }
        let (Some(den), Some(num)) = (
            caps.name(G::Fden)
                .or_else(|| caps.name(G::Sden))
                .and_then(|v| value_of(v.as_str())),
            caps.name(G::Fnum)
                .or_else(|| caps.name(G::Snum))
                .and_then(|v| value_of(v.as_str())),
        ) else {
            return Outcome::Skip;
        };
        // A pressure unit after `140/90` makes it a blood pressure, the
        // systolic over the diastolic, and no fraction: the first number is
        // read here in the unit written after the second, and the search
        // goes on at the slash, where the second is read with its unit.
        if let (Some(n), Some(d)) = (caps.name(G::Snum), caps.name(G::Sden)) {
            let after = clean[d.end()..].trim_start_matches([' ', '\u{3000}']);
            let pressure = PRESSURE_UNITS
                .into_iter()
                .find(|w| after.starts_with(w))
                .and_then(|w| self.units.get(w));
            if let Some(u) = pressure {
                let mut start = m.start();
                let qualifier = self.prefix_qualifier(clean, caps, false, &mut start);
                let mut fact = blank_fact(Kind::Measure, None);
                fact.value = Some(num);
                fact.unit = Some(u.word.to_string());
                if let Some((cv, cu)) = unit::canonical(num, u) {
                    fact.canonical_value = Some(cv);
                    fact.canonical_unit = Some(cu.to_string());
                }
                set_qualifier(&mut fact, qualifier);
                return Outcome::Fact(Candidate {
                    start,
                    end: n.end(),
                    fact,
                });
            }
        }
        if den.is_zero() {
            return Outcome::Skip;
        }
        let Some(q) = num.checked_div(den) else {
            return Outcome::Skip;
        };
        let mut q = q.round_dp(10).normalize();
        if caps.name(G::Fsign).is_some() {
            q = -q;
        }
        let mut start = m.start();
        let qualifier = self.prefix_qualifier(clean, caps, false, &mut start);
        let mut fact = blank_fact(Kind::Fraction, None);
        fact.value = Some(q);
        set_qualifier(&mut fact, qualifier);
        let end = self.with_suffix(clean, m.end(), &mut fact);
        Outcome::Fact(Candidate { start, end, fact })
    }

    /// Half a unit of time on its own (`用了半年时间`, `历时半个月`, `每隔
    /// 半小时`): a duration of 0.5 of the unit. A 半 inside a word names
    /// no such length: 上半年, 下半年, 前半天, 头半年 and 首半年 are periods of a
    /// calendar, 大半年 and 小半年 vague spans, 十天半个月 and 一年半 read
    /// with the number before; 半年报, 半年度, 半年期 and 半日游 name a
    /// report, a period, a tenor and a tour. After 了, or before 也, 都, 才 or 没, 半天 is the
    /// colloquial "a long while" (`等了半天也没人来`), no length of time.
    fn half_time(&self, view: &Cleaned, caps: &Groups<'_>) -> Outcome {
        let clean = view.text.as_str();
        let m = caps.get(0).expect("group 0");
        let (before, after) = (&clean[..m.start()], &clean[m.end()..]);
        let inside_word = before.chars().next_back().is_some_and(|c| {
            matches!(
                c,
                '上' | '下'
                    | '前'
                    | '后'
                    | '後'
                    | '头'
                    | '頭'
                    | '首'
                    | '末'
                    | '大'
                    | '小'
                    | '多'
                    | '这'
                    | '這'
                    | '那'
                    | '个'
                    | '個'
                    | '年'
                    | '月'
                    | '天'
                    | '日'
                    | '周'
                    | '週'
            ) || scan::is_numeral_char(c)
        }) || after
            .starts_with(['报', '報', '度', '刊', '期', '制', '载', '載', '游', '遊']);
        let unit = m.as_str().trim_start_matches('半');
        let colloquial = matches!(unit, "天" | "日")
            && (before.ends_with(['了', '好', '老'])
                || after.starts_with(['也', '都', '才', '没', '沒']));
        if inside_word || colloquial {
            return Outcome::Skip;
        }
        let Some(u) = self.units.get(unit).copied() else {
            return Outcome::Skip;
        };
        let mut fact = blank_fact(Kind::Duration, None);
        let half = Decimal::new(5, 1);
        fact.value = Some(half);
        fact.unit = Some(unit.to_string());
        if let Some((cv, cu)) = unit::canonical(half, &u) {
            fact.canonical_value = Some(cv);
            fact.canonical_unit = Some(cu.to_string());
        }
        // `近半年`, `约半小时`: a qualifier before the 半; `半小时以上`, one
        // after the unit.
        let mut start = m.start();
        let word = PREFIX_QUALIFIERS
            .iter()
            .filter(|(w, _)| longer_than_one_char(w) || matches!(*w, "近" | "约" | "約" | "逾"))
            .filter(|(w, _)| before.ends_with(w))
            .max_by_key(|(w, _)| w.len());
        // `近半年来` is the last half year, as `近3年来` is the last three.
        let recent =
            |w: &str| matches!(w, "近") && after.chars().take(3).any(|c| matches!(c, '来' | '來'));
        if let Some(&(w, q)) = word.filter(|(w, _)| !recent(w)) {
            set_qualifier(&mut fact, q);
            start -= w.len();
        }
        let end = self.with_suffix(clean, m.end(), &mut fact);
        Outcome::Fact(Candidate { start, end, fact })
    }

    /// Applies a trailing qualifier (`以上`, `左右`) that directly follows a
    /// percentage or fraction, returning the new end of the fact.
    fn with_suffix(&self, clean: &str, end: usize, fact: &mut Fact) -> usize {
        match suffix_at(&clean[end..]) {
            Some((w, q)) if !matches!(w, "余" | "多" | "餘") => {
                set_qualifier(fact, q);
                end + w.len()
            }
            _ => end,
        }
    }

    fn quantity(&self, raw: &str, view: &Cleaned, caps: &Groups<'_>) -> Outcome {
        let clean = view.text.as_str();
        let m = caps.get(0).expect("group 0");
        let n1 = caps.name(G::N1).expect("the quantity branch has a number");
        let mut start = m.start();
        let mut end = m.end();
        let ordinal = caps.name(G::Ord).is_some();
        let bare = is_bare_multiplier(n1.as_str());
        let qualifier = self.prefix_qualifier(clean, caps, bare, &mut start);
        if start != m.start() {
            // The word before the number only looked like a qualifier (上 in
            // 早上, 近 in 最近): search again from the number, where another
            // pattern (`早上6:30`) may read it better.
            return Outcome::Retry(start);
        }
        // `约10时许`, `约10时，`: about ten o'clock, which the clock
        // pattern reads from the hour on, taking the 约 with it.
        if start < n1.start() && clock_hour_after(clean, n1.as_str(), n1.end()) {
            return Outcome::Retry(n1.start());
        }
        // A lone 百, 千 or 万 is a number only with a qualifier: 近万次,
        // 上百户, 百余人.
        let more = caps
            .name(G::Post1)
            .or_else(|| caps.name(G::Post2))
            .is_some_and(|p| matches!(p.as_str(), "余" | "多" | "餘"));
        if bare && ((qualifier == Qualifier::Exact && !more) || ordinal) {
            return Outcome::Retry(n1.end());
        }

        // `1.2×10⁸千瓦时`, `5.6×10^-3摩尔/升`: a power of ten written after
        // a number in digits scales it, and the unit follows the power.
        let mut exponent = 0;
        // Where the number ends for the test of a Latin letter after it:
        // past the power, whose `x` is no letter of a name.
        let mut num_end = n1.end();
        if caps.name(G::Mult).is_none()
            && caps.name(G::N2).is_none()
            && caps.name(G::Pct1).is_none()
            && !ordinal
            && n1.as_str().starts_with(|c: char| c.is_ascii_digit())
        {
            if let Some((len, e)) = power_of_ten(&clean[end..]) {
                exponent = e;
                end += len;
                num_end = end;
            }
        }

        // The unit as written. 千米, 千克 and 千瓦 are units, not 千 × 米:
        // when the number took a multiplier that begins a unit word, give it
        // back to the unit, and take the longest unit that starts there
        // (`486.3亿千瓦时`).
        let mut core = n1.as_str();
        // The unit and the qualifier after it are matched here, by table,
        // rather than in the regex: an alternation of every unit word made
        // the regex's capture search the costliest step of extraction.
        let mut unit_word: Option<&str> = caps
            .name(G::Pct1)
            .filter(|_| caps.name(G::N2).is_none())
            .map(|u| u.as_str());
        // The unit that the table look-up found, kept so that it need not
        // be looked up again by its word.
        let mut found: Option<&Unit> = None;
        if unit_word.is_none() {
            if let Some(u) = self.unit_at(&clean[end..]) {
                found = Some(u);
                unit_word = Some(u.word);
                end += u.word.len();
            } else if let Some(u) = clean[end..].strip_prefix(' ').and_then(|rest| {
                self.unit_at(rest).filter(|u| {
                    u.word.starts_with(|c: char| c.is_ascii_alphabetic())
                        && !rest[u.word.len()..]
                            .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
                })
            }) {
                // A Latin unit after a space (`24 GB`), which the cleaned
                // view keeps between two ASCII words, when no letter
                // continues it (`2025 money` is no 2025 metres).
                found = Some(u);
                unit_word = Some(u.word);
                end += 1 + u.word.len();
            }
        }
        // `翻一番` doubles and `翻两番` quadruples: a factor of 2 to the
        // power of the numeral, a number in 倍 spanning the verb and 番.
        if unit_word.is_none()
            && !ordinal
            && caps.name(G::N2).is_none()
            && caps.name(G::Mult).is_none()
            && start == n1.start()
            && clean[end..].starts_with('番')
        {
            let before = &clean[..start];
            let verb = ["翻了", "翻"].into_iter().find(|w| before.ends_with(w));
            let times = small_number(core).filter(|n| (1..=20).contains(n));
            if let (Some(verb), Some(times)) = (verb, times) {
                let mut fact = blank_fact(Kind::Number, None);
                fact.value = Some(Decimal::from(1u32 << times));
                fact.unit = Some("倍".to_string());
                return Outcome::Fact(Candidate {
                    start: start - verb.len(),
                    end: end + '番'.len_utf8(),
                    fact,
                });
            }
        }
        // `生师比16.3:1`, `三次产业结构为7.1∶38.0∶54.9`: a ratio, whose
        // terms go into `normalized` (`7.1:38.0:54.9`). A ratio to one is
        // also the number before it, with the base as its unit (`:1`); any
        // other ratio has no single value, and is one fact without one,
        // rather than two or three bare numbers that each claim nothing.
        let mut ratio: Option<String> = None;
        if unit_word.is_none()
            && !ordinal
            && caps.name(G::N2).is_none()
            && caps.name(G::Mult).is_none()
            && caps.name(G::Sign).is_none()
            && n1.end() == end
        {
            if let Some((r_end, terms)) = ratio_end(clean, n1.start(), end) {
                let normalized = ratio_form(&clean[n1.start()..r_end]);
                if terms == 2 && normalized.ends_with(":1") {
                    unit_word = Some(&clean[end..r_end]);
                    end = r_end;
                    ratio = Some(normalized);
                } else {
                    let mut fact = blank_fact(Kind::Number, Some(normalized));
                    set_qualifier(&mut fact, qualifier);
                    let end = self.with_suffix(clean, r_end, &mut fact);
                    return Outcome::Fact(Candidate { start, end, fact });
                }
            }
        }
        // `发病率259.7/10万`: a rate per so many people, a number whose unit
        // is the base as written.
        if unit_word.is_none() && !ordinal && caps.name(G::N2).is_none() {
            if let Some(len) = rate_base(clean, end) {
                unit_word = Some(&clean[end..end + len]);
                end += len;
            }
        }
        // `2死5伤` counts deaths and injuries; `拿下52分` is points, where 分
        // alone is otherwise minutes or cents. Both are told by the one
        // character after the number.
        let mut preset_noun: Option<&'static str> = None;
        if unit_word.is_none() && !ordinal && caps.name(G::N2).is_none() {
            if let Some((u, noun)) = casualty_at(clean, n1.start(), end) {
                found = Some(u);
                unit_word = Some(u.word);
                end += u.word.len();
                preset_noun = Some(noun);
            } else if scored(clean, start, end) {
                found = Some(&POINTS);
                unit_word = Some(POINTS.word);
                end += POINTS.word.len();
            } else if interest_li(clean, start, end) {
                found = Some(&INTEREST_LI);
                unit_word = Some(INTEREST_LI.word);
                end += INTEREST_LI.word.len();
            }
        }
        if caps.name(G::Mult).is_none() && caps.name(G::N2).is_none() && longer_than_one_char(core)
        {
            if let Some((at, last)) = core.char_indices().last() {
                let from = n1.start() + at;
                let unit = matches!(last, '千' | '百' | '兆' | '万' | '萬' | '十')
                    .then(|| self.unit_at(&clean[from..]))
                    .flatten();
                if let Some(u) = unit {
                    core = &core[..at];
                    found = Some(u);
                    unit_word = Some(u.word);
                    end = from + u.word.len();
                }
            }
        }
        // `2分30秒`, `2小时08分35秒`: a duration written in several units
        // is one duration, in seconds.
        if matches!(
            unit_word,
            None | Some("小时" | "小時" | "分钟" | "分鐘" | "秒")
        ) && caps.name(G::Mult).is_none()
            && caps.name(G::N2).is_none()
            && caps.name(G::Sign).is_none()
            && !ordinal
        {
            let unit_at = |rest: &str| {
                rest.chars().next().is_some_and(|c| {
                    self.units
                        .starting_with(c)
                        .iter()
                        .any(|u| noun::begins_with(rest, u.word))
                })
            };
            if let Some((len, seconds)) = compound_duration(&clean[n1.start()..], unit_at) {
                let mut fact = blank_fact(Kind::Duration, None);
                fact.value = Some(seconds);
                fact.unit = Some("秒".to_string());
                fact.canonical_value = Some(seconds);
                fact.canonical_unit = Some("s".to_string());
                set_qualifier(&mut fact, qualifier);
                let end = n1.start() + len;
                let end = self.with_suffix(clean, end, &mut fact);
                return Outcome::Fact(Candidate { start, end, fact });
            }
        }
        // `有期徒刑3年6个月`, `三年零六个月`: years and months are one
        // duration, in months.
        if unit_word == Some("年")
            && caps.name(G::Mult).is_none()
            && caps.name(G::N2).is_none()
            && caps.name(G::Sign).is_none()
            && !ordinal
        {
            if let Some((len, months)) = years_and_months(core, &clean[end..]) {
                let mut fact = blank_fact(Kind::Duration, None);
                fact.value = Some(months);
                fact.unit = Some("个月".to_string());
                set_qualifier(&mut fact, qualifier);
                let end = self.with_suffix(clean, end + len, &mut fact);
                return Outcome::Fact(Candidate { start, end, fact });
            }
        }
        // `一年半`, `三天半`: a 半 after a unit of time adds half of it to
        // the number, which `half` carries to where the value is read.
        let mut half = false;
        if let (Some(u), None, None, false) = (
            found.filter(|u| u.kind == Kind::Duration),
            caps.name(G::Mult),
            caps.name(G::N2),
            ordinal,
        ) {
            let len = half_after(u.word, &clean[end..]);
            if len > 0 {
                end += len;
                half = true;
            }
        }
        // `1.5万元/平方米`, `每公斤28.5元`: a rate, whose denominator
        // follows the unit after a slash or stands before the number after
        // 每 (see `Rate`). The slash after the unit is read here, before
        // the qualifier that may follow it (`850元/吨左右`); the span takes
        // the 每 before the number only when the fact is made, since the
        // rules below look at what stands before the number itself.
        let mut rate: Option<Rate> = None;
        // `每10万人口`, `每千人口`: a number after 每 whose unit runs on
        // into a longer denominator (人 into 人口) is the base of a rate,
        // not a quantity the text states; what it is a rate of comes later
        // (`每10万人口拥有床位65张`).
        if unit_word.is_some() && start == n1.start() && clean[..start].ends_with('每') {
            if let Some((len, _, _)) = self.denominator(clean, start) {
                if start + len > end || unit_word == Some("人口") {
                    return Outcome::Retry(start + len);
                }
            }
        }
        // `每10万人中`, `每百户中`: the group that a count after it is taken
        // from (`每10万人中具有大学文化程度的15467人`), no quantity either.
        if unit_word.is_some()
            && start == n1.start()
            && clean[..start].ends_with('每')
            && clean[end..].starts_with('中')
        {
            return Outcome::Retry(end);
        }
        // `1年期贷款市场报价利率`, `7天期逆回购`: the tenor of a loan or a
        // bond names it, and states no length of time (but `3年期满` and
        // `10年期间` do).
        if found.is_some_and(|u| u.kind == Kind::Duration) && is_tenor(&clean[end..]) {
            return Outcome::Retry(end);
        }
        if !ordinal {
            let numerator = found.or_else(|| unit_word.and_then(|w| self.units.get(w)));
            if numerator.is_some_and(takes_denominator) {
                rate = match self.rate_after(clean, end) {
                    Some(after) => {
                        end = after.parts[after.n - 1].1;
                        // `每月1800元/人`: one denominator after the unit and
                        // one before the number make one rate, 元/人·月.
                        let per = (after.n == 1)
                            .then(|| self.rate_before(clean, start, false))
                            .flatten()
                            .filter(|b| b.n == 1 && b.gap == start);
                        Some(per.map_or(after, |b| after.then_per(b)))
                    }
                    None => {
                        let money = numerator.is_some_and(|u| u.kind == Kind::Money);
                        self.rate_before(clean, start, money)
                    }
                };
            } else if numerator.is_none() && unit_word.is_none() {
                // `每10万人口发病率12.3`: a bare number after a scaled
                // denominator is a rate per it, with no unit above the
                // line, as `发病率259.7/10万` is.
                rate = self.rate_before(clean, start, false).filter(|r| r.scaled);
            }
        }
        let post3 = suffix_at(&clean[end..]).or_else(|| {
            // `售价10.98万元起`, `每晚300元起`: a price 起 (from) follows is
            // the least it starts at; 起诉 and 起步 hold a 起 of their own.
            let rest = &clean[end..];
            let from = found.is_some_and(|u| u.kind == Kind::Money)
                && rest.strip_prefix('起').is_some_and(|r| {
                    r.is_empty() || r.starts_with(['，', '。', '；', '、', ',', ')', '）', '售'])
                });
            from.then_some(("起", Qualifier::Over))
        });
        if let Some((w, _)) = post3 {
            end += w.len();
        }
        // A page number glued to a year: `072024年` is page 07 and the year
        // 2024, which the date rules read when searching again from there.
        if unit_word == Some("年") && is_glued_year(core) {
            return Outcome::Retry(n1.start() + core.len() - 4);
        }
        // `1兆5,120億元新臺幣`, `5000元人民币`: the currency may follow the
        // 元 too, and is then the unit as it is before the number.
        let currency_after = matches!(unit_word, Some("元" | "圆" | "圓"))
            .then(|| {
                crate::grammar::CURRENCIES
                    .iter()
                    .copied()
                    .find(|w| clean[end..].starts_with(w))
            })
            .flatten()
            .filter(|_| caps.name(G::Cur).is_none());
        if let Some(w) = currency_after {
            end += w.len();
        }
        let currency = caps.name(G::Cur).map(|c| c.as_str()).or(currency_after);
        let unit_word = match (currency, unit_word) {
            (Some(c), None | Some("元" | "圆" | "圓")) => Some(c),
            (_, Some("％")) => Some("%"),
            (_, w) => w,
        };
        // `3个多小时`, `两个多月`: 多 stands between 个 and the unit of time.
        let mut joined_unit = String::new();
        if matches!(unit_word, Some("个" | "個")) && post3.is_some_and(|(w, _)| w == "多") {
            if let Some(w) = ["小时", "小時", "月", "星期", "钟头", "鐘頭"]
                .iter()
                .find(|w| clean[end..].starts_with(*w))
            {
                joined_unit = format!("{}{w}", unit_word.unwrap_or_default());
                end += w.len();
            }
        }
        let unit_word = if joined_unit.is_empty() {
            unit_word
        } else {
            Some(joined_unit.as_str())
        };
        let unit = match (found, unit_word) {
            (Some(u), Some(w)) if u.word == w => Some(*u),
            _ => unit_word.and_then(|u| self.units.get(u)).copied(),
        };
        // `11.9⏎⏎单位：亿元`: 单位 before a colon declares the unit of a
        // table; it is no classifier of the number before it.
        // The number is bare, and may be a row's in a table above.
        let unit_label =
            matches!(unit_word, Some("单位" | "單位")) && clean[end..].starts_with(['：', ':']);
        let arabic = core.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
        let has_chinese_digits = core.chars().any(|c| {
            !c.is_ascii_digit() && !('０'..='９').contains(&c) && !matches!(c, '.' | '．' | ',')
        });

        // Filters: numerals that are no quantity.
        // Every lexicon word holds a Chinese numeral, so a number that
        // starts with an Arabic digit, with nothing before it, is in none;
        // the few names with Arabic digits have a table of their own.
        if ((!arabic || start != n1.start()) && self.in_lexicon(clean, start, end))
            || (arabic && in_numbered_name(clean, n1.start()))
            || (arabic && in_event_format(clean, n1.start(), n1.end()))
        {
            return Outcome::Retry(n1.end());
        }
        // `增长5.2%注1`, `注2：`: a small bare number right after 注 is the
        // marker of a note below the text, no quantity.
        if unit.is_none()
            && arabic
            && start == n1.start()
            && core.len() <= 2
            && caps.name(G::Mult).is_none()
            && caps.name(G::N2).is_none()
            && clean[..start].ends_with(['注', '註'])
        {
            return Outcome::Retry(n1.end());
        }
        // `展览为期一个月`: a 一 that a verb of lasting puts before a unit
        // of time is a length, no article.
        let lasting = || {
            unit.is_some_and(|u| u.kind == Kind::Duration)
                && lasting_one(&clean[..n1.start()], &clean[n1.end()..])
        };
        if is_lone_yi(core)
            && !ordinal
            && !matches!(
                unit_word,
                Some("成" | "倍" | "季度" | "死" | "伤" | "傷" | "半")
            )
            && !adds_to_one(&clean[n1.end()..])
            && !lasting()
        {
            return Outcome::Retry(n1.end());
        }
        // A financial numeral alone (陆 in 大陆, 拾 in 拾起, the surname
        // 伍) counts only as an amount of money.
        // `core` is one character, so a match on it does what a search for
        // it in the list of those numerals did, without a searcher.
        if is_one_char(core)
            && matches!(
                core,
                "壹" | "贰"
                    | "貳"
                    | "叁"
                    | "參"
                    | "肆"
                    | "伍"
                    | "陆"
                    | "陸"
                    | "柒"
                    | "捌"
                    | "玖"
                    | "拾"
                    | "佰"
                    | "仟"
            )
            && unit.is_none_or(|u| u.kind != Kind::Money)
        {
            return Outcome::Retry(n1.end());
        }
        // `5.1级地震`, `阵风12级`: a magnitude or a wind force, a measure
        // of what follows or precedes it; other grades (`四级手术`, `三级
        // 医院`) stay counts, and with Chinese numerals no facts.
        let mut scale_event = None;
        let mut scale = false;
        if matches!(unit_word, Some("级" | "級")) && !ordinal {
            let after = &clean[end..];
            scale_event = SCALE_EVENTS
                .iter()
                .filter(|w| after.starts_with(*w))
                .max_by_key(|w| w.len());
            scale = scale_event.is_some()
                || SCALE_CONTEXTS.iter().any(|w| clean[..start].ends_with(w))
                || (arabic && core.contains(['.', '．']));
        }
        let number_start = caps.name(G::Sign).map_or(n1.start(), |s| s.start());
        // `90后志愿者`, `00后`: two digits before 后 name a generation,
        // people born in a decade, and count nothing.
        let generation = crate::noun::generation_len(&clean[n1.start()..])
            .is_some_and(|k| k == n1.end() - n1.start() + '后'.len_utf8());
        if in_short_quote(clean, n1.start(), n1.end())
            || generation
            || in_book_title(clean, n1.start(), n1.end())
            || (clean[..start].ends_with("最后") && core.starts_with('一'))
            || (letter_adjacent(
                clean,
                number_start,
                latin_unit_end(clean, unit_word, num_end, end),
            ) && !is_diastolic(clean, number_start, unit_word))
            || dialled(clean, start)
            || is_hotline(clean, n1.start(), n1.end())
            || in_address(clean, n1.start())
            || in_index_name(clean, start, n1.end())
            || (ordinal && is_heading_or_name(clean, start, n1.end(), end, unit_word))
            || (has_chinese_digits
                && !ordinal
                && !scale
                && matches!(unit_word, Some("级" | "級" | "等" | "类" | "類" | "甲")))
            || (!ordinal
                && unit.is_some_and(|u| u.kind == Kind::Count)
                && unit_word.is_some_and(|w| is_second_of_series(core, w)))
        {
            return Outcome::Skip;
        }

        // `攝氏12.3度`, `摄氏零下10度`: 摄氏 before the number makes 度 a
        // temperature; the fact spans it, and its unit is the whole word.
        let (unit_word, unit) = match unit_word {
            Some("度") if !ordinal => match ["摄氏", "攝氏"]
                .iter()
                .find(|w| clean[..start].ends_with(*w))
            {
                Some(w) => {
                    start -= w.len();
                    let word = if *w == "摄氏" {
                        "摄氏度"
                    } else {
                        "攝氏度"
                    };
                    (Some(word), self.units.get(word).copied())
                }
                None => (unit_word, unit),
            },
            _ => (unit_word, unit),
        };
        let mut fact = blank_fact(Kind::Number, None);
        fact.qualifier = qualifier;
        fact.unit = match (&rate, unit_word) {
            (Some(r), Some(w)) => Some(r.unit(clean, w)),
            (Some(r), None) => Some(r.unit(clean, "")),
            _ => unit_word.map(str::to_string),
        };
        fact.noun = preset_noun.map(str::to_string);

        // The value: a vague numeral gives bounds, a plain one a value.
        let mut multiplier = Decimal::ONE;
        if let Some(mult) = caps.name(G::Mult) {
            match multiplier_value(mult.as_str()) {
                Some(v) => multiplier = v,
                None => return Outcome::Skip,
            }
        }
        if exponent != 0 {
            match power_of_ten_value(exponent) {
                Some(v) => multiplier = v,
                None => return Outcome::Skip,
            }
        }
        let negative = caps
            .name(G::Sign)
            .is_some_and(|s| matches!(s.as_str(), "负" | "負" | "零下" | "-" | "－" | "−"));
        let sign = |v: Decimal| if negative { -v } else { v };
        // Every vague numeral holds a Chinese character (几, 数, 来 or two
        // Chinese digits): a core in digits, the commonest, is none, and
        // is not searched for them.
        let vague = if bare || core.is_ascii() {
            None
        } else if core.contains(['數', '幾']) {
            // The vague numerals of Traditional text: 數十, 十幾.
            parse_vague(&core.replace('數', "数").replace('幾', "几"))
        } else {
            parse_vague(core)
        };
        let value = if bare {
            multiplier_value(core)
        } else if vague.is_some() {
            None
        } else {
            value_of(core)
        };
        if vague.is_none() && value.is_none() {
            // A numeral run that does not parse may still hold a number
            // further on (`伍3名` is a name and three people): search again
            // from its second character, unless the run is long, which would
            // make the search quadratic.
            let retry = if core.len() <= 48 {
                next_char(clean, n1.start())
            } else {
                n1.end()
            };
            // Never inside a run of digits, though: the tail of a number
            // too large or too precise for a decimal is not a number the
            // text states (`…567890亿亿元` is not 901234567890亿亿元).
            return Outcome::Retry(past_digit_run(clean, retry));
        }
        if let Some((lo, hi)) = vague {
            let (Some(lo), Some(hi)) = (lo.checked_mul(multiplier), hi.checked_mul(multiplier))
            else {
                return Outcome::Skip;
            };
            fact.qualifier = Qualifier::Range;
            fact.low = Some(sign(lo).normalize());
            fact.high = Some(sign(hi).normalize());
        } else if let Some(v) = value {
            // Most numbers have no multiplier and no sign, and their value
            // is already in its shortest form (a negated zero is not: it
            // becomes 0).
            if multiplier == Decimal::ONE && !negative {
                fact.value = Some(v);
            } else {
                let Some(v) = v.checked_mul(multiplier) else {
                    return Outcome::Skip;
                };
                fact.value = Some(sign(v).normalize());
            }
        }

        // A second number makes a range.
        if let Some(n2) = caps.name(G::N2) {
            let Some(v2) = value_of(n2.as_str()).and_then(|v| v.checked_mul(multiplier)) else {
                return Outcome::Skip;
            };
            let v2 = if caps.name(G::Sign2).is_some() {
                -v2
            } else {
                v2
            };
            let Some(mut v1) = fact.value.take() else {
                return Outcome::Skip;
            };
            // `3-5万人` is 30000 to 50000: a multiplier written only after
            // the second number applies to both, when that keeps the range
            // rising (`5000-1万` is 5000 to 10000).
            let n2_mult: &str = n2.as_str().trim_start_matches(|c: char| {
                !matches!(c, '万' | '萬' | '亿' | '億' | '千' | '百')
            });
            let n1_bare = !core.contains(['万', '萬', '亿', '億', '千', '百']);
            if n1_bare && !n2_mult.is_empty() && n2_mult.chars().all(|c| "万萬亿億千百".contains(c))
            {
                if let Some(scaled) =
                    value_of(&format!("1{n2_mult}")).and_then(|m| v1.checked_mul(m))
                {
                    if scaled <= v2 {
                        v1 = scaled.normalize();
                    }
                }
            }
            // A financial year writes only the last two digits of its
            // second year (`2024-25年度`): that is the year after the first.
            let v2 = if matches!(unit_word, Some("年" | "年度"))
                && is_year(v1)
                && v2 < Decimal::ONE_HUNDRED
                && (v1 + Decimal::ONE) % Decimal::ONE_HUNDRED == v2
            {
                v1 + Decimal::ONE
            } else {
                v2
            };
            // A number alone on its line of PDF text is a page number run
            // into the sentence (`— 12 —⏎1.2亿元`), not the start of a range.
            let page = arabic && is_page_number(raw, view.original_at(n1.start()));
            if v1 > v2 || page {
                // Ranges rise (`5-7 天`); a falling one is two numbers that
                // met, such as a page number of PDF text run into the
                // sentence (`— 12 —1.2亿元`): read again from the second.
                let second = caps.name(G::Sign2).map_or(n2.start(), |s| s.start());
                return Outcome::Retry(second);
            }
            fact.qualifier = Qualifier::Range;
            fact.low = Some(v1);
            fact.high = Some(v2.normalize());
        }

        if half {
            let Some(v) = fact.value.and_then(|v| v.checked_add(Decimal::new(5, 1))) else {
                return Outcome::Skip;
            };
            fact.value = Some(v);
        }

        // Trailing qualifiers: 余 and 多 right after the number or its
        // multiplier, and 以上, 左右 and the like after the unit.
        let post = post3.map(|(w, _)| w).or_else(|| {
            caps.name(G::Post2)
                .or_else(|| caps.name(G::Post1))
                .map(|p| p.as_str())
        });
        if let Some(p) = post {
            if p == "来" {
                set_qualifier(&mut fact, Qualifier::About);
            } else if p == "起" {
                set_qualifier(&mut fact, Qualifier::Over);
            } else if let Some((_, q)) = SUFFIX_QUALIFIERS.iter().find(|(w, _)| *w == p) {
                set_qualifier(&mut fact, *q);
            }
        }
        let q = fact.qualifier;
        set_qualifier(&mut fact, q);

        // The kind, from the unit.
        fact.kind = match (&unit, ordinal) {
            (_, true) => Kind::Ordinal,
            (Some(u), false) => u.kind,
            (None, false) => {
                if caps.name(G::Mult).is_some() || core.contains(['万', '萬', '亿', '億']) {
                    Kind::Count
                } else if arabic && caps.name(G::N2).is_none() {
                    Kind::Number
                } else {
                    // A Chinese numeral with no unit, or a bare range, is
                    // rarely a claim (十强, 五一, 0731-8456): leave it.
                    return Outcome::Skip;
                }
            }
        };
        if matches!(unit_word, Some("点" | "點"))
            && fact.kind == Kind::Count
            && index_points(clean, start, end, &fact)
        {
            fact.kind = Kind::Number;
        }
        if scale {
            fact.kind = Kind::Measure;
            fact.noun = scale_event.map(|w| w.to_string());
        }
        if let (Some(u), false) = (&unit, ordinal) {
            if !self.adjust_for_unit(clean, u, &mut fact, &mut end) {
                // A number too large to scale exactly is not reported.
                return Outcome::Skip;
            }
        }
        // `记者24日获悉`: a day of the month, not a duration, unless the text
        // makes it one (`3日内`, `连续5日`), as a penalty or a quarantine
        // does, which lasts so many days (`行政拘留15日`, `处以3日拘留`,
        // `隔离14日`).
        if fact.kind == Kind::Duration
            && unit_word == Some("日")
            && rate.is_none()
            && fact.qualifier == Qualifier::Exact
            && !has_chinese_digits
        {
            let day = fact
                .value
                .filter(|v| v.fract().is_zero() && *v >= Decimal::ONE && *v <= Decimal::from(31));
            let after = &clean[end..];
            let before = &clean[..start];
            let lasting = [
                "内",
                "以内",
                "之内",
                "以上",
                "左右",
                "来",
                "後",
                "后",
                "起",
                "拘留",
                "拘役",
                "行政拘留",
                "隔离",
                "隔離",
            ]
            .iter()
            .any(|w| after.starts_with(w))
                || [
                    "连续", "連續", "每", "近", "前", "后", "後", "约", "約", "共", "历时", "歷時",
                    "用时", "拘留", "拘役", "隔离", "隔離", "停业", "停業", "停产", "停產",
                ]
                .iter()
                .any(|w| before.ends_with(w));
            if let (Some(day), false) = (day, lasting) {
                return Outcome::Fact(Candidate {
                    start,
                    end,
                    fact: blank_fact(Kind::Date, Some(format!("---{day:0>2}"))),
                });
            }
        }
        // `三季度`, `前三季度`, `1—3季度`: a quarter of the year, the first
        // quarters or a run of them, not so many quarters of time, which
        // are written with 个 (`三个季度`) or after 连续 or 近.
        // Hong Kong and Taiwan drop the 度 (`首三季`, `前三季`), which only
        // after 前 or 首 is safe to read so.
        if !ordinal && matches!(unit_word, Some("季度" | "季")) && rate.is_none() {
            let before = &clean[..start];
            let bare = unit_word == Some("季");
            let is_quarter = |v: Option<Decimal>| {
                v.is_some_and(|v| v.fract().is_zero() && v >= Decimal::ONE && v <= Decimal::from(4))
            };
            let lasting = ["连续", "連續", "共", "历时", "歷時", "每", "最近"]
                .iter()
                .any(|w| before.ends_with(w));
            let first = before.ends_with(['前', '首']) && is_quarter(fact.value);
            let run = !bare && is_quarter(fact.low) && is_quarter(fact.high);
            let one = !bare && fact.qualifier == Qualifier::Exact && is_quarter(fact.value);
            if !lasting && (first || run || one) {
                let mut date = blank_fact(Kind::Date, None);
                if first {
                    // 前 and 首 are both three bytes.
                    start -= '前'.len_utf8();
                }
                if first || run {
                    date.qualifier = Qualifier::Range;
                }
                return Outcome::Fact(Candidate {
                    start,
                    end,
                    fact: date,
                });
            }
        }
        // `第3季`, `第三季度` without a year: a quarter, which has no ISO form
        // of its own.
        // The table reads 季度 as a unit of time, which after 第 names the
        // quarter too.
        let quarter = ordinal && matches!(unit_word, Some("季度" | "季"));
        if quarter || (ordinal && unit.is_none() && clean[end..].starts_with('季')) {
            if !quarter {
                end += '季'.len_utf8();
                if clean[end..].starts_with('度') {
                    end += '度'.len_utf8();
                }
            }
            return Outcome::Fact(Candidate {
                start,
                end,
                fact: blank_fact(Kind::Date, None),
            });
        }
        // `5个小时`: the unit of a duration is 小时; 个 only links it. But
        // 个月 stays whole, since 月 alone reads as a month of the year.
        if fact.kind == Kind::Duration {
            if let Some(u) = fact.unit.as_mut() {
                for link in ["个", "個"] {
                    let numerator = u.split('/').next().unwrap_or_default();
                    if numerator.len() > link.len()
                        && u.starts_with(link)
                        && !numerator.ends_with('月')
                    {
                        u.replace_range(..link.len(), "");
                    }
                }
            }
        }
        // `（单位：万吨）⏎粮食总产 63.5 62.1`: a bare number in a row of a
        // table whose header gives the unit is in that unit.
        if unit_label {
            end = n1.end();
            fact.unit = None;
            fact.canonical_value = None;
            fact.canonical_unit = None;
        }
        let headed = ((fact.kind == Kind::Number || unit_label)
            && fact.unit.is_none()
            && arabic
            && start == n1.start()
            && end == n1.end()
            && caps.name(G::N2).is_none())
        .then(|| {
            let (a, b) = view.original(start, end);
            self.header_unit(raw, a, b)
        })
        .flatten();
        if let Some((u, scale, label)) = headed {
            if is_page_number(raw, view.original_at(start))
                || !scale_fact(&mut fact, |v| v.checked_mul(scale))
            {
                return Outcome::Skip;
            }
            fact.kind = u.kind;
            fact.unit = Some(u.word.to_string());
            if let Some((cv, cu)) = fact.value.and_then(|v| unit::canonical(v, &u)) {
                fact.canonical_value = Some(cv);
                fact.canonical_unit = Some(cu.to_string());
            }
            fact.noun = label;
            return Outcome::Fact(Candidate { start, end, fact });
        }
        if unit_label {
            return Outcome::Skip;
        }
        if fact.kind == Kind::Number && fact.unit.is_none() {
            if is_list_marker(raw, view, clean, start, n1.end())
                || is_page_number(raw, view.original_at(start))
                || is_phone_number(clean, start, n1.end(), core)
                || in_hyphenated_code(clean, n1.start(), n1.end())
                || in_digit_group(clean, start, n1.end())
                || in_score(clean, start, n1.end())
                || is_label(clean, start)
                // `世界500强企业`, `全国10强`: the name of a ranking list
                // (not `規模7.2強震`, a strong earthquake).
                || ranking_list(clean, n1.start(), n1.end())
                // `618期间`, `2020期间`: a bare number before 期间
                // (during) names the period; it counts nothing.
                || clean[end..].starts_with("期间")
                || clean[end..].starts_with("期間")
            {
                return Outcome::Skip;
            }
            if has_chinese_digits && !core.contains(['万', '萬', '亿', '億', '百', '千']) {
                return Outcome::Skip;
            }
        }
        // `90年代`, `上世纪80年代`, `1990年代`: a decade, an ISO 8601 date of
        // three digits (`199`), not so many years.
        if fact.kind == Kind::Duration
            && fact.unit.as_deref() == Some("年")
            && clean[end..].starts_with('代')
            && caps.name(G::N2).is_none()
            && caps.name(G::Mult).is_none()
        {
            if let Some(decade) = fact.value.and_then(|v| decade(&clean[..start], v)) {
                let date = blank_fact(Kind::Date, Some(decade));
                return Outcome::Fact(Candidate {
                    start,
                    end: end + '代'.len_utf8(),
                    fact: date,
                });
            }
        }
        // `公元前221年`: a year before the common era, not so many years;
        // `20世纪`, `公元前5世纪`: a century, not so many centuries (those
        // are written `5个世纪`).
        if fact.kind == Kind::Duration
            && matches!(unit_word, Some("年" | "世纪" | "世紀"))
            && start == n1.start()
            && fact.qualifier == Qualifier::Exact
            && !ordinal
            && caps.name(G::N2).is_none()
            && caps.name(G::Mult).is_none()
            && caps.name(G::Sign).is_none()
        {
            let v = fact
                .value
                .filter(|v| v.fract().is_zero())
                .and_then(|v| u32::try_from(v.mantissa()).ok())
                .filter(|v| *v >= 1);
            let era = before_common_era(clean, start);
            if let Some(v) = v {
                let century = unit_word != Some("年");
                if century && v <= 30 {
                    // The Nth century is ISO 8601's century N-1 (`19` for
                    // 1900-1999, as `decade` has it); a century before the
                    // common era has no such form.
                    let normalized = era.is_none().then(|| format!("{:02}", v - 1));
                    let (start, qualifier) = era.unwrap_or((start, Qualifier::Exact));
                    let mut date = blank_fact(Kind::Date, normalized);
                    set_qualifier(&mut date, qualifier);
                    return Outcome::Fact(Candidate {
                        start,
                        end,
                        fact: date,
                    });
                }
                if let (false, Some((start, qualifier))) = (century, era) {
                    let mut date = blank_fact(Kind::Date, Some(bc_year(v)));
                    set_qualifier(&mut date, qualifier);
                    return Outcome::Fact(Candidate {
                        start,
                        end,
                        fact: date,
                    });
                }
            }
        }
        // `預測113年`, `自112年至113年`, `112-113年`: 民國 years written
        // without 民國, in Taiwanese text (see `roc_years`).
        if fact.kind == Kind::Duration
            && fact.unit.as_deref() == Some("年")
            && start == n1.start()
            && !ordinal
            && caps.name(G::Mult).is_none()
            && caps.name(G::Sign).is_none()
        {
            let n2 = caps.name(G::N2).map(|n| n.as_str());
            if let Some(normalized) = roc_years(clean, start, end, n1.as_str(), n2) {
                let mut date = blank_fact(Kind::Date, Some(normalized));
                if n2.is_some() {
                    date.qualifier = Qualifier::Range;
                }
                return Outcome::Fact(Candidate {
                    start,
                    end,
                    fact: date,
                });
            }
        }
        // `112學年度`, `2023学年`: a school year runs from one autumn into
        // the next year, and a number that names one (a 民國 year of two or
        // three digits in Taiwan, or a year of the common era) is the date
        // of those two years, not so many years of school (`学制3学年`).
        if fact.kind == Kind::Duration
            && matches!(fact.unit.as_deref(), Some("学年" | "學年"))
            && start == n1.start()
            && !ordinal
            && caps.name(G::Mult).is_none()
            && caps.name(G::N2).is_none()
            && caps.name(G::Sign).is_none()
            && n1.as_str().bytes().all(|b| b.is_ascii_digit())
        {
            let year = small_number(n1.as_str()).and_then(|v| match n1.as_str().len() {
                2 | 3 if (40..=200).contains(&v) => Some(v + 1911),
                4 if (1900..=2100).contains(&v) => Some(v),
                _ => None,
            });
            if let Some(y) = year {
                let date = blank_fact(Kind::Date, Some(format!("{y}/{}", y + 1)));
                let end = end
                    + if clean[end..].starts_with('度') {
                        '度'.len_utf8()
                    } else {
                        0
                    };
                return Outcome::Fact(Candidate {
                    start,
                    end,
                    fact: date,
                });
            }
        }
        // Years written as a range of durations: 2021-2023年, and the
        // financial years of Hong Kong and Macau (`2024-2025年度`,
        // `2024-25年度`, whose second year the range above completed).
        if fact.kind == Kind::Duration && matches!(fact.unit.as_deref(), Some("年" | "年度")) {
            if let (Some(lo), Some(hi)) = (fact.low, fact.high) {
                if is_year(lo) && is_year(hi) {
                    let mut date = blank_fact(Kind::Date, Some(format!("{lo}/{hi}")));
                    date.qualifier = Qualifier::Range;
                    return Outcome::Fact(Candidate {
                        start,
                        end,
                        fact: date,
                    });
                }
            }
        }
        // `两千零二十四年的春天`: a year written with its places (千, 百,
        // 十) rather than digit by digit (二〇二四年) is still a year, since
        // no one counts years to the unit in the thousands; a round hundred
        // (`两千年的历史`, `一千五百年`) is as often a span and stays one, as
        // does a span back from now (`一千二百三十年前`).
        if fact.kind == Kind::Duration
            && fact.unit.as_deref() == Some("年")
            && fact.qualifier == Qualifier::Exact
            && rate.is_none()
            && core.contains(['千', '仟'])
            && !clean[end..].starts_with(['前', '来', '來', '间', '間', '后', '後'])
        {
            if let Some(v) = fact
                .value
                .filter(|&v| is_year(v) && !(v % Decimal::ONE_HUNDRED).is_zero())
            {
                let date = blank_fact(Kind::Date, Some(v.to_string()));
                return Outcome::Fact(Candidate {
                    start,
                    end,
                    fact: date,
                });
            }
        }
        if let (Some(u), Some(v)) = (&unit, fact.value) {
            // A rate written as a unit of the tables (`每小时45公里` is in
            // 公里/小时) converts as that unit does.
            let listed = rate
                .and(fact.unit.as_deref())
                .and_then(|w| self.units.get(w));
            if let Some(listed) = listed {
                if let Some((cv, cu)) = unit::canonical(v, listed) {
                    fact.canonical_value = Some(cv);
                    fact.canonical_unit = Some(cu.to_string());
                }
            } else if let Some(r) = &rate {
                if !r.scaled {
                    if let Some((cv, cu)) = unit::canonical_rate(v, u, &r.units[..r.n]) {
                        fact.canonical_value = Some(cv);
                        fact.canonical_unit = Some(cu);
                    }
                }
            } else if fact.kind != Kind::Ordinal {
                if let Some((cv, cu)) = unit::canonical(v, u) {
                    fact.canonical_value = Some(cv);
                    fact.canonical_unit = Some(cu.to_string());
                }
            }
        }
        if let Some(r) = rate.filter(|r| r.before) {
            // `每千人口执业医师3.21人`: the words between the denominator and
            // the number name what the rate counts.
            if r.gap < start && r.scaled {
                fact.noun = noun::find(clean, r.gap, start, end, fact.kind);
            }
            start = r.start;
        }
        // `HK$200`, `NT$1,000`, `$5000万`, `￥299元`, `€50`: a currency sign
        // right before the number makes it an amount of that currency.
        if start == number_start && rate.is_none() {
            if let Some((sign, code)) = currency_sign(&clean[..start]) {
                let bare = fact.unit.is_none()
                    && matches!(fact.kind, Kind::Number | Kind::Count)
                    && fact.value.is_some();
                let yuan = fact.kind == Kind::Money
                    && fact.canonical_unit.as_deref() == Some(code)
                    && matches!(fact.unit.as_deref(), Some("元" | "圆" | "圓"));
                if bare {
                    fact.kind = Kind::Money;
                    fact.unit = Some(sign.to_string());
                    fact.canonical_value = fact.value;
                    fact.canonical_unit = Some(code.to_string());
                }
                if bare || yuan {
                    start -= sign.len();
                    // `约$500`: a qualifier before the sign, the longest
                    // that ends there (this path is rare, so the table is
                    // read through).
                    let word = PREFIX_QUALIFIERS
                        .iter()
                        .filter(|(w, _)| clean[..start].ends_with(w))
                        .max_by_key(|(w, _)| w.len());
                    if let (Some(&(w, q)), Qualifier::Exact) = (word, fact.qualifier) {
                        set_qualifier(&mut fact, q);
                        start -= w.len();
                    }
                }
            }
        }
        if ratio.is_some() {
            fact.normalized = ratio;
        }
        Outcome::Fact(Candidate { start, end, fact })
    }

    /// The qualifier that a word before the number gives it, moving `start`
    /// past a word that only looks like a qualifier (最近 is "recent", not
    /// "nearly"; 近3年来 is "the last three years" and 近7天内 "within the
    /// last seven days"). A qualifier separated
    /// from the number by a copula (`几乎为 100%`) counts too, though it
    /// stays outside the span.
    fn prefix_qualifier(
        &self,
        clean: &str,
        caps: &Groups<'_>,
        bare: bool,
        start: &mut usize,
    ) -> Qualifier {
        let m = caps.get(0).expect("group 0");
        let Some(pre) = caps
            .name(G::Pre)
            .or_else(|| caps.name(G::Ppre))
            .or_else(|| caps.name(G::Fpre))
        else {
            return qualifier_before(clean, m.start());
        };
        let word = pre.as_str();
        let before = &clean[..pre.start()];
        let after = &clean[m.end()..];
        let is_word = match word {
            "近" => {
                [
                    "最", "附", "靠", "临", "臨", "就", "亲", "親", "将", "將", "接", "邻", "鄰",
                ]
                .iter()
                .any(|p| before.ends_with(p))
                    // `近3年来`: 来 follows the unit, which the regex
                    // leaves out of the match.
                    || after.chars().take(3).any(|c| matches!(c, '来' | '來'))
                    // `近7天内` is within the last seven days, as a
                    // bulletin counts new cases: 内 right after a unit of
                    // time (`近10年，国内` keeps its "nearly").
                    || within_recent(after)
            }
            "上" | "成" => !bare,
            "超" => before.ends_with('赶'),
            // 签约, 续约 (a contract), 节约: 约 ends another word there
            // (see `noun::yue_ends_word`).
            "约" | "約" => noun::yue_ends_word(before),
            "破" => ["打", "突", "爆", "攻", "冲", "衝"]
                .iter()
                .any(|p| before.ends_with(p)),
            _ => false,
        };
        if is_word {
            *start = pre.end();
            return Qualifier::Exact;
        }
        // The words of the table are short, and many have as many bytes as
        // `word`: compared from their last byte, most differ at once, where
        // comparing them whole called `memcmp` for each.
        PREFIX_QUALIFIERS
            .iter()
            .find(|(w, _)| w.len() == word.len() && noun::begins_with(word, w))
            .map_or(Qualifier::Exact, |(_, q)| *q)
    }

    /// The longest unit word that `rest` starts with, unless it is rather
    /// the first character of a word (see `begins_word_after`).
    fn unit_at(&self, rest: &str) -> Option<&Unit> {
        let first = rest.chars().next()?;
        // The units under `first` share it with `rest`: compared from their
        // last byte (see `noun::begins_with`), most differ at once, where
        // `starts_with` called `memcmp` for each of them.
        self.units.starting_with(first).iter().find(|u| {
            noun::begins_with(rest, u.word) && !begins_word_after(u.word, &rest[u.word.len()..])
        })
    }

    /// Unit-specific values: 成 and 折 are tenths, and `七成五` continues
    /// after the unit. `false` when a value is too large to scale.
    fn adjust_for_unit(&self, clean: &str, u: &Unit, fact: &mut Fact, end: &mut usize) -> bool {
        let ten = Decimal::TEN;
        match u.word {
            "成" => {
                let mut extra = Decimal::ZERO;
                let rest = &clean[*end..];
                if let Some(c) = rest.chars().next() {
                    if c == '半' {
                        extra = Decimal::new(5, 0);
                        *end += c.len_utf8();
                    } else if let Some(d) = cn_digit(c) {
                        extra = Decimal::from(d);
                        *end += c.len_utf8();
                    }
                }
                fact.unit = Some("%".to_string());
                scale_fact(fact, |v| v.checked_mul(ten)?.checked_add(extra))
            }
            "厘" => {
                fact.unit = Some("%".to_string());
                true
            }
            // `一半`, `超过一半`: a half, the fraction 0.5. Only one half is
            // a share; `分成两半` counts pieces.
            "半" => {
                fact.unit = None;
                // `一半天`, `一半晌` (a while) are no share.
                let time = clean[*end..].starts_with(['天', '晌', '日', '夜']);
                fact.value == Some(Decimal::ONE)
                    && !time
                    && scale_fact(fact, |v| v.checked_mul(Decimal::new(5, 1)))
            }
            "折" => {
                fact.unit = Some("%".to_string());
                scale_fact(fact, |v| if v < ten { v.checked_mul(ten) } else { Some(v) })
            }
            // `1个半小时` is an hour and a half, `两个半月` two months and a
            // half: the half goes into the value, and the unit is the hour
            // or the month (个 is dropped with the others).
            "个半小时" | "個半小時" | "个半月" | "個半月" | "个半星期" | "個半星期" =>
            {
                fact.unit = Some(u.word.replacen('半', "", 1));
                scale_fact(fact, |v| v.checked_add(Decimal::new(5, 1)))
            }
            _ => true,
        }
    }

    /// The unit that the header of a table gives a bare number in one of
    /// its rows, at `a..b` of `raw`: the number stands in a line of a label
    /// and bare numbers only (`粮食总产 63.5 62.1`), and the lines above it,
    /// up to one that declares the unit (`（单位：万吨）`, `金额单位：万元`),
    /// are all such rows. A blank line or any other line (a heading, a
    /// sentence) ends the table first, and the number keeps no unit. The
    /// unit comes with the scale of its multiplier (万吨 is 10000 吨, as
    /// `63.5万吨` would be) and the label of the row, the noun.
    fn header_unit(
        &self,
        raw: &str,
        a: usize,
        b: usize,
    ) -> Option<(Unit, Decimal, Option<String>)> {
        // A header lies at most this many bytes above the number.
        const REACH: usize = 4096;
        // A row is short: only this many bytes either side of the number
        // are searched for its line's ends, so that a long line of bare
        // numbers is not read again for each of them.
        const ROW: usize = 256;
        let bytes = raw.as_bytes();
        let lo = a.saturating_sub(ROW);
        let line_start = match memchr::memrchr(b'\n', &bytes[lo..a]) {
            Some(i) => lo + i + 1,
            None if lo == 0 => 0,
            None => return None,
        };
        let hi = (b + ROW).min(raw.len());
        let line_end = match memchr::memchr(b'\n', &bytes[b..hi]) {
            Some(i) => b + i,
            None if hi == raw.len() => hi,
            None => return None,
        };
        // Most numbers stand in no table: the text of their own line tells
        // before any line above is read.
        let row = scan::trim_noise(&raw[line_start..line_end]);
        let label = table_row(row)?;
        // A row of years heads the columns (`项目 2023 2024`): they are no
        // amounts in the unit.
        let year = |w: &str| {
            w.len() == 4
                && (w.starts_with("19") || w.starts_with("20"))
                && w.bytes().all(|b| b.is_ascii_digit())
        };
        if row[label.map_or(0, str::len)..]
            .split([' ', '\u{3000}', '\t'])
            .filter(|w| !w.trim().is_empty())
            .all(|w| year(w.trim()))
        {
            return None;
        }
        let floor = line_start.saturating_sub(REACH);
        let mut end = line_start;
        while end > floor {
            let line_end = end - 1;
            let from = match memchr::memrchr(b'\n', &bytes[floor..line_end]) {
                Some(i) => floor + i + 1,
                None if floor == 0 => 0,
                None => return None,
            };
            let line = raw[from..line_end].trim_end_matches('\r');
            if let Some(k) = line.find("单位").or_else(|| line.find("單位")) {
                let rest = line[k + "单位".len()..].strip_prefix(['：', ':'])?;
                let rest = rest.trim_start_matches([' ', '\u{3000}']);
                let word_end = rest
                    .find(|c: char| !noun::is_cjk(c) && c != '%')
                    .unwrap_or(rest.len());
                let word = &rest[..word_end];
                // A unit of its own (千米, 千克, 千瓦) before a multiplier
                // and a unit (万吨, 亿元, 千元).
                let (scale, u) = match self.units.get(word) {
                    Some(u) => (Decimal::ONE, *u),
                    None => {
                        let scale = match word.chars().next()? {
                            '万' | '萬' => Decimal::from(10_000),
                            '亿' | '億' => Decimal::from(100_000_000),
                            '千' => Decimal::from(1_000),
                            '百' => Decimal::from(100),
                            _ => return None,
                        };
                        (scale, *self.units.get(&word[3..])?)
                    }
                };
                return (u.kind != Kind::Date && u.kind != Kind::Time).then_some((
                    u,
                    scale,
                    label.map(str::to_string),
                ));
            }
            table_row(line)?;
            end = from;
        }
        None
    }

    /// Whether a lexicon word (一线, 千方百计, 第一书记) covers the start of
    /// the match.
    fn in_lexicon(&self, clean: &str, start: usize, end: usize) -> bool {
        // A word covering `start` holds the character there.
        let Some(at) = clean[start..].chars().next() else {
            return false;
        };
        if !self.lexicon_chars.contains(at) {
            return false;
        }
        // Every lexicon word has two characters or more, so one that covers
        // `start` also holds the character before it or the one after it,
        // right beside the one there. Most numbers stand beside no such
        // character, and this test, which costs two decodings and two bit
        // tests, spares them the search below, which costs about six
        // hundred instructions.
        let prev = clean[..start].chars().next_back();
        let next = clean[start + at.len_utf8()..].chars().next();
        if !prev.is_some_and(|p| self.lexicon_pairs.may_hold(p, at))
            && !next.is_some_and(|n| self.lexicon_pairs.may_hold(at, n))
        {
            return false;
        }
        self.lexicon_covers(clean, start, end)
    }

    /// Whether a lexicon word covers the start of the match, as found by
    /// searching the lexicon around it.
    fn lexicon_covers(&self, clean: &str, start: usize, end: usize) -> bool {
        let lo = back_chars(clean, start, 6);
        // A word that begins by `start` ends within the longest word's
        // length of it; matches further on cannot cover `start`, and cutting
        // the window there changes none of those before.
        let mut hi =
            forward_chars(clean, end.min(clean.len()), 6).min(start + self.lexicon_longest);
        while !clean.is_char_boundary(hi) {
            hi -= 1;
        }
        self.lexicon
            .find_iter(&clean[lo..hi])
            .any(|w| lo + w.start() <= start && start < lo + w.end())
    }
}

/// The pairs of characters that stand side by side in some word of a
/// table, as a bitmap of hashed pairs: a test that may say yes to a pair
/// no word holds (for a lexicon of about a thousand pairs, one time in
/// sixty), but never says no to one a word holds.
#[derive(Debug)]
struct CharPairs {
    bits: Box<[u64; 1024]>,
}

impl CharPairs {
    /// The pairs of `words`.
    fn new<'a>(words: impl Iterator<Item = &'a str>) -> CharPairs {
        let mut pairs = CharPairs {
            bits: Box::new([0; 1024]),
        };
        for w in words {
            for (a, b) in w.chars().zip(w.chars().skip(1)) {
                let (word, bit) = CharPairs::slot(a, b);
                pairs.bits[word] |= bit;
            }
        }
        pairs
    }

    /// The word and bit of the pair `a b`: the top 16 bits of the pair's
    /// code points multiplied by a large odd constant.
    #[inline]
    fn slot(a: char, b: char) -> (usize, u64) {
        let pair = (u64::from(a) << 32) | u64::from(b);
        let h = pair.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48;
        ((h >> 6) as usize, 1 << (h & 63))
    }

    /// Whether some word may hold `a` right before `b`.
    #[inline]
    fn may_hold(&self, a: char, b: char) -> bool {
        let (word, bit) = CharPairs::slot(a, b);
        self.bits[word] & bit != 0
    }
}

/// Carries a currency whose own unit is the 元 (新台幣, 港币, 澳门币)
/// from where a sentence names it to the amounts of that sentence written
/// in a bare 元, before or after it: in `新台幣3萬元以上、15萬元以下` and
/// `每股528元，市值約新台幣13.7兆元` every amount is in TWD. The unit stays as
/// written; the canonical unit changes. Nothing is carried when the
/// sentence names two such currencies or also names the renminbi, since its
/// bare 元 could then be either.
fn carry_currency(facts: &mut [Fact]) {
    const BARE: [&str; 4] = ["元", "圆", "圓", "块钱"];
    // A rate (`元/坪`) is in the currency of its numerator.
    let bare = |u: &str| BARE.iter().any(|b| u.split('/').next() == Some(*b));
    // The codes are looked at in place; only the one carried is kept, as a
    // static word, so that a sentence of amounts allocates nothing here.
    let mut carried: Option<&'static str> = None;
    for f in facts.iter().filter(|f| f.kind == Kind::Money) {
        let (Some(unit), Some(code)) = (f.unit.as_deref(), f.canonical_unit.as_deref()) else {
            continue;
        };
        if bare(unit) {
            continue;
        }
        let code = match code.split('/').next().unwrap_or_default() {
            "TWD" => "TWD",
            "HKD" => "HKD",
            "MOP" => "MOP",
            "CNY" => return,
            _ => continue,
        };
        if carried.is_some_and(|c| c != code) {
            return;
        }
        carried = Some(code);
    }
    let Some(code) = carried else {
        return;
    };
    for f in facts.iter_mut().filter(|f| f.kind == Kind::Money) {
        if !f.unit.as_deref().is_some_and(bare) {
            continue;
        }
        match f.canonical_unit.as_mut() {
            Some(c) => {
                let per = c.find('/').unwrap_or(c.len());
                c.replace_range(..per, code);
            }
            None if !f.unit.as_deref().is_some_and(|u| u.contains('/')) => {
                f.canonical_unit = Some(code.to_string());
            }
            None => {}
        }
    }
}

/// Whether the fact at `start..end` of `clean` is a base that a clause
/// opening with 以 sets with 为 (`以女性为100`, `以上年为100`, `性别比（以
/// 女性为100）`): a bare number right after the 为 of such a clause of at
/// most eight characters, or a year or date right after its 以 with 为基
/// after it (`以2020年为基期`, `以2015年为基数`). Either is no claim.
fn sets_base(clean: &str, start: usize, end: usize, fact: &Fact) -> bool {
    const YI: char = '以';
    let opens = |before: &str| {
        before.is_empty()
            || before.ends_with(|c: char| {
                matches!(
                    c,
                    '，' | '。' | '；' | '：' | '、' | '（' | '(' | '【' | ',' | ';' | ':'
                )
            })
    };
    match fact.kind {
        Kind::Number if fact.unit.is_none() => {
            let Some(head) = clean[..start].strip_suffix(['为', '為']) else {
                return false;
            };
            let from = back_chars(head, head.len(), 9);
            head[from..].rfind(YI).map(|i| from + i).is_some_and(|i| {
                let what = &head[i + YI.len_utf8()..];
                // `以上为100` is "the above is 100".
                opens(&head[..i])
                    && !matches!(what, "" | "上" | "下")
                    && what
                        .chars()
                        .all(|c| !c.is_ascii_digit() && !is_clause_mark(c))
            })
        }
        Kind::Date => {
            clean[..start].strip_suffix(YI).is_some_and(opens)
                && ["为基", "為基"].iter().any(|w| clean[end..].starts_with(w))
        }
        _ => false,
    }
}

/// Whether `c` ends a clause.
fn is_clause_mark(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '；' | '：' | '、' | '（' | '）' | '(' | ')' | ',' | ';' | ':'
    )
}

/// Whether `between`, the words between two amounts, is a verb of change
/// and 到, 至 or 为 (`调整到`, `提高至`, `增至`, `调整为`).
fn is_change_to(between: &str) -> bool {
    between
        .strip_suffix(['到', '至', '为', '為'])
        .is_some_and(|verb| CHANGE_VERBS.binary_search(&verb).is_ok())
}

/// Gives `fact`, the amount that a verb of change carries `from` to, the
/// rate unit of `from` when its own unit is that rate's numerator
/// (`由每月2320元调整到2420元`: 2420 元/月), and the noun of `from` when
/// it has one.
fn carry_rate(from: &Fact, fact: &mut Fact) {
    if from.noun.is_some() {
        fact.noun.clone_from(&from.noun);
    }
    let (Some(rate), Some(unit)) = (from.unit.as_deref(), fact.unit.as_deref()) else {
        return;
    };
    if rate.split_once('/').is_none_or(|(num, _)| num != unit) {
        return;
    }
    fact.unit = Some(rate.to_string());
    // The canonical value scales as the value does.
    fact.canonical_value = match (from.canonical_value, from.value, fact.value) {
        (Some(cv), Some(v), Some(w)) if !v.is_zero() => cv
            .checked_mul(w)
            .and_then(|x| x.checked_div(v))
            .map(|x| x.normalize()),
        _ => None,
    };
    fact.canonical_unit = fact.canonical_value.and(from.canonical_unit.clone());
}

/// Gives `fact`, a bare number that a verb of change carries `from` to
/// (`从12元上调到15`), the kind and unit of `from`, and its canonical value
/// scaled as the value is. A date, a time or an ordinal lends nothing.
fn take_unit(from: &Fact, fact: &mut Fact) {
    if from.unit.is_none() || matches!(from.kind, Kind::Date | Kind::Time | Kind::Ordinal) {
        return;
    }
    fact.kind = from.kind;
    fact.unit.clone_from(&from.unit);
    fact.canonical_value = match (from.canonical_value, from.value, fact.value) {
        (Some(cv), Some(v), Some(w)) if !v.is_zero() => cv
            .checked_mul(w)
            .and_then(|x| x.checked_div(v))
            .map(|x| x.normalize()),
        _ => None,
    };
    fact.canonical_unit = fact.canonical_value.and(from.canonical_unit.clone());
}

/// The casualty word (死, 伤) after a number ending at `end`, with the noun
/// it counts, when it stands in a pair such as `2死5伤` or `一死两伤`: the
/// number starting at `start` is followed by 死 and a number of injuries,
/// or by 伤 after a number of deaths. Alone, 死 and 伤 begin other words.
fn casualty_at(clean: &str, start: usize, end: usize) -> Option<&'static (Unit, &'static str)> {
    let rest = &clean[end..];
    let c = rest.chars().next()?;
    if !matches!(c, '死' | '伤' | '傷') {
        return None;
    }
    let entry = CASUALTIES.iter().find(|(u, _)| rest.starts_with(u.word))?;
    let paired = if c == '死' {
        let mut tail = rest[c.len_utf8()..]
            .chars()
            .skip_while(|&d| scan::is_numeral_char(d));
        rest[c.len_utf8()..].starts_with(scan::is_numeral_char)
            && matches!(tail.next(), Some('伤' | '傷'))
    } else {
        clean[..start]
            .strip_suffix('死')
            .and_then(|b| b.chars().next_back())
            .is_some_and(scan::is_numeral_char)
    };
    paired.then_some(entry)
}

/// The cleaned offset after the last heading line that ends between the
/// cleaned offsets `floor` and `gap_end` of the sentence in `view`, taken
/// from `raw`: a line that opens with the marker of a section (`五、`,
/// `（三）`, `2.`) and holds no punctuation of a sentence. Extracted text
/// joins lines, so without it a section's name would open the noun of the
/// first number under it (`五、妇幼卫生⏎全省孕产妇死亡率`). `None` when no
/// such line ends there, as for nearly every number.
fn after_heading(raw: &str, view: &Cleaned, floor: usize, gap_end: usize) -> Option<usize> {
    if floor >= gap_end {
        return None;
    }
    let (a, b) = (view.original_at(floor), view.original_at(gap_end));
    let bytes = raw.as_bytes();
    let mut found = None;
    for p in memchr::memchr_iter(b'\n', &bytes[a..b]).map(|i| a + i) {
        // A heading is short: only the last bytes before the break can
        // hold its start, and a line longer than that is none.
        let from = p.saturating_sub(HEADING_BYTES + 8);
        let line_start = match memchr::memrchr(b'\n', &bytes[from..p]) {
            Some(i) => from + i + 1,
            None if from == 0 => 0,
            None => continue,
        };
        if is_heading_line(&raw[line_start..p])
            || is_inline_headline(raw, line_start, p)
            || is_phrase_headline(raw, line_start, p)
        {
            found = Some(view.cleaned_at(p + 1));
        }
    }
    found.filter(|&f| f > floor && f <= gap_end)
}

/// Where the words after a fact that ends at `end` of the cleaned sentence
/// stop being candidates for its noun: at the first space that stood
/// between two ideographs in the original (`手术6.8万台 门急诊量`), which
/// in ordinary text separates phrases. The cleaned view drops that space,
/// so the next phrase would read as the noun after the number. A line that
/// spaces out every character (`引 领 和 重 要`) is letter-spaced by PDF
/// extraction, and its spaces separate nothing. Only the few characters a
/// noun after the number may span are looked at.
fn after_space_cut(
    raw: &str,
    view: &Cleaned,
    clean: &str,
    end: usize,
    memo: &mut Option<(usize, usize, bool)>,
) -> usize {
    let bytes = raw.as_bytes();
    // Most sentences hold no noise after most facts: the gaps are asked
    // for before the characters that bound the search are counted.
    let mut gaps = view.gaps_in(end, clean.len()).peekable();
    if gaps.peek().is_none() {
        return clean.len();
    }
    let limit = clean[end..]
        .char_indices()
        .nth(AFTER_SPACE_CHARS)
        .map_or(clean.len(), |(i, _)| end + i);
    // The last line read and whether it is letter-spaced, kept across the
    // facts of a sentence: every character of such a line is a gap, and
    // the facts of one line share it.
    for (at, a, b) in gaps.take_while(|&(at, _, _)| at < limit) {
        let cjk_around = clean[..at].chars().next_back().is_some_and(noun::is_cjk)
            && clean[at..].chars().next().is_some_and(noun::is_cjk);
        let gap = &bytes[a..b];
        // A line break is no such boundary: PDF extraction wraps lines
        // inside a noun (`整合17 家⏎乡镇卫生院`). A line that opens a news
        // story's byline is one (`突破300万人次⏎本报讯 记者…`, `⏎记者 王五`).
        if gap.contains(&b'\n')
            && (BYLINE_OPENERS.iter().any(|w| clean[at..].starts_with(w))
                || reporter_byline(&raw[b..]))
        {
            return at;
        }
        if !cjk_around || !gap.contains(&b' ') || gap.contains(&b'\n') {
            continue;
        }
        // The line around the space, at most a few dozen characters each
        // way, so that a long paragraph is not read again for every fact.
        let (lo, hi) = scan::window_around(raw, a, b, SPACED_WINDOW);
        let from = memchr::memrchr(b'\n', &bytes[lo..a]).map_or(lo, |k| lo + k + 1);
        let to = memchr::memchr(b'\n', &bytes[b..hi]).map_or(hi, |k| b + k);
        let letter_spaced = match *memo {
            Some((f, t, verdict)) if (f, t) == (from, to) => verdict,
            _ => {
                // The last line of a letter-spaced paragraph may hold a
                // word or two (`农户⏎⏎增 收 。`): a line that spaces out
                // all its characters, however few, is letter-spaced too.
                let (spaced, tight) = scan::spacing(&raw[from..to]);
                let verdict = (spaced >= 4 && spaced > tight) || (spaced > 0 && tight == 0);
                *memo = Some((from, to, verdict));
                verdict
            }
        };
        if !letter_spaced {
            return at;
        }
    }
    clean.len()
}

/// Whether `line` opens with a reporter's byline: 记者 or 通讯员 and a
/// space before the name (`记者 王五 报道`). Without the space the word may
/// be a noun that PDF extraction wrapped onto the line (`20余名⏎记者参加`).
fn reporter_byline(line: &str) -> bool {
    ["记者", "記者", "通讯员", "通訊員"].iter().any(|w| {
        line.strip_prefix(w)
            .is_some_and(|rest| rest.starts_with([' ', '\u{3000}']))
    })
}

/// How many characters after a fact `after_space_cut` looks at: a little
/// more than the longest noun.
const AFTER_SPACE_CHARS: usize = 16;

/// How many bytes each way of a space `after_space_cut` reads to tell a
/// letter-spaced line (about forty ideographs).
const SPACED_WINDOW: usize = 120;

/// The longest heading line, in bytes (twenty ideographs).
const HEADING_BYTES: usize = 60;

/// Whether `line` is the heading of a section: short, without the
/// punctuation of a sentence, and opened by a section marker, a run of
/// Chinese numerals or digits before 、 or a full stop (`五、`, `2.`), or
/// one in brackets (`（三）`).
fn is_heading_line(line: &str) -> bool {
    // Most lines open with no marker, which their first character tells
    // before the line is trimmed at its end. Most open with no noise
    // either, which the same character tells.
    let line = if line.chars().next().is_some_and(scan::is_noise) {
        line.trim_start_matches(scan::is_noise)
    } else {
        line
    };
    let opens = line.chars().next().is_some_and(|c| {
        c.is_ascii_digit() || matches!(c, '（' | '(') || "一二三四五六七八九十".contains(c)
    });
    if !opens {
        return is_labelled_heading(line);
    }
    let line = line.trim_end_matches(scan::is_noise);
    if line.is_empty()
        || line.len() > HEADING_BYTES
        || line.contains(['，', ',', '。', '；', ';', '：', ':', '！', '？'])
    {
        return false;
    }
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c);
    let rest = line.trim_start_matches(['（', '(']);
    let bracketed = rest.len() < line.len();
    let body = rest.trim_start_matches(numeral);
    if body.len() == rest.len() {
        return false;
    }
    if bracketed {
        body.starts_with(['）', ')'])
    } else {
        // `1.5` is a number, not the marker `1.`.
        body.starts_with('、')
            || body
                .strip_prefix(['.', '．'])
                .is_some_and(|after| !after.starts_with(|c: char| c.is_ascii_digit()))
    }
}

/// Whether the line at `start..end` of `raw` is a headline of a newspaper
/// page that PDF extraction put between two sentences (`转移。⏎⏎物资保障及时
/// 到位⏎⏎全县紧急调拨救灾帐篷1200顶`): a line of four to fifteen
/// characters without the punctuation of a sentence, after a line that
/// ends one, and shorter by three characters
/// or more than the line after it. A line of a paragraph is as long as the
/// column, and the first line of a sentence is short only where its
/// paragraph ends, with a full stop, so a short line without one between a
/// sentence's end and a longer line is a headline.
fn is_inline_headline(raw: &str, start: usize, end: usize) -> bool {
    let line = scan::trim_noise(&raw[start..end]);
    // Most lines are as long as the column, and most hold punctuation:
    // their length in bytes rules them out before anything is decoded.
    if !(4 * 3..=HEADLINE_CHARS * 3).contains(&line.len()) {
        return false;
    }
    let chars = line.chars().filter(|c| !c.is_whitespace()).count();
    if !(4..=HEADLINE_CHARS).contains(&chars)
        || line.contains([
            '，', ',', '。', '；', ';', '：', ':', '！', '？', '、', '（', '(',
        ])
    {
        return false;
    }
    let before = raw[..start].trim_end_matches(scan::is_noise);
    if !before.ends_with(['。', '！', '？', '”']) {
        return false;
    }
    let after = raw[end..].trim_start_matches(scan::is_noise);
    let next = &after[..memchr::memchr(b'\n', after.as_bytes()).unwrap_or(after.len())];
    next.chars()
        .filter(|c| !c.is_whitespace())
        .take(chars + 3)
        .count()
        >= chars + 3
}

/// The longest headline `is_inline_headline` takes, in characters.
const HEADLINE_CHARS: usize = 15;

/// Whether `line` is a row of a table: a label of ideographs, or none,
/// then bare numbers apart (`粮食总产 63.5 62.1`, `油料　12.4　11.9`), the
/// first right after the label or a space. The label, if any.
fn table_row(line: &str) -> Option<Option<&str>> {
    let line = scan::trim_noise(line);
    let cells = line.trim_start_matches(noun::is_cjk);
    let label = &line[..line.len() - cells.len()];
    let numeric = |c: char| c.is_ascii_digit() || matches!(c, '.' | '-' | ' ' | '\u{3000}' | '\t');
    let row = !cells.trim_start_matches([' ', '\u{3000}', '\t']).is_empty()
        && cells.chars().all(numeric)
        && label.chars().count() <= 14;
    row.then_some((!label.is_empty()).then_some(label))
}

/// Whether the line of `raw` from `start` to the line break at `end` is
/// the headline of a story or of a part of one, which a page sets on a
/// line of its own as two or more short phrases apart (`项目为王 攻坚克难`,
/// `产业兴旺　乡村振兴`): ideographs only, each phrase of two to eight, at
/// most twenty in all, and the line opens the text or follows a blank line
/// or the end of a sentence. A line that PDF extraction wrapped inside a
/// sentence holds a number or punctuation, or spaces out every character
/// (`引 领 和 重 要`), or follows words that run on into it.
fn is_phrase_headline(raw: &str, start: usize, end: usize) -> bool {
    let line = scan::trim_noise(&raw[start..end]);
    // Most lines hold no space between words: a byte search tells, for
    // the space and for the lead byte of the ideographic space (E3 80 80)
    // at once.
    let bytes = line.as_bytes();
    let spaced = || {
        memchr::memchr2_iter(b' ', 0xE3, bytes)
            .any(|i| bytes[i] == b' ' || bytes.get(i + 1..i + 3) == Some(&[0x80, 0x80]))
    };
    if line.len() > HEADING_BYTES || !spaced() {
        return false;
    }
    let mut phrases = 0;
    for phrase in line.split([' ', '\u{3000}']).filter(|w| !w.is_empty()) {
        let n = phrase.chars().count();
        if !(2..=8).contains(&n) || !phrase.chars().all(noun::is_cjk) {
            return false;
        }
        phrases += 1;
    }
    if phrases < 2 {
        return false;
    }
    let before = raw[..start].trim_end_matches([' ', '\u{3000}', '\t', '\r']);
    let Some(before) = before.strip_suffix('\n') else {
        return before.is_empty();
    };
    let before = before.trim_end_matches([' ', '\u{3000}', '\t', '\r']);
    before.is_empty()
        || before.ends_with('\n')
        || before.ends_with(['。', '！', '？', '!', '?', '…', '”', '」'])
}

/// The text after the last comma (full-width or not) of `s`, or all of
/// `s`, as `s.rsplit(['，', ',']).next()` gives it: found by a byte search
/// backwards for `,` and for the last byte of `，` (EF BC 8C), not by
/// decoding every character of a text that can be long.
fn after_last_comma(s: &str) -> &str {
    let b = s.as_bytes();
    let mut end = b.len();
    while let Some(i) = memchr::memrchr2(b',', 0x8C, &b[..end]) {
        if b[i] == b',' || (i >= 2 && b[i - 2] == 0xEF && b[i - 1] == 0xBC) {
            return &s[i + 1..];
        }
        end = i;
    }
    s
}

/// Whether `line` is a sub-heading of a news story that a short label and
/// a full-width colon open (`治水：从“一湖臭水”到“一湖碧水”`, `增绿：城在林中
/// 人在景中`): short, the colon within its first five characters and
/// something after it, and no other punctuation of a sentence.
fn is_labelled_heading(line: &str) -> bool {
    // A label of four characters at most ends sixteen bytes in, at most:
    // a colon further on is none of its, and only the bytes before are
    // searched for the colon's (EF BC 9A).
    let head = &line.as_bytes()[..line.len().min(4 * 4 + '：'.len_utf8())];
    let Some(colon) = head
        .windows(3)
        .position(|w| w[0] == 0xEF && w[1] == 0xBC && w[2] == 0x9A)
    else {
        return false;
    };
    let line = line.trim_end_matches(scan::is_noise);
    let label = &line[..colon];
    let rest = &line[colon + '：'.len_utf8()..];
    (1..=4).contains(&label.chars().count())
        && label.chars().all(noun::is_cjk)
        && rest.chars().nth(1).is_some()
        && line.len() <= HEADING_BYTES
        && !line.contains(['，', ',', '。', '；', ';', '！', '？', ':'])
        && !rest.contains('：')
}

/// Whether `after`, the text after a number that 近 stands before, opens
/// with a unit of time and 内 (`天内`, `个月内`, `周內`): the span is the
/// last so many days, months or weeks, no "nearly".
fn within_recent(after: &str) -> bool {
    let mut prev = None;
    for c in after.chars().take(3) {
        if matches!(c, '内' | '內') {
            return matches!(
                prev,
                Some('天' | '日' | '年' | '月' | '周' | '週' | '时' | '時' | '钟' | '鐘')
            );
        }
        prev = Some(c);
    }
    false
}

/// The pressure units that a blood pressure is given in (`140/90mmHg`).
const PRESSURE_UNITS: [&str; 3] = ["mmHg", "毫米汞柱", "kPa"];

/// Whether the number at `start`, in the unit `unit_word`, is the diastolic
/// pressure of `140/90mmHg`: a pressure after a slash that a digit stands
/// before. Elsewhere a slash before a number makes it part of a code
/// (`A/123`); here the systolic pressure before it was read on its own.
fn is_diastolic(clean: &str, start: usize, unit_word: Option<&str>) -> bool {
    unit_word.is_some_and(|w| PRESSURE_UNITS.contains(&w))
        && clean[..start]
            .strip_suffix('/')
            .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
}

/// Whether the number at `start..end` is followed by 分 as points of a
/// score: a scoring word before it (`拿下52分`, `得了6分`, `领先4分`), or a
/// score named before a copula (`录取分数线为582分`, `总分达到650分`), and
/// not 分钟, 分之 or 分钱 after it, nor the seconds of a time (`9分58秒`).
fn scored(clean: &str, start: usize, end: usize) -> bool {
    let Some(tail) = clean[end..].strip_prefix('分') else {
        return false;
    };
    if tail.starts_with(['钟', '鐘', '之', '钱', '錢']) || tail.starts_with(scan::is_numeral_char)
    {
        return false;
    }
    let before = &clean[..start];
    let before = before.strip_suffix('了').unwrap_or(before);
    if SCORE_WORDS.iter().any(|w| before.ends_with(w)) {
        return true;
    }
    // `600分以上考生326人`: points above or below which the takers of an
    // exam are counted.
    let bound = ["以上", "以下", "及以上"]
        .iter()
        .find_map(|w| tail.strip_prefix(w));
    if bound.is_some_and(|rest| {
        let rest = rest.strip_prefix('的').unwrap_or(rest);
        ["考生", "学生", "學生", "选手", "選手"]
            .iter()
            .any(|w| rest.starts_with(w))
    }) {
        return true;
    }
    // The copula between a score and its points, or the verb that moves it
    // (`积分升至7分`); 达到 before 达.
    let copula = [
        "为", "為", "是", "达到", "達到", "达", "達", "升至", "升到", "增至", "降至", "降到",
    ]
    .into_iter()
    .find_map(|v| before.strip_suffix(v));
    if copula.is_some_and(|b| SCORE_WORDS.iter().any(|w| b.ends_with(w))) {
        return true;
    }
    // `领先第二名6分`, `落后对手3分`: a lead is counted in points whoever
    // it is over, named in the few words between.
    let from = back_chars(clean, start, 8);
    let near = &clean[from..start];
    let near = near
        .rfind(['，', '。', '；', ',', ';', '、'])
        .map_or(near, |i| &near[i..]);
    ["领先", "領先", "落后", "落後"]
        .iter()
        .any(|w| near.contains(w))
}

/// Whether the number at `start..end` is followed by 厘 as a yearly rate of
/// interest in Hong Kong usage (`最優惠利率5.875厘`, `年息4厘` are percents a
/// year): a word of interest (`INTEREST_WORDS`) stands in the few
/// characters before it, within the clause, and 月息 does not. Most numbers
/// are followed by no 厘, which the first character tells.
fn interest_li(clean: &str, start: usize, end: usize) -> bool {
    if !clean[end..].starts_with('厘') {
        return false;
    }
    let from = back_chars(clean, start, 8);
    let before = &clean[from..start];
    let clause = before
        .rfind(['，', '。', '；', ',', ';'])
        .map_or(before, |i| &before[i..]);
    !clause.contains("月息") && INTEREST_WORDS.iter().any(|w| clause.contains(w))
}

/// Whether the number `core`, which ends at `end` of `clean`, is an hour
/// of the clock: a whole number up to 24 followed by 时 and then 许, 左右
/// or the end of a clause (`约10时许`, `约10时，`), not by a word of time
/// (时间, 时期).
fn clock_hour_after(clean: &str, core: &str, end: usize) -> bool {
    let Some(rest) = clean[end..].strip_prefix(['时', '時']) else {
        return false;
    };
    let ends = rest.is_empty()
        || rest.starts_with(['许', '許', '，', '。', '、', '；', ',', ' '])
        || rest.starts_with("左右");
    ends && small_number(core).is_some_and(|h| h <= 24)
}

/// Whether the text between two facts is a range mark (`至`, `～`, `-`).
fn is_range_mark(between: &str) -> bool {
    matches!(
        between,
        "至" | "到" | "~" | "～" | "〜" | "-" | "－" | "—" | "——" | "–"
    )
}

/// Whether two facts on either side of a range mark are the two ends of one
/// range: exact values of the same kind and unit, or a rate and an amount
/// in its numerator's unit (`每年200元至5000元`), which the 每 before the
/// range makes a rate too.
fn joins_range(a: &Fact, b: &Fact) -> bool {
    let per = a
        .unit
        .as_deref()
        .and_then(|u| u.split_once('/'))
        .map(|(num, _)| num);
    a.kind == b.kind
        && (a.unit == b.unit || (per.is_some() && per == b.unit.as_deref()))
        && a.qualifier == Qualifier::Exact
        && b.qualifier == Qualifier::Exact
        && a.value.is_some()
        && b.value.is_some()
        && !matches!(a.kind, Kind::Date | Kind::Time | Kind::Ordinal)
}

/// The range of years (`2023/2024`) that a 民國 year (`民國112年`) and the
/// later year after it make, or `None`.
fn roc_year_range(a: &Fact, b: &Fact) -> Option<String> {
    let year = |f: &Fact| {
        f.normalized
            .as_deref()
            .filter(|n| f.kind == Kind::Date && n.len() == 4 && f.qualifier == Qualifier::Exact)
            .and_then(small_number)
    };
    // `民國112年`, or a bare year read as one (`自112年至113年`).
    let bare = a.text.strip_suffix('年').and_then(roc_digits).is_some();
    let roc = bare || a.text.starts_with("民國") || a.text.starts_with("民国");
    match (year(a), year(b)) {
        (Some(lo), Some(hi)) if roc && lo < hi => Some(format!("{lo}/{hi}")),
        _ => None,
    }
}

/// The decade of `N年代` as an ISO 8601 date of three digits: `1990年代`
/// is `199`; `90年代` is the 1990s unless the century before it says
/// otherwise (`本世纪20年代` is `202`, `19世纪80年代` `188`). `None` for a
/// value that names no decade.
fn decade(before: &str, v: Decimal) -> Option<String> {
    if !v.fract().is_zero() {
        return None;
    }
    let v = u32::try_from(v.mantissa()).ok()? / 10u32.pow(v.scale());
    if v % 10 != 0 {
        return None;
    }
    if (1000..=2090).contains(&v) {
        return Some(format!("{:03}", v / 10));
    }
    if !(10..=90).contains(&v) {
        return None;
    }
    const CENTURIES: [(&str, u32); 10] = [
        ("上世纪", 19),
        ("上世紀", 19),
        ("二十世纪", 19),
        ("二十世紀", 19),
        ("20世纪", 19),
        ("本世纪", 20),
        ("本世紀", 20),
        ("二十一世纪", 20),
        ("21世纪", 20),
        ("19世纪", 18),
    ];
    let century = CENTURIES
        .iter()
        .find(|(w, _)| before.ends_with(w))
        .map_or(19, |&(_, c)| c);
    Some(format!("{century}{}", v / 10))
}

/// Two dates on either side of a range mark whose second is a day of the
/// first's month (`11月1日至15日`, `3月5日—7日`, `15日至20日`): one range
/// of days, the second end written in the first's form (`--11-01/--11-15`).
fn day_range(a: &Fact, b: &Fact) -> Option<String> {
    let first = a.normalized.as_deref()?;
    let day = b.normalized.as_deref()?.strip_prefix("---")?;
    if a.kind != Kind::Date
        || b.kind != Kind::Date
        || a.qualifier != Qualifier::Exact
        || b.qualifier != Qualifier::Exact
        || day.len() != 2
        || first.len() < 2
        || !first.is_char_boundary(first.len() - 2)
    {
        return None;
    }
    // `2024-11-01`, `--11-01` and `---01` all end with the day.
    let (month, from) = first.split_at(first.len() - 2);
    let month_form = month.ends_with('-')
        && (month == "---" || month.len() == 5 || month.len() == 8)
        && from.bytes().all(|b| b.is_ascii_digit());
    (month_form && day > from).then(|| format!("{first}/{month}{day}"))
}

/// Whether `f` is an age or a band of ages (`0—14岁`, `60岁及以上`).
fn is_age(f: &Fact) -> bool {
    f.kind == Kind::Count && matches!(f.unit.as_deref(), Some("岁" | "歲" | "周岁" | "週歲"))
}

/// The date of a year `a` (`今(113)年`, 2024) and a month or day of an
/// unstated year `b` right after it (`7月`, `--07`): `2024-07`. None
/// unless both are exact dates of those forms and the year's text ends
/// with 年.
fn year_then_month(a: &Fact, b: &Fact) -> Option<String> {
    let year = a.normalized.as_deref().filter(|n| {
        a.kind == Kind::Date
            && a.qualifier == Qualifier::Exact
            && n.len() == 4
            && n.bytes().all(|c| c.is_ascii_digit())
            && a.text.ends_with('年')
    })?;
    let normalized = b.normalized.as_deref().filter(|_| b.kind == Kind::Date)?;
    // `2024年7—9月`: a range of months of the year.
    if b.qualifier == Qualifier::Range {
        let (from, to) = normalized.split_once('/')?;
        let (from, to) = (from.strip_prefix("--")?, to.strip_prefix("--")?);
        let months = from.len() == 2 && to.len() == 2;
        let digits = from.bytes().chain(to.bytes()).all(|c| c.is_ascii_digit());
        return (months && digits).then(|| format!("{year}-{from}/{year}-{to}"));
    }
    let month = normalized
        .strip_prefix("--")
        .filter(|_| b.qualifier == Qualifier::Exact)?;
    month
        .bytes()
        .all(|c| c.is_ascii_digit() || c == b'-')
        .then(|| format!("{year}-{month}"))
}

/// Two months on either side of a range mark, the second a later month of
/// the same year written alone (`2024年7月至9月`, `7月至9月`): one range of
/// months, the second end written in the first's form
/// (`2024-07/2024-09`).
fn month_range(a: &Fact, b: &Fact) -> Option<String> {
    let first = a.normalized.as_deref()?;
    let month = b.normalized.as_deref()?.strip_prefix("--")?;
    let exact = |f: &Fact| f.kind == Kind::Date && f.qualifier == Qualifier::Exact;
    // `2024-07` or `--07`: a month, its year stated or not.
    if !first.is_ascii() {
        return None;
    }
    let (year, from) = first.split_at(first.len().checked_sub(2)?);
    let month_form = ((year.len() == 5 && year.ends_with('-')) || year == "--")
        && year
            .bytes()
            .take(4)
            .all(|c| c.is_ascii_digit() || c == b'-');
    let digits = |m: &str| m.len() == 2 && m.bytes().all(|c| c.is_ascii_digit());
    (exact(a) && exact(b) && month_form && digits(from) && digits(month) && month > from)
        .then(|| format!("{first}/{year}{month}"))
}

/// The decade (`188`) of a century `a` (`19世纪`, `18`) and a decade of
/// it right after it (`80年代`, `188`): one date, `19世纪80年代`.
fn century_then_decade(a: &Fact, b: &Fact) -> Option<String> {
    let century = a.normalized.as_deref().filter(|n| {
        a.kind == Kind::Date
            && n.len() == 2
            && (a.text.ends_with("世纪") || a.text.ends_with("世紀"))
    })?;
    b.normalized
        .as_deref()
        .filter(|n| b.kind == Kind::Date && n.len() == 3 && n.starts_with(century))
        .map(str::to_string)
}

/// The adverbs "respectively" that pair the nouns of a coordination in
/// order with the values that follow.
const RESPECTIVELY: [&str; 2] = ["分别", "分別"];

/// Pairs the nouns of a coordination with the values that 分别
/// (respectively) gives them in order: `常住人口和户籍人口分别为120万人和98万人`
/// makes 120万人 the 常住人口 and 98万人 the 户籍人口, where the noun finder
/// gave both the whole coordination. `facts` are those of one sentence,
/// `text` its original bytes, which start at `base`.
///
/// The values are a run joined by conjunctions, each with the coordination
/// for noun or with none (`游客和旅游收入分别为500万人次和60亿元`). When the
/// run and the nouns differ in number, the pairing is unknown and the
/// whole coordination stays.
fn pair_respectively(text: &str, base: usize, facts: &mut [Fact]) {
    let mut i = 0;
    while i < facts.len() {
        let lead = &facts[i];
        let Some(noun) = lead.noun.as_deref() else {
            i += 1;
            continue;
        };
        // Most nouns are no coordination: they are passed over before any
        // text is looked at.
        if !noun.contains(['和', '及', '与', '與', '、']) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < facts.len() {
            let f = &facts[end];
            let gap: String = text
                .get(facts[end - 1].span.end - base..f.span.start - base)
                .unwrap_or("")
                .split_whitespace()
                .collect();
            if !matches!(f.kind, Kind::Date | Kind::Time)
                && f.noun.as_deref().is_none_or(|n| n == noun)
                && is_coordination(&gap)
            {
                end += 1;
            } else {
                break;
            }
        }
        if end - i < 2 {
            i = end;
            continue;
        }
        // The adverb stands between the coordination and the first value,
        // a few characters after the nouns (`分别占全校学生的`), with no
        // value between.
        let from = if i > 0 {
            facts[i - 1].span.end - base
        } else {
            0
        };
        let before: String = text
            .get(from..lead.span.start - base)
            .unwrap_or("")
            .split_whitespace()
            .collect();
        let said = before.rfind(noun).is_some_and(|at| {
            let after = &before[at + noun.len()..];
            after.chars().count() <= 12 && RESPECTIVELY.iter().any(|w| after.contains(w))
        });
        // Values of different kinds or units (`游客和旅游收入分别为500万人次和
        // 60亿元`) measure different things: no modifier shares a head.
        let alike = facts[i + 1..end]
            .iter()
            .all(|f| f.kind == lead.kind && f.unit == lead.unit);
        let items = if said {
            respective_nouns(noun, alike)
        } else {
            None
        };
        if let Some(items) = items.filter(|v| v.len() == end - i) {
            for (f, item) in facts[i..end].iter_mut().zip(items) {
                f.noun = Some(item);
            }
        }
        i = end;
    }
}

/// Pairs the changes that 分别 (respectively) gives after a run of levels
/// with those levels in order: `接待游客326.8万人次、实现旅游综合收入28.6亿元，
/// 同比分别增长8.2%和6.5%` makes 8.2% the change of 游客 and 6.5% that of
/// 旅游综合收入, where the rules of shared nouns gave both the last level's
/// noun. The changes are percents or points joined by conjunctions, as many
/// as the facts right before them, which name different nouns; the adverb
/// stands in the short text between the last level and the first change.
/// `facts` are those of one sentence, `text` its original bytes, which
/// start at `base`.
fn pair_changes_respectively(text: &str, base: usize, facts: &mut [Fact]) {
    let raw_gap = |facts: &[Fact], k: usize| -> &str {
        text.get(facts[k - 1].span.end - base..facts[k].span.start - base)
            .unwrap_or("")
    };
    let gap =
        |facts: &[Fact], k: usize| -> String { raw_gap(facts, k).split_whitespace().collect() };
    let change = |f: &Fact| {
        f.kind == Kind::Percent || (f.kind == Kind::Number && f.unit.as_deref() == Some("个百分点"))
    };
    let mut i = 1;
    while i < facts.len() {
        // Most facts are no change, and most changes have no 分 (of every
        // word of `RESPECTIVELY`) before them: they are passed over before
        // the text before them is gathered into a string.
        if !change(&facts[i]) || !raw_gap(facts, i).contains('分') {
            i += 1;
            continue;
        }
        let opening = gap(facts, i);
        if opening.chars().count() > 12 || !RESPECTIVELY.iter().any(|w| opening.contains(w)) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < facts.len() && change(&facts[end]) && is_coordination(&gap(facts, end)) {
            end += 1;
        }
        let n = end - i;
        let levels = i.checked_sub(n).map(|from| &facts[from..i]);
        let nouns: Option<Vec<String>> = levels.and_then(|levels| {
            levels
                .iter()
                .map(|f| {
                    (!matches!(f.kind, Kind::Date | Kind::Time) && !change(f))
                        .then(|| f.noun.clone())
                        .flatten()
                })
                .collect()
        });
        let distinct = nouns
            .as_ref()
            .is_some_and(|v| v.iter().enumerate().all(|(k, a)| !v[..k].contains(a)));
        if n >= 2 && distinct {
            for (f, noun) in facts[i..end].iter_mut().zip(nouns.into_iter().flatten()) {
                f.noun = Some(noun);
            }
        }
        i = end;
    }
}

/// The nouns of a coordination (`常住人口和户籍人口`, `男性、女性`), each
/// whole: modifiers that share the head of the last noun get it
/// (`城镇和农村居民人均可支配收入` gives 城镇居民人均可支配收入 and
/// 农村居民人均可支配收入) when they are all as long as the modifier that
/// opens the last noun and the head is one of `SHARED_HEADS`. None when
/// `noun` is no coordination, when an item is of one character (a
/// conjunction inside a word: 共和国) or when the last item is longer than
/// the others and no shared head is known: the pairing is then unsure.
/// Values that are not `alike` (of one kind and unit) take the items as
/// they are.
fn respective_nouns(noun: &str, alike: bool) -> Option<Vec<String>> {
    let mut items: Vec<String> = noun
        .split(['和', '及', '与', '與', '、'])
        .map(|w| w.strip_suffix('以').unwrap_or(w).to_string())
        .collect();
    if items.len() < 2 || items.iter().any(|w| w.chars().count() < 2) {
        return None;
    }
    let (last, left) = items.split_last()?;
    let widths: Vec<usize> = left.iter().map(|w| w.chars().count()).collect();
    let widest = *widths.iter().max()?;
    let last_width = last.chars().count();
    if last_width <= widest + 1 || !alike {
        return Some(items);
    }
    let m = widths[0];
    let head_at = last.char_indices().nth(m).map(|(k, _)| k)?;
    let head = &last[head_at..];
    let shared = widths.iter().all(|&w| w == m)
        && head.chars().count() >= 2
        && SHARED_HEADS.iter().any(|h| head.ends_with(h));
    if !shared {
        return None;
    }
    let head = head.to_string();
    for w in items.iter_mut().rev().skip(1) {
        w.push_str(&head);
    }
    Some(items)
}

/// Whether the text between two facts joins them as coordinated values of
/// one thing (`和`, `、`, `及`).
fn is_coordination(between: &str) -> bool {
    matches!(
        between,
        "和" | "、" | "及" | "与" | "或" | "以及" | "與" | "，" | ","
    )
}

/// Marks a group that a branch does not have.
const NO_GROUP: u16 = u16::MAX;

/// The named groups of the candidate patterns, so that a group is found
/// by index: looking groups up by name cost more than resolving them.
#[derive(Clone, Copy, Debug)]
enum G {
    Cur,
    Fden,
    Fnum,
    Fpre,
    Fsign,
    Half,
    Hh,
    Hmark,
    Hour,
    Id1,
    Id2,
    Id3,
    Im1,
    Im2,
    Im3,
    Iy,
    M,
    M2,
    Md,
    Mi,
    Minute,
    Mult,
    N1,
    N2,
    Ord,
    Pct1,
    Period,
    Post1,
    Post2,
    Ppre,
    Pre,
    Psign,
    Pv,
    Pv2,
    Pword,
    Rbd,
    Rbf,
    Rbm,
    Rbq,
    Rbt,
    Rbw,
    Roc,
    Rocbare,
    Rocp,
    Rocy,
    Rsep,
    Sden,
    Sign,
    Sign2,
    Snum,
    Year,
    Yh,
    Ym,
    Ymd,
    Yq,
    Yqa,
    Yqb,
}

impl G {
    /// Every group, in the order of the enum.
    const ALL: [G; 57] = [
        G::Cur,
        G::Fden,
        G::Fnum,
        G::Fpre,
        G::Fsign,
        G::Half,
        G::Hh,
        G::Hmark,
        G::Hour,
        G::Id1,
        G::Id2,
        G::Id3,
        G::Im1,
        G::Im2,
        G::Im3,
        G::Iy,
        G::M,
        G::M2,
        G::Md,
        G::Mi,
        G::Minute,
        G::Mult,
        G::N1,
        G::N2,
        G::Ord,
        G::Pct1,
        G::Period,
        G::Post1,
        G::Post2,
        G::Ppre,
        G::Pre,
        G::Psign,
        G::Pv,
        G::Pv2,
        G::Pword,
        G::Rbd,
        G::Rbf,
        G::Rbm,
        G::Rbq,
        G::Rbt,
        G::Rbw,
        G::Roc,
        G::Rocbare,
        G::Rocp,
        G::Rocy,
        G::Rsep,
        G::Sden,
        G::Sign,
        G::Sign2,
        G::Snum,
        G::Year,
        G::Yh,
        G::Ym,
        G::Ymd,
        G::Yq,
        G::Yqa,
        G::Yqb,
    ];

    /// The group's name in the patterns.
    fn name(self) -> &'static str {
        match self {
            G::Cur => "cur",
            G::Fden => "fden",
            G::Fnum => "fnum",
            G::Fpre => "fpre",
            G::Fsign => "fsign",
            G::Half => "half",
            G::Hh => "hh",
            G::Hmark => "hmark",
            G::Hour => "hour",
            G::Id1 => "id1",
            G::Id2 => "id2",
            G::Id3 => "id3",
            G::Im1 => "im1",
            G::Im2 => "im2",
            G::Im3 => "im3",
            G::Iy => "iy",
            G::M => "m",
            G::M2 => "m2",
            G::Md => "md",
            G::Mi => "mi",
            G::Minute => "minute",
            G::Mult => "mult",
            G::N1 => "n1",
            G::N2 => "n2",
            G::Ord => "ord",
            G::Pct1 => "pct1",
            G::Period => "period",
            G::Post1 => "post1",
            G::Post2 => "post2",
            G::Ppre => "ppre",
            G::Pre => "pre",
            G::Psign => "psign",
            G::Pv => "pv",
            G::Pv2 => "pv2",
            G::Pword => "pword",
            G::Rbd => "rbd",
            G::Rbf => "rbf",
            G::Rbm => "rbm",
            G::Rbq => "rbq",
            G::Rbt => "rbt",
            G::Rbw => "rbw",
            G::Roc => "roc",
            G::Rocbare => "rocbare",
            G::Rocp => "rocp",
            G::Rocy => "rocy",
            G::Rsep => "rsep",
            G::Sden => "sden",
            G::Sign => "sign",
            G::Sign2 => "sign2",
            G::Snum => "snum",
            G::Year => "year",
            G::Yh => "yh",
            G::Ym => "ym",
            G::Ymd => "ymd",
            G::Yq => "yq",
            G::Yqa => "yqa",
            G::Yqb => "yqb",
        }
    }
}

/// The groups of one candidate match, by name, in the cleaned sentence.
struct Groups<'h> {
    hay: &'h str,
    /// The whole match.
    whole: (usize, usize),
    source: Source<'h>,
}

/// Where the groups of a match come from: the regex of its pattern, or the
/// hand-written reading of a quantity.
enum Source<'h> {
    Captures {
        caps: &'h Captures,
        /// The capture index of each named group in the pattern.
        names: &'h [u16; G::ALL.len()],
    },
    Quantity(&'h grammar::Quantity),
    Date(&'h date::Date),
}

/// One group of a candidate match.
#[derive(Clone, Copy)]
struct Group<'h> {
    hay: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Groups<'h> {
    #[inline]
    fn name(&self, g: G) -> Option<Group<'h>> {
        let span = match &self.source {
            Source::Captures { caps, names } => {
                let index = names[g as usize];
                if index == NO_GROUP {
                    return None;
                }
                let sp = caps.get_group(usize::from(index))?;
                (sp.start, sp.end)
            }
            Source::Quantity(q) => match g {
                G::Pre => q.pre,
                G::Cur => q.cur,
                G::Ord => q.ord,
                G::Sign => q.sign,
                G::N1 => q.n1,
                G::Pct1 => q.pct1,
                G::Rsep => q.rsep,
                G::Sign2 => q.sign2,
                G::N2 => q.n2,
                G::Post1 => q.post1,
                G::Mult => q.mult,
                G::Post2 => q.post2,
                _ => None,
            }?,
            Source::Date(d) => match g {
                G::Roc => d.roc,
                G::Rocy => d.rocy,
                G::Year => d.year,
                G::Ym => d.ym,
                G::Ymd => d.ymd,
                G::Yq => d.yq,
                G::Yqa => d.yqa,
                G::Yqb => d.yqb,
                G::Yh => d.yh,
                G::M => d.m,
                G::M2 => d.m2,
                G::Md => d.md,
                _ => None,
            }?,
        };
        Some(Group {
            hay: self.hay,
            start: span.0,
            end: span.1,
        })
    }

    /// The whole match (`get(0)`, as regex captures number it).
    fn get(&self, index: usize) -> Option<Group<'h>> {
        (index == 0).then_some(Group {
            hay: self.hay,
            start: self.whole.0,
            end: self.whole.1,
        })
    }
}

impl<'h> Group<'h> {
    fn as_str(&self) -> &'h str {
        &self.hay[self.start..self.end]
    }

    fn start(&self) -> usize {
        self.start
    }

    fn end(&self) -> usize {
        self.end
    }
}

/// What the extractor decided about one match.
#[allow(clippy::large_enum_variant)]
enum Outcome {
    /// A fact, with its range in the cleaned view. It is not boxed: most
    /// matches are facts, and a box cost an allocation each.
    Fact(Candidate),
    /// No fact; go on after the match.
    Skip,
    /// No fact here; search again from this cleaned offset, since a fact may
    /// begin inside the match (`072024年` holds the year 2024).
    Retry(usize),
}

struct Candidate {
    start: usize,
    end: usize,
    fact: Fact,
}

fn blank_fact(kind: Kind, normalized: Option<String>) -> Fact {
    Fact {
        span: Span { start: 0, end: 0 },
        kind,
        text: String::new(),
        value: None,
        low: None,
        high: None,
        qualifier: Qualifier::Exact,
        unit: None,
        canonical_value: None,
        canonical_unit: None,
        noun: None,
        normalized,
        sentence: Span { start: 0, end: 0 },
    }
}

/// A date written in digits with `-`, `/` or `.` between its parts.
fn numeric_date(caps: &Groups<'_>, year: &str) -> Outcome {
    let m = caps.get(0).expect("group 0");
    let part = |names: [G; 3]| {
        names
            .iter()
            .find_map(|&n| caps.name(n))
            .and_then(|x| small_number(x.as_str()))
    };
    let (Some(month), Some(day)) = (
        part([G::Im1, G::Im2, G::Im3]),
        part([G::Id1, G::Id2, G::Id3]),
    ) else {
        return Outcome::Skip;
    };
    // A digit right after the day (`2024.2.56`) makes it no date.
    Outcome::Fact(Candidate {
        start: m.start(),
        end: m.end(),
        fact: blank_fact(Kind::Date, Some(format!("{year}-{month:02}-{day:02}"))),
    })
}

fn month_date(caps: &Groups<'_>) -> Outcome {
    let m = caps.get(0).expect("group 0");
    let month = caps
        .name(G::M)
        .and_then(|x| small_number(x.as_str()))
        .filter(|v| (1..=12).contains(v));
    let Some(month) = month else {
        return Outcome::Skip;
    };
    if let Some(m2) = caps.name(G::M2) {
        // Months from one to another, as an ISO 8601 interval.
        let Some(last) = small_number(m2.as_str()).filter(|v| (month..=12).contains(v)) else {
            return Outcome::Skip;
        };
        if caps.name(G::Md).is_some() {
            return Outcome::Skip;
        }
        let mut fact = blank_fact(Kind::Date, Some(format!("--{month:02}/--{last:02}")));
        fact.qualifier = Qualifier::Range;
        return Outcome::Fact(Candidate {
            start: m.start(),
            end: m.end(),
            fact,
        });
    }
    let normalized = match caps.name(G::Md) {
        Some(d) => match small_number(d.as_str()).filter(|v| (1..=31).contains(v)) {
            Some(day) => format!("--{month:02}-{day:02}"),
            None => return Outcome::Skip,
        },
        None => format!("--{month:02}"),
    };
    Outcome::Fact(Candidate {
        start: m.start(),
        end: m.end(),
        fact: blank_fact(Kind::Date, Some(normalized)),
    })
}

/// The qualifier that a clause ending in 的 right before a number puts on
/// it from before the whole it is a part or multiple of (`约为标准限值的`,
/// `约占择期手术的`, `超过全国平均水平的`), with the qualifier's word and the
/// verb of being or sharing after it (为, 占, 是). The words are those of
/// `PREFIX_QUALIFIERS` that cannot be read otherwise there: not the single
/// characters 近 (recent), 上 (last), 成, 破 and 超 (超市), which stand
/// inside words; 约 and 逾 do not.
fn qualifier_before_whole(before: &str) -> Option<(Qualifier, &str)> {
    let clause = before.strip_suffix('的')?;
    // The clause after the last mark that ends one.
    let clause = clause
        .rfind(['，', '。', '；', '：', '、', ',', ';'])
        .map_or(clause, |i| {
            &clause[i + clause[i..].chars().next().map_or(1, char::len_utf8)..]
        });
    // The last such word, the longest where several begin (大约 before 约).
    let mut found = None;
    let mut i = 0;
    while let Some(c) = clause[i..].chars().next() {
        // Most characters begin no word: the first byte tells, before the
        // words are compared whole.
        let lead = clause.as_bytes()[i];
        let word = PREFIX_QUALIFIERS
            .iter()
            .filter(|(w, _)| w.as_bytes().first() == Some(&lead))
            .filter(|(w, _)| longer_than_one_char(w) || matches!(*w, "约" | "約" | "逾"))
            .filter(|(w, _)| clause[i..].starts_with(w))
            .max_by_key(|(w, _)| w.len());
        match word {
            Some(&(w, q)) => {
                let end = i + w.len();
                let verb = clause[end..]
                    .chars()
                    .next()
                    .filter(|v| matches!(v, '为' | '為' | '爲' | '占' | '佔' | '是'));
                let end = end + verb.map_or(0, char::len_utf8);
                found = Some((i, end, q));
                i = end;
            }
            None => i += c.len_utf8(),
        }
    }
    let (at, end, q) = found?;
    // The whole is a short noun phrase: no number in it, and no second 的.
    let whole = &clause[end..];
    let short = whole.chars().count() <= 12;
    let plain = !whole.contains(|c: char| crate::scan::is_numeral_char(c) || c == '的');
    (short && plain && !whole.is_empty()).then_some((q, &clause[at..end]))
}

/// The name in quotation marks or corner brackets that ends the clause
/// before the last one of `head`, the text of a sentence before a fact
/// (`“爱心驿站”，全市共建成`, `調整「長者生活津貼」，每月金額為`), or that
/// opens the last clause (`「關愛基金」今年已撥款`), with its marks, and
/// where it opens: a name of two to fourteen ideographs, with no other
/// quotation in the fact's clause.
fn quoted_subject(head: &str) -> Option<(String, usize)> {
    // The name and the clause after it lie in the last few dozen
    // characters; looking no further keeps the cost per fact constant in a
    // long sentence.
    let (from, _) = scan::window_around(head, head.len(), head.len(), 48 * 3);
    let close_at = from + head[from..].rfind(['”', '」', '』'])?;
    let close = head[close_at..].chars().next()?;
    let after = &head[close_at + close.len_utf8()..];
    if after.contains(['“', '「', '『', '《']) {
        return None;
    }
    let open = match close {
        '”' => '“',
        '」' => '「',
        _ => '『',
    };
    let inner = &head[..close_at];
    let at = from + inner[from..].rfind(open)?;
    let name = &inner[at + open.len_utf8()..];
    let before = &inner[..at];
    // The name ends its clause, or opens the fact's.
    let placed = if after.contains(['，', ',']) {
        after
            .strip_prefix(['，', ','])
            .is_some_and(|rest| !rest.contains(['，', ',']))
    } else {
        before.is_empty() || before.ends_with(|c: char| is_clause_mark(c))
    };
    // `他说“太好了”，`: words quoted after a verb of saying or a colon are
    // what someone said, no name.
    let said = before.ends_with(['说', '說', '道', '称', '稱', '问', '問', '：', ':'])
        || before.ends_with("表示");
    // The name keeps its marks, as a quoted name before a number does
    // (`全区“红色之家”已建成28家`).
    let marked = &head[at..close_at + close.len_utf8()];
    ((2..=14).contains(&name.chars().count()) && name.chars().all(noun::is_cjk) && placed && !said)
        .then(|| (marked.to_string(), at))
}

/// The unit of `unit` above the line of a rate (`张` of `张/千名老人`), or
/// the unit whole.
fn numerator(unit: &Option<String>) -> Option<&str> {
    unit.as_deref().map(|u| u.split('/').next().unwrap_or(u))
}

/// Whether `noun` names only a place, a region of a larger one
/// (`部分新界地區`, `北部山区`, `沿海一带`): where a measure is taken, not
/// what it measures.
fn names_only_place(noun: &str) -> bool {
    ["地区", "地區", "山区", "山區", "一带", "一帶"]
        .iter()
        .any(|w| noun.ends_with(w))
}

/// Whether `noun` names only an amount (`金額`), perhaps per something
/// (`每月金額`): not what the amount is of.
fn names_only_amount(noun: &str) -> bool {
    ["金额", "金額", "数额", "數額"].iter().any(|w| {
        noun.strip_suffix(w).is_some_and(|per| {
            per.is_empty() || (per.starts_with('每') && per.chars().count() <= 3)
        })
    })
}

/// Places that count themselves as classifiers (`三地五区八街镇`, `2镇3乡`):
/// a count in one needs no noun after it.
const PLACE_CLASSIFIERS: [&str; 18] = [
    "地", "区", "區", "县", "縣", "镇", "鎮", "乡", "鄉", "省", "市", "村", "州", "国", "國",
    "街镇", "街鎮", "街道",
];

/// Cuts the noun of `prev`, the fact that ends at `prev_end` of `clean`,
/// where the next count begins (`next`), when the noun was read after the
/// fact (right after it or after 的) and runs into the next one: a noun
/// reaches no further than the count after it (`三所高校两家医院` gives
/// 高校). With nothing between the two, the first names its thing by its
/// classifier (`三地五区`, a place word) or is an ordinal, and has no
/// noun; a classifier that needs one counts the nested phrase
/// (`五个十人小组`), and keeps it.
fn cut_noun_at_next(clean: &str, prev_end: usize, next: usize, prev: &mut Fact) {
    let Some(n) = prev.noun.as_deref() else {
        return;
    };
    if prev_end > next {
        return;
    }
    let from = if clean[prev_end..].starts_with('的') {
        prev_end + '的'.len_utf8()
    } else {
        prev_end
    };
    if from > next || !clean[from..].starts_with(n) || from + n.len() <= next {
        return;
    }
    let kept = &clean[from..next];
    if !kept.is_empty() {
        prev.noun = Some(kept.to_string());
        return;
    }
    let place = prev
        .unit
        .as_deref()
        .is_some_and(|u| PLACE_CLASSIFIERS.contains(&u));
    if place || prev.kind == Kind::Ordinal {
        prev.noun = None;
    }
}

/// The power of ten that `rest` starts with, in scientific notation after
/// a number (`×10⁸`, `×10^-3`, `x 10^5`, `*10^6`): its length in bytes and
/// its exponent, which is never zero. An exponent of more than two digits
/// is no number a text states as such.
fn power_of_ten(rest: &str) -> Option<(usize, i32)> {
    let b = rest.as_bytes();
    // The times sign: ×, a Latin x or X, an asterisk (either width).
    let times = if rest.starts_with('×') || rest.starts_with('＊') {
        rest.chars().next()?.len_utf8()
    } else if matches!(b.first(), Some(b'x' | b'X' | b'*')) {
        1
    } else {
        return None;
    };
    let mut i = times;
    if b.get(i) == Some(&b' ') {
        i += 1;
    }
    if b.get(i..i + 2) != Some(b"10") {
        return None;
    }
    i += 2;
    let mut negative = false;
    let mut exponent: i32 = 0;
    let mut digits = 0;
    let tail = &rest[i..];
    if let Some(after_caret) = tail.strip_prefix(['^', '＾']) {
        // `^-3`, `^5`: a sign and digits after the caret.
        i += tail.len() - after_caret.len();
        let after_sign = after_caret
            .strip_prefix(['-', '－', '−'])
            .unwrap_or(after_caret);
        negative = after_sign.len() != after_caret.len();
        i += after_caret.len() - after_sign.len();
        for c in after_sign.bytes().take_while(u8::is_ascii_digit) {
            exponent = exponent * 10 + i32::from(c - b'0');
            digits += 1;
            i += 1;
        }
    } else {
        // Superscripts: `⁸`, `⁻³`.
        let mut chars = tail.chars().peekable();
        if chars.peek() == Some(&'⁻') {
            negative = true;
            i += '⁻'.len_utf8();
            chars.next();
        }
        for c in chars {
            let d = match c {
                '⁰' => 0,
                '¹' => 1,
                '²' => 2,
                '³' => 3,
                '⁴'..='⁹' => c as i32 - '⁴' as i32 + 4,
                _ => break,
            };
            exponent = exponent * 10 + d;
            digits += 1;
            i += c.len_utf8();
        }
    }
    // A digit right after the exponent makes it something else.
    let next = rest[i..].chars().next();
    if digits == 0 || digits > 2 || exponent == 0 || next.is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((i, if negative { -exponent } else { exponent }))
}

/// Ten to the power `e` as an exact decimal, `None` beyond what a decimal
/// holds.
fn power_of_ten_value(e: i32) -> Option<Decimal> {
    if e >= 0 {
        let mut v = Decimal::ONE;
        for _ in 0..e {
            v = v.checked_mul(Decimal::TEN)?;
        }
        Some(v)
    } else {
        let scale = u32::try_from(-e).ok().filter(|s| *s <= 28)?;
        Some(Decimal::new(1, scale))
    }
}

/// The qualifier word that `rest` starts with (`以上`, `左右`, `余`), the
/// longest one.
fn suffix_at(rest: &str) -> Option<(&'static str, Qualifier)> {
    // Most numbers are followed by no qualifier: one character rules the
    // table out.
    if !rest.chars().next().is_some_and(may_begin_suffix) {
        return None;
    }
    SUFFIX_QUALIFIERS
        .iter()
        // Compared from their last byte (see `noun::begins_with`), most
        // words differ at once, with no call to `memcmp`.
        .filter(|(w, _)| noun::begins_with(rest, w))
        .max_by_key(|(w, _)| w.len())
        .copied()
}

/// Whether `c` may begin a word of `SUFFIX_QUALIFIERS` (a test keeps the
/// two in step).
fn may_begin_suffix(c: char) -> bool {
    matches!(
        c,
        '上' | '之' | '以' | '余' | '及' | '多' | '左' | '或' | '有' | '許' | '许' | '餘'
    )
}

/// Sets a qualifier and the bound it implies.
fn set_qualifier(fact: &mut Fact, q: Qualifier) {
    if fact.qualifier == Qualifier::Range {
        return;
    }
    fact.qualifier = q;
    match q {
        Qualifier::Over => fact.low = fact.value,
        Qualifier::Under => fact.high = fact.value,
        _ => {}
    }
}

/// Applies `f` to every value of a fact; `false` when it overflows for one.
fn scale_fact(fact: &mut Fact, f: impl Fn(Decimal) -> Option<Decimal>) -> bool {
    for v in [&mut fact.value, &mut fact.low, &mut fact.high]
        .into_iter()
        .flatten()
    {
        match f(*v) {
            Some(scaled) => *v = scaled.normalize(),
            None => return false,
        }
    }
    true
}

/// The exact value of a numeral core, or `None` when it is no number.
fn value_of(core: &str) -> Option<Decimal> {
    plain_decimal(core)
        .or_else(|| scaled_decimal(core))
        .or_else(|| small_chinese(core).map(Decimal::from))
        .or_else(|| parse_value(core).ok().map(|v| v.normalize()))
}

/// The value of the commonest Chinese numerals, a digit or a number below a
/// hundred written with 十 (`三`, `两`, `十二`, `五十`, `三十五`), read
/// directly; `None` for anything else, which the full parser reads. A test
/// checks every such numeral of up to three characters against the parser.
fn small_chinese(core: &str) -> Option<u32> {
    /// A digit 0–9, or 10 for 十.
    fn token(c: char) -> Option<u32> {
        Some(match c {
            '零' | '〇' => 0,
            '一' => 1,
            '二' | '两' | '兩' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' => 8,
            '九' => 9,
            '十' => 10,
            _ => return None,
        })
    }
    let mut chars = core.chars();
    let a = token(chars.next()?)?;
    let Some(b) = chars.next() else {
        return Some(a);
    };
    let b = token(b)?;
    let c = match chars.next() {
        None => None,
        Some(c) => Some(token(c)?),
    };
    if chars.next().is_some() {
        return None;
    }
    match (a, b, c) {
        // 十二
        (10, 1..=9, None) => Some(10 + b),
        // 五十
        (1..=9, 10, None) => Some(a * 10),
        // 三十五
        (1..=9, 10, Some(c @ 1..=9)) => Some(a * 10 + c),
        _ => None,
    }
}

/// The value of a plain decimal before one multiplier (`2.18万`, `126亿`),
/// the commonest form of large numbers in statistics, read directly; `None`
/// for anything else. A proptest checks it against the full parser.
fn scaled_decimal(core: &str) -> Option<Decimal> {
    let (head, exp) = if let Some(h) = core.strip_suffix(['万', '萬']) {
        (h, 4)
    } else if let Some(h) = core.strip_suffix(['亿', '億']) {
        (h, 8)
    } else {
        return None;
    };
    let v = plain_decimal(head)?;
    v.checked_mul(Decimal::from_i128_with_scale(10i128.pow(exp), 0))
        .map(|v| v.normalize())
}

/// The value of the commonest core, ASCII digits with at most one decimal
/// point inside (`13`, `2.18`), read directly; `None` for anything else,
/// which the full parser reads. A proptest checks that both agree.
fn plain_decimal(core: &str) -> Option<Decimal> {
    let b = core.as_bytes();
    if b.is_empty() || b.len() > 26 || b[0] == b'.' || b[b.len() - 1] == b'.' {
        return None;
    }
    let mut mantissa: i128 = 0;
    let mut scale: Option<u32> = None;
    for &c in b {
        match c {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + i128::from(c - b'0');
                scale = scale.map(|s| s + 1);
            }
            b'.' if scale.is_none() => scale = Some(0),
            _ => return None,
        }
    }
    let v = Decimal::from_i128_with_scale(mantissa, scale.unwrap_or(0));
    // A whole number, or a decimal whose last digit is not 0, is already in
    // its shortest form.
    Some(if scale.is_some() && b[b.len() - 1] == b'0' {
        v.normalize()
    } else {
        v
    })
}

/// A small whole number (a year, month, day or hour), in any script.
fn small_number(s: &str) -> Option<u32> {
    // Years, months and days are mostly ASCII digits, read directly.
    if !s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit()) {
        let v = s.bytes().fold(0u32, |v, b| v * 10 + u32::from(b - b'0'));
        return (v <= 100_000).then_some(v);
    }
    if let Some(v) = small_chinese(s) {
        return Some(v);
    }
    let v = parse_value(s).ok()?;
    if v.fract().is_zero() && v >= Decimal::ZERO && v <= Decimal::from(100_000) {
        u32::try_from(v.mantissa() / 10i128.pow(v.scale())).ok()
    } else {
        None
    }
}

fn is_year(v: Decimal) -> bool {
    v.fract().is_zero() && v >= Decimal::from(1000) && v <= Decimal::from(2999)
}

fn cn_digit(c: char) -> Option<u32> {
    "零一二三四五六七八九"
        .chars()
        .position(|d| d == c)
        .map(|p| p as u32)
}

/// The value of a multiplier written alone (`万`, `亿`, `万亿`).
fn multiplier_value(m: &str) -> Option<Decimal> {
    let exp = match m {
        "十" => 1,
        "百" => 2,
        "千" => 3,
        "万" | "萬" => 4,
        "亿" | "億" | "万万" => 8,
        "万亿" | "亿万" => 12,
        "亿亿" => 16,
        _ => return None,
    };
    Some(Decimal::from_i128_with_scale(10i128.pow(exp), 0))
}

fn is_bare_multiplier(core: &str) -> bool {
    matches!(core, "百" | "千" | "万" | "萬" | "亿" | "億")
}

/// The last characters of the qualifiers of two characters or more, the
/// only ones `qualifier_before` looks for.
static QUALIFIER_ENDS: LazyLock<CharSet> = LazyLock::new(|| {
    CharSet::new(
        PREFIX_QUALIFIERS
            .iter()
            .filter(|(w, _)| longer_than_one_char(w))
            .filter_map(|(w, _)| w.chars().next_back()),
    )
});

/// A qualifier that stands before the number's copula (`几乎为 100%`,
/// `接近于`), found by looking back past the copula.
fn qualifier_before(clean: &str, start: usize) -> Qualifier {
    let before = &clean[..start];
    // Most numbers follow no copula at all.
    if !before.ends_with([
        '为', '為', '到', '達', '达', '是', '于', '於', '了', '占', '佔',
    ]) {
        return Qualifier::Exact;
    }
    // `約占七成`: a share that 约 qualifies across 占.
    if before.ends_with("约占") || before.ends_with("約占") || before.ends_with("約佔") {
        return Qualifier::About;
    }
    for copula in [
        "为", "為", "达到", "達到", "达", "達", "是", "于", "於", "了",
    ] {
        if let Some(rest) = before.strip_suffix(copula) {
            // Numbers often follow a copula, qualified rarely: the last
            // character before the copula rules out most words at once.
            if !rest
                .chars()
                .next_back()
                .is_some_and(|c| QUALIFIER_ENDS.contains(c))
            {
                continue;
            }
            for (w, q) in PREFIX_QUALIFIERS {
                if longer_than_one_char(w) && rest.ends_with(w) {
                    return *q;
                }
            }
        }
    }
    Qualifier::Exact
}

/// A duration written in two or more units of falling size from the start
/// of `s` (`2分30秒`, `1小时20分`, `2小時08分35秒`): its length in bytes and
/// its value in seconds. One unit alone is left to the unit table, and a
/// clock time (`3时30分`) is not one: 时 alone is no unit here.
///
/// A race time puts the hundredths after the seconds (`47秒35`,
/// `1分52秒08`): two digits right after 秒, with no unit after them (which
/// `unit_at` tells: `3秒12次` is no race time), are part of the duration.
fn compound_duration(s: &str, unit_at: impl Fn(&str) -> bool) -> Option<(usize, Decimal)> {
    const PARTS: [(&str, u32); 7] = [
        ("小时", 3600),
        ("小時", 3600),
        ("分钟", 60),
        ("分鐘", 60),
        ("分", 60),
        ("秒钟", 1),
        ("秒", 1),
    ];
    let bytes = s.as_bytes();
    let (mut at, mut total, mut parts, mut last) = (0, 0u64, 0, u32::MAX);
    loop {
        let digits = bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if digits == 0 || digits > 4 {
            break;
        }
        let Some(&(word, size)) = PARTS
            .iter()
            .find(|(w, size)| *size < last && s[at + digits..].starts_with(w))
        else {
            break;
        };
        let n: u64 = s[at..at + digits].parse().ok()?;
        total += n * u64::from(size);
        at += digits + word.len();
        parts += 1;
        last = size;
    }
    let mut value = Decimal::from(total);
    if last == 1 {
        let hundredths = bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let after = &s[at + hundredths.min(2)..];
        if hundredths == 2 && !after.starts_with(['.', '．']) && !unit_at(after) {
            let h = u32::from(bytes[at] - b'0') * 10 + u32::from(bytes[at + 1] - b'0');
            value += Decimal::new(i64::from(h), 2);
            at += 2;
            parts += 1;
        }
    }
    // A bare 分 at the end is a minute only after hours (`1小时20分`);
    // after nothing it would be points or cents.
    (parts >= 2).then(|| (at, value.normalize()))
}

/// The denominator of a rate: `1.5万元/平方米` is 15000 元 per 平方米,
/// `每公斤28.5元` 28.5 元 per 公斤, `每人每天150升` 150 升 per person and
/// day. The fact keeps the kind of its numerator (money, measure, count,
/// duration) and its unit is written `numerator/denominator` with the words
/// as written: `元/平方米`, `元/公斤`, `升/人·天` (denominators written
/// before the number are joined by `·`, those after it stay as written,
/// `升/人/天`; one of each is joined by `·` too, the one after the unit
/// first: `每月1800元/人` is `元/人·月`), `台/10万人口`.
#[derive(Clone, Copy, Debug)]
struct Rate {
    /// The byte ranges of the denominators in the cleaned sentence, each
    /// with its scale (`10万人口`), without the slash or 每; `n` are used.
    parts: [(usize, usize); 2],
    /// Their units, as many as `parts`.
    units: [Unit; 2],
    n: usize,
    /// Whether the denominators stand before the number, after 每: the
    /// fact's span then starts at the first 每 (`每公斤28.5元`), so that
    /// its text holds every word its unit is read from, as it holds a
    /// currency written before the number, and the noun is looked for
    /// before it (猪肉价格, not 猪肉价格每公斤).
    before: bool,
    /// Where the first 每 stands, when `before`.
    start: usize,
    /// Whether a denominator is scaled (`每10万人口`, `每百户`), which
    /// leaves the rate without a canonical value.
    scaled: bool,
    /// Where the words between the denominators and the number begin
    /// (`执业医师` in `每千人口执业医师3.21人`): the number's start when
    /// there are none. They name what the rate counts.
    gap: usize,
}

impl Rate {
    /// The rate of one denominator after the unit (`self`) and one before
    /// the number (`before`, after 每): `每月1800元/人` is 1800 元 per
    /// person and month. The unit joins them with `·` as denominators
    /// before the number are joined, the one written with the unit first
    /// (`元/人·月`); the span starts at the 每, as for any rate read
    /// before the number.
    fn then_per(self, before: Rate) -> Rate {
        Rate {
            parts: [self.parts[0], before.parts[0]],
            units: [self.units[0], before.units[0]],
            n: 2,
            before: true,
            start: before.start,
            scaled: self.scaled || before.scaled,
            gap: before.gap,
        }
    }

    /// The unit of the rate: `numerator/denominator`.
    fn unit(&self, clean: &str, numerator: &str) -> String {
        let mut unit = String::with_capacity(numerator.len() + 16);
        unit.push_str(numerator);
        unit.push('/');
        if self.before {
            for (i, &(a, b)) in self.parts[..self.n].iter().enumerate() {
                if i > 0 {
                    unit.push('·');
                }
                unit.push_str(&clean[a..b]);
            }
        } else {
            unit.push_str(&clean[self.parts[0].0..self.parts[self.n - 1].1]);
        }
        unit
    }
}

/// Whether a number in the unit `u` may be a rate: money, physical
/// measures, counts and durations may be given per something, but not the
/// units that already are one (`公里/小时`), percentages, points or
/// multiples, nor a year or a day, which are rather dates (`2023年/2024年`,
/// `每月15日` is the fifteenth of every month).
fn takes_denominator(u: &Unit) -> bool {
    matches!(
        u.kind,
        Kind::Money | Kind::Measure | Kind::Count | Kind::Duration
    ) && !u.word.contains('/')
        && !matches!(
            u.word,
            "年" | "日" | "级" | "級" | "岁" | "歲" | "周岁" | "週歲"
        )
}

/// The scale of a denominator (`10万`, `百`, `千`) at the start of
/// `rest`, in bytes: up to four Arabic digits and an optional 万, or one
/// of 十 百 千 万 萬, or 十万 百万 千万. Zero when there is none.
fn rate_scale(rest: &str) -> usize {
    let digits = rest.bytes().take(4).take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        return digits
            + ["万", "萬"]
                .iter()
                .find(|w| rest[digits..].starts_with(*w))
                .map_or(0, |w| w.len());
    }
    [
        "十万", "十萬", "百万", "百萬", "千万", "千萬", "十", "百", "千", "万", "萬",
    ]
    .iter()
    .find(|w| rest.starts_with(*w))
    .map_or(0, |w| w.len())
}

impl Extractor {
    /// The denominator that begins at `at` of `clean` (after a slash or
    /// 每): its length and unit, and whether it is scaled. A unit word
    /// wins over a scale (`千米` is a unit, not 千 × 米); a scale alone
    /// does not make one, but for 万 (`例/10万`, counted in people).
    fn denominator(&self, clean: &str, at: usize) -> Option<(usize, Unit, bool)> {
        let rest = &clean[at..];
        if let Some(u) = self.units.denominator_at(rest) {
            return Some((u.word.len(), *u, false));
        }
        let scale = rate_scale(rest);
        if scale == 0 {
            return None;
        }
        match self.units.denominator_at(&rest[scale..]) {
            Some(u) => Some((scale + u.word.len(), *u, true)),
            None if rest[..scale].ends_with(['万', '萬']) => Some((scale, PEOPLE, true)),
            None => None,
        }
    }

    /// Whether the fact at `start..end` of `clean` is the base of an amount
    /// given per it (`每10股派发现金红利2.4元`, `每3天巡查2次`, `每100名学生
    /// 配备教师8名`): a number in digits after 每 that, with its unit, is a
    /// denominator, and that an Arabic number follows in its clause. The
    /// base is no quantity the text states; the amount keeps its own unit.
    /// Scaled bases (`每10万人口`) are read as rates elsewhere.
    fn is_per_base(&self, clean: &str, start: usize, end: usize, fact: &Fact) -> bool {
        if !clean[..start].ends_with('每')
            || !clean[start..end].starts_with(|c: char| c.is_ascii_digit())
            || clean[start..end].contains(['万', '萬'])
            || fact.qualifier != Qualifier::Exact
            || !matches!(
                fact.kind,
                Kind::Count | Kind::Duration | Kind::Measure | Kind::Money
            )
            || self
                .denominator(clean, start)
                .is_none_or(|(len, _, _)| start + len != end)
        {
            return false;
        }
        let ahead = &clean[end..forward_chars(clean, end, 16)];
        let clause = ahead
            .find(|c: char| is_clause_mark(c) || matches!(c, '。' | '！' | '？'))
            .map_or(ahead, |i| &ahead[..i]);
        clause.contains(|c: char| c.is_ascii_digit())
    }

    /// A rate whose denominator follows the unit that ends at `end`: a
    /// slash (`/` or `／`) and a denominator, and perhaps a second after
    /// another slash or `·` (`升/人/天`). Most units are followed by no
    /// slash, which the byte after them tells.
    fn rate_after(&self, clean: &str, end: usize) -> Option<Rate> {
        let slash = match clean.as_bytes().get(end..end + 3) {
            Some([b'/', ..]) => 1,
            Some([0xEF, 0xBC, 0x8F]) => 3,
            _ => return None,
        };
        let a = end + slash;
        let (len, unit, scaled) = self.denominator(clean, a)?;
        let mut rate = Rate {
            parts: [(a, a + len); 2],
            units: [unit; 2],
            n: 1,
            before: false,
            start: 0,
            scaled,
            gap: 0,
        };
        let rest = &clean[a + len..];
        let sep = ['/', '／', '·']
            .into_iter()
            .find(|&c| rest.starts_with(c))
            .map_or(0, char::len_utf8);
        if sep > 0 {
            let b = a + len + sep;
            if let Some((len2, unit2, scaled2)) = self.denominator(clean, b) {
                rate.parts[1] = (b, b + len2);
                rate.units[1] = unit2;
                rate.n = 2;
                rate.scaled |= scaled2;
            }
        }
        Some(rate)
    }

    /// A rate whose denominators stand right before the number that
    /// starts at `start`, each after 每: `每公斤28.5元`, `每人每天150升`,
    /// `每千人口3.2人`. The 每 of most numbers is nowhere near, which a
    /// search of the few bytes before them tells.
    ///
    /// What the rate counts may stand between a scaled denominator and the
    /// number (`每千人口执业医师3.21人`, `每百户家庭拥有汽车45.6辆`), and the
    /// verb of a quoted price between a unit and it (`金價每兩報19,850港元`):
    /// see `rate_gap`, which `money` tells whether the number is an amount
    /// of money to. A chain that reaches the number wins over one with such
    /// a gap.
    fn rate_before(&self, clean: &str, start: usize, money: bool) -> Option<Rate> {
        const PER: char = '每';
        // Twenty characters are at most eighty bytes, and most numbers have
        // no 每 that near: a byte search tells, before any character is
        // counted back.
        let near = &clean.as_bytes()[start.saturating_sub(80)..start];
        // 每 is E6 AF 8F; its last byte is looked for, as the other
        // scanners do.
        if !memchr::memchr_iter(0x8F, near).any(|i| i >= 2 && near[i - 2..i] == [0xE6, 0xAF]) {
            return None;
        }
        let from = back_chars(clean, start, 20);
        let window = &clean[from..start];
        if !window.contains(PER) {
            return None;
        }
        let mut gapped = None;
        // The chain that begins at the leftmost 每 and ends at the number
        // is the longest.
        for (i, _) in window.match_indices(PER) {
            let mut at = from + i;
            let mut rate = Rate {
                parts: [(0, 0); 2],
                units: [PEOPLE; 2],
                n: 0,
                before: true,
                start: at,
                scaled: false,
                gap: start,
            };
            while rate.n < 2 && clean[at..start].starts_with(PER) {
                let a = at + PER.len_utf8();
                let Some((len, unit, scaled)) = self.denominator(clean, a) else {
                    break;
                };
                rate.parts[rate.n] = (a, a + len);
                rate.units[rate.n] = unit;
                rate.n += 1;
                rate.scaled |= scaled;
                at = a + len;
                if at >= start {
                    break;
                }
            }
            if rate.n > 0 && at == start {
                return Some(rate);
            }
            // `每10股派发现金红利2.4元`: the dividend is read in 元, the
            // 10股 before it is passed over as its base.
            let (a, b) = rate.parts[0];
            let counted = clean[a..].starts_with(|c: char| c.is_ascii_digit())
                && !clean[a..b].contains(['万', '萬']);
            let classifier = counted
                || matches!(
                    rate.units[rate.n.max(1) - 1].word,
                    "名" | "个" | "個" | "位"
                );
            // `每万名围产儿87.5例`, `每千名老年人拥有养老床位32张`: a scaled
            // classifier counts the noun after it, which is part of the
            // denominator (`例/万名围产儿`), as 人口 is of `每千人口`.
            if rate.n > 0 && at < start && classifier && !counted && rate.scaled {
                let counted_noun = noun::phrase_after(&clean[at..start])
                    .filter(|w| clean[at..start].starts_with(w.as_str()))
                    .filter(|w| w.chars().count() <= 8 && w.chars().all(noun::is_cjk));
                if let Some(w) = counted_noun {
                    rate.parts[rate.n - 1].1 += w.len();
                    at += w.len();
                    if at == start {
                        return Some(rate);
                    }
                    if gapped.is_none() && rate_gap(&clean[at..start], true, money) {
                        rate.gap = at;
                        gapped = Some(rate);
                    }
                    continue;
                }
            }
            if rate.n > 0
                && at < start
                && gapped.is_none()
                && !classifier
                && rate_gap(&clean[at..start], rate.scaled, money)
            {
                rate.gap = at;
                gapped = Some(rate);
            }
        }
        gapped
    }
}

/// Whether `gap`, between the denominators of a rate after 每 and its
/// number, still leaves them the number's: after a scaled denominator
/// (`每千人口`, `每百户`), a noun of up to ten characters, Chinese or Latin
/// letters and brackets, that holds no other number or clause
/// (`执业（助理）医师`, `拥有AED`); after any other, one verb of a quoted
/// price (报, 售, 价), or, before an amount of money (`money`), one verb of
/// a price, its change or a payment (`每亩补贴120元`, `每吨上调120元`: see
/// `RATE_VERBS`), alone or with the 到, 至 or 为 of the level it reaches
/// (`每人每月提高到143元`), the 可 of what one may receive (`每人可獲發`)
/// or the 最高 of a cap (`每人最高补贴600元`).
/// So `每年增加300人` and `每个村配备2名医生` keep their plain units.
fn rate_gap(gap: &str, scaled: bool, money: bool) -> bool {
    if !scaled {
        let verb = gap.strip_suffix(['到', '至', '为', '為']).unwrap_or(gap);
        // `每人每月最高補助600元`: the cap on what one receives.
        let verb = ["最高", "最多"]
            .iter()
            .find_map(|w| verb.strip_prefix(w))
            .unwrap_or(verb);
        // `每人可獲發2,000港元`: the 可 of what one may receive.
        let verb = verb.strip_prefix('可').unwrap_or(verb);
        return matches!(gap, "报" | "報" | "售" | "价" | "價")
            || (money && RATE_VERBS.binary_search(&verb).is_ok());
    }
    let mut n = 0;
    gap.chars().all(|c| {
        n += 1;
        n <= 10
            && c != '每'
            && (('\u{4e00}'..='\u{9fff}').contains(&c)
                || c.is_ascii_alphabetic()
                || matches!(c, '（' | '）' | '(' | ')'))
    })
}

/// The unit of a denominator that is a scale alone (`/10万`): people.
static PEOPLE: Unit = Unit {
    word: "人",
    kind: Kind::Count,
    canonical: "",
    num: 1,
    den: 1,
};

/// The length of the base of a rate written after the number that ends at
/// `end`: `/10万`, `/万`, `/十万人` (a rate per so many people). Ratios
/// (`生师比16.3:1`) are read by `ratio_end`.
fn rate_base(clean: &str, end: usize) -> Option<usize> {
    let rest = &clean[end..];
    let c = rest.chars().next()?;
    match c {
        '/' | '／' => {
            let after = &rest[c.len_utf8()..];
            let scale = ["100", "10", "1", "十", "百", "千"]
                .into_iter()
                .find(|w| after.starts_with(w))
                .unwrap_or("");
            let tail = &after[scale.len()..];
            let mult = ["万", "萬"].into_iter().find(|w| tail.starts_with(w))?;
            let mut len = c.len_utf8() + scale.len() + mult.len();
            if tail[mult.len()..].starts_with('人') {
                len += '人'.len_utf8();
            }
            Some(len)
        }
        _ => None,
    }
}

/// The end of the run of ASCII or full-width digits at `at`.
fn digits_end(clean: &str, at: usize) -> usize {
    at + clean[at..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
        .map(char::len_utf8)
        .sum::<usize>()
}

/// The end of a ratio whose first term is the number at `start..end`, and
/// its number of terms: `16.3:1`, `1∶15`, `7.1∶38.0∶54.9`. A ratio is
/// told from a score (`主队以3:1获胜`) and a time of day (`10:30:45`) by a
/// word that names a ratio before it in its clause (生师比, 比例, 之比,
/// 产业结构); without one, only three or more terms, of which one has
/// decimals or which are joined by the ratio sign `∶`, make one, since no
/// score or time is written so.
fn ratio_end(clean: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let mut at = end;
    let mut terms = 1;
    let mut decimals = clean[start..end].contains(['.', '．']);
    let mut ratio_sign = false;
    while let Some(c) = clean[at..]
        .chars()
        .next()
        .filter(|c| matches!(c, ':' | '∶' | '：'))
    {
        let a = at + c.len_utf8();
        let mut b = digits_end(clean, a);
        if b == a {
            break;
        }
        if let Some(p) = clean[b..]
            .chars()
            .next()
            .filter(|p| matches!(p, '.' | '．'))
        {
            let d = digits_end(clean, b + p.len_utf8());
            if d > b + p.len_utf8() {
                decimals = true;
                b = d;
            }
        }
        ratio_sign |= c == '∶';
        terms += 1;
        at = b;
    }
    if terms < 2 {
        return None;
    }
    // A number glued on after the last term is some other string of digits
    // (`1:2:3a`, `10:30:45.5`) that is best left alone.
    if clean[at..].starts_with(|c: char| c.is_ascii_alphanumeric() || matches!(c, ':' | '∶' | '：'))
    {
        return None;
    }
    let from = back_chars(clean, start, 12);
    let before = &clean[from..start];
    let clause = before
        .rfind(['，', '。', '；', ',', ';', '！', '？'])
        .map_or(before, |i| &before[i..]);
    // The 比 of a ratio stands a few words before it (`之比缩小到`), or
    // before the ratio it is changed from (`房价收入比由12:1下降到9:1`); the
    // 比 of a comparison (`比上年提前到8:30`) and of a match (`比分`,
    // `比赛`) does not name one.
    let ratio_bi = clause.rfind('比').is_some_and(|i| {
        let after = &clause[i + '比'.len_utf8()..];
        let earlier_ratio = after.char_indices().any(|(k, c)| {
            matches!(c, ':' | '∶' | '：')
                && after[..k].ends_with(|d: char| d.is_ascii_digit())
                && after[k + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit())
        });
        (after.chars().count() <= 5 || earlier_ratio)
            && !after.starts_with(['上', '去', '同', '前', '往', '较', '較', '分', '赛', '賽'])
    });
    let named = ratio_bi || clause.contains("结构") || clause.contains("結構");
    (named || (terms >= 3 && (decimals || ratio_sign))).then_some((at, terms))
}

/// A ratio as written (`7.1∶38.0∶54.9`, `１：１.２`) in ASCII digits and
/// colons, its terms kept as written (`7.1:38.0:54.9`, `1:1.2`).
fn ratio_form(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '∶' | '：' => ':',
            '．' => '.',
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            c => c,
        })
        .collect()
}

/// Whether a number of 点 at `start..end` is a level or change of a stock
/// index (`上证指数报3154.03点`, `下跌30点`, `3000点大关`), a number, not
/// a count of points made (`三点建议`): it has decimals, a 大关 or 关口
/// follows, or the clause before it names an index (指数, 成指, 恒指) or
/// 大盘 within a few words.
fn index_points(clean: &str, start: usize, end: usize, fact: &Fact) -> bool {
    if fact.value.is_some_and(|v| !v.fract().is_zero())
        || ["大关", "关口", "關口", "大關"]
            .iter()
            .any(|w| clean[end..].starts_with(w))
    {
        return true;
    }
    let from = back_chars(clean, start, 16);
    let clause = &clean[from..start];
    let clause = clause
        .rfind(['，', '。', '；', ',', ';'])
        .map_or(clause, |i| &clause[i..]);
    clause.contains('指') || clause.contains("大盘") || clause.contains("大盤")
}

/// A number of years `years` followed, in `rest`, by a number of months
/// (`6个月`, `零六个月`): the length in bytes of the months part and the
/// whole duration in months. `None` when no months follow or either
/// number is no whole number below 100 (the years) or 12 (the months).
fn years_and_months(years: &str, rest: &str) -> Option<(usize, Decimal)> {
    // Most years are followed by no numeral: one character rules it out.
    if !rest.starts_with(scan::is_numeral_char) {
        return None;
    }
    let months_at = if rest.starts_with('零') && !rest.starts_with("零个") {
        '零'.len_utf8()
    } else {
        0
    };
    let digits = rest[months_at..]
        .find(|c: char| !scan::is_numeral_char(c))
        .map_or(rest.len(), |i| months_at + i);
    let unit = ["个月", "個月"]
        .into_iter()
        .find(|w| rest[digits..].starts_with(w))?;
    let y = small_number(years).filter(|y| *y < 100)?;
    let m = small_number(&rest[months_at..digits]).filter(|m| (1..12).contains(m))?;
    Some((digits + unit.len(), Decimal::from(y * 12 + m)))
}

/// `at`, or the end of the run of digits (and decimal points and
/// separators) that `at` stands inside.
fn past_digit_run(clean: &str, at: usize) -> usize {
    let is_digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    if !clean[..at].chars().next_back().is_some_and(is_digit) {
        return at;
    }
    let rest = &clean[at..];
    let run = rest
        .find(|c: char| {
            !(c.is_ascii_digit() || ('０'..='９').contains(&c) || matches!(c, '.' | '．' | ','))
        })
        .unwrap_or(rest.len());
    at + run
}

/// Where a date whose number starts at `at` begins when 公元前 or 西元前
/// ("before the common era") stands before it, with the qualifier of a word
/// before that (`约公元前3000年`), or `None` when neither era word does.
fn before_common_era(clean: &str, at: usize) -> Option<(usize, Qualifier)> {
    let era = ["公元前", "西元前"]
        .iter()
        .find(|w| clean[..at].ends_with(*w))?;
    let start = at - era.len();
    let word = PREFIX_QUALIFIERS
        .iter()
        .filter(|(w, q)| *q == Qualifier::About && clean[..start].ends_with(w))
        .max_by_key(|(w, _)| w.len());
    Some(match word {
        Some((w, q)) => (start - w.len(), *q),
        None => (start, Qualifier::Exact),
    })
}

/// The ISO 8601 year of the year `v` before the common era, numbered as
/// astronomers do, with a year 0: 1 BC is `0000`, 221 BC is `-0220`.
fn bc_year(v: u32) -> String {
    match v - 1 {
        0 => "0000".to_string(),
        y => format!("-{y:04}"),
    }
}

/// The end of the year part (`2023年`) of a date match starting at `start`.
fn year_end(clean: &str, start: usize) -> usize {
    clean[start..]
        .find('年')
        .map_or(clean.len(), |i| start + i + '年'.len_utf8())
}

/// The characters a candidate can begin with. The patterns name a superset
/// of them: every character outside ASCII in them (the comments left out),
/// the digits of both widths (which they name only as ranges) and the signs.
/// Of these, the finder's automaton keeps those after which it can still
/// match: most characters inside the patterns (年, 月, 之) begin none, and
/// each search started at one would fail.
fn start_chars(patterns: &[String], finder: &hybrid::dfa::DFA) -> CharSet {
    let named = patterns.iter().flat_map(|p| {
        p.lines()
            .flat_map(|line| line.split('#').next().unwrap_or("").chars())
            .filter(|c| !c.is_ascii())
    });
    let mut cache = finder.create_cache();
    let mut can_start = |c: char| {
        let mut buf = [0u8; 4];
        let bytes = c.encode_utf8(&mut buf).as_bytes();
        let input = Input::new(bytes).anchored(Anchored::Yes);
        let Ok(mut sid) = finder.start_state_forward(&mut cache, &input) else {
            // Keep what cannot be checked: a superset only costs time.
            return true;
        };
        for &b in bytes {
            match finder.next_state(&mut cache, sid, b) {
                Ok(next) => sid = next,
                Err(_) => return true,
            }
        }
        !sid.is_dead()
    };
    CharSet::new(
        named
            .chain('0'..='9')
            .chain('０'..='９')
            .chain(['-', '+'])
            .filter(|&c| can_start(c)),
    )
}

fn next_char(s: &str, at: usize) -> usize {
    s[at..]
        .chars()
        .next()
        .map_or(s.len(), |c| at + c.len_utf8())
}

fn trim_span(text: &str, s: usize, e: usize) -> Span {
    let piece = &text[s..e];
    // Most sentences neither open nor end with noise, which `trim_noise`
    // tells from their first and last characters, without a searcher.
    let kept = scan::trim_noise(piece);
    if kept.is_empty() {
        return Span { start: s, end: s };
    }
    let lead = kept.as_ptr() as usize - piece.as_ptr() as usize;
    Span {
        start: s + lead,
        end: s + lead + kept.len(),
    }
}

fn words_of<T: Copy>(table: &'static [(&'static str, T)]) -> impl Iterator<Item = &'static str> {
    table.iter().map(|(w, _)| *w)
}

/// Words sorted longest first (then in code point order), without
/// duplicates: the order of a regex alternation that prefers the longest.
fn longest_first<'a>(words: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut words: Vec<&str> = words.into_iter().collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    words.dedup();
    words
}

/// A regex alternation of literal words, longest first.
fn alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let words = longest_first(words);
    let escaped: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
    format!("(?:{})", escaped.join("|"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first fact of a text, as `text|kind|value|low|high|qualifier|
    /// unit|normalized`, or an empty string when there is none.
    fn first(ex: &Extractor, text: &str) -> String {
        first_row(ex, text, false)
    }

    /// The first fact of `text` as `text|kind|value|low|high|qualifier|unit`
    /// and then either `normalized` or, with `rate`, `canonical_value|
    /// canonical_unit|noun`; empty when there is none.
    fn first_row(ex: &Extractor, text: &str, rate: bool) -> String {
        render_row(ex.extract(text).first(), rate)
    }

    /// The row of the last fact of `text`, as `first_rate` renders it: the
    /// fact that the words before it, and the facts before it, decide.
    fn last_rate(ex: &Extractor, text: &str) -> String {
        render_row(ex.extract(text).last(), true)
    }

    /// Every fact of `text`, in order, as `render_row` renders them with
    /// their rates, joined by `sep`.
    fn all_rows(ex: &Extractor, text: &str, sep: &str) -> String {
        let rows: Vec<String> = ex
            .extract(text)
            .iter()
            .map(|f| render_row(Some(f), true))
            .collect();
        rows.join(sep)
    }

    fn render_row(f: Option<&Fact>, rate: bool) -> String {
        let Some(f) = f else {
            return String::new();
        };
        let d = |v: Option<Decimal>| v.map(|v| v.to_string()).unwrap_or_default();
        let s = |v: &Option<String>| v.clone().unwrap_or_default();
        let mut row = vec![
            f.text.clone(),
            f.kind.to_string(),
            d(f.value),
            d(f.low),
            d(f.high),
            f.qualifier.to_string(),
            s(&f.unit),
        ];
        if rate {
            row.extend([d(f.canonical_value), s(&f.canonical_unit), s(&f.noun)]);
        } else {
            row.push(s(&f.normalized));
        }
        row.join("|")
    }

    /// Checks every case at once, listing all that read otherwise.
    fn assert_rows(cases: &[(&str, &str)], row: impl Fn(&str) -> String) {
        let wrong: Vec<String> = cases
            .iter()
            .filter(|(text, want)| row(text) != *want)
            .map(|(text, want)| format!("{text}: got {} want {want}", row(text)))
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn each_rule_reads_its_cases() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("推选邻长2.18万名", "2.18万名|count|21800|||exact|名|"),
            ("纠纷 5000 余起", "5000 余起|count|5000|5000||over|起|"),
            ("约 3 万名新就业群体", "约 3 万名|count|30000|||about|名|"),
            ("共计采血 3万毫升", "3万毫升|measure|30000|||exact|毫升|"),
            ("近万次", "近万次|count|10000||10000|under|次|"),
            ("5-7 天内", "5-7 天|duration||5|7|range|天|"),
            ("化解率 100%", "100%|percent|100|||exact|%|"),
            ("百分之八十", "百分之八十|percent|80|||exact|%|"),
            ("排名第 4", "第 4|ordinal|4|||exact||"),
            ("兵分七路", "七路|count|7|||exact|路|"),
            ("1260582亿元", "1260582亿元|money|126058200000000|||exact|元|"),
            ("2 月 3 日", "2 月 3 日|date||||exact||--02-03"),
            ("增长 3.5 个百分点", "3.5 个百分点|number|3.5|||exact|个百分点|"),
            ("零下5摄氏度", "零下5摄氏度|measure|-5|||exact|摄氏度|"),
            ("负百分之四十", "负百分之四十|percent|-40|||exact|%|"),
            ("-0.6%～1.1%", "-0.6%～1.1%|percent||-0.6|1.1|range|%|"),
            ("十几个", "十几个|count||11|19|range|个|"),
            ("数十个", "数十个|count||10|100|range|个|"),
            ("几百人", "几百人|count||100|1000|range|人|"),
            ("三四个", "三四个|count||3|4|range|个|"),
            ("三四十家", "三四十家|count||30|40|range|家|"),
            ("上百户", "上百户|count|100|100||over|户|"),
            ("近百人", "近百人|count|100||100|under|人|"),
            ("两千多名", "两千多名|count|2000|2000||over|名|"),
            ("5至7个", "5至7个|count||5|7|range|个|"),
            ("5到7个", "5到7个|count||5|7|range|个|"),
            ("三分之一", "三分之一|fraction|0.3333333333|||exact||"),
            ("七成五", "七成五|percent|75|||exact|%|"),
            ("八折", "八折|percent|80|||exact|%|"),
            ("凌晨 2 时", "凌晨 2 时|time||||exact||02:00"),
            ("下午3点半", "下午3点半|time||||exact||15:30"),
            ("凌晨两点多", "凌晨两点多|time||||over||02:00"),
            ("约10时许", "约10时许|time||||about||10:00"),
            ("约10时，记者赶到", "约10时|time||||about||10:00"),
            ("晚上8点", "晚上8点|time||||exact||20:00"),
            ("2023年第三季度", "2023年第三季度|date||||exact||2023-Q3"),
            ("民國112年", "民國112年|date||||exact||2023"),
            ("2024年 2月 5日", "2024年 2月 5日|date||||exact||2024-02-05"),
            ("072024年 2月 5日", "2024年 2月 5日|date||||exact||2024-02-05"),
            ("24小时", "24小时|duration|24|||exact|小时|"),
            ("3个多月", "3个多月|duration|3|3||over|个月|"),
            ("10 亩", "10 亩|measure|10|||exact|亩|"),
            ("5 公里", "5 公里|measure|5|||exact|公里|"),
            ("1,234.5万元", "1,234.5万元|money|12345000|||exact|元|"),
            ("２５％", "２５％|percent|25|||exact|%|"),
            ("300余万元", "300余万元|money|3000000|3000000||over|元|"),
            ("50岁上下", "50岁上下|count|50|||about|岁|"),
            ("100人以上", "100人以上|count|100|100||over|人|"),
            ("一线", ""),
            ("一把手", ""),
            ("第一书记", ""),
            ("“三长制”", ""),
            ("拨打 120", ""),
            ("1、", ""),
            ("（一）", ""),
            ("三心二意", ""),
            ("5G基站", ""),
            ("2021-2023年", "2021-2023年|date||||range||2021/2023"),
            ("14亿元至16亿元", "14亿元至16亿元|money||1400000000|1600000000|range|元|"),
            ("逾200人", "逾200人|count|200|200||over|人|"),
            ("不少于30台", "不少于30台|count|30|30||over|台|"),
            ("一成", "一成|percent|10|||exact|%|"),
            ("队伍3支", "3支|count|3|||exact|支|"),
            ("百余人", "百余人|count|100|100||over|人|"),
            ("數十名", "數十名|count||10|100|range|名|"),
            ("3个多小时", "3个多小时|duration|3|3||over|小时|"),
            ("气温11度或以下", "11度或以下|measure|11||11|under|度|"),
            ("开 展 培 训 1 2 0 0 人 次", "1 2 0 0 人 次|count|1200|||exact|人次|"),
            ("造林面积 1 2 0 0 0 亩", "1 2 0 0 0 亩|measure|12000|||exact|亩|"),
            ("覆盖率达到 4 5 . 8 %", "4 5 . 8 %|percent|45.8|||exact|%|"),
            ("比分 3 1 领先", ""),
            ("他以3比1获胜", ""),
            ("国道1號", ""),
            ("第一，坚持", ""),
            ("市第一人民医院", ""),
            ("第 3 版", ""),
            ("股票代码：688356", ""),
            ("— 12 —", ""),
            ("ISO 9001", ""),
            ("四级手术", ""),
            ("大陆地区", ""),
            ("拾起钱包", ""),
            ("伍元", "伍元|money|5|||exact|元|"),
            ("新臺幣3.5億元", "新臺幣3.5億元|money|350000000|||exact|新臺幣|"),
            ("花了500臺幣", "500臺幣|money|500|||exact|臺幣|"),
            ("人民幣3億元", "人民幣3億元|money|300000000|||exact|人民幣|"),
            ("1000萬日圓", "1000萬日圓|money|10000000|||exact|日圓|"),
            ("澳门币100元", "澳门币100元|money|100|||exact|澳门币|"),
            ("三天两头", ""),
            ("2024-02-05", "2024-02-05|date||||exact||2024-02-05"),
            ("2024/2/5", "2024/2/5|date||||exact||2024-02-05"),
            ("11月1日至15日举办", "11月1日至15日|date||||range||--11-01/--11-15"),
            ("2024年7月至9月", "2024年7月至9月|date||||range||2024-07/2024-09"),
            ("二〇二四年七月至九月", "二〇二四年七月至九月|date||||range||2024-07/2024-09"),
            ("2024年7—9月", "2024年7—9月|date||||range||2024-07/2024-09"),
            ("7月至9月", "7月至9月|date||||range||--07/--09"),
            ("2023年度全市财政收入", "2023年度|date||||exact||2023"),
            ("2023年度报告", "2023年度|date||||exact||2023"),
            ("上世纪90年代", "90年代|date||||exact||199"),
            ("本世纪20年代", "20年代|date||||exact||202"),
            ("八十年代末", "八十年代|date||||exact||198"),
            ("1990年代", "1990年代|date||||exact||199"),
            ("服务30年", "30年|duration|30|||exact|年|"),
            ("本月15日至20日开展", "15日至20日|date||||range||---15/---20"),
            ("2024年3月5日—7日", "2024年3月5日—7日|date||||range||2024-03-05/2024-03-07"),
            ("3月15日至10日", "3月15日|date||||exact||--03-15"),
            ("1—2月份", "1—2月|date||||range||--01/--02"),
            ("每天早上6:30起床", "早上6:30|time||||exact||06:30"),
            ("上午8:30至下午5:00", "上午8:30|time||||exact||08:30"),
            ("至下午5:00结束", "下午5:00|time||||exact||17:00"),
            ("晚上10:30关门", "晚上10:30|time||||exact||22:30"),
            ("攝氏12.3度", "攝氏12.3度|measure|12.3|||exact|攝氏度|"),
            ("气温摄氏零下10度", "摄氏零下10度|measure|-10|||exact|摄氏度|"),
            ("等了3個小時", "3個小時|duration|3|||exact|小時|"),
            ("工期約10個工作天", "約10個工作天|duration|10|||about|工作天|"),
            ("為期3週", "3週|duration|3|||exact|週|"),
            ("時間為30秒", "30秒|duration|30|||exact|秒|"),
            ("抽检食品3000批次", "3000批次|count|3000|||exact|批次|"),
            ("车辆通行120万辆次", "120万辆次|count|1200000|||exact|辆次|"),
            ("家禽出栏1.2亿羽", "1.2亿羽|count|120000000|||exact|羽|"),
            ("花費100萬人民幣", "100萬人民幣|money|1000000|||exact|人民幣|"),
            ("約3萬日圓", "約3萬日圓|money|30000|||about|日圓|"),
            ("約500歐元", "約500歐元|money|500|||about|歐元|"),
            ("價值200萬澳門元", "200萬澳門元|money|2000000|||exact|澳門元|"),
            ("接种疫苗640萬劑", "640萬劑|count|6400000|||exact|劑|"),
            ("查獲3,000餘包", "3,000餘包|count|3000|3000||over|包|"),
            ("累積雨量300公釐", "300公釐|measure|300|||exact|公釐|"),
            ("成绩2分30秒", "2分30秒|duration|150|||exact|秒|"),
            ("以47秒35的成绩夺冠", "47秒35|duration|47.35|||exact|秒|"),
            ("外借图书89.3万册次", "89.3万册次|count|893000|||exact|册次|"),
            ("引进世界500强企业8家", "8家|count|8|||exact|家|"),
            ("至少有300人受伤", "至少有300人|count|300|300||over|人|"),
            ("门票HK$200", "HK$200|money|200|||exact|HK$|"),
            ("票价NT$1,000", "NT$1,000|money|1000|||exact|NT$|"),
            ("投资额达$5000万", "$5000万|money|50000000|||exact|$|"),
            ("售价为¥299元", "¥299元|money|299|||exact|元|"),
            ("罚款€50", "€50|money|50|||exact|€|"),
            ("约$500", "约$500|money|500|||about|$|"),
            ("超过HK$200", "超过HK$200|money|200|200||over|HK$|"),
            ("約莫200人", "約莫200人|count|200|||about|人|"),
            ("入选全国10強", ""),
            ("規模7.2強震", "7.2|number|7.2|||exact||"),
            ("跑出9秒83", "9秒83|duration|9.83|||exact|秒|"),
            ("以1分52秒08夺冠", "1分52秒08|duration|112.08|||exact|秒|"),
            ("间隔3秒12次", "3秒|duration|3|||exact|秒|"),
            ("持续30秒", "30秒|duration|30|||exact|秒|"),
            ("以2小時08分35秒奪冠", "2小時08分35秒|duration|7715|||exact|秒|"),
            ("用时约1小时20分", "约1小时20分|duration|4800|||about|秒|"),
            ("下午3时30分", "下午3时30分|time||||exact||15:30"),
            ("中午12时", "中午12时|time||||exact||12:00"),
            ("中午1时", "中午1时|time||||exact||13:00"),
            ("中午11点半", "中午11点半|time||||exact||11:30"),
            ("晚上12点", "晚上12点|time||||exact||00:00"),
            ("午夜12时", "午夜12时|time||||exact||00:00"),
            ("深夜2点", "深夜2点|time||||exact||02:00"),
            ("深夜11点", "深夜11点|time||||exact||23:00"),
            ("下午12点半", "下午12点半|time||||exact||12:30"),
            ("晚上20时", "晚上20时|time||||exact||20:00"),
            ("得了6分", "6分|number|6|||exact|分|"),
            ("湖人队在比赛中拿下52分", "52分|number|52|||exact|分|"),
            ("一度领先4分", "4分|number|4|||exact|分|"),
            ("他全场得到31分、12个篮板", "31分|number|31|||exact|分|"),
            ("该队目前积45分", "45分|number|45|||exact|分|"),
            ("领先三分", "三分|number|3|||exact|分|"),
            ("领先4分钟", "4分钟|duration|4|||exact|分钟|"),
            ("每度电降低2分钱", "2|number|2|||exact||"),
            ("占了3分", "3|number|3|||exact||"),
            ("沪深300指数市盈率约为12倍", "约为12倍|number|12|||about|倍|"),
            ("科创50成份股", ""),
            ("中证1000指数", ""),
            ("沪深两市三大指数集体收涨", ""),
            ("两市全天成交额为8974亿元", "8974亿元|money|897400000000|||exact|元|"),
            ("两市一县", "两市|count|2|||exact|市|"),
            ("九年义务教育巩固率为97.6%", "97.6%|percent|97.6|||exact|%|"),
            ("孕产妇死亡率为6.8/10万", "6.8/10万|number|6.8|||exact|/10万|"),
            ("报告发病率为259.7/10万，", "259.7/10万|number|259.7|||exact|/10万|"),
            ("发病率12.5/万人", "12.5/万人|number|12.5|||exact|/万人|"),
            ("全市小学生师比为16.3:1，初中为12.8:1", "16.3:1|number|16.3|||exact|:1|16.3:1"),
            ("生师比16.3∶1", "16.3∶1|number|16.3|||exact|∶1|16.3:1"),
            ("主队以3:1获胜", ""),
            ("比分3:1", ""),
            ("最终以2：0结束比赛", ""),
            // A ratio to anything but one has no single value: one fact,
            // its terms in `normalized`, never a time or bare numbers.
            ("三次产业结构比例为4.1:37.2:58.7", "4.1:37.2:58.7|number||||exact||4.1:37.2:58.7"),
            ("三次产业结构为７.１∶３８.０∶５４.９。", "７.１∶３８.０∶５４.９|number||||exact||7.1:38.0:54.9"),
            ("全校师生比1:15", "1:15|number||||exact||1:15"),
            ("师生比1∶15", "1∶15|number||||exact||1:15"),
            ("出生人口性别比为108.3∶100", "108.3∶100|number||||exact||108.3:100"),
            ("男女比例约为1：1.2", "约为1：1.2|number||||about||1:1.2"),
            ("三次产业结构调整为10:35:55", "10:35:55|number||||exact||10:35:55"),
            ("混凝土按1∶2∶3配制", "1∶2∶3|number||||exact||1:2:3"),
            ("比例尺为1:50000的地形图", "1:50000|number||||exact||1:50000"),
            ("城乡居民收入之比缩小到2.31∶1", "2.31∶1|number|2.31|||exact|∶1|2.31:1"),
            // The 比 of a comparison names no ratio; times stay times.
            ("比上年提前到8:30开放", "8:30|time||||exact||08:30"),
            ("上午10:30:45开始", "上午10:30|time||||exact||10:30"),
            // A year or century before the common era is a date, numbered
            // as ISO 8601 numbers it (1 BC is year 0); an AD century is
            // ISO's century, and so many centuries take 个.
            ("秦于公元前221年统一六国", "公元前221年|date||||exact||-0220"),
            ("西元前1年", "西元前1年|date||||exact||0000"),
            ("夏朝约建立于公元前2070年", "公元前2070年|date||||exact||-2069"),
            ("陶器可追溯到约公元前3000年", "约公元前3000年|date||||about||-2999"),
            ("遗址年代在公元前5世纪", "公元前5世纪|date||||exact||"),
            ("进入21世纪以来", "21世纪|date||||exact||20"),
            ("19世纪80年代建成", "19世纪80年代|date||||exact||188"),
            ("持续了5个世纪", "5个世纪|duration|5|||exact|世纪|"),
            ("该城始建于公元1368年", "1368年|date||||exact||1368"),
            // The digits of a Latin name are no number.
            ("新增COVID-19确诊病例35例", "35例|count|35|||exact|例|"),
            ("上证指数报3154.03点", "3154.03点|number|3154.03|||exact|点|"),
            ("沪指下跌30点", "30点|number|30|||exact|点|"),
            ("上证指数有望在3000点至3500点之间震荡", "3000点至3500点|number||3000|3500|range|点|"),
            ("站上3000点大关", "3000点|number|3000|||exact|点|"),
            ("台股加權指數大漲412點", "412點|number|412|||exact|點|"),
            ("提出三點建議", "三點|count|3|||exact|點|"),
            ("提出三点建议", "三点|count|3|||exact|点|"),
            ("设立5点", "5点|count|5|||exact|点|"),
            ("下调4个基点", "4个基点|number|4|||exact|个基点|"),
            ("连续3个交易日净流入", "3个交易日|duration|3|||exact|交易日|"),
            ("最大风速42米/秒", "42米/秒|measure|42|||exact|米/秒|"),
            ("判处有期徒刑3年6个月，并处罚金", "3年6个月|duration|42|||exact|个月|"),
            ("判处有期徒刑三年六个月", "三年六个月|duration|42|||exact|个月|"),
            ("有期徒刑十年零六个月", "十年零六个月|duration|126|||exact|个月|"),
            ("用了2年3个月", "2年3个月|duration|27|||exact|个月|"),
            ("3年12个月", "3年|duration|3|||exact|年|"),
            ("约3年5个月", "约3年5个月|duration|41|||about|个月|"),
            ("今年经济总量翻一番", "翻一番|number|2|||exact|倍|"),
            ("到那时翻两番", "翻两番|number|4|||exact|倍|"),
            ("收入翻了一番", "翻了一番|number|2|||exact|倍|"),
            ("产值翻了三番", "翻了三番|number|8|||exact|倍|"),
            ("费了一番功夫", ""),
            ("造成2死5伤", "2死|count|2|||exact|死|"),
            ("一死两伤", "一死|count|1|||exact|死|"),
            ("九死一生", ""),
            ("3死亡", "3|number|3|||exact||"),
            ("最近3天", "3天|duration|3|||exact|天|"),
            ("记者24日获悉", "24日|date||||exact||---24"),
            ("3日内办结", "3日|duration|3|||exact|日|"),
            ("9·11事件", ""),
            ("3-5万人", "3-5万人|count||30000|50000|range|人|"),
            ("5000-1万人", "5000-1万人|count||5000|10000|range|人|"),
            ("完成投资\n\n— 12 —\n\n1.2亿元", "1.2亿元|money|120000000|||exact|元|"),
            ("完成投资 1.2\n\n— 12 —\n\n亿元", "1.2\n\n— 12 —\n\n亿元|money|120000000|||exact|元|"),
            ("新增专利 47\n第 3 页 共 20 页\n项", "47\n第 3 页 共 20 页\n项|count|47|||exact|项|"),
            ("救助群众 48\r00 余人", "48\r00 余人|count|4800|4800||over|人|"),
            ("常住人口 1,2\r\n34 万人", "1,2\r\n34 万人|count|12340000|||exact|人|"),
            ("增长１\n２.５％", "１\n２.５％|percent|12.5|||exact|%|"),
            ("地区生产总值增长5.2%［2］", "5.2%|percent|5.2|||exact|%|"),
            ("约1/3的居民", "约1/3|fraction|0.3333333333|||about||"),
            ("增长−2.1%", "−2.1%|percent|-2.1|||exact|%|"),
            ("新签约亿元以上项目", ""),
            ("112年度預算", "112年度|date||||exact||2023"),
            ("第3季經濟成長率", "第3季|date||||exact||"),
            ("第一季度全市接报火警320起", "第一季度|date||||exact||"),
            ("前三季度，全市生产总值增长5.2%", "前三季度|date||||range||"),
            ("1—3季度全市实现增加值", "1—3季度|date||||range||"),
            ("截至一季度末", "一季度|date||||exact||"),
            ("三季度GDP增长4.9%", "三季度|date||||exact||"),
            ("2023年前三季度", "2023年前三季度|date||||range||2023-Q1/2023-Q3"),
            ("2024年1—2季度", "2024年1—2季度|date||||range||2024-Q1/2024-Q2"),
            ("2023年三季度", "2023年三季度|date||||exact||2023-Q3"),
            ("发生5.1级地震", "5.1级|measure|5.1|||exact|级|"),
            ("沿海将有8～10级大风", "8～10级|measure||8|10|range|级|"),
            ("阵风12级", "12级|measure|12|||exact|级|"),
            ("最大风力十四级", "十四级|measure|14|||exact|级|"),
            ("东北风3到4级", "3到4级|measure||3|4|range|级|"),
            ("里氏7级", "7级|measure|7|||exact|级|"),
            ("7级风圈半径", "7级|measure|7|||exact|级|"),
            ("发生六级地震", "六级|measure|6|||exact|级|"),
            ("全区有3级医院2家", "3级|count|3|||exact|级|"),
            ("四级手术", ""),
            ("连续三季度增长", "三季度|duration|3|||exact|季度|"),
            ("用了三个季度", "三个季度|duration|3|||exact|季度|"),
            ("前5季度", "5季度|duration|5|||exact|季度|"),
            ("今年首三季訪港旅客", "首三季|date||||range||"),
            ("前三季經濟增長3.1%", "前三季|date||||range||"),
            ("2024年首三季", "2024年首三季|date||||range||2024-Q1/2024-Q3"),
            ("近10季最大增幅", "近10季|duration|10||10|under|季|"),
            ("連續三季增長", "三季|duration|3|||exact|季|"),
            ("客服电话400-820-1234", ""),
            ("拨打反诈专线96110咨询", ""),
            ("撥打防詐專線165", ""),
            ("车牌号为浙A·12345的货车", ""),
            ("注：1.本公报数据为初步统计数。", ""),
            ("气温-5℃至3℃", "-5℃至3℃|measure||-5|3|range|℃|"),
            ("iPhone 15发布", ""),
            ("3.0版本", ""),
            // Words and names whose numeral stands before a classifier or a
            // unit; the real quantity of the sentence is still read.
            ("六盘水市森林覆盖率达到66.5%", "66.5%|percent|66.5|||exact|%|"),
            ("三门峡市粮食总产量达到160万吨", "160万吨|measure|1600000|||exact|吨|"),
            ("五台山景区游客量达到400万人次", "400万人次|count|4000000|||exact|人次|"),
            ("七匹狼服装公司营收35亿元", "35亿元|money|3500000000|||exact|元|"),
            ("三只松鼠公司营收70亿元", "70亿元|money|7000000000|||exact|元|"),
            ("他是公司的二把手，分管部门5个", "5个|count|5|||exact|个|"),
            ("老三家里养了30头猪", "30头|count|30|||exact|头|"),
            ("东三省粮食产量占全国的五分之一", "五分之一|fraction|0.2|||exact||"),
            ("游客们来到五道口，人均消费200元", "200元|money|200|||exact|元|"),
            ("广州三元里社区有居民2万人", "2万人|count|20000|||exact|人|"),
            ("破除城乡二元结构，农民收入增长9%", "9%|percent|9|||exact|%|"),
            ("二次供水设施改造完成120处", "120处|count|120|||exact|处|"),
            ("第二次全国经济普查", "第二次|ordinal|2|||exact|次|"),
            ("二期项目完工，新增产能50万吨", "50万吨|measure|500000|||exact|吨|"),
            ("二道区新增企业300家", "300家|count|300|||exact|家|"),
            ("住在二楼的二组组长", ""),
            ("二人被当场抓获", "二人|count|2|||exact|人|"),
            ("两期工程", "两期|count|2|||exact|期|"),
            ("十二次", "十二次|count|12|||exact|次|"),
            ("买了二斤肉", "二斤|measure|2|||exact|斤|"),
            ("要坚持两点论和重点论的统一，全年调研40次", "40次|count|40|||exact|次|"),
            ("一年一个样、三年大变样，新建道路30公里", "30公里|measure|30|||exact|公里|"),
            ("实施三支一扶计划，招募大学生800名", "800名|count|800|||exact|名|"),
            ("二十四节气展览吸引观众5万人次", "5万人次|count|50000|||exact|人次|"),
            ("八路军纪念馆接待游客30万人次", "30万人次|count|300000|||exact|人次|"),
            ("两岸三地的学者共120人参会", "120人|count|120|||exact|人|"),
            ("这是两回事，涉及资金300万元", "300万元|money|3000000|||exact|元|"),
            ("这种两张皮的问题，整改了35个", "35个|count|35|||exact|个|"),
            ("一方有难八方支援，共捐款500万元", "500万元|money|5000000|||exact|元|"),
            ("签订三方协议后，企业拿到贷款80万元", "80万元|money|800000|||exact|元|"),
            ("十里八乡的村民约有3000人", "约有3000人|count|3000|||about|人|"),
            ("他有三头六臂也忙不过来", ""),
            ("这些干部搞两面三刀", ""),
            ("两人相差十万八千里，差距达10倍", "两人|count|2|||exact|人|"),
            ("这个方法一成不变地用了10年", "10年|duration|10|||exact|年|"),
            ("近一成的企业", "近一成|percent|10||10|under|%|"),
            ("事情一波三折，工期拖延了3个月", "3个月|duration|3|||exact|个月|"),
            ("商品七折八扣之后", ""),
            ("三分钟热度不可取", ""),
            ("十年如一日，他累计献血8000毫升", "8000毫升|measure|8000|||exact|毫升|"),
            ("一点一滴", ""),
            ("全村发生一百八十度大转变", ""),
            ("推翻了三座大山", ""),
            ("约法三章", ""),
            ("坚持四项基本原则", ""),
            ("同一时间，另一组的6名队员已到达", "6名|count|6|||exact|名|"),
            ("一时半会", ""),
            ("下午一时", "下午一时|time||||exact||13:00"),
            ("上午十一时", "上午十一时|time||||exact||11:00"),
            // Names written with Arabic digits.
            ("618大促期间，成交额增长20%", "20%|percent|20|||exact|%|"),
            ("实行996工作制的企业被约谈12家", "12家|count|12|||exact|家|"),
            ("58同城发布报告", ""),
            ("穿361度运动鞋的运动员有30名", "30名|count|30|||exact|名|"),
            ("双11当天快递量达到1200万件", "1200万件|count|12000000|||exact|件|"),
            ("双110件", "110件|count|110|||exact|件|"),
            ("6180元", "6180元|money|6180|||exact|元|"),
            // References into the document and list items run into a line.
            ("第一部分 总体情况", ""),
            ("第三部电影", "第三部|ordinal|3|||exact|部|"),
            ("2024年3月18日 第5期 总第1203期", "2024年3月18日|date||||exact||2024-03-18"),
            ("第5期", ""),
            ("正文第一段", ""),
            ("正文\n\n3 / 20\n\n下文", ""),
            ("约1/3的居民", "约1/3|fraction|0.3333333333|||about||"),
            // A denominator longer than the pattern's six digits, or with a
            // decimal part, gives no fraction and no stray digit.
            ("抽样比例为1/1234567。", ""),
            ("抽样比例为1/12345678901234567890。", ""),
            ("两者之比为1/3.5。", ""),
            ("全年实现营收 1 2 , 3 4 5 万 元", "1 2 , 3 4 5 万 元|money|123450000|||exact|元|"),
            ("全年销售 12\u{2009}345 台", "12\u{2009}345 台|count|12345|||exact|台|"),
            ("全年销售\u{2002}320\u{2002}台", "320\u{2002}台|count|320|||exact|台|"),
            ("详见附表2和图3", ""),
            ("表2.1 主要经济指标", ""),
            ("见附件1。", ""),
            ("主要做法：1.抓落实；2.抓创新", ""),
            ("增长率为：1.5", "1.5|number|1.5|||exact||"),
            // Invisible characters inside a number.
            ("完成项目 3\u{AD}2 个", "3\u{AD}2 个|count|32|||exact|个|"),
            ("新建基站 2\u{200B}300 个", "2\u{200B}300 个|count|2300|||exact|个|"),
            ("覆盖率 9\u{2060}8.5%", "9\u{2060}8.5%|percent|98.5|||exact|%|"),
        ];
        for (text, want) in cases {
            assert_eq!(first(&ex, text), *want, "{text}");
        }
    }

    #[test]
    fn a_line_break_between_digits_joins_a_broken_number_and_no_table_cells() {
        // Every fact of the text, in order: the pieces of a number broken
        // across lines are one number, the cells of a flattened table
        // stay apart (they are bare numbers, which are mostly not
        // reported, so cells with units show it; the noun is not looked
        // for past the cell before).
        let ex = Extractor::new();
        let all = |text: &str| all_rows(&ex, text, " / ");
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("全年接待游客 1\n\n536 人次", "1\n\n536 人次|count|1536|||exact|人次|||游客"),
            ("实现利润 1.8\n\n6 亿元", "1.8\n\n6 亿元|money|186000000|||exact|元|186000000|CNY|利润"),
            ("营收增长 1\n3.5%", "1\n3.5%|percent|13.5|||exact|%|||营收"),
            ("增速\n12.5%\n13.1%", "12.5%|percent|12.5|||exact|%|||增速 / 13.1%|percent|13.1|||exact|%|||增速"),
            ("增速 12.5\n13.1%", "13.1%|percent|13.1|||exact|%|||"),
            ("年份\n2023\n2024年", "2024年|date||||exact||||"),
            ("营业收入\n98,652.3\n111,046.5 万元", "111,046.5 万元|money|1110465000|||exact|元|1110465000|CNY|"),
            ("产量 1,234\n5,678 吨", "5,678 吨|measure|5678|||exact|吨|5678000|kg|"),
        ];
        assert_rows(cases, all);
    }

    #[test]
    fn health_statistics_read_in_their_units_and_nouns() {
        // Every fact of the text, in order, as a reader of a health
        // bulletin checks them.
        let ex = Extractor::new();
        let all = |text: &str| all_rows(&ex, text, " / ");
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // A blood pressure is two pressures, the systolic over the
            // diastolic, no fraction; a qualifier before it is the first's.
            ("成人血压应低于140/90mmHg", "低于140|measure|140||140|under|mmHg|140|mmHg|成人血压 / 90mmHg|measure|90|||exact|mmHg|90|mmHg|成人血压"),
            // 应 (should) before a number is no part of the noun; in a
            // word (供应, 反应) it is.
            ("餐后血糖应低于7.8mmol/L", "低于7.8mmol/L|measure|7.8||7.8|under|mmol/L|7.8|mmol/L|餐后血糖"),
            ("天然气供应12亿立方米", "12亿立方米|measure|1200000000|||exact|立方米|1200000000|m³|天然气供应"),
            ("理想血压为120/80 mmHg", "120|measure|120|||exact|mmHg|120|mmHg|理想血压 / 80 mmHg|measure|80|||exact|mmHg|80|mmHg|理想血压"),
            ("血压130/85毫米汞柱", "130|measure|130|||exact|毫米汞柱|130|mmHg|血压 / 85毫米汞柱|measure|85|||exact|毫米汞柱|85|mmHg|血压"),
            // Without a pressure unit the slash still makes a fraction,
            // and a number after a slash behind a letter stays a code.
            ("比例为3/4", "3/4|fraction|0.75|||exact||||比例"),
            ("编号A/90mmHg", ""),
            // Bed-days and units of blood are units of their own.
            ("医院医师日均担负诊疗6.8人次和住院2.1床日", "6.8人次|count|6.8|||exact|人次|||医院医师日均担负诊疗 / 2.1床日|count|2.1|||exact|床日|||住院"),
            ("采血量达18.6万单位", "18.6万单位|count|186000|||exact|单位|||采血量"),
            // 拥有 is the predicate after the thing counted.
            ("3岁以下婴幼儿拥有托位数3.8个", "3岁以下|count|3||3|under|岁|||婴幼儿 / 3.8个|count|3.8|||exact|个|||托位数"),
            // The points of a satisfaction survey are a score.
            ("病人满意度达到95.2分", "95.2分|number|95.2|||exact|分|||病人满意度"),
            ("满意度调查用时15分钟", "15分钟|duration|15|||exact|分钟|900|s|满意度调查用时"),
            // 中位生存期 is the median, and 卒中 a stroke: neither 中 is
            // "among".
            ("癌症患者中位生存期延长3.2个月", "3.2个月|duration|3.2|||exact|个月|||癌症患者中位生存期"),
            ("在全省城市中位列第3", "第3|ordinal|3|||exact||||位列"),
            ("全市卒中中心达到12家", "12家|count|12|||exact|家|||卒中中心"),
            ("收治脑卒中患者320名", "320名|count|320|||exact|名|||脑卒中患者"),
            // A section's heading on its own line opens no noun of the
            // line below; a line broken inside a phrase still joins it.
            ("五、妇幼卫生\n全省婴儿死亡率为3.2‰", "3.2‰|percent|3.2|||exact|‰|||婴儿死亡率"),
            ("（三）医疗保障\n参保人数4580万人", "4580万人|count|45800000|||exact|人|||参保人数"),
            ("2.医疗服务\n诊疗人次4.86亿人次", "4.86亿人次|count|486000000|||exact|人次|||诊疗人次"),
            ("全省婴儿\n死亡率为3.2‰", "3.2‰|percent|3.2|||exact|‰|||婴儿死亡率"),
            // 近 before a span of time and 内 is the last days, no "nearly".
            ("近7天内新增病例237例", "7天|duration|7|||exact|天|604800|s| / 237例|count|237|||exact|例|||病例"),
            ("近3个月內", "3个月|duration|3|||exact|个月|||"),
            ("历时近10年，国内首次", "近10年|duration|10||10|under|年|||历时"),
        ];
        assert_rows(cases, all);
    }

    #[test]
    fn traditional_text_reads_as_simplified_text_does() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // Traditional forms of the classifiers, units and qualifiers.
            ("結婚對數6萬3,842對", "6萬3,842對|count|63842|||exact|對|"),
            ("恒生指數收報19,229點", "19,229點|number|19229|||exact|點|"),
            ("開設收容所126處、3個鄉鎮", "126處|count|126|||exact|處|"),
            ("全縣共12鄉鎮", "12鄉鎮|count|12|||exact|鄉鎮|"),
            ("年產3萬畝", "3萬畝|measure|30000|||exact|畝|"),
            ("用電4.6億千瓦時", "4.6億千瓦時|measure|460000000|||exact|千瓦時|"),
            ("平均每人GDP約合8,250美元", "約合8,250美元|money|8250|||about|美元|"),
            ("人均约合1.2万美元", "约合1.2万美元|money|12000|||about|美元|"),
            ("氣溫低於10度", "低於10度|measure|10||10|under|度|"),
            ("未滿18歲", "未滿18歲|count|18||18|under|歲|"),
            ("為近10季最大增幅", "近10季|duration|10||10|under|季|"),
            ("平均逗留1.6晚", "1.6晚|duration|1.6|||exact|晚|"),
            ("約1個半小時後撲滅", "約1個半小時|duration|1.5|||about|小時|"),
            ("经过1个半小时抢救", "1个半小时|duration|1.5|||exact|小时|"),
            ("六都合計約占七成", "七成|percent|70|||about|%|"),
            ("外资约占三成", "三成|percent|30|||about|%|"),
            ("外資占三成", "三成|percent|30|||exact|%|"),
            // 電子零組件 and 三地門 are a word and a place.
            ("電子零組件則成長約二成", "約二成|percent|20|||about|%|"),
            ("屏東縣三地門累積雨量", ""),
            // 規模6.2地震: a magnitude, not 6.2 places.
            ("芮氏規模6.2地震", "6.2|number|6.2|||exact||"),
            // Hong Kong writes the zero of a year as a circle.
            ("二○二四年十月十五日", "二○二四年十月十五日|date||||exact||2024-10-15"),
            ("二○二四年第三季", "二○二四年第三季|date||||exact||2024-Q3"),
            ("民國一○三年", "民國一○三年|date||||exact||2014"),
            // 點 before a Chinese digit is a decimal point, not an hour.
            ("輪候時間為五點五年", "五點五年|duration|5.5|||exact|年|"),
            ("增长三点九倍", "三点九倍|number|3.9|||exact|倍|"),
            ("下午三點半", "下午三點半|time||||exact||15:30"),
            ("三點五十分", "三點五十分|time||||exact||03:50"),
            // Full-width digits keep their thousands separator.
            ("總戶數為９３１萬２,５４０戶", "９３１萬２,５４０戶|count|9312540|||exact|戶|"),
            ("約新臺幣６,１８０億元", "約新臺幣６,１８０億元|money|618000000000|||about|新臺幣|"),
            // Emergency numbers after the first, and full-width page footers.
            ("撥打119或110求援", ""),
            ("在台61線西濱快速公路失控", ""),
            ("正文。\n－ ３ －\n", ""),
        ];
        for (text, want) in cases {
            assert_eq!(first(&ex, text), *want, "{text}");
        }
    }

    proptest::proptest! {
        /// The anchored search at start characters finds exactly the
        /// candidates that an unanchored search of the finder finds.
        #[test]
        fn anchored_candidates_agree_with_an_unanchored_search(
            s in "[0-9０-９一二两三四五六七八九十百千万亿零〇几数余多第年月日号时点分半季度之%‰.,:/ \\-—~至到上下午近约超过民國国负新台币港元个人次的是在，。]{0,30}",
        ) {
            static EX: std::sync::LazyLock<Extractor> = std::sync::LazyLock::new(Extractor::new);
            // The same patterns in one meta regex, searched unanchored.
            static FINDER: std::sync::LazyLock<meta::Regex> = std::sync::LazyLock::new(|| {
                meta::Regex::new_many(&EX.sources).expect("the patterns are valid")
            });
            let ex = &*EX;
            let mut scratch = ex.take_scratch();
            let mut pos = 0;
            while pos <= s.len() {
                let want = FINDER.search(&Input::new(&s).range(pos..));
                let got = ex.next_candidate(&mut scratch.finder, &s, pos);
                proptest::prop_assert_eq!(got, want);
                match want {
                    Some(m) => pos = next_char(&s, m.start()),
                    None => break,
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1024))]
        /// The hand-written reading of quantities gives the groups the
        /// quantity regex gives, on every quantity the finder finds.
        #[test]
        fn quantities_read_by_hand_agree_with_the_regex(
            s in "(好|几|幾|数|數|第|负|零下|零|〇|一|二|两|三|九|十|拾|百|千|万|萬|亿|億|兆|点|點|余|多|来|%|‰|——|—|-|－|−|~|至|到|\\+|,|\\.|．|0|1|2|5|9|０|７|上|近|约|超过|超|不足|人民币|港币|新台币|个|人|元|的|，){0,14}",
        ) {
            static EX: std::sync::LazyLock<Extractor> = std::sync::LazyLock::new(Extractor::new);
            let ex = &*EX;
            let names = group_indices(&ex.quantity_regex);
            let mut scratch = ex.take_scratch();
            let mut pos = 0;
            while let Some(m) = ex.next_candidate(&mut scratch.finder, &s, pos) {
                pos = next_char(&s, m.start());
                if m.pattern().as_usize() != QUANTITY {
                    continue;
                }
                let mut caps = ex.quantity_regex.create_captures();
                let caps = &mut caps;
                ex.quantity_regex.search_captures(
                    &Input::new(&s).range(m.start()..m.end()).anchored(Anchored::Yes),
                    caps,
                );
                let mut q = grammar::Quantity::default();
                let read = grammar::quantity(&s[..m.end()], m.start(), &ex.prefix_words, &mut q);
                proptest::prop_assert!(read, "{:?} at {}", s, m.start());
                proptest::prop_assert_eq!(q.end, m.end());
                let by_hand = Groups {
                    hay: &s,
                    whole: (m.start(), m.end()),
                    source: Source::Quantity(&q),
                };
                let by_regex = Groups {
                    hay: &s,
                    whole: (m.start(), m.end()),
                    source: Source::Captures {
                        caps,
                        names: &names,
                    },
                };
                for g in G::ALL {
                    let span = |gs: &Groups<'_>| gs.name(g).map(|x| (x.start, x.end));
                    proptest::prop_assert_eq!(span(&by_hand), span(&by_regex), "{:?} {:?}", s, g);
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]
        /// The hand-written reading of year dates and of months and days
        /// gives the groups their regexes give, on every such date the
        /// finder finds.
        #[test]
        fn dates_read_by_hand_agree_with_the_regex(
            s in "(民國|民国|民|年|月|日|号|號|第|季|度|个|個|前|首|上半年|下半年|半|上|〇|○|零|一|二|两|三|四|五|九|十|百|廿|卅|0|1|2|3|4|5|9|０|１|４|９|-|－|—|–|~|～|至|到|，){0,16}",
        ) {
            static EX: std::sync::LazyLock<Extractor> = std::sync::LazyLock::new(Extractor::new);
            static REGEXES: std::sync::LazyLock<[meta::Regex; 2]> = std::sync::LazyLock::new(|| {
                [YEAR_DATE, MONTH_DAY]
                    .map(|i| meta::Regex::new(&EX.sources[i]).expect("the date patterns are valid"))
            });
            let ex = &*EX;
            let mut scratch = ex.take_scratch();
            let mut pos = 0;
            while let Some(m) = ex.next_candidate(&mut scratch.finder, &s, pos) {
                pos = next_char(&s, m.start());
                let which = m.pattern().as_usize();
                let (regex, read) = match which {
                    YEAR_DATE => (&REGEXES[0], date::year_date(&s[..m.end()], m.start())),
                    MONTH_DAY => (&REGEXES[1], date::month_day(&s[..m.end()], m.start())),
                    _ => continue,
                };
                let names = group_indices(regex);
                let mut caps = regex.create_captures();
                regex.search_captures(
                    &Input::new(&s).range(m.start()..m.end()).anchored(Anchored::Yes),
                    &mut caps,
                );
                proptest::prop_assert!(caps.is_match(), "{:?} at {}", s, m.start());
                let Some(d) = read else {
                    proptest::prop_assert!(false, "{:?} at {} not read", s, m.start());
                    continue;
                };
                proptest::prop_assert_eq!(d.end, m.end());
                let by_hand = Groups {
                    hay: &s,
                    whole: (m.start(), m.end()),
                    source: Source::Date(&d),
                };
                let by_regex = Groups {
                    hay: &s,
                    whole: (m.start(), m.end()),
                    source: Source::Captures {
                        caps: &caps,
                        names: &names,
                    },
                };
                for g in G::ALL {
                    let span = |gs: &Groups<'_>| gs.name(g).map(|x| (x.start, x.end));
                    proptest::prop_assert_eq!(span(&by_hand), span(&by_regex), "{:?} {:?}", s, g);
                }
            }
        }
    }

    proptest::proptest! {
        /// The direct reading of plain Arabic cores gives what the full
        /// parser gives.
        #[test]
        fn plain_decimals_read_as_the_parser_reads_them(
            s in "[0-9]{1,22}(\\.[0-9]{1,4})?|[0-9.]{1,6}",
        ) {
            let slow = parse_value(&s).ok().map(|v| v.normalize().to_string());
            if let Some(fast) = plain_decimal(&s) {
                proptest::prop_assert_eq!(Some(fast.to_string()), slow);
            }
            for unit in ["万", "萬", "亿", "億"] {
                let scaled = format!("{s}{unit}");
                let slow = parse_value(&scaled).ok().map(|v| v.normalize().to_string());
                if let Some(fast) = scaled_decimal(&scaled) {
                    proptest::prop_assert_eq!(Some(fast.to_string()), slow);
                }
            }
        }

        /// The byte search for the last comma gives the piece that
        /// splitting at commas from the end gives.
        #[test]
        fn the_text_after_the_last_comma_is_the_last_piece(
            s in "[，,其中一二a\u{8C}\u{30C}\u{FF0C}\u{FF0D}\u{7F0C}]{0,12}",
        ) {
            proptest::prop_assert_eq!(after_last_comma(&s), s.rsplit(['，', ',']).next().unwrap_or(""));
        }
    }

    #[test]
    fn small_chinese_numerals_read_as_the_parser_reads_them() {
        // Every string of up to three digits and 十, and a few other
        // characters that must be left to the parser.
        let alphabet: Vec<char> = "零〇一二两兩三四五六七八九十百万俩a".chars().collect();
        let ones: Vec<String> = alphabet.iter().map(|c| c.to_string()).collect();
        let twos: Vec<String> = ones
            .iter()
            .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
            .collect();
        let threes: Vec<String> = twos
            .iter()
            .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
            .collect();
        let strings = [ones, twos, threes].concat();
        let mut fast = 0;
        for s in &strings {
            let slow = parse_value(s).ok().map(|v| v.normalize());
            if let Some(v) = small_chinese(s) {
                fast += 1;
                assert_eq!(Some(Decimal::from(v)), slow, "{s}");
            }
            let small = slow.filter(|v| {
                v.fract().is_zero() && *v >= Decimal::ZERO && *v <= Decimal::from(100_000)
            });
            assert_eq!(
                small_number(s).map(Decimal::from),
                small.map(|v| v.normalize()),
                "{s}"
            );
        }
        // 13 digits and 十 alone; 十D, D十 and D十D with the 11 characters
        // of the digits one to nine.
        assert_eq!(fast, 14 + 11 + 11 + 11 * 11);
        assert_eq!(value_of("三十五"), Some(Decimal::from(35)));
        assert_eq!(value_of("两"), Some(Decimal::from(2)));
    }

    #[test]
    fn suffix_qualifiers_begin_with_the_characters_looked_for() {
        for (w, _) in SUFFIX_QUALIFIERS {
            assert!(w.chars().next().is_some_and(may_begin_suffix), "{w}");
        }
    }

    #[test]
    fn small_numbers_in_digits_read_as_the_parser_reads_them() {
        for s in [
            "0",
            "05",
            "2024",
            "100000",
            "100001",
            "999999999",
            "1.5",
            "",
            "１２",
        ] {
            let slow = parse_value(s).ok().filter(|v| {
                v.fract().is_zero() && *v >= Decimal::ZERO && *v <= Decimal::from(100_000)
            });
            assert_eq!(
                small_number(s).map(Decimal::from),
                slow.map(|v| v.normalize()),
                "{s}"
            );
        }
    }

    #[test]
    fn rules_that_know_what_is_measured_name_it() {
        let ex = Extractor::new();
        let cases: &[(&str, &str, &str)] = &[
            ("某县发生5.1级地震", "5.1级", "地震"),
            ("7级风圈半径为280公里", "7级", "风圈"),
            ("最大风力14级", "14级", "最大风力"),
            ("地震造成2死5伤", "2死", "死亡"),
            ("地震造成2死5伤", "5伤", "受伤"),
            ("一死两伤", "两伤", "受伤"),
        ];
        for (text, fact, noun) in cases {
            let facts = ex.extract(text);
            let f = facts.iter().find(|f| f.text == *fact).expect(text);
            assert_eq!(f.noun.as_deref(), Some(*noun), "{text}");
        }
    }

    /// The first fact of `text` as `text|kind|value|low|high|qualifier|unit|
    /// canonical value|canonical unit|noun`.
    fn first_rate(ex: &Extractor, text: &str) -> String {
        first_row(ex, text, true)
    }

    #[test]
    fn parts_points_and_quoted_names_take_the_right_noun() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // A walk that stops inside quotation marks takes the quoted
            // name whole.
            ("开展“银企对接”活动12场。", "12场|count|12|||exact|场|||“银企对接”活动"),
            ("街道建起“96”暖心驿站7座。", "7座|count|7|||exact|座|||“96”暖心驿站"),
            // The points by which a value exceeds a base are said of the
            // value, not of the base.
            ("规上工业增加值增长9.1%，高于全省平均水平2.3个百分点。", "9.1%|percent|9.1|||exact|%|||规上工业增加值 ; 2.3个百分点|number|2.3|||exact|个百分点|||规上工业增加值"),
            ("出口增长8%，快于全国1.5个百分点。", "8%|percent|8|||exact|%|||出口 ; 1.5个百分点|number|1.5|||exact|个百分点|||出口"),
            // A part after 其中, in the same unit, with a verb of its own
            // and no noun, is a part of the same thing.
            ("全县高新技术企业达168家，其中去年新认定37家。", "168家|count|168|||exact|家|||高新技术企业 ; 37家|count|37|||exact|家|||高新技术企业"),
            ("全市126家基层医疗卫生机构全部达到国家基本标准，其中18家达到推荐标准。", "126家|count|126|||exact|家|||基层医疗卫生机构 ; 18家|count|18|||exact|家|||基层医疗卫生机构"),
            ("全县高新技术企业达168家，其中37家为新认定。", "168家|count|168|||exact|家|||高新技术企业 ; 37家|count|37|||exact|家|||高新技术企业"),
            // A change from a base after a comma is said of the level
            // before it.
            ("年末规模以上工业企业236家，比上年末增加18家。", "236家|count|236|||exact|家|||规模以上工业企业 ; 18家|count|18|||exact|家|||规模以上工业企业"),
            ("公募基金管理规模达到29.3万亿元，较去年末增加1.7万亿元。", "29.3万亿元|money|29300000000000|||exact|元|29300000000000|CNY|公募基金管理规模 ; 1.7万亿元|money|1700000000000|||exact|元|1700000000000|CNY|公募基金管理规模"),
            // A part in another unit is not.
            ("全年接待游客120万人次，其中实现收入3亿元。", "120万人次|count|1200000|||exact|人次|||游客 ; 3亿元|money|300000000|||exact|元|300000000|CNY|收入"),
            // A span of time that names a circle of places is part of the
            // name, no duration; a span of time on its own is one.
            ("建成15分钟健身圈32个。", "32个|count|32|||exact|个|||15分钟健身圈"),
            ("打造半小时经济圈。", ""),
            ("步行约15分钟。", "约15分钟|duration|15|||about|分钟|900|s|步行"),
            // 地 of 工地 is ground, and 实行 a verb that ends the noun; 记录
            // before a noun is a verb.
            ("对486个建筑工地实行扬尘在线监测。", "486个|count|486|||exact|个|||建筑工地"),
            ("湿地面积约3000公顷，记录鸟类216种。", "约3000公顷|measure|3000|||about|公顷|30000000|m²|湿地面积 ; 216种|count|216|||exact|种|||鸟类"),
            // A numbered school is a name, no rank; 培训机构 is a noun that
            // holds a verb, and 压减 a verb that ends the phrase.
            ("第三实验小学迎来首批1800名学生。", "1800名|count|1800|||exact|名|||学生"),
            ("校外培训机构压减92%。", "92%|percent|92|||exact|%|||校外培训机构"),
            // Points above which the takers of an exam are counted.
            ("600分以上考生326人。", "600分以上|number|600|600||over|分||| ; 326人|count|326|||exact|人|||考生"),
            ("上线率提高4.2个百分点，600分以上考生326人。", "4.2个百分点|number|4.2|||exact|个百分点|||上线率 ; 600分以上|number|600|600||over|分||| ; 326人|count|326|||exact|人|||考生"),
            // A sub-heading that a label and a colon open ends on its own
            // line, and names nothing on the next.
            ("治水：从“一湖臭水”到“一湖碧水”\n\n某某湖水域面积12.6平方公里。", "12.6平方公里|measure|12.6|||exact|平方公里|12600000|m²|某某湖水域面积"),
            ("县发改局负责人介绍：\n\n去年全县共实施重点项目126个。", "126个|count|126|||exact|个|||重点项目"),
            // A verb of allocating that ends the phrase before a sum names
            // nothing counted; inside it, it parts the giver from the sum.
            ("县财政下拨2000万元。", "2000万元|money|20000000|||exact|元|20000000|CNY|"),
            ("中央下达资金3亿元。", "3亿元|money|300000000|||exact|元|300000000|CNY|资金"),
            // 安排 and 落实 after a body that gives the sum name nothing
            // counted; after a fund, the fund is what the sum sizes; inside
            // the phrase, they part the giver from the fund. 投入 is a noun
            // too, the input (`区财政投入`), and keeps its phrase.
            ("市财政安排1000万元用于道路修缮。", "1000万元|money|10000000|||exact|元|10000000|CNY|"),
            ("县政府已落实800万元。", "800万元|money|8000000|||exact|元|8000000|CNY|"),
            ("中央预算内投资拟安排7350亿元。", "7350亿元|money|735000000000|||exact|元|735000000000|CNY|中央预算内投资"),
            ("县财政为此安排专项资金860万元。", "860万元|money|8600000|||exact|元|8600000|CNY|专项资金"),
            ("省财政落实奖补资金3亿元。", "3亿元|money|300000000|||exact|元|300000000|CNY|奖补资金"),
            ("区财政投入3000万元。", "3000万元|money|30000000|||exact|元|30000000|CNY|区财政投入"),
            // A headline of short phrases set apart on its own line names
            // nothing on the next; a line wrapped inside a sentence does.
            ("项目为王 攻坚克难\n全区新签约项目42个。", "42个|count|42|||exact|个|||项目"),
            ("上月完工。\n\n产业兴旺　乡村振兴\n\n全镇建成蔬菜大棚300个。", "300个|count|300|||exact|个|||蔬菜大棚"),
            ("全县共有\n医务人员1200名。", "1200名|count|1200|||exact|名|||医务人员"),
            // The service done for someone (为) is what a count of services
            // counts, as it is without them.
            ("志愿者为老人理发300余人次。", "300余人次|count|300|300||over|人次|||理发"),
            ("队员们为居民义诊120人次。", "120人次|count|120|||exact|人次|||义诊"),
            ("该区被评为全国文明城区，共有社区32个。", "32个|count|32|||exact|个|||社区"),
            // Persons counted before their act: 献血 is their act after a
            // word for persons, a thing after a classifier alone; so is a
            // verb after 人 that makes no word with it.
            ("全市410名医务工作者献血。", "410名|count|410|||exact|名|||医务工作者"),
            ("共有1200名献血者参加。", "1200名|count|1200|||exact|名|||献血者"),
            ("两三个人干一整天。", "两三个|count||2|3|range|个|||人"),
            ("10个人口大县。", "10个|count|10|||exact|个|||人口大县"),
            // A count a day after a verb (a cap, a service) keeps its
            // plain unit, as `每年增加300人` does; its noun is the place
            // before 每, not the period and the verb. 不超过 bounds it.
            ("景区每日限流6000人。", "6000人|count|6000|||exact|人|||景区"),
            ("每天限流不超过6000人。", "不超过6000人|count|6000||6000|under|人|||"),
            ("博物馆每天接待游客不超过2万人次。", "不超过2万人次|count|20000||20000|under|人次|||游客"),
            ("预计每年可服务逾两万人次。", "逾两万人次|count|20000|20000||over|人次|||"),
            // A bare number in a row of a table is in the unit its header
            // declares, scaled by the multiplier as `63.5万吨` would be,
            // and counts what the row's label names; a row of years heads
            // the columns, and a blank line ends the table.
            ("表1 主要农产品产量（单位：万吨）\n粮食总产 63.5 62.1\n油料 12.4", "63.5|measure|635000|||exact|吨|635000000|kg|粮食总产 ; 62.1|measure|621000|||exact|吨|621000000|kg|粮食总产 ; 12.4|measure|124000|||exact|吨|124000000|kg|油料"),
            ("金额单位：万元\n项目 2023 2024\n一般公共预算收入 12345 13456", "12345|money|123450000|||exact|元|123450000|CNY|一般公共预算收入 ; 13456|money|134560000|||exact|元|134560000|CNY|一般公共预算收入"),
            ("单位：亿元\n\n地区生产总值 356.2 331.8", ""),
            ("单位：亿元\n二、主要指标\n地区生产总值 356.2 331.8", ""),
            // 单位 before a colon declares a unit; it counts nothing.
            ("油料 12.4 11.9\n\n单位：亿元", ""),
            ("（单位：万吨）\n油料 12.4 11.9\n单位：亿元", "12.4|measure|124000|||exact|吨|124000000|kg|油料 ; 11.9|measure|119000|||exact|吨|119000000|kg|油料"),
            ("（单位：千瓦）\n装机 120", "120|measure|120|||exact|千瓦|120000|W|装机"),
            // A quotation mark that opens nothing after it is cut.
            ("他们出门“300米见绿、500米见园”。", "300米|measure|300|||exact|米|300|m|他们出门"),
        ];
        assert_rows(cases, |text| all_rows(&ex, text, " ; "));
    }

    #[test]
    fn livelihood_reports_take_the_right_noun() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // 已 and its verb inside a phrase part the place or time before
            // them from the noun, however long the phrase.
            ("目前全市已建成“青年之家”综合服务平台215家。", "215家|count|215|||exact|家|||“青年之家”综合服务平台"),
            ("全市已建成综合服务平台215家。", "215家|count|215|||exact|家|||综合服务平台"),
            // A bound of age after a count says which people are counted:
            // the noun is after it, and the age is a fact of its own.
            ("为1.8万名80周岁以上老人发放高龄津贴。", "1.8万名|count|18000|||exact|名|||老人 ; 80周岁以上|count|80|80||over|周岁|||老人"),
            ("资助60岁及以上老人320名。", "60岁及以上|count|60|60||over|岁|||老人 ; 320名|count|320|||exact|名|||60岁及以上老人"),
            // Verbs of fitting, rebuilding and ordering open no noun.
            ("加装电梯120部。", "120部|count|120|||exact|部|||电梯"),
            ("新建、改扩建公办幼儿园9所。", "9所|count|9|||exact|所|||公办幼儿园"),
            ("责令“三停”单位5家。", "5家|count|5|||exact|家|||“三停”单位"),
            // A demonstrative alone names nothing; 仍 (still) ends the
            // noun after a count.
            ("忙了这两三天。", "两三天|duration||2|3|range|天|||"),
            ("十几名抢险队员仍在堤坝上忙碌。", "十几名|count||11|19|range|名|||抢险队员"),
            // Verbs of building and of the flood open or end no noun, and
            // 先后 (one after another) parts the agent from the verb.
            ("搭建临时安置点六七处。", "六七处|count||6|7|range|处|||临时安置点"),
            ("数百间房屋进水。", "数百间|count||100|1000|range|间|||房屋"),
            ("已有80%以上的受灾群众返回家中。", "80%以上|percent|80|80||over|%|||受灾群众"),
            ("这个镇先后投入近3000万元加固堤防12公里。", "近3000万元|money|30000000||30000000|under|元|30000000|CNY| ; 12公里|measure|12|||exact|公里|12000|m|堤防"),
            // 居冠 and 次之 (ranks first, comes next) end the noun after a
            // count; 更 of 更高達 goes with the verb; 加開 and 編列 open no
            // noun.
            ("其中日本旅客約98萬人次居冠，南韓旅客75.6萬人次次之。", "約98萬人次|count|980000|||about|人次|||日本旅客 ; 75.6萬人次|count|756000|||exact|人次|||南韓旅客"),
            ("跨年夜當天運量更高達348萬人次。", "348萬人次|count|3480000|||exact|人次|||跨年夜當天運量"),
            ("連假期間共加開班次120班。", "120班|count|120|||exact|班|||班次"),
            ("今年編列預算3億8,500萬元。", "3億8,500萬元|money|385000000|||exact|元|385000000|CNY|預算"),
            // A cap per person and month is a rate too.
            ("每人每月最高補助600元。", "每人每月最高補助600元|money|600|||exact|元/人·月|||"),
            // A second verb joined by 并 goes with the first.
            ("发现并督促整改火灾隐患4130处。", "4130处|count|4130|||exact|处|||火灾隐患"),
            // 逮捕 (arrest) opens no noun, and names none alone.
            ("依法逮捕嫌犯4人。", "4人|count|4|||exact|人|||嫌犯"),
            ("决定不批准逮捕1340人。", "1340人|count|1340|||exact|人|||"),
            // 待 before a verb begins the predicate; a noun after the
            // period of a count a day is what it counts.
            ("仍有約7萬戶待修復。", "約7萬戶|count|70000|||about|戶|||"),
            ("每天投入警力近千人次。", "近千人次|count|1000||1000|under|人次|||警力"),
            ("平均每日求診人次約五千八百人次。", "約五千八百人次|count|5800|||about|人次|||求診人次"),
            ("景区每日限流6000人。", "6000人|count|6000|||exact|人|||景区"),
            // The 及 of 惠及 and the 与 of 参与 join no nouns.
            ("学生营养改善计划惠及农村学生2.6万人。", "2.6万人|count|26000|||exact|人|||农村学生"),
            // A price that 起 (from) follows is the least it starts at.
            ("售价10.98万元起。", "10.98万元起|money|109800|109800||over|元|109800|CNY|售价"),
            ("索赔5000元起诉对方。", "5000元|money|5000|||exact|元|5000|CNY|索赔"),
            // A grant per person is a rate, whatever verb of paying stands
            // between the denominator and the sum.
            ("每人资助5000元。", "每人资助5000元|money|5000|||exact|元/人|||"),
            ("对困难户每户救助2000元。", "每户救助2000元|money|2000|||exact|元/户|||困难户"),
        ];
        assert_rows(cases, |text| all_rows(&ex, text, " ; "));
    }

    #[test]
    fn traditional_statistics_read_their_nouns_units_and_years() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // 則 (whereas), 於 of 維持於, 合共 (in total), 季增 and 月增 (a
            // change on the quarter or month), 以 (at a price), 即 (that
            // is), 患有 and 會降至 are no part of the noun.
            ("蔬菜上漲逾14%，水果則下跌約6%", "約6%|percent|6|||about|%|||水果"),
            ("修訂規則12條", "12條|count|12|||exact|條|||規則"),
            ("就業不足率維持於1.1%", "1.1%|percent|1.1|||exact|%|||就業不足率"),
            ("失业率维持于3.0%", "3.0%|percent|3|||exact|%|||失业率"),
            ("首三個月合共約1,140萬人次", "約1,140萬人次|count|11400000|||about|人次|||"),
            ("建物買賣移轉棟數季增近兩成", "近兩成|percent|20||20|under|%|||建物買賣移轉棟數"),
            ("外銷訂單月增3.1%", "3.1%|percent|3.1|||exact|%|||外銷訂單"),
            ("兩房單位以約780萬元成交", "約780萬元|money|7800000|||about|元|7800000|CNY|兩房單位"),
            ("新界部分地區氣溫會降至攝氏8度或以下", "攝氏8度或以下|measure|8||8|under|攝氏度|8|°C|新界部分地區氣溫"),
            ("單日車流量最高達5.8萬輛", "5.8萬輛|count|58000|||exact|輛|||單日車流量"),
            // 中古屋 (second-hand homes) and 中位數 (the median) hold no
            // "among"; 就業機會 is counted, its 就 no "then".
            ("中古屋均價每坪約45萬元", "每坪約45萬元|money|450000|||about|元/坪|136125|CNY/m²|中古屋均價"),
            ("月工作收入中位數為18,000澳門元", "18,000澳門元|money|18000|||exact|澳門元|18000|MOP|月工作收入中位數"),
            ("創造約14萬個就業機會", "約14萬個|count|140000|||about|個|||就業機會"),
            // 約有 is 約.
            ("每日約有11萬人次旅客訪澳", "每日約有11萬人次|count|110000|||about|人次/日|||旅客訪澳"),
            // Taiwan writes kilowatts 瓩 and cubic metres 立方公尺.
            ("尖峰用電量達4,058萬瓩", "4,058萬瓩|measure|40580000|||exact|瓩|40580000000|W|尖峰用電量"),
            ("蓄水量約2億3千萬立方公尺", "約2億3千萬立方公尺|measure|230000000|||about|立方公尺|230000000|m³|蓄水量"),
            // A comparison with a week, a month or a year before is no noun:
            // what changed stands before it.
            ("新增3,452例，較前一週上升約12%", "約12%|percent|12|||about|%|||"),
            ("旅客人均消費仍較2018年低約百分之二十", "約百分之二十|percent|20|||about|%|||旅客人均消費"),
            ("出口额较2019年增长12%", "12%|percent|12|||exact|%|||出口额"),
            ("零售額較二〇二三年同月下跌7.0%", "7.0%|percent|7|||exact|%|||零售額"),
            ("平均每戶所得為新臺幣170萬1千元，較111年增加3.2%", "3.2%|percent|3.2|||exact|%|||平均每戶所得"),
            ("私家車數目增長約2.1%，較同期人口增長率高出約1.5個百分點", "約1.5個百分點|number|1.5|||about|個百分點|||私家車數目"),
            ("指數報138.52點，按周下跌0.8%", "0.8%|percent|0.8|||exact|%|||指數"),
            ("平均氣溫為攝氏29.9度，較正常高0.6度", "0.6度|measure|0.6|||exact|度|||平均氣溫"),
            // A share of a whole is said of the subject, not of the whole;
            // 占比 is a word.
            ("老年人口達448萬人，占總人口19.2%", "19.2%|percent|19.2|||exact|%|||老年人口"),
            ("对美国出口占比28.6%", "28.6%|percent|28.6|||exact|%|||美国出口占比"),
            ("研发投入3.61万亿元，占国内生产总值比重达到2.68%", "2.68%|percent|2.68|||exact|%|||占国内生产总值比重"),
            ("訪港旅客錄得約345萬人次", "約345萬人次|count|3450000|||about|人次|||訪港旅客"),
            // 錄得 (recorded) parts the agent from what it recorded.
            ("本澳上月共錄得流感病例1,214宗", "1,214宗|count|1214|||exact|宗|||流感病例"),
            ("港鐵公司上半年錄得收入約273億港元", "約273億港元|money|27300000000|||about|港元|27300000000|HKD|收入"),
            // An amount right after a share restates it; one after a rate
            // does not.
            ("內地旅客佔百分之七十八，約890萬人次", "約890萬人次|count|8900000|||about|人次|||內地旅客"),
            ("城镇化率为66.2%，约9.3亿人", "约9.3亿人|count|930000000|||about|人|||"),
            // A currency after the 元 is the unit, as before the number.
            ("輸入約1兆5,120億元新臺幣", "約1兆5,120億元新臺幣|money|1512000000000|||about|新臺幣|1512000000000|TWD|輸入"),
            ("每張門票120元港幣", "120元港幣|money|120|||exact|港幣|120|HKD|每張門票"),
            // A weight alone after a comma weighs what the clause names.
            ("截獲一批走私凍肉，重約8.5公噸", "約8.5公噸|measure|8.5|||about|公噸|8500|kg|走私凍肉"),
            ("发现一条大蟒蛇，长约5米", "约5米|measure|5|||about|米|5|m|大蟒蛇"),
            // No slash makes a financial year a fraction (`2024/25`).
            ("政府在2024/25年度撥款約5億元", "約5億元|money|500000000|||about|元|500000000|CNY|撥款"),
        ];
        assert_rows(cases, |text| last_rate(&ex, text));
        // A financial year writes the last two digits of its second year.
        #[rustfmt::skip]
        let years: &[(&str, &str)] = &[
            ("2024-25年度的綜合赤字", "2024-25年度|date||||range||2024/2025"),
            ("二〇二四至二五年度", "二〇二四至二五年度|date||||range||2024/2025"),
            ("1998-99年度", "1998-99年度|date||||range||1998/1999"),
            ("相隔5-6年", "5-6年|duration||5|6|range|年|"),
            // A forecast may be parted from its 民國 year by a comma.
            ("主計總處預估，114年經濟成長率", "114年|date||||exact||2025"),
            ("創校，110年來", "110年|duration|110|||exact|年|"),
            ("主計處統計，112年每戶所得", "112年|date||||exact||2023"),
            ("較100年前", "100年|duration|100|||exact|年|"),
        ];
        assert_rows(years, |text| first_row(&ex, text, false));
    }

    #[test]
    fn bare_roc_years_before_a_whole_year_or_will_are_years() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("預測113年全年經濟成長率", "113年全年|date||||exact||2024"),
            ("主計總處預估113年上半年出口成長", "113年上半年|date||||exact||2024-H1"),
            ("112年下半年", "112年下半年|date||||exact||2023-H2"),
            ("114年將邁入新階段", "114年|date||||exact||2025"),
            ("１１４年將邁入", "１１４年|date||||exact||2025"),
            // Spans of years stay durations.
            ("未來100年將持續", "100年|duration|100|||exact|年|"),
            ("近120年将", "近120年|duration|120||120|under|年|"),
            ("再過30年將", "30年|duration|30|||exact|年|"),
            ("30年全年无休", "30年|duration|30|||exact|年|"),
            ("成立50年上半年", "50年|duration|50|||exact|年|"),
            ("30年来", "30年|duration|30|||exact|年|"),
        ];
        for (text, want) in cases {
            assert_eq!(first(&ex, text), *want, "{text}");
        }
    }

    #[test]
    fn li_after_a_rate_of_interest_is_a_percent_a_year() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("香港銀行最優惠利率4.35厘", "4.35厘|percent|4.35|||exact|%|"),
            ("年息4厘的定期存款", "4厘|percent|4|||exact|%|"),
            ("按息約3.5厘", "約3.5厘|percent|3.5|||about|%|"),
            // A monthly 厘 is a tenth of a percent, and 厘 elsewhere a length.
            ("月息3厘", "3|number|3|||exact||"),
            ("误差2厘", "2|number|2|||exact||"),
            ("身高175厘米", "175厘米|measure|175|||exact|厘米|"),
        ];
        for (text, want) in cases {
            assert_eq!(first(&ex, text), *want, "{text}");
        }
    }

    #[test]
    fn roc_years_in_taiwanese_context_are_years() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("主計總處預測113年經濟成長率", "113年|date||||exact||2024"),
            ("今(113)年出口成長", "今(113)年|date||||exact||2024"),
            ("去（112）年營收衰退", "去（112）年|date||||exact||2023"),
            ("明(114)年預算", "明(114)年|date||||exact||2025"),
            ("截至113年共有1200家廠商", "113年|date||||exact||2024"),
            ("於111年完成驗收", "111年|date||||exact||2022"),
            ("在110年啟用新館", "110年|date||||exact||2021"),
            ("112年初實施新制", "112年|date||||exact||2023"),
            ("該計畫自112年至113年執行", "112年至113年|date||||range||2023/2024"),
            ("地上權存續期間延長至70年", "70年|duration|70|||exact|年|"),
            ("本案112-113年經費", "112-113年|date||||range||2023/2024"),
            ("民國112年至113年累計補助", "民國112年至113年|date||||range||2023/2024"),
            // Durations stay durations.
            ("創校110年以來", "110年|duration|110|||exact|年|"),
            ("建黨100年初心不改", "100年|duration|100|||exact|年|"),
            ("服務30年的老師", "30年|duration|30|||exact|年|"),
            ("於服務滿30年時", "30年|duration|30|||exact|年|"),
            ("近10年來人口減少", "10年|duration|10|||exact|年|"),
            ("使用年限80至100年", "80至100年|duration||80|100|range|年|"),
            // Simplified text is left as it was.
            ("预计112年完成", "112年|duration|112|||exact|年|"),
            ("自112年至113年执行", "112年至113年|duration||112|113|range|年|"),
            ("2023年我国经济增长", "2023年|date||||exact||2023"),
        ];
        for (text, want) in cases {
            assert_eq!(first(&ex, text), *want, "{text}");
        }
    }

    #[test]
    fn rates_read_a_noun_between_per_and_the_number() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("每千人口执业医师3.21人", "每千人口执业医师3.21人|count|3.21|||exact|人/千人口|||执业医师"),
            ("每万人口拥有公共图书馆藏书98.6册", "每万人口拥有公共图书馆藏书98.6册|count|98.6|||exact|册/万人口|||公共图书馆藏书"),
            ("每10万人口拥有AED不少于30台", "每10万人口拥有AED不少于30台|count|30|30||over|台/10万人口|||AED"),
            ("每百户家庭拥有汽车45.6辆", "每百户家庭拥有汽车45.6辆|count|45.6|||exact|辆/百户|||汽车"),
            ("全市每千人口床位数6.5张", "每千人口床位数6.5张|count|6.5|||exact|张/千人口|||床位数"),
            ("金價每兩報19,850港元", "每兩報19,850港元|money|19850|||exact|港元/兩|||金價"),
            // The plain chains are unchanged.
            ("国际油价每桶85美元", "每桶85美元|money|85|||exact|美元/桶|||国际油价"),
            // A scaled classifier keeps its noun in the denominator.
            ("每千名老年人拥有养老床位32张", "每千名老年人拥有养老床位32张|count|32|||exact|张/千名老年人|||养老床位"),
            ("全市出生缺陷发生率为每万名围产儿87.5例", "每万名围产儿87.5例|count|87.5|||exact|例/万名围产儿|||出生缺陷发生率"),
            ("孕产妇死亡率为每10万名活产12.6例", "每10万名活产12.6例|count|12.6|||exact|例/10万名活产|||孕产妇死亡率"),
            ("每万名职工中有党员120名", "每万名职工中有党员120名|count|120|||exact|名/万名职工|||党员"),
            // A bare number is a rate with no unit above the line.
            ("该病每10万人口发病率12.3", "每10万人口发病率12.3|number|12.3|||exact|/10万人口|||发病率"),
            // No rate: a counted base is a fact of its own, an unscaled
            // base takes no noun, and a clause stops the look-back.
            ("每10股派发现金红利2.4元（含税）", "2.4元|money|2.4|||exact|元|2.4|CNY|现金红利"),
            ("每10股转增3股", "3股|count|3|||exact|股|||转增"),
            ("每10股派5元（含税）", "5元|money|5|||exact|元|5|CNY|派"),
            ("每3天巡查2次", "2次|count|2|||exact|次|||巡查"),
            ("血液酒精含量为每100毫升152毫克", "每100毫升152毫克|measure|152|||exact|毫克/100毫升|||血液酒精含量"),
            // A qualifier before the whole that a number is a part or
            // multiple of qualifies the number; the noun is the part.
            ("日间手术量约占择期手术的五分之一", "五分之一|fraction|0.2|||about||||日间手术量"),
            ("人均GDP超过全国平均水平的1.5倍", "1.5倍|number|1.5|1.5||over|倍|||人均GDP"),
            ("出口额是上年的2倍", "2倍|number|2|||exact|倍|||出口额"),
            // A half is the fraction 0.5; two halves are no share.
            ("超过一半的受访者表示满意", "超过一半|fraction|0.5|0.5||over||||受访者"),
            ("一半以上的企业实现盈利", "一半以上|fraction|0.5|0.5||over||||企业"),
            ("把西瓜分成两半", ""),
            ("他一半天没说话", ""),
            ("最近的3次", "3次|count|3|||exact|次|||"),
            ("每5名职工中就有1名党员", "1名|count|1|||exact|名|||党员"),
            ("每100户居民拥有电脑85台", "85台|count|85|||exact|台|||电脑"),
            // With no amount after it in its clause, a number after 每
            // stays a fact.
            ("每10股，", "10股|count|10|||exact|股|||"),
            ("每年增加300人", "300人|count|300|||exact|人|||"),
            ("每个村配备2名医生", "2名|count|2|||exact|名|||医生"),
            ("每万人口中，医生3人", "3人|count|3|||exact|人|||医生"),
            // An age takes no denominator: the rate, if any, is further on.
            ("每千人口拥有3岁以下婴幼儿托位4.5个", "3岁以下|count|3||3|under|岁|||婴幼儿托位"),
        ];
        for (text, want) in cases {
            assert_eq!(first_rate(&ex, text), *want, "{text}");
        }
    }

    #[test]
    fn a_rate_read_back_over_its_base_replaces_it() {
        let ex = Extractor::new();
        let text = "该男子血液酒精含量为每100毫升152毫克，已达醉驾标准。";
        let facts = ex.extract(text);
        let got: Vec<(&str, Option<&str>)> = facts
            .iter()
            .map(|f| (f.text.as_str(), f.unit.as_deref()))
            .collect();
        assert_eq!(got, vec![("每100毫升152毫克", Some("毫克/100毫升"))]);
        for pair in facts.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start);
        }
    }

    /// Every fact of `text`, as `first_rate` writes one.
    fn every_fact(ex: &Extractor, text: &str) -> Vec<String> {
        let d = |v: Option<Decimal>| v.map(|v| v.to_string()).unwrap_or_default();
        ex.extract(text)
            .iter()
            .map(|f| {
                [
                    f.text.clone(),
                    f.kind.to_string(),
                    d(f.value),
                    d(f.low),
                    d(f.high),
                    f.qualifier.to_string(),
                    f.unit.clone().unwrap_or_default(),
                    d(f.canonical_value),
                    f.canonical_unit.clone().unwrap_or_default(),
                    f.noun.clone().unwrap_or_default(),
                ]
                .join("|")
            })
            .collect()
    }

    #[test]
    fn rates_per_two_things_and_amounts_a_rate_is_changed_to() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &[&str])] = &[
            // One denominator before the number and one after its unit.
            ("补贴标准为每月1800元/人。", &["每月1800元/人|money|1800|||exact|元/人·月|||补贴标准"]),
            ("每人每天150升。", &["每人每天150升|measure|150|||exact|升/人·天|||"]),
            ("门票120元/人。", &["120元/人|money|120|||exact|元/人|||门票"]),
            // The amount a verb of change carries a rate to is in its unit.
            ("最低工资标准由每月2320元调整到2420元。", &[
                "每月2320元|money|2320|||exact|元/月|||最低工资标准",
                "2420元|money|2420|||exact|元/月|||最低工资标准",
            ]),
            ("价格由每公斤28.5元上调到30元。", &[
                "每公斤28.5元|money|28.5|||exact|元/公斤|28.5|CNY/kg|价格",
                "30元|money|30|||exact|元/公斤|30|CNY/kg|价格",
            ]),
            ("房价由1.5万元/平方米降至1.4万元。", &[
                "1.5万元/平方米|money|15000|||exact|元/平方米|15000|CNY/m²|房价",
                "1.4万元|money|14000|||exact|元/平方米|14000|CNY/m²|房价",
            ]),
            // Not in another currency, nor across a comma.
            ("由每月2320元调整到2420美元。", &[
                "每月2320元|money|2320|||exact|元/月|||",
                "2420美元|money|2420|||exact|美元|2420|USD|",
            ]),
            ("由每月2320元，调整到2420元。", &[
                "每月2320元|money|2320|||exact|元/月|||",
                "2420元|money|2420|||exact|元|2420|CNY|",
            ]),
            ("月薪从3000元增加到3500元。", &[
                "3000元|money|3000|||exact|元|3000|CNY|月薪",
                "3500元|money|3500|||exact|元|3500|CNY|月薪",
            ]),
            // 为 ends a verb of change as 到 does; a bare number changed to
            // is in the unit of the amount it is changed from.
            ("最低工资标准从每月1900元调整为2100元。", &[
                "每月1900元|money|1900|||exact|元/月|||最低工资标准",
                "2100元|money|2100|||exact|元/月|||最低工资标准",
            ]),
            ("价格从12元上调到15。", &[
                "12元|money|12|||exact|元|12|CNY|价格",
                "15|money|15|||exact|元|15|CNY|价格",
            ]),
            ("居民存款利率由2.25调整为1.95。", &[
                "2.25|number|2.25|||exact||||居民存款利率",
                "1.95|number|1.95|||exact||||居民存款利率",
            ]),
            // A date said of either end does not part it from its noun.
            ("城镇化率由2020年的58.3%提高到2023年的62.1%。", &[
                "2020年|date||||exact||||",
                "58.3%|percent|58.3|||exact|%|||城镇化率",
                "2023年|date||||exact||||",
                "62.1%|percent|62.1|||exact|%|||城镇化率",
            ]),
            ("房价收入比由12:1下降到9:1。", &[
                "12:1|number|12|||exact|:1|||房价收入比",
                "9:1|number|9|||exact|:1|||房价收入比",
            ]),
            // A dividend per ten shares: the ten is its base, no fact.
            ("每10股送红股2股并派现金1.5元。", &[
                "2股|count|2|||exact|股|||送红股",
                "1.5元|money|1.5|||exact|元|1.5|CNY|并派现金",
            ]),
        ];
        for (text, want) in cases {
            assert_eq!(every_fact(&ex, text), *want, "{text}");
        }
    }

    #[test]
    fn a_base_that_yi_wei_sets_is_no_fact() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &[&str])] = &[
            ("以女性为100，男性为104.5。", &["104.5|number|104.5|||exact||||男性"]),
            ("性别比（以女性为100）为104.5。", &["104.5|number|104.5|||exact||||性别比"]),
            ("以上年为100，价格指数为102.3。", &["102.3|number|102.3|||exact||||价格指数"]),
            ("以2020年为基期，指数为105。", &["105|number|105|||exact||||指数"]),
            // No 以 opening the clause, a unit, or 以上 alone: facts.
            ("2020年为基期的指数为105。", &["2020年|date||||exact||||", "105|number|105|||exact||||指数"]),
            ("以100元为单位。", &["100元|money|100|||exact|元|100|CNY|"]),
            ("以上为100。", &["100|number|100|||exact||||以上"]),
        ];
        for (text, want) in cases {
            assert_eq!(every_fact(&ex, text), *want, "{text}");
        }
    }

    #[test]
    fn a_year_in_brackets_and_the_month_after_it_are_one_date() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &[&str])] = &[
            ("今(113)年7月营收增长。", &["今(113)年7月|date||||exact||||"]),
            ("去（112）年12月出口下降。", &["去（112）年12月|date||||exact||||"]),
            ("113年7月营收增长。", &["113年7月|date||||exact||||"]),
            // Not across a comma.
            ("2023年，7月出口下降。", &["2023年|date||||exact||||", "7月|date||||exact||||"]),
        ];
        for (text, want) in cases {
            assert_eq!(every_fact(&ex, text), *want, "{text}");
        }
        let dates = |text: &str| -> Vec<String> {
            ex.extract(text)
                .iter()
                .map(|f| f.normalized.clone().unwrap_or_default())
                .collect()
        };
        assert_eq!(dates("今(113)年7月营收增长。"), ["2024-07"]);
        assert_eq!(dates("去（112）年12月出口下降。"), ["2023-12"]);
        assert_eq!(dates("今(113)年7月5日出口增加。"), ["2024-07-05"]);
        assert_eq!(dates("2023年，7月出口下降。"), ["2023", "--07"]);
    }

    #[test]
    fn the_people_of_an_age_band_are_named_with_it() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &[&str])] = &[
            ("0—14岁人口为2.5亿人。", &[
                "0—14岁|count||0|14|range|岁|||人口",
                "2.5亿人|count|250000000|||exact|人|||0—14岁人口",
            ]),
            ("60岁及以上人口占19.8%。", &[
                "60岁及以上|count|60|60||over|岁|||人口",
                "19.8%|percent|19.8|||exact|%|||60岁及以上人口",
            ]),
            ("15—59岁人口为8.9亿人，占63.4%。", &[
                "15—59岁|count||15|59|range|岁|||人口",
                "8.9亿人|count|890000000|||exact|人|||15—59岁人口",
                "63.4%|percent|63.4|||exact|%|||15—59岁人口",
            ]),
            // Another noun, or a measure, keeps its own.
            ("为65岁以上老人发放高龄津贴200元。", &[
                "65岁以上|count|65|65||over|岁|||老人",
                "200元|money|200|||exact|元|200|CNY|高龄津贴",
            ]),
            ("一名6岁患儿体温一度高达39.5℃。", &[
                "6岁|count|6|||exact|岁|||患儿体温一度",
                "39.5℃|measure|39.5|||exact|℃|39.5|°C|患儿体温一度",
            ]),
        ];
        for (text, want) in cases {
            assert_eq!(every_fact(&ex, text), *want, "{text}");
        }
    }

    #[test]
    fn rates_read_their_denominators() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // A slash and a unit after the number's unit.
            ("新建商品住宅均价1.5万元/平方米", "1.5万元/平方米|money|15000|||exact|元/平方米|15000|CNY/m²|新建商品住宅均价"),
            ("金价2400美元/盎司", "2400美元/盎司|money|2400|||exact|美元/盎司|||金价"),
            ("亩产达到650公斤/亩", "650公斤/亩|measure|650|||exact|公斤/亩|0.975|kg/m²|亩产"),
            ("钢材均价4200元/吨", "4200元/吨|money|4200|||exact|元/吨|4.2|CNY/kg|钢材均价"),
            ("煤价850元/吨左右", "850元/吨左右|money|850|||about|元/吨|0.85|CNY/kg|煤价"),
            ("电价0.65元/千瓦时", "0.65元/千瓦时|money|0.65|||exact|元/千瓦时|0.65|CNY/kWh|电价"),
            ("承包费1.2万元/亩", "1.2万元/亩|money|12000|||exact|元/亩|18|CNY/m²|承包费"),
            ("门票120元/人", "120元/人|money|120|||exact|元/人|||门票"),
            ("停车费10元／小时", "10元／小时|money|10|||exact|元/小时|||停车费"),
            ("心率75次/分钟", "75次/分钟|count|75|||exact|次/分钟|||心率"),
            ("门诊量3200人次/日", "3200人次/日|count|3200|||exact|人次/日|||门诊量"),
            ("产能50万吨/年", "50万吨/年|measure|500000|||exact|吨/年|||产能"),
            ("工资8600元/月", "8600元/月|money|8600|||exact|元/月|||工资"),
            ("用水150升/人/天", "150升/人/天|measure|150|||exact|升/人/天|||用水"),
            ("报告3.5例/10万", "3.5例/10万|count|3.5|||exact|例/10万|||报告"),
            ("售价800-900元/吨", "800-900元/吨|money||800|900|range|元/吨|||售价"),
            // 每 and a unit before the number.
            ("国际油价每桶85美元", "每桶85美元|money|85|||exact|美元/桶|||国际油价"),
            ("猪肉价格每公斤28.5元", "每公斤28.5元|money|28.5|||exact|元/公斤|28.5|CNY/kg|猪肉价格"),
            ("人口密度每平方公里1200人", "每平方公里1200人|count|1200|||exact|人/平方公里|||人口密度"),
            ("用水量每人每天150升", "每人每天150升|measure|150|||exact|升/人·天|||用水量"),
            ("租金每亩约800元", "每亩约800元|money|800|||about|元/亩|1.2|CNY/m²|租金"),
            ("每股0.52元", "每股0.52元|money|0.52|||exact|元/股|||"),
            ("每千人口3.2人", "每千人口3.2人|count|3.2|||exact|人/千人口|||"),
            ("每百户45辆", "每百户45辆|count|45|||exact|辆/百户|||"),
            ("车速每小时45公里", "每小时45公里|measure|45|||exact|公里/小时|45|km/h|车速"),
            ("每千米1.2元", "每千米1.2元|money|1.2|||exact|元/千米|0.0012|CNY/m|"),
            // Not rates.
            ("时速120公里/小时", "120公里/小时|measure|120|||exact|公里/小时|120|km/h|时速"),
            ("发病率259.7/10万", "259.7/10万|number|259.7|||exact|/10万|||发病率"),
            ("生师比16.3:1", "16.3:1|number|16.3|||exact|:1|||生师比"),
            ("其中5/7的受访者", "5/7|fraction|0.7142857143|||exact||||受访者"),
            ("约1/3的家庭", "约1/3|fraction|0.3333333333|||about||||家庭"),
            ("会议于2024/2/5召开", "2024/2/5|date||||exact||||"),
            ("每股收益0.52元", "0.52元|money|0.52|||exact|元|0.52|CNY|每股收益"),
            ("每人每月发放津贴200元", "200元|money|200|||exact|元|200|CNY|津贴"),
            ("每月15日发放", "15日|date||||exact||||"),
            ("接驳车每15分钟一班", "15分钟|duration|15|||exact|分钟|900|s|接驳车"),
            // The base of a rate is no quantity of its own, but the base
            // of the number after the noun (see
            // `rates_read_a_noun_between_per_and_the_number`).
            ("每10万人口拥有床位65张", "每10万人口拥有床位65张|count|65|||exact|张/10万人口|||床位"),
        ];
        assert_rows(cases, |text| first_rate(&ex, text));
    }

    #[test]
    fn units_of_energy_transport_and_computing_read_with_their_conversions() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("总装机容量达1.2吉瓦", "1.2吉瓦|measure|1.2|||exact|吉瓦|1200000000|W|总装机容量"),
            ("储能320兆瓦时", "320兆瓦时|measure|320|||exact|兆瓦时|320000|kWh|储能"),
            ("集装箱吞吐量3.1亿标箱", "3.1亿标箱|measure|310000000|||exact|标箱|310000000|TEU|集装箱吞吐量"),
            ("突破5000万TEU", "突破5000万TEU|measure|50000000|50000000||over|TEU|50000000|TEU|"),
            ("实现7纳米量产", "7纳米|measure|7|||exact|纳米|0.000000007|m|"),
            ("5nm工艺", "5nm|measure|5|||exact|nm|0.000000005|m|"),
            ("存储512GB", "512GB|measure|512|||exact|GB|512000000000|B|存储"),
            ("单盘容量30TB。", "30TB|measure|30|||exact|TB|30000000000000|B|单盘容量"),
            ("算力规模246EFLOPS", "246EFLOPS|measure|246|||exact|EFLOPS|246000000000000000000|FLOPS|算力规模"),
            ("电池容量5000毫安时", "5000毫安时|measure|5000|||exact|毫安时|5000|mAh|电池容量"),
            ("班列开行1.9万列", "1.9万列|count|19000|||exact|列|||班列开行"),
            ("超过830万标准机架", "超过830万标准机架|count|8300000|8300000||over|标准机架|||"),
            // A Latin word that the unit only begins, and names with digits.
            ("显存为24 GB", "24 GB|measure|24|||exact|GB|24000000000|B|显存"),
            ("版本 2025\nmoney", "2025|number|2025|||exact||||版本"),
            ("带宽1TB/s", "1TB/s|measure|1|||exact|TB/s|1000000000000|B/s|带宽"),
            ("浓度为32μg/m³", "32μg/m³|measure|32|||exact|μg/m³|32|µg/m³|浓度"),
            ("排放5.6亿吨二氧化碳当量", "5.6亿吨二氧化碳当量|measure|560000000|||exact|吨二氧化碳当量|560000000|tCO2e|排放"),
            ("货运量完成540亿吨公里", "540亿吨公里|measure|54000000000|||exact|吨公里|54000000000|t·km|货运量"),
            ("开行旅客列车12万列次", "12万列次|count|120000|||exact|列次|||开行旅客列车"),
            ("型号12GBX", ""),
            ("PM2.5浓度", ""),
            ("5G基站", ""),
            // The Latin units of specifications, science and medicine.
            ("支持120W快充", "120W|measure|120|||exact|W|120|W|快充"),
            ("电池容量为5000mAh", "5000mAh|measure|5000|||exact|mAh|5000|mAh|电池容量"),
            ("主频最高3.2GHz", "3.2GHz|measure|3.2|||exact|GHz|3200000000|Hz|主频"),
            ("收缩压为150mmHg", "150mmHg|measure|150|||exact|mmHg|150|mmHg|收缩压"),
            ("给予阿司匹林100mg", "100mg|measure|100|||exact|mg|0.0001|kg|阿司匹林"),
            ("每日饮水1500mL", "1500mL|measure|1500|||exact|mL|1.5|L|每日饮水"),
            ("时速100km/h", "100km/h|measure|100|||exact|km/h|100|km/h|时速"),
            ("面积约50m²", "约50m²|measure|50|||about|m²|50|m²|面积"),
            ("血糖7.8mmol/L", "7.8mmol/L|measure|7.8|||exact|mmol/L|7.8|mmol/L|血糖"),
            ("全程42.195km", "42.195km|measure|42.195|||exact|km|42195|m|全程"),
            ("窗口期为72h", "72h|duration|72|||exact|h|259200|s|窗口期"),
            // A Latin unit is read only where no letter continues it.
            ("4S店", ""),
            ("3min内", "3min|duration|3|||exact|min|180|s|"),
            // Scientific notation: the power of ten scales the number.
            ("年耗电量约为1.2×10⁸千瓦时", "约为1.2×10⁸千瓦时|measure|120000000|||about|千瓦时|120000000|kWh|年耗电量"),
            ("细菌总数为3.2x10^5个", "3.2x10^5个|count|320000|||exact|个|||细菌"),
            ("浓度为5.6×10^-3", "5.6×10^-3|number|0.0056|||exact||||浓度"),
            ("光速约3 × 10⁸米/秒", "约3 × 10⁸米/秒|measure|300000000|||about|米/秒|300000000|m/s|光速"),
            ("系数为2.5×10⁻⁴", "2.5×10⁻⁴|number|0.00025|||exact||||系数"),
        ];
        assert_rows(cases, |text| first_rate(&ex, text));
    }

    #[test]
    fn genre_words_read_as_qualifiers_bases_and_nouns() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // 跌破 (fell below) is under, not the 突破 of over.
            ("收益率跌破2.1%", "跌破2.1%|percent|2.1||2.1|under|%|||收益率"),
            // The group a count is taken from is no quantity.
            ("每10万人中具有大学文化程度的15467人", "每10万人中具有大学文化程度的15467人|count|15467|||exact|人/10万人|||具有大学文化程度"),
            // Nouns: a digit of a Latin name, 普及 and 中间 as words, 拥有量.
            ("5G用户达10亿户", "10亿户|count|1000000000|||exact|户|||5G用户"),
            ("互联网普及率78.6%", "78.6%|percent|78.6|||exact|%|||互联网普及率"),
            ("发明专利拥有量达到14件", "14件|count|14|||exact|件|||发明专利拥有量"),
            ("汇率中间价为7.1元", "7.1元|money|7.1|||exact|元|7.1|CNY|汇率中间价"),
            ("汇率中间价报7.1元", "7.1元|money|7.1|||exact|元|7.1|CNY|汇率中间价"),
            ("中欧班列达1.9万列", "1.9万列|count|19000|||exact|列|||中欧班列"),
            ("在用机架达830万个", "830万个|count|8300000|||exact|个|||在用机架"),
            ("通报3批", "3批|count|3|||exact|批|||通报"),
            ("M2同比增长7%", "7%|percent|7|||exact|%|||M2"),
            ("全国人口达14亿人口", "14亿人口|count|1400000000|||exact|人口|||人口"),
            ("每10万人口拥有医师300人", "每10万人口拥有医师300人|count|300|||exact|人/10万人口|||医师"),
            ("每万人口高价值发明专利拥有量达到14件", "14件|count|14|||exact|件|||高价值发明专利拥有量"),
            ("每千人口执业医师3.2人", "每千人口执业医师3.2人|count|3.2|||exact|人/千人口|||执业医师"),
            ("Ⅲ类及以上水质断面比例为92.6%", "92.6%|percent|92.6|||exact|%|||Ⅲ类及以上水质断面比例"),
            ("较上年增加4万家", "4万家|count|40000|||exact|家|||"),
            ("较大事故3起", "3起|count|3|||exact|起|||较大事故"),
            ("劣Ⅴ类水体比例降至0.5%", "0.5%|percent|0.5|||exact|%|||劣Ⅴ类水体比例"),
            // A tenor names a loan or bond and is no length of time.
            ("1年期贷款市场报价利率为3.35%", "3.35%|percent|3.35|||exact|%|||贷款市场报价利率"),
            ("5年期以上LPR为3.85%", "3.85%|percent|3.85|||exact|%|||LPR"),
            ("7天期逆回购操作利率1.5%", "1.5%|percent|1.5|||exact|%|||逆回购操作利率"),
            ("3年期满", "3年|duration|3|||exact|年|||"),
            // A noun of 13 characters, common in social security, is whole.
            ("城乡居民基础养老金最低标准提高20元", "20元|money|20|||exact|元|20|CNY|城乡居民基础养老金最低标准"),
            // 最高, 最长 and 可达 before a number say how far it goes; they
            // are no part of the noun, nor is 连续 before a duration.
            ("罚款最高可达5万元", "5万元|money|50000|||exact|元|50000|CNY|罚款"),
            ("领取期限最长24个月", "24个月|duration|24|||exact|个月|||领取期限"),
            ("粮食产量连续9年", "9年|duration|9|||exact|年|||粮食产量"),
            // An adverb or verb after the thing counted ends it.
            ("3名航天员顺利进驻空间站", "3名|count|3|||exact|名|||航天员"),
            ("5所学校位于城区", "5所|count|5|||exact|所|||学校"),
            // 支队 is a word of its own only when 伍 does not follow.
            ("共有123支队伍参赛", "123支|count|123|||exact|支|||队伍"),
            ("共有3支队参加", "3支队|count|3|||exact|支队|||"),
            // A verb of action inside the phrase before the number parts
            // the agent from the thing counted; a verb that begins the
            // predicate after the number ends the noun there.
            ("新北市政府派出警力逾200人維持秩序", "逾200人|count|200|200||over|人|||警力"),
            ("现场组织志愿者300余名", "300余名|count|300|300||over|名|||志愿者"),
            ("图书馆全年接待读者156万人次", "156万人次|count|1560000|||exact|人次|||读者"),
            ("该院已有120名患者康复出院", "120名|count|120|||exact|名|||患者"),
            ("约5000名观众观看了演出", "约5000名|count|5000|||about|名|||观众"),
            // Nouns that hold such a verb keep it.
            ("报名人数达3000人", "3000人|count|3000|||exact|人|||报名人数"),
            ("社区服务中心12个", "12个|count|12|||exact|个|||社区服务中心"),
        ];
        assert_rows(cases, |text| first_rate(&ex, text));
    }

    #[test]
    fn nouns_leave_out_agents_times_and_totals() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // A verb or a word of time inside the phrase before the number
            // parts the place, time or agent from the thing counted.
            ("当日全省新增确诊病例126例。", "126例|count|126|||exact|例|||确诊病例"),
            ("台北市昨日新增確診病例35例。", "35例|count|35|||exact|例|||確診病例"),
            ("县医院全年完成手术1.5万台。", "1.5万台|count|15000|||exact|台|||手术"),
            ("法院对被告人判处有期徒刑3年。", "3年|duration|3|||exact|年|||有期徒刑"),
            ("市场监管部门共抽检食品样品6800批次。", "6800批次|count|6800|||exact|批次|||食品样品"),
            ("公司拟每10股派发现金红利2元。", "2元|money|2|||exact|元|2|CNY|现金红利"),
            // So does the 被 of the passive, but not that of 被告人.
            ("该企业因违法排污被罚款50万元。", "50万元|money|500000|||exact|元|500000|CNY|罚款"),
            // 各类 says which, not what; 可免费 after the count ends it.
            ("全市共有各类养老机构186家。", "186家|count|186|||exact|家|||养老机构"),
            ("65岁以上老年人可免费接种流感疫苗。", "65岁以上|count|65|65||over|岁|||老年人"),
            // Nouns that hold a verb keep it.
            ("全市建成区绿化覆盖率达到42.3%。", "42.3%|percent|42.3|||exact|%|||建成区绿化覆盖率"),
            ("城镇新增就业1256万人。", "1256万人|count|12560000|||exact|人|||城镇新增就业"),
            // The 总数 of a count is not what it counts.
            ("全国5G基站总数超过425万个。", "超过425万个|count|4250000|4250000||over|个|||5G基站"),
            // A penalty or a quarantine of so many 日 lasts so many days.
            ("违法行为人王某被处以3日拘留。", "3日|duration|3|||exact|日|259200|s|"),
            ("密切接触者须居家隔离14日。", "14日|duration|14|||exact|日|1209600|s|密切接触者须居家隔离"),
        ];
        assert_rows(cases, |text| first_rate(&ex, text));
        let noun_of = |text: &str, k: usize| ex.extract(text)[k].noun.clone();
        // A 总数 alone shares the noun of the count before it.
        let s = "全年新建5G基站42.5万个，总数超过425万个。";
        assert_eq!(noun_of(s, 1).as_deref(), Some("5G基站"));
        // 行政拘留15日 is a duration too.
        let f = &ex.extract("民警依法对其行政拘留15日。")[0];
        assert_eq!((f.kind, f.text.as_str()), (Kind::Duration, "15日"));
        // A comparison before a verb of action is no noun.
        let s = "台灣排名第6，較去年進步1名。";
        assert_eq!(noun_of(s, 1), None);
    }

    #[test]
    fn words_of_scope_open_no_noun() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // A demonstrative or 我 with a place, body or occasion says
            // where or when; the thing measured follows it.
            ("该县森林覆盖率达到65%。", "65%|percent|65|||exact|%|||森林覆盖率"),
            ("本市常住人口达到820万人。", "820万人|count|8200000|||exact|人|||常住人口"),
            ("我国粮食产量达1.39万亿斤。", "1.39万亿斤|measure|1390000000000|||exact|斤|695000000000|kg|粮食产量"),
            ("此项工程总投资4.5亿元。", "4.5亿元|money|450000000|||exact|元|450000000|CNY|工程总投资"),
            ("当地森林覆盖率已达72.3%。", "72.3%|percent|72.3|||exact|%|||森林覆盖率"),
            ("該縣失業率降至3.2%。", "3.2%|percent|3.2|||exact|%|||失業率"),
            // 維持 (stays at) introduces the number like 达.
            ("本港失業率維持2.9%。", "2.9%|percent|2.9|||exact|%|||失業率"),
            // 本地 stays: 本地生產總值 is Hong Kong's GDP.
            ("本地生產總值上升2.7%。", "2.7%|percent|2.7|||exact|%|||本地生產總值"),
            // Inside a word after a classifier, 本项 is no word of scope.
            ("数十个血液标本项目", "数十个|count||10|100|range|个|||血液标本项目"),
        ];
        assert_rows(cases, |text| first_rate(&ex, text));
        // A word of scope alone names nothing.
        assert_eq!(ex.extract("本市：820万人")[0].noun, None);
    }

    #[test]
    fn nouns_keep_coordinations_and_glosses_and_leave_out_bare_verbs() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // Nouns coordinated by 和, 及 or 、 are counted together.
            ("全省共有执业医师和执业助理医师48万人。", "48万人|count|480000|||exact|人|||执业医师和执业助理医师"),
            ("交通运输、仓储和邮政业增加值增长4.1%。", "4.1%|percent|4.1|||exact|%|||交通运输、仓储和邮政业增加值"),
            ("电力、热力、燃气及水生产和供应业增长8.2%。", "8.2%|percent|8.2|||exact|%|||电力、热力、燃气及水生产和供应业"),
            ("全县小麦及玉米播种面积120万亩。", "120万亩|measure|1200000|||exact|亩|800000000|m²|小麦及玉米播种面积"),
            // A numeral before 、 marks an item of a list, no noun.
            ("七、利润分配预案公司拟以总股本4.28亿股。", "4.28亿股|count|428000000|||exact|股|||利润分配预案公司拟以总股本"),
            // A gloss in parentheses inside the noun is part of it.
            ("全市广义货币（M2）余额3.2万亿元。", "3.2万亿元|money|3200000000000|||exact|元|3200000000000|CNY|广义货币（M2）余额"),
            ("细颗粒物（PM2.5）年平均浓度为31微克/立方米。", "31微克/立方米|measure|31|||exact|微克/立方米|31|µg/m³|细颗粒物（PM2.5）年平均浓度"),
            // A bare 有 parts the place from the thing counted; a 有 that
            // begins a word stays.
            ("全区有党员1200名。", "1200名|count|1200|||exact|名|||党员"),
            ("全市有A级景区32家。", "32家|count|32|||exact|家|||A级景区"),
            ("全市有限额以上企业1500家。", "1500家|count|1500|||exact|家|||限额以上企业"),
            ("全省有色金属产量增长4%。", "4%|percent|4|||exact|%|||有色金属产量"),
            ("全区有效发明专利达到4500件。", "4500件|count|4500|||exact|件|||有效发明专利"),
            // Names of statistics that open with a verb keep it, and the
            // total of an activity stays.
            ("全年新开工面积下降12.5%。", "12.5%|percent|12.5|||exact|%|||新开工面积"),
            ("新建住宅销售价格下降0.4%。", "0.4%|percent|0.4|||exact|%|||新建住宅销售价格"),
            ("全年旅客运输总量达5.6亿人次。", "5.6亿人次|count|560000000|||exact|人次|||旅客运输总量"),
            // 该项目 is a word of scope, not 该项 and 目.
            ("该项目一期工程占地约200亩。", "约200亩|measure|200|||about|亩|133333.33|m²|一期工程占地"),
            // After 的, a measure names the noun that follows it.
            ("村里的一百多亩荒地都种上了果树。", "一百多亩|measure|100|100||over|亩|66666.67|m²|荒地"),
            // 其中 N 为 X: the part is named after 为.
            ("全区有党员1200名，其中300名为预备党员。", "300名|count|300|||exact|名|||预备党员"),
            // The verb that a span of time follows is no part of the noun.
            ("项目推迟3个月。", "3个月|duration|3|||exact|个月|||项目"),
            ("展会为期5天。", "5天|duration|5|||exact|天|432000|s|展会"),
            // A verb before the 得 of a complement, or before 在, ends
            // the noun after a classifier.
            ("两个人长得一模一样。", "两个|count|2|||exact|个|||人"),
            ("120年的歷史值得紀念。", "120年|duration|120|||exact|年|||歷史"),
            ("五位老人坐在门口。", "五位|count|5|||exact|位|||老人"),
        ];
        assert_rows(cases, |text| last_rate(&ex, text));
        // A verb after the conjunction joins actions, not things.
        let s = "推动产业升级和新增就业12万人。";
        assert_eq!(ex.extract(s)[0].noun.as_deref(), Some("新增就业"));
    }

    #[test]
    fn a_half_after_a_unit_of_time_adds_to_the_number() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // 一 with a half or 多 is no article.
            ("会议开了一个半小时。", "一个半小时|duration|1.5|||exact|小时|5400|s|"),
            ("排队等了一个多小时。", "一个多小时|duration|1|1||over|小时|3600|s|"),
            ("项目已经拖了一个多月。", "一个多月|duration|1|1||over|个月|||"),
            ("他在当地工作了一年半。", "一年半|duration|1.5|||exact|年|||"),
            ("等了一天半。", "一天半|duration|1.5|||exact|天|129600|s|"),
            // 个半 before 月 or 星期 is a half month or week.
            ("工程延期了两个半月。", "两个半月|duration|2.5|||exact|个月|||"),
            ("他们花了十个半月才完工。", "十个半月|duration|10.5|||exact|个月|||"),
            ("等了两个半星期。", "两个半星期|duration|2.5|||exact|星期|1512000|s|"),
            // A 半 after the unit, and a qualifier after the half.
            ("展会为期三天半。", "三天半|duration|3.5|||exact|天|302400|s|展会"),
            ("学制3年半。", "3年半|duration|3.5|||exact|年|||学制"),
            ("隔离观察两周半。", "两周半|duration|2.5|||exact|周|1512000|s|隔离观察"),
            ("项目周期为一年半左右。", "一年半左右|duration|1.5|||about|年|||项目周期"),
            // Words that begin with 半 add no half, and 一 before them
            // stays an article.
            ("这家店3天半价促销。", "3天|duration|3|||exact|天|259200|s|这家店"),
            ("这点小事十天半个月就能办完。", ""),
            ("他一年半载回不来。", ""),
            ("一个半导体企业落户。", ""),
            ("一个多元化的团队。", ""),
            ("一年多次组织体检。", ""),
        ];
        assert_rows(cases, |text| first_rate(&ex, text));
    }

    #[test]
    fn half_a_unit_of_time_on_its_own_is_a_duration() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("他们用了半年时间完成改造。", "半年|duration|0.5|||exact|年|||"),
            ("工程历时半个月全部竣工。", "半个月|duration|0.5|||exact|个月|||工程历时"),
            ("公交车每隔半小时发一班。", "半小时|duration|0.5|||exact|小时|1800|s|公交车每隔"),
            ("培训为期半天。", "半天|duration|0.5|||exact|天|43200|s|培训"),
            ("他每天锻炼半小时以上。", "半小时以上|duration|0.5|0.5||over|小时|1800|s|他每天锻炼"),
            ("路程约半个小时。", "约半个小时|duration|0.5|||about|个小时|1800|s|路程"),
            ("不到半年就收回了成本。", "不到半年|duration|0.5||0.5|under|年|||"),
            ("近半年来，销量稳步增长。", "半年|duration|0.5|||exact|年|||"),
            // A 半 inside a word: periods of the calendar, vague spans, a
            // report, a tenor, the half read with the number before it.
            ("上半年，销量稳步增长。", ""),
            ("下半年将新建学校。", ""),
            ("头半年进展顺利。", ""),
            ("圖書館今年首半年借出書籍120萬本。", "120萬本|count|1200000|||exact|本|||書籍"),
            ("他大半年没回家。", ""),
            ("公司发布了半年报。", ""),
            ("半年度财务报告已披露。", ""),
            ("这点小事十天半个月就能办完。", ""),
            ("半导体产业、半径、半月谈。", ""),
            ("推出半日游线路。", ""),
            // 半天 after 了, or before 也, is a long while.
            ("我们等了半天。", ""),
            ("找半天也没找到。", ""),
        ];
        assert_rows(cases, |text| first_rate(&ex, text));
    }

    #[test]
    fn school_years_note_markers_and_weekdays() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let dates: &[(&str, &str)] = &[
            // A 民國 school year runs from one autumn into the next year.
            ("112學年度共有新生3200人。", "112學年度|date||||exact||2023/2024"),
            ("自113學年度起實施新課綱。", "113學年度|date||||exact||2024/2025"),
            ("111學年第2學期開學。", "111學年|date||||exact||2022/2023"),
            ("2023学年度第一学期。", "2023学年度|date||||exact||2023/2024"),
            // A number of school years stays a duration.
            ("学制3学年。", "3学年|duration|3|||exact|学年|"),
        ];
        assert_rows(dates, |text| first(&ex, text));
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // A note marker between the noun and the number is no part of
            // the noun.
            ("全市常住人口⁽¹⁾86万人。", "86万人|count|860000|||exact|人|||常住人口"),
            ("居民人均可支配收入³增长6.1%。", "6.1%|percent|6.1|||exact|%|||居民人均可支配收入"),
            ("地区生产总值[1]增长4.8%。", "4.8%|percent|4.8|||exact|%|||地区生产总值"),
            ("社会消费品零售总额〔2〕增长7.3%。", "7.3%|percent|7.3|||exact|%|||社会消费品零售总额"),
            // A weekday ends the noun before a number, as 周五 does.
            ("上证指数星期五收报3050.12点。", "3050.12点|number|3050.12|||exact|点|||上证指数"),
            ("深证成指礼拜一下跌1.2%。", "1.2%|percent|1.2|||exact|%|||深证成指"),
            ("沪深两市成交额星期四达9800亿元。", "9800亿元|money|980000000000|||exact|元|980000000000|CNY|沪深两市成交额"),
        ];
        assert_rows(cases, |text| first_rate(&ex, text));
        // The number after 注 is the marker of a note, and the percentage
        // point after it keeps the noun of the sentence.
        let all = every_fact(&ex, "工业增加值增长5.2%注1，比上年加快0.8个百分点。");
        assert_eq!(all.len(), 2, "{all:?}");
        assert!(all[1].starts_with("0.8个百分点|number|0.8|"), "{all:?}");
        assert!(all[1].ends_with("|工业增加值"), "{all:?}");
    }

    #[test]
    fn offers_formats_and_idioms_claim_no_quantity_of_their_own() {
        let ex = Extractor::new();
        let all = |text: &str| every_fact(&ex, text).join(" / ");
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // The spending that earns a discount, and the discount, are
            // said of no noun before them.
            ("活动期间满300减50。", "300|number|300|||exact|||| / 50|number|50|||exact||||"),
            ("平台满199元减30元。", "199元|money|199|||exact|元|199|CNY| / 30元|money|30|||exact|元|30|CNY|"),
            ("商场推出每满100元减20元的优惠。", "100元|money|100|||exact|元|100|CNY| / 20元|money|20|||exact|元|20|CNY|优惠"),
            // 满 (reaches) introduces the number like 达.
            ("购物满500元可获赠品。", "500元|money|500|||exact|元|500|CNY|购物"),
            // The product that names a relay or a game measures nothing;
            // one of a power of ten does.
            ("他获得男子4×100米接力冠军。", ""),
            ("中国队在4x400米接力中夺冠。", ""),
            ("女子4×200米自由泳接力决赛。", ""),
            ("学校举办3×3篮球赛。", ""),
            ("3X3籃球賽在台北舉行。", ""),
            ("光速约为3×10⁸米/秒。", "约为3×10⁸米/秒|measure|300000000|||about|米/秒|300000000|m/s|光速"),
            ("共购买4×100米的电缆。", "4|number|4|||exact||||购买 / 100米|measure|100|||exact|米|100|m|电缆"),
            // Idioms with numerals, vague or not, count nothing.
            ("这种情况十之八九是误报。", ""),
            ("他说的十有八九是真的。", ""),
            ("结果八九不离十。", ""),
            ("这样的人才百里挑一。", ""),
            ("这点钱对他来说不过九牛一毛。", ""),
            ("他把经过一五一十地说了出来。", ""),
            ("游客三三两两地走进公园。", ""),
            ("成千上万的市民涌上街头。", ""),
            ("千千万万个家庭受益。", ""),
            ("客商来自四面八方。", ""),
            ("保障群众一日三餐。", ""),
        ];
        assert_rows(cases, all);
    }

    #[test]
    fn a_bare_minguo_year_that_opens_a_clause_is_a_year() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("112年營收達新台幣3億元。", "112年|date||||exact||2023"),
            ("113年起調高基本工資。", "113年|date||||exact||2024"),
            ("經濟部表示，113年出口可望成長。", "113年|date||||exact||2024"),
            // A span of years, a decade or an age of so many years stays
            // what it is.
            ("100年來，台灣經濟持續成長。", "100年|duration|100|||exact|年|"),
            ("本校創立，120年的歷史值得紀念。", "120年|duration|120|||exact|年|"),
            // Simplified text has no bare 民國 years.
            ("112年营收增长8%。", "112年|duration|112|||exact|年|"),
        ];
        assert_rows(cases, |text| first(&ex, text));
    }

    #[test]
    fn nouns_after_measures_without_prefixes_dimensions_or_bare_verbs() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // After a verb of appearing or the 以 of manner, a measure
            // names what it measures after it.
            ("明天午后局部地区可能出现36度以上高温。", "36度以上|measure|36|36||over|度|||高温"),
            ("台风中心以每小时15公里速度向西北移动。", "每小时15公里|measure|15|||exact|公里/小时|15|km/h|速度"),
            ("该车以每小时120公里的速度行驶。", "每小时120公里|measure|120|||exact|公里/小时|120|km/h|速度"),
            // Words of time at the start of the phrase say when.
            ("本周全市降雨量达120毫米。", "120毫米|measure|120|||exact|毫米|0.12|m|降雨量"),
            ("上月居民消费价格同比上涨0.3%。", "0.3%|percent|0.3|||exact|%|||居民消费价格"),
            // 最新報 (stands at, lately) is no part of the noun, 中原 is a
            // name, and what a report 指出 (points out) follows it.
            ("中原城市領先指數最新報182.5點。", "182.5點|number|182.5|||exact|點|||中原城市領先指數"),
            ("中原地產最新報告指出二手住宅成交量錄得4,000宗。", "4,000宗|count|4000|||exact|宗|||二手住宅成交量"),
            // A dimension that ends the phrase goes, unless it makes a word
            // with the character before it (身高, 全长), and a 长 of a head
            // (家长) is no dimension of a count.
            ("机场跑道长3,800米。", "3,800米|measure|3800|||exact|米|3800|m|机场跑道"),
            ("该运动员身高1.98米。", "1.98米|measure|1.98|||exact|米|1.98|m|该运动员身高"),
            ("新建大桥全长1,200米。", "1,200米|measure|1200|||exact|米|1200|m|大桥全长"),
            ("全市家长3000人参加。", "3000人|count|3000|||exact|人|||家长"),
            // A clause of who and a verb that names nothing counted gives
            // no noun; a verb of action before the thing still parts it.
            ("他向对方索要5000元。", "5000元|money|5000|||exact|元|5000|CNY|"),
            ("骗子向受害人索要保证金2万元。", "2万元|money|20000|||exact|元|20000|CNY|保证金"),
            ("开展专题培训16场。", "16场|count|16|||exact|场|||专题培训"),
            // A time limit (在…内) is said of no noun.
            ("当事人须在24小时内到场。", "24小时|duration|24|||exact|小时|86400|s|"),
            // 續約 is a renewed contract, no "about".
            ("外籍家庭傭工續約2.1萬宗。", "2.1萬宗|count|21000|||exact|宗|||外籍家庭傭工續約"),
            // A count whose clause names only its verb counts what the
            // clause before names after that verb, or the shared last word
            // of a list.
            ("社区举办健康讲座，今年已累计举办150余场。", "150余场|count|150|150||over|场|||健康讲座"),
            ("街道开设法律、健康讲座，已举办数十场。", "数十场|count||10|100|range|场|||讲座"),
            ("镇里组织篮球、足球比赛，共组织6场。", "6场|count|6|||exact|场|||比赛"),
            ("政府举办了招聘会，已举办12场。", "12场|count|12|||exact|场|||招聘会"),
            // 持续约 is "lasts about"; 抵达 and 具有 open the predicate.
            ("比赛持续约两个小时。", "约两个小时|duration|2|||about|小时|7200|s|比赛"),
            ("救援队伍七十余人抵达现场。", "七十余人|count|70|70||over|人|||救援队伍"),
            // 本 counts books at the end of a phrase or before a book; it
            // opens words and idioms elsewhere.
            ("出版图书3本。", "3本|count|3|||exact|本|||图书"),
            ("他写了5本书。", "5本|count|5|||exact|本|||书"),
            ("他一本正经地说。", ""),
            // A pronoun is the subject, nothing counted; 进入 opens the
            // predicate, and 距今 and 展出 name nothing.
            ("他14岁进入省体校。", "14岁|count|14|||exact|岁|||"),
            ("镇党委兵分三路开展走访。", "三路|count|3|||exact|路|||"),
            // A rank moved or reached names no noun; 排名 with nothing
            // before it names the rank.
            ("分别前进4位、3位。", "4位|count|4|||exact|位|||"),
            ("跃升至第5位。", "第5位|ordinal|5|||exact|位|||"),
            ("在全国百强区中位居全省第一。", "第一|ordinal|1|||exact||||"),
            ("去年排名全省第3位。", "第3位|ordinal|3|||exact|位|||排名"),
            // 就业 and 就诊 are words; 投用, 挂牌 and 积极 open the
            // predicate; 按 (according to) ends the noun.
            ("建成约3万名新就业群体党员之家。", "约3万名|count|30000|||about|名|||新就业群体党员之家"),
            ("建成服务站25个投用。", "25个|count|25|||exact|个|||服务站"),
            ("全市23万驾驶人按区域分配。", "23万|count|230000|||exact||||驾驶人"),
            ("全区“红色之家”已建成28家。", "28家|count|28|||exact|家|||“红色之家”"),
            ("这座古城墙距今已有600余年历史。", "600余年|duration|600|600||over|年|||这座古城墙"),
            ("本次展览展出文物200余件。", "200余件|count|200|200||over|件|||文物"),
            // 計 (totalling) ends a noun, but not 统计 or 会计; an adverb
            // before a share names no part.
            ("全國低收入戶計14萬2,310戶。", "14萬2,310戶|count|142310|||exact|戶|||低收入戶"),
            ("全市会计人员计1.2万人。", "1.2万人|count|12000|||exact|人|||会计人员"),
            // The average that a change starts from is a level of what
            // stands before 从.
            ("支架价格从均价1.3万元左右降至700元。", "1.3万元左右|money|13000|||about|元|13000|CNY|支架价格"),
            // A verb of setting up inside the phrase parts the agent from
            // what it set up.
            ("该街道组建志愿服务队伍36支。", "36支|count|36|||exact|支|||志愿服务队伍"),
            ("社区设立“红色代办”服务点15个。", "15个|count|15|||exact|个|||“红色代办”服务点"),
            ("项目建成后预计年产值可达50亿元。", "50亿元|money|5000000000|||exact|元|5000000000|CNY|年产值"),
            // Nouns that hold such a verb keep it, and the 长 of 时长 is
            // no part of 长达.
            ("志愿服务时长达4.5万小时。", "4.5万小时|duration|45000|||exact|小时|162000000|s|志愿服务时长"),
            ("实施老旧小区改造项目120个。", "120个|count|120|||exact|个|||老旧小区改造项目"),
            ("矛盾纠纷化解成功率达98%。", "98%|percent|98|||exact|%|||矛盾纠纷化解成功率"),
            ("大桥全长达1200米。", "1200米|measure|1200|||exact|米|1200|m|大桥全长"),
            // The subject of a rank stands before the verb of standing and
            // the field of the rank.
            ("增速居全市第3位。", "第3位|ordinal|3|||exact|位|||增速"),
            ("该县综合实力位列全省第二。", "第二|ordinal|2|||exact||||综合实力"),
            // Adverbs and verbs that open the predicate end the noun after
            // a count, and 持续 before a duration is no part of its noun.
            ("首批30名志愿者准时到岗。", "30名|count|30|||exact|名|||志愿者"),
            ("当天共有200余家企业参会。", "200余家|count|200|200||over|家|||企业"),
            ("活动持续3天。", "3天|duration|3|||exact|天|259200|s|活动"),
            // A word of time before the 的 of a count says when, and names
            // nothing counted.
            ("入驻企业从最初的十几家发展到现在的一百多家。", "十几家|count||11|19|range|家|||"),
            // 已 and the verb it opens name nothing counted.
            ("今年全市已接种流感疫苗15.3万剂次。", "15.3万剂次|count|153000|||exact|剂次|||流感疫苗"),
            ("目前已签约随访患者2.6万余人。", "2.6万余人|count|26000|26000||over|人|||随访患者"),
            // Nouns that hold 被 or 在 keep them, and a 后 of 博士后 is no
            // "after".
            ("消防救援支队营救被困人员412人。", "412人|count|412|||exact|人|||被困人员"),
            ("全市在站博士后130余人。", "130余人|count|130|130||over|人|||在站博士后"),
            ("改造提升农贸市场15个。", "15个|count|15|||exact|个|||农贸市场"),
        ];
        assert_rows(cases, |text| first_rate(&ex, text));
        let noun_of = |text: &str, k: usize| ex.extract(text)[k].noun.clone();
        // The 内 that closes a duration before is no part of the noun.
        // An amount whose clause names only its verb is of what the clause
        // before names after that verb.
        let s = "每10股派发现金红利2.4元，合计派发1.03亿元。";
        let facts = ex.extract(s);
        let last = facts.last().map(|f| (f.text.as_str(), f.noun.as_deref()));
        assert_eq!(last, Some(("1.03亿元", Some("现金红利"))));
        // A count after a verb that governs it counts that verb's object,
        // not what the count before it counts.
        let s = "提供就业岗位2.6万个，帮助1.1万人实现就业。";
        assert_eq!(noun_of(s, 0).as_deref(), Some("就业岗位"));
        assert_eq!(noun_of(s, 1), None);
        let s = "全区有男性党员1200名、女性党员800名，其中300名为预备党员。";
        assert_eq!(noun_of(s, 1).as_deref(), Some("女性党员"));
        let s = "未来24小时内最低气温将降至零下3℃。";
        assert_eq!(noun_of(s, 1).as_deref(), Some("最低气温"));
        // A rank held over a run of years is the subject's, without the
        // words of scope before it (see `SCOPE_WORDS`).
        let s = "我国货物贸易规模连续8年保持全球第一。";
        assert_eq!(noun_of(s, 1).as_deref(), Some("货物贸易规模"));
        let s = "该市经济总量连续5年位居全省第二。";
        assert_eq!(noun_of(s, 1).as_deref(), Some("经济总量"));
        // The clause that names the thing may lie before another fact.
        let s = "医院每月举办健康讲座，每场有上百名市民参加，三年来已累计举办150余场。";
        assert_eq!(noun_of(s, 2).as_deref(), Some("健康讲座"));
        let s = "公司开展技能培训，员工满意度达95%，全年开展12次。";
        assert_eq!(noun_of(s, 1).as_deref(), Some("技能培训"));
    }

    #[test]
    fn communique_and_market_nouns_leave_out_verbs_times_and_comparisons() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // The day of a market report and the verb that quotes an index
            // (报, 收报) are no part of the index.
            ("上证指数周五收报3286.45点。", "3286.45点|number|3286.45|||exact|点|||上证指数"),
            ("深证成指报10326.18点。", "10326.18点|number|10326.18|||exact|点|||深证成指"),
            // Verbs of moving or holding a yield, and of expecting growth,
            // end the noun; 通胀预期 is what is expected.
            ("10年期国债收益率下行3个基点。", "3个基点|number|3|||exact|个基点|||国债收益率"),
            ("1年期国债收益率持平于1.52%。", "1.52%|percent|1.52|||exact|%|||国债收益率"),
            ("全市生产总值预期增长5%左右。", "5%左右|percent|5|||about|%|||生产总值"),
            ("居民通胀预期为2.5%。", "2.5%|percent|2.5|||exact|%|||居民通胀预期"),
            // 中长期 is a word, but 其中 before 长期 is "among them".
            ("其中制造业中长期贷款余额1286.4亿元。", "1286.4亿元|money|128640000000|||exact|元|128640000000|CNY|制造业中长期贷款余额"),
            ("其中长期贷款余额860亿元。", "860亿元|money|86000000000|||exact|元|86000000000|CNY|长期贷款余额"),
            // 采 of 采矿业 is no verb, nor 向 of 北向资金 a preposition; 全天
            // says when, 通过 by which way.
            ("采矿业增加值下降1.6%。", "1.6%|percent|1.6|||exact|%|||采矿业增加值"),
            ("北向资金净流入32亿元。", "32亿元|money|3200000000|||exact|元|3200000000|CNY|北向资金净流入"),
            ("北向资金全天净买入56.32亿元。", "56.32亿元|money|5632000000|||exact|元|5632000000|CNY|净买入"),
            ("全年通过境内资本市场融资312.6亿元。", "312.6亿元|money|31260000000|||exact|元|31260000000|CNY|境内资本市场融资"),
            // 前 before a span opening the phrase makes it the first months
            // of a period, which names nothing.
            ("前5个月人民币贷款增加11.14万亿元。", "5个月|duration|5|||exact|个月|||"),
            // A noun cut for length loses a quoted name whole, not half.
            ("对“一带一路”共建国家进出口总额912.4亿元。", "912.4亿元|money|91240000000|||exact|元|91240000000|CNY|共建国家进出口总额"),
        ];
        assert_rows(cases, |text| first_rate(&ex, text));
        let noun_of = |text: &str, k: usize| ex.extract(text)[k].noun.clone();
        // A comparison with 较 is no noun; the gap shares the level's.
        let s = "全年平均气温17.8℃，较常年偏高0.9℃。";
        assert_eq!(noun_of(s, 1).as_deref(), Some("平均气温"));
        let s = "认购倍数3.6倍，较发行指导区间下限低15个基点。";
        assert_eq!(noun_of(s, 1), None);
        // The whole after 相当于 is no noun of the share.
        let s = "研发经费投入263.5亿元，相当于地区生产总值的3.17%。";
        assert_eq!(noun_of(s, 1).as_deref(), Some("研发经费投入"));
        // The points by which a part pulls growth change no level before.
        let s = "第三产业对经济增长的贡献率为58.3%，拉动经济增长3.4个百分点。";
        assert_eq!(noun_of(s, 1), None);
        // A level after a run of days is said of the subject before it.
        let s = "两市成交额连续3日超过9000亿元。";
        assert_eq!(noun_of(s, 1).as_deref(), Some("两市成交额"));
    }

    #[test]
    fn courts_farms_schools_weather_and_prices_read_as_written() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // 中 inside 高中, 初中, 大中, 中等 and 中考 is no "among".
            ("全省共有普通高中620所。", "620所|count|620|||exact|所|||普通高中"),
            ("初中阶段毛入学率102.5%。", "102.5%|percent|102.5|||exact|%|||初中阶段毛入学率"),
            ("中等职业学校在校生1300万人。", "1300万人|count|13000000|||exact|人|||中等职业学校在校生"),
            ("中考报名人数12万人。", "12万人|count|120000|||exact|人|||中考报名人数"),
            ("发布70个大中城市房价。", "70个|count|70|||exact|个|||大中城市房价"),
            // 被 of 被告人 is no passive, but that of 被困 is; 的 of 标的额
            // is no particle, but that of 指标的 is.
            ("法院对56名被告人适用缓刑。", "56名|count|56|||exact|名|||被告人"),
            ("3人被困。", "3人|count|3|||exact|人|||"),
            ("诉讼标的额为1.2亿元。", "1.2亿元|money|120000000|||exact|元|120000000|CNY|诉讼标的额"),
            ("各项指标的完成率达到95%。", "95%|percent|95|||exact|%|||完成率"),
            // A court and the instance of a trial are names, not ranks.
            ("市第二中级人民法院共审结案件120件。", "120件|count|120|||exact|件|||案件"),
            ("第一审民事案件审结860件。", "860件|count|860|||exact|件|||第一审民事案件"),
            // A verb of a price or a payment after 每 keeps an amount a rate.
            ("每亩补贴150元。", "每亩补贴150元|money|150|||exact|元/亩|0.225|CNY/m²|"),
            ("柴油每吨下调95元。", "每吨下调95元|money|95|||exact|元/吨|0.095|CNY/kg|柴油"),
            ("汽油每吨提高250元。", "每吨提高250元|money|250|||exact|元/吨|0.25|CNY/kg|汽油"),
            // 课时 is a classifier, not 课 and then an hour.
            ("体育课每周3课时。", "每周3课时|count|3|||exact|课时/周|||体育课"),
            // Points of a score named before a copula; minutes and seconds
            // stay a time.
            ("录取分数线为598分。", "598分|number|598|||exact|分|||录取分数线"),
            ("最高分为703分。", "703分|number|703|||exact|分|||最高分"),
            ("成绩为9分58秒。", "9分58秒|duration|598|||exact|秒|598|s|成绩"),
            // 日均 is a word; 将 and 首次 introduce the number.
            ("日均约8.5万人次。", "约8.5万人次|count|85000|||about|人次|||日均"),
            ("气温将下降4～6℃。", "4～6℃|measure||4|6|range|℃|||气温"),
            ("今年首次达到1.39万亿斤。", "1.39万亿斤|measure|1390000000000|||exact|斤|695000000000|kg|"),
            // A Latin name after a classifier is in the noun.
            ("新增2家A级旅游景区。", "2家|count|2|||exact|家|||A级旅游景区"),
            // A large area in 亩 is rounded to two places, as a small one
            // is, and a range has no canonical unit without its value.
            ("高标准农田8000万亩。", "8000万亩|measure|80000000|||exact|亩|53333333333.33|m²|高标准农田"),
            ("价格在50元至80元之间。", "50元至80元|money||50|80|range|元|||价格"),
        ];
        assert_rows(cases, |text| first_rate(&ex, text));
    }

    #[test]
    fn welfare_and_emergency_reports_read_their_nouns() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // A verb of raising or lowering (上调, 下调) introduces the
            // change, and a verb of passing funds down (下拨) or closing
            // (关停) opens the thing counted; 可享受 separates the one who
            // draws a benefit from the benefit.
            ("基本养老金上调2.5%。", "2.5%|percent|2.5|||exact|%|||基本养老金"),
            ("全省下拨救灾资金2.5亿元。", "2.5亿元|money|250000000|||exact|元|250000000|CNY|救灾资金"),
            ("关停旅游景区26个。", "26个|count|26|||exact|个|||旅游景区"),
            ("每名失能老人每月可享受护理补贴300元。", "300元|money|300|||exact|元|300|CNY|护理补贴"),
            // A cause and the verb that says what it caused (造成, 导致)
            // are no part of what is counted; 共记录到 opens the count.
            ("地震造成房屋受损8200余间。", "8200余间|count|8200|8200||over|间|||房屋受损"),
            ("火灾造成亡人5人。", "5人|count|5|||exact|人|||亡人"),
            ("震后共记录到余震76次。", "76次|count|76|||exact|次|||余震"),
            // A level above a warning mark is the level's (超警戒, 超汛限),
            // and the scale of a magnitude (里氏) is no part of the noun.
            ("某江水位超警戒1.2米。", "1.2米|measure|1.2|||exact|米|1.2|m|某江水位"),
            ("某站水位超警0.5米。", "0.5米|measure|0.5|||exact|米|0.5|m|某站水位"),
            ("震级为里氏5.2级。", "5.2级|measure|5.2|||exact|级|||震级"),
            // After a count, 受灾 and 超汛限 are what befell the things
            // counted; 受灾人口 and 受灾乡镇 are nouns.
            ("全省68个县受灾。", "68个|count|68|||exact|个|||县"),
            ("全市共有12座中型水库超汛限。", "12座|count|12|||exact|座|||中型水库"),
            ("受灾人口达到127.6万人次。", "127.6万人次|count|1276000|||exact|人次|||受灾人口"),
            ("全县3个受灾乡镇。", "3个|count|3|||exact|个|||受灾乡镇"),
            // 未 opens a predicate after a number (no noun), except in the
            // words and modifiers it begins (未成年人, 未就业, 未达标).
            ("连续第10年未发生较大事故。", "第10年|ordinal|10|||exact|年|||"),
            ("全市3名未成年人。", "3名|count|3|||exact|名|||未成年人"),
            ("全县有3200名未就业高校毕业生。", "3200名|count|3200|||exact|名|||未就业高校毕业生"),
            ("5个未达标断面。", "5个|count|5|||exact|个|||未达标断面"),
            // A share of a whole is the part's, not the whole's.
            ("电气原因引发的火灾占总数的38.6%。", "38.6%|percent|38.6|||exact|%|||火灾"),
            // A verb of a payment with the 到 of the level it reaches
            // keeps an amount after 每 a rate.
            ("城乡居民基础养老金最低标准每人每月提高到143元。", "每人每月提高到143元|money|143|||exact|元/人·月|||城乡居民基础养老金最低标准"),
            // 中选 and 中标 are words, not "among".
            ("全市中标企业12家。", "12家|count|12|||exact|家|||中标企业"),
            // A noun too long to report whole is cut where a word begins,
            // not inside 医保 or 事业.
            ("职工医保住院费用政策范围内报销比例为85%。", "85%|percent|85|||exact|%|||住院费用政策范围内报销比例"),
            ("全省企业和机关事业单位退休人员基本养老金上调2.5%。", "2.5%|percent|2.5|||exact|%|||单位退休人员基本养老金"),
            // The 负 of 减负 is no minus sign.
            ("全年为企业减负3.2亿元。", "3.2亿元|money|320000000|||exact|元|320000000|CNY|为企业减负"),
            ("气温为负3度。", "负3度|measure|-3|||exact|度|||气温"),
            // 分为 introduces the levels; a range after 每 is a rate at
            // both ends.
            ("缴费档次分为每年200元至5000元。", "每年200元至5000元|money||200|5000|range|元/年|||缴费档次"),
            // What a place can hold (可容纳) is said of no noun of its own.
            ("可容纳12.8万人。", "12.8万人|count|128000|||exact|人|||"),
            // A multiple or share of a whole after a verb of being or
            // reaching measures the subject before the verb.
            ("人均GDP为全国平均水平的1.2倍。", "1.2倍|number|1.2|||exact|倍|||人均GDP"),
            ("失业保险金标准提高到最低工资标准的90%。", "90%|percent|90|||exact|%|||失业保险金标准"),
            ("城镇居民收入是农村居民的2.3倍。", "2.3倍|number|2.3|||exact|倍|||城镇居民收入"),
            ("研发投入相当于全国平均水平的1.2倍。", "1.2倍|number|1.2|||exact|倍|||研发投入"),
            ("出口额降至去年的80%。", "80%|percent|80|||exact|%|||出口额"),
        ];
        assert_rows(cases, |text| first_rate(&ex, text));
        let last = |text: &str| last_rate(&ex, text);
        #[rustfmt::skip]
        let seconds: &[(&str, &str)] = &[
            // A count and the money it comes to, joined by 、, are of one
            // thing.
            ("发放个人住房公积金贷款1.6万笔、98.4亿元。", "98.4亿元|money|9840000000|||exact|元|9840000000|CNY|个人住房公积金贷款"),
            // The part before a qualifier and the whole it is a multiple of
            // is read whole, though the phrase with the whole is too long.
            ("特困供养人员2.1万人，基本生活标准不低于当地低保标准的1.3倍。", "1.3倍|number|1.3|1.3||over|倍|||基本生活标准"),
            // An amount joined to a rate by a conjunction is in its unit.
            ("城乡低保平均标准分别为每人每月860元和710元。", "710元|money|710|||exact|元/人·月|||城乡低保平均标准"),
            ("汽油每吨上调250元、柴油240元。", "240元|money|240|||exact|元|240|CNY|柴油"),
            // 救助资金 is a noun, not 救助 and then 资金.
            ("全年累计支出医疗救助资金2.3亿元。", "2.3亿元|money|230000000|||exact|元|230000000|CNY|支出医疗救助资金"),
        ];
        assert_rows(seconds, last);
    }

    /// Written after an audit of newspaper pages extracted from PDF (rural
    /// revival, a blood drive, a police and court year, elderly care).
    #[test]
    fn newspaper_reports_leave_verbs_of_policing_earning_and_ending_out_of_nouns() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // Verbs of policing, of winning back and of connecting govern
            // the thing counted, before it or after an agent.
            ("警方抓获犯罪嫌疑人136名。", "136名|count|136|||exact|名|||犯罪嫌疑人"),
            ("打掉犯罪团伙12个。", "12个|count|12|||exact|个|||犯罪团伙"),
            ("侦破盗窃案件58起。", "58起|count|58|||exact|起|||盗窃案件"),
            ("民警为群众挽回经济损失300余万元。", "300余万元|money|3000000|3000000||over|元|3000000|CNY|经济损失"),
            ("依法查封扣押涉案资产约1.2亿元。", "约1.2亿元|money|120000000|||about|元|120000000|CNY|涉案资产"),
            ("指挥中心接入监控设备3000台。", "3000台|count|3000|||exact|台|||监控设备"),
            ("全年处置紧急求助86次。", "86次|count|86|||exact|次|||紧急求助"),
            ("新发展特色养殖800亩。", "800亩|measure|800|||exact|亩|533333.33|m²|特色养殖"),
            // 培训 governs the people trained, but alone it is the
            // training held.
            ("培训农民工2000人次。", "2000人次|count|2000|||exact|人次|||农民工"),
            ("组织各类培训30余场。", "30余场|count|30|30||over|场|||培训"),
            // After a count, a verb of success, of winning a title, of
            // working together, of joining, of being free of charge or of
            // changing ends the noun; 合作社 is a noun.
            ("8台救护车一字排开。", "8台|count|8|||exact|台|||救护车"),
            ("今年已有126名市民成功献血。", "126名|count|126|||exact|名|||市民"),
            ("3名个人获评先进。", "3名|count|3|||exact|名|||个人"),
            ("与5所高校合作办学。", "5所|count|5|||exact|所|||高校"),
            ("村里闲置的20亩荒地改成果园。", "20亩|measure|20|||exact|亩|13333.33|m²|荒地"),
            ("全镇有12家合作社。", "12家|count|12|||exact|家|||合作社"),
            // 献血 and 采供血 open nouns; 献 alone is a verb.
            ("献血总量达4.5万毫升。", "4.5万毫升|measure|45000|||exact|毫升|45|L|献血总量"),
            ("全年采供血总量达到8.6吨。", "8.6吨|measure|8.6|||exact|吨|8600|kg|采供血总量"),
            // 全部 and 一般 are adverbs before the verb, no part of the noun.
            ("乡镇财政收入全部达到50万元以上。", "50万元以上|money|500000|500000||over|元|500000|CNY|乡镇财政收入"),
            ("单次献血量一般为300毫升。", "300毫升|measure|300|||exact|毫升|0.3|L|单次献血量"),
            // A verb of earning before a sum says who earns it.
            ("现在一个月能拿4000多元。", "4000多元|money|4000|4000||over|元|4000|CNY|"),
            // The 等 that closes a list of quoted names is no part of the
            // noun cut after it.
            ("“红星米”“青山茶”“白云笋”等区域公用品牌线上销售额突破3亿元。", "突破3亿元|money|300000000|300000000||over|元|300000000|CNY|区域公用品牌线上销售额"),
            ("1200多名大学生加入志愿者队伍。", "1200多名|count|1200|1200||over|名|||大学生"),
            ("全市23家公园景区免费开放。", "23家|count|23|||exact|家|||公园景区"),
            ("开展“清风”“护苗”等专项行动十余次。", "十余次|count|10|10||over|次|||专项行动"),
            // A fraction of a whole is the part's, as a percent is.
            ("其中大学生占志愿者总数的三分之一。", "三分之一|fraction|0.3333333333|||exact||||大学生"),
            // A welfare home numbered in its name has no rank.
            ("区第二社会福利院新增床位120张。", "120张|count|120|||exact|张|||床位"),
            ("市场监管部门查扣假冒伪劣商品两万余件。", "两万余件|count|20000|20000||over|件|||假冒伪劣商品"),
            ("服务台全年接听群众来电46.5万个。", "46.5万个|count|465000|||exact|个|||群众来电"),
            // A person named after the noun is the one person it is.
            ("家住枫林街道的82岁老人王奶奶来到食堂。", "82岁|count|82|||exact|岁|||老人"),
            ("今年76岁的独居老人李大爷说。", "76岁|count|76|||exact|岁|||独居老人"),
            ("全村12名女士参加。", "12名|count|12|||exact|名|||女士"),
            // An emergency number before the word of its service is a name.
            ("110接处警平均用时缩短至5分钟。", "5分钟|duration|5|||exact|分钟|300|s|接处警平均用时"),
        ];
        assert_rows(cases, |text| first_rate(&ex, text));
        // 前 left after a span of time makes a point in time, no noun of
        // its own: the subject before the span is the share's.
        let last = |text: &str| last_rate(&ex, text);
        #[rustfmt::skip]
        let seconds: &[(&str, &str)] = &[
            ("上岗率由三年前的不足五成。", "不足五成|percent|50||50|under|%|||上岗率"),
            // A comparison with the end of a period is no noun.
            ("全区养老床位3200张，比“十三五”末翻了一番。", "翻了一番|number|2|||exact|倍|||"),
            ("两次献血间隔不少于6个月。", "不少于6个月|duration|6|6||over|个月|||献血间隔"),
            // What a number amounts to is the base of a comparison.
            ("累计献血量1.2万毫升，相当于一名成年人全身血量的4倍。", "4倍|number|4|||exact|倍|||"),
        ];
        assert_rows(seconds, last);
    }

    /// Written after an audit of four more newspaper pages extracted from
    /// PDF (a development zone, ecology, culture and sport, grain).
    #[test]
    fn newspaper_reports_of_industry_ecology_culture_and_grain_name_what_they_count() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // 夜间 is a word, no "among"; the statistic after the things
            // counted is the subject of the next number.
            ("全区12个夜间消费街区人流量达到80万人次。", "12个|count|12|||exact|个|||夜间消费街区"),
            ("全市20个国控断面水质优良比例为95%。", "20个|count|20|||exact|个|||国控断面"),
            // 地 opening the phrase is no adverbial particle.
            ("来自20个国家和地区的1.2万名参赛选手参加比赛。", "20个|count|20|||exact|个|||国家和地区"),
            // A verb before 量 names the statistic of its action.
            ("景区接待量占比超过三成。", "超过三成|percent|30|30||over|%|||景区接待量占比"),
            // 较平日 is a comparison, no part of the noun.
            ("客房均价较平日上涨两成。", "两成|percent|20|||exact|%|||客房均价"),
            // After 提前 a lone 一 is a length of time, and 提前 no noun.
            ("我们提前一个月订好了门票。", "一个月|duration|1|||exact|个月|||"),
            // A measure with only a verb or a place before it measures the
            // short noun after it.
            ("白石镇30万亩早稻陆续开镰。", "30万亩|measure|300000|||exact|亩|200000000|m²|早稻"),
            ("他承包了800亩山地。", "800亩|measure|800|||exact|亩|533333.33|m²|山地"),
            // The 迈 of 迈上 is no part of the noun.
            ("园区营业收入迈上千亿元台阶。", "上千亿元|money|100000000000|100000000000||over|元|100000000000|CNY|园区营业收入"),
            ("企业开办时间压缩至1个工作日。", "1个工作日|duration|1|||exact|工作日|86400|s|企业开办时间"),
            // 将 before a verb is read as 已 is.
            ("全县将建成高标准农田20万亩。", "20万亩|measure|200000|||exact|亩|133333333.33|m²|高标准农田"),
            ("将士300人。", "300人|count|300|||exact|人|||将士"),
            // Livestock sold or kept is the animals.
            ("全市生猪出栏120万头。", "120万头|count|1200000|||exact|头|||生猪"),
            ("存栏能繁母猪3万头。", "3万头|count|30000|||exact|头|||能繁母猪"),
            // 年产 governs what is made, but 年产值 is a noun.
            ("项目建成后可年产光伏组件5吉瓦。", "5吉瓦|measure|5|||exact|吉瓦|5000000000|W|光伏组件"),
            ("企业年产值达8亿元。", "8亿元|money|800000000|||exact|元|800000000|CNY|企业年产值"),
            // Verbs of taking part, reviving, issuing, lending, clearing,
            // spreading and setting up are no part of the noun.
            ("吸引游客参与超过20万人次。", "超过20万人次|count|200000|200000||over|人次|||游客"),
            ("盘活闲置厂房12万平方米。", "12万平方米|measure|120000|||exact|平方米|120000|m²|闲置厂房"),
            ("新办借书证500余张。", "500余张|count|500|500||over|张|||借书证"),
            ("借还图书8万册。", "8万册|count|80000|||exact|册|||图书"),
            ("清理河道垃圾2000吨。", "2000吨|measure|2000|||exact|吨|2000000|kg|河道垃圾"),
            ("推广新能源汽车1500辆。", "1500辆|count|1500|||exact|辆|||新能源汽车"),
            ("景区沿途设置休息点20个。", "20个|count|20|||exact|个|||休息点"),
            // 开工项目 is a noun; 涉嫌 separates the agent from the cases.
            ("全市开工项目120个。", "120个|count|120|||exact|个|||开工项目"),
            ("移送公安机关涉嫌犯罪案件15起。", "15起|count|15|||exact|起|||犯罪案件"),
            // 取缔 after 关停 goes too; 获得 separates the occasion from
            // the medals won.
            ("关停取缔“散乱污”企业85家。", "85家|count|85|||exact|家|||“散乱污”企业"),
            ("我市运动员在省运会上获得金牌31枚。", "31枚|count|31|||exact|枚|||金牌"),
            // 亩次 counts the area served as many times as it is served.
            ("开展托管服务面积超过30万亩次。", "超过30万亩次|measure|300000|300000||over|亩次|||托管服务面积"),
        ];
        assert_rows(cases, |text| first_rate(&ex, text));
        let last = |text: &str| last_rate(&ex, text);
        #[rustfmt::skip]
        let seconds: &[(&str, &str)] = &[
            ("来自20个国家和地区的1.2万名参赛选手参加比赛。", "1.2万名|count|12000|||exact|名|||参赛选手"),
            ("全区12个夜间消费街区人流量达到80万人次。", "80万人次|count|800000|||exact|人次|||夜间消费街区人流量"),
            // The points above a place's average are said of the rate.
            ("综合机械化率达到80%，比全省平均水平高出5个百分点。", "5个百分点|number|5|||exact|个百分点|||综合机械化率"),
        ];
        assert_rows(seconds, last);
    }

    /// The rows of every fact of `text`, as `first_rate` renders each,
    /// joined by ` ; `.
    #[test]
    fn respectively_pairs_the_nouns_with_the_values_in_order() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("常住人口和户籍人口分别为120万人和98万人。", "120万人|count|1200000|||exact|人|||常住人口 ; 98万人|count|980000|||exact|人|||户籍人口"),
            ("男性、女性分别占52%、48%。", "52%|percent|52|||exact|%|||男性 ; 48%|percent|48|||exact|%|||女性"),
            ("国有企业、民营企业和外资企业分别为30家、200家、15家。", "30家|count|30|||exact|家|||国有企业 ; 200家|count|200|||exact|家|||民营企业 ; 15家|count|15|||exact|家|||外资企业"),
            ("出口额和进口额分别达到56亿元和43亿元。", "56亿元|money|5600000000|||exact|元|5600000000|CNY|出口额 ; 43亿元|money|4300000000|||exact|元|4300000000|CNY|进口额"),
            ("医院和卫生院分別有45家和120家。", "45家|count|45|||exact|家|||医院 ; 120家|count|120|||exact|家|||卫生院"),
            // The adverb after the part of a share is no part of the noun.
            ("男生和女生分别占全校学生的51%和49%。", "51%|percent|51|||exact|%|||男生 ; 49%|percent|49|||exact|%|||女生"),
            // Modifiers share the head of the last noun when it is a
            // statistic or a body of people.
            ("城镇和农村居民人均可支配收入分别为4.2万元和2.1万元。", "4.2万元|money|42000|||exact|元|42000|CNY|城镇居民人均可支配收入 ; 2.1万元|money|21000|||exact|元|21000|CNY|农村居民人均可支配收入"),
            ("粮食和油料产量分别为120万吨和8万吨。", "120万吨|measure|1200000|||exact|吨|1200000000|kg|粮食产量 ; 8万吨|measure|80000|||exact|吨|80000000|kg|油料产量"),
            ("第一产业、第二产业、第三产业增加值分别为10亿元、40亿元、50亿元。", "10亿元|money|1000000000|||exact|元|1000000000|CNY|第一产业增加值 ; 40亿元|money|4000000000|||exact|元|4000000000|CNY|第二产业增加值 ; 50亿元|money|5000000000|||exact|元|5000000000|CNY|第三产业增加值"),
            // Values of different kinds are different things: no head is
            // shared.
            ("全年接待游客和旅游收入分别为500万人次和60亿元。", "500万人次|count|5000000|||exact|人次|||游客 ; 60亿元|money|6000000000|||exact|元|6000000000|CNY|旅游收入"),
            // A longer last noun with no known head is a noun of its own,
            // and the pairing unsure: the coordination stays whole.
            ("医院和社区卫生服务中心分别有5家和20家。", "5家|count|5|||exact|家|||医院和社区卫生服务中心 ; 20家|count|20|||exact|家|||医院和社区卫生服务中心"),
            // As many values as nouns, or the whole stays.
            ("医生和护士人数分别增长5%、8%和10%。", "5%|percent|5|||exact|%|||医生和护士人数 ; 8%|percent|8|||exact|%|||医生和护士人数 ; 10%|percent|10|||exact|%|||医生和护士人数"),
            // Changes that 分别 gives after as many levels are theirs in
            // order.
            ("全县接待游客326.8万人次、实现旅游收入28.6亿元，同比分别增长8.2%和6.5%。", "326.8万人次|count|3268000|||exact|人次|||游客 ; 28.6亿元|money|2860000000|||exact|元|2860000000|CNY|旅游收入 ; 8.2%|percent|8.2|||exact|%|||游客 ; 6.5%|percent|6.5|||exact|%|||旅游收入"),
            ("粮食产量120万吨，油料产量8万吨，分别增长2.1%和3.4%。", "120万吨|measure|1200000|||exact|吨|1200000000|kg|粮食产量 ; 8万吨|measure|80000|||exact|吨|80000000|kg|油料产量 ; 2.1%|percent|2.1|||exact|%|||粮食产量 ; 3.4%|percent|3.4|||exact|%|||油料产量"),
            // Without 分别 the values are said of the coordination.
            ("常住人口和户籍人口为120万人和98万人。", "120万人|count|1200000|||exact|人|||常住人口和户籍人口 ; 98万人|count|980000|||exact|人|||常住人口和户籍人口"),
        ];
        assert_rows(cases, |text| all_rows(&ex, text, " ; "));
    }

    #[test]
    fn one_after_a_verb_of_lasting_is_a_duration() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("展览为期一个月。", "一个月|duration|1|||exact|个月|||展览"),
            ("培训为期一周。", "一周|duration|1|||exact|周|604800|s|培训"),
            ("比赛用时一个小时。", "一个小时|duration|1|||exact|小时|3600|s|比赛用时"),
            ("项目耗时一年。", "一年|duration|1|||exact|年|||项目耗时"),
            ("我们花了一天时间。", "一天|duration|1|||exact|天|86400|s|"),
            ("活动持续一周。", "一周|duration|1|||exact|周|604800|s|活动"),
            ("检修长达一个月。", "一个月|duration|1|||exact|个月|||检修"),
            ("为期约一个月。", "约一个月|duration|1|||about|个月|||"),
            ("持续一个星期的降雨。", "一个星期|duration|1|||exact|星期|604800|s|降雨"),
            // Elsewhere a lone 一 stays an article.
            ("一个月内完成。", ""),
            ("为期一个阶段。", ""),
            ("他用了一个办法。", ""),
        ];
        assert_rows(cases, |text| all_rows(&ex, text, " ; "));
    }

    #[test]
    fn a_count_counts_the_nouns_coordinated_after_it() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("学校有320名教师和职工。", "320名|count|320|||exact|名|||教师和职工"),
            ("现有1200名学生和家长参加活动。", "1200名|count|1200|||exact|名|||学生和家长"),
            ("组织500名干部及群众参与。", "500名|count|500|||exact|名|||干部及群众"),
            ("新增12家企业和合作社。", "12家|count|12|||exact|家|||企业和合作社"),
            // A number after the conjunction counts a noun of its own.
            ("招聘200名教师和100名医生。", "200名|count|200|||exact|名|||教师 ; 100名|count|100|||exact|名|||医生"),
            // A verb after it joins two actions, not two things.
            ("签约5个项目和引进人才。", "5个|count|5|||exact|个|||项目"),
        ];
        assert_rows(cases, |text| all_rows(&ex, text, " ; "));
    }

    #[test]
    fn a_space_between_phrases_ends_the_noun_after_a_count() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // The space closes the phrase of the first count: what follows
            // it begins the next one.
            ("全年完成手术6.8万台 门急诊量120万人次。", "6.8万台|count|68000|||exact|台|||手术 ; 120万人次|count|1200000|||exact|人次|||门急诊量"),
            ("今年共接待游客 120万人次 实现旅游收入8亿元。", "120万人次|count|1200000|||exact|人次|||游客 ; 8亿元|money|800000000|||exact|元|800000000|CNY|旅游收入"),
            // With no noun before the count, the words after the space
            // are still what it counts.
            ("新增5个 重点项目已开工。", "5个|count|5|||exact|个|||重点项目"),
            // A letter-spaced line keeps joining its characters, and so
            // does the short last line of a letter-spaced paragraph.
            ("全 市 新 增 就 业 岗 位 3000 个 重 点 项 目 。", "3000 个|count|3000|||exact|个|||重点项目"),
            ("带动就业岗位3000个重点\n\n项 目 。", "3000个|count|3000|||exact|个|||重点项目"),
            // Without the space the noun after the count is read as before.
            ("新增5个重点项目。", "5个|count|5|||exact|个|||重点项目"),
        ];
        assert_rows(cases, |text| all_rows(&ex, text, " ; "));
    }

    #[test]
    fn a_share_after_a_verb_of_comparing_is_said_of_the_subject() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // The base after 低于 or 高于 holds a share of the same measure
            // as the subject's: the verb and its base name nothing.
            ("本周流感阳性率为5.2%，低于前一周的6.1%。", "5.2%|percent|5.2|||exact|%|||流感阳性率 ; 6.1%|percent|6.1|||exact|%|||流感阳性率"),
            // A share with a noun of its own keeps it.
            ("全市森林覆盖率达到45%。", "45%|percent|45|||exact|%|||森林覆盖率"),
        ];
        assert_rows(cases, |text| all_rows(&ex, text, " ; "));
    }

    #[test]
    fn a_comparison_after_the_subjects_value_states_the_wholes() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // Right after the subject's own value in the same unit, the
            // share of the whole compared with is that whole's: exact, for
            // 低于, 高于, 不足 and 超过 alike.
            ("人口自然增长率为1.2‰，低于全省平均水平的2.9‰。", "1.2‰|percent|1.2|||exact|‰|||人口自然增长率 ; 2.9‰|percent|2.9|||exact|‰|||人口自然增长率"),
            ("失业率为3.1%，高于全国平均水平的2.8%。", "3.1%|percent|3.1|||exact|%|||失业率 ; 2.8%|percent|2.8|||exact|%|||失业率"),
            ("覆盖率为45%，不足全国平均水平的60%。", "45%|percent|45|||exact|%|||覆盖率 ; 60%|percent|60|||exact|%|||覆盖率"),
            // With no value of the subject before it, the word bounds the
            // subject's share of the whole.
            ("农村居民收入不足全国平均水平的60%。", "60%|percent|60||60|under|%|||农村居民收入"),
            ("研发投入超过营业收入的5%。", "5%|percent|5|5||over|%|||研发投入"),
            ("人均收入低于全省平均水平的90%。", "90%|percent|90||90|under|%|||人均收入"),
            // A count likewise, the subject's in a rate of the same unit.
            ("每千名老人拥有养老床位32张，高于全国平均水平的30张。", "每千名老人拥有养老床位32张|count|32|||exact|张/千名老人|||养老床位 ; 30张|count|30|||exact|张|||养老床位"),
            // A value in another unit before it leaves the bound.
            ("特困供养人员2.1万人，基本生活标准不低于当地低保标准的1.3倍。", "2.1万人|count|21000|||exact|人|||特困供养人员 ; 1.3倍|number|1.3|1.3||over|倍|||基本生活标准"),
        ];
        assert_rows(cases, |text| all_rows(&ex, text, " ; "));
    }

    #[test]
    fn a_quoted_name_before_the_clause_names_what_it_counts() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // The quoted name is what is counted when the clause of the
            // count names nothing else, or only an amount.
            ("“爱心驿站”，全市共建成45个。", "45个|count|45|||exact|个|||“爱心驿站”"),
            ("政府調整「長者生活津貼」，每月金額為4,195港元。", "4,195港元|money|4195|||exact|港元|4195|HKD|「長者生活津貼」"),
            // 目前 (now) ends no noun before a number.
            ("记者了解到，“幸福食堂”目前已有120家。", "120家|count|120|||exact|家|||“幸福食堂”"),
            // A noun of the clause wins over the name.
            ("“暖心食堂”，日均接待老人120人次。", "120人次|count|120|||exact|人次|||老人"),
            ("“银龄驿站”，累计服务老人3000余人次。", "3000余人次|count|3000|3000||over|人次|||老人"),
            // With nothing named in the clause, an action done to the
            // name counts it.
            ("推出“惠企贷”，已发放1.2亿元。", "1.2亿元|money|120000000|||exact|元|120000000|CNY|“惠企贷”"),
            // A name that opens the clause of the sum is its subject; 已
            // and a word of two characters name no thing of their own.
            ("「關愛基金」今年已撥款3.2億元。", "3.2億元|money|320000000|||exact|元|320000000|CNY|「關愛基金」"),
            ("今年已撥款3.2億元。", "3.2億元|money|320000000|||exact|元|320000000|CNY|"),
            ("已婚者300人。", "300人|count|300|||exact|人|||已婚者"),
            // What one may receive per person is a rate, of the name.
            ("「關愛共享計劃」，每人可獲發2,000港元。", "每人可獲發2,000港元|money|2000|||exact|港元/人|||「關愛共享計劃」"),
            ("每人可领取500元。", "每人可领取500元|money|500|||exact|元/人|||"),
            // Words quoted after a verb of saying are no name.
            ("他说“太好了”，当场捐了500元。", "500元|money|500|||exact|元|500|CNY|"),
            // A fact between the name and the count keeps the name away.
            ("“爱心驿站”，2023年全市共建成45个。", "2023年|date||||exact|||| ; 45个|count|45|||exact|个|||"),
        ];
        assert_rows(cases, |text| all_rows(&ex, text, " ; "));
    }

    #[test]
    fn a_measure_of_a_place_alone_measures_what_the_one_before_does() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("本港氣溫將下降至約14度，部分新界地區低至11度或以下。", "約14度|measure|14|||about|度|||氣溫 ; 11度或以下|measure|11||11|under|度|||氣溫"),
            // A place with what is measured there keeps its noun.
            ("全市平均气温15℃，北部山区最低气温3℃。", "15℃|measure|15|||exact|℃|15|°C|平均气温 ; 3℃|measure|3|||exact|℃|3|°C|北部山区最低气温"),
        ];
        assert_rows(cases, |text| all_rows(&ex, text, " ; "));
    }

    #[test]
    fn a_count_after_a_noun_ends_it() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // Numerals with classifiers in a row count each its own thing:
            // the words after one reach no further than the next number.
            ("服务覆盖三地五区八街镇。", "三地|count|3|||exact|地||| ; 五区|count|5|||exact|区||| ; 八街镇|count|8|||exact|街镇|||"),
            ("区内共有三所高校两家医院。", "三所|count|3|||exact|所|||高校 ; 两家|count|2|||exact|家|||医院"),
            ("全市建成3个中心5个站点。", "3个|count|3|||exact|个|||中心 ; 5个|count|5|||exact|个|||站点"),
            // The verb of governing (辖) is no part of a noun before.
            ("全县辖2镇3乡45个行政村。", "2镇|count|2|||exact|镇||| ; 3乡|count|3|||exact|乡||| ; 45个|count|45|||exact|个|||行政村"),
            // A classifier that needs a noun counts a nested phrase whole.
            ("分成五个十人小组。", "五个|count|5|||exact|个|||十人小组 ; 十人|count|10|||exact|人|||小组"),
            // An ordinal's 第 after it is the next ordinal, no noun.
            ("第4⏎第 5⏎", "第4|ordinal|4|||exact|||| ; 第 5|ordinal|5|||exact||||"),
        ];
        assert_rows(cases, |text| all_rows(&ex, &text.replace('⏎', "\n"), " ; "));
    }

    #[test]
    fn a_byline_on_the_next_line_is_no_noun_of_the_headline() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // The headline's count keeps the noun before it.
            ("全年接待游客突破300万人次\n本报讯 记者王某 日前，市文旅局发布数据。", "突破300万人次|count|3000000|3000000||over|人次|||游客"),
            ("累计服务群众12万人次\n新华社北京电 记者从有关部门获悉。", "12万人次|count|120000|||exact|人次|||群众"),
            ("全市新建5个社区食堂\n本報訊 近日，市民政局召开会议。", "5个|count|5|||exact|个|||社区食堂"),
            ("全年接待游客300万人次\n记者 王五 报道", "300万人次|count|3000000|||exact|人次|||游客"),
            // A line that PDF extraction wrapped inside a noun still joins it.
            ("整合17家\n乡镇卫生院。", "17家|count|17|||exact|家|||乡镇卫生院"),
            ("会议邀请20余名\n记者参加。", "20余名|count|20|20||over|名|||记者"),
        ];
        assert_rows(cases, |text| all_rows(&ex, text, " ; "));
    }

    #[test]
    fn a_place_named_by_a_verb_and_its_object_keeps_the_verb() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // 献血屋 is where blood is given: the verb is part of its name.
            ("新建献血屋3个。", "3个|count|3|||exact|个|||献血屋"),
            ("新建采样点12个。", "12个|count|12|||exact|个|||采样点"),
            ("新建3个献血屋。", "3个|count|3|||exact|个|||献血屋"),
            // So does the verb of an amount, a person or a vehicle named so.
            ("献血量达128600毫升。", "128600毫升|measure|128600|||exact|毫升|128.6|L|献血量"),
            ("全年来访人员1.2万人次。", "1.2万人次|count|12000|||exact|人次|||来访人员"),
            ("全年来华游客300万人次。", "300万人次|count|3000000|||exact|人次|||来华游客"),
            ("共享单车10万辆。", "10万辆|count|100000|||exact|辆|||共享单车"),
            // A verb before a longer noun still goes, and so does a verb of
            // two characters.
            ("全市献爱心人士300名。", "300名|count|300|||exact|名|||爱心人士"),
            ("吸引游客5万人次。", "5万人次|count|50000|||exact|人次|||游客"),
        ];
        assert_rows(cases, |text| all_rows(&ex, text, " ; "));
    }

    #[test]
    fn the_top_places_leave_the_verb_of_standing_out_of_the_subject() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("乙肝报告发病数居前五位。", "五位|count|5|||exact|位|||乙肝报告发病数"),
            // 排名 alone names the rank; the noun after 的 is what is ranked.
            ("综合排名前10位的企业。", "10位|count|10|||exact|位|||企业"),
        ];
        assert_rows(cases, |text| all_rows(&ex, text, " ; "));
    }

    #[test]
    fn sports_screens_shops_science_and_prose_read_as_written() {
        let ex = Extractor::new();
        let all = |text: &str| every_fact(&ex, text).join(" / ");
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // A percent and the amount a change brought something to are
            // two facts, not one range from the one to the other.
            ("营业收入同比增长12%至358亿元", "12%|percent|12|||exact|%|||营业收入 / 358亿元|money|35800000000|||exact|元|35800000000|CNY|"),
            ("价格区间为-2%～3%", "-2%～3%|percent||-2|3|range|%|||价格区间"),
            // 小于 and 大于 bound a number as 低于 and 高于 do.
            ("测量误差小于0.5%", "小于0.5%|percent|0.5||0.5|under|%|||测量误差"),
            ("单套面积大于90平方米", "大于90平方米|measure|90|90||over|平方米|90|m²|单套面积"),
            ("工作温度不大于40℃", "不大于40℃|measure|40||40|under|℃|40|°C|工作温度"),
            // A vague percent is a range, and 多 after it says more.
            ("及格率为百分之六十几", "百分之六十几|percent||61|69|range|%|||及格率"),
            ("百分之三十多的家庭", "百分之三十多|percent|30|30||over|%|||家庭"),
            // A bare number before 期间 names a period (during 618).
            ("今年618期间，手机销量增长20%", "20%|percent|20|||exact|%|||手机销量"),
            ("春节期间接待游客3万人次", "3万人次|count|30000|||exact|人次|||游客"),
            // Points of a score after the verb that moves it, or a lead
            // over a side named before them.
            ("球队积分升至12分", "12分|number|12|||exact|分|||球队积分"),
            // The world wars are names, and a work's title holds no count.
            ("第一次世界大战爆发后", ""),
            ("电影《唐人街探案3》票房达45亿元", "45亿元|money|4500000000|||exact|元|4500000000|CNY|票房"),
            ("歌曲《十年》播放量超过2亿次", "超过2亿次|count|200000000|200000000||over|次|||播放量"),
            // Nouns: a verb after 的 and its noun ends it; 耕地, 老将 and
            // 季后赛 are words; 前 before a count of places and a final
            // particle name nothing.
            ("以10秒05的成绩刷新纪录", "10秒05|duration|10.05|||exact|秒|10.05|s|成绩"),
            ("全省80%的耕地", "80%|percent|80|||exact|%|||耕地"),
            ("这名35岁的老将再次登场", "35岁|count|35|||exact|岁|||老将"),
            ("跻身前5名", "5名|count|5|||exact|名|||"),
            ("城区人口有五百万吗", "五百万|count|5000000|||exact||||城区人口"),
        ];
        assert_rows(cases, all);
        // A year written with its places is a year; a round hundred and a
        // span back from now stay spans.
        #[rustfmt::skip]
        let years: &[(&str, &str)] = &[
            ("两千零八年的夏天", "两千零八年|date||||exact||2008"),
            ("一千九百四十九年十月一日", "一千九百四十九年十月一日|date||||exact||1949-10-01"),
            ("一千二百三十年前", "一千二百三十年|duration|1230|||exact|年|"),
            ("已有两千年的历史", "两千年|duration|2000|||exact|年|"),
        ];
        assert_rows(years, |text| first(&ex, text));
        // A lead in points over a side named between: the last fact.
        let last = |text: &str| every_fact(&ex, text).pop().unwrap_or_default();
        #[rustfmt::skip]
        let leads: &[(&str, &str)] = &[
            ("领先第二名6分", "6分|number|6|||exact|分|||"),
            ("落后第三名2分", "2分|number|2|||exact|分|||"),
        ];
        assert_rows(leads, last);
    }

    #[test]
    fn a_currency_of_its_own_yuan_is_carried_across_the_sentence() {
        let ex = Extractor::new();
        let cases: &[(&str, &[&str])] = &[
            ("违者处新台幣3萬元以上、15萬元以下罰鍰。", &["TWD", "TWD"]),
            // A price per share has no canonical unit (股 has none), so
            // no currency is carried to it.
            ("台積電每股528元，市值約新台幣13.7兆元。", &["", "TWD"]),
            // A rate in a bare 元 takes the currency in its numerator.
            ("每坪50萬元，總價新台幣1500萬元。", &["TWD/m²", "TWD"]),
            ("港幣100元，另收50元。", &["HKD", "HKD"]),
            (
                "新台幣100元，約合人民幣22元，另付5元。",
                &["TWD", "CNY", "CNY"],
            ),
            ("进口额100亿美元，出口额500亿元。", &["USD", "CNY"]),
            ("新台幣3萬元。另付15萬元。", &["TWD", "CNY"]),
        ];
        for (text, want) in cases {
            let got: Vec<String> = ex
                .extract(text)
                .iter()
                .filter(|f| f.kind == Kind::Money)
                .map(|f| f.canonical_unit.clone().unwrap_or_default())
                .collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn tenths_too_large_to_scale_are_not_reported() {
        // Decimal's largest value, in tenths (成) or as a discount (折).
        let ex = Extractor::new();
        assert!(ex.extract("79228162514264337593543950335成").is_empty());
        assert!(ex.extract("7922816251426433759354395033.5成五").is_empty());
        assert_eq!(first(&ex, "七成五"), "七成五|percent|75|||exact|%|");
    }

    #[test]
    fn windows_never_cut_a_character() {
        // The lexicon's window ends a fixed number of bytes after the
        // number, which can fall inside a character; every such offset is
        // tried, with characters of one to four bytes.
        let ex = Extractor::new();
        for filler in ["a", "é", "、", "😀"] {
            for n in 0..12 {
                for lead in ["九", "第一", "约三", "一线"] {
                    let text = format!("{lead}{}%{}", filler.repeat(n), filler.repeat(n));
                    for f in ex.extract(&text) {
                        assert_eq!(&text[f.span.start..f.span.end], f.text, "{text}");
                    }
                }
            }
        }
    }

    // `in_lexicon` looks the lexicon up only where the characters beside
    // the match's start stand side by side in some word: it must find
    // every word the search finds, at every character of every word and of
    // the data samples.
    #[test]
    fn the_lexicon_is_looked_up_wherever_a_word_may_cover_the_start() {
        let ex = Extractor::new();
        for w in NOT_QUANTITIES {
            assert!(longer_than_one_char(w), "{w}");
            let pairs = w.chars().zip(w.chars().skip(1));
            assert!(
                pairs
                    .into_iter()
                    .all(|(a, b)| ex.lexicon_pairs.may_hold(a, b))
            );
        }
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
        let mut texts: Vec<String> = NOT_QUANTITIES
            .iter()
            .map(|w| format!("他说{w}了"))
            .collect();
        for entry in std::fs::read_dir(dir).expect("the data samples") {
            let path = entry.expect("a data sample").path();
            if path.extension().is_some_and(|e| e == "txt") {
                texts.push(std::fs::read_to_string(path).expect("a readable sample"));
            }
        }
        let mut found = 0;
        for text in &texts {
            for (start, c) in text.char_indices() {
                let end = start + c.len_utf8();
                let covered = ex.lexicon_covers(text, start, end);
                assert_eq!(
                    ex.in_lexicon(text, start, end),
                    covered,
                    "{text} at {start}"
                );
                found += usize::from(covered);
            }
        }
        assert!(found >= NOT_QUANTITIES.len());
    }

    #[test]
    fn generations_quoted_hours_time_limits_allocations_and_verbs_in_nouns() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // A generation (90后, 00后) is a name, no number: after a classifier the
            // noun after it is counted; before a number it stays in the noun.
            ("12名90后志愿者走进社区。", "12名|count|12|||exact|名|||志愿者"),
            ("社区组织30余名00后大学生参加劳动。", "30余名|count|30|30||over|名|||大学生"),
            ("今年培训90后新型职业农民200名。", "200名|count|200|||exact|名|||90后新型职业农民"),
            ("90后占比达到45%。", "45%|percent|45|||exact|%|||90后占比"),
            ("这支队伍平均年龄28岁，其中90后占60%。", "28岁|count|28|||exact|岁|||这支队伍平均年龄 ; 60%|percent|60|||exact|%|||90后"),
            ("一批00后、95后新员工200余人加入企业。", "200余人|count|200|200||over|人|||95后新员工"),
            ("1990年后出生的青年1200人。", "1990年|date||||exact|||| ; 1200人|count|1200|||exact|人|||青年"),
            // An hour inside a short quotation is part of a name; with a part of
            // the day it is a time quoted.
            ("街道开设“四点半课堂”，为双职工家庭解忧。", ""),
            ("“8点1刻”读书会已举办50期。", "50期|count|50|||exact|期|||“8点1刻”读书会"),
            ("他说“明天下午三点出发”。", "下午三点|time||||exact||||"),
            // A time limit is said of no noun, with 在 or without it.
            ("发现问题15分钟内推送至责任单位。", "15分钟|duration|15|||exact|分钟|900|s|"),
            ("群众诉求3个工作日内办结。", "3个工作日|duration|3|||exact|工作日|259200|s|"),
            ("要求各单位7日内上报整改情况。", "7日|duration|7|||exact|日|604800|s|"),
            // After a verb of setting up or allocating, an amount sizes the noun
            // right after it; a verb after the amount names none there.
            ("市政府设立2亿元产业发展基金。", "2亿元|money|200000000|||exact|元|200000000|CNY|产业发展基金"),
            ("区财政安排1000万元专项资金用于老旧小区改造。", "1000万元|money|10000000|||exact|元|10000000|CNY|专项资金"),
            ("省里下达500万元补助资金。", "500万元|money|5000000|||exact|元|5000000|CNY|补助资金"),
            // 下拨 allocates a sum and dials no number.
            ("县财政下拨2000万元专项资金用于修缮。", "2000万元|money|20000000|||exact|元|20000000|CNY|专项资金"),
            ("该县设立了1亿元乡村振兴基金。", "1亿元|money|100000000|||exact|元|100000000|CNY|乡村振兴基金"),
            // 才 of 人才 is no "only then".
            ("市本级设立1亿元人才发展基金。", "1亿元|money|100000000|||exact|元|100000000|CNY|人才发展基金"),
            ("政府投入8000万元资金建设养老院。", "8000万元|money|80000000|||exact|元|80000000|CNY|资金"),
            ("企业投入3000万元建设污水处理厂。", "3000万元|money|30000000|||exact|元|30000000|CNY|企业投入"),
            // Verbs of action part the agent from what is counted; two verbs
            // joined by 并 part it as one.
            ("今年新投放共享单车2000辆。", "2000辆|count|2000|||exact|辆|||共享单车"),
            // 共享 opens a noun; its 共 is no "in all".
            ("全市已投放共享电单车1.5万辆。", "1.5万辆|count|15000|||exact|辆|||共享电单车"),
            ("工作人员为群众解答咨询200余次。", "200余次|count|200|200||over|次|||咨询"),
            ("督查组发现并整改问题35个。", "35个|count|35|||exact|个|||问题"),
            ("医护人员为市民免费测量血压、血糖300多人次。", "300多人次|count|300|300||over|人次|||血压、血糖"),
            ("市民王先生已连续献血15年。", "15年|duration|15|||exact|年|||献血"),
            ("助餐点日均服务老年人150人次。", "150人次|count|150|||exact|人次|||老年人"),
            ("社区食堂日均服务人次达到300人次。", "300人次|count|300|||exact|人次|||社区食堂日均服务人次"),
            ("全年受理来信来访1200件。", "1200件|count|1200|||exact|件|||来信来访"),
            // 压缩 (至) introduces the number, as 缩短至 does.
            ("全市企业开办时间压缩至1个工作日。", "1个工作日|duration|1|||exact|工作日|86400|s|企业开办时间"),
            ("审批时限压缩至3天。", "3天|duration|3|||exact|天|259200|s|审批时限"),
            ("审批时限压缩50%。", "50%|percent|50|||exact|%|||审批时限"),
            // A predicate after the count ends its noun.
            ("两三百户农户开起了农家乐。", "两三百户|count||200|300|range|户|||农户"),
            ("全市1200余名河湖长常态化巡河。", "1200余名|count|1200|1200||over|名|||河湖长"),
            ("600余名环卫工人坚守岗位。", "600余名|count|600|600||over|名|||环卫工人"),
            // 增收 after the base of an average is what is averaged.
            ("合作社户均年增收8000元。", "8000元|money|8000|||exact|元|8000|CNY|合作社户均年增收"),
            ("户均增收5000元。", "5000元|money|5000|||exact|元|5000|CNY|户均增收"),
            // A noun cut for length begins a word.
            ("全市公安政务服务事项“一网通办”率达到98%。", "98%|percent|98|||exact|%|||服务事项“一网通办”率"),
        ];
        assert_rows(cases, |text| all_rows(&ex, text, " ; "));
    }

    #[test]
    fn pages_of_jobs_building_finance_and_flood_relief_read_their_cases() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // Verbs of fitting, laying, starting, building, opening up,
            // mustering, handling, repairing, allocating and recovering part
            // the agent from the thing counted, and go when they open it.
            ("改造后的小区加装电梯210部。", "210部|count|210|||exact|部|||电梯"),
            ("全市还启动棚户区改造项目9个。", "9个|count|9|||exact|个|||棚户区改造项目"),
            ("新增停车位3800余个，铺设燃气管道46公里。", "3800余个|count|3800|3800||over|个|||停车位 ; 46公里|measure|46|||exact|公里|46000|m|燃气管道"),
            ("全市新建改建城市道路42.6公里，打通断头路17条。", "42.6公里|measure|42.6|||exact|公里|42600|m|城市道路 ; 17条|count|17|||exact|条|||断头路"),
            ("县应急管理局调集抢险队伍38支。", "38支|count|38|||exact|支|||抢险队伍"),
            ("救援人员成功处置管涌险情12处，抢修加固堤防8.6公里。", "12处|count|12|||exact|处|||管涌险情 ; 8.6公里|measure|8.6|||exact|公里|8600|m|堤防"),
            ("全县紧急调拨救灾帐篷1200顶。", "1200顶|count|1200|||exact|顶|||救灾帐篷"),
            ("为4300余名农民工追回工资5800余万元。", "4300余名|count|4300|4300||over|名|||农民工 ; 5800余万元|money|58000000|58000000||over|元|58000000|CNY|工资"),
            ("全市发放消费券5000万元，撬动消费3.2亿元。", "5000万元|money|50000000|||exact|元|50000000|CNY|消费券 ; 3.2亿元|money|320000000|||exact|元|320000000|CNY|消费"),
            ("修复水毁道路26公里、桥梁4座。", "26公里|measure|26|||exact|公里|26000|m|水毁道路 ; 4座|count|4|||exact|座|||桥梁"),
            ("全区共划分网格420个。", "420个|count|420|||exact|个|||网格"),
            // 扶持 and 撤离 open no noun, but 扶持资金 and 撤离人员 are nouns.
            ("全县扶持创业1800人。", "1800人|count|1800|||exact|人|||创业"),
            ("撤离群众4600余人。", "4600余人|count|4600|4600||over|人|||群众"),
            ("扶持资金500万元。", "500万元|money|5000000|||exact|元|5000000|CNY|扶持资金"),
            ("撤离人员3000人。", "3000人|count|3000|||exact|人|||撤离人员"),
            // 分 after a place divides the work into batches: the count
            // names nothing.
            ("全市分三批发放消费券。", "三批|count|3|||exact|批|||"),
            ("全县分两批次实施。", "两批次|count|2|||exact|批次|||"),
            // Adverbs and verbs after the count end its noun: 连夜, 逐户,
            // 返回, and 仍 before a verb.
            ("河西村党支部书记带领15名党员连夜转移群众。", "15名|count|15|||exact|名|||党员"),
            ("1260名网格员逐户排查。", "1260名|count|1260|||exact|名|||网格员"),
            ("全县已有95%以上的受灾群众返回家中。", "95%以上|percent|95|95||over|%|||受灾群众"),
            ("全县近千名党员干部仍坚守在一线。", "近千名|count|1000||1000|under|名|||党员干部"),
            // 开放 before the number is no part of the noun.
            ("紧急避险安置点开放92个。", "92个|count|92|||exact|个|||紧急避险安置点"),
            // 志愿服务 is a noun, whose 服务 ends nothing.
            ("全县23支志愿服务队参与抢险。", "23支|count|23|||exact|支|||志愿服务队"),
            // 台套 counts machines and their sets as one classifier.
            ("出动大型机械210台套。", "210台套|count|210|||exact|台套|||大型机械"),
            // A verb before a rate of two or three characters names the
            // rate's statistic and stays.
            ("新增取得证书人员2.6万人，培训合格率达到92.5%。", "2.6万人|count|26000|||exact|人|||取得证书人员 ; 92.5%|percent|92.5|||exact|%|||培训合格率"),
            // 将再 (will again) before a verb reads as 将.
            ("下半年将再开工老旧小区改造项目40个以上。", "40个以上|count|40|40||over|个|||老旧小区改造项目"),
            // The number of a metro line belongs to the noun.
            ("地铁2号线一期工程全长21.4公里。", "21.4公里|measure|21.4|||exact|公里|21400|m|地铁2号线一期工程全长"),
            ("地铁1号线日均客流达到26.5万人次。", "26.5万人次|count|265000|||exact|人次|||地铁1号线日均客流"),
            // A quotation that holds a full stop, a comma or an exclamation
            // mark is speech, whose numbers are quantities; a quoted name
            // holds none.
            ("“只用了45天。”", "45天|duration|45|||exact|天|3888000|s|"),
            ("群众说：“10分钟就办完了！”", "10分钟|duration|10|||exact|分钟|600|s|"),
            ("“只有300米，很近。”", "300米|measure|300|||exact|米|300|m|"),
            ("推行“三长制”和“十共”清单。", ""),
            // A short line without punctuation between a sentence's end and
            // a longer line is a headline, which names nothing below it; a
            // line of the paragraph, as long as the next, joins it.
            ("群众安全转移。\n\n物资保障及时到位\n\n全县救灾帐篷1200顶、折叠床3500张，矿泉水", "1200顶|count|1200|||exact|顶|||救灾帐篷 ; 3500张|count|3500|||exact|张|||折叠床"),
            ("群众安全转移。\n\n全县救灾帐篷储备\n\n1200顶。", "1200顶|count|1200|||exact|顶|||救灾帐篷储备"),
        ];
        assert_rows(cases, |text| all_rows(&ex, text, " ; "));
    }

    #[test]
    fn pages_of_the_digital_economy_holidays_hong_kong_and_a_county_report_read_their_cases() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // Hong Kong's press releases part groups of three digits with a
            // space: the groups are one number, before a multiplier or after
            // one (`11萬7 100人`).
            ("總就業人數增加約3 900人至約367萬人。", "約3 900人|count|3900|||about|人|||總就業人數 ; 約367萬人|count|3670000|||about|人|||總就業人數"),
            ("失業人數增加約3 200人至約11萬7 100人。", "約3 200人|count|3200|||about|人|||失業人數 ; 約11萬7 100人|count|117100|||about|人|||失業人數"),
            ("今年首九個月共錄得罪案69 812宗。", "九個月|duration|9|||exact|個月||| ; 69 812宗|count|69812|||exact|宗|||罪案"),
            ("警方共舉辦逾1 200場防騙講座。", "逾1 200場|count|1200|1200||over|場|||防騙講座"),
            // 上一個 (the previous) before a period names nothing.
            ("與上一個三個月比較，總就業人數增加約3 900人。", "三個月|duration|3|||exact|個月||| ; 約3 900人|count|3900|||about|人|||總就業人數"),
            // 力争, 有望 and 按可比口径 before a number are no part of its
            // noun.
            ("外贸进出口总额力争突破50亿元。", "突破50亿元|money|5000000000|5000000000||over|元|5000000000|CNY|外贸进出口总额"),
            ("国内出游人次有望超过60亿人次。", "超过60亿人次|count|6000000000|6000000000||over|人次|||国内出游人次"),
            ("国内旅游出游合计8.26亿人次，按可比口径同比增长5.9%。", "8.26亿人次|count|826000000|||exact|人次|||国内旅游出游 ; 5.9%|percent|5.9|||exact|%|||国内旅游出游"),
            // Computing power written PFlops as much as PFLOPS.
            ("算力规模达到1200PFlops。", "1200PFlops|measure|1200|||exact|PFlops|1200000000000000000|FLOPS|算力规模"),
            // Letters spaced out in a PDF make their word again, and 带宽 is
            // a bandwidth, not a width.
            ("骨 干 网 出 口 带 宽 达 到 3.2 万 G b p s 。", "3.2 万 G b p s|measure|32000|||exact|Gbps|32000000000000|bit/s|骨干网出口带宽"),
            ("今年将新建 5 G 基 站 3000 个 以 上。", "3000 个 以 上|count|3000|3000||over|个|||5G基站"),
            // The next item of a list (一是) ends the noun of a headline.
            ("重点抓好五个方面\n\n一是扩大有效投资。", "五个|count|5|||exact|个|||方面"),
            // A three-year campaign is a name, not a duration.
            ("深入实施城乡环境整治三年行动，累计改造农村户厕2.3万座。", "2.3万座|count|23000|||exact|座|||农村户厕"),
            // 預留 sets a sum aside, and 批准 opens the grant it approves.
            ("政府預留約1億2,000萬港元。", "約1億2,000萬港元|money|120000000|||about|港元|120000000|HKD|"),
            ("立法會財務委員會批准撥款8,500萬元。", "8,500萬元|money|85000000|||exact|元|85000000|CNY|撥款"),
        ];
        assert_rows(cases, |text| all_rows(&ex, text, " ; "));
    }

    #[test]
    fn school_and_taiwan_reports_leave_supplying_revising_and_announcing_out_of_nouns() {
        let ex = Extractor::new();
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            // 供应, 接送 and 补充 open the phrase before a count and govern what
            // is counted; 供应链 and 供应业 are nouns that hold the verb.
            ("全年供应营养餐约480万份。", "约480万份|count|4800000|||about|份|||营养餐"),
            ("每天接送学生4000多人次。", "4000多人次|count|4000|4000||over|人次|||学生"),
            ("今年补充乡村教师60名。", "60名|count|60|||exact|名|||乡村教师"),
            ("另通过“特岗计划”补充乡村教师60名。", "60名|count|60|||exact|名|||乡村教师"),
            ("全市引进供应链企业50家。", "50家|count|50|||exact|家|||供应链企业"),
            ("全年供应业增加值增长6%。", "6%|percent|6|||exact|%|||供应业增加值"),
            // 上修 (至) and 下修 revise an estimate to the number; 調升 and 調降
            // raise or lower a rate by it.
            ("今年經濟成長率上修至5.48%。", "5.48%|percent|5.48|||exact|%|||經濟成長率"),
            ("全年經濟成長率預測下修至2.1%。", "2.1%|percent|2.1|||exact|%|||經濟成長率預測"),
            ("央行已調升存款準備率0.25個百分點。", "0.25個百分點|number|0.25|||exact|個百分點|||存款準備率"),
            ("存款準備率調降0.25個百分點。", "0.25個百分點|number|0.25|||exact|個百分點|||存款準備率"),
            // 宣布 begins the predicate after the thing counted.
            ("共有7個縣市宣布停班停課。", "7個|count|7|||exact|個|||縣市"),
            // 估計 (estimated) introduces the sum, as 預計 does.
            ("農業損失估計新台幣2.3億元。", "新台幣2.3億元|money|230000000|||exact|新台幣|230000000|TWD|農業損失"),
        ];
        assert_rows(cases, |text| all_rows(&ex, text, " ; "));
    }

    #[test]
    fn the_extractor_is_send_and_sync() {
        fn shared<T: Send + Sync>() {}
        shared::<Extractor>();
    }
}
