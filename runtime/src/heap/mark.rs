//! Marking: from any word to the object containing it, and the grey stack.
//!
//! [`Marker::mark`] validates a word through the page map — inside a span, inside one of
//! its slots (not the tail), and that slot allocated — then sets the object's mark bit and,
//! unless the span is noscan, pushes the object on the grey stack. [`Marker::drain`] pops
//! objects and scans them by their header: the pointer words of each element of a scan
//! object, or the `trace` function of a native one. The grey stack is an explicit vector,
//! so object graphs of any depth are marked without recursion.
//!
//! Everything here runs with the world stopped: reading a span's allocation bitmap is then
//! safe. Mark bits are set with `fetch_or` and the stack is per marker, so several markers
//! could later share the work (each with its own stack, stealing as in design memo §3.2)
//! without changing this file's logic.
//!
//! The same code serves the verifier: a checking marker sets no mark bits and records every
//! word that points into the heap but not at an allocated object.

use std::sync::atomic::Ordering;

use super::header::{self, Decoded, WORDS_IN_SPAN};
use super::page_map;
use super::size_class::WORD_BYTES;
use super::span::{Span, SpanKind};
use super::{load, Shape};

/// Collects mark work during a collection.
pub struct Marker {
    /// Addresses of marked objects whose payload has not been scanned yet.
    grey: Vec<usize>,
    /// In checking mode (the verifier): the problems found, instead of marking.
    problems: Option<Vec<String>>,
    /// The object being scanned, for problem reports.
    scanning: usize,
}

impl Marker {
    pub(super) fn new(grey: Vec<usize>) -> Marker {
        Marker {
            grey,
            problems: None,
            scanning: 0,
        }
    }

    /// A marker that checks references instead of marking (see the module doc).
    pub(super) fn checking() -> Marker {
        Marker {
            grey: Vec::new(),
            problems: Some(Vec::new()),
            scanning: 0,
        }
    }

    /// The grey stack's storage, to reuse in the next collection.
    pub(super) fn into_grey(self) -> Vec<usize> {
        self.grey
    }

    pub(super) fn into_problems(self) -> Vec<String> {
        self.problems.unwrap_or_default()
    }

    /// Marks the object containing address `word`, if `word` points into the heap.
    /// Any value is accepted: non-heap words are ignored.
    #[inline]
    pub fn mark(&mut self, word: u64) {
        let address = word as usize;
        let Some(span) = page_map::lookup(address) else {
            return;
        };
        // SAFETY: mapped spans stay alive until the sweeper unmaps them; marking and the
        // sweeper run in the same stopped world, marking first.
        let span: &Span = unsafe { &*span };
        let Some(index) = span.object_index(address) else {
            return self.reject(word, "points into the unused tail of a span");
        };
        // SAFETY: the world is stopped (the contract of `collect` and `verify`), so nobody
        // writes any span's allocation state now.
        if !unsafe { (*span.state()).is_allocated(index) } {
            return self.reject(word, "points into a free slot");
        }
        if self.problems.is_some() {
            return;
        }
        let bit = 1u64 << (index % 64);
        let marks = &span.mark_bits[index / 64];
        if marks.load(Ordering::Relaxed) & bit != 0
            || marks.fetch_or(bit, Ordering::Relaxed) & bit != 0
        {
            return;
        }
        if span.kind != SpanKind::Noscan {
            self.grey.push(span.object_start(index));
        }
    }

    /// Marks every word of `words` that may be a pointer (each validated as in [`Self::mark`]).
    pub fn mark_all(&mut self, words: &[u64]) {
        for &w in words {
            self.mark(w);
        }
    }

    #[cold]
    fn reject(&mut self, word: u64, why: &str) {
        if let Some(problems) = &mut self.problems {
            if problems.len() < 32 {
                problems.push(format!(
                    "object {:#x} holds {word:#x}, which {why}",
                    self.scanning
                ));
            }
        }
    }

    /// Scans grey objects until none are left.
    ///
    /// Objects pass from the grey stack through a small FIFO: each is prefetched when it
    /// enters and scanned [`PREFETCH_DISTANCE`] objects later, so several cache misses on
    /// object headers overlap instead of stalling one after another (the prefetch FIFO of
    /// Cher, Hosking and Vijaykumar, "Software prefetching for mark-sweep garbage
    /// collection", ASPLOS 2004). Roughly halves marking time on heaps beyond the cache.
    pub(super) fn drain(&mut self) {
        let mut fifo = [0usize; PREFETCH_DISTANCE];
        let (mut oldest, mut queued) = (0, 0);
        loop {
            while queued < PREFETCH_DISTANCE {
                let Some(object) = self.grey.pop() else { break };
                prefetch(object);
                fifo[(oldest + queued) % PREFETCH_DISTANCE] = object;
                queued += 1;
            }
            if queued == 0 {
                return;
            }
            let object = fifo[oldest];
            oldest = (oldest + 1) % PREFETCH_DISTANCE;
            queued -= 1;
            self.scan(object);
        }
    }

    /// Marks everything the allocated object at `object` (its header address) points to.
    pub(super) fn scan(&mut self, object: usize) {
        self.scanning = object;
        // SAFETY: `object` is an allocated object's header: it was pushed by `mark` after
        // the allocation check, or handed over by the verifier after the same check.
        let header = unsafe { load(object as *const u64) };
        let payload = object + WORD_BYTES;
        // SAFETY: the header of an allocated object was written by `header::encode`.
        match unsafe { header::decode(header) } {
            Decoded::Noscan => {}
            Decoded::Scan(shape) => {
                let words = match header::words_field(header) {
                    WORDS_IN_SPAN => large_payload_words(object),
                    words => words as usize,
                };
                self.scan_elements(payload, words, shape);
            }
            Decoded::Native(vtable) => {
                let value = header::native_value_address(payload, vtable);
                // SAFETY: native objects are made only by `alloc_native`, which wrote a live
                // value of this vtable's type at this address; it is dropped only by the
                // sweeper, after marking.
                unsafe { (vtable.trace)(value as *const u8, self) };
            }
        }
    }

    /// Marks the pointer words of the `words / shape.words` elements at `payload`.
    fn scan_elements(&mut self, payload: usize, words: usize, shape: &Shape) {
        let element_words = (shape.words as usize).max(1);
        let word_at = |index: usize| {
            // SAFETY: callers keep `index < words`, the payload length of an allocated
            // object, so the word lies inside it.
            unsafe { load((payload + index * WORD_BYTES) as *const u64) }
        };
        if element_words == 1 {
            if shape.ptrmask.first().is_some_and(|mask| mask & 1 == 1) {
                for index in 0..words {
                    self.mark(word_at(index));
                }
            }
            return;
        }
        let mut base = 0;
        while base + element_words <= words {
            for (mask_index, &mask) in shape.ptrmask.iter().enumerate() {
                let mut bits = mask;
                while bits != 0 {
                    let offset = mask_index * 64 + bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    if offset < element_words {
                        self.mark(word_at(base + offset));
                    }
                }
            }
            base += element_words;
        }
    }
}

/// The mark-bit word and bit of the object containing `address`, if it is in a span slot.
fn mark_bit(address: u64) -> Option<(&'static std::sync::atomic::AtomicU64, u64)> {
    let span = page_map::lookup(address as usize)?;
    // SAFETY: as in `Marker::mark`.
    let span: &'static Span = unsafe { &*span };
    let index = span.object_index(address as usize)?;
    Some((&span.mark_bits[index / 64], 1u64 << (index % 64)))
}

/// Whether the object containing `address` is marked (false for an address outside every
/// span slot). World stopped, during marking.
pub(super) fn is_marked(address: u64) -> bool {
    mark_bit(address).is_some_and(|(word, bit)| word.load(Ordering::Relaxed) & bit != 0)
}

impl Marker {
    /// Marks what the object with payload address `payload` points to, but not the object
    /// itself through its own pointers (Go finalizes an object that refers only to itself;
    /// a longer cycle back to it does keep it). World stopped, during marking.
    pub(super) fn scan_referents(&mut self, payload: u64) {
        let object = payload as usize - WORD_BYTES;
        let was_marked = is_marked(payload);
        let pushed_from = self.grey.len();
        self.scan(object);
        if !was_marked {
            if let Some((word, bit)) = mark_bit(payload) {
                if word.fetch_and(!bit, Ordering::Relaxed) & bit != 0 {
                    let mut i = pushed_from;
                    while i < self.grey.len() {
                        if self.grey[i] == object {
                            self.grey.swap_remove(i);
                        } else {
                            i += 1;
                        }
                    }
                }
            }
        }
    }
}

/// Objects in flight between prefetch and scan.
const PREFETCH_DISTANCE: usize = 8;

/// Hints the CPU to bring the cache line at `address` in; a no-op where not supported.
#[inline(always)]
fn prefetch(address: usize) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: PREFETCHT0 is only a hint: it never faults and changes no program state,
    // whatever the address (Intel SDM vol. 2, PREFETCHh).
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(address as *const i8)
    };
    #[cfg(target_arch = "aarch64")]
    // SAFETY: PRFM is only a hint: it never faults and changes no program state (Arm ARM,
    // PRFM (immediate)).
    unsafe {
        std::arch::asm!("prfm pldl1keep, [{0}]", in(reg) address, options(nostack, preserves_flags, readonly))
    };
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    let _ = address;
}

/// Payload length of the large object at `object`, from its span.
fn large_payload_words(object: usize) -> usize {
    let span = page_map::lookup(object).expect("a large object's span is mapped");
    // SAFETY: as in `Marker::mark`.
    unsafe { (*span).large_payload_words }
}
