//! The page allocator: runs of 64 KiB pages, aligned to 64 KiB, for spans.
//!
//! - Memory comes from the system allocator in chunks of 4 MiB (64 pages). Runs of up to
//!   [`DIRECT_PAGES`] pages are cut from chunks, best fit (the smallest free run that is long
//!   enough, lowest address first), and coalesced with free neighbours in the same chunk when
//!   released. Runs never cross a chunk boundary, so a chunk that is entirely free is exactly
//!   one free run, and [`PageAllocator::trim`] can hand it back to the system.
//! - Longer runs (objects over 1 MiB) are separate system allocations, returned to the
//!   system as soon as they are released.
//! - System memory arrives zeroed. A free run remembers whether any of its pages has been
//!   used since (`dirty`); a span built on a clean run skips zeroing its objects.
//! - System memory is requested from `std::alloc::System` with word alignment and one page
//!   to spare, then aligned up by hand: a word-aligned zeroed request is a `calloc`, which
//!   for large sizes maps fresh zero pages without writing them, whereas an over-aligned one
//!   is `posix_memalign` plus a `memset` that would commit every page at once (and a Go
//!   program may well leave most of a large `make` untouched).
//!
//! The allocator is plain data inside the global heap state (`central.rs`) and is guarded
//! by the global heap lock.

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::{BTreeMap, BTreeSet};

use super::page_map::ADDRESS_LIMIT;
use super::size_class::{PAGE_BYTES, WORD_BYTES};

/// Pages per chunk obtained from the system.
const CHUNK_PAGES: usize = 64;
const CHUNK_BYTES: usize = CHUNK_PAGES * PAGE_BYTES;
/// Runs longer than this get their own system allocation.
pub const DIRECT_PAGES: usize = 16;

/// A run of pages handed out by [`PageAllocator::allocate`].
#[derive(Clone, Copy, Debug)]
pub struct Run {
    pub start: usize,
    /// Whether the pages may hold non-zero bytes.
    pub dirty: bool,
}

#[derive(Clone, Copy, Debug)]
struct FreeRun {
    pages: usize,
    dirty: bool,
}

pub struct PageAllocator {
    /// Free runs inside chunks, by start address.
    free_by_start: BTreeMap<usize, FreeRun>,
    /// The same runs, by (pages, start), for best fit.
    free_by_size: BTreeSet<(usize, usize)>,
    /// Start addresses of the chunks obtained from the system.
    chunks: BTreeSet<usize>,
    /// For every system allocation (chunks and direct runs): aligned start → the address
    /// the system returned.
    origins: BTreeMap<usize, usize>,
    /// Bytes obtained from the system and not returned (chunks and direct runs).
    system_bytes: usize,
    /// Pages in free runs.
    free_pages: usize,
}

impl PageAllocator {
    pub const fn new() -> Self {
        PageAllocator {
            free_by_start: BTreeMap::new(),
            free_by_size: BTreeSet::new(),
            chunks: BTreeSet::new(),
            origins: BTreeMap::new(),
            system_bytes: 0,
            free_pages: 0,
        }
    }

    /// Bytes obtained from the system and not yet returned.
    pub fn system_bytes(&self) -> usize {
        self.system_bytes
    }

    /// Bytes in free runs, ready for new spans.
    pub fn idle_bytes(&self) -> usize {
        self.free_pages * PAGE_BYTES
    }

    /// A run of `pages` contiguous pages.
    pub fn allocate(&mut self, pages: usize) -> Run {
        assert!(pages > 0);
        if pages > DIRECT_PAGES {
            let bytes = pages
                .checked_mul(PAGE_BYTES)
                .expect("heap object too large");
            return Run {
                start: self.system_allocate(bytes),
                dirty: false,
            };
        }
        loop {
            if let Some(&(run_pages, start)) = self.free_by_size.range((pages, 0)..).next() {
                let run = self.remove_free(start);
                if run_pages > pages {
                    self.insert_free(start + pages * PAGE_BYTES, run_pages - pages, run.dirty);
                }
                self.free_pages -= pages;
                return Run {
                    start,
                    dirty: run.dirty,
                };
            }
            let chunk = self.system_allocate(CHUNK_BYTES);
            self.chunks.insert(chunk);
            self.insert_free(chunk, CHUNK_PAGES, false);
            self.free_pages += CHUNK_PAGES;
        }
    }

    /// Gives back a run obtained from [`Self::allocate`] with the same `pages`.
    pub fn release(&mut self, start: usize, pages: usize) {
        if pages > DIRECT_PAGES {
            self.system_free(start, pages * PAGE_BYTES);
            return;
        }
        self.free_pages += pages;
        let chunk = *self
            .chunks
            .range(..=start)
            .next_back()
            .expect("released pages outside every chunk");
        let (mut start, mut pages) = (start, pages);
        if let Some((&before, run)) = self.free_by_start.range(..start).next_back() {
            if before >= chunk && before + run.pages * PAGE_BYTES == start {
                pages += self.remove_free(before).pages;
                start = before;
            }
        }
        let end = start + pages * PAGE_BYTES;
        if end < chunk + CHUNK_BYTES && self.free_by_start.contains_key(&end) {
            pages += self.remove_free(end).pages;
        }
        self.insert_free(start, pages, true);
    }

    /// Returns entirely free chunks to the system until at most `keep_bytes` are idle, or
    /// `limit_bytes` have been returned.
    pub fn trim(&mut self, keep_bytes: usize, limit_bytes: usize) {
        let mut returned = 0;
        let free_chunks: Vec<usize> = self
            .chunks
            .iter()
            .copied()
            .filter(|chunk| {
                self.free_by_start
                    .get(chunk)
                    .is_some_and(|run| run.pages == CHUNK_PAGES)
            })
            .collect();
        for chunk in free_chunks {
            if self.idle_bytes() <= keep_bytes || returned + CHUNK_BYTES > limit_bytes {
                break;
            }
            returned += CHUNK_BYTES;
            self.remove_free(chunk);
            self.free_pages -= CHUNK_PAGES;
            self.chunks.remove(&chunk);
            self.system_free(chunk, CHUNK_BYTES);
        }
    }

    fn insert_free(&mut self, start: usize, pages: usize, dirty: bool) {
        self.free_by_start.insert(start, FreeRun { pages, dirty });
        self.free_by_size.insert((pages, start));
    }

    fn remove_free(&mut self, start: usize) -> FreeRun {
        let run = self.free_by_start.remove(&start).expect("free run missing");
        self.free_by_size.remove(&(run.pages, start));
        run
    }

    /// `bytes` (a multiple of the page size) of zeroed memory aligned to a page.
    fn system_allocate(&mut self, bytes: usize) -> usize {
        let layout = system_layout(bytes);
        // SAFETY: the layout has a non-zero size.
        let memory = unsafe { System.alloc_zeroed(layout) } as usize;
        if memory == 0 {
            crate::crash::out_of_memory();
        }
        let start = memory.next_multiple_of(PAGE_BYTES);
        assert!(
            start + bytes <= ADDRESS_LIMIT,
            "heap memory above the 48-bit page map"
        );
        self.origins.insert(start, memory);
        self.system_bytes += bytes;
        start
    }

    fn system_free(&mut self, start: usize, bytes: usize) {
        let memory = self
            .origins
            .remove(&start)
            .expect("freeing memory the heap did not allocate");
        // SAFETY: `memory` came from `System.alloc_zeroed` with this layout (`system_allocate`
        // with the same `bytes`), and the caller — the sweeper freeing a span, or `trim` —
        // no longer uses any of it.
        unsafe { System.dealloc(memory as *mut u8, system_layout(bytes)) };
        self.system_bytes -= bytes;
    }
}

/// The layout requested from the system for `bytes` of page-aligned memory.
fn system_layout(bytes: usize) -> Layout {
    bytes
        .checked_add(PAGE_BYTES)
        .and_then(|padded| Layout::from_size_align(padded, WORD_BYTES).ok())
        .expect("heap object too large")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_split_coalesce_and_trim() {
        let mut pages = PageAllocator::new();
        let a = pages.allocate(1);
        let b = pages.allocate(3);
        let c = pages.allocate(1);
        assert!(!a.dirty && !b.dirty && !c.dirty);
        assert_eq!(a.start % PAGE_BYTES, 0);
        assert_eq!(b.start, a.start + PAGE_BYTES);
        assert_eq!(c.start, b.start + 3 * PAGE_BYTES);
        assert_eq!(pages.idle_bytes(), (CHUNK_PAGES - 5) * PAGE_BYTES);
        pages.release(b.start, 3);
        // Best fit reuses the 3-page hole for a 2-page run, now dirty.
        let d = pages.allocate(2);
        assert_eq!(d.start, b.start);
        assert!(d.dirty);
        pages.release(a.start, 1);
        pages.release(c.start, 1);
        pages.release(d.start, 2);
        // Everything coalesced back into one chunk-sized run.
        assert_eq!(pages.free_by_start.len(), 1);
        assert_eq!(pages.system_bytes(), CHUNK_BYTES);
        pages.trim(0, usize::MAX);
        assert_eq!(pages.system_bytes(), 0);
        assert_eq!(pages.idle_bytes(), 0);
    }

    #[test]
    fn trim_keeps_what_is_asked_and_returns_at_most_the_limit() {
        let mut pages = PageAllocator::new();
        let runs: Vec<Run> = (0..3 * CHUNK_PAGES / 4)
            .map(|_| pages.allocate(4))
            .collect();
        assert_eq!(pages.system_bytes(), 3 * CHUNK_BYTES);
        for run in &runs {
            pages.release(run.start, 4);
        }
        pages.trim(0, CHUNK_BYTES);
        assert_eq!(
            pages.system_bytes(),
            2 * CHUNK_BYTES,
            "one chunk per the limit"
        );
        pages.trim(CHUNK_BYTES, usize::MAX);
        assert_eq!(pages.idle_bytes(), CHUNK_BYTES, "one chunk kept");
        pages.allocate(4);
        assert_eq!(
            pages.system_bytes(),
            CHUNK_BYTES,
            "the kept chunk serves new runs"
        );
    }

    #[test]
    fn long_runs_go_straight_to_the_system() {
        let mut pages = PageAllocator::new();
        let run = pages.allocate(DIRECT_PAGES + 1);
        assert_eq!(run.start % PAGE_BYTES, 0);
        assert_eq!(pages.system_bytes(), (DIRECT_PAGES + 1) * PAGE_BYTES);
        pages.release(run.start, DIRECT_PAGES + 1);
        assert_eq!(pages.system_bytes(), 0);
    }
}
