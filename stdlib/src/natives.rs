//! The registry of native functions, by Go name (`pkg.Func`, `pkg.(*T).Method`).

use std::sync::OnceLock;
use vm::native::{NativeCtx, NativeFn, NativeResult};

static ARGS: OnceLock<Vec<String>> = OnceLock::new();

/// Sets `os.Args` for the program about to run.
pub fn set_args(args: Vec<String>) {
    let _ = ARGS.set(args);
}

/// The native implementing the body-less Go function `name`.
pub fn native(name: &str) -> Option<NativeFn> {
    let f: NativeFn = match name {
        "runtime.GC" => gc,
        _ => return None,
    };
    Some(f)
}

fn gc(cx: &mut NativeCtx<'_, '_>, _w: &mut [u64]) -> NativeResult {
    cx.cx.request_gc();
    NativeResult::Done
}
