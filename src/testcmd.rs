//! `minigo test`: runs the tests of packages as `go test` does. For each package the
//! command checks the test program (the package with its `_test.go` files, the external
//! `_test` package, and a generated main that calls package testing), then runs it as a
//! child process (`minigo __testbin`) in the package's directory, as the go command runs a
//! test binary, and prints its output and the `ok`/`FAIL` summary line.

use crate::build::{self, PkgImporter, Program};
use load::testfuncs::{self, TestFunc};
use load::{GoFile, Loader, Part, PkgId};
use std::io::{Read, Write};
use std::process::ExitCode;
use std::time::Instant;

/// The flags of `go test` minigo handles, as passed on to the test program.
#[derive(Default)]
struct Flags {
    verbose: bool,
    run: Option<String>,
    bench: Option<String>,
    count: Option<String>,
    timeout: Option<String>,
    benchtime: Option<String>,
    short: bool,
    tags: Vec<String>,
}

impl Flags {
    /// The test program's arguments (`-test.v=true`, ...).
    fn test_args(&self) -> Vec<String> {
        let mut a = Vec::new();
        if self.verbose {
            a.push("-test.v=true".to_string());
        }
        if self.short {
            a.push("-test.short=true".to_string());
        }
        for (name, v) in [("run", &self.run), ("bench", &self.bench), ("count", &self.count), ("benchtime", &self.benchtime)] {
            if let Some(v) = v {
                a.push(format!("-test.{}={}", name, v));
            }
        }
        // The go command's default timeout is ten minutes.
        a.push(format!("-test.timeout={}", self.timeout.clone().unwrap_or_else(|| "10m0s".into())));
        a
    }
}

/// Splits `minigo test` arguments into flags and package patterns.
fn parse_args(args: &[String]) -> Result<(Flags, Vec<String>), String> {
    let mut f = Flags::default();
    let mut pkgs = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if !a.starts_with('-') || a == "-" {
            pkgs.push(a.clone());
            i += 1;
            continue;
        }
        let body = a.trim_start_matches('-');
        let body = body.strip_prefix("test.").unwrap_or(body);
        let (name, inline) = match body.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (body, None),
        };
        let mut value = || -> Result<String, String> {
            if let Some(v) = &inline {
                return Ok(v.clone());
            }
            i += 1;
            args.get(i).cloned().ok_or_else(|| format!("flag needs an argument: -{}", name))
        };
        match name {
            "v" => f.verbose = inline.as_deref().is_none_or(|v| v == "true"),
            "short" => f.short = inline.as_deref().is_none_or(|v| v == "true"),
            "run" => f.run = Some(value()?),
            "bench" => f.bench = Some(value()?),
            "count" => f.count = Some(value()?),
            "timeout" => f.timeout = Some(value()?),
            "benchtime" => f.benchtime = Some(value()?),
            "tags" => f.tags.extend(value()?.split([',', ' ']).filter(|s| !s.is_empty()).map(str::to_string)),
            _ => return Err(format!("flag provided but not defined: {}", a)),
        }
        i += 1;
    }
    Ok((f, pkgs))
}

/// The test program of package `root`: its files with the `_test.go` files of the same
/// package, the external test package, and the generated main.
fn test_program(loader: Loader, root: PkgId) -> (PkgImporter, Program) {
    let pkg = loader.package(root).clone();
    let scan = |files: &[GoFile]| -> Vec<TestFunc> { files.iter().flat_map(|f| testfuncs::scan(&f.src)).collect() };
    let (test, xtest) = (scan(&pkg.test_files), scan(&pkg.xtest_files));
    let src = testfuncs::test_main(&pkg.import_path, &test, &xtest, !pkg.test_files.is_empty());
    let main = GoFile { name: "_testmain.go".into(), path: pkg.dir.join("_testmain.go"), header: load::header::scan(&src), src, bad_utf8: Vec::new() };
    let mut importer = PkgImporter::new(loader);
    let mut lib = pkg.files.clone();
    lib.extend(pkg.test_files.iter().cloned());
    importer.overrides.insert(pkg.import_path.clone(), lib);
    if !pkg.xtest_files.is_empty() {
        importer.overrides.insert(format!("{}_test", pkg.import_path), pkg.xtest_files.clone());
    }
    let last = pkg.import_path.rsplit('/').next().unwrap_or("pkg").to_string();
    let prog = Program {
        check_path: "main".into(),
        import_path: format!("{}.test", pkg.import_path),
        files: vec![main],
        root: Some(root),
        root_parts: vec![Part::Lib, Part::Test, Part::XTest],
        arg0: format!("/tmp/go-build/{}.test", last),
        test_of: Some(pkg.import_path.clone()),
    };
    (importer, prog)
}

/// `minigo test [flags] [packages]`.
pub fn test_command(args: &[String]) -> ExitCode {
    let (flags, patterns) = match parse_args(args) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("{}", e);
            return ExitCode::from(2);
        }
    };
    // Without package arguments, `go test` runs in local directory mode: the test
    // program's output is always shown and no final FAIL line is printed.
    let local_mode = patterns.is_empty();
    let patterns = if local_mode { vec![".".to_string()] } else { patterns };
    let mut loader = match build::new_loader(&flags.tags) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let matched = match loader.match_patterns(&patterns) {
        Ok(m) => m,
        Err(errors) => {
            for e in errors {
                eprintln!("{}", e);
            }
            return ExitCode::from(1);
        }
    };
    let mut roots = Vec::new();
    for m in matched {
        match m {
            load::Match::Pkg(id) => roots.push(id),
            load::Match::Std(p) => {
                eprintln!("minigo: testing standard-library package {} is not supported", p);
                return ExitCode::from(1);
            }
        }
    }
    let stdout = std::io::stdout();
    // Packages without test files are reported first (the go command has nothing to
    // build for them and prints their line at once).
    let mut all_ok = true;
    // The packages and their imports load first: a missing package or an import cycle
    // stops the command before anything runs, as with the go command.
    let errors = loader.load_imports(&roots);
    if !errors.is_empty() {
        return build::report_load_errors(&errors);
    }
    let mut to_test = Vec::new();
    for root in roots {
        let pkg = loader.package(root).clone();
        if pkg.error.is_some() || !pkg.test_files.is_empty() || !pkg.xtest_files.is_empty() {
            to_test.push(root);
            continue;
        }
        // Still compiled: a package that does not build fails.
        let check_path = if pkg.name == "main" { "main".to_string() } else { pkg.import_path.clone() };
        let prog = Program { check_path, import_path: pkg.import_path.clone(), files: pkg.files, root: Some(root), root_parts: vec![Part::Lib], arg0: String::new(), test_of: None };
        let (result, importer) = build::check(PkgImporter::new(loader), &prog, true, true);
        loader = importer.loader.into_inner();
        match result {
            Ok(p) => {
                std::mem::forget(p);
                println!("?   \t{}\t[no test files]", pkg.import_path);
            }
            Err(_) => {
                println!("FAIL\t{} [build failed]", pkg.import_path);
                all_ok = false;
            }
        }
    }
    for root in to_test {
        let pkg = loader.package(root).clone();
        let path = pkg.import_path.clone();
        if let Some(e) = &pkg.error {
            eprintln!("{}", e);
            println!("FAIL\t{} [setup failed]", path);
            all_ok = false;
            continue;
        }
        let mut errors = loader.load_imports(&[root]);
        if errors.is_empty() {
            errors = loader.load_test_imports(root);
        }
        if !errors.is_empty() {
            eprintln!("# {}", path);
            for e in &errors {
                eprintln!("{}", e.text);
            }
            println!("FAIL\t{} [setup failed]", path);
            all_ok = false;
            continue;
        }
        // Check in this process (errors are printed with the package headers).
        let (importer, prog) = test_program(loader, root);
        let (result, importer) = build::check(importer, &prog, true, true);
        loader = importer.loader.into_inner();
        match result {
            Ok(p) => std::mem::forget(p),
            Err(_) => {
                println!("FAIL\t{} [build failed]", path);
                all_ok = false;
                continue;
            }
        }
        let t0 = Instant::now();
        let (output, status) = match run_child(&pkg.dir, &path, &flags) {
            Ok(x) => x,
            Err(e) => {
                eprintln!("minigo: cannot run the test program of {}: {}", path, e);
                return ExitCode::from(1);
            }
        };
        let secs = t0.elapsed().as_secs_f64();
        let mut out = stdout.lock();
        let ok = status == Some(0);
        let text = String::from_utf8_lossy(&output);
        // Passing packages' output is shown with -v, with benchmarks, and in local mode.
        if !ok || flags.verbose || flags.bench.is_some() || local_mode {
            let _ = out.write_all(&output);
        }
        if ok {
            let note = if !local_mode && text.lines().any(|l| l == "testing: warning: no tests to run") { " [no tests to run]" } else { "" };
            let _ = writeln!(out, "ok  \t{}\t{:.3}s{}", path, secs, note);
        } else {
            all_ok = false;
            if local_mode {
                match status {
                    Some(code) => {
                        let _ = writeln!(out, "exit status {}", code);
                    }
                    None => {
                        let _ = writeln!(out, "signal: killed");
                    }
                }
            }
            let _ = writeln!(out, "FAIL\t{}\t{:.3}s", path, secs);
        }
        let _ = out.flush();
    }
    if all_ok {
        ExitCode::SUCCESS
    } else {
        if !local_mode {
            println!("FAIL");
        }
        ExitCode::from(1)
    }
}

/// Runs the test program of the package in `dir` as a child process; returns its combined
/// standard output and error, and its exit status.
fn run_child(dir: &std::path::Path, path: &str, flags: &Flags) -> std::io::Result<(Vec<u8>, Option<i32>)> {
    let exe = std::env::current_exe()?;
    let (mut reader, writer) = std::io::pipe()?;
    let writer2 = writer.try_clone()?;
    let mut cmd = std::process::Command::new(exe);
    cmd.arg("__testbin");
    if !flags.tags.is_empty() {
        cmd.arg(format!("-tags={}", flags.tags.join(",")));
    }
    cmd.arg("-args").args(flags.test_args()).current_dir(dir).env("MINIGO_TEST_PKG", path).stdin(std::process::Stdio::null()).stdout(writer).stderr(writer2);
    let mut child = cmd.spawn()?;
    drop(cmd);
    let mut output = Vec::new();
    reader.read_to_end(&mut output)?;
    let status = child.wait()?;
    Ok((output, status.code()))
}

/// `minigo __testbin [-tags=T] -args ARGS`: builds and runs the test program of the package
/// in the working directory with `ARGS` as its flags (the child side of `minigo test`).
pub fn testbin_command(args: &[String]) -> ExitCode {
    let split = args.iter().position(|a| a == "-args").unwrap_or(args.len());
    let tags: Vec<String> = args[..split].iter().filter_map(|a| a.strip_prefix("-tags=")).flat_map(|v| v.split(',')).filter(|s| !s.is_empty()).map(str::to_string).collect();
    let prog_args: Vec<String> = args.get(split + 1..).map(<[String]>::to_vec).unwrap_or_default();
    let mut loader = match build::new_loader(&tags) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let root = match loader.match_patterns(&[".".to_string()]) {
        Ok(m) => match m.as_slice() {
            [load::Match::Pkg(id)] => *id,
            _ => {
                eprintln!("minigo bug: __testbin: no package in the working directory");
                return ExitCode::from(1);
            }
        },
        Err(errors) => {
            for e in errors {
                eprintln!("{}", e);
            }
            return ExitCode::from(1);
        }
    };
    let mut errors = loader.load_imports(&[root]);
    errors.extend(loader.load_test_imports(root));
    if !errors.is_empty() {
        return build::report_load_errors(&errors);
    }
    let (importer, prog) = test_program(loader, root);
    let tir = match build::check(importer, &prog, false, true).0 {
        Ok(t) => t,
        Err(code) => return code,
    };
    let compiled = match crate::with_big_stack(move || compile::compile(tir, &crate::stdlib_natives)) {
        Ok(p) => p,
        Err(errors) => return crate::compile_errors(&errors),
    };
    crate::set_args(&prog.arg0, prog_args);
    vm::start::run(compiled).exit_process()
}
