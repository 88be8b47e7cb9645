//! Interfaces: conversion (boxing), dynamic conversion, type assertions, equality.
//!
//! An interface value is two words: the type word (an [`Itab`](crate::types::Itab) for
//! non-empty interfaces, a type descriptor for `any`; 0 for nil) and the data word (the
//! value itself for pointer-shaped types, else a pointer to a boxed copy).

use super::Flow;
use crate::goroutine::Goroutine;
use crate::program::Program;
use crate::types::TypeDesc;
use crate::value;
use runtime::heap::{self, ObjKind};
use runtime::RunContext;

/// Boxes a value of type `t` held in `src` words; returns the data word.
#[inline(never)]
pub(crate) fn box_value(cx: &mut RunContext<'_>, t: &TypeDesc, src: &[u64]) -> u64 {
    if t.ptr_shaped {
        return src[0];
    }
    if t.words == 0 {
        return heap::zero_base() as u64;
    }
    let kind = match t.shape {
        Some(s) => ObjKind::Scan(s),
        None => ObjKind::Noscan,
    };
    let p = cx.alloc().alloc(kind, t.words as usize);
    // SAFETY: a fresh object of t.words words.
    unsafe { value::write_words(p as u64, &src[..t.words as usize]) };
    p as u64
}

/// `ToIface`.
///
/// # Safety
/// Source and destination registers must be within the frame.
#[inline(never)]
pub(crate) unsafe fn to_iface(cx: &mut RunContext<'_>, prog: &'static Program, regs: *mut u64, dst: u16, src: u16, k: u32) {
    let conv = prog.iface_convs[k as usize];
    let t = prog.ty(conv.typ);
    // SAFETY: per the caller.
    let words = unsafe { std::slice::from_raw_parts(regs.add(src as usize), t.words.max(1) as usize) };
    let data = box_value(cx, t, words);
    // SAFETY: per the caller.
    unsafe {
        *regs.add(dst as usize) = conv.tab;
        *regs.add(dst as usize + 1) = data;
    }
}

/// Go's name of an interface type in conversion messages (`interface {}` for any).
#[inline(never)]
fn iface_name(t: &TypeDesc) -> &str {
    &t.name
}

impl Goroutine {
    /// Converts an interface value to interface type `t` (static conversion or after a
    /// successful assertion); the itab is looked up from the dynamic type.
    #[inline(never)]
    pub(crate) fn iface_conv(&mut self, cx: &mut RunContext<'_>, regs: *mut u64, dst: u16, src: u16, t: u16, from_empty: bool) -> Result<(), Flow> {
        let prog = self.prog;
        // SAFETY: registers within the frame.
        let (w0, w1) = unsafe { (*regs.add(src as usize), *regs.add(src as usize + 1)) };
        let out = match value::dyn_type(w0, from_empty) {
            None => [0, 0],
            Some(dt) => {
                let target = prog.ty(t as u32);
                if target.iface_methods.is_empty() {
                    [dt as *const _ as u64, w1]
                } else {
                    match prog.itab(dt, t as u32) {
                        Some(tab) => [tab as *const _ as u64, w1],
                        None => {
                            let missing = missing_method(prog, dt, target);
                            return Err(self.assertion_error(cx, "", &dt.name, &target.name, &missing));
                        }
                    }
                }
            }
        };
        // SAFETY: as above.
        unsafe {
            *regs.add(dst as usize) = out[0];
            *regs.add(dst as usize + 1) = out[1];
        }
        Ok(())
    }

    /// `x.(T)` per `Program::asserts[k]`.
    #[inline(never)]
    pub(crate) fn assert(&mut self, cx: &mut RunContext<'_>, regs: *mut u64, dst: u16, src: u16, k: u32) -> Result<(), Flow> {
        let prog = self.prog;
        let a = prog.asserts[k as usize];
        let source = prog.ty(a.source);
        let target = prog.ty(a.target);
        let from_empty = source.iface_methods.is_empty();
        // SAFETY: registers within the frame.
        let (w0, w1) = unsafe { (*regs.add(src as usize), *regs.add(src as usize + 1)) };
        let dt = value::dyn_type(w0, from_empty);
        let d = dst as usize;
        if target.is_interface() {
            let result = match dt {
                None => None,
                Some(dt) if target.iface_methods.is_empty() => Some([dt as *const _ as u64, w1]),
                Some(dt) => prog.itab(dt, a.target).map(|tab| [tab as *const _ as u64, w1]),
            };
            match result {
                Some(v) => {
                    // SAFETY: destination registers within the frame.
                    unsafe {
                        *regs.add(d) = v[0];
                        *regs.add(d + 1) = v[1];
                        if a.comma_ok {
                            *regs.add(d + 2) = 1;
                        }
                    }
                    Ok(())
                }
                None if a.comma_ok => {
                    // SAFETY: as above.
                    unsafe {
                        *regs.add(d) = 0;
                        *regs.add(d + 1) = 0;
                        *regs.add(d + 2) = 0;
                    }
                    Ok(())
                }
                None => Err(match dt {
                    None => self.assertion_error(cx, "", "", &target.name, ""),
                    Some(dt) => self.assertion_error(cx, "", &dt.name, &target.name, &missing_method(prog, dt, target)),
                }),
            }
        } else {
            let n = target.words as usize;
            match dt {
                Some(dt) if dt.id == target.id => {
                    let mut v = vec![0u64; n.max(1)];
                    value::unbox(dt, w1, &mut v);
                    // SAFETY: destination registers within the frame.
                    unsafe {
                        for (i, w) in v.iter().take(n).enumerate() {
                            *regs.add(d + i) = *w;
                        }
                        if a.comma_ok {
                            *regs.add(d + n) = 1;
                        }
                    }
                    Ok(())
                }
                _ if a.comma_ok => {
                    // SAFETY: as above.
                    unsafe {
                        for i in 0..=n {
                            *regs.add(d + i) = 0;
                        }
                    }
                    Ok(())
                }
                _ => {
                    let have = dt.map_or("", |t| t.name.as_str());
                    Err(self.assertion_error(cx, iface_name(source), have, &target.name, ""))
                }
            }
        }
    }

    /// `==` on values of type `t` that need the type (structs, arrays, interfaces).
    #[inline(never)]
    pub(crate) fn eq_type(&mut self, cx: &mut RunContext<'_>, regs: *mut u64, a: u16, b: u16, t: u16) -> Result<bool, Flow> {
        let prog = self.prog;
        let ty = prog.ty(t as u32);
        let n = ty.words.max(1) as usize;
        // SAFETY: registers within the frame.
        let (x, y) = unsafe { (std::slice::from_raw_parts(regs.add(a as usize), n), std::slice::from_raw_parts(regs.add(b as usize), n)) };
        value::equal(prog, ty, x, y).map_err(|e| self.runtime_error(cx, format!("comparing uncomparable type {}", e.0)))
    }
}

/// The first method of interface `target` that `t` lacks.
#[inline(never)]
fn missing_method(_prog: &Program, t: &TypeDesc, target: &TypeDesc) -> String {
    for m in &target.iface_methods {
        if t.methods.read().binary_search_by(|x| x.name.as_str().cmp(m.as_str())).is_err() {
            return m.clone();
        }
    }
    String::new()
}
