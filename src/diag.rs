//! Rendering diagnostics: gc's `FILE:LINE:COL: message` lines first (what editors and
//! tools parse); on a terminal, an ariadne report with the source snippet follows each.

use std::io::IsTerminal;
use types::tir::SourceFile;
use types::Diagnostic;

/// gc stops after this many errors and prints "too many errors".
const MAX_ERRORS: usize = 10;

/// The path as `go run` prints it: relative to the current directory (`./x.go` for a file
/// in it), absolute otherwise.
/// The absolute, normalized path of a source file (as Go's tracebacks and
/// `runtime.Caller` report it).
pub fn absolute_path(file: &str) -> String {
    let p = std::path::Path::new(file);
    let abs = if p.is_absolute() { p.to_path_buf() } else { std::env::current_dir().map(|d| d.join(p)).unwrap_or_else(|_| p.to_path_buf()) };
    normalize(&abs).to_string_lossy().into_owned()
}

pub fn display_path(file: &str) -> String {
    let p = std::path::Path::new(file);
    let abs = if p.is_absolute() { p.to_path_buf() } else { std::env::current_dir().map(|d| d.join(p)).unwrap_or_else(|_| p.to_path_buf()) };
    let abs = normalize(&abs);
    if let Ok(cwd) = std::env::current_dir() {
        if let Ok(rel) = abs.strip_prefix(&cwd) {
            let s = rel.to_string_lossy().into_owned();
            return if rel.components().count() == 1 { format!("./{}", s) } else { s };
        }
    }
    abs.to_string_lossy().into_owned()
}

fn normalize(p: &std::path::Path) -> std::path::PathBuf {
    let mut out = std::path::PathBuf::new();
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

/// Prints diagnostics to stderr as gc does (at most 10, then "too many errors"). `header`:
/// `go run`'s `# command-line-arguments` line first.
pub fn report(files: &[SourceFile], diags: &[Diagnostic], header: bool) {
    let fancy = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    if header {
        eprintln!("# command-line-arguments");
    }
    for (i, d) in diags.iter().enumerate() {
        if i == MAX_ERRORS {
            eprintln!("too many errors");
            break;
        }
        let f = &files[d.file as usize];
        let (line, col) = f.lines.line_col(d.offset);
        eprintln!("{}:{}:{}: {}", f.path, line, col, d.message);
        if fancy {
            render_snippet(f, d);
        }
    }
}

fn render_snippet(f: &SourceFile, d: &Diagnostic) {
    use ariadne::{Label, Report, ReportKind, Source};
    let start = f.src.get(..d.offset as usize).map(|s| s.chars().count()).unwrap_or(0);
    let len = f.src.get(d.offset as usize..).and_then(|s| s.chars().next()).map_or(0, |_| 1);
    let first = d.message.lines().next().unwrap_or("");
    let _ = Report::build(ReportKind::Error, (f.path.clone(), start..start + len))
        .with_message(first)
        .with_label(Label::new((f.path.clone(), start..start + len)).with_message(first))
        .finish()
        .eprint((f.path.clone(), Source::from(f.src.as_str())));
}
