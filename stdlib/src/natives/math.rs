//! `math`: Go's functions bit for bit (`gomath`: the algorithms Go runs on amd64), the
//! correctly rounded ones from the host, and the rest (Lgamma, Bessel functions) from the host's libm, which may differ from Go in the last
//! place.

use super::gomath;
use vm::native::{NativeCtx, NativeFn, NativeResult};

#[link(name = "m")]
unsafe extern "C" {
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
unary!(exp, gomath::exp);
unary!(exp2, gomath::exp2);
unary!(expm1, gomath::expm1);
unary!(log, gomath::log);
unary!(log2, gomath::log2);
unary!(log10, gomath::log10);
unary!(log1p, gomath::log1p);
unary!(sin, gomath::sin);
unary!(cos, gomath::cos);
unary!(tan, gomath::tan);
unary!(asin, gomath::asin);
unary!(acos, gomath::acos);
unary!(atan, gomath::atan);
unary!(sinh, gomath::sinh);
unary!(cosh, gomath::cosh);
unary!(tanh, gomath::tanh);
unary!(asinh, gomath::asinh);
unary!(acosh, gomath::acosh);
unary!(atanh, gomath::atanh);
unary!(cbrt, gomath::cbrt);
unary!(erf_, gomath::erf);
unary!(erfc_, gomath::erfc);
unary!(gamma, gomath::gamma);
unary!(erfinv, gomath::erfinv);
unary!(erfcinv, gomath::erfcinv);
// SAFETY (all below): pure libm functions of plain floats.
unary!(j0_, |x| unsafe { j0(x) });
unary!(j1_, |x| unsafe { j1(x) });
unary!(y0_, |x| unsafe { y0(x) });
unary!(y1_, |x| unsafe { y1(x) });
binary!(modf, |x, y| x % y);
binary!(remainder_, |x, y| unsafe { remainder(x, y) });
binary!(pow, gomath::pow);
binary!(atan2, gomath::atan2);
binary!(hypot, gomath::hypot);

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
        "Erfinv" => erfinv,
        "Erfcinv" => erfcinv,
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
