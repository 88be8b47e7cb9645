//! Times the front-end phases on one Go file: lexing, parsing, and the whole check
//! (`types::check_program`, imports included), each the best of N runs in this process.
//!
//!     cargo run --release --example frontend_phases -- FILE.go [RUNS]
//!
//! `bench/frontend.py` generates a 50,000-line program and times `minigo check` on it.
use std::time::Instant;

struct Importer;

impl types::Importer for Importer {
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
        stdlib::package_files(path)
    }
}

fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    (0..runs)
        .map(|_| {
            let t0 = Instant::now();
            std::hint::black_box(f());
            t0.elapsed().as_secs_f64() * 1e3
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: frontend_phases FILE.go [RUNS]");
    let runs: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(5);
    let src = std::fs::read_to_string(&path).expect("cannot read the file");
    let t = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || {
            let lex = best(runs, || lexer::lex(&src));
            let parse = best(runs, || parser::parse_file(&src));
            let hello = "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println() }\n".to_string();
            let imports = best(runs, || types::check_program(vec![("hello.go".into(), hello.clone())], &Importer, types::Options::default()).is_ok());
            let check = best(runs, || types::check_program(vec![(path.clone(), src.clone())], &Importer, types::Options::default()).is_ok());
            println!("{} lines: lex {:.1} ms, lex+parse {:.1} ms, check (all) {:.1} ms; hello world with fmt {:.1} ms", src.lines().count(), lex, parse, check, imports);
        })
        .unwrap();
    t.join().unwrap();
}
