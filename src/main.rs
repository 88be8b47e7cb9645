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

/// Prepares malloc for `check`, which runs the front end on its own thread and exits: that
/// thread would get a fresh glibc arena, which grows a page or two at a time (about 30,000
/// `mprotect` calls, a fifth of the time, for a 50,000-line program). With one arena the
/// thread allocates from the main heap, which grows by `M_TOP_PAD` at a time. Not for `run`:
/// the VM's worker threads keep their own arenas.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn malloc_for_front_end() {
    extern "C" {
        fn mallopt(param: i32, value: i32) -> i32;
    }
    const M_TOP_PAD: i32 = -2;
    const M_ARENA_MAX: i32 = -8;
    // SAFETY: mallopt only sets allocator parameters (it takes the arena lock itself), and
    // is called before any other thread exists.
    unsafe {
        mallopt(M_ARENA_MAX, 1);
        mallopt(M_TOP_PAD, 64 << 20);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn malloc_for_front_end() {}

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

/// Runs the front end. `leak`: the process exits after the check, so its syntax trees are
/// not freed. `header`: print `go run`'s package line before errors.
fn check(file: &str, leak: bool, header: bool) -> Result<types::tir::Program, ExitCode> {
    let src = read_source(file)?;
    let path = diag::display_path(file);
    let abs = diag::absolute_path(file);
    let t0 = std::time::Instant::now();
    let path2 = path.clone();
    let result = with_big_stack(move || types::check_program(vec![(path2, src)], &Importer, types::Options { leak_syntax_trees: leak, ..Default::default() }));
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
        Some(Command::Check { file }) => match {
            malloc_for_front_end();
            check(&file, true, false)
        } {
            Ok(p) => {
                // Exiting: freeing the typed IR would only cost time.
                std::mem::forget(p);
                ExitCode::SUCCESS
            }
            Err(code) => code,
        },
        Some(Command::Run { file, args }) => match check(&file, false, true) {
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
        Some(Command::Disasm { file }) => match check(&file, true, false) {
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
