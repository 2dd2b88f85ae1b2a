//! Export: facts as rows of the `FACTS.md` CSV, with line and column.
//!
//! One writer, [`CsvWriter`], serves the examples and the command-line tool,
//! so that every way of running the extractor prints the same table. Line
//! and column are computed here, at export, by a [`Locator`] that walks the
//! text once, so extraction never pays for them.

use crate::error::Error;
use crate::fact::Fact;
use crate::scan;
use rust_decimal::Decimal;
use serde::Serialize;
use std::io::Write;

/// The CSV header of `FACTS.md`, in order.
///
/// ```
/// assert_eq!(tongji::export::HEADER.len(), 17);
/// assert_eq!(tongji::export::HEADER[0], "file");
/// ```
pub const HEADER: [&str; 17] = [
    "file",
    "start",
    "end",
    "line",
    "column",
    "kind",
    "text",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "canonical_value",
    "canonical_unit",
    "noun",
    "normalized",
    "sentence",
];

/// One exported row: a fact with its file, line, column and sentence text,
/// every field as it is printed. Its field names are the CSV header, so it
/// serializes to CSV and JSON alike.
///
/// ```
/// use tongji::export::Row;
/// let text = "共 7 台";
/// let facts = tongji::Extractor::new().extract(text);
/// let row = Row::new("a.txt", &facts[0], 1, 3, text);
/// assert_eq!(row.value, "7");
/// assert_eq!(row.kind, "count");
/// assert_eq!(row.sentence, "共7台");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// The file the fact was found in (`-` for standard input).
    pub file: String,
    /// The first byte of the fact in the file.
    pub start: usize,
    /// One past the last byte of the fact.
    pub end: usize,
    /// The 1-based line of `start`.
    pub line: usize,
    /// The 1-based column of `start`, in characters.
    pub column: usize,
    /// The kind, lowercase.
    pub kind: &'static str,
    /// The fact's text, verbatim.
    pub text: String,
    /// The value in plain decimal, or empty.
    pub value: String,
    /// The lower bound in plain decimal, or empty.
    pub low: String,
    /// The upper bound in plain decimal, or empty.
    pub high: String,
    /// The qualifier, lowercase.
    pub qualifier: &'static str,
    /// The unit as written, or empty.
    pub unit: String,
    /// The value in the standard unit, or empty.
    pub canonical_value: String,
    /// The standard unit, or empty.
    pub canonical_unit: String,
    /// What is counted or measured, or empty.
    pub noun: String,
    /// The ISO 8601 date or time, or empty.
    pub normalized: String,
    /// The sentence, without PDF noise.
    pub sentence: String,
}

impl Row {
    /// Builds the row of `fact`, found at `line`/`column` in `file`;
    /// `sentence` is the original text of the fact's sentence.
    ///
    /// ```
    /// let facts = tongji::Extractor::new().extract("2.18万名");
    /// let row = tongji::export::Row::new("-", &facts[0], 1, 1, "2.18万名");
    /// assert_eq!(row.value, "21800");
    /// ```
    pub fn new(file: &str, fact: &Fact, line: usize, column: usize, sentence: &str) -> Row {
        Row::with_clean_sentence(file, fact, line, column, scan::clean(sentence))
    }

    /// Builds the row of `fact` as [`Row::new`] does, from its sentence
    /// already cleaned of PDF noise: facts of one sentence can then share
    /// one cleaning.
    ///
    /// ```
    /// let facts = tongji::Extractor::new().extract("共 7 台，8 人。");
    /// let row = tongji::export::Row::with_clean_sentence("-", &facts[1], 1, 1, "共7台，8人。".into());
    /// assert_eq!(row.text, "8 人");
    /// assert_eq!(row.sentence, "共7台，8人。");
    /// ```
    pub fn with_clean_sentence(
        file: &str,
        fact: &Fact,
        line: usize,
        column: usize,
        sentence: String,
    ) -> Row {
        Row {
            file: file.to_string(),
            start: fact.span.start,
            end: fact.span.end,
            line,
            column,
            kind: fact.kind.as_str(),
            text: fact.text.clone(),
            value: plain(fact.value),
            low: plain(fact.low),
            high: plain(fact.high),
            qualifier: fact.qualifier.as_str(),
            unit: fact.unit.clone().unwrap_or_default(),
            canonical_value: plain(fact.canonical_value),
            canonical_unit: fact.canonical_unit.clone().unwrap_or_default(),
            noun: fact.noun.clone().unwrap_or_default(),
            normalized: fact.normalized.clone().unwrap_or_default(),
            sentence,
        }
    }
}

/// A sentence as the `sentence` column shows it: without PDF noise, the
/// way the extractor saw it.
///
/// ```
/// assert_eq!(tongji::export::clean_sentence("开展专题培训 13\n\n次。"), "开展专题培训13次。");
/// ```
pub fn clean_sentence(raw: &str) -> String {
    scan::clean(raw)
}

/// The raw text the extractor cleaned as the sentence `span`, where `chunk`
/// holds an input's bytes from `base` on: the span with the noise around
/// it (spaces, line breaks). A sentence's span leaves that noise out, but
/// it is read with the sentence: a page footer after a line break
/// (`⏎— 3 —⏎`) is noise only where the line break is seen. An empty text
/// when the span is not in the chunk.
///
/// ```
/// use tongji::export::{clean_sentence, raw_sentence};
/// let text = "达41.3%。\n— 3 —\n实施项目214个。";
/// let facts = tongji::Extractor::new().extract(text);
/// let raw = raw_sentence(text, 0, facts[1].sentence);
/// assert_eq!(clean_sentence(raw), "实施项目214个。");
/// ```
pub fn raw_sentence(chunk: &str, base: usize, span: crate::Span) -> &str {
    let (a, b) = raw_bounds(chunk, base, span);
    &chunk[a..b]
}

/// The byte range of [`raw_sentence`] in `chunk`.
fn raw_bounds(chunk: &str, base: usize, span: crate::Span) -> (usize, usize) {
    let (a, b) = (
        span.start.saturating_sub(base),
        span.end.saturating_sub(base),
    );
    match (chunk.get(..a), chunk.get(b..)) {
        (Some(head), Some(tail)) if a <= b => (
            head.trim_end_matches(scan::is_noise).len(),
            chunk.len() - tail.trim_start_matches(scan::is_noise).len(),
        ),
        _ => (0, 0),
    }
}

/// Prints a decimal in plain notation: no exponent, no trailing zeros, no
/// `-0`.
///
/// ```
/// use rust_decimal::Decimal;
/// use std::str::FromStr;
/// assert_eq!(tongji::export::plain(Some(Decimal::from_str("21800.000").unwrap())), "21800");
/// assert_eq!(tongji::export::plain(Some(Decimal::from_str("0.10").unwrap())), "0.1");
/// assert_eq!(tongji::export::plain(None), "");
/// ```
pub fn plain(v: Option<Decimal>) -> String {
    match v {
        None => String::new(),
        Some(d) if d.is_zero() => "0".to_string(),
        Some(d) => d.normalize().to_string(),
    }
}

/// Prints `v` as [`plain`] does, into a reused buffer.
///
/// The digits are written straight from the mantissa and scale, the point
/// set where the scale puts it: going through `Display` and the formatting
/// machinery cost several times more, for four numbers per row. A proptest
/// checks the two agree.
fn write_plain(buf: &mut Vec<u8>, v: Option<Decimal>) {
    buf.clear();
    let Some(d) = v else {
        return;
    };
    if d.is_zero() {
        buf.push(b'0');
        return;
    }
    let d = d.normalize();
    let mut digits = [0u8; 40];
    let mut i = digits.len();
    let m = d.mantissa().unsigned_abs();
    // Division of a 128-bit number is a call; most mantissas fit 64 bits.
    match u64::try_from(m) {
        Ok(mut m) => {
            while m > 0 {
                i -= 1;
                digits[i] = b'0' + (m % 10) as u8;
                m /= 10;
            }
        }
        Err(_) => {
            let mut m = m;
            while m > 0 {
                i -= 1;
                digits[i] = b'0' + (m % 10) as u8;
                m /= 10;
            }
        }
    }
    let digits = &digits[i..];
    let scale = d.scale() as usize;
    if d.is_sign_negative() {
        buf.push(b'-');
    }
    let push = |buf: &mut Vec<u8>, bytes: &[u8]| buf.extend_from_slice(bytes);
    if scale == 0 {
        push(buf, digits);
    } else if digits.len() > scale {
        let (int, frac) = digits.split_at(digits.len() - scale);
        push(buf, int);
        buf.push(b'.');
        push(buf, frac);
    } else {
        buf.extend_from_slice(b"0.");
        for _ in digits.len()..scale {
            buf.push(b'0');
        }
        push(buf, digits);
    }
}

/// The decimal digits of `n`, printed into `buf` (20 bytes hold any
/// `u64`).
fn decimal_digits(mut n: usize, buf: &mut [u8; 20]) -> &[u8] {
    // Two digits per division, from a table of the pairs 00 to 99.
    const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
        2021222324252627282930313233343536373839\
        4041424344454647484950515253545556575859\
        6061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899";
    let mut i = buf.len();
    while n >= 100 {
        let pair = (n % 100) * 2;
        n /= 100;
        i -= 2;
        buf[i..i + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        i -= 2;
        buf[i..i + 2].copy_from_slice(&PAIRS[n * 2..n * 2 + 2]);
    } else {
        i -= 1;
        buf[i] = b'0' + n as u8;
    }
    &buf[i..]
}

/// Turns byte offsets into 1-based lines and character columns, walking the
/// text forward once.
///
/// Offsets must be asked for in increasing order; the text may arrive in
/// consecutive chunks, as it does when a file is streamed.
///
/// ```
/// let text = "第一行\n共 7 台";
/// let mut loc = tongji::export::Locator::new();
/// assert_eq!(loc.locate(text, 0, 10), (2, 1));
/// assert_eq!(loc.locate(text, 0, 14), (2, 3));
/// ```
#[derive(Debug, Clone)]
pub struct Locator {
    offset: usize,
    line: usize,
    column: usize,
}

impl Default for Locator {
    fn default() -> Locator {
        Locator::new()
    }
}

impl Locator {
    /// A locator at the start of an input: line 1, column 1.
    ///
    /// ```
    /// let mut loc = tongji::export::Locator::new();
    /// assert_eq!(loc.locate("abc", 0, 0), (1, 1));
    /// ```
    pub fn new() -> Locator {
        Locator {
            offset: 0,
            line: 1,
            column: 1,
        }
    }

    /// The line and column of byte `at` of the input, where `chunk` is the
    /// input's bytes from `base` on. `at` must not be before the last offset
    /// asked for, and must lie in the chunk (or at its end).
    ///
    /// ```
    /// let mut loc = tongji::export::Locator::new();
    /// assert_eq!(loc.locate("ab\ncd", 0, 4), (2, 2));
    /// // The next chunk starts at byte 5 of the input.
    /// assert_eq!(loc.locate("\nxy", 5, 7), (3, 2));
    /// ```
    pub fn locate(&mut self, chunk: &str, base: usize, at: usize) -> (usize, usize) {
        if at > self.offset {
            let from = self.offset.saturating_sub(base).min(chunk.len());
            let to = (at - base).min(chunk.len());
            if let Some(piece) = chunk.get(from..to) {
                self.advance(piece.as_bytes());
            }
            self.offset = at;
        }
        (self.line, self.column)
    }

    /// Moves past `bytes`, counting their line breaks and, after the last,
    /// their characters (the bytes that are not continuation bytes).
    ///
    /// Eight bytes are taken at a time: a word without a line break (most
    /// are) adds its characters to the column with a few bit operations.
    fn advance(&mut self, bytes: &[u8]) {
        use crate::scan::HIGHS;
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            let word = u64::from_le_bytes(w.try_into().unwrap_or([0; 8]));
            if !crate::scan::word_holds(word, b'\n') {
                // A continuation byte is 10xxxxxx: its top bit set, the
                // next clear.
                let continuation = word & !(word << 1) & HIGHS;
                self.column += 8 - continuation.count_ones() as usize;
            } else {
                self.advance_bytes(w);
            }
        }
        self.advance_bytes(words.remainder());
    }

    /// Moves past `bytes` one at a time.
    fn advance_bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            if b == b'\n' {
                self.line += 1;
                self.column = 1;
            } else if (b as i8) >= -0x40 {
                self.column += 1;
            }
        }
    }
}

/// Writes facts as CSV with the `FACTS.md` header.
///
/// ```
/// let text = "化解率 100%";
/// let facts = tongji::Extractor::new().extract(text);
/// let mut out = Vec::new();
/// let mut w = tongji::CsvWriter::new(&mut out).unwrap();
/// w.write_text("a.txt", text, &facts).unwrap();
/// w.flush().unwrap();
/// drop(w);
/// let csv = String::from_utf8(out).unwrap();
/// assert!(csv.starts_with("file,start,end,line,column,kind,text,value"));
/// assert!(csv.contains("\na.txt,10,14,1,5,percent,100%,100,,,exact,%,,,化解率,,化解率100%\n"));
/// ```
pub struct CsvWriter<W: Write> {
    out: W,
    /// Records waiting to be written, in bulk.
    buf: Vec<u8>,
    /// Makes the records of each chunk.
    encoder: CsvEncoder,
}

/// Makes the CSV records of the facts of a chunk, without writing them:
/// the work of [`CsvWriter::write_chunk`] that can be done in parallel.
///
/// A program that extracts chunks on several threads encodes each chunk's
/// records on the thread that extracted it, and leaves only the writing of
/// the bytes, in input order, to one thread ([`CsvWriter::write_records`]).
/// The records are the same bytes `write_chunk` writes, given a
/// [`Locator`] at the start of the chunk.
///
/// ```
/// use tongji::export::{CsvEncoder, Locator, Records};
/// let text = "全年：\n共 7 台";
/// let facts = tongji::Extractor::new().extract(text);
/// let mut records = Records::new();
/// CsvEncoder::new().encode_chunk("t.txt", text, 0, &mut Locator::new(), &facts, &mut records);
/// let mut csv = Vec::new();
/// records.append_to(&mut csv);
/// assert!(String::from_utf8(csv).unwrap().starts_with("t.txt,14,19,2,3,count,7 台,7,"));
/// ```
#[derive(Default)]
pub struct CsvEncoder {
    /// Scratch buffers reused from row to row, so that encoding a row
    /// allocates nothing: the printed numbers, the last sentence seen (many
    /// facts share one) and its cleaned text.
    numbers: [Vec<u8>; 4],
    sentence: Option<crate::fact::Span>,
    view: scan::Cleaned,
}

/// CSV records made by a [`CsvEncoder`], for [`CsvWriter::write_records`].
///
/// Each sentence's text is held once, however many facts it has, and put
/// into each of their records only as they are written: a sentence of a
/// few thousand bytes with hundreds of facts (a table extracted from PDF)
/// would otherwise make a chunk's records hundreds of times larger than
/// the chunk.
///
/// ```
/// use tongji::export::{CsvEncoder, Locator, Records};
/// let text = "共 7 台、5 辆。";
/// let facts = tongji::Extractor::new().extract(text);
/// let mut records = Records::new();
/// CsvEncoder::new().encode_chunk("-", text, 0, &mut Locator::new(), &facts, &mut records);
/// assert_eq!(records.len(), 2);
/// let mut csv = Vec::new();
/// records.append_to(&mut csv);
/// assert!(String::from_utf8(csv).unwrap().ends_with(",5,,,exact,辆,,,,,共7台、5辆。\n"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Records {
    /// The fields of each record but the last, each followed by a comma,
    /// and each sentence once, as a CSV field.
    bytes: Vec<u8>,
    /// Each record: where its fields and where its sentence lie in `bytes`.
    rows: Vec<(std::ops::Range<usize>, std::ops::Range<usize>)>,
}

impl Records {
    /// No records.
    ///
    /// ```
    /// assert!(tongji::export::Records::new().is_empty());
    /// ```
    pub fn new() -> Records {
        Records::default()
    }

    /// How many records there are.
    ///
    /// ```
    /// assert_eq!(tongji::export::Records::new().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are no records.
    ///
    /// ```
    /// assert!(tongji::export::Records::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Appends the records to `out` as CSV, each ended by a line feed.
    ///
    /// ```
    /// let mut out = Vec::new();
    /// tongji::export::Records::new().append_to(&mut out);
    /// assert!(out.is_empty());
    /// ```
    pub fn append_to(&self, out: &mut Vec<u8>) {
        for (fields, sentence) in self.rows() {
            out.extend_from_slice(fields);
            out.extend_from_slice(sentence);
            out.push(b'\n');
        }
    }

    /// Each record's fields but the last, and its sentence.
    fn rows(&self) -> impl Iterator<Item = (&[u8], &[u8])> {
        self.rows
            .iter()
            .map(|(f, s)| (&self.bytes[f.clone()], &self.bytes[s.clone()]))
    }

    /// Adds the cleaned text of a sentence, for the records after it.
    fn push_sentence(&mut self, sentence: &[u8]) -> std::ops::Range<usize> {
        let start = self.bytes.len();
        push_field(&mut self.bytes, sentence);
        start..self.bytes.len()
    }
}

/// How many bytes of records are gathered before they are written.
const WRITE_AT: usize = 256 << 10;

/// Appends `field` to `buf` as the `csv` crate writes it by default: in
/// double quotes, with inner quotes doubled, when it holds a comma, a quote
/// or a line break, and as it is otherwise. (A test compares the two.)
fn push_field(buf: &mut Vec<u8>, field: &[u8]) {
    if needs_quotes(field) {
        buf.push(b'"');
        for &b in field {
            if b == b'"' {
                buf.push(b'"');
            }
            buf.push(b);
        }
        buf.push(b'"');
    } else {
        buf.extend_from_slice(field);
    }
}

/// Whether `field` holds a comma, a quote or a line break, looked for
/// eight bytes at a time: the sentence, the longest field, is a hundred
/// bytes or more and holds none of them in most texts (Chinese commas are
/// full-width).
fn needs_quotes(field: &[u8]) -> bool {
    crate::scan::holds_any(field, b",\"\r\n")
}

/// Appends one record of fields to `buf`, ended by a line feed.
fn push_record<'a>(buf: &mut Vec<u8>, fields: impl IntoIterator<Item = &'a [u8]>) {
    for (k, field) in fields.into_iter().enumerate() {
        if k > 0 {
            buf.push(b',');
        }
        push_field(buf, field);
    }
    buf.push(b'\n');
}

impl CsvEncoder {
    /// An encoder with empty scratch buffers.
    ///
    /// ```
    /// let _encoder = tongji::export::CsvEncoder::new();
    /// ```
    pub fn new() -> CsvEncoder {
        CsvEncoder::default()
    }

    /// Adds to `out` the records of the facts of one chunk of an input
    /// (`chunk` holds the input's bytes from `base` on), as
    /// [`CsvWriter::write_chunk`] writes them; `loc` is moved on to the end
    /// of the chunk.
    ///
    /// ```
    /// use tongji::export::{CsvEncoder, Locator, Records};
    /// let text = "共 7 台";
    /// let facts = tongji::Extractor::new().extract(text);
    /// let (mut records, mut loc) = (Records::new(), Locator::new());
    /// CsvEncoder::new().encode_chunk("-", text, 0, &mut loc, &facts, &mut records);
    /// assert_eq!(records.len(), 1);
    /// assert_eq!(loc.locate(text, 0, text.len()), (1, 6));
    /// ```
    pub fn encode_chunk(
        &mut self,
        file: &str,
        chunk: &str,
        base: usize,
        loc: &mut Locator,
        facts: &[Fact],
        out: &mut Records,
    ) {
        let mut wide = crate::scan::WideNoise::default();
        let mut encoded = 0..0;
        for fact in facts {
            let s = fact.sentence;
            if self.sentence != Some(s) {
                // The sentence as the extractor cleaned it; the chunk's
                // sentences come in order, as `fill_with` needs. The span
                // of a sentence leaves out the noise at its ends, which the
                // extractor cleaned with it: a page footer after a line
                // break is noise only where the line break is seen.
                let (a, b) = raw_bounds(chunk, base, s);
                self.view.fill_with(chunk, a, b, &mut wide);
                encoded = out.push_sentence(self.view.text.as_bytes());
                self.sentence = Some(s);
            }
            let (line, column) = loc.locate(chunk, base, fact.span.start);
            let start = out.bytes.len();
            self.encode_fields(file, fact, line, column, &mut out.bytes);
            out.rows.push((start..out.bytes.len(), encoded.clone()));
        }
        self.sentence = None;
        // Walk the locator to the end of the chunk, so that the line breaks
        // after the chunk's last fact are counted before the next chunk.
        loc.locate(chunk, base, base + chunk.len());
    }

    /// Adds to `out` the records of `facts`, the facts of one sentence of a
    /// chunk (as [`crate::Extractor::extract_sentences`] gives them), whose
    /// cleaned text is `sentence`: the records
    /// [`CsvEncoder::encode_chunk`] makes, without cleaning the sentence
    /// again. `loc` is moved on to the last fact.
    ///
    /// ```
    /// use tongji::export::{CsvEncoder, Locator, Records};
    /// let text = "共 7 台。\n培训 13\n\n次。";
    /// let (mut records, mut loc, mut enc) = (Records::new(), Locator::new(), CsvEncoder::new());
    /// tongji::Extractor::new().extract_sentences(text, 0, |sentence, facts| {
    ///     enc.encode_sentence("-", text, 0, &mut loc, sentence, facts, &mut records);
    /// });
    /// let mut csv = Vec::new();
    /// records.append_to(&mut csv);
    /// assert!(String::from_utf8(csv).unwrap().ends_with(",培训13次。\n"));
    /// ```
    ///
    /// `facts` may be any of the sentence's facts, in order (those of some
    /// kinds only, say); a sentence none of them is from adds nothing.
    #[allow(clippy::too_many_arguments)]
    pub fn encode_sentence<'f>(
        &mut self,
        file: &str,
        chunk: &str,
        base: usize,
        loc: &mut Locator,
        sentence: &str,
        facts: impl IntoIterator<Item = &'f Fact>,
        out: &mut Records,
    ) {
        let mut encoded = None;
        for fact in facts {
            let encoded = encoded
                .get_or_insert_with(|| out.push_sentence(sentence.as_bytes()))
                .clone();
            let (line, column) = loc.locate(chunk, base, fact.span.start);
            let start = out.bytes.len();
            self.encode_fields(file, fact, line, column, &mut out.bytes);
            out.rows.push((start..out.bytes.len(), encoded));
        }
    }

    /// Appends the fields of the record of `fact`, at `line` and `column`,
    /// to `out`, each followed by a comma: all but the sentence.
    fn encode_fields(
        &mut self,
        file: &str,
        fact: &Fact,
        line: usize,
        column: usize,
        out: &mut Vec<u8>,
    ) {
        let values = [fact.value, fact.low, fact.high, fact.canonical_value];
        for (buf, v) in self.numbers.iter_mut().zip(values) {
            write_plain(buf, v);
        }
        let mut ints = [[0u8; 20]; 4];
        let [a, b, c, d] = &mut ints;
        let ints = [
            decimal_digits(fact.span.start, a),
            decimal_digits(fact.span.end, b),
            decimal_digits(line, c),
            decimal_digits(column, d),
        ];
        let [value, low, high, canonical_value] = &self.numbers;
        // Whether each field may need quoting: numbers, kinds and
        // qualifiers are written by this crate and never hold a comma,
        // a quote or a line break, so only the others are looked at.
        let record: [(&[u8], bool); 16] = [
            (file.as_bytes(), true),
            (ints[0], false),
            (ints[1], false),
            (ints[2], false),
            (ints[3], false),
            (fact.kind.as_str().as_bytes(), false),
            (fact.text.as_bytes(), true),
            (value.as_slice(), false),
            (low.as_slice(), false),
            (high.as_slice(), false),
            (fact.qualifier.as_str().as_bytes(), false),
            (fact.unit.as_deref().unwrap_or("").as_bytes(), true),
            (canonical_value.as_slice(), false),
            (
                fact.canonical_unit.as_deref().unwrap_or("").as_bytes(),
                true,
            ),
            (fact.noun.as_deref().unwrap_or("").as_bytes(), true),
            (fact.normalized.as_deref().unwrap_or("").as_bytes(), true),
        ];
        // The sentence, the longest field, is encoded once for all its
        // facts.
        for (field, may_quote) in record {
            if may_quote {
                push_field(out, field);
            } else {
                out.extend_from_slice(field);
            }
            out.push(b',');
        }
    }
}

impl<W: Write> CsvWriter<W> {
    /// Starts a CSV table on `out`, writing the header at once so that even
    /// an input without facts gives a valid table.
    ///
    /// ```
    /// let mut out = Vec::new();
    /// tongji::CsvWriter::new(&mut out).unwrap().flush().unwrap();
    /// assert_eq!(String::from_utf8(out).unwrap().lines().count(), 1);
    /// ```
    pub fn new(out: W) -> Result<CsvWriter<W>, Error> {
        let mut w = CsvWriter {
            out,
            buf: Vec::with_capacity(WRITE_AT + (64 << 10)),
            encoder: CsvEncoder::new(),
        };
        push_record(&mut w.buf, HEADER.iter().map(|h| h.as_bytes()));
        w.write_if_full()?;
        Ok(w)
    }

    /// Writes the gathered records once there are enough of them.
    fn write_if_full(&mut self) -> Result<(), Error> {
        if self.buf.len() >= WRITE_AT {
            self.write_buf()?;
        }
        Ok(())
    }

    /// Writes every gathered record.
    fn write_buf(&mut self) -> Result<(), Error> {
        let result = self.out.write_all(&self.buf);
        self.buf.clear();
        result.map_err(|source| Error::Io {
            file: "-".into(),
            source,
        })
    }

    /// Writes the facts of one whole text; `facts` must come from `text`
    /// (as [`crate::Extractor::extract`] returns them, in order).
    ///
    /// ```
    /// let text = "共 7 台\n近万次";
    /// let facts = tongji::Extractor::new().extract(text);
    /// let mut w = tongji::CsvWriter::new(Vec::new()).unwrap();
    /// w.write_text("t.txt", text, &facts).unwrap();
    /// ```
    pub fn write_text(&mut self, file: &str, text: &str, facts: &[Fact]) -> Result<(), Error> {
        let mut loc = Locator::new();
        self.write_chunk(file, text, 0, &mut loc, facts)
    }

    /// Writes the facts of one chunk of a streamed input: `chunk` holds the
    /// input's bytes from `base` on, and `loc` carries the line count from
    /// one chunk to the next.
    ///
    /// ```
    /// let ex = tongji::Extractor::new();
    /// let mut w = tongji::CsvWriter::new(Vec::new()).unwrap();
    /// let mut loc = tongji::export::Locator::new();
    /// let mut facts = Vec::new();
    /// ex.extract_into("共 7 台。", 0, &mut facts);
    /// w.write_chunk("-", "共 7 台。", 0, &mut loc, &facts).unwrap();
    /// ```
    pub fn write_chunk(
        &mut self,
        file: &str,
        chunk: &str,
        base: usize,
        loc: &mut Locator,
        facts: &[Fact],
    ) -> Result<(), Error> {
        let mut records = Records::new();
        self.encoder
            .encode_chunk(file, chunk, base, loc, facts, &mut records);
        self.write_records(&records)
    }

    /// Writes records made by a [`CsvEncoder`], in order.
    ///
    /// ```
    /// use tongji::export::{CsvEncoder, Locator, Records};
    /// let text = "共 7 台";
    /// let facts = tongji::Extractor::new().extract(text);
    /// let mut records = Records::new();
    /// CsvEncoder::new().encode_chunk("-", text, 0, &mut Locator::new(), &facts, &mut records);
    /// let mut out = Vec::new();
    /// let mut w = tongji::CsvWriter::new(&mut out).unwrap();
    /// w.write_records(&records).unwrap();
    /// w.flush().unwrap();
    /// drop(w);
    /// assert_eq!(String::from_utf8(out).unwrap().lines().count(), 2);
    /// ```
    pub fn write_records(&mut self, records: &Records) -> Result<(), Error> {
        // Each sentence goes into each of its records here, a record at a
        // time, so that no more than a buffer's worth is ever held.
        for (fields, sentence) in records.rows() {
            self.buf.extend_from_slice(fields);
            self.buf.extend_from_slice(sentence);
            self.buf.push(b'\n');
            self.write_if_full()?;
        }
        Ok(())
    }

    /// Writes one prepared row.
    ///
    /// ```
    /// let facts = tongji::Extractor::new().extract("7 台");
    /// let row = tongji::export::Row::new("-", &facts[0], 1, 1, "7 台");
    /// tongji::CsvWriter::new(Vec::new()).unwrap().write_row(&row).unwrap();
    /// ```
    pub fn write_row(&mut self, row: &Row) -> Result<(), Error> {
        let mut ints = [[0u8; 20]; 4];
        let [a, b, c, d] = &mut ints;
        let fields: [&[u8]; 17] = [
            row.file.as_bytes(),
            decimal_digits(row.start, a),
            decimal_digits(row.end, b),
            decimal_digits(row.line, c),
            decimal_digits(row.column, d),
            row.kind.as_bytes(),
            row.text.as_bytes(),
            row.value.as_bytes(),
            row.low.as_bytes(),
            row.high.as_bytes(),
            row.qualifier.as_bytes(),
            row.unit.as_bytes(),
            row.canonical_value.as_bytes(),
            row.canonical_unit.as_bytes(),
            row.noun.as_bytes(),
            row.normalized.as_bytes(),
            row.sentence.as_bytes(),
        ];
        push_record(&mut self.buf, fields);
        self.write_if_full()
    }

    /// Flushes the underlying writer.
    ///
    /// ```
    /// tongji::CsvWriter::new(std::io::sink()).unwrap().flush().unwrap();
    /// ```
    pub fn flush(&mut self) -> Result<(), Error> {
        self.write_buf()?;
        self.out.flush().map_err(|e| Error::Io {
            file: "-".into(),
            source: e,
        })
    }
}

impl<W: Write> Drop for CsvWriter<W> {
    /// Writes what is still gathered, as `flush` would; an error here has
    /// nobody left to tell, so call `flush` to see it.
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Fields are quoted exactly as the `csv` crate quotes them.
        #[test]
        fn records_are_encoded_as_the_csv_crate_encodes_them(
            fields in proptest::collection::vec("[a,\"\r\n 中]{0,6}", 1..5),
        ) {
            let mut mine = Vec::new();
            push_record(&mut mine, fields.iter().map(|f| f.as_bytes()));
            let mut theirs = csv::WriterBuilder::new().from_writer(Vec::new());
            theirs.write_record(&fields).unwrap();
            let theirs = theirs.into_inner().unwrap();
            // The crate writes `""` for a record of one empty field, which
            // ours never are (they have seventeen).
            if !(fields.len() == 1 && fields[0].is_empty()) {
                prop_assert_eq!(mine, theirs);
            }
        }

        /// Decimals are written as `plain` prints them, by way of
        /// `Display`, for every sign, size and scale.
        #[test]
        fn decimals_are_written_as_display_prints_them(
            m in proptest::num::i128::ANY,
            scale in 0u32..=28,
            small in -1_000_000i64..1_000_000,
        ) {
            let bound = 79_228_162_514_264_337_593_543_950_335i128;
            for d in [
                Decimal::from_i128_with_scale(m % bound, scale),
                Decimal::new(small, scale.min(8)),
            ] {
                let mut buf = Vec::new();
                write_plain(&mut buf, Some(d));
                prop_assert_eq!(String::from_utf8(buf).unwrap(), plain(Some(d)));
            }
        }

        /// Whole numbers are printed as `Display` prints them.
        #[test]
        fn whole_numbers_are_printed_as_display_prints_them(n in proptest::num::usize::ANY, small in 0usize..1000) {
            for n in [n, small] {
                let mut buf = [0u8; 20];
                let display = n.to_string();
                prop_assert_eq!(decimal_digits(n, &mut buf), display.as_bytes());
            }
        }

        /// Lines and columns are those of a plain count, whatever the
        /// offsets asked for and however the text is cut into chunks.
        #[test]
        fn lines_and_columns_agree_with_a_plain_count(
            s in "[a\n中é😀 ]{0,80}",
            picks in proptest::collection::vec(0usize..81, 0..8),
            cut in 0usize..81,
        ) {
            let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
            let mut offsets: Vec<usize> = picks.iter().map(|p| bounds[p % bounds.len()]).collect();
            offsets.sort_unstable();
            let cut = bounds[cut % bounds.len()];
            let mut loc = Locator::new();
            for at in offsets {
                let before = &s[..at];
                let line = 1 + before.matches('\n').count();
                let column = 1 + before.rsplit('\n').next().unwrap_or("").chars().count();
                // The text arrives in two chunks, cut at `cut`.
                let got = if at <= cut {
                    loc.locate(&s[..cut], 0, at)
                } else {
                    loc.locate(&s[..cut], 0, cut);
                    loc.locate(&s[cut..], cut, at)
                };
                prop_assert_eq!(got, (line, column), "{:?} at {}", s, at);
            }
        }
    }

    #[test]
    fn chunks_are_written_as_their_rows_are() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/pdf_noisy.txt");
        let text = std::fs::read_to_string(path).unwrap();
        let facts = crate::Extractor::new().extract(&text);
        let mut by_chunk = CsvWriter::new(Vec::new()).unwrap();
        by_chunk.write_text("p.txt", &text, &facts).unwrap();
        by_chunk.flush().unwrap();
        let mut by_row = CsvWriter::new(Vec::new()).unwrap();
        let mut loc = Locator::new();
        for f in &facts {
            let (line, column) = loc.locate(&text, 0, f.span.start);
            let sentence = raw_sentence(&text, 0, f.sentence);
            let row = Row::new("p.txt", f, line, column, sentence);
            by_row.write_row(&row).unwrap();
        }
        by_row.flush().unwrap();
        assert!(facts.len() > 20);
        assert_eq!(
            String::from_utf8(by_chunk.out.clone()).unwrap(),
            String::from_utf8(by_row.out.clone()).unwrap()
        );
    }

    #[test]
    fn sentences_are_encoded_as_chunks_are() {
        // The page footers of this sample (`— 12 —`) begin sentences: the
        // extractor's cleaned text and the span's own agree only when the
        // noise around the span is read with it.
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/pdf_report.txt");
        let text = std::fs::read_to_string(path).unwrap();
        let ex = crate::Extractor::new();
        let facts = ex.extract(&text);
        let mut by_chunk = Records::new();
        CsvEncoder::new().encode_chunk(
            "p.txt",
            &text,
            0,
            &mut Locator::new(),
            &facts,
            &mut by_chunk,
        );
        let (mut by_sentence, mut loc, mut enc) =
            (Records::new(), Locator::new(), CsvEncoder::new());
        ex.extract_sentences(&text, 0, |sentence, facts| {
            enc.encode_sentence(
                "p.txt",
                &text,
                0,
                &mut loc,
                sentence,
                facts,
                &mut by_sentence,
            );
        });
        let csv = |records: &Records| {
            let mut out = Vec::new();
            records.append_to(&mut out);
            String::from_utf8(out).unwrap()
        };
        assert!(facts.len() > 20);
        assert_eq!(by_chunk.len(), facts.len());
        assert!(!csv(&by_chunk).contains(",\"—12—"));
        assert_eq!(csv(&by_chunk), csv(&by_sentence));
    }
}
