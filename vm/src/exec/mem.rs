//! Memory, strings, slices, maps and closures.

use super::Flow;
use crate::goroutine::Goroutine;
use crate::map::{GoMap, MapError, ITER_WORDS};
use crate::op::{Mem, StrConv};
use crate::program::Program;
use crate::types::TypeDesc;
use runtime::heap::{self, ObjKind};
use runtime::RunContext;

/// The largest allocation Go accepts (its `maxAlloc` on 64-bit Linux: 2^48 bytes); a
/// request below it that the machine cannot satisfy is `fatal error: runtime: out of memory`.
pub(crate) const MAX_ALLOC: u64 = 1 << 48;

/// Loads a packed value.
///
/// # Safety
/// `addr` must be a valid, suitably aligned address of `mem.bytes()` readable bytes.
#[inline(always)]
pub(crate) unsafe fn load(addr: u64, mem: Mem) -> u64 {
    // SAFETY: per the caller. Sub-word accesses use plain reads: elements narrower than a
    // word are only shared through the byte-granular paths of racy programs.
    unsafe {
        // Whole words first: most loads are, and a predictable branch beats the table.
        if mem == Mem::W64 {
            return heap::load(addr as *const u64);
        }
        match mem {
            Mem::W64 => heap::load(addr as *const u64),
            Mem::U8 => *(addr as *const u8) as u64,
            Mem::I8 => *(addr as *const i8) as i64 as u64,
            Mem::U16 => *(addr as *const u16) as u64,
            Mem::I16 => *(addr as *const i16) as i64 as u64,
            Mem::U32 => *(addr as *const u32) as u64,
            Mem::I32 => *(addr as *const i32) as i64 as u64,
        }
    }
}

/// Stores a packed value.
///
/// # Safety
/// As for [`load`], writable.
#[inline(always)]
pub(crate) unsafe fn store(addr: u64, mem: Mem, v: u64) {
    // SAFETY: per the caller.
    unsafe {
        if mem == Mem::W64 {
            return heap::store(addr as *mut u64, v);
        }
        match mem {
            Mem::W64 => heap::store(addr as *mut u64, v),
            Mem::U8 | Mem::I8 => *(addr as *mut u8) = v as u8,
            Mem::U16 | Mem::I16 => *(addr as *mut u16) = v as u16,
            Mem::U32 | Mem::I32 => *(addr as *mut u32) = v as u32,
        }
    }
}


/// The data pointer and length of the slice header at `p`.
///
/// # Safety
/// `p` must point to a live slice header.
#[inline(always)]
pub(crate) unsafe fn load_slice_header(p: u64) -> (u64, u64) {
    // SAFETY: per the caller.
    unsafe { (heap::load(p as *const u64), heap::load((p as *const u64).add(1))) }
}

/// Copies `n` words from memory at `p` to registers at `dst` (one relaxed load each; the
/// 2- and 3-word shapes of strings, interfaces and slices are unrolled).
///
/// # Safety
/// `p` must point to `n` readable words and `dst` to `n` writable registers.
#[inline(always)]
pub(crate) unsafe fn load_words(dst: *mut u64, p: *const u64, n: u16) {
    // SAFETY: per the caller.
    unsafe {
        match n {
            2 => {
                *dst = heap::load(p);
                *dst.add(1) = heap::load(p.add(1));
            }
            3 => {
                *dst = heap::load(p);
                *dst.add(1) = heap::load(p.add(1));
                *dst.add(2) = heap::load(p.add(2));
            }
            _ => {
                for i in 0..n as usize {
                    *dst.add(i) = heap::load(p.add(i));
                }
            }
        }
    }
}

/// Copies `n` registers at `src` to memory at `p` (the inverse of [`load_words`]).
///
/// # Safety
/// `p` must point to `n` writable words and `src` to `n` registers.
#[inline(always)]
pub(crate) unsafe fn store_words(p: *mut u64, src: *const u64, n: u16) {
    // SAFETY: per the caller.
    unsafe {
        match n {
            2 => {
                heap::store(p, *src);
                heap::store(p.add(1), *src.add(1));
            }
            3 => {
                heap::store(p, *src);
                heap::store(p.add(1), *src.add(1));
                heap::store(p.add(2), *src.add(2));
            }
            _ => {
                for i in 0..n as usize {
                    heap::store(p.add(i), *src.add(i));
                }
            }
        }
    }
}

/// `append(s, x)` of one element of at most a word when `s` has spare capacity: stores the
/// element after the last and writes the longer slice to `dst`. Returns false (nothing
/// done) otherwise, for `Goroutine::append`.
///
/// # Safety
/// `regs[base..base+4]` must be the Append operands and `regs[dst..dst+3]` its destination
/// in the frame.
#[inline(always)]
pub(crate) unsafe fn append_one_in_place(prog: &Program, regs: *mut u64, dst: u16, base: u16, n: u16, t: u16) -> bool {
    let b = base as usize;
    // SAFETY: per the caller.
    let (ptr, len, cap) = unsafe { (*regs.add(b), *regs.add(b + 1), *regs.add(b + 2)) };
    if n != 1 || len >= cap {
        return false;
    }
    let et = prog.ty(t as u32);
    if et.words > 1 || et.stride > 8 || et.stride == 0 {
        return false;
    }
    // SAFETY: len < cap, so the element lies inside the backing array; the value register
    // follows the slice.
    unsafe {
        store(ptr + len * et.stride as u64, et.packed, *regs.add(b + 3));
        set_slice(regs, dst, [ptr, len + 1, cap]);
    }
    true
}

/// `append(s, t...)` when `s` has room for all of `t`: copies the elements (memmove, as
/// `append(s[:i], s[j:]...)` may overlap) and writes the longer slice to `dst`. False when
/// it must grow.
///
/// # Safety
/// `regs[base..base+5]` must be the AppendSlice operands and `regs[dst..dst+3]` its
/// destination in the frame.
#[inline(always)]
pub(crate) unsafe fn append_slice_in_place(prog: &Program, regs: *mut u64, dst: u16, base: u16, t: u16) -> bool {
    let b = base as usize;
    // SAFETY: per the caller.
    let (ptr, len, cap, src, n) = unsafe { (*regs.add(b), *regs.add(b + 1), *regs.add(b + 2), *regs.add(b + 3), *regs.add(b + 4)) };
    // `n <= cap - len` also rules out a length sum that overflows.
    if n > cap - len {
        return false;
    }
    let stride = prog.ty(t as u32).stride as u64;
    if n > 0 {
        // SAFETY: the destination has room for n elements; the source is a live slice or
        // string of n elements.
        unsafe { std::ptr::copy((src) as *const u8, (ptr + len * stride) as *mut u8, (n * stride) as usize) };
    }
    // SAFETY: per the caller.
    unsafe { set_slice(regs, dst, [ptr, len + n, cap]) };
    true
}

/// Writes a slice header to `regs[dst..dst+3]`.
///
/// # Safety
/// The registers must be in the frame.
#[inline(always)]
unsafe fn set_slice(regs: *mut u64, dst: u16, s: [u64; 3]) {
    // SAFETY: per the caller.
    unsafe {
        *regs.add(dst as usize) = s[0];
        *regs.add(dst as usize + 1) = s[1];
        *regs.add(dst as usize + 2) = s[2];
    }
}

/// `s[lo:hi]` of a string (`flags` kind 0) or slice (kind 1) whose bounds are in range:
/// writes the result and returns true. A three-index slice, an array pointer or any bound
/// out of range returns false, for `Goroutine::slice_op` to handle (and report).
///
/// # Safety
/// The operand and destination registers (see `Op::Slice`) must be in the frame.
#[inline(always)]
pub(crate) unsafe fn slice_in_range(prog: &Program, regs: *mut u64, dst: u16, base: u16, flags: u8, t: u16) -> bool {
    let kind = (flags >> 4) & 3;
    if kind > 1 || flags & 4 != 0 {
        return false;
    }
    let b = base as usize;
    let words = 2 + kind as usize;
    // SAFETY: per the caller.
    let rd = |i: usize| unsafe { *regs.add(i) };
    let (ptr, len) = (rd(b), rd(b + 1));
    let lo = if flags & 1 != 0 { rd(b + words) } else { 0 };
    let hi = if flags & 2 != 0 { rd(b + words + (flags & 1) as usize) } else { len };
    let d = dst as usize;
    if kind == 0 {
        if hi > len || lo > hi {
            return false;
        }
        // An empty result keeps the old pointer (no pointer past the end).
        let np = if hi == lo { ptr } else { ptr + lo };
        // SAFETY: per the caller.
        unsafe {
            *regs.add(d) = np;
            *regs.add(d + 1) = hi - lo;
        }
    } else {
        let cap = rd(b + 2);
        if hi > cap || lo > hi {
            return false;
        }
        let np = if cap == lo { ptr } else { ptr + lo * prog.ty(t as u32).stride as u64 };
        // SAFETY: per the caller.
        unsafe {
            *regs.add(d) = np;
            *regs.add(d + 1) = hi - lo;
            *regs.add(d + 2) = cap - lo;
        }
    }
    true
}

/// Allocates a zeroed heap object for one value of type `t`.
#[inline(never)]
pub(crate) fn new_object(cx: &mut RunContext<'_>, t: &TypeDesc) -> u64 {
    alloc_array(cx, t, 1)
}

/// Allocates `n` zeroed elements of type `t` (a slice backing array).
#[inline(never)]
pub(crate) fn alloc_array(cx: &mut RunContext<'_>, t: &TypeDesc, n: u64) -> u64 {
    let bytes = t.stride as u64 * n;
    let words = bytes.div_ceil(8) as usize;
    let kind = match t.shape {
        Some(s) => ObjKind::Scan(s),
        None => ObjKind::Noscan,
    };
    cx.alloc().alloc(kind, words) as u64
}

/// Allocates `len` bytes (noscan) and copies `src` into it.
#[inline(never)]
pub(crate) fn alloc_bytes(cx: &mut RunContext<'_>, src: &[u8]) -> u64 {
    if src.is_empty() {
        return 0;
    }
    let p = cx.alloc().alloc(ObjKind::Noscan, src.len().div_ceil(8)) as *mut u8;
    // SAFETY: the new object has at least src.len() bytes and is not shared yet.
    unsafe { std::ptr::copy_nonoverlapping(src.as_ptr(), p, src.len()) };
    p as u64
}

/// A new noscan object holding a copy of the `n > 0` bytes at `src`.
///
/// # Safety
/// `src` must be `n` readable bytes of a live string or slice that stays reachable from a
/// register while the new object is allocated (a collection cannot free it).
unsafe fn copy_bytes(cx: &mut RunContext<'_>, src: u64, n: u64) -> u64 {
    let p = cx.alloc().alloc(ObjKind::Noscan, (n as usize).div_ceil(8)) as *mut u8;
    // SAFETY: the new object has at least n bytes and is not shared yet; src per the caller.
    unsafe { std::ptr::copy_nonoverlapping(src as *const u8, p, n as usize) };
    p as u64
}

/// `a + b` for strings.
///
/// # Safety
/// Both pairs must be live strings.
#[inline(never)]
pub(crate) unsafe fn concat(cx: &mut RunContext<'_>, ap: u64, al: u64, bp: u64, bl: u64) -> (u64, u64) {
    if al == 0 {
        return (bp, bl);
    }
    if bl == 0 {
        return (ap, al);
    }
    let n = (al + bl) as usize;
    let p = cx.alloc().alloc(ObjKind::Noscan, n.div_ceil(8)) as *mut u8;
    // SAFETY: the object has n bytes; sources are live strings (caller).
    unsafe {
        std::ptr::copy_nonoverlapping(ap as *const u8, p, al as usize);
        std::ptr::copy_nonoverlapping(bp as *const u8, p.add(al as usize), bl as usize);
    }
    (p as u64, n as u64)
}

/// Creates a closure object `[func, captures...]`.
///
/// # Safety
/// `caps` must point to `n` readable words.
#[inline(never)]
pub(crate) unsafe fn make_closure(cx: &mut RunContext<'_>, func: u32, caps: *const u64, n: usize) -> u64 {
    // Captures may be pointers (cells, pointer values) or scalars: scan all; the marker
    // ignores words that are not heap pointers.
    let shape = closure_shape(n + 1);
    let p = cx.alloc().alloc(ObjKind::Scan(shape), n + 1);
    // SAFETY: the object has n + 1 words; caps has n readable words (caller).
    unsafe {
        heap::store(p, func as u64);
        for i in 0..n {
            heap::store(p.add(1 + i), *caps.add(i));
        }
    }
    p as u64
}

/// A shape with every word a possible pointer (closures: the function index word is a small
/// integer, which the marker ignores).
#[inline(never)]
pub(crate) fn closure_shape(words: usize) -> &'static heap::Shape {
    use std::sync::OnceLock;
    static SHAPE: OnceLock<&'static heap::Shape> = OnceLock::new();
    let _ = words;
    SHAPE.get_or_init(|| Box::leak(Box::new(heap::Shape { words: 1, ptrmask: vec![1].into_boxed_slice() })))
}

#[inline(never)]
pub(crate) fn make_map(cx: &mut RunContext<'_>, prog: &'static Program, t: u16, hint: i64) -> u64 {
    let mt = prog.ty(t as u32);
    let m = GoMap::new(prog, prog.ty(mt.key), prog.ty(mt.elem), hint.max(0) as usize);
    cx.alloc().alloc_native(m) as u64
}

#[inline(always)]
fn map_ref<'a>(m: u64) -> Option<&'a GoMap> {
    if m == 0 {
        None
    } else {
        // SAFETY: a non-nil map word points to a live GoMap heap object (make_map).
        Some(unsafe { &*(m as *const GoMap) })
    }
}

#[inline(never)]
pub(crate) fn map_len(m: u64) -> usize {
    map_ref(m).map_or(0, |m| m.len())
}


/// Initializes iterator registers `[map, start, step, slots]`.
///
/// # Safety
/// `regs[dst..dst+4]` must be in the frame.
#[inline(never)]
pub(crate) unsafe fn map_iter(cx: &mut RunContext<'_>, regs: *mut u64, dst: u16, m: u64) {
    let slots = map_ref(m).map_or(0, |m| m.slot_count()) as u64;
    let start = if slots == 0 { 0 } else { cx.random() as u64 % slots };
    let it = [m, start, 0, slots];
    for (i, w) in it.iter().enumerate().take(ITER_WORDS) {
        // SAFETY: per the caller.
        unsafe { *regs.add(dst as usize + i) = *w };
    }
}

impl Goroutine {
    /// Raises a failed map operation: a runtime panic for an unhashable key, a fatal error
    /// for concurrent use.
    #[cold]
    #[inline(never)]
    fn map_error(&mut self, cx: &mut RunContext<'_>, e: MapError) -> Flow {
        match e {
            MapError::Unhashable(t) => self.runtime_error(cx, format!("hash of unhashable type {}", t)),
            MapError::Concurrent(what) => Flow::Exit(runtime::Exit::Fatal(super::panic::fatal_report(self, cx.goroutine_id(), what))),
        }
    }

    #[inline(never)]
    pub(crate) fn map_clear(&mut self, cx: &mut RunContext<'_>, m: u64) -> Result<(), Flow> {
        match map_ref(m) {
            Some(map) => map.clear().map_err(|e| self.map_error(cx, e)),
            None => Ok(()),
        }
    }

    /// Advances an iterator; writes ok, key, value at `dst`.
    ///
    /// # Safety
    /// Iterator and destination registers must be in the frame.
    #[inline(never)]
    pub(crate) unsafe fn map_next(&mut self, cx: &mut RunContext<'_>, regs: *mut u64, dst: u16, it: u16, t: u16) -> Result<(), Flow> {
        let prog = self.prog;
        let r = |i: usize| -> *mut u64 {
            // SAFETY: per the caller.
            unsafe { regs.add(i) }
        };
        let mt = prog.ty(t as u32);
        let (kw, vw) = (prog.ty(mt.key).words as usize, prog.ty(mt.elem).words as usize);
        // SAFETY: per the caller.
        unsafe {
            let it = it as usize;
            let m = *r(it);
            let Some(map) = map_ref(m) else {
                *r(dst as usize) = 0;
                return Ok(());
            };
            let (start, slots) = (*r(it + 1), *r(it + 3));
            let mut small = [0u64; 8];
            let mut large = Vec::new();
            let buf: &mut [u64] = if kw + vw <= small.len() {
                &mut small[..kw + vw]
            } else {
                large.resize(kw + vw, 0);
                &mut large
            };
            while *r(it + 2) < slots {
                let i = (start + *r(it + 2)) % slots;
                *r(it + 2) += 1;
                match map.slot(i as usize, buf) {
                    Ok(true) => {
                        *r(dst as usize) = 1;
                        for (j, w) in buf.iter().enumerate() {
                            *r(dst as usize + 1 + j) = *w;
                        }
                        return Ok(());
                    }
                    Ok(false) => {}
                    Err(e) => return Err(self.map_error(cx, e)),
                }
            }
            *r(dst as usize) = 0;
        }
        Ok(())
    }

    #[inline(never)]
    pub(crate) fn map_get(&mut self, cx: &mut RunContext<'_>, regs: *mut u64, dst: u16, base: u16, t: u16, comma_ok: bool) -> Result<(), Flow> {
        // SAFETY: the map register is in the frame (compiler).
        let m = unsafe { *regs.add(base as usize) };
        if let Some(map) = map_ref(m).filter(|map| map.word_valued()) {
            // SAFETY: the key registers are in the frame; a one-word key leaves the second
            // word unused (it is read from the frame but ignored).
            let key = unsafe { [*regs.add(base as usize + 1), *regs.add(base as usize + 1 + (map.key_words() - 1))] };
            let found = map.get_word(key).map_err(|e| self.map_error(cx, e))?;
            // SAFETY: the destination registers are in the frame.
            unsafe {
                *regs.add(dst as usize) = found.unwrap_or(0);
                if comma_ok {
                    *regs.add(dst as usize + 1) = found.is_some() as u64;
                }
            }
            return Ok(());
        }
        // A map knows its key and value sizes; only a nil map needs the type's.
        let (kw, vw) = match map_ref(m) {
            Some(map) => (map.key_words(), map.val_words()),
            None => {
                let mt = self.prog.ty(t as u32);
                (self.prog.ty(mt.key).words as usize, self.prog.ty(mt.elem).words as usize)
            }
        };
        // The key is copied out of the registers first: the destination may overlap it.
        let mut small = [0u64; 4];
        let mut large = Vec::new();
        let key: &mut [u64] = if kw <= small.len() {
            &mut small[..kw]
        } else {
            large.resize(kw, 0);
            &mut large
        };
        // SAFETY: key and destination registers are within the frame (compiler).
        let out = unsafe {
            for (i, k) in key.iter_mut().enumerate() {
                *k = *regs.add(base as usize + 1 + i);
            }
            std::slice::from_raw_parts_mut(regs.add(dst as usize), vw + comma_ok as usize)
        };
        let found = match map_ref(m) {
            None => {
                out[..vw].fill(0);
                false
            }
            Some(map) => match map.get(key, out) {
                Ok(f) => f,
                Err(e) => return Err(self.map_error(cx, e)),
            },
        };
        if comma_ok {
            out[vw] = found as u64;
        }
        Ok(())
    }

    #[inline(never)]
    pub(crate) fn map_set(&mut self, cx: &mut RunContext<'_>, regs: *mut u64, base: u16, t: u16) -> Result<(), Flow> {
        let _ = t;
        // SAFETY: the map register is in the frame (compiler).
        let m = unsafe { *regs.add(base as usize) };
        let Some(map) = map_ref(m) else {
            return Err(self.go_panic_msg(cx, "assignment to entry in nil map"));
        };
        let (kw, vw) = (map.key_words(), map.val_words());
        if map.word_valued() {
            // SAFETY: key and value registers are within the frame (compiler); a one-word key
            // reads its own word twice.
            let (key, val) = unsafe { ([*regs.add(base as usize + 1), *regs.add(base as usize + kw)], *regs.add(base as usize + 1 + kw)) };
            return map.set_word(key, val).map_err(|e| self.map_error(cx, e));
        }
        // SAFETY: key and value registers are within the frame (compiler).
        let (key, val) = unsafe { (std::slice::from_raw_parts(regs.add(base as usize + 1), kw), std::slice::from_raw_parts(regs.add(base as usize + 1 + kw), vw)) };
        map.set(key, val).map_err(|e| self.map_error(cx, e))
    }

    #[inline(never)]
    pub(crate) fn map_delete(&mut self, cx: &mut RunContext<'_>, regs: *mut u64, base: u16, t: u16) -> Result<(), Flow> {
        let mt = self.prog.ty(t as u32);
        let kw = self.prog.ty(mt.key).words as usize;
        // SAFETY: registers within the frame.
        let (m, key) = unsafe { (*regs.add(base as usize), std::slice::from_raw_parts(regs.add(base as usize + 1), kw)) };
        match map_ref(m) {
            None => Ok(()),
            Some(map) => map.delete(key).map_err(|e| self.map_error(cx, e)),
        }
    }

    #[inline(never)]
    pub(crate) fn make_slice(&mut self, cx: &mut RunContext<'_>, regs: *mut u64, base: u16, t: u16) -> Result<(), Flow> {
        let et = self.prog.ty(t as u32);
        // SAFETY: registers within the frame.
        let (len, cap) = unsafe { (*regs.add(base as usize) as i64, *regs.add(base as usize + 1) as i64) };
        // Go's rule: a length that is negative or too large to allocate is a bad len;
        // otherwise a capacity below the length or too large is a bad cap.
        let too_big = |n: i64| (n as u128) * (et.stride as u128) > MAX_ALLOC as u128;
        if len < 0 || too_big(len) {
            return Err(self.runtime_error(cx, "makeslice: len out of range".into()));
        }
        if cap < len || too_big(cap) {
            return Err(self.runtime_error(cx, "makeslice: cap out of range".into()));
        }
        let p = if cap == 0 { heap::zero_base() as u64 } else { alloc_array(cx, et, cap as u64) };
        // SAFETY: as above.
        unsafe {
            *regs.add(base as usize) = p;
            *regs.add(base as usize + 1) = len as u64;
            *regs.add(base as usize + 2) = cap as u64;
        }
        Ok(())
    }

    /// Grows a slice to hold `extra` more elements, as Go's growslice does.
    #[inline(never)]
    fn grow(&mut self, cx: &mut RunContext<'_>, et: &TypeDesc, s: [u64; 3], extra: u64) -> Result<[u64; 3], Flow> {
        let (ptr, len, cap) = (s[0], s[1], s[2]);
        let need = match len.checked_add(extra) {
            Some(n) if n <= i64::MAX as u64 => n,
            _ => return Err(self.runtime_error(cx, "growslice: len out of range".into())),
        };
        if need <= cap {
            return Ok([ptr, need, cap]);
        }
        if need.checked_mul(et.stride as u64).is_none_or(|b| b > MAX_ALLOC) {
            return Err(self.runtime_error(cx, "growslice: len out of range".into()));
        }
        // Go 1.20+: double until 256, then grow by (n + 3*256)/4 each step.
        let mut newcap = cap;
        let double = cap * 2;
        if need > double {
            newcap = need;
        } else if cap < 256 {
            newcap = double;
        } else {
            while newcap < need {
                newcap += (newcap + 3 * 256) / 4;
            }
        }
        // Round up to the allocator's size classes like Go (bytes → words granularity).
        let bytes = newcap * et.stride as u64;
        let rounded = round_size(bytes);
        if et.stride > 0 {
            newcap = rounded / et.stride as u64;
        }
        let np = alloc_array(cx, et, newcap);
        if len > 0 && et.stride > 0 {
            // SAFETY: old elements are live; the new array is larger and not yet shared.
            unsafe { copy_elems(np, ptr, len * et.stride as u64, et) };
        }
        Ok([np, need, newcap])
    }

    #[inline(never)]
    pub(crate) fn append(&mut self, cx: &mut RunContext<'_>, regs: *mut u64, dst: u16, base: u16, n: u16, t: u16) -> Result<(), Flow> {
        let et = self.prog.ty(t as u32);
        let b = base as usize;
        // SAFETY: registers within the frame.
        let s = unsafe { [*regs.add(b), *regs.add(b + 1), *regs.add(b + 2)] };
        let len = s[1];
        let ns = self.grow(cx, et, s, n as u64)?;
        let ew = et.words as usize;
        for i in 0..n as u64 {
            let addr = ns[0] + (len + i) * et.stride as u64;
            // SAFETY: the element is inside the (grown) backing array; source registers
            // are in the frame.
            unsafe {
                if ew <= 1 && et.stride <= 8 {
                    store(addr, et.packed, *regs.add(b + 3 + i as usize));
                } else {
                    for j in 0..ew {
                        heap::store((addr as *mut u64).add(j), *regs.add(b + 3 + i as usize * ew + j));
                    }
                }
            }
        }
        // SAFETY: as above.
        unsafe { set_slice(regs, dst, ns) };
        Ok(())
    }

    #[inline(never)]
    pub(crate) fn append_slice(&mut self, cx: &mut RunContext<'_>, regs: *mut u64, dst: u16, base: u16, t: u16, from_string: bool) -> Result<(), Flow> {
        let et = self.prog.ty(t as u32);
        let b = base as usize;
        // SAFETY: registers within the frame.
        let (s, src_ptr, src_len) = unsafe { ([*regs.add(b), *regs.add(b + 1), *regs.add(b + 2)], *regs.add(b + 3), *regs.add(b + 4)) };
        let _ = from_string;
        if src_len == 0 {
            // SAFETY: as above.
            unsafe { set_slice(regs, dst, s) };
            return Ok(());
        }
        let len = s[1];
        let ns = self.grow(cx, et, s, src_len)?;
        let bytes = src_len * et.stride as u64;
        // SAFETY: destination has room for the new elements; the source is live; memmove
        // semantics handle `append(s[:i], s[j:]...)` overlap.
        unsafe { copy_elems(ns[0] + len * et.stride as u64, src_ptr, bytes, et) };
        // SAFETY: as above.
        unsafe { set_slice(regs, dst, ns) };
        Ok(())
    }

    /// `copy(dst, src)`: the number of elements copied, or `None` when the goroutine
    /// must yield in the middle of a large copy (it resumes on the same instruction).
    #[inline(never)]
    pub(crate) fn copy(&mut self, cx: &mut RunContext<'_>, regs: *mut u64, base: u16, t: u16, from_string: bool) -> Option<u64> {
        let et = self.prog.ty(t as u32);
        let b = base as usize;
        let _ = from_string;
        // SAFETY: registers within the frame.
        let (dp, dl, sp, sl) = unsafe { (*regs.add(b), *regs.add(b + 1), *regs.add(b + 3), *regs.add(b + 4)) };
        let n = dl.min(sl);
        if n > 0 && et.stride > 0 {
            // SAFETY: both ranges are inside live arrays; overlap allowed.
            if !unsafe { self.in_chunks(cx, dp, Some(sp), n * et.stride as u64) } {
                return None;
            }
        }
        Some(n)
    }

    /// `clear(s)` of `bytes` bytes at `addr`; false: yield and run the instruction again.
    #[inline(never)]
    pub(crate) fn clear_bytes(&mut self, cx: &mut RunContext<'_>, addr: u64, bytes: u64) -> bool {
        // SAFETY: the caller passes the elements of a live slice.
        unsafe { self.in_chunks(cx, addr, None, bytes) }
    }

    /// Moves `bytes` from `src` to `dst` (memmove), or zeroes them for `None`, in chunks
    /// of [`CHUNK`] bytes with a safepoint between two, so that one huge operation does
    /// not delay preemption or a world stop. When the safepoint says yield, the progress
    /// is saved in `Rare::partial` and false returned: the instruction runs again on resume and
    /// goes on from there (its registers are unchanged). Overlapping moves to a higher
    /// address go backwards, as memmove does.
    ///
    /// # Safety
    /// Both ranges are inside live arrays; an element type with pointers has a stride
    /// that is a multiple of 8 (so no chunk boundary splits a pointer word).
    unsafe fn in_chunks(&mut self, cx: &mut RunContext<'_>, dst: u64, src: Option<u64>, bytes: u64) -> bool {
        let backward = src.is_some_and(|s| dst > s && dst < s + bytes);
        let mut done = self.rare.as_mut().map_or(0, |r| std::mem::take(&mut r.partial));
        while done < bytes {
            let n = (bytes - done).min(CHUNK);
            let off = if backward { bytes - done - n } else { done };
            // SAFETY: per the caller; each chunk is inside both ranges.
            unsafe {
                match src {
                    Some(s) => std::ptr::copy((s + off) as *const u8, (dst + off) as *mut u8, n as usize),
                    None => std::ptr::write_bytes((dst + off) as *mut u8, 0, n as usize),
                }
            }
            done += n;
            if done < bytes && cx.safepoint() {
                self.rare().partial = done;
                return false;
            }
        }
        true
    }

    #[inline(never)]
    pub(crate) fn str_conv(&mut self, cx: &mut RunContext<'_>, regs: *mut u64, dst: u16, src: u16, kind: StrConv) -> Result<(), Flow> {
        let (d, s) = (dst as usize, src as usize);
        // SAFETY: registers within the frame; source strings/slices are live.
        unsafe {
            match kind {
                StrConv::FromRune => {
                    let v = *regs.add(s) as i64;
                    let c = u32::try_from(v).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
                    let mut buf = [0u8; 4];
                    let bytes = c.encode_utf8(&mut buf).as_bytes();
                    let p = alloc_bytes(cx, bytes);
                    *regs.add(d) = p;
                    *regs.add(d + 1) = bytes.len() as u64;
                }
                StrConv::ToBytes => {
                    let n = *regs.add(s + 1);
                    let p = if n == 0 { heap::zero_base() as u64 } else { copy_bytes(cx, *regs.add(s), n) };
                    *regs.add(d) = p;
                    *regs.add(d + 1) = n;
                    *regs.add(d + 2) = round_size(n).max(n);
                    if n > 0 {
                        *regs.add(d + 2) = n.div_ceil(8) * 8;
                    }
                }
                StrConv::FromBytes => {
                    let n = *regs.add(s + 1);
                    let p = if n == 0 { 0 } else { copy_bytes(cx, *regs.add(s), n) };
                    *regs.add(d) = p;
                    *regs.add(d + 1) = n;
                }
                StrConv::ToRunes => {
                    let b = crate::value::bytes(*regs.add(s), *regs.add(s + 1)).to_vec();
                    let mut runes: Vec<u32> = Vec::new();
                    let mut i = 0;
                    while i < b.len() {
                        let (r, n) = super::ops::decode_rune(&b[i..]);
                        runes.push(r);
                        i += n;
                    }
                    let n = runes.len() as u64;
                    let p = if n == 0 { heap::zero_base() as u64 } else { cx.alloc().alloc(ObjKind::Noscan, (runes.len() * 4).div_ceil(8)) as u64 };
                    for (k, r) in runes.iter().enumerate() {
                        *((p as *mut u32).add(k)) = *r;
                    }
                    *regs.add(d) = p;
                    *regs.add(d + 1) = n;
                    *regs.add(d + 2) = if n == 0 { 0 } else { (n * 4).div_ceil(8) * 2 };
                }
                StrConv::FromRunes => {
                    let (p, n) = (*regs.add(s), *regs.add(s + 1));
                    let mut out = String::new();
                    for k in 0..n as usize {
                        let r = *((p as *const i32).add(k));
                        out.push(u32::try_from(r).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}'));
                    }
                    let q = alloc_bytes(cx, out.as_bytes());
                    *regs.add(d) = q;
                    *regs.add(d + 1) = out.len() as u64;
                }
            }
        }
        Ok(())
    }

    /// Slicing of strings, slices and pointers to arrays (see `Op::Slice`).
    #[inline(never)]
    pub(crate) fn slice_op(&mut self, cx: &mut RunContext<'_>, regs: *mut u64, dst: u16, base: u16, flags: u8, t: u16) -> Result<(), Flow> {
        let et = self.prog.ty(t as u32);
        let kind = (flags >> 4) & 3;
        let b = base as usize;
        // SAFETY: operand registers within the frame.
        let rd = |i: usize| unsafe { *regs.add(i) };
        let (ptr, len, cap, mut next) = match kind {
            0 => (rd(b), rd(b + 1), rd(b + 1), b + 2),
            1 => (rd(b), rd(b + 1), rd(b + 2), b + 3),
            _ => {
                let p = rd(b);
                let arr = self.prog.ty(t as u32);
                // For array pointers `t` is the array type.
                if p == 0 {
                    return Err(self.nil_deref(cx));
                }
                (p, arr.len, arr.len, b + 1)
            }
        };
        let stride = if kind == 2 { self.prog.ty(et.elem).stride as u64 } else if kind == 0 { 1 } else { et.stride as u64 };
        let mut take = |bit: u8| -> Option<u64> {
            if flags & bit != 0 {
                let v = rd(next);
                next += 1;
                Some(v)
            } else {
                None
            }
        };
        let lo = take(1);
        let hi = take(2);
        let max = take(4);
        let l = lo.unwrap_or(0);
        let h = hi.unwrap_or(len);
        let m = max.unwrap_or(cap);
        let three = flags & 4 != 0;
        // Go's checks, in its order and wording (panicSlice*).
        let bound = if kind == 0 { len } else { cap };
        use super::panic::bounds;
        if three {
            if m > cap {
                return Err(self.bounds_error(cx, m as i64, cap, bounds::SLICE3_CAP));
            }
            if h > m {
                return Err(self.bounds_error(cx, h as i64, m, bounds::SLICE3_HIGH));
            }
        } else if h > bound {
            let code = if kind == 0 { bounds::SLICE_LEN } else { bounds::SLICE_CAP };
            return Err(self.bounds_error(cx, h as i64, bound, code));
        }
        if l > h {
            let code = if three { bounds::SLICE3_LOW } else { bounds::SLICE_LOW };
            return Err(self.bounds_error(cx, l as i64, h, code));
        }
        let newcap = m - l;
        // Keep the old pointer when the result has no capacity (no past-the-end pointer).
        let np = if newcap == 0 && kind != 0 { ptr } else { ptr + l * stride };
        let np = if kind == 0 && h == l { ptr } else { np };
        let d = dst as usize;
        // SAFETY: destination registers within the frame.
        unsafe {
            *regs.add(d) = np;
            *regs.add(d + 1) = h - l;
            if kind != 0 {
                *regs.add(d + 2) = newcap;
            }
        }
        Ok(())
    }
}

/// Copies `bytes` bytes of elements of type `et` (memmove semantics; word-wise for
/// pointer-bearing elements).
///
/// # Safety
/// Both ranges must be valid.
#[inline(never)]
pub(crate) unsafe fn copy_elems(dst: u64, src: u64, bytes: u64, et: &TypeDesc) {
    let _ = et;
    // SAFETY: per the caller; `copy` handles overlap. Word-aligned element arrays of
    // pointer-bearing types are copied with word granularity by the underlying memmove.
    unsafe { std::ptr::copy(src as *const u8, dst as *mut u8, bytes as usize) }
}

/// Bytes a copy or clear moves between two safepoints (about 0.1 ms of memory traffic).
const CHUNK: u64 = 1 << 20;

/// Rounds an allocation size up to the heap's size classes (so slice capacities grow as
/// Go's do, within a word).
#[inline(never)]
pub(crate) fn round_size(bytes: u64) -> u64 {
    const CLASSES: [u64; 36] = [
        8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536,
    ];
    if bytes == 0 {
        return 0;
    }
    for c in CLASSES {
        if bytes <= c {
            return c;
        }
    }
    if bytes <= 32768 {
        // Go's classes above 1536 are irregular; rounding to 256 keeps growth close.
        return bytes.div_ceil(256) * 256;
    }
    bytes.div_ceil(8192) * 8192
}
