//! Constant values with Go's arbitrary-precision semantics (spec "Constants",
//! "Constant expressions").
//!
//! Integers are big integers; floats are [`Real`]s: exact rationals while their magnitude is
//! within 2^±4096, beyond that binary floats with a 512-bit mantissa and a separate exponent,
//! as go/constant does (so `1e646456992` is a valid untyped constant without a
//! two-gigabit integer). Values typed `float32`/`float64` are rounded to that precision when
//! they acquire the type; complex numbers are pairs of reals.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    Bool(bool),
    /// A Go string constant: bytes (not necessarily UTF-8).
    String(Vec<u8>),
    Int(BigInt),
    Float(Real),
    Complex(Real, Real),
}

/// Largest shift count accepted in a constant shift (types2's `shiftBound`).
pub const SHIFT_BOUND: u64 = 1023 - 1 + 52;

/// Numeric kind ordering used to combine untyped operands: int < rune < float < complex.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum NumRank {
    Int,
    Float,
    Complex,
}

impl ConstValue {
    pub fn int(v: i64) -> ConstValue {
        ConstValue::Int(BigInt::from(v))
    }

    pub fn rank(&self) -> Option<NumRank> {
        match self {
            ConstValue::Int(_) => Some(NumRank::Int),
            ConstValue::Float(_) => Some(NumRank::Float),
            ConstValue::Complex(..) => Some(NumRank::Complex),
            _ => None,
        }
    }

    /// Converts a numeric constant to the given rank (always exact upward).
    pub fn to_rank(&self, r: NumRank) -> ConstValue {
        match (self, r) {
            (ConstValue::Int(i), NumRank::Float) => ConstValue::Float(Real::from_integer(i.clone())),
            (ConstValue::Int(i), NumRank::Complex) => ConstValue::Complex(Real::from_integer(i.clone()), Real::zero()),
            (ConstValue::Float(f), NumRank::Complex) => ConstValue::Complex(f.clone(), Real::zero()),
            (v, _) => v.clone(),
        }
    }

    /// The value as an exact integer, if it is one (`2.0` and `2+0i` are).
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            ConstValue::Int(i) => Some(i.clone()),
            ConstValue::Float(f) if f.is_integer() => Some(f.to_integer()),
            ConstValue::Complex(re, im) if im.is_zero() && re.is_integer() => Some(re.to_integer()),
            _ => None,
        }
    }

    /// The value as a real number, if it has no imaginary part.
    pub fn to_rat(&self) -> Option<Real> {
        match self {
            ConstValue::Int(i) => Some(Real::from_integer(i.clone())),
            ConstValue::Float(f) => Some(f.clone()),
            ConstValue::Complex(re, im) if im.is_zero() => Some(re.clone()),
            _ => None,
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        self.to_int()?.to_i64()
    }

    /// A float or complex value that overflowed (go/constant's unknown value).
    pub fn is_inf(&self) -> bool {
        match self {
            ConstValue::Float(f) => f.is_inf(),
            ConstValue::Complex(re, im) => re.is_inf() || im.is_inf(),
            _ => false,
        }
    }

    pub fn is_zero(&self) -> bool {
        match self {
            ConstValue::Int(i) => i.is_zero(),
            ConstValue::Float(f) => f.is_zero(),
            ConstValue::Complex(re, im) => re.is_zero() && im.is_zero(),
            _ => false,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            ConstValue::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&[u8]> {
        match self {
            ConstValue::String(s) => Some(s),
            _ => None,
        }
    }
}

/// Rounds a real to the nearest f64 (ties to even); `None` if it overflows.
pub fn rat_to_f64(r: &Real) -> Option<f64> {
    r.to_float(53, 1023, -1022).map(|(neg, m, k)| {
        let v = m as f64 * pow2(k);
        if neg {
            -v
        } else {
            v
        }
    })
}

/// Rounds `r` to a binary float with `prec` mantissa bits and exponent range
/// `[min_exp, max_exp]`; returns (negative, mantissa, k) with value = mantissa * 2^k.
fn round_rat(r: &BigRational, prec: i64, max_exp: i64, min_exp: i64) -> Option<(bool, u64, i64)> {
    if r.is_zero() {
        return Some((false, 0, 0));
    }
    let neg = r.is_negative();
    let num = r.numer().abs();
    let den = r.denom().clone();
    // e: exponent of the leading bit, 2^e <= v < 2^(e+1).
    let mut e = num.bits() as i64 - den.bits() as i64;
    let ge = |e: i64| -> bool {
        if e >= 0 {
            num >= (&den << e as usize)
        } else {
            (&num << (-e) as usize) >= den
        }
    };
    if !ge(e) {
        e -= 1;
    }
    if e > max_exp {
        return None;
    }
    let p = if e < min_exp { prec - (min_exp - e) } else { prec };
    if p < -1 {
        return Some((neg, 0, 0));
    }
    // q2 = floor(v * 2^(p + 1 - e)): the mantissa with two extra bits.
    let s = p + 1 - e;
    let (n, d) = if s >= 0 { (num << s as usize, den) } else { (num, den << (-s) as usize) };
    let (q2, rem) = n.div_rem(&d);
    let q2 = q2.to_u64()?;
    let mut m = q2 >> 2;
    let guard = (q2 >> 1) & 1 == 1;
    let sticky = q2 & 1 == 1 || !rem.is_zero();
    if guard && (sticky || m & 1 == 1) {
        m += 1;
    }
    let mut k = e - p + 1;
    if p >= 0 && m == 1u64 << p.max(0) && e >= min_exp {
        m >>= 1;
        k += 1;
        if k + prec - 1 > max_exp {
            return None;
        }
    }
    Some((neg, m, k))
}

/// 2^k as an exact f64, for k in the representable range.
fn pow2(k: i64) -> f64 {
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074).max(0))
    }
}

/// Rounds to the nearest f32; `None` on overflow.
pub fn rat_to_f32(r: &Real) -> Option<f32> {
    r.to_float(24, 127, -126).map(|(neg, m, k)| {
        let v = (m as f64 * pow2(k)) as f32; // exact: m has ≤ 24 bits
        if neg {
            -v
        } else {
            v
        }
    })
}

pub fn f64_to_rat(f: f64) -> Option<Real> {
    BigRational::from_float(f).map(Real::from_rational)
}

/// Parses a Go integer literal (`0x1F`, `0o17`, `017`, `0b1`, `1_000`).
pub fn parse_int_lit(text: &str) -> Option<BigInt> {
    let t: String = text.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = if let Some(r) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        (r, 16)
    } else if let Some(r) = t.strip_prefix("0o").or_else(|| t.strip_prefix("0O")) {
        (r, 8)
    } else if let Some(r) = t.strip_prefix("0b").or_else(|| t.strip_prefix("0B")) {
        (r, 2)
    } else if t.len() > 1 && t.starts_with('0') {
        (&t[1..], 8)
    } else {
        (&t[..], 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// Parses a Go floating-point literal (decimal or hexadecimal mantissa): exactly, unless its
/// magnitude is beyond 2^±4096 (then rounded to [`Real`]'s 512-bit mantissa). `None` for a
/// malformed literal or one whose exponent overflows (as gc's `malformed constant`).
pub fn parse_float_lit(text: &str) -> Option<Real> {
    let t: String = text.chars().filter(|&c| c != '_').collect();
    if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        let (mant, exp) = h.split_once(['p', 'P']).unwrap_or((h, "0"));
        let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{}{}", ip, fp);
        let m = if digits.is_empty() { BigInt::zero() } else { BigInt::parse_bytes(digits.as_bytes(), 16)? };
        let e: i64 = exp.parse().ok()?;
        let e = e.checked_sub(4i64.checked_mul(fp.len() as i64)?)?;
        if e.unsigned_abs() <= 2 * MAX_EXP {
            return Some(Real::from_rational(scale2(BigRational::from_integer(m), e)));
        }
        return Real::round(BigRational::from_integer(m), e).finite();
    }
    let (mant, exp) = match t.find(['e', 'E']) {
        Some(i) => (&t[..i], t[i + 1..].parse::<i64>().ok()?),
        None => (&t[..], 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{}{}", ip, fp);
    let m = if digits.is_empty() { BigInt::zero() } else { BigInt::parse_bytes(digits.as_bytes(), 10)? };
    if m.is_zero() {
        return Some(Real::zero());
    }
    let e = exp.checked_sub(fp.len() as i64)?;
    if e.unsigned_abs() <= EXACT_POW10 {
        let p = num_traits::pow(BigInt::from(10), e.unsigned_abs() as usize);
        let r = if e >= 0 { BigRational::from_integer(m * p) } else { BigRational::new(m, p) };
        return Some(Real::from_rational(r));
    }
    // 10^|e| ≈ p * 2^k with more bits than the result keeps.
    let (p, k) = pow10_approx(e.unsigned_abs());
    let r = if e >= 0 { Real::round(BigRational::from_integer(m * p), k) } else { Real::round(BigRational::new(m, p), -k) };
    r.finite()
}

/// Decimal exponents up to this are applied exactly.
const EXACT_POW10: u64 = 4000;

/// 10^n as `(p, k)` with 10^n ≈ p * 2^k, `p` keeping 600 significant bits (the relative error,
/// below 2^-590, is far under the 512-bit mantissa of large [`Real`]s).
fn pow10_approx(n: u64) -> (BigInt, i64) {
    const W: u64 = 600;
    fn trunc(m: BigInt, e: i64) -> (BigInt, i64) {
        let b = m.bits();
        if b > W {
            let s = b - W;
            (m >> s as usize, e.saturating_add(s as i64))
        } else {
            (m, e)
        }
    }
    let (mut acc, mut acc_e) = (BigInt::one(), 0i64);
    let (mut base, mut base_e) = (BigInt::from(10), 0i64);
    let mut n = n;
    while n > 0 {
        if n & 1 == 1 {
            (acc, acc_e) = trunc(&acc * &base, acc_e.saturating_add(base_e));
        }
        n >>= 1;
        if n > 0 {
            (base, base_e) = trunc(&base * &base, base_e.saturating_mul(2));
        }
    }
    (acc, acc_e)
}

/// Exact rationals keep numerators and denominators below 2^MAX_EXP (go/constant's
/// `smallRat`); other values are binary floats with a PREC-bit mantissa.
const MAX_EXP: u64 = 4096;
const PREC: i64 = 512;
/// big.Float's exponent range: larger magnitudes overflow (go/constant: an unknown value),
/// smaller ones underflow to zero.
const FLOAT_MAX_EXP: i64 = i32::MAX as i64;
const FLOAT_MIN_EXP: i64 = i32::MIN as i64;
/// The exponent of an overflowed (infinite) value.
const INF_EXP: i64 = 1 << 40;

/// An untyped real constant, as go/constant represents it: an exact rational while its
/// numerator and denominator stay below 2^4096, otherwise (and once an operand was one) a
/// binary float `m * 2^e` with a 512-bit mantissa and an exponent of big.Float's range.
/// So `1e646456992` is a valid constant without a two-gigabit integer, and
/// `1e646456992 / 1e646456991` is exactly 10, as with gc.
///
/// The representation is canonical (a float's mantissa is odd), so equal values of the same
/// kind have equal fields. A `Real` is as large as a `BigRational`.
#[derive(Clone, Debug)]
pub struct Real(Repr);

#[derive(Clone, Debug)]
enum Repr {
    Exact(BigRational),
    /// `m * 2^e`: `m` odd, at most PREC bits; `e == INF_EXP` marks an overflowed value.
    Float(BigInt, i64),
}

impl Default for Real {
    fn default() -> Real {
        Real::zero()
    }
}

impl Real {
    pub fn from_integer(i: BigInt) -> Real {
        Real::from_rational(BigRational::from_integer(i))
    }

    /// An exact value, or its rounding to a float when it is too large to stay exact.
    pub fn from_rational(r: BigRational) -> Real {
        if r.numer().bits() < MAX_EXP && r.denom().bits() < MAX_EXP {
            Real(Repr::Exact(r))
        } else {
            Real::round(r, 0)
        }
    }

    /// `m * 2^e` rounded to a PREC-bit float (ties to even).
    fn round(m: BigRational, e: i64) -> Real {
        if m.is_zero() {
            return Real::zero();
        }
        let lg = floor_log2(&m);
        let mag = lg.saturating_add(e);
        if mag >= FLOAT_MAX_EXP {
            return Real(Repr::Float(if m.is_negative() { -BigInt::one() } else { BigInt::one() }, INF_EXP));
        }
        if mag < FLOAT_MIN_EXP {
            return Real::zero();
        }
        let s = PREC - 1 - lg;
        let scaled = scale2(m, s);
        let (q, rem) = scaled.numer().div_rem(scaled.denom());
        let q = match (rem.abs() << 1usize).cmp(scaled.denom()) {
            std::cmp::Ordering::Greater => q + scaled.numer().signum(),
            std::cmp::Ordering::Equal if q.is_odd() => q + scaled.numer().signum(),
            _ => q,
        };
        let tz = q.trailing_zeros().unwrap_or(0);
        Real(Repr::Float(q >> tz as usize, e - s + tz as i64))
    }

    /// `None` for an overflowed value.
    pub fn finite(self) -> Option<Real> {
        if self.is_inf() {
            None
        } else {
            Some(self)
        }
    }

    /// The value overflowed big.Float's range (go/constant: an unknown value).
    pub fn is_inf(&self) -> bool {
        matches!(self.0, Repr::Float(_, INF_EXP))
    }

    pub fn is_negative(&self) -> bool {
        self.signum() < 0
    }

    #[cfg(test)]
    fn is_float(&self) -> bool {
        matches!(self.0, Repr::Float(..))
    }

    /// Whether the value converts to an integer constant (see [`Real::to_int`]).
    pub fn is_integer(&self) -> bool {
        self.to_int().is_some()
    }

    /// The integer value, or 0 when [`Real::is_integer`] is false.
    pub fn to_integer(&self) -> BigInt {
        self.to_int().unwrap_or_default()
    }

    /// go/constant's `ToInt`: exact integers; floats within 2^±4096 that are integers, or
    /// become one when rounded to a few bits less (up or down); huge floats never.
    fn to_int(&self) -> Option<BigInt> {
        let (m, e) = match &self.0 {
            Repr::Exact(r) => return r.is_integer().then(|| r.to_integer()),
            Repr::Float(m, e) => (m, *e),
        };
        let mag = self.mag();
        if self.is_inf() || mag <= -(MAX_EXP as i64) - 1 || mag >= MAX_EXP as i64 - 1 {
            return None;
        }
        let as_int = |m: &BigInt, e: i64| -> Option<BigInt> {
            if e >= 0 {
                Some(m << e as usize)
            } else if m.trailing_zeros().unwrap_or(0) >= (-e) as u64 {
                Some(m >> (-e) as usize)
            } else {
                None
            }
        };
        if let Some(i) = as_int(m, e) {
            return Some(i);
        }
        // Rounded to PREC - 4 bits toward zero, then away from zero.
        let s = m.bits() as i64 - (PREC - 4);
        if s <= 0 {
            return None;
        }
        let down = m.abs() >> s as usize;
        let up = &down + 1u32;
        let sign = m.signum();
        as_int(&(down * &sign), e + s).or_else(|| as_int(&(up * &sign), e + s))
    }

    /// ⌊log2 |v|⌋ (v ≠ 0).
    fn mag(&self) -> i64 {
        match &self.0 {
            Repr::Exact(r) => floor_log2(r),
            Repr::Float(m, e) => (m.bits() as i64 - 1).saturating_add(*e),
        }
    }

    fn exp(&self) -> i64 {
        match &self.0 {
            Repr::Exact(_) => 0,
            Repr::Float(_, e) => *e,
        }
    }

    fn mant(&self) -> BigRational {
        match &self.0 {
            Repr::Exact(r) => r.clone(),
            Repr::Float(m, _) => BigRational::from_integer(m.clone()),
        }
    }

    fn signum(&self) -> i32 {
        let n = match &self.0 {
            Repr::Exact(r) => r.numer(),
            Repr::Float(m, _) => m,
        };
        match n.sign() {
            Sign::Minus => -1,
            Sign::NoSign => 0,
            Sign::Plus => 1,
        }
    }

    /// The exact value divided by 2^e, as a rational (cheap only for `e` near the value's
    /// own exponent).
    fn exact_scaled(&self, e: i64) -> BigRational {
        scale2(self.mant(), self.exp() - e)
    }

    fn add(&self, o: &Real) -> Real {
        if let (Repr::Exact(a), Repr::Exact(b)) = (&self.0, &o.0) {
            return Real::from_rational(a + b);
        }
        if self.is_zero() || o.is_inf() {
            return o.clone();
        }
        if o.is_zero() || self.is_inf() {
            return self.clone();
        }
        let (a, b) = (self.mag(), o.mag());
        // A term below a quarter of the other's last mantissa bit does not change it.
        if a - b > PREC + 2 {
            return Real::round(self.mant(), self.exp());
        }
        if b - a > PREC + 2 {
            return Real::round(o.mant(), o.exp());
        }
        let e = self.exp().min(o.exp());
        Real::round(self.exact_scaled(e) + o.exact_scaled(e), e)
    }

    fn sub(&self, o: &Real) -> Real {
        self.add(&o.neg())
    }

    fn mul(&self, o: &Real) -> Real {
        if let (Repr::Exact(a), Repr::Exact(b)) = (&self.0, &o.0) {
            return Real::from_rational(a * b);
        }
        Real::round(self.mant() * o.mant(), self.exp().saturating_add(o.exp()))
    }

    fn div(&self, o: &Real) -> Real {
        if o.is_zero() {
            return Real::zero(); // callers check for division by zero
        }
        if let (Repr::Exact(a), Repr::Exact(b)) = (&self.0, &o.0) {
            return Real::from_rational(a / b);
        }
        Real::round(self.mant() / o.mant(), self.exp().saturating_sub(o.exp()))
    }

    fn neg(&self) -> Real {
        Real(match &self.0 {
            Repr::Exact(r) => Repr::Exact(-r),
            Repr::Float(m, e) => Repr::Float(-m, *e),
        })
    }

    /// Rounded to a binary float format (see [`round_rat`]), `None` on overflow.
    fn to_float(&self, prec: i64, max_exp: i64, min_exp: i64) -> Option<(bool, u64, i64)> {
        if let Repr::Exact(r) = &self.0 {
            return round_rat(r, prec, max_exp, min_exp);
        }
        let mag = self.mag();
        if mag > max_exp {
            return None;
        }
        if mag < min_exp - prec - 2 {
            return Some((self.is_negative(), 0, 0));
        }
        round_rat(&self.exact_scaled(0), prec, max_exp, min_exp)
    }

    /// `(mantissa, exponent)` with v = mantissa * 2^exponent and 0.5 <= |mantissa| < 1
    /// (as big.Float's `MantExp`).
    fn mant_exp(&self) -> (f64, i64) {
        let k = self.mag() + 1;
        let m = self.exact_scaled(k);
        (round_rat(&m, 53, 1023, -1022).map(|(neg, m, k)| if neg { -(m as f64) * pow2(k) } else { m as f64 * pow2(k) }).unwrap_or(0.0), k)
    }
}

/// ⌊log2 |r|⌋ for r ≠ 0.
fn floor_log2(r: &BigRational) -> i64 {
    let num = r.numer().abs();
    let den = r.denom();
    let e = num.bits() as i64 - den.bits() as i64;
    let ge = if e >= 0 { num >= (den << e as usize) } else { (&num << (-e) as usize) >= *den };
    if ge {
        e
    } else {
        e - 1
    }
}

impl PartialEq for Real {
    fn eq(&self, other: &Real) -> bool {
        self.cmp(other) == std::cmp::Ordering::Equal
    }
}

impl Eq for Real {}

impl PartialOrd for Real {
    fn partial_cmp(&self, other: &Real) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Real {
    fn cmp(&self, other: &Real) -> std::cmp::Ordering {
        let (sa, sb) = (self.signum(), other.signum());
        if sa != sb || sa == 0 {
            return sa.cmp(&sb);
        }
        if let (Repr::Exact(a), Repr::Exact(b)) = (&self.0, &other.0) {
            return a.cmp(b);
        }
        let (a, b) = (self.mag(), other.mag());
        if a != b {
            let o = a.cmp(&b);
            return if sa > 0 { o } else { o.reverse() };
        }
        // Equal magnitudes: the exponents are close, the exact comparison is cheap.
        let e = self.exp().min(other.exp());
        self.exact_scaled(e).cmp(&other.exact_scaled(e))
    }
}

macro_rules! real_binop {
    ($tr:ident, $method:ident) => {
        impl std::ops::$tr<&Real> for &Real {
            type Output = Real;
            fn $method(self, o: &Real) -> Real {
                Real::$method(self, o)
            }
        }
        impl std::ops::$tr<Real> for &Real {
            type Output = Real;
            fn $method(self, o: Real) -> Real {
                Real::$method(self, &o)
            }
        }
        impl std::ops::$tr<&Real> for Real {
            type Output = Real;
            fn $method(self, o: &Real) -> Real {
                Real::$method(&self, o)
            }
        }
        impl std::ops::$tr<Real> for Real {
            type Output = Real;
            fn $method(self, o: Real) -> Real {
                Real::$method(&self, &o)
            }
        }
    };
}

real_binop!(Add, add);
real_binop!(Sub, sub);
real_binop!(Mul, mul);
real_binop!(Div, div);

impl std::ops::Neg for Real {
    type Output = Real;
    fn neg(self) -> Real {
        Real::neg(&self)
    }
}

impl std::ops::Neg for &Real {
    type Output = Real;
    fn neg(self) -> Real {
        Real::neg(self)
    }
}

impl Zero for Real {
    fn zero() -> Real {
        Real(Repr::Exact(BigRational::zero()))
    }
    fn is_zero(&self) -> bool {
        self.signum() == 0
    }
}

fn scale2(r: BigRational, e: i64) -> BigRational {
    if e >= 0 {
        r * BigRational::from_integer(BigInt::one() << e as usize)
    } else {
        r / BigRational::from_integer(BigInt::one() << (-e) as usize)
    }
}

/// Decodes the value of a Go string or rune literal body (escapes already validated by
/// the lexer). Returns the bytes (strings may hold arbitrary bytes via `\x` escapes).
pub fn unquote(lit: &str) -> Option<Vec<u8>> {
    let bytes = lit.as_bytes();
    if lit.starts_with('`') {
        let body = lit.get(1..lit.len().checked_sub(1)?)?;
        return Some(body.bytes().filter(|&b| b != b'\r').collect());
    }
    let body = lit.get(1..lit.len().checked_sub(1)?)?;
    let _ = bytes;
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    let b = body.as_bytes();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        let (_, e) = chars.next()?;
        let simple = match e {
            'a' => Some(7u8),
            'b' => Some(8),
            'f' => Some(12),
            'n' => Some(b'\n'),
            'r' => Some(b'\r'),
            't' => Some(b'\t'),
            'v' => Some(11),
            '\\' => Some(b'\\'),
            '\'' => Some(b'\''),
            '"' => Some(b'"'),
            _ => None,
        };
        if let Some(s) = simple {
            out.push(s);
            continue;
        }
        let (n, radix) = match e {
            '0'..='7' => (3, 8),
            'x' => (2, 16),
            'u' => (4, 16),
            'U' => (8, 16),
            _ => return None,
        };
        let start = if radix == 8 { i + 1 } else { i + 2 };
        let digits = b.get(start..start + n)?;
        let v = u32::from_str_radix(std::str::from_utf8(digits).ok()?, radix).ok()?;
        for _ in 0..(if radix == 8 { n - 1 } else { n }) {
            chars.next();
        }
        if e == 'u' || e == 'U' {
            let ch = char::from_u32(v)?;
            let mut buf = [0u8; 4];
            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        } else {
            out.push(v as u8);
        }
    }
    Some(out)
}

/// The code point of a rune literal.
pub fn rune_value(lit: &str) -> Option<u32> {
    let body = lit.get(1..lit.len().checked_sub(1)?)?;
    if !body.starts_with('\\') {
        return body.chars().next().map(|c| c as u32);
    }
    let e = body[1..].chars().next()?;
    match e {
        'x' | '0'..='7' => {
            let v = unquote(&format!("\"{}\"", body))?;
            v.first().map(|&b| b as u32)
        }
        'u' | 'U' => u32::from_str_radix(&body[2..], 16).ok(),
        _ => {
            let v = unquote(&format!("\"{}\"", body))?;
            v.first().map(|&b| b as u32)
        }
    }
}

/// Go's `string(rune)` conversion: invalid code points become U+FFFD.
pub fn rune_to_string(v: &BigInt) -> Vec<u8> {
    match v.to_u32().and_then(char::from_u32) {
        Some(c) => c.to_string().into_bytes(),
        None => "\u{FFFD}".as_bytes().to_vec(),
    }
}

impl fmt::Display for ConstValue {
    /// go/constant's short form, used in diagnostics (`300`, `1.5`, `"abc"`, `(1 + 2i)`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConstValue::Bool(b) => write!(f, "{}", b),
            ConstValue::String(s) => {
                let q = go_quote(&String::from_utf8_lossy(s));
                if q.chars().count() > 72 {
                    let short: String = q.chars().take(68).collect();
                    write!(f, "{}...", short)
                } else {
                    write!(f, "{}", q)
                }
            }
            ConstValue::Int(i) => write!(f, "{}", i),
            ConstValue::Float(r) => write!(f, "{}", format_rat(r)),
            ConstValue::Complex(re, im) => write!(f, "({} + {}i)", format_rat(re), format_rat(im)),
        }
    }
}

/// Formats a real as go/constant does for floats: exact integers print as such, others in
/// %.6g form; values outside the f64 range approximately, as `1.5e+5000`.
pub fn format_rat(r: &Real) -> String {
    if r.is_inf() {
        return if r.is_negative() { "-Inf" } else { "+Inf" }.into();
    }
    if let Repr::Exact(q) = &r.0 {
        if q.is_integer() && q.numer().bits() < 64 {
            return q.numer().to_string();
        }
    }
    match rat_to_f64(r) {
        Some(v) if v != 0.0 || r.is_zero() => format_g6(v),
        _ => {
            // Out of the f64 range: go/constant's approximate decimal conversion.
            let (mant, exp) = r.mant_exp();
            let d = exp as f64 * (std::f64::consts::LN_2 / std::f64::consts::LN_10);
            let mut e = d as i64;
            let mut m = mant * 10f64.powf(d - e as f64);
            let am = m.abs();
            if am < 1.0 - 0.5e-6 {
                m *= 10.0;
                e -= 1;
            } else if am >= 10.0 {
                m /= 10.0;
                e += 1;
            }
            format!("{}e{}{}", format_g6(m), if e < 0 { '-' } else { '+' }, e.abs())
        }
    }
}

/// `%.6g` formatting as Go's strconv does it.
pub fn format_g6(v: f64) -> String {
    if v == 0.0 {
        return "0".into();
    }
    let exp = v.abs().log10().floor() as i32;
    if !(-4..6).contains(&exp) {
        let s = format!("{:.5e}", v);
        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
        let m = trim_zeros(m);
        let e: i32 = e.parse().unwrap_or(0);
        format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs())
    } else {
        let decimals = (5 - exp).max(0) as usize;
        trim_zeros(&format!("{:.*}", decimals, v)).to_string()
    }
}

fn trim_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

/// Go's `strconv.Quote`-style quoting for diagnostics.
pub fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Integer range of a sized integer type: (min, max).
pub fn int_range(bits: u32, unsigned: bool) -> (BigInt, BigInt) {
    if unsigned {
        (BigInt::zero(), (BigInt::one() << bits as usize) - 1)
    } else {
        let half = BigInt::one() << (bits - 1) as usize;
        (-half.clone(), half - 1)
    }
}

/// Two's-complement bits of an integer constant, truncated to 64 bits.
pub fn int_bits(v: &BigInt) -> u64 {
    let (sign, digits) = v.to_u64_digits();
    let low = digits.first().copied().unwrap_or(0);
    if sign == Sign::Minus {
        low.wrapping_neg()
    } else {
        low
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_rounding_matches_rust_parsing() {
        for s in ["0.1", "1e100", "3.141592653589793238462643383279", "1e-300", "2.5e-320", "123456789.987654321", "0x1p-2", "1.7976931348623157e308"] {
            let r = parse_float_lit(s).unwrap();
            let want: f64 = if let Some(h) = s.strip_prefix("0x") { let _ = h; 0.25 } else { s.parse().unwrap() };
            assert_eq!(rat_to_f64(&r).unwrap().to_bits(), want.to_bits(), "{s}");
        }
        assert!(rat_to_f64(&parse_float_lit("1e309").unwrap()).is_none());
    }

    #[test]
    fn literals() {
        assert_eq!(parse_int_lit("0x_1F"), Some(BigInt::from(31)));
        assert_eq!(parse_int_lit("017"), Some(BigInt::from(15)));
        assert_eq!(parse_int_lit("0b101"), Some(BigInt::from(5)));
        assert_eq!(unquote(r#""a\n\x41\u00e9""#), Some("a\nAé".as_bytes().to_vec()));
        assert_eq!(unquote(r#""\377""#), Some(vec![255]));
        assert_eq!(rune_value(r"'\n'"), Some(10));
        assert_eq!(rune_value("'é'"), Some(0xe9));
        assert_eq!(rune_value(r"'\u12e4'"), Some(0x12e4));
        assert_eq!(rune_value(r"'\x41'"), Some(0x41));
    }

    #[test]
    fn huge_exponents() {
        let n = parse_float_lit("1e646456992").unwrap();
        let d = parse_float_lit("1e646456991").unwrap();
        let ten = Real::from_integer(BigInt::from(10));
        assert_eq!(&n / &d, ten);
        assert!(n > d && -&n < -&d && d > parse_float_lit("1e5000").unwrap());
        assert_eq!(format_rat(&n), "1e+646456992");
        assert_eq!(format_rat(&-&n), "-1e+646456992");
        assert!(rat_to_f64(&n).is_none());
        let tiny = parse_float_lit("1e-779137").unwrap();
        assert!(!tiny.is_zero() && tiny > Real::zero());
        assert_eq!(rat_to_f64(&tiny), Some(0.0));
        assert_eq!(format_rat(&tiny), "1e-779137");
        assert_eq!(rat_to_f64(&(&tiny * &parse_float_lit("1e779137").unwrap())), Some(1.0));
        // Overflow beyond big.Float's exponent range; underflow to zero.
        assert!((&n * &n).is_inf());
        assert!(parse_float_lit("1e700000000").is_none());
        assert!(parse_float_lit("1e-700000000").unwrap().is_zero());
        assert!(parse_float_lit("0x1p99999999999").is_none());
        // Huge floats are not integers (go/constant's ToInt); floats near integers are.
        assert!(!n.is_integer());
        assert_eq!((&n / &d).to_integer(), BigInt::from(10));
        assert_eq!(format_rat(&(&n / &d)), "10");
        assert!(parse_float_lit("1e100").unwrap().is_integer());
        assert_eq!(format_rat(&parse_float_lit("1.5e5000").unwrap()), "1.5e+5000");
        assert_eq!(rat_to_f64(&parse_float_lit("0x1.8p-50000").unwrap()), Some(0.0));
        assert_eq!(rat_to_f64(&(&parse_float_lit("0x1.8p-50000").unwrap() * &parse_float_lit("0x1p50000").unwrap())), Some(1.5));
    }

    #[test]
    fn exact_stays_exact() {
        let a = parse_float_lit("0.1").unwrap();
        let b = parse_float_lit("0.2").unwrap();
        assert_eq!(&a + &b, parse_float_lit("0.3").unwrap());
        assert_eq!(&(&a * &b) / &b, a);
        // Rationals whose numerator or denominator reaches 4096 bits become 512-bit floats.
        let third = Real::from_rational(BigRational::new(BigInt::one(), BigInt::from(3)));
        let mut x = third.clone();
        for _ in 0..3000 {
            x = &x * &third;
        }
        assert!(x > Real::zero() && x.is_float());
        assert!(matches!(&x.0, Repr::Float(m, _) if m.bits() <= 512));
    }

    #[test]
    fn display() {
        assert_eq!(format_g6(1.5), "1.5");
        assert_eq!(format_g6(1e100), "1e+100");
        assert_eq!(format_g6(0.0001234), "0.0001234");
        assert_eq!(int_bits(&BigInt::from(-1)), u64::MAX);
    }
}
