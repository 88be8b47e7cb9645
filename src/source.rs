//! Reading Go source files as the go command does: bytes that are not UTF-8 are compile
//! errors (`invalid UTF-8 encoding` at each bad byte), and `go run` refuses a file whose
//! package clause does not name `main` before it compiles anything.

/// The text to check, plus the byte offsets of invalid UTF-8. Each invalid byte becomes
/// one space, so every offset (and every column the checker reports) stays that of the
/// original file.
pub fn decode(bytes: Vec<u8>) -> (String, Vec<usize>) {
    match String::from_utf8(bytes) {
        Ok(s) => (s, Vec::new()),
        Err(e) => {
            let mut bytes = e.into_bytes();
            let mut bad = Vec::new();
            let mut i = 0;
            while i < bytes.len() {
                match std::str::from_utf8(&bytes[i..]) {
                    Ok(_) => break,
                    Err(e) => {
                        let at = i + e.valid_up_to();
                        // Go decodes an invalid sequence one byte at a time.
                        bad.push(at);
                        bytes[at] = b' ';
                        i = at + 1;
                    }
                }
            }
            (String::from_utf8(bytes).expect("minigo bug: invalid bytes left after replacement"), bad)
        }
    }
}

/// The diagnostics for [`decode`]'s offsets in file `file`.
pub fn utf8_errors(file: u32, offsets: &[usize]) -> Vec<types::Diagnostic> {
    offsets.iter().map(|&o| types::Diagnostic { file, offset: o as u32, message: "invalid UTF-8 encoding".into() }).collect()
}

/// The name in the file's package clause, if it starts with one.
pub fn package_name(src: &str) -> Option<String> {
    let lexed = lexer::lex(src);
    let mut toks = lexed.tokens.iter();
    match (toks.next(), toks.next()) {
        (Some((_, lexer::Token::Package, _)), Some((s, lexer::Token::Ident, e))) => Some(src[*s..*e].to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_bytes_keep_their_offsets() {
        let (s, bad) = decode(b"a\xffb\xe2\x82\"\xe2\x82\xac".to_vec());
        assert_eq!(bad, vec![1, 3, 4]);
        assert_eq!(s, "a b  \"\u{20ac}");
    }

    #[test]
    fn package_clause() {
        assert_eq!(package_name("// c\npackage foo\n").as_deref(), Some("foo"));
        assert_eq!(package_name("func main() {}").as_deref(), None);
    }
}
