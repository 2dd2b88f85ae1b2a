//! The `tongji` command-line tool: tables and a report of the quantitative
//! facts in folders of Chinese text, for people who do not write Rust.
//!
//! `tongji extract` writes the facts of files, directories or standard
//! input as CSV, JSON lines or one HTML page; `tongji parse` reads numeral
//! expressions exactly. The modules `inputs`, `pipeline` and `html` belong
//! to the binary only; the library knows nothing of them.
//!
//! Exit codes: 0 when everything went well, 1 when an input (or the output)
//! failed — each is named on stderr and the other inputs are still
//! processed —, and 2 for a usage error.

mod html;
mod inputs;
mod pipeline;

use clap::{Args, Parser, Subcommand};
use pipeline::{Format, Options};
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use tongji::{Kind, NumberKind, export::plain, parse_number, parse_quantity};

const EXAMPLES: &str = "\
Examples:
  tongji extract data/news.txt                 facts of one file, as CSV on stdout
  tongji extract reports/ -o facts.csv         every *.txt and *.md under reports/
  tongji extract data --format html -o report.html
                                               a page to look at in a browser
  cat page.txt | tongji extract --format jsonl one JSON object per fact
  tongji extract data --kinds money,percent    only amounts of money and percentages
  tongji parse 2.18万 百分之二十五 三分之一    exact values of numeral expressions";

const EXTRACT_HELP: &str = "\
Output:
  csv    the FACTS.md table: file,start,end,line,column,kind,text,value,low,
         high,qualifier,unit,canonical_value,canonical_unit,noun,normalized,
         sentence. start and end are byte offsets into the file, column
         counts characters, values are exact decimals.
  jsonl  one JSON object per fact and line, with the same field names; the
         numbers are strings (\"21800\") so that they stay exact.
  html   one self-contained page: each text with its facts highlighted and a
         table of them, sortable and filterable by kind. The HTML report
         reads each file whole; CSV and JSON lines stream any size of file.

Files run in parallel on all cores; the output is always in the order of
the paths given, each directory's files sorted by path (hidden files are
skipped). A file that cannot be read is named on stderr, the others are
still processed, and the exit code is 1. If a file turns out not to be
UTF-8 part way through, the rows before the bad byte have been written.

Examples:
  tongji extract data/news.txt
  tongji extract reports/ --glob '*.txt' -o facts.csv
  tongji extract data -o report.html           (format from the extension)
  tongji extract - --format jsonl < page.txt
  tongji extract scraped/ --lossy --kinds count,money";

const PARSE_HELP: &str = "\
Output: one line per expression, tab-separated:
  EXPRESSION  VALUE  KIND  UNIT
VALUE is the exact value as a plain decimal (a fraction's is its quotient
as the parser rounds it); KIND is plain, percent, permille, percentage_points, ordinal
or fraction; UNIT is %, ‰ or 个百分点 for those kinds, numerator/denominator
for a fraction, and empty otherwise. An expression with a qualifier, a
range or a vague numeral (两千多, 近万, 5-7, 十几) adds three columns,
LOW HIGH QUALIFIER, as a fact has them (VALUE is empty for a range).
An expression that does not parse
prints `error: EXPRESSION: REASON` on stderr instead, and the exit code is 1.
With no expression, one is read from each line of standard input. An
expression may start with `-` (-0.6%), so an unknown option is read as an
expression too.

Examples:
  $ tongji parse 2.18万 百分之二十五 第4 三分之一 两岸
  2.18万        21800   plain
  百分之二十五  25      percent %
  第4           4       ordinal
  三分之一      0.3333333333    fraction        1/3
  error: 两岸: at character 1: unexpected character '岸'
  $ tongji parse 5000余 近万 3-5万
  5000余        5000    plain           5000            over
  近万          10000   plain                   10000   under
  3-5万                 plain           30000   50000   range";

/// Extract quantitative facts (counts, money, measures, percentages, dates
/// and more) from Chinese text, with exact values and byte positions.
#[derive(Parser)]
#[command(name = "tongji", version, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract the facts of files, directories or standard input as CSV,
    /// JSON lines or an HTML report.
    #[command(after_help = EXTRACT_HELP)]
    Extract(ExtractArgs),
    /// Print the exact value, kind and unit of numeral expressions.
    #[command(after_help = PARSE_HELP)]
    Parse {
        /// Numeral expressions such as 2.18万, 百分之二十五, 三分之一, 第4.
        // Negative numbers (-0.6%) are expressions, not options.
        #[arg(value_name = "EXPR", allow_hyphen_values = true)]
        expressions: Vec<String>,
    },
}

#[derive(Args)]
struct ExtractArgs {
    /// Files and directories to read; `-`, or no path at all, reads
    /// standard input.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// The output format [default: from the extension of -o (.html, .jsonl),
    /// otherwise csv]
    #[arg(short, long, value_enum)]
    format: Option<Format>,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Keep only these kinds: count, measure, money, percent, fraction,
    /// ordinal, date, time, duration, number.
    #[arg(short, long, value_name = "KIND,...", value_delimiter = ',', value_parser = parse_kind)]
    kinds: Vec<Kind>,
    /// Which files of a directory to read, matched against the file name
    /// (`*` any characters, `?` one, ASCII letters in either case); repeat
    /// for several [default: *.txt *.md]. Files named on the command line
    /// are always read.
    #[arg(short, long = "glob", value_name = "PATTERN")]
    globs: Vec<String>,
    /// Replace bytes that are not UTF-8 instead of failing the file; byte
    /// offsets stay those of the original file.
    #[arg(long)]
    lossy: bool,
}

/// Reads a kind name for `--kinds`.
fn parse_kind(s: &str) -> Result<Kind, String> {
    s.trim().parse()
}

fn main() -> ExitCode {
    // clap prints usage errors itself and exits with code 2.
    match Cli::parse().command {
        Command::Extract(args) => extract(args),
        Command::Parse { expressions } => parse(expressions),
    }
}

/// `tongji extract`.
fn extract(args: ExtractArgs) -> ExitCode {
    let globs = if args.globs.is_empty() {
        vec!["*.txt".to_string(), "*.md".to_string()]
    } else {
        args.globs
    };
    let format = args
        .format
        .unwrap_or_else(|| format_of(args.output.as_deref()));
    // Open the output before any work, so that a bad -o fails at once.
    let out: Box<dyn Write> = match &args.output {
        None => Box::new(io::stdout().lock()),
        Some(path) => match std::fs::File::create(path) {
            Ok(f) => Box::new(f),
            Err(e) => {
                let _ = writeln!(io::stderr(), "tongji: {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        },
    };
    let inputs = inputs::collect(&args.paths, &globs);
    let opts = Options {
        format,
        kinds: args.kinds,
        lossy: args.lossy,
        progress: inputs.len() > 1 && io::stderr().is_terminal(),
    };
    let summary = pipeline::run(inputs, &opts, out);
    if let Some(e) = &summary.output_error {
        let name = args
            .output
            .as_ref()
            .map_or("-".into(), |p| p.display().to_string());
        let _ = writeln!(io::stderr(), "tongji: {name}: {e}");
    }
    if summary.failed > 0 || summary.output_error.is_some() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The format an output file's extension asks for; CSV when there is no
/// file or the extension says nothing.
fn format_of(output: Option<&std::path::Path>) -> Format {
    let ext = output
        .and_then(|p| p.extension())
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    match ext.as_deref() {
        Some("html" | "htm") => Format::Html,
        Some("jsonl" | "ndjson") => Format::Jsonl,
        _ => Format::Csv,
    }
}

/// `tongji parse`.
fn parse(expressions: Vec<String>) -> ExitCode {
    // Each expression, or the error of a line of standard input that is
    // not UTF-8, reported in its place so that the lines around it are
    // still parsed.
    let expressions: Vec<Result<String, String>> = if expressions.is_empty() {
        let mut lines = Vec::new();
        for (n, line) in io::stdin().lock().split(b'\n').enumerate() {
            match line {
                Ok(mut bytes) => {
                    if bytes.last() == Some(&b'\r') {
                        bytes.pop();
                    }
                    match String::from_utf8(bytes) {
                        Ok(l) if l.trim().is_empty() => {}
                        Ok(l) => lines.push(Ok(l)),
                        Err(e) => lines.push(Err(format!(
                            "tongji: -: line {}: invalid UTF-8 at byte {} of the line",
                            n + 1,
                            e.utf8_error().valid_up_to()
                        ))),
                    }
                }
                Err(e) => {
                    lines.push(Err(format!("tongji: -: {e}")));
                    break;
                }
            }
        }
        lines
    } else {
        expressions.into_iter().map(Ok).collect()
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut failed = false;
    for expr in &expressions {
        let expr = match expr {
            Ok(expr) => expr,
            Err(message) => {
                failed = true;
                let written = out
                    .flush()
                    .and_then(|()| writeln!(io::stderr(), "{message}"));
                if written.is_err() {
                    break;
                }
                continue;
            }
        };
        // A tab or line break in the expression would break the columns.
        let shown: String = expr
            .chars()
            .map(|c| {
                if c == '\t' || c == '\n' || c == '\r' {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        let written = match parse_number(expr) {
            Ok(n) => {
                let (kind, unit) = kind_and_unit(&n.kind);
                writeln!(out, "{shown}\t{}\t{kind}\t{unit}", plain(Some(n.value)))
            }
            // A qualified, vague or ranged expression (`两千多`, `十几`,
            // `5-7`) adds its bounds and qualifier; an exact number keeps
            // the four columns it always had.
            Err(_) if parse_quantity(expr).is_ok() => {
                let q = parse_quantity(expr).expect("checked above");
                let (kind, unit) = kind_and_unit(&q.kind);
                writeln!(
                    out,
                    "{shown}\t{}\t{kind}\t{unit}\t{}\t{}\t{}",
                    plain(q.value),
                    plain(q.low),
                    plain(q.high),
                    q.qualifier
                )
            }
            Err(e) => {
                failed = true;
                // Flush first, so that on a terminal the error stands
                // between the lines of the expressions around it.
                out.flush()
                    .and_then(|()| writeln!(io::stderr(), "error: {shown}: {e}"))
            }
        };
        if written.is_err() {
            // The reader went away (`tongji parse … | head`): stop quietly.
            break;
        }
    }
    let _ = out.flush();
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The name of a number's kind, and its unit column.
fn kind_and_unit(kind: &NumberKind) -> (&'static str, String) {
    match kind {
        NumberKind::Plain => ("plain", String::new()),
        NumberKind::Percent => ("percent", "%".to_string()),
        NumberKind::Permille => ("permille", "‰".to_string()),
        NumberKind::PercentagePoints => ("percentage_points", "个百分点".to_string()),
        NumberKind::Ordinal => ("ordinal", String::new()),
        NumberKind::Fraction {
            numerator,
            denominator,
        } => (
            "fraction",
            format!("{}/{}", plain(Some(*numerator)), plain(Some(*denominator))),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn the_output_extension_picks_the_format() {
        use std::path::Path;
        assert_eq!(format_of(Some(Path::new("r.HTML"))), Format::Html);
        assert_eq!(format_of(Some(Path::new("r.jsonl"))), Format::Jsonl);
        assert_eq!(format_of(Some(Path::new("r.csv"))), Format::Csv);
        assert_eq!(format_of(None), Format::Csv);
    }
}
