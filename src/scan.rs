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

/// Sentences longer than this many bytes are cut, so that the work done per
/// chunk, and the memory held for it, stay bounded on text without any
/// punctuation.
pub(crate) const MAX_SENTENCE: usize = 4096;

/// Whether a character is noise that PDF extraction or encodings leave
/// between the characters of a word: whitespace of every width, NUL, the
/// byte-order mark and zero-width characters.
pub(crate) fn is_noise(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t'
            | '\n'
            | '\r'
            | '\u{0B}'
            | '\u{0C}'
            | '\0'
            | '\u{A0}'
            | '\u{3000}'
            | '\u{FEFF}'
            | '\u{200B}'
            | '\u{200C}'
            | '\u{200D}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Whether a character ends a sentence.
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';' | '｡')
}

/// Whether a character could begin a numeral: the prefilter that lets the
/// extractor skip sentences that cannot hold a fact.
pub(crate) fn is_numeral_char(c: char) -> bool {
    matches!(
        c,
        '0'..='9'
            | '０'..='９'
            | '零'
            | '〇'
            | '一'
            | '二'
            | '两'
            | '兩'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '萬'
            | '亿'
            | '億'
            | '壹'
            | '贰'
            | '貳'
            | '叁'
            | '參'
            | '肆'
            | '伍'
            | '陆'
            | '陸'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
            | '廿'
            | '卅'
            | '俩'
            | '仨'
    )
}

/// Splits `text` into sentences: each ends after a sentence-ending mark (and
/// any closing quotes or brackets that follow it), or at `MAX_SENTENCE`
/// bytes, cut at a character boundary. The pieces cover `text` exactly, in
/// order.
pub(crate) fn sentences(text: &str) -> Sentences<'_> {
    Sentences { text, pos: 0 }
}

/// The iterator returned by [`sentences`]: byte ranges of `text`.
pub(crate) struct Sentences<'t> {
    text: &'t str,
    pos: usize,
}

impl Iterator for Sentences<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let start = self.pos;
        if start >= self.text.len() {
            return None;
        }
        let rest = &self.text[start..];
        let mut end = rest.len();
        let mut after_mark = false;
        for (i, c) in rest.char_indices() {
            if after_mark && !matches!(c, '”' | '’' | '」' | '』' | '）' | ')' | '"' | '\'')
            {
                end = i;
                break;
            }
            if ends_sentence(c) {
                after_mark = true;
            }
            if i > 0 && i + c.len_utf8() > MAX_SENTENCE {
                end = i;
                break;
            }
        }
        self.pos = start + end;
        Some((start, start + end))
    }
}

/// A cleaned view of one sentence, with the map back to the original bytes.
///
/// The buffers are reused from one sentence to the next, so that scanning a
/// document allocates only as much as its longest sentence needs.
#[derive(Default)]
pub(crate) struct Cleaned {
    /// The sentence without PDF noise.
    pub text: String,
    /// `map[i]` is the original byte offset of cleaned byte `i`.
    map: Vec<usize>,
    /// Whether the sentence holds a character that could begin a numeral.
    pub has_numeral: bool,
}

impl Cleaned {
    /// Fills the view with the cleaned form of `raw[start..end]`.
    pub fn fill(&mut self, raw: &str, start: usize, end: usize) {
        self.text.clear();
        self.map.clear();
        self.has_numeral = false;
        let mut pending_space: Option<usize> = None;
        let mut pending_break = false;
        let mut prev_alnum = false;
        let mut prev_digit = false;
        for (i, c) in raw[start..end].char_indices() {
            let at = start + i;
            if is_noise(c) {
                if prev_alnum && pending_space.is_none() {
                    pending_space = Some(at);
                }
                pending_break |= c == '\n';
                continue;
            }
            let alnum = c.is_ascii_alphanumeric();
            let digit = c.is_ascii_digit();
            if let Some(sp) = pending_space.take() {
                // A line break between two digits is a number that the PDF
                // broke across lines (`1⏎⏎86 个`); a space between them
                // separates two numbers (`8456 2210`).
                let joined = pending_break && digit && prev_digit;
                if alnum && prev_alnum && !joined {
                    self.text.push(' ');
                    self.map.push(sp);
                }
            }
            pending_break = false;
            prev_alnum = alnum;
            prev_digit = digit;
            self.has_numeral |= is_numeral_char(c);
            let len = c.len_utf8();
            self.text.push(c);
            for k in 0..len {
                self.map.push(at + k);
            }
        }
    }

    /// Maps a cleaned range `a..b` (on character boundaries, `a < b`) to the
    /// original bytes: from the first byte of its first character to one past
    /// the last byte of its last character.
    pub fn original(&self, a: usize, b: usize) -> (usize, usize) {
        (self.map[a], self.map[b - 1] + 1)
    }

    /// The original offset of cleaned byte `a` (which must be in bounds).
    pub fn original_at(&self, a: usize) -> usize {
        self.map[a]
    }
}

/// The cleaned form of a whole string: noise removed as in a sentence view.
/// Used for the readable `sentence` column of the export.
pub(crate) fn clean(raw: &str) -> String {
    let mut view = Cleaned::default();
    view.fill(raw, 0, raw.len());
    view.text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaned_views_drop_pdf_noise_and_keep_a_map() {
        let cases: &[(&str, &str)] = &[
            ("开展专题培训 13\n\n次", "开展专题培训13次"),
            ("136000 毫 升", "136000毫升"),
            ("约 3 万名", "约3万名"),
            ("20 30 个", "20 30个"),
            ("1\n\n86 个", "186个"),
            ("Top 10", "Top 10"),
            ("a\u{3000}\u{FEFF}b", "a b"),
            ("\r\n三\0地", "三地"),
            ("", ""),
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
