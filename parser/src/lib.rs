//! Go tokens → syntax tree.
//!
//! [`parse_file`] lexes, runs the lalrpop grammar (`grammar.lalrpop`) and turns lalrpop's
//! errors into gc's wording (`errors.rs`).
#![forbid(unsafe_code)]

pub mod actions;
pub mod ast;
mod errors;
pub mod skeleton;

use lalrpop_util::lalrpop_mod;
lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_imports, dead_code)]
    grammar
);

pub use actions::SyntaxError;
pub use skeleton::parse_skeleton;

/// Parses one file. Returns the tree (if the grammar accepted it) and every error found.
pub fn parse_file(src: &str) -> (Option<ast::File>, Vec<SyntaxError>) {
    parse_lexed(src, lexer::lex(src))
}

/// Parses only the byte ranges `parts` of `src` (the package clause, whole top-level
/// declarations), as if the rest of the file were blank, without scanning the rest: the
/// tree's positions are those of `src`. Used for function bodies parsed on demand.
pub fn parse_parts(src: &str, parts: &[std::ops::Range<usize>]) -> (Option<ast::File>, Vec<SyntaxError>) {
    let mut all = lexer::Lexed { tokens: Vec::new(), errors: Vec::new() };
    for r in parts {
        let lexed = lexer::lex(&src[r.clone()]);
        all.tokens.extend(lexed.tokens.into_iter().map(|(l, t, h)| (l + r.start, t, h + r.start)));
        all.errors.extend(lexed.errors.into_iter().map(|e| lexer::LexError { offset: e.offset + r.start, message: e.message }));
    }
    parse_lexed(src, all)
}

pub(crate) fn parse_lexed(src: &str, lexed: lexer::Lexed) -> (Option<ast::File>, Vec<SyntaxError>) {
    let mut errors: Vec<SyntaxError> =
        lexed.errors.into_iter().map(|e| SyntaxError { offset: e.offset, message: e.message }).collect();
    let b = actions::Builder::new();
    let tokens = lexed.tokens;
    let result = grammar::FileParser::new().parse(src, &b, tokens.iter().copied());
    errors.extend(b.take_errors());
    let file = match result {
        Ok(f) => Some(f),
        Err(e) => {
            errors.push(errors::translate(src, &tokens, e));
            None
        }
    };
    errors.sort_by_key(|e| e.offset);
    (file, errors)
}
