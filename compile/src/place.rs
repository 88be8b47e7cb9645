//! Assignable places: evaluating their operands once, loading, storing, taking addresses.

use crate::func::FnBuilder;
use types::tir::{Expr, Place, Pos, Var};
use types::ty::{Type, TypeId};
use vm::op::{Mem, Op, Reg};

/// An evaluated place: its operands are in registers.
#[derive(Clone, Copy, Debug)]
pub(crate) enum PlaceRef {
    Blank,
    /// A local in registers.
    Reg(Reg),
    /// Memory at R[ptr] + off; `packed` for array elements narrower than a word.
    Mem { ptr: Reg, off: u32, packed: Option<Mem> },
    /// Element R[idx] of an array of `len` elements in registers at `base`, plus a word
    /// offset inside the element (fields of array elements). Bounds-checked when accessed.
    /// `at`: the position of the `[`, where Go reports a bad index.
    RegElem { base: Reg, idx: Reg, elem: TypeId, sub: u32, len: u32, at: Option<Pos> },
    /// Element R[idx] of a slice (R[base..base+3]; `len == None`) or of an array of `len`
    /// elements at address R[base], plus a byte offset inside the element. The index is
    /// checked (and the address computed) when the place is accessed: in `a[i], s[j] = x, y`
    /// a bad `j` panics after `a[i]` was assigned, as Go's assignment order says.
    Elem { base: Reg, idx: Reg, esize: u16, len: Option<u32>, off: u32, packed: Option<Mem>, at: Option<Pos> },
    /// m[k] with map in R[m] and key in R[key..].
    Map { m: Reg, key: Reg, map_ty: TypeId },
}

impl<'c, 'a> FnBuilder<'c, 'a> {
    /// Evaluates the operands of a place (index expressions, pointers) now.
    pub fn eval_place(&mut self, p: &Place) -> (PlaceRef, TypeId) {
        match p {
            Place::Blank => (PlaceRef::Blank, TypeId::INVALID),
            Place::Var(v) => self.var_place(*v),
            Place::Deref(e) => {
                let Type::Pointer(t) = self.types().under(e.ty).clone() else { unreachable!("minigo bug: deref of non-pointer") };
                let r = self.expr_copy(e);
                let packed = self.narrow(t);
                (PlaceRef::Mem { ptr: r, off: 0, packed }, t)
            }
            Place::Field(base, i) => {
                let (b, t) = self.eval_place(base);
                let Type::Struct(fields) = self.types().under(t).clone() else { unreachable!("minigo bug: field of non-struct") };
                let ft = fields[*i as usize].ty;
                let off = self.c.layouts.field_offset(&self.c.tir.types, t, *i);
                let r = match b {
                    PlaceRef::Reg(r) => PlaceRef::Reg(r + (off / 8) as u16),
                    PlaceRef::Mem { ptr, off: o, .. } => PlaceRef::Mem { ptr, off: o + off, packed: self.narrow(ft) },
                    PlaceRef::RegElem { base, idx, elem, sub, len, at } => PlaceRef::RegElem { base, idx, elem, sub: sub + off / 8, len, at },
                    PlaceRef::Elem { base, idx, esize, len, off: o, at, .. } => PlaceRef::Elem { base, idx, esize, len, off: o + off, packed: self.narrow(ft), at },
                    PlaceRef::Blank | PlaceRef::Map { .. } => unreachable!("minigo bug: field of a map entry"),
                };
                (r, ft)
            }
            Place::ArrayIndex(base, idx) => {
                let (b, t) = self.eval_place(base);
                let Type::Array(et, len) = self.types().under(t).clone() else { unreachable!("minigo bug: index of non-array") };
                let el = self.layout(et);
                // An element of an element (`a[i][j]`) needs the inner address now.
                let b = if matches!(b, PlaceRef::Elem { .. }) { self.resolve(b) } else { b };
                let i = self.expr_copy(idx);
                let at = self.lbrack_before(idx.pos, false);
                let packed = self.narrow(et);
                let r = match b {
                    PlaceRef::Reg(base) => PlaceRef::RegElem { base, idx: i, elem: et, sub: 0, len: len as u32, at },
                    PlaceRef::Mem { ptr, off, .. } => {
                        let p = if off == 0 { ptr } else { self.add_ptr(ptr, off) };
                        PlaceRef::Elem { base: p, idx: i, esize: el.stride as u16, len: Some(len as u32), off: 0, packed, at }
                    }
                    PlaceRef::RegElem { .. } => {
                        // Arrays of arrays in registers: go through a copy in memory.
                        unreachable!("minigo bug: nested register arrays are boxed")
                    }
                    _ => unreachable!(),
                };
                (r, et)
            }
            Place::SliceIndex(s, i) => {
                let Type::Slice(et) = self.types().under(s.ty).clone() else { unreachable!() };
                let el = self.layout(et);
                let sr = self.expr_copy(s);
                let ir = self.expr_copy(i);
                let at = self.lbrack_after(s.pos);
                let packed = self.narrow(et);
                (PlaceRef::Elem { base: sr, idx: ir, esize: el.stride as u16, len: None, off: 0, packed, at }, et)
            }
            Place::MapIndex(m, k) => {
                let Type::Map(_, vt) = self.types().under(m.ty).clone() else { unreachable!() };
                let kw = self.words(k.ty);
                // The window [map, key, value] is the operand of both MapGet and MapSet
                // (`m[k] op= v` reads and writes through it without copies).
                let vw = self.words(vt);
                let base = self.alloc_words(1 + kw + vw, &[true]);
                self.mark_ptrs(base, 1 + kw + vw);
                self.expr_into(m, base);
                self.expr_into(k, base + 1);
                (PlaceRef::Map { m: base, key: base + 1, map_ty: m.ty }, vt)
            }
        }
    }

    /// Runs `f` (evaluating places) letting place operands that are register variables
    /// not in `assigned` be read in place when `ok` (see [`Self::expr_copy`]).
    pub(crate) fn with_direct_places<R>(&mut self, ok: bool, assigned: Vec<types::tir::LocalId>, f: impl FnOnce(&mut Self) -> R) -> R {
        let saved = std::mem::replace(&mut self.direct_places, ok.then_some(assigned));
        let r = f(self);
        self.direct_places = saved;
        r
    }

    /// Evaluates `e` into fresh registers: never a variable's own register, which a later
    /// assignment in the same statement might change, unless the statement being compiled
    /// said that it cannot (`direct_places`).
    fn expr_copy(&mut self, e: &Expr) -> Reg {
        if let (Some(assigned), types::tir::ExprKind::Var(Var::Local(l))) = (&self.direct_places, &e.kind) {
            let s = self.slot(*l);
            if !s.boxed && !assigned.contains(l) {
                self.set_pos(e.pos);
                return s.reg;
            }
        }
        let r = self.alloc(e.ty);
        self.expr_into(e, r);
        r
    }

    fn var_place(&mut self, v: Var) -> (PlaceRef, TypeId) {
        match v {
            Var::Local(l) => {
                let s = self.slot(l);
                let t = self.local_ty(l);
                if s.boxed {
                    (PlaceRef::Mem { ptr: s.reg, off: 0, packed: self.narrow(t) }, t)
                } else {
                    (PlaceRef::Reg(s.reg), t)
                }
            }
            Var::Capture(i) => {
                let c = self.captures[i as usize];
                let p = self.alloc_ptr();
                self.emit(Op::LoadCapture { dst: p, idx: c.word });
                (PlaceRef::Mem { ptr: p, off: 0, packed: self.narrow(c.ty) }, c.ty)
            }
            Var::Global(g) => {
                let off = self.c.global_offsets[g.0 as usize];
                let t = self.c.tir.globals[g.0 as usize].ty;
                let p = self.alloc_scalar();
                self.emit(Op::GlobalAddr { dst: p, off });
                (PlaceRef::Mem { ptr: p, off: 0, packed: self.narrow(t) }, t)
            }
        }
    }

    /// A one-word element of a slice (`s[i]` of a scalar, pointer... type): accessed with
    /// one bounds-checked instruction.
    fn slice_scalar(&mut self, p: PlaceRef, t: TypeId) -> Option<(Reg, Reg, Mem)> {
        let PlaceRef::Elem { base, idx, esize, len: None, off: 0, at, .. } = p else { return None };
        let l = self.layout(t);
        self.at_lbrack(at);
        (l.words() == 1 && l.stride as u16 == esize && l.stride <= 8 && l.size > 0).then_some((base, idx, l.packed))
    }

    /// Checks the index of an element place and computes its address: a memory place.
    pub(crate) fn resolve(&mut self, p: PlaceRef) -> PlaceRef {
        let PlaceRef::Elem { base, idx, esize, len, off, packed, at } = p else { return p };
        self.at_lbrack(at);
        let a = self.alloc_scalar();
        match len {
            None => {
                self.emit(Op::SliceAddr { dst: a, s: base, i: idx, esize });
            }
            Some(len) => {
                self.emit(Op::BoundsCheck { idx, len });
                self.emit(Op::NilCheck { ptr: base });
                self.emit(Op::IndexAddr { dst: a, ptr: base, idx, esize });
            }
        }
        PlaceRef::Mem { ptr: a, off, packed }
    }

    /// The access width of a scalar narrower than a word (`None` for word-sized and
    /// larger types): memory of such a scalar is always accessed with its own width.
    fn narrow(&mut self, t: TypeId) -> Option<Mem> {
        let l = self.layout(t);
        (l.stride < 8 && l.size > 0).then_some(l.packed)
    }

    /// Stores the value in `src` (type `t`) to an evaluated place.
    pub fn store(&mut self, p: PlaceRef, t: TypeId, src: Reg) {
        if let Some((s, i, mem)) = self.slice_scalar(p, t) {
            self.emit(Op::SliceSt { s, i, src, mem });
            return;
        }
        let p = self.resolve(p);
        let n = self.words(t);
        if n == 0 && !matches!(p, PlaceRef::Map { .. }) {
            // Zero-size values: only the nil check of a pointer remains (a map entry is
            // still created).
            if let PlaceRef::Mem { ptr, .. } = p {
                self.emit(Op::NilCheck { ptr });
            }
            return;
        }
        match p {
            PlaceRef::Blank => {}
            PlaceRef::Reg(r) => self.mov(r, src, n),
            PlaceRef::Mem { ptr, off, packed } => {
                if let Some(mem) = packed {
                    let q = if off == 0 { ptr } else { self.add_ptr(ptr, off) };
                    self.emit(Op::St { ptr: q, off: 0, src, mem });
                } else if let Some(bytes) = self.packed_array_bytes(t) {
                    let q = if off == 0 { ptr } else { self.add_ptr(ptr, off) };
                    self.emit(Op::StB { ptr: q, src, bytes });
                } else if n == 1 && off <= u16::MAX as u32 {
                    self.emit(Op::St { ptr, off: off as u16, src, mem: Mem::W64 });
                } else if n > 0 {
                    let q = if off == 0 { ptr } else { self.add_ptr(ptr, off) };
                    self.emit(Op::StN { ptr: q, src, n: n as u16 });
                } else {
                    self.emit(Op::NilCheck { ptr });
                }
            }
            PlaceRef::RegElem { base, idx, elem, sub, len, at } => {
                self.at_lbrack(at);
                self.emit(Op::BoundsCheck { idx, len });
                let el = self.layout(elem);
                if el.stride < 8 {
                    self.emit(Op::RegSt { base, idx, src, mem: el.packed });
                } else if sub == 0 && n == el.words() {
                    self.emit(Op::RegStN { base, idx, src, n: n as u16 });
                } else {
                    // Read-modify-write of the element.
                    let w = el.words();
                    let tmp = self.alloc(elem);
                    self.emit(Op::RegLdN { dst: tmp, base, idx, n: w as u16 });
                    self.mov(tmp + sub as u16, src, n);
                    self.emit(Op::RegStN { base, idx, src: tmp, n: w as u16 });
                }
            }
            PlaceRef::Elem { .. } => unreachable!("minigo bug: element place not resolved"),
            PlaceRef::Map { m, key, map_ty } => {
                let Type::Map(kt, _) = self.types().under(map_ty).clone() else { unreachable!() };
                let kw = self.words(kt);
                debug_assert_eq!(key, m + 1, "minigo bug: map place window");
                self.mov(m + 1 + kw as u16, src, n);
                self.emit(Op::MapSet { base: m, t: map_ty.0 as u16 });
            }
        }
    }

    /// Loads the value of an evaluated place into `dst`.
    pub fn load(&mut self, p: PlaceRef, t: TypeId, dst: Reg) {
        if let Some((s, i, mem)) = self.slice_scalar(p, t) {
            self.emit(Op::SliceLd { dst, s, i, mem });
            return;
        }
        let p = self.resolve(p);
        let n = self.words(t);
        if n == 0 {
            if let PlaceRef::Mem { ptr, .. } = p {
                self.emit(Op::NilCheck { ptr });
            }
            return;
        }
        match p {
            PlaceRef::Blank => {}
            PlaceRef::Reg(r) => self.mov(dst, r, n),
            PlaceRef::Mem { ptr, off, packed } => {
                if let Some(mem) = packed {
                    let q = if off == 0 { ptr } else { self.add_ptr(ptr, off) };
                    self.emit(Op::Ld { dst, ptr: q, off: 0, mem });
                } else {
                    self.load_mem(dst, ptr, off, t);
                }
            }
            PlaceRef::RegElem { base, idx, elem, sub, len, at } => {
                self.at_lbrack(at);
                self.emit(Op::BoundsCheck { idx, len });
                let el = self.layout(elem);
                if el.stride < 8 {
                    self.emit(Op::RegLd { dst, base, idx, mem: el.packed });
                } else if sub == 0 && n == el.words() {
                    self.emit(Op::RegLdN { dst, base, idx, n: n as u16 });
                } else {
                    let w = el.words();
                    let tmp = self.alloc(elem);
                    self.emit(Op::RegLdN { dst: tmp, base, idx, n: w as u16 });
                    self.mov(dst, tmp + sub as u16, n);
                }
            }
            PlaceRef::Elem { .. } => unreachable!("minigo bug: element place not resolved"),
            PlaceRef::Map { m, key, map_ty } => {
                debug_assert_eq!(key, m + 1, "minigo bug: map place window");
                self.emit(Op::MapGet { dst, base: m, t: map_ty.0 as u16 });
            }
        }
    }

    /// `&place` into `dst`.
    pub fn place_addr(&mut self, p: &Place, dst: Reg) {
        // The address is taken right away: operands can be read in place.
        let (r, _) = self.with_direct_places(true, Vec::new(), |b| b.eval_place(p));
        if let PlaceRef::Elem { base, idx, esize, len: None, off: 0, at, .. } = r {
            self.at_lbrack(at);
            self.emit(Op::SliceAddr { dst, s: base, i: idx, esize });
            return;
        }
        let r = self.resolve(r);
        match r {
            PlaceRef::Mem { ptr, off, .. } => {
                if off == 0 {
                    self.emit(Op::Mov { dst, src: ptr });
                } else {
                    let q = self.add_ptr(ptr, off);
                    self.emit(Op::Mov { dst, src: q });
                }
            }
            // The checker marks every local whose address is taken as boxed, so the address
            // of a register-resident value is never needed.
            other => unreachable!("minigo bug: address of register place {:?}", other),
        }
    }
}
