//! REPL sessions: package `main` checked one input at a time.
//!
//! The checker stays alive between inputs. An input is either declarations (`func`,
//! `type`, `var`, `const`, `import`), checked as one more file of package `main`, or
//! statements, checked as the body of a fresh function `main.__repl_N`. Variables declared
//! at the top of a statement input are package-level (they persist); a bare expression
//! statement prints its value and type. Every table only grows: function, global and type
//! ids of earlier inputs stay valid, so values and goroutines of earlier inputs keep
//! working with the program compiled for a later one.
//!
//! A failed input leaves no trace: the checker is restored to its state before it.

use super::scope::ObjKind;
use super::{Checker, Diagnostic, Mode, Operand, Options};
use crate::tir::{self, Expr, ExprKind, Pos, Stmt};
use crate::ty::{FuncId, PkgId, Type, TypeId, TypeTable};
use parser::ast;
use std::rc::Rc;

/// Go source compiled into every session: how bare expressions print.
const PRELUDE: &str = r#"package main

import __fmt "fmt"

// __repl_t is the static type of the values __repl_show prints next.
var __repl_t string

func __repl_show(vs ...any) {
	s := __fmt.Sprintln(vs...)
	__fmt.Print(s[:len(s)-1], " (", __repl_t, ")\n")
}
"#;

/// A REPL session's checker.
#[derive(Clone)]
pub struct Session<'a> {
    c: Checker<'a>,
    main: PkgId,
    inputs: u32,
    /// Methods of each named type when its method sets were last computed.
    method_counts: Vec<usize>,
}

/// One checked input.
pub struct Step {
    /// The whole program so far (for the compiler; its types must come back through
    /// [`Session::adopt_types`]).
    pub program: tir::Program,
    /// The function to run for this input: initialization of packages and variables it
    /// declared, then its statements.
    pub run: FuncId,
}

/// A diagnostic of an input, positioned in the input's own text.
pub struct InputError {
    /// 1-based line and column in the input (0 when the position is elsewhere).
    pub line: u32,
    pub col: u32,
    pub message: String,
}

impl<'a> Session<'a> {
    /// Starts a session (loads `fmt` for printing values).
    pub fn new(importer: &'a dyn super::Importer) -> Result<Session<'a>, Vec<String>> {
        let mut c = Checker::new(importer, Options { repl: true, ..Default::default() });
        c.new_init_func_pub();
        let _ = c.import_pub("runtime");
        let parsed = c.parse_files_pub(vec![("<repl prelude>".to_string(), PRELUDE.to_string())]);
        if !c.diags.is_empty() {
            return Err(c.diags.iter().map(|d| d.message.clone()).collect());
        }
        let main = c.check_package_pub("main", parsed);
        if !c.diags.is_empty() {
            return Err(c.diags.iter().map(|d| d.message.clone()).collect());
        }
        Ok(Session { c, main, inputs: 0, method_counts: Vec::new() })
    }

    /// Adopts the type table the compiler extended (pointer types, descriptors): later
    /// inputs must keep every id it created.
    pub fn adopt_types(&mut self, types: TypeTable) {
        self.c.types = types;
    }

    /// Checks one input.
    pub fn eval(&mut self, src: &str) -> Result<Step, Vec<InputError>> {
        let backup = self.c.clone();
        match self.eval_inner(src) {
            Ok(step) => Ok(step),
            Err(e) => {
                self.c = backup;
                Err(e)
            }
        }
    }

    fn eval_inner(&mut self, src: &str) -> Result<Step, Vec<InputError>> {
        self.inputs += 1;
        let n = self.inputs;
        let run_name = format!("__repl_{}", n);
        // Declarations, or statements wrapped in a function. The wrapper goes on the input's
        // first line so that lines (and columns after the first line) are the input's.
        let decl_prefix = "package main;";
        let stmt_prefix = format!("package main;func {}(){{", run_name);
        let as_decls = format!("{}{}\n", decl_prefix, src);
        let as_stmts = format!("{}{}\n}}\n", stmt_prefix, src);
        let (dtree, derrs) = parser::parse_file(&as_decls);
        let decls_ok = derrs.is_empty() && dtree.as_ref().is_some_and(|t| !t.decls.is_empty());
        let (text, prefix) = if decls_ok {
            (as_decls, decl_prefix.len())
        } else {
            let (_, serrs) = parser::parse_file(&as_stmts);
            if !serrs.is_empty() {
                // Report the errors of the reading the input most looks like.
                let first = src.split_whitespace().next().unwrap_or("");
                let looks_decl = matches!(first, "func" | "type" | "import") && !src.trim_start().starts_with("func(");
                let (errs, prefix) = if looks_decl { (derrs, decl_prefix.len()) } else { (serrs, stmt_prefix.len()) };
                return Err(errs.into_iter().map(|e| input_error(src, prefix, e.offset, e.message)).collect());
            }
            (as_stmts, stmt_prefix.len())
        };
        let c = &mut self.c;
        let init_len = c.funcs[0].body.as_ref().map_or(0, |b| b.stmts.len());
        let parsed = c.parse_files_pub(vec![("repl".to_string(), text)]);
        let file = parsed.first().map(|p| p.0).unwrap_or(0);
        // A statements input is checked as the body of the next function the collector
        // creates.
        c.repl_input = (!decls_ok).then(|| FuncId(c.funcs.len() as u32));
        c.check_files(self.main, parsed, None);
        c.repl_input = None;
        c.check_instance_bodies();
        if !c.diags.is_empty() {
            let mut diags: Vec<Diagnostic> = std::mem::take(&mut c.diags);
            diags.sort_by_key(|d| (d.file, d.offset));
            diags.dedup();
            return Err(diags
                .into_iter()
                .map(|d| if d.file == file { input_error(src, prefix, d.offset as usize, d.message) } else { InputError { line: 0, col: 0, message: d.message } })
                .collect());
        }
        // This input's share of package initialization moves into its run function.
        let new_init: Vec<Stmt> = c.funcs[0].body.as_mut().map(|b| b.stmts.drain(init_len..).collect()).unwrap_or_default();
        let main_scope = c.pkgs[self.main.0 as usize].scope;
        c.pkgs[self.main.0 as usize].inits.clear();
        let run = if decls_ok {
            c.new_repl_func(&run_name)
        } else {
            match c.scopes.lookup_local(main_scope, &run_name).map(|o| c.obj(o).kind.clone()) {
                Some(ObjKind::Func { func }) => func,
                _ => return Err(vec![InputError { line: 0, col: 0, message: "minigo bug: REPL input function missing".into() }]),
            }
        };
        if let Some(body) = c.funcs[run.0 as usize].body.as_mut() {
            let mut stmts = new_init;
            stmts.append(&mut body.stmts);
            body.stmts = stmts;
        }
        // Method sets (and the wrapper functions they create) are computed on the session's
        // own checker, so that later inputs' functions come after the wrappers. A type that
        // gained methods in this input gets its method sets anew.
        for i in 0..c.types.named.len() {
            let n = c.types.named[i].methods.len();
            if self.method_counts.get(i).copied().unwrap_or(0) != n {
                if let Some(t) = c.types.named_info_index(i) {
                    let p = c.types.pointer(t);
                    c.method_sets.remove(&t);
                    c.method_sets.remove(&p);
                }
            }
        }
        // Method sets instantiate the methods of instantiated types: check those instances
        // (and the instances they need) until nothing new appears, as `finish` does.
        loop {
            c.check_instance_bodies();
            c.all_method_sets();
            if c.gen.pending_bodies.is_empty() {
                break;
            }
        }
        let bugs: Vec<Diagnostic> = std::mem::take(&mut c.gen.instance_diags);
        if !bugs.is_empty() {
            return Err(bugs.into_iter().map(|d| InputError { line: 0, col: 0, message: format!("minigo bug: in an instance of generic code: {}", d.message) }).collect());
        }
        self.method_counts = c.types.named.iter().map(|n| n.methods.len()).collect();
        let program = c.clone().snapshot();
        Ok(Step { program, run })
    }
}

/// Converts an offset in the wrapped text to the input's line and column.
fn input_error(src: &str, prefix: usize, offset: usize, message: String) -> InputError {
    let off = offset.saturating_sub(prefix).min(src.len());
    let before = &src[..floor_char_boundary(src, off)];
    let line = before.matches('\n').count() as u32 + 1;
    let col = (before.len() - before.rfind('\n').map_or(0, |i| i + 1)) as u32 + 1;
    InputError { line, col, message }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Whether an input can be checked as it is, or needs more lines: unclosed brackets,
/// braces or parentheses, an unterminated raw string or comment, or a trailing binary
/// operator or comma.
pub fn input_is_complete(src: &str) -> bool {
    let mut scanner = InputScanner::default();
    for line in src.split('\n') {
        scanner.push_line(line);
    }
    scanner.is_complete()
}

/// [`input_is_complete`] line by line: each line is scanned once, so an input of many
/// lines costs linear time, not quadratic (a REPL reading a long unbalanced input).
#[derive(Default)]
pub struct InputScanner {
    /// Open brackets minus closed ones.
    depth: i64,
    /// The last token other than an automatic semicolon.
    last: Option<lexer::Token>,
    /// Inside a raw string or a block comment that started on an earlier line.
    open: Option<Open>,
    /// The last line ends inside an interpreted string or rune literal (incomplete until
    /// another line makes it a "newline in string" error).
    unterminated_literal: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    RawString,
    Comment,
}

impl InputScanner {
    /// Adds the next line of the input (without its newline).
    pub fn push_line(&mut self, line: &str) {
        self.unterminated_literal = false;
        let mut rest = line;
        if let Some(open) = self.open {
            let end = match open {
                Open::RawString => rest.find('`').map(|i| i + 1),
                Open::Comment => rest.find("*/").map(|i| i + 2),
            };
            let Some(end) = end else { return };
            self.open = None;
            if open == Open::RawString {
                self.last = Some(lexer::Token::RawStr);
            }
            rest = &rest[end..];
        }
        let lexed = lexer::lex(rest);
        let cut = lexed.errors.iter().find(|e| e.message.contains("not terminated")).map(|e| e.offset);
        for t in &lexed.tokens {
            use lexer::Token as T;
            if cut.is_some_and(|o| t.0 >= o) {
                break;
            }
            match t.1 {
                T::LParen | T::LBrack | T::LBrace | T::LBrackTParams => self.depth += 1,
                T::RParen | T::RBrack | T::RBrace => self.depth -= 1,
                T::Semi(k) if k != lexer::SemiKind::Explicit => continue, // automatic semicolon
                _ => {}
            }
            self.last = Some(t.1);
        }
        if let Some(o) = cut {
            let tail = &rest[o..];
            if tail.starts_with('`') {
                self.open = Some(Open::RawString);
            } else if tail.starts_with("/*") {
                self.open = Some(Open::Comment);
            } else {
                self.unterminated_literal = true;
            }
        }
    }

    /// Whether the lines so far make an input that can be checked.
    pub fn is_complete(&self) -> bool {
        if self.open.is_some() || self.unterminated_literal || self.depth > 0 {
            return false;
        }
        use lexer::Token as T;
        !matches!(
            self.last,
            Some(
                T::Comma
                    | T::Period
                    | T::Add
                    | T::Sub
                    | T::Mul
                    | T::Quo
                    | T::Rem
                    | T::And
                    | T::Or
                    | T::Xor
                    | T::Shl
                    | T::Shr
                    | T::AndNot
                    | T::LAnd
                    | T::LOr
                    | T::Eql
                    | T::Neq
                    | T::Lss
                    | T::Leq
                    | T::Gtr
                    | T::Geq
                    | T::Assign
                    | T::Define
            )
        )
    }
}

impl<'a> Checker<'a> {
    pub(crate) fn new_init_func_pub(&mut self) -> FuncId {
        self.new_init_func()
    }

    pub(crate) fn import_pub(&mut self, path: &str) -> Option<PkgId> {
        self.import(path, Pos::default())
    }

    pub(crate) fn parse_files_pub(&mut self, files: Vec<(String, String)>) -> Vec<(u32, Rc<ast::File>)> {
        self.parse_files(files)
    }

    pub(crate) fn check_package_pub(&mut self, path: &str, files: Vec<(u32, Rc<ast::File>)>) -> PkgId {
        self.check_package(path, files, FuncId(0)).unwrap_or(PkgId(0))
    }

    /// A function `main.<name>` with an empty body (the run function of a declarations
    /// input).
    pub(crate) fn new_repl_func(&mut self, name: &str) -> FuncId {
        let id = FuncId(self.funcs.len() as u32);
        let mut f = self.funcs[0].clone();
        f.name = format!("main.{}", name);
        f.body = Some(tir::Block::default());
        f.locals = vec![];
        self.funcs.push(f);
        if let Some(b) = self.funcs[id.0 as usize].body.as_mut() {
            b.stmts.push(Stmt::Return(vec![]));
        }
        id
    }

    /// `x` at the top of a REPL input: print its value(s) and static type.
    pub(crate) fn repl_show(&mut self, e: &ast::Expr, x: &Operand) -> Vec<Stmt> {
        let main_scope = self.pkgs[self.pkg.0 as usize].scope;
        let t_global = self.scopes.lookup(main_scope, "__repl_t").and_then(|(o, _)| match self.obj(o).kind {
            ObjKind::Var { var: super::scope::VarRef::Global(g), .. } => Some(g),
            _ => None,
        });
        let Some(tg) = t_global else { return vec![Stmt::Expr(x.expr.clone())] };
        // fmt.Print*/Fprint* are called for their output: their (n, err) is not shown.
        if let ast::ExprKind::Call { fun, .. } = &e.kind {
            if let ast::ExprKind::Selector(pkg, name) = &fun.kind {
                let is_fmt = matches!(&pkg.kind, ast::ExprKind::Ident(p) if self.scopes.lookup(self.scope, p).is_some_and(|(o, _)| matches!(self.obj(o).kind, ObjKind::PkgName { pkg } if self.pkgs[pkg.0 as usize].path == "fmt")));
                if is_fmt && (name.name.starts_with("Print") || name.name.starts_with("Fprint")) {
                    return vec![Stmt::Expr(x.expr.clone())];
                }
            }
        }
        let tstr = match self.types.get(x.ty).clone() {
            Type::Tuple(ts) => format!("({})", ts.iter().map(|t| self.types.type_string_qualified(*t)).collect::<Vec<_>>().join(", ")),
            _ if x.mode == Mode::Constant || self.types.is_untyped(x.ty) => {
                let d = self.types.default_type(x.ty);
                self.types.type_string_qualified(d)
            }
            _ => self.types.type_string_qualified(x.ty),
        };
        let pos = x.expr.pos;
        let set = Stmt::Assign {
            lhs: vec![tir::Place::Var(tir::Var::Global(tg))],
            rhs: tir::Rhs::Exprs(vec![Expr { kind: ExprKind::Const(crate::constant::ConstValue::String(tstr.into_bytes())), ty: TypeId::STRING, pos }]),
        };
        let call = ast::Expr {
            kind: ast::ExprKind::Call {
                fun: Box::new(ast::Expr { kind: ast::ExprKind::Ident("__repl_show".into()), span: e.span, id: ast::NodeId(0) }),
                args: vec![e.clone()],
                ellipsis: None,
                rparen: e.span.end,
            },
            span: e.span,
            id: ast::NodeId(0),
        };
        let shown = self.raw_expr(&call, None);
        if shown.is_invalid() {
            return vec![];
        }
        vec![set, Stmt::Expr(shown.expr)]
    }

    /// The program so far, without consuming the checker's state.
    pub(crate) fn snapshot(mut self) -> tir::Program {
        self.all_method_sets();
        let packages = self.pkgs.iter().map(|p| tir::PackageInfo { path: p.path.clone(), name: p.name.clone() }).collect();
        if let Some(body) = self.funcs[0].body.as_mut() {
            body.stmts.push(Stmt::Return(vec![]));
        }
        tir::Program { types: self.types, packages, files: self.files, funcs: self.funcs, globals: self.globals, init: FuncId(0), main: None, method_sets: self.method_sets }
    }
}

#[cfg(test)]
mod input_scanner_tests {
    use super::input_is_complete;

    #[test]
    fn completeness_line_by_line() {
        for (src, complete) in [
            ("x := 1", true),
            ("func f() {", false),
            ("func f() {\n}", true),
            ("s := `a\nb", false),
            ("s := `a\nb` + (", false),
            ("s := `a\nb` + (\n1)", true),
            ("/* open\n{ still a comment", false),
            ("/* open\n{ a comment */ x := 1", true),
            ("x := \"abc", false),
            ("x := \"abc\ny := 2", true),
            ("x := 1 +", false),
            ("x := 1 +\n2", true),
            ("f(a,\nb,", false),
            ("m := map[string]int{\n\"a\": 1,\n}", true),
            ("x := '{'", true),
        ] {
            assert_eq!(input_is_complete(src), complete, "{src:?}");
        }
    }
}
