//! PDF noise and the offset map: sentences, and a cleaned view of each.
//!
//! Text extracted from PDF puts spaces between characters and breaks lines
//! inside numbers and words (`开展专题培训 13⏎⏎次`, `136000 毫 升`). The
//! extractor never matches on the raw text; it matches on a *cleaned view* of
//! one sentence at a time, in which that noise is gone, and maps every match
//! back to the original bytes through an offset map.
//!
//! The cleaned view keeps every byte it copies unchanged, so the map is one
//! original offset per cleaned byte. Whitespace is dropped, except between
//! two ASCII letters or digits, where a single space stays so that `20 30`
//! remains two numbers and `Top 10` keeps its word boundary.

use std::sync::LazyLock;

/// Sentences longer than this many bytes are cut, so that the work done per
/// chunk, and the memory held for it, stay bounded on text without any
/// punctuation.
pub(crate) const MAX_SENTENCE: usize = 4096;

/// Whether a character is noise that PDF extraction or encodings leave
/// between the characters of a word: whitespace of every width (the
/// typographic spaces U+2000–U+200A among them), NUL, the byte-order mark,
/// the soft hyphen, and zero-width characters.
pub(crate) fn is_noise(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\0' | '\u{A0}' | '\u{2000}'
            ..='\u{2008}' | '\u{205F}' | '\u{3000}' | '\u{2028}' | '\u{2029}'
    ) || is_invisible(c)
}

/// `s` without the noise at either end, as `s.trim_matches(is_noise)`
/// gives it. Most lines neither open nor end with noise, which their first
/// and last characters tell: they are returned as they are, without the
/// searcher that trimming sets up for each.
#[inline]
pub(crate) fn trim_noise(s: &str) -> &str {
    match (s.chars().next(), s.chars().next_back()) {
        (Some(first), Some(last)) if !is_noise(first) && !is_noise(last) => s,
        _ => s.trim_matches(is_noise),
    }
}

/// Whether a noise character leaves nothing between the characters it
/// stands between: the soft hyphen, zero-width characters and the
/// byte-order mark, which show nothing, and the thin, hair and narrow
/// no-break spaces, which typesetting puts between groups of digits
/// (`12\u{2009}345`). A word processor or a PDF leaves them inside numbers
/// (`2\u{200B}300 个`), which read as one number (`2300 个`): unlike a
/// space, they never separate two numbers.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{2009}'..='\u{200D}' | '\u{202F}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// The characters of `NUMERAL_CHARS`, as a set.
static NUMERALS: LazyLock<CharSet> = LazyLock::new(|| CharSet::new(NUMERAL_CHARS.chars()));

/// Whether a character could begin a numeral: the prefilter that lets the
/// extractor skip sentences that cannot hold a fact.
pub(crate) fn is_numeral_char(c: char) -> bool {
    NUMERALS.contains(c)
}

/// The characters that may begin a fact: the numerals, and the 半 of half
/// a unit of time on its own (`历时半个月`), which holds no numeral.
static FACT_STARTS: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new(NUMERAL_CHARS.chars().chain(['半'])));

/// The offset of the first character of `text` at or after byte `from`
/// that may begin a fact (a numeral, or 半), or the length of `text` when
/// there is none.
///
/// The bitmap walk of [`CharSet::find_from`] is cheaper here than an
/// Aho-Corasick search: Chinese text holds no byte rare enough for a SIMD
/// prefilter to skip on (the numerals' lead bytes begin most ideographs),
/// so the automaton steps through every byte, and it has a set-up cost
/// per search besides.
pub(crate) fn next_numeral(text: &str, from: usize) -> usize {
    FACT_STARTS.find_from(text, from).unwrap_or(text.len())
}

/// Every character that can begin or carry a numeral: a sentence without
/// any of them holds no fact, and is skipped unread.
pub(crate) const NUMERAL_CHARS: &str = "0123456789０１２３４５６７８９零〇一二两兩三四五六七八九十百千万萬亿億壹贰貳叁參肆伍陆陸柒捌玖拾廿卅俩仨";

/// A set of characters with a constant-time test: a bitmap over the Basic
/// Multilingual Plane, where every character of our tables lies, and a
/// short list for the rest.
#[derive(Clone, Debug)]
pub(crate) struct CharSet {
    bmp: Box<[u64; 1024]>,
    astral: Vec<char>,
}

impl CharSet {
    /// The set of the characters `chars` yields.
    pub fn new(chars: impl IntoIterator<Item = char>) -> CharSet {
        let mut set = CharSet {
            bmp: Box::new([0; 1024]),
            astral: Vec::new(),
        };
        for c in chars {
            let v = u32::from(c);
            if v < 0x10000 {
                set.bmp[(v >> 6) as usize] |= 1 << (v & 63);
            } else if !set.astral.contains(&c) {
                set.astral.push(c);
            }
        }
        set
    }

    /// The characters of the plane that lie in `ranges`, but `except`.
    /// Ranges are filled a word of the bitmap at a time where they cover
    /// one: a set of every ideograph is built in a few thousand steps.
    pub fn of_ranges_but(
        ranges: &[std::ops::RangeInclusive<u32>],
        except: impl IntoIterator<Item = char>,
    ) -> CharSet {
        let mut set = CharSet::new([]);
        for range in ranges {
            let (mut v, end) = (*range.start(), (*range.end()).min(0xFFFF));
            while v <= end {
                if v % 64 == 0 && end - v >= 63 {
                    set.bmp[(v / 64) as usize] = u64::MAX;
                    v += 64;
                } else {
                    set.bmp[(v / 64) as usize] |= 1 << (v % 64);
                    v += 1;
                }
            }
        }
        for c in except {
            let v = u32::from(c);
            if v < 0x10000 {
                set.bmp[(v >> 6) as usize] &= !(1 << (v & 63));
            }
        }
        set
    }

    /// Whether `c` is in the set.
    #[inline]
    pub fn contains(&self, c: char) -> bool {
        let v = u32::from(c);
        if v < 0x10000 {
            self.bmp[(v >> 6) as usize] & (1 << (v & 63)) != 0
        } else {
            self.astral.contains(&c)
        }
    }

    /// The byte offset of the first character of `s` at or after byte `i`
    /// (a character boundary) that is in the set.
    ///
    /// The loop is written for text that is mostly ideographs of three
    /// bytes: their bitmap word is found from the first two bytes and the
    /// bit from the third, without assembling a code point or a `char`.
    #[inline]
    pub fn find_from(&self, s: &str, mut i: usize) -> Option<usize> {
        let b = s.as_bytes();
        loop {
            // Runs of ideographs, the bulk of the text, are walked in a
            // loop of their own, which tests one bit a character.
            while let Some(&[lead, b1, b2]) = b.get(i..i + 3) {
                if lead & 0xF0 != 0xE0 {
                    break;
                }
                let word = (usize::from(lead & 0x0F) << 6) | usize::from(b1 & 0x3F);
                if self.bmp[word] >> (b2 & 0x3F) & 1 != 0 {
                    return Some(i);
                }
                i += 3;
            }
            let lead = *b.get(i)?;
            if lead < 0x80 {
                if self.bmp[usize::from(lead >> 6)] >> (lead & 63) & 1 != 0 {
                    return Some(i);
                }
                i += 1;
            } else {
                let c = s[i..].chars().next()?;
                if self.contains(c) {
                    return Some(i);
                }
                i += c.len_utf8();
            }
        }
    }

    /// Whether the character of code point `v` is in the set, for callers
    /// that assemble code points from bytes themselves. Always inlined: a
    /// code point made of three bytes is known to lie in the plane, and
    /// the test for it then folds away.
    #[inline(always)]
    pub fn contains_code(&self, v: u32) -> bool {
        if v < 0x10000 {
            self.bmp[(v >> 6) as usize] & (1 << (v & 63)) != 0
        } else {
            char::from_u32(v).is_some_and(|c| self.astral.contains(&c))
        }
    }
}

/// Items listed under characters, found by character in constant time.
///
/// The characters are kept in a bitmap over the Basic Multilingual Plane,
/// and a character's list is found by its rank among the set bits: one
/// test rules most characters out, and a few more instructions than that
/// find the list of the others, where a hash map would hash the character
/// first. The word lists that are looked up by the first (or last)
/// character of the text at hand are kept this way.
#[derive(Debug)]
pub(crate) struct CharIndex<T> {
    /// One bit for each character of the plane that has items.
    bits: Box<[u64; 1024]>,
    /// How many characters with items lie below each word of `bits`.
    below: Box<[u32; 1024]>,
    /// Where the items of each character, in order, begin in `items`; the
    /// last entry ends the last list.
    starts: Vec<usize>,
    items: Vec<T>,
    /// The items of characters beyond the plane, by character.
    astral: Vec<(char, Vec<T>)>,
}

impl<T> CharIndex<T> {
    /// `items` listed under their characters; under each character they
    /// keep the order they come in.
    pub fn new(items: impl IntoIterator<Item = (char, T)>) -> CharIndex<T> {
        let mut keyed: Vec<(char, T)> = items.into_iter().collect();
        // A stable sort keeps each character's items in their order.
        keyed.sort_by_key(|&(c, _)| c);
        let mut index = CharIndex {
            bits: Box::new([0; 1024]),
            below: Box::new([0; 1024]),
            starts: Vec::new(),
            items: Vec::new(),
            astral: Vec::new(),
        };
        for (c, item) in keyed {
            let v = u32::from(c);
            if v >= 0x10000 {
                match index.astral.last_mut() {
                    Some((k, list)) if *k == c => list.push(item),
                    _ => index.astral.push((c, vec![item])),
                }
                continue;
            }
            let (word, bit) = ((v >> 6) as usize, 1u64 << (v & 63));
            // The characters come in order, so each new one is the next in
            // rank.
            if index.bits[word] & bit == 0 {
                index.bits[word] |= bit;
                index.starts.push(index.items.len());
            }
            index.items.push(item);
        }
        index.starts.push(index.items.len());
        let mut below = 0;
        for (b, bits) in index.below.iter_mut().zip(index.bits.iter()) {
            *b = below;
            below += bits.count_ones();
        }
        index
    }

    /// The items listed under `c`, in their order. Inlined: it is called
    /// for nearly every fact, and most calls end at the first bit test.
    #[inline(always)]
    pub fn get(&self, c: char) -> &[T] {
        let v = u32::from(c);
        if v >= 0x10000 {
            return self
                .astral
                .iter()
                .find(|(k, _)| *k == c)
                .map_or(&[], |(_, list)| list);
        }
        let (word, bit) = ((v >> 6) as usize, 1u64 << (v & 63));
        let bits = self.bits[word];
        if bits & bit == 0 {
            return &[];
        }
        let rank = self.below[word] as usize + (bits & (bit - 1)).count_ones() as usize;
        &self.items[self.starts[rank]..self.starts[rank + 1]]
    }
}

/// The code point of the three-byte character `b0 b1 b2`, if `b0` begins
/// one. Valid UTF-8 is assumed: the callers read bytes of a `str`.
#[inline]
pub(crate) fn three_byte_code(b0: u8, b1: u8, b2: u8) -> Option<u32> {
    (b0 & 0xF0 == 0xE0)
        .then(|| (u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F))
}

/// A fast hasher for sets of our own static words: lookups hash many short
/// strings per fact, and SipHash, whose strength guards maps that untrusted
/// input fills, cost more than the look-ups themselves. These sets are
/// filled from the tables only, so flooding them is not possible.
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    /// The multiplier of the Fx hash.
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
}

impl std::hash::Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        // The multiply-rotate step of the Fx hash, a word at a time.
        const K: u64 = WordHasher::K;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
            h = (h.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
        self.0 = h;
    }

    /// Characters, the keys of the by-first-character indexes, in one
    /// step rather than as four bytes.
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(WordHasher::K);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The `BuildHasher` of [`WordHasher`].
pub(crate) type Words = std::hash::BuildHasherDefault<WordHasher>;

/// Splits `text` into sentences: each ends after a sentence-ending mark (and
/// any closing quotes or brackets that follow it), or at `MAX_SENTENCE`
/// bytes, cut at a character boundary. The pieces cover `text` exactly, in
/// order.
pub(crate) fn sentences(text: &str) -> Sentences<'_> {
    Sentences {
        text,
        pos: 0,
        wide: 0,
        narrow: 0,
    }
}

/// The iterator returned by [`sentences`]: byte ranges of `text`.
///
/// It finds the same ends as [`sentence_end`] (a proptest checks it), but
/// faster: SIMD searches (`memchr`) jump to the next byte that can begin a
/// mark, and remember where it is, so that each search runs on from where
/// the last one stopped and the text is read once however often the bytes
/// turn out to be no mark (a full-width comma begins with the same byte as
/// a full-width full stop).
pub(crate) struct Sentences<'t> {
    text: &'t str,
    pos: usize,
    /// The next byte at or after `pos` that can begin a full-width mark
    /// (E3 or EF), or the end of the text.
    wide: usize,
    /// The next `!`, `?` or `;` at or after `pos`, or the end of the text.
    narrow: usize,
}

impl Iterator for Sentences<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let start = self.pos;
        let bytes = self.text.as_bytes();
        let len = bytes.len();
        if start >= len {
            return None;
        }
        let limit = (start + MAX_SENTENCE).min(len);
        let mut i = start;
        let end = loop {
            if self.wide < i {
                self.wide = memchr::memchr2(0xE3, 0xEF, &bytes[i..]).map_or(len, |k| i + k);
            }
            if self.narrow < i {
                self.narrow = memchr::memchr3(b'!', b'?', b';', &bytes[i..]).map_or(len, |k| i + k);
            }
            let at = self.wide.min(self.narrow);
            if at >= limit {
                break cut(bytes, start, len);
            }
            let mark = mark_len(bytes, at);
            if mark == 0 {
                i = at + 1;
                continue;
            }
            if at + mark > start + MAX_SENTENCE {
                break at;
            }
            break after_closers(bytes, at + mark, start);
        };
        self.pos = end;
        Some((start, end))
    }
}

/// The length of the sentence-ending mark at byte `i`, or 0 when there is
/// none: `!`, `?`, `;`, 。 (E3 80 82), and ！ ？ ； ｡ (EF BC 81, EF BC 9F,
/// EF BC 9B, EF BD A1).
#[inline]
fn mark_len(bytes: &[u8], i: usize) -> usize {
    let mark = match bytes[i] {
        b'!' | b'?' | b';' => return 1,
        0xE3 => bytes.get(i + 1..i + 3) == Some(&[0x80, 0x82]),
        0xEF => matches!(
            bytes.get(i + 1..i + 3),
            Some([0xBC, 0x81 | 0x9F | 0x9B] | [0xBD, 0xA1])
        ),
        _ => false,
    };
    if mark { 3 } else { 0 }
}

/// The end of a sentence whose mark ends at `i`: past the closing quotes
/// and brackets that follow it, which stay with the sentence they close,
/// as long as the sentence (begun at `start`) stays within `MAX_SENTENCE`.
fn after_closers(bytes: &[u8], mut i: usize, start: usize) -> usize {
    while i < bytes.len() {
        let len = char_len(bytes[i]);
        let Some(c) = bytes
            .get(i..i + len)
            .and_then(|b| std::str::from_utf8(b).ok())
            .and_then(|t| t.chars().next())
        else {
            return i;
        };
        if !matches!(c, '”' | '’' | '」' | '』' | '）' | ')' | '"' | '\'')
            || i + len > start + MAX_SENTENCE
        {
            return i;
        }
        i += len;
    }
    i
}

/// The end of a sentence begun at `start` that holds no mark: the end of
/// the text, or, when that is too far, the last character boundary that
/// keeps it within `MAX_SENTENCE` bytes.
fn cut(bytes: &[u8], start: usize, len: usize) -> usize {
    if len - start <= MAX_SENTENCE {
        return len;
    }
    let mut cut = start + MAX_SENTENCE;
    while cut > start && bytes[cut] & 0xC0 == 0x80 {
        cut -= 1;
    }
    cut
}

/// The length of the UTF-8 character whose first byte is `b`.
#[inline]
pub(crate) fn char_len(b: u8) -> usize {
    match b {
        0..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Whether `s` is exactly one character long, known from the lead byte of
/// its first without decoding or counting.
#[inline]
pub(crate) fn is_one_char(s: &str) -> bool {
    s.as_bytes()
        .first()
        .is_some_and(|&b| char_len(b) == s.len())
}

/// Whether `s` holds two characters or more, known the same way.
#[inline]
pub(crate) fn longer_than_one_char(s: &str) -> bool {
    s.as_bytes().first().is_some_and(|&b| char_len(b) < s.len())
}

/// The bytes that can begin a sentence-ending mark: `!`, `?`, `;`, and the
/// lead bytes of 。 (E3) and of ！ ？ ； ｡ (EF). Neither lead byte is ever
/// a continuation byte, so a byte-wise scan for them stays on characters.
static MARK_LEADS: [bool; 256] = {
    let mut t = [false; 256];
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b';' as usize] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    t
};

/// The end of the sentence that starts `bytes` (valid UTF-8): after its
/// sentence-ending mark and any closing quotes or brackets, or before the
/// character that would take it past `MAX_SENTENCE` bytes.
///
/// It scans bytes with a table, looking closer only at the few that can
/// begin a mark, and shares its rules (`mark_len`, `after_closers`, `cut`)
/// with the [`Sentences`] iterator, which finds the same ends by SIMD.
pub(crate) fn sentence_end(bytes: &[u8]) -> usize {
    let limit = bytes.len().min(MAX_SENTENCE);
    let mut i = 0;
    while let Some(k) = bytes[i..limit]
        .iter()
        .position(|&b| MARK_LEADS[usize::from(b)])
    {
        let at = i + k;
        let mark = mark_len(bytes, at);
        if mark == 0 {
            i = at + 1;
            continue;
        }
        if at + mark > MAX_SENTENCE {
            return at;
        }
        return after_closers(bytes, at + mark, 0);
    }
    cut(bytes, 0, bytes.len())
}

/// A cleaned view of one sentence, with the map back to the original bytes.
///
/// The buffers are reused from one sentence to the next, so that scanning a
/// document allocates only as much as its longest sentence needs.
#[derive(Default)]
pub(crate) struct Cleaned {
    /// The sentence without PDF noise.
    pub text: String,
    /// The map back to the original bytes, as runs: `(c, o)` says that the
    /// cleaned bytes from `c` up to the next run's start are the original
    /// bytes from `o` on. Most sentences have no noise and so one run; a map
    /// of one offset per byte cost more to fill than all the matching.
    runs: Vec<(usize, usize)>,
}

impl Cleaned {
    /// Fills the view with the cleaned form of `raw[start..end]`.
    ///
    /// It jumps from one run of noise to the next, looking at the bytes in
    /// between only through a table of the bytes that can begin noise, and
    /// copies what lies between runs whole. Whether a run leaves a space
    /// depends only on the characters on either side of it: a space stays
    /// between two ASCII letters or digits, except where the run breaks a
    /// number across lines (`1⏎⏎86 个`) or is the single space of a
    /// letter-spaced line (`1 2 0 0 万 人`).
    pub fn fill(&mut self, raw: &str, start: usize, end: usize) {
        self.fill_with(raw, start, end, &mut WideNoise::default());
    }

    /// Fills the view as [`Cleaned::fill`] does, for one of many sentences
    /// of `raw` taken in order: `wide` remembers where in `raw` the next
    /// U+3000 and U+FEFF stand, so that they are searched for once per
    /// text rather than once per sentence (most texts hold none). A
    /// sentence taken out of order costs a new search, never a wrong view.
    pub fn fill_with(&mut self, raw: &str, start: usize, end: usize, wide: &mut WideNoise) {
        self.text.clear();
        self.runs.clear();
        let piece = &raw[start..end];
        let bytes = piece.as_bytes();
        // Whether the sentence is letter-spaced is asked only at a space
        // between two digits, which most sentences lack: it is worked out
        // then, once.
        let mut spaced: Option<bool> = None;
        // The last run of spaced-out digits looked at (see `SpacedDigits`).
        let mut digits = SpacedDigits::default();
        // Where the current run of kept bytes began.
        let mut run = 0;
        let mut i = 0;
        let mut finder = NoiseFinder {
            raw,
            start,
            end,
            memory: wide,
            wide: None,
        };
        while let Some(a) = finder.next(bytes, i) {
            // The run of noise `a..b`, its width in characters, and whether
            // it breaks a line.
            let mut b = a;
            let mut width = 0;
            let mut breaks = false;
            let mut visible = false;
            loop {
                let len = noise_len(bytes, b);
                if len == 0 {
                    // A page's running footer or header on a line of its
                    // own (`— 12 —`, `第 3 页 共 20 页`) stands in the middle
                    // of the sentence the page break cut: it is noise too.
                    let cut = breaks && number_cut_before(raw.as_bytes(), start + a);
                    match breaks.then(|| page_furniture_len(piece, b, cut)).flatten() {
                        Some(n) => {
                            (visible, width) = (true, width + 2);
                            b += n;
                            continue;
                        }
                        None => break,
                    }
                }
                breaks |= breaks_line_at(bytes, b);
                visible |= !invisible_at(bytes, b);
                width += 1;
                b += len;
            }
            self.push_run(piece, start, run, a);
            // The characters on either side are not noise; a multi-byte
            // character never ends or begins with an ASCII byte.
            let before = a.checked_sub(1).map(|k| bytes[k]);
            let after = bytes.get(b).copied();
            // A run of invisible characters only leaves nothing.
            if visible
                && before.is_some_and(|x| x.is_ascii_alphanumeric())
                && after.is_some_and(|x| x.is_ascii_alphanumeric())
            {
                let joined = before.is_some_and(|x| x.is_ascii_digit())
                    && after.is_some_and(|x| x.is_ascii_digit())
                    && (if breaks {
                        broken_number(raw.as_bytes(), start + a, start + b)
                    } else {
                        width == 1
                            && (*spaced.get_or_insert_with(|| letter_spaced(piece))
                                || digits.joins(bytes, a, b)
                                || thousands_space(bytes, a, b))
                    });
                // Spaced-out letters (`5 G`, `G b p s`) join too.
                let letters = !breaks && spaced_letters(bytes, a, b);
                if !joined && !letters {
                    // A run of noise always ends the run before it, so the
                    // space is a run of its own.
                    self.runs.push((self.text.len(), start + a));
                    self.text.push(' ');
                }
            } else if breaks && digit_ends_at(bytes, a) && digit_starts_at(bytes, b) {
                // Full-width digits are told apart across a line break by
                // the same rule as ASCII ones (`１２.５⏎１３.１` is two
                // values); any other noise between them is dropped.
                if !broken_number(raw.as_bytes(), start + a, start + b) {
                    // A run of noise always ends the run before it, so the
                    // space is a run of its own.
                    self.runs.push((self.text.len(), start + a));
                    self.text.push(' ');
                }
            }
            run = b;
            i = b;
        }
        self.push_run(piece, start, run, bytes.len());
    }

    /// Appends the kept bytes `piece[a..b]`, which stand at `start + a` in the
    /// original, as one run.
    fn push_run(&mut self, piece: &str, start: usize, a: usize, b: usize) {
        if a < b {
            self.runs.push((self.text.len(), start + a));
            self.text.push_str(&piece[a..b]);
        }
    }

    /// Maps a cleaned range `a..b` (on character boundaries, `a < b`) to the
    /// original bytes: from the first byte of its first character to one past
    /// the last byte of its last character.
    pub fn original(&self, a: usize, b: usize) -> (usize, usize) {
        (self.original_at(a), self.original_at(b - 1) + 1)
    }

    /// The original offset of cleaned byte `a` (which must be in bounds).
    pub fn original_at(&self, a: usize) -> usize {
        let k = self.runs.partition_point(|&(c, _)| c <= a) - 1;
        let (c, o) = self.runs[k];
        o + (a - c)
    }

    /// The places in the cleaned range `a..b` where noise was dropped: for
    /// each, the cleaned offset of the byte after it and the original range
    /// of the noise. Found from the runs, without a search per byte.
    pub fn gaps_in(&self, a: usize, b: usize) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        let first = self.runs.partition_point(|&(c, _)| c < a).max(1);
        self.runs[first.min(self.runs.len())..]
            .iter()
            .zip(&self.runs[first - 1..])
            .take_while(move |((c, _), _)| *c < b)
            .filter_map(|(&(c, o), &(c0, o0))| {
                let end_of_prev = o0 + (c - c0);
                (end_of_prev < o).then_some((c, end_of_prev, o))
            })
    }

    /// The cleaned offset of the first kept byte at or after the original
    /// offset `o` (within the sentence): the inverse of `original_at`,
    /// where noise that was dropped maps to the byte kept after it.
    pub fn cleaned_at(&self, o: usize) -> usize {
        let k = self.runs.partition_point(|&(_, start)| start <= o);
        let Some(&(c, start)) = k.checked_sub(1).and_then(|k| self.runs.get(k)) else {
            return 0;
        };
        let next = self.runs.get(k).map_or(self.text.len(), |r| r.0);
        (c + (o - start)).min(next)
    }
}

/// The byte length of the noise character at byte `i` (a character
/// boundary), or 0 when the character there is not noise. It agrees with
/// [`is_noise`].
#[inline]
fn noise_len(bytes: &[u8], i: usize) -> usize {
    let Some(&b) = bytes.get(i) else {
        return 0;
    };
    let noise = match b {
        0x00 | 0x09..=0x0D | 0x20 => return 1,
        0xC2 => {
            return if matches!(bytes.get(i + 1), Some(&(0xA0 | 0xAD))) {
                2
            } else {
                0
            };
        }
        0xE2 => matches!(
            bytes.get(i + 1..i + 3),
            Some([0x80, 0x80..=0x8D | 0xA8 | 0xA9 | 0xAF] | [0x81, 0x9F | 0xA0])
        ),
        0xE3 => bytes.get(i + 1..i + 3) == Some(&[0x80, 0x80]),
        0xEF => bytes.get(i + 1..i + 3) == Some(&[0xBB, 0xBF]),
        _ => false,
    };
    if noise { 3 } else { 0 }
}

/// Whether the noise character at byte `i` (where `noise_len` found one)
/// is one of [`is_invisible`]: the soft hyphen (C2 AD), U+2009–D (E2 80
/// 89–8D), U+202F (E2 80 AF), the word joiner (E2 81 A0) or the byte-order
/// mark (EF BB BF, the only noise that begins with EF).
#[inline]
fn invisible_at(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        0xC2 => bytes.get(i + 1) == Some(&0xAD),
        0xE2 => matches!(
            bytes.get(i + 1..i + 3),
            Some([0x80, 0x89..=0x8D | 0xAF] | [0x81, 0xA0])
        ),
        0xEF => true,
        _ => false,
    }
}

/// Whether the noise character at byte `i` breaks a line: a line feed, a
/// carriage return alone (as old Mac tools write) or before one, a form
/// feed (the page break pdftotext writes), a vertical tab, or the line
/// and paragraph separators U+2028 and U+2029 (E2 80 A8 and A9).
#[inline]
fn breaks_line_at(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'\n' | b'\r' | 0x0B | 0x0C => true,
        0xE2 => matches!(bytes.get(i + 1..i + 3), Some([0x80, 0xA8 | 0xA9])),
        _ => false,
    }
}

/// Whether the full-width digit ０–９ (EF BC 90–99) begins at byte `i`.
#[inline]
fn wide_digit_at(bytes: &[u8], i: usize) -> bool {
    matches!(bytes.get(i..i + 3), Some([0xEF, 0xBC, 0x90..=0x99]))
}

/// Whether an ASCII or full-width digit begins at byte `i`.
fn digit_starts_at(bytes: &[u8], i: usize) -> bool {
    bytes.get(i).is_some_and(u8::is_ascii_digit) || wide_digit_at(bytes, i)
}

/// Whether an ASCII or full-width digit ends just before byte `i`.
fn digit_ends_at(bytes: &[u8], i: usize) -> bool {
    i.checked_sub(1).is_some_and(|k| bytes[k].is_ascii_digit())
        || i.checked_sub(3).is_some_and(|k| wide_digit_at(bytes, k))
}

/// What a piece of a number on one side of a line break holds: its
/// digits, decimal points and thousands separators.
#[derive(Default)]
struct Fragment {
    /// Where the piece begins (for the piece before the break).
    start: usize,
    /// How many characters it has.
    chars: usize,
    points: usize,
    commas: usize,
    /// The digits of its group next to the break: after its last
    /// separator (before the break) or before its first (after it).
    edge_group: usize,
    digits: usize,
}

/// The character of a number at byte `i` of `bytes`, and its length: a
/// digit, a point or a comma, ASCII or full-width (`．` is EF BC 8E); the
/// full-width comma is left out, since between digits it mostly separates
/// the items of a list (`20，300`).
fn number_char_at(bytes: &[u8], i: usize) -> Option<(u8, usize)> {
    match bytes.get(i)? {
        &c @ (b'0'..=b'9' | b'.' | b',') => Some((c, 1)),
        0xEF => match bytes.get(i + 1..i + 3)? {
            [0xBC, d @ 0x90..=0x99] => Some((b'0' + (d - 0x90), 3)),
            [0xBC, 0x8E] => Some((b'.', 3)),
            _ => None,
        },
        _ => None,
    }
}

impl Fragment {
    /// Counts one character of the piece; `toward` says whether it lies
    /// nearer the break than every character counted before it.
    fn count(&mut self, c: u8, toward_break: bool) {
        self.chars += 1;
        match c {
            b'.' => self.points += 1,
            b',' => self.commas += 1,
            _ => self.digits += 1,
        }
        if c.is_ascii_digit() {
            if toward_break || self.points + self.commas == 0 {
                self.edge_group += 1;
            }
        } else if toward_break {
            self.edge_group = 0;
        }
    }

    /// The piece of a number that ends at byte `a` of `raw`.
    fn before(raw: &[u8], a: usize) -> Fragment {
        // The characters are read back from the break and counted forward,
        // so that the group next to the break is the last one counted.
        let mut start = a;
        while start > 0 {
            let k = if raw[start - 1] < 0x80 {
                start - 1
            } else {
                start.saturating_sub(3)
            };
            match number_char_at(raw, k) {
                Some((_, len)) if k + len == start => start = k,
                _ => break,
            }
        }
        let mut piece = Fragment {
            start,
            ..Fragment::default()
        };
        let mut i = start;
        while let Some((c, len)) = number_char_at(raw, i).filter(|_| i < a) {
            piece.count(c, true);
            i += len;
        }
        piece
    }

    /// The piece of a number that begins at byte `b` of `raw`.
    fn after(raw: &[u8], b: usize) -> Fragment {
        let mut piece = Fragment::default();
        let mut i = b;
        while let Some((c, len)) = number_char_at(raw, i) {
            piece.count(c, false);
            i += len;
        }
        piece
    }
}

/// Whether the line break `a..b` of `raw`, between two digits, breaks one
/// number across lines (`约 1⏎⏎76 亿平方米`, `1,2⏎34 万人`) rather than
/// separating two (`2023⏎2024`, `12.5⏎13.1`, the cells of a table that PDF
/// extraction put one to a line).
///
/// A PDF breaks a line where the text reaches the margin, so a number
/// broken across lines ends a line that holds text before it, and the two
/// pieces joined make a well-formed number. The break separates two
/// numbers when joining them would not: two decimal points, or thousands
/// groups of other than three digits (`1,234⏎5,678`); and when the digits
/// before the break stand alone on their line (after only spaces or a
/// sign), as a table's cells do, unless they are one character, as in
/// text set vertically one character a line (`1⏎2⏎0`).
fn broken_number(raw: &[u8], a: usize, b: usize) -> bool {
    let (head, tail) = (Fragment::before(raw, a), Fragment::after(raw, b));
    if head.points > 0 && (tail.points > 0 || tail.commas > 0) {
        return false;
    }
    if head.commas > 0 && head.points == 0 && head.edge_group + tail.edge_group != 3 {
        return false;
    }
    if head.commas == 0 && head.points == 0 && tail.commas > 0 && head.digits + tail.edge_group > 3
    {
        return false;
    }
    head.chars < 2 || !starts_line(raw, head.start)
}

/// Whether only spaces, tabs or a sign stand between byte `i` of `raw`
/// and the line break before it (or the start of the text).
fn starts_line(raw: &[u8], mut i: usize) -> bool {
    loop {
        if i == 0 {
            return true;
        }
        let c = raw[i - 1];
        if matches!(c, b'\n' | b'\r' | 0x0B | 0x0C) {
            return true;
        }
        if matches!(c, b' ' | b'\t' | b'-' | b'+') {
            i -= 1;
            continue;
        }
        // U+3000, the full-width minus (EF BC 8D), U+2028 and U+2029.
        let wide = i.checked_sub(3).map(|k| &raw[k..i]);
        match wide {
            Some([0xE2, 0x80, 0xA8 | 0xA9]) => return true,
            Some([0xE3, 0x80, 0x80] | [0xEF, 0xBC, 0x8D]) => i -= 3,
            _ if i >= 2 && raw[i - 2..i] == [0xC2, 0xA0] => i -= 2,
            _ => return false,
        }
    }
}

/// Whether a number of running text ends at byte `a` of `raw`, before a
/// line break: digits that end a line holding text before them (as
/// `broken_number` asks of a number broken across lines), and that end no
/// fraction (`3/4`) of a list or table set one to a line.
fn number_cut_before(raw: &[u8], a: usize) -> bool {
    if !digit_ends_at(raw, a) {
        return false;
    }
    let head = Fragment::before(raw, a);
    let slash = (head.start > 0 && raw[head.start - 1] == b'/')
        || (head.start >= 3 && raw[head.start - 3..head.start] == *"／".as_bytes());
    !slash && !starts_line(raw, head.start)
}

/// The length of the running header or footer of a page that begins at
/// byte `i` (a character boundary) of a sentence, at the start of a line: a line that
/// holds only a page number, as `— 12 —`, `- 7 -`, `·4·` or
/// `第 3 页 共 20 页`, and ends with a line break. Spaces inside it are
/// allowed; the break is not counted.
///
/// A bare `8 / 20` (page 8 of 20) on a line of its own may as well be a
/// fraction in a table or a list (`3/4`), so it is page furniture only
/// where `cut` says that a number of running text ends just before the
/// break in front of it (`游客12⏎⏎8 / 20⏎⏎万人次`): a page break cut that
/// number from its unit, and a fraction written right after a number
/// would make no sense there.
fn page_furniture_len(piece: &str, i: usize, cut: bool) -> Option<usize> {
    // Page numbers are short: a longer line is read no further.
    const LONGEST: usize = 48;
    let dash = |c: char| matches!(c, '—' | '–' | '-' | '－' | '―' | '─');
    let dot = |c: char| matches!(c, '·' | '•');
    let line = piece.get(i..)?;
    // Most lines begin with none of the characters a page number can begin
    // with, and are read no further.
    let lead = line.chars().next()?;
    if !(lead.is_ascii_digit() || lead == '第' || dash(lead) || dot(lead)) {
        return None;
    }
    let mut kept = ['\0'; LONGEST];
    let mut count = 0;
    let mut len = None;
    for (k, c) in line.char_indices() {
        if k >= LONGEST {
            return None;
        }
        if matches!(
            c,
            '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{2028}' | '\u{2029}'
        ) {
            len = Some(k);
            break;
        }
        if !is_noise(c) {
            kept[count] = c;
            count += 1;
        }
    }
    let len = len?;
    let marks = &kept[..count];
    // The page number itself, and what stands on either side of it.
    let first = marks.iter().position(|c| c.is_ascii_digit())?;
    let digits = marks[first..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let (left, rest) = marks.split_at(first);
    let right = &rest[digits..];
    let all = |s: &[char], f: &dyn Fn(char) -> bool| !s.is_empty() && s.iter().all(|&c| f(c));
    let page_of = |s: &[char]| {
        // `共 20 页`, after an optional comma or slash.
        let s = s
            .strip_prefix(&[','][..])
            .or_else(|| s.strip_prefix(&['，'][..]))
            .unwrap_or(s);
        let s = s.strip_prefix(&['/'][..]).unwrap_or(s);
        s.strip_prefix(&['共'][..])
            .and_then(|s| s.strip_suffix(&['页'][..]))
            .is_some_and(|n| !n.is_empty() && n.iter().all(|c| c.is_ascii_digit()))
    };
    // `8 / 20`: the page and the number of pages, the first no larger.
    let of_pages = |right: &[char]| {
        let Some(total) = right
            .strip_prefix(&['/'][..])
            .or_else(|| right.strip_prefix(&['／'][..]))
        else {
            return false;
        };
        let number = |s: &[char]| s.iter().collect::<String>().parse::<u32>().ok();
        let page = number(&marks[first..first + digits]);
        total.len() <= 4
            && total.iter().all(|c| c.is_ascii_digit())
            && page
                .zip(number(total))
                .is_some_and(|(p, t)| 1 <= p && p <= t)
    };
    let furniture = digits <= 4
        && ((cut && left.is_empty() && of_pages(right))
            || (all(left, &dash) && all(right, &dash))
            || (all(left, &dot) && all(right, &dot))
            || (left == ['第']
                && right.first() == Some(&'页')
                && (right.len() == 1 || page_of(&right[1..]))));
    furniture.then_some(len)
}

/// Finds the noise characters of one sentence, in order.
///
/// Noise splits in two. U+3000 and U+FEFF begin with the same bytes as
/// common punctuation (。 and ，), so they are found by a substring search
/// whose results the text's `WideNoise` remembers. Everything else begins
/// with a byte that Chinese text rarely holds (ASCII whitespace, C2, E2),
/// which eight bytes at a time are tested for with word arithmetic. Either
/// way, a hit is a character boundary: the bytes looked for are never
/// continuation bytes.
struct NoiseFinder<'a> {
    /// The text, and where the sentence stands in it.
    raw: &'a str,
    start: usize,
    end: usize,
    /// Where in the text the next U+3000 and U+FEFF stand.
    memory: &'a mut WideNoise,
    /// The next of either at or after the last position asked about,
    /// relative to the sentence, or its length; `None` before the first
    /// question.
    wide: Option<usize>,
}

impl NoiseFinder<'_> {
    /// The first noise character at or after byte `i` of the sentence,
    /// whose bytes are `bytes`.
    fn next(&mut self, bytes: &[u8], i: usize) -> Option<usize> {
        let wide = match self.wide {
            Some(w) if w >= i => w,
            _ => {
                let w = self.memory.next(self.raw, self.start + i).min(self.end) - self.start;
                self.wide = Some(w);
                w
            }
        };
        let narrow = next_narrow_noise(&bytes[..wide], i);
        match narrow {
            Some(n) => Some(n),
            None if wide < bytes.len() => Some(wide),
            None => None,
        }
    }
}

/// The searchers for U+3000 and U+FEFF, built once; building one per
/// search cost more than the search.
static WIDE_FINDERS: LazyLock<[memchr::memmem::Finder<'static>; 2]> = LazyLock::new(|| {
    [
        memchr::memmem::Finder::new("\u{3000}".as_bytes()),
        memchr::memmem::Finder::new("\u{FEFF}".as_bytes()),
    ]
});

/// Where the next U+3000 and the next U+FEFF stand in one text, each
/// searched for again only once the sentences have passed it: the text is
/// then read once for each, however many sentences it has. (Remembering
/// only the nearer of the two would search for the farther again at every
/// pass of the nearer, and could read the text many times.)
#[derive(Debug, Default)]
pub(crate) struct WideNoise {
    /// For each of the two, where it was last searched for from and where
    /// it was found (the text's length when it was not); `None` before the
    /// first search.
    next: [Option<(usize, usize)>; 2],
}

impl WideNoise {
    /// The offset in `raw` of the first U+3000 or U+FEFF at or after
    /// `start`, or the length of `raw`. Sentences are asked for in order;
    /// one asked for out of order is searched for afresh.
    fn next(&mut self, raw: &str, start: usize) -> usize {
        let mut nearest = raw.len();
        for (k, next) in self.next.iter_mut().enumerate() {
            let at = match *next {
                Some((from, at)) if from <= start && start <= at => at,
                _ => {
                    let found = WIDE_FINDERS[k].find(&raw.as_bytes()[start..]);
                    let at = found.map_or(raw.len(), |a| start + a);
                    *next = Some((start, at));
                    at
                }
            };
            nearest = nearest.min(at);
        }
        nearest
    }
}

/// The byte 0x01 in each of a word's eight bytes.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The top bit of each of a word's eight bytes.
pub(crate) const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether any of the eight bytes of `w` is `b`: the bit trick that tells
/// whether a word holds a zero byte, exactly (though not which byte),
/// applied to `w` with `b` cancelled out.
#[inline]
pub(crate) fn word_holds(w: u64, b: u8) -> bool {
    let v = w ^ (ONES * u64::from(b));
    v.wrapping_sub(ONES) & !v & HIGHS != 0
}

/// Whether `bytes` holds any of the bytes `wanted`, looked for eight bytes
/// at a time: the scanners that ask it mostly look at text holding none.
#[inline]
pub(crate) fn holds_any(bytes: &[u8], wanted: &[u8]) -> bool {
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let w = u64::from_le_bytes(w.try_into().unwrap_or([0; 8]));
        if wanted.iter().any(|&b| word_holds(w, b)) {
            return true;
        }
    }
    words.remainder().iter().any(|b| wanted.contains(b))
}

/// Whether any of the eight bytes of `w` is at most 0x20, 0xC2 or 0xE2.
#[inline]
fn may_hold_narrow_noise(w: u64) -> bool {
    // A byte below 0x21: the high bit of `b - 0x21` borrows, for b < 0x80.
    let below = w.wrapping_sub(ONES * 0x21) & !w & HIGHS != 0;
    below || word_holds(w, 0xC2) || word_holds(w, 0xE2)
}

/// The first noise character other than U+3000 and U+FEFF at or after
/// byte `i`.
#[inline]
fn next_narrow_noise(bytes: &[u8], mut i: usize) -> Option<usize> {
    while i < bytes.len() {
        if let Some(word) = bytes
            .get(i..i + 8)
            .and_then(|b| <[u8; 8]>::try_from(b).ok())
        {
            if !may_hold_narrow_noise(u64::from_le_bytes(word)) {
                i += 8;
                continue;
            }
        }
        let end = (i + 8).min(bytes.len());
        while i < end {
            let b = bytes[i];
            if (b <= 0x20 || b == 0xC2 || b == 0xE2) && noise_len(bytes, i) > 0 {
                return Some(i);
            }
            i += 1;
        }
    }
    None
}

/// Whether the multi-byte character at byte `i` may be noise: U+00A0,
/// U+00AD, U+3000, U+FEFF, and the spaces, zero-width and separator
/// characters U+2000–D, U+2028–9, U+202F, U+205F and U+2060 begin with
/// these bytes.
#[cfg(test)]
#[inline]
fn may_be_noise(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        0xC2 => matches!(bytes.get(i + 1), Some(&(0xA0 | 0xAD))),
        0xE3 => bytes.get(i + 1..i + 3) == Some(&[0x80, 0x80]),
        0xEF => bytes.get(i + 1..i + 3) == Some(&[0xBB, 0xBF]),
        0xE2 => matches!(bytes.get(i + 1), Some(&(0x80 | 0x81))),
        _ => false,
    }
}

/// The character that starts at byte `i` of valid UTF-8 `bytes`, and its
/// length. Decoding by hand lets the common ASCII case skip the general
/// decoder.
#[cfg(test)]
#[inline]
fn decode(bytes: &[u8], i: usize) -> (char, usize) {
    let b = bytes[i];
    if b < 0x80 {
        return (b as char, 1);
    }
    let cont = |k: usize| u32::from(bytes[i + k] & 0x3F);
    let (v, len) = if b < 0xE0 {
        ((u32::from(b & 0x1F) << 6) | cont(1), 2)
    } else if b < 0xF0 {
        ((u32::from(b & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        (
            (u32::from(b & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
            4,
        )
    };
    (
        char::from_u32(v).unwrap_or(char::REPLACEMENT_CHARACTER),
        len,
    )
}

/// Spaced-out digits (`1 2 0 0 0 亩`, `4 5 . 8 %`): PDF extraction spaces
/// out the digits of a number in lines whose other characters it leaves
/// alone. A run of at least three single digits (or decimal points or
/// thousands separators) with one
/// space between each is one number; two (`3 1`) may be two numbers, and a
/// run next to a longer number (`12 3 4 5`, a table row) is left as it is.
///
/// The run is read once, at its first space, and remembered, so that a long
/// run costs time in proportion to its length.
#[derive(Default)]
struct SpacedDigits {
    /// Where the run last read ends, and whether it is one number.
    end: usize,
    number: bool,
}

impl SpacedDigits {
    /// Whether the one noise character `a..b` between two digits of
    /// `bytes` is a space inside spaced-out digits.
    fn joins(&mut self, bytes: &[u8], a: usize, b: usize) -> bool {
        if a >= self.end {
            match spaced_digits(bytes, a, b) {
                Some((end, number)) => (self.end, self.number) = (end, number),
                None => return false,
            }
        }
        self.number
    }
}

/// The run of single digits and points, one space apart, around the space
/// `a..b` of `bytes` (a digit on either side): where it ends, and whether
/// it is one number (see `SpacedDigits`). `None` when the space is no
/// single ASCII space between single characters.
fn spaced_digits(bytes: &[u8], a: usize, b: usize) -> Option<(usize, bool)> {
    // A thousands separator is spaced out too (`1 2 , 3 4 5 万 元`).
    let part = |x: Option<&u8>| x.is_some_and(|&c| c.is_ascii_digit() || c == b'.' || c == b',');
    if b != a + 1 || bytes[a] != b' ' {
        return None;
    }
    // The digits before the space, back to the start of the run (a few
    // dozen at most are looked at, which only a freak line exceeds).
    let mut digits = 0;
    let mut first = a - 1;
    let mut longer = part(first.checked_sub(1).and_then(|k| bytes.get(k)));
    let mut steps = 0;
    while !longer {
        digits += usize::from(bytes[first].is_ascii_digit());
        let gap = first.checked_sub(1).map(|k| bytes[k]);
        let prev = first.checked_sub(2).and_then(|k| bytes.get(k));
        if gap != Some(b' ') || !part(prev) || steps == 64 {
            break;
        }
        first -= 2;
        steps += 1;
        longer = part(first.checked_sub(1).and_then(|k| bytes.get(k)));
    }
    // The digits after it, to the end of the run.
    let mut last = b;
    loop {
        if part(bytes.get(last + 1)) {
            longer = true;
            break;
        }
        digits += usize::from(bytes[last].is_ascii_digit());
        if bytes.get(last + 1) != Some(&b' ') || !part(bytes.get(last + 2)) {
            break;
        }
        last += 2;
    }
    // A longer number one space before or after the run makes it a row.
    let row = |k: Option<usize>| k.is_some_and(|k| part(bytes.get(k)));
    let before = first.checked_sub(1).filter(|&k| bytes[k] == b' ');
    let after = Some(last + 1).filter(|&k| bytes.get(k) == Some(&b' '));
    longer |= row(before.and_then(|k| k.checked_sub(1))) || row(after.map(|k| k + 1));
    Some((last + 1, digits >= 3 && !longer))
}

/// Whether the noise `a..b` of `bytes` is one space between two single
/// ASCII characters of which one at least is a letter, each standing alone
/// between spaces or other text (`建 5 G 基 站`, `3.2 万 G b p s`): PDF
/// extraction spaces out the letters of a word as it does the characters of
/// a letter-spaced line, and `5G` and `Gbps` are words. A space after or
/// before a longer word (`Top 10`, `COVID 19`) stays.
fn spaced_letters(bytes: &[u8], a: usize, b: usize) -> bool {
    let alnum = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_alphanumeric);
    b == a + 1
        && bytes[a] == b' '
        && a >= 1
        && alnum(a - 1)
        && alnum(b)
        && (bytes[a - 1].is_ascii_alphabetic() || bytes[b].is_ascii_alphabetic())
        && !(a >= 2 && alnum(a - 2))
        && !alnum(b + 1)
}

/// Whether the noise `a..b` between two digits of `bytes` is the space that
/// Hong Kong's government and some other typesetters put between groups of
/// three digits (`約3 900人`, `69 812宗`, `11萬7 100人`): one ASCII space in
/// a chain of groups that begins with one to three digits (after no digit,
/// point, comma or letter), goes on in groups of exactly three, and ends
/// right before a Chinese character, the unit or multiplier the number
/// needs. A row of a table (`635 621`) ends at a space or a line's end, and
/// a longer group or a decimal point breaks the chain, so two numbers side
/// by side stay two.
fn thousands_space(bytes: &[u8], a: usize, b: usize) -> bool {
    if b != a + 1 || bytes[a] != b' ' {
        return false;
    }
    let digit = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    // The groups before the space, back to the first one.
    let mut end = a;
    loop {
        let mut k = end;
        while k > 0 && digit(k - 1) && end - k < 4 {
            k -= 1;
        }
        let len = end - k;
        if len == 0 || len > 3 {
            return false;
        }
        let before = k.checked_sub(1).map(|i| bytes[i]);
        if before == Some(b' ') && k >= 2 && digit(k - 2) {
            // An earlier group: this one must be a whole group of three.
            if len != 3 {
                return false;
            }
            end = k - 1;
            continue;
        }
        if before.is_some_and(|x| x.is_ascii_alphanumeric() || x == b'.' || x == b',') {
            return false;
        }
        break;
    }
    // The groups after it, each of exactly three digits, up to the
    // Chinese character that ends the chain (a lead byte E4 to E9 begins
    // the CJK ideographs U+4E00 to U+9FFF).
    let mut k = b;
    loop {
        if !(digit(k) && digit(k + 1) && digit(k + 2)) {
            return false;
        }
        k += 3;
        match bytes.get(k) {
            Some(b' ') if digit(k + 1) => k += 1,
            Some(0xE4..=0xE9) => return true,
            _ => return false,
        }
    }
}

/// Whether a piece of text spaces out its characters, as PDF extraction
/// of letter-spaced lines does (`开 展 专 题 培 训`): most Chinese characters
/// are followed by a single space and another Chinese character.
pub(crate) fn letter_spaced(text: &str) -> bool {
    let (spaced, tight) = spacing(text);
    spaced >= 4 && spaced > tight
}

/// How many Chinese characters of `text` follow another one after a single
/// space, and how many follow one right after it: the measure of
/// `letter_spaced`.
pub(crate) fn spacing(text: &str) -> (usize, usize) {
    let (mut spaced, mut tight) = (0usize, 0usize);
    let mut prev: [char; 2] = ['\0', '\0'];
    for c in text.chars() {
        let cjk = |x: char| ('\u{4E00}'..='\u{9FFF}').contains(&x);
        if cjk(c) {
            if cjk(prev[1]) {
                tight += 1;
            } else if prev[1] == ' ' && cjk(prev[0]) {
                spaced += 1;
            }
        }
        prev = [prev[1], c];
    }
    (spaced, tight)
}

/// The cleaned form of a whole string: noise removed as in a sentence view.
/// Used for the readable `sentence` column of the export.
pub(crate) fn clean(raw: &str) -> String {
    let mut view = Cleaned::default();
    view.fill(raw, 0, raw.len());
    view.text
}

#[cfg(test)]
impl Cleaned {
    /// The character-by-character cleaning that `fill` must agree with.
    fn fill_reference(&mut self, raw: &str, start: usize, end: usize) {
        self.text.clear();
        self.runs.clear();
        let piece = &raw[start..end];
        let bytes = piece.as_bytes();
        // Whether the sentence is letter-spaced is asked only at a space
        // between two digits, which most sentences lack: it is worked out
        // then, once.
        let mut spaced: Option<bool> = None;
        // The kept bytes are copied a run at a time: `run` is where the
        // current run of kept bytes began.
        let mut run = 0;
        let mut pending_space: Option<usize> = None;
        let mut pending_width = 0;
        let mut pending_break = false;
        let mut pending_visible = false;
        let mut prev_alnum = false;
        let mut prev_digit = false;
        // Where the pending noise began, and whether a digit of either
        // width stands before it.
        let mut pending_from: Option<usize> = None;
        let mut prev_any_digit = false;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            // A line of page furniture after a line break is noise too.
            if pending_break {
                let cut = pending_from.is_some_and(|a| number_cut_before(raw.as_bytes(), a));
                if let Some(n) = page_furniture_len(piece, i, cut) {
                    pending_visible = true;
                    pending_width += 2;
                    i += n;
                    run = i;
                    continue;
                }
            }
            let (c, len) = decode(bytes, i);
            if is_noise(c) {
                self.push_run(piece, start, run, i);
                if prev_alnum && pending_space.is_none() {
                    pending_space = Some(start + i);
                }
                pending_from.get_or_insert(start + i);
                pending_break |= matches!(
                    c,
                    '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{2028}' | '\u{2029}'
                );
                pending_visible |= !is_invisible(c);
                pending_width += 1;
                i += len;
                run = i;
                continue;
            }
            // Between two digits of which one at least is full-width, only
            // a line break between two numbers leaves a space.
            let any_digit = c.is_ascii_digit() || ('０'..='９').contains(&c);
            if let Some(from) = pending_from.take() {
                if pending_break
                    && prev_any_digit
                    && any_digit
                    && !(prev_digit && c.is_ascii_digit())
                    && !broken_number(raw.as_bytes(), from, start + i)
                {
                    self.runs.push((self.text.len(), from));
                    self.text.push(' ');
                }
            }
            prev_any_digit = any_digit;
            // Most characters are Chinese: neither noise, nor a letter or
            // digit. Noise before one is dropped whole.
            if b >= 0x80 && !may_be_noise(bytes, i) {
                pending_space = None;
                pending_break = false;
                pending_visible = false;
                pending_width = 0;
                prev_alnum = false;
                prev_digit = false;
                i += char_len(b);
                continue;
            }
            let alnum = c.is_ascii_alphanumeric();
            let digit = c.is_ascii_digit();
            if let Some(sp) = pending_space.take() {
                // A line break between two digits is a number that the PDF
                // broke across lines (`1⏎⏎86 个`), unless the two sides make
                // no number together or the first stands alone on its line
                // (`broken_number`); a space between them separates two
                // numbers (`8456 2210`).
                // In a line that spaces out every character (`1 2 0 0 万
                // 人`), one space between digits is spacing too.
                let joined = digit
                    && prev_digit
                    && (if pending_break {
                        broken_number(raw.as_bytes(), sp, start + i)
                    } else {
                        pending_width == 1
                            && (*spaced.get_or_insert_with(|| letter_spaced(piece))
                                || spaced_digits(bytes, sp - start, i).is_some_and(|(_, ok)| ok)
                                || thousands_space(bytes, sp - start, i))
                    });
                // Invisible characters alone leave no space.
                let letters = !pending_break && spaced_letters(bytes, sp - start, i);
                if alnum && prev_alnum && !joined && !letters && pending_visible {
                    // A run of noise always ends the run before it, so the
                    // space is a run of its own.
                    self.runs.push((self.text.len(), sp));
                    self.text.push(' ');
                }
            }
            pending_break = false;
            pending_visible = false;
            pending_width = 0;
            prev_alnum = alnum;
            prev_digit = digit;
            i += len;
        }
        self.push_run(piece, start, run, bytes.len());
    }
}

/// The byte range of `raw` from `width` bytes before `a` to `width` bytes
/// after `b`, clamped to the text and moved inward to character
/// boundaries: the window that scanners read around a place, so that a
/// long line is not read again for every number on it.
pub(crate) fn window_around(raw: &str, a: usize, b: usize, width: usize) -> (usize, usize) {
    let mut lo = a.saturating_sub(width);
    while !raw.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (b + width).min(raw.len());
    while !raw.is_char_boundary(hi) {
        hi -= 1;
    }
    (lo, hi)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Whether a character ends a sentence.
    fn ends_sentence(c: char) -> bool {
        matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';' | '｡')
    }

    /// The plain character-by-character definition of a sentence end,
    /// which the byte-walking `sentence_end` must agree with.
    fn reference_end(rest: &str) -> usize {
        let mut after_mark = false;
        for (i, c) in rest.char_indices() {
            if after_mark && !matches!(c, '”' | '’' | '」' | '』' | '）' | ')' | '"' | '\'')
            {
                return i;
            }
            if ends_sentence(c) {
                after_mark = true;
            }
            if i > 0 && i + c.len_utf8() > MAX_SENTENCE {
                return i;
            }
        }
        rest.len()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn cleaning_by_noise_runs_agrees_with_the_reference(
            s in "[一二中。，1 2a\n\r\t\u{0}\u{A0}\u{AD}\u{3000}\u{FEFF}\u{2002}\u{2009}\u{200B}\u{200D}\u{2028}\u{2029}\u{202F}\u{205F}\u{2060}é😀开展 ]{0,40}|[开展 12,.\n\u{200B}]{0,30}|[12０１.,．—·第页共 \n\r\t\u{0C}\u{2028}\u{3000}中-]{0,40}|[129/ \n\r中]{0,40}",
        ) {
            let (mut fast, mut slow) = (Cleaned::default(), Cleaned::default());
            fast.fill(&s, 0, s.len());
            slow.fill_reference(&s, 0, s.len());
            prop_assert_eq!(&fast.text, &slow.text);
            prop_assert_eq!(&fast.runs, &slow.runs);
        }

        #[test]
        fn sentences_cleaned_in_turn_agree_with_each_cleaned_alone(
            s in "[一二。1 a\n\u{3000}\u{FEFF}\u{A0}]{0,60}",
            cuts in proptest::collection::vec(0usize..60, 0..6),
        ) {
            // Sentence bounds in order, on character boundaries.
            let starts: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
            let mut bounds: Vec<usize> = cuts.iter().map(|c| starts[c % starts.len()]).collect();
            bounds.extend([0, s.len()]);
            bounds.sort_unstable();
            let mut pieces: Vec<(usize, usize)> = bounds.windows(2).map(|w| (w[0], w[1])).collect();
            // In order, and then once more in reverse order, which callers
            // should not do but must not get wrong text from.
            let reversed: Vec<(usize, usize)> = pieces.iter().rev().copied().collect();
            pieces.extend(reversed);
            let (mut alone, mut in_turn) = (Cleaned::default(), Cleaned::default());
            let mut wide = WideNoise::default();
            for (a, b) in pieces {
                alone.fill(&s, a, b);
                in_turn.fill_with(&s, a, b, &mut wide);
                prop_assert_eq!(&alone.text, &in_turn.text);
                prop_assert_eq!(&alone.runs, &in_turn.runs);
            }
        }

        #[test]
        fn trimming_noise_agrees_with_trimming_each_char(
            s in "[一中 \n\t\u{0}\u{A0}\u{AD}\u{3000}\u{FEFF}\u{2002}\u{200B}\u{205F}a1é😀]{0,12}",
        ) {
            prop_assert_eq!(trim_noise(&s), s.trim_matches(is_noise));
        }

        #[test]
        fn finding_members_agrees_with_testing_each_char(
            members in "[一二中a1é😀\u{7F}\u{80}\u{FFFF}]{0,6}",
            s in "[一二三中ab12é\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}😀\u{10000}]{0,20}",
            from in 0usize..20,
        ) {
            let set = CharSet::new(members.chars());
            let from = s.char_indices().map(|(i, _)| i).nth(from).unwrap_or(s.len());
            let plain = s[from..].char_indices().find(|&(_, c)| set.contains(c)).map(|(i, _)| from + i);
            prop_assert_eq!(set.find_from(&s, from), plain);
        }

        #[test]
        fn sentence_ends_agree_with_the_plain_definition(
            s in "[一二三。！？；!?;｡”’」』）)\"'a1 \n，é😀]{0,40}",
            pad in 0usize..4100,
        ) {
            let text = format!("{}{s}", "中".repeat(pad / 3));
            prop_assert_eq!(sentence_end(text.as_bytes()), reference_end(&text));
        }

        #[test]
        fn the_sentence_iterator_agrees_with_sentence_end(
            parts in proptest::collection::vec(
                ("[一二。！？；!?;｡”’」』）)\"'a1 \n，、é😀]{0,12}", 0usize..3000),
                0..8,
            ),
        ) {
            // Pieces of text with runs of Chinese between them, some long
            // enough to be cut.
            let text: String = parts
                .iter()
                .map(|(s, pad)| format!("{}{s}", "中".repeat(pad / 3)))
                .collect();
            let mut want = Vec::new();
            let mut pos = 0;
            while pos < text.len() {
                let end = pos + sentence_end(&text.as_bytes()[pos..]);
                want.push((pos, end));
                pos = end;
            }
            let got: Vec<(usize, usize)> = sentences(&text).collect();
            prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn indexed_items_keep_their_order_under_each_character() {
        let index = CharIndex::new([
            ('中', 1),
            ('a', 2),
            ('中', 3),
            ('😀', 4),
            ('😀', 5),
            ('é', 6),
        ]);
        assert_eq!(index.get('中'), &[1, 3]);
        assert_eq!(index.get('a'), &[2]);
        assert_eq!(index.get('é'), &[6]);
        assert_eq!(index.get('😀'), &[4, 5]);
        assert!(index.get('b').is_empty());
        assert!(index.get('😁').is_empty());
    }

    #[test]
    fn one_character_is_told_by_its_lead_byte() {
        for s in ["", "a", "é", "中", "😀", "ab", "中a", "a中", "😀😀"] {
            let n = s.chars().count();
            assert_eq!(is_one_char(s), n == 1, "{s}");
            assert_eq!(longer_than_one_char(s), n > 1, "{s}");
        }
    }

    #[test]
    fn cleaned_offsets_are_found_back_from_original_ones() {
        // Each original offset maps to the cleaned byte kept at or after
        // it: noise that was dropped maps to what follows it.
        let raw = "五、卫生\n\n全省 13 个";
        let mut view = Cleaned::default();
        view.fill(raw, 0, raw.len());
        assert_eq!(view.text, "五、卫生全省13个");
        let at = |s: &str| raw.find(s).expect("in the text");
        assert_eq!(view.cleaned_at(0), 0);
        assert_eq!(view.cleaned_at(at("\n")), "五、卫生".len());
        assert_eq!(view.cleaned_at(at("全")), "五、卫生".len());
        assert_eq!(view.cleaned_at(at("13")), "五、卫生全省".len());
        assert_eq!(view.cleaned_at(at("个")), "五、卫生全省13".len());
        for (c, _) in view.text.char_indices() {
            assert_eq!(view.cleaned_at(view.original_at(c)), c);
        }
    }

    #[test]
    fn cleaned_views_drop_pdf_noise_and_keep_a_map() {
        let cases: &[(&str, &str)] = &[
            ("开展专题培训 13\n\n次", "开展专题培训13次"),
            ("136000 毫 升", "136000毫升"),
            ("约 3 万名", "约3万名"),
            ("20 30 个", "20 30个"),
            ("1\n\n86 个", "186个"),
            ("开 展 培 训 1 2 0 0 人 次", "开展培训1200人次"),
            ("开展培训 12 00 人次", "开展培训12 00人次"),
            ("造林 1 2 0 0 0 亩", "造林12000亩"),
            ("达到 4 5 . 8 %", "达到45.8%"),
            ("参训 2 6 0 0 余人次", "参训2600余人次"),
            ("比分 3 1", "比分3 1"),
            ("12 3 4 5", "12 3 4 5"),
            ("3 4 5 12", "3 4 5 12"),
            ("1 2 3 4 5 6 7 8 9 0 1 2", "123456789012"),
            ("1 2 3  4", "123 4"),
            ("Top 10", "Top 10"),
            ("a\u{3000}\u{FEFF}b", "a b"),
            // Characters without width join what they stand between.
            ("2\u{200B}300 个", "2300个"),
            ("3\u{AD}2 个", "32个"),
            ("9\u{2060}8.5%", "98.5%"),
            ("增\u{AD}长 1\u{200B} 5%", "增长1 5%"),
            ("12\u{2009}345 台", "12345台"),
            ("销售\u{2002}320\u{2002}台", "销售320台"),
            ("1 2 , 3 4 5 万 元", "12,345万元"),
            // Groups of three digits a space apart before a Chinese
            // character are one number, as Hong Kong writes them; a row of
            // numbers, a longer or shorter group or a decimal part is not.
            ("增加約3 900人", "增加約3900人"),
            ("罪案69 812宗", "罪案69812宗"),
            ("約11萬7 100人", "約11萬7100人"),
            ("1 234 567元", "1234567元"),
            ("产量 635 621", "产量635 621"),
            ("产量 635 621\n", "产量635 621"),
            ("1234 567人", "1234 567人"),
            ("1.5 300人", "1.5 300人"),
            ("12 3456人", "12 3456人"),
            ("12 345 67人", "12 345 67人"),
            ("A1 200人", "A1 200人"),
            // Single letters spaced out make one word with their
            // neighbours; a longer word keeps its space.
            ("新建 5 G 基 站", "新建5G基站"),
            ("带宽 3.2 万 G b p s 。", "带宽3.2万Gbps。"),
            ("Top 10", "Top 10"),
            ("COVID 19 疫情", "COVID 19疫情"),
            ("5 GB", "5 GB"),
            ("\r\n三\0地", "三地"),
            ("", ""),
            // A line break between digits: one number broken across lines
            // where the two pieces make one and the first ends a line of
            // text (a carriage return, a form feed and U+2028 break lines
            // too)...
            ("常住人口 1,2\n34 万人", "常住人口1,234万人"),
            ("实现利润 1.8\n\n6 亿元", "实现利润1.86亿元"),
            ("救助群众 48\r00 余人", "救助群众4800余人"),
            ("营收 12\u{0C}6 亿元", "营收126亿元"),
            ("营收 12\u{2028}6 亿元", "营收126亿元"),
            ("增长 １\n２.５％", "增长１２.５％"),
            ("1\n2\n0", "120"),
            // ...and two numbers where they would make none, or the first
            // stands alone on its line, as the cells of a table do.
            ("年份\n2023\n2024\n", "年份2023 2024"),
            ("\t-12.5\r\n13 个", "-12.5 13个"),
            ("增速 12.5\n13.1\n9.8", "增速12.5 13.1 9.8"),
            ("营业收入 98,652.3\n111,046.5", "营业收入98,652.3 111,046.5"),
            ("产量 1,234\n5,678", "产量1,234 5,678"),
            ("产量 12\n3,456", "产量123,456"),
            ("产量 123\n4,567", "产量123 4,567"),
            ("１２.５\n１３.１", "１２.５ １３.１"),
            // A page's footer or header on a line of its own is dropped
            // with the breaks around it; a fraction, or a page named in
            // the text, is not.
            ("营收 12.6\n\n— 12 —\n\n亿元", "营收12.6亿元"),
            ("专利 47\n\n第 3 页 共 20 页\n\n项", "专利47项"),
            ("投资 58.6\r\n- 7 -\r\n亿元", "投资58.6亿元"),
            ("造林 2.4 万\n·4·\n亩", "造林2.4万亩"),
            ("新建 12\n— 3 —\n00 套", "新建1200套"),
            ("四分之三\n3/4\n二", "四分之三3/4二"),
            // `8 / 20` is a page of twenty where it cuts a number of the
            // text from its unit, and a fraction elsewhere: after text, or
            // after a number that stands alone on its line.
            ("游客 12\n\n8 / 20\n\n万人次", "游客12万人次"),
            ("投资 35\r\n12/30\r\n亿元", "投资35亿元"),
            ("其中约\n3/4\n的企业", "其中约3/4的企业"),
            ("比例\n12\n3/4\n", "比例12 3/4"),
            ("详见第 3 页\n第 4 页起", "详见第3页第4页起"),
        ];
        for &(raw, want) in cases {
            let mut v = Cleaned::default();
            v.fill(raw, 0, raw.len());
            assert_eq!(v.text, want, "{raw:?}");
            // Every cleaned byte maps to an identical original byte, except
            // the single spaces that stand for a run of noise.
            for (i, b) in v.text.bytes().enumerate() {
                let o = v.original_at(i);
                if b != b' ' {
                    assert_eq!(raw.as_bytes()[o], b, "{raw:?} byte {i}");
                }
            }
        }
    }

    #[test]
    fn sentences_cover_the_text_and_end_after_marks_and_quotes() {
        let text = "他说：“好。”然后走了！最后一句";
        let parts: Vec<&str> = sentences(text).map(|(a, b)| &text[a..b]).collect();
        assert_eq!(parts, vec!["他说：“好。”", "然后走了！", "最后一句"]);
        let long = "一".repeat(3000);
        let pieces: Vec<(usize, usize)> = sentences(&long).collect();
        assert!(pieces.iter().all(|(a, b)| b - a <= MAX_SENTENCE));
        assert_eq!(pieces.last().unwrap().1, long.len());
        assert!(sentences("").next().is_none());
    }
}
