//! `select`, after Go's `runtime/select.go` (`selectgo`).
//!
//! 1. **Poll order**: the cases with a non-nil channel, shuffled (Fisher–Yates on the
//!    processor's generator): among ready cases each is equally likely.
//! 2. **Lock order**: the same cases sorted by channel address; each distinct channel is
//!    locked once, in that order, so two selects never deadlock on each other.
//! 3. **Pass 1** — look for something already waiting, in poll order. Receive: a waiting
//!    sender, then a buffered value, then closed. Send: closed (panic), then a waiting
//!    receiver, then buffer space. The first hit wins; unlock all, then ready the partner.
//!    No hit and a `default`: unlock all, take the default.
//! 4. **Pass 2** — enqueue one sudog per case, in lock order, chained on the goroutine's
//!    `waiting` list, and park; the commit unlocks every channel.
//! 5. A waker must win the goroutine's `select_done` CAS (in `WaitQueue::dequeue`) before
//!    completing one of its sudogs; the losers are skipped.
//! 6. **Pass 3** — on resume, relock all channels, remove every sudog except the winner
//!    (already dequeued by the waker), release them, unlock.
//!
//! A received value is always delivered into the goroutine's wait buffer
//! ([`RunContext::wait_buffer`]).

use std::ptr;

use smallvec::SmallVec;

use crate::chan::{complete, ChanRef, Channel};
use crate::context::RunContext;
use crate::goroutine::{Commit, GRef, Park, Wake};
use crate::primitives::{Ordering, RawLockApi};
use crate::scheduler::Readier;
use crate::sudog::Sudog;
use crate::task::{Blocking, GoError, WaitReason};

/// One case of a `select`.
#[derive(Clone, Copy)]
pub struct SelectCase<'v> {
    pub channel: ChanRef,
    /// `Some(value)` for `case ch <- value`, `None` for a receive.
    pub send: Option<&'v [u64]>,
}

/// The case a `select` took. For a receive the value is in [`RunContext::wait_buffer`]
/// (zero words, and `ok == false`, if the channel was closed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Selected {
    pub index: usize,
    pub ok: bool,
}

type Order = SmallVec<[u16; 8]>;

/// Runs a `select`. With `block == false` (a `default` case) it returns `Ready(None)`
/// when no case is ready. `select {}` is `cases == []` with `block == true`.
pub fn select(cx: &mut RunContext<'_>, cases: &[SelectCase<'_>], block: bool) -> Result<Blocking<Option<Selected>>, GoError> {
    let g = cx.goroutine;
    // SAFETY: this goroutine runs here: the worker owns its wake result.
    match unsafe { g.take_wake() } {
        Wake::None => {}
        Wake::Chan { case, success } => return pass3(cx, cases, case as usize, success),
        other => unreachable!("minigo bug: select resumed with {other:?}"),
    }
    assert!(cases.len() < u16::MAX as usize, "minigo: select with too many cases");
    let mut poll: Order = (0..cases.len() as u16).filter(|&i| !cases[i as usize].channel.is_nil()).collect();
    for i in (1..poll.len()).rev() {
        let j = cx.random_below(i as u32 + 1) as usize;
        poll.swap(i, j);
    }
    let mut lock: Order = poll.clone();
    lock.sort_unstable_by_key(|&i| cases[i as usize].channel.to_word());

    if lock.is_empty() {
        if !block {
            return Ok(Blocking::Ready(None));
        }
        g.prepare_park(if cases.is_empty() { WaitReason::SelectNoCases } else { WaitReason::Select });
        return Ok(Blocking::Park(Park::new(Commit::Forever)));
    }
    let channels: SmallVec<[&Channel; 8]> = lock.iter().map(|&i| channel(cases, i)).collect();
    lock_all(&channels);
    // SAFETY: every case's channel is locked until `unlock_all` below or the park commit.
    unsafe {
        if let Some(done) = pass1(cx, cases, &poll, &channels) {
            return done;
        }
        if !block {
            unlock_all(&channels);
            return Ok(Blocking::Ready(None));
        }
        pass2(cx, cases, &lock);
    }
    g.prepare_park(WaitReason::Select);
    Ok(Blocking::Park(Park::new(Commit::Call { f: unlock_parked_commit, arg: std::ptr::null() })))
}

fn channel(cases: &[SelectCase<'_>], i: u16) -> &'static Channel {
    cases[i as usize].channel.get().expect("non-nil by construction")
}

/// Locks each distinct channel once; `channels` is sorted by address.
fn lock_all(channels: &[&Channel]) {
    let mut last: *const Channel = ptr::null();
    for &c in channels {
        if !ptr::eq(c, last) {
            c.lock.lock();
            last = c;
        }
    }
}

/// # Safety
/// The channels were locked by [`lock_all`] with the same slice.
unsafe fn unlock_all(channels: &[&Channel]) {
    let mut last: *const Channel = ptr::null();
    for &c in channels.iter() {
        if !ptr::eq(c, last) {
            // SAFETY: locked once by `lock_all`, per the contract.
            unsafe { c.lock.unlock() };
            last = c;
        }
    }
}

/// Pass 1. Returns the result if a case was ready (all channels unlocked then).
///
/// # Safety
/// Every case channel is locked.
unsafe fn pass1(
    cx: &mut RunContext<'_>,
    cases: &[SelectCase<'_>],
    poll: &[u16],
    channels: &[&Channel],
) -> Option<Result<Blocking<Option<Selected>>, GoError>> {
    let g = cx.goroutine;
    for &i in poll {
        let c = channel(cases, i);
        // SAFETY: the channel is locked (contract); the wait buffer is ours (we run).
        unsafe {
            let state = c.state();
            let buffer = &mut g.sudog.state().elem;
            let mut woken: Option<GRef> = None;
            let ok = match cases[i as usize].send {
                None => {
                    buffer.clear();
                    buffer.resize(c.elem_words, 0);
                    if let Some(sg) = state.sendq.dequeue() {
                        {
                            let s = (*sg).state();
                            if c.capacity() == 0 {
                                buffer.copy_from_slice(&s.elem);
                            } else {
                                c.buffer_rotate(state, buffer, &s.elem);
                            }
                            s.elem.clear();
                        }
                        woken = Some(complete(sg, true, |_| {}));
                        true
                    } else if c.qcount() > 0 {
                        c.buffer_pop(state, buffer);
                        true
                    } else if c.is_closed() {
                        false
                    } else {
                        continue;
                    }
                }
                Some(value) => {
                    if c.is_closed() {
                        unlock_all(channels);
                        return Some(Err(GoError::Panic("send on closed channel")));
                    }
                    if let Some(sg) = state.recvq.dequeue() {
                        woken = Some(complete(sg, true, |elem| {
                            elem.clear();
                            elem.extend_from_slice(value);
                        }));
                    } else if c.qcount() < c.capacity() {
                        c.buffer_push(state, value);
                    } else {
                        continue;
                    }
                    true
                }
            };
            unlock_all(channels);
            if let Some(partner) = woken {
                cx.ready(partner);
            }
            return Some(Ok(Blocking::Ready(Some(Selected { index: i as usize, ok }))));
        }
    }
    None
}

/// Pass 2: one sudog per case, in lock order, chained from the goroutine's `waiting`.
///
/// # Safety
/// Every case channel is locked.
unsafe fn pass2(cx: &mut RunContext<'_>, cases: &[SelectCase<'_>], lock: &[u16]) {
    let g = cx.goroutine;
    g.select_done.store(0, Ordering::Relaxed);
    let mut head: *mut Sudog = ptr::null_mut();
    let mut tail: *mut Sudog = ptr::null_mut();
    for &i in lock {
        let c = channel(cases, i);
        let sg = acquire_sudog();
        // SAFETY: `sg` is fresh from the cache; the channel is locked (contract).
        unsafe {
            let s = (*sg).state();
            s.goroutine = Some(g);
            s.channel = c.as_opaque();
            s.is_select = true;
            s.success = false;
            s.case_index = i;
            s.wait_link = ptr::null_mut();
            s.elem.clear();
            match cases[i as usize].send {
                Some(value) => {
                    s.elem.extend_from_slice(value);
                    c.state().sendq.enqueue(sg);
                }
                None => c.state().recvq.enqueue(sg),
            }
            if tail.is_null() {
                head = sg;
            } else {
                (*tail).state().wait_link = sg;
            }
        }
        tail = sg;
    }
    // SAFETY: we run `g`.
    unsafe { *g.waiting() = head };
}

/// Pass 3, on resume: `case` won with `success`.
fn pass3(cx: &mut RunContext<'_>, cases: &[SelectCase<'_>], case: usize, success: bool) -> Result<Blocking<Option<Selected>>, GoError> {
    let g = cx.goroutine;
    // SAFETY: we run `g`; its `waiting` list is in lock order and every channel on it is
    // locked below before any sudog is unlinked.
    unsafe {
        let head = std::mem::replace(g.waiting(), ptr::null_mut());
        let mut channels: SmallVec<[&Channel; 8]> = SmallVec::new();
        let mut sg = head;
        while !sg.is_null() {
            let s = (*sg).state();
            channels.push(&*(s.channel as *const Channel));
            sg = s.wait_link;
        }
        lock_all(&channels);
        g.select_done.store(0, Ordering::Relaxed);
        let mut sg = head;
        while !sg.is_null() {
            let (c, next, index) = {
                let s = (*sg).state();
                (&*(s.channel as *const Channel), s.wait_link, s.case_index as usize)
            };
            if index != case {
                let state = c.state();
                if cases[index].send.is_some() {
                    state.sendq.remove(sg);
                } else {
                    state.recvq.remove(sg);
                }
            }
            let s = (*sg).state();
            s.wait_link = ptr::null_mut();
            s.channel = ptr::null();
            s.goroutine = None;
            s.is_select = false;
            s.elem.clear();
            release_sudog(sg);
            sg = next;
        }
        unlock_all(&channels);
        if cases[case].send.is_some() {
            if !success {
                return Err(GoError::Panic("send on closed channel"));
            }
        } else if !success {
            let words = cases[case].channel.get().map_or(0, |c| c.elem_words);
            let buffer = &mut g.sudog.state().elem;
            buffer.clear();
            buffer.resize(words, 0);
        }
    }
    Ok(Blocking::Ready(Some(Selected { index: case, ok: success })))
}

/// The park commit of a select.
///
/// # Safety
/// As for [`unlock_parked`].
unsafe fn unlock_parked_commit(_: &mut Readier<'_>, g: GRef, _: *const ()) {
    // SAFETY: the commit of `select`'s park: its contract is `unlock_parked`'s.
    unsafe { unlock_parked(g) }
}

/// The park commit of a select (Go's `selparkcommit`): unlock each channel on the
/// goroutine's `waiting` list once we are past its last sudog — after unlocking, that
/// channel's sudogs (and the goroutine) may change, but the others are still ours.
///
/// # Safety
/// The goroutine parked in [`select`] pass 2 and every channel on its list is locked.
pub(crate) unsafe fn unlock_parked(g: GRef) {
    // SAFETY: all channels on the list are locked (contract), so the list is stable
    // until the last unlock; each sudog's fields are read before its channel is unlocked.
    unsafe {
        let mut sg = *g.waiting();
        let mut last: *const Channel = ptr::null();
        while !sg.is_null() {
            let s = (*sg).state();
            let (c, next) = (s.channel as *const Channel, s.wait_link);
            if c != last && !last.is_null() {
                (*last).lock.unlock();
            }
            last = c;
            sg = next;
        }
        if !last.is_null() {
            (*last).lock.unlock();
        }
    }
}

/// Select sudogs cached per thread (Go caches them per processor, `sudogcache`).
const SUDOG_CACHE_MAX: usize = 128;

thread_local! {
    #[allow(clippy::vec_box)]
    static SUDOGS: std::cell::RefCell<Vec<Box<Sudog>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A sudog for a select case (Go's `acquireSudog`); boxed: its address must not change
/// while it is queued on a channel.
fn acquire_sudog() -> *mut Sudog {
    let sg = SUDOGS.with(|c| c.borrow_mut().pop()).unwrap_or_else(|| Box::new(Sudog::new()));
    Box::into_raw(sg)
}

/// Returns a select sudog (Go's `releaseSudog`).
///
/// # Safety
/// `sg` came from [`acquire_sudog`] and is on no queue.
unsafe fn release_sudog(sg: *mut Sudog) {
    // SAFETY: per the contract, `sg` is a leaked box nobody references any more.
    let sg = unsafe { Box::from_raw(sg) };
    SUDOGS.with(|c| {
        let mut cache = c.borrow_mut();
        if cache.len() < SUDOG_CACHE_MAX {
            cache.push(sg);
        }
    });
}
