//! The runtime's half of a goroutine (Go's `g`), its life cycle, and the park token.
//!
//! # Ownership (memo §2.4)
//! At any moment a goroutine is owned by exactly one of:
//! 1. the worker running it ([`Status::Running`]): only that thread touches the task, the
//!    wake result and the wait buffer;
//! 2. a run queue or a processor's `runnext` slot ([`Status::Runnable`]);
//! 3. a wait structure ([`Status::Waiting`]): a channel queue, a semaphore bucket, a timer.
//!    Whoever dequeues it under that structure's lock becomes its owner, writes the wake
//!    result and the wait buffer, and hands it to a run queue (`ready`). The run queue
//!    publishes those writes to the next runner (crossbeam's push/steal are release/acquire).
//!
//! # Never freed while referenced
//! Goroutine structs are allocated once, in the blocks of the scheduler's `all` list
//! ([`AllGoroutines`], Go's `allgs`) and reused through free lists (Go's `gfput`/`gfget`);
//! they are freed only when the scheduler itself is dropped. A reference held by a timer may therefore be stale but
//! never dangling: each park bumps `generation`, and a sleep timer that fires for an older
//! generation does nothing.
//!
//! # Size
//! This struct is what the runtime adds to every goroutine (≈136 bytes, checked by a test):
//! the boxed task pointer, ids and flags, the wake result, and one embedded [`Sudog`]
//! whose element buffer doubles as the goroutine's wait buffer.

use std::cell::UnsafeCell;
use std::ptr::{self, NonNull};

use crate::primitives::{AtomicU32, AtomicU64, AtomicU8, Ordering};
use crate::scheduler::Readier;
use crate::sudog::Sudog;
use crate::task::{Task, WaitReason};

/// Element words in flight: a value being sent, or a received value waiting for its
/// goroutine to resume. Three words inline (a slice header), spilled beyond.
pub(crate) type Words = smallvec::SmallVec<[u64; 3]>;

/// Where a goroutine is (Go's `_Gidle`, `_Grunnable`, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Status {
    /// On a free list: no task. Owned by the free list.
    Idle = 0,
    /// On a run queue or in a `runnext` slot; not executing. Owned by the queue.
    Runnable = 1,
    /// Executing on a worker, which owns the task and every field.
    Running = 2,
    /// Parked; owned by the wait structure it is queued on (or by nothing, for a nil
    /// channel or `select {}`: such a goroutine is never woken).
    Waiting = 3,
}

/// What the waker left for a parked goroutine; read once when it resumes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Wake {
    /// Not woken (running normally, or resumed for another reason).
    None,
    /// A channel operation completed: `case` is the select case (0 for a plain send or
    /// receive), `success` is false when the channel was closed.
    Chan { case: u16, success: bool },
    /// A sleep timer fired.
    Timer,
    /// A semaphore release woke us; `handoff` means the count was already taken for us.
    Sema { handoff: bool },
    /// An external job finished; its result is in the wait buffer.
    External,
    /// A descriptor the goroutine waited on became ready, was closed or its deadline
    /// passed (`netpoll`'s codes).
    Poll(u8),
}

/// The runtime's part of a goroutine.
pub(crate) struct Goroutine {
    /// The VM's state. Accessed only by the owner (see the module doc) or while the
    /// world is stopped.
    task: UnsafeCell<Option<Box<dyn Task>>>,
    /// Go's goroutine id; set while owned, read by dumps.
    id: AtomicU64,
    status: AtomicU8,
    wait_reason: AtomicU8,
    /// Go's `selectDone`: a waker must win the 0→1 CAS before completing a select sudog.
    pub(crate) select_done: AtomicU8,
    /// Bumped at every park; stale timers compare it.
    generation: AtomicU32,
    /// Written by the waker while it owns the goroutine, read by the next runner.
    wake: UnsafeCell<Wake>,
    /// Continuation state of an operation that may park more than once (mutex wait start).
    op_state: UnsafeCell<u64>,
    /// Go's `g.waiting`: the select's sudogs in lock order, chained by `wait_link`.
    waiting: UnsafeCell<*mut Sudog>,
    /// The embedded wait record for a plain channel operation; its element buffer is the
    /// goroutine's wait buffer for received values.
    pub(crate) sudog: Sudog,
}

// SAFETY: every field is either atomic or accessed only by the goroutine's single owner
// (module doc, "Ownership"); ownership moves between threads only through queues and locks
// that order the accesses.
unsafe impl Send for Goroutine {}
unsafe impl Sync for Goroutine {}

/// A pointer to a goroutine that stays valid for the scheduler's life (module doc).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct GRef(NonNull<Goroutine>);

// SAFETY: a `GRef` is a plain pointer to a `Sync` struct that outlives every reference.
unsafe impl Send for GRef {}
unsafe impl Sync for GRef {}

impl std::ops::Deref for GRef {
    type Target = Goroutine;
    fn deref(&self) -> &Goroutine {
        // SAFETY: goroutines are freed only when the scheduler is dropped, after every
        // worker has stopped (module doc, "Never freed while referenced").
        unsafe { self.0.as_ref() }
    }
}

impl GRef {
    pub(crate) fn as_ptr(self) -> *mut Goroutine {
        self.0.as_ptr()
    }

    /// # Safety
    /// `p` must come from [`GRef::as_ptr`] of a goroutine of a live scheduler.
    pub(crate) unsafe fn from_ptr(p: *mut Goroutine) -> GRef {
        // SAFETY: the caller passes a pointer from `as_ptr`, which is never null.
        GRef(unsafe { NonNull::new_unchecked(p) })
    }
}

/// Goroutines per block of [`AllGoroutines`] (about 68 KB).
const BLOCK: usize = 512;

/// Every goroutine struct the scheduler made (Go's `allgs`), packed in blocks of
/// [`BLOCK`] that never move and are freed only with the list. A struct costs its exact
/// size: as single allocations each took the allocator's next size class (160 bytes for
/// 136) plus a pointer in a list that doubled as it grew, about 32 bytes more per
/// goroutine, 0.3 GB for ten million parked goroutines.
pub(crate) struct AllGoroutines {
    blocks: Vec<NonNull<Goroutine>>,
    len: usize,
}

// SAFETY: the blocks hold `Sync` goroutine structs; the list itself is guarded by the
// scheduler's mutex.
unsafe impl Send for AllGoroutines {}

impl AllGoroutines {
    pub(crate) const fn new() -> AllGoroutines {
        AllGoroutines { blocks: Vec::new(), len: 0 }
    }

    fn layout() -> std::alloc::Layout {
        std::alloc::Layout::array::<Goroutine>(BLOCK).expect("minigo bug: goroutine block size")
    }

    /// A new idle goroutine struct, listed.
    pub(crate) fn allocate(&mut self) -> GRef {
        let slot = self.len % BLOCK;
        if slot == 0 {
            // SAFETY: the layout has a non-zero size.
            let block = unsafe { std::alloc::alloc(Self::layout()) } as *mut Goroutine;
            let Some(block) = NonNull::new(block) else { std::alloc::handle_alloc_error(Self::layout()) };
            self.blocks.push(block);
        }
        let block = self.blocks[self.len / BLOCK];
        // SAFETY: `slot < BLOCK`, inside the block, and not yet initialized (slots are
        // used in order and never given back).
        let g = unsafe {
            let p = block.as_ptr().add(slot);
            ptr::write(p, Goroutine::idle());
            GRef(NonNull::new_unchecked(p))
        };
        self.len += 1;
        g.sudog.set_goroutine(g);
        g
    }

    /// Every goroutine made, in order of creation.
    pub(crate) fn iter(&self) -> impl Iterator<Item = GRef> + '_ {
        // SAFETY: the first `len` slots are initialized.
        (0..self.len).map(|i| unsafe { GRef(NonNull::new_unchecked(self.blocks[i / BLOCK].as_ptr().add(i % BLOCK))) })
    }
}

impl Default for AllGoroutines {
    fn default() -> AllGoroutines {
        AllGoroutines::new()
    }
}

impl Drop for AllGoroutines {
    /// Drops every goroutine (its task too) and frees the blocks. The owner (the
    /// scheduler being dropped) guarantees no reference to any of them is used again.
    fn drop(&mut self) {
        for g in self.iter() {
            // SAFETY: initialized, dropped once; see the doc comment for references.
            unsafe { ptr::drop_in_place(g.as_ptr()) };
        }
        for &block in &self.blocks {
            // SAFETY: allocated in `allocate` with the same layout.
            unsafe { std::alloc::dealloc(block.as_ptr() as *mut u8, Self::layout()) };
        }
    }
}

impl Goroutine {
    fn idle() -> Goroutine {
        Goroutine {
            task: UnsafeCell::new(None),
            id: AtomicU64::new(0),
            status: AtomicU8::new(Status::Idle as u8),
            wait_reason: AtomicU8::new(0),
            select_done: AtomicU8::new(0),
            generation: AtomicU32::new(0),
            wake: UnsafeCell::new(Wake::None),
            op_state: UnsafeCell::new(0),
            waiting: UnsafeCell::new(ptr::null_mut()),
            sudog: Sudog::new(),
        }
    }

    pub(crate) fn id(&self) -> u64 {
        self.id.load(Ordering::Relaxed)
    }

    pub(crate) fn status(&self) -> Status {
        match self.status.load(Ordering::Acquire) {
            0 => Status::Idle,
            1 => Status::Runnable,
            2 => Status::Running,
            _ => Status::Waiting,
        }
    }

    pub(crate) fn set_status(&self, s: Status) {
        self.status.store(s as u8, Ordering::Release);
    }

    pub(crate) fn wait_reason(&self) -> WaitReason {
        WaitReason::from_u8(self.wait_reason.load(Ordering::Relaxed))
    }

    /// Records why the goroutine is about to park and opens a new wait generation.
    pub(crate) fn prepare_park(&self, reason: WaitReason) -> u32 {
        self.wait_reason.store(reason as u8, Ordering::Relaxed);
        self.generation.fetch_add(1, Ordering::Relaxed).wrapping_add(1)
    }

    pub(crate) fn generation(&self) -> u32 {
        self.generation.load(Ordering::Relaxed)
    }

    /// Installs a new task (from a free list: the caller owns the goroutine).
    pub(crate) fn start(&self, id: u64, task: Box<dyn Task>) {
        self.id.store(id, Ordering::Relaxed);
        self.wait_reason.store(0, Ordering::Relaxed);
        // SAFETY: the caller owns the goroutine (taken from a free list or freshly made).
        unsafe {
            *self.task.get() = Some(task);
            *self.wake.get() = Wake::None;
            *self.op_state.get() = 0;
        }
    }

    /// The task, for the owner to run.
    ///
    /// # Safety
    /// The caller owns the goroutine (module doc) and creates no other reference to it.
    #[allow(clippy::mut_from_ref)]
    pub(crate) unsafe fn task_mut(&self) -> &mut dyn Task {
        // SAFETY: exclusive access is the caller's contract.
        unsafe { (*self.task.get()).as_deref_mut().expect("minigo bug: goroutine without task") }
    }

    /// The task, for tracing or dumping.
    ///
    /// # Safety
    /// No worker may be running this goroutine: the world is stopped, or every worker
    /// is idle (deadlock report).
    pub(crate) unsafe fn task_ref(&self) -> Option<&dyn Task> {
        // SAFETY: see the contract: nobody mutates the task concurrently.
        unsafe { (*self.task.get()).as_deref() }
    }

    /// Drops the finished task. The caller owns the goroutine.
    pub(crate) unsafe fn finish(&self) {
        // SAFETY: owner-only, per the caller's contract. The wait buffer is emptied so a
        // free goroutine keeps no heap object alive.
        unsafe {
            *self.task.get() = None;
            self.sudog.state().elem.clear();
        }
        self.set_status(Status::Idle);
    }

    /// # Safety
    /// The caller owns the goroutine (it is the waker that dequeued it, or its runner).
    pub(crate) unsafe fn set_wake(&self, wake: Wake) {
        // SAFETY: owner-only, per the caller's contract.
        unsafe { *self.wake.get() = wake };
    }

    /// Takes the wake result (owner only).
    ///
    /// # Safety
    /// The caller runs the goroutine.
    pub(crate) unsafe fn take_wake(&self) -> Wake {
        // SAFETY: owner-only, per the caller's contract.
        unsafe { std::mem::replace(&mut *self.wake.get(), Wake::None) }
    }

    /// # Safety
    /// The caller runs the goroutine.
    pub(crate) unsafe fn peek_wake(&self) -> Wake {
        // SAFETY: owner-only, per the caller's contract.
        unsafe { *self.wake.get() }
    }

    /// # Safety
    /// The caller runs the goroutine.
    #[allow(clippy::mut_from_ref)]
    pub(crate) unsafe fn op_state(&self) -> &mut u64 {
        // SAFETY: owner-only, per the caller's contract.
        unsafe { &mut *self.op_state.get() }
    }

    /// Go's `g.waiting` list head.
    ///
    /// # Safety
    /// The caller runs the goroutine, or holds the locks of every channel on the list.
    #[allow(clippy::mut_from_ref)]
    pub(crate) unsafe fn waiting(&self) -> &mut *mut Sudog {
        // SAFETY: per the caller's contract.
        unsafe { &mut *self.waiting.get() }
    }
}

/// Proof that a blocking operation queued the goroutine and holds the lock that must be
/// released once it is parked (Go's `gopark(unlockf, lock, ...)`). The VM returns it in
/// [`crate::Exit::Park`]; dropping it any other way is a VM bug and panics.
#[must_use = "return it in Exit::Park"]
pub struct Park {
    pub(crate) commit: Commit,
}

/// What the scheduler does after marking the goroutine waiting.
pub(crate) enum Commit {
    /// Nothing holds the goroutine (nil channel, `select {}`): parked for ever.
    Forever,
    /// Go's `unlockf`: `f(readier, goroutine, arg)` releases the lock under which the
    /// goroutine was queued (a channel's, a semaphore bucket's, every channel of a
    /// select), or publishes it where its waker looks (a descriptor). From then on the
    /// goroutine may be readied by someone else; `f` may also ready it itself (the event
    /// it waits for has come meanwhile).
    Call { f: unsafe fn(&mut Readier<'_>, GRef, *const ()), arg: *const () },
    /// Put a sleep timer for this generation on the current processor's heap.
    Sleep { when: i64, generation: u32 },
    /// Start the job that will wake the goroutine (`external`).
    External(ExternalJob),
}

/// A job that will wake a goroutine parked on it (`external`).
pub type ExternalJob = Box<dyn FnOnce(crate::external::ExternalWaker) + Send>;

// SAFETY: `arg` names a heap channel, a bucket or a descriptor that outlives the park
// (the job is `Send`); a `Park` moves only from the VM back to the scheduler on the same
// thread.
unsafe impl Send for Park {}

impl Park {
    pub(crate) fn new(commit: Commit) -> Park {
        Park { commit }
    }

    pub(crate) fn into_commit(self) -> Commit {
        let me = std::mem::ManuallyDrop::new(self);
        // SAFETY: `me` is never used or dropped again, so the commit is moved out once.
        unsafe { ptr::read(&me.commit) }
    }
}

impl Drop for Park {
    fn drop(&mut self) {
        panic!("minigo bug: a Park token was dropped instead of returned in Exit::Park");
    }
}
