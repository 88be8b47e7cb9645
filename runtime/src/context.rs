//! [`RunContext`]: what a running goroutine's VM code can ask of the runtime.

use std::time::{Duration, Instant};

use crate::goroutine::GRef;
use crate::heap::AllocCache;
use crate::primitives::Ordering;
use crate::scheduler::{Local, Machine, Readier, Shared, MAX_PROCS};
use crate::task::Task;

/// The time slice after which a running goroutine is preempted (Go's `forcePreemptNS`).
pub const TIME_SLICE: Duration = Duration::from_millis(10);

/// Handed to [`Task::run`]: the current goroutine, the thread running it (and through it
/// its processor) and the scheduler.
pub struct RunContext<'a> {
    pub(crate) shared: &'a Shared,
    pub(crate) m: &'a mut Machine,
    pub(crate) goroutine: GRef,
}

impl<'a> RunContext<'a> {
    pub(crate) fn new(shared: &'a Shared, m: &'a mut Machine, goroutine: GRef) -> Self {
        RunContext { shared, m, goroutine }
    }

    /// The processor's owned half.
    #[inline]
    pub(crate) fn local(&mut self) -> &mut Local {
        self.m.local()
    }

    /// What a blocking operation uses to ready the goroutines it wakes.
    pub(crate) fn readier(&mut self) -> Readier<'_> {
        Readier::new(self.shared, self.m.p.as_deref_mut())
    }

    /// Makes a goroutine this one woke runnable (it runs next here).
    pub(crate) fn ready(&mut self, g: GRef) {
        self.readier().ready(g);
    }

    /// The current goroutine's id (1 for main).
    pub fn goroutine_id(&self) -> u64 {
        self.goroutine.id()
    }

    /// Whether the goroutine resumes from a park whose result the next blocking call will
    /// consume (for assertions and tracing in the VM; the calls themselves handle it).
    pub fn is_resuming(&self) -> bool {
        // SAFETY: this goroutine runs here, so the thread owns its wake result.
        unsafe { self.goroutine.peek_wake() != crate::goroutine::Wake::None }
    }

    /// The words a completed `select` receive case delivered (the chosen case's element),
    /// or the result of an external job.
    pub fn wait_buffer(&self) -> &[u64] {
        // SAFETY: this goroutine is running here, so the thread owns its sudog.
        unsafe { &self.goroutine.sudog.state().elem }
    }

    /// This processor's allocation cache.
    #[inline]
    pub fn alloc(&mut self) -> &mut AllocCache {
        &mut self.local().alloc
    }

    /// The `go` statement: starts `task` as a new goroutine on this processor (it runs
    /// next) and wakes an idle processor to pick up this one's remaining work. Returns the
    /// new goroutine's id.
    pub fn spawn(&mut self, task: Box<dyn Task>) -> u64 {
        let shared = self.shared;
        self.local().spawn(shared, task)
    }

    /// Runs `call`, a system call that may block in the kernel (a read of a terminal, a
    /// regular file), without holding up the other goroutines (Go's `entersyscall` /
    /// `exitsyscall`): the processor waits for the call in `SYSCALL` state, and if the call
    /// lasts, sysmon hands it to another thread. `call` must not touch the Go heap except
    /// through the buffers its arguments name (their objects stay alive: the goroutine's
    /// registers hold them) and must not use this context.
    ///
    /// Afterwards the thread holds a processor again, or none if all were busy: then
    /// [`RunContext::has_processor`] is false and the native must only write its plain
    /// results and return (no allocation); the VM then queues the goroutine (it continues
    /// after the call). `None`: the program is ending and `call` was not run.
    pub fn syscall<R>(&mut self, call: impl FnOnce() -> R) -> Option<R> {
        if !self.shared.enter_syscall(self.m) {
            return None;
        }
        let r = call();
        self.shared.exit_syscall(self.m);
        Some(r)
    }

    /// False after a [`RunContext::syscall`] that returned to find every processor busy.
    pub fn has_processor(&self) -> bool {
        self.m.p.is_some()
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
        if shared.is_interrupted(self.goroutine.id()) {
            return true;
        }
        let local = self.m.local();
        let p = &shared.processors[local.index];
        if p.preempt.load(Ordering::Relaxed) && p.preempt.swap(false, Ordering::Relaxed) {
            return true;
        }
        let now = Instant::now();
        // A timer of this processor is due: yield at once, whatever is left of the slice,
        // so that its sleeper is woken within one budget of the deadline rather than a
        // slice later (a goroutine spinning under GOMAXPROCS(1) must not delay a
        // `time.Sleep` by up to 10 ms). The worker runs the timers before it picks the
        // next goroutine.
        let timer = p.next_timer.load(Ordering::Relaxed);
        if timer != 0 && timer <= shared.nanos_at(now) {
            return true;
        }
        if now.duration_since(local.slice_start) < TIME_SLICE {
            return false;
        }
        // The slice is used up: yield as soon as anything else could run. The slice is not
        // restarted while nothing waits.
        p.has_work() || !shared.global.is_empty()
    }

    /// Whether this goroutine was interrupted (REPL Ctrl-C): it should reach a safepoint
    /// soon, where it yields and is dropped.
    pub fn interrupted(&self) -> bool {
        self.shared.is_interrupted(self.goroutine.id())
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

    /// `runtime.GOMAXPROCS(n)`: returns the previous value; `n < 1` only queries. A
    /// change needs a world stop, which happens when this goroutine next yields: the VM
    /// completes the call and then returns `Exit::Yield`; the goroutine then runs first
    /// once the world restarts (Go stops the world inside the call).
    pub fn set_gomaxprocs(&mut self, n: i64) -> usize {
        let previous = self.shared.procs();
        if n >= 1 {
            let n = (n as usize).min(MAX_PROCS);
            if n != previous {
                self.shared.procs_request.store(n, Ordering::SeqCst);
                self.m.resume_next = true;
            }
        }
        previous
    }

    /// `runtime.GC()`: asks for a collection, which runs in a world stop as soon as this
    /// goroutine yields; the VM returns `Exit::Yield` after the call, and the goroutine
    /// runs first once the world restarts.
    pub fn request_gc(&mut self) {
        self.shared.gc_request.store(true, Ordering::SeqCst);
        self.m.resume_next = true;
    }

    /// Number of collections run so far.
    pub fn gc_count(&self) -> u64 {
        self.shared.gc_count.load(Ordering::Relaxed)
    }

    /// A cheap random number from this processor's generator.
    pub fn random(&mut self) -> u32 {
        self.local().random()
    }

    /// Uniform in `0..n`.
    pub(crate) fn random_below(&mut self, n: u32) -> u32 {
        self.local().random_below(n)
    }
}
