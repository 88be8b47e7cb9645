//! Reading a directory into a [`Package`]: which `.go` files belong to the build, which are
//! tests, and the package name they agree on.

use crate::constraint::{self, Target};
use crate::{header, GoFile, Loader, Package, PkgId};
use std::path::{Path, PathBuf};

/// Whether a file takes part in a build for `target`: its name's OS/architecture suffix and
/// its `//go:build` (or, without one, `// +build`) lines hold, and it does not use cgo.
pub fn file_included(target: &Target, name: &str, h: &header::Header) -> bool {
    if !target.matches_file_name(name) {
        return false;
    }
    if let Some(expr) = &h.go_build {
        // A malformed expression excludes the file (the go command reports it in vet).
        match constraint::parse_go_build(expr) {
            Ok(e) if e.eval(target) => {}
            _ => return false,
        }
    } else if !h.plus_build.iter().all(|line| constraint::eval_plus_build(line, target)) {
        return false;
    }
    // minigo cannot call C: cgo files are left out, as with CGO_ENABLED=0.
    !h.imports.iter().any(|i| i.path == "C")
}

/// Reads one source file.
pub fn read_go_file(path: &Path) -> std::io::Result<GoFile> {
    let (src, bad_utf8) = decode(std::fs::read(path)?);
    let header = header::scan(&src);
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(GoFile { name, path: path.to_path_buf(), src, header, bad_utf8 })
}

/// A source file's text plus the byte offsets of its invalid UTF-8 (compile errors, as gc
/// reports them). Each invalid byte becomes one space, so every offset (and every column
/// the checker reports) stays that of the original file.
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
            let text = String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
            (text, bad)
        }
    }
}

impl Loader {
    /// The package in `dir` with this import path (read once, then cached by directory).
    pub(crate) fn package_in_dir(&mut self, dir: &Path, import_path: &str, module: Option<usize>) -> PkgId {
        if let Some(&id) = self.by_dir.get(dir) {
            return id;
        }
        let pkg = scan_dir(&self.target, dir, import_path, module);
        let id = PkgId(self.pkgs.len());
        self.pkgs.push(pkg);
        self.by_dir.insert(dir.to_path_buf(), id);
        id
    }

    /// A package made of files named on the command line (`command-line-arguments`): build
    /// constraints do not apply to them (`go run gen.go` runs a `//go:build ignore` file).
    pub fn files_package(&mut self, files: &[String]) -> Result<PkgId, String> {
        let mut dir: Option<PathBuf> = None;
        let mut read = Vec::new();
        for f in files {
            let p = crate::normalize(&self.cwd.join(f));
            if f.ends_with("_test.go") {
                return Err(format!("go: cannot run *_test.go files ({})", f));
            }
            let meta = std::fs::metadata(&p).map_err(|e| format!("stat {}: {}", f, io_message(&e)))?;
            if meta.is_dir() {
                return Err(format!("go: {} is a directory, should be a Go file", f));
            }
            let parent = p.parent().map(Path::to_path_buf).unwrap_or_default();
            match &dir {
                None => dir = Some(parent),
                Some(d) if *d != parent => {
                    return Err(format!("named files must all be in one directory; have {} and {}", self.short_dir(d), self.short_dir(&parent)));
                }
                _ => {}
            }
            read.push(read_go_file(&p).map_err(|e| format!("open {}: {}", f, io_message(&e)))?);
        }
        let dir = dir.unwrap_or_else(|| self.cwd.clone());
        let mut name: Option<(String, String)> = None;
        for f in &read {
            if let Some(n) = &f.header.package {
                match &name {
                    None => name = Some((n.clone(), f.name.clone())),
                    Some((first, first_file)) if first != n => {
                        return Err(format!("found packages {} ({}) and {} ({}) in {}", first, first_file, n, f.name, dir.display()));
                    }
                    _ => {}
                }
            }
        }
        let module = if self.has_main_module { Some(0) } else { None };
        let pkg = Package {
            import_path: "command-line-arguments".into(),
            dir,
            name: name.map(|n| n.0).unwrap_or_default(),
            files: read,
            test_files: Vec::new(),
            xtest_files: Vec::new(),
            error: None,
            has_ignored: false,
            module,
        };
        let id = PkgId(self.pkgs.len());
        self.pkgs.push(pkg);
        Ok(id)
    }

    /// `./x` style directory name for messages.
    fn short_dir(&self, d: &Path) -> String {
        let s = self.short_path(d);
        if s == "./" || s.is_empty() {
            ".".into()
        } else {
            s
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn invalid_bytes_keep_their_offsets() {
        let (s, bad) = super::decode(b"a\xffb\xe2\x82\"\xe2\x82\xac".to_vec());
        assert_eq!(bad, vec![1, 3, 4]);
        assert_eq!(s, "a b  \"\u{20ac}");
    }
}

/// The text of an I/O error as Go prints it (`no such file or directory`).
pub fn io_message(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => {
            let mut m = s[..i].to_string();
            if let Some(first) = m.get(..1) {
                m = first.to_lowercase() + &m[1..];
            }
            m
        }
        None => s,
    }
}

/// Reads the Go files of `dir` and sorts them into the package's parts.
fn scan_dir(target: &Target, dir: &Path, import_path: &str, module: Option<usize>) -> Package {
    let mut pkg = Package {
        import_path: import_path.to_string(),
        dir: dir.to_path_buf(),
        name: String::new(),
        files: Vec::new(),
        test_files: Vec::new(),
        xtest_files: Vec::new(),
        error: None,
        has_ignored: false,
        module,
    };
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            pkg.error = Some(format!("open {}: {}", dir.display(), io_message(&e)));
            return pkg;
        }
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| std::fs::metadata(e.path()).is_ok_and(|m| m.is_file()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".go") && !n.starts_with('.') && !n.starts_with('_'))
        .collect();
    names.sort();
    if names.is_empty() {
        pkg.error = Some(format!("no Go files in {}", dir.display()));
        return pkg;
    }
    // The package name: of the first non-test file, else of the first in-package test.
    let mut first: Option<(String, String)> = None;
    let mut tests = Vec::new();
    for n in names {
        let Ok(f) = read_go_file(&dir.join(&n)) else { continue };
        if !file_included(target, &n, &f.header) {
            pkg.has_ignored = true;
            continue;
        }
        let is_test = n.ends_with("_test.go");
        if is_test {
            tests.push(f);
            continue;
        }
        let name = f.header.package.clone().unwrap_or_default();
        if name == "documentation" {
            pkg.has_ignored = true;
            continue;
        }
        match &first {
            None => first = Some((name, n.clone())),
            Some((p, pf)) if *p != name && !name.is_empty() && !p.is_empty() => {
                pkg.error = Some(format!("found packages {} ({}) and {} ({}) in {}", p, pf, name, n, dir.display()));
                return pkg;
            }
            _ => {}
        }
        pkg.files.push(f);
    }
    for f in tests {
        let name = f.header.package.clone().unwrap_or_default();
        let is_x = name.ends_with("_test") && first.as_ref().is_none_or(|(p, _)| name != *p);
        if is_x {
            pkg.xtest_files.push(f);
            continue;
        }
        match &first {
            None => first = Some((name, f.name.clone())),
            Some((p, pf)) if *p != name && !name.is_empty() && !p.is_empty() => {
                pkg.error = Some(format!("found packages {} ({}) and {} ({}) in {}", p, pf, name, f.name, dir.display()));
                return pkg;
            }
            _ => {}
        }
        pkg.test_files.push(f);
    }
    let first = first.or_else(|| {
        let f = pkg.xtest_files.first()?;
        let n = f.header.package.clone().unwrap_or_default();
        Some((n.strip_suffix("_test").unwrap_or(&n).to_string(), f.name.clone()))
    });
    if let Some((name, first_file)) = first {
        // An external test package must be named after the package.
        let want = format!("{}_test", name);
        if let Some(f) = pkg.xtest_files.iter().find(|f| f.header.package.as_deref() != Some(want.as_str())) {
            pkg.error = Some(format!("found packages {} ({}) and {} ({}) in {}", name, first_file, f.header.package.clone().unwrap_or_default(), f.name, dir.display()));
            return pkg;
        }
        pkg.name = name;
    }
    if pkg.is_empty(true) {
        pkg.error = Some(format!("build constraints exclude all Go files in {}", dir.display()));
    }
    pkg
}
