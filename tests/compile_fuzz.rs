//! Fuzzing the compile stage: mutated Go programs (the generator of the front end's fuzz
//! test, `types/tests/fuzzgen`) go through the checker and, when they check, through the
//! compiler; no input may make either panic or run for long. A sample of the programs
//! that compile is also run by the `minigo` binary for a bounded time (3 s, 12 GiB of
//! address space): it may fail as Go programs fail (compile errors, panics, fatal errors,
//! a timeout), but never with a Rust panic, an abort, a signal or `minigo bug:`.
//!
//! Knobs (environment), as for the front end's fuzz test: `MINIGO_FUZZ_ITERS` (default
//! 100,000 with `--release`, 3,000 in a debug build), `MINIGO_FUZZ_SEED`,
//! `MINIGO_FUZZ_TIMEOUT_MS`, `MINIGO_FUZZ_ONLY`, `MINIGO_FUZZ_CORPUS`; and
//! `MINIGO_FUZZ_RUNS`: how many compiled programs to run (default 300 with `--release`,
//! 20 in a debug build).
//!
//! The full run: `cargo test --release --test compile_fuzz -- --nocapture`.

#[path = "../types/tests/fuzzgen/mod.rs"]
mod fuzzgen;

use fuzzgen::{corpus, env_u64, fake_packages, make_input, FakeImporter};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

thread_local! {
    static PANIC_MSG: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Checks and compiles one input; `Ok(true)` when it compiled.
fn check_and_compile(src: &str, importer: &FakeImporter) -> Result<bool, String> {
    let result = catch_unwind(AssertUnwindSafe(|| {
        let Ok(tir) = types::check_program(vec![("fuzz.go".to_string(), src.to_string())], importer, types::Options::default()) else {
            return false;
        };
        compile::compile(tir, &|_| None).is_ok()
    }));
    result.map_err(|_| PANIC_MSG.with(|m| m.borrow_mut().take()).unwrap_or_default())
}

/// Runs a compiled program with the `minigo` binary for a bounded time; `Err` describes a
/// crash that is minigo's fault.
fn bounded_run(index: u64, src: &str) -> Result<(), String> {
    let dir = std::env::temp_dir().join(format!("minigo-compile-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let file = dir.join(format!("input-{index}.go"));
    std::fs::write(&file, src).map_err(|e| e.to_string())?;
    let mut child = Command::new("prlimit")
        .arg(format!("--as={}", 12u64 << 30))
        .arg(env!("CARGO_BIN_EXE_minigo"))
        .arg("run")
        .arg(&file)
        .env("GOMAXPROCS", "2")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start minigo: {e}"))?;
    let mut stderr = child.stderr.take().expect("piped stderr");
    let reader = std::thread::spawn(move || {
        use std::io::Read;
        let mut text = Vec::new();
        let _ = (&mut stderr).take(1 << 20).read_to_end(&mut text);
        String::from_utf8_lossy(&text).into_owned()
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break Some(status);
        }
        if start.elapsed() > Duration::from_secs(3) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let stderr = reader.join().unwrap_or_default();
    let _ = std::fs::remove_file(&file);
    let Some(status) = status else { return Ok(()) }; // a program that runs on: Go's too
    use std::os::unix::process::ExitStatusExt;
    // Exit status 3 is also what `os.Exit(3)` gives (tests/run/os_exit_code.go in the
    // corpus); minigo's own internal failures say "minigo bug" on stderr.
    let crashed = status.signal().is_some() || matches!(status.code(), Some(101 | 134));
    if crashed || stderr.contains("minigo bug") || stderr.contains("panicked at") {
        return Err(format!("minigo crashed ({status}):\n{}", stderr.lines().take(12).collect::<Vec<_>>().join("\n")));
    }
    Ok(())
}

#[test]
fn compile_stage_survives_mutated_programs() {
    let debug = cfg!(debug_assertions);
    let iters = env_u64("MINIGO_FUZZ_ITERS").unwrap_or(if debug { 3_000 } else { 100_000 });
    let runs = env_u64("MINIGO_FUZZ_RUNS").unwrap_or(if debug { 20 } else { 300 });
    let seed = env_u64("MINIGO_FUZZ_SEED").unwrap_or(0x636f_6d70_696c_65);
    // Wall-clock time, so generous: a hang never ends, and a loaded machine (a CI host, many
    // builds at once) stretched a 1.3 s input (15,000 nested function literals) to over 20 s.
    let limit = Duration::from_millis(env_u64("MINIGO_FUZZ_TIMEOUT_MS").unwrap_or(if debug { 120_000 } else { 60_000 }));
    let only = env_u64("MINIGO_FUZZ_ONLY");
    let corpus = Arc::new(corpus());
    assert!(!corpus.is_empty());
    let importer = Arc::new(FakeImporter(fake_packages()));
    let can_run = Command::new("prlimit").arg("--version").stdout(Stdio::null()).status().is_ok_and(|s| s.success());
    if !can_run {
        eprintln!("compile fuzz: prlimit not found, compiled programs are not run");
    }

    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| {
        let msg = info.payload().downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| info.payload().downcast_ref::<String>().cloned()).unwrap_or_default();
        let loc = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        PANIC_MSG.with(|m| *m.borrow_mut() = Some(format!("{msg} at {loc}")));
    }));

    let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).min(8);
    let total = if only.is_some() { 1 } else { iters };
    let next = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let (compiled, ran) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let failures: Arc<Mutex<Vec<(u64, String)>>> = Arc::new(Mutex::new(Vec::new()));
    // Per worker: start of the current input (ms since t0, 0 when idle) and its index.
    let current: Arc<Vec<(AtomicU64, AtomicU64)>> = Arc::new((0..workers).map(|_| (AtomicU64::new(0), AtomicU64::new(0))).collect());
    let t0 = Instant::now();
    let mut handles = Vec::new();
    for w in 0..workers {
        let (corpus, importer, next, stop, compiled, ran, failures, current) =
            (corpus.clone(), importer.clone(), next.clone(), stop.clone(), compiled.clone(), ran.clone(), failures.clone(), current.clone());
        let h = std::thread::Builder::new()
            .name(format!("compile-fuzz-{w}"))
            .stack_size(512 << 20)
            .spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let k = next.fetch_add(1, Ordering::Relaxed);
                    if k >= total {
                        break;
                    }
                    let index = only.unwrap_or(k);
                    let src = make_input(seed, index, &corpus);
                    current[w].1.store(index, Ordering::Relaxed);
                    current[w].0.store(t0.elapsed().as_millis() as u64 + 1, Ordering::Relaxed);
                    let outcome = check_and_compile(&src, &importer);
                    current[w].0.store(0, Ordering::Relaxed);
                    match outcome {
                        Err(panic) => failures.lock().unwrap().push((index, format!("compile-stage panic: {panic}"))),
                        Ok(true) => {
                            let n = compiled.fetch_add(1, Ordering::Relaxed) as u64;
                            // Run every 7th compiled program until the budget is spent.
                            if can_run && n % 7 == 0 && (ran.load(Ordering::Relaxed) as u64) < runs {
                                ran.fetch_add(1, Ordering::Relaxed);
                                if let Err(e) = bounded_run(index, &src) {
                                    failures.lock().unwrap().push((index, e));
                                }
                            }
                        }
                        Ok(false) => {}
                    }
                }
            })
            .expect("cannot spawn a fuzz worker");
        handles.push(h);
    }

    // Watchdog: a check or compile running longer than the limit is a hang.
    let mut hang = None;
    while !handles.iter().all(|h| h.is_finished()) {
        std::thread::sleep(Duration::from_millis(50));
        let now = t0.elapsed().as_millis() as u64 + 1;
        for (start, index) in current.iter() {
            let s = start.load(Ordering::Relaxed);
            if s != 0 && now.saturating_sub(s) > limit.as_millis() as u64 {
                hang = Some((index.load(Ordering::Relaxed), format!("hang: still checking or compiling after {limit:?}")));
            }
        }
        if hang.is_some() {
            stop.store(true, Ordering::Relaxed);
            break;
        }
    }
    if hang.is_none() {
        for h in handles {
            h.join().expect("fuzz worker died");
        }
    }
    std::panic::set_hook(default_hook);
    let mut failures = std::mem::take(&mut *failures.lock().unwrap());
    failures.extend(hang);
    eprintln!(
        "compile fuzz: {} inputs (seed {seed:#x}, {} corpus files, {workers} workers) in {:.1?}: {} compiled, {} run; {} failures",
        next.load(Ordering::Relaxed).min(total),
        corpus.len(),
        t0.elapsed(),
        compiled.load(Ordering::Relaxed),
        ran.load(Ordering::Relaxed),
        failures.len()
    );
    if failures.is_empty() {
        return;
    }
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("compile-fuzz-failures");
    let _ = std::fs::create_dir_all(&dir);
    failures.sort_by_key(|f| f.0);
    let mut report = String::new();
    for (index, what) in failures.iter().take(30) {
        let path = dir.join(format!("input-{index}.go"));
        let _ = std::fs::write(&path, make_input(seed, *index, &corpus));
        report.push_str(&format!("  #{index} ({}): {what}\n", path.display()));
    }
    panic!("{} of the compile-stage fuzz inputs failed (reproduce one with MINIGO_FUZZ_ONLY=<index>):\n{report}", failures.len());
}
