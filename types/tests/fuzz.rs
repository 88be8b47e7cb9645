//! Fuzzing the front end (lexer, parser, type checker) with mutated Go programs: no input
//! may make `types::check_program` panic or run for long.
//!
//! Inputs are programs (tests/run, tests/errors and tests/cli, examples, the Go sources of
//! minigo's standard library, snippets below) mutated by byte flips, token deletion /
//! duplication / swap / replacement, splices of token runs from other files, deep nesting of
//! brackets, blocks, types and operators, truncation, binary junk, invalid UTF-8 and unusual
//! Unicode (decoded lossily, as `minigo` reads files). Everything is derived from a seed and
//! the input's index with a small deterministic PRNG, so a failure is reproducible from its
//! index; the failing inputs are also written to `$CARGO_TARGET_TMPDIR/fuzz-failures/`.
//!
//! Each input runs on a thread with a 512 MiB stack, as in the `minigo` binary, under
//! `catch_unwind`; a watchdog fails the test when one input takes longer than the time
//! limit (a hang).
//!
//! Knobs (environment):
//! - `MINIGO_FUZZ_ITERS`: number of inputs (default 100,000 with `--release`, 10,000 in a
//!   debug build);
//! - `MINIGO_FUZZ_SEED`: the seed (default fixed);
//! - `MINIGO_FUZZ_TIMEOUT_MS`: the per-input limit (default 2,000; 15,000 in debug builds);
//! - `MINIGO_FUZZ_CORPUS`: extra directories of `.go` files for the corpus (colon-separated),
//!   e.g. Go's own test directory;
//! - `MINIGO_FUZZ_ONLY`: run only this input index (to reproduce a failure).
//!
//! The full run: `cargo test --release -p types --test fuzz -- --nocapture`.

mod fuzzgen;

use fuzzgen::{corpus, env_u64, fake_packages, is_lex_error, make_input, FakeImporter};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

thread_local! {
    static PANIC_MSG: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

struct Failure {
    index: u64,
    what: String,
}

#[test]
fn front_end_survives_mutated_programs() {
    let debug = cfg!(debug_assertions);
    let iters = env_u64("MINIGO_FUZZ_ITERS").unwrap_or(if debug { 10_000 } else { 100_000 });
    let seed = env_u64("MINIGO_FUZZ_SEED").unwrap_or(0x6d69_6e69_676f);
    let limit = Duration::from_millis(env_u64("MINIGO_FUZZ_TIMEOUT_MS").unwrap_or(if debug { 15_000 } else { 2_000 }));
    let only = env_u64("MINIGO_FUZZ_ONLY");
    let corpus = Arc::new(corpus());
    assert!(!corpus.is_empty());
    let importer = Arc::new(FakeImporter(fake_packages()));

    // Panics are caught and reported with their input; keep them off stderr.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| {
        let msg = info.payload().downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| info.payload().downcast_ref::<String>().cloned()).unwrap_or_default();
        let loc = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        PANIC_MSG.with(|m| *m.borrow_mut() = Some(format!("{} at {}", msg, loc)));
    }));

    let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).min(8);
    let next = Arc::new(AtomicU64::new(0));
    let done = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let failures: Arc<Mutex<Vec<Failure>>> = Arc::new(Mutex::new(Vec::new()));
    let slowest = Arc::new(Mutex::new((Duration::ZERO, 0u64)));
    // Per worker: start of the current input in ms since `t0` (0: idle) and its index.
    // Inputs rejected by the lexer or parser, by the checker, and accepted.
    let outcomes: Arc<[AtomicUsize; 3]> = Arc::new([AtomicUsize::new(0), AtomicUsize::new(0), AtomicUsize::new(0)]);
    let current: Arc<Vec<(AtomicU64, AtomicU64)>> = Arc::new((0..workers).map(|_| (AtomicU64::new(0), AtomicU64::new(0))).collect());
    let t0 = Instant::now();
    let total = if only.is_some() { 1 } else { iters };

    let mut handles = Vec::new();
    for w in 0..workers {
        let (corpus, importer, next, done, stop, failures, slowest, current, outcomes) = (
            corpus.clone(),
            importer.clone(),
            next.clone(),
            done.clone(),
            stop.clone(),
            failures.clone(),
            slowest.clone(),
            current.clone(),
            outcomes.clone(),
        );
        let h = std::thread::Builder::new()
            .name(format!("fuzz-{w}"))
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
                    let start = Instant::now();
                    let imp: &FakeImporter = &importer;
                    let result = catch_unwind(AssertUnwindSafe(|| {
                        let r = types::check_program(vec![("fuzz.go".to_string(), src.clone())], imp, types::Options::default());
                        // Rendering positions must work too (the binary maps every diagnostic).
                        if let Err((files, diags)) = &r {
                            for d in diags {
                                let f = &files[d.file as usize];
                                let _ = f.lines().line_col(d.offset);
                            }
                        }
                        match &r {
                            Ok(_) => 2u8,
                            Err((_, diags)) if diags.iter().any(|d| d.message.starts_with("syntax error") || is_lex_error(&d.message)) => 0,
                            Err(_) => 1,
                        }
                    }));
                    let took = start.elapsed();
                    current[w].0.store(0, Ordering::Relaxed);
                    {
                        let mut s = slowest.lock().unwrap();
                        if took > s.0 {
                            *s = (took, index);
                        }
                    }
                    if let Ok(k) = result {
                        outcomes[k as usize].fetch_add(1, Ordering::Relaxed);
                    }
                    if result.is_err() {
                        let msg = PANIC_MSG.with(|m| m.borrow_mut().take()).unwrap_or_default();
                        failures.lock().unwrap().push(Failure { index, what: format!("panic: {}", msg) });
                    }
                    done.fetch_add(1, Ordering::Relaxed);
                }
            })
            .expect("cannot spawn a fuzz worker");
        handles.push(h);
    }

    // Watchdog: an input running longer than the limit is a hang.
    let mut hang: Option<Failure> = None;
    loop {
        std::thread::sleep(Duration::from_millis(50));
        if handles.iter().all(|h| h.is_finished()) {
            break;
        }
        let now = t0.elapsed().as_millis() as u64 + 1;
        for (start, index) in current.iter() {
            let s = start.load(Ordering::Relaxed);
            if s != 0 && now.saturating_sub(s) > limit.as_millis() as u64 {
                hang = Some(Failure { index: index.load(Ordering::Relaxed), what: format!("hang: still running after {:?}", limit) });
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
    let elapsed = t0.elapsed();
    let (slow, slow_index) = *slowest.lock().unwrap();
    eprintln!(
        "fuzz: {} inputs (seed {:#x}, {} corpus files, {} workers) in {:.1?}: {} rejected by the lexer or parser, {} by the checker, {} accepted; slowest input #{} took {:.1?}; {} failures",
        done.load(Ordering::Relaxed),
        seed,
        corpus.len(),
        workers,
        elapsed,
        outcomes[0].load(Ordering::Relaxed),
        outcomes[1].load(Ordering::Relaxed),
        outcomes[2].load(Ordering::Relaxed),
        slow_index,
        slow,
        failures.len()
    );
    if failures.is_empty() {
        return;
    }
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fuzz-failures");
    let _ = std::fs::create_dir_all(&dir);
    let mut report = String::new();
    failures.sort_by_key(|f| f.index);
    for f in failures.iter().take(50) {
        let path = dir.join(format!("input-{}.go", f.index));
        let _ = std::fs::write(&path, make_input(seed, f.index, &corpus));
        report.push_str(&format!("  #{} ({}): {}\n", f.index, path.display(), f.what));
    }
    panic!("{} of the fuzz inputs failed (reproduce one with MINIGO_FUZZ_ONLY=<index>):\n{}", failures.len(), report);
}
