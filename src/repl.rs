//! The REPL: `minigo` without arguments.
//!
//! Each input is checked by a `types::Session` (declarations persist; statements run at
//! once; a bare expression prints its value and type), compiled by `compile::Incremental`
//! into a program extending the previous input's, and run by `vm::repl::Repl` as the
//! foreground goroutine of a scheduler that lives as long as the session: goroutines
//! started by one input keep running during and after the next ones.
//!
//! On a terminal, rustyline edits lines (history in `~/.minigo_history`); otherwise the
//! inputs are read from standard input line by line and only results and errors are
//! printed, so a session can be scripted. An input continues over several lines while it
//! is incomplete (open brackets, a trailing operator).

use rustyline::error::ReadlineError;
use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use vm::repl::{Foreground, Repl};

const HELP: &str = "\
Enter Go declarations (func, type, var, const, import) or statements; they run at once.
A bare expression prints its value and type. Goroutines keep running between inputs.
Commands:
  :help    this text
  :reset   forget every declaration and stop every goroutine
  :quit    leave (also Ctrl-D)
";

/// Set by SIGINT (Ctrl-C while an input runs, on a terminal): the running input stops.
static INTERRUPT: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_: libc::c_int) {
    INTERRUPT.store(true, Ordering::SeqCst);
}

/// Makes SIGINT set [`INTERRUPT`] instead of ending the process. While rustyline reads a
/// line the terminal is in raw mode and Ctrl-C arrives as a key instead.
fn catch_sigint() {
    // SAFETY: a zeroed sigaction with an async-signal-safe handler (one atomic store).
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_sigint as *const () as usize;
        action.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
    }
}

const INTERRUPT_HINT: &str = "(Ctrl-C again at an empty prompt, Ctrl-D or :quit leaves)";

/// One session: checker, compiler and runtime.
struct State {
    checker: types::Session<'static>,
    compiler: compile::Incremental,
    runtime: Repl,
}

/// What happened to an input.
enum Outcome {
    Continue,
    /// Ctrl-C stopped the input.
    Interrupted,
    Exit(i32),
}

static IMPORTER: crate::Importer = crate::Importer;

/// The importer of a session: the standard library and, through the package loader, the
/// packages of the module around the working directory (its own packages, `replace`
/// directories, the module cache). Without a usable go.mod only the standard library.
fn importer() -> &'static dyn types::Importer {
    match crate::build::new_loader(&[]) {
        Ok(loader) => Box::leak(Box::new(crate::build::PkgImporter::new(loader))),
        Err(_) => &IMPORTER,
    }
}

impl State {
    fn start(importer: &'static dyn types::Importer) -> Result<State, String> {
        let checker = types::Session::new(importer).map_err(|e| format!("minigo bug: the REPL prelude does not check: {}", e.join("; ")))?;
        let mut st = State { checker, compiler: compile::Incremental::new(), runtime: Repl::start() };
        // Package initialization (fmt and its imports) runs once, as the first input.
        let step = st.checker.eval("").map_err(|e| format!("minigo bug: empty REPL input fails: {}", e.first().map_or("", |e| e.message.as_str())))?;
        let prog = st.compiler.step(step.program, &crate::stdlib_natives).map_err(|e| e.join("\n"))?;
        if let Some(t) = st.compiler.types() {
            st.checker.adopt_types(t.clone());
        }
        match st.runtime.run(prog, prog.init) {
            Ok(Foreground::Done) => Ok(st),
            Ok(other) => Err(format!("minigo bug: package initialization failed: {:?}", other)),
            Err(e) => Err(e),
        }
    }

    /// Checks, compiles and runs one input.
    fn input(&mut self, src: &str, interruptible: bool) -> Outcome {
        let backup = self.checker.clone();
        let step = match self.checker.eval(src) {
            Ok(step) => step,
            Err(errors) => {
                for e in errors {
                    if e.line > 0 {
                        eprintln!("repl:{}:{}: {}", e.line, e.col, e.message);
                    } else {
                        eprintln!("repl: {}", e.message);
                    }
                }
                return Outcome::Continue;
            }
        };
        let prog = match self.compiler.step(step.program, &crate::stdlib_natives) {
            Ok(p) => p,
            Err(errors) => {
                for e in errors {
                    eprintln!("{}", e);
                }
                self.checker = backup;
                return Outcome::Continue;
            }
        };
        if let Some(t) = self.compiler.types() {
            self.checker.adopt_types(t.clone());
        }
        let _ = std::io::stdout().flush();
        let never = AtomicBool::new(false);
        let interrupt = if interruptible { &INTERRUPT } else { &never };
        match self.runtime.run_interruptible(prog, self.compiler.func(step.run), interrupt) {
            Ok(Foreground::Done) => Outcome::Continue,
            Ok(Foreground::Interrupted) => {
                let _ = std::io::stdout().flush();
                eprintln!("interrupted {}", INTERRUPT_HINT);
                Outcome::Interrupted
            }
            Ok(Foreground::Fatal(text)) | Ok(Foreground::Deadlock(text)) => {
                eprint!("{}", text);
                if !text.ends_with('\n') {
                    eprintln!();
                }
                Outcome::Continue
            }
            Ok(Foreground::Exit(code)) => Outcome::Exit(code),
            Err(e) => {
                eprintln!("{}", e);
                Outcome::Continue
            }
        }
    }
}

/// What reading a line gave.
enum Line {
    Text(String),
    /// A piped line that is not UTF-8: the byte offsets (0-based) of its invalid bytes.
    /// The input it belongs to is rejected as Go rejects such source
    /// (`invalid UTF-8 encoding`), and the session goes on.
    Invalid(Vec<usize>),
    /// Ctrl-C while editing: the input being entered is dropped.
    Interrupted,
    /// Ctrl-C on an empty first line.
    InterruptedEmpty,
    End,
}

/// Where inputs come from.
enum Input {
    /// The editor, the history file, and whether the line was empty at the last Ctrl-C.
    Terminal(Box<rustyline::DefaultEditor>, Option<std::path::PathBuf>, Arc<AtomicBool>),
    Piped(std::io::StdinLock<'static>),
}

impl Input {
    /// The next line.
    fn line(&mut self, continuation: bool) -> Line {
        match self {
            Input::Terminal(ed, _, empty) => match ed.readline(if continuation { "... " } else { "> " }) {
                Ok(l) => Line::Text(l),
                // Ctrl-C abandons the line being edited (and the input), as in a shell.
                Err(ReadlineError::Interrupted) if !continuation && empty.load(Ordering::Relaxed) => Line::InterruptedEmpty,
                Err(ReadlineError::Interrupted) => Line::Interrupted,
                Err(_) => Line::End,
            },
            Input::Piped(r) => {
                let mut bytes = Vec::new();
                match r.read_until(b'\n', &mut bytes) {
                    Ok(0) | Err(_) => Line::End,
                    Ok(_) => {
                        while bytes.ends_with(b"\n") || bytes.ends_with(b"\r") {
                            bytes.pop();
                        }
                        match load::decode(bytes) {
                            (s, bad) if bad.is_empty() => Line::Text(s),
                            (_, bad) => Line::Invalid(bad),
                        }
                    }
                }
            }
        }
    }

    fn remember(&mut self, entry: &str) {
        if let Input::Terminal(ed, path, _) = self {
            let _ = ed.add_history_entry(entry);
            if let Some(p) = path {
                let _ = ed.append_history(p);
            }
        }
    }
}

/// Records, at each Ctrl-C, whether the line being edited was empty; then interrupts.
struct NoteEmptyLine(Arc<AtomicBool>);

impl rustyline::ConditionalEventHandler for NoteEmptyLine {
    fn handle(&self, _: &rustyline::Event, _: rustyline::RepeatCount, _: bool, ctx: &rustyline::EventContext) -> Option<rustyline::Cmd> {
        self.0.store(ctx.line().is_empty(), Ordering::Relaxed);
        Some(rustyline::Cmd::Interrupt)
    }
}

/// Reports the invalid bytes of line `line` of an input as the checker reports errors.
fn report_invalid_utf8(line: usize, bad: &[usize]) {
    for &offset in bad {
        eprintln!("repl:{}:{}: invalid UTF-8 encoding", line, offset + 1);
    }
}

fn history_path() -> Option<std::path::PathBuf> {
    std::env::var_os("MINIGO_HISTORY").map(Into::into).or_else(|| std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".minigo_history")))
}

/// Runs the REPL until `:quit`, end of input or `os.Exit`.
pub fn main() -> ExitCode {
    let code = crate::with_big_stack(run);
    ExitCode::from(code.clamp(0, 255) as u8)
}

fn run() -> i32 {
    let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let mut input = if interactive {
        let mut ed = match rustyline::DefaultEditor::new() {
            Ok(ed) => ed,
            Err(e) => {
                eprintln!("minigo: cannot start the line editor: {}", e);
                return 1;
            }
        };
        let path = history_path();
        if let Some(p) = &path {
            let _ = ed.load_history(p);
        }
        let empty = Arc::new(AtomicBool::new(false));
        ed.bind_sequence(rustyline::KeyEvent::ctrl('C'), rustyline::EventHandler::Conditional(Box::new(NoteEmptyLine(empty.clone()))));
        catch_sigint();
        println!("minigo {} (Go 1.23) — :help for help, :quit to leave", env!("CARGO_PKG_VERSION"));
        Input::Terminal(Box::new(ed), path, empty)
    } else {
        Input::Piped(std::io::stdin().lock())
    };
    let importer = importer();
    let mut state = match State::start(importer) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{}", e);
            return 2;
        }
    };
    // A Ctrl-C that stopped an input or hit an empty prompt: another one at an empty
    // prompt right after it leaves.
    let mut armed = false;
    loop {
        let mut src = match input.line(false) {
            Line::Text(l) => l,
            Line::Invalid(bad) => {
                armed = false;
                report_invalid_utf8(1, &bad);
                continue;
            }
            Line::InterruptedEmpty if armed => break,
            Line::InterruptedEmpty => {
                armed = true;
                eprintln!("{}", INTERRUPT_HINT);
                continue;
            }
            Line::Interrupted => {
                armed = false;
                continue;
            }
            Line::End => break,
        };
        if !src.trim().is_empty() {
            armed = false;
        }
        match src.trim() {
            "" => continue,
            ":quit" | ":q" | ":exit" => break,
            ":help" | ":h" => {
                print!("{}", HELP);
                continue;
            }
            ":reset" => {
                input.remember(":reset");
                drop(state);
                state = match State::start(importer) {
                    Ok(s) => s,
                    Err(e) => {
                        eprintln!("{}", e);
                        return 2;
                    }
                };
                continue;
            }
            s if s.starts_with(':') => {
                eprintln!("unknown command {}; :help lists the commands", s);
                continue;
            }
            _ => {}
        }
        // Continue while the input is incomplete; on a terminal an empty line ends it anyway
        // (the checker then reports what is missing).
        let mut abandoned = false;
        let mut scanner = types::InputScanner::default();
        for line in src.split('\n') {
            scanner.push_line(line);
        }
        while !scanner.is_complete() {
            match input.line(true) {
                Line::End => break,
                Line::Interrupted | Line::InterruptedEmpty => {
                    abandoned = true;
                    break;
                }
                Line::Invalid(bad) => {
                    report_invalid_utf8(src.lines().count() + 1, &bad);
                    abandoned = true;
                    break;
                }
                Line::Text(l) if l.trim().is_empty() && matches!(input, Input::Terminal(..)) => break,
                Line::Text(l) => {
                    scanner.push_line(&l);
                    src.push('\n');
                    src.push_str(&l);
                }
            }
        }
        if abandoned {
            continue;
        }
        input.remember(&src);
        let interruptible = matches!(input, Input::Terminal(..));
        match state.input(&src, interruptible) {
            Outcome::Continue => {}
            Outcome::Interrupted => armed = true,
            Outcome::Exit(code) => return code,
        }
        if let Some(code) = state.runtime.exit_code() {
            return code;
        }
    }
    state.runtime.exit_code().unwrap_or(0)
}
