//! `strconv`: the exact decimal digits of a float and the correctly rounded reading of a
//! decimal number, both done by Rust's core float formatting and parsing (which are exact
//! and round half to even, as Go's strconv does; for the shortest digits, ties are taken
//! to the even digit here, as Go does, where Rust takes the upper one). The Go side does
//! the syntax and layout.

use super::put_string;
use vm::native::{NativeCtx, NativeFn, NativeResult};

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "floatDigits" => float_digits,
        "decimalToFloat" => decimal_to_float,
        _ => return None,
    })
}

/// `floatDigits(f float64, single bool, mode, n int) (digits string, dp int)`: the decimal
/// digits of |f| as `0.digits × 10^dp`, without leading or trailing zeros ("" and 0 for a
/// zero result). Mode 0: the shortest digits that read back as f (as a float32 when
/// `single`); 1: rounded to n significant digits; 2: rounded to n digits after the point.
fn float_digits(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let f = f64::from_bits(w[0]).abs();
    let single = w[1] != 0;
    let (mode, n) = (w[2] as i64, w[3] as i64);
    let (digits, dp) = match mode {
        0 => shortest_digits(f, single),
        1 => split_digits(&format!("{:.*e}", (n.max(1) - 1) as usize, f)),
        _ => split_digits(&format!("{:.*}", n.max(0) as usize, f)),
    };
    put_string(cx, w, 0, digits.as_bytes());
    w[2] = dp as u64;
    NativeResult::Done
}

/// Renders f (as a float32 when `single`) with `prec` digits after the point of its
/// `d.ddde±x` form, exactly rounded.
fn exp_form(f: f64, single: bool, prec: usize) -> String {
    if single {
        format!("{:.*e}", prec, f as f32)
    } else {
        format!("{:.*e}", prec, f)
    }
}

/// The shortest digits that read back as f, and the point position. When two such
/// digit strings are equally near f (f's exact value ends in a 5 just past them),
/// Rust's formatting takes the upper one; Go takes the one ending in an even digit.
fn shortest_digits(f: f64, single: bool) -> (String, i64) {
    let text = if single { format!("{:e}", f as f32) } else { format!("{:e}", f) };
    let (digits, dp) = split_digits(&text);
    let n = digits.len();
    if n == 0 || (digits.as_bytes()[n - 1] - b'0') % 2 == 0 {
        return (digits, dp);
    }
    // A tie: f's exact value is n digits and a final 5 (nothing after it). Cheap test
    // first: rounded to n+1 digits, f must end in 5. Then the exact decimal value (a
    // float's has at most 767 significant digits).
    if !exp_form(f, single, n).split('e').next().unwrap_or("").ends_with('5') {
        return (digits, dp);
    }
    let (wide, wide_dp) = split_digits(&exp_form(f, single, 800));
    if wide.len() != n + 1 || !wide.ends_with('5') {
        return (digits, dp);
    }
    let lower = wide[..n].to_string();
    let (other, other_dp) = if lower == digits && wide_dp == dp { increment(&lower, wide_dp) } else { (lower, wide_dp) };
    let reads_back = {
        let text = format!("0.{}e{}", other, other_dp);
        if single {
            text.parse::<f32>().map(|g| g == f as f32).unwrap_or(false)
        } else {
            text.parse::<f64>().map(|g| g == f).unwrap_or(false)
        }
    };
    if reads_back {
        let trimmed = other.trim_end_matches('0').to_string();
        return (trimmed, other_dp);
    }
    (digits, dp)
}

/// digits (of 0.digits × 10^dp) plus one unit in the last place.
fn increment(digits: &str, dp: i64) -> (String, i64) {
    let mut d = digits.as_bytes().to_vec();
    let mut i = d.len();
    while i > 0 {
        i -= 1;
        if d[i] == b'9' {
            d[i] = b'0';
        } else {
            d[i] += 1;
            return (String::from_utf8(d).unwrap_or_default(), dp);
        }
    }
    d.insert(0, b'1');
    d.pop();
    (String::from_utf8(d).unwrap_or_default(), dp + 1)
}

/// Splits Rust's `d.ddde±x` or `ddd.ddd` rendering into significant digits and the
/// position of the decimal point relative to them.
fn split_digits(text: &str) -> (String, i64) {
    let (mant, mut dp) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0) + 1),
        None => (text, text.find('.').unwrap_or(text.len()) as i64),
    };
    let all: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let trimmed = all.trim_start_matches('0');
    dp -= (all.len() - trimmed.len()) as i64;
    let trimmed = trimmed.trim_end_matches('0');
    if trimmed.is_empty() {
        dp = 0;
    }
    (trimmed.to_string(), dp)
}

/// `decimalToFloat(mant string, exp int, single bool) float64`: the float nearest to
/// mant × 10^exp (mant: decimal digits only), rounded once to float32 when `single`;
/// ±Inf past the largest finite value.
fn decimal_to_float(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let mant = cx.str(w[0], w[1]);
    let mant = if mant.is_empty() { "0".to_string() } else { String::from_utf8_lossy(mant).into_owned() };
    let text = format!("{}e{}", mant, w[2] as i64);
    let single = w[3] != 0;
    let v = if single {
        text.parse::<f32>().map(f64::from).unwrap_or(f64::NAN)
    } else {
        text.parse::<f64>().unwrap_or(f64::NAN)
    };
    w[0] = v.to_bits();
    NativeResult::Done
}

#[cfg(test)]
mod tests {
    use super::split_digits;

    #[test]
    fn shortest_ties_go_to_even() {
        // 961.62799072265625 lies halfway between ...62 and ...63 (both read back).
        assert_eq!(super::shortest_digits(961.62799072265625, false), ("9616279907226562".to_string(), 3));
        assert_eq!(super::shortest_digits(0.1, false), ("1".to_string(), 0));
        assert_eq!(super::shortest_digits(1.29108428955078125, false), ("12910842895507812".to_string(), 1));
        assert_eq!(super::increment("199", 2), ("200".to_string(), 2));
        assert_eq!(super::increment("99", 2), ("10".to_string(), 3));
    }

    #[test]
    fn digits_and_point() {
        assert_eq!(split_digits("1.25e2"), ("125".to_string(), 3));
        assert_eq!(split_digits("1e-1"), ("1".to_string(), 0));
        assert_eq!(split_digits("0e0"), ("".to_string(), 0));
        assert_eq!(split_digits("0.0012"), ("12".to_string(), -2));
        assert_eq!(split_digits("120.500"), ("1205".to_string(), 3));
        assert_eq!(split_digits("0.000"), ("".to_string(), 0));
    }
}
