//! A processor (Go's `p`): the shared, stealable half and the half that moves between
//! threads with the right to run goroutines ([`Local`]).
//!
//! A worker thread (an M, `machine.rs`) runs goroutines only while it holds a processor's
//! `Local`. When it does not, the `Local` waits in the processor's `slot`, and `status`
//! says why:
//!
//! | status | `Local` is | who may take it |
//! |---|---|---|
//! | `RUNNING` | held by the thread running on it | nobody |
//! | `IDLE` | in `slot`, index on the idle list | whoever pops the idle list (under `sched`) |
//! | `SYSCALL` | in `slot`; its thread is in a blocking system call | whoever wins the CAS out of `SYSCALL`: the returning thread, sysmon (hand-off) or a world stop |
//! | `STOPPED` | in `slot` (or not made yet): stopped for a world stop, or beyond `GOMAXPROCS` | the world stop's owner |
//!
//! | field | written by | read by |
//! |---|---|---|
//! | `Local::runq` (push/pop) | the holder of `Local` | thieves through `Processor::stealer` |
//! | `Processor::runnext` | holder (`runq_put`, `runq_get`), thieves (last steal pass) | anyone, atomically |
//! | `Processor::timers` | anyone, under its mutex | anyone, under its mutex |
//! | `Processor::next_timer` | whoever holds `timers` | anyone (poll timeout, safepoint) |
//! | `schedtick`, `syscalltick` mirrors | the holder | sysmon |
//! | everything else in `Local` | the holder only | |

use std::ptr;
use std::time::Instant;

use crossbeam_deque::{Stealer, Worker};

use super::Shared;
use crate::goroutine::{GRef, Goroutine, Status};
use crate::heap::AllocCache;
use crate::primitives::{AtomicBool, AtomicI64, AtomicU32, AtomicU8, Mutex, Ordering};
use crate::task::Task;
use super::timers::TimerHeap;

/// Free goroutine structs a processor keeps before spilling half to the global list
/// (Go's `gfput` uses 64 and 32).
const LOCAL_FREE_MAX: usize = 64;

/// Goroutines a processor's own queue holds; more go to the global queue (Go's local ring
/// has 256 slots). A processor that readies millions of goroutines at once (closing a
/// channel they wait on) would otherwise grow its deque to a buffer of their size, doubled
/// and copied on the way; the global queue is a list of small blocks freed as it drains.
const LOCAL_QUEUE_MAX: usize = 256;

/// Processor states (module doc).
pub(crate) const RUNNING: u8 = 0;
pub(crate) const IDLE: u8 = 1;
pub(crate) const SYSCALL: u8 = 2;
pub(crate) const STOPPED: u8 = 3;

/// The shared half of a processor.
pub(crate) struct Processor {
    pub stealer: Stealer<GRef>,
    /// Go's `runnext`: the goroutine to run next, stealable on the last steal pass.
    pub runnext: std::sync::atomic::AtomicPtr<Goroutine>,
    pub timers: Mutex<TimerHeap>,
    /// Earliest `when` on `timers` (0 if empty); kept in step under the `timers` lock.
    pub next_timer: AtomicI64,
    /// Set when a thread is executing a goroutine here (thieves back off before taking
    /// its `runnext`, as Go's `runqgrab` does for a running P).
    pub executing: AtomicBool,
    /// Preemption request for the goroutine running here (checked by `safepoint`).
    pub preempt: AtomicBool,
    /// `RUNNING`, `IDLE`, `SYSCALL` or `STOPPED` (module doc).
    pub status: AtomicU8,
    /// The `Local` while no thread holds it.
    pub slot: Mutex<Option<Box<Local>>>,
    /// The owner half of the run queue until the processor's `Local` is made.
    owner_queue: Mutex<Option<Worker<GRef>>>,
    /// Mirrors of `Local::schedtick` and of the number of system calls entered here,
    /// for sysmon (Go's `sysmontick`).
    pub schedtick: AtomicU32,
    pub syscalltick: AtomicU32,
    /// When the current time slice started (runtime nanoseconds), for sysmon.
    pub slice_since: AtomicI64,
}

impl Processor {
    /// A processor beyond `GOMAXPROCS`; its `Local` is made on first use.
    pub(crate) fn new() -> Processor {
        let queue = Worker::new_fifo();
        Processor {
            stealer: queue.stealer(),
            runnext: std::sync::atomic::AtomicPtr::new(ptr::null_mut()),
            timers: Mutex::new(TimerHeap::new()),
            next_timer: AtomicI64::new(0),
            executing: AtomicBool::new(false),
            preempt: AtomicBool::new(false),
            status: AtomicU8::new(STOPPED),
            slot: Mutex::new(None),
            owner_queue: Mutex::new(Some(queue)),
            schedtick: AtomicU32::new(0),
            syscalltick: AtomicU32::new(0),
            slice_since: AtomicI64::new(0),
        }
    }

    /// Whether this processor has queued goroutines (racy; for heuristics and rechecks).
    pub(crate) fn has_work(&self) -> bool {
        !self.stealer.is_empty() || !self.runnext.load(Ordering::Acquire).is_null()
    }

    /// Takes the `runnext` goroutine, if any (holder or thief).
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

    /// Takes the `Local` out of the slot (making it on first use). The caller has won the
    /// right to it (module doc).
    pub(crate) fn take_local(&self, index: usize) -> Box<Local> {
        if let Some(local) = self.slot.lock().take() {
            return local;
        }
        let runq = self.owner_queue.lock().take().expect("minigo bug: a processor's Local is missing");
        Box::new(Local::new(index, runq))
    }

    /// Parks `local` in the slot (the caller then publishes the new status).
    pub(crate) fn put_local(&self, local: Box<Local>) {
        let old = self.slot.lock().replace(local);
        debug_assert!(old.is_none(), "minigo bug: two Locals for one processor");
    }
}

/// The half of a processor only the thread holding it touches (Go's `p` fields without
/// atomics).
pub(crate) struct Local {
    pub index: usize,
    pub runq: Worker<GRef>,
    pub alloc: AllocCache,
    free: Vec<GRef>,
    /// Incremented on every schedule that does not inherit a time slice (Go's `schedtick`).
    pub schedtick: u32,
    /// Start of the running goroutine's time slice.
    pub slice_start: Instant,
    rng: u64,
}

impl Local {
    fn new(index: usize, runq: Worker<GRef>) -> Local {
        Local {
            index,
            runq,
            alloc: AllocCache::default(),
            free: Vec::new(),
            schedtick: 0,
            slice_start: Instant::now(),
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
                self.push_queue(shared, unsafe { GRef::from_ptr(old) });
            }
        } else {
            self.push_queue(shared, g);
        }
    }

    /// To the tail of the local queue, or of the global one when the local is full.
    fn push_queue(&mut self, shared: &Shared, g: GRef) {
        if self.runq.len() < LOCAL_QUEUE_MAX {
            self.runq.push(g);
        } else {
            shared.global.push(g);
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

    /// Gives this processor's free goroutines back to the global list (processor stopped).
    pub(crate) fn flush_free(&mut self, shared: &Shared) {
        shared.free.lock().append(&mut self.free);
    }
}
