//! Tests of the heap through its public API, plus a few internal probes.
//!
//! The heap is one per process and `collect` frees whatever its roots do not reach, so
//! tests that allocate or collect run one at a time: each takes [`exclusive`] first. A test
//! plays both mutator and scheduler: it allocates, then calls `collect` with its own roots
//! while no other thread of it runs ("the world is stopped").

mod alloc;
mod bench;
mod collect;
mod native;
mod pacing;
mod threads;

use super::{collect, exclusive_use, load, page_map, store, verify, ExclusiveUse, Marker, Shape};

/// Serialises the tests that use the process-wide heap (see [`exclusive_use`]).
fn exclusive() -> ExclusiveUse {
    exclusive_use()
}

/// A leaked shape of `words` words whose pointer words are `pointers`.
fn shape(words: u32, pointers: &[usize]) -> &'static Shape {
    let mut ptrmask = vec![0u64; (words as usize).div_ceil(64)];
    for &word in pointers {
        ptrmask[word / 64] |= 1 << (word % 64);
    }
    Box::leak(Box::new(Shape {
        words,
        ptrmask: ptrmask.into_boxed_slice(),
    }))
}

/// Word `index` of the payload at `payload`.
fn read(payload: *mut u64, index: usize) -> u64 {
    // SAFETY: tests pass live objects and in-bounds indexes.
    unsafe { load(payload.add(index)) }
}

fn write(payload: *mut u64, index: usize, value: u64) {
    // SAFETY: as in `read`.
    unsafe { store(payload.add(index), value) }
}

/// Collects with `roots` as the only roots.
fn collect_with(roots: &[u64]) {
    collect(&mut |marker: &mut Marker| marker.mark_all(roots));
}

/// Whether the slot containing `address` holds an allocated object. World stopped.
fn is_allocated(address: *const u64) -> bool {
    let Some(span) = page_map::lookup(address as usize) else {
        return false;
    };
    // SAFETY: the test is the only thread using the heap; the span is mapped.
    let span = unsafe { &*span };
    span.object_index(address as usize)
        // SAFETY: as above.
        .is_some_and(|index| unsafe { (*span.state()).is_allocated(index) })
}

/// Panics with the verifier's findings unless the heap is sound.
fn assert_heap_sound() {
    if let Err(problems) = verify() {
        panic!("heap verification failed:\n{problems}");
    }
}
