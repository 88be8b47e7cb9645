//! Each processor's timers: a 4-ary min-heap on `when` (Go 1.23's `timerHeapN = 4`),
//! and running them.
//!
//! An entry is either a sleeping goroutine `(goroutine, generation)` (`time.Sleep`), or
//! a call through a [`TimerVTable`] on an object with the `seq` it had when queued: the
//! scheduler does not know what the object is (a `time.Timer` with its channel, a
//! network deadline). Stopping or resetting a timer does not search the heaps: the owner
//! bumps its `seq`, which turns the queued entry into a zombie (`is_zombie`) that is
//! skipped when it reaches the top and swept out when zombies may make up half the heap
//! (Go 1.23 counts zombies the same way, per heap).
//!
//! Guarded by `Processor::timers`; `Processor::next_timer` mirrors the top's `when`.
//! Firing happens with no heap lock held, on the thread that found the timer due (its
//! own processor's timers at each schedule; any processor's when it is about to idle).

use super::{Local, Readier, Shared};
use crate::goroutine::{GRef, Status, Wake};
use crate::heap::Marker;
use crate::primitives::Ordering;

const ARITY: usize = 4;
/// A heap shorter than this is never swept.
const SWEEP_MIN: usize = 64;

/// What a timer object does, for the scheduler that holds its entries.
pub(crate) struct TimerVTable {
    /// Fires it (no lock held); `when` is the entry's time.
    pub fire: fn(&mut Readier<'_>, data: *const (), seq: u32, when: i64, now: i64),
    /// Whether an entry queued with `seq` was stopped or reset since.
    pub is_zombie: fn(data: *const (), seq: u32) -> bool,
    /// Whether firing may wake a goroutine (deadlock detection).
    pub can_wake: fn(data: *const ()) -> bool,
}

pub(crate) enum EntryKind {
    Sleep { goroutine: GRef, generation: u32 },
    /// `data` is kept alive by its owner while the entry can fire; a heap object is also
    /// marked through the entry (`trace`).
    Call { vt: &'static TimerVTable, data: *const (), seq: u32 },
}

pub(crate) struct Entry {
    pub when: i64,
    pub kind: EntryKind,
}

// SAFETY: `data` names an object its owner keeps alive and that is `Sync` (vtable
// contract).
unsafe impl Send for Entry {}

impl Entry {
    fn is_zombie(&self) -> bool {
        match self.kind {
            EntryKind::Sleep { .. } => false,
            EntryKind::Call { vt, data, seq } => (vt.is_zombie)(data, seq),
        }
    }
}

pub(crate) struct TimerHeap {
    entries: Vec<Entry>,
    /// Length after the last sweep; the next sweep waits until the heap doubles.
    swept_len: usize,
}

impl TimerHeap {
    pub(crate) fn new() -> TimerHeap {
        TimerHeap { entries: Vec::new(), swept_len: SWEEP_MIN }
    }

    /// The earliest `when`, or 0 when empty (the `next_timer` encoding).
    pub(crate) fn next_when(&self) -> i64 {
        self.entries.first().map_or(0, |e| e.when)
    }

    pub(crate) fn push(&mut self, entry: Entry) {
        if self.entries.len() >= 2 * self.swept_len {
            self.sweep();
        }
        self.entries.push(entry);
        self.sift_up(self.entries.len() - 1);
    }

    /// Removes the top entry if it is due at `now`; zombies are dropped on the way.
    pub(crate) fn pop_due(&mut self, now: i64) -> Option<Entry> {
        loop {
            let top = self.entries.first()?;
            if top.is_zombie() {
                self.pop();
                continue;
            }
            if top.when > now {
                return None;
            }
            return self.pop();
        }
    }

    /// Takes every entry (the processor is going away).
    pub(crate) fn take_all(&mut self) -> Vec<Entry> {
        std::mem::take(&mut self.entries)
    }

    /// Whether some entry can still wake a goroutine (deadlock detection): a sleep, or a
    /// timer object that says so (an `AfterFunc`, a channel timer with a receiver
    /// waiting, a network deadline with a goroutine waiting).
    pub(crate) fn can_wake(&self) -> bool {
        self.entries.iter().filter(|e| !e.is_zombie()).any(|e| match e.kind {
            EntryKind::Sleep { .. } => true,
            EntryKind::Call { vt, data, .. } => (vt.can_wake)(data),
        })
    }

    /// Marks the objects queued here (heap objects; other addresses are ignored).
    pub(crate) fn trace(&self, marker: &mut Marker) {
        for e in &self.entries {
            if let EntryKind::Call { data, .. } = e.kind {
                marker.mark(data as usize as u64);
            }
        }
    }

    fn sweep(&mut self) {
        self.entries.retain(|e| !e.is_zombie());
        for i in (0..self.entries.len()).rev() {
            self.sift_down(i);
        }
        self.swept_len = self.entries.len().max(SWEEP_MIN);
    }

    fn pop(&mut self) -> Option<Entry> {
        let last = self.entries.len().checked_sub(1)?;
        self.entries.swap(0, last);
        let top = self.entries.pop();
        if !self.entries.is_empty() {
            self.sift_down(0);
        }
        top
    }

    fn sift_up(&mut self, mut i: usize) {
        while i > 0 {
            let parent = (i - 1) / ARITY;
            if self.entries[parent].when <= self.entries[i].when {
                break;
            }
            self.entries.swap(parent, i);
            i = parent;
        }
    }

    fn sift_down(&mut self, mut i: usize) {
        let n = self.entries.len();
        loop {
            let first = i * ARITY + 1;
            if first >= n {
                return;
            }
            let smallest = (first..(first + ARITY).min(n)).min_by_key(|&c| self.entries[c].when).expect("non-empty");
            if self.entries[smallest].when >= self.entries[i].when {
                return;
            }
            self.entries.swap(i, smallest);
            i = smallest;
        }
    }
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
    pub(crate) fn add_sleep_timer(&self, index: usize, g: GRef, when: i64, generation: u32) {
        self.add_timer(index, Entry { when, kind: EntryKind::Sleep { goroutine: g, generation } });
    }

    /// Runs processor `index`'s expired timers on this thread (its own, or another's
    /// when stealing or about to idle). Readied goroutines go to this processor's queue.
    /// Returns whether any fired.
    pub(crate) fn run_timers(&self, local: &mut Local, index: usize) -> bool {
        let p = &self.processors[index];
        let next = p.next_timer.load(Ordering::SeqCst);
        if next == 0 {
            return false;
        }
        let now = self.now();
        if next > now {
            return false;
        }
        let mut fired = false;
        loop {
            let entry = {
                let mut heap = p.timers.lock();
                let entry = heap.pop_due(now);
                p.next_timer.store(heap.next_when(), Ordering::SeqCst);
                entry
            };
            match entry {
                Some(entry) => {
                    fired = true;
                    self.fire(local, entry, now)
                }
                None => return fired,
            }
        }
    }

    /// Runs every processor's expired timers (a thread about to idle).
    pub(crate) fn run_all_timers(&self, local: &mut Local) -> bool {
        let mut fired = false;
        for index in 0..self.procs() {
            fired |= self.run_timers(local, index);
        }
        fired
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
            EntryKind::Call { vt, data, seq } => (vt.fire)(&mut Readier::new(self, Some(local)), data, seq, entry.when, now),
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
        self.poller.timer_added(when);
    }
}
