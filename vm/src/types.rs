//! Runtime type descriptors: what the VM knows about Go types at run time (interfaces,
//! `%T`, equality and hashing of map keys, reflection for fmt, GC shapes).
//!
//! Descriptors live for the whole program (leaked), so an interface value's first word can
//! point at one (`any`) or at an [`Itab`] whose first field points at one.

use crate::op::Mem;
use runtime::heap::Shape;

/// Go's reflect.Kind numbering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Kind {
    Invalid = 0,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    Array,
    Chan,
    Func,
    Interface,
    Map,
    Pointer,
    Slice,
    String,
    Struct,
    UnsafePointer,
}

#[derive(Clone, Debug)]
pub struct FieldDesc {
    pub name: String,
    pub typ: u32,
    /// Byte offset within the struct.
    pub offset: u32,
    pub exported: bool,
    pub embedded: bool,
    /// The field's tag (reflect.StructTag), "" if none.
    pub tag: String,
    /// Import path of the declaring package for unexported fields, "" for exported ones.
    pub pkg_path: String,
}

/// A method usable with an interface's data word as receiver.
#[derive(Clone, Debug)]
pub struct MethodDesc {
    pub name: String,
    pub func: u32,
    /// The method's signature type (without receiver).
    pub sig: u32,
}

#[derive(Debug)]
pub struct TypeDesc {
    /// Index in `Program::types`.
    pub id: u32,
    pub kind: Kind,
    /// Size in bytes of a standalone value (a multiple of 8, or 0 for zero-size types).
    pub size: u32,
    /// Registers a value occupies (`size / 8`).
    pub words: u32,
    /// Width of one element when packed in an array (`W64` for word-sized and larger).
    pub packed: Mem,
    /// Bytes one element of this type takes inside an array.
    pub stride: u32,
    /// As `%T` prints it: `main.T`, `[]int`, `map[string]int`.
    pub name: String,
    /// Declared (named) type.
    pub named: bool,
    /// Named types: import path of the declaring package ("" for predeclared types).
    pub pkg_path: String,
    pub elem: u32,
    pub key: u32,
    /// Array length.
    pub len: u64,
    pub fields: Vec<FieldDesc>,
    /// For interface types: the method names, sorted (the order of itab entries).
    pub iface_methods: Vec<String>,
    /// For interface types: the signature type of each method (same order).
    pub iface_method_sigs: Vec<u32>,
    /// Methods callable with the interface data word as receiver, sorted by name.
    /// A lock: a later REPL input may declare more methods of the type.
    pub methods: parking_lot::RwLock<Vec<MethodDesc>>,
    /// The interface data word holds the value itself (pointers, maps, chans, funcs).
    pub ptr_shaped: bool,
    /// GC shape of one value (None: no pointers).
    pub shape: Option<&'static Shape>,
    /// `==` is defined.
    pub comparable: bool,
    /// Channel direction for chan types (0 both, 1 send-only, 2 receive-only).
    pub chan_dir: u8,
    /// Function types: (params, results, variadic) as type ids.
    pub func_params: Vec<u32>,
    pub func_results: Vec<u32>,
    pub variadic: bool,
}

impl TypeDesc {
    pub fn is_interface(&self) -> bool {
        self.kind == Kind::Interface
    }

    pub fn has_pointers(&self) -> bool {
        self.shape.is_some()
    }
}

/// An interface table: the dynamic type and the functions implementing the interface's
/// methods, in the interface's method order. `#[repr(C)]`: `typ` is at offset 0 so word 0
/// of a non-empty interface value dereferences to the type descriptor.
#[repr(C)]
#[derive(Debug)]
pub struct Itab {
    pub typ: &'static TypeDesc,
    pub iface: u32,
    pub funs: Box<[u32]>,
}

/// Ids of type descriptors created at run time (reflect's `PointerTo`, `SliceOf`, `MapOf`,
/// `ChanOf`, `ArrayOf` of types the program never spelled) start here, above any compiled
/// program's ids (a REPL session's programs only grow below it).
pub const DERIVED_BASE: u32 = 1 << 31;

/// Structure of a derived (unnamed composite) type: kind, element, key, length, direction.
type DerivedKey = (Kind, u32, u32, u64, u8);

struct Derived {
    by_key: std::collections::HashMap<DerivedKey, &'static TypeDesc>,
    by_id: Vec<&'static TypeDesc>,
}

static DERIVED: parking_lot::Mutex<Option<Derived>> = parking_lot::const_mutex(None);

/// The descriptor of a run-time derived type id (`>= DERIVED_BASE`).
pub fn derived_by_id(id: u32) -> Option<&'static TypeDesc> {
    let g = DERIVED.lock();
    g.as_ref()?.by_id.get((id - DERIVED_BASE) as usize).copied()
}

/// The unnamed pointer, slice, map, channel or array type with this structure: the
/// program's own descriptor if it has one (so `reflect.PointerTo(TypeOf(0)) ==
/// TypeOf(new(int))`), else one created now and kept for the rest of the run.
pub fn derived(prog: &crate::program::Program, kind: Kind, elem: u32, key: u32, len: u64, dir: u8) -> &'static TypeDesc {
    let k: DerivedKey = (kind, elem, if kind == Kind::Map { key } else { 0 }, if kind == Kind::Array { len } else { 0 }, if kind == Kind::Chan { dir } else { 0 });
    if let Some(t) = DERIVED.lock().as_ref().and_then(|r| r.by_key.get(&k).copied()) {
        return t;
    }
    let found = prog.types.iter().copied().find(|t| {
        !t.named && t.kind == kind && t.elem == elem && (kind != Kind::Map || t.key == key) && (kind != Kind::Array || t.len == len) && (kind != Kind::Chan || t.chan_dir == dir)
    });
    // Built without the lock: naming it looks up element descriptors (maybe derived ones).
    let mut fresh = match found {
        Some(_) => None,
        None => Some(new_derived(prog, 0, k)),
    };
    let mut g = DERIVED.lock();
    let reg = g.get_or_insert_with(|| Derived { by_key: std::collections::HashMap::new(), by_id: Vec::new() });
    if let Some(t) = reg.by_key.get(&k) {
        return t;
    }
    let t = match (found, fresh.take()) {
        (Some(_), _) | (None, None) => t_or_first(found, prog),
        (None, Some(mut d)) => {
            d.id = DERIVED_BASE + reg.by_id.len() as u32;
            let t: &'static TypeDesc = Box::leak(Box::new(d));
            reg.by_id.push(t);
            t
        }
    };
    reg.by_key.insert(k, t);
    t
}

/// `found` (always `Some` where called: a fresh descriptor is built when it is `None`).
fn t_or_first(found: Option<&'static TypeDesc>, prog: &crate::program::Program) -> &'static TypeDesc {
    found.unwrap_or_else(|| prog.types[0])
}

fn new_derived(prog: &crate::program::Program, id: u32, (kind, elem, key, len, dir): DerivedKey) -> TypeDesc {
    let et = prog.ty(elem);
    let word_shape = |mask: Vec<bool>| -> Option<&'static Shape> {
        if !mask.iter().any(|&b| b) {
            return None;
        }
        let mut bits = vec![0u64; mask.len().div_ceil(64)];
        for (i, &b) in mask.iter().enumerate() {
            if b {
                bits[i / 64] |= 1 << (i % 64);
            }
        }
        Some(Box::leak(Box::new(Shape { words: mask.len() as u32, ptrmask: bits.into_boxed_slice() })))
    };
    let (name, size, shape, comparable) = match kind {
        Kind::Pointer => (format!("*{}", et.name), 8, word_shape(vec![true]), true),
        Kind::Slice => (format!("[]{}", et.name), 24, word_shape(vec![true, false, false]), false),
        Kind::Map => (format!("map[{}]{}", prog.ty(key).name, et.name), 8, word_shape(vec![true]), false),
        Kind::Chan => {
            let n = match dir {
                1 => format!("chan<- {}", et.name),
                2 => format!("<-chan {}", et.name),
                _ if et.kind == Kind::Chan && et.chan_dir == 2 => format!("chan ({})", et.name),
                _ => format!("chan {}", et.name),
            };
            (n, 8, word_shape(vec![true]), true)
        }
        _ => {
            // Arrays: packed narrow elements, or the element's words repeated.
            let bytes = et.stride as u64 * len;
            let words = bytes.div_ceil(8);
            let mut mask = Vec::new();
            if let Some(s) = et.shape {
                for _ in 0..len {
                    mask.extend((0..et.words as usize).map(|i| s.is_ptr(i)));
                }
            }
            let shape = if mask.is_empty() { None } else { word_shape(mask) };
            (format!("[{}]{}", len, et.name), (words * 8) as u32, shape, et.comparable)
        }
    };
    let (packed, stride) = if kind == Kind::Array { (Mem::W64, size) } else { (Mem::W64, 8) };
    TypeDesc {
        id,
        kind,
        size,
        words: size / 8,
        packed,
        stride,
        name,
        named: false,
        pkg_path: String::new(),
        elem,
        key,
        len,
        fields: Vec::new(),
        iface_methods: Vec::new(),
        iface_method_sigs: Vec::new(),
        methods: parking_lot::RwLock::new(Vec::new()),
        ptr_shaped: matches!(kind, Kind::Pointer | Kind::Map | Kind::Chan),
        shape,
        comparable,
        chan_dir: dir,
        func_params: Vec::new(),
        func_results: Vec::new(),
        variadic: false,
    }
}

static DERIVED_FUNCS: parking_lot::Mutex<Option<std::collections::HashMap<(Vec<u32>, Vec<u32>, bool), &'static TypeDesc>>> = parking_lot::const_mutex(None);

/// The unnamed function type with these parameter and result types (reflect's `FuncOf`,
/// and method types with their receiver): the program's own descriptor if it has one.
pub fn derived_func(prog: &crate::program::Program, params: Vec<u32>, results: Vec<u32>, variadic: bool) -> &'static TypeDesc {
    let key = (params, results, variadic);
    let mut g = DERIVED_FUNCS.lock();
    let map = g.get_or_insert_with(std::collections::HashMap::new);
    if let Some(t) = map.get(&key) {
        return t;
    }
    let (params, results, variadic) = key.clone();
    let found = prog.types.iter().copied().find(|t| !t.named && t.kind == Kind::Func && t.func_params == params && t.func_results == results && t.variadic == variadic);
    let t = match found {
        Some(t) => t,
        None => {
            let mut name = String::from("func(");
            for (i, &p) in params.iter().enumerate() {
                if i > 0 {
                    name.push_str(", ");
                }
                let pt = prog.ty(p);
                if variadic && i == params.len() - 1 {
                    name.push_str("...");
                    name.push_str(&prog.ty(pt.elem).name);
                } else {
                    name.push_str(&pt.name);
                }
            }
            name.push(')');
            match results.len() {
                0 => {}
                1 => {
                    name.push(' ');
                    name.push_str(&prog.ty(results[0]).name);
                }
                _ => {
                    let r: Vec<&str> = results.iter().map(|&r| prog.ty(r).name.as_str()).collect();
                    name.push_str(&format!(" ({})", r.join(", ")));
                }
            }
            let mut reg = DERIVED.lock();
            let reg = reg.get_or_insert_with(|| Derived { by_key: std::collections::HashMap::new(), by_id: Vec::new() });
            let id = DERIVED_BASE + reg.by_id.len() as u32;
            let shape: &'static Shape = Box::leak(Box::new(Shape { words: 1, ptrmask: vec![1].into_boxed_slice() }));
            let t: &'static TypeDesc = Box::leak(Box::new(TypeDesc {
                id,
                kind: Kind::Func,
                size: 8,
                words: 1,
                packed: Mem::W64,
                stride: 8,
                name,
                named: false,
                pkg_path: String::new(),
                elem: 0,
                key: 0,
                len: 0,
                fields: Vec::new(),
                iface_methods: Vec::new(),
                iface_method_sigs: Vec::new(),
                methods: parking_lot::RwLock::new(Vec::new()),
                ptr_shaped: true,
                shape: Some(shape),
                comparable: false,
                chan_dir: 0,
                func_params: params,
                func_results: results,
                variadic,
            }));
            reg.by_id.push(t);
            t
        }
    };
    map.insert(key, t);
    t
}
