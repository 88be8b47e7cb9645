//! Expressions: identifiers, selectors, indexing, slicing, dereference, address-of,
//! receive, type assertions, function literals; untyped-constant finalization; operand
//! descriptions in go/types' words.

use super::lookup::{Found, Lookup};
use super::scope::{ObjKind, VarRef};
use super::{Checker, FuncCtx, Mode, Operand};
use crate::constant::{self, ConstValue};
use crate::tir::{self, Expr, ExprKind, Place, Pos, Var};
use crate::ty::{Basic, FuncId, Type, TypeId};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use parser::ast::{self, ExprKind as AK};

/// Deepest expression nesting checked (Go itself overflows its 1 GB stack between 100,000
/// and 1,000,000 levels); the front-end thread's stack (src/main.rs) is sized for it.
pub const MAX_DEPTH: u32 = 1_000_000;

impl<'a> Checker<'a> {
    /// Checks an expression that must denote a single value.
    pub(crate) fn expr(&mut self, e: &ast::Expr) -> Operand {
        let x = self.raw_expr(e, None);
        self.single_value(x, e)
    }

    /// As [`Self::expr`], with the type of the context for composite literals with elided
    /// types (none in plain expressions).
    pub(crate) fn expr_hint(&mut self, e: &ast::Expr, hint: Option<TypeId>) -> Operand {
        let mut x = self.raw_expr(e, hint);
        if let (Some(h), true) = (hint, x.targs.is_some()) {
            x = self.infer_from_target(x, h);
        }
        self.single_value(x, e)
    }

    /// Checks an expression that may denote a value or a type.
    pub(crate) fn expr_or_type(&mut self, e: &ast::Expr) -> Operand {
        let x = self.raw_expr(e, None);
        match x.mode {
            Mode::NoValue | Mode::Builtin | Mode::Package => self.single_value(x, e),
            _ => x,
        }
    }

    /// Reports operands that are not single values.
    pub(crate) fn single_value(&mut self, mut x: Operand, e: &ast::Expr) -> Operand {
        let pos = x.expr.pos;
        match x.mode {
            Mode::TypeExpr => {
                let msg = format!("{} (type) is not an expression", expr_string(e));
                self.error(pos, msg);
                x.mode = Mode::Invalid;
            }
            Mode::NoValue => {
                let msg = format!("{} (no value) used as value", expr_string(e));
                self.error(pos, msg);
                x.mode = Mode::Invalid;
            }
            Mode::Builtin => {
                let msg = format!("{} (built-in) must be called", expr_string(e));
                self.error(pos, msg);
                x.mode = Mode::Invalid;
            }
            Mode::Package => {
                let msg = format!("use of package {} without selector", expr_string(e));
                self.error(pos, msg);
                x.mode = Mode::Invalid;
            }
            _ if x.targs.is_some() => {
                self.report_uninstantiated(&x, e);
                x.mode = Mode::Invalid;
            }
            _ => {
                if let Type::Tuple(elems) = self.types.get(x.ty) {
                    if !elems.is_empty() {
                        let msg = format!("multiple-value {} in single-value context", self.describe(&x, e));
                        self.error(pos, msg);
                        x.mode = Mode::Invalid;
                    }
                }
            }
        }
        x
    }

    pub(crate) fn raw_expr(&mut self, e: &ast::Expr, hint: Option<TypeId>) -> Operand {
        if let Some(x) = e.id.0.checked_sub(super::INJECTED_ID).and_then(|i| self.injected.get(i as usize)) {
            return x.clone();
        }
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            let pos = self.pos(e.span);
            self.error(pos, "expression nesting too deep");
            return Operand::invalid(pos);
        }
        let x = self.raw_expr_inner(e, hint);
        self.depth -= 1;
        x
    }

    fn raw_expr_inner(&mut self, e: &ast::Expr, hint: Option<TypeId>) -> Operand {
        let pos = self.pos(e.span);
        match &e.kind {
            AK::Ident(name) => self.ident(name, pos),
            AK::BasicLit(kind, text) => self.basic_lit(*kind, text, pos),
            AK::CompositeLit { ty, elems, rbrace } => self.composite_lit(ty.as_deref(), elems, *rbrace, hint, pos),
            AK::FuncLit { sig, body } => self.func_lit(sig, body, pos),
            AK::Paren(x) => {
                let mut o = self.raw_expr(x, hint);
                o.expr.pos = pos;
                o
            }
            AK::Selector(x, sel) => self.selector(x, sel, pos),
            AK::Index(x, idx) => self.index_expr(x, idx, pos),
            AK::Slice { x, lo, hi, max } => self.slice_expr(x, lo.as_deref(), hi.as_deref(), max.as_deref(), pos),
            AK::TypeAssert(x, Some(t)) => self.type_assert(x, t, pos),
            AK::TypeAssert(_, None) => {
                self.error(pos, "invalid syntax tree: use of .(type) outside type switch");
                Operand::invalid(pos)
            }
            AK::Call { fun, args, ellipsis, .. } => self.call(e, fun, args, *ellipsis, pos),
            AK::Star(x) => self.star(x, pos),
            AK::Unary(ast::UnaryOp::Addr, x) => self.address_of(x, hint, pos),
            AK::Unary(ast::UnaryOp::Recv, x) => self.receive(x, pos),
            AK::Unary(op, x) => self.unary(*op, x, e, pos),
            AK::Binary(op, l, r) => self.binary(*op, l, r, e, pos),
            AK::ArrayType { .. }
            | AK::SliceType(_)
            | AK::MapType(..)
            | AK::ChanType(..)
            | AK::FuncType(_)
            | AK::StructType(_)
            | AK::InterfaceType(_) => {
                let ty = self.type_expr(e);
                self.type_operand(ty, pos)
            }
            AK::Ellipsis(_) => {
                self.error(pos, "invalid use of ...");
                Operand::invalid(pos)
            }
            AK::Bad => Operand::invalid(pos),
        }
    }

    pub(crate) fn type_operand(&self, ty: TypeId, pos: Pos) -> Operand {
        if ty == TypeId::INVALID {
            return Operand::invalid(pos);
        }
        Operand { mode: Mode::TypeExpr, ty, val: None, expr: Expr { kind: ExprKind::Zero, ty, pos }, obj: None, targs: None }
    }

    pub(crate) fn const_operand(&self, ty: TypeId, val: ConstValue, pos: Pos) -> Operand {
        Operand { mode: Mode::Constant, ty, val: Some(val.clone()), expr: Expr { kind: ExprKind::Const(val), ty, pos }, obj: None, targs: None }
    }

    pub(crate) fn value_operand(&self, mode: Mode, expr: Expr) -> Operand {
        Operand { mode, ty: expr.ty, val: None, expr, obj: None, targs: None }
    }

    fn ident(&mut self, name: &str, pos: Pos) -> Operand {
        if name == "_" {
            self.error(pos, "cannot use _ as value or type");
            return Operand::invalid(pos);
        }
        let Some((id, _)) = self.scopes.lookup(self.scope, name) else {
            self.error(pos, format!("undefined: {}", name));
            return Operand::invalid(pos);
        };
        self.use_object(id, pos)
    }

    /// The operand denoted by a resolved object.
    pub(crate) fn use_object(&mut self, id: super::scope::ObjId, pos: Pos) -> Operand {
        self.resolve(id);
        self.record_dep(id);
        self.obj_mut(id).used = true;
        match self.obj(id).kind.clone() {
            ObjKind::Const { ty, val } => {
                if ty == TypeId::INVALID {
                    return Operand::invalid(pos);
                }
                self.const_operand(ty, val, pos)
            }
            ObjKind::Iota => match self.iota {
                Some(v) => self.const_operand(TypeId::UNTYPED_INT, ConstValue::int(v), pos),
                None => {
                    self.error(pos, "cannot use iota outside constant declaration");
                    Operand::invalid(pos)
                }
            },
            ObjKind::TypeName { ty } => {
                if let Type::Constraint(ts) = self.types.under(ty) {
                    if self.gen.constraint_pos != Some(pos) {
                        let why = if ts.terms.is_none() && ts.methods.is_empty() { "interface is (or embeds) comparable" } else { "interface contains type constraints" };
                        let msg = format!("cannot use type {} outside a type constraint: {}", self.tstr(ty), why);
                        self.error(pos, msg);
                        return Operand::invalid(pos);
                    }
                }
                self.type_operand(ty, pos)
            }
            ObjKind::Var { ty, var } => {
                if ty == TypeId::INVALID {
                    return Operand::invalid(pos);
                }
                let _ = var;
                let expr = self.var_expr(id, pos);
                self.value_operand(Mode::Variable, expr)
            }
            ObjKind::Func { func } => {
                let sig = self.func_sig(func);
                if sig == TypeId::INVALID {
                    return Operand::invalid(pos);
                }
                let mut o = self.value_operand(Mode::Value, Expr { kind: ExprKind::Func(func), ty: sig, pos });
                o.obj = Some(id);
                if self.gen.funcs.contains_key(&func) {
                    o.targs = Some(Vec::new());
                }
                o
            }
            ObjKind::PkgName { .. } => Operand { mode: Mode::Package, ty: TypeId::INVALID, val: None, expr: Expr { kind: ExprKind::Zero, ty: TypeId::INVALID, pos }, obj: Some(id), targs: None },
            ObjKind::Builtin(_) => Operand { mode: Mode::Builtin, ty: TypeId::INVALID, val: None, expr: Expr { kind: ExprKind::Zero, ty: TypeId::INVALID, pos }, obj: Some(id), targs: None },
            ObjKind::Nil => self.value_operand(Mode::Value, Expr { kind: ExprKind::Nil, ty: TypeId::UNTYPED_NIL, pos }),
        }
    }

    fn basic_lit(&mut self, kind: ast::LitKind, text: &str, pos: Pos) -> Operand {
        let (ty, val) = match kind {
            ast::LitKind::Int => match constant::parse_int_lit(text) {
                Some(v) => (TypeId::UNTYPED_INT, ConstValue::Int(v)),
                None => return Operand::invalid(pos), // the lexer reported it
            },
            ast::LitKind::Float => match constant::parse_float_lit(text) {
                Some(v) => (TypeId::UNTYPED_FLOAT, ConstValue::Float(v)),
                None => {
                    // A literal the scanner rejected is silently invalid (as in go/types).
                    let lexed_bad = self.diags.iter().any(|d| d.file == pos.file && d.offset >= pos.span.start && d.offset <= pos.span.end);
                    if !lexed_bad {
                        self.error(pos, format!("malformed constant: {}", text));
                    }
                    return Operand::invalid(pos);
                }
            },
            ast::LitKind::Imag => {
                let body = &text[..text.len() - 1];
                let v = if body.contains(['.', 'e', 'E', 'p', 'P']) && !body.starts_with("0x") || body.contains(['p', 'P']) {
                    constant::parse_float_lit(body)
                } else {
                    // Integer-looking imaginary parts are decimal (0123i == 123i) for compatibility.
                    let t: String = body.chars().filter(|&c| c != '_').collect();
                    if t.starts_with("0x") || t.starts_with("0X") || t.starts_with("0b") || t.starts_with("0B") || t.starts_with("0o") || t.starts_with("0O") {
                        constant::parse_int_lit(&t).map(constant::Real::from_integer)
                    } else {
                        BigInt::parse_bytes(t.as_bytes(), 10).map(constant::Real::from_integer)
                    }
                };
                match v {
                    Some(v) => (TypeId::UNTYPED_COMPLEX, ConstValue::Complex(constant::Real::zero(), v)),
                    None => return Operand::invalid(pos),
                }
            }
            ast::LitKind::Char => match constant::rune_value(text) {
                Some(v) => (TypeId::UNTYPED_RUNE, ConstValue::Int(BigInt::from(v))),
                None => return Operand::invalid(pos),
            },
            ast::LitKind::String => match constant::unquote(text) {
                Some(b) => (TypeId::UNTYPED_STRING, ConstValue::String(b)),
                None => return Operand::invalid(pos),
            },
        };
        self.const_operand(ty, val, pos)
    }

    fn func_lit(&mut self, sig: &ast::FuncType, body: &ast::Block, pos: Pos) -> Operand {
        let Some(outer) = self.fctx.as_mut() else {
            self.error(pos, "minigo bug: function literal outside function");
            return Operand::invalid(pos);
        };
        outer.closures += 1;
        let n = outer.closures;
        let outer_func = outer.func;
        let parent_name = self.funcs[outer_func.0 as usize].name.clone();
        let parent_name = if self.funcs[outer_func.0 as usize].kind == tir::FuncKind::Init { format!("{}.init", self.pkg_name_for_trace()) } else { parent_name };
        let id = FuncId(self.funcs.len() as u32);
        // Each closure's name extends its parent's, so names of closures nested thousands
        // deep would take memory quadratic in the depth: past 512 bytes the middle of
        // the parent's name is elided.
        let parent_name = if parent_name.len() > 512 {
            let mut cut = 256;
            while !parent_name.is_char_boundary(cut) {
                cut -= 1;
            }
            let mut tail = parent_name.len() - 200;
            while !parent_name.is_char_boundary(tail) {
                tail += 1;
            }
            format!("{}...{}", &parent_name[..cut], &parent_name[tail..])
        } else {
            parent_name
        };
        self.funcs.push(tir::Func {
            name: format!("{}.func{}", parent_name, n),
            end: Pos::default(),
            pkg: self.pkg,
            pos,
            kind: if self.gen.generic_depth > 0 { tir::FuncKind::Generic } else { tir::FuncKind::Closure },
            sig: TypeId::INVALID,
            recv: None,
            params: vec![],
            results: vec![],
            locals: vec![],
            parent: Some(outer_func),
            captures: vec![],
            body: None,
            num_labels: 0,
        });
        self.setup_signature(id, None, sig, false);
        let ty = self.funcs[id.0 as usize].sig;
        self.check_body(id, body, Some(sig));
        let captures = self.funcs[id.0 as usize].captures.clone();
        self.value_operand(Mode::Value, Expr { kind: ExprKind::Closure { func: id, captures }, ty, pos })
    }

    /// Checks a function body (declared function, method or closure).
    pub(crate) fn check_body(&mut self, func: FuncId, body: &ast::Block, lit_sig: Option<&ast::FuncType>) {
        let close = lexer::Span { start: body.span.end.saturating_sub(1), end: body.span.end };
        self.funcs[func.0 as usize].end = self.pos(close);
        let results = self.types.signature(self.funcs[func.0 as usize].sig).map(|s| s.results.to_vec()).unwrap_or_default();
        let named = self.named_results.contains(&func);
        let mut ctx = Box::new(FuncCtx::new(func, results, named));
        let mut outer = self.fctx.take();
        let is_closure = lit_sig.is_some();
        if is_closure {
            ctx.outer = outer.take();
        }
        self.fctx = Some(ctx);
        let saved_scope = self.scope;
        if !is_closure {
            // Generic functions start in their type parameters' scope, instances in the
            // scope binding those names to the type arguments.
            self.scope = self.gen.body_scope.get(&func).copied().unwrap_or(self.file_scope);
        }
        let generic = self.funcs[func.0 as usize].kind == tir::FuncKind::Generic;
        if generic {
            self.gen.generic_depth += 1;
        }
        self.push_scope();
        if self.repl_input == Some(func) {
            let scope = self.scope;
            self.func_ctx().repl_scope = Some(scope);
        }
        // Parameters.
        let decl_info = self.func_obj.get(&func).and_then(|o| self.decls.get(o)).cloned();
        match (lit_sig, decl_info) {
            (Some(sig), _) => self.declare_params(func, None, sig),
            (None, Some(info)) => {
                if let super::decl::DeclKind::Func { decl } = info.kind {
                    if let ast::Decl::Func(fd) = &info.file.decls[decl] {
                        self.declare_params(func, fd.recv.as_ref(), &fd.sig);
                    }
                }
            }
            _ => {}
        }
        let mut stmts = self.stmt_list(&body.stmts);
        // Missing return.
        if !self.fctx.as_ref().unwrap().results.is_empty() && !self.is_terminating_list(&body.stmts) {
            let end = Pos { file: self.file, span: lexer::Span { start: body.span.end - 1, end: body.span.end } };
            self.error(end, "missing return");
        }
        if self.fctx.as_ref().unwrap().results.is_empty() {
            stmts.push(tir::Stmt::Return(vec![]));
        }
        self.check_labels();
        self.check_gotos(body);
        self.report_unused();
        self.pop_scope();
        self.scope = saved_scope;
        if generic {
            self.gen.generic_depth -= 1;
        }
        let mut ctx = self.fctx.take().unwrap();
        self.funcs[func.0 as usize].num_labels = ctx.num_labels;
        self.funcs[func.0 as usize].body = Some(tir::Block { stmts });
        if is_closure {
            self.fctx = ctx.outer.take();
        } else {
            self.fctx = outer;
        }
    }

    fn report_unused(&mut self) {
        if self.opts.repl {
            return;
        }
        let declared = std::mem::take(&mut self.func_ctx().declared);
        for id in declared {
            let o = self.obj(id);
            if !o.used && o.name != "_" {
                let (pos, name) = (o.pos, o.name.clone());
                self.error(pos, format!("declared and not used: {}", name));
            }
        }
    }

    fn selector(&mut self, x: &ast::Expr, sel: &ast::Ident, pos: Pos) -> Operand {
        // Qualified identifier pkg.Name.
        if let AK::Ident(pname) = &x.kind {
            if let Some((id, _)) = self.scopes.lookup(self.scope, pname) {
                if let ObjKind::PkgName { pkg } = self.obj(id).kind {
                    self.obj_mut(id).used = true;
                    let pscope = self.pkgs[pkg.0 as usize].scope;
                    let pkg_name = self.pkgs[pkg.0 as usize].name.clone();
                    let found = self.scopes.lookup_local(pscope, &sel.name);
                    return match found {
                        Some(o) if super::decl::is_exported(&sel.name) => self.use_object(o, pos),
                        Some(_) => {
                            let _ = pkg_name;
                            self.error(self.pos(sel.span), format!("undefined: {}.{}", pname, sel.name));
                            Operand::invalid(pos)
                        }
                        None => {
                            self.error(self.pos(sel.span), format!("undefined: {}.{}", pname, sel.name));
                            Operand::invalid(pos)
                        }
                    };
                }
            }
        }
        let x_op = self.expr_or_type(x);
        if x_op.is_invalid() {
            return Operand::invalid(pos);
        }
        if x_op.mode == Mode::TypeExpr {
            return self.method_expr(x_op.ty, sel, x, pos);
        }
        let x_op = self.single_value(x_op, x);
        if x_op.is_invalid() {
            return x_op;
        }
        match self.lookup(x_op.ty, &sel.name) {
            Lookup::Found(s) => self.apply_selection(x_op, s, sel, x, pos),
            Lookup::Ambiguous => {
                self.error(self.pos(sel.span), format!("ambiguous selector {}.{}", expr_string(x), sel.name));
                Operand::invalid(pos)
            }
            Lookup::NotFound => {
                let msg = self.missing_selector_msg(&x_op, x, sel);
                self.error(self.pos(sel.span), msg);
                Operand::invalid(pos)
            }
        }
    }

    fn missing_selector_msg(&mut self, x_op: &Operand, x: &ast::Expr, sel: &ast::Ident) -> String {
        let base = format!("{}.{} undefined", expr_string(x), sel.name);
        let t = x_op.ty;
        if let Type::Pointer(b) = self.types.get(t) {
            if self.types.is_interface(*b) {
                return format!("{} (type {} is pointer to interface, not interface)", base, self.tstr(t));
            }
        }
        // An unexported field or method of another package?
        if !super::decl::is_exported(&sel.name) {
            let current = self.pkg;
            let mut kind = None;
            for p in 1..self.pkgs.len() as u32 {
                self.pkg = crate::ty::PkgId(p);
                if p != current.0 {
                    if let Lookup::Found(s) = self.lookup(t, &sel.name) {
                        kind = Some(if matches!(s.found, Found::Field { .. }) { "field" } else { "method" });
                        break;
                    }
                }
            }
            self.pkg = current;
            if let Some(kind) = kind {
                return format!("{} (cannot refer to unexported {} {})", base, kind, sel.name);
            }
        }
        // Different capitalization?
        let alt = {
            let mut chars = sel.name.chars();
            match chars.next() {
                Some(c) if c.is_lowercase() => Some(c.to_uppercase().collect::<String>() + chars.as_str()),
                Some(c) => Some(c.to_lowercase().collect::<String>() + chars.as_str()),
                None => None,
            }
        };
        if let Some(alt) = alt {
            if let Lookup::Found(s) = self.lookup(t, &alt) {
                let what = match s.found {
                    Found::Field { .. } => "field",
                    _ => "method",
                };
                return format!("{} (type {} has no field or method {}, but does have {} {})", base, self.tstr(t), sel.name, what, alt);
            }
        }
        format!("{} (type {} has no field or method {})", base, self.tstr(t), sel.name)
    }

    /// Builds the operand for a successful field/method selection.
    fn apply_selection(&mut self, x: Operand, s: super::lookup::Selection, sel: &ast::Ident, x_ast: &ast::Expr, pos: Pos) -> Operand {
        match s.found {
            Found::Field { ty } => {
                let addressable = x.mode == Mode::Variable || s.indirect;
                let mut e = x.expr;
                for step in &s.path {
                    e = self.field_of(e, step.field, pos);
                }
                let _ = ty;
                self.value_operand(if addressable { Mode::Variable } else { Mode::Value }, e)
            }
            Found::Method { func, ptr_recv, .. } => {
                if let Some(&o) = self.func_obj.get(&func) {
                    self.record_dep(o);
                }
                let sig = self.func_sig(func);
                let base = self.apply_path(x.expr.clone(), &s.path, pos);
                let addressable = x.mode == Mode::Variable || s.indirect;
                let Some(recv) = self.adjust_receiver(base, ptr_recv, addressable, &s.path, pos) else {
                    let msg = format!("cannot call pointer method {} on {}", sel.name, self.tstr(x.ty));
                    self.error(self.pos(sel.span), msg);
                    let _ = x_ast;
                    return Operand::invalid(pos);
                };
                let mut o = self.value_operand(Mode::Value, Expr { kind: ExprKind::MethodValue { recv: Box::new(recv), func }, ty: sig, pos });
                o.obj = None;
                o
            }
            Found::IfaceMethod { index, sig, .. } => {
                let base = self.apply_path(x.expr.clone(), &s.path, pos);
                let base = self.auto_deref(base, pos);
                self.value_operand(Mode::Value, Expr { kind: ExprKind::IfaceMethodValue { recv: Box::new(base), method: index }, ty: sig, pos })
            }
        }
    }

    /// Takes `&x` or `*x` so the receiver matches the method; `None` if `&x` is needed but x
    /// is not addressable.
    pub(crate) fn adjust_receiver(&mut self, x: Expr, ptr_recv: bool, addressable: bool, path: &[super::lookup::Step], pos: Pos) -> Option<Expr> {
        let is_ptr = matches!(self.types.get(x.ty), Type::Pointer(_));
        let _ = path;
        match (ptr_recv, is_ptr) {
            (true, true) | (false, false) => Some(x),
            (false, true) => Some(self.auto_deref(x, pos)),
            (true, false) => {
                if !addressable && !matches!(x.kind, ExprKind::Deref(_) | ExprKind::Field(..)) {
                    return None;
                }
                if !addressable && !self.is_addressable_expr(&x) {
                    return None;
                }
                let ty = self.types.pointer(x.ty);
                let place = expr_to_place(x, &self.types);
                self.mark_addr_taken(&place);
                Some(Expr { kind: ExprKind::AddrOf(Box::new(place)), ty, pos })
            }
        }
    }

    fn is_addressable_expr(&self, x: &Expr) -> bool {
        match &x.kind {
            ExprKind::Var(_) | ExprKind::Deref(_) => true,
            ExprKind::Field(b, _) => self.is_addressable_expr(b),
            ExprKind::Index(b, _) => matches!(self.types.under(b.ty), Type::Slice(_)) || (matches!(self.types.under(b.ty), Type::Array(..)) && self.is_addressable_expr(b)),
            _ => false,
        }
    }

    pub(crate) fn mark_addr_taken(&mut self, place: &Place) {
        match place {
            Place::Var(v) => self.mark_var(*v, |l| l.addr_taken = true),
            Place::Field(p, _) | Place::ArrayIndex(p, _) => self.mark_addr_taken(p),
            _ => {}
        }
    }

    /// `T.M` or `(*T).M`: a function taking the receiver as first argument.
    fn method_expr(&mut self, t: TypeId, sel: &ast::Ident, x: &ast::Expr, pos: Pos) -> Operand {
        let Lookup::Found(s) = self.lookup(t, &sel.name) else {
            let msg = format!("{}.{} undefined (type {} has no field or method {})", expr_string(x), sel.name, self.tstr(t), sel.name);
            self.error(self.pos(sel.span), msg);
            return Operand::invalid(pos);
        };
        let (sig, ptr_recv) = match s.found {
            Found::Method { func, ptr_recv, .. } => {
                // A method expression refers to the method (package init order).
                if let Some(&o) = self.func_obj.get(&func) {
                    self.record_dep(o);
                }
                (self.func_sig(func), ptr_recv)
            }
            Found::IfaceMethod { sig, .. } => (sig, false),
            Found::Field { .. } => {
                let msg = format!("{}.{} undefined (type {} has no method {})", expr_string(x), sel.name, self.tstr(t), sel.name);
                self.error(self.pos(sel.span), msg);
                return Operand::invalid(pos);
            }
        };
        if ptr_recv && !matches!(self.types.get(t), Type::Pointer(_)) && !s.indirect {
            let msg = format!("invalid method expression {}.{} (needs pointer receiver (*{}).{})", expr_string(x), sel.name, self.tstr(t), sel.name);
            self.error(pos, msg);
            return Operand::invalid(pos);
        }
        let Some(s2) = self.signature_of(sig) else { return Operand::invalid(pos) };
        let mut params = vec![t];
        params.extend(s2.params.iter());
        let fty = self.types.func(params, s2.results.to_vec(), s2.variadic);
        // A closure-free wrapper: func(recv T, args...) { return recv.M(args...) }.
        let func = self.method_expr_func(t, &sel.name, fty, pos);
        self.value_operand(Mode::Value, Expr { kind: ExprKind::Func(func), ty: fty, pos })
    }

    /// Synthesizes the function for a method expression `T.M`.
    fn method_expr_func(&mut self, t: TypeId, name: &str, fty: TypeId, pos: Pos) -> FuncId {
        let key = (fty, format!("{}#{}", self.types.type_string(t), name));
        if let Some(&f) = self.wrappers.get(&key) {
            return f;
        }
        let s = self.types.signature(fty).cloned().unwrap();
        let id = FuncId(self.funcs.len() as u32);
        self.wrappers.insert(key, id);
        let mut locals = Vec::new();
        let mut params = Vec::new();
        for (i, p) in s.params.iter().enumerate() {
            locals.push(tir::Local { name: format!("p{}", i), ty: *p, pos, captured: false, addr_taken: false, reassigned: false });
            params.push(tir::LocalId(i as u32));
        }
        let mut results = Vec::new();
        for r in s.results.iter() {
            locals.push(tir::Local { name: String::new(), ty: *r, pos, captured: false, addr_taken: false, reassigned: false });
            results.push(tir::LocalId(locals.len() as u32 - 1));
        }
        let tname = self.types.type_string(t);
        self.funcs.push(tir::Func {
            name: format!("{}.{}", tname, name),
            end: Pos::default(),
            pkg: self.pkg,
            pos,
            kind: tir::FuncKind::Wrapper,
            sig: fty,
            recv: None,
            params: params.clone(),
            results,
            locals,
            parent: None,
            captures: vec![],
            body: None,
            num_labels: 0,
        });
        let recv = Expr { kind: ExprKind::Var(Var::Local(tir::LocalId(0))), ty: t, pos };
        let callee = match self.lookup(t, name) {
            Lookup::Found(sel) => {
                let base = self.apply_path(recv, &sel.path, pos);
                match sel.found {
                    Found::Method { func, ptr_recv, .. } => {
                        let is_ptr = matches!(self.types.get(base.ty), Type::Pointer(_));
                        let r = if ptr_recv == is_ptr {
                            base
                        } else if !ptr_recv {
                            self.auto_deref(base, pos)
                        } else {
                            let ty = self.types.pointer(base.ty);
                            Expr { kind: ExprKind::AddrOf(Box::new(expr_to_place(base, &self.types))), ty, pos }
                        };
                        tir::Callee::Method { func, recv: Box::new(r) }
                    }
                    Found::IfaceMethod { index, .. } => tir::Callee::Iface { recv: Box::new(self.auto_deref(base, pos)), method: index },
                    Found::Field { .. } => unreachable!(),
                }
            }
            _ => unreachable!("minigo bug: method expression lookup"),
        };
        let args = params[1..].iter().zip(s.params[1..].iter()).map(|(l, t)| Expr { kind: ExprKind::Var(Var::Local(*l)), ty: *t, pos }).collect();
        let rty = match s.results.len() {
            0 => TypeId::VOID,
            1 => s.results[0],
            _ => self.types.tuple(s.results.to_vec()),
        };
        let call = Expr { kind: ExprKind::Call(Box::new(tir::Call { callee, args, tuple_args: false, ty: rty, pos })), ty: rty, pos };
        let body = if s.results.is_empty() { vec![tir::Stmt::Expr(call), tir::Stmt::Return(vec![])] } else { vec![tir::Stmt::Return(vec![call])] };
        self.funcs[id.0 as usize].body = Some(tir::Block { stmts: body });
        id
    }

    fn index_expr(&mut self, x: &ast::Expr, idx: &[ast::Expr], pos: Pos) -> Operand {
        let xo = self.expr_or_type(x);
        if xo.is_invalid() {
            for i in idx {
                self.expr_or_type(i);
            }
            return Operand::invalid(pos);
        }
        if xo.mode == Mode::TypeExpr {
            let t = self.instantiate_type_expr(xo.ty, x, idx, pos);
            return self.type_operand(t, pos);
        }
        if xo.targs.is_some() {
            return self.func_index_expr(xo, x, idx, pos);
        }
        let xo = self.single_value(xo, x);
        if xo.is_invalid() {
            return xo;
        }
        if idx.len() != 1 {
            self.error(pos, format!("unexpected comma; expecting ]"));
            return Operand::invalid(pos);
        }
        let i = &idx[0];
        if self.types.is_tparam(xo.ty) && self.types.core_type(xo.ty).is_none() {
            return self.index_tparam(xo, x, i, pos);
        }
        let under = self.types.under(self.core(xo.ty)).clone();
        match under {
            Type::Basic(b) if b.is_string() => {
                let mut io = self.expr(i);
                let n = xo.val.as_ref().and_then(|v| v.as_str()).map(|s| s.len() as u64);
                let iv = self.index_value(&mut io, n, i);
                if let (Some(ConstValue::String(s)), Some(k)) = (&xo.val, iv) {
                    if let Some(&b) = s.get(k as usize) {
                        // Indexing a constant string is a (non-constant) byte value.
                        let e = Expr { kind: ExprKind::Const(ConstValue::int(b as i64)), ty: TypeId::BYTE, pos };
                        return self.value_operand(Mode::Value, e);
                    }
                }
                let mut xo = xo;
                self.default_untyped(&mut xo);
                let e = Expr { kind: ExprKind::Index(Box::new(xo.expr), Box::new(io.expr)), ty: TypeId::BYTE, pos };
                self.value_operand(Mode::Value, e)
            }
            Type::Slice(elem) => {
                let mut io = self.expr(i);
                self.index_value(&mut io, None, i);
                let e = Expr { kind: ExprKind::Index(Box::new(xo.expr), Box::new(io.expr)), ty: elem, pos };
                self.value_operand(Mode::Variable, e)
            }
            Type::Array(elem, n) => {
                let mut io = self.expr(i);
                self.index_value(&mut io, Some(n), i);
                let mode = if xo.mode == Mode::Variable { Mode::Variable } else { Mode::Value };
                let e = Expr { kind: ExprKind::Index(Box::new(xo.expr), Box::new(io.expr)), ty: elem, pos };
                self.value_operand(mode, e)
            }
            Type::Pointer(base) if matches!(self.types.under(base), Type::Array(..)) => {
                let Type::Array(elem, n) = self.types.under(base).clone() else { unreachable!() };
                let mut io = self.expr(i);
                self.index_value(&mut io, Some(n), i);
                let arr = Expr { kind: ExprKind::Deref(Box::new(xo.expr)), ty: base, pos };
                let e = Expr { kind: ExprKind::Index(Box::new(arr), Box::new(io.expr)), ty: elem, pos };
                self.value_operand(Mode::Variable, e)
            }
            Type::Map(k, v) => {
                let mut ko = self.expr(i);
                self.assign_to(&mut ko, k, "map index");
                let e = Expr { kind: ExprKind::MapIndex { map: Box::new(xo.expr), key: Box::new(ko.expr), comma_ok: false }, ty: v, pos };
                self.value_operand(Mode::MapIndex, e)
            }
            _ => {
                self.expr(i);
                let msg = format!("invalid operation: cannot index {}", self.describe(&xo, x));
                // At the `[`, like gc.
                let lbrack = self.pos(ast::Span { start: x.span.end, end: x.span.end + 1 });
                self.error(lbrack, msg);
                Operand::invalid(pos)
            }
        }
    }

    /// Checks an index operand: integer, non-negative, below `len` if known.
    /// Returns its constant value.
    pub(crate) fn index_value(&mut self, i: &mut Operand, len: Option<u64>, e: &ast::Expr) -> Option<u64> {
        if i.is_invalid() {
            return None;
        }
        let pos = i.expr.pos;
        if i.mode == Mode::Constant && self.types.is_untyped(i.ty) {
            // Untyped constant index: must be representable as int.
            let v = i.val.clone().unwrap();
            let desc = self.describe(i, e);
            if self.convert_untyped(i, TypeId::INT).is_err() {
                // go/types converts the index to int first (`invalidConversion`).
                let msg = match self.representable(&v, TypeId::INT) {
                    Err("truncated") => format!("{} truncated to int", desc),
                    Err("overflows") => format!("{} overflows int", desc),
                    _ => format!("cannot convert {} to type int", desc),
                };
                self.error(pos, msg);
                return None;
            }
        } else if !self.types.is_untyped(i.ty) && !self.types.is_integer(i.ty) {
            let msg = format!("invalid argument: index {} must be integer", self.describe(i, e));
            self.error(pos, msg);
            return None;
        } else {
            self.default_untyped(i);
        }
        let v = i.val.as_ref().and_then(|v| v.to_int())?;
        if v.is_negative() {
            let msg = format!("invalid argument: index {} must not be negative", self.describe(i, e));
            self.error(pos, msg);
            return None;
        }
        let Some(k) = v.to_i64().map(|k| k as u64) else {
            let msg = format!("invalid argument: index {} overflows int", self.describe(i, e));
            self.error(pos, msg);
            return None;
        };
        if let Some(n) = len {
            if k >= n {
                self.error(pos, format!("invalid argument: index {} out of bounds [0:{}]", k, n));
                return None;
            }
        }
        Some(k)
    }

    fn slice_expr(&mut self, x: &ast::Expr, lo: Option<&ast::Expr>, hi: Option<&ast::Expr>, max: Option<&ast::Expr>, pos: Pos) -> Operand {
        let mut xo = self.expr(x);
        if xo.is_invalid() {
            return xo;
        }
        let xc = self.core_string_bytes(xo.ty);
        let (result_ty, cap, base) = match self.types.under(xc).clone() {
            Type::Basic(b) if b.is_string() => {
                if max.is_some() {
                    self.error(self.pos(max.unwrap().span), format!("invalid operation: 3-index slice of string"));
                    return Operand::invalid(pos);
                }
                let len = xo.val.as_ref().and_then(|v| v.as_str()).map(|s| s.len() as u64);
                let rt = if b == Basic::UntypedString { TypeId::STRING } else { xo.ty };
                self.default_untyped(&mut xo);
                (rt, len, xo.expr)
            }
            Type::Slice(_) => (xo.ty, None, xo.expr),
            Type::Array(elem, n) => {
                if xo.mode != Mode::Variable {
                    let msg = format!("invalid operation: {} (slice of unaddressable value)", self.describe(&xo, x));
                    self.error(pos, msg);
                    return Operand::invalid(pos);
                }
                let st = self.types.slice(elem);
                let pty = self.types.pointer(xo.ty);
                let place = expr_to_place(xo.expr, &self.types);
                self.mark_addr_taken(&place);
                (st, Some(n), Expr { kind: ExprKind::AddrOf(Box::new(place)), ty: pty, pos })
            }
            Type::Pointer(b) if matches!(self.types.under(b), Type::Array(..)) => {
                let Type::Array(elem, n) = self.types.under(b).clone() else { unreachable!() };
                (self.types.slice(elem), Some(n), xo.expr)
            }
            _ => {
                let msg = format!("invalid operation: cannot slice {}", self.describe(&xo, x));
                self.error(pos, msg);
                return Operand::invalid(pos);
            }
        };
        let mut bounds = Vec::new();
        let mut consts: Vec<(Option<u64>, Pos)> = Vec::new();
        for b in [lo, hi, max] {
            match b {
                Some(be) => {
                    let mut o = self.expr(be);
                    let lim = cap.map(|c| c + 1);
                    let v = self.index_value(&mut o, lim, be);
                    consts.push((v, self.pos(be.span)));
                    bounds.push(Some(Box::new(o.expr)));
                }
                None => {
                    consts.push((None, pos));
                    bounds.push(None);
                }
            }
        }
        // Constant indices must be non-decreasing; reported at the later, smaller one.
        'outer: for i in 0..consts.len() {
            let Some(x) = consts[i].0.filter(|&x| x > 0) else { continue };
            for &(y, ypos) in &consts[i + 1..] {
                if let Some(y) = y.filter(|&y| y < x) {
                    self.error(ypos, format!("invalid slice indices: {} < {}", y, x));
                    break 'outer;
                }
            }
        }
        let mut it = bounds.into_iter();
        let (lo, hi, max) = (it.next().unwrap(), it.next().unwrap(), it.next().unwrap());
        let e = Expr { kind: ExprKind::SliceExpr { x: Box::new(base), lo, hi, max }, ty: result_ty, pos };
        self.value_operand(Mode::Value, e)
    }

    fn type_assert(&mut self, x: &ast::Expr, t: &ast::Expr, pos: Pos) -> Operand {
        let xo = self.expr(x);
        let ty = self.type_expr(t);
        if xo.is_invalid() || ty == TypeId::INVALID {
            return Operand::invalid(pos);
        }
        if !self.types.is_interface(xo.ty) {
            let msg = format!("invalid operation: {} is not an interface", self.describe(&xo, x));
            self.error(self.pos(x.span), msg);
            return Operand::invalid(pos);
        }
        if self.types.is_tparam(xo.ty) {
            let msg = format!("invalid operation: cannot use type assertion on type parameter value {}", self.describe(&xo, x));
            self.error(self.pos(x.span), msg);
            return Operand::invalid(pos);
        }
        if !self.types.is_interface(ty) && !self.lenient_generic(ty, xo.ty) {
            if let Some(why) = self.missing_method(ty, xo.ty) {
                let msg = format!("impossible type assertion: {}.({})\n\t{} does not implement {} {}", expr_string(x), expr_string(t), self.tstr(ty), self.tstr(xo.ty), why);
                self.error(self.pos(x.span), msg);
                return Operand::invalid(pos);
            }
        }
        let e = Expr { kind: ExprKind::TypeAssert { x: Box::new(xo.expr), asserted: ty, comma_ok: false }, ty, pos };
        self.value_operand(Mode::CommaOk, e)
    }

    fn star(&mut self, x: &ast::Expr, pos: Pos) -> Operand {
        let xo = self.expr_or_type(x);
        if xo.is_invalid() {
            return xo;
        }
        if xo.mode == Mode::TypeExpr {
            let p = self.types.pointer(xo.ty);
            return self.type_operand(p, pos);
        }
        if xo.ty == TypeId::UNTYPED_NIL {
            self.error(pos, "invalid operation: cannot indirect nil");
            return Operand::invalid(pos);
        }
        match self.types.under(self.core(xo.ty)) {
            Type::Pointer(b) => {
                let b = *b;
                self.value_operand(Mode::Variable, Expr { kind: ExprKind::Deref(Box::new(xo.expr)), ty: b, pos })
            }
            _ => {
                let msg = format!("invalid operation: cannot indirect {}", self.describe(&xo, x));
                self.error(self.pos(x.span), msg);
                Operand::invalid(pos)
            }
        }
    }

    fn address_of(&mut self, x: &ast::Expr, hint: Option<TypeId>, pos: Pos) -> Operand {
        // &T{...} allocates.
        let mut inner = x;
        while let AK::Paren(p) = &inner.kind {
            inner = p;
        }
        if let AK::CompositeLit { .. } = inner.kind {
            let elem_hint = hint.and_then(|h| match self.types.under(h) {
                Type::Pointer(b) => Some(*b),
                _ => None,
            });
            let lit = self.expr_hint(inner, elem_hint);
            if lit.is_invalid() {
                return lit;
            }
            let pty = self.types.pointer(lit.ty);
            return self.value_operand(Mode::Value, Expr { kind: ExprKind::HeapAlloc(Box::new(lit.expr)), ty: pty, pos });
        }
        let xo = self.expr(x);
        if xo.is_invalid() {
            return xo;
        }
        if xo.mode != Mode::Variable {
            let msg = format!("invalid operation: cannot take address of {}", self.describe(&xo, x));
            self.error(self.pos(x.span), msg);
            return Operand::invalid(pos);
        }
        let pty = self.types.pointer(xo.ty);
        let place = expr_to_place(xo.expr, &self.types);
        self.mark_addr_taken(&place);
        self.value_operand(Mode::Value, Expr { kind: ExprKind::AddrOf(Box::new(place)), ty: pty, pos })
    }

    fn receive(&mut self, x: &ast::Expr, pos: Pos) -> Operand {
        let xo = self.expr_or_type(x);
        if xo.is_invalid() {
            return xo;
        }
        if xo.mode == Mode::TypeExpr {
            // `<-chan T` as a type.
            if let Type::Chan(ast::ChanDir::Both, elem) = self.types.get(xo.ty).clone() {
                let t = self.types.intern(Type::Chan(ast::ChanDir::Recv, elem));
                return self.type_operand(t, pos);
            }
        }
        let xo = self.single_value(xo, x);
        if xo.is_invalid() {
            return xo;
        }
        match self.types.under(self.core(xo.ty)).clone() {
            Type::Chan(dir, elem) => {
                if dir == ast::ChanDir::Send {
                    let msg = format!("invalid operation: cannot receive from send-only channel {}", self.describe(&xo, x));
                    self.error(self.pos(x.span), msg);
                    return Operand::invalid(pos);
                }
                let e = Expr { kind: ExprKind::Recv { chan: Box::new(xo.expr), comma_ok: false }, ty: elem, pos };
                self.value_operand(Mode::CommaOk, e)
            }
            _ => {
                let msg = format!("invalid operation: cannot receive from non-channel {}", self.describe(&xo, x));
                self.error(self.pos(x.span), msg);
                Operand::invalid(pos)
            }
        }
    }

    /// go/types' operand description: `x (variable of type int)`, `1 (untyped int constant)`.
    pub(crate) fn describe(&self, x: &Operand, e: &ast::Expr) -> String {
        let text = expr_string(e);
        self.describe_text(x, &text)
    }

    pub(crate) fn describe_text(&self, x: &Operand, text: &str) -> String {
        if x.ty == TypeId::UNTYPED_NIL && matches!(x.expr.kind, ExprKind::Nil) {
            return "nil".into();
        }
        let mut s = String::new();
        if !text.is_empty() {
            s.push_str(text);
            s.push_str(" (");
        }
        let untyped = self.types.is_untyped(x.ty);
        if untyped {
            s.push_str(self.types.basic(x.ty).map(|b| b.name()).unwrap_or(""));
            s.push(' ');
        }
        s.push_str(match x.mode {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin => "built-in",
            Mode::TypeExpr => "type",
            Mode::Constant => "constant",
            Mode::Variable => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value => "value",
            Mode::CommaOk => "comma, ok expression",
            Mode::Package => "package",
        });
        if x.mode == Mode::Constant {
            if let Some(v) = &x.val {
                let vs = v.to_string();
                if vs != text {
                    s.push(' ');
                    s.push_str(&vs);
                }
            }
        }
        if !untyped && !matches!(x.mode, Mode::Invalid | Mode::NoValue | Mode::Builtin | Mode::TypeExpr) {
            s.push_str(" of type ");
            let named = if let ExprKind::Call(c) = &x.expr.kind {
                self.callee_source(&c.callee).and_then(|f| self.named_results_string(f, x.ty))
            } else {
                self.sig_source_of(&x.expr).and_then(|f| self.named_sig_string(f, x.ty))
            };
            match named {
                Some(sig) => s.push_str(&sig),
                None => s.push_str(&self.tstr(x.ty)),
            }
            if self.types.is_tparam(x.ty) {
                s.push_str(" constrained by ");
                s.push_str(&self.constraint_string(x.ty));
            }
        }
        if !text.is_empty() {
            s.push(')');
        }
        s
    }

    /// The function whose signature an expression's (unnamed) function type comes from: a
    /// declared function, a method value, a function literal, or a local variable
    /// initialized from one of those.
    pub(crate) fn sig_source_of(&self, e: &Expr) -> Option<FuncId> {
        match &e.kind {
            ExprKind::Func(f) | ExprKind::Closure { func: f, .. } | ExprKind::MethodValue { func: f, .. } => Some(*f),
            ExprKind::Var(tir::Var::Local(l)) => {
                let func = self.fctx.as_ref()?.func;
                self.sig_sources.get(&VarRef::Local(func, *l)).copied()
            }
            _ => None,
        }
    }

    /// The function a call calls, when known statically (see [`Self::sig_source_of`]).
    fn callee_source(&self, c: &tir::Callee) -> Option<FuncId> {
        match c {
            tir::Callee::Func(f) | tir::Callee::Method { func: f, .. } => Some(*f),
            tir::Callee::Value(e) => self.sig_source_of(e),
            _ => None,
        }
    }

    /// A call's result tuple `t` with function `f`'s result names (`(n int, err error)`),
    /// as go/types prints it; `None` if the results are unnamed.
    fn named_results_string(&self, f: FuncId, t: TypeId) -> Option<String> {
        let func = self.funcs.get(f.0 as usize)?;
        let Type::Tuple(elems) = self.types.get(t) else { return None };
        if func.kind == tir::FuncKind::Wrapper || !self.named_results.contains(&f) || func.results.len() != elems.len() {
            return None;
        }
        let parts: Vec<String> = elems
            .iter()
            .zip(&func.results)
            .map(|(&e, l)| {
                let n = &func.locals[l.0 as usize].name;
                format!("{} {}", if n.is_empty() { "_" } else { n }, self.tstr(e))
            })
            .collect();
        Some(format!("({})", parts.join(", ")))
    }

    /// Function `f`'s type `t` as go/types prints a signature that has parameter or result
    /// names (`func(x int, s ...string) (n int)`); `None` when it has none, or when `t` is
    /// not that signature (a named function type).
    pub(crate) fn named_sig_string(&self, f: FuncId, t: TypeId) -> Option<String> {
        let func = self.funcs.get(f.0 as usize)?;
        // A wrapper's parameters are synthesized (p0, p1...): not the declaration's names.
        if func.kind == tir::FuncKind::Wrapper || self.types.is_named(t) || !matches!(self.types.get(t), Type::Func(_)) {
            return None;
        }
        let sig = self.types.signature(t)?.clone();
        let mut params: Vec<String> = func.params.iter().map(|l| func.locals[l.0 as usize].name.clone()).collect();
        // A method expression's function takes the receiver first.
        if params.len() + 1 == sig.params.len() {
            if let Some(r) = func.recv {
                params.insert(0, func.locals[r.0 as usize].name.clone());
            }
        }
        let results: Vec<String> = func.results.iter().map(|l| func.locals[l.0 as usize].name.clone()).collect();
        let named_params = params.iter().any(|n| !n.is_empty());
        let named_results = self.named_results.contains(&f) && results.len() == sig.results.len();
        if (!named_params && !named_results) || (named_params && params.len() != sig.params.len()) {
            return None;
        }
        let mut s = String::from("func(");
        for (i, &p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if named_params {
                s.push_str(if params[i].is_empty() { "_" } else { &params[i] });
                s.push(' ');
            }
            if sig.variadic && i + 1 == sig.params.len() {
                s.push_str("...");
                match self.types.get(p) {
                    Type::Slice(e) => s.push_str(&self.tstr(*e)),
                    _ => s.push_str(&self.tstr(p)),
                }
            } else {
                s.push_str(&self.tstr(p));
            }
        }
        s.push(')');
        if named_results {
            s.push_str(" (");
            for (i, &r) in sig.results.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(if results[i].is_empty() { "_" } else { &results[i] });
                s.push(' ');
                s.push_str(&self.tstr(r));
            }
            s.push(')');
        } else if sig.results.len() == 1 {
            s.push(' ');
            s.push_str(&self.tstr(sig.results[0]));
        } else if !sig.results.is_empty() {
            let rs: Vec<String> = sig.results.iter().map(|&r| self.tstr(r)).collect();
            s.push_str(&format!(" ({})", rs.join(", ")));
        }
        Some(s)
    }

    /// Gives an untyped operand its default type (`x := 1` → int).
    pub(crate) fn default_untyped(&mut self, x: &mut Operand) {
        if self.types.is_untyped(x.ty) && x.ty != TypeId::UNTYPED_NIL {
            let t = self.types.default_type(x.ty);
            self.convert_untyped(x, t);
        }
    }

    /// Converts an untyped operand to `target` (go/types `implicitTypeAndValue`). Returns
    /// `Err(reason)` if impossible: `"overflows"`, `"truncated"` or `""`.
    pub(crate) fn convert_untyped(&mut self, x: &mut Operand, target: TypeId) -> Result<(), &'static str> {
        if !self.types.is_untyped(x.ty) || target == TypeId::INVALID {
            return Ok(());
        }
        if self.types.is_untyped(target) {
            // Both untyped: the larger numeric kind wins.
            if x.ty != target {
                let rank = |t: TypeId| match t {
                    TypeId::UNTYPED_INT => 0,
                    TypeId::UNTYPED_RUNE => 1,
                    TypeId::UNTYPED_FLOAT => 2,
                    TypeId::UNTYPED_COMPLEX => 3,
                    _ => -1,
                };
                if rank(x.ty) >= 0 && rank(target) >= 0 {
                    if rank(target) > rank(x.ty) {
                        self.retype(x, target)?;
                    }
                } else if x.ty != target {
                    return Err("");
                }
            }
            return Ok(());
        }
        if self.types.is_tparam(target) {
            return self.convert_untyped_to_tparam(x, target);
        }
        let under = self.types.under(target).clone();
        match under {
            Type::Basic(b) => {
                if x.ty == TypeId::UNTYPED_NIL {
                    if b == Basic::UnsafePointer {
                        return self.retype(x, target);
                    }
                    return Err("");
                }
                let ok = match x.ty {
                    TypeId::UNTYPED_BOOL => b.is_boolean(),
                    TypeId::UNTYPED_STRING => b.is_string(),
                    TypeId::UNTYPED_INT | TypeId::UNTYPED_RUNE | TypeId::UNTYPED_FLOAT | TypeId::UNTYPED_COMPLEX => {
                        if x.mode == Mode::Constant {
                            b.is_numeric()
                        } else {
                            // Non-constant untyped numeric values come from shifts: integers only.
                            b.is_integer() || (b.is_numeric() && x.ty != TypeId::UNTYPED_INT)
                        }
                    }
                    _ => false,
                };
                if !ok {
                    return Err("");
                }
                self.retype(x, target)
            }
            Type::Interface(_) => {
                if x.ty == TypeId::UNTYPED_NIL {
                    return self.retype(x, target);
                }
                // Keep untyped: the caller converts to the default type then to the interface.
                let d = self.types.default_type(x.ty);
                self.retype(x, d)
            }
            Type::Pointer(_) | Type::Slice(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => {
                if x.ty == TypeId::UNTYPED_NIL {
                    return self.retype(x, target);
                }
                Err("")
            }
            _ => Err(""),
        }
    }

    /// An untyped operand to a type parameter's type: it must convert to every type of
    /// the type set; the result is a value of type `target` (not a constant).
    fn convert_untyped_to_tparam(&mut self, x: &mut Operand, target: TypeId) -> Result<(), &'static str> {
        let mut terms = Vec::new();
        let bounded = self.types.all_terms(target, &mut |_, t| {
            terms.push(t);
            true
        });
        if !bounded {
            return Err("");
        }
        let mut why: Result<(), &'static str> = Ok(());
        for t in terms {
            let mut y = x.clone();
            if let Err(e) = self.convert_untyped(&mut y, t) {
                why = Err(e);
                break;
            }
        }
        why?;
        if x.ty == TypeId::UNTYPED_NIL {
            x.ty = target;
            x.expr = Expr { kind: ExprKind::Nil, ty: target, pos: x.expr.pos };
            return Ok(());
        }
        x.ty = target;
        x.expr.ty = target;
        if x.mode == Mode::Constant {
            x.mode = Mode::Value;
            x.val = None;
        }
        Ok(())
    }

    /// Sets the type of an untyped operand (checking representability of constants).
    fn retype(&mut self, x: &mut Operand, target: TypeId) -> Result<(), &'static str> {
        if let (Mode::Constant, Some(v)) = (x.mode, x.val.clone()) {
            let v = self.representable(&v, target)?;
            x.val = Some(v.clone());
            x.ty = target;
            x.expr = Expr { kind: ExprKind::Const(v), ty: target, pos: x.expr.pos };
            return Ok(());
        }
        x.ty = target;
        set_expr_type(&mut x.expr, target, &self.types);
        Ok(())
    }

    /// Checks that a constant is representable in `t`; returns the value rounded to `t`.
    pub(crate) fn representable(&self, v: &ConstValue, t: TypeId) -> Result<ConstValue, &'static str> {
        let Some(b) = self.types.basic(t) else {
            return Ok(v.clone()); // interfaces etc. hold the default-typed value
        };
        if b.is_untyped() {
            return Ok(v.clone());
        }
        match v {
            ConstValue::Bool(_) => if b.is_boolean() { Ok(v.clone()) } else { Err("") },
            ConstValue::String(_) => if b.is_string() { Ok(v.clone()) } else { Err("") },
            _ if b.is_integer() => {
                let Some(i) = v.to_int() else {
                    // go/types: a non-integer numeric constant to an integer type is "truncated".
                    return Err(if v.to_rat().is_some() || matches!(v, ConstValue::Complex(..)) { "truncated" } else { "" });
                };
                let (min, max) = constant::int_range(b.bits(), b.is_unsigned());
                if i < min || i > max {
                    // go/types: a float constant to an integer type is "truncated".
                    return Err(if matches!(v, ConstValue::Float(_) | ConstValue::Complex(..)) { "truncated" } else { "overflows" });
                }
                Ok(ConstValue::Int(i))
            }
            _ if b.is_float() => {
                let Some(r) = v.to_rat() else {
                    return Err(if matches!(v, ConstValue::Complex(..)) { "overflows" } else { "" });
                };
                let rounded = if b == Basic::Float32 {
                    constant::rat_to_f32(&r).map(|f| f as f64)
                } else {
                    constant::rat_to_f64(&r)
                };
                match rounded {
                    Some(f) => Ok(ConstValue::Float(constant::f64_to_rat(f).unwrap_or_default())),
                    None => Err("overflows"),
                }
            }
            _ if b.is_complex() => {
                let (re, im) = match v.to_rank(constant::NumRank::Complex) {
                    ConstValue::Complex(re, im) => (re, im),
                    _ => return Err(""),
                };
                let round = |r: &constant::Real| -> Option<constant::Real> {
                    let f = if b == Basic::Complex64 { constant::rat_to_f32(r).map(|f| f as f64) } else { constant::rat_to_f64(r) };
                    f.and_then(constant::f64_to_rat)
                };
                match (round(&re), round(&im)) {
                    (Some(a), Some(c)) => Ok(ConstValue::Complex(a, c)),
                    _ => Err("overflows"),
                }
            }
            _ => Err(""),
        }
    }
}

/// Sets the type of an untyped non-constant expression tree (comparisons, shifts, `!`).
pub(crate) fn set_expr_type(e: &mut Expr, t: TypeId, types: &crate::ty::TypeTable) {
    if !types.is_untyped(e.ty) {
        return;
    }
    e.ty = t;
    match &mut e.kind {
        ExprKind::Unary(_, x) => set_expr_type(x, t, types),
        ExprKind::Binary(op, l, r) => {
            set_expr_type(l, t, types);
            if !matches!(op, tir::BinOp::Shl | tir::BinOp::Shr) {
                set_expr_type(r, t, types);
            }
        }
        ExprKind::AndAnd(l, r) | ExprKind::OrOr(l, r) => {
            set_expr_type(l, t, types);
            set_expr_type(r, t, types);
        }
        ExprKind::Const(v) => {
            // An untyped constant inside a non-constant expression (e.g. `1 << s`).
            if let Some(b) = types.basic(t) {
                if b.is_float() {
                    if let Some(r) = v.to_rat() {
                        *v = ConstValue::Float(r);
                    }
                } else if b.is_integer() {
                    if let Some(i) = v.to_int() {
                        *v = ConstValue::Int(i);
                    }
                }
            }
        }
        _ => {}
    }
}

/// Converts the TIR of an addressable operand into a place.
pub(crate) fn expr_to_place(e: Expr, types: &crate::ty::TypeTable) -> Place {
    match e.kind {
        ExprKind::Var(v) => Place::Var(v),
        ExprKind::Deref(p) => Place::Deref(p),
        ExprKind::Field(x, i) => Place::Field(Box::new(expr_to_place(*x, types)), i),
        ExprKind::Index(x, i) => {
            if matches!(types.under(x.ty), Type::Slice(_)) {
                Place::SliceIndex(x, i)
            } else {
                Place::ArrayIndex(Box::new(expr_to_place(*x, types)), i)
            }
        }
        ExprKind::MapIndex { map, key, .. } => Place::MapIndex(map, key),
        _ => unreachable!("minigo bug: place of a non-addressable expression"),
    }
}

/// Source-like rendering of an expression, as go/types prints it in messages.
pub fn expr_string(e: &ast::Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e, 0);
    s
}

fn write_expr(s: &mut String, e: &ast::Expr, depth: u32) {
    if depth > 50 {
        s.push('…');
        return;
    }
    let d = depth + 1;
    match &e.kind {
        AK::Ident(n) => s.push_str(n),
        AK::BasicLit(_, t) => s.push_str(t),
        AK::CompositeLit { ty, elems, .. } => {
            if let Some(t) = ty {
                write_expr(s, t, d);
            }
            s.push_str(if elems.is_empty() { "{}" } else { "{…}" });
        }
        AK::FuncLit { sig, body } => {
            s.push_str("func");
            write_sig(s, sig, d);
            s.push_str(if body.stmts.is_empty() { " {}" } else { " {…}" });
        }
        AK::Paren(x) => {
            s.push('(');
            write_expr(s, x, d);
            s.push(')');
        }
        AK::Selector(x, sel) => {
            write_expr(s, x, d);
            s.push('.');
            s.push_str(&sel.name);
        }
        AK::Index(x, idx) => {
            write_expr(s, x, d);
            s.push('[');
            for (i, ix) in idx.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_expr(s, ix, d);
            }
            s.push(']');
        }
        AK::Slice { x, lo, hi, max } => {
            write_expr(s, x, d);
            s.push('[');
            if let Some(l) = lo {
                write_expr(s, l, d);
            }
            s.push(':');
            if let Some(h) = hi {
                write_expr(s, h, d);
            }
            if let Some(m) = max {
                s.push(':');
                write_expr(s, m, d);
            }
            s.push(']');
        }
        AK::TypeAssert(x, t) => {
            write_expr(s, x, d);
            s.push_str(".(");
            match t {
                Some(t) => write_expr(s, t, d),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        AK::Call { fun, args, ellipsis, .. } => {
            write_expr(s, fun, d);
            s.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_expr(s, a, d);
            }
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        AK::Star(x) => {
            s.push('*');
            write_expr(s, x, d);
        }
        AK::Unary(op, x) => {
            s.push_str(op.as_str());
            write_expr(s, x, d);
        }
        AK::Binary(op, l, r) => {
            write_expr(s, l, d);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write_expr(s, r, d);
        }
        AK::ArrayType { len, elem } => {
            s.push('[');
            match len {
                Some(l) => write_expr(s, l, d),
                None => s.push_str("..."),
            }
            s.push(']');
            write_expr(s, elem, d);
        }
        AK::SliceType(elem) => {
            s.push_str("[]");
            write_expr(s, elem, d);
        }
        AK::MapType(k, v) => {
            s.push_str("map[");
            write_expr(s, k, d);
            s.push(']');
            write_expr(s, v, d);
        }
        AK::ChanType(dir, elem) => {
            s.push_str(match dir {
                ast::ChanDir::Both => "chan ",
                ast::ChanDir::Send => "chan<- ",
                ast::ChanDir::Recv => "<-chan ",
            });
            write_expr(s, elem, d);
        }
        AK::FuncType(sig) => {
            s.push_str("func");
            write_sig(s, sig, d);
        }
        AK::StructType(fields) => {
            s.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
                if !names.is_empty() {
                    s.push_str(&names.join(", "));
                    s.push(' ');
                }
                write_expr(s, &f.ty, d);
            }
            s.push('}');
        }
        AK::InterfaceType(elems) => {
            if elems.is_empty() {
                s.push_str("interface{}");
            } else {
                s.push_str("interface{…}");
            }
        }
        AK::Ellipsis(x) => {
            s.push_str("...");
            write_expr(s, x, d);
        }
        AK::Bad => s.push_str("BadExpr"),
    }
}

fn write_sig(s: &mut String, sig: &ast::FuncType, d: u32) {
    s.push('(');
    write_fields(s, &sig.params, d);
    s.push(')');
    match sig.results.len() {
        0 => {}
        1 if sig.results[0].names.is_empty() => {
            s.push(' ');
            write_expr(s, &sig.results[0].ty, d);
        }
        _ => {
            s.push_str(" (");
            write_fields(s, &sig.results, d);
            s.push(')');
        }
    }
}

fn write_fields(s: &mut String, fields: &[ast::Field], d: u32) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
        if !names.is_empty() {
            s.push_str(&names.join(", "));
            s.push(' ');
        }
        write_expr(s, &f.ty, d);
    }
}

impl<'a> Checker<'a> {
    /// First non-blank byte offset at or after `from` in the current file.
    fn skip_blanks(&self, from: u32) -> u32 {
        let src = &self.files[self.file as usize].src;
        let rest = src.get(from as usize..).unwrap_or("");
        from + (rest.len() - rest.trim_start().len()) as u32
    }

    /// gc's `syntax.StartPos` of an expression: its first byte, except that a func type
    /// starts at its parameter list.
    pub(crate) fn start_pos(&self, e: &ast::Expr) -> Pos {
        let mut p = self.pos(e.span);
        if let AK::FuncType(_) = e.kind {
            let src = &self.files[self.file as usize].src;
            if let Some(off) = src.get(e.span.start as usize..e.span.end as usize).and_then(|s| s.find('(')) {
                p.span.start += off as u32;
            }
        }
        p
    }

    /// gc's `Pos()` of an expression node, which some messages print: the operator of a
    /// binary expression, the `(` of a call, the `[` of an index, the `.` of a selector.
    pub(crate) fn syntax_pos(&self, e: &ast::Expr) -> Pos {
        let mut p = self.pos(e.span);
        let at = match &e.kind {
            AK::Binary(_, l, _) => Some(self.skip_blanks(l.span.end)),
            AK::Call { fun, .. } | AK::Index(fun, _) | AK::Selector(fun, _) => Some(self.skip_blanks(fun.span.end)),
            AK::FuncType(_) => return self.start_pos(e),
            _ => None,
        };
        if let Some(at) = at {
            p.span.start = at;
        }
        p
    }
}
