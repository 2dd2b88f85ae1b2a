//! Errors: a number that does not parse, and the I/O and export failures.
//!
//! Extraction itself cannot fail — bad text gives fewer facts, never an
//! error — so the only errors are those of parsing one numeral expression on
//! request ([`ParseError`]) and of reading input or writing output
//! ([`Error`]).

use std::fmt;
use std::path::PathBuf;

/// Why a numeral expression could not be parsed, and where.
///
/// `offset` counts characters (not bytes) from the start of the input, so
/// that it points at the same place in any editor.
///
/// ```
/// let err = tongji::parse_number("1..2").unwrap_err();
/// assert_eq!(err.offset, 2);
/// assert!(err.to_string().contains("character 2"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// The character offset in the input where the problem was found.
    pub offset: usize,
    /// What is wrong there.
    pub reason: String,
}

impl ParseError {
    /// Builds an error at a character offset.
    ///
    /// ```
    /// let e = tongji::ParseError::new(3, "unexpected character '岸'");
    /// assert_eq!(e.to_string(), "at character 3: unexpected character '岸'");
    /// ```
    pub fn new(offset: usize, reason: impl Into<String>) -> ParseError {
        ParseError {
            offset,
            reason: reason.into(),
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at character {}: {}", self.offset, self.reason)
    }
}

impl std::error::Error for ParseError {}

/// An error reading input or writing output.
///
/// ```
/// let e = tongji::Error::InvalidUtf8 { file: "a.txt".into(), offset: 17 };
/// assert_eq!(e.to_string(), "a.txt: invalid UTF-8 at byte 17");
/// ```
#[derive(Debug)]
pub enum Error {
    /// The file could not be read or written.
    Io {
        /// The file concerned (`-` for standard input or output).
        file: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The input is not valid UTF-8.
    InvalidUtf8 {
        /// The file concerned (`-` for standard input).
        file: PathBuf,
        /// The byte offset of the first invalid byte in the file.
        offset: u64,
    },
    /// The input is not UTF-8 but, by its bytes, text in another encoding:
    /// UTF-16 (a byte-order mark) or GB18030, which includes GBK and
    /// GB2312 and is common in Chinese government documents. Decoding it
    /// is left to a converter such as `iconv`, which the message names.
    ///
    /// ```
    /// let e = tongji::Error::ForeignEncoding { file: "a.txt".into(), offset: 0, encoding: "GB18030" };
    /// assert_eq!(
    ///     e.to_string(),
    ///     "a.txt: invalid UTF-8 at byte 0: the text looks GB18030-encoded (GBK, GB2312); \
    ///      convert it to UTF-8 first, e.g. with `iconv -f GB18030 -t UTF-8`"
    /// );
    /// ```
    ForeignEncoding {
        /// The file concerned (`-` for standard input).
        file: PathBuf,
        /// The byte offset of the first byte that is not UTF-8.
        offset: u64,
        /// The encoding the bytes look like: `UTF-16` (with a byte-order
        /// mark), `UTF-16LE`, `UTF-16BE` or `GB18030`.
        encoding: &'static str,
    },
    /// Writing CSV or JSON failed.
    Export(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { file, source } => write!(f, "{}: {}", file.display(), source),
            Error::InvalidUtf8 { file, offset } => {
                write!(f, "{}: invalid UTF-8 at byte {}", file.display(), offset)
            }
            Error::ForeignEncoding {
                file,
                offset,
                encoding,
            } => {
                let aliases = if *encoding == "GB18030" {
                    " (GBK, GB2312)"
                } else {
                    ""
                };
                write!(
                    f,
                    "{}: invalid UTF-8 at byte {offset}: the text looks {encoding}-encoded{aliases}; \
                     convert it to UTF-8 first, e.g. with `iconv -f {encoding} -t UTF-8`",
                    file.display()
                )
            }
            Error::Export(msg) => write!(f, "export failed: {msg}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
