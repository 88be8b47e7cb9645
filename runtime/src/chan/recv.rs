//! Receiving (chan.go `chanrecv`).
//!
//! 1. Resuming after a park: the sender (or `close`) left the value in our wait buffer
//!    and the outcome in the wake result.
//! 2. Nil channel: block for ever (`chan receive (nil chan)`); non-blocking: fail.
//! 3. Non-blocking on an empty buffered channel that is open: fail without locking.
//! 4. Lock. Closed and empty: zero value, `ok == false`.
//! 5. A sender waits: unbuffered, take its value; buffered (so full), take the head and
//!    put the sender's value at the tail. Unlock, ready the sender.
//! 6. Buffered value: take it.
//! 7. Otherwise (blocking): queue the embedded sudog and park; the commit unlocks.

use super::{complete, ChanRef, Channel};
use crate::context::RunContext;
use crate::goroutine::{Commit, Park, Wake};
use crate::primitives::RawLockApi;
use crate::task::{Blocking, WaitReason};

/// `v, ok := <-ch`: writes the element into `out` (the element size) and returns `ok`.
pub fn recv(cx: &mut RunContext<'_>, ch: ChanRef, out: &mut [u64]) -> Blocking<bool> {
    let g = cx.goroutine;
    // SAFETY: this goroutine runs here, so the worker owns its wake result and sudog.
    match unsafe { g.take_wake() } {
        Wake::None => {}
        Wake::Chan { success, .. } => {
            // SAFETY: as above; the sudog is on no queue any more.
            let elem = unsafe { &mut g.sudog.state().elem };
            if success {
                out.copy_from_slice(elem);
            } else {
                out.fill(0);
            }
            elem.clear();
            return Blocking::Ready(success);
        }
        other => unreachable!("minigo bug: receive resumed with {other:?}"),
    }
    let Some(c) = ch.get() else {
        g.prepare_park(WaitReason::ChanReceiveNilChan);
        return Blocking::Park(Park::new(Commit::Forever));
    };
    if let Some(ok) = try_recv_locked(cx, c, out) {
        return Blocking::Ready(ok);
    }
    // SAFETY: the sudog is ours (we run) and we hold the channel lock for the enqueue.
    unsafe {
        let s = g.sudog.state();
        s.channel = c.as_opaque();
        s.elem.clear();
        s.is_select = false;
        s.success = false;
        s.case_index = 0;
        c.state().recvq.enqueue(g.sudog.as_ptr());
    }
    g.prepare_park(WaitReason::ChanReceive);
    Blocking::Park(Park::new(super::unlock_commit(c)))
}

/// The non-blocking receive of `select { case v, ok := <-ch: ... default: }`:
/// `Some(ok)` if it received (or the channel is closed), `None` if it would block.
pub fn try_recv(cx: &mut RunContext<'_>, ch: ChanRef, out: &mut [u64]) -> Option<bool> {
    let c = ch.get()?;
    if c.capacity() > 0 && c.qcount() == 0 && !c.is_closed() {
        return None;
    }
    let got = try_recv_locked(cx, c, out);
    if got.is_none() {
        // SAFETY: `try_recv_locked` returns None with the lock held.
        unsafe { c.lock.unlock() };
    }
    got
}

/// Steps 4–6. `Some(ok)`: done, lock released. `None`: must wait, lock still held.
fn try_recv_locked(cx: &mut RunContext<'_>, c: &Channel, out: &mut [u64]) -> Option<bool> {
    debug_assert_eq!(out.len(), c.elem_words);
    c.lock.lock();
    // SAFETY: the lock is held until each branch unlocks it (or returns None).
    unsafe {
        let state = c.state();
        if c.is_closed() && c.qcount() == 0 {
            c.lock.unlock();
            out.fill(0);
            return Some(false);
        }
        if let Some(sg) = state.sendq.dequeue() {
            {
                let s = (*sg).state();
                if c.capacity() == 0 {
                    out.copy_from_slice(&s.elem);
                } else {
                    c.buffer_rotate(state, out, &s.elem);
                }
                s.elem.clear();
            }
            let sender = complete(sg, true, |_| {});
            c.lock.unlock();
            cx.ready(sender);
            return Some(true);
        }
        if c.qcount() > 0 {
            c.buffer_pop(state, out);
            c.lock.unlock();
            return Some(true);
        }
    }
    None
}
