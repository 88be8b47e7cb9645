//! Import paths → packages, command-line patterns → packages, and the import graph with
//! the go command's errors (missing packages, cycles, `internal/` violations).

use crate::{gomod, Loader, Module, Part, PkgId, Resolved};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// An error found while loading, worded and laid out as the go command prints it.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError {
    pub text: String,
}

/// Loading state of the import graph (kept by the loader across calls).
#[derive(Default)]
pub(crate) struct Graph {
    /// Resolved imports of each package part, in first-appearance order.
    pub imports: HashMap<(PkgId, Part), Vec<(String, Resolved)>>,
    pub done: HashSet<PkgId>,
}

impl Loader {
    /// Resolves an import path to the standard library or a package directory.
    /// Packages of Go's standard library that minigo lacks are "not supported yet".
    pub fn resolve(&mut self, path: &str) -> Result<Resolved, String> {
        if self.is_std(path) || path == "unsafe" {
            return Ok(Resolved::Std);
        }
        if is_go_std(path) {
            return Err(format!("package {} is not supported by minigo yet", path));
        }
        if let Some(main) = self.main_module().cloned() {
            if let Some(rest) = sub_path(path, &main.path) {
                let dir = main.dir.join(rest);
                if !in_nested_module(&main.dir, &dir) && has_go_files(&dir) {
                    return Ok(Resolved::Pkg(self.package_in_dir(&dir, path, Some(0))));
                }
            }
            if let Some(found) = self.module_for(path, &main)? {
                let (m, rest) = found;
                let dir = self.modules[m].dir.join(rest);
                if has_go_files(&dir) {
                    return Ok(Resolved::Pkg(self.package_in_dir(&dir, path, Some(m))));
                }
                let md = &self.modules[m];
                if let Some(v) = &md.version {
                    return Err(format!("module {}@{} found, but does not contain package {}", md.path, v, path));
                }
            }
        }
        let first = path.split('/').next().unwrap_or("");
        if !first.contains('.') && self.main_module().is_none_or(|m| sub_path(path, &m.path).is_none()) {
            // The go command names the directory it looked in.
            return Err(match std::env::var("GOROOT") {
                Ok(root) if !root.is_empty() => format!("package {} is not in std ({}/src/{})", path, root, path),
                _ => format!("package {} is not in std", path),
            });
        }
        if self.main_module().is_none() {
            return Err(format!("no required module provides package {}: go.mod file not found in current directory or any parent directory; see 'go help modules'", path));
        }
        Err(format!("no required module provides package {}; to add it:\n\tgo get {}", path, path))
    }

    /// The module (other than the main one) that provides `path`, by the main module's
    /// `require` and `replace` directives (the longest matching module path wins): loaded
    /// from its replacement directory or the module cache.
    fn module_for(&mut self, path: &str, main: &Module) -> Result<Option<(usize, String)>, String> {
        let mut best: Option<(&str, Option<&str>)> = None;
        let candidates = main.gomod.requires.iter().map(|(p, v)| (p.as_str(), Some(v.as_str()))).chain(main.gomod.replaces.iter().map(|r| (r.old.as_str(), None)));
        for (mp, v) in candidates {
            if sub_path(path, mp).is_some() && best.is_none_or(|(b, bv)| mp.len() > b.len() || (mp.len() == b.len() && bv.is_none() && v.is_some())) {
                best = Some((mp, v));
            }
        }
        let Some((mod_path, version)) = best else { return Ok(None) };
        let (mod_path, version) = (mod_path.to_string(), version.map(str::to_string));
        let rest = sub_path(path, &mod_path).unwrap_or("").to_string();
        let first_dep = usize::from(self.has_main_module);
        if let Some(i) = self.modules.iter().skip(first_dep).position(|m| m.path == mod_path) {
            return Ok(Some((i + first_dep, rest)));
        }
        let replace = main.gomod.replaces.iter().filter(|r| r.old == mod_path && (r.old_version.is_none() || r.old_version == version)).last().cloned();
        let shown_version = version.clone().unwrap_or_else(|| "v0.0.0-00010101000000-000000000000".into());
        let (dir, mversion) = match &replace {
            Some(r) if r.is_dir() => {
                let dir = crate::normalize(&main.dir.join(&r.new));
                if !dir.is_dir() {
                    return Err(format!("{}@{}: replacement directory {} does not exist", mod_path, shown_version, r.new));
                }
                if !dir.join("go.mod").is_file() {
                    return Err(format!("{}@{} (replaced by {}): reading {}: open {}: no such file or directory", mod_path, shown_version, r.new, Path::new(&r.new).join("go.mod").display(), dir.join("go.mod").display()));
                }
                (dir, None)
            }
            Some(r) => {
                let v = r.new_version.clone().unwrap_or_default();
                (self.cached_module_dir(&r.new, &v)?, Some(v))
            }
            None => {
                let v = version.clone().unwrap_or_default();
                (self.cached_module_dir(&mod_path, &v)?, Some(v))
            }
        };
        let gomod_path = dir.join("go.mod");
        let mut m = if gomod_path.is_file() {
            self.read_module(&gomod_path, mversion.clone())?
        } else {
            // Modules from before go.mod files: no requirements.
            Module { path: mod_path.clone(), dir: dir.clone(), version: mversion.clone(), gomod: gomod::GoMod::default() }
        };
        m.path = mod_path;
        m.dir = dir;
        m.version = mversion.or(version);
        self.modules.push(m);
        Ok(Some((self.modules.len() - 1, rest)))
    }

    /// The directory of `module@version` in the module cache (read-only: minigo never
    /// downloads).
    fn cached_module_dir(&self, module: &str, version: &str) -> Result<PathBuf, String> {
        let dir = self.mod_cache.join(format!("{}@{}", gomod::escape_path(module), gomod::escape_path(version)));
        if dir.is_dir() {
            Ok(dir)
        } else {
            Err(format!(
                "module {}@{} is not in the module cache ({}): minigo does not download modules (run 'go mod download {}@{}')",
                module,
                version,
                self.mod_cache.display(),
                module,
                version
            ))
        }
    }

    /// Packages named by command-line arguments of `go build`/`go test`: directories (`.`,
    /// `./x`, `../y`, absolute), import paths, and patterns with `...`.
    /// Standard-library paths come back as `Err` naming them when `std` is not wanted.
    pub fn match_patterns(&mut self, args: &[String]) -> Result<Vec<Match>, Vec<String>> {
        let mut out = Vec::new();
        let mut errors = Vec::new();
        for arg in args {
            let is_dir_arg = arg == "." || arg == ".." || arg.starts_with("./") || arg.starts_with("../") || arg.starts_with('/');
            if is_dir_arg && self.main_module().is_none() {
                return Err(vec!["go: go.mod file not found in current directory or any parent directory; see 'go help modules'".into()]);
            }
            if arg.contains("...") {
                let before = out.len();
                if is_dir_arg {
                    match self.match_dir_pattern(arg) {
                        Ok(v) => out.extend(v.into_iter().map(Match::Pkg)),
                        Err(e) => errors.push(e),
                    }
                } else {
                    out.extend(self.match_path_pattern(arg).into_iter().map(Match::Pkg));
                }
                if out.len() == before && errors.is_empty() {
                    eprintln!("go: warning: {:?} matched no packages", arg);
                }
                continue;
            }
            if is_dir_arg {
                let dir = crate::normalize(&self.cwd.join(arg));
                if !dir.is_dir() {
                    errors.push(format!("stat {}: directory not found", dir.display()));
                    continue;
                }
                match self.dir_import_path(&dir) {
                    Some((path, m)) => {
                        let id = self.package_in_dir(&dir, &path, Some(m));
                        out.push(Match::Pkg(id));
                    }
                    None => errors.push(format!("directory {} outside main module or its selected dependencies", self.short_path(&dir).trim_start_matches("./"))),
                }
                continue;
            }
            match self.resolve(arg) {
                Ok(Resolved::Std) => out.push(Match::Std(arg.clone())),
                Ok(Resolved::Pkg(id)) => out.push(Match::Pkg(id)),
                Err(e) => errors.push(e),
            }
        }
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(errors)
        }
    }

    /// The import path and module of a directory: in the main module or a module a
    /// `replace` directive points to.
    fn dir_import_path(&mut self, dir: &Path) -> Option<(String, usize)> {
        let main = self.main_module()?.clone();
        if let Ok(rel) = dir.strip_prefix(&main.dir) {
            if !in_nested_module(&main.dir, dir) {
                return Some((join_path(&main.path, rel), 0));
            }
        }
        for r in main.gomod.replaces.iter().filter(|r| r.is_dir()) {
            let rdir = crate::normalize(&main.dir.join(&r.new));
            if let Ok(rel) = dir.strip_prefix(&rdir) {
                if in_nested_module(&rdir, dir) {
                    continue;
                }
                let path = join_path(&r.old, rel);
                if let Ok(Some((m, _))) = self.module_for(&path, &main) {
                    return Some((path, m));
                }
            }
        }
        None
    }

    /// `./x/...`: every package in the directory tree (skipping `testdata`, names starting
    /// with `.` or `_`, and nested modules).
    fn match_dir_pattern(&mut self, arg: &str) -> Result<Vec<PkgId>, String> {
        let (base, suffix) = arg.split_once("...").unwrap_or((arg, ""));
        let root_rel = base.trim_end_matches('/');
        let root = crate::normalize(&self.cwd.join(if root_rel.is_empty() { "." } else { root_rel }));
        let prefix_name = root.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        // `./x...` also matches `./xyz`; only the plain `dir/...` form is common.
        let (walk_root, name_prefix) = if base.ends_with('/') || base.is_empty() { (root.clone(), None) } else { (root.parent().map(Path::to_path_buf).unwrap_or(root.clone()), Some(prefix_name)) };
        if std::fs::symlink_metadata(&walk_root).is_err() {
            return Err(format!("pattern {}: lstat {}: no such file or directory", arg, if base.is_empty() { "." } else { base }));
        }
        let mut dirs = Vec::new();
        walk(&walk_root, true, &mut dirs);
        let mut out = Vec::new();
        for d in dirs {
            if let Some(p) = &name_prefix {
                let rel = d.strip_prefix(&walk_root).ok().map(|r| r.to_string_lossy().into_owned()).unwrap_or_default();
                if !rel.starts_with(p.as_str()) {
                    continue;
                }
            }
            let rel_s = d.strip_prefix(&walk_root).map(|r| r.to_string_lossy().into_owned()).unwrap_or_default();
            if !suffix.is_empty() && !rel_s.ends_with(suffix.trim_start_matches('/')) {
                continue;
            }
            let Some((path, m)) = self.dir_import_path(&d) else { continue };
            let id = self.package_in_dir(&d, &path, Some(m));
            if self.package(id).error.is_none() {
                out.push(id);
            }
        }
        Ok(out)
    }

    /// `example.com/m/...`: packages of the main module whose import paths match.
    fn match_path_pattern(&mut self, arg: &str) -> Vec<PkgId> {
        let Some(main) = self.main_module().cloned() else { return Vec::new() };
        let mut dirs = Vec::new();
        walk(&main.dir, true, &mut dirs);
        let mut out = Vec::new();
        for d in dirs {
            let rel = d.strip_prefix(&main.dir).unwrap_or(Path::new(""));
            let path = join_path(&main.path, rel);
            if pattern_matches(arg, &path) {
                let id = self.package_in_dir(&d, &path, Some(0));
                if self.package(id).error.is_none() {
                    out.push(id);
                }
            }
        }
        out
    }

    /// Walks the import graph from `roots` (their non-test files), loading every package
    /// reached; returns the errors in the go command's words and order.
    pub fn load_imports(&mut self, roots: &[PkgId]) -> Vec<LoadError> {
        let mut errors = Vec::new();
        let mut stack = Vec::new();
        for &r in roots {
            if let Some(e) = self.pkgs[r.0].error.clone() {
                let text = if e.starts_with("no Go files") || e.starts_with("found packages") { e } else { format!("package {}: {}", self.pkgs[r.0].import_path, e) };
                errors.push(LoadError { text });
                continue;
            }
            self.visit(r, &mut stack, &mut errors);
        }
        errors
    }

    fn visit(&mut self, id: PkgId, stack: &mut Vec<PkgId>, errors: &mut Vec<LoadError>) {
        if self.graph.done.contains(&id) {
            return;
        }
        stack.push(id);
        let imports = self.resolve_part(id, Part::Lib, errors, stack);
        for (_, r) in imports {
            let Resolved::Pkg(q) = r else { continue };
            if let Some(e) = self.pkgs[q.0].error.clone() {
                if self.graph.done.insert(q) {
                    errors.push(LoadError { text: self.stack_text(stack, Some((q, &e))) });
                }
                continue;
            }
            if stack.contains(&q) {
                errors.push(LoadError { text: self.stack_text(stack, Some((q, "import cycle not allowed"))) });
                continue;
            }
            self.visit(q, stack, errors);
        }
        stack.pop();
        self.graph.done.insert(id);
    }

    /// The go command's errors for `//go:embed` patterns of one part of a package that
    /// match no file or are malformed (`x.go:5:12: pattern a*: no matching files found`).
    fn embed_errors(&self, id: PkgId, part: Part) -> Vec<LoadError> {
        let pkg = &self.pkgs[id.0];
        let files = match part {
            Part::Lib => &pkg.files,
            Part::Test => &pkg.test_files,
            Part::XTest => &pkg.xtest_files,
        };
        let mut errors = Vec::new();
        for f in files {
            let directives = lexer::embed::embed_directives(&f.src);
            if directives.is_empty() {
                continue;
            }
            let lines = lexer::LineIndex::new(&f.src);
            let shown = self.short_path(&f.path);
            for d in directives {
                let Ok(patterns) = d.patterns else { continue };
                for (pattern, at) in patterns {
                    if let Err(e) = crate::embed::resolve(&pkg.dir, &pattern) {
                        let (line, col) = lines.line_col(at as u32);
                        let file = shown.strip_prefix("./").unwrap_or(&shown);
                        errors.push(LoadError { text: format!("{}:{}:{}: pattern {}: {}", file, line, col, pattern, e) });
                    }
                }
            }
        }
        errors
    }

    /// Resolves the imports of one part of a package (once), reporting unresolvable paths and
    /// `internal/` violations positioned at the import.
    fn resolve_part(&mut self, id: PkgId, part: Part, errors: &mut Vec<LoadError>, stack: &[PkgId]) -> Vec<(String, Resolved)> {
        if let Some(r) = self.graph.imports.get(&(id, part)) {
            return r.clone();
        }
        let specs: Vec<(PathBuf, crate::header::ImportSpec)> = self.pkgs[id.0].imports(part).map(|(f, i)| (f.path.clone(), i.clone())).collect();
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        let mut own_errors = Vec::new();
        let mut internal_errors = Vec::new();
        for (file, spec) in specs {
            if spec.path == "C" || !seen.insert(spec.path.clone()) {
                continue;
            }
            // Load errors name files relative to the working directory without `./`.
            let shown = self.short_path(&file);
            let pos = format!("{}:{}:{}", shown.strip_prefix("./").unwrap_or(&shown), spec.line, spec.col);
            match self.resolve(&spec.path) {
                Ok(r) => {
                    if !self.internal_allowed(id, &spec.path, r) {
                        let mut text = self.stack_text(stack, None);
                        text.push_str(&format!("\n\t{}: use of internal package {} not allowed", pos, spec.path));
                        internal_errors.push(LoadError { text });
                        continue;
                    }
                    out.push((spec.path.clone(), r));
                }
                Err(e) => own_errors.push(LoadError { text: format!("{}: {}", pos, e) }),
            }
        }
        own_errors.extend(self.embed_errors(id, part));
        errors.extend(own_errors);
        errors.extend(internal_errors);
        self.graph.imports.insert((id, part), out.clone());
        out
    }

    /// `package ROOT\n\timports A\n\timports B: message` for the import stack (plus `last`).
    fn stack_text(&self, stack: &[PkgId], last: Option<(PkgId, &str)>) -> String {
        let mut text = String::new();
        for (i, p) in stack.iter().enumerate() {
            if i == 0 {
                text.push_str(&format!("package {}", self.pkgs[p.0].import_path));
            } else {
                text.push_str(&format!("\n\timports {}", self.pkgs[p.0].import_path));
            }
        }
        if let Some((q, msg)) = last {
            text.push_str(&format!("\n\timports {}: {}", self.pkgs[q.0].import_path, msg));
        }
        text
    }

    /// `a/b/internal/c` may be imported only from `a/b` and the packages below it.
    fn internal_allowed(&self, importer: PkgId, path: &str, r: Resolved) -> bool {
        let elems: Vec<&str> = path.split('/').collect();
        let Some(i) = elems.iter().rposition(|e| *e == "internal") else { return true };
        let parent = elems[..i].join("/");
        match r {
            Resolved::Std => {
                // Standard-library internals are for the standard library.
                false
            }
            Resolved::Pkg(q) => {
                let imp = &self.pkgs[importer.0];
                if imp.import_path == "command-line-arguments" {
                    // Files named on the command line: by directory.
                    let target = &self.pkgs[q.0].dir;
                    let depth = elems.len() - i;
                    let mut root = target.clone();
                    for _ in 0..depth {
                        root.pop();
                    }
                    return imp.dir.starts_with(&root);
                }
                parent.is_empty() || imp.import_path == parent || imp.import_path.starts_with(&format!("{}/", parent))
            }
        }
    }

    /// The packages a program of `roots` consists of (their non-test imports, transitively),
    /// dependencies before dependents, and the resolved imports of each.
    pub fn closure(&self, roots: &[(PkgId, Part)]) -> Vec<PkgId> {
        let mut order = Vec::new();
        let mut seen = HashSet::new();
        for &(r, part) in roots {
            self.post_order(r, part, &mut seen, &mut order);
        }
        order
    }

    fn post_order(&self, id: PkgId, part: Part, seen: &mut HashSet<(PkgId, Part)>, order: &mut Vec<PkgId>) {
        if !seen.insert((id, part)) {
            return;
        }
        for (_, r) in self.graph.imports.get(&(id, part)).map(|v| v.as_slice()).unwrap_or(&[]) {
            if let Resolved::Pkg(q) = r {
                self.post_order(*q, Part::Lib, seen, order);
            }
        }
        if !order.contains(&id) {
            order.push(id);
        }
    }

    /// The resolved imports of a package part (after loading).
    pub fn imports_of(&self, id: PkgId, part: Part) -> &[(String, Resolved)] {
        self.graph.imports.get(&(id, part)).map(|v| v.as_slice()).unwrap_or(&[])
    }

    /// Loads what the tests of `id` import (its `_test.go` files of both kinds), after
    /// [`Loader::load_imports`] loaded the package itself. Errors are the go command's,
    /// including `import cycle not allowed in test` when an in-package test imports a
    /// package that imports the package under test.
    pub fn load_test_imports(&mut self, id: PkgId) -> Vec<LoadError> {
        let mut errors = Vec::new();
        for part in [Part::Test, Part::XTest] {
            let stack = vec![id];
            let imports = self.resolve_part(id, part, &mut errors, &stack);
            for (_, r) in imports {
                let Resolved::Pkg(q) = r else { continue };
                if q == id {
                    if part == Part::Test {
                        errors.push(LoadError { text: self.stack_text(&[id], Some((id, "import cycle not allowed in test"))) });
                    }
                    continue;
                }
                if let Some(e) = self.pkgs[q.0].error.clone() {
                    errors.push(LoadError { text: self.stack_text(&stack, Some((q, &e))) });
                    continue;
                }
                let mut st = vec![id];
                self.visit(q, &mut st, &mut errors);
                if part == Part::Test {
                    if let Some(path) = self.path_to(q, id) {
                        let mut chain = vec![id];
                        chain.extend(path.iter().copied());
                        let last = chain.pop().unwrap_or(id);
                        errors.push(LoadError { text: self.stack_text(&chain, Some((last, "import cycle not allowed in test"))) });
                    }
                }
            }
        }
        errors
    }

    /// An import chain from `from` to `to` (both included), through non-test imports.
    fn path_to(&self, from: PkgId, to: PkgId) -> Option<Vec<PkgId>> {
        let mut seen = HashSet::new();
        let mut path = Vec::new();
        fn dfs(l: &Loader, at: PkgId, to: PkgId, seen: &mut HashSet<PkgId>, path: &mut Vec<PkgId>) -> bool {
            path.push(at);
            if at == to {
                return true;
            }
            if seen.insert(at) {
                for (_, r) in l.imports_of(at, Part::Lib) {
                    if let Resolved::Pkg(q) = r {
                        if dfs(l, *q, to, seen, path) {
                            return true;
                        }
                    }
                }
            }
            path.pop();
            false
        }
        dfs(self, from, to, &mut seen, &mut path).then_some(path)
    }
}

/// Whether an import path is a package of Go's standard library (Go 1.23).
pub fn is_go_std(path: &str) -> bool {
    static LIST: &str = include_str!("go_std_packages.txt");
    LIST.lines().any(|l| l == path)
}

/// A package named on the command line.
#[derive(Clone, Debug, PartialEq)]
pub enum Match {
    Pkg(PkgId),
    /// A standard-library package (by import path).
    Std(String),
}

/// The part of `path` below module path `module` (`""` for the module's root package).
fn sub_path<'a>(path: &'a str, module: &str) -> Option<&'a str> {
    if path == module {
        return Some("");
    }
    path.strip_prefix(module)?.strip_prefix('/')
}

fn join_path(module: &str, rel: &Path) -> String {
    let rel = rel.to_string_lossy().replace('\\', "/");
    if rel.is_empty() {
        module.to_string()
    } else {
        format!("{}/{}", module, rel)
    }
}

/// Whether a directory below `root` belongs to another module (a go.mod between them).
fn in_nested_module(root: &Path, dir: &Path) -> bool {
    let mut d = dir.to_path_buf();
    while d.starts_with(root) && d != root {
        if d.join("go.mod").is_file() {
            return true;
        }
        if !d.pop() {
            break;
        }
    }
    false
}

fn has_go_files(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut e| e.any(|e| e.is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".go") && e.path().is_file())))
}

/// Directories of a tree that may hold packages, sorted (the go command's order).
fn walk(dir: &Path, top: bool, out: &mut Vec<PathBuf>) {
    if !top {
        let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name.starts_with('.') || name.starts_with('_') || name == "testdata" || dir.join("go.mod").is_file() {
            return;
        }
    }
    out.push(dir.to_path_buf());
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut subdirs: Vec<PathBuf> = entries.filter_map(|e| e.ok()).filter(|e| e.file_type().is_ok_and(|t| t.is_dir())).map(|e| e.path()).collect();
    subdirs.sort();
    for s in subdirs {
        walk(&s, false, out);
    }
}

/// Whether an import path matches a pattern with `...` wildcards (`x/...` also matches `x`).
pub fn pattern_matches(pattern: &str, path: &str) -> bool {
    if let Some(prefix) = pattern.strip_suffix("/...") {
        if path == prefix {
            return true;
        }
    }
    fn m(p: &[u8], s: &[u8]) -> bool {
        match p.iter().position(|_| true) {
            None => s.is_empty(),
            Some(_) => {
                if p.starts_with(b"...") {
                    (0..=s.len()).any(|i| m(&p[3..], &s[i..]))
                } else {
                    !s.is_empty() && p[0] == s[0] && m(&p[1..], &s[1..])
                }
            }
        }
    }
    m(pattern.as_bytes(), path.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns() {
        assert!(pattern_matches("example.com/m/...", "example.com/m"));
        assert!(pattern_matches("example.com/m/...", "example.com/m/a/b"));
        assert!(!pattern_matches("example.com/m/...", "example.com/mx"));
        assert!(pattern_matches("example.com/m/.../b", "example.com/m/a/b"));
        assert!(pattern_matches("example.com/m...", "example.com/mx"));
    }
}
