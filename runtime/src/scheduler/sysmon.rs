//! sysmon (Go's `sysmon`): one thread without a processor that watches the others.
//!
//! Each round it
//! 1. retakes processors whose thread has been in the same system call since the last
//!    round (at least 20 µs) and hands them to another thread (`handoff`) — at once if
//!    the processor has work or nobody else is idle or spinning, after 10 ms otherwise
//!    (Go's `retake`);
//! 2. flags the goroutine running on a processor whose `schedtick` has not moved for
//!    10 ms, so its next budget safepoint yields (Go's `preemptone`);
//! 3. polls the network if nobody has for 10 ms and queues what became ready;
//! 4. starts a spinner if goroutines wait in a queue while processors idle.
//!
//! It sleeps 20 µs between rounds, doubling after 50 rounds that did nothing up to 10 ms
//! (Go's schedule), but never past the end of the earliest running slice (so a flag comes
//! within a slice's length, where Go's may come up to 10 ms late), and waits without a
//! timeout while every processor is idle (woken by `pidleget`).

use std::time::Duration;

use super::processor::{RUNNING, SYSCALL};
use super::{machine::ThreadHandle, Shared, MAX_PROCS};
use crate::context::TIME_SLICE;
use crate::goroutine::Status;
use crate::primitives::{AtomicBool, Condvar, Mutex, Ordering};

const MIN_DELAY: Duration = Duration::from_micros(20);
const MAX_DELAY: Duration = Duration::from_millis(10);
/// Go's `forcePreemptNS` and the network's "not polled for" limit.
const LIMIT_NS: i64 = TIME_SLICE.as_nanos() as i64;

/// Where sysmon sleeps.
pub(crate) struct SysmonNote {
    lock: Mutex<()>,
    cv: Condvar,
    /// Sleeping until a processor leaves the idle list.
    waiting: AtomicBool,
}

impl SysmonNote {
    pub(crate) fn new() -> SysmonNote {
        SysmonNote { lock: Mutex::new(()), cv: Condvar::new(), waiting: AtomicBool::new(false) }
    }

    pub(crate) fn wake(&self) {
        let _guard = self.lock.lock();
        self.cv.notify_one();
    }

    /// A processor became busy: wake sysmon if it waits for that.
    #[inline]
    pub(crate) fn wake_if_waiting(&self) {
        if self.waiting.load(Ordering::SeqCst) && self.waiting.swap(false, Ordering::SeqCst) {
            self.wake();
        }
    }
}

/// What sysmon remembers of each processor between rounds (Go's `sysmontick`).
#[derive(Clone, Copy, Default)]
struct Seen {
    /// The slice last preempted (so it is flagged once).
    preempted: u32,
    syscalltick: u32,
    syscallwhen: i64,
}

impl Shared {
    pub(crate) fn start_sysmon(&self) {
        let shared = self.arc();
        let handle = std::thread::Builder::new()
            .name("minigo-sysmon".into())
            .spawn(move || sysmon(&shared))
            .expect("minigo: cannot start the sysmon thread");
        self.threads.lock().push(ThreadHandle::sysmon(handle));
    }
}

fn sysmon(shared: &Shared) {
    let mut seen = vec![Seen::default(); MAX_PROCS];
    let mut delay = MIN_DELAY;
    let mut sleep = delay;
    let mut idle_rounds = 0u32;
    loop {
        {
            let note = &shared.sysmon;
            let mut guard = note.lock.lock();
            if shared.shutdown.load(Ordering::SeqCst) {
                return;
            }
            let all_idle = shared.npidle.load(Ordering::SeqCst) == shared.procs() && shared.nsyscall.load(Ordering::SeqCst) == 0;
            if all_idle && !shared.stw.load(Ordering::SeqCst) {
                note.waiting.store(true, Ordering::SeqCst);
                // Re-check after announcing: a processor taken meanwhile wakes us.
                if shared.npidle.load(Ordering::SeqCst) == shared.procs() && shared.nsyscall.load(Ordering::SeqCst) == 0 {
                    note.cv.wait(&mut guard);
                }
                note.waiting.store(false, Ordering::SeqCst);
                delay = MIN_DELAY;
                idle_rounds = 0;
            } else {
                note.cv.wait_for(&mut guard, sleep);
            }
        }
        if shared.shutdown.load(Ordering::SeqCst) {
            return;
        }
        if shared.stw.load(Ordering::SeqCst) {
            continue;
        }
        let now = shared.now();
        let mut acted = false;
        let mut wake_at = i64::MAX;
        acted |= poll_network(shared, now);
        acted |= retake(shared, &mut seen, now, &mut wake_at);
        if !shared.global.is_empty() && shared.npidle.load(Ordering::SeqCst) > 0 {
            shared.wakep();
        }
        if acted {
            idle_rounds = 0;
            delay = MIN_DELAY;
        } else {
            idle_rounds += 1;
            if idle_rounds > 50 {
                delay = (delay * 2).min(MAX_DELAY);
            }
        }
        // Be there when the earliest running slice ends (Go's sysmon may be up to its
        // 10 ms delay late; a flag set on time keeps preemption within one slice).
        sleep = delay;
        if wake_at != i64::MAX {
            let until = Duration::from_nanos((wake_at - now).max(0) as u64);
            sleep = delay.min(until.max(MIN_DELAY));
        }
    }
}

/// Step 3: queue globally what became ready if nobody polled for 10 ms.
fn poll_network(shared: &Shared, now: i64) -> bool {
    if !shared.poller.has_waiters() || !shared.poller.overdue(now, LIMIT_NS) {
        return false;
    }
    let mut ready = Vec::new();
    if !shared.poller.poll_now(&mut ready, now) {
        return false;
    }
    if ready.is_empty() {
        // While this poll held the poller, the last thread going idle may have found it
        // busy and gone to sleep instead of blocking in it; with every processor idle,
        // nobody would poll again (sysmon sleeps too): 8,000 connections hung mid-dial.
        // Wake a thread to become the poller.
        if shared.npidle.load(Ordering::SeqCst) == shared.procs() && shared.poller.has_waiters() && !shared.poller.is_polling() {
            shared.wakep();
        }
        return false;
    }
    for g in ready {
        g.set_status(Status::Runnable);
        shared.global.push(g);
    }
    shared.wakep();
    true
}

/// Steps 1 and 2. Returns whether a processor was retaken; lowers `wake_at` to the end
/// of the earliest running slice.
fn retake(shared: &Shared, seen: &mut [Seen], now: i64, wake_at: &mut i64) -> bool {
    let mut retaken = false;
    for (index, p) in shared.processors[..shared.procs()].iter().enumerate() {
        let s = &mut seen[index];
        match p.status.load(Ordering::SeqCst) {
            RUNNING => {
                let tick = p.schedtick.load(Ordering::Relaxed);
                let since = p.slice_since.load(Ordering::Relaxed);
                if tick != s.preempted && p.executing.load(Ordering::Acquire) {
                    if now - since >= LIMIT_NS {
                        p.preempt.store(true, Ordering::Relaxed);
                        s.preempted = tick;
                    } else {
                        *wake_at = (*wake_at).min(since + LIMIT_NS);
                    }
                }
            }
            SYSCALL => {
                let tick = p.syscalltick.load(Ordering::Relaxed);
                if tick != s.syscalltick {
                    // A new call since the last round: give it one round.
                    s.syscalltick = tick;
                    s.syscallwhen = now;
                    continue;
                }
                let others = shared.nmspinning.load(Ordering::SeqCst) + shared.npidle.load(Ordering::SeqCst);
                if !p.has_work() && others > 0 && now - s.syscallwhen < LIMIT_NS {
                    continue;
                }
                if p.status.compare_exchange(SYSCALL, RUNNING, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
                    let local = p.take_local(index);
                    shared.handoff(local);
                    retaken = true;
                }
            }
            _ => {}
        }
    }
    retaken
}
