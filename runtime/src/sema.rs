//! Semaphores keyed by address (Go's `runtime/sema.go`), the parking layer under the
//! native `sync` types and `sync.Cond`'s notify lists.
//!
//! The count lives in a Go heap word (`*addr`); waiters live here, in one of
//! `BUCKETS` buckets chosen by hashing the address (Go's `semtable`). A bucket's lock
//! guards its queues; `nwait` (waiters in the bucket) is read without it.
//!
//! Acquire: 1. take a unit with a CAS if `*addr > 0`; 2. lock the bucket, `nwait += 1`,
//! try again (a release may have come in between); 3. queue the goroutine and park (the
//! commit unlocks the bucket). On wake-up the unit was either handed to us
//! (`handoff`) or must be retaken: if that fails we queue again, at the front.
//!
//! Release: 1. `*addr += 1`; 2. if `nwait == 0` nobody waits; 3. lock, dequeue the first
//! waiter of this address, unlock, ready it. With `handoff` the unit is taken for it
//! first, so a barging goroutine cannot steal it (starving mutexes).
//!
//! `nwait` += before the recheck and `*addr` += before reading `nwait` are both SeqCst:
//! either the releaser sees the waiter or the waiter sees the unit.

use std::cell::UnsafeCell;
use std::collections::{HashMap, VecDeque};

use crate::context::RunContext;
use crate::goroutine::{Commit, GRef, Park, Wake};
use crate::primitives::{AtomicU64, AtomicUsize, Ordering, RawLock, RawLockApi};
use crate::scheduler::Readier;
use crate::task::{Blocking, WaitReason};

/// Number of buckets (Go's `semTabSize`).
pub(crate) const BUCKETS: usize = 251;

pub(crate) struct SemaBucket {
    pub(crate) lock: RawLock,
    nwait: AtomicUsize,
    queues: UnsafeCell<Queues>,
}

#[derive(Default)]
pub(crate) struct Queues {
    /// Semaphore waiters per address.
    pub sema: HashMap<usize, VecDeque<GRef>>,
    /// `sync.Cond` waiters per notify list address, with their tickets.
    pub notify: HashMap<usize, VecDeque<(GRef, u64)>>,
}

// SAFETY: `queues` is accessed only under `lock`.
unsafe impl Send for SemaBucket {}
unsafe impl Sync for SemaBucket {}

impl SemaBucket {
    /// # Safety
    /// The caller holds `lock`.
    #[allow(clippy::mut_from_ref)]
    pub(crate) unsafe fn queues(&self) -> &mut Queues {
        // SAFETY: per the contract.
        unsafe { &mut *self.queues.get() }
    }
}

/// The waiters of every semaphore (Go's `semtable`), one table per process like the
/// heap whose addresses key it. A program that claims the heap anew (`heap::claims`)
/// finds the table emptied of an earlier program's goroutines.
pub(crate) struct SemaTable {
    buckets: Box<[SemaBucket]>,
    /// The heap claim the queues belong to.
    claim: AtomicU64,
    reset: crate::primitives::Mutex<()>,
}

static TABLE: std::sync::LazyLock<SemaTable> = std::sync::LazyLock::new(|| {
    let buckets = (0..BUCKETS)
        .map(|_| SemaBucket { lock: <RawLock as RawLockApi>::INIT, nwait: AtomicUsize::new(0), queues: UnsafeCell::new(Queues::default()) })
        .collect();
    SemaTable { buckets, claim: AtomicU64::new(0), reset: crate::primitives::Mutex::new(()) }
});

/// The bucket of semaphore address `addr`.
pub(crate) fn bucket(addr: usize) -> &'static SemaBucket {
    let table = &*TABLE;
    let claim = crate::heap::claims();
    if table.claim.load(Ordering::Acquire) != claim {
        table.forget_earlier(claim);
    }
    &table.buckets[(addr >> 3) % BUCKETS]
}

impl SemaTable {
    /// Drops the waiters an earlier program left (its goroutines are gone).
    #[cold]
    fn forget_earlier(&self, claim: u64) {
        let _one = self.reset.lock();
        if self.claim.load(Ordering::Acquire) == claim {
            return;
        }
        for b in self.buckets.iter() {
            b.lock.lock();
            // SAFETY: locked just above, unlocked just below.
            unsafe {
                *b.queues() = Queues::default();
                b.lock.unlock();
            }
            b.nwait.store(0, Ordering::SeqCst);
        }
        self.claim.store(claim, Ordering::Release);
    }
}

/// The park commit of a semaphore or notify-list wait: unlock the bucket the goroutine
/// is queued in.
pub(crate) fn unlock_commit(bucket: &'static SemaBucket) -> Commit {
    Commit::Call { f: unlock_bucket, arg: bucket as *const SemaBucket as *const () }
}

/// # Safety
/// `arg` is a bucket whose lock the parking operation holds.
unsafe fn unlock_bucket(_: &mut Readier<'_>, _: GRef, arg: *const ()) {
    // SAFETY: per the contract; buckets are static.
    unsafe { (*(arg as *const SemaBucket)).lock.unlock() };
}

/// A heap word used atomically.
///
/// # Safety
/// `addr` is an 8-byte aligned word of a live heap object.
pub(crate) unsafe fn word<'a>(addr: *mut u64) -> &'a AtomicU64 {
    // SAFETY: per the contract; `AtomicU64` has `u64`'s layout.
    unsafe { &*(addr as *const AtomicU64) }
}

/// Go's `cansemacquire`.
pub(crate) fn try_take(count: &AtomicU64) -> bool {
    let mut v = count.load(Ordering::SeqCst);
    loop {
        if v == 0 {
            return false;
        }
        match count.compare_exchange_weak(v, v - 1, Ordering::SeqCst, Ordering::SeqCst) {
            Ok(_) => return true,
            Err(now) => v = now,
        }
    }
}

/// `runtime_Semacquire(addr)` and its variants: `reason` is the dump's wait reason;
/// `lifo` queues at the front.
///
/// # Safety
/// `addr` is an 8-byte aligned word of a live heap object.
pub unsafe fn semacquire(cx: &mut RunContext<'_>, addr: *mut u64, reason: WaitReason, lifo: bool) -> Blocking<()> {
    // SAFETY: per the contract.
    let count = unsafe { word(addr) };
    // SAFETY: this goroutine runs here: the worker owns its wake result.
    match unsafe { cx.goroutine.take_wake() } {
        Wake::None => acquire(cx, addr, count, reason, lifo),
        Wake::Sema { handoff } if handoff || try_take(count) => Blocking::Ready(()),
        Wake::Sema { .. } => acquire(cx, addr, count, reason, true),
        other => unreachable!("minigo bug: semacquire resumed with {other:?}"),
    }
}

/// Steps 1–3 of acquire, without wake-up handling.
pub(crate) fn acquire(cx: &mut RunContext<'_>, addr: *mut u64, count: &AtomicU64, reason: WaitReason, lifo: bool) -> Blocking<()> {
    if try_take(count) {
        return Blocking::Ready(());
    }
    let bucket = bucket(addr as usize);
    bucket.lock.lock();
    bucket.nwait.fetch_add(1, Ordering::SeqCst);
    if try_take(count) {
        bucket.nwait.fetch_sub(1, Ordering::SeqCst);
        // SAFETY: locked above.
        unsafe { bucket.lock.unlock() };
        return Blocking::Ready(());
    }
    // SAFETY: the bucket is locked until the park commit.
    let queue = unsafe { bucket.queues() }.sema.entry(addr as usize).or_default();
    if lifo {
        queue.push_front(cx.goroutine);
    } else {
        queue.push_back(cx.goroutine);
    }
    cx.goroutine.prepare_park(reason);
    Blocking::Park(Park::new(unlock_commit(bucket)))
}

/// `runtime_Semrelease(addr, handoff)`.
///
/// # Safety
/// `addr` is an 8-byte aligned word of a live heap object.
pub unsafe fn semrelease(cx: &mut RunContext<'_>, addr: *mut u64, handoff: bool) {
    // SAFETY: per the contract.
    let count = unsafe { word(addr) };
    count.fetch_add(1, Ordering::SeqCst);
    let bucket = bucket(addr as usize);
    if bucket.nwait.load(Ordering::SeqCst) == 0 {
        return;
    }
    bucket.lock.lock();
    // SAFETY: locked above, unlocked below before readying.
    let woken = unsafe {
        let queues = bucket.queues();
        let woken = match queues.sema.get_mut(&(addr as usize)) {
            Some(queue) => {
                let g = queue.pop_front();
                if queue.is_empty() {
                    queues.sema.remove(&(addr as usize));
                }
                g
            }
            None => None,
        };
        if let Some(g) = woken {
            bucket.nwait.fetch_sub(1, Ordering::SeqCst);
            let handoff = handoff && try_take(count);
            g.set_wake(Wake::Sema { handoff });
        }
        bucket.lock.unlock();
        woken
    };
    if let Some(g) = woken {
        cx.ready(g);
    }
}
