//! Helpers called by the grammar's actions: node construction with spans and ids, and
//! the post-passes that LR(1) leaves to code (parameter-list grouping, type switches,
//! range clauses).

use crate::ast::*;
use std::cell::{Cell, RefCell};

/// A syntax error: byte offset and gc's message text (without the `syntax error: ` prefix
/// when `plain` is false... see [`SyntaxError::message`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub offset: usize,
    /// The full message as gc prints it, e.g. `syntax error: unexpected newline, expected {`.
    pub message: String,
}

/// Per-parse state threaded through the grammar: node ids and non-fatal errors.
#[derive(Default)]
pub struct Builder {
    next_id: Cell<u32>,
    errors: RefCell<Vec<SyntaxError>>,
}

pub fn sp(l: usize, r: usize) -> Span {
    Span::new(l, r)
}

/// One item of a parameter list before grouping (go/parser's approach: parse a list of
/// types-or-names, then decide whether the list is named).
pub enum ParamItem {
    Unnamed(Expr),
    Named(Ident, Expr),
}

impl Builder {
    pub fn new() -> Builder {
        Builder::default()
    }

    pub fn take_errors(&self) -> Vec<SyntaxError> {
        self.errors.take()
    }

    pub fn node_count(&self) -> u32 {
        self.next_id.get()
    }

    pub fn error(&self, offset: usize, message: impl Into<String>) {
        self.errors.borrow_mut().push(SyntaxError { offset, message: message.into() });
    }

    pub fn expr(&self, kind: ExprKind, l: usize, r: usize) -> Expr {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        Expr { kind, span: sp(l, r), id: NodeId(id) }
    }

    pub fn ident(&self, n: Ident) -> Expr {
        let span = n.span;
        self.expr(ExprKind::Ident(n.name), span.start as usize, span.end as usize)
    }

    pub fn binary(&self, op: BinaryOp, x: Expr, y: Expr, l: usize, r: usize) -> Expr {
        self.expr(ExprKind::Binary(op, Box::new(x), Box::new(y)), l, r)
    }

    /// `x op1 y op2 z ...` as a tree: higher precedence first, left-associative.
    pub fn binary_chain(&self, first: Expr, rest: Vec<(BinaryOp, Box<Expr>)>) -> Expr {
        let mut operands: Vec<Box<Expr>> = Vec::with_capacity(rest.len() + 1);
        let mut ops: Vec<BinaryOp> = Vec::with_capacity(rest.len());
        operands.push(Box::new(first));
        let reduce = |operands: &mut Vec<Box<Expr>>, op: BinaryOp| {
            let y = operands.pop().expect("minigo bug: binary operand");
            let x = operands.pop().expect("minigo bug: binary operand");
            let (l, r) = (x.span.start as usize, y.span.end as usize);
            operands.push(Box::new(self.expr(ExprKind::Binary(op, x, y), l, r)));
        };
        for (op, y) in rest {
            while let Some(&top) = ops.last() {
                if top.precedence() < op.precedence() {
                    break;
                }
                ops.pop();
                reduce(&mut operands, top);
            }
            ops.push(op);
            operands.push(y);
        }
        while let Some(top) = ops.pop() {
            reduce(&mut operands, top);
        }
        *operands.pop().expect("minigo bug: binary operand")
    }

    pub fn lit(&self, kind: LitKind, src: &str, l: usize, r: usize) -> Expr {
        self.expr(ExprKind::BasicLit(kind, src[l..r].to_string()), l, r)
    }

    pub fn call(&self, fun: Expr, args: (Vec<Expr>, Option<Span>), r: usize, l: usize) -> Expr {
        let (args, ellipsis) = args;
        self.expr(ExprKind::Call { fun: Box::new(fun), args, ellipsis, rparen: (r - 1) as u32 }, l, r)
    }

    pub fn composite(&self, ty: Option<Expr>, v: (Vec<Element>, usize), l: usize, r: usize) -> Expr {
        let (elems, rbrace) = v;
        if let Some(t) = &ty {
            if let ExprKind::Paren(_) = t.kind {
                self.error(t.span.start as usize, "syntax error: cannot parenthesize type in composite literal");
            }
        }
        self.expr(ExprKind::CompositeLit { ty: ty.map(Box::new), elems, rbrace: rbrace as u32 }, l, r)
    }

    pub fn slice(&self, x: Expr, lo: Option<Expr>, hi: Option<Expr>, max: Option<Expr>, l: usize, r: usize) -> Expr {
        let kind = ExprKind::Slice { x: Box::new(x), lo: lo.map(Box::new), hi: hi.map(Box::new), max: max.map(Box::new) };
        self.expr(kind, l, r)
    }

    /// `name [X] elem` in a field or parameter list: an array type `[X]elem`.
    pub fn array_type(&self, mut x: Vec<Expr>, elem: Expr, _l: usize, r: usize) -> Expr {
        let len = x.remove(0);
        if let Some(extra) = x.first() {
            self.error(extra.span.start as usize, "syntax error: unexpected comma; expecting ]");
        }
        let l = len.span.start as usize - 1;
        self.expr(ExprKind::ArrayType { len: Some(Box::new(len)), elem: Box::new(elem) }, l, r)
    }
}

/// The elements of a list of boxed nodes. Grammar nonterminals of large node types
/// produce boxes: lalrpop moves every symbol on its stack by value, so the size of its
/// largest symbol type is copied at each shift and reduction.
pub fn unbox<T>(v: Vec<Box<T>>) -> Vec<T> {
    v.into_iter().map(|b| *b).collect()
}

/// Numbers the specs of a const group: the value of `iota` in each.
pub fn number_iota(mut specs: Vec<ConstSpec>) -> Vec<ConstSpec> {
    for (i, s) in specs.iter_mut().enumerate() {
        s.iota = i as u32;
    }
    specs
}

/// Groups parameter items into fields: `a, b int, c string` → `[a b] int`, `[c] string`.
pub fn normalize_params(items: Vec<ParamItem>, span: Span, b: &Builder) -> Vec<Field> {
    let named = items.iter().any(|i| matches!(i, ParamItem::Named(..)));
    if !named {
        return items
            .into_iter()
            .map(|i| match i {
                ParamItem::Unnamed(ty) => Field { names: vec![], span: ty.span, ty, tag: None },
                ParamItem::Named(..) => unreachable!("minigo bug: named item in unnamed list"),
            })
            .collect();
    }
    let mut fields = Vec::new();
    let mut pending: Vec<Ident> = Vec::new();
    let mut reported = false;
    for item in items {
        match item {
            ParamItem::Named(name, ty) => {
                pending.push(name);
                let start = pending[0].span;
                fields.push(Field { names: std::mem::take(&mut pending), span: start.to(ty.span), ty, tag: None });
            }
            ParamItem::Unnamed(Expr { kind: ExprKind::Ident(name), span, .. }) => pending.push(Ident { name, span }),
            ParamItem::Unnamed(ty) => {
                if !reported {
                    b.error(ty.span.start as usize, "syntax error: mixed named and unnamed parameters");
                    reported = true;
                }
            }
        }
    }
    if !pending.is_empty() && !reported {
        b.error(span.end as usize - 1, "syntax error: mixed named and unnamed parameters");
    }
    fields
}

pub fn func_decl_method(b: &Builder, recv: Vec<Field>, name: Ident, sig: FuncType, body: Option<Block>, span: Span) -> Decl {
    let recv_count = recv.iter().map(|f| f.names.len().max(1)).sum();
    let recv_field = recv.into_iter().next();
    if recv_count == 0 {
        b.error(name.span.start as usize, "method has no receiver");
    }
    Decl::Func(Box::new(FuncDecl { recv: recv_field, recv_count, name, tparams: vec![], sig, body, span }))
}

/// A `switch` whose tag is `x.(type)` is a type switch.
pub fn switch_stmt(_b: &Builder, init: Option<Box<Stmt>>, tag: Option<Expr>, body: (Vec<CaseClause>, usize), span: Span) -> Stmt {
    let (body, rbrace) = (body.0, body.1 as u32);
    match tag {
        Some(Expr { kind: ExprKind::TypeAssert(x, None), .. }) => Stmt::TypeSwitch { init, bind: None, x, body, span, rbrace },
        tag => Stmt::Switch { init, tag: tag.map(Box::new), body, span, rbrace },
    }
}

/// `switch v := x.(type)`; anything else before `:=` is an error.
pub fn type_switch(b: &Builder, init: Option<Box<Stmt>>, bind: Vec<Expr>, x: Expr, body: (Vec<CaseClause>, usize), span: Span) -> Stmt {
    let (body, rbrace) = (body.0, body.1 as u32);
    let guard = match x.kind {
        ExprKind::TypeAssert(inner, None) => inner,
        _ => {
            b.error(x.span.start as usize, format!("syntax error: cannot use {} := {} as value", "assignment", "expression"));
            Box::new(x)
        }
    };
    let bind = match bind.into_iter().next() {
        Some(Expr { kind: ExprKind::Ident(name), span, .. }) => Some(Box::new(Ident { name, span })),
        Some(e) => {
            b.error(e.span.start as usize, "syntax error: invalid variable name in type switch");
            None
        }
        None => None,
    };
    Stmt::TypeSwitch { init, bind, x: guard, body, span, rbrace }
}

pub fn range_stmt(b: &Builder, lhs: Vec<Expr>, define: bool, x: Expr, body: Block, span: Span) -> Stmt {
    let mut it = lhs.into_iter();
    let key = it.next();
    let value = it.next();
    if let Some(extra) = it.next() {
        b.error(extra.span.start as usize, "syntax error: range clause permits at most two iteration variables");
    }
    Stmt::Range { key: key.map(Box::new), value: value.map(Box::new), define, x: Box::new(x), body, span }
}
