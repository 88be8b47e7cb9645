//! Native `sync` primitives on Go heap words, with Go 1.23's algorithms
//! (`sync/mutex.go`, `rwmutex.go`, `waitgroup.go`, `runtime/sema.go` notify lists).
//!
//! Each takes the address of the Go value's first word; the layouts, one word per Go
//! field, are:
//!
//! | type | words |
//! |---|---|
//! | `sync.Mutex` | `state`, `sema` |
//! | `sync.RWMutex` | `w.state`, `w.sema`, `writerSem`, `readerSem`, `readerCount`, `readerWait` |
//! | `sync.WaitGroup` | `state` (counter << 32 \| waiters), `sema` |
//! | notify list (`sync.Cond`) | `wait` (next ticket), `notify` (next ticket to wake) |
//!
//! Operations that may block are restartable like channel operations: on resume the VM
//! calls the same function again and it completes. A multi-step wait keeps its progress in
//! the goroutine's `op_state`.
//!
//! Unlike Go, a contended `Lock` does not spin before parking: an interpreted goroutine
//! that holds a mutex is rarely about to release it within Go's ~100 ns spin window.

mod cond;
mod mutex;
mod rwmutex;
mod waitgroup;

pub use cond::{notify_list_add, notify_list_notify_all, notify_list_notify_one, notify_list_wait};
pub use mutex::{mutex_lock, mutex_try_lock, mutex_unlock};
pub use rwmutex::{rw_lock, rw_rlock, rw_runlock, rw_try_lock, rw_try_rlock, rw_unlock};
pub use waitgroup::{wait_group_add, wait_group_wait};
