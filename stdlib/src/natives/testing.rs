//! Natives of package testing: regular-expression matching for `-test.run`/`-test.bench`
//! (Go's regexp syntax is RE2's, which the `regex` crate implements), and capturing
//! standard output while an example runs.

use super::{bool_word, put_string, string_arg};
use std::collections::HashMap;
use std::sync::Mutex;
use vm::native::{NativeCtx, NativeFn, NativeResult};

pub(super) fn lookup(func: &str) -> Option<NativeFn> {
    let f: NativeFn = match func {
        "matchString" => match_string,
        "captureStdout" => capture_stdout,
        "endCapture" => end_capture,
        _ => return None,
    };
    Some(f)
}

/// Compiled patterns by source (a test run matches the same few patterns many times).
static PATTERNS: Mutex<Option<HashMap<String, Result<regex::Regex, String>>>> = Mutex::new(None);

/// `matchString(pat, s string) (matched bool, errText string)`.
fn match_string(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let pat = string_arg(cx, w, 0);
    let s = string_arg(cx, w, 2);
    let mut cache = PATTERNS.lock().unwrap_or_else(|e| e.into_inner());
    let re = cache.get_or_insert_with(HashMap::new).entry(pat.clone()).or_insert_with(|| regex::Regex::new(&pat).map_err(|e| e.to_string())).clone();
    drop(cache);
    match re {
        Ok(re) => {
            w[0] = bool_word(re.is_match(&s));
            w[1] = 0;
            w[2] = 0;
        }
        Err(e) => {
            w[0] = 0;
            put_string(cx, w, 1, e.as_bytes());
        }
    }
    NativeResult::Done
}

/// Saved standard output descriptors by handle, while captured (file descriptor of the
/// capture file, saved stdout).
static CAPTURES: Mutex<Vec<(i32, i32)>> = Mutex::new(Vec::new());

/// `captureStdout() int`: standard output goes to an anonymous temporary file until
/// `endCapture`. Returns -1 if that could not be set up (output is then not captured).
fn capture_stdout(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let handle = (|| {
        let file = tempfile_fd()?;
        // SAFETY: plain descriptor calls on descriptors this function owns or on fd 1.
        let saved = unsafe { libc::dup(1) };
        if saved < 0 {
            unsafe { libc::close(file) };
            return None;
        }
        if unsafe { libc::dup2(file, 1) } < 0 {
            unsafe {
                libc::close(file);
                libc::close(saved);
            }
            return None;
        }
        let mut caps = CAPTURES.lock().unwrap_or_else(|e| e.into_inner());
        caps.push((file, saved));
        Some(caps.len() as i64 - 1)
    })();
    w[0] = handle.unwrap_or(-1) as u64;
    NativeResult::Done
}

/// An unlinked temporary file opened for reading and writing.
fn tempfile_fd() -> Option<i32> {
    let dir = std::env::temp_dir();
    let path = dir.join(format!("minigo-example-{}-{}", std::process::id(), std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0)));
    let c = std::ffi::CString::new(path.to_string_lossy().as_bytes()).ok()?;
    // SAFETY: a valid NUL-terminated path.
    let fd = unsafe { libc::open(c.as_ptr(), libc::O_RDWR | libc::O_CREAT | libc::O_EXCL | libc::O_CLOEXEC, 0o600) };
    if fd < 0 {
        return None;
    }
    unsafe { libc::unlink(c.as_ptr()) };
    Some(fd)
}

/// `endCapture(handle int) string`: restores standard output and returns what was written.
fn end_capture(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let handle = w[0] as i64;
    let entry = {
        let caps = CAPTURES.lock().unwrap_or_else(|e| e.into_inner());
        if handle < 0 { None } else { caps.get(handle as usize).copied() }
    };
    let mut out = Vec::new();
    if let Some((file, saved)) = entry {
        // SAFETY: descriptors recorded by capture_stdout; each handle is ended once.
        unsafe {
            libc::dup2(saved, 1);
            libc::close(saved);
            libc::lseek(file, 0, libc::SEEK_SET);
            let mut buf = [0u8; 8192];
            loop {
                let n = libc::read(file, buf.as_mut_ptr() as *mut libc::c_void, buf.len());
                if n <= 0 {
                    break;
                }
                out.extend_from_slice(&buf[..n as usize]);
            }
            libc::close(file);
        }
        let mut caps = CAPTURES.lock().unwrap_or_else(|e| e.into_inner());
        caps[handle as usize] = (-1, -1);
    }
    put_string(cx, w, 0, &out);
    NativeResult::Done
}
