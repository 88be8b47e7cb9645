//! The Go heap: allocation and the stop-the-world mark-sweep collector.
//!
//! Everything outside this module may rely only on what is documented here; the files
//! below are the implementation (design memo §3.2).
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
//!   cause Rust undefined behaviour. The heap itself zeroes payloads and writes headers with
//!   the same relaxed stores, so even a racy publication of a fresh object is not a data race.
//!   A torn slice or string may pair a pointer with a foreign length: check element addresses
//!   against [`object_bounds`].
//!
//! # Layout ("big bag of pages", after Go's `mheap`/`mcentral`/`mcache`)
//! - Memory comes in 64 KiB pages aligned to 64 KiB (`pages.rs`). A *span* is a run of pages
//!   holding objects of one size class and one span kind — noscan, scan or native — so that
//!   marking a noscan object never touches its memory and sweeping only reads the headers of
//!   dead objects in native spans (`span.rs`, `size_class.rs`). Objects over 32 KiB get a span
//!   of their own ("large").
//! - An object is one header word followed by its payload (`header.rs`); pointers handed out
//!   point at the payload.
//! - A two-level page map (`page_map.rs`) maps every page of every span to its metadata, so
//!   "which object contains this address?" is O(1) for any `u64`.
//! - Each worker thread (Go's P) owns an [`AllocCache`] with one current span per span class
//!   and allocates from it without locks or atomics (`cache.rs`). Spans move between caches
//!   through per-class pools under mutexes; new spans come from the global state
//!   (`central.rs`).
//!
//! # Collection
//! [`collect`] runs with the world stopped: mark from the roots with an explicit grey stack
//! (`mark.rs`), then sweep every span — live objects become the allocation bitmap, dead
//! native objects are dropped, empty spans go back to the page pool, idle memory beyond the
//! next cycle's needs goes back to the system (`sweep.rs`). Pacing follows Go's `GOGC`
//! (`pacing.rs`); `MINIGO_GCSTRESS=1` requests a collection at (nearly) every safepoint and
//! `MINIGO_GCVERIFY=1` runs the heap verifier (`verify.rs`) around every collection.
//!
//! # Who may touch what
//! - Page map entries, mark bits, pacing counters: atomics; anyone.
//! - A span's allocation state: the thread whose `AllocCache` owns the span, or — when no
//!   cache owns it — whoever holds its class pool's lock; and the collector while the world
//!   is stopped. "The world is stopped" means every mutator thread has handed its state over
//!   through a synchronising barrier (a mutex or release/acquire pair) that happens-before
//!   [`collect`], and resumes only through one that happens-after it returns. The scheduler
//!   provides that barrier.
//! - Object words: [`load`]/[`store`] by anyone; natives' Rust values by their own locks.
//!
//! # Rules for the scheduler and the VM
//! - Each P owns one [`AllocCache`]; call [`AllocCache::release`] (or drop it) when a P is
//!   retired. Caches need no flushing before a collection.
//! - At a safepoint, if [`gc_wanted`], stop the world, then call [`collect`] on one thread.
//!   Its `roots` closure (and every native `trace` and `Drop`) runs under the heap lock: it
//!   must not allocate, collect, or call [`stats`]/[`verify`].
//! - A pointer held only in a Rust local across an allocation is not a root (memo §3.6):
//!   keep it in a register or another place `roots` marks.
//! - A native value is written with plain stores, then `alloc_native` issues a release
//!   fence. A goroutine that may receive the pointer through a racy relaxed [`store`]
//!   should issue an acquire fence after loading it and before dereferencing it; with the
//!   release fence that orders the value's initialisation before its use. Channels and
//!   mutexes already give that order.

#[cfg(not(target_pointer_width = "64"))]
compile_error!("the heap assumes 64-bit addresses and 8-byte atomic words");

mod cache;
mod central;
mod header;
mod mark;
mod pacing;
mod page_map;
mod pages;
mod size_class;
mod span;
mod sweep;
mod verify;

#[cfg(test)]
mod tests;

use std::sync::atomic::{AtomicU64, Ordering};

pub use cache::AllocCache;
pub use mark::Marker;
pub use pacing::{
    gc_percent, gc_wanted, set_gc_percent, set_gc_stress, stats, HeapStats, STRESS_REST,
};
pub use sweep::collect;
pub use verify::{verify, VerifyReport};

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
        self.ptrmask
            .get(i / 64)
            .is_some_and(|m| m >> (i % 64) & 1 == 1)
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
///
/// Both `trace` and the value's `Drop` run inside [`collect`], with the world stopped and
/// heap locks held: they must not allocate on the Go heap, and `Drop` must not read other
/// heap objects (they may already be swept). `trace` may read them.
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

/// Proof that the caller is the only program using the heap; see [`exclusive_use`].
/// `Send`: a REPL session holds it for its lifetime and may move between threads.
pub struct ExclusiveUse {
    _private: (),
}

/// Whether a program holds the claim, and the condition its release signals.
static CLAIMED: parking_lot::Mutex<bool> = parking_lot::Mutex::new(false);
static RELEASED: parking_lot::Condvar = parking_lot::Condvar::new();

/// Waits until no other program uses the heap and claims it until the guard drops.
///
/// The heap is one per process, and a collection frees every object the collecting
/// program's roots do not reach and requires *every* mutator thread to be stopped. Two
/// programs — two schedulers, or tests run in parallel threads by `cargo test` — must
/// therefore never use the heap at the same time. The `minigo` binary runs one program per
/// process and needs no claim; a scheduler that may share its process (tests) should hold
/// one for the program's lifetime, and a test that allocates or collects directly holds one
/// for its whole run. Not reentrant: claim once per program.
pub fn exclusive_use() -> ExclusiveUse {
    let mut claimed = CLAIMED.lock();
    while *claimed {
        RELEASED.wait(&mut claimed);
    }
    *claimed = true;
    CLAIMS.fetch_add(1, Ordering::SeqCst);
    ExclusiveUse { _private: () }
}

static CLAIMS: AtomicU64 = AtomicU64::new(0);

/// How many times the heap was claimed ([`exclusive_use`]): tables outside the heap
/// keyed by heap addresses (semaphore waiters) compare it to forget what an earlier
/// program left.
pub fn claims() -> u64 {
    CLAIMS.load(Ordering::SeqCst)
}

impl Drop for ExclusiveUse {
    fn drop(&mut self) {
        *CLAIMED.lock() = false;
        RELEASED.notify_one();
    }
}

/// Address of the shared zero-size object (Go's `zerobase`).
pub fn zero_base() -> *mut u64 {
    static ZERO: AtomicU64 = AtomicU64::new(0);
    ZERO.as_ptr()
}

/// The payload range `[start, end)` (byte addresses) of the heap object containing `address`,
/// for bounds-checking slices and strings that a data race may have torn.
///
/// Returns `None` when `address` is not inside a heap object (static data, a span's unused
/// tail, memory the heap does not own); [`zero_base`] gives the empty range at itself. The
/// range never leaves the object's slot, whatever a racing program did. Callable by any
/// thread at any time.
pub fn object_bounds(address: u64) -> Option<(u64, u64)> {
    if address == zero_base() as u64 {
        return Some((address, address));
    }
    let span = page_map::lookup(address as usize)?;
    // SAFETY: the page map holds only live span metadata; a span is unmapped and freed only
    // by `sweep.rs` while the world is stopped, so it cannot vanish while a mutator runs here.
    let span = unsafe { &*span };
    let index = span.object_index(address as usize)?;
    let object = span.object_start(index);
    let payload_words = span.payload_words_of(object);
    let start = object as u64 + 8;
    Some((start, start + 8 * payload_words as u64))
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

/// Reads `n` (1..=8) bytes at `p`, which may be unaligned, as a little-endian word
/// (upper bytes zero). A whole aligned word is one relaxed atomic load; otherwise each byte
/// is a relaxed atomic byte load, so racing programs never cause undefined behaviour.
///
/// # Safety
/// `p..p+n` must lie in a live heap object or static data.
#[inline]
pub unsafe fn load_bytes(p: usize, n: usize) -> u64 {
    if n == 8 && p % 8 == 0 {
        // SAFETY: aligned and live per the caller.
        return unsafe { load(p as *const u64) };
    }
    let mut w = 0u64;
    for i in 0..n {
        // SAFETY: in bounds per the caller; AtomicU8 has no alignment requirement.
        let b = unsafe { (*((p + i) as *const std::sync::atomic::AtomicU8)).load(Ordering::Relaxed) };
        w |= (b as u64) << (8 * i);
    }
    w
}

/// Writes the low `n` (1..=8) bytes of `v` at `p`, which may be unaligned (see
/// [`load_bytes`]).
///
/// # Safety
/// As for [`load_bytes`].
#[inline]
pub unsafe fn store_bytes(p: usize, n: usize, v: u64) {
    if n == 8 && p % 8 == 0 {
        // SAFETY: aligned and live per the caller.
        return unsafe { store(p as *mut u64, v) };
    }
    for i in 0..n {
        // SAFETY: as in `load_bytes`.
        unsafe { (*((p + i) as *const std::sync::atomic::AtomicU8)).store((v >> (8 * i)) as u8, Ordering::Relaxed) };
    }
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
