//! REPL sessions: a scheduler kept running between inputs. Goroutines started by one
//! input keep running while the REPL waits and during later inputs; a panic or deadlock
//! of one input is reported and the session goes on; an exit from anywhere ends it.

mod common;

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use runtime::chan::{self, ChanRef};
use runtime::heap::Marker;
use runtime::select::select;
use runtime::time as rtime;
use runtime::{Exit, Foreground, Hooks, RunContext, Session, Task};

const MS: i64 = 1_000_000;
const PROCS: [usize; 3] = [1, 2, 8];

/// Ends the test process if a test hangs (a lost wake-up would otherwise block
/// `Session::run` for ever).
struct Watchdog(Option<std::sync::mpsc::Sender<()>>);

impl Watchdog {
    fn new(what: &'static str) -> Watchdog {
        let (tx, rx) = std::sync::mpsc::channel::<()>();
        std::thread::spawn(move || {
            if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = rx.recv_timeout(Duration::from_secs(60)) {
                eprintln!("session test `{what}` hung");
                std::process::exit(101);
            }
        });
        Watchdog(Some(tx))
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        let _ = self.0.take().map(|tx| tx.send(()));
    }
}

fn wait_until(what: &str, mut cond: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !cond() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// An input that returns at once.
fn done() -> Box<dyn Task> {
    Machine::boxed("input", (), |_, _| Exit::Done)
}

/// An input that sets `flag` and returns.
fn flag_input(flag: &Arc<AtomicBool>) -> Box<dyn Task> {
    Machine::boxed("input", flag.clone(), |f, _| {
        f.store(true, Ordering::SeqCst);
        Exit::Done
    })
}

/// An input that sleeps `ms` and returns.
fn sleep_input(ms: i64) -> Box<dyn Task> {
    Machine::boxed("input", ms, |ms, cx| {
        ready!(rtime::sleep(cx, *ms * MS));
        Exit::Done
    })
}

/// An input that starts `task` as a goroutine and returns.
fn go_input(task: Box<dyn Task>) -> Box<dyn Task> {
    Machine::boxed("input", Some(task), |t, cx| {
        cx.spawn(t.take().expect("runs once"));
        Exit::Done
    })
}

/// A background goroutine that counts a tick every 2 ms until `stop`.
#[derive(Clone)]
struct Ticker {
    ticks: Arc<AtomicU64>,
    stop: Arc<AtomicBool>,
}

fn ticker(s: &mut Ticker, cx: &mut RunContext<'_>) -> Exit {
    loop {
        ready!(rtime::sleep(cx, 2 * MS));
        if s.stop.load(Ordering::SeqCst) {
            return Exit::Done;
        }
        s.ticks.fetch_add(1, Ordering::SeqCst);
    }
}

/// Blocks for ever on a receive from `c` (nil: for ever).
fn block_recv(c: &mut ChanRef, cx: &mut RunContext<'_>) -> Exit {
    let mut out = [0];
    ready!(chan::recv(cx, *c, &mut out));
    Exit::Done
}

fn block_select_none(_: &mut (), cx: &mut RunContext<'_>) -> Exit {
    ready_or_panic!(select(cx, &[], true));
    Exit::Done
}

#[test]
fn session_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Session>();
}

#[test]
fn foreground_done_while_a_background_goroutine_ticks() {
    let _dog = Watchdog::new("ticks");
    for procs in PROCS {
        let s = session_with(procs);
        let t = Ticker { ticks: Arc::new(AtomicU64::new(0)), stop: Arc::new(AtomicBool::new(false)) };
        assert_eq!(s.run(go_input(Machine::boxed("ticker", t.clone(), ticker))), Foreground::Done);
        // The REPL waits for input: the ticker goes on.
        wait_until("ticks between inputs", || t.ticks.load(Ordering::SeqCst) >= 5);
        // And during an input that sleeps, and one that returns at once.
        let before = t.ticks.load(Ordering::SeqCst);
        assert_eq!(s.run(sleep_input(20)), Foreground::Done);
        assert!(t.ticks.load(Ordering::SeqCst) > before, "ticks during an input (procs={procs})");
        assert_eq!(s.run(done()), Foreground::Done);
        let before = t.ticks.load(Ordering::SeqCst);
        wait_until("ticks after inputs", || t.ticks.load(Ordering::SeqCst) >= before + 5);
        assert_eq!(s.num_goroutine(), 1);
        t.stop.store(true, Ordering::SeqCst);
        wait_until("the ticker to end", || s.num_goroutine() == 0);
        assert_eq!(s.exit_code(), None);
    }
}

/// A background goroutine that sleeps `.0` ms, then dies of a panic.
fn dies(ms: &mut i64, cx: &mut RunContext<'_>) -> Exit {
    if *ms > 0 {
        ready!(rtime::sleep(cx, *ms * MS));
    }
    Exit::Fatal(format!("panic: boom\n\ngoroutine {} [running]:\nmain.dies()\n", cx.goroutine_id()))
}

#[test]
fn a_background_fatal_error_is_reported_and_the_session_goes_on() {
    let _dog = Watchdog::new("background fatal");
    for procs in PROCS {
        let s = session_with(procs);
        let reports = Arc::new(parking_lot::Mutex::new(Vec::<String>::new()));
        let sink = reports.clone();
        s.set_report(move |text| sink.lock().push(text.to_string()));

        // Between inputs.
        assert_eq!(s.run(go_input(Machine::boxed("dies", 5, dies))), Foreground::Done);
        wait_until("the report", || reports.lock().len() == 1);
        assert_eq!(reports.lock()[0], "panic: boom\n\ngoroutine 5 [running]:\nmain.dies()\n");
        assert_eq!(s.num_goroutine(), 0);

        // During an input: the input still ends normally.
        let input = Machine::boxed("input", 0u8, |pc, cx| {
            if *pc == 0 {
                cx.spawn(Machine::boxed("dies", 0, dies));
                *pc = 1;
            }
            ready!(rtime::sleep(cx, 20 * MS));
            Exit::Done
        });
        assert_eq!(s.run(input), Foreground::Done);
        wait_until("the second report", || reports.lock().len() == 2);

        // The foreground goroutine's own panic ends its input with the text.
        let fatal = Machine::boxed("input", (), |_, cx| Exit::Fatal(format!("panic: fg {}\n", cx.goroutine_id())));
        assert_eq!(s.run(fatal), Foreground::Fatal("panic: fg 8\n".into()));
        assert_eq!(reports.lock().len(), 2, "a foreground panic is not a background report");

        let ran = Arc::new(AtomicBool::new(false));
        assert_eq!(s.run(flag_input(&ran)), Foreground::Done);
        assert!(ran.load(Ordering::SeqCst));
        assert_eq!(s.num_goroutine(), 0);
        assert_eq!(s.exit_code(), None);
    }
}

/// Input that makes a channel, publishes it, and blocks receiving from it; sets `.2` once
/// it got a value.
fn recv_forever(s: &mut (u8, Arc<AtomicU64>, Arc<AtomicBool>), cx: &mut RunContext<'_>) -> Exit {
    if s.0 == 0 {
        let c = make_chan(cx, 1, 0);
        s.1.store(c.to_word(), Ordering::SeqCst);
        s.0 = 1;
    }
    // SAFETY: the channel is kept alive by the test roots.
    let c = unsafe { ChanRef::from_word(s.1.load(Ordering::SeqCst)) };
    let mut out = [0];
    ready!(chan::recv(cx, c, &mut out));
    assert_eq!(out[0], 42);
    s.2.store(true, Ordering::SeqCst);
    Exit::Done
}

#[test]
fn a_foreground_deadlock_is_reported_and_the_session_goes_on() {
    let _dog = Watchdog::new("deadlock");
    for procs in PROCS {
        let s = session_with(procs);
        // Goroutine 5 blocks for ever; between inputs that is no deadlock.
        assert_eq!(s.run(go_input(Machine::boxed("blocked", ChanRef::NIL, block_recv))), Foreground::Done);
        std::thread::sleep(Duration::from_millis(20));

        // Input goroutine 6 blocks too: everything is asleep.
        let chan_word = Arc::new(AtomicU64::new(0));
        let received = Arc::new(AtomicBool::new(false));
        let state = (0u8, chan_word.clone(), received.clone());
        let Foreground::Deadlock(report) = s.run(Machine::boxed("input", state, recv_forever)) else {
            panic!("expected a deadlock (procs={procs})")
        };
        assert!(report.starts_with("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine "), "{report}");
        assert!(report.contains("\ngoroutine 5 [chan receive (nil chan)]:\nmain.blocked()\n"), "{report}");
        assert!(report.contains("\ngoroutine 6 [chan receive]:\nmain.input()\n"), "{report}");
        assert_eq!(s.num_goroutine(), 2);

        // The next input runs; it wakes the deadlocked one, which ends in the background.
        let send = Machine::boxed("input", chan_word.clone(), |w, cx| {
            // SAFETY: kept alive by the test roots.
            let c = unsafe { ChanRef::from_word(w.load(Ordering::SeqCst)) };
            ready_or_panic!(chan::send(cx, c, &[42]));
            Exit::Done
        });
        assert_eq!(s.run(send), Foreground::Done);
        wait_until("the old input to finish", || received.load(Ordering::SeqCst));
        wait_until("its goroutine to end", || s.num_goroutine() == 1);

        // A blocked input with a sleeping goroutine around is no deadlock.
        let state = (0u8, chan_word.clone(), Arc::new(AtomicBool::new(false)));
        let input = Machine::boxed("input", (state, 0u8), |(st, pc), cx| {
            if *pc == 0 {
                let c = make_chan(cx, 1, 0);
                st.1.store(c.to_word(), Ordering::SeqCst);
                cx.spawn(Machine::boxed("late", c, |c, cx| {
                    ready!(rtime::sleep(cx, 10 * MS));
                    ready_or_panic!(chan::send(cx, *c, &[42]));
                    Exit::Done
                }));
                st.0 = 1;
                *pc = 1;
            }
            recv_forever(st, cx)
        });
        assert_eq!(s.run(input), Foreground::Done);

        // A second deadlock in the same session.
        let state = (0u8, Arc::new(AtomicU64::new(0)), Arc::new(AtomicBool::new(false)));
        assert!(matches!(s.run(Machine::boxed("input", state, recv_forever)), Foreground::Deadlock(_)));
        assert_eq!(s.run(done()), Foreground::Done);
        assert_eq!(s.exit_code(), None);
    }
}

#[test]
fn an_idle_session_with_every_goroutine_blocked_is_not_deadlocked() {
    let _dog = Watchdog::new("idle");
    for procs in PROCS {
        let s = session_with(procs);
        let input = Machine::boxed("input", (), |_, cx| {
            cx.spawn(Machine::boxed("nil", ChanRef::NIL, block_recv));
            cx.spawn(Machine::boxed("none", (), block_select_none));
            let c = make_chan(cx, 1, 0);
            cx.spawn(Machine::boxed("recv", c, block_recv));
            Exit::Done
        });
        assert_eq!(s.run(input), Foreground::Done);
        std::thread::sleep(Duration::from_millis(30));
        assert_eq!(s.num_goroutine(), 3);
        assert_eq!(s.exit_code(), None);
        // The next input runs normally (no stale deadlock is waiting for it).
        let ran = Arc::new(AtomicBool::new(false));
        assert_eq!(s.run(flag_input(&ran)), Foreground::Done);
        assert!(ran.load(Ordering::SeqCst));
        // Goexit of the input ends it too.
        assert_eq!(s.run(Machine::boxed("input", (), |_, _| Exit::Goexit)), Foreground::Done);
        assert_eq!(s.num_goroutine(), 3);
    }
}

/// Sleeps `.0` ms, then `os.Exit(.1)`.
fn exits(s: &mut (i64, i32), cx: &mut RunContext<'_>) -> Exit {
    ready!(rtime::sleep(cx, s.0 * MS));
    Exit::Terminate(s.1)
}

#[test]
fn an_exit_from_a_background_goroutine_ends_the_session() {
    let _dog = Watchdog::new("exit");
    for procs in PROCS {
        // During an input that is blocked.
        {
            let s = session_with(procs);
            let input = Machine::boxed("input", 0u8, |pc, cx| {
                if *pc == 0 {
                    cx.spawn(Machine::boxed("exits", (5, 3), exits));
                    *pc = 1;
                }
                let c = make_chan(cx, 1, 0);
                let mut out = [0];
                ready!(chan::recv(cx, c, &mut out));
                Exit::Done
            });
            assert_eq!(s.run(input), Foreground::Exit(3));
            assert_eq!(s.exit_code(), Some(3));
            let ran = Arc::new(AtomicBool::new(false));
            assert_eq!(s.run(flag_input(&ran)), Foreground::Exit(3));
            assert!(!ran.load(Ordering::SeqCst), "no input runs after an exit");
        }
        // Between inputs: `wait_exit` wakes up, and the next input is not run.
        {
            let s = session_with(procs);
            let session: &Session = &s;
            std::thread::scope(|scope| {
                let waiter = scope.spawn(|| session.wait_exit());
                assert_eq!(session.run(go_input(Machine::boxed("exits", (10, 4), exits))), Foreground::Done);
                wait_until("the exit", || session.exit_code().is_some());
                assert_eq!(waiter.join().unwrap(), 4);
            });
            assert_eq!(s.exit_code(), Some(4));
            let ran = Arc::new(AtomicBool::new(false));
            assert_eq!(s.run(flag_input(&ran)), Foreground::Exit(4));
            assert!(!ran.load(Ordering::SeqCst));
        }
        // The input itself exits.
        {
            let s = session_with(procs);
            assert_eq!(s.run(Machine::boxed("input", (), |_, _| Exit::Terminate(0))), Foreground::Exit(0));
            assert_eq!(s.exit_code(), Some(0));
        }
    }
}

/// Test hooks that also count how often the collector asked for the VM's roots.
struct CountingHooks(Arc<AtomicUsize>);

impl Hooks for CountingHooks {
    fn timer_value(&self, when: i64, out: &mut [u64]) {
        TestHooks.timer_value(when, out)
    }

    fn after_func(&self, func: u64) -> Box<dyn Task> {
        TestHooks.after_func(func)
    }

    fn trace_roots(&self, marker: &mut Marker) {
        self.0.fetch_add(1, Ordering::SeqCst);
        TestHooks.trace_roots(marker)
    }
}

/// A goroutine that asks for `remaining` collections one after the other, making
/// garbage before each; sets `done` at the end.
struct Collector {
    remaining: u32,
    waiting_for: u64,
    done: Arc<AtomicBool>,
}

fn collector(s: &mut Collector, cx: &mut RunContext<'_>) -> Exit {
    if cx.gc_count() < s.waiting_for {
        return Exit::Yield;
    }
    if s.remaining == 0 {
        s.done.store(true, Ordering::SeqCst);
        return Exit::Done;
    }
    s.remaining -= 1;
    for _ in 0..1000 {
        let _ = cx.alloc().alloc(runtime::heap::ObjKind::Noscan, 16);
    }
    s.waiting_for = cx.gc_count() + 1;
    cx.request_gc();
    Exit::Yield
}

/// Waits for one collection (requested by itself), then returns.
fn gc_input(s: &mut (u8, u64), cx: &mut RunContext<'_>) -> Exit {
    if s.0 == 0 {
        s.1 = cx.gc_count();
        cx.request_gc();
        s.0 = 1;
        return Exit::Yield;
    }
    if cx.gc_count() == s.1 {
        return Exit::Yield;
    }
    Exit::Done
}

#[test]
fn collections_run_during_and_between_inputs() {
    let _dog = Watchdog::new("gc");
    for procs in PROCS {
        let s = session_with(procs);
        // Ten goroutines parked on a channel, traced by every collection.
        let traced = Arc::new(AtomicUsize::new(0));
        let chan_word = Arc::new(AtomicU64::new(0));
        let input = Machine::boxed("input", (traced.clone(), chan_word.clone()), |(traced, word), cx| {
            let c = make_chan(cx, 1, 0);
            word.store(c.to_word(), Ordering::SeqCst);
            for _ in 0..10 {
                let mut m = Machine { state: c, step: block_recv, name: "parked", traced: None };
                m.traced = Some(traced.clone());
                cx.spawn(Box::new(m));
            }
            Exit::Done
        });
        assert_eq!(s.run(input), Foreground::Done);

        // New hooks, as the VM passes after each input.
        let roots = Arc::new(AtomicUsize::new(0));
        s.set_hooks(Arc::new(CountingHooks(roots.clone())));
        traced.store(0, Ordering::SeqCst);
        assert_eq!(s.run(Machine::boxed("input", (0u8, 0u64), gc_input)), Foreground::Done);
        assert!(traced.load(Ordering::SeqCst) >= 10, "every parked goroutine traced (procs={procs})");
        assert!(roots.load(Ordering::SeqCst) >= 1, "the new hooks' roots traced");

        // Collections asked for by a background goroutine while the REPL waits.
        let collected = Arc::new(AtomicBool::new(false));
        let bg = Machine::boxed("collector", Collector { remaining: 3, waiting_for: 0, done: collected.clone() }, collector);
        assert_eq!(s.run(go_input(bg)), Foreground::Done);
        wait_until("background collections", || collected.load(Ordering::SeqCst));

        // The parked goroutines survived every collection: close their channel.
        let close = Machine::boxed("input", chan_word.clone(), |w, cx| {
            // SAFETY: kept alive by the test roots.
            let c = unsafe { ChanRef::from_word(w.load(Ordering::SeqCst)) };
            chan::close(cx, c).unwrap();
            Exit::Done
        });
        assert_eq!(s.run(close), Foreground::Done);
        wait_until("the parked goroutines to end", || s.num_goroutine() == 0);
    }
}

/// One input: a helper goroutine sends the input's id, the input receives it; some
/// inputs end with Goexit or a panic instead of returning.
fn round_trip(s: &mut (u8, u64, ChanRef, Arc<parking_lot::Mutex<Vec<u64>>>), cx: &mut RunContext<'_>) -> Exit {
    if s.0 == 0 {
        s.2 = make_chan(cx, 1, 0);
        let id = cx.goroutine_id();
        cx.spawn(Machine::boxed("helper", (s.2, id), |(c, id), cx| {
            ready_or_panic!(chan::send(cx, *c, &[*id]));
            Exit::Done
        }));
        s.0 = 1;
    }
    let mut out = [0];
    ready!(chan::recv(cx, s.2, &mut out));
    assert_eq!(out[0], cx.goroutine_id());
    s.3.lock().push(out[0]);
    match s.1 % 7 {
        3 => Exit::Goexit,
        5 => Exit::Fatal("panic: five\n".into()),
        _ => Exit::Done,
    }
}

#[test]
fn a_hundred_inputs_in_a_row() {
    let _dog = Watchdog::new("hundred");
    for procs in PROCS {
        let s = session_with(procs);
        let ids = Arc::new(parking_lot::Mutex::new(Vec::new()));
        for i in 0..100u64 {
            let expected = if i % 7 == 5 { Foreground::Fatal("panic: five\n".into()) } else { Foreground::Done };
            let input = Machine::boxed("input", (0u8, i, ChanRef::NIL, ids.clone()), round_trip);
            assert_eq!(s.run(input), expected, "input {i} (procs={procs})");
        }
        let ids = ids.lock().clone();
        assert_eq!(ids.len(), 100);
        assert_eq!(ids[0], 1, "the first input is goroutine 1");
        assert!(ids.windows(2).all(|w| w[0] < w[1]), "ids increase: {ids:?}");
        wait_until("helpers to end", || s.num_goroutine() == 0);
    }
}

#[test]
fn gomaxprocs_changes_and_preemption_across_inputs() {
    let _dog = Watchdog::new("gomaxprocs");
    for procs in PROCS {
        let s = session_with(procs);
        // A goroutine that never blocks: inputs still run (it is preempted).
        let stop = Arc::new(AtomicBool::new(false));
        let spinner = Machine::boxed("spinner", (stop.clone(), 0u32), |(stop, budget), cx| loop {
            if stop.load(Ordering::SeqCst) {
                return Exit::Done;
            }
            if charge(budget, cx) {
                return Exit::Yield;
            }
        });
        assert_eq!(s.run(go_input(spinner)), Foreground::Done);
        let other = if procs == 2 { 3 } else { 2 };
        let set = Machine::boxed("input", (0u8, other), |(pc, n), cx| {
            if *pc == 0 {
                cx.set_gomaxprocs(*n as i64);
                *pc = 1;
            }
            // The change happens in a world stop once this goroutine yields.
            if cx.gomaxprocs() != *n {
                return Exit::Yield;
            }
            Exit::Done
        });
        assert_eq!(s.run(set), Foreground::Done);
        for _ in 0..5 {
            assert_eq!(s.run(sleep_input(1)), Foreground::Done);
        }
        let seen = Arc::new(AtomicUsize::new(0));
        let get = Machine::boxed("input", seen.clone(), |seen, cx| {
            seen.store(cx.gomaxprocs(), Ordering::SeqCst);
            Exit::Done
        });
        assert_eq!(s.run(get), Foreground::Done);
        assert_eq!(seen.load(Ordering::SeqCst), other);
        stop.store(true, Ordering::SeqCst);
        wait_until("the spinner to end", || s.num_goroutine() == 0);
    }
}
