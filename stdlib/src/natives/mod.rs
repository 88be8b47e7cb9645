//! The registry of native functions, by Go name (`pkg/path.Func`, `pkg.(*T).Method`), and
//! helpers shared by their implementations.
//!
//! A native receives its call window: the arguments in Go layout (one word per scalar,
//! strings `(ptr, len)`, slices `(ptr, len, cap)`, interfaces `(type, data)`), and writes
//! its results from word 0 (after reading every argument it needs). `stdlib/NATIVES.md`
//! lists the natives and what each promises.

mod big;
mod bits;
mod compress;
mod digest;
mod gomath;
mod hash;
mod math;
mod nat;
mod net;
mod os;
mod process;
mod reflect;
mod reflect_pkg;
mod signal;
mod runtime_pkg;
mod strconv;
mod sync;
mod testing;
mod text;
mod time;

use std::sync::OnceLock;
use vm::native::{NativeCtx, NativeFn, NativeResult};

static ARGS: OnceLock<Vec<String>> = OnceLock::new();

/// Sets `os.Args` for the program about to run.
pub fn set_args(args: Vec<String>) {
    let _ = ARGS.set(args);
}

pub(crate) fn args() -> &'static [String] {
    ARGS.get().map(Vec::as_slice).unwrap_or(&[])
}

/// The native implementing the body-less Go function `name`.
pub fn native(name: &str) -> Option<NativeFn> {
    let (pkg, func) = split_name(name)?;
    match pkg {
        "math" => math::lookup(func),
        "math/big" => big::lookup(func),
        "math/bits" => bits::lookup(func),
        "internal/reflectlite" => reflect::lookup(func),
        "reflect" => reflect_pkg::lookup(func),
        "runtime" => runtime_pkg::lookup(func),
        "runtime/debug" => runtime_pkg::lookup_debug(func),
        "math/rand" | "math/rand/v2" | "hash/maphash" if func == "runtimeRand" => Some(runtime_pkg::runtime_rand),
        "time" => time::lookup(func),
        "os" => os::lookup(func).or_else(|| process::lookup(func)),
        "net" => net::lookup(func),
        "crypto/md5" | "crypto/sha1" | "crypto/sha256" | "crypto/sha512" => digest::lookup(pkg, func),
        "crypto/rand" if func == "getRandom" => Some(process::sys_random),
        "syscall" => process::lookup_syscall(func),
        "os/signal" => signal::lookup(func),
        "sync" => sync::lookup(func),
        "sync/atomic" => sync::lookup_atomic(func),
        "strconv" => strconv::lookup(func),
        "strings" => text::lookup_strings(func),
        "bytes" => text::lookup_bytes(func),
        "unicode/utf8" => text::lookup_utf8(func),
        "fmt" => text::lookup_fmt(func),
        "testing" => testing::lookup(func),
        "hash/crc32" => hash::lookup_crc32(func),
        "compress/flate" => compress::lookup_flate(func),
        "hash/crc64" => hash::lookup_crc64(func),
        _ => None,
    }
}

/// `"sync/atomic.AddInt32"` → `("sync/atomic", "AddInt32")`; methods keep their receiver:
/// `"sync.(*Mutex).Lock"` → `("sync", "(*Mutex).Lock")`.
fn split_name(name: &str) -> Option<(&str, &str)> {
    let slash = name.rfind('/').map_or(0, |i| i + 1);
    let dot = name[slash..].find('.')? + slash;
    Some((&name[..dot], &name[dot + 1..]))
}

/// Writes a bool result.
#[inline]
pub(crate) fn bool_word(b: bool) -> u64 {
    b as u64
}

/// The result of a natively implemented Go statement that does nothing more.
pub(crate) fn done() -> NativeResult {
    NativeResult::Done
}

/// A nil pointer dereference panic (a native's pointer argument was nil).
pub(crate) fn nil_deref() -> NativeResult {
    NativeResult::RuntimeError("invalid memory address or nil pointer dereference".into())
}

/// Reads the string argument at words `i, i + 1` as UTF-8 (lossy) text.
pub(crate) fn string_arg(cx: &NativeCtx<'_, '_>, w: &[u64], i: usize) -> String {
    String::from_utf8_lossy(cx.str(w[i], w[i + 1])).into_owned()
}

/// Writes a Go string result at words `i, i + 1`.
pub(crate) fn put_string(cx: &mut NativeCtx<'_, '_>, w: &mut [u64], i: usize, s: &[u8]) {
    let [p, n] = cx.new_string(s);
    w[i] = p;
    w[i + 1] = n;
}

#[cfg(test)]
mod tests {
    use super::split_name;

    #[test]
    fn names_split_at_the_package() {
        assert_eq!(split_name("sync/atomic.AddInt32"), Some(("sync/atomic", "AddInt32")));
        assert_eq!(split_name("sync.(*Mutex).Lock"), Some(("sync", "(*Mutex).Lock")));
        assert_eq!(split_name("internal/reflectlite.KindOf"), Some(("internal/reflectlite", "KindOf")));
        assert_eq!(split_name("math.Sqrt"), Some(("math", "Sqrt")));
        assert_eq!(split_name("nodot"), None);
    }
}

#[cfg(test)]
mod coverage {
    /// Every body-less function of the hand-written packages (not the generated `zz_api.go`
    /// stubs) has a native.
    #[test]
    fn every_bodyless_function_has_a_native() {
        let mut missing = Vec::new();
        for pkg in crate::packages() {
            for (name, src) in crate::package_files(pkg).unwrap_or_default() {
                if name.starts_with("zz_") {
                    continue;
                }
                for line in src.lines() {
                    let Some(rest) = line.strip_prefix("func ") else { continue };
                    if line.trim_end().ends_with('{') || line.contains('}') {
                        continue;
                    }
                    // `func (m *Mutex) Lock()` → `(*Mutex).Lock`; `func Sqrt(x float64) float64` → `Sqrt`.
                    let func = if let Some(r) = rest.strip_prefix('(') {
                        let (recv, after) = r.split_once(')').unwrap();
                        let ty = recv.split_whitespace().last().unwrap();
                        let m = after.trim_start().split('(').next().unwrap();
                        format!("({}).{}", ty, m)
                    } else {
                        rest.split('(').next().unwrap().to_string()
                    };
                    let full = format!("{}.{}", pkg, func);
                    if super::native(&full).is_none() {
                        missing.push(full);
                    }
                }
            }
        }
        assert!(missing.is_empty(), "natives missing: {:?}", missing);
    }
}
