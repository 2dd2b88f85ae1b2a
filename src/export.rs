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
fn write_plain(buf: &mut String, v: Option<Decimal>) {
    use std::fmt::Write as _;
    buf.clear();
    match v {
        None => {}
        Some(d) if d.is_zero() => buf.push('0'),
        Some(d) => {
            let _ = write!(buf, "{}", d.normalize());
        }
    }
}

/// The decimal digits of `n`, printed into `buf` (20 bytes hold any
/// `u64`).
fn decimal_digits(mut n: usize, buf: &mut [u8; 20]) -> &[u8] {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return &buf[i..];
        }
    }
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
                // Count the line breaks, then the characters after the last
                // one: two tight loops instead of a branch per character.
                match piece.rfind('\n') {
                    Some(last) => {
                        self.line += piece.bytes().filter(|&b| b == b'\n').count();
                        self.column = 1 + piece[last + 1..].chars().count();
                    }
                    None => self.column += piece.chars().count(),
                }
            }
            self.offset = at;
        }
        (self.line, self.column)
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
    inner: csv::Writer<W>,
    /// Scratch buffers reused from row to row, so that writing a row
    /// allocates nothing: the printed numbers, and the cleaned text of the
    /// last sentence seen (many facts share one sentence).
    scratch: Scratch,
}

#[derive(Default)]
struct Scratch {
    numbers: [String; 4],
    sentence: Option<crate::fact::Span>,
    cleaned: String,
    view: scan::Cleaned,
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
        let mut inner = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(out);
        inner.write_record(HEADER)?;
        Ok(CsvWriter {
            inner,
            scratch: Scratch::default(),
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
        // This writes the same bytes as `write_row(&Row::new(..))` would,
        // field for field, but from borrowed text and reused buffers.
        for fact in facts {
            let (line, column) = loc.locate(chunk, base, fact.span.start);
            let s = fact.sentence;
            let sc = &mut self.scratch;
            if sc.sentence != Some(s) {
                let sentence = chunk
                    .get(s.start.saturating_sub(base)..s.end.saturating_sub(base))
                    .unwrap_or("");
                sc.view.fill(sentence, 0, sentence.len());
                std::mem::swap(&mut sc.cleaned, &mut sc.view.text);
                sc.sentence = Some(s);
            }
            let values = [fact.value, fact.low, fact.high, fact.canonical_value];
            for (buf, v) in sc.numbers.iter_mut().zip(values) {
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
            let [value, low, high, canonical_value] = &sc.numbers;
            let record: [&[u8]; 17] = [
                file.as_bytes(),
                ints[0],
                ints[1],
                ints[2],
                ints[3],
                fact.kind.as_str().as_bytes(),
                fact.text.as_bytes(),
                value.as_bytes(),
                low.as_bytes(),
                high.as_bytes(),
                fact.qualifier.as_str().as_bytes(),
                fact.unit.as_deref().unwrap_or("").as_bytes(),
                canonical_value.as_bytes(),
                fact.canonical_unit.as_deref().unwrap_or("").as_bytes(),
                fact.noun.as_deref().unwrap_or("").as_bytes(),
                fact.normalized.as_deref().unwrap_or("").as_bytes(),
                sc.cleaned.as_bytes(),
            ];
            self.inner.write_record(record)?;
        }
        // Walk the locator to the end of the chunk, so that the line breaks
        // after the chunk's last fact are counted before the next chunk.
        loc.locate(chunk, base, base + chunk.len());
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
        self.inner.serialize(row)?;
        Ok(())
    }

    /// Flushes the underlying writer.
    ///
    /// ```
    /// tongji::CsvWriter::new(std::io::sink()).unwrap().flush().unwrap();
    /// ```
    pub fn flush(&mut self) -> Result<(), Error> {
        self.inner.flush().map_err(|e| Error::Io {
            file: "-".into(),
            source: e,
        })
    }
}
