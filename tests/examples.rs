//! Runs the examples the way the README tells users to, and checks their
//! output line by line.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The path of a built example: cargo builds the examples before it runs
/// the integration tests, next to the test binary's directory.
fn example(name: &str) -> PathBuf {
    let mut dir = std::env::current_exe().expect("test binary path");
    dir.pop();
    if dir.ends_with("deps") {
        dir.pop();
    }
    dir.join("examples").join(name)
}

fn run(name: &str, args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(example(name))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run example {name}: {e}"));
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn parse_number_prints_one_line_per_input_line() {
    #[rustfmt::skip]
    let cases: &[(&str, &str)] = &[
        ("2.18万", "21800"),
        ("三万五千", "35000"),
        ("一万零十二", "10012"),
        ("1,234.5万", "12345000"),
        ("百分之二十五", "25%"),
        ("负百分之四十", "-40%"),
        ("千分之五", "5‰"),
        ("七成五", "75%"),
        ("3.5个百分点", "3.5个百分点"),
        ("第一百零八", "108"),
        ("三分之一", "0.3333333333"),
        ("0.1亿", "10000000"),
        ("二〇二三", "2023"),
        ("两岸", "error"),
        ("", "error"),
    ];
    let input: String = cases.iter().map(|(i, _)| format!("{i}\r\n")).collect();
    let (code, out, _) = run("parse_number", &[], input.as_bytes());
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), cases.len(), "{out}");
    for ((input, want), got) in cases.iter().zip(lines) {
        if *want == "error" {
            assert!(got.starts_with("error: "), "{input:?} gave {got:?}");
        } else {
            assert_eq!(got, *want, "{input:?}");
        }
    }
}

#[test]
fn extract_csv_writes_the_facts_md_table() {
    let text = "推选邻长2.18万名，纠纷 5000 余起。\n共计采血 3万毫升，排名第 4。";
    let (code, out, _) = run("extract_csv", &[], text.as_bytes());
    assert_eq!(code, 0);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some(
            "file,start,end,line,column,kind,text,value,low,high,qualifier,unit,canonical_value,canonical_unit,noun,normalized,sentence"
        )
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(
        rows,
        vec![
            "-,12,22,1,5,count,2.18万名,21800,,,exact,名,,,邻长,,推选邻长2.18万名，纠纷5000余起。",
            "-,32,43,1,15,count,5000 余起,5000,5000,,over,起,,,纠纷,,推选邻长2.18万名，纠纷5000余起。",
            "-,60,70,2,6,measure,3万毫升,30000,,,exact,毫升,30,L,采血,,共计采血3万毫升，排名第4。",
            "-,79,84,2,13,ordinal,第 4,4,,,exact,,,,排名,,共计采血3万毫升，排名第4。",
        ]
    );
}

#[test]
fn extract_csv_reads_the_samples_and_names_each_file() {
    let (code, out, _) = run("extract_csv", &["data/news.txt", "data/pdf_noisy.txt"], b"");
    assert_eq!(code, 0);
    let news = out
        .lines()
        .filter(|l| l.starts_with("data/news.txt,"))
        .count();
    let pdf = out
        .lines()
        .filter(|l| l.starts_with("data/pdf_noisy.txt,"))
        .count();
    assert!(news >= 80 && pdf >= 50, "news {news}, pdf {pdf}");
}

#[test]
fn extract_csv_names_a_missing_file_and_goes_on() {
    let (code, out, err) = run(
        "extract_csv",
        &["data/no_such_file.txt", "data/news.txt"],
        b"",
    );
    assert_eq!(code, 1);
    assert!(err.contains("data/no_such_file.txt"), "{err}");
    assert!(out.lines().any(|l| l.starts_with("data/news.txt,")));
}

#[test]
fn throughput_reports_speed_and_density_and_fails_on_bad_files() {
    // The density it prints is that of the text repeated to 1 MB.
    let one = std::fs::read_to_string("data/news.txt").unwrap();
    let mut text = String::new();
    while text.len() < 1_000_000 {
        text.push_str(&one);
        text.push('\n');
    }
    let facts = tongji::Extractor::new().extract(&text).len();
    let mb = text.len() as f64 / 1e6;
    let density = format!(
        "({:.0} facts per MB, {mb:.1} MB, best of 1)",
        facts as f64 / mb
    );
    let out = Command::new(example("throughput"))
        .args(["data/news.txt", "missing.txt"])
        .env("TONGJI_MB", "1")
        .env("TONGJI_RUNS", "1")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stdout.starts_with("data/news.txt: "), "{stdout}");
    assert!(stdout.contains(" MB/s on one core "), "{stdout}");
    assert!(
        stdout.trim_end().ends_with(&density),
        "{stdout} vs {density}"
    );
    assert!(stderr.starts_with("throughput: missing.txt: "), "{stderr}");
    let (code, _, err) = run("throughput", &[], b"");
    assert_eq!(code, 2);
    assert!(err.contains("usage"), "{err}");
}
