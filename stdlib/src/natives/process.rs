//! `os` process natives: pipes, starting a program (fork and exec), waiting for it,
//! sending it signals, ownership and time stamps of files. Waiting and the exec
//! handshake may last: they run in the runtime's system-call state, so the processor
//! goes on with other goroutines meanwhile.

use std::ffi::CString;
use vm::native::{NativeCtx, NativeFn, NativeResult};

fn last_errno() -> u64 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO) as u64
}

/// The bytes of the `[]string` at words `i..i + 3`, each as a C string (None if one
/// holds a NUL byte).
fn c_strings(cx: &NativeCtx<'_, '_>, w: &[u64], i: usize) -> Option<Vec<CString>> {
    let (base, n) = (w[i], w[i + 1] as usize);
    let mut out = Vec::with_capacity(n);
    for k in 0..n {
        // SAFETY: a live []string holds n (ptr, len) pairs.
        let (p, l) = unsafe { (*((base + 16 * k as u64) as *const u64), *((base + 16 * k as u64 + 8) as *const u64)) };
        out.push(CString::new(cx.str(p, l).to_vec()).ok()?);
    }
    Some(out)
}

/// The `[]int` at words `i..i + 3`.
fn ints(w: &[u64], i: usize) -> Vec<i64> {
    let (base, n) = (w[i], w[i + 1] as usize);
    // SAFETY: a live []int holds n words.
    (0..n).map(|k| unsafe { *((base + 8 * k as u64) as *const i64) }).collect()
}

/// `sysPipe() (r, w int, errno int)`: pipe2(2) with close-on-exec.
fn sys_pipe(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let mut fds = [0i32; 2];
    // SAFETY: fds has room for the two descriptors.
    let r = unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) };
    if r < 0 {
        w[..3].copy_from_slice(&[u64::MAX, u64::MAX, last_errno()]);
    } else {
        w[..3].copy_from_slice(&[fds[0] as u64, fds[1] as u64, 0]);
    }
    NativeResult::Done
}

/// What the child must do between fork and exec, prepared by the parent (the child may
/// only make async-signal-safe calls, so nothing is allocated after fork).
struct Launch {
    path: CString,
    argv: Vec<*const libc::c_char>,
    envp: Vec<*const libc::c_char>,
    dir: Option<CString>,
    /// `fds[i]`: the parent's descriptor that becomes the child's descriptor i (-1: closed).
    fds: Vec<i32>,
    setsid: bool,
    setpgid: bool,
    pgid: i32,
    pdeathsig: i32,
    /// Room for the moved descriptors (the child must not allocate).
    scratch: Vec<i32>,
}

/// Runs in the child after fork: arrange the descriptors, session and directory, reset
/// signal state and exec. Returns the errno of the step that failed.
///
/// # Safety
/// Only async-signal-safe calls; `l` was built before fork.
unsafe fn child_setup(l: &mut Launch, report: &mut i32) -> i32 {
    let mut set: libc::sigset_t = std::mem::zeroed();
    libc::sigemptyset(&mut set);
    libc::pthread_sigmask(libc::SIG_SETMASK, &set, std::ptr::null_mut());
    // Handlers are reset by exec; SIGPIPE is ignored by the interpreter itself, not by the
    // Go program, so the child gets the default action back.
    libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    if l.setsid && libc::setsid() < 0 {
        return *libc::__errno_location();
    }
    if l.setpgid && libc::setpgid(0, l.pgid) < 0 {
        return *libc::__errno_location();
    }
    if l.pdeathsig != 0 && libc::prctl(libc::PR_SET_PDEATHSIG, l.pdeathsig as libc::c_ulong) < 0 {
        return *libc::__errno_location();
    }
    if let Some(d) = &l.dir {
        if libc::chdir(d.as_ptr()) < 0 {
            return *libc::__errno_location();
        }
    }
    // First move the report pipe and every source descriptor above the target range, so
    // that placing one never overwrites a source still to be placed; then place them.
    let n = l.fds.len() as i32;
    if *report < n {
        let hi = libc::fcntl(*report, libc::F_DUPFD_CLOEXEC, n);
        if hi < 0 {
            return *libc::__errno_location();
        }
        *report = hi;
    }
    let moved = &mut l.scratch[..];
    for (i, &fd) in l.fds.iter().enumerate() {
        if fd < 0 {
            moved[i] = -1;
            continue;
        }
        let hi = libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, n);
        if hi < 0 {
            return *libc::__errno_location();
        }
        moved[i] = hi;
    }
    for (i, &src) in moved.iter().enumerate() {
        let i = i as i32;
        if src < 0 {
            libc::close(i);
            continue;
        }
        // dup2 clears close-on-exec on the new descriptor.
        if libc::dup2(src, i) < 0 {
            return *libc::__errno_location();
        }
    }
    libc::execve(l.path.as_ptr(), l.argv.as_ptr(), l.envp.as_ptr());
    *libc::__errno_location()
}

/// Forks and execs `l`; the parent learns the exec's outcome through a close-on-exec
/// pipe: end of file means the exec succeeded, four bytes are the child's errno.
fn fork_exec(l: &mut Launch) -> (i64, u64) {
    let mut p = [0i32; 2];
    // SAFETY: p has room for two descriptors.
    if unsafe { libc::pipe2(p.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return (-1, last_errno());
    }
    // SAFETY: the child only runs `child_setup` (async-signal-safe) and `_exit`.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        let e = last_errno();
        // SAFETY: closing our own pipe.
        unsafe {
            libc::close(p[0]);
            libc::close(p[1]);
        }
        return (-1, e);
    }
    if pid == 0 {
        // SAFETY: in the child; see child_setup.
        unsafe {
            libc::close(p[0]);
            let mut report = p[1];
            let e = child_setup(l, &mut report);
            let b = e.to_ne_bytes();
            libc::write(report, b.as_ptr() as *const libc::c_void, 4);
            libc::_exit(127);
        }
    }
    // SAFETY: parent side of our own pipe.
    unsafe {
        libc::close(p[1]);
        let mut b = [0u8; 4];
        let mut got = 0usize;
        while got < 4 {
            let r = libc::read(p[0], b[got..].as_mut_ptr() as *mut libc::c_void, 4 - got);
            if r < 0 && *libc::__errno_location() == libc::EINTR {
                continue;
            }
            if r <= 0 {
                break;
            }
            got += r as usize;
        }
        libc::close(p[0]);
        if got == 4 {
            // The exec failed: collect the child so it leaves no zombie.
            let mut st = 0;
            while libc::waitpid(pid, &mut st, 0) < 0 && *libc::__errno_location() == libc::EINTR {}
            return (-1, i32::from_ne_bytes(b) as u64);
        }
    }
    (pid as i64, 0)
}

/// `sysForkExec(path string, argv, envv []string, dir string, fds []int, setsid,
/// setpgid bool, pgid, pdeathsig int) (pid int, errno int)`.
fn sys_fork_exec(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let fail = |w: &mut [u64], e: i32| {
        w[0] = u64::MAX;
        w[1] = e as u64;
        NativeResult::Done
    };
    let Ok(path) = CString::new(cx.str(w[0], w[1]).to_vec()) else { return fail(w, libc::EINVAL) };
    let (Some(argv), Some(envv)) = (c_strings(cx, w, 2), c_strings(cx, w, 5)) else { return fail(w, libc::EINVAL) };
    let dir = cx.str(w[8], w[9]);
    let dir = if dir.is_empty() {
        None
    } else {
        match CString::new(dir.to_vec()) {
            Ok(d) => Some(d),
            Err(_) => return fail(w, libc::EINVAL),
        }
    };
    let fds: Vec<i32> = ints(w, 10).into_iter().map(|f| f as i32).collect();
    let mut argp: Vec<*const libc::c_char> = argv.iter().map(|s| s.as_ptr()).collect();
    argp.push(std::ptr::null());
    let mut envp: Vec<*const libc::c_char> = envv.iter().map(|s| s.as_ptr()).collect();
    envp.push(std::ptr::null());
    let scratch = vec![0; fds.len()];
    let mut launch = Launch { path, argv: argp, envp, dir, fds, setsid: w[13] != 0, setpgid: w[14] != 0, pgid: w[15] as i32, pdeathsig: w[16] as i32, scratch };
    let Some((pid, e)) = cx.cx.syscall(|| fork_exec(&mut launch)) else { return NativeResult::Yield };
    w[0] = pid as u64;
    w[1] = e;
    NativeResult::Done
}

/// `sysWaitReady(pid int) (errno int)`: waitid(2) with WNOWAIT: blocks (in the
/// system-call state) until the child has ended, leaving it to be collected, so that
/// its pid is not reused while the Go side still may signal it.
fn sys_wait_ready(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let pid = w[0] as libc::id_t;
    let Some(e) = cx.cx.syscall(|| loop {
        // SAFETY: siginfo is plain data filled by the kernel.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        // SAFETY: a valid out-pointer.
        let r = unsafe { libc::waitid(libc::P_PID, pid, &mut info, libc::WEXITED | libc::WNOWAIT) };
        if r >= 0 {
            return 0;
        }
        let e = last_errno();
        if e != libc::EINTR as u64 {
            return e;
        }
    }) else {
        return NativeResult::Yield;
    };
    w[0] = e;
    NativeResult::Done
}

/// `sysWait4(pid int) (status int, utimeUs, stimeUs, maxrss int64, errno int)`: wait4(2)
/// collecting that child (after `sysWaitReady` it does not block).
fn sys_wait4(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let pid = w[0] as i32;
    let Some(r) = cx.cx.syscall(|| loop {
        let mut st = 0;
        // SAFETY: rusage is plain data filled by the kernel.
        let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: valid out-pointers.
        let r = unsafe { libc::wait4(pid, &mut st, 0, &mut ru) };
        if r >= 0 {
            let us = |t: libc::timeval| t.tv_sec * 1_000_000 + t.tv_usec;
            return [st as u32 as u64, us(ru.ru_utime) as u64, us(ru.ru_stime) as u64, ru.ru_maxrss as u64, 0];
        }
        let e = last_errno();
        if e != libc::EINTR as u64 {
            return [0, 0, 0, 0, e];
        }
    }) else {
        return NativeResult::Yield;
    };
    w[..5].copy_from_slice(&r);
    NativeResult::Done
}

/// `sysKill(pid, sig int) (errno int)`: kill(2).
fn sys_kill(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    // SAFETY: kill has no memory effects.
    let r = unsafe { libc::kill(w[0] as i32, w[1] as i32) };
    w[0] = if r < 0 { last_errno() } else { 0 };
    NativeResult::Done
}

/// The C string of the Go string at words `i, i + 1`, or EINVAL.
fn path_arg(cx: &NativeCtx<'_, '_>, w: &[u64], i: usize) -> Result<CString, u64> {
    CString::new(cx.str(w[i], w[i + 1]).to_vec()).map_err(|_| libc::EINVAL as u64)
}

/// `sysChown(name string, uid, gid int, follow bool) (errno int)`: chown(2) / lchown(2).
fn sys_chown(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] = match path_arg(cx, w, 0) {
        Err(e) => e,
        Ok(p) => {
            let (uid, gid) = (w[2] as i64 as libc::uid_t, w[3] as i64 as libc::gid_t);
            // SAFETY: a valid C string.
            let r = unsafe { if w[4] != 0 { libc::chown(p.as_ptr(), uid, gid) } else { libc::lchown(p.as_ptr(), uid, gid) } };
            if r < 0 { last_errno() } else { 0 }
        }
    };
    NativeResult::Done
}

/// `sysFchown(fd, uid, gid int) (errno int)`: fchown(2).
fn sys_fchown(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    // SAFETY: no memory effects.
    let r = unsafe { libc::fchown(w[0] as i32, w[1] as i64 as libc::uid_t, w[2] as i64 as libc::gid_t) };
    w[0] = if r < 0 { last_errno() } else { 0 };
    NativeResult::Done
}

/// `sysUtimes(name string, atimeNs, mtimeNs int64, omitA, omitM bool) (errno int)`:
/// utimensat(2) following links; an omitted time is left unchanged.
fn sys_utimes(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] = match path_arg(cx, w, 0) {
        Err(e) => e,
        Ok(p) => {
            let spec = |ns: i64, omit: bool| libc::timespec {
                tv_sec: ns.div_euclid(1_000_000_000),
                tv_nsec: if omit { libc::UTIME_OMIT } else { ns.rem_euclid(1_000_000_000) },
            };
            let ts = [spec(w[2] as i64, w[4] != 0), spec(w[3] as i64, w[5] != 0)];
            // SAFETY: a valid C string and two timespecs.
            let r = unsafe { libc::utimensat(libc::AT_FDCWD, p.as_ptr(), ts.as_ptr(), 0) };
            if r < 0 { last_errno() } else { 0 }
        }
    };
    NativeResult::Done
}

/// `sysGetgroups() (gids []int, errno int)`: getgroups(2).
fn sys_getgroups(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    // SAFETY: a size query, then a buffer of that size.
    let n = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
    let mut gids = vec![0 as libc::gid_t; n.max(0) as usize];
    let got = if n > 0 { unsafe { libc::getgroups(n, gids.as_mut_ptr()) } } else { n };
    if got < 0 {
        w[..4].copy_from_slice(&[0, 0, 0, last_errno()]);
        return NativeResult::Done;
    }
    gids.truncate(got as usize);
    let p = cx.alloc_words(gids.len(), false);
    for (k, g) in gids.iter().enumerate() {
        // SAFETY: the new object has one word per group.
        unsafe { *((p + 8 * k as u64) as *mut u64) = *g as u64 };
    }
    let len = gids.len() as u64;
    w[..4].copy_from_slice(&[if len == 0 { 0 } else { p }, len, len, 0]);
    NativeResult::Done
}

/// `sysRandom(b []byte)`: fills b from getrandom(2) (the kernel's cryptographic source).
pub(super) fn sys_random(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (p, n) = (w[0] as *mut u8, w[1] as usize);
    let mut done = 0usize;
    while done < n {
        // SAFETY: the slice has n writable bytes.
        let r = unsafe { libc::getrandom(p.add(done) as *mut libc::c_void, n - done, 0) };
        if r < 0 {
            if last_errno() == libc::EINTR as u64 {
                continue;
            }
            return NativeResult::RuntimeError("minigo bug: getrandom failed".into());
        }
        done += r as usize;
    }
    NativeResult::Done
}

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    let f: NativeFn = match name {
        "sysPipe" => sys_pipe,
        "sysForkExec" => sys_fork_exec,
        "sysWait4" => sys_wait4,
        "sysWaitReady" => sys_wait_ready,
        "sysKill" => sys_kill,
        "sysChown" => sys_chown,
        "sysFchown" => sys_fchown,
        "sysUtimes" => sys_utimes,
        "sysGetgroups" => sys_getgroups,
        "sysRandom" => sys_random,
        _ => return None,
    };
    Some(f)
}

/// The natives of package syscall (shared with os).
pub(super) fn lookup_syscall(name: &str) -> Option<NativeFn> {
    match name {
        "rawKill" => Some(sys_kill),
        "Getpid" | "Getppid" | "Getuid" | "Geteuid" | "Getgid" | "Getegid" => super::os::lookup(&format!("sys{}", name)),
        _ => None,
    }
}
