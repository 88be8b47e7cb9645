//! `minigo disasm`: a listing of every function's bytecode.

use crate::program::Program;
use std::fmt::Write;

/// Disassembles the functions whose names satisfy `filter`.
pub fn disassemble(prog: &Program, filter: impl Fn(&str) -> bool) -> String {
    let mut out = String::new();
    for (i, f) in prog.funcs.iter().enumerate() {
        if !filter(&f.name) {
            continue;
        }
        let _ = writeln!(out, "func {} (#{}) regs={} params={} results={}", f.name, i, f.nregs, f.param_words, f.result_words);
        if let Some(n) = f.native {
            let _ = writeln!(out, "    native {}", prog.natives[n as usize].0);
            continue;
        }
        let mut last_line = 0;
        for (pc, op) in f.code.iter().enumerate() {
            let line = f.line_at(pc as u32);
            let mark = if line != last_line { format!("{:>5}", line) } else { "     ".to_string() };
            last_line = line;
            let _ = writeln!(out, "{} {:>5}  {:?}", mark, pc, op);
        }
        out.push('\n');
    }
    out
}
