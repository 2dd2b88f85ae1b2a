//! Writes the facts of text files as CSV (the `FACTS.md` header) to stdout.
//!
//! ```text
//! cargo run --release --example extract_csv -- data/news.txt data/pdf_noisy.txt > facts.csv
//! cargo run --release --example extract_csv < data/news.txt
//! cargo run --release --example extract_csv -- --lossy scraped/*.txt > facts.csv
//! ```
//!
//! With no file it reads standard input (named `-` in the `file` column).
//! A file that cannot be read, or is not valid UTF-8, is named on stderr with
//! the byte offset of the problem; the other files are still processed, and
//! the exit status is 1. With `--lossy`, each invalid byte is read as
//! U+001A instead, one byte for one byte, so that spans still count the
//! file's own bytes.
//!
//! Files are streamed: each is read in chunks of about a megabyte cut at
//! sentence ends, so memory does not grow with the input, and spans are byte
//! offsets into the whole file. Chunks (of one large file or of many small
//! ones) are extracted in parallel on every core, a batch at a time, and
//! written in input order, so the output is the same whatever the number of
//! cores.

use rayon::prelude::*;
use std::fs::File;
use std::io::{self, Read, Write};
use std::process::ExitCode;
use tongji::export::Locator;
use tongji::stream::ChunkReader;
use tongji::{CsvWriter, Error, Extractor, Fact};

/// How many bytes of text are read before a batch is extracted: enough
/// chunks to keep every core busy, few enough to keep memory small.
const BATCH_BYTES: usize = 8 << 20;

/// One piece of work: a chunk of one input, or what went wrong there.
enum Piece {
    /// The text from byte `base` of input `file`.
    Text {
        file: usize,
        base: usize,
        text: String,
    },
    /// An input failed here; the error is reported in input order.
    Failed { error: Error },
}

/// Reads the inputs one after another, a chunk at a time.
struct Inputs<'a> {
    names: &'a [String],
    lossy: bool,
    next: usize,
    current: Option<(usize, ChunkReader<Box<dyn Read + Send>>)>,
}

impl Inputs<'_> {
    fn open(&self, name: &str) -> Result<Box<dyn Read + Send>, Error> {
        if name == "-" {
            return Ok(Box::new(io::stdin()));
        }
        File::open(name)
            .map(|f| Box::new(f) as Box<dyn Read + Send>)
            .map_err(|source| Error::Io {
                file: name.into(),
                source,
            })
    }

    /// The next piece, or `None` when every input is done.
    fn next_piece(&mut self) -> Option<Piece> {
        loop {
            if let Some((file, reader)) = &mut self.current {
                let file = *file;
                match reader.next_chunk() {
                    Some(Ok((base, text))) => {
                        return Some(Piece::Text {
                            file,
                            base,
                            text: text.to_string(),
                        });
                    }
                    Some(Err(error)) => {
                        self.current = None;
                        return Some(Piece::Failed { error });
                    }
                    None => self.current = None,
                }
            }
            let file = self.next;
            let name = self.names.get(file)?;
            self.next += 1;
            match self.open(name) {
                Ok(r) => {
                    let reader = ChunkReader::new(r, name.as_str()).lossy(self.lossy);
                    self.current = Some((file, reader));
                }
                Err(error) => return Some(Piece::Failed { error }),
            }
        }
    }
}

fn main() -> ExitCode {
    let mut lossy = false;
    let mut names: Vec<String> = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--lossy" => lossy = true,
            "-h" | "--help" => {
                println!("usage: extract_csv [--lossy] [FILE...]");
                return ExitCode::SUCCESS;
            }
            _ => names.push(arg),
        }
    }
    if names.is_empty() {
        names.push("-".to_string());
    }
    match run(&names, lossy) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("extract_csv: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Extracts every input to stdout; `Ok(false)` when some input failed.
fn run(names: &[String], lossy: bool) -> Result<bool, Error> {
    let extractor = Extractor::new();
    let stdout = io::stdout();
    let mut writer = CsvWriter::new(io::BufWriter::with_capacity(1 << 20, stdout.lock()))?;
    let mut inputs = Inputs {
        names,
        lossy,
        next: 0,
        current: None,
    };
    let mut ok = true;
    // The locator of the input being written; it restarts with each input.
    let mut loc: Option<(usize, Locator)> = None;
    let mut done = false;
    while !done {
        let mut batch = Vec::new();
        let mut bytes = 0;
        while bytes < BATCH_BYTES {
            match inputs.next_piece() {
                Some(p) => {
                    if let Piece::Text { text, .. } = &p {
                        bytes += text.len();
                    }
                    batch.push(p);
                }
                None => {
                    done = true;
                    break;
                }
            }
        }
        let facts: Vec<Vec<Fact>> = batch
            .par_iter()
            .map(|p| match p {
                Piece::Text { base, text, .. } => {
                    let mut out = Vec::new();
                    extractor.extract_into(text, *base, &mut out);
                    out
                }
                Piece::Failed { .. } => Vec::new(),
            })
            .collect();
        for (piece, facts) in batch.iter().zip(&facts) {
            match piece {
                Piece::Text { file, base, text } => {
                    if loc.as_ref().is_none_or(|(f, _)| f != file) {
                        loc = Some((*file, Locator::new()));
                    }
                    let (_, l) = loc.as_mut().expect("set above");
                    writer.write_chunk(&names[*file], text, *base, l, facts)?;
                }
                Piece::Failed { error, .. } => {
                    // Rows written so far stay, so that stdout and stderr
                    // appear in the order the inputs were read.
                    writer.flush()?;
                    eprintln!("extract_csv: {error}");
                    ok = false;
                }
            }
        }
    }
    writer.flush()?;
    let _ = io::stderr().flush();
    Ok(ok)
}
