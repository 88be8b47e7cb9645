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

/// Words reserved for a REPL session's globals (zero pages: untouched memory costs nothing).
const REPL_RESERVE: usize = 1 << 22;

/// Reserves the globals area of a REPL session, which grows with each input (see
/// [`grow`]); its address never changes.
pub fn reserve() {
    // A zeroed allocation (calloc): the pages are mapped on first touch.
    let layout = std::alloc::Layout::array::<u64>(REPL_RESERVE).expect("minigo bug: globals layout");
    // SAFETY: the layout has a non-zero size.
    let p = unsafe { std::alloc::alloc_zeroed(layout) } as u64;
    if p == 0 {
        std::alloc::handle_alloc_error(layout);
    }
    WORDS.store(0, Ordering::Release);
    BASE.store(p, Ordering::Release);
}

/// Makes the first `words` words of a reserved area visible as globals (they are zero).
/// Returns false when the reservation is exhausted.
pub fn grow(words: usize) -> bool {
    if words > REPL_RESERVE {
        return false;
    }
    WORDS.fetch_max(words, Ordering::AcqRel);
    true
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
