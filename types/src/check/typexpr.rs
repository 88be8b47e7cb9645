//! Type expressions → types.

use super::decl::is_exported;
use super::scope::{ObjKind, VarRef};
use super::{Checker, Mode};
use crate::constant::ConstValue;
use crate::tir::{self, LocalId, Pos};
use crate::ty::{Field, FuncId, Method, PkgId, Signature, Type, TypeId};
use num_traits::{Signed, ToPrimitive};
use parser::ast::{self, ExprKind};
use std::collections::HashMap;

/// A parameter or result as declared.
pub(crate) struct Param {
    pub name: Option<ast::Ident>,
    pub ty: TypeId,
    pub pos: Pos,
}

impl<'a> Checker<'a> {
    /// Evaluates a type expression; reports and returns INVALID if `e` is not a type.
    pub(crate) fn type_expr(&mut self, e: &ast::Expr) -> TypeId {
        self.type_expr_for_decl(e, TypeId::INVALID)
    }

    /// As [`Self::type_expr`]; `decl` is the named type being declared (if any).
    pub(crate) fn type_expr_for_decl(&mut self, e: &ast::Expr, decl: TypeId) -> TypeId {
        let pos = self.pos(e.span);
        match &e.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => {
                // Not `expr_or_type`: a package or built-in name here "is not a type".
                let x = self.raw_expr(e, None);
                match x.mode {
                    Mode::TypeExpr if self.types.named_info(x.ty).is_some_and(|i| !i.tparams.is_empty()) => {
                        let msg = format!("cannot use generic type {} without instantiation", self.generic_type_string(x.ty));
                        self.error(pos, msg);
                        TypeId::INVALID
                    }
                    Mode::TypeExpr => x.ty,
                    Mode::Invalid => TypeId::INVALID,
                    _ => {
                        let msg = format!("{} is not a type", super::expr::expr_string(e));
                        self.error(pos, msg);
                        TypeId::INVALID
                    }
                }
            }
            ExprKind::Paren(x) => self.type_expr_for_decl(x, decl),
            ExprKind::Star(x) => {
                let t = self.type_expr(x);
                if t == TypeId::INVALID {
                    return t;
                }
                self.types.pointer(t)
            }
            ExprKind::ArrayType { len: Some(n), elem } => {
                let len = self.array_length(n);
                let el = self.type_expr(elem);
                match len {
                    Some(len) if el != TypeId::INVALID => self.types.intern(Type::Array(el, len)),
                    _ => TypeId::INVALID,
                }
            }
            ExprKind::ArrayType { len: None, elem } => {
                self.error(pos, "invalid use of [...] array (outside a composite literal)");
                self.type_expr(elem);
                TypeId::INVALID
            }
            ExprKind::SliceType(elem) => {
                let el = self.type_expr(elem);
                if el == TypeId::INVALID {
                    return el;
                }
                self.types.slice(el)
            }
            ExprKind::MapType(k, v) => {
                let kt = self.type_expr(k);
                let vt = self.type_expr(v);
                if kt == TypeId::INVALID || vt == TypeId::INVALID {
                    return TypeId::INVALID;
                }
                // Comparability of a named key type may need its underlying type: check
                // when it is known (types declared later are checked when resolved).
                let unresolved_tparam = self.types.tparam_info(kt).is_some_and(|p| p.constraint == TypeId::INVALID);
                if !unresolved_tparam && (!matches!(self.types.get(kt), Type::Named(_)) || self.types.underlying(kt) != TypeId::INVALID) {
                    if !self.types.comparable(kt) {
                        // A func type's position is its `(` in gc's syntax tree.
                        let mut kpos = self.pos(k.span);
                        if let ExprKind::FuncType(..) = k.kind {
                            let src = &self.files[self.file as usize].src;
                            if let Some(off) = src.get(k.span.start as usize..k.span.end as usize).and_then(|s| s.find('(')) {
                                kpos.span.start += off as u32;
                            }
                        }
                        let msg = format!("invalid map key type {}", self.tstr(kt));
                        self.error(kpos, msg);
                        return TypeId::INVALID;
                    }
                }
                self.types.intern(Type::Map(kt, vt))
            }
            ExprKind::ChanType(dir, elem) => {
                let el = self.type_expr(elem);
                if el == TypeId::INVALID {
                    return el;
                }
                self.types.intern(Type::Chan(*dir, el))
            }
            ExprKind::FuncType(ft) => {
                let (params, results, variadic) = self.signature_parts(ft);
                self.check_dup_params(&params, &results);
                let p = params.iter().map(|p| p.ty).collect();
                let r = results.iter().map(|p| p.ty).collect();
                self.types.func(p, r, variadic)
            }
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::InterfaceType(elems) => self.interface_type(elems, decl),
            ExprKind::Index(base, args) => {
                // An instantiated constraint (`Number[T]`) in a constraint position.
                let saved = self.gen.constraint_pos;
                if saved == Some(pos) {
                    self.gen.constraint_pos = Some(self.pos(base.span));
                }
                let b = self.expr_or_type(base);
                self.gen.constraint_pos = saved;
                if b.is_invalid() {
                    return TypeId::INVALID;
                }
                if b.mode != Mode::TypeExpr {
                    let msg = format!("{} is not a type", super::expr::expr_string(e));
                    self.error(pos, msg);
                    return TypeId::INVALID;
                }
                self.instantiate_type_expr(b.ty, base, args, pos)
            }
            ExprKind::Unary(ast::UnaryOp::Recv, x) => {
                // `<-chan T` written in expression position.
                if let ExprKind::ChanType(ast::ChanDir::Both, elem) = &x.kind {
                    let el = self.type_expr(elem);
                    if el == TypeId::INVALID {
                        return el;
                    }
                    return self.types.intern(Type::Chan(ast::ChanDir::Recv, el));
                }
                self.not_a_type(e)
            }
            ExprKind::Ellipsis(_) => {
                self.error(pos, "invalid use of ...");
                TypeId::INVALID
            }
            _ => self.not_a_type(e),
        }
    }

    fn not_a_type(&mut self, e: &ast::Expr) -> TypeId {
        let pos = self.pos(e.span);
        let msg = format!("{} is not a type", super::expr::expr_string(e));
        self.error(pos, msg);
        TypeId::INVALID
    }

    fn array_length(&mut self, n: &ast::Expr) -> Option<u64> {
        if let ExprKind::Ident(name) = &n.kind {
            if self.scopes.lookup(self.scope, name).is_none() {
                let msg = format!("undefined array length {} or missing type constraint", name);
                self.error(self.pos(n.span), msg);
                return None;
            }
        }
        let x = self.expr(n);
        if x.is_invalid() {
            return None;
        }
        let pos = self.pos(n.span);
        if x.mode != Mode::Constant {
            // go/types: a length that is a name of a non-constant is an "invalid array length".
            let msg = if x.mode == Mode::TypeExpr || matches!(n.kind, ExprKind::Ident(_)) {
                format!("invalid array length {}", super::expr::expr_string(n))
            } else {
                format!("array length {} must be constant", self.describe(&x, n))
            };
            self.error(pos, msg);
            return None;
        }
        let val = x.val.clone().unwrap_or(ConstValue::int(0));
        if self.types.is_untyped(x.ty) || self.types.is_integer(x.ty) {
            if let Some(i) = val.to_int() {
                if !i.is_negative() {
                    if let Some(v) = i.to_u64().filter(|&v| v <= i64::MAX as u64) {
                        return Some(v);
                    }
                    let msg = format!("invalid array length {}", self.describe(&x, n));
                    self.error(pos, msg);
                    return None;
                }
            }
        }
        let msg = if self.types.is_integer(x.ty) {
            format!("invalid array length {}", self.describe(&x, n))
        } else {
            format!("array length {} must be integer", self.describe(&x, n))
        };
        self.error(pos, msg);
        None
    }

    fn struct_type(&mut self, fields: &[ast::Field]) -> TypeId {
        let mut out: Vec<Field> = Vec::new();
        let mut seen: std::collections::HashMap<String, Pos> = std::collections::HashMap::new();
        for f in fields {
            let ty = self.type_expr(&f.ty);
            let tag = f.tag.as_ref().and_then(|t| crate::constant::unquote(t)).map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
            if f.names.is_empty() {
                // Embedded: T, *T, pkg.T.
                let name = embedded_name(&f.ty);
                let pos = self.pos(f.ty.span);
                if ty != TypeId::INVALID {
                    let base = match self.types.get(ty) {
                        Type::Pointer(b) => *b,
                        _ => ty,
                    };
                    let bad = match self.types.get(ty) {
                        Type::Pointer(_) => self.types.is_interface(base) || matches!(self.types.under(base), Type::Pointer(_)),
                        _ => matches!(self.types.under(ty), Type::Pointer(_)) && self.types.is_named(ty) && !matches!(self.types.get(ty), Type::Basic(_)),
                    };
                    if bad {
                        let msg = if self.types.is_interface(base) {
                            "embedded field type cannot be a pointer to an interface".to_string()
                        } else {
                            "embedded field type cannot be a pointer".to_string()
                        };
                        self.error(pos, msg);
                    }
                }
                // The field is declared at its type name (`T` in `*pkg.T`).
                let mut te = &f.ty;
                while let ExprKind::Star(x) | ExprKind::Paren(x) = &te.kind {
                    te = x;
                }
                let name_pos = match &te.kind {
                    ExprKind::Selector(_, sel) => self.pos(sel.span),
                    _ => self.pos(te.span),
                };
                self.add_field(&mut out, &mut seen, name, ty, true, tag, name_pos);
            } else {
                for n in &f.names {
                    let pos = self.pos(n.span);
                    self.add_field(&mut out, &mut seen, n.name.clone(), ty, false, tag.clone(), pos);
                }
            }
        }
        // A field of invalid type leaves the struct usable (go/types): no follow-on errors
        // for literals and selectors of the struct type.
        self.types.intern(Type::Struct(out.into_boxed_slice()))
    }

    #[allow(clippy::too_many_arguments)]
    fn add_field(&mut self, out: &mut Vec<Field>, seen: &mut std::collections::HashMap<String, Pos>, name: String, ty: TypeId, embedded: bool, tag: String, pos: Pos) {
        if name != "_" {
            if let Some(prev) = seen.get(&name) {
                let (l, c) = self.line_col(*prev);
                let path = self.files[prev.file as usize].path.clone();
                self.error(pos, format!("{name} redeclared\n\t{path}:{l}:{c}: other declaration of {name}"));
                return; // not declared twice (no "ambiguous selector" later)
            }
            seen.insert(name.clone(), pos);
        }
        let pkg = if is_exported(&name) { None } else { Some(self.pkg) };
        out.push(Field { name, ty, embedded, tag, pkg });
    }

    fn interface_type(&mut self, elems: &[ast::InterfaceElem], decl: TypeId) -> TypeId {
        let mut methods: Vec<Method> = Vec::new();
        let mut method_pos: Vec<(String, Pos)> = Vec::new();
        let mut terms: Option<Vec<crate::ty::Term>> = None;
        let mut comparable = false;
        for el in elems {
            match el {
                ast::InterfaceElem::Method { name, sig } => {
                    let (params, results, variadic) = self.signature_parts(sig);
                    self.check_dup_params(&params, &results);
                    let s = self.types.func(params.iter().map(|p| p.ty).collect(), results.iter().map(|p| p.ty).collect(), variadic);
                    let pkg = if is_exported(&name.name) { None } else { Some(self.pkg) };
                    if name.name == "_" {
                        self.error(self.pos(name.span), "methods must have a unique non-blank name");
                        continue;
                    }
                    if let Some((_, prev)) = method_pos.iter().find(|(n, _)| *n == name.name) {
                        let msg = format!("duplicate method {}\n\t{}: other declaration of method {}", name.name, self.pos_string(*prev), name.name);
                        self.error(self.pos(name.span), msg);
                        continue;
                    }
                    method_pos.push((name.name.clone(), self.pos(name.span)));
                    methods.push(Method { name: name.name.clone(), sig: s, pkg });
                }
                ast::InterfaceElem::Embed(e) => {
                    if matches!(e.kind, ExprKind::Binary(..) | ExprKind::Unary(ast::UnaryOp::Tilde, _)) {
                        let u = self.union_terms(e);
                        terms = self.intersect_terms(terms, u);
                        continue;
                    }
                    let t = self.constraint_type_expr(e);
                    if t == TypeId::INVALID {
                        continue;
                    }
                    if t == decl && decl != TypeId::INVALID {
                        self.error(self.pos(e.span), format!("invalid recursive type {}", self.tstr(t)));
                        continue;
                    }
                    self.ensure_resolved(t);
                    if self.types.is_tparam(t) {
                        self.error(self.pos(e.span), format!("cannot embed a type parameter"));
                        continue;
                    }
                    let Some(ts) = self.types.type_set(t) else {
                        terms = self.intersect_terms(terms, Some(vec![crate::ty::Term { tilde: false, ty: t }]));
                        continue;
                    };
                    comparable |= ts.comparable;
                    terms = self.intersect_terms(terms, ts.terms.map(|t| t.to_vec()));
                    for m in ts.methods.to_vec() {
                        if let Some(prev) = methods.iter().find(|p| p.name == m.name) {
                            if prev.sig != m.sig {
                                self.error(self.pos(e.span), format!("duplicate method {}", m.name));
                            }
                            continue;
                        }
                        methods.push(m);
                    }
                }
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        if terms.is_some() || comparable {
            let ts = crate::ty::TypeSet { methods: methods.into_boxed_slice(), terms: terms.map(|t| t.into_boxed_slice()), comparable, implicit: false };
            return self.types.intern(Type::Constraint(Box::new(ts)));
        }
        self.types.intern(Type::Interface(methods.into_boxed_slice()))
    }

    /// Makes sure a named type's underlying type is known (resolving its declaration).
    pub(crate) fn ensure_resolved(&mut self, t: TypeId) {
        let Some(info) = self.types.named_info(t) else { return };
        if let Some(origin) = info.origin {
            if info.underlying == TypeId::INVALID {
                self.ensure_resolved(origin);
                self.expand_instance(t);
            }
            self.sync_instance_methods(t);
            return;
        }
        if info.underlying != TypeId::INVALID {
            return;
        }
        let name = info.name.clone();
        let pkg = info.pkg;
        let scope = self.pkgs[pkg.0 as usize].scope;
        if let Some(obj) = self.scopes.lookup_local(scope, &name) {
            self.resolve(obj);
        }
    }

    /// Parameter and result names of a function type must be distinct (as in a declaration).
    fn check_dup_params(&mut self, params: &[Param], results: &[Param]) {
        let mut seen: HashMap<&str, Pos> = HashMap::new();
        for p in params.iter().chain(results) {
            let Some(n) = p.name.as_ref().filter(|n| n.name != "_") else { continue };
            if let Some(&prev) = seen.get(n.name.as_str()) {
                let msg = format!("{} redeclared in this block\n\t{}: other declaration of {}", n.name, self.pos_string(prev), n.name);
                self.error(p.pos, msg);
            } else {
                seen.insert(&n.name, p.pos);
            }
        }
    }

    /// Parameter and result lists of a signature.
    pub(crate) fn signature_parts(&mut self, ft: &ast::FuncType) -> (Vec<Param>, Vec<Param>, bool) {
        let mut variadic = false;
        let mut params = Vec::new();
        let n = ft.params.len();
        for (i, f) in ft.params.iter().enumerate() {
            let ty = match &f.ty.kind {
                ExprKind::Ellipsis(elem) => {
                    if i + 1 != n || f.names.len() > 1 {
                        self.error(self.pos(f.ty.span), "can only use ... with final parameter in list");
                    } else {
                        variadic = true;
                    }
                    let el = self.type_expr(elem);
                    if el == TypeId::INVALID {
                        el
                    } else {
                        self.types.slice(el)
                    }
                }
                _ => self.type_expr(&f.ty),
            };
            if f.names.is_empty() {
                params.push(Param { name: None, ty, pos: self.pos(f.ty.span) });
            }
            for name in &f.names {
                params.push(Param { name: Some(name.clone()), ty, pos: self.pos(name.span) });
            }
        }
        let mut results = Vec::new();
        for f in &ft.results {
            if let ExprKind::Ellipsis(_) = f.ty.kind {
                self.error(self.pos(f.ty.span), "can only use ... with final parameter in list");
            }
            let ty = self.type_expr(&f.ty);
            if f.names.is_empty() {
                results.push(Param { name: None, ty, pos: self.pos(f.ty.span) });
            }
            for name in &f.names {
                results.push(Param { name: Some(name.clone()), ty, pos: self.pos(name.span) });
            }
        }
        (params, results, variadic)
    }

    /// Resolves a function's signature and creates its receiver, parameter and result
    /// locals (declared in scope when the body is checked).
    pub(crate) fn setup_signature(&mut self, func: FuncId, recv: Option<&ast::Field>, sig: &ast::FuncType, _blank: bool) {
        let (params, results, variadic) = self.signature_parts(sig);
        let mut locals = Vec::new();
        let mk = |p: &Param, locals: &mut Vec<tir::Local>| -> LocalId {
            let name = p.name.as_ref().map(|n| n.name.clone()).unwrap_or_default();
            locals.push(tir::Local { name, ty: p.ty, pos: p.pos, captured: false, addr_taken: false, reassigned: false });
            LocalId(locals.len() as u32 - 1)
        };
        let recv_local = recv.map(|r| {
            let ty = match self.generic_recv_type(func, &r.ty) {
                Some(t) => t,
                None => self.type_expr(&r.ty),
            };
            let rpos = self.pos(r.span);
            self.check_receiver_type(ty, rpos);
            let p = Param { name: r.names.first().cloned(), ty, pos: self.pos(r.span) };
            mk(&p, &mut locals)
        });
        let param_locals: Vec<LocalId> = params.iter().map(|p| mk(p, &mut locals)).collect();
        let result_locals: Vec<LocalId> = results.iter().map(|p| mk(p, &mut locals)).collect();
        let named_results = results.iter().any(|p| p.name.is_some());
        let sig_ty = self.types.func(params.iter().map(|p| p.ty).collect(), results.iter().map(|p| p.ty).collect(), variadic);
        let f = &mut self.funcs[func.0 as usize];
        f.sig = sig_ty;
        f.recv = recv_local;
        f.params = param_locals;
        f.results = result_locals;
        f.locals = locals;
        if named_results {
            self.named_results.insert(func);
        }
    }

    fn check_receiver_type(&mut self, ty: TypeId, pos: Pos) {
        if ty == TypeId::INVALID {
            return;
        }
        let base = match self.types.get(ty) {
            Type::Pointer(b) => *b,
            _ => ty,
        };
        if matches!(self.types.get(base), Type::Basic(_)) {
            return; // "cannot define new methods on non-local type", reported with the method
        }
        if !matches!(self.types.get(base), Type::Named(_)) {
            let msg = format!("invalid receiver type {}", self.tstr(ty));
            self.error(pos, msg);
            return;
        }
        self.ensure_resolved(base);
        match self.types.under(base) {
            Type::Pointer(_) => {
                let msg = format!("invalid receiver type {} (pointer or interface type)", self.tstr(base));
                self.error(pos, msg);
            }
            Type::Interface(_) => {
                let msg = format!("invalid receiver type {} (pointer or interface type)", self.tstr(base));
                self.error(pos, msg);
            }
            _ => {}
        }
    }

    /// The object of a variable declared as parameter/result: creates scope entries.
    pub(crate) fn declare_params(&mut self, func: FuncId, recv: Option<&ast::Field>, sig: &ast::FuncType) {
        let f = &self.funcs[func.0 as usize];
        let mut names: Vec<(Option<ast::Ident>, LocalId)> = Vec::new();
        if let (Some(r), Some(l)) = (recv, f.recv) {
            names.push((r.names.first().cloned(), l));
        }
        let mut pi = f.params.iter();
        for field in &sig.params {
            if field.names.is_empty() {
                pi.next();
            }
            for n in &field.names {
                if let Some(&l) = pi.next() {
                    names.push((Some(n.clone()), l));
                }
            }
        }
        let mut ri = f.results.iter();
        for field in &sig.results {
            if field.names.is_empty() {
                ri.next();
            }
            for n in &field.names {
                if let Some(&l) = ri.next() {
                    names.push((Some(n.clone()), l));
                }
            }
        }
        for (name, local) in names {
            let Some(name) = name else { continue };
            if name.name == "_" {
                continue;
            }
            let ty = self.funcs[func.0 as usize].locals[local.0 as usize].ty;
            let obj = super::scope::Object {
                name: name.name.clone(),
                kind: ObjKind::Var { var: VarRef::Local(func, local), ty },
                pos: self.pos(name.span),
                pkg: self.pkg,
                used: true,
            };
            let scope = self.scope;
            self.declare(scope, obj);
        }
    }

    /// Signature of a declared function, resolving it if needed.
    pub(crate) fn func_sig(&mut self, func: FuncId) -> TypeId {
        if self.funcs[func.0 as usize].sig == TypeId::INVALID {
            if let Some(&obj) = self.func_obj.get(&func) {
                self.resolve(obj);
            }
        }
        self.funcs[func.0 as usize].sig
    }

    pub(crate) fn signature_of(&self, t: TypeId) -> Option<Signature> {
        self.types.signature(t).cloned()
    }

    /// Whether `pkg` may access name `name` of package `owner`.
    pub(crate) fn accessible(&self, name: &str, owner: Option<PkgId>) -> bool {
        owner.is_none_or(|p| p == self.pkg) || is_exported(name)
    }
}

/// The implicit field name of an embedded field: the type name without `*` and package.
pub(crate) fn embedded_name(e: &ast::Expr) -> String {
    match &e.kind {
        ExprKind::Ident(n) => n.clone(),
        ExprKind::Star(x) | ExprKind::Paren(x) => embedded_name(x),
        ExprKind::Selector(_, sel) => sel.name.clone(),
        ExprKind::Index(x, _) => embedded_name(x),
        _ => "?".into(),
    }
}
