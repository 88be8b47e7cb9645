//! Go source text → tokens.
//!
//! [`token::Token`] is scanned by logos; [`lex`] is the thin adapter on top that does what a
//! regular scanner cannot:
//! 1. Go's automatic semicolon insertion (spec "Semicolons"): at a newline, a newline-bearing
//!    block comment or the end of input, a `;` is inserted after an identifier, a literal,
//!    `break continue fallthrough return ++ -- ) ] }`. Other newlines and all comments vanish.
//! 2. Retagging the `[` of a generic type declaration (`type T[P any] ...`) as
//!    [`Token::LBrackTParams`], which LR(1) cannot tell from an array length (`type A [N]int`).
//! 3. Reporting malformed input with gc's wording; the scanner never stops early.
#![forbid(unsafe_code)]

pub mod embed;
pub mod span;
pub mod token;

use logos::Logos;
pub use span::{LineIndex, Span};
pub use token::{NumKind, SemiKind, Token};

/// A lexical error: byte offset and gc's message text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    pub offset: usize,
    pub message: String,
}

/// The token stream of one file, ready for the parser: `(start, token, end)` triples.
pub struct Lexed {
    pub tokens: Vec<(usize, Token, usize)>,
    pub errors: Vec<LexError>,
}

/// Scans `src` completely; errors do not stop the scan.
pub fn lex(src: &str) -> Lexed {
    lex_skipping(src, &[])
}

/// Scans `src` as if the bytes of the ranges `skip` (sorted, disjoint, each starting and
/// ending between tokens) were blank, without reading them: the tokens, their offsets and
/// the errors are those of the text with those ranges replaced by spaces (their newlines
/// kept). Used to parse a file with its function bodies left out.
pub fn lex_skipping(src: &str, skip: &[std::ops::Range<usize>]) -> Lexed {
    let kept = src.len() - skip.iter().map(|r| r.len()).sum::<usize>();
    let mut out = Scan { tokens: Vec::with_capacity(kept / 4), errors: Vec::new(), last: None };
    let mut at = 0;
    for r in skip {
        out.part(src, at..r.start);
        // A newline in the blank text ends a statement like any other.
        if out.last.is_some_and(Token::ends_statement) {
            if let Some(n) = memchr::memchr(b'\n', &src.as_bytes()[r.clone()]) {
                out.semi(r.start + n, SemiKind::Newline);
            }
        }
        at = r.end;
    }
    out.part(src, at..src.len());
    if out.last.is_some_and(Token::ends_statement) {
        out.semi(src.len(), SemiKind::Eof);
    }
    let Scan { mut tokens, mut errors, .. } = out;
    errors.sort_by_key(|e| e.offset);
    retag_type_params(&mut tokens);
    Lexed { tokens, errors }
}

/// The state of a scan across the parts of a file.
struct Scan {
    tokens: Vec<(usize, Token, usize)>,
    errors: Vec<LexError>,
    /// The last token, for semicolon insertion.
    last: Option<Token>,
}

impl Scan {
    /// An inserted `;` at `at`: the newline it stands for, or the empty end of the file.
    fn semi(&mut self, at: usize, kind: SemiKind) {
        let end = if kind == SemiKind::Eof { at } else { at + 1 };
        self.tokens.push((at, Token::Semi(kind), end));
        self.last = Some(Token::Semi(kind));
    }

    /// Scans the bytes `range` of `src`.
    fn part(&mut self, src: &str, range: std::ops::Range<usize>) {
        let base = range.start;
        let mut scanner = Token::lexer(&src[range]);
        while let Some(result) = scanner.next() {
            let span = scanner.span();
            let (start, end) = (base + span.start, base + span.end);
            let token = match result {
                Ok(t) => t,
                Err(()) => {
                    let c = src[start..].chars().next().unwrap_or('\0');
                    let message = if c == '\0' {
                        "invalid NUL character".to_string()
                    } else {
                        format!("invalid character {}", token::format_unicode(c as u32))
                    };
                    self.errors.push(LexError { offset: start, message });
                    continue;
                }
            };
            match token {
                Token::Newline | Token::BlockComment(true) => {
                    if self.last.is_some_and(Token::ends_statement) {
                        self.semi(start, SemiKind::Newline);
                    }
                }
                Token::LineComment | Token::BlockComment(false) => {}
                Token::Bom if start == 0 => {}
                Token::Bom => self.errors.push(LexError { offset: start, message: "invalid BOM in the middle of the file".into() }),
                t => {
                    self.tokens.push((start, t, end));
                    self.last = Some(t);
                }
            }
        }
        let errors = scanner.extras.errors.drain(..).map(|(offset, message)| LexError { offset: base + offset, message });
        self.errors.extend(errors);
    }
}

/// Marks the `[` that opens a type parameter list in `type T[...]` declarations.
///
/// The spec's rule: `type T[P C]` declares type parameters unless `P C` could be an
/// expression (then it is an array length). We decide from the first tokens inside the
/// brackets: `[]` is a slice; a name followed by a name, a comma, `~`, `[]`, or a type keyword
/// starts type parameters; everything else (`[N]`, `[N*2]`, `[P *C]`, `[len(x)]`) is an array.
fn retag_type_params(tokens: &mut [(usize, Token, usize)]) {
    let mut type_group: Option<usize> = None; // paren depth of an open `type (` group
    let mut depth = 0usize;
    for i in 0..tokens.len() {
        let t = tokens[i].1;
        match t {
            Token::LParen => depth += 1,
            Token::RParen => {
                if type_group == Some(depth) {
                    type_group = None;
                }
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
        if t == Token::Type && tokens.get(i + 1).map(|t| t.1) == Some(Token::LParen) {
            type_group = Some(depth + 1);
        }
        if t != Token::Ident || tokens.get(i + 1).map(|t| t.1) != Some(Token::LBrack) {
            continue;
        }
        let spec_start = match i.checked_sub(1).map(|k| tokens[k].1) {
            Some(Token::Type) => true,
            Some(Token::LParen) | Some(Token::Semi(_)) => type_group == Some(depth),
            _ => false,
        };
        if !spec_start {
            continue;
        }
        let next = |k: usize| tokens.get(i + k).map(|t| t.1);
        let tparams = next(2) == Some(Token::Ident)
            && match next(3) {
                Some(Token::Ident | Token::Comma | Token::Tilde | Token::Interface | Token::Func)
                | Some(Token::Map | Token::Chan | Token::Struct) => true,
                Some(Token::LBrack) => next(4) == Some(Token::RBrack),
                Some(Token::Mul) => {
                    // `[P *C,]`: a trailing comma forces type parameters.
                    let mut k = 4;
                    let mut nest = 0i32;
                    loop {
                        match next(k) {
                            Some(Token::LBrack | Token::LParen | Token::LBrace) => nest += 1,
                            Some(Token::RBrack) if nest == 0 => break false,
                            Some(Token::RBrack | Token::RParen | Token::RBrace) => nest -= 1,
                            Some(Token::Comma) if nest == 0 => break true,
                            None => break false,
                            _ => {}
                        }
                        k += 1;
                    }
                }
                _ => false,
            };
        if tparams {
            tokens[i + 1].1 = Token::LBrackTParams;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<Token> {
        lex(src).tokens.into_iter().map(|t| t.1).collect()
    }

    #[test]
    fn semicolons_inserted_after_statement_enders() {
        use Token::*;
        assert_eq!(
            kinds("x := f(a)\nreturn\n}"),
            vec![Ident, Define, Ident, LParen, Ident, RParen, Semi(SemiKind::Newline), Return, Semi(SemiKind::Newline), RBrace, Semi(SemiKind::Eof)]
        );
        assert_eq!(kinds("a +\nb"), vec![Ident, Add, Ident, Semi(SemiKind::Eof)]);
    }

    #[test]
    fn block_comment_with_newline_acts_as_newline() {
        use Token::*;
        assert_eq!(kinds("a /* x\n */ b"), vec![Ident, Semi(SemiKind::Newline), Ident, Semi(SemiKind::Eof)]);
        assert_eq!(kinds("a /* x */ b"), vec![Ident, Ident, Semi(SemiKind::Eof)]);
    }

    #[test]
    fn numbers() {
        use NumKind::*;
        for (src, k) in [
            ("0", Int),
            ("1_000", Int),
            ("0x_1F", Int),
            ("0o17", Int),
            ("0b1010", Int),
            ("017", Int),
            ("1.5", Float),
            (".5", Float),
            ("1e10", Float),
            ("0x1p-2", Float),
            ("0x1.8p1", Float),
            ("1i", Imag),
            ("1.5e3i", Imag),
            ("089.5", Float),
        ] {
            let l = lex(src);
            assert_eq!(l.tokens[0].1, Token::Number(k), "{src}");
            assert_eq!(l.tokens[0].2, src.len(), "{src}");
            assert!(l.errors.is_empty(), "{src}: {:?}", l.errors);
        }
    }

    #[test]
    fn number_errors_use_go_wording() {
        let cases = [
            ("089", "invalid digit '8' in octal literal"),
            ("0x", "hexadecimal literal has no digits"),
            ("1__0", "'_' must separate successive digits"),
            ("1e", "exponent has no digits"),
            ("0x1.5", "hexadecimal mantissa requires a 'p' exponent"),
            ("0b102", "invalid digit '2' in binary literal"),
        ];
        for (src, msg) in cases {
            let l = lex(src);
            assert_eq!(l.errors.first().map(|e| e.message.as_str()), Some(msg), "{src}");
        }
    }

    #[test]
    fn strings_runes_and_errors() {
        assert!(lex(r#""a\n\x41\u00e9\U0001F600\"" 'x' '\'' `raw
string`"#).errors.is_empty());
        let l = lex("\"abc\nx");
        assert_eq!(l.errors[0].message, "newline in string");
        let l = lex("'ab'");
        assert_eq!(l.errors[0].message, "more than one character in rune literal");
        let l = lex(r#""\q""#);
        assert_eq!(l.errors[0].message, "unknown escape");
        let l = lex("`abc");
        assert_eq!(l.errors[0].message, "string not terminated");
        let l = lex("/* x");
        assert_eq!(l.errors[0].message, "comment not terminated");
    }

    #[test]
    fn invalid_character() {
        let l = lex("a @ b");
        assert_eq!(l.errors[0].message, "invalid character U+0040 '@'");
        assert_eq!(l.errors[0].offset, 2);
    }

    #[test]
    fn unicode_identifiers_and_keywords() {
        use Token::*;
        assert_eq!(kinds("café breakfast break"), vec![Ident, Ident, Break, Semi(SemiKind::Eof)]);
    }

    #[test]
    fn generic_type_brackets_are_retagged() {
        let has = |src: &str| kinds(src).contains(&Token::LBrackTParams);
        assert!(has("type T[P any] struct{}"));
        assert!(has("type T[K comparable, V any] map[K]V"));
        assert!(has("type ( A int; L[T any] []T )"));
        assert!(!has("type A [N]int"));
        assert!(!has("type A []int"));
        assert!(!has("type A [N*2]int"));
        assert!(!has("var x [N]int"));
    }

    /// Skipped ranges read as blanks: their newlines still end statements.
    #[test]
    fn skipped_ranges_read_as_blank() {
        let src = "a := f(x)\n\tg()\nb {\n\th()\n}\n";
        let blank = |r: std::ops::Range<usize>| {
            let mut b = src.as_bytes().to_vec();
            b[r].iter_mut().filter(|c| **c != b'\n').for_each(|c| *c = b' ');
            String::from_utf8(b).unwrap()
        };
        for r in [9..15, 10..14, 18..24, 19..23, 0..0] {
            let (a, b) = (lex_skipping(src, &[r.clone()]), lex(&blank(r.clone())));
            assert_eq!(a.tokens, b.tokens, "{r:?}");
        }
        let two = lex_skipping(src, &[9..15, 18..24]);
        assert!(two.tokens.contains(&(9, Token::Semi(SemiKind::Newline), 10)));
        assert_eq!(two.tokens.last(), Some(&(src.len() - 1, Token::Semi(SemiKind::Newline), src.len())));
    }

    #[test]
    fn junk_never_panics() {
        for src in ["\u{0}\u{1}\u{ff}", "'", "\"", "0x", ".", "0b.", "'\\u12", "\"\\", "1e+", "`"] {
            let _ = lex(src);
        }
    }
}
