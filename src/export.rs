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
            sentence: scan::clean(sentence),
        }
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
                for c in piece.chars() {
                    if c == '\n' {
                        self.line += 1;
                        self.column = 1;
                    } else {
                        self.column += 1;
                    }
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
        Ok(CsvWriter { inner })
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
        for fact in facts {
            let (line, column) = loc.locate(chunk, base, fact.span.start);
            let s = fact.sentence;
            let sentence = chunk
                .get(s.start.saturating_sub(base)..s.end.saturating_sub(base))
                .unwrap_or("");
            self.write_row(&Row::new(file, fact, line, column, sentence))?;
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
