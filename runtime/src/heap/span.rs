//! Spans: a run of pages holding the objects of one size class and one kind, with the
//! bitmaps that say which objects are allocated and which are marked.
//!
//! A span's fields fall into three groups:
//! - **Immutable** after creation (start, geometry, class, kind, a large object's length):
//!   anyone who reached the span through the page map may read them.
//! - **Mark bits** (atomic): cleared by the sweeper, set by the collector with `fetch_or`
//!   so that marking can later run on several threads. Both happen with the world stopped.
//! - **Allocation state** ([`AllocState`], in an `UnsafeCell`): the allocation bitmap and
//!   the cursor. Exactly one party may use it at a time: the `AllocCache` whose `owned`
//!   span it is; otherwise whoever holds the class pool lock and takes it from the pool; and
//!   the collector while the world is stopped. Hand-overs go through a mutex or the
//!   stop-the-world barrier, which order the accesses.
//!
//! Allocation bitmap: bit `i` is set when slot `i` holds an allocated object, and for every
//! `i ≥ object_count` so that the tail is never handed out. The allocator sets a slot's bit
//! when it hands the slot out (Go instead keeps a `freeindex`; a bit per allocation is as
//! cheap here and keeps "is this allocated?" a single test). The sweeper replaces the
//! bitmap with the mark bits. Words below the cursor are full.

use std::cell::UnsafeCell;
use std::sync::atomic::AtomicU64;

use super::header::{self, WORDS_IN_SPAN};
use super::pages::Run;
use super::size_class::{SizeClass, BITMAP_WORDS, CLASSES, PAGE_BYTES, WORD_BYTES};
use super::{load, ObjKind};

/// What a span holds; part of the span class, so each kind has spans of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpanKind {
    Noscan = 0,
    Scan = 1,
    Native = 2,
}

pub const SPAN_KINDS: usize = 3;

impl SpanKind {
    #[inline(always)]
    pub fn of(kind: ObjKind) -> SpanKind {
        match kind {
            ObjKind::Noscan => SpanKind::Noscan,
            ObjKind::Scan(_) => SpanKind::Scan,
            ObjKind::Native(_) => SpanKind::Native,
        }
    }
}

/// `Span::class` of a span holding one large object.
pub const LARGE_CLASS: usize = usize::MAX;

pub struct Span {
    /// Address of the first object (the first page).
    pub start: usize,
    pub pages: usize,
    /// Bytes per object slot, header included.
    pub object_bytes: usize,
    pub object_count: usize,
    /// `object_count * object_bytes`: offsets at or past it are the unused tail.
    objects_end: usize,
    /// See `SizeClass::divide_magic`; 0 for a large span, whose only index is 0.
    divide_magic: u64,
    /// Size class, or [`LARGE_CLASS`].
    pub class: usize,
    pub kind: SpanKind,
    /// Payload words of a large span's object (0 for small spans).
    pub large_payload_words: usize,
    pub mark_bits: [AtomicU64; BITMAP_WORDS],
    state: UnsafeCell<AllocState>,
}

// SAFETY: the immutable fields and atomics are shareable as is; `state` is accessed only
// by the one party the ownership protocol in the module doc designates at any time.
unsafe impl Sync for Span {}

pub struct AllocState {
    pub alloc_bits: [u64; BITMAP_WORDS],
    /// First bitmap word that may have a free slot.
    pub cursor: usize,
    /// Bitmap words that cover real slots.
    pub words_in_use: usize,
    /// Whether free slots may hold non-zero bytes (the pages were used before, or an
    /// object in this span was freed).
    pub needs_zero: bool,
    /// Whether an `AllocCache` holds this span as its current span.
    pub owned: bool,
}

impl Span {
    /// A span for size class `class` on `run`.
    pub fn new_small(class: usize, kind: SpanKind, run: Run) -> Box<Span> {
        Span::new(run, CLASSES[class], class, kind, 0)
    }

    /// A span of `pages` pages for one object of `payload_words` words.
    pub fn new_large(kind: SpanKind, run: Run, pages: usize, payload_words: usize) -> Box<Span> {
        let geometry = SizeClass {
            object_bytes: pages * PAGE_BYTES,
            span_pages: pages,
            objects_per_span: 1,
            // Every offset inside the object maps to index 0.
            divide_magic: 0,
        };
        Span::new(run, geometry, LARGE_CLASS, kind, payload_words)
    }

    fn new(
        run: Run,
        geometry: SizeClass,
        class: usize,
        kind: SpanKind,
        large_payload_words: usize,
    ) -> Box<Span> {
        let SizeClass {
            object_bytes,
            span_pages: pages,
            objects_per_span: object_count,
            divide_magic,
        } = geometry;
        let mut alloc_bits = [u64::MAX; BITMAP_WORDS];
        for (word, bits) in alloc_bits.iter_mut().enumerate() {
            let first = word * 64;
            if first < object_count {
                *bits = if object_count - first >= 64 {
                    0
                } else {
                    u64::MAX << (object_count - first)
                };
            }
        }
        Box::new(Span {
            start: run.start,
            pages,
            object_bytes,
            object_count,
            objects_end: object_count * object_bytes,
            divide_magic,
            class,
            kind,
            large_payload_words,
            mark_bits: [const { AtomicU64::new(0) }; BITMAP_WORDS],
            state: UnsafeCell::new(AllocState {
                alloc_bits,
                cursor: 0,
                words_in_use: object_count.div_ceil(64),
                needs_zero: run.dirty,
                owned: false,
            }),
        })
    }

    pub fn is_large(&self) -> bool {
        self.class == LARGE_CLASS
    }

    /// The allocation state. Dereferencing it is allowed only to the party the ownership
    /// protocol (module doc) designates, and never while another reference to it lives.
    #[inline(always)]
    pub fn state(&self) -> *mut AllocState {
        self.state.get()
    }

    /// Index of the slot containing `address`, or `None` when `address` is outside the
    /// span's slots (before it, or in its tail).
    #[inline(always)]
    pub fn object_index(&self, address: usize) -> Option<usize> {
        let offset = address.wrapping_sub(self.start);
        if offset >= self.objects_end {
            return None;
        }
        Some(((offset as u64 * self.divide_magic) >> 32) as usize)
    }

    /// Address of slot `index` (its header word).
    #[inline(always)]
    pub fn object_start(&self, index: usize) -> usize {
        self.start + index * self.object_bytes
    }

    /// Payload words of the object at `object` as its header says, never more than the slot
    /// holds — so a stale or never-written header in a free slot cannot stretch past it.
    pub fn payload_words_of(&self, object: usize) -> usize {
        let capacity = self.object_bytes / WORD_BYTES - 1;
        if self.is_large() {
            return self.large_payload_words;
        }
        // SAFETY: `object` is a slot start inside this span, 8-aligned; span memory stays
        // allocated while the span is mapped.
        let header = unsafe { load(object as *const u64) };
        let words = header::words_field(header);
        if words == WORDS_IN_SPAN {
            capacity
        } else {
            (words as usize).min(capacity)
        }
    }
}

impl AllocState {
    /// Takes the lowest free slot at or after the cursor and marks it allocated.
    #[inline(always)]
    pub fn take_free_slot(&mut self) -> Option<usize> {
        loop {
            let bits = *self.alloc_bits.get(self.cursor)?;
            if bits != u64::MAX {
                let bit = (!bits).trailing_zeros() as usize;
                self.alloc_bits[self.cursor] = bits | 1 << bit;
                return Some(self.cursor * 64 + bit);
            }
            if self.cursor + 1 >= self.words_in_use {
                return None;
            }
            self.cursor += 1;
        }
    }

    #[inline(always)]
    pub fn is_allocated(&self, index: usize) -> bool {
        self.alloc_bits[index / 64] >> (index % 64) & 1 == 1
    }

    pub fn has_free_slot(&self) -> bool {
        self.alloc_bits[self.cursor..self.words_in_use]
            .iter()
            .any(|&bits| bits != u64::MAX)
    }
}
