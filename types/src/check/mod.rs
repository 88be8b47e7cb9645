//! The type checker: AST → typed IR, reporting every error it finds with gc's wording.
//!
//! Organisation follows go/types:
//! - `decl.rs`: packages, imports, package-level objects resolved lazily in dependency
//!   order (with cycle detection), methods, initialization order;
//! - `typexpr.rs`: type expressions; `lookup.rs`: fields, methods, method sets, wrappers;
//! - `expr.rs`, `ops.rs`, `call.rs`, `builtin.rs`, `conv.rs`, `composite.rs`: expressions
//!   (operands carry their mode, type, constant value and the TIR being built);
//! - `stmt.rs`, `assign.rs`: statements and function bodies.

mod assign;
mod builtin;
mod call;
mod composite;
mod conv;
mod decl;
mod embed;
mod expr;
mod generic;
mod lookup;
mod ops;
mod rangefunc;
mod prefetch;
mod reach;
mod scope;
mod stmt;
pub mod session;
mod typexpr;
mod unsafe_pkg;

use crate::constant::ConstValue;
use crate::tir::{self, Expr, ExprKind, LocalId, Pos, Var};
use crate::ty::{FuncId, PkgId, TypeId, TypeTable};
use parser::ast;
use scope::{ObjId, ObjKind, Object, ScopeId, Scopes};
use std::collections::HashMap;
use std::rc::Rc;

/// A diagnostic: position and gc's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: u32,
    pub offset: u32,
    pub message: String,
}

/// Provides the Go sources of imported packages (the standard library).
pub trait Importer {
    /// Files `(name, source)` of the package with this import path, or `None`.
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>>;

    /// The path a file of an imported package goes by in diagnostics and tracebacks, given
    /// the name `package_files` returned. Standard-library files are `$GOROOT/src/PATH/NAME`;
    /// importers of packages on disk return the path they already gave.
    fn file_path(&self, import_path: &str, name: &str) -> String {
        format!("$GOROOT/src/{}/{}", import_path, name)
    }

    /// Why a package `package_files` does not have cannot be imported, in the go command's
    /// words (`no required module provides package ...`); `None`: the checker's default
    /// `package P is not in std`.
    fn missing_message(&self, _import_path: &str) -> Option<String> {
        None
    }

    /// Whether the package's function bodies may be checked only when the program reaches
    /// them (`check/reach.rs`): true for the standard library, whose bodies have no errors
    /// to report; the packages of the user's module are checked in full.
    fn lazy_bodies(&self, _import_path: &str) -> bool {
        false
    }

    /// A function serving the same files as `package_files` for the packages whose
    /// bodies are checked lazily, callable from another thread: with it, those packages
    /// are parsed ahead of the checker (`check/prefetch.rs`).
    fn prefetch_source(&self) -> Option<fn(&str) -> Option<Vec<(String, String)>>> {
        None
    }

    /// The files that `//go:embed` patterns of the file `file` (as `package_files` named
    /// it) name: paths relative to the package directory with slashes and contents,
    /// sorted by path; or the go command's message for the first pattern that fails.
    fn embed_files(&self, _file: &str, _patterns: &[String]) -> Result<Vec<(String, Vec<u8>)>, String> {
        Err("go:embed is not supported here".into())
    }
}

/// Options of one check.
#[derive(Clone, Copy, Default)]
pub struct Options {
    /// REPL input: unused variables and imports are not errors.
    pub repl: bool,
    /// The caller exits right after the check: the syntax trees are not freed (freeing a
    /// large program's trees is several percent of checking it).
    pub leak_syntax_trees: bool,
}

/// How an operand may be used (go/types' operand modes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    Invalid,
    /// A call without results.
    NoValue,
    /// A type expression.
    TypeExpr,
    Constant,
    /// An addressable variable.
    Variable,
    /// `m[k]`: assignable but not addressable; comma-ok capable.
    MapIndex,
    /// Any other value.
    Value,
    /// A value that may be used in a comma-ok assignment (type assertion, receive).
    CommaOk,
    /// A builtin function name.
    Builtin,
    /// A package name (only valid before a selector).
    Package,
}

/// The result of checking an expression.
#[derive(Clone, Debug)]
pub(crate) struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
    pub val: Option<ConstValue>,
    pub expr: Expr,
    /// For `Mode::Builtin` and `Mode::Package`: which.
    pub obj: Option<ObjId>,
    /// A generic function not (fully) instantiated yet: the explicit type arguments so far
    /// (`expr` is its `ExprKind::Func`, `ty` its generic signature).
    pub targs: Option<Vec<TypeId>>,
}

impl Operand {
    pub fn invalid(pos: Pos) -> Operand {
        Operand { mode: Mode::Invalid, ty: TypeId::INVALID, val: None, expr: Expr { kind: ExprKind::Zero, ty: TypeId::INVALID, pos }, obj: None, targs: None }
    }

    pub fn is_invalid(&self) -> bool {
        self.mode == Mode::Invalid || self.ty == TypeId::INVALID
    }
}

impl FuncCtx {
    pub fn new(func: FuncId, results: Vec<TypeId>, named_results: bool) -> FuncCtx {
        FuncCtx {
            func,
            results,
            named_results,
            outer: None,
            capture_index: Default::default(),
            targets: Vec::new(),
            labels: HashMap::new(),
            num_labels: 0,
            declared: Vec::new(),
            closures: 0,
            ranges: 0,
            gotos: Vec::new(),
            label_decls: Vec::new(),
            bad_branches: Vec::new(),
            repl_scope: None,
        }
    }
}

/// A function body being checked.
#[derive(Clone)]
pub(crate) struct FuncCtx {
    pub func: FuncId,
    /// Result types of the signature.
    pub results: Vec<TypeId>,
    pub named_results: bool,
    /// Enclosing function (for closures).
    pub outer: Option<Box<FuncCtx>>,
    /// Captured objects → capture index.
    pub capture_index: crate::fxhash::FxHashMap<ObjId, u32>,
    /// Break/continue targets, innermost last.
    pub targets: Vec<Target>,
    /// Labels declared in the body: name → (label id, declared statement kind, position, used).
    pub labels: HashMap<String, LabelInfo>,
    pub num_labels: u32,
    /// Locals declared and not yet used: object ids to report at the end.
    pub declared: Vec<ObjId>,
    /// Counter for closure names (`main.f.func1`).
    pub closures: u32,
    /// Counter for range-over-func body names (`main.f-range1`).
    pub ranges: u32,
    /// `goto` statements (label name, position), checked at the end of the body.
    pub gotos: Vec<(String, Pos)>,
    /// Labels declared in the body, with positions.
    pub label_decls: Vec<(String, Pos)>,
    /// `break L`/`continue L` without a valid target ("break"/"continue", label, position):
    /// reported at the end of the body, when all labels are known.
    pub bad_branches: Vec<(&'static str, String, Pos)>,
    /// A REPL input's body scope: variables declared there are package-level (they persist
    /// across inputs), and expression statements there print their values.
    pub repl_scope: Option<ScopeId>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum TargetKind {
    Loop,
    Switch,
    Select,
}

#[derive(Clone)]
pub(crate) struct Target {
    pub kind: TargetKind,
    pub label: tir::LabelId,
    pub name: Option<String>,
}

#[derive(Clone)]
pub(crate) struct LabelInfo {
    pub id: tir::LabelId,
    pub pos: Pos,
    pub used: bool,
}

/// Per-package state.
#[derive(Clone)]
pub(crate) struct Pkg {
    pub path: String,
    pub name: String,
    pub scope: ScopeId,
    /// File scopes (one per file), parallel to `files`.
    pub file_scopes: Vec<ScopeId>,
    pub files: Vec<(u32, Rc<ast::File>)>,
    /// Functions declared in this package with bodies to check later.
    pub bodies: Vec<(FuncId, ObjId)>,
    /// `init` functions in source order.
    pub inits: Vec<FuncId>,
    /// Package-level variables in declaration order with their initializer info.
    pub var_decls: Vec<ObjId>,
    /// The packages this one imports (package initialization order).
    pub imports: Vec<PkgId>,
}

#[derive(Clone)]
pub struct Checker<'a> {
    pub(crate) types: TypeTable,
    pub(crate) files: Vec<tir::SourceFile>,
    pub(crate) diags: Vec<Diagnostic>,
    pub(crate) scopes: Scopes,
    pub(crate) pkgs: Vec<Pkg>,
    pub(crate) pkg_index: HashMap<String, PkgId>,
    pub(crate) funcs: Vec<tir::Func>,
    pub(crate) globals: Vec<tir::Global>,
    pub(crate) importer: &'a dyn Importer,
    pub(crate) opts: Options,
    /// Package being checked.
    pub(crate) pkg: PkgId,
    /// File being checked (index into `files`) and its scope.
    pub(crate) file: u32,
    pub(crate) file_scope: ScopeId,
    /// Current block scope.
    pub(crate) scope: ScopeId,
    pub(crate) fctx: Option<Box<FuncCtx>>,
    /// Declaration state of package-level objects (lazy resolution).
    pub(crate) decls: crate::fxhash::FxHashMap<ObjId, decl::DeclInfo>,
    /// Package-level variables by the position of their name (blank and redeclared names
    /// are not in scope).
    pub(crate) var_decl_at: crate::fxhash::FxHashMap<Pos, ObjId>,
    /// Objects whose declaration is being checked (cycle detection), in order.
    pub(crate) decl_stack: Vec<ObjId>,
    /// Package-level objects each package-level declaration refers to (init order).
    pub(crate) deps: crate::fxhash::FxHashMap<ObjId, Vec<ObjId>>,
    /// The package-level object whose declaration or body is being checked.
    pub(crate) cur_decl: Option<ObjId>,
    /// Method sets computed so far (with synthesized wrappers).
    pub(crate) method_sets: HashMap<TypeId, Vec<(String, FuncId)>>,
    /// Unnamed types converted to interfaces (see `to_interface`).
    pub(crate) iface_sources: Vec<TypeId>,
    /// Cache of promoted-method wrappers: (receiver type, method name) → function.
    pub(crate) wrappers: HashMap<(TypeId, String), FuncId>,
    /// The universe `error` type.
    pub(crate) error_type: TypeId,
    /// Package-level variable initializers, keyed by the first object of their spec.
    pub(crate) var_inits: HashMap<ObjId, decl::VarInit>,
    /// Other objects of a multi-name var spec → the spec's first object.
    pub(crate) var_init_alias: HashMap<ObjId, ObjId>,
    /// Declared functions and methods → their objects (init-order dependencies).
    pub(crate) func_obj: HashMap<FuncId, ObjId>,
    /// Generics: declarations, instances and the instance bodies still to check.
    pub(crate) gen: generic::Generics,
    /// Functions with named results.
    pub(crate) named_results: std::collections::HashSet<FuncId>,
    /// Named types declared as another named type whose underlying type was not known yet
    /// (`type T2 T1` while T1 is being resolved): fixed up after the package's declarations.
    pub(crate) pending_underlying: Vec<(TypeId, TypeId)>,
    /// Whether a `fallthrough` may end the statement list being checked.
    pub(crate) fallthrough_ok: bool,
    /// Why a `fallthrough` directly in the statement list being checked is misplaced, when
    /// gc says more than "out of place" (final switch case, type switch).
    pub(crate) fallthrough_why: Option<&'static str>,
    /// Current `iota` while checking a constant declaration.
    pub(crate) iota: Option<i64>,
    /// Nesting depth of expression checking (guards against pathological input).
    pub(crate) depth: u32,
    /// Errors gc reports after type checking, only if type checking found none.
    pub(crate) late_diags: Vec<Diagnostic>,
    /// How many of `diags` the scanner and parser of the main package reported.
    pub(crate) parse_diags: usize,
    /// Operands already checked, standing for synthesized argument expressions whose
    /// `NodeId` is `INJECTED_ID + index` (the values of `copy(f())`'s multi-value call).
    pub(crate) injected: Vec<Operand>,
    /// The function holding the statements of the REPL input being checked.
    pub(crate) repl_input: Option<FuncId>,
    /// Each package's statements in the program initializer: `(package, start, end)`.
    pub(crate) init_chunks: Vec<(PkgId, usize, usize)>,
    /// Standard-library bodies checked on demand.
    pub(crate) reach: reach::Reach,
    /// The thread parsing the standard library ahead (`prefetch.rs`).
    pub(crate) prefetch: Option<std::sync::Arc<prefetch::Prefetcher>>,
    /// `//go:embed` directives by the position of the package-level variable they apply to.
    pub(crate) embeds: crate::fxhash::FxHashMap<Pos, embed::Embed>,
    /// unsafe.Pointer values into objects minigo lays out differently from gc, by the
    /// position of their conversion, not yet consumed by a form `unsafe_pkg` can check.
    pub(crate) unsafe_pending: crate::fxhash::FxHashMap<Pos, String>,
    /// Provenance of unsafe.Pointer conversions from uintptr arithmetic (their constants are
    /// rewritten to minigo's offsets), by position.
    pub(crate) unsafe_provs: crate::fxhash::FxHashMap<Pos, unsafe_pkg::Prov>,
    /// Local variables initialized from a declared function, method value or function
    /// literal: that function (messages print the type with its parameter names).
    pub(crate) sig_sources: crate::fxhash::FxHashMap<scope::VarRef, FuncId>,
}

/// Node ids from here on denote [`Checker::injected`] operands (the parser numbers nodes
/// from 0 per file).
pub(crate) const INJECTED_ID: u32 = 0xFFF0_0000;

/// Result of checking a program.
pub type CheckResult = Result<tir::Program, (Vec<tir::SourceFile>, Vec<Diagnostic>)>;

impl<'a> Checker<'a> {
    pub fn new(importer: &'a dyn Importer, opts: Options) -> Checker<'a> {
        let mut types = TypeTable::new();
        let mut scopes = Scopes::new();
        let universe = scopes.new_scope(None);
        types.pkg_paths.push(String::new()); // PkgId(0): the universe
        let mut c = Checker {
            types,
            files: Vec::new(),
            diags: Vec::new(),
            scopes,
            pkgs: Vec::new(),
            pkg_index: HashMap::new(),
            funcs: Vec::new(),
            globals: Vec::new(),
            importer,
            opts,
            pkg: PkgId(0),
            file: 0,
            file_scope: universe,
            scope: universe,
            fctx: None,
            decls: Default::default(),
            var_decl_at: Default::default(),
            embeds: Default::default(),
            unsafe_pending: Default::default(),
            unsafe_provs: Default::default(),
            sig_sources: Default::default(),
            decl_stack: Vec::new(),
            deps: Default::default(),
            cur_decl: None,
            method_sets: HashMap::new(),
            iface_sources: Vec::new(),
            wrappers: HashMap::new(),
            error_type: TypeId::INVALID,
            iota: None,
            depth: 0,
            late_diags: Vec::new(),
            parse_diags: 0,
            var_inits: HashMap::new(),
            var_init_alias: HashMap::new(),
            func_obj: HashMap::new(),
            gen: Default::default(),
            fallthrough_ok: false,
            fallthrough_why: None,
            pending_underlying: Vec::new(),
            named_results: Default::default(),
            injected: Vec::new(),
            repl_input: None,
            init_chunks: Vec::new(),
            reach: Default::default(),
            prefetch: None,
        };
        c.pkgs.push(Pkg {
            path: String::new(),
            name: String::new(),
            scope: universe,
            file_scopes: vec![],
            files: vec![],
            bodies: vec![],
            inits: vec![],
            var_decls: vec![],
            imports: vec![],
        });
        c.declare_universe();
        c
    }

    /// Reports an error at a position.
    pub(crate) fn error(&mut self, pos: Pos, message: impl Into<String>) {
        self.diags.push(Diagnostic { file: pos.file, offset: pos.span.start, message: message.into() });
    }

    pub(crate) fn pos(&self, span: ast::Span) -> Pos {
        Pos { file: self.file, span }
    }

    pub(crate) fn obj(&self, id: ObjId) -> &Object {
        self.scopes.obj(id)
    }

    pub(crate) fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        self.scopes.obj_mut(id)
    }

    /// `T` as go/types prints it relative to the current package.
    pub(crate) fn tstr(&self, t: TypeId) -> String {
        self.types.type_string_in(t, self.pkg)
    }

    pub(crate) fn func_ctx(&mut self) -> &mut FuncCtx {
        self.fctx.as_mut().expect("minigo bug: no function context")
    }

    pub(crate) fn new_local(&mut self, name: &str, ty: TypeId, pos: Pos) -> LocalId {
        let f = self.fctx.as_ref().expect("minigo bug: local outside function").func;
        let locals = &mut self.funcs[f.0 as usize].locals;
        locals.push(tir::Local { name: name.to_string(), ty, pos, captured: false, addr_taken: false, reassigned: false });
        LocalId(locals.len() as u32 - 1)
    }

    /// A fresh unnamed temporary of the current function.
    pub(crate) fn temp(&mut self, ty: TypeId, pos: Pos) -> LocalId {
        self.new_local("", ty, pos)
    }

    pub(crate) fn new_label(&mut self) -> tir::LabelId {
        let f = self.func_ctx();
        f.num_labels += 1;
        tir::LabelId(f.num_labels - 1)
    }

    pub(crate) fn push_scope(&mut self) {
        self.scope = self.scopes.new_scope(Some(self.scope));
    }

    pub(crate) fn pop_scope(&mut self) {
        self.scope = self.scopes.parent(self.scope).expect("minigo bug: popped universe");
    }

    /// Declares `obj` in the current scope, reporting redeclarations.
    pub(crate) fn declare(&mut self, scope: ScopeId, obj: Object) -> ObjId {
        let name = obj.name.clone();
        let pos = obj.pos;
        if name == "init" && !matches!(obj.kind, ObjKind::Func { .. }) && self.pkgs.iter().any(|p| p.scope == scope) {
            // "cannot declare init - must be func" (reported by collect_decls): not declared.
            return self.scopes.add_object(obj);
        }
        let repl_package = self.opts.repl && self.pkgs.iter().any(|p| p.scope == scope);
        if name != "_" && !repl_package {
            if let Some(prev) = self.scopes.lookup_local(scope, &name) {
                let prev_pos = self.obj(prev).pos;
                let (line, col) = self.line_col(prev_pos);
                let path = self.files[prev_pos.file as usize].path.clone();
                let msg = format!("{name} redeclared in this block\n\t{path}:{line}:{col}: other declaration of {name}");
                self.error(pos, msg);
                return self.scopes.add_object(obj);
            }
        }
        let id = self.scopes.add_object(obj);
        if name != "_" {
            self.scopes.insert(scope, name, id);
        }
        id
    }

    /// `path:line:col` of a position, as gc prints positions inside messages.
    pub(crate) fn pos_string(&self, pos: Pos) -> String {
        let (line, col) = self.line_col(pos);
        format!("{}:{}:{}", self.files[pos.file as usize].path, line, col)
    }

    /// `pos_string` with the file made absolute (gc names a type parameter's declaration
    /// in "cannot infer" by its absolute file name). Paths that are not files relative to
    /// the working directory (`$GOROOT/...`, the REPL's) are kept.
    pub(crate) fn abs_pos_string(&self, pos: Pos) -> String {
        let (line, col) = self.line_col(pos);
        let path = &self.files[pos.file as usize].path;
        let rel = std::path::Path::new(path.strip_prefix("./").unwrap_or(path));
        let shown = match std::env::current_dir() {
            Ok(cwd) if rel.is_relative() && !path.starts_with('$') && cwd.join(rel).is_file() => cwd.join(rel).display().to_string(),
            _ => path.clone(),
        };
        format!("{}:{}:{}", shown, line, col)
    }

    pub(crate) fn line_col(&self, pos: Pos) -> (u32, u32) {
        self.files[pos.file as usize].lines.line_col(pos.span.start)
    }

    /// Builds the typed IR of a variable reference, recording captures for closures.
    pub(crate) fn var_expr(&mut self, id: ObjId, pos: Pos) -> Expr {
        let (var, ty) = match &self.obj(id).kind {
            ObjKind::Var { var, ty } => (*var, *ty),
            _ => unreachable!("minigo bug: var_expr on non-variable"),
        };
        Expr { kind: ExprKind::Var(self.resolve_var(id, var)), ty, pos }
    }

    /// Maps a variable object to a [`Var`] of the current function (adding captures).
    pub(crate) fn resolve_var(&mut self, id: ObjId, var: scope::VarRef) -> Var {
        match var {
            scope::VarRef::Global(g) => Var::Global(g),
            scope::VarRef::Local(owner, local) => {
                let Some(f) = self.fctx.as_mut() else { return Var::Local(local) };
                if f.func == owner {
                    return Var::Local(local);
                }
                self.funcs[owner.0 as usize].locals[local.0 as usize].captured = true;
                capture(&mut self.funcs, f, id, owner, local)
            }
        }
    }

    /// Whether a variable declared now is a REPL variable (package-level, persistent).
    pub(crate) fn at_repl_top(&self) -> bool {
        self.fctx.as_ref().is_some_and(|f| f.repl_scope == Some(self.scope))
    }

    /// The scope a variable declared now goes into: the package scope for REPL variables.
    pub(crate) fn var_scope(&self) -> ScopeId {
        if self.at_repl_top() {
            self.pkgs[self.pkg.0 as usize].scope
        } else {
            self.scope
        }
    }

    /// Marks a local as reassigned (for capture-by-value decisions).
    /// Assigning to a field or an array element of a variable modifies the variable.
    pub(crate) fn mark_reassigned(&mut self, place: &tir::Place) {
        match place {
            tir::Place::Var(v) => self.mark_var(*v, |l| l.reassigned = true),
            tir::Place::Field(base, _) | tir::Place::ArrayIndex(base, _) => self.mark_reassigned(base),
            _ => {}
        }
    }

    pub(crate) fn mark_var(&mut self, v: Var, f: impl Fn(&mut tir::Local)) {
        let Some(ctx) = self.fctx.as_ref() else { return };
        match v {
            Var::Local(l) => f(&mut self.funcs[ctx.func.0 as usize].locals[l.0 as usize]),
            Var::Capture(i) => {
                // Follow the capture chain to the owning function.
                let mut ctx: &FuncCtx = ctx;
                let mut var = self.funcs[ctx.func.0 as usize].captures[i as usize];
                while let (Var::Capture(j), Some(outer)) = (var, ctx.outer.as_deref()) {
                    ctx = outer;
                    var = self.funcs[ctx.func.0 as usize].captures[j as usize];
                }
                if let (Var::Local(l), Some(outer)) = (var, ctx.outer.as_deref()) {
                    f(&mut self.funcs[outer.func.0 as usize].locals[l.0 as usize]);
                }
            }
            Var::Global(_) => {}
        }
    }
}

/// Finds or adds the capture of `(owner, local)` in closure context `f`, recursively through
/// enclosing closures.
fn capture(funcs: &mut Vec<tir::Func>, f: &mut FuncCtx, id: ObjId, owner: FuncId, local: LocalId) -> Var {
    if f.func == owner {
        return Var::Local(local);
    }
    if let Some(&i) = f.capture_index.get(&id) {
        return Var::Capture(i);
    }
    let outer_var = match f.outer.as_mut() {
        Some(outer) => capture(funcs, outer, id, owner, local),
        None => return Var::Local(local), // minigo bug guard: should not happen
    };
    let captures = &mut funcs[f.func.0 as usize].captures;
    captures.push(outer_var);
    let i = captures.len() as u32 - 1;
    f.capture_index.insert(id, i);
    Var::Capture(i)
}

impl<'a> Checker<'a> {
    /// Finishes the check: errors sorted by position, or the program.
    pub(crate) fn finish(mut self) -> CheckResult {
        // Every package is imported by now.
        self.prefetch = None;
        if self.diags.is_empty() {
            // "function main is undeclared" is the linker's: only when compiling succeeded.
            let mut late = std::mem::take(&mut self.late_diags);
            if late.iter().any(|d| !d.message.starts_with("function main is undeclared")) {
                late.retain(|d| !d.message.starts_with("function main is undeclared"));
            }
            self.diags = late;
        }
        if self.diags.is_empty() {
            // Method sets instantiate the methods of instantiated types: check those
            // instances too, until nothing new appears.
            loop {
                self.check_instance_bodies();
                self.all_method_sets();
                if self.gen.pending_bodies.is_empty() {
                    break;
                }
            }
            self.reach_program();
            if !self.gen.instance_diags.is_empty() {
                // The generic check accepted code an instance rejects: a minigo bug.
                for d in std::mem::take(&mut self.gen.instance_diags) {
                    self.diags.push(Diagnostic { message: format!("minigo bug: in an instance of generic code: {}", d.message), ..d });
                }
            }
        }
        if !self.diags.is_empty() {
            let mut diags = std::mem::take(&mut self.diags);
            // A program using unsupported features gets only those diagnostics: the others
            // are mostly consequences of skipping the unsupported parts.
            if diags.iter().any(|d| d.message.ends_with("not supported yet")) {
                diags.retain(|d| d.message.ends_with("not supported yet"));
            }
            // Syntax errors found while checking (gc's parser finds them): only those and
            // the other errors of the scanner and parser.
            if diags[self.parse_diags.min(diags.len())..].iter().any(|d| d.message.starts_with("syntax error")) {
                let n = self.parse_diags;
                diags = diags.into_iter().enumerate().filter(|(i, d)| *i < n || d.message.starts_with("syntax error")).map(|(_, d)| d).collect();
            }
            // An expression too deep to check was not walked: its variables were not
            // marked used.
            if diags.iter().any(|d| d.message == "expression nesting too deep") {
                diags.retain(|d| !d.message.starts_with("declared and not used"));
            }
            diags.sort_by_key(|d| (d.file, d.offset));
            diags.dedup();
            // gc reports one syntax error per line, and drops a repeated message on a line.
            let mut kept: Vec<Diagnostic> = Vec::new();
            for d in diags {
                let line = self.files[d.file as usize].lines.line_col(d.offset).0;
                let dup = kept.iter().rev().take_while(|k| k.file == d.file && self.files[k.file as usize].lines.line_col(k.offset).0 == line).any(|k| {
                    k.message == d.message || (k.message.starts_with("syntax error") && d.message.starts_with("syntax error"))
                });
                if !dup {
                    kept.push(d);
                }
            }
            let diags = kept;
            return Err((self.files, diags));
        }
        self.order_package_inits();
        if let Some(body) = self.funcs[0].body.as_mut() {
            body.stmts.push(tir::Stmt::Return(vec![]));
        }
        // Functions synthesized for generic code (wrappers of a type parameter's methods)
        // are generic too: never compiled.
        for f in &mut self.funcs {
            if f.kind != tir::FuncKind::Generic && (self.types.is_generic(f.sig) || f.locals.iter().any(|l| self.types.is_generic(l.ty))) {
                f.kind = tir::FuncKind::Generic;
            }
        }
        let main = self.pkg_index.get("main").and_then(|p| {
            let scope = self.pkgs[p.0 as usize].scope;
            self.scopes.lookup_local(scope, "main")
        });
        let main = main.and_then(|o| match self.obj(o).kind {
            ObjKind::Func { func } => Some(func),
            _ => None,
        });
        let packages = self.pkgs.iter().map(|p| tir::PackageInfo { path: p.path.clone(), name: p.name.clone() }).collect();
        Ok(tir::Program {
            types: self.types,
            packages,
            files: self.files,
            funcs: self.funcs,
            globals: self.globals,
            init: FuncId(0),
            main,
            method_sets: self.method_sets,
        })
    }
}

/// Checks a program: the main package's files plus everything they import.
pub fn check_program(files: Vec<(String, String)>, importer: &dyn Importer, opts: Options) -> CheckResult {
    check_package_program("main", files, importer, opts)
}

/// Checks the package with import path `path` made of `files`, and everything it imports,
/// as a program (a package named `main` must declare `func main`). The main package of a
/// program goes by path `main` (its functions are `main.f` in tracebacks).
pub fn check_package_program(path: &str, files: Vec<(String, String)>, importer: &dyn Importer, opts: Options) -> CheckResult {
    let mut c = Checker::new(importer, opts);
    c.check_main(path, files);
    if opts.leak_syntax_trees {
        for p in &mut c.pkgs {
            std::mem::forget(std::mem::take(&mut p.files));
        }
    }
    c.finish()
}


/// Source-like text of an expression (for messages in other crates).
pub fn expr_string_public(e: &ast::Expr) -> String {
    expr::expr_string(e)
}
