//! Generics: type parameter lists, constraints and their type sets, substitution,
//! instantiation of generic types and functions, type inference and constraint
//! satisfaction.
//!
//! Strategy: monomorphization in the checker. A generic function (or method of a generic
//! type) is checked once with its type parameters as types of their own
//! ([`Type::TypeParam`]): every misuse is reported there, in go/types' words, and the
//! typed IR of that check is discarded (the function is [`tir::FuncKind::Generic`], never
//! compiled). Each distinct tuple of concrete type arguments gets an *instance*: a function
//! whose body is checked again with the type parameter names bound to the type arguments.
//! Its typed IR is ordinary, fully typed code, compiled exactly like a hand-specialized
//! function (no dictionaries, no boxing). Instances are created on demand (a call, an
//! explicit instantiation, a method of an instantiated type) and their bodies are checked
//! from a work list after the package's own bodies, so an instance may create further
//! instances. Instantiations whose type arguments still mention type parameters (inside
//! generic code) are *virtual*: only their signature exists.
//!
//! Generic named types are ordinary named types with type parameters; `List[int]` is a
//! named type of its own whose underlying type is the generic type's with the arguments
//! substituted (computed once the generic declaration is resolved), and whose methods are
//! instances of the generic type's methods.

use super::scope::{ObjId, ObjKind, Object, ScopeId};
use super::lookup::{Found, Lookup};
use super::{Checker, Diagnostic, Mode, Operand};
use crate::tir::{self, Expr, ExprKind, Pos};
use crate::ty::{FuncId, MethodDecl, Term, Type, TypeId, TypeSet};
use parser::ast::{self, ExprKind as AK};
use std::collections::HashMap;

/// Instantiation nesting limit (a type argument growing with each instantiation).
const MAX_INSTANCE_DEPTH: u32 = 64;

/// A generic function or a method of a generic type.
#[derive(Clone)]
pub(crate) struct GenericFunc {
    /// The type parameters the type arguments of an instance replace (for a method: its
    /// type's parameters).
    pub tparams: Vec<TypeId>,
    /// Their names in the declaration (a method's receiver may rename them).
    pub names: Vec<String>,
}

#[derive(Clone, Default)]
pub(crate) struct Generics {
    pub funcs: HashMap<FuncId, GenericFunc>,
    /// (generic function, type arguments) → instance.
    pub func_instances: HashMap<(FuncId, Vec<TypeId>), FuncId>,
    /// Instance → (generic function, type arguments).
    pub instance_of: HashMap<FuncId, (FuncId, Vec<TypeId>)>,
    /// (generic type, type arguments) → instantiated type.
    pub type_instances: HashMap<(TypeId, Vec<TypeId>), TypeId>,
    /// Instantiated types whose underlying type waits for the generic declaration.
    pub pending_expand: Vec<TypeId>,
    /// Instances whose bodies are still to check.
    pub pending_bodies: Vec<FuncId>,
    /// The scope a function body starts from when it is not the file scope: type
    /// parameters (generic functions) or their bindings (instances).
    pub body_scope: HashMap<FuncId, ScopeId>,
    /// Declaration position of each type parameter.
    pub tparam_pos: HashMap<TypeId, Pos>,
    /// Objects binding a type parameter name to a type argument in an instance.
    pub bindings: std::collections::HashSet<ObjId>,
    /// Depth of generic bodies being checked (their closures are generic too).
    pub generic_depth: u32,
    /// Depth of instance bodies being checked.
    pub instance_depth: u32,
    /// Errors found in instance bodies (none when the generic check is right).
    pub instance_diags: Vec<Diagnostic>,
    /// Where a constraint interface may be named (a constraint position).
    pub constraint_pos: Option<Pos>,
    /// The program passed 65536 types (reported once).
    pub too_many_types: bool,
    /// Number of instances created (with their nesting), against runaway instantiation.
    pub nesting: HashMap<FuncId, u32>,
}

/// Inference state: the type parameters being inferred and what is known of each.
struct Infer {
    tparams: Vec<TypeId>,
    found: Vec<Option<TypeId>>,
    /// The argument a type argument was inferred from (where unsatisfied constraints are
    /// reported).
    from: Vec<Option<Pos>>,
}

impl Infer {
    fn index(&self, t: TypeId) -> Option<usize> {
        self.tparams.iter().position(|&p| p == t)
    }
}

impl<'a> Checker<'a> {
    // ------------------------------------------------------------ declarations

    /// Declares a type parameter list in a new scope (made current) and resolves the
    /// constraints. Returns the type parameters.
    pub(crate) fn declare_tparams(&mut self, fields: &[ast::Field]) -> Vec<TypeId> {
        self.push_scope();
        let mut tparams = Vec::new();
        let mut index = 0;
        for f in fields {
            for n in &f.names {
                let tp = self.types.new_tparam(&n.name, index);
                index += 1;
                let pos = self.pos(n.span);
                self.gen.tparam_pos.insert(tp, pos);
                let obj = Object { name: n.name.clone(), kind: ObjKind::TypeName { ty: tp }, pos, pkg: self.pkg, used: true };
                let scope = self.scope;
                self.declare(scope, obj);
                tparams.push(tp);
            }
        }
        let mut i = 0;
        for f in fields {
            let c = self.constraint_of(&f.ty);
            for _ in &f.names {
                if let Type::TypeParam(k) = self.types.get(tparams[i]).clone() {
                    self.types.tparams[k as usize].constraint = c;
                }
                i += 1;
            }
        }
        tparams
    }

    /// Declares a generic type's parameter list (made the current scope) and records the
    /// parameters on the type before resolving their constraints.
    pub(crate) fn declare_tparams_for_type(&mut self, named: TypeId, fields: &[ast::Field]) -> Vec<TypeId> {
        // The parameters are created first so that constraints and the definition may
        // instantiate the type itself.
        self.push_scope();
        let mut tparams = Vec::new();
        let mut index = 0;
        for f in fields {
            for n in &f.names {
                let tp = self.types.new_tparam(&n.name, index);
                index += 1;
                let pos = self.pos(n.span);
                self.gen.tparam_pos.insert(tp, pos);
                let obj = Object { name: n.name.clone(), kind: ObjKind::TypeName { ty: tp }, pos, pkg: self.pkg, used: true };
                let scope = self.scope;
                self.declare(scope, obj);
                tparams.push(tp);
            }
        }
        if let Some(info) = self.types.named_info_mut(named) {
            info.tparams = tparams.clone();
        }
        let mut i = 0;
        for f in fields {
            let c = self.constraint_of(&f.ty);
            for _ in &f.names {
                if let Type::TypeParam(k) = self.types.get(tparams[i]).clone() {
                    self.types.tparams[k as usize].constraint = c;
                }
                i += 1;
            }
        }
        tparams
    }

    /// A method of a generic type: declares the receiver's type parameter names (in a new
    /// current scope) as the type's own parameters.
    pub(crate) fn declare_receiver_tparams(&mut self, recv: &ast::Field) -> GenericFunc {
        self.push_scope();
        let mut rt = &recv.ty;
        while let AK::Paren(x) | AK::Star(x) = &rt.kind {
            rt = x;
        }
        let (base, args): (&ast::Expr, &[ast::Expr]) = match &rt.kind {
            AK::Index(b, args) => (b, args),
            _ => (rt, &[]),
        };
        let mut tparams = Vec::new();
        if let AK::Ident(name) = &base.kind {
            let pscope = self.pkgs[self.pkg.0 as usize].scope;
            if let Some(o) = self.scopes.lookup_local(pscope, name) {
                if let ObjKind::TypeName { ty } = self.obj(o).kind {
                    tparams = self.type_tparams(ty);
                }
            }
        }
        let mut names = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let AK::Ident(n) = &a.kind else {
                self.error(self.pos(a.span), format!("receiver type parameter {} must be an identifier", super::expr::expr_string(a)));
                names.push("_".to_string());
                continue;
            };
            names.push(n.clone());
            if n == "_" {
                continue;
            }
            let Some(&tp) = tparams.get(i) else { continue };
            let pos = self.pos(a.span);
            let obj = Object { name: n.clone(), kind: ObjKind::TypeName { ty: tp }, pos, pkg: self.pkg, used: true };
            let scope = self.scope;
            self.declare(scope, obj);
        }
        if args.len() != tparams.len() && !tparams.is_empty() {
            let bname = super::expr::expr_string(base);
            let msg = if args.is_empty() {
                format!("cannot use generic type {} without instantiation", self.generic_type_string_of_name(&bname))
            } else {
                format!("receiver declares {} type parameter{}, but receiver base type declares {}", args.len(), if args.len() == 1 { "" } else { "s" }, tparams.len())
            };
            self.error(self.pos(if args.is_empty() { base.span } else { args[0].span }), msg);
        }
        GenericFunc { tparams, names }
    }

    fn generic_type_string_of_name(&mut self, name: &str) -> String {
        let pscope = self.pkgs[self.pkg.0 as usize].scope;
        match self.scopes.lookup_local(pscope, name).map(|o| self.obj(o).kind.clone()) {
            Some(ObjKind::TypeName { ty }) => self.generic_type_string(ty),
            _ => name.to_string(),
        }
    }

    /// The receiver type of a method of a generic type (`*List[T]`, `List[_]`): the
    /// generic type itself for the generic method, the instantiated type for an instance.
    pub(crate) fn generic_recv_type(&mut self, func: FuncId, e: &ast::Expr) -> Option<TypeId> {
        let (generic, targs) = match self.gen.instance_of.get(&func) {
            Some((g, a)) => (*g, Some(a.clone())),
            None => (func, None),
        };
        if !self.gen.funcs.contains_key(&generic) {
            return None;
        }
        let mut rt = e;
        let mut ptr = false;
        loop {
            match &rt.kind {
                AK::Paren(x) => rt = x,
                AK::Star(x) if !ptr => {
                    ptr = true;
                    rt = x;
                }
                _ => break,
            }
        }
        let AK::Index(base, _) = &rt.kind else { return None };
        let AK::Ident(name) = &base.kind else { return None };
        let pscope = self.pkgs[self.pkg.0 as usize].scope;
        let o = self.scopes.lookup_local(pscope, name)?;
        let ObjKind::TypeName { ty: origin } = self.obj(o).kind else { return None };
        self.obj_mut(o).used = true;
        if self.type_tparams(origin).is_empty() {
            return None;
        }
        let t = match targs {
            Some(a) => self.instantiate_named(origin, a),
            None => origin,
        };
        Some(if ptr { self.types.pointer(t) } else { t })
    }

    /// The constraint written in a type parameter list: an interface, a union of terms
    /// or a single type (both implicitly wrapped in an interface).
    fn constraint_of(&mut self, e: &ast::Expr) -> TypeId {
        if matches!(e.kind, AK::Binary(ast::BinaryOp::Or, ..) | AK::Unary(ast::UnaryOp::Tilde, _)) {
            let terms = self.union_terms(e);
            return match terms {
                Some(terms) => self.types.intern(Type::Constraint(Box::new(TypeSet { methods: Box::new([]), terms: Some(terms.into()), comparable: false, implicit: true }))),
                None => TypeId::EMPTY_INTERFACE,
            };
        }
        let t = self.constraint_type_expr(e);
        if t == TypeId::INVALID {
            return t;
        }
        if self.types.is_tparam(t) {
            self.error(self.pos(e.span), "cannot use a type parameter as constraint");
            return TypeId::INVALID;
        }
        if self.types.type_set(t).is_some() {
            return t;
        }
        let terms = vec![Term { tilde: false, ty: t }];
        self.types.intern(Type::Constraint(Box::new(TypeSet { methods: Box::new([]), terms: Some(terms.into()), comparable: false, implicit: true })))
    }

    /// A type expression in a position where constraint interfaces may be named.
    pub(crate) fn constraint_type_expr(&mut self, e: &ast::Expr) -> TypeId {
        let saved = self.gen.constraint_pos.replace(self.pos(e.span));
        let t = self.type_expr(e);
        self.gen.constraint_pos = saved;
        t
    }

    /// The terms of a union `A | ~B | ...` (`None`: every type, from a term like `any`).
    pub(crate) fn union_terms(&mut self, e: &ast::Expr) -> Option<Vec<Term>> {
        let mut leaves = Vec::new();
        fn flatten<'e>(e: &'e ast::Expr, out: &mut Vec<&'e ast::Expr>) {
            match &e.kind {
                AK::Binary(ast::BinaryOp::Or, l, r) => {
                    flatten(l, out);
                    flatten(r, out);
                }
                AK::Paren(x) => flatten(x, out),
                _ => out.push(e),
            }
        }
        flatten(e, &mut leaves);
        let mut terms: Vec<Term> = Vec::new();
        let mut all = false;
        for leaf in leaves {
            let (tilde, te) = match &leaf.kind {
                AK::Unary(ast::UnaryOp::Tilde, x) => (true, &**x),
                _ => (false, leaf),
            };
            let t = if tilde { self.type_expr(te) } else { self.constraint_type_expr(te) };
            if t == TypeId::INVALID {
                continue;
            }
            let pos = self.pos(leaf.span);
            if self.types.is_tparam(t) {
                self.error(pos, format!("term cannot be a type parameter"));
                continue;
            }
            if let Some(ts) = self.types.type_set(t) {
                if tilde {
                    self.error(pos, format!("invalid use of ~ ({} is an interface)", self.tstr(t)));
                    continue;
                }
                if !ts.methods.is_empty() {
                    self.error(pos, format!("cannot use {} in union ({} contains methods)", self.tstr(t), self.tstr(t)));
                    continue;
                }
                if ts.comparable {
                    self.error(pos, "cannot use comparable in union");
                    continue;
                }
                match ts.terms {
                    None => all = true,
                    Some(ts) => terms.extend(ts.iter().copied()),
                }
                continue;
            }
            if tilde {
                self.ensure_resolved(t);
                let u = self.types.underlying(t);
                if u != t {
                    self.error(pos, format!("invalid use of ~ (underlying type of {} is {})", self.tstr(t), self.tstr(u)));
                    continue;
                }
            }
            let term = Term { tilde, ty: t };
            if !terms.contains(&term) {
                terms.push(term);
            }
        }
        if all {
            None
        } else {
            Some(terms)
        }
    }

    /// Intersection of two type sets' term lists (`None`: all types).
    pub(crate) fn intersect_terms(&self, a: Option<Vec<Term>>, b: Option<Vec<Term>>) -> Option<Vec<Term>> {
        let (a, b) = match (a, b) {
            (None, x) | (x, None) => return x,
            (Some(a), Some(b)) => (a, b),
        };
        let mut out: Vec<Term> = Vec::new();
        for x in &a {
            for y in &b {
                let t = if x.ty == y.ty {
                    Some(Term { tilde: x.tilde && y.tilde, ty: x.ty })
                } else if x.tilde && self.types.underlying(y.ty) == x.ty {
                    Some(*y)
                } else if y.tilde && self.types.underlying(x.ty) == y.ty {
                    Some(*x)
                } else {
                    None
                };
                if let Some(t) = t {
                    if !out.contains(&t) {
                        out.push(t);
                    }
                }
            }
        }
        Some(out)
    }

    /// The text go/types prints for a type parameter's constraint.
    pub(crate) fn constraint_string(&self, tp: TypeId) -> String {
        let c = self.types.tparam_info(tp).map(|i| i.constraint).unwrap_or(TypeId::INVALID);
        if c == TypeId::EMPTY_INTERFACE {
            return "any".into();
        }
        self.tstr(c)
    }

    /// `List[T any]`, `Pair[K comparable, V any]`: a generic type with its parameters.
    pub(crate) fn generic_type_string(&self, t: TypeId) -> String {
        let Some(info) = self.types.named_info(t) else { return self.tstr(t) };
        let mut s = info.name.clone();
        s.push('[');
        let n = info.tparams.len();
        for (i, &tp) in info.tparams.iter().enumerate() {
            let name = self.types.tparam_info(tp).map(|p| p.name.clone()).unwrap_or_default();
            s.push_str(&name);
            let c = self.types.tparam_info(tp).map(|p| p.constraint);
            let next_same = i + 1 < n && self.types.tparam_info(info.tparams[i + 1]).map(|p| p.constraint) == c;
            if next_same {
                s.push_str(", ");
            } else {
                s.push(' ');
                s.push_str(&self.constraint_string(tp));
                if i + 1 < n {
                    s.push_str(", ");
                }
            }
        }
        s.push(']');
        s
    }

    // ------------------------------------------------------------ substitution

    /// `t` with type parameters replaced (`map`: parameter → argument).
    pub(crate) fn subst(&mut self, t: TypeId, map: &[(TypeId, TypeId)]) -> TypeId {
        self.subst_depth(t, map, 0)
    }

    fn subst_depth(&mut self, t: TypeId, map: &[(TypeId, TypeId)], depth: u32) -> TypeId {
        if map.is_empty() || t == TypeId::INVALID || !self.types.is_generic(t) || depth > 200 {
            return t;
        }
        let d = depth + 1;
        match self.types.get(t).clone() {
            Type::TypeParam(_) => map.iter().find(|(p, _)| *p == t).map(|(_, a)| *a).unwrap_or(t),
            Type::Named(_) => {
                let info = self.types.named_info(t).unwrap().clone();
                if !info.tparams.is_empty() {
                    if !info.tparams.iter().any(|p| map.iter().any(|(q, _)| q == p)) {
                        return t;
                    }
                    let args: Vec<TypeId> = info.tparams.iter().map(|&p| self.subst_depth(p, map, d)).collect();
                    return self.instantiate_named(t, args);
                }
                if let Some(origin) = info.origin {
                    let args: Vec<TypeId> = info.targs.iter().map(|&a| self.subst_depth(a, map, d)).collect();
                    if args == info.targs {
                        return t;
                    }
                    return self.instantiate_named(origin, args);
                }
                t
            }
            Type::Pointer(e) => {
                let e = self.subst_depth(e, map, d);
                self.types.pointer(e)
            }
            Type::Slice(e) => {
                let e = self.subst_depth(e, map, d);
                self.types.slice(e)
            }
            Type::Array(e, n) => {
                let e = self.subst_depth(e, map, d);
                self.types.intern(Type::Array(e, n))
            }
            Type::Chan(dir, e) => {
                let e = self.subst_depth(e, map, d);
                self.types.intern(Type::Chan(dir, e))
            }
            Type::Map(k, v) => {
                let k = self.subst_depth(k, map, d);
                let v = self.subst_depth(v, map, d);
                self.types.intern(Type::Map(k, v))
            }
            Type::Struct(fields) => {
                let mut fs = fields.to_vec();
                for f in &mut fs {
                    f.ty = self.subst_depth(f.ty, map, d);
                }
                self.types.intern(Type::Struct(fs.into_boxed_slice()))
            }
            Type::Func(sig) => {
                let params = sig.params.iter().map(|&p| self.subst_depth(p, map, d)).collect();
                let results = sig.results.iter().map(|&p| self.subst_depth(p, map, d)).collect();
                self.types.func(params, results, sig.variadic)
            }
            Type::Interface(ms) => {
                let mut ms = ms.to_vec();
                for m in &mut ms {
                    m.sig = self.subst_depth(m.sig, map, d);
                }
                self.types.intern(Type::Interface(ms.into_boxed_slice()))
            }
            Type::Constraint(ts) => {
                let mut ts = (*ts).clone();
                let mut ms = ts.methods.to_vec();
                for m in &mut ms {
                    m.sig = self.subst_depth(m.sig, map, d);
                }
                ts.methods = ms.into_boxed_slice();
                if let Some(terms) = &ts.terms {
                    let mut v = terms.to_vec();
                    for term in &mut v {
                        term.ty = self.subst_depth(term.ty, map, d);
                    }
                    ts.terms = Some(v.into_boxed_slice());
                }
                self.types.intern(Type::Constraint(Box::new(ts)))
            }
            Type::Tuple(es) => {
                let es = es.iter().map(|&e| self.subst_depth(e, map, d)).collect();
                self.types.tuple(es)
            }
            Type::Basic(_) => t,
        }
    }

    // ------------------------------------------------------------ generic types

    /// The type parameters of a generic named type (resolving its declaration first).
    pub(crate) fn type_tparams(&mut self, t: TypeId) -> Vec<TypeId> {
        self.ensure_declared(t);
        self.types.named_info(t).map(|i| i.tparams.clone()).unwrap_or_default()
    }

    /// Resolves the declaration of a named type (its type parameters are set early in
    /// the resolution, so a type may refer to itself).
    fn ensure_declared(&mut self, t: TypeId) {
        let Some(info) = self.types.named_info(t) else { return };
        if !info.tparams.is_empty() || info.underlying != TypeId::INVALID || info.origin.is_some() {
            return;
        }
        self.ensure_resolved(t);
    }

    /// `G[args]` for a generic named type `G` (arguments already checked).
    pub(crate) fn instantiate_named(&mut self, origin: TypeId, args: Vec<TypeId>) -> TypeId {
        let tparams = self.type_tparams(origin);
        if args == tparams {
            return origin;
        }
        if let Some(&t) = self.gen.type_instances.get(&(origin, args.clone())) {
            return t;
        }
        let info = self.types.named_info(origin).unwrap().clone();
        let t = self.types.new_named(&info.name, info.pkg, info.local);
        {
            let ni = self.types.named_info_mut(t).unwrap();
            ni.origin = Some(origin);
            ni.targs = args.clone();
        }
        if args.iter().any(|&a| self.types.is_generic(a)) {
            self.types.set_generic(t);
        }
        self.gen.type_instances.insert((origin, args), t);
        if self.types.named_info(origin).unwrap().underlying != TypeId::INVALID {
            self.expand_instance(t);
        } else {
            self.gen.pending_expand.push(t);
        }
        t
    }

    /// Computes an instantiated type's underlying type from its generic type's.
    pub(crate) fn expand_instance(&mut self, t: TypeId) {
        let info = self.types.named_info(t).unwrap().clone();
        let Some(origin) = info.origin else { return };
        if info.underlying != TypeId::INVALID {
            return;
        }
        let oinfo = self.types.named_info(origin).unwrap().clone();
        if oinfo.underlying == TypeId::INVALID {
            return;
        }
        let map: Vec<(TypeId, TypeId)> = oinfo.tparams.iter().copied().zip(info.targs.iter().copied()).collect();
        let u = self.subst(oinfo.underlying, &map);
        let u = self.types.underlying(u);
        self.types.named_info_mut(t).unwrap().underlying = u;
    }

    /// Expands the instantiated types whose generic declaration is now resolved.
    pub(crate) fn expand_pending(&mut self) {
        loop {
            let pending = std::mem::take(&mut self.gen.pending_expand);
            if pending.is_empty() {
                return;
            }
            let mut progress = false;
            for t in pending {
                self.expand_instance(t);
                if self.types.named_info(t).unwrap().underlying == TypeId::INVALID {
                    let origin = self.types.named_info(t).unwrap().origin.unwrap();
                    if self.types.named_info(origin).unwrap().underlying == TypeId::INVALID {
                        self.gen.pending_expand.push(t);
                        continue;
                    }
                }
                progress = true;
            }
            if !progress {
                return;
            }
        }
    }

    /// Brings an instantiated type's method list up to date with its generic type's
    /// (methods may be declared later, e.g. by a later REPL input).
    pub(crate) fn sync_instance_methods(&mut self, t: TypeId) {
        let Some(info) = self.types.named_info(t) else { return };
        let Some(origin) = info.origin else { return };
        let have = info.methods.len();
        let targs = info.targs.clone();
        let generic_methods = self.types.named_info(origin).unwrap().methods.clone();
        if generic_methods.len() <= have {
            return;
        }
        for m in &generic_methods[have..] {
            let func = self.instantiate_func(m.func, targs.clone(), None);
            let md = MethodDecl { name: m.name.clone(), func, ptr_recv: m.ptr_recv, pkg: m.pkg };
            self.types.named_info_mut(t).unwrap().methods.push(md);
        }
    }

    /// `G[A, B]` in a type expression: instantiates generic type `G` with checked type
    /// arguments. Reports wrong counts and unsatisfied constraints.
    pub(crate) fn instantiate_type_expr(&mut self, base: TypeId, base_e: &ast::Expr, args: &[ast::Expr], pos: Pos) -> TypeId {
        let tparams = self.type_tparams(base);
        let targs: Vec<TypeId> = args.iter().map(|a| self.type_expr(a)).collect();
        if tparams.is_empty() {
            let msg = format!("{} is not a generic type", self.tstr(base));
            self.error(self.pos(base_e.span), msg);
            return TypeId::INVALID;
        }
        if targs.iter().any(|&t| t == TypeId::INVALID) {
            return TypeId::INVALID;
        }
        if targs.len() != tparams.len() {
            let name = self.types.named_info(base).map(|i| i.name.clone()).unwrap_or_default();
            let which = if targs.len() > tparams.len() { "too many" } else { "not enough" };
            let msg = format!("{} type arguments for type {}: have {}, want {}", which, name, targs.len(), tparams.len());
            self.error(self.pos(base_e.span), msg);
            return TypeId::INVALID;
        }
        let positions: Vec<Pos> = args.iter().map(|a| self.pos(a.span)).collect();
        if !self.verify_targs(&tparams, &targs, &positions, None) {
            return TypeId::INVALID;
        }
        let _ = pos;
        self.instantiate_named(base, targs)
    }

    // ------------------------------------------------------------ generic functions

    /// The core type of `t` (its underlying type unless it is a type parameter), or `t`
    /// itself when a type parameter has none (operations then report it).
    pub(crate) fn core(&self, t: TypeId) -> TypeId {
        if self.types.is_tparam(t) {
            return self.types.core_type(t).unwrap_or(t);
        }
        t
    }

    /// As [`Self::core`], but a type set of only byte slices and strings counts as
    /// `[]byte` (`copy(dst, s)` and `append(b, s...)` accept both).
    pub(crate) fn core_string_bytes(&mut self, t: TypeId) -> TypeId {
        if !self.types.is_tparam(t) || self.types.core_type(t).is_some() {
            return self.core(t);
        }
        let ok = self.types.all_terms(t, &mut |tt, x| tt.is_string(x) || matches!(tt.under(x), Type::Slice(e) if *e == TypeId::BYTE));
        if ok {
            return self.types.slice(TypeId::BYTE);
        }
        t
    }

    /// `x[i]` for a type parameter without a core type: every type of its set must be
    /// indexable with the same element type (strings give bytes, and make it read-only).
    pub(crate) fn index_tparam(&mut self, xo: Operand, x: &ast::Expr, i: &ast::Expr, pos: Pos) -> Operand {
        let mut elem: Option<TypeId> = None;
        let mut same = true;
        let mut has_string = false;
        let ok = self.types.all_terms(xo.ty, &mut |tt, t| {
            let mut u = tt.underlying(t);
            if let Type::Pointer(p) = tt.get(u) {
                if matches!(tt.under(*p), Type::Array(..)) {
                    u = tt.underlying(*p);
                }
            }
            let e = match tt.get(u) {
                Type::Basic(b) if b.is_string() => {
                    has_string = true;
                    TypeId::BYTE
                }
                Type::Slice(e) | Type::Array(e, _) => *e,
                _ => return false,
            };
            match elem {
                None => elem = Some(e),
                Some(p) if p != e => same = false,
                _ => {}
            }
            true
        });
        let mut io = self.expr(i);
        if !ok || !same || elem.is_none() {
            let msg = format!("invalid operation: cannot index {}", self.describe(&xo, x));
            let lbrack = self.pos(ast::Span { start: x.span.end, end: x.span.end + 1 });
            self.error(lbrack, msg);
            return Operand::invalid(pos);
        }
        self.index_value(&mut io, None, i);
        let e = Expr { kind: ExprKind::Index(Box::new(xo.expr), Box::new(io.expr)), ty: elem.unwrap(), pos };
        self.value_operand(if has_string { Mode::Value } else { Mode::Variable }, e)
    }

    /// Checks that depend on the concrete types generic code is instantiated with (an
    /// impossible type assertion) are made in the generic code only, where Go makes them.
    pub(crate) fn lenient_generic(&self, a: TypeId, b: TypeId) -> bool {
        self.gen.instance_depth > 0 || self.types.is_generic(a) || self.types.is_generic(b)
    }

    /// Whether an operand is a generic function still to instantiate.
    pub(crate) fn is_generic_operand(&self, x: &Operand) -> bool {
        x.targs.is_some()
    }

    /// The generic function of a generic function operand.
    pub(crate) fn generic_func_of(&self, x: &Operand) -> Option<FuncId> {
        match x.expr.kind {
            ExprKind::Func(f) if self.gen.funcs.contains_key(&f) => Some(f),
            _ => None,
        }
    }

    /// The instance of generic function (or method) `generic` for type arguments `targs`:
    /// a real function checked later, or a virtual one (signature only) when the
    /// arguments mention type parameters.
    pub(crate) fn instantiate_func(&mut self, generic: FuncId, targs: Vec<TypeId>, pos: Option<Pos>) -> FuncId {
        if let Some(&f) = self.gen.func_instances.get(&(generic, targs.clone())) {
            return f;
        }
        let gsig = self.func_sig(generic);
        let g = self.gen.funcs.get(&generic).cloned().expect("minigo bug: instantiating a non-generic function");
        let map: Vec<(TypeId, TypeId)> = g.tparams.iter().copied().zip(targs.iter().copied()).collect();
        let virtual_ = targs.iter().any(|&t| self.types.is_generic(t));
        let id = FuncId(self.funcs.len() as u32);
        let mut f = self.funcs[generic.0 as usize].clone();
        f.body = None;
        f.locals.clear();
        f.params.clear();
        f.results.clear();
        f.recv = None;
        f.kind = if virtual_ { tir::FuncKind::Generic } else { tir::FuncKind::Decl };
        self.funcs.push(f);
        self.gen.func_instances.insert((generic, targs.clone()), id);
        self.gen.instance_of.insert(id, (generic, targs.clone()));
        if let Some(&o) = self.func_obj.get(&generic) {
            self.func_obj.insert(id, o);
        }
        if self.named_results.contains(&generic) {
            self.named_results.insert(id);
        }
        let sig = self.subst(gsig, &map);
        self.funcs[id.0 as usize].sig = sig;
        if virtual_ {
            return id;
        }
        // Runaway instantiation (`f[T]` calling `f[[]T]`) is reported as a cycle by the
        // generic check; this guards the instance checks themselves.
        let depth = self.gen.instance_depth;
        if depth > MAX_INSTANCE_DEPTH {
            let p = pos.unwrap_or(self.funcs[generic.0 as usize].pos);
            self.error(p, "instantiation cycle (instantiation nested too deeply)");
            return id;
        }
        // Instructions name types with 16-bit operands: report the instantiation that
        // takes the program past that many types.
        if self.types.len() > 1 << 16 && !self.gen.too_many_types {
            self.gen.too_many_types = true;
            let p = pos.unwrap_or(self.funcs[generic.0 as usize].pos);
            self.error(p, format!("instantiation makes more than {} distinct types: not supported yet", 1 << 16));
            return id;
        }
        // The body's scope: the type parameter names bound to the type arguments.
        let Some(&obj) = self.func_obj.get(&generic) else { return id };
        let Some(info) = self.decls.get(&obj).cloned() else { return id };
        let saved = (self.pkg, self.file, self.file_scope, self.scope);
        self.pkg = info.pkg;
        self.file = info.file_id;
        self.file_scope = info.file_scope;
        let scope = self.scopes.new_scope(Some(info.file_scope));
        for (name, &t) in g.names.iter().zip(&targs) {
            if name == "_" {
                continue;
            }
            let o = Object { name: name.clone(), kind: ObjKind::TypeName { ty: t }, pos: Pos::default(), pkg: info.pkg, used: true };
            let oid = self.scopes.add_object(o);
            self.scopes.insert(scope, name.clone(), oid);
            self.gen.bindings.insert(oid);
        }
        self.scope = scope;
        if let super::decl::DeclKind::Func { decl } = info.kind {
            if let ast::Decl::Func(fd) = &info.file.decls[decl] {
                let fd = fd.clone();
                let before = self.diags.len();
                self.setup_signature(id, fd.recv.as_ref(), &fd.sig, false);
                self.divert_instance_diags(before);
            }
        }
        self.funcs[id.0 as usize].sig = sig;
        (self.pkg, self.file, self.file_scope, self.scope) = saved;
        self.gen.body_scope.insert(id, scope);
        self.gen.nesting.insert(id, depth);
        self.gen.pending_bodies.push(id);
        id
    }

    /// Moves errors reported since `before` (while checking an instance) aside.
    fn divert_instance_diags(&mut self, before: usize) {
        if self.diags.len() > before {
            let extra: Vec<Diagnostic> = self.diags.drain(before..).collect();
            self.gen.instance_diags.extend(extra);
        }
    }

    /// Checks the bodies of the instances created so far (which may create more).
    pub(crate) fn check_instance_bodies(&mut self) {
        while let Some(id) = self.gen.pending_bodies.pop() {
            let Some(&obj) = self.func_obj.get(&id) else { continue };
            let saved = (self.pkg, self.file, self.file_scope, self.scope, self.fctx.take(), self.cur_decl.take(), self.iota.take());
            let depth = self.gen.nesting.get(&id).copied().unwrap_or(0);
            let saved_depth = std::mem::replace(&mut self.gen.instance_depth, depth + 1);
            let before = self.diags.len();
            self.check_func_body(id, obj);
            self.divert_instance_diags(before);
            self.gen.instance_depth = saved_depth;
            (self.pkg, self.file, self.file_scope, self.scope, self.fctx, self.cur_decl, self.iota) = saved;
        }
    }

    /// `f[A, B]`: explicit (possibly partial) instantiation of a generic function operand.
    pub(crate) fn func_index_expr(&mut self, x: Operand, x_e: &ast::Expr, idx: &[ast::Expr], pos: Pos) -> Operand {
        let Some(generic) = self.generic_func_of(&x) else { return Operand::invalid(pos) };
        let tparams = self.gen.funcs[&generic].tparams.clone();
        let mut targs = x.targs.clone().unwrap_or_default();
        for a in idx {
            let t = self.type_expr(a);
            if t == TypeId::INVALID {
                return Operand::invalid(pos);
            }
            targs.push(t);
        }
        if targs.len() > tparams.len() {
            let msg = format!("got {} type arguments but want {}", targs.len(), tparams.len());
            let at = idx.get(tparams.len()).map(|a| self.pos(a.span)).unwrap_or(pos);
            self.error(at, msg);
            return Operand::invalid(pos);
        }
        let _ = x_e;
        if targs.len() < tparams.len() {
            // Constraint type inference may give the rest (`Clone[[]int]`: E = int).
            let mut inf = Infer { tparams: tparams.clone(), found: vec![None; tparams.len()], from: vec![None; tparams.len()] };
            for (i, &t) in targs.iter().enumerate() {
                inf.found[i] = Some(t);
            }
            if self.infer_from_constraints(&mut inf).is_none() {
                if let Some(full) = self.resolve_inferred(&mut inf) {
                    let mut positions: Vec<Pos> = idx.iter().map(|a| self.pos(a.span)).collect();
                    positions.resize(full.len(), pos);
                    if !self.verify_targs(&tparams, &full, &positions, None) {
                        return Operand::invalid(pos);
                    }
                    let inst = self.instantiate_func(generic, full, Some(pos));
                    let sig = self.funcs[inst.0 as usize].sig;
                    return self.value_operand(Mode::Value, Expr { kind: ExprKind::Func(inst), ty: sig, pos });
                }
            }
            // Partial: the rest is inferred at the call.
            let mut o = x;
            o.targs = Some(targs);
            o.expr.pos = pos;
            return o;
        }
        let positions: Vec<Pos> = idx.iter().map(|a| self.pos(a.span)).collect();
        if !self.verify_targs(&tparams, &targs, &positions, None) {
            return Operand::invalid(pos);
        }
        let inst = self.instantiate_func(generic, targs, Some(pos));
        let sig = self.funcs[inst.0 as usize].sig;
        self.value_operand(Mode::Value, Expr { kind: ExprKind::Func(inst), ty: sig, pos })
    }

    /// Reports a generic function used without instantiation; true if `x` is one.
    pub(crate) fn report_uninstantiated(&mut self, x: &Operand, e: &ast::Expr) -> bool {
        if !self.is_generic_operand(x) {
            return false;
        }
        // A partial instantiation whose other type arguments cannot be inferred.
        if let (Some(targs), Some(generic)) = (x.targs.clone().filter(|t| !t.is_empty()), self.generic_func_of(x)) {
            let tparams = self.gen.funcs[&generic].tparams.clone();
            let mut inf = Infer { tparams: tparams.clone(), found: vec![None; tparams.len()], from: vec![None; tparams.len()] };
            for (i, &t) in targs.iter().enumerate() {
                inf.found[i] = Some(t);
            }
            let _ = self.infer_from_constraints(&mut inf);
            if let Some(missing) = inf.found.iter().position(|t| t.is_none()) {
                let tp = tparams[missing];
                let tpos = self.gen.tparam_pos.get(&tp).copied().unwrap_or_default();
                let msg = format!("cannot infer {} ({})", self.tstr(tp), self.abs_pos_string(tpos));
                self.error(self.syntax_pos(e), msg);
                return true;
            }
        }
        let msg = format!("cannot use generic function {} without instantiation", super::expr::expr_string(e));
        self.error(x.expr.pos, msg);
        true
    }

    // ------------------------------------------------------------ constraints

    /// Checks each type argument against its (substituted) constraint; reports the
    /// first failure at its position.
    /// `inferred`: in a call to this function, type arguments from this index on were
    /// inferred (go/types reports one missing a method of its constraint during inference).
    pub(crate) fn verify_targs(&mut self, tparams: &[TypeId], targs: &[TypeId], positions: &[Pos], inferred: Option<(&str, usize)>) -> bool {
        let map: Vec<(TypeId, TypeId)> = tparams.iter().copied().zip(targs.iter().copied()).collect();
        for (i, (&tp, &ta)) in tparams.iter().zip(targs).enumerate() {
            let c = self.types.tparam_info(tp).map(|p| p.constraint).unwrap_or(TypeId::INVALID);
            if c == TypeId::INVALID {
                continue;
            }
            let c = self.subst(c, &map);
            if self.types.type_set(c).is_some_and(|ts| ts.terms.as_ref().is_some_and(|t| t.is_empty())) {
                let at = positions.get(i).copied().or(positions.last().copied()).unwrap_or_default();
                let msg = format!("cannot satisfy {} (empty type set)", self.tstr(c));
                self.error(at, msg);
                return false;
            }
            if let Some(why) = self.unsatisfied(ta, c) {
                let cname = if self.types.tparam_info(tp).map(|p| p.constraint) == Some(TypeId::EMPTY_INTERFACE) { "any".to_string() } else { self.tstr(c) };
                let msg = match inferred {
                    Some((fname, first)) if i >= first && why.contains("method") => {
                        format!("in call to {}, {} (type {}) does not satisfy {}{}", fname, self.tstr(tp), self.tstr(ta), cname, why)
                    }
                    _ => format!("{} does not satisfy {}{}", self.tstr(ta), cname, why),
                };
                let at = positions.get(i).copied().or(positions.last().copied()).unwrap_or_default();
                self.error(at, msg);
                return false;
            }
        }
        true
    }

    /// Why `t` does not satisfy constraint `c` (go/types' parenthesized reason, with a
    /// leading space; empty when there is none), or `None` if it does.
    pub(crate) fn unsatisfied(&mut self, t: TypeId, c: TypeId) -> Option<String> {
        let Some(ts) = self.types.type_set(c) else { return None };
        if t == TypeId::INVALID {
            return None;
        }
        // Type terms.
        if let Some(terms) = &ts.terms {
            let union = self.terms_string(terms);
            if self.types.is_tparam(t) {
                let tset = self.types.tparam_set(t);
                let ok = match tset.as_ref().and_then(|s| s.terms.clone()) {
                    None => false,
                    Some(tterms) => !tterms.is_empty() && tterms.iter().all(|x| terms.iter().any(|y| self.term_includes(y, x))),
                };
                if !ok {
                    let n = self.tstr(t);
                    return Some(format!(" ({} missing in {})", n, union));
                }
            } else if !terms.iter().any(|term| self.term_has_type(term, t)) {
                let n = self.tstr(t);
                return Some(format!(" ({} missing in {})", n, union));
            }
        }
        // Methods.
        if !ts.methods.is_empty() {
            let iface = self.types.intern(Type::Interface(ts.methods.clone()));
            if let Some(why) = self.missing_method(t, iface) {
                return Some(format!(" {}", why));
            }
        }
        // comparable.
        if ts.comparable && !self.types.comparable(t) {
            return Some(String::new());
        }
        None
    }

    fn terms_string(&self, terms: &[Term]) -> String {
        terms.iter().map(|t| format!("{}{}", if t.tilde { "~" } else { "" }, self.tstr(t.ty))).collect::<Vec<_>>().join(" | ")
    }

    /// Whether `t` is in the type set of `term`.
    pub(crate) fn term_has_type(&self, term: &Term, t: TypeId) -> bool {
        if term.tilde {
            self.types.underlying(t) == term.ty
        } else {
            t == term.ty
        }
    }

    /// Whether term `y` includes all types of term `x`.
    fn term_includes(&self, y: &Term, x: &Term) -> bool {
        if y.tilde {
            self.types.underlying(x.ty) == y.ty
        } else {
            !x.tilde && x.ty == y.ty
        }
    }

    // ------------------------------------------------------------ inference

    /// A call of a generic function: infers the missing type arguments from the checked
    /// arguments (`args`: operand and expression; one tuple operand for `f(g())`),
    /// verifies them and instantiates. Returns the instance, or `None` after an error.
    pub(crate) fn infer_call(&mut self, f: &Operand, fun: &ast::Expr, args: &[(Operand, &ast::Expr)], call: &ast::Expr, pos: Pos) -> Option<(FuncId, TypeId)> {
        let generic = self.generic_func_of(f)?;
        let g = self.gen.funcs[&generic].clone();
        let gsig = self.func_sig(generic);
        let sig = self.signature_of(gsig)?;
        let explicit = f.targs.clone().unwrap_or_default();
        let mut inf = Infer { tparams: g.tparams.clone(), found: vec![None; g.tparams.len()], from: vec![None; g.tparams.len()] };
        for (i, &t) in explicit.iter().enumerate() {
            inf.found[i] = Some(t);
        }
        // Argument types, one per parameter (variadic extras against the element type).
        let nparams = sig.params.len();
        let mut pairs: Vec<(TypeId, TypeId, Pos, bool, String)> = Vec::new(); // (param, arg type, pos, untyped const, text)
        let arg_list: Vec<(TypeId, Pos, bool, String)> = if args.len() == 1 && matches!(self.types.get(args[0].0.ty), Type::Tuple(_)) && args[0].0.ty != TypeId::VOID {
            let Type::Tuple(elems) = self.types.get(args[0].0.ty).clone() else { unreachable!() };
            elems.iter().map(|&t| (t, args[0].0.expr.pos, false, super::expr::expr_string(args[0].1))).collect()
        } else {
            args.iter().map(|(o, e)| (o.ty, o.expr.pos, self.types.is_untyped(o.ty), super::expr::expr_string(e))).collect()
        };
        let spread = matches!(call.kind, AK::Call { ellipsis: Some(_), .. });
        for (i, (t, p, u, text)) in arg_list.into_iter().enumerate() {
            let param = if sig.variadic && i + 1 >= nparams {
                let last = sig.params[nparams - 1];
                if spread {
                    last
                } else {
                    match self.types.get(last) {
                        Type::Slice(e) => *e,
                        _ => last,
                    }
                }
            } else if i < nparams {
                sig.params[i]
            } else {
                break;
            };
            pairs.push((param, t, p, u, text));
        }
        // Typed arguments first.
        for (param, at, p, untyped, text) in &pairs {
            if *untyped || *at == TypeId::INVALID {
                continue;
            }
            if !self.mentions(&inf, *param) {
                continue;
            }
            let before: Vec<Option<TypeId>> = inf.found.clone();
            if !self.unify(&mut inf, *param, *at, false, 0) {
                let pstr = self.tstr(*param);
                let fname = super::call::callee_name(fun);
                let tp = inf.tparams.iter().find(|&&tp| self.contains_tparam(*param, tp)).copied();
                let tpname = tp.map(|t| self.tstr(t)).unwrap_or_default();
                let (a, b) = (self.tstr(*at), pstr);
                let msg = if tp.is_some() && self.types.is_tparam(*param) {
                    // The parameter was already inferred differently.
                    let i = inf.index(*param).unwrap();
                    let prev = before[i].map(|t| self.tstr(t)).unwrap_or_default();
                    format!("in call to {}, type {} of {} does not match inferred type {} for {}", fname, a, text, prev, b)
                } else {
                    format!("in call to {}, type {} of {} does not match {} (cannot infer {})", fname, a, text, b, tpname)
                };
                self.error(*p, msg);
                return None;
            }
            for i in 0..inf.found.len() {
                if before[i].is_none() && inf.found[i].is_some() {
                    inf.from[i] = Some(*p);
                }
            }
        }
        if let Some((tp, ta)) = self.infer_from_constraints(&mut inf) {
            self.report_core_mismatch(fun, call, tp, ta);
            return None;
        }
        // Untyped constants: the default type of the "largest" kind per parameter.
        for i in 0..inf.tparams.len() {
            if inf.found[i].is_some() {
                continue;
            }
            let tp = inf.tparams[i];
            let mut best: Option<TypeId> = None;
            let mut at: Option<Pos> = None;
            for (param, t, p, untyped, _) in &pairs {
                if !*untyped || *param != tp || *t == TypeId::UNTYPED_NIL {
                    continue;
                }
                best = match best {
                    None => {
                        at = Some(*p);
                        Some(*t)
                    }
                    Some(b) => {
                        let rank = |t: TypeId| match t {
                            TypeId::UNTYPED_INT => 1,
                            TypeId::UNTYPED_RUNE => 2,
                            TypeId::UNTYPED_FLOAT => 3,
                            TypeId::UNTYPED_COMPLEX => 4,
                            _ => 0,
                        };
                        if rank(b) > 0 && rank(*t) > 0 {
                            Some(if rank(*t) > rank(b) { *t } else { b })
                        } else if b == *t {
                            Some(b)
                        } else {
                            let fname = super::call::callee_name(fun);
                            let msg = format!("in call to {}, mismatched types {} and {} (cannot infer {})", fname, self.tstr(b), self.tstr(*t), self.tstr(tp));
                            self.error(*p, msg);
                            return None;
                        }
                    }
                };
            }
            if let Some(b) = best {
                inf.found[i] = Some(self.types.default_type(b));
                inf.from[i] = at;
            }
        }
        if let Some((tp, ta)) = self.infer_from_constraints(&mut inf) {
            self.report_core_mismatch(fun, call, tp, ta);
            return None;
        }
        let targs = self.resolve_inferred(&mut inf);
        let Some(targs) = targs else {
            let missing = inf.found.iter().position(|t| t.is_none()).unwrap_or(0);
            let tp = inf.tparams[missing];
            let tpos = self.gen.tparam_pos.get(&tp).copied().unwrap_or_default();
            let fname = super::call::callee_name(fun);
            let msg = format!("in call to {}, cannot infer {} ({})", fname, self.tstr(tp), self.abs_pos_string(tpos));
            self.error(self.syntax_pos(call), msg);
            return None;
        };
        // Explicit type arguments are reported at themselves, inferred ones at the call's
        // parenthesis.
        let lparen = self.syntax_pos(call);
        let explicit: Vec<Pos> = match &fun.kind {
            AK::Index(_, idx) => idx.iter().map(|a| self.pos(a.span)).collect(),
            _ => vec![],
        };
        let positions: Vec<Pos> = (0..targs.len()).map(|i| explicit.get(i).copied().unwrap_or(lparen)).collect();
        let fname = super::call::callee_name(fun);
        if !self.verify_targs(&g.tparams, &targs, &positions, Some((&fname, explicit.len()))) {
            return None;
        }
        let inst = self.instantiate_func(generic, targs, Some(pos));
        let sig = self.funcs[inst.0 as usize].sig;
        Some((inst, sig))
    }

    /// Reverse type inference: a generic function used where a value of function type
    /// `target` is expected (assignment, argument, return) is instantiated to match it.
    pub(crate) fn infer_from_target(&mut self, x: Operand, target: TypeId) -> Operand {
        let Some(generic) = self.generic_func_of(&x) else { return x };
        let pos = x.expr.pos;
        let core = self.core(target);
        if !matches!(self.types.get(core), Type::Func(_)) {
            return x;
        }
        let g = self.gen.funcs[&generic].clone();
        let gsig = self.func_sig(generic);
        let mut inf = Infer { tparams: g.tparams.clone(), found: vec![None; g.tparams.len()], from: vec![None; g.tparams.len()] };
        for (i, &t) in x.targs.clone().unwrap_or_default().iter().enumerate() {
            inf.found[i] = Some(t);
        }
        if !self.unify(&mut inf, gsig, core, true, 0) {
            return x;
        }
        if self.infer_from_constraints(&mut inf).is_some() {
            return x;
        }
        let Some(targs) = self.resolve_inferred(&mut inf) else { return x };
        let positions = vec![pos; targs.len()];
        if !self.verify_targs(&g.tparams, &targs, &positions, None) {
            return Operand::invalid(pos);
        }
        let inst = self.instantiate_func(generic, targs, Some(pos));
        let sig = self.funcs[inst.0 as usize].sig;
        self.value_operand(Mode::Value, Expr { kind: ExprKind::Func(inst), ty: sig, pos })
    }

    /// Whether `t` mentions one of the type parameters being inferred.
    fn mentions(&self, inf: &Infer, t: TypeId) -> bool {
        inf.tparams.iter().any(|&tp| self.contains_tparam(t, tp))
    }

    /// Whether type `t` mentions type parameter `tp`.
    pub(crate) fn contains_tparam(&self, t: TypeId, tp: TypeId) -> bool {
        self.contains_tparam_depth(t, tp, 0)
    }

    fn contains_tparam_depth(&self, t: TypeId, tp: TypeId, depth: u32) -> bool {
        if t == tp {
            return true;
        }
        if depth > 64 || !self.types.is_generic(t) {
            return false;
        }
        let d = depth + 1;
        match self.types.get(t) {
            Type::Named(_) => {
                let info = self.types.named_info(t).unwrap();
                info.targs.iter().any(|&a| self.contains_tparam_depth(a, tp, d)) || info.tparams.contains(&tp)
            }
            Type::Pointer(e) | Type::Slice(e) | Type::Array(e, _) | Type::Chan(_, e) => self.contains_tparam_depth(*e, tp, d),
            Type::Map(k, v) => self.contains_tparam_depth(*k, tp, d) || self.contains_tparam_depth(*v, tp, d),
            Type::Struct(fs) => fs.iter().any(|f| self.contains_tparam_depth(f.ty, tp, d)),
            Type::Func(s) => s.params.iter().chain(s.results.iter()).any(|&p| self.contains_tparam_depth(p, tp, d)),
            Type::Interface(ms) => ms.iter().any(|m| self.contains_tparam_depth(m.sig, tp, d)),
            Type::Tuple(es) => es.iter().any(|&e| self.contains_tparam_depth(e, tp, d)),
            Type::Constraint(ts) => ts.terms.iter().flatten().any(|t| self.contains_tparam_depth(t.ty, tp, d)),
            _ => false,
        }
    }

    /// Unifies parameter type `x` (mentioning the parameters being inferred) with
    /// argument type `y`. `exact`: types must be identical (nested positions); otherwise
    /// assignability-style (top level): a named argument type matches a type literal
    /// through its underlying type.
    fn unify(&mut self, inf: &mut Infer, x: TypeId, y: TypeId, exact: bool, depth: u32) -> bool {
        if depth > 64 || x == TypeId::INVALID || y == TypeId::INVALID {
            return true;
        }
        if let Some(i) = inf.index(x) {
            return match inf.found[i] {
                None => {
                    inf.found[i] = Some(y);
                    true
                }
                Some(prev) => {
                    if prev == y {
                        return true;
                    }
                    if !exact {
                        // Inexact: a named type and a type literal with the same
                        // underlying type unify (the named type wins).
                        let (pn, yn) = (self.is_defined(prev), self.is_defined(y));
                        if pn != yn && self.types.underlying(prev) == self.types.underlying(y) {
                            if yn {
                                inf.found[i] = Some(y);
                            }
                            return true;
                        }
                        // Channel directions.
                        if let (Type::Chan(d1, e1), Type::Chan(d2, e2)) = (self.types.get(prev).clone(), self.types.get(y).clone()) {
                            if e1 == e2 {
                                if d1 == ast::ChanDir::Both {
                                    inf.found[i] = Some(y);
                                }
                                return d1 == ast::ChanDir::Both || d2 == ast::ChanDir::Both || d1 == d2;
                            }
                        }
                    }
                    // Both may mention other inferred parameters.
                    if self.mentions(inf, prev) {
                        return self.unify(inf, prev, y, exact, depth + 1);
                    }
                    false
                }
            };
        }
        if !self.mentions(inf, x) {
            // Nothing to infer here: assignability is checked with the arguments.
            return !exact || x == y || self.types.is_generic(y);
        }
        let mut yv = y;
        let mut x = x;
        if !exact && !self.is_defined(x) && self.is_defined(y) && !self.types.is_tparam(y) {
            yv = self.types.underlying(y);
        } else if !exact && self.is_defined(x) && !self.is_defined(y) && !self.types.is_tparam(x) {
            // A generic named type against a type literal: unify its underlying type.
            self.ensure_resolved(x);
            x = self.types.underlying(x);
        }
        let d = depth + 1;
        match (self.types.get(x).clone(), self.types.get(yv).clone()) {
            (Type::Pointer(a), Type::Pointer(b)) | (Type::Slice(a), Type::Slice(b)) => self.unify(inf, a, b, true, d),
            (Type::Array(a, n), Type::Array(b, m)) => n == m && self.unify(inf, a, b, true, d),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => self.unify(inf, k1, k2, true, d) && self.unify(inf, v1, v2, true, d),
            (Type::Chan(d1, a), Type::Chan(d2, b)) => (d1 == d2 || (!exact && d2 == ast::ChanDir::Both)) && self.unify(inf, a, b, true, d),
            (Type::Func(s1), Type::Func(s2)) => {
                s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1.variadic == s2.variadic
                    && s1.params.iter().zip(s2.params.iter()).all(|(&a, &b)| self.unify(inf, a, b, true, d))
                    && s1.results.iter().zip(s2.results.iter()).all(|(&a, &b)| self.unify(inf, a, b, true, d))
            }
            (Type::Struct(f1), Type::Struct(f2)) => {
                f1.len() == f2.len() && f1.iter().zip(f2.iter()).all(|(a, b)| a.name == b.name && a.embedded == b.embedded && self.unify(inf, a.ty, b.ty, true, d))
            }
            (Type::Named(_), Type::Named(_)) => {
                let (xi, yi) = (self.types.named_info(x).unwrap().clone(), self.types.named_info(yv).unwrap().clone());
                let xo = xi.origin.unwrap_or(x);
                let yo = yi.origin.unwrap_or(yv);
                if xo != yo {
                    // A type argument implementing an interface parameter type.
                    return !exact && self.types.is_interface(x) && self.unify_methods(inf, x, yv, d);
                }
                let xa = if xi.targs.is_empty() { xi.tparams.clone() } else { xi.targs.clone() };
                let ya = if yi.targs.is_empty() { yi.tparams.clone() } else { yi.targs.clone() };
                xa.len() == ya.len() && xa.iter().zip(ya.iter()).all(|(&a, &b)| self.unify(inf, a, b, true, d))
            }
            (Type::Named(_), _) if !exact => {
                // An interface parameter type: the argument may implement it.
                self.types.is_interface(x) && self.unify_methods(inf, x, yv, d)
            }
            (Type::Interface(_), _) if !exact => self.unify_methods(inf, x, yv, d),
            _ => false,
        }
    }

    /// Inexact unification of an interface type `x` mentioning type parameters with a
    /// type `y` that should implement it (Go 1.21's interface inference): each method of
    /// `x` unifies with `y`'s method of that name. A missing method does not unify.
    fn unify_methods(&mut self, inf: &mut Infer, x: TypeId, y: TypeId, d: u32) -> bool {
        if !self.mentions(inf, x) {
            return true;
        }
        let methods = self.types.interface_methods(x).to_vec();
        for m in &methods {
            let have = if self.types.is_interface(y) {
                match self.types.interface_methods(y).iter().find(|h| h.name == m.name) {
                    Some(h) => h.sig,
                    None => return false,
                }
            } else {
                match self.lookup(y, &m.name) {
                    Lookup::Found(sel) => match sel.found {
                        Found::Method { func, .. } => self.func_sig(func),
                        _ => return false,
                    },
                    _ => return false,
                }
            };
            if !self.unify(inf, m.sig, have, true, d) {
                return false;
            }
        }
        true
    }

    fn is_defined(&self, t: TypeId) -> bool {
        matches!(self.types.get(t), Type::Named(_) | Type::Basic(_) | Type::TypeParam(_))
    }

    /// Constraint type inference: a type parameter whose constraint has a single
    /// (core) term relates its type argument to that term.
    /// Infers type arguments from the core types of their constraints. Returns the first
    /// type parameter whose known argument does not unify with its constraint's core type
    /// (with that argument).
    fn infer_from_constraints(&mut self, inf: &mut Infer) -> Option<(TypeId, TypeId)> {
        let mut failed = None;
        for _round in 0..inf.tparams.len() + 1 {
            let mut progress = false;
            for i in 0..inf.tparams.len() {
                let tp = inf.tparams[i];
                let Some(ts) = self.types.tparam_set(tp) else { continue };
                let Some(terms) = ts.terms else { continue };
                let Some(term) = self.core_term(&terms) else { continue };
                if !self.mentions(inf, term.ty) && inf.found[i].is_some() {
                    continue;
                }
                let before = inf.found.clone();
                match inf.found[i] {
                    Some(t) => {
                        // A type parameter as type argument stands for its core type.
                        let t = if self.types.is_tparam(t) && inf.index(t).is_none() { self.types.core_type(t).unwrap_or(t) } else { t };
                        let target = if term.tilde { self.types.underlying(t) } else { t };
                        let known = self.known_map(inf);
                        let core = self.subst(term.ty, &known);
                        if !self.unify(inf, core, target, false, 0) && failed.is_none() {
                            failed = Some((tp, t));
                        }
                    }
                    None => {
                        if !term.tilde {
                            let known = self.known_map(inf);
                            let core = self.subst(term.ty, &known);
                            if !self.mentions(inf, core) {
                                inf.found[i] = Some(core);
                            }
                        }
                    }
                }
                if inf.found != before {
                    progress = true;
                }
            }
            if !progress {
                break;
            }
        }
        failed
    }

    /// go/types' error when a type argument does not unify with its constraint's core
    /// type during inference, at the call's parenthesis.
    fn report_core_mismatch(&mut self, fun: &ast::Expr, call: &ast::Expr, tp: TypeId, ta: TypeId) {
        let c = self.types.tparam_info(tp).map(|p| p.constraint).unwrap_or(TypeId::INVALID);
        let fname = super::call::callee_name(fun);
        let msg = format!("in call to {}, {} (type {}) does not satisfy {}", fname, self.tstr(tp), self.tstr(ta), self.tstr(c));
        self.error(self.syntax_pos(call), msg);
    }

    /// The core term of a constraint's type terms, for inference: the single term, or a
    /// `~U` term when every term has the underlying type `U` (channels of one element type
    /// may differ in direction: the narrower direction wins). `None` without a core type.
    fn core_term(&self, terms: &[Term]) -> Option<Term> {
        if let [t] = terms {
            return Some(*t);
        }
        let mut core = self.types.underlying(terms.first()?.ty);
        for t in &terms[1..] {
            let u = self.types.underlying(t.ty);
            if u == core {
                continue;
            }
            match (self.types.get(core), self.types.get(u)) {
                (Type::Chan(d1, e1), Type::Chan(d2, e2)) if e1 == e2 => {
                    if *d1 == ast::ChanDir::Both {
                        core = u;
                    } else if *d2 != ast::ChanDir::Both && d1 != d2 {
                        return None;
                    }
                }
                _ => return None,
            }
        }
        Some(Term { tilde: true, ty: core })
    }

    fn known_map(&self, inf: &Infer) -> Vec<(TypeId, TypeId)> {
        inf.tparams.iter().zip(&inf.found).filter_map(|(&p, f)| f.map(|t| (p, t))).collect()
    }

    /// The inferred type arguments with inferred parameters substituted into each other;
    /// `None` if one is unknown (or refers to itself).
    fn resolve_inferred(&mut self, inf: &mut Infer) -> Option<Vec<TypeId>> {
        if inf.found.iter().any(|f| f.is_none()) {
            return None;
        }
        for _ in 0..inf.tparams.len() + 1 {
            let map = self.known_map(inf);
            let mut changed = false;
            for i in 0..inf.found.len() {
                let t = inf.found[i].unwrap();
                if self.mentions(inf, t) && t != inf.tparams[i] {
                    let n = self.subst(t, &map);
                    if n != t {
                        inf.found[i] = Some(n);
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
        }
        Some(inf.found.iter().map(|f| f.unwrap()).collect())
    }
}
