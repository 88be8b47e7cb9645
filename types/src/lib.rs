//! The type checker: syntax trees → typed IR (`tir`), with every error reported in gc's
//! words.
//!
//! Entry point: [`check_program`]. The standard library's Go sources reach the checker
//! through an [`Importer`].
#![forbid(unsafe_code)]

mod check;
pub mod constant;
mod fxhash;
pub mod tir;
pub mod ty;

pub use check::session::{input_is_complete, InputError, Session, Step};
pub use check::{check_package_program, check_program, CheckResult, Diagnostic, Importer, Options};
pub use check::expr_string_public as expr_string;
