//! The system-call hand-off and sysmon: a goroutine blocked in the kernel does not hold
//! its processor, world stops do not wait for it, a call that returns to find every
//! processor busy queues its goroutine, and sysmon preempts a goroutine that runs for a
//! whole slice even when nothing else waits. Stress runs at GOMAXPROCS 1, 2 and 8.

mod common;

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use runtime::{Exit, RunContext, RunOutcome, Task};

const MS: i64 = 1_000_000;

fn run_bounded(procs: usize, main: Box<dyn Task>, limit: Duration) -> RunOutcome {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(run_with(procs, main));
    });
    rx.recv_timeout(limit).unwrap_or_else(|_| panic!("program hung for {limit:?} with {procs} processors"))
}

/// A goroutine that spends `ms` in one blocking system call (a sleep stands for a read
/// of a silent terminal), then counts itself done.
fn blocker(ms: u64, done: Arc<AtomicUsize>) -> Box<dyn Task> {
    Machine::boxed("blocker", (ms, done), |(ms, done), cx| {
        let ms = *ms;
        if cx.syscall(|| std::thread::sleep(Duration::from_millis(ms))).is_none() {
            return Exit::Yield;
        }
        done.fetch_add(1, Ordering::SeqCst);
        if !cx.has_processor() {
            // Back without a processor: the VM yields after the native (it is queued).
            return Exit::Yield;
        }
        Exit::Done
    })
}

/// GOMAXPROCS=1: while another goroutine sits in a 300 ms system call, main's 10 ms
/// sleep ends on time (sysmon hands the processor to another thread).
#[test]
fn a_blocking_system_call_hands_its_processor_over() {
    let late = Arc::new(AtomicU64::new(u64::MAX));
    let done = Arc::new(AtomicUsize::new(0));
    let st = (0u8, 0i64, late.clone(), done.clone());
    let main = Machine::boxed("main", st, |s, cx| {
        if s.0 == 0 {
            cx.spawn(blocker(300, s.3.clone()));
            s.0 = 1;
            // Let the blocker enter its call.
            return Exit::Yield;
        }
        if s.0 == 1 {
            s.1 = cx.now();
            s.0 = 2;
        }
        ready!(runtime::time::sleep(cx, 10 * MS));
        s.2.store((cx.now() - s.1 - 10 * MS) as u64, Ordering::SeqCst);
        Exit::Terminate(0)
    });
    let outcome = run_bounded(1, main, Duration::from_secs(10));
    assert_eq!(outcome, RunOutcome::Exited(0));
    let late = late.load(Ordering::SeqCst);
    assert_eq!(done.load(Ordering::SeqCst), 0, "main waited for the system call");
    // Without the hand-off main wakes after the blocker's 300 ms.
    assert!(late < 150 * MS as u64, "main's sleep ended {:.1} ms late", late as f64 / 1e6);
}

/// `runtime.GC()` while a goroutine is in a long system call: the collection does not
/// wait for the call to end.
fn gc_during_syscall(took: Arc<AtomicU64>) -> Box<dyn Task> {
    let st = (0u8, 0u64, 0i64, took, Arc::new(AtomicUsize::new(0)));
    Machine::boxed("main", st, |s, cx| match s.0 {
        0 => {
            cx.spawn(blocker(400, s.4.clone()));
            s.0 = 1;
            Exit::Yield
        }
        1 => {
            ready!(runtime::time::sleep(cx, 5 * MS));
            s.1 = cx.gc_count();
            s.2 = cx.now();
            cx.request_gc();
            s.0 = 2;
            Exit::Yield
        }
        _ => {
            if cx.gc_count() == s.1 {
                return Exit::Yield;
            }
            s.3.store((cx.now() - s.2) as u64, Ordering::SeqCst);
            assert_eq!(s.4.load(Ordering::SeqCst), 0, "the system call ended first");
            Exit::Terminate(0)
        }
    })
}

#[test]
fn a_world_stop_does_not_wait_for_a_system_call() {
    for procs in [1, 2] {
        let took = Arc::new(AtomicU64::new(u64::MAX));
        assert_eq!(run_bounded(procs, gc_during_syscall(took.clone()), Duration::from_secs(10)), RunOutcome::Exited(0));
        let took = took.load(Ordering::SeqCst);
        assert!(took < 200 * MS as u64, "GOMAXPROCS={procs}: the collection took {:.1} ms", took as f64 / 1e6);
    }
}

/// GOMAXPROCS=1: main computes for 300 ms while a goroutine's 20 ms system call returns
/// to find the only processor busy. The goroutine is queued and runs at main's next
/// preemption, not after main is done.
#[test]
fn a_call_returning_to_busy_processors_queues_its_goroutine() {
    let done_at = Arc::new(AtomicU64::new(0));
    let st = (0u8, 0u32, 0i64, done_at.clone(), Arc::new(AtomicUsize::new(0)));
    let main = Machine::boxed("main", st, |s, cx| {
        if s.0 == 0 {
            cx.spawn(Machine::boxed("caller", (0u8, s.3.clone(), s.4.clone()), |(pc, done_at, calls), cx| {
                if *pc == 0 {
                    *pc = 1;
                    cx.syscall(|| std::thread::sleep(Duration::from_millis(20)));
                    calls.fetch_add(1, Ordering::SeqCst);
                    if !cx.has_processor() {
                        return Exit::Yield;
                    }
                }
                done_at.store(cx.now() as u64, Ordering::SeqCst);
                Exit::Done
            }));
            s.0 = 1;
            return Exit::Yield;
        }
        if s.0 == 1 {
            s.2 = cx.now();
            s.0 = 2;
        }
        while cx.now() - s.2 < 300 * MS {
            if charge(&mut s.1, cx) {
                return Exit::Yield;
            }
        }
        assert_eq!(s.4.load(Ordering::SeqCst), 1);
        let done = s.3.load(Ordering::SeqCst) as i64;
        assert!(done != 0, "the goroutine back from its call never ran");
        assert!(done - s.2 < 200 * MS, "it ran {:.1} ms after main started computing", (done - s.2) as f64 / 1e6);
        Exit::Terminate(0)
    });
    assert_eq!(run_bounded(1, main, Duration::from_secs(10)), RunOutcome::Exited(0));
}

/// sysmon flags a goroutine whose slice lasted 10 ms even when nothing else waits (the
/// budget safepoint alone would let it run on): over 200 ms of computing alone it
/// yields about 20 times.
#[test]
fn sysmon_preempts_a_goroutine_that_runs_a_whole_slice() {
    let yields = Arc::new(AtomicUsize::new(0));
    let st = (0i64, 0u32, yields.clone());
    let main = Machine::boxed("main", st, |s, cx| {
        if s.0 == 0 {
            s.0 = cx.now();
        } else {
            s.2.fetch_add(1, Ordering::SeqCst);
        }
        while cx.now() - s.0 < 200 * MS {
            if charge(&mut s.1, cx) {
                return Exit::Yield;
            }
        }
        Exit::Terminate(0)
    });
    assert_eq!(run_bounded(1, main, Duration::from_secs(10)), RunOutcome::Exited(0));
    let n = yields.load(Ordering::SeqCst);
    assert!((5..=60).contains(&n), "yielded {n} times in 200 ms");
}

/// Many goroutines mixing short system calls, channel hand-offs and sleeps, at
/// GOMAXPROCS 1, 2 and 8: every one finishes (no lost wake-up, no false deadlock, no
/// processor lost between threads).
fn stress_main(s: &mut (u8, Option<runtime::ChanRef>, usize), cx: &mut RunContext<'_>) -> Exit {
    const WORKERS: usize = 40;
    if s.0 == 0 {
        let c = make_chan(cx, 1, 0);
        s.1 = Some(c);
        for i in 0..WORKERS {
            cx.spawn(Machine::boxed("worker", (0u32, i, c), |(round, i, c), cx| {
                while *round < 30 {
                    match (*round as usize + *i) % 3 {
                        0 => {
                            if cx.syscall(|| std::thread::sleep(Duration::from_micros(200))).is_none() {
                                return Exit::Yield;
                            }
                            *round += 1;
                            if !cx.has_processor() {
                                return Exit::Yield;
                            }
                        }
                        1 => {
                            ready!(runtime::time::sleep(cx, 100_000));
                            *round += 1;
                        }
                        _ => {
                            *round += 1;
                            return Exit::Yield;
                        }
                    }
                }
                ready_or_panic!(runtime::chan::send(cx, *c, &[1]));
                Exit::Done
            }));
        }
        s.0 = 1;
    }
    let c = s.1.expect("channel");
    while s.2 < WORKERS {
        let mut word = [0u64];
        ready!(runtime::chan::recv(cx, c, &mut word));
        s.2 += 1;
    }
    Exit::Terminate(0)
}

#[test]
fn system_calls_under_stress() {
    for procs in [1, 2, 8] {
        for _ in 0..5 {
            let start = Instant::now();
            let outcome = run_bounded(procs, Machine::boxed("main", (0u8, None, 0usize), stress_main), Duration::from_secs(30));
            assert_eq!(outcome, RunOutcome::Exited(0), "GOMAXPROCS={procs}");
            assert!(start.elapsed() < Duration::from_secs(20));
        }
    }
}
