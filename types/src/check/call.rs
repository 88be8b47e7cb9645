//! Calls: function and method calls, conversions, argument passing (variadic packing,
//! multi-value arguments).

use super::expr::expr_string;
use super::{Checker, Mode, Operand};
use crate::tir::{self, Callee, Composite, Expr, ExprKind, Pos};
use crate::ty::{Type, TypeId};
use lexer::Span;
use parser::ast;

impl<'a> Checker<'a> {
    pub(crate) fn call(&mut self, e: &ast::Expr, fun: &ast::Expr, args: &[ast::Expr], ellipsis: Option<Span>, pos: Pos) -> Operand {
        let f = self.raw_expr(fun, None);
        match f.mode {
            Mode::Invalid => {
                for a in args {
                    self.raw_expr(a, None);
                }
                Operand::invalid(pos)
            }
            Mode::TypeExpr => {
                let t = f.ty;
                if args.len() != 1 || ellipsis.is_some() {
                    let msg = if args.is_empty() {
                        format!("missing argument in conversion to {}", self.tstr(t))
                    } else if ellipsis.is_some() {
                        format!("invalid use of ... in conversion to {}", self.tstr(t))
                    } else {
                        format!("too many arguments in conversion to {}", self.tstr(t))
                    };
                    for a in args {
                        self.raw_expr(a, None);
                    }
                    self.error(if args.len() > 1 { self.pos(args[1].span) } else { pos }, msg);
                    return Operand::invalid(pos);
                }
                let x = self.expr_hint(&args[0], Some(t));
                let mut r = self.conversion(x, t, &args[0], e, pos);
                // In an instance, a conversion to a type parameter is not a constant
                // (as in the generic code it comes from).
                if r.mode == Mode::Constant && self.names_tparam_binding(fun) {
                    r.mode = Mode::Value;
                    r.val = None;
                }
                r
            }
            Mode::Builtin => {
                let Some(super::scope::ObjKind::Builtin(b)) = f.obj.map(|o| self.obj(o).kind.clone()) else { return Operand::invalid(pos) };
                self.builtin(b, e, args, ellipsis, pos)
            }
            Mode::Package | Mode::NoValue => {
                let f = self.single_value(f, fun);
                let _ = f;
                Operand::invalid(pos)
            }
            _ if f.targs.is_some() => self.generic_call(f, e, fun, args, ellipsis, pos),
            _ => {
                let f = self.single_value(f, fun);
                if f.is_invalid() {
                    for a in args {
                        self.raw_expr(a, None);
                    }
                    return f;
                }
                let Some(sig) = self.signature_of(f.ty) else {
                    let msg = format!("invalid operation: cannot call non-function {}", self.describe(&f, fun));
                    self.error(pos, msg);
                    for a in args {
                        self.raw_expr(a, None);
                    }
                    return Operand::invalid(pos);
                };
                let name = callee_name(fun);
                let (call_args, tuple_args) = self.arguments(&sig, args, ellipsis, &name, e, pos);
                let Some(call_args) = call_args else { return Operand::invalid(pos) };
                let rty = match sig.results.len() {
                    0 => TypeId::VOID,
                    1 => sig.results[0],
                    _ => self.types.tuple(sig.results.to_vec()),
                };
                let callee = match f.expr.kind {
                    ExprKind::Func(id) => Callee::Func(id),
                    ExprKind::MethodValue { recv, func } => Callee::Method { func, recv },
                    ExprKind::IfaceMethodValue { recv, method } => Callee::Iface { recv, method },
                    _ => Callee::Value(Box::new(f.expr)),
                };
                let call = tir::Call { callee, args: call_args, tuple_args, ty: rty, pos };
                let expr = Expr { kind: ExprKind::Call(Box::new(call)), ty: rty, pos };
                let mode = if sig.results.is_empty() { Mode::NoValue } else { Mode::Value };
                self.value_operand(mode, expr)
            }
        }
    }

    /// Whether a type expression is a type parameter's name bound in an instance.
    fn names_tparam_binding(&self, e: &ast::Expr) -> bool {
        match &e.kind {
            ast::ExprKind::Paren(x) => self.names_tparam_binding(x),
            ast::ExprKind::Ident(n) => self.scopes.lookup(self.scope, n).is_some_and(|(o, _)| self.gen.bindings.contains(&o)),
            _ => false,
        }
    }

    /// A call of a generic function: arguments are checked first (without the generic
    /// parameter types as hints), type arguments inferred, then the arguments are passed
    /// to the instance's parameters.
    fn generic_call(&mut self, f: Operand, e: &ast::Expr, fun: &ast::Expr, args: &[ast::Expr], ellipsis: Option<Span>, pos: Pos) -> Operand {
        let name = callee_name(fun);
        let mut ops: Vec<(Operand, &ast::Expr)> = Vec::new();
        let mut tuple = false;
        if args.len() == 1 && ellipsis.is_none() {
            let x = self.raw_expr(&args[0], None);
            if let Type::Tuple(elems) = self.types.get(x.ty) {
                if !elems.is_empty() && !x.is_invalid() {
                    tuple = true;
                }
            }
            let x = if tuple { x } else { self.single_value(x, &args[0]) };
            ops.push((x, &args[0]));
        } else {
            for a in args {
                let x = self.expr(a);
                ops.push((x, a));
            }
        }
        if ops.iter().any(|(o, _)| o.is_invalid()) {
            return Operand::invalid(pos);
        }
        let Some((inst, sig_ty)) = self.infer_call(&f, fun, &ops, e, pos) else { return Operand::invalid(pos) };
        let Some(sig) = self.signature_of(sig_ty) else { return Operand::invalid(pos) };
        let (call_args, tuple_args) = if tuple {
            let Type::Tuple(elems) = self.types.get(ops[0].0.ty).clone() else { unreachable!() };
            let ok = self.check_tuple_args(&sig, &elems, &name, e, &args[0], pos);
            (if ok { Some(vec![ops.pop().unwrap().0.expr]) } else { None }, true)
        } else {
            (self.finish_args(&sig, ops, ellipsis, &name, e, pos), false)
        };
        let Some(call_args) = call_args else { return Operand::invalid(pos) };
        let rty = match sig.results.len() {
            0 => TypeId::VOID,
            1 => sig.results[0],
            _ => self.types.tuple(sig.results.to_vec()),
        };
        let call = tir::Call { callee: Callee::Func(inst), args: call_args, tuple_args, ty: rty, pos };
        let expr = Expr { kind: ExprKind::Call(Box::new(call)), ty: rty, pos };
        let mode = if sig.results.is_empty() { Mode::NoValue } else { Mode::Value };
        self.value_operand(mode, expr)
    }

    /// Checks call arguments against a signature. Returns one TIR argument per parameter
    /// (variadic extras packed), or the single tuple-valued argument (`tuple_args`).
    pub(crate) fn arguments(
        &mut self,
        sig: &crate::ty::Signature,
        args: &[ast::Expr],
        ellipsis: Option<Span>,
        name: &str,
        call: &ast::Expr,
        pos: Pos,
    ) -> (Option<Vec<Expr>>, bool) {
        let nparams = sig.params.len();
        // f(g()) with multi-value g.
        if args.len() == 1 && ellipsis.is_none() {
            let x = self.raw_expr(&args[0], sig.params.first().copied());
            if let Type::Tuple(elems) = self.types.get(x.ty).clone() {
                if !elems.is_empty() && !x.is_invalid() {
                    let ok = self.check_tuple_args(sig, &elems, name, call, &args[0], pos);
                    return (if ok { Some(vec![x.expr]) } else { None }, true);
                }
            }
            let x = self.single_value(x, &args[0]);
            return (self.finish_args(sig, vec![(x, &args[0])], ellipsis, name, call, pos), false);
        }
        let mut ops = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let hint = if i < nparams { Some(sig.params[i]) } else { sig.params.last().copied() };
            let hint = hint.map(|h| if sig.variadic && i + 1 >= nparams && ellipsis.is_none() { self.slice_elem(h) } else { h });
            let x = self.expr_hint(a, hint);
            ops.push((x, a));
        }
        (self.finish_args(sig, ops, ellipsis, name, call, pos), false)
    }

    fn slice_elem(&self, t: TypeId) -> TypeId {
        match self.types.under(self.core(t)) {
            Type::Slice(e) => *e,
            _ => t,
        }
    }

    fn finish_args(&mut self, sig: &crate::ty::Signature, mut ops: Vec<(Operand, &ast::Expr)>, ellipsis: Option<Span>, name: &str, call: &ast::Expr, pos: Pos) -> Option<Vec<Expr>> {
        let nparams = sig.params.len();
        if ops.iter().any(|(o, _)| o.is_invalid()) {
            return None;
        }
        let context = format!("argument to {}", name);
        if let Some(esp) = ellipsis {
            if !sig.variadic {
                let msg = format!("have (...) cannot use ... in call to non-variadic {}", name);
                let _ = msg;
                let _ = esp;
                self.error(self.pos(call.span), format!("cannot use ... in call to non-variadic {}", name));
                return None;
            }
            if ops.len() != nparams {
                self.count_error(sig, &ops, name, call, pos, true);
                return None;
            }
            let mut out = Vec::new();
            for (i, (mut o, a)) in ops.into_iter().enumerate() {
                if !self.assign_expr(&mut o, a, sig.params[i], &context) {
                    return None;
                }
                out.push(o.expr);
            }
            return Some(out);
        }
        let fixed = if sig.variadic { nparams - 1 } else { nparams };
        if ops.len() < fixed || (!sig.variadic && ops.len() > nparams) {
            self.count_error(sig, &ops, name, call, pos, false);
            return None;
        }
        let mut out = Vec::new();
        let mut extras = Vec::new();
        let elem = if sig.variadic { self.slice_elem(sig.params[nparams - 1]) } else { TypeId::INVALID };
        for (i, (o, a)) in ops.iter_mut().enumerate() {
            let t = if i < fixed { sig.params[i] } else { elem };
            if !self.assign_expr(o, a, t, &context) {
                return None;
            }
            // Moved out, not cloned: a clone copies the whole argument tree at every level
            // of nested calls (quadratic in the nesting depth).
            let placeholder = Expr { kind: ExprKind::Zero, ty: o.expr.ty, pos: o.expr.pos };
            let e = std::mem::replace(&mut o.expr, placeholder);
            if i < fixed {
                out.push(e);
            } else {
                extras.push(e);
            }
        }
        if sig.variadic {
            let st = sig.params[nparams - 1];
            if extras.is_empty() {
                out.push(Expr { kind: ExprKind::Nil, ty: st, pos });
            } else {
                let len = extras.len() as u64;
                let elems = extras.into_iter().enumerate().map(|(i, e)| (i as u64, e)).collect();
                out.push(Expr { kind: ExprKind::Composite(Composite::Slice { elems, len }), ty: st, pos });
            }
        }
        Some(out)
    }

    fn check_tuple_args(&mut self, sig: &crate::ty::Signature, elems: &[TypeId], name: &str, call: &ast::Expr, arg: &ast::Expr, pos: Pos) -> bool {
        let nparams = sig.params.len();
        let fixed = if sig.variadic { nparams - 1 } else { nparams };
        if elems.len() < fixed || (!sig.variadic && elems.len() > nparams) {
            let have = self.tuple_string(elems);
            let want = self.params_string(sig);
            let which = if elems.len() < fixed { "not enough" } else { "too many" };
            let msg = format!("{} arguments in call to {}\n\thave {}\n\twant {}", which, name, have, want);
            self.error(if elems.len() < fixed { self.rparen_pos(call) } else { self.pos(arg.span) }, msg);
            return false;
        }
        for (i, &t) in elems.iter().enumerate() {
            let p = if i < fixed { sig.params[i] } else { self.slice_elem(sig.params[nparams - 1]) };
            if !self.assignable_type(t, p) {
                let msg = format!("cannot use {} (value of type {}) as {} value in argument to {}", expr_string(arg), self.tstr(t), self.tstr(p), name);
                self.error(self.pos(arg.span), msg);
                return false;
            }
        }
        let _ = pos;
        true
    }

    /// `ddd`: the call passes a slice as the variadic parameter (`f(a, s...)`), which then
    /// counts as an ordinary parameter of slice type.
    fn count_error(&mut self, sig: &crate::ty::Signature, ops: &[(Operand, &ast::Expr)], name: &str, call: &ast::Expr, pos: Pos, ddd: bool) {
        let _ = pos;
        let have: Vec<String> = ops.iter().map(|(o, _)| self.arg_type_string(o)).collect();
        let have = format!("({})", have.join(", "));
        let want = self.params_string(sig);
        let fixed = if sig.variadic && !ddd { sig.params.len() - 1 } else { sig.params.len() };
        if ops.len() < fixed {
            let msg = format!("not enough arguments in call to {}\n\thave {}\n\twant {}", name, have, want);
            // At the last argument, or at the call when there is none.
            let p = ops.last().map(|(_, a)| self.pos(a.span)).unwrap_or(self.pos(call.span));
            self.error(p, msg);
        } else {
            let msg = format!("too many arguments in call to {}\n\thave {}\n\twant {}", name, have, want);
            let p = ops.get(sig.params.len()).map(|(_, a)| self.pos(a.span)).unwrap_or(pos);
            self.error(p, msg);
        }
    }

    /// Position of the closing parenthesis of a call.
    pub(crate) fn rparen_pos(&self, call: &ast::Expr) -> Pos {
        match &call.kind {
            ast::ExprKind::Call { rparen, .. } => Pos { file: self.file, span: Span { start: *rparen, end: *rparen + 1 } },
            _ => self.pos(call.span),
        }
    }

    /// How go/types prints an argument's type in "have (...)": untyped constants as `number`.
    fn arg_type_string(&self, o: &Operand) -> String {
        if self.types.is_untyped(o.ty) && o.mode == Mode::Constant {
            return match o.ty {
                TypeId::UNTYPED_STRING => "string".into(),
                TypeId::UNTYPED_BOOL => "bool".into(),
                _ => "number".into(),
            };
        }
        if o.ty == TypeId::UNTYPED_NIL {
            return "nil".into();
        }
        self.tstr(o.ty)
    }

    fn tuple_string(&self, elems: &[TypeId]) -> String {
        let v: Vec<String> = elems.iter().map(|t| self.tstr(*t)).collect();
        format!("({})", v.join(", "))
    }

    pub(crate) fn params_string(&self, sig: &crate::ty::Signature) -> String {
        let mut v: Vec<String> = sig.params.iter().map(|t| self.tstr(*t)).collect();
        if sig.variadic {
            if let Some(last) = v.last_mut() {
                *last = format!("...{}", last.trim_start_matches("[]"));
            }
        }
        format!("({})", v.join(", "))
    }
}

/// The callee as go/types names it in argument errors: `f`, `x.M`, `fmt.Println`.
pub(crate) fn callee_name(fun: &ast::Expr) -> String {
    match &fun.kind {
        ast::ExprKind::Paren(x) => callee_name(x),
        _ => expr_string(fun),
    }
}
