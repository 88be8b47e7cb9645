//! Collection: reachability through interior pointers and shapes, cycles, reuse, depth,
//! and the verifier.

use super::{assert_heap_sound, collect_with, exclusive, is_allocated, read, shape, write};
use crate::heap::size_class::CLASSES;
use crate::heap::{page_map, stats, verify, AllocCache, ObjKind};

#[test]
fn interior_pointers_keep_the_whole_object_alive() {
    let _heap = exclusive();
    let mut cache = AllocCache::default();
    let by_interior = cache.alloc(ObjKind::Noscan, 10);
    let by_header = cache.alloc(ObjKind::Noscan, 10);
    let unreached = cache.alloc(ObjKind::Noscan, 10);
    write(by_interior, 9, 42);
    // A scan object reached through an interior pointer is scanned as a whole.
    let referent = cache.alloc(ObjKind::Noscan, 1);
    let holder = cache.alloc(ObjKind::Scan(shape(1, &[0])), 8);
    write(holder, 0, referent as u64);

    let unaligned_interior = by_interior as u64 + 7 * 8 + 3;
    let header_address = by_header as u64 - 8;
    collect_with(&[unaligned_interior, header_address, holder as u64 + 7 * 8]);
    assert!(is_allocated(by_interior));
    assert!(is_allocated(by_header));
    assert!(!is_allocated(unreached));
    assert!(
        is_allocated(referent),
        "found by scanning from word 0, not only from the interior word"
    );
    assert_eq!(read(by_interior, 9), 42);
    assert_heap_sound();
}

#[test]
fn only_words_marked_as_pointers_keep_objects_alive() {
    let _heap = exclusive();
    let mut cache = AllocCache::default();
    // Element: [pointer, scalar]; the object holds three elements.
    let pair = shape(2, &[0]);
    let object = cache.alloc(ObjKind::Scan(pair), 6);
    let mut pointed = Vec::new();
    let mut looked_alike = Vec::new();
    for element in 0..3 {
        let kept = cache.alloc(ObjKind::Noscan, 2);
        let lookalike = cache.alloc(ObjKind::Noscan, 2);
        write(object, 2 * element, kept as u64);
        write(object, 2 * element + 1, lookalike as u64); // a scalar that looks like a pointer
        pointed.push(kept);
        looked_alike.push(lookalike);
    }
    // A wide shape: 70 words, the only pointer at word 65 (second mask word).
    let wide = shape(70, &[65]);
    let wide_object = cache.alloc(ObjKind::Scan(wide), 140);
    let far = cache.alloc(ObjKind::Noscan, 1);
    let far_lookalike = cache.alloc(ObjKind::Noscan, 1);
    write(wide_object, 70 + 65, far as u64);
    write(wide_object, 70 + 64, far_lookalike as u64);

    collect_with(&[object as u64, wide_object as u64]);
    assert!(pointed.iter().all(|&kept| is_allocated(kept)));
    assert!(
        looked_alike
            .iter()
            .all(|&lookalike| !is_allocated(lookalike)),
        "scalar words must not retain"
    );
    assert!(is_allocated(far));
    assert!(!is_allocated(far_lookalike));
    assert_eq!(
        read(object, 1),
        looked_alike[0] as u64,
        "scalars are left alone"
    );
    assert_heap_sound();
}

#[test]
fn cycles_are_collected() {
    let _heap = exclusive();
    let mut cache = AllocCache::default();
    let link = shape(1, &[0]);
    let first = cache.alloc(ObjKind::Scan(link), 1);
    let second = cache.alloc(ObjKind::Scan(link), 1);
    write(first, 0, second as u64);
    write(second, 0, first as u64);
    let itself = cache.alloc(ObjKind::Scan(link), 1);
    write(itself, 0, itself as u64);

    collect_with(&[second as u64]);
    assert!(is_allocated(first) && is_allocated(second));
    assert!(!is_allocated(itself));
    collect_with(&[]);
    assert!(!is_allocated(first) && !is_allocated(second));
    assert_heap_sound();
}

#[test]
fn garbage_is_freed_and_its_memory_reused() {
    let _heap = exclusive();
    let mut cache = AllocCache::default();
    collect_with(&[]);
    let start = stats();
    let link = shape(2, &[0]);
    let mut kept = 0u64;
    for round in 0..20u64 {
        // 8 MiB of garbage lists per round, plus one kept list of 100 nodes.
        for _ in 0..(8 << 20) / 32 {
            let node = cache.alloc(ObjKind::Scan(link), 2);
            write(node, 1, round);
        }
        for value in 0..100 {
            let node = cache.alloc(ObjKind::Scan(link), 2);
            write(node, 0, kept);
            write(node, 1, value);
            kept = node as u64;
        }
        collect_with(&[kept]);
        let now = stats();
        assert_eq!(now.live_objects_after_last_gc, 100 * (round + 1));
        assert!(
            now.system_bytes <= start.system_bytes + (16 << 20),
            "memory is reused: {now:?}"
        );
    }
    let end = stats();
    assert!(end.freed_objects - start.freed_objects >= 20 * (8 << 20) / 32);
    assert_eq!(end.collections - start.collections, 20);
    // Walk the kept list: 2000 nodes, values 99..=0 repeating.
    let mut node = kept as *mut u64;
    for index in 0..2000u64 {
        assert_eq!(read(node, 1), 99 - index % 100);
        node = read(node, 0) as *mut u64;
    }
    assert!(node.is_null());
    assert_heap_sound();
}

#[test]
fn a_million_deep_list_is_marked_without_recursion() {
    let _heap = exclusive();
    let mut cache = AllocCache::default();
    collect_with(&[]);
    let link = shape(2, &[0]);
    let length = 1_000_000u64;
    let mut head = 0u64;
    for value in 0..length {
        let node = cache.alloc(ObjKind::Scan(link), 2);
        write(node, 0, head);
        write(node, 1, value);
        head = node as u64;
    }
    collect_with(&[head]);
    assert_eq!(stats().live_objects_after_last_gc, length);
    let mut node = head as *mut u64;
    let mut expected = length;
    while !node.is_null() {
        expected -= 1;
        assert_eq!(read(node, 1), expected);
        node = read(node, 0) as *mut u64;
    }
    assert_eq!(expected, 0);
    assert_heap_sound();
    collect_with(&[]);
    assert_eq!(stats().live_objects_after_last_gc, 0);
}

#[test]
fn words_into_free_slots_span_tails_or_nowhere_are_ignored() {
    let _heap = exclusive();
    let mut cache = AllocCache::default();
    let object = cache.alloc(ObjKind::Noscan, 5);
    let freed = cache.alloc(ObjKind::Noscan, 5);
    collect_with(&[object as u64]);
    assert!(!is_allocated(freed));
    // 48-byte objects: 1365 per page, leaving a 16-byte tail.
    let class = CLASSES
        .iter()
        .find(|class| class.object_bytes == 48)
        .unwrap();
    // SAFETY: the span of a live object is mapped; only this thread uses the heap.
    let span = unsafe { &*page_map::lookup(object as usize).unwrap() };
    let tail = span.start + class.objects_per_span * class.object_bytes;
    assert!(span.object_index(tail).is_none());
    let garbage = [
        freed as u64,
        tail as u64,
        0,
        1,
        u64::MAX,
        0xdead_beef,
        object as u64 + 32,
    ];
    collect_with(&garbage);
    assert!(is_allocated(object), "the last word is an interior pointer");
    assert!(!is_allocated(freed));
    assert_heap_sound();
}

#[test]
fn the_verifier_catches_a_missing_root() {
    let _heap = exclusive();
    let mut cache = AllocCache::default();
    let lost = cache.alloc(ObjKind::Noscan, 3);
    collect_with(&[]); // a root was "forgotten": `lost` is freed although we still use it
    let holder = cache.alloc(ObjKind::Scan(shape(1, &[0])), 1);
    write(holder, 0, lost as u64);
    let problems = verify().expect_err("a pointer to a freed slot must be reported");
    assert!(problems.contains("free slot"), "{problems}");
    write(holder, 0, 0);
    assert_heap_sound();
}
