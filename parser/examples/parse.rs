//! Parses the files given on the command line and prints the first error of each failure.
fn main() {
    let mut bad = 0;
    let mut total = 0;
    for path in std::env::args().skip(1) {
        let src = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(_) => continue,
        };
        total += 1;
        let (file, errors) = parser::parse_file(&src);
        if file.is_none() || !errors.is_empty() {
            bad += 1;
            let idx = lexer::LineIndex::new(&src);
            let e = &errors[0];
            let (l, c) = idx.line_col(e.offset as u32);
            println!("{path}:{l}:{c}: {}", e.message.chars().take(300).collect::<String>());
        }
    }
    println!("{} of {} files failed", bad, total);
}
