//! Parsing a file without its function bodies (issue 15: start-up).
//!
//! A standard-library file is parsed as a *skeleton*: [`body_ranges`] finds the inside of
//! each top-level function body with a scan that only follows brackets, comments and
//! literals, and [`parse_skeleton`] lexes the file around those ranges (never reading them)
//! and parses the rest. The tree and its positions are those of the file with the bodies
//! blank: each emptied function has an empty body. A body is parsed when the checker
//! first needs it ([`crate::parse_parts`] on the declaration's span).
//!
//! Bodies of generic functions and of methods of generic types are kept: instances are
//! checked from the generic declaration's tree.

use std::ops::Range;

/// The inside (between the braces) of every top-level function body of `src` that a
/// skeleton leaves out, in order.
pub fn body_ranges(src: &str) -> Vec<Range<usize>> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut depth = 0i32;
    while i < b.len() {
        // Only brackets, quotes, slashes and a `func` at a line start matter here.
        if !TOP[b[i] as usize] {
            i += 1;
            continue;
        }
        match b[i] {
            b'/' | b'"' | b'`' | b'\'' => {
                i = skip_literal_or_comment(b, i);
                continue;
            }
            b'{' | b'(' | b'[' => depth += 1,
            b'}' | b')' | b']' => depth -= 1,
            b'f' if depth == 0 && (i == 0 || b[i - 1] == b'\n') && word_at(b, i, b"func") => {
                if let Some((open, close)) = func_body(b, i + 4) {
                    out.push(open + 1..close);
                    i = close + 1;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Parses `src` without the function bodies [`body_ranges`] finds; the flag says whether
/// any was left out (if not, this is [`crate::parse_file`]).
pub fn parse_skeleton(src: &str) -> (Option<crate::ast::File>, Vec<crate::SyntaxError>, bool) {
    let bodies = body_ranges(src);
    let (tree, errors) = crate::parse_lexed(src, lexer::lex_skipping(src, &bodies));
    (tree, errors, !bodies.is_empty())
}

/// Bytes that matter at the top level of a file.
static TOP: [bool; 256] = byte_set(b"/\"`'{}()[]f");
/// Bytes that matter inside braces.
static BRACES: [bool; 256] = byte_set(b"/\"`'{}");

const fn byte_set(bytes: &[u8]) -> [bool; 256] {
    let mut set = [false; 256];
    let mut k = 0;
    while k < bytes.len() {
        set[bytes[k] as usize] = true;
        k += 1;
    }
    set
}

/// Whether `w` stands at `i` as a whole word.
fn word_at(b: &[u8], i: usize, w: &[u8]) -> bool {
    b[i..].starts_with(w) && !b.get(i + w.len()).is_some_and(|&c| is_ident_byte(c)) && (i == 0 || !is_ident_byte(b[i - 1]))
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// The byte after a comment, string, raw string or rune literal starting at `i` (or
/// `i + 1` for a `/` that starts none).
fn skip_literal_or_comment(b: &[u8], i: usize) -> usize {
    match b[i] {
        b'/' if b.get(i + 1) == Some(&b'/') => memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |n| i + n),
        b'/' if b.get(i + 1) == Some(&b'*') => memchr::memmem::find(&b[i + 2..], b"*/").map_or(b.len(), |n| i + 2 + n + 2),
        b'`' => memchr::memchr(b'`', &b[i + 1..]).map_or(b.len(), |n| i + 1 + n + 1),
        q @ (b'"' | b'\'') => {
            let mut j = i + 1;
            while j < b.len() && b[j] != q && b[j] != b'\n' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            (j + 1).min(b.len())
        }
        _ => i + 1,
    }
}

/// For a declaration whose `func` keyword ends at `i`: the offsets of its body's braces,
/// or `None` (no body, a generic function or method, or something unexpected).
fn func_body(b: &[u8], mut i: usize) -> Option<(usize, usize)> {
    let mut depth = 0i32;
    let mut after_name = false;
    let mut seen_params = false;
    while i < b.len() {
        match b[i] {
            b'/' | b'"' | b'`' | b'\'' => {
                i = skip_literal_or_comment(b, i);
                continue;
            }
            b'\n' if depth == 0 => return None,
            // Type parameters (of the function, or the receiver's type).
            b'[' if (!after_name && depth >= 1) || (after_name && !seen_params && depth == 0) => return None,
            b'(' | b'[' => depth += 1,
            b')' | b']' => {
                depth -= 1;
                if depth == 0 && after_name {
                    seen_params = true;
                }
            }
            b'{' if depth == 0 => {
                if !seen_params {
                    return None;
                }
                let kw = prev_word(b, i);
                if kw == b"struct" || kw == b"interface" {
                    i = matching_brace(b, i)? + 1;
                    continue;
                }
                return Some((i, matching_brace(b, i)?));
            }
            b'{' => {
                i = matching_brace(b, i)? + 1;
                continue;
            }
            c if depth == 0 && is_ident_byte(c) && !after_name => {
                // The function's name (after an optional receiver).
                while i < b.len() && is_ident_byte(b[i]) {
                    i += 1;
                }
                after_name = true;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The identifier just before offset `i` (skipping spaces).
fn prev_word(b: &[u8], i: usize) -> &[u8] {
    let mut end = i;
    while end > 0 && (b[end - 1] == b' ' || b[end - 1] == b'\t') {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && is_ident_byte(b[start - 1]) {
        start -= 1;
    }
    &b[start..end]
}

/// The offset of the `}` matching the `{` at `i`.
fn matching_brace(b: &[u8], mut i: usize) -> Option<usize> {
    let mut depth = 0i32;
    while i < b.len() {
        if !BRACES[b[i] as usize] {
            i += 1;
            continue;
        }
        match b[i] {
            b'/' | b'"' | b'`' | b'\'' => {
                i = skip_literal_or_comment(b, i);
                continue;
            }
            b'{' => depth += 1,
            _ => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text with the ranges blanked (newlines kept), as the skeleton's tree sees it.
    fn blanked(src: &str) -> String {
        let mut b = src.as_bytes().to_vec();
        for r in body_ranges(src) {
            for c in &mut b[r] {
                if *c != b'\n' {
                    *c = b' ';
                }
            }
        }
        String::from_utf8(b).unwrap()
    }

    #[test]
    fn empties_plain_bodies_only() {
        let src = "package p\n\nfunc f(x int) (int, error) {\n\treturn x, nil // }\n}\n\nfunc g[T any](x T) T { return x }\n\nfunc (s *S[T]) m() {}\n\nfunc native(x int) int\n\nfunc (p *P) h() interface{ M() } {\n\ts := \"}\"\n\t_ = '}'\n\treturn nil\n}\n\nvar v = func() { println() }\n";
        let sk = blanked(src);
        assert_eq!(sk.len(), src.len());
        assert!(sk.contains("func f(x int) (int, error) {\n  "));
        assert!(!sk.contains("return x, nil"));
        assert!(sk.contains("func g[T any](x T) T { return x }"));
        assert!(sk.contains("func (s *S[T]) m() {}"));
        assert!(sk.contains("func native(x int) int\n"));
        assert!(sk.contains("func (p *P) h() interface{ M() } {\n"));
        assert!(!sk.contains("return nil"));
        assert!(sk.contains("var v = func() { println() }"));
        assert_eq!(sk.matches('\n').count(), src.matches('\n').count());
    }

    /// Lexing around the bodies gives the tokens and errors of the blanked text, and the
    /// skeleton's tree is the blanked text's tree.
    #[test]
    fn skipping_equals_blanking() {
        let src = "\u{feff}package p\n\nimport \"fmt\"\n\n// f }\nfunc f() int {\n\tx := `}\n{`\n\treturn 1 /* } */\n}\nfunc (t T) g(a, b int) (c int) { return a @ b }\n/* c\n*/ var y = 1\nfunc h() {}\nfunc k() { }\ntype L[T any] []T\nconst c = '\\'' + 0x_1\n";
        let blank = blanked(src);
        let (a, b) = (lexer::lex_skipping(src, &body_ranges(src)), lexer::lex(&blank));
        assert_eq!(a.tokens, b.tokens);
        assert_eq!(a.errors, b.errors);
        let (tree, errors, skipped) = parse_skeleton(src);
        let (tree2, errors2) = crate::parse_file(&blank);
        assert!(skipped);
        assert_eq!(format!("{tree:?}"), format!("{tree2:?}"));
        assert_eq!(errors, errors2);
        // Nothing left out: the ordinary parse.
        let plain = "package p\nfunc f[T any]() { _ = 1 }\n";
        let (t, e, skipped) = parse_skeleton(plain);
        assert!(!skipped);
        assert_eq!(format!("{:?}", (t, e)), format!("{:?}", crate::parse_file(plain)));
    }

    /// A file whose text ends inside a body or a literal leaves nothing out there.
    #[test]
    fn unterminated_bodies_are_kept() {
        for src in ["package p\nfunc f() {\n", "package p\nfunc f() { x := \"}\n", "package p\nfunc f() { /* }", "package p\nfunc"] {
            let blank = blanked(src);
            assert_eq!(lexer::lex_skipping(src, &body_ranges(src)).tokens, lexer::lex(&blank).tokens, "{src:?}");
            let _ = parse_skeleton(src);
        }
    }
}
