//! Objects (named language entities) and lexical scopes, in arenas.

use crate::constant::ConstValue;
use crate::tir::{Builtin, GlobalId, LocalId, Pos};
use crate::ty::{FuncId, PkgId, TypeId};
use crate::fxhash::FxHashMap;
use std::cell::Cell;

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
    names: FxHashMap<String, ObjId>,
    /// For an empty scope: its innermost non-empty ancestor (`u32::MAX`: none), valid while
    /// `Scopes::filled` equals the second field. Lookups skip runs of empty scopes with it,
    /// so deeply nested blocks (`if true { if true { ...`) do not cost O(depth) per lookup.
    skip: Cell<(u32, u64)>,
}

#[derive(Clone)]
pub struct Scopes {
    scopes: Vec<Scope>,
    objects: Vec<Object>,
    /// Number of scopes that received their first name, plus one (0 marks `skip` unset).
    /// Names are never removed, so a `skip` computed at the current count is still valid.
    filled: u64,
}

impl Scopes {
    pub fn new() -> Scopes {
        Scopes { scopes: Vec::new(), objects: Vec::new(), filled: 1 }
    }

    pub fn new_scope(&mut self, parent: Option<ScopeId>) -> ScopeId {
        self.scopes.push(Scope { parent, names: FxHashMap::default(), skip: Cell::new((u32::MAX, 0)) });
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
        let names = &mut self.scopes[s.0 as usize].names;
        if names.is_empty() {
            self.filled += 1;
        }
        names.insert(name, id);
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
            let scope = &self.scopes[s.0 as usize];
            if scope.names.is_empty() {
                s = self.nonempty_ancestor(s)?;
                continue;
            }
            if let Some(&id) = scope.names.get(name) {
                return Some((id, s));
            }
            s = scope.parent?;
        }
    }

    /// The innermost non-empty proper ancestor of the empty scope `s`, memoized in `skip`
    /// for `s` and the empty scopes between (amortized O(1)).
    fn nonempty_ancestor(&self, s: ScopeId) -> Option<ScopeId> {
        let mut chain = Vec::new();
        let mut cur = s;
        let found = loop {
            let scope = &self.scopes[cur.0 as usize];
            let (target, at) = scope.skip.get();
            if at == self.filled {
                break (target != u32::MAX).then_some(ScopeId(target));
            }
            chain.push(cur);
            match scope.parent {
                None => break None,
                Some(p) if !self.scopes[p.0 as usize].names.is_empty() => break Some(p),
                Some(p) => cur = p,
            }
        };
        let target = found.map_or(u32::MAX, |t| t.0);
        for c in chain {
            self.scopes[c.0 as usize].skip.set((target, self.filled));
        }
        found
    }

    /// Names declared directly in `s`, sorted (for deterministic iteration).
    pub fn names(&self, s: ScopeId) -> Vec<(String, ObjId)> {
        let mut v: Vec<_> = self.scopes[s.0 as usize].names.iter().map(|(k, v)| (k.clone(), *v)).collect();
        v.sort_by_key(|(_, id)| *id);
        v
    }
}
