//! A collection: mark from the roots, then sweep every span.
//!
//! Sweeping a span (Go's `mspan.sweep`, done eagerly here, all spans in the pause):
//! - objects allocated but not marked are dead; in native spans their Rust values are
//!   dropped (only native spans ever read a dead object's memory);
//! - the mark bits become the allocation bitmap, the mark bits are cleared for the next
//!   collection, and the allocation cursor restarts at the first word;
//! - a span with no live object goes back to the page allocator, unless an allocation
//!   cache owns it (the cache keeps allocating from it after the world restarts);
//! - a span with free slots that no cache owns goes into its class pool; the pools are
//!   rebuilt from scratch each time.
//!
//! Afterwards the pacer learns the live size, and idle pages beyond what the heap may grow
//! into before the next collection go back to the system — at most [`MAX_TRIM_BYTES`] per
//! collection, because unmapping costs about 0.2 ms per MiB here and happens inside the
//! pause (a heap that shrinks by gigabytes gives its memory back over several
//! collections; Go does it from a background scavenger).
//!
//! The whole collection holds the global heap lock and runs with the world stopped.

use std::sync::atomic::Ordering;
use std::time::Instant;

use super::central::{clear_pools, push_to_pool, span_class, Global, SpanRef, GLOBAL};
use super::header::{self, Decoded};
use super::load;
use super::mark::Marker;
use super::pacing;
use super::page_map;
use super::size_class::WORD_BYTES;
use super::span::{Span, SpanKind};
use super::verify::verify;

/// Grey-stack entries whose storage is kept between collections.
const GREY_STACK_KEPT: usize = 64 * 1024;

/// The most idle memory one collection returns to the system.
const MAX_TRIM_BYTES: usize = 64 << 20;

/// Runs a full collection. The caller guarantees the world is stopped: no mutator runs and
/// every goroutine's state is saved where `roots` can see it. `roots` marks every root
/// (globals, goroutine stacks, wait buffers, timers).
///
/// `roots` runs under the heap lock: it must not allocate or call [`super::stats`].
pub fn collect(roots: &mut dyn FnMut(&mut Marker)) {
    let _own_work = crate::crash::enter_runtime();
    if pacing::verify_each_collection() {
        verify().unwrap_or_else(|problem| panic!("heap verification before collection: {problem}"));
    }
    let started = Instant::now();
    let mut global = GLOBAL.lock();
    let mut marker = Marker::new(std::mem::take(&mut global.grey));
    roots(&mut marker);
    super::finalizer::mark_roots(&mut marker);
    marker.drain();
    super::finalizer::queue_unreachable(&mut marker);
    global.grey = marker.into_grey();
    // Keep a modest stack for next time, not the peak of a pathological graph.
    global.grey.shrink_to(GREY_STACK_KEPT);

    let swept = sweep(&mut global);
    pacing::finish_collection(swept.live_bytes);
    let goal = pacing::goal();
    let keep_idle = goal.saturating_sub(swept.live_bytes).min(usize::MAX as u64) as usize;
    global.pages.trim(keep_idle, MAX_TRIM_BYTES);

    let pause = started.elapsed().as_nanos() as u64;
    let stats = &mut global.stats;
    stats.collections += 1;
    stats.live_objects = swept.live_objects;
    stats.freed_objects += swept.freed_objects;
    stats.freed_bytes += swept.freed_bytes;
    stats.last_pause_nanos = pause;
    stats.max_pause_nanos = stats.max_pause_nanos.max(pause);
    stats.total_pause_nanos += pause;
    stats.last_end_unix_nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    drop(global);

    if pacing::verify_each_collection() {
        verify().unwrap_or_else(|problem| panic!("heap verification after collection: {problem}"));
    }
    pacing::collection_ended();
}

#[derive(Default)]
struct Swept {
    live_objects: u64,
    live_bytes: u64,
    freed_objects: u64,
    freed_bytes: u64,
}

fn sweep(global: &mut Global) -> Swept {
    clear_pools();
    let mut swept = Swept::default();
    let spans = std::mem::take(&mut global.spans);
    let mut kept = Vec::with_capacity(spans.len());
    for span_ref in spans {
        let span = span_ref.span();
        let (live, dead) = sweep_span(span);
        swept.live_objects += live;
        swept.live_bytes += live * span.object_bytes as u64;
        swept.freed_objects += dead;
        swept.freed_bytes += dead * span.object_bytes as u64;
        // SAFETY: world stopped (see `sweep_span`).
        let state = unsafe { &*span.state() };
        if live == 0 && !state.owned {
            free_span(global, span_ref);
            continue;
        }
        if !state.owned && !span.is_large() && (live as usize) < span.object_count {
            push_to_pool(span_class(span.class, span.kind), span_ref);
        }
        kept.push(span_ref);
    }
    global.spans = kept;
    swept
}

/// Sweeps one span; returns its live and dead object counts.
fn sweep_span(span: &Span) -> (u64, u64) {
    // SAFETY: the world is stopped and we hold the global lock, so no cache or pool user
    // touches the span's allocation state.
    let state = unsafe { &mut *span.state() };
    let (mut live, mut dead) = (0, 0);
    for word in 0..state.words_in_use {
        let marks = span.mark_bits[word].swap(0, Ordering::Relaxed);
        let slots_here = (span.object_count - word * 64).min(64);
        let real = if slots_here == 64 {
            u64::MAX
        } else {
            (1u64 << slots_here) - 1
        };
        let dead_bits = state.alloc_bits[word] & !marks & real;
        if span.kind == SpanKind::Native && dead_bits != 0 {
            drop_native_objects(span, word, dead_bits);
        }
        live += u64::from(marks.count_ones());
        dead += u64::from(dead_bits.count_ones());
        state.alloc_bits[word] = marks | !real;
    }
    state.cursor = 0;
    if dead > 0 {
        state.needs_zero = true;
    }
    (live, dead)
}

/// Drops the Rust values of the dead native objects in bitmap word `word` of `span`.
fn drop_native_objects(span: &Span, word: usize, mut dead_bits: u64) {
    while dead_bits != 0 {
        let index = word * 64 + dead_bits.trailing_zeros() as usize;
        dead_bits &= dead_bits - 1;
        let object = span.object_start(index);
        // SAFETY: the slot was allocated (its allocation bit was set), so its header was
        // written by `encode`.
        let decoded = unsafe { header::decode(load(object as *const u64)) };
        let Decoded::Native(vtable) = decoded else {
            panic!("non-native object in a native span")
        };
        let value = header::native_value_address(object + WORD_BYTES, vtable);
        // SAFETY: `alloc_native` wrote a value of this vtable's type here; the object was
        // allocated until now and is unreachable, and clearing its allocation bit (by the
        // caller) guarantees this is the only drop.
        unsafe { (vtable.drop)(value as *mut u8) };
    }
}

/// Unmaps a span with no live objects and returns its pages.
fn free_span(global: &mut Global, span_ref: SpanRef) {
    let span = span_ref.span();
    let (start, pages) = (span.start, span.pages);
    page_map::remove(start, pages);
    global.pages.release(start, pages);
    // SAFETY: the span was leaked from a `Box` in `central::register`; it is now unmapped
    // and out of every list, and the world is stopped, so no reference to it remains.
    drop(unsafe { Box::from_raw(span_ref.0.as_ptr()) });
}
