//! Embeds every `go/<import path>/*.go` file into the binary (see `src/lib.rs`).
use std::fmt::Write;
use std::path::Path;

fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, root, out);
        } else if p.extension().is_some_and(|e| e == "go") {
            let pkg = p.parent().unwrap().strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            out.push((pkg, name, p.canonicalize().unwrap().to_string_lossy().into_owned()));
        }
    }
}

fn main() {
    // The manifest directory of this build (not `env!`, which would freeze the directory the
    // build script itself was compiled in: a target directory copied from another checkout
    // would embed that checkout's files).
    let root = Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("go");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    walk(&root, &root, &mut files);
    let mut src = String::from("pub static FILES: &[(&str, &str, &str)] = &[\n");
    for (pkg, name, path) in &files {
        println!("cargo:rerun-if-changed={}", path);
        writeln!(src, "    ({:?}, {:?}, include_str!({:?})),", pkg, name, path).unwrap();
    }
    src.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("files.rs");
    std::fs::write(out, src).unwrap();
}
