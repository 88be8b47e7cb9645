//! Objects (named language entities) and lexical scopes, in arenas.

use crate::constant::ConstValue;
use crate::tir::{Builtin, GlobalId, LocalId, Pos};
use crate::ty::{FuncId, PkgId, TypeId};
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScopeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VarRef {
    Global(GlobalId),
    /// A local of the given function.
    Local(FuncId, LocalId),
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    /// `ty` is INVALID until resolved.
    Const { ty: TypeId, val: ConstValue },
    TypeName { ty: TypeId },
    Var { var: VarRef, ty: TypeId },
    Func { func: FuncId },
    PkgName { pkg: PkgId },
    Builtin(Builtin),
    Nil,
    /// `iota` (value depends on context).
    Iota,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    pub pos: Pos,
    pub pkg: PkgId,
    pub used: bool,
}

#[derive(Clone)]
struct Scope {
    parent: Option<ScopeId>,
    names: HashMap<String, ObjId>,
}

#[derive(Clone)]
pub struct Scopes {
    scopes: Vec<Scope>,
    objects: Vec<Object>,
}

impl Scopes {
    pub fn new() -> Scopes {
        Scopes { scopes: Vec::new(), objects: Vec::new() }
    }

    pub fn new_scope(&mut self, parent: Option<ScopeId>) -> ScopeId {
        self.scopes.push(Scope { parent, names: HashMap::new() });
        ScopeId(self.scopes.len() as u32 - 1)
    }

    pub fn parent(&self, s: ScopeId) -> Option<ScopeId> {
        self.scopes[s.0 as usize].parent
    }

    pub fn add_object(&mut self, obj: Object) -> ObjId {
        self.objects.push(obj);
        ObjId(self.objects.len() as u32 - 1)
    }

    pub fn insert(&mut self, s: ScopeId, name: String, id: ObjId) {
        self.scopes[s.0 as usize].names.insert(name, id);
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }

    pub fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objects[id.0 as usize]
    }

    pub fn lookup_local(&self, s: ScopeId, name: &str) -> Option<ObjId> {
        self.scopes[s.0 as usize].names.get(name).copied()
    }

    /// Innermost object named `name` visible from scope `s`, with the scope it was found in.
    pub fn lookup(&self, mut s: ScopeId, name: &str) -> Option<(ObjId, ScopeId)> {
        loop {
            if let Some(&id) = self.scopes[s.0 as usize].names.get(name) {
                return Some((id, s));
            }
            s = self.scopes[s.0 as usize].parent?;
        }
    }

    /// Names declared directly in `s`, sorted (for deterministic iteration).
    pub fn names(&self, s: ScopeId) -> Vec<(String, ObjId)> {
        let mut v: Vec<_> = self.scopes[s.0 as usize].names.iter().map(|(k, v)| (k.clone(), *v)).collect();
        v.sort_by_key(|(_, id)| *id);
        v
    }
}
