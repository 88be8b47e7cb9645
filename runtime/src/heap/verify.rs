//! The heap verifier: checks the heap's invariants, for tests and for `MINIGO_GCVERIFY=1`.
//!
//! It checks, for every registered span:
//! - the page map maps each of its pages to it, and spans do not overlap;
//! - no mark bit is left set outside a collection, the bitmap words past the last slot
//!   are full, and the cursor is in range;
//! - every allocated object has a header of the span's kind and a length that fits;
//! - every pointer word of every allocated scan object, and every word a native object's
//!   `trace` reports, is either outside the heap or points into an allocated object.
//!
//! The last check is the one that catches a forgotten root: an object that a missing root
//! should have kept alive is freed, while live objects (or a mutator, through an unrooted
//! copy) still point at it. It also checks that every span in a class pool is registered,
//! unowned, of that class, and has a free slot.
//!
//! Like [`super::collect`], [`verify`] requires the world to be stopped and takes the
//! global heap lock.

use std::collections::HashSet;
use std::sync::atomic::Ordering;

use super::central::{span_class, SpanRef, GLOBAL, POOLS};
use super::header::{self, TAG_NATIVE, TAG_NOSCAN, TAG_SCAN, WORDS_IN_SPAN};
use super::load;
use super::mark::Marker;
use super::page_map;
use super::size_class::{BITMAP_WORDS, PAGE_BYTES, WORD_BYTES};
use super::span::{Span, SpanKind};

/// What the verifier looked at.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VerifyReport {
    pub spans: usize,
    pub objects: usize,
    /// Bytes in allocated objects (slot sizes).
    pub bytes: usize,
}

/// Checks the heap's invariants (module doc). The world must be stopped, as for
/// [`super::collect`]. Returns what was checked, or every problem found, one per line.
pub fn verify() -> Result<VerifyReport, String> {
    let global = GLOBAL.lock();
    let mut report = VerifyReport::default();
    let mut problems = Vec::new();
    let mut checker = Marker::checking();
    let mut extents: Vec<(usize, usize)> = Vec::new();
    for span_ref in &global.spans {
        let span = span_ref.span();
        report.spans += 1;
        extents.push((span.start, span.start + span.pages * PAGE_BYTES));
        check_span(span_ref, &mut problems);
        // SAFETY: world stopped and global lock held: nobody changes allocation state.
        let state = unsafe { &*span.state() };
        for index in (0..span.object_count).filter(|&index| state.is_allocated(index)) {
            report.objects += 1;
            report.bytes += span.object_bytes;
            let object = span.object_start(index);
            if check_header(span, object, &mut problems) && span.kind != SpanKind::Noscan {
                checker.scan(object);
            }
        }
    }
    extents.sort_unstable();
    for pair in extents.windows(2) {
        if pair[0].1 > pair[1].0 {
            problems.push(format!(
                "spans at {:#x} and {:#x} overlap",
                pair[0].0, pair[1].0
            ));
        }
    }
    let registered: HashSet<usize> = global
        .spans
        .iter()
        .map(|span| span.0.as_ptr() as usize)
        .collect();
    for (class, pool) in POOLS.iter().enumerate() {
        for span_ref in pool.lock().iter() {
            if !registered.contains(&(span_ref.0.as_ptr() as usize)) {
                problems.push(format!("pool {class} holds an unregistered span"));
                continue;
            }
            let span = span_ref.span();
            // SAFETY: as above.
            let state = unsafe { &*span.state() };
            if span.is_large()
                || span_class(span.class, span.kind) != class
                || state.owned
                || !state.has_free_slot()
            {
                problems.push(format!(
                    "pool {class} holds span {:#x}, which does not belong there",
                    span.start
                ));
            }
        }
    }
    problems.extend(checker.into_problems());
    if problems.is_empty() {
        Ok(report)
    } else {
        Err(problems.join("\n"))
    }
}

/// Checks a span's mapping and bitmaps.
fn check_span(span_ref: &SpanRef, problems: &mut Vec<String>) {
    let span = span_ref.span();
    for page in 0..span.pages {
        let mapped = page_map::lookup(span.start + page * PAGE_BYTES);
        if mapped != Some(span_ref.0.as_ptr() as *const Span) {
            problems.push(format!(
                "page {page} of span {:#x} is not mapped to it",
                span.start
            ));
        }
    }
    // SAFETY: world stopped and global lock held.
    let state = unsafe { &*span.state() };
    if state.cursor >= state.words_in_use.max(1) {
        problems.push(format!(
            "span {:#x} has cursor {} past its bitmap",
            span.start, state.cursor
        ));
    }
    for word in 0..BITMAP_WORDS {
        if span.mark_bits[word].load(Ordering::Relaxed) != 0 {
            problems.push(format!(
                "span {:#x} has mark bits set outside a collection",
                span.start
            ));
        }
        let first = word * 64;
        let tail = if first >= span.object_count {
            u64::MAX
        } else if span.object_count - first >= 64 {
            0
        } else {
            u64::MAX << (span.object_count - first)
        };
        if state.alloc_bits[word] & tail != tail {
            problems.push(format!(
                "span {:#x} could hand out slots past its end",
                span.start
            ));
        }
    }
}

/// Checks the header of the allocated object at `object`; returns whether it is sound
/// enough to scan.
fn check_header(span: &Span, object: usize, problems: &mut Vec<String>) -> bool {
    // SAFETY: `object` is a slot start inside the span's mapped pages.
    let header = unsafe { load(object as *const u64) };
    let expected = match span.kind {
        SpanKind::Noscan => TAG_NOSCAN,
        SpanKind::Scan => TAG_SCAN,
        SpanKind::Native => TAG_NATIVE,
    };
    if header::tag(header) != expected {
        problems.push(format!(
            "object {object:#x} has header {header:#x} in a {:?} span",
            span.kind
        ));
        return false;
    }
    let capacity = span.object_bytes / WORD_BYTES - 1;
    let words = header::words_field(header);
    let fits = if span.is_large() {
        words == (span.large_payload_words as u64).min(WORDS_IN_SPAN)
            && span.large_payload_words <= capacity
    } else {
        words != WORDS_IN_SPAN && words as usize <= capacity
    };
    if !fits {
        problems.push(format!(
            "object {object:#x} has header {header:#x}, whose length does not fit its slot"
        ));
    }
    fits
}
