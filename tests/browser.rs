//! Loads the HTML report in a real headless Chromium: every fact is
//! highlighted once, the script runs, sorting and the kind filter work, and
//! a screenshot is saved for a person to look at.
//!
//! Chromium is Debian's `chromium` package; `.ci/run` installs it. Without
//! it this test fails and says so, rather than passing without checking. Set
//! `TONGJI_CHROMIUM` to use another binary.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The inputs of the report: a clean page and a noisy PDF extraction, so
/// that the page has two sections and a table of contents.
const INPUTS: [&str; 2] = ["data/news.txt", "data/pdf_noisy.txt"];

/// Where the screenshot is saved, to be looked at after the test.
fn screenshot_path() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("tongji-report.png")
}

fn chromium() -> PathBuf {
    if let Some(path) = std::env::var_os("TONGJI_CHROMIUM") {
        return PathBuf::from(path);
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser"] {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return candidate;
            }
        }
    }
    panic!(
        "Chromium is not installed, so the HTML report cannot be tested in a browser. \
         Install it with `apt-get install -y chromium` (.ci/run does this), \
         or point TONGJI_CHROMIUM at a Chromium binary."
    );
}

/// Runs headless Chromium on a page with `args`, in a fresh profile, and
/// returns its standard output. It is killed after two minutes, so that a
/// hung browser fails the test instead of hanging it.
fn run_chromium(page: &Path, args: &[String], scratch: &Path) -> String {
    let profile = scratch.join(format!(
        "profile-{}",
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    std::fs::create_dir_all(&profile).unwrap();
    let mut child = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=5000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("Chromium starts");
    // Read both pipes on threads, so that a full pipe cannot stall it.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let deadline = Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("Chromium did not finish within two minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let (out, err) = (out.join().unwrap(), err.join().unwrap());
    let _ = std::fs::remove_dir_all(&profile);
    assert!(status.success(), "Chromium failed ({status}):\n{err}");
    out
}

/// Runs `tongji extract INPUTS ARGS` and returns its standard output.
fn tongji(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_tongji"))
        .arg("extract")
        .args(INPUTS)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The value of a `data-NAME="…"` attribute of the dumped `<body>`.
fn body_data(dom: &str, name: &str) -> Option<String> {
    let body = &dom[dom.find("<body")?..];
    let tag = &body[..body.find('>')?];
    let key = format!("data-{name}=\"");
    let at = tag.find(&key)? + key.len();
    Some(tag[at..].split('"').next()?.to_string())
}

/// A script appended to a copy of the report that clicks like a user: it
/// sorts the first table by value, unticks `count`, and writes what it saw
/// into attributes of `<body>` for the dumped DOM to show.
const PROBE: &str = r##"<script>
(function () {
  var th = document.querySelectorAll("#s1 th")[3];
  th.click();
  var values = Array.prototype.map.call(document.querySelectorAll("#s1 tbody tr"), function (r) {
    return parseFloat(r.cells[3].dataset.v);
  }).filter(function (v) { return !isNaN(v); });
  var sorted = values.length > 10 && values.every(function (v, i) { return i === 0 || values[i - 1] <= v; });
  th.click();
  var first = parseFloat(document.querySelector("#s1 tbody tr").cells[3].dataset.v);
  document.body.dataset.sorted = sorted && first === Math.max.apply(null, values) ? "yes" : "no";
  document.querySelector('input[data-kind="count"]').click();
  var rows = document.querySelectorAll("tr.k-count");
  var others = document.querySelectorAll("tr[data-ref]:not(.k-count)");
  var hidden = rows.length > 0 && Array.prototype.every.call(rows, function (r) {
    return getComputedStyle(r).display === "none";
  }) && getComputedStyle(others[0]).display !== "none";
  document.querySelector('input[data-kind="count"]').click();
  var shown = getComputedStyle(rows[0]).display !== "none";
  document.body.dataset.filtered = hidden && shown ? "yes" : "no";
})();
</script></body>"##;

#[test]
fn the_html_report_works_in_a_real_browser() {
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).unwrap();

    // The facts as CSV, and the same inputs as a report.
    let facts = csv::Reader::from_reader(tongji(&[]).as_bytes())
        .records()
        .count();
    assert!(facts > 100, "{facts} facts");
    let html = tongji(&["--format", "html"]);
    let page = scratch.join("report.html");
    std::fs::write(&page, &html).unwrap();

    let dom = run_chromium(&page, &["--dump-dom".to_string()], &scratch);
    assert_eq!(
        body_data(&dom, "ready").as_deref(),
        Some("1"),
        "the page's script did not run"
    );
    assert_eq!(
        dom.matches("data-fact=").count(),
        facts,
        "highlighted spans"
    );
    assert_eq!(dom.matches("<tr class=\"k-").count(), facts, "table rows");
    assert_eq!(dom.matches("<section ").count(), INPUTS.len());
    assert!(dom.contains(r##"<a href="#s2">data/pdf_noisy.txt</a>"##));

    // Sorting and filtering, clicked by a probe script in a copy.
    let probed = scratch.join("probed.html");
    std::fs::write(&probed, html.replacen("</body>", PROBE, 1)).unwrap();
    let dom = run_chromium(&probed, &["--dump-dom".to_string()], &scratch);
    assert_eq!(
        body_data(&dom, "sorted").as_deref(),
        Some("yes"),
        "sorting by value"
    );
    assert_eq!(
        body_data(&dom, "filtered").as_deref(),
        Some("yes"),
        "filtering by kind"
    );

    // A picture for a person to look at.
    let shot = screenshot_path();
    let _ = std::fs::remove_file(&shot);
    run_chromium(
        &page,
        &[
            format!("--screenshot={}", shot.display()),
            "--window-size=1400,1000".to_string(),
        ],
        &scratch,
    );
    let png = std::fs::read(&shot).expect("Chromium saved the screenshot");
    assert!(png.starts_with(b"\x89PNG"), "the screenshot is a PNG");
    assert!(png.len() > 20_000, "the screenshot is not blank");
    eprintln!("screenshot: {}", shot.display());
}
