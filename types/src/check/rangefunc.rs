//! Range over functions (Go 1.23 iterators), lowered to a closure call in the checker.
//!
//! `for k, v := range f { body }` is checked like any loop, inside the enclosing function
//! `F`; then the body moves into a synthesized closure `F-rangeN` of the yield type
//! `func(K, V) bool`, and the loop becomes a call `f(F-rangeN)`:
//!
//! - the body's locals move to the closure (the iteration variables are its parameters, so
//!   each iteration has fresh ones); the variables of `F` it uses become captures;
//! - `continue` of the loop is `return true`, `break` is `return false`; jumps out of the
//!   body (`break`/`continue` of an outer loop, `goto` an outer label, `return`) store an
//!   exit code (and the returned values) in variables of `F`, return false, and run after
//!   the call according to the code;
//! - `defer` in the body is deferred on behalf of `F`'s frame ([`tir::Stmt::DeferAt`]);
//! - a state variable enforces the protocol with Go's runtime errors: the iterator must not
//!   call yield again after it returned false, after a body panic or after the loop ended,
//!   and must not swallow a panic of the body.
//!
//! A loop nested in the body is lowered first (when its own check ends); the outer
//! lowering then moves its closure, state variables and exits like any other body code.

use super::Checker;
use crate::constant::ConstValue;
use crate::fxhash::FxHashMap;
use crate::tir::{self, Call, Callee, CmpOp, Expr, ExprKind, LabelId, LocalId, Place, Pos, Rhs, Stmt, Var};
use crate::ty::{FuncId, TypeId};
use num_bigint::BigInt;
use std::collections::HashSet;

/// States of a range-over-func loop (the body's closure checks it on entry).
const READY: i64 = 0;
const DONE: i64 = 1;
const BUSY: i64 = 2;
const EXHAUSTED: i64 = 3;

const ERR_DONE: &str = "runtime error: range function continued iteration after function for loop body returned false";
const ERR_PANIC: &str = "runtime error: range function continued iteration after loop body panic";
const ERR_EXHAUSTED: &str = "runtime error: range function continued iteration after whole loop exit";
const ERR_MISSING_PANIC: &str = "runtime error: range function recovered a loop body panic and did not resume panicking";

/// A checked range-over-func loop, before lowering.
pub(crate) struct RangeFuncLoop {
    pub label: LabelId,
    /// The iterator (a function value).
    pub x: Expr,
    /// Type of the iterator's parameter (the yield function).
    pub yield_ty: TypeId,
    /// Types of the yield function's parameters.
    pub params: Vec<TypeId>,
    /// Where the iteration values go (`None`: not used).
    pub places: [Option<Place>; 2],
    /// With `:=`: the iteration variables.
    pub decls: Vec<LocalId>,
    pub body: Vec<Stmt>,
    /// Locals of the enclosing function from this index on belong to the body.
    pub first_local: u32,
    /// The closure's name (`main.main-range1`).
    pub name: String,
    /// The `for` keyword; the body's closing brace.
    pub pos: Pos,
    pub end: Pos,
}

/// Where control goes after the iterator returns, when the body left the loop by a jump.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Exit {
    Break(LabelId),
    Continue(LabelId),
    Goto(LabelId),
    /// `return` with the values stored in the loop's result variables.
    ReturnValues,
    /// Bare `return`.
    Return,
}

struct Lowering<'f> {
    funcs: &'f mut Vec<tir::Func>,
    outer: FuncId,
    closure: FuncId,
    first_local: u32,
    label: LabelId,
    /// Labels declared inside the body (jumps to them stay inside the closure).
    inner_labels: HashSet<LabelId>,
    /// Outer function's local → closure local.
    local_map: FxHashMap<u32, LocalId>,
    /// Captures of the closure in the outer function's terms.
    captures: Vec<Var>,
    capture_index: FxHashMap<Var, u32>,
    results: Vec<TypeId>,
    state: LocalId,
    next: Option<LocalId>,
    ret_vars: Option<Vec<LocalId>>,
    token: Option<LocalId>,
    exits: Vec<Exit>,
    pos: Pos,
}

fn int_const(v: i64, pos: Pos) -> Expr {
    Expr { kind: ExprKind::Const(ConstValue::Int(BigInt::from(v))), ty: TypeId::INT, pos }
}

fn bool_const(v: bool, pos: Pos) -> Expr {
    Expr { kind: ExprKind::Const(ConstValue::Bool(v)), ty: TypeId::BOOL, pos }
}

fn var_expr(v: Var, ty: TypeId, pos: Pos) -> Expr {
    Expr { kind: ExprKind::Var(v), ty, pos }
}

fn assign(v: Var, value: Expr) -> Stmt {
    Stmt::Assign { lhs: vec![Place::Var(v)], rhs: Rhs::Exprs(vec![value]) }
}

fn is(v: Var, value: i64, pos: Pos) -> Expr {
    let x = var_expr(v, TypeId::INT, pos);
    Expr { kind: ExprKind::Compare(CmpOp::Eq, Box::new(x), Box::new(int_const(value, pos))), ty: TypeId::BOOL, pos }
}

fn if_then(cond: Expr, then: Vec<Stmt>) -> Stmt {
    Stmt::If { cond, then: tir::Block { stmts: then }, els: None }
}

impl<'a> Checker<'a> {
    /// Lowers a checked range-over-func loop (see the module comment).
    pub(crate) fn lower_range_func(&mut self, l: RangeFuncLoop) -> Vec<Stmt> {
        let outer = self.func_ctx().func;
        let results = self.func_ctx().results.clone();
        let num_labels = self.func_ctx().num_labels;
        let closure = FuncId(self.funcs.len() as u32);
        let kind = if self.funcs[outer.0 as usize].kind == tir::FuncKind::Generic { tir::FuncKind::Generic } else { tir::FuncKind::Closure };
        let pkg = self.pkg;
        let pos = l.pos;
        let sig = self.types.underlying(l.yield_ty);
        self.funcs.push(tir::Func {
            name: l.name.clone(),
            pkg,
            pos,
            kind,
            sig,
            end: l.end,
            recv: None,
            params: vec![],
            results: vec![],
            locals: vec![],
            parent: Some(outer),
            captures: vec![],
            body: None,
            num_labels,
        });
        let state = push_local(&mut self.funcs[outer.0 as usize], "", TypeId::INT, pos);
        let mut inner_labels = HashSet::new();
        for s in &l.body {
            collect_labels(s, &mut inner_labels);
        }
        let mut lw = Lowering {
            funcs: &mut self.funcs,
            outer,
            closure,
            first_local: l.first_local,
            label: l.label,
            inner_labels,
            local_map: FxHashMap::default(),
            captures: Vec::new(),
            capture_index: FxHashMap::default(),
            results,
            state,
            next: None,
            ret_vars: None,
            token: None,
            exits: Vec::new(),
            pos,
        };
        // Parameters: the iteration variables themselves with `:=`, fresh ones otherwise.
        let mut params = Vec::new();
        let mut prologue = Vec::new();
        for (i, &pt) in l.params.iter().enumerate() {
            match &l.places[i] {
                Some(Place::Var(Var::Local(d))) if l.decls.contains(d) => params.push(lw.local(*d)),
                place => {
                    let p = push_local(&mut lw.funcs[closure.0 as usize], "", pt, pos);
                    params.push(p);
                    if let Some(place) = place {
                        if !matches!(place, Place::Blank) {
                            let mut place = place.clone();
                            lw.place(&mut place);
                            prologue.push(Stmt::Assign { lhs: vec![place], rhs: Rhs::Exprs(vec![var_expr(Var::Local(p), pt, pos)]) });
                        }
                    }
                }
            }
        }
        let result = push_local(&mut lw.funcs[closure.0 as usize], "", TypeId::BOOL, pos);
        let mut body = l.body;
        lw.stmts(&mut body);
        let st = lw.capture(Var::Local(state));
        // Entry: the loop must be ready for another iteration.
        let mut stmts = vec![if_then(
            Expr { kind: ExprKind::Compare(CmpOp::Ne, Box::new(var_expr(st, TypeId::INT, pos)), Box::new(int_const(READY, pos))), ty: TypeId::BOOL, pos },
            vec![
                if_then(is(st, DONE, pos), vec![Stmt::Throw { msg: ERR_DONE.into(), pos }]),
                if_then(is(st, BUSY, pos), vec![Stmt::Throw { msg: ERR_PANIC.into(), pos }]),
                Stmt::Throw { msg: ERR_EXHAUSTED.into(), pos },
            ],
        )];
        stmts.push(assign(st, int_const(BUSY, pos)));
        stmts.extend(prologue);
        stmts.extend(body);
        stmts.push(assign(st, int_const(READY, pos)));
        stmts.push(Stmt::Return(vec![bool_const(true, pos)]));
        let Lowering { captures, next, ret_vars, token, exits, .. } = lw;
        {
            let c = &mut self.funcs[closure.0 as usize];
            c.params = params;
            c.results = vec![result];
            c.captures = captures.clone();
            c.body = Some(tir::Block { stmts });
        }
        // The loop in the enclosing function.
        let f = &mut self.funcs[outer.0 as usize];
        let sv = Var::Local(state);
        f.locals[state.0 as usize].captured = true;
        f.locals[state.0 as usize].reassigned = true;
        let mut out = vec![Stmt::VarDecl(state)];
        for l in next.iter().chain(ret_vars.iter().flatten()).chain(token.iter()) {
            out.push(Stmt::VarDecl(*l));
        }
        if let Some(t) = token {
            out.push(Stmt::FrameToken(t));
        }
        let clo = Expr { kind: ExprKind::Closure { func: closure, captures }, ty: l.yield_ty, pos };
        let call = Call { callee: Callee::Value(Box::new(l.x)), args: vec![clo], tuple_args: false, ty: TypeId::VOID, pos };
        out.push(Stmt::Expr(Expr { kind: ExprKind::Call(Box::new(call)), ty: TypeId::VOID, pos }));
        if let Some(t) = token {
            out.push(Stmt::AdoptDefers(var_expr(Var::Local(t), TypeId::UINTPTR, pos)));
        }
        // Still busy: the iterator recovered a panic of the body and returned.
        out.push(if_then(is(sv, BUSY, l.end), vec![Stmt::Throw { msg: ERR_MISSING_PANIC.into(), pos: l.end }]));
        out.push(assign(sv, int_const(EXHAUSTED, pos)));
        if let Some(n) = next {
            for (i, e) in exits.iter().enumerate() {
                let s = match e {
                    Exit::Break(l) => Stmt::Break(*l),
                    Exit::Continue(l) => Stmt::Continue(*l),
                    Exit::Goto(l) => Stmt::Goto(*l),
                    Exit::Return => Stmt::Return(vec![]),
                    Exit::ReturnValues => {
                        let vars = ret_vars.clone().unwrap_or_default();
                        Stmt::Return(vars.iter().map(|&v| var_expr(Var::Local(v), f.locals[v.0 as usize].ty, pos)).collect())
                    }
                };
                out.push(if_then(is(Var::Local(n), i as i64 + 1, pos), vec![s]));
            }
        }
        vec![Stmt::Block(tir::Block { stmts: out })]
    }
}

fn push_local(f: &mut tir::Func, name: &str, ty: TypeId, pos: Pos) -> LocalId {
    f.locals.push(tir::Local { name: name.into(), ty, pos, captured: false, addr_taken: false, reassigned: false });
    LocalId(f.locals.len() as u32 - 1)
}

/// Labels of statements inside `s`.
fn collect_labels(s: &Stmt, out: &mut HashSet<LabelId>) {
    let block = |b: &tir::Block, out: &mut HashSet<LabelId>| b.stmts.iter().for_each(|s| collect_labels(s, out));
    match s {
        Stmt::If { then, els, .. } => {
            block(then, out);
            if let Some(e) = els {
                block(e, out);
            }
        }
        Stmt::Switch(sw) => {
            out.insert(sw.label);
            sw.clauses.iter().for_each(|c| block(&c.body, out));
        }
        Stmt::TypeSwitch(ts) => {
            out.insert(ts.label);
            ts.clauses.iter().for_each(|c| block(&c.body, out));
        }
        Stmt::Select(sel) => {
            out.insert(sel.label);
            sel.cases.iter().for_each(|c| block(&c.body, out));
            if let Some(d) = &sel.default {
                block(d, out);
            }
        }
        Stmt::Loop { label, body, post, .. } => {
            out.insert(*label);
            block(body, out);
            if let Some(p) = post {
                collect_labels(p, out);
            }
        }
        Stmt::Range(r) => {
            out.insert(r.label);
            block(&r.body, out);
        }
        Stmt::Block(b) => block(b, out),
        Stmt::Labeled { label, stmt } => {
            out.insert(*label);
            collect_labels(stmt, out);
        }
        _ => {}
    }
}

impl Lowering<'_> {
    /// The closure's local for a body local of the outer function.
    fn local(&mut self, l: LocalId) -> LocalId {
        if let Some(&m) = self.local_map.get(&l.0) {
            return m;
        }
        let src = self.funcs[self.outer.0 as usize].locals[l.0 as usize].clone();
        let c = &mut self.funcs[self.closure.0 as usize];
        c.locals.push(src);
        let m = LocalId(c.locals.len() as u32 - 1);
        self.local_map.insert(l.0, m);
        m
    }

    /// The closure's capture of `v` (a variable of the outer function, in its terms).
    fn capture(&mut self, v: Var) -> Var {
        if let Some(&i) = self.capture_index.get(&v) {
            return Var::Capture(i);
        }
        if let Var::Local(l) = v {
            self.funcs[self.outer.0 as usize].locals[l.0 as usize].captured = true;
        }
        let i = self.captures.len() as u32;
        self.captures.push(v);
        self.capture_index.insert(v, i);
        Var::Capture(i)
    }

    fn var(&mut self, v: &mut Var) {
        *v = match *v {
            Var::Local(l) if l.0 >= self.first_local => Var::Local(self.local(l)),
            Var::Global(_) => return,
            other => self.capture(other),
        };
    }

    /// A variable of the outer function the closure assigns (state, exit code, results).
    fn outer_var(&mut self, l: LocalId) -> Var {
        self.funcs[self.outer.0 as usize].locals[l.0 as usize].reassigned = true;
        self.capture(Var::Local(l))
    }

    /// Leaves the loop: records the exit, sets the exit code, and returns false.
    fn exit(&mut self, e: Exit, mut before: Vec<Stmt>) -> Stmt {
        let code = match self.exits.iter().position(|x| *x == e) {
            Some(i) => i + 1,
            None => {
                self.exits.push(e);
                self.exits.len()
            }
        };
        let pos = self.pos;
        let n = match self.next {
            Some(n) => n,
            None => {
                let n = push_local(&mut self.funcs[self.outer.0 as usize], "", TypeId::INT, pos);
                self.next = Some(n);
                n
            }
        };
        let nv = self.outer_var(n);
        before.push(assign(nv, int_const(code as i64, pos)));
        before.extend(self.stop());
        Stmt::Block(tir::Block { stmts: before })
    }

    /// `state = DONE; return false`.
    fn stop(&mut self) -> Vec<Stmt> {
        let pos = self.pos;
        let st = self.outer_var(self.state);
        vec![assign(st, int_const(DONE, pos)), Stmt::Return(vec![bool_const(false, pos)])]
    }

    fn token(&mut self) -> Var {
        let t = match self.token {
            Some(t) => t,
            None => {
                let t = push_local(&mut self.funcs[self.outer.0 as usize], "", TypeId::UINTPTR, self.pos);
                self.token = Some(t);
                t
            }
        };
        self.capture(Var::Local(t))
    }

    fn stmts(&mut self, v: &mut [Stmt]) {
        for s in v.iter_mut() {
            self.stmt(s);
        }
    }

    fn block(&mut self, b: &mut tir::Block) {
        self.stmts(&mut b.stmts);
    }

    fn stmt(&mut self, s: &mut Stmt) {
        let pos = self.pos;
        match s {
            Stmt::Expr(e) => self.expr(e),
            Stmt::VarDecl(l) => *l = self.local(*l),
            Stmt::Assign { lhs, rhs } => {
                lhs.iter_mut().for_each(|p| self.place(p));
                self.rhs(rhs);
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
            Stmt::Go(c) => self.call(c),
            Stmt::Defer(c) => {
                self.call(c);
                let token = self.token();
                let Stmt::Defer(call) = std::mem::take(s) else { unreachable!() };
                *s = Stmt::DeferAt { token: var_expr(token, TypeId::UINTPTR, pos), call };
            }
            Stmt::DeferAt { token, call } => {
                self.expr(token);
                self.call(call);
            }
            Stmt::AdoptDefers(token) => self.expr(token),
            Stmt::FrameToken(l) => {
                let inner = self.local(*l);
                let t = self.token();
                *s = assign(Var::Local(inner), var_expr(t, TypeId::UINTPTR, pos));
            }
            Stmt::Throw { .. } => {}
            Stmt::Return(vals) => {
                for v in vals.iter_mut() {
                    self.expr(v);
                }
                if vals.is_empty() {
                    *s = self.exit(Exit::Return, vec![]);
                    return;
                }
                let vars = match &self.ret_vars {
                    Some(v) => v.clone(),
                    None => {
                        let f = &mut self.funcs[self.outer.0 as usize];
                        let v: Vec<LocalId> = self.results.iter().map(|&t| push_local(f, "", t, pos)).collect();
                        self.ret_vars = Some(v.clone());
                        v
                    }
                };
                let lhs: Vec<Place> = vars.iter().map(|&v| Place::Var(self.outer_var(v))).collect();
                let vals = std::mem::take(vals);
                let rhs = if vals.len() == 1 && lhs.len() > 1 { Rhs::Tuple(vals.into_iter().next().unwrap()) } else { Rhs::Exprs(vals) };
                *s = self.exit(Exit::ReturnValues, vec![Stmt::Assign { lhs, rhs }]);
            }
            Stmt::If { cond, then, els } => {
                self.expr(cond);
                self.block(then);
                if let Some(e) = els {
                    self.block(e);
                }
            }
            Stmt::Switch(sw) => {
                if let Some((l, e)) = &mut sw.tag {
                    *l = self.local(*l);
                    self.expr(e);
                }
                for c in &mut sw.clauses {
                    c.conds.iter_mut().for_each(|e| self.expr(e));
                    self.block(&mut c.body);
                }
            }
            Stmt::TypeSwitch(ts) => {
                ts.x.0 = self.local(ts.x.0);
                self.expr(&mut ts.x.1);
                for c in &mut ts.clauses {
                    if let Some(b) = &mut c.bind {
                        *b = self.local(*b);
                    }
                    self.block(&mut c.body);
                }
            }
            Stmt::Select(sel) => {
                for c in &mut sel.cases {
                    match &mut c.comm {
                        tir::SelectComm::Send { chan, value } => {
                            self.expr(chan);
                            self.expr(value);
                        }
                        tir::SelectComm::Recv { chan, value, ok, decls } => {
                            self.expr(chan);
                            if let Some(p) = value {
                                self.place(p);
                            }
                            if let Some(p) = ok {
                                self.place(p);
                            }
                            decls.iter_mut().for_each(|d| *d = self.local(*d));
                        }
                    }
                    self.block(&mut c.body);
                }
                if let Some(d) = &mut sel.default {
                    self.block(d);
                }
            }
            Stmt::Loop { cond, body, post, per_iteration, .. } => {
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.block(body);
                if let Some(p) = post {
                    self.stmt(p);
                }
                per_iteration.iter_mut().for_each(|l| *l = self.local(*l));
            }
            Stmt::Range(r) => {
                self.expr(&mut r.x);
                if let Some(p) = &mut r.key {
                    self.place(p);
                }
                if let Some(p) = &mut r.value {
                    self.place(p);
                }
                r.decls.iter_mut().for_each(|d| *d = self.local(*d));
                self.block(&mut r.body);
            }
            Stmt::Block(b) => self.block(b),
            Stmt::Labeled { stmt, .. } => self.stmt(stmt),
            Stmt::Break(l) => {
                let l = *l;
                if self.inner_labels.contains(&l) {
                    return;
                }
                *s = if l == self.label { Stmt::Block(tir::Block { stmts: self.stop() }) } else { self.exit(Exit::Break(l), vec![]) };
            }
            Stmt::Continue(l) => {
                let l = *l;
                if self.inner_labels.contains(&l) {
                    return;
                }
                *s = if l == self.label {
                    let st = self.outer_var(self.state);
                    Stmt::Block(tir::Block { stmts: vec![assign(st, int_const(READY, pos)), Stmt::Return(vec![bool_const(true, pos)])] })
                } else {
                    self.exit(Exit::Continue(l), vec![])
                };
            }
            Stmt::Goto(l) => {
                let l = *l;
                if !self.inner_labels.contains(&l) {
                    *s = self.exit(Exit::Goto(l), vec![]);
                }
            }
        }
    }

    fn rhs(&mut self, r: &mut Rhs) {
        match r {
            Rhs::Exprs(es) => es.iter_mut().for_each(|e| self.expr(e)),
            Rhs::Tuple(e) => self.expr(e),
        }
    }

    fn call(&mut self, c: &mut Call) {
        match &mut c.callee {
            Callee::Method { recv, .. } | Callee::Iface { recv, .. } => self.expr(recv),
            Callee::Value(f) => self.expr(f),
            Callee::Func(_) | Callee::Builtin(_) => {}
        }
        c.args.iter_mut().for_each(|a| self.expr(a));
    }

    fn place(&mut self, p: &mut Place) {
        match p {
            Place::Blank => {}
            Place::Var(v) => self.var(v),
            Place::Deref(e) => self.expr(e),
            Place::Field(p, _) => self.place(p),
            Place::ArrayIndex(p, i) => {
                self.place(p);
                self.expr(i);
            }
            Place::SliceIndex(a, b) | Place::MapIndex(a, b) => {
                self.expr(a);
                self.expr(b);
            }
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        match &mut e.kind {
            ExprKind::Const(_) | ExprKind::Nil | ExprKind::Zero | ExprKind::Func(_) => {}
            ExprKind::Var(v) => self.var(v),
            ExprKind::Unary(_, x) | ExprKind::Convert(x) | ExprKind::ToInterface(x) | ExprKind::Field(x, _) | ExprKind::Deref(x) | ExprKind::HeapAlloc(x) => self.expr(x),
            ExprKind::TypeAssert { x, .. } => self.expr(x),
            ExprKind::Binary(_, a, b) | ExprKind::Compare(_, a, b) | ExprKind::AndAnd(a, b) | ExprKind::OrOr(a, b) | ExprKind::Index(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::MapIndex { map, key, .. } => {
                self.expr(map);
                self.expr(key);
            }
            ExprKind::Call(c) => self.call(c),
            ExprKind::Builtin { args, .. } => args.iter_mut().for_each(|a| self.expr(a)),
            ExprKind::AddrOf(p) => self.place(p),
            ExprKind::SliceExpr { x, lo, hi, max } => {
                self.expr(x);
                for y in [lo, hi, max].into_iter().flatten() {
                    self.expr(y);
                }
            }
            ExprKind::Composite(c) => match c {
                tir::Composite::Struct(es, _) => es.iter_mut().for_each(|e| self.expr(e)),
                tir::Composite::Array(es) => es.iter_mut().for_each(|(_, e)| self.expr(e)),
                tir::Composite::Slice { elems, .. } => elems.iter_mut().for_each(|(_, e)| self.expr(e)),
                tir::Composite::Map(kvs) => kvs.iter_mut().for_each(|(k, v)| {
                    self.expr(k);
                    self.expr(v);
                }),
            },
            ExprKind::Closure { func, captures } => {
                // A function literal in the body: its parent is now the loop's closure.
                captures.iter_mut().for_each(|v| self.var(v));
                let f = &mut self.funcs[func.0 as usize];
                f.captures = captures.clone();
                f.parent = Some(self.closure);
            }
            ExprKind::MethodValue { recv, .. } | ExprKind::IfaceMethodValue { recv, .. } => self.expr(recv),
            ExprKind::Recv { chan, .. } => self.expr(chan),
            ExprKind::Block(stmts, x) => {
                self.stmts(stmts);
                self.expr(x);
            }
        }
    }
}
