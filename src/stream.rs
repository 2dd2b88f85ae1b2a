//! Streaming: read a large input in chunks cut at sentence ends.
//!
//! A [`ChunkReader`] reads any [`std::io::Read`] a block at a time and hands
//! out chunks of text that end at a sentence boundary, each with its byte
//! offset in the whole input. Because the extractor works sentence by
//! sentence, extracting chunk by chunk with
//! [`crate::Extractor::extract_into`] gives exactly the facts of the whole
//! text, with spans in whole-input offsets, while memory stays bounded by the
//! block size.

use crate::error::Error;
use crate::scan;
use std::io::Read;
use std::path::PathBuf;

/// The number of bytes read at a time.
const BLOCK: usize = 1 << 20;

/// The byte that stands for an invalid byte in lossy mode. It is one byte
/// wide, so every offset after it is the same as in the original input, and
/// it is no whitespace, so it never joins the numbers on either side.
pub const REPLACEMENT: char = '\u{1A}';

/// Reads an input in chunks that end at sentence boundaries.
///
/// ```
/// use tongji::stream::ChunkReader;
/// let text = "共 7 台。近万次。".repeat(3);
/// let mut reader = ChunkReader::new(text.as_bytes(), "-");
/// let mut facts = Vec::new();
/// let ex = tongji::Extractor::new();
/// while let Some(chunk) = reader.next_chunk() {
///     let (base, chunk) = chunk.unwrap();
///     ex.extract_into(chunk, base, &mut facts);
/// }
/// assert_eq!(facts.len(), 6);
/// assert_eq!(facts, ex.extract(&text));
/// ```
pub struct ChunkReader<R> {
    reader: R,
    file: PathBuf,
    lossy: bool,
    block: usize,
    /// Bytes read but not yet handed out; `buf[..pending]` is valid text
    /// from the previous call that is handed out first.
    buf: Vec<u8>,
    /// The offset of `buf[0]` in the whole input.
    base: usize,
    /// How many bytes at the front of `buf` the previous chunk handed out.
    consumed: usize,
    eof: bool,
    failed: bool,
}

impl<R: Read> ChunkReader<R> {
    /// Reads `reader`, naming it `file` in errors.
    ///
    /// ```
    /// let r = tongji::stream::ChunkReader::new(&b"abc"[..], "a.txt");
    /// # let _ = r;
    /// ```
    pub fn new(reader: R, file: impl Into<PathBuf>) -> ChunkReader<R> {
        ChunkReader {
            reader,
            file: file.into(),
            lossy: false,
            block: BLOCK,
            buf: Vec::new(),
            base: 0,
            consumed: 0,
            eof: false,
            failed: false,
        }
    }

    /// In lossy mode, each byte that is not valid UTF-8 is replaced by
    /// [`REPLACEMENT`], one byte for one byte, so spans still point into the
    /// original input; otherwise invalid UTF-8 is an error.
    ///
    /// ```
    /// use tongji::stream::ChunkReader;
    /// let bytes = [b"7".as_slice(), &[0xFF, 0xFE], "台".as_bytes()].concat();
    /// let mut r = ChunkReader::new(&bytes[..], "-").lossy(true);
    /// let (_, text) = r.next_chunk().unwrap().unwrap();
    /// assert_eq!(text, "7\u{1A}\u{1A}台");
    /// ```
    pub fn lossy(mut self, yes: bool) -> ChunkReader<R> {
        self.lossy = yes;
        self
    }

    /// Sets the size of the blocks read (at least 16 bytes); mostly for
    /// tests, which want many small chunks.
    ///
    /// ```
    /// let r = tongji::stream::ChunkReader::new(&b""[..], "-").block_size(64);
    /// # let _ = r;
    /// ```
    pub fn block_size(mut self, bytes: usize) -> ChunkReader<R> {
        self.block = bytes.max(16);
        self
    }

    /// The next chunk and its byte offset in the whole input, `None` at the
    /// end, or an error (after which the reader yields nothing more).
    ///
    /// ```
    /// let mut r = tongji::stream::ChunkReader::new(&b"ab\xffcd"[..], "x.txt");
    /// let err = r.next_chunk().unwrap().unwrap_err();
    /// assert_eq!(err.to_string(), "x.txt: invalid UTF-8 at byte 2");
    /// assert!(r.next_chunk().is_none());
    /// ```
    pub fn next_chunk(&mut self) -> Option<Result<(usize, &str), Error>> {
        if self.failed {
            return None;
        }
        // Drop what the previous call handed out.
        if self.consumed > 0 {
            self.buf.drain(..self.consumed);
            self.base += self.consumed;
            self.consumed = 0;
        }
        let mut want = self.block;
        loop {
            if let Err(e) = self.fill(want) {
                self.failed = true;
                return Some(Err(e));
            }
            // A chunk must end at a sentence boundary, so that chunked
            // extraction equals whole extraction: read on until the buffer
            // holds one. Sentences are at most `MAX_SENTENCE` bytes long, so
            // this stops soon.
            if self.eof || self.has_boundary() {
                break;
            }
            want = self.buf.len() + self.block;
        }
        if self.buf.is_empty() {
            return None;
        }
        // The buffer without an incomplete character at its end, which waits
        // for the next block; it is validated once, here.
        let complete = if self.eof {
            self.buf.len()
        } else {
            complete_len(&self.buf)
        };
        let checked = simdutf8::compat::from_utf8(&self.buf[..complete]).map(str::len);
        // Where the first bad byte is: an invalid sequence, or a buffer that
        // holds nothing but an incomplete character.
        let bad = match checked {
            Ok(0) => Some(0),
            Ok(_) => None,
            Err(e) => Some(e.valid_up_to()),
        };
        if let Some(at) = bad {
            // Bytes of another encoding are named in the error. In lossy
            // mode a file that is in another encoding from its first
            // non-ASCII byte on still fails: replacing its bytes would drop
            // every Chinese character and leave an empty result that looks
            // like a clean one. (A few GB18030 characters can pass for
            // UTF-8, so the first invalid byte may come after the first
            // non-ASCII one, where the test starts.)
            let start = Some(&self.buf[..]).filter(|_| self.base == 0);
            let foreign = foreign_encoding(start, &self.buf[at..]);
            let first = self.buf[..at]
                .iter()
                .position(|b| !b.is_ascii())
                .unwrap_or(at);
            let whole_file = foreign.is_some()
                && start.is_some()
                && foreign_encoding(start, &self.buf[first..]).is_some();
            if let Some(encoding) = foreign.filter(|_| !self.lossy || whole_file) {
                self.failed = true;
                return Some(Err(Error::ForeignEncoding {
                    file: self.file.clone(),
                    offset: (self.base + at) as u64,
                    encoding,
                }));
            }
            if self.lossy {
                if at == 0 && checked.is_ok() {
                    // Nothing valid can come of these bytes.
                    self.buf.fill(REPLACEMENT as u8);
                } else {
                    self.replace_invalid();
                }
                return self.next_chunk();
            }
            self.failed = true;
            return Some(Err(Error::InvalidUtf8 {
                file: self.file.clone(),
                offset: (self.base + at) as u64,
            }));
        }
        let valid = checked.unwrap_or(0);
        // Validated above; the error case has returned. (A second pass is
        // the price of not holding the buffer borrowed across the error
        // handling, which needs the reader mutably.)
        let text = simdutf8::basic::from_utf8(&self.buf[..valid]).unwrap_or_default();
        // Cut after the last complete sentence, unless the input ends here.
        let cut = if self.eof && valid == self.buf.len() {
            valid
        } else {
            last_sentence_end(text).unwrap_or(valid)
        };
        self.consumed = cut;
        // Slicing the validated text at a sentence end (a character
        // boundary) spares a third pass of UTF-8 validation.
        Some(Ok((self.base, &text[..cut])))
    }

    /// Whether the valid text in the buffer holds a sentence end before its
    /// last sentence.
    fn has_boundary(&self) -> bool {
        // Sentence ends are found on the bytes, so the block need not be
        // validated here as well; invalid bytes are dealt with by the caller.
        scan::sentence_end(&self.buf) < self.buf.len()
    }

    /// Reads until the buffer holds at least `want` bytes or the input ends.
    fn fill(&mut self, want: usize) -> Result<(), Error> {
        let mut chunk = vec![0u8; 64 * 1024];
        while !self.eof && self.buf.len() < want {
            match self.reader.read(&mut chunk) {
                Ok(0) => self.eof = true,
                Ok(n) => self.buf.extend_from_slice(&chunk[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(source) => {
                    return Err(Error::Io {
                        file: self.file.clone(),
                        source,
                    });
                }
            }
        }
        Ok(())
    }

    /// Replaces every invalid byte of the buffer by [`REPLACEMENT`], except
    /// an incomplete character at its very end while more input may come.
    fn replace_invalid(&mut self) {
        let mut i = 0;
        while i < self.buf.len() {
            match std::str::from_utf8(&self.buf[i..]) {
                Ok(_) => break,
                Err(e) => {
                    let bad = i + e.valid_up_to();
                    match e.error_len() {
                        Some(n) => {
                            for b in &mut self.buf[bad..bad + n] {
                                *b = REPLACEMENT as u8;
                            }
                            i = bad + n;
                        }
                        None if !self.eof => break,
                        None => {
                            for b in &mut self.buf[bad..] {
                                *b = REPLACEMENT as u8;
                            }
                            break;
                        }
                    }
                }
            }
        }
    }
}

/// The encoding that `bytes`, which start with a byte that is not UTF-8,
/// look like: `UTF-16` when the start of the input (`start`, if it is at
/// hand) looks like it, `GB18030` for a run of its two- and four-byte
/// characters, or `None` for bytes that are merely broken (a stray `0xFF`,
/// a cut character), which stay a plain UTF-8 error.
fn foreign_encoding(start: Option<&[u8]>, bytes: &[u8]) -> Option<&'static str> {
    if let Some(utf16) = start.and_then(utf16_variant) {
        return Some(utf16);
    }
    looks_gb18030(bytes).then_some("GB18030")
}

/// Whether the start of an input looks like UTF-16: a byte-order mark
/// (`UTF-16`, which a converter reads), or, without one, NUL bytes (the
/// high half of ASCII characters) on one side of the byte pairs only, in at
/// least one pair out of twenty; that side tells the byte order, which a
/// converter then needs to be told. Binary data has its NULs on both sides,
/// and UTF-8 text has none.
fn utf16_variant(start: &[u8]) -> Option<&'static str> {
    if start.starts_with(&[0xFF, 0xFE]) || start.starts_with(&[0xFE, 0xFF]) {
        return Some("UTF-16");
    }
    let window = &start[..start.len().min(4096)];
    let pairs = window.len() / 2;
    let (mut even, mut odd) = (0, 0);
    for pair in window.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let (most, least) = (even.max(odd), even.min(odd));
    let utf16 = pairs >= 2 && most * 20 >= pairs && least * 100 <= pairs;
    let little_endian = odd > even;
    match (utf16, little_endian) {
        (false, _) => None,
        (true, true) => Some("UTF-16LE"),
        (true, false) => Some("UTF-16BE"),
    }
}

/// Whether the first few kilobytes of `bytes` read as GB18030 text: ASCII
/// and well-formed multi-byte characters only, at least two of them, and
/// no UTF-8 (at least one invalid UTF-8 sequence for every two of those
/// characters: GB18030 text has about one for each, while UTF-8 text with
/// one broken character, whose bytes mostly fit GB18030's ranges too, has
/// one in all). A lead
/// byte is 0x81–0xFE; its second byte is 0x40–0x7E or 0x80–0xFE (GBK), or
/// a digit followed by another lead byte and digit (the four-byte form). A
/// character cut at the end of the window is given the benefit of the
/// doubt. Random binary bytes or a stray invalid byte in UTF-8 text fail
/// this quickly, since 0x00–0x3F never follow a lead byte and 0xFF never
/// leads.
fn looks_gb18030(bytes: &[u8]) -> bool {
    let window = &bytes[..bytes.len().min(4096)];
    let lead = |b: u8| (0x81..=0xFE).contains(&b);
    let digit = |b: u8| b.is_ascii_digit();
    let (mut i, mut wide) = (0, 0);
    while i < window.len() {
        let b = window[i];
        if b < 0x80 {
            i += 1;
            continue;
        }
        if !lead(b) {
            return false;
        }
        match window.get(i + 1) {
            None => break,
            Some(&t) if (0x40..=0x7E).contains(&t) || (0x80..=0xFE).contains(&t) => i += 2,
            Some(&t) if digit(t) => {
                let rest = &window[i + 2..window.len().min(i + 4)];
                let ok = match rest {
                    [a, d] => lead(*a) && digit(*d),
                    [a] => lead(*a),
                    _ => true,
                };
                if !ok {
                    return false;
                }
                i += 4;
            }
            Some(_) => return false,
        }
        wide += 1;
    }
    wide >= 2 && utf8_errors(window) * 2 >= wide
}

/// The number of invalid UTF-8 sequences in `bytes`, not counting a
/// character cut at their end.
fn utf8_errors(bytes: &[u8]) -> usize {
    let (mut rest, mut errors) = (bytes, 0);
    while let Err(e) = std::str::from_utf8(rest) {
        let Some(len) = e.error_len() else {
            break;
        };
        errors += 1;
        rest = &rest[e.valid_up_to() + len..];
    }
    errors
}

/// The length of `buf` without an incomplete UTF-8 character at its end.
fn complete_len(buf: &[u8]) -> usize {
    // The last character starts at one of the last four bytes.
    for back in 1..=buf.len().min(4) {
        let at = buf.len() - back;
        let b = buf[at];
        if b & 0xC0 != 0x80 {
            let need = match b {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF7 => 4,
                _ => 1,
            };
            return if back < need { at } else { buf.len() };
        }
    }
    buf.len()
}

/// The end of the last complete sentence of `text` that is not its very
/// end, so that the text after it can continue in the next block.
fn last_sentence_end(text: &str) -> Option<usize> {
    let mut last = None;
    let mut prev_end = None;
    for (_, e) in scan::sentences(text) {
        last = prev_end;
        prev_end = Some(e);
    }
    last.filter(|&e| e > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Extractor;

    #[test]
    fn chunked_extraction_equals_whole_extraction() {
        let ex = Extractor::new();
        let text = "2024年2月5日，开展专题培训 13\n\n次，推选邻长2.18万名！约 3 万名新就业群体。"
            .repeat(40);
        for block in [16, 64, 100, 1000] {
            let mut r = ChunkReader::new(text.as_bytes(), "-").block_size(block);
            let mut facts = Vec::new();
            while let Some(c) = r.next_chunk() {
                let (base, chunk) = c.unwrap();
                ex.extract_into(chunk, base, &mut facts);
            }
            assert_eq!(facts, ex.extract(&text), "block {block}");
        }
    }

    #[test]
    fn invalid_utf8_is_an_error_with_its_offset_or_replaced_in_lossy_mode() {
        let mut bytes = "共 7 台。".repeat(30).into_bytes();
        bytes.push(0xFF);
        bytes.extend_from_slice("近万次。".as_bytes());
        let mut r = ChunkReader::new(&bytes[..], "f.txt").block_size(32);
        let mut seen = None;
        while let Some(c) = r.next_chunk() {
            if let Err(e) = c {
                seen = Some(e.to_string());
            }
        }
        assert_eq!(seen.as_deref(), Some("f.txt: invalid UTF-8 at byte 360"));

        let ex = Extractor::new();
        let mut r = ChunkReader::new(&bytes[..], "f.txt")
            .lossy(true)
            .block_size(32);
        let mut facts = Vec::new();
        while let Some(c) = r.next_chunk() {
            let (base, chunk) = c.unwrap();
            ex.extract_into(chunk, base, &mut facts);
        }
        assert_eq!(facts.len(), 31);
        let last = facts.last().unwrap();
        assert_eq!(&bytes[last.span.start..last.span.end], "近万次".as_bytes());
    }

    /// The first error of reading `bytes`, as printed, lossy or not.
    fn first_error(bytes: &[u8], lossy: bool) -> Option<String> {
        let mut r = ChunkReader::new(bytes, "f.txt").lossy(lossy).block_size(64);
        while let Some(c) = r.next_chunk() {
            if let Err(e) = c {
                return Some(e.to_string());
            }
        }
        None
    }

    #[test]
    fn utf16_and_gb18030_are_named_in_the_error_even_in_lossy_mode() {
        // `共有学校128所，投资5亿元。` in GBK (which GB18030 extends).
        let gbk = b"\xB9\xB2\xD3\xD0\xD1\xA7\xD0\xA3128\xCB\xF9\xA3\xAC\xCD\xB6\xD7\xCA5\xD2\xDA\xD4\xAA\xA1\xA3";
        let text = "共有学校128所，投资5亿元。";
        let utf16le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let utf16be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let bom_le = [&[0xFF, 0xFE][..], &utf16le].concat();
        let bom_be = [&[0xFE, 0xFF][..], &utf16be].concat();
        // GB18030's four-byte form (U+20000 is 95 32 82 36) after ASCII.
        let gb4 = [&b"No. 7 "[..], b"\x95\x32\x82\x36", &gbk[..]].concat();
        // The first byte that is not UTF-8 (some GB18030 and UTF-16 bytes
        // pass for it).
        let at = |bytes: &[u8]| std::str::from_utf8(bytes).unwrap_err().valid_up_to();
        let advice = |at: usize, enc: &str, also: &str| {
            format!(
                "f.txt: invalid UTF-8 at byte {at}: the text looks {enc}-encoded{also}; \
                 convert it to UTF-8 first, e.g. with `iconv -f {enc} -t UTF-8`"
            )
        };
        let gb = " (GBK, GB2312)";
        let cases: [(&[u8], String); 5] = [
            (gbk, advice(0, "GB18030", gb)),
            (&gb4, advice(6, "GB18030", gb)),
            (&bom_le, advice(0, "UTF-16", "")),
            (&bom_be, advice(0, "UTF-16", "")),
            (&utf16le, advice(at(&utf16le), "UTF-16LE", "")),
        ];
        for (bytes, want) in &cases {
            for lossy in [false, true] {
                let got = first_error(bytes, lossy);
                assert_eq!(got.as_deref(), Some(want.as_str()), "lossy {lossy}");
            }
        }
        assert_eq!(
            first_error(&utf16be, false).as_deref(),
            Some(advice(at(&utf16be), "UTF-16BE", "").as_str())
        );
    }

    #[test]
    fn broken_utf8_stays_a_plain_error_and_lossy_replaces_it() {
        // A stray byte, a cut character, a GBK phrase inside UTF-8 text and
        // binary data are no text in another encoding as a whole: the error
        // is the plain one, and lossy mode replaces the bytes.
        let utf8 = "共有学校128所。".as_bytes();
        let phrase = [utf8, b"\xD1\xA7\xD0\xA3\xA1\xA3", utf8].concat();
        let cut = [utf8, &"所".as_bytes()[..2], utf8].concat();
        let stray = [utf8, b"\xFF", utf8].concat();
        let binary: Vec<u8> = (0..=255u8).cycle().take(1024).collect();
        for bytes in [&phrase[..], &cut, &stray, &binary] {
            let at = std::str::from_utf8(bytes).unwrap_err().valid_up_to();
            let plain = format!("f.txt: invalid UTF-8 at byte {at}");
            assert_eq!(first_error(bytes, false), Some(plain));
            assert_eq!(first_error(bytes, true), None);
        }
    }

    #[test]
    fn a_truncated_last_character_is_an_error_or_replaced() {
        let mut bytes = "共 7 台".as_bytes().to_vec();
        bytes.extend_from_slice(&"。".as_bytes()[..2]);
        let mut r = ChunkReader::new(&bytes[..], "t.txt");
        let err = r.next_chunk().unwrap().unwrap_err();
        assert_eq!(err.to_string(), "t.txt: invalid UTF-8 at byte 9");
        let mut r = ChunkReader::new(&bytes[..], "t.txt").lossy(true);
        let (base, text) = r.next_chunk().unwrap().unwrap();
        assert_eq!((base, text), (0, "共 7 台\u{1A}\u{1A}"));
        assert!(r.next_chunk().is_none());
    }

    #[test]
    fn a_character_split_across_blocks_is_kept_whole() {
        let text = "五".repeat(100);
        let mut r = ChunkReader::new(text.as_bytes(), "-").block_size(17);
        let mut joined = String::new();
        while let Some(c) = r.next_chunk() {
            let (base, chunk) = c.unwrap();
            assert_eq!(base, joined.len());
            joined.push_str(chunk);
        }
        assert_eq!(joined, text);
    }
}
