//! The binary's allocator: mimalloc, with a refused request ending the process as Go does.
//!
//! mimalloc rather than glibc's malloc (measured on `hello`, see bench/RESULTS.md, "Lexer,
//! parser and front-end memory"): the front end allocates and frees millions of small
//! nodes, and glibc's malloc/free were a third of start-up's instructions. The collector's
//! pages do not come from here (`runtime::heap::pages` asks `System` directly).
//!
//! mimalloc is built without transparent huge pages (`.cargo/config.toml` sets
//! `MI_DEFAULT_ALLOW_THP=0`; it reads its options before `main` runs): it asks for them on
//! its arenas, and a 2 MiB page is resident from the first touch of any byte of it (hello
//! peaked at 37 MB instead of 34).

use std::alloc::{GlobalAlloc, Layout};

/// mimalloc, except that a refused request ends the process with Go's `fatal error: runtime:
/// out of memory` (exit 2) instead of Rust's abort.
struct Allocator;

// SAFETY: every call is forwarded to mimalloc unchanged; only a null result is acted on.
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's guarantees.
        let p = unsafe { mimalloc::MiMalloc.alloc(layout) };
        if p.is_null() {
            runtime::crash::out_of_memory();
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as above.
        let p = unsafe { mimalloc::MiMalloc.alloc_zeroed(layout) };
        if p.is_null() {
            runtime::crash::out_of_memory();
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { mimalloc::MiMalloc.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as above.
        let p = unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) };
        if p.is_null() {
            runtime::crash::out_of_memory();
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Allocator = Allocator;

extern "C" {
    fn mi_collect(force: bool);
}

/// Returns the memory the front end and the compiler freed (syntax trees, the typed IR, the
/// checker's tables) to the system before the program runs.
pub fn release_front_end_memory() {
    // SAFETY: mi_collect only frees mimalloc's own unused memory.
    unsafe { mi_collect(true) }
}
