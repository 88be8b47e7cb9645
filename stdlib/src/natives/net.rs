//! `net`: thin wrappers of the Linux socket calls, returning `(result, errno)` like the
//! `os` natives (EINTR retried), and the goroutine side of the network poller
//! (`runtime::io`). Sockets are always non-blocking: a call that would block returns
//! EAGAIN and the Go side parks on the poller with `pollWait`. Socket addresses travel as
//! raw `struct sockaddr` bytes that the Go side encodes and decodes.

use runtime::io::{self, Mode, PollRef};
use runtime::Blocking;
use vm::native::{NativeCtx, NativeFn, NativeResult};

fn errno() -> u64 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO) as u64
}

/// Runs a system call returning -1 on error, retrying on EINTR: `(result, errno)`.
fn retry(mut f: impl FnMut() -> i64) -> (u64, u64) {
    loop {
        let r = f();
        if r >= 0 {
            return (r as u64, 0);
        }
        let e = errno();
        if e != libc::EINTR as u64 {
            return (u64::MAX, e);
        }
    }
}

/// A byte slice argument at words `i..i + 3` as (pointer, length).
fn buf(w: &[u64], i: usize) -> (*mut u8, usize) {
    (w[i] as *mut u8, w[i + 1] as usize)
}

/// The length a socket address buffer may offer the kernel.
fn sa_len(n: usize) -> libc::socklen_t {
    n.min(u32::MAX as usize) as libc::socklen_t
}

/// `sysSocket(family, sotype, proto int) (fd, errno int)`: non-blocking, close-on-exec.
fn sys_socket(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (family, sotype, proto) = (w[0] as i32, w[1] as i32, w[2] as i32);
    // SAFETY: no memory arguments.
    let (fd, e) = retry(|| unsafe { libc::socket(family, sotype | libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC, proto) } as i64);
    w[0] = fd;
    w[1] = e;
    NativeResult::Done
}

/// `sysSetsockoptInt(fd, level, opt, value int) (errno int)`.
fn sys_setsockopt_int(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (fd, level, opt) = (w[0] as i32, w[1] as i32, w[2] as i32);
    let value = w[3] as i64 as libc::c_int;
    // SAFETY: the option value is a local int of the given size.
    let r = unsafe {
        libc::setsockopt(fd, level, opt, &value as *const libc::c_int as *const libc::c_void, std::mem::size_of::<libc::c_int>() as libc::socklen_t)
    };
    w[0] = if r < 0 { errno() } else { 0 };
    NativeResult::Done
}

/// `sysGetsockoptInt(fd, level, opt int) (value, errno int)`.
fn sys_getsockopt_int(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (fd, level, opt) = (w[0] as i32, w[1] as i32, w[2] as i32);
    let mut value: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: the option buffer is a local int and its length.
    let r = unsafe { libc::getsockopt(fd, level, opt, &mut value as *mut libc::c_int as *mut libc::c_void, &mut len) };
    if r < 0 {
        w[0] = 0;
        w[1] = errno();
    } else {
        w[0] = value as i64 as u64;
        w[1] = 0;
    }
    NativeResult::Done
}

/// `sysBind(fd int, sa []byte) (errno int)`.
fn sys_bind(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let fd = w[0] as i32;
    let (p, n) = buf(w, 1);
    // SAFETY: the slice has n readable bytes (a sockaddr the Go side encoded).
    let r = unsafe { libc::bind(fd, p as *const libc::sockaddr, sa_len(n)) };
    w[0] = if r < 0 { errno() } else { 0 };
    NativeResult::Done
}

/// `sysConnect(fd int, sa []byte) (errno int)`: EINPROGRESS means "wait until writable,
/// then read SO_ERROR".
fn sys_connect(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let fd = w[0] as i32;
    let (p, n) = buf(w, 1);
    // SAFETY: the slice has n readable bytes. A connect interrupted by a signal goes on
    // in the background (EINTR is then like EINPROGRESS), so it is not retried.
    let r = unsafe { libc::connect(fd, p as *const libc::sockaddr, sa_len(n)) };
    w[0] = if r < 0 {
        match errno() {
            e if e == libc::EINTR as u64 => libc::EINPROGRESS as u64,
            e => e,
        }
    } else {
        0
    };
    NativeResult::Done
}

/// `sysListen(fd, backlog int) (errno int)`.
fn sys_listen(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    // SAFETY: no memory arguments.
    let r = unsafe { libc::listen(w[0] as i32, w[1] as i32) };
    w[0] = if r < 0 { errno() } else { 0 };
    NativeResult::Done
}

/// `sysAccept(fd int, sa []byte) (nfd, salen, errno int)`: accept4(2), the new socket
/// non-blocking and close-on-exec, the peer's address in sa.
fn sys_accept(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let fd = w[0] as i32;
    let (p, n) = buf(w, 1);
    let mut len = sa_len(n);
    // SAFETY: the slice has n writable bytes; len says so.
    let (nfd, e) =
        retry(|| unsafe { libc::accept4(fd, p as *mut libc::sockaddr, &mut len, libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC) } as i64);
    w[0] = nfd;
    w[1] = if e == 0 { (len as usize).min(n) as u64 } else { 0 };
    w[2] = e;
    NativeResult::Done
}

/// `sysGetsockname(fd int, sa []byte) (salen, errno int)`.
fn sys_getsockname(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let fd = w[0] as i32;
    let (p, n) = buf(w, 1);
    let mut len = sa_len(n);
    // SAFETY: the slice has n writable bytes.
    let r = unsafe { libc::getsockname(fd, p as *mut libc::sockaddr, &mut len) };
    sockname_result(w, r, len, n)
}

/// `sysGetpeername(fd int, sa []byte) (salen, errno int)`.
fn sys_getpeername(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let fd = w[0] as i32;
    let (p, n) = buf(w, 1);
    let mut len = sa_len(n);
    // SAFETY: the slice has n writable bytes.
    let r = unsafe { libc::getpeername(fd, p as *mut libc::sockaddr, &mut len) };
    sockname_result(w, r, len, n)
}

fn sockname_result(w: &mut [u64], r: libc::c_int, len: libc::socklen_t, n: usize) -> NativeResult {
    if r < 0 {
        w[0] = 0;
        w[1] = errno();
    } else {
        w[0] = (len as usize).min(n) as u64;
        w[1] = 0;
    }
    NativeResult::Done
}

/// `sysRead(fd int, b []byte) (n, errno int)`: read(2) of a non-blocking socket.
pub(super) fn sys_read(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let fd = w[0] as i32;
    let (p, n) = buf(w, 1);
    // SAFETY: the slice has n writable bytes.
    let (r, e) = retry(|| unsafe { libc::read(fd, p as *mut libc::c_void, n) } as i64);
    w[0] = if e == 0 { r } else { 0 };
    w[1] = e;
    NativeResult::Done
}

/// `sysWrite(fd int, b []byte) (n, errno int)`: send(2) with MSG_NOSIGNAL (a peer that
/// closed gives EPIPE, never a signal).
fn sys_write(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let fd = w[0] as i32;
    let (p, n) = buf(w, 1);
    // SAFETY: the slice has n readable bytes.
    let (r, e) = retry(|| unsafe { libc::send(fd, p as *const libc::c_void, n, libc::MSG_NOSIGNAL) } as i64);
    let (r, e) = if e == libc::ENOTSOCK as u64 {
        // SAFETY: as above.
        retry(|| unsafe { libc::write(fd, p as *const libc::c_void, n) } as i64)
    } else {
        (r, e)
    };
    w[0] = if e == 0 { r } else { 0 };
    w[1] = e;
    NativeResult::Done
}

/// `sysRecvfrom(fd int, b, sa []byte) (n, salen, errno int)`.
fn sys_recvfrom(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let fd = w[0] as i32;
    let (p, n) = buf(w, 1);
    let (sp, sn) = buf(w, 4);
    let mut len = sa_len(sn);
    // SAFETY: both slices have their lengths of writable bytes.
    let (r, e) = retry(|| unsafe { libc::recvfrom(fd, p as *mut libc::c_void, n, 0, sp as *mut libc::sockaddr, &mut len) } as i64);
    w[0] = if e == 0 { r } else { 0 };
    w[1] = if e == 0 { (len as usize).min(sn) as u64 } else { 0 };
    w[2] = e;
    NativeResult::Done
}

/// `sysSendto(fd int, b, sa []byte) (n, errno int)`; an empty sa sends on a connected
/// socket.
fn sys_sendto(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let fd = w[0] as i32;
    let (p, n) = buf(w, 1);
    let (sp, sn) = buf(w, 4);
    let to = if sn == 0 { std::ptr::null() } else { sp as *const libc::sockaddr };
    // SAFETY: both slices have their lengths of readable bytes.
    let (r, e) = retry(|| unsafe { libc::sendto(fd, p as *const libc::c_void, n, libc::MSG_NOSIGNAL, to, sa_len(sn)) } as i64);
    w[0] = if e == 0 { r } else { 0 };
    w[1] = e;
    NativeResult::Done
}

/// `sysShutdown(fd, how int) (errno int)`.
fn sys_shutdown(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    // SAFETY: no memory arguments.
    let r = unsafe { libc::shutdown(w[0] as i32, w[1] as i32) };
    w[0] = if r < 0 { errno() } else { 0 };
    NativeResult::Done
}

/// `sysClose(fd int) (errno int)`.
fn sys_close(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    // SAFETY: closing a descriptor number has no memory effects.
    let r = unsafe { libc::close(w[0] as i32) };
    w[0] = if r < 0 { errno() } else { 0 };
    NativeResult::Done
}

/// The descriptor handle the Go side holds.
fn poll_ref(word: u64) -> Option<PollRef> {
    if word == 0 {
        return None;
    }
    // SAFETY: the Go side passes only handles `pollOpen` returned, and stops using one
    // before `pollClose` (its close waits for every reader and writer).
    Some(unsafe { PollRef::from_word(word) })
}

fn mode(word: u64) -> Mode {
    if word == 2 {
        Mode::Write
    } else {
        Mode::Read
    }
}

fn bad_handle() -> NativeResult {
    NativeResult::Fatal("minigo bug: net: a poll call without a registered descriptor".into())
}

/// `pollOpen(fd int) (pd uintptr, errno int)`.
pub(super) fn poll_open(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    match io::open(cx.cx, w[0] as i32) {
        Ok(pd) => {
            w[0] = pd.to_word();
            w[1] = 0;
        }
        Err(e) => {
            w[0] = 0;
            w[1] = e.raw_os_error().unwrap_or(libc::EIO) as u64;
        }
    }
    NativeResult::Done
}

/// `pollClose(pd uintptr)`.
fn poll_close(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some(pd) = poll_ref(w[0]) else { return bad_handle() };
    io::close(cx.cx, pd);
    NativeResult::Done
}

/// `pollWait(pd uintptr, mode int) (code int)`, blocking.
pub(super) fn poll_wait(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some(pd) = poll_ref(w[0]) else { return bad_handle() };
    match io::wait(cx.cx, pd, mode(w[1])) {
        Blocking::Ready(code) => {
            w[0] = code as u64;
            NativeResult::Done
        }
        Blocking::Park(p) => NativeResult::Block(p),
    }
}

/// `pollCheck(pd uintptr, mode int) (code int)`.
fn poll_check(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some(pd) = poll_ref(w[0]) else { return bad_handle() };
    w[0] = io::check(pd, mode(w[1])).unwrap_or(io::OK) as u64;
    NativeResult::Done
}

/// `pollSetDeadline(pd uintptr, mode int, set bool, d int64)`.
fn poll_set_deadline(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some(pd) = poll_ref(w[0]) else { return bad_handle() };
    let (m, set, d) = (w[1], w[2] != 0, w[3] as i64);
    let when = if set { cx.cx.now().saturating_add(d).max(1) } else { 0 };
    if m & 1 != 0 {
        io::set_deadline(cx.cx, pd, Mode::Read, when);
    }
    if m & 2 != 0 {
        io::set_deadline(cx.cx, pd, Mode::Write, when);
    }
    NativeResult::Done
}

/// `pollEvict(pd uintptr)`.
fn poll_evict(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some(pd) = poll_ref(w[0]) else { return bad_handle() };
    io::evict(cx.cx, pd);
    NativeResult::Done
}

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    let f: NativeFn = match name {
        "sysSocket" => sys_socket,
        "sysSetsockoptInt" => sys_setsockopt_int,
        "sysGetsockoptInt" => sys_getsockopt_int,
        "sysBind" => sys_bind,
        "sysConnect" => sys_connect,
        "sysListen" => sys_listen,
        "sysAccept" => sys_accept,
        "sysGetsockname" => sys_getsockname,
        "sysGetpeername" => sys_getpeername,
        "sysRead" => sys_read,
        "sysWrite" => sys_write,
        "sysRecvfrom" => sys_recvfrom,
        "sysSendto" => sys_sendto,
        "sysShutdown" => sys_shutdown,
        "sysClose" => sys_close,
        "pollOpen" => poll_open,
        "pollClose" => poll_close,
        "pollWait" => poll_wait,
        "pollCheck" => poll_check,
        "pollSetDeadline" => poll_set_deadline,
        "pollEvict" => poll_evict,
        _ => return None,
    };
    Some(f)
}
