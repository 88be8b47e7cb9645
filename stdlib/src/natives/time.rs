//! `time`: clocks, sleeping and the runtime's timers.

use super::bool_word;
use runtime::time::TimerRef;
use runtime::Blocking;
use vm::native::{NativeCtx, NativeFn, NativeResult};
use vm::native_time;

/// `now() (sec int64, nsec int32, mono int64)`: Unix seconds and nanoseconds.
fn now(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = native_time::unix_nanos();
    w[0] = t.div_euclid(1_000_000_000) as u64;
    w[1] = t.rem_euclid(1_000_000_000) as u64;
    w[2] = native_time::mono(cx.cx.now()) as u64;
    NativeResult::Done
}

fn runtime_nano(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] = native_time::mono(cx.cx.now()) as u64;
    NativeResult::Done
}

fn sleep(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    match runtime::time::sleep(cx.cx, w[0] as i64) {
        Blocking::Ready(()) => NativeResult::Done,
        Blocking::Park(p) => NativeResult::Block(p),
    }
}

/// `newChanTimer(delay, period int64) (chan Time, *runtimeTimer)`.
fn new_chan_timer(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (delay, period) = (w[0] as i64, w[1] as i64);
    let Some(time_type) = cx.prog.named_type("time.Time") else {
        return NativeResult::Fatal("minigo bug: time.Time is not in the program".into());
    };
    let (ch, t) = runtime::time::new_timer(cx.cx, time_type.words as usize, time_type.shape, delay, period);
    w[0] = ch.to_word();
    w[1] = t.to_word();
    NativeResult::Done
}

/// `newFuncTimer(delay int64, f func()) *runtimeTimer`.
fn new_func_timer(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (delay, f) = (w[0] as i64, w[1]);
    if f == 0 {
        return super::nil_deref();
    }
    w[0] = runtime::time::after_func(cx.cx, delay, f).to_word();
    NativeResult::Done
}

fn timer(word: u64) -> Option<TimerRef> {
    // SAFETY: a non-nil *runtimeTimer word came from new_chan_timer or new_func_timer.
    (word != 0).then(|| unsafe { TimerRef::from_word(word) })
}

fn stop_timer(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some(t) = timer(w[0]) else { return super::nil_deref() };
    w[0] = bool_word(runtime::time::stop(cx.cx, t));
    NativeResult::Done
}

fn reset_timer(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some(t) = timer(w[0]) else { return super::nil_deref() };
    w[0] = bool_word(runtime::time::reset(cx.cx, t, w[1] as i64, w[2] as i64));
    NativeResult::Done
}

/// `readFile(path string) ([]byte, uintptr)`: a zone file, read whole (small and local,
/// so without the syscall handoff).
fn read_file(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    use std::io::Read;
    use std::os::unix::ffi::OsStrExt;
    const LIMIT: u64 = 10 << 20;
    let path = std::path::PathBuf::from(std::ffi::OsStr::from_bytes(cx.str(w[0], w[1])));
    let mut data = Vec::new();
    let read = std::fs::File::open(&path).and_then(|f| f.take(LIMIT + 1).read_to_end(&mut data));
    let errno = match read {
        Ok(_) if data.len() as u64 > LIMIT => libc::EFBIG,
        Ok(_) => 0,
        Err(e) => e.raw_os_error().unwrap_or(libc::EIO),
    };
    if errno != 0 {
        w[..4].copy_from_slice(&[0, 0, 0, errno as u64]);
        return NativeResult::Done;
    }
    let [p, n, c] = cx.new_bytes(&data);
    w[..4].copy_from_slice(&[p, n, c, 0]);
    NativeResult::Done
}

/// `setTimerLocation(loc *Location)`.
fn set_timer_location(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    native_time::set_timer_location(w[0]);
    NativeResult::Done
}

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    let f: NativeFn = match name {
        "now" => now,
        "runtimeNano" => runtime_nano,
        "Sleep" => sleep,
        "newChanTimer" => new_chan_timer,
        "newFuncTimer" => new_func_timer,
        "stopTimer" => stop_timer,
        "resetTimer" => reset_timer,
        "readFile" => read_file,
        "zoneEnv" => super::os::sys_getenv,
        "setTimerLocation" => set_timer_location,
        _ => return None,
    };
    Some(f)
}
