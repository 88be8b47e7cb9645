//! Calls, `go` and `defer`.
//!
//! A call evaluates, in Go's order, the function value (for indirect calls), the receiver
//! and the arguments into a window at the top of the caller's registers, then emits the
//! call; the results come back at the start of the window.

use crate::expr::synth_func;
use crate::func::FnBuilder;
use crate::Synth;
use types::tir::{self, Builtin, Call, Callee, Expr};
use types::ty::{Type, TypeId};
use vm::op::{Op, Reg};
use vm::program::PrintTable;

/// A call prepared in a window: what to emit.
enum Target {
    Func(u32),
    Closure(Reg),
    Iface { tab: Reg, method: u16 },
}

impl<'c, 'a> FnBuilder<'c, 'a> {
    /// Parameter types of a callee (receiver first) and its signature.
    fn callee_sig(&mut self, callee: &Callee) -> (Vec<TypeId>, types::ty::Signature) {
        match callee {
            Callee::Func(f) | Callee::Method { func: f, .. } => {
                let tf = &self.c.tir.funcs[f.0 as usize];
                let sig = self.c.tir.types.signature(tf.sig).cloned().expect("minigo bug: callee without signature");
                let mut params = Vec::new();
                if let (Callee::Method { .. }, Some(r)) = (callee, tf.recv) {
                    params.push(tf.locals[r.0 as usize].ty);
                }
                params.extend(sig.params.iter().copied());
                (params, sig)
            }
            Callee::Iface { recv, method } => {
                let m = self.c.tir.types.interface_methods(recv.ty)[*method as usize].clone();
                let sig = self.c.tir.types.signature(m.sig).cloned().unwrap();
                let mut params = vec![TypeId::UNSAFE_POINTER];
                params.extend(sig.params.iter().copied());
                (params, sig)
            }
            Callee::Value(f) => {
                let sig = self.c.tir.types.signature(f.ty).cloned().expect("minigo bug: call of non-function");
                (sig.params.to_vec(), sig)
            }
            Callee::Builtin(_) => unreachable!("minigo bug: builtin callee outside go/defer"),
        }
    }

    /// Evaluates callee and arguments into a window; returns (window, target, arg words).
    fn prepare_call(&mut self, call: &Call) -> (Reg, Target, u32) {
        let (params, sig) = self.callee_sig(&call.callee);
        let arg_words: u32 = params.iter().map(|t| self.c.layouts.words(&self.c.tir.types, *t)).sum();
        let res_words: u32 = sig.results.iter().map(|t| self.c.layouts.words(&self.c.tir.types, *t)).sum();
        // The function value or interface is evaluated first, below the window.
        let pre = match &call.callee {
            Callee::Value(f) => Some(self.expr_fresh(f)),
            Callee::Iface { recv, .. } => Some(self.expr_fresh(recv)),
            _ => None,
        };
        let win = self.alloc_words(arg_words.max(res_words).max(1), &[]);
        self.mark_ptrs(win, arg_words.max(res_words).max(1));
        let mut off = 0u32;
        let target = match &call.callee {
            Callee::Func(f) => Target::Func(self.c.fidx(*f)),
            Callee::Method { func, recv } => {
                let n = self.words(recv.ty);
                self.expr_into(recv, win);
                off += n;
                Target::Func(self.c.fidx(*func))
            }
            Callee::Iface { method, .. } => {
                let r = pre.unwrap();
                self.emit(Op::Mov { dst: win, src: r + 1 });
                off += 1;
                Target::Iface { tab: r, method: *method as u16 }
            }
            Callee::Value(_) => Target::Closure(pre.unwrap()),
            Callee::Builtin(_) => unreachable!(),
        };
        let first_param = params.len() - sig.params.len();
        if call.tuple_args {
            self.tuple_args(&call.args[0], &params[first_param..], sig.variadic, win + off as u16);
        } else {
            for (i, a) in call.args.iter().enumerate() {
                let n = self.c.layouts.words(&self.c.tir.types, params[first_param + i]);
                self.expr_into(a, win + off as u16);
                off += n;
            }
        }
        (win, target, arg_words)
    }

    /// Evaluates `e` into fresh registers.
    fn expr_fresh(&mut self, e: &Expr) -> Reg {
        let r = self.alloc(e.ty);
        self.expr_into(e, r);
        r
    }

    /// `f(g())`: spreads g's results over the parameters (converting to interfaces and
    /// packing variadic extras as needed).
    fn tuple_args(&mut self, arg: &Expr, params: &[TypeId], variadic: bool, dst: Reg) {
        let tuple = self.expr_fresh(arg);
        let Type::Tuple(elems) = self.types().get(arg.ty).clone() else { unreachable!("minigo bug: tuple args") };
        let offs = self.c.layouts.tuple_offsets(&self.c.tir.types, arg.ty);
        let fixed = if variadic { params.len() - 1 } else { params.len() };
        let mut off = 0u32;
        for i in 0..fixed {
            let pt = params[i];
            self.convert_word(tuple + offs[i] as u16, elems[i], pt, dst + off as u16);
            off += self.words(pt);
        }
        if variadic {
            let st = params[fixed];
            let Type::Slice(et) = self.types().under(st).clone() else { unreachable!() };
            let extra = elems.len() - fixed;
            if extra == 0 {
                self.emit(Op::Zero { dst: dst + off as u16, n: 3 });
                return;
            }
            let at = self.c.tir.types.intern(Type::Array(et, extra as u64));
            let el = self.layout(et);
            let p = self.alloc_ptr();
            self.emit(Op::New { dst: p, t: at.0 });
            for j in 0..extra {
                let v = self.alloc(et);
                self.convert_word(tuple + offs[fixed + j] as u16, elems[fixed + j], et, v);
                let a = self.alloc_scalar();
                let ir = self.alloc_scalar();
                self.load_word(ir, j as u64);
                self.emit(Op::IndexAddr { dst: a, ptr: p, idx: ir, esize: el.stride as u16 });
                let n = el.words();
                if n == 1 && el.stride <= 8 {
                    self.emit(Op::St { ptr: a, off: 0, src: v, mem: el.packed });
                } else {
                    self.emit(Op::StN { ptr: a, src: v, n: n as u16 });
                }
            }
            let d = dst + off as u16;
            self.emit(Op::Mov { dst: d, src: p });
            self.load_word(d + 1, extra as u64);
            self.load_word(d + 2, extra as u64);
        }
    }

    /// Moves a value of type `from` at `src` to `dst` as type `to` (interface conversion
    /// when `to` is an interface).
    pub(crate) fn convert_word(&mut self, src: Reg, from: TypeId, to: TypeId, dst: Reg) {
        if from != to && self.types().is_interface(to) {
            if self.types().is_interface(from) {
                let from_empty = self.types().interface_methods(from).is_empty();
                self.emit(Op::IfaceConv { dst, src, t: to.0 as u16, from_empty });
            } else {
                let k = self.c.iface_conv(from, to);
                self.emit(Op::ToIface { dst, src, k });
            }
        } else {
            let n = self.words(to);
            self.mov(dst, src, n);
        }
    }

    /// Compiles a call; returns the register window holding its results.
    pub fn call(&mut self, call: &Call) -> Reg {
        self.set_pos(call.pos);
        let inline = match call.callee {
            Callee::Func(f) if !call.tuple_args && !call.args.iter().any(crate::stmt::has_block) => self.inline_body(f).map(|e| (f, e)),
            _ => None,
        };
        if let Some((f, body)) = inline {
            return self.inline_call(f, &body, &call.args);
        }
        let (win, target, _) = self.prepare_call(call);
        match target {
            Target::Func(func) => self.emit(Op::Call { base: win, func }),
            Target::Closure(f) => self.emit(Op::CallClosure { base: win, f }),
            Target::Iface { tab, method } => self.emit(Op::CallIface { base: win, tab, method }),
        };
        win
    }

    /// The result expression of a function whose calls are compiled in place: a plain
    /// function whose body is `return e`, `e` a one-word number or boolean computed from
    /// its parameters and constants by operations that can neither panic nor call (no
    /// division by a variable, no signed variable shift count). Nothing can then tell the
    /// difference from a call: no traceback, `runtime.Caller` or safepoint sees it.
    fn inline_body(&self, f: types::ty::FuncId) -> Option<Expr> {
        let tf = &self.c.tir.funcs[f.0 as usize];
        if tf.kind != tir::FuncKind::Decl || tf.recv.is_some() || tf.results.len() != 1 || !tf.captures.is_empty() {
            return None;
        }
        let [tir::Stmt::Return(values)] = tf.body.as_ref()?.stmts.as_slice() else { return None };
        let [e] = values.as_slice() else { return None };
        let params: Vec<tir::LocalId> = tf.params.clone();
        if params.iter().any(|&p| crate::func::is_boxed(self.c, f, p)) || !self.word_scalar(e.ty) || !self.pure_word_expr(e, &params) {
            return None;
        }
        Some(e.clone())
    }

    /// A one-word integer, float or boolean type.
    fn word_scalar(&self, t: TypeId) -> bool {
        use crate::expr::Class;
        matches!(self.class(t), Class::Int(_) | Class::F64 | Class::F32 | Class::Bool)
    }

    /// See [`Self::inline_body`].
    fn pure_word_expr(&self, e: &Expr, params: &[tir::LocalId]) -> bool {
        use crate::expr::{Class, IntKind};
        use tir::{BinOp, ExprKind};
        if !self.word_scalar(e.ty) {
            return false;
        }
        match &e.kind {
            ExprKind::Const(_) => true,
            ExprKind::Var(tir::Var::Local(l)) => params.contains(l),
            ExprKind::Unary(_, x) | ExprKind::Convert(x) => self.pure_word_expr(x, params),
            ExprKind::Compare(_, a, b) | ExprKind::AndAnd(a, b) | ExprKind::OrOr(a, b) => self.pure_word_expr(a, params) && self.pure_word_expr(b, params),
            ExprKind::Binary(op, a, b) => {
                let int = matches!(self.class(e.ty), Class::Int(_));
                let safe = match op {
                    BinOp::Div | BinOp::Rem if int => matches!(b.kind, ExprKind::Const(_)),
                    BinOp::Shl | BinOp::Shr => matches!(b.kind, ExprKind::Const(_)) || matches!(self.class(b.ty), Class::Int(IntKind::Unsigned(_))),
                    _ => true,
                };
                safe && self.pure_word_expr(a, params) && self.pure_word_expr(b, params)
            }
            _ => false,
        }
    }

    /// The call of `f` (see [`Self::inline_body`]) with arguments `args`: evaluates them
    /// in order, then computes the result expression on them. A constant argument is
    /// substituted as such; a register variable is read in place (the expression cannot
    /// change it).
    fn inline_call(&mut self, f: types::ty::FuncId, body: &Expr, args: &[Expr]) -> Reg {
        let tf = &self.c.tir.funcs[f.0 as usize];
        let params: Vec<(tir::LocalId, TypeId)> = tf.params.iter().map(|&p| (p, tf.locals[p.0 as usize].ty)).collect();
        let mut slots = Vec::new();
        for (&(p, t), a) in params.iter().zip(args) {
            let value = match &a.kind {
                tir::ExprKind::Const(v) => Expr { kind: tir::ExprKind::Const(v.clone()), ty: t, pos: tir::Pos::default() },
                _ => {
                    let r = self.expr(a);
                    self.reg_expr(r, t)
                }
            };
            slots.push((p, value));
        }
        let body = substitute_params(body, &slots);
        let regs: Vec<(Reg, TypeId)> = slots.iter().filter_map(|(_, e)| if let tir::ExprKind::Var(tir::Var::Local(l)) = e.kind { Some(((u32::MAX - 10 - l.0) as Reg, e.ty)) } else { None }).collect();
        let res = self.alloc(body.ty);
        self.with_regs(&regs, |b| b.expr_into(&body, res));
        res
    }

    /// `go f(args)` / `defer f(args)`.
    pub fn go_defer(&mut self, call: &Call, is_go: bool) {
        self.set_pos(call.pos);
        if let Callee::Builtin(b) = call.callee {
            let types: Vec<TypeId> = call.args.iter().map(|a| a.ty).collect();
            let func = self.builtin_wrapper(b, &types);
            let n: u32 = types.iter().map(|t| self.c.layouts.words(&self.c.tir.types, *t)).sum();
            let win = self.alloc_words(n.max(1), &[]);
            self.mark_ptrs(win, n.max(1));
            let mut off = 0;
            for a in &call.args {
                let w = self.words(a.ty);
                self.expr_into(a, win + off as u16);
                off += w;
            }
            self.emit(if is_go { Op::Go { base: win, func, n: n as u16 } } else { Op::Defer { base: win, func, n: n as u16 } });
            return;
        }
        if let Callee::Iface { recv, method } = &call.callee {
            // Bind the method to its receiver now (a nil interface panics here, as in Go).
            let f = self.iface_method_value_func(recv.ty, *method);
            let r = self.expr_fresh(recv);
            self.emit(Op::NilCheck { ptr: r });
            let clo = self.alloc_ptr();
            self.emit(Op::MakeClosure { dst: clo, func: f, caps: r, n: 2 });
            let value_call = Call { callee: Callee::Value(Box::new(Expr { kind: tir::ExprKind::Zero, ty: TypeId::INVALID, pos: call.pos })), args: vec![], tuple_args: false, ty: call.ty, pos: call.pos };
            let _ = value_call;
            let m = self.c.tir.types.interface_methods(recv.ty)[*method as usize].clone();
            let sig = self.c.tir.types.signature(m.sig).cloned().unwrap();
            let n: u32 = sig.params.iter().map(|t| self.c.layouts.words(&self.c.tir.types, *t)).sum();
            let win = self.alloc_words(n.max(1), &[]);
            self.mark_ptrs(win, n.max(1));
            if call.tuple_args {
                self.tuple_args(&call.args[0], &sig.params, sig.variadic, win);
            } else {
                let mut off = 0;
                for a in &call.args {
                    let w = self.words(a.ty);
                    self.expr_into(a, win + off as u16);
                    off += w;
                }
            }
            self.emit(if is_go { Op::GoClosure { base: win, f: clo, n: n as u16 } } else { Op::DeferClosure { base: win, f: clo, n: n as u16 } });
            return;
        }
        let (win, target, n) = self.prepare_call(call);
        let n = n as u16;
        let op = match (target, is_go) {
            (Target::Func(func), true) => Op::Go { base: win, func, n },
            (Target::Func(func), false) => Op::Defer { base: win, func, n },
            (Target::Closure(f), true) => Op::GoClosure { base: win, f, n },
            (Target::Closure(f), false) => Op::DeferClosure { base: win, f, n },
            (Target::Iface { .. }, _) => unreachable!(),
        };
        self.emit(op);
    }

    /// A function calling builtin `b` with its parameters (for `defer close(c)` etc.).
    fn builtin_wrapper(&mut self, b: Builtin, args: &[TypeId]) -> u32 {
        let key = Synth::Builtin(b, args.to_vec());
        if let Some(&f) = self.c.synth.get(&key) {
            return f;
        }
        let mut offs = Vec::new();
        let mut w = 0u32;
        for t in args {
            offs.push(w as u16);
            w += self.c.layouts.words(&self.c.tir.types, *t);
        }
        let mut code = Vec::new();
        match b {
            Builtin::Close => code.push(Op::Close { ch: 0 }),
            Builtin::Panic => code.push(Op::Panic { src: 0 }),
            Builtin::Print | Builtin::Println => {
                let table = offs.iter().zip(args).map(|(o, t)| (*o, t.0)).collect();
                self.c.print_tables.push(PrintTable { args: table, newline: b == Builtin::Println });
                code.push(Op::Print { k: self.c.print_tables.len() as u32 - 1 });
            }
            // `defer recover()`: acts as recover called by the deferring function.
            Builtin::Recover => code.push(Op::Recover { dst: 0, deferred: true }),
            Builtin::Delete => code.push(Op::MapDelete { base: 0, t: args[0].0 as u16 }),
            Builtin::Clear => match self.c.tir.types.under(args[0]).clone() {
                Type::Map(..) => code.push(Op::MapClear { m: 0 }),
                Type::Slice(et) => code.push(Op::ClearSlice { s: 0, t: et.0 as u16 }),
                _ => {}
            },
            Builtin::Copy => {
                let Type::Slice(et) = self.c.tir.types.under(args[0]).clone() else { unreachable!() };
                let from_string = self.c.tir.types.is_string(args[1]);
                code.push(Op::Copy { dst: w as u16, base: 0, t: et.0 as u16, from_string });
            }
            _ => {
                let k = self.c.string(format!("runtime error: go/defer of builtin {:?} is not supported by minigo yet", b).into_bytes());
                code.push(Op::Throw { k });
            }
        }
        let ep = code.len() as u32;
        code.push(Op::Ret { src: 0, n: 0 });
        let f = synth_func(format!("runtime.{:?}-wrapper", b), code, w + 2, w, 0, ep);
        self.c.add_synth(key, f)
    }
}

/// `e` with each parameter read replaced by its argument's expression; positions become
/// the call's (the inlined instructions belong to the caller's line).
fn substitute_params(e: &Expr, slots: &[(tir::LocalId, Expr)]) -> Expr {
    use tir::ExprKind;
    let sub = |x: &Expr| Box::new(substitute_params(x, slots));
    let kind = match &e.kind {
        ExprKind::Var(tir::Var::Local(l)) => {
            let (_, v) = slots.iter().find(|s| s.0 == *l).expect("minigo bug: inlined body reads a non-parameter");
            return v.clone();
        }
        ExprKind::Unary(op, x) => ExprKind::Unary(*op, sub(x)),
        ExprKind::Convert(x) => ExprKind::Convert(sub(x)),
        ExprKind::Binary(op, a, b) => ExprKind::Binary(*op, sub(a), sub(b)),
        ExprKind::Compare(op, a, b) => ExprKind::Compare(*op, sub(a), sub(b)),
        ExprKind::AndAnd(a, b) => ExprKind::AndAnd(sub(a), sub(b)),
        ExprKind::OrOr(a, b) => ExprKind::OrOr(sub(a), sub(b)),
        k => k.clone(),
    };
    Expr { kind, ty: e.ty, pos: tir::Pos::default() }
}
