//! `sync` (the scheduler's Mutex, RWMutex, WaitGroup and notify lists, acting on the Go
//! value's words) and `sync/atomic`.

use super::{bool_word, nil_deref};
use runtime::{Blocking, GoError};
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering::SeqCst};
use vm::native::{NativeCtx, NativeFn, NativeResult};

fn blocking(b: Blocking<()>) -> NativeResult {
    match b {
        Blocking::Ready(()) => NativeResult::Done,
        Blocking::Park(p) => NativeResult::Block(p),
    }
}

fn go_error(e: GoError) -> NativeResult {
    match e {
        GoError::Panic(msg) => NativeResult::PlainPanic(msg.to_string()),
        GoError::Fatal(msg) => NativeResult::Fatal(msg.to_string()),
    }
}

fn unit(r: Result<(), GoError>) -> NativeResult {
    r.map_or_else(go_error, |()| NativeResult::Done)
}

/// The receiver word as a pointer to the value's first word.
macro_rules! recv {
    ($w:expr) => {{
        let p = $w[0] as *mut u64;
        if p.is_null() {
            return nil_deref();
        }
        p
    }};
}

// SAFETY (all natives below): a non-nil receiver is a pointer to a live Go value of the
// method's type, whose layout is one word per field (see runtime::sync).

fn mutex_lock(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let m = recv!(w);
    blocking(unsafe { runtime::sync::mutex_lock(cx.cx, m) })
}

fn mutex_try_lock(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let m = recv!(w);
    w[0] = bool_word(unsafe { runtime::sync::mutex_try_lock(m) });
    NativeResult::Done
}

fn mutex_unlock(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let m = recv!(w);
    unit(unsafe { runtime::sync::mutex_unlock(cx.cx, m) })
}

fn rw_rlock(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let m = recv!(w);
    blocking(unsafe { runtime::sync::rw_rlock(cx.cx, m) })
}

fn rw_try_rlock(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let m = recv!(w);
    w[0] = bool_word(unsafe { runtime::sync::rw_try_rlock(m) });
    NativeResult::Done
}

fn rw_runlock(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let m = recv!(w);
    unit(unsafe { runtime::sync::rw_runlock(cx.cx, m) })
}

fn rw_lock(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let m = recv!(w);
    blocking(unsafe { runtime::sync::rw_lock(cx.cx, m) })
}

fn rw_try_lock(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let m = recv!(w);
    w[0] = bool_word(unsafe { runtime::sync::rw_try_lock(cx.cx, m) });
    NativeResult::Done
}

fn rw_unlock(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let m = recv!(w);
    unit(unsafe { runtime::sync::rw_unlock(cx.cx, m) })
}

fn wg_add(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let wg = recv!(w);
    unit(unsafe { runtime::sync::wait_group_add(cx.cx, wg, w[1] as i64) })
}

fn wg_wait(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let wg = recv!(w);
    match unsafe { runtime::sync::wait_group_wait(cx.cx, wg) } {
        Ok(b) => blocking(b),
        Err(e) => go_error(e),
    }
}

fn notify_add(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let l = recv!(w);
    w[0] = unsafe { runtime::sync::notify_list_add(l) } as u32 as u64;
    NativeResult::Done
}

fn notify_wait(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let l = recv!(w);
    blocking(unsafe { runtime::sync::notify_list_wait(cx.cx, l, w[1]) })
}

fn notify_one(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let l = recv!(w);
    unsafe { runtime::sync::notify_list_notify_one(cx.cx, l) };
    NativeResult::Done
}

fn notify_all(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let l = recv!(w);
    unsafe { runtime::sync::notify_list_notify_all(cx.cx, l) };
    NativeResult::Done
}

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    let f: NativeFn = match name {
        "(*Mutex).Lock" => mutex_lock,
        "(*Mutex).TryLock" => mutex_try_lock,
        "(*Mutex).Unlock" => mutex_unlock,
        "(*RWMutex).RLock" => rw_rlock,
        "(*RWMutex).TryRLock" => rw_try_rlock,
        "(*RWMutex).RUnlock" => rw_runlock,
        "(*RWMutex).Lock" => rw_lock,
        "(*RWMutex).TryLock" => rw_try_lock,
        "(*RWMutex).Unlock" => rw_unlock,
        "(*WaitGroup).Add" => wg_add,
        "(*WaitGroup).Wait" => wg_wait,
        "ticketTake" => notify_add,
        "ticketWait" => notify_wait,
        "ticketWakeOldest" => notify_one,
        "ticketWakeAll" => notify_all,
        _ => return None,
    };
    Some(f)
}

// ---------------------------------------------------------------- sync/atomic
//
// A 64-bit integer is one word. A 32-bit one is accessed with 32-bit atomics at its
// address: it may be an element of a packed array, and the VM reads narrow values with
// their own width (a word holding one keeps the value in its low half).

/// # Safety
/// `p` must be a live, 4-aligned int32/uint32 location.
unsafe fn a32<'a>(p: u64) -> &'a AtomicU32 {
    unsafe { &*(p as *const AtomicU32) }
}

/// # Safety
/// `p` must be a live, 8-aligned word.
unsafe fn a64<'a>(p: u64) -> &'a AtomicU64 {
    unsafe { &*(p as *const AtomicU64) }
}

/// Canonical register form of a 32-bit result: int32 sign-extended, uint32 zero-extended.
fn out32(v: u32, signed: bool) -> u64 {
    if signed {
        v as i32 as i64 as u64
    } else {
        v as u64
    }
}

macro_rules! atomic32 {
    ($add:ident, $load:ident, $store:ident, $swap:ident, $cas:ident, $signed:expr) => {
        fn $add(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
            if w[0] == 0 {
                return nil_deref();
            }
            // SAFETY: a non-nil *int32/*uint32 (see a32).
            let old = unsafe { a32(w[0]) }.fetch_add(w[1] as u32, SeqCst);
            w[0] = out32(old.wrapping_add(w[1] as u32), $signed);
            NativeResult::Done
        }
        fn $load(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
            if w[0] == 0 {
                return nil_deref();
            }
            // SAFETY: as above.
            w[0] = out32(unsafe { a32(w[0]) }.load(SeqCst), $signed);
            NativeResult::Done
        }
        fn $store(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
            if w[0] == 0 {
                return nil_deref();
            }
            // SAFETY: as above.
            unsafe { a32(w[0]) }.store(w[1] as u32, SeqCst);
            NativeResult::Done
        }
        fn $swap(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
            if w[0] == 0 {
                return nil_deref();
            }
            // SAFETY: as above.
            w[0] = out32(unsafe { a32(w[0]) }.swap(w[1] as u32, SeqCst), $signed);
            NativeResult::Done
        }
        fn $cas(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
            if w[0] == 0 {
                return nil_deref();
            }
            // SAFETY: as above.
            let ok = unsafe { a32(w[0]) }.compare_exchange(w[1] as u32, w[2] as u32, SeqCst, SeqCst).is_ok();
            w[0] = bool_word(ok);
            NativeResult::Done
        }
    };
}

atomic32!(add_i32, load_i32, store_i32, swap_i32, cas_i32, true);
atomic32!(add_u32, load_u32, store_u32, swap_u32, cas_u32, false);

fn add64(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    if w[0] == 0 {
        return nil_deref();
    }
    // SAFETY: a non-nil *int64/*uint64/*uintptr is a live word.
    let old = unsafe { a64(w[0]) }.fetch_add(w[1], SeqCst);
    w[0] = old.wrapping_add(w[1]);
    NativeResult::Done
}

fn load64(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    if w[0] == 0 {
        return nil_deref();
    }
    // SAFETY: as above.
    w[0] = unsafe { a64(w[0]) }.load(SeqCst);
    NativeResult::Done
}

fn store64(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    if w[0] == 0 {
        return nil_deref();
    }
    // SAFETY: as above.
    unsafe { a64(w[0]) }.store(w[1], SeqCst);
    NativeResult::Done
}

fn swap64(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    if w[0] == 0 {
        return nil_deref();
    }
    // SAFETY: as above.
    w[0] = unsafe { a64(w[0]) }.swap(w[1], SeqCst);
    NativeResult::Done
}

fn cas64(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    if w[0] == 0 {
        return nil_deref();
    }
    // SAFETY: as above.
    let ok = unsafe { a64(w[0]) }.compare_exchange(w[1], w[2], SeqCst, SeqCst).is_ok();
    w[0] = bool_word(ok);
    NativeResult::Done
}

pub(super) fn lookup_atomic(name: &str) -> Option<NativeFn> {
    let f: NativeFn = match name {
        "AddInt32" => add_i32,
        "LoadInt32" => load_i32,
        "StoreInt32" => store_i32,
        "SwapInt32" => swap_i32,
        "CompareAndSwapInt32" | "(*Int32).CompareAndSwap" => cas_i32,
        "AddUint32" => add_u32,
        "LoadUint32" => load_u32,
        "StoreUint32" => store_u32,
        "SwapUint32" => swap_u32,
        "CompareAndSwapUint32" | "(*Uint32).CompareAndSwap" => cas_u32,
        "AddInt64" | "AddUint64" | "AddUintptr" => add64,
        "LoadInt64" | "LoadUint64" | "LoadUintptr" => load64,
        "StoreInt64" | "StoreUint64" | "StoreUintptr" => store64,
        "SwapInt64" | "SwapUint64" | "SwapUintptr" => swap64,
        // The typed methods' receivers point at their value word, so they are the same natives.
        "CompareAndSwapInt64" | "CompareAndSwapUint64" | "CompareAndSwapUintptr" | "(*Int64).CompareAndSwap" | "(*Uint64).CompareAndSwap"
        | "(*Uintptr).CompareAndSwap" => cas64,
        _ => return None,
    };
    Some(f)
}
