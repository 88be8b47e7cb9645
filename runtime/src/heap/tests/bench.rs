//! Benchmarks, ignored by default. Run them with
//! `cargo test -p runtime --release -- --ignored --nocapture heap_bench`.
//!
//! - `heap_bench_binary_trees`: the benchmarks-game binary-trees workload of
//!   `bench/binarytrees.go` (depth 16, and 18), driving the heap as the VM would: allocation
//!   through a cache, a collection at the next "safepoint" (between trees) when
//!   `gc_wanted`, the long-lived tree as the root.
//! - `heap_bench_allocation`: the raw fast path, one thread and two.
//! - `heap_bench_collection`: one collection of a large live tree.

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::thread;
use std::time::Instant;

use super::{collect_with, exclusive, read, shape, write};
use crate::heap::{gc_wanted, set_gc_percent, stats, AllocCache, ObjKind, Shape};

fn bottom_up(cache: &mut AllocCache, node: &'static Shape, depth: u32) -> u64 {
    let object = cache.alloc(ObjKind::Scan(node), 2);
    if depth > 0 {
        let left = bottom_up(cache, node, depth - 1);
        let right = bottom_up(cache, node, depth - 1);
        write(object, 0, left);
        write(object, 1, right);
    }
    object as u64
}

fn check(tree: u64) -> u64 {
    let left = read(tree as *mut u64, 0);
    if left == 0 {
        return 1;
    }
    1 + check(left) + check(read(tree as *mut u64, 1))
}

fn binary_trees(max_depth: u32) {
    let mut cache = AllocCache::default();
    let node = shape(2, &[0, 1]);
    let started = Instant::now();
    let before = stats();
    let mut allocations = 0u64;
    let mut max_pause = 0u64;
    let mut safepoint = |allocated: u64, long_lived: u64| {
        allocations += allocated;
        if gc_wanted() {
            collect_with(&[long_lived]);
            max_pause = max_pause.max(stats().last_pause_nanos);
        }
    };
    let stretch = bottom_up(&mut cache, node, max_depth + 1);
    assert_eq!(check(stretch), (1 << (max_depth + 2)) - 1);
    safepoint((1 << (max_depth + 2)) - 1, 0);
    let long_lived = bottom_up(&mut cache, node, max_depth);
    safepoint((1 << (max_depth + 1)) - 1, long_lived);
    for depth in (4..=max_depth).step_by(2) {
        let iterations = 1u64 << (max_depth - depth + 4);
        for _ in 0..iterations {
            let tree = bottom_up(&mut cache, node, depth);
            assert_eq!(check(tree), (1 << (depth + 1)) - 1);
            safepoint((1 << (depth + 1)) - 1, long_lived);
        }
    }
    assert_eq!(check(long_lived), (1 << (max_depth + 1)) - 1);
    let elapsed = started.elapsed();
    let after = stats();
    let collections = after.collections - before.collections;
    let pause = after.total_pause_nanos - before.total_pause_nanos;
    let mutator = elapsed.as_nanos() as u64 - pause;
    println!(
        "binary-trees depth {max_depth}: {allocations} allocations in {:.3} s; {:.1} ns per allocation \
         (with tree building, outside collections); {collections} collections, total pause {:.1} ms, \
         mean {:.2} ms, max {:.2} ms; heap system bytes {:.1} MiB",
        elapsed.as_secs_f64(),
        mutator as f64 / allocations as f64,
        pause as f64 / 1e6,
        pause as f64 / 1e6 / collections.max(1) as f64,
        max_pause as f64 / 1e6,
        after.system_bytes as f64 / (1 << 20) as f64,
    );
}

#[test]
#[ignore = "benchmark"]
fn heap_bench_binary_trees() {
    let _heap = exclusive();
    let previous = set_gc_percent(Some(100));
    collect_with(&[]);
    binary_trees(16);
    collect_with(&[]);
    binary_trees(18);
    set_gc_percent(previous);
    collect_with(&[]);
}

/// Allocates `count` 2-word scan objects with no collection; returns nanoseconds.
fn allocate_only(count: u64) -> u64 {
    let mut cache = AllocCache::default();
    let pair = shape(2, &[0]);
    let started = Instant::now();
    let mut previous = 0u64;
    for value in 0..count {
        let object = cache.alloc(ObjKind::Scan(pair), 2);
        write(object, 0, previous);
        write(object, 1, value);
        previous = object as u64;
    }
    std::hint::black_box(previous);
    started.elapsed().as_nanos() as u64
}

#[test]
#[ignore = "benchmark"]
fn heap_bench_allocation() {
    let _heap = exclusive();
    let previous = set_gc_percent(None);
    let count = 20_000_000;
    collect_with(&[]);
    let single = allocate_only(count);
    collect_with(&[]);
    let total = AtomicU64::new(0);
    let started = Instant::now();
    thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| total.fetch_add(allocate_only(count), Relaxed));
        }
    });
    let wall = started.elapsed().as_nanos() as u64;
    println!(
        "allocation (24-byte objects, fresh memory first, no collection): one thread {:.1} ns each \
         ({:.0} M/s); two threads {:.0} M/s together",
        single as f64 / count as f64,
        count as f64 * 1e3 / single as f64,
        2.0 * count as f64 * 1e3 / wall as f64,
    );
    collect_with(&[]);
    let reused = allocate_only(count);
    collect_with(&[]);
    let started = Instant::now();
    thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| allocate_only(count));
        }
    });
    let wall = started.elapsed().as_nanos() as u64;
    println!(
        "allocation into swept, reused spans: one thread {:.1} ns each ({:.0} M/s); two threads \
         {:.0} M/s together",
        reused as f64 / count as f64,
        count as f64 * 1e3 / reused as f64,
        2.0 * count as f64 * 1e3 / wall as f64,
    );
    set_gc_percent(previous);
    collect_with(&[]);
}

#[test]
#[ignore = "benchmark"]
fn heap_bench_collection() {
    let _heap = exclusive();
    let previous = set_gc_percent(None);
    let mut cache = AllocCache::default();
    let node = shape(2, &[0, 1]);
    let tree = bottom_up(&mut cache, node, 20);
    collect_with(&[tree]);
    let started = Instant::now();
    collect_with(&[tree]);
    let live = started.elapsed();
    let live_stats = stats();
    let started = Instant::now();
    collect_with(&[]);
    let dead = started.elapsed();
    println!(
        "collection of a live binary tree of {} nodes ({:.1} MiB): {:.1} ms; freeing it all: {:.1} ms",
        live_stats.live_objects_after_last_gc,
        live_stats.live_bytes_after_last_gc as f64 / (1 << 20) as f64,
        live.as_secs_f64() * 1e3,
        dead.as_secs_f64() * 1e3,
    );
    set_gc_percent(previous);
}

#[test]
#[ignore = "benchmark"]
fn heap_bench_empty_collection() {
    let _heap = exclusive();
    let mut cache = AllocCache::default();
    let kept = cache.alloc(ObjKind::Noscan, 4);
    collect_with(&[kept as u64]);
    let rounds = 20_000;
    let started = Instant::now();
    for _ in 0..rounds {
        collect_with(&[kept as u64]);
    }
    let each = started.elapsed().as_nanos() as f64 / rounds as f64;
    println!(
        "collection of a nearly empty heap ({} spans): {:.1} µs",
        stats().spans,
        each / 1e3
    );
}
