//! Deadlock detection: Go's report with each goroutine's wait reason, and no false
//! report while a timer can still wake something.

mod common;

use std::sync::Arc;

use common::*;
use runtime::chan::{self, ChanRef};
use runtime::select::{select, SelectCase};
use runtime::sync::{mutex_lock, wait_group_add, wait_group_wait};
use runtime::{Exit, RunContext, RunOutcome};

const MS: i64 = 1_000_000;

fn block_recv(c: &mut ChanRef, cx: &mut RunContext<'_>) -> Exit {
    let mut out = [0];
    ready!(chan::recv(cx, *c, &mut out));
    Exit::Done
}

fn block_send(c: &mut ChanRef, cx: &mut RunContext<'_>) -> Exit {
    ready_or_panic!(chan::send(cx, *c, &[1]));
    Exit::Done
}

fn block_select_none(_: &mut (), cx: &mut RunContext<'_>) -> Exit {
    ready_or_panic!(select(cx, &[], true));
    Exit::Done
}

fn block_select(c: &mut ChanRef, cx: &mut RunContext<'_>) -> Exit {
    let cases = [SelectCase { channel: *c, send: None }, SelectCase { channel: ChanRef::NIL, send: None }];
    ready_or_panic!(select(cx, &cases, true));
    Exit::Done
}

fn block_mutex(m: &mut Words, cx: &mut RunContext<'_>) -> Exit {
    // SAFETY: two heap words.
    ready!(unsafe { mutex_lock(cx, m.0) });
    Exit::Done
}

/// Main waits on a WaitGroup; the others block on everything else.
fn everyone_blocks(s: &mut (u8, Words), cx: &mut RunContext<'_>) -> Exit {
    if s.0 == 0 {
        let c = make_chan(cx, 1, 0);
        let m = Words(heap_words(cx, 2));
        // SAFETY: fresh heap words.
        ready!(unsafe { mutex_lock(cx, m.0) });
        cx.spawn(Machine::boxed("main.func1", c, block_send));
        cx.spawn(Machine::boxed("main.func2", m, block_mutex));
        cx.spawn(Machine::boxed("main.func3", (), block_select_none));
        cx.spawn(Machine::boxed("main.func4", ChanRef::NIL, block_recv));
        let d = make_chan(cx, 1, 0);
        cx.spawn(Machine::boxed("main.func5", d, block_select));
        s.1 = Words(heap_words(cx, 2));
        // SAFETY: fresh heap words.
        unsafe { wait_group_add(cx, s.1 .0, 1) }.unwrap();
        s.0 = 1;
    }
    if s.0 == 1 {
        ready!(runtime::time::sleep(cx, 5 * MS));
        s.0 = 2;
    }
    // SAFETY: the wait group words.
    ready_or_panic!(unsafe { wait_group_wait(cx, s.1 .0) });
    Exit::Terminate(0)
}

#[test]
fn deadlock_report_lists_every_goroutine() {
    for procs in [1, 2, 8] {
        let outcome = run_with(procs, Machine::boxed("main", (0u8, Words(std::ptr::null_mut())), everyone_blocks));
        let expected = "fatal error: all goroutines are asleep - deadlock!\n\
            \n\
            goroutine 1 [semacquire]:\nmain.main()\n\t/tmp/test.go:1 +0x0\n\
            \n\
            goroutine 5 [chan send]:\nmain.main.func1()\n\t/tmp/test.go:1 +0x0\n\
            \n\
            goroutine 6 [sync.Mutex.Lock]:\nmain.main.func2()\n\t/tmp/test.go:1 +0x0\n\
            \n\
            goroutine 7 [select (no cases)]:\nmain.main.func3()\n\t/tmp/test.go:1 +0x0\n\
            \n\
            goroutine 8 [chan receive (nil chan)]:\nmain.main.func4()\n\t/tmp/test.go:1 +0x0\n\
            \n\
            goroutine 9 [select]:\nmain.main.func5()\n\t/tmp/test.go:1 +0x0\n";
        assert_eq!(outcome, RunOutcome::Deadlock(expected.to_string()), "procs={procs}");
        assert_eq!(outcome.exit_code(), 2);
    }
}

/// Main blocks on a channel that a sleeping goroutine will send on: no deadlock.
fn late_sender(s: &mut (u8, ChanRef), cx: &mut RunContext<'_>) -> Exit {
    if s.0 == 0 {
        s.1 = make_chan(cx, 1, 0);
        cx.spawn(Machine::boxed("sleeper", (0u8, s.1), |s: &mut (u8, ChanRef), cx| {
            if s.0 == 0 {
                ready!(runtime::time::sleep(cx, 30 * MS));
                s.0 = 1;
            }
            ready_or_panic!(chan::send(cx, s.1, &[5]));
            Exit::Done
        }));
        // Everyone else blocks for ever meanwhile.
        cx.spawn(Machine::boxed("forever", (), block_select_none));
        s.0 = 1;
    }
    let mut out = [0];
    ready!(chan::recv(cx, s.1, &mut out));
    assert_eq!(out, [5]);
    Exit::Terminate(0)
}

#[test]
fn no_false_deadlock_while_a_timer_is_pending() {
    for procs in [1, 2, 8] {
        for _ in 0..5 {
            assert_eq!(run_with(procs, Machine::boxed("main", (0u8, ChanRef::NIL), late_sender)), RunOutcome::Exited(0));
        }
    }
}

/// Blocked on a timer channel: it will fire, no deadlock. An unwatched long timer does
/// not keep a deadlocked program alive (Go 1.23).
fn timer_channel(s: &mut (u8, ChanRef), cx: &mut RunContext<'_>) -> Exit {
    if s.0 == 0 {
        s.1 = new_timer(cx, 20 * MS, 0).0;
        s.0 = 1;
    }
    if s.0 == 1 {
        let mut out = [0];
        ready!(chan::recv(cx, s.1, &mut out));
        let _hour = new_timer(cx, 3_600_000 * MS, 0);
        s.0 = 2;
    }
    let mut out = [0];
    ready!(chan::recv(cx, ChanRef::NIL, &mut out));
    Exit::Terminate(0)
}

#[test]
fn timer_channels_and_deadlock() {
    for procs in [1, 2] {
        let outcome = run_with(procs, Machine::boxed("main", (0u8, ChanRef::NIL), timer_channel));
        let expected = "fatal error: all goroutines are asleep - deadlock!\n\
            \ngoroutine 1 [chan receive (nil chan)]:\nmain.main()\n\t/tmp/test.go:1 +0x0\n";
        assert_eq!(outcome, RunOutcome::Deadlock(expected.into()));
    }
}

/// Main returning ends the program even with goroutines running or blocked.
fn main_returns(_: &mut (), cx: &mut RunContext<'_>) -> Exit {
    cx.spawn(Machine::boxed("spinner", 0u32, |b, cx| loop {
        if charge(b, cx) {
            return Exit::Yield;
        }
    }));
    cx.spawn(Machine::boxed("blocked", (), block_select_none));
    Exit::Done
}

#[test]
fn main_return_ends_the_program() {
    for procs in [1, 2] {
        assert_eq!(run_with(procs, Machine::boxed("main", (), main_returns)), RunOutcome::Exited(0));
    }
}

/// An unrecovered panic in any goroutine ends the program with its text.
fn panics(_: &mut (), cx: &mut RunContext<'_>) -> Exit {
    cx.spawn(Machine::boxed("panicker", (), |_, _| Exit::Fatal("panic: boom\n\ngoroutine 5 [running]:\n".into())));
    let mut out = [0];
    ready!(chan::recv(cx, ChanRef::NIL, &mut out));
    Exit::Done
}

#[test]
fn fatal_panic_ends_the_program() {
    let outcome = run_with(2, Machine::boxed("main", (), panics));
    assert_eq!(outcome, RunOutcome::Fatal("panic: boom\n\ngoroutine 5 [running]:\n".into()));
    assert_eq!(outcome.exit_code(), 2);
    let _ = Arc::new(());
}

/// A goroutine waiting on an external job (blocking pool) is not a deadlock, even with
/// every other goroutine asleep for ever; the job's result arrives in the wait buffer.
fn external_main(pc: &mut u8, cx: &mut RunContext<'_>) -> Exit {
    if *pc == 0 {
        cx.spawn(Machine::boxed("forever", (), block_select_none));
        *pc = 1;
    }
    let job: runtime::external::ExternalJob = Box::new(|waker| {
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(30));
            waker.wake(&[42, 43]);
        });
    });
    ready!(runtime::external::wait_external(cx, job));
    assert_eq!(cx.wait_buffer(), [42, 43]);
    Exit::Terminate(0)
}

#[test]
fn external_wait_is_not_a_deadlock() {
    for procs in [1, 2] {
        assert_eq!(run_with(procs, Machine::boxed("main", 0u8, external_main)), RunOutcome::Exited(0));
    }
}

/// `runtime.Goexit` in main: the others go on; when none is left, Go's special report.
fn goexit_main(_: &mut (), cx: &mut RunContext<'_>) -> Exit {
    cx.spawn(Machine::boxed("short", 0u8, |pc, cx| {
        if *pc == 0 {
            ready!(runtime::time::sleep(cx, 5 * MS));
            *pc = 1;
        }
        Exit::Done
    }));
    Exit::Goexit
}

#[test]
fn main_goexit_then_no_goroutines() {
    for procs in [1, 2] {
        let outcome = run_with(procs, Machine::boxed("main", (), goexit_main));
        assert_eq!(outcome, RunOutcome::Deadlock("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n".into()));
    }
}
