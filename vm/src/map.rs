//! Go maps: a heap object owning a hash table of word-encoded keys and values.
//!
//! Entries live in a slot vector (`kw + vw` words each); a hash table maps hashes to slot
//! indices. Deleted slots are reused. Iteration walks the slots that existed when it
//! started, from a random start (Go randomizes iteration order): an entry deleted before
//! it is reached is not produced, an entry added during iteration may or may not be
//! (the spec's rules).
//!
//! Invariant: `inner` is only accessed under its lock, so racing goroutines may corrupt
//! the Go-level meaning but never the table.
//!
//! Unsynchronized use is detected as Go detects it: a writer raises the `writing` flag for
//! the duration of its write; a second writer, a reader or an iterator that finds it raised
//! reports `concurrent map writes` (`... read and map write`, `... iteration and map
//! write`), a fatal error. Like Go's, the check catches most races, not all.

use crate::program::Program;
use crate::types::TypeDesc;
use crate::value::{self, Uncomparable};
use hashbrown::HashTable;
use parking_lot::Mutex;
use runtime::heap::{Marker, NativeObject, Shape};
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicBool, Ordering};

/// Why a map operation failed.
pub enum MapError {
    /// The key's dynamic type cannot be hashed: a runtime panic `hash of unhashable type T`.
    Unhashable(String),
    /// Unsynchronized use by two goroutines: `fatal error: <text>`.
    Concurrent(&'static str),
}

impl From<Uncomparable> for MapError {
    fn from(e: Uncomparable) -> MapError {
        MapError::Unhashable(e.0)
    }
}

const WRITES: &str = "concurrent map writes";
const READ_WRITE: &str = "concurrent map read and map write";
const ITERATION_WRITE: &str = "concurrent map iteration and map write";

pub struct GoMap {
    prog: &'static Program,
    pub key: &'static TypeDesc,
    pub val: &'static TypeDesc,
    kw: usize,
    vw: usize,
    /// Raised while a goroutine writes (see the module comment).
    writing: AtomicBool,
    inner: Mutex<Inner>,
}

struct Inner {
    index: HashTable<u32>,
    slots: Vec<u64>,
    hashes: Vec<u64>,
    live: Vec<bool>,
    free: Vec<u32>,
    len: usize,
    hasher: foldhash::fast::RandomState,
}

/// Iteration state kept in 4 registers: map pointer, start slot, steps taken, slots at start.
pub const ITER_WORDS: usize = 4;

impl GoMap {
    pub fn new(prog: &'static Program, key: &'static TypeDesc, val: &'static TypeDesc, hint: usize) -> GoMap {
        let (kw, vw) = (key.words as usize, val.words as usize);
        let hint = hint.min(1 << 20);
        GoMap {
            prog,
            key,
            val,
            kw,
            vw,
            writing: AtomicBool::new(false),
            inner: Mutex::new(Inner {
                index: HashTable::with_capacity(hint),
                slots: Vec::with_capacity(hint * (kw + vw)),
                hashes: Vec::with_capacity(hint),
                live: Vec::with_capacity(hint),
                free: Vec::new(),
                len: 0,
                hasher: foldhash::fast::RandomState::default(),
            }),
        }
    }

    fn hash_key(&self, inner: &Inner, key: &[u64]) -> Result<u64, Uncomparable> {
        let mut h = inner.hasher.build_hasher();
        value::hash(self.prog, self.key, key, &mut h)?;
        Ok(h.finish())
    }

    fn find(&self, inner: &Inner, hash: u64, key: &[u64]) -> Result<Option<u32>, Uncomparable> {
        let stride = self.kw + self.vw;
        let mut err = None;
        let found = inner.index.find(hash, |&i| {
            let i = i as usize;
            if inner.hashes[i] != hash {
                return false;
            }
            match value::equal(self.prog, self.key, &inner.slots[i * stride..i * stride + self.kw], key) {
                Ok(b) => b,
                Err(e) => {
                    err = Some(e);
                    false
                }
            }
        });
        match err {
            Some(e) => Err(e),
            None => Ok(found.copied()),
        }
    }

    /// Copies the value for `key` into `out` (zero if absent); returns whether present.
    pub fn get(&self, key: &[u64], out: &mut [u64]) -> Result<bool, MapError> {
        self.check_no_writer(READ_WRITE)?;
        let inner = self.inner.lock();
        if inner.len == 0 {
            // Hashing still validates the key type (`m[[]int{}]` on an empty map panics).
            if self.key.kind == crate::types::Kind::Interface {
                self.hash_key(&inner, key)?;
            }
            out[..self.vw].fill(0);
            return Ok(false);
        }
        let h = self.hash_key(&inner, key)?;
        match self.find(&inner, h, key)? {
            Some(i) => {
                let off = i as usize * (self.kw + self.vw) + self.kw;
                out[..self.vw].copy_from_slice(&inner.slots[off..off + self.vw]);
                Ok(true)
            }
            None => {
                out[..self.vw].fill(0);
                Ok(false)
            }
        }
    }

    pub fn set(&self, key: &[u64], val: &[u64]) -> Result<(), MapError> {
        self.write(|| self.set_locked(key, val))
    }

    /// Runs a write with the `writing` flag raised.
    fn write<T>(&self, f: impl FnOnce() -> Result<T, MapError>) -> Result<T, MapError> {
        if self.writing.swap(true, Ordering::Acquire) {
            return Err(MapError::Concurrent(WRITES));
        }
        let r = f();
        if !self.writing.swap(false, Ordering::Release) {
            return Err(MapError::Concurrent(WRITES));
        }
        r
    }

    fn check_no_writer(&self, what: &'static str) -> Result<(), MapError> {
        if self.writing.load(Ordering::Relaxed) {
            return Err(MapError::Concurrent(what));
        }
        Ok(())
    }

    fn set_locked(&self, key: &[u64], val: &[u64]) -> Result<(), MapError> {
        let mut guard = self.inner.lock();
        let inner = &mut *guard;
        let h = self.hash_key(inner, key)?;
        let stride = self.kw + self.vw;
        if let Some(i) = self.find(inner, h, key)? {
            let off = i as usize * stride;
            // Go overwrites the key too (matters for +0/-0 and interface keys).
            inner.slots[off..off + self.kw].copy_from_slice(&key[..self.kw]);
            inner.slots[off + self.kw..off + stride].copy_from_slice(&val[..self.vw]);
            return Ok(());
        }
        let slot = match inner.free.pop() {
            Some(s) => {
                let off = s as usize * stride;
                inner.slots[off..off + self.kw].copy_from_slice(&key[..self.kw]);
                inner.slots[off + self.kw..off + stride].copy_from_slice(&val[..self.vw]);
                inner.hashes[s as usize] = h;
                inner.live[s as usize] = true;
                s
            }
            None => {
                let s = inner.live.len() as u32;
                inner.slots.extend_from_slice(&key[..self.kw]);
                inner.slots.extend_from_slice(&val[..self.vw]);
                inner.hashes.push(h);
                inner.live.push(true);
                s
            }
        };
        let hashes = &inner.hashes;
        inner.index.insert_unique(h, slot, |&i| hashes[i as usize]);
        inner.len += 1;
        Ok(())
    }

    pub fn delete(&self, key: &[u64]) -> Result<(), MapError> {
        self.write(|| self.delete_locked(key))
    }

    fn delete_locked(&self, key: &[u64]) -> Result<(), MapError> {
        let mut guard = self.inner.lock();
        let inner = &mut *guard;
        if inner.len == 0 {
            if self.key.kind == crate::types::Kind::Interface {
                self.hash_key(inner, key)?;
            }
            return Ok(());
        }
        let h = self.hash_key(inner, key)?;
        if let Some(i) = self.find(inner, h, key)? {
            if let Ok(e) = inner.index.find_entry(h, |&x| x == i) {
                e.remove();
            }
            let stride = self.kw + self.vw;
            let off = i as usize * stride;
            inner.slots[off..off + stride].fill(0);
            inner.live[i as usize] = false;
            inner.free.push(i);
            inner.len -= 1;
        }
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.inner.lock().len
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn clear(&self) -> Result<(), MapError> {
        self.write(|| {
            let mut inner = self.inner.lock();
            inner.index.clear();
            inner.slots.clear();
            inner.hashes.clear();
            inner.live.clear();
            inner.free.clear();
            inner.len = 0;
            Ok(())
        })
    }

    /// Number of slots (the iteration range at the start of a `range`).
    pub fn slot_count(&self) -> usize {
        self.inner.lock().live.len()
    }

    /// Produces the entry at slot `i` into `out` (key then value) if it is live.
    pub fn slot(&self, i: usize, out: &mut [u64]) -> Result<bool, MapError> {
        self.check_no_writer(ITERATION_WRITE)?;
        let inner = self.inner.lock();
        if i >= inner.live.len() || !inner.live[i] {
            return Ok(false);
        }
        let stride = self.kw + self.vw;
        out[..stride].copy_from_slice(&inner.slots[i * stride..(i + 1) * stride]);
        Ok(true)
    }

    /// All live entries (key, value words), for fmt's sorted map printing.
    pub fn entries(&self) -> Vec<Vec<u64>> {
        let inner = self.inner.lock();
        let stride = self.kw + self.vw;
        (0..inner.live.len()).filter(|&i| inner.live[i]).map(|i| inner.slots[i * stride..(i + 1) * stride].to_vec()).collect()
    }
}

/// Marks the pointer words of a value per its shape.
pub fn mark_shape(marker: &mut Marker, shape: Option<&Shape>, words: &[u64]) {
    let Some(shape) = shape else { return };
    let n = shape.words as usize;
    if n == 0 {
        return;
    }
    for (i, w) in words.iter().enumerate() {
        if shape.is_ptr(i % n) {
            marker.mark(*w);
        }
    }
}

impl NativeObject for GoMap {
    fn trace(&self, marker: &mut Marker) {
        let (ks, vs) = (self.key.shape, self.val.shape);
        if ks.is_none() && vs.is_none() {
            return;
        }
        let inner = self.inner.lock();
        let stride = self.kw + self.vw;
        for i in 0..inner.live.len() {
            if inner.live[i] {
                let e = &inner.slots[i * stride..(i + 1) * stride];
                mark_shape(marker, ks, &e[..self.kw]);
                mark_shape(marker, vs, &e[self.kw..]);
            }
        }
    }
}
