//! The Go heap: allocation and the stop-the-world mark-sweep collector.
//!
//! STUB: this file fixes the API; the allocator behind it is a placeholder (leaking boxes,
//! no collection) until the real BiBOP heap lands. Everything outside this module may
//! rely only on what is documented here.
//!
//! # Model
//! - Every Go heap value is a sequence of 8-byte words in Go's layout. An object is allocated
//!   with an [`ObjKind`] that tells the collector where its pointers are.
//! - Pointers held by Go values point at an object's payload or anywhere inside it
//!   (interior pointers: `&s.f`, `&a[i]`, slice data). The collector maps any address
//!   inside an object back to the object.
//! - A pointer one past the end of an object is never created by the VM (a zero-capacity
//!   reslice keeps its old data pointer), so it never keeps the next object alive by mistake.
//! - Words that do not point into the heap (static strings, small integers, garbage in a
//!   register that is not currently a pointer) are ignored by [`Marker::mark`]; that is what
//!   makes marking a frame's registers by a per-function "may hold a pointer" bitmap safe.
//! - Word access to shared heap memory goes through [`load`] and [`store`]: relaxed atomic
//!   8-byte accesses, so racy Go programs observe stale or torn multi-word values but never
//!   cause Rust undefined behaviour.

use std::sync::atomic::{AtomicU64, Ordering};

/// Layout of one element of a scanned object: its size in words and which words are
/// pointers. An object of `n * words` payload words is `n` elements of this shape.
#[derive(Debug)]
pub struct Shape {
    /// Size of one element in words (≥ 1).
    pub words: u32,
    /// Bit `i` of `ptrmask[i / 64]` is set when word `i` of the element may hold a pointer.
    pub ptrmask: Box<[u64]>,
}

impl Shape {
    /// Whether word `i` (0-based, `< words`) may hold a pointer.
    pub fn is_ptr(&self, i: usize) -> bool {
        self.ptrmask.get(i / 64).is_some_and(|m| m >> (i % 64) & 1 == 1)
    }

    pub fn has_pointers(&self) -> bool {
        self.ptrmask.iter().any(|&m| m != 0)
    }
}

/// What the collector does with an object's payload.
#[derive(Clone, Copy)]
pub enum ObjKind {
    /// No pointers: byte arrays, `[]int` backing arrays, boxed scalars. Never scanned.
    Noscan,
    /// Payload is an array of elements of this shape (a struct, a slice backing array).
    Scan(&'static Shape),
    /// Payload is a Rust value implementing [`NativeObject`] (maps, channels); the
    /// collector calls its `trace` and drops it when the object dies.
    Native(&'static NativeVTable),
}

/// Type-erased functions of a native object.
pub struct NativeVTable {
    pub trace: unsafe fn(*const u8, &mut Marker),
    pub drop: unsafe fn(*mut u8),
    pub size: usize,
    pub align: usize,
}

/// A Rust value living in a heap object (a map's table, a channel).
pub trait NativeObject: Send + Sync + Sized + 'static {
    /// Marks every heap pointer this value holds.
    fn trace(&self, marker: &mut Marker);

    /// The vtable to pass to [`AllocCache::alloc_native`].
    const VTABLE: NativeVTable = NativeVTable {
        // SAFETY: the heap calls these only with a pointer to a live `Self` it allocated.
        trace: |p, m| unsafe { (*(p as *const Self)).trace(m) },
        drop: |p| unsafe { std::ptr::drop_in_place(p as *mut Self) },
        size: std::mem::size_of::<Self>(),
        align: std::mem::align_of::<Self>(),
    };
}

/// Per-P allocation cache (Go's `mcache`). Owned by one worker thread at a time; the fast
/// path takes no locks.
#[derive(Default)]
pub struct AllocCache {
    _private: (),
}

impl AllocCache {
    /// Allocates `payload_words` zeroed words and returns a pointer to the first.
    /// `payload_words == 0` returns the address of a shared static zero-size object.
    pub fn alloc(&mut self, kind: ObjKind, payload_words: usize) -> *mut u64 {
        let _ = kind;
        if payload_words == 0 {
            return zero_base();
        }
        let v: Box<[AtomicU64]> = (0..payload_words).map(|_| AtomicU64::new(0)).collect();
        Box::leak(v).as_mut_ptr() as *mut u64
    }

    /// Allocates a heap object holding `value`; the collector traces it through
    /// [`NativeObject::trace`] and drops it when unreachable.
    pub fn alloc_native<T: NativeObject>(&mut self, value: T) -> *mut T {
        Box::into_raw(Box::new(value))
    }
}

/// Address of the shared zero-size object (Go's `zerobase`).
pub fn zero_base() -> *mut u64 {
    static ZERO: AtomicU64 = AtomicU64::new(0);
    ZERO.as_ptr()
}

/// Collects mark work during a collection.
pub struct Marker {
    _private: (),
}

impl Marker {
    /// Marks the object containing address `word`, if `word` points into the heap.
    /// Any value is accepted: non-heap words are ignored.
    pub fn mark(&mut self, word: u64) {
        let _ = word;
    }

    /// Marks every word of `words` that may be a pointer (each validated as in [`Self::mark`]).
    pub fn mark_all(&mut self, words: &[u64]) {
        for &w in words {
            self.mark(w);
        }
    }
}

/// Whether the heap has grown past its trigger and a collection should start at the next
/// safepoint (Go's `GOGC` pacing: next goal = live heap after the last GC × 2, min 4 MiB).
pub fn gc_wanted() -> bool {
    false
}

/// Runs a full collection. The caller guarantees the world is stopped: no mutator runs and
/// every goroutine's state is saved where `roots` can see it. `roots` marks every root
/// (globals, goroutine stacks, wait buffers, timers).
pub fn collect(roots: &mut dyn FnMut(&mut Marker)) {
    let mut m = Marker { _private: () };
    roots(&mut m);
}

/// Relaxed atomic load of a heap word.
///
/// # Safety
/// `p` must be 8-byte aligned and point into a live heap object or static word.
#[inline(always)]
pub unsafe fn load(p: *const u64) -> u64 {
    // SAFETY: caller guarantees alignment and liveness; AtomicU64 has u64's layout.
    unsafe { (*(p as *const AtomicU64)).load(Ordering::Relaxed) }
}

/// Relaxed atomic store of a heap word.
///
/// # Safety
/// As for [`load`].
#[inline(always)]
pub unsafe fn store(p: *mut u64, v: u64) {
    // SAFETY: as in `load`.
    unsafe { (*(p as *const AtomicU64)).store(v, Ordering::Relaxed) }
}
