//! The `minigo` command: `run`, `check`, `disasm`, `version`, and the REPL.
//!
//! This file parses arguments, renders diagnostics and maps outcomes to exit codes; the
//! work happens in the pipeline crates.

mod build;
mod diag;
mod memory;
mod repl;
mod testcmd;
mod source;

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
    /// Compile and run a Go program, like `go run`: `minigo run [-tags T] FILE.go... [args]`
    /// or `minigo run [-tags T] PACKAGE [args]` (a directory such as `.` or `./cmd/x`, or an
    /// import path of the current module).
    Run {
        /// Build flags, the files or package, then the program's arguments (os.Args[1:]).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true, value_name = "FILES|PACKAGE ARGS")]
        args: Vec<String>,
    },
    /// Type-check Go packages without running them (`.go` files or packages, default `.`).
    Check {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true, value_name = "FILES|PACKAGES")]
        args: Vec<String>,
    },
    /// Print the bytecode of Go packages (`.go` files or packages, default `.`).
    Disasm {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true, value_name = "FILES|PACKAGES")]
        args: Vec<String>,
    },
    /// Test packages, like `go test`: `minigo test [-v] [-run RE] [-count N] [-timeout D]
    /// [-bench RE] [-short] [-tags T] [packages]` (default `.`).
    Test {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true, value_name = "FLAGS|PACKAGES")]
        args: Vec<String>,
    },
    /// The test program of the package in the working directory (run by `minigo test`).
    #[command(name = "__testbin", hide = true)]
    Testbin {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print the version.
    Version,
}

struct Importer;

impl types::Importer for Importer {
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
        stdlib::package_files(path)
    }
}

/// Runs `f` on a thread with a large stack: the front end and the compiler recurse over
/// the syntax tree and the typed IR (a 3,000-arm `else if` chain is 3,000 levels deep).
/// The stack is reserved address space; only the pages a deep program touches are used.
///
/// Each call gets a thread of its own, and that matters for memory: the compiler's thread
/// builds the program on allocator pages of its own, apart from the pages the checker's
/// thread filled (and the compiler frees), so those are wholly free afterwards and go back
/// to the system (`memory::release_front_end_memory`). With check and compile on one
/// thread, a program importing net kept 4 MB more resident when it started.
const STACK_BYTES: usize = 8 << 30;

fn with_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(STACK_BYTES)
        .spawn(f)
        .expect("minigo bug: cannot spawn the front-end thread")
        .join()
        .unwrap_or_else(|_| {
            eprintln!("minigo bug: the front end panicked");
            std::process::exit(3)
        })
}

/// Reports what the compiler could not handle; exit status 1 like a compile error.
fn compile_errors(errors: &[String]) -> ExitCode {
    for e in errors {
        eprintln!("{}", e);
    }
    ExitCode::from(1)
}

/// With `MINIGO_TIMING` set, reports how long a phase took on stderr, with the resident
/// memory at its end and the peak so far (Linux).
fn timing(phase: &str, since: std::time::Instant) {
    if std::env::var_os("MINIGO_TIMING").is_some() {
        let ms = since.elapsed().as_secs_f64() * 1e3;
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let field = |name: &str| {
            status.lines().find_map(|l| l.strip_prefix(name)).and_then(|v| v.trim().strip_suffix(" kB")).and_then(|v| v.trim().parse::<f64>().ok())
        };
        match (field("VmRSS:"), field("VmHWM:")) {
            (Some(rss), Some(peak)) => eprintln!("minigo: {} {:.1} ms (RSS {:.1} MB, peak {:.1} MB)", phase, ms, rss / 1024.0, peak / 1024.0),
            _ => eprintln!("minigo: {} {:.1} ms", phase, ms),
        }
    }
}

fn stdlib_natives(name: &str) -> Option<vm::native::NativeFn> {
    stdlib::native(name)
}

/// `os.Args`: the program path followed by its arguments.
fn set_args(arg0: &str, args: Vec<String>) {
    let mut all = vec![arg0.to_string()];
    all.extend(args);
    stdlib::set_args(all);
}

/// `minigo check`: every package named; errors as `go build` prints them (in files mode
/// without the `# command-line-arguments` header, as `go vet` tools do).
fn check_command(args: &[String]) -> ExitCode {
    let (mut importer, progs) = match build::packages(args) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let mut status = ExitCode::SUCCESS;
    for prog in &progs {
        let header = prog.import_path != "command-line-arguments";
        let (result, imp) = build::check(importer, prog, true, header);
        importer = imp;
        match result {
            // Exiting: freeing the typed IR would only cost time.
            Ok(p) => std::mem::forget(p),
            Err(code) => status = code,
        }
    }
    status
}

fn run_command(args: &[String]) -> ExitCode {
    let (importer, prog, prog_args) = match build::run_program(args) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let tir = match build::check(importer, &prog, false, true).0 {
        Ok(t) => t,
        Err(code) => return code,
    };
    let t0 = std::time::Instant::now();
    let compiled = match with_big_stack(move || compile::compile(tir, &stdlib_natives)) {
        Ok(p) => p,
        Err(errors) => return compile_errors(&errors),
    };
    timing("compile", t0);
    set_args(&prog.arg0, prog_args);
    memory::release_front_end_memory();
    let t0 = std::time::Instant::now();
    let outcome = vm::start::run(compiled);
    timing("run", t0);
    outcome.exit_process()
}

fn disasm_command(args: &[String]) -> ExitCode {
    let (mut importer, progs) = match build::packages(args) {
        Ok(p) => p,
        Err(code) => return code,
    };
    for prog in &progs {
        let header = prog.import_path != "command-line-arguments";
        let (result, imp) = build::check(importer, prog, true, header);
        importer = imp;
        let tir = match result {
            Ok(t) => t,
            Err(code) => return code,
        };
        let compiled = match with_big_stack(move || compile::compile(tir, &stdlib_natives)) {
            Ok(p) => p,
            Err(errors) => return compile_errors(&errors),
        };
        let mut text = String::new();
        if progs.len() > 1 {
            text = format!("# {}\n", prog.import_path);
        }
        // The package's own functions (and the program initializer).
        let own = if prog.check_path == "main" { "main".to_string() } else { prog.check_path.clone() };
        text.push_str(&vm::disasm::disassemble(compiled, |name| function_of(name, &own) || name == "runtime.init"));
        // A closed pipe (`minigo disasm | head`) ends the listing quietly.
        if std::io::Write::write_all(&mut std::io::stdout().lock(), text.as_bytes()).is_err() {
            return ExitCode::SUCCESS;
        }
    }
    ExitCode::SUCCESS
}

/// Whether a function name (`path.F`, `path.(*T).M`, `path.F.func1`) belongs to package `path`.
fn function_of(name: &str, path: &str) -> bool {
    name.strip_prefix(path).is_some_and(|rest| rest.starts_with('.'))
}

fn main() -> ExitCode {
    memory::configure();
    runtime::crash::install_fault_handler();
    runtime::crash::raise_fd_limit();
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { args }) => check_command(&args),
        Some(Command::Run { args }) => run_command(&args),
        Some(Command::Disasm { args }) => disasm_command(&args),
        Some(Command::Test { args }) => testcmd::test_command(&args),
        Some(Command::Testbin { args }) => testcmd::testbin_command(&args),
        Some(Command::Version) => {
            println!("minigo version {} (Go 1.23 semantics)", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        None => repl::main(),
    }
}
