//! Go packages as the go command finds them: the layer between the command line and the
//! type checker.
//!
//! - [`gomod`]: `go.mod` files; [`constraint`]: build constraints for linux/amd64;
//!   [`header`]: a file's package clause and imports without a full parse;
//! - [`Loader`]: finds the main module from the working directory, turns command-line
//!   arguments (files, directories, import paths, `...` patterns) into packages, resolves
//!   imports (the standard library, the main module, `replace` directories, the module
//!   cache) and walks the import graph, reporting what the go command reports (missing
//!   packages, import cycles, `internal/` violations) in its words.
//!
//! The loader reads files and knows nothing of types; the standard library is opaque to it
//! (a predicate says which import paths it provides), so a precompiled standard library can
//! replace the embedded sources without touching this crate.
#![forbid(unsafe_code)]

pub mod constraint;
pub mod embed;
pub mod gomod;
mod graph;
pub mod header;
pub mod testfuncs;
mod packages;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub use constraint::Target;
pub use graph::{pattern_matches, LoadError, Match};
pub use packages::decode;

/// Index of a package in a [`Loader`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PkgId(pub usize);

/// A Go source file selected for a build.
#[derive(Clone, Debug)]
pub struct GoFile {
    /// The base name (`main.go`).
    pub name: String,
    /// The absolute path.
    pub path: PathBuf,
    /// The text, invalid UTF-8 bytes replaced by spaces ([`decode`]).
    pub src: String,
    pub header: header::Header,
    /// Byte offsets of invalid UTF-8 in the file.
    pub bad_utf8: Vec<usize>,
}

/// A module: the main module, a `replace`d directory, or a module in the module cache.
#[derive(Clone, Debug)]
pub struct Module {
    pub path: String,
    pub dir: PathBuf,
    /// The version (`None` for the main module and directory replacements).
    pub version: Option<String>,
    pub gomod: gomod::GoMod,
}

/// A package: one directory's Go files.
#[derive(Clone, Debug)]
pub struct Package {
    /// The import path (`example.com/m/pkg`; `command-line-arguments` for files named on
    /// the command line).
    pub import_path: String,
    pub dir: PathBuf,
    /// The package name (from the package clauses).
    pub name: String,
    /// The files of the package proper (constraints satisfied, no `_test.go`), by name.
    pub files: Vec<GoFile>,
    /// `_test.go` files of the same package.
    pub test_files: Vec<GoFile>,
    /// `_test.go` files of package `name_test`.
    pub xtest_files: Vec<GoFile>,
    /// Why the directory is not a usable package (`no Go files in DIR`, ...).
    pub error: Option<String>,
    /// Whether some `.go` files were excluded by build constraints.
    pub has_ignored: bool,
    /// The module providing the package.
    pub module: Option<usize>,
}

impl Package {
    /// Whether the package has files to build (or, with `tests`, files to test).
    pub fn is_empty(&self, tests: bool) -> bool {
        self.files.is_empty() && (!tests || (self.test_files.is_empty() && self.xtest_files.is_empty()))
    }

    /// The imports of the files of `which` part, with the file each is in.
    pub fn imports(&self, part: Part) -> impl Iterator<Item = (&GoFile, &header::ImportSpec)> {
        let files = match part {
            Part::Lib => &self.files,
            Part::Test => &self.test_files,
            Part::XTest => &self.xtest_files,
        };
        files.iter().flat_map(|f| f.header.imports.iter().map(move |i| (f, i)))
    }
}

/// The parts of a package's files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Lib,
    Test,
    XTest,
}

/// How an import path resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Resolved {
    /// A package of minigo's standard library.
    Std,
    Pkg(PkgId),
}

/// The package loader of one command.
pub struct Loader {
    pub cwd: PathBuf,
    pub target: Target,
    is_std: Box<dyn Fn(&str) -> bool + Send>,
    /// `modules[0]` is the main module, when there is one.
    pub modules: Vec<Module>,
    has_main_module: bool,
    pkgs: Vec<Package>,
    by_dir: HashMap<PathBuf, PkgId>,
    mod_cache: PathBuf,
    graph: graph::Graph,
}

/// What the module cache is: `GOMODCACHE`, else `GOPATH/pkg/mod` (the first GOPATH
/// entry), else `$HOME/go/pkg/mod`.
pub fn mod_cache_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("GOMODCACHE").filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    if let Some(p) = std::env::var_os("GOPATH").filter(|d| !d.is_empty()) {
        if let Some(first) = std::env::split_paths(&p).next() {
            return first.join("pkg/mod");
        }
    }
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/"));
    home.join("go/pkg/mod")
}

impl Loader {
    /// A loader for the working directory `cwd`: finds and reads the main module's go.mod
    /// (in `cwd` or a parent). `is_std` says which import paths the standard library has.
    pub fn new(cwd: PathBuf, target: Target, is_std: Box<dyn Fn(&str) -> bool + Send>) -> Result<Loader, String> {
        let mut l = Loader { cwd, target, is_std, modules: Vec::new(), has_main_module: false, pkgs: Vec::new(), by_dir: HashMap::new(), mod_cache: PathBuf::new(), graph: Default::default() };
        if std::env::var("GO111MODULE").is_ok_and(|v| v == "off") {
            return Err("go: GO111MODULE=off (GOPATH mode) is not supported by minigo".into());
        }
        l.mod_cache = normalize(&l.cwd.join(mod_cache_dir()));
        let mut dir = Some(l.cwd.as_path());
        while let Some(d) = dir {
            let gomod = d.join("go.mod");
            if gomod.is_file() {
                let m = l.read_module(&gomod, None)?;
                if m.path.is_empty() {
                    return Err("go: error reading go.mod: missing module declaration. To specify the module path:\n\tgo mod edit -module=example.com/mod".into());
                }
                l.modules.push(m);
                l.has_main_module = true;
                break;
            }
            dir = d.parent();
        }
        Ok(l)
    }

    /// Reads a module's go.mod; errors are worded as the go command's.
    fn read_module(&self, gomod: &Path, version: Option<String>) -> Result<Module, String> {
        let text = std::fs::read_to_string(gomod).map_err(|e| format!("go: reading {}: {}", self.short_path(gomod), e))?;
        let parsed = gomod::parse(&text).map_err(|errs| {
            let shown = self.short_path(gomod);
            let lines: Vec<String> = errs.iter().map(|e| format!("{}:{}", shown, e)).collect();
            format!("go: errors parsing {}:\n{}", shown, lines.join("\n"))
        })?;
        if let Some(v) = parsed.go.as_deref() {
            if gomod::go_minor(v).is_some_and(|m| m > constraint::GO_MINOR) {
                return Err(format!("go: {} requires go >= {} (minigo implements go 1.{})", self.short_path(gomod), v, constraint::GO_MINOR));
            }
        }
        let dir = gomod.parent().map(Path::to_path_buf).unwrap_or_default();
        Ok(Module { path: parsed.module.clone().unwrap_or_default(), dir, version, gomod: parsed })
    }

    /// The main module, if the working directory is inside one.
    pub fn main_module(&self) -> Option<&Module> {
        if self.has_main_module {
            self.modules.first()
        } else {
            None
        }
    }

    pub fn package(&self, id: PkgId) -> &Package {
        &self.pkgs[id.0]
    }

    /// All packages loaded so far.
    pub fn packages(&self) -> impl Iterator<Item = (PkgId, &Package)> {
        self.pkgs.iter().enumerate().map(|(i, p)| (PkgId(i), p))
    }

    pub fn is_std(&self, path: &str) -> bool {
        (self.is_std)(path)
    }

    /// A path as the go command prints it: relative to the working directory when that is
    /// shorter (`./x.go` for a file in it, `../b/b.go`), absolute otherwise.
    pub fn short_path(&self, p: &Path) -> String {
        short_path(&self.cwd, p)
    }

    /// The language version (minor) of a package's module: the `go` line of its go.mod;
    /// `None` outside modules or without a `go` line.
    pub fn go_version(&self, id: PkgId) -> Option<u32> {
        let m = self.pkgs[id.0].module?;
        self.modules[m].gomod.go.as_deref().and_then(gomod::go_minor)
    }
}

/// `p` relative to `cwd` when that is shorter than the absolute path (`./name` for a file
/// directly in `cwd`).
pub fn short_path(cwd: &Path, p: &Path) -> String {
    let abs = normalize(&if p.is_absolute() { p.to_path_buf() } else { cwd.join(p) });
    let abs_s = abs.to_string_lossy().into_owned();
    let rel = relative(cwd, &abs);
    match rel {
        Some(r) => {
            let s = if !r.starts_with("..") && !r.contains('/') { format!("./{}", r) } else { r };
            if s.len() < abs_s.len() {
                s
            } else {
                abs_s
            }
        }
        None => abs_s,
    }
}

/// `path` relative to `base` (both absolute), with `..` steps.
fn relative(base: &Path, path: &Path) -> Option<String> {
    let base = normalize(base);
    let base: Vec<_> = base.components().collect();
    let path_c: Vec<_> = path.components().collect();
    let common = base.iter().zip(&path_c).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return None;
    }
    let mut parts: Vec<String> = vec!["..".to_string(); base.len() - common];
    parts.extend(path_c[common..].iter().map(|c| c.as_os_str().to_string_lossy().into_owned()));
    if parts.is_empty() {
        return Some(".".into());
    }
    Some(parts.join("/"))
}

/// Removes `.` and resolves `..` lexically.
pub fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_paths_as_go_prints_them() {
        let cwd = Path::new("/tmp/m/cmd");
        assert_eq!(short_path(cwd, Path::new("/tmp/m/cmd/main.go")), "./main.go");
        assert_eq!(short_path(cwd, Path::new("/tmp/m/cmd/x/main.go")), "x/main.go");
        assert_eq!(short_path(cwd, Path::new("/tmp/m/b/b.go")), "../b/b.go");
        assert_eq!(short_path(cwd, Path::new("/a.go")), "/a.go");
        assert_eq!(short_path(Path::new("/tmp/m/cmd/x/y/z"), Path::new("/tmp/q.go")), "/tmp/q.go");
    }
}
