//! How much of a running program one animation frame runs: its fuel, sized
//! so that the slice and everything the frame does after it (painting what
//! the slice drew, the browser's own rendering of it) fit in a frame.
//!
//! The slice's own time is measured directly and kept near
//! [`TARGET_SLICE_MILLISECONDS`]. What comes after it cannot be measured
//! from inside the page (the browser rasterises the canvas later), but its
//! effect can: the next slice starts more than [`LATE_FRAME_MILLISECONDS`]
//! after the last one when the frame was dropped. A frame dropped after a
//! slice that used all its fuel lowers the fuel (below the amount that was
//! too much, which becomes a ceiling); the ceiling rises again slowly, after
//! [`FRAMES_BEFORE_RISING`] frames in a row that were on time. A late frame
//! after a slice that did not use its fuel (a canvas program waiting for its
//! next frame, a program waiting for input) says nothing about the fuel, and
//! such a slice lifts the ceiling: a canvas program's setup that was slow
//! must not keep its frames' `draw()` split over two slices.

/// How long a slice may take, so the page still draws 60 frames a second.
pub const TARGET_SLICE_MILLISECONDS: f64 = 8.0;
/// A frame that ends this long after the one before it was dropped (one
/// and a half frames at 60 a second).
pub const LATE_FRAME_MILLISECONDS: f64 = 1.5 * 1000.0 / 60.0;
/// A pause longer than this between two slices is not a frame (the run
/// waited, or the page was hidden): it changes nothing.
const PAUSE_MILLISECONDS: f64 = 250.0;
/// The first slice's fuel, and the bounds the sizing keeps to.
const FIRST_SLICE_FUEL: u64 = 20_000;
const SMALLEST_SLICE_FUEL: u64 = 1_000;
const LARGEST_SLICE_FUEL: u64 = 4_000_000;
/// After a dropped frame, the fuel is this share of the fuel that was too much.
const AFTER_LATE_FRAME: f64 = 0.6;
/// The fuel grows to at most this share of the ceiling.
const BELOW_CEILING: f64 = 0.85;
/// Frames on time in a row after which the ceiling rises by [`CEILING_RISE`].
const FRAMES_BEFORE_RISING: u32 = 120;
const CEILING_RISE: f64 = 1.1;

/// What the next slice needs to know of the last.
#[derive(Clone, Copy, Debug)]
struct LastSlice {
    /// When it started (milliseconds).
    started: f64,
    /// Its fuel.
    fuel: u64,
    /// Whether it stopped because its fuel ran out.
    used_all: bool,
}

/// The fuel of a run's slices, and what the last frames showed.
#[derive(Clone, Debug)]
pub struct SliceBudget {
    fuel: u64,
    /// The fuel found too much for a frame, if any.
    ceiling: Option<u64>,
    /// The last slice, until the next one starts.
    last_slice: Option<LastSlice>,
    /// The frames on time since the ceiling was set or last rose.
    frames_on_time: u32,
}

impl Default for SliceBudget {
    fn default() -> SliceBudget {
        SliceBudget {
            fuel: FIRST_SLICE_FUEL,
            ceiling: None,
            last_slice: None,
            frames_on_time: 0,
        }
    }
}

impl SliceBudget {
    /// The fuel for the slice that starts now.
    pub fn fuel(&self) -> u64 {
        self.fuel
    }

    /// A slice starts at `now` (milliseconds): the frame that held the last
    /// slice has ended, so whether it was dropped is known.
    pub fn slice_starts(&mut self, now: f64) {
        let Some(last) = self.last_slice.take() else {
            return;
        };
        let interval = now - last.started;
        if !last.used_all || interval > PAUSE_MILLISECONDS {
            return;
        }
        if interval > LATE_FRAME_MILLISECONDS {
            self.ceiling = Some(last.fuel);
            let lowered = (last.fuel as f64 * AFTER_LATE_FRAME) as u64;
            self.fuel = bounded(self.fuel.min(lowered));
            self.frames_on_time = 0;
            return;
        }
        self.frames_on_time += 1;
        if self.frames_on_time >= FRAMES_BEFORE_RISING {
            self.frames_on_time = 0;
            self.ceiling = self
                .ceiling
                .map(|ceiling| (ceiling as f64 * CEILING_RISE) as u64)
                .filter(|ceiling| *ceiling < LARGEST_SLICE_FUEL);
        }
    }

    /// The slice that started at `started` with [`SliceBudget::fuel`] ran
    /// for `spent` milliseconds; `used_all`: it stopped because its fuel
    /// ran out. Sizes the next one.
    pub fn slice_ended(&mut self, started: f64, spent: f64, used_all: bool) {
        self.last_slice = Some(LastSlice {
            started,
            fuel: self.fuel,
            used_all,
        });
        if !used_all {
            // The program waits (for its next frame, for input) or ended:
            // its fuel is not what limits the frames, and the next work that
            // fills slices starts afresh.
            self.ceiling = None;
            self.frames_on_time = 0;
        }
        let next = if spent < TARGET_SLICE_MILLISECONDS / 2.0 {
            self.fuel.saturating_mul(2)
        } else if spent > TARGET_SLICE_MILLISECONDS * 1.5 {
            self.fuel / 2
        } else {
            self.fuel
        };
        let next = match self.ceiling {
            Some(ceiling) => next.min((ceiling as f64 * BELOW_CEILING) as u64),
            None => next,
        };
        self.fuel = bounded(next);
    }
}

fn bounded(fuel: u64) -> u64 {
    fuel.clamp(SMALLEST_SLICE_FUEL, LARGEST_SLICE_FUEL)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs slices one frame apart: each takes `spent(fuel)` milliseconds
    /// and its frame `frame(fuel)`; returns the fuels.
    fn run_frames(
        frames: usize,
        spent: impl Fn(u64) -> f64,
        frame: impl Fn(u64) -> f64,
    ) -> Vec<u64> {
        let mut budget = SliceBudget::default();
        let mut now = 0.0;
        let mut fuels = Vec::new();
        for _ in 0..frames {
            budget.slice_starts(now);
            let fuel = budget.fuel();
            fuels.push(fuel);
            budget.slice_ended(now, spent(fuel), true);
            now += frame(fuel);
        }
        fuels
    }

    #[test]
    fn a_slice_that_fits_grows_to_the_target() {
        // 1,000 fuel a millisecond, nothing else in the frame.
        let fuels = run_frames(20, |fuel| fuel as f64 / 1000.0, |_| 1000.0 / 60.0);
        assert_eq!(fuels.last(), Some(&10_000));
    }

    #[test]
    fn painting_that_overflows_the_frame_lowers_the_fuel_until_frames_are_on_time() {
        // The slice fits its 8 ms, but painting costs as much again: a frame
        // over 14 ms of work is dropped.
        let work = |fuel: u64| 2.0 * fuel as f64 / 1000.0;
        let frame = |fuel: u64| {
            if work(fuel) > 14.0 {
                2000.0 / 60.0
            } else {
                1000.0 / 60.0
            }
        };
        let fuels = run_frames(600, |fuel| fuel as f64 / 1000.0, frame);
        let late = fuels[60..]
            .iter()
            .filter(|fuel| work(**fuel) > 14.0)
            .count();
        assert!(late <= 6, "{late} late frames of 540");
        assert!(fuels[60..].iter().all(|fuel| *fuel >= 3_000), "{fuels:?}");
    }

    #[test]
    fn a_late_frame_after_a_slice_that_waited_lowers_nothing() {
        // A canvas program's frame: its draw() took 1 ms of its fuel, then
        // the frame was late for another reason.
        let mut budget = SliceBudget::default();
        budget.slice_starts(0.0);
        budget.slice_ended(0.0, 1.0, false);
        budget.slice_starts(40.0);
        assert_eq!(budget.fuel(), 2 * FIRST_SLICE_FUEL);
        assert!(budget.ceiling.is_none());
    }

    #[test]
    fn a_slice_that_waits_lifts_the_ceiling() {
        // A slow setup made a frame late; then the frames wait for their turn.
        let mut budget = SliceBudget::default();
        budget.slice_starts(0.0);
        budget.slice_ended(0.0, 5.0, true);
        budget.slice_starts(40.0);
        assert!(budget.ceiling.is_some());
        let mut now = 40.0;
        for _ in 0..10 {
            budget.slice_ended(now, 0.5, false);
            now += 1000.0 / 60.0;
            budget.slice_starts(now);
        }
        assert!(budget.ceiling.is_none());
        assert!(budget.fuel() > FIRST_SLICE_FUEL * 100, "{}", budget.fuel());
    }
}
