//! Channel operations and `select`, on top of the runtime's channels.
//!
//! All are restartable: when the runtime returns `Park`, the goroutine leaves with the pc on
//! the instruction; on resume the instruction runs again and the runtime completes it.

use super::Flow;
use crate::goroutine::Goroutine;
use crate::program::SelectDir;
use runtime::{Blocking, ChanRef, Exit, GoError, RunContext, SelectCase};

#[inline(never)]
fn chan_ref(w: u64) -> ChanRef {
    // SAFETY: channel registers hold 0 or a word produced by `ChanRef::to_word`.
    unsafe { ChanRef::from_word(w) }
}

impl Goroutine {
    #[inline(never)]
    fn go_error(&mut self, cx: &mut RunContext<'_>, e: GoError) -> Flow {
        match e {
            GoError::Panic(msg) => self.throw(cx, msg.to_string()),
            GoError::Fatal(msg) => Flow::Exit(Exit::Fatal(format!("fatal error: {}", msg))),
        }
    }

    #[inline(never)]
    pub(crate) fn make_chan(&mut self, cx: &mut RunContext<'_>, t: u16, cap: i64) -> Result<u64, Flow> {
        let et = self.prog.ty(t as u32);
        if cap < 0 {
            // A plain error in Go: no "runtime error: " prefix.
            return Err(self.go_panic_msg(cx, "makechan: size out of range"));
        }
        match runtime::chan::make_chan(cx, et.words as usize, cap, et.shape) {
            Ok(c) => Ok(c.to_word()),
            Err(e) => Err(self.go_error(cx, e)),
        }
    }

    /// Returns `Some(flow)` to leave the frame (parked or panicking), `None` when done.
    #[inline(never)]
    pub(crate) fn send(&mut self, cx: &mut RunContext<'_>, regs: *mut u64, ch: u16, src: u16, t: u16) -> Option<Flow> {
        let n = self.prog.ty(t as u32).words as usize;
        // SAFETY: registers within the frame.
        let (c, val) = unsafe { (*regs.add(ch as usize), std::slice::from_raw_parts(regs.add(src as usize), n)) };
        match runtime::chan::send(cx, chan_ref(c), val) {
            Ok(Blocking::Ready(())) => None,
            Ok(Blocking::Park(p)) => Some(Flow::Exit(Exit::Park(p))),
            Err(e) => Some(self.go_error(cx, e)),
        }
    }

    #[inline(never)]
    pub(crate) fn recv(&mut self, cx: &mut RunContext<'_>, regs: *mut u64, dst: u16, ch: u16, t: u16, comma_ok: bool) -> Option<Flow> {
        let n = self.prog.ty(t as u32).words as usize;
        // SAFETY: registers within the frame.
        let (c, out) = unsafe { (*regs.add(ch as usize), std::slice::from_raw_parts_mut(regs.add(dst as usize), n + comma_ok as usize)) };
        match runtime::chan::recv(cx, chan_ref(c), &mut out[..n]) {
            Blocking::Ready(ok) => {
                if comma_ok {
                    out[n] = ok as u64;
                }
                None
            }
            Blocking::Park(p) => Some(Flow::Exit(Exit::Park(p))),
        }
    }

    #[inline(never)]
    pub(crate) fn close(&mut self, cx: &mut RunContext<'_>, c: u64) -> Result<(), Flow> {
        runtime::chan::close(cx, chan_ref(c)).map_err(|e| self.go_error(cx, e))
    }

    /// `select` per table `k`; returns the chosen case (-1: default).
    #[inline(never)]
    pub(crate) fn select(&mut self, cx: &mut RunContext<'_>, regs: *mut u64, k: u32) -> Result<i64, Flow> {
        let table = &self.prog.select_tables[k as usize];
        let mut cases: Vec<SelectCase<'_>> = Vec::with_capacity(table.cases.len());
        for c in &table.cases {
            let n = self.prog.ty(c.elem).words as usize;
            // SAFETY: registers within the frame.
            let ch = unsafe { *regs.add(c.ch as usize) };
            let send = match c.dir {
                // SAFETY: as above.
                SelectDir::Send => Some(unsafe { std::slice::from_raw_parts(regs.add(c.val as usize) as *const u64, n) }),
                SelectDir::Recv => None,
            };
            cases.push(SelectCase { channel: chan_ref(ch), send });
        }
        let r = runtime::select::select(cx, &cases, !table.has_default);
        drop(cases);
        match r {
            Err(e) => Err(self.go_error(cx, e)),
            Ok(Blocking::Park(p)) => Err(Flow::Exit(Exit::Park(p))),
            Ok(Blocking::Ready(None)) => Ok(-1),
            Ok(Blocking::Ready(Some(sel))) => {
                let c = &table.cases[sel.index];
                if c.dir == SelectDir::Recv {
                    let n = self.prog.ty(c.elem).words as usize;
                    let buf = cx.wait_buffer();
                    for i in 0..n {
                        let w = if sel.ok { buf.get(i).copied().unwrap_or(0) } else { 0 };
                        // SAFETY: destination registers within the frame.
                        unsafe { *regs.add(c.val as usize + i) = w };
                    }
                    if let Some(ok) = c.ok {
                        // SAFETY: as above.
                        unsafe { *regs.add(ok as usize) = sel.ok as u64 };
                    }
                }
                Ok(sel.index as i64)
            }
        }
    }
}
