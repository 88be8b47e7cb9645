//! Assignments, short variable declarations and variable declarations.

use super::expr::{expr_string, expr_to_place};
use super::scope::{ObjKind, Object, VarRef};
use super::{Checker, Mode, Operand};
use crate::tir::{self, Expr, ExprKind, LocalId, Place, Pos, Rhs, Stmt};
use crate::ty::{Type, TypeId};
use parser::ast;

impl<'a> Checker<'a> {
    /// Checks an assignment target without counting a plain variable as "used".
    pub(crate) fn lhs_expr(&mut self, e: &ast::Expr) -> Operand {
        if let ast::ExprKind::Ident(name) = &e.kind {
            if name == "_" {
                let pos = self.pos(e.span);
                return Operand { mode: Mode::Variable, ty: TypeId::INVALID, val: None, expr: Expr { kind: ExprKind::Zero, ty: TypeId::INVALID, pos }, obj: None, targs: None };
            }
            if let Some((id, _)) = self.scopes.lookup(self.scope, name) {
                if let ObjKind::Var { .. } = self.obj(id).kind {
                    let used = self.obj(id).used;
                    let x = self.use_object(id, self.pos(e.span));
                    self.obj_mut(id).used = used;
                    return x;
                }
            }
        }
        let mut inner = e;
        while let ast::ExprKind::Paren(x) = &inner.kind {
            inner = x;
        }
        self.expr(inner)
    }

    /// The place an assignment writes to; reports non-assignable operands.
    pub(crate) fn place_of(&mut self, x: &Operand, e: &ast::Expr) -> Option<Place> {
        if is_blank(e) {
            return Some(Place::Blank);
        }
        if x.is_invalid() {
            return None;
        }
        match x.mode {
            Mode::Variable | Mode::MapIndex => {
                let place = expr_to_place(x.expr.clone(), &self.types);
                self.mark_reassigned(&place);
                Some(place)
            }
            _ => {
                let pos = self.pos(e.span);
                let msg = match &x.expr.kind {
                    ExprKind::Index(b, _) if self.types.is_string(b.ty) => format!("cannot assign to {} (neither addressable nor a map index expression)", expr_string(e)),
                    _ => {
                        if let (ExprKind::Field(b, _), ast::ExprKind::Selector(be, _)) = (&x.expr.kind, &e.kind) {
                            if let ExprKind::MapIndex { .. } = b.kind {
                                let _ = be;
                                format!("cannot assign to struct field {} in map", expr_string(e))
                            } else {
                                format!("cannot assign to {} (neither addressable nor a map index expression)", expr_string(e))
                            }
                        } else {
                            format!("cannot assign to {} (neither addressable nor a map index expression)", expr_string(e))
                        }
                    }
                };
                self.error(pos, msg);
                None
            }
        }
    }

    /// `lhs = rhs` (parallel assignment, tuple assignment, comma-ok forms).
    pub(crate) fn assign_stmt(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr], pos: Pos) -> Vec<Stmt> {
        let lops: Vec<Operand> = lhs.iter().map(|e| self.lhs_expr(e)).collect();
        let mut places = Vec::new();
        for (x, e) in lops.iter().zip(lhs) {
            places.push(self.place_of(x, e));
        }
        let ltypes: Vec<Option<TypeId>> = lops.iter().zip(lhs).map(|(x, e)| if is_blank(e) { None } else { Some(x.ty) }).collect();
        let rhs_tir = self.assign_rhs(&ltypes, lhs, rhs, pos, "assignment");
        let (Some(rhs_tir), true) = (rhs_tir, places.iter().all(|p| p.is_some())) else { return vec![] };
        vec![Stmt::Assign { lhs: places.into_iter().map(|p| p.unwrap()).collect(), rhs: rhs_tir }]
    }

    /// Checks right-hand sides against left-hand types (None = blank / to infer).
    /// Returns the TIR right-hand side; `ltypes` entries of None get inferred types via
    /// `inferred`.
    pub(crate) fn assign_rhs(&mut self, ltypes: &[Option<TypeId>], lhs: &[ast::Expr], rhs: &[ast::Expr], pos: Pos, context: &str) -> Option<Rhs> {
        self.assign_rhs_infer(ltypes, lhs, rhs, pos, context).map(|(r, _)| r)
    }

    /// As [`Self::assign_rhs`], also returning each value's type (for inference).
    pub(crate) fn assign_rhs_infer(&mut self, ltypes: &[Option<TypeId>], lhs: &[ast::Expr], rhs: &[ast::Expr], pos: Pos, context: &str) -> Option<(Rhs, Vec<TypeId>)> {
        let nl = ltypes.len();
        // Var declarations check the counts syntactically first (go/types `arity`).
        if context == "variable declaration" && nl != rhs.len() {
            if nl < rhs.len() {
                for r in rhs {
                    self.raw_expr(r, None);
                }
                let msg = format!("extra init expr {}", expr_string(&rhs[nl]));
                self.error(self.pos(rhs[nl].span), msg);
                return None;
            }
            if rhs.len() != 1 {
                for r in rhs {
                    self.raw_expr(r, None);
                }
                let msg = format!("missing init expr for {}", expr_string(&lhs[rhs.len()]));
                self.error(self.pos(lhs[rhs.len()].span), msg);
                return None;
            }
        }
        // `x = f()` with a multi-value f: gc reports an assignment mismatch naming f.
        let single_call = rhs.len() == 1 && context == "assignment" && matches!(unparen(&rhs[0]).kind, ast::ExprKind::Call { .. });
        if nl == rhs.len() {
            let mut exprs = Vec::new();
            let mut types = Vec::new();
            let mut ok = true;
            for (i, r) in rhs.iter().enumerate() {
                let mut raw = self.raw_expr(r, ltypes[i]);
                if let (Some(Some(h)), true) = (ltypes.get(i), raw.targs.is_some()) {
                    raw = self.infer_from_target(raw, *h);
                }
                if single_call && raw.mode != Mode::NoValue && !raw.is_invalid() {
                    if let Type::Tuple(elems) = self.types.get(raw.ty) {
                        let n = elems.len();
                        if let ast::ExprKind::Call { fun, .. } = &unparen(r).kind {
                            let msg = format!("assignment mismatch: 1 variable but {} returns {} value{}", expr_string(fun), n, if n == 1 { "" } else { "s" });
                            self.error(self.pos(r.span), msg);
                        }
                        return None;
                    }
                }
                let mut x = self.single_value(raw, r);
                if x.is_invalid() {
                    ok = false;
                    continue;
                }
                match ltypes[i] {
                    Some(t) if t != TypeId::INVALID => {
                        if !self.assign_expr(&mut x, r, t, context) {
                            ok = false;
                        }
                    }
                    Some(_) => ok = false,
                    None => {
                        if x.ty == TypeId::UNTYPED_NIL {
                            let p = x.expr.pos;
                            self.error(p, format!("use of untyped nil in {}", context));
                            ok = false;
                        }
                        self.default_untyped(&mut x);
                    }
                }
                types.push(x.ty);
                exprs.push(x.expr);
            }
            return if ok { Some((Rhs::Exprs(exprs), types)) } else { None };
        }
        if rhs.len() == 1 {
            // Tuple-valued call or comma-ok expression.
            let r = &rhs[0];
            let mut x = self.raw_expr(r, None);
            if x.is_invalid() {
                return None;
            }
            if nl == 2 && matches!(x.mode, Mode::CommaOk | Mode::MapIndex) {
                let vt = x.ty;
                let tt = self.types.tuple(vec![vt, TypeId::BOOL]);
                set_comma_ok(&mut x.expr, tt);
                // go/types checks each value (in an "assignment", declarations too).
                let _ = context;
                let mut bad = false;
                if let (Some(t), true) = (ltypes[0], true) {
                    if t != TypeId::INVALID && !self.assignable_type(vt, t) {
                        let mut v = x.clone();
                        v.ty = vt;
                        let msg = format!("cannot use {} as {} value in assignment", self.describe(&v, r), self.tstr(t));
                        self.error(self.pos(r.span), msg);
                        bad = true;
                    }
                }
                if let Some(t) = ltypes[1] {
                    if t != TypeId::INVALID && !self.assignable_type(TypeId::UNTYPED_BOOL, t) {
                        let msg = format!("cannot use {} (untyped bool value) as {} value in assignment", expr_string(r), self.tstr(t));
                        self.error(self.pos(r.span), msg);
                        bad = true;
                    }
                }
                if bad {
                    return None;
                }
                return Some((Rhs::Tuple(x.expr), vec![vt, TypeId::BOOL]));
            }
            if let Type::Tuple(elems) = self.types.get(x.ty).clone() {
                if elems.len() == nl {
                    let mut bad = false;
                    for (i, &et) in elems.iter().enumerate() {
                        if let Some(t) = ltypes[i] {
                            if t != TypeId::INVALID && !self.assignable_type(et, t) {
                                let msg = format!("cannot use {} (value of type {}) as {} value in assignment", expr_string(r), self.tstr(et), self.tstr(t));
                                self.error(self.pos(r.span), msg);
                                bad = true;
                            }
                        }
                    }
                    if bad {
                        return None;
                    }
                    return Some((Rhs::Tuple(x.expr), elems.to_vec()));
                }
                let fun = match &unparen(r).kind {
                    ast::ExprKind::Call { fun, .. } => expr_string(fun),
                    _ => expr_string(r),
                };
                let msg = format!(
                    "assignment mismatch: {} variable{} but {} returns {} value{}",
                    nl,
                    if nl == 1 { "" } else { "s" },
                    fun,
                    elems.len(),
                    if elems.len() == 1 { "" } else { "s" }
                );
                self.error(self.pos(r.span), msg);
                return None;
            }
            if x.mode == Mode::NoValue {
                let msg = format!("{} (no value) used as value", expr_string(r));
                self.error(self.pos(r.span), msg);
                return None;
            }
            if let ast::ExprKind::Call { fun, .. } = &unparen(r).kind {
                let msg = format!("assignment mismatch: {} variables but {} returns 1 value", nl, expr_string(fun));
                self.error(self.pos(r.span), msg);
                return None;
            }
        } else {
            for r in rhs {
                self.raw_expr(r, None);
            }
        }
        let msg = format!(
            "assignment mismatch: {} variable{} but {} value{}",
            nl,
            if nl == 1 { "" } else { "s" },
            rhs.len(),
            if rhs.len() == 1 { "" } else { "s" }
        );
        let p = rhs.first().map(|r| self.pos(r.span)).unwrap_or(pos);
        self.error(p, msg);
        None
    }

    /// `lhs op= rhs`.
    pub(crate) fn op_assign(&mut self, lhs: &ast::Expr, op: ast::BinaryOp, rhs: &ast::Expr, pos: Pos) -> Vec<Stmt> {
        // `x op= y` reads x: it counts as a use (unlike `x = y`).
        let x = self.expr(lhs);
        let Some(place) = self.place_of(&x, lhs) else {
            self.expr(rhs);
            return vec![];
        };
        let y = self.expr(rhs);
        let fake = ast::Expr { kind: ast::ExprKind::Binary(op, Box::new(lhs.clone()), Box::new(rhs.clone())), span: lexer::Span { start: lhs.span.start, end: rhs.span.end }, id: lhs.id };
        let before = self.diags.len();
        let r = self.binary_operands(op, x.clone(), y, lhs, rhs, &fake, pos);
        // Errors about the operation are reported at x.
        for d in &mut self.diags[before..] {
            if d.offset == pos.span.start && d.file == pos.file {
                d.offset = lhs.span.start;
            }
        }
        // gc words a mismatch in `x op= y` with the assignment operator, at x.
        let (plain, with_eq) = (expr_string(&fake), format!("{} {}= {}", expr_string(lhs), op.as_str(), expr_string(rhs)));
        let lpos = self.pos(lhs.span);
        for d in &mut self.diags[before..] {
            let prefix = format!("invalid operation: {} (mismatched types", plain);
            if d.message.starts_with(&prefix) {
                d.message = d.message.replacen(&plain, &with_eq, 1);
                d.offset = lpos.span.start;
            }
        }
        if r.is_invalid() {
            return vec![];
        }
        let mut r = r;
        if !self.assign_expr(&mut r, &fake, x.ty, "assignment") {
            return vec![];
        }
        // Recover the (converted) right operand from the folded binary expression.
        let value = match r.expr.kind {
            ExprKind::Binary(_, _, v) => *v,
            ExprKind::Convert(inner) => match inner.kind {
                ExprKind::Binary(_, _, v) => *v,
                _ => return vec![],
            },
            _ => {
                // Constant-folded (both sides constant cannot happen for a variable): plain store.
                return vec![Stmt::Assign { lhs: vec![place], rhs: Rhs::Exprs(vec![r.expr]) }];
            }
        };
        vec![Stmt::OpAssign { place, op: super::ops::bin_op(op), value }]
    }

    /// `lhs := rhs`.
    pub(crate) fn short_var_decl(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr], pos: Pos, op_pos: Pos) -> Vec<Stmt> {
        let mut idents = Vec::new();
        let mut bad = false;
        for e in lhs {
            match &e.kind {
                ast::ExprKind::Ident(n) => idents.push(ast::Ident { name: n.clone(), span: e.span }),
                _ => {
                    let msg = format!("non-name {} on left side of :=", expr_string(e));
                    self.error(self.pos(e.span), msg);
                    // go/types still checks the expression.
                    self.raw_expr(e, None);
                    bad = true;
                }
            }
        }
        if bad {
            for r in rhs {
                self.raw_expr(r, None);
            }
            return vec![];
        }
        // Which names are new in this scope.
        let mut new_names = Vec::new();
        let mut ltypes = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut repeated = Vec::new();
        for id in &idents {
            if id.name != "_" && !seen.insert(id.name.clone()) {
                self.error(self.pos(id.span), format!("{} repeated on left side of :=", id.name));
                bad = true;
                // Declared once (as go/types): the repetition assigns nothing.
                repeated.push(true);
                new_names.push(false);
                ltypes.push(None);
                continue;
            }
            repeated.push(false);
            match self.scopes.lookup_local(self.scope, &id.name).filter(|_| id.name != "_") {
                Some(o) if matches!(self.obj(o).kind, ObjKind::Var { .. }) => {
                    let ObjKind::Var { ty, .. } = self.obj(o).kind else { unreachable!() };
                    new_names.push(false);
                    ltypes.push(Some(ty));
                }
                _ => {
                    new_names.push(id.name != "_");
                    ltypes.push(None);
                }
            }
        }
        if !new_names.iter().any(|&n| n) && !bad {
            self.error(op_pos, "no new variables on left side of :=");
        }
        let r = self.assign_rhs_infer(&ltypes, lhs, rhs, pos, "assignment");
        let types: Vec<TypeId> = match &r {
            Some((_, t)) => t.clone(),
            None => vec![TypeId::INVALID; idents.len()],
        };
        let mut stmts = Vec::new();
        let mut places = Vec::new();
        let mut new_objs = Vec::new();
        for (i, id) in idents.iter().enumerate() {
            if id.name == "_" || repeated[i] {
                places.push(Place::Blank);
                continue;
            }
            if new_names[i] {
                let ty = types.get(i).copied().unwrap_or(TypeId::INVALID);
                let ty = if self.types.is_untyped(ty) { self.types.default_type(ty) } else { ty };
                if self.at_repl_top() {
                    let (g, obj) = self.new_repl_var(id, ty);
                    new_objs.push(obj);
                    places.push(Place::Var(tir::Var::Global(g)));
                    continue;
                }
                let (local, obj) = self.new_var_object(id, ty);
                new_objs.push(obj);
                stmts.push(Stmt::VarDecl(local));
                places.push(Place::Var(tir::Var::Local(local)));
            } else {
                let x = self.lhs_expr(&lhs[i]);
                match self.place_of(&x, &lhs[i]) {
                    Some(p) => places.push(p),
                    None => places.push(Place::Blank),
                }
            }
        }
        // Declare after evaluating the right-hand side (scope starts after the statement).
        for o in new_objs {
            let name = self.obj(o).name.clone();
            let scope = self.var_scope();
            self.scopes.insert(scope, name, o);
        }
        self.note_sig_sources(&places, r.as_ref().map(|(rhs, _)| rhs));
        if let Some((rhs, _)) = r {
            stmts.push(Stmt::Assign { lhs: places, rhs });
        }
        stmts
    }

    /// Records, for variables declared from a function, method value or function literal,
    /// that function: go/types prints their type with its parameter names.
    fn note_sig_sources(&mut self, places: &[Place], rhs: Option<&tir::Rhs>) {
        let Some(tir::Rhs::Exprs(exprs)) = rhs else { return };
        let Some(func) = self.fctx.as_ref().map(|f| f.func) else { return };
        for (p, e) in places.iter().zip(exprs) {
            if let (Place::Var(tir::Var::Local(l)), Some(f)) = (p, self.sig_source_of(e)) {
                self.sig_sources.insert(VarRef::Local(func, *l), f);
            }
        }
    }

    /// Creates a local variable object (not yet in scope) and its TIR local.
    pub(crate) fn new_var_object(&mut self, id: &ast::Ident, ty: TypeId) -> (LocalId, super::scope::ObjId) {
        let pos = self.pos(id.span);
        let local = self.new_local(&id.name, ty, pos);
        let func = self.fctx.as_ref().unwrap().func;
        let obj = Object { name: id.name.clone(), kind: ObjKind::Var { var: VarRef::Local(func, local), ty }, pos, pkg: self.pkg, used: false };
        let o = self.scopes.add_object(obj);
        self.func_ctx().declared.push(o);
        (local, o)
    }

    /// A REPL variable: a package-level variable (it outlives the input) in the package
    /// scope, replacing an earlier one of the same name.
    pub(crate) fn new_repl_var(&mut self, id: &ast::Ident, ty: TypeId) -> (tir::GlobalId, super::scope::ObjId) {
        let pos = self.pos(id.span);
        let g = tir::GlobalId(self.globals.len() as u32);
        self.globals.push(tir::Global { name: id.name.clone(), pkg: self.pkg, ty, pos });
        let obj = Object { name: id.name.clone(), kind: ObjKind::Var { var: VarRef::Global(g), ty }, pos, pkg: self.pkg, used: true };
        (g, self.scopes.add_object(obj))
    }

    /// Declares a new local variable in the current scope.
    pub(crate) fn declare_local(&mut self, id: &ast::Ident, ty: TypeId) -> LocalId {
        let (local, o) = self.new_var_object(id, ty);
        if id.name != "_" {
            let scope = self.scope;
            if let Some(prev) = self.scopes.lookup_local(scope, &id.name) {
                let prev_pos = self.obj(prev).pos;
                let (l, c) = self.line_col(prev_pos);
                let path = self.files[prev_pos.file as usize].path.clone();
                let pos = self.pos(id.span);
                self.error(pos, format!("{} redeclared in this block\n\t{}:{}:{}: other declaration of {}", id.name, path, l, c, id.name));
                // As go/types: the new variable is not declared (nor reported unused).
                self.func_ctx().declared.retain(|x| *x != o);
                return local;
            }
            self.scopes.insert(scope, id.name.clone(), o);
        }
        local
    }

    /// `var a, b T = x, y` inside a function.
    pub(crate) fn local_var_spec(&mut self, s: &ast::VarSpec) -> Vec<Stmt> {
        let declared = s.ty.as_ref().map(|t| self.type_expr(t));
        let mut stmts = Vec::new();
        if s.values.is_empty() {
            let ty = declared.unwrap_or(TypeId::INVALID);
            for n in &s.names {
                if self.at_repl_top() && n.name != "_" {
                    let (_, o) = self.new_repl_var(n, ty);
                    let scope = self.var_scope();
                    self.scopes.insert(scope, n.name.clone(), o);
                    continue;
                }
                let l = self.declare_local(n, ty);
                stmts.push(Stmt::VarDecl(l));
            }
            return stmts;
        }
        let ltypes: Vec<Option<TypeId>> = s.names.iter().map(|_| declared).collect();
        let lhs: Vec<ast::Expr> = s.names.iter().map(|n| ast::Expr { kind: ast::ExprKind::Ident(n.name.clone()), span: n.span, id: ast::NodeId(0) }).collect();
        let pos = self.pos(s.span);
        let r = self.assign_rhs_infer(&ltypes, &lhs, &s.values, pos, "variable declaration");
        let types = match &r {
            Some((_, t)) => t.clone(),
            None => vec![TypeId::INVALID; s.names.len()],
        };
        let mut places = Vec::new();
        for (i, n) in s.names.iter().enumerate() {
            let ty = declared.unwrap_or_else(|| types.get(i).copied().unwrap_or(TypeId::INVALID));
            let ty = if self.types.is_untyped(ty) { self.types.default_type(ty) } else { ty };
            if self.at_repl_top() && n.name != "_" {
                let (g, o) = self.new_repl_var(n, ty);
                let scope = self.var_scope();
                self.scopes.insert(scope, n.name.clone(), o);
                places.push(Place::Var(tir::Var::Global(g)));
                continue;
            }
            let l = self.declare_local(n, ty);
            stmts.push(Stmt::VarDecl(l));
            places.push(if n.name == "_" { Place::Blank } else { Place::Var(tir::Var::Local(l)) });
        }
        if declared.is_none() {
            self.note_sig_sources(&places, r.as_ref().map(|(rhs, _)| rhs));
        }
        if let Some((rhs, _)) = r {
            stmts.push(Stmt::Assign { lhs: places, rhs });
        }
        stmts
    }

    /// Package-level `var` spec: returns the variables' types and the initializer.
    pub(crate) fn var_spec_types(&mut self, s: &ast::VarSpec, objs: &[super::scope::ObjId]) -> (Vec<TypeId>, Option<Rhs>) {
        let declared = s.ty.as_ref().map(|t| self.type_expr(t));
        if s.values.is_empty() {
            return (vec![declared.unwrap_or(TypeId::INVALID); s.names.len()], None);
        }
        let _ = objs;
        let ltypes: Vec<Option<TypeId>> = s.names.iter().map(|_| declared).collect();
        let lhs: Vec<ast::Expr> = s.names.iter().map(|n| ast::Expr { kind: ast::ExprKind::Ident(n.name.clone()), span: n.span, id: ast::NodeId(0) }).collect();
        let pos = self.pos(s.span);
        let r = self.assign_rhs_infer(&ltypes, &lhs, &s.values, pos, "variable declaration");
        match r {
            Some((rhs, types)) => {
                let tys = types.iter().map(|t| declared.unwrap_or(if self.types.is_untyped(*t) { self.types.default_type(*t) } else { *t })).collect();
                (tys, Some(rhs))
            }
            None => (vec![declared.unwrap_or(TypeId::INVALID); s.names.len()], None),
        }
    }
}

pub(crate) fn is_blank(e: &ast::Expr) -> bool {
    matches!(&e.kind, ast::ExprKind::Ident(n) if n == "_")
}

/// Turns a single-value comma-ok capable expression into its two-value form.
pub(crate) fn set_comma_ok(e: &mut Expr, tuple: TypeId) {
    match &mut e.kind {
        ExprKind::TypeAssert { comma_ok, .. } | ExprKind::MapIndex { comma_ok, .. } | ExprKind::Recv { comma_ok, .. } => {
            *comma_ok = true;
            e.ty = tuple;
        }
        _ => {}
    }
}

fn unparen(e: &ast::Expr) -> &ast::Expr {
    match &e.kind {
        ast::ExprKind::Paren(x) => unparen(x),
        _ => e,
    }
}
