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

pub(crate) mod heap;

use crate::chan::{timer_send, ChanRef, Channel};
use crate::context::RunContext;
use crate::goroutine::{Commit, GRef, Park, Status, Wake, Words};
use crate::heap::{Marker, NativeObject, Shape};
use crate::primitives::{AtomicU32, Mutex, Ordering};
use crate::scheduler::{Local, Shared};
use crate::task::{Blocking, WaitReason};
use heap::{Entry, EntryKind};

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
    cx.shared.add_timer(cx.local.index, Entry { when, kind: EntryKind::Timer { timer, seq } });
    pending
}

fn make_timer(cx: &mut RunContext<'_>, kind: TimerKind, delay: i64, period: i64) -> TimerRef {
    let when = cx.now().saturating_add(delay.max(0));
    let timer = cx.alloc().alloc_native(Timer {
        state: Mutex::new(TimerState { when, period: period.max(0) }),
        seq: AtomicU32::new(0),
        kind,
    }) as *const Timer;
    cx.shared.add_timer(cx.local.index, Entry { when, kind: EntryKind::Timer { timer, seq: 0 } });
    TimerRef(timer)
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

impl Shared {
    /// Queues `entry` on processor `index` and wakes the poller if it sleeps past it.
    pub(crate) fn add_timer(&self, index: usize, entry: Entry) {
        let when = entry.when;
        let p = &self.processors[index];
        {
            let mut heap = p.timers.lock();
            heap.push(entry);
            p.next_timer.store(heap.next_when(), Ordering::SeqCst);
        }
        self.timer_added(when);
    }

    /// The park commit of `time.Sleep`.
    pub(crate) fn add_sleep_timer(&self, local: &mut Local, g: GRef, when: i64, generation: u32) {
        self.add_timer(local.index, Entry { when, kind: EntryKind::Sleep { goroutine: g, generation } });
    }

    /// Runs processor `index`'s expired timers on this worker (its own, or a victim's
    /// when stealing). Readied goroutines go to this worker's queue.
    pub(crate) fn run_timers(&self, local: &mut Local, index: usize) {
        let p = &self.processors[index];
        let next = p.next_timer.load(Ordering::SeqCst);
        if next == 0 {
            return;
        }
        let now = self.now();
        if next > now {
            return;
        }
        loop {
            let entry = {
                let mut heap = p.timers.lock();
                let entry = heap.pop_due(now);
                p.next_timer.store(heap.next_when(), Ordering::SeqCst);
                entry
            };
            match entry {
                Some(entry) => self.fire(local, entry, now),
                None => return,
            }
        }
    }

    fn fire(&self, local: &mut Local, entry: Entry, now: i64) {
        match entry.kind {
            EntryKind::Sleep { goroutine, generation } => {
                if goroutine.generation() == generation && goroutine.status() == Status::Waiting {
                    // SAFETY: a sleeping goroutine is owned by its (only) timer entry.
                    unsafe { goroutine.set_wake(Wake::Timer) };
                    local.ready(self, goroutine);
                }
            }
            // SAFETY: a queued timer is a live heap object (traced through the heap).
            EntryKind::Timer { timer, seq } => self.fire_timer(local, unsafe { &*timer }, seq, now),
        }
    }

    fn fire_timer(&self, local: &mut Local, timer: &Timer, seq: u32, now: i64) {
        let mut state = timer.state.lock();
        if timer.seq.load(Ordering::Acquire) != seq || state.when == 0 {
            return;
        }
        let when = state.when;
        match timer.kind {
            TimerKind::Chan(ch) => {
                let c = ch.get().expect("timer channel");
                let mut value = Words::from_elem(0, c.elem_words);
                self.hooks().timer_value(when, &mut value);
                timer_send(self, local, c, &value);
                if state.period > 0 {
                    // Skip the ticks we are late for (Go's `t.when += period * (1 + -delta/period)`).
                    let next = when + state.period * (1 + (now - when) / state.period);
                    state.when = next;
                    self.add_timer(local.index, Entry { when: next, kind: EntryKind::Timer { timer, seq } });
                } else {
                    state.when = 0;
                }
            }
            TimerKind::Func(word) => {
                state.when = 0;
                drop(state);
                let task = self.hooks().after_func(word);
                local.spawn(self, task);
            }
        }
    }

    /// Moves processor `from`'s timers to `to` (processor removed by `GOMAXPROCS`).
    pub(crate) fn move_timers(&self, from: usize, to: usize) {
        let entries = {
            let p = &self.processors[from];
            let mut heap = p.timers.lock();
            p.next_timer.store(0, Ordering::SeqCst);
            heap.take_all()
        };
        for entry in entries {
            self.add_timer(to, entry);
        }
    }
}
