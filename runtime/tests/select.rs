//! `select`: fairness, default, wake-up and clean-up of losing cases, stress.

mod common;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use common::*;
use runtime::chan::{self, ChanRef};
use runtime::select::{select, SelectCase};
use runtime::{Blocking, Exit, GoError, RunContext, RunOutcome};

fn recv_case(c: ChanRef) -> SelectCase<'static> {
    SelectCase { channel: c, send: None }
}

/// Three always-ready receive cases: each is chosen about a third of the time.
fn fairness(counts: &mut [u64; 3], cx: &mut RunContext<'_>) -> Exit {
    const N: u64 = 30_000;
    let chans: Vec<ChanRef> = (0..3).map(|_| make_chan(cx, 1, 1)).collect();
    for &c in &chans {
        assert_eq!(chan::try_send(cx, c, &[1]), Ok(true));
    }
    let cases: Vec<SelectCase> = chans.iter().map(|&c| recv_case(c)).collect();
    for _ in 0..N {
        let Ok(Blocking::Ready(Some(sel))) = select(cx, &cases, true) else { panic!("a case is ready") };
        assert!(sel.ok);
        assert_eq!(cx.wait_buffer(), [1]);
        counts[sel.index] += 1;
        assert_eq!(chan::try_send(cx, chans[sel.index], &[1]), Ok(true));
    }
    let expected = N / 3;
    for &c in counts.iter() {
        assert!(c.abs_diff(expected) < expected / 20, "unfair select: {counts:?}");
    }
    Exit::Terminate(0)
}

#[test]
fn select_is_fair_among_ready_cases() {
    assert_eq!(run_with(1, Machine::boxed("main", [0u64; 3], fairness)), RunOutcome::Exited(0));
}

fn default_case(_: &mut (), cx: &mut RunContext<'_>) -> Exit {
    let a = make_chan(cx, 1, 0);
    let b = make_chan(cx, 1, 1);
    let cases = [recv_case(a), recv_case(b), recv_case(ChanRef::NIL)];
    assert!(matches!(select(cx, &cases, false), Ok(Blocking::Ready(None))), "nothing ready: default");
    assert_eq!(chan::try_send(cx, b, &[9]), Ok(true));
    let Ok(Blocking::Ready(Some(sel))) = select(cx, &cases, false) else { panic!() };
    assert_eq!((sel.index, sel.ok, cx.wait_buffer()), (1, true, &[9][..]));
    // A full buffer refuses a send case; a closed channel makes it panic.
    assert_eq!(chan::try_send(cx, b, &[1]), Ok(true));
    let v = [2u64];
    let send = [SelectCase { channel: b, send: Some(&v) }];
    assert!(matches!(select(cx, &send, false), Ok(Blocking::Ready(None))));
    chan::close(cx, b).unwrap();
    assert_eq!(select(cx, &send, false).err(), Some(GoError::Panic("send on closed channel")));
    // A closed channel is always ready for receive: buffered value first, then ok=false.
    let Ok(Blocking::Ready(Some(sel))) = select(cx, &[recv_case(b)], false) else { panic!() };
    assert_eq!((sel.ok, cx.wait_buffer()), (true, &[1][..]));
    let Ok(Blocking::Ready(Some(sel))) = select(cx, &[recv_case(b)], false) else { panic!() };
    assert_eq!((sel.ok, cx.wait_buffer()), (false, &[0][..]));
    Exit::Terminate(0)
}

#[test]
fn select_with_default() {
    assert_eq!(run_with(1, Machine::boxed("main", (), default_case)), RunOutcome::Exited(0));
}

/// A goroutine blocks in a select on (recv a, recv b, send c); another sends on b. The
/// select must take case 1 with the value, and remove its sudogs from a and c.
struct Blocked {
    pc: u8,
    a: ChanRef,
    b: ChanRef,
    c: ChanRef,
    result: Arc<AtomicU64>,
}

fn blocked_main(s: &mut Blocked, cx: &mut RunContext<'_>) -> Exit {
    loop {
        match s.pc {
            0 => {
                s.a = make_chan(cx, 1, 0);
                s.b = make_chan(cx, 1, 0);
                s.c = make_chan(cx, 1, 0);
                let (a, b, c) = (s.a, s.b, s.c);
                cx.spawn(Machine::boxed("selector", (a, b, c, s.result.clone()), selector));
                s.pc = 1;
            }
            1 => {
                ready!(runtime::time::sleep(cx, 3_000_000));
                s.pc = 2;
            }
            2 => {
                ready_or_panic!(chan::send(cx, s.b, &[42]));
                s.pc = 3;
            }
            3 => {
                ready!(runtime::time::sleep(cx, 3_000_000));
                s.pc = 4;
            }
            _ => {
                // The selector has finished; its sudogs on a and c must be gone.
                assert_eq!(s.result.load(Ordering::SeqCst), 42 + 1000);
                assert_eq!(chan::try_send(cx, s.a, &[1]), Ok(false), "stale select sudog on a");
                let mut out = [0];
                assert_eq!(chan::try_recv(cx, s.c, &mut out), None, "stale select sudog on c");
                return Exit::Terminate(0);
            }
        }
    }
}

fn selector(s: &mut (ChanRef, ChanRef, ChanRef, Arc<AtomicU64>), cx: &mut RunContext<'_>) -> Exit {
    let v = [7u64];
    let cases = [recv_case(s.0), recv_case(s.1), SelectCase { channel: s.2, send: Some(&v) }];
    let sel = ready_or_panic!(select(cx, &cases, true)).expect("blocking select picks a case");
    assert_eq!((sel.index, sel.ok), (1, true));
    s.3.store(cx.wait_buffer()[0] + 1000, Ordering::SeqCst);
    Exit::Done
}

#[test]
fn blocked_select_wakes_and_cleans_up() {
    for procs in [1, 2] {
        let st = Blocked { pc: 0, a: ChanRef::NIL, b: ChanRef::NIL, c: ChanRef::NIL, result: Arc::new(AtomicU64::new(0)) };
        assert_eq!(run_with(procs, Machine::boxed("main", st, blocked_main)), RunOutcome::Exited(0));
    }
}

/// Stress: senders and receivers all go through selects over the same two unbuffered
/// channels (plus a quit channel for receivers); every value arrives exactly once.
const SENDERS: u64 = 6;
const RECEIVERS: u64 = 6;
const PER_SENDER: u64 = 5_000;

struct Stress {
    pc: u8,
    a: ChanRef,
    b: ChanRef,
    done: ChanRef,
    finished: u64,
    total: Arc<AtomicU64>,
    count: Arc<AtomicU64>,
}

fn stress_main(s: &mut Stress, cx: &mut RunContext<'_>) -> Exit {
    loop {
        match s.pc {
            0 => {
                s.a = make_chan(cx, 1, 0);
                s.b = make_chan(cx, 1, 0);
                s.done = make_chan(cx, 1, 0);
                for k in 0..SENDERS {
                    let st = (s.a, s.b, s.done, k * PER_SENDER, 0u64, 0u32);
                    cx.spawn(Machine::boxed("sender", st, stress_sender));
                }
                for _ in 0..RECEIVERS {
                    let st = (s.a, s.b, s.done, s.total.clone(), s.count.clone(), 0u32);
                    cx.spawn(Machine::boxed("receiver", st, stress_receiver));
                }
                s.pc = 1;
            }
            1 => {
                let mut out = [0];
                ready!(chan::recv(cx, s.done, &mut out));
                s.finished += 1;
                if s.finished == SENDERS {
                    chan::close(cx, s.a).unwrap();
                    chan::close(cx, s.b).unwrap();
                    s.pc = 2;
                }
            }
            _ => {
                let mut out = [0];
                ready!(chan::recv(cx, s.done, &mut out));
                s.finished += 1;
                if s.finished == SENDERS + RECEIVERS {
                    return Exit::Terminate(0);
                }
            }
        }
    }
}

type SenderState = (ChanRef, ChanRef, ChanRef, u64, u64, u32);

fn stress_sender(s: &mut SenderState, cx: &mut RunContext<'_>) -> Exit {
    while s.4 < PER_SENDER {
        let v = [s.3 + s.4];
        let cases = [SelectCase { channel: s.0, send: Some(&v) }, SelectCase { channel: s.1, send: Some(&v) }];
        ready_or_panic!(select(cx, &cases, true));
        s.4 += 1;
        if charge(&mut s.5, cx) {
            return Exit::Yield;
        }
    }
    ready_or_panic!(chan::send(cx, s.2, &[1]));
    Exit::Done
}

type ReceiverState = (ChanRef, ChanRef, ChanRef, Arc<AtomicU64>, Arc<AtomicU64>, u32);

fn stress_receiver(s: &mut ReceiverState, cx: &mut RunContext<'_>) -> Exit {
    loop {
        if s.0.is_nil() && s.1.is_nil() {
            ready_or_panic!(chan::send(cx, s.2, &[1]));
            return Exit::Done;
        }
        let cases = [recv_case(s.0), recv_case(s.1)];
        let sel = ready_or_panic!(select(cx, &cases, true)).expect("case");
        if !sel.ok {
            // Closed: stop selecting on it (a nil channel is never ready).
            if sel.index == 0 {
                s.0 = ChanRef::NIL;
            } else {
                s.1 = ChanRef::NIL;
            }
            continue;
        }
        s.3.fetch_add(cx.wait_buffer()[0], Ordering::Relaxed);
        s.4.fetch_add(1, Ordering::Relaxed);
        if charge(&mut s.5, cx) {
            return Exit::Yield;
        }
    }
}

fn select_stress(procs: usize) {
    let total = Arc::new(AtomicU64::new(0));
    let count = Arc::new(AtomicU64::new(0));
    let st = Stress { pc: 0, a: ChanRef::NIL, b: ChanRef::NIL, done: ChanRef::NIL, finished: 0, total: total.clone(), count: count.clone() };
    assert_eq!(run_with(procs, Machine::boxed("main", st, stress_main)), RunOutcome::Exited(0));
    let n = SENDERS * PER_SENDER;
    assert_eq!(count.load(Ordering::SeqCst), n);
    assert_eq!(total.load(Ordering::SeqCst), n * (n - 1) / 2);
}

#[test]
fn select_stress_1_2_8_procs() {
    for round in 0..3 {
        for procs in [1, 2, 8] {
            let _ = round;
            select_stress(procs);
        }
    }
}
