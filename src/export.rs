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
    out: W,
    /// Records waiting to be written, in bulk.
    buf: Vec<u8>,
    /// Scratch buffers reused from row to row, so that writing a row
    /// allocates nothing: the printed numbers, and the cleaned and encoded
    /// text of the last sentence seen (many facts share one sentence).
    scratch: Scratch,
}

#[derive(Default)]
struct Scratch {
    numbers: [String; 4],
    sentence: Option<crate::fact::Span>,
    /// The last sentence as a CSV field, quoted if it must be.
    encoded: Vec<u8>,
    view: scan::Cleaned,
}

/// How many bytes of records are gathered before they are written.
const WRITE_AT: usize = 256 << 10;

/// Appends `field` to `buf` as the `csv` crate writes it by default: in
/// double quotes, with inner quotes doubled, when it holds a comma, a quote
/// or a line break, and as it is otherwise. (A test compares the two.)
fn push_field(buf: &mut Vec<u8>, field: &[u8]) {
    if field
        .iter()
        .any(|&b| matches!(b, b',' | b'"' | b'\r' | b'\n'))
    {
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
            scratch: Scratch::default(),
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
                sc.encoded.clear();
                push_field(&mut sc.encoded, sc.view.text.as_bytes());
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
            let record: [&[u8]; 16] = [
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
            ];
            // The sentence, the longest field, was encoded once for all
            // its facts.
            for field in record {
                push_field(&mut self.buf, field);
                self.buf.push(b',');
            }
            self.buf.extend_from_slice(&sc.encoded);
            self.buf.push(b'\n');
            self.write_if_full()?;
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
            let sentence = &text[f.sentence.start..f.sentence.end];
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
}
