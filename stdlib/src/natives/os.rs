//! `os`: process arguments and exit, and thin wrappers of Linux system calls returning
//! `(result, errno)` as the Go side expects (errno 0 on success). Calls interrupted by
//! a signal (EINTR) are retried.

use super::{args, put_string};
use std::ffi::CString;
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

/// [`retry`] of a system call that may block in the kernel (a read of a pipe or terminal,
/// a write to a full pipe, a slow disk), made in the runtime's system-call state so the
/// processor goes to other goroutines while it lasts. `None`: the program is ending and
/// the call was not made (the native yields; the goroutine never runs again).
fn blocking_call(cx: &mut NativeCtx<'_, '_>, f: impl FnMut() -> i64) -> Option<(u64, u64)> {
    cx.cx.syscall(|| retry(f))
}

/// The C string of a Go string argument at words `i, i + 1` (None if it holds a NUL).
fn cstr(cx: &NativeCtx<'_, '_>, w: &[u64], i: usize) -> Option<CString> {
    CString::new(cx.str(w[i], w[i + 1]).to_vec()).ok()
}

/// A byte slice argument at words `i..i + 3` as (pointer, length).
fn buf(w: &[u64], i: usize) -> (*mut u8, usize) {
    (w[i] as *mut u8, w[i + 1] as usize)
}

fn runtime_args(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let s = cx.new_string_slice(args());
    w[..3].copy_from_slice(&s);
    NativeResult::Done
}

fn exit(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    NativeResult::Exit(w[0] as i64 as i32)
}

fn sys_open(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some(name) = cstr(cx, w, 0) else {
        w[0] = u64::MAX;
        w[1] = libc::EINVAL as u64;
        return NativeResult::Done;
    };
    let (flag, perm) = (w[2] as i32, w[3] as u32);
    // SAFETY: a valid C string.
    // (Opening a FIFO blocks until the other end opens.)
    let Some((fd, e)) = blocking_call(cx, || unsafe { libc::open(name.as_ptr(), flag | libc::O_CLOEXEC, perm) } as i64) else {
        return NativeResult::Yield;
    };
    w[0] = fd;
    w[1] = e;
    NativeResult::Done
}

fn sys_close(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    // SAFETY: closing a descriptor number has no memory effects.
    let r = unsafe { libc::close(w[0] as i32) };
    w[0] = if r < 0 { errno() } else { 0 };
    NativeResult::Done
}

fn sys_read(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let fd = w[0] as i32;
    let (p, n) = buf(w, 1);
    // SAFETY: the slice has n writable bytes.
    let Some((r, e)) = blocking_call(cx, || unsafe { libc::read(fd, p as *mut libc::c_void, n) } as i64) else {
        return NativeResult::Yield;
    };
    w[0] = if e == 0 { r } else { 0 };
    w[1] = e;
    NativeResult::Done
}

fn sys_write(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let fd = w[0] as i32;
    let (p, n) = buf(w, 1);
    // SAFETY: the slice has n readable bytes.
    let Some((r, e)) = blocking_call(cx, || unsafe { libc::write(fd, p as *const libc::c_void, n) } as i64) else {
        return NativeResult::Yield;
    };
    epipe_check(fd, e);
    w[0] = if e == 0 { r } else { 0 };
    w[1] = e;
    NativeResult::Done
}

/// Go's rule for a broken pipe: a write to standard output or standard error that fails
/// with EPIPE kills the program with SIGPIPE (`prog | head -1` ends as the shell expects);
/// on any other descriptor the error is returned. Rust starts programs with SIGPIPE
/// ignored, so the default action is restored before raising it.
pub(crate) fn epipe_check(fd: i32, errno: u64) {
    if errno != libc::EPIPE as u64 || !(fd == 1 || fd == 2) {
        return;
    }
    // SAFETY: plain signal-disposition calls; the process is about to die of the signal.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGPIPE);
        libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::raise(libc::SIGPIPE);
    }
    // Not reached unless the signal is blocked elsewhere: exit as Go's dieFromSignal does.
    std::process::exit(2);
}

fn sys_pread(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let fd = w[0] as i32;
    let (p, n) = buf(w, 1);
    let off = w[4] as i64;
    // SAFETY: the slice has n writable bytes.
    let Some((r, e)) = blocking_call(cx, || unsafe { libc::pread(fd, p as *mut libc::c_void, n, off) } as i64) else {
        return NativeResult::Yield;
    };
    w[0] = if e == 0 { r } else { 0 };
    w[1] = e;
    NativeResult::Done
}

fn sys_pwrite(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let fd = w[0] as i32;
    let (p, n) = buf(w, 1);
    let off = w[4] as i64;
    // SAFETY: the slice has n readable bytes.
    let Some((r, e)) = blocking_call(cx, || unsafe { libc::pwrite(fd, p as *const libc::c_void, n, off) } as i64) else {
        return NativeResult::Yield;
    };
    w[0] = if e == 0 { r } else { 0 };
    w[1] = e;
    NativeResult::Done
}

fn sys_seek(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    // SAFETY: lseek has no memory effects.
    let (r, e) = retry(|| unsafe { libc::lseek(w[0] as i32, w[1] as i64, w[2] as i32) });
    w[0] = if e == 0 { r } else { 0 };
    w[1] = e;
    NativeResult::Done
}

fn errno_only(w: &mut [u64], r: libc::c_int) -> NativeResult {
    w[0] = if r < 0 { errno() } else { 0 };
    NativeResult::Done
}

fn sys_fsync(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let fd = w[0] as i32;
    // SAFETY: no memory effects.
    let Some((_, e)) = blocking_call(cx, || unsafe { libc::fsync(fd) } as i64) else {
        return NativeResult::Yield;
    };
    w[0] = e;
    NativeResult::Done
}

fn sys_ftruncate(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    // SAFETY: no memory effects.
    let r = unsafe { libc::ftruncate(w[0] as i32, w[1] as i64) };
    errno_only(w, r)
}

/// Writes the results of sysStat/sysFstat from a successful call.
fn put_stat(w: &mut [u64], st: &libc::stat) {
    w[0] = st.st_mode as u64;
    w[1] = st.st_size as u64;
    w[2] = st.st_mtime as u64;
    w[3] = st.st_mtime_nsec as u64;
    w[4] = st.st_dev;
    w[5] = st.st_ino;
    w[6] = 0;
}

fn sys_stat(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let follow = w[2] != 0;
    // SAFETY: plain old data.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let r = match cstr(cx, w, 0) {
        // SAFETY: a valid C string and a stat buffer.
        Some(name) => unsafe {
            if follow {
                libc::stat(name.as_ptr(), &mut st)
            } else {
                libc::lstat(name.as_ptr(), &mut st)
            }
        },
        None => {
            w[..6].fill(0);
            w[6] = libc::EINVAL as u64;
            return NativeResult::Done;
        }
    };
    if r < 0 {
        let e = errno();
        w[..6].fill(0);
        w[6] = e;
        return NativeResult::Done;
    }
    put_stat(w, &st);
    NativeResult::Done
}

fn sys_fstat(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    // SAFETY: plain old data; fstat writes the buffer.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::fstat(w[0] as i32, &mut st) };
    if r < 0 {
        let e = errno();
        w[..6].fill(0);
        w[6] = e;
        return NativeResult::Done;
    }
    put_stat(w, &st);
    NativeResult::Done
}

/// A call taking one path: `(name string, ...) (errno int)`.
fn path_call(cx: &mut NativeCtx<'_, '_>, w: &mut [u64], f: impl FnOnce(&CString, &[u64]) -> libc::c_int) -> NativeResult {
    let Some(name) = cstr(cx, w, 0) else {
        w[0] = libc::EINVAL as u64;
        return NativeResult::Done;
    };
    let r = f(&name, &w[2..]);
    errno_only(w, r)
}

/// A call taking two paths: `(a, b string) (errno int)`.
fn path2_call(cx: &mut NativeCtx<'_, '_>, w: &mut [u64], f: impl FnOnce(&CString, &CString) -> libc::c_int) -> NativeResult {
    let (Some(a), Some(b)) = (cstr(cx, w, 0), cstr(cx, w, 2)) else {
        w[0] = libc::EINVAL as u64;
        return NativeResult::Done;
    };
    let r = f(&a, &b);
    errno_only(w, r)
}

// SAFETY (the path calls below): valid C strings; the calls have no other memory effects.
fn sys_mkdir(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    path_call(cx, w, |n, rest| unsafe { libc::mkdir(n.as_ptr(), rest[0] as libc::mode_t) })
}

fn sys_unlink(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    path_call(cx, w, |n, _| unsafe { libc::unlink(n.as_ptr()) })
}

fn sys_rmdir(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    path_call(cx, w, |n, _| unsafe { libc::rmdir(n.as_ptr()) })
}

fn sys_chmod(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    path_call(cx, w, |n, rest| unsafe { libc::chmod(n.as_ptr(), rest[0] as libc::mode_t) })
}

fn sys_truncate(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    path_call(cx, w, |n, rest| unsafe { libc::truncate(n.as_ptr(), rest[0] as i64) })
}

fn sys_chdir(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    path_call(cx, w, |n, _| unsafe { libc::chdir(n.as_ptr()) })
}

fn sys_rename(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    path2_call(cx, w, |a, b| unsafe { libc::rename(a.as_ptr(), b.as_ptr()) })
}

fn sys_symlink(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    path2_call(cx, w, |a, b| unsafe { libc::symlink(a.as_ptr(), b.as_ptr()) })
}

fn sys_link(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    path2_call(cx, w, |a, b| unsafe { libc::link(a.as_ptr(), b.as_ptr()) })
}

fn io_errno(e: &std::io::Error) -> u64 {
    e.raw_os_error().unwrap_or(libc::EIO) as u64
}

/// Writes `(s string, errno int)` from a result.
fn string_result(cx: &mut NativeCtx<'_, '_>, w: &mut [u64], r: std::io::Result<Vec<u8>>) -> NativeResult {
    match r {
        Ok(s) => {
            put_string(cx, w, 0, &s);
            w[2] = 0;
        }
        Err(e) => {
            w[0] = 0;
            w[1] = 0;
            w[2] = io_errno(&e);
        }
    }
    NativeResult::Done
}

fn os_bytes(s: impl AsRef<std::ffi::OsStr>) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    s.as_ref().as_bytes().to_vec()
}

fn path_of(cx: &NativeCtx<'_, '_>, w: &[u64], i: usize) -> std::path::PathBuf {
    use std::os::unix::ffi::OsStrExt;
    std::path::PathBuf::from(std::ffi::OsStr::from_bytes(cx.str(w[i], w[i + 1])))
}

fn sys_readlink(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let p = path_of(cx, w, 0);
    let r = std::fs::read_link(p).map(os_bytes);
    string_result(cx, w, r)
}

fn sys_getwd(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let r = std::env::current_dir().map(os_bytes);
    string_result(cx, w, r)
}

fn sys_executable(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let r = std::env::current_exe().map(os_bytes);
    string_result(cx, w, r)
}

fn sys_hostname(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let r = std::fs::read("/proc/sys/kernel/hostname").map(|mut b| {
        while b.last() == Some(&b'\n') {
            b.pop();
        }
        b
    });
    string_result(cx, w, r)
}

fn sys_read_dir_names(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let p = path_of(cx, w, 0);
    let names: std::io::Result<Vec<Vec<u8>>> = std::fs::read_dir(p).and_then(|d| d.map(|e| e.map(|e| os_bytes(e.file_name()))).collect());
    match names {
        Ok(names) => {
            let s = cx.new_string_slice(&names);
            w[..3].copy_from_slice(&s);
            w[3] = 0;
        }
        Err(e) => {
            w[..3].fill(0);
            w[3] = io_errno(&e);
        }
    }
    NativeResult::Done
}

pub(super) fn sys_getenv(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    use std::os::unix::ffi::OsStrExt;
    let key = std::ffi::OsStr::from_bytes(cx.str(w[0], w[1])).to_owned();
    match std::env::var_os(&key) {
        Some(v) => {
            put_string(cx, w, 0, v.as_bytes());
            w[2] = 1;
        }
        None => {
            w[0] = 0;
            w[1] = 0;
            w[2] = 0;
        }
    }
    NativeResult::Done
}

fn bad_env_key(k: &[u8]) -> bool {
    k.is_empty() || k.contains(&b'=') || k.contains(&0)
}

fn sys_setenv(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    use std::os::unix::ffi::OsStrExt;
    let (k, v) = (cx.str(w[0], w[1]), cx.str(w[2], w[3]));
    if bad_env_key(k) || v.contains(&0) {
        w[0] = libc::EINVAL as u64;
        return NativeResult::Done;
    }
    // SAFETY: minigo's own threads read the environment only through these natives.
    unsafe { std::env::set_var(std::ffi::OsStr::from_bytes(k), std::ffi::OsStr::from_bytes(v)) };
    w[0] = 0;
    NativeResult::Done
}

fn sys_unsetenv(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    use std::os::unix::ffi::OsStrExt;
    let k = cx.str(w[0], w[1]);
    if bad_env_key(k) {
        w[0] = libc::EINVAL as u64;
        return NativeResult::Done;
    }
    // SAFETY: as for sys_setenv.
    unsafe { std::env::remove_var(std::ffi::OsStr::from_bytes(k)) };
    w[0] = 0;
    NativeResult::Done
}

fn sys_clearenv(_: &mut NativeCtx<'_, '_>, _: &mut [u64]) -> NativeResult {
    for (k, _) in std::env::vars_os() {
        // SAFETY: as for sys_setenv.
        unsafe { std::env::remove_var(k) };
    }
    NativeResult::Done
}

fn sys_environ(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    use std::os::unix::ffi::OsStrExt;
    let items: Vec<Vec<u8>> = std::env::vars_os()
        .map(|(k, v)| {
            let mut s = k.as_bytes().to_vec();
            s.push(b'=');
            s.extend_from_slice(v.as_bytes());
            s
        })
        .collect();
    let s = cx.new_string_slice(&items);
    w[..3].copy_from_slice(&s);
    NativeResult::Done
}

macro_rules! id_call {
    ($name:ident, $call:ident) => {
        fn $name(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
            // SAFETY: an id query without arguments.
            w[0] = unsafe { libc::$call() } as u64;
            NativeResult::Done
        }
    };
}

id_call!(sys_getpid, getpid);
id_call!(sys_getppid, getppid);
id_call!(sys_getuid, getuid);
id_call!(sys_geteuid, geteuid);
id_call!(sys_getgid, getgid);
id_call!(sys_getegid, getegid);

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    let f: NativeFn = match name {
        "runtimeArgs" => runtime_args,
        "Exit" => exit,
        "sysOpen" => sys_open,
        "sysClose" => sys_close,
        "sysRead" => sys_read,
        "sysWrite" => sys_write,
        "sysPread" => sys_pread,
        "sysPwrite" => sys_pwrite,
        "sysSeek" => sys_seek,
        "sysFsync" => sys_fsync,
        "sysFtruncate" => sys_ftruncate,
        "sysStat" => sys_stat,
        "sysFstat" => sys_fstat,
        "sysMkdir" => sys_mkdir,
        "sysUnlink" => sys_unlink,
        "sysRmdir" => sys_rmdir,
        "sysRename" => sys_rename,
        "sysChmod" => sys_chmod,
        "sysTruncate" => sys_truncate,
        "sysSymlink" => sys_symlink,
        "sysLink" => sys_link,
        "sysReadlink" => sys_readlink,
        "sysReadDirNames" => sys_read_dir_names,
        "sysGetwd" => sys_getwd,
        "sysChdir" => sys_chdir,
        "sysGetenv" => sys_getenv,
        "sysSetenv" => sys_setenv,
        "sysUnsetenv" => sys_unsetenv,
        "sysClearenv" => sys_clearenv,
        "sysEnviron" => sys_environ,
        "sysGetpid" => sys_getpid,
        "sysGetppid" => sys_getppid,
        "sysGetuid" => sys_getuid,
        "sysGeteuid" => sys_geteuid,
        "sysGetgid" => sys_getgid,
        "sysGetegid" => sys_getegid,
        "sysHostname" => sys_hostname,
        "sysExecutable" => sys_executable,
        _ => return None,
    };
    Some(f)
}
