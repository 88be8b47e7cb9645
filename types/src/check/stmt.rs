//! Statements and function bodies.

use super::assign::is_blank;
use super::expr::expr_string;
use super::scope::{ObjKind, Object, VarRef};
use super::{Checker, LabelInfo, Mode, Target, TargetKind};
use crate::constant::ConstValue;
use crate::tir::{self, Callee, Expr, ExprKind, LabelId, Place, Pos, RangeKind, Rhs, Stmt};
use crate::ty::{Type, TypeId};
use parser::ast::{self, BranchKind};

impl<'a> Checker<'a> {
    pub(crate) fn stmt_list(&mut self, stmts: &[ast::Stmt]) -> Vec<Stmt> {
        // gc's parser wants a statement after a label unless a `}` follows.
        if let Some(ast::Stmt::Labeled { label, stmt, .. }) = stmts.last() {
            if matches!(**stmt, ast::Stmt::Empty(_)) {
                let src = &self.files[self.file as usize].src;
                let after = src.get(label.span.end as usize..).unwrap_or("");
                let colon = after.find(':').map(|i| label.span.end as usize + i);
                if let Some(colon) = colon {
                    let mut rest = &src[colon + 1..];
                    loop {
                        rest = rest.trim_start();
                        if let Some(r) = rest.strip_prefix("//") {
                            rest = r.split_once('\n').map_or("", |x| x.1);
                        } else {
                            break;
                        }
                    }
                    // `L: }` and `L: ;` (an explicit empty statement) are fine.
                    if !rest.starts_with('}') && !rest.starts_with(';') {
                        let pos = Pos { file: self.file, span: lexer::Span { start: colon as u32, end: colon as u32 + 1 } };
                        self.error(pos, "syntax error: missing statement after label");
                    }
                }
            }
        }
        let mut out = Vec::new();
        for (i, s) in stmts.iter().enumerate() {
            if let ast::Stmt::Branch { kind: BranchKind::Fallthrough, span, .. } = s {
                // Valid only as the last statement of a switch clause (handled there).
                let pos = self.pos(*span);
                if i + 1 == stmts.len() && self.fallthrough_ok {
                    continue;
                }
                self.error(pos, self.fallthrough_why.unwrap_or("fallthrough statement out of place"));
                continue;
            }
            out.extend(self.stmt(s));
        }
        out
    }

    pub(crate) fn stmt(&mut self, s: &ast::Stmt) -> Vec<Stmt> {
        let saved_ft = (self.fallthrough_ok, self.fallthrough_why);
        self.fallthrough_ok = false;
        self.fallthrough_why = None;
        let r = self.stmt_inner(s, None);
        (self.fallthrough_ok, self.fallthrough_why) = saved_ft;
        r
    }

    fn stmt_inner(&mut self, s: &ast::Stmt, label: Option<(String, LabelId)>) -> Vec<Stmt> {
        match s {
            ast::Stmt::Empty(_) => vec![],
            ast::Stmt::Expr(e) => self.expr_stmt(e),
            ast::Stmt::Send { chan, value, span } => {
                let pos = self.pos(*span);
                let c = self.expr(chan);
                let mut v = self.expr(value);
                if c.is_invalid() || v.is_invalid() {
                    return vec![];
                }
                match self.types.under(self.core(c.ty)).clone() {
                    Type::Chan(dir, elem) => {
                        if dir == ast::ChanDir::Recv {
                            let msg = format!("invalid operation: cannot send to receive-only channel {}", self.describe(&c, chan));
                            self.error(pos, msg);
                            return vec![];
                        }
                        if !self.assign_expr(&mut v, value, elem, "send") {
                            return vec![];
                        }
                        vec![Stmt::Send { chan: c.expr, value: v.expr }]
                    }
                    _ => {
                        let msg = format!("invalid operation: cannot send to non-channel {}", self.describe(&c, chan));
                        self.error(pos, msg);
                        vec![]
                    }
                }
            }
            ast::Stmt::IncDec { x, inc, span } => {
                let pos = self.pos(*span);
                let xo = self.expr(x);
                if xo.is_invalid() {
                    return vec![];
                }
                if !self.types.is_numeric(xo.ty) {
                    let op = if *inc { "++" } else { "--" };
                    let msg = format!("invalid operation: {}{} (non-numeric type {})", expr_string(x), op, self.tstr(xo.ty));
                    self.error(pos, msg);
                    return vec![];
                }
                match self.place_of(&xo, x) {
                    Some(place) => vec![Stmt::IncDec { place, inc: *inc }],
                    None => vec![],
                }
            }
            ast::Stmt::Assign { lhs, op: None, rhs, span, .. } => {
                let pos = self.pos(*span);
                self.assign_stmt(lhs, rhs, pos)
            }
            ast::Stmt::Assign { lhs, op: Some(op), rhs, span, op_span } => {
                let pos = self.pos(*op_span);
                let _ = span;
                if lhs.len() != 1 || rhs.len() != 1 {
                    self.error(pos, format!("assignment operation {}= requires single-valued expressions", op.as_str()));
                    return vec![];
                }
                self.op_assign(&lhs[0], *op, &rhs[0], pos)
            }
            ast::Stmt::Define { lhs, rhs, span, op_span } => {
                let pos = self.pos(*span);
                let op_pos = self.pos(*op_span);
                self.short_var_decl(lhs, rhs, pos, op_pos)
            }
            ast::Stmt::Decl(d) => self.decl_stmt(d),
            ast::Stmt::Labeled { label: l, stmt, span } => {
                let _ = span;
                let lpos = self.pos(l.span);
                if let Some((_, prev)) = self.func_ctx().label_decls.iter().find(|(n, _)| *n == l.name).cloned() {
                    let msg = format!("label {} already defined at {}", l.name, self.pos_string(prev));
                    self.error(lpos, msg);
                } else {
                    self.func_ctx().label_decls.push((l.name.clone(), lpos));
                }
                let id = self.labels_get(&l.name);
                let inner = self.stmt_inner(stmt, Some((l.name.clone(), id)));
                if inner.iter().any(|s| matches!(s, Stmt::VarDecl(_))) {
                    // `L: x := e` declares x in the enclosing block: the label marks the
                    // place and the declaration follows it at the same level (a block
                    // around it would end x's life at the label's statement).
                    let mut out = vec![Stmt::Labeled { label: id, stmt: Box::new(Stmt::Block(tir::Block { stmts: vec![] })) }];
                    out.extend(inner);
                    return out;
                }
                vec![Stmt::Labeled { label: id, stmt: Box::new(Stmt::Block(tir::Block { stmts: inner })) }]
            }
            ast::Stmt::Go(e, span) => self.go_defer(e, *span, true),
            ast::Stmt::Defer(e, span) => self.go_defer(e, *span, false),
            ast::Stmt::Return(vals, span) => self.return_stmt(vals, self.pos(*span)),
            ast::Stmt::Branch { kind, label: l, span } => self.branch(*kind, l.as_ref(), self.pos(*span)),
            ast::Stmt::Block(b) => {
                self.push_scope();
                let stmts = self.stmt_list(&b.stmts);
                self.pop_scope();
                vec![Stmt::Block(tir::Block { stmts })]
            }
            ast::Stmt::If { init, cond, then, els, .. } => {
                self.push_scope();
                let mut out = Vec::new();
                if let Some(i) = init {
                    out.extend(self.stmt(i));
                }
                let c = self.condition(cond, "if statement");
                self.push_scope();
                let then_stmts = self.stmt_list(&then.stmts);
                self.pop_scope();
                let els = els.as_ref().map(|e| tir::Block { stmts: self.stmt(e) });
                self.pop_scope();
                if let Some(c) = c {
                    out.push(Stmt::If { cond: c, then: tir::Block { stmts: then_stmts }, els });
                }
                vec![Stmt::Block(tir::Block { stmts: out })]
            }
            ast::Stmt::Switch { init, tag, body, .. } => self.switch_stmt(init.as_deref(), tag.as_deref(), body, label),
            ast::Stmt::TypeSwitch { init, bind, x, body, .. } => self.type_switch_stmt(init.as_deref(), bind.as_deref(), x, body, label),
            ast::Stmt::Select { body, span } => {
                let pos = self.pos(*span);
                self.select_stmt(body, label, pos)
            }
            ast::Stmt::For { init, cond, post, body, .. } => self.for_stmt(init.as_deref(), cond.as_deref(), post.as_deref(), body, label),
            ast::Stmt::Range { key, value, define, x, body, span } => self.range_stmt(key.as_deref(), value.as_deref(), *define, x, body, self.pos(*span), label),
        }
    }

    fn labels_get(&mut self, name: &str) -> LabelId {
        if let Some(l) = self.func_ctx().labels.get(name) {
            return l.id;
        }
        let id = self.new_label();
        self.func_ctx().labels.insert(name.to_string(), LabelInfo { id, pos: Pos::default(), used: false });
        id
    }

    fn expr_stmt(&mut self, e: &ast::Expr) -> Vec<Stmt> {
        let x = self.raw_expr(e, None);
        if x.is_invalid() {
            return vec![];
        }
        if self.at_repl_top() && x.mode != Mode::NoValue && x.mode != Mode::TypeExpr {
            return self.repl_show(e, &x);
        }
        let mut inner = e;
        while let ast::ExprKind::Paren(p) = &inner.kind {
            inner = p;
        }
        let is_call = matches!(inner.kind, ast::ExprKind::Call { .. });
        let is_recv = matches!(inner.kind, ast::ExprKind::Unary(ast::UnaryOp::Recv, _));
        // A built-in over a multi-value call is a block setting temporaries, then the
        // built-in (see `builtin_call_arg`).
        let mut xe = &x.expr;
        while let ExprKind::Block(_, v) = &xe.kind {
            xe = v;
        }
        let ok = match &xe.kind {
            ExprKind::Call(_) => true,
            ExprKind::Recv { .. } => is_recv,
            ExprKind::Builtin { builtin, .. } => {
                use tir::Builtin::*;
                matches!(builtin, Copy | Delete | Panic | Print | Println | Recover | Close | Clear)
            }
            _ => false,
        };
        if !ok || x.mode == Mode::TypeExpr {
            let pos = x.expr.pos;
            let msg = if x.mode == Mode::TypeExpr {
                format!("{} (type) is not an expression", expr_string(e))
            } else {
                format!("{} is not used", self.describe(&x, e))
            };
            let _ = is_call;
            self.error(pos, msg);
            return vec![];
        }
        vec![Stmt::Expr(x.expr)]
    }

    fn decl_stmt(&mut self, d: &ast::Decl) -> Vec<Stmt> {
        match d {
            ast::Decl::Var(specs, _) => {
                let mut out = Vec::new();
                for s in specs {
                    out.extend(self.local_var_spec(s));
                }
                out
            }
            ast::Decl::Const(specs, _) => {
                for (i, s) in specs.iter().enumerate() {
                    let src = specs[..=i].iter().rev().find(|p| !p.values.is_empty()).unwrap_or(s);
                    let mut objs = Vec::new();
                    for (ni, n) in s.names.iter().enumerate() {
                        let (ty, val) = self.const_spec_value(s, src, ni, s.iota);
                        let obj = Object { name: n.name.clone(), kind: ObjKind::Const { ty, val }, pos: self.pos(n.span), pkg: self.pkg, used: false };
                        objs.push(obj);
                    }
                    // Constants are in scope after their spec.
                    for obj in objs {
                        let scope = self.scope;
                        self.declare(scope, obj);
                    }
                }
                vec![]
            }
            ast::Decl::Type(specs, _) => {
                for s in specs {
                    if !s.tparams.is_empty() {
                        self.error(self.pos(s.name.span), "generic type cannot be declared inside a function");
                        let obj = Object { name: s.name.name.clone(), kind: ObjKind::TypeName { ty: TypeId::INVALID }, pos: self.pos(s.name.span), pkg: self.pkg, used: true };
                        let scope = self.scope;
                        self.declare(scope, obj);
                        continue;
                    }
                    if s.alias {
                        let t = self.type_expr(&s.ty);
                        let obj = Object { name: s.name.name.clone(), kind: ObjKind::TypeName { ty: t }, pos: self.pos(s.name.span), pkg: self.pkg, used: true };
                        let scope = self.scope;
                        self.declare(scope, obj);
                        continue;
                    }
                    let t = self.types.new_named(&s.name.name, self.pkg, true);
                    if self.gen.generic_depth > 0 {
                        // Declared in generic code: may mention type parameters.
                        self.types.set_generic(t);
                        self.types.named_info_mut(t).unwrap().in_generic = true;
                    }
                    let obj = Object { name: s.name.name.clone(), kind: ObjKind::TypeName { ty: t }, pos: self.pos(s.name.span), pkg: self.pkg, used: true };
                    let scope = self.scope;
                    self.declare(scope, obj);
                    let u = self.type_expr_for_decl(&s.ty, t);
                    let u = self.types.underlying(u);
                    if let Some(info) = self.types.named_info_mut(t) {
                        info.underlying = u;
                    }
                }
                vec![]
            }
            ast::Decl::Import(_, span) => {
                self.error(self.pos(*span), "syntax error: unexpected import");
                vec![]
            }
            ast::Decl::Func(f) => {
                self.error(self.pos(f.span), "syntax error: unexpected func");
                vec![]
            }
        }
    }

    fn go_defer(&mut self, e: &ast::Expr, span: lexer::Span, is_go: bool) -> Vec<Stmt> {
        let what = if is_go { "go" } else { "defer" };
        let pos = self.pos(span);
        let mut inner = e;
        while let ast::ExprKind::Paren(p) = &inner.kind {
            inner = p;
        }
        if !std::ptr::eq(inner, e) {
            self.error(self.pos(e.span), format!("expression in {} must not be parenthesized", what));
        }
        let ast::ExprKind::Call { fun, args, .. } = &inner.kind else {
            self.raw_expr(e, None);
            self.error(self.pos(inner.span), format!("expression in {} must be function call", what));
            return vec![];
        };
        let x = self.raw_expr(inner, None);
        if x.is_invalid() {
            return vec![];
        }
        let xdesc = self.describe(&x, inner);
        // `defer copy(f())`: the temporaries holding f's results are set at the statement.
        let (mut out, kind) = match x.expr.kind {
            ExprKind::Block(stmts, e) => (stmts, e.kind),
            k => (vec![], k),
        };
        let call = match kind {
            ExprKind::Call(c) => *c,
            ExprKind::Builtin { builtin, args: bargs, spread } => {
                use tir::Builtin::*;
                if !matches!(builtin, Copy | Delete | Panic | Print | Println | Recover | Close | Clear) {
                    let msg = format!("{} discards result of {}", what, xdesc);
                    self.error(self.pos(inner.span), msg);
                    return vec![];
                }
                let _ = spread;
                tir::Call { callee: Callee::Builtin(builtin), args: bargs, tuple_args: false, ty: x.ty, pos }
            }
            _ => {
                let _ = (fun, args);
                let builtin = match &fun.kind {
                    ast::ExprKind::Ident(n) => self.scopes.lookup(self.scope, n).is_some_and(|(o, _)| matches!(self.obj(o).kind, ObjKind::Builtin(_))),
                    // unsafe.Sizeof and the like (constants or rewritten arithmetic).
                    ast::ExprKind::Selector(p, _) => matches!(&p.kind, ast::ExprKind::Ident(n) if self.scopes.lookup(self.scope, n).is_some_and(|(o, _)| matches!(self.obj(o).kind, ObjKind::PkgName { pkg } if self.pkgs[pkg.0 as usize].path == "unsafe"))),
                    _ => false,
                };
                let msg = if builtin {
                    format!("{} discards result of {}", what, xdesc)
                } else if matches!(kind, ExprKind::Convert(_) | ExprKind::ToInterface(_) | ExprKind::Const(_)) {
                    format!("{} requires function call, not conversion {}", what, xdesc)
                } else {
                    format!("expression in {} must be function call", what)
                };
                self.error(self.pos(inner.span), msg);
                return vec![];
            }
        };
        out.push(if is_go { Stmt::Go(call) } else { Stmt::Defer(call) });
        out
    }

    fn return_stmt(&mut self, vals: &[ast::Expr], pos: Pos) -> Vec<Stmt> {
        let results = self.func_ctx().results.clone();
        let named = self.func_ctx().named_results;
        if vals.is_empty() {
            if !results.is_empty() && !named {
                self.error(pos, format!("not enough return values\n\thave ()\n\twant {}", self.types_list(&results)));
                return vec![];
            }
            if named {
                // Result variables must not be shadowed at the return.
                let func = self.func_ctx().func;
                let locals = self.funcs[func.0 as usize].results.clone();
                for l in locals {
                    let name = self.funcs[func.0 as usize].locals[l.0 as usize].name.clone();
                    if name.is_empty() || name == "_" {
                        continue;
                    }
                    if let Some((o, _)) = self.scopes.lookup(self.scope, &name) {
                        if let ObjKind::Var { var: VarRef::Local(f, lid), ty } = self.obj(o).kind {
                            if f != func || lid != l {
                                let (ln, c) = self.line_col(self.obj(o).pos);
                                let path = self.files[self.obj(o).pos.file as usize].path.clone();
                                // go/types prints the object: `var a int`.
                                let msg = format!("result parameter {} not in scope at return\n\t{}:{}:{}: inner declaration of var {} {}", name, path, ln, c, name, self.tstr(ty));
                                self.error(pos, msg);
                            }
                        }
                    }
                }
            }
            return vec![Stmt::Return(vec![])];
        }
        if named {
            // `return v` assigns the result variables (a deferred closure may read them).
            let func = self.func_ctx().func;
            for l in self.funcs[func.0 as usize].results.clone() {
                self.funcs[func.0 as usize].locals[l.0 as usize].reassigned = true;
            }
        }
        if results.is_empty() {
            for v in vals {
                self.raw_expr(v, None);
            }
            let have = self.have_list(vals);
            let p = self.pos(vals[0].span);
            self.error(p, format!("too many return values\n\thave ({})\n\twant ()", have));
            return vec![];
        }
        let ltypes: Vec<Option<TypeId>> = results.iter().map(|t| Some(*t)).collect();
        if vals.len() == 1 && (results.len() > 1 || matches!(vals[0].kind, ast::ExprKind::Call { .. })) {
            let x = self.raw_expr(&vals[0], None);
            if x.is_invalid() {
                return vec![];
            }
            if x.mode == Mode::NoValue || results.len() == 1 && !matches!(self.types.get(x.ty), Type::Tuple(e) if e.len() != 1) {
                // A single value: the ordinary assignment rules, on the operand already
                // checked (a synthesized expression standing for it).
                let base = self.injected.len();
                self.injected.push(x);
                let synth = [ast::Expr { kind: vals[0].kind.clone(), span: vals[0].span, id: ast::NodeId(super::INJECTED_ID + base as u32) }];
                let r = self.assign_rhs(&ltypes, &synth, &synth, pos, "return statement");
                self.injected.truncate(base);
                return match r {
                    Some(Rhs::Exprs(exprs)) => vec![Stmt::Return(exprs)],
                    Some(Rhs::Tuple(e)) => vec![Stmt::Return(vec![e])],
                    None => vec![],
                };
            }
            if let Type::Tuple(elems) = self.types.get(x.ty).clone() {
                if elems.len() != results.len() && x.mode != Mode::NoValue {
                    // The call's values are the returned values.
                    let which = if elems.len() < results.len() { "not enough" } else { "too many" };
                    let have: Vec<String> = elems.iter().map(|t| self.tstr(*t)).collect();
                    let msg = format!("{} return values\n\thave ({})\n\twant {}", which, have.join(", "), self.types_list(&results));
                    self.error(self.pos(vals[0].span), msg);
                    return vec![];
                }
                if elems.len() == results.len() {
                    for (i, &et) in elems.iter().enumerate() {
                        if !self.assignable_type(et, results[i]) {
                            let msg = format!("cannot use {} (value of type {}) as {} value in return statement", expr_string(&vals[0]), self.tstr(et), self.tstr(results[i]));
                            self.error(self.pos(vals[0].span), msg);
                            return vec![];
                        }
                    }
                    return vec![Stmt::Return(vec![x.expr])];
                }
            }
            let have = self.have_list(vals);
            self.error(self.pos(vals[0].span), format!("not enough return values\n\thave ({})\n\twant {}", have, self.types_list(&results)));
            return vec![];
        }
        if vals.len() != results.len() {
            for v in vals {
                self.raw_expr(v, None);
            }
            let have = self.have_list(vals);
            let which = if vals.len() < results.len() { "not enough" } else { "too many" };
            // At the last value when there are too few, at the first extra one otherwise.
            let p = if vals.len() < results.len() { self.pos(vals[vals.len() - 1].span) } else { self.pos(vals[results.len()].span) };
            self.error(p, format!("{} return values\n\thave ({})\n\twant {}", which, have, self.types_list(&results)));
            return vec![];
        }
        let lhs: Vec<ast::Expr> = vec![];
        let _ = lhs;
        match self.assign_rhs(&ltypes, vals, vals, pos, "return statement") {
            Some(Rhs::Exprs(exprs)) => vec![Stmt::Return(exprs)],
            Some(Rhs::Tuple(e)) => vec![Stmt::Return(vec![e])],
            None => vec![],
        }
    }

    fn types_list(&self, ts: &[TypeId]) -> String {
        let v: Vec<String> = ts.iter().map(|t| self.tstr(*t)).collect();
        format!("({})", v.join(", "))
    }

    /// "have" list of return values: untyped constants as `number`.
    fn have_list(&mut self, vals: &[ast::Expr]) -> String {
        let mut out = Vec::new();
        for v in vals {
            let saved = self.diags.len();
            let x = self.raw_expr(v, None);
            self.diags.truncate(saved);
            out.push(if x.mode == Mode::Constant && self.types.is_untyped(x.ty) {
                match x.ty {
                    TypeId::UNTYPED_STRING => "string".to_string(),
                    TypeId::UNTYPED_BOOL => "bool".to_string(),
                    _ => "number".to_string(),
                }
            } else if x.ty == TypeId::UNTYPED_NIL {
                "nil".to_string()
            } else {
                self.tstr(x.ty)
            });
        }
        out.join(", ")
    }

    fn branch(&mut self, kind: BranchKind, label: Option<&ast::Ident>, pos: Pos) -> Vec<Stmt> {
        match kind {
            BranchKind::Goto => {
                let l = label.unwrap();
                let id = self.labels_get(&l.name);
                if let Some(info) = self.func_ctx().labels.get_mut(&l.name) {
                    info.used = true;
                }
                let gpos = self.pos(l.span);
                self.func_ctx().gotos.push((l.name.clone(), gpos));
                vec![Stmt::Goto(id)]
            }
            BranchKind::Fallthrough => {
                self.error(pos, "fallthrough statement out of place");
                vec![]
            }
            BranchKind::Break | BranchKind::Continue => {
                let is_break = kind == BranchKind::Break;
                let targets: Vec<(TargetKind, LabelId, Option<String>)> = self.func_ctx().targets.iter().map(|t| (t.kind, t.label, t.name.clone())).collect();
                if let Some(l) = label {
                    if let Some(info) = self.func_ctx().labels.get_mut(&l.name) {
                        info.used = true;
                    }
                    let found = targets.iter().rev().find(|t| t.2.as_deref() == Some(&l.name));
                    match found {
                        Some(t) if is_break => vec![Stmt::Break(t.1)],
                        Some(t) if t.0 == TargetKind::Loop => vec![Stmt::Continue(t.1)],
                        _ => {
                            let what = if is_break { "break" } else { "continue" };
                            let p = self.pos(l.span);
                            self.func_ctx().bad_branches.push((what, l.name.clone(), p));
                            vec![]
                        }
                    }
                } else if is_break {
                    match targets.last() {
                        Some(t) => vec![Stmt::Break(t.1)],
                        None => {
                            self.error(pos, "break is not in a loop, switch, or select");
                            vec![]
                        }
                    }
                } else {
                    match targets.iter().rev().find(|t| t.0 == TargetKind::Loop) {
                        Some(t) => vec![Stmt::Continue(t.1)],
                        None => {
                            self.error(pos, "continue is not in a loop");
                            vec![]
                        }
                    }
                }
            }
        }
    }

    /// A boolean condition.
    fn condition(&mut self, cond: &ast::Expr, what: &str) -> Option<Expr> {
        let mut c = self.expr(cond);
        if c.is_invalid() {
            return None;
        }
        if !self.types.is_boolean(c.ty) {
            let msg = format!("non-boolean condition in {}", what);
            self.error(self.pos(cond.span), msg);
            return None;
        }
        self.default_untyped(&mut c);
        Some(c.expr)
    }

    fn push_target(&mut self, kind: TargetKind, label: &Option<(String, LabelId)>) -> LabelId {
        let id = match label {
            Some((_, id)) => *id,
            None => self.new_label(),
        };
        let name = label.as_ref().map(|l| l.0.clone());
        self.func_ctx().targets.push(Target { kind, label: id, name });
        id
    }

    fn pop_target(&mut self) {
        self.func_ctx().targets.pop();
    }

    fn switch_stmt(&mut self, init: Option<&ast::Stmt>, tag: Option<&ast::Expr>, body: &[ast::CaseClause], label: Option<(String, LabelId)>) -> Vec<Stmt> {
        self.push_scope();
        let mut out = Vec::new();
        if let Some(i) = init {
            out.extend(self.stmt(i));
        }
        let tag_op = tag.map(|t| {
            let mut x = self.expr(t);
            self.default_untyped(&mut x);
            if !x.is_invalid() && !self.types.comparable(x.ty) && !self.types.has_nil(x.ty) {
                let msg = format!("cannot switch on {} ({} is not comparable)", self.describe(&x, t), self.tstr(x.ty));
                self.error(self.pos(t.span), msg);
                x.mode = Mode::Invalid;
            }
            x
        });
        let label_id = self.push_target(TargetKind::Switch, &label);
        let tag_local = match &tag_op {
            Some(x) if !x.is_invalid() => Some((self.temp(x.ty, x.expr.pos), x.clone())),
            _ => None,
        };
        let mut clauses = Vec::new();
        let mut seen: Vec<(ConstValue, TypeId, Pos)> = Vec::new();
        let mut first_default = None;
        for (ci, cc) in body.iter().enumerate() {
            if cc.is_default {
                match first_default {
                    Some(p) => {
                        let msg = format!("multiple defaults (first at {})", self.pos_string(p));
                        self.error(self.pos(cc.span), msg);
                    }
                    None => first_default = Some(self.pos(cc.span)),
                }
            }
            let mut conds = Vec::new();
            for e in &cc.exprs {
                let c = match &tag_local {
                    Some((l, tx)) => {
                        let tv = tir::Var::Local(*l);
                        let lhs = super::Operand { mode: Mode::Variable, ty: tx.ty, val: None, expr: Expr { kind: ExprKind::Var(tv), ty: tx.ty, pos: tx.expr.pos }, obj: None, targs: None };
                        let y = self.expr(e);
                        if let (Some(v), false) = (&y.val, y.is_invalid()) {
                            // An untyped case value takes the tag's type (its default type
                            // against an interface tag); values compare numerically.
                            let yt = if !self.types.is_untyped(y.ty) {
                                y.ty
                            } else if self.types.is_interface(tx.ty) {
                                self.types.default_type(y.ty)
                            } else {
                                tx.ty
                            };
                            if let Some(prev) = seen.iter().find(|(pv, pt, _)| *pt == yt && super::ops::compare_consts(ast::BinaryOp::Eql, pv, v)) {
                                let (l, c) = self.line_col(prev.2);
                                let path = self.files[prev.2.file as usize].path.clone();
                                let mut typed = y.clone();
                                typed.ty = yt;
                                let msg = format!("duplicate case {} in expression switch\n\t{}:{}:{}: previous case", self.describe(&typed, e), path, l, c);
                                self.error(self.pos(e.span), msg);
                            } else {
                                let p = self.syntax_pos(e);
                                seen.push((v.clone(), yt, p));
                            }
                        }
                        let fake = ast::Expr { kind: ast::ExprKind::Binary(ast::BinaryOp::Eql, Box::new(tag.unwrap().clone()), Box::new(e.clone())), span: e.span, id: e.id };
                        let r = self.comparison_for_switch(lhs, y, tag.unwrap(), e, &fake);
                        r
                    }
                    None => {
                        if tag.is_some() {
                            self.expr(e);
                            None
                        } else {
                            self.condition_case(e)
                        }
                    }
                };
                if let Some(c) = c {
                    conds.push(c);
                }
            }
            self.push_scope();
            let ends_with_ft = matches!(cc.body.last(), Some(ast::Stmt::Branch { kind: BranchKind::Fallthrough, .. }));
            let saved = (self.fallthrough_ok, self.fallthrough_why);
            self.fallthrough_ok = ci + 1 < body.len();
            self.fallthrough_why = if ci + 1 == body.len() { Some("cannot fallthrough final case in switch") } else { None };
            let stmts = self.stmt_list(&cc.body);
            (self.fallthrough_ok, self.fallthrough_why) = saved;
            self.pop_scope();
            clauses.push(tir::SwitchClause { conds, is_default: cc.is_default, body: tir::Block { stmts }, fallthrough: ends_with_ft && ci + 1 < body.len(), pos: self.pos(cc.span) });
        }
        self.pop_target();
        self.pop_scope();
        let tag_pair = tag_local.map(|(l, x)| (l, x.expr));
        if tag.is_some() && tag_pair.is_none() {
            return vec![Stmt::Block(tir::Block { stmts: out })];
        }
        out.push(Stmt::Switch(tir::Switch { label: label_id, tag: tag_pair, clauses }));
        vec![Stmt::Block(tir::Block { stmts: out })]
    }

    fn condition_case(&mut self, e: &ast::Expr) -> Option<Expr> {
        let mut c = self.expr(e);
        if c.is_invalid() {
            return None;
        }
        if self.types.is_interface(c.ty) && self.missing_method(TypeId::BOOL, c.ty).is_none() {
            // A missing tag is `true`: compare the interface value with it.
            let pos = c.expr.pos;
            let t = Expr { kind: ExprKind::Const(ConstValue::Bool(true)), ty: TypeId::BOOL, pos };
            let t = self.to_interface(t, c.ty);
            return Some(Expr { kind: ExprKind::Compare(tir::CmpOp::Eq, Box::new(c.expr), Box::new(t)), ty: TypeId::BOOL, pos });
        }
        if !self.types.is_boolean(c.ty) {
            // The missing tag is a typed `true`: an untyped case value is converted to bool.
            let msg = if self.types.is_untyped(c.ty) {
                format!("cannot convert {} to type bool", self.describe(&c, e))
            } else {
                format!("invalid case {} in switch (mismatched types {} and bool)", expr_string(e), self.tstr(c.ty))
            };
            self.error(self.pos(e.span), msg);
            return None;
        }
        self.default_untyped(&mut c);
        Some(c.expr)
    }

    fn comparison_for_switch(&mut self, x: super::Operand, y: super::Operand, tag: &ast::Expr, ye: &ast::Expr, fake: &ast::Expr) -> Option<Expr> {
        if y.is_invalid() {
            return None;
        }
        let pos = self.pos(ye.span);
        // go/types converts an untyped case value to the tag's type first.
        let mut y = y;
        if self.types.is_untyped(y.ty) && y.ty != TypeId::UNTYPED_NIL && !self.types.is_untyped(x.ty) && !self.types.is_interface(x.ty) {
            let desc = self.describe(&y, ye);
            let v = y.val.clone();
            if self.convert_untyped(&mut y, x.ty).is_err() {
                let t = self.tstr(x.ty);
                let msg = match v.map(|v| self.representable(&v, x.ty)) {
                    Some(Err("truncated")) => format!("{} truncated to {}", desc, t),
                    Some(Err("overflows")) => format!("{} overflows {}", desc, t),
                    _ => format!("cannot convert {} to type {}", desc, t),
                };
                self.error(pos, msg);
                return None;
            }
        }
        let saved = self.diags.len();
        let r = self.binary_operands(ast::BinaryOp::Eql, x, y.clone(), tag, ye, fake, pos);
        if self.diags.len() > saved {
            // Reword as gc does for switch cases: the case value comes first, at its position.
            let d = self.diags.pop().unwrap();
            let prefix = format!("invalid operation: {} ", expr_string(fake));
            let msg = match d.message.strip_prefix(&prefix) {
                Some(rest) if rest.starts_with('(') => {
                    let mut cause = rest.trim_start_matches('(').trim_end_matches(')').to_string();
                    if let Some(types) = cause.strip_prefix("mismatched types ") {
                        if let Some((a, b)) = types.split_once(" and ") {
                            cause = format!("mismatched types {} and {}", b, a);
                        }
                    }
                    format!("invalid case {} in switch on {} ({})", expr_string(ye), expr_string(tag), cause)
                }
                _ => d.message.clone(),
            };
            let offset = if msg.starts_with("invalid case") { pos.span.start } else { d.offset };
            self.diags.push(super::Diagnostic { message: msg, offset, ..d });
            return None;
        }
        if r.is_invalid() {
            return None;
        }
        let mut r = r;
        self.default_untyped(&mut r);
        Some(r.expr)
    }

    fn type_switch_stmt(&mut self, init: Option<&ast::Stmt>, bind: Option<&ast::Ident>, x: &ast::Expr, body: &[ast::CaseClause], label: Option<(String, LabelId)>) -> Vec<Stmt> {
        self.push_scope();
        let mut out = Vec::new();
        if let Some(i) = init {
            out.extend(self.stmt(i));
        }
        let xo = self.expr(x);
        let label_id = self.push_target(TargetKind::Switch, &label);
        if xo.is_invalid() {
            self.pop_target();
            self.pop_scope();
            return vec![];
        }
        if !self.types.is_interface(xo.ty) {
            let msg = format!("{} is not an interface", self.describe(&xo, x));
            self.error(self.pos(x.span), msg);
            self.pop_target();
            self.pop_scope();
            return vec![];
        }
        let xl = self.temp(xo.ty, xo.expr.pos);
        let mut clauses = Vec::new();
        let mut bind_objs = Vec::new();
        let mut seen: Vec<(Option<TypeId>, Pos)> = Vec::new();
        let mut first_default = None;
        for cc in body {
            if cc.is_default {
                match first_default {
                    Some(p) => {
                        let msg = format!("multiple defaults (first at {})", self.pos_string(p));
                        self.error(self.pos(cc.span), msg);
                    }
                    None => first_default = Some(self.pos(cc.span)),
                }
            }
            let mut types = Vec::new();
            for e in &cc.exprs {
                if let ast::ExprKind::Ident(n) = &e.kind {
                    if n == "nil" && self.scopes.lookup(self.scope, "nil").is_some_and(|(o, _)| matches!(self.obj(o).kind, ObjKind::Nil)) {
                        if let Some((_, p)) = seen.iter().find(|(t, _)| t.is_none()) {
                            let msg = format!("duplicate case nil in type switch\n\t{}: previous case", self.pos_string(*p));
                            self.error(self.pos(e.span), msg);
                        }
                        seen.push((None, self.pos(e.span)));
                        types.push(None);
                        continue;
                    }
                }
                let t = self.type_expr(e);
                if t == TypeId::INVALID {
                    continue;
                }
                if !self.types.is_interface(t) && !self.lenient_generic(t, xo.ty) {
                    if let Some(why) = self.missing_method(t, xo.ty) {
                        let msg = format!("impossible type switch case: {}\n\t{} cannot have dynamic type {} {}", expr_string(e), self.describe(&xo, x), self.tstr(t), why);
                        self.error(self.pos(e.span), msg);
                        continue;
                    }
                }
                if let Some(prev) = seen.iter().find(|(pt, _)| *pt == Some(t)).filter(|_| self.gen.instance_depth == 0) {
                    let (l, c) = self.line_col(prev.1);
                    let path = self.files[prev.1.file as usize].path.clone();
                    let msg = format!("duplicate case {} in type switch\n\t{}:{}:{}: previous case", self.tstr(t), path, l, c);
                    let p = self.start_pos(e);
                    self.error(p, msg);
                }
                let p = self.start_pos(e);
                seen.push((Some(t), p));
                types.push(Some(t));
            }
            self.push_scope();
            let bind_local = bind.filter(|b| b.name != "_").map(|b| {
                // A single invalid case type makes the variable invalid (no follow-on errors).
                let ty = if cc.exprs.len() == 1 && types.len() == 1 {
                    types[0].unwrap_or(xo.ty)
                } else if cc.exprs.len() == 1 && types.is_empty() {
                    TypeId::INVALID
                } else {
                    xo.ty
                };
                let (local, obj) = self.new_var_object(b, ty);
                // One "declared and not used" for all clauses: tracked separately.
                self.func_ctx().declared.retain(|o| *o != obj);
                bind_objs.push(obj);
                let scope = self.scope;
                self.scopes.insert(scope, b.name.clone(), obj);
                local
            });
            let saved_why = self.fallthrough_why.replace("cannot fallthrough in type switch");
            let stmts = self.stmt_list(&cc.body);
            self.fallthrough_why = saved_why;
            self.pop_scope();
            clauses.push(tir::TypeClause { types, is_default: cc.is_default, bind: bind_local, body: tir::Block { stmts } });
        }
        if let Some(b) = bind {
            if b.name != "_" && !self.opts.repl && !bind_objs.iter().any(|o| self.obj(*o).used) {
                self.error(self.pos(b.span), format!("{} declared and not used", b.name));
            }
        }
        self.pop_target();
        self.pop_scope();
        out.push(Stmt::TypeSwitch(tir::TypeSwitch { label: label_id, x: (xl, xo.expr), clauses }));
        vec![Stmt::Block(tir::Block { stmts: out })]
    }

    fn select_stmt(&mut self, body: &[ast::CommClause], label: Option<(String, LabelId)>, pos: Pos) -> Vec<Stmt> {
        let label_id = self.push_target(TargetKind::Select, &label);
        let mut cases = Vec::new();
        let mut default = None;
        let mut first_default: Option<Pos> = None;
        for cc in body {
            self.push_scope();
            let comm = match &cc.comm {
                None => {
                    if let Some(p) = first_default {
                        let msg = format!("multiple defaults (first at {})", self.pos_string(p));
                        self.error(self.pos(cc.span), msg);
                    } else {
                        first_default = Some(self.pos(cc.span));
                    }
                    None
                }
                Some(s) => self.select_comm(s),
            };
            let stmts = self.stmt_list(&cc.body);
            self.pop_scope();
            match (cc.comm.is_none(), comm) {
                (true, _) => default = Some(tir::Block { stmts }),
                (false, Some(c)) => cases.push(tir::SelectCase { comm: c, body: tir::Block { stmts } }),
                (false, None) => {}
            }
        }
        self.pop_target();
        vec![Stmt::Select(tir::Select { label: label_id, cases, default, pos })]
    }

    fn select_comm(&mut self, s: &ast::Stmt) -> Option<tir::SelectComm> {
        let bad = |c: &mut Self, span: lexer::Span| {
            // gc reports at the statement's position: a binary expression's is its operator.
            let mut p = c.pos(span);
            if let ast::Stmt::Expr(ast::Expr { kind: ast::ExprKind::Binary(_, l, _), .. }) = s {
                let src = &c.files[c.file as usize].src;
                let rest = &src[l.span.end as usize..];
                p.span.start = l.span.end + (rest.len() - rest.trim_start().len()) as u32;
            }
            c.error(p, "select case must be send or receive (possibly with assignment)");
            None
        };
        match s {
            ast::Stmt::Send { .. } => match self.stmt(s).pop() {
                Some(Stmt::Send { chan, value }) => Some(tir::SelectComm::Send { chan, value }),
                _ => None,
            },
            ast::Stmt::Expr(e) => {
                let Some(r) = recv_operand(e) else { return bad(self, e.span) };
                let c = self.recv_chan(r)?;
                Some(tir::SelectComm::Recv { chan: c, value: None, ok: None, decls: vec![] })
            }
            ast::Stmt::Assign { lhs, op: None, rhs, .. } | ast::Stmt::Define { lhs, rhs, .. } => {
                let define = matches!(s, ast::Stmt::Define { .. });
                if rhs.len() != 1 || lhs.len() > 2 {
                    return bad(self, s.span());
                }
                let Some(r) = recv_operand(&rhs[0]) else { return bad(self, s.span()) };
                let c = self.recv_chan(r)?;
                let elem = match self.types.under(self.core(c.ty)) {
                    Type::Chan(_, e) => *e,
                    _ => TypeId::INVALID,
                };
                let mut places = Vec::new();
                let mut decls = Vec::new();
                let mut new_objs = Vec::new();
                for (i, l) in lhs.iter().enumerate() {
                    let t = if i == 0 { elem } else { TypeId::BOOL };
                    if define {
                        let ast::ExprKind::Ident(n) = &l.kind else {
                            self.error(self.pos(l.span), format!("non-name {} on left side of :=", expr_string(l)));
                            return None;
                        };
                        if n == "_" {
                            places.push(Place::Blank);
                            continue;
                        }
                        if i == 1 && matches!(&lhs[0].kind, ast::ExprKind::Ident(m) if m == n) {
                            self.error(self.pos(l.span), format!("{} repeated on left side of :=", n));
                            places.push(Place::Blank);
                            continue;
                        }
                        let id = ast::Ident { name: n.clone(), span: l.span };
                        let (local, obj) = self.new_var_object(&id, t);
                        new_objs.push(obj);
                        decls.push(local);
                        places.push(Place::Var(tir::Var::Local(local)));
                    } else {
                        let x = self.lhs_expr(l);
                        let p = self.place_of(&x, l)?;
                        if !is_blank(l) && !x.is_invalid() && !self.assignable_type(t, x.ty) {
                            let msg = format!("cannot use {} (value of type {}) as {} value in assignment", expr_string(&rhs[0]), self.tstr(t), self.tstr(x.ty));
                            self.error(self.pos(rhs[0].span), msg);
                            return None;
                        }
                        places.push(p);
                    }
                }
                for o in new_objs {
                    let name = self.obj(o).name.clone();
                    let scope = self.scope;
                    self.scopes.insert(scope, name, o);
                }
                let mut it = places.into_iter();
                let value = it.next();
                let ok = it.next();
                Some(tir::SelectComm::Recv { chan: c, value, ok, decls })
            }
            _ => bad(self, s.span()),
        }
    }

    fn recv_chan(&mut self, ch: &ast::Expr) -> Option<Expr> {
        let c = self.expr(ch);
        if c.is_invalid() {
            return None;
        }
        match self.types.under(self.core(c.ty)) {
            Type::Chan(ast::ChanDir::Send, _) => {
                let msg = format!("invalid operation: cannot receive from send-only channel {}", self.describe(&c, ch));
                self.error(self.pos(ch.span), msg);
                None
            }
            Type::Chan(..) => Some(c.expr),
            _ => {
                let msg = format!("invalid operation: cannot receive from non-channel {}", self.describe(&c, ch));
                self.error(self.pos(ch.span), msg);
                None
            }
        }
    }

    fn for_stmt(&mut self, init: Option<&ast::Stmt>, cond: Option<&ast::Expr>, post: Option<&ast::Stmt>, body: &ast::Block, label: Option<(String, LabelId)>) -> Vec<Stmt> {
        self.push_scope();
        let mut out = Vec::new();
        let fid = self.func_ctx().func;
        let first_local = self.funcs[fid.0 as usize].locals.len() as u32;
        if let Some(i) = init {
            out.extend(self.stmt(i));
        }
        let last_local = self.funcs[fid.0 as usize].locals.len() as u32;
        let per_iteration: Vec<tir::LocalId> = (first_local..last_local).map(tir::LocalId).collect();
        let c = cond.and_then(|c| self.condition(c, "for statement"));
        let post_stmt = post.map(|p| {
            if let ast::Stmt::Define { op_span, .. } = p {
                // A syntax error for gc (reported at the `:=`).
                self.error(self.pos(*op_span), "syntax error: cannot declare in post statement of for loop");
            }
            let mut s = self.stmt(p);
            if s.len() == 1 {
                s.pop().unwrap()
            } else {
                Stmt::Block(tir::Block { stmts: s })
            }
        });
        let label_id = self.push_target(TargetKind::Loop, &label);
        self.push_scope();
        let stmts = self.stmt_list(&body.stmts);
        self.pop_scope();
        self.pop_target();
        self.pop_scope();
        out.push(Stmt::Loop { label: label_id, cond: c, body: tir::Block { stmts }, post: post_stmt.map(Box::new), per_iteration });
        vec![Stmt::Block(tir::Block { stmts: out })]
    }

    #[allow(clippy::too_many_arguments)]
    fn range_stmt(&mut self, key: Option<&ast::Expr>, value: Option<&ast::Expr>, define: bool, x: &ast::Expr, body: &ast::Block, pos: Pos, label: Option<(String, LabelId)>) -> Vec<Stmt> {
        let mut xo = self.expr(x);
        if xo.is_invalid() {
            return vec![];
        }
        let xdesc = self.describe(&xo, x);
        if xo.mode == Mode::Constant && self.types.is_untyped(xo.ty) {
            // range 10: int.
            let t = if xo.ty == TypeId::UNTYPED_INT || xo.ty == TypeId::UNTYPED_RUNE { self.types.default_type(xo.ty) } else { xo.ty };
            let _ = self.convert_untyped(&mut xo, t);
        }
        // Range over a function: (yield type, yield parameter types).
        let mut func_iter: Option<(TypeId, Vec<TypeId>)> = None;
        let (kind, kt, vt) = match self.types.under(self.core(xo.ty)).clone() {
            Type::Basic(b) if b.is_string() => (RangeKind::String, TypeId::INT, TypeId::RUNE),
            Type::Basic(b) if b.is_integer() => (RangeKind::Int, xo.ty, TypeId::INVALID),
            Type::Slice(e) => (RangeKind::Slice, TypeId::INT, e),
            Type::Array(e, _) => (RangeKind::Array, TypeId::INT, e),
            Type::Pointer(p) if matches!(self.types.under(p), Type::Array(..)) => {
                let Type::Array(e, _) = self.types.under(p).clone() else { unreachable!() };
                (RangeKind::ArrayPointer, TypeId::INT, e)
            }
            Type::Map(k, v) => (RangeKind::Map, k, v),
            Type::Chan(dir, e) => {
                if dir == ast::ChanDir::Send {
                    let msg = format!("cannot range over {}: receive from send-only channel", xdesc);
                    self.error(self.pos(x.span), msg);
                    return vec![];
                }
                (RangeKind::Chan, e, TypeId::INVALID)
            }
            Type::Func(sig) => {
                // go/types' checks of the iterator's shape.
                let yield_sig = sig.params.first().and_then(|&p| match self.types.under(p) {
                    Type::Func(cb) => Some(cb.clone()),
                    _ => None,
                });
                let why = if sig.params.len() != 1 {
                    Some("func must be func(yield func(...) bool): wrong argument count")
                } else if yield_sig.is_none() {
                    Some("func must be func(yield func(...) bool): argument is not func")
                } else if !sig.results.is_empty() {
                    Some("func must be func(yield func(...) bool): unexpected results")
                } else if yield_sig.as_ref().is_some_and(|cb| cb.params.len() > 2) {
                    Some("func must be func(yield func(...) bool): yield func has too many parameters")
                } else if yield_sig.as_ref().is_some_and(|cb| cb.results.len() != 1 || !self.types.is_boolean(cb.results[0])) {
                    Some("func must be func(yield func(...) bool): yield func does not return bool")
                } else {
                    None
                };
                if let Some(why) = why {
                    let msg = format!("cannot range over {}: {}", xdesc, why);
                    self.error(self.pos(x.span), msg);
                    return vec![];
                }
                let cb = yield_sig.unwrap();
                let n = cb.params.len();
                let given = [key, value].iter().filter(|v| v.is_some()).count();
                if given > n {
                    let what = if n == 0 { "permits no iteration variables" } else { "permits only one iteration variable" };
                    let extra = if n == 0 { key.unwrap() } else { value.unwrap() };
                    let msg = format!("range over {} {}", xdesc, what);
                    self.error(self.pos(extra.span), msg);
                    return vec![];
                }
                func_iter = Some((sig.params[0], cb.params.to_vec()));
                (RangeKind::Int, cb.params.first().copied().unwrap_or(TypeId::INVALID), cb.params.get(1).copied().unwrap_or(TypeId::INVALID))
            }
            _ => {
                let no_core = if self.types.is_tparam(xo.ty) && self.types.core_type(xo.ty).is_none() { ": no core type" } else { "" };
                let msg = format!("cannot range over {}{}", self.describe(&xo, x), no_core);
                self.error(self.pos(x.span), msg);
                return vec![];
            }
        };
        if value.is_some() && func_iter.is_none() && matches!(kind, RangeKind::Int | RangeKind::Chan) {
            let msg = format!("range over {} permits only one iteration variable", xdesc);
            self.error(self.pos(value.unwrap().span), msg);
            return vec![];
        }
        let fid = self.func_ctx().func;
        let first_local = self.funcs[fid.0 as usize].locals.len() as u32;
        let range_name = func_iter.as_ref().map(|_| {
            let f = self.func_ctx();
            f.ranges += 1;
            let n = f.ranges;
            let parent = &self.funcs[fid.0 as usize];
            let parent_name = if parent.kind == tir::FuncKind::Init { format!("{}.init", self.pkg_name_for_trace()) } else { parent.name.clone() };
            format!("{}-range{}", parent_name, n)
        });
        self.push_scope();
        let label_id = self.push_target(TargetKind::Loop, &label);
        let mut decls = Vec::new();
        let mut places = [None, None];
        let mut new_objs = Vec::new();
        for (i, (v, t)) in [(key, kt), (value, vt)].into_iter().enumerate() {
            let Some(v) = v else { continue };
            if define {
                let ast::ExprKind::Ident(n) = &v.kind else {
                    self.error(self.pos(v.span), format!("non-name {} on left side of :=", expr_string(v)));
                    continue;
                };
                if n == "_" {
                    places[i] = Some(Place::Blank);
                    continue;
                }
                let id = ast::Ident { name: n.clone(), span: v.span };
                let (local, obj) = self.new_var_object(&id, t);
                new_objs.push(obj);
                decls.push(local);
                places[i] = Some(Place::Var(tir::Var::Local(local)));
            } else {
                let lo = self.lhs_expr(v);
                if let Some(p) = self.place_of(&lo, v) {
                    if !is_blank(v) && !lo.is_invalid() && !self.assignable_type(t, lo.ty) {
                        let what = if i == 0 { "range clause" } else { "range clause" };
                        let msg = format!("cannot use {} (value of type {}) as {} value in {}", expr_string(v), self.tstr(t), self.tstr(lo.ty), what);
                        let _ = msg;
                        let msg = format!("cannot assign {} to {} in range", self.tstr(t), self.describe(&lo, v));
                        self.error(self.pos(v.span), msg);
                    }
                    places[i] = Some(p);
                }
            }
        }
        if define && new_objs.is_empty() && (key.is_some() || value.is_some()) && decls.is_empty() && places.iter().all(|p| matches!(p, Some(Place::Blank) | None)) && !(key.is_some_and(is_blank) || value.is_some_and(is_blank)) {
            self.error(pos, "no new variables on left side of :=");
        }
        for o in new_objs {
            let name = self.obj(o).name.clone();
            let scope = self.scope;
            self.scopes.insert(scope, name, o);
        }
        self.push_scope();
        let stmts = self.stmt_list(&body.stmts);
        self.pop_scope();
        self.pop_target();
        self.pop_scope();
        if let (Some((yield_ty, params)), Some(name)) = (func_iter, range_name) {
            let end = Pos { file: self.file, span: lexer::Span { start: body.span.end.saturating_sub(1), end: body.span.end } };
            let l = super::rangefunc::RangeFuncLoop { label: label_id, x: xo.expr, yield_ty, params, places, decls, body: stmts, first_local, name, pos, end };
            return self.lower_range_func(l);
        }
        let [k, v] = places;
        vec![Stmt::Range(tir::Range { label: label_id, kind, x: xo.expr, key: k, value: v, decls, body: tir::Block { stmts } })]
    }

    /// Reports unused labels and gotos to undefined labels.
    pub(crate) fn check_labels(&mut self) {
        let gotos = std::mem::take(&mut self.func_ctx().gotos);
        let declared = std::mem::take(&mut self.func_ctx().label_decls);
        for (what, name, pos) in std::mem::take(&mut self.func_ctx().bad_branches) {
            if declared.iter().any(|(n, _)| *n == name) {
                self.error(pos, format!("invalid {} label {}", what, name));
            } else {
                self.error(pos, format!("{} label not defined: {}", what, name));
            }
        }
        for (name, pos) in gotos {
            if !declared.iter().any(|(n, _)| *n == name) {
                self.error(pos, format!("label {} not defined", name));
            }
        }
        let labels: Vec<(String, bool)> = self.func_ctx().labels.iter().map(|(n, l)| (n.clone(), l.used)).collect();
        for (name, pos) in &declared {
            if labels.iter().any(|(n, used)| n == name && !used) {
                self.error(*pos, format!("label {} defined and not used", name));
            }
        }
    }

    /// Spec "Terminating statements", for "missing return".
    pub(crate) fn is_terminating_list(&self, stmts: &[ast::Stmt]) -> bool {
        // Trailing empty statements are ignored.
        let last = stmts.iter().rev().find(|s| !matches!(s, ast::Stmt::Empty(_)));
        last.is_some_and(|s| self.is_terminating(s, ""))
    }

    fn is_terminating(&self, s: &ast::Stmt, label: &str) -> bool {
        match s {
            ast::Stmt::Return(..) => true,
            ast::Stmt::Branch { kind: BranchKind::Goto, .. } => true,
            ast::Stmt::Expr(e) => is_panic_call(e),
            ast::Stmt::Block(b) => self.is_terminating_list(&b.stmts),
            ast::Stmt::If { els: Some(els), then, .. } => self.is_terminating_list(&then.stmts) && self.is_terminating(els, ""),
            ast::Stmt::For { cond: None, body, .. } => !has_break(&body.stmts, label, true),
            ast::Stmt::Labeled { label: l, stmt, .. } => self.is_terminating(stmt, &l.name),
            ast::Stmt::Switch { body, .. } | ast::Stmt::TypeSwitch { body, .. } => {
                body.iter().any(|c| c.is_default)
                    && body.iter().all(|c| {
                        !has_break(&c.body, label, true)
                            && (self.is_terminating_list(&c.body) || matches!(c.body.iter().rev().find(|s| !matches!(s, ast::Stmt::Empty(_))), Some(ast::Stmt::Branch { kind: BranchKind::Fallthrough, .. })))
                    })
            }
            ast::Stmt::Select { body, .. } => body.iter().all(|c| !has_break(&c.body, label, true) && self.is_terminating_list(&c.body)),
            _ => false,
        }
    }
}

fn is_panic_call(e: &ast::Expr) -> bool {
    match &e.kind {
        ast::ExprKind::Call { fun, .. } => matches!(&fun.kind, ast::ExprKind::Ident(n) if n == "panic"),
        ast::ExprKind::Paren(x) => is_panic_call(x),
        _ => false,
    }
}

/// Whether the statements contain a `break` targeting the enclosing statement (unlabeled at
/// this nesting level, or labeled with `label`).
fn has_break(stmts: &[ast::Stmt], label: &str, top: bool) -> bool {
    stmts.iter().any(|s| stmt_has_break(s, label, top))
}

fn stmt_has_break(s: &ast::Stmt, label: &str, top: bool) -> bool {
    match s {
        ast::Stmt::Branch { kind: BranchKind::Break, label: l, .. } => match l {
            None => top,
            Some(l) => l.name == label,
        },
        ast::Stmt::Block(b) => has_break(&b.stmts, label, top),
        ast::Stmt::Labeled { stmt, .. } => stmt_has_break(stmt, label, top),
        ast::Stmt::If { then, els, .. } => has_break(&then.stmts, label, top) || els.as_ref().is_some_and(|e| stmt_has_break(e, label, top)),
        ast::Stmt::For { body, .. } | ast::Stmt::Range { body, .. } => has_break(&body.stmts, label, false),
        ast::Stmt::Switch { body, .. } | ast::Stmt::TypeSwitch { body, .. } => body.iter().any(|c| has_break(&c.body, label, false)),
        ast::Stmt::Select { body, .. } => body.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    }
}

fn recv_operand(e: &ast::Expr) -> Option<&ast::Expr> {
    match &e.kind {
        ast::ExprKind::Unary(ast::UnaryOp::Recv, x) => Some(x),
        ast::ExprKind::Paren(x) => recv_operand(x),
        _ => None,
    }
}

/// State of the goto checks of one function body (gc's `syntax/branches.go` semantics).
#[derive(Default)]
struct GotoScope {
    /// Blocks: (parent, start position).
    blocks: Vec<(Option<usize>, Pos)>,
    /// Declared labels → the block declaring them.
    labels: std::collections::HashMap<String, usize>,
    /// Errors found: (position, message).
    errors: Vec<(Pos, String)>,
}

/// A forward `goto`: label, position of the label name, unique id.
type FwdGoto = (String, Pos, usize);

impl<'a> Checker<'a> {
    /// Reports `goto`s that jump into a block or over a variable declaration.
    pub(crate) fn check_gotos(&mut self, body: &ast::Block) {
        let mut gs = GotoScope::default();
        let mut next_id = 0;
        let start = self.pos(body.span);
        let fwd = self.goto_block(&mut gs, None, start, &body.stmts, &mut next_id);
        for (name, pos, _) in fwd {
            if let Some(&b) = gs.labels.get(&name) {
                let at = self.pos_string(gs.blocks[b].1);
                gs.errors.push((pos, format!("goto {} jumps into block starting at {}", name, at)));
            }
        }
        for (pos, msg) in gs.errors {
            self.error(pos, msg);
        }
    }

    fn goto_block(&self, gs: &mut GotoScope, parent: Option<usize>, start: Pos, stmts: &[ast::Stmt], next_id: &mut usize) -> Vec<FwdGoto> {
        let b = gs.blocks.len();
        gs.blocks.push((parent, start));
        let mut fwd: Vec<FwdGoto> = Vec::new();
        let mut bad: Vec<usize> = Vec::new();
        let mut var_decl: Option<(Pos, String)> = None;
        for stmt in stmts {
            let mut s = stmt;
            loop {
                match s {
                    ast::Stmt::Labeled { label, stmt, .. } => {
                        if label.name != "_" && !gs.labels.contains_key(&label.name) {
                            gs.labels.insert(label.name.clone(), b);
                            let mut rest = Vec::new();
                            for g in fwd.drain(..) {
                                if g.0 == label.name {
                                    if let (Some((vpos, vname)), true) = (&var_decl, bad.contains(&g.2)) {
                                        let msg = format!("goto {} jumps over declaration of {} at {}", g.0, vname, self.pos_string(*vpos));
                                        gs.errors.push((g.1, msg));
                                    }
                                } else {
                                    rest.push(g);
                                }
                            }
                            fwd = rest;
                        }
                        s = stmt;
                        continue;
                    }
                    ast::Stmt::Decl(ast::Decl::Var(specs, _)) => {
                        if let Some(n) = specs.first().and_then(|sp| sp.names.first()) {
                            var_decl = Some((self.pos(n.span), n.name.clone()));
                            bad = fwd.iter().map(|g| g.2).collect();
                        }
                    }
                    ast::Stmt::Define { lhs, op_span, .. } => {
                        let names: Vec<String> = lhs.iter().map(expr_string).collect();
                        var_decl = Some((self.pos(*op_span), names.join(", ")));
                        bad = fwd.iter().map(|g| g.2).collect();
                    }
                    ast::Stmt::Branch { kind: BranchKind::Goto, label: Some(l), .. } => {
                        // A backward jump to a label of this or an enclosing block is fine.
                        let mut ok = false;
                        if let Some(&lb) = gs.labels.get(&l.name) {
                            let mut cur = Some(b);
                            while let Some(c) = cur {
                                if c == lb {
                                    ok = true;
                                    break;
                                }
                                cur = gs.blocks[c].0;
                            }
                        }
                        if !ok {
                            *next_id += 1;
                            fwd.push((l.name.clone(), self.pos(l.span), *next_id));
                        }
                    }
                    ast::Stmt::Block(blk) => {
                        let inner = self.goto_block(gs, Some(b), self.pos(blk.span), &blk.stmts, next_id);
                        fwd.extend(inner);
                    }
                    ast::Stmt::If { then, els, .. } => {
                        let inner = self.goto_block(gs, Some(b), self.pos(then.span), &then.stmts, next_id);
                        fwd.extend(inner);
                        if let Some(e) = els {
                            let inner = self.goto_block(gs, Some(b), self.pos(e.span()), std::slice::from_ref(&**e), next_id);
                            fwd.extend(inner);
                        }
                    }
                    ast::Stmt::For { body, .. } | ast::Stmt::Range { body, .. } => {
                        let inner = self.goto_block(gs, Some(b), self.pos(body.span), &body.stmts, next_id);
                        fwd.extend(inner);
                    }
                    ast::Stmt::Switch { body, .. } | ast::Stmt::TypeSwitch { body, .. } => {
                        for cc in body {
                            let inner = self.goto_block(gs, Some(b), self.pos(cc.span), &cc.body, next_id);
                            fwd.extend(inner);
                        }
                    }
                    ast::Stmt::Select { body, .. } => {
                        for cc in body {
                            let inner = self.goto_block(gs, Some(b), self.pos(cc.span), &cc.body, next_id);
                            fwd.extend(inner);
                        }
                    }
                    _ => {}
                }
                break;
            }
        }
        fwd
    }
}
