//! [`RunContext`]: what a running goroutine's VM code can ask of the runtime.

use std::time::{Duration, Instant};

use crate::goroutine::GRef;
use crate::heap::AllocCache;
use crate::primitives::Ordering;
use crate::scheduler::{Local, Shared, MAX_PROCS};
use crate::task::Task;

/// The time slice after which a running goroutine is preempted (Go's `forcePreemptNS`).
pub const TIME_SLICE: Duration = Duration::from_millis(10);

/// Handed to [`Task::run`]: the current goroutine, its processor and the scheduler.
pub struct RunContext<'a> {
    pub(crate) shared: &'a Shared,
    pub(crate) local: &'a mut Local,
    pub(crate) goroutine: GRef,
}

impl<'a> RunContext<'a> {
    pub(crate) fn new(shared: &'a Shared, local: &'a mut Local, goroutine: GRef) -> Self {
        RunContext { shared, local, goroutine }
    }

    /// The current goroutine's id (1 for main).
    pub fn goroutine_id(&self) -> u64 {
        self.goroutine.id()
    }

    /// Whether the goroutine resumes from a park whose result the next blocking call will
    /// consume (for assertions and tracing in the VM; the calls themselves handle it).
    pub fn is_resuming(&self) -> bool {
        // SAFETY: this goroutine runs here, so the worker owns its wake result.
        unsafe { self.goroutine.peek_wake() != crate::goroutine::Wake::None }
    }

    /// The words a completed `select` receive case delivered (the chosen case's element),
    /// or the result of an external job.
    pub fn wait_buffer(&self) -> &[u64] {
        // SAFETY: this goroutine is running here, so the worker owns its sudog.
        unsafe { &self.goroutine.sudog.state().elem }
    }

    /// This processor's allocation cache.
    pub fn alloc(&mut self) -> &mut AllocCache {
        &mut self.local.alloc
    }

    /// The `go` statement: starts `task` as a new goroutine on this processor (it runs
    /// next) and wakes an idle worker to pick up this one's remaining work. Returns the
    /// new goroutine's id.
    pub fn spawn(&mut self, task: Box<dyn Task>) -> u64 {
        self.local.spawn(self.shared, task)
    }

    /// Called by the VM when its instruction budget runs out. True means "save state and
    /// return `Exit::Yield`": a world stop (GC, `GOMAXPROCS`) or shutdown is pending, this
    /// processor was asked to preempt, or the goroutine used its 10 ms slice while other
    /// work waits (a runnable goroutine or an expired timer).
    pub fn safepoint(&mut self) -> bool {
        let shared = self.shared;
        if shared.stw.load(Ordering::Relaxed) || shared.shutdown.load(Ordering::Relaxed) {
            return true;
        }
        if shared.world_stop_wanted() {
            return true;
        }
        let p = &shared.processors[self.local.index];
        if p.preempt.load(Ordering::Relaxed) && p.preempt.swap(false, Ordering::Relaxed) {
            return true;
        }
        let now = Instant::now();
        if now.duration_since(self.local.slice_start) < TIME_SLICE {
            return false;
        }
        // The slice is used up: yield as soon as anything else could run. The slice is not
        // restarted while nothing waits, so a timer that expires later is noticed at the
        // next safepoint rather than a whole slice later.
        let timer = p.next_timer.load(Ordering::Relaxed);
        p.has_work() || !shared.global.is_empty() || (timer != 0 && timer <= shared.now())
    }

    /// Monotonic nanoseconds since the program started.
    pub fn now(&self) -> i64 {
        self.shared.now()
    }

    /// `runtime.NumGoroutine()`.
    pub fn num_goroutine(&self) -> usize {
        self.shared.ngoroutines.load(Ordering::Relaxed)
    }

    /// The current `GOMAXPROCS`.
    pub fn gomaxprocs(&self) -> usize {
        self.shared.procs()
    }

    /// `runtime.GOMAXPROCS(n)`: returns the previous value; `n < 1` only queries. The
    /// change needs a world stop, which happens when this goroutine next yields: the VM
    /// completes the call and then returns `Exit::Yield` (Go stops the world inside it).
    pub fn set_gomaxprocs(&mut self, n: i64) -> usize {
        let previous = self.shared.procs();
        if n >= 1 {
            let n = (n as usize).min(MAX_PROCS);
            if n != previous {
                self.shared.procs_request.store(n, Ordering::SeqCst);
            }
        }
        previous
    }

    /// `runtime.GC()`: asks for a collection, which runs in a world stop as soon as this
    /// goroutine yields; the VM returns `Exit::Yield` after the call.
    pub fn request_gc(&mut self) {
        self.shared.gc_request.store(true, Ordering::SeqCst);
    }

    /// Number of collections run so far.
    pub fn gc_count(&self) -> u64 {
        self.shared.gc_count.load(Ordering::Relaxed)
    }

    /// A cheap random number from this processor's generator.
    pub fn random(&mut self) -> u32 {
        self.local.random()
    }
}
