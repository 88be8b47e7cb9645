//! Sending (chan.go `chansend`).
//!
//! 1. Resuming after a park: the receiver or `close` left the outcome; a closed channel
//!    panics.
//! 2. Nil channel: block for ever (`chan send (nil chan)`); non-blocking: fail.
//! 3. Non-blocking on a full buffered channel that is open: fail without locking.
//! 4. Lock. Closed: panic `send on closed channel`.
//! 5. A receiver waits: hand the value to it directly, unlock, ready it.
//! 6. Buffer space: enqueue, unlock.
//! 7. Otherwise (blocking): queue the embedded sudog with a copy of the value and park;
//!    the commit unlocks the channel.

use super::{complete, ChanRef, Channel};
use crate::context::RunContext;
use crate::goroutine::{Commit, Park, Wake};
use crate::primitives::RawLockApi;
use crate::scheduler::Readier;
use crate::task::{Blocking, GoError, WaitReason};

const SEND_ON_CLOSED: GoError = GoError::Panic("send on closed channel");

/// `ch <- value`. `value` has the channel's element size.
pub fn send(cx: &mut RunContext<'_>, ch: ChanRef, value: &[u64]) -> Result<Blocking<()>, GoError> {
    let g = cx.goroutine;
    // SAFETY: this goroutine runs here, so the worker owns its wake result and sudog.
    match unsafe { g.take_wake() } {
        Wake::None => {}
        Wake::Chan { success, .. } => {
            // SAFETY: as above; the sudog is on no queue any more.
            unsafe { g.sudog.state().elem.clear() };
            return if success { Ok(Blocking::Ready(())) } else { Err(SEND_ON_CLOSED) };
        }
        other => unreachable!("minigo bug: send resumed with {other:?}"),
    }
    let Some(c) = ch.get() else {
        g.prepare_park(WaitReason::ChanSendNilChan);
        return Ok(Blocking::Park(Park::new(Commit::Forever)));
    };
    if try_send_locked(&mut cx.readier(), c, value)? {
        return Ok(Blocking::Ready(()));
    }
    // Step 7: still locked.
    // SAFETY: the sudog is ours (we run) and we hold the channel lock for the enqueue.
    unsafe {
        let s = g.sudog.state();
        s.channel = c.as_opaque();
        s.elem.clear();
        s.elem.extend_from_slice(value);
        s.is_select = false;
        s.success = false;
        s.case_index = 0;
        c.state().sendq.enqueue(g.sudog.as_ptr());
    }
    g.prepare_park(WaitReason::ChanSend);
    Ok(Blocking::Park(Park::new(super::unlock_commit(c))))
}

/// The non-blocking send of `select { case ch <- v: ... default: }`: true if sent.
pub fn try_send(cx: &mut RunContext<'_>, ch: ChanRef, value: &[u64]) -> Result<bool, GoError> {
    let Some(c) = ch.get() else { return Ok(false) };
    // Step 3, Go's lock-free fast path: a full buffer on an open channel cannot take a
    // value. (For unbuffered channels Go also peeks at `recvq`; we take the lock.)
    if c.capacity() > 0 && !c.is_closed() && c.qcount() == c.capacity() {
        return Ok(false);
    }
    let sent = try_send_locked(&mut cx.readier(), c, value)?;
    if !sent {
        // SAFETY: `try_send_locked` returns false with the lock held.
        unsafe { c.lock.unlock() };
    }
    Ok(sent)
}

/// Steps 4–6. Returns true if the value was delivered (lock released); false means the
/// sender must wait, and the lock is still held.
fn try_send_locked(r: &mut Readier<'_>, c: &Channel, value: &[u64]) -> Result<bool, GoError> {
    debug_assert_eq!(value.len(), c.elem_words);
    c.lock.lock();
    // SAFETY: the lock is held until each branch unlocks it (or returns false).
    unsafe {
        if c.is_closed() {
            c.lock.unlock();
            return Err(SEND_ON_CLOSED);
        }
        let state = c.state();
        if let Some(sg) = state.recvq.dequeue() {
            let receiver = complete(sg, true, |elem| {
                elem.clear();
                elem.extend_from_slice(value);
            });
            c.lock.unlock();
            r.ready(receiver);
            return Ok(true);
        }
        if c.qcount() < c.capacity() {
            c.buffer_push(state, value);
            c.lock.unlock();
            return Ok(true);
        }
    }
    Ok(false)
}

/// The send of a firing timer: non-blocking, and a closed channel is impossible (timer
/// channels are never closed). Returns true if the value was delivered.
pub(crate) fn timer_send(r: &mut Readier<'_>, c: &Channel, value: &[u64]) -> bool {
    match try_send_locked(r, c, value) {
        Ok(true) => true,
        Ok(false) => {
            // SAFETY: `try_send_locked` returns false with the lock held.
            unsafe { c.lock.unlock() };
            false
        }
        Err(_) => false,
    }
}
