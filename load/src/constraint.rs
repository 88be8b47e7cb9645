//! Build constraints as the go command evaluates them for one target (`go help
//! buildconstraint`): `//go:build` expressions, legacy `// +build` lines, and the implicit
//! constraints of `_GOOS`, `_GOARCH` and `_GOOS_GOARCH` file-name suffixes.

/// Operating systems the go command knows (file suffixes naming another one exclude a file).
const KNOWN_OS: &[&str] = &[
    "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9",
    "solaris", "wasip1", "windows", "zos",
];

/// Architectures the go command knows.
const KNOWN_ARCH: &[&str] = &[
    "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32",
    "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm",
];

/// Operating systems that count as `unix` in constraints.
const UNIX_OS: &[&str] = &["aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "linux", "netbsd", "openbsd", "solaris"];

/// The newest language version minigo implements (release tags go1.1 … go1.23 hold).
pub const GO_MINOR: u32 = 23;

/// What a build targets: the tags that are true.
#[derive(Clone, Debug)]
pub struct Target {
    pub goos: String,
    pub goarch: String,
    /// Tags given with `-tags`.
    pub tags: Vec<String>,
}

impl Default for Target {
    fn default() -> Target {
        Target { goos: "linux".into(), goarch: "amd64".into(), tags: Vec::new() }
    }
}

impl Target {
    /// Whether a single tag holds. `gc` holds (minigo follows gc's semantics); `cgo` does not
    /// (minigo cannot call C).
    pub fn has_tag(&self, tag: &str) -> bool {
        if tag == self.goos || tag == self.goarch || tag == "gc" || self.tags.iter().any(|t| t == tag) {
            return true;
        }
        if tag == "unix" {
            return UNIX_OS.contains(&self.goos.as_str());
        }
        if let Some(minor) = tag.strip_prefix("go1.") {
            return minor.parse::<u32>().is_ok_and(|m| m >= 1 && m <= GO_MINOR);
        }
        // GOAMD64=v1: only the baseline feature level.
        if self.goarch == "amd64" && tag == "amd64.v1" {
            return true;
        }
        false
    }

    /// The implicit constraint of a file name: `name_GOOS.go`, `name_GOARCH.go`,
    /// `name_GOOS_GOARCH.go` (optionally followed by `_test`) hold only for that target.
    pub fn matches_file_name(&self, name: &str) -> bool {
        let stem = name.split('.').next().unwrap_or(name);
        let stem = stem.strip_suffix("_test").unwrap_or(stem);
        let parts: Vec<&str> = stem.split('_').collect();
        if parts.len() < 2 {
            return true;
        }
        let last = parts[parts.len() - 1];
        let prev = if parts.len() >= 3 { Some(parts[parts.len() - 2]) } else { None };
        if let Some(os) = prev {
            if KNOWN_OS.contains(&os) && KNOWN_ARCH.contains(&last) {
                return self.os_matches(os) && last == self.goarch;
            }
        }
        if KNOWN_OS.contains(&last) {
            return self.os_matches(last);
        }
        if KNOWN_ARCH.contains(&last) {
            return last == self.goarch;
        }
        true
    }

    fn os_matches(&self, os: &str) -> bool {
        os == self.goos || (os == "linux" && self.goos == "android")
    }
}

/// A parsed constraint expression.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    Tag(String),
    Not(Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
}

impl Expr {
    pub fn eval(&self, t: &Target) -> bool {
        match self {
            Expr::Tag(tag) => t.has_tag(tag),
            Expr::Not(x) => !x.eval(t),
            Expr::And(a, b) => a.eval(t) && b.eval(t),
            Expr::Or(a, b) => a.eval(t) || b.eval(t),
        }
    }
}

/// Parses the expression of a `//go:build` line (the text after `//go:build`).
pub fn parse_go_build(text: &str) -> Result<Expr, String> {
    let toks = tokenize(text)?;
    let mut p = ExprParser { toks, pos: 0 };
    let e = p.or()?;
    if p.pos != p.toks.len() {
        return Err(format!("unexpected token {}", p.toks[p.pos]));
    }
    Ok(e)
}

fn tokenize(text: &str) -> Result<Vec<String>, String> {
    let mut toks = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b' ' || c == b'\t' || c == b'\r' {
            i += 1;
        } else if c == b'(' || c == b')' || c == b'!' {
            toks.push((c as char).to_string());
            i += 1;
        } else if (c == b'&' || c == b'|') && b.get(i + 1) == Some(&c) {
            toks.push(text[i..i + 2].to_string());
            i += 2;
        } else if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || c >= 0x80 {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.' || b[i] >= 0x80) {
                i += 1;
            }
            toks.push(text[start..i].to_string());
        } else {
            return Err(format!("invalid syntax at {}", &text[i..]));
        }
    }
    if toks.is_empty() {
        return Err("unexpected end of expression".into());
    }
    Ok(toks)
}

struct ExprParser {
    toks: Vec<String>,
    pos: usize,
}

impl ExprParser {
    fn peek(&self) -> Option<&str> {
        self.toks.get(self.pos).map(|s| s.as_str())
    }

    fn or(&mut self) -> Result<Expr, String> {
        let mut e = self.and()?;
        while self.peek() == Some("||") {
            self.pos += 1;
            e = Expr::Or(Box::new(e), Box::new(self.and()?));
        }
        Ok(e)
    }

    fn and(&mut self) -> Result<Expr, String> {
        let mut e = self.not()?;
        while self.peek() == Some("&&") {
            self.pos += 1;
            e = Expr::And(Box::new(e), Box::new(self.not()?));
        }
        Ok(e)
    }

    fn not(&mut self) -> Result<Expr, String> {
        match self.peek() {
            Some("!") => {
                self.pos += 1;
                Ok(Expr::Not(Box::new(self.not()?)))
            }
            Some("(") => {
                self.pos += 1;
                let e = self.or()?;
                if self.peek() != Some(")") {
                    return Err("missing )".into());
                }
                self.pos += 1;
                Ok(e)
            }
            Some(t) if t != ")" && t != "&&" && t != "||" => {
                let t = t.to_string();
                self.pos += 1;
                Ok(Expr::Tag(t))
            }
            Some(t) => Err(format!("unexpected token {}", t)),
            None => Err("unexpected end of expression".into()),
        }
    }
}

/// Evaluates one legacy `// +build` line (the text after `+build`): space-separated options
/// are alternatives, each a comma-separated conjunction of possibly negated tags.
pub fn eval_plus_build(text: &str, t: &Target) -> bool {
    text.split_whitespace().any(|opt| {
        opt.split(',').all(|term| match term.strip_prefix('!') {
            Some(tag) => !tag.is_empty() && !tag.starts_with('!') && !t.has_tag(tag),
            None => t.has_tag(term),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn holds(expr: &str) -> bool {
        parse_go_build(expr).unwrap().eval(&Target::default())
    }

    #[test]
    fn go_build_expressions() {
        assert!(holds("linux"));
        assert!(holds("linux && amd64"));
        assert!(!holds("windows"));
        assert!(holds("!windows"));
        assert!(holds("darwin || (linux && !arm64)"));
        assert!(holds("unix && go1.21 && gc"));
        assert!(!holds("go1.24"));
        assert!(!holds("cgo"));
        assert!(!holds("ignore"));
        assert!(holds("!ignore"));
        assert!(!holds("linux && !amd64 || windows"));
        assert!(parse_go_build("linux &&").is_err());
        assert!(parse_go_build("(linux").is_err());
        assert!(parse_go_build("linux amd64").is_err());
    }

    #[test]
    fn plus_build_lines() {
        let t = Target::default();
        assert!(eval_plus_build("linux darwin", &t));
        assert!(eval_plus_build("linux,amd64", &t));
        assert!(!eval_plus_build("linux,!amd64", &t));
        assert!(!eval_plus_build("ignore", &t));
        assert!(eval_plus_build("!windows", &t));
    }

    #[test]
    fn file_name_suffixes() {
        let t = Target::default();
        for ok in ["a.go", "a_linux.go", "a_amd64.go", "a_linux_amd64.go", "a_linux_test.go", "linux.go", "a_test.go", "x_unknown.go", "a_b_c.go"] {
            assert!(t.matches_file_name(ok), "{}", ok);
        }
        for no in ["a_windows.go", "a_arm64.go", "a_linux_arm64.go", "a_darwin_amd64.go", "a_windows_test.go", "a_js_wasm.go", "a_windows.pb.go"] {
            assert!(!t.matches_file_name(no), "{}", no);
        }
    }

    #[test]
    fn extra_tags() {
        let t = Target { tags: vec!["integration".into()], ..Target::default() };
        assert!(parse_go_build("integration && linux").unwrap().eval(&t));
    }
}
