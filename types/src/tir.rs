//! The typed IR: the checker's output and the compiler's input.
//!
//! Everything the compiler must not re-derive is explicit here:
//! - every expression has its final type (untyped constants have been converted; an untyped
//!   expression left without context got its default type);
//! - names are resolved to [`Var`]s, [`FuncId`]s or folded constants;
//! - implicit operations are explicit nodes: conversion to an interface
//!   ([`ExprKind::ToInterface`]), automatic `&x` / `*p` of method receivers, the field path
//!   of promoted fields, packing of variadic arguments into a slice, the comparisons of an
//!   expression switch;
//! - method sets of named types are listed with synthesized wrapper functions for promoted
//!   methods and pointer receivers ([`Program::method_sets`]).
//!
//! Invariant: a TIR built by the checker is well-typed; the compiler may treat violations as
//! `minigo bug:` failures.

use crate::constant::ConstValue;
use crate::ty::{FuncId, PkgId, TypeId, TypeTable};
use lexer::Span;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GlobalId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LabelId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// A source position: file and byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Pos {
    pub file: u32,
    pub span: Span,
}

#[derive(Clone)]
pub struct SourceFile {
    pub path: String,
    pub src: String,
    pub lines: lexer::LineIndex,
}

pub struct Program {
    pub types: TypeTable,
    /// Indexed by [`PkgId`]; imported packages come before their importers.
    pub packages: Vec<PackageInfo>,
    pub files: Vec<SourceFile>,
    pub funcs: Vec<Func>,
    pub globals: Vec<Global>,
    /// Runs package initialization in Go's order (variable initializers by dependency, then
    /// each package's `init` functions), package by package.
    pub init: FuncId,
    /// `main.main` (absent when checking a library or a REPL input).
    pub main: Option<FuncId>,
    /// For each named type `T` with methods, the method sets of `T` and `*T`: sorted by
    /// name, each entry a function whose receiver has exactly that type (wrappers were
    /// synthesized for promoted methods and for value methods called through pointers).
    pub method_sets: HashMap<TypeId, Vec<(String, FuncId)>>,
}

#[derive(Clone)]
pub struct PackageInfo {
    pub path: String,
    pub name: String,
}

#[derive(Clone)]
pub struct Global {
    pub name: String,
    pub pkg: PkgId,
    pub ty: TypeId,
    pub pos: Pos,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FuncKind {
    /// A declared function or method.
    Decl,
    /// A function literal.
    Closure,
    /// Synthesized: promoted method, pointer-receiver adapter or method expression.
    Wrapper,
    /// The synthesized program initializer.
    Init,
    /// A generic function or method, or code inside one: checked with its type
    /// parameters for errors only. Its instances are the functions that run; this one is
    /// never compiled (its types mention type parameters).
    Generic,
    /// A standard-library function the program never reaches (`check/reach.rs`): its
    /// body was not checked and is not compiled.
    Unreached,
}

#[derive(Clone)]
pub struct Func {
    /// Go's name, as printed in tracebacks: `main.main`, `main.(*T).M`, `main.main.func1`.
    pub name: String,
    pub pkg: PkgId,
    pub pos: Pos,
    pub kind: FuncKind,
    /// The function's type (a signature; for methods, without the receiver).
    pub sig: TypeId,
    /// The closing brace of the body (where deferred calls run at a normal return).
    pub end: Pos,
    pub recv: Option<LocalId>,
    pub params: Vec<LocalId>,
    /// Result variables (synthesized, unnamed ones too).
    pub results: Vec<LocalId>,
    pub locals: Vec<Local>,
    /// For closures: the enclosing function and what is captured, in the enclosing
    /// function's terms. Inside the body, capture `i` is [`Var::Capture`]`(i)`.
    pub parent: Option<FuncId>,
    pub captures: Vec<Var>,
    /// `None` for a body-less declaration: implemented natively, found by [`Func::name`].
    pub body: Option<Block>,
    /// Number of labels used by `Break`/`Continue`/`Goto` targets in the body.
    pub num_labels: u32,
}

#[derive(Clone)]
pub struct Local {
    pub name: String,
    pub ty: TypeId,
    pub pos: Pos,
    /// Captured by a function literal.
    pub captured: bool,
    /// Its address is taken (`&x`, a pointer-receiver method call on it, slicing an array).
    pub addr_taken: bool,
    /// Assigned after its declaration (`x = ...`, `x++`, `x op= ...`, range/select targets).
    pub reassigned: bool,
}

impl Local {
    /// Whether the variable must live in a heap cell rather than a register.
    pub fn boxed(&self) -> bool {
        self.addr_taken || (self.captured && self.reassigned)
    }
}

/// A variable reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Var {
    Local(LocalId),
    /// The i-th captured variable of the current closure.
    Capture(u32),
    Global(GlobalId),
}

#[derive(Clone, Debug, Default)]
pub struct Block {
    pub stmts: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub enum Stmt {
    Expr(Expr),
    /// Declares a local with its zero value (a fresh variable each time it executes).
    VarDecl(LocalId),
    /// Parallel assignment: operands of the places and the right-hand sides are evaluated
    /// left to right, then the assignments happen.
    Assign { lhs: Vec<Place>, rhs: Rhs },
    /// `place op= value` (the place is evaluated once). For shifts `value` is any integer.
    OpAssign { place: Place, op: BinOp, value: Expr },
    IncDec { place: Place, inc: bool },
    Send { chan: Expr, value: Expr },
    Go(Call),
    Defer(Call),
    /// Empty `values` in a function with named results returns their current values.
    Return(Vec<Expr>),
    If { cond: Expr, then: Block, els: Option<Block> },
    Switch(Switch),
    TypeSwitch(TypeSwitch),
    Select(Select),
    /// `for cond { body; post }` (init statements precede it in the enclosing block).
    Loop { label: LabelId, cond: Option<Expr>, body: Block, post: Option<Box<Stmt>>, per_iteration: Vec<LocalId> },
    Range(Range),
    Block(Block),
    Labeled { label: LabelId, stmt: Box<Stmt> },
    Break(LabelId),
    Continue(LabelId),
    Goto(LabelId),
    /// Range over a function, lowered (`check/rangefunc.rs`): stores a token naming the
    /// current frame into the local, for [`Stmt::DeferAt`] in the loop body's closure.
    FrameToken(LocalId),
    /// `defer` in a range-over-func loop body: deferred on behalf of the frame named by
    /// `token` (the function containing the loop), not of the body's closure.
    DeferAt { token: Expr, call: Call },
    /// After the iterator call of a range-over-func loop whose body defers: the calls the
    /// body deferred while running on other goroutines join the frame named by the token.
    AdoptDefers(Expr),
    /// Raises a runtime error with this message (range-over-func protocol violations).
    Throw { msg: String, pos: Pos },
}

impl Default for Stmt {
    /// An empty block (a placeholder while a statement is rewritten).
    fn default() -> Stmt {
        Stmt::Block(Block::default())
    }
}

/// Right-hand side of an assignment.
#[derive(Clone, Debug)]
pub enum Rhs {
    /// One expression per place, each already of the place's type.
    Exprs(Vec<Expr>),
    /// One tuple-valued expression (a multi-result call, or a comma-ok form whose type is
    /// `(T, bool)`), its elements assignable to the places.
    Tuple(Expr),
}

#[derive(Clone, Debug)]
pub struct Switch {
    pub label: LabelId,
    /// The tag, evaluated once into this local; the clauses' conditions compare against it.
    pub tag: Option<(LocalId, Expr)>,
    pub clauses: Vec<SwitchClause>,
}

#[derive(Clone, Debug)]
pub struct SwitchClause {
    /// Boolean conditions tried in order; empty for `default` (which is tried last).
    pub conds: Vec<Expr>,
    pub is_default: bool,
    pub body: Block,
    /// The body ends with `fallthrough`.
    pub fallthrough: bool,
    pub pos: Pos,
}

#[derive(Clone, Debug)]
pub struct TypeSwitch {
    pub label: LabelId,
    /// The interface operand, evaluated once into this local.
    pub x: (LocalId, Expr),
    pub clauses: Vec<TypeClause>,
}

#[derive(Clone, Debug)]
pub struct TypeClause {
    /// `None` stands for the `nil` case. Empty for `default`.
    pub types: Vec<Option<TypeId>>,
    pub is_default: bool,
    /// `v := x.(type)`: this clause's `v` (of the single case type, or of x's type).
    pub bind: Option<LocalId>,
    pub body: Block,
}

#[derive(Clone, Debug)]
pub struct Select {
    pub label: LabelId,
    pub cases: Vec<SelectCase>,
    pub default: Option<Block>,
    /// The `select` keyword (where a blocked goroutine's traceback points).
    pub pos: Pos,
}

#[derive(Clone, Debug)]
pub enum SelectComm {
    Send { chan: Expr, value: Expr },
    /// Receive; the value and ok go to these places (after `decls` are declared).
    Recv { chan: Expr, value: Option<Place>, ok: Option<Place>, decls: Vec<LocalId> },
}

#[derive(Clone, Debug)]
pub struct SelectCase {
    pub comm: SelectComm,
    pub body: Block,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeKind {
    /// `range n`: 0..n-1 (n of integer type `x.ty`).
    Int,
    Slice,
    /// Array value: iterates over a copy.
    Array,
    /// Pointer to array.
    ArrayPointer,
    /// Bytes → (byte index, rune).
    String,
    Map,
    Chan,
}

#[derive(Clone, Debug)]
pub struct Range {
    pub label: LabelId,
    pub kind: RangeKind,
    pub x: Expr,
    pub key: Option<Place>,
    pub value: Option<Place>,
    /// With `:=`: locals declared fresh in each iteration before assignment.
    pub decls: Vec<LocalId>,
    pub body: Block,
}

/// An assignable location.
#[derive(Clone, Debug)]
pub enum Place {
    Blank,
    Var(Var),
    /// `*p`.
    Deref(Box<Expr>),
    /// A field of an addressable struct.
    Field(Box<Place>, u32),
    /// An element of an addressable array.
    ArrayIndex(Box<Place>, Box<Expr>),
    /// An element of a slice.
    SliceIndex(Box<Expr>, Box<Expr>),
    MapIndex(Box<Expr>, Box<Expr>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
    /// Bitwise complement `^x`.
    Complement,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
    Shl,
    Shr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    // Package unsafe (Sizeof, Alignof, Offsetof and Add never reach the IR: they are
    // constants or pointer arithmetic).
    UnsafeSizeof,
    UnsafeAlignof,
    UnsafeOffsetof,
    UnsafeAdd,
    /// `unsafe.Slice(ptr, len)`: `len` already converted to int.
    UnsafeSlice,
    UnsafeSliceData,
    /// `unsafe.String(ptr, len)`: `len` already converted to int.
    UnsafeString,
    UnsafeStringData,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: TypeId,
    pub pos: Pos,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A constant of type `ty` (typed; representable).
    Const(ConstValue),
    /// The nil value of `ty`.
    Nil,
    /// The zero value of `ty`.
    Zero,
    Var(Var),
    /// A top-level function used as a value.
    Func(FuncId),
    Unary(UnOp, Box<Expr>),
    /// Operands have type `ty`, except the right operand of a shift (any integer type).
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// Operands have the same type (possibly an interface); result is boolean.
    Compare(CmpOp, Box<Expr>, Box<Expr>),
    AndAnd(Box<Expr>, Box<Expr>),
    OrOr(Box<Expr>, Box<Expr>),
    Call(Box<Call>),
    /// Builtin with checked arguments. `make`/`new` carry the type in `ty`; `append`'s
    /// trailing args are already packed when spread (`append(s, t...)` has 2 args and
    /// `spread`); `copy(dst, string)` allowed.
    Builtin { builtin: Builtin, args: Vec<Expr>, spread: bool },
    /// Non-interface conversion of the operand to `ty`.
    Convert(Box<Expr>),
    /// Conversion to interface type `ty` (from a concrete type, or from another interface).
    ToInterface(Box<Expr>),
    /// `x.(T)`: `ty` is T, or `(T, bool)` when comma-ok.
    TypeAssert { x: Box<Expr>, asserted: TypeId, comma_ok: bool },
    /// Field `i` of a struct value.
    Field(Box<Expr>, u32),
    Deref(Box<Expr>),
    AddrOf(Box<Place>),
    /// `&T{...}`: a new heap object initialized with the literal.
    HeapAlloc(Box<Expr>),
    /// Element of an array value, slice, or string (bytes).
    Index(Box<Expr>, Box<Expr>),
    /// `m[k]`; `ty` is the element type, or `(elem, bool)` when comma-ok.
    MapIndex { map: Box<Expr>, key: Box<Expr>, comma_ok: bool },
    /// `x[lo:hi:max]` of a slice, string, or pointer to array.
    SliceExpr { x: Box<Expr>, lo: Option<Box<Expr>>, hi: Option<Box<Expr>>, max: Option<Box<Expr>> },
    Composite(Composite),
    /// A function literal with the values of its captures (cells or copies, per
    /// [`Local::boxed`] of the captured variable).
    Closure { func: FuncId, captures: Vec<Var> },
    /// Bound method value `x.M`: receiver already of the method's receiver type.
    MethodValue { recv: Box<Expr>, func: FuncId },
    /// Method value of an interface: `i.M`.
    IfaceMethodValue { recv: Box<Expr>, method: u32 },
    /// `<-ch`; `ty` is the element type or `(elem, bool)` when comma-ok.
    Recv { chan: Box<Expr>, comma_ok: bool },
    /// Statements evaluated before the expression (desugaring temporaries).
    Block(Vec<Stmt>, Box<Expr>),
}

#[derive(Clone, Debug)]
pub enum Composite {
    /// One expression per field, in field order, and the order in which keyed elements
    /// appear in the source (field indices; empty: field order). Elements are evaluated
    /// in source order.
    Struct(Vec<Expr>, Vec<u32>),
    /// (index, value) pairs; missing elements are zero. `len` is the array length.
    Array(Vec<(u64, Expr)>),
    /// (index, value) pairs and the resulting length.
    Slice { elems: Vec<(u64, Expr)>, len: u64 },
    Map(Vec<(Expr, Expr)>),
}

#[derive(Clone, Debug)]
pub struct Call {
    pub callee: Callee,
    /// One argument per parameter (variadic extras packed into a slice), or a single
    /// tuple-valued call when `tuple_args`.
    pub args: Vec<Expr>,
    /// `f(g())` where g returns several values that become the arguments; the compiler
    /// packs variadic extras itself in that case.
    pub tuple_args: bool,
    /// Result type: a single type, `VOID`, or a tuple.
    pub ty: TypeId,
    pub pos: Pos,
}

#[derive(Clone, Debug)]
pub enum Callee {
    Func(FuncId),
    /// A method with its receiver, already adjusted to the method's receiver type.
    Method { func: FuncId, recv: Box<Expr> },
    /// Dynamic call through an interface: method index in the interface's method set.
    Iface { recv: Box<Expr>, method: u32 },
    /// A function value (closure, method value, func variable).
    Value(Box<Expr>),
    /// A builtin in `go`/`defer` position (`defer close(c)`).
    Builtin(Builtin),
}
