//! [`Readier`]: what code outside the scheduler may do to goroutines when it is not the
//! goroutine running (a park commit, a firing timer, the poller): make one runnable,
//! start one, queue a timer.
//!
//! It works with or without a processor: with one, a readied goroutine goes to its
//! `runnext` (Go's `ready`); without (a thread returning from a system call that lost
//! its processor), to the global queue.

use super::{Local, Shared};
use crate::goroutine::{GRef, Status};
use crate::task::{Hooks, Task};
use super::timers::Entry;

pub(crate) struct Readier<'a> {
    pub(crate) shared: &'a Shared,
    pub(crate) local: Option<&'a mut Local>,
}

impl<'a> Readier<'a> {
    pub(crate) fn new(shared: &'a Shared, local: Option<&'a mut Local>) -> Readier<'a> {
        Readier { shared, local }
    }

    /// Makes a parked goroutine runnable. The caller owns `g` (it won it from the wait
    /// structure, whose lock it no longer holds) and has written its wake result.
    pub(crate) fn ready(&mut self, g: GRef) {
        match self.local.as_deref_mut() {
            Some(local) => local.ready(self.shared, g),
            None => {
                g.set_status(Status::Runnable);
                self.shared.global.push(g);
                self.shared.wakep();
            }
        }
    }

    /// Starts a goroutine (`time.AfterFunc`).
    pub(crate) fn spawn(&mut self, task: Box<dyn Task>) -> u64 {
        match self.local.as_deref_mut() {
            Some(local) => local.spawn(self.shared, task),
            None => {
                let id = self.shared.next_id.fetch_add(1, crate::primitives::Ordering::Relaxed);
                let g = self.shared.new_goroutine(id, task);
                g.set_status(Status::Runnable);
                self.shared.global.push(g);
                self.shared.wakep();
                id
            }
        }
    }

    /// Queues a timer on this processor's heap (processor 0's without one).
    pub(crate) fn add_timer(&self, entry: Entry) {
        let index = self.local.as_deref().map_or(0, |l| l.index);
        self.shared.add_timer(index, entry);
    }

    pub(crate) fn hooks(&self) -> std::sync::Arc<dyn Hooks> {
        self.shared.hooks()
    }
}
