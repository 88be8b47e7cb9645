//! Unbuffered ping-pong: 1,000,000 round trips between two goroutines.

mod common;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

use common::*;
use runtime::chan::{self, ChanRef};
use runtime::{Exit, RunContext, RunOutcome};

struct Main {
    pc: u8,
    i: u64,
    rounds: u64,
    value: u64,
    ping: ChanRef,
    pong: ChanRef,
    result: Arc<AtomicU64>,
    budget: u32,
}

struct Echo {
    ping: ChanRef,
    pong: ChanRef,
    pc: u8,
    v: u64,
    budget: u32,
}

fn main_step(s: &mut Main, cx: &mut RunContext<'_>) -> Exit {
    loop {
        match s.pc {
            0 => {
                s.ping = make_chan(cx, 1, 0);
                s.pong = make_chan(cx, 1, 0);
                let (ping, pong) = (s.ping, s.pong);
                cx.spawn(Machine::boxed("main.func1", Echo { ping, pong, pc: 0, v: 0, budget: 0 }, echo_step));
                s.pc = 1;
            }
            1 => {
                if s.i == s.rounds {
                    chan::close(cx, s.ping).unwrap();
                    s.result.store(s.value, Ordering::SeqCst);
                    return Exit::Terminate(0);
                }
                ready_or_panic!(chan::send(cx, s.ping, &[s.value]));
                s.pc = 2;
            }
            _ => {
                let mut out = [0];
                let ok = ready!(chan::recv(cx, s.pong, &mut out));
                assert!(ok);
                s.value = out[0];
                s.i += 1;
                s.pc = 1;
                if charge(&mut s.budget, cx) {
                    return Exit::Yield;
                }
            }
        }
    }
}

fn echo_step(s: &mut Echo, cx: &mut RunContext<'_>) -> Exit {
    loop {
        if s.pc == 0 {
            let mut out = [0];
            if !ready!(chan::recv(cx, s.ping, &mut out)) {
                chan::close(cx, s.pong).unwrap();
                return Exit::Done;
            }
            s.v = out[0];
            s.pc = 1;
        } else {
            ready_or_panic!(chan::send(cx, s.pong, &[s.v + 1]));
            s.pc = 0;
            if charge(&mut s.budget, cx) {
                return Exit::Yield;
            }
        }
    }
}

fn pingpong(procs: usize, rounds: u64) -> f64 {
    let result = Arc::new(AtomicU64::new(0));
    let main = Main { pc: 0, i: 0, rounds, value: 0, ping: ChanRef::NIL, pong: ChanRef::NIL, result: result.clone(), budget: 0 };
    let start = Instant::now();
    let outcome = run_with(procs, Machine::boxed("main", main, main_step));
    let elapsed = start.elapsed();
    assert_eq!(outcome, RunOutcome::Exited(0));
    assert_eq!(result.load(Ordering::SeqCst), rounds, "every round trip adds one");
    elapsed.as_nanos() as f64 / rounds as f64
}

#[test]
fn pingpong_million_round_trips() {
    for procs in [1, 2] {
        let ns = pingpong(procs, 1_000_000);
        eprintln!("pingpong GOMAXPROCS={procs}: {ns:.0} ns per round trip");
    }
}

#[test]
fn pingpong_many_procs_small() {
    for procs in [1, 2, 8] {
        for _ in 0..20 {
            pingpong(procs, 2_000);
        }
    }
}
