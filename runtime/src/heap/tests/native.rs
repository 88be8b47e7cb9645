//! Native objects: traced while alive, dropped exactly once when dead.

use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::sync::Arc;

use super::{assert_heap_sound, collect_with, exclusive, is_allocated, read, shape, write};
use crate::heap::{AllocCache, Marker, NativeObject, ObjKind};

/// A Rust value holding heap pointers in a `Vec`, as a map table would.
pub struct Holder {
    pub pointers: Vec<u64>,
    pub traces: Arc<AtomicUsize>,
    pub drops: Arc<AtomicUsize>,
}

impl NativeObject for Holder {
    fn trace(&self, marker: &mut Marker) {
        self.traces.fetch_add(1, Relaxed);
        marker.mark_all(&self.pointers);
    }
}

impl Drop for Holder {
    fn drop(&mut self) {
        self.drops.fetch_add(1, Relaxed);
    }
}

fn holder(
    cache: &mut AllocCache,
    pointers: Vec<u64>,
) -> (*mut Holder, Arc<AtomicUsize>, Arc<AtomicUsize>) {
    let (traces, drops) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let value = Holder {
        pointers,
        traces: traces.clone(),
        drops: drops.clone(),
    };
    (cache.alloc_native(value), traces, drops)
}

#[test]
fn native_objects_are_traced_while_alive_and_dropped_once_when_dead() {
    let _heap = exclusive();
    let mut cache = AllocCache::default();
    let target = cache.alloc(ObjKind::Noscan, 4);
    write(target, 3, 99);
    let (native, traces, drops) = holder(&mut cache, vec![target as u64 + 16, 12345]);

    collect_with(&[native as u64]);
    assert!(
        traces.load(Relaxed) >= 1,
        "traced by the collection (and the verifier, if on)"
    );
    assert_eq!(drops.load(Relaxed), 0);
    assert!(
        is_allocated(target),
        "the native object's Vec kept its target alive"
    );
    assert_eq!(read(target, 3), 99);
    // SAFETY: the native object is alive (rooted in the last collection).
    assert_eq!(unsafe { &(*native).pointers }[1], 12345);
    assert_heap_sound();

    collect_with(&[]);
    assert_eq!(drops.load(Relaxed), 1);
    assert!(!is_allocated(native as *const u64));
    assert!(!is_allocated(target));
    let traced_while_alive = traces.load(Relaxed); // by collections and the verifier
    collect_with(&[]);
    collect_with(&[]);
    assert_heap_sound();
    assert_eq!(drops.load(Relaxed), 1, "dropped exactly once");
    assert_eq!(
        traces.load(Relaxed),
        traced_while_alive,
        "dead objects are not traced"
    );
}

#[test]
fn native_objects_reached_through_scan_objects_stay_alive() {
    let _heap = exclusive();
    let mut cache = AllocCache::default();
    let target = cache.alloc(ObjKind::Noscan, 1);
    let (native, _traces, drops) = holder(&mut cache, vec![target as u64]);
    let box_of_native = cache.alloc(ObjKind::Scan(shape(2, &[1])), 2);
    write(box_of_native, 1, native as u64);
    for _ in 0..3 {
        collect_with(&[box_of_native as u64]);
        assert!(is_allocated(target));
        assert_eq!(drops.load(Relaxed), 0);
    }
    collect_with(&[]);
    assert_eq!(drops.load(Relaxed), 1);
    assert_heap_sound();
}

static UNIT_DROPS: AtomicUsize = AtomicUsize::new(0);

struct Unit;

impl NativeObject for Unit {
    fn trace(&self, _marker: &mut Marker) {}
}

impl Drop for Unit {
    fn drop(&mut self) {
        UNIT_DROPS.fetch_add(1, Relaxed);
    }
}

#[repr(align(64))]
struct Aligned {
    value: u64,
    drops: Arc<AtomicUsize>,
}

impl NativeObject for Aligned {
    fn trace(&self, _marker: &mut Marker) {}
}

impl Drop for Aligned {
    fn drop(&mut self) {
        assert_eq!(self.value, 7, "dropped value intact");
        self.drops.fetch_add(1, Relaxed);
    }
}

/// Larger than a size class: lives in a large native span.
struct Big {
    words: Box<[u64; 8]>,
    padding: [u64; 5000],
    drops: Arc<AtomicUsize>,
}

impl NativeObject for Big {
    fn trace(&self, marker: &mut Marker) {
        marker.mark_all(&self.words[..]);
    }
}

impl Drop for Big {
    fn drop(&mut self) {
        self.drops.fetch_add(1, Relaxed);
    }
}

#[test]
fn zero_sized_over_aligned_and_large_native_values() {
    let _heap = exclusive();
    let mut cache = AllocCache::default();
    UNIT_DROPS.store(0, Relaxed);
    let units: Vec<*mut Unit> = (0..3).map(|_| cache.alloc_native(Unit)).collect();
    assert!(
        units[0] != units[1],
        "each zero-sized value has an object of its own"
    );

    let aligned_drops = Arc::new(AtomicUsize::new(0));
    let aligned = cache.alloc_native(Aligned {
        value: 7,
        drops: aligned_drops.clone(),
    });
    assert_eq!(aligned as usize % 64, 0);

    let big_drops = Arc::new(AtomicUsize::new(0));
    let target = cache.alloc(ObjKind::Noscan, 2);
    let mut words = Box::new([0u64; 8]);
    words[5] = target as u64;
    let big = cache.alloc_native(Big {
        words,
        padding: [3; 5000],
        drops: big_drops.clone(),
    });

    collect_with(&[units[1] as u64, aligned as u64, big as u64]);
    assert_eq!(UNIT_DROPS.load(Relaxed), 2);
    assert_eq!(aligned_drops.load(Relaxed), 0);
    assert!(is_allocated(target));
    // SAFETY: `big` was a root of the last collection.
    assert_eq!(unsafe { (*big).padding[4999] }, 3);
    assert_heap_sound();

    collect_with(&[]);
    assert_eq!(UNIT_DROPS.load(Relaxed), 3);
    assert_eq!(aligned_drops.load(Relaxed), 1);
    assert_eq!(big_drops.load(Relaxed), 1);
    assert!(!is_allocated(target));
    assert_heap_sound();
}
