//! `//go:embed` directives (`go doc embed`): line comments reading `//go:embed` followed by
//! space-separated patterns, each bare or a Go string literal ("..." or `...`). The loader
//! resolves the patterns to files; the type checker attaches each directive to the
//! declaration that follows it.

use crate::token::Token;
use logos::Logos;

/// One `//go:embed` line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedDirective {
    /// Byte offset of the comment's `//`.
    pub offset: usize,
    /// The patterns with the byte offset of each, or the message of a malformed list.
    pub patterns: Result<Vec<(String, usize)>, String>,
    /// Byte offset of the first token after the directive that is not a comment or a
    /// newline: the declaration it applies to (`None` at the end of the file).
    pub next: Option<usize>,
}

/// The `//go:embed` directives of `src`, in order.
pub fn embed_directives(src: &str) -> Vec<EmbedDirective> {
    let mut out: Vec<EmbedDirective> = Vec::new();
    if !src.contains("//go:embed") {
        return out;
    }
    let mut lexer = Token::lexer(src);
    let mut waiting = 0; // directives (at the end of `out`) still looking for their next token
    while let Some(token) = lexer.next() {
        let span = lexer.span();
        match token {
            Ok(Token::LineComment) => {
                let text = &src[span.clone()];
                if let Some(rest) = text.strip_prefix("//go:embed") {
                    if rest.is_empty() || rest.starts_with([' ', '\t']) {
                        let base = span.start + "//go:embed".len();
                        out.push(EmbedDirective { offset: span.start, patterns: split_patterns(rest, base), next: None });
                        waiting += 1;
                    }
                }
            }
            Ok(Token::Newline | Token::BlockComment(_) | Token::Bom) => {}
            _ => {
                let n = out.len();
                for d in &mut out[n - waiting..] {
                    d.next = Some(span.start);
                }
                waiting = 0;
            }
        }
    }
    out
}

/// Splits the text after `//go:embed` (starting at byte offset `base`) into patterns.
fn split_patterns(text: &str, base: usize) -> Result<Vec<(String, usize)>, String> {
    let text = text.trim_end_matches('\r');
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b' ' || bytes[i] == b'\t' {
            i += 1;
            continue;
        }
        let start = i;
        let word = match bytes[i] {
            b'`' => {
                let Some(len) = text[i + 1..].find('`') else {
                    return Err(format!("invalid quoted string in //go:embed: {}", &text[start..]));
                };
                i += len + 2;
                text[start + 1..i - 1].to_string()
            }
            b'"' => {
                i += 1;
                let mut value = String::new();
                loop {
                    let Some(c) = text[i..].chars().next() else {
                        return Err(format!("invalid quoted string in //go:embed: {}", &text[start..]));
                    };
                    i += c.len_utf8();
                    match c {
                        '"' => break,
                        '\\' => {
                            let Some((decoded, used)) = unescape(&text[i..]) else {
                                return Err(format!("invalid quoted string in //go:embed: {}", &text[start..]));
                            };
                            value.push(decoded);
                            i += used;
                        }
                        c => value.push(c),
                    }
                }
                value
            }
            _ => {
                while i < bytes.len() && bytes[i] != b' ' && bytes[i] != b'\t' {
                    i += 1;
                }
                text[start..i].to_string()
            }
        };
        if i < bytes.len() && bytes[i] != b' ' && bytes[i] != b'\t' {
            return Err(format!("invalid quoted string in //go:embed: {}", &text[start..]));
        }
        out.push((word, base + start));
    }
    Ok(out)
}

/// Decodes the escape after a backslash in a double-quoted pattern: the character and the
/// bytes used.
fn unescape(s: &str) -> Option<(char, usize)> {
    let c = s.chars().next()?;
    let simple = match c {
        'a' => Some('\x07'),
        'b' => Some('\x08'),
        'f' => Some('\x0c'),
        'n' => Some('\n'),
        'r' => Some('\r'),
        't' => Some('\t'),
        'v' => Some('\x0b'),
        '\\' => Some('\\'),
        '"' => Some('"'),
        _ => None,
    };
    if let Some(d) = simple {
        return Some((d, 1));
    }
    let digits = |n: usize, radix: u32| -> Option<(char, usize)> {
        let hex = s.get(1..1 + n)?;
        let v = u32::from_str_radix(hex, radix).ok()?;
        Some((char::from_u32(v)?, 1 + n))
    };
    match c {
        'x' => digits(2, 16).filter(|(c, _)| c.is_ascii()),
        'u' => digits(4, 16),
        'U' => digits(8, 16),
        '0'..='7' => {
            let v = u32::from_str_radix(s.get(..3)?, 8).ok()?;
            (v < 128).then(|| (char::from_u32(v).unwrap(), 3))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_patterns_and_the_next_token() {
        let src = "package p\n\n//go:embed a.txt  \"b c.txt\" `d`\n// other\n\nvar x string\n//go:embedded\n//go:embed\nfunc f() {}\n";
        let d = embed_directives(src);
        assert_eq!(d.len(), 2);
        let pats = d[0].patterns.clone().unwrap();
        assert_eq!(pats.iter().map(|(p, _)| p.as_str()).collect::<Vec<_>>(), ["a.txt", "b c.txt", "d"]);
        assert_eq!(&src[pats[1].1..pats[1].1 + 3], "\"b ");
        assert_eq!(&src[d[0].next.unwrap()..][..3], "var");
        assert_eq!(d[1].patterns, Ok(vec![]));
        assert_eq!(&src[d[1].next.unwrap()..][..4], "func");
        assert!(embed_directives("//go:embed \"unterminated\n").iter().all(|d| d.patterns.is_err()));
        assert!(embed_directives("//go:embed \"a\"b\n")[0].patterns.is_err());
    }
}
