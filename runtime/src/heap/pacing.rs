//! Pacing — when the next collection is due — and heap statistics.
//!
//! Go's rule (`runtime/mgcpacer.go`): the next collection is due when the heap reaches
//! `goal = live_after_last_gc × (1 + GOGC/100)`, and never below a minimum of
//! `4 MiB × GOGC/100` (4 MiB with the default `GOGC=100`). `GOGC=off` (or a negative value)
//! never asks for one. `MINIGO_GCSTRESS=1` asks at every check, to shake out missing roots,
//! once [`STRESS_REST`] has passed since the last collection: a scheduler checks at many
//! places (every turn, idle workers too), and without a rest it could collect for ever
//! without running a goroutine in between.
//!
//! `heap_live` is the bytes the last collection found live plus the bytes allocated since,
//! as reported by the allocation caches in batches and by large allocations at once. Every
//! collection starts a new *epoch*: a cache that counted bytes in an earlier epoch drops
//! them from `heap_live` when it flushes, since the collection has measured whatever of
//! them survived.
//!
//! All pacer state is atomic: caches report from any thread, the collector rewrites it
//! with the world stopped, and [`gc_wanted`] reads it at every safepoint (relaxed loads; a
//! stale answer only delays or advances a collection by one safepoint).

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering::Relaxed};
use std::sync::LazyLock;
use std::time::{Duration, Instant};

use super::central::GLOBAL;

/// The smallest goal with `GOGC=100`.
const MINIMUM_GOAL: u64 = 4 << 20;
const DEFAULT_PERCENT: i64 = 100;
/// In stress mode, the time after a collection during which no other is wanted.
pub const STRESS_REST: Duration = Duration::from_micros(50);

struct Pacer {
    heap_live: AtomicU64,
    goal: AtomicU64,
    live_after_last_gc: AtomicU64,
    /// GOGC; negative means off.
    percent: AtomicI64,
    stress: AtomicBool,
    /// In stress mode, no collection is wanted before this time (nanoseconds since
    /// `started`).
    stress_rest_until: AtomicU64,
    started: Instant,
    verify: AtomicBool,
    epoch: AtomicU64,
    total_allocated: AtomicU64,
    /// Objects allocated since the last collection, as reported in the current epoch
    /// (the collection counted the earlier ones, live or freed).
    objects_since_gc: AtomicU64,
}

static PACER: LazyLock<Pacer> = LazyLock::new(|| {
    let percent = parse_gogc(std::env::var("GOGC").ok().as_deref());
    Pacer {
        heap_live: AtomicU64::new(0),
        goal: AtomicU64::new(goal_for(0, percent)),
        live_after_last_gc: AtomicU64::new(0),
        percent: AtomicI64::new(percent),
        stress: AtomicBool::new(std::env::var("MINIGO_GCSTRESS").is_ok_and(|value| value == "1")),
        stress_rest_until: AtomicU64::new(0),
        started: Instant::now(),
        verify: AtomicBool::new(std::env::var("MINIGO_GCVERIFY").is_ok_and(|value| value == "1")),
        epoch: AtomicU64::new(0),
        total_allocated: AtomicU64::new(0),
        objects_since_gc: AtomicU64::new(0),
    }
});

impl Pacer {
    /// Nanoseconds since the pacer started.
    fn nanos(&self) -> u64 {
        self.started.elapsed().as_nanos() as u64
    }
}

/// GOGC as Go reads it: `off` or a negative number disables collection, a number sets the
/// percentage, anything else means 100.
fn parse_gogc(value: Option<&str>) -> i64 {
    match value {
        Some("off") => -1,
        Some(text) => text
            .parse::<i64>()
            .map(|percent| percent.max(-1))
            .unwrap_or(DEFAULT_PERCENT),
        None => DEFAULT_PERCENT,
    }
}

/// The heap size at which the next collection is due, given the live bytes after the last
/// one and GOGC (negative: off).
pub fn goal_for(live_after_last_gc: u64, percent: i64) -> u64 {
    if percent < 0 {
        return u64::MAX;
    }
    let scale = |bytes: u64, percent: u64| {
        (u128::from(bytes) * u128::from(percent) / 100).min(u128::from(u64::MAX)) as u64
    };
    let percent = percent as u64;
    scale(live_after_last_gc, 100 + percent).max(scale(MINIMUM_GOAL, percent))
}

/// Whether the heap has grown past its trigger and a collection should start at the next
/// safepoint (Go's `GOGC` pacing: next goal = live heap after the last GC × 2, min 4 MiB).
///
/// In stress mode (`MINIGO_GCSTRESS=1`, [`set_gc_stress`]) every check answers yes once
/// [`STRESS_REST`] has passed since the last collection.
pub fn gc_wanted() -> bool {
    let pacer = &*PACER;
    if pacer.heap_live.load(Relaxed) >= pacer.goal.load(Relaxed) {
        return true;
    }
    pacer.stress.load(Relaxed) && pacer.nanos() >= pacer.stress_rest_until.load(Relaxed)
}

/// Sets GOGC (`None` = off), like `debug.SetGCPercent`; returns the previous setting.
pub fn set_gc_percent(percent: Option<u32>) -> Option<u32> {
    let pacer = &*PACER;
    let new = percent.map_or(-1, i64::from);
    let old = pacer.percent.swap(new, Relaxed);
    pacer.goal.store(
        goal_for(pacer.live_after_last_gc.load(Relaxed), new),
        Relaxed,
    );
    u32::try_from(old).ok()
}

/// The current GOGC (`None` = off).
pub fn gc_percent() -> Option<u32> {
    u32::try_from(PACER.percent.load(Relaxed)).ok()
}

/// Turns stress mode (a collection wanted at every safepoint, after a short rest following
/// each collection) on or off; returns the previous setting. `MINIGO_GCSTRESS=1` turns it on at start-up.
pub fn set_gc_stress(on: bool) -> bool {
    PACER.stress_rest_until.store(0, Relaxed);
    PACER.stress.swap(on, Relaxed)
}

/// Whether `MINIGO_GCVERIFY=1` asked for the verifier around every collection.
pub(super) fn verify_each_collection() -> bool {
    PACER.verify.load(Relaxed)
}

/// The current goal (`u64::MAX` when off).
pub(super) fn goal() -> u64 {
    PACER.goal.load(Relaxed)
}

pub(super) fn epoch() -> u64 {
    PACER.epoch.load(Relaxed)
}

/// Reports `bytes` in `objects` objects a cache allocated during `epoch`; returns the
/// current epoch.
pub(super) fn flush_allocation(bytes: usize, objects: u64, epoch: u64) -> u64 {
    let pacer = &*PACER;
    let current = pacer.epoch.load(Relaxed);
    if epoch == current {
        pacer.heap_live.fetch_add(bytes as u64, Relaxed);
        pacer.objects_since_gc.fetch_add(objects, Relaxed);
    }
    pacer.total_allocated.fetch_add(bytes as u64, Relaxed);
    current
}

/// Starts the stress-mode rest; called as the last step of a collection, so that the
/// verifier's time does not eat into it.
pub(super) fn collection_ended() {
    let pacer = &*PACER;
    let rest_until = pacer.nanos() + STRESS_REST.as_nanos() as u64;
    pacer.stress_rest_until.store(rest_until, Relaxed);
}

/// Whether the stress-mode rest after the last collection is still running.
#[cfg(test)]
pub(super) fn stress_resting() -> bool {
    PACER.nanos() < PACER.stress_rest_until.load(Relaxed)
}

/// Reports a large allocation of `bytes`.
pub(super) fn count_allocation(bytes: usize) {
    let pacer = &*PACER;
    pacer.heap_live.fetch_add(bytes as u64, Relaxed);
    pacer.total_allocated.fetch_add(bytes as u64, Relaxed);
    pacer.objects_since_gc.fetch_add(1, Relaxed);
}

/// Resets pacing after a collection that found `live_bytes` live. World stopped.
pub(super) fn finish_collection(live_bytes: u64) {
    let pacer = &*PACER;
    pacer.live_after_last_gc.store(live_bytes, Relaxed);
    pacer.heap_live.store(live_bytes, Relaxed);
    pacer.objects_since_gc.store(0, Relaxed);
    pacer
        .goal
        .store(goal_for(live_bytes, pacer.percent.load(Relaxed)), Relaxed);
    pacer.epoch.fetch_add(1, Relaxed);
}

/// Counters the collector keeps under the global heap lock.
#[derive(Clone, Copy, Debug, Default)]
pub struct CollectorStats {
    pub collections: u64,
    pub live_objects: u64,
    pub freed_objects: u64,
    pub freed_bytes: u64,
    pub last_pause_nanos: u64,
    pub total_pause_nanos: u64,
    pub max_pause_nanos: u64,
    /// When the last collection ended, in nanoseconds since 1970 (Go's `LastGC`).
    pub last_end_unix_nanos: u64,
}

impl CollectorStats {
    pub const fn new() -> Self {
        CollectorStats {
            collections: 0,
            live_objects: 0,
            freed_objects: 0,
            freed_bytes: 0,
            last_pause_nanos: 0,
            total_pause_nanos: 0,
            max_pause_nanos: 0,
            last_end_unix_nanos: 0,
        }
    }
}

/// A snapshot of the heap for `runtime.ReadMemStats`-like reporting and for tests. Object
/// sizes include the header word and size-class rounding (Go's `HeapAlloc` does the same).
#[derive(Clone, Copy, Debug, Default)]
pub struct HeapStats {
    /// Bytes in objects: live after the last collection plus allocated since (caches report
    /// in 64 KiB batches). Go's `HeapAlloc`.
    pub heap_live_bytes: u64,
    /// Bytes the last collection found live.
    pub live_bytes_after_last_gc: u64,
    /// Objects the last collection found live.
    pub live_objects_after_last_gc: u64,
    /// `heap_live_bytes` at which a collection is wanted; `u64::MAX` when off. Go's `NextGC`.
    pub goal_bytes: u64,
    /// Bytes allocated since start-up (as reported by caches). Go's `TotalAlloc`.
    pub total_allocated_bytes: u64,
    /// Objects allocated since start-up: those the collections found (live or freed) plus
    /// those reported since (a cache reports every 64 KiB). Go's `Mallocs`.
    pub total_objects: u64,
    /// Objects and bytes freed by all collections.
    pub freed_objects: u64,
    pub freed_bytes: u64,
    /// Bytes of pages obtained from the system and not returned. Go's `HeapSys`.
    pub system_bytes: u64,
    /// The most bytes of pages held from the system at once (Go's `HeapSys`: what was
    /// returned since counts as released, `HeapReleased`).
    pub peak_system_bytes: u64,
    /// Bytes of those pages not in any span. Go's `HeapIdle`.
    pub idle_bytes: u64,
    /// Spans (small and large) in use.
    pub spans: u64,
    /// Completed collections. Go's `NumGC`.
    pub collections: u64,
    /// Time spent in `collect` (marking and sweeping; stopping and restarting the world is
    /// the scheduler's) by the last collection, the longest one and all of them.
    pub last_pause_nanos: u64,
    pub max_pause_nanos: u64,
    pub total_pause_nanos: u64,
    /// When the last collection ended (nanoseconds since 1970; 0 before the first).
    pub last_end_unix_nanos: u64,
}

/// A snapshot of the heap statistics. Waits for a running collection to finish.
pub fn stats() -> HeapStats {
    let global = GLOBAL.lock();
    let pacer = &*PACER;
    let collector = global.stats;
    HeapStats {
        heap_live_bytes: pacer.heap_live.load(Relaxed),
        live_bytes_after_last_gc: pacer.live_after_last_gc.load(Relaxed),
        live_objects_after_last_gc: collector.live_objects,
        goal_bytes: pacer.goal.load(Relaxed),
        total_allocated_bytes: pacer.total_allocated.load(Relaxed),
        total_objects: collector.freed_objects
            + collector.live_objects
            + pacer.objects_since_gc.load(Relaxed),
        freed_objects: collector.freed_objects,
        freed_bytes: collector.freed_bytes,
        system_bytes: global.pages.system_bytes() as u64,
        peak_system_bytes: global.pages.peak_system_bytes() as u64,
        idle_bytes: global.pages.idle_bytes() as u64,
        spans: global.spans.len() as u64,
        collections: collector.collections,
        last_pause_nanos: collector.last_pause_nanos,
        max_pause_nanos: collector.max_pause_nanos,
        total_pause_nanos: collector.total_pause_nanos,
        last_end_unix_nanos: collector.last_end_unix_nanos,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gogc_is_parsed_like_go() {
        assert_eq!(parse_gogc(None), 100);
        assert_eq!(parse_gogc(Some("off")), -1);
        assert_eq!(parse_gogc(Some("-5")), -1);
        assert_eq!(parse_gogc(Some("50")), 50);
        assert_eq!(parse_gogc(Some("banana")), 100);
    }

    #[test]
    fn goal_follows_gogc() {
        assert_eq!(goal_for(0, 100), 4 << 20);
        assert_eq!(goal_for(3 << 20, 100), 6 << 20);
        assert_eq!(goal_for(10 << 20, 100), 20 << 20);
        assert_eq!(goal_for(10 << 20, 50), 15 << 20);
        assert_eq!(goal_for(0, 50), 2 << 20);
        assert_eq!(goal_for(10 << 20, 0), 10 << 20);
        assert_eq!(goal_for(10 << 20, -1), u64::MAX);
        assert_eq!(goal_for(u64::MAX / 2, 300), u64::MAX);
    }
}
