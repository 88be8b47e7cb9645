//! `internal/reflectlite`: the dynamic type and value held in an `any`, for fmt, errors,
//! sort and context. Every function takes its value as an `any` (`(type descriptor,
//! data)`); values handed back are boxed with their static type (an interface-typed
//! element gives its dynamic value).

use super::{bool_word, put_string};
use std::cmp::Ordering;
use vm::map::GoMap;
use vm::native::{NativeCtx, NativeFn, NativeResult};
use vm::op::Mem;
use vm::types::{Kind, TypeDesc};
use vm::value;

/// The dynamic type and data word of the `any` at words `i, i + 1`.
fn arg(w: &[u64], i: usize) -> Option<(&'static TypeDesc, u64)> {
    value::dyn_type(w[i], true).map(|t| (t, w[i + 1]))
}

/// The words of the value an `any` holds.
pub(super) fn unboxed(t: &TypeDesc, data: u64) -> Vec<u64> {
    let mut v = vec![0u64; t.words.max(1) as usize];
    value::unbox(t, data, &mut v);
    v
}

/// Reads a value of type `t` stored at `addr` (narrow scalars with their own width).
pub(super) fn load(addr: u64, t: &TypeDesc) -> Vec<u64> {
    if t.stride < 8 && t.words == 1 {
        // SAFETY: addr is a live location of a value of type t (caller).
        let v = unsafe {
            match t.packed {
                Mem::U8 => *(addr as *const u8) as u64,
                Mem::I8 => *(addr as *const i8) as i64 as u64,
                Mem::U16 => *(addr as *const u16) as u64,
                Mem::I16 => *(addr as *const i16) as i64 as u64,
                Mem::U32 => *(addr as *const u32) as u64,
                Mem::I32 => *(addr as *const i32) as i64 as u64,
                Mem::W64 => runtime::heap::load(addr as *const u64),
            }
        };
        return vec![v];
    }
    let mut v = vec![0u64; t.words as usize];
    if t.words > 0 {
        // SAFETY: as above.
        unsafe { value::read_words(addr, &mut v) };
    }
    v
}

/// Stores a value of type `t` at `addr` (narrow scalars with their own width).
pub(super) fn store(addr: u64, t: &TypeDesc, v: &[u64]) {
    if t.stride < 8 && t.words == 1 {
        // SAFETY: addr is a live, writable location of a value of type t (caller).
        unsafe {
            match t.packed {
                Mem::U8 | Mem::I8 => *(addr as *mut u8) = v[0] as u8,
                Mem::U16 | Mem::I16 => *(addr as *mut u16) = v[0] as u16,
                Mem::U32 | Mem::I32 => *(addr as *mut u32) = v[0] as u32,
                Mem::W64 => runtime::heap::store(addr as *mut u64, v[0]),
            }
        }
        return;
    }
    // SAFETY: as above.
    unsafe { value::write_words(addr, &v[..t.words as usize]) };
}

fn put_any(w: &mut [u64], i: usize, v: [u64; 2]) {
    w[i] = v[0];
    w[i + 1] = v[1];
}

fn bug(what: &str, t: Option<&TypeDesc>) -> NativeResult {
    NativeResult::Fatal(format!("minigo bug: reflectlite.{} applied to {}", what, t.map_or("nil", |t| t.name.as_str())))
}

pub(super) fn map_ref<'a>(word: u64) -> Option<&'a GoMap> {
    // SAFETY: a non-nil map word points to a live GoMap heap object.
    (word != 0).then(|| unsafe { &*(word as *const GoMap) })
}

fn kind_of(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    w[0] = arg(w, 0).map_or(0, |(t, _)| t.kind as u64);
    NativeResult::Done
}

fn type_string(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let name = arg(w, 0).map_or("<nil>", |(t, _)| t.name.as_str());
    put_string(cx, w, 0, name.as_bytes());
    NativeResult::Done
}

/// The length of a string, slice, array, map or channel value.
fn len_of(t: &TypeDesc, data: u64) -> Option<u64> {
    Some(match t.kind {
        Kind::String | Kind::Slice => unboxed(t, data)[1],
        Kind::Array => t.len,
        Kind::Map => map_ref(data).map_or(0, |m| m.len() as u64),
        // SAFETY: a chan word is 0 or a live channel.
        Kind::Chan => runtime::chan::len(unsafe { runtime::ChanRef::from_word(data) }) as u64,
        _ => return None,
    })
}

fn len(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let a = arg(w, 0);
    match a.and_then(|(t, d)| len_of(t, d)) {
        Some(n) => {
            w[0] = n;
            NativeResult::Done
        }
        None => bug("Len", a.map(|a| a.0)),
    }
}

fn index(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let a = arg(w, 0);
    let i = w[2];
    let Some((t, data)) = a else { return bug("Index", None) };
    let (base, n, et) = match t.kind {
        Kind::Slice => {
            let s = unboxed(t, data);
            (s[0], s[1], cx.prog.ty(t.elem))
        }
        Kind::Array => (data, t.len, cx.prog.ty(t.elem)),
        Kind::String => {
            let s = unboxed(t, data);
            let Some(u8t) = cx.basic(Kind::Uint8) else { return bug("Index", Some(t)) };
            (s[0], s[1], u8t)
        }
        _ => return bug("Index", Some(t)),
    };
    if i >= n {
        return NativeResult::RuntimeError(format!("index out of range [{}] with length {}", i as i64, n));
    }
    let stride = if t.kind == Kind::String { 1 } else { et.stride as u64 };
    let v = load(base + i * stride, et);
    let r = cx.to_any(et, &v);
    put_any(w, 0, r);
    NativeResult::Done
}

/// The element type of an array, slice, map, channel or pointer type.
fn elem_type(cx: &NativeCtx<'_, '_>, t: &TypeDesc) -> Option<&'static TypeDesc> {
    matches!(t.kind, Kind::Array | Kind::Slice | Kind::Map | Kind::Chan | Kind::Pointer).then(|| cx.prog.ty(t.elem))
}

fn elem_type_string(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let a = arg(w, 0);
    let Some(et) = a.and_then(|(t, _)| elem_type(cx, t)) else { return bug("ElemTypeString", a.map(|a| a.0)) };
    put_string(cx, w, 0, et.name.as_bytes());
    NativeResult::Done
}

fn elem_kind(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let a = arg(w, 0);
    let Some(et) = a.and_then(|(t, _)| elem_type(cx, t)) else { return bug("ElemKind", a.map(|a| a.0)) };
    w[0] = et.kind as u64;
    NativeResult::Done
}

fn elem_is_byte(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let is = arg(w, 0).is_some_and(|(t, _)| matches!(t.kind, Kind::Slice | Kind::Array) && cx.prog.ty(t.elem).kind == Kind::Uint8);
    w[0] = bool_word(is);
    NativeResult::Done
}

fn bytes(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some((t, data)) = arg(w, 0) else { return bug("Bytes", None) };
    let (ptr, n) = match t.kind {
        Kind::Slice => {
            let s = unboxed(t, data);
            if s[0] == 0 {
                w[..3].fill(0);
                return NativeResult::Done;
            }
            (s[0], s[1])
        }
        Kind::Array => (data, t.len),
        _ => return bug("Bytes", Some(t)),
    };
    let copy = cx.str(ptr, n).to_vec();
    let s = cx.new_bytes(&copy);
    w[..3].copy_from_slice(&s);
    NativeResult::Done
}

fn struct_field(w: &[u64], what: &str) -> Result<(&'static TypeDesc, u64, usize), NativeResult> {
    let Some((t, data)) = arg(w, 0) else { return Err(bug(what, None)) };
    let i = w[2] as usize;
    if t.kind != Kind::Struct || i >= t.fields.len() {
        return Err(bug(what, Some(t)));
    }
    Ok((t, data, i))
}

fn num_field(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    match arg(w, 0) {
        Some((t, _)) if t.kind == Kind::Struct => {
            w[0] = t.fields.len() as u64;
            NativeResult::Done
        }
        a => bug("NumField", a.map(|a| a.0)),
    }
}

fn field(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (t, data, i) = match struct_field(w, "Field") {
        Ok(x) => x,
        Err(r) => return r,
    };
    let f = &t.fields[i];
    let ft = cx.prog.ty(f.typ);
    let v = load(data + f.offset as u64, ft);
    let r = cx.to_any(ft, &v);
    put_any(w, 0, r);
    NativeResult::Done
}

fn field_name(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (t, _, i) = match struct_field(w, "FieldName") {
        Ok(x) => x,
        Err(r) => return r,
    };
    put_string(cx, w, 0, t.fields[i].name.as_bytes());
    NativeResult::Done
}

fn field_exported(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (t, _, i) = match struct_field(w, "FieldExported") {
        Ok(x) => x,
        Err(r) => return r,
    };
    w[0] = bool_word(t.fields[i].exported);
    NativeResult::Done
}

fn field_type_string(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (t, _, i) = match struct_field(w, "FieldTypeString") {
        Ok(x) => x,
        Err(r) => return r,
    };
    let name = cx.prog.ty(t.fields[i].typ).name.as_str();
    put_string(cx, w, 0, name.as_bytes());
    NativeResult::Done
}

fn is_nil(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let nil = match arg(w, 0) {
        None => true,
        Some((t, data)) => match t.kind {
            Kind::Chan | Kind::Func | Kind::Map | Kind::Pointer | Kind::UnsafePointer => data == 0,
            Kind::Slice => unboxed(t, data)[0] == 0,
            _ => false,
        },
    };
    w[0] = bool_word(nil);
    NativeResult::Done
}

fn elem(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    match arg(w, 0) {
        Some((t, data)) if t.kind == Kind::Pointer => {
            if data == 0 {
                put_any(w, 0, [0, 0]);
                return NativeResult::Done;
            }
            let et = cx.prog.ty(t.elem);
            let v = load(data, et);
            let r = cx.to_any(et, &v);
            put_any(w, 0, r);
            NativeResult::Done
        }
        a => bug("Elem", a.map(|a| a.0)),
    }
}

// ---------------------------------------------------------------- maps

/// Go's internal/fmtsort order of two values of type `t`.
fn compare(cx: &NativeCtx<'_, '_>, t: &TypeDesc, a: &[u64], b: &[u64]) -> Ordering {
    let prog = cx.prog;
    match t.kind {
        Kind::Int | Kind::Int64 => (a[0] as i64).cmp(&(b[0] as i64)),
        Kind::Int8 => (a[0] as i8).cmp(&(b[0] as i8)),
        Kind::Int16 => (a[0] as i16).cmp(&(b[0] as i16)),
        Kind::Int32 => (a[0] as i32).cmp(&(b[0] as i32)),
        Kind::Uint8 | Kind::Bool => (a[0] as u8).cmp(&(b[0] as u8)),
        Kind::Uint16 => (a[0] as u16).cmp(&(b[0] as u16)),
        Kind::Uint32 => (a[0] as u32).cmp(&(b[0] as u32)),
        Kind::Uint | Kind::Uint64 | Kind::Uintptr | Kind::Pointer | Kind::Chan | Kind::UnsafePointer | Kind::Func | Kind::Map => a[0].cmp(&b[0]),
        Kind::Float64 => float_cmp(f64::from_bits(a[0]), f64::from_bits(b[0])),
        Kind::Float32 => float_cmp(f32::from_bits(a[0] as u32) as f64, f32::from_bits(b[0] as u32) as f64),
        Kind::Complex128 => float_cmp(f64::from_bits(a[0]), f64::from_bits(b[0])).then_with(|| float_cmp(f64::from_bits(a[1]), f64::from_bits(b[1]))),
        Kind::Complex64 => {
            let re = |w: u64| f32::from_bits(w as u32) as f64;
            let im = |w: u64| f32::from_bits((w >> 32) as u32) as f64;
            float_cmp(re(a[0]), re(b[0])).then_with(|| float_cmp(im(a[0]), im(b[0])))
        }
        Kind::String => cx.str(a[0], a[1]).cmp(cx.str(b[0], b[1])),
        Kind::Struct => {
            for f in &t.fields {
                let ft = prog.ty(f.typ);
                let o = (f.offset / 8) as usize;
                let n = ft.words as usize;
                let c = compare(cx, ft, &a[o..o + n], &b[o..o + n]);
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        Kind::Array => {
            let et = prog.ty(t.elem);
            for i in 0..t.len {
                let (x, y) = if et.stride < 8 {
                    let at = |w: &[u64]| {
                        let byte = i * et.stride as u64;
                        let word = w[(byte / 8) as usize] >> (8 * (byte % 8));
                        let bits = 8 * et.stride as u64;
                        vec![sign(word & ((1u64 << bits) - 1), et.packed)]
                    };
                    (at(a), at(b))
                } else {
                    let o = (i * et.words as u64) as usize;
                    let n = et.words as usize;
                    (a[o..o + n].to_vec(), b[o..o + n].to_vec())
                };
                let c = compare(cx, et, &x, &y);
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        Kind::Interface => {
            let empty = t.iface_methods.is_empty();
            let (ta, tb) = (value::dyn_type(a[0], empty), value::dyn_type(b[0], empty));
            match (ta, tb) {
                (None, None) => Ordering::Equal,
                (None, Some(_)) => Ordering::Less,
                (Some(_), None) => Ordering::Greater,
                (Some(x), Some(y)) if x.id != y.id => x.id.cmp(&y.id),
                (Some(x), Some(_)) => compare(cx, x, &unboxed(x, a[1]), &unboxed(x, b[1])),
            }
        }
        Kind::Invalid | Kind::Slice => Ordering::Equal,
    }
}

/// Sign-extends a packed signed value to a word.
fn sign(v: u64, mem: Mem) -> u64 {
    match mem {
        Mem::I8 => v as i8 as i64 as u64,
        Mem::I16 => v as i16 as i64 as u64,
        Mem::I32 => v as i32 as i64 as u64,
        _ => v,
    }
}

/// fmtsort's float order: NaN first, then ascending.
fn float_cmp(a: f64, b: f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
    }
}

/// The entries of a map value sorted by key: (key type, value type, entries).
fn sorted_entries(cx: &NativeCtx<'_, '_>, w: &[u64], what: &str) -> Result<(&'static TypeDesc, &'static TypeDesc, Vec<Vec<u64>>), NativeResult> {
    let Some((t, data)) = arg(w, 0) else { return Err(bug(what, None)) };
    if t.kind != Kind::Map {
        return Err(bug(what, Some(t)));
    }
    let (kt, vt) = (cx.prog.ty(t.key), cx.prog.ty(t.elem));
    let mut entries = map_ref(data).map_or_else(Vec::new, |m| m.entries());
    let kw = kt.words as usize;
    entries.sort_by(|a, b| compare(cx, kt, &a[..kw], &b[..kw]));
    Ok((kt, vt, entries))
}

fn map_keys(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (kt, _, entries) = match sorted_entries(cx, w, "MapKeys") {
        Ok(x) => x,
        Err(r) => return r,
    };
    let kw = kt.words as usize;
    let keys: Vec<[u64; 2]> = entries.iter().map(|e| cx.to_any(kt, &e[..kw])).collect();
    let s = cx.new_any_slice(&keys);
    w[..3].copy_from_slice(&s);
    NativeResult::Done
}

fn map_entries(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let (kt, vt, entries) = match sorted_entries(cx, w, "MapEntries") {
        Ok(x) => x,
        Err(r) => return r,
    };
    let kw = kt.words as usize;
    let keys: Vec<[u64; 2]> = entries.iter().map(|e| cx.to_any(kt, &e[..kw])).collect();
    let vals: Vec<[u64; 2]> = entries.iter().map(|e| cx.to_any(vt, &e[kw..])).collect();
    let ks = cx.new_any_slice(&keys);
    let vs = cx.new_any_slice(&vals);
    w[..3].copy_from_slice(&ks);
    w[3..6].copy_from_slice(&vs);
    NativeResult::Done
}

/// The words of `x` (an `any`) as a value of type `t`, if assignable (identical type, or
/// `t` an interface the dynamic type implements).
fn convert_to(cx: &NativeCtx<'_, '_>, t: &'static TypeDesc, x: Option<(&'static TypeDesc, u64)>) -> Option<Vec<u64>> {
    if t.kind == Kind::Interface {
        let Some((xt, data)) = x else { return Some(vec![0, 0]) };
        if t.iface_methods.is_empty() {
            return Some(vec![xt as *const TypeDesc as u64, data]);
        }
        let tab = cx.prog.itab(xt, t.id)?;
        return Some(vec![tab as *const _ as u64, data]);
    }
    let (xt, data) = x?;
    (xt.id == t.id).then(|| unboxed(xt, data))
}

fn map_index(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some((t, data)) = arg(w, 0) else { return bug("MapIndex", None) };
    if t.kind != Kind::Map {
        return bug("MapIndex", Some(t));
    }
    let (kt, vt) = (cx.prog.ty(t.key), cx.prog.ty(t.elem));
    let key = convert_to(cx, kt, arg(w, 2));
    let (Some(m), Some(key)) = (map_ref(data), key) else {
        put_any(w, 0, [0, 0]);
        return NativeResult::Done;
    };
    let mut out = vec![0u64; vt.words.max(1) as usize];
    match m.get(&key, &mut out) {
        Ok(true) => {
            let r = cx.to_any(vt, &out);
            put_any(w, 0, r);
        }
        Ok(false) => put_any(w, 0, [0, 0]),
        Err(vm::map::MapError::Unhashable(t)) => return NativeResult::RuntimeError(format!("hash of unhashable type {}", t)),
        Err(vm::map::MapError::Concurrent(what)) => return NativeResult::Fatal(what.to_string()),
    }
    NativeResult::Done
}

// ---------------------------------------------------------------- scalars

fn int(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some((t, data)) = arg(w, 0) else { return bug("Int", None) };
    let v = unboxed(t, data)[0];
    w[0] = match t.kind {
        Kind::Int | Kind::Int64 => v,
        Kind::Int8 => v as i8 as i64 as u64,
        Kind::Int16 => v as i16 as i64 as u64,
        Kind::Int32 => v as i32 as i64 as u64,
        _ => return bug("Int", Some(t)),
    };
    NativeResult::Done
}

fn uint(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some((t, data)) = arg(w, 0) else { return bug("Uint", None) };
    let v = unboxed(t, data)[0];
    w[0] = match t.kind {
        Kind::Uint | Kind::Uint64 | Kind::Uintptr => v,
        Kind::Uint8 => v as u8 as u64,
        Kind::Uint16 => v as u16 as u64,
        Kind::Uint32 => v as u32 as u64,
        _ => return bug("Uint", Some(t)),
    };
    NativeResult::Done
}

fn float(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some((t, data)) = arg(w, 0) else { return bug("Float", None) };
    let v = unboxed(t, data)[0];
    w[0] = match t.kind {
        Kind::Float64 => v,
        Kind::Float32 => (f32::from_bits(v as u32) as f64).to_bits(),
        _ => return bug("Float", Some(t)),
    };
    NativeResult::Done
}

fn complex(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some((t, data)) = arg(w, 0) else { return bug("Complex", None) };
    let v = unboxed(t, data);
    match t.kind {
        Kind::Complex128 => {
            w[0] = v[0];
            w[1] = v[1];
        }
        Kind::Complex64 => {
            w[0] = (f32::from_bits(v[0] as u32) as f64).to_bits();
            w[1] = (f32::from_bits((v[0] >> 32) as u32) as f64).to_bits();
        }
        _ => return bug("Complex", Some(t)),
    }
    NativeResult::Done
}

fn bool_(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    match arg(w, 0) {
        Some((t, data)) if t.kind == Kind::Bool => {
            w[0] = bool_word(unboxed(t, data)[0] as u8 != 0);
            NativeResult::Done
        }
        a => bug("Bool", a.map(|a| a.0)),
    }
}

fn string(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let _ = cx;
    match arg(w, 0) {
        Some((t, data)) if t.kind == Kind::String => {
            let s = unboxed(t, data);
            w[0] = s[0];
            w[1] = s[1];
            NativeResult::Done
        }
        a => bug("String", a.map(|a| a.0)),
    }
}

fn pointer(_: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some((t, data)) = arg(w, 0) else { return bug("Pointer", None) };
    w[0] = match t.kind {
        Kind::Pointer | Kind::Chan | Kind::Map | Kind::Func | Kind::UnsafePointer => data,
        Kind::Slice => unboxed(t, data)[0],
        _ => return bug("Pointer", Some(t)),
    };
    NativeResult::Done
}

fn swap(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some((t, data)) = arg(w, 0) else { return bug("Swap", None) };
    if t.kind != Kind::Slice {
        return bug("Swap", Some(t));
    }
    let s = unboxed(t, data);
    let (i, j) = (w[2], w[3]);
    for k in [i, j] {
        if k >= s[1] {
            return NativeResult::RuntimeError(format!("index out of range [{}] with length {}", k as i64, s[1]));
        }
    }
    let et = cx.prog.ty(t.elem);
    let stride = et.stride as u64;
    let (a, b) = (s[0] + i * stride, s[0] + j * stride);
    let (x, y) = (load(a, et), load(b, et));
    store(a, et, &y);
    store(b, et, &x);
    NativeResult::Done
}

fn elem_implements_error(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some((t, _)) = arg(w, 0) else { return bug("ElemImplementsError", None) };
    if t.kind != Kind::Pointer {
        return bug("ElemImplementsError", Some(t));
    }
    let et = cx.prog.ty(t.elem);
    let implements = if et.kind == Kind::Interface {
        et.iface_methods.iter().any(|m| m == "Error")
    } else {
        cx.prog.itab(et, cx.prog.special.error).is_some()
    };
    w[0] = bool_word(implements);
    NativeResult::Done
}

fn set_elem(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let p = arg(w, 0);
    let x = arg(w, 2);
    let stored = match (p, x) {
        (Some((pt, addr)), Some(_)) if pt.kind == Kind::Pointer && addr != 0 => {
            let et = cx.prog.ty(pt.elem);
            match convert_to(cx, et, x) {
                Some(v) => {
                    store(addr, et, &v);
                    true
                }
                None => false,
            }
        }
        _ => false,
    };
    w[0] = bool_word(stored);
    NativeResult::Done
}

fn reflect_value(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let Some((t, data)) = arg(w, 0) else {
        w[..5].fill(0);
        return NativeResult::Done;
    };
    if t.name != "reflect.Value" || t.pkg_path != "reflect" || t.words < 3 {
        w[..5].fill(0);
        return NativeResult::Done;
    }
    // reflect.Value is {typ *rtype, ptr *byte, flag uintptr, fn int} (stdlib/go/reflect).
    let v = unboxed(t, data);
    let (typ, p, flag) = (v[0], v[1], v[2]);
    const RO: u64 = 1 << 5 | 1 << 9;
    const METHOD: u64 = 3 << 7;
    let inner = if typ == 0 || flag & METHOD != 0 {
        [0, 0]
    } else {
        // SAFETY: a reflect.Value's typ word is the address of a leaked descriptor.
        let vt: &'static TypeDesc = unsafe { &*(typ as *const TypeDesc) };
        let words = super::reflect_pkg::load_value(cx, p, vt);
        cx.to_any(vt, &words)
    };
    put_any(w, 0, inner);
    w[2] = 1;
    w[3] = bool_word(typ != 0);
    w[4] = bool_word(flag & RO == 0);
    NativeResult::Done
}

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    let f: NativeFn = match name {
        "KindOf" => kind_of,
        "TypeString" => type_string,
        "Len" => len,
        "Index" => index,
        "ElemTypeString" => elem_type_string,
        "ElemKind" => elem_kind,
        "ElemIsByte" => elem_is_byte,
        "Bytes" => bytes,
        "NumField" => num_field,
        "Field" => field,
        "FieldName" => field_name,
        "FieldExported" => field_exported,
        "FieldTypeString" => field_type_string,
        "IsNil" => is_nil,
        "Elem" => elem,
        "MapKeys" => map_keys,
        "MapEntries" => map_entries,
        "MapIndex" => map_index,
        "Int" => int,
        "Uint" => uint,
        "Float" => float,
        "Complex" => complex,
        "Bool" => bool_,
        "String" => string,
        "Pointer" => pointer,
        "Swap" => swap,
        "ElemImplementsError" => elem_implements_error,
        "SetElem" => set_elem,
        "ReflectValue" => reflect_value,
        _ => return None,
    };
    Some(f)
}
