//! Clocks, and the value a timer channel receives (a `time.Time`).
//!
//! The standard library's `time.Time` is four words: seconds since January 1, year 1 UTC,
//! nanoseconds, a monotonic reading in nanoseconds (never 0 when present) and the location
//! pointer (nil: UTC; timer values carry `time.Local`, registered by package time's init
//! through `set_timer_location`). The monotonic clock is the runtime's (nanoseconds since the program
//! started) plus one.

/// Seconds from January 1, year 1 to the Unix epoch (Go's `unixToInternal`).
pub const UNIX_TO_INTERNAL: i64 = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;

/// The words of a `time.Time` for Unix time `unix_nanos` with monotonic reading `mono`.
pub fn time_words(unix_nanos: i64, mono: i64) -> [u64; 4] {
    let sec = unix_nanos.div_euclid(1_000_000_000);
    let nsec = unix_nanos.rem_euclid(1_000_000_000);
    [(sec + UNIX_TO_INTERNAL) as u64, nsec as u64, mono as u64, 0]
}

/// The monotonic reading for runtime time `now` (ns since start).
pub fn mono(now: i64) -> i64 {
    now + 1
}

/// The `*time.Location` word timer values carry (the address of the global `time.Local`
/// points to; 0 until package time's init runs).
static TIMER_LOCATION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Records the location word of timer values.
pub fn set_timer_location(loc: u64) {
    TIMER_LOCATION.store(loc, std::sync::atomic::Ordering::Relaxed);
}

/// Fills a `time.Time` for monotonic instant `when` (the runtime's clock).
pub fn timer_value(when: i64, out: &mut [u64]) {
    out.fill(0);
    let mut words = time_words(process_start_unix_nanos() + when, mono(when));
    words[3] = TIMER_LOCATION.load(std::sync::atomic::Ordering::Relaxed);
    for (o, w) in out.iter_mut().zip(words) {
        *o = w;
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
