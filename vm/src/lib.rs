//! The bytecode VM: one opcode table ([`op`]), the compiled [`program`], runtime type
//! descriptors ([`types`]), goroutine state ([`goroutine`]) and the dispatch loop
//! ([`exec`]).
//!
//! The VM knows nothing about OS threads: the runtime crate schedules its goroutines (each
//! a [`goroutine::Goroutine`] implementing `runtime::Task`).

pub mod disasm;
pub mod exec;
pub mod finalizer;
mod foreign_defer;
pub mod globals;
pub mod goroutine;
pub mod map;
pub mod native;
pub mod native_time;
pub mod op;
pub mod program;
pub mod repl;
pub mod start;
pub mod types;
pub mod value;

pub use goroutine::Goroutine;
pub use program::Program;
