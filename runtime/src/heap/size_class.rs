//! Size classes: the object sizes that small allocations are rounded up to, and the span
//! (run of 64 KiB pages) that holds the objects of each class.
//!
//! An object is one header word plus its payload, so the smallest object is 16 bytes. The
//! classes step by 8 bytes up to 64 (two- and three-word values — strings, interfaces,
//! slices — are the most common objects), by 16 up to 256, then by an eighth of the power of
//! two below, up to 32 KiB. Rounding up therefore wastes at most about 11% of an object, the
//! same bound Go's generated `sizeclasses.go` aims for; the table is our own because our
//! spans are 64 KiB rather than Go's 8 KiB.
//!
//! Each class gets the smallest span of 1–4 pages whose tail (the bytes after the last
//! whole object) is at most an eighth of the span. For every class at most 4096 objects fit
//! in a span, so a span's bitmaps are 64 words.
//!
//! Everything here is computed at compile time and immutable.

/// Bytes in a heap word.
pub const WORD_BYTES: usize = 8;
/// log2 of the page size.
pub const PAGE_SHIFT: u32 = 16;
/// Bytes in a page; pages are aligned to their size.
pub const PAGE_BYTES: usize = 1 << PAGE_SHIFT;
/// The largest object (header included) served from a size class; larger objects get a
/// span of their own.
pub const MAX_SMALL_OBJECT_BYTES: usize = 32 * 1024;
/// The most objects a span can hold (16-byte objects in one page).
pub const MAX_SPAN_OBJECTS: usize = PAGE_BYTES / 16;
/// Words in a span's allocation or mark bitmap.
pub const BITMAP_WORDS: usize = MAX_SPAN_OBJECTS / 64;
/// The longest span a size class may use.
const MAX_CLASS_PAGES: usize = 4;

/// Object sizes in bytes, header included, ascending.
const OBJECT_BYTES: &[u32] = &[
    16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 832, 896, 960, 1024, 1152, 1280, 1408, 1536,
    1664, 1792, 1920, 2048, 2304, 2560, 2816, 3072, 3328, 3584, 3840, 4096, 4608, 5120, 5632, 6144,
    6656, 7168, 7680, 8192, 9216, 10240, 11264, 12288, 13312, 14336, 15360, 16384, 18432, 20480,
    22528, 24576, 26624, 28672, 30720, 32768,
];

/// Number of size classes.
pub const CLASS_COUNT: usize = OBJECT_BYTES.len();

/// Everything the allocator and collector need to know about one size class.
#[derive(Clone, Copy, Debug)]
pub struct SizeClass {
    /// Bytes per object, header included.
    pub object_bytes: usize,
    /// Pages per span.
    pub span_pages: usize,
    /// Objects per span.
    pub objects_per_span: usize,
    /// `offset / object_bytes == (offset * divide_magic) >> 32` for every offset inside
    /// the span (Go's `divMagic`); checked at compile time in [`describe`].
    pub divide_magic: u64,
}

/// The size classes, indexed by class number.
pub static CLASSES: [SizeClass; CLASS_COUNT] = build_classes();

/// Class number by object size in words (header included), for 0..=4096 words.
static CLASS_BY_WORDS: [u8; MAX_SMALL_OBJECT_BYTES / WORD_BYTES + 1] = build_lookup();

/// The class of an object of `object_words` words (header included, at most 4096).
#[inline(always)]
pub fn class_for_object_words(object_words: usize) -> usize {
    CLASS_BY_WORDS[object_words] as usize
}

const fn describe(object_bytes: usize) -> SizeClass {
    // First fit: the shortest span whose tail is at most an eighth of it.
    let mut pages = 1;
    let mut chosen = 0;
    while pages <= MAX_CLASS_PAGES {
        let span_bytes = pages * PAGE_BYTES;
        if span_bytes % object_bytes * 8 <= span_bytes {
            chosen = pages;
            break;
        }
        pages += 1;
    }
    assert!(chosen != 0, "no span length keeps the tail under 1/8");
    let span_bytes = chosen * PAGE_BYTES;
    let objects_per_span = span_bytes / object_bytes;
    assert!(objects_per_span <= MAX_SPAN_OBJECTS);
    let divide_magic = (u32::MAX as u64) / object_bytes as u64 + 1;
    // (offset * magic) >> 32 == offset / size for all offset < span_bytes when the rounding
    // error of magic, summed over the span, stays under one object:
    // span_bytes * (magic * size - 2^32) < 2^32.
    assert!((span_bytes as u64) * (divide_magic * object_bytes as u64 - (1 << 32)) < (1 << 32));
    SizeClass {
        object_bytes,
        span_pages: chosen,
        objects_per_span,
        divide_magic,
    }
}

const fn build_classes() -> [SizeClass; CLASS_COUNT] {
    let mut classes = [SizeClass {
        object_bytes: 0,
        span_pages: 0,
        objects_per_span: 0,
        divide_magic: 0,
    }; CLASS_COUNT];
    let mut class = 0;
    while class < CLASS_COUNT {
        let bytes = OBJECT_BYTES[class] as usize;
        assert!(bytes.is_multiple_of(WORD_BYTES));
        assert!(class == 0 || bytes > OBJECT_BYTES[class - 1] as usize);
        classes[class] = describe(bytes);
        class += 1;
    }
    assert!(OBJECT_BYTES[CLASS_COUNT - 1] as usize == MAX_SMALL_OBJECT_BYTES);
    classes
}

const fn build_lookup() -> [u8; MAX_SMALL_OBJECT_BYTES / WORD_BYTES + 1] {
    let mut table = [0u8; MAX_SMALL_OBJECT_BYTES / WORD_BYTES + 1];
    let mut words = 0;
    let mut class = 0;
    while words < table.len() {
        while (OBJECT_BYTES[class] as usize) < words * WORD_BYTES {
            class += 1;
        }
        table[words] = class as u8;
        words += 1;
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_request_fits_its_class_with_bounded_waste() {
        for words in 2..=MAX_SMALL_OBJECT_BYTES / WORD_BYTES {
            let class = &CLASSES[class_for_object_words(words)];
            let bytes = words * WORD_BYTES;
            assert!(class.object_bytes >= bytes);
            // Internal waste is under 12.5% from 128 bytes up, and under 50% below.
            if bytes > 128 {
                assert!(
                    (class.object_bytes - bytes) * 8 < class.object_bytes,
                    "{bytes}"
                );
            }
            if class_for_object_words(words) > 0 {
                assert!(CLASSES[class_for_object_words(words) - 1].object_bytes < bytes);
            }
        }
    }

    #[test]
    fn divide_magic_is_exact_inside_every_span() {
        for class in &CLASSES {
            let span_bytes = class.span_pages * PAGE_BYTES;
            // Every byte offset: interior pointers may be any address.
            for offset in 0..span_bytes {
                let fast = (offset as u64 * class.divide_magic) >> 32;
                assert_eq!(
                    fast as usize,
                    offset / class.object_bytes,
                    "{class:?} at {offset}"
                );
            }
        }
    }
}
