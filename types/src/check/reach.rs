//! Demand-driven checking of the standard library (issue 15: start-up).
//!
//! The packages of the program's own module are checked in full. A standard-library
//! package (the importer says which, [`super::Importer::lazy_bodies`]) has every
//! package-level declaration resolved, but its function bodies are checked only when the
//! program can reach them:
//! - the roots are the program initializer (package variable initializers and every
//!   `init` function, in Go's order), `main.main`, every function of the user's packages,
//!   and the methods of the error types the VM raises itself;
//! - a checked body reaches the functions it names (calls, function and method values,
//!   method expressions, closures);
//! - a type whose values may become interface values (a conversion to an interface
//!   anywhere in reached code, also the implicit ones of multi-value calls, tuple
//!   assignments, `range` and `select` into interface variables) is *live*: all its
//!   methods are reached, since interface calls, type assertions, fmt's Stringer checks
//!   and reflect find them by name at run time. Liveness is closed over the type's
//!   structure (fields, elements, keys, pointer bases, function signatures) and over
//!   `*T` for a named `T`, because reflect walks into a value and hands out its parts
//!   (and their addresses) as interface values. The signatures of its methods join once
//!   reflect's method calls are reachable (`reflect.rtMethod`): only those hand a
//!   method's arguments and results out as interface values without a conversion in
//!   reached code (an interface call's results have the interface method's types).
//!
//! Bodies needed to order a package's variable initialization (functions reached from
//! the initializers through references) are checked with their package, as before, so
//! the order is the same. Functions never reached are not compiled
//! ([`tir::FuncKind::Unreached`]).
//!
//! Variables with quiet initializers ([`Checker::is_quiet_var`]) are resolved only when
//! referenced; those referenced after their package's initialization chunk was emitted
//! are initialized at the end of the chunk's variables (`late_inits`), and the walk below
//! follows what their initializers name.

use super::scope::{ObjId, ObjKind};
use super::Checker;
use crate::tir::{self, Block, Callee, Composite, Expr, ExprKind, Place, Rhs, SelectComm, Stmt};
use crate::ty::{FuncId, PkgId, Type, TypeId};
use parser::ast;
use std::collections::HashSet;
use std::rc::Rc;

/// What a function body refers to.
#[derive(Default)]
struct Refs {
    funcs: Vec<FuncId>,
    /// Types whose values the body may turn into interface values.
    to_iface: Vec<TypeId>,
    /// Methods called through interfaces: (interface type, method index).
    iface_calls: Vec<(TypeId, u32)>,
}

impl Refs {
    fn block(&mut self, b: &Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    fn call(&mut self, c: &tir::Call) {
        match &c.callee {
            Callee::Func(f) => self.funcs.push(*f),
            Callee::Method { func, recv } => {
                self.funcs.push(*func);
                self.expr(recv);
            }
            Callee::Iface { recv, method } => {
                self.iface_calls.push((recv.ty, *method));
                self.expr(recv);
            }
            Callee::Value(v) => self.expr(v),
            Callee::Builtin(_) => {}
        }
        for a in &c.args {
            self.expr(a);
        }
        if c.tuple_args {
            // `f(g())`: each result of g is converted to f's parameter type.
            for a in &c.args {
                self.to_iface.push(a.ty);
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Expr(e) | Stmt::AdoptDefers(e) => self.expr(e),
            Stmt::VarDecl(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::Goto(_) | Stmt::FrameToken(_) | Stmt::Throw { .. } => {}
            Stmt::Assign { lhs, rhs } => {
                lhs.iter().for_each(|p| self.place(p));
                match rhs {
                    Rhs::Exprs(es) => es.iter().for_each(|e| self.expr(e)),
                    Rhs::Tuple(e) => {
                        self.expr(e);
                        self.to_iface.push(e.ty);
                    }
                }
            }
            Stmt::OpAssign { place, value, .. } => {
                self.place(place);
                self.expr(value);
            }
            Stmt::IncDec { place, .. } => self.place(place),
            Stmt::Send { chan, value } => {
                self.expr(chan);
                self.expr(value);
            }
            Stmt::Go(c) | Stmt::Defer(c) => self.call(c),
            Stmt::DeferAt { token, call } => {
                self.expr(token);
                self.call(call);
            }
            Stmt::Return(es) => es.iter().for_each(|e| self.expr(e)),
            Stmt::If { cond, then, els } => {
                self.expr(cond);
                self.block(then);
                if let Some(b) = els {
                    self.block(b);
                }
            }
            Stmt::Switch(sw) => {
                if let Some((_, e)) = &sw.tag {
                    self.expr(e);
                }
                for c in &sw.clauses {
                    c.conds.iter().for_each(|e| self.expr(e));
                    self.block(&c.body);
                }
            }
            Stmt::TypeSwitch(ts) => {
                self.expr(&ts.x.1);
                for c in &ts.clauses {
                    self.block(&c.body);
                }
            }
            Stmt::Select(sel) => {
                for c in &sel.cases {
                    match &c.comm {
                        SelectComm::Send { chan, value } => {
                            self.expr(chan);
                            self.expr(value);
                        }
                        SelectComm::Recv { chan, value, ok, .. } => {
                            self.expr(chan);
                            // The received value may be stored into an interface variable.
                            self.to_iface.push(chan.ty);
                            for p in [value, ok].into_iter().flatten() {
                                self.place(p);
                            }
                        }
                    }
                    self.block(&c.body);
                }
                if let Some(b) = &sel.default {
                    self.block(b);
                }
            }
            Stmt::Loop { cond, body, post, .. } => {
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.block(body);
                if let Some(p) = post {
                    self.stmt(p);
                }
            }
            Stmt::Range(r) => {
                self.expr(&r.x);
                // Keys and values may be assigned to interface variables.
                self.to_iface.push(r.x.ty);
                for p in [&r.key, &r.value].into_iter().flatten() {
                    self.place(p);
                }
                self.block(&r.body);
            }
            Stmt::Block(b) => self.block(b),
            Stmt::Labeled { stmt, .. } => self.stmt(stmt),
        }
    }

    fn place(&mut self, p: &Place) {
        match p {
            Place::Blank | Place::Var(_) => {}
            Place::Deref(e) => self.expr(e),
            Place::Field(b, _) => self.place(b),
            Place::ArrayIndex(b, i) => {
                self.place(b);
                self.expr(i);
            }
            Place::SliceIndex(a, b) | Place::MapIndex(a, b) => {
                self.expr(a);
                self.expr(b);
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Const(_) | ExprKind::Nil | ExprKind::Zero | ExprKind::Var(_) => {}
            ExprKind::Func(f) => self.funcs.push(*f),
            ExprKind::Closure { func, .. } => self.funcs.push(*func),
            ExprKind::MethodValue { recv, func } => {
                self.funcs.push(*func);
                self.expr(recv);
            }
            ExprKind::IfaceMethodValue { recv, method } => {
                self.iface_calls.push((recv.ty, *method));
                self.expr(recv);
            }
            ExprKind::ToInterface(x) => {
                self.to_iface.push(x.ty);
                self.expr(x);
            }
            ExprKind::Unary(_, x) | ExprKind::Convert(x) | ExprKind::Field(x, _) | ExprKind::Deref(x) | ExprKind::HeapAlloc(x) => self.expr(x),
            ExprKind::TypeAssert { x, .. } => self.expr(x),
            ExprKind::Binary(_, a, b) | ExprKind::Compare(_, a, b) | ExprKind::AndAnd(a, b) | ExprKind::OrOr(a, b) | ExprKind::Index(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::MapIndex { map, key, .. } => {
                self.expr(map);
                self.expr(key);
            }
            ExprKind::SliceExpr { x, lo, hi, max } => {
                self.expr(x);
                for b in [lo, hi, max].into_iter().flatten() {
                    self.expr(b);
                }
            }
            ExprKind::Call(c) => self.call(c),
            ExprKind::Builtin { args, .. } => args.iter().for_each(|a| self.expr(a)),
            ExprKind::Composite(c) => match c {
                Composite::Struct(v, _) => v.iter().for_each(|x| self.expr(x)),
                Composite::Array(v) | Composite::Slice { elems: v, .. } => v.iter().for_each(|(_, x)| self.expr(x)),
                Composite::Map(v) => v.iter().for_each(|(k, x)| {
                    self.expr(k);
                    self.expr(x);
                }),
            },
            ExprKind::AddrOf(p) => self.place(p),
            ExprKind::Recv { chan, .. } => self.expr(chan),
            ExprKind::Block(stmts, x) => {
                stmts.iter().for_each(|s| self.stmt(s));
                self.expr(x);
            }
        }
    }
}

/// Reachability state of one check.
#[derive(Clone, Default)]
pub(crate) struct Reach {
    /// Import paths of the packages whose function bodies are checked on demand (never
    /// the program's root package).
    pub lazy_paths: HashSet<String>,
    /// Those packages, once created.
    pub lazy_pkgs: HashSet<PkgId>,
    /// Declared functions of those packages whose bodies are not checked yet.
    pub pending: crate::fxhash::FxHashMap<FuncId, ObjId>,
    /// Files parsed with their function bodies emptied.
    pub skeleton_files: HashSet<u32>,
    /// Lazily checked packages whose initialization chunk is emitted: a variable of
    /// theirs resolved from now on is a *late* variable.
    pub emitted: HashSet<PkgId>,
    /// Initializations of late variables, in the order they were resolved (a variable's
    /// dependencies among them first): they run at the end of their package's variable
    /// initialization, before its `init` functions.
    pub late_inits: Vec<(PkgId, Stmt)>,
    /// How many of `late_inits` the reachability walk has seen.
    late_walked: usize,
}

impl<'a> Checker<'a> {
    /// Whether the package imported from `path` has its bodies checked on demand.
    pub(crate) fn is_lazy_package(&self, path: &str) -> bool {
        !self.opts.repl && self.importer.lazy_bodies(path)
    }

    /// Whether package-level variable `o` of a lazily checked package may wait until it is
    /// referenced: its initializer (if any) cannot have an effect or fail, so whether and
    /// when it runs is unobservable except through the variable. Such a variable is
    /// resolved on first reference; if that comes after its package's initialization
    /// chunk was emitted, its initialization joins the end of the chunk's variables
    /// (`late_inits`). Nothing in the chunk can have read it before: a variable that an
    /// initializer refers to (also through function bodies) is resolved with them.
    pub(crate) fn is_quiet_var(&self, o: ObjId) -> bool {
        let Some(info) = self.decls.get(&o) else { return false };
        let super::decl::DeclKind::Var { decl, spec } = info.kind else { return false };
        let ast::Decl::Var(specs, _) = &info.file.decls[decl] else { return false };
        specs[spec].values.iter().all(|e| self.quiet_expr(e, info.file_scope))
    }

    /// Whether package-level object `o` of a lazily checked package is resolved only when
    /// referenced: constants, non-generic functions and methods (but `init`), non-generic
    /// type declarations that are not aliases, and quiet variables
    /// ([`Checker::is_quiet_var`]). The standard library has no errors to report, so
    /// resolving later (or never) changes nothing but the work done: a function resolved
    /// after its package's bodies were deferred joins `pending`, a type's method
    /// signatures are resolved with the method sets (`all_method_sets`), and a type
    /// never referenced keeps no underlying type (the compiler's descriptor for it is
    /// an empty one nothing uses).
    pub(crate) fn waits_for_reference(&self, o: ObjId) -> bool {
        let Some(info) = self.decls.get(&o) else { return false };
        match info.kind {
            super::decl::DeclKind::Const { .. } => true,
            super::decl::DeclKind::Func { decl } => {
                let ObjKind::Func { func } = self.obj(o).kind else { return false };
                self.funcs[func.0 as usize].kind != tir::FuncKind::Generic
                    && matches!(&info.file.decls[decl], ast::Decl::Func(fd) if fd.recv_count <= 1 && fd.name.name != "init" && fd.name.name != "_")
            }
            super::decl::DeclKind::Var { .. } => self.is_quiet_var(o),
            super::decl::DeclKind::Type { decl, spec } => {
                matches!(&info.file.decls[decl], ast::Decl::Type(specs, _) if !specs[spec].alias && specs[spec].tparams.is_empty())
            }
        }
    }

    /// An expression that evaluates without effects, panics or calls: literals, names,
    /// qualified names of imported packages, composite literals of such, their
    /// addresses, and arithmetic that cannot fail.
    fn quiet_expr(&self, e: &ast::Expr, fscope: super::scope::ScopeId) -> bool {
        use ast::{BinaryOp as B, ExprKind as K, UnaryOp as U};
        match &e.kind {
            K::Ident(_) | K::BasicLit(..) => true,
            K::Paren(x) => self.quiet_expr(x, fscope),
            K::Selector(x, _) => match &x.kind {
                K::Ident(p) => self.scopes.lookup(fscope, p).is_some_and(|(o, _)| matches!(self.obj(o).kind, ObjKind::PkgName { .. })),
                _ => false,
            },
            // A key that is itself a composite literal could be an unhashable value put
            // into an interface-keyed map (a run-time panic).
            K::CompositeLit { elems, .. } => elems.iter().all(|el| {
                el.key.as_ref().is_none_or(|k| !matches!(k.kind, K::CompositeLit { .. }) && self.quiet_expr(k, fscope)) && self.quiet_expr(&el.value, fscope)
            }),
            K::Unary(op, x) => matches!(op, U::Pos | U::Neg | U::Not | U::Xor | U::Addr) && self.quiet_expr(x, fscope),
            K::Binary(op, a, b) => {
                matches!(op, B::LOr | B::LAnd | B::Add | B::Sub | B::Mul | B::Or | B::Xor | B::And | B::AndNot) && self.quiet_expr(a, fscope) && self.quiet_expr(b, fscope)
            }
            _ => false,
        }
    }

    /// Records the initialization of a variable of package `pkg` resolved after the
    /// package's chunk was emitted (see [`Checker::is_quiet_var`]).
    pub(crate) fn add_late_init(&mut self, pkg: PkgId, init: super::decl::VarInit) {
        self.reach.late_inits.push((pkg, Stmt::Assign { lhs: init.lhs, rhs: init.rhs }));
    }

    /// Phase 5 of a lazily checked package: the bodies wait, except those that order the
    /// package's variable initialization (functions the initializers reach through
    /// references, whose own references must be known). Generic bodies are never needed:
    /// their instances are checked from the generic declaration.
    pub(crate) fn defer_bodies(&mut self, id: PkgId, bodies: Vec<(FuncId, ObjId)>) {
        self.reach.lazy_pkgs.insert(id);
        for (f, o) in bodies {
            if self.funcs[f.0 as usize].kind != tir::FuncKind::Generic {
                self.reach.pending.insert(f, o);
            }
        }
        let mut stack: Vec<ObjId> = Vec::new();
        for v in self.pkgs[id.0 as usize].var_decls.clone() {
            let rep = self.var_init_alias.get(&v).copied().unwrap_or(v);
            stack.extend(self.deps.get(&rep).cloned().unwrap_or_default());
        }
        let mut seen = HashSet::new();
        while let Some(o) = stack.pop() {
            if !seen.insert(o) {
                continue;
            }
            if let ObjKind::Func { func } = self.obj(o).kind {
                self.check_pending_body(func);
                stack.extend(self.deps.get(&o).cloned().unwrap_or_default());
            }
        }
        self.check_instance_bodies();
    }

    /// Parses the files of lazily checked package `path` with their function bodies
    /// left out (`parser::skeleton`), or takes the trees the prefetching thread made of the same
    /// files (`prefetch.rs`); the diagnostics and positions are those of the original text.
    pub(crate) fn parse_skeletons(&mut self, path: &str, files: Vec<(String, String)>, prefetched: Option<Vec<super::prefetch::ParsedFile>>) -> Vec<(u32, Rc<ast::File>)> {
        let same = |pre: &[super::prefetch::ParsedFile]| pre.len() == files.len() && pre.iter().zip(&files).all(|(p, (n, s))| p.name == *n && p.src == *s);
        let parsed = match prefetched {
            Some(pre) if same(&pre) => pre,
            _ => {
                let parsed: Vec<_> = files.into_iter().map(|(n, s)| super::prefetch::parse_skeleton(n, s)).collect();
                if let Some(p) = &self.prefetch {
                    p.saw_imports(parsed.iter().filter_map(|f| f.tree.as_ref()));
                }
                parsed
            }
        };
        let mut out = Vec::new();
        for f in parsed {
            let id = self.add_file(self.importer.file_path(path, &f.name), f.src);
            if f.skeleton {
                self.reach.skeleton_files.insert(id);
            }
            for e in f.errors {
                self.diags.push(super::Diagnostic { file: id, offset: e.offset as u32, message: e.message });
            }
            if let Some(t) = f.tree {
                out.push((id, Rc::new(t)));
            }
        }
        out
    }

    /// Parses the body of the function declared by `obj` if its file was parsed as a
    /// skeleton: the declaration's entry then refers to a tree of that declaration alone.
    fn parse_body(&mut self, obj: ObjId) {
        let Some(info) = self.decls.get(&obj) else { return };
        if !self.reach.skeleton_files.contains(&info.file_id) {
            return;
        }
        let super::decl::DeclKind::Func { decl } = info.kind else { return };
        let ast::Decl::Func(fd) = &info.file.decls[decl] else { return };
        if fd.body.is_none() {
            return;
        }
        let src = &self.files[info.file_id as usize].src;
        let (tree, _) = parser::parse_parts(src, &[0..info.file.package.span.end as usize, fd.span.start as usize..fd.span.end as usize]);
        let Some(tree) = tree else { return };
        if !matches!(tree.decls.first(), Some(ast::Decl::Func(g)) if g.span == fd.span) {
            return;
        }
        let info = super::decl::DeclInfo { file: Rc::new(tree), kind: super::decl::DeclKind::Func { decl: 0 }, ..info.clone() };
        self.decls.insert(obj, info);
    }

    /// Checks a function body left for later, if `f` has one.
    fn check_pending_body(&mut self, f: FuncId) {
        let Some(obj) = self.reach.pending.remove(&f) else { return };
        self.parse_body(obj);
        let saved = (self.pkg, self.file, self.file_scope, self.scope, self.fctx.take(), self.cur_decl.take(), self.iota.take());
        self.check_func_body(f, obj);
        (self.pkg, self.file, self.file_scope, self.scope, self.fctx, self.cur_decl, self.iota) = saved;
    }

    /// Checks every body the program can reach (see the module comment) and marks the
    /// other functions [`tir::FuncKind::Unreached`].
    pub(crate) fn reach_program(&mut self) {
        if self.reach.lazy_pkgs.is_empty() {
            return;
        }
        let lazy = self.reach.lazy_pkgs.clone();
        let mut w = Walk::default();
        w.work.push(FuncId(0));
        // The VM prints a panic value through its Error or String method.
        w.names.insert("Error".to_string());
        w.names.insert("String".to_string());
        for (i, f) in self.funcs.iter().enumerate() {
            if !lazy.contains(&f.pkg) && f.pkg != PkgId(0) {
                w.work.push(FuncId(i as u32));
            }
        }
        // The VM raises these itself (runtime errors, panic(nil)).
        let mut raised = Vec::new();
        if let Some(&rt) = self.pkg_index.get("runtime") {
            let scope = self.pkgs[rt.0 as usize].scope;
            for name in ["errorString", "plainError", "PanicNilError", "boundsError", "TypeAssertionError"] {
                if let Some(o) = self.scopes.lookup_local(scope, name) {
                    self.resolve(o);
                    if let ObjKind::TypeName { ty } = self.obj(o).kind {
                        raised.push(ty);
                    }
                }
            }
        }
        for t in raised {
            self.make_live(t, &mut w);
        }
        loop {
            while let Some(f) = w.work.pop() {
                let i = f.0 as usize;
                if w.reached.len() <= i {
                    w.reached.resize(self.funcs.len().max(i + 1), false);
                }
                if w.reached[i] {
                    continue;
                }
                w.reached[i] = true;
                // A method found through a method set may not be resolved yet.
                self.func_sig(f);
                self.check_pending_body(f);
                if self.gen.pending_bodies.contains(&f) {
                    self.check_instance_bodies();
                }
                let func = &self.funcs[i];
                if func.kind == tir::FuncKind::Generic {
                    continue;
                }
                if func.body.is_none() && func.name == "reflect.rtMethod" {
                    // reflect can call any method of a live type.
                    w.all_methods = true;
                    let waiting: Vec<FuncId> = w.waiting.drain().flat_map(|(_, fs)| fs).collect();
                    w.work.extend(waiting);
                    for sig in std::mem::take(&mut w.method_sigs) {
                        self.make_live(sig, &mut w);
                    }
                }
                let mut refs = Refs::default();
                if let Some(b) = &self.funcs[i].body {
                    refs.block(b);
                }
                self.follow(refs, &mut w);
            }
            // Late bodies may have instantiated generic code.
            self.check_instance_bodies();
            // Initializers of variables first referenced by the bodies checked here run
            // as part of the program initializer.
            if self.reach.late_walked < self.reach.late_inits.len() {
                let mut refs = Refs::default();
                for (_, s) in &self.reach.late_inits[self.reach.late_walked..] {
                    refs.stmt(s);
                }
                self.reach.late_walked = self.reach.late_inits.len();
                self.follow(refs, &mut w);
            }
            if w.work.is_empty() {
                break;
            }
        }
        // Method sets of every named type (the compiler's type descriptors list them),
        // with the generic instances they need: unreached unless live.
        loop {
            self.all_method_sets();
            if self.gen.pending_bodies.is_empty() {
                break;
            }
            self.check_instance_bodies();
        }
        // The trees were kept for the bodies checked here.
        for &p in &lazy {
            self.pkgs[p.0 as usize].files = Vec::new();
        }
        self.decls.retain(|_, d| !lazy.contains(&d.pkg));
        let mut reached = w.reached;
        reached.resize(self.funcs.len(), false);
        for (i, f) in self.funcs.iter_mut().enumerate() {
            if !reached[i] && !matches!(f.kind, tir::FuncKind::Generic | tir::FuncKind::Init) {
                f.kind = tir::FuncKind::Unreached;
                f.body = None;
            }
        }
    }

    /// Queues what a checked body (or initializer) refers to.
    fn follow(&mut self, refs: Refs, w: &mut Walk) {
        w.work.extend(refs.funcs);
        for (it, m) in refs.iface_calls {
            let Some(name) = self.types.interface_methods(it).get(m as usize).map(|m| m.name.clone()) else { continue };
            if let Some(fs) = w.waiting.remove(&name) {
                w.work.extend(fs);
            }
            w.names.insert(name);
        }
        for t in refs.to_iface {
            self.make_live(t, w);
        }
    }

    /// Marks `t` live (its values may be interface values): the methods of it and of the
    /// types within it are reached once a method of their name is called through an
    /// interface.
    fn make_live(&mut self, t: TypeId, w: &mut Walk) {
        let mut stack = vec![t];
        while let Some(t) = stack.pop() {
            if t == TypeId::INVALID || !w.live.insert(t) || self.types.is_generic(t) {
                continue;
            }
            let mut method_sigs = Vec::new();
            if let Some(info) = self.types.named_info(t) {
                if info.underlying == TypeId::INVALID {
                    continue;
                }
                method_sigs.extend(info.methods.iter().map(|m| m.func));
                stack.push(info.underlying);
                let p = self.types.pointer(t);
                stack.push(p);
            }
            let has_methods = self.types.named_info(t).is_some() || matches!(self.types.get(t), Type::Pointer(_) | Type::Struct(_));
            if has_methods && !self.types.is_interface(t) {
                for (name, f) in self.method_set(t) {
                    if w.all_methods || w.names.contains(&name) {
                        w.work.push(f);
                    } else {
                        w.waiting.entry(name).or_default().push(f);
                    }
                }
            }
            // Results of methods reach interfaces without a conversion in reached code
            // only through reflect's method calls.
            for f in method_sigs {
                if (f.0 as usize) < self.funcs.len() {
                    // (A lazily checked package's method is resolved here if it was not.)
                    let sig = self.func_sig(f);
                    if w.all_methods {
                        stack.push(sig);
                    } else {
                        w.method_sigs.push(sig);
                    }
                }
            }
            match self.types.get(t).clone() {
                Type::Pointer(e) | Type::Slice(e) | Type::Array(e, _) | Type::Chan(_, e) => stack.push(e),
                Type::Map(k, v) => {
                    stack.push(k);
                    stack.push(v);
                }
                Type::Struct(fields) => stack.extend(fields.iter().map(|f| f.ty)),
                Type::Func(sig) => stack.extend(sig.params.iter().chain(sig.results.iter()).copied()),
                Type::Tuple(es) => stack.extend(es.iter().copied()),
                _ => {}
            }
        }
    }
}

/// The state of [`Checker::reach_program`].
#[derive(Default)]
struct Walk {
    reached: Vec<bool>,
    work: Vec<FuncId>,
    /// Types whose values may be interface values.
    live: HashSet<TypeId>,
    /// Method names called through interfaces.
    names: HashSet<String>,
    /// Methods of live types waiting for a call of their name through an interface.
    waiting: std::collections::HashMap<String, Vec<FuncId>>,
    /// reflect's method lookup is reachable: every method of a live type is, and the
    /// values its methods take and return may be interface values.
    all_methods: bool,
    /// Signatures of the methods of live types, live once `all_methods` is set.
    method_sigs: Vec<TypeId>,
}
