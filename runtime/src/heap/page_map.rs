//! The page map: page number (address >> 16) → metadata of the span covering that page.
//!
//! Two levels, after Go's `mheap.arenas`: a static root of 2^16 entries, each covering
//! 4 GiB, points to a leaf of 2^16 entries, one per 64 KiB page. Together they cover the
//! 48-bit address space that x86-64 and aarch64 user space live in; the page allocator
//! refuses memory beyond it. The root is zero-initialised static memory and a leaf is
//! allocated zeroed on first use, so untouched parts cost no resident memory.
//!
//! Invariants:
//! - Entries change only under the global heap lock (`central.rs`): set when a span is
//!   created, cleared when it is freed, which happens only while the world is stopped.
//!   Leaves are never freed.
//! - Entries are published with `Release` and read with `Acquire`, so a reader that sees a
//!   span pointer also sees the span's immutable fields. That lets mutators call
//!   [`lookup`] at any time (for `object_bounds`), concurrently with other threads creating
//!   spans.

use std::alloc::{alloc_zeroed, handle_alloc_error, Layout};
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};

use super::size_class::PAGE_SHIFT;
use super::span::Span;

const LEAF_BITS: u32 = 16;
const ROOT_BITS: u32 = 16;
const LEAF_ENTRIES: usize = 1 << LEAF_BITS;

/// The highest address (exclusive) the page map covers.
pub const ADDRESS_LIMIT: usize = 1 << (PAGE_SHIFT + LEAF_BITS + ROOT_BITS);

struct Leaf {
    spans: [AtomicPtr<Span>; LEAF_ENTRIES],
}

static ROOT: [AtomicPtr<Leaf>; 1 << ROOT_BITS] =
    [const { AtomicPtr::new(ptr::null_mut()) }; 1 << ROOT_BITS];

/// The span covering `address`, or `None` when no span covers it (not heap memory).
#[inline]
pub fn lookup(address: usize) -> Option<*const Span> {
    let page = address >> PAGE_SHIFT;
    let leaf = ROOT.get(page >> LEAF_BITS)?.load(Ordering::Acquire);
    if leaf.is_null() {
        return None;
    }
    // SAFETY: non-null root entries point to leaves allocated in `leaf_for` and never freed.
    let entry = unsafe { &(*leaf).spans[page & (LEAF_ENTRIES - 1)] };
    let span = entry.load(Ordering::Acquire);
    (!span.is_null()).then_some(span as *const Span)
}

/// Maps the `pages` pages starting at `start` to `span`. Caller holds the global heap lock.
pub fn insert(start: usize, pages: usize, span: *const Span) {
    for page in start >> PAGE_SHIFT..(start >> PAGE_SHIFT) + pages {
        leaf_for(page).spans[page & (LEAF_ENTRIES - 1)].store(span as *mut Span, Ordering::Release);
    }
}

/// Unmaps the `pages` pages starting at `start`. Caller holds the global heap lock and the
/// world is stopped.
pub fn remove(start: usize, pages: usize) {
    for page in start >> PAGE_SHIFT..(start >> PAGE_SHIFT) + pages {
        leaf_for(page).spans[page & (LEAF_ENTRIES - 1)].store(ptr::null_mut(), Ordering::Release);
    }
}

/// The leaf for `page`, allocated if missing. Caller holds the global heap lock, so no two
/// threads race to create the same leaf.
fn leaf_for(page: usize) -> &'static Leaf {
    let root_entry = &ROOT[page >> LEAF_BITS];
    let mut leaf = root_entry.load(Ordering::Acquire);
    if leaf.is_null() {
        let layout = Layout::new::<Leaf>();
        // SAFETY: the layout has a non-zero size; all-zero bytes are a valid `Leaf` (null
        // `AtomicPtr`s).
        leaf = unsafe { alloc_zeroed(layout) } as *mut Leaf;
        if leaf.is_null() {
            handle_alloc_error(layout);
        }
        root_entry.store(leaf, Ordering::Release);
    }
    // SAFETY: `leaf` is non-null, allocated above or earlier, and never freed.
    unsafe { &*leaf }
}
