//! Native `sync` primitives under contention: Mutex, RWMutex, WaitGroup, Cond lists.

mod common;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use common::*;
use runtime::heap::{load, store};
use runtime::sync::*;
use runtime::{Exit, GoError, RunContext, RunOutcome};

const WORKERS: u64 = 8;
const ITERS: u64 = 5_000;

/// Words: [mutex.state, mutex.sema, counter, wg.state, wg.sema].
struct Incrementer {
    w: Words,
    pc: u8,
    i: u64,
    value: u64,
    budget: u32,
}

fn incrementer(s: &mut Incrementer, cx: &mut RunContext<'_>) -> Exit {
    let m = s.w.0;
    loop {
        match s.pc {
            0 => {
                if s.i == ITERS {
                    // SAFETY: the words are a live heap block.
                    if let Err(e) = unsafe { wait_group_add(cx, m.wrapping_add(3), -1) } {
                        panic!("{e:?}");
                    }
                    return Exit::Done;
                }
                // SAFETY: words 0..2 are the mutex.
                ready!(unsafe { mutex_lock(cx, m) });
                s.pc = 1;
            }
            1 => {
                // SAFETY: word 2 is the counter, guarded by the mutex.
                s.value = unsafe { load(m.add(2)) };
                s.pc = 2;
                if s.i.is_multiple_of(7) {
                    // Preempted inside the critical section: the others must park.
                    return Exit::Yield;
                }
            }
            _ => {
                // SAFETY: as above.
                unsafe { store(m.add(2), s.value + 1) };
                // SAFETY: words 0..2 are the mutex.
                unsafe { mutex_unlock(cx, m) }.unwrap();
                s.i += 1;
                s.pc = 0;
                if charge(&mut s.budget, cx) {
                    return Exit::Yield;
                }
            }
        }
    }
}

fn mutex_main(s: &mut (u8, Words, Arc<AtomicU64>), cx: &mut RunContext<'_>) -> Exit {
    if s.0 == 0 {
        s.1 = Words(heap_words(cx, 5));
        // SAFETY: fresh heap words.
        unsafe { wait_group_add(cx, s.1 .0.add(3), WORKERS as i64) }.unwrap();
        for _ in 0..WORKERS {
            cx.spawn(Machine::boxed("incrementer", Incrementer { w: s.1, pc: 0, i: 0, value: 0, budget: 0 }, incrementer));
        }
        s.0 = 1;
    }
    // SAFETY: words 3..5 are the wait group.
    ready_or_panic!(unsafe { wait_group_wait(cx, s.1 .0.add(3)) });
    // SAFETY: word 2 is the counter; every incrementer is done.
    s.2.store(unsafe { load(s.1 .0.add(2)) }, Ordering::SeqCst);
    // SAFETY: words 0..2 are the (unlocked) mutex.
    assert_eq!(unsafe { mutex_unlock(cx, s.1 .0) }, Err(GoError::Fatal("sync: unlock of unlocked mutex")));
    Exit::Terminate(0)
}

#[test]
fn mutex_and_waitgroup_under_contention() {
    for procs in [1, 2, 8] {
        for _ in 0..3 {
            let result = Arc::new(AtomicU64::new(0));
            let st = (0u8, Words(std::ptr::null_mut()), result.clone());
            assert_eq!(run_with(procs, Machine::boxed("main", st, mutex_main)), RunOutcome::Exited(0));
            assert_eq!(result.load(Ordering::SeqCst), WORKERS * ITERS, "procs={procs}");
        }
    }
}

/// Writers keep words a and b equal under Lock; readers check them under RLock.
/// Words: [rw (6)], a, b, wg (2).
struct RwUser {
    w: Words,
    writer: bool,
    pc: u8,
    i: u64,
    budget: u32,
    bad: Arc<AtomicU64>,
}

fn rw_user(s: &mut RwUser, cx: &mut RunContext<'_>) -> Exit {
    let rw = s.w.0;
    loop {
        match s.pc {
            0 => {
                if s.i == 2_000 {
                    // SAFETY: words 8..10 are the wait group.
                    unsafe { wait_group_add(cx, rw.wrapping_add(8), -1) }.unwrap();
                    return Exit::Done;
                }
                // SAFETY: words 0..6 are the RWMutex.
                if s.writer {
                    ready!(unsafe { rw_lock(cx, rw) });
                } else {
                    ready!(unsafe { rw_rlock(cx, rw) });
                }
                s.pc = 1;
            }
            1 => {
                // SAFETY: words 6 and 7 are guarded by the RWMutex.
                unsafe {
                    if s.writer {
                        store(rw.add(6), load(rw.add(6)) + 1);
                    } else if load(rw.add(6)) != load(rw.add(7)) {
                        s.bad.fetch_add(1, Ordering::SeqCst);
                    }
                }
                s.pc = 2;
                if s.i.is_multiple_of(5) {
                    return Exit::Yield;
                }
            }
            _ => {
                // SAFETY: as above.
                unsafe {
                    if s.writer {
                        store(rw.add(7), load(rw.add(7)) + 1);
                        rw_unlock(cx, rw).unwrap();
                    } else {
                        rw_runlock(cx, rw).unwrap();
                    }
                }
                s.i += 1;
                s.pc = 0;
                if charge(&mut s.budget, cx) {
                    return Exit::Yield;
                }
            }
        }
    }
}

fn rw_main(s: &mut (u8, Words, Arc<AtomicU64>, Arc<AtomicU64>), cx: &mut RunContext<'_>) -> Exit {
    if s.0 == 0 {
        s.1 = Words(heap_words(cx, 10));
        // SAFETY: fresh heap words.
        unsafe { wait_group_add(cx, s.1 .0.add(8), 8) }.unwrap();
        for k in 0..8 {
            let u = RwUser { w: s.1, writer: k % 4 == 0, pc: 0, i: 0, budget: 0, bad: s.3.clone() };
            cx.spawn(Machine::boxed("rwuser", u, rw_user));
        }
        s.0 = 1;
    }
    // SAFETY: words 8..10 are the wait group.
    ready_or_panic!(unsafe { wait_group_wait(cx, s.1 .0.add(8)) });
    // SAFETY: word 6 is the counter; all users are done.
    s.2.store(unsafe { load(s.1 .0.add(6)) }, Ordering::SeqCst);
    // SAFETY: the RWMutex words.
    assert_eq!(unsafe { rw_unlock(cx, s.1 .0) }, Err(GoError::Fatal("sync: Unlock of unlocked RWMutex")));
    Exit::Terminate(0)
}

#[test]
fn rwmutex_excludes_writers() {
    for procs in [1, 2, 8] {
        let writes = Arc::new(AtomicU64::new(0));
        let bad = Arc::new(AtomicU64::new(0));
        let st = (0u8, Words(std::ptr::null_mut()), writes.clone(), bad.clone());
        assert_eq!(run_with(procs, Machine::boxed("main", st, rw_main)), RunOutcome::Exited(0));
        assert_eq!(writes.load(Ordering::SeqCst), 2 * 2_000);
        assert_eq!(bad.load(Ordering::SeqCst), 0, "a reader saw a half-done write");
    }
}

fn wg_errors(_: &mut (), cx: &mut RunContext<'_>) -> Exit {
    let wg = heap_words(cx, 2);
    // SAFETY: fresh heap words.
    unsafe {
        assert!(matches!(wait_group_wait(cx, wg), Ok(runtime::Blocking::Ready(()))), "zero counter: no wait");
        assert_eq!(wait_group_add(cx, wg, -1), Err(GoError::Panic("sync: negative WaitGroup counter")));
    }
    Exit::Terminate(0)
}

#[test]
fn waitgroup_negative_counter_panics() {
    assert_eq!(run_with(1, Machine::boxed("main", (), wg_errors)), RunOutcome::Exited(0));
}

/// Cond-style notify lists: Signal wakes one waiter, Broadcast the rest.
fn cond_main(s: &mut (u8, Words, Arc<AtomicU64>), cx: &mut RunContext<'_>) -> Exit {
    loop {
        match s.0 {
            0 => {
                s.1 = Words(heap_words(cx, 2));
                for _ in 0..5 {
                    let st = (s.1, u64::MAX, s.2.clone());
                    cx.spawn(Machine::boxed("waiter", st, |s: &mut (Words, u64, Arc<AtomicU64>), cx| {
                        if s.1 == u64::MAX {
                            // SAFETY: the notify list words.
                            s.1 = unsafe { notify_list_add(s.0 .0) };
                        }
                        // SAFETY: as above.
                        ready!(unsafe { notify_list_wait(cx, s.0 .0, s.1) });
                        s.2.fetch_add(1, Ordering::SeqCst);
                        Exit::Done
                    }));
                }
                s.0 = 1;
            }
            1 => {
                ready!(runtime::time::sleep(cx, 3_000_000));
                // SAFETY: the notify list words.
                unsafe { notify_list_notify_one(cx, s.1 .0) };
                s.0 = 2;
            }
            2 => {
                ready!(runtime::time::sleep(cx, 3_000_000));
                assert_eq!(s.2.load(Ordering::SeqCst), 1, "Signal wakes exactly one");
                // SAFETY: the notify list words.
                unsafe { notify_list_notify_all(cx, s.1 .0) };
                s.0 = 3;
            }
            _ => {
                ready!(runtime::time::sleep(cx, 3_000_000));
                assert_eq!(s.2.load(Ordering::SeqCst), 5, "Broadcast wakes the rest");
                return Exit::Terminate(0);
            }
        }
    }
}

#[test]
fn cond_signal_and_broadcast() {
    for procs in [1, 2] {
        let st = (0u8, Words(std::ptr::null_mut()), Arc::new(AtomicU64::new(0)));
        assert_eq!(run_with(procs, Machine::boxed("main", st, cond_main)), RunOutcome::Exited(0));
    }
}
