//! The one place the runtime imports its synchronization primitives from.
//!
//! Every atomic, lock and condition variable used by the scheduler, channels, timers and
//! semaphores comes through here (Tokio's `crate::loom` idea), so a model checker such as
//! loom or shuttle can be swapped in under a `cfg` without touching the protocol code.
//! Nothing here adds behaviour.

pub(crate) use std::sync::atomic::{fence, AtomicBool, AtomicI32, AtomicI64, AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering};

pub(crate) use parking_lot::{Condvar, Mutex, MutexGuard, RwLock};

/// A lock without a guard, for the places where Go's runtime unlocks in a different scope
/// than it locked (a park commit unlocks a channel after the goroutine's state is saved).
pub(crate) type RawLock = parking_lot::RawMutex;
pub(crate) use parking_lot::lock_api::RawMutex as RawLockApi;
