//! Allocation: every size class, large objects, zeroing, bounds, the zero-size object.

use super::{assert_heap_sound, collect_with, exclusive, is_allocated, read, shape, write};
use crate::heap::size_class::{CLASSES, PAGE_BYTES, WORD_BYTES};
use crate::heap::{
    object_bounds, stats, zero_base, AllocCache, NativeObject, NativeVTable, ObjKind,
};

/// Payload lengths that exercise every size class at both of its edges, and every length
/// up to 512 words.
fn interesting_lengths() -> Vec<usize> {
    let mut lengths: Vec<usize> = (1..=512).collect();
    let mut previous_words = 1;
    for class in &CLASSES {
        let object_words = class.object_bytes / WORD_BYTES;
        lengths.push(previous_words); // the smallest payload in this class
        lengths.push(object_words - 1); // the largest
        previous_words = object_words;
    }
    lengths
}

/// Fills an object with words derived from its address, so overlaps show up.
fn fill(payload: *mut u64, words: usize) {
    for index in 0..words {
        write(payload, index, payload as u64 ^ index as u64);
    }
}

fn check_filled(payload: *mut u64, words: usize) {
    for index in 0..words {
        assert_eq!(
            read(payload, index),
            payload as u64 ^ index as u64,
            "object {payload:?} word {index}"
        );
    }
}

fn assert_zeroed(payload: *mut u64, words: usize) {
    for index in 0..words {
        assert_eq!(
            read(payload, index),
            0,
            "object {payload:?} word {index} of {words}"
        );
    }
}

#[test]
fn every_size_class_gives_zeroed_disjoint_objects_with_exact_bounds() {
    let _heap = exclusive();
    let mut cache = AllocCache::default();
    let element = shape(1, &[0]);
    let mut objects = Vec::new();
    for (round, words) in interesting_lengths().into_iter().enumerate() {
        let kind = if round % 2 == 0 {
            ObjKind::Noscan
        } else {
            ObjKind::Scan(element)
        };
        let payload = cache.alloc(kind, words);
        assert_eq!(payload as usize % WORD_BYTES, 0);
        assert_zeroed(payload, words);
        let start = payload as u64;
        let end = start + (words * WORD_BYTES) as u64;
        assert_eq!(object_bounds(start), Some((start, end)));
        assert_eq!(
            object_bounds(end - 1),
            Some((start, end)),
            "interior address"
        );
        assert_eq!(
            object_bounds(start - 8),
            Some((start, end)),
            "the header belongs to the object"
        );
        // Scan payloads are filled with non-pointers only (small odd values).
        if let ObjKind::Scan(_) = kind {
            for index in 0..words {
                write(payload, index, (index as u64) << 1 | 1);
            }
        } else {
            fill(payload, words);
        }
        objects.push((payload, words, kind));
    }
    for &(payload, words, kind) in &objects {
        match kind {
            ObjKind::Scan(_) => (0..words)
                .for_each(|index| assert_eq!(read(payload, index), (index as u64) << 1 | 1)),
            _ => check_filled(payload, words),
        }
    }
    assert_heap_sound();
}

#[test]
fn large_objects_get_spans_of_their_own_and_return_to_the_system() {
    let _heap = exclusive();
    let mut cache = AllocCache::default();
    collect_with(&[]);
    let before = stats();
    // First large size, a medium one, and one beyond the direct-allocation threshold.
    let lengths = [4096, 100_000, 3_000_000];
    let objects: Vec<*mut u64> = lengths
        .iter()
        .map(|&words| cache.alloc(ObjKind::Noscan, words))
        .collect();
    for (&payload, &words) in objects.iter().zip(&lengths) {
        assert_eq!(
            (payload as usize - WORD_BYTES) % PAGE_BYTES,
            0,
            "large objects start a page"
        );
        assert_zeroed(payload, words);
        fill(payload, words);
        let start = payload as u64;
        assert_eq!(
            object_bounds(start + 8 * (words as u64 - 1)),
            Some((start, start + 8 * words as u64))
        );
    }
    for (&payload, &words) in objects.iter().zip(&lengths) {
        check_filled(payload, words);
    }
    let grown = stats();
    assert!(grown.system_bytes >= before.system_bytes + 3_000_000 * 8);
    assert!(grown.heap_live_bytes >= before.heap_live_bytes + (4096 + 100_000 + 3_000_000) * 8);
    assert_heap_sound();

    // Keep the middle one; the others die, and the 24 MB one goes back to the system.
    collect_with(&[objects[1] as u64 + 12_345 * 8]);
    assert!(!is_allocated(objects[0]));
    assert!(is_allocated(objects[1]));
    assert!(!is_allocated(objects[2]));
    check_filled(objects[1], lengths[1]);
    assert_eq!(
        object_bounds(objects[2] as u64),
        None,
        "freed large spans are unmapped"
    );
    let after = stats();
    assert!(after.system_bytes + 3_000_000 * 8 <= grown.system_bytes);
    assert_heap_sound();
}

#[test]
fn reused_slots_are_zeroed_again() {
    let _heap = exclusive();
    let mut cache = AllocCache::default();
    let words = 37;
    let first = cache.alloc(ObjKind::Noscan, words);
    for index in 0..words {
        write(first, index, u64::MAX);
    }
    collect_with(&[]);
    assert!(!is_allocated(first));
    // The cache still owns the span, and the freed slot is the lowest free one or comes up
    // before the span is exhausted.
    let mut reused = None;
    for _ in 0..CLASSES
        .iter()
        .map(|class| class.objects_per_span)
        .max()
        .unwrap()
    {
        let payload = cache.alloc(ObjKind::Noscan, words);
        if payload == first {
            reused = Some(payload);
            break;
        }
    }
    let payload = reused.expect("the freed slot was handed out again");
    assert_zeroed(payload, words);
    assert_heap_sound();
}

#[test]
fn zero_words_give_the_zero_base() {
    let _heap = exclusive();
    let mut cache = AllocCache::default();
    assert_eq!(cache.alloc(ObjKind::Noscan, 0), zero_base());
    assert_eq!(cache.alloc(ObjKind::Scan(shape(2, &[0])), 0), zero_base());
    let base = zero_base() as u64;
    assert_eq!(object_bounds(base), Some((base, base)));
    // Marking it is harmless.
    collect_with(&[base]);
    assert_heap_sound();
}

#[test]
fn addresses_outside_the_heap_have_no_bounds() {
    let local = 5u64;
    assert_eq!(object_bounds(&local as *const u64 as u64), None);
    assert_eq!(object_bounds(0), None);
    assert_eq!(object_bounds(u64::MAX), None);
    assert_eq!(object_bounds(1 << 60), None);
}

#[test]
#[should_panic(expected = "alloc_native")]
fn native_kind_is_refused_by_alloc() {
    let mut cache = AllocCache::default();
    let vtable: &'static NativeVTable = &<super::native::Holder as NativeObject>::VTABLE;
    cache.alloc(ObjKind::Native(vtable), 4);
}

/// Resident memory of this process, from `/proc/self/status`.
#[cfg(target_os = "linux")]
fn resident_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status
        .lines()
        .find(|line| line.starts_with("VmRSS:"))
        .unwrap();
    line.split_whitespace()
        .nth(1)
        .unwrap()
        .parse::<u64>()
        .unwrap()
        * 1024
}

#[cfg(target_os = "linux")]
#[test]
fn a_huge_object_commits_only_the_pages_touched() {
    let _heap = exclusive();
    let mut cache = AllocCache::default();
    let words = 1 << 27; // 1 GiB
    let before = resident_bytes();
    let huge = cache.alloc(ObjKind::Noscan, words);
    write(huge, words - 1, 5);
    assert_eq!(read(huge, words / 2), 0);
    let grown = resident_bytes() - before;
    assert!(
        grown < 64 << 20,
        "a 1 GiB object made {grown} bytes resident"
    );
    collect_with(&[]);
    assert!(!is_allocated(huge));
}

#[test]
fn released_spans_pass_to_other_caches_and_threads() {
    let _heap = exclusive();
    let span_of = |address: *mut u64| crate::heap::page_map::lookup(address as usize).unwrap();
    // An odd length whose class no other test uses much: 131 words → 1088-byte slots.
    let words = 131;
    let mut first = AllocCache::default();
    let kept = first.alloc(ObjKind::Noscan, words);
    fill(kept, words);
    first.release();
    // The half-used span went to its class pool; another cache, on another thread, takes it.
    let (second_object, second_span) = std::thread::spawn(move || {
        let mut second = AllocCache::default();
        let object = second.alloc(ObjKind::Noscan, words);
        (object as usize, span_of(object) as usize)
    })
    .join()
    .unwrap();
    assert_eq!(
        second_span,
        span_of(kept) as usize,
        "the pooled span was reused"
    );
    assert_ne!(second_object, kept as usize);
    check_filled(kept, words);
    // The released cache still works, from a fresh or pooled span.
    let again = first.alloc(ObjKind::Noscan, words);
    assert_zeroed(again, words);
    collect_with(&[kept as u64]);
    check_filled(kept, words);
    assert_heap_sound();
}
