//! Byte-offset spans and the line index that turns offsets into Go's `line:col`.

/// A half-open byte range `[start, end)` in one source file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start: start as u32, end: end as u32 }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// Line starts of a file, for `offset -> (line, column)` in O(log n), and the file's line
/// directives.
///
/// Columns are 1-based byte columns, as gc reports them.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<u32>,
    /// `//line` and `/*line */` directives, by offset.
    directives: Vec<LineDirective>,
}

/// A line directive (`go doc cmd/compile`, "Line directives"): from offset `at` on, the
/// text is reported as coming from `file` (`None`: the real file; `Some("")`: no file
/// name) starting at `line`.
#[derive(Clone, Debug)]
pub struct LineDirective {
    pub at: u32,
    pub file: Option<std::sync::Arc<str>>,
    pub line: u32,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        // memchr finds the newlines a vector at a time: a byte loop was 2.6% of hello's
        // instructions (every imported standard-library file gets an index).
        let mut starts = Vec::with_capacity(src.len() / 32 + 1);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', src.as_bytes()).map(|i| i as u32 + 1));
        let b = src.as_bytes();
        let has_directive = memchr::memmem::find_iter(b, b"line ").any(|i| i >= 2 && matches!(&b[i - 2..i], b"//" | b"/*"));
        let directives = if has_directive { line_directives(src) } else { Vec::new() };
        LineIndex { starts, directives }
    }

    /// The position `offset` is reported at after line directives: the file name (`None`
    /// for the real file) and the line.
    pub fn position(&self, offset: u32) -> (Option<&std::sync::Arc<str>>, u32) {
        let (line, _) = self.line_col(offset);
        let index = self.directives.partition_point(|d| d.at <= offset);
        let Some(d) = index.checked_sub(1).map(|i| &self.directives[i]) else {
            return (None, line);
        };
        let (directive_line, _) = self.line_col(d.at);
        (d.file.as_ref(), d.line.saturating_add(line - directive_line))
    }

    /// 1-based line and 1-based byte column of `offset`.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, offset - self.starts[line] + 1)
    }

    pub fn line_start(&self, line: u32) -> u32 {
        self.starts.get(line.saturating_sub(1) as usize).copied().unwrap_or(0)
    }
}

/// Finds the line directives of `src`, in order: `//line` comments that start a line
/// (effective from the next line) and `/*line */` comments anywhere (effective right after
/// them), whose text (after `line `) ends in `:line` or `:line:col` with positive numbers.
/// Invalid ones are ignored.
fn line_directives(src: &str) -> Vec<LineDirective> {
    use logos::Logos;
    let mut out: Vec<LineDirective> = Vec::new();
    let mut lexer = crate::token::Token::lexer(src);
    while let Some(token) = lexer.next() {
        let span = lexer.span();
        let (text, at) = match token {
            Ok(crate::token::Token::LineComment) => {
                let at_line_start = span.start == 0 || src.as_bytes()[span.start - 1] == b'\n';
                match src[span.clone()].strip_prefix("//line ") {
                    Some(text) if at_line_start && span.end < src.len() => (text.trim_end_matches('\r'), span.end + 1),
                    _ => continue,
                }
            }
            Ok(crate::token::Token::BlockComment(_)) => match src[span.clone()].strip_prefix("/*line ").and_then(|t| t.strip_suffix("*/")) {
                Some(text) => (text, span.end),
                None => continue,
            },
            _ => continue,
        };
        let Some((file, line, col)) = parse_line_directive(text) else { continue };
        let file = if !file.is_empty() {
            Some(std::sync::Arc::from(file))
        } else if col.is_some() {
            // No file but a column: the most recently recorded file name.
            out.last().and_then(|d| d.file.clone())
        } else {
            Some(std::sync::Arc::from(""))
        };
        out.push(LineDirective { at: at as u32, file, line });
    }
    out
}

/// Splits directive text `file:line` or `file:line:col` from the back; `None` unless the
/// line is a valid number > 0.
fn parse_line_directive(text: &str) -> Option<(&str, u32, Option<u32>)> {
    fn number(s: &str) -> Option<u32> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse::<u32>().ok().filter(|&n| n > 0)
    }
    let (rest, last) = text.rsplit_once(':')?;
    let last = number(last)?;
    if let Some((file, line)) = rest.rsplit_once(':') {
        if let Some(line) = number(line) {
            return Some((file, line, Some(last)));
        }
    }
    Some((rest, last, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_directives_map_positions() {
        let src = "package p\n//line foo.go:10\nvar a = 1\nvar b = 2\n/*line :20:3*/var c = 3\n//line :7\nvar d\n//line c:/x/y.go:99\nvar e\n  //line ignored.go:5\nvar f\nvar s = \"//line no.go:3\"\n";
        let idx = LineIndex::new(src);
        let at = |needle: &str| {
            let (file, line) = idx.position(src.find(needle).unwrap() as u32);
            (file.map(|f| f.to_string()), line)
        };
        assert_eq!(at("package"), (None, 1));
        assert_eq!(at("var a"), (Some("foo.go".into()), 10));
        assert_eq!(at("var b"), (Some("foo.go".into()), 11));
        assert_eq!(at("var c"), (Some("foo.go".into()), 20));
        assert_eq!(at("var d"), (Some("".into()), 7));
        assert_eq!(at("var e"), (Some("c:/x/y.go".into()), 99));
        assert_eq!(at("var f"), (Some("c:/x/y.go".into()), 101));
        assert_eq!(at("var s"), (Some("c:/x/y.go".into()), 102));
        assert_eq!(parse_line_directive("foo: 10 "), None);
        assert_eq!(parse_line_directive(" a:100 :10"), Some((" a:100 ", 10, None)));
    }
}
