//! Stress runs of the programs that exercise the network poller, the system-call hand-off
//! and `go` of natives (tests/run/net_*.go, go_native_exit.go, the scheduler fairness
//! programs): each runs several times at GOMAXPROCS 1, 2 and 8 and must print, every time,
//! the output real Go printed (`NAME.out`) with its exit status (`NAME.exitcode`).
//! A lost wake-up, a false deadlock or a race between a poller wake-up and a deadline
//! shows here as a hang (bounded), a wrong line or a wrong status.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const REPEATS: usize = 3;
const PROCS: [&str; 3] = ["1", "2", "8"];
const LIMIT: Duration = Duration::from_secs(60);

fn programs() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/run");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.ends_with(".go") && (name.starts_with("net_") || name.starts_with("go_native_") || name.starts_with("sched_"))
        })
        .collect();
    files.sort();
    files
}

/// One run: Ok, or a description of what went wrong.
fn run_once(go: &Path, procs: &str) -> Result<(), String> {
    let want = String::from_utf8_lossy(&std::fs::read(go.with_extension("out")).unwrap()).into_owned();
    let want_code: i32 = std::fs::read_to_string(go.with_extension("exitcode")).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("run")
        .arg(go.file_name().unwrap())
        .current_dir(go.parent().unwrap())
        .env("GOMAXPROCS", procs)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    // Drain both pipes on threads so a chatty program cannot block on a full pipe.
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out_pipe.read_to_end(&mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err_pipe.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("still running after {LIMIT:?}"));
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let mut got = String::from_utf8_lossy(&out_reader.join().unwrap()).into_owned();
    got.push_str(&String::from_utf8_lossy(&err_reader.join().unwrap()));
    // `go run` reports a non-zero status on its own line; the program itself does not.
    let want: String = want.lines().filter(|l| !l.starts_with("exit status ")).map(|l| format!("{l}\n")).collect();
    let code = status.code().unwrap_or(-1);
    if got != want || code != want_code {
        return Err(format!("--- want (exit {want_code})\n{want}--- got (exit {code})\n{got}"));
    }
    Ok(())
}

#[test]
fn network_and_scheduler_programs_at_gomaxprocs_1_2_8() {
    let files = programs();
    assert!(files.iter().any(|f| f.file_name().unwrap().to_string_lossy().starts_with("net_tcp_echo")), "tests/run/net_tcp_echo.go is missing");
    let jobs: Vec<(PathBuf, &str)> = files.iter().flat_map(|f| PROCS.iter().flat_map(move |p| std::iter::repeat_n((f.clone(), *p), REPEATS))).collect();
    let failures: Vec<String> = std::thread::scope(|s| {
        let lanes = 4;
        let handles: Vec<_> = (0..lanes)
            .map(|lane| {
                let jobs = &jobs;
                s.spawn(move || {
                    jobs.iter()
                        .skip(lane)
                        .step_by(lanes)
                        .filter_map(|(f, p)| run_once(f, p).err().map(|e| format!("{} at GOMAXPROCS={p}:\n{e}", f.file_name().unwrap().to_string_lossy())))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    assert!(failures.is_empty(), "{} of {} runs failed:\n{}", failures.len(), jobs.len(), failures.join("\n"));
}
