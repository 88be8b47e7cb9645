//! Worker threads (Go's `m`): starting one with a processor, putting one to sleep until
//! it is handed a processor (`stopm`/`startm`), and the handles joined at the end.
//!
//! A thread is started with a processor's `Local` and runs the scheduler loop
//! (`worker.rs`) while it holds one. Without one it sleeps on its [`MachineNote`]: it is
//! on the idle-thread list (under `sched`) until a waker pops it there, hands it a
//! processor through the note and signals. The pop happens under `sched` and the hand-over
//! under the note's mutex, so a wake-up is never lost and never given twice.
//!
//! Threads are never stopped before the program ends (Go keeps idle Ms too); there are at
//! most `GOMAXPROCS` running, one polling, and one per goroutine blocked in a system call.

use std::sync::Arc;
use std::thread::JoinHandle;

use super::{BugGuard, Local, Shared};
use crate::primitives::{AtomicBool, Condvar, Mutex, Ordering};

/// How others reach a thread: its sleeping place and flags.
pub(crate) struct MachineNote {
    state: Mutex<NoteState>,
    cv: Condvar,
    /// The thread is in a blocking system call: not joined at the end of the program.
    pub in_syscall: AtomicBool,
}

struct NoteState {
    woken: bool,
    next_p: Option<Box<Local>>,
    spinning: bool,
}

impl MachineNote {
    fn new() -> MachineNote {
        MachineNote {
            state: Mutex::new(NoteState { woken: false, next_p: None, spinning: false }),
            cv: Condvar::new(),
            in_syscall: AtomicBool::new(false),
        }
    }

    /// Hands `p` to the sleeping thread (None at shutdown) and wakes it. The caller took
    /// it off the idle-thread list.
    pub(crate) fn wake(&self, p: Option<Box<Local>>, spinning: bool) {
        let mut st = self.state.lock();
        debug_assert!(!st.woken, "minigo bug: a thread woken twice");
        st.woken = true;
        st.next_p = p;
        st.spinning = spinning;
        self.cv.notify_one();
    }

    /// Sleeps until [`MachineNote::wake`]; returns what it handed over.
    fn sleep(&self) -> (Option<Box<Local>>, bool) {
        let mut st = self.state.lock();
        while !st.woken {
            self.cv.wait(&mut st);
        }
        st.woken = false;
        (st.next_p.take(), std::mem::take(&mut st.spinning))
    }
}

/// A worker thread's own state, owned by the thread.
pub(crate) struct Machine {
    pub note: Arc<MachineNote>,
    /// The processor this thread holds, if any.
    pub p: Option<Box<Local>>,
    /// Go's `m.spinning`: looking for work, counted in `nmspinning`.
    pub spinning: bool,
    /// The processor left in `SYSCALL` by `enter_syscall`.
    pub syscall_p: Option<usize>,
    /// The goroutine that yields must run next on this processor rather than queue
    /// behind the others (it asked for a world stop: `runtime.GC`, `GOMAXPROCS`).
    pub resume_next: bool,
}

impl Machine {
    /// The processor's `Local`; only called while the thread holds one.
    #[inline]
    pub(crate) fn local(&mut self) -> &mut Local {
        match self.p.as_deref_mut() {
            Some(local) => local,
            None => no_processor(),
        }
    }
}

#[cold]
#[inline(never)]
fn no_processor() -> ! {
    panic!("minigo bug: goroutine code ran on a thread without a processor")
}

/// A started thread: joined when the program ends, unless it is blocked in a system call.
pub(crate) struct ThreadHandle {
    note: Option<Arc<MachineNote>>,
    handle: JoinHandle<()>,
}

impl ThreadHandle {
    pub(crate) fn sysmon(handle: JoinHandle<()>) -> ThreadHandle {
        ThreadHandle { note: None, handle }
    }

    /// Joins the thread; one blocked in a system call is left to the process's exit.
    pub(crate) fn join(self) -> std::thread::Result<()> {
        if self.note.as_ref().is_some_and(|n| n.in_syscall.load(Ordering::SeqCst)) {
            return Ok(());
        }
        self.handle.join()
    }
}

impl Shared {
    /// Starts a new thread holding `p` (Go's `newm`).
    pub(crate) fn spawn_machine(&self, p: Box<Local>, spinning: bool) {
        let note = Arc::new(MachineNote::new());
        let shared = self.arc();
        let thread_note = note.clone();
        let mut threads = self.threads.lock();
        let handle = std::thread::Builder::new()
            .name("minigo-worker".into())
            .spawn(move || {
                let guard = BugGuard(&shared);
                let m = Machine { note: thread_note, p: Some(p), spinning, syscall_p: None, resume_next: false };
                super::worker::run_machine(&shared, m);
                std::mem::forget(guard);
            })
            .expect("minigo: cannot start a worker thread");
        threads.push(ThreadHandle { note: Some(note), handle });
    }

    /// Go's `startm`: runs processor `p` (or an idle one) on an idle thread, or a new one.
    /// Without an idle processor a spinner start is undone (`needspinning` is set).
    pub(crate) fn startm(&self, p: Option<Box<Local>>, spinning: bool) {
        let mut sched = self.sched.lock();
        let p = match p {
            Some(p) => p,
            None => match self.pidleget(&mut sched) {
                Some(p) => p,
                None => {
                    drop(sched);
                    if spinning {
                        self.needspinning.store(true, Ordering::SeqCst);
                        self.nmspinning.fetch_sub(1, Ordering::SeqCst);
                    }
                    return;
                }
            },
        };
        if self.shutdown.load(Ordering::SeqCst) {
            drop(sched);
            if spinning {
                self.nmspinning.fetch_sub(1, Ordering::SeqCst);
            }
            // The program is ending: leave the processor parked.
            self.processors[p.index].put_local(p);
            return;
        }
        let idle = sched.pop_idle_machine();
        drop(sched);
        match idle {
            Some(m) => m.wake(Some(p), spinning),
            None => self.spawn_machine(p, spinning),
        }
    }

    /// Go's `stopm`: this thread, without a processor, joins the idle-thread list and
    /// sleeps until it is handed one. Returns false at shutdown.
    pub(crate) fn stopm(&self, m: &mut Machine) -> bool {
        debug_assert!(m.p.is_none() && !m.spinning);
        {
            let mut sched = self.sched.lock();
            if self.shutdown.load(Ordering::SeqCst) {
                return false;
            }
            sched.push_idle_machine(m.note.clone());
        }
        let (p, spinning) = m.note.sleep();
        let Some(p) = p else { return false };
        self.acquire(m, p);
        m.spinning = spinning;
        true
    }

    /// Makes `p` this thread's processor (Go's `acquirep`).
    pub(crate) fn acquire(&self, m: &mut Machine, p: Box<Local>) {
        let processor = &self.processors[p.index];
        processor.status.store(super::processor::RUNNING, Ordering::SeqCst);
        m.p = Some(p);
    }
}
