//! A processor (Go's `p`): the shared, stealable half and the half its worker thread owns.
//!
//! | field | written by | read by |
//! |---|---|---|
//! | `Local::runq` (push/pop) | the owning worker | thieves through `Processor::stealer` |
//! | `Processor::runnext` | owner (`runq_put`, `runq_get`), thieves (last steal pass) | anyone, atomically |
//! | `Processor::timers` | anyone, under its mutex | anyone, under its mutex |
//! | `Processor::next_timer` | whoever holds `timers` | anyone (poll timeout, safepoint) |
//! | everything else in `Local` | the owning worker only | |

use std::ptr;
use std::time::Instant;

use crossbeam_deque::{Stealer, Worker};

use super::park::Parker;
use super::Shared;
use crate::goroutine::{GRef, Goroutine, Status};
use crate::heap::AllocCache;
use crate::primitives::{AtomicBool, AtomicI64, Mutex, Ordering};
use crate::sudog::Sudog;
use crate::task::Task;
use crate::time::heap::TimerHeap;

/// Free goroutine structs a processor keeps before spilling half to the global list
/// (Go's `gfput` uses 64 and 32).
const LOCAL_FREE_MAX: usize = 64;
/// Cached select sudogs per processor (Go's `sudogcache` is 128 deep).
const SUDOG_CACHE_MAX: usize = 128;

/// The shared half of a processor.
pub(crate) struct Processor {
    pub stealer: Stealer<GRef>,
    /// The owner half of the local queue, until its worker thread takes it.
    owner_queue: Mutex<Option<Worker<GRef>>>,
    /// Go's `runnext`: the goroutine to run next, stealable on the last steal pass.
    pub runnext: std::sync::atomic::AtomicPtr<Goroutine>,
    pub timers: Mutex<TimerHeap>,
    /// Earliest `when` on `timers` (0 if empty); kept in step under the `timers` lock.
    pub next_timer: AtomicI64,
    pub parker: Parker,
    /// Set when the worker is executing a goroutine (thieves back off before taking its
    /// `runnext`, as Go's `runqgrab` does for a running P).
    pub executing: AtomicBool,
    /// Preemption request for the goroutine running here (checked by `safepoint`).
    pub preempt: AtomicBool,
    /// The worker thread for this processor exists.
    pub started: AtomicBool,
}

impl Processor {
    pub(crate) fn new() -> Processor {
        let queue = Worker::new_fifo();
        Processor {
            stealer: queue.stealer(),
            owner_queue: Mutex::new(Some(queue)),
            runnext: std::sync::atomic::AtomicPtr::new(ptr::null_mut()),
            timers: Mutex::new(TimerHeap::new()),
            next_timer: AtomicI64::new(0),
            parker: Parker::new(),
            executing: AtomicBool::new(false),
            preempt: AtomicBool::new(false),
            started: AtomicBool::new(false),
        }
    }

    /// Whether this processor has queued goroutines (racy; for heuristics and rechecks).
    pub(crate) fn has_work(&self) -> bool {
        !self.stealer.is_empty() || !self.runnext.load(Ordering::Acquire).is_null()
    }

    /// Takes the `runnext` goroutine, if any (owner or thief).
    pub(crate) fn take_runnext(&self) -> Option<GRef> {
        let next = self.runnext.load(Ordering::Acquire);
        if next.is_null() {
            return None;
        }
        // AcqRel: acquire the readier's writes to the goroutine; release is irrelevant.
        let next = self.runnext.swap(ptr::null_mut(), Ordering::AcqRel);
        // SAFETY: `runnext` only ever holds pointers from `GRef::as_ptr`.
        (!next.is_null()).then(|| unsafe { GRef::from_ptr(next) })
    }
}

/// The half of a processor only its worker thread touches (Go's `p` fields without
/// atomics, plus the `m`'s spinning flag).
pub(crate) struct Local {
    pub index: usize,
    pub runq: Worker<GRef>,
    pub alloc: AllocCache,
    /// Boxed: a sudog's address must not change while it is queued on a channel.
    #[allow(clippy::vec_box)]
    pub sudogs: Vec<Box<Sudog>>,
    free: Vec<GRef>,
    /// Incremented on every schedule that does not inherit a time slice (Go's `schedtick`).
    pub schedtick: u32,
    /// Start of the running goroutine's time slice.
    pub slice_start: Instant,
    pub spinning: bool,
    rng: u64,
}

impl Local {
    pub(crate) fn new(shared: &Shared, index: usize) -> Local {
        let runq = shared.processors[index]
            .owner_queue
            .lock()
            .take()
            .expect("minigo bug: processor queue taken twice");
        Local {
            index,
            runq,
            alloc: AllocCache::default(),
            sudogs: Vec::new(),
            free: Vec::new(),
            schedtick: 0,
            slice_start: Instant::now(),
            spinning: false,
            rng: 0x9E37_79B9_7F4A_7C15 ^ (index as u64 + 1).wrapping_mul(0xA076_1D64_78BD_642F),
        }
    }

    /// A cheap random number (wyrand, as Go's `cheaprand`).
    pub(crate) fn random(&mut self) -> u32 {
        self.rng = self.rng.wrapping_add(0xA076_1D64_78BD_642F);
        let t = (self.rng as u128).wrapping_mul((self.rng ^ 0xE703_7ED1_A0B4_28DB) as u128);
        ((t >> 64) as u64 ^ t as u64) as u32
    }

    /// Uniform in `0..n` (Lemire's multiply-shift, as Go's `cheaprandn`).
    pub(crate) fn random_below(&mut self, n: u32) -> u32 {
        ((self.random() as u64 * n as u64) >> 32) as u32
    }

    /// Go's `runqput`: into `runnext` (kicking the old one to the tail) or the tail.
    pub(crate) fn runq_put(&mut self, shared: &Shared, g: GRef, next: bool) {
        if next {
            let old = shared.processors[self.index].runnext.swap(g.as_ptr(), Ordering::AcqRel);
            if !old.is_null() {
                // SAFETY: `runnext` only ever holds pointers from `GRef::as_ptr`.
                self.runq.push(unsafe { GRef::from_ptr(old) });
            }
        } else {
            self.runq.push(g);
        }
    }

    /// Go's `runqget`: `runnext` first (inherits the time slice), then the local queue.
    pub(crate) fn runq_get(&mut self, shared: &Shared) -> Option<(GRef, bool)> {
        if let Some(g) = shared.processors[self.index].take_runnext() {
            return Some((g, true));
        }
        self.runq.pop().map(|g| (g, false))
    }

    /// Makes a parked goroutine runnable on this processor (Go's `ready`). The caller
    /// owns `g` (it dequeued it under the wait structure's lock, now released) and has
    /// written its wake result.
    pub(crate) fn ready(&mut self, shared: &Shared, g: GRef) {
        g.set_status(Status::Runnable);
        self.runq_put(shared, g, true);
        shared.wakep();
    }

    /// Starts a goroutine running `task` (Go's `newproc`): `runnext` plus `wakep`.
    pub(crate) fn spawn(&mut self, shared: &Shared, task: Box<dyn Task>) -> u64 {
        let id = shared.next_id.fetch_add(1, Ordering::Relaxed);
        let g = match self.free.pop() {
            Some(g) => {
                g.start(id, task);
                shared.ngoroutines.fetch_add(1, Ordering::Relaxed);
                g
            }
            None => shared.new_goroutine(id, task),
        };
        g.set_status(Status::Runnable);
        self.runq_put(shared, g, true);
        shared.wakep();
        id
    }

    /// Returns a finished goroutine's struct to the free lists (Go's `gfput`).
    pub(crate) fn free_goroutine(&mut self, shared: &Shared, g: GRef) {
        // SAFETY: the worker owns `g`: it just returned `Exit::Done` here.
        unsafe { g.finish() };
        shared.ngoroutines.fetch_sub(1, Ordering::Relaxed);
        self.free.push(g);
        if self.free.len() >= LOCAL_FREE_MAX {
            let spill = self.free.split_off(LOCAL_FREE_MAX / 2);
            shared.free.lock().extend(spill);
        }
    }

    /// A sudog for a select case (Go's `acquireSudog`).
    pub(crate) fn acquire_sudog(&mut self) -> *mut Sudog {
        Box::into_raw(self.sudogs.pop().unwrap_or_else(|| Box::new(Sudog::new())))
    }

    /// Returns a select sudog (Go's `releaseSudog`).
    ///
    /// # Safety
    /// `sg` came from [`Local::acquire_sudog`] and is on no queue.
    pub(crate) unsafe fn release_sudog(&mut self, sg: *mut Sudog) {
        // SAFETY: per the contract, `sg` is a leaked box nobody references any more.
        let sg = unsafe { Box::from_raw(sg) };
        if self.sudogs.len() < SUDOG_CACHE_MAX {
            self.sudogs.push(sg);
        }
    }

    /// Gives this processor's free goroutines back to the global list (processor stopped).
    pub(crate) fn flush_free(&mut self, shared: &Shared) {
        shared.free.lock().append(&mut self.free);
    }
}
