//! Runs everything under `examples/`:
//! - `examples/hello.go` and `examples/showcase/*.go`: combined stdout+stderr must equal the
//!   `.out` file beside the program (produced by real Go), exit status 0;
//! - `examples/seeds/`: the 20 seed programs, checked by `examples/seeds/check_seeds.py`
//!   (exact `.out` or the documented property). It needs `python3`; without it the test
//!   prints why and skips. Seeds that are deterministic only by timing (20-100 ms margins)
//!   get one more run when they fail, since `cargo test` runs on a loaded machine.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples")
}

fn run_against_out(go: &Path) -> Result<(), String> {
    let want = std::fs::read(go.with_extension("out")).map_err(|e| format!("{}: {}", go.display(), e))?;
    let output = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("run")
        .arg(go.file_name().unwrap())
        .current_dir(go.parent().unwrap())
        .output()
        .map_err(|e| e.to_string())?;
    let mut got = output.stdout.clone();
    got.extend_from_slice(&output.stderr);
    let code = output.status.code().unwrap_or(-1);
    if got != want || code != 0 {
        return Err(format!(
            "{}: --- want (exit 0)\n{}\n--- got (exit {})\n{}",
            go.display(),
            String::from_utf8_lossy(&want),
            code,
            String::from_utf8_lossy(&got)
        ));
    }
    Ok(())
}

#[test]
fn showcase_programs_print_what_go_prints() {
    let dir = root().join("showcase");
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    programs.sort();
    assert!(programs.len() >= 6, "expected at least 6 showcase programs in {}", dir.display());
    programs.push(root().join("hello.go"));
    let failures: Vec<String> = programs.iter().filter_map(|p| run_against_out(p).err()).collect();
    assert!(failures.is_empty(), "{} of {} examples failed:\n{}", failures.len(), programs.len(), failures.join("\n"));
}

/// Runs check_seeds.py on `names` (all when empty); returns the FAIL lines and the summary.
fn check_seeds(names: &[String]) -> (Vec<String>, String) {
    let cmd = format!("{} run {{file}}", env!("CARGO_BIN_EXE_minigo"));
    let out = Command::new("python3")
        .arg(root().join("seeds/check_seeds.py"))
        .arg("--cmd")
        .arg(cmd)
        .args(names)
        .output()
        .expect("python3 runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let fails = text.lines().filter(|l| l.starts_with("FAIL ")).map(str::to_string).collect();
    let summary = text.lines().last().unwrap_or("").to_string();
    (fails, summary)
}

#[test]
fn seed_programs_pass() {
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("seed_programs_pass: SKIPPED: python3 is not installed (needed by examples/seeds/check_seeds.py)");
        return;
    }
    let (fails, summary) = check_seeds(&[]);
    assert!(summary.ends_with("passed, 0 failed") || !fails.is_empty(), "unexpected checker output: {summary}");
    if fails.is_empty() {
        assert_eq!(summary, "20 passed, 0 failed");
        return;
    }
    let names: Vec<String> = fails.iter().map(|l| l[5..].split_whitespace().next().unwrap().to_string()).collect();
    let (again, summary2) = check_seeds(&names);
    assert!(again.is_empty(), "seed programs failed twice ({summary2}):\n{}\nfirst run:\n{}", again.join("\n"), fails.join("\n"));
}
