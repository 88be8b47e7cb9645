//! `os/signal`: signals reach Go code through the runtime, never inside a handler.
//! The handler of a notified signal only writes the signal's number, one byte, to a
//! non-blocking self-pipe; package os/signal's delivery goroutine waits on the pipe's
//! read end with the network poller (`pollOpen`/`pollWait` of package net) and sends
//! the signal to the channels that asked for it.

use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Mutex, OnceLock};
use vm::native::{NativeCtx, NativeFn, NativeResult};

/// Signal numbers run from 1 to 64 on Linux.
const NSIG: usize = 65;

/// The write end of the self-pipe, for the handler (-1 until the pipe exists).
static WRITE_END: AtomicI32 = AtomicI32::new(-1);

/// The read end, created once.
static READ_END: OnceLock<i32> = OnceLock::new();

/// Each signal's disposition before package os/signal first changed it, so that
/// `Reset` and `Stop` give back what the program started with.
static ORIGINAL: Mutex<[Option<libc::sigaction>; NSIG]> = Mutex::new([None; NSIG]);

/// Creates the self-pipe (once) and returns its read end.
fn pipe_read_end() -> i32 {
    *READ_END.get_or_init(|| {
        let mut fds = [0i32; 2];
        // SAFETY: fds has room for two descriptors.
        if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC | libc::O_NONBLOCK) } < 0 {
            return -1;
        }
        WRITE_END.store(fds[1], Ordering::Release);
        fds[0]
    })
}

/// The handler of notified signals: one byte to the pipe, errno preserved. Only
/// async-signal-safe calls.
extern "C" fn on_signal(sig: libc::c_int) {
    let fd = WRITE_END.load(Ordering::Acquire);
    if fd < 0 {
        return;
    }
    // SAFETY: errno location and write(2) are async-signal-safe.
    unsafe {
        let saved = *libc::__errno_location();
        let b = sig as u8;
        libc::write(fd, &b as *const u8 as *const libc::c_void, 1);
        *libc::__errno_location() = saved;
    }
}

/// Sets signal `sig`'s disposition to `handler`, remembering the first original.
fn set_disposition(sig: usize, handler: libc::sighandler_t) -> bool {
    if sig == 0 || sig >= NSIG {
        return false;
    }
    let mut original = ORIGINAL.lock().unwrap_or_else(|e| e.into_inner());
    // SAFETY: sigaction with a zeroed, then filled, action structure.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = handler;
        action.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut action.sa_mask);
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(sig as i32, &action, &mut old) < 0 {
            return false;
        }
        if original[sig].is_none() {
            original[sig] = Some(old);
        }
    }
    true
}

/// `enableSignal(sig int)`: catch sig and report it through the pipe.
fn enable_signal(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    pipe_read_end();
    set_disposition(w[0] as usize, on_signal as *const () as libc::sighandler_t);
    NativeResult::Done
}

/// `ignoreSignal(sig int)`: SIG_IGN.
fn ignore_signal(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    set_disposition(w[0] as usize, libc::SIG_IGN);
    NativeResult::Done
}

/// `restoreSignal(sig int)`: the disposition the program started with.
fn restore_signal(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let sig = w[0] as usize;
    if sig == 0 || sig >= NSIG {
        return NativeResult::Done;
    }
    let original = ORIGINAL.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(old) = original[sig] {
        // SAFETY: reinstating an action sigaction gave us.
        unsafe { libc::sigaction(sig as i32, &old, std::ptr::null_mut()) };
    }
    NativeResult::Done
}

/// `signalIgnored(sig int) bool`: the current disposition is SIG_IGN.
fn signal_ignored(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let sig = w[0] as usize;
    let mut ignored = false;
    if sig > 0 && sig < NSIG {
        // SAFETY: a query (null new action) into a zeroed structure.
        unsafe {
            let mut cur: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(sig as i32, std::ptr::null(), &mut cur) == 0 {
                ignored = cur.sa_sigaction == libc::SIG_IGN;
            }
        }
    }
    w[0] = ignored as u64;
    NativeResult::Done
}

/// `signalPipe() int`: the self-pipe's read end (non-blocking), -1 if it could not be made.
fn signal_pipe(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] = pipe_read_end() as i64 as u64;
    NativeResult::Done
}

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    let f: NativeFn = match name {
        "enableSignal" => enable_signal,
        "ignoreSignal" => ignore_signal,
        "restoreSignal" => restore_signal,
        "signalIgnored" => signal_ignored,
        "signalPipe" => signal_pipe,
        "pollOpen" => super::net::poll_open,
        "pollWait" => super::net::poll_wait,
        "sysRead" => super::net::sys_read,
        _ => return None,
    };
    Some(f)
}
