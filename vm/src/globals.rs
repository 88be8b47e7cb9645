//! Package-level variables: one word area for the whole program, outside the GC heap
//! (never freed) and traced as a root.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

static BASE: AtomicU64 = AtomicU64::new(0);
static WORDS: AtomicUsize = AtomicUsize::new(0);

/// Allocates the globals area (zeroed) for a program with `words` words of globals.
pub fn init(words: usize) {
    let area: Box<[AtomicU64]> = (0..words.max(1)).map(|_| AtomicU64::new(0)).collect();
    let p = Box::leak(area).as_ptr() as u64;
    WORDS.store(words, Ordering::Release);
    BASE.store(p, Ordering::Release);
}

/// Address of the first global word.
#[inline(always)]
pub fn base() -> u64 {
    BASE.load(Ordering::Relaxed)
}

/// The globals as words (for GC root marking).
pub fn words() -> &'static [AtomicU64] {
    let p = BASE.load(Ordering::Acquire) as *const AtomicU64;
    if p.is_null() {
        return &[];
    }
    // SAFETY: `init` leaked an area of WORDS (at least 1) atomic words at BASE.
    unsafe { std::slice::from_raw_parts(p, WORDS.load(Ordering::Acquire).max(1)) }
}
