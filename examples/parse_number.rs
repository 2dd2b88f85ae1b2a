//! Reads one numeral expression per line from standard input and prints one
//! line per input line: the parsed number (`21800`, `25%`, `5‰`,
//! `3.5个百分点`; ordinals and fractions print just the value) or
//! `error: <reason>`.
//!
//! ```text
//! cargo run --release --example parse_number < data/numbers.txt
//! ```
//!
//! Lines are read as bytes, so that a line that is not valid UTF-8 gets an
//! `error:` line of its own instead of ending the run.

use std::io::{self, BufRead, BufWriter, Write};

fn main() -> io::Result<()> {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut line = Vec::new();
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        if line.last() == Some(&b'\n') {
            line.pop();
        }
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        match String::from_utf8(std::mem::take(&mut line)) {
            Ok(text) => match tongji::parse_number(&text) {
                Ok(number) => writeln!(out, "{number}")?,
                Err(e) => writeln!(out, "error: {}", e.reason)?,
            },
            Err(e) => writeln!(
                out,
                "error: invalid UTF-8 at byte {}",
                e.utf8_error().valid_up_to()
            )?,
        }
    }
    out.flush()
}
