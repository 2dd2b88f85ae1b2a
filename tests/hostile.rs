//! Hostile input: each case names an input and what must come of it.
//!
//! The library cases check that extraction never panics, that every span
//! holds its fact's text exactly, and that every value prints in plain
//! decimal. The command cases run `examples/extract_csv` and check its
//! output, error message and exit status. Sizes are kept at 10⁵–10⁶ bytes so
//! that the suite stays fast in a debug build; the benchmarks
//! (`cargo bench -- pathological`) run the same shapes at 10 MB.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use tongji::stream::ChunkReader;
use tongji::{CsvWriter, Extractor, Fact, Kind};

/// One extractor for every case: building one compiles the patterns, which
/// in a debug build costs more than most cases.
fn extractor() -> &'static Extractor {
    static EX: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    EX.get_or_init(Extractor::new)
}

/// Checks the invariants every caller relies on and returns the facts: spans
/// in bounds, on character boundaries, in order and disjoint, holding the
/// fact's text; values in plain decimal notation.
fn checked(text: &str) -> Vec<Fact> {
    let facts = extractor().extract(text);
    assert_invariants(text, &facts);
    facts
}

fn assert_invariants(text: &str, facts: &[Fact]) {
    let mut prev = 0;
    for f in facts {
        let s = f.span;
        assert!(s.start < s.end && s.end <= text.len(), "{f:?}");
        assert!(s.start >= prev, "overlap or disorder at {f:?}");
        prev = s.end;
        assert_eq!(text.get(s.start..s.end), Some(f.text.as_str()), "{f:?}");
        for v in [f.value, f.low, f.high, f.canonical_value]
            .into_iter()
            .flatten()
        {
            let printed = tongji::export::plain(Some(v));
            assert!(!printed.contains(['e', 'E']), "{printed} has an exponent");
            assert_eq!(printed.parse::<rust_decimal::Decimal>().ok(), Some(v));
        }
    }
}

/// A small deterministic generator (xorshift), so that "random" inputs are
/// the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[(self.next() % from.len() as u64) as usize]
    }
}

#[test]
fn empty_and_noise_only_input_gives_no_fact() {
    for text in [
        "",
        " ",
        "\n\n\n",
        "\r\n\r\n",
        "\0\0\0",
        "\u{FEFF}",
        "。。。",
        "\u{3000}",
    ] {
        assert!(checked(text).is_empty(), "{text:?}");
    }
}

#[test]
fn a_long_run_of_digits_gives_no_fact_and_no_panic() {
    // Runs of digits longer than a decimal holds are not numbers the text
    // asserts; they are cut into 4096-byte pieces and skipped. (The
    // benchmark runs a million digits; 10⁵ keeps the debug test fast.)
    let text = "1234567890".repeat(10_000);
    assert!(checked(&text).is_empty());
}

#[test]
fn fifty_thousand_wan_give_no_wrong_value() {
    // 万万万… is no number: a bare 万 is not reported, and neither is a
    // product too large for a decimal.
    let text = "万".repeat(50_000);
    let facts = checked(&text);
    // The same with a digit before each run, so that 万 is a multiplier.
    checked(&"3万万万万万万万万万万万万".repeat(2_000));
    assert!(facts.is_empty(), "{:?}", &facts[..facts.len().min(3)]);
}

#[test]
fn repeated_ordinal_marks_dots_and_spaced_digits_do_not_panic() {
    checked(&"第".repeat(30_000));
    checked(&"第一".repeat(15_000));
    checked(&"1.".repeat(30_000));
    checked(&"1 ".repeat(30_000));
    checked(&"1\n".repeat(30_000));
    checked(&"一".repeat(30_000));
    checked(&"%".repeat(30_000));
}

#[test]
fn long_lines_of_spaced_or_dotted_digits_stay_linear() {
    // Each bare number used to walk its whole line to decide whether it was
    // a page number, which was quadratic on a line without breaks: 10⁵
    // bytes took seconds. Doubling the input must not quadruple the work;
    // no timing is asserted, but the sizes here would take minutes if the
    // walk came back. Spaced digits on one line are layout, not claims.
    assert!(checked(&"1 ".repeat(20_000)).is_empty());
    checked(&"1.".repeat(20_000));
}

#[test]
fn a_long_line_without_punctuation_is_linear_and_exact() {
    // 4096-byte cuts fall inside words; the facts either side are still
    // exact, and the 3000 claims are found with value 3200.
    let unit = "全区共有3200名党员参加学习";
    let text = unit.repeat(3_000);
    let facts = checked(&text);
    let counts: Vec<&Fact> = facts.iter().filter(|f| f.kind == Kind::Count).collect();
    // A cut may split one number (at most one per 4096 bytes).
    assert!(
        counts.len() >= 3_000 - text.len() / 4096 - 1,
        "{}",
        counts.len()
    );
    for f in counts.iter().filter(|f| f.text == "3200名") {
        assert_eq!(tongji::export::plain(f.value), "3200");
    }
}

#[test]
fn huge_numbers_are_not_reported_rather_than_wrong() {
    // The documented rule: a number too large for an exact decimal (more
    // than 28-29 significant digits, or 亿亿 on a 40-digit number) is
    // skipped. A smaller number next to it is still found.
    let cases = [
        "1234567890123456789012345678901234567890亿亿元",
        "1234567890123456789012345678901234567890",
        "79228162514264337593543950336元",
        "九千九百九十九万亿亿亿亿元",
        "99999999999999999999999999999999.5%",
    ];
    for text in cases {
        let facts = checked(text);
        assert!(facts.is_empty(), "{text:?} gave {facts:?}");
    }
    let text = "1234567890123456789012345678901234567890亿亿元，另有 3 台";
    let facts = checked(text);
    assert_eq!(facts.len(), 1, "{facts:?}");
    assert_eq!(facts[0].text, "3 台");
}

#[test]
fn the_largest_exact_values_are_exact() {
    let facts = checked("资金79228162514264337593543950335元");
    assert_eq!(facts.len(), 1);
    assert_eq!(
        tongji::export::plain(facts[0].value),
        "79228162514264337593543950335"
    );
    let facts = checked("共 12345678901234567890 台");
    assert_eq!(
        tongji::export::plain(facts[0].value),
        "12345678901234567890"
    );
}

#[test]
fn tiny_numbers_print_in_plain_decimal() {
    let facts = checked("含量0.0000000000000000000000000001毫克");
    assert_eq!(facts.len(), 1);
    assert_eq!(
        tongji::export::plain(facts[0].value),
        "0.0000000000000000000000000001"
    );
    // One more decimal place than a decimal holds: not reported.
    assert!(checked("含量0.00000000000000000000000000001毫克").is_empty());
}

#[test]
fn nul_cr_bom_and_mixed_width_punctuation_keep_spans_exact() {
    let text = "\u{FEFF}共有\0 3\r\n名党员，增长 5%;化解率１００％。\r\n２０２４年３月５日!";
    let facts = checked(text);
    let got: Vec<(&str, &str)> = facts
        .iter()
        .map(|f| (f.kind.as_str(), f.text.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("count", "3\r\n名"),
            ("percent", "5%"),
            ("percent", "１００％"),
            ("date", "２０２４年３月５日"),
        ]
    );
    assert_eq!(tongji::export::plain(facts[0].value), "3");
    assert_eq!(tongji::export::plain(facts[2].value), "100");
}

#[test]
fn random_soup_never_panics_and_keeps_every_invariant() {
    let pieces = [
        "0",
        "1",
        "9",
        "１",
        "一",
        "二",
        "十",
        "百",
        "千",
        "万",
        "亿",
        "两",
        "零",
        "第",
        "点",
        ".",
        ",",
        "%",
        "％",
        "-",
        "~",
        "至",
        "余",
        "多",
        "年",
        "月",
        "日",
        "时",
        "个",
        "名",
        "元",
        "万元",
        "毫升",
        "公里",
        "成",
        "折",
        "分之",
        "百分之",
        "“",
        "”",
        "（",
        "）",
        "，",
        "。",
        "！",
        "；",
        " ",
        "\n",
        "\r\n",
        "\0",
        "\u{FEFF}",
        "\u{3000}",
        "a",
        "G",
        "电话",
        "共有",
        "增长",
        "约",
        "近",
        "以上",
        "左右",
        "\u{1A}",
        "é",
        "😀",
    ];
    let mut rng = Rng(0x5EED);
    for _ in 0..300 {
        let len = (rng.next() % 200) as usize;
        let text: String = (0..len).map(|_| rng.pick(&pieces)).collect();
        checked(&text);
    }
}

#[test]
fn streamed_extraction_and_csv_equal_whole_text_ones() {
    // Chunks cut at sentence ends must give the same facts and the same CSV
    // (lines and columns included) as the whole text: the line breaks after
    // a chunk's last fact must still be counted.
    let text = "第一段。\n\n共 7 台；\n近万次\n\n\n没有数字的一句。\n".repeat(200);
    let ex = extractor();
    let whole = {
        let facts = ex.extract(&text);
        let mut w = CsvWriter::new(Vec::new()).unwrap();
        w.write_text("t", &text, &facts).unwrap();
        w.flush().unwrap();
        facts
    };
    for block in [16, 100, 1000] {
        let mut r = ChunkReader::new(text.as_bytes(), "t").block_size(block);
        let mut loc = tongji::export::Locator::new();
        let mut streamed_csv = CsvWriter::new(Vec::new()).unwrap();
        let mut facts = Vec::new();
        while let Some(c) = r.next_chunk() {
            let (base, chunk) = c.unwrap();
            let mut mine = Vec::new();
            ex.extract_into(chunk, base, &mut mine);
            streamed_csv
                .write_chunk("t", chunk, base, &mut loc, &mine)
                .unwrap();
            facts.extend(mine);
        }
        assert_eq!(facts, whole, "block {block}");
        let mut whole_csv = Vec::new();
        let mut w = CsvWriter::new(&mut whole_csv).unwrap();
        w.write_text("t", &text, &whole).unwrap();
        w.flush().unwrap();
        drop(w);
        let mut streamed = Vec::new();
        let mut w2 = CsvWriter::new(&mut streamed).unwrap();
        let mut loc2 = tongji::export::Locator::new();
        let mut r = ChunkReader::new(text.as_bytes(), "t").block_size(block);
        while let Some(c) = r.next_chunk() {
            let (base, chunk) = c.unwrap();
            let mut mine = Vec::new();
            ex.extract_into(chunk, base, &mut mine);
            w2.write_chunk("t", chunk, base, &mut loc2, &mine).unwrap();
        }
        w2.flush().unwrap();
        drop(w2);
        assert_eq!(
            String::from_utf8(streamed).unwrap(),
            String::from_utf8(whole_csv).unwrap(),
            "block {block}"
        );
    }
}

// --- The command: examples/extract_csv ------------------------------------

/// The `extract_csv` example, built by `cargo test` with the tests (and
/// built here if a filtered run skipped it).
fn extract_csv() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().unwrap().parent().unwrap();
    let path = dir.join("examples").join("extract_csv");
    if !path.exists() {
        let cargo = option_env!("CARGO").unwrap_or("cargo");
        let status = Command::new(cargo)
            .args(["build", "--example", "extract_csv"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .unwrap();
        assert!(status.success());
    }
    path
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(extract_csv())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

/// A scratch directory of this test binary, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tongji-hostile-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn rows(out: &Output) -> Vec<csv::StringRecord> {
    csv::ReaderBuilder::new()
        .from_reader(&out.stdout[..])
        .records()
        .map(|r| r.unwrap())
        .collect()
}

const HEADER_LINE: &str = "file,start,end,line,column,kind,text,value,low,high,qualifier,unit,canonical_value,canonical_unit,noun,normalized,sentence\n";

#[test]
fn command_empty_input_gives_the_header_only() {
    let out = run(&[], b"");
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), HEADER_LINE);
    assert!(out.stderr.is_empty());
}

#[test]
fn command_invalid_utf8_names_file_and_offset_and_goes_on() {
    let dir = scratch("utf8");
    let bad = dir.join("bad.txt");
    let good = dir.join("good.txt");
    let mut bytes = "共 7 台。".as_bytes().to_vec();
    bytes.extend_from_slice(b"\xff\xfe");
    bytes.extend_from_slice("近万次。".as_bytes());
    std::fs::write(&bad, &bytes).unwrap();
    std::fs::write(&good, "化解率 100%。").unwrap();
    let (bad_s, good_s) = (bad.to_str().unwrap(), good.to_str().unwrap());

    let out = run(&[bad_s, good_s], b"");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert_eq!(
        err,
        format!("extract_csv: {bad_s}: invalid UTF-8 at byte 12\n")
    );
    // The other file is still processed.
    let rows = rows(&out);
    assert!(
        rows.iter().any(|r| &r[0] == good_s && &r[6] == "100%"),
        "{rows:?}"
    );

    // Lossy mode: no error, and the spans still count the file's bytes.
    let out = run(&["--lossy", bad_s], b"");
    assert!(out.status.success(), "{:?}", out);
    let rows = self::rows(&out);
    assert_eq!(rows.len(), 2, "{rows:?}");
    for r in &rows {
        let (a, b): (usize, usize) = (r[1].parse().unwrap(), r[2].parse().unwrap());
        assert_eq!(&bytes[a..b], r[6].as_bytes());
    }
    assert_eq!(&rows[1][6], "近万次");
    assert_eq!(&rows[1][1], "14");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn command_names_utf16_and_gb18030_files_and_goes_on() {
    // Chinese government documents often come as GB18030 (GBK) or as
    // UTF-16 from Windows tools: the error says so and how to convert,
    // also with --lossy, which would otherwise replace every character.
    // (The first two bytes, 全 in GBK, happen to be valid UTF-8.)
    let dir = scratch("encodings");
    let text = "全县共有学校128所。";
    let gbk = b"\xC8\xAB\xCF\xD8\xB9\xB2\xD3\xD0\xD1\xA7\xD0\xA3128\xCB\xF9\xA1\xA3";
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let (a, b, good) = (
        dir.join("gbk.txt"),
        dir.join("utf16.txt"),
        dir.join("good.txt"),
    );
    std::fs::write(&a, gbk).unwrap();
    std::fs::write(&b, &utf16).unwrap();
    std::fs::write(&good, text).unwrap();
    let names = [
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        good.to_str().unwrap(),
    ];
    for lossy in [false, true] {
        let mut args = vec!["--lossy"];
        args.truncate(usize::from(lossy));
        args.extend(names);
        let out = run(&args, b"");
        assert_eq!(out.status.code(), Some(1), "lossy {lossy}");
        let err = String::from_utf8(out.stderr.clone()).unwrap();
        assert_eq!(
            err,
            format!(
                "extract_csv: {}: invalid UTF-8 at byte 2: the text looks GB18030-encoded (GBK, GB2312); \
                 convert it to UTF-8 first, e.g. with `iconv -f GB18030 -t UTF-8`\n\
                 extract_csv: {}: invalid UTF-8 at byte 0: the text looks UTF-16-encoded; \
                 convert it to UTF-8 first, e.g. with `iconv -f UTF-16 -t UTF-8`\n",
                names[0], names[1]
            ),
            "lossy {lossy}"
        );
        let rows = rows(&out);
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert_eq!((&rows[0][0], &rows[0][6]), (names[2], "128所"));
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn command_missing_file_is_an_error_and_the_rest_goes_on() {
    let dir = scratch("missing");
    let good = dir.join("good.txt");
    std::fs::write(&good, "共 7 台").unwrap();
    let missing = dir.join("nope.txt");
    let out = run(&[missing.to_str().unwrap(), good.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert!(
        err.starts_with(&format!("extract_csv: {}: ", missing.display())),
        "{err}"
    );
    assert_eq!(rows(&out).len(), 1);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn command_hostile_inputs_exit_zero_with_exact_spans() {
    let mut rng = Rng(7);
    let soup: String = (0..20_000)
        .map(|_| {
            rng.pick(&[
                "1", "万", "\0", "\r", "\n", "。", " ", "名", "%", "第", "亿",
            ])
        })
        .collect();
    let cases: Vec<(&str, String)> = vec![
        ("digits", "1234567890".repeat(10_000)),
        ("wan", "万".repeat(20_000)),
        ("nul_cr", "共\0 3\r\n名\r\n\0".repeat(5_000)),
        (
            "bom",
            format!("\u{FEFF}共有 3 名党员。{}", "增长 5%；".repeat(100)),
        ),
        (
            "huge",
            "1234567890123456789012345678901234567890亿亿元。".repeat(100),
        ),
        ("tiny", format!("0.{}1 毫克。", "0".repeat(40))),
        ("soup", soup),
    ];
    let dir = scratch("cases");
    for (name, text) in &cases {
        let path = dir.join(format!("{name}.txt"));
        std::fs::write(&path, text).unwrap();
        let out = run(&[path.to_str().unwrap()], b"");
        assert!(out.status.success(), "{name}: {:?}", out.stderr);
        for r in rows(&out) {
            let (a, b): (usize, usize) = (r[1].parse().unwrap(), r[2].parse().unwrap());
            assert_eq!(text.get(a..b), Some(&r[6]), "{name}");
            for v in [&r[7], &r[8], &r[9], &r[12]] {
                assert!(!v.contains(['e', 'E']), "{name}: {v}");
            }
        }
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_data_samples_stream_to_the_same_csv_as_whole_texts() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let ex = extractor();
    for name in [
        "news.txt",
        "pdf_noisy.txt",
        "communique.txt",
        "traditional.txt",
    ] {
        let path = data.join(name);
        let text = std::fs::read_to_string(&path).unwrap();
        let mut want = CsvWriter::new(Vec::new()).unwrap();
        want.write_text(path.to_str().unwrap(), &text, &ex.extract(&text))
            .unwrap();
        let out = run(&[path.to_str().unwrap()], b"");
        assert!(out.status.success());
        let mut csv = Vec::new();
        let mut w = CsvWriter::new(&mut csv).unwrap();
        w.write_text(path.to_str().unwrap(), &text, &ex.extract(&text))
            .unwrap();
        w.flush().unwrap();
        drop(w);
        assert_eq!(
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(csv).unwrap()
        );
    }
}
