//! The goroutine runtime: heap and collector, scheduler, channels, select, timers,
//! semaphores, deadlock detection.
//!
//! The runtime schedules tasks and moves words; it never names an opcode or a Go type.
//! The VM implements [`Task`]-like goroutine state on top of it.

pub mod heap;
