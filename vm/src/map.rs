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

/// How keys are hashed and compared. Most maps are keyed by a one-word scalar or by a
/// string; those skip the type-directed walk of `value::hash` and `value::equal`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum KeyClass {
    /// One word, equal exactly when the words are (integers, bool, pointers, channels).
    Word,
    /// A string `(ptr, len)`: equal when the bytes are.
    Str,
    /// Anything else: the general type-directed hash and equality.
    Other,
}

impl KeyClass {
    fn of(t: &TypeDesc) -> KeyClass {
        use crate::types::Kind::*;
        match t.kind {
            String => KeyClass::Str,
            Bool | Int | Int8 | Int16 | Int32 | Int64 | Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr | Pointer | Chan | UnsafePointer if t.words == 1 => KeyClass::Word,
            _ => KeyClass::Other,
        }
    }
}

/// Mixes a one-word key with the map's seed: a folded 128-bit product, so that both the
/// low bits (bucket) and the high bits (hashbrown's tag) depend on every key bit.
#[inline]
fn mix_word(w: u64, seed: u64) -> u64 {
    let p = ((w ^ seed) as u128).wrapping_mul(0x9e37_79b9_7f4a_7c15_u128 ^ ((seed as u128) << 64 | 0x2545_f491_4f6c_dd1d));
    (p as u64) ^ ((p >> 64) as u64)
}

/// The bytes of a string of at most 16 bytes as two words that, with the length, determine
/// it: the first and last 8 bytes (overlapping below 16), the first and last 4 below 8, and
/// the first, middle and last byte below 4. `None` for longer strings.
#[inline(always)]
fn short_words(b: &[u8]) -> Option<(u64, u64)> {
    let n = b.len();
    let word = |i: usize| u64::from_le_bytes(b[i..i + 8].try_into().unwrap());
    let half = |i: usize| u32::from_le_bytes(b[i..i + 4].try_into().unwrap()) as u64;
    Some(match n {
        0 => (0, 0),
        1..=3 => (b[0] as u64 | (b[n / 2] as u64) << 8 | (b[n - 1] as u64) << 16, 0),
        4..=7 => (half(0), half(n - 4)),
        8..=16 => (word(0), word(n - 8)),
        _ => return None,
    })
}

/// Hash of a string key: short strings mix their two words (`short_words`) with the seed,
/// longer ones go through foldhash.
#[inline(always)]
fn hash_str(inner: &Inner, b: &[u8]) -> u64 {
    match short_words(b) {
        Some((lo, hi)) => mix_word(lo, mix_word(hi, inner.seed ^ b.len() as u64)),
        None => inner.hasher.hash_one(b),
    }
}

/// Equality of two strings given as (ptr, len) words; short ones compare in registers.
///
/// # Safety
/// Both must be live strings.
#[inline(always)]
unsafe fn str_eq(p: u64, n: u64, q: u64, m: u64) -> bool {
    if n != m {
        return false;
    }
    if p == q {
        return true;
    }
    // SAFETY: per the caller.
    let (a, b) = unsafe { (value::bytes(p, n), value::bytes(q, m)) };
    match (short_words(a), short_words(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

/// Copies a few words (keys and values are mostly 1-3 words: a loop beats a memcpy call).
#[inline(always)]
fn copy_words(dst: &mut [u64], src: &[u64]) {
    for (d, s) in dst.iter_mut().zip(src) {
        *d = *s;
    }
}

pub struct GoMap {
    prog: &'static Program,
    pub key: &'static TypeDesc,
    pub val: &'static TypeDesc,
    kw: usize,
    vw: usize,
    class: KeyClass,
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
    /// Per-map seed of one-word keys (Go randomizes hashing per map too).
    seed: u64,
    /// The slot the last lookup found (`u32::MAX`: none). `m[k] op= v` and `m[k]++` look
    /// the key up, then store it; the store finds the slot here without hashing.
    last: u32,
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
            class: KeyClass::of(key),
            writing: AtomicBool::new(false),
            inner: Mutex::new(Inner {
                index: HashTable::with_capacity(hint),
                slots: Vec::with_capacity(hint * (kw + vw)),
                hashes: Vec::with_capacity(hint),
                live: Vec::with_capacity(hint),
                free: Vec::new(),
                len: 0,
                hasher: foldhash::fast::RandomState::default(),
                seed: foldhash::fast::RandomState::default().hash_one(0u64),
                last: u32::MAX,
            }),
        }
    }

    #[inline(always)]
    fn hash_key(&self, inner: &Inner, key: &[u64]) -> Result<u64, Uncomparable> {
        match self.class {
            KeyClass::Word => Ok(mix_word(key[0], inner.seed)),
            // SAFETY: string words are a live (ptr, len) pair.
            KeyClass::Str => Ok(hash_str(inner, unsafe { value::bytes(key[0], key[1]) })),
            KeyClass::Other => self.hash_other(inner, key),
        }
    }

    fn hash_other(&self, inner: &Inner, key: &[u64]) -> Result<u64, Uncomparable> {
        let mut h = inner.hasher.build_hasher();
        value::hash(self.prog, self.key, key, &mut h)?;
        Ok(h.finish())
    }

    #[inline(always)]
    fn find(&self, inner: &Inner, hash: u64, key: &[u64]) -> Result<Option<u32>, Uncomparable> {
        let stride = self.kw + self.vw;
        let slots = &inner.slots;
        match self.class {
            KeyClass::Word => {
                let k = key[0];
                Ok(inner.index.find(hash, |&i| slots[i as usize * stride] == k).copied())
            }
            KeyClass::Str => {
                let (p, n) = (key[0], key[1]);
                Ok(inner
                    .index
                    .find(hash, |&i| {
                        let off = i as usize * stride;
                        let (q, m) = (slots[off], slots[off + 1]);
                        // SAFETY: string words are a live (ptr, len) pair.
                        unsafe { str_eq(q, m, p, n) }
                    })
                    .copied())
            }
            KeyClass::Other => self.find_other(inner, hash, key),
        }
    }

    fn find_other(&self, inner: &Inner, hash: u64, key: &[u64]) -> Result<Option<u32>, Uncomparable> {
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
        let mut inner = self.inner.lock();
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
                inner.last = i;
                let off = i as usize * (self.kw + self.vw) + self.kw;
                copy_words(&mut out[..self.vw], &inner.slots[off..off + self.vw]);
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

    /// Whether the map takes the one-word-value paths `get_word` / `set_word`: a key of
    /// one word or a string (hashed directly, equality never fails) and a one-word value
    /// (`map[string]int`, `map[int]bool`, `map[K]*T`...).
    #[inline]
    pub fn word_valued(&self) -> bool {
        self.class != KeyClass::Other && self.vw == 1
    }

    /// `get` for a `word_valued` map; `key` holds the key in its first `kw` words.
    #[inline]
    pub fn get_word(&self, key: [u64; 2]) -> Result<Option<u64>, MapError> {
        self.check_no_writer(READ_WRITE)?;
        let mut inner = self.inner.lock();
        if inner.len == 0 {
            return Ok(None);
        }
        let k = &key[..self.kw];
        let Ok(h) = self.hash_key(&inner, k) else { return Ok(None) };
        let Ok(Some(i)) = self.find(&inner, h, k) else { return Ok(None) };
        inner.last = i;
        Ok(Some(inner.slots[i as usize * (self.kw + 1) + self.kw]))
    }

    /// `set` for a `word_valued` map: the slot the last lookup found is reused when it holds
    /// the key (`m[k]++`), otherwise the general path.
    #[inline]
    pub fn set_word(&self, key: [u64; 2], val: u64) -> Result<(), MapError> {
        self.write(|| {
            let k = &key[..self.kw];
            {
                let mut inner = self.inner.lock();
                if let Some(off) = self.last_slot_holding(&inner, k) {
                    // Go overwrites the key too (the new string may be the one still referenced).
                    copy_words(&mut inner.slots[off..off + self.kw], k);
                    inner.slots[off + self.kw] = val;
                    return Ok(());
                }
            }
            self.set_locked(k, &[val])
        })
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
        let stride = self.kw + self.vw;
        if let Some(off) = self.last_slot_holding(inner, key) {
            // Go overwrites the key too (the new string may be the one still referenced).
            copy_words(&mut inner.slots[off..off + self.kw], &key[..self.kw]);
            copy_words(&mut inner.slots[off + self.kw..off + stride], &val[..self.vw]);
            return Ok(());
        }
        let h = self.hash_key(inner, key)?;
        if let Some(i) = self.find(inner, h, key)? {
            let off = i as usize * stride;
            // Go overwrites the key too (matters for +0/-0 and interface keys).
            copy_words(&mut inner.slots[off..off + self.kw], &key[..self.kw]);
            copy_words(&mut inner.slots[off + self.kw..off + stride], &val[..self.vw]);
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

    /// The word offset of the last found slot if it is live and holds a key equal to `key`.
    /// Only for word and string keys, whose equality is cheap and never fails.
    #[inline]
    fn last_slot_holding(&self, inner: &Inner, key: &[u64]) -> Option<usize> {
        let i = inner.last as usize;
        if self.class == KeyClass::Other || i >= inner.live.len() || !inner.live[i] {
            return None;
        }
        let off = i * (self.kw + self.vw);
        let held = &inner.slots[off..off + self.kw];
        let same = match self.class {
            // SAFETY: string words are a live (ptr, len) pair.
            KeyClass::Str => unsafe { str_eq(held[0], held[1], key[0], key[1]) },
            _ => held[0] == key[0],
        };
        same.then_some(off)
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

    /// Words of a key and of a value.
    #[inline]
    pub fn key_words(&self) -> usize {
        self.kw
    }

    #[inline]
    pub fn val_words(&self) -> usize {
        self.vw
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
