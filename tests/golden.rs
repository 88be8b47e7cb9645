//! End-to-end tests: every `tests/run/NAME.go` (or directory `tests/run/NAME/` holding a
//! module, run with `minigo run .` inside it) runs under minigo; its combined
//! stdout+stderr and exit status must match `NAME.out` / `NAME.exitcode`, which were
//! produced by real Go (`tests/gen_expected.sh`). A program that reads system files
//! lists them in `NAME.needs` (one path per line); without them it is skipped, with a
//! message.
//!
//! Goroutine tracebacks differ in addresses and argument words, so frame lines (function
//! calls and their `\tfile:line +0x..` lines) are dropped from both sides before comparing;
//! the panic message and the `goroutine N [state]:` headers are kept.

use std::path::{Path, PathBuf};
use std::process::Command;

fn normalize(s: &str) -> String {
    let mut out = Vec::new();
    let mut in_trace = false;
    for line in s.lines() {
        if line.starts_with("goroutine ") && line.ends_with("]:") {
            in_trace = true;
            out.push(line.to_string());
            continue;
        }
        if in_trace {
            if line.is_empty() {
                in_trace = false;
                out.push(String::new());
            }
            continue;
        }
        if line.starts_with("exit status ") {
            continue;
        }
        if line.starts_with("[signal ") {
            // The faulting address and pc are the binary's (Go's fault address is the
            // field offset, minigo's layout differs).
            out.push(line.split(" addr=").next().unwrap_or(line).to_string());
            continue;
        }
        out.push(line.to_string());
    }
    out.join("\n")
}

/// The first path listed in `NAME.needs` that does not exist on this machine.
fn missing_need(go: &Path) -> Option<String> {
    let needs = std::fs::read_to_string(go.with_extension("needs")).ok()?;
    needs.lines().map(str::trim).filter(|l| !l.is_empty()).find(|l| !Path::new(l).exists()).map(str::to_string)
}

fn run_one(go: &Path) -> Result<(), String> {
    let out_path = go.with_extension("out");
    // Go may print arbitrary bytes; both sides are decoded the same lossy way.
    let want = std::fs::read(&out_path).map_err(|e| format!("{}: {}", out_path.display(), e))?;
    let want = String::from_utf8_lossy(&want).into_owned();
    let want_code: i32 = std::fs::read_to_string(go.with_extension("exitcode")).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
    let exe = env!("CARGO_BIN_EXE_minigo");
    // A directory is a module whose main package runs with `minigo run .` inside it.
    let (dir, arg) = if go.is_dir() { (go, std::ffi::OsStr::new(".")) } else { (go.parent().unwrap(), go.file_name().unwrap()) };
    let output = Command::new(exe).arg("run").arg(arg).current_dir(dir).output().map_err(|e| e.to_string())?;
    let mut got = String::from_utf8_lossy(&output.stdout).into_owned();
    got.push_str(&String::from_utf8_lossy(&output.stderr));
    let code = output.status.code().unwrap_or(-1);
    let (w, g) = (normalize(&want), normalize(&got));
    if w != g || code != want_code {
        return Err(format!("--- want (exit {})\n{}\n--- got (exit {})\n{}\n", want_code, w, code, g));
    }
    Ok(())
}

#[test]
fn run_programs() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/run");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "go") || p.join("go.mod").is_file()).collect();
    files.sort();
    let filter = std::env::var("MINIGO_TEST").unwrap_or_default();
    let files: Vec<PathBuf> = files.into_iter().filter(|f| f.to_string_lossy().contains(&filter)).collect();
    let (files, skipped): (Vec<PathBuf>, Vec<PathBuf>) = files.into_iter().partition(|f| missing_need(f).is_none());
    for f in &skipped {
        eprintln!("skip {}: this machine lacks {}", f.display(), missing_need(f).unwrap_or_default());
    }
    // Run in parallel, a few at a time.
    let results: Vec<(PathBuf, Result<(), String>)> = std::thread::scope(|s| {
        let chunks: Vec<Vec<PathBuf>> = {
            let n = 4;
            let mut c = vec![Vec::new(); n];
            for (i, f) in files.iter().enumerate() {
                c[i % n].push(f.clone());
            }
            c
        };
        let handles: Vec<_> = chunks.into_iter().map(|chunk| s.spawn(move || chunk.into_iter().map(|f| { let r = run_one(&f); (f, r) }).collect::<Vec<_>>())).collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    let mut failed = 0;
    for (f, r) in &results {
        if let Err(e) = r {
            failed += 1;
            eprintln!("FAIL {}\n{}", f.display(), e);
        }
    }
    eprintln!("{} of {} programs passed", results.len() - failed, results.len());
    assert_eq!(failed, 0, "{} programs failed", failed);
}
