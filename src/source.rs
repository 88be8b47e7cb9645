//! Source-file errors found before type checking: bytes that are not UTF-8 are compile
//! errors (`invalid UTF-8 encoding` at each bad byte). The loader ([`load::decode`]) records
//! their offsets and replaces each by a space, so the checker's positions stay the file's.

/// The diagnostics for invalid UTF-8 at `offsets` in file `file`.
pub fn utf8_errors(file: u32, offsets: &[usize]) -> Vec<types::Diagnostic> {
    offsets.iter().map(|&o| types::Diagnostic { file, offset: o as u32, message: "invalid UTF-8 encoding".into() }).collect()
}

/// Adds the invalid-UTF-8 errors to a check's diagnostics, in file and offset order; gc
/// drops a message repeated on one line.
pub fn merge_utf8_errors(files: &[types::tir::SourceFile], diags: Vec<types::Diagnostic>, bad: &[(u32, Vec<usize>)]) -> Vec<types::Diagnostic> {
    let mut diags = diags;
    for (fid, offsets) in bad {
        diags.extend(utf8_errors(*fid, offsets));
    }
    diags.sort_by_key(|d| (d.file, d.offset));
    let line = |d: &types::Diagnostic| (d.file, files[d.file as usize].lines().line_col(d.offset).0);
    let mut kept: Vec<types::Diagnostic> = Vec::new();
    for d in diags {
        if !kept.iter().any(|k| line(k) == line(&d) && k.message == d.message) {
            kept.push(d);
        }
    }
    kept
}
