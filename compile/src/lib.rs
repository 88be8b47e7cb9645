//! Typed IR → register bytecode.
//!
//! One [`Compiler`] compiles a whole `tir::Program`: every function of the IR (same
//! indices), then functions it synthesizes itself (bound method values, `defer` of
//! builtins) after them. Tables that need runtime type descriptors (interface conversions,
//! type constants) are filled once all code is generated ([`Compiler::finish`]).
#![forbid(unsafe_code)]

mod call;
mod expr;
mod func;
pub mod layout;
mod place;
mod rtypes;
mod stmt;

use layout::Layouts;
use std::collections::HashMap;
use types::tir::{self, Program as Tir};
use types::ty::{FuncId, Type, TypeId};
use vm::native::NativeFn;
use vm::program::{AssertDesc, IfaceConv, PrintTable, Program, SelectTable, SpecialTypes};

/// Looks up the native implementing a body-less function, by its Go name.
pub type NativeLookup<'a> = &'a dyn Fn(&str) -> Option<NativeFn>;

/// A constant pool entry whose value is only known after type descriptors exist.
enum Fixup {
    /// Address of the type descriptor of this type.
    TypeDesc(TypeId),
}

/// A function the compiler generates itself.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Synth {
    /// `x.M` bound to a receiver captured by value.
    MethodValue(FuncId),
    /// `i.M` for interface type and method index.
    IfaceMethodValue(TypeId, u32),
    /// A builtin called through `defer`/`go`, with the argument types.
    Builtin(tir::Builtin, Vec<TypeId>),
    /// A stub for a body-less function without native implementation.
    Missing(FuncId),
}

pub struct Compiler<'a> {
    tir: Tir,
    layouts: Layouts,
    natives_lookup: NativeLookup<'a>,
    funcs: Vec<Option<vm::program::Func>>,
    consts: Vec<u64>,
    fixups: Vec<(usize, Fixup)>,
    strings: Vec<&'static [u8]>,
    string_index: HashMap<Vec<u8>, u32>,
    iface_convs: Vec<(TypeId, TypeId)>,
    iface_conv_index: HashMap<(TypeId, TypeId), u32>,
    asserts: Vec<AssertDesc>,
    select_tables: Vec<SelectTable>,
    print_tables: Vec<PrintTable>,
    natives: Vec<(String, NativeFn)>,
    native_index: HashMap<String, u32>,
    /// Byte offset of each global.
    global_offsets: Vec<u32>,
    globals_words: usize,
    globals_ptrs: Vec<bool>,
    synth: HashMap<Synth, u32>,
    /// Functions still to compile (synthesized ones are generated directly).
    file_paths: Vec<String>,
    /// What the program needs that minigo cannot compile yet (`file:line:col: message`).
    errors: Vec<String>,
}

/// Compiles a checked program. Errors are limitations of minigo (a value too large for a
/// frame's registers), as `file:line:col: message` lines.
pub fn compile(tir: Tir, natives: NativeLookup<'_>) -> Result<&'static Program, Vec<String>> {
    compile_session(tir, natives, 0).map(|(p, _)| p)
}

/// Compiles one REPL step's program: globals start at word `globals_start` of the globals
/// area (earlier sessions' globals stay where they are). Returns the type table extended
/// with the types the compiler created, which the session must adopt.
pub fn compile_session(tir: Tir, natives: NativeLookup<'_>, globals_start: usize) -> Result<(&'static Program, types::ty::TypeTable), Vec<String>> {
    let mut c = Compiler::new(tir, natives);
    c.globals_words = globals_start;
    c.compile_all();
    if !c.errors.is_empty() {
        return Err(std::mem::take(&mut c.errors));
    }
    Ok(c.finish())
}

impl<'a> Compiler<'a> {
    fn new(tir: Tir, natives_lookup: NativeLookup<'a>) -> Compiler<'a> {
        let file_paths = tir.files.iter().map(|f| f.path.clone()).collect();
        let n = tir.funcs.len();
        Compiler {
            tir,
            layouts: Layouts::default(),
            natives_lookup,
            funcs: (0..n).map(|_| None).collect(),
            consts: Vec::new(),
            fixups: Vec::new(),
            strings: Vec::new(),
            string_index: HashMap::new(),
            iface_convs: Vec::new(),
            iface_conv_index: HashMap::new(),
            asserts: Vec::new(),
            select_tables: Vec::new(),
            print_tables: Vec::new(),
            natives: Vec::new(),
            native_index: HashMap::new(),
            global_offsets: Vec::new(),
            globals_words: 0,
            globals_ptrs: Vec::new(),
            synth: HashMap::new(),
            file_paths,
            errors: Vec::new(),
        }
    }

    fn compile_all(&mut self) {
        // Globals area.
        for g in 0..self.tir.globals.len() {
            let ty = self.tir.globals[g].ty;
            let l = self.layouts.get(&self.tir.types, ty);
            self.global_offsets.push((self.globals_words * 8) as u32);
            self.globals_words += l.words() as usize;
            self.globals_ptrs.extend_from_slice(&l.ptrs[..l.words() as usize]);
        }
        for f in 0..self.tir.funcs.len() {
            let compiled = func::compile_func(self, FuncId(f as u32));
            self.funcs[f] = Some(compiled);
        }
    }

    /// Index of a constant in the pool.
    fn konst(&mut self, v: u64) -> u32 {
        self.consts.push(v);
        self.consts.len() as u32 - 1
    }

    /// A constant holding the address of a type descriptor (filled in by `finish`).
    fn type_const(&mut self, t: TypeId) -> u32 {
        let k = self.konst(0);
        self.fixups.push((k as usize, Fixup::TypeDesc(t)));
        k
    }

    fn string(&mut self, bytes: Vec<u8>) -> u32 {
        if let Some(&k) = self.string_index.get(&bytes) {
            return k;
        }
        let leaked: &'static [u8] = Box::leak(bytes.clone().into_boxed_slice());
        self.strings.push(leaked);
        let k = self.strings.len() as u32 - 1;
        self.string_index.insert(bytes, k);
        k
    }

    fn iface_conv(&mut self, concrete: TypeId, iface: TypeId) -> u32 {
        if let Some(&k) = self.iface_conv_index.get(&(concrete, iface)) {
            return k;
        }
        self.iface_convs.push((concrete, iface));
        let k = self.iface_convs.len() as u32 - 1;
        self.iface_conv_index.insert((concrete, iface), k);
        k
    }

    /// The native index for a body-less function, if minigo implements it.
    fn native(&mut self, name: &str) -> Option<u32> {
        if let Some(&i) = self.native_index.get(name) {
            return Some(i);
        }
        let f = (self.natives_lookup)(name)?;
        self.natives.push((name.to_string(), f));
        let i = self.natives.len() as u32 - 1;
        self.native_index.insert(name.to_string(), i);
        Some(i)
    }

    /// Reserves an index for a synthesized function and stores its code.
    fn add_synth(&mut self, key: Synth, f: vm::program::Func) -> u32 {
        self.funcs.push(Some(f));
        let i = self.funcs.len() as u32 - 1;
        self.synth.insert(key, i);
        i
    }

    /// Finds a named type by package path and name (for types the VM needs).
    fn find_named(&self, pkg: &str, name: &str) -> Option<TypeId> {
        let pid = self.tir.packages.iter().position(|p| p.path == pkg)?;
        (0..self.tir.types.named.len()).find_map(|i| {
            let n = &self.tir.types.named[i];
            if n.pkg.0 as usize == pid && n.name == name {
                self.tir.types.named_info_index(i)
            } else {
                None
            }
        })
    }

    fn finish(mut self) -> (&'static Program, types::ty::TypeTable) {
        let runtime_error = self.find_named("runtime", "errorString");
        let plain_error = self.find_named("runtime", "plainError");
        let panic_nil = self.find_named("runtime", "PanicNilError").map(|t| self.tir.types.pointer(t));
        let func_sigs: Vec<TypeId> = self.tir.funcs.iter().map(|f| f.sig).collect();
        let descs = rtypes::build(&mut self.tir.types, &mut self.layouts, &self.tir.packages, &self.tir.method_sets, &func_sigs);
        let addr = |t: TypeId| descs[t.0 as usize] as *const vm::types::TypeDesc as u64;
        for (k, fix) in &self.fixups {
            match fix {
                Fixup::TypeDesc(t) => self.consts[*k] = addr(*t),
            }
        }
        // Static itabs for interface conversions (created through the program's cache so
        // dynamic lookups share them).
        let statics: Vec<(TypeId, TypeId)> = self.iface_convs.clone();
        let funcs: Vec<vm::program::Func> = self.funcs.into_iter().map(|f| f.expect("minigo bug: function not compiled")).collect();
        let static_closures: Box<[std::sync::atomic::AtomicU64]> = (0..funcs.len()).map(|i| std::sync::atomic::AtomicU64::new(i as u64)).collect();
        let ptr_shape = rtypes::shape(&[true]).expect("one pointer word");
        let special = SpecialTypes {
            runtime_error: runtime_error.map(|t| t.0),
            plain_error: plain_error.map(|t| t.0),
            panic_nil_error: panic_nil.map(|t| t.0),
            string: TypeId::STRING.0,
            error: self.tir.types.named.iter().position(|n| n.name == "error" && n.pkg.0 == 0).and_then(|i| self.tir.types.named_info_index(i)).map_or(0, |t| t.0),
            any: TypeId::EMPTY_INTERFACE.0,
            panic_string_func: None,
        };
        let prog: &'static mut Program = Box::leak(Box::new(Program {
            funcs,
            consts: self.consts,
            strings: self.strings,
            types: descs.clone(),
            iface_convs: Vec::new(),
            asserts: self.asserts,
            select_tables: self.select_tables,
            print_tables: self.print_tables,
            natives: self.natives,
            files: self.file_paths,
            globals_words: self.globals_words,
            globals_shape: rtypes::shape(&self.globals_ptrs),
            init: self.tir.init.0,
            main: self.tir.main.map(|f| f.0),
            special,
            static_closures,
            itab_cache: parking_lot::Mutex::new(HashMap::new()),
            ptr_shape,
            basic_types: std::sync::OnceLock::new(),
            named_types: std::sync::OnceLock::new(),
        }));
        let mut convs = Vec::with_capacity(statics.len());
        for (concrete, iface) in statics {
            let typ = descs[concrete.0 as usize];
            let tab = if matches!(self.tir.types.under(iface), Type::Interface(m) if m.is_empty()) {
                typ as *const _ as u64
            } else {
                match prog.itab(typ, iface.0) {
                    Some(t) => t as *const _ as u64,
                    None => 0, // statically impossible; the checker rejected such conversions
                }
            };
            if std::env::var_os("MINIGO_DEBUG_ITAB").is_some() {
                eprintln!("conv {}: {} -> {} (iface methods {:?}) tab={:#x} has {:?}", convs.len(), descs[concrete.0 as usize].name, descs[iface.0 as usize].name, descs[iface.0 as usize].iface_methods, tab, descs[concrete.0 as usize].methods.iter().map(|m| &m.name).collect::<Vec<_>>());
            }
            convs.push(IfaceConv { tab, typ: concrete.0 });
        }
        prog.iface_convs = convs;
        (prog, self.tir.types)
    }
}
