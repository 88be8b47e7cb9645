//! Unsigned multi-precision arithmetic on little-endian vectors of 64-bit words: the leaf
//! kernels of `math/big`. A *normalized* number has no high zero words (zero is empty);
//! every function accepts unnormalized inputs and returns normalized results.

use std::cmp::Ordering;

/// Below this many words (of the shorter factor) multiplication is schoolbook.
const KARATSUBA_MIN: usize = 40;

pub fn trimmed(a: &[u64]) -> &[u64] {
    let mut n = a.len();
    while n > 0 && a[n - 1] == 0 {
        n -= 1;
    }
    &a[..n]
}

pub fn norm(mut v: Vec<u64>) -> Vec<u64> {
    while v.last() == Some(&0) {
        v.pop();
    }
    v
}

pub fn cmp(a: &[u64], b: &[u64]) -> Ordering {
    let (a, b) = (trimmed(a), trimmed(b));
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for i in (0..a.len()).rev() {
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
    }
    Ordering::Equal
}

pub fn bit_len(a: &[u64]) -> u64 {
    let a = trimmed(a);
    match a.last() {
        None => 0,
        Some(&top) => (a.len() as u64 - 1) * 64 + (64 - top.leading_zeros() as u64),
    }
}

/// `acc[at..] += x`, growing `acc` as needed.
fn add_at(acc: &mut Vec<u64>, x: &[u64], at: usize) {
    if acc.len() < at + x.len() {
        acc.resize(at + x.len(), 0);
    }
    let mut carry = 0u64;
    let mut i = 0;
    while i < x.len() {
        let (s1, c1) = acc[at + i].overflowing_add(x[i]);
        let (s2, c2) = s1.overflowing_add(carry);
        acc[at + i] = s2;
        carry = (c1 as u64) + (c2 as u64);
        i += 1;
    }
    let mut j = at + i;
    while carry != 0 {
        if j == acc.len() {
            acc.push(carry);
            break;
        }
        let (s, c) = acc[j].overflowing_add(carry);
        acc[j] = s;
        carry = c as u64;
        j += 1;
    }
}

/// `acc -= x` where `acc >= x`.
fn sub_in_place(acc: &mut [u64], x: &[u64]) {
    let mut borrow = 0u64;
    let mut i = 0;
    while i < x.len() {
        let (d1, b1) = acc[i].overflowing_sub(x[i]);
        let (d2, b2) = d1.overflowing_sub(borrow);
        acc[i] = d2;
        borrow = (b1 as u64) + (b2 as u64);
        i += 1;
    }
    while borrow != 0 && i < acc.len() {
        let (d, b) = acc[i].overflowing_sub(borrow);
        acc[i] = d;
        borrow = b as u64;
        i += 1;
    }
}

pub fn add(a: &[u64], b: &[u64]) -> Vec<u64> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut v = a.to_vec();
    add_at(&mut v, b, 0);
    norm(v)
}

/// `a - b`; requires `a >= b`.
pub fn sub(a: &[u64], b: &[u64]) -> Vec<u64> {
    let mut v = a.to_vec();
    sub_in_place(&mut v, trimmed(b));
    norm(v)
}

fn mul_school(a: &[u64], b: &[u64]) -> Vec<u64> {
    let mut r = vec![0u64; a.len() + b.len()];
    for (j, &bj) in b.iter().enumerate() {
        if bj == 0 {
            continue;
        }
        let mut carry: u64 = 0;
        for (i, &ai) in a.iter().enumerate() {
            let t = (ai as u128) * (bj as u128) + (r[i + j] as u128) + (carry as u128);
            r[i + j] = t as u64;
            carry = (t >> 64) as u64;
        }
        r[j + a.len()] = carry;
    }
    r
}

/// The product, by Karatsuba's method above [`KARATSUBA_MIN`] words.
pub fn mul(a: &[u64], b: &[u64]) -> Vec<u64> {
    let (a, b) = (trimmed(a), trimmed(b));
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if b.is_empty() {
        return Vec::new();
    }
    if b.len() < KARATSUBA_MIN {
        return norm(mul_school(a, b));
    }
    if 2 * b.len() <= a.len() {
        // Unbalanced: multiply b by slices of a as long as b.
        let mut r = Vec::with_capacity(a.len() + b.len());
        let mut at = 0;
        while at < a.len() {
            let end = (at + b.len()).min(a.len());
            let p = mul(&a[at..end], b);
            add_at(&mut r, &p, at);
            at = end;
        }
        return norm(r);
    }
    let m = a.len() / 2;
    let (a0, a1) = (trimmed(&a[..m]), &a[m..]);
    let (b0, b1) = (trimmed(&b[..m]), &b[m..]);
    let z0 = mul(a0, b0);
    let z2 = mul(a1, b1);
    let sa = add(a0, a1);
    let sb = add(b0, b1);
    let mut z1 = mul(&sa, &sb);
    sub_in_place(&mut z1, &z0);
    sub_in_place(&mut z1, &z2);
    let mut r = Vec::with_capacity(a.len() + b.len() + 1);
    r.extend_from_slice(&z0);
    add_at(&mut r, trimmed(&z1), m);
    add_at(&mut r, &z2, 2 * m);
    norm(r)
}

/// `a * m + c` for single words.
pub fn mul_add_word(a: &[u64], m: u64, c: u64) -> Vec<u64> {
    let mut r = Vec::with_capacity(a.len() + 1);
    let mut carry = c;
    for &x in a {
        let t = (x as u128) * (m as u128) + carry as u128;
        r.push(t as u64);
        carry = (t >> 64) as u64;
    }
    r.push(carry);
    norm(r)
}

/// `(a / d, a % d)` for a single nonzero word `d`.
pub fn divmod_word(a: &[u64], d: u64) -> (Vec<u64>, u64) {
    let mut q = vec![0u64; a.len()];
    let mut r: u64 = 0;
    for i in (0..a.len()).rev() {
        let t = ((r as u128) << 64) | a[i] as u128;
        q[i] = (t / d as u128) as u64;
        r = (t % d as u128) as u64;
    }
    (norm(q), r)
}

pub fn shl(a: &[u64], s: u64) -> Vec<u64> {
    let a = trimmed(a);
    if a.is_empty() {
        return Vec::new();
    }
    let (ws, bs) = ((s / 64) as usize, (s % 64) as u32);
    let mut r = vec![0u64; ws + a.len() + 1];
    for (i, &x) in a.iter().enumerate() {
        if bs == 0 {
            r[ws + i] = x;
        } else {
            r[ws + i] |= x << bs;
            r[ws + i + 1] = x >> (64 - bs);
        }
    }
    norm(r)
}

pub fn shr(a: &[u64], s: u64) -> Vec<u64> {
    let a = trimmed(a);
    let ws = (s / 64) as usize;
    if ws >= a.len() {
        return Vec::new();
    }
    let bs = (s % 64) as u32;
    let n = a.len() - ws;
    let mut r = vec![0u64; n];
    for i in 0..n {
        let lo = a[ws + i];
        r[i] = if bs == 0 {
            lo
        } else {
            let hi = if ws + i + 1 < a.len() { a[ws + i + 1] } else { 0 };
            (lo >> bs) | (hi << (64 - bs))
        };
    }
    norm(r)
}

/// `(u / v, u % v)`; `v` must be nonzero (Knuth, TAOCP vol. 2, 4.3.1, algorithm D).
pub fn divmod(u: &[u64], v: &[u64]) -> (Vec<u64>, Vec<u64>) {
    let (u, v) = (trimmed(u), trimmed(v));
    assert!(!v.is_empty(), "minigo bug: nat division by zero");
    if cmp(u, v) == Ordering::Less {
        return (Vec::new(), u.to_vec());
    }
    if v.len() == 1 {
        let (q, r) = divmod_word(u, v[0]);
        return (q, norm(vec![r]));
    }
    let s = v[v.len() - 1].leading_zeros() as u64;
    let vn = shl(v, s);
    let mut un = shl(u, s);
    let n = vn.len();
    if un.len() == u.len() {
        un.push(0);
    }
    // un has len(u)+1 words (the extra one possibly zero).
    un.resize(u.len() + 1, 0);
    let m = u.len() - n;
    let mut q = vec![0u64; m + 1];
    let (vtop, vnext) = (vn[n - 1] as u128, vn[n - 2] as u128);
    let b: u128 = 1 << 64;
    for j in (0..=m).rev() {
        let num = ((un[j + n] as u128) << 64) | un[j + n - 1] as u128;
        let mut qhat = num / vtop;
        let mut rhat = num % vtop;
        while qhat >= b || qhat * vnext > ((rhat << 64) | un[j + n - 2] as u128) {
            qhat -= 1;
            rhat += vtop;
            if rhat >= b {
                break;
            }
        }
        // Multiply and subtract qhat * vn from un[j..j+n+1].
        let mut borrow: i128 = 0;
        let mut carry: u128 = 0;
        for i in 0..n {
            let p = qhat * vn[i] as u128 + carry;
            carry = p >> 64;
            let t = un[i + j] as i128 - (p as u64) as i128 + borrow;
            un[i + j] = t as u64;
            borrow = t >> 64;
        }
        let t = un[j + n] as i128 - carry as i128 + borrow;
        un[j + n] = t as u64;
        if t < 0 {
            // Add back.
            qhat -= 1;
            let mut c: u128 = 0;
            for i in 0..n {
                let s2 = un[i + j] as u128 + vn[i] as u128 + c;
                un[i + j] = s2 as u64;
                c = s2 >> 64;
            }
            un[j + n] = un[j + n].wrapping_add(c as u64);
        }
        q[j] = qhat as u64;
    }
    un.truncate(n);
    (norm(q), shr(&un, s))
}

const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// The largest power of `base` fitting a word and its exponent.
fn big_base(base: u64) -> (u64, usize) {
    let mut p = base;
    let mut k = 1;
    while let Some(n) = p.checked_mul(base) {
        p = n;
        k += 1;
    }
    (p, k)
}

/// Digits of `a` in `base` (2..=62), most significant first, without sign; "0" for zero.
pub fn to_text(a: &[u64], base: u64) -> Vec<u8> {
    let a = trimmed(a);
    if a.is_empty() {
        return b"0".to_vec();
    }
    let mut out = Vec::new();
    if base.is_power_of_two() {
        let shift = base.trailing_zeros() as u64;
        let bits = bit_len(a);
        let mut pos = 0;
        while pos < bits {
            let (w, b) = ((pos / 64) as usize, pos % 64);
            let mut d = a[w] >> b;
            if b + shift > 64 && w + 1 < a.len() {
                d |= a[w + 1] << (64 - b);
            }
            out.push(DIGITS[(d & (base - 1)) as usize]);
            pos += shift;
        }
    } else {
        to_text_rec(a, base, &mut out, 0);
        while out.len() > 1 && out.last() == Some(&b'0') {
            out.pop();
        }
    }
    out.reverse();
    out
}

/// Appends the digits of `a` least significant first, exactly `width` of them when
/// `width > 0` (zero padded). Splits large numbers by a power of the base
/// (divide and conquer) so that big conversions are not quadratic in word operations.
fn to_text_rec(a: &[u64], base: u64, out: &mut Vec<u8>, width: usize) {
    let (bb, k) = big_base(base);
    let a = trimmed(a);
    if a.len() > 60 {
        // Choose base^(k * 2^i) with about half the words of a.
        let mut pw = vec![bb];
        let mut digits = k;
        while pw.len() * 2 <= a.len() / 2 + 1 {
            pw = mul(&pw, &pw);
            digits *= 2;
        }
        let (q, r) = divmod(a, &pw);
        to_text_rec(&r, base, out, digits);
        let start = out.len();
        to_text_rec(&q, base, out, if width > 0 { width - digits } else { 0 });
        let _ = start;
        return;
    }
    let start = out.len();
    let mut cur = a.to_vec();
    while !cur.is_empty() {
        let (q, mut r) = divmod_word(&cur, bb);
        for _ in 0..k {
            out.push(DIGITS[(r % base) as usize]);
            r /= base;
        }
        cur = q;
    }
    if width > 0 {
        while out.len() - start < width {
            out.push(b'0');
        }
        out.truncate(start + width);
    }
}

/// The number whose digits (values < base, most significant first) are given.
pub fn from_digits(digits: &[u8], base: u64) -> Vec<u64> {
    let (bb, k) = big_base(base);
    if digits.len() > 2000 {
        // Divide and conquer: high part * base^len(low) + low.
        let lo_len = digits.len() / 2;
        let (hi, lo) = digits.split_at(digits.len() - lo_len);
        let h = from_digits(hi, base);
        let l = from_digits(lo, base);
        let p = pow_word(base, lo_len as u64, bb, k);
        let mut r = mul(&h, &p);
        add_at(&mut r, &l, 0);
        return norm(r);
    }
    let mut r: Vec<u64> = Vec::new();
    for chunk in digits.chunks(k) {
        let mut v: u64 = 0;
        let mut m: u64 = 1;
        for &d in chunk {
            v = v * base + d as u64;
            m *= base;
        }
        r = mul_add_word(&r, m, v);
    }
    r
}

/// `base^e` (with `bb = base^k` the largest power fitting a word).
fn pow_word(base: u64, e: u64, bb: u64, k: usize) -> Vec<u64> {
    let mut r = pow(&[bb], e / k as u64);
    let rest = e % k as u64;
    if rest > 0 {
        r = mul_add_word(&r, base.pow(rest as u32), 0);
    }
    r
}

/// `x^e` (no modulus).
pub fn pow(x: &[u64], mut e: u64) -> Vec<u64> {
    let mut result = vec![1u64];
    let mut b = trimmed(x).to_vec();
    while e > 0 {
        if e & 1 == 1 {
            result = mul(&result, &b);
        }
        e >>= 1;
        if e > 0 {
            b = mul(&b, &b);
        }
    }
    norm(result)
}

/// `x^y mod m` for nonzero `m`.
pub fn pow_mod(x: &[u64], y: &[u64], m: &[u64]) -> Vec<u64> {
    let m = trimmed(m);
    if m == [1] {
        return Vec::new();
    }
    let y = trimmed(y);
    let mut base = divmod(x, m).1;
    let mut result = vec![1u64];
    let bits = bit_len(y);
    let mut i = 0;
    while i < bits {
        if y[(i / 64) as usize] >> (i % 64) & 1 == 1 {
            result = divmod(&mul(&result, &base), m).1;
        }
        i += 1;
        if i < bits {
            base = divmod(&mul(&base, &base), m).1;
        }
    }
    norm(result)
}

/// `floor(sqrt(a))` by Newton's iteration from above.
pub fn sqrt(a: &[u64]) -> Vec<u64> {
    let a = trimmed(a);
    if a.is_empty() {
        return Vec::new();
    }
    let bits = bit_len(a);
    let mut x = shl(&[1], bits.div_ceil(2));
    loop {
        let (q, _) = divmod(a, &x);
        let y = shr(&add(&x, &q), 1);
        if cmp(&y, &x) != Ordering::Less {
            return x;
        }
        x = y;
    }
}

/// Two's complement words of `(neg, mag)` over `n` words (n > len(mag)).
fn twos(neg: bool, mag: &[u64], n: usize) -> Vec<u64> {
    let mut v = mag.to_vec();
    v.resize(n, 0);
    if neg {
        for w in v.iter_mut() {
            *w = !*w;
        }
        let mut i = 0;
        while i < n {
            let (s, c) = v[i].overflowing_add(1);
            v[i] = s;
            if !c {
                break;
            }
            i += 1;
        }
    }
    v
}

/// Bitwise operation on signed integers in infinite two's complement: op 0 and, 1 or,
/// 2 xor, 3 and-not. Returns (negative, magnitude).
pub fn bit_op(op: u64, xneg: bool, x: &[u64], yneg: bool, y: &[u64]) -> (bool, Vec<u64>) {
    let (x, y) = (trimmed(x), trimmed(y));
    let n = x.len().max(y.len()) + 1;
    let a = twos(xneg && !x.is_empty(), x, n);
    let b = twos(yneg && !y.is_empty(), y, n);
    let f = |p: u64, q: u64| match op {
        0 => p & q,
        1 => p | q,
        2 => p ^ q,
        _ => p & !q,
    };
    let r: Vec<u64> = a.iter().zip(&b).map(|(&p, &q)| f(p, q)).collect();
    let neg = r[n - 1] >> 63 == 1;
    if neg {
        // Magnitude of a negative two's complement value: ~r + 1.
        let mag = twos(true, &r, n);
        (true, norm(mag))
    } else {
        (false, norm(r))
    }
}

/// `a` rounded to the nearest float64 (ties to even) and how the result compares with
/// the exact value (-1 below, 0 exact, 1 above). Returns +Inf (and 1) beyond the range.
pub fn to_f64(a: &[u64]) -> (f64, i64) {
    let a = trimmed(a);
    let bits = bit_len(a);
    if bits <= 64 {
        let v = a.first().copied().unwrap_or(0);
        let f = v as f64; // Rust rounds u64 -> f64 to nearest even.
        let back = if f >= 18446744073709551616.0 { u128::MAX } else { f as u128 };
        return (f, (back.cmp(&(v as u128))) as i64);
    }
    // Top 64 bits and a sticky bit for the rest.
    let shift = bits - 64;
    let top = shr(a, shift);
    let mut m = top[0];
    let low_nonzero = {
        let ws = (shift / 64) as usize;
        a[..ws].iter().any(|&w| w != 0) || (shift % 64 != 0 && a[ws] & ((1u64 << (shift % 64)) - 1) != 0)
    };
    // Keep 53 bits, round half even using the 11 dropped bits plus the sticky bit.
    let dropped = m & 0x7ff;
    m >>= 11;
    let half = 0x400;
    let mut dir = if dropped == 0 && !low_nonzero { 0 } else { -1 };
    if dropped > half || (dropped == half && (low_nonzero || m & 1 == 1)) {
        m += 1;
        dir = 1;
    }
    let e = shift as i32 + 11;
    let f = (m as f64) * 2f64.powi(e);
    if f.is_infinite() {
        return (f64::INFINITY, 1);
    }
    (f, dir)
}

/// Miller–Rabin test of odd `n > 3` with base `a`.
fn miller_rabin(n: &[u64], a: &[u64]) -> bool {
    let one = [1u64];
    let nm1 = sub(n, &one);
    let k = trailing_zeros(&nm1);
    let q = shr(&nm1, k);
    let mut y = pow_mod(a, &q, n);
    if y == one || y == nm1 {
        return true;
    }
    for _ in 1..k {
        y = divmod(&mul(&y, &y), n).1;
        if y == nm1 {
            return true;
        }
        if y == one {
            return false;
        }
    }
    false
}

pub fn trailing_zeros(a: &[u64]) -> u64 {
    for (i, &w) in a.iter().enumerate() {
        if w != 0 {
            return i as u64 * 64 + w.trailing_zeros() as u64;
        }
    }
    0
}

/// Jacobi symbol (a/n) for odd positive n.
pub fn jacobi(a: &[u64], n: &[u64]) -> i64 {
    let mut a = divmod(a, n).1;
    let mut n = trimmed(n).to_vec();
    let mut j = 1i64;
    while !a.is_empty() {
        let tz = trailing_zeros(&a);
        a = shr(&a, tz);
        let nmod8 = n[0] & 7;
        if tz & 1 == 1 && (nmod8 == 3 || nmod8 == 5) {
            j = -j;
        }
        if a[0] & 3 == 3 && n[0] & 3 == 3 {
            j = -j;
        }
        let r = divmod(&n, &a).1;
        n = a;
        a = r;
    }
    if n == [1] {
        j
    } else {
        0
    }
}

/// Strong Lucas probable prime test (Selfridge's parameters), for odd n > 2 not a square.
fn strong_lucas(n: &[u64]) -> bool {
    // Find D in 5, -7, 9, -11, ... with Jacobi(D, n) = -1.
    let mut d: i64 = 5;
    loop {
        let dm = divmod(&[d.unsigned_abs()], n).1;
        let dm = if d < 0 && !dm.is_empty() { sub(n, &dm) } else { dm };
        let j = jacobi(&dm, n);
        if j == -1 {
            break;
        }
        if j == 0 && cmp(&[d.unsigned_abs()], n) == Ordering::Less {
            return false;
        }
        d = if d > 0 { -(d + 2) } else { -d + 2 };
        if d.unsigned_abs() > 1_000_000 {
            return false;
        }
    }
    // P = 1, Q = (1 - D) / 4.
    let q_i = (1 - d) / 4;
    let modn = |v: i128| -> Vec<u64> {
        let r = divmod(&[v.unsigned_abs() as u64, (v.unsigned_abs() >> 64) as u64], n).1;
        if v < 0 && !r.is_empty() {
            sub(n, &r)
        } else {
            r
        }
    };
    let qm = modn(q_i as i128);
    let dm = modn(d as i128);
    let np1 = add(n, &[1]);
    let s = trailing_zeros(&np1);
    let dd = shr(&np1, s);
    // Lucas sequences U_k, V_k, Q^k mod n by binary expansion of dd.
    let mm = |a: &[u64], b: &[u64]| divmod(&mul(a, b), n).1;
    let addm = |a: &[u64], b: &[u64]| divmod(&add(a, b), n).1;
    let subm = |a: &[u64], b: &[u64]| {
        if cmp(a, b) != Ordering::Less {
            sub(a, b)
        } else {
            sub(&add(a, n), b)
        }
    };
    let half = |a: &[u64]| {
        if a.first().map_or(0, |w| w & 1) == 1 {
            shr(&add(a, n), 1)
        } else {
            shr(a, 1)
        }
    };
    let mut u = vec![1u64];
    let mut v = vec![1u64]; // V_1 = P = 1
    let mut qk = qm.clone();
    let bits = bit_len(&dd);
    for i in (0..bits - 1).rev() {
        // Double: U_2k = U_k V_k, V_2k = V_k^2 - 2Q^k, Q^2k.
        u = mm(&u, &v);
        v = subm(&mm(&v, &v), &addm(&qk, &qk));
        qk = mm(&qk, &qk);
        if dd[(i / 64) as usize] >> (i % 64) & 1 == 1 {
            // Increment: U_{k+1} = (P U + V)/2, V_{k+1} = (D U + P V)/2.
            let nu = half(&addm(&u, &v));
            let nv = half(&addm(&mm(&dm, &u), &v));
            u = nu;
            v = nv;
            qk = mm(&qk, &qm);
        }
    }
    if u.is_empty() || v.is_empty() {
        return true;
    }
    for _ in 1..s {
        v = subm(&mm(&v, &v), &addm(&qk, &qk));
        if v.is_empty() {
            return true;
        }
        qk = mm(&qk, &qk);
    }
    false
}

const SMALL_PRIMES: [u64; 15] = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47];

/// Baillie–PSW plus `extra` Miller–Rabin rounds with pseudo-random bases derived from n.
pub fn probably_prime(n: &[u64], extra: u64) -> bool {
    let n = trimmed(n);
    if n.is_empty() {
        return false;
    }
    if n.len() == 1 && n[0] < 64 {
        return SMALL_PRIMES.contains(&n[0]) || n[0] == 53 || n[0] == 59 || n[0] == 61;
    }
    for &p in &SMALL_PRIMES {
        if divmod_word(n, p).1 == 0 {
            return false;
        }
    }
    if !miller_rabin(n, &[2]) {
        return false;
    }
    let r = sqrt(n);
    if mul(&r, &r) == n {
        return false;
    }
    // Extra rounds: bases in [3, n-2] from a deterministic generator seeded by n.
    let mut seed = n[0] ^ 0x9e37_79b9_7f4a_7c15;
    let nm3 = sub(n, &[3]);
    for _ in 0..extra {
        let mut words = Vec::with_capacity(n.len());
        for _ in 0..n.len() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            words.push(seed);
        }
        let a = add(&divmod(&words, &nm3).1, &[2]);
        if !miller_rabin(n, &a) {
            return false;
        }
    }
    strong_lucas(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from_u128(v: u128) -> Vec<u64> {
        norm(vec![v as u64, (v >> 64) as u64])
    }

    #[test]
    fn arithmetic_matches_u128() {
        let vals: [u128; 7] = [0, 1, 7, u64::MAX as u128, 1 << 64, u128::MAX / 3, 123456789012345678901234567];
        for &a in &vals {
            for &b in &vals {
                let (x, y) = (from_u128(a), from_u128(b));
                if let Some(s) = a.checked_add(b) {
                    assert_eq!(add(&x, &y), from_u128(s));
                }
                if a >= b {
                    assert_eq!(sub(&x, &y), from_u128(a - b));
                }
                if let Some(p) = a.checked_mul(b) {
                    assert_eq!(mul(&x, &y), from_u128(p));
                }
                if b != 0 {
                    let (q, r) = divmod(&x, &y);
                    assert_eq!((q, r), (from_u128(a / b), from_u128(a % b)), "{a} / {b}");
                }
            }
        }
    }

    #[test]
    fn karatsuba_equals_schoolbook_and_division_inverts() {
        let mut s = 0x1234_5678_9abc_def0u64;
        let mut rnd = |n: usize| -> Vec<u64> {
            (0..n)
                .map(|_| {
                    s ^= s << 13;
                    s ^= s >> 7;
                    s ^= s << 17;
                    s
                })
                .collect()
        };
        for &(la, lb) in &[(100, 100), (257, 130), (300, 41), (90, 89), (500, 250)] {
            let a = rnd(la);
            let b = rnd(lb);
            let p = mul(&a, &b);
            assert_eq!(p, norm(mul_school(&a, &b)));
            let (q, r) = divmod(&p, &a);
            assert_eq!(q, norm(b.clone()));
            assert!(r.is_empty());
            let c = add(&p, &b[..10]);
            let (q2, r2) = divmod(&c, &b);
            assert_eq!(q2, norm(a.clone()));
            assert_eq!(r2, norm(b[..10].to_vec()));
        }
    }

    #[test]
    fn text_round_trips() {
        let v = pow(&[3], 5000);
        for base in [2u64, 8, 10, 16, 36, 62, 7] {
            let t = to_text(&v, base);
            let digits: Vec<u8> = t.iter().map(|&c| DIGITS.iter().position(|&d| d == c).unwrap() as u8).collect();
            assert_eq!(from_digits(&digits, base), v, "base {base}");
        }
        assert_eq!(to_text(&from_u128(123456789012345678901234567), 10), b"123456789012345678901234567");
    }

    #[test]
    fn primes() {
        assert!(probably_prime(&[1_000_000_007], 5));
        assert!(!probably_prime(&[561], 5));
        assert!(!probably_prime(&[3215031751], 0));
        // 2^127 - 1 is prime, 2^128 + 1 is not.
        assert!(probably_prime(&[u64::MAX, u64::MAX >> 1], 10));
        assert!(!probably_prime(&[1, 0, 1], 10));
    }
}
