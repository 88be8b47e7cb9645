//! `minigo run` against `go run` for programs that fail to compile: `tests/cli/NAME.go`
//! runs with `tests/cli` as working directory, and its combined output and exit status
//! must equal `NAME.out` and `NAME.exitcode`, recorded from real Go 1.23 with the same
//! command line (`go run NAME.go`, see tests/gen_expected.sh): the
//! `# command-line-arguments` header, every error with Go's wording and position, exit 1.
//! (Runtime failures are covered the same way by tests/run: panics, deadlocks, exit codes.)

use std::path::{Path, PathBuf};
use std::process::Command;

#[test]
fn compile_errors_match_go_run() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "go")).collect();
    files.sort();
    assert!(files.len() >= 10, "expected at least 10 programs in {}", dir.display());
    let mut failures = Vec::new();
    for f in &files {
        let name = f.file_name().unwrap().to_str().unwrap();
        let want = std::fs::read_to_string(f.with_extension("out")).unwrap();
        let want_code: i32 = std::fs::read_to_string(f.with_extension("exitcode")).unwrap().trim().parse().unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_minigo")).args(["run", name]).current_dir(&dir).output().unwrap();
        let mut got = String::from_utf8_lossy(&out.stdout).into_owned();
        got.push_str(&String::from_utf8_lossy(&out.stderr));
        let code = out.status.code().unwrap_or(-1);
        if got != want || code != want_code {
            failures.push(format!("{}: --- go run (exit {})\n{}--- minigo run (exit {})\n{}", name, want_code, want, code, got));
        }
    }
    assert!(failures.is_empty(), "{} of {} differ from go run:\n{}", failures.len(), files.len(), failures.join("\n"));
}
