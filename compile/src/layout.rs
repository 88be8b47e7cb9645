//! Memory layout of Go types (the VM's "Go layout").
//!
//! - Scalars, pointers, maps, channels, funcs: one 8-byte word.
//! - string: (ptr, len); slice: (ptr, len, cap); interface: (type word, data); complex128:
//!   (re, im); complex64: one word (two f32).
//! - Struct fields each start at a word boundary, in order.
//! - Arrays pack small scalar elements (1, 2 or 4 bytes: bool, int8..int32, uint8..uint32,
//!   float32); other elements take their full size. A standalone array value is rounded up
//!   to whole words.
//! Registers hold values in exactly this layout (a value of type T occupies
//! `words(T)` consecutive registers), so copying between registers and memory is a word copy.

use std::collections::HashMap;
use types::ty::{Basic, Type, TypeId, TypeTable};
use vm::op::Mem;

#[derive(Clone, Debug)]
pub struct Layout {
    /// Bytes of a standalone value (a multiple of 8).
    pub size: u32,
    /// Bytes of one element inside an array.
    pub stride: u32,
    /// Packed width as an array element (`W64` unless a small scalar).
    pub packed: Mem,
    /// Per word: may hold a heap pointer.
    pub ptrs: Vec<bool>,
    /// Words holding a signed integer narrower than a word (int8, int16, int32) outside
    /// packed arrays, with their width. A store through a pointer writes only the low bytes
    /// of such a word (the pointer could as well point into a packed array), so its upper
    /// bytes may be stale: loads re-read these words with a sign-extending narrow load.
    pub signed: Vec<(u32, Mem)>,
}

impl Layout {
    pub fn words(&self) -> u32 {
        self.size / 8
    }

    pub fn has_pointers(&self) -> bool {
        self.ptrs.iter().any(|&p| p)
    }
}

/// Computes and caches layouts.
#[derive(Default)]
pub struct Layouts {
    cache: HashMap<TypeId, Layout>,
    /// Array types too large to lay out (over 4 GiB): the compiler reports them.
    pub too_large: Vec<TypeId>,
}

/// The largest array minigo lays out: sizes are 32-bit.
const MAX_ARRAY_BYTES: u64 = u32::MAX as u64 - 7;

impl Layouts {
    pub fn get(&mut self, types: &TypeTable, t: TypeId) -> Layout {
        if let Some(l) = self.cache.get(&t) {
            return l.clone();
        }
        let l = self.compute(types, t);
        self.cache.insert(t, l.clone());
        l
    }

    pub fn words(&mut self, types: &TypeTable, t: TypeId) -> u32 {
        if t == TypeId::VOID {
            return 0;
        }
        self.get(types, t).words()
    }

    fn compute(&mut self, types: &TypeTable, t: TypeId) -> Layout {
        let word = |ptr: bool| Layout { size: 8, stride: 8, packed: Mem::W64, ptrs: vec![ptr], signed: vec![] };
        let small = |stride: u32, packed: Mem| {
            let signed = if matches!(packed, Mem::I8 | Mem::I16 | Mem::I32) { vec![(0, packed)] } else { vec![] };
            Layout { size: 8, stride, packed, ptrs: vec![false], signed }
        };
        match types.under(t).clone() {
            Type::Basic(b) => match b {
                Basic::Bool | Basic::Uint8 | Basic::UntypedBool => small(1, Mem::U8),
                Basic::Int8 => small(1, Mem::I8),
                Basic::Int16 => small(2, Mem::I16),
                Basic::Uint16 => small(2, Mem::U16),
                Basic::Int32 | Basic::UntypedRune => small(4, Mem::I32),
                Basic::Uint32 | Basic::Float32 => small(4, Mem::U32),
                Basic::String | Basic::UntypedString => Layout { size: 16, stride: 16, packed: Mem::W64, ptrs: vec![true, false], signed: vec![] },
                Basic::Complex128 | Basic::UntypedComplex => Layout { size: 16, stride: 16, packed: Mem::W64, ptrs: vec![false, false], signed: vec![] },
                Basic::UnsafePointer | Basic::UntypedNil => word(true),
                _ => word(false),
            },
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => word(true),
            Type::Slice(_) => Layout { size: 24, stride: 24, packed: Mem::W64, ptrs: vec![true, false, false], signed: vec![] },
            Type::Interface(_) => Layout { size: 16, stride: 16, packed: Mem::W64, ptrs: vec![false, true], signed: vec![] },
            Type::Array(e, n) => {
                let el = self.get(types, e);
                let bytes = match (el.stride as u64).checked_mul(n) {
                    Some(b) if b <= MAX_ARRAY_BYTES => b,
                    _ => {
                        // Reported by the compiler; the placeholder is never run.
                        self.too_large.push(t);
                        return word(false);
                    }
                };
                let size = bytes.div_ceil(8) as u32 * 8;
                let mut ptrs = Vec::with_capacity((size / 8) as usize);
                let mut signed = Vec::new();
                if el.stride >= 8 {
                    for i in 0..n {
                        ptrs.extend_from_slice(&el.ptrs);
                        let base = (i * el.words() as u64) as u32;
                        signed.extend(el.signed.iter().map(|&(w, m)| (base + w, m)));
                    }
                } else {
                    ptrs.resize((size / 8) as usize, false);
                }
                Layout { size, stride: size, packed: Mem::W64, ptrs, signed }
            }
            Type::Struct(fields) => {
                let mut ptrs = Vec::new();
                let mut signed = Vec::new();
                for f in fields.iter() {
                    let fl = self.get(types, f.ty);
                    let base = ptrs.len() as u32;
                    signed.extend(fl.signed.iter().map(|&(w, m)| (base + w, m)));
                    ptrs.extend_from_slice(&fl.ptrs[..fl.words() as usize]);
                }
                let size = ptrs.len() as u32 * 8;
                Layout { size, stride: size, packed: Mem::W64, ptrs, signed }
            }
            Type::Tuple(elems) => {
                let mut ptrs = Vec::new();
                let mut signed = Vec::new();
                for e in elems.iter() {
                    let el = self.get(types, *e);
                    let base = ptrs.len() as u32;
                    signed.extend(el.signed.iter().map(|&(w, m)| (base + w, m)));
                    ptrs.extend_from_slice(&el.ptrs[..el.words() as usize]);
                }
                let size = ptrs.len() as u32 * 8;
                Layout { size, stride: size, packed: Mem::W64, ptrs, signed }
            }
            Type::Named(_) => unreachable!("minigo bug: underlying type is named"),
            // Generic code is never compiled; its types have no layout.
            Type::TypeParam(_) | Type::Constraint(_) => word(false),
        }
    }

    /// Byte offset of field `i` of struct type `t`.
    pub fn field_offset(&mut self, types: &TypeTable, t: TypeId, i: u32) -> u32 {
        let Type::Struct(fields) = types.under(t).clone() else { return 0 };
        let mut off = 0;
        for f in fields.iter().take(i as usize) {
            off += self.get(types, f.ty).size;
        }
        off
    }

    /// Word offsets of a tuple's elements.
    pub fn tuple_offsets(&mut self, types: &TypeTable, t: TypeId) -> Vec<u32> {
        match types.get(t).clone() {
            Type::Tuple(elems) => {
                let mut offs = Vec::new();
                let mut w = 0;
                for e in elems.iter() {
                    offs.push(w);
                    w += self.words(types, *e);
                }
                offs
            }
            _ => vec![0],
        }
    }
}
