//! A processor's timers: a 4-ary min-heap on `when` (Go 1.23's `timerHeapN = 4`).
//!
//! Entries are either a sleeping goroutine `(goroutine, generation)` or a [`Timer`]
//! object with the `seq` it had when queued. Stopping or resetting a timer does not search
//! the heaps: it bumps the timer's `seq`, which turns the queued entry into a zombie that
//! is skipped when it reaches the top and swept out when zombies may make up half the
//! heap (Go 1.23 counts zombies the same way, per heap).
//!
//! Guarded by `Processor::timers`; `Processor::next_timer` mirrors the top's `when`.

use crate::goroutine::GRef;
use crate::heap::Marker;
use crate::primitives::{Ordering, RawLockApi};

use super::{Timer, TimerKind};

const ARITY: usize = 4;
/// A heap shorter than this is never swept.
const SWEEP_MIN: usize = 64;

pub(crate) enum EntryKind {
    Sleep { goroutine: GRef, generation: u32 },
    Timer { timer: *const Timer, seq: u32 },
}

pub(crate) struct Entry {
    pub when: i64,
    pub kind: EntryKind,
}

// SAFETY: the timer pointer names a heap object kept alive by the heap entry (traced as
// a root), and timers are `Sync`.
unsafe impl Send for Entry {}

impl Entry {
    fn is_zombie(&self) -> bool {
        match self.kind {
            EntryKind::Sleep { .. } => false,
            // SAFETY: a queued timer is live (see `Send` above).
            EntryKind::Timer { timer, seq } => unsafe { (*timer).seq.load(Ordering::Acquire) != seq },
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

    /// Whether some entry can still wake a goroutine (deadlock detection): a sleep, an
    /// `AfterFunc`, or a channel timer whose channel has a receiver waiting.
    pub(crate) fn can_wake(&self) -> bool {
        self.entries.iter().filter(|e| !e.is_zombie()).any(|e| match e.kind {
            EntryKind::Sleep { .. } => true,
            // SAFETY: a queued timer is live.
            EntryKind::Timer { timer, .. } => match unsafe { &(*timer).kind } {
                TimerKind::Func(_) => true,
                TimerKind::Chan(ch) => {
                    let c = ch.get().expect("timer channel");
                    c.lock.lock();
                    // SAFETY: locked just above.
                    let waiting = unsafe { !c.state().recvq.is_empty() };
                    // SAFETY: locked just above.
                    unsafe { c.lock.unlock() };
                    waiting
                }
            },
        })
    }

    /// Marks the timer objects queued here (their `trace` marks channels and functions).
    pub(crate) fn trace(&self, marker: &mut Marker) {
        for e in &self.entries {
            if let EntryKind::Timer { timer, .. } = e.kind {
                marker.mark(timer as usize as u64);
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
