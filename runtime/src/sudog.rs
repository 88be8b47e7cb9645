//! Wait records (Go's `sudog`) and the intrusive FIFO queues of them.
//!
//! A sudog stands for one goroutine waiting on one object (a channel). A plain send or
//! receive uses the sudog embedded in the goroutine; a `select` takes one per case from
//! a cache and chains them on the goroutine's `waiting` list. The queue links and the
//! flags are guarded by the lock of the object the sudog is queued on; while a sudog is
//! on no queue it belongs to its goroutine's owner. This module does not know what the
//! object is: `channel` is an opaque address its users cast.

use std::cell::UnsafeCell;
use std::ptr;

use crate::goroutine::{GRef, Words};
use crate::primitives::Ordering;

pub(crate) struct Sudog {
    state: UnsafeCell<SudogState>,
}

pub(crate) struct SudogState {
    /// The waiting goroutine (set once for an embedded sudog, per use for a cached one).
    pub goroutine: Option<GRef>,
    pub next: *mut Sudog,
    pub prev: *mut Sudog,
    /// Next sudog of the same select (Go's `waitlink`), in channel lock order.
    pub wait_link: *mut Sudog,
    /// The channel this sudog waits on (opaque here).
    pub channel: *const (),
    /// A sender's value; for the embedded sudog, also the wait buffer that receives.
    pub elem: Words,
    pub case_index: u16,
    pub is_select: bool,
    /// Set by the waker: true if a value was exchanged, false if the channel was closed.
    pub success: bool,
}

// SAFETY: the state is accessed under the owning channel's lock or by the goroutine's
// owner (module doc); the struct itself never moves (embedded in a goroutine or boxed).
unsafe impl Send for Sudog {}
unsafe impl Sync for Sudog {}

impl Sudog {
    pub(crate) fn new() -> Sudog {
        Sudog {
            state: UnsafeCell::new(SudogState {
                goroutine: None,
                next: ptr::null_mut(),
                prev: ptr::null_mut(),
                wait_link: ptr::null_mut(),
                channel: ptr::null(),
                elem: Words::new(),
                case_index: 0,
                is_select: false,
                success: false,
            }),
        }
    }

    /// # Safety
    /// The caller holds the lock of the channel this sudog is queued on, or owns the
    /// goroutine and the sudog is on no queue; no other reference to the state is live.
    #[allow(clippy::mut_from_ref)]
    pub(crate) unsafe fn state(&self) -> &mut SudogState {
        // SAFETY: exclusive access is the caller's contract.
        unsafe { &mut *self.state.get() }
    }

    pub(crate) fn set_goroutine(&self, g: GRef) {
        // SAFETY: called once, right after the goroutine is allocated, before it is shared.
        unsafe { self.state().goroutine = Some(g) };
    }

    pub(crate) fn as_ptr(&self) -> *mut Sudog {
        self as *const Sudog as *mut Sudog
    }
}

/// A FIFO of sudogs (Go's `waitq`). Guarded by its channel's lock.
pub(crate) struct WaitQueue {
    first: *mut Sudog,
    last: *mut Sudog,
}

impl WaitQueue {
    pub(crate) const fn new() -> WaitQueue {
        WaitQueue { first: ptr::null_mut(), last: ptr::null_mut() }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.first.is_null()
    }

    /// Appends `sg`.
    ///
    /// # Safety
    /// The caller holds the channel lock; `sg` is live and on no queue.
    pub(crate) unsafe fn enqueue(&mut self, sg: *mut Sudog) {
        // SAFETY: the caller holds the lock that guards every sudog on this queue.
        unsafe {
            let s = (*sg).state();
            s.next = ptr::null_mut();
            s.prev = self.last;
            if self.last.is_null() {
                self.first = sg;
            } else {
                (*self.last).state().next = sg;
            }
            self.last = sg;
        }
    }

    /// Removes and returns the first sudog whose goroutine can still be woken: a select
    /// sudog whose goroutine was already won by another case is dropped from the queue
    /// and skipped (Go's `waitq.dequeue`).
    ///
    /// # Safety
    /// The caller holds the channel lock.
    pub(crate) unsafe fn dequeue(&mut self) -> Option<*mut Sudog> {
        loop {
            let sg = self.first;
            if sg.is_null() {
                return None;
            }
            // SAFETY: the caller holds the lock guarding the queued sudogs.
            unsafe {
                let s = (*sg).state();
                let next = s.next;
                if next.is_null() {
                    self.first = ptr::null_mut();
                    self.last = ptr::null_mut();
                } else {
                    (*next).state().prev = ptr::null_mut();
                    self.first = next;
                    s.next = ptr::null_mut();
                }
                // A select goroutine woken by another case is between its wake-up and
                // pass 3, where it takes this lock and removes its sudogs; the CAS tells
                // us who won. Acquire/Release pair the winner's writes with the loser.
                if s.is_select {
                    let g = s.goroutine.expect("minigo bug: sudog without goroutine");
                    if g.select_done
                        .compare_exchange(0, 1, Ordering::AcqRel, Ordering::Acquire)
                        .is_err()
                    {
                        continue;
                    }
                }
            }
            return Some(sg);
        }
    }

    /// Unlinks `sg` if it is still queued (Go's `dequeueSudoG`).
    ///
    /// # Safety
    /// The caller holds the channel lock; `sg` was enqueued on this queue (it may have been
    /// dequeued since).
    pub(crate) unsafe fn remove(&mut self, sg: *mut Sudog) {
        // SAFETY: the caller holds the lock guarding every sudog on this queue.
        unsafe {
            let s = (*sg).state();
            let (prev, next) = (s.prev, s.next);
            if !prev.is_null() {
                if !next.is_null() {
                    (*prev).state().next = next;
                    (*next).state().prev = prev;
                } else {
                    (*prev).state().next = ptr::null_mut();
                    self.last = prev;
                }
            } else if !next.is_null() {
                (*next).state().prev = ptr::null_mut();
                self.first = next;
            } else if self.first == sg {
                // Either the only element, or already dequeued: `first` tells which.
                self.first = ptr::null_mut();
                self.last = ptr::null_mut();
            }
            s.next = ptr::null_mut();
            s.prev = ptr::null_mut();
        }
    }

    /// Visits every queued sudog (for tracing and deadlock checks).
    ///
    /// # Safety
    /// The caller holds the channel lock or has stopped the world.
    pub(crate) unsafe fn for_each(&self, mut f: impl FnMut(&SudogState)) {
        let mut sg = self.first;
        while !sg.is_null() {
            // SAFETY: per the caller's contract the queue is not mutated meanwhile.
            unsafe {
                let s = (*sg).state();
                f(s);
                sg = s.next;
            }
        }
    }
}
