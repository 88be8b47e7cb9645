//! Composite literals (spec "Composite literals").

use super::expr::expr_string;
use super::{Checker, Mode, Operand};
use crate::constant::ConstValue;
use crate::tir::{Composite, Expr, ExprKind, Pos};
use crate::ty::{Type, TypeId};
use parser::ast;
use std::collections::HashSet;

impl<'a> Checker<'a> {
    pub(crate) fn composite_lit(&mut self, ty: Option<&ast::Expr>, elems: &[ast::Element], rbrace: u32, hint: Option<TypeId>, pos: Pos) -> Operand {
        let _ = rbrace;
        let (t, open_array) = match ty {
            Some(te) => {
                // [...]T{...}: the length comes from the elements.
                if let ast::ExprKind::ArrayType { len: None, elem } = &te.kind {
                    let et = self.type_expr(elem);
                    (et, true)
                } else {
                    (self.type_expr(te), false)
                }
            }
            None => match hint {
                Some(h) => (h, false),
                None => {
                    self.error(pos, "missing type in composite literal");
                    return Operand::invalid(pos);
                }
            },
        };
        if t == TypeId::INVALID {
            for e in elems {
                if let Some(k) = &e.key {
                    if !matches!(k.kind, ast::ExprKind::Ident(_)) {
                        self.raw_expr(k, None);
                    }
                }
                self.raw_expr(&e.value, None);
            }
            return Operand::invalid(pos);
        }
        if open_array {
            let (items, len) = self.array_elems(t, elems, None);
            let at = self.types.intern(Type::Array(t, len));
            return self.value_operand(Mode::Value, Expr { kind: ExprKind::Composite(Composite::Array(items)), ty: at, pos });
        }
        // A literal of pointer type in an elided position: `[]*T{{...}}` means `&T{...}`.
        if ty.is_none() {
            if let Type::Pointer(base) = self.types.under(self.core(t)).clone() {
                let inner = self.composite_lit(None, elems, rbrace, Some(base), pos);
                if inner.is_invalid() {
                    return inner;
                }
                return self.value_operand(Mode::Value, Expr { kind: ExprKind::HeapAlloc(Box::new(inner.expr)), ty: t, pos });
            }
        }
        match self.types.under(self.core(t)).clone() {
            Type::Struct(fields) => {
                let items = self.struct_elems(t, &fields, elems, pos);
                match items {
                    Some((items, order)) => self.value_operand(Mode::Value, Expr { kind: ExprKind::Composite(Composite::Struct(items, order)), ty: t, pos }),
                    None => Operand::invalid(pos),
                }
            }
            Type::Array(elem, n) => {
                let (items, _) = self.array_elems(elem, elems, Some(n));
                self.value_operand(Mode::Value, Expr { kind: ExprKind::Composite(Composite::Array(items)), ty: t, pos })
            }
            Type::Slice(elem) => {
                let (items, len) = self.array_elems(elem, elems, None);
                self.value_operand(Mode::Value, Expr { kind: ExprKind::Composite(Composite::Slice { elems: items, len }), ty: t, pos })
            }
            Type::Map(kt, vt) => {
                let items = self.map_elems(kt, vt, elems, pos);
                self.value_operand(Mode::Value, Expr { kind: ExprKind::Composite(Composite::Map(items)), ty: t, pos })
            }
            _ => {
                let msg = format!("invalid composite literal type {}", self.tstr(t));
                self.error(pos, msg);
                for e in elems {
                    self.raw_expr(&e.value, None);
                }
                Operand::invalid(pos)
            }
        }
    }

    /// An element value, with the element type as hint for elided literals.
    fn elem_value(&mut self, v: &ast::Expr, t: TypeId, context: &str) -> Option<Expr> {
        // Struct fields take no elided literal types (go/types passes no hint there).
        let hint = if context == "struct literal" { None } else { Some(t) };
        let mut x = self.expr_hint(v, hint);
        if x.is_invalid() {
            return None;
        }
        if !self.assign_expr(&mut x, v, t, context) {
            return None;
        }
        Some(x.expr)
    }

    fn struct_elems(&mut self, t: TypeId, fields: &[crate::ty::Field], elems: &[ast::Element], pos: Pos) -> Option<(Vec<Expr>, Vec<u32>)> {
        let mut out: Vec<Option<Expr>> = vec![None; fields.len()];
        let mut order = Vec::new();
        let mut ok = true;
        if elems.is_empty() {
            return Some((self.zero_fields(fields, pos), order));
        }
        let keyed = elems[0].key.is_some();
        if keyed {
            for e in elems {
                let Some(k) = &e.key else {
                    self.error(self.pos(e.value.span), "mixture of field:value and value elements in struct literal");
                    ok = false;
                    continue;
                };
                let ast::ExprKind::Ident(name) = &k.kind else {
                    let msg = format!("invalid field name {} in struct literal", expr_string(k));
                    self.error(self.pos(k.span), msg);
                    self.raw_expr(&e.value, None);
                    ok = false;
                    continue;
                };
                let Some(i) = fields.iter().position(|f| &f.name == name) else {
                    let mut msg = format!("unknown field {} in struct literal of type {}", name, self.tstr(t));
                    // A misspelling of a field of this package's type (go/types `lookupError`).
                    let local = self.types.named_info(t).map_or(true, |i| i.pkg == self.pkg);
                    if let Some(f) = fields.iter().find(|f| f.name.eq_ignore_ascii_case(name)).filter(|_| local) {
                        msg = format!("{}, but does have {}", msg, f.name);
                    }
                    self.error(self.pos(k.span), msg);
                    self.raw_expr(&e.value, None);
                    ok = false;
                    continue;
                };
                if !self.accessible(name, fields[i].pkg) {
                    let msg = format!("cannot refer to unexported field {} in struct literal of type {}", name, self.tstr(t));
                    self.error(self.pos(k.span), msg);
                    ok = false;
                    continue;
                }
                if out[i].is_some() {
                    self.error(self.pos(k.span), format!("duplicate field name {} in struct literal", name));
                    ok = false;
                    continue;
                }
                match self.elem_value(&e.value, fields[i].ty, "struct literal") {
                    Some(x) => {
                        out[i] = Some(x);
                        order.push(i as u32);
                    }
                    None => ok = false,
                }
            }
        } else {
            for (i, e) in elems.iter().enumerate() {
                if e.key.is_some() {
                    self.error(self.pos(e.value.span), "mixture of field:value and value elements in struct literal");
                    ok = false;
                    continue;
                }
                if i >= fields.len() {
                    let msg = format!("too many values in struct literal of type {}", self.tstr(t));
                    self.error(self.pos(e.value.span), msg);
                    ok = false;
                    break;
                }
                if !self.accessible(&fields[i].name, fields[i].pkg) {
                    let msg = format!("implicit assignment to unexported field {} in struct literal of type {}", fields[i].name, self.tstr(t));
                    self.error(self.pos(e.value.span), msg);
                    ok = false;
                    continue;
                }
                match self.elem_value(&e.value, fields[i].ty, "struct literal") {
                    Some(x) => out[i] = Some(x),
                    None => ok = false,
                }
            }
            if ok && elems.len() < fields.len() {
                let msg = format!("too few values in struct literal of type {}", self.tstr(t));
                let end = self.pos(elems.last().unwrap().value.span);
                self.error(Pos { file: end.file, span: lexer::Span { start: end.span.end, end: end.span.end } }, msg);
                ok = false;
            }
        }
        if !ok {
            return None;
        }
        let items = out.into_iter().zip(fields).map(|(e, f)| e.unwrap_or(Expr { kind: ExprKind::Zero, ty: f.ty, pos })).collect();
        Some((items, order))
    }

    fn zero_fields(&self, fields: &[crate::ty::Field], pos: Pos) -> Vec<Expr> {
        fields.iter().map(|f| Expr { kind: ExprKind::Zero, ty: f.ty, pos }).collect()
    }

    /// Elements of an array or slice literal: (index, value) pairs and the length.
    fn array_elems(&mut self, elem: TypeId, elems: &[ast::Element], len: Option<u64>) -> (Vec<(u64, Expr)>, u64) {
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        let mut index: u64 = 0;
        let mut max: u64 = 0;
        for e in elems {
            if let Some(k) = &e.key {
                let mut ko = self.expr(k);
                if !ko.is_invalid() {
                    // go/types checks a key like an index (conversion to int, sign, bounds).
                    let before = self.diags.len();
                    match self.index_value(&mut ko, len, k) {
                        Some(i) => index = i,
                        None if self.diags.len() == before => {
                            let msg = format!("index {} must be integer constant", super::expr::expr_string(k));
                            self.error(self.pos(k.span), msg);
                        }
                        None => {}
                    }
                }
            }
            if let Some(n) = len {
                if index >= n {
                    self.error(self.pos(e.value.span), format!("index {} is out of bounds (>= {})", index, n));
                    self.raw_expr(&e.value, Some(elem));
                    index += 1;
                    continue;
                }
            }
            if !seen.insert(index) {
                self.error(self.pos(e.key.as_ref().unwrap_or(&e.value).span), format!("duplicate index {} in array or slice literal", index));
            }
            if let Some(x) = self.elem_value(&e.value, elem, "array or slice literal") {
                out.push((index, x));
            }
            index += 1;
            max = max.max(index);
        }
        (out, len.unwrap_or(max))
    }

    fn map_elems(&mut self, kt: TypeId, vt: TypeId, elems: &[ast::Element], pos: Pos) -> Vec<(Expr, Expr)> {
        let _ = pos;
        let mut out = Vec::new();
        let mut seen: Vec<ConstValue> = Vec::new();
        for e in elems {
            let Some(k) = &e.key else {
                self.error(self.pos(e.value.span), "missing key in map literal");
                self.raw_expr(&e.value, Some(vt));
                continue;
            };
            let mut ko = self.expr_hint(k, Some(kt));
            if ko.is_invalid() || !self.assign_expr(&mut ko, k, kt, "map literal") {
                self.raw_expr(&e.value, Some(vt));
                continue;
            }
            if let Some(v) = &ko.val {
                if !self.types.is_interface(kt) {
                    if seen.contains(v) {
                        let msg = format!("duplicate key {} in map literal", expr_string(k));
                        self.error(self.pos(k.span), msg);
                        continue;
                    }
                    seen.push(v.clone());
                }
            }
            if let Some(v) = self.elem_value(&e.value, vt, "map literal") {
                out.push((ko.expr, v));
            }
        }
        out
    }
}
