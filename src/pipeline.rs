//! Part of the `tongji` binary, not the library: runs the extractor over
//! the inputs in parallel and writes their facts in input order.
//!
//! Each input is read by a task on the rayon pool, which streams it through
//! a [`ChunkReader`] and sends the rows of each chunk down a small bounded
//! channel of its own. The calling thread is the only writer: it drains the
//! channel of the first unfinished input, then the next one, so the output
//! is in input order however the tasks are scheduled, and a large file is
//! written while it is read instead of being held in memory.
//!
//! At most as many tasks are in flight as the pool has threads. Every task
//! thus has a thread, so the input being written always makes progress, and
//! the bounded channels make tasks ahead of it wait instead of filling
//! memory; nothing can deadlock. A task extracts the chunks of its input a
//! batch at a time with a parallel iterator, whose work idle threads steal,
//! so that a single large input is spread over every core too.
//!
//! The HTML report is the exception to streaming: a section shows the whole
//! text, so each input is read whole (still chunk by chunk, to share the
//! UTF-8 handling) and the page is written once every section is ready.

use crate::html::{self, Section};
use crate::inputs::Input;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::cell::Cell;
use std::collections::VecDeque;
use std::io::{self, Read, Write};
use std::rc::Rc;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use tongji::export::{CsvEncoder, Locator, Records, Row};
use tongji::stream::ChunkReader;
use tongji::{CsvWriter, Error, Extractor, Fact, Kind};

/// How many chunks' rows an input may have waiting for the writer before
/// its task waits too.
const CHANNEL: usize = 4;

/// How many bytes of one input are read, per thread of the pool, before
/// they are extracted in parallel: about two chunks each.
const BATCH_PER_THREAD: usize = 2 << 20;

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A CSV table with the `FACTS.md` header.
    Csv,
    /// One JSON object per fact and line, with the CSV header's field names.
    Jsonl,
    /// One self-contained HTML page with the texts highlighted.
    Html,
}

/// What to extract and how to write it.
pub struct Options {
    /// The output format.
    pub format: Format,
    /// The kinds to keep; empty keeps every kind.
    pub kinds: Vec<Kind>,
    /// Whether invalid UTF-8 is replaced rather than an error.
    pub lossy: bool,
    /// Whether to draw a progress bar on stderr.
    pub progress: bool,
}

/// How a run went.
pub struct Summary {
    /// The number of inputs that could not be read (each was named on
    /// stderr).
    pub failed: usize,
    /// Whether writing the output failed, other than by its reader going
    /// away.
    pub output_error: Option<io::Error>,
}

/// What an input's task sends to the writer.
enum Msg {
    /// The rows of one chunk.
    Rows(Vec<Row>),
    /// The CSV records of one chunk, made on the thread that extracted it
    /// so that the writer only writes.
    Records(Records),
    /// The whole input's part of the HTML report.
    Section(Section),
    /// The input failed; rows sent before stay in the output.
    Failed(Error),
}

/// Extracts the facts of every input and writes them to `out` in input
/// order. Inputs that fail are named on stderr and counted; the others are
/// still processed. When the reader of `out` goes away (`tongji … | head`)
/// the run stops early and quietly.
pub fn run(inputs: Vec<Input>, opts: &Options, out: impl Write) -> Summary {
    let gone = Rc::new(Cell::new(false));
    let out = Watched {
        inner: out,
        gone: Rc::clone(&gone),
    };
    let mut summary = Summary {
        failed: 0,
        output_error: None,
    };
    let mut sink = match Sink::new(opts.format, out) {
        Ok(sink) => sink,
        Err(e) => {
            summary.output_error = Some(e).filter(|_| !gone.get());
            return summary;
        }
    };
    let bar = progress_bar(inputs.len() as u64, opts.progress);
    let extractor = Extractor::new();
    let window = rayon::current_num_threads().max(1);
    let mut queue = inputs.into_iter().enumerate();
    let mut written = Ok(());

    rayon::in_place_scope(|scope| {
        let mut pending: VecDeque<(String, Receiver<Msg>)> = VecDeque::new();
        loop {
            while pending.len() < window {
                let Some((index, input)) = queue.next() else {
                    break;
                };
                let (tx, rx) = sync_channel(CHANNEL);
                pending.push_back((input.name(), rx));
                let extractor = &extractor;
                scope.spawn(move |_| {
                    if let Err(e) = process(index, input, extractor, opts, &tx) {
                        let _ = tx.send(Msg::Failed(e));
                    }
                });
            }
            let Some((name, rx)) = pending.pop_front() else {
                break;
            };
            bar.set_message(name.clone());
            // The channel closes when the task is done with the input.
            for msg in rx.iter() {
                let result = match msg {
                    Msg::Rows(rows) => sink.rows(&rows),
                    Msg::Records(records) => sink.records(&records),
                    Msg::Section(section) => {
                        sink.section(section);
                        Ok(())
                    }
                    Msg::Failed(e) => {
                        summary.failed += 1;
                        bar.suspend(|| report(&e));
                        Ok(())
                    }
                };
                if result.is_err() {
                    // Returning drops the receivers, so the tasks still
                    // running fail to send and stop.
                    written = result;
                    return;
                }
            }
            bar.inc(1);
        }
    });
    bar.finish_and_clear();
    if written.is_ok() {
        written = sink.finish();
    }
    if let Err(e) = written {
        if !gone.get() {
            summary.output_error = Some(e);
        }
    }
    summary
}

/// Names a failed input on stderr. Writing to stderr can fail too, and then
/// there is nobody left to tell.
fn report(e: &Error) {
    let _ = writeln!(io::stderr(), "tongji: {e}");
}

/// A progress bar of `len` inputs on stderr, or a hidden one.
fn progress_bar(len: u64, enabled: bool) -> ProgressBar {
    if !enabled {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{elapsed_precise} [{bar:30}] {pos}/{len} files  {wide_msg}")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

/// Reads one input and sends its rows, or its HTML section, to the writer.
fn process(
    index: usize,
    input: Input,
    extractor: &Extractor,
    opts: &Options,
    tx: &SyncSender<Msg>,
) -> Result<(), Error> {
    let name = input.name();
    let reader: Box<dyn Read> = match input {
        Input::Stdin => Box::new(io::stdin().lock()),
        Input::File(path) => match std::fs::File::open(&path) {
            Ok(f) => Box::new(f),
            Err(source) => return Err(Error::Io { file: path, source }),
        },
        Input::Unlisted(path, source) => return Err(Error::Io { file: path, source }),
    };
    let mut chunks = ChunkReader::new(reader, &name).lossy(opts.lossy);
    let mut locator = Locator::new();
    // Only the HTML report keeps the whole text and all the rows.
    let mut text = String::new();
    let mut all_rows = Vec::new();
    // The chunks of a large input are extracted a batch at a time, in
    // parallel, so that one large file also keeps every core busy; the rows
    // are then made and sent in order.
    let batch_bytes = BATCH_PER_THREAD * rayon::current_num_threads().max(1);
    let mut done = false;
    while !done {
        // Each chunk with the line and column it starts at, counted here in
        // input order so that the CSV records of each chunk can be made in
        // parallel.
        let mut batch: Vec<(usize, String, Locator)> = Vec::new();
        let mut bytes = 0;
        while bytes < batch_bytes {
            match chunks.next_chunk() {
                Some(chunk) => {
                    let (base, chunk) = chunk?;
                    bytes += chunk.len();
                    let at = locator.clone();
                    locator.locate(chunk, base, base + chunk.len());
                    batch.push((base, chunk.to_string(), at));
                }
                None => {
                    done = true;
                    break;
                }
            }
        }
        let csv = opts.format == Format::Csv;
        let done: Vec<(Vec<Fact>, Records)> = batch
            .par_iter()
            .map(|(base, chunk, at)| {
                let mut facts = Vec::new();
                let mut records = Records::new();
                let mut at = at.clone();
                let kept = |f: &&Fact| opts.kinds.is_empty() || opts.kinds.contains(&f.kind);
                if csv {
                    // Each sentence's records are made as soon as it is
                    // extracted, from the text the extractor cleaned.
                    let mut encoder = CsvEncoder::new();
                    extractor.extract_sentences(chunk, *base, |sentence, facts| {
                        encoder.encode_sentence(
                            &name,
                            chunk,
                            *base,
                            &mut at,
                            sentence,
                            facts.iter().filter(kept),
                            &mut records,
                        );
                    });
                    return (facts, records);
                }
                extractor.extract_into(chunk, *base, &mut facts);
                facts.retain(|f| kept(&f));
                (facts, records)
            })
            .collect();
        for ((base, chunk, mut at), (facts, records)) in batch.into_iter().zip(done) {
            if csv {
                if !records.is_empty() && tx.send(Msg::Records(records)).is_err() {
                    return Ok(());
                }
                continue;
            }
            let rows = rows(&name, &chunk, base, &mut at, &facts);
            if opts.format == Format::Html {
                text.push_str(&chunk);
                all_rows.extend(rows);
            } else if !rows.is_empty() && tx.send(Msg::Rows(rows)).is_err() {
                // The writer has stopped; nobody wants the rest.
                return Ok(());
            }
        }
    }
    if opts.format == Format::Html {
        let _ = tx.send(Msg::Section(html::section(index, &name, &text, &all_rows)));
    }
    Ok(())
}

/// The rows of the facts of one chunk (the input's bytes from `base` on),
/// with line and column carried from chunk to chunk by `locator`; the rows
/// [`CsvWriter::write_chunk`] writes.
///
/// The locator is moved on to the end of the chunk: it only counts the
/// lines of the chunk it is given, so the lines after the chunk's last fact
/// would otherwise never be counted.
fn rows(file: &str, chunk: &str, base: usize, locator: &mut Locator, facts: &[Fact]) -> Vec<Row> {
    // Facts of one sentence follow each other: its cleaning is shared.
    let mut cleaned: Option<(tongji::Span, String)> = None;
    let rows = facts
        .iter()
        .map(|fact| {
            let (line, column) = locator.locate(chunk, base, fact.span.start);
            let s = fact.sentence;
            let sentence = match &cleaned {
                Some((span, text)) if *span == s => text.clone(),
                _ => {
                    let raw = tongji::export::raw_sentence(chunk, base, s);
                    let text = tongji::export::clean_sentence(raw);
                    cleaned = Some((s, text.clone()));
                    text
                }
            };
            Row::with_clean_sentence(file, fact, line, column, sentence)
        })
        .collect();
    locator.locate(chunk, base, base + chunk.len());
    rows
}

/// The output in one of the formats.
enum Sink<W: Write> {
    // Boxed because the CSV writer carries a large buffer state inline.
    Csv(Box<CsvWriter<W>>),
    Jsonl(io::BufWriter<W>),
    Html(io::BufWriter<W>, Vec<Section>),
}

impl<W: Write> Sink<W> {
    /// Starts the output; CSV writes its header at once, so that even a run
    /// without facts gives a valid table.
    fn new(format: Format, out: W) -> io::Result<Sink<W>> {
        Ok(match format {
            Format::Csv => Sink::Csv(Box::new(CsvWriter::new(out).map_err(output_error)?)),
            Format::Jsonl => Sink::Jsonl(io::BufWriter::new(out)),
            Format::Html => Sink::Html(io::BufWriter::new(out), Vec::new()),
        })
    }

    /// Writes rows, as CSV records or JSON lines.
    fn rows(&mut self, rows: &[Row]) -> io::Result<()> {
        match self {
            Sink::Csv(w) => {
                for row in rows {
                    w.write_row(row).map_err(output_error)?;
                }
            }
            Sink::Jsonl(w) => {
                for row in rows {
                    serde_json::to_writer(&mut *w, row)?;
                    w.write_all(b"\n")?;
                }
            }
            // HTML gets whole sections instead.
            Sink::Html(..) => {}
        }
        Ok(())
    }

    /// Writes CSV records made by a [`CsvEncoder`].
    fn records(&mut self, records: &Records) -> io::Result<()> {
        match self {
            Sink::Csv(w) => w.write_records(records).map_err(output_error),
            // Records are sent for CSV only.
            Sink::Jsonl(_) | Sink::Html(..) => Ok(()),
        }
    }

    /// Keeps an HTML section for the page.
    fn section(&mut self, section: Section) {
        if let Sink::Html(_, sections) = self {
            sections.push(section);
        }
    }

    /// Writes what is still to be written and flushes.
    fn finish(self) -> io::Result<()> {
        match self {
            Sink::Csv(mut w) => w.flush().map_err(output_error),
            Sink::Jsonl(mut w) => w.flush(),
            Sink::Html(mut w, sections) => {
                html::write_page(&mut w, &sections)?;
                w.flush()
            }
        }
    }
}

/// The I/O error of writing the CSV output, without the `-` the CSV writer
/// names its output by: the command names the output itself, and `out.csv:
/// -: No space left on device` would name it twice.
fn output_error(e: Error) -> io::Error {
    match e {
        Error::Io { source, .. } => source,
        other => io::Error::other(other),
    }
}

/// The output, remembering whether its reader went away. The CSV writer
/// turns I/O errors into text, so the broken pipe is noticed here, where
/// its kind is still known.
struct Watched<W> {
    inner: W,
    gone: Rc<Cell<bool>>,
}

impl<W: Write> Watched<W> {
    fn watch<T>(&self, result: io::Result<T>) -> io::Result<T> {
        if let Err(e) = &result {
            if e.kind() == io::ErrorKind::BrokenPipe {
                self.gone.set(true);
            }
        }
        result
    }
}

impl<W: Write> Write for Watched<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let result = self.inner.write(buf);
        self.watch(result)
    }

    fn flush(&mut self) -> io::Result<()> {
        let result = self.inner.flush();
        self.watch(result)
    }
}
