//! `math`: the functions Go implements with hardware instructions or that need the
//! host's IEEE 754 library (glibc's libm, correctly rounded or within 1 ulp).

use vm::native::{NativeCtx, NativeFn, NativeResult};

#[link(name = "m")]
unsafe extern "C" {
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn tgamma(x: f64) -> f64;
    fn lgamma_r(x: f64, sign: *mut i32) -> f64;
    fn j0(x: f64) -> f64;
    fn j1(x: f64) -> f64;
    fn jn(n: i32, x: f64) -> f64;
    fn y0(x: f64) -> f64;
    fn y1(x: f64) -> f64;
    fn yn(n: i32, x: f64) -> f64;
    fn remainder(x: f64, y: f64) -> f64;
}

fn f(w: &[u64], i: usize) -> f64 {
    f64::from_bits(w[i])
}

macro_rules! unary {
    ($name:ident, $e:expr) => {
        fn $name(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
            let op: fn(f64) -> f64 = $e;
            w[0] = op(f(w, 0)).to_bits();
            NativeResult::Done
        }
    };
}

macro_rules! binary {
    ($name:ident, $e:expr) => {
        fn $name(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
            let op: fn(f64, f64) -> f64 = $e;
            w[0] = op(f(w, 0), f(w, 1)).to_bits();
            NativeResult::Done
        }
    };
}

unary!(sqrt, f64::sqrt);
unary!(floor, f64::floor);
unary!(ceil, f64::ceil);
unary!(trunc, f64::trunc);
unary!(exp, f64::exp);
unary!(exp2, f64::exp2);
unary!(expm1, f64::exp_m1);
unary!(log, f64::ln);
unary!(log2, f64::log2);
unary!(log10, f64::log10);
unary!(log1p, f64::ln_1p);
unary!(sin, f64::sin);
unary!(cos, f64::cos);
unary!(tan, f64::tan);
unary!(asin, f64::asin);
unary!(acos, f64::acos);
unary!(atan, f64::atan);
unary!(sinh, f64::sinh);
unary!(cosh, f64::cosh);
unary!(tanh, f64::tanh);
unary!(asinh, asinh_go);
unary!(acosh, f64::acosh);
unary!(atanh, f64::atanh);
unary!(cbrt, f64::cbrt);
// SAFETY (all below): pure libm functions of plain floats.
unary!(erf_, |x| unsafe { erf(x) });
unary!(erfc_, |x| unsafe { erfc(x) });
unary!(gamma, gamma_go);
unary!(j0_, |x| unsafe { j0(x) });
unary!(j1_, |x| unsafe { j1(x) });
unary!(y0_, |x| unsafe { y0(x) });
unary!(y1_, |x| unsafe { y1(x) });
binary!(modf, |x, y| x % y);
binary!(remainder_, |x, y| unsafe { remainder(x, y) });
binary!(pow, pow_go);
binary!(atan2, f64::atan2);
binary!(hypot, f64::hypot);

/// Go's Asinh keeps the sign of zero and is odd; Rust's matches.
fn asinh_go(x: f64) -> f64 {
    x.asinh()
}

/// Go's Gamma special cases: Gamma(-Inf) = NaN, negative integers give NaN, ±0 give ±Inf
/// (C's tgamma agrees on all of them).
fn gamma_go(x: f64) -> f64 {
    // SAFETY: libm function.
    unsafe { tgamma(x) }
}

/// Go's Pow special cases are C99's (Annex F) for every listed case.
fn pow_go(x: f64, y: f64) -> f64 {
    x.powf(y)
}

fn fma(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] = f(w, 0).mul_add(f(w, 1), f(w, 2)).to_bits();
    NativeResult::Done
}

fn lgamma(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let mut sign = 0i32;
    // SAFETY: libm function writing the sign through a valid pointer.
    let v = unsafe { lgamma_r(f(w, 0), &mut sign) };
    w[0] = v.to_bits();
    w[1] = if sign < 0 { -1i64 as u64 } else { 1 };
    NativeResult::Done
}

fn jn_(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let n = w[0] as i64;
    // SAFETY: libm function.
    w[0] = unsafe { jn(n.clamp(i32::MIN as i64, i32::MAX as i64) as i32, f(w, 1)) }.to_bits();
    NativeResult::Done
}

fn yn_(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let n = w[0] as i64;
    // SAFETY: libm function.
    w[0] = unsafe { yn(n.clamp(i32::MIN as i64, i32::MAX as i64) as i32, f(w, 1)) }.to_bits();
    NativeResult::Done
}

/// Bit casts are identities on words: a float64 is its bits; a float32 is its bits in the
/// low half.
fn identity(_: &mut NativeCtx<'_, '_>, _w: &mut [u64]) -> NativeResult {
    NativeResult::Done
}

fn float32bits(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] &= 0xffff_ffff;
    NativeResult::Done
}

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    let f: NativeFn = match name {
        "Float64bits" | "Float64frombits" => identity,
        "Float32bits" | "Float32frombits" => float32bits,
        "Sqrt" => sqrt,
        "Floor" => floor,
        "Ceil" => ceil,
        "Trunc" => trunc,
        "Mod" => modf,
        "Remainder" => remainder_,
        "FMA" => fma,
        "Exp" => exp,
        "Exp2" => exp2,
        "Expm1" => expm1,
        "Log" => log,
        "Log2" => log2,
        "Log10" => log10,
        "Log1p" => log1p,
        "Pow" => pow,
        "Sin" => sin,
        "Cos" => cos,
        "Tan" => tan,
        "Asin" => asin,
        "Acos" => acos,
        "Atan" => atan,
        "Atan2" => atan2,
        "Sinh" => sinh,
        "Cosh" => cosh,
        "Tanh" => tanh,
        "Asinh" => asinh,
        "Acosh" => acosh,
        "Atanh" => atanh,
        "Cbrt" => cbrt,
        "Hypot" => hypot,
        "Erf" => erf_,
        "Erfc" => erfc_,
        "Gamma" => gamma,
        "Lgamma" => lgamma,
        "J0" => j0_,
        "J1" => j1_,
        "Jn" => jn_,
        "Y0" => y0_,
        "Y1" => y1_,
        "Yn" => yn_,
        _ => return None,
    };
    Some(f)
}
