//! Turns lalrpop's "unrecognized token, expected one of {...}" into gc's wording.
//!
//! gc's hand-written parser knows its context ("in argument list", "after if clause");
//! an LR parser knows the set of acceptable tokens and, through the token stream, which
//! brackets are open. From the two we rebuild gc's message (see `syntaxErrorAt` in
//! `cmd/compile/internal/syntax/parser.go`):
//! `syntax error: unexpected <tok>[ in <context>; possibly missing <sep> or <close>| , expected <what>| after top level declaration| at end of statement]`.

use crate::actions::SyntaxError;
use lalrpop_util::ParseError;
use lexer::{SemiKind, Token};

type LalrError = ParseError<usize, Token, SyntaxError>;

/// gc's name for the offending token: `name x`, `literal 2`, `newline`, `else`, `comma`.
fn describe_token(src: &str, tok: Token, l: usize, r: usize) -> String {
    match tok {
        Token::Ident => format!("name {}", &src[l..r]),
        Token::Number(_) | Token::Char | Token::Str | Token::RawStr => format!("literal {}", &src[l..r]),
        t => t.describe().to_string(),
    }
}

/// gc's `tokstring` for an expected terminal of our grammar.
fn expected_name(terminal: &str) -> String {
    match terminal {
        "," => "comma".into(),
        ";" => "semicolon or newline".into(),
        "name" => "name".into(),
        "[tparams" => "[".into(),
        t => t.into(),
    }
}

/// What kind of bracket is innermost at the error, and what opened it.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Open {
    TopLevel,
    ParamList,
    ArgList,
    ParenExpr,
    Bracket,
    StructType,
    InterfaceType,
    Block,
    CompositeLit,
}

/// Scans the tokens before index `upto` and classifies the innermost open bracket.
fn innermost_open(tokens: &[(usize, Token, usize)], upto: usize) -> Open {
    let mut stack: Vec<Open> = Vec::new();
    for i in 0..upto.min(tokens.len()) {
        let prev = |k: usize| if i >= k { Some(tokens[i - k].1) } else { None };
        match tokens[i].1 {
            Token::LParen => {
                let kind = match prev(1) {
                    Some(Token::Func) => Open::ParamList,
                    // `func name(` , `func (r T) name(`, and a result list `) (`.
                    Some(Token::Ident) if prev(2) == Some(Token::Func) => Open::ParamList,
                    Some(Token::Ident) if prev(2) == Some(Token::RParen) && stack.is_empty() => Open::ParamList,
                    Some(Token::RParen) if matches!(stack.last(), None | Some(Open::ParamList)) && signature_before(tokens, i) => {
                        Open::ParamList
                    }
                    Some(t) if ends_operand(t) => Open::ArgList,
                    _ => Open::ParenExpr,
                };
                stack.push(kind);
            }
            Token::LBrack | Token::LBrackTParams => stack.push(Open::Bracket),
            Token::LBrace => {
                let kind = match prev(1) {
                    Some(Token::Struct) => Open::StructType,
                    Some(Token::Interface) => Open::InterfaceType,
                    Some(Token::Ident | Token::RBrack | Token::RBrace) if literal_brace(tokens, i) => Open::CompositeLit,
                    Some(Token::LBrace | Token::Comma | Token::Colon) if stack.last() == Some(&Open::CompositeLit) => {
                        Open::CompositeLit
                    }
                    _ => Open::Block,
                };
                stack.push(kind);
            }
            Token::RParen | Token::RBrack | Token::RBrace => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.last().copied().unwrap_or(Open::TopLevel)
}

/// Whether the `(` at `i` follows a function signature's parameter list (a result list).
fn signature_before(tokens: &[(usize, Token, usize)], i: usize) -> bool {
    let mut depth = 0i32;
    let mut k = i;
    while k > 0 {
        k -= 1;
        match tokens[k].1 {
            Token::RParen => depth += 1,
            Token::LParen => {
                depth -= 1;
                if depth == 0 {
                    return matches!(tokens.get(k.wrapping_sub(1)).map(|t| t.1), Some(Token::Func | Token::Ident))
                        && (k >= 1 && tokens[k - 1].1 == Token::Func
                            || k >= 2 && tokens[k - 2].1 == Token::Func
                            || k >= 2 && tokens[k - 2].1 == Token::RParen);
                }
            }
            _ => {}
        }
    }
    false
}

/// Heuristic: a `{` after a name or `]` starts a composite literal when the statement
/// is not a control clause header (`if`, `for`, `switch`, `select`, `func`).
fn literal_brace(tokens: &[(usize, Token, usize)], i: usize) -> bool {
    let mut k = i;
    let mut depth = 0i32;
    while k > 0 {
        k -= 1;
        match tokens[k].1 {
            Token::RParen | Token::RBrack | Token::RBrace => depth += 1,
            Token::LParen | Token::LBrack => depth -= 1,
            Token::LBrace if depth == 0 => return true,
            Token::LBrace => depth -= 1,
            Token::Semi(_) if depth == 0 => return true,
            Token::If | Token::For | Token::Switch | Token::Select | Token::Func if depth == 0 => return false,
            Token::Type | Token::Map | Token::Struct if depth <= 0 => return true,
            _ => {}
        }
        if depth < 0 {
            return true;
        }
    }
    true
}

fn ends_operand(t: Token) -> bool {
    matches!(t, Token::Ident | Token::RParen | Token::RBrack | Token::RBrace | Token::Number(_) | Token::Str | Token::RawStr | Token::Char | Token::Interface)
}

/// The keyword of the statement whose header contains token `i` (`if`, `for`, `switch`).
fn header_keyword(tokens: &[(usize, Token, usize)], i: usize) -> Option<Token> {
    let mut depth = 0i32;
    let mut k = i;
    while k > 0 {
        k -= 1;
        match tokens[k].1 {
            Token::RParen | Token::RBrack | Token::RBrace => depth += 1,
            Token::LParen | Token::LBrack | Token::LBrace => {
                if depth == 0 {
                    return None;
                }
                depth -= 1
            }
            t @ (Token::If | Token::For | Token::Switch | Token::Select) if depth == 0 => return Some(t),
            _ => {}
        }
    }
    None
}

/// Converts one lalrpop error into gc's message at gc's position.
pub fn translate(src: &str, tokens: &[(usize, Token, usize)], err: LalrError) -> SyntaxError {
    let (offset, tok_text, index, expected) = match err {
        ParseError::User { error } => return error,
        ParseError::InvalidToken { location } => {
            return SyntaxError { offset: location, message: "syntax error: invalid token".into() };
        }
        ParseError::ExtraToken { token: (l, t, r) } => {
            let index = tokens.partition_point(|x| x.0 < l);
            (l, describe_token(src, t, l, r), index, vec![])
        }
        ParseError::UnrecognizedEof { expected, .. } => (src.len(), "EOF".to_string(), tokens.len(), expected),
        ParseError::UnrecognizedToken { token: (l, t, r), expected } => {
            let index = tokens.partition_point(|x| x.0 < l);
            (l, describe_token(src, t, l, r), index, expected)
        }
    };
    let expected: Vec<String> = expected.iter().map(|e| e.trim_matches('"').to_string()).collect();
    let has = |t: &str| expected.iter().any(|e| e == t);
    let tok = tokens.get(index).map(|t| t.1);
    let open = innermost_open(tokens, index);
    let expects_expr = has("name") && has("int") && has("(");
    // `if x > 0` + newline + `{`, `if y = 2 {`, `switch x := f(); x` + newline: gc's header
    // parsing has its own messages.
    if tok == Some(Token::LBrace) {
        if let Some((k, kw)) = header_start(tokens, index) {
            let body = &tokens[k + 1..index];
            let explicit_semis = depth0(body).filter(|t| matches!(t.1, Token::Semi(SemiKind::Explicit))).count();
            if let Some(&(semi, Token::Semi(SemiKind::Newline), _)) = tokens.get(index - 1) {
                let message = if kw == Token::Switch && explicit_semis > 0 {
                    "syntax error: missing { after switch clause".to_string()
                } else {
                    format!("syntax error: unexpected newline, expected {{ after {} clause", kw.describe())
                };
                return SyntaxError { offset: semi, message };
            }
            let last_semi = body.iter().rposition(|t| matches!(t.1, Token::Semi(_)));
            let stmt = &body[last_semi.map_or(0, |i| i + 1)..];
            if let Some(&(eq, op, eq_end)) = depth0(stmt).find(|t| matches!(t.1, Token::Assign | Token::Define)) {
                if kw != Token::For && !stmt.is_empty() {
                    let lhs = src[stmt[0].0..eq].trim();
                    let rhs = src[eq_end..tokens[index].0].trim();
                    let message = if op == Token::Assign {
                        format!("syntax error: cannot use assignment {} = {} as value", lhs, rhs)
                    } else {
                        format!("syntax error: cannot use {} := {} as value", lhs, rhs)
                    };
                    return SyntaxError { offset: eq, message };
                }
            }
        }
    }
    let prev = index.checked_sub(1).and_then(|i| tokens.get(i)).map(|t| t.1);
    let message = if open == Open::TopLevel && !matches!(tok, Some(Token::Semi(_)) | None) && has("func") {
        "syntax error: non-declaration statement outside function body".to_string()
    } else if open == Open::TopLevel && has(";") {
        format!("syntax error: unexpected {} after top level declaration", tok_text)
    } else if open == Open::ArgList && has(",") && has(")") {
        format!("syntax error: unexpected {} in argument list; possibly missing comma or )", tok_text)
    } else if open == Open::ParamList && has(",") && has(")") {
        format!("syntax error: unexpected {} in parameter list; possibly missing comma or )", tok_text)
    } else if open == Open::CompositeLit && has(",") && has("}") {
        format!("syntax error: unexpected {} in composite literal; possibly missing comma or }}", tok_text)
    } else if open == Open::StructType && has(";") && has("}") {
        format!("syntax error: unexpected {} in struct type; possibly missing semicolon or newline or }}", tok_text)
    } else if open == Open::InterfaceType && has(";") && has("}") {
        format!("syntax error: unexpected {} in interface type; possibly missing semicolon or newline or }}", tok_text)
    } else if has("{") && !has(";") && header_keyword(tokens, index).is_some() {
        let kw = header_keyword(tokens, index).unwrap();
        let init_stmt = header_start(tokens, index).is_some_and(|(k, _)| depth0(&tokens[k + 1..index]).any(|t| matches!(t.1, Token::Semi(SemiKind::Explicit))));
        if kw == Token::Switch && init_stmt {
            // gc's switchStmt wants `{` after a header with an init statement.
            "syntax error: missing { after switch clause".to_string()
        } else {
            format!("syntax error: unexpected {}, expected {{ after {} clause", tok_text, kw.describe())
        }
    } else if open == Open::Bracket && has("]") && has(":") && has(",") {
        format!("syntax error: unexpected {}, expected comma, : or ]", tok_text)
    } else if has(":") && in_case_header(tokens, index) {
        format!("syntax error: unexpected {}, expected :", tok_text)
    } else if open == Open::Block && has(";") && has("}") && !expects_expr {
        format!("syntax error: unexpected {} at end of statement", tok_text)
    } else if open == Open::Block && has("}") && !tok.is_some_and(starts_statement) {
        format!("syntax error: unexpected {}, expected }}", tok_text)
    } else if expects_expr {
        format!("syntax error: unexpected {}, expected expression", tok_text)
    } else if open == Open::ParenExpr && has(")") {
        format!("syntax error: unexpected {}, expected )", tok_text)
    } else if expected.len() == 1 {
        format!("syntax error: unexpected {}, expected {}", tok_text, expected_name(&expected[0]))
    } else if expected.len() == 2 && has("name") && has("(") && matches!(prev, Some(Token::Var | Token::Const | Token::Type)) {
        format!("syntax error: unexpected {}, expected name", tok_text)
    } else if expected.len() == 2 && has("name") && has("(") {
        format!("syntax error: unexpected {}, expected name or (", tok_text)
    } else {
        format!("syntax error: unexpected {}", tok_text)
    };
    SyntaxError { offset, message }
}

/// The `if`/`for`/`switch` keyword (and its index) whose header contains token `i`.
fn header_start(tokens: &[(usize, Token, usize)], i: usize) -> Option<(usize, Token)> {
    let mut depth = 0i32;
    let mut k = i;
    while k > 0 {
        k -= 1;
        match tokens[k].1 {
            Token::RParen | Token::RBrack | Token::RBrace => depth += 1,
            Token::LParen | Token::LBrack | Token::LBrace => {
                if depth == 0 {
                    return None;
                }
                depth -= 1
            }
            t @ (Token::If | Token::For | Token::Switch) if depth == 0 => return Some((k, t)),
            _ => {}
        }
    }
    None
}

/// The tokens of `toks` outside any brackets.
fn depth0<'a>(toks: &'a [(usize, Token, usize)]) -> impl Iterator<Item = &'a (usize, Token, usize)> + 'a {
    let mut depth = 0i32;
    toks.iter().filter(move |t| {
        let d = depth;
        match t.1 {
            Token::LParen | Token::LBrack | Token::LBrace => depth += 1,
            Token::RParen | Token::RBrack | Token::RBrace => depth -= 1,
            _ => {}
        }
        d == 0 && depth == 0
    })
}

/// Whether token `i` is inside a `case ...:` (or `default`) clause header.
fn in_case_header(tokens: &[(usize, Token, usize)], i: usize) -> bool {
    let mut depth = 0i32;
    let mut k = i;
    while k > 0 {
        k -= 1;
        match tokens[k].1 {
            Token::RParen | Token::RBrack | Token::RBrace if depth >= 0 => depth += 1,
            Token::LParen | Token::LBrack => depth -= 1,
            Token::LBrace if depth == 0 => return false,
            Token::LBrace => depth -= 1,
            Token::Semi(_) | Token::Colon if depth == 0 => return false,
            Token::Case | Token::Default if depth == 0 => return true,
            _ => {}
        }
    }
    false
}

fn starts_statement(t: Token) -> bool {
    !matches!(
        t,
        Token::Else | Token::Case | Token::Default | Token::RParen | Token::RBrack | Token::Comma | Token::Colon | Token::Semi(SemiKind::Eof)
    ) && !matches!(t, Token::Assign | Token::Define | Token::Period)
}
