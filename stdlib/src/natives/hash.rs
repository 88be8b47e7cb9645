//! hash/crc32 and hash/crc64: the table-driven CRC update over a byte slice (a leaf: the
//! tables are built in Go and read here from the Go array the program passes).

use vm::native::{NativeCtx, NativeFn, NativeResult};

pub(crate) fn lookup_crc32(name: &str) -> Option<NativeFn> {
    match name {
        "tableUpdate" => Some(crc32_update),
        _ => None,
    }
}

pub(crate) fn lookup_crc64(name: &str) -> Option<NativeFn> {
    match name {
        "tableUpdate" => Some(crc64_update),
        _ => None,
    }
}

/// `func tableUpdate(crc uint32, tab *Table, p []byte) uint32`: `Update`'s result — the
/// register is complemented before and after running the bytes through the table of the
/// reflected polynomial. `tab` is a `*[256]uint32` (4-byte elements, little-endian).
fn crc32_update(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let raw = cx.str(w[1], 256 * 4);
    let mut tab = [0u32; 256];
    for (i, t) in tab.iter_mut().enumerate() {
        *t = u32::from_le_bytes(raw[4 * i..4 * i + 4].try_into().expect("4 bytes"));
    }
    let mut r = !(w[0] as u32);
    for &b in cx.str(w[2], w[3]) {
        r = tab[((r as u8) ^ b) as usize] ^ (r >> 8);
    }
    w[0] = (!r) as u64;
    NativeResult::Done
}

/// `func tableUpdate(crc uint64, tab *Table, p []byte) uint64`: the same with a
/// `*[256]uint64` table.
fn crc64_update(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let raw = cx.str(w[1], 256 * 8);
    let mut tab = [0u64; 256];
    for (i, t) in tab.iter_mut().enumerate() {
        *t = u64::from_le_bytes(raw[8 * i..8 * i + 8].try_into().expect("8 bytes"));
    }
    let mut r = !w[0];
    for &b in cx.str(w[2], w[3]) {
        r = tab[((r as u8) ^ b) as usize] ^ (r >> 8);
    }
    w[0] = !r;
    NativeResult::Done
}
