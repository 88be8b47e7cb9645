//! Package unsafe.
//!
//! `Sizeof`, `Alignof` and `Offsetof` are constants with gc/amd64's values (the layout a Go
//! program expects, not minigo's word layout). `unsafe.Pointer` conversions are checked so
//! that a program never reads memory differently from gc: minigo gives every struct field a
//! whole word and standalone narrow scalars a word, so a reinterpretation is accepted only
//! when the bytes it reads lie where gc would put them.
//!
//! Each `unsafe.Pointer` expression made from a typed pointer has a *provenance*: the object
//! it points into (its type, the *root*) and the gc byte offset inside it, when the checker
//! can see them in the same expression (`unsafe.Pointer(&x.f)`, `unsafe.Pointer(uintptr(p)
//! + unsafe.Offsetof(x.f))`, `unsafe.Add(p, 8)`). Then:
//! - `(*U)(p)` reads U at that offset: every scalar of U must cover bytes of one or more
//!   scalars of the root that are contiguous in minigo's memory and lie, relative to the
//!   start, where gc has them (`view`). Without a provenance (a pointer from a variable, a
//!   call...), U's own layout must agree with gc's (`agrees`).
//! - A constant offset added to such a pointer is rewritten from gc's offset to minigo's.
//! - A pointer whose root's layout differs from gc's may be used only in those forms (and
//!   compared): stored, passed or converted otherwise, a later reinterpretation could not be
//!   checked, so it is "not supported yet" (reported at the end of the package).
//! - A uintptr becomes an unsafe.Pointer only in the arithmetic forms above.

use super::scope::{ObjKind, Object};
use super::{Checker, Mode, Operand};
use crate::constant::ConstValue;
use crate::tir::{BinOp, Builtin, Expr, ExprKind, Place, Pos, Var};
use crate::ty::{Basic, PkgId, Type, TypeId, TypeTable};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use parser::ast;

/// Names of package unsafe's functions.
pub(crate) const FUNCS: [(&str, Builtin); 8] = [
    ("Sizeof", Builtin::UnsafeSizeof),
    ("Alignof", Builtin::UnsafeAlignof),
    ("Offsetof", Builtin::UnsafeOffsetof),
    ("Add", Builtin::UnsafeAdd),
    ("Slice", Builtin::UnsafeSlice),
    ("SliceData", Builtin::UnsafeSliceData),
    ("String", Builtin::UnsafeString),
    ("StringData", Builtin::UnsafeStringData),
];

/// The largest run of array elements or struct fields walked one by one.
const WALK_LIMIT: u64 = 256;

/// gc's size and alignment of `t` on amd64; `None` for type parameters (and overflow).
pub(crate) fn gc_size_align(types: &TypeTable, t: TypeId) -> Option<(u64, u64)> {
    Some(match types.under(t) {
        Type::Basic(b) => match b {
            Basic::Bool | Basic::Int8 | Basic::Uint8 | Basic::UntypedBool => (1, 1),
            Basic::Int16 | Basic::Uint16 => (2, 2),
            Basic::Int32 | Basic::Uint32 | Basic::Float32 | Basic::UntypedRune => (4, 4),
            Basic::Complex64 => (8, 4),
            Basic::Complex128 | Basic::UntypedComplex => (16, 8),
            Basic::String | Basic::UntypedString => (16, 8),
            _ => (8, 8),
        },
        Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => (8, 8),
        Type::Slice(_) => (24, 8),
        Type::Interface(_) => (16, 8),
        Type::Array(e, n) => {
            let (s, a) = gc_size_align(types, *e)?;
            (s.checked_mul(*n)?, a)
        }
        Type::Struct(fields) => {
            let (mut off, mut align) = (0u64, 1u64);
            let mut last_zero = false;
            for f in fields.iter() {
                let (s, a) = gc_size_align(types, f.ty)?;
                off = off.checked_next_multiple_of(a)?.checked_add(s)?;
                align = align.max(a);
                last_zero = s == 0;
            }
            // A trailing zero-size field gets a byte so that its address stays inside.
            if last_zero && off > 0 {
                off += 1;
            }
            (off.checked_next_multiple_of(align)?, align)
        }
        _ => return None,
    })
}

fn gc_size(types: &TypeTable, t: TypeId) -> u64 {
    gc_size_align(types, t).map_or(0, |(s, _)| s)
}

/// (type, gc offset, minigo offset) of each field of struct type `t`.
fn struct_fields(types: &TypeTable, t: TypeId) -> Vec<(TypeId, u64, u64)> {
    let Type::Struct(fields) = types.under(t) else { return vec![] };
    let (mut gc, mut mg) = (0u64, 0u64);
    let mut out = Vec::with_capacity(fields.len());
    for f in fields.iter() {
        let (s, a) = gc_size_align(types, f.ty).unwrap_or((0, 1));
        gc = gc.next_multiple_of(a);
        out.push((f.ty, gc, mg));
        gc += s;
        mg += mg_size(types, f.ty);
    }
    out
}

/// minigo's size of a standalone value of `t` (see compile's `layout.rs`).
fn mg_size(types: &TypeTable, t: TypeId) -> u64 {
    match types.under(t) {
        Type::Array(e, n) => (mg_stride(types, *e).saturating_mul(*n)).next_multiple_of(8),
        Type::Struct(_) => struct_fields(types, t).iter().map(|&(f, _, _)| mg_size(types, f)).sum(),
        _ => gc_size(types, t).max(8),
    }
}

/// minigo's distance between consecutive array elements of type `t`.
fn mg_stride(types: &TypeTable, t: TypeId) -> u64 {
    match types.under(t) {
        Type::Basic(b) if !matches!(b, Basic::Complex64) && gc_size(types, t) < 8 => gc_size(types, t),
        _ => mg_size(types, t),
    }
}

/// Types minigo keeps as gc does: one scalar run (a word or two) at offset 0.
fn is_leaf(types: &TypeTable, t: TypeId) -> bool {
    !matches!(types.under(t), Type::Array(..) | Type::Struct(_))
}

/// Whether minigo puts every byte of a value of type `t` where gc does, relative to its
/// start (element strides included).
pub(crate) fn agrees(types: &TypeTable, t: TypeId) -> bool {
    match types.under(t) {
        Type::Array(e, n) => *n == 0 || (agrees(types, *e) && (*n == 1 || mg_stride(types, *e) == gc_size(types, *e))),
        Type::Struct(_) => struct_fields(types, t).iter().all(|&(f, gc, mg)| gc == mg && agrees(types, f)),
        _ => true,
    }
}

/// Whether every byte of a value of type `t` belongs to a scalar (no padding).
fn dense(types: &TypeTable, t: TypeId) -> bool {
    match types.under(t) {
        Type::Array(e, _) => dense(types, *e),
        Type::Struct(_) => {
            let mut end = 0;
            for (f, gc, _) in struct_fields(types, t) {
                if gc != end || !dense(types, f) {
                    return false;
                }
                end = gc + gc_size(types, f);
            }
            end == gc_size(types, t)
        }
        _ => true,
    }
}

/// The object a provenance points into: a value of one type, or an unbounded run of
/// elements (a slice's backing array).
#[derive(Clone, Copy, Debug)]
pub(crate) enum Root {
    Value(TypeId),
    Run(TypeId),
}

/// minigo's offset of the gc bytes `[start, start+len)` of a value of type `t`, if they
/// all belong to scalars and lie contiguously in minigo's memory.
fn map_region(types: &TypeTable, t: TypeId, start: u64, len: u64) -> Option<u64> {
    map_in(types, t, None, start, len)
}

fn map_root(types: &TypeTable, root: Root, start: u64, len: u64) -> Option<u64> {
    match root {
        Root::Value(t) => map_region(types, t, start, len),
        Root::Run(e) => map_in(types, e, Some(u64::MAX), start, len),
    }
}

/// `map_region` over `t`, or over `count` elements of type `t` when `count` is given.
fn map_in(types: &TypeTable, t: TypeId, count: Option<u64>, start: u64, len: u64) -> Option<u64> {
    let end = start.checked_add(len.max(1))?;
    if let Some(n) = count {
        let es = gc_size(types, t);
        if es == 0 {
            return None;
        }
        let (i0, i1) = (start / es, (end - 1) / es);
        if i1 >= n {
            return None;
        }
        let ms = mg_stride(types, t);
        let first = map_in(types, t, None, start - i0 * es, (len.max(1)).min(es - (start - i0 * es)))? + i0 * ms;
        if i0 == i1 {
            return Some(first);
        }
        if ms == es && agrees(types, t) && dense(types, t) {
            return Some(first);
        }
        if i1 - i0 > WALK_LIMIT {
            return None;
        }
        for i in i0 + 1..=i1 {
            let s = i * es;
            let piece = map_in(types, t, None, 0, (end - s).min(es))? + i * ms;
            if piece != first + (s - start) {
                return None;
            }
        }
        return Some(first);
    }
    match types.under(t) {
        Type::Array(e, n) => map_in(types, *e, Some(*n), start, len),
        Type::Struct(_) => {
            let mut first = None;
            let mut covered = start;
            for (f, gc, mg) in struct_fields(types, t) {
                let fend = gc + gc_size(types, f);
                if fend <= start || gc >= end || gc == fend {
                    continue;
                }
                if gc > covered {
                    return None; // padding
                }
                let s = covered.max(gc);
                let e = end.min(fend);
                let m = map_in(types, f, None, s - gc, e - s)? + mg;
                match first {
                    None => first = Some(m),
                    Some(f0) if m != f0 + (s - start) => return None,
                    _ => {}
                }
                covered = e;
                if covered >= end {
                    break;
                }
            }
            if covered < end {
                return None;
            }
            first
        }
        _ => (end <= gc_size(types, t)).then_some(start),
    }
}

/// Whether reading a value of type `u` at gc offset `k` of `root` reads in minigo the bytes
/// gc reads; `mg` is minigo's offset of `k`.
fn view(types: &TypeTable, root: Root, k: u64, mg: u64, u: TypeId) -> bool {
    let size = gc_size(types, u);
    if size == 0 {
        return true;
    }
    if is_leaf(types, u) {
        return map_root(types, root, k, size) == Some(mg);
    }
    if agrees(types, u) && dense(types, u) {
        return map_root(types, root, k, size) == Some(mg);
    }
    match types.under(u) {
        Type::Array(e, n) => {
            if *n > WALK_LIMIT {
                return false;
            }
            let (es, ms) = (gc_size(types, *e), mg_stride(types, *e));
            (0..*n).all(|i| view(types, root, k + i * es, mg + i * ms, *e))
        }
        Type::Struct(_) => struct_fields(types, u).into_iter().all(|(f, gc, m)| view(types, root, k + gc, mg + m, f)),
        _ => false,
    }
}

/// Where an unsafe.Pointer (or uintptr) expression points, as far as the expression shows.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Prov {
    pub root: Root,
    /// gc byte offset in the root; `None` after arithmetic with a non-constant offset.
    pub off: Option<u64>,
}

impl Root {
    fn agrees(self, types: &TypeTable) -> bool {
        match self {
            Root::Value(t) => agrees(types, t),
            Root::Run(e) => agrees(types, e) && mg_stride(types, e) == gc_size(types, e),
        }
    }

    fn name(self, c: &Checker) -> String {
        match self {
            Root::Value(t) | Root::Run(t) => c.tstr(t),
        }
    }
}

fn is_unsafe_pointer(types: &TypeTable, t: TypeId) -> bool {
    matches!(types.under(t), Type::Basic(Basic::UnsafePointer))
}

fn not_supported_layout(what: String, root: String) -> String {
    format!("{} (minigo lays out {} differently from gc) is not supported by minigo yet", what, root)
}

impl<'a> Checker<'a> {
    /// The package `unsafe` (made on first import).
    pub(crate) fn unsafe_package(&mut self) -> PkgId {
        if let Some(&id) = self.pkg_index.get("unsafe") {
            return id;
        }
        let universe = self.pkgs[0].scope;
        let scope = self.scopes.new_scope(Some(universe));
        let id = PkgId(self.pkgs.len() as u32);
        self.pkg_index.insert("unsafe".into(), id);
        self.types.pkg_paths.push("unsafe".into());
        self.pkgs.push(super::Pkg {
            path: "unsafe".into(),
            name: "unsafe".into(),
            scope,
            file_scopes: vec![],
            files: vec![],
            bodies: vec![],
            inits: vec![],
            var_decls: vec![],
            imports: vec![],
        });
        let add = |c: &mut Checker, name: &str, kind: ObjKind| {
            let obj = Object { name: name.to_string(), kind, pos: Pos::default(), pkg: id, used: true };
            let oid = c.scopes.add_object(obj);
            c.scopes.insert(scope, name.to_string(), oid);
        };
        add(self, "Pointer", ObjKind::TypeName { ty: TypeId::UNSAFE_POINTER });
        for (name, b) in FUNCS {
            add(self, name, ObjKind::Builtin(b));
        }
        id
    }

    fn uintptr_const(&self, v: u64, pos: Pos) -> Operand {
        self.const_operand(TypeId::UINTPTR, ConstValue::Int(BigInt::from(v)), pos)
    }

    /// `unsafe.Sizeof(x)` / `unsafe.Alignof(x)`.
    pub(crate) fn unsafe_size_align(&mut self, b: Builtin, a: &ast::Expr, pos: Pos) -> Operand {
        let mut x = self.expr(a);
        if x.is_invalid() {
            return x;
        }
        if x.ty == TypeId::UNTYPED_NIL {
            let n = if b == Builtin::UnsafeSizeof { "Sizeof" } else { "Alignof" };
            self.error(self.pos(a.span), format!("use of untyped nil in argument to unsafe.{}", n));
            return Operand::invalid(pos);
        }
        self.default_untyped(&mut x);
        let t = x.ty;
        if self.type_has_tparam(t) {
            self.error(pos, format!("unsafe.Sizeof, Alignof and Offsetof of a value whose type has type parameters ({}) are not supported by minigo yet", self.tstr(t)));
            return Operand::invalid(pos);
        }
        let Some((size, align)) = gc_size_align(&self.types, t) else {
            self.error(self.pos(a.span), format!("type {} is too large", self.tstr(t)));
            return Operand::invalid(pos);
        };
        self.uintptr_const(if b == Builtin::UnsafeSizeof { size } else { align }, pos)
    }

    /// `unsafe.Offsetof(x.f)`.
    pub(crate) fn unsafe_offsetof(&mut self, a: &ast::Expr, pos: Pos) -> Operand {
        let mut inner = a;
        while let ast::ExprKind::Paren(e) = &inner.kind {
            inner = e;
        }
        let ast::ExprKind::Selector(x_ast, sel) = &inner.kind else {
            let x = self.expr(a);
            if !x.is_invalid() {
                self.error(self.pos(a.span), format!("invalid argument: {} is not a selector expression", super::expr::expr_string(a)));
            }
            return Operand::invalid(pos);
        };
        let whole = self.expr(a);
        if whole.is_invalid() {
            return whole;
        }
        if matches!(whole.expr.kind, ExprKind::MethodValue { .. } | ExprKind::IfaceMethodValue { .. }) {
            self.error(self.pos(a.span), format!("invalid argument: {} is a method value", super::expr::expr_string(a)));
            return Operand::invalid(pos);
        }
        let x = self.expr_or_type(x_ast);
        let mut t = x.ty;
        if let Type::Pointer(p) = self.types.under(t) {
            t = *p;
        }
        let super::lookup::Lookup::Found(s) = self.lookup(t, &sel.name) else {
            return Operand::invalid(pos);
        };
        let mut off = 0u64;
        let last = s.path.len();
        for (i, step) in s.path.iter().enumerate() {
            if let Type::Pointer(_) = self.types.under(t) {
                let msg = format!("invalid argument: field {} is embedded via a pointer in {}", sel.name, self.tstr(x.ty).trim_start_matches('*'));
                self.error(self.pos(a.span), msg);
                return Operand::invalid(pos);
            }
            if self.type_has_tparam(t) {
                self.error(pos, format!("unsafe.Offsetof in a struct whose type has type parameters ({}) is not supported by minigo yet", self.tstr(t)));
                return Operand::invalid(pos);
            }
            let fields = struct_fields(&self.types, t);
            let Some(&(ft, gc, _)) = fields.get(step.field as usize) else { return Operand::invalid(pos) };
            off += gc;
            t = ft;
            let _ = (i, last);
        }
        self.uintptr_const(off, pos)
    }

    fn type_has_tparam(&self, t: TypeId) -> bool {
        match self.types.get(t) {
            Type::TypeParam(_) | Type::Constraint(_) => true,
            Type::Named(_) => self.types.is_generic(t) || (self.types.underlying(t) != t && self.type_has_tparam(self.types.underlying(t))),
            Type::Pointer(e) | Type::Slice(e) | Type::Chan(_, e) => self.type_has_tparam(*e),
            Type::Array(e, _) => self.type_has_tparam(*e),
            Type::Map(k, v) => self.type_has_tparam(*k) || self.type_has_tparam(*v),
            Type::Struct(fs) => fs.iter().any(|f| self.type_has_tparam(f.ty)),
            _ => false,
        }
    }

    /// An integer argument of unsafe.Add/Slice/String, untyped constants converted to int;
    /// None once an error is reported.
    fn unsafe_integer_arg(&mut self, a: &ast::Expr) -> Option<Operand> {
        let mut x = self.expr(a);
        if x.is_invalid() {
            return None;
        }
        if self.types.is_untyped(x.ty) {
            let desc = self.describe(&x, a);
            let v = x.val.clone();
            if self.convert_untyped(&mut x, TypeId::INT).is_err() {
                let msg = match v.map(|v| self.representable(&v, TypeId::INT)) {
                    Some(Err("truncated")) => format!("{} truncated to int", desc),
                    Some(Err("overflows")) => format!("{} overflows int", desc),
                    _ => format!("cannot convert {} to type int", desc),
                };
                self.error(self.pos(a.span), msg);
                return None;
            }
        }
        if !self.types.is_integer(x.ty) {
            let msg = format!("invalid argument: length {} must be integer", self.describe(&x, a));
            self.error(self.pos(a.span), msg);
            return None;
        }
        Some(x)
    }

    /// A length argument of unsafe.Slice/String: an integer, converted to int.
    fn unsafe_len_arg(&mut self, a: &ast::Expr) -> Option<Expr> {
        let x = self.unsafe_integer_arg(a)?;
        if let Some(v) = x.val.as_ref().and_then(|v| v.to_int()) {
            if v.is_negative() {
                let msg = format!("invalid argument: length {} must not be negative", self.describe(&x, a));
                self.error(self.pos(a.span), msg);
                return None;
            }
        }
        let pos = x.expr.pos;
        Some(if x.ty == TypeId::INT { x.expr } else { Expr { kind: ExprKind::Convert(Box::new(x.expr)), ty: TypeId::INT, pos } })
    }

    /// `unsafe.Add`, `Slice`, `SliceData`, `String`, `StringData`.
    pub(crate) fn unsafe_func(&mut self, b: Builtin, args: &[ast::Expr], pos: Pos) -> Operand {
        match b {
            Builtin::UnsafeAdd => {
                let mut p = self.expr(&args[0]);
                if !self.assign_expr(&mut p, &args[0], TypeId::UNSAFE_POINTER, "argument to unsafe.Add") {
                    self.raw_expr(&args[1], None);
                    return Operand::invalid(pos);
                }
                let Some(n) = self.unsafe_len_arg_any(&args[1]) else { return Operand::invalid(pos) };
                let ppos = p.expr.pos;
                let base = Expr { kind: ExprKind::Convert(Box::new(p.expr)), ty: TypeId::UINTPTR, pos: ppos };
                let base = self.unsafe_conversion_hook(base);
                let sum = Expr { kind: ExprKind::Binary(BinOp::Add, Box::new(base), Box::new(n)), ty: TypeId::UINTPTR, pos };
                let e = self.unsafe_conversion_hook(Expr { kind: ExprKind::Convert(Box::new(sum)), ty: TypeId::UNSAFE_POINTER, pos });
                self.value_operand(Mode::Value, e)
            }
            Builtin::UnsafeSlice | Builtin::UnsafeString => {
                let p = self.expr(&args[0]);
                if p.is_invalid() {
                    self.raw_expr(&args[1], None);
                    return Operand::invalid(pos);
                }
                let mut p = p;
                let elem = if b == Builtin::UnsafeString {
                    let bp = self.types.pointer(TypeId::BYTE);
                    if !self.assign_expr(&mut p, &args[0], bp, "argument to unsafe.String") {
                        // The parameter is spelled *byte.
                        if let Some(d) = self.diags.last_mut() {
                            d.message = d.message.replace("as *uint8 value", "as *byte value");
                        }
                        self.raw_expr(&args[1], None);
                        return Operand::invalid(pos);
                    }
                    TypeId::BYTE
                } else {
                    match self.types.under(p.ty) {
                        Type::Pointer(e) if p.ty != TypeId::UNTYPED_NIL => *e,
                        _ => {
                            let msg = format!("invalid argument: {} is not a pointer", self.describe(&p, &args[0]));
                            self.error(self.pos(args[0].span), msg);
                            self.raw_expr(&args[1], None);
                            return Operand::invalid(pos);
                        }
                    }
                };
                let Some(n) = self.unsafe_len_arg(&args[1]) else { return Operand::invalid(pos) };
                let ty = if b == Builtin::UnsafeString { TypeId::STRING } else { self.types.slice(elem) };
                self.value_operand(Mode::Value, Expr { kind: ExprKind::Builtin { builtin: b, args: vec![p.expr, n], spread: false }, ty, pos })
            }
            Builtin::UnsafeSliceData => {
                let s = self.expr(&args[0]);
                if s.is_invalid() {
                    return s;
                }
                let Type::Slice(e) = self.types.under(s.ty).clone() else {
                    let msg = format!("invalid argument: {} is not a slice", self.describe(&s, &args[0]));
                    self.error(self.pos(args[0].span), msg);
                    return Operand::invalid(pos);
                };
                let ty = self.types.pointer(e);
                self.value_operand(Mode::Value, Expr { kind: ExprKind::Builtin { builtin: b, args: vec![s.expr], spread: false }, ty, pos })
            }
            Builtin::UnsafeStringData => {
                let mut s = self.expr(&args[0]);
                if !self.assign_expr(&mut s, &args[0], TypeId::STRING, "argument to unsafe.StringData") {
                    return Operand::invalid(pos);
                }
                let ty = self.types.pointer(TypeId::BYTE);
                self.value_operand(Mode::Value, Expr { kind: ExprKind::Builtin { builtin: b, args: vec![s.expr], spread: false }, ty, pos })
            }
            _ => unreachable!("minigo bug: not an unsafe function"),
        }
    }

    /// unsafe.Add's length: any integer, as uintptr (wrapping like gc's pointer arithmetic).
    fn unsafe_len_arg_any(&mut self, a: &ast::Expr) -> Option<Expr> {
        let e = self.unsafe_integer_arg(a)?.expr;
        if e.ty == TypeId::UINTPTR {
            return Some(e);
        }
        let pos = e.pos;
        if let ExprKind::Const(v) = &e.kind {
            let v = v.to_int().unwrap_or_default();
            let w = (v & BigInt::from(u64::MAX)).to_u64().unwrap_or(0);
            return Some(Expr { kind: ExprKind::Const(ConstValue::Int(BigInt::from(w))), ty: TypeId::UINTPTR, pos });
        }
        Some(Expr { kind: ExprKind::Convert(Box::new(e)), ty: TypeId::UINTPTR, pos })
    }


    // ------------------------------------------------------------ provenance

    fn local_or_global_type(&self, v: &Var) -> Option<TypeId> {
        match v {
            Var::Local(l) => {
                let f = self.fctx.as_ref()?.func;
                self.funcs.get(f.0 as usize)?.locals.get(l.0 as usize).map(|l| l.ty)
            }
            Var::Global(g) => self.globals.get(g.0 as usize).map(|g| g.ty),
            Var::Capture(_) => None,
        }
    }

    /// (root, gc offset, type) of an addressable place, as far as the expression shows.
    fn place_prov(&self, p: &Place) -> Option<(Root, Option<u64>, TypeId)> {
        match p {
            Place::Var(v) => {
                let t = self.local_or_global_type(v)?;
                Some((Root::Value(t), Some(0), t))
            }
            Place::Deref(e) => {
                let Type::Pointer(t) = self.types.under(e.ty) else { return None };
                Some((Root::Value(*t), Some(0), *t))
            }
            Place::Field(inner, i) => {
                let (root, off, t) = self.place_prov(inner)?;
                let &(ft, gc, _) = struct_fields(&self.types, t).get(*i as usize)?;
                Some((root, off.map(|o| o + gc), ft))
            }
            Place::ArrayIndex(inner, idx) => {
                let (root, off, t) = self.place_prov(inner)?;
                let Type::Array(e, _) = self.types.under(t) else { return None };
                let e = *e;
                let k = const_u64(idx).map(|i| i * gc_size(&self.types, e));
                Some((root, off.zip(k).map(|(o, k)| o + k), e))
            }
            Place::SliceIndex(s, idx) => {
                let Type::Slice(e) = self.types.under(s.ty) else { return None };
                let e = *e;
                let k = const_u64(idx).map(|i| i * gc_size(&self.types, e));
                Some((Root::Run(e), k, e))
            }
            Place::MapIndex(..) | Place::Blank => None,
        }
    }

    /// Provenance of a typed pointer expression.
    fn ptr_prov(&self, e: &Expr) -> Prov {
        let pointee = match self.types.under(e.ty) {
            Type::Pointer(t) => *t,
            _ => TypeId::INVALID,
        };
        let fallback = Prov { root: Root::Value(pointee), off: Some(0) };
        match &e.kind {
            ExprKind::AddrOf(p) => match self.place_prov(p) {
                Some((root, off, _)) => Prov { root, off },
                None => fallback,
            },
            _ => fallback,
        }
    }

    /// Provenance of an unsafe.Pointer expression, or of a uintptr expression made from one.
    fn prov(&self, e: &Expr) -> Option<Prov> {
        match &e.kind {
            ExprKind::Convert(x) => {
                if let Some(p) = self.unsafe_provs.get(&e.pos) {
                    return Some(*p);
                }
                if is_unsafe_pointer(&self.types, e.ty) && matches!(self.types.under(x.ty), Type::Pointer(_)) {
                    return Some(self.ptr_prov(x));
                }
                if is_unsafe_pointer(&self.types, x.ty) || self.types.basic(x.ty) == Some(Basic::Uintptr) || is_unsafe_pointer(&self.types, e.ty) {
                    return self.prov(x);
                }
                None
            }
            ExprKind::Binary(op @ (BinOp::Add | BinOp::Sub), l, r) if self.types.basic(e.ty) == Some(Basic::Uintptr) => {
                let (base, k, neg) = match (self.prov(l), self.prov(r)) {
                    (Some(p), None) => (p, r, *op == BinOp::Sub),
                    (None, Some(p)) if *op == BinOp::Add => (p, l, false),
                    _ => return None,
                };
                let off = match (base.off, const_u64(k)) {
                    (Some(o), Some(c)) if !neg => o.checked_add(c),
                    (Some(o), Some(c)) => o.checked_sub(c),
                    _ => None,
                };
                Some(Prov { root: base.root, off })
            }
            _ => None,
        }
    }

    /// Rewrites the constant offsets of the uintptr arithmetic in `e` (gc's bytes) into
    /// minigo's; false if an offset lands where minigo has no byte of the root.
    fn rewrite_offsets(&mut self, e: &mut Expr) -> bool {
        // Only the arithmetic of this expression: an inner unsafe.Pointer conversion was
        // rewritten when it was checked.
        let ExprKind::Binary(op @ (BinOp::Add | BinOp::Sub), l, r) = &mut e.kind else { return true };
        let op = *op;
        let (base_side_left, base) = match (self.prov(l), self.prov(r)) {
            (Some(p), None) => (true, p),
            (None, Some(p)) => (false, p),
            _ => return true,
        };
        let (bx, kx) = if base_side_left { (l, r) } else { (r, l) };
        if !self.rewrite_offsets(bx) {
            return false;
        }
        let (Some(o), Some(c)) = (base.off, const_u64(kx)) else { return true };
        let target = if op == BinOp::Sub { o.checked_sub(c) } else { o.checked_add(c) };
        let Some(target) = target else { return false };
        if base.root.agrees(&self.types) {
            return true;
        }
        let (Some(from), Some(to)) = (map_root(&self.types, base.root, o, 1), map_root(&self.types, base.root, target, 1)) else { return false };
        let delta = if op == BinOp::Sub { from.wrapping_sub(to) } else { to.wrapping_sub(from) };
        kx.kind = ExprKind::Const(ConstValue::Int(BigInt::from(delta)));
        true
    }

    /// Called on each conversion (and unsafe.Add) whose source or target is unsafe.Pointer.
    pub(crate) fn unsafe_conversion_hook(&mut self, mut e: Expr) -> Expr {
        let ExprKind::Convert(x) = &e.kind else { return e };
        let (from, to) = (x.ty, e.ty);
        let from_up = is_unsafe_pointer(&self.types, from);
        let to_up = is_unsafe_pointer(&self.types, to);
        if !from_up && !to_up {
            return e;
        }
        let x_pos = x.pos;
        // Its operand is consumed here, in a form the checks below understand.
        self.unsafe_pending.remove(&x_pos);
        if to_up && matches!(self.types.under(from), Type::Pointer(_)) {
            let p = self.ptr_prov(x);
            if !p.root.agrees(&self.types) {
                let msg = not_supported_layout(format!("using an unsafe.Pointer to {} other than to convert it back to a pointer, to uintptr for arithmetic or in comparisons", p.root.name(self)), p.root.name(self));
                self.unsafe_pending.insert(e.pos, msg);
            }
            return e;
        }
        if to_up && !from_up {
            // uintptr → unsafe.Pointer: arithmetic only on a pointer the expression shows.
            let Some(p) = self.prov(x) else {
                if matches!(x.kind, ExprKind::Binary(..)) {
                    self.error(e.pos, "pointer arithmetic on a uintptr (other than on uintptr(unsafe.Pointer(&x)) in the same expression) is not supported by minigo yet");
                }
                // A plain address (a variable, reflect's UnsafeAddr...): no provenance, so
                // a reinterpretation needs a type minigo lays out as gc does.
                return e;
            };
            self.consume_arithmetic(x);
            let ok = {
                let ExprKind::Convert(x) = &mut e.kind else { unreachable!() };
                self.rewrite_offsets(x)
            };
            if !ok || p.off.is_some_and(|o| map_root(&self.types, p.root, o, 1).is_none()) {
                let msg = format!("pointer arithmetic leaving the scalars of {} (minigo lays out {} differently from gc) is not supported by minigo yet", p.root.name(self), p.root.name(self));
                self.error(e.pos, msg);
                return e;
            }
            if !p.root.agrees(&self.types) {
                let msg = not_supported_layout(format!("using an unsafe.Pointer into {} other than to convert it to a pointer", p.root.name(self)), p.root.name(self));
                self.unsafe_pending.insert(e.pos, msg);
            }
            self.unsafe_provs.insert(e.pos, p);
            return e;
        }
        if from_up && !matches!(self.types.under(to), Type::Pointer(_)) {
            // unsafe.Pointer → uintptr: an address into a root minigo lays out differently
            // may only be used in arithmetic turned back into a pointer (or compared).
            if let Some(p) = self.prov(x) {
                if !p.root.agrees(&self.types) {
                    let msg = not_supported_layout(format!("using the address of {} as a uintptr other than in pointer arithmetic or comparisons", p.root.name(self)), p.root.name(self));
                    self.unsafe_pending.insert(e.pos, msg);
                }
            }
            return e;
        }
        if from_up {
            if let Type::Pointer(u) = self.types.under(to).clone() {
                // unsafe.Pointer → *U: U must read the bytes gc reads.
                if self.type_has_tparam(u) {
                    self.error(e.pos, "converting an unsafe.Pointer to a pointer to a type with type parameters is not supported by minigo yet");
                    return e;
                }
                let ustr = self.tstr(u);
                match self.prov(x) {
                    Some(Prov { root, off: Some(k) }) => {
                        let ok = gc_size(&self.types, u) == 0 || map_root(&self.types, root, k, 1).is_some_and(|mg| view(&self.types, root, k, mg, u));
                        let past_end = match root {
                            Root::Value(t) => k.saturating_add(gc_size(&self.types, u)) > gc_size(&self.types, t),
                            Root::Run(_) => false,
                        };
                        if !ok && past_end {
                            let msg = format!("reading {} at byte {} of {} through unsafe.Pointer, past its end, is not supported by minigo yet", ustr, k, root.name(self));
                            self.error(e.pos, msg);
                        } else if !ok {
                            let msg = format!("reading {} at byte {} of {} through unsafe.Pointer (minigo lays out {} differently from gc) is not supported by minigo yet", ustr, k, root.name(self), root.name(self));
                            self.error(e.pos, msg);
                        }
                    }
                    Some(Prov { root, off: None }) => {
                        if !agrees(&self.types, u) || !root.agrees(&self.types) {
                            let msg = format!("reading {} through unsafe.Pointer at a variable offset of {} (minigo lays out {} differently from gc) is not supported by minigo yet", ustr, root.name(self), if root.agrees(&self.types) { ustr.clone() } else { root.name(self) });
                            self.error(e.pos, msg);
                        }
                    }
                    None => {
                        if !agrees(&self.types, u) {
                            let msg = format!("converting an unsafe.Pointer to *{} (minigo lays out {} differently from gc) is not supported by minigo yet", ustr, ustr);
                            self.error(e.pos, msg);
                        }
                    }
                }
            }
        }
        e
    }

    /// The uintptr conversions inside pointer arithmetic are consumed by it.
    fn consume_arithmetic(&mut self, e: &Expr) {
        self.unsafe_pending.remove(&e.pos);
        if let ExprKind::Binary(_, l, r) = &e.kind {
            self.consume_arithmetic(l);
            self.consume_arithmetic(r);
        }
    }

    /// Operands of a comparison: an unsafe.Pointer compared is not used to read memory.
    pub(crate) fn unsafe_compared(&mut self, e: &Expr) {
        self.unsafe_pending.remove(&e.pos);
    }

    /// Reports unsafe.Pointer values whose root minigo lays out differently from gc and that
    /// went where the checks cannot follow them.
    pub(crate) fn report_unsafe_pending(&mut self) {
        let mut pending: Vec<(Pos, String)> = std::mem::take(&mut self.unsafe_pending).into_iter().collect();
        pending.sort_by_key(|(p, _)| (p.file, p.span.start));
        for (pos, msg) in pending {
            self.error(pos, msg);
        }
    }
}

/// The value of a non-negative integer constant expression.
fn const_u64(e: &Expr) -> Option<u64> {
    match &e.kind {
        ExprKind::Const(v) => v.to_int()?.to_u64(),
        _ => None,
    }
}
