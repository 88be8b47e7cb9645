//! The error corpus: every `tests/errors/NAME.go` is checked with `minigo check`.
//!
//! Three things must hold for each program (see `tests/errors/README.md`):
//! 1. the `// ERROR "regexp"` annotations match minigo's messages Go test-suite style: every
//!    regexp matches a message reported on its line, every message is matched;
//! 2. minigo reports its errors at the positions (line and column) that real Go reported,
//!    recorded in `NAME.golden` by `tests/errors/regen.py`;
//! 3. the messages are Go's, word for word (the golden text, continuation lines included).
//!
//! All mismatches of all programs are reported at once. `MINIGO_TEST=substring` selects
//! programs.

use regex::Regex;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One diagnostic: line, column, message (continuation lines joined with `\n`).
type Diag = (u32, u32, String);

/// Parses gc-style output: `./NAME.go:LINE:COL: message` lines, tab-indented continuations.
fn parse_diags(text: &str, name: &str) -> Vec<Diag> {
    let prefix = format!("./{}:", name);
    let mut out: Vec<Diag> = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix(&prefix) {
            let mut parts = rest.splitn(3, ':');
            let l = parts.next().and_then(|s| s.parse().ok());
            let c = parts.next().and_then(|s| s.parse().ok());
            if let (Some(l), Some(c), Some(msg)) = (l, c, parts.next()) {
                out.push((l, c, msg.strip_prefix(' ').unwrap_or(msg).to_string()));
                continue;
            }
        }
        match out.last_mut() {
            Some(last) if line.starts_with('\t') => {
                last.2.push('\n');
                last.2.push_str(line);
            }
            _ if line.trim().is_empty() => {}
            _ => out.push((0, 0, line.to_string())),
        }
    }
    out
}

/// `// ERROR "rx1" "rx2"` annotations by line. Inside the quotes `\"` stands for a quote;
/// everything else is the regexp as written.
fn annotations(src: &str) -> BTreeMap<u32, Vec<String>> {
    let annot = Regex::new(r"//\s*ERROR\s+(.*)$").unwrap();
    let quoted = Regex::new(r#""((?:[^"\\]|\\.)*)""#).unwrap();
    let mut out = BTreeMap::new();
    for (i, line) in src.lines().enumerate() {
        if let Some(m) = annot.captures(line) {
            let rxs = quoted.captures_iter(&m[1]).map(|q| q[1].replace("\\\"", "\"")).collect();
            out.insert(i as u32 + 1, rxs);
        }
    }
    out
}

fn check_one(go: &Path) -> Result<(), String> {
    let name = go.file_name().unwrap().to_string_lossy().into_owned();
    let src = std::fs::read_to_string(go).map_err(|e| e.to_string())?;
    let golden_path = go.with_extension("golden");
    let golden = std::fs::read_to_string(&golden_path).map_err(|e| format!("{}: {} (run tests/errors/regen.py)", golden_path.display(), e))?;
    let want = parse_diags(&golden, &name);
    let output = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("check")
        .arg(&name)
        .current_dir(go.parent().unwrap())
        .env("NO_COLOR", "1")
        .output()
        .map_err(|e| e.to_string())?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let got = parse_diags(&stderr, &name);
    let mut problems = Vec::new();
    if output.status.code() != Some(1) {
        problems.push(format!("exit status {:?}, want 1", output.status.code()));
    }
    // 1. Annotations.
    let mut by_line: BTreeMap<u32, Vec<&str>> = BTreeMap::new();
    for (l, _, m) in &got {
        by_line.entry(*l).or_default().push(m);
    }
    let annots = annotations(&src);
    let lines: std::collections::BTreeSet<u32> = annots.keys().chain(by_line.keys()).copied().collect();
    for line in lines {
        let mut msgs = by_line.get(&line).cloned().unwrap_or_default();
        for rx in annots.get(&line).map(|v| v.as_slice()).unwrap_or(&[]) {
            let re = match Regex::new(rx) {
                Ok(re) => re,
                Err(e) => {
                    problems.push(format!("line {line}: bad regexp {rx:?}: {e}"));
                    continue;
                }
            };
            let before = msgs.len();
            msgs.retain(|m| !re.is_match(m));
            if msgs.len() == before {
                problems.push(format!("line {line}: no error matches {rx:?}"));
            }
        }
        for m in msgs {
            problems.push(format!("line {line}: unannotated error {m:?}"));
        }
    }
    // 2 and 3. Positions and exact text against real Go.
    if got != want {
        let fmt = |d: &[Diag]| d.iter().map(|(l, c, m)| format!("    {l}:{c}: {}\n", m.replace('\n', "\n    "))).collect::<String>();
        let pos = |d: &[Diag]| d.iter().map(|(l, c, _)| (*l, *c)).collect::<Vec<_>>();
        let what = if pos(&got) != pos(&want) { "positions differ from Go's" } else { "messages differ from Go's" };
        problems.push(format!("{what}\n  --- go\n{}  --- minigo\n{}", fmt(&want), fmt(&got)));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n  "))
    }
}

#[test]
fn error_programs() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/errors");
    let filter = std::env::var("MINIGO_TEST").unwrap_or_default();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "go") && p.to_string_lossy().contains(&filter))
        .collect();
    files.sort();
    let results: Vec<(PathBuf, Result<(), String>)> = std::thread::scope(|s| {
        let n = 4;
        let handles: Vec<_> = (0..n)
            .map(|k| {
                let chunk: Vec<PathBuf> = files.iter().skip(k).step_by(n).cloned().collect();
                s.spawn(move || chunk.into_iter().map(|f| { let r = check_one(&f); (f, r) }).collect::<Vec<_>>())
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    let mut results = results;
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let mut failed = 0;
    for (f, r) in &results {
        if let Err(e) = r {
            failed += 1;
            eprintln!("FAIL {}\n  {}", f.file_name().unwrap().to_string_lossy(), e);
        }
    }
    eprintln!("error corpus: {} of {} programs passed", results.len() - failed, results.len());
    assert_eq!(failed, 0, "{} error programs failed", failed);
}
