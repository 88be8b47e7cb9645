//! Packages and package-level declarations.
//!
//! A package is checked in phases (as go/types does):
//! 1. imports are loaded (each imported package fully checked first) into file scopes;
//! 2. every package-level name is collected into the package scope; named types get their
//!    [`TypeId`] and functions their [`FuncId`] right away, so declarations may refer to each
//!    other in any order;
//! 3. methods are attached to their receiver's named type;
//! 4. each object's declaration is resolved lazily on first use, depth-first, with a
//!    declaration stack for cycle detection;
//! 5. function bodies are checked;
//! 6. package-level variables are ordered for initialization by their dependencies
//!    (spec "Package initialization"), and the program's init function is extended.

use super::scope::{ObjId, ObjKind, Object, ScopeId, VarRef};
use super::{Checker, FuncCtx, Mode, Pkg};
use crate::constant::ConstValue;
use crate::tir::{self, Builtin, Expr, ExprKind, GlobalId, Place, Pos, Rhs, Stmt};
use crate::ty::{basic_id, Basic, FuncId, MethodDecl, PkgId, Type, TypeId};
use parser::ast;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum DeclState {
    Unresolved,
    InProgress,
    Done,
}

#[derive(Clone, Copy, Debug)]
pub(crate) enum DeclKind {
    Const { decl: usize, spec: usize, name: usize },
    Var { decl: usize, spec: usize },
    Type { decl: usize, spec: usize },
    Func { decl: usize },
}

#[derive(Clone)]
pub(crate) struct DeclInfo {
    pub file: Rc<ast::File>,
    pub file_id: u32,
    pub file_scope: ScopeId,
    pub pkg: PkgId,
    pub kind: DeclKind,
    pub state: DeclState,
}

/// A package-level variable initialization, recorded for the init order.
#[derive(Clone)]
pub(crate) struct VarInit {
    pub lhs: Vec<Place>,
    pub rhs: Rhs,
}

impl<'a> Checker<'a> {
    pub(crate) fn declare_universe(&mut self) {
        let universe = self.pkgs[0].scope;
        let pos = Pos::default();
        let mut add = |c: &mut Checker, name: &str, kind: ObjKind| {
            let obj = Object { name: name.to_string(), kind, pos, pkg: PkgId(0), used: true };
            let id = c.scopes.add_object(obj);
            c.scopes.insert(universe, name.to_string(), id);
        };
        for b in [
            Basic::Bool,
            Basic::Int,
            Basic::Int8,
            Basic::Int16,
            Basic::Int32,
            Basic::Int64,
            Basic::Uint,
            Basic::Uint8,
            Basic::Uint16,
            Basic::Uint32,
            Basic::Uint64,
            Basic::Uintptr,
            Basic::Float32,
            Basic::Float64,
            Basic::Complex64,
            Basic::Complex128,
            Basic::String,
        ] {
            add(self, b.name(), ObjKind::TypeName { ty: basic_id(b) });
        }
        add(self, "byte", ObjKind::TypeName { ty: TypeId::BYTE });
        add(self, "rune", ObjKind::TypeName { ty: TypeId::RUNE });
        add(self, "any", ObjKind::TypeName { ty: TypeId::EMPTY_INTERFACE });
        // `comparable`: an interface usable only as a constraint.
        let comparable = self.types.new_named("comparable", PkgId(0), false);
        let under = self.types.intern(Type::Constraint(Box::new(crate::ty::TypeSet { methods: Box::new([]), terms: None, comparable: true, implicit: false })));
        self.types.named_info_mut(comparable).unwrap().underlying = under;
        add(self, "comparable", ObjKind::TypeName { ty: comparable });
        // error: interface { Error() string }
        let err = self.types.new_named("error", PkgId(0), false);
        let sig = self.types.func(vec![], vec![TypeId::STRING], false);
        let iface = self.types.intern(Type::Interface(Box::new([crate::ty::Method { name: "Error".into(), sig, pkg: None }])));
        self.types.named_info_mut(err).unwrap().underlying = iface;
        self.error_type = err;
        add(self, "error", ObjKind::TypeName { ty: err });
        add(self, "true", ObjKind::Const { ty: TypeId::UNTYPED_BOOL, val: ConstValue::Bool(true) });
        add(self, "false", ObjKind::Const { ty: TypeId::UNTYPED_BOOL, val: ConstValue::Bool(false) });
        add(self, "nil", ObjKind::Nil);
        add(self, "iota", ObjKind::Iota);
        for (name, b) in [
            ("append", Builtin::Append),
            ("cap", Builtin::Cap),
            ("clear", Builtin::Clear),
            ("close", Builtin::Close),
            ("complex", Builtin::Complex),
            ("copy", Builtin::Copy),
            ("delete", Builtin::Delete),
            ("imag", Builtin::Imag),
            ("len", Builtin::Len),
            ("make", Builtin::Make),
            ("max", Builtin::Max),
            ("min", Builtin::Min),
            ("new", Builtin::New),
            ("panic", Builtin::Panic),
            ("print", Builtin::Print),
            ("println", Builtin::Println),
            ("real", Builtin::Real),
            ("recover", Builtin::Recover),
        ] {
            add(self, name, ObjKind::Builtin(b));
        }
    }

    /// Adds a source file; returns its index.
    pub(crate) fn add_file(&mut self, path: String, src: String) -> u32 {
        let lines = lexer::LineIndex::new(&src);
        self.files.push(tir::SourceFile { path, src, lines });
        self.files.len() as u32 - 1
    }

    /// Parses files, reporting syntax errors. Returns the trees of files that parsed.
    pub(crate) fn parse_files(&mut self, files: Vec<(String, String)>) -> Vec<(u32, Rc<ast::File>)> {
        let mut out = Vec::new();
        for (path, src) in files {
            let (tree, errors) = parse_deep(&src);
            let id = self.add_file(path, src);
            for e in errors {
                self.diags.push(super::Diagnostic { file: id, offset: e.offset as u32, message: e.message });
            }
            if let Some(t) = tree {
                out.push((id, Rc::new(t)));
            }
        }
        out
    }

    /// Checks the root package of a program (import path `path`).
    pub(crate) fn check_main(&mut self, path: &str, files: Vec<(String, String)>) {
        let init = self.new_init_func();
        let nfiles = files.len();
        let parsed = self.parse_files(files);
        self.parse_diags = self.diags.len();
        // Imports after other declarations are a syntax error for gc.
        for (fid, file) in &parsed {
            let mut seen_other = false;
            for decl in &file.decls {
                match decl {
                    ast::Decl::Import(_, span) if seen_other => {
                        let pos = Pos { file: *fid, span: *span };
                        self.error(pos, "syntax error: imports must appear before other declarations");
                    }
                    ast::Decl::Import(..) => {}
                    _ => seen_other = true,
                }
            }
        }
        // gc stops after syntax errors; other errors of the parser and the scanner (invalid
        // characters and literals, misplaced parentheses) do not prevent type checking.
        if parsed.len() < nfiles || self.diags.iter().any(|d| d.message.starts_with("syntax error")) {
            return;
        }
        if !self.opts.repl {
            if let Some(source) = self.importer.prefetch_source() {
                let mut roots = vec!["runtime".to_string()];
                roots.extend(parsed.iter().flat_map(|(_, f)| super::prefetch::imports_of(f)));
                self.prefetch = super::prefetch::Prefetcher::start(source, roots).map(std::sync::Arc::new);
            }
        }
        // Package runtime is always part of a program: the VM raises its error types.
        let _ = self.import("runtime", Pos::default());
        let pkg = self.check_package(path, parsed, init);
        if let Some(pkg) = pkg {
            let scope = self.pkgs[pkg.0 as usize].scope;
            if self.pkgs[pkg.0 as usize].name != "main" {
                return;
            }
            match self.scopes.lookup_local(scope, "main") {
                Some(id) if matches!(self.obj(id).kind, ObjKind::Func { .. }) => {}
                Some(id) => {
                    let pos = self.obj(id).pos;
                    self.error(pos, "cannot declare main - must be func");
                }
                _ => {
                    // Reported by gc after type checking, only when there is no other error.
                    let pos = Pos { file: self.pkgs[pkg.0 as usize].files.first().map(|f| f.0).unwrap_or(0), span: Default::default() };
                    self.late_diags.push(super::Diagnostic { file: pos.file, offset: pos.span.start, message: "function main is undeclared in the main package".into() });
                }
            }
        }
    }

    pub(crate) fn new_init_func(&mut self) -> FuncId {
        let id = FuncId(self.funcs.len() as u32);
        self.funcs.push(tir::Func {
            name: "runtime.init".into(),
            end: Pos::default(),
            pkg: PkgId(0),
            pos: Pos::default(),
            kind: tir::FuncKind::Init,
            sig: self.types.func(vec![], vec![], false),
            recv: None,
            params: vec![],
            results: vec![],
            locals: vec![],
            parent: None,
            captures: vec![],
            body: Some(tir::Block::default()),
            num_labels: 0,
        });
        id
    }

    /// Loads (checks) an imported package; `None` if it does not exist.
    pub(crate) fn import(&mut self, path: &str, pos: Pos) -> Option<PkgId> {
        if path == "unsafe" {
            return Some(self.unsafe_package());
        }
        if let Some(&id) = self.pkg_index.get(path) {
            if self.pkgs[id.0 as usize].name.is_empty() {
                self.error(pos, format!("import cycle not allowed"));
                return None;
            }
            return Some(id);
        }
        let files = self.importer.package_files(path)?;
        let saved = (self.pkg, self.file, self.file_scope, self.scope, self.fctx.take(), self.cur_decl.take(), self.iota.take());
        let prefetched = self.prefetch.as_ref().and_then(|p| p.take(path));
        let parsed = if self.is_lazy_package(path) {
            self.reach.lazy_paths.insert(path.to_string());
            self.parse_skeletons(path, files, prefetched)
        } else {
            let files: Vec<(String, String)> = files.into_iter().map(|(n, s)| (self.importer.file_path(path, &n), s)).collect();
            let parsed = self.parse_files(files);
            if let Some(p) = &self.prefetch {
                p.saw_imports(parsed.iter().map(|(_, f)| &**f));
            }
            parsed
        };
        let id = self.check_package(path, parsed, FuncId(0));
        (self.pkg, self.file, self.file_scope, self.scope, self.fctx, self.cur_decl, self.iota) = saved;
        if let Some(id) = id {
            // A lazily checked package keeps its trees until the program's bodies are known.
            if !self.reach.lazy_pkgs.contains(&id) {
                self.release_syntax(id);
            }
        }
        id
    }

    /// Frees the syntax trees of an imported package once it is checked, unless something
    /// may read them again: generic declarations (an instance re-checks the generic body
    /// from its tree) or a REPL session. Its declarations' entries go with them: they are
    /// all resolved, and other packages only need them for generic instances. Without
    /// this the trees of every imported package stayed alive until the end of checking
    /// (fmt + net: about 15 MB of the front end's 28 MB peak heap, issue 8).
    fn release_syntax(&mut self, id: PkgId) {
        if self.opts.repl {
            return;
        }
        let generic = self.pkgs[id.0 as usize].files.iter().any(|(_, f)| {
            f.decls.iter().any(|d| match d {
                ast::Decl::Func(fd) => !fd.tparams.is_empty(),
                ast::Decl::Type(specs, _) => specs.iter().any(|s| !s.tparams.is_empty()),
                _ => false,
            })
        });
        if generic {
            return;
        }
        // Dropped even when the options leak syntax trees (a saving of exit time): the
        // point here is the memory.
        self.decls.retain(|_, d| d.pkg != id);
        self.pkgs[id.0 as usize].files = Vec::new();
    }

    /// Checks a whole package; returns its id.
    pub(crate) fn check_package(&mut self, path: &str, files: Vec<(u32, Rc<ast::File>)>, init: FuncId) -> Option<PkgId> {
        let universe = self.pkgs[0].scope;
        let scope = self.scopes.new_scope(Some(universe));
        let id = PkgId(self.pkgs.len() as u32);
        self.pkg_index.insert(path.to_string(), id);
        self.types.pkg_paths.push(path.to_string());
        self.pkgs.push(Pkg {
            path: path.to_string(),
            name: String::new(),
            scope,
            file_scopes: vec![],
            files: files.clone(),
            bodies: vec![],
            inits: vec![],
            var_decls: vec![],
            imports: vec![],
        });
        let name = files.first().map(|f| f.1.package.name.clone()).unwrap_or_else(|| path.rsplit('/').next().unwrap_or("").into());
        self.check_files(id, files, Some(name));
        let _ = init;
        Some(id)
    }

    /// Checks files of package `id` (all of them, or the next REPL input): imports,
    /// declarations, function bodies, then variable initialization and `init` calls
    /// appended to the program initializer.
    /// `name`: a new package's name, set once its imports are loaded (an empty name marks a
    /// package whose imports are being loaded: importing it again is a cycle).
    pub(crate) fn check_files(&mut self, id: PkgId, files: Vec<(u32, Rc<ast::File>)>, name: Option<String>) {
        let scope = self.pkgs[id.0 as usize].scope;
        // Phase 1: imports into file scopes.
        let mut file_scopes = Vec::new();
        for (fid, file) in &files {
            let fscope = self.scopes.new_scope(Some(scope));
            file_scopes.push(fscope);
            self.pkg = id;
            self.file = *fid;
            self.collect_imports(file, fscope);
        }
        if let Some(name) = name {
            self.pkgs[id.0 as usize].name = name;
        }
        self.pkgs[id.0 as usize].file_scopes.extend(file_scopes.iter().copied());
        self.pkg = id;
        // Phase 2 and 3.
        let mut methods = Vec::new();
        for ((fid, file), fscope) in files.iter().zip(&file_scopes) {
            self.file = *fid;
            self.file_scope = *fscope;
            self.collect_decls(file, *fid, *fscope, &mut methods);
            self.collect_embeds(file, *fid);
        }
        for m in methods {
            self.attach_method(m);
        }
        // Phase 4: resolve every package-level object in source order.
        let objs: Vec<ObjId> = self.decls.iter().filter(|(_, d)| d.pkg == id).map(|(o, _)| *o).collect();
        let mut objs = objs;
        objs.sort();
        let path = self.pkgs[id.0 as usize].path.clone();
        let lazy = self.reach.lazy_paths.contains(&path);
        for o in objs {
            // A lazily checked package's variables whose initialization cannot be
            // observed wait for a reference (`reach.rs`, `is_quiet_var`).
            if lazy && self.is_quiet_var(o) {
                continue;
            }
            self.resolve(o);
        }
        self.fix_pending_underlying();
        self.expand_pending();
        self.check_valid_types(id);
        // Phase 5: function bodies (each checked once), then the instances they need.
        let bodies = std::mem::take(&mut self.pkgs[id.0 as usize].bodies);
        if lazy {
            self.defer_bodies(id, bodies);
        } else {
            for (f, o) in bodies {
                self.check_func_body(f, o);
            }
        }
        self.check_instance_bodies();
        self.report_unsafe_pending();
        // Unused imports (a lazily checked package's bodies did not all mark theirs).
        if !self.opts.repl && !lazy {
            for fscope in &file_scopes {
                for (_, oid) in self.scopes.names(*fscope) {
                    let o = self.obj(oid);
                    if let ObjKind::PkgName { pkg } = o.kind {
                        if !o.used {
                            let path = &self.pkgs[pkg.0 as usize].path;
                            let pname = &self.pkgs[pkg.0 as usize].name;
                            let msg = if o.name == *pname || o.name == "_" {
                                format!("{:?} imported and not used", path)
                            } else {
                                format!("{:?} imported as {} and not used", path, o.name)
                            };
                            let pos = o.pos;
                            self.error(pos, msg);
                        }
                    }
                }
            }
        }
        // Phase 6.
        self.emit_package_init(id);
        if lazy {
            self.reach.emitted.insert(id);
        }
    }

    fn collect_imports(&mut self, file: &ast::File, fscope: ScopeId) {
        let mut seen_other = false;
        for decl in &file.decls {
            let ast::Decl::Import(imports, span) = decl else {
                seen_other = true;
                continue;
            };
            if seen_other {
                self.error(self.pos(*span), "syntax error: imports must appear before other declarations");
            }
            for imp in imports {
                let pos = self.pos(imp.span);
                let path = match crate::constant::unquote(&imp.path).and_then(|b| String::from_utf8(b).ok()) {
                    Some(p) => p,
                    None => {
                        self.error(self.pos(imp.path_span), "invalid import path");
                        continue;
                    }
                };
                let Some(pkg) = self.import(&path, pos) else {
                    let msg = self.importer.missing_message(&path).unwrap_or_else(|| format!("package {} is not in std", path));
                    self.error(self.pos(imp.path_span), msg);
                    continue;
                };
                let importer = &mut self.pkgs[self.pkg.0 as usize];
                if !importer.imports.contains(&pkg) {
                    importer.imports.push(pkg);
                }
                let pkg_name = self.pkgs[pkg.0 as usize].name.clone();
                let (name, npos) = match &imp.name {
                    Some(n) => (n.name.clone(), self.pos(n.span)),
                    None => (pkg_name.clone(), self.pos(imp.path_span)),
                };
                if name == "." {
                    // Dot import: copy exported names.
                    let pscope = self.pkgs[pkg.0 as usize].scope;
                    for (n, oid) in self.scopes.names(pscope) {
                        if is_exported(&n) {
                            self.scopes.insert(fscope, n, oid);
                        }
                    }
                    continue;
                }
                let obj = Object { name: name.clone(), kind: ObjKind::PkgName { pkg }, pos: npos, pkg: self.pkg, used: name == "_" };
                if name == "_" {
                    continue;
                }
                if self.opts.repl && self.pkgs[self.pkg.0 as usize].path == "main" {
                    // A REPL input is a file of its own: its imports serve later inputs too.
                    let pscope = self.pkgs[self.pkg.0 as usize].scope;
                    self.declare(pscope, obj);
                    continue;
                }
                self.declare(fscope, obj);
            }
        }
    }

    fn collect_decls(&mut self, file: &Rc<ast::File>, fid: u32, fscope: ScopeId, methods: &mut Vec<(ObjId, usize, Rc<ast::File>)>) {
        let pscope = self.pkgs[self.pkg.0 as usize].scope;
        let pkg = self.pkg;
        let info = |kind| DeclInfo { file: file.clone(), file_id: fid, file_scope: fscope, pkg, kind, state: DeclState::Unresolved };
        for (di, decl) in file.decls.iter().enumerate() {
            // Only functions may be named init at package level.
            let names: Vec<&ast::Ident> = match decl {
                ast::Decl::Const(specs, _) => specs.iter().flat_map(|s| s.names.iter()).collect(),
                ast::Decl::Var(specs, _) => specs.iter().flat_map(|s| s.names.iter()).collect(),
                ast::Decl::Type(specs, _) => specs.iter().map(|s| &s.name).collect(),
                _ => vec![],
            };
            for n in names.into_iter().filter(|n| n.name == "init") {
                self.error(self.pos(n.span), "cannot declare init - must be func");
            }
            match decl {
                ast::Decl::Import(..) => {}
                ast::Decl::Const(specs, _) => {
                    for (si, spec) in specs.iter().enumerate() {
                        for (ni, name) in spec.names.iter().enumerate() {
                            let obj = Object {
                                name: name.name.clone(),
                                kind: ObjKind::Const { ty: TypeId::INVALID, val: ConstValue::int(0) },
                                pos: self.pos(name.span),
                                pkg: self.pkg,
                                used: false,
                            };
                            let id = self.declare(pscope, obj);
                            self.decls.insert(id, info(DeclKind::Const { decl: di, spec: si, name: ni }));
                        }
                    }
                }
                ast::Decl::Var(specs, _) => {
                    for (si, spec) in specs.iter().enumerate() {
                        for name in &spec.names {
                            let g = GlobalId(self.globals.len() as u32);
                            self.globals.push(tir::Global { name: name.name.clone(), pkg: self.pkg, ty: TypeId::INVALID, pos: self.pos(name.span) });
                            let obj = Object {
                                name: name.name.clone(),
                                kind: ObjKind::Var { var: VarRef::Global(g), ty: TypeId::INVALID },
                                pos: self.pos(name.span),
                                pkg: self.pkg,
                                used: true,
                            };
                            let id = self.declare(pscope, obj);
                            self.decls.insert(id, info(DeclKind::Var { decl: di, spec: si }));
                            self.var_decl_at.insert(self.pos(name.span), id);
                            self.pkgs[self.pkg.0 as usize].var_decls.push(id);
                        }
                    }
                }
                ast::Decl::Type(specs, _) => {
                    for (si, spec) in specs.iter().enumerate() {
                        let ty = if spec.alias { TypeId::INVALID } else { self.types.new_named(&spec.name.name, self.pkg, false) };
                        let obj = Object { name: spec.name.name.clone(), kind: ObjKind::TypeName { ty }, pos: self.pos(spec.name.span), pkg: self.pkg, used: false };
                        let id = self.declare(pscope, obj);
                        self.decls.insert(id, info(DeclKind::Type { decl: di, spec: si }));
                        if !spec.tparams.is_empty() && spec.alias {
                            self.error(self.pos(spec.name.span), "generic type cannot be alias");
                        }
                    }
                }
                ast::Decl::Func(fd) => {
                    let func = self.new_func_decl(fd);
                    let obj = Object { name: fd.name.name.clone(), kind: ObjKind::Func { func }, pos: self.pos(fd.name.span), pkg: self.pkg, used: false };
                    let id = if fd.recv.is_some() || fd.recv_count > 0 {
                        let id = self.scopes.add_object(obj);
                        methods.push((id, di, file.clone()));
                        id
                    } else if fd.name.name == "init" {
                        let n = self.pkgs[self.pkg.0 as usize].inits.len();
                        self.funcs[func.0 as usize].name = format!("{}.init.{}", self.pkg_name_for_trace(), n);
                        self.pkgs[self.pkg.0 as usize].inits.push(func);
                        self.scopes.add_object(obj)
                    } else if fd.name.name == "_" {
                        self.scopes.add_object(obj)
                    } else {
                        self.declare(pscope, obj)
                    };
                    self.decls.insert(id, info(DeclKind::Func { decl: di }));
                    self.func_obj.insert(func, id);
                    if !fd.tparams.is_empty() {
                        if fd.recv.is_some() {
                            self.error(self.pos(fd.tparams[0].span), "syntax error: method must have no type parameters");
                        } else if fd.name.name == "main" || fd.name.name == "init" {
                            self.error(self.pos(fd.name.span), format!("func {} must have no type parameters", fd.name.name));
                        } else {
                            self.funcs[func.0 as usize].kind = tir::FuncKind::Generic;
                            self.funcs[func.0 as usize].name += "[...]";
                        }
                    }
                }
            }
        }
    }

    /// The package name used in runtime function names (`main`, `fmt`).
    pub(crate) fn pkg_name_for_trace(&self) -> String {
        self.pkgs[self.pkg.0 as usize].path.clone()
    }

    fn new_func_decl(&mut self, fd: &ast::FuncDecl) -> FuncId {
        let id = FuncId(self.funcs.len() as u32);
        let name = format!("{}.{}", self.pkg_name_for_trace(), fd.name.name);
        self.funcs.push(tir::Func {
            name,
            end: Pos::default(),
            pkg: self.pkg,
            pos: self.pos(fd.name.span),
            kind: tir::FuncKind::Decl,
            sig: TypeId::INVALID,
            recv: None,
            params: vec![],
            results: vec![],
            locals: vec![],
            parent: None,
            captures: vec![],
            body: None,
            num_labels: 0,
        });
        id
    }

    /// Position of field `name` in the struct type literal declaring type `tobj`, if any.
    fn struct_field_pos(&self, tobj: ObjId, name: &str) -> Option<Pos> {
        let info = self.decls.get(&tobj)?;
        let DeclKind::Type { decl, spec } = info.kind else { return None };
        let ast::Decl::Type(specs, _) = &info.file.decls[decl] else { return None };
        let ast::ExprKind::StructType(fields) = &specs[spec].ty.kind else { return None };
        for f in fields {
            for n in &f.names {
                if n.name == name {
                    return Some(Pos { file: info.file_id, span: n.span });
                }
            }
            if f.names.is_empty() && embedded_field_name(&f.ty) == Some(name) {
                return Some(Pos { file: info.file_id, span: f.ty.span });
            }
        }
        None
    }

    /// Attaches a method declaration to its receiver's base type.
    fn attach_method(&mut self, (obj, di, file): (ObjId, usize, Rc<ast::File>)) {
        let ast::Decl::Func(fd) = &file.decls[di] else { return };
        let Some(recv) = &fd.recv else { return };
        if fd.recv_count > 1 {
            self.error(self.pos(fd.name.span), "method has multiple receivers");
        }
        let mut rt = &recv.ty;
        let mut ptr = false;
        while let ast::ExprKind::Paren(x) = &rt.kind {
            rt = x;
        }
        if let ast::ExprKind::Star(x) = &rt.kind {
            ptr = true;
            rt = x;
        }
        while let ast::ExprKind::Paren(x) = &rt.kind {
            rt = x;
        }
        let mut generic = false;
        if let ast::ExprKind::Index(x, _) = &rt.kind {
            rt = x;
            generic = true;
        }
        let base = match &rt.kind {
            ast::ExprKind::Ident(n) => n.clone(),
            ast::ExprKind::Selector(..) => {
                self.error(self.pos(recv.span), format!("cannot define new methods on non-local type {}", expr_text(rt)));
                return;
            }
            _ => {
                self.error(self.pos(recv.span), format!("invalid receiver type {}", expr_text(&recv.ty)));
                return;
            }
        };
        let func = match self.obj(obj).kind {
            ObjKind::Func { func } => func,
            _ => return,
        };
        let pscope = self.pkgs[self.pkg.0 as usize].scope;
        let Some(tobj) = self.scopes.lookup_local(pscope, &base) else {
            match self.scopes.lookup(pscope, &base) {
                Some(_) => self.error(self.pos(recv.span), format!("cannot define new methods on non-local type {}", base)),
                None => self.error(self.pos(rt.span), format!("undefined: {}", base)),
            }
            return;
        };
        self.obj_mut(tobj).used = true;
        let ty = match self.obj(tobj).kind {
            ObjKind::TypeName { ty } => ty,
            _ => {
                self.error(self.pos(recv.span), format!("{} is not a type", base));
                return;
            }
        };
        if ty == TypeId::INVALID {
            // An alias: resolve it to find the named type.
            self.resolve(tobj);
        }
        let ty = match self.obj(tobj).kind {
            ObjKind::TypeName { ty } => ty,
            _ => return,
        };
        let Some(info) = self.types.named_info(ty) else {
            self.error(self.pos(recv.span), format!("cannot define new methods on non-local type {}", self.tstr(ty)));
            return;
        };
        if info.pkg != self.pkg {
            self.error(self.pos(recv.span), format!("cannot define new methods on non-local type {}", self.tstr(ty)));
            return;
        }
        let name = fd.name.name.clone();
        if let Some(fpos) = self.struct_field_pos(tobj, &name) {
            let msg = format!("field and method with the same name {}\n\t{}: other declaration of {}", name, self.pos_string(fpos), name);
            self.error(self.pos(fd.name.span), msg);
            return;
        }
        let Some(info) = self.types.named_info(ty) else { return };
        if name != "_" {
            if let Some(prev) = info.methods.iter().find(|m| m.name == name) {
                let prev_pos = self.funcs[prev.func.0 as usize].pos;
                let (l, c) = self.line_col(prev_pos);
                let path = self.files[prev_pos.file as usize].path.clone();
                let tname = info.name.clone();
                self.error(self.pos(fd.name.span), format!("method {}.{} already declared at {}:{}:{}", tname, name, path, l, c));
                return;
            }
        }
        let tname = if info.tparams.is_empty() && !generic { info.name.clone() } else { format!("{}[...]", info.name) };
        if generic || !info.tparams.is_empty() {
            self.funcs[func.0 as usize].kind = tir::FuncKind::Generic;
        }
        self.funcs[func.0 as usize].name =
            if ptr { format!("{}.(*{}).{}", self.pkg_name_for_trace(), tname, name) } else { format!("{}.{}.{}", self.pkg_name_for_trace(), tname, name) };
        let pkg = if is_exported(&name) { None } else { Some(self.pkg) };
        self.types.named_info_mut(ty).unwrap().methods.push(MethodDecl { name, func, ptr_recv: ptr, pkg });
    }

    /// Resolves a package-level object's declaration (idempotent; detects cycles).
    pub(crate) fn resolve(&mut self, id: ObjId) {
        let Some(info) = self.decls.get(&id).cloned() else { return };
        match info.state {
            DeclState::Done => return,
            DeclState::InProgress => {
                if let DeclKind::Type { decl, spec } = info.kind {
                    // Named types may refer to themselves (validity is checked later); an
                    // alias may not.
                    let start = self.decl_stack.iter().position(|&o| o == id).unwrap_or(0);
                    let cycle: Vec<ObjId> = self.decl_stack[start..].to_vec();
                    // `type T T`, `type A B; type B A`: a cycle of bare type names.
                    let bare = |c: &Self, o: ObjId| -> bool {
                        let Some(d) = c.decls.get(&o) else { return false };
                        let DeclKind::Type { decl, spec } = d.kind else { return false };
                        let ast::Decl::Type(specs, _) = &d.file.decls[decl] else { return false };
                        let mut te = &specs[spec].ty;
                        while let ast::ExprKind::Paren(x) = &te.kind {
                            te = x;
                        }
                        specs[spec].alias || matches!(te.kind, ast::ExprKind::Ident(_) | ast::ExprKind::Selector(..))
                    };
                    let name_cycle = cycle.iter().all(|&o| bare(self, o));
                    if let ast::Decl::Type(specs, _) = &info.file.decls[decl] {
                        if specs[spec].alias || name_cycle {
                            let name = self.obj(id).name.clone();
                            let msg = if cycle.len() <= 1 {
                                format!("invalid recursive type: {} refers to itself", name)
                            } else {
                                let mut m = format!("invalid recursive type {}", name);
                                for &o in &cycle {
                                    m += &format!("\n\t{}: {} refers to", self.pos_string(self.obj(o).pos), self.obj(o).name);
                                }
                                m + &format!("\n\t{}: {}", self.pos_string(self.obj(id).pos), name)
                            };
                            let pos = self.obj(id).pos;
                            self.error(pos, msg);
                        }
                    }
                    return;
                }
                if let DeclKind::Func { .. } = info.kind {
                    return;
                }
                self.report_cycle(id);
                return;
            }
            DeclState::Unresolved => {}
        }
        self.decls.get_mut(&id).unwrap().state = DeclState::InProgress;
        self.decl_stack.push(id);
        let saved = (self.pkg, self.file, self.file_scope, self.scope, self.cur_decl, self.iota.take());
        self.pkg = info.pkg;
        self.file = info.file_id;
        self.file_scope = info.file_scope;
        self.scope = info.file_scope;
        let file = info.file.clone();
        match info.kind {
            DeclKind::Const { decl, spec, name } => {
                self.cur_decl = Some(id);
                self.resolve_const(id, &file, decl, spec, name);
            }
            DeclKind::Var { decl, spec } => {
                self.cur_decl = Some(id);
                self.resolve_var_spec(&file, decl, spec);
            }
            DeclKind::Type { decl, spec } => {
                let ast::Decl::Type(specs, _) = &file.decls[decl] else { unreachable!() };
                self.resolve_type_spec(id, &specs[spec]);
            }
            DeclKind::Func { decl } => {
                let ast::Decl::Func(fd) = &file.decls[decl] else { unreachable!() };
                self.resolve_func_sig(id, fd);
            }
        }
        (self.pkg, self.file, self.file_scope, self.scope, self.cur_decl, self.iota) = saved;
        self.decl_stack.pop();
        if let Some(d) = self.decls.get_mut(&id) {
            d.state = DeclState::Done;
        }
    }

    fn report_cycle(&mut self, id: ObjId) {
        let start = self.decl_stack.iter().position(|&o| o == id).unwrap_or(0);
        let cycle: Vec<ObjId> = self.decl_stack[start..].to_vec();
        let pos = self.obj(id).pos;
        let msg = self.init_cycle_msg(&cycle);
        self.error(pos, msg);
        if let ObjKind::Var { ty, .. } = &mut self.obj_mut(id).kind {
            if *ty == TypeId::INVALID {
                *ty = TypeId::INVALID;
            }
        }
    }

    fn resolve_const(&mut self, id: ObjId, file: &ast::File, decl: usize, spec: usize, name: usize) {
        let ast::Decl::Const(specs, _) = &file.decls[decl] else { unreachable!() };
        let s = &specs[spec];
        // Implicit repetition: use the last preceding spec with values.
        let src = specs[..=spec].iter().rev().find(|p| !p.values.is_empty()).unwrap_or(s);
        let (ty, val) = self.const_spec_value(s, src, name, s.iota);
        if let ObjKind::Const { ty: t, val: v } = &mut self.obj_mut(id).kind {
            *t = ty;
            *v = val;
        }
    }

    /// Evaluates name `name` of const spec `s` whose expressions come from `src`.
    pub(crate) fn const_spec_value(&mut self, s: &ast::ConstSpec, src: &ast::ConstSpec, name: usize, iota: u32) -> (TypeId, ConstValue) {
        self.iota = Some(iota as i64);
        let declared = src.ty.as_ref().map(|t| self.type_expr(t));
        let result = match src.values.get(name) {
            Some(e) => {
                let mut x = self.expr(e);
                if x.is_invalid() {
                    (TypeId::INVALID, ConstValue::int(0))
                } else if x.mode != Mode::Constant {
                    let pos = x.expr.pos;
                    let msg = format!("{} is not constant", self.describe(&x, e));
                    self.error(pos, msg);
                    (TypeId::INVALID, ConstValue::int(0))
                } else {
                    if let Some(t) = declared {
                        if t != TypeId::INVALID {
                            if !self.types.basic(t).is_some_and(|b| b.is_const_type()) {
                                let pos = self.pos(src.ty.as_ref().unwrap().span);
                                let msg = format!("invalid constant type {}", self.tstr(t));
                                self.error(pos, msg);
                                return (TypeId::INVALID, ConstValue::int(0));
                            }
                            self.assign_expr(&mut x, e, t, "constant declaration");
                        }
                    }
                    (x.ty, x.val.unwrap_or(ConstValue::int(0)))
                }
            }
            None => {
                let pos = self.pos(s.names[name].span);
                if src.values.is_empty() {
                    self.error(pos, "missing init expr for const declaration");
                } else {
                    self.error(pos, "missing init expr for const declaration");
                }
                (TypeId::INVALID, ConstValue::int(0))
            }
        };
        if name == s.names.len() - 1 && src.values.len() > s.names.len() {
            let pos = self.pos(src.values[s.names.len()].span);
            self.error(pos, "extra init expr");
        }
        self.iota = None;
        result
    }

    fn resolve_var_spec(&mut self, file: &ast::File, decl: usize, spec: usize) {
        let ast::Decl::Var(specs, _) = &file.decls[decl] else { unreachable!() };
        let s = &specs[spec];
        let pscope = self.pkgs[self.pkg.0 as usize].scope;
        let objs: Vec<ObjId> = s
            .names
            .iter()
            .map(|n| {
                let pos = self.pos(n.span);
                // Blank and redeclared names are not in scope: find them by position.
                self.scopes.lookup_local(pscope, &n.name).filter(|o| self.obj(*o).pos == pos).unwrap_or_else(|| self.find_decl_obj(pos))
            })
            .collect();
        for o in &objs {
            if let Some(d) = self.decls.get_mut(o) {
                d.state = DeclState::InProgress;
            }
        }
        let init_fn = FuncId(0);
        let saved_fctx = self.fctx.take();
        self.fctx = Some(Box::new(FuncCtx::new(init_fn, vec![], false)));
        let (tys, rhs) = self.var_spec_types(s, &objs);
        let mut fctx = self.fctx.take().unwrap();
        self.funcs[0].num_labels += fctx.num_labels;
        fctx.num_labels = 0;
        self.fctx = saved_fctx;
        for (o, t) in objs.iter().zip(&tys) {
            if let ObjKind::Var { var: VarRef::Global(g), ty } = &mut self.obj_mut(*o).kind {
                *ty = *t;
                let g = *g;
                self.globals[g.0 as usize].ty = *t;
            }
            if let Some(d) = self.decls.get_mut(o) {
                d.state = DeclState::Done;
            }
        }
        let rhs = match rhs {
            None if s.names.len() == 1 && !self.embeds.is_empty() => {
                let pos = self.pos(s.names[0].span);
                self.embed_init(pos, tys[0]).map(|e| Rhs::Exprs(vec![e]))
            }
            rhs => rhs,
        };
        if let Some(rhs) = rhs {
            let lhs = objs
                .iter()
                .zip(&s.names)
                .map(|(o, n)| match self.obj(*o).kind {
                    ObjKind::Var { var: VarRef::Global(g), .. } if !n.is_blank() => Place::Var(tir::Var::Global(g)),
                    _ => Place::Blank,
                })
                .collect();
            let init = VarInit { lhs, rhs };
            if self.reach.emitted.contains(&self.pkg) {
                self.add_late_init(self.pkg, init);
            } else {
                self.var_inits.insert(objs[0], init);
            }
        }
        for o in &objs[1..] {
            self.var_init_alias.insert(*o, objs[0]);
        }
    }

    fn find_decl_obj(&self, pos: Pos) -> ObjId {
        *self.var_decl_at.get(&pos).expect("minigo bug: var object not found")
    }

    fn resolve_type_spec(&mut self, id: ObjId, spec: &ast::TypeSpec) {
        if !spec.tparams.is_empty() && !spec.alias {
            let ObjKind::TypeName { ty: named } = self.obj(id).kind else { return };
            self.types.set_generic(named);
            let saved = self.scope;
            // The parameters exist before their constraints are resolved: the type may be
            // named (instantiated) inside them and inside its own definition.
            let tparams = self.declare_tparams_for_type(named, &spec.tparams);
            let _ = tparams;
            let rhs = self.type_expr_for_decl(&spec.ty, named);
            self.ensure_resolved(rhs);
            let under = self.types.underlying(rhs);
            if under == TypeId::INVALID && rhs != TypeId::INVALID {
                self.pending_underlying.push((named, rhs));
            }
            if self.types.is_tparam(rhs) {
                self.error(self.pos(spec.ty.span), format!("cannot use a type parameter as RHS in type declaration"));
            } else if let Some(info) = self.types.named_info_mut(named) {
                info.underlying = under;
            }
            self.scope = saved;
            self.expand_pending();
            return;
        }
        if spec.alias {
            let t = self.type_expr(&spec.ty);
            if let ObjKind::TypeName { ty } = &mut self.obj_mut(id).kind {
                *ty = t;
            }
            return;
        }
        let ObjKind::TypeName { ty: named } = self.obj(id).kind else { return };
        // `type C comparable`: a constraint may be named by another type declaration.
        let saved = self.gen.constraint_pos.replace(self.pos(spec.ty.span));
        let rhs = self.type_expr_for_decl(&spec.ty, named);
        self.gen.constraint_pos = saved;
        self.ensure_resolved(rhs);
        if self.types.is_tparam(rhs) {
            self.error(self.pos(spec.ty.span), "cannot use a type parameter as RHS in type declaration");
            return;
        }
        let under = self.types.underlying(rhs);
        if under == TypeId::INVALID && rhs != TypeId::INVALID {
            self.pending_underlying.push((named, rhs));
        }
        if let Some(info) = self.types.named_info_mut(named) {
            info.underlying = under;
        }
    }

    /// Resolves a function or method signature and sets up its parameter locals.
    fn resolve_func_sig(&mut self, id: ObjId, fd: &ast::FuncDecl) {
        let ObjKind::Func { func } = self.obj(id).kind else { return };
        let body_pos = fd.body.as_ref().map(|b| b.span);
        if self.funcs[func.0 as usize].kind == tir::FuncKind::Generic {
            // Type parameters of the function, or of the method's receiver type.
            let saved = self.scope;
            let g = match &fd.recv {
                None => {
                    let tparams = self.declare_tparams(&fd.tparams);
                    let names = fd.tparams.iter().flat_map(|f| f.names.iter().map(|n| n.name.clone())).collect();
                    super::generic::GenericFunc { tparams, names }
                }
                Some(recv) => self.declare_receiver_tparams(recv),
            };
            self.gen.body_scope.insert(func, self.scope);
            self.gen.funcs.insert(func, g);
            self.setup_signature(func, fd.recv.as_ref(), &fd.sig, fd.name.name == "_");
            self.scope = saved;
        } else {
            self.setup_signature(func, fd.recv.as_ref(), &fd.sig, fd.name.name == "_");
        }
        if fd.recv.is_none() && (fd.name.name == "main" && self.pkgs[self.pkg.0 as usize].name == "main" || fd.name.name == "init") {
            let sig = self.funcs[func.0 as usize].sig;
            if let Some(s) = self.types.signature(sig) {
                if !s.params.is_empty() || !s.results.is_empty() {
                    self.error(self.pos(fd.name.span), format!("func {} must have no arguments and no return values", fd.name.name));
                }
            }
            if fd.body.is_none() {
                self.error(self.pos(fd.name.span), format!("missing function body"));
            }
        }
        if body_pos.is_some() || fd.body.is_some() {
            self.pkgs[self.pkg.0 as usize].bodies.push((func, id));
        } else if self.pkg_name_for_trace() == "main" {
            // gc finds this after type checking: reported only when there is no other error.
            let pos = self.pos(fd.name.span);
            self.late_diags.push(super::Diagnostic { file: pos.file, offset: pos.span.start, message: "missing function body".into() });
        }
    }

    /// Completes `type T2 T1` declarations made while T1 was still being resolved.
    pub(crate) fn fix_pending_underlying(&mut self) {
        loop {
            let mut progress = false;
            let pending = std::mem::take(&mut self.pending_underlying);
            for (named, rhs) in pending {
                let u = self.types.underlying(rhs);
                if u == TypeId::INVALID {
                    self.pending_underlying.push((named, rhs));
                } else {
                    if let Some(info) = self.types.named_info_mut(named) {
                        info.underlying = u;
                    }
                    progress = true;
                }
            }
            if !progress || self.pending_underlying.is_empty() {
                break;
            }
        }
    }

    /// Reports an initialization cycle through `s` found when ordering variable
    /// initialization, unless the declaration check already reported it.
    fn report_init_cycle(&mut self, s: ObjId, spec_set: &HashSet<ObjId>) {
        let pos = self.obj(s).pos;
        if self.diags.iter().any(|d| d.file == pos.file && d.offset == pos.span.start && d.message.starts_with("initialization cycle")) {
            return;
        }
        let path = self.init_cycle_path(s, spec_set);
        let msg = self.init_cycle_msg(&path);
        let pos = self.obj(path[0]).pos;
        self.error(pos, msg);
    }

    /// gc's initialization cycle message for objects each referring to the next (and the
    /// last to the first).
    fn init_cycle_msg(&self, cycle: &[ObjId]) -> String {
        let name0 = self.obj(cycle[0]).name.clone();
        if cycle.len() == 1 {
            return format!("initialization cycle: {} refers to itself", name0);
        }
        let mut msg = format!("initialization cycle for {}", name0);
        for &o in cycle {
            msg += &format!("\n\t{}: {} refers to", self.pos_string(self.obj(o).pos), self.obj(o).name);
        }
        msg += &format!("\n\t{}: {}", self.pos_string(self.obj(cycle[0]).pos), name0);
        msg
    }

    /// A dependency path from package-level variable `s` back to itself (through functions
    /// and other variables), for the cycle message.
    fn init_cycle_path(&self, s: ObjId, spec_set: &HashSet<ObjId>) -> Vec<ObjId> {
        fn dfs(c: &Checker, o: ObjId, target: ObjId, spec_set: &HashSet<ObjId>, path: &mut Vec<ObjId>, seen: &mut HashSet<ObjId>) -> Option<ObjId> {
            let next: Vec<ObjId> = if spec_set.contains(&o) {
                c.spec_deps(o)
            } else {
                let mut v = c.deps.get(&o).cloned().unwrap_or_default();
                v.extend(c.method_objs_of_func(o));
                v
            };
            for n in next {
                let rep = c.var_init_alias.get(&n).copied().unwrap_or(n);
                if rep == target {
                    return Some(n); // the variable of the spec that closes the cycle
                }
                let is_func = matches!(c.obj(n).kind, ObjKind::Func { .. });
                if !(is_func || spec_set.contains(&rep)) || !seen.insert(rep) {
                    continue;
                }
                path.push(n);
                if let Some(closer) = dfs(c, rep, target, spec_set, path, seen) {
                    return Some(closer);
                }
                path.pop();
            }
            None
        }
        let mut path = vec![s];
        let mut seen = HashSet::new();
        seen.insert(s);
        match dfs(self, s, s, spec_set, &mut path, &mut seen) {
            Some(closer) => {
                path[0] = closer;
                path
            }
            None => vec![s],
        }
    }

    /// Reports structs and arrays that contain themselves (`type T struct{ t T }`).
    fn check_valid_types(&mut self, pkg: PkgId) {
        let idx: Vec<usize> = (0..self.types.named.len()).filter(|&i| self.types.named[i].pkg == pkg).collect();
        let named: Vec<TypeId> = idx.into_iter().map(|i| self.types.intern(Type::Named(crate::ty::NamedId(i as u32)))).collect();
        let mut reported = HashSet::new();
        for t in named {
            let mut path = vec![];
            if self.contains_self(t, t, &mut path, 0) && reported.insert(t) {
                let name = self.types.named_info(t).unwrap().name.clone();
                let obj = self.scopes.lookup_local(self.pkgs[pkg.0 as usize].scope, &name);
                let pos = obj.map(|o| self.obj(o).pos).unwrap_or_default();
                let pscope = self.pkgs[pkg.0 as usize].scope;
                let type_pos = |c: &Self, t: TypeId| -> (String, String) {
                    let n = c.types.named_info(t).map(|i| i.name.clone()).unwrap_or_default();
                    let p = c.scopes.lookup_local(pscope, &n).map(|o| c.pos_string(c.obj(o).pos)).unwrap_or_default();
                    (n, p)
                };
                let msg = if path.len() <= 1 {
                    format!("invalid recursive type: {} refers to itself", name)
                } else {
                    let mut m = format!("invalid recursive type {}", name);
                    for &t in &path {
                        let (n, p) = type_pos(self, t);
                        m += &format!("\n\t{}: {} refers to", p, n);
                    }
                    let (n, p) = type_pos(self, path[0]);
                    m += &format!("\n\t{}: {}", p, n);
                    m
                };
                self.error(pos, msg);
                if let Some(info) = self.types.named_info_mut(t) {
                    info.underlying = TypeId::INVALID;
                }
            }
        }
    }

    fn contains_self(&self, target: TypeId, t: TypeId, path: &mut Vec<TypeId>, depth: u32) -> bool {
        if depth > 64 {
            return false;
        }
        match self.types.get(t) {
            Type::Named(_) => {
                if depth > 0 && t == target {
                    return true;
                }
                if path.contains(&t) {
                    return false;
                }
                path.push(t);
                let u = self.types.named_info(t).unwrap().underlying;
                let r = u != TypeId::INVALID && self.contains_self(target, u, path, depth + 1);
                if !r {
                    path.pop(); // on success `path` keeps the named types of the cycle
                }
                r
            }
            Type::Array(e, _) => self.contains_self(target, *e, path, depth + 1),
            Type::Struct(fields) => fields.iter().any(|f| self.contains_self(target, f.ty, path, depth + 1)),
            _ => false,
        }
    }

    /// Records that the current package-level declaration refers to `obj`.
    pub(crate) fn record_dep(&mut self, obj: ObjId) {
        if let Some(cur) = self.cur_decl {
            if self.decls.contains_key(&obj) {
                self.deps.entry(cur).or_default().push(obj);
            }
        }
    }

    /// Appends this package's variable initialization (in dependency order) and its `init`
    /// calls to the program initializer.
    fn emit_package_init(&mut self, pkg: PkgId) {
        let mut vars = self.pkgs[pkg.0 as usize].var_decls.clone();
        // Variables still unresolved wait for a reference (`reach.rs`, quiet variables):
        // nothing resolved depends on them.
        vars.retain(|v| self.decls.get(v).is_none_or(|d| d.state != DeclState::Unresolved));
        // Representative object of each spec, in declaration order.
        let mut specs: Vec<ObjId> = Vec::new();
        for v in &vars {
            let rep = self.var_init_alias.get(v).copied().unwrap_or(*v);
            if !specs.contains(&rep) {
                specs.push(rep);
            }
        }
        let spec_set: HashSet<ObjId> = specs.iter().copied().collect();
        // Direct var dependencies of each spec, through functions transitively.
        let mut var_deps: HashMap<ObjId, HashSet<ObjId>> = HashMap::new();
        for &s in &specs {
            let mut out = HashSet::new();
            let mut seen = HashSet::new();
            let mut stack: Vec<ObjId> = self.spec_deps(s);
            while let Some(o) = stack.pop() {
                if !seen.insert(o) {
                    continue;
                }
                let rep = self.var_init_alias.get(&o).copied().unwrap_or(o);
                if spec_set.contains(&rep) {
                    out.insert(rep);
                } else if let ObjKind::Func { .. } = self.obj(o).kind {
                    stack.extend(self.deps.get(&o).cloned().unwrap_or_default());
                    let methods = self.method_objs_of_func(o);
                    stack.extend(methods);
                }
            }
            var_deps.insert(s, out);
        }
        let mut done: HashSet<ObjId> = HashSet::new();
        let mut order = Vec::new();
        let mut remaining = specs.clone();
        while !remaining.is_empty() {
            let next = remaining.iter().position(|s| var_deps[s].iter().all(|d| done.contains(d) || d == s && false));
            let i = match next {
                Some(i) => i,
                None => {
                    let s = remaining[0];
                    self.report_init_cycle(s, &spec_set);
                    0
                }
            };
            let s = remaining.remove(i);
            if var_deps[&s].contains(&s) && next.is_some() {
                self.report_init_cycle(s, &spec_set);
            }
            done.insert(s);
            order.push(s);
        }
        let mut stmts = Vec::new();
        for s in order {
            if let Some(init) = self.var_inits.remove(&s) {
                stmts.push(Stmt::Assign { lhs: init.lhs, rhs: init.rhs });
            }
        }
        for f in self.pkgs[pkg.0 as usize].inits.clone() {
            let pos = self.funcs[f.0 as usize].pos;
            let call = tir::Call { callee: tir::Callee::Func(f), args: vec![], tuple_args: false, ty: TypeId::VOID, pos };
            stmts.push(Stmt::Expr(Expr { kind: ExprKind::Call(Box::new(call)), ty: TypeId::VOID, pos }));
        }
        if let Some(body) = self.funcs[0].body.as_mut() {
            let start = body.stmts.len();
            body.stmts.extend(stmts);
            self.init_chunks.push((pkg, start, body.stmts.len()));
        }
    }

    /// Puts the packages' initialization into Go's order (spec "Package initialization"):
    /// repeatedly the first package, sorted by import path, whose imports are all
    /// initialized. Package runtime comes first, as in Go.
    pub(crate) fn order_package_inits(&mut self) {
        let mut late: HashMap<PkgId, Vec<Stmt>> = HashMap::new();
        for (p, s) in std::mem::take(&mut self.reach.late_inits) {
            late.entry(p).or_default().push(s);
        }
        let Some(body) = self.funcs[0].body.as_mut() else { return };
        let chunks = std::mem::take(&mut self.init_chunks);
        if chunks.is_empty() || chunks.last().is_some_and(|c| c.2 != body.stmts.len()) {
            // (Lazily checked packages always have their chunks; should late
            // initializations exist anyway, they cannot fail or be observed early.)
            body.stmts.splice(0..0, late.into_values().flatten());
            return;
        }
        let first = chunks[0].1;
        let mut stmts: Vec<Option<Stmt>> = body.stmts.drain(first..).map(Some).collect();
        let mut pending: Vec<(PkgId, usize, usize)> = chunks;
        pending.sort_by(|a, b| {
            let (pa, pb) = (&self.pkgs[a.0 .0 as usize].path, &self.pkgs[b.0 .0 as usize].path);
            (pa != "runtime", pa).cmp(&(pb != "runtime", pb))
        });
        let mut done: HashSet<PkgId> = HashSet::new();
        while !pending.is_empty() {
            let ready = pending
                .iter()
                .position(|(p, _, _)| self.pkgs[p.0 as usize].imports.iter().all(|i| done.contains(i) || !pending.iter().any(|c| c.0 == *i)))
                .unwrap_or(0);
            let (p, start, end) = pending.remove(ready);
            done.insert(p);
            // Late variable initializations go after the chunk's variables, before its
            // `init` calls (`reach.rs`).
            let split = end - self.pkgs[p.0 as usize].inits.len().min(end - start);
            body.stmts.extend(stmts[start - first..split - first].iter_mut().filter_map(Option::take));
            body.stmts.extend(late.remove(&p).unwrap_or_default());
            body.stmts.extend(stmts[split - first..end - first].iter_mut().filter_map(Option::take));
        }
    }

    fn spec_deps(&self, s: ObjId) -> Vec<ObjId> {
        self.deps.get(&s).cloned().unwrap_or_default()
    }

    /// Method objects referenced by a function body are recorded directly in its deps.
    fn method_objs_of_func(&self, _o: ObjId) -> Vec<ObjId> {
        Vec::new()
    }

    /// Checks a function's body (declared functions and methods).
    pub(crate) fn check_func_body(&mut self, func: FuncId, obj: ObjId) {
        let info = self.decls.get(&obj).cloned().expect("minigo bug: body without decl");
        let DeclKind::Func { decl } = info.kind else { return };
        let file = info.file.clone();
        let ast::Decl::Func(fd) = &file.decls[decl] else { return };
        let Some(body) = &fd.body else { return };
        self.pkg = info.pkg;
        self.file = info.file_id;
        self.file_scope = info.file_scope;
        self.cur_decl = Some(obj);
        self.check_body(func, body, None);
        self.cur_decl = None;
    }
}

/// Whether a name is exported (starts with an upper-case letter).
pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Parses on a thread with a large stack: deeply nested input must not overflow.
fn parse_deep(src: &str) -> (Option<ast::File>, Vec<parser::SyntaxError>) {
    parser::parse_file(src)
}

/// Source-like text of a small expression, for messages.
pub(crate) fn expr_text(e: &ast::Expr) -> String {
    super::expr::expr_string(e)
}

/// The name an embedded field type declares (`T` for `*pkg.T`).
fn embedded_field_name(e: &ast::Expr) -> Option<&str> {
    match &e.kind {
        ast::ExprKind::Star(x) | ast::ExprKind::Paren(x) => embedded_field_name(x),
        ast::ExprKind::Ident(n) => Some(n.as_str()),
        ast::ExprKind::Selector(_, sel) => Some(&sel.name),
        _ => None,
    }
}
