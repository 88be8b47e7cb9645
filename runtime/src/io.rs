//! Goroutines waiting on descriptors (Go's `internal/poll` runtime hooks:
//! `poll_runtime_pollOpen`, `pollWait`, `pollSetDeadline`, `pollUnblock`, `pollClose`).
//!
//! The Go side (package `internal/poll` of minigo's library) keeps each socket or pipe
//! non-blocking and, when a system call says `EAGAIN`, calls [`wait`]: the goroutine
//! parks on the descriptor's slot (`netpoll::desc`) and the poller, a deadline or a close
//! readies it with a code. Protocol of a wait:
//! 1. A wake result left by the waker completes the wait (the blocking call restarts).
//! 2. Closing or a passed deadline answer at once; a readiness that came while nobody
//!    waited is consumed and answers `OK` (the caller retries its system call).
//! 3. Otherwise the goroutine parks; the park commit publishes it in the slot (CAS from
//!    `NIL`) and then looks at the flags again; if readiness came in between, or a close
//!    or deadline it did not see, it readies itself.
//!
//! Deadlines are timers on the processor heaps (`TimerVTable`); each change bumps the
//! direction's generation, so an older timer does nothing.

use crate::context::RunContext;
use crate::goroutine::{Commit, GRef, Park, Wake};
use crate::netpoll::desc::{NIL, READY};
pub use crate::netpoll::{Mode, PollDesc, CLOSING, OK, TIMEOUT};
use crate::primitives::Ordering;
use crate::scheduler::timers::{Entry, EntryKind, TimerVTable};
use crate::scheduler::Readier;
use crate::task::{Blocking, WaitReason};

/// A registered descriptor, as the Go side holds it (one word).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PollRef(*const PollDesc);

// SAFETY: descriptors are `Sync` and live as long as the scheduler.
unsafe impl Send for PollRef {}

impl PollRef {
    /// # Safety
    /// `word` came from [`PollRef::to_word`] during this program, and the descriptor was
    /// not [`close`]d since.
    pub unsafe fn from_word(word: u64) -> PollRef {
        PollRef(word as usize as *const PollDesc)
    }

    pub fn to_word(self) -> u64 {
        self.0 as usize as u64
    }

    fn get<'a>(self) -> &'a PollDesc {
        // SAFETY: `from_word`'s contract: descriptors outlive their uses.
        unsafe { &*self.0 }
    }
}

/// Registers non-blocking descriptor `fd` with the poller. The error is the system's
/// (EPERM: a regular file, which the poller cannot wait on).
pub fn open(cx: &mut RunContext<'_>, fd: i32) -> std::io::Result<PollRef> {
    cx.shared.poller.open(fd).map(|pd| PollRef(pd as *const PollDesc))
}

/// Unregisters the descriptor (nobody may wait on it any more: [`evict`] first). The
/// caller closes `fd` afterwards.
pub fn close(cx: &mut RunContext<'_>, pd: PollRef) {
    cx.shared.poller.close(pd.get());
}

/// Waits until the descriptor is ready in `mode` (the caller's system call said
/// `EAGAIN`): [`OK`] to retry the call, [`CLOSING`], or [`TIMEOUT`].
pub fn wait(cx: &mut RunContext<'_>, pd: PollRef, mode: Mode) -> Blocking<u8> {
    let g = cx.goroutine;
    // SAFETY: this goroutine runs here: the thread owns its wake result.
    match unsafe { g.take_wake() } {
        Wake::None => {}
        Wake::Poll(code) => {
            cx.shared.poller.remove_waiter();
            return Blocking::Ready(code);
        }
        other => unreachable!("minigo bug: descriptor wait resumed with {other:?}"),
    }
    let desc = pd.get();
    if let Some(code) = desc.check(mode) {
        return Blocking::Ready(code);
    }
    if desc.slot(mode).compare_exchange(READY, NIL, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
        return Blocking::Ready(OK);
    }
    cx.shared.poller.add_waiter();
    g.prepare_park(WaitReason::IoWait);
    let arg = (pd.0 as usize | mode_bit(mode)) as *const ();
    Blocking::Park(Park::new(Commit::Call { f: commit_wait, arg }))
}

/// Why a wait would end at once (closing, deadline passed), for the Go side to check
/// before its system call (Go's `prepareRead`/`prepareWrite`).
pub fn check(pd: PollRef, mode: Mode) -> Option<u8> {
    pd.get().check(mode)
}

/// Step 3 of a wait: publish the parked goroutine, then look again.
///
/// # Safety
/// `arg` is a descriptor address with the mode in bit 0 (from `wait`); `g` is parked.
unsafe fn commit_wait(r: &mut Readier<'_>, g: GRef, arg: *const ()) {
    let (pd, mode) = split_arg(arg);
    let slot = pd.slot(mode);
    match slot.compare_exchange(NIL, g.as_ptr() as usize, Ordering::SeqCst, Ordering::SeqCst) {
        Ok(_) => {
            if let Some(code) = pd.check(mode) {
                if let Some(g) = pd.unblock(mode, code) {
                    r.ready(g);
                }
            }
        }
        Err(READY) => {
            // Readiness came after `wait` looked: take it and run again.
            slot.store(NIL, Ordering::SeqCst);
            // SAFETY: nobody else knows the goroutine is parked: we still own it.
            unsafe { g.set_wake(Wake::Poll(OK)) };
            r.ready(g);
        }
        Err(other) => panic!("minigo bug: two goroutines wait on one descriptor in one direction ({other:#x})"),
    }
}

fn mode_bit(mode: Mode) -> usize {
    match mode {
        Mode::Read => 0,
        Mode::Write => 1,
    }
}

fn split_arg<'a>(arg: *const ()) -> (&'a PollDesc, Mode) {
    let word = arg as usize;
    let mode = if word & 1 == 0 { Mode::Read } else { Mode::Write };
    // SAFETY: made by `wait` or `set_deadline` from a live descriptor (8-byte aligned).
    (unsafe { &*((word & !1) as *const PollDesc) }, mode)
}

/// Sets (`when` > 0, runtime nanoseconds; see [`RunContext::now`]) or clears (0) the
/// deadline of `mode`; a deadline in the past wakes a waiter at once with [`TIMEOUT`].
pub fn set_deadline(cx: &mut RunContext<'_>, pd: PollRef, mode: Mode, when: i64) {
    let desc = pd.get();
    let _guard = desc.lock.lock();
    let generation = match mode {
        Mode::Read => &desc.rseq,
        Mode::Write => &desc.wseq,
    };
    let seq = generation.fetch_add(1, Ordering::SeqCst).wrapping_add(1);
    let now = cx.now();
    if when == 0 {
        desc.deadline(mode).store(0, Ordering::SeqCst);
        return;
    }
    if when <= now {
        desc.deadline(mode).store(-1, Ordering::SeqCst);
        if let Some(g) = desc.unblock(mode, TIMEOUT) {
            cx.ready(g);
        }
        return;
    }
    desc.deadline(mode).store(when, Ordering::SeqCst);
    let data = (pd.0 as usize | mode_bit(mode)) as *const ();
    cx.readier().add_timer(Entry { when, kind: EntryKind::Call { vt: &DEADLINE, data, seq } });
}

/// Marks the descriptor closing and wakes its waiters with [`CLOSING`] (Go's
/// `pollUnblock`); later waits answer [`CLOSING`] at once.
pub fn evict(cx: &mut RunContext<'_>, pd: PollRef) {
    let desc = pd.get();
    {
        let _guard = desc.lock.lock();
        desc.closing.store(true, Ordering::SeqCst);
        desc.rseq.fetch_add(1, Ordering::SeqCst);
        desc.wseq.fetch_add(1, Ordering::SeqCst);
    }
    for mode in [Mode::Read, Mode::Write] {
        if let Some(g) = desc.unblock(mode, CLOSING) {
            cx.ready(g);
        }
    }
}

static DEADLINE: TimerVTable = TimerVTable { fire: deadline_fired, is_zombie: deadline_stale, can_wake: deadline_can_wake };

fn deadline_generation(pd: &PollDesc, mode: Mode) -> u32 {
    match mode {
        Mode::Read => pd.rseq.load(Ordering::SeqCst),
        Mode::Write => pd.wseq.load(Ordering::SeqCst),
    }
}

fn deadline_stale(data: *const (), seq: u32) -> bool {
    let (pd, mode) = split_arg(data);
    deadline_generation(pd, mode) != seq
}

fn deadline_can_wake(data: *const ()) -> bool {
    let (pd, mode) = split_arg(data);
    pd.slot(mode).load(Ordering::SeqCst) > READY
}

fn deadline_fired(r: &mut Readier<'_>, data: *const (), seq: u32, _when: i64, _now: i64) {
    let (pd, mode) = split_arg(data);
    let _guard = pd.lock.lock();
    if deadline_generation(pd, mode) != seq {
        return;
    }
    pd.deadline(mode).store(-1, Ordering::SeqCst);
    if let Some(g) = pd.unblock(mode, TIMEOUT) {
        r.ready(g);
    }
}
