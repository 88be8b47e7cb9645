//! Sleeping and timers (Go 1.23's `runtime/time.go` and `time/sleep.go`).
//!
//! - `time.Sleep(d)`: the goroutine parks; the park commit puts a `(goroutine,
//!   generation)` entry on the current processor's heap, so the timer cannot fire before
//!   the goroutine is parked. Firing readies it if the generation still matches.
//! - `time.NewTimer`, `time.After`, `time.NewTicker`: a [`Timer`] object with a channel.
//!   Firing does a non-blocking send of the due time (the VM's
//!   [`Hooks::timer_value`](crate::Hooks::timer_value)); a ticker then re-arms.
//! - `time.AfterFunc`: firing spawns the goroutine the VM's
//!   [`Hooks::after_func`](crate::Hooks::after_func) makes from the stored word.
//!
//! # Go 1.23 channel semantics
//! Timer channels are synchronous: `len` and `cap` are 0, and after `Stop` or `Reset`
//! returns no value sent for the old setting can be received. The channel keeps a
//! one-value buffer, but firing, `Stop` and `Reset` all hold the timer's lock, and
//! `Stop`/`Reset` drain the buffer under it; a drained value counts as "the timer was
//! still pending", so `Stop` returns true exactly when the value was not received, as in
//! Go 1.23.
//!
//! Lock order: timer lock, then a processor's heap lock or the channel lock; the
//! scheduler lock is taken (by `ready`) only after the channel lock is released.

use crate::chan::{timer_send, ChanRef, Channel};
use crate::context::RunContext;
use crate::goroutine::{Commit, Park, Wake, Words};
use crate::heap::{Marker, NativeObject, Shape};
use crate::primitives::{AtomicU32, Mutex, Ordering};
use crate::scheduler::timers::{Entry, EntryKind, TimerVTable};
use crate::scheduler::Readier;
use crate::task::{Blocking, WaitReason};

/// A runtime timer (Go's `runtime.timer`), a heap object the VM keeps in its
/// `time.Timer`/`time.Ticker` value.
pub struct Timer {
    state: Mutex<TimerState>,
    /// Bumped (under `state`) by Stop and Reset: queued entries with an older value are
    /// zombies.
    pub(crate) seq: AtomicU32,
    pub(crate) kind: TimerKind,
}

struct TimerState {
    /// When it fires next; 0 when stopped or fired (not pending).
    when: i64,
    /// Ticker period; 0 for one-shot timers.
    period: i64,
}

pub(crate) enum TimerKind {
    /// Sends the time on this channel.
    Chan(ChanRef),
    /// Starts a goroutine from this VM function word.
    Func(u64),
}

impl NativeObject for Timer {
    fn trace(&self, marker: &mut Marker) {
        match self.kind {
            TimerKind::Chan(ch) => marker.mark(ch.to_word()),
            TimerKind::Func(word) => marker.mark(word),
        }
    }
}

/// A timer as the VM stores it: one word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimerRef(*const Timer);

// SAFETY: a pointer to a `Sync` heap object.
unsafe impl Send for TimerRef {}

impl TimerRef {
    /// # Safety
    /// `word` came from [`TimerRef::to_word`] of a live timer.
    pub unsafe fn from_word(word: u64) -> TimerRef {
        TimerRef(word as usize as *const Timer)
    }

    pub fn to_word(self) -> u64 {
        self.0 as usize as u64
    }

    fn get(self) -> &'static Timer {
        // SAFETY: `from_word`'s contract; the collector keeps it live while referenced.
        unsafe { &*self.0 }
    }
}

/// `time.Sleep(d)` (nanoseconds). `d <= 0` returns at once.
pub fn sleep(cx: &mut RunContext<'_>, nanos: i64) -> Blocking<()> {
    let g = cx.goroutine;
    // SAFETY: this goroutine runs here: the worker owns its wake result.
    match unsafe { g.take_wake() } {
        Wake::None => {}
        Wake::Timer => return Blocking::Ready(()),
        other => unreachable!("minigo bug: sleep resumed with {other:?}"),
    }
    if nanos <= 0 {
        return Blocking::Ready(());
    }
    let when = cx.now().saturating_add(nanos);
    let generation = g.prepare_park(WaitReason::Sleep);
    Blocking::Park(Park::new(Commit::Sleep { when, generation }))
}

/// `time.NewTimer(d)` / `time.After(d)` (`period == 0`) or `time.NewTicker(period)`:
/// returns the channel, whose element is `elem_words` words described by `shape`, and
/// the timer.
pub fn new_timer(cx: &mut RunContext<'_>, elem_words: usize, shape: Option<&'static Shape>, delay: i64, period: i64) -> (ChanRef, TimerRef) {
    let c = cx.alloc().alloc_native(Channel::new(elem_words, 1, shape, true));
    let ch = unsafe_chanref(c);
    let t = make_timer(cx, TimerKind::Chan(ch), delay, period);
    (ch, t)
}

/// `time.AfterFunc(d, f)`: `func` is the VM's word for `f`, handed back to
/// [`Hooks::after_func`](crate::Hooks::after_func) when the timer fires.
pub fn after_func(cx: &mut RunContext<'_>, delay: i64, func: u64) -> TimerRef {
    make_timer(cx, TimerKind::Func(func), delay, 0)
}

/// `Timer.Stop()` / `Ticker.Stop()`: true if the call stopped the timer before its value
/// was received (channel timers) or before its function started (`AfterFunc`).
pub fn stop(cx: &mut RunContext<'_>, t: TimerRef) -> bool {
    let _ = cx;
    let timer = t.get();
    let mut state = timer.state.lock();
    let mut pending = state.when > 0;
    state.when = 0;
    timer.seq.fetch_add(1, Ordering::Release);
    if drain(timer) {
        pending = true;
    }
    pending
}

/// `Timer.Reset(d)` / `Ticker.Reset(period)`: re-arms with `delay` (and `period` for a
/// ticker); returns what [`stop`] would have.
pub fn reset(cx: &mut RunContext<'_>, t: TimerRef, delay: i64, period: i64) -> bool {
    let timer = t.get();
    let mut state = timer.state.lock();
    let mut pending = state.when > 0;
    let seq = timer.seq.fetch_add(1, Ordering::Release).wrapping_add(1);
    if drain(timer) {
        pending = true;
    }
    let when = cx.now().saturating_add(delay.max(0));
    state.when = when;
    state.period = period.max(0);
    cx.readier().add_timer(entry(timer, when, seq));
    pending
}

fn make_timer(cx: &mut RunContext<'_>, kind: TimerKind, delay: i64, period: i64) -> TimerRef {
    let when = cx.now().saturating_add(delay.max(0));
    let timer = cx.alloc().alloc_native(Timer {
        state: Mutex::new(TimerState { when, period: period.max(0) }),
        seq: AtomicU32::new(0),
        kind,
    }) as *const Timer;
    // SAFETY: just allocated; the collector keeps it alive while a heap entry or the VM
    // references it.
    cx.readier().add_timer(entry(unsafe { &*timer }, when, 0));
    TimerRef(timer)
}

/// A heap entry firing `timer` at `when` if it still has `seq` then.
fn entry(timer: &Timer, when: i64, seq: u32) -> Entry {
    Entry { when, kind: EntryKind::Call { vt: &TIMER_VTABLE, data: timer as *const Timer as *const (), seq } }
}

static TIMER_VTABLE: TimerVTable = TimerVTable { fire: fire_timer, is_zombie: is_zombie, can_wake: can_wake };

fn timer_of<'a>(data: *const ()) -> &'a Timer {
    // SAFETY: entries are made by `entry` from live timers, which the collector keeps
    // alive while queued (the heap entry is a root).
    unsafe { &*(data as *const Timer) }
}

fn is_zombie(data: *const (), seq: u32) -> bool {
    timer_of(data).seq.load(Ordering::Acquire) != seq
}

/// Whether firing can wake a goroutine: an `AfterFunc` always, a channel timer only while
/// a goroutine waits to receive from its channel (Go 1.23 keeps a channel timer in a
/// heap only while someone is blocked on it).
fn can_wake(data: *const ()) -> bool {
    match timer_of(data).kind {
        TimerKind::Func(_) => true,
        TimerKind::Chan(ch) => ch.get().expect("timer channel").has_receivers(),
    }
}

fn fire_timer(r: &mut Readier<'_>, data: *const (), seq: u32, _when: i64, now: i64) {
    let timer = timer_of(data);
    let mut state = timer.state.lock();
    if timer.seq.load(Ordering::Acquire) != seq || state.when == 0 {
        return;
    }
    let when = state.when;
    match timer.kind {
        TimerKind::Chan(ch) => {
            let c = ch.get().expect("timer channel");
            let mut value = Words::from_elem(0, c.elem_words);
            r.hooks().timer_value(when, &mut value);
            timer_send(r, c, &value);
            if state.period > 0 {
                // Skip the ticks we are late for (Go's `t.when += period * (1 + -delta/period)`).
                let next = when + state.period * (1 + (now - when) / state.period);
                state.when = next;
                r.add_timer(entry(timer, next, seq));
            } else {
                state.when = 0;
            }
        }
        TimerKind::Func(word) => {
            state.when = 0;
            drop(state);
            let task = r.hooks().after_func(word);
            r.spawn(task);
        }
    }
}

fn unsafe_chanref(c: *mut Channel) -> ChanRef {
    // SAFETY: `c` was just allocated as a live channel.
    unsafe { ChanRef::from_word(c as usize as u64) }
}

/// Drops a value a channel timer sent but nobody received. Caller holds the timer lock.
fn drain(timer: &Timer) -> bool {
    let TimerKind::Chan(ch) = timer.kind else { return false };
    let c = ch.get().expect("timer channel");
    use crate::primitives::RawLockApi;
    c.lock.lock();
    // SAFETY: locked just above, unlocked just below.
    let drained = unsafe { c.drain_one(c.state()) };
    // SAFETY: locked above.
    unsafe { c.lock.unlock() };
    drained
}
