//! The `minigo` command: `run`, `check`, `disasm`, `version`, and the REPL.
//!
//! This file parses arguments, renders diagnostics and maps outcomes to exit codes; the
//! work happens in the pipeline crates.

mod diag;
mod repl;
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

/// The system allocator, except that a refused request ends the process as Go does
/// (`fatal error: runtime: out of memory`, exit 2) instead of Rust's abort.
struct Allocator;

// SAFETY: every call is forwarded to `System` unchanged; only a null result is acted on.
unsafe impl std::alloc::GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's guarantees.
        let p = unsafe { std::alloc::System.alloc(layout) };
        if p.is_null() {
            runtime::crash::out_of_memory();
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        // SAFETY: as above.
        let p = unsafe { std::alloc::System.alloc_zeroed(layout) };
        if p.is_null() {
            runtime::crash::out_of_memory();
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        // SAFETY: as above.
        unsafe { std::alloc::System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as above.
        let p = unsafe { std::alloc::System.realloc(ptr, layout, new_size) };
        if p.is_null() {
            runtime::crash::out_of_memory();
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Allocator = Allocator;

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

/// Runs `f` on a thread with a large stack: the front end and the compiler recurse over
/// the syntax tree and the typed IR (a 3,000-arm `else if` chain is 3,000 levels deep).
/// The stack is reserved address space; only the pages a deep program touches are used.
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

/// The file's text and the offsets of its invalid UTF-8 bytes ([`source::decode`]).
fn read_source(file: &str) -> Result<(String, Vec<usize>), ExitCode> {
    std::fs::read(file).map(source::decode).map_err(|e| {
        eprintln!("minigo: cannot read {}: {}", file, e);
        ExitCode::from(1)
    })
}

/// Runs the front end. `leak`: the process exits after the check, so its syntax trees are
/// not freed. `header`: print `go run`'s package line before errors, and refuse a package
/// other than main as the go command does.
fn check(file: &str, leak: bool, header: bool) -> Result<types::tir::Program, ExitCode> {
    let (src, bad_utf8) = read_source(file)?;
    if header && source::package_name(&src).is_some_and(|name| name != "main") {
        eprintln!("package command-line-arguments is not a main package");
        return Err(ExitCode::from(1));
    }
    let path = diag::display_path(file);
    let abs = diag::absolute_path(file);
    let t0 = std::time::Instant::now();
    let path2 = path.clone();
    let result = with_big_stack(move || types::check_program(vec![(path2, src)], &Importer, types::Options { leak_syntax_trees: leak, ..Default::default() }));
    timing("check", t0);
    let result = match result {
        Ok(p) if !bad_utf8.is_empty() => Err((p.files, Vec::new())),
        r => r,
    };
    match result {
        Err((files, mut diags)) if !bad_utf8.is_empty() => {
            let fid = files.iter().position(|f| f.path == path).unwrap_or(0) as u32;
            diags.extend(source::utf8_errors(fid, &bad_utf8));
            diags.sort_by_key(|d| (d.file, d.offset));
            // gc drops a message repeated on one line.
            let mut kept: Vec<types::Diagnostic> = Vec::new();
            for d in diags {
                let line = |d: &types::Diagnostic| (d.file, files[d.file as usize].lines.line_col(d.offset).0);
                if !kept.iter().any(|k| line(k) == line(&d) && k.message == d.message) {
                    kept.push(d);
                }
            }
            diag::report(&files, &kept, header);
            Err(ExitCode::from(1))
        }
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
    runtime::crash::install_fault_handler();
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
                let prog = match with_big_stack(move || compile::compile(tir, &stdlib_natives)) {
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
                let prog = match with_big_stack(move || compile::compile(tir, &stdlib_natives)) {
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
