//! Finalizers (Go's `runtime.SetFinalizer`): a function to call once an object becomes
//! unreachable.
//!
//! # Semantics (those Go documents)
//! - A finalizer runs at most once, after a collection finds its object unreachable, on a
//!   goroutine of its own that runs the queued finalizers one after another.
//! - The object is kept (with everything it reaches) until the finalizer has run; the
//!   finalizer may store it somewhere (resurrection), and it is then an ordinary object
//!   without a finalizer.
//! - Objects reachable from an object with a finalizer stay alive while it waits: if A
//!   points to B and both have finalizers, A's runs first and B's only in a later cycle.
//!   A cycle of two or more objects that goes through an object with a finalizer is never
//!   finalized (nor freed); an object pointing only to itself is finalized.
//!
//! # How the collector does it
//! After marking from the roots, every registered object that is still unmarked gets its
//! referents marked — not itself, even through its own pointers (Go finalizes an object
//! that points only to itself). An object still unmarked after that is reached neither
//! from the roots nor from another finalizable object (nor from itself, through a longer
//! cycle):
//! its finalizer is queued and the object is marked, so it survives this cycle. Queued
//! finalizers are roots until the VM takes them.
//!
//! The runtime treats a finalizer as words: the function value and its argument (the
//! object's pointer, or an interface value holding it), prepared by the VM. The VM starts
//! a goroutine to run them when [`runner_wanted`] says so and takes them with [`next`].

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use parking_lot::Mutex;

use super::mark::Marker;

/// A registered finalizer: the function value and how to pass it the object.
#[derive(Clone, Copy, Debug)]
pub struct Finalizer {
    /// The func value (a closure object).
    pub func: u64,
    /// For an interface parameter: its type word (type descriptor or itab); 0 for a pointer
    /// parameter.
    pub iface_word: u64,
}

/// A finalizer ready to run: `func(args)`; `args` is `[object]` or `[iface_word, object]`.
#[derive(Clone, Copy, Debug)]
pub struct Ready {
    pub func: u64,
    pub args: [u64; 2],
    pub nargs: usize,
}

/// Registered finalizers by the object's payload address.
static TABLE: Mutex<Option<HashMap<u64, Finalizer>>> = Mutex::new(None);
/// Finalizers waiting for the runner goroutine.
static QUEUE: Mutex<VecDeque<Ready>> = Mutex::new(VecDeque::new());
static QUEUED: AtomicUsize = AtomicUsize::new(0);
static RUNNER: AtomicBool = AtomicBool::new(false);

/// Why [`set`] refused (Go's `fatal error: runtime.SetFinalizer: ...` texts).
pub const NOT_AT_START: &str = "runtime.SetFinalizer: pointer not at beginning of allocated block";
pub const ALREADY_SET: &str = "runtime.SetFinalizer: finalizer already set";

/// Sets (or with `None` removes) the finalizer of the object at payload address `object`.
/// A pointer that is not into the heap (a global, a zero-size value) is accepted and
/// ignored, as Go ignores objects it never frees.
pub fn set(object: u64, finalizer: Option<Finalizer>) -> Result<(), &'static str> {
    let Some((start, end)) = super::object_bounds(object) else { return Ok(()) };
    if start == end {
        return Ok(());
    }
    if start != object {
        return Err(NOT_AT_START);
    }
    let mut table = TABLE.lock();
    let table = table.get_or_insert_with(HashMap::new);
    match finalizer {
        None => {
            table.remove(&object);
        }
        Some(f) => {
            if table.contains_key(&object) {
                return Err(ALREADY_SET);
            }
            table.insert(object, f);
        }
    }
    Ok(())
}

/// Whether the VM should start a goroutine to run queued finalizers: some are queued and
/// no runner is active. A true answer makes the caller the runner's starter.
#[inline]
pub fn runner_wanted() -> bool {
    QUEUED.load(Ordering::Relaxed) != 0 && !RUNNER.swap(true, Ordering::AcqRel)
}

/// The next finalizer to run, or `None`: the queue is empty and the runner must end (a
/// later collection that queues more makes [`runner_wanted`] true again).
pub fn next() -> Option<Ready> {
    let mut queue = QUEUE.lock();
    let r = queue.pop_front();
    QUEUED.store(queue.len(), Ordering::Relaxed);
    if r.is_none() {
        RUNNER.store(false, Ordering::Release);
    }
    r
}

/// Number of finalizers registered and not yet queued (for tests and statistics).
pub fn registered() -> usize {
    TABLE.lock().as_ref().map_or(0, HashMap::len)
}

/// Marks the queued finalizers and the functions of registered ones (roots); called by
/// the collector with the world stopped, before draining the roots' marks.
pub(super) fn mark_roots(marker: &mut Marker) {
    for r in QUEUE.lock().iter() {
        marker.mark(r.func);
        marker.mark_all(&r.args[..r.nargs]);
    }
    if let Some(table) = TABLE.lock().as_ref() {
        for f in table.values() {
            marker.mark(f.func);
        }
    }
}

/// After the roots are marked and drained: queues the finalizers of unreachable objects
/// and keeps those objects (see the module comment). World stopped.
pub(super) fn queue_unreachable(marker: &mut Marker) {
    let mut guard = TABLE.lock();
    let Some(table) = guard.as_mut() else { return };
    let mut unreached: Vec<u64> = table.keys().copied().filter(|&o| !super::mark::is_marked(o)).collect();
    // Address order: finalizers queued by one collection run in allocation order, mostly.
    unreached.sort_unstable();
    if unreached.is_empty() {
        return;
    }
    for &object in &unreached {
        marker.scan_referents(object);
    }
    marker.drain();
    let mut queue = QUEUE.lock();
    for object in unreached {
        if super::mark::is_marked(object) {
            // Reached from another finalizable object, or from itself through a cycle.
            continue;
        }
        let Some(f) = table.remove(&object) else { continue };
        marker.mark(object);
        let ready = if f.iface_word == 0 {
            Ready { func: f.func, args: [object, 0], nargs: 1 }
        } else {
            Ready { func: f.func, args: [f.iface_word, object], nargs: 2 }
        };
        queue.push_back(ready);
    }
    QUEUED.store(queue.len(), Ordering::Relaxed);
    drop(queue);
    marker.drain();
}

/// Forgets every finalizer (a scheduler that ends drops its program's objects).
pub fn reset() {
    *TABLE.lock() = None;
    QUEUE.lock().clear();
    QUEUED.store(0, Ordering::Relaxed);
    RUNNER.store(false, Ordering::Relaxed);
}
