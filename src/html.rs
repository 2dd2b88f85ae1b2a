//! Part of the `tongji` binary, not the library: the HTML report.
//!
//! The report is one self-contained page: no external stylesheet, script,
//! font or image, so it can be mailed or archived as a single file, and a
//! Content-Security-Policy forbids loading anything. Each input becomes a
//! section with its text, every fact highlighted in its kind's colour (the
//! `title` shows value, unit, qualifier, bounds and noun on hover), and
//! beside it a table of the facts that sorts when a header is clicked. The
//! checkboxes at the top hide or show the facts of each kind everywhere.
//!
//! Everything taken from the input (text, file names, fact fields) goes
//! through [`escape`]; the only markup and script are the constants of this
//! file, so the input cannot inject HTML.

use std::fmt::Write as _;
use std::io::{self, Write};
use tongji::Kind;
use tongji::export::Row;
use tongji::stream::REPLACEMENT;

/// One input's part of the report, rendered while the inputs are processed
/// in parallel and put into the page in input order.
pub struct Section {
    /// The input's name, as in the `file` column.
    pub file: String,
    /// The HTML `id` of the section, for the table of contents.
    pub id: String,
    /// The number of facts of each kind, in the order of [`Kind::ALL`].
    pub counts: [usize; Kind::ALL.len()],
    /// The rendered `<section>` element.
    pub html: String,
}

impl Section {
    /// The number of facts in the section.
    pub fn facts(&self) -> usize {
        self.counts.iter().sum()
    }
}

/// The background colour of each kind, in the order of [`Kind::ALL`]: light
/// enough for black text, and far enough apart to tell the kinds apart.
const COLOURS: [&str; Kind::ALL.len()] = [
    "#ffe08a", "#b5e8c5", "#ffc7a3", "#bcd4ff", "#e3c6ff", "#ffc9e3", "#b9eeee", "#dcf5a3",
    "#f2d3a6", "#dedede",
];

/// Escapes text for HTML element content and quoted attribute values
/// alike. The stand-in for invalid bytes of `--lossy` becomes U+FFFD, the
/// character browsers show for bad input, since the control character
/// itself is not allowed in HTML.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            REPLACEMENT => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// The position of a kind in [`Kind::ALL`], from its CSV name.
fn kind_index(kind: &str) -> usize {
    Kind::ALL
        .iter()
        .position(|k| k.as_str() == kind)
        .unwrap_or(Kind::ALL.len() - 1)
}

/// The tooltip of a fact: every field that has a value, one per line.
fn tooltip(row: &Row) -> String {
    let mut t = format!(
        "{} · {}",
        row.kind,
        row.text.split_whitespace().collect::<String>()
    );
    let mut field = |name: &str, value: &str| {
        if !value.is_empty() {
            let _ = write!(t, "\n{name}: {value}");
        }
    };
    field("value", &row.value);
    field("unit", &row.unit);
    field("qualifier", row.qualifier);
    field("low", &row.low);
    field("high", &row.high);
    field("noun", &row.noun);
    if !row.canonical_value.is_empty() {
        field(
            "canonical",
            &format!("{} {}", row.canonical_value, row.canonical_unit),
        );
    }
    field("normalized", &row.normalized);
    field("at", &format!("line {}, column {}", row.line, row.column));
    t
}

/// Renders one input: `text` is its whole text and `rows` its facts in text
/// order, with byte spans into `text`; `index` numbers the section.
///
/// A fact whose span overlaps the previous one, or does not lie on
/// character boundaries of the text, is still listed in the table but not
/// highlighted, since highlights cannot nest; the extractor promises
/// neither happens.
pub fn section(index: usize, file: &str, text: &str, rows: &[Row]) -> Section {
    let id = format!("s{}", index + 1);
    let mut counts = [0; Kind::ALL.len()];
    let mut body = String::with_capacity(text.len() * 2 + rows.len() * 400);
    let mut pos = 0;
    for (i, row) in rows.iter().enumerate() {
        let k = kind_index(row.kind);
        counts[k] += 1;
        let (Some(before), Some(fact)) = (text.get(pos..row.start), text.get(row.start..row.end))
        else {
            continue;
        };
        body.push_str(&escape(before));
        let _ = write!(
            body,
            r#"<mark class="fact k-{kind}" id="{id}-{i}" data-fact="{i}" title="{title}">{fact}</mark>"#,
            kind = row.kind,
            title = escape(&tooltip(row)),
            fact = escape(fact),
        );
        pos = row.end;
    }
    body.push_str(&escape(text.get(pos..).unwrap_or("")));

    let mut html = String::with_capacity(body.len() + rows.len() * 600 + 2000);
    let total: usize = counts.iter().sum();
    let _ = write!(
        html,
        r#"<section id="{id}"><h2>{file} <small>{total} facts</small></h2><div class="cols"><pre class="text">{body}</pre><div class="facts"><table><thead><tr>"#,
        file = escape(file),
    );
    for (name, numeric) in [
        ("line", true),
        ("kind", false),
        ("text", false),
        ("value", true),
        ("unit", false),
        ("noun", false),
        ("qualifier", false),
        ("low", true),
        ("high", true),
        ("canonical", true),
        ("normalized", false),
    ] {
        let kind = if numeric { "num" } else { "text" };
        let _ = write!(
            html,
            r#"<th data-type="{kind}" title="Click to sort">{name}</th>"#
        );
    }
    html.push_str("</tr></thead><tbody>");
    for (i, row) in rows.iter().enumerate() {
        let canonical = if row.canonical_value.is_empty() {
            String::new()
        } else {
            format!("{} {}", row.canonical_value, row.canonical_unit)
        };
        let _ = write!(
            html,
            r##"<tr class="k-{kind}" data-ref="{id}-{i}"><td data-v="{start}">{line}:{column}</td><td class="kind">{kind}</td><td>{text}</td><td data-v="{value}">{value}</td><td>{unit}</td><td class="wrap">{noun}</td><td>{qualifier}</td><td data-v="{low}">{low}</td><td data-v="{high}">{high}</td><td data-v="{cv}">{canonical}</td><td>{normalized}</td></tr>"##,
            kind = row.kind,
            start = row.start,
            line = row.line,
            column = row.column,
            text = escape(&row.text),
            value = escape(&row.value),
            low = escape(&row.low),
            high = escape(&row.high),
            qualifier = row.qualifier,
            unit = escape(&row.unit),
            cv = escape(&row.canonical_value),
            canonical = escape(&canonical),
            noun = escape(&row.noun),
            normalized = escape(&row.normalized),
        );
    }
    html.push_str("</tbody></table></div></div></section>\n");
    Section {
        file: file.to_string(),
        id,
        counts,
        html,
    }
}

/// Writes the whole page: the header with the kind filters and, for more
/// than one section, a table of contents; then the sections in order.
pub fn write_page(out: &mut impl Write, sections: &[Section]) -> io::Result<()> {
    let mut totals = [0; Kind::ALL.len()];
    for s in sections {
        for (t, c) in totals.iter_mut().zip(s.counts) {
            *t += c;
        }
    }
    let total: usize = totals.iter().sum();
    let mut css = String::from(CSS);
    for (kind, colour) in Kind::ALL.iter().zip(COLOURS) {
        let k = kind.as_str();
        let _ = write!(
            css,
            "mark.k-{k},label.k-{k},tr.k-{k} td.kind{{background:{colour}}}body.hide-{k} mark.k-{k}{{background:none;border-color:transparent}}body.hide-{k} tr.k-{k}{{display:none}}"
        );
    }
    write!(
        out,
        r#"<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tongji {version}">
<title>tongji report</title><style>{css}</style></head>
<body><header><h1>tongji report <small>{total} facts in {files} {inputs}</small></h1><div class="filters">"#,
        version = env!("CARGO_PKG_VERSION"),
        files = sections.len(),
        inputs = if sections.len() == 1 {
            "input"
        } else {
            "inputs"
        },
    )?;
    for (kind, count) in Kind::ALL.iter().zip(totals) {
        write!(
            out,
            r#"<label class="k-{k}"><input type="checkbox" data-kind="{k}" checked> {k} <small>{count}</small></label>"#,
            k = kind.as_str()
        )?;
    }
    out.write_all(b"</div>")?;
    if sections.len() > 1 {
        out.write_all(b"<nav><ol>")?;
        for s in sections {
            write!(
                out,
                r##"<li><a href="#{id}">{file}</a> <small>{n}</small></li>"##,
                id = s.id,
                file = escape(&s.file),
                n = s.facts()
            )?;
        }
        out.write_all(b"</ol></nav>")?;
    }
    out.write_all(b"</header>\n<main>\n")?;
    for s in sections {
        out.write_all(s.html.as_bytes())?;
    }
    write!(out, "</main>\n<script>{JS}</script>\n</body></html>\n")
}

const CSS: &str = r#"
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#222;background:#f6f6f4}
header{position:sticky;top:0;z-index:3;background:#fff;border-bottom:1px solid #ccc;padding:6px 16px}
h1{font-size:18px;margin:2px 0 6px}h2{font-size:16px;margin:14px 0 8px}small{color:#666;font-weight:normal}
.filters{display:flex;flex-wrap:wrap;gap:6px}
.filters label{padding:1px 8px;border-radius:10px;cursor:pointer;user-select:none;font-size:13px}
nav ol{margin:6px 0 2px;padding-left:22px;columns:3;font-size:13px}
main{padding:0 16px 24px}
.cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.25fr);gap:14px;align-items:start}
.text,.facts{background:#fff;border:1px solid #ccc;border-radius:4px;max-height:78vh;overflow:auto;margin:0}
.text{white-space:pre-wrap;overflow-wrap:anywhere;padding:10px 12px;font-size:15px;line-height:1.9;font-family:inherit}
mark.fact{color:inherit;border-radius:3px;padding:0 1px;border-bottom:2px solid rgba(0,0,0,.35);cursor:help}
mark.fact.flash,tr.flash td{outline:2px solid #d33}
table{border-collapse:collapse;width:100%;font-size:12.5px}
th{position:sticky;top:0;background:#e9e9e6;cursor:pointer;text-align:left;padding:4px 6px;white-space:nowrap;user-select:none}
th[data-dir=asc]::after{content:" \25B2"}th[data-dir=desc]::after{content:" \25BC"}
td{padding:3px 6px;border-top:1px solid #eee;vertical-align:top;white-space:nowrap}
td.wrap{white-space:normal;min-width:6em}
tbody tr{background:#fff;cursor:pointer}tbody tr:hover td{background:#f3f3f3}
tr td.kind{white-space:nowrap}
"#;

/// The page's script: sorting, filtering by kind, and jumping between a
/// highlight and its table row. It reads only the page it is in.
const JS: &str = r#"
(function () {
  "use strict";
  // Sort a table by the clicked column; a second click reverses the order.
  // Numeric columns compare the data-v numbers, with empty cells last.
  function sortBy(th) {
    var table = th.closest("table");
    var col = Array.prototype.indexOf.call(th.parentNode.children, th);
    var dir = th.dataset.dir === "asc" ? "desc" : "asc";
    table.querySelectorAll("th").forEach(function (h) { delete h.dataset.dir; });
    th.dataset.dir = dir;
    var numeric = th.dataset.type === "num";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var key = function (row) {
      var cell = row.cells[col];
      if (!numeric) return cell.textContent;
      var v = parseFloat(cell.dataset.v);
      return isNaN(v) ? null : v;
    };
    rows.sort(function (a, b) {
      var x = key(a), y = key(b);
      if (x === null || y === null) return (x === null) - (y === null);
      var r = numeric ? x - y : x.localeCompare(y, "zh");
      return dir === "asc" ? r : -r;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  document.querySelectorAll("th").forEach(function (th) {
    th.addEventListener("click", function () { sortBy(th); });
  });
  // Unticking a kind hides its rows and takes the colour off its highlights.
  document.querySelectorAll("input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.dataset.kind, !box.checked);
    });
  });
  function flash(el) {
    el.classList.add("flash");
    el.scrollIntoView({ block: "center" });
    setTimeout(function () { el.classList.remove("flash"); }, 1200);
  }
  document.querySelectorAll("tr[data-ref]").forEach(function (tr) {
    tr.addEventListener("click", function () {
      var mark = document.getElementById(tr.dataset.ref);
      if (mark) flash(mark);
    });
  });
  document.querySelectorAll("mark[data-fact]").forEach(function (mark) {
    mark.addEventListener("click", function () {
      var tr = document.querySelector('tr[data-ref="' + mark.id + '"]');
      if (tr) flash(tr);
    });
  });
  document.body.dataset.ready = "1";
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(file: &str, text: &str) -> Vec<Row> {
        let facts = tongji::Extractor::new().extract(text);
        let mut loc = tongji::export::Locator::new();
        facts
            .iter()
            .map(|f| {
                let (line, column) = loc.locate(text, 0, f.span.start);
                Row::new(
                    file,
                    f,
                    line,
                    column,
                    tongji::export::raw_sentence(text, 0, f.sentence),
                )
            })
            .collect()
    }

    #[test]
    fn escape_covers_markup_and_quotes() {
        assert_eq!(
            escape(r#"<a href='x'>"&"</a>"#),
            "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;"
        );
        assert_eq!(escape("7\u{1A}台"), "7\u{FFFD}台");
    }

    #[test]
    fn input_cannot_inject_markup() {
        let text = "<script>alert(1)</script>推选邻长2.18万名\"><img src=x onerror=alert(2)>";
        let file = "<b onmouseover=alert(3)>.txt";
        let rows = rows(file, text);
        let s = section(0, file, text, &rows);
        let mut page = Vec::new();
        write_page(&mut page, &[s]).unwrap();
        let page = String::from_utf8(page).unwrap();
        assert!(!page.contains("<script>alert"));
        assert!(!page.contains("<img"));
        assert!(!page.contains("<b "));
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert_eq!(page.matches("<script>").count(), 1);
    }

    #[test]
    fn every_fact_is_highlighted_once_and_listed_once() {
        let text = "推选邻长2.18万名，化解率 100%。\n2023 年投资 1.2 亿元。";
        let rows = rows("t.txt", text);
        let s = section(2, "t.txt", text, &rows);
        assert_eq!(s.id, "s3");
        assert_eq!(s.facts(), rows.len());
        assert_eq!(s.html.matches("data-fact=").count(), rows.len());
        assert_eq!(s.html.matches("data-ref=").count(), rows.len());
        assert!(s.html.contains(
            "data-fact=\"0\" title=\"count · 2.18万名\nvalue: 21800\nunit: 名\nqualifier: exact\nnoun: 邻长\n"
        ));
        assert!(s.html.contains(">2.18万名</mark>"));
    }
}
