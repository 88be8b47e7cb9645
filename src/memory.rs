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

/// mimalloc for blocks under [`LARGE`] bytes, the system allocator for larger ones; a
/// refused request ends the process with Go's `fatal error: runtime: out of memory` (exit
/// 2) instead of Rust's abort.
///
/// Large blocks go to glibc because it resizes them with `mremap`, moving pages instead
/// of copying them: mimalloc's `realloc` copies, so a goroutine register stack growing
/// towards Go's 1 GB limit was resident twice (a stack overflow peaked at 1.6 GB instead
/// of 1.05). The choice is made by size alone, so `dealloc`, which is told the size, sends
/// a block back to the allocator it came from; `realloc` across the boundary moves it.
struct Allocator;

/// glibc serves requests from this size on with `mmap` whatever its dynamic threshold is
/// (`DEFAULT_MMAP_THRESHOLD_MAX` on 64-bit targets), so they are resized with `mremap`.
const LARGE: usize = 32 << 20;

fn oom_if_null(p: *mut u8) -> *mut u8 {
    if p.is_null() {
        runtime::crash::out_of_memory();
    }
    p
}

// SAFETY: each block is served and released by one allocator, chosen by its size (which
// `dealloc` and `realloc` are given exactly); every call is forwarded with the caller's
// guarantees; only a null result is acted on.
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's guarantees.
        oom_if_null(unsafe {
            if layout.size() >= LARGE {
                std::alloc::System.alloc(layout)
            } else {
                mimalloc::MiMalloc.alloc(layout)
            }
        })
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as above.
        oom_if_null(unsafe {
            if layout.size() >= LARGE {
                std::alloc::System.alloc_zeroed(layout)
            } else {
                mimalloc::MiMalloc.alloc_zeroed(layout)
            }
        })
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `layout.size()` is the size the block was allocated with, so this is the
        // allocator that served it.
        unsafe {
            if layout.size() >= LARGE {
                std::alloc::System.dealloc(ptr, layout)
            } else {
                mimalloc::MiMalloc.dealloc(ptr, layout)
            }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let (old_large, new_large) = (layout.size() >= LARGE, new_size >= LARGE);
        // SAFETY: the block stays with the allocator that served it, or moves to the other
        // one through a fresh allocation, a copy of the bytes both sizes hold, and a release.
        unsafe {
            match (old_large, new_large) {
                (true, true) => oom_if_null(std::alloc::System.realloc(ptr, layout, new_size)),
                (false, false) => oom_if_null(mimalloc::MiMalloc.realloc(ptr, layout, new_size)),
                _ => {
                    let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
                    let new = self.alloc(new_layout);
                    std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                    self.dealloc(ptr, layout);
                    new
                }
            }
        }
    }
}

#[global_allocator]
static ALLOCATOR: Allocator = Allocator;

extern "C" {
    fn mi_collect(force: bool);
    fn mi_option_get(option: i32) -> std::os::raw::c_long;
    fn mi_option_set(option: i32, value: std::os::raw::c_long);
}

/// `mi_option_purge_delay` in the `mi_option_t` of the mimalloc (v3) that libmimalloc-sys
/// builds (`Cargo.lock` pins it): how long a page nobody uses stays resident before it is
/// returned to the system, in milliseconds (default 1,000).
const MI_OPTION_PURGE_DELAY: i32 = 15;

/// The purge delay to restore once the front end is done.
static RUN_PURGE_DELAY: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(-2);

/// Settings made first thing in `main`: while the front end works, free pages go back to
/// the system at once. Its threads free what other threads allocated (the compiler frees
/// the checker's IR), and such pages are not reused while they wait out the delay: a
/// program importing net peaked at 39.5 MB with the default delay, 36.4 MB without.
pub fn configure() {
    // SAFETY: reading and setting an option has no preconditions.
    unsafe {
        RUN_PURGE_DELAY.store(mi_option_get(MI_OPTION_PURGE_DELAY) as i64, std::sync::atomic::Ordering::Relaxed);
        mi_option_set(MI_OPTION_PURGE_DELAY, 0);
    }
}

/// Returns the memory the front end and the compiler freed (syntax trees, the typed IR, the
/// checker's tables) to the system before the program runs, and unmaps the binary's code
/// and constant data (see [`unmap_read_only_image`]).
pub fn release_front_end_memory() {
    // SAFETY: mi_collect only frees mimalloc's own unused memory; setting an option has no
    // preconditions.
    unsafe {
        mi_collect(true);
        let delay = RUN_PURGE_DELAY.load(std::sync::atomic::Ordering::Relaxed);
        if delay != -2 {
            // The program's own allocations keep mimalloc's default.
            mi_option_set(MI_OPTION_PURGE_DELAY, delay as std::os::raw::c_long);
        }
    }
    unmap_read_only_image();
}

/// Drops this process's mappings of the executable's read-only segments (machine code,
/// constants, the embedded standard library sources): the front end and the compiler
/// touched most of their 7 MB, and those pages would stay resident while the program runs
/// although the VM, the runtime and the natives use a fraction of them. The pages are
/// clean copies of the file, so `MADV_DONTNEED` only unmaps them; the ones the program
/// needs come back at their next use, as minor faults from the page cache.
///
/// Only `PT_LOAD` segments without write permission are dropped: nothing ever writes to
/// them (relocated data is in the writable, later read-only, RELRO segment, which is left
/// alone), so dropping them loses nothing.
#[cfg(target_os = "linux")]
fn unmap_read_only_image() {
    use std::os::raw::{c_int, c_void};

    unsafe extern "C" fn segments(info: *mut libc::dl_phdr_info, _size: usize, _data: *mut c_void) -> c_int {
        // SAFETY: dl_iterate_phdr passes a valid record whose `dlpi_phdr` points to
        // `dlpi_phnum` program headers.
        let info = unsafe { &*info };
        let headers = unsafe { std::slice::from_raw_parts(info.dlpi_phdr, info.dlpi_phnum as usize) };
        // SAFETY: sysconf has no preconditions.
        let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) }.max(1) as u64;
        for h in headers {
            if h.p_type != libc::PT_LOAD || h.p_flags & libc::PF_W != 0 {
                continue;
            }
            // Whole pages inside the segment only.
            let start = (info.dlpi_addr + h.p_vaddr).div_ceil(page) * page;
            let end = (info.dlpi_addr + h.p_vaddr + h.p_memsz) / page * page;
            if end > start {
                // SAFETY: the range lies inside a read-only, never written mapping of the
                // executable file; unmapping its pages only makes the next access fault
                // them in again from the file.
                unsafe { libc::madvise(start as *mut c_void, (end - start) as usize, libc::MADV_DONTNEED) };
            }
        }
        // The first object visited is the executable; the shared libraries stay as they are.
        1
    }

    // SAFETY: the callback only reads the records it is given.
    unsafe { libc::dl_iterate_phdr(Some(segments), std::ptr::null_mut()) };
}

#[cfg(not(target_os = "linux"))]
fn unmap_read_only_image() {}

#[cfg(test)]
mod tests {
    use super::*;

    /// The option number is mimalloc's `mi_option_purge_delay`: no other option defaults
    /// to 1,000.
    #[test]
    fn purge_delay_option_number() {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
            println!("skipped: MIMALLOC_PURGE_DELAY is set");
            return;
        }
        // SAFETY: reading an option has no preconditions.
        assert_eq!(unsafe { mi_option_get(MI_OPTION_PURGE_DELAY) }, 1000);
    }

    /// Blocks move between the two allocators when a reallocation crosses [`LARGE`], with
    /// their bytes.
    #[test]
    fn realloc_across_the_large_boundary_keeps_bytes() {
        let mut v: Vec<u8> = (0..1000u32).map(|i| (i % 251) as u8).collect();
        v.reserve_exact(LARGE + 10 - v.len());
        assert!(v.capacity() >= LARGE);
        assert!(v.iter().enumerate().all(|(i, &b)| b == (i % 251) as u8));
        v.resize(LARGE + 5, 7);
        v.truncate(3000);
        v.shrink_to_fit();
        assert_eq!(v.len(), 3000);
        assert!(v[..1000].iter().enumerate().all(|(i, &b)| b == (i % 251) as u8));
        assert!(v[1000..].iter().all(|&b| b == 7));
        let zeroed = vec![0u64; LARGE / 8 + 1];
        assert!(zeroed.iter().all(|&w| w == 0));
    }

    /// After the read-only segments are dropped, code and constants are read back from
    /// the file: the process goes on computing the same results.
    #[test]
    fn unmapped_image_still_runs() {
        let before = format!("{:?}", (1..200).map(|i| i * i).collect::<Vec<u64>>());
        unmap_read_only_image();
        let after = format!("{:?}", (1..200).map(|i| i * i).collect::<Vec<u64>>());
        assert_eq!(before, after);
        assert!(after.starts_with("[1, 4, 9, 16"));
    }
}
