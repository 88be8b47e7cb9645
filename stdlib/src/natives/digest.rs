//! Block functions of MD5 (RFC 1321), SHA-1 and SHA-2 (FIPS 180-4) for crypto/md5,
//! crypto/sha1, crypto/sha256 and crypto/sha512: each native runs the compression
//! function over every whole block of a byte slice, updating a Go array of state words.
//! Buffering, padding and output are Go code. The constants below were computed from
//! their definitions (fractional parts of square and cube roots of primes, |sin i|, the
//! SHA-512/t IV generation function) by `stdlib/tests/gen_digest_consts.py`.

use vm::native::{NativeCtx, NativeFn, NativeResult};

// Generated from the definitions (cube and square roots of primes, sines) with exact
// integer arithmetic; see the module comment.
const K256: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

const K512: [u64; 80] = [
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
];

const IV256: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

const IV224: [u32; 8] = [
    0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4,
];

const IV512: [u64; 8] = [
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
    0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
];

const IV384: [u64; 8] = [
    0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
    0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4,
];

const MD5_T: [u32; 64] = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];

const IV512_224: [u64; 8] = [
    0x8c3d37c819544da2, 0x73e1996689dcd4d6, 0x1dfab7ae32ff9c82, 0x679dd514582f9fcf,
    0x0f6d2b697bd44da8, 0x77e36f7304c48942, 0x3f9d85a86a1d36c8, 0x1112e6ad91d692a1,
];

const IV512_256: [u64; 8] = [
    0x22312194fc2bf72c, 0x9f555fa3c84c64c2, 0x2393b86b6f53b151, 0x963877195940eabd,
    0x96283ee2a88effe3, 0xbe5e1e2553863992, 0x2b0199fc2c85b8aa, 0x0eb72ddc81c52ca2,
];


/// The whole blocks of the `[]byte` at words 1..4 of the window.
fn blocks<'a>(w: &[u64], size: usize) -> std::slice::ChunksExact<'a, u8> {
    let n = w[2] as usize / size * size;
    // SAFETY: a live []byte of at least n bytes; no collection runs during a native.
    let data: &'a [u8] = if n == 0 { &[] } else { unsafe { std::slice::from_raw_parts(w[1] as *const u8, n) } };
    data.chunks_exact(size)
}

/// The state array behind the pointer in window word 0 (N words of type T).
fn state<'a, T, const N: usize>(w: &[u64]) -> Option<&'a mut [T; N]> {
    // SAFETY: the Go side passes a pointer to its [N]T state array (packed, aligned).
    (w[0] != 0).then(|| unsafe { &mut *(w[0] as *mut [T; N]) })
}

fn md5_block(h: &mut [u32; 4], b: &[u8]) {
    const SHIFT: [[u32; 4]; 4] = [[7, 12, 17, 22], [5, 9, 14, 20], [4, 11, 16, 23], [6, 10, 15, 21]];
    let x: [u32; 16] = std::array::from_fn(|i| u32::from_le_bytes(b[4 * i..4 * i + 4].try_into().unwrap()));
    let [mut a, mut bb, mut c, mut d] = *h;
    for i in 0..64 {
        let round = i / 16;
        let (f, k) = match round {
            0 => ((bb & c) | (!bb & d), i),
            1 => ((bb & d) | (c & !d), (5 * i + 1) % 16),
            2 => (bb ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (bb | !d), (7 * i) % 16),
        };
        let sum = a.wrapping_add(f).wrapping_add(MD5_T[i]).wrapping_add(x[k]);
        let next = bb.wrapping_add(sum.rotate_left(SHIFT[round][i % 4]));
        a = d;
        d = c;
        c = bb;
        bb = next;
    }
    for (s, v) in h.iter_mut().zip([a, bb, c, d]) {
        *s = s.wrapping_add(v);
    }
}

fn sha1_block(h: &mut [u32; 5], b: &[u8]) {
    let mut w = [0u32; 80];
    for t in 0..80 {
        w[t] = if t < 16 { u32::from_be_bytes(b[4 * t..4 * t + 4].try_into().unwrap()) } else { (w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]).rotate_left(1) };
    }
    let [mut a, mut bb, mut c, mut d, mut e] = *h;
    for (t, &wt) in w.iter().enumerate() {
        let (f, k) = match t / 20 {
            0 => ((bb & c) ^ (!bb & d), 0x5a827999),
            1 => (bb ^ c ^ d, 0x6ed9eba1),
            2 => ((bb & c) ^ (bb & d) ^ (c & d), 0x8f1bbcdc),
            _ => (bb ^ c ^ d, 0xca62c1d6u32),
        };
        let temp = a.rotate_left(5).wrapping_add(f).wrapping_add(e).wrapping_add(k).wrapping_add(wt);
        e = d;
        d = c;
        c = bb.rotate_left(30);
        bb = a;
        a = temp;
    }
    for (s, v) in h.iter_mut().zip([a, bb, c, d, e]) {
        *s = s.wrapping_add(v);
    }
}

fn sha256_block(h: &mut [u32; 8], b: &[u8]) {
    let mut w = [0u32; 64];
    for t in 0..64 {
        w[t] = if t < 16 {
            u32::from_be_bytes(b[4 * t..4 * t + 4].try_into().unwrap())
        } else {
            let s0 = w[t - 15].rotate_right(7) ^ w[t - 15].rotate_right(18) ^ (w[t - 15] >> 3);
            let s1 = w[t - 2].rotate_right(17) ^ w[t - 2].rotate_right(19) ^ (w[t - 2] >> 10);
            w[t - 16].wrapping_add(s0).wrapping_add(w[t - 7]).wrapping_add(s1)
        };
    }
    let mut v = *h;
    for t in 0..64 {
        let [a, bb, c, d, e, f, g, hh] = v;
        let big1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh.wrapping_add(big1).wrapping_add(ch).wrapping_add(K256[t]).wrapping_add(w[t]);
        let big0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
        let maj = (a & bb) ^ (a & c) ^ (bb & c);
        let t2 = big0.wrapping_add(maj);
        v = [t1.wrapping_add(t2), a, bb, c, d.wrapping_add(t1), e, f, g];
    }
    for (s, x) in h.iter_mut().zip(v) {
        *s = s.wrapping_add(x);
    }
}

fn sha512_block(h: &mut [u64; 8], b: &[u8]) {
    let mut w = [0u64; 80];
    for t in 0..80 {
        w[t] = if t < 16 {
            u64::from_be_bytes(b[8 * t..8 * t + 8].try_into().unwrap())
        } else {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t - 16].wrapping_add(s0).wrapping_add(w[t - 7]).wrapping_add(s1)
        };
    }
    let mut v = *h;
    for t in 0..80 {
        let [a, bb, c, d, e, f, g, hh] = v;
        let big1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh.wrapping_add(big1).wrapping_add(ch).wrapping_add(K512[t]).wrapping_add(w[t]);
        let big0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
        let maj = (a & bb) ^ (a & c) ^ (bb & c);
        let t2 = big0.wrapping_add(maj);
        v = [t1.wrapping_add(t2), a, bb, c, d.wrapping_add(t1), e, f, g];
    }
    for (s, x) in h.iter_mut().zip(v) {
        *s = s.wrapping_add(x);
    }
}

/// `block(h *[4]uint32, p []byte)` of crypto/md5.
fn md5_blocks(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some(h) = state::<u32, 4>(w) else { return super::nil_deref() };
    blocks(w, 64).for_each(|b| md5_block(h, b));
    NativeResult::Done
}

/// `block(h *[5]uint32, p []byte)` of crypto/sha1.
fn sha1_blocks(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some(h) = state::<u32, 5>(w) else { return super::nil_deref() };
    blocks(w, 64).for_each(|b| sha1_block(h, b));
    NativeResult::Done
}

/// `block(h *[8]uint32, p []byte)` of crypto/sha256.
fn sha256_blocks(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some(h) = state::<u32, 8>(w) else { return super::nil_deref() };
    blocks(w, 64).for_each(|b| sha256_block(h, b));
    NativeResult::Done
}

/// `initial(h *[8]uint32, is224 bool)` of crypto/sha256: the initial hash value.
fn sha256_initial(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some(h) = state::<u32, 8>(w) else { return super::nil_deref() };
    *h = if w[1] != 0 { IV224 } else { IV256 };
    NativeResult::Done
}

/// `block(h *[8]uint64, p []byte)` of crypto/sha512.
fn sha512_blocks(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some(h) = state::<u64, 8>(w) else { return super::nil_deref() };
    blocks(w, 128).for_each(|b| sha512_block(h, b));
    NativeResult::Done
}

/// `initial(h *[8]uint64, size int)` of crypto/sha512: the initial hash value of the
/// variant with that digest size (64, 48, 28 or 32 bytes).
fn sha512_initial(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some(h) = state::<u64, 8>(w) else { return super::nil_deref() };
    *h = match w[1] {
        48 => IV384,
        28 => IV512_224,
        32 => IV512_256,
        _ => IV512,
    };
    NativeResult::Done
}

pub(super) fn lookup(pkg: &str, name: &str) -> Option<NativeFn> {
    let f: NativeFn = match (pkg, name) {
        ("crypto/md5", "block") => md5_blocks,
        ("crypto/sha1", "block") => sha1_blocks,
        ("crypto/sha256", "block") => sha256_blocks,
        ("crypto/sha256", "initial") => sha256_initial,
        ("crypto/sha512", "block") => sha512_blocks,
        ("crypto/sha512", "initial") => sha512_initial,
        _ => return None,
    };
    Some(f)
}
