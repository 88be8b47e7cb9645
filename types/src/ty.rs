//! Go types, interned: two types are identical (spec "Type identity") exactly when their
//! [`TypeId`]s are equal. Structural types are hashed by their structure; each named type
//! declaration creates a new [`NamedId`].
//!
//! `byte` and `rune` are aliases of `uint8` and `int32` (the same ids).

use parser::ast::ChanDir;
use crate::fxhash::FxHashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NamedId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PkgId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncId(pub u32);

/// Basic types, in the order their ids are predeclared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basic {
    Invalid,
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
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

const BASICS: [Basic; 26] = [
    Basic::Invalid,
    Basic::Bool,
    Basic::Int,
    Basic::Int8,
    Basic::Int16,
    Basic::Int32,
    Basic::Int64,
    Basic::Uint,
    Basic::Uint8,
    Basic::Uint16,
    Basic::Uint32,
    Basic::Uint64,
    Basic::Uintptr,
    Basic::Float32,
    Basic::Float64,
    Basic::Complex64,
    Basic::Complex128,
    Basic::String,
    Basic::UnsafePointer,
    Basic::UntypedBool,
    Basic::UntypedInt,
    Basic::UntypedRune,
    Basic::UntypedFloat,
    Basic::UntypedComplex,
    Basic::UntypedString,
    Basic::UntypedNil,
];

impl Basic {
    pub fn name(self) -> &'static str {
        use Basic::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }

    pub fn is_untyped(self) -> bool {
        use Basic::*;
        matches!(self, UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedComplex | UntypedString | UntypedNil)
    }

    pub fn is_integer(self) -> bool {
        use Basic::*;
        matches!(self, Int | Int8 | Int16 | Int32 | Int64 | Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr | UntypedInt | UntypedRune)
    }

    pub fn is_unsigned(self) -> bool {
        use Basic::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }

    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }

    pub fn is_complex(self) -> bool {
        matches!(self, Basic::Complex64 | Basic::Complex128 | Basic::UntypedComplex)
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    pub fn is_string(self) -> bool {
        matches!(self, Basic::String | Basic::UntypedString)
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, Basic::Bool | Basic::UntypedBool)
    }

    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }

    pub fn is_const_type(self) -> bool {
        self.is_numeric() || self.is_string() || self.is_boolean()
    }

    /// Size in bits of a sized integer or float type (int and uint are 64-bit).
    pub fn bits(self) -> u32 {
        use Basic::*;
        match self {
            Int8 | Uint8 => 8,
            Int16 | Uint16 => 16,
            Int32 | Uint32 | Float32 => 32,
            Complex64 => 64,
            Complex128 => 128,
            _ => 64,
        }
    }
}

/// A struct field. Unexported names are qualified by their package for identity.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    pub tag: String,
    /// The declaring package, for unexported fields (`None` when exported).
    pub pkg: Option<PkgId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Box<[TypeId]>,
    pub results: Box<[TypeId]>,
    /// The last parameter is `...T` (its type here is `[]T`).
    pub variadic: bool,
}

/// An interface method; the method set is flattened (embedded interfaces expanded) and
/// sorted by name.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Method {
    pub name: String,
    /// Signature type (a [`Type::Func`]).
    pub sig: TypeId,
    pub pkg: Option<PkgId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Basic(Basic),
    Named(NamedId),
    Pointer(TypeId),
    Slice(TypeId),
    Array(TypeId, u64),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Box<[Field]>),
    Func(Signature),
    Interface(Box<[Method]>),
    /// Results of a multi-value call.
    Tuple(Box<[TypeId]>),
    /// A type parameter (index into [`TypeTable::tparams`]).
    TypeParam(u32),
    /// A general interface: one with type terms or `comparable`, usable only as a
    /// constraint (its type set is normalized when built).
    Constraint(Box<TypeSet>),
}

/// A term of a union: `T` or `~T`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Term {
    pub tilde: bool,
    pub ty: TypeId,
}

/// The type set of a general interface: its methods (flattened, sorted) and the types
/// allowed, as a union of terms (`None`: every type), restricted to comparable types when
/// `comparable` is set.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TypeSet {
    pub methods: Box<[Method]>,
    pub terms: Option<Box<[Term]>>,
    pub comparable: bool,
    /// Written as a bare union in a type parameter list (`[T ~int | string]`): printed
    /// without `interface{...}`.
    pub implicit: bool,
}

/// A declared type parameter.
#[derive(Clone, Debug)]
pub struct TypeParamInfo {
    pub name: String,
    /// Position in its declaring list.
    pub index: u32,
    /// The constraint: an interface type (`Interface`, `Constraint` or a named one);
    /// INVALID until resolved.
    pub constraint: TypeId,
}

/// A method declared on a named type.
#[derive(Clone, Debug)]
pub struct MethodDecl {
    pub name: String,
    pub func: FuncId,
    pub ptr_recv: bool,
    pub pkg: Option<PkgId>,
}

#[derive(Clone, Debug)]
pub struct NamedInfo {
    pub name: String,
    pub pkg: PkgId,
    /// Invalid until the declaration is resolved.
    pub underlying: TypeId,
    pub methods: Vec<MethodDecl>,
    /// Declared inside a function body (its methods are empty).
    pub local: bool,
    /// A generic type's type parameters (empty for ordinary and instantiated types).
    pub tparams: Vec<TypeId>,
    /// An instantiated type: its generic type and type arguments.
    pub origin: Option<TypeId>,
    pub targs: Vec<TypeId>,
    /// Declared while checking a generic function body: mentions type parameters.
    pub in_generic: bool,
}

/// All types of a program.
#[derive(Clone)]
pub struct TypeTable {
    types: Vec<Type>,
    index: FxHashMap<Type, TypeId>,
    pub named: Vec<NamedInfo>,
    /// Package path of each package, for qualified type names (`main.T`, `time.Duration`).
    pub pkg_paths: Vec<String>,
    pub tparams: Vec<TypeParamInfo>,
    /// Per type: whether it mentions a type parameter (so it is never a runtime type).
    generic: Vec<bool>,
}

impl TypeId {
    pub const INVALID: TypeId = TypeId(0);
    pub const BOOL: TypeId = TypeId(1);
    pub const INT: TypeId = TypeId(2);
    pub const INT8: TypeId = TypeId(3);
    pub const INT16: TypeId = TypeId(4);
    pub const INT32: TypeId = TypeId(5);
    pub const INT64: TypeId = TypeId(6);
    pub const UINT: TypeId = TypeId(7);
    pub const UINT8: TypeId = TypeId(8);
    pub const UINT16: TypeId = TypeId(9);
    pub const UINT32: TypeId = TypeId(10);
    pub const UINT64: TypeId = TypeId(11);
    pub const UINTPTR: TypeId = TypeId(12);
    pub const FLOAT32: TypeId = TypeId(13);
    pub const FLOAT64: TypeId = TypeId(14);
    pub const COMPLEX64: TypeId = TypeId(15);
    pub const COMPLEX128: TypeId = TypeId(16);
    pub const STRING: TypeId = TypeId(17);
    pub const UNSAFE_POINTER: TypeId = TypeId(18);
    pub const UNTYPED_BOOL: TypeId = TypeId(19);
    pub const UNTYPED_INT: TypeId = TypeId(20);
    pub const UNTYPED_RUNE: TypeId = TypeId(21);
    pub const UNTYPED_FLOAT: TypeId = TypeId(22);
    pub const UNTYPED_COMPLEX: TypeId = TypeId(23);
    pub const UNTYPED_STRING: TypeId = TypeId(24);
    pub const UNTYPED_NIL: TypeId = TypeId(25);
    /// `interface{}` (= `any`).
    pub const EMPTY_INTERFACE: TypeId = TypeId(26);
    /// The empty tuple: the "type" of a call without results.
    pub const VOID: TypeId = TypeId(27);
    pub const BYTE: TypeId = TypeId::UINT8;
    pub const RUNE: TypeId = TypeId::INT32;
}

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    pub fn new() -> TypeTable {
        let mut t = TypeTable { types: Vec::new(), index: FxHashMap::default(), named: Vec::new(), pkg_paths: Vec::new(), tparams: Vec::new(), generic: Vec::new() };
        for b in BASICS {
            t.intern(Type::Basic(b));
        }
        assert_eq!(t.intern(Type::Interface(Box::new([]))), TypeId::EMPTY_INTERFACE);
        assert_eq!(t.intern(Type::Tuple(Box::new([]))), TypeId::VOID);
        t
    }

    pub fn intern(&mut self, t: Type) -> TypeId {
        if let Some(&id) = self.index.get(&t) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        let generic = self.mentions_tparams(&t);
        self.types.push(t.clone());
        self.generic.push(generic);
        self.index.insert(t, id);
        id
    }

    fn mentions_tparams(&self, t: &Type) -> bool {
        let g = |id: &TypeId| self.generic.get(id.0 as usize).copied().unwrap_or(false);
        match t {
            Type::Basic(_) | Type::Named(_) => false,
            Type::TypeParam(_) | Type::Constraint(_) => true,
            Type::Pointer(e) | Type::Slice(e) | Type::Array(e, _) | Type::Chan(_, e) => g(e),
            Type::Map(k, v) => g(k) || g(v),
            Type::Struct(fields) => fields.iter().any(|f| g(&f.ty)),
            Type::Func(sig) => sig.params.iter().any(g) || sig.results.iter().any(g),
            Type::Interface(ms) => ms.iter().any(|m| g(&m.sig)),
            Type::Tuple(es) => es.iter().any(g),
        }
    }

    /// Whether `id` mentions a type parameter (a generic type, an instance with type
    /// parameters among its arguments, a type declared in a generic body, a constraint):
    /// such types exist only while checking generic code and never at run time.
    pub fn is_generic(&self, id: TypeId) -> bool {
        self.generic[id.0 as usize]
    }

    /// Marks a named type as mentioning type parameters.
    pub fn set_generic(&mut self, id: TypeId) {
        self.generic[id.0 as usize] = true;
    }

    /// A new type parameter (its constraint is set once resolved).
    pub fn new_tparam(&mut self, name: &str, index: u32) -> TypeId {
        let i = self.tparams.len() as u32;
        self.tparams.push(TypeParamInfo { name: name.to_string(), index, constraint: TypeId::INVALID });
        self.intern(Type::TypeParam(i))
    }

    pub fn tparam_info(&self, id: TypeId) -> Option<&TypeParamInfo> {
        match self.get(id) {
            Type::TypeParam(i) => Some(&self.tparams[*i as usize]),
            _ => None,
        }
    }

    pub fn is_tparam(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::TypeParam(_))
    }

    /// The type set of an interface or constraint type (`None`: not an interface).
    pub fn type_set(&self, id: TypeId) -> Option<TypeSet> {
        match self.under(id) {
            Type::Interface(ms) => Some(TypeSet { methods: ms.clone(), terms: None, comparable: false, implicit: false }),
            Type::Constraint(ts) => Some((**ts).clone()),
            _ => None,
        }
    }

    /// The type set of a type parameter's constraint.
    pub fn tparam_set(&self, id: TypeId) -> Option<TypeSet> {
        let info = self.tparam_info(id)?;
        self.type_set(info.constraint)
    }

    /// Calls `f` on each term type of a type parameter's type set; false if the set has no
    /// specific types (all types) or `f` fails for one of them. A term that is itself a
    /// type parameter is expanded.
    pub fn all_terms(&self, id: TypeId, f: &mut dyn FnMut(&TypeTable, TypeId) -> bool) -> bool {
        self.all_terms_depth(id, f, 0)
    }

    fn all_terms_depth(&self, id: TypeId, f: &mut dyn FnMut(&TypeTable, TypeId) -> bool, depth: u32) -> bool {
        if depth > 16 {
            return false;
        }
        let Some(ts) = self.tparam_set(id) else { return false };
        let Some(terms) = ts.terms else { return false };
        if terms.is_empty() {
            return false;
        }
        for t in terms.iter() {
            let ok = if self.is_tparam(t.ty) { self.all_terms_depth(t.ty, f, depth + 1) } else { f(self, t.ty) };
            if !ok {
                return false;
            }
        }
        true
    }

    /// The core type of `id` (spec "Core types"): the underlying type of a non-parameter,
    /// or the single underlying type of all types of a type parameter's type set
    /// (channels of identical element type may differ in direction: the narrower one).
    pub fn core_type(&self, id: TypeId) -> Option<TypeId> {
        if !self.is_tparam(id) {
            return Some(self.underlying(id));
        }
        let mut core: Option<TypeId> = None;
        let mut ok = true;
        let all = self.all_terms(id, &mut |tt, t| {
            let u = tt.underlying(t);
            match core {
                None => core = Some(u),
                Some(c) if c == u => {}
                Some(c) => match (tt.get(c), tt.get(u)) {
                    (Type::Chan(d1, e1), Type::Chan(d2, e2)) if e1 == e2 => {
                        if *d1 == ChanDir::Both {
                            core = Some(u);
                        } else if *d2 != ChanDir::Both && d1 != d2 {
                            ok = false;
                        }
                    }
                    _ => ok = false,
                },
            }
            ok
        });
        if all && ok {
            core
        } else {
            None
        }
    }

    pub fn len(&self) -> usize {
        self.types.len()
    }

    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id.0 as usize]
    }

    pub fn new_named(&mut self, name: &str, pkg: PkgId, local: bool) -> TypeId {
        let nid = NamedId(self.named.len() as u32);
        self.named.push(NamedInfo { name: name.to_string(), pkg, underlying: TypeId::INVALID, methods: Vec::new(), local, tparams: Vec::new(), origin: None, targs: Vec::new(), in_generic: false });
        self.intern(Type::Named(nid))
    }

    /// The type id of the `i`-th named type.
    pub fn named_info_index(&self, i: usize) -> Option<TypeId> {
        self.index.get(&Type::Named(NamedId(i as u32))).copied()
    }

    pub fn named_info(&self, id: TypeId) -> Option<&NamedInfo> {
        match self.get(id) {
            Type::Named(n) => Some(&self.named[n.0 as usize]),
            _ => None,
        }
    }

    pub fn named_info_mut(&mut self, id: TypeId) -> Option<&mut NamedInfo> {
        match self.types[id.0 as usize] {
            Type::Named(n) => Some(&mut self.named[n.0 as usize]),
            _ => None,
        }
    }

    /// The underlying type (spec "Underlying types"); never a named type.
    pub fn underlying(&self, mut id: TypeId) -> TypeId {
        for _ in 0..100 {
            match self.get(id) {
                Type::Named(n) => id = self.named[n.0 as usize].underlying,
                _ => return id,
            }
        }
        TypeId::INVALID
    }

    pub fn under(&self, id: TypeId) -> &Type {
        self.get(self.underlying(id))
    }

    pub fn basic(&self, id: TypeId) -> Option<Basic> {
        match self.under(id) {
            Type::Basic(b) => Some(*b),
            _ => None,
        }
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Pointer(elem))
    }

    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Slice(elem))
    }

    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        if elems.is_empty() {
            return TypeId::VOID;
        }
        self.intern(Type::Tuple(elems.into_boxed_slice()))
    }

    pub fn func(&mut self, params: Vec<TypeId>, results: Vec<TypeId>, variadic: bool) -> TypeId {
        self.intern(Type::Func(Signature { params: params.into(), results: results.into(), variadic }))
    }

    pub fn signature(&self, id: TypeId) -> Option<&Signature> {
        match self.under(id) {
            Type::Func(s) => Some(s),
            _ => None,
        }
    }

    pub fn is_named(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Named(_) | Type::Basic(_) | Type::TypeParam(_))
    }

    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Interface(_))
    }

    pub fn is_untyped(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Basic(b) if b.is_untyped())
    }

    pub fn is_pred(&self, id: TypeId, f: fn(Basic) -> bool) -> bool {
        if self.is_tparam(id) {
            return self.all_terms(id, &mut |tt, t| tt.basic(t).is_some_and(f));
        }
        self.basic(id).is_some_and(f)
    }

    pub fn is_integer(&self, id: TypeId) -> bool {
        self.is_pred(id, Basic::is_integer)
    }

    pub fn is_unsigned(&self, id: TypeId) -> bool {
        self.is_pred(id, Basic::is_unsigned)
    }

    pub fn is_float(&self, id: TypeId) -> bool {
        self.is_pred(id, Basic::is_float)
    }

    pub fn is_complex(&self, id: TypeId) -> bool {
        self.is_pred(id, Basic::is_complex)
    }

    pub fn is_numeric(&self, id: TypeId) -> bool {
        self.is_pred(id, Basic::is_numeric)
    }

    pub fn is_string(&self, id: TypeId) -> bool {
        self.is_pred(id, Basic::is_string)
    }

    pub fn is_boolean(&self, id: TypeId) -> bool {
        self.is_pred(id, Basic::is_boolean)
    }

    /// Types whose values can be compared with `==` (spec "Comparison operators").
    pub fn comparable(&self, id: TypeId) -> bool {
        self.comparable_on_path(id, &mut Vec::new())
    }

    /// `path` holds the types being examined above `id`: a type met again on it (an
    /// invalid recursive type such as `type T struct{ a, b T }`, which the checker
    /// reports elsewhere) adds no new answer, so the walk stops there instead of
    /// growing exponentially with the fields.
    fn comparable_on_path(&self, id: TypeId, path: &mut Vec<TypeId>) -> bool {
        if path.contains(&id) || path.len() > 64 {
            return true;
        }
        path.push(id);
        let answer = if self.is_tparam(id) {
            self.tparam_set(id).is_some_and(|ts| ts.comparable) || self.all_terms(id, &mut |tt, t| tt.comparable_on_path(t, &mut path.clone()) && !tt.is_interface(t))
        } else {
            match self.under(id) {
                Type::Basic(b) => *b != Basic::UntypedNil,
                Type::Pointer(_) | Type::Chan(..) | Type::Interface(_) => true,
                Type::Struct(fields) => fields.iter().all(|f| self.comparable_on_path(f.ty, path)),
                Type::Array(elem, _) => self.comparable_on_path(*elem, path),
                _ => false,
            }
        };
        path.pop();
        answer
    }

    /// Whether `id` has a core type that can be nil (pointer, slice, map, chan, func, interface).
    pub fn has_nil(&self, id: TypeId) -> bool {
        if self.is_tparam(id) {
            return self.all_terms(id, &mut |tt, t| tt.has_nil(t));
        }
        matches!(
            self.under(id),
            Type::Pointer(_) | Type::Slice(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) | Type::Interface(_) | Type::Basic(Basic::UnsafePointer)
        )
    }

    /// Interface method set (flattened, sorted); empty for non-interfaces.
    pub fn interface_methods(&self, id: TypeId) -> &[Method] {
        match self.under(id) {
            Type::Interface(m) => m,
            _ => &[],
        }
    }

    /// The type as Go prints it, package-qualified (`main.T`, `[]string`, `map[string]int`).
    pub fn type_string(&self, id: TypeId) -> String {
        let mut s = String::new();
        self.write_type(&mut s, id, &|p| Some(self.pkg_paths.get(p.0 as usize).cloned().unwrap_or_default()), 0);
        s
    }

    /// The type as go/types prints it in diagnostics about package `pkg`: its own named
    /// types unqualified... (types2 qualifies by package name; we use the path's last element).
    pub fn type_string_in(&self, id: TypeId, pkg: PkgId) -> String {
        let mut s = String::new();
        let q = |p: PkgId| -> Option<String> {
            if p == pkg {
                None
            } else {
                let path = self.pkg_paths.get(p.0 as usize).cloned().unwrap_or_default();
                Some(path.rsplit('/').next().unwrap_or("").to_string())
            }
        };
        self.write_type(&mut s, id, &q, 0);
        // go/types writes interfaces without the spaces of the runtime's form.
        s.replace("interface { ", "interface{").replace(" }", "}").replace("interface {}", "interface{}")
    }

    /// The type as `%T` prints it: every declared type qualified by its package name.
    pub fn type_string_qualified(&self, id: TypeId) -> String {
        let mut s = String::new();
        let q = |p: PkgId| -> Option<String> {
            let path = self.pkg_paths.get(p.0 as usize).cloned().unwrap_or_default();
            (!path.is_empty()).then(|| path.rsplit('/').next().unwrap_or("").to_string())
        };
        self.write_type(&mut s, id, &q, 0);
        s
    }

    fn write_type(&self, s: &mut String, id: TypeId, qual: &dyn Fn(PkgId) -> Option<String>, depth: u32) {
        if depth > 32 {
            s.push_str("...");
            return;
        }
        let d = depth + 1;
        match self.get(id) {
            Type::Basic(b) => s.push_str(b.name()),
            Type::Named(n) => {
                let info = &self.named[n.0 as usize];
                if let Some(q) = qual(info.pkg) {
                    if !q.is_empty() {
                        s.push_str(&q);
                        s.push('.');
                    }
                }
                s.push_str(&info.name);
                let args = if !info.targs.is_empty() { &info.targs } else { &info.tparams };
                if !args.is_empty() {
                    s.push('[');
                    for (i, a) in args.iter().enumerate() {
                        if i > 0 {
                            s.push_str(", ");
                        }
                        self.write_type(s, *a, qual, d);
                    }
                    s.push(']');
                }
            }
            Type::TypeParam(i) => s.push_str(&self.tparams[*i as usize].name),
            Type::Constraint(ts) => self.write_type_set(s, ts, qual, d),
            Type::Pointer(e) => {
                s.push('*');
                self.write_type(s, *e, qual, d);
            }
            Type::Slice(e) => {
                s.push_str("[]");
                self.write_type(s, *e, qual, d);
            }
            Type::Array(e, n) => {
                s.push_str(&format!("[{}]", n));
                self.write_type(s, *e, qual, d);
            }
            Type::Map(k, v) => {
                s.push_str("map[");
                self.write_type(s, *k, qual, d);
                s.push(']');
                self.write_type(s, *v, qual, d);
            }
            Type::Chan(dir, e) => {
                s.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                let paren = *dir == ChanDir::Both && matches!(self.get(*e), Type::Chan(ChanDir::Recv, _));
                if paren {
                    s.push('(');
                }
                self.write_type(s, *e, qual, d);
                if paren {
                    s.push(')');
                }
            }
            Type::Struct(fields) => {
                s.push_str("struct{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_type(s, f.ty, qual, d);
                    if !f.tag.is_empty() {
                        s.push_str(&format!(" {:?}", f.tag));
                    }
                }
                s.push('}');
            }
            Type::Func(sig) => {
                s.push_str("func");
                self.write_signature(s, sig, qual, d);
            }
            Type::Interface(methods) => {
                if methods.is_empty() {
                    s.push_str("interface {}");
                    return;
                }
                s.push_str("interface {");
                for (i, m) in methods.iter().enumerate() {
                    s.push_str(if i > 0 { "; " } else { " " });
                    s.push_str(&m.name);
                    if let Type::Func(sig) = self.get(m.sig) {
                        self.write_signature(s, sig, qual, d);
                    }
                }
                s.push_str(" }");
            }
            Type::Tuple(elems) => {
                s.push('(');
                for (i, e) in elems.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(s, *e, qual, d);
                }
                s.push(')');
            }
        }
    }

    /// `interface{comparable; M(); ~int | string}`, or the bare union of an implicit one.
    fn write_type_set(&self, s: &mut String, ts: &TypeSet, qual: &dyn Fn(PkgId) -> Option<String>, d: u32) {
        let mut parts: Vec<String> = Vec::new();
        if ts.comparable {
            parts.push("comparable".into());
        }
        for m in ts.methods.iter() {
            let mut p = m.name.clone();
            if let Type::Func(sig) = self.get(m.sig) {
                self.write_signature(&mut p, sig, qual, d);
            }
            parts.push(p);
        }
        if let Some(terms) = &ts.terms {
            let mut u = String::new();
            for (i, t) in terms.iter().enumerate() {
                if i > 0 {
                    u.push_str(" | ");
                }
                if t.tilde {
                    u.push('~');
                }
                self.write_type(&mut u, t.ty, qual, d);
            }
            if terms.is_empty() {
                u.push_str("∅");
            }
            parts.push(u);
        }
        if ts.implicit && parts.len() == 1 {
            s.push_str(&parts[0]);
            return;
        }
        s.push_str("interface { ");
        s.push_str(&parts.join("; "));
        s.push_str(" }");
    }

    fn write_signature(&self, s: &mut String, sig: &Signature, qual: &dyn Fn(PkgId) -> Option<String>, d: u32) {
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                s.push_str("...");
                match self.get(*p) {
                    Type::Slice(e) => self.write_type(s, *e, qual, d),
                    _ => self.write_type(s, *p, qual, d),
                }
            } else {
                self.write_type(s, *p, qual, d);
            }
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write_type(s, sig.results[0], qual, d);
            }
            _ => {
                s.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(s, *r, qual, d);
                }
                s.push(')');
            }
        }
    }

    /// Default type of an untyped constant kind (spec "Constants").
    pub fn default_type(&self, id: TypeId) -> TypeId {
        match id {
            TypeId::UNTYPED_BOOL => TypeId::BOOL,
            TypeId::UNTYPED_INT => TypeId::INT,
            TypeId::UNTYPED_RUNE => TypeId::RUNE,
            TypeId::UNTYPED_FLOAT => TypeId::FLOAT64,
            TypeId::UNTYPED_COMPLEX => TypeId::COMPLEX128,
            TypeId::UNTYPED_STRING => TypeId::STRING,
            t => t,
        }
    }
}

/// The id of a predeclared basic type.
pub fn basic_id(b: Basic) -> TypeId {
    TypeId(BASICS.iter().position(|&x| x == b).unwrap_or(0) as u32)
}
