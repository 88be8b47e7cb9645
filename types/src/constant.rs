//! Constant values with Go's arbitrary-precision semantics (spec "Constants",
//! "Constant expressions").
//!
//! Integers are big integers; floats are exact rationals (values typed `float32`/`float64`
//! are rounded to that precision when they acquire the type); complex numbers are pairs of
//! rationals.

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
    Float(BigRational),
    Complex(BigRational, BigRational),
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
            (ConstValue::Int(i), NumRank::Float) => ConstValue::Float(BigRational::from_integer(i.clone())),
            (ConstValue::Int(i), NumRank::Complex) => ConstValue::Complex(BigRational::from_integer(i.clone()), BigRational::zero()),
            (ConstValue::Float(f), NumRank::Complex) => ConstValue::Complex(f.clone(), BigRational::zero()),
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

    /// The value as a real rational, if it has no imaginary part.
    pub fn to_rat(&self) -> Option<BigRational> {
        match self {
            ConstValue::Int(i) => Some(BigRational::from_integer(i.clone())),
            ConstValue::Float(f) => Some(f.clone()),
            ConstValue::Complex(re, im) if im.is_zero() => Some(re.clone()),
            _ => None,
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        self.to_int()?.to_i64()
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

/// Rounds a rational to the nearest f64 (ties to even); `None` if it overflows.
pub fn rat_to_f64(r: &BigRational) -> Option<f64> {
    round_rat(r, 53, 1023, -1022).map(|(neg, m, k)| {
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
pub fn rat_to_f32(r: &BigRational) -> Option<f32> {
    round_rat(r, 24, 127, -126).map(|(neg, m, k)| {
        let v = (m as f64 * pow2(k)) as f32; // exact: m has ≤ 24 bits
        if neg {
            -v
        } else {
            v
        }
    })
}

pub fn f64_to_rat(f: f64) -> Option<BigRational> {
    BigRational::from_float(f)
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

/// Parses a Go floating-point literal exactly (decimal or hexadecimal mantissa).
pub fn parse_float_lit(text: &str) -> Option<BigRational> {
    let t: String = text.chars().filter(|&c| c != '_').collect();
    if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        let (mant, exp) = h.split_once(['p', 'P']).unwrap_or((h, "0"));
        let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{}{}", ip, fp);
        let m = if digits.is_empty() { BigInt::zero() } else { BigInt::parse_bytes(digits.as_bytes(), 16)? };
        let e: i64 = exp.parse().ok()?;
        let e = e - 4 * fp.len() as i64;
        return Some(scale2(BigRational::from_integer(m), e));
    }
    let (mant, exp) = match t.find(['e', 'E']) {
        Some(i) => (&t[..i], t[i + 1..].parse::<i64>().ok()?),
        None => (&t[..], 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{}{}", ip, fp);
    let m = if digits.is_empty() { BigInt::zero() } else { BigInt::parse_bytes(digits.as_bytes(), 10)? };
    let e = exp - fp.len() as i64;
    if e.abs() > 100_000 {
        return None;
    }
    let ten = BigInt::from(10);
    Some(if e >= 0 {
        BigRational::from_integer(m * num_traits::pow(ten, e as usize))
    } else {
        BigRational::new(m, num_traits::pow(ten, (-e) as usize))
    })
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

/// Formats a rational as go/constant does for floats: exact integers print as such,
/// others in %.6g form.
pub fn format_rat(r: &BigRational) -> String {
    if r.is_integer() && r.numer().bits() < 64 {
        return r.numer().to_string();
    }
    match rat_to_f64(r) {
        Some(v) => format_g6(v),
        None => {
            // Too large for f64: print mantissa and decimal exponent.
            let s = r.to_integer().abs().to_string();
            let sign = if r.is_negative() { "-" } else { "" };
            format!("{}{}.{}e+{}", sign, &s[..1], &s[1..6.min(s.len())], s.len() - 1)
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
    fn display() {
        assert_eq!(format_g6(1.5), "1.5");
        assert_eq!(format_g6(1e100), "1e+100");
        assert_eq!(format_g6(0.0001234), "0.0001234");
        assert_eq!(int_bits(&BigInt::from(-1)), u64::MAX);
    }
}
