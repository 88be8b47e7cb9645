//! Waiting for work done outside the runtime: a job run by some other thread that wakes
//! the goroutine when it is done (memo §1.4 "Blocking natives", v1). Blocking system
//! calls use the syscall hand-off instead (`RunContext::syscall`); this remains for
//! waits on events the runtime does not see.
//!
//! Protocol:
//! 1. The VM calls [`wait_external`] with the job; the goroutine parks (wait reason
//!    `IO wait`) and the job is *started by the park commit*, so it cannot complete before
//!    the goroutine is parked (the same reason Go's `gopark` unlocks in `unlockf`).
//! 2. The job runs its work on any thread (it must copy its inputs out of the Go heap
//!    first: the collector may run meanwhile) and calls [`ExternalWaker::wake`] with the
//!    result words, or drops the waker (an empty result).
//! 3. The goroutine goes to the global run queue; on resume the VM calls `wait_external`
//!    again, which returns `Ready`, and reads the result from
//!    [`RunContext::wait_buffer`].
//!
//! While a job is pending (`Shared::external_waits`), a program with every goroutine
//! asleep is not deadlocked: the job may still wake one.

use std::sync::Arc;

use crate::context::RunContext;
pub use crate::goroutine::ExternalJob;
use crate::goroutine::{Commit, GRef, Park, Status, Wake};
use crate::primitives::Ordering;
use crate::scheduler::Shared;
use crate::task::{Blocking, WaitReason};

/// Wakes a goroutine parked in [`wait_external`]; may be sent to any thread.
pub struct ExternalWaker {
    shared: Arc<Shared>,
    goroutine: Option<GRef>,
}

impl ExternalWaker {
    pub(crate) fn new(shared: Arc<Shared>, goroutine: GRef) -> ExternalWaker {
        ExternalWaker { shared, goroutine: Some(goroutine) }
    }

    /// Completes the wait with `result` as the goroutine's wait buffer.
    pub fn wake(mut self, result: &[u64]) {
        self.complete(result);
    }

    fn complete(&mut self, result: &[u64]) {
        let Some(g) = self.goroutine.take() else { return };
        // SAFETY: the goroutine parked before the job started (step 1) and this waker is
        // the only thing that holds it: we own it until it is queued below.
        unsafe {
            let buffer = &mut g.sudog.state().elem;
            buffer.clear();
            buffer.extend_from_slice(result);
            g.set_wake(Wake::External);
        }
        g.set_status(Status::Runnable);
        self.shared.global.push(g);
        self.shared.external_waits.fetch_sub(1, Ordering::SeqCst);
        self.shared.wakep();
    }
}

impl Drop for ExternalWaker {
    fn drop(&mut self) {
        self.complete(&[]);
    }
}

/// Parks the goroutine until `job` wakes it (protocol in the module doc).
pub fn wait_external(cx: &mut RunContext<'_>, job: ExternalJob) -> Blocking<()> {
    let g = cx.goroutine;
    // SAFETY: this goroutine runs here: the worker owns its wake result.
    match unsafe { g.take_wake() } {
        Wake::None => {}
        Wake::External => return Blocking::Ready(()),
        other => unreachable!("minigo bug: external wait resumed with {other:?}"),
    }
    cx.shared.external_waits.fetch_add(1, Ordering::SeqCst);
    g.prepare_park(WaitReason::IoWait);
    Blocking::Park(Park::new(Commit::External(job)))
}
