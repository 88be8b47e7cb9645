//! Parsing the standard library ahead of the checker (issue 15: start-up).
//!
//! Checking is one thread; parsing a lazily checked package's files (as skeletons,
//! `parser::skeleton`) was a fifth of `hello`'s instructions, and it needs nothing from the
//! checker. A [`Prefetcher`] thread walks the import graph from the program's imports,
//! parsing each package the importer's source function serves and queueing its imports;
//! the checker takes the trees of a package when it imports it. A package the thread
//! has not started is parsed by the checker itself (the thread then skips it), one it is
//! parsing is waited for, so the checker never waits for more than one package.
//!
//! Nothing observable changes: the checker uses a prefetched package only if it is
//! checked lazily and its files are exactly the ones parsed (names and text), and it adds
//! the files, trees and syntax errors in its own order, as if it had parsed them.

use parser::ast;
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Condvar, Mutex};

/// A function serving the files of a standard-library package (`Importer::package_files`
/// for the embedded sources), callable from any thread.
pub type SourceFn = fn(&str) -> Option<Vec<(String, String)>>;

/// One file parsed as a skeleton.
pub(crate) struct ParsedFile {
    pub name: String,
    pub src: String,
    /// Whether function bodies were emptied.
    pub skeleton: bool,
    pub tree: Option<ast::File>,
    pub errors: Vec<parser::SyntaxError>,
}

/// Parses one file of a lazily checked package without its function bodies
/// (`parser::skeleton`).
pub(crate) fn parse_skeleton(name: String, src: String) -> ParsedFile {
    let (tree, errors, skeleton) = parser::parse_skeleton(&src);
    ParsedFile { name, src, skeleton, tree, errors }
}

enum Slot {
    /// Waiting in the queue.
    Queued,
    /// Being parsed by the thread.
    Parsing,
    Done(Option<Vec<ParsedFile>>),
    /// Taken (or parsed) by the checker.
    Claimed,
}

#[derive(Default)]
struct State {
    queue: VecDeque<String>,
    slots: HashMap<String, Slot>,
    stop: bool,
}

#[derive(Default)]
struct Shared {
    state: Mutex<State>,
    /// Signalled when a package is parsed, queued, or the thread must stop.
    changed: Condvar,
}

/// The handle the checker holds; dropping it stops the thread after its current package.
pub(crate) struct Prefetcher {
    shared: Arc<Shared>,
}

/// The import paths of a parsed file.
pub(crate) fn imports_of(file: &ast::File) -> Vec<String> {
    let mut out = Vec::new();
    for d in &file.decls {
        if let ast::Decl::Import(imports, _) = d {
            for imp in imports {
                if let Some(p) = crate::constant::unquote(&imp.path).and_then(|b| String::from_utf8(b).ok()) {
                    out.push(p);
                }
            }
        }
    }
    out
}

impl State {
    /// Queues the imports of a package just parsed at the front, in their order: the
    /// checker imports depth-first in declaration order, so the thread parses packages
    /// in the order the checker asks for them (a package already queued moves up).
    fn enqueue(&mut self, paths: Vec<String>) {
        for p in paths.into_iter().rev() {
            match self.slots.get(&p) {
                None => {
                    self.slots.insert(p.clone(), Slot::Queued);
                }
                Some(Slot::Queued) => self.queue.retain(|q| *q != p),
                Some(_) => continue,
            }
            self.queue.push_front(p);
        }
    }
}

impl Prefetcher {
    /// Starts parsing the packages reachable from `roots` through `source`.
    pub(crate) fn start(source: SourceFn, roots: Vec<String>) -> Option<Prefetcher> {
        let shared = Arc::new(Shared::default());
        shared.state.lock().ok()?.enqueue(roots);
        let worker = shared.clone();
        std::thread::Builder::new().name("minigo-prefetch".into()).spawn(move || run(&worker, source)).ok()?;
        Some(Prefetcher { shared })
    }

    /// The files of package `path` parsed as skeletons: `None` if the thread has not
    /// started on it (the checker parses it, and the thread will not). `imports` of what
    /// the checker parses itself are queued by [`Prefetcher::saw_imports`].
    pub(crate) fn take(&self, path: &str) -> Option<Vec<ParsedFile>> {
        let mut st = self.shared.state.lock().ok()?;
        loop {
            match st.slots.get(path) {
                Some(Slot::Parsing) => st = self.shared.changed.wait(st).ok()?,
                Some(Slot::Done(_)) => {
                    let Some(Slot::Done(files)) = st.slots.insert(path.to_string(), Slot::Claimed) else { unreachable!() };
                    return files;
                }
                _ => {
                    st.slots.insert(path.to_string(), Slot::Claimed);
                    return None;
                }
            }
        }
    }

    /// Queues the imports of files the checker parsed itself.
    pub(crate) fn saw_imports<'f>(&self, files: impl IntoIterator<Item = &'f ast::File>) {
        let paths: Vec<String> = files.into_iter().flat_map(imports_of).collect();
        if let Ok(mut st) = self.shared.state.lock() {
            st.enqueue(paths);
            self.shared.changed.notify_all();
        }
    }
}

impl Drop for Prefetcher {
    fn drop(&mut self) {
        if let Ok(mut st) = self.shared.state.lock() {
            st.stop = true;
            // Trees nobody took are freed with the state, by whichever side goes last.
            self.shared.changed.notify_all();
        }
    }
}

/// The thread: parses queued packages until the queue is empty and stays so, or the
/// checker is done.
fn run(shared: &Shared, source: SourceFn) {
    loop {
        let path = {
            let Ok(mut st) = shared.state.lock() else { return };
            loop {
                if st.stop {
                    return;
                }
                match st.queue.pop_front() {
                    Some(p) if matches!(st.slots.get(&p), Some(Slot::Queued)) => {
                        st.slots.insert(p.clone(), Slot::Parsing);
                        break p;
                    }
                    Some(_) => continue,
                    None => match shared.changed.wait(st) {
                        Ok(s) => st = s,
                        Err(_) => return,
                    },
                }
            }
        };
        let files = source(&path).map(|files| files.into_iter().map(|(n, s)| parse_skeleton(n, s)).collect::<Vec<_>>());
        let imports: Vec<String> = files
            .iter()
            .flatten()
            .filter_map(|f| f.tree.as_ref())
            .flat_map(imports_of)
            .collect();
        let Ok(mut st) = shared.state.lock() else { return };
        st.slots.insert(path, Slot::Done(files));
        st.enqueue(imports);
        shared.changed.notify_all();
    }
}
