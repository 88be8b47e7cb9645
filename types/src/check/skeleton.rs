//! Function bodies of lazily checked packages are parsed only when needed (issue 15).
//!
//! Before a standard-library file is parsed, [`skeleton`] blanks the inside of each
//! top-level function body (spaces, newlines kept): the parse then costs little more than
//! the file's declarations, and every position stays the original one. When the program
//! reaches a function ([`super::reach`]), the package clause and that declaration of the
//! original text are parsed alone (`parser::parse_parts`), again at the original
//! positions.
//!
//! Bodies of generic functions and of methods of generic types are kept: instances are
//! checked from the generic declaration's tree.

/// The text of `src` with the top-level function bodies emptied, or `None` when nothing
/// was emptied.
pub(crate) fn skeleton(src: &str) -> Option<String> {
    let b = src.as_bytes();
    let mut out: Option<Vec<u8>> = None;
    let mut i = 0;
    let mut depth = 0i32;
    while i < b.len() {
        match b[i] {
            b'/' | b'"' | b'`' | b'\'' => {
                i = skip_literal_or_comment(b, i);
                continue;
            }
            b'{' | b'(' | b'[' => depth += 1,
            b'}' | b')' | b']' => depth -= 1,
            b'f' if depth == 0 && (i == 0 || b[i - 1] == b'\n') && word_at(b, i, b"func") => {
                if let Some((open, close)) = func_body(b, i + 4) {
                    let o = out.get_or_insert_with(|| b.to_vec());
                    for c in &mut o[open + 1..close] {
                        if *c != b'\n' {
                            *c = b' ';
                        }
                    }
                    i = close + 1;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    // Only ASCII bytes were replaced, whole characters at a time (the body between two
    // ASCII braces), so the text stays UTF-8.
    out.map(|o| String::from_utf8(o).expect("minigo bug: skeleton is not UTF-8"))
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
        b'/' if b.get(i + 1) == Some(&b'/') => b[i..].iter().position(|&c| c == b'\n').map_or(b.len(), |n| i + n),
        b'/' if b.get(i + 1) == Some(&b'*') => b[i + 2..].windows(2).position(|w| w == b"*/").map_or(b.len(), |n| i + 2 + n + 2),
        b'`' => b[i + 1..].iter().position(|&c| c == b'`').map_or(b.len(), |n| i + 1 + n + 1),
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
        match b[i] {
            b'/' | b'"' | b'`' | b'\'' => {
                i = skip_literal_or_comment(b, i);
                continue;
            }
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empties_plain_bodies_only() {
        let src = "package p\n\nfunc f(x int) (int, error) {\n\treturn x, nil // }\n}\n\nfunc g[T any](x T) T { return x }\n\nfunc (s *S[T]) m() {}\n\nfunc native(x int) int\n\nfunc (p *P) h() interface{ M() } {\n\ts := \"}\"\n\t_ = '}'\n\treturn nil\n}\n\nvar v = func() { println() }\n";
        let sk = skeleton(src).expect("something emptied");
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
}
