//! Buffered producers/consumers and close semantics.

mod common;

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;

use common::*;
use runtime::chan::{self, ChanRef};
use runtime::{Exit, GoError, RunContext, RunOutcome};

const PRODUCERS: u64 = 8;
const CONSUMERS: u64 = 8;
const PER_PRODUCER: u64 = 20_000;

struct Hub {
    pc: u8,
    data: ChanRef,
    done: ChanRef,
    finished: u64,
    sum: Arc<AtomicU64>,
    count: Arc<AtomicU64>,
}

struct Producer {
    data: ChanRef,
    done: ChanRef,
    base: u64,
    i: u64,
    budget: u32,
}

struct Consumer {
    data: ChanRef,
    done: ChanRef,
    sum: u64,
    count: u64,
    total_sum: Arc<AtomicU64>,
    total_count: Arc<AtomicU64>,
    pc: u8,
    budget: u32,
}

fn hub(s: &mut Hub, cx: &mut RunContext<'_>) -> Exit {
    loop {
        match s.pc {
            0 => {
                s.data = make_chan(cx, 2, 16);
                s.done = make_chan(cx, 1, 0);
                assert_eq!(chan::cap(s.data), 16);
                for p in 0..PRODUCERS {
                    let st = Producer { data: s.data, done: s.done, base: p * PER_PRODUCER, i: 0, budget: 0 };
                    cx.spawn(Machine::boxed("producer", st, producer));
                }
                for _ in 0..CONSUMERS {
                    let st = Consumer {
                        data: s.data,
                        done: s.done,
                        sum: 0,
                        count: 0,
                        total_sum: s.sum.clone(),
                        total_count: s.count.clone(),
                        pc: 0,
                        budget: 0,
                    };
                    cx.spawn(Machine::boxed("consumer", st, consumer));
                }
                s.pc = 1;
            }
            1 => {
                // Wait for the producers, then close the data channel.
                let mut out = [0];
                ready!(chan::recv(cx, s.done, &mut out));
                s.finished += 1;
                if s.finished == PRODUCERS {
                    chan::close(cx, s.data).unwrap();
                    s.pc = 2;
                }
            }
            _ => {
                let mut out = [0];
                ready!(chan::recv(cx, s.done, &mut out));
                s.finished += 1;
                if s.finished == PRODUCERS + CONSUMERS {
                    return Exit::Terminate(0);
                }
            }
        }
    }
}

fn producer(s: &mut Producer, cx: &mut RunContext<'_>) -> Exit {
    while s.i < PER_PRODUCER {
        let v = s.base + s.i;
        ready_or_panic!(chan::send(cx, s.data, &[v, v * 2]));
        s.i += 1;
        if charge(&mut s.budget, cx) {
            return Exit::Yield;
        }
    }
    ready_or_panic!(chan::send(cx, s.done, &[1]));
    Exit::Done
}

fn consumer(s: &mut Consumer, cx: &mut RunContext<'_>) -> Exit {
    loop {
        if s.pc == 0 {
            let mut out = [0, 0];
            if !ready!(chan::recv(cx, s.data, &mut out)) {
                assert_eq!(out, [0, 0], "a closed channel yields the zero value");
                s.total_sum.fetch_add(s.sum, Ordering::SeqCst);
                s.total_count.fetch_add(s.count, Ordering::SeqCst);
                s.pc = 1;
                continue;
            }
            assert_eq!(out[1], out[0] * 2, "element words travel together");
            s.sum += out[0];
            s.count += 1;
            if charge(&mut s.budget, cx) {
                return Exit::Yield;
            }
        } else {
            ready_or_panic!(chan::send(cx, s.done, &[1]));
            return Exit::Done;
        }
    }
}

fn producers_consumers(procs: usize) {
    let sum = Arc::new(AtomicU64::new(0));
    let count = Arc::new(AtomicU64::new(0));
    let st = Hub { pc: 0, data: ChanRef::NIL, done: ChanRef::NIL, finished: 0, sum: sum.clone(), count: count.clone() };
    assert_eq!(run_with(procs, Machine::boxed("main", st, hub)), RunOutcome::Exited(0));
    let n = PRODUCERS * PER_PRODUCER;
    assert_eq!(count.load(Ordering::SeqCst), n);
    assert_eq!(sum.load(Ordering::SeqCst), n * (n - 1) / 2);
}

#[test]
fn buffered_producers_consumers() {
    for procs in [1, 2, 8] {
        producers_consumers(procs);
    }
}

/// Receivers blocked on a channel are all released by close with ok == false; a sender
/// blocked on it panics; closing twice or a nil channel panics.
struct Closer {
    pc: u8,
    ch: ChanRef,
    released: Arc<AtomicUsize>,
    log: Arc<parking_lot::Mutex<Vec<String>>>,
}

struct Waiter {
    ch: ChanRef,
    send: bool,
    released: Arc<AtomicUsize>,
    log: Arc<parking_lot::Mutex<Vec<String>>>,
}

fn waiter(s: &mut Waiter, cx: &mut RunContext<'_>) -> Exit {
    if s.send {
        match chan::send(cx, s.ch, &[7]) {
            Ok(runtime::Blocking::Park(p)) => return Exit::Park(p),
            Ok(runtime::Blocking::Ready(())) => s.log.lock().push("sent".into()),
            Err(GoError::Panic(text)) => s.log.lock().push(text.into()),
            Err(e) => panic!("{e:?}"),
        }
    } else {
        let mut out = [99];
        if ready!(chan::recv(cx, s.ch, &mut out)) {
            s.log.lock().push(format!("received {}", out[0]));
        } else {
            assert_eq!(out, [0], "closed: zero value");
        }
    }
    s.released.fetch_add(1, Ordering::SeqCst);
    Exit::Done
}

fn closer(s: &mut Closer, cx: &mut RunContext<'_>) -> Exit {
    loop {
        match s.pc {
            0 => {
                s.ch = make_chan(cx, 1, 0);
                for i in 0..10 {
                    let w = Waiter { ch: s.ch, send: i == 3, released: s.released.clone(), log: s.log.clone() };
                    cx.spawn(Machine::boxed("waiter", w, waiter));
                }
                s.pc = 1;
                // Let every waiter block.
                return Exit::Yield;
            }
            1 => {
                // A sender and nine receivers on one unbuffered channel cannot all be
                // parked: the sender pairs with a receiver and both finish.
                if s.released.load(Ordering::SeqCst) < 2 || cx.num_goroutine() != 9 {
                    return Exit::Yield;
                }
                s.pc = 2;
            }
            2 => {
                ready!(runtime::time::sleep(cx, 5_000_000));
                s.pc = 3;
            }
            3 => {
                chan::close(cx, s.ch).unwrap();
                s.pc = 4;
            }
            _ => {
                if s.released.load(Ordering::SeqCst) < 10 {
                    return Exit::Yield;
                }
                assert_eq!(chan::close(cx, s.ch), Err(GoError::Panic("close of closed channel")));
                assert_eq!(chan::close(cx, ChanRef::NIL), Err(GoError::Panic("close of nil channel")));
                assert_eq!(chan::send(cx, s.ch, &[1]).err(), Some(GoError::Panic("send on closed channel")));
                let mut out = [5];
                assert!(matches!(chan::recv(cx, s.ch, &mut out), runtime::Blocking::Ready(false)));
                assert_eq!(chan::try_recv(cx, s.ch, &mut out), Some(false));
                return Exit::Terminate(0);
            }
        }
    }
}

#[test]
fn close_releases_receivers_and_panics_senders() {
    for procs in [1, 2] {
        let released = Arc::new(AtomicUsize::new(0));
        let log = Arc::new(parking_lot::Mutex::new(Vec::new()));
        let st = Closer { pc: 0, ch: ChanRef::NIL, released: released.clone(), log: log.clone() };
        assert_eq!(run_with(procs, Machine::boxed("main", st, closer)), RunOutcome::Exited(0));
        // The sender paired with one receiver before the close; the close released the
        // other nine.
        let mut log = log.lock().clone();
        log.sort();
        assert_eq!(log, ["received 7", "sent"]);
        assert_eq!(released.load(Ordering::SeqCst), 10);
    }
}

/// Closing a channel with a blocked sender makes the sender panic.
struct SendClosed {
    pc: u8,
    ch: ChanRef,
    log: Arc<parking_lot::Mutex<Vec<String>>>,
    released: Arc<AtomicUsize>,
}

fn send_closed(s: &mut SendClosed, cx: &mut RunContext<'_>) -> Exit {
    loop {
        match s.pc {
            0 => {
                s.ch = make_chan(cx, 1, 1);
                ready_or_panic!(chan::send(cx, s.ch, &[1]));
                assert_eq!(chan::len(s.ch), 1);
                let w = Waiter { ch: s.ch, send: true, released: s.released.clone(), log: s.log.clone() };
                cx.spawn(Machine::boxed("sender", w, waiter));
                s.pc = 1;
            }
            1 => {
                ready!(runtime::time::sleep(cx, 2_000_000));
                s.pc = 2;
            }
            2 => {
                ready!(runtime::time::sleep(cx, 2_000_000));
                chan::close(cx, s.ch).unwrap();
                s.pc = 3;
            }
            3 => {
                if s.released.load(Ordering::SeqCst) == 0 {
                    return Exit::Yield;
                }
                // The buffered value survives the close.
                let mut out = [0];
                assert!(matches!(chan::recv(cx, s.ch, &mut out), runtime::Blocking::Ready(true)));
                assert_eq!(out, [1]);
                assert!(matches!(chan::recv(cx, s.ch, &mut out), runtime::Blocking::Ready(false)));
                return Exit::Terminate(0);
            }
            _ => unreachable!(),
        }
    }
}

#[test]
fn close_wakes_blocked_sender_with_panic() {
    for procs in [1, 2] {
        let log = Arc::new(parking_lot::Mutex::new(Vec::new()));
        let st = SendClosed { pc: 0, ch: ChanRef::NIL, log: log.clone(), released: Arc::new(AtomicUsize::new(0)) };
        assert_eq!(run_with(procs, Machine::boxed("main", st, send_closed)), RunOutcome::Exited(0));
        assert_eq!(log.lock().as_slice(), ["send on closed channel"]);
    }
}

/// Non-blocking operations on nil, empty and full channels.
fn nonblocking(s: &mut (), cx: &mut RunContext<'_>) -> Exit {
    let _ = s;
    let c = make_chan(cx, 1, 1);
    let mut out = [0];
    assert_eq!(chan::try_recv(cx, c, &mut out), None);
    assert_eq!(chan::try_send(cx, c, &[4]), Ok(true));
    assert_eq!(chan::try_send(cx, c, &[5]), Ok(false));
    assert_eq!(chan::try_recv(cx, c, &mut out), Some(true));
    assert_eq!(out, [4]);
    assert_eq!(chan::try_send(cx, ChanRef::NIL, &[1]), Ok(false));
    assert_eq!(chan::try_recv(cx, ChanRef::NIL, &mut out), None);
    assert_eq!((chan::len(ChanRef::NIL), chan::cap(ChanRef::NIL)), (0, 0));
    let u = make_chan(cx, 1, 0);
    assert_eq!(chan::try_send(cx, u, &[1]), Ok(false));
    assert_eq!(chan::make_chan(cx, 1, -1, None).err(), Some(GoError::Panic("makechan: size out of range")));
    Exit::Terminate(0)
}

#[test]
fn nonblocking_operations() {
    assert_eq!(run_with(1, Machine::boxed("main", (), nonblocking)), RunOutcome::Exited(0));
}
