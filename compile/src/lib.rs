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
    /// Program index of each IR function (REPL sessions: functions of later inputs come
    /// after the synthesized functions of earlier ones). Empty: the identity.
    func_index: Vec<u32>,
    /// Functions still to compile (synthesized ones are generated directly).
    file_paths: Vec<String>,
    /// What the program needs that minigo cannot compile yet (`file:line:col: message`).
    errors: Vec<String>,
}

/// Compiles a checked program. Errors are limitations of minigo (a value too large for a
/// frame's registers), as `file:line:col: message` lines.
pub fn compile(tir: Tir, natives: NativeLookup<'_>) -> Result<&'static Program, Vec<String>> {
    // Instructions name types with 16-bit operands.
    if tir.types.len() > 1 << 16 {
        return Err(vec![format!("program has {} distinct types, more than the 65536 minigo's instructions can name: not supported yet", tir.types.len())]);
    }
    let mut c = Compiler::new(tir, natives);
    c.compile_all();
    c.check_array_sizes();
    if !c.errors.is_empty() {
        return Err(std::mem::take(&mut c.errors));
    }
    let funcs: Vec<vm::program::Func> = std::mem::take(&mut c.funcs).into_iter().map(|f| f.expect("minigo bug: function not compiled")).collect();
    Ok(c.build_program(funcs, &mut Vec::new()))
}

/// A compiler kept alive across REPL inputs. Each input's program is the previous one
/// plus the code of the input: every function, constant, table and type descriptor of
/// earlier inputs keeps its index and address, so values, closures and goroutines of
/// earlier inputs work unchanged with the newest program (the VM moves every goroutine
/// to it).
pub struct Incremental {
    c: Option<Compiler<'static>>,
    descs: Vec<&'static vm::types::TypeDesc>,
}

impl Incremental {
    pub fn new() -> Incremental {
        Incremental { c: None, descs: Vec::new() }
    }

    /// Compiles the functions and globals `tir` adds to the previous input's program (it
    /// must extend it: same functions, globals and types first). On error nothing changes.
    pub fn step(&mut self, tir: Tir, natives: NativeLookup<'static>) -> Result<&'static Program, Vec<String>> {
        let before = self.c.as_ref().map(|c| c.checkpoint());
        let c = match &mut self.c {
            Some(c) => {
                c.tir = tir;
                c.file_paths = c.tir.files.iter().map(|f| f.path.clone()).collect();
                c
            }
            None => {
                let c = Compiler::new(tir, natives);
                self.c.insert(Compiler { funcs: Vec::new(), ..c })
            }
        };
        // New IR functions take the next program indices.
        let first_new = c.func_index.len();
        for _ in first_new..c.tir.funcs.len() {
            c.func_index.push(c.funcs.len() as u32);
            c.funcs.push(None);
        }
        c.layout_globals();
        for f in first_new..c.tir.funcs.len() {
            let compiled = func::compile_func(c, FuncId(f as u32));
            let i = c.func_index[f] as usize;
            c.funcs[i] = Some(compiled);
        }
        c.check_array_sizes();
        if !c.errors.is_empty() {
            let errors = std::mem::take(&mut c.errors);
            match before {
                Some(b) => c.restore(b),
                None => self.c = None,
            }
            return Err(errors);
        }
        let funcs: Vec<vm::program::Func> = c.funcs.iter().map(|f| f.clone().expect("minigo bug: function not compiled")).collect();
        Ok(c.build_program(funcs, &mut self.descs))
    }

    /// Program index of an IR function of the last input.
    pub fn func(&self, f: FuncId) -> u32 {
        self.c.as_ref().map_or(f.0, |c| c.fidx(f))
    }

    /// The type table including the types the compiler added (the checker must adopt it).
    pub fn types(&self) -> Option<&types::ty::TypeTable> {
        self.c.as_ref().map(|c| &c.tir.types)
    }
}

impl Default for Incremental {
    fn default() -> Self {
        Incremental::new()
    }
}

/// Lengths of a compiler's growing tables, to undo a failed REPL input.
struct Checkpoint {
    funcs: usize,
    func_index: usize,
    consts: usize,
    fixups: usize,
    asserts: usize,
    selects: usize,
    prints: usize,
    globals: usize,
    globals_words: usize,
    globals_ptrs: usize,
    synth: HashMap<Synth, u32>,
    iface_convs: usize,
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
            func_index: Vec::new(),
            file_paths,
            errors: Vec::new(),
        }
    }

    /// Places the globals not placed yet in the globals area.
    fn layout_globals(&mut self) {
        for g in self.global_offsets.len()..self.tir.globals.len() {
            let ty = self.tir.globals[g].ty;
            let l = self.layouts.get(&self.tir.types, ty);
            self.global_offsets.push((self.globals_words * 8) as u32);
            self.globals_words += l.words() as usize;
            self.globals_ptrs.extend_from_slice(&l.ptrs[..l.words() as usize]);
            self.report_too_large(Some(self.tir.globals[g].pos));
        }
    }

    /// `file:line:col` of a position, as diagnostics start.
    fn pos_string(&self, pos: tir::Pos) -> String {
        match self.tir.files.get(pos.file as usize) {
            Some(f) => {
                let (l, c) = f.lines.line_col(pos.span.start);
                format!("{}:{}:{}", f.path, l, c)
            }
            None => "?".into(),
        }
    }

    /// Reports the array types too large to lay out met since the last report (sizes are
    /// 32-bit), at `pos` when known.
    fn report_too_large(&mut self, pos: Option<tir::Pos>) {
        if self.layouts.too_large.is_empty() {
            return;
        }
        let at = pos.map_or(String::new(), |p| format!("{}: ", self.pos_string(p)));
        for t in std::mem::take(&mut self.layouts.too_large) {
            self.errors.push(format!("{}type {} is too large for minigo (over 4 GiB): not supported yet", at, self.tir.types.type_string(t)));
        }
    }

    fn checkpoint(&self) -> Checkpoint {
        Checkpoint {
            funcs: self.funcs.len(),
            func_index: self.func_index.len(),
            consts: self.consts.len(),
            fixups: self.fixups.len(),
            asserts: self.asserts.len(),
            selects: self.select_tables.len(),
            prints: self.print_tables.len(),
            globals: self.global_offsets.len(),
            globals_words: self.globals_words,
            globals_ptrs: self.globals_ptrs.len(),
            synth: self.synth.clone(),
            iface_convs: self.iface_convs.len(),
        }
    }

    fn restore(&mut self, b: Checkpoint) {
        self.funcs.truncate(b.funcs);
        self.func_index.truncate(b.func_index);
        self.consts.truncate(b.consts);
        self.fixups.truncate(b.fixups);
        self.asserts.truncate(b.asserts);
        self.select_tables.truncate(b.selects);
        self.print_tables.truncate(b.prints);
        self.global_offsets.truncate(b.globals);
        self.globals_words = b.globals_words;
        self.globals_ptrs.truncate(b.globals_ptrs);
        self.synth = b.synth;
        for k in self.iface_convs.drain(b.iface_convs..) {
            self.iface_conv_index.remove(&k);
        }
    }

    /// Array types too large to lay out that no statement reported (types of the program
    /// the compiler only meets when building descriptors).
    fn check_array_sizes(&mut self) {
        for i in 0..self.tir.types.len() {
            let t = TypeId(i as u32);
            if matches!(self.tir.types.get(t), Type::Array(..)) && !self.tir.types.is_generic(t) {
                let _ = self.layouts.get(&self.tir.types, t);
            }
        }
        self.report_too_large(None);
    }

    /// Program index of an IR function.
    fn fidx(&self, f: FuncId) -> u32 {
        self.func_index.get(f.0 as usize).copied().unwrap_or(f.0)
    }

    fn compile_all(&mut self) {
        self.layout_globals();
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

    /// The program of the code compiled so far. `descs`: type descriptors of an earlier
    /// build, kept (their addresses are in values) and extended.
    fn build_program(&mut self, funcs: Vec<vm::program::Func>, descs: &mut Vec<&'static vm::types::TypeDesc>) -> &'static Program {
        let runtime_error = self.find_named("runtime", "errorString");
        let plain_error = self.find_named("runtime", "plainError");
        let panic_nil = self.find_named("runtime", "PanicNilError").map(|t| self.tir.types.pointer(t));
        let bounds_error = self.find_named("runtime", "boundsError");
        let assert_error = self.find_named("runtime", "TypeAssertionError").map(|t| self.tir.types.pointer(t));
        let func_sigs: Vec<TypeId> = self.tir.funcs.iter().map(|f| f.sig).collect();
        rtypes::build(&mut self.tir.types, &mut self.layouts, &self.tir.packages, &self.tir.method_sets, &func_sigs, &self.func_index, descs);
        let descs = descs.clone();
        let addr = |t: TypeId| descs[t.0 as usize] as *const vm::types::TypeDesc as u64;
        for (k, fix) in &self.fixups {
            match fix {
                Fixup::TypeDesc(t) => self.consts[*k] = addr(*t),
            }
        }
        // Static itabs for interface conversions (created through the program's cache so
        // dynamic lookups share them).
        let statics: Vec<(TypeId, TypeId)> = self.iface_convs.clone();
        let static_closures: Box<[std::sync::atomic::AtomicU64]> = (0..funcs.len()).map(|i| std::sync::atomic::AtomicU64::new(i as u64)).collect();
        let ptr_shape = rtypes::shape(&[true]).expect("one pointer word");
        let special = SpecialTypes {
            runtime_error: runtime_error.map(|t| t.0),
            plain_error: plain_error.map(|t| t.0),
            panic_nil_error: panic_nil.map(|t| t.0),
            bounds_error: bounds_error.map(|t| t.0),
            type_assertion_error: assert_error.map(|t| t.0),
            string: TypeId::STRING.0,
            error: self.tir.types.named.iter().position(|n| n.name == "error" && n.pkg.0 == 0).and_then(|i| self.tir.types.named_info_index(i)).map_or(0, |t| t.0),
            any: TypeId::EMPTY_INTERFACE.0,
            panic_string_func: None,
        };
        let prog: &'static mut Program = Box::leak(Box::new(Program {
            funcs,
            consts: self.consts.clone(),
            strings: self.strings.clone(),
            types: descs.clone(),
            iface_convs: Vec::new(),
            asserts: self.asserts.clone(),
            select_tables: self.select_tables.clone(),
            print_tables: self.print_tables.clone(),
            natives: self.natives.clone(),
            files: self.file_paths.clone(),
            globals_words: self.globals_words,
            globals_shape: rtypes::shape(&self.globals_ptrs),
            init: self.fidx(self.tir.init),
            main: self.tir.main.map(|f| self.fidx(f)),
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
            convs.push(IfaceConv { tab, typ: concrete.0 });
        }
        prog.iface_convs = convs;
        prog
    }
}
