//! What the loader needs from a Go file without parsing all of it: the build constraint
//! lines before the package clause, the package name and the imports (with positions).

use lexer::Token;
use logos::Logos;

/// An import of a file: path and the 1-based line and byte column of the import spec.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportSpec {
    pub path: String,
    pub line: u32,
    pub col: u32,
}

/// The header of a Go file.
#[derive(Clone, Debug, Default)]
pub struct Header {
    /// The package name, or `None` when the file does not start with a package clause (the
    /// type checker reports the syntax error).
    pub package: Option<String>,
    pub imports: Vec<ImportSpec>,
    /// The expression of the `//go:build` line, if any.
    pub go_build: Option<String>,
    /// The texts of `// +build` lines (after `+build`).
    pub plus_build: Vec<String>,
}

/// Reads the header of `src`.
pub fn scan(src: &str) -> Header {
    let mut h = Header::default();
    let mut lex = Token::lexer(src);
    let lines = lexer::LineIndex::new(src);
    // Comments before the package clause: build constraints.
    let mut tok = None;
    while let Some(t) = lex.next() {
        match t {
            Ok(Token::Newline) | Ok(Token::Bom) => {}
            Ok(Token::LineComment) => {
                let text = &src[lex.span()];
                if let Some(expr) = text.strip_prefix("//go:build") {
                    if expr.is_empty() || expr.starts_with(' ') || expr.starts_with('\t') {
                        if h.go_build.is_none() {
                            h.go_build = Some(expr.trim().to_string());
                        }
                    }
                } else if let Some(rest) = text.strip_prefix("//") {
                    if let Some(opts) = rest.trim_start().strip_prefix("+build") {
                        if opts.is_empty() || opts.starts_with(' ') || opts.starts_with('\t') {
                            h.plus_build.push(opts.trim().to_string());
                        }
                    }
                }
            }
            Ok(Token::BlockComment(_)) => {}
            Ok(t) => {
                tok = Some(t);
                break;
            }
            Err(_) => return h,
        }
    }
    if tok != Some(Token::Package) {
        return h;
    }
    let mut next = || loop {
        match lex.next() {
            Some(Ok(Token::Newline | Token::LineComment | Token::BlockComment(_))) => continue,
            Some(Ok(t)) => return Some((t, lex.span())),
            _ => return None,
        }
    };
    match next() {
        Some((Token::Ident, span)) => h.package = Some(src[span].to_string()),
        _ => return h,
    }
    let mut t = next();
    loop {
        match t {
            Some((Token::Semi(_), _)) => t = next(),
            Some((Token::Import, _)) => {
                t = next();
                if let Some((Token::LParen, _)) = t {
                    t = next();
                    loop {
                        match t {
                            Some((Token::RParen, _)) => {
                                t = next();
                                break;
                            }
                            Some((Token::Semi(_), _)) => t = next(),
                            Some(_) => match spec(&mut next, t, src, &lines, &mut h) {
                                Some(after) => t = after,
                                None => return h,
                            },
                            None => return h,
                        }
                    }
                } else {
                    match spec(&mut next, t, src, &lines, &mut h) {
                        Some(after) => t = after,
                        None => return h,
                    }
                }
            }
            _ => return h,
        }
    }
}

type Tok = Option<(Token, std::ops::Range<usize>)>;

/// One import spec starting at token `t`; returns the token after it.
fn spec(next: &mut impl FnMut() -> Tok, t: Tok, src: &str, lines: &lexer::LineIndex, h: &mut Header) -> Option<Tok> {
    let (first, span) = t?;
    let start = span.start;
    let lit = match first {
        Token::Ident | Token::Period => match next()? {
            (Token::Str | Token::RawStr, s) => s,
            _ => return None,
        },
        Token::Str | Token::RawStr => span,
        _ => return None,
    };
    let (line, col) = lines.line_col(start as u32);
    h.imports.push(ImportSpec { path: unquote(&src[lit]), line, col });
    Some(next())
}

/// The text of an import path literal (escapes other than `\\` and `\"` are kept as written;
/// the type checker reports invalid paths).
fn unquote(lit: &str) -> String {
    if let Some(raw) = lit.strip_prefix('`') {
        return raw.strip_suffix('`').unwrap_or(raw).to_string();
    }
    let body = lit.strip_prefix('"').unwrap_or(lit);
    let body = body.strip_suffix('"').unwrap_or(body);
    let mut out = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some(e @ ('\\' | '"')) => out.push(e),
                Some(e) => {
                    out.push('\\');
                    out.push(e);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_constraints_package_and_imports() {
        let h = scan("// Copyright\n\n//go:build linux && !cgo\n// +build linux\n\n// Package p does.\npackage p // trailing\n\nimport \"fmt\"\nimport (\n\t\"os\"\n\tx \"example.com/m/x\"\n\t_ `embed`; . \"strings\"\n)\n\nfunc f() {}\nimport \"late\"\n");
        assert_eq!(h.package.as_deref(), Some("p"));
        assert_eq!(h.go_build.as_deref(), Some("linux && !cgo"));
        assert_eq!(h.plus_build, vec!["linux".to_string()]);
        let paths: Vec<(&str, u32, u32)> = h.imports.iter().map(|i| (i.path.as_str(), i.line, i.col)).collect();
        assert_eq!(paths, vec![("fmt", 9, 8), ("os", 11, 2), ("example.com/m/x", 12, 2), ("embed", 13, 2), ("strings", 13, 13)]);
    }

    #[test]
    fn constraints_after_the_package_clause_do_not_count() {
        let h = scan("package p\n//go:build ignore\n");
        assert_eq!(h.go_build, None);
        assert_eq!(h.package.as_deref(), Some("p"));
    }

    #[test]
    fn a_file_without_package_clause_has_no_name() {
        assert_eq!(scan("func main() {}\n").package, None);
        assert_eq!(scan("").package, None);
    }
}
