//! The value a timer channel receives (a `time.Time`).

/// Fills a `time.Time` for monotonic instant `when` (ns since the process started): the
/// standard library's `Time` layout is `{wall int64 (unix ns), mono int64}`.
pub fn timer_value(when: i64, out: &mut [u64]) {
    out.fill(0);
    let start_unix = crate::native_time::process_start_unix_nanos();
    if let Some(w) = out.get_mut(0) {
        *w = (start_unix + when) as u64;
    }
    if let Some(w) = out.get_mut(1) {
        *w = when as u64;
    }
}

static START: std::sync::OnceLock<i64> = std::sync::OnceLock::new();

/// Records the Unix time of the runtime's monotonic zero (called as the program starts).
pub fn set_process_start() {
    START.get_or_init(unix_nanos);
}

/// Unix time (ns) at the runtime's monotonic zero.
pub fn process_start_unix_nanos() -> i64 {
    *START.get_or_init(unix_nanos)
}

/// The wall clock in Unix nanoseconds.
pub fn unix_nanos() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as i64).unwrap_or(0)
}
