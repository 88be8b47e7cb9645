//! REPL transcripts: `tests/repl/NAME.in` is piped into `minigo` (no arguments); its
//! standard output and error, merged, must equal `NAME.out` once goroutine tracebacks are
//! dropped (their goroutine numbers and offsets are not part of the transcript); the exit
//! status must be `NAME.code` (0 when absent); `NAME.dir` names the working directory
//! (relative to tests/, e.g. a module whose packages the session imports). Expected values are Go's, worked out by
//! hand from the language rules (Go has no REPL to record them from).
//!
//! `interactive_terminal` drives a real line-editing session through tmux (skipped with a
//! message when tmux is not installed).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn minigo() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_minigo"))
}

/// Drops traceback lines: goroutine headers, frames, `created by`, signal lines, blanks.
fn without_tracebacks(s: &str) -> String {
    s.lines()
        .filter(|l| !(l.is_empty() || l.starts_with("goroutine ") || l.starts_with('\t') || l.starts_with("main.") || l.starts_with("created by ") || l.starts_with("[signal ")))
        .map(|l| format!("{}\n", l))
        .collect()
}

fn run_transcript(input: &Path) -> Result<(), String> {
    let expected = std::fs::read_to_string(input.with_extension("out")).map_err(|e| format!("{}: no .out: {}", input.display(), e))?;
    let code: i32 = std::fs::read_to_string(input.with_extension("code")).map(|s| s.trim().parse().unwrap_or(-1)).unwrap_or(0);
    // NAME.dir names the working directory (relative to tests/), e.g. a module's root.
    let cwd = match std::fs::read_to_string(input.with_extension("dir")) {
        Ok(d) => Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join(d.trim()),
        Err(_) => PathBuf::from(env!("CARGO_MANIFEST_DIR")),
    };
    // One pipe for both streams keeps their order.
    let out = Command::new("sh")
        .current_dir(&cwd)
        .arg("-c")
        .arg("exec \"$0\" 2>&1")
        .arg(minigo())
        .stdin(Stdio::from(std::fs::File::open(input).map_err(|e| e.to_string())?))
        .env("HOME", std::env::temp_dir())
        .output()
        .map_err(|e| format!("cannot run minigo: {}", e))?;
    let got = String::from_utf8_lossy(&out.stdout);
    let got = without_tracebacks(&got);
    let mut problems = String::new();
    if got != expected {
        problems.push_str(&format!("{}: output differs\n--- expected\n{}--- got\n{}", input.display(), expected, got));
    }
    if out.status.code() != Some(code) {
        problems.push_str(&format!("{}: exit status {:?}, expected {}\n", input.display(), out.status.code(), code));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

#[test]
fn transcripts() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/repl");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "in")).collect();
    inputs.sort();
    assert!(inputs.len() >= 4, "transcripts missing in {}", dir.display());
    let failures: Vec<String> = inputs.iter().filter_map(|p| run_transcript(p).err()).collect();
    assert!(failures.is_empty(), "{} of {} transcripts fail:\n{}", failures.len(), inputs.len(), failures.join("\n"));
}

/// A tmux session running the REPL in a pseudo-terminal.
struct Tmux {
    name: String,
}

impl Tmux {
    fn keys(&self, keys: &[&str]) {
        let st = Command::new("tmux").args(["send-keys", "-t", &self.name]).args(keys).status().unwrap();
        assert!(st.success());
    }

    /// Types `text` literally, then presses Enter.
    fn line(&self, text: &str) {
        let st = Command::new("tmux").args(["send-keys", "-t", &self.name, "-l", text]).status().unwrap();
        assert!(st.success());
        self.keys(&["Enter"]);
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux").args(["capture-pane", "-p", "-t", &self.name, "-S", "-200"]).output().unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen holds `needle` `times` times (`^x`: lines starting with x).
    fn wait_for(&self, needle: &str, times: usize) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            // A needle starting a line counts lines (tmux trims trailing blanks).
            let n = match needle.strip_prefix('^') {
                Some(start) => s.lines().filter(|l| l.starts_with(start)).count(),
                None => s.matches(needle).count(),
            };
            if n >= times {
                return s;
            }
            if start.elapsed() > Duration::from_secs(20) {
                panic!("timed out waiting for {:?} x{} on the terminal:\n{}", needle, times, s);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["kill-session", "-t", &self.name]).status();
    }
}

#[test]
fn interactive_terminal() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("SKIPPED interactive_terminal: tmux is not installed (apt install tmux)");
        return;
    }
    let home = std::env::temp_dir().join(format!("minigo-repl-home-{}", std::process::id()));
    std::fs::create_dir_all(&home).unwrap();
    let history = home.join(".minigo_history");
    let _ = std::fs::remove_file(&history);
    let t = Tmux { name: format!("minigo-test-{}", std::process::id()) };
    let cmd = format!("env HOME={} TERM=xterm {}", home.display(), minigo().display());
    let st = Command::new("tmux").args(["new-session", "-d", "-s", &t.name, "-x", "120", "-y", "40", &cmd]).status().unwrap();
    assert!(st.success(), "tmux new-session failed");
    t.wait_for("^>", 1);
    // A declaration, then line editing: `y + 1`, erase the 1, type 5.
    t.line("y := 10");
    t.wait_for("^>", 2);
    t.keys(&["-l", "y + 1"]);
    t.keys(&["BSpace"]);
    t.keys(&["-l", "5"]);
    t.keys(&["Enter"]);
    t.wait_for("15 (int)", 1);
    // History recall: Up brings `y + 5` back.
    t.keys(&["Up"]);
    t.keys(&["Enter"]);
    t.wait_for("15 (int)", 2);
    // Multi-line input continues while incomplete.
    // Each line is typed once its prompt shows: keys typed ahead while an input is being
    // processed may be lost when the editor takes the terminal back.
    t.line("func add(a, b int) int {");
    t.wait_for("^...", 1);
    t.line("return a + b");
    t.wait_for("^...", 2);
    t.line("}");
    t.wait_for("^>", 5);
    t.line("add(y, 32)");
    t.wait_for("42 (int)", 1);
    t.line(":quit");
    let start = Instant::now();
    while !history.exists() || !std::fs::read_to_string(&history).unwrap_or_default().contains("add(y, 32)") {
        assert!(start.elapsed() < Duration::from_secs(10), "history not saved in {}", history.display());
        std::thread::sleep(Duration::from_millis(50));
    }
    let saved = std::fs::read_to_string(&history).unwrap();
    assert!(saved.contains("y := 10"), "history lacks the first input:\n{}", saved);
}

/// Issue 10, item 13: Ctrl-C while an input runs stops that input (a busy loop at its
/// next safepoint; a blocked one after a short grace) and returns to the prompt with the
/// session intact; Ctrl-C at an empty prompt warns, and a second one leaves.
#[test]
fn interrupt_stops_the_running_input() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("SKIPPED interrupt_stops_the_running_input: tmux is not installed (apt install tmux)");
        return;
    }
    let home = std::env::temp_dir().join(format!("minigo-repl-int-{}", std::process::id()));
    std::fs::create_dir_all(&home).unwrap();
    let t = Tmux { name: format!("minigo-int-{}", std::process::id()) };
    // The shell line reports how the REPL left, and keeps the pane open to read it.
    let cmd = format!("env HOME={} TERM=xterm {}; echo EXITED=$?; sleep 60", home.display(), minigo().display());
    let st = Command::new("tmux").args(["new-session", "-d", "-s", &t.name, "-x", "120", "-y", "50", &cmd]).status().unwrap();
    assert!(st.success(), "tmux new-session failed");
    t.wait_for("^>", 1);
    t.line("n := 0");
    t.wait_for("^>", 2);
    // A busy loop: stopped at a safepoint.
    t.line("for { n++ }");
    std::thread::sleep(Duration::from_millis(300));
    t.keys(&["C-c"]);
    t.wait_for("interrupted", 1);
    t.wait_for("^>", 3);
    t.line("n > 0");
    t.wait_for("true (bool)", 1);
    // A blocked input (asleep for an hour): given up after the grace period.
    t.wait_for("^>", 4);
    t.line("import \"time\"");
    t.wait_for("^>", 5);
    t.line("time.Sleep(time.Hour); n = -1");
    std::thread::sleep(Duration::from_millis(300));
    t.keys(&["C-c"]);
    t.wait_for("interrupted", 2);
    t.wait_for("^>", 6);
    // The session goes on: declarations persist, n was not set by the stopped input.
    t.line("n > 0");
    t.wait_for("true (bool)", 2);
    t.wait_for("^>", 7);
    // Ctrl-C at an empty prompt warns once; a second one leaves.
    t.keys(&["C-c"]);
    let screen = t.wait_for("Ctrl-C again", 3);
    assert!(!screen.contains("EXITED="), "the first Ctrl-C at the prompt left:\n{}", screen);
    t.wait_for("^>", 8);
    t.keys(&["C-c"]);
    t.wait_for("EXITED=0", 1);
}
