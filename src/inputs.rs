//! Part of the `tongji` binary, not the library: which inputs a command line
//! names.
//!
//! A path is a file, read whatever its name; a directory, walked for the
//! files whose names match one of the globs; or `-`, standard input. The
//! inputs come out in the order they were given, each directory's files
//! sorted by path, so that the output of a run never depends on the order
//! the file system lists them in.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// One input to extract from.
#[derive(Debug)]
pub enum Input {
    /// Standard input, named `-` in the output.
    Stdin,
    /// A file, as named on the command line or found in a directory.
    File(PathBuf),
    /// A directory that could not be listed; it is reported in its place in
    /// the order, like a file that cannot be read.
    Unlisted(PathBuf, io::Error),
}

impl Input {
    /// The name of the input in the output's `file` column and in errors.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(p) | Input::Unlisted(p, _) => p.display().to_string(),
        }
    }
}

/// The inputs named by `paths`, in order; no path at all means standard
/// input. A path that does not exist is kept as a file, so that opening it
/// fails and is reported in its place. A directory in which no file
/// matches is named on stderr, since the empty output would otherwise look
/// like files without facts; it is no error, as an empty folder is a valid
/// input.
pub fn collect(paths: &[PathBuf], globs: &[String]) -> Vec<Input> {
    if paths.is_empty() {
        return vec![Input::Stdin];
    }
    let mut inputs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if path.is_dir() {
            let before = inputs.len();
            walk(path, globs, &mut inputs);
            if inputs.len() == before {
                let _ = writeln!(
                    io::stderr(),
                    "tongji: {}: no file matches {} (--glob chooses others)",
                    path.display(),
                    globs.join(" or ")
                );
            }
        } else {
            inputs.push(Input::File(path.clone()));
        }
    }
    inputs
}

/// Appends the files under `dir` whose names match a glob, depth first with
/// each directory's entries sorted by name; this is the same order as
/// sorting the whole paths.
///
/// Hidden entries (`.git`, `.DS_Store`) are skipped. Symbolic links to files
/// are followed, links to directories are not, so a link cycle cannot make
/// the walk endless.
fn walk(dir: &Path, globs: &[String], inputs: &mut Vec<Input>) {
    let listing = std::fs::read_dir(dir).and_then(|entries| entries.collect::<Result<Vec<_>, _>>());
    let mut entries = match listing {
        Ok(entries) => entries,
        Err(e) => {
            inputs.push(Input::Unlisted(dir.to_path_buf(), e));
            return;
        }
    };
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(&path, globs, inputs),
            Ok(t) if t.is_symlink() && path.is_dir() => {}
            Ok(_) => {
                if globs.iter().any(|g| glob_match(g, &name)) {
                    inputs.push(Input::File(path));
                }
            }
            Err(e) => inputs.push(Input::Unlisted(path, e)),
        }
    }
}

/// Whether a file name matches a glob, where `*` stands for any run of
/// characters and `?` for one character; everything else matches itself,
/// ignoring the case of ASCII letters, so that the `REPORT.TXT` that
/// Windows tools often write matches `*.txt`.
pub fn glob_match(glob: &str, name: &str) -> bool {
    let glob: Vec<char> = glob.chars().collect();
    let name: Vec<char> = name.chars().collect();
    let (mut g, mut n) = (0, 0);
    // Where the last `*` was, and the name position it has been matched up
    // to; on a mismatch the star swallows one more character. This is linear
    // in practice and never recurses.
    let mut star: Option<(usize, usize)> = None;
    while n < name.len() {
        match glob.get(g) {
            Some('*') => {
                star = Some((g, n));
                g += 1;
            }
            Some(&c) if c == '?' || c.eq_ignore_ascii_case(&name[n]) => {
                g += 1;
                n += 1;
            }
            _ => match star {
                Some((sg, sn)) => {
                    g = sg + 1;
                    n = sn + 1;
                    star = Some((sg, sn + 1));
                }
                None => return false,
            },
        }
    }
    glob[g..].iter().all(|&c| c == '*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_names() {
        assert!(glob_match("*.txt", "news.txt"));
        assert!(glob_match("*.txt", ".txt"));
        assert!(!glob_match("*.txt", "news.txt.bak"));
        assert!(glob_match("n?ws*", "news.txt"));
        assert!(glob_match("*", "报告.md"));
        assert!(glob_match("报告*.md", "报告2024.md"));
        assert!(!glob_match("*.md", "news.txt"));
        assert!(glob_match("*.txt", "REPORT.TXT"));
        assert!(glob_match("*.Md", "说明.mD"));
        assert!(!glob_match("*.txt", "report.txf"));
        assert!(glob_match("a*b*c", "aXXbYYbc"));
        assert!(!glob_match("a*b*c", "aXXbYYbd"));
        assert!(glob_match("**", ""));
    }

    #[test]
    fn no_path_means_standard_input() {
        assert!(matches!(collect(&[], &[])[..], [Input::Stdin]));
    }

    #[test]
    fn directories_are_walked_in_path_order() {
        let dir = std::env::temp_dir().join(format!("tongji-walk-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for f in [
            "b.txt",
            "a/z.md",
            "a/y.csv",
            "a.txt",
            ".hidden/x.txt",
            "c/d/e.txt",
        ] {
            let p = dir.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(&p, "x").unwrap();
        }
        let globs = ["*.txt".to_string(), "*.md".to_string()];
        let names: Vec<String> = collect(std::slice::from_ref(&dir), &globs)
            .iter()
            .map(|i| i.name()[dir.display().to_string().len() + 1..].to_string())
            .collect();
        assert_eq!(names, ["a/z.md", "a.txt", "b.txt", "c/d/e.txt"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
