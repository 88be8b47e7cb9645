//! The Go token set, scanned by logos.
//!
//! Literals are recognised by callbacks that follow the Go scanner's own rules
//! (`cmd/compile/internal/syntax/scanner.go`), so malformed literals still form one token
//! and the error is reported with Go's wording through [`Extras::errors`].

use logos::{Lexer, Logos};

/// Why a `;` is in the token stream: Go's messages say "unexpected newline" or
/// "unexpected EOF" for the ones the lexer inserted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SemiKind {
    Explicit,
    Newline,
    Eof,
}

/// Kind of a numeric literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumKind {
    Int,
    Float,
    Imag,
}

/// Scanner state shared with the callbacks: literal errors found so far.
#[derive(Default)]
pub struct Extras {
    /// `(byte offset, message)` in Go's wording.
    pub errors: Vec<(usize, String)>,
}

#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[logos(extras = Extras)]
#[logos(skip r"[ \t\r]+")]
pub enum Token {
    #[token("\n")]
    Newline,
    /// A byte order mark: ignored at the start of a file, an error elsewhere.
    #[token("\u{feff}")]
    Bom,
    #[regex(r"//[^\n]*", allow_greedy = true)]
    LineComment,
    #[token("/*", block_comment)]
    BlockComment(bool),

    #[regex(r"(?:[a-zA-Z_]|[^\x00-\x7F\u{feff}])(?:[a-zA-Z0-9_]|[^\x00-\x7F\u{feff}])*", ident)]
    Ident,
    #[regex(r"[0-9]", number)]
    #[regex(r"\.[0-9]", number)]
    Number(NumKind),
    #[token("'", rune_lit)]
    Char,
    #[token("\"", string_lit)]
    Str,
    #[token("`", raw_string)]
    RawStr,

    // Keywords.
    #[token("break")]
    Break,
    #[token("case")]
    Case,
    #[token("chan")]
    Chan,
    #[token("const")]
    Const,
    #[token("continue")]
    Continue,
    #[token("default")]
    Default,
    #[token("defer")]
    Defer,
    #[token("else")]
    Else,
    #[token("fallthrough")]
    Fallthrough,
    #[token("for")]
    For,
    #[token("func")]
    Func,
    #[token("go")]
    Go,
    #[token("goto")]
    Goto,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("interface")]
    Interface,
    #[token("map")]
    Map,
    #[token("package")]
    Package,
    #[token("range")]
    Range,
    #[token("return")]
    Return,
    #[token("select")]
    Select,
    #[token("struct")]
    Struct,
    #[token("switch")]
    Switch,
    #[token("type")]
    Type,
    #[token("var")]
    Var,

    // Operators and punctuation.
    #[token("+")]
    Add,
    #[token("-")]
    Sub,
    #[token("*")]
    Mul,
    #[token("/")]
    Quo,
    #[token("%")]
    Rem,
    #[token("&")]
    And,
    #[token("|")]
    Or,
    #[token("^")]
    Xor,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=")]
    AddAssign,
    #[token("-=")]
    SubAssign,
    #[token("*=")]
    MulAssign,
    #[token("/=")]
    QuoAssign,
    #[token("%=")]
    RemAssign,
    #[token("&=")]
    AndAssign,
    #[token("|=")]
    OrAssign,
    #[token("^=")]
    XorAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token("&^=")]
    AndNotAssign,
    #[token("&&")]
    LAnd,
    #[token("||")]
    LOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    Eql,
    #[token("<")]
    Lss,
    #[token(">")]
    Gtr,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("~")]
    Tilde,
    #[token("!=")]
    Neq,
    #[token("<=")]
    Leq,
    #[token(">=")]
    Geq,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token("[")]
    LBrack,
    #[token("{")]
    LBrace,
    #[token(",")]
    Comma,
    #[token(".")]
    Period,
    #[token(")")]
    RParen,
    #[token("]")]
    RBrack,
    #[token("}")]
    RBrace,
    #[token(";", |_| SemiKind::Explicit)]
    Semi(SemiKind),
    #[token(":")]
    Colon,

    /// Produced only by the adapter: the `[` that opens a generic type's parameter list
    /// (`type T[P any] ...`), where LR(1) cannot tell it from an array length.
    LBrackTParams,
    /// Produced only by the adapter: end of input.
    Eof,
}

impl Token {
    /// The text gc uses for this token in "unexpected X" messages.
    pub fn describe(self) -> &'static str {
        use Token::*;
        match self {
            Newline => "newline",
            Bom => "BOM",
            LineComment | BlockComment(_) => "comment",
            Ident => "name",
            Number(_) | Char | Str | RawStr => "literal",
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            AddAssign => "+=",
            SubAssign => "-=",
            MulAssign => "*=",
            QuoAssign => "/=",
            RemAssign => "%=",
            AndAssign => "&=",
            OrAssign => "|=",
            XorAssign => "^=",
            ShlAssign => "<<=",
            ShrAssign => ">>=",
            AndNotAssign => "&^=",
            LAnd => "&&",
            LOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            Eql => "==",
            Lss => "<",
            Gtr => ">",
            Assign => "=",
            Not => "!",
            Tilde => "~",
            Neq => "!=",
            Leq => "<=",
            Geq => ">=",
            Define => ":=",
            Ellipsis => "...",
            LParen => "(",
            LBrack | LBrackTParams => "[",
            LBrace => "{",
            Comma => "comma",
            Period => ".",
            RParen => ")",
            RBrack => "]",
            RBrace => "}",
            Semi(SemiKind::Explicit) => "semicolon",
            Semi(SemiKind::Newline) => "newline",
            Semi(SemiKind::Eof) | Eof => "EOF",
            Colon => ":",
        }
    }

    /// Whether a newline after this token inserts a semicolon (spec "Semicolons").
    pub fn ends_statement(self) -> bool {
        use Token::*;
        matches!(
            self,
            Ident
                | Number(_)
                | Char
                | Str
                | RawStr
                | Break
                | Continue
                | Fallthrough
                | Return
                | Inc
                | Dec
                | RParen
                | RBrack
                | RBrace
        )
    }
}

/// `%#U` formatting of a code point, as Go prints it: `U+0040 '@'`.
pub fn format_unicode(c: u32) -> String {
    match char::from_u32(c) {
        Some(ch) if !ch.is_control() => format!("U+{:04X} '{}'", c, ch),
        _ => format!("U+{:04X}", c),
    }
}

fn push_err(lex: &mut Lexer<Token>, at: usize, msg: String) {
    lex.extras.errors.push((at, msg));
}

fn ident(lex: &mut Lexer<Token>) {
    let start = lex.span().start;
    for (i, c) in lex.slice().char_indices() {
        if c.is_ascii() || c.is_alphabetic() || (i > 0 && c.is_numeric()) {
            continue;
        }
        let msg = if i == 0 && c.is_numeric() {
            format!("identifier cannot begin with digit {}", format_unicode(c as u32))
        } else if i == 0 {
            format!("invalid character {}", format_unicode(c as u32))
        } else {
            format!("invalid character {} in identifier", format_unicode(c as u32))
        };
        push_err(lex, start + i, msg);
        return;
    }
}

fn block_comment(lex: &mut Lexer<Token>) -> bool {
    let rest = lex.remainder();
    match rest.find("*/") {
        Some(end) => {
            let newline = rest[..end].contains('\n');
            lex.bump(end + 2);
            newline
        }
        None => {
            let start = lex.span().start;
            push_err(lex, start, "comment not terminated".into());
            lex.bump(rest.len());
            true
        }
    }
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// Scans a numeric literal following Go's scanner; the regex matched its first char(s).
fn number(lex: &mut Lexer<Token>) -> NumKind {
    let start = lex.span().start;
    let src = lex.source().as_bytes();
    let mut i = start;
    let at = |i: usize| -> u8 { src.get(i).copied().unwrap_or(0) };
    let lower = |c: u8| c | 0x20;
    let mut kind = NumKind::Int;
    let mut base = 10u32;
    let mut prefix = 0u8;
    let mut digsep = 0u32; // bit 0: digit seen, bit 1: '_' seen
    let mut invalid: Option<usize> = None;
    let mut error: Option<(usize, String)> = None;
    let mut seen_point = at(i) == b'.';

    // Consumes digits of `base` (and '_'), recording the first digit invalid for it.
    let digits = |i: &mut usize, base: u32, invalid: &mut Option<usize>| -> u32 {
        let mut ds = 0;
        if base <= 10 {
            let max = b'0' + base as u8;
            while at(*i).is_ascii_digit() || at(*i) == b'_' {
                let c = at(*i);
                let d = if c == b'_' { 2 } else { 1 };
                if c != b'_' && c >= max && invalid.is_none() {
                    *invalid = Some(*i);
                }
                ds |= d;
                *i += 1;
            }
        } else {
            while at(*i).is_ascii_hexdigit() || at(*i) == b'_' {
                ds |= if at(*i) == b'_' { 2 } else { 1 };
                *i += 1;
            }
        }
        ds
    };

    if !seen_point {
        if at(i) == b'0' {
            i += 1;
            match lower(at(i)) {
                b'x' => {
                    i += 1;
                    base = 16;
                    prefix = b'x';
                }
                b'o' => {
                    i += 1;
                    base = 8;
                    prefix = b'o';
                }
                b'b' => {
                    i += 1;
                    base = 2;
                    prefix = b'b';
                }
                _ => {
                    base = 8;
                    prefix = b'0';
                    digsep = 1;
                }
            }
        }
        digsep |= digits(&mut i, base, &mut invalid);
        if at(i) == b'.' {
            if prefix == b'o' || prefix == b'b' {
                error.get_or_insert((i, format!("invalid radix point in {} literal", base_name(base))));
            }
            i += 1;
            seen_point = true;
        }
    } else {
        i += 1; // the '.'
    }
    if seen_point {
        kind = NumKind::Float;
        digsep |= digits(&mut i, base, &mut invalid);
    }
    if digsep & 1 == 0 && error.is_none() {
        error = Some((i, format!("{} literal has no digits", base_name(base))));
    }
    let e = lower(at(i));
    if e == b'e' || e == b'p' {
        if error.is_none() {
            if e == b'e' && prefix != 0 && prefix != b'0' {
                error = Some((i, format!("'{}' exponent requires decimal mantissa", at(i) as char)));
            } else if e == b'p' && prefix != b'x' {
                error = Some((i, format!("'{}' exponent requires hexadecimal mantissa", at(i) as char)));
            }
        }
        i += 1;
        kind = NumKind::Float;
        if at(i) == b'+' || at(i) == b'-' {
            i += 1;
        }
        let mut none = None;
        let ds = digits(&mut i, 10, &mut none);
        digsep = ds | (digsep & 2);
        if ds & 1 == 0 && error.is_none() {
            error = Some((i, "exponent has no digits".into()));
        }
    } else if prefix == b'x' && kind == NumKind::Float && error.is_none() {
        error = Some((i, "hexadecimal mantissa requires a 'p' exponent".into()));
    }
    if at(i) == b'i' {
        kind = NumKind::Imag;
        i += 1;
    }
    if error.is_none() && kind == NumKind::Int {
        if let Some(inv) = invalid {
            error = Some((inv, format!("invalid digit '{}' in {} literal", at(inv) as char, base_name(base))));
        }
    }
    if error.is_none() && digsep & 2 != 0 {
        if let Some(k) = invalid_separator(&lex.source()[start..i]) {
            error = Some((start + k, "'_' must separate successive digits".into()));
        }
    }
    if let Some((at, msg)) = error {
        push_err(lex, at, msg);
    }
    let matched = lex.span().end - start;
    lex.bump(i - start - matched);
    kind
}

/// Index of the first '_' that does not separate two digits (a prefix counts as a digit).
fn invalid_separator(lit: &str) -> Option<usize> {
    #[derive(PartialEq, Clone, Copy)]
    enum Class {
        Digit,
        Sep,
        Other,
    }
    let b = lit.as_bytes();
    let mut prev_class = Class::Other;
    let mut start = 0;
    let mut hex = false;
    if b.len() >= 2 && b[0] == b'0' && matches!(b[1] | 0x20, b'x' | b'o' | b'b') {
        hex = b[1] | 0x20 == b'x';
        prev_class = Class::Digit;
        start = 2;
    }
    for (i, &c) in b.iter().enumerate().skip(start) {
        let class = if c == b'_' {
            if prev_class != Class::Digit {
                return Some(i);
            }
            Class::Sep
        } else if c.is_ascii_digit() || (hex && c.is_ascii_hexdigit()) {
            Class::Digit
        } else {
            if prev_class == Class::Sep {
                return Some(i - 1);
            }
            Class::Other
        };
        prev_class = class;
    }
    (prev_class == Class::Sep).then(|| b.len() - 1)
}

/// Validates one escape after a backslash at byte `i`; returns the index after it.
fn escape(lex: &mut Lexer<Token>, src: &[u8], i: usize, quote: u8, ok: &mut bool) -> usize {
    let c = src.get(i).copied();
    let (n, base, max) = match c {
        None => return i,
        Some(c) if c == quote || b"abfnrtv\\".contains(&c) => return i + 1,
        Some(b'0'..=b'7') => (3, 8u32, 255u32),
        Some(b'x') => (2, 16, 255),
        Some(b'u') => (4, 16, 0x10FFFF),
        Some(b'U') => (8, 16, 0x10FFFF),
        Some(_) => {
            push_err(lex, i, "unknown escape".into());
            *ok = false;
            return i;
        }
    };
    let mut j = if base == 8 { i } else { i + 1 };
    let mut x = 0u32;
    for _ in 0..n {
        let Some(&c) = src.get(j) else { return j };
        let d = (c as char).to_digit(16).unwrap_or(base);
        if d >= base {
            let ch = std::str::from_utf8(&src[j..]).ok().and_then(|s| s.chars().next()).unwrap_or('?');
            let shown = match ch {
                '\n' => "'\\n'".to_string(),
                '\'' => "'\\''".to_string(),
                c => format!("'{}'", c),
            };
            push_err(lex, j, format!("invalid character {} in {} escape", shown, base_name(base)));
            *ok = false;
            return j;
        }
        x = x.wrapping_mul(base).wrapping_add(d);
        j += 1;
    }
    if x > max && base == 8 {
        push_err(lex, j, format!("octal escape value {} > 255", x));
        *ok = false;
    } else if x > max || (0xD800..0xE000).contains(&x) {
        push_err(lex, j, format!("escape is invalid Unicode code point {}", format_unicode(x)));
        *ok = false;
    }
    j
}

fn rune_lit(lex: &mut Lexer<Token>) {
    let start = lex.span().start;
    let src = lex.source().as_bytes();
    let mut i = start + 1;
    let mut ok = true;
    let mut n = 0;
    loop {
        match src.get(i).copied() {
            Some(b'\'') => {
                if ok {
                    if n == 0 {
                        push_err(lex, i, "empty rune literal or unescaped '".into());
                    } else if n != 1 {
                        push_err(lex, start, "more than one character in rune literal".into());
                    }
                }
                i += 1;
                break;
            }
            Some(b'\\') => {
                i = escape(lex, src, i + 1, b'\'', &mut ok);
                n += 1;
            }
            Some(b'\n') => {
                if ok {
                    push_err(lex, i, "newline in rune literal".into());
                }
                break;
            }
            None => {
                if ok {
                    push_err(lex, start, "rune literal not terminated".into());
                }
                break;
            }
            Some(c) => {
                i += utf8_len(c);
                n += 1;
            }
        }
    }
    lex.bump(i - start - 1);
}

fn string_lit(lex: &mut Lexer<Token>) {
    let start = lex.span().start;
    let src = lex.source().as_bytes();
    let mut i = start + 1;
    let mut ok = true;
    loop {
        match src.get(i).copied() {
            Some(b'"') => {
                i += 1;
                break;
            }
            Some(b'\\') => i = escape(lex, src, i + 1, b'"', &mut ok),
            Some(b'\n') => {
                push_err(lex, i, "newline in string".into());
                break;
            }
            None => {
                push_err(lex, start, "string not terminated".into());
                break;
            }
            Some(c) => i += utf8_len(c),
        }
    }
    lex.bump(i - start - 1);
}

fn raw_string(lex: &mut Lexer<Token>) {
    let start = lex.span().start;
    let rest = lex.remainder();
    match rest.find('`') {
        Some(end) => lex.bump(end + 1),
        None => {
            push_err(lex, start, "string not terminated".into());
            lex.bump(rest.len());
        }
    }
}

fn utf8_len(first: u8) -> usize {
    match first {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}
