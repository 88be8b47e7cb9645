//! Packages and modules: every command line of `tests/modules/cases.txt` runs under minigo
//! in its directory of `tests/modules`, and its stdout, stderr and exit status must equal
//! what real Go printed (`tests/modules/expect/NAME.out`, recorded by
//! `tests/modules/gen_expected.py`).
//!
//! Both sides are normalized: the absolute path of tests/modules becomes `$MODULES`; the
//! go command's download notes are dropped; `go run` reports a program's exit status `n`
//! as "exit status n" and exits 1, minigo exits `n` itself (as the binary would); test
//! timings, goroutine numbers and traceback frames, and benchmark figures are masked.

use std::path::{Path, PathBuf};
use std::process::Command;

struct Case {
    name: String,
    dir: String,
    args: Vec<String>,
    env: Vec<(String, String)>,
}

fn split_args(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let (mut cur, mut quoted, mut has) = (String::new(), false, false);
    for ch in s.chars() {
        match ch {
            '"' => {
                quoted = !quoted;
                has = true;
            }
            ' ' if !quoted => {
                if has {
                    out.push(std::mem::take(&mut cur));
                }
                has = false;
            }
            c => {
                cur.push(c);
                has = true;
            }
        }
    }
    if has {
        out.push(cur);
    }
    out
}

fn cases(root: &Path) -> Vec<Case> {
    let text = std::fs::read_to_string(root.join("cases.txt")).unwrap();
    let mut out = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('|').map(str::trim).collect();
        let env = cols
            .get(3)
            .map(|e| {
                e.split_whitespace()
                    .map(|kv| {
                        let (k, v) = kv.split_once('=').unwrap();
                        (k.to_string(), v.replace('@', &root.to_string_lossy()))
                    })
                    .collect()
            })
            .unwrap_or_default();
        out.push(Case { name: cols[0].into(), dir: cols[1].into(), args: split_args(cols[2]), env });
    }
    out
}

/// Masks what legitimately differs between runs and implementations.
pub fn normalize(text: &str, modules: &str) -> String {
    let text = text.replace(modules, "$MODULES");
    let mut out = Vec::new();
    let mut in_trace = false;
    for line in text.lines() {
        if line.starts_with("go: downloading ") || line.starts_with("go: finding module for package ") {
            continue;
        }
        if line.starts_with("goroutine ") && line.ends_with("]:") {
            in_trace = true;
            out.push(mask_numbers_after("goroutine ", line));
            continue;
        }
        if in_trace {
            // Frames: `function(args)`, `\tfile:line +0x..`, `created by ...`; a summary
            // line of the go command ends them too.
            let summary = ["ok  \t", "FAIL", "exit status ", "--- ", "=== "].iter().any(|p| line.starts_with(p));
            if line.is_empty() {
                in_trace = false;
                out.push(String::new());
                continue;
            }
            if !summary {
                continue;
            }
            in_trace = false;
        }
        if line.starts_with("Benchmark") {
            out.push(mask_benchmark(line));
            continue;
        }
        out.push(mask_durations(line));
    }
    out.join("\n")
}

/// A benchmark result: `BenchmarkX-2   \t   100\t  180.4 ns/op\t  64 B/op\t  2 allocs/op` →
/// `BenchmarkX-P N ns/op N B/op N allocs/op` (the name, GOMAXPROCS suffix aside, and the
/// columns must agree; the figures are the machine's).
fn mask_benchmark(line: &str) -> String {
    let mut fields = line.split_whitespace();
    let name = fields.next().unwrap_or("");
    let name = match name.rsplit_once('-') {
        Some((n, p)) if p.chars().all(|c| c.is_ascii_digit()) => format!("{}-P", n),
        _ => name.to_string(),
    };
    let rest: Vec<&str> = fields.map(|f| if f.chars().next().is_some_and(|c| c.is_ascii_digit()) { "N" } else { f }).collect();
    format!("{} {}", name, rest.join(" "))
}

/// `goroutine 18 [running]:` → `goroutine N [running]:`.
fn mask_numbers_after(prefix: &str, line: &str) -> String {
    let rest = &line[prefix.len()..];
    let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
    format!("{}N{}", prefix, &rest[digits..])
}

/// `0.012s` → `T.TTs` (test and package timings), `(cached)` likewise.
fn mask_durations(line: &str) -> String {
    let line = line.replace("(cached)", "T.TTs");
    let b = line.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() && (i == 0 || !(b[i - 1].is_ascii_alphanumeric())) {
            let mut j = i;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            if j < b.len() && b[j] == b'.' {
                let mut k = j + 1;
                while k < b.len() && b[k].is_ascii_digit() {
                    k += 1;
                }
                if k > j + 1 && k < b.len() && b[k] == b's' && (k + 1 == b.len() || !b[k + 1].is_ascii_alphanumeric()) {
                    out.push_str("T.TTs");
                    i = k + 1;
                    continue;
                }
            }
            out.push_str(&line[i..j]);
            i = j;
            continue;
        }
        out.push(b[i] as char);
        i += 1;
    }
    out
}

struct Expected {
    stdout: String,
    stderr: String,
    code: i32,
}

fn expected(path: &Path) -> Expected {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {}", path.display(), e));
    let (_, rest) = text.split_once("--- stdout\n").expect("--- stdout");
    let (stdout, rest) = rest.split_once("--- stderr\n").expect("--- stderr");
    let (stderr, code) = rest.rsplit_once("--- exit ").expect("--- exit");
    let mut code: i32 = code.trim().parse().unwrap();
    let mut stderr = stderr.to_string();
    // go run: "exit status N" and status 1 for a program that exited with N.
    let lines: Vec<&str> = stderr.lines().collect();
    if code == 1 {
        if let Some(n) = lines.last().and_then(|l| l.strip_prefix("exit status ")).and_then(|n| n.parse().ok()) {
            code = n;
            stderr = lines[..lines.len() - 1].iter().map(|l| format!("{}\n", l)).collect();
        }
    }
    Expected { stdout: stdout.to_string(), stderr, code }
}

#[test]
fn packages_and_modules_match_go() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/modules");
    let modules = root.to_string_lossy().into_owned();
    let filter = std::env::var("MINIGO_TEST").unwrap_or_default();
    let mut failures = Vec::new();
    let mut n = 0;
    for case in cases(&root).into_iter().filter(|c| c.name.contains(&filter)) {
        n += 1;
        let want = expected(&root.join("expect").join(format!("{}.out", case.name)));
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_minigo"));
        cmd.args(&case.args).current_dir(root.join(&case.dir));
        // No module cache unless the case names one; no GOROOT unless it sets one.
        cmd.env("GOMODCACHE", root.join("no-such-modcache")).env_remove("GOROOT").env_remove("GOFLAGS");
        for (k, v) in &case.env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        let code = out.status.code().unwrap_or(-1);
        let (ws, we) = (normalize(&want.stdout, &modules), normalize(&want.stderr, &modules));
        let (gs, ge) = (normalize(&stdout, &modules), normalize(&stderr, &modules));
        if ws != gs || we != ge || code != want.code {
            failures.push(format!(
                "{} ({} in {}):\n--- go stdout\n{}\n--- minigo stdout\n{}\n--- go stderr\n{}\n--- minigo stderr\n{}\n--- exit: go {}, minigo {}\n",
                case.name,
                case.args.join(" "),
                case.dir,
                ws,
                gs,
                we,
                ge,
                want.code,
                code
            ));
        }
    }
    assert!(n > 0, "no cases matched {:?}", filter);
    assert!(failures.is_empty(), "{} of {} command lines differ from go:\n{}", failures.len(), n, failures.join("\n"));
}

/// A module required by go.mod but absent from the module cache is an error naming the
/// module and the cache (minigo never downloads). Go's own message is about go.sum here.
#[test]
fn absent_module_is_named() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/modules");
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["run", "./cmd/absent"])
        .current_dir(root.join("usecache"))
        .env("GOMODCACHE", root.join("modcache"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{}", err);
    let want = format!(
        "cmd/absent/main.go:3:8: module example.org/absent@v1.2.0 is not in the module cache ({}): minigo does not download modules (run 'go mod download example.org/absent@v1.2.0')\n",
        root.join("modcache").display()
    );
    assert_eq!(err, want);
}

#[test]
fn durations_are_masked() {
    assert_eq!(mask_durations("ok  \texample.com/m\t0.012s"), "ok  \texample.com/m\tT.TTs");
    assert_eq!(mask_durations("--- PASS: TestX (0.00s)"), "--- PASS: TestX (T.TTs)");
    assert_eq!(mask_durations("v1.2s x1.5s 3.5"), "v1.2s x1.5s 3.5");
    assert_eq!(mask_benchmark("BenchmarkParse-2   \t     100\t       180.4 ns/op\t      64 B/op"), "BenchmarkParse-P N N ns/op N B/op");
    assert_eq!(mask_benchmark("BenchmarkA \t      10\t        15.30 ns/op"), "BenchmarkA N N ns/op");
}

/// A test outliving -timeout ends the test program with Go's panic (the running tests
/// listed); go test reports the package as failed. (Go's report also holds every
/// goroutine's traceback, so the output is checked here rather than against go's.)
#[test]
fn test_timeout_names_the_running_test() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/modules");
    let out = Command::new(env!("CARGO_BIN_EXE_minigo")).args(["test", "-timeout", "300ms", "./slow"]).current_dir(root.join("errs")).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{}", stdout);
    // The running time is in whole seconds (0s unless the host is very slow).
    let rest = stdout.strip_prefix("panic: test timed out after 300ms\n\trunning tests:\n\t\tTestSlow (").unwrap_or_else(|| panic!("{}", stdout));
    let (secs, rest) = rest.split_once("s)\n\ngoroutine ").unwrap_or_else(|| panic!("{}", stdout));
    assert!(secs.parse::<u32>().is_ok(), "{}", stdout);
    assert!(!rest.is_empty());
    let tail: Vec<&str> = stdout.lines().rev().take(2).collect();
    assert_eq!(tail[0], "FAIL");
    assert!(tail[1].starts_with("FAIL\texample.com/errs/slow\t"), "{}", stdout);
}

/// `minigo disasm` takes the package arguments of `run`/`check` (Go has no such command to
/// compare with): each package's own functions, under `# path` headers when several are named.
#[test]
fn disasm_takes_package_arguments() {
    let sample = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/modules/sample");
    let disasm = |dir: &Path, args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_minigo")).arg("disasm").args(args).current_dir(dir).output().unwrap();
        let funcs: Vec<String> = String::from_utf8_lossy(&out.stdout).lines().filter(|l| l.starts_with("func ") || l.starts_with("# ")).map(|l| l.split(" (#").next().unwrap().to_string()).collect();
        (out.status.code(), funcs, String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (code, funcs, _) = disasm(&sample, &["./geom"]);
    assert_eq!(code, Some(0));
    assert!(funcs.contains(&"func example.com/sample/geom.Rect.Area".to_string()), "{:?}", funcs);
    assert!(funcs.contains(&"func example.com/sample/geom.init.1".to_string()), "{:?}", funcs);
    assert!(!funcs.iter().any(|f| f.starts_with("# ") || f.contains("config.") || f.contains("fmt.")), "only geom's functions: {:?}", funcs);

    let (code, funcs, _) = disasm(&sample, &["./cmd/...", "example.com/sample/geom"]);
    assert_eq!(code, Some(0));
    let headers: Vec<&String> = funcs.iter().filter(|f| f.starts_with("# ")).collect();
    assert_eq!(headers, ["# example.com/sample/cmd/shapes", "# example.com/sample/geom"]);
    assert!(funcs.contains(&"func main.main".to_string()), "{:?}", funcs);

    let (code, funcs, _) = disasm(&sample.join("cmd/shapes"), &["main.go", "setup.go"]);
    assert_eq!(code, Some(0));
    assert!(funcs.contains(&"func main.main".to_string()) && funcs.contains(&"func main.init.1".to_string()), "{:?}", funcs);

    let (code, _, err) = disasm(&sample, &["./nothere"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("nothere: directory not found"), "{}", err);
}
