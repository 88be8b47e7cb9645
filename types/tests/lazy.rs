//! Demand-driven checking of imported packages (`check/reach.rs`, issue 15): a package
//! the importer marks lazy has only the bodies the program reaches checked; the others
//! are `FuncKind::Unreached`. Variable initialization keeps the order the full check
//! gives (it depends on what function bodies refer to), and methods reached only through
//! interface calls are kept.

use std::collections::HashMap;
use types::tir::{self, FuncKind, Place, Stmt, Var};

const LIB: &str = r#"package lib

// A depends on B through first's body: B is initialized first.
var A = first()
var B = second()

func first() int  { return B + 1 }
func second() int { return 10 }

type T struct{ n int }

func (T) M() string { return "m" }
func (T) N() string { return "n" }
func (t *T) P() int  { return t.n }

type I interface{ M() string }

func Get() I { return T{} }

func Unused() int { return helper() }
func helper() int { return 1 }

func init() { initHelper() }
func initHelper() {}

type S struct{}

func (S) M() string { return "s" }
"#;

const MAIN: &str = r#"package main

import "lib"

func main() {
	println(lib.A, lib.Get().M())
}
"#;

struct Lib {
    lazy: bool,
}

impl types::Importer for Lib {
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
        match path {
            "lib" => Some(vec![("lib.go".into(), LIB.into())]),
            "runtime" => Some(vec![("runtime.go".into(), "package runtime\n".into())]),
            _ => None,
        }
    }

    fn lazy_bodies(&self, path: &str) -> bool {
        self.lazy && path == "lib"
    }
}

fn check(lazy: bool) -> tir::Program {
    match types::check_program(vec![("main.go".into(), MAIN.into())], &Lib { lazy }, types::Options::default()) {
        Ok(p) => p,
        Err((_, diags)) => panic!("check failed: {:?}", diags),
    }
}

fn kinds(p: &tir::Program) -> HashMap<String, FuncKind> {
    p.funcs.iter().map(|f| (f.name.clone(), f.kind)).collect()
}

/// Names of the globals the program initializer assigns, in order.
fn init_order(p: &tir::Program) -> Vec<String> {
    let body = p.funcs[p.init.0 as usize].body.as_ref().expect("initializer body");
    let mut out = Vec::new();
    for s in &body.stmts {
        if let Stmt::Assign { lhs, .. } = s {
            for l in lhs {
                if let Place::Var(Var::Global(g)) = l {
                    out.push(p.globals[g.0 as usize].name.clone());
                }
            }
        }
    }
    out
}

#[test]
fn unreached_functions_are_left_out() {
    let p = check(true);
    let k = kinds(&p);
    for reached in ["main.main", "lib.first", "lib.second", "lib.Get", "lib.init.0", "lib.initHelper", "lib.T.M"] {
        assert!(k.get(reached).is_some_and(|k| *k != FuncKind::Unreached), "{} should be reached: {:?}", reached, k.get(reached));
    }
    for unreached in ["lib.Unused", "lib.helper", "lib.T.N", "lib.(*T).P", "lib.S.M"] {
        assert_eq!(k.get(unreached), Some(&FuncKind::Unreached), "{} should be unreached", unreached);
    }
    // Unreached functions have no body to compile.
    assert!(p.funcs.iter().filter(|f| f.kind == FuncKind::Unreached).all(|f| f.body.is_none()));
}

#[test]
fn full_check_reaches_everything() {
    let p = check(false);
    assert!(p.funcs.iter().all(|f| f.kind != FuncKind::Unreached));
}

#[test]
fn initialization_order_is_unchanged() {
    let eager = init_order(&check(false));
    let lazy = init_order(&check(true));
    assert_eq!(eager, lazy);
    let b = eager.iter().position(|n| n.ends_with('B')).expect("B initialized");
    let a = eager.iter().position(|n| n.ends_with('A')).expect("A initialized");
    assert!(b < a, "B must be initialized before A: {:?}", eager);
}

/// Variables whose initializers cannot be observed (literals, names, composite literals,
/// no calls) wait for a reference; once referenced from a body checked later, they are
/// initialized after their package's other variables and before its `init` functions.
const QUIET: &str = r#"package lib

var Err = newErr("x")
var Table = map[string]int{"a": 1, "b": Base}
var Base = 2
var Unused = []int{1, 2, 3}
var Counter = count()
var byName = &T{name: "t"}
var handlers = map[string]func() int{"h": handler}

type T struct{ name string }

func newErr(s string) *T { return &T{s} }
func count() int         { return 3 }
func handler() int       { return 4 }
func touch(*T)           {}

func init() { touch(byName) }

func Lookup(k string) int { return Table[k] + handlers["h"]() }
"#;

struct Quiet {
    lazy: bool,
}

impl types::Importer for Quiet {
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
        match path {
            "lib" => Some(vec![("lib.go".into(), QUIET.into())]),
            "runtime" => Some(vec![("runtime.go".into(), "package runtime\n".into())]),
            _ => None,
        }
    }

    fn lazy_bodies(&self, path: &str) -> bool {
        self.lazy && path == "lib"
    }
}

fn check_quiet(lazy: bool) -> tir::Program {
    let main = "package main\n\nimport \"lib\"\n\nfunc main() { println(lib.Lookup(\"b\")) }\n";
    match types::check_program(vec![("main.go".into(), main.into())], &Quiet { lazy }, types::Options::default()) {
        Ok(p) => p,
        Err((_, diags)) => panic!("check failed: {:?}", diags),
    }
}

/// Position of the call of `lib.init.0` among the initializer's statements.
fn init_call_index(p: &tir::Program) -> usize {
    let body = p.funcs[p.init.0 as usize].body.as_ref().expect("initializer body");
    body.stmts
        .iter()
        .position(|s| matches!(s, Stmt::Expr(e) if matches!(&e.kind, tir::ExprKind::Call(c) if matches!(c.callee, tir::Callee::Func(f) if p.funcs[f.0 as usize].name == "lib.init.0"))))
        .expect("lib's init is called")
}

#[test]
fn quiet_variables_wait_for_a_reference() {
    let eager = init_order(&check_quiet(false));
    let short: Vec<&str> = eager.iter().map(|n| n.rsplit('.').next().unwrap()).collect();
    assert_eq!(short, ["Err", "Base", "Table", "Unused", "Counter", "byName", "handlers"], "{:?}", eager);
    let p = check_quiet(true);
    let lazy = init_order(&p);
    let short: Vec<&str> = lazy.iter().map(|n| n.rsplit('.').next().unwrap()).collect();
    // Effects keep their order; the quiet variables the program refers to follow, each
    // after what it refers to; the unreferenced one is never initialized.
    assert_eq!(short, ["Err", "Counter", "Base", "Table", "handlers", "byName"], "{:?}", lazy);
    // Every variable is initialized before the package's init function runs.
    let body = p.funcs[p.init.0 as usize].body.as_ref().unwrap();
    let last_assign = body.stmts.iter().rposition(|s| matches!(s, Stmt::Assign { .. })).unwrap();
    assert!(last_assign < init_call_index(&p));
    // A function named only by a late initializer is reached.
    let k = kinds(&p);
    assert!(k.get("lib.handler").is_some_and(|k| *k != FuncKind::Unreached), "{:?}", k.get("lib.handler"));
}

/// The standard library as a prefetching source sees it (`check/prefetch.rs`).
fn prefetch_files(path: &str) -> Option<Vec<(String, String)>> {
    match path {
        "lib" => Some(vec![("lib.go".into(), LIB.into())]),
        "runtime" => Some(vec![("runtime.go".into(), "package runtime\n".into())]),
        _ => None,
    }
}

/// A source that disagrees with the importer about `lib`'s text.
fn stale_files(path: &str) -> Option<Vec<(String, String)>> {
    match path {
        "lib" => Some(vec![("lib.go".into(), format!("{}\nfunc Stale() {{}}\n", LIB))]),
        _ => prefetch_files(path),
    }
}

struct Prefetching {
    source: fn(&str) -> Option<Vec<(String, String)>>,
}

impl types::Importer for Prefetching {
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
        if path == "runtime" {
            // The checker asks for runtime first: meanwhile the thread parses lib, so
            // the checker finds lib's trees ready.
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        Lib { lazy: true }.package_files(path)
    }

    fn lazy_bodies(&self, path: &str) -> bool {
        path == "lib"
    }

    fn prefetch_source(&self) -> Option<fn(&str) -> Option<Vec<(String, String)>>> {
        Some(self.source)
    }
}

fn check_with(imp: &dyn types::Importer) -> tir::Program {
    match types::check_program(vec![("main.go".into(), MAIN.into())], imp, types::Options::default()) {
        Ok(p) => p,
        Err((_, diags)) => panic!("check failed: {:?}", diags),
    }
}

#[test]
fn prefetched_parsing_gives_the_same_program() {
    let plain = check(true);
    for _ in 0..5 {
        let pre = check_with(&Prefetching { source: prefetch_files });
        assert_eq!(kinds(&plain), kinds(&pre));
        assert_eq!(init_order(&plain), init_order(&pre));
        let paths = |p: &tir::Program| p.files.iter().map(|f| (f.path.clone(), f.src.clone())).collect::<Vec<_>>();
        assert_eq!(paths(&plain), paths(&pre));
    }
}

#[test]
fn prefetched_trees_of_other_text_are_not_used() {
    for _ in 0..5 {
        let p = check_with(&Prefetching { source: stale_files });
        assert!(!p.funcs.iter().any(|f| f.name == "lib.Stale"));
        assert!(p.files.iter().all(|f| !f.src.contains("Stale")));
    }
}

/// Declarations resolved on first reference (`waits_for_reference`), and method
/// signatures made live only once reflect's method calls are reachable.
const DECLS: &str = r#"package lib

import "reflect"

const Big = 1 << 10
const unusedConst = len("abc")

type Dur int64

func (d Dur) String() string { return "dur" }

type Clock struct{}

func (Clock) Wait(d Dur) {}

type Hidden struct{ x int }

func (Hidden) M() Dur { return 0 }

func Now() any { return Clock{} }
func unused() Dur { return 1 }

func Reflect() int { return reflect.Call() }
"#;

const REFLECT: &str = "package reflect\n\nfunc rtMethod(i int) int\n\nfunc Call() int { return rtMethod(0) }\n";

struct Decls {
    lazy: bool,
}

impl types::Importer for Decls {
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
        match path {
            "lib" => Some(vec![("lib.go".into(), DECLS.into())]),
            "reflect" => Some(vec![("reflect.go".into(), REFLECT.into())]),
            "runtime" => Some(vec![("runtime.go".into(), "package runtime\n".into())]),
            _ => None,
        }
    }

    fn lazy_bodies(&self, path: &str) -> bool {
        self.lazy && (path == "lib" || path == "reflect")
    }
}

fn check_decls(lazy: bool, main_body: &str) -> tir::Program {
    let main = format!("package main\n\nimport \"lib\"\n\nfunc main() {{ {} }}\n", main_body);
    match types::check_program(vec![("main.go".into(), main)], &Decls { lazy }, types::Options::default()) {
        Ok(p) => p,
        Err((_, diags)) => panic!("check failed: {:?}", diags),
    }
}

fn underlying_of(p: &tir::Program, name: &str) -> types::ty::TypeId {
    p.types.named.iter().find(|n| n.name == name).map(|n| n.underlying).expect("named type")
}

#[test]
fn unreferenced_declarations_stay_unresolved() {
    let p = check_decls(true, "println(lib.Now() != nil, lib.Big)");
    // A type nothing refers to is never resolved; its method is left out.
    assert_eq!(underlying_of(&p, "Hidden"), types::ty::TypeId::INVALID);
    let k = kinds(&p);
    for unreached in ["lib.Hidden.M", "lib.unused", "lib.Reflect"] {
        assert_eq!(k.get(unreached), Some(&FuncKind::Unreached), "{} should be unreached", unreached);
    }
    // The methods of a type in the program have their signatures (type descriptors
    // list them, and interface satisfaction at run time compares them).
    let wait = p.funcs.iter().find(|f| f.name == "lib.Clock.Wait").expect("Clock.Wait");
    assert_ne!(wait.sig, types::ty::TypeId::INVALID);
    assert_ne!(underlying_of(&p, "Dur"), types::ty::TypeId::INVALID);
    // The full check resolves everything.
    let full = check_decls(false, "println(lib.Now() != nil, lib.Big)");
    assert_ne!(underlying_of(&full, "Hidden"), types::ty::TypeId::INVALID);
}

#[test]
fn method_signatures_are_live_only_with_reflect_method_calls() {
    // Clock is live (converted to an interface); Wait's parameter type Dur reaches an
    // interface only through reflect's method calls.
    let p = check_decls(true, "println(lib.Now() != nil)");
    assert_eq!(kinds(&p).get("lib.Dur.String"), Some(&FuncKind::Unreached));
    let p = check_decls(true, "println(lib.Now() != nil, lib.Reflect())");
    let k = kinds(&p);
    assert!(k.get("lib.Dur.String").is_some_and(|k| *k != FuncKind::Unreached), "{:?}", k.get("lib.Dur.String"));
}
