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
const MIN_MATCH: usize = 3;

/// `func chainSearch(win []byte, prev []int32, pos, cand, limit, have, chain, nice int)
/// (length, dist int)`: see stdlib/NATIVES.md.
fn chain_search(cx: &mut NativeCtx<'_, '_>, w: &mut [u64]) -> NativeResult {
    let win = cx.str(w[0], w[1]);
    let prev_raw = cx.str(w[3], w[4].saturating_mul(4));
    let (pos, limit, nice) = (w[6] as usize, w[8] as usize, w[11] as usize);
    let mut cand = w[7] as i64;
    let mut have = w[9] as usize;
    let mut chain = w[10] as i64;
    if pos.checked_add(limit).map_or(true, |end| end > win.len()) || prev_raw.len() < WINDOW * 4 {
        return NativeResult::RuntimeError("minigo bug: flate.chainSearch arguments out of range".into());
    }
    let prev = |i: usize| i32::from_le_bytes(prev_raw[4 * i..4 * i + 4].try_into().expect("4 bytes")) as i64;
    let (mut best_len, mut best_dist) = (0usize, 0usize);
    if have < limit {
        let here = &win[pos..pos + limit];
        while cand >= 0 && chain > 0 && pos as i64 - cand <= WINDOW as i64 {
            let c = cand as usize;
            if c < pos && (have < MIN_MATCH || win[c + have] == win[pos + have]) {
                let n = win[c..c + limit].iter().zip(here).take_while(|(a, b)| a == b).count();
                if n > have && n >= MIN_MATCH {
                    have = n;
                    best_len = n;
                    best_dist = pos - c;
                    if n >= nice || n == limit {
                        break;
                    }
                }
            }
            let next = prev(c & (WINDOW - 1)) - 1;
            if next >= cand {
                break;
            }
            cand = next;
            chain -= 1;
        }
    }
    w[0] = best_len as u64;
    w[1] = best_dist as u64;
    NativeResult::Done
}
