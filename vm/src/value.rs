//! Type-directed operations on values held as words: equality, hashing, string and slice
//! views, interface inspection.
//!
//! A value of type `T` is `T.words` words in Go's layout (see `compile::layout`). Heap
//! memory is read through `runtime::heap::load` (relaxed atomics) where it may be shared.

use crate::program::Program;
use crate::types::{Kind, TypeDesc};
use runtime::heap;
use std::hash::Hasher;

/// The bytes of a string or byte slice `(ptr, len)`.
///
/// # Safety
/// `ptr` must point to at least `len` readable bytes that stay alive while the slice is used
/// (a heap object reachable from a GC root, or static memory), or `len` must be 0.
#[inline]
pub unsafe fn bytes<'a>(ptr: u64, len: u64) -> &'a [u8] {
    if len == 0 {
        return &[];
    }
    // SAFETY: guaranteed by the caller.
    unsafe { std::slice::from_raw_parts(ptr as *const u8, len as usize) }
}

/// Reads `n` words from memory at `ptr`.
///
/// # Safety
/// `ptr` must point to `n` readable, aligned words.
pub unsafe fn read_words(ptr: u64, out: &mut [u64]) {
    for (i, w) in out.iter_mut().enumerate() {
        // SAFETY: per the caller's guarantee.
        *w = unsafe { heap::load((ptr as *const u64).add(i)) };
    }
}

/// Writes words to memory at `ptr`.
///
/// # Safety
/// `ptr` must point to `src.len()` writable, aligned words.
pub unsafe fn write_words(ptr: u64, src: &[u64]) {
    for (i, w) in src.iter().enumerate() {
        // SAFETY: per the caller's guarantee.
        unsafe { heap::store((ptr as *mut u64).add(i), *w) };
    }
}

/// The dynamic type of an interface value, `None` for nil. `empty`: the interface is `any`
/// (word 0 is a type descriptor) rather than an itab.
pub fn dyn_type(w0: u64, empty: bool) -> Option<&'static TypeDesc> {
    if w0 == 0 {
        return None;
    }
    // SAFETY: a non-zero word 0 of an interface is the address of a leaked TypeDesc (any)
    // or of a leaked Itab whose first field is one (compile::types and Program::itab).
    unsafe {
        if empty {
            Some(&*(w0 as *const TypeDesc))
        } else {
            Some((*(w0 as *const crate::types::Itab)).typ)
        }
    }
}

/// Loads the value an interface holds into words (unboxing).
pub fn unbox(t: &TypeDesc, data: u64, out: &mut [u64]) {
    if t.ptr_shaped {
        out[0] = data;
    } else if t.words > 0 {
        // SAFETY: a boxed interface value points to a heap object of t.words words.
        unsafe { read_words(data, &mut out[..t.words as usize]) };
    }
}

/// Error of comparing or hashing a value whose dynamic type is not comparable.
pub struct Uncomparable(pub String);

/// A boxed value an interface holds, compared or hashed after the enclosing value: values
/// nest through interfaces without bound (`a = N{a}` ten thousand times), so that nesting
/// is walked with this explicit list instead of the Rust stack.
type Deferred = Vec<(&'static TypeDesc, u64, u64)>;

/// `a == b` for two values of type `t`.
pub fn equal(p: &Program, t: &TypeDesc, a: &[u64], b: &[u64]) -> Result<bool, Uncomparable> {
    let mut later = Deferred::new();
    if !equal_shallow(p, t, a, b, &mut later)? {
        return Ok(false);
    }
    while let Some((x, da, db)) = later.pop() {
        let n = x.words as usize;
        let (mut va, mut vb) = (vec![0u64; n], vec![0u64; n]);
        unbox(x, da, &mut va);
        unbox(x, db, &mut vb);
        if !equal_shallow(p, x, &va, &vb, &mut later)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// [`equal`] except for boxed values inside interfaces, which go to `later`.
fn equal_shallow(p: &Program, t: &TypeDesc, a: &[u64], b: &[u64], later: &mut Deferred) -> Result<bool, Uncomparable> {
    match t.kind {
        Kind::String => {
            if a[1] != b[1] {
                return Ok(false);
            }
            // SAFETY: string words are a live (ptr, len) pair.
            Ok(a[0] == b[0] || unsafe { bytes(a[0], a[1]) == bytes(b[0], b[1]) })
        }
        Kind::Float64 => Ok(f64::from_bits(a[0]) == f64::from_bits(b[0])),
        Kind::Float32 => Ok(f32::from_bits(a[0] as u32) == f32::from_bits(b[0] as u32)),
        Kind::Complex128 => Ok(f64::from_bits(a[0]) == f64::from_bits(b[0]) && f64::from_bits(a[1]) == f64::from_bits(b[1])),
        Kind::Complex64 => {
            let (ar, ai) = (f32::from_bits(a[0] as u32), f32::from_bits((a[0] >> 32) as u32));
            let (br, bi) = (f32::from_bits(b[0] as u32), f32::from_bits((b[0] >> 32) as u32));
            Ok(ar == br && ai == bi)
        }
        Kind::Interface => {
            let empty = t.iface_methods.is_empty();
            let (ta, tb) = (dyn_type(a[0], empty), dyn_type(b[0], empty));
            match (ta, tb) {
                (None, None) => Ok(true),
                (Some(x), Some(y)) if x.id == y.id => {
                    if !x.comparable {
                        return Err(Uncomparable(x.name.clone()));
                    }
                    if x.ptr_shaped {
                        return Ok(a[1] == b[1]);
                    }
                    if x.words > 0 {
                        later.push((x, a[1], b[1]));
                    }
                    Ok(true)
                }
                _ => Ok(false),
            }
        }
        Kind::Struct => {
            for f in &t.fields {
                let ft = p.ty(f.typ);
                let off = (f.offset / 8) as usize;
                let n = ft.words as usize;
                if !equal_shallow(p, ft, &a[off..off + n], &b[off..off + n], later)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        Kind::Array => {
            let et = p.ty(t.elem);
            if et.stride < 8 || matches!(et.kind, Kind::Int | Kind::Int64 | Kind::Uint | Kind::Uint64 | Kind::Pointer | Kind::Bool | Kind::Uintptr) {
                // Packed or word-comparable elements: compare words.
                return Ok(a[..t.words as usize] == b[..t.words as usize]);
            }
            let n = et.words as usize;
            for i in 0..t.len as usize {
                if !equal_shallow(p, et, &a[i * n..(i + 1) * n], &b[i * n..(i + 1) * n], later)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        Kind::Slice | Kind::Map | Kind::Func => Err(Uncomparable(t.name.clone())),
        _ => Ok(a[..t.words.max(1) as usize] == b[..t.words.max(1) as usize]),
    }
}

/// Hashes a value of type `t` consistently with [`equal`].
pub fn hash(p: &Program, t: &TypeDesc, v: &[u64], h: &mut impl Hasher) -> Result<(), Uncomparable> {
    let mut later = Deferred::new();
    hash_shallow(p, t, v, h, &mut later)?;
    while let Some((x, data, _)) = later.pop() {
        let mut inner = vec![0u64; x.words as usize];
        unbox(x, data, &mut inner);
        hash_shallow(p, x, &inner, h, &mut later)?;
    }
    Ok(())
}

/// [`hash`] except for boxed values inside interfaces, which go to `later`.
fn hash_shallow(p: &Program, t: &TypeDesc, v: &[u64], h: &mut impl Hasher, later: &mut Deferred) -> Result<(), Uncomparable> {
    match t.kind {
        Kind::String => {
            // SAFETY: string words are a live (ptr, len) pair.
            h.write(unsafe { bytes(v[0], v[1]) });
            h.write_u8(0xff);
        }
        Kind::Float64 => {
            let f = f64::from_bits(v[0]);
            if f.is_nan() {
                h.write_u64(nan_salt());
            } else {
                h.write_u64(if f == 0.0 { 0 } else { f.to_bits() });
            }
        }
        Kind::Float32 => {
            let f = f32::from_bits(v[0] as u32);
            if f.is_nan() {
                h.write_u64(nan_salt());
            } else {
                h.write_u32(if f == 0.0 { 0 } else { f.to_bits() });
            }
        }
        Kind::Complex128 => {
            for w in &v[..2] {
                let f = f64::from_bits(*w);
                h.write_u64(if f.is_nan() { nan_salt() } else if f == 0.0 { 0 } else { f.to_bits() });
            }
        }
        Kind::Complex64 => {
            for half in [v[0] as u32, (v[0] >> 32) as u32] {
                let f = f32::from_bits(half);
                h.write_u64(if f.is_nan() { nan_salt() } else if f == 0.0 { 0 } else { f.to_bits() as u64 });
            }
        }
        Kind::Interface => {
            let empty = t.iface_methods.is_empty();
            match dyn_type(v[0], empty) {
                None => h.write_u64(0),
                Some(x) => {
                    if !x.comparable {
                        return Err(Uncomparable(x.name.clone()));
                    }
                    h.write_u32(x.id);
                    if x.ptr_shaped {
                        h.write_u64(v[1]);
                    } else if x.words > 0 {
                        later.push((x, v[1], 0));
                    }
                }
            }
        }
        Kind::Struct => {
            for f in &t.fields {
                let ft = p.ty(f.typ);
                let off = (f.offset / 8) as usize;
                hash_shallow(p, ft, &v[off..off + ft.words as usize], h, later)?;
            }
        }
        Kind::Array => {
            let et = p.ty(t.elem);
            if et.stride < 8 || matches!(et.kind, Kind::Int | Kind::Int64 | Kind::Uint | Kind::Uint64 | Kind::Pointer | Kind::Bool | Kind::Uintptr) {
                for w in &v[..t.words as usize] {
                    h.write_u64(*w);
                }
            } else {
                let n = et.words as usize;
                for i in 0..t.len as usize {
                    hash_shallow(p, et, &v[i * n..(i + 1) * n], h, later)?;
                }
            }
        }
        Kind::Slice | Kind::Map | Kind::Func => return Err(Uncomparable(t.name.clone())),
        _ => {
            for w in &v[..t.words.max(1) as usize] {
                h.write_u64(*w);
            }
        }
    }
    Ok(())
}

/// NaN keys never match: each NaN hashes differently.
fn nan_salt() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0x9e37_79b9_7f4a_7c15);
    N.fetch_add(0x9e37_79b9_7f4a_7c15, Ordering::Relaxed)
}
