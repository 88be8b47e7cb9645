//! Per-descriptor wait state (Go's `pollDesc`).
//!
//! Each direction (read, write) has one slot holding `NIL`, `READY` (readiness came
//! while nobody waited) or the parked goroutine. The poller, a deadline, a close and the
//! goroutine that parks all change a slot with compare-and-swap, so exactly one of them
//! takes a parked goroutine out and readies it, with a code saying why (`OK`, `CLOSING`,
//! `TIMEOUT`). A deadline or close first publishes its flag, then looks at the slot; a
//! goroutine first publishes itself in the slot, then looks at the flags: one of the two
//! always sees the other (both SeqCst).
//!
//! A descriptor is registered once, for both directions, edge-triggered (mio's epoll): a
//! goroutine always tries its system call first and waits only after `EAGAIN`; a
//! readiness edge that comes while nobody waits is kept as `READY` and consumed by the
//! next wait.
//!
//! Descriptors are allocated for the life of the scheduler and reused; `seq` changes at
//! each reuse, and the poller's token carries it, so an event for an earlier use is
//! dropped.

use crate::goroutine::{GRef, Goroutine};
use crate::primitives::{AtomicBool, AtomicI32, AtomicI64, AtomicU32, AtomicUsize, Mutex, Ordering};

/// Slot values besides a goroutine pointer.
pub(crate) const NIL: usize = 0;
pub(crate) const READY: usize = 1;

/// Why a wait ended (the Go side turns them into errors).
pub const OK: u8 = 0;
/// The descriptor is being closed (`ErrNetClosing` / `ErrFileClosing`).
pub const CLOSING: u8 = 1;
/// The deadline passed (`ErrDeadlineExceeded`).
pub const TIMEOUT: u8 = 2;

/// Direction of a wait.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Read,
    Write,
}

pub struct PollDesc {
    pub(crate) fd: AtomicI32,
    /// Generation of this descriptor's current use (in the poller's tokens).
    pub(crate) seq: AtomicU32,
    rg: AtomicUsize,
    wg: AtomicUsize,
    pub(crate) closing: AtomicBool,
    /// Deadlines: 0 none, -1 passed, else the time (runtime nanoseconds).
    rd: AtomicI64,
    wd: AtomicI64,
    /// Generations of the deadline timers (a timer of an older one does nothing).
    pub(crate) rseq: AtomicU32,
    pub(crate) wseq: AtomicU32,
    /// Serializes deadline changes.
    pub(crate) lock: Mutex<()>,
}

impl PollDesc {
    pub(crate) fn new() -> PollDesc {
        PollDesc {
            fd: AtomicI32::new(-1),
            seq: AtomicU32::new(0),
            rg: AtomicUsize::new(NIL),
            wg: AtomicUsize::new(NIL),
            closing: AtomicBool::new(false),
            rd: AtomicI64::new(0),
            wd: AtomicI64::new(0),
            rseq: AtomicU32::new(0),
            wseq: AtomicU32::new(0),
            lock: Mutex::new(()),
        }
    }

    /// Prepares a fresh use for descriptor `fd`.
    pub(crate) fn reset(&self, fd: i32) {
        self.fd.store(fd, Ordering::SeqCst);
        self.rg.store(NIL, Ordering::SeqCst);
        self.wg.store(NIL, Ordering::SeqCst);
        self.closing.store(false, Ordering::SeqCst);
        self.rd.store(0, Ordering::SeqCst);
        self.wd.store(0, Ordering::SeqCst);
        self.rseq.fetch_add(1, Ordering::SeqCst);
        self.wseq.fetch_add(1, Ordering::SeqCst);
    }

    pub(crate) fn slot(&self, mode: Mode) -> &AtomicUsize {
        match mode {
            Mode::Read => &self.rg,
            Mode::Write => &self.wg,
        }
    }

    pub(crate) fn deadline(&self, mode: Mode) -> &AtomicI64 {
        match mode {
            Mode::Read => &self.rd,
            Mode::Write => &self.wd,
        }
    }

    /// Why a wait in `mode` must not (or no longer) block: closing, or deadline passed.
    pub(crate) fn check(&self, mode: Mode) -> Option<u8> {
        if self.closing.load(Ordering::SeqCst) {
            return Some(CLOSING);
        }
        if self.deadline(mode).load(Ordering::SeqCst) < 0 {
            return Some(TIMEOUT);
        }
        None
    }

    /// Readiness in `mode` from the poller: the parked goroutine to ready (its wake code
    /// is `OK`), or the readiness is kept for the next wait.
    pub(crate) fn notify(&self, mode: Mode) -> Option<GRef> {
        let slot = self.slot(mode);
        loop {
            match slot.load(Ordering::SeqCst) {
                READY => return None,
                NIL => {
                    if slot.compare_exchange(NIL, READY, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
                        return None;
                    }
                }
                g => {
                    if slot.compare_exchange(g, NIL, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
                        return Some(take_waiter(g, OK));
                    }
                }
            }
        }
    }

    /// Takes the goroutine parked in `mode`, if any, to ready it with `code` (a close or
    /// a deadline, after publishing its flag).
    pub(crate) fn unblock(&self, mode: Mode, code: u8) -> Option<GRef> {
        let slot = self.slot(mode);
        let g = slot.load(Ordering::SeqCst);
        if g > READY && slot.compare_exchange(g, NIL, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
            return Some(take_waiter(g, code));
        }
        None
    }
}

/// Turns a slot value won by CAS into the goroutine, with its wake code set.
fn take_waiter(g: usize, code: u8) -> GRef {
    // SAFETY: a slot above READY holds a pointer from `GRef::as_ptr` of a parked
    // goroutine; winning the CAS that emptied the slot makes us its owner.
    let g = unsafe { GRef::from_ptr(g as *mut Goroutine) };
    // SAFETY: we own it (above).
    unsafe { g.set_wake(crate::goroutine::Wake::Poll(code)) };
    g
}
