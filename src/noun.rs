//! The noun: what a fact counts or measures.
//!
//! Chinese puts the counted thing either after the classifier (`13 个示范点`,
//! `30坪的住宅`) or before the number (`推选邻长2.18万名`, `化解率 100%`).
//! Without a parser we look on both sides of the fact in the cleaned
//! sentence, within a few characters, and stop at punctuation and function
//! words; before the number we first drop the verbs and adverbs that
//! introduce it (`首批成员单位达 48 家`, `居民消费价格比上年上涨 0.4%`).

use crate::fact::Kind;
#[cfg(test)]
use crate::scan::Words;
use crate::scan::{CharIndex, CharSet, is_one_char, longer_than_one_char, three_byte_code};
use crate::tables::{
    ACTION_VERBS, ALLOCATING_VERBS, EQUIP_VERBS, LEADING_VERBS, NOUN_STOPS_AFTER,
    NOUN_STOPS_BEFORE, NOUNS_WITH_BEI, NOUNS_WITH_VERBS, POSTURE_VERBS, PREDICATE_VERBS,
    RANK_FIELDS, RANK_VERBS, SCOPE_WORDS, STATISTIC_TAILS, TRAILING_VERBS,
};
use std::sync::LazyLock;

/// Verbs listed under the character they begin (or end) with, longest
/// first: the noun finder asks whether a piece of text starts or ends with
/// a verb, and the character at that end, which it has decoded anyway,
/// leaves a handful of candidates to compare instead of a hash of every
/// prefix or suffix.
type ByChar = CharIndex<&'static str>;

/// The `words` listed under the character `key` picks from each. Under each
/// character the longest word comes first: of two words that both begin or
/// both end a text, the one of more characters is also the one of more
/// bytes, so the first that matches is the longest. (Words of one length
/// under one character are never both found in a text, so their order
/// among themselves does not matter, nor does a word that both tables
/// list, found twice.)
fn by_char(words: impl Iterator<Item = &'static str>, key: fn(&str) -> Option<char>) -> ByChar {
    let mut words: Vec<&'static str> = words.collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    CharIndex::new(words.into_iter().filter_map(|w| Some((key(w)?, w))))
}

/// Whether `s` begins with `w`, comparing from the end of `w`: the
/// candidates share their first character with `s`, so a mismatch, when
/// there is one, is usually found at the first byte compared. The unit
/// and qualifier look-ups of the extractor compare the same way.
#[inline]
pub(crate) fn begins_with(s: &str, w: &str) -> bool {
    let (s, w) = (s.as_bytes(), w.as_bytes());
    s.len() >= w.len()
        && s[..w.len()]
            .iter()
            .rev()
            .zip(w.iter().rev())
            .all(|(a, b)| a == b)
}

/// Whether `s` ends with `w`, where both end with the character `last`:
/// the bytes before it are compared from the end, and as most candidates
/// differ in the byte right before it, this exits sooner than a call to
/// `memcmp` returns.
#[inline]
fn finishes_with(s: &str, w: &str, last: char) -> bool {
    let (s, w) = (s.as_bytes(), w.as_bytes());
    let shared = last.len_utf8();
    s.len() >= w.len()
        && s[..s.len() - shared]
            .iter()
            .rev()
            .zip(w[..w.len() - shared].iter().rev())
            .all(|(a, b)| a == b)
}

/// The three-byte character `b0 b1 b2`, if `b0` begins one.
#[inline]
fn three_bytes(b0: u8, b1: u8, b2: u8) -> Option<char> {
    three_byte_code(b0, b1, b2).and_then(char::from_u32)
}

/// The first character of `s`. Most characters here are ideographs of
/// three bytes, decoded in place; the others go to the general decoder.
#[inline]
fn first_char(s: &str) -> Option<char> {
    match s.as_bytes() {
        // In valid UTF-8, a lead byte of three bytes and the two after it
        // are one character.
        &[b0, b1, b2, ..] => three_bytes(b0, b1, b2).or_else(|| s.chars().next()),
        _ => s.chars().next(),
    }
}

/// The last character of `s` and the byte where it begins, decoded as in
/// `first_char`.
#[inline]
fn last_char(s: &str) -> Option<(usize, char)> {
    match s.as_bytes() {
        // In valid UTF-8, a lead byte of three bytes three bytes from the
        // end begins the last character.
        &[.., b0, b1, b2] => three_bytes(b0, b1, b2)
            .map(|c| (s.len() - 3, c))
            .or_else(|| s.char_indices().next_back()),
        _ => s.char_indices().next_back(),
    }
}

/// The tables of the noun finder, built once; `find` looks them up once
/// per call rather than at every character.
struct Tables {
    /// The leading verbs and the words of scope, by first character.
    leading: ByChar,
    /// The trailing verbs, by last character.
    trailing: ByChar,
    /// The verbs of both tables, by first character.
    verbs: ByChar,
    /// The words of scope (`SCOPE_WORDS`), by first character.
    scopes: ByChar,
    /// The verbs of action (`ACTION_VERBS`), by first character.
    actions: ByChar,
    /// The first characters of the verbs of action.
    action_firsts: CharSet,
    /// The verbs that no noun ends with (`ENDING_VERBS`), by last character.
    action_ends: ByChar,
    /// The nouns that hold a verb (`NOUNS_WITH_VERBS`), each listed under
    /// every character it holds, with the byte where that character
    /// begins in it (see `verb_in_noun`).
    verb_nouns: CharIndex<(&'static str, usize)>,
    /// The longest verb, in bytes: a longer text is none of them.
    longest: usize,
    /// The characters that end a noun phrase after a classifier.
    stops_after: CharSet,
    /// The ideographs that simply join the phrase in `noun_after`: all but
    /// its stops and the first characters of the verbs (of two characters
    /// or more) that end it.
    plain_after: CharSet,
    /// The characters that end a noun phrase before a number.
    stops_before: CharSet,
    /// The ideographs that simply join the phrase in the backward walk of
    /// `noun_before`: all but its stops, the marks of dates and
    /// multipliers, 中 and 在, and the first characters of the verbs of
    /// having, which it looks at closely.
    plain_before: CharSet,
}

/// Verbs of having or totalling, which separate a place or time from the
/// noun (`全国共有5G基站`), in the order `noun_before` cuts at them.
const HAVING: [&str; 10] = [
    "共有", "拥有", "擁有", "现有", "現有", "已有", "还有", "只有", "共计", "共計",
];

/// The first characters of the verbs of having.
const HAVING_FIRSTS: [char; 8] = ['共', '拥', '擁', '现', '現', '已', '还', '只'];

/// Whether `c` followed by `next` is a verb of having.
fn is_having(c: char, next: char) -> bool {
    matches!(
        (c, next),
        ('共' | '拥' | '擁' | '现' | '現' | '已' | '还' | '只', '有') | ('共', '计' | '計')
    )
}

/// The bit of the verb of having `c` followed by `next`, by its place in
/// `HAVING`, or 0.
fn having_bit(c: char, next: char) -> u16 {
    if !is_having(c, next) {
        return 0;
    }
    HAVING
        .iter()
        .position(|v| v.starts_with(c) && v[c.len_utf8()..].starts_with(next))
        .map_or(0, |k| 1 << k)
}

/// The ideographs of `CJK` but `except`.
fn ideographs_but(except: impl Iterator<Item = char>) -> CharSet {
    CharSet::of_ranges_but(&CJK, except)
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let all = || {
        LEADING_VERBS
            .iter()
            .chain(TRAILING_VERBS)
            .chain(PREDICATE_VERBS)
            .copied()
    };
    Tables {
        leading: by_char(LEADING_VERBS.iter().chain(SCOPE_WORDS).copied(), |w| {
            w.chars().next()
        }),
        trailing: by_char(TRAILING_VERBS.iter().copied(), |w| w.chars().next_back()),
        verbs: by_char(all(), |w| w.chars().next()),
        scopes: by_char(SCOPE_WORDS.iter().copied(), |w| w.chars().next()),
        actions: by_char(ACTION_VERBS.iter().copied(), |w| w.chars().next()),
        action_ends: by_char(ENDING_VERBS.iter().copied(), |w| w.chars().next_back()),
        // 被 of the passive is read as a verb of action (`action_verb_at`).
        action_firsts: CharSet::new(
            ACTION_VERBS
                .iter()
                .filter_map(|w| w.chars().next())
                .chain(['被']),
        ),
        verb_nouns: CharIndex::new(
            NOUNS_WITH_VERBS
                .iter()
                .flat_map(|&w| w.char_indices().map(move |(k, c)| (c, (w, k)))),
        ),
        longest: all().map(str::len).max().unwrap_or(0),
        stops_after: CharSet::new(NOUN_STOPS_AFTER.iter().copied()),
        plain_after: {
            let openers = all()
                .filter(|w| longer_than_one_char(w))
                .filter_map(|w| w.chars().next());
            let numerals = crate::scan::NUMERAL_CHARS.chars();
            ideographs_but(
                NOUN_STOPS_AFTER
                    .iter()
                    .copied()
                    .chain(openers)
                    .chain(numerals)
                    // 待 before a verb (`待修復`) is looked at closely.
                    .chain(['待']),
            )
        },
        stops_before: CharSet::new(NOUN_STOPS_BEFORE.iter().copied()),
        plain_before: {
            let marked = NOUN_STOPS_BEFORE
                .iter()
                .copied()
                .chain([
                    '年', '月', '日', '万', '萬', '亿', '億', '千', '百', '中', '在',
                ])
                .chain(HAVING_FIRSTS);
            ideographs_but(marked)
        },
    }
});

impl Tables {
    /// Whether `c` ends a noun phrase after a classifier.
    fn stops_after(&self, c: char) -> bool {
        !is_cjk(c) && !matches!(c, '“' | '”' | '「' | '」' | '‘' | '’')
            || self.stops_after.contains(c)
    }

    /// Whether `c` ends a noun phrase, looking back from a number. Latin
    /// letters belong to names such as GDP and AED.
    fn stops_before(&self, c: char) -> bool {
        // Roman numerals (Ⅲ类水质, 劣Ⅴ类) name classes, like letters.
        !is_cjk(c)
            && !c.is_ascii_alphabetic()
            && !matches!(c, '“' | '”' | '「' | '」' | '‘' | '’')
            && !is_roman(c)
            || self.stops_before.contains(c)
    }

    /// Whether `s`, which begins with `first`, begins with a verb (of two
    /// characters or more) that ends the noun phrase before it
    /// (`65岁以上老人发放高龄津贴` gives 老人).
    fn starts_verb(&self, first: char, s: &str) -> bool {
        self.verbs
            .get(first)
            .iter()
            .any(|v| v.len() > first.len_utf8() && begins_with(s, v))
    }

    /// Whether `s`, which begins with `first`, is one of the verbs of
    /// either table.
    fn is_verb(&self, s: &str, first: char) -> bool {
        s.len() <= self.longest && self.verbs.get(first).contains(&s)
    }

    /// The longest trailing verb that ends `s`, whose last character is
    /// `last`.
    fn trailing_verb(&self, s: &str, last: char) -> Option<&'static str> {
        self.trailing
            .get(last)
            .iter()
            .copied()
            .find(|v| finishes_with(s, v, last) && !ends_word(s, v))
    }

    /// `opens_verb_noun` for `s`, whose first character is `first`: only
    /// the nouns listed under that character, as their first, are tried.
    fn opens_verb_noun(&self, s: &str, first: char) -> bool {
        self.verb_nouns
            .get(first)
            .iter()
            .any(|&(w, k)| k == 0 && begins_with(s, w))
    }

    /// The longest leading verb that begins `s`, whose first character is
    /// `first`, and leaves at least two characters after it. A verb before
    /// 量 or 率 names the statistic of its action (`接待量占比`, `使用率`)
    /// and stays.
    fn leading_verb(&self, s: &str, first: char) -> Option<&'static str> {
        self.leading.get(first).iter().copied().find(|v| {
            begins_with(s, v)
                && longer_than_one_char(&s[v.len()..])
                && !s[v.len()..].starts_with(['量', '率'])
                && !self.opens_verb_noun(s, first)
                && !(is_one_char(v)
                    && is_verb_object_noun(s)
                    && LEADING_VERBS.binary_search(v).is_ok())
        })
    }
}

/// The last characters of the nouns named by a verb, its object and a
/// head (see `is_verb_object_noun`): places, vehicles, amounts, persons.
const VERB_OBJECT_HEADS: [char; 17] = [
    '屋', '站', '点', '點', '室', '处', '處', '亭', '车', '車', '量', '员', '員', '数', '數', '客',
    '者',
];

/// Whether `noun`, of three or four characters, is a thing, place or
/// person named by a verb, its object and a head that ends in one of
/// `VERB_OBJECT_HEADS` (`献血屋`, `采样点`, `献血量`, `来访人员`, `来华游客`,
/// `共享单车`): the verb says what is done there or by whom, and belongs
/// to the name, which without it would be a fragment (血屋, 样点, 访人员).
/// The callers ask it only of a verb of one character of `LEADING_VERBS`
/// (not a word of scope: 各站点 is 站点).
fn is_verb_object_noun(noun: &str) -> bool {
    let mut chars = noun.chars();
    let n = chars.clone().count();
    (n == 3 || n == 4)
        && chars
            .next_back()
            .is_some_and(|c| VERB_OBJECT_HEADS.contains(&c))
}

/// The longest noun we report, in characters: 14 holds the compound nouns
/// of social security and finance (`城乡居民基础养老金最低标准`,
/// `金融机构本外币各项存款余额`) whole.
const MAX_NOUN: usize = 14;
/// How far back we look for the start of a noun phrase, in characters: a
/// little further than `MAX_NOUN`, so that a verb opening it can be seen.
const LOOK_BACK: usize = 18;

/// The noun of the fact at `start..end` of the cleaned sentence `clean`,
/// looking no further back than `floor` (the end of the previous fact).
pub(crate) fn find(
    clean: &str,
    floor: usize,
    start: usize,
    end: usize,
    kind: Kind,
) -> Option<String> {
    let Some(noun) = find_in(clean, floor, start, end, kind) else {
        // `其中90后占60%`: a generation alone before the verb that
        // introduces the number is what it measures.
        return generation_subject(&clean[floor..start]).map(str::to_string);
    };
    // `90后占比达到45%`, `培训90后新型职业农民200名`: the walk back stops
    // at the digits of a generation and keeps its 后, which names nothing
    // without them; the generation is a name, kept whole in the noun
    // before a number as a quoted name is (`“一网通办”率`).
    if noun.starts_with(['后', '後']) {
        if let Some(digits) = generation_before(&clean[..start], &noun) {
            return Some(format!("{digits}{noun}"));
        }
    }
    Some(noun)
}

/// The generation (`90后`) that ends `before`, or stands before a trailing
/// verb of one or two characters that ends it (`90后占`), when no digit
/// stands before it (`1990后` is no generation).
fn generation_subject(before: &str) -> Option<&str> {
    // A generation ends within the last few characters, as its 后 does;
    // most texts hold none there.
    let tail = &before.as_bytes()[before.len().saturating_sub(15)..];
    if !tail
        .windows(3)
        .any(|w| w == "后".as_bytes() || w == "後".as_bytes())
    {
        return None;
    }
    fn ends_generation(s: &str) -> Option<&str> {
        let q = s.char_indices().rev().nth(2).map(|(q, _)| q)?;
        let head_digit = s[..q]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
        (generation_len(&s[q..]) == Some(s.len() - q) && !head_digit).then(|| &s[q..])
    }
    ends_generation(before).or_else(|| {
        before
            .char_indices()
            .rev()
            .take(2)
            .filter(|&(i, _)| TRAILING_VERBS.binary_search(&&before[i..]).is_ok())
            .find_map(|(i, _)| ends_generation(&before[..i]))
    })
}

/// The two digits of a generation (`90后`, `00后`) right before `noun`,
/// where it last stands in the text `head` before a fact.
fn generation_before<'h>(head: &'h str, noun: &str) -> Option<&'h str> {
    let p = head.rfind(noun)?;
    let q = head[..p].char_indices().rev().nth(1).map(|(q, _)| q)?;
    generation_len(&head[q..]).map(|_| &head[q..p])
}

/// The length, in bytes, of the generation (`90后`, `00后`, `95後`: two
/// digits, the second 0 or 5, and 后) that opens `s`, if any: a name of
/// people born in a decade, which counts nothing, before the noun it
/// describes (`12名90后志愿者`).
pub(crate) fn generation_len(s: &str) -> Option<usize> {
    // Most texts open with no digit, which the first bytes tell: a
    // full-width digit is EF BC 90 to EF BC 99, where EF alone would also
    // let through the full-width comma and brackets that often follow a
    // number.
    if !matches!(
        s.as_bytes(),
        [b'0'..=b'9', ..] | [0xEF, 0xBC, 0x90..=0x99, ..]
    ) {
        return None;
    }
    let mut it = s.char_indices();
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let (_, a) = it.next()?;
    let (_, b) = it.next()?;
    let (i, h) = it.next()?;
    let next = it.next().map(|(_, c)| c);
    (digit(a)
        && matches!(b, '0' | '5' | '０' | '５')
        && matches!(h, '后' | '後')
        && !next.is_some_and(digit))
    .then_some(i + h.len_utf8())
}

/// `find` before the generation that opens a noun is dropped.
fn find_in(clean: &str, floor: usize, start: usize, end: usize, kind: Kind) -> Option<String> {
    let mut after = &clean[end..];
    // `12名90后志愿者`: a generation after the classifier describes the
    // noun after it, which is what is counted.
    if let Some(k) = generation_len(after) {
        after = &after[k..];
    }
    let mut before = &clean[floor..start];
    // `常住人口⁽¹⁾86万人`, `人均可支配收入³增长6.1%`, `生产总值[1]增长`: a
    // note marker after a word refers the reader to a note below the
    // text; it is no part of the noun, which reads as if it were not there.
    let unmarked: String;
    if holds_note_mark(before) {
        unmarked = without_note_markers(before);
        before = &unmarked;
    }
    // `2023年末全市常住人口`: when the previous fact is the date, the noun
    // starts after its 末, 底, 初 or 份 (the walk back drops it otherwise).
    if clean[..floor].ends_with(['年', '月']) {
        before = before.trim_start_matches(DATE_TAILS);
    }
    // `未来24小时内最低气温`: the 内 (within) that closes a duration before
    // is no part of the noun, unless it begins a word (内地, 内需).
    if floor > 0 && clean[..floor].ends_with(['时', '時', '天', '日', '周', '週', '钟', '鐘'])
    {
        if let Some(rest) = before.strip_prefix(['内', '內']) {
            if !rest.starts_with([
                '地', '需', '容', '部', '存', '河', '蒙', '陆', '陸', '科', '外', '阁', '閣', '务',
                '務', '政', '销', '銷', '资', '資', '燃', '江', '湖', '网', '網', '镜', '鏡', '衣',
                '核', '涵', '心', '伤', '傷', '战', '戰', '线', '線', '侧', '側', '贸', '貿', '置',
            ]) {
                before = rest;
            }
        }
    }
    // `获得前三名`, `排名前10位`: 前 before a count of places makes them
    // the top places; it names nothing counted.
    if matches!(kind, Kind::Count | Kind::Ordinal) {
        if let Some(rest) = before.strip_suffix('前') {
            before = rest;
            // `报告发病数居前五位`: the verb of standing at the top places
            // is no part of the subject ranked, which stands before it;
            // 排名 alone names the rank itself, as in `排名前10位`.
            if let Some(verb) = RANK_VERBS
                .iter()
                .filter(|v| **v != "排名" && rest.ends_with(*v))
                .max_by_key(|v| v.len())
            {
                let subject = &rest[..rest.len() - verb.len()];
                if !subject.is_empty() {
                    before = subject;
                }
            }
        }
    }
    // `前5个月人民币贷款增加`: a 前 that opens the phrase before a span
    // makes it the first months of a period, which names nothing measured;
    // after an ideograph it ends a word (提前, 此前, 目前) and stays.
    if matches!(kind, Kind::Duration) {
        if let Some(rest) = before.strip_suffix('前') {
            if !rest.chars().next_back().is_some_and(is_cjk) {
                before = rest;
            }
        }
    }
    let t = &*TABLES;
    // `人均GDP为全国平均水平的1.2倍`, `标准提高到最低工资标准的90%`: a
    // multiple or share of a whole named after a verb of being or reaching
    // measures the subject before that verb.
    if matches!(kind, Kind::Percent | Kind::Number | Kind::Fraction) {
        if let Some(n) = subject_of_multiple(before).and_then(|s| noun_before(t, s)) {
            return Some(n);
        }
    }
    match kind {
        Kind::Date | Kind::Time => None,
        // `满300减50`, `每满100元减20元`: the spending that earns a discount
        // is a threshold, said of no noun; what stands before 满 is the
        // time or place of the offer, not what is counted.
        _ if before.ends_with(['满', '滿'])
            && (after.starts_with(['减', '減', '送', '返'])
                || after.starts_with("立减")
                || after.starts_with("立減")) =>
        {
            None
        }
        // `30坪的住宅`, `七成以上的受访居民`: a noun after 的 is what the
        // number describes, whatever the kind.
        _ if after.starts_with('的') => {
            noun_after(t, &after['的'.len_utf8()..]).or_else(|| noun_before(t, before))
        }
        // A count compared with a whole's (`高于全国平均水平的30张`) is
        // said of the subject, as a share is.
        Kind::Count => noun_after_coordinated(t, after)
            .map(without_statistic_tail)
            .map(without_act_of_persons)
            .map(persons_alone)
            .or_else(|| named_after_among(t, before, after))
            .or_else(|| {
                noun_before(t, before)
                    .and_then(without_total)
                    .map(without_beneficiary)
                    .and_then(|n| before_each_period(t, n))
                    .filter(|n| !is_compared_base(n))
            }),
        // `增速居全市第3位`: the subject ranked stands before the verb of
        // standing and the field of the rank.
        // With nothing ranked before it, 排名 names the rank itself, as in
        // `排名第 4`.
        Kind::Ordinal => noun_after(t, after).or_else(|| match ranked_subject(before) {
            Some((subject, verb)) => {
                noun_before(t, subject).or_else(|| matches!(verb, "排名").then(|| verb.to_string()))
            }
            None => noun_before(t, before),
        }),
        // `近四成购屋者`: a share with nothing before it names its whole
        // after it.
        // A share of a whole (`占總人口19.2%`) is said of the subject
        // before it, which the rules of shared nouns give.
        // A fraction of a whole (`占志愿者总数的三分之一`) is the part's,
        // as a percent is, and names no noun after it.
        Kind::Fraction => noun_before(t, before)
            .map(before_share_of_whole)
            .filter(|n| !is_share_of_whole(n) && !is_compared_base(n)),
        Kind::Percent => noun_before(t, before)
            .map(before_share_of_whole)
            .filter(|n| !is_share_of_whole(n) && !is_compared_base(n))
            .or_else(|| noun_after(t, after)),
        // `配备12GB内存`, `采用5纳米工艺`: after a verb of equipping, a
        // measure names what it measures in a short noun after it.
        Kind::Measure if ends_with_equip_verb(before) => noun_after(t, after)
            .filter(|n| (2..=MAX_AFTER_MEASURE).contains(&n.chars().count()))
            .or_else(|| noun_before(t, before).filter(|n| !ends_with_equip_verb(n) || n.len() > 6)),
        // `可能出现36度以上高温`, `以每小时15公里速度移动`: after a verb of
        // appearing, or the 以 of manner, a measure names what it measures
        // after it; what stands before is the place or the mover.
        Kind::Measure if opens_measured_noun(before) => {
            noun_after(t, after).or_else(|| noun_before(t, before))
        }
        // `当事人须在24小时内`, `应于30日内`: a time limit is said of no
        // noun; the words before it are the one who must keep it. Without
        // 在 (`发现问题15分钟内推送`, `3个工作日内办结`) it is one still, and
        // the words before it name the event it runs from.
        Kind::Duration
            if after.starts_with(['内', '內'])
                || after.starts_with("以内")
                || after.starts_with("以內") =>
        {
            None
        }
        // `设立2亿元产业发展基金`, `安排1000万元专项资金`: after a verb of
        // setting up or allocating, an amount sizes the noun right after
        // it; before the verb stands the one who gives it. A verb after
        // the amount (`投入3000万元建设污水处理厂`) names no noun there.
        Kind::Money if ends_with_allocating_verb(before.strip_suffix('了').unwrap_or(before)) => {
            noun_after(t, after)
                .filter(|n| longer_than_one_char(n))
                .or_else(|| noun_before(t, before).and_then(without_giver))
        }
        // `村里的一百多亩荒地`, `他的3万元存款`: after a phrase that ends
        // with 的, which describes what follows, a measure or a sum names
        // the noun right after it; the phrase before is its owner or place.
        Kind::Measure | Kind::Money if before.ends_with('的') => noun_after(t, after)
            .filter(|n| longer_than_one_char(n))
            .or_else(|| noun_before(t, before).map(without_dimension)),
        // `他流转了1200亩耕地`, `禾丰县50万亩晚稻陆续开镰`: with nothing
        // before an area but a verb, or only the place it lies in, the
        // short noun right after it is the land or crop it measures; the
        // place is kept when nothing follows. Other measures name no noun
        // after them so (`实现7纳米量产`, `新增12GB内存`).
        Kind::Measure => match noun_before(t, before).map(without_dimension) {
            Some(n) if !names_place(&n) => Some(n),
            place if ends_with_area(&clean[start..end]) => noun_after(t, after)
                .filter(|n| (2..=MAX_AFTER_MEASURE).contains(&n.chars().count()))
                .or(place),
            place => place,
        },
        // `高于全省平均水平2.3个百分点`: the points by which a value exceeds
        // a base are said of the value, which the rules of shared nouns
        // give; the base after the verb of comparing is no noun.
        Kind::Number => noun_before(t, before).filter(|n| !is_compared_base(n)),
        _ => noun_before(t, before),
    }
}

/// The noun after a count that opens with 人, the persons counted, alone
/// when what follows 人 is their act and makes no word with it
/// (`两三个人干一整天` counts 人, who work all day), unlike 人员, 人口 or
/// 人次.
fn persons_alone(noun: String) -> String {
    let mut chars = noun.chars();
    let opens = chars.next() == Some('人')
        && chars.next().is_some_and(|c| {
            !"员員口才民群家次数數工大士身社气氣文物选選像脸臉造均们們力流事格权權生性情寿壽行称稱"
                .contains(c)
                && is_cjk(c)
        });
    if opens { "人".to_string() } else { noun }
}

/// The noun after a count without the act of the persons it names
/// (`410名医务工作者献血` counts 医务工作者, who give blood): 献血 names a
/// thing after a classifier (`1200名献血者`) and so does not end the phrase
/// there (`NOUNS_WITH_VERBS`), but after a word for persons it is their
/// act, the predicate.
fn without_act_of_persons(noun: String) -> String {
    // Most nouns hold no 血, which both words end with: memchr tells
    // before a searcher is set up for either word.
    if rfind_ideograph(&noun, '血').is_none() {
        return noun;
    }
    let Some(at) = noun.find("献血").or_else(|| noun.find("獻血")) else {
        return noun;
    };
    let persons = noun[..at].ends_with([
        '者', '员', '員', '们', '們', '众', '眾', '民', '生', '工', '师', '師', '士', '兵',
    ]);
    if persons && longer_than_one_char(&noun[..at]) {
        noun[..at].to_string()
    } else {
        noun
    }
}

/// The noun after a count without the longest statistic that ends it
/// (`8个夜间消费集聚区人流量达到135万人次` counts 夜间消费集聚区,
/// `18个国控断面水质优良比例达到100%` counts 国控断面): the
/// statistic is the subject of the next number, not what is counted. A
/// noun that would keep fewer than two characters is left whole.
fn without_statistic_tail(noun: String) -> String {
    // Most tails end otherwise than the noun: its last byte tells, before
    // the tail is compared whole.
    let last = noun.as_bytes().last();
    match STATISTIC_TAILS
        .iter()
        .filter(|w| w.as_bytes().last() == last)
        .filter(|w| noun.ends_with(*w) && noun[..noun.len() - w.len()].chars().nth(1).is_some())
        .max_by_key(|w| w.len())
    {
        Some(w) => noun[..noun.len() - w.len()].to_string(),
        None => noun,
    }
}

/// Whether the measure `text` ends with a unit of area of land (亩, 公顷,
/// 平方米, 平方公里).
fn ends_with_area(text: &str) -> bool {
    ["亩", "畝", "公顷", "公頃", "平方米", "平方公里", "平方千米"]
        .iter()
        .any(|u| text.ends_with(u))
}

/// Whether `noun` is the short name of a place, a county, city, district,
/// province, town or village (`禾丰县`, `白沙镇`): the place where a measure
/// lies, not the thing it measures.
fn names_place(noun: &str) -> bool {
    (2..=5).contains(&noun.chars().count())
        && noun.ends_with([
            '县', '縣', '市', '区', '區', '省', '镇', '鎮', '乡', '鄉', '村', '州',
        ])
}

/// Whether `c` may begin a note marker: a superscript digit or
/// parenthesis, or the bracket of `[1]`, `［1］` or `〔1〕`. The plain
/// reading that `holds_note_mark` is checked against.
#[cfg(test)]
fn is_note_mark(c: char) -> bool {
    matches!(
        c,
        '¹' | '²' | '³' | '⁰' | '⁴'..='⁹' | '⁽' | '[' | '［' | '〔'
    )
}

/// Whether `text` holds a character of `is_note_mark`, found by its bytes
/// rather than by decoding every character of the text before each
/// number: the bracket `[` and the lead bytes C2 and E2 of the superscripts
/// are looked for with memchr, then 〔 (E3 80 94) and ［ (EF BC BB) by
/// their last bytes, and each place found is checked whole.
fn holds_note_mark(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr3_iter(b'[', 0xC2, 0xE2, b).any(|i| match b[i] {
        b'[' => true,
        0xC2 => matches!(b.get(i + 1), Some(0xB2 | 0xB3 | 0xB9)),
        _ => matches!(b.get(i + 1..i + 3), Some([0x81, 0xB0 | 0xB4..=0xB9 | 0xBD])),
    }) || memchr::memchr2_iter(0x94, 0xBB, b)
        .any(|i| i >= 2 && matches!(b[i - 2..=i], [0xE3, 0x80, 0x94] | [0xEF, 0xBC, 0xBB]))
}

/// `text` without its note markers: runs of superscript digits, with or
/// without superscript parentheses (`³`, `⁽¹⁾`), and digits in square or
/// tortoise-shell brackets (`[1]`, `［2］`, `〔3〕`). A bracket that holds
/// anything but digits is kept.
fn without_note_markers(text: &str) -> String {
    let superscript = |c: char| matches!(c, '¹' | '²' | '³' | '⁰' | '⁴'..='⁹' | '⁽' | '⁾');
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let close = match c {
            '[' => Some(']'),
            '［' => Some('］'),
            '〔' => Some('〕'),
            _ => None,
        };
        let marker = if superscript(c) {
            Some(rest.len() - rest.trim_start_matches(superscript).len())
        } else {
            close.and_then(|close| {
                let inner = &rest[c.len_utf8()..];
                let digits =
                    inner.len() - inner.trim_start_matches(|d: char| d.is_ascii_digit()).len();
                (digits > 0 && inner[digits..].starts_with(close))
                    .then(|| c.len_utf8() + digits + close.len_utf8())
            })
        };
        match marker {
            Some(len) => rest = &rest[len..],
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// Verbs of action that name no event or thing of their own, unlike 培训,
/// 走访 or 组织 (`开展专题培训16场`, `“两新”组织三四十家`): a noun before a
/// number that ends with one of them is a clause that names nothing counted.
/// The verbs of earning (挣, 拿, 赚) are among them: before a sum
/// (`一个月能拿3000多元`, `一年到头挣不到两万元`) they say who earns it
/// and when, and no noun ends with them. 分 after a place divides the
/// work into batches or groups (`全市分三批发放`, `全县分两批次`), as 兵分
/// divides forces: the count names nothing.
const ENDING_VERBS: [&str; 54] = [
    "举办", "舉辦", "开展", "開展", "开设", "開設", "开通", "開通", "召开", "召開", "吸引", "索要",
    "索取", "发放", "發放", "完成", "实现", "實現", "新增", "新建", "引进", "引進", "派出", "惠及",
    "带动", "帶動", "拨付", "撥付", "录得", "錄得", "兵分", "认定", "認定", "挣", "拿", "赚", "賺",
    "下拨", "下撥", "划拨", "劃撥", "下达", "下達", "市分", "县分", "縣分", "区分", "區分", "镇分",
    "鎮分", "乡分", "鄉分", "村分", "省分",
];

/// Whether `noun` ends with one of `ENDING_VERBS` that no noun holding a
/// verb (`NOUNS_WITH_VERBS`) covers there.
fn ends_with_action_verb(t: &Tables, noun: &str) -> bool {
    let Some((_, last)) = last_char(noun) else {
        return false;
    };
    t.action_ends.get(last).iter().any(|v| {
        finishes_with(noun, v, last)
            && first_char(v).is_some_and(|c| !verb_in_noun(t, noun, noun.len() - v.len(), c))
    })
}

/// Verbs of holding an event or opening a service, any of which the count
/// of a later clause may repeat for the thing the earlier one names
/// (`开设法律、健康讲座，已举办数十场`).
const EVENT_VERBS: [&str; 12] = [
    "举办", "舉辦", "举行", "舉行", "开展", "開展", "开设", "開設", "组织", "組織", "召开", "召開",
];

/// The noun that a count with none in its own clause carries from an
/// earlier clause of the cleaned sentence `clean`, whose number begins at
/// `start`: the clause of the count ends
/// with a verb of action (`三年来已累计举办150余场`), and an earlier clause
/// says what that verb, or another verb of holding an event, was done to
/// (`医院还在门诊大厅举办健康讲座，每场有一两百名市民参加，`), the last
/// such clause. A list of things that share their last word (`法律、健康
/// 讲座`) gives that word, when the first item tells how long it is; two
/// items of the same length give nothing.
pub(crate) fn carried_noun(clean: &str, start: usize) -> Option<String> {
    let text = &clean[..start];
    // The verb is the last two characters of the clause, which are those
    // of `text`: no verb of action holds a comma, so when they make one,
    // the clause after the last comma holds them both. Most counts follow
    // no such verb, and the search back for the comma, which decodes every
    // character of the clause, is left for the few that do.
    let verb = {
        let mut ends = text.char_indices().rev().map(|(i, _)| &text[i..]);
        ends.nth(1)
            .filter(|v| ACTION_VERBS.binary_search(v).is_ok())?
    };
    let comma = text.rfind(['，', ','])?;
    let earlier = &text[..comma];
    let verbs: &[&str] = if EVENT_VERBS.contains(&verb) {
        &EVENT_VERBS
    } else {
        std::slice::from_ref(&verb)
    };
    let (at, used) = verbs
        .iter()
        .filter_map(|v| earlier.rfind(v).map(|i| (i, *v)))
        .max_by_key(|&(i, _)| i)?;
    let object = &earlier[at + used.len()..];
    let object = &object[..object
        .find(['，', ',', '；', ';', '：'])
        .unwrap_or(object.len())];
    // An aspect particle after the verb (`举办了招聘会`) is no part of it.
    let phrase = object.trim_start_matches(['了', '过', '過']);
    // The object ends where its amount begins (`派发现金红利2.4元`).
    let phrase = &phrase[..phrase
        .find(|c: char| !is_cjk(c) && c != '、' || crate::scan::is_numeral_char(c))
        .unwrap_or(phrase.len())];
    let items: Vec<&str> = phrase.split('、').collect();
    if items.iter().any(|w| w.is_empty() || !w.chars().all(is_cjk)) {
        return None;
    }
    let (first, last) = (items[0].chars().count(), items[items.len() - 1]);
    let n = last.chars().count();
    let head = if items.len() == 1 {
        last
    } else if n > first {
        &last[last.char_indices().nth(first)?.0..]
    } else {
        return None;
    };
    (2..=MAX_NOUN)
        .contains(&head.chars().count())
        .then(|| head.to_string())
}

/// The text before a verb of standing at a rank (`RANK_VERBS`) that the
/// field of the rank follows (`RANK_FIELDS`), near the end of `before`
/// (`增速居全市` gives 增速, `综合实力位列全省` gives 综合实力, and
/// `在全国创新百强区中位居全省` what the walk back from its end finds: none),
/// with the verb; `None` when there is no such verb and field.
fn ranked_subject(before: &str) -> Option<(&str, &'static str)> {
    // The field is a few characters long: only the last dozen are looked at.
    let from = before.char_indices().rev().nth(11).map_or(0, |(i, _)| i);
    before[from..]
        .char_indices()
        .rev()
        .map(|(i, _)| from + i)
        .filter(|&i| RANK_FIELDS.iter().any(|f| before[i..].starts_with(f)))
        .find_map(|i| {
            let head = &before[..i];
            let verb = RANK_VERBS
                .iter()
                .filter(|v| head.ends_with(*v))
                .max_by_key(|v| v.len())?;
            Some((&head[..head.len() - verb.len()], *verb))
        })
}

/// The noun after 已 (already) and the verb it opens (`已接种流感疫苗` gives
/// 流感疫苗, `已签约随访患者` gives 随访患者), when two characters remain
/// and the verb opens no noun that holds it; nothing when only a word of
/// two characters follows 已 (`已撥款`); else the noun whole. 将 (will)
/// before a verb is read alike (`将建成高标准农田`), but a word of two
/// characters after it is kept, as 将 also opens words (将士, 将领). 将再
/// (will again) is read as 将 (`将再开工老旧小区改造项目`).
/// `verb_at` gives the longest verb of two characters or more that its
/// text, whose first character it is given, begins with.
/// Inside the phrase, after a place or time (`目前全市已建成…平台`), 已 and
/// its verb part them from the noun alike; 将 inside a phrase is left, as
/// it is also the tail of words (即将, 必将).
fn after_done(noun: &str, verb_at: impl Fn(&str, char) -> Option<&'static str>) -> &str {
    let Some((prefix, rest)) = ["已经", "已經", "已", "将再", "將再", "将", "將"]
        .iter()
        .find_map(|p| noun.strip_prefix(p).map(|r| (*p, r)))
    else {
        return after_inner_done(noun, verb_at);
    };
    // `今年已撥款3.2億元`: 已 and a word of two characters alone are an
    // action done, which names no thing; a person who did it (已婚者) is
    // one.
    let mut chars = rest.chars();
    if prefix.starts_with('已')
        && chars.nth(1).is_some()
        && chars.next().is_none()
        && !rest.ends_with(['者', '人', '户', '戶', '员', '員'])
    {
        return "";
    }
    past_done_verb(noun, rest, verb_at)
}

/// What follows the verb that `rest`, the text after a 已 or 将 in `noun`,
/// begins with, when two characters remain and the verb opens no noun that
/// holds it; else `noun` whole.
fn past_done_verb<'a>(
    noun: &'a str,
    rest: &'a str,
    verb_at: impl Fn(&str, char) -> Option<&'static str>,
) -> &'a str {
    let verb = first_char(rest).and_then(|c| verb_at(rest, c));
    match verb {
        Some(v) if longer_than_one_char(&rest[v.len()..]) && !opens_verb_noun(rest) => {
            &rest[v.len()..]
        }
        _ => noun,
    }
}

/// Where the last `c`, a character of three bytes, begins in `s`, as
/// `s.rfind(c)` gives it: its last byte is looked for with memchr, which
/// costs less than a search for the character, and each place it stands
/// is checked for the two bytes before it (the first a lead byte, so the
/// three are `c` whole).
fn rfind_ideograph(s: &str, c: char) -> Option<usize> {
    let mut buf = [0; 4];
    let code = c.encode_utf8(&mut buf).as_bytes();
    debug_assert_eq!(code.len(), 3);
    let b = s.as_bytes();
    memchr::memrchr_iter(code[2], b)
        .find(|&i| i >= 2 && b[i - 2] == code[0] && b[i - 1] == code[1])
        .map(|i| i - 2)
}

/// What follows the 并 (and) that joins a second verb to the one a noun
/// opened with (`发现并督促整改火灾隐患`: after 发现, 并 and 督促 go too):
/// `leads` tells whether a text opens with a leading verb. Anything else
/// is `rest` whole.
fn after_joined_verb(rest: &str, leads: impl Fn(&str) -> bool) -> &str {
    match rest.strip_prefix(['并', '並']) {
        Some(next) if leads(next) => next,
        _ => rest,
    }
}

/// The noun after the last 已 (or 已经) inside `noun` and the verb it opens
/// (`全市已建成“青年之家”综合服务平台` gives “青年之家”综合服务平台), when two
/// characters remain and the verb opens no noun that holds it; else the
/// noun whole. What stands before 已 is who or where (全市), or when.
fn after_inner_done(noun: &str, verb_at: impl Fn(&str, char) -> Option<&'static str>) -> &str {
    let Some(at) = rfind_ideograph(noun, '已').filter(|&at| at > 0) else {
        return noun;
    };
    let rest = &noun[at + '已'.len_utf8()..];
    let rest = rest
        .strip_prefix('经')
        .or_else(|| rest.strip_prefix('經'))
        .unwrap_or(rest);
    past_done_verb(noun, rest, verb_at)
}

/// Whether `s`, which begins with 就, opens a word of it (就业, 就诊, 就读,
/// 就医, 就餐, 就职), where 就 is no "then" (`约3万名新就业群体`).
fn opens_jiu_word(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next();
    chars.next().is_some_and(|n| {
        matches!(
            n,
            '业' | '業' | '诊' | '診' | '读' | '讀' | '医' | '醫' | '餐' | '职' | '職'
        )
    })
}

/// The noun after a closing parenthesis that opens nowhere in it, which a
/// verb cut inside a note leaves (`被告(索要…)GDP`): the rest of the note is
/// no part of the noun, and the note no longer counts as one character.
fn after_unbalanced_close(noun: &str) -> &str {
    // Most nouns hold no closing parenthesis, which a test of bytes tells
    // (`）` is EF BC 89).
    if memchr::memchr2(b')', 0x89, noun.as_bytes()).is_none() {
        return noun;
    }
    let close = noun.find([')', '）']);
    let open = noun.find(['(', '（']);
    match close {
        Some(c) if open.is_none_or(|o| o > c) => {
            let rest = &noun[c..];
            let len = rest.chars().next().map_or(0, char::len_utf8);
            let after = &rest[len..];
            if after.is_empty() { noun } else { after }
        }
        _ => noun,
    }
}

/// Whether the words between two values end with a verb that governs the
/// second (`提供就业岗位2.6万个，帮助1.1万人`): the second then counts the
/// object of that verb, not what the first counts, and the two share no
/// noun. The verbs are those the noun finder drops before a number
/// (`LEADING_VERBS`) or cuts a phrase at (`ACTION_VERBS`); a verb of one
/// character is too often part of a word to count.
pub(crate) fn ends_with_governing_verb(between: &str) -> bool {
    // Every verb looked for ends with the last character of `between`, and
    // most characters end none: one look-up in the set of the verbs' last
    // characters passes over them before six binary searches.
    static LASTS: LazyLock<CharSet> = LazyLock::new(|| {
        CharSet::new(
            LEADING_VERBS
                .iter()
                .chain(ACTION_VERBS.iter())
                .filter_map(|w| w.chars().next_back()),
        )
    });
    if !between
        .chars()
        .next_back()
        .is_some_and(|c| LASTS.contains(c))
    {
        return false;
    }
    between
        .char_indices()
        .rev()
        .skip(1)
        .take(3)
        .map(|(i, _)| &between[i..])
        .any(|w| LEADING_VERBS.binary_search(&w).is_ok() || ACTION_VERBS.binary_search(&w).is_ok())
}

/// Whether the text before a measure ends with a verb of appearing
/// (`出现`, `迎来`) or the 以 of manner (`以每小时15公里速度`), after which
/// the measure names the noun that follows it.
fn opens_measured_noun(before: &str) -> bool {
    const APPEARING: [&str; 6] = ["出现", "出現", "迎来", "迎來", "遭遇", "遭受"];
    APPEARING.iter().any(|w| before.ends_with(w))
        || (before.ends_with('以') && !ends_word(before, "以"))
}

/// The noun of a measure without the dimension it ends with (`跑道长3,800米`
/// measures the runway, `大坝高185米` the dam), when two characters remain;
/// a dimension that makes a word with the character before it stays
/// (身高, 体重, 全长, 水深: those are what is measured).
fn without_dimension(noun: String) -> String {
    let Some((i, last)) = last_char(&noun) else {
        return noun;
    };
    if !matches!(last, '长' | '長' | '宽' | '寬' | '高' | '深' | '厚' | '重')
        || noun[..i].chars().count() < 2
    {
        return noun;
    }
    let prev = noun[..i].chars().next_back();
    let word = match last {
        '长' | '長' => matches!(
            prev,
            Some(
                '全' | '总'
                    | '總'
                    | '身'
                    | '体'
                    | '體'
                    | '周'
                    | '边'
                    | '邊'
                    | '波'
                    | '延'
                    | '增'
                    | '成'
                    | '生'
                    | '家'
                    | '市'
                    | '县'
                    | '縣'
                    | '省'
                    | '局'
                    | '部'
                    | '校'
                    | '院'
                    | '船'
                    | '机'
                    | '機'
                    | '站'
                    | '组'
                    | '組'
                    | '队'
                    | '隊'
                    | '行'
                    | '事'
            )
        ),
        '高' => matches!(
            prev,
            Some(
                '身' | '标'
                    | '標'
                    | '层'
                    | '層'
                    | '净'
                    | '淨'
                    | '限'
                    | '最'
                    | '提'
                    | '升'
                    | '增'
                    | '拔'
                    | '楼'
                    | '樓'
                    | '新'
                    | '偏'
                    | '较'
                    | '較'
            )
        ),
        '深' => matches!(
            prev,
            Some('水' | '纵' | '縱' | '进' | '進' | '埋' | '井' | '资' | '資')
        ),
        '重' => matches!(
            prev,
            Some(
                '体' | '體'
                    | '净'
                    | '淨'
                    | '毛'
                    | '总'
                    | '總'
                    | '载'
                    | '載'
                    | '自'
                    | '比'
                    | '加'
                    | '称'
                    | '稱'
                    | '单'
                    | '單'
                    | '严'
                    | '嚴'
                    | '注'
                    | '偏'
                    | '超'
            )
        ),
        // 带宽 and 频宽 are the bandwidth of a network, no width.
        '宽' | '寬' => matches!(
            prev,
            Some('全' | '总' | '總' | '幅' | '路' | '河' | '放' | '带' | '帶' | '频' | '頻')
        ),
        _ => matches!(
            prev,
            Some('总' | '總' | '层' | '層' | '浑' | '渾' | '宽' | '寬')
        ),
    };
    if word {
        return noun;
    }
    let mut noun = noun;
    noun.truncate(i);
    noun
}

/// The noun of a count that opens a clause after 其中 and is said to be
/// something (`其中300名为预备党员`, `其中85个是医院`): the part of a whole
/// that the words after 为 or 是 name.
fn named_after_among(t: &Tables, before: &str, after: &str) -> Option<String> {
    if !before.ends_with("其中") {
        return None;
    }
    let rest = after
        .strip_prefix(['为', '為', '是'])
        .or_else(|| after.strip_prefix("均为"))
        .or_else(|| after.strip_prefix("均為"))?;
    // One character left before a verb (`其中37家为新认定`) is a word of
    // the predicate, not a name of the part.
    noun_after(t, rest).filter(|n| longer_than_one_char(n))
}

/// The noun before a count that a period after 每 and a verb leave in it
/// (`景区每日限流6000人`, `每年增加300人`): the count is so many a day or a
/// year, and the verb says what happens to them, so the noun is what
/// stands before 每, the place or body whose figure it is (景区), or none.
/// A noun of the count after the verb (`每日接待游客2万人次`) is cut from
/// the verb before this is asked; a longer phrase after the period is left
/// whole.
fn before_each_period(t: &Tables, noun: String) -> Option<String> {
    let Some(k) = noun.find('每') else {
        return Some(noun);
    };
    let after = &noun[k + '每'.len_utf8()..];
    let period = after.starts_with(['日', '天', '年', '月', '周', '週', '晚', '季', '时', '時'])
        || after.starts_with("小时")
        || after.starts_with("小時");
    // The verb after the period is short (限流, 最多接待, 可服務); a longer
    // phrase may hold the noun, or the walk may have cut its subject.
    if !period || after.chars().count() > 6 {
        return Some(noun);
    }
    // `每天投入警力近千人次`, `平均每日求診人次`: a noun after the
    // period, bare or after a verb that opens it, is what is counted.
    let rest = ["小时", "小時"]
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or_else(|| &after[first_char(after).map_or(0, char::len_utf8)..]);
    if let Some(first) = first_char(rest) {
        if let Some(v) = t.leading_verb(rest, first) {
            return Some(rest[v.len()..].to_string());
        }
        let verb_like = t.is_verb(rest, first)
            || t.starts_verb(first, rest)
            || matches!(first, '可' | '最' | '能' | '要' | '需' | '限');
        if longer_than_one_char(rest) && !verb_like && rest.chars().all(is_cjk) {
            return Some(rest.to_string());
        }
    }
    let head = &noun[..k];
    let named = longer_than_one_char(head)
        && head.chars().all(is_cjk)
        && first_char(head).is_some_and(|f| !t.scopes.get(f).contains(&head));
    named.then(|| head.to_string())
}

/// The noun before a count without the one who serves and the one served
/// by the 为 (for) before the service: `志愿者为老人理发300余人次` counts
/// haircuts, the service that ends the phrase (`理发`), as
/// `理发300余人次` does. The service is the verb and its object of two
/// characters that end the phrase (理发, 义诊, 送餐); the one served stands
/// between 为 and it, a short noun. 为 that ends a word (作为, 成为, 认为,
/// 行为) is no "for", nor is a phrase after it too long to be a noun and a
/// service.
fn without_beneficiary(noun: String) -> String {
    let Some(k) = noun.rfind(['为', '為']) else {
        return noun;
    };
    let word = noun[..k].chars().next_back().is_some_and(|c| {
        "作成认認因行称稱视視以改分列定评評转轉变變更较較最极極尤广廣人无無有被".contains(c)
    });
    let served = &noun[k + '为'.len_utf8()..];
    let n = served.chars().count();
    if word || !(3..=8).contains(&n) || !served.chars().all(is_cjk) {
        return noun;
    }
    let at = served.char_indices().nth(n - 2).map_or(0, |(i, _)| i);
    served[at..].to_string()
}

/// The noun of a count before it without the 总数 or 数量 that ends it
/// (`5G基站总数超过425万个` counts 基站): the classifier already says that
/// the number is how many there are, so what is counted is the thing
/// before the word, when two characters of it remain. A 总数 alone names
/// nothing (`新建5G基站42.5万个，总数超过425万个`), which leaves the count
/// to share the noun of the one before it.
fn without_total(noun: String) -> Option<String> {
    const TOTALS: [&str; 6] = ["总数", "總數", "总量", "總量", "数量", "數量"];
    // The total of an activity (`旅客运输总量达5.6亿人次`) names what the
    // trips or tonnes add up: without it the activity alone is no thing.
    const ACTIVITIES: [&str; 8] = [
        "运输", "運輸", "吞吐", "周转", "周轉", "发送", "發送", "接待",
    ];
    let Some(rest) = TOTALS.iter().find_map(|w| noun.strip_suffix(w)) else {
        return Some(noun);
    };
    if ACTIVITIES.iter().any(|w| rest.ends_with(w)) {
        return Some(noun);
    }
    if rest.is_empty() {
        return None;
    }
    let kept = if longer_than_one_char(rest) {
        rest.len()
    } else {
        noun.len()
    };
    let mut noun = noun;
    noun.truncate(kept);
    Some(noun)
}

/// The longest noun after a measure that follows a verb of equipping, in
/// characters (`内存`, `处理器`, `摄像头`).
const MAX_AFTER_MEASURE: usize = 4;

/// Whether `before` ends with a verb of equipping (`EQUIP_VERBS`). All of
/// them are two characters of three bytes, so only the last six bytes are
/// looked up.
fn ends_with_equip_verb(before: &str) -> bool {
    before
        .len()
        .checked_sub(6)
        .and_then(|i| before.get(i..))
        .is_some_and(|w| EQUIP_VERBS.binary_search(&w).is_ok())
}

/// Verbs of allocating a sum that no noun ends with, unlike 投入 (the
/// input of `区财政投入3000万元` is itself what is counted), nor 预留
/// (`政府預留約1億港元` sets a sum aside and counts no 预留).
const GIVING_VERBS: [&str; 5] = ["安排", "落实", "落實", "預留", "预留"];

/// Words that end the name of a body that gives a sum (`市财政`, `县政府`,
/// `省直部门`), and the levels of government that give one alone (`省`,
/// `中央`).
const GIVERS: [&str; 16] = [
    "财政", "財政", "政府", "部门", "部門", "中央", "国家", "國家", "省", "市", "县", "縣", "区",
    "區", "镇", "鎮",
];

/// The noun before an amount that an allocating verb ends, without that
/// verb: `市财政安排1000万元` names no thing counted, only the body that
/// gives it, as `县财政下拨2000万元` does (see `ENDING_VERBS`); a fund
/// before the verb is what the amount sizes (`中央预算内投资拟安排7350亿元`
/// is of 中央预算内投资). The words of mood or time between the two (拟,
/// 将, 已, 为此) go with the verb.
fn without_giver(noun: String) -> Option<String> {
    let Some(verb) = GIVING_VERBS.iter().find(|v| noun.ends_with(*v)) else {
        return Some(noun);
    };
    let mut rest = &noun[..noun.len() - verb.len()];
    rest = rest
        .strip_suffix("为此")
        .or_else(|| rest.strip_suffix("為此"))
        .unwrap_or(rest);
    rest = rest.trim_end_matches(['拟', '擬', '将', '將', '已', '再', '另', '共', '还', '還']);
    if rest.is_empty() || GIVERS.iter().any(|g| rest.ends_with(g)) {
        return None;
    }
    Some(if longer_than_one_char(rest) {
        rest.to_string()
    } else {
        noun
    })
}

/// Whether `before` ends with a verb of setting up or allocating
/// (`ALLOCATING_VERBS`), all of two characters of three bytes.
fn ends_with_allocating_verb(before: &str) -> bool {
    before
        .len()
        .checked_sub(6)
        .and_then(|i| before.get(i..))
        .is_some_and(|w| ALLOCATING_VERBS.binary_search(&w).is_ok())
}

/// The noun phrase at the start of `rest`, across quoted modifiers
/// (`“红领物业”示范点`).
fn noun_after(t: &Tables, rest: &str) -> Option<String> {
    let rest = past_age_bound(rest);
    let mut n = 0;
    let mut stop = rest.len();
    let mut in_quote = false;
    for (i, c) in rest.char_indices() {
        if matches!(c, '“' | '「') {
            in_quote = true;
            continue;
        }
        if matches!(c, '”' | '」') {
            in_quote = false;
            continue;
        }
        if in_quote && n < MAX_NOUN {
            continue;
        }
        if n >= MAX_NOUN {
            stop = i;
            break;
        }
        // Most characters are ideographs that neither stop the phrase nor
        // begin a verb: one bit tells.
        if t.plain_after.contains(c) {
            n += 1;
            continue;
        }
        // 在 and 中 end the noun (`十餘名警員在場`, `21 个试验区中`) unless
        // they begin a word (在建项目, 中心); the next character is decoded
        // only for them.
        let word = || {
            (matches!(
                c,
                '中' | '在' | '从' | '從' | '内' | '內' | '及' | '对' | '對' | '按' | '未'
            )
                && begins_word_after(c, rest[i + c.len_utf8()..].chars().next()))
                || ends_function_word(
                    rest[..i].chars().next_back(),
                    c,
                    rest[i + c.len_utf8()..].chars().next(),
                )
                || (c == '被' && passive_in_noun(&rest[i..]))
                || latin_name_at(&rest[i..])
                // 就业机会 and 就业岗位 are things counted (`约14萬個就業機會`),
                // where 就 is no "then".
                || (c == '就' && opens_verb_noun(&rest[i..]))
                // 新就业群体, 就诊人次: 就 opens a word, no "then".
                || (c == '就' && opens_jiu_word(&rest[i..]))
        };
        if (t.stops_after(c) && !word())
            || (t.starts_verb(c, &rest[i..]) && !verb_in_noun(t, rest, i, c))
            || begins_number(c, &rest[i + c.len_utf8()..])
            // 待 (awaiting) before a verb (`約7萬戶待修復`) begins the
            // predicate: what awaits is counted, not the wait; 待遇 and
            // 待岗 hold no such verb.
            || (c == '待' && {
                let next = &rest[i + c.len_utf8()..];
                first_char(next).is_some_and(|f| t.starts_verb(f, next))
            })
        {
            stop = i;
            break;
        }
        n += 1;
    }
    let noun = without_named_person(trim_quotes(without_verb_before(
        &rest[..stop],
        &rest[stop..],
    )));
    (n > 0 && !noun.is_empty()).then(|| noun.to_string())
}

/// What follows a bound of age that opens `rest` (`80 周岁以上老人` gives
/// 老人): in `1.8 万名 80 周岁以上老人` the people counted are the old
/// people, and the age only says which of them; the age is a fact of its
/// own. Anything else is `rest` whole.
fn past_age_bound(rest: &str) -> &str {
    let digits = rest.bytes().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 {
        return rest;
    }
    let tail = rest[digits..].trim_start_matches(' ');
    let Some(tail) = ["周岁", "週歲", "岁", "歲"]
        .iter()
        .find_map(|w| tail.strip_prefix(w))
    else {
        return rest;
    };
    let tail = tail.trim_start_matches(' ');
    ["及以上", "及以下", "以上", "以下"]
        .iter()
        .find_map(|w| tail.strip_prefix(w))
        .unwrap_or(rest)
}

/// The noun phrase that opens `rest`, as after a classifier: the noun a
/// scaled denominator counts in (`每万名围产儿`, `每千名老年人拥有`).
pub(crate) fn phrase_after(rest: &str) -> Option<String> {
    noun_after(&TABLES, rest)
}

/// The noun after a classifier with the nouns coordinated with it by 和,
/// 及, 以及 or 与 (`320名教师和职工`, `1200名学生和家长参加`): the count is
/// of them together, as a coordination before a number is
/// (`coordinated`). The conjunction joins only two nouns: not a number
/// after it (`200名教师和100名医生`, each counted on its own) nor a verb
/// (`5个项目和引进人才`, which `noun_after` stops at), and the whole is no
/// longer than `MAX_COORDINATION`.
fn noun_after_coordinated(t: &Tables, rest: &str) -> Option<String> {
    let first = noun_after(t, rest)?;
    let Some(tail) = rest.strip_prefix(first.as_str()) else {
        return Some(first);
    };
    let Some(next) = ["以及", "和", "及", "与", "與"]
        .iter()
        .find_map(|c| tail.strip_prefix(c))
    else {
        return Some(first);
    };
    let conj = &tail[..tail.len() - next.len()];
    let second = noun_after(t, next)
        .filter(|w| next.starts_with(w.as_str()) && longer_than_one_char(w))
        .filter(|w| !w.chars().all(crate::scan::is_numeral_char));
    match second {
        Some(w) if (first.chars().count() + 1 + w.chars().count()) <= MAX_COORDINATION => {
            Some(format!("{first}{conj}{w}"))
        }
        _ => Some(first),
    }
}

/// The common surnames that open a person's name with a word of address
/// (`王奶奶`, `李大爷`, `张先生`), in order of frequency.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤";

/// Words of address that follow a surname to name a person.
const ADDRESSES: [&str; 12] = [
    "奶奶", "爷爷", "大爷", "大妈", "大娘", "大姐", "大哥", "阿姨", "婆婆", "先生", "女士", "师傅",
];

/// The noun after a count without the person named in apposition after it
/// (`82岁老人王奶奶` counts the years of a 老人; `76岁的独居老人李大爷`):
/// a surname and a word of address after two characters or more of the
/// noun name the one person it is, and what follows them is the predicate.
fn without_named_person(noun: &str) -> &str {
    // A set, tested by a bit, rather than a search of the hundred
    // surnames for every character of every noun.
    static SURNAME_SET: LazyLock<CharSet> = LazyLock::new(|| CharSet::new(SURNAMES.chars()));
    let surnames = &*SURNAME_SET;
    noun.char_indices()
        .skip(2)
        .find(|&(at, c)| {
            surnames.contains(c)
                && ADDRESSES
                    .iter()
                    .any(|w| noun[at + c.len_utf8()..].starts_with(w))
        })
        .map_or(noun, |(at, _)| &noun[..at])
}

/// The phrase after a classifier, `phrase`, without the verb of one
/// character that its last character is when `stopped` (the text where the
/// phrase stopped) opens with the 得 of a complement (`两个人长得一样`,
/// `120年的历史值得纪念`) or with 在 after a verb of posture or place
/// (`五位老人坐在门口`): what is counted stands before that verb. The
/// adverb 仍 (still), which ends no noun, goes too (`近千名党员干部仍坚守`).
fn without_verb_before<'p>(phrase: &'p str, stopped: &str) -> &'p str {
    let Some((i, last)) = last_char(phrase) else {
        return phrase;
    };
    let cut = last == '仍'
        || stopped.starts_with('得')
        || (stopped.starts_with('在') && POSTURE_VERBS.contains(&last));
    if cut { &phrase[..i] } else { phrase }
}

/// Whether the phrase before a number ends with 后 or 後, "after …"
/// (`扣除价格因素后实际增长7.4%`, `经季节调整后环比增长1.6%`): a condition
/// on the number, not what it counts, which a change then takes from the
/// level before it.
fn is_after_clause(noun: &str) -> bool {
    // 最后 (the last), 落后 (behind) and 前后 (about) are no "after".
    noun.ends_with(['后', '後'])
        && ![
            "最后",
            "最後",
            "落后",
            "落後",
            "前后",
            "前後",
            "背后",
            "背後",
            "博士后",
            "博士後",
        ]
        .iter()
        .any(|w| noun.ends_with(w))
}

/// Whether `noun`, whose first character is `first`, is a comparison with
/// 较 against anything, ending with the comparative (`较常年偏高0.9℃`,
/// `较发行指导区间下限低15个基点`): what it is compared with is no noun of
/// the number, which measures the gap. 较大 before a noun is a grade
/// (`较大事故3起`), and 较量 a contest.
fn opens_comparison(noun: &str, first: char) -> bool {
    (matches!(first, '较' | '較')
        && noun.ends_with([
            '高', '低', '多', '少', '快', '慢', '大', '小', '长', '長', '短', '宽', '寬', '窄',
        ]))
        // `比“十三五”末翻了一番`, `较2020年底`: a comparison with the end
        // or start of a period.
        || (matches!(first, '比' | '较' | '較') && noun.ends_with(['末', '底', '初']))
}

/// Whether `noun` opens with 拉动 (`拉动经济增长3.4个百分点`): the points by
/// which a part pulls the growth of the whole are said of that part, the
/// subject of the clause, not of the growth after the verb.
fn pulls_growth(noun: &str) -> bool {
    noun.starts_with("拉动") || noun.starts_with("拉動")
}

/// Whether `noun` opens with a verb of comparing (`低于前一周的6.1%`,
/// `高于全国平均水平的45%`, `快于全国0.5个百分点`, and so 不足 and 超过),
/// or with 比 or 较 before the whole of a place (`比全省平均水平高出6个百分点`):
/// the words after the verb name the base the subject is compared with,
/// whose own share the number is, and the verb makes the phrase a
/// predicate, not a noun.
fn is_compared_base(noun: &str) -> bool {
    [
        "低于", "高于", "低於", "高於", "快于", "慢于", "快於", "慢於", "不足", "超过", "超過",
        "比全", "较全", "較全",
    ]
    .iter()
    .any(|w| noun.starts_with(w))
}

/// Whether `noun` is the whole that a share is of (`占總人口19.2%`,
/// `佔公共交通乘客總數的百分之四十五`, `相当于地区生产总值的3.17%`): it
/// names no part, which is the subject of the clause; 占地, 占比, 占有 and
/// 占用 are words, and a phrase that ends with the share itself names it
/// (`占国内生产总值比重`).
fn is_share_of_whole(noun: &str) -> bool {
    if noun.len() > "相当于".len() && (noun.starts_with("相当于") || noun.starts_with("相當於"))
    {
        return true;
    }
    let mut chars = noun.chars();
    matches!(chars.next(), Some('占' | '佔'))
        && chars
            .next()
            .is_some_and(|c| !matches!(c, '地' | '比' | '有' | '用'))
        && !["比重", "比例", "份额", "份額", "比率"]
            .iter()
            .any(|w| noun.ends_with(w))
}

/// The part that a noun names before the whole it is a share of
/// (`火灾占总数的38.6%` gives 火灾): the verb of sharing and the whole after
/// it are no part of what is measured. A noun that only the share verb
/// would leave empty or of one character is kept whole.
fn before_share_of_whole(noun: String) -> String {
    let at = noun
        .char_indices()
        .skip(1)
        .find(|&(i, c)| matches!(c, '占' | '佔') && is_share_of_whole(&noun[i..]))
        .map(|(i, _)| i)
        .filter(|&i| noun[..i].chars().nth(1).is_some());
    match at {
        // An adverb before the verb (`分別占總戶數`) names no part: the
        // share is said of the subject before it, as with no part at all.
        Some(i) if matches!(&noun[..i], "分别" | "分別" | "各自" | "同样" | "同樣") => {
            noun[i..].to_string()
        }
        // `男生和女生分别占全校学生的51%`: the adverb after the part
        // qualifies the verb, no part of the noun.
        Some(i) => {
            let part = &noun[..i];
            let part = ["分别", "分別", "各自"]
                .iter()
                .find_map(|w| part.strip_suffix(w).filter(|p| p.chars().nth(1).is_some()))
                .unwrap_or(part);
            part.to_string()
        }
        None => noun,
    }
}

/// The verbs of being, reaching and changing to that stand between a
/// subject and the whole it is a multiple or share of.
const MULTIPLE_VERBS: [&str; 20] = [
    "为",
    "為",
    "是",
    "达到",
    "達到",
    "提高到",
    "提高至",
    "提升到",
    "提升至",
    "调整为",
    "調整為",
    "调整到",
    "降至",
    "降到",
    "降低到",
    "降低至",
    "下降到",
    "下降至",
    "相当于",
    "相當於",
];

/// The text before the verb of a clause `X为Y的` that ends `before`
/// (`人均GDP为全国平均水平的`): the subject whose multiple or share of the
/// whole Y the number is. Y is a short phrase with no number, mark or
/// second 的; 为 of 行为, 作为, 认为, 以为 and 成为 is no copula. A clause
/// that opens with the verb (`，相当于地区生产总值的3.17%`) names no
/// subject: the rules of shared nouns give it.
fn subject_of_multiple(before: &str) -> Option<&str> {
    let clause = before.strip_suffix('的')?;
    // Only the last 16 characters of the clause are looked at.
    let from = clause
        .char_indices()
        .rev()
        .take(16)
        .find(|&(_, c)| !is_cjk(c))
        .map(|(i, c)| i + c.len_utf8())
        .or_else(|| clause.char_indices().rev().nth(15).map(|(i, _)| i))
        .unwrap_or(0);
    let (at, verb) = clause[from..]
        .char_indices()
        .rev()
        .skip(1)
        .find_map(|(i, _)| {
            MULTIPLE_VERBS
                .iter()
                .find(|v| clause[from + i..].starts_with(*v))
                .map(|v| (from + i, *v))
        })?;
    let whole = &clause[at + verb.len()..];
    let head = &clause[..at];
    let plain =
        !whole.contains(|c: char| !is_cjk(c) || crate::scan::is_numeral_char(c) || c == '的');
    let copula = !head.ends_with(['行', '作', '认', '認', '以', '成']) || verb.chars().count() > 1;
    (plain && copula && whole.chars().count() <= 12 && !head.is_empty()).then_some(head)
}

/// Whether a 约 after `before` is the last character of a word, no
/// "about": 签约, 公约, 合约, 续约 (a renewed contract: `外籍家庭傭工續約
/// 2.1萬宗`), 节约, 制约, 违约 and the like; but 持续约 is "lasts about".
/// The noun finder and the qualifier before a number both ask it.
pub(crate) fn yue_ends_word(before: &str) -> bool {
    before.ends_with([
        '签', '簽', '公', '合', '预', '預', '节', '節', '制', '相', '邀', '履', '特', '违', '違',
        '解', '条', '條', '规', '規', '续', '續', '契',
    ]) && !before.ends_with("持续")
        && !before.ends_with("持續")
}

/// Whether the trailing verb `v` that ends `s` is rather the last
/// character of a noun: 为 in 行为 (`查处违法行为5678起`), 均 in 人均.
fn ends_word(s: &str, v: &str) -> bool {
    let before = &s[..s.len() - v.len()];
    match v {
        "为" | "為" => before.ends_with('行'),
        // 分 of a score (最高分, 平均分, 总分, 得分) is no part of 分为
        // (divided into): `最高分为703分` is said of 最高分.
        "分为" | "分為" => before.ends_with([
            '高', '低', '总', '總', '均', '得', '积', '積', '评', '評', '满', '滿', '学', '學',
            '比', '考', '线', '線',
        ]),
        // 报 (stands at, of a price: `中间价报7.1元`, or of an index:
        // `深证成指报10326点`) ends a word elsewhere (通报, 上报, 日报).
        "报" | "報" => !before.ends_with(['价', '價', '盘', '盤', '率', '值', '数', '數', '指']),
        // 预期 of 通胀预期, 市场预期 and 心理预期 is what is expected, no
        // "expected to" (`生产总值预期增长5%`).
        "预期" | "預期" => before.ends_with(['胀', '脹', '场', '場', '理']),
        // 均 after the base of an average is no "all" but ends a word
        // (日均, 人均, 户均: `日均约212.5万人次`).
        "均" => before.ends_with([
            '日', '人', '户', '戶', '月', '周', '週', '亩', '畝', '台', '次', '床',
        ]),
        // 增收 after the base of an average (`户均年增收`, `人均增收`) is
        // the gain averaged, which is what is measured.
        "增收" => before.trim_end_matches('年').ends_with('均'),
        // 可 of 许可 and 认可 (a licence, an approval) is no "can".
        "可" => before.ends_with(['许', '許', '认', '認']),
        // 应 of 供应, 反应, 效应, 响应, 适应, 对应 and 相应 (a supply, a
        // reaction, an effect) is no "should": `天然气供应12亿立方米`, while
        // `血压应低于140` is said of 血压.
        "应" | "應" => before.ends_with([
            '供', '反', '效', '响', '響', '适', '適', '对', '對', '相', '感', '回', '呼', '答',
            '顺', '順',
        ]),
        // 约 of 续约, 签约 and 合约 (a contract: `外籍家庭傭工續約2.1萬宗`)
        // is no "about".
        // 持续约 is "lasts about".
        "约" | "約" => yue_ends_word(before),
        // 长 of 时长, 全长 and 身长 (a length: `服务时长达4.5万小时`) is
        // no part of 长达 (as long as); the 达 alone goes.
        "长达" | "長達" => before.ends_with(['时', '時', '全', '总', '總', '身', '体', '體']),
        // 计 of 统计, 会计, 设计 and 估计 ends a word, no "totalling"
        // (`低收入戶計14萬戶`).
        "计" | "計" => before.ends_with([
            '统', '統', '会', '會', '设', '設', '估', '生', '家', '伙', '夥', '诡', '詭', '审',
            '審',
        ]),
        // 近 of 最近 (lately) and 附近 (nearby) is no "nearly".
        "近" => before.ends_with(['最', '附']),
        // 以 of a verb (处以, 予以, 加以, 可以, 难以) is no "at" or "by"
        // (`以約780萬元成交`): what it governs follows.
        "以" => before.ends_with([
            '处', '處', '予', '加', '给', '給', '所', '可', '难', '難', '足', '得', '用', '借',
            '藉',
        ]),
        // 则 of 规则, 原则 and 细则 (rules: `修订规则12条`) is no "whereas"
        // (`水果則下跌約6%`).
        "则" | "則" => before.ends_with([
            '规', '規', '原', '准', '準', '细', '細', '法', '守', '总', '總', '罚', '罰', '通',
        ]),
        // 将 of a rank (少将, 名将) is no "will".
        "将" | "將" => {
            before.ends_with(['少', '中', '上', '大', '名', '老', '主', '猛', '武', '小'])
        }
        _ => false,
    }
}

/// Whether the digits that begin `s` are followed by 强, naming a ranking
/// list (`世界500强企业`, `全国100强县`), by a span of time that names a
/// circle (`15分钟健身圈`), or by 号线 or 号楼, the number of a metro line
/// or a building (`地铁2号线一期工程全长`, `3号楼居民`): they belong to the
/// noun, which without them would open with 号.
fn names_ranking(s: &str) -> bool {
    let rest = s.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.starts_with(['强', '強'])
        || ["号线", "號線", "号楼", "號樓"]
            .iter()
            .any(|w| rest.starts_with(w))
        || ["分钟", "分鐘", "小时", "小時"]
            .iter()
            .find_map(|u| rest.strip_prefix(u))
            .is_some_and(crate::filter::names_circle)
}

/// Whether the verb that begins at byte `i` of `rest`, with the character
/// `c`, lies inside one of the nouns that hold a verb (`NOUNS_WITH_VERBS`):
/// 动员 in 运动员, 服务 in 服务中心.
///
/// A noun can hold the verb only at a place where it holds `c`, so only the
/// few places listed under `c` are tried: trying every place of every noun,
/// as `verb_in_noun_reference` does, compared about a hundred pieces of
/// text for each verb that ends a noun after a classifier.
fn verb_in_noun(t: &Tables, rest: &str, i: usize, c: char) -> bool {
    t.verb_nouns
        .get(c)
        .iter()
        .any(|&(w, k)| rest[..i].ends_with(&w[..k]) && rest[i..].starts_with(&w[k..]))
}

/// Whether `s` begins with one of the nouns that hold a verb
/// (`NOUNS_WITH_VERBS`): the verb that opens it is no verb then
/// (`建成区绿化覆盖率` keeps its 建成). Asked only where a verb was found.
fn opens_verb_noun(s: &str) -> bool {
    NOUNS_WITH_VERBS.iter().any(|w| s.starts_with(w))
}

/// `verb_in_noun` as it reads plainly, every place of every noun tried.
#[cfg(test)]
fn verb_in_noun_reference(rest: &str, i: usize) -> bool {
    NOUNS_WITH_VERBS.iter().any(|w| {
        w.char_indices()
            .any(|(k, _)| rest[..i].ends_with(&w[..k]) && rest[i..].starts_with(&w[k..]))
    })
}

/// Whether the character `c`, followed by `rest`, begins a numeral of two
/// characters or more (`二十多万人`, `十余万`): the next fact, which ends
/// the noun of this one (`80岁以上高龄老人二十多万人`). A numeral of one
/// character stays inside words (三甲医院, 一线). A digit before 是 begins
/// the next item of a list (`重点抓好五个方面⏎一是扩大有效投资`), which
/// a headline without punctuation runs into: it ends the noun too.
fn begins_number(c: char, rest: &str) -> bool {
    crate::scan::is_numeral_char(c)
        && !c.is_ascii_digit()
        && rest.chars().next().is_some_and(|n| {
            (crate::scan::is_numeral_char(n) && !n.is_ascii_digit())
                || matches!(n, '余' | '餘' | '多' | '几' | '幾')
                || (n == '是'
                    && matches!(
                        c,
                        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
                    ))
        })
}

/// What a date leaves at the start of the phrase after it (`2023年末`,
/// `4月份`, the 度 of a financial year `2024/25年度` that is read as no
/// date), which is no part of the noun: trimmed when the date is the
/// fact before (`find`) and when the walk back stops at it.
const DATE_TAILS: [char; 5] = ['末', '底', '初', '份', '度'];

/// What is left of a noun before a number once the date and comparison
/// words around it go: the 末 of `2023年末全市常住人口` (the walk stops at
/// the date's 年), and a comparison inside it (`网上零售额比去年同期`), which
/// ends the noun there. `after_date` tells whether the phrase follows a
/// year or month.
fn without_dates_and_comparisons(noun: &str, after_date: bool) -> &str {
    let mut noun = noun;
    if after_date {
        noun = noun.trim_start_matches(DATE_TAILS);
    }
    // The 期 of a tenor that the walk left behind (`1年期贷款市场报价利率`,
    // `5年期以上LPR`, `7天期逆回购`) is no part of the noun, nor is the
    // 以上 after it; 期货, 期末 and 期间 are words.
    // The base of a rate before the noun (`每万人口发明专利拥有量`,
    // `每千人口执业医师`) is no part of it.
    if let Some(rest) = noun.strip_prefix('每') {
        if let Some(i) = rest.find("人口").filter(|&i| i <= 9) {
            if rest.len() > i + "人口".len() {
                noun = &rest[i + "人口".len()..];
            }
        }
    }
    let tenor = ["天期", "年期", "个月期", "個月期"]
        .into_iter()
        .find_map(|w| {
            noun.strip_prefix(w)
                .map(|r| &noun[noun.len() - r.len() - '期'.len_utf8()..])
        });
    if let Some(rest) = tenor.unwrap_or(noun).strip_prefix('期') {
        if !rest.starts_with(['货', '貨', '末', '初', '间', '間', '限', '刊', '满', '滿'])
        {
            noun = rest
                .strip_prefix("以上")
                .or_else(|| rest.strip_prefix("以下"))
                .unwrap_or(rest);
        }
    }
    // Most nouns hold none of the comparison characters, which their last
    // bytes (94 for 比, 83 for 较 and 較) rule out without decoding.
    let b = noun.as_bytes();
    let holds_comparison = memchr::memchr2_iter(0x94, 0x83, b)
        .any(|i| i >= 2 && matches!(b[i - 2..=i], [0xE6, 0xAF, 0x94] | [0xE8, 0xBE | 0xBC, 0x83]));
    // The base may be a past period or the usual level (`比上年`, `较同期`,
    // `较平日`, `比往年`): the noun ends before the comparison.
    if holds_comparison {
        let cut = noun.char_indices().skip(1).find(|&(i, c)| {
            matches!(c, '比' | '较' | '較')
                && noun[i + c.len_utf8()..]
                    .starts_with(['上', '去', '前', '同', '常', '今', '平', '往'])
        });
        if let Some((i, _)) = cut {
            noun = &noun[..i];
        }
    }
    noun
}

/// The words that open a comparison (`比上年末`, `较同期`, `按年`), which is
/// no noun. The optimised finder asks only when the first character is one
/// that opens them (比 较 較 同 环 按).
const COMPARISONS: [&str; 23] = [
    "比上",
    "比去",
    "比年",
    "比同期",
    "较上",
    "较前",
    "较同",
    "较正常",
    "较去",
    "较年",
    "較上",
    "較前",
    "較同",
    "較正常",
    "較去",
    "同月",
    "同期",
    "同比",
    "环比",
    "按年",
    "按周",
    "按週",
    "比正常",
];

/// The noun after a 共 that stands before a leading verb inside it
/// (`东湖分局共破获电信网络诈骗案件` gives 破获电信网络诈骗案件, whose verb
/// then goes): what comes before 共 is the agent, not the thing counted.
fn after_total(noun: &str, leads_verb: impl Fn(&str) -> bool) -> &str {
    match rfind_ideograph(noun, '共') {
        Some(p) if p > 0 && leads_verb(&noun[p + '共'.len_utf8()..]) => {
            &noun[p + '共'.len_utf8()..]
        }
        _ => noun,
    }
}

/// The noun after the last verb of action inside it that leaves a noun of
/// two characters or more (`新北市政府派出警力` gives 警力, `现场组织志愿者`
/// 志愿者), or after the 被 of the passive (`该企业因违法排污被罚款` gives
/// 罚款): what comes before such a verb is its agent, place or time, not
/// the thing counted. A verb that opens the phrase is left to the
/// leading verbs, and one inside a noun that holds it (`全市建成区`) or a
/// 被 that opens a noun of law (`被告人`) is no verb.
fn after_action_verb<'n>(t: &Tables, noun: &'n str) -> &'n str {
    // A comparison (`較去年進步`) is no phrase of an agent and its verb:
    // it is left whole, for the test that rules comparisons out.
    if noun.starts_with(['比', '较', '較']) {
        return noun;
    }
    let b = noun.as_bytes();
    let mut cut = None;
    // The first character is passed over: a verb there opens the phrase.
    let mut i = first_char(noun).map_or(b.len(), char::len_utf8);
    while i < b.len() {
        // Most characters are ideographs of three bytes that begin no verb
        // of action and are no 被: a bit test on the code point assembled
        // from their bytes tells, without decoding a `char` or looking up
        // its list.
        if let &[b0, b1, b2, ..] = &b[i..] {
            if three_byte_code(b0, b1, b2).is_some_and(|v| !t.action_firsts.contains_code(v)) {
                i += 3;
                continue;
            }
        }
        let rest = &noun[i..];
        let Some(c) = first_char(rest) else {
            break;
        };
        if let Some(v) = action_verb_at(t, rest, c) {
            // A verb before 量 or 率 names the statistic of its action
            // (`景区接待量占比`), which it is part of.
            if rest[v.len()..].chars().nth(1).is_some()
                && !rest[v.len()..].starts_with(['量', '率'])
                && !verb_in_noun(t, noun, i, c)
            {
                cut = Some(i + v.len());
            }
        }
        i += c.len_utf8();
    }
    cut.map_or(noun, |i| &noun[i..])
}

/// The verb of action, or the 被 of the passive, that `rest` begins with,
/// whose first character is `c`.
fn action_verb_at(t: &Tables, rest: &str, c: char) -> Option<&'static str> {
    if c == '被' {
        Some("被").filter(|_| !passive_in_noun(rest))
    } else {
        t.actions
            .get(c)
            .iter()
            .copied()
            .find(|v| begins_with(rest, v))
    }
}

/// `after_action_verb` as it reads plainly, character by character, for
/// the reference reading.
#[cfg(test)]
fn after_action_verb_reference<'n>(t: &Tables, noun: &'n str) -> &'n str {
    if noun.starts_with(['比', '较', '較']) {
        return noun;
    }
    let mut cut = None;
    for (i, c) in noun.char_indices().skip(1) {
        let rest = &noun[i..];
        if let Some(v) = action_verb_at(t, rest, c) {
            if rest[v.len()..].chars().nth(1).is_some()
                && !rest[v.len()..].starts_with(['量', '率'])
                && !verb_in_noun_reference(noun, i)
            {
                cut = Some(i + v.len());
            }
        }
    }
    cut.map_or(noun, |i| &noun[i..])
}

/// Whether the function word `c`, followed by `next`, is rather the first
/// character of a word (中心, 中学, 在校, 在建).
fn begins_word(c: char, next: Option<char>) -> bool {
    let Some(n) = next else {
        return false;
    };
    match c {
        // 中等, 中考: 中等职业学校, 中考报考人数.
        '中' => matches!(
            n,
            '心' | '学'
                | '等'
                | '考'
                | '國'
                | '国'
                | '央'
                | '小'
                | '层'
                | '層'
                | '部'
                | '华'
                | '華'
                | '型'
                | '期'
                | '级'
                | '級'
                | '医'
                | '醫'
                | '药'
                | '藥'
                | '外'
                | '文'
                | '共'
                | '職'
                | '职'
                | '间'
                | '間'
                | '欧'
                | '歐'
                // 中古屋 and 中古车: second-hand homes and cars.
                | '古'
                // 中原, of names (`中原城市領先指數`).
                | '原'
                // 中长期, of loans and plans (`制造业中长期贷款余额`); after
                // 其 the 中 is "among", and the leading verb 其中 goes.
                | '长'
                | '長'
                // 中选 and 中标, won in a tender (`集中带量采购中选药品`).
                | '选'
                | '選'
                | '标'
                | '標'
        ),
        // 从业人员 (people in work), not "from the trade".
        '从' | '從' => matches!(n, '业' | '業'),
        '在' => matches!(
            n,
            '校' | '用'
                | '轨'
                | '軌'
                | '职'
                | '職'
                | '岗'
                | '崗'
                | '建'
                | '线'
                | '線'
                | '编'
                | '編'
                | '押'
                | '逃'
                | '册'
                | '冊'
                | '站'
                | '园'
                | '園'
                | '读'
                | '讀'
                | '院'
                | '网'
                | '網'
                | '售'
        ),
        // 按揭, 按摩, 按钮: a word, not "according to" (`驾驶人按区域分配`).
        '按' => matches!(n, '揭' | '摩' | '钮' | '鈕' | '键' | '鍵'),
        // 及以上, 及以下: a bound inside the noun (`Ⅲ类及以上水质断面比例`),
        // not the conjunction.
        '及' => n == '以',
        // 对数, 对外, 对象, 对手: a word, not the preposition (`结婚对数6万对`).
        '对' | '對' => matches!(n, '数' | '數' | '外' | '象' | '手'),
        // 未成年人, 未婚, 未来, 未就业 and 未达标: a word or a noun's
        // modifier, not the "not yet" that opens the predicate
        // (`连续第10年未发生较大事故`).
        '未' => matches!(
            n,
            '成' | '婚'
                | '来'
                | '來'
                | '满'
                | '滿'
                | '就'
                | '达'
                | '達'
                | '参'
                | '參'
                | '脱'
                | '脫'
                | '知'
        ),
        _ => false,
    }
}

/// Whether the 中 `c` that begins `s` opens a word of the median: 中位数,
/// 中位值, 中位线, 中位收入, 中位年龄 and 中位生存期 (`月工作收入中位數`,
/// `患者中位生存期`), though 中位 alone is none (`在全省城市中位列第3`).
fn opens_median(c: char, s: &str) -> bool {
    c == '中'
        && s.strip_prefix("中位").is_some_and(|rest| {
            rest.starts_with(['数', '數', '值', '线', '線'])
                || rest.starts_with("生存")
                || rest.starts_with("年龄")
                || rest.starts_with("年齡")
                || rest.starts_with("收入")
        })
}

/// Whether the function word `c`, followed by `next`, is rather the first
/// character of a word in a noun after a number: as `begins_word` tells,
/// and 内 of 内存, 内容 and 内部 (`12GB内存`), which after a number is
/// otherwise "within" (`3天内`).
fn begins_word_after(c: char, next: Option<char>) -> bool {
    match c {
        '内' | '內' => matches!(next, Some('存' | '容' | '部')),
        _ => begins_word(c, next),
    }
}

/// Whether the function word `c`, after `prev` and before `next`, is
/// rather a character inside a word (参与, 參與: `勞動力參與率`): 中 of 高中,
/// 初中, 集中, 大中 and 卒中 (a stroke: `普通高中1.54万所`, `70个大中城市`,
/// `卒中中心`), never "among"
/// after these, and 的 of 标的额 and 标的物 (`诉讼标的额为2.6亿元`), where
/// 的 is no particle (but it is one in 指标的 and 项目的).
fn ends_function_word(prev: Option<char>, c: char, next: Option<char>) -> bool {
    (matches!(c, '与' | '與') && matches!(prev, Some('参' | '參')))
        || (c == '及' && (prev == Some('普') || next == Some('格')))
        || (c == '中' && matches!(prev, Some('高' | '初' | '集' | '大' | '卒')))
        || (c == '的'
            && matches!(prev, Some('标' | '標'))
            && matches!(next, Some('额' | '額' | '物')))
        // 地 of 耕地, 土地, 用地, 荒地 and 工地 is ground, no adverbial
        // particle (`九成的耕地`, `486个建筑工地`); 将 of 小将 and 老将 a general, no "will"; 后 of
        // 季后赛 no "after".
        || (c == '地'
            && matches!(
                prev,
                Some(
                    '耕' | '土'
                        | '用'
                        | '场'
                        | '場'
                        | '基'
                        | '林'
                        | '草'
                        | '湿'
                        | '濕'
                        | '绿'
                        | '綠'
                        | '营'
                        | '營'
                        | '陆'
                        | '陸'
                        | '山'
                        | '园'
                        | '園'
                        | '荒'
                        | '菜'
                        | '空'
                        | '旱'
                        | '田'
                        | '农'
                        | '農'
                        | '坡'
                        | '洼'
                        | '窪'
                        | '盆'
                        | '宅'
                        | '墓'
                        | '腹'
                        | '工'
                        | '产'
                        | '產'
                        | '属'
                        | '屬'
                        | '阵'
                        | '陣'
                        | '驻'
                        | '駐'
                        | '内'
                        | '內'
                        | '异'
                        | '異'
                )
            ))
        || (matches!(c, '将' | '將')
            && matches!(prev, Some('小' | '老' | '名' | '大' | '主' | '猛' | '武')))
        || (matches!(c, '后' | '後') && prev == Some('季'))
        // 间 of 夜间, 晚间, 田间, 民间, 空间, 车间, 房间 and 时间 is part of
        // the word, no "among" (`8个夜间文旅消费集聚区`).
        || (matches!(c, '间' | '間')
            && matches!(
                prev,
                Some('夜' | '晚' | '田' | '民' | '空' | '车' | '車' | '房' | '时' | '時')
            ))
        // 地 that opens the phrase follows no adverb, so it is no adverbial
        // particle but a word of its own (地区, 地方, 地块: `18个国家和地区`).
        || (c == '地' && prev.is_none())
        // 比 of 比例, 比重 and 比率 is no comparison.
        || (c == '比' && matches!(next, Some('例' | '重' | '率')))
        // 就 of 未就业 and 达 of 未达标 (`3200名未就业高校毕业生`) are no
        // "then" and no "reach", but the verb that 未 makes a modifier.
        || (matches!(c, '就' | '达' | '達') && prev == Some('未'))
        // 向 of 北向资金 and 南向资金 (the money flowing through the stock
        // connects) is a direction, no "towards".
        || (c == '向' && matches!(prev, Some('北' | '南')))
        // 才 of 人才 (talent: `设立1亿元人才发展基金`) is no "only then".
        || (c == '才' && prev == Some('人'))
}

/// Whether `rest` begins with a Latin name, letters after digits or none
/// (`52家A级旅游景区`, `3家5A级景区`, `10个5G基站`): part of the noun after a
/// classifier, as it is of one before a number (GDP, AED).
fn latin_name_at(rest: &str) -> bool {
    rest.trim_start_matches(|c: char| c.is_ascii_digit())
        .starts_with(|c: char| c.is_ascii_alphabetic())
}

/// Whether the 被 that begins `rest` opens a noun of law or insurance
/// (`137名被告人`, `1862名失信被执行人`), not the passive voice that ends
/// the noun after a classifier (`3人被困`).
fn passive_in_noun(rest: &str) -> bool {
    NOUNS_WITH_BEI.iter().any(|w| rest.starts_with(w))
}

/// The noun phrase that ends `before`, with the nouns coordinated with it
/// (`coordinated`). A noun that holds the verb it opens with (`生产和供应业`)
/// opens with no verb.
fn noun_before(t: &Tables, before: &str) -> Option<String> {
    coordinated(before, &|b: &str| noun_before_one(t, b), &|w: &str| {
        first_char(w).is_some_and(|c| {
            (t.starts_verb(c, w) && !t.opens_verb_noun(w, c)) || action_verb_at(t, w, c).is_some()
        })
    })
    .filter(|n| !is_pronoun(n))
}

/// Whether `noun` is a personal pronoun (`他14岁进入省体校`): the person
/// is the subject of the clause, not a thing counted or measured.
fn is_pronoun(noun: &str) -> bool {
    matches!(
        noun,
        "他" | "她"
            | "它"
            | "我"
            | "你"
            | "他们"
            | "她们"
            | "我们"
            | "你们"
            | "他們"
            | "她們"
            | "我們"
            | "你們"
            | "咱们"
            | "咱們"
    )
}

/// The longest coordination of nouns we report, in characters: the names
/// of industries in statistical tables (`电力、热力、燃气及水生产和供应业`)
/// are longer than a single noun.
const MAX_COORDINATION: usize = 20;

/// The noun that `one` finds at the end of `before`, with the nouns
/// coordinated with it by 和, 及, 以及, 与 or 、 (`执业医师和执业助理医师`,
/// `交通运输、仓储和邮政业`, `小麦及玉米播种面积`): a statistic of the
/// coordination counts or measures them together, and the last noun alone
/// would name only a part. The noun before the conjunction joins only when
/// it ends right there, whole (no verb or date was taken off its end), and
/// when the noun after the conjunction opens with no verb (`opens_verb`):
/// then the conjunction joins two clauses or actions (`推动产业升级和新增
/// 就业`), not two things.
fn coordinated<'a>(
    before: &'a str,
    one: &dyn Fn(&'a str) -> Option<&'a str>,
    opens_verb: &dyn Fn(&str) -> bool,
) -> Option<String> {
    let right = one(before)?;
    // The noun is a piece of the text: what stands before it is looked at
    // for a conjunction.
    let Some(at) = offset_in(before, right) else {
        return Some(right.to_string());
    };
    let head = &before[..at];
    let Some((i, conj)) = last_char(head) else {
        return Some(right.to_string());
    };
    if !matches!(conj, '和' | '及' | '与' | '與' | '、') || opens_verb(right) {
        return Some(right.to_string());
    }
    // The 及 of a verb (惠及, 涉及, 普及) and the 与 of 参与 join nothing
    // (`新计划惠及农村学生` counts 农村学生).
    let verb_tail = match conj {
        '及' => "惠涉波普顾顧危企提论論触觸遍殃旁",
        '与' | '與' => "参參",
        _ => "",
    };
    if head[..i]
        .chars()
        .next_back()
        .is_some_and(|p| verb_tail.contains(p))
    {
        return Some(right.to_string());
    }
    // 以及 is one conjunction.
    let i = if conj == '及' {
        head[..i].strip_suffix('以').map_or(i, str::len)
    } else {
        i
    };
    let rest = &head[..i];
    let joined = coordinated(rest, one, opens_verb)
        .filter(|left| rest.ends_with(left.as_str()) && !opens_verb(left))
        // A single character joins only in a list (`农、林、牧、渔业`), and
        // a numeral before 、 marks an item of a list (`七、`).
        .filter(|left| conj == '、' || longer_than_one_char(left))
        .filter(|left| !left.chars().all(crate::scan::is_numeral_char))
        .map(|left| format!("{left}{}{right}", &head[i..]))
        .filter(|w| w.chars().count() <= MAX_COORDINATION);
    Some(joined.unwrap_or_else(|| right.to_string()))
}

/// Where `inner`, a piece of `outer`, begins in it; `None` for a text that
/// is not a piece of `outer`.
fn offset_in(outer: &str, inner: &str) -> Option<usize> {
    let at = (inner.as_ptr() as usize).checked_sub(outer.as_ptr() as usize)?;
    (at + inner.len() <= outer.len()).then_some(at)
}

/// The noun after the last 有 (there is, has) inside `noun` that is a verb
/// of its own (`全区有党员`, `全市有A级景区`): what comes before it is the
/// place or the owner, not the thing counted. A 有 that ends a word
/// (国有, 所有, 持有) or begins one (有效, 有机, 有线, 有色, 有害) stays,
/// and so does one with nothing after it.
fn after_bare_having(noun: &str) -> &str {
    let mut end = noun.len();
    while let Some(at) = rfind_ideograph(&noun[..end], '有') {
        if bare_having_at(noun, at) {
            return &noun[at + '有'.len_utf8()..];
        }
        end = at;
    }
    noun
}

/// Whether the 有 at byte `at` of `noun` is the verb of having, no
/// character of a word around it.
fn bare_having_at(noun: &str, at: usize) -> bool {
    let prev = noun[..at].chars().next_back();
    let mut next = noun[at + '有'.len_utf8()..].chars();
    let (n1, n2) = (next.next(), next.next());
    let ends_word = matches!(
        prev,
        Some(
            '国' | '國'
                | '所'
                | '持'
                | '私'
                | '公'
                | '稀'
                | '专'
                | '專'
                | '固'
                | '特'
                | '占'
                | '佔'
                | '保'
                | '含'
                | '自'
                | '原'
                | '没'
                | '沒'
                | '享'
                | '具'
                | '既'
                | '富'
                | '唯'
                | '惟'
        )
    );
    let begins_word = match n1 {
        // 有限额 is "there are … above the quota" (`有限额以上企业`), 有限
        // (limited) elsewhere.
        Some('限') => !matches!(n2, Some('额' | '額')),
        Some(c) => matches!(
            c,
            '效' | '机'
                | '機'
                | '线'
                | '線'
                | '色'
                | '害'
                | '偿'
                | '償'
                | '关'
                | '關'
                | '奖'
                | '獎'
                | '毒'
                | '轨'
                | '軌'
                | '氧'
                | '形'
                | '声'
                | '聲'
                | '价'
                | '價'
                | '源'
                | '功'
                | '期'
                | '益'
                | '利'
                | '息'
                | '证'
                | '證'
                | '照'
                | '序'
                | '所'
                | '的'
                | '些'
                | '望'
                // 拥有量, 持有量 and 占有率 are nouns.
                | '量'
                | '率'
                | '点'
                | '點'
        ),
        None => true,
    };
    !ends_word && !begins_word
}

/// Whether `noun` is or ends with a demonstrative (`这两三天`, `忙了这两三天`,
/// `那3个`), which points at the thing the number counts without naming
/// it: a demonstrative stands before its noun, never at the end of one.
fn is_demonstrative(noun: &str) -> bool {
    noun.ends_with(['这', '這', '那', '该', '該', '此'])
        || matches!(noun, "其" | "这些" | "這些" | "那些")
}

/// The byte where the last `MAX_NOUN` characters of `noun` begin, if it
/// has as many, a parenthesis inside it (`paren_in_noun`) counted as one:
/// a gloss (`细颗粒物（PM2.5）年平均浓度`) adds no length to the noun it
/// glosses.
fn length_cut(noun: &str) -> Option<usize> {
    let mut end = noun.len();
    let mut units = 0;
    while let Some((i, c)) = last_char(&noun[..end]) {
        end = if matches!(c, '）' | ')') {
            paren_in_noun(noun, end).unwrap_or(i)
        } else {
            i
        };
        units += 1;
        if units == MAX_NOUN {
            return Some(end);
        }
    }
    None
}

/// The byte where the parenthesis that closes right before byte `end` of
/// `s` opens, when it stands inside a noun: an ideograph before it, a short
/// name or gloss of letters, digits or ideographs in it (`（M2）`,
/// `（PM2.5）`, `（助理）`).
fn paren_in_noun(s: &str, end: usize) -> Option<usize> {
    let head = &s[..end];
    let inner = head.strip_suffix(['）', ')'])?;
    let open = inner.rfind(['（', '('])?;
    let gloss = &inner[open + inner[open..].chars().next()?.len_utf8()..];
    let fits = (1..=8).contains(&gloss.chars().count())
        && gloss
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '&') || is_cjk(c));
    let after_word = inner[..open].chars().next_back().is_some_and(is_cjk);
    (fits && after_word).then_some(open)
}

/// The noun phrase that ends `before`, without the verbs that introduce the
/// number and without a parenthesis around it (`总人口（14.1 亿人）`) or
/// before it (`生产总值（GDP）5826.43亿元`).
fn noun_before_one<'a>(t: &Tables, before: &'a str) -> Option<&'a str> {
    // An aspect particle right before the number (`已经签了 16 户`) makes
    // what precedes it a verb phrase, not the thing counted.
    if before.ends_with(['了', '过', '過', '着', '著']) {
        return None;
    }
    // Only the last few dozen characters can hold the noun; looking at no
    // more keeps the cost per fact constant in long sentences. A text of
    // no more bytes than that has no more characters either, and most
    // longer ones have no more characters either, which counting them (a
    // word at a time) tells sooner than decoding them one by one backwards.
    let window = if before.len() <= 3 * LOOK_BACK || before.chars().count() <= 3 * LOOK_BACK + 1 {
        0
    } else {
        before
            .char_indices()
            .rev()
            .nth(3 * LOOK_BACK)
            .map_or(0, |(i, _)| i)
    };
    let mut s = &before[window..];
    // Strip what ends the text, again and again: opening parentheses, a
    // parenthesis with what it holds, a verb. The last character alone
    // tells which of them can apply, so it is decoded once a round.
    while let Some((_, last)) = last_char(s) {
        match last {
            '（' | '(' => s = s.trim_end_matches(['（', '(']),
            // Only an opening parenthesis in the last 24 bytes counts, so
            // only they are searched.
            '）' | ')' => match last_open_paren(s.as_bytes(), s.len() - last.len_utf8()) {
                Some(open) => s = &s[..open],
                None => break,
            },
            // The longest verb first, so that 比上年 goes whole and 上年 does
            // not leave 比 behind.
            _ => match t.trailing_verb(s, last) {
                Some(v) => s = &s[..s.len() - v.len()],
                None => break,
            },
        }
    }
    // Walk back from the end, one character at a time, to the start of the
    // phrase: it is `s[begin..]`, of `n` characters.
    let bytes = s.as_bytes();
    let mut begin = s.len();
    let mut n = 0;
    // The verbs of having (`HAVING`) the phrase holds, one bit each.
    let mut having = 0u16;
    let plain = &t.plain_before;
    'walk: while begin > 0 {
        // Most characters are ideographs of three bytes that are no stop,
        // no mark and no word of their own: they join the phrase, until it
        // is long enough, after a test of one bit, in a loop of their own.
        while let Some(&[b0, b1, b2]) = bytes.get(begin.wrapping_sub(3)..begin) {
            if !three_byte_code(b0, b1, b2).is_some_and(|v| plain.contains_code(v)) {
                break;
            }
            if n >= LOOK_BACK {
                break 'walk;
            }
            begin -= 3;
            n += 1;
        }
        // A parenthesis inside the noun (`广义货币（M2）余额`,
        // `细颗粒物（PM2.5）年平均浓度`) is part of it: the walk goes on
        // before it.
        if n > 0 {
            // It counts as one character, as in `length_cut`.
            if let Some(open) = paren_in_noun(s, begin) {
                n += 1;
                begin = open;
                continue;
            }
        }
        let head = &bytes[..begin];
        // Most phrases end at punctuation, which is neither an ideograph
        // nor a quotation mark, nor a Latin letter or digit: such a
        // character is a stop and no date mark, multiplier or word,
        // whatever surrounds it.
        if let &[.., b0, b1, b2] = head {
            if three_byte_code(b0, b1, b2).is_some_and(|v| {
                !char::from_u32(v).is_some_and(|c| is_cjk(c) || is_quote(c) || is_roman(c))
            }) {
                break;
            }
        }
        if head
            .last()
            .is_some_and(|b| b.is_ascii() && !b.is_ascii_alphanumeric())
        {
            // The decimal point of a Latin name (`PM2.5浓度`) is in it,
            // and so is its hyphen (`COVID-19病例`).
            if (head.last() == Some(&b'.') && name_point(s, begin - 1))
                || (head.last() == Some(&b'-') && name_hyphen(s, begin - 1))
            {
                begin -= 1;
                n += 1;
                continue;
            }
            break;
        }
        let Some((i, c)) = last_char(&s[..begin]) else {
            break;
        };
        // The character after `c`: the last one taken, if any.
        let right = first_char(&s[begin..]);
        // 年, 月 and 日 end a noun only as part of a date (`2023年GDP`),
        // not inside a word (`贷款年限`); 万 only as part of a number.
        let date_mark = matches!(c, '年' | '月' | '日');
        let multiplier = matches!(c, '万' | '萬' | '亿' | '億' | '千' | '百');
        // Asked only of those marks, which are rare.
        // The digits of a Latin name are no number (`PM2.5年均浓度`).
        let after_number = || {
            s[..i].chars().next_back().is_some_and(|p| {
                if p.is_ascii_digit() {
                    !after_latin(&s[..i])
                } else {
                    crate::scan::is_numeral_char(p)
                }
            })
        };
        // 中 and 在 end a phrase as words (`在全国…中排名`), not inside
        // one (中心, 中学, 在校).
        if begins_word(c, right) || opens_median(c, &s[i..]) {
            begin = i;
            n += 1;
            continue;
        }
        // A digit that begins a Latin name (5G) belongs to it, and so do
        // the digits of a ranking list's name (世界500强).
        if c.is_ascii_digit()
            && (right.is_some_and(|r: char| r.is_ascii_alphabetic())
                || after_latin(&s[..i])
                || names_ranking(&s[i..]))
        {
            begin = i;
            n += 1;
            continue;
        }
        if n >= LOOK_BACK
            || (t.stops_before(c)
                && !date_mark
                && !ends_function_word(s[..i].chars().next_back(), c, right))
            || ((date_mark || multiplier) && after_number())
        {
            break;
        }
        having |= right.map_or(0, |r| having_bit(c, r));
        begin = i;
        n += 1;
    }
    // The characters a quotation taken whole adds count towards the
    // length, and the verbs of having among them are noted as the walk
    // notes them.
    let opened = quote_opened_before(s, begin);
    let n_walked = n;
    let n = n + s[opened..begin].chars().count();
    let added = &s[opened..];
    for (c, next) in added.chars().zip(added.chars().skip(1)).take(n - n_walked) {
        having |= having_bit(c, next);
    }
    let begin = opened;
    let mut digits = s.as_bytes()[begin..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    // Digits before a Latin letter are part of a name (`5G用户`), and so
    // are those of a name with a number (`15分钟健身圈`).
    if s.as_bytes()
        .get(begin + digits)
        .is_some_and(|b| b.is_ascii_alphabetic())
        || (digits > 0 && names_ranking(&s[begin..]))
    {
        digits = 0;
    }
    let after_date = s[..begin].ends_with(['年', '月']);
    let mut noun = without_dates_and_comparisons(trim_quotes(&s[begin + digits..]), after_date);
    // A verb of having or totalling inside the phrase (`全国共有5G基站`)
    // separates the place or time from the noun. The walk above noted
    // which ones the phrase holds: the noun holds the same ones, as
    // trimming took only digits and quotation marks, and cutting before
    // one leaves those after it. The others would not cut.
    while having != 0 {
        // The verbs in the order of `HAVING`, lowest bit first.
        let verb = HAVING[having.trailing_zeros() as usize];
        having &= having - 1;
        // A window of a few dozen bytes: a plain scan beats setting up a
        // substring searcher for each verb.
        let at = (0..noun.len())
            .rev()
            .find(|&i| noun.is_char_boundary(i) && noun[i..].starts_with(verb));
        if let Some(at) = at {
            // 拥有量 and 现有率 are nouns (`每万人口发明专利拥有量`).
            if noun.len() > at + verb.len() && !noun[at + verb.len()..].starts_with(['量', '率'])
            {
                noun = &noun[at + verb.len()..];
            }
        }
    }
    noun = after_bare_having(noun);
    noun = after_total(noun, |rest| {
        first_char(rest).is_some_and(|f| t.leading_verb(rest, f).is_some())
    });
    noun = after_action_verb(t, noun);
    noun = after_unbalanced_close(noun);
    // The checks below start from the first character of the noun, which
    // is decoded once for all of them; an empty noun is none.
    let mut first = first_char(noun)?;
    // A verb opening the phrase governs the noun, it is not part of it; the
    // longest verb goes, as long as a noun of two characters remains.
    while let Some(v) = t.leading_verb(noun, first) {
        noun = after_joined_verb(&noun[v.len()..], |rest| {
            first_char(rest).is_some_and(|f| t.leading_verb(rest, f).is_some())
        });
        first = first_char(noun)?;
    }
    noun = after_quoted_list(noun);
    first = first_char(noun)?;
    if matches!(first, '已' | '将' | '將') || rfind_ideograph(noun, '已').is_some() {
        noun = after_done(noun, |rest, c| {
            t.verbs
                .get(c)
                .iter()
                .chain(t.actions.get(c))
                .copied()
                .filter(|v| v.len() > c.len_utf8() && begins_with(rest, v))
                .max_by_key(|v| v.len())
        });
        first = first_char(noun)?;
    }
    // `向对方索要5000元`, `本学期开展4次`: a phrase that still ends with a
    // verb of action is who, where or when and what was done, and names
    // nothing counted.
    if ends_with_action_verb(t, noun) {
        return None;
    }
    // A comparison (`比上年末`) is no noun.
    if (matches!(first, '比' | '较' | '較' | '同' | '环' | '按')
        && COMPARISONS.iter().any(|w| noun.starts_with(w)))
        // The 比 that the verbs after it leave (`比上年增加4万家`); a 较
        // left alone is a trailing verb, which `is_verb` tells.
        || noun == "比"
        || opens_comparison(noun, first)
        // 培训 alone is the training held (`组织各类培训260余场`), though
        // it governs the noun after it (`培训农民4300多人次`).
        || (t.is_verb(noun, first) && !matches!(noun, "培训" | "培訓"))
        // A word of scope alone (`本市`) says where, not what.
        || t.scopes.get(first).contains(&noun)
        || is_after_clause(noun)
        || pulls_growth(noun)
        // `相当于一名成年人全身血量的3倍`: what a number amounts to is the
        // base it is compared with, not what it measures.
        || noun.starts_with("相当于")
        || noun.starts_with("相當於")
        // `由三年前的不足六成`: 前 or 后 left alone after a span of time
        // makes it a point in time, which names nothing counted.
        || matches!(noun, "前" | "后" | "後")
    {
        return None;
    }
    // Most nouns begin with an ideograph, which names them.
    let mut named = is_cjk(first) || first.is_ascii_alphabetic();
    // The noun lies within the `n` characters taken, so only a longer walk
    // can have made it too long; but a parenthesis the walk counted as one
    // character may count as several once the words before it are gone
    // (`索要（…）`), so a noun that holds one is measured again. So is one
    // that holds only its opening half: a comparison inside the parenthesis
    // cut the rest (`生产总值GDP已比(GDP主要比上年)`), and what was one
    // character to the walk counts one for each that is left.
    // Most nouns hold no parenthesis at all: a search for the bytes that
    // begin one (`(`, `)`, and EF, the lead byte of `（` and `）`) tells
    // without decoding the characters.
    let paren = memchr::memchr3(b'(', b')', 0xEF, noun.as_bytes()).is_some()
        && noun.contains(['）', ')', '（', '(']);
    if n > MAX_NOUN || paren {
        if let Some(cut) = length_cut(noun) {
            noun = cut_for_length(noun, cut);
            named = false;
        }
    }
    let named = named || noun.chars().any(|c| is_cjk(c) || c.is_ascii_alphabetic());
    (named && !noun.is_empty() && !is_demonstrative(noun)).then_some(noun)
}

/// Where the phrase `s[begin..]` begins once a quotation it closes is
/// taken whole: a walk that stopped inside quotation marks (at the 对 of
/// `开展“银企对接”活动`) would leave half a name (`接”活动`), so it goes back
/// to the opening mark, if that stands within a few characters and no
/// punctuation comes between.
fn quote_opened_before(s: &str, begin: usize) -> usize {
    let phrase = &s[begin..];
    // Most phrases hold no closing mark at all.
    let Some(close_at) = phrase.find(['”', '」']) else {
        return begin;
    };
    let open = if phrase[close_at..].starts_with('”') {
        '“'
    } else {
        '「'
    };
    if phrase[..close_at].contains(open) {
        return begin;
    }
    for (k, (i, c)) in s[..begin].char_indices().rev().enumerate() {
        if c == open {
            return i;
        }
        if k >= 12 || !(is_cjk(c) || c.is_alphanumeric()) {
            break;
        }
    }
    begin
}

/// The byte offset of the last opening parenthesis (`（` or `(`) that
/// ends before byte `end` of `s` and begins within its last 24 bytes.
fn last_open_paren(s: &[u8], end: usize) -> Option<usize> {
    let from = s.len().saturating_sub(24);
    let mut k = end;
    while k > from {
        k -= 1;
        if s[k] == b'(' {
            return Some(k);
        }
        if s[k] == 0xEF && s.get(k + 1..k + 3) == Some(&[0xBC, 0x88]) && k + 3 <= end {
            return Some(k);
        }
    }
    None
}

/// Whether `c` is one of the quotation marks nouns hold.
fn is_quote(c: char) -> bool {
    matches!(c, '“' | '”' | '「' | '」' | '‘' | '’')
}

/// Drops a quotation mark that opens or closes nothing within the noun,
/// keeping balanced ones (`“红领物业”示范点`). Always inlined: the test
/// that rules most nouns out costs less than a call.
#[inline(always)]
fn trim_quotes(s: &str) -> &str {
    // Most nouns neither begin nor end with a quotation mark. All six
    // begin with the bytes E2 80 or E3 80, so the bytes at either end rule
    // most nouns out without decoding a character, or calling a function.
    let b = s.as_bytes();
    let may_quote = |k: usize| matches!(b.get(k..k + 2), Some([0xE2 | 0xE3, 0x80]));
    if !(may_quote(0) || b.len() >= 3 && may_quote(b.len() - 3)) {
        return s;
    }
    trim_unbalanced_quotes(s)
}

/// What is left of `noun` cut for length at byte `cut` (or after the Latin
/// name that holds it), and after a quotation mark the cut left unopened.
fn cut_for_length(noun: &str, cut: usize) -> &str {
    match past_latin_part(noun, cut) {
        0 => noun,
        k => past_cut_quote(&noun[at_word_start(noun, k)..]),
    }
}

/// The characters that end the words a long compound noun is built of,
/// modifiers before its head (`事业单位`, `退休人员`, `职工医保`, `城乡居民`,
/// `中选药品`, `政务服务`): a cut right after one of them falls between
/// two words (`公安政务服务事项“一网通办”率`, cut inside 公安, begins
/// with 服务事项).
const WORD_FINALS: [char; 34] = [
    '业', '業', '位', '员', '員', '民', '工', '保', '品', '镇', '鎮', '县', '縣', '市', '区', '區',
    '省', '局', '队', '隊', '户', '戶', '者', '险', '險', '金', '费', '費', '村', '乡', '鄉', '口',
    '务', '務',
];

/// Where a noun cut for length at byte `cut` begins, so that it begins a
/// word: `机关事业单位退休人员基本养老金` cut to its last 14 characters
/// would begin with 关事业, the tails of 机关 and 事业, and begins with 单位
/// instead. When the character before the cut ends a word
/// (`WORD_FINALS`) the cut stands; else the first of the next three
/// characters that follows such a character begins the noun, and with
/// none the cut stands, as nothing tells a better one.
fn at_word_start(noun: &str, cut: usize) -> usize {
    if noun[..cut].ends_with(WORD_FINALS) {
        return cut;
    }
    noun[cut..]
        .char_indices()
        .skip(1)
        .take(3)
        .find(|&(i, _)| noun[..cut + i].ends_with(WORD_FINALS))
        .map_or(cut, |(i, _)| cut + i)
}

/// What is left of a noun cut for length after a closing quotation mark
/// whose opening one the cut took (`“一带一路”共建国家进出口总额` cut to
/// 14 characters keeps 共建国家进出口总额): half a quoted name names nothing.
fn past_cut_quote(noun: &str) -> &str {
    for (open, close) in [('“', '”'), ('「', '」'), ('‘', '’')] {
        if let Some(k) = noun.rfind(close) {
            if !noun[..k].contains(open) {
                return after_list_etc(&noun[k + close.len_utf8()..]);
            }
        }
    }
    noun
}

/// What a noun that opens with a list of quoted names closed by 等 names
/// after the list (`“春雷”“净网”等专项行动` gives 专项行动): the kind of the
/// things listed, which is what a count of them counts.
fn after_quoted_list(noun: &str) -> &str {
    if !noun.starts_with(['“', '「']) {
        return noun;
    }
    for close in ['”', '」'] {
        if let Some(k) = noun.rfind(close) {
            let rest = &noun[k + close.len_utf8()..];
            let tail = after_list_etc(rest);
            if tail.len() < rest.len() {
                return tail;
            }
        }
    }
    noun
}

/// What follows the 等 ("and so on") that closes a list of quoted names
/// (`“桐溪腊味”“白沙茶”等特色品牌线上销售额` gives 特色品牌线上销售额): the
/// list's kind and what is measured of it, as 等 is no part of a noun
/// there. 等级, 等待 and 等候 are words of their own and stay.
fn after_list_etc(rest: &str) -> &str {
    match rest.strip_prefix('等') {
        Some(tail)
            if tail.chars().nth(1).is_some()
                && !tail.starts_with(['级', '級', '待', '候', '同']) =>
        {
            tail
        }
        _ => rest,
    }
}

/// `trim_quotes` for a noun that may begin or end with a quotation mark.
fn trim_unbalanced_quotes(s: &str) -> &str {
    if !s.starts_with(is_quote) && !s.ends_with(is_quote) {
        return s;
    }
    let mut s = s;
    for (open, close) in [('“', '”'), ('「', '」'), ('‘', '’')] {
        if s.starts_with(open) && !s.contains(close) {
            s = &s[open.len_utf8()..];
        }
        if s.ends_with(close) && !s.contains(open) {
            s = &s[..s.len() - close.len_utf8()];
        }
        // A mark that opens nothing after it, or closes nothing before it
        // (`市民出门“300米见绿”`), is no part of the noun either.
        s = s.strip_suffix(open).unwrap_or(s);
        s = s.strip_prefix(close).unwrap_or(s);
    }
    s
}

/// The code points of the CJK ideographs, as `is_cjk` tells them.
const CJK: [std::ops::RangeInclusive<u32>; 3] = [0x4E00..=0x9FFF, 0x3400..=0x4DBF, 0xF900..=0xFAFF];

/// Whether `c` is a CJK ideograph.
/// Whether the digits that end `s` follow a Latin letter: then a digit
/// after them belongs to a name (`M2`, `M1`, `A4`), as the letter does. A
/// decimal point between two digits of such a name is in it too: `PM2.`
/// ends a name that `5` goes on (`PM2.5`). So is a hyphen between the
/// letters and the digits (`COVID-19`, `SARS-CoV-2`).
fn after_latin(s: &str) -> bool {
    let s = s.trim_end_matches(|c: char| c.is_ascii_digit());
    let s = match s.strip_suffix('.') {
        Some(t) if t.ends_with(|c: char| c.is_ascii_digit()) => {
            t.trim_end_matches(|c: char| c.is_ascii_digit())
        }
        _ => s,
    };
    let s = s.strip_suffix('-').unwrap_or(s);
    s.ends_with(|c: char| c.is_ascii_alphabetic())
}

/// Where a noun cut at byte `cut` of `noun` to its longest length begins:
/// at the cut, or after the rest of a Latin name that the cut falls inside
/// (`SARS-CoV-2样本` cut before `-CoV-2` begins at `样本`), so that no piece
/// of a name stands for it.
fn past_latin_part(noun: &str, cut: usize) -> usize {
    let latin = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.');
    let b = noun.as_bytes();
    if cut == 0 || !b.get(cut - 1).is_some_and(latin) || !b.get(cut).is_some_and(latin) {
        return cut;
    }
    cut + b[cut..].iter().take_while(|b| latin(b)).count()
}

/// Whether the `-` at byte `at` of `s` joins two parts of a Latin name
/// (`COVID-19`, `SARS-CoV-2`): a letter precedes it and a letter or digit
/// follows. Between two digits (`5-7`) it is a range mark.
fn name_hyphen(s: &str, at: usize) -> bool {
    s.as_bytes()
        .get(at + 1)
        .is_some_and(u8::is_ascii_alphanumeric)
        && s[..at].ends_with(|c: char| c.is_ascii_alphabetic())
}

/// Whether the `.` that ends `s[..=dot]` is the decimal point of a Latin
/// name (`PM2.5`): a digit follows it and a digit of such a name precedes
/// it.
fn name_point(s: &str, dot: usize) -> bool {
    let head = &s[..dot];
    s.as_bytes().get(dot + 1).is_some_and(u8::is_ascii_digit)
        && head.ends_with(|c: char| c.is_ascii_digit())
        && after_latin(head)
}

/// Whether `c` is a Roman numeral (Ⅰ to ⅿ), which names a class
/// (`Ⅲ类水质`, `劣Ⅴ类`) as a letter would.
fn is_roman(c: char) -> bool {
    matches!(c, 'Ⅰ'..='ⅿ')
}

pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// The verb tables as hash sets, with the characters their words begin and
/// end with: the plain form the reference readings look verbs up in.
#[cfg(test)]
struct PlainVerbSet {
    words: std::collections::HashSet<&'static str, Words>,
    firsts: CharSet,
    lasts: CharSet,
}

#[cfg(test)]
impl PlainVerbSet {
    fn new(table: &'static [&'static str]) -> PlainVerbSet {
        PlainVerbSet {
            words: table.iter().copied().collect(),
            firsts: CharSet::new(table.iter().filter_map(|w| w.chars().next())),
            lasts: CharSet::new(table.iter().filter_map(|w| w.chars().next_back())),
        }
    }

    fn contains(&self, w: &str) -> bool {
        self.words.contains(w)
    }

    /// Whether some word of the set may begin `s`.
    fn may_begin(&self, s: &str) -> bool {
        s.chars().next().is_some_and(|c| self.firsts.contains(c))
    }

    /// Whether some word of the set may end `s`.
    fn may_end(&self, s: &str) -> bool {
        s.chars()
            .next_back()
            .is_some_and(|c| self.lasts.contains(c))
    }
}

/// Both verb tables in their plain form.
#[cfg(test)]
struct PlainVerbs {
    leading: PlainVerbSet,
    /// The words of scope, which open a noun before a number like the
    /// leading verbs but end none after a classifier.
    scope: PlainVerbSet,
    trailing: PlainVerbSet,
    predicate: PlainVerbSet,
    /// The longest verb, in characters.
    longest: usize,
}

#[cfg(test)]
static PLAIN_VERBS: LazyLock<PlainVerbs> = LazyLock::new(|| PlainVerbs {
    leading: PlainVerbSet::new(LEADING_VERBS),
    scope: PlainVerbSet::new(SCOPE_WORDS),
    trailing: PlainVerbSet::new(TRAILING_VERBS),
    predicate: PlainVerbSet::new(PREDICATE_VERBS),
    longest: LEADING_VERBS
        .iter()
        .chain(SCOPE_WORDS)
        .chain(TRAILING_VERBS)
        .chain(PREDICATE_VERBS)
        .map(|v| v.chars().count())
        .max()
        .unwrap_or(0),
});

/// The byte lengths of the prefixes of `s` of 1 to `max` (at most 16)
/// characters, shortest first, without allocating.
#[cfg(test)]
fn prefix_lens(s: &str, max: usize) -> ([usize; 16], usize) {
    let mut lens = [0usize; 16];
    let mut n = 0;
    for (i, c) in s.char_indices().take(max.min(16)) {
        lens[n] = i + c.len_utf8();
        n += 1;
    }
    (lens, n)
}

/// The prefixes of `s` of 1 to `max` characters, longest first.
#[cfg(test)]
fn prefixes(s: &str, max: usize) -> impl Iterator<Item = &str> {
    let (lens, n) = prefix_lens(s, max);
    (0..n).rev().map(move |k| &s[..lens[k]])
}

/// The suffixes of `s` of 1 to `max` characters, longest first.
#[cfg(test)]
fn suffixes(s: &str, max: usize) -> impl Iterator<Item = &str> {
    let mut starts = [0usize; 16];
    let mut n = 0;
    for (i, _) in s.char_indices().rev().take(max.min(16)) {
        starts[n] = i;
        n += 1;
    }
    (0..n).rev().map(move |k| &s[starts[k]..])
}

/// The plain reading of the noun after a classifier, which the optimised
/// `noun_after` must agree with.
#[cfg(test)]
fn noun_after_reference(rest: &str) -> Option<String> {
    let rest = past_age_bound(rest);
    let mut n = 0;
    let mut stop = rest.len();
    let mut in_quote = false;
    for (i, c) in rest.char_indices() {
        if matches!(c, '“' | '「') {
            in_quote = true;
            continue;
        }
        if matches!(c, '”' | '」') {
            in_quote = false;
            continue;
        }
        if in_quote && n < MAX_NOUN {
            continue;
        }
        // 在 and 中 end the noun (`十餘名警員在場`, `21 个试验区中`) unless
        // they begin a word (在建项目, 中心).
        let next = rest[i + c.len_utf8()..].chars().next();
        let in_word = begins_word_after(c, next)
            || ends_function_word(rest[..i].chars().next_back(), c, next)
            || (c == '被' && passive_in_noun(&rest[i..]))
            || latin_name_at(&rest[i..])
            || (c == '就' && opens_verb_noun(&rest[i..]))
            || (c == '就' && opens_jiu_word(&rest[i..]));
        if (TABLES.stops_after(c) && !in_word)
            || n >= MAX_NOUN
            || (starts_verb_reference(&rest[i..]) && !verb_in_noun_reference(rest, i))
            || begins_number(c, &rest[i + c.len_utf8()..])
            || (c == '待' && starts_verb_reference(&rest[i + c.len_utf8()..]))
        {
            stop = i;
            break;
        }
        n += 1;
    }
    let noun = without_named_person(trim_quotes(without_verb_before(
        &rest[..stop],
        &rest[stop..],
    )));
    (n > 0 && !noun.is_empty()).then(|| noun.to_string())
}

/// Whether `s` begins with a verb of two characters or more, looked up
/// prefix by prefix.
#[cfg(test)]
fn starts_verb_reference(s: &str) -> bool {
    let v = &*PLAIN_VERBS;
    if !v.leading.may_begin(s) && !v.trailing.may_begin(s) && !v.predicate.may_begin(s) {
        return false;
    }
    prefixes(s, v.longest).any(|p| {
        p.chars().nth(1).is_some()
            && (v.leading.contains(p) || v.trailing.contains(p) || v.predicate.contains(p))
    })
}

/// The plain reading of the noun before a number, which the optimised
/// `noun_before` must agree with.
#[cfg(test)]
fn noun_before_reference(before: &str) -> Option<String> {
    coordinated(before, &noun_before_one_reference, &|w: &str| {
        (starts_verb_reference(w) && !opens_verb_noun(w))
            || first_char(w).is_some_and(|c| action_verb_at(&TABLES, w, c).is_some())
    })
    .filter(|n| !is_pronoun(n))
}

/// The plain reading of `noun_before_one`.
#[cfg(test)]
fn noun_before_one_reference(before: &str) -> Option<&str> {
    // An aspect particle right before the number (`已经签了 16 户`) makes
    // what precedes it a verb phrase, not the thing counted.
    if before.ends_with(['了', '过', '過', '着', '著']) {
        return None;
    }
    // Only the last few dozen characters can hold the noun; looking at no
    // more keeps the cost per fact constant in long sentences.
    let window = before
        .char_indices()
        .rev()
        .nth(3 * LOOK_BACK)
        .map_or(0, |(i, _)| i);
    let mut s = &before[window..];
    loop {
        let len = s.len();
        s = s.trim_end_matches(['（', '(']);
        if let Some(open) = s
            .strip_suffix(['）', ')'])
            .and_then(|t| t.rfind(['（', '(']))
        {
            if s.len() - open <= 24 {
                s = &s[..open];
            }
        }
        // The longest verb first, so that 比上年 goes whole and 上年 does
        // not leave 比 behind.
        let longest = if PLAIN_VERBS.trailing.may_end(s) {
            suffixes(s, PLAIN_VERBS.longest)
                .find(|v| PLAIN_VERBS.trailing.contains(v) && !ends_word(s, v))
        } else {
            None
        };
        if let Some(v) = longest {
            s = &s[..s.len() - v.len()];
        }
        if s.len() == len {
            break;
        }
    }
    let mut begin = s.len();
    let mut chars = s.char_indices().rev().enumerate().peekable();
    let mut right: Option<char> = None;
    // The characters inside parentheses taken, which count as none.
    let mut inside = 0;
    while let Some((k, (i, c))) = chars.next() {
        let n = k - inside;
        // A parenthesis inside the noun is part of it, and counts as one
        // character.
        if begin < s.len() && matches!(c, '）' | ')') {
            if let Some(open) = paren_in_noun(s, begin) {
                while chars.next_if(|&(_, (j, _))| j >= open).is_some() {
                    inside += 1;
                }
                begin = open;
                right = s[open..].chars().next();
                continue;
            }
        }
        // The character after `c`, before `right` moves on to `c`.
        let next = right;
        // 年, 月 and 日 end a noun only as part of a date (`2023年GDP`),
        // not inside a word (`贷款年限`); 万 only as part of a number.
        let date_mark = matches!(c, '年' | '月' | '日');
        let after_number = chars.peek().is_some_and(|(_, (_, p))| {
            if p.is_ascii_digit() {
                !after_latin(&s[..i])
            } else {
                crate::scan::is_numeral_char(*p)
            }
        });
        let multiplier = matches!(c, '万' | '萬' | '亿' | '億' | '千' | '百');
        // 中 and 在 end a phrase as words (`在全国…中排名`), not inside
        // one (中心, 中学, 在校).
        if begins_word(c, right) || opens_median(c, &s[i..]) {
            right = Some(c);
            begin = i;
            continue;
        }
        // A digit that begins a Latin name (5G) belongs to it, and so do
        // the digits of a ranking list's name (世界500强).
        let name_digit = c.is_ascii_digit()
            && (right.is_some_and(|r: char| r.is_ascii_alphabetic())
                || after_latin(&s[..i])
                || names_ranking(&s[i..]))
            || (c == '.' && name_point(s, i))
            || (c == '-' && name_hyphen(s, i));
        right = Some(c);
        if name_digit {
            begin = i;
            continue;
        }
        if n >= LOOK_BACK
            || (TABLES.stops_before(c)
                && !date_mark
                && !ends_function_word(chars.peek().map(|(_, (_, p))| *p), c, next))
            || ((date_mark || multiplier) && after_number)
        {
            break;
        }
        begin = i;
    }
    let begin = quote_opened_before(s, begin);
    let after_date = s[..begin].ends_with(['年', '月']);
    let mut noun = without_dates_and_comparisons(
        trim_quotes({
            let t = s[begin..].trim_start_matches(|c: char| c.is_ascii_digit());
            if t.starts_with(|c: char| c.is_ascii_alphabetic())
                || (t.len() < s.len() - begin && names_ranking(&s[begin..]))
            {
                &s[begin..]
            } else {
                t
            }
        }),
        after_date,
    );
    // A verb opening the phrase governs the noun, it is not part of it; the
    // longest verb goes, as long as a noun of two characters remains.
    // A verb of having or totalling inside the phrase (`全国共有5G基站`)
    // separates the place or time from the noun.
    let having = [
        "共有", "拥有", "擁有", "现有", "現有", "已有", "还有", "只有", "共计", "共計",
    ];
    let may_have = noun.contains(['共', '拥', '擁', '现', '現', '已', '还', '只']);
    for verb in having.into_iter().filter(|_| may_have) {
        // A window of a few dozen bytes: a plain scan beats setting up a
        // substring searcher for each verb.
        // A verb inside a parenthesis that the noun keeps (`（共有…）`)
        // is part of its note, which the walk passed over whole.
        let open = |i: usize| {
            let before = &noun[..i];
            before.matches(['（', '(']).count() > before.matches(['）', ')']).count()
        };
        let at = (0..noun.len())
            .rev()
            .find(|&i| noun.is_char_boundary(i) && noun[i..].starts_with(verb) && !open(i));
        if let Some(at) = at {
            // 拥有量 and 现有率 are nouns (`每万人口发明专利拥有量`).
            if noun.len() > at + verb.len() && !noun[at + verb.len()..].starts_with(['量', '率'])
            {
                noun = &noun[at + verb.len()..];
            }
        }
    }
    // A bare 有 parts the place or owner from the thing counted.
    if let Some(at) = noun
        .char_indices()
        .filter(|&(i, c)| c == '有' && bare_having_at(noun, i))
        .map(|(i, _)| i)
        .next_back()
    {
        noun = &noun[at + '有'.len_utf8()..];
    }
    let opens = |v: &str| PLAIN_VERBS.leading.contains(v) || PLAIN_VERBS.scope.contains(v);
    let leads = |rest: &str| {
        prefixes(rest, PLAIN_VERBS.longest)
            .any(|v| opens(v) && rest[v.len()..].chars().nth(1).is_some())
    };
    noun = after_total(noun, leads);
    noun = after_action_verb_reference(&TABLES, noun);
    noun = after_unbalanced_close(noun);
    fn leading_reference(noun: &str) -> Option<&str> {
        let opens = |v: &str| PLAIN_VERBS.leading.contains(v) || PLAIN_VERBS.scope.contains(v);
        (PLAIN_VERBS.leading.may_begin(noun) || PLAIN_VERBS.scope.may_begin(noun))
            .then(|| prefixes(noun, PLAIN_VERBS.longest))
            .into_iter()
            .flatten()
            .find(|v| {
                opens(v)
                    && noun[v.len()..].chars().nth(1).is_some()
                    && !noun[v.len()..].starts_with(['量', '率'])
                    && !opens_verb_noun(noun)
                    && !(is_one_char(v)
                        && is_verb_object_noun(noun)
                        && LEADING_VERBS.binary_search(v).is_ok())
            })
    }
    while let Some(v) = leading_reference(noun) {
        noun = after_joined_verb(&noun[v.len()..], |rest| leading_reference(rest).is_some());
    }
    noun = after_quoted_list(noun);
    noun = after_done(noun, |rest, _| {
        LEADING_VERBS
            .iter()
            .chain(TRAILING_VERBS)
            .chain(PREDICATE_VERBS)
            .chain(ACTION_VERBS)
            .copied()
            .filter(|v| v.chars().nth(1).is_some() && rest.starts_with(v))
            .max_by_key(|v| v.len())
    });
    if ENDING_VERBS
        .iter()
        .any(|v| noun.ends_with(v) && !verb_in_noun_reference(noun, noun.len() - v.len()))
    {
        return None;
    }
    // A comparison (`比上年末`) is no noun.
    if COMPARISONS.iter().any(|w| noun.starts_with(w))
        || noun == "比"
        || PLAIN_VERBS.trailing.contains(noun)
        || (opens(noun) && !matches!(noun, "培训" | "培訓"))
        || PLAIN_VERBS.predicate.contains(noun)
        || first_char(noun).is_some_and(|f| opens_comparison(noun, f))
        || is_after_clause(noun)
        || pulls_growth(noun)
        // `相当于一名成年人全身血量的3倍`: what a number amounts to is the
        // base it is compared with, not what it measures.
        || noun.starts_with("相当于")
        || noun.starts_with("相當於")
        // `由三年前的不足六成`: 前 or 后 left alone after a span of time
        // makes it a point in time, which names nothing counted.
        || matches!(noun, "前" | "后" | "後")
    {
        return None;
    }
    if let Some(cut) = length_cut(noun) {
        noun = cut_for_length(noun, cut);
    }
    let named = noun.chars().any(|c| is_cjk(c) || c.is_ascii_alphabetic());
    (named && !noun.is_empty() && !is_demonstrative(noun)).then_some(noun)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_noun_before_agrees_with_its_plain_reading_on_cases_found() {
        for s in [
            "索要（已共有的）心生产总值比了出现",
            "索要（已共有的）心生产总值",
            "「在上年同比主要」被告主要出现",
            "共有(在高全市)心全市比重高同比高",
            "“共有的”",
            "生产总值GDP已比(GDP主要比上年)续",
        ] {
            assert_eq!(noun_before(&TABLES, s), noun_before_reference(s), "{s}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn finding_an_ideograph_by_its_last_byte_agrees_with_rfind(
            s in "[有共已中a1\u{6709}\u{5171}\u{6689}\u{6609}\u{5131}\u{89}\u{B1}]{0,12}",
        ) {
            for c in ['有', '共', '已'] {
                proptest::prop_assert_eq!(rfind_ideograph(&s, c), s.rfind(c));
            }
        }

        #[test]
        fn finding_a_note_mark_by_its_bytes_agrees_with_contains(
            s in "[¹²³⁰⁴⁹⁽\\[［〔¸⁺⁾“—〕］，且年a1\u{2071}\u{2074}\u{B2}\u{C2}（]{0,12}",
        ) {
            proptest::prop_assert_eq!(holds_note_mark(&s), s.contains(is_note_mark));
        }

        #[test]
        fn the_noun_before_agrees_with_its_plain_reading(
            s in "(比上年|比|上年|较|同比|增长|达到|达|共有|拥有|（|）|\\(|\\)|GDP|5G|PM|2\\.|\\.|\\.5|的|了|“|”|「|」|在|中|心|年|月|日|万|亿|3|12|一|二|人|户|全市|地区|生产总值|居民|收入|占|比重|为|是|，|。|、|主要|指标|有|高|大|标|额|A|被告|均|索要|开通|已|续|約|以|出现){0,20}",
        ) {
            proptest::prop_assert_eq!(noun_before(&TABLES, &s), noun_before_reference(&s));
        }

        #[test]
        fn the_noun_after_agrees_with_its_plain_reading(
            s in "(发放|达到|上涨|共有|全市|举办了|中|心|中心|在|建|在建|内|存|部|內|的|和|是|了|“|”|「|」|‘|’|GDP|5G|3|，|。|人|户|示范点|居民|红领物业|一般性物业服务纠纷|高|大|被|被告人|标|额|A|5A){0,16}",
        ) {
            proptest::prop_assert_eq!(noun_after(&TABLES, &s), noun_after_reference(&s));
        }

        // Texts of every verb of both tables among other words, some long
        // enough for the window of `noun_before` to cut them.
        #[test]
        fn both_nouns_agree_with_their_plain_readings_across_the_verb_tables(
            words in proptest::collection::vec(
                proptest::sample::select(
                    LEADING_VERBS
                        .iter()
                        .chain(SCOPE_WORDS)
                        .chain(TRAILING_VERBS)
                        .copied()
                        .chain([
                            "（", "）", "(", ")", "GDP", "5G", "“", "”", "「", "」", "中", "心",
                            "在", "校", "年", "月", "日", "万", "亿", "3", "二", "人",
                            "居民消费价格", "，", "共有", "拥有", "已有", "只有", "共計",
                            "有", "比上年", "𠀀", "é", "a", "PM", ".", "2.5", "10", "高",
                            "大", "标", "额", "被", "被执行人", "的",
                        ])
                        .collect::<Vec<_>>(),
                ),
                0..40,
            ),
        ) {
            let s = words.concat();
            proptest::prop_assert_eq!(noun_before(&TABLES, &s), noun_before_reference(&s));
            proptest::prop_assert_eq!(noun_after(&TABLES, &s), noun_after_reference(&s));
        }
    }

    // Every verb of both tables, at the end, the start and inside of a
    // phrase: the proptests draw them at random and may miss a rare one.
    #[test]
    fn every_verb_reads_as_in_the_plain_readings() {
        let around = [
            ("", ""),
            ("居民", ""),
            ("", "居民"),
            ("全市居民", "生产总值"),
            ("地区生产总值（GDP）", ""),
            ("2023年", "人口"),
            ("“红领物业”", "示范点"),
        ];
        for verb in LEADING_VERBS
            .iter()
            .chain(SCOPE_WORDS)
            .chain(TRAILING_VERBS)
        {
            for (a, b) in around {
                let s = format!("{a}{verb}{b}");
                assert_eq!(noun_before(&TABLES, &s), noun_before_reference(&s), "{s}");
                assert_eq!(noun_after(&TABLES, &s), noun_after_reference(&s), "{s}");
            }
        }
    }

    // Every verb of action inside phrases of ideographs, Latin letters and
    // characters of four bytes: `after_action_verb` tests most characters
    // on their bytes, and must cut where the plain reading does.
    #[test]
    fn every_verb_of_action_cuts_as_in_the_plain_reading() {
        let around = [
            ("", "人员"),
            ("市", "人员"),
            ("市政府", "警力"),
            ("GDP", "志愿者"),
            ("𠀀", "读者𠀀"),
            ("全市", "5G基站"),
            ("现场", "人"),
        ];
        for v in ACTION_VERBS {
            for (a, b) in around {
                let noun = format!("{a}{v}{b}");
                assert_eq!(
                    after_action_verb(&TABLES, &noun),
                    after_action_verb_reference(&TABLES, &noun),
                    "{noun}"
                );
            }
        }
        assert_eq!(after_action_verb(&TABLES, "新北市政府派出警力"), "警力");
    }

    // Every noun that holds a verb, whole and cut at each of its
    // characters, after a classifier: `verb_in_noun` tries only the places
    // listed under the verb's first character, and must find what trying
    // every place finds.
    #[test]
    fn every_noun_with_a_verb_reads_as_in_the_plain_reading() {
        for w in NOUNS_WITH_VERBS {
            for (k, _) in w.char_indices() {
                for s in [
                    format!("名{w}"),
                    format!("名{}", &w[k..]),
                    format!("名{}的", &w[..k]),
                    format!("个{}人员", &w[k..]),
                ] {
                    for (i, c) in s.char_indices() {
                        assert_eq!(
                            verb_in_noun(&TABLES, &s, i, c),
                            verb_in_noun_reference(&s, i),
                            "{s} at {i}"
                        );
                    }
                    assert_eq!(noun_after(&TABLES, &s), noun_after_reference(&s), "{s}");
                }
            }
        }
        assert!(verb_in_noun(&TABLES, "名运动员", "名运".len(), '动'));
        assert!(!verb_in_noun(&TABLES, "名动员", "名".len(), '动'));
    }

    // Texts around the window of 49 characters whose verbs are stripped
    // down to it, so that where the window begins shows in the noun.
    #[test]
    fn the_window_edge_reads_as_in_the_plain_reading() {
        for pre in 0..4 {
            for verbs in 18..32 {
                for (head, verb) in [
                    ("居", "上涨"),
                    ("居", "比上年"),
                    ("人𠀀", "达"),
                    ("a", "上涨"),
                ] {
                    let s = head.repeat(pre) + &verb.repeat(verbs);
                    assert_eq!(noun_before(&TABLES, &s), noun_before_reference(&s), "{s}");
                }
            }
        }
    }

    #[test]
    fn the_ideograph_ranges_are_those_is_cjk_tells() {
        let plane = ideographs_but(std::iter::empty());
        for v in 0..0x10000 {
            let c = char::from_u32(v);
            assert_eq!(plane.contains_code(v), c.is_some_and(is_cjk), "{v:X}");
        }
    }

    #[test]
    fn the_verbs_of_having_are_told_by_their_two_characters() {
        for first in HAVING_FIRSTS.into_iter().chain(['有', '计', '中']) {
            for next in ['有', '计', '計', '共', '人'] {
                let word = format!("{first}{next}");
                assert_eq!(
                    is_having(first, next),
                    HAVING.contains(&word.as_str()),
                    "{word}"
                );
                let bit = HAVING.iter().position(|v| *v == word).map_or(0, |k| 1 << k);
                assert_eq!(having_bit(first, next), bit, "{word}");
            }
        }
        assert!(HAVING.iter().all(|v| v.chars().count() == 2));
    }

    #[test]
    fn nouns_on_either_side() {
        // (sentence, the fact's text in it, kind, expected noun)
        #[rustfmt::skip]
        let cases: &[(&str, &str, Kind, Option<&str>)] = &[
            ("打造13个“红领物业”示范点", "13个", Kind::Count, Some("“红领物业”示范点")),
            ("推选邻长2.18万名，", "2.18万名", Kind::Count, Some("邻长")),
            ("开展专题培训13次，", "13次", Kind::Count, Some("专题培训")),
            ("化解一般性物业服务纠纷5000余起", "5000余起", Kind::Count, Some("一般性物业服务纠纷")),
            ("首批成员单位达48家。", "48家", Kind::Count, Some("首批成员单位")),
            ("化解率100%。", "100%", Kind::Percent, Some("化解率")),
            ("居民消费价格比上年上涨0.4%，", "0.4%", Kind::Percent, Some("居民消费价格")),
            ("地区生产总值（GDP）5826.43亿元，", "5826.43亿元", Kind::Money, Some("地区生产总值")),
            ("占全国总人口（14.1亿人）的", "14.1亿人", Kind::Count, Some("占全国总人口")),
            ("七成以上的受访居民参加", "七成以上", Kind::Percent, Some("受访居民")),
            ("30坪的住宅总价", "30坪", Kind::Measure, Some("住宅总价")),
            ("设施农业面积占比提高到２５％。", "２５％", Kind::Percent, Some("设施农业面积占比")),
            ("城乡居民收入比为2.33，", "2.33", Kind::Number, Some("城乡居民收入比")),
            ("贷款年限长达30年，", "30年", Kind::Duration, Some("贷款年限")),
            ("约1.2万名在职党员，", "约1.2万名", Kind::Count, Some("在职党员")),
            ("香港首季GDP升2.7%", "2.7%", Kind::Percent, Some("香港首季GDP")),
            ("每10万人口拥有AED不少于30台。", "不少于30台", Kind::Count, Some("AED")),
            ("2023年GDP增长5%", "5%", Kind::Percent, Some("GDP")),
            ("全国共有5G基站337.7万个", "337.7万个", Kind::Count, Some("5G基站")),
            ("民用汽车保有量218.6万辆", "218.6万辆", Kind::Count, Some("民用汽车保有量")),
            ("新建改造农村公路10万公里以上", "10万公里以上", Kind::Measure, Some("农村公路")),
            ("比上年末减少208万人", "208万人", Kind::Count, None),
            ("占工业增加值的比重为18.6%", "18.6%", Kind::Percent, Some("比重")),
            ("增长到114万亿元", "114万亿元", Kind::Money, None),
            ("全市急救中心共接警3.6万次", "3.6万次", Kind::Count, Some("急救中心共接警")),
            ("在校学生2.3万余人", "2.3万余人", Kind::Count, Some("在校学生")),
            ("为65岁以上老人发放高龄津贴", "65岁以上", Kind::Count, Some("老人")),
            ("咱们楼18户已经签了16户", "16户", Kind::Count, None),
            ("新建3个中心。", "3个", Kind::Count, Some("中心")),
            ("在全国21个自贸试验区中", "21个", Kind::Count, Some("自贸试验区")),
            ("2月3日", "2月3日", Kind::Date, None),
            ("，100%。", "100%", Kind::Percent, None),
            ("80岁以上高龄老人二十多万人", "80岁以上", Kind::Count, Some("高龄老人")),
            ("来自全区12个街道的2000余名运动员", "12个", Kind::Count, Some("街道")),
            ("2023年末全市常住人口1036.5万人", "1036.5万人", Kind::Count, Some("常住人口")),
            ("4月份社会消费品零售总额37160亿元", "37160亿元", Kind::Money, Some("社会消费品零售总额")),
            ("网上零售额比去年同期增长15.3%", "15.3%", Kind::Percent, Some("网上零售额")),
            ("群众满意率较去年同期提高2.1个百分点", "2.1个百分点", Kind::Number, Some("群众满意率")),
            ("东湖分局共破获电信网络诈骗案件368起", "368起", Kind::Count, Some("电信网络诈骗案件")),
            ("全年共发生生产安全事故126起", "126起", Kind::Count, Some("生产安全事故")),
            ("失業率較去年同期上升0.2個百分點", "0.2個百分點", Kind::Number, Some("失業率")),
            ("由3.0%微升至3.1%", "3.1%", Kind::Percent, None),
            ("扣除价格因素后实际增长7.4%", "7.4%", Kind::Percent, None),
            ("，实际增长5.1%", "5.1%", Kind::Percent, None),
            ("經季節性調整後按季上升2.3%", "2.3%", Kind::Percent, None),
            ("比上年名义增长6.3%", "6.3%", Kind::Percent, None),
            ("就差最后两户", "两户", Kind::Count, Some("就差最后")),
            ("1.2万余名运动员参赛", "1.2万余名", Kind::Count, Some("运动员")),
            ("参赛人数超过6000人次", "超过6000人次", Kind::Count, Some("参赛人数")),
            ("新建3个服务中心", "3个", Kind::Count, Some("服务中心")),
            ("引进世界500强企业8家", "8家", Kind::Count, Some("世界500强企业")),
            ("从业人员约两万三千人", "约两万三千人", Kind::Count, Some("从业人员")),
            ("新增2万名从业人员", "2万名", Kind::Count, Some("从业人员")),
            ("满意度较上年提高3.2%", "3.2%", Kind::Percent, Some("满意度")),
            ("建成2座污水处理厂", "2座", Kind::Count, Some("污水处理厂")),
            ("，增产1.8%", "1.8%", Kind::Percent, None),
            ("其中医院312个", "312个", Kind::Count, Some("医院")),
            ("比上年大幅增长12%", "12%", Kind::Percent, None),
            ("累计查处酒驾醉驾违法行为5678起", "5678起", Kind::Count, Some("酒驾醉驾违法行为")),
            ("收入为3000元", "3000元", Kind::Money, Some("收入")),
            ("新建3个三甲医院", "3个", Kind::Count, Some("三甲医院")),
            ("公共图书馆藏书98.6册", "98.6册", Kind::Count, Some("公共图书馆藏书")),
            // 參與 and 對數 are words, not the prepositions 與 and 對.
            ("勞動力參與率為59.33%", "59.33%", Kind::Percent, Some("勞動力參與率")),
            ("劳动力参与率为59.33%", "59.33%", Kind::Percent, Some("劳动力参与率")),
            ("結婚對數6萬3,842對", "6萬3,842對", Kind::Count, Some("結婚對數")),
            ("資通與視聽產品出口增加逾五成", "逾五成", Kind::Percent, Some("資通與視聽產品出口")),
            ("恒生指數收報19,229點", "19,229點", Kind::Count, Some("恒生指數")),
            ("台股加權指數大漲412點", "412點", Kind::Count, Some("台股加權指數")),
            ("台北市合計約占七成", "七成", Kind::Percent, Some("台北市")),
            // The decimal point of a Latin name is in the noun, and the
            // 年 after its digits is no date.
            ("PM2.5年均浓度为32微克/立方米", "32微克/立方米", Kind::Measure, Some("PM2.5年均浓度")),
            ("PM2.5浓度为35微克/立方米", "35微克/立方米", Kind::Measure, Some("PM2.5浓度")),
            ("PM10浓度为56微克/立方米", "56微克/立方米", Kind::Measure, Some("PM10浓度")),
            // A hyphen inside a Latin name joins it (`COVID-19`), and a noun
            // cut to its longest length keeps no piece of a name.
            ("新增COVID-19病例35例", "35例", Kind::Count, Some("COVID-19病例")),
            ("COVID-19无症状感染者8例", "8例", Kind::Count, Some("COVID-19无症状感染者")),
            ("累计SARS-CoV-2样本45份", "45份", Kind::Count, Some("SARS-CoV-2样本")),
            ("SARS-CoV-2核酸检测阳性样本45份", "45份", Kind::Count, Some("核酸检测阳性样本")),
            ("2.5年均浓度为32微克/立方米", "32微克/立方米", Kind::Measure, Some("均浓度")),
            ("版本2.5浓度为35微克/立方米", "35微克/立方米", Kind::Measure, Some("浓度")),
            ("2023年均浓度为32微克/立方米", "32微克/立方米", Kind::Measure, Some("均浓度")),
            // After a verb of equipping, a measure's short noun follows it.
            ("手机配备12GB内存。", "12GB", Kind::Measure, Some("内存")),
            ("采用5纳米工艺。", "5纳米", Kind::Measure, Some("工艺")),
            ("配置2000平方米厂房，", "2000平方米", Kind::Measure, Some("厂房")),
            ("采用5纳米工艺制造芯片。", "5纳米", Kind::Measure, None),
            ("采用3米长的钢管。", "3米", Kind::Measure, None),
            ("工厂占地5000平方米厂房。", "5000平方米", Kind::Measure, Some("工厂占地")),
            ("新增12GB内存。", "12GB", Kind::Measure, None),
            ("3天内完成。", "3天", Kind::Duration, None),
            ("完成3项内容。", "3项", Kind::Count, Some("内容")),
            // 中 ends 高中, 初中, 大中 and begins 中等, 中考; 被 begins
            // 被告人 and 被执行人 but marks the passive in 被困; 的 is in
            // 标的额 and a particle after 项目; 均 ends 日均 and 人均; 将
            // and 首次 introduce the number.
            ("全国共有普通高中1.54万所", "1.54万所", Kind::Count, Some("普通高中")),
            ("初中在校生5000万人", "5000万人", Kind::Count, Some("初中在校生")),
            ("70个大中城市", "70个", Kind::Count, Some("大中城市")),
            ("中等职业学校招生454万人", "454万人", Kind::Count, Some("中等职业学校招生")),
            ("中考报考人数8.6万人", "8.6万人", Kind::Count, Some("中考报考人数")),
            ("在各类企业中大中型企业120家", "120家", Kind::Count, Some("大中型企业")),
            ("在本次大赛中3名选手获奖", "3名", Kind::Count, Some("选手获奖")),
            ("将1862名失信被执行人纳入名单", "1862名", Kind::Count, Some("失信被执行人")),
            ("对137名被告人适用缓刑", "137名", Kind::Count, Some("被告人")),
            ("3人被困", "3人", Kind::Count, None),
            ("诉讼标的额为2.6亿元", "2.6亿元", Kind::Money, Some("诉讼标的额")),
            ("项目的投资额3000万元", "3000万元", Kind::Money, Some("投资额")),
            ("日均约212.5万人次", "约212.5万人次", Kind::Count, Some("日均")),
            ("农村居民人均6000元", "6000元", Kind::Money, Some("农村居民人均")),
            ("年均增长5%", "5%", Kind::Percent, None),
            ("气温将下降6℃", "6℃", Kind::Measure, Some("气温")),
            ("最高气温可达38.5℃", "38.5℃", Kind::Measure, Some("最高气温")),
            ("最高气温将回升至20℃", "20℃", Kind::Measure, Some("最高气温")),
            ("今年首次达到1.39万亿斤", "1.39万亿斤", Kind::Measure, None),
            ("国乒名将3人", "3人", Kind::Count, Some("国乒名将")),
            ("气温将骤降8℃", "8℃", Kind::Measure, Some("气温")),
            ("最低气温可降至零下12℃", "零下12℃", Kind::Measure, Some("最低气温")),
            ("行政许可3000件", "3000件", Kind::Count, Some("行政许可")),
            ("纳入监测的52家A级旅游景区", "52家", Kind::Count, Some("A级旅游景区")),
            ("全市3家5A级景区", "3家", Kind::Count, Some("5A级景区")),
            // Words of time, verbs of action and the passive 被 inside the
            // phrase part what is counted from who or when; a noun that
            // holds such a verb keeps it.
            ("香港上月零售業總銷貨價值約為320億港元", "320億港元", Kind::Money, Some("零售業總銷貨價值")),
            ("该县新改建农村公路320公里", "320公里", Kind::Measure, Some("农村公路")),
            ("今年计划新开工保障性住房1.2万套", "1.2万套", Kind::Count, Some("保障性住房")),
            ("被告人被判处罚金2万元", "2万元", Kind::Money, Some("罚金")),
            ("全省今年将培训农民工20万人次", "20万人次", Kind::Count, Some("农民工")),
            ("全市建成区绿化覆盖率42.3%", "42.3%", Kind::Percent, Some("建成区绿化覆盖率")),
            ("城镇新增就业人员68万人", "68万人", Kind::Count, Some("城镇新增就业人员")),
            ("較去年進步1名", "1名", Kind::Count, None),
            // The 总数 or 数量 of a count goes, unless one character is left.
            ("全市移动电话用户总量达1350万户", "1350万户", Kind::Count, Some("移动电话用户")),
            ("，总数超过425万个", "425万个", Kind::Count, None),
            ("户数量300个", "300个", Kind::Count, Some("户数量")),
            ("经济总量5万亿元", "5万亿元", Kind::Money, Some("经济总量")),
        ];
        for &(sentence, fact, kind, want) in cases {
            let start = sentence.find(fact).unwrap();
            let end = start + fact.len();
            assert_eq!(
                find(sentence, 0, start, end, kind).as_deref(),
                want,
                "{sentence}"
            );
        }
        // The same with the date read as the fact before.
        let s = "2023年末全市常住人口1036.5万人";
        let start = s.find('1').unwrap();
        assert_eq!(
            find(s, s.find('末').unwrap(), start, s.len(), Kind::Count).as_deref(),
            Some("常住人口")
        );
    }
}
