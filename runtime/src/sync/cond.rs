//! Notify lists (Go's `notifyList` in `runtime/sema.go`), under `sync.Cond`.
//!
//! `Cond.Wait` is, in the VM's Go code: `t := notify_list_add(&c.notify); c.L.Unlock();
//! notify_list_wait(&c.notify, t); c.L.Lock()`. Tickets make a `Signal` that comes
//! between `add` and `wait` wake that waiter without it ever parking.
//!
//! Words: `wait` (next ticket to hand out, atomic) and `notify` (next ticket to wake,
//! written under the bucket lock). Waiters queue in the address's semaphore bucket.

use crate::context::RunContext;
use crate::goroutine::{GRef, Park, Wake};
use crate::primitives::{Ordering, RawLockApi};
use crate::sema::word;
use crate::task::{Blocking, WaitReason};

/// `runtime_notifyListAdd`: takes a ticket.
///
/// # Safety
/// `list` points at the two words of a live notify list.
pub unsafe fn notify_list_add(list: *mut u64) -> u64 {
    // SAFETY: per the contract.
    unsafe { word(list) }.fetch_add(1, Ordering::SeqCst)
}

/// `runtime_notifyListWait(l, ticket)`: parks until the ticket is notified.
///
/// # Safety
/// As for [`notify_list_add`].
pub unsafe fn notify_list_wait(cx: &mut RunContext<'_>, list: *mut u64, ticket: u64) -> Blocking<()> {
    // SAFETY: this goroutine runs here.
    match unsafe { cx.goroutine.take_wake() } {
        Wake::None => {}
        Wake::Sema { .. } => return Blocking::Ready(()),
        other => unreachable!("minigo bug: Cond.Wait resumed with {other:?}"),
    }
    let bucket = crate::sema::bucket(list as usize);
    bucket.lock.lock();
    // SAFETY: per the contract; the bucket lock guards `notify` and the queue.
    unsafe {
        if ticket < word(list.add(1)).load(Ordering::SeqCst) {
            bucket.lock.unlock();
            return Blocking::Ready(());
        }
        bucket.queues().notify.entry(list as usize).or_default().push_back((cx.goroutine, ticket));
    }
    cx.goroutine.prepare_park(WaitReason::SyncCondWait);
    Blocking::Park(Park::new(crate::sema::unlock_commit(bucket)))
}

/// `runtime_notifyListNotifyAll` (`Cond.Broadcast`).
///
/// # Safety
/// As for [`notify_list_add`].
pub unsafe fn notify_list_notify_all(cx: &mut RunContext<'_>, list: *mut u64) {
    // SAFETY: per the contract.
    let (wait, notify) = unsafe { (word(list), word(list.add(1))) };
    if wait.load(Ordering::SeqCst) == notify.load(Ordering::SeqCst) {
        return;
    }
    let bucket = crate::sema::bucket(list as usize);
    bucket.lock.lock();
    notify.store(wait.load(Ordering::SeqCst), Ordering::SeqCst);
    // SAFETY: locked above.
    let woken = unsafe { bucket.queues().notify.remove(&(list as usize)).unwrap_or_default() };
    // SAFETY: locked above.
    unsafe { bucket.lock.unlock() };
    for (g, _) in woken {
        wake(cx, g);
    }
}

/// `runtime_notifyListNotifyOne` (`Cond.Signal`).
///
/// # Safety
/// As for [`notify_list_add`].
pub unsafe fn notify_list_notify_one(cx: &mut RunContext<'_>, list: *mut u64) {
    // SAFETY: per the contract.
    let (wait, notify) = unsafe { (word(list), word(list.add(1))) };
    if wait.load(Ordering::SeqCst) == notify.load(Ordering::SeqCst) {
        return;
    }
    let bucket = crate::sema::bucket(list as usize);
    bucket.lock.lock();
    let ticket = notify.load(Ordering::SeqCst);
    if ticket == wait.load(Ordering::SeqCst) {
        // SAFETY: locked above.
        unsafe { bucket.lock.unlock() };
        return;
    }
    notify.store(ticket + 1, Ordering::SeqCst);
    // SAFETY: locked above.
    let woken = unsafe {
        let queues = bucket.queues();
        let woken = queues.notify.get_mut(&(list as usize)).and_then(|q| {
            let at = q.iter().position(|&(_, t)| t == ticket)?;
            q.remove(at).map(|(g, _)| g)
        });
        if queues.notify.get(&(list as usize)).is_some_and(|q| q.is_empty()) {
            queues.notify.remove(&(list as usize));
        }
        bucket.lock.unlock();
        woken
    };
    if let Some(g) = woken {
        wake(cx, g);
    }
}

fn wake(cx: &mut RunContext<'_>, g: GRef) {
    // SAFETY: dequeued under the bucket lock: we own `g` now.
    unsafe { g.set_wake(Wake::Sema { handoff: true }) };
    cx.ready(g);
}
