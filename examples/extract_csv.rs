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
//! ones) are extracted in parallel on every core while the next ones are
//! read and the previous ones written, in input order, so the output is the
//! same whatever the number of cores.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Read, Write};
use std::process::ExitCode;
use std::sync::mpsc;
use tongji::export::{CsvEncoder, Locator, Records};
use tongji::stream::ChunkReader;
use tongji::{CsvWriter, Error, Extractor};

/// One piece of work: a chunk of one input, or what went wrong there.
enum Piece {
    /// The text from byte `base` of input `file`; `at` is the line and
    /// column where the chunk starts.
    Text {
        file: usize,
        base: usize,
        text: String,
        at: Locator,
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
    /// Where the next chunk of the current input starts.
    at: Locator,
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
                        // Lines are counted here, in input order, so that
                        // each chunk's records can be made apart.
                        let at = self.at.clone();
                        self.at.locate(text, base, base + text.len());
                        return Some(Piece::Text {
                            file,
                            base,
                            text: text.to_string(),
                            at,
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
                    self.at = Locator::new();
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
///
/// Three kinds of work overlap: this thread reads and validates chunks and
/// counts their lines, the rayon pool extracts them and makes their CSV
/// records, and a writer thread puts the records out in input order. Only
/// the writing is left to one thread, so that the output keeps up however
/// many cores extract. A fixed number of chunks is in flight at once, so memory
/// stays bounded however large the inputs are.
fn run(names: &[String], lossy: bool) -> Result<bool, Error> {
    let extractor = Extractor::new();
    let mut inputs = Inputs {
        names,
        lossy,
        next: 0,
        current: None,
        at: Locator::new(),
    };
    // Each chunk in flight takes a token, which the writer gives back once
    // the chunk is written; enough to keep every core busy while the writer
    // catches up.
    let in_flight = 2 * rayon::current_num_threads() + 2;
    let (token_tx, token_rx) = mpsc::sync_channel::<()>(in_flight);
    for _ in 0..in_flight {
        token_tx.send(()).expect("the receiver is alive");
    }
    let (done_tx, done_rx) = mpsc::channel::<(usize, Done)>();
    std::thread::scope(|threads| {
        let writer = threads.spawn(move || write_in_order(&done_rx, &token_tx));
        rayon::in_place_scope(|pool| {
            let mut seq = 0;
            // Waiting for a token fails once the writer has stopped (its
            // output went away): reading stops too.
            while token_rx.recv().is_ok() {
                let Some(piece) = inputs.next_piece() else {
                    break;
                };
                let done = done_tx.clone();
                let extractor = &extractor;
                let names = &names;
                pool.spawn(move |_| {
                    let result = match piece {
                        Piece::Text {
                            file,
                            base,
                            text,
                            mut at,
                        } => {
                            // Each sentence's records are made as soon as
                            // it is extracted, from the text the extractor
                            // cleaned.
                            let (mut records, mut encoder) = (Records::new(), CsvEncoder::new());
                            extractor.extract_sentences(&text, base, |sentence, facts| {
                                encoder.encode_sentence(
                                    &names[file],
                                    &text,
                                    base,
                                    &mut at,
                                    sentence,
                                    facts,
                                    &mut records,
                                );
                            });
                            Done::Records(records)
                        }
                        Piece::Failed { error } => Done::Failed(error),
                    };
                    // The writer is gone only after an output error, which
                    // it reports.
                    let _ = done.send((seq, result));
                });
                seq += 1;
            }
        });
        drop(done_tx);
        writer.join().unwrap_or_else(|_| {
            Err(Error::Io {
                file: "-".into(),
                source: io::Error::other("the writer thread panicked"),
            })
        })
    })
}

/// What became of one piece: its CSV records, or the error to report.
enum Done {
    Records(Records),
    Failed(Error),
}

/// Writes the extracted chunks to stdout in the order they were read,
/// giving a token back for each; `Ok(false)` when some input failed.
fn write_in_order(
    done: &mpsc::Receiver<(usize, Done)>,
    tokens: &mpsc::SyncSender<()>,
) -> Result<bool, Error> {
    let stdout = io::stdout();
    // The writer gathers a quarter of a megabyte of rows before each
    // write, ending at a line break, so standard output passes it on
    // without copying it into a buffer of its own.
    let mut writer = CsvWriter::new(stdout.lock())?;
    let mut ok = true;
    // Chunks that finished before an earlier one, by sequence number.
    let mut waiting: BTreeMap<usize, Done> = BTreeMap::new();
    let mut next = 0;
    for (seq, result) in done {
        waiting.insert(seq, result);
        while let Some(result) = waiting.remove(&next) {
            match result {
                Done::Records(records) => writer.write_records(&records)?,
                Done::Failed(error) => {
                    // Rows written so far stay, so that stdout and stderr
                    // appear in the order the inputs were read.
                    writer.flush()?;
                    eprintln!("extract_csv: {error}");
                    ok = false;
                }
            }
            next += 1;
            // The reader may have finished already; a token it no longer
            // waits for is simply dropped.
            let _ = tokens.try_send(());
        }
    }
    writer.flush()?;
    let _ = io::stderr().flush();
    Ok(ok)
}
