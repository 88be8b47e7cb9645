//! Deaths the program cannot recover from, reported as Go reports them: running out of
//! memory (`fatal error: runtime: out of memory`) and memory faults (`unexpected fault
//! address` / `fatal error: fault`), each with the running goroutine's traceback and exit
//! status 2. No minigo process dies of a signal without a message.
//!
//! # Who is running what
//! The VM wraps each run slice of a goroutine in [`RunningGoroutine::enter`]: a per-thread
//! record of the goroutine (for its traceback) and of what the thread does, [`Activity`]:
//! - `Go`: executing the goroutine's instructions and natives. A fault here is the
//!   program's: minigo reads and writes Go memory through the pointers the program holds,
//!   and a racy program can tear a multi-word value (an interface whose type word and data
//!   word come from two different stores, a slice whose pointer and length do), so that a
//!   word that is not a pointer gets dereferenced. Go faults the same way and reports it.
//! - `Runtime`: inside minigo's own machinery on behalf of the goroutine (the collector,
//!   the allocator's refill of a span); [`enter_runtime`] marks such regions.
//! - nothing recorded: a scheduler thread between goroutines, the compiler, the REPL.
//!
//! A fault in `Go` activity is reported as Go does; any other fault is `minigo bug:`
//! (exit 3), with the goroutine's traceback when there is one. A stack overflow of a Rust
//! thread (its guard page) is always minigo's own and goes on to Rust's own report.
//!
//! # Limits
//! A minigo bug that faults while the VM executes instructions (in the dispatch loop or a
//! native) is reported as a program fault: the two are told apart by where the thread was,
//! not by proving where the bad address came from.

use crate::task::Task;
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

/// What a worker thread is doing for its goroutine (see the module comment).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Activity {
    Go,
    Runtime,
}

#[derive(Clone, Copy)]
struct Running {
    task: *const dyn Task,
    goid: u64,
    activity: Activity,
}

thread_local! {
    static RUNNING: Cell<Option<Running>> = const { Cell::new(None) };
    static ALT_STACK: Cell<bool> = const { Cell::new(false) };
}

/// Bytes of the signal stack of a thread that runs goroutines: the fault report formats
/// a traceback, more than the few KiB of Rust's own signal stack hold.
const ALT_STACK_BYTES: usize = 256 << 10;

/// Gives this thread a signal stack large enough for the fault report (once per thread;
/// the memory stays with the thread for the life of the process).
fn ensure_alt_stack() {
    if ALT_STACK.with(|a| a.replace(true)) {
        return;
    }
    // SAFETY: maps fresh memory and makes it this thread's alternate signal stack; it is
    // never unmapped (a worker thread lives as long as its scheduler).
    unsafe {
        let mem = libc::mmap(std::ptr::null_mut(), ALT_STACK_BYTES, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0);
        if mem == libc::MAP_FAILED {
            return;
        }
        let stack = libc::stack_t { ss_sp: mem, ss_flags: 0, ss_size: ALT_STACK_BYTES };
        libc::sigaltstack(&stack, std::ptr::null_mut());
    }
}

/// Records that this thread runs goroutine `goid` until the guard drops.
pub struct RunningGoroutine {
    previous: Option<Running>,
}

impl RunningGoroutine {
    /// `task` must stay alive and in place until the guard drops (the VM's `Task::run`
    /// holds it by `&mut self` for the whole slice).
    pub fn enter(task: &dyn Task, goid: u64) -> RunningGoroutine {
        // SAFETY: only the lifetime is erased; the record is removed when the guard drops,
        // before `task` can go away (see above).
        let task: *const dyn Task = unsafe { std::mem::transmute::<&dyn Task, &'static dyn Task>(task) };
        ensure_alt_stack();
        let previous = RUNNING.with(|r| r.replace(Some(Running { task, goid, activity: Activity::Go })));
        RunningGoroutine { previous }
    }
}

impl Drop for RunningGoroutine {
    fn drop(&mut self) {
        RUNNING.with(|r| r.set(self.previous));
    }
}

/// Marks minigo's own work done on behalf of the running goroutine until the guard drops.
pub struct RuntimeRegion {
    previous: Option<Activity>,
}

/// See [`RuntimeRegion`]; cheap (a thread-local read and write).
pub fn enter_runtime() -> RuntimeRegion {
    let previous = RUNNING.with(|r| {
        let mut cur = r.get()?;
        let prev = cur.activity;
        cur.activity = Activity::Runtime;
        r.set(Some(cur));
        Some(prev)
    });
    RuntimeRegion { previous }
}

impl Drop for RuntimeRegion {
    fn drop(&mut self) {
        if let Some(prev) = self.previous {
            RUNNING.with(|r| {
                if let Some(mut cur) = r.get() {
                    cur.activity = prev;
                    r.set(Some(cur));
                }
            });
        }
    }
}

/// The traceback of the goroutine this thread runs, as `goroutine N [running]:` and its
/// frames, or "" when it runs none.
fn running_traceback() -> String {
    let Some(running) = RUNNING.with(|r| r.get()) else { return String::new() };
    let mut out = format!("goroutine {} [running]:\n", running.goid);
    // SAFETY: the record is present only while the task is alive (RunningGoroutine). The
    // task is mutably borrowed by the stopped `run` below us on this thread's stack; it is
    // only read here, on the way to ending the process.
    unsafe { (*running.task).dump(&mut out) };
    out
}

/// Writes all of `bytes` to standard error without locking or allocating.
fn write_stderr(bytes: &[u8]) {
    let mut rest = bytes;
    while !rest.is_empty() {
        // SAFETY: writing a valid buffer to file descriptor 2.
        let n = unsafe { libc::write(2, rest.as_ptr() as *const libc::c_void, rest.len()) };
        if n <= 0 {
            if n < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return;
        }
        rest = &rest[n as usize..];
    }
}

/// Only the first thread to die reports; the others wait for the process to end.
static DYING: AtomicBool = AtomicBool::new(false);

fn claim_death() {
    if DYING.swap(true, Ordering::AcqRel) {
        loop {
            std::thread::park();
        }
    }
}

/// `fatal error: runtime: out of memory`: the system refused memory the program asked for
/// (the heap's pages or any of minigo's own allocations). Exit status 2.
pub fn out_of_memory() -> ! {
    claim_death();
    let mut text = String::new();
    // Building the report needs a little memory; the refused request was a large one.
    text.push_str("fatal error: runtime: out of memory\n");
    let trace = running_traceback();
    if !trace.is_empty() {
        text.push('\n');
        text.push_str(&trace);
    }
    write_stderr(text.as_bytes());
    // SAFETY: ending the process at once, as Go's throw does; nothing is left to flush
    // (Go's standard streams are unbuffered in minigo too).
    unsafe { libc::_exit(2) }
}

/// The handlers that were installed before ours (Rust's stack-overflow report).
static mut PREVIOUS: [Option<libc::sigaction>; 2] = [None, None];
const SIGNALS: [libc::c_int; 2] = [libc::SIGSEGV, libc::SIGBUS];

/// Installs the fault handler for SIGSEGV and SIGBUS (once per process, before any
/// goroutine runs).
pub fn install_fault_handler() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        for (i, &sig) in SIGNALS.iter().enumerate() {
            // SAFETY: sigaction with a zeroed, then filled, struct; the handler is
            // async-signal-safe up to the point where it has decided to end the process.
            unsafe {
                let mut action: libc::sigaction = std::mem::zeroed();
                action.sa_sigaction = on_fault as *const () as usize;
                action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
                libc::sigemptyset(&mut action.sa_mask);
                let mut old: libc::sigaction = std::mem::zeroed();
                if libc::sigaction(sig, &action, &mut old) == 0 {
                    PREVIOUS[i] = Some(old);
                }
            }
        }
    });
}

fn signal_name(sig: libc::c_int) -> &'static str {
    if sig == libc::SIGBUS {
        "SIGBUS: bus error"
    } else {
        "SIGSEGV: segmentation violation"
    }
}

/// The faulting instruction's address from the signal context.
///
/// # Safety
/// `ctx` is the third argument of an `SA_SIGINFO` handler.
unsafe fn fault_pc(ctx: *mut libc::c_void) -> u64 {
    if ctx.is_null() {
        return 0;
    }
    #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    {
        // SAFETY: per the caller, a ucontext_t.
        unsafe { (*(ctx as *const libc::ucontext_t)).uc_mcontext.gregs[libc::REG_RIP as usize] as u64 }
    }
    #[cfg(all(target_os = "linux", target_arch = "aarch64"))]
    {
        // SAFETY: per the caller, a ucontext_t.
        unsafe { (*(ctx as *const libc::ucontext_t)).uc_mcontext.pc }
    }
    #[cfg(not(all(target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64"))))]
    {
        0
    }
}

/// Formats `v` as `0x...` into `buf` without allocating; returns the text.
fn hex(v: u64, buf: &mut [u8; 18]) -> &str {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut i = buf.len();
    let mut v = v;
    loop {
        i -= 1;
        buf[i] = DIGITS[(v & 15) as usize];
        v >>= 4;
        if v == 0 {
            break;
        }
    }
    i -= 1;
    buf[i] = b'x';
    i -= 1;
    buf[i] = b'0';
    std::str::from_utf8(&buf[i..]).unwrap_or("0x?")
}

/// The stack pointer at the fault.
///
/// # Safety
/// As for [`fault_pc`].
unsafe fn fault_sp(ctx: *mut libc::c_void) -> u64 {
    if ctx.is_null() {
        return 0;
    }
    #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    {
        // SAFETY: per the caller, a ucontext_t.
        unsafe { (*(ctx as *const libc::ucontext_t)).uc_mcontext.gregs[libc::REG_RSP as usize] as u64 }
    }
    #[cfg(all(target_os = "linux", target_arch = "aarch64"))]
    {
        // SAFETY: per the caller, a ucontext_t.
        unsafe { (*(ctx as *const libc::ucontext_t)).uc_mcontext.sp }
    }
    #[cfg(not(all(target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64"))))]
    {
        0
    }
}

/// Whether a fault at `addr` with the stack pointer at `sp` is a stack overflow: the access
/// is at or just below the stack pointer (a push, a call or a stack probe running into the
/// guard page).
fn is_stack_overflow(addr: u64, sp: u64) -> bool {
    sp != 0 && addr <= sp.saturating_add(4096) && sp - addr.min(sp) <= 1 << 20
}

extern "C" fn on_fault(sig: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    // SAFETY: the kernel passes a valid siginfo for SA_SIGINFO handlers.
    let (addr, code) = unsafe { ((*info).si_addr() as u64, (*info).si_code) };
    // SAFETY: ctx is the handler's context argument.
    let (pc, sp) = unsafe { (fault_pc(ctx), fault_sp(ctx)) };
    let overflow = is_stack_overflow(addr, sp);
    let running = RUNNING.with(|r| r.get());
    let program_fault = matches!(running, Some(Running { activity: Activity::Go, .. })) && !overflow;
    let (mut b1, mut b2, mut b3) = ([0u8; 18], [0u8; 18], [0u8; 18]);
    let signal_line = |b1: &mut [u8; 18], b2: &mut [u8; 18], b3: &mut [u8; 18]| {
        let code = hex(code as u64, b1).to_string();
        format!("[signal {} code={} addr={} pc={}]\n", signal_name(sig), code, hex(addr, b2), hex(pc, b3))
    };
    if program_fault {
        claim_death();
        // The fault is in the VM's own instructions, not inside malloc: allocating is safe.
        let mut text = format!("unexpected fault address {}\nfatal error: fault\n", hex(addr, &mut b1));
        text.push_str(&signal_line(&mut b1, &mut b2, &mut b3));
        text.push('\n');
        text.push_str(&running_traceback());
        write_stderr(text.as_bytes());
        // SAFETY: ending the process (Go's exit status for a fatal error).
        unsafe { libc::_exit(2) }
    }
    if overflow {
        // Rust's handler reports the overflowing thread; let it (and its abort) run.
        restore_previous(sig);
        write_stderr(b"minigo bug: a Rust stack overflowed\n");
        return;
    }
    claim_death();
    // Possibly inside the allocator: no allocation on this path.
    write_stderr(b"minigo bug: fault in minigo's own code: ");
    write_stderr(signal_name(sig).as_bytes());
    write_stderr(b" addr=");
    write_stderr(hex(addr, &mut b1).as_bytes());
    write_stderr(b" pc=");
    write_stderr(hex(pc, &mut b2).as_bytes());
    write_stderr(b"\n");
    if let Some(r) = running {
        write_stderr(b"while running goroutine ");
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        let mut g = r.goid;
        loop {
            i -= 1;
            digits[i] = b'0' + (g % 10) as u8;
            g /= 10;
            if g == 0 {
                break;
            }
        }
        write_stderr(&digits[i..]);
        write_stderr(b"\n");
    }
    // SAFETY: ending the process; 3 is minigo's status for its own failures.
    unsafe { libc::_exit(3) }
}

/// Puts back the handler that was there before ours, so that returning from the handler
/// re-runs the faulting instruction under it.
fn restore_previous(sig: libc::c_int) {
    let i = SIGNALS.iter().position(|&s| s == sig).unwrap_or(0);
    // SAFETY: PREVIOUS is written once, before any fault can happen (install_fault_handler),
    // and only read afterwards.
    unsafe {
        let prev = (*std::ptr::addr_of!(PREVIOUS))[i];
        match prev {
            Some(old) => {
                libc::sigaction(sig, &old, std::ptr::null_mut());
            }
            None => {
                libc::signal(sig, libc::SIG_DFL);
            }
        }
    }
}

/// Raises the soft limit on open descriptors to the hard limit, as Go's runtime does at
/// start (a server holding thousands of connections would otherwise stop at 1,024).
pub fn raise_fd_limit() {
    // SAFETY: plain resource-limit calls on a local struct.
    unsafe {
        let mut lim: libc::rlimit = std::mem::zeroed();
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) == 0 && lim.rlim_cur < lim.rlim_max {
            lim.rlim_cur = lim.rlim_max;
            libc::setrlimit(libc::RLIMIT_NOFILE, &lim);
        }
    }
}
