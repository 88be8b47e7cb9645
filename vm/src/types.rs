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
