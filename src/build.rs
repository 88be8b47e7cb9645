//! From command-line arguments to a checked program: the package loader (`load`) finds the
//! packages, an importer serves their files to the type checker, and compile errors are
//! reported per package as the go command does (`# import/path` headers, paths relative to
//! the working directory, only packages whose dependencies compiled).

use load::{GoFile, Loader, Part, PkgId, Resolved};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::process::ExitCode;

/// Serves packages to the type checker: the standard library (embedded sources) and
/// packages on disk, found through the loader when first imported.
pub struct PkgImporter {
    pub loader: RefCell<Loader>,
    /// Packages whose files are given rather than read from the loader (the package under
    /// test with its `_test.go` files, the external test package).
    pub overrides: HashMap<String, Vec<GoFile>>,
    /// Import paths served from disk (their files carry display paths already).
    served: RefCell<HashSet<String>>,
    /// Packages whose compile errors were printed (each is reported once per command).
    reported: RefCell<HashSet<String>>,
    /// The directory of each file served from disk, by the name the checker knows it by
    /// (`//go:embed` patterns are relative to it).
    dirs: RefCell<HashMap<String, PathBuf>>,
}

impl PkgImporter {
    pub fn new(loader: Loader) -> PkgImporter {
        PkgImporter { loader: RefCell::new(loader), overrides: HashMap::new(), served: RefCell::new(HashSet::new()), reported: RefCell::new(HashSet::new()), dirs: RefCell::new(HashMap::new()) }
    }

    fn files(&self, files: &[GoFile]) -> Vec<(String, String)> {
        let l = self.loader.borrow();
        let mut dirs = self.dirs.borrow_mut();
        files
            .iter()
            .map(|f| {
                let shown = l.short_path(&f.path);
                if let Some(dir) = f.path.parent() {
                    dirs.insert(shown.clone(), dir.to_path_buf());
                }
                (shown, f.src.clone())
            })
            .collect()
    }
}

impl types::Importer for PkgImporter {
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
        if let Some(files) = self.overrides.get(path) {
            self.served.borrow_mut().insert(path.to_string());
            return Some(self.files(files));
        }
        let resolved = {
            let mut l = self.loader.borrow_mut();
            if l.is_std(path) {
                return stdlib::package_files(path);
            }
            l.resolve(path)
        };
        match resolved {
            Ok(Resolved::Pkg(id)) => {
                let files = self.loader.borrow().package(id).files.clone();
                if files.is_empty() {
                    return None;
                }
                self.served.borrow_mut().insert(path.to_string());
                Some(self.files(&files))
            }
            _ => stdlib::package_files(path),
        }
    }

    fn embed_files(&self, file: &str, patterns: &[String]) -> Result<Vec<(String, Vec<u8>)>, String> {
        let dir = self.dirs.borrow().get(file).cloned().ok_or_else(|| format!("minigo bug: no directory known for {}", file))?;
        let mut names = Vec::new();
        for p in patterns {
            names.extend(load::embed::resolve(&dir, p).map_err(|e| format!("pattern {}: {}", p, e))?);
        }
        names.sort();
        names.dedup();
        names
            .into_iter()
            .map(|name| match std::fs::read(dir.join(&name)) {
                Ok(data) => Ok((name, data)),
                Err(e) => Err(format!("cannot embed {}: {}", name, e)),
            })
            .collect()
    }

    fn lazy_bodies(&self, import_path: &str) -> bool {
        // Served from the embedded standard library (not from disk, not overridden).
        !self.served.borrow().contains(import_path) && !self.overrides.contains_key(import_path)
    }

    fn missing_message(&self, import_path: &str) -> Option<String> {
        let mut l = self.loader.borrow_mut();
        if l.is_std(import_path) {
            return None;
        }
        l.resolve(import_path).err()
    }

    fn prefetch_source(&self) -> Option<fn(&str) -> Option<Vec<(String, String)>>> {
        // The lazily checked packages are the embedded standard library's.
        Some(stdlib::package_files)
    }

    fn file_path(&self, import_path: &str, name: &str) -> String {
        if self.served.borrow().contains(import_path) {
            name.to_string()
        } else {
            format!("$GOROOT/src/{}/{}", import_path, name)
        }
    }
}

/// The loader for the working directory; errors (go.mod problems) are printed.
pub fn new_loader(tags: &[String]) -> Result<Loader, ExitCode> {
    let cwd = std::env::current_dir().map_err(|e| {
        eprintln!("minigo: cannot get the working directory: {}", e);
        ExitCode::from(1)
    })?;
    let target = load::Target { tags: tags.to_vec(), ..load::Target::default() };
    Loader::new(cwd, target, Box::new(|p: &str| stdlib::package_files(p).is_some())).map_err(|e| {
        eprintln!("{}", e);
        ExitCode::from(1)
    })
}

/// Build flags before the package arguments (`-tags a,b`). Returns the flags and the rest.
pub fn build_flags(args: &[String]) -> Result<(Vec<String>, &[String]), String> {
    let mut tags = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        let a2 = a.strip_prefix("--").map(|s| format!("-{}", s)).unwrap_or_else(|| a.clone());
        if let Some(v) = a2.strip_prefix("-tags=") {
            tags.extend(split_tags(v));
        } else if a2 == "-tags" {
            i += 1;
            let v = args.get(i).ok_or("flag needs an argument: -tags")?;
            tags.extend(split_tags(v));
        } else if a2.starts_with('-') && a2 != "-" {
            return Err(format!("flag provided but not defined: {}", a));
        } else {
            break;
        }
        i += 1;
    }
    Ok((tags, &args[i..]))
}

fn split_tags(v: &str) -> Vec<String> {
    v.split([',', ' ']).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// A program to check: its root package and how to report on it.
pub struct Program {
    /// The root package's path for the checker (`main` for programs to run).
    pub check_path: String,
    /// Its import path as the go command shows it (`command-line-arguments`, `example.com/m/cmd/x`).
    pub import_path: String,
    pub files: Vec<GoFile>,
    /// The root package in the loader (for dependency-aware error reports).
    pub root: Option<PkgId>,
    /// Parts of the root whose imports count as dependencies (tests add theirs).
    pub root_parts: Vec<Part>,
    /// `os.Args[0]`.
    pub arg0: String,
    /// For a test program, the import path of the package under test (its packages'
    /// error headers read `# path [path.test]`).
    pub test_of: Option<String>,
}

/// Prints load errors; exit status 1.
pub fn report_load_errors(errors: &[load::LoadError]) -> ExitCode {
    for e in errors {
        eprintln!("{}", e.text);
    }
    ExitCode::from(1)
}

/// Runs the type checker over a program on a thread with a big stack. `header`: print the
/// `# path` line(s) before errors (as `go run`/`go build` do). Returns the typed IR with
/// runtime paths (absolute for files on disk), and the importer for the next program.
pub fn check(importer: PkgImporter, prog: &Program, leak: bool, header: bool) -> (Result<types::tir::Program, ExitCode>, PkgImporter) {
    let t0 = std::time::Instant::now();
    let root_files: Vec<(String, String)> = importer.files(&prog.files);
    let check_path = prog.check_path.clone();
    let (result, importer) = crate::with_big_stack(move || {
        let r = types::check_package_program(&check_path, root_files, &importer, types::Options { leak_syntax_trees: leak, ..Default::default() });
        (r, importer)
    });
    crate::timing("check", t0);
    let result = {
        let loader = importer.loader.borrow();
        // Display path → absolute path and package of every file read from disk.
        let mut abs: HashMap<String, PathBuf> = HashMap::new();
        let mut owner: HashMap<String, String> = HashMap::new();
        let mut bad_utf8: HashMap<String, Vec<usize>> = HashMap::new();
        let mut note = |f: &GoFile, pkg: &str| {
            let shown = loader.short_path(&f.path);
            if !f.bad_utf8.is_empty() {
                bad_utf8.entry(shown.clone()).or_insert_with(|| f.bad_utf8.clone());
            }
            abs.entry(shown.clone()).or_insert_with(|| f.path.clone());
            owner.entry(shown).or_insert_with(|| pkg.to_string());
        };
        for f in &prog.files {
            note(f, &prog.import_path);
        }
        for (path, fs) in &importer.overrides {
            for f in fs {
                note(f, path);
            }
        }
        for (_, p) in loader.packages() {
            for f in p.files.iter() {
                note(f, &p.import_path);
            }
        }
        // Invalid UTF-8 in a file of the program is a compile error of its package.
        let result = match result {
            Ok(p) if p.files.iter().any(|f| bad_utf8.contains_key(&f.path)) => Err((p.files, Vec::new())),
            r => r,
        };
        let result = match result {
            Err((files, diags)) if !bad_utf8.is_empty() => {
                let bad: Vec<(u32, Vec<usize>)> = files.iter().enumerate().filter_map(|(i, f)| Some((i as u32, bad_utf8.get(&f.path)?.clone()))).collect();
                let diags = crate::source::merge_utf8_errors(&files, diags, &bad);
                Err((files, diags))
            }
            r => r,
        };
        match result {
            Ok(mut p) => {
                for f in &mut p.files {
                    if let Some(a) = abs.get(&f.path) {
                        f.path = a.to_string_lossy().into_owned();
                    }
                }
                Ok(p)
            }
            Err((files, diags)) => {
                report_by_package(&loader, &files, &diags, &owner, prog, header, &mut importer.reported.borrow_mut());
                Err(ExitCode::from(1))
            }
        }
    };
    (result, importer)
}

/// Prints compile errors grouped by package, only for packages whose own dependencies
/// compiled (gc never compiles a package whose imports failed).
fn report_by_package(loader: &Loader, files: &[types::tir::SourceFile], diags: &[types::Diagnostic], owner: &HashMap<String, String>, prog: &Program, header: bool, reported: &mut HashSet<String>) {
    let (root_path, root, root_parts) = (prog.import_path.as_str(), prog.root, prog.root_parts.as_slice());
    let pkg_of = |d: &types::Diagnostic| owner.get(&files[d.file as usize].path).cloned().unwrap_or_else(|| root_path.to_string());
    let failed: HashSet<String> = diags.iter().map(pkg_of).collect();
    // User-package dependencies by import path.
    let deps_of = |path: &str| -> Vec<String> {
        let id = if path == root_path { root } else { loader.packages().find(|(_, p)| p.import_path == path).map(|(id, _)| id) };
        let Some(id) = id else { return Vec::new() };
        let parts: &[Part] = if path == root_path { root_parts } else { &[Part::Lib] };
        let roots: Vec<(PkgId, Part)> = parts.iter().map(|p| (id, *p)).collect();
        loader.closure(&roots).into_iter().filter(|q| *q != id).map(|q| loader.package(q).import_path.clone()).collect()
    };
    let mut order: Vec<String> = Vec::new();
    for d in diags {
        let p = pkg_of(d);
        if !order.contains(&p) {
            order.push(p);
        }
    }
    // Dependencies first.
    order.sort_by_key(|p| (p == root_path, deps_of(p).len()));
    for p in order {
        if deps_of(&p).iter().any(|d| failed.contains(d) && *d != p) || !reported.insert(p.clone()) {
            continue;
        }
        let pd: Vec<types::Diagnostic> = diags.iter().filter(|d| pkg_of(d) == p).cloned().collect();
        let shown = match &prog.test_of {
            Some(t) if p == *t || p == format!("{}_test", t) => format!("{} [{}.test]", p, t),
            _ => p.clone(),
        };
        crate::diag::report(files, &pd, if header { Some(&shown) } else { None });
    }
}

/// `minigo run` arguments: `FILE.go... [args]` or `PACKAGE [args]`.
pub fn run_program(args: &[String]) -> Result<(PkgImporter, Program, Vec<String>), ExitCode> {
    let (tags, rest) = build_flags(args).map_err(|e| {
        eprintln!("{}", e);
        ExitCode::from(2)
    })?;
    if rest.is_empty() {
        eprintln!("go: no go files listed");
        return Err(ExitCode::from(1));
    }
    let mut loader = new_loader(&tags)?;
    let fail = |msg: String| {
        eprintln!("{}", msg);
        ExitCode::from(1)
    };
    let (root, prog_args) = if rest[0].ends_with(".go") {
        let n = rest.iter().position(|a| !a.ends_with(".go")).unwrap_or(rest.len());
        (loader.files_package(&rest[..n]).map_err(fail)?, rest[n..].to_vec())
    } else {
        let matched = loader.match_patterns(&rest[..1]).map_err(|e| fail(e.join("\n")))?;
        let root = match matched.as_slice() {
            [load::Match::Pkg(id)] => *id,
            [load::Match::Std(p)] => return Err(fail(format!("package {} is not a main package", p))),
            [] => return Err(fail(format!("go: no packages loaded from {}", rest[0]))),
            many => {
                let names: Vec<String> = many
                    .iter()
                    .map(|m| match m {
                        load::Match::Pkg(id) => loader.package(*id).import_path.clone(),
                        load::Match::Std(p) => p.clone(),
                    })
                    .collect();
                return Err(fail(format!("go: pattern {} matches multiple packages:\n\t{}", rest[0], names.join("\n\t"))));
            }
        };
        (root, rest[1..].to_vec())
    };
    let errors = loader.load_imports(&[root]);
    if !errors.is_empty() {
        return Err(report_load_errors(&errors));
    }
    let pkg = loader.package(root).clone();
    if pkg.name != "main" {
        let shown = if pkg.import_path == "command-line-arguments" { "command-line-arguments".to_string() } else { pkg.import_path.clone() };
        return Err(fail(format!("package {} is not a main package", shown)));
    }
    let arg0 = if pkg.import_path == "command-line-arguments" { rest[0].clone() } else { pkg.import_path.rsplit('/').next().unwrap_or("main").to_string() };
    let import_path = pkg.import_path.clone();
    let prog = Program { check_path: "main".into(), import_path, files: pkg.files, root: Some(root), root_parts: vec![Part::Lib], arg0, test_of: None };
    Ok((PkgImporter::new(loader), prog, prog_args))
}

/// Packages for `check`/`disasm`: `.go` files (one package) or package patterns (default
/// `.`). Each comes back as a program rooted at that package.
pub fn packages(args: &[String]) -> Result<(PkgImporter, Vec<Program>), ExitCode> {
    let (tags, rest) = build_flags(args).map_err(|e| {
        eprintln!("{}", e);
        ExitCode::from(2)
    })?;
    let mut loader = new_loader(&tags)?;
    let fail = |msg: String| {
        eprintln!("{}", msg);
        ExitCode::from(1)
    };
    let roots: Vec<PkgId> = if rest.first().is_some_and(|a| a.ends_with(".go")) {
        vec![loader.files_package(rest).map_err(fail)?]
    } else {
        let pats: Vec<String> = if rest.is_empty() { vec![".".into()] } else { rest.to_vec() };
        let matched = loader.match_patterns(&pats).map_err(|e| fail(e.join("\n")))?;
        let mut ids = Vec::new();
        for m in matched {
            match m {
                load::Match::Pkg(id) => ids.push(id),
                load::Match::Std(p) => return Err(fail(format!("minigo: {} is a standard-library package (checking those is not supported)", p))),
            }
        }
        ids
    };
    let errors = loader.load_imports(&roots);
    if !errors.is_empty() {
        return Err(report_load_errors(&errors));
    }
    let mut out = Vec::new();
    for root in roots {
        let pkg = loader.package(root).clone();
        let check_path = if pkg.name == "main" { "main".to_string() } else { pkg.import_path.clone() };
        out.push(Program { check_path, import_path: pkg.import_path.clone(), files: pkg.files, root: Some(root), root_parts: vec![Part::Lib], arg0: String::new(), test_of: None });
    }
    Ok((PkgImporter::new(loader), out))
}
