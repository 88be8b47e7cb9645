//! compress/flate: the LZ77 match search over a hash chain (a leaf over the compressor's
//! window and chain arrays, which Go code builds and owns).

use vm::native::{NativeCtx, NativeFn, NativeResult};

pub(crate) fn lookup_flate(name: &str) -> Option<NativeFn> {
    match name {
        "chainSearch" => Some(chain_search),
        _ => None,
    }
}

/// Back-references reach at most this far; chain slots are positions modulo it.
const WINDOW: usize = 1 << 15;
/// The shortest match the chain matcher takes; one this short only within NEAR bytes.
const SHORT: usize = 4;
const NEAR: usize = 4096;

/// `func chainSearch(win []byte, prev []uint32, pos, from, limit, nice, chain, base int)
/// (length, dist int)`: see stdlib/NATIVES.md.
fn chain_search(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let win = cx.str(w[0], w[1]);
    let prev_raw = cx.str(w[3], w[4].saturating_mul(4));
    let (pos, limit, nice) = (w[6] as usize, w[8] as usize, w[9] as usize);
    let (mut cand, chain, base) = (w[7] as i64, w[10] as i64, w[11] as i64);
    let in_range = limit > SHORT - 1
        && pos.checked_add(limit).is_some_and(|end| end <= win.len())
        && cand >= 0
        && (cand as usize) < pos
        && prev_raw.len() >= WINDOW * 4;
    if !in_range {
        return NativeResult::RuntimeError("minigo bug: flate.chainSearch arguments out of range".into());
    }
    let slot = |i: usize| u32::from_le_bytes(prev_raw[4 * i..4 * i + 4].try_into().expect("4 bytes")) as i64;
    let here = &win[pos..pos + limit];
    let oldest = pos as i64 - WINDOW as i64;
    let (mut best, mut found_len, mut found_dist) = (SHORT - 1, 0usize, 0usize);
    for _ in 0..chain.max(0) {
        let c = cand as usize;
        if win[c + best] == here[best] {
            let n = win[c..c + limit].iter().zip(here).take_while(|(a, b)| a == b).count();
            if n > best && (n > SHORT || pos - c <= NEAR) {
                best = n;
                found_len = n;
                found_dist = pos - c;
                if n >= nice {
                    break;
                }
            }
        }
        if cand == oldest {
            break;
        }
        cand = slot(c & (WINDOW - 1)) - base;
        if cand < oldest || cand < 0 {
            break;
        }
    }
    w[0] = found_len as u64;
    w[1] = found_dist as u64;
    NativeResult::Done
}
