//! The network poller (Go's `netpoll`) on mio: descriptors registered once, and the
//! polls the scheduler makes.
//!
//! - **Non-blocking poll**: a thread looking for work (`find.rs`) or sysmon, when
//!   goroutines wait on descriptors and the poller is free.
//! - **Blocking poll**: one thread without a processor at a time blocks in
//!   `mio::Poll::poll` until the earliest timer of any processor; whoever adds an earlier
//!   timer, or ends the program, wakes it through the `mio::Waker`.
//!
//! Both return the goroutines that readiness woke (their wake result set); the scheduler
//! makes them runnable. This module knows descriptors and goroutines, nothing of the
//! scheduler; the goroutine side (waiting, deadlines, closing) is `crate::io`.

pub(crate) mod desc;

use std::time::Duration;

use crate::goroutine::GRef;
use crate::primitives::{AtomicI64, AtomicUsize, Mutex, MutexGuard, Ordering};
pub use desc::{Mode, PollDesc, CLOSING, OK, TIMEOUT};

/// The waker's token; descriptors use their address (and generation).
const WAKER: mio::Token = mio::Token(usize::MAX);
/// Poll deadlines no timer reaches: poll without timeout.
const FOREVER: i64 = i64::MAX;
/// Events handled per poll call.
const EVENTS: usize = 256;

pub(crate) struct Poller {
    poll: Mutex<mio::Poll>,
    registry: mio::Registry,
    waker: mio::Waker,
    /// Deadline of the thread blocked in `poll` (0: none blocked).
    poll_until: AtomicI64,
    /// When the network was last polled (runtime nanoseconds).
    last_poll: AtomicI64,
    /// Goroutines parked on descriptors, or between their wake-up and resuming (Go does
    /// not call them asleep: no deadlock while there are any).
    waiters: AtomicUsize,
    /// Every descriptor ever made (reused through `free`); freed with the poller.
    descs: Mutex<Descs>,
}

#[derive(Default)]
struct Descs {
    all: Vec<Box<PollDesc>>,
    free: Vec<*const PollDesc>,
}

// SAFETY: the raw pointers in `free` point into boxes of `all`, owned by the poller.
unsafe impl Send for Descs {}

impl Poller {
    pub(crate) fn new() -> Poller {
        let poll = mio::Poll::new().expect("minigo: cannot create the poller");
        let registry = poll.registry().try_clone().expect("minigo: cannot share the poller");
        let waker = mio::Waker::new(poll.registry(), WAKER).expect("minigo: cannot create the poller's waker");
        Poller {
            poll: Mutex::new(poll),
            registry,
            waker,
            poll_until: AtomicI64::new(0),
            last_poll: AtomicI64::new(1),
            waiters: AtomicUsize::new(0),
            descs: Mutex::new(Descs::default()),
        }
    }

    /// Wakes the thread blocked in `poll`, if any.
    pub(crate) fn wake(&self) {
        let _ = self.waker.wake();
    }

    /// A timer with deadline `when` was added: wake the poller if it sleeps past it (Go's
    /// `wakeNetPoller`).
    pub(crate) fn timer_added(&self, when: i64) {
        let until = self.poll_until.load(Ordering::SeqCst);
        if until != 0 && when < until {
            self.wake();
        }
    }

    /// Whether goroutines wait on descriptors.
    pub(crate) fn has_waiters(&self) -> bool {
        self.waiters.load(Ordering::SeqCst) != 0
    }

    pub(crate) fn add_waiter(&self) {
        self.waiters.fetch_add(1, Ordering::SeqCst);
    }

    pub(crate) fn remove_waiter(&self) {
        self.waiters.fetch_sub(1, Ordering::SeqCst);
    }

    /// Whether a thread is blocked in the poller.
    pub(crate) fn is_polling(&self) -> bool {
        self.poll_until.load(Ordering::SeqCst) != 0
    }

    /// Whether nobody polled for `limit` nanoseconds (and nobody blocks in the poller).
    pub(crate) fn overdue(&self, now: i64, limit: i64) -> bool {
        !self.is_polling() && now - self.last_poll.load(Ordering::Relaxed) > limit
    }

    /// Non-blocking poll, if no other thread polls: appends the readied goroutines.
    /// Returns false if the poller was busy.
    pub(crate) fn poll_now(&self, ready: &mut Vec<GRef>, now: i64) -> bool {
        let Some(mut poll) = self.poll.try_lock() else { return false };
        self.last_poll.store(now, Ordering::Relaxed);
        self.poll_once(&mut poll, Some(Duration::ZERO), ready);
        true
    }

    /// Blocks until a descriptor is ready, `deadline()` (the earliest timer, read again
    /// after the poll deadline is published so a timer added meanwhile is seen either
    /// here or by `timer_added`) or a wake-up. `None` if another thread is the poller.
    pub(crate) fn block(&self, deadline: impl Fn() -> Option<i64>, now: impl Fn() -> i64, stop: impl Fn() -> bool) -> Option<Vec<GRef>> {
        let mut poll = self.poll.try_lock()?;
        let mut until = deadline().unwrap_or(FOREVER);
        self.poll_until.store(until, Ordering::SeqCst);
        if let Some(again) = deadline() {
            if again < until {
                until = again;
                self.poll_until.store(until, Ordering::SeqCst);
            }
        }
        let mut ready = Vec::new();
        if !stop() {
            let timeout = (until != FOREVER).then(|| Duration::from_nanos((until - now()).max(0) as u64));
            self.poll_once(&mut poll, timeout, &mut ready);
        }
        self.poll_until.store(0, Ordering::SeqCst);
        self.last_poll.store(now(), Ordering::Relaxed);
        Some(ready)
    }

    fn poll_once(&self, poll: &mut MutexGuard<'_, mio::Poll>, timeout: Option<Duration>, ready: &mut Vec<GRef>) {
        let mut events = mio::Events::with_capacity(EVENTS);
        if let Err(err) = poll.poll(&mut events, timeout) {
            if err.kind() != std::io::ErrorKind::Interrupted {
                panic!("minigo: poll failed: {err}");
            }
            return;
        }
        for event in events.iter() {
            if event.token() == WAKER {
                continue;
            }
            let Some(pd) = self.desc_of(event.token()) else { continue };
            let error = event.is_error();
            if event.is_readable() || event.is_read_closed() || error {
                ready.extend(pd.notify(Mode::Read));
            }
            if event.is_writable() || event.is_write_closed() || error {
                ready.extend(pd.notify(Mode::Write));
            }
        }
    }

    /// The descriptor a token names, if it is still the same use of it.
    fn desc_of(&self, token: mio::Token) -> Option<&PollDesc> {
        let (addr, seq) = split_token(token);
        // SAFETY: tokens are made by `token_of` from descriptors of `descs`, which live
        // as long as the poller.
        let pd = unsafe { &*(addr as *const PollDesc) };
        (pd.seq.load(Ordering::SeqCst) & SEQ_MASK == seq).then_some(pd)
    }

    /// Registers descriptor `fd` (both directions, edge-triggered). The error is the
    /// system's (EPERM for a regular file, which cannot be polled).
    pub(crate) fn open(&self, fd: i32) -> std::io::Result<&PollDesc> {
        let pd: *const PollDesc = {
            let mut descs = self.descs.lock();
            match descs.free.pop() {
                Some(pd) => pd,
                None => {
                    let pd = Box::new(PollDesc::new());
                    let p: *const PollDesc = &*pd;
                    descs.all.push(pd);
                    p
                }
            }
        };
        // SAFETY: from `descs`, which lives as long as the poller; unused until freed.
        let pd = unsafe { &*pd };
        pd.reset(fd);
        let seq = pd.seq.fetch_add(1, Ordering::SeqCst).wrapping_add(1);
        let token = token_of(pd, seq);
        let interest = mio::Interest::READABLE | mio::Interest::WRITABLE;
        if let Err(err) = self.registry.register(&mut mio::unix::SourceFd(&fd), token, interest) {
            self.descs.lock().free.push(pd);
            return Err(err);
        }
        Ok(pd)
    }

    /// Unregisters a descriptor nobody waits on any more and frees it for reuse. The
    /// caller closes the file descriptor afterwards.
    pub(crate) fn close(&self, pd: &PollDesc) {
        let fd = pd.fd.swap(-1, Ordering::SeqCst);
        if fd >= 0 {
            let _ = self.registry.deregister(&mut mio::unix::SourceFd(&fd));
        }
        pd.seq.fetch_add(1, Ordering::SeqCst);
        pd.rseq.fetch_add(1, Ordering::SeqCst);
        pd.wseq.fetch_add(1, Ordering::SeqCst);
        self.descs.lock().free.push(pd);
    }
}

/// Generation bits in a token: user-space addresses on x86-64 and arm64 Linux fit in 48.
const ADDR_BITS: u32 = 48;
const SEQ_MASK: u32 = (1 << (64 - ADDR_BITS)) - 1;

fn token_of(pd: &PollDesc, seq: u32) -> mio::Token {
    let addr = pd as *const PollDesc as usize;
    debug_assert!(addr >> ADDR_BITS == 0);
    mio::Token(addr | ((seq & SEQ_MASK) as usize) << ADDR_BITS)
}

fn split_token(token: mio::Token) -> (usize, u32) {
    (token.0 & ((1 << ADDR_BITS) - 1), (token.0 >> ADDR_BITS) as u32)
}
