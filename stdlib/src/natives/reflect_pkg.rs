//! Package `reflect`: the leaf operations under `reflect.Type` and `reflect.Value`.
//!
//! A `*rtype` in Go is the address of a leaked [`TypeDesc`] (never dereferenced by Go
//! code); a value is addressed by a pointer to memory holding it in Go's layout (narrow
//! scalars read and written with their own width). Everything else (method sets,
//! conversions, DeepEqual, panics with Go's texts) is Go code in `stdlib/go/reflect`.
//! `Value.Call` is a native returning [`NativeResult::Call`]: the VM makes the call.

use super::reflect::{load, map_ref, store, unboxed};
use super::{bool_word, put_string};
use vm::native::{NativeCtx, NativeFn, NativeResult};
use vm::types::{Kind, TypeDesc};
use vm::value;

/// The descriptor a `*rtype` word points to (`None` for nil).
fn desc(w: u64) -> Option<&'static TypeDesc> {
    // SAFETY: reflect only makes `*rtype` words from descriptor addresses (typeOf, the
    // other natives here); descriptors are leaked, so they live for the whole run.
    (w != 0).then(|| unsafe { &*(w as *const TypeDesc) })
}

fn addr(t: &TypeDesc) -> u64 {
    t as *const TypeDesc as u64
}

/// The descriptor argument at word `i`; reflect's Go code never passes nil ones.
macro_rules! ty {
    ($w:expr, $i:expr, $what:expr) => {
        match desc($w[$i]) {
            Some(t) => t,
            None => return NativeResult::Fatal(format!("minigo bug: reflect.{} on a nil type", $what)),
        }
    };
}

/// Reads the value of type `t` at `addr` as register words (narrow struct fields and
/// array elements normalized).
pub(super) fn load_value(cx: &NativeCtx<'_, '_>, addr: u64, t: &TypeDesc) -> Vec<u64> {
    match t.kind {
        Kind::Struct => {
            let mut v = vec![0u64; t.words as usize];
            for f in &t.fields {
                let ft = cx.prog.ty(f.typ);
                let o = (f.offset / 8) as usize;
                let fv = load_value(cx, addr + f.offset as u64, ft);
                v[o..o + ft.words as usize].copy_from_slice(&fv[..ft.words as usize]);
            }
            v
        }
        Kind::Array if cx.prog.ty(t.elem).stride >= 8 => {
            let et = cx.prog.ty(t.elem);
            let mut v = vec![0u64; t.words as usize];
            let n = et.words as usize;
            for i in 0..t.len as usize {
                let ev = load_value(cx, addr + (i as u64) * et.stride as u64, et);
                v[i * n..(i + 1) * n].copy_from_slice(&ev[..n]);
            }
            v
        }
        _ if t.words == 0 => vec![0],
        _ => load(addr, t),
    }
}

/// Stores register words of a value of type `t` at `addr`.
pub(super) fn store_value(cx: &NativeCtx<'_, '_>, addr: u64, t: &TypeDesc, v: &[u64]) {
    match t.kind {
        Kind::Struct => {
            for f in &t.fields {
                let ft = cx.prog.ty(f.typ);
                let o = (f.offset / 8) as usize;
                store_value(cx, addr + f.offset as u64, ft, &v[o..o + ft.words as usize]);
            }
        }
        Kind::Array if cx.prog.ty(t.elem).stride >= 8 => {
            let et = cx.prog.ty(t.elem);
            let n = et.words as usize;
            for i in 0..t.len as usize {
                store_value(cx, addr + (i as u64) * et.stride as u64, et, &v[i * n..(i + 1) * n]);
            }
        }
        _ if t.words == 0 => {}
        _ => store(addr, t, v),
    }
}

/// A new heap object holding a copy of `v` (a value of type `t`).
fn new_copy(cx: &mut NativeCtx<'_, '_>, t: &TypeDesc, v: &[u64]) -> u64 {
    let p = cx.new_object(t);
    store_value(cx, p, t, v);
    p
}

/// The words of an interface value holding a value of type `src` (at `p`) converted to
/// interface type `it`; `None` if `src` does not implement it.
fn to_iface(cx: &mut NativeCtx<'_, '_>, it: &'static TypeDesc, src: &'static TypeDesc, p: u64) -> Option<[u64; 2]> {
    let (dt, data) = if src.kind == Kind::Interface {
        let w = load_value(cx, p, src);
        match value::dyn_type(w[0], src.iface_methods.is_empty()) {
            None => return Some([0, 0]),
            Some(dt) => (dt, w[1]),
        }
    } else {
        let v = load_value(cx, p, src);
        (src, cx.box_value(src, &v))
    };
    if it.iface_methods.is_empty() {
        return Some([addr(dt), data]);
    }
    let tab = cx.prog.itab(dt, it.id)?;
    Some([tab as *const _ as u64, data])
}

// ---------------------------------------------------------------- types

fn type_of(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] = value::dyn_type(w[0], true).map_or(0, addr);
    NativeResult::Done
}

fn rt_kind(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] = ty!(w, 0, "Kind").kind as u64;
    NativeResult::Done
}

fn rt_string(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "String");
    put_string(cx, w, 0, t.name.as_bytes());
    NativeResult::Done
}

fn rt_named(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Name");
    w[0] = bool_word(t.named || (t.kind as u8 >= 1 && t.kind as u8 <= 16) || t.kind == Kind::String || t.kind == Kind::UnsafePointer);
    NativeResult::Done
}

fn rt_pkg_path(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "PkgPath");
    put_string(cx, w, 0, t.pkg_path.as_bytes());
    NativeResult::Done
}

fn rt_size(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Size");
    w[0] = t.size as u64;
    NativeResult::Done
}

fn rt_stride(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "stride");
    w[0] = t.stride as u64;
    NativeResult::Done
}

fn rt_words(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "words");
    w[0] = t.words as u64;
    NativeResult::Done
}

fn rt_elem(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Elem");
    w[0] = addr(cx.prog.ty(t.elem));
    NativeResult::Done
}

fn rt_key(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Key");
    w[0] = addr(cx.prog.ty(t.key));
    NativeResult::Done
}

fn rt_len(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Len");
    w[0] = t.len;
    NativeResult::Done
}

fn rt_chan_dir(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "ChanDir");
    w[0] = t.chan_dir as u64;
    NativeResult::Done
}

fn rt_num_field(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "NumField");
    w[0] = t.fields.len() as u64;
    NativeResult::Done
}

/// `rtField(t, i) (name, pkgPath string, typ *rtype, tag string, offset uintptr, embedded bool)`
fn rt_field(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Field");
    let Some(f) = t.fields.get(w[1] as usize) else { return NativeResult::PlainPanic("reflect: Field index out of bounds".into()) };
    put_string(cx, w, 0, f.name.as_bytes());
    put_string(cx, w, 2, f.pkg_path.as_bytes());
    w[4] = addr(cx.prog.ty(f.typ));
    put_string(cx, w, 5, f.tag.as_bytes());
    w[7] = f.offset as u64;
    w[8] = bool_word(f.embedded);
    NativeResult::Done
}

fn exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

/// The methods reflect lists for `t`: an interface's methods, or the exported methods of
/// a concrete type, sorted by name: (name, signature, function index or u32::MAX).
fn methods(t: &TypeDesc) -> Vec<(String, u32, u32)> {
    if t.kind == Kind::Interface {
        return t.iface_methods.iter().zip(&t.iface_method_sigs).map(|(n, &s)| (n.clone(), s, u32::MAX)).collect();
    }
    t.methods.read().iter().filter(|m| exported(&m.name)).map(|m| (m.name.clone(), m.sig, m.func)).collect()
}

fn rt_num_method(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "NumMethod");
    w[0] = methods(t).len() as u64;
    NativeResult::Done
}

/// `rtMethod(t, i) (name string, sig *rtype, fn int)` (fn -1 for interface methods).
fn rt_method(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Method");
    let ms = methods(t);
    let Some((name, sig, f)) = ms.get(w[1] as usize) else { return NativeResult::PlainPanic("reflect: Method index out of range".into()) };
    put_string(cx, w, 0, name.as_bytes());
    w[2] = addr(cx.prog.ty(*sig));
    w[3] = if *f == u32::MAX { u64::MAX } else { *f as u64 };
    NativeResult::Done
}

fn rt_num_in(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "NumIn");
    w[0] = t.func_params.len() as u64;
    NativeResult::Done
}

fn rt_in(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "In");
    let Some(&p) = t.func_params.get(w[1] as usize) else { return NativeResult::PlainPanic("reflect: Function index out of range".into()) };
    w[0] = addr(cx.prog.ty(p));
    NativeResult::Done
}

fn rt_num_out(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "NumOut");
    w[0] = t.func_results.len() as u64;
    NativeResult::Done
}

fn rt_out(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Out");
    let Some(&p) = t.func_results.get(w[1] as usize) else { return NativeResult::PlainPanic("reflect: Function index out of range".into()) };
    w[0] = addr(cx.prog.ty(p));
    NativeResult::Done
}

fn rt_variadic(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "IsVariadic");
    w[0] = bool_word(t.variadic);
    NativeResult::Done
}

fn rt_comparable(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Comparable");
    w[0] = bool_word(t.comparable);
    NativeResult::Done
}

/// `rtImplements(t, u *rtype) bool`: t's method set includes interface u's methods.
fn rt_implements(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (t, u) = (ty!(w, 0, "Implements"), ty!(w, 1, "Implements"));
    let ok = if t.kind == Kind::Interface {
        u.iface_methods.iter().zip(&u.iface_method_sigs).all(|(n, s)| t.iface_methods.iter().zip(&t.iface_method_sigs).any(|(m, r)| m == n && r == s))
    } else {
        cx.prog.itab(t, u.id).is_some()
    };
    w[0] = bool_word(ok);
    NativeResult::Done
}

/// Identical types, ignoring the names of `a` and `b` themselves (their underlying
/// types are identical).
fn identical_under(cx: &NativeCtx<'_, '_>, a: &TypeDesc, b: &TypeDesc) -> bool {
    if a.id == b.id {
        return true;
    }
    if a.kind != b.kind {
        return false;
    }
    match a.kind {
        Kind::Pointer | Kind::Slice => a.elem == b.elem,
        Kind::Array => a.elem == b.elem && a.len == b.len,
        Kind::Map => a.key == b.key && a.elem == b.elem,
        Kind::Chan => a.elem == b.elem && a.chan_dir == b.chan_dir,
        Kind::Func => a.func_params == b.func_params && a.func_results == b.func_results && a.variadic == b.variadic,
        Kind::Struct => {
            a.fields.len() == b.fields.len()
                && a.fields.iter().zip(&b.fields).all(|(x, y)| x.name == y.name && x.typ == y.typ && x.tag == y.tag && x.embedded == y.embedded && x.pkg_path == y.pkg_path)
        }
        Kind::Interface => a.iface_methods == b.iface_methods && a.iface_method_sigs == b.iface_method_sigs,
        _ => {
            let _ = cx;
            true
        }
    }
}

fn rt_identical_under(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (a, b) = (ty!(w, 0, "ConvertibleTo"), ty!(w, 1, "ConvertibleTo"));
    w[0] = bool_word(identical_under(cx, a, b));
    NativeResult::Done
}

/// `rtDerived(kind Kind, elem, key *rtype, n int, dir int) *rtype`
fn rt_derived(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let kind = match w[0] {
        17 => Kind::Array,
        18 => Kind::Chan,
        21 => Kind::Map,
        22 => Kind::Pointer,
        23 => Kind::Slice,
        k => return NativeResult::Fatal(format!("minigo bug: reflect derived type of kind {}", k)),
    };
    let elem = ty!(w, 1, "derived");
    let key = desc(w[2]).map_or(0, |k| k.id);
    let t = vm::types::derived(cx.prog, kind, elem.id, key, w[3], w[4] as u8);
    w[0] = addr(t);
    NativeResult::Done
}

// ---------------------------------------------------------------- values in memory

/// `unpackEface(i any) (*rtype, ptr)`: the dynamic type and the address of a copy of the
/// value (the interface's own immutable box, or a new cell for pointer-shaped values).
fn unpack_eface(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some(t) = value::dyn_type(w[0], true) else {
        w[0] = 0;
        w[1] = 0;
        return NativeResult::Done;
    };
    let data = w[1];
    let p = if t.ptr_shaped {
        let c = cx.new_object(t);
        store(c, t, &[data]);
        c
    } else if t.size == 0 {
        runtime::heap::zero_base() as u64
    } else {
        data
    };
    w[0] = addr(t);
    w[1] = p;
    NativeResult::Done
}

/// `packEface(t *rtype, p ptr) any`: the value at p as an `any` (an interface type's
/// dynamic value).
fn pack_eface(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Interface");
    let v = load_value(cx, w[1], t);
    let r = cx.to_any(t, &v);
    w[0] = r[0];
    w[1] = r[1];
    NativeResult::Done
}

fn unsafe_new(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "New");
    w[0] = cx.new_object(t);
    NativeResult::Done
}

fn unsafe_new_array(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "MakeSlice");
    let n = w[1];
    if (n as u128) * (t.stride as u128) > (1u128 << 40) {
        return NativeResult::PlainPanic("reflect.MakeSlice: len out of range".into());
    }
    w[0] = cx.alloc_array(t, n);
    NativeResult::Done
}

fn addp(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] = w[0].wrapping_add(w[1]);
    NativeResult::Done
}

fn ld_int(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Int");
    let v = load(w[1], t)[0];
    w[0] = match t.kind {
        Kind::Int8 => v as i8 as i64 as u64,
        Kind::Int16 => v as i16 as i64 as u64,
        Kind::Int32 => v as i32 as i64 as u64,
        _ => v,
    };
    NativeResult::Done
}

fn ld_uint(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Uint");
    let v = load(w[1], t)[0];
    w[0] = match t.kind {
        Kind::Uint8 | Kind::Bool => v as u8 as u64,
        Kind::Uint16 => v as u16 as u64,
        Kind::Uint32 => v as u32 as u64,
        _ => v,
    };
    NativeResult::Done
}

fn ld_float(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Float");
    let v = load(w[1], t)[0];
    w[0] = if t.kind == Kind::Float32 { (f32::from_bits(v as u32) as f64).to_bits() } else { v };
    NativeResult::Done
}

fn ld_complex(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Complex");
    let v = load(w[1], t);
    if t.kind == Kind::Complex64 {
        w[0] = (f32::from_bits(v[0] as u32) as f64).to_bits();
        w[1] = (f32::from_bits((v[0] >> 32) as u32) as f64).to_bits();
    } else {
        w[0] = v[0];
        w[1] = v[1];
    }
    NativeResult::Done
}

/// `ldWords(p ptr, n int)`: the first one, two or three words at p (strings, slices,
/// interfaces, pointer words).
fn ld_w1(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    // SAFETY: reflect passes the address of a live word-aligned value of at least one word.
    unsafe { value::read_words(w[0], &mut w[..1]) };
    NativeResult::Done
}

fn ld_w2(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let p = w[0];
    // SAFETY: as for ld_w1, a value of two words.
    unsafe { value::read_words(p, &mut w[..2]) };
    NativeResult::Done
}

fn ld_w3(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let p = w[0];
    // SAFETY: as for ld_w1, a value of three words.
    unsafe { value::read_words(p, &mut w[..3]) };
    NativeResult::Done
}

/// `stScalar(t *rtype, p ptr, bits uint64)`: stores a bool, integer, float (bits of a
/// float64, converted for float32) or pointer word with t's width.
fn st_scalar(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Set");
    let v = if t.kind == Kind::Float32 { (f64::from_bits(w[2]) as f32).to_bits() as u64 } else { w[2] };
    store(w[1], t, &[v]);
    NativeResult::Done
}

fn st_complex(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "SetComplex");
    let (re, im) = (f64::from_bits(w[2]), f64::from_bits(w[3]));
    if t.kind == Kind::Complex64 {
        let v = (re as f32).to_bits() as u64 | ((im as f32).to_bits() as u64) << 32;
        store(w[1], t, &[v]);
    } else {
        store(w[1], t, &[w[2], w[3]]);
    }
    NativeResult::Done
}

/// `stWords(p ptr, a, b, c uintptr, n int)`: stores n (1..3) words.
fn st_words(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let n = (w[4] as usize).min(3);
    let src = [w[1], w[2], w[3]];
    // SAFETY: reflect passes the address of a live, writable value of n words.
    unsafe { value::write_words(w[0], &src[..n]) };
    NativeResult::Done
}

fn st_string(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let src = [w[1], w[2]];
    // SAFETY: reflect passes the address of a live, writable string.
    unsafe { value::write_words(w[0], &src) };
    NativeResult::Done
}

/// `stPtr(p, q ptr)`: stores the word q at p.
fn st_ptr(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let src = [w[1]];
    // SAFETY: reflect passes the address of a live, writable pointer-sized value.
    unsafe { value::write_words(w[0], &src) };
    NativeResult::Done
}

/// `stSlice(p, data ptr, n, c int)` / `stBytes(p ptr, b []byte)`: stores a slice header.
fn st_slice(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let src = [w[1], w[2], w[3]];
    // SAFETY: reflect passes the address of a live, writable slice.
    unsafe { value::write_words(w[0], &src) };
    NativeResult::Done
}

/// `mkBytes(data ptr, n int) []byte`: a slice over n bytes at data (an array's memory).
fn mk_bytes(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[2] = w[1];
    NativeResult::Done
}

/// `typedmemmove(t *rtype, dst, src ptr)`
fn typedmemmove(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Set");
    let v = load_value(cx, w[2], t);
    store_value(cx, w[1], t, &v);
    NativeResult::Done
}

/// `typedmemclr(t *rtype, p ptr)`
fn typedmemclr(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "SetZero");
    let z = vec![0u64; t.words.max(1) as usize];
    store_value(cx, w[1], t, &z);
    NativeResult::Done
}

/// `typedslicecopy(et *rtype, dst, src ptr, n int)`: copies n elements (memmove).
fn typedslicecopy(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let et = ty!(w, 0, "Copy");
    let (dst, src, n) = (w[1], w[2], w[3]);
    let stride = et.stride as u64;
    let vals: Vec<Vec<u64>> = (0..n).map(|i| load_value(cx, src + i * stride, et)).collect();
    for (i, v) in vals.iter().enumerate() {
        store_value(cx, dst + i as u64 * stride, et, v);
    }
    NativeResult::Done
}

/// `valueEqual(t *rtype, a, b ptr) (eq, ok bool)`: `==` (ok false: not comparable).
fn value_equal(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Equal");
    let (a, b) = (load_value(cx, w[1], t), load_value(cx, w[2], t));
    match value::equal(cx.prog, t, &a, &b) {
        Ok(eq) => {
            w[0] = bool_word(eq);
            w[1] = 1;
        }
        Err(_) => {
            w[0] = 0;
            w[1] = 0;
        }
    }
    NativeResult::Done
}

/// `setIface(it *rtype, dst ptr, src *rtype, p ptr) bool`: stores the value of type src
/// at p, converted to interface type it, at dst.
fn set_iface(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (it, dst, src, p) = (ty!(w, 0, "Set"), w[1], ty!(w, 2, "Set"), w[3]);
    match to_iface(cx, it, src, p) {
        Some(v) => {
            // SAFETY: dst is the address of a live, writable interface value.
            unsafe { value::write_words(dst, &v) };
            w[0] = 1;
        }
        None => w[0] = 0,
    }
    NativeResult::Done
}

/// `ifaceElem(t *rtype, p ptr) (*rtype, ptr)`: the dynamic type and value of the
/// interface at p (nil, nil for a nil interface).
fn iface_elem(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Elem");
    let mut v = [0u64; 2];
    // SAFETY: p is the address of a live interface value.
    unsafe { value::read_words(w[1], &mut v) };
    match value::dyn_type(v[0], t.iface_methods.is_empty()) {
        None => {
            w[0] = 0;
            w[1] = 0;
        }
        Some(dt) => {
            let p = if dt.ptr_shaped { new_copy(cx, dt, &[v[1]]) } else if dt.size == 0 { runtime::heap::zero_base() as u64 } else { v[1] };
            w[0] = addr(dt);
            w[1] = p;
        }
    }
    NativeResult::Done
}

// ---------------------------------------------------------------- maps

fn map_key_words(cx: &NativeCtx<'_, '_>, mt: &TypeDesc, p: u64) -> Vec<u64> {
    load_value(cx, p, cx.prog.ty(mt.key))
}

fn unhashable(e: vm::map::MapError) -> NativeResult {
    match e {
        vm::map::MapError::Unhashable(t) => NativeResult::RuntimeError(format!("hash of unhashable type {}", t)),
        vm::map::MapError::Concurrent(what) => NativeResult::Fatal(what.to_string()),
    }
}

fn makemap(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "MakeMap");
    w[0] = cx.make_map(t, (w[1] as i64).max(0) as usize);
    NativeResult::Done
}

fn map_len(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] = map_ref(w[0]).map_or(0, |m| m.len() as u64);
    NativeResult::Done
}

/// `mapaccess(t *rtype, m, key ptr) ptr`: a copy of the value under key, nil if absent.
fn mapaccess(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "MapIndex");
    let key = map_key_words(cx, t, w[2]);
    let vt = cx.prog.ty(t.elem);
    let Some(m) = map_ref(w[1]) else {
        w[0] = 0;
        return NativeResult::Done;
    };
    let mut out = vec![0u64; vt.words.max(1) as usize];
    match m.get(&key, &mut out) {
        Ok(true) => w[0] = new_copy(cx, vt, &out),
        Ok(false) => w[0] = 0,
        Err(e) => return unhashable(e),
    }
    NativeResult::Done
}

/// `mapassign(t *rtype, m, key, val ptr)`
fn mapassign(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "SetMapIndex");
    let key = map_key_words(cx, t, w[2]);
    let val = load_value(cx, w[3], cx.prog.ty(t.elem));
    let Some(m) = map_ref(w[1]) else { return NativeResult::PlainPanic("assignment to entry in nil map".into()) };
    match m.set(&key, &val) {
        Ok(()) => NativeResult::Done,
        Err(e) => unhashable(e),
    }
}

fn mapdelete(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "SetMapIndex");
    let key = map_key_words(cx, t, w[2]);
    let Some(m) = map_ref(w[1]) else { return NativeResult::Done };
    match m.delete(&key) {
        Ok(()) => NativeResult::Done,
        Err(e) => unhashable(e),
    }
}

/// `mapEntries(t *rtype, m ptr) (keys, vals ptr, n int)`: arrays of the keys and values.
fn map_entries(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "MapKeys");
    let (kt, vt) = (cx.prog.ty(t.key), cx.prog.ty(t.elem));
    let entries = map_ref(w[1]).map_or_else(Vec::new, |m| m.entries());
    let n = entries.len() as u64;
    let (ka, va) = (cx.alloc_array(kt, n), cx.alloc_array(vt, n));
    let kw = kt.words as usize;
    for (i, e) in entries.iter().enumerate() {
        store_value(cx, ka + i as u64 * kt.stride as u64, kt, &e[..kw]);
        store_value(cx, va + i as u64 * vt.stride as u64, vt, &e[kw..]);
    }
    w[0] = ka;
    w[1] = va;
    w[2] = n;
    NativeResult::Done
}

// ---------------------------------------------------------------- channels

fn chan(w: u64) -> runtime::ChanRef {
    // SAFETY: a channel word is 0 or a word made by ChanRef::to_word.
    unsafe { runtime::ChanRef::from_word(w) }
}

fn go_error(e: runtime::GoError) -> NativeResult {
    match e {
        runtime::GoError::Panic(m) => NativeResult::PlainPanic(m.to_string()),
        runtime::GoError::Fatal(m) => NativeResult::Fatal(m.to_string()),
    }
}

fn makechan(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "MakeChan");
    let et = cx.prog.ty(t.elem);
    match runtime::chan::make_chan(cx.cx, et.words as usize, w[1] as i64, et.shape) {
        Ok(c) => {
            w[0] = c.to_word();
            NativeResult::Done
        }
        Err(e) => go_error(e),
    }
}

fn chan_len(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] = runtime::chan::len(chan(w[0])) as u64;
    NativeResult::Done
}

fn chan_cap(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] = runtime::chan::cap(chan(w[0])) as u64;
    NativeResult::Done
}

fn chan_close(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    match runtime::chan::close(cx.cx, chan(w[0])) {
        Ok(()) => NativeResult::Done,
        Err(e) => go_error(e),
    }
}

/// `chanSend(t *rtype, c, p ptr, nb bool) bool` (t: the channel type).
fn chan_send(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Send");
    let v = load_value(cx, w[2], cx.prog.ty(t.elem));
    let c = chan(w[1]);
    if w[3] != 0 {
        return match runtime::chan::try_send(cx.cx, c, &v) {
            Ok(sent) => {
                w[0] = bool_word(sent);
                NativeResult::Done
            }
            Err(e) => go_error(e),
        };
    }
    match runtime::chan::send(cx.cx, c, &v) {
        Ok(runtime::Blocking::Ready(())) => {
            w[0] = 1;
            NativeResult::Done
        }
        Ok(runtime::Blocking::Park(p)) => NativeResult::Block(p),
        Err(e) => go_error(e),
    }
}

/// `chanRecv(t *rtype, c ptr, nb bool) (p ptr, selected, ok bool)`
fn chan_recv(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Recv");
    let et = cx.prog.ty(t.elem);
    let c = chan(w[1]);
    let mut out = vec![0u64; et.words.max(1) as usize];
    let n = et.words as usize;
    let (selected, ok) = if w[2] != 0 {
        match runtime::chan::try_recv(cx.cx, c, &mut out[..n]) {
            Some(ok) => (true, ok),
            None => (false, false),
        }
    } else {
        match runtime::chan::recv(cx.cx, c, &mut out[..n]) {
            runtime::Blocking::Ready(ok) => (true, ok),
            runtime::Blocking::Park(p) => return NativeResult::Block(p),
        }
    };
    w[0] = new_copy(cx, et, &out);
    w[1] = bool_word(selected);
    w[2] = bool_word(ok);
    NativeResult::Done
}

// ---------------------------------------------------------------- calls

/// `newWords(n int) []uintptr`: a zeroed word buffer the collector scans (it holds
/// argument and result words, some of them pointers).
fn new_words(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let n = w[0] as usize;
    let p = if n == 0 { 0 } else { cx.alloc_words(n, true) };
    w[0] = p;
    w[1] = n as u64;
    w[2] = n as u64;
    NativeResult::Done
}

/// `wordsOf(t *rtype, p ptr, dst []uintptr, at int)`: the register words of the value.
fn words_of(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Call");
    let v = load_value(cx, w[1], t);
    let (dst, len, at) = (w[2], w[3], w[5]);
    let n = t.words as u64;
    if at + n > len {
        return NativeResult::Fatal("minigo bug: reflect.wordsOf past its buffer".into());
    }
    // SAFETY: dst has len words (a live []uintptr); at + n <= len.
    unsafe { value::write_words(dst + at * 8, &v[..n as usize]) };
    NativeResult::Done
}

/// `recvWord(t *rtype, p ptr) uintptr`: the interface data word of the value (what a
/// method from the type's method table takes as receiver).
fn recv_word(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Method");
    let v = load_value(cx, w[1], t);
    w[0] = cx.box_value(t, &v);
    NativeResult::Done
}

/// `fromWords(t *rtype, src []uintptr, at int) ptr`: a new object holding the value whose
/// register words are src[at:].
fn from_words(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let t = ty!(w, 0, "Call");
    let (src, len, at) = (w[1], w[2], w[4]);
    let n = t.words as u64;
    if at + n > len {
        return NativeResult::Fatal("minigo bug: reflect.fromWords past its buffer".into());
    }
    let mut v = vec![0u64; n.max(1) as usize];
    // SAFETY: src has len words; at + n <= len.
    unsafe { value::read_words(src + at * 8, &mut v[..n as usize]) };
    w[0] = new_copy(cx, t, &v);
    NativeResult::Done
}

/// `reflectcall(fn ptr, index int, args, out []uintptr)`: calls the function value fn
/// (a closure object), or function `index` when index >= 0, with the argument words;
/// its result words go to out.
fn reflectcall(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (closure, index) = (w[0], w[1] as i64);
    let (args_p, args_n) = (w[2], w[3] as usize);
    let out = w[5];
    let func = if index >= 0 {
        index as u32
    } else if closure == 0 {
        return NativeResult::PlainPanic("reflect: call of nil function".into());
    } else {
        // SAFETY: a non-nil func value points to a closure object whose word 0 is a
        // function index.
        (unsafe { runtime::heap::load(closure as *const u64) }) as u32
    };
    let mut args = vec![0u64; args_n];
    // SAFETY: args is a live []uintptr of args_n words.
    unsafe { value::read_words(args_p, &mut args) };
    let _ = cx;
    NativeResult::Call { func, closure: if index >= 0 { 0 } else { closure }, args, out }
}

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    let f: NativeFn = match name {
        "typeOf" => type_of,
        "rtKind" => rt_kind,
        "rtString" => rt_string,
        "rtNamed" => rt_named,
        "rtPkgPath" => rt_pkg_path,
        "rtSize" => rt_size,
        "rtStride" => rt_stride,
        "rtWords" => rt_words,
        "rtElem" => rt_elem,
        "rtKey" => rt_key,
        "rtLen" => rt_len,
        "rtChanDir" => rt_chan_dir,
        "rtNumField" => rt_num_field,
        "rtField" => rt_field,
        "rtNumMethod" => rt_num_method,
        "rtMethod" => rt_method,
        "rtNumIn" => rt_num_in,
        "rtIn" => rt_in,
        "rtNumOut" => rt_num_out,
        "rtOut" => rt_out,
        "rtVariadic" => rt_variadic,
        "rtComparable" => rt_comparable,
        "rtImplements" => rt_implements,
        "rtIdenticalUnder" => rt_identical_under,
        "rtDerived" => rt_derived,
        "rtFuncOf" => rt_func_of,
        "unpackEface" => unpack_eface,
        "packEface" => pack_eface,
        "unsafeNew" => unsafe_new,
        "unsafeNewArray" => unsafe_new_array,
        "addp" => addp,
        "ldInt" => ld_int,
        "ldUint" => ld_uint,
        "ldFloat" => ld_float,
        "ldComplex" => ld_complex,
        "ldWord" | "ldPtr" => ld_w1,
        "ldString" => ld_w2,
        "ldSlice" => ld_w3,
        "stScalar" => st_scalar,
        "stComplex" => st_complex,
        "stWords" => st_words,
        "stString" => st_string,
        "stPtr" => st_ptr,
        "stSlice" | "stBytes" => st_slice,
        "ldBytes" => ld_w3,
        "mkBytes" => mk_bytes,
        "typedmemmove" => typedmemmove,
        "typedmemclr" => typedmemclr,
        "typedslicecopy" => typedslicecopy,
        "valueEqual" => value_equal,
        "setIface" => set_iface,
        "ifaceElem" => iface_elem,
        "makemap" => makemap,
        "mapLen" => map_len,
        "mapaccess" => mapaccess,
        "mapassign" => mapassign,
        "mapdelete" => mapdelete,
        "mapEntries" => map_entries,
        "makechan" => makechan,
        "chanLen" => chan_len,
        "chanCap" => chan_cap,
        "chanClose" => chan_close,
        "chanSend" => chan_send,
        "chanRecv" => chan_recv,
        "newWords" => new_words,
        "wordsOf" => words_of,
        "recvWord" => recv_word,
        "fromWords" => from_words,
        "reflectcall" => reflectcall,
        "rselect" => rselect,
        "makeFuncClosure" => make_func_closure,
        "makeFuncStub" => make_func_stub,
        "makeFuncImpl" => make_func_impl,
        _ => return None,
    };
    Some(f)
}

/// `rselect(chs []uintptr, send []bool, buf []uintptr, offs []int, elems []*rtype, block bool) (chosen int, p ptr, ok bool)`
fn rselect(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let read = |p: u64, n: u64| -> Vec<u64> {
        let mut v = vec![0u64; n as usize];
        // SAFETY: a live slice of n words (reflect.Select's locals).
        unsafe { value::read_words(p, &mut v) };
        v
    };
    let n = w[1];
    let chs = read(w[0], n);
    // SAFETY: a live []bool of n bytes.
    let send: Vec<bool> = unsafe { value::bytes(w[3], w[4]) }.iter().map(|&b| b != 0).collect();
    let buf = read(w[6], w[7]);
    let offs = read(w[9], w[10]);
    let elems = read(w[12], w[13]);
    let block = w[15] & 0xff != 0;
    // Cases the runtime sees: the real ones (default and absent cases left out).
    let mut index = Vec::new();
    let mut cases = Vec::new();
    for i in 0..n as usize {
        if (offs[i] as i64) < 0 {
            continue;
        }
        let words = desc(elems[i]).map_or(0, |t| t.words as usize);
        let sv = if send[i] { Some(&buf[offs[i] as usize..offs[i] as usize + words]) } else { None };
        index.push(i);
        cases.push(runtime::SelectCase { channel: chan(chs[i]), send: sv });
    }
    let r = runtime::select::select(cx.cx, &cases, block);
    drop(cases);
    match r {
        Err(e) => go_error(e),
        Ok(runtime::Blocking::Park(p)) => NativeResult::Block(p),
        Ok(runtime::Blocking::Ready(None)) => {
            w[0] = u64::MAX;
            w[1] = 0;
            w[2] = 0;
            NativeResult::Done
        }
        Ok(runtime::Blocking::Ready(Some(sel))) => {
            let i = index[sel.index];
            let mut p = 0;
            if !send[i] {
                if let Some(et) = desc(elems[i]) {
                    let n = et.words as usize;
                    let got: Vec<u64> = (0..n.max(1)).map(|k| if sel.ok { cx.cx.wait_buffer().get(k).copied().unwrap_or(0) } else { 0 }).collect();
                    p = new_copy(cx, et, &got);
                }
            }
            w[0] = i as u64;
            w[1] = p;
            w[2] = bool_word(sel.ok);
            NativeResult::Done
        }
    }
}

/// `makeFuncClosure(ftyp *rtype, impl func([]Value) []Value, stub func(), tramp func(...)) ptr`:
/// a closure object `[stub's function, ftyp, impl, tramp's function]`. Calling it runs the
/// native stub, which hands the arguments to tramp (Go) and returns what tramp returns.
fn make_func_closure(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let index = |c: u64| -> u64 {
        // SAFETY: a non-nil func value points to a closure object whose word 0 is a
        // function index.
        unsafe { runtime::heap::load(c as *const u64) }
    };
    let (stub, tramp) = (index(w[2]), index(w[3]));
    let c = cx.alloc_words(4, true);
    let words = [stub, w[0], w[1], tramp];
    // SAFETY: the new object has 4 words.
    unsafe { value::write_words(c, &words) };
    w[0] = c;
    NativeResult::Done
}

/// `makeFuncStub()`: the body of every MakeFunc function (its closure tells which).
fn make_func_stub(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    if cx.closure == 0 {
        return NativeResult::Fatal("minigo bug: reflect.makeFuncStub called without its closure".into());
    }
    let mut c = [0u64; 4];
    // SAFETY: a MakeFunc closure object has 4 words (make_func_closure).
    unsafe { value::read_words(cx.closure, &mut c) };
    let ftyp = ty!(c, 1, "MakeFunc");
    let n: usize = ftyp.func_params.iter().map(|&p| cx.prog.ty(p).words as usize).sum();
    let buf = cx.alloc_words(n.max(1), true);
    // SAFETY: the new buffer has at least n words.
    unsafe { value::write_words(buf, &w[..n]) };
    NativeResult::ReturnVia { func: c[3] as u32, args: vec![c[1], c[2], buf, n as u64, n as u64] }
}

/// `makeFuncImpl(fn ptr) (impl func([]Value) []Value, ok bool)`: the Go function behind
/// a MakeFunc function value.
fn make_func_impl(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let c = w[0];
    let mut words = [0u64; 3];
    let is = c != 0 && {
        // SAFETY: a non-nil func value points to a closure object of at least one word.
        let f = unsafe { runtime::heap::load(c as *const u64) } as usize;
        cx.prog.funcs.get(f).is_some_and(|f| f.name == "reflect.makeFuncStub")
    };
    if is {
        // SAFETY: a MakeFunc closure object has 4 words.
        unsafe { value::read_words(c, &mut words) };
    }
    w[0] = if is { words[2] } else { 0 };
    w[1] = bool_word(is);
    NativeResult::Done
}

/// `rtFuncOf(in, out []*rtype, variadic bool) *rtype`
fn rt_func_of(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let ids = |p: u64, n: u64| -> Vec<u32> {
        let mut v = vec![0u64; n as usize];
        // SAFETY: a live []*rtype of n words.
        unsafe { value::read_words(p, &mut v) };
        v.into_iter().filter_map(desc).map(|t| t.id).collect()
    };
    let (params, results) = (ids(w[0], w[1]), ids(w[3], w[4]));
    let t = vm::types::derived_func(cx.prog, params, results, w[6] != 0);
    w[0] = addr(t);
    NativeResult::Done
}
