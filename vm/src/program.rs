//! A compiled program: functions with their bytecode and tables the instructions refer to.
//!
//! A `Program` is built once by the compiler and leaked (`&'static`): goroutines on all
//! workers share it read-only. The only mutable part is the itab cache (interior, locked).

use crate::native::NativeFn;
use crate::op::{Op, Reg};
use crate::types::{Itab, TypeDesc};
use parking_lot::Mutex;
use runtime::heap::Shape;
use std::collections::HashMap;

#[derive(Clone)]
pub struct Func {
    /// Go's name as tracebacks print it: `main.main`, `main.(*T).M`, `main.main.func1`.
    pub name: String,
    pub code: Vec<Op>,
    /// Registers of a frame (words).
    pub nregs: u32,
    /// Words of the receiver and parameters (the start of the frame).
    pub param_words: u32,
    /// Words of the results (copied to the start of the frame on return).
    pub result_words: u32,
    /// Bit `r` set: register `r` may hold a heap pointer (GC roots of a frame).
    pub ptrmask: Vec<u64>,
    /// Source file index (`Program::files`) and (pc, line) pairs, sorted by pc.
    pub file: u32,
    pub lines: Vec<(u32, u32)>,
    /// Line directives (`//line file:n`): (pc, file name) from which instructions are
    /// reported in another file (`None`: the real one again), sorted by pc; usually empty.
    pub file_changes: Vec<(u32, Option<std::sync::Arc<str>>)>,
    /// Line of the declaration.
    pub line: u32,
    /// For body-less declarations: the native implementing the function.
    pub native: Option<u32>,
    /// pc of the epilogue (load result variables, `Ret`): where a function resumes after
    /// each deferred call, and where it returns from after a recovered panic.
    pub epilogue: u32,
}

impl Func {
    /// Source line of the instruction at `pc`.
    pub fn line_at(&self, pc: u32) -> u32 {
        match self.lines.binary_search_by_key(&pc, |&(p, _)| p) {
            Ok(i) => self.lines[i].1,
            Err(0) => self.line,
            Err(i) => self.lines[i - 1].1,
        }
    }

    /// Source file name of the instruction at `pc` (`files`: the program's file paths);
    /// `??` for a line directive without a file name, as Go prints it.
    pub fn file_at<'p>(&'p self, files: &'p [String], pc: u32) -> &'p str {
        let index = self.file_changes.partition_point(|&(p, _)| p <= pc);
        match index.checked_sub(1).and_then(|i| self.file_changes[i].1.as_deref()) {
            Some("") => "??",
            Some(name) => name,
            None => files.get(self.file as usize).map_or("?", String::as_str),
        }
    }

    pub fn is_ptr_reg(&self, r: usize) -> bool {
        self.ptrmask.get(r / 64).is_some_and(|m| m >> (r % 64) & 1 == 1)
    }
}

/// How `ToIface` builds an interface from a concrete value.
#[derive(Clone, Copy, Debug)]
pub struct IfaceConv {
    /// Word 0 of the result: address of the itab (non-empty interface) or type descriptor.
    pub tab: u64,
    /// The concrete type.
    pub typ: u32,
}

/// A type assertion `x.(T)`.
#[derive(Clone, Copy, Debug)]
pub struct AssertDesc {
    /// The asserted type.
    pub target: u32,
    /// The static (interface) type of x.
    pub source: u32,
    pub comma_ok: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelectDir {
    Send,
    Recv,
}

#[derive(Clone, Debug)]
pub struct SelectCaseDesc {
    pub dir: SelectDir,
    /// Channel register.
    pub ch: Reg,
    /// Send: the value's registers. Receive: where the value goes.
    pub val: Reg,
    /// Receive: where `ok` goes (if wanted).
    pub ok: Option<Reg>,
    /// Element type.
    pub elem: u32,
}

#[derive(Clone, Debug)]
pub struct SelectTable {
    pub cases: Vec<SelectCaseDesc>,
    pub has_default: bool,
}

/// Arguments of a `print`/`println`.
#[derive(Clone, Debug)]
pub struct PrintTable {
    pub args: Vec<(Reg, u32)>,
    pub newline: bool,
}

/// Types the VM itself needs (runtime errors, recover values).
#[derive(Clone, Copy, Debug, Default)]
pub struct SpecialTypes {
    /// `runtime.errorString` (text after "runtime error: ") and `runtime.plainError` (the
    /// whole text): the types of the values runtime panics raise.
    pub runtime_error: Option<u32>,
    pub plain_error: Option<u32>,
    /// `*runtime.PanicNilError`, the value `panic(nil)` raises.
    pub panic_nil_error: Option<u32>,
    /// `runtime.boundsError` (failed index/slice/conversion checks) and
    /// `*runtime.TypeAssertionError` (failed type assertions and interface conversions).
    pub bounds_error: Option<u32>,
    pub type_assertion_error: Option<u32>,
    /// The `string` type.
    pub string: u32,
    /// `error`.
    pub error: u32,
    /// `any`.
    pub any: u32,
    /// `runtime.panicString(any) string` written in Go, used to print unrecovered panics.
    pub panic_string_func: Option<u32>,
}

pub struct Program {
    pub funcs: Vec<Func>,
    pub consts: Vec<u64>,
    /// Constant strings (static memory).
    pub strings: Vec<&'static [u8]>,
    pub types: Vec<&'static TypeDesc>,
    pub iface_convs: Vec<IfaceConv>,
    pub asserts: Vec<AssertDesc>,
    pub select_tables: Vec<SelectTable>,
    pub print_tables: Vec<PrintTable>,
    pub natives: Vec<(String, NativeFn)>,
    pub files: Vec<String>,
    /// Words of package-level variables and their GC pointer mask.
    pub globals_words: usize,
    pub globals_shape: Option<&'static Shape>,
    /// Function running package initialization, then `main.main`.
    pub init: u32,
    pub main: Option<u32>,
    pub special: SpecialTypes,
    /// Static closure objects: one word (the function index) per function, for function
    /// values of top-level functions.
    pub static_closures: Box<[std::sync::atomic::AtomicU64]>,
    /// Itabs created at run time, keyed by (dynamic type, interface type).
    pub itab_cache: Mutex<HashMap<(u32, u32), &'static Itab>>,
    /// Shape of one word holding a pointer (heap cells of boxed pointer variables).
    pub ptr_shape: &'static Shape,
    /// Type ids of the predeclared basic types by kind (built on first use).
    pub basic_types: std::sync::OnceLock<[u32; 27]>,
    /// Named types by qualified name (`time.Time`), built on first use.
    pub named_types: std::sync::OnceLock<HashMap<String, u32>>,
}

impl Program {
    pub fn ty(&self, t: u32) -> &'static TypeDesc {
        match self.types.get(t as usize) {
            Some(d) => d,
            None => self.derived_ty(t),
        }
    }

    /// A descriptor created at run time by reflect (`types::derived`).
    #[cold]
    #[inline(never)]
    fn derived_ty(&self, t: u32) -> &'static TypeDesc {
        match crate::types::derived_by_id(t) {
            Some(d) => d,
            None => panic!("minigo bug: no type descriptor {}", t),
        }
    }

    /// The itab for (dynamic type, interface type), built on demand; `None` if the type
    /// does not implement the interface.
    pub fn itab(&self, typ: &'static TypeDesc, iface: u32) -> Option<&'static Itab> {
        let key = (typ.id, iface);
        if let Some(t) = self.itab_cache.lock().get(&key) {
            return Some(t);
        }
        let it = self.ty(iface);
        let mut funs = Vec::with_capacity(it.iface_methods.len());
        let methods = typ.methods.read();
        for (i, m) in it.iface_methods.iter().enumerate() {
            let f = methods.binary_search_by(|x| x.name.as_str().cmp(m.as_str())).ok()?;
            // Signatures are interned types: identical signatures have equal ids.
            if it.iface_method_sigs.get(i).is_some_and(|&s| s != methods[f].sig) {
                return None;
            }
            funs.push(methods[f].func);
        }
        drop(methods);
        let tab: &'static Itab = Box::leak(Box::new(Itab { typ, iface, funs: funs.into_boxed_slice() }));
        self.itab_cache.lock().insert(key, tab);
        Some(tab)
    }

    /// The unnamed predeclared type of this kind (`int`, `uint8`, `string`, ...).
    pub fn basic(&self, kind: crate::types::Kind) -> Option<&'static TypeDesc> {
        let i = kind as usize;
        let ids = self.basic_types.get_or_init(|| {
            let mut ids = [u32::MAX; 27];
            for t in &self.types {
                let k = t.kind as usize;
                let basic = matches!(k, 1..=16 | 24 | 26) && !t.named && !t.name.starts_with("untyped");
                if basic && ids[k] == u32::MAX {
                    ids[k] = t.id;
                }
            }
            ids
        });
        ids.get(i).filter(|&&id| id != u32::MAX).map(|&id| self.ty(id))
    }

    /// The named type with this qualified name (`time.Time`; the first declared if local
    /// types share it).
    pub fn named_type(&self, name: &str) -> Option<&'static TypeDesc> {
        let map = self.named_types.get_or_init(|| {
            let mut m = HashMap::new();
            for t in &self.types {
                if t.named {
                    m.entry(t.name.clone()).or_insert(t.id);
                }
            }
            m
        });
        map.get(name).map(|&id| self.ty(id))
    }

    /// Address of function `f`'s static closure object.
    pub fn static_closure(&self, f: u32) -> u64 {
        self.static_closures[f as usize].as_ptr() as u64
    }
}
