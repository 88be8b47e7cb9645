//! `runtime`: scheduler queries and controls, callers and stacks, memory statistics.

use super::{bool_word, put_string};
use vm::native::{NativeCtx, NativeFn, NativeResult};

fn gomaxprocs(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let n = w[0] as i64;
    let previous = cx.cx.set_gomaxprocs(n);
    w[0] = previous as u64;
    if n >= 1 && n as usize != previous {
        // The change happens in a world stop once this goroutine yields.
        return NativeResult::Yield;
    }
    NativeResult::Done
}

fn num_cpu(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
    NativeResult::Done
}

fn num_goroutine(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] = cx.cx.num_goroutine() as u64;
    NativeResult::Done
}

fn gosched(_: &mut NativeCtx<'_, '_>, _: &mut [u64]) -> NativeResult {
    NativeResult::Yield
}

fn gc(cx: &mut NativeCtx<'_, '_>, _: &mut [u64]) -> NativeResult {
    cx.cx.request_gc();
    NativeResult::Yield
}

fn goexit(_: &mut NativeCtx<'_, '_>, _: &mut [u64]) -> NativeResult {
    NativeResult::Goexit
}

fn version(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    put_string(cx, w, 0, b"go1.23");
    NativeResult::Done
}

/// `Caller(skip) (pc uintptr, file string, line int, ok bool)`.
fn caller(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let skip = w[0] as i64;
    let frame = if skip < 0 { None } else { cx.callers(skip as usize).into_iter().next() };
    match frame {
        Some(f) => {
            w[0] = f.pc;
            put_string(cx, w, 1, f.file.as_bytes());
            w[3] = f.line as u64;
            w[4] = 1;
        }
        None => w[..5].fill(0),
    }
    NativeResult::Done
}

/// `Callers(skip int, pc []uintptr) int`: skip 0 is Callers itself, which has no frame of
/// its own in minigo (natives run inside their caller's).
fn callers(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let skip = (w[0] as i64).max(0) as usize;
    let (ptr, len) = (w[1], w[2] as usize);
    let frames = cx.callers(skip.saturating_sub(1));
    let n = frames.len().min(len);
    for (i, f) in frames.iter().take(n).enumerate() {
        // SAFETY: the slice has `len` writable words.
        unsafe { runtime::heap::store((ptr as *mut u64).add(i), f.pc) };
    }
    w[0] = n as u64;
    NativeResult::Done
}

/// `Stack(buf []byte, all bool) int`: the calling goroutine's trace (also when `all`).
fn stack(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (ptr, len) = (w[0], w[1] as usize);
    let text = cx.stack_trace();
    let n = text.len().min(len);
    if n > 0 {
        // SAFETY: the slice has `len` writable bytes.
        unsafe { std::ptr::copy_nonoverlapping(text.as_ptr(), ptr as *mut u8, n) };
    }
    w[0] = n as u64;
    NativeResult::Done
}

/// `funcInfo(pc) (name, file string, line int, entry uintptr, ok bool)`.
fn func_info(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    match cx.pc_info(w[0]) {
        Some(f) => {
            put_string(cx, w, 0, f.name.as_bytes());
            put_string(cx, w, 2, f.file.as_bytes());
            w[4] = f.line as u64;
            w[5] = ((f.func as u64) << 32) | 1;
            w[6] = 1;
        }
        None => w[..7].fill(0),
    }
    NativeResult::Done
}

fn read_mem_stats(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    // This processor's recent allocations count at once (other processors' caches
    // report every 64 KiB).
    cx.cx.alloc().flush();
    let s = runtime::heap::stats();
    let mallocs = s.total_objects;
    w[0] = s.heap_live_bytes;
    w[1] = s.total_allocated_bytes;
    w[2] = s.peak_system_bytes;
    w[3] = mallocs;
    w[4] = s.freed_objects;
    w[5] = if s.goal_bytes == u64::MAX { 0 } else { s.goal_bytes };
    w[6] = s.last_end_unix_nanos;
    w[7] = s.total_pause_nanos;
    w[8] = s.collections;
    w[9] = 0;
    let released = s.peak_system_bytes - s.system_bytes;
    w[10] = s.idle_bytes + released;
    w[11] = released;
    NativeResult::Done
}

fn goroot_env(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let v = std::env::var("GOROOT").unwrap_or_default();
    put_string(cx, w, 0, v.as_bytes());
    NativeResult::Done
}

/// `math/rand.runtimeRand() uint64`: a random 64-bit value (the global source's seed).
pub(super) fn runtime_rand(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let hi = cx.cx.random() as u64;
    let lo = cx.cx.random() as u64;
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64);
    w[0] = (hi << 32 | lo) ^ t.rotate_left(17);
    let _ = bool_word;
    NativeResult::Done
}

/// `SetFinalizer(obj, finalizer any)`: checks the arguments as Go does and registers (or,
/// with a nil finalizer, removes) the finalizer with the collector
/// (`runtime::heap::finalizer`); the VM's finalizer goroutine runs it once the object is
/// unreachable.
fn set_finalizer(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    use runtime::heap::finalizer::{self, Finalizer};
    let Some(t) = vm::value::dyn_type(w[0], true) else {
        return NativeResult::Fatal("runtime.SetFinalizer: first argument is nil".into());
    };
    if t.kind != vm::types::Kind::Pointer {
        return NativeResult::Fatal(format!("runtime.SetFinalizer: first argument is {}, not pointer", t.name));
    }
    let object = w[1];
    if object == 0 {
        return NativeResult::Fatal("runtime.SetFinalizer: pointer is nil".into());
    }
    let registration = match vm::value::dyn_type(w[2], true) {
        None => None,
        Some(f) => {
            if f.kind != vm::types::Kind::Func {
                return NativeResult::Fatal(format!("runtime.SetFinalizer: second argument is {}, not a function", f.name));
            }
            let cannot = || NativeResult::Fatal(format!("runtime.SetFinalizer: cannot pass {} to finalizer {}", t.name, f.name));
            if f.func_params.len() != 1 || f.variadic {
                return cannot();
            }
            let param = cx.prog.ty(f.func_params[0]);
            let iface_word = if param.id == t.id {
                0
            } else if param.kind == vm::types::Kind::Interface {
                if param.iface_methods.is_empty() {
                    w[0]
                } else {
                    match cx.prog.itab(t, param.id) {
                        Some(itab) => itab as *const vm::types::Itab as u64,
                        None => return cannot(),
                    }
                }
            } else {
                return cannot();
            };
            Some(Finalizer { func: w[3], iface_word })
        }
    };
    match finalizer::set(object, registration) {
        Ok(()) => NativeResult::Done,
        Err(text) => NativeResult::Fatal(text.into()),
    }
}

/// `KeepAlive(x)`: the argument was live up to the call, which is all Go promises; the
/// collector scans every register that may hold a pointer, so nothing more is needed.
fn keep_alive(_: &mut NativeCtx<'_, '_>, _: &mut [u64]) -> NativeResult {
    NativeResult::Done
}

/// `Breakpoint()`: the program dies as Go's does on SIGTRAP.
fn breakpoint(cx: &mut NativeCtx<'_, '_>, _: &mut [u64]) -> NativeResult {
    NativeResult::Crash(format!("SIGTRAP: trace trap\n\n{}", cx.stack_trace()))
}

/// `runtime/debug.setGCPercent(percent int) int`: sets GOGC (negative: off) and returns the
/// previous setting (-1 when it was off).
fn set_gc_percent(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let percent = w[0] as i64;
    let new = (percent >= 0).then(|| percent.min(i64::from(u32::MAX)) as u32);
    let old = runtime::heap::set_gc_percent(new);
    w[0] = old.map_or(-1, i64::from) as u64;
    NativeResult::Done
}

/// The natives of `runtime/debug`.
pub(super) fn lookup_debug(name: &str) -> Option<NativeFn> {
    match name {
        "setGCPercent" => Some(set_gc_percent),
        _ => None,
    }
}

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    let f: NativeFn = match name {
        "GOMAXPROCS" => gomaxprocs,
        "NumCPU" => num_cpu,
        "NumGoroutine" => num_goroutine,
        "Gosched" => gosched,
        "GC" => gc,
        "Goexit" => goexit,
        "Version" => version,
        "Caller" => caller,
        "Callers" => callers,
        "Stack" => stack,
        "funcInfo" => func_info,
        "readMemStats" => read_mem_stats,
        "gorootEnv" => goroot_env,
        "SetFinalizer" => set_finalizer,
        "KeepAlive" => keep_alive,
        "Breakpoint" => breakpoint,
        _ => return None,
    };
    Some(f)
}
