//! Many threads allocating at once, each with its own cache, and collections while they
//! wait at a barrier — the scheduler's stop-the-world protocol in miniature.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::Relaxed};
use std::sync::{Arc, Barrier};
use std::thread;

use super::native::Holder;
use super::{assert_heap_sound, collect_with, exclusive, read, shape, write};
use crate::heap::{stats, AllocCache, ObjKind};

const THREADS: usize = 4;
const ROUNDS: u64 = 6;
const KEPT_PER_ROUND: u64 = 5_000;

/// Walks a list of `[next, value]` nodes and checks the values count down from `length-1`
/// tagged with `thread`.
fn check_list(head: u64, thread: u64, length: u64) {
    let mut node = head as *mut u64;
    let mut expected = length;
    while !node.is_null() {
        expected -= 1;
        assert_eq!(read(node, 1), thread << 32 | expected, "thread {thread}");
        node = read(node, 0) as *mut u64;
    }
    assert_eq!(expected, 0, "thread {thread}'s list is complete");
}

#[test]
fn threads_allocate_in_parallel_and_collect_while_stopped() {
    let _heap = exclusive();
    collect_with(&[]);
    let barrier = Arc::new(Barrier::new(THREADS + 1));
    let heads: Arc<Vec<AtomicU64>> = Arc::new((0..THREADS).map(|_| AtomicU64::new(0)).collect());
    let natives: Arc<Vec<AtomicU64>> = Arc::new((0..THREADS).map(|_| AtomicU64::new(0)).collect());
    let drops = Arc::new(AtomicUsize::new(0));
    let made = Arc::new(AtomicUsize::new(0));
    let workers: Vec<_> = (0..THREADS as u64)
        .map(|thread| {
            let (barrier, heads, natives) = (barrier.clone(), heads.clone(), natives.clone());
            let (drops, made) = (drops.clone(), made.clone());
            thread::spawn(move || {
                let mut cache = AllocCache::default();
                let link = shape(2, &[0]);
                let pointers = shape(1, &[0]);
                let mut head = 0u64;
                let mut length = 0u64;
                for round in 0..ROUNDS {
                    for step in 0..60_000u64 {
                        if step % 12 == 0 && length < (round + 1) * KEPT_PER_ROUND {
                            let node = cache.alloc(ObjKind::Scan(link), 2);
                            write(node, 0, head);
                            write(node, 1, thread << 32 | length);
                            head = node as u64;
                            length += 1;
                        }
                        // Garbage of many sizes, some pointing into the kept list.
                        let words = 1 + (step * 7 + thread) as usize % 60;
                        let garbage = cache.alloc(ObjKind::Scan(pointers), words);
                        write(garbage, words - 1, head);
                        if step % 5_000 == 0 {
                            cache.alloc(ObjKind::Noscan, 5_000 + step as usize);
                        }
                        if step % 1_000 == 0 {
                            let (traces, dropped) = (Arc::default(), drops.clone());
                            let native = cache.alloc_native(Holder {
                                pointers: vec![head],
                                traces,
                                drops: dropped,
                            });
                            natives[thread as usize].store(native as u64, Relaxed);
                            made.fetch_add(1, Relaxed);
                        }
                    }
                    heads[thread as usize].store(head, Relaxed);
                    barrier.wait(); // stopped: the main thread collects
                    barrier.wait(); // restarted
                    check_list(head, thread, length);
                }
            })
        })
        .collect();

    for round in 0..ROUNDS {
        barrier.wait();
        let mut roots: Vec<u64> = heads.iter().map(|head| head.load(Relaxed)).collect();
        roots.extend(natives.iter().map(|native| native.load(Relaxed)));
        collect_with(&roots);
        assert_heap_sound();
        let kept = THREADS as u64 * (round + 1) * KEPT_PER_ROUND;
        let live = stats().live_objects_after_last_gc;
        assert_eq!(
            live,
            kept + THREADS as u64,
            "lists plus one native object per thread"
        );
        for (thread, head) in heads.iter().enumerate() {
            check_list(
                head.load(Relaxed),
                thread as u64,
                (round + 1) * KEPT_PER_ROUND,
            );
        }
        barrier.wait();
    }
    for worker in workers {
        worker.join().unwrap();
    }
    collect_with(&[]);
    assert_eq!(stats().live_objects_after_last_gc, 0);
    assert_eq!(
        drops.load(Relaxed),
        made.load(Relaxed),
        "every native value dropped exactly once"
    );
    assert_heap_sound();
}
