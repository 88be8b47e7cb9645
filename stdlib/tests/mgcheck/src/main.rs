//! `mgcheck [-root DIR] FILE.go...`: type-checks a main package with minigo's checker,
//! importing standard library packages from `DIR/<import path>/*.go` (default: the
//! `stdlib/go` folder next to this tool). Prints `file:line:col: message` per error.

use std::path::PathBuf;
use std::process::ExitCode;

struct DiskImporter {
    root: PathBuf,
}

impl types::Importer for DiskImporter {
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
        let dir = self.root.join(path);
        let mut names: Vec<_> = std::fs::read_dir(&dir)
            .ok()?
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "go"))
            .collect();
        names.sort();
        if names.is_empty() {
            return None;
        }
        Some(
            names
                .into_iter()
                .map(|p| (format!("{}/{}", path, p.file_name().unwrap().to_string_lossy()), std::fs::read_to_string(&p).unwrap()))
                .collect(),
        )
    }
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../go");
    if args.len() >= 2 && args[0] == "-root" {
        root = PathBuf::from(&args[1]);
        args.drain(..2);
    }
    let files: Vec<(String, String)> = args.iter().map(|f| (f.clone(), std::fs::read_to_string(f).expect("read"))).collect();
    let imp = DiskImporter { root };
    let res = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || match types::check_program(files, &imp, types::Options::default()) {
            Ok(_) => Vec::new(),
            Err((files, diags)) => diags
                .iter()
                .map(|d| {
                    let f = &files[d.file as usize];
                    let (l, c) = f.lines().line_col(d.offset);
                    format!("{}:{}:{}: {}", f.path, l, c, d.message)
                })
                .collect(),
        })
        .unwrap()
        .join()
        .unwrap();
    for l in &res {
        println!("{}", l);
    }
    if res.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
