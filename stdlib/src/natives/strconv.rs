//! `strconv`: the exact decimal digits of a float and the correctly rounded reading of a
//! decimal number, both done by Rust's core float formatting and parsing (which are exact
//! and round half to even, as Go's strconv does). The Go side does the syntax and layout.

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
    let text = match mode {
        0 if single => format!("{:e}", f as f32),
        0 => format!("{:e}", f),
        1 => format!("{:.*e}", (n.max(1) - 1) as usize, f),
        _ => format!("{:.*}", n.max(0) as usize, f),
    };
    let (digits, dp) = split_digits(&text);
    put_string(cx, w, 0, digits.as_bytes());
    w[2] = dp as u64;
    NativeResult::Done
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
    fn digits_and_point() {
        assert_eq!(split_digits("1.25e2"), ("125".to_string(), 3));
        assert_eq!(split_digits("1e-1"), ("1".to_string(), 0));
        assert_eq!(split_digits("0e0"), ("".to_string(), 0));
        assert_eq!(split_digits("0.0012"), ("12".to_string(), -2));
        assert_eq!(split_digits("120.500"), ("1205".to_string(), 3));
        assert_eq!(split_digits("0.000"), ("".to_string(), 0));
    }
}
