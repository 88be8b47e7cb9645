//! Putting an idle worker to sleep (Tokio's `park.rs`, Go's `stopm` + `netpoll(delay)`).
//!
//! Each processor has a [`Parker`] with a state word:
//! `EMPTY` → `PARKED_CONDVAR` (sleeping on its condition variable) or `PARKED_DRIVER`
//! (blocked in `mio::Poll::poll`, the one worker holding `Shared::poll`), and back;
//! `NOTIFIED` records an `unpark` that came before the `park`, so no wake-up is lost.
//!
//! Protocol of `park`:
//! 1. If the state is `NOTIFIED`, consume it and return.
//! 2. If the driver lock is free, take it and become the poller: CAS `EMPTY` →
//!    `PARKED_DRIVER`, publish the poll deadline, poll, then swap back to `EMPTY`.
//! 3. Otherwise lock the condvar mutex, CAS `EMPTY` → `PARKED_CONDVAR` and wait until an
//!    `unpark` swaps in `NOTIFIED`.
//!
//! `unpark` swaps in `NOTIFIED`; if it replaced `PARKED_CONDVAR` it takes the mutex
//! (so the sleeper is really waiting) and signals; if it replaced `PARKED_DRIVER` it wakes
//! the poller through the `mio::Waker`.

use std::time::Duration;

use super::Shared;
use crate::primitives::{AtomicU8, Condvar, Mutex, Ordering};

const EMPTY: u8 = 0;
const PARKED_CONDVAR: u8 = 1;
const PARKED_DRIVER: u8 = 2;
const NOTIFIED: u8 = 3;

/// Deadlines no timer reaches: poll without timeout.
const FOREVER: i64 = i64::MAX;

pub(crate) struct Parker {
    state: AtomicU8,
    mutex: Mutex<()>,
    condvar: Condvar,
}

impl Parker {
    pub(crate) fn new() -> Parker {
        Parker { state: AtomicU8::new(EMPTY), mutex: Mutex::new(()), condvar: Condvar::new() }
    }

    /// Sleeps until `unpark`, a timer deadline (as poller) or a poller wake-up.
    /// Returns whether this worker was the poller.
    pub(crate) fn park(&self, shared: &Shared) -> bool {
        if self.state.compare_exchange(NOTIFIED, EMPTY, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
            return false;
        }
        if let Some(mut poll) = shared.poll.try_lock() {
            self.park_driver(shared, &mut poll);
            return true;
        }
        self.park_condvar();
        false
    }

    fn park_driver(&self, shared: &Shared, poll: &mut mio::Poll) {
        if let Err(actual) = self.state.compare_exchange(EMPTY, PARKED_DRIVER, Ordering::SeqCst, Ordering::SeqCst) {
            debug_assert_eq!(actual, NOTIFIED);
            self.state.swap(EMPTY, Ordering::SeqCst);
            return;
        }
        // Publish the deadline, then read the timers again: a timer added in between
        // either sees our deadline (and wakes us) or is seen here (SeqCst on both sides).
        let mut deadline = shared.earliest_timer().unwrap_or(FOREVER);
        shared.poll_until.store(deadline, Ordering::SeqCst);
        if let Some(again) = shared.earliest_timer() {
            if again < deadline {
                deadline = again;
                shared.poll_until.store(deadline, Ordering::SeqCst);
            }
        }
        if !shared.shutdown.load(Ordering::SeqCst) {
            let timeout = (deadline != FOREVER)
                .then(|| Duration::from_nanos((deadline - shared.now()).max(0) as u64));
            let mut events = mio::Events::with_capacity(8);
            if let Err(err) = poll.poll(&mut events, timeout) {
                if err.kind() != std::io::ErrorKind::Interrupted {
                    panic!("minigo: poll failed: {err}");
                }
            }
        }
        shared.poll_until.store(0, Ordering::SeqCst);
        self.state.swap(EMPTY, Ordering::SeqCst);
    }

    fn park_condvar(&self) {
        let mut guard = self.mutex.lock();
        if let Err(actual) = self.state.compare_exchange(EMPTY, PARKED_CONDVAR, Ordering::SeqCst, Ordering::SeqCst) {
            debug_assert_eq!(actual, NOTIFIED);
            self.state.swap(EMPTY, Ordering::SeqCst);
            return;
        }
        loop {
            self.condvar.wait(&mut guard);
            if self.state.compare_exchange(NOTIFIED, EMPTY, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
                return;
            }
        }
    }

    pub(crate) fn unpark(&self, shared: &Shared) {
        match self.state.swap(NOTIFIED, Ordering::SeqCst) {
            EMPTY | NOTIFIED => {}
            PARKED_CONDVAR => {
                // Taking the mutex orders this notify after the sleeper's wait began.
                drop(self.mutex.lock());
                self.condvar.notify_one();
            }
            PARKED_DRIVER => {
                let _ = shared.waker.wake();
            }
            other => unreachable!("minigo bug: parker state {other}"),
        }
    }
}

impl Shared {
    /// The earliest timer deadline of any active processor.
    pub(crate) fn earliest_timer(&self) -> Option<i64> {
        self.processors[..self.procs()]
            .iter()
            .map(|p| p.next_timer.load(Ordering::SeqCst))
            .filter(|&w| w != 0)
            .min()
    }

    /// Called after a timer with deadline `when` was added: wake the poller if it sleeps
    /// past it (Go's `wakeNetPoller`).
    pub(crate) fn timer_added(&self, when: i64) {
        let until = self.poll_until.load(Ordering::SeqCst);
        if until != 0 && when < until {
            let _ = self.waker.wake();
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicU64;
    use std::sync::Arc;
    use std::time::Duration;

    use super::super::{Config, Shared};
    use crate::primitives::Ordering;

    /// Ping-pong through one parker: every `unpark` must end a `park`, whether the sleeper
    /// polls (driver) or waits on its condvar (the poller seat taken by someone else).
    fn ping_pong(hold_driver: bool) {
        const ROUNDS: u64 = 20_000;
        let shared = Arc::new(Shared::new(&Config::with_procs(2), super::super::Mode::Program));
        let turn = Arc::new(AtomicU64::new(0));
        let _driver = hold_driver.then(|| shared.poll.lock());
        let (sleeper_shared, sleeper_turn) = (shared.clone(), turn.clone());
        let (done_tx, done_rx) = std::sync::mpsc::channel();
        let sleeper = std::thread::spawn(move || {
            let parker = &sleeper_shared.processors[0].parker;
            for i in 0..ROUNDS {
                while sleeper_turn.load(Ordering::SeqCst) != 2 * i + 1 {
                    parker.park(&sleeper_shared);
                }
                sleeper_turn.store(2 * i + 2, Ordering::SeqCst);
            }
            let _ = done_tx.send(());
        });
        let parker = &shared.processors[0].parker;
        for i in 0..ROUNDS {
            turn.store(2 * i + 1, Ordering::SeqCst);
            parker.unpark(&shared);
            let deadline = std::time::Instant::now() + Duration::from_secs(30);
            while turn.load(Ordering::SeqCst) != 2 * i + 2 {
                assert!(std::time::Instant::now() < deadline, "a wake-up was lost in round {i}");
                std::thread::yield_now();
            }
        }
        done_rx.recv_timeout(Duration::from_secs(30)).expect("a wake-up was lost");
        sleeper.join().unwrap();
    }

    #[test]
    fn unpark_wakes_the_poller() {
        ping_pong(false);
    }

    #[test]
    fn unpark_wakes_a_condvar_sleeper() {
        ping_pong(true);
    }
}
