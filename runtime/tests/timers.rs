//! Sleep, timer channels with Go 1.23 Stop/Reset semantics, tickers, AfterFunc.

mod common;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use runtime::chan::{self, ChanRef};
use runtime::heap::Marker;
use runtime::select::{select, SelectCase};
use runtime::time::{self as rtime, TimerRef};
use runtime::{Blocking, Config, Exit, Hooks, RunContext, RunOutcome, Task};

const MS: i64 = 1_000_000;

struct Sleeper {
    id: u64,
    ms: i64,
    log: Arc<parking_lot::Mutex<Vec<u64>>>,
}

fn sleeper(s: &mut Sleeper, cx: &mut RunContext<'_>) -> Exit {
    let start = cx.now();
    ready!(rtime::sleep(cx, s.ms * MS));
    let _ = start;
    s.log.lock().push(s.id);
    Exit::Done
}

struct Order {
    pc: u8,
    log: Arc<parking_lot::Mutex<Vec<u64>>>,
    started: i64,
}

fn order_main(s: &mut Order, cx: &mut RunContext<'_>) -> Exit {
    if s.pc == 0 {
        s.started = cx.now();
        for (id, ms) in [(1, 50), (2, 10), (3, 40), (4, 20), (5, 30), (6, 0), (7, -5)] {
            cx.spawn(Machine::boxed("sleeper", Sleeper { id, ms, log: s.log.clone() }, sleeper));
        }
        s.pc = 1;
    }
    ready!(rtime::sleep(cx, 70 * MS));
    assert!(cx.now() - s.started >= 70 * MS, "slept at least the duration");
    Exit::Terminate(0)
}

#[test]
fn sleep_wakes_in_deadline_order() {
    for procs in [1, 2, 8] {
        let log = Arc::new(parking_lot::Mutex::new(Vec::new()));
        let st = Order { pc: 0, log: log.clone(), started: 0 };
        assert_eq!(run_with(procs, Machine::boxed("main", st, order_main)), RunOutcome::Exited(0));
        let log = log.lock().clone();
        assert_eq!(&log[2..], [2, 4, 5, 3, 1], "procs={procs}");
        assert!(log[..2].contains(&6) && log[..2].contains(&7));
    }
}

/// `time.After`: the receive blocks until the timer fires and gets the due time.
struct After {
    pc: u8,
    ch: ChanRef,
    start: i64,
}

fn after_main(s: &mut After, cx: &mut RunContext<'_>) -> Exit {
    if s.pc == 0 {
        s.start = cx.now();
        let (ch, _t) = new_timer(cx, 20 * MS, 0);
        assert_eq!((chan::len(ch), chan::cap(ch)), (0, 0), "Go 1.23 timer channels are synchronous");
        s.ch = ch;
        s.pc = 1;
    }
    let mut out = [0];
    assert!(ready!(chan::recv(cx, s.ch, &mut out)));
    let now = cx.now();
    assert!(now - s.start >= 20 * MS);
    let when = out[0] as i64;
    assert!(when >= s.start + 20 * MS && when <= now, "the value is the due time");
    Exit::Terminate(0)
}

#[test]
fn after_fires_once_at_deadline() {
    for procs in [1, 2] {
        let st = After { pc: 0, ch: ChanRef::NIL, start: 0 };
        assert_eq!(run_with(procs, Machine::boxed("main", st, after_main)), RunOutcome::Exited(0));
    }
}

/// Go 1.23 Stop/Reset: no stale value is received after Stop or Reset returns, and Stop
/// reports true when the value was not received.
struct StopReset {
    pc: u8,
    ch: ChanRef,
    t: Option<TimerRef>,
    reset_at: i64,
}

fn pending_value(cx: &mut RunContext<'_>, ch: ChanRef) -> Option<u64> {
    let mut out = [0];
    chan::try_recv(cx, ch, &mut out).map(|_| out[0])
}

fn stop_reset_main(s: &mut StopReset, cx: &mut RunContext<'_>) -> Exit {
    loop {
        match s.pc {
            0 => {
                // Stop before it fires: true, and nothing ever arrives.
                let (ch, t) = new_timer(cx, 5 * MS, 0);
                assert!(rtime::stop(cx, t));
                assert!(!rtime::stop(cx, t), "second Stop: already stopped");
                s.ch = ch;
                s.t = Some(t);
                s.pc = 1;
            }
            1 => {
                ready!(rtime::sleep(cx, 15 * MS));
                assert_eq!(pending_value(cx, s.ch), None, "a stopped timer sends nothing");
                // Let it fire, unreceived; Stop then drains it and reports true.
                let (ch, t) = new_timer(cx, 2 * MS, 0);
                s.ch = ch;
                s.t = Some(t);
                s.pc = 2;
            }
            2 => {
                ready!(rtime::sleep(cx, 10 * MS));
                let t = s.t.unwrap();
                assert!(rtime::stop(cx, t), "fired but not received counts as stopped in Go 1.23");
                assert_eq!(pending_value(cx, s.ch), None, "no stale value after Stop");
                // Fired and received: Stop reports false.
                let (ch, t) = new_timer(cx, MS, 0);
                s.ch = ch;
                s.t = Some(t);
                s.pc = 3;
            }
            3 => {
                let mut out = [0];
                ready!(chan::recv(cx, s.ch, &mut out));
                assert!(!rtime::stop(cx, s.t.unwrap()));
                // Reset a fired, unreceived timer: true, and only the new value arrives.
                let (ch, t) = new_timer(cx, MS, 0);
                s.ch = ch;
                s.t = Some(t);
                s.pc = 4;
            }
            4 => {
                ready!(rtime::sleep(cx, 8 * MS));
                s.reset_at = cx.now();
                assert!(rtime::reset(cx, s.t.unwrap(), 5 * MS, 0));
                assert_eq!(pending_value(cx, s.ch), None, "Reset drains the old value");
                s.pc = 5;
            }
            _ => {
                let mut out = [0];
                ready!(chan::recv(cx, s.ch, &mut out));
                assert!(out[0] as i64 >= s.reset_at + 5 * MS, "the value is from the new setting");
                assert!(!rtime::reset(cx, s.t.unwrap(), 50 * MS, 0), "received: not pending");
                assert!(rtime::stop(cx, s.t.unwrap()));
                return Exit::Terminate(0);
            }
        }
    }
}

#[test]
fn stop_and_reset_follow_go_1_23() {
    for procs in [1, 2] {
        let st = StopReset { pc: 0, ch: ChanRef::NIL, t: None, reset_at: 0 };
        assert_eq!(run_with(procs, Machine::boxed("main", st, stop_reset_main)), RunOutcome::Exited(0));
    }
}

/// A ticker delivers ticks spaced by its period; after Stop no more arrive.
struct Tick {
    pc: u8,
    ch: ChanRef,
    t: Option<TimerRef>,
    last: i64,
    ticks: u32,
}

fn ticker_main(s: &mut Tick, cx: &mut RunContext<'_>) -> Exit {
    loop {
        match s.pc {
            0 => {
                let (ch, t) = new_timer(cx, 5 * MS, 5 * MS);
                s.ch = ch;
                s.t = Some(t);
                s.pc = 1;
            }
            1 => {
                let mut out = [0];
                ready!(chan::recv(cx, s.ch, &mut out));
                let when = out[0] as i64;
                if s.ticks > 0 {
                    assert!(when - s.last >= 5 * MS, "ticks are a period apart");
                }
                s.last = when;
                s.ticks += 1;
                if s.ticks == 6 {
                    rtime::stop(cx, s.t.unwrap());
                    s.pc = 2;
                }
            }
            _ => {
                ready!(rtime::sleep(cx, 20 * MS));
                assert_eq!(pending_value(cx, s.ch), None, "no tick after Stop");
                return Exit::Terminate(0);
            }
        }
    }
}

#[test]
fn ticker_ticks_until_stopped() {
    for procs in [1, 2] {
        let st = Tick { pc: 0, ch: ChanRef::NIL, t: None, last: 0, ticks: 0 };
        assert_eq!(run_with(procs, Machine::boxed("main", st, ticker_main)), RunOutcome::Exited(0));
    }
}

/// AfterFunc through the VM hooks: the function word comes back to `after_func`.
struct FuncHooks {
    fired: Arc<AtomicU64>,
}

impl Hooks for FuncHooks {
    fn timer_value(&self, when: i64, out: &mut [u64]) {
        out[0] = when as u64;
    }

    fn after_func(&self, func: u64) -> Box<dyn Task> {
        Machine::boxed("afterfunc", (func, self.fired.clone()), |s, _cx| {
            s.1.fetch_add(s.0, Ordering::SeqCst);
            Exit::Done
        })
    }

    fn trace_roots(&self, marker: &mut Marker) {
        TestHooks.trace_roots(marker);
    }
}

fn after_func_main(pc: &mut u8, cx: &mut RunContext<'_>) -> Exit {
    if *pc == 0 {
        keep(rtime::after_func(cx, 5 * MS, 1).to_word());
        let stopped = rtime::after_func(cx, 5 * MS, 100);
        keep(stopped.to_word());
        assert!(rtime::stop(cx, stopped), "stopped before it ran");
        *pc = 1;
    }
    ready!(rtime::sleep(cx, 20 * MS));
    Exit::Terminate(0)
}

#[test]
fn after_func_runs_a_goroutine() {
    for procs in [1, 2] {
        let fired = Arc::new(AtomicU64::new(0));
        let config = Config { hooks: Arc::new(FuncHooks { fired: fired.clone() }), ..Config::with_procs(procs) };
        assert_eq!(run_config(config, Machine::boxed("main", 0u8, after_func_main)), RunOutcome::Exited(0));
        assert_eq!(fired.load(Ordering::SeqCst), 1);
    }
}

/// A select with a timeout case (`case <-time.After(d)`).
fn select_timeout(pc: &mut (u8, ChanRef, ChanRef, i64), cx: &mut RunContext<'_>) -> Exit {
    if pc.0 == 0 {
        pc.1 = make_chan(cx, 1, 0);
        pc.2 = new_timer(cx, 10 * MS, 0).0;
        pc.3 = cx.now();
        pc.0 = 1;
    }
    let cases = [SelectCase { channel: pc.1, send: None }, SelectCase { channel: pc.2, send: None }];
    let sel = ready_or_panic!(select(cx, &cases, true)).unwrap();
    assert_eq!(sel.index, 1);
    assert!(cx.now() - pc.3 >= 10 * MS);
    Exit::Terminate(0)
}

#[test]
fn select_with_timeout() {
    for procs in [1, 2] {
        let st = (0u8, ChanRef::NIL, ChanRef::NIL, 0i64);
        assert_eq!(run_with(procs, Machine::boxed("main", st, select_timeout)), RunOutcome::Exited(0));
    }
}

/// Many goroutines sleeping short random durations on many processors: all wake.
fn many_sleepers(s: &mut (u8, Arc<AtomicU64>), cx: &mut RunContext<'_>) -> Exit {
    const N: u64 = 2_000;
    if s.0 == 0 {
        for i in 0..N {
            let done = s.1.clone();
            cx.spawn(Machine::boxed("sleeper", (i, done), |s, cx| {
                ready!(rtime::sleep(cx, ((s.0 * 7919) % 5_000_000) as i64));
                s.1.fetch_add(1, Ordering::SeqCst);
                Exit::Done
            }));
        }
        s.0 = 1;
    }
    if s.1.load(Ordering::SeqCst) < N {
        ready!(rtime::sleep(cx, MS));
        return Exit::Yield;
    }
    Exit::Terminate(0)
}

#[test]
fn many_sleepers_all_wake() {
    let started = Instant::now();
    for procs in [1, 2, 8] {
        let done = Arc::new(AtomicU64::new(0));
        assert_eq!(run_with(procs, Machine::boxed("main", (0u8, done), many_sleepers)), RunOutcome::Exited(0));
    }
    assert!(started.elapsed() < Duration::from_secs(10));
    let _ = AtomicBool::new(false);
    let _ = Blocking::Ready(());
}
