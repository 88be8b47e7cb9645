//! The boundary with the VM: what a goroutine is to the runtime ([`Task`]), how a run
//! slice ends ([`Exit`]), the hooks the VM registers ([`Hooks`]), and the wait reasons and
//! errors the runtime reports back.

use crate::context::RunContext;
use crate::heap::Marker;
use crate::Park;

/// The VM's state of one goroutine: its frames, registers, defers, pc.
///
/// The runtime owns the `Box<dyn Task>` for the goroutine's whole life and calls
/// [`Task::run`] on whichever worker thread picked the goroutine. Between two runs the
/// task is not touched, except by [`Task::trace`] while the world is stopped and by
/// [`Task::dump`] when every goroutine is asleep (deadlock report).
pub trait Task: Send + 'static {
    /// Runs until the goroutine yields, parks, finishes or fails.
    ///
    /// The VM calls [`RunContext::safepoint`] whenever its instruction budget runs out
    /// and returns [`Exit::Yield`] when that says so. A blocking operation that returned
    /// [`crate::Blocking::Park`] must be followed, with the pc still on the instruction, by
    /// returning [`Exit::Park`] with that token; on resume the VM executes the same
    /// instruction again and the same runtime call completes it.
    fn run(&mut self, cx: &mut RunContext<'_>) -> Exit;

    /// Marks every heap pointer the goroutine holds (registers of every frame, defer
    /// records, panic values). Called only while the world is stopped.
    fn trace(&self, marker: &mut Marker);

    /// Appends the goroutine's frames in Go's traceback format, each line ending in
    /// `\n`: `main.f(...)` / `\t/path/file.go:12 +0x0` pairs, then the
    /// `created by main.main in goroutine 1` pair for a goroutine other than main.
    /// The runtime writes the `goroutine N [reason]:` header itself.
    fn dump(&self, out: &mut String);
}

/// How a run slice ended.
#[must_use]
pub enum Exit {
    /// Preempted (safepoint said so) or `runtime.Gosched`: the goroutine goes to the
    /// global run queue.
    Yield,
    /// Blocked in a restartable operation: the scheduler saves nothing more, marks the
    /// goroutine waiting, then runs the token's commit (unlocks the channel, semaphore
    /// bucket, ...). From then on the goroutine belongs to the wait structure.
    Park(Park),
    /// The goroutine's function returned. For the main goroutine this ends the program
    /// with status 0, as [`Exit::Terminate`]`(0)`; for a session's foreground goroutine it
    /// ends the input ([`crate::Foreground::Done`]).
    Done,
    /// `runtime.Goexit()` (after the deferred calls ran): the goroutine ends. Unlike
    /// `Done`, for the main goroutine the program goes on until the other goroutines end
    /// or deadlock (then Go's `no goroutines (main called runtime.Goexit) - deadlock!`).
    Goexit,
    /// `os.Exit(code)` or `main.main` returned: the program (or the whole session) ends
    /// at once with this status, whatever the other goroutines are doing.
    Terminate(i32),
    /// An unrecovered panic (or a fatal error), already formatted by the VM as Go prints
    /// it (`panic: ...` + `goroutine N [running]:` + frames). Printed to stderr; exit 2.
    /// In a session it ends only the input (foreground goroutine) or only the goroutine
    /// (any other, after the text is reported).
    Fatal(String),
}

/// Functions the VM registers once per program (a session replaces them after each
/// input: [`crate::Session::set_hooks`]).
pub trait Hooks: Send + Sync + 'static {
    /// Writes the value a timer channel receives (Go's `time.Time` of the instant the
    /// timer was due, `when` in the runtime's monotonic nanoseconds) into `out`, whose
    /// length is the element size given when the timer channel was made.
    fn timer_value(&self, when: i64, out: &mut [u64]);

    /// Creates the goroutine that `time.AfterFunc(d, f)` starts when it fires; `func` is
    /// the opaque word the VM passed to [`crate::time::after_func`].
    fn after_func(&self, func: u64) -> Box<dyn Task>;

    /// Marks the VM's own roots (package globals, interned constants).
    fn trace_roots(&self, marker: &mut Marker);

    /// Creates the goroutine that runs queued finalizers (Go's `runfinq`): the scheduler
    /// starts one after a collection that queued some, when none is running; it takes
    /// them with [`crate::heap::finalizer::next`]. `None`: the VM cannot run finalizers.
    fn finalizer_runner(&self) -> Option<Box<dyn Task>> {
        None
    }
}

/// Hooks for programs without timers channels, `AfterFunc` or globals (tests).
pub struct NoHooks;

impl Hooks for NoHooks {
    fn timer_value(&self, when: i64, out: &mut [u64]) {
        out.fill(0);
        if let Some(first) = out.first_mut() {
            *first = when as u64;
        }
    }

    fn after_func(&self, func: u64) -> Box<dyn Task> {
        panic!("minigo bug: AfterFunc({func:#x}) fired without VM hooks")
    }

    fn trace_roots(&self, _marker: &mut Marker) {}
}

/// Why a goroutine is parked; printed in the goroutine dump as Go 1.23 prints it
/// (`waitReasonStrings` in runtime2.go). A `sync.WaitGroup.Wait` shows as `semacquire`
/// in Go 1.23.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum WaitReason {
    None = 0,
    ChanReceive,
    ChanSend,
    ChanReceiveNilChan,
    ChanSendNilChan,
    Select,
    SelectNoCases,
    Sleep,
    SyncMutexLock,
    SyncRWMutexLock,
    SyncRWMutexRLock,
    SyncCondWait,
    Semacquire,
    IoWait,
}

impl WaitReason {
    pub fn as_str(self) -> &'static str {
        match self {
            WaitReason::None => "",
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSend => "chan send",
            WaitReason::ChanReceiveNilChan => "chan receive (nil chan)",
            WaitReason::ChanSendNilChan => "chan send (nil chan)",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::Sleep => "sleep",
            WaitReason::SyncMutexLock => "sync.Mutex.Lock",
            WaitReason::SyncRWMutexLock => "sync.RWMutex.Lock",
            WaitReason::SyncRWMutexRLock => "sync.RWMutex.RLock",
            WaitReason::SyncCondWait => "sync.Cond.Wait",
            WaitReason::Semacquire => "semacquire",
            WaitReason::IoWait => "IO wait",
        }
    }

    pub(crate) fn from_u8(v: u8) -> WaitReason {
        const ALL: [WaitReason; 14] = [
            WaitReason::None,
            WaitReason::ChanReceive,
            WaitReason::ChanSend,
            WaitReason::ChanReceiveNilChan,
            WaitReason::ChanSendNilChan,
            WaitReason::Select,
            WaitReason::SelectNoCases,
            WaitReason::Sleep,
            WaitReason::SyncMutexLock,
            WaitReason::SyncRWMutexLock,
            WaitReason::SyncRWMutexRLock,
            WaitReason::SyncCondWait,
            WaitReason::Semacquire,
            WaitReason::IoWait,
        ];
        ALL.get(v as usize).copied().unwrap_or(WaitReason::None)
    }
}

/// A failure of a runtime operation, raised by the VM.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoError {
    /// A Go panic with this text (`send on closed channel`, `sync: negative WaitGroup
    /// counter`): the VM raises it as `panic(plainError(text))`, recoverable.
    Panic(&'static str),
    /// A Go `fatal error: text` (`sync: unlock of unlocked mutex`): not recoverable; the
    /// VM prints `fatal error: text` with the goroutine dump and exits 2.
    Fatal(&'static str),
}

/// Result of an operation that may block.
#[must_use]
pub enum Blocking<T> {
    /// The operation completed.
    Ready(T),
    /// The goroutine must park: the VM keeps its pc on the instruction and returns
    /// [`Exit::Park`] with this token.
    Park(Park),
}

impl<T> Blocking<T> {
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Blocking<U> {
        match self {
            Blocking::Ready(v) => Blocking::Ready(f(v)),
            Blocking::Park(p) => Blocking::Park(p),
        }
    }
}
