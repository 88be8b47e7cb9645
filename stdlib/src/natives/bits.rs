//! `math/bits`: the double-width product and quotient, with Rust's 128-bit integers.

use vm::native::{NativeCtx, NativeFn, NativeResult};

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "Mul64" | "Mul" => mul64,
        "div128" => div128,
        _ => return None,
    })
}

/// `Mul64(x, y uint64) (hi, lo uint64)` and `Mul(x, y uint) (hi, lo uint)`.
fn mul64(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let p = u128::from(w[0]) * u128::from(w[1]);
    w[0] = (p >> 64) as u64;
    w[1] = p as u64;
    NativeResult::Done
}

/// `div128(hi, lo, y uint64) (quo, rem uint64)`: hi:lo / y for y > hi (checked by the Go
/// caller, so the quotient fits 64 bits).
fn div128(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (n, y) = ((u128::from(w[0]) << 64) | u128::from(w[1]), u128::from(w[2]));
    if y == 0 || w[0] >= w[2] {
        return NativeResult::RuntimeError("minigo bug: div128 called with y <= hi".into());
    }
    w[0] = (n / y) as u64;
    w[1] = (n % y) as u64;
    NativeResult::Done
}
