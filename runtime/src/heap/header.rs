//! The object header: one word in front of every payload saying how to scan it.
//!
//! Encoding (low bits first):
//! - bits 0–2: the tag — [`TAG_NOSCAN`], [`TAG_SCAN`] or [`TAG_NATIVE`]; zero is never a
//!   valid header, which lets the verifier spot unwritten slots.
//! - bits 3–47: for scan objects the address of the `&'static Shape`, for native objects
//!   the address of the `&'static NativeVTable` (both are 8-aligned, so their low three
//!   bits are free; both live in the 48-bit user address space — checked when encoding).
//! - bits 48–63: the payload length in words, or [`WORDS_IN_SPAN`] when it does not fit
//!   (only large objects, whose span records the length).
//!
//! A header is written once, by the allocator, with a relaxed atomic store before the
//! object is handed out, and never changes while the object is allocated.

use super::{NativeVTable, ObjKind, Shape};

pub const TAG_NOSCAN: u64 = 1;
pub const TAG_SCAN: u64 = 2;
pub const TAG_NATIVE: u64 = 3;
const TAG_MASK: u64 = 7;
const WORDS_SHIFT: u32 = 48;
const ADDRESS_MASK: u64 = (1 << WORDS_SHIFT) - 1;
/// Length field value meaning "the span knows the length".
pub const WORDS_IN_SPAN: u64 = 0xFFFF;

// Descriptor addresses leave the tag bits free.
const _: () = assert!(std::mem::align_of::<Shape>() > TAG_MASK as usize);
const _: () = assert!(std::mem::align_of::<NativeVTable>() > TAG_MASK as usize);

/// A decoded header.
#[derive(Clone, Copy)]
pub enum Decoded {
    Noscan,
    Scan(&'static Shape),
    Native(&'static NativeVTable),
}

/// The header for an object of `kind` with `payload_words` words.
#[inline(always)]
pub fn encode(kind: ObjKind, payload_words: usize) -> u64 {
    let kind_bits = match kind {
        ObjKind::Noscan => TAG_NOSCAN,
        ObjKind::Scan(shape) => shape as *const Shape as u64 | TAG_SCAN,
        ObjKind::Native(vtable) => vtable as *const NativeVTable as u64 | TAG_NATIVE,
    };
    // A real check, not a debug one: decoding a truncated address would be unsound.
    assert!(
        kind_bits & !ADDRESS_MASK == 0,
        "type descriptor above the 48-bit address space"
    );
    kind_bits | (payload_words as u64).min(WORDS_IN_SPAN) << WORDS_SHIFT
}

/// The tag of a header (0 for a word that is not a header).
#[inline(always)]
pub fn tag(header: u64) -> u64 {
    header & TAG_MASK
}

/// The length field: payload words, or [`WORDS_IN_SPAN`].
#[inline(always)]
pub fn words_field(header: u64) -> u64 {
    header >> WORDS_SHIFT
}

/// Decodes a header.
///
/// # Safety
/// `header` must have been produced by [`encode`]: it is read from an allocated object
/// (its span's allocation bit is set, so the allocator wrote it). The `'static` references
/// in it came from `ObjKind`, which holds `&'static` descriptors.
#[inline(always)]
pub unsafe fn decode(header: u64) -> Decoded {
    let address = header & ADDRESS_MASK & !TAG_MASK;
    match tag(header) {
        TAG_NOSCAN => Decoded::Noscan,
        // SAFETY: per the contract, `address` is the address of a `&'static Shape` ...
        TAG_SCAN => Decoded::Scan(unsafe { &*(address as *const Shape) }),
        // SAFETY: ... or of a `&'static NativeVTable`.
        TAG_NATIVE => Decoded::Native(unsafe { &*(address as *const NativeVTable) }),
        _ => panic!("corrupt heap object header {header:#x}"),
    }
}

/// The address of a native object's Rust value inside a payload starting at `payload`:
/// the payload start rounded up to the value's alignment.
#[inline(always)]
pub fn native_value_address(payload: usize, vtable: &NativeVTable) -> usize {
    let align = vtable.align.max(1);
    (payload + align - 1) & !(align - 1)
}

/// Payload words needed to hold a native value of `vtable`'s size and alignment at
/// [`native_value_address`] (at least one word, so even a zero-sized value has an object
/// of its own and is dropped exactly once).
pub fn native_payload_words(vtable: &NativeVTable) -> usize {
    let padding = vtable.align.max(8) - 8;
    (vtable.size + padding).div_ceil(8).max(1)
}
