//! Field and method lookup through embedded fields (spec "Selectors"), interface
//! satisfaction, and method sets with synthesized wrappers.

use super::Checker;
use crate::tir::{self, Callee, Expr, ExprKind, LocalId, Pos, Var};
use crate::ty::{FuncId, Type, TypeId};
use std::collections::HashSet;

/// One step of an embedded-field path: field index in the struct reached so far.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Step {
    pub field: u32,
}

#[derive(Clone, Debug)]
pub(crate) enum Found {
    Field { ty: TypeId },
    /// A declared method of a named type.
    Method { func: FuncId, ptr_recv: bool, recv_base: TypeId },
    /// A method of an interface type (the receiver is the interface value).
    IfaceMethod { iface: TypeId, index: u32, sig: TypeId },
}

#[derive(Clone, Debug)]
pub(crate) struct Selection {
    /// Embedded fields traversed before the final field/method.
    pub path: Vec<Step>,
    pub found: Found,
    /// A pointer was dereferenced along the path (including the start).
    pub indirect: bool,
}

pub(crate) enum Lookup {
    Found(Selection),
    NotFound,
    Ambiguous,
}

impl<'a> Checker<'a> {
    /// Looks up field or method `name` in type `t` (go/types `LookupFieldOrMethod`).
    pub(crate) fn lookup(&mut self, t: TypeId, name: &str) -> Lookup {
        if name == "_" {
            return Lookup::NotFound;
        }
        // A named pointer type has no methods, but its base type's fields are selectable.
        if let (Type::Named(_), Type::Pointer(b)) = (self.types.get(t).clone(), self.types.under(t).clone()) {
            let p = self.types.pointer(b);
            return match self.lookup(p, name) {
                Lookup::Found(sel) if matches!(sel.found, Found::Field { .. }) => Lookup::Found(sel),
                Lookup::Ambiguous => Lookup::Ambiguous,
                _ => Lookup::NotFound,
            };
        }
        // Start: T or *T (one level of pointer to a named or struct type).
        let (start, indirect) = match self.types.get(t) {
            Type::Pointer(b) => (*b, true),
            _ => (t, false),
        };
        if indirect && matches!(self.types.under(start), Type::Interface(_)) {
            return Lookup::NotFound; // pointer to interface has no methods
        }
        if self.types.is_tparam(start) {
            // A type parameter has the methods of its constraint (and no fields).
            if indirect {
                return Lookup::NotFound;
            }
            let Some(ts) = self.types.tparam_set(start) else { return Lookup::NotFound };
            let iface = self.types.intern(Type::Interface(ts.methods.clone()));
            return match ts.methods.iter().position(|m| m.name == name) {
                Some(i) if self.accessible(name, ts.methods[i].pkg) => {
                    Lookup::Found(Selection { path: vec![], found: Found::IfaceMethod { iface, index: i as u32, sig: ts.methods[i].sig }, indirect: false })
                }
                _ => Lookup::NotFound,
            };
        }
        let mut current: Vec<(TypeId, Vec<Step>, bool)> = vec![(start, vec![], indirect)];
        let mut seen: HashSet<TypeId> = HashSet::new();
        for _depth in 0..32 {
            let mut found: Vec<Selection> = Vec::new();
            let mut next: Vec<(TypeId, Vec<Step>, bool)> = Vec::new();
            for (ty, path, ind) in current {
                if matches!(self.types.get(ty), Type::Named(_)) {
                    if !seen.insert(ty) {
                        continue;
                    }
                    self.ensure_resolved(ty);
                    if let Some(info) = self.types.named_info(ty) {
                        if let Some(m) = info.methods.iter().find(|m| m.name == name) {
                            if self.accessible(name, m.pkg) {
                                found.push(Selection {
                                    path: path.clone(),
                                    found: Found::Method { func: m.func, ptr_recv: m.ptr_recv, recv_base: ty },
                                    indirect: ind,
                                });
                                continue;
                            }
                        }
                    }
                }
                match self.types.under(ty).clone() {
                    Type::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            if f.name == name && self.accessible(name, f.pkg) {
                                let mut p = path.clone();
                                p.push(Step { field: i as u32 });
                                found.push(Selection { path: path.clone(), found: Found::Field { ty: f.ty }, indirect: ind });
                                let last = found.last_mut().unwrap();
                                last.path = p;
                            }
                            if f.embedded {
                                let mut p = path.clone();
                                p.push(Step { field: i as u32 });
                                let (ft, fi) = match self.types.get(f.ty) {
                                    Type::Pointer(b) => (*b, true),
                                    _ => (f.ty, false),
                                };
                                next.push((ft, p, ind || fi));
                            }
                        }
                    }
                    Type::Interface(methods) => {
                        if let Some(i) = methods.iter().position(|m| m.name == name) {
                            if self.accessible(name, methods[i].pkg) {
                                found.push(Selection {
                                    path: path.clone(),
                                    found: Found::IfaceMethod { iface: ty, index: i as u32, sig: methods[i].sig },
                                    indirect: ind,
                                });
                            }
                        }
                    }
                    _ => {}
                }
            }
            match found.len() {
                0 => {}
                1 => return Lookup::Found(found.pop().unwrap()),
                _ => return Lookup::Ambiguous,
            }
            if next.is_empty() {
                return Lookup::NotFound;
            }
            current = next;
        }
        Lookup::NotFound
    }

    /// Why `t` does not implement interface `iface`, in go/types' words, or `None` if it does.
    pub(crate) fn missing_method(&mut self, t: TypeId, iface: TypeId) -> Option<String> {
        let methods = self.types.interface_methods(iface).to_vec();
        if self.types.is_interface(t) {
            let have = self.types.interface_methods(t).to_vec();
            for m in &methods {
                match have.iter().find(|h| h.name == m.name) {
                    None => return Some(format!("(missing method {})", m.name)),
                    Some(h) if h.sig != m.sig => {
                        return Some(format!(
                            "(wrong type for method {})\n\t\thave {}{}\n\t\twant {}{}",
                            m.name,
                            m.name,
                            self.sig_string(h.sig),
                            m.name,
                            self.sig_string(m.sig)
                        ))
                    }
                    _ => {}
                }
            }
            return None;
        }
        for m in &methods {
            // An unexported method is looked up as from the interface's package: it is
            // accessible there even when the check runs in another package.
            let saved = self.pkg;
            if let Some(owner) = m.pkg {
                self.pkg = owner;
            }
            let found = self.lookup(t, &m.name);
            self.pkg = saved;
            match found {
                Lookup::Found(sel) => match sel.found {
                    Found::Method { func, ptr_recv, .. } => {
                        let sig = self.func_sig(func);
                        if ptr_recv && !sel.indirect && !matches!(self.types.get(t), Type::Pointer(_)) {
                            return Some(format!("(method {} has pointer receiver)", m.name));
                        }
                        if sig != m.sig {
                            return Some(format!(
                                "(wrong type for method {})\n\t\thave {}{}\n\t\twant {}{}",
                                m.name,
                                m.name,
                                self.sig_string(sig),
                                m.name,
                                self.sig_string(m.sig)
                            ));
                        }
                    }
                    Found::IfaceMethod { sig, .. } => {
                        if sig != m.sig {
                            return Some(format!("(wrong type for method {})", m.name));
                        }
                    }
                    Found::Field { .. } => return Some(format!("({}.{} is a field, not a method)", self.tstr(t), m.name)),
                },
                _ => {
                    // A method with different capitalization is a common mistake.
                    let base = match self.types.get(t) {
                        Type::Pointer(b) => *b,
                        _ => t,
                    };
                    let folded = self.types.named_info(base).and_then(|info| info.methods.iter().find(|d| d.name.eq_ignore_ascii_case(&m.name)).map(|d| (d.name.clone(), d.func)));
                    if let Some((name, func)) = folded {
                        let sig = self.func_sig(func);
                        return Some(format!("(missing method {})\n\t\thave {}{}\n\t\twant {}{}", m.name, name, self.sig_string(sig), m.name, self.sig_string(m.sig)));
                    }
                    return Some(format!("(missing method {})", m.name));
                }
            }
        }
        None
    }

    /// `(int) string` for a signature type.
    pub(crate) fn sig_string(&self, sig: TypeId) -> String {
        let s = self.tstr(sig);
        s.strip_prefix("func").unwrap_or(&s).to_string()
    }

    /// Applies an embedded-field path to a receiver expression (inserting derefs).
    pub(crate) fn apply_path(&mut self, mut x: Expr, path: &[Step], pos: Pos) -> Expr {
        for step in path {
            x = self.field_of(x, step.field, pos);
        }
        x
    }

    /// `x.f` for field index `i` of struct `x` or of the struct `x` points to.
    pub(crate) fn field_of(&mut self, x: Expr, i: u32, pos: Pos) -> Expr {
        let x = self.auto_deref(x, pos);
        let fty = match self.types.under(x.ty) {
            Type::Struct(fields) => fields[i as usize].ty,
            _ => TypeId::INVALID,
        };
        Expr { kind: ExprKind::Field(Box::new(x), i), ty: fty, pos }
    }

    /// Dereferences `x` if it is a pointer.
    pub(crate) fn auto_deref(&mut self, x: Expr, pos: Pos) -> Expr {
        match self.types.under(x.ty) {
            Type::Pointer(b) => {
                let b = *b;
                Expr { kind: ExprKind::Deref(Box::new(x)), ty: b, pos }
            }
            _ => x,
        }
    }

    /// The method set of `t` (a named type or pointer to one) for the runtime: sorted by name,
    /// each function taking a receiver of exactly type `t`.
    pub(crate) fn method_set(&mut self, t: TypeId) -> Vec<(String, FuncId)> {
        if let Some(ms) = self.method_sets.get(&t) {
            return ms.clone();
        }
        let names = self.method_names(t);
        let mut out = Vec::new();
        // Unexported methods are found from the type's own package (the runtime method set
        // has them all, whichever package asks).
        let base = match self.types.get(t) {
            Type::Pointer(b) => *b,
            _ => t,
        };
        let saved_pkg = self.pkg;
        if let Some(info) = self.types.named_info(base) {
            self.pkg = info.pkg;
        }
        for name in names {
            let Lookup::Found(sel) = self.lookup(t, &name) else { continue };
            let is_ptr = matches!(self.types.get(t), Type::Pointer(_));
            match sel.found {
                Found::Method { func, ptr_recv, .. } => {
                    if ptr_recv && !is_ptr && !sel.indirect {
                        continue; // not in the value's method set
                    }
                    if sel.path.is_empty() && (ptr_recv == is_ptr) {
                        out.push((name, func));
                    } else {
                        let w = self.wrapper(t, &name, &sel);
                        out.push((name, w));
                    }
                }
                Found::IfaceMethod { .. } => {
                    if sel.path.is_empty() {
                        continue;
                    }
                    let w = self.wrapper(t, &name, &sel);
                    out.push((name, w));
                }
                Found::Field { .. } => {}
            }
        }
        self.pkg = saved_pkg;
        out.sort_by(|a, b| a.0.cmp(&b.0));
        self.method_sets.insert(t, out.clone());
        out
    }

    /// All method names reachable from `t` (declared and promoted).
    fn method_names(&mut self, t: TypeId) -> Vec<String> {
        let mut names = Vec::new();
        let mut seen = HashSet::new();
        let mut stack = vec![match self.types.get(t) {
            Type::Pointer(b) => *b,
            _ => t,
        }];
        while let Some(ty) = stack.pop() {
            if !seen.insert(ty) {
                continue;
            }
            self.sync_instance_methods(ty);
            if let Some(info) = self.types.named_info(ty) {
                for m in &info.methods {
                    if m.name != "_" && !names.contains(&m.name) {
                        names.push(m.name.clone());
                    }
                }
            }
            match self.types.under(ty).clone() {
                Type::Struct(fields) => {
                    for f in fields.iter().filter(|f| f.embedded) {
                        stack.push(match self.types.get(f.ty) {
                            Type::Pointer(b) => *b,
                            _ => f.ty,
                        });
                    }
                }
                Type::Interface(ms) if ty != t => {
                    for m in ms.iter() {
                        if !names.contains(&m.name) {
                            names.push(m.name.clone());
                        }
                    }
                }
                _ => {}
            }
        }
        names
    }

    /// Synthesizes `func (r T) name(params) results { return r.<path>.name(params) }`.
    fn wrapper(&mut self, recv_ty: TypeId, name: &str, sel: &Selection) -> FuncId {
        let key = (recv_ty, name.to_string());
        if let Some(&f) = self.wrappers.get(&key) {
            return f;
        }
        let sig = match &sel.found {
            Found::Method { func, .. } => self.func_sig(*func),
            Found::IfaceMethod { sig, .. } => *sig,
            Found::Field { .. } => unreachable!("minigo bug: wrapper for a field"),
        };
        let s = self.types.signature(sig).cloned().expect("minigo bug: method without signature");
        let id = FuncId(self.funcs.len() as u32);
        self.wrappers.insert(key, id);
        let pos = Pos::default();
        let mut locals = vec![tir::Local { name: "r".into(), ty: recv_ty, pos, captured: false, addr_taken: false, reassigned: false }];
        let mut params = Vec::new();
        for (i, p) in s.params.iter().enumerate() {
            locals.push(tir::Local { name: format!("p{}", i), ty: *p, pos, captured: false, addr_taken: false, reassigned: false });
            params.push(LocalId(locals.len() as u32 - 1));
        }
        let mut results = Vec::new();
        for r in s.results.iter() {
            locals.push(tir::Local { name: String::new(), ty: *r, pos, captured: false, addr_taken: false, reassigned: false });
            results.push(LocalId(locals.len() as u32 - 1));
        }
        let tname = self.types.type_string(recv_ty);
        let (pkg_part, tpart) = match self.types.get(recv_ty) {
            Type::Pointer(b) => {
                let n = self.types.type_string(*b);
                let (p, t) = n.rsplit_once('.').map(|(a, b)| (a.to_string(), b.to_string())).unwrap_or((String::new(), n.clone()));
                (p, format!("(*{})", t))
            }
            _ => tname.rsplit_once('.').map(|(a, b)| (a.to_string(), b.to_string())).unwrap_or((String::new(), tname.clone())),
        };
        self.funcs.push(tir::Func {
            name: format!("{}.{}.{}", pkg_part, tpart, name),
            end: Pos::default(),
            pkg: self.pkg,
            pos,
            kind: tir::FuncKind::Wrapper,
            sig,
            recv: Some(LocalId(0)),
            params: params.clone(),
            results,
            locals,
            parent: None,
            captures: vec![],
            body: None,
            num_labels: 0,
        });
        let recv = Expr { kind: ExprKind::Var(Var::Local(LocalId(0))), ty: recv_ty, pos };
        let base = self.apply_path(recv, &sel.path, pos);
        let callee = match &sel.found {
            Found::Method { func, ptr_recv, .. } => {
                let r = self.adjust_recv_expr(base, *ptr_recv, pos);
                Callee::Method { func: *func, recv: Box::new(r) }
            }
            Found::IfaceMethod { index, .. } => {
                let r = self.auto_deref(base, pos);
                Callee::Iface { recv: Box::new(r), method: *index }
            }
            Found::Field { .. } => unreachable!(),
        };
        let args = params.iter().zip(s.params.iter()).map(|(l, t)| Expr { kind: ExprKind::Var(Var::Local(*l)), ty: *t, pos }).collect();
        let rty = match s.results.len() {
            0 => TypeId::VOID,
            1 => s.results[0],
            _ => self.types.tuple(s.results.to_vec()),
        };
        let call = Expr { kind: ExprKind::Call(Box::new(tir::Call { callee, args, tuple_args: false, ty: rty, pos })), ty: rty, pos };
        let body = if s.results.is_empty() { vec![tir::Stmt::Expr(call), tir::Stmt::Return(vec![])] } else { vec![tir::Stmt::Return(vec![call])] };
        self.funcs[id.0 as usize].body = Some(tir::Block { stmts: body });
        id
    }

    /// Adjusts a receiver expression for a method with a pointer or value receiver (in a
    /// wrapper, where the receiver path is always addressable through the pointer or local).
    fn adjust_recv_expr(&mut self, x: Expr, ptr_recv: bool, pos: Pos) -> Expr {
        let is_ptr = matches!(self.types.get(x.ty), Type::Pointer(_));
        match (ptr_recv, is_ptr) {
            (true, true) | (false, false) => x,
            (false, true) => self.auto_deref(x, pos),
            (true, false) => {
                let place = super::expr::expr_to_place(x.clone(), &self.types);
                let pty = self.types.pointer(x.ty);
                if let tir::Place::Var(v) = &place {
                    self.wrapper_addr_taken(*v);
                }
                Expr { kind: ExprKind::AddrOf(Box::new(place)), ty: pty, pos }
            }
        }
    }

    fn wrapper_addr_taken(&mut self, v: Var) {
        if let Var::Local(l) = v {
            if let Some(f) = self.funcs.last_mut() {
                f.locals[l.0 as usize].addr_taken = true;
            }
        }
    }

    /// Computes the method sets of every named (non-interface) type with methods, and of
    /// pointers to them.
    pub(crate) fn all_method_sets(&mut self) {
        // Resolving the signatures of a lazily checked package's methods (`reach.rs`) may
        // resolve more of its types: until nothing new appears.
        let mut done: HashSet<TypeId> = HashSet::new();
        loop {
            let named: Vec<TypeId> = (0..self.types.named.len()).map(|i| self.types.intern(Type::Named(crate::ty::NamedId(i as u32)))).collect();
            let before = done.len();
            for t in named {
                if done.contains(&t) || self.types.underlying(t) == TypeId::INVALID || self.types.is_interface(t) || self.types.is_generic(t) {
                    continue;
                }
                done.insert(t);
                self.sync_instance_methods(t);
                let p = self.types.pointer(t);
                for (_, f) in self.method_set(t).into_iter().chain(self.method_set(p)) {
                    self.func_sig(f);
                }
            }
            if done.len() == before {
                break;
            }
        }
        // Unnamed types whose method set was needed (struct types with embedded fields
        // converted to interfaces): the VM calls value methods through the pointer set.
        for t in std::mem::take(&mut self.iface_sources) {
            if self.types.is_generic(t) {
                continue;
            }
            let mut ms = self.method_set(t);
            if !matches!(self.types.get(t), Type::Pointer(_)) {
                let p = self.types.pointer(t);
                ms.extend(self.method_set(p));
            }
            for (_, f) in ms {
                self.func_sig(f);
            }
        }
    }
}
