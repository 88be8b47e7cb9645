//! Numeric conversions, complex arithmetic, UTF-8 decoding, and the `print` builtins.

use crate::op::{ComplexOp, ConvKind, Reg};
use crate::program::Program;
use crate::types::Kind;
use crate::value;
use std::io::Write;

/// `DivIPow2`: x / 2^k truncated toward zero (1 <= k <= 62): a shift, after adding 2^k-1
/// to a negative dividend (a hardware division takes tens of cycles).
#[inline(always)]
pub(crate) fn div_pow2(x: i64, k: u8) -> i64 {
    // 2^k-1 (k one bits) for a negative x, 0 otherwise.
    let bias = ((x >> 63) as u64 >> (64 - k as u32)) as i64;
    x.wrapping_add(bias) >> k
}

/// `Conv`.
///
/// # Safety
/// `dst` and `src` (1 or 2 registers) must be within the frame.
#[inline(never)]
pub(crate) unsafe fn convert(regs: *mut u64, dst: Reg, src: Reg, kind: ConvKind) {
    // SAFETY: per the caller.
    unsafe {
        let s = *regs.add(src as usize);
        let d = regs.add(dst as usize);
        let f64v = f64::from_bits(s);
        let f32v = f32::from_bits(s as u32);
        match kind {
            ConvKind::I64ToF64 => *d = (s as i64 as f64).to_bits(),
            ConvKind::U64ToF64 => *d = (s as f64).to_bits(),
            ConvKind::F64ToI64 => *d = f64_to_i64(f64v) as u64,
            ConvKind::F64ToU64 => *d = f64_to_u64(f64v),
            ConvKind::I64ToF32 => *d = (s as i64 as f32).to_bits() as u64,
            ConvKind::U64ToF32 => *d = (s as f32).to_bits() as u64,
            ConvKind::F32ToI64 => *d = f64_to_i64(f32v as f64) as u64,
            ConvKind::F32ToU64 => *d = f64_to_u64(f32v as f64),
            ConvKind::F64ToF32 => *d = (f64v as f32).to_bits() as u64,
            ConvKind::F32ToF64 => *d = (f32v as f64).to_bits(),
            ConvKind::C64ToC128 => {
                let (re, im) = (f32::from_bits(s as u32) as f64, f32::from_bits((s >> 32) as u32) as f64);
                *d = re.to_bits();
                *d.add(1) = im.to_bits();
            }
            ConvKind::C128ToC64 => {
                let (re, im) = (f64::from_bits(s) as f32, f64::from_bits(*regs.add(src as usize + 1)) as f32);
                *d = pack_c64(re, im);
            }
        }
    }
}

/// Go's float → int conversion on amd64 (out-of-range values give MinInt64).
#[inline(never)]
fn f64_to_i64(f: f64) -> i64 {
    if f.is_nan() || f >= 9.223372036854775807e18 || f < -9.223372036854775808e18 {
        i64::MIN
    } else {
        f as i64
    }
}

/// Go's float → uint64 conversion on amd64.
#[inline(never)]
fn f64_to_u64(f: f64) -> u64 {
    if f.is_nan() {
        return 0x8000000000000000;
    }
    if f < 9.223372036854775807e18 {
        return f64_to_i64(f) as u64;
    }
    if f < 1.8446744073709552e19 {
        return (f - 9.223372036854775807e18) as u64 ^ 0x8000000000000000;
    }
    0x8000000000000000
}

#[inline(never)]
fn pack_c64(re: f32, im: f32) -> u64 {
    re.to_bits() as u64 | (im.to_bits() as u64) << 32
}

#[inline(never)]
fn unpack_c64(w: u64) -> (f32, f32) {
    (f32::from_bits(w as u32), f32::from_bits((w >> 32) as u32))
}

/// Go's complex division (runtime/complex.go semantics: handles infinities and NaNs).
#[inline(never)]
fn complex_div(a: f64, b: f64, c: f64, d: f64) -> (f64, f64) {
    let (e, f);
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if e.is_nan() && f.is_nan() {
        // Recover infinities and zeros as C99 Annex G.
        let (mut a, mut b, mut c, mut d) = (a, b, c, d);
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            return (f64::INFINITY.copysign(c) * a, f64::INFINITY.copysign(c) * b);
        }
        if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            a = (if a.is_infinite() { 1.0 } else { 0.0 } as f64).copysign(a);
            b = (if b.is_infinite() { 1.0 } else { 0.0 } as f64).copysign(b);
            return (f64::INFINITY * (a * c + b * d), f64::INFINITY * (b * c - a * d));
        }
        if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            c = (if c.is_infinite() { 1.0 } else { 0.0 } as f64).copysign(c);
            d = (if d.is_infinite() { 1.0 } else { 0.0 } as f64).copysign(d);
            return (0.0 * (a * c + b * d), 0.0 * (b * c - a * d));
        }
    }
    (e, f)
}

/// `Complex`.
///
/// # Safety
/// Operand registers must be within the frame.
#[inline(never)]
pub(crate) unsafe fn complex(regs: *mut u64, dst: Reg, a: Reg, b: Reg, op: ComplexOp) {
    // SAFETY: per the caller.
    unsafe {
        let r = |i: Reg| f64::from_bits(*regs.add(i as usize));
        let d = regs.add(dst as usize);
        let set = |re: f64, im: f64| {
            *d = re.to_bits();
            *d.add(1) = im.to_bits();
        };
        match op {
            ComplexOp::Add => set(r(a) + r(b), r(a + 1) + r(b + 1)),
            ComplexOp::Sub => set(r(a) - r(b), r(a + 1) - r(b + 1)),
            ComplexOp::Mul => {
                let (x, y, u, v) = (r(a), r(a + 1), r(b), r(b + 1));
                set(x * u - y * v, x * v + y * u)
            }
            ComplexOp::Div => {
                let (e, f) = complex_div(r(a), r(a + 1), r(b), r(b + 1));
                set(e, f)
            }
            ComplexOp::Neg => set(-r(a), -r(a + 1)),
            ComplexOp::Eq => *d = (r(a) == r(b) && r(a + 1) == r(b + 1)) as u64,
            ComplexOp::Ne => *d = !(r(a) == r(b) && r(a + 1) == r(b + 1)) as u64,
            ComplexOp::Make => set(r(a), r(b)),
            ComplexOp::Real => *d = r(a).to_bits(),
            ComplexOp::Imag => *d = r(a + 1).to_bits(),
            ComplexOp::Add64 | ComplexOp::Sub64 | ComplexOp::Mul64 | ComplexOp::Div64 | ComplexOp::Neg64 | ComplexOp::Eq64 | ComplexOp::Ne64 => {
                let (x, y) = unpack_c64(*regs.add(a as usize));
                let (u, v) = unpack_c64(*regs.add(b as usize));
                *d = match op {
                    ComplexOp::Add64 => pack_c64(x + u, y + v),
                    ComplexOp::Sub64 => pack_c64(x - u, y - v),
                    ComplexOp::Mul64 => pack_c64(x * u - y * v, x * v + y * u),
                    ComplexOp::Div64 => {
                        let (e, f) = complex_div(x as f64, y as f64, u as f64, v as f64);
                        pack_c64(e as f32, f as f32)
                    }
                    ComplexOp::Neg64 => pack_c64(-x, -y),
                    ComplexOp::Eq64 => (x == u && y == v) as u64,
                    _ => !(x == u && y == v) as u64,
                };
            }
            ComplexOp::Make64 => *d = pack_c64(f32::from_bits(*regs.add(a as usize) as u32), f32::from_bits(*regs.add(b as usize) as u32)),
            ComplexOp::Real64 => *d = unpack_c64(*regs.add(a as usize)).0.to_bits() as u64,
            ComplexOp::Imag64 => *d = unpack_c64(*regs.add(a as usize)).1.to_bits() as u64,
        }
    }
}

/// Decodes one rune as Go does (invalid sequences give U+FFFD and width 1).
#[inline(never)]
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    let Some(&b0) = b.first() else { return (0xFFFD, 0) };
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let (n, min, init) = match b0 {
        0xC2..=0xDF => (2, 0x80, (b0 & 0x1F) as u32),
        0xE0..=0xEF => (3, 0x800, (b0 & 0x0F) as u32),
        0xF0..=0xF4 => (4, 0x10000, (b0 & 0x07) as u32),
        _ => return (0xFFFD, 1),
    };
    if b.len() < n {
        return (0xFFFD, 1);
    }
    let mut r = init;
    for &c in &b[1..n] {
        if c & 0xC0 != 0x80 {
            return (0xFFFD, 1);
        }
        r = r << 6 | (c & 0x3F) as u32;
    }
    if r < min || r > 0x10FFFF || (0xD800..0xE000).contains(&r) {
        return (0xFFFD, 1);
    }
    (r, n)
}

/// How the runtime's `print` formats a float: `+1.500000e+000`.
#[inline(never)]
pub fn runtime_float(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    let s = format!("{:.6e}", v);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let sign = if v.is_sign_negative() { "" } else { "+" };
    format!("{}{}e{}{:03}", sign, mant, if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// `print`/`println` to standard error, as Go's runtime prints values.
///
/// # Safety
/// The table's registers must be within the frame.
#[inline(never)]
pub(crate) unsafe fn print(prog: &'static Program, regs: *mut u64, k: u32) {
    let table = &prog.print_tables[k as usize];
    let mut out = Vec::new();
    for (i, &(r, t)) in table.args.iter().enumerate() {
        if table.newline && i > 0 {
            out.push(b' ');
        }
        let ty = prog.ty(t);
        // SAFETY: per the caller.
        let w = |j: usize| unsafe { *regs.add(r as usize + j) };
        match ty.kind {
            Kind::Bool => out.extend_from_slice(if w(0) != 0 { b"true" } else { b"false" }),
            Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64 => out.extend_from_slice((w(0) as i64).to_string().as_bytes()),
            Kind::Uint | Kind::Uint8 | Kind::Uint16 | Kind::Uint32 | Kind::Uint64 | Kind::Uintptr => out.extend_from_slice(w(0).to_string().as_bytes()),
            Kind::Float64 => out.extend_from_slice(runtime_float(f64::from_bits(w(0))).as_bytes()),
            Kind::Float32 => out.extend_from_slice(runtime_float(f32::from_bits(w(0) as u32) as f64).as_bytes()),
            Kind::Complex128 => out.extend_from_slice(format!("({}{}i)", runtime_float(f64::from_bits(w(0))), runtime_float(f64::from_bits(w(1)))).as_bytes()),
            Kind::Complex64 => {
                let (re, im) = unpack_c64(w(0));
                out.extend_from_slice(format!("({}{}i)", runtime_float(re as f64), runtime_float(im as f64)).as_bytes())
            }
            // SAFETY: a string register pair is live.
            Kind::String => out.extend_from_slice(unsafe { value::bytes(w(0), w(1)) }),
            Kind::Interface => out.extend_from_slice(format!("({:#x},{:#x})", w(0), w(1)).as_bytes()),
            Kind::Slice => out.extend_from_slice(format!("[{}/{}]{:#x}", w(1), w(2), w(0)).as_bytes()),
            _ => out.extend_from_slice(format!("{:#x}", w(0)).as_bytes()),
        }
    }
    if table.newline {
        out.push(b'\n');
    }
    let _ = std::io::stderr().write_all(&out);
}

/// Go's `min`/`max` of two floats given as register words (`kind`: 0 min f64, 1 max f64,
/// 2 min f32, 3 max f32).
#[inline(never)]
pub(crate) fn min_max_f(a: u64, b: u64, kind: u8) -> u64 {
    fn pick(x: f64, y: f64, max: bool) -> f64 {
        if x.is_nan() || y.is_nan() {
            return f64::NAN;
        }
        if x == y {
            // Equal values differ only in the sign of zero.
            return if max == (x.is_sign_negative() && y.is_sign_positive()) { y } else { x };
        }
        if (x < y) != max {
            x
        } else {
            y
        }
    }
    match kind {
        0 | 1 => pick(f64::from_bits(a), f64::from_bits(b), kind == 1).to_bits(),
        _ => (pick(f32::from_bits(a as u32) as f64, f32::from_bits(b as u32) as f64, kind == 3) as f32).to_bits() as u64,
    }
}

#[cfg(test)]
mod tests {
    use super::div_pow2;

    #[test]
    fn division_by_a_power_of_two_truncates_toward_zero() {
        let xs = [0, 1, -1, 2, -2, 3, -3, 7, -7, 8, -8, 9, -9, 1 << 40, -(1 << 40) - 1, i64::MAX, i64::MIN, i64::MIN + 1];
        for &x in &xs {
            for k in 1..=30u8 {
                assert_eq!(div_pow2(x, k), x / (1i64 << k), "{x} / 2^{k}");
            }
        }
    }
}
