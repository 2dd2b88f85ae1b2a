//! Writes the facts of text files as CSV (the `FACTS.md` header) to stdout.
//!
//! ```text
//! cargo run --release --example extract_csv -- data/news.txt data/pdf_noisy.txt > facts.csv
//! cargo run --release --example extract_csv < data/news.txt
//! ```
//!
//! With no file it reads standard input (named `-` in the `file` column).
//! A file that cannot be read, or is not valid UTF-8, is named on stderr with
//! the byte offset of the problem; the other files are still processed, and
//! the exit status is 1.

use std::io::{self, Read, Write};
use std::process::ExitCode;
use tongji::{CsvWriter, Error, Extractor};

fn read_input(name: &str) -> Result<String, Error> {
    let mut bytes = Vec::new();
    let res = if name == "-" {
        io::stdin().read_to_end(&mut bytes)
    } else {
        std::fs::File::open(name).and_then(|mut f| f.read_to_end(&mut bytes))
    };
    res.map_err(|source| Error::Io {
        file: name.into(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        file: name.into(),
        offset: e.utf8_error().valid_up_to() as u64,
    })
}

fn main() -> ExitCode {
    let mut files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        files.push("-".to_string());
    }
    let extractor = Extractor::new();
    let stdout = io::stdout();
    let mut writer = match CsvWriter::new(io::BufWriter::new(stdout.lock())) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("extract_csv: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut failed = false;
    for name in &files {
        let result = read_input(name).and_then(|text| {
            let facts = extractor.extract(&text);
            writer.write_text(name, &text, &facts)
        });
        if let Err(e) = result {
            eprintln!("extract_csv: {e}");
            failed = true;
        }
    }
    if let Err(e) = writer.flush() {
        eprintln!("extract_csv: {e}");
        return ExitCode::FAILURE;
    }
    let _ = io::stderr().flush();
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
