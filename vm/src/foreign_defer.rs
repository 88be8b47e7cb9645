//! Deferred calls made by a range-over-func loop body that runs on another goroutine than
//! the function containing the loop (an iterator may call yield from a goroutine of its
//! own). Such a call belongs to the frame of the containing function `F`, on the goroutine
//! running `F`, which the body's goroutine cannot touch: the call is parked here under
//! (goroutine, frame) and `F`'s goroutine adopts it when the iterator call returns
//! (`Op::AdoptDefers`). Parked calls are garbage-collection roots.

use crate::goroutine::{Callee, DeferRec};
use runtime::heap::Marker;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

struct Parked {
    owner: u32,
    frame: u32,
    rec: DeferRec,
}

static PARKED: Mutex<Vec<Parked>> = Mutex::new(Vec::new());
/// Number of parked calls: adoption skips the lock when there are none.
static COUNT: AtomicUsize = AtomicUsize::new(0);

fn parked() -> std::sync::MutexGuard<'static, Vec<Parked>> {
    PARKED.lock().unwrap_or_else(|e| e.into_inner())
}

/// Parks `rec` for frame `frame` of goroutine `owner` (low 32 bits of its id).
pub(crate) fn park(owner: u32, frame: u32, rec: DeferRec) {
    let mut p = parked();
    p.push(Parked { owner, frame, rec });
    COUNT.store(p.len(), Ordering::Release);
}

/// Takes the calls parked for frame `frame` of goroutine `owner`, oldest first.
pub(crate) fn take(owner: u32, frame: u32) -> Vec<DeferRec> {
    if COUNT.load(Ordering::Acquire) == 0 {
        return Vec::new();
    }
    let mut p = parked();
    let mut out = Vec::new();
    let mut keep = Vec::with_capacity(p.len());
    for x in p.drain(..) {
        if x.owner == owner && x.frame == frame {
            out.push(x.rec);
        } else {
            keep.push(x);
        }
    }
    *p = keep;
    COUNT.store(p.len(), Ordering::Release);
    out
}

/// Marks the arguments and closures of the parked calls.
pub(crate) fn trace(marker: &mut Marker) {
    if COUNT.load(Ordering::Acquire) == 0 {
        return;
    }
    for x in parked().iter() {
        marker.mark_all(&x.rec.args);
        if let Callee::Closure(c) = x.rec.callee {
            marker.mark(c);
        }
    }
}
