//! `math/big`: the word-vector kernels over `nat` (`[]Word`, little-endian 64-bit words),
//! on the arithmetic of [`super::nat`]. Each native reads all its arguments before writing
//! results, so a destination may alias an operand; a result reuses the destination's
//! backing array when it is large enough (as Go's `nat.make` does) and is normalized.

use super::nat;
use vm::native::{NativeCtx, NativeFn, NativeResult};
use vm::value;

/// The words of the nat slice at window words `i..i + 3`.
fn arg(w: &[u64], i: usize) -> Vec<u64> {
    let (p, n) = (w[i], w[i + 1] as usize);
    let mut v = vec![0u64; n];
    if n > 0 {
        // SAFETY: a slice in the window points to `len` live words (a GC root; no
        // collection runs during a native).
        unsafe { value::read_words(p, &mut v) };
    }
    v
}

/// Writes `v` (normalized) as a nat result at window words `at..at + 3`, into the backing
/// array of `dst` (a `(ptr, len, cap)` slice) when it fits.
fn put(cx: &mut NativeCtx<'_, '_>, w: &mut [u64], at: usize, dst: [u64; 3], v: &[u64]) {
    let v = nat::trimmed(v);
    let n = v.len() as u64;
    let (ptr, cap) = if dst[0] != 0 && dst[2] >= n {
        (dst[0], dst[2])
    } else {
        let cap = n + 4;
        (cx.alloc_words(cap as usize, false), cap)
    };
    if n > 0 {
        // SAFETY: `ptr` is a live array of at least `cap >= n` words (the destination
        // slice's backing array or a fresh object).
        unsafe { value::write_words(ptr, v) };
    }
    w[at] = if n == 0 && dst[0] == 0 { 0 } else { ptr };
    w[at + 1] = n;
    w[at + 2] = if w[at] == 0 { 0 } else { cap };
}

fn dst(w: &[u64], i: usize) -> [u64; 3] {
    [w[i], w[i + 1], w[i + 2]]
}

fn div_by_zero() -> NativeResult {
    NativeResult::RuntimeError("integer divide by zero".into())
}

/// `natAdd(z, x, y nat) nat`
fn add(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let r = nat::add(&arg(w, 3), &arg(w, 6));
    put(cx, w, 0, dst(w, 0), &r);
    NativeResult::Done
}

/// `natSub(z, x, y nat) nat` (x >= y)
fn sub(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (x, y) = (arg(w, 3), arg(w, 6));
    if nat::cmp(&x, &y).is_lt() {
        return NativeResult::Fatal("minigo bug: math/big natSub underflow".into());
    }
    let r = nat::sub(&x, &y);
    put(cx, w, 0, dst(w, 0), &r);
    NativeResult::Done
}

/// `natMul(z, x, y nat) nat`
fn mul(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let r = nat::mul(&arg(w, 3), &arg(w, 6));
    put(cx, w, 0, dst(w, 0), &r);
    NativeResult::Done
}

/// `natMulAddWW(z, x nat, y, r Word) nat`: x*y + r
fn mul_add_ww(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let r = nat::mul_add_word(&arg(w, 3), w[6], w[7]);
    put(cx, w, 0, dst(w, 0), &r);
    NativeResult::Done
}

/// `natDivMod(q, r, u, v nat) (nat, nat)`
fn div_mod(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (u, v) = (arg(w, 6), arg(w, 9));
    if nat::trimmed(&v).is_empty() {
        return div_by_zero();
    }
    let (q, r) = nat::divmod(&u, &v);
    let (dq, dr) = (dst(w, 0), dst(w, 3));
    // Distinct destinations could share a backing array only through misuse; write q
    // into its own destination and r into a fresh one when they share one.
    let dr = if dr[0] == dq[0] { [0, 0, 0] } else { dr };
    put(cx, w, 0, dq, &q);
    put(cx, w, 3, dr, &r);
    NativeResult::Done
}

/// `natDivW(z, x nat, y Word) (nat, Word)`
fn div_w(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let y = w[6];
    if y == 0 {
        return div_by_zero();
    }
    let (q, r) = nat::divmod_word(&arg(w, 3), y);
    put(cx, w, 0, dst(w, 0), &q);
    w[3] = r;
    NativeResult::Done
}

/// `natCmp(x, y nat) int`
fn cmp(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] = nat::cmp(&arg(w, 0), &arg(w, 3)) as i64 as u64;
    NativeResult::Done
}

/// `natShl(z, x nat, s uint) nat`
fn shl(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let x = arg(w, 3);
    if !nat::trimmed(&x).is_empty() && w[6] > (1 << 40) {
        return NativeResult::PlainPanic("math/big: shift count too large".into());
    }
    let r = nat::shl(&x, w[6]);
    put(cx, w, 0, dst(w, 0), &r);
    NativeResult::Done
}

/// `natShr(z, x nat, s uint) nat`
fn shr(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let r = nat::shr(&arg(w, 3), w[6]);
    put(cx, w, 0, dst(w, 0), &r);
    NativeResult::Done
}

/// `natText(x nat, base int) string`
fn text(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let base = w[3];
    if !(2..=62).contains(&base) {
        return NativeResult::PlainPanic("invalid base".into());
    }
    let t = nat::to_text(&arg(w, 0), base);
    super::put_string(cx, w, 0, &t);
    NativeResult::Done
}

/// `natFromDigits(z nat, digits []byte, base int) nat`
fn from_digits(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let digits = cx.str(w[3], w[4]).to_vec();
    let r = nat::from_digits(&digits, w[6]);
    put(cx, w, 0, dst(w, 0), &r);
    NativeResult::Done
}

/// `natSqrt(z, x nat) nat`
fn sqrt(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let r = nat::sqrt(&arg(w, 3));
    put(cx, w, 0, dst(w, 0), &r);
    NativeResult::Done
}

/// `natExp(z, x, y, m nat) nat`: x**y mod m, or x**y when m is empty (y then fits a word).
fn exp(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (x, y, m) = (arg(w, 3), arg(w, 6), arg(w, 9));
    let r = if nat::trimmed(&m).is_empty() {
        let y = nat::trimmed(&y);
        let x = nat::trimmed(&x);
        if y.len() > 1 && !(x.is_empty() || x == [1]) {
            return NativeResult::PlainPanic("math/big: exponent too large".into());
        }
        nat::pow(x, y.first().copied().unwrap_or(0))
    } else {
        nat::pow_mod(&x, &y, &m)
    };
    put(cx, w, 0, dst(w, 0), &r);
    NativeResult::Done
}

/// `natBitOp(op int, xneg bool, x nat, yneg bool, y nat) (bool, nat)`
fn bit_op(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (op, xneg, x, yneg, y) = (w[0], w[1] != 0, arg(w, 2), w[5] != 0, arg(w, 6));
    let (neg, r) = nat::bit_op(op, xneg, &x, yneg, &y);
    w[0] = neg as u64;
    put(cx, w, 1, [0, 0, 0], &r);
    NativeResult::Done
}

/// `natFloat64(x nat) (float64, int)`
fn float64(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (f, c) = nat::to_f64(&arg(w, 0));
    w[0] = f.to_bits();
    w[1] = c as u64;
    NativeResult::Done
}

/// `natProbablyPrime(x nat, n int) bool`
fn probably_prime(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] = nat::probably_prime(&arg(w, 0), w[3]) as u64;
    NativeResult::Done
}

/// `natJacobi(x, y nat) int` (y odd, positive)
fn jacobi(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] = nat::jacobi(&arg(w, 0), &arg(w, 3)) as u64;
    NativeResult::Done
}

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    let f: NativeFn = match name {
        "natAdd" => add,
        "natSub" => sub,
        "natMul" => mul,
        "natMulAddWW" => mul_add_ww,
        "natDivMod" => div_mod,
        "natDivW" => div_w,
        "natCmp" => cmp,
        "natShl" => shl,
        "natShr" => shr,
        "natText" => text,
        "natFromDigits" => from_digits,
        "natSqrt" => sqrt,
        "natExp" => exp,
        "natBitOp" => bit_op,
        "natFloat64" => float64,
        "natProbablyPrime" => probably_prime,
        "natJacobi" => jacobi,
        _ => return None,
    };
    Some(f)
}
