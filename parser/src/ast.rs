//! The syntax tree of one Go source file.
//!
//! Shaped after `go/ast`, with one deliberate simplification: types are expressions
//! ([`ExprKind::ArrayType`], [`ExprKind::Star`] for both `*T` and `*p`, [`ExprKind::Index`]
//! for both `a[i]` and `List[int]`), and the type checker decides which is which. Every
//! expression carries a byte [`Span`] and a file-unique [`NodeId`] the checker keys its
//! results by. Names are not resolved here.

pub use lexer::Span;

/// Identity of an expression node, unique within one parse.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

impl Ident {
    pub fn is_blank(&self) -> bool {
        self.name == "_"
    }
}

#[derive(Clone, Debug)]
pub struct File {
    pub package: Ident,
    /// Top-level declarations in source order, imports included (the checker reports
    /// imports that follow other declarations).
    pub decls: Vec<Decl>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Import {
    /// `None`, or the explicit name: an identifier, `_` or `.`.
    pub name: Option<Ident>,
    /// The path literal as written (with quotes).
    pub path: String,
    pub path_span: Span,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Decl {
    Import(Vec<Import>, Span),
    Const(Vec<ConstSpec>, Span),
    Var(Vec<VarSpec>, Span),
    Type(Vec<TypeSpec>, Span),
    Func(Box<FuncDecl>),
}

#[derive(Clone, Debug)]
pub struct ConstSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    /// Empty when the spec repeats the previous spec's expressions (implicit repetition).
    pub values: Vec<Expr>,
    /// Position of the spec within its group: the value of `iota`.
    pub iota: u32,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct VarSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    pub tparams: Vec<Field>,
    /// `type A = B`.
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub recv: Option<Field>,
    /// All receiver parameters as written (a well-formed method has exactly one).
    pub recv_count: usize,
    pub name: Ident,
    pub tparams: Vec<Field>,
    pub sig: FuncType,
    /// `None` for a declaration without body (implemented natively by the runtime).
    pub body: Option<Block>,
    pub span: Span,
}

/// A parameter, result, struct field or type parameter group: `a, b int`, `int`, `T "tag"`.
#[derive(Clone, Debug)]
pub struct Field {
    /// Empty for an unnamed parameter or an embedded field.
    pub names: Vec<Ident>,
    /// The type; `...T` parameters have an [`ExprKind::Ellipsis`] type.
    pub ty: Expr,
    /// Struct field tag, as written (with quotes).
    pub tag: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    /// From `{` to `}` inclusive.
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    LOr,
    LAnd,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Quo,
    Rem,
    Shl,
    Shr,
    And,
    AndNot,
}

impl BinaryOp {
    pub fn as_str(self) -> &'static str {
        use BinaryOp::*;
        match self {
            LOr => "||",
            LAnd => "&&",
            Eql => "==",
            Neq => "!=",
            Lss => "<",
            Leq => "<=",
            Gtr => ">",
            Geq => ">=",
            Add => "+",
            Sub => "-",
            Or => "|",
            Xor => "^",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            Shl => "<<",
            Shr => ">>",
            And => "&",
            AndNot => "&^",
        }
    }

    pub fn is_comparison(self) -> bool {
        use BinaryOp::*;
        matches!(self, Eql | Neq | Lss | Leq | Gtr | Geq)
    }

    /// Go's precedence levels, 1 (`||`) to 5 (`*`); used to print expressions.
    pub fn precedence(self) -> u8 {
        use BinaryOp::*;
        match self {
            LOr => 1,
            LAnd => 2,
            Eql | Neq | Lss | Leq | Gtr | Geq => 3,
            Add | Sub | Or | Xor => 4,
            Mul | Quo | Rem | Shl | Shr | And | AndNot => 5,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Pos,
    Neg,
    Not,
    Xor,
    /// `&x`
    Addr,
    /// `<-ch`
    Recv,
    /// `~T` (only in constraints)
    Tilde,
}

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Pos => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::Xor => "^",
            UnaryOp::Addr => "&",
            UnaryOp::Recv => "<-",
            UnaryOp::Tilde => "~",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
    pub id: NodeId,
}

/// A composite literal element: `value` or `key: value`.
#[derive(Clone, Debug)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Clone, Debug)]
pub enum InterfaceElem {
    Method { name: Ident, sig: FuncType },
    /// An embedded interface or a constraint union (`~int | string`, as binary `|` of
    /// [`UnaryOp::Tilde`] terms).
    Embed(Expr),
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Ident(String),
    /// A literal as written (`0x1F`, `'a'`, `"a\n"`, `` `raw` ``); the checker evaluates it.
    BasicLit(LitKind, String),
    /// `T{...}`; `ty` is `None` for an elided type inside another literal (`{1, 2}`).
    CompositeLit { ty: Option<Box<Expr>>, elems: Vec<Element>, rbrace: u32 },
    FuncLit { sig: Box<FuncType>, body: Block },
    Paren(Box<Expr>),
    Selector(Box<Expr>, Ident),
    /// `a[i]` or a generic instantiation `F[int, string]`.
    Index(Box<Expr>, Vec<Expr>),
    Slice { x: Box<Expr>, lo: Option<Box<Expr>>, hi: Option<Box<Expr>>, max: Option<Box<Expr>> },
    /// `x.(T)`; `ty` is `None` for the type switch guard `x.(type)`.
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    Call { fun: Box<Expr>, args: Vec<Expr>, ellipsis: Option<Span>, rparen: u32 },
    /// `*x` or the pointer type `*T`.
    Star(Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    /// `[N]T`; `len` is `None` for `[...]T`.
    ArrayType { len: Option<Box<Expr>>, elem: Box<Expr> },
    SliceType(Box<Expr>),
    MapType(Box<Expr>, Box<Expr>),
    ChanType(ChanDir, Box<Expr>),
    FuncType(Box<FuncType>),
    StructType(Vec<Field>),
    InterfaceType(Vec<InterfaceElem>),
    /// `...T` in a parameter list.
    Ellipsis(Box<Expr>),
    /// Placeholder after a syntax error.
    Bad,
}

#[derive(Clone, Debug)]
pub struct CaseClause {
    /// Empty for `default`.
    pub exprs: Vec<Expr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
    /// The `case`/`default` keyword through the colon.
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct CommClause {
    /// `None` for `default`: a send, a receive expression, or `v[, ok] = / := <-ch`.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

#[derive(Clone, Debug)]
///
/// Large operands are boxed so that a statement stays small (360 bytes before, when
/// every `Vec<Stmt>` slot was as large as a `range` clause).
pub enum Stmt {
    Empty(Span),
    Expr(Expr),
    Send { chan: Box<Expr>, value: Box<Expr>, span: Span },
    IncDec { x: Box<Expr>, inc: bool, span: Span },
    /// `lhs = rhs` (`op` None) or `lhs op= rhs`.
    Assign { lhs: Vec<Expr>, op: Option<BinaryOp>, rhs: Vec<Expr>, span: Span, op_span: Span },
    /// `lhs := rhs`; the checker requires identifiers on the left.
    Define { lhs: Vec<Expr>, rhs: Vec<Expr>, span: Span, op_span: Span },
    Decl(Decl),
    Labeled { label: Ident, stmt: Box<Stmt>, span: Span },
    Go(Expr, Span),
    Defer(Expr, Span),
    Return(Vec<Expr>, Span),
    Branch { kind: BranchKind, label: Option<Ident>, span: Span },
    Block(Block),
    If { init: Option<Box<Stmt>>, cond: Box<Expr>, then: Block, els: Option<Box<Stmt>>, span: Span },
    Switch { init: Option<Box<Stmt>>, tag: Option<Box<Expr>>, body: Vec<CaseClause>, span: Span, rbrace: u32 },
    /// `switch [init;] [bind :=] x.(type) { ... }`
    TypeSwitch { init: Option<Box<Stmt>>, bind: Option<Box<Ident>>, x: Box<Expr>, body: Vec<CaseClause>, span: Span, rbrace: u32 },
    Select { body: Vec<CommClause>, span: Span },
    For { init: Option<Box<Stmt>>, cond: Option<Box<Expr>>, post: Option<Box<Stmt>>, body: Block, span: Span },
    /// `for [key[, value] (:= | =)] range x { ... }`
    Range { key: Option<Box<Expr>>, value: Option<Box<Expr>>, define: bool, x: Box<Expr>, body: Block, span: Span },
}

impl Stmt {
    pub fn span(&self) -> Span {
        match self {
            Stmt::Empty(s) => *s,
            Stmt::Expr(e) => e.span,
            Stmt::Send { span, .. }
            | Stmt::IncDec { span, .. }
            | Stmt::Assign { span, .. }
            | Stmt::Define { span, .. }
            | Stmt::Labeled { span, .. }
            | Stmt::Go(_, span)
            | Stmt::Defer(_, span)
            | Stmt::Return(_, span)
            | Stmt::Branch { span, .. }
            | Stmt::If { span, .. }
            | Stmt::Switch { span, .. }
            | Stmt::TypeSwitch { span, .. }
            | Stmt::Select { span, .. }
            | Stmt::For { span, .. }
            | Stmt::Range { span, .. } => *span,
            Stmt::Block(b) => b.span,
            Stmt::Decl(d) => d.span(),
        }
    }
}

impl Decl {
    pub fn span(&self) -> Span {
        match self {
            Decl::Import(_, s) | Decl::Const(_, s) | Decl::Var(_, s) | Decl::Type(_, s) => *s,
            Decl::Func(f) => f.span,
        }
    }
}
