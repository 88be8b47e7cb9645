//! Statements → bytecode.

use crate::func::FnBuilder;
use crate::place::PlaceRef;
use types::tir::{self, Block, Expr, ExprKind, Place, RangeKind, Rhs, SelectComm, Stmt};
use types::ty::{Type, TypeId};
use vm::op::{Op, Reg};
use vm::program::{SelectCaseDesc, SelectDir, SelectTable};

impl<'c, 'a> FnBuilder<'c, 'a> {
    /// A block: its locals are released at its end.
    pub fn block(&mut self, b: &Block) {
        let mark = self.top;
        for (i, s) in b.stmts.iter().enumerate() {
            if let Stmt::VarDecl(l) = s {
                // `x := e` is `VarDecl(x); Assign(x = e)`: the assignment initializes x, so
                // its registers need no zeroing first.
                let assigned = b.stmts[i + 1..].iter().find(|s| !matches!(s, Stmt::VarDecl(_))).is_some_and(|next| match next {
                    Stmt::Assign { lhs, rhs } => {
                        let reads = match rhs {
                            Rhs::Exprs(es) => es.iter().any(|e| mentions_local(e, *l)),
                            Rhs::Tuple(e) => mentions_local(e, *l),
                        };
                        // Only plain variables on the left (an index there could read l).
                        let plain = lhs.iter().all(|p| matches!(p, Place::Var(_) | Place::Blank));
                        !reads && plain && lhs.iter().any(|p| matches!(p, Place::Var(tir::Var::Local(m)) if m == l))
                    }
                    _ => false,
                });
                self.declare_local_zeroed(*l, !assigned);
                self.report_too_large(Some(self.local_pos(*l)));
                continue;
            }
            self.stmt(s);
        }
        self.top = mark;
    }

    pub fn stmt(&mut self, s: &Stmt) {
        if let Stmt::VarDecl(l) = s {
            self.declare_local(*l);
            self.report_too_large(Some(self.local_pos(*l)));
            return;
        }
        let mark = self.top;
        self.stmt_inner(s);
        self.top = mark;
        self.report_too_large(None);
    }

    fn stmt_inner(&mut self, s: &Stmt) {
        match s {
            Stmt::VarDecl(_) => unreachable!(),
            Stmt::Expr(e) => {
                self.set_pos(e.pos);
                match &e.kind {
                    ExprKind::Call(call) => {
                        self.call(call);
                    }
                    _ => {
                        let r = self.alloc(e.ty);
                        self.expr_into(e, r);
                    }
                }
            }
            Stmt::Assign { lhs, rhs } => self.assign(lhs, rhs),
            Stmt::OpAssign { place, op, value } => {
                // A register variable: `x = x op v` in one instruction.
                if let Place::Var(tir::Var::Local(l)) = place {
                    let s = self.slot(*l);
                    if !s.boxed {
                        let t = self.local_ty(*l);
                        let x = Expr { kind: ExprKind::Var(tir::Var::Local(*l)), ty: t, pos: value.pos };
                        let e = Expr { kind: ExprKind::Binary(*op, Box::new(x), Box::new(value.clone())), ty: t, pos: value.pos };
                        self.set_pos(value.pos);
                        self.expr_into(&e, s.reg);
                        return;
                    }
                }
                let (p, t) = self.with_direct_places(!has_block(value), Vec::new(), |b| b.eval_place(place));
                let cur = self.alloc(t);
                self.load(p, t, cur);
                let var = Expr { kind: ExprKind::Var(tir::Var::Local(tir::LocalId(u32::MAX))), ty: t, pos: value.pos };
                let _ = var;
                let res = self.alloc(t);
                self.binary_regs(*op, cur, value, t, res);
                self.store(p, t, res);
            }
            Stmt::IncDec { place, inc } => {
                if let Place::Var(tir::Var::Local(l)) = place {
                    let s = self.slot(*l);
                    let t = self.local_ty(*l);
                    if let (false, crate::expr::Class::Int(k)) = (s.boxed, self.class(t)) {
                        self.emit(Op::AddImm { dst: s.reg, a: s.reg, imm: if *inc { 1 } else { -1 } });
                        self.normalize_pub(s.reg, k);
                        return;
                    }
                }
                let (p, t) = self.with_direct_places(true, Vec::new(), |b| b.eval_place(place));
                let cur = self.alloc(t);
                self.load(p, t, cur);
                let one = Expr { kind: ExprKind::Const(one_of(self, t)), ty: t, pos: tir::Pos::default() };
                let op = if *inc { tir::BinOp::Add } else { tir::BinOp::Sub };
                let res = if let PlaceRef::Reg(r) = p { r } else { self.alloc(t) };
                self.binary_regs(op, cur, &one, t, res);
                self.store(p, t, res);
            }
            Stmt::Send { chan, value } => {
                self.set_pos(chan.pos);
                let c = self.expr(chan);
                let v = self.expr(value);
                let Type::Chan(_, et) = self.types().under(chan.ty).clone() else { unreachable!() };
                self.emit(Op::Send { ch: c, src: v, t: et.0 as u16 });
            }
            Stmt::Go(call) => self.go_defer(call, true),
            Stmt::Defer(call) => self.go_defer(call, false),
            Stmt::Return(values) => self.ret(values),
            Stmt::If { cond, then, els } => {
                self.set_pos(cond.pos);
                let else_l = self.new_label();
                self.cond_jump(cond, false, else_l);
                self.block(then);
                match els {
                    Some(e) => {
                        let end = self.new_label();
                        self.jump(end);
                        self.bind(else_l);
                        self.block(e);
                        self.bind(end);
                    }
                    None => self.bind(else_l),
                }
            }
            Stmt::Switch(sw) => self.switch(sw),
            Stmt::TypeSwitch(ts) => self.type_switch(ts),
            Stmt::Select(sel) => self.select(sel),
            Stmt::Loop { label, cond, body, post, per_iteration } => {
                let brk = self.break_label(*label);
                let cont = self.continue_label(*label);
                let top = self.new_label();
                let test = self.new_label();
                // `for i := a; i < b; i++`: test once on entry, then step and test in one
                // instruction at the bottom.
                let counting = self.counting_loop(cond.as_ref(), post.as_deref());
                match (cond, counting) {
                    (Some(c), Some(_)) => self.cond_jump(c, false, brk),
                    (Some(_), None) => self.jump(test),
                    (None, _) => {}
                }
                self.bind(top);
                self.block(body);
                self.bind(cont);
                // Go 1.22: each iteration has fresh copies of the loop's variables.
                for l in per_iteration {
                    if self.locals[l.0 as usize].is_some() {
                        self.renew_cell(*l);
                    }
                }
                if let (Some(c), Some(step)) = (cond, counting) {
                    self.set_pos(c.pos);
                    self.jump_op(step, top);
                    self.bind(brk);
                    return;
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                match cond {
                    Some(c) => {
                        self.bind(test);
                        self.cond_jump(c, true, top);
                    }
                    None => self.jump(top),
                }
                self.bind(brk);
            }
            Stmt::Range(r) => self.range(r),
            Stmt::Block(b) => self.block(b),
            Stmt::Labeled { label, stmt } => {
                let start = self.start_label(*label);
                self.bind(start);
                self.stmt(stmt);
                let brk = self.break_label(*label);
                if self.label_pc(brk).is_none() {
                    self.bind(brk);
                }
            }
            Stmt::Break(l) => {
                let x = self.break_label(*l);
                self.jump(x);
            }
            Stmt::Continue(l) => {
                let x = self.continue_label(*l);
                self.jump(x);
            }
            Stmt::Goto(l) => {
                let x = self.start_label(*l);
                self.jump(x);
            }
            Stmt::FrameToken(l) => {
                let r = self.alloc(TypeId::UINTPTR);
                self.emit(Op::FrameToken { dst: r });
                let tmp = tir::LocalId(u32::MAX - 2);
                let value = Expr { kind: ExprKind::Var(tir::Var::Local(tmp)), ty: TypeId::UINTPTR, pos: tir::Pos::default() };
                self.with_reg_local(tmp, r, |b| b.assign(&[Place::Var(tir::Var::Local(*l))], &Rhs::Exprs(vec![value])));
            }
            Stmt::DeferAt { token, call } => {
                self.go_defer(call, false);
                let t = self.expr(token);
                self.emit(Op::DeferTo { tok: t });
            }
            Stmt::AdoptDefers(token) => {
                let t = self.expr(token);
                self.emit(Op::AdoptDefers { tok: t });
            }
            Stmt::Throw { msg, pos } => {
                self.set_pos(*pos);
                let k = self.c.string(msg.clone().into_bytes());
                self.emit(Op::Throw { k });
            }
        }
    }

    /// The fused step-and-test instruction (offset to patch) of a loop whose condition
    /// is `i < limit` and whose post statement is `i++`, for a 64-bit signed register
    /// variable `i` and a limit that is a constant or another such variable.
    fn counting_loop(&mut self, cond: Option<&Expr>, post: Option<&Stmt>) -> Option<Op> {
        let (Some(cond), Some(Stmt::IncDec { place: Place::Var(tir::Var::Local(l)), inc: true })) = (cond, post) else { return None };
        let ExprKind::Compare(tir::CmpOp::Lt, x, limit) = &cond.kind else { return None };
        let word_int = |b: &mut Self, l: tir::LocalId| !b.slot(l).boxed && b.class(b.local_ty(l)) == crate::expr::Class::Int(crate::expr::IntKind::Signed(64));
        if !matches!(x.kind, ExprKind::Var(tir::Var::Local(v)) if v == *l) || !word_int(self, *l) {
            return None;
        }
        let a = self.slot(*l).reg;
        match &limit.kind {
            ExprKind::Const(v) => v.to_i64().and_then(|n| i32::try_from(n).ok()).map(|imm| Op::IncJmpLtImm { a, imm, off: 0 }),
            ExprKind::Var(tir::Var::Local(m)) if word_int(self, *m) => Some(Op::IncJmpLtI { a, b: self.slot(*m).reg, off: 0 }),
            _ => None,
        }
    }

    /// `res = R[a] op value` for an already loaded left operand.
    fn binary_regs(&mut self, op: tir::BinOp, a: Reg, value: &Expr, t: TypeId, res: Reg) {
        // Reuse the expression compiler with a synthetic local-free form: move the left
        // operand into a register expression.
        let left = Expr { kind: ExprKind::Var(tir::Var::Local(tir::LocalId(u32::MAX - 1))), ty: t, pos: value.pos };
        self.with_reg_local(tir::LocalId(u32::MAX - 1), a, |b| {
            let e = Expr { kind: ExprKind::Binary(op, Box::new(left.clone()), Box::new(value.clone())), ty: t, pos: value.pos };
            b.expr_into(&e, res);
        });
    }

    /// Runs `f` with a pseudo-local bound to register `r`.
    fn with_reg_local(&mut self, l: tir::LocalId, r: Reg, f: impl FnOnce(&mut Self)) {
        let idx = self.locals.len();
        self.locals.push(Some(crate::func::LocalSlot { reg: r, boxed: false }));
        self.pseudo.push((l, idx));
        f(self);
        self.pseudo.pop();
        self.locals.pop();
    }

    fn assign(&mut self, lhs: &[Place], rhs: &Rhs) {
        // Fast path: one register variable = one expression not reading it.
        if let ([Place::Var(tir::Var::Local(l))], Rhs::Exprs(es)) = (lhs, rhs) {
            let s = self.slot(*l);
            if !s.boxed && (self.words(es[0].ty) <= 1 || writes_result_last(&es[0]) || !mentions_local(&es[0], *l)) {
                self.set_pos(es[0].pos);
                self.expr_into(&es[0], s.reg);
                return;
            }
        }
        if let ([Place::Var(tir::Var::Global(g))], Rhs::Exprs(es)) = (lhs, rhs) {
            if self.large_constant_array_into_global(*g, &es[0]) {
                return;
            }
        }
        let assigned: Vec<tir::LocalId> = lhs.iter().filter_map(|p| if let Place::Var(tir::Var::Local(l)) = p { Some(*l) } else { None }).collect();
        let blocks = match rhs {
            Rhs::Exprs(es) => es.iter().any(has_block),
            Rhs::Tuple(e) => has_block(e),
        };
        if let Rhs::Exprs(es) = rhs {
            if !blocks && self.parallel_register_assign(lhs, es) {
                return;
            }
        }
        // Phase 1: place operands, then values, left to right. An operand that is a
        // register variable not assigned by this statement can be used in place (nothing
        // else can change it before the stores).
        let places: Vec<(PlaceRef, TypeId)> = self.with_direct_places(!blocks, assigned.clone(), |b| lhs.iter().map(|p| b.eval_place(p)).collect());
        match rhs {
            Rhs::Exprs(es) => {
                let mut vals = Vec::new();
                for e in es {
                    self.set_pos(e.pos);
                    // A register variable that no store of this statement changes is stored
                    // from its own registers.
                    if let (false, ExprKind::Var(tir::Var::Local(l))) = (blocks, &e.kind) {
                        let s = self.slot(*l);
                        if !s.boxed && !assigned.contains(l) {
                            vals.push(s.reg);
                            continue;
                        }
                    }
                    let r = self.alloc(e.ty);
                    self.expr_into(e, r);
                    vals.push(r);
                }
                for ((p, t), v) in places.iter().zip(vals) {
                    self.store(*p, *t, v);
                }
            }
            Rhs::Tuple(e) => {
                self.set_pos(e.pos);
                let r = self.alloc(e.ty);
                self.expr_into(e, r);
                let offs = self.c.layouts.tuple_offsets(&self.c.tir.types, e.ty);
                let Type::Tuple(elems) = self.types().get(e.ty).clone() else { unreachable!("minigo bug: tuple rhs") };
                for (i, (p, t)) in places.iter().enumerate() {
                    if matches!(p, PlaceRef::Blank) {
                        continue;
                    }
                    let src = r + offs[i] as u16;
                    if elems[i] != *t && self.types().is_interface(*t) {
                        let v = self.alloc(*t);
                        let e2 = Expr { kind: ExprKind::ToInterface(Box::new(Expr { kind: ExprKind::Var(tir::Var::Local(tir::LocalId(u32::MAX - 2))), ty: elems[i], pos: e.pos })), ty: *t, pos: e.pos };
                        self.with_reg_local(tir::LocalId(u32::MAX - 2), src, |b| b.expr_into(&e2, v));
                        self.store(*p, *t, v);
                    } else {
                        self.store(*p, *t, src);
                    }
                }
            }
        }
    }

    /// `a, b = x, y` where every target is a distinct register variable (and the function
    /// defers nothing, so no recovered panic can show a half-done assignment): each value
    /// is computed straight into its variable unless a later value reads that variable
    /// (then through a temporary, moved last). Returns whether it compiled the statement.
    fn parallel_register_assign(&mut self, lhs: &[Place], es: &[Expr]) -> bool {
        if self.has_defer || lhs.len() < 2 || lhs.len() != es.len() {
            return false;
        }
        let mut targets = Vec::new();
        for p in lhs {
            let Place::Var(tir::Var::Local(l)) = p else { return false };
            if self.slot(*l).boxed || targets.contains(l) {
                return false;
            }
            targets.push(*l);
        }
        let mut pending = Vec::new();
        for (k, e) in es.iter().enumerate() {
            let l = targets[k];
            let reg = self.slot(l).reg;
            let n = self.words(e.ty);
            self.set_pos(e.pos);
            let read_later = es[k + 1..].iter().any(|x| mentions_local(x, l));
            if !read_later && (n <= 1 || writes_result_last(e) || !mentions_local(e, l)) {
                self.expr_into(e, reg);
            } else {
                let r = self.alloc(e.ty);
                self.expr_into(e, r);
                pending.push((reg, r, n));
            }
        }
        for (reg, r, n) in pending {
            self.mov(reg, r, n);
        }
        true
    }

    fn ret(&mut self, values: &[Expr]) {
        let results = self.c.tir.funcs[self.func.0 as usize].results.clone();
        // Without deferred calls nothing can observe the result variables after the return:
        // return the values straight from where they are computed.
        if !self.has_defer && !values.is_empty() {
            if values.len() == 1 {
                self.set_pos(values[0].pos);
                let n = self.words(values[0].ty);
                let r = self.expr(&values[0]);
                self.emit(Op::Ret { src: r, n: n as u16 });
                return;
            }
            let total: u32 = values.iter().map(|v| self.c.layouts.words(&self.c.tir.types, v.ty)).sum();
            let dst = self.alloc_words(total, &[]);
            self.mark_ptrs(dst, total);
            let mut off = 0;
            for v in values {
                self.set_pos(v.pos);
                let w = self.words(v.ty);
                self.expr_into(v, dst + off as u16);
                off += w;
            }
            self.emit(Op::Ret { src: dst, n: total as u16 });
            return;
        }
        if !values.is_empty() {
            let lhs: Vec<Place> = results.iter().map(|l| Place::Var(tir::Var::Local(*l))).collect();
            let rhs = if values.len() == 1 && results.len() > 1 { Rhs::Tuple(values[0].clone()) } else { Rhs::Exprs(values.to_vec()) };
            // Results are written only after all values are computed (they may read the
            // named results themselves).
            let places: Vec<(PlaceRef, TypeId)> = lhs.iter().map(|p| self.eval_place(p)).collect();
            match rhs {
                Rhs::Exprs(es) => {
                    let mut vals = Vec::new();
                    for e in &es {
                        self.set_pos(e.pos);
                        let r = self.alloc(e.ty);
                        self.expr_into(e, r);
                        vals.push(r);
                    }
                    for ((p, t), v) in places.iter().zip(vals) {
                        self.store(*p, *t, v);
                    }
                }
                Rhs::Tuple(e) => {
                    let _ = places;
                    self.assign(&lhs, &Rhs::Tuple(e));
                }
            }
        }
        // Without deferred calls, return right here from the (contiguous, unboxed) results.
        if !self.has_defer {
            if let Some((src, n)) = self.direct_results(&results) {
                self.emit(Op::Ret { src, n: n as u16 });
                return;
            }
        }
        let ep = self.epilogue;
        self.jump(ep);
    }

    /// The result registers if they are unboxed and contiguous: (first, words).
    fn direct_results(&mut self, results: &[tir::LocalId]) -> Option<(Reg, u32)> {
        if results.is_empty() {
            return Some((0, 0));
        }
        let mut next = None;
        let mut total = 0;
        for &l in results {
            let s = self.slot(l);
            if s.boxed || next.is_some_and(|n| n != s.reg) {
                return None;
            }
            let t = self.local_ty(l);
            let w = self.words(t);
            next = Some(s.reg + w as u16);
            total += w;
        }
        Some((self.slot(results[0]).reg, total))
    }

    // ------------------------------------------------------------ switch statements

    fn switch(&mut self, sw: &tir::Switch) {
        let brk = self.break_label(sw.label);
        if let Some((l, e)) = &sw.tag {
            let s = self.declare_local(*l);
            let _ = s;
            self.assign(&[Place::Var(tir::Var::Local(*l))], &Rhs::Exprs(vec![e.clone()]));
        }
        let bodies: Vec<_> = sw.clauses.iter().map(|_| self.new_label()).collect();
        let mut default = None;
        for (i, c) in sw.clauses.iter().enumerate() {
            if c.is_default {
                default = Some(i);
                continue;
            }
            self.set_pos(c.pos);
            for cond in &c.conds {
                self.cond_jump(cond, true, bodies[i]);
            }
        }
        match default {
            Some(d) => self.jump(bodies[d]),
            None => self.jump(brk),
        }
        for (i, c) in sw.clauses.iter().enumerate() {
            self.bind(bodies[i]);
            self.block(&c.body);
            if c.fallthrough && i + 1 < bodies.len() {
                self.jump(bodies[i + 1]);
            } else {
                self.jump(brk);
            }
        }
        self.bind(brk);
    }

    fn type_switch(&mut self, ts: &tir::TypeSwitch) {
        let brk = self.break_label(ts.label);
        let (xl, xe) = &ts.x;
        self.declare_local(*xl);
        self.assign(&[Place::Var(tir::Var::Local(*xl))], &Rhs::Exprs(vec![xe.clone()]));
        let x = self.slot(*xl).reg;
        let xt = xe.ty;
        let from_empty = self.types().interface_methods(xt).is_empty();
        let dt = self.alloc_scalar();
        self.emit(Op::DynType { dst: dt, src: x, from_empty });
        let bodies: Vec<_> = ts.clauses.iter().map(|_| self.new_label()).collect();
        let mut default = None;
        for (i, c) in ts.clauses.iter().enumerate() {
            if c.is_default {
                default = Some(i);
                continue;
            }
            for t in &c.types {
                let mark = self.top;
                match t {
                    None => {
                        let z = self.alloc_scalar();
                        self.emit(Op::LoadInt { dst: z, imm: 0 });
                        let r = self.alloc_scalar();
                        self.emit(Op::EqI { dst: r, a: dt, b: z });
                        self.jump_if(r, bodies[i]);
                    }
                    Some(t) if self.types().is_interface(*t) => {
                        let r = self.alloc_scalar();
                        self.emit(Op::Implements { dst: r, src: x, t: t.0 as u16, from_empty });
                        self.jump_if(r, bodies[i]);
                    }
                    Some(t) => {
                        let k = self.c.type_const(*t);
                        let tr = self.alloc_scalar();
                        self.emit(Op::LoadK { dst: tr, k });
                        let r = self.alloc_scalar();
                        self.emit(Op::EqI { dst: r, a: dt, b: tr });
                        self.jump_if(r, bodies[i]);
                    }
                }
                self.top = mark;
            }
        }
        match default {
            Some(d) => self.jump(bodies[d]),
            None => self.jump(brk),
        }
        for (i, c) in ts.clauses.iter().enumerate() {
            self.bind(bodies[i]);
            let mark = self.top;
            if let Some(b) = c.bind {
                self.declare_local(b);
                let bt = self.local_ty(b);
                let v = self.alloc(bt);
                if bt == xt {
                    let n = self.words(bt);
                    self.mov(v, x, n);
                } else if self.types().is_interface(bt) {
                    self.emit(Op::IfaceConv { dst: v, src: x, t: bt.0 as u16, from_empty });
                } else {
                    self.c.asserts.push(vm::program::AssertDesc { target: bt.0, source: xt.0, comma_ok: false });
                    let k = self.c.asserts.len() as u32 - 1;
                    self.emit(Op::Assert { dst: v, src: x, k });
                }
                let (p, _) = self.eval_place(&Place::Var(tir::Var::Local(b)));
                self.store(p, bt, v);
            }
            self.block(&c.body);
            self.top = mark;
            self.jump(brk);
        }
        self.bind(brk);
    }

    fn select(&mut self, sel: &tir::Select) {
        let brk = self.break_label(sel.label);
        // Evaluate channels and sent values in source order.
        let mut cases = Vec::new();
        for c in &sel.cases {
            match &c.comm {
                SelectComm::Send { chan, value } => {
                    let ch = self.alloc_ptr();
                    self.expr_into(chan, ch);
                    let v = self.alloc(value.ty);
                    self.expr_into(value, v);
                    let Type::Chan(_, et) = self.types().under(chan.ty).clone() else { unreachable!() };
                    cases.push(SelectCaseDesc { dir: SelectDir::Send, ch, val: v, ok: None, elem: et.0 });
                }
                SelectComm::Recv { chan, value, ok, .. } => {
                    let ch = self.alloc_ptr();
                    self.expr_into(chan, ch);
                    let Type::Chan(_, et) = self.types().under(chan.ty).clone() else { unreachable!() };
                    let v = self.alloc(et);
                    let okr = if ok.is_some() { Some(self.alloc_scalar()) } else { None };
                    let _ = value;
                    cases.push(SelectCaseDesc { dir: SelectDir::Recv, ch, val: v, ok: okr, elem: et.0 });
                }
            }
        }
        let descs = cases.clone();
        self.c.select_tables.push(SelectTable { cases, has_default: sel.default.is_some() });
        let k = self.c.select_tables.len() as u32 - 1;
        let idx = self.alloc_scalar();
        self.set_pos(sel.pos);
        self.emit(Op::Select { dst: idx, k });
        let bodies: Vec<_> = sel.cases.iter().map(|_| self.new_label()).collect();
        let default_l = self.new_label();
        for (i, _) in sel.cases.iter().enumerate() {
            let r = self.alloc_scalar();
            let ir = self.alloc_scalar();
            self.emit(Op::LoadInt { dst: ir, imm: i as i32 });
            self.emit(Op::EqI { dst: r, a: idx, b: ir });
            self.jump_if(r, bodies[i]);
        }
        self.jump(default_l);
        for (i, c) in sel.cases.iter().enumerate() {
            self.bind(bodies[i]);
            let mark = self.top;
            if let SelectComm::Recv { chan, value, ok, decls } = &c.comm {
                for d in decls {
                    self.declare_local(*d);
                }
                let Type::Chan(_, et) = self.types().under(chan.ty).clone() else { unreachable!() };
                if let Some(p) = value {
                    let (pr, t) = self.eval_place(p);
                    self.store_as(pr, t, descs[i].val, et);
                }
                if let (Some(p), Some(okr)) = (ok, descs[i].ok) {
                    let (pr, t) = self.eval_place(p);
                    if !matches!(pr, PlaceRef::Blank) {
                        self.store(pr, if t == TypeId::INVALID { TypeId::BOOL } else { t }, okr);
                    }
                }
            }
            self.block(&c.body);
            self.top = mark;
            self.jump(brk);
        }
        self.bind(default_l);
        if let Some(d) = &sel.default {
            self.block(d);
        }
        self.bind(brk);
    }

    // ------------------------------------------------------------ range loops

    fn range(&mut self, r: &tir::Range) {
        self.set_pos(r.x.pos);
        let brk = self.break_label(r.label);
        let cont = self.continue_label(r.label);
        let top = self.new_label();
        let test = self.new_label();
        let int_ty = TypeId::INT;
        match r.kind {
            RangeKind::Int | RangeKind::Slice | RangeKind::Array | RangeKind::ArrayPointer | RangeKind::String => {
                // The range expression is evaluated once.
                let x = self.alloc(r.x.ty);
                let needs_x = r.value.is_some() || !matches!(r.kind, RangeKind::Array | RangeKind::ArrayPointer) || has_effects(&r.x);
                if needs_x {
                    self.expr_into(&r.x, x);
                }
                let n = self.alloc_scalar();
                match r.kind {
                    RangeKind::Int => self.emit(Op::Mov { dst: n, src: x }),
                    RangeKind::Slice | RangeKind::String => self.emit(Op::Mov { dst: n, src: x + 1 }),
                    _ => {
                        let len = match self.types().under(r.x.ty).clone() {
                            Type::Array(_, l) => l,
                            Type::Pointer(p) => match self.types().under(p).clone() {
                                Type::Array(_, l) => l,
                                _ => 0,
                            },
                            _ => 0,
                        };
                        self.load_word(n, len);
                        0
                    }
                };
                let i = self.alloc_scalar();
                self.emit(Op::LoadInt { dst: i, imm: 0 });
                let next = self.alloc_scalar(); // string: index of the next rune
                let rune = self.alloc_scalar();
                if r.kind == RangeKind::String {
                    self.jump(test);
                } else {
                    // Test once on entry; the bottom steps and tests in one instruction.
                    self.jump_op(Op::JmpLeImm { a: n, imm: 0, off: 0 }, brk);
                }
                self.bind(top);
                let mark = self.top;
                let kt = if r.kind == RangeKind::Int { r.x.ty } else { int_ty };
                let vt = self.range_value_type(r);
                // A key variable the body never assigns is the loop's counter itself, and a
                // value variable of a slice or array is loaded straight into its registers.
                let key_var = r.key.as_ref().and_then(|k| self.fresh_range_var(r, k, kt));
                let value_var = r.value.as_ref().and_then(|v| self.fresh_range_var(r, v, vt)).filter(|_| r.kind != RangeKind::String);
                for d in &r.decls {
                    if key_var == Some(*d) {
                        self.locals[d.0 as usize] = Some(crate::func::LocalSlot { reg: i, boxed: false });
                        continue;
                    }
                    // Assigned right below.
                    self.declare_local_zeroed(*d, false);
                }
                if r.kind == RangeKind::String {
                    self.emit(Op::DecodeRune { dst: rune, s: x, i });
                    // DecodeRune wrote rune and next index: rune at `rune`, next at rune+1.
                    self.emit(Op::Mov { dst: next, src: rune + 1 });
                }
                // As in an assignment, both places are evaluated before either is written
                // (`for i, x[i] = range y` indexes with the old i).
                let key_place = r.key.as_ref().filter(|_| key_var.is_none()).map(|k| self.eval_place(k));
                let value_place = r.value.as_ref().map(|v| self.eval_place(v));
                if let Some((p, t)) = key_place {
                    self.store_as(p, t, i, kt);
                }
                if let Some((p, t)) = value_place {
                    let val = match r.kind {
                        RangeKind::String => rune,
                        _ => {
                            let v = match value_var {
                                Some(d) => self.slot(d).reg,
                                None => self.alloc(vt),
                            };
                            let elem = Expr { kind: ExprKind::Index(Box::new(self.reg_expr(x, r.x.ty)), Box::new(self.reg_expr(i, int_ty))), ty: vt, pos: r.x.pos };
                            let elem = if r.kind == RangeKind::ArrayPointer {
                                let Type::Pointer(at) = self.types().under(r.x.ty).clone() else { unreachable!() };
                                Expr { kind: ExprKind::Index(Box::new(Expr { kind: ExprKind::Deref(Box::new(self.reg_expr(x, r.x.ty))), ty: at, pos: r.x.pos }), Box::new(self.reg_expr(i, int_ty))), ty: vt, pos: r.x.pos }
                            } else {
                                elem
                            };
                            self.with_regs(&[(x, r.x.ty), (i, int_ty)], |b| b.expr_into(&elem, v));
                            v
                        }
                    };
                    if value_var.is_none() {
                        self.store_as(p, t, val, vt);
                    }
                }
                self.block(&r.body);
                self.top = mark;
                self.bind(cont);
                if r.kind == RangeKind::String {
                    self.emit(Op::Mov { dst: i, src: next });
                    self.bind(test);
                    self.jump_op(Op::JmpLtI { a: i, b: n, off: 0 }, top);
                } else {
                    self.jump_op(Op::IncJmpLtI { a: i, b: n, off: 0 }, top);
                }
                self.bind(brk);
            }
            RangeKind::Map => {
                let m = self.alloc_ptr();
                self.expr_into(&r.x, m);
                let it = self.alloc_words(4, &[true]);
                self.emit(Op::MapIter { dst: it, m });
                let Type::Map(kt, vt) = self.types().under(r.x.ty).clone() else { unreachable!() };
                let (kw, vw) = (self.words(kt), self.words(vt));
                let kl = self.layout(kt);
                let vl = self.layout(vt);
                let mut ptrs = vec![false];
                ptrs.extend_from_slice(&kl.ptrs[..kw as usize]);
                ptrs.extend_from_slice(&vl.ptrs[..vw as usize]);
                let out = self.alloc_words(1 + kw + vw, &ptrs);
                self.bind(top);
                self.bind(cont);
                self.emit(Op::MapNext { dst: out, it, t: r.x.ty.0 as u16 });
                self.jump_if_not(out, brk);
                let mark = self.top;
                for d in &r.decls {
                    // Assigned right below.
                    self.declare_local_zeroed(*d, false);
                }
                let key_place = r.key.as_ref().map(|k| self.eval_place(k));
                let value_place = r.value.as_ref().map(|v| self.eval_place(v));
                if let Some((p, t)) = key_place {
                    self.store_as(p, t, out + 1, kt);
                }
                if let Some((p, t)) = value_place {
                    self.store_as(p, t, out + 1 + kw as u16, vt);
                }
                // As for a channel: the copies must not outlive the variables' hold.
                if ptrs[1..].iter().any(|&p| p) {
                    self.emit(Op::Zero { dst: out + 1, n: (kw + vw) as u16 });
                }
                self.block(&r.body);
                self.top = mark;
                self.jump(top);
                self.bind(brk);
                let _ = test;
            }
            RangeKind::Chan => {
                let c = self.alloc_ptr();
                self.expr_into(&r.x, c);
                let Type::Chan(_, et) = self.types().under(r.x.ty).clone() else { unreachable!() };
                let ew = self.words(et);
                let el = self.layout(et);
                let mut ptrs = el.ptrs[..ew as usize].to_vec();
                ptrs.push(false);
                let v = self.alloc_words(ew + 1, &ptrs);
                self.bind(top);
                self.bind(cont);
                self.emit(Op::Recv2 { dst: v, ch: c, t: et.0 as u16 });
                self.jump_if_not(v + ew as u16, brk);
                let mark = self.top;
                for d in &r.decls {
                    // Assigned right below.
                    self.declare_local_zeroed(*d, false);
                }
                if let Some(k) = &r.key {
                    let (p, t) = self.eval_place(k);
                    self.store_as(p, t, v, et);
                }
                // The received copy must not keep what it points to alive once the
                // variable lets go of it (`x = nil` in the body frees a large value).
                if el.ptrs[..ew as usize].iter().any(|&p| p) {
                    self.emit(Op::Zero { dst: v, n: ew as u16 });
                }
                self.block(&r.body);
                self.top = mark;
                self.jump(top);
                self.bind(brk);
                let _ = test;
            }
        }
    }

    /// Stores `src`, a value of type `from`, to a place of type `to` (converting to an
    /// interface when the place is one: `var i any; for i = range xs`).
    fn store_as(&mut self, p: PlaceRef, to: TypeId, src: Reg, from: TypeId) {
        if matches!(p, PlaceRef::Blank) {
            return;
        }
        if to != from && to != TypeId::INVALID && self.types().is_interface(to) {
            let mark = self.top;
            let v = self.alloc(to);
            self.convert_word(src, from, to, v);
            self.store(p, to, v);
            self.top = mark;
        } else {
            self.store(p, from, src);
        }
    }

    /// The variable declared by `for k, v := range` at place `p`, when it can live in the
    /// register the loop computes its value in: not boxed, never assigned by the body (so
    /// the loop's own register is not disturbed) and of exactly the type computed, `t`.
    fn fresh_range_var(&self, r: &tir::Range, p: &Place, t: TypeId) -> Option<tir::LocalId> {
        let Place::Var(tir::Var::Local(d)) = p else { return None };
        let local = &self.c.tir.funcs[self.func.0 as usize].locals[d.0 as usize];
        (r.decls.contains(d) && !self.local_boxed(*d) && !local.reassigned && local.ty == t).then_some(*d)
    }

    fn range_value_type(&self, r: &tir::Range) -> TypeId {
        match self.types().under(r.x.ty).clone() {
            Type::Slice(e) | Type::Array(e, _) => e,
            Type::Pointer(p) => match self.types().under(p).clone() {
                Type::Array(e, _) => e,
                _ => TypeId::INVALID,
            },
            _ => TypeId::RUNE,
        }
    }

    /// An expression standing for a value already in registers (via a pseudo-local).
    pub(crate) fn reg_expr(&mut self, r: Reg, t: TypeId) -> Expr {
        let l = tir::LocalId(u32::MAX - 10 - r as u32);
        Expr { kind: ExprKind::Var(tir::Var::Local(l)), ty: t, pos: tir::Pos::default() }
    }

    pub(crate) fn with_regs(&mut self, regs: &[(Reg, TypeId)], f: impl FnOnce(&mut Self)) {
        for &(r, _) in regs {
            let l = tir::LocalId(u32::MAX - 10 - r as u32);
            let idx = self.locals.len();
            self.locals.push(Some(crate::func::LocalSlot { reg: r, boxed: false }));
            self.pseudo.push((l, idx));
        }
        f(self);
        for _ in regs {
            self.pseudo.pop();
            self.locals.pop();
        }
    }
}

/// The constant 1 of an integer or float type.
fn one_of(b: &FnBuilder<'_, '_>, t: TypeId) -> types::constant::ConstValue {
    use types::constant::ConstValue;
    match b.class(t) {
        crate::expr::Class::F64 | crate::expr::Class::F32 => ConstValue::Float(types::constant::Real::from_integer(1.into())),
        crate::expr::Class::C128 | crate::expr::Class::C64 => ConstValue::Complex(types::constant::Real::from_integer(1.into()), types::constant::Real::default()),
        _ => ConstValue::int(1),
    }
}

/// Whether `e` reads all its operands before it writes its (multi-word) result, so that it
/// can be evaluated straight into a variable it reads: `s = append(s, x)` and `s = s[i:]`
/// compute their operands into a fresh window and write the destination with their last
/// instruction.
fn writes_result_last(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Builtin { builtin: tir::Builtin::Append, .. } | ExprKind::SliceExpr { .. })
}

/// Whether an expression reads local `l` (then it cannot be evaluated directly into `l`).
fn mentions_local(e: &Expr, l: tir::LocalId) -> bool {
    let mut found = false;
    walk(e, &mut |x| {
        if let ExprKind::Var(tir::Var::Local(m)) = x.kind {
            if m == l {
                found = true;
            }
        }
        if let ExprKind::AddrOf(p) = &x.kind {
            if place_mentions_local(p, l) {
                found = true;
            }
        }
        if let ExprKind::Closure { .. } | ExprKind::Block(..) = x.kind {
            found = true;
        }
    });
    found
}

/// Whether evaluating the address of place `p` reads local `l`.
fn place_mentions_local(p: &Place, l: tir::LocalId) -> bool {
    match p {
        Place::Blank => false,
        Place::Var(v) => *v == tir::Var::Local(l),
        Place::Deref(e) => mentions_local(e, l),
        Place::Field(p, _) => place_mentions_local(p, l),
        Place::ArrayIndex(p, e) => place_mentions_local(p, l) || mentions_local(e, l),
        Place::SliceIndex(a, b) | Place::MapIndex(a, b) => mentions_local(a, l) || mentions_local(b, l),
    }
}

/// Whether `e` contains statements (desugaring blocks), which may assign variables.
pub(crate) fn has_block(e: &Expr) -> bool {
    let mut found = false;
    walk(e, &mut |x| {
        if let ExprKind::Block(..) = x.kind {
            found = true;
        }
    });
    found
}

/// Whether evaluating `e` may have side effects (calls, receives).
fn has_effects(e: &Expr) -> bool {
    let mut found = false;
    walk(e, &mut |x| {
        if let ExprKind::Call(_) | ExprKind::Recv { .. } | ExprKind::Block(..) = x.kind {
            found = true;
        }
    });
    found
}

fn walk(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    match &e.kind {
        ExprKind::Unary(_, x)
        | ExprKind::Convert(x)
        | ExprKind::ToInterface(x)
        | ExprKind::Field(x, _)
        | ExprKind::Deref(x)
        | ExprKind::HeapAlloc(x) => walk(x, f),
        ExprKind::TypeAssert { x, .. } => walk(x, f),
        ExprKind::Binary(_, a, b) | ExprKind::Compare(_, a, b) | ExprKind::AndAnd(a, b) | ExprKind::OrOr(a, b) | ExprKind::Index(a, b) => {
            walk(a, f);
            walk(b, f);
        }
        ExprKind::MapIndex { map, key, .. } => {
            walk(map, f);
            walk(key, f);
        }
        ExprKind::SliceExpr { x, lo, hi, max } => {
            walk(x, f);
            for b in [lo, hi, max].into_iter().flatten() {
                walk(b, f);
            }
        }
        ExprKind::Call(c) => {
            match &c.callee {
                tir::Callee::Method { recv, .. } | tir::Callee::Iface { recv, .. } => walk(recv, f),
                tir::Callee::Value(v) => walk(v, f),
                _ => {}
            }
            for a in &c.args {
                walk(a, f);
            }
        }
        ExprKind::Builtin { args, .. } => {
            for a in args {
                walk(a, f);
            }
        }
        ExprKind::Composite(c) => match c {
            tir::Composite::Struct(v, _) => v.iter().for_each(|x| walk(x, f)),
            tir::Composite::Array(v) | tir::Composite::Slice { elems: v, .. } => v.iter().for_each(|(_, x)| walk(x, f)),
            tir::Composite::Map(v) => v.iter().for_each(|(k, x)| {
                walk(k, f);
                walk(x, f);
            }),
        },
        ExprKind::MethodValue { recv, .. } | ExprKind::IfaceMethodValue { recv, .. } => walk(recv, f),
        ExprKind::Recv { chan, .. } => walk(chan, f),
        ExprKind::AddrOf(_) | ExprKind::Closure { .. } | ExprKind::Block(..) => {}
        _ => {}
    }
}
