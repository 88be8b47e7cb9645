//! THE opcode table: every instruction of the VM, defined once.
//!
//! # Notation
//! - `R[x]` is register `x` of the current frame (one 8-byte word); `R[x..x+n]` is `n`
//!   consecutive registers. Multi-word values (strings: ptr,len; slices: ptr,len,cap;
//!   interfaces: tab,data; complex128: re,im; structs/arrays: flattened) occupy
//!   consecutive registers in Go's layout (see `compile::layout`).
//! - `K[k]` is entry `k` of the program's constant pool.
//! - Jump offsets are relative to the next instruction. Any jump with a negative offset is
//!   a back-edge: it charges the preemption budget (as do calls), so `for {}` is preemptible.
//! - Integer registers hold 64-bit values; narrower integer types are kept normalized
//!   (sign- or zero-extended), re-normalized after arithmetic by `Sext`/`Zext`.
//!   float32 values are f32 bits in the low half of the register.
//! - `t` operands index `Program::types` (runtime type descriptors); `k` the constant
//!   pool or a side table named in the op's doc.
//!
//! # Notes
//! - Instructions that may block (`Send`, `Recv*`, `Select`, `Lock`...) are restartable:
//!   when they park, the pc stays on them and they execute again on resume (runtime
//!   crate, "Blocking operations are restartable").
//! - Instructions that may panic save the pc first (see `exec.rs`, "Protect").

/// A register index within the current frame.
pub type Reg = u16;

/// Width and signedness of a packed memory access (array elements, fields).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Mem {
    U8,
    I8,
    U16,
    I16,
    U32,
    I32,
    /// A full 8-byte word.
    W64,
}

impl Mem {
    pub fn bytes(self) -> usize {
        match self {
            Mem::U8 | Mem::I8 => 1,
            Mem::U16 | Mem::I16 => 2,
            Mem::U32 | Mem::I32 => 4,
            Mem::W64 => 8,
        }
    }
}

/// Numeric conversions (`Conv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum ConvKind {
    I64ToF64,
    U64ToF64,
    F64ToI64,
    F64ToU64,
    I64ToF32,
    U64ToF32,
    F32ToI64,
    F32ToU64,
    F64ToF32,
    F32ToF64,
    /// complex64 (two f32 in one word) → complex128 (two words)
    C64ToC128,
    C128ToC64,
}

/// Complex arithmetic (`Complex`): operands are complex128 pairs unless noted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum ComplexOp {
    Add,
    Sub,
    Mul,
    Div,
    Neg,
    Eq,
    Ne,
    /// complex(re, im) from two float64 registers.
    Make,
    Real,
    Imag,
    /// complex64 variants (one word each).
    Add64,
    Sub64,
    Mul64,
    Div64,
    Neg64,
    Eq64,
    Ne64,
    Make64,
    Real64,
    Imag64,
}

/// String conversions (`StrConv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum StrConv {
    /// `string(rune)`: R[src] integer → string.
    FromRune,
    /// `[]byte(s)`
    ToBytes,
    /// `string(b)` for a []byte
    FromBytes,
    /// `[]rune(s)`
    ToRunes,
    /// `string(r)` for a []rune
    FromRunes,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Nop,

    // ---------------------------------------------------------------- moves
    /// R[dst] = R[src]
    Mov { dst: Reg, src: Reg },
    /// R[dst..dst+2] = R[src..src+2]
    Mov2 { dst: Reg, src: Reg },
    /// R[dst..dst+3] = R[src..src+3]
    Mov3 { dst: Reg, src: Reg },
    /// R[dst..dst+n] = R[src..src+n] (regions may overlap)
    MovN { dst: Reg, src: Reg, n: u16 },
    /// R[dst..dst+n] = 0
    Zero { dst: Reg, n: u16 },
    /// R[dst] = imm (sign-extended)
    LoadInt { dst: Reg, imm: i32 },
    /// R[dst] = K[k]
    LoadK { dst: Reg, k: u32 },
    /// R[dst..dst+2] = the constant string `k` of the string table (ptr, len)
    LoadStr { dst: Reg, k: u32 },
    /// R[dst] = the function value (static closure) of function `func`
    LoadFunc { dst: Reg, func: u32 },
    /// R[dst] = address of the global at byte offset `off` in the globals area
    GlobalAddr { dst: Reg, off: u32 },
    /// R[dst] = the one-word global at byte offset `off`
    LoadGlobal { dst: Reg, off: u32 },
    /// global at byte offset `off` = R[src]
    StoreGlobal { src: Reg, off: u32 },
    /// R[dst] = capture `idx` of the running closure (a value, or a cell pointer)
    LoadCapture { dst: Reg, idx: u16 },
    /// R[dst..dst+n] = captures idx..idx+n of the running closure
    LoadCaptureN { dst: Reg, idx: u16, n: u16 },

    // ---------------------------------------------------------------- integers
    /// R[dst] = R[a] + R[b] (wrapping)
    AddI { dst: Reg, a: Reg, b: Reg },
    SubI { dst: Reg, a: Reg, b: Reg },
    MulI { dst: Reg, a: Reg, b: Reg },
    /// Signed division; panics on zero; MinInt64 / -1 = MinInt64.
    DivI { dst: Reg, a: Reg, b: Reg },
    DivU { dst: Reg, a: Reg, b: Reg },
    RemI { dst: Reg, a: Reg, b: Reg },
    RemU { dst: Reg, a: Reg, b: Reg },
    And { dst: Reg, a: Reg, b: Reg },
    Or { dst: Reg, a: Reg, b: Reg },
    Xor { dst: Reg, a: Reg, b: Reg },
    AndNot { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] << R[b] (count ≥ 64 gives 0; negative count panics)
    Shl { dst: Reg, a: Reg, b: Reg },
    /// Arithmetic shift right (count ≥ 64 gives 0 or -1).
    ShrI { dst: Reg, a: Reg, b: Reg },
    /// Logical shift right.
    ShrU { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] + imm (wrapping)
    AddImm { dst: Reg, a: Reg, imm: i32 },
    /// R[dst] = R[a] + R[b] + imm (wrapping): `i + j + 1`.
    AddIImm { dst: Reg, a: Reg, b: Reg, imm: i32 },
    /// R[dst] = (R[a] + R[b]) & imm (wrapping; imm sign-extended): a masked sum.
    AddAndImm { dst: Reg, a: Reg, b: Reg, imm: i32 },
    /// Go's min/max of floats (`kind`: 0 min f64, 1 max f64, 2 min f32, 3 max f32): a NaN
    /// operand gives NaN; min(-0, +0) is -0 and max(-0, +0) is +0.
    MinMaxF { dst: Reg, a: Reg, b: Reg, kind: u8 },
    /// R[dst] = R[a] / imm, signed, imm != 0 (MinInt64 / -1 = MinInt64)
    DivIImm { dst: Reg, a: Reg, imm: i32 },
    /// R[dst] = R[a] / 2^shift, signed, truncated toward zero (1 <= shift <= 30): a
    /// shift, without a hardware division.
    DivIPow2 { dst: Reg, a: Reg, shift: u8 },
    /// R[dst] = R[a] % imm, signed, imm != 0
    RemIImm { dst: Reg, a: Reg, imm: i32 },
    /// R[dst] = R[a] * imm (wrapping)
    MulImm { dst: Reg, a: Reg, imm: i32 },
    /// R[dst] = R[a] & imm (imm sign-extended)
    AndImm { dst: Reg, a: Reg, imm: i32 },
    OrImm { dst: Reg, a: Reg, imm: i32 },
    XorImm { dst: Reg, a: Reg, imm: i32 },
    /// Shifts by a constant count 0..=63.
    ShlImm { dst: Reg, a: Reg, imm: u8 },
    ShrIImm { dst: Reg, a: Reg, imm: u8 },
    ShrUImm { dst: Reg, a: Reg, imm: u8 },
    NegI { dst: Reg, src: Reg },
    /// R[dst] = !R[src] (bitwise complement)
    Compl { dst: Reg, src: Reg },
    /// R[dst] = R[src] ^ 1 (boolean not)
    Not { dst: Reg, src: Reg },
    /// Sign-extend the low `bits` bits.
    Sext { dst: Reg, src: Reg, bits: u8 },
    /// Zero-extend the low `bits` bits.
    Zext { dst: Reg, src: Reg, bits: u8 },

    // ---------------------------------------------------------------- floats
    AddF { dst: Reg, a: Reg, b: Reg },
    SubF { dst: Reg, a: Reg, b: Reg },
    MulF { dst: Reg, a: Reg, b: Reg },
    DivF { dst: Reg, a: Reg, b: Reg },
    NegF { dst: Reg, src: Reg },
    /// R[dst] = R[a] + K[k] (float64 constant operand; likewise below)
    AddFK { dst: Reg, a: Reg, k: u32 },
    /// R[dst] = R[a] - K[k]
    SubFK { dst: Reg, a: Reg, k: u32 },
    MulFK { dst: Reg, a: Reg, k: u32 },
    /// R[dst] = R[a] / K[k]
    DivFK { dst: Reg, a: Reg, k: u32 },
    /// R[dst] = K[k] - R[a]
    KSubF { dst: Reg, a: Reg, k: u32 },
    /// R[dst] = K[k] / R[a]
    KDivF { dst: Reg, a: Reg, k: u32 },
    /// R[dst] = R[c] + R[a] * R[b] (float64; the product is rounded, then the sum: not a
    /// fused multiply-add, as Go computes it on amd64)
    MulAddF { dst: Reg, c: Reg, a: Reg, b: Reg },
    /// R[dst] = R[c] - R[a] * R[b] (float64; rounded as `MulAddF`)
    MulSubF { dst: Reg, c: Reg, a: Reg, b: Reg },
    AddF32 { dst: Reg, a: Reg, b: Reg },
    SubF32 { dst: Reg, a: Reg, b: Reg },
    MulF32 { dst: Reg, a: Reg, b: Reg },
    DivF32 { dst: Reg, a: Reg, b: Reg },
    NegF32 { dst: Reg, src: Reg },
    /// Numeric conversion of R[src] into R[dst].
    Conv { dst: Reg, src: Reg, kind: ConvKind },
    /// R[dst] = float64(R[src]) for a signed integer (the common case of `Conv`).
    IntToF64 { dst: Reg, src: Reg },
    /// Complex arithmetic: R[dst..] = R[a..] op R[b..].
    Complex { dst: Reg, a: Reg, b: Reg, op: ComplexOp },

    // ---------------------------------------------------------------- comparisons (R[dst] = 0 or 1)
    EqI { dst: Reg, a: Reg, b: Reg },
    NeI { dst: Reg, a: Reg, b: Reg },
    LtI { dst: Reg, a: Reg, b: Reg },
    LeI { dst: Reg, a: Reg, b: Reg },
    LtU { dst: Reg, a: Reg, b: Reg },
    LeU { dst: Reg, a: Reg, b: Reg },
    EqF { dst: Reg, a: Reg, b: Reg },
    NeF { dst: Reg, a: Reg, b: Reg },
    LtF { dst: Reg, a: Reg, b: Reg },
    LeF { dst: Reg, a: Reg, b: Reg },
    EqF32 { dst: Reg, a: Reg, b: Reg },
    NeF32 { dst: Reg, a: Reg, b: Reg },
    LtF32 { dst: Reg, a: Reg, b: Reg },
    LeF32 { dst: Reg, a: Reg, b: Reg },
    /// String comparison: R[dst] = cmp(R[a..a+2], R[b..b+2]) as -1, 0, 1.
    CmpStr { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a..a+2] == R[b..b+2] for strings.
    EqStr { dst: Reg, a: Reg, b: Reg },
    /// Equality of two values of type `t` (structs, arrays, interfaces: may panic on
    /// uncomparable dynamic types).
    EqType { dst: Reg, a: Reg, b: Reg, t: u16 },

    // ---------------------------------------------------------------- control
    Jmp { off: i32 },
    /// if R[cond] != 0 jump
    JmpIf { cond: Reg, off: i32 },
    /// if R[cond] == 0 jump
    JmpIfNot { cond: Reg, off: i32 },
    /// if R[a] == R[b] jump (fused compare-and-branch; likewise below)
    JmpEqI { a: Reg, b: Reg, off: i32 },
    JmpNeI { a: Reg, b: Reg, off: i32 },
    JmpLtI { a: Reg, b: Reg, off: i32 },
    JmpLeI { a: Reg, b: Reg, off: i32 },
    JmpLtU { a: Reg, b: Reg, off: i32 },
    JmpLeU { a: Reg, b: Reg, off: i32 },
    /// if R[a] == imm jump (signed; likewise below)
    JmpEqImm { a: Reg, imm: i32, off: i32 },
    JmpNeImm { a: Reg, imm: i32, off: i32 },
    JmpLtImm { a: Reg, imm: i32, off: i32 },
    JmpLeImm { a: Reg, imm: i32, off: i32 },
    JmpGtImm { a: Reg, imm: i32, off: i32 },
    JmpGeImm { a: Reg, imm: i32, off: i32 },
    /// if R[a] < R[b] (float64; false if either is NaN) jump; likewise below
    JmpLtF { a: Reg, b: Reg, off: i32 },
    JmpLeF { a: Reg, b: Reg, off: i32 },
    JmpEqF { a: Reg, b: Reg, off: i32 },
    /// if R[a] != R[b] (float64; true if either is NaN) jump
    JmpNeF { a: Reg, b: Reg, off: i32 },
    /// if !(R[a] < R[b]) (float64; true if either is NaN) jump; likewise below
    JmpNotLtF { a: Reg, b: Reg, off: i32 },
    JmpNotLeF { a: Reg, b: Reg, off: i32 },
    /// if R[a] < K[k] (float64 constant; false if R[a] is NaN) jump; likewise below.
    JmpLtFK { a: Reg, k: u32, off: i32 },
    JmpLeFK { a: Reg, k: u32, off: i32 },
    JmpGtFK { a: Reg, k: u32, off: i32 },
    JmpGeFK { a: Reg, k: u32, off: i32 },
    /// if !(R[a] < K[k]) (float64 constant; true if R[a] is NaN) jump; likewise below.
    JmpNotLtFK { a: Reg, k: u32, off: i32 },
    JmpNotLeFK { a: Reg, k: u32, off: i32 },
    JmpNotGtFK { a: Reg, k: u32, off: i32 },
    JmpNotGeFK { a: Reg, k: u32, off: i32 },
    /// The step and test of a counting loop: R[a] += 1 (wrapping), then if R[a] < imm
    /// (signed) jump. The offset is always negative (a back-edge; likewise `IncJmpLtI`).
    IncJmpLtImm { a: Reg, imm: i32, off: i32 },
    /// R[a] += 1 (wrapping), then if R[a] < R[b] (signed) jump.
    IncJmpLtI { a: Reg, b: Reg, off: i32 },

    // ---------------------------------------------------------------- memory
    /// R[dst] = load `mem` at R[ptr] + off bytes (nil check).
    Ld { dst: Reg, ptr: Reg, off: u16, mem: Mem },
    /// store R[src] as `mem` at R[ptr] + off bytes (nil check).
    St { ptr: Reg, off: u16, src: Reg, mem: Mem },
    /// `Ld` and `St` of a whole word (`mem` W64): the common field access.
    LdW { dst: Reg, ptr: Reg, off: u16 },
    StW { ptr: Reg, off: u16, src: Reg },
    /// R[dst..dst+n] = n words at R[ptr] (nil check).
    LdN { dst: Reg, ptr: Reg, n: u16 },
    /// n words at R[ptr] = R[src..src+n] (nil check).
    StN { ptr: Reg, src: Reg, n: u16 },
    /// R[dst..] = the `bytes` bytes at R[ptr] packed little-endian, zero-padded to words (nil
    /// check). For arrays of small scalars reached through a pointer, which may be unaligned
    /// and shorter than their padded size (`(*[3]byte)(s[1:4])`).
    LdB { dst: Reg, ptr: Reg, bytes: u16 },
    /// The `bytes` bytes at R[ptr] = the low `bytes` bytes of R[src..] (nil check).
    StB { ptr: Reg, src: Reg, bytes: u16 },
    /// R[dst] = R[src] + off bytes (nil check: Go panics on &nil.f).
    AddPtr { dst: Reg, src: Reg, off: u16 },
    /// Panics with a nil dereference if R[ptr] == 0.
    NilCheck { ptr: Reg },
    /// R[dst] = pointer to a new zeroed object of type `t`.
    New { dst: Reg, t: u32 },
    /// Panics with "index out of range [i] with length len" unless 0 <= R[idx] < len.
    BoundsCheck { idx: Reg, len: u32 },
    /// R[dst] = R[ptr] + R[idx] * esize (no checks: preceded by BoundsCheck).
    IndexAddr { dst: Reg, ptr: Reg, idx: Reg, esize: u16 },
    /// Register-resident arrays: R[dst] = element R[idx] (already bounds-checked) of the
    /// packed array starting at register `base`, element width `mem`.
    RegLd { dst: Reg, base: Reg, idx: Reg, mem: Mem },
    /// Element R[idx] of the packed register array at `base` = R[src].
    RegSt { base: Reg, idx: Reg, src: Reg, mem: Mem },
    /// R[dst..dst+n] = element R[idx] (n words each) of the register array at `base`.
    RegLdN { dst: Reg, base: Reg, idx: Reg, n: u16 },
    /// Element R[idx] (n words) of the register array at `base` = R[src..src+n].
    RegStN { base: Reg, idx: Reg, src: Reg, n: u16 },

    // ---------------------------------------------------------------- slices and strings
    /// R[dst] = element R[i] of slice R[s..s+3] (bounds-checked), packed as `mem`.
    SliceLd { dst: Reg, s: Reg, i: Reg, mem: Mem },
    /// R[dst] = element R[i] of the slice whose header is in memory at R[ptr] (nil- and
    /// bounds-checked), packed as `mem`: `p.items[i]` without loading the header into
    /// registers first.
    SliceLdAt { dst: Reg, ptr: Reg, i: Reg, mem: Mem },
    /// element R[i] of slice R[s..s+3] = R[src] (bounds-checked).
    SliceSt { s: Reg, i: Reg, src: Reg, mem: Mem },
    /// `SliceLd` and `SliceSt` of whole-word elements.
    SliceLdW { dst: Reg, s: Reg, i: Reg },
    SliceStW { s: Reg, i: Reg, src: Reg },
    /// R[dst] = address of element R[i] of slice R[s..s+3] with element size `esize`
    /// bytes (bounds-checked).
    SliceAddr { dst: Reg, s: Reg, i: Reg, esize: u16 },
    /// R[dst] = byte R[i] of string R[s..s+2] (bounds-checked).
    StrIdx { dst: Reg, s: Reg, i: Reg },
    /// R[dst..dst+2] = R[a..a+2] + R[b..b+2]
    Concat { dst: Reg, a: Reg, b: Reg },
    /// Slicing. Operands at R[base..]: the operand (string: 2 words, slice: 3, pointer to
    /// array: 1) followed by lo, hi, max as present per `flags` (bit 0 lo, 1 hi, 2 max,
    /// bits 4-5 operand kind: 0 string, 1 slice, 2 array pointer). Result in R[dst..].
    /// `t` is the element type (its size scales the pointer; array length for arrays).
    Slice { dst: Reg, base: Reg, flags: u8, t: u16 },
    /// String conversions: R[dst..] = conv(R[src..]).
    StrConv { dst: Reg, src: Reg, kind: StrConv },
    /// Range over string: R[dst] = rune, R[dst+1] = next index, decoding at R[i] in R[s..s+2].
    DecodeRune { dst: Reg, s: Reg, i: Reg },
    /// R[base..base+3] = make([]T, R[base], R[base+1]) for element type `t`.
    MakeSlice { base: Reg, t: u16 },
    /// R[dst..dst+3] = append(R[base..base+3], `n` elements of type `t` from R[base+3..]).
    /// `dst` does not overlap the operands.
    Append { dst: Reg, base: Reg, n: u16, t: u16 },
    /// R[dst..dst+3] = append(R[base..base+3], R[base+3..]...): the source is a slice (or a
    /// string for []byte when `t` is byte and `from_string`). `dst` does not overlap.
    AppendSlice { dst: Reg, base: Reg, t: u16, from_string: bool },
    /// R[dst] = copy(R[base..base+3], R[base+3..]) (source string if `from_string`).
    Copy { dst: Reg, base: Reg, t: u16, from_string: bool },
    /// Zero all elements of slice R[s..s+3] (clear).
    ClearSlice { s: Reg, t: u16 },

    // ---------------------------------------------------------------- maps
    /// R[dst] = make(map type `t`, hint R[hint])
    MakeMap { dst: Reg, t: u16, hint: Reg },
    /// R[dst..] = m[k]: map at R[base], key at R[base+1..]; zero value if absent.
    MapGet { dst: Reg, base: Reg, t: u16 },
    /// As MapGet, plus R[dst+valwords] = ok.
    MapGet2 { dst: Reg, base: Reg, t: u16 },
    /// m[k] = v: map R[base], key, value follow.
    MapSet { base: Reg, t: u16 },
    /// delete(m, k): map R[base], key follows.
    MapDelete { base: Reg, t: u16 },
    /// R[dst] = len(map R[m])
    MapLen { dst: Reg, m: Reg },
    /// clear(map R[m])
    MapClear { m: Reg },
    /// R[dst] = a new iterator over map R[m] (random start, as Go).
    MapIter { dst: Reg, m: Reg },
    /// Advances iterator R[it]: R[dst] = 1 and key, value in R[dst+1..] if an entry was
    /// produced, else R[dst] = 0.
    MapNext { dst: Reg, it: Reg, t: u16 },

    // ---------------------------------------------------------------- interfaces
    /// R[dst..dst+2] = interface holding R[src..] per conversion K[k] (static itab or type,
    /// boxing as needed).
    ToIface { dst: Reg, src: Reg, k: u32 },
    /// R[dst..dst+2] = R[src..src+2] converted to interface type `t` (itab looked up at run
    /// time from the dynamic type; nil stays nil). `from_empty`: source is `any`.
    IfaceConv { dst: Reg, src: Reg, t: u16, from_empty: bool },
    /// x.(T) per assertion table entry K[k] (`program::AssertDesc`): for a concrete target,
    /// R[dst..] = the unboxed value; for an interface target, R[dst..dst+2] = the converted
    /// interface. Comma-ok forms put ok after the value; otherwise a mismatch panics.
    Assert { dst: Reg, src: Reg, k: u32 },
    /// R[dst] = address of the dynamic type descriptor of interface R[src..] (0 if nil);
    /// `from_empty`: source is `any`.
    DynType { dst: Reg, src: Reg, from_empty: bool },
    /// R[dst] = whether interface R[src..] holds a type implementing interface type `t`.
    Implements { dst: Reg, src: Reg, t: u16, from_empty: bool },

    // ---------------------------------------------------------------- calls
    /// Call function `func` with its argument window at R[base..]; results come back there.
    Call { base: Reg, func: u32 },
    /// Call the function value R[f] (closure) with window R[base..].
    CallClosure { base: Reg, f: Reg },
    /// Call method `method` of the interface whose itab is R[tab]; R[base] holds the data
    /// word (the receiver), arguments follow.
    CallIface { base: Reg, tab: Reg, method: u16 },
    /// Call native function `native` with window R[base..].
    CallNative { base: Reg, native: u32 },
    /// Return: copy R[src..src+n] to the start of the frame, run deferred calls, pop.
    Ret { src: Reg, n: u16 },
    /// go func(args): new goroutine running `func` with `n` argument words from R[base..].
    Go { base: Reg, func: u32, n: u16 },
    /// go f(args) for function value R[f].
    GoClosure { base: Reg, f: Reg, n: u16 },
    /// defer func(args) with `n` argument words from R[base..].
    Defer { base: Reg, func: u32, n: u16 },
    /// defer f(args) for function value R[f].
    DeferClosure { base: Reg, f: Reg, n: u16 },
    /// R[dst] = a token naming the current frame (its goroutine and index), for `DeferTo`.
    FrameToken { dst: Reg },
    /// Moves the deferred call just recorded to the frame named by token R[tok] (a `defer`
    /// in a range-over-func loop body belongs to the function containing the loop); from
    /// another goroutine, parks it for `AdoptDefers`.
    DeferTo { tok: Reg },
    /// Adds the deferred calls parked for the frame named by token R[tok] to that frame
    /// (after the iterator call of a range-over-func loop whose body defers).
    AdoptDefers { tok: Reg },
    /// R[dst] = closure of function `func` capturing R[caps..caps+n].
    MakeClosure { dst: Reg, func: u32, caps: Reg, n: u16 },

    // ---------------------------------------------------------------- panics
    /// panic(R[src..src+2]) (an `any`)
    Panic { src: Reg },
    /// R[dst..dst+2] = recover(). `deferred`: this is `defer recover()` (the builtin itself
    /// deferred), which acts as a call of recover by the deferring function.
    Recover { dst: Reg, deferred: bool },
    /// Raise the runtime error K[k] (a message) as a Go panic.
    Throw { k: u32 },
    /// Raise the runtime error K[k] with its `{}` replaced by R[a] (signed decimal).
    ThrowInt { k: u32, a: Reg },

    // ---------------------------------------------------------------- channels
    /// R[dst] = make(chan of element type `t`, cap R[cap])
    MakeChan { dst: Reg, t: u16, cap: Reg },
    /// ch R[ch] <- R[src..] (element type `t`); blocks.
    Send { ch: Reg, src: Reg, t: u16 },
    /// R[dst..] = <-R[ch] (element type `t`); blocks.
    Recv { dst: Reg, ch: Reg, t: u16 },
    /// As Recv, plus R[dst+words] = ok.
    Recv2 { dst: Reg, ch: Reg, t: u16 },
    /// close(R[ch])
    Close { ch: Reg },
    /// R[dst] = len/cap of channel R[ch]
    ChanLen { dst: Reg, ch: Reg },
    ChanCap { dst: Reg, ch: Reg },
    /// select per case table K[k] (see `program::SelectTable`); R[dst] = chosen case index
    /// (-1 for default), received value/ok into the table's registers.
    Select { dst: Reg, k: u32 },

    // ---------------------------------------------------------------- builtins
    /// print/println of the values described by table K[k] (`program::PrintTable`).
    Print { k: u32 },
}

const _: () = assert!(std::mem::size_of::<Op>() <= 12, "keep instructions small");

impl Op {
    /// The same jump with another offset (for back-patching); `None` if not a jump.
    pub fn with_offset(self, off: i32) -> Option<Op> {
        Some(match self {
            Op::Jmp { .. } => Op::Jmp { off },
            Op::JmpIf { cond, .. } => Op::JmpIf { cond, off },
            Op::JmpIfNot { cond, .. } => Op::JmpIfNot { cond, off },
            Op::JmpEqI { a, b, .. } => Op::JmpEqI { a, b, off },
            Op::JmpNeI { a, b, .. } => Op::JmpNeI { a, b, off },
            Op::JmpLtI { a, b, .. } => Op::JmpLtI { a, b, off },
            Op::JmpLeI { a, b, .. } => Op::JmpLeI { a, b, off },
            Op::JmpLtU { a, b, .. } => Op::JmpLtU { a, b, off },
            Op::JmpLeU { a, b, .. } => Op::JmpLeU { a, b, off },
            Op::JmpEqImm { a, imm, .. } => Op::JmpEqImm { a, imm, off },
            Op::JmpNeImm { a, imm, .. } => Op::JmpNeImm { a, imm, off },
            Op::JmpLtImm { a, imm, .. } => Op::JmpLtImm { a, imm, off },
            Op::JmpLeImm { a, imm, .. } => Op::JmpLeImm { a, imm, off },
            Op::JmpGtImm { a, imm, .. } => Op::JmpGtImm { a, imm, off },
            Op::JmpGeImm { a, imm, .. } => Op::JmpGeImm { a, imm, off },
            Op::JmpLtF { a, b, .. } => Op::JmpLtF { a, b, off },
            Op::JmpLeF { a, b, .. } => Op::JmpLeF { a, b, off },
            Op::JmpEqF { a, b, .. } => Op::JmpEqF { a, b, off },
            Op::JmpNeF { a, b, .. } => Op::JmpNeF { a, b, off },
            Op::JmpNotLtF { a, b, .. } => Op::JmpNotLtF { a, b, off },
            Op::JmpNotLeF { a, b, .. } => Op::JmpNotLeF { a, b, off },
            Op::JmpLtFK { a, k, .. } => Op::JmpLtFK { a, k, off },
            Op::JmpLeFK { a, k, .. } => Op::JmpLeFK { a, k, off },
            Op::JmpGtFK { a, k, .. } => Op::JmpGtFK { a, k, off },
            Op::JmpGeFK { a, k, .. } => Op::JmpGeFK { a, k, off },
            Op::JmpNotLtFK { a, k, .. } => Op::JmpNotLtFK { a, k, off },
            Op::JmpNotLeFK { a, k, .. } => Op::JmpNotLeFK { a, k, off },
            Op::JmpNotGtFK { a, k, .. } => Op::JmpNotGtFK { a, k, off },
            Op::JmpNotGeFK { a, k, .. } => Op::JmpNotGeFK { a, k, off },
            Op::IncJmpLtImm { a, imm, .. } => Op::IncJmpLtImm { a, imm, off },
            Op::IncJmpLtI { a, b, .. } => Op::IncJmpLtI { a, b, off },
            _ => return None,
        })
    }
}
