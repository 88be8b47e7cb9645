//! `go.mod` files (`go help go.mod`): the module path, the go version, requirements and
//! replacements. Other directives (`toolchain`, `exclude`, `retract`, `godebug`, `tool`)
//! are accepted and do not affect loading.

/// A parsed `go.mod`.
#[derive(Clone, Debug, Default)]
pub struct GoMod {
    pub module: Option<String>,
    /// The `go` directive's version (`1.23`, `1.21.3`).
    pub go: Option<String>,
    /// `require path version`.
    pub requires: Vec<(String, String)>,
    pub replaces: Vec<Replace>,
}

/// `replace old [version] => new [version]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Replace {
    pub old: String,
    pub old_version: Option<String>,
    /// A directory (when it starts with `./`, `../` or `/`) or a module path.
    pub new: String,
    pub new_version: Option<String>,
}

impl Replace {
    /// Whether the replacement is a local directory.
    pub fn is_dir(&self) -> bool {
        is_local_path(&self.new)
    }
}

/// Whether a replacement target names a directory rather than a module.
pub fn is_local_path(p: &str) -> bool {
    p.starts_with("./") || p.starts_with("../") || p == "." || p == ".." || p.starts_with('/')
}

/// Parses go.mod text. Errors are `LINE: message` (the caller adds the file name).
pub fn parse(text: &str) -> Result<GoMod, Vec<String>> {
    let mut m = GoMod::default();
    let mut errors = Vec::new();
    let mut block: Option<String> = None;
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let toks = match tokenize(raw) {
            Ok(t) => t,
            Err(e) => {
                errors.push(format!("{}: {}", line_no, e));
                continue;
            }
        };
        if toks.is_empty() {
            continue;
        }
        if let Some(verb) = block.clone() {
            if toks.len() == 1 && toks[0] == ")" {
                block = None;
                continue;
            }
            if let Err(e) = directive(&mut m, &verb, &toks) {
                errors.push(format!("{}: {}", line_no, e));
            }
            continue;
        }
        let verb = toks[0].clone();
        if toks.len() == 2 && toks[1] == "(" {
            if !matches!(verb.as_str(), "require" | "replace" | "exclude" | "retract" | "godebug" | "tool" | "ignore") {
                errors.push(format!("{}: unknown block type: {}", line_no, verb));
            }
            block = Some(verb);
            continue;
        }
        if let Err(e) = directive(&mut m, &verb, &toks[1..]) {
            errors.push(format!("{}: {}", line_no, e));
        }
    }
    if errors.is_empty() {
        Ok(m)
    } else {
        Err(errors)
    }
}

fn directive(m: &mut GoMod, verb: &str, args: &[String]) -> Result<(), String> {
    match verb {
        "module" => {
            if args.len() != 1 {
                return Err("usage: module module/path".into());
            }
            if m.module.is_some() {
                return Err("repeated module statement".into());
            }
            m.module = Some(args[0].clone());
        }
        "go" => {
            if args.len() != 1 {
                return Err("usage: go 1.23".into());
            }
            if !valid_go_version(&args[0]) {
                return Err(format!("invalid go version '{}': must match format 1.23.0", args[0]));
            }
            m.go = Some(args[0].clone());
        }
        "require" => {
            if args.len() != 2 {
                return Err("usage: require module/path v1.2.3".into());
            }
            m.requires.push((args[0].clone(), args[1].clone()));
        }
        "replace" => {
            let arrow = args.iter().position(|a| a == "=>").ok_or("usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory")?;
            let (lhs, rhs) = (&args[..arrow], &args[arrow + 1..]);
            if lhs.is_empty() || lhs.len() > 2 || rhs.is_empty() || rhs.len() > 2 {
                return Err("usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory".into());
            }
            let r = Replace { old: lhs[0].clone(), old_version: lhs.get(1).cloned(), new: rhs[0].clone(), new_version: rhs.get(1).cloned() };
            if r.is_dir() && r.new_version.is_some() {
                return Err("replacement module directory path must not have version".into());
            }
            if !r.is_dir() && r.new_version.is_none() {
                return Err("replacement module without version must be directory path (rooted or starting with . or ..)".into());
            }
            m.replaces.push(r);
        }
        "toolchain" | "exclude" | "retract" | "godebug" | "tool" | "ignore" => {}
        _ => return Err(format!("unknown directive: {}", verb)),
    }
    Ok(())
}

/// `1.N`, `1.N.P`, or a pre-release like `1.21rc1`.
fn valid_go_version(v: &str) -> bool {
    let mut parts = v.splitn(3, '.');
    let major = parts.next().unwrap_or("");
    let minor = parts.next().unwrap_or("");
    let minor_digits: String = minor.chars().take_while(|c| c.is_ascii_digit()).collect();
    major == "1" && !minor_digits.is_empty() && parts.next().is_none_or(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

/// The minor version of a `go` directive (`1.21.3` → 21).
pub fn go_minor(v: &str) -> Option<u32> {
    let minor = v.strip_prefix("1.")?;
    let digits: String = minor.chars().take_while(|c| c.is_ascii_digit()).collect();
    digits.parse().ok()
}

/// Splits a line into tokens: words, quoted strings (unquoted), `(`, `)`, `=>`; a `//`
/// comment ends the line.
fn tokenize(line: &str) -> Result<Vec<String>, String> {
    let mut toks = Vec::new();
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '/' && chars.get(i + 1) == Some(&'/') {
            break;
        } else if c == '(' || c == ')' {
            toks.push(c.to_string());
            i += 1;
        } else if c == '=' && chars.get(i + 1) == Some(&'>') {
            toks.push("=>".into());
            i += 2;
        } else if c == '"' || c == '`' {
            let mut s = String::new();
            i += 1;
            loop {
                match chars.get(i) {
                    None => return Err("unterminated quoted string".into()),
                    Some(&q) if q == c => {
                        i += 1;
                        break;
                    }
                    Some('\\') if c == '"' => {
                        s.push(*chars.get(i + 1).ok_or("unterminated quoted string")?);
                        i += 2;
                    }
                    Some(&ch) => {
                        s.push(ch);
                        i += 1;
                    }
                }
            }
            toks.push(s);
        } else {
            let start = i;
            while i < chars.len() && !chars[i].is_whitespace() && !(chars[i] == '/' && chars.get(i + 1) == Some(&'/')) && chars[i] != '(' && chars[i] != ')' && !(chars[i] == '=' && chars.get(i + 1) == Some(&'>')) {
                i += 1;
            }
            toks.push(chars[start..i].iter().collect());
        }
    }
    Ok(toks)
}

/// The module cache's spelling of a module path or version: each upper-case letter becomes
/// `!` and its lower-case form (`github.com/Azure` → `github.com/!azure`).
pub fn escape_path(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    for c in p.chars() {
        if c.is_ascii_uppercase() {
            out.push('!');
            out.push(c.to_ascii_lowercase());
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
    fn parses_directives_and_blocks() {
        let m = parse(
            "// comment\nmodule example.com/m // trailing\n\ngo 1.22.1\ntoolchain go1.23.0\n\nrequire (\n\texample.com/a v1.0.0 // indirect\n\t\"example.com/b\" v0.2.0\n)\nrequire example.com/c v1.1.0\n\nreplace example.com/a => ../a\nreplace (\n\texample.com/b v0.2.0 => example.com/fork v0.3.0\n)\nexclude example.com/d v1.0.0\n",
        )
        .unwrap();
        assert_eq!(m.module.as_deref(), Some("example.com/m"));
        assert_eq!(m.go.as_deref(), Some("1.22.1"));
        assert_eq!(m.requires, vec![("example.com/a".into(), "v1.0.0".into()), ("example.com/b".into(), "v0.2.0".into()), ("example.com/c".into(), "v1.1.0".into())]);
        assert_eq!(m.replaces.len(), 2);
        assert!(m.replaces[0].is_dir());
        assert_eq!(m.replaces[1].new_version.as_deref(), Some("v0.3.0"));
        assert_eq!(go_minor("1.22.1"), Some(22));
    }

    #[test]
    fn reports_errors_with_lines() {
        assert_eq!(parse("module x\n\nfoo bar\n").unwrap_err(), vec!["3: unknown directive: foo".to_string()]);
        assert!(parse("module x\ngo one\n").unwrap_err()[0].starts_with("2: invalid go version"));
        assert!(parse("replace a => b\n").unwrap_err()[0].starts_with("1: replacement module without version"));
    }

    #[test]
    fn escapes_upper_case() {
        assert_eq!(escape_path("github.com/Azure/Go"), "github.com/!azure/!go");
    }
}
