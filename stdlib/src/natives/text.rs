//! Byte and UTF-8 scanning for `strings`, `bytes` and `unicode/utf8`: the hot leaf loops
//! of text processing, which would cost a dispatch per byte in Go code.
//!
//! UTF-8 follows the Unicode standard's table of well-formed byte sequences (Unicode 15,
//! section 3.9, table 3-7): anything else decodes as U+FFFD one byte at a time, as Go's
//! `unicode/utf8` documents.

use memchr::memmem;
use vm::native::{NativeCtx, NativeFn, NativeResult};

const RUNE_ERROR: u32 = 0xFFFD;

/// The rune at the start of `s` and its length; `(U+FFFD, 1)` for a byte that does not
/// start a well-formed sequence, `(U+FFFD, 0)` for an empty input.
pub(crate) fn decode(s: &[u8]) -> (u32, usize) {
    let Some(&b0) = s.first() else { return (RUNE_ERROR, 0) };
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    // The accepted range of the second byte depends on the first (no overlongs, no
    // surrogates, nothing above U+10FFFF); later bytes are plain continuations.
    let (len, lo, hi) = match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return (RUNE_ERROR, 1),
    };
    if s.len() < len || !(lo..=hi).contains(&s[1]) || s[2..len].iter().any(|&b| b & 0xC0 != 0x80) {
        return (RUNE_ERROR, 1);
    }
    let mut r = (b0 as u32) & (0x7F >> len);
    for &b in &s[1..len] {
        r = (r << 6) | (b & 0x3F) as u32;
    }
    (r, len)
}

/// The rune at the end of `s` and its length: the one suffix of 1 to 4 bytes that is a
/// single well-formed sequence, else `(U+FFFD, 1)`; `(U+FFFD, 0)` for an empty input.
pub(crate) fn decode_last(s: &[u8]) -> (u32, usize) {
    let n = s.len();
    if n == 0 {
        return (RUNE_ERROR, 0);
    }
    if s[n - 1] < 0x80 {
        return (s[n - 1] as u32, 1);
    }
    for k in 2..=n.min(4) {
        let (r, len) = decode(&s[n - k..]);
        if len == k {
            return (r, k);
        }
    }
    (RUNE_ERROR, 1)
}

/// Number of runes, each invalid byte counting as one.
pub(crate) fn rune_count(s: &[u8]) -> usize {
    let mut i = 0;
    let mut n = 0;
    while i < s.len() {
        // Runs of ASCII, the common case, are counted without decoding.
        let ascii = s[i..].iter().take_while(|&&b| b < 0x80).count();
        i += ascii;
        n += ascii;
        if i < s.len() {
            i += decode(&s[i..]).1;
            n += 1;
        }
    }
    n
}

fn valid(s: &[u8]) -> bool {
    std::str::from_utf8(s).is_ok()
}

fn index(hay: &[u8], needle: &[u8]) -> i64 {
    match needle.len() {
        0 => 0,
        1 => memchr::memchr(needle[0], hay).map_or(-1, |i| i as i64),
        n if n > hay.len() => -1,
        _ => memmem::find(hay, needle).map_or(-1, |i| i as i64),
    }
}

fn last_index(hay: &[u8], needle: &[u8]) -> i64 {
    match needle.len() {
        0 => hay.len() as i64,
        1 => memchr::memrchr(needle[0], hay).map_or(-1, |i| i as i64),
        n if n > hay.len() => -1,
        _ => memmem::rfind(hay, needle).map_or(-1, |i| i as i64),
    }
}

fn count(hay: &[u8], needle: &[u8]) -> i64 {
    match needle.len() {
        0 => rune_count(hay) as i64 + 1,
        1 => memchr::memchr_iter(needle[0], hay).count() as i64,
        _ => memmem::find_iter(hay, needle).count() as i64,
    }
}

/// `s` with ASCII letters mapped to one case; `None` when `s` has a non-ASCII byte.
fn ascii_case(s: &[u8], upper: bool) -> Option<Vec<u8>> {
    if !s.is_ascii() {
        return None;
    }
    Some(if upper { s.to_ascii_uppercase() } else { s.to_ascii_lowercase() })
}

/// Where the operands live in the window: strings take 2 words, byte slices 3.
#[derive(Clone, Copy)]
enum Shape {
    Str,
    Bytes,
}

impl Shape {
    fn words(self) -> usize {
        match self {
            Shape::Str => 2,
            Shape::Bytes => 3,
        }
    }
}

fn arg<'s>(cx: &NativeCtx<'_, '_>, w: &[u64], at: usize) -> &'s [u8] {
    cx.str(w[at], w[at + 1])
}

fn int(v: i64) -> u64 {
    v as u64
}

macro_rules! two_operand {
    ($name:ident, $shape:expr, $op:ident) => {
        fn $name(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
            let k = $shape.words();
            let r = $op(arg(cx, w, 0), arg(cx, w, k));
            w[0] = int(r);
            NativeResult::Done
        }
    };
}

two_operand!(str_index, Shape::Str, index);
two_operand!(str_last_index, Shape::Str, last_index);
two_operand!(str_count, Shape::Str, count);
two_operand!(bytes_index, Shape::Bytes, index);
two_operand!(bytes_last_index, Shape::Bytes, last_index);
two_operand!(bytes_count, Shape::Bytes, count);

macro_rules! byte_search {
    ($name:ident, $shape:expr, $find:path) => {
        fn $name(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
            let s = arg(cx, w, 0);
            let c = w[$shape.words()] as u8;
            w[0] = int($find(c, s).map_or(-1, |i| i as i64));
            NativeResult::Done
        }
    };
}

byte_search!(str_index_byte, Shape::Str, memchr::memchr);
byte_search!(str_last_index_byte, Shape::Str, memchr::memrchr);
byte_search!(bytes_index_byte, Shape::Bytes, memchr::memchr);
byte_search!(bytes_last_index_byte, Shape::Bytes, memchr::memrchr);

fn bytes_equal(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] = (arg(cx, w, 0) == arg(cx, w, 3)) as u64;
    NativeResult::Done
}

fn bytes_compare(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] = int(arg(cx, w, 0).cmp(arg(cx, w, 3)) as i64);
    NativeResult::Done
}

/// `func asciiCase(s string, upper bool) (string, bool)`: the string itself when nothing
/// changes, so no copy is made.
fn str_ascii_case(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let s = arg(cx, w, 0);
    match ascii_case(s, w[2] != 0) {
        None => {
            w[0] = 0;
            w[1] = 0;
            w[2] = 0;
        }
        Some(t) => {
            if t != s {
                let [p, n] = cx.new_string(&t);
                w[0] = p;
                w[1] = n;
            }
            w[2] = 1;
        }
    }
    NativeResult::Done
}

/// `func asciiCase(s []byte, upper bool) ([]byte, bool)`: always a fresh slice.
fn bytes_ascii_case(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let s = arg(cx, w, 0);
    match ascii_case(s, w[3] != 0) {
        None => {
            w[..4].fill(0);
        }
        Some(t) => {
            let [p, n, c] = cx.new_bytes(&t);
            w[0] = p;
            w[1] = n;
            w[2] = c;
            w[3] = 1;
        }
    }
    NativeResult::Done
}

/// `func bytesToString(b []byte) string`: the string shares b's bytes (the caller never
/// changes them again).
fn bytes_to_string(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    if w[1] == 0 {
        w[0] = 0;
    }
    NativeResult::Done
}

macro_rules! decoder {
    ($name:ident, $shape:expr, $dec:ident) => {
        fn $name(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
            let (r, n) = $dec(arg(cx, w, 0));
            w[0] = r as u64;
            w[1] = n as u64;
            NativeResult::Done
        }
    };
}

decoder!(decode_rune, Shape::Bytes, decode);
decoder!(decode_rune_str, Shape::Str, decode);
decoder!(decode_last_rune, Shape::Bytes, decode_last);
decoder!(decode_last_rune_str, Shape::Str, decode_last);

fn rune_count_native(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] = rune_count(arg(cx, w, 0)) as u64;
    NativeResult::Done
}

fn valid_native(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] = valid(arg(cx, w, 0)) as u64;
    NativeResult::Done
}

pub(crate) fn lookup_strings(name: &str) -> Option<NativeFn> {
    Some(match name {
        "Index" => str_index,
        "LastIndex" => str_last_index,
        "Count" => str_count,
        "IndexByte" => str_index_byte,
        "LastIndexByte" => str_last_index_byte,
        "asciiCase" => str_ascii_case,
        "bytesToString" => bytes_to_string,
        _ => return None,
    })
}

pub(crate) fn lookup_bytes(name: &str) -> Option<NativeFn> {
    Some(match name {
        "Index" => bytes_index,
        "LastIndex" => bytes_last_index,
        "Count" => bytes_count,
        "IndexByte" => bytes_index_byte,
        "LastIndexByte" => bytes_last_index_byte,
        "Equal" => bytes_equal,
        "Compare" => bytes_compare,
        "asciiCase" => bytes_ascii_case,
        "asString" => bytes_to_string,
        _ => return None,
    })
}

pub(crate) fn lookup_utf8(name: &str) -> Option<NativeFn> {
    Some(match name {
        "DecodeRune" => decode_rune,
        "DecodeRuneInString" => decode_rune_str,
        "DecodeLastRune" => decode_last_rune,
        "DecodeLastRuneInString" => decode_last_rune_str,
        "RuneCount" | "RuneCountInString" => rune_count_native,
        "Valid" | "ValidString" => valid_native,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_follows_the_well_formed_table() {
        assert_eq!(decode(b"a"), ('a' as u32, 1));
        assert_eq!(decode("é".as_bytes()), (0xE9, 2));
        assert_eq!(decode("日".as_bytes()), (0x65E5, 3));
        assert_eq!(decode("𝄞".as_bytes()), (0x1D11E, 4));
        assert_eq!(decode(b""), (RUNE_ERROR, 0));
        assert_eq!(decode(b"\xC0\x80"), (RUNE_ERROR, 1)); // overlong
        assert_eq!(decode(b"\xE0\x80\x80"), (RUNE_ERROR, 1)); // overlong
        assert_eq!(decode(b"\xED\xA0\x80"), (RUNE_ERROR, 1)); // surrogate
        assert_eq!(decode(b"\xF4\x90\x80\x80"), (RUNE_ERROR, 1)); // above U+10FFFF
        assert_eq!(decode(b"\xE6\x97"), (RUNE_ERROR, 1)); // truncated
        assert_eq!(decode(b"\x80"), (RUNE_ERROR, 1));
    }

    #[test]
    fn decoding_backwards() {
        assert_eq!(decode_last("a日".as_bytes()), (0x65E5, 3));
        assert_eq!(decode_last(b"\xC3\xA9\xA9"), (RUNE_ERROR, 1));
        assert_eq!(decode_last(b"\xA9"), (RUNE_ERROR, 1));
        assert_eq!(decode_last(b""), (RUNE_ERROR, 0));
    }

    #[test]
    fn counting() {
        assert_eq!(rune_count("aé日\u{1D11E}".as_bytes()), 4);
        assert_eq!(rune_count(b"\xE6\x97"), 2);
        assert_eq!(count(b"cheese", b"e"), 3);
        assert_eq!(count(b"five", b""), 5);
        assert_eq!(count(b"aaaa", b"aa"), 2);
        assert_eq!(index(b"chicken", b"ken"), 4);
        assert_eq!(last_index(b"go gopher", b"go"), 3);
        assert_eq!(last_index(b"abc", b""), 3);
    }
}
