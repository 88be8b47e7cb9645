//! Channels, after Go's `runtime/chan.go`.
//!
//! # Invariants (chan.go)
//! - At least one of `sendq` and `recvq` is empty, except for an unbuffered channel with
//!   one goroutine blocked on both ends through `select`.
//! - Buffered channels: `qcount > 0` implies `recvq` is empty; `qcount < cap` implies
//!   `sendq` is empty.
//!
//! # Locking
//! `lock` guards everything in `state` and the link fields and flags of every sudog
//! queued on this channel; `closed` and `qcount` are written under it and may be read
//! without it (the non-blocking fast paths, `len`). A goroutine is never readied while a
//! channel lock is held: the operations collect the goroutine to wake, unlock, then ready.
//!
//! # Values
//! An element is `elem_words` 8-byte words. A value being sent waits in the sender's
//! sudog; a value received by a parked goroutine is copied into its wait buffer (the
//! element buffer of its embedded sudog) and read from there when it resumes, so no
//! pointer into a goroutine's registers is ever kept.
//!
//! The channel is a heap [`NativeObject`]: its `trace` marks the buffered elements and the
//! values of waiting senders, by the element [`Shape`] (none: nothing to mark).

mod recv;
mod send;

pub use recv::{recv, try_recv};
pub use send::{send, try_send};
pub(crate) use send::timer_send;

use std::cell::UnsafeCell;
use std::ptr;

use crate::context::RunContext;
use crate::goroutine::{Commit, GRef, Wake};
use crate::heap::{Marker, NativeObject, Shape};
use crate::primitives::{AtomicBool, AtomicUsize, Ordering, RawLock, RawLockApi};
use crate::sudog::{Sudog, WaitQueue};
use crate::scheduler::Readier;
use crate::task::GoError;

/// Go's limit on a channel buffer's size in bytes (`maxAlloc`-ish); beyond it `make`
/// panics.
const MAX_BUFFER_WORDS: usize = 1 << 40;

pub struct Channel {
    pub(crate) lock: RawLock,
    state: UnsafeCell<ChanState>,
    closed: AtomicBool,
    qcount: AtomicUsize,
    pub(crate) elem_words: usize,
    cap: usize,
    shape: Option<&'static Shape>,
    /// A `time.Timer`/`Ticker` channel: Go 1.23 makes these synchronous, so `len` and
    /// `cap` report 0 although one value can be buffered (Stop/Reset drain it).
    is_timer: bool,
}

pub(crate) struct ChanState {
    buf: Box<[u64]>,
    sendx: usize,
    recvx: usize,
    pub(crate) recvq: WaitQueue,
    pub(crate) sendq: WaitQueue,
}

// SAFETY: `state` is accessed only under `lock` (module doc) or with the world stopped.
unsafe impl Send for Channel {}
unsafe impl Sync for Channel {}

/// A channel value as the VM stores it: one word, 0 for a nil channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChanRef(*const Channel);

// SAFETY: a pointer to a `Sync` heap object.
unsafe impl Send for ChanRef {}
unsafe impl Sync for ChanRef {}

impl ChanRef {
    pub const NIL: ChanRef = ChanRef(ptr::null());

    /// # Safety
    /// `word` is 0 or came from [`ChanRef::to_word`] of a channel that is still live (the
    /// collector keeps it while any Go value holds the word).
    pub unsafe fn from_word(word: u64) -> ChanRef {
        ChanRef(word as usize as *const Channel)
    }

    pub fn to_word(self) -> u64 {
        self.0 as usize as u64
    }

    pub fn is_nil(self) -> bool {
        self.0.is_null()
    }

    pub(crate) fn get(self) -> Option<&'static Channel> {
        // SAFETY: `from_word`'s contract: null or a live channel, kept alive by the GC
        // while reachable (it is reachable from the goroutine using it).
        unsafe { self.0.as_ref() }
    }
}

/// The park commit of a blocked send or receive: unlock the channel the goroutine's
/// sudog is queued on.
pub(crate) fn unlock_commit(c: &Channel) -> Commit {
    Commit::Call { f: unlock_channel, arg: c as *const Channel as *const () }
}

/// # Safety
/// `arg` is a live channel whose lock the parking operation holds.
unsafe fn unlock_channel(_: &mut Readier<'_>, _: GRef, arg: *const ()) {
    // SAFETY: per the contract; the channel is a live heap object (the parked goroutine
    // references it).
    unsafe { (*(arg as *const Channel)).lock.unlock() };
}

/// `make(chan T, cap)` for an element of `elem_words` words whose pointer words are
/// described by `shape` (None: no pointers).
pub fn make_chan(cx: &mut RunContext<'_>, elem_words: usize, cap: i64, shape: Option<&'static Shape>) -> Result<ChanRef, GoError> {
    if cap < 0 || (cap as u128) * (elem_words.max(1) as u128) > MAX_BUFFER_WORDS as u128 {
        return Err(GoError::Panic("makechan: size out of range"));
    }
    let c = Channel::new(elem_words, cap as usize, shape, false);
    Ok(ChanRef(cx.alloc().alloc_native(c)))
}

/// `close(ch)`.
pub fn close(cx: &mut RunContext<'_>, ch: ChanRef) -> Result<(), GoError> {
    let c = ch.get().ok_or(GoError::Panic("close of nil channel"))?;
    c.lock.lock();
    if c.closed.load(Ordering::Relaxed) {
        // SAFETY: locked just above.
        unsafe { c.lock.unlock() };
        return Err(GoError::Panic("close of closed channel"));
    }
    c.closed.store(true, Ordering::Release);
    let mut woken = Woken::default();
    // SAFETY: we hold the lock; every dequeued sudog's goroutine is now ours to wake.
    unsafe {
        let state = c.state();
        while let Some(sg) = state.recvq.dequeue() {
            woken.push(complete(sg, false, |elem| elem.clear()));
        }
        while let Some(sg) = state.sendq.dequeue() {
            woken.push(complete(sg, false, |_| {}));
        }
        c.lock.unlock();
        woken.ready_all(cx);
    }
    Ok(())
}

/// The goroutines a close woke, in queue order, chained through the `next` link of their
/// embedded sudogs: a close that wakes ten million waiters allocates nothing (a vector of
/// them took 128 MB at the program's peak). The link is free: a plain operation's sudog was
/// just dequeued, and a select uses cached sudogs, never the embedded one.
#[derive(Default)]
struct Woken {
    first: Option<GRef>,
    last: Option<GRef>,
}

impl Woken {
    /// # Safety
    /// The caller owns `g` (dequeued and completed it) and has not readied it.
    unsafe fn push(&mut self, g: GRef) {
        // SAFETY: per the contract, nobody else touches `g`'s embedded sudog.
        unsafe {
            g.sudog.state().next = std::ptr::null_mut();
            match self.last {
                Some(last) => last.sudog.state().next = g.sudog.as_ptr(),
                None => self.first = Some(g),
            }
        }
        self.last = Some(g);
    }

    /// # Safety
    /// Every goroutine pushed is still the caller's.
    unsafe fn ready_all(self, cx: &mut RunContext<'_>) {
        let mut next = self.first;
        while let Some(g) = next {
            // SAFETY: read before `g` is readied; afterwards it may run and reuse its sudog.
            next = unsafe {
                let sg = g.sudog.state().next;
                (!sg.is_null()).then(|| (*sg).state().goroutine.expect("minigo bug: sudog without goroutine"))
            };
            cx.ready(g);
        }
    }
}

/// `len(ch)`.
pub fn len(ch: ChanRef) -> usize {
    match ch.get() {
        Some(c) if !c.is_timer => c.qcount.load(Ordering::Relaxed),
        _ => 0,
    }
}

/// `cap(ch)`.
pub fn cap(ch: ChanRef) -> usize {
    match ch.get() {
        Some(c) if !c.is_timer => c.cap,
        _ => 0,
    }
}

impl Channel {
    pub(crate) fn new(elem_words: usize, cap: usize, shape: Option<&'static Shape>, is_timer: bool) -> Channel {
        Channel {
            lock: <RawLock as RawLockApi>::INIT,
            state: UnsafeCell::new(ChanState {
                buf: vec![0; cap * elem_words].into_boxed_slice(),
                sendx: 0,
                recvx: 0,
                recvq: WaitQueue::new(),
                sendq: WaitQueue::new(),
            }),
            closed: AtomicBool::new(false),
            qcount: AtomicUsize::new(0),
            elem_words,
            cap,
            shape,
            is_timer,
        }
    }

    /// # Safety
    /// The caller holds `lock` (or the world is stopped) and keeps no other reference.
    #[allow(clippy::mut_from_ref)]
    pub(crate) unsafe fn state(&self) -> &mut ChanState {
        // SAFETY: per the caller's contract.
        unsafe { &mut *self.state.get() }
    }

    pub(crate) fn is_closed(&self) -> bool {
        self.closed.load(Ordering::Acquire)
    }

    /// The channel's address as a sudog records it.
    pub(crate) fn as_opaque(&self) -> *const () {
        self as *const Channel as *const ()
    }

    /// Whether a goroutine is blocked receiving (a timer may wake it).
    pub(crate) fn has_receivers(&self) -> bool {
        self.lock.lock();
        // SAFETY: locked just above, unlocked just below.
        let waiting = unsafe { !self.state().recvq.is_empty() };
        // SAFETY: locked above.
        unsafe { self.lock.unlock() };
        waiting
    }

    pub(crate) fn qcount(&self) -> usize {
        self.qcount.load(Ordering::Relaxed)
    }

    pub(crate) fn capacity(&self) -> usize {
        self.cap
    }

    /// Appends `value` to the buffer. Caller holds the lock; `qcount < cap`.
    pub(crate) fn buffer_push(&self, state: &mut ChanState, value: &[u64]) {
        let w = self.elem_words;
        state.buf[state.sendx * w..(state.sendx + 1) * w].copy_from_slice(value);
        state.sendx = (state.sendx + 1) % self.cap;
        self.qcount.store(self.qcount() + 1, Ordering::Relaxed);
    }

    /// Removes the oldest buffered value into `out`. Caller holds the lock; `qcount > 0`.
    pub(crate) fn buffer_pop(&self, state: &mut ChanState, out: &mut [u64]) {
        let w = self.elem_words;
        let slot = &mut state.buf[state.recvx * w..(state.recvx + 1) * w];
        out.copy_from_slice(slot);
        slot.fill(0);
        state.recvx = (state.recvx + 1) % self.cap;
        self.qcount.store(self.qcount() - 1, Ordering::Relaxed);
    }

    /// A receiver takes the buffer head and the blocked sender's value goes to the tail
    /// (a full buffered channel with a waiting sender, chan.go `recv`).
    pub(crate) fn buffer_rotate(&self, state: &mut ChanState, out: &mut [u64], incoming: &[u64]) {
        let w = self.elem_words;
        let slot = &mut state.buf[state.recvx * w..(state.recvx + 1) * w];
        out.copy_from_slice(slot);
        slot.copy_from_slice(incoming);
        state.recvx = (state.recvx + 1) % self.cap;
        state.sendx = state.recvx;
    }

    /// Drops a buffered value (timer channels on Stop/Reset). Caller holds the lock.
    pub(crate) fn drain_one(&self, state: &mut ChanState) -> bool {
        if self.qcount() == 0 {
            return false;
        }
        let mut scratch = crate::goroutine::Words::from_elem(0, self.elem_words);
        self.buffer_pop(state, &mut scratch);
        true
    }

    fn mark_elem(&self, marker: &mut Marker, words: &[u64]) {
        if let Some(shape) = self.shape {
            for (i, &w) in words.iter().enumerate() {
                if shape.is_ptr(i % shape.words as usize) {
                    marker.mark(w);
                }
            }
        }
    }
}

impl NativeObject for Channel {
    fn trace(&self, marker: &mut Marker) {
        if self.shape.is_none_or(|s| !s.has_pointers()) {
            return;
        }
        // SAFETY: tracing runs with the world stopped: nothing mutates the channel.
        let state = unsafe { self.state() };
        let w = self.elem_words;
        for i in 0..self.qcount() {
            let slot = (state.recvx + i) % self.cap;
            self.mark_elem(marker, &state.buf[slot * w..(slot + 1) * w]);
        }
        // SAFETY: as above.
        unsafe { state.sendq.for_each(|s| self.mark_elem(marker, &s.elem)) };
    }
}

/// Completes a dequeued sudog: records the outcome, lets `fill` write the element into
/// the goroutine's wait buffer (receivers), and returns the goroutine to ready once the
/// lock is released.
///
/// # Safety
/// The caller holds the lock of the channel `sg` was dequeued from.
pub(crate) unsafe fn complete(sg: *mut Sudog, success: bool, fill: impl FnOnce(&mut crate::goroutine::Words)) -> GRef {
    // SAFETY: the caller holds the channel lock; dequeue made us the goroutine's owner.
    unsafe {
        let (g, case) = {
            let s = (*sg).state();
            s.success = success;
            (s.goroutine.expect("minigo bug: sudog without goroutine"), s.case_index)
        };
        // `sg` may be this very sudog: its state reference above is no longer used.
        fill(&mut g.sudog.state().elem);
        g.set_wake(Wake::Chan { case, success });
        g
    }
}
