//! Pacing: when `gc_wanted` turns true, GOGC settings and stress mode.

use super::{collect_with, exclusive, shape, write};
use crate::heap::cache::FLUSH_BYTES;
use crate::heap::{
    gc_wanted, set_gc_percent, set_gc_stress, stats, AllocCache, ObjKind, STRESS_REST,
};

/// Restores GOGC and stress mode when a test ends, however it ends.
struct Settings {
    percent: Option<u32>,
    stress: bool,
}

impl Settings {
    fn set(percent: Option<u32>) -> Settings {
        Settings {
            percent: set_gc_percent(percent),
            stress: set_gc_stress(false),
        }
    }
}

impl Drop for Settings {
    fn drop(&mut self) {
        set_gc_percent(self.percent);
        set_gc_stress(self.stress);
    }
}

/// Allocates 16-byte objects until `gc_wanted`; returns the bytes allocated.
fn allocate_until_wanted(cache: &mut AllocCache, limit: u64) -> u64 {
    let mut bytes = 0;
    while !gc_wanted() && bytes < limit {
        cache.alloc(ObjKind::Noscan, 1);
        bytes += 16;
    }
    bytes
}

#[test]
fn a_collection_is_wanted_once_the_heap_reaches_the_goal() {
    let _heap = exclusive();
    let _settings = Settings::set(Some(100));
    let mut cache = AllocCache::default();
    collect_with(&[]);
    assert!(!gc_wanted());
    let after = stats();
    assert_eq!(after.goal_bytes, 4 << 20, "the minimum goal: {after:?}");
    let allocated = allocate_until_wanted(&mut cache, 64 << 20);
    let expected = after.goal_bytes - after.heap_live_bytes;
    // Caches report in batches, so the trigger lags by at most one batch, and a batch
    // straddling the collection is not counted.
    assert!(
        allocated >= expected && allocated <= expected + 2 * FLUSH_BYTES as u64,
        "{allocated} vs {expected}"
    );
    collect_with(&[]);
    assert!(!gc_wanted());
}

#[test]
fn the_goal_is_twice_the_live_heap_with_gogc_100_and_follows_changes() {
    let _heap = exclusive();
    let _settings = Settings::set(Some(100));
    let mut cache = AllocCache::default();
    // Keep a 10 MiB list alive (24-byte objects: header + [pointer, scalar]).
    let link = shape(2, &[0]);
    let mut head = 0u64;
    let nodes = (10u64 << 20) / 24 + 1;
    for value in 0..nodes {
        let node = cache.alloc(ObjKind::Scan(link), 2);
        write(node, 0, head);
        write(node, 1, value);
        head = node as u64;
    }
    collect_with(&[head]);
    let live = stats().live_bytes_after_last_gc;
    assert_eq!(live, nodes * 24);
    assert_eq!(stats().goal_bytes, 2 * live);
    assert!(!gc_wanted());
    let allocated = allocate_until_wanted(&mut cache, 64 << 20);
    assert!(
        allocated >= live && allocated <= live + 2 * FLUSH_BYTES as u64,
        "{allocated} vs {live}"
    );

    set_gc_percent(Some(50));
    collect_with(&[head]);
    assert_eq!(stats().goal_bytes, live + live / 2);
    set_gc_percent(Some(300));
    assert_eq!(stats().goal_bytes, 4 * live, "a new GOGC applies at once");
    collect_with(&[]);
    assert_eq!(
        stats().goal_bytes,
        3 * (4 << 20),
        "the minimum scales with GOGC, as in Go"
    );
}

#[test]
fn gogc_off_never_wants_a_collection() {
    let _heap = exclusive();
    let _settings = Settings::set(None);
    let mut cache = AllocCache::default();
    collect_with(&[]);
    assert_eq!(stats().goal_bytes, u64::MAX);
    assert_eq!(allocate_until_wanted(&mut cache, 16 << 20), 16 << 20);
    assert!(!gc_wanted());
}

#[test]
fn stress_mode_wants_a_collection_at_every_check_after_a_short_rest() {
    let _heap = exclusive();
    let _settings = Settings::set(Some(100));
    collect_with(&[]);
    assert!(!gc_wanted());
    set_gc_stress(true);
    assert!(gc_wanted());
    assert!(gc_wanted());
    collect_with(&[]);
    let wanted = gc_wanted();
    if crate::heap::pacing::stress_resting() {
        // Still inside the rest after the check, so the check was too.
        assert!(
            !wanted,
            "a short rest after a collection lets goroutines run"
        );
    }
    std::thread::sleep(STRESS_REST * 2);
    assert!(gc_wanted(), "then every check asks again");
    assert!(gc_wanted());
    set_gc_stress(false);
    assert!(!gc_wanted());
}
