//! The shared heap state (Go's `mheap` and `mcentral`): the page allocator, the registry
//! of every span, per-class pools of spans with free slots, collector statistics.
//!
//! Locks:
//! - [`GLOBAL`] guards [`Global`]: taken to create a span, to allocate a large object, by
//!   the collector for the whole collection, and to read statistics.
//! - [`POOLS`]`[span_class]` guards the list of spans of that class that have free slots and
//!   no owning cache. A span in a pool is touched by nobody else; popping it under the lock
//!   hands it to the popper.
//! - Lock order: `GLOBAL` before a pool lock. Allocation paths never hold a pool lock while
//!   taking `GLOBAL`; the collector takes `GLOBAL`, then pool locks one at a time.
//!
//! Span metadata is leaked from a `Box` when the span is created and reclaimed by the
//! sweeper when the span is freed, after its page-map entries are cleared (world stopped).

use std::ptr::NonNull;
use std::sync::atomic::{AtomicU64, Ordering};

use parking_lot::Mutex;

use super::header;
use super::pacing::{self, CollectorStats};
use super::page_map;
use super::pages::PageAllocator;
use super::size_class::{CLASSES, CLASS_COUNT, PAGE_BYTES, WORD_BYTES};
use super::span::{Span, SpanKind, SPAN_KINDS};
use super::{store, ObjKind};

/// Number of span classes: each size class in each span kind.
pub const SPAN_CLASSES: usize = CLASS_COUNT * SPAN_KINDS;

/// The span class of objects of size class `class` and kind `kind`.
#[inline(always)]
pub fn span_class(class: usize, kind: SpanKind) -> usize {
    class * SPAN_KINDS + kind as usize
}

/// A pointer to span metadata that can sit in the shared lists.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct SpanRef(pub NonNull<Span>);

// SAFETY: `Span` is `Sync` (its mutable part follows the ownership protocol in span.rs);
// the lists holding `SpanRef`s are themselves behind mutexes.
unsafe impl Send for SpanRef {}

impl SpanRef {
    /// The span. Valid while the span is registered: spans are freed only by the sweeper.
    #[inline(always)]
    pub fn span(&self) -> &Span {
        // SAFETY: registered spans are live `Box`-allocated metadata (see module doc); the
        // holder of a `SpanRef` obtained it from a list or cache that the sweeper keeps
        // up to date, and the sweeper runs only while the world is stopped.
        unsafe { self.0.as_ref() }
    }
}

pub struct Global {
    pub pages: PageAllocator,
    /// Every span whose pages are mapped: small spans (owned, pooled or full) and large ones.
    pub spans: Vec<SpanRef>,
    pub stats: CollectorStats,
    /// The collector's grey stack, kept between collections for its capacity.
    pub grey: Vec<usize>,
}

pub static GLOBAL: Mutex<Global> = Mutex::new(Global {
    pages: PageAllocator::new(),
    spans: Vec::new(),
    stats: CollectorStats::new(),
    grey: Vec::new(),
});

/// Bit `span_class` is set once that class's pool has been pushed to since the last
/// [`clear_pools`], so the sweeper locks only the pools that may hold something (an empty
/// collection would otherwise spend most of its time locking 225 empty pools).
static POOLS_USED: [AtomicU64; SPAN_CLASSES.div_ceil(64)] =
    [const { AtomicU64::new(0) }; SPAN_CLASSES.div_ceil(64)];

pub static POOLS: [Mutex<Vec<SpanRef>>; SPAN_CLASSES] =
    [const { Mutex::new(Vec::new()) }; SPAN_CLASSES];

/// A span of `span_class` with a free slot, now owned by the caller (an `AllocCache`).
pub fn acquire_span(span_class: usize) -> SpanRef {
    if let Some(span) = POOLS[span_class].lock().pop() {
        // SAFETY: popped under the pool lock, so the caller is now the span's only user.
        unsafe { (*span.span().state()).owned = true };
        return span;
    }
    let class = span_class / SPAN_KINDS;
    let kind = match span_class % SPAN_KINDS {
        0 => SpanKind::Noscan,
        1 => SpanKind::Scan,
        _ => SpanKind::Native,
    };
    let mut global = GLOBAL.lock();
    let run = global.pages.allocate(CLASSES[class].span_pages);
    let span = Span::new_small(class, kind, run);
    // SAFETY: the span is not yet shared.
    unsafe { (*span.state()).owned = true };
    register(&mut global, span)
}

/// Gives up the caller's ownership of `span` (its current span it is done with); a span
/// with free slots goes back to its pool, a full one waits for the sweeper.
pub fn release_span(span: SpanRef, span_class: usize) {
    // SAFETY: the caller owns the span; after this it no longer touches it.
    let state = unsafe { &mut *span.span().state() };
    state.owned = false;
    if state.has_free_slot() {
        push_to_pool(span_class, span);
    }
}

/// Puts an unowned span with free slots into its class pool.
pub fn push_to_pool(span_class: usize, span: SpanRef) {
    POOLS[span_class].lock().push(span);
    POOLS_USED[span_class / 64].fetch_or(1 << (span_class % 64), Ordering::Relaxed);
}

/// Empties every pool. World stopped (the sweeper rebuilds the pools), which also orders
/// every earlier `push_to_pool` before this.
pub fn clear_pools() {
    for (word, used) in POOLS_USED.iter().enumerate() {
        let mut bits = used.swap(0, Ordering::Relaxed);
        while bits != 0 {
            POOLS[word * 64 + bits.trailing_zeros() as usize]
                .lock()
                .clear();
            bits &= bits - 1;
        }
    }
}

/// Allocates an object too large for a size class on a span of its own; returns the
/// address of its header. The payload is zeroed.
pub fn allocate_large(kind: ObjKind, payload_words: usize) -> usize {
    let _own_work = crate::crash::enter_runtime();
    let bytes = payload_words
        .checked_add(1)
        .and_then(|words| words.checked_mul(WORD_BYTES))
        .expect("heap object too large");
    let pages = bytes.div_ceil(PAGE_BYTES);
    let mut global = GLOBAL.lock();
    let run = global.pages.allocate(pages);
    let span = Span::new_large(SpanKind::of(kind), run, pages, payload_words);
    // SAFETY: the span is not yet shared.
    unsafe { (*span.state()).alloc_bits[0] |= 1 };
    register(&mut global, span);
    drop(global);
    let object = run.start;
    if run.dirty {
        zero_words(object + WORD_BYTES, payload_words);
    }
    // SAFETY: `object` is the first word of the freshly mapped run, which nobody else knows.
    unsafe { store(object as *mut u64, header::encode(kind, payload_words)) };
    pacing::count_allocation(pages * PAGE_BYTES);
    object
}

/// Maps and registers a new span; returns a reference to it.
fn register(global: &mut Global, span: Box<Span>) -> SpanRef {
    let (start, pages) = (span.start, span.pages);
    let span = SpanRef(NonNull::from(Box::leak(span)));
    page_map::insert(start, pages, span.0.as_ptr());
    global.spans.push(span);
    span
}

/// Zeroes `words` words from `address` with relaxed atomic stores (see the mod docs on
/// racy publication).
#[inline]
pub fn zero_words(address: usize, words: usize) {
    for word in 0..words {
        // SAFETY: callers pass a payload inside a slot they just took from a span; the slot
        // lies within the span's mapped pages.
        unsafe { store((address + word * WORD_BYTES) as *mut u64, 0) };
    }
}
