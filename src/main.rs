//! The `minigo` command: `run`, `check`, `disasm`, `version`, and the REPL.
//!
//! This file parses arguments, renders diagnostics and maps outcomes to exit codes; the
//! work happens in the pipeline crates.

mod diag;
mod repl;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "minigo", about = "A Go interpreter with parallel, preemptive goroutines", disable_version_flag = true, after_help = "Without a command, minigo starts a REPL (:help inside it lists its commands).")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Compile and run a Go program, like `go run`.
    Run {
        file: String,
        /// Arguments passed to the program (os.Args[1:]).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Type-check a Go program without running it.
    Check { file: String },
    /// Print the bytecode of a Go program.
    Disasm { file: String },
    /// Print the version.
    Version,
}

struct Importer;

impl types::Importer for Importer {
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
        stdlib::package_files(path)
    }
}

/// Runs `f` on a thread with a large stack: the front end recurses over the syntax tree.
fn with_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(f)
        .expect("minigo bug: cannot spawn the front-end thread")
        .join()
        .unwrap_or_else(|_| {
            eprintln!("minigo bug: the front end panicked");
            std::process::exit(3)
        })
}

fn read_source(file: &str) -> Result<String, ExitCode> {
    std::fs::read(file)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .map_err(|e| {
            eprintln!("minigo: cannot read {}: {}", file, e);
            ExitCode::from(1)
        })
}

/// Runs the front end. `header`: print `go run`'s package line before errors.
fn check(file: &str, header: bool) -> Result<types::tir::Program, ExitCode> {
    let src = read_source(file)?;
    let path = diag::display_path(file);
    let abs = diag::absolute_path(file);
    let t0 = std::time::Instant::now();
    let path2 = path.clone();
    let result = with_big_stack(move || types::check_program(vec![(path2, src)], &Importer, types::Options::default()));
    timing("check", t0);
    match result {
        Ok(mut p) => {
            // Run-time positions (tracebacks, runtime.Caller) use the absolute path.
            for f in &mut p.files {
                if f.path == path {
                    f.path = abs.clone();
                }
            }
            Ok(p)
        }
        Err((files, diags)) => {
            diag::report(&files, &diags, header);
            Err(ExitCode::from(1))
        }
    }
}

/// Reports what the compiler could not handle; exit status 1 like a compile error.
fn compile_errors(errors: &[String]) -> ExitCode {
    for e in errors {
        eprintln!("{}", e);
    }
    ExitCode::from(1)
}

/// With `MINIGO_TIMING` set, reports how long a phase took on stderr.
fn timing(phase: &str, since: std::time::Instant) {
    if std::env::var_os("MINIGO_TIMING").is_some() {
        eprintln!("minigo: {} {:.1} ms", phase, since.elapsed().as_secs_f64() * 1e3);
    }
}

fn stdlib_natives(name: &str) -> Option<vm::native::NativeFn> {
    stdlib::native(name)
}

/// `os.Args`: the program path followed by its arguments.
fn set_args(file: &str, args: Vec<String>) {
    let mut all = vec![file.to_string()];
    all.extend(args);
    stdlib::set_args(all);
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { file }) => match check(&file, false) {
            Ok(_) => ExitCode::SUCCESS,
            Err(code) => code,
        },
        Some(Command::Run { file, args }) => match check(&file, true) {
            Ok(tir) => {
                let t0 = std::time::Instant::now();
                let prog = match compile::compile(tir, &stdlib_natives) {
                    Ok(p) => p,
                    Err(errors) => return compile_errors(&errors),
                };
                timing("compile", t0);
                set_args(&file, args);
                let t0 = std::time::Instant::now();
                let outcome = vm::start::run(prog);
                timing("run", t0);
                outcome.exit_process()
            }
            Err(code) => code,
        },
        Some(Command::Disasm { file }) => match check(&file, false) {
            Ok(tir) => {
                let prog = match compile::compile(tir, &stdlib_natives) {
                    Ok(p) => p,
                    Err(errors) => return compile_errors(&errors),
                };
                print!("{}", vm::disasm::disassemble(prog, |name| !name.starts_with("runtime.") || name == "runtime.init"));
                ExitCode::SUCCESS
            }
            Err(code) => code,
        },
        Some(Command::Version) => {
            println!("minigo version {} (Go 1.23 semantics)", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        None => repl::main(),
    }
}
