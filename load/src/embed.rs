//! Resolving `//go:embed` patterns to files, as the go command does (`go doc embed`): a
//! pattern is a slash-separated path of glob elements (`path.Match` syntax) relative to the
//! package directory; a matched directory brings in every file below it except names
//! starting with `.` or `_` (unless the pattern has the `all:` prefix).

use std::path::Path;

/// The files a pattern names: slash-separated paths relative to the package directory,
/// sorted, or the go command's message (without the `pattern P: ` prefix).
pub fn resolve(dir: &Path, pattern: &str) -> Result<Vec<String>, String> {
    let (all, pat) = match pattern.strip_prefix("all:") {
        Some(p) => (true, p),
        None => (false, pattern),
    };
    if !valid_pattern(pat) {
        return Err("invalid pattern syntax".into());
    }
    // The directories (relative paths) matching the pattern's elements so far.
    let mut current: Vec<String> = vec![String::new()];
    let elems: Vec<&str> = pat.split('/').collect();
    for (i, elem) in elems.iter().enumerate() {
        let mut next = Vec::new();
        for base in &current {
            let full = if base.is_empty() { dir.to_path_buf() } else { dir.join(base) };
            if !has_meta(elem) {
                let joined = join(base, elem);
                if dir.join(&joined).symlink_metadata().is_ok() {
                    next.push(joined);
                }
                continue;
            }
            let Ok(entries) = std::fs::read_dir(&full) else { continue };
            let mut names: Vec<String> = entries.filter_map(|e| e.ok()?.file_name().into_string().ok()).collect();
            names.sort();
            for name in names {
                if glob_match(elem, &name) {
                    next.push(join(base, &name));
                }
            }
        }
        // Only directories can hold the next element.
        if i + 1 < elems.len() {
            next.retain(|p| dir.join(p).is_dir());
        }
        current = next;
    }
    if current.is_empty() {
        return Err("no matching files found".into());
    }
    let mut files = Vec::new();
    for m in &current {
        let meta = dir.join(m).symlink_metadata().map_err(|e| e.to_string())?;
        if meta.is_dir() {
            let before = files.len();
            walk(dir, m, all, &mut files)?;
            if files.len() == before {
                return Err(format!("cannot embed directory {}: contains no embeddable files", m));
            }
        } else if meta.is_file() {
            files.push(m.clone());
        } else {
            return Err(format!("cannot embed irregular file {}", m));
        }
    }
    files.sort();
    files.dedup();
    Ok(files)
}

fn join(base: &str, name: &str) -> String {
    if base.is_empty() {
        name.to_string()
    } else {
        format!("{}/{}", base, name)
    }
}

/// Adds the embeddable files below directory `rel`.
fn walk(dir: &Path, rel: &str, all: bool, out: &mut Vec<String>) -> Result<(), String> {
    let Ok(entries) = std::fs::read_dir(dir.join(rel)) else { return Ok(()) };
    let mut names: Vec<String> = entries.filter_map(|e| e.ok()?.file_name().into_string().ok()).collect();
    names.sort();
    for name in names {
        if !all && (name.starts_with('.') || name.starts_with('_')) {
            continue;
        }
        let p = join(rel, &name);
        let Ok(meta) = dir.join(&p).symlink_metadata() else { continue };
        if meta.is_dir() {
            // A directory holding another module is not part of this one.
            if dir.join(&p).join("go.mod").exists() {
                continue;
            }
            walk(dir, &p, all, out)?;
        } else if meta.is_file() {
            out.push(p);
        } else {
            return Err(format!("cannot embed irregular file {}", p));
        }
    }
    Ok(())
}

/// A pattern must be a clean relative path: no `.`, `..` or empty elements, no leading or
/// trailing slash, and valid glob syntax in every element.
fn valid_pattern(pat: &str) -> bool {
    !pat.is_empty() && pat.split('/').all(|e| !e.is_empty() && e != "." && e != ".." && glob_syntax_ok(e))
}

fn has_meta(elem: &str) -> bool {
    elem.contains(['*', '?', '[', '\\'])
}

fn glob_syntax_ok(elem: &str) -> bool {
    let p: Vec<char> = elem.chars().collect();
    let mut i = 0;
    while i < p.len() {
        match p[i] {
            '\\' => {
                if i + 1 >= p.len() {
                    return false;
                }
                i += 2;
            }
            '[' => match class_end(&p, i) {
                Some(end) => i = end,
                None => return false,
            },
            _ => i += 1,
        }
    }
    true
}

/// The index just past the character class starting at `p[start] == '['`, or `None` when
/// it is malformed.
fn class_end(p: &[char], start: usize) -> Option<usize> {
    let mut i = start + 1;
    if p.get(i) == Some(&'^') {
        i += 1;
    }
    let mut first = true;
    loop {
        let c = *p.get(i)?;
        if c == ']' && !first {
            return Some(i + 1);
        }
        first = false;
        // One range endpoint (or single character), then an optional `-hi`.
        let lo_len = if c == '\\' { 2 } else { 1 };
        if c == '-' || (c == ']' && p.get(i) == Some(&']') && i == start + 1) {
            return None;
        }
        i += lo_len;
        p.get(i - 1)?;
        if p.get(i) == Some(&'-') {
            let hi = *p.get(i + 1)?;
            if hi == ']' || hi == '-' {
                return None;
            }
            i += if hi == '\\' { 3 } else { 2 };
            p.get(i - 1)?;
        }
    }
}

/// Whether `name` matches the glob element `pat` (`*`, `?`, `[class]`, `\c`).
pub fn glob_match(pat: &str, name: &str) -> bool {
    let p: Vec<char> = pat.chars().collect();
    let n: Vec<char> = name.chars().collect();
    matches_from(&p, &n)
}

fn matches_from(p: &[char], n: &[char]) -> bool {
    match p.first() {
        None => n.is_empty(),
        Some('*') => (0..=n.len()).any(|k| matches_from(&p[1..], &n[k..])),
        Some('?') => !n.is_empty() && matches_from(&p[1..], &n[1..]),
        Some('[') => {
            let Some(end) = class_end(p, 0) else { return false };
            !n.is_empty() && class_matches(&p[1..end - 1], n[0]) && matches_from(&p[end..], &n[1..])
        }
        Some('\\') if p.len() > 1 => !n.is_empty() && n[0] == p[1] && matches_from(&p[2..], &n[1..]),
        Some(c) => !n.is_empty() && n[0] == *c && matches_from(&p[1..], &n[1..]),
    }
}

fn class_matches(class: &[char], c: char) -> bool {
    let (negated, mut class) = match class.first() {
        Some('^') => (true, &class[1..]),
        _ => (false, class),
    };
    let mut hit = false;
    let take = |class: &mut &[char]| -> char {
        let (ch, used) = if class[0] == '\\' { (class[1], 2) } else { (class[0], 1) };
        *class = &class[used..];
        ch
    };
    while !class.is_empty() {
        let lo = take(&mut class);
        let hi = if class.first() == Some(&'-') {
            class = &class[1..];
            take(&mut class)
        } else {
            lo
        };
        if lo <= c && c <= hi {
            hit = true;
        }
    }
    hit != negated
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob_match("*.txt", "a.txt"));
        assert!(glob_match("*.txt", ".hidden.txt"));
        assert!(!glob_match("*.txt", "a.txt2"));
        assert!(glob_match("a?c", "abc"));
        assert!(glob_match("[a-c]x", "bx"));
        assert!(!glob_match("[^a-c]x", "bx"));
        assert!(glob_match("\\*", "*"));
        assert!(valid_pattern("d/*.txt"));
        for bad in ["", "/a", "a/", "a//b", "./a", "a/../b", "[a", "a\\", "[]"] {
            assert!(!valid_pattern(bad), "{}", bad);
        }
    }

    #[test]
    fn patterns_resolve_like_the_go_command() {
        let dir = std::env::temp_dir().join(format!("minigo-embed-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("d/sub")).unwrap();
        std::fs::create_dir_all(dir.join("empty/.x")).unwrap();
        for f in ["x.txt", "d/a.txt", "d/.h", "d/_u.txt", "d/sub/b.txt", "empty/.x/y"] {
            std::fs::write(dir.join(f), f).unwrap();
        }
        assert_eq!(resolve(&dir, "d").unwrap(), ["d/a.txt", "d/sub/b.txt"]);
        assert_eq!(resolve(&dir, "all:d").unwrap(), ["d/.h", "d/_u.txt", "d/a.txt", "d/sub/b.txt"]);
        assert_eq!(resolve(&dir, "d/*.txt").unwrap(), ["d/_u.txt", "d/a.txt"]);
        assert_eq!(resolve(&dir, "*/sub").unwrap(), ["d/sub/b.txt"]);
        assert_eq!(resolve(&dir, "nope*").unwrap_err(), "no matching files found");
        assert_eq!(resolve(&dir, "../x.txt").unwrap_err(), "invalid pattern syntax");
        assert_eq!(resolve(&dir, "empty").unwrap_err(), "cannot embed directory empty: contains no embeddable files");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
