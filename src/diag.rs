//! Rendering diagnostics: gc's `FILE:LINE:COL: message` lines first (what editors and
//! tools parse); on a terminal, an ariadne report with the source snippet follows each.

use std::io::IsTerminal;
use types::tir::SourceFile;
use types::Diagnostic;

/// gc stops after this many errors and prints "too many errors".
const MAX_ERRORS: usize = 10;

/// Prints diagnostics to stderr as gc does (at most 10, then "too many errors"). `header`:
/// the package line the go command prints first (`# command-line-arguments`).
pub fn report(files: &[SourceFile], diags: &[Diagnostic], header: Option<&str>) {
    let fancy = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    if let Some(h) = header {
        eprintln!("# {}", h);
    }
    for (i, d) in diags.iter().enumerate() {
        if i == MAX_ERRORS {
            eprintln!("too many errors");
            break;
        }
        let f = &files[d.file as usize];
        let (line, col) = f.lines().line_col(d.offset);
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
