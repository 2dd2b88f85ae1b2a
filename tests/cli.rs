//! Runs the `tongji` binary as a user would: on `data/`, on standard input
//! and on files written here, checking CSV, JSON lines and HTML field by
//! field, and the exit codes and error messages.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The text most checks run on: three facts on two lines, each of a
/// different kind.
const SAMPLE: &str = "推选邻长2.18万名，化解率 100%。\n共计采血 3万毫升";

/// Runs `tongji ARGS` in the crate's root with `stdin` as standard input.
fn tongji(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tongji"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the tongji binary runs");
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    // Write from another thread, so that a large input cannot block on a
    // full pipe while the output waits to be read.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("the output is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The CSV rows of an output, each a map from header name to field.
fn csv_rows(csv: &str) -> Vec<HashMap<String, String>> {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    reader
        .records()
        .map(|r| {
            header
                .iter()
                .cloned()
                .zip(r.unwrap().iter().map(String::from))
                .collect()
        })
        .collect()
}

/// A fresh directory for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn csv_from_stdin_field_by_field() {
    let out = tongji(&["extract"], SAMPLE.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    let csv = stdout(&out);
    assert_eq!(
        csv.lines().next().unwrap(),
        "file,start,end,line,column,kind,text,value,low,high,qualifier,unit,canonical_value,canonical_unit,noun,normalized,sentence"
    );
    let rows = csv_rows(&csv);
    assert_eq!(rows.len(), 3);

    let r = &rows[0];
    assert_eq!(r["file"], "-");
    assert_eq!((r["start"].as_str(), r["end"].as_str()), ("12", "22"));
    assert_eq!((r["line"].as_str(), r["column"].as_str()), ("1", "5"));
    assert_eq!(r["kind"], "count");
    assert_eq!(r["text"], "2.18万名");
    assert_eq!(r["value"], "21800");
    assert_eq!((r["low"].as_str(), r["high"].as_str()), ("", ""));
    assert_eq!(r["qualifier"], "exact");
    assert_eq!(r["unit"], "名");
    assert_eq!(r["noun"], "邻长");
    assert_eq!(r["normalized"], "");

    let r = &rows[1];
    assert_eq!((r["start"].as_str(), r["end"].as_str()), ("35", "39"));
    assert_eq!((r["line"].as_str(), r["column"].as_str()), ("1", "16"));
    assert_eq!(r["kind"], "percent");
    assert_eq!(r["value"], "100");
    assert_eq!(r["unit"], "%");
    assert_eq!(r["noun"], "化解率");

    let r = &rows[2];
    assert_eq!((r["start"].as_str(), r["end"].as_str()), ("56", "66"));
    assert_eq!((r["line"].as_str(), r["column"].as_str()), ("2", "6"));
    assert_eq!(r["kind"], "measure");
    assert_eq!(r["text"], "3万毫升");
    assert_eq!(r["value"], "30000");
    assert_eq!(r["unit"], "毫升");
    assert_eq!(r["canonical_value"], "30");
    assert_eq!(r["canonical_unit"], "L");
    // The offsets are bytes of the input.
    assert_eq!(&SAMPLE[56..66], "3万毫升");
}

#[test]
fn jsonl_has_the_csv_fields_in_the_csv_order() {
    let out = tongji(&["extract", "-", "--format", "jsonl"], SAMPLE.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(
        lines[0].starts_with(r#"{"file":"-","start":12,"end":22,"line":1,"column":5,"kind":"count","text":"2.18万名","value":"21800","low":"","high":"","qualifier":"exact","unit":"名","canonical_value":"","canonical_unit":"","noun":"#),
        "{}",
        lines[0]
    );
    let keys: Vec<String> = lines[0]
        .trim_start_matches('{')
        .split(",\"")
        .map(|kv| kv.trim_matches('"').split('"').next().unwrap().to_string())
        .collect();
    assert_eq!(keys, tongji::export::HEADER);

    let fact: serde_json::Value = serde_json::from_str(lines[2]).unwrap();
    assert_eq!(fact["kind"], "measure");
    assert_eq!(fact["start"], 56);
    assert_eq!(fact["line"], 2);
    assert_eq!(fact["value"], "30000");
    assert_eq!(fact["canonical_value"], "30");
    assert_eq!(fact["canonical_unit"], "L");

    // The same rows as CSV, field by field.
    let csv = csv_rows(&stdout(&tongji(&["extract"], SAMPLE.as_bytes())));
    for (line, row) in lines.iter().zip(&csv) {
        let json: serde_json::Value = serde_json::from_str(line).unwrap();
        for name in tongji::export::HEADER {
            let field = match &json[name] {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            assert_eq!(field, row[name], "field {name}");
        }
    }
}

#[test]
fn html_highlights_each_fact_and_escapes_the_input() {
    let text = format!("<script>alert(1)</script>{SAMPLE}<img src=x onerror=alert(2)>");
    let out = tongji(&["extract", "--format", "html"], text.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let html = stdout(&out);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(html.matches("data-fact=").count(), 3);
    assert_eq!(html.matches("<tr class=\"k-").count(), 3);
    assert!(
        html.contains(
            r#"<mark class="fact k-count" id="s1-0" data-fact="0" title="count · 2.18万名"#
        )
    );
    assert!(html.contains(">2.18万名</mark>"));
    assert!(html.contains(">3万毫升</mark>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<script>alert"));
    assert!(!html.contains("<img"));
    // No external asset: nothing is loaded from anywhere.
    assert!(!html.contains(" src=\""));
    assert!(!html.contains("href=\"http"));
    assert_eq!(html.matches("<script>").count(), 1);
}

#[test]
fn a_file_name_cannot_inject_html_either() {
    let dir = scratch("html-name");
    let file = dir.join("<b onclick=x>.txt");
    std::fs::write(&file, SAMPLE).unwrap();
    let out = tongji(&["extract", "-f", "html", file.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let html = stdout(&out);
    assert!(html.contains("&lt;b onclick=x&gt;.txt"));
    assert!(!html.contains("<b "));
}

#[test]
fn data_directory_in_order_and_the_same_as_file_by_file() {
    let out = tongji(&["extract", "data"], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // No progress bar or anything else when stderr is not a terminal.
    assert_eq!(stderr(&out), "");
    let rows = csv_rows(&stdout(&out));
    // The *.txt and *.md files of data/, sorted; data/tools/ has none.
    let mut expected: Vec<String> = std::fs::read_dir("data")
        .unwrap()
        .map(|e| format!("data/{}", e.unwrap().file_name().to_string_lossy()))
        .filter(|name| name.ends_with(".txt") || name.ends_with(".md"))
        .collect();
    expected.sort();
    for name in [
        "data/README.md",
        "data/communique.txt",
        "data/news.txt",
        "data/pdf_noisy.txt",
    ] {
        assert!(expected.iter().any(|e| e == name), "{name}");
    }
    // Each file's rows together, the files in sorted order.
    let mut files: Vec<&str> = rows.iter().map(|r| r["file"].as_str()).collect();
    files.dedup();
    let with_facts: Vec<&str> = expected
        .iter()
        .map(String::as_str)
        .filter(|e| files.contains(e))
        .collect();
    assert_eq!(files, with_facts);
    assert!(files.contains(&"data/news.txt"));
    // Each file's rows are the rows of that file on its own.
    let news = csv_rows(&stdout(&tongji(&["extract", "data/news.txt"], b"")));
    let in_dir: Vec<_> = rows
        .iter()
        .filter(|r| r["file"] == "data/news.txt")
        .cloned()
        .collect();
    assert_eq!(in_dir, news);
    let known = news
        .iter()
        .find(|r| r["text"] == "2.36万名")
        .expect("2.36万名 is found");
    assert_eq!(known["kind"], "count");
    assert_eq!(known["value"], "23600");
    assert_eq!(known["unit"], "名");
    let text = std::fs::read_to_string("data/news.txt").unwrap();
    let start: usize = known["start"].parse().unwrap();
    let end: usize = known["end"].parse().unwrap();
    assert_eq!(&text[start..end], "2.36万名");

    // Parallel runs give the same output every time, in every format.
    assert_eq!(tongji(&["extract", "data"], b"").stdout, out.stdout);
    let jsonl = stdout(&tongji(&["extract", "data", "-f", "jsonl"], b""));
    assert_eq!(jsonl.lines().count(), rows.len());
    let html = stdout(&tongji(&["extract", "data", "-f", "html"], b""));
    assert_eq!(html.matches("data-fact=").count(), rows.len());
    assert_eq!(html.matches("<section ").count(), expected.len());
    let news = expected.iter().position(|e| e == "data/news.txt").unwrap() + 1;
    assert!(html.contains(&format!(r##"<a href="#s{news}">data/news.txt</a>"##)));
}

#[test]
fn inputs_come_out_in_the_order_given() {
    let out = tongji(
        &["extract", "data/news.txt", "data/communique.txt", "-"],
        SAMPLE.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rows = csv_rows(&stdout(&out));
    let mut files: Vec<&str> = rows.iter().map(|r| r["file"].as_str()).collect();
    files.dedup();
    assert_eq!(files, ["data/news.txt", "data/communique.txt", "-"]);
}

#[test]
fn glob_and_kinds_filter() {
    let out = tongji(&["extract", "data", "--glob", "*.md"], b"");
    let rows = csv_rows(&stdout(&out));
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r["file"] == "data/README.md"));

    let out = tongji(
        &[
            "extract",
            "data",
            "--glob",
            "n?ws.txt",
            "--glob",
            "trad*.txt",
        ],
        b"",
    );
    let mut files: Vec<String> = csv_rows(&stdout(&out))
        .into_iter()
        .map(|r| r["file"].clone())
        .collect();
    files.dedup();
    assert_eq!(files, ["data/news.txt", "data/traditional.txt"]);

    let out = tongji(
        &["extract", "data/news.txt", "--kinds", "money,percent"],
        b"",
    );
    assert_eq!(out.status.code(), Some(0));
    let rows = csv_rows(&stdout(&out));
    assert!(rows.iter().any(|r| r["kind"] == "money"));
    assert!(rows.iter().any(|r| r["kind"] == "percent"));
    assert!(
        rows.iter()
            .all(|r| r["kind"] == "money" || r["kind"] == "percent")
    );
    // Line numbers do not depend on the filter.
    let all = csv_rows(&stdout(&tongji(&["extract", "data/news.txt"], b"")));
    let money: Vec<_> = all
        .into_iter()
        .filter(|r| r["kind"] == "money" || r["kind"] == "percent")
        .collect();
    assert_eq!(rows, money);
}

#[test]
fn upper_case_extensions_match_and_a_folder_without_a_match_is_named() {
    let dir = scratch("globs");
    std::fs::write(dir.join("REPORT.TXT"), "共 7 台。").unwrap();
    std::fs::write(dir.join("notes.doc"), "共 8 台。").unwrap();
    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let (d, e) = (dir.to_str().unwrap(), empty.to_str().unwrap());

    let out = tongji(&["extract", d], b"");
    assert_eq!(out.status.code(), Some(0));
    let rows = csv_rows(&stdout(&out));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["text"], "7 台");
    assert!(rows[0]["file"].ends_with("REPORT.TXT"));
    assert_eq!(stderr(&out), "");

    // An empty folder gives the header only, with a note on stderr.
    let out = tongji(&["extract", e], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(csv_rows(&stdout(&out)).is_empty());
    assert_eq!(
        stderr(&out),
        format!("tongji: {e}: no file matches *.txt or *.md (--glob chooses others)\n")
    );
    std::fs::remove_dir_all(dir).unwrap();
}

/// A full disk is named once, by the output's name, for every format.
#[cfg(target_os = "linux")]
#[test]
fn a_full_output_is_an_error_that_names_it_once() {
    for format in ["csv", "jsonl", "html"] {
        let out = tongji(
            &["extract", "data/news.txt", "-f", format, "-o", "/dev/full"],
            b"",
        );
        assert_eq!(out.status.code(), Some(1), "{format}");
        assert_eq!(
            stderr(&out),
            "tongji: /dev/full: No space left on device (os error 28)\n",
            "{format}"
        );
    }
}

#[test]
fn a_missing_file_fails_alone_with_exit_code_1() {
    let out = tongji(&["extract", "missing.txt", "data/news.txt"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "tongji: missing.txt: No such file or directory (os error 2)\n"
    );
    let rows = csv_rows(&stdout(&out));
    assert!(rows.len() > 50);
    assert!(rows.iter().all(|r| r["file"] == "data/news.txt"));
}

#[test]
fn invalid_utf8_names_the_file_and_byte_or_is_replaced_with_lossy() {
    let dir = scratch("utf8");
    let bad = dir.join("bad.txt");
    let mut bytes = "共 7 台。".repeat(3).into_bytes();
    bytes.push(0xFF);
    bytes.extend_from_slice("近万次。".as_bytes());
    std::fs::write(&bad, &bytes).unwrap();
    let name = bad.to_str().unwrap();

    let out = tongji(&["extract", name, "-"], SAMPLE.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!("tongji: {name}: invalid UTF-8 at byte 36\n")
    );
    // Standard input, after the bad file, is still processed.
    assert_eq!(
        csv_rows(&stdout(&out))
            .iter()
            .filter(|r| r["file"] == "-")
            .count(),
        3
    );

    let out = tongji(&["extract", "--lossy", name], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rows = csv_rows(&stdout(&out));
    assert_eq!(rows.len(), 4);
    let last = &rows[3];
    assert_eq!(last["text"], "近万次");
    assert_eq!((last["start"].as_str(), last["end"].as_str()), ("37", "46"));
    assert_eq!(&bytes[37..46], "近万次".as_bytes());

    // Standard input is named `-`.
    let out = tongji(&["extract"], &bytes);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "tongji: -: invalid UTF-8 at byte 36\n");
}

#[test]
fn usage_errors_exit_with_code_2() {
    for args in [
        &["extract", "--bogus"][..],
        &["extract", "--kinds", "count,apples"],
        &["extract", "--format", "xml"],
        &["frobnicate"],
        &[],
    ] {
        let out = tongji(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!stderr(&out).is_empty(), "{args:?}");
    }
    let out = tongji(&["extract", "--kinds", "apples"], b"");
    assert!(stderr(&out).contains("unknown kind"), "{}", stderr(&out));
}

#[test]
fn help_shows_examples() {
    for args in [
        &["--help"][..],
        &["extract", "--help"],
        &["parse", "--help"],
    ] {
        let out = tongji(args, b"");
        assert_eq!(out.status.code(), Some(0));
        assert!(stdout(&out).contains("Examples:"), "{args:?}");
    }
}

#[test]
fn output_file_and_its_extension() {
    let dir = scratch("output");
    let csv = dir.join("facts.csv");
    let out = tongji(&["extract", "-o", csv.to_str().unwrap()], SAMPLE.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    assert_eq!(csv_rows(&std::fs::read_to_string(&csv).unwrap()).len(), 3);

    let html = dir.join("report.html");
    tongji(
        &["extract", "-o", html.to_str().unwrap()],
        SAMPLE.as_bytes(),
    );
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );

    let nowhere = dir.join("no/such/dir/facts.csv");
    let out = tongji(
        &["extract", "-o", nowhere.to_str().unwrap()],
        SAMPLE.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no/such/dir/facts.csv: No such file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_large_file_streams_with_whole_file_offsets_and_lines() {
    let one = std::fs::read_to_string("data/news.txt").unwrap();
    let single = csv_rows(&stdout(&tongji(&["extract", "data/news.txt"], b"")));
    // More than two of the reader's 1 MiB blocks.
    let copies = (2 << 20) / one.len() + 1;
    let dir = scratch("large");
    let big = dir.join("big.txt");
    std::fs::write(&big, one.repeat(copies)).unwrap();
    let out = tongji(&["extract", "-f", "jsonl", big.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), single.len() * copies);
    let last: serde_json::Value = serde_json::from_str(text.lines().last().unwrap()).unwrap();
    let single_last = single.last().unwrap();
    let lines_per_copy = one.matches('\n').count();
    let start: usize = single_last["start"].parse().unwrap();
    let line: usize = single_last["line"].parse().unwrap();
    assert_eq!(last["start"], start + (copies - 1) * one.len());
    assert_eq!(last["line"], line + (copies - 1) * lines_per_copy);
    assert_eq!(last["text"], single_last["text"].as_str());
    // The CSV writer takes the chunks whole, extracted in parallel; its
    // rows must be the same.
    let out = tongji(&["extract", big.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rows = csv_rows(&stdout(&out));
    assert_eq!(rows.len(), single.len() * copies);
    let last = rows.last().unwrap();
    assert_eq!(
        last["start"],
        (start + (copies - 1) * one.len()).to_string()
    );
    assert_eq!(
        last["line"],
        (line + (copies - 1) * lines_per_copy).to_string()
    );
    assert_eq!(last["sentence"], single_last["sentence"]);
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let big = std::fs::read("data/news.txt").unwrap().repeat(300);
    let mut child = Command::new(env!("CARGO_BIN_EXE_tongji"))
        .args(["extract", "-f", "jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&big);
    });
    // Read one line's worth, then hang up, as `| head -1` does.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 100];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    writer.join().unwrap();
    assert_eq!(err, "");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn parse_prints_value_kind_and_unit_and_fails_on_errors() {
    let out = tongji(
        &[
            "parse",
            "2.18万",
            "百分之二十五",
            "两岸",
            "一万零十二",
            "第4",
            "三分之一",
            "-0.69‰",
            "3.5个百分点",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        "2.18万\t21800\tplain\t\n\
         百分之二十五\t25\tpercent\t%\n\
         一万零十二\t10012\tplain\t\n\
         第4\t4\tordinal\t\n\
         三分之一\t0.3333333333\tfraction\t1/3\n\
         -0.69‰\t-0.69\tpermille\t‰\n\
         3.5个百分点\t3.5\tpercentage_points\t个百分点\n"
    );
    assert_eq!(
        stderr(&out),
        "error: 两岸: at character 1: unexpected character '岸'\n"
    );

    // A qualified, vague or ranged expression adds its bounds and
    // qualifier.
    let out = tongji(&["parse", "5000余", "近万", "3-5万", "十几"], b"");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        "5000余\t5000\tplain\t\t5000\t\tover\n\
         近万\t10000\tplain\t\t\t10000\tunder\n\
         3-5万\t\tplain\t\t30000\t50000\trange\n\
         十几\t\tplain\t\t11\t19\trange\n"
    );

    let out = tongji(&["parse"], "3万\n\n百分之八十\n".as_bytes());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        "3万\t30000\tplain\t\n百分之八十\t80\tpercent\t%\n"
    );

    // A line that is not UTF-8 is an error of its own; the lines around
    // it, CRLF ones too, are still parsed.
    let out = tongji(&["parse"], b"3\xE4\xB8\r\n2.5\r\n\xFF\n\xE5\x8D\x81\n");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "2.5\t2.5\tplain\t\n十\t10\tplain\t\n");
    assert_eq!(
        stderr(&out),
        "tongji: -: line 1: invalid UTF-8 at byte 1 of the line\n\
         tongji: -: line 3: invalid UTF-8 at byte 0 of the line\n"
    );
}
