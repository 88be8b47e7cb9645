//! Runtime type descriptors (`vm::types::TypeDesc`) for every type of the program, and the
//! GC shapes derived from layouts.

use crate::layout::Layouts;
use runtime::heap::Shape;
use std::collections::HashMap;
use types::tir;
use types::ty::{Basic, Type, TypeId, TypeTable};
use vm::op::Mem;
use vm::types::{FieldDesc, Kind, MethodDesc, TypeDesc};

/// Builds a leaked GC shape from a per-word pointer mask (None if no pointers).
pub fn shape(ptrs: &[bool]) -> Option<&'static Shape> {
    if !ptrs.iter().any(|&p| p) {
        return None;
    }
    let mut mask = vec![0u64; ptrs.len().div_ceil(64)];
    for (i, &p) in ptrs.iter().enumerate() {
        if p {
            mask[i / 64] |= 1 << (i % 64);
        }
    }
    Some(Box::leak(Box::new(Shape { words: ptrs.len() as u32, ptrmask: mask.into_boxed_slice() })))
}

/// Go's reflect kind of a type.
pub fn kind(types: &TypeTable, t: TypeId) -> Kind {
    match types.under(t) {
        Type::Basic(b) => match b {
            Basic::Bool | Basic::UntypedBool => Kind::Bool,
            Basic::Int | Basic::UntypedInt => Kind::Int,
            Basic::Int8 => Kind::Int8,
            Basic::Int16 => Kind::Int16,
            Basic::Int32 | Basic::UntypedRune => Kind::Int32,
            Basic::Int64 => Kind::Int64,
            Basic::Uint => Kind::Uint,
            Basic::Uint8 => Kind::Uint8,
            Basic::Uint16 => Kind::Uint16,
            Basic::Uint32 => Kind::Uint32,
            Basic::Uint64 => Kind::Uint64,
            Basic::Uintptr => Kind::Uintptr,
            Basic::Float32 => Kind::Float32,
            Basic::Float64 | Basic::UntypedFloat => Kind::Float64,
            Basic::Complex64 => Kind::Complex64,
            Basic::Complex128 | Basic::UntypedComplex => Kind::Complex128,
            Basic::String | Basic::UntypedString => Kind::String,
            Basic::UnsafePointer => Kind::UnsafePointer,
            _ => Kind::Invalid,
        },
        Type::Pointer(_) => Kind::Pointer,
        Type::Slice(_) => Kind::Slice,
        Type::Array(..) => Kind::Array,
        Type::Map(..) => Kind::Map,
        Type::Chan(..) => Kind::Chan,
        Type::Func(_) => Kind::Func,
        Type::Struct(_) => Kind::Struct,
        Type::Interface(_) => Kind::Interface,
        _ => Kind::Invalid,
    }
}

/// The type's name as reflect (and `%T`) prints it.
pub fn reflect_name(types: &TypeTable, packages: &[tir::PackageInfo], t: TypeId) -> String {
    let mut s = String::new();
    write_name(types, packages, t, &mut s, 0);
    s
}

fn write_name(types: &TypeTable, pk: &[tir::PackageInfo], t: TypeId, s: &mut String, depth: u32) {
    if depth > 32 {
        s.push_str("...");
        return;
    }
    let d = depth + 1;
    match types.get(t) {
        Type::Basic(b) => s.push_str(b.name()),
        Type::Named(_) => {
            let info = types.named_info(t).unwrap();
            let pkg = pk.get(info.pkg.0 as usize).map(|p| p.name.as_str()).unwrap_or("");
            if !pkg.is_empty() {
                s.push_str(pkg);
                s.push('.');
            }
            s.push_str(&info.name);
            if !info.targs.is_empty() {
                // Type arguments are qualified by package path: `main.List[*math/rand.Rand]`.
                s.push('[');
                for (i, &a) in info.targs.iter().enumerate() {
                    if i > 0 {
                        s.push(',');
                    }
                    write_arg_name(types, pk, a, s, d);
                }
                s.push(']');
            }
        }
        Type::TypeParam(_) | Type::Constraint(_) => s.push_str("(generic)"),
        Type::Pointer(e) => {
            s.push('*');
            write_name(types, pk, *e, s, d);
        }
        Type::Slice(e) => {
            s.push_str("[]");
            write_name(types, pk, *e, s, d);
        }
        Type::Array(e, n) => {
            s.push_str(&format!("[{}]", n));
            write_name(types, pk, *e, s, d);
        }
        Type::Map(k, v) => {
            s.push_str("map[");
            write_name(types, pk, *k, s, d);
            s.push(']');
            write_name(types, pk, *v, s, d);
        }
        Type::Chan(dir, e) => {
            s.push_str(match dir {
                parser::ast::ChanDir::Both => "chan ",
                parser::ast::ChanDir::Send => "chan<- ",
                parser::ast::ChanDir::Recv => "<-chan ",
            });
            write_name(types, pk, *e, s, d);
        }
        Type::Func(sig) => {
            s.push_str("func(");
            for (i, p) in sig.params.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                if sig.variadic && i + 1 == sig.params.len() {
                    s.push_str("...");
                    if let Type::Slice(e) = types.get(*p) {
                        write_name(types, pk, *e, s, d);
                        continue;
                    }
                }
                write_name(types, pk, *p, s, d);
            }
            s.push(')');
            match sig.results.len() {
                0 => {}
                1 => {
                    s.push(' ');
                    write_name(types, pk, sig.results[0], s, d);
                }
                _ => {
                    s.push_str(" (");
                    for (i, r) in sig.results.iter().enumerate() {
                        if i > 0 {
                            s.push_str(", ");
                        }
                        write_name(types, pk, *r, s, d);
                    }
                    s.push(')');
                }
            }
        }
        Type::Struct(fields) => {
            if fields.is_empty() {
                s.push_str("struct {}");
                return;
            }
            s.push_str("struct { ");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                if !f.embedded {
                    s.push_str(&f.name);
                    s.push(' ');
                }
                write_name(types, pk, f.ty, s, d);
                if !f.tag.is_empty() {
                    s.push_str(&format!(" {:?}", f.tag));
                }
            }
            s.push_str(" }");
        }
        Type::Interface(methods) => {
            if methods.is_empty() {
                s.push_str("interface {}");
                return;
            }
            s.push_str("interface { ");
            for (i, m) in methods.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                // The runtime qualifies unexported method names: `interface { main.m() }`.
                if !m.name.starts_with(|c: char| c.is_uppercase()) {
                    if let Some(p) = m.pkg.and_then(|p| pk.get(p.0 as usize)).filter(|p| !p.name.is_empty()) {
                        s.push_str(&p.name);
                        s.push('.');
                    }
                }
                s.push_str(&m.name);
                let mut sig = String::new();
                write_name(types, pk, m.sig, &mut sig, d);
                s.push_str(sig.strip_prefix("func").unwrap_or(&sig));
            }
            s.push_str(" }");
        }
        Type::Tuple(_) => s.push_str("(tuple)"),
    }
}

/// A type argument's name in an instantiated type's name: named types qualified by their
/// package path.
fn write_arg_name(types: &TypeTable, pk: &[tir::PackageInfo], t: TypeId, s: &mut String, depth: u32) {
    let mut tmp = String::new();
    write_name(types, pk, t, &mut tmp, depth);
    if !tmp.contains('.') {
        s.push_str(&tmp);
        return;
    }
    // Re-qualify: replace each package name prefix by the package path.
    let mut named = Vec::new();
    collect_named(types, t, &mut named, 0);
    let mut out = tmp;
    for n in named {
        let info = types.named_info(n).unwrap();
        if let Some(p) = pk.get(info.pkg.0 as usize) {
            if p.path != p.name && !p.name.is_empty() {
                out = out.replace(&format!("{}.{}", p.name, info.name), &format!("{}.{}", p.path, info.name));
            }
        }
    }
    s.push_str(&out);
}

fn collect_named(types: &TypeTable, t: TypeId, out: &mut Vec<TypeId>, depth: u32) {
    if depth > 32 {
        return;
    }
    let d = depth + 1;
    match types.get(t) {
        Type::Named(_) => {
            out.push(t);
            for &a in &types.named_info(t).unwrap().targs {
                collect_named(types, a, out, d);
            }
        }
        Type::Pointer(e) | Type::Slice(e) | Type::Array(e, _) | Type::Chan(_, e) => collect_named(types, *e, out, d),
        Type::Map(k, v) => {
            collect_named(types, *k, out, d);
            collect_named(types, *v, out, d);
        }
        Type::Struct(fs) => fs.iter().for_each(|f| collect_named(types, f.ty, out, d)),
        Type::Func(sig) => sig.params.iter().chain(sig.results.iter()).for_each(|&p| collect_named(types, p, out, d)),
        _ => {}
    }
}

/// Builds the descriptors of all types in the table (after codegen added its own types).
pub fn build(
    types: &mut TypeTable,
    layouts: &mut Layouts,
    packages: &[tir::PackageInfo],
    method_sets: &HashMap<TypeId, Vec<(String, types::ty::FuncId)>>,
    func_sigs: &[TypeId],
    func_index: &[u32],
    out: &mut Vec<&'static TypeDesc>,
) {
    // Pointer types of named types are needed to find value-method wrappers.
    let n0 = types.len();
    for i in 0..n0 {
        let t = TypeId(i as u32);
        // (Not for types the checker never resolved: lazily checked declarations.)
        if matches!(types.get(t), Type::Named(_)) && types.underlying(t) != TypeId::INVALID {
            types.pointer(t);
        }
    }
    let n = types.len();
    // Descriptors built before (an earlier REPL input) stay: values hold their addresses.
    // Only their method lists change (methods declared or redeclared by a later input).
    for i in 0..out.len().min(n) {
        let t = TypeId(i as u32);
        let d = out[i];
        if d.kind != Kind::Interface {
            let methods = methods_of(types, method_sets, func_sigs, func_index, t, d.ptr_shaped);
            let same = |a: &[MethodDesc], b: &[MethodDesc]| a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.name == y.name && x.func == y.func && x.sig == y.sig);
            if !same(&methods, &d.methods.read()) {
                *d.methods.write() = methods;
            }
        }
    }
    for i in out.len()..n {
        let t = TypeId(i as u32);
        out.push(&*Box::leak(Box::new(desc(types, layouts, packages, method_sets, func_sigs, func_index, t))));
    }
}

/// Methods usable with the interface data word of a `t` as receiver, sorted by name.
fn methods_of(
    types: &mut TypeTable,
    method_sets: &HashMap<TypeId, Vec<(String, types::ty::FuncId)>>,
    func_sigs: &[TypeId],
    func_index: &[u32],
    t: TypeId,
    ptr_shaped: bool,
) -> Vec<MethodDesc> {
    let ms: Vec<(String, types::ty::FuncId)> = if ptr_shaped {
        method_sets.get(&t).cloned().unwrap_or_default()
    } else {
        let value_set = method_sets.get(&t).cloned().unwrap_or_default();
        let pt = types.pointer(t);
        let ptr_set = method_sets.get(&pt).cloned().unwrap_or_default();
        value_set.iter().filter_map(|(n, _)| ptr_set.iter().find(|(pn, _)| pn == n).cloned()).collect()
    };
    let mut methods: Vec<MethodDesc> = ms
        .into_iter()
        .map(|(name, f)| MethodDesc { name, func: func_index.get(f.0 as usize).copied().unwrap_or(f.0), sig: func_sigs.get(f.0 as usize).map_or(u32::MAX, |t| t.0) })
        .collect();
    methods.sort_by(|a, b| a.name.cmp(&b.name));
    methods
}

fn desc(
    types: &mut TypeTable,
    layouts: &mut Layouts,
    packages: &[tir::PackageInfo],
    method_sets: &HashMap<TypeId, Vec<(String, types::ty::FuncId)>>,
    func_sigs: &[TypeId],
    func_index: &[u32],
    t: TypeId,
) -> TypeDesc {
    let under = types.under(t).clone();
    let is_tuple = matches!(under, Type::Tuple(_));
    // Types of generic code (mentioning type parameters) never exist at run time.
    let generic = types.is_generic(t);
    let layout = if generic || t == TypeId::INVALID || t == TypeId::VOID || is_tuple || matches!(under, Type::Basic(Basic::Invalid)) {
        crate::layout::Layout { size: 8, stride: 8, packed: Mem::W64, ptrs: vec![false], signed: vec![] }
    } else {
        layouts.get(types, t)
    };
    let kind = kind(types, t);
    let name = reflect_name(types, packages, t);
    let named = matches!(types.get(t), Type::Named(_));
    let mut d = TypeDesc {
        id: t.0,
        kind,
        size: layout.size,
        words: layout.words(),
        packed: layout.packed,
        stride: layout.stride,
        name,
        named,
        pkg_path: types.named_info(t).and_then(|i| packages.get(i.pkg.0 as usize)).map(|p| p.path.clone()).unwrap_or_default(),
        elem: 0,
        key: 0,
        len: 0,
        fields: Vec::new(),
        iface_methods: Vec::new(),
        iface_method_sigs: Vec::new(),
        methods: parking_lot::RwLock::new(Vec::new()),
        ptr_shaped: matches!(kind, Kind::Pointer | Kind::Map | Kind::Chan | Kind::Func | Kind::UnsafePointer),
        shape: shape(&layout.ptrs),
        comparable: types.comparable(t),
        chan_dir: 0,
        func_params: Vec::new(),
        func_results: Vec::new(),
        variadic: false,
    };
    if generic {
        return d;
    }
    match &under {
        Type::Pointer(e) | Type::Slice(e) => d.elem = e.0,
        Type::Array(e, n) => {
            d.elem = e.0;
            d.len = *n;
        }
        Type::Map(k, v) => {
            d.key = k.0;
            d.elem = v.0;
        }
        Type::Chan(dir, e) => {
            d.elem = e.0;
            d.chan_dir = match dir {
                parser::ast::ChanDir::Both => 0,
                parser::ast::ChanDir::Send => 1,
                parser::ast::ChanDir::Recv => 2,
            };
        }
        Type::Struct(fields) => {
            let mut off = 0;
            for f in fields.iter() {
                let fl = layouts.get(types, f.ty);
                d.fields.push(FieldDesc {
                    name: f.name.clone(),
                    typ: f.ty.0,
                    offset: off,
                    exported: f.name.chars().next().is_some_and(char::is_uppercase),
                    embedded: f.embedded,
                    tag: f.tag.clone(),
                    pkg_path: f.pkg.and_then(|p| packages.get(p.0 as usize)).map(|p| p.path.clone()).unwrap_or_default(),
                });
                off += fl.size;
            }
        }
        Type::Interface(methods) => {
            d.iface_methods = methods.iter().map(|m| m.name.clone()).collect();
            d.iface_method_sigs = methods.iter().map(|m| m.sig.0).collect();
        }
        Type::Func(sig) => {
            d.func_params = sig.params.iter().map(|p| p.0).collect();
            d.func_results = sig.results.iter().map(|p| p.0).collect();
            d.variadic = sig.variadic;
        }
        _ => {}
    }
    // Methods usable with the interface data word as receiver.
    if kind != Kind::Interface {
        d.methods = parking_lot::RwLock::new(methods_of(types, method_sets, func_sigs, func_index, t, d.ptr_shaped));
    }
    d
}
