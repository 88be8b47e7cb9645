//! The per-P allocation cache (Go's `mcache`): one current span per span class.
//!
//! The fast path — [`AllocCache::alloc`] of a small object whose current span has a free
//! slot — takes no lock and does no atomic read-modify-write: it finds the lowest free bit of
//! the span's allocation bitmap, zeroes the payload if the span's memory was used before,
//! writes the header and adds the slot size to a private byte counter. When the span is
//! full the cache hands it back and takes another from the class pool or, failing that, a
//! new span from the global state (`central.rs`). Objects over 32 KiB go straight to the
//! global state.
//!
//! Ownership: the cache owns its current spans (their `owned` flag is set) and is the only
//! code that allocates from them, except that the collector sweeps them while the world is
//! stopped and leaves them owned. The cache may move between threads (it is `Send`, not
//! `Sync`); whoever moves it provides the synchronisation.
//!
//! Accounting: the private counter is flushed to the pacer every [`FLUSH_BYTES`] (and when
//! the cache is released), so `gc_wanted` lags at most that much per cache. Bytes counted
//! before a collection but flushed after it are dropped from the live estimate, since the
//! collection already measured what survived (`pacing.rs`, epochs).

use super::central::{self, span_class, zero_words, SpanRef, SPAN_CLASSES};
use super::header;
use super::pacing;
use super::size_class::{class_for_object_words, MAX_SMALL_OBJECT_BYTES, WORD_BYTES};
use super::span::SpanKind;
use super::{store, zero_base, NativeObject, NativeVTable, ObjKind};

/// Allocated bytes a cache accumulates before flushing them to the pacer.
pub const FLUSH_BYTES: usize = 64 * 1024;

/// Payload words of the largest object served from a size class.
const MAX_SMALL_PAYLOAD_WORDS: usize = MAX_SMALL_OBJECT_BYTES / WORD_BYTES - 1;

/// Per-P allocation cache (Go's `mcache`). Owned by one worker thread at a time; the fast
/// path takes no locks.
pub struct AllocCache {
    /// The span each span class allocates from, if any.
    current: [Option<SpanRef>; SPAN_CLASSES],
    /// Bytes and objects allocated from small spans and not yet reported to the pacer.
    unflushed_bytes: usize,
    unflushed_objects: u64,
    /// The collection epoch `unflushed_bytes` were counted in.
    epoch: u64,
}

impl Default for AllocCache {
    fn default() -> Self {
        AllocCache {
            current: [None; SPAN_CLASSES],
            unflushed_bytes: 0,
            unflushed_objects: 0,
            epoch: pacing::epoch(),
        }
    }
}

impl AllocCache {
    /// Allocates `payload_words` zeroed words and returns a pointer to the first.
    /// `payload_words == 0` returns the address of a shared static zero-size object.
    ///
    /// # Panics
    /// With [`ObjKind::Native`]: native objects hold a Rust value and are made only by
    /// [`Self::alloc_native`].
    #[inline]
    pub fn alloc(&mut self, kind: ObjKind, payload_words: usize) -> *mut u64 {
        if payload_words == 0 {
            return zero_base();
        }
        assert!(
            !matches!(kind, ObjKind::Native(_)),
            "native objects are made by alloc_native"
        );
        self.allocate_object(kind, payload_words)
    }

    /// Allocates a heap object holding `value`; the collector traces it through
    /// [`NativeObject::trace`] and drops it when unreachable.
    pub fn alloc_native<T: NativeObject>(&mut self, value: T) -> *mut T {
        let vtable: &'static NativeVTable = &T::VTABLE;
        let payload = self.allocate_object(
            ObjKind::Native(vtable),
            header::native_payload_words(vtable),
        );
        let address = header::native_value_address(payload as usize, vtable) as *mut T;
        // SAFETY: the payload is a fresh slot nobody else knows yet; `native_payload_words`
        // sized it so that a `T` fits at the aligned `native_value_address`.
        unsafe { address.write(value) };
        // Pairs with the acquire fence of a racy reader (see the module doc of `heap`).
        std::sync::atomic::fence(std::sync::atomic::Ordering::Release);
        address
    }

    /// Hands every current span back and reports uncounted bytes, as when the cache is
    /// dropped; the cache stays usable. Call it when a P is retired.
    pub fn release(&mut self) {
        for (span_class, current) in self.current.iter_mut().enumerate() {
            if let Some(span) = current.take() {
                central::release_span(span, span_class);
            }
        }
        self.flush();
    }

    /// Allocates an object and returns its payload address.
    #[inline(always)]
    fn allocate_object(&mut self, kind: ObjKind, payload_words: usize) -> *mut u64 {
        let object = if payload_words <= MAX_SMALL_PAYLOAD_WORDS {
            self.allocate_small(kind, payload_words)
        } else {
            central::allocate_large(kind, payload_words)
        };
        (object + WORD_BYTES) as *mut u64
    }

    /// Allocates a small object; returns the address of its header.
    #[inline(always)]
    fn allocate_small(&mut self, kind: ObjKind, payload_words: usize) -> usize {
        let span_class = span_class(
            class_for_object_words(payload_words + 1),
            SpanKind::of(kind),
        );
        let (span, index) = self.take_slot(span_class);
        let span = span.span();
        let object = span.object_start(index);
        // SAFETY: this cache owns `span` (see `take_slot`).
        if unsafe { (*span.state()).needs_zero } {
            zero_words(object + WORD_BYTES, payload_words);
        }
        // SAFETY: `object` is the slot just taken; the slot lies in the span's pages.
        unsafe { store(object as *mut u64, header::encode(kind, payload_words)) };
        self.unflushed_bytes += span.object_bytes;
        self.unflushed_objects += 1;
        if self.unflushed_bytes >= FLUSH_BYTES {
            self.flush();
        }
        object
    }

    /// A free slot of `span_class`: its span and index, now marked allocated.
    #[inline(always)]
    fn take_slot(&mut self, span_class: usize) -> (SpanRef, usize) {
        if let Some(span) = self.current[span_class] {
            // SAFETY: `current` holds only spans this cache acquired and owns (`refill`); the
            // collector touches them only while the world, and so this cache, is stopped.
            if let Some(index) = unsafe { (*span.span().state()).take_free_slot() } {
                return (span, index);
            }
        }
        self.refill(span_class)
    }

    #[cold]
    #[inline(never)]
    fn refill(&mut self, span_class: usize) -> (SpanRef, usize) {
        let _own_work = crate::crash::enter_runtime();
        if let Some(full) = self.current[span_class].take() {
            central::release_span(full, span_class);
        }
        let span = central::acquire_span(span_class);
        self.current[span_class] = Some(span);
        // SAFETY: `acquire_span` made this cache the span's owner.
        let index = unsafe { (*span.span().state()).take_free_slot() };
        (span, index.expect("an acquired span has a free slot"))
    }

    /// Reports the bytes and objects allocated since the last report to the pacer (as
    /// `runtime.ReadMemStats` does for its processor, to read exact figures).
    pub fn flush(&mut self) {
        self.epoch = pacing::flush_allocation(self.unflushed_bytes, self.unflushed_objects, self.epoch);
        self.unflushed_bytes = 0;
        self.unflushed_objects = 0;
    }
}

impl Drop for AllocCache {
    fn drop(&mut self) {
        self.release();
    }
}
