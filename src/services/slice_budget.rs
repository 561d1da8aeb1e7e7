//! How much of a running program one animation frame runs: its fuel, sized
//! so that the slice and everything the frame does after it (painting what
//! the slice drew, the browser's own rendering of it) fit in a frame.
//!
//! The slice's own time is measured directly and kept near
//! [`TARGET_SLICE_MILLISECONDS`]. The whole frame's work on the page's
//! thread is measured too when the browser can: from the slice's start to a
//! task posted during it, which runs once the browser has rendered the frame
//! (with software rasterising, as where the browser does not use the
//! graphics card, that includes drawing the canvas's lines). A frame that
//! took more than [`TARGET_FRAME_MILLISECONDS`] scales the fuel down in
//! proportion before a frame is dropped, and growth is held to the room a
//! frame had.
//!
//! What is done elsewhere (a graphics card's rasterising) cannot be
//! measured from inside the page, but its effect can: the next slice starts
//! more than [`LATE_FRAME_MILLISECONDS`] after the last one when the frame
//! was dropped. A frame dropped after a slice that used all its fuel lowers
//! the fuel (below the amount that was too much, which becomes a ceiling);
//! the ceiling rises again slowly, after [`FRAMES_BEFORE_RISING`] frames in
//! a row that were on time. Two cases differ, when frames are measured:
//! a late frame after a frame measured within the target is not the fuel's
//! doing (the browser compiling, a collection, another program) and is
//! forgiven, once in [`FORGIVING_FRAMES`] frames (more often, it is taken as
//! work done elsewhere that grows with the fuel); and a ceiling set after a
//! frame measured over the target (the page's thread was slow, say while
//! another program ran) rises at each frame measured within the target, so
//! a stall does not keep a run's slices small once it is over.
//!
//! A late frame after a slice that did not use its fuel (a canvas program
//! waiting for its next frame, a program waiting for input) says nothing
//! about the fuel, and such a slice lifts the ceiling: a canvas program's
//! setup that was slow must not keep its frames' `draw()` split over two
//! slices.
//!
//! Each run starts afresh at [`FIRST_SLICE_FUEL`]: small, since nothing is
//! known yet of what the program's work costs to show (a line a turtle draws
//! costs more to paint than to compute), and the fuel doubles within a frame
//! or two while the frames have room.

/// How long a slice may take, so the page still draws 60 frames a second.
pub const TARGET_SLICE_MILLISECONDS: f64 = 8.0;
/// How long the page's thread may work on a frame that holds a slice: the
/// slice, painting what it drew and the browser's rendering, with room left
/// in the 16.7 ms of a frame for what else the page does (the panels'
/// re-render, the editor, the collector).
pub const TARGET_FRAME_MILLISECONDS: f64 = 10.0;
/// A frame that ends this long after the one before it was dropped (one
/// and a half frames at 60 a second).
pub const LATE_FRAME_MILLISECONDS: f64 = 1.5 * 1000.0 / 60.0;
/// A pause longer than this between two slices is not a frame (the run
/// waited, or the page was hidden): it changes nothing.
const PAUSE_MILLISECONDS: f64 = 250.0;
/// The first slice's fuel (`print(2 + 3)` takes about 400 units; a loop
/// that draws a turtle's line, a dozen or two a line).
pub const FIRST_SLICE_FUEL: u64 = 5_000;
/// The bounds the sizing keeps to.
const SMALLEST_SLICE_FUEL: u64 = 1_000;
const LARGEST_SLICE_FUEL: u64 = 4_000_000;
/// The most one slice's or one frame's measure may shrink or grow the fuel by.
const SMALLEST_SCALE: f64 = 0.5;
const LARGEST_SCALE: f64 = 2.0;
/// After a dropped frame, the fuel is this share of the fuel that was too much.
const AFTER_LATE_FRAME: f64 = 0.6;
/// The fuel grows to at most this share of the ceiling.
const BELOW_CEILING: f64 = 0.85;
/// Frames on time in a row after which the ceiling rises by [`CEILING_RISE`].
const FRAMES_BEFORE_RISING: u32 = 120;
const CEILING_RISE: f64 = 1.1;
/// At most one late frame after a frame measured within the target is
/// forgiven in this many frames.
const FORGIVING_FRAMES: u32 = 60;

/// What the next slice needs to know of the last.
#[derive(Clone, Copy, Debug)]
struct LastSlice {
    /// When it started (milliseconds).
    started: f64,
    /// Its fuel.
    fuel: u64,
    /// Whether it stopped because its fuel ran out.
    used_all: bool,
    /// Its frame's work on the page's thread, when measured (milliseconds).
    frame_cost: Option<f64>,
}

/// The fuel found too much for a frame.
#[derive(Clone, Copy, Debug)]
struct Ceiling {
    fuel: u64,
    /// Set after a frame measured over the target: it rises at each frame
    /// measured within the target.
    rises_with_room: bool,
}

/// The fuel of a run's slices, and what the last frames showed.
#[derive(Clone, Debug)]
pub struct SliceBudget {
    fuel: u64,
    /// The fuel found too much for a frame, if any.
    ceiling: Option<Ceiling>,
    /// The last slice, until the next one starts.
    last_slice: Option<LastSlice>,
    /// The frames on time since the ceiling was set or last rose.
    frames_on_time: u32,
    /// Frames since a late frame was last forgiven (`None`: not lately).
    frames_since_forgiven: Option<u32>,
}

impl Default for SliceBudget {
    fn default() -> SliceBudget {
        SliceBudget {
            fuel: FIRST_SLICE_FUEL,
            ceiling: None,
            last_slice: None,
            frames_on_time: 0,
            frames_since_forgiven: None,
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
        self.frames_since_forgiven = self
            .frames_since_forgiven
            .map(|frames| frames + 1)
            .filter(|frames| *frames < FORGIVING_FRAMES);
        let within_target = last
            .frame_cost
            .is_some_and(|cost| cost <= TARGET_FRAME_MILLISECONDS);
        if interval > LATE_FRAME_MILLISECONDS {
            self.frames_on_time = 0;
            if within_target && self.frames_since_forgiven.is_none() {
                self.frames_since_forgiven = Some(0);
                return;
            }
            self.ceiling = Some(Ceiling {
                fuel: last.fuel,
                rises_with_room: last.frame_cost.is_some() && !within_target,
            });
            let lowered = (last.fuel as f64 * AFTER_LATE_FRAME) as u64;
            self.fuel = bounded(self.fuel.min(lowered));
            return;
        }
        if within_target && self.ceiling.is_some_and(|ceiling| ceiling.rises_with_room) {
            self.frames_on_time = 0;
            self.raise_ceiling();
            return;
        }
        self.frames_on_time += 1;
        if self.frames_on_time >= FRAMES_BEFORE_RISING {
            self.frames_on_time = 0;
            self.raise_ceiling();
        }
    }

    /// Raises the ceiling by [`CEILING_RISE`] (past the largest fuel, there is none).
    fn raise_ceiling(&mut self) {
        self.ceiling = self
            .ceiling
            .map(|ceiling| Ceiling {
                fuel: (ceiling.fuel as f64 * CEILING_RISE) as u64,
                ..ceiling
            })
            .filter(|ceiling| ceiling.fuel < LARGEST_SLICE_FUEL);
    }

    /// The slice that started at `started` with [`SliceBudget::fuel`] ran
    /// for `spent` milliseconds; `used_all`: it stopped because its fuel
    /// ran out. Sizes the next one.
    pub fn slice_ended(&mut self, started: f64, spent: f64, used_all: bool) {
        self.last_slice = Some(LastSlice {
            started,
            fuel: self.fuel,
            used_all,
            frame_cost: None,
        });
        if !used_all {
            // The program waits (for its next frame, for input) or ended:
            // its fuel is not what limits the frames, and the next work that
            // fills slices starts afresh.
            self.ceiling = None;
            self.frames_on_time = 0;
        }
        // In proportion to the slice's time: towards the target, by at most
        // half or double at once (a slice too short to time doubles).
        let scale = if spent > 0.0 {
            (TARGET_SLICE_MILLISECONDS / spent).clamp(SMALLEST_SCALE, LARGEST_SCALE)
        } else {
            LARGEST_SCALE
        };
        let next = (self.fuel as f64 * scale) as u64;
        let next = match self.ceiling {
            Some(ceiling) => next.min((ceiling.fuel as f64 * BELOW_CEILING) as u64),
            None => next,
        };
        self.fuel = bounded(next);
    }

    /// The frame that held the slice started at `started` finished its work
    /// on the page's thread (the slice, painting, the browser's rendering)
    /// `cost` milliseconds after that start. Over
    /// [`TARGET_FRAME_MILLISECONDS`], the next fuel shrinks in proportion;
    /// under it, it grows at most in proportion. Says nothing when the slice
    /// did not use its fuel (the program waited or ended), or when a later
    /// slice has started already (the measure then spans two frames).
    pub fn frame_finished(&mut self, started: f64, cost: f64) {
        let Some(last) = self.last_slice.as_mut() else {
            return;
        };
        if last.started != started || !last.used_all {
            return;
        }
        last.frame_cost = Some(cost);
        let scale = if cost > 0.0 {
            (TARGET_FRAME_MILLISECONDS / cost).clamp(SMALLEST_SCALE, LARGEST_SCALE)
        } else {
            LARGEST_SCALE
        };
        let room = (last.fuel as f64 * scale) as u64;
        self.fuel = bounded(self.fuel.min(room));
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
        assert_eq!(fuels.last(), Some(&8_000));
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

    /// Runs slices one frame apart, each frame measured: the slice takes
    /// `spent(fuel)` milliseconds and the whole frame's work `cost(fuel)`;
    /// a frame whose work passes 16.7 ms is dropped. Returns the fuels and
    /// the frames' work.
    fn run_measured_frames(
        frames: usize,
        spent: impl Fn(u64) -> f64,
        cost: impl Fn(u64) -> f64,
    ) -> (Vec<u64>, Vec<f64>) {
        let mut budget = SliceBudget::default();
        let mut now = 0.0;
        let mut fuels = Vec::new();
        let mut costs = Vec::new();
        for _ in 0..frames {
            budget.slice_starts(now);
            let fuel = budget.fuel();
            fuels.push(fuel);
            budget.slice_ended(now, spent(fuel), true);
            let work = cost(fuel);
            costs.push(work);
            budget.frame_finished(now, work);
            now += if work > 1000.0 / 60.0 { 2000.0 } else { 1000.0 } / 60.0;
        }
        (fuels, costs)
    }

    #[test]
    fn a_frame_whose_painting_costs_more_than_the_slice_is_kept_in_time_without_drops() {
        // A heavy drawing: the slice takes 1 ms per 1,000 fuel, but painting
        // and rasterising what it drew take twice that again, plus 2 ms of
        // rendering in every frame. Only the first slice, blind, is too big.
        let (fuels, costs) = run_measured_frames(
            300,
            |fuel| fuel as f64 / 1000.0,
            |fuel| 2.0 + 3.0 * fuel as f64 / 1000.0,
        );
        let dropped = costs[1..]
            .iter()
            .filter(|cost| **cost > 1000.0 / 60.0)
            .count();
        assert_eq!(dropped, 0, "{costs:?}");
        // And it uses the frame: near the target, not far below it.
        let last = *fuels.last().unwrap_or(&0);
        assert!((2_400..=2_700).contains(&last), "{fuels:?}");
    }

    #[test]
    fn a_program_that_only_computes_keeps_its_slices_at_the_target() {
        // No painting: the frame is the slice and 1 ms of rendering.
        let (fuels, _) = run_measured_frames(
            60,
            |fuel| fuel as f64 / 1000.0,
            |fuel| 1.0 + fuel as f64 / 1000.0,
        );
        assert_eq!(fuels.last(), Some(&8_000));
    }

    #[test]
    fn one_late_frame_after_a_frame_within_the_target_lowers_nothing() {
        let mut budget = SliceBudget::default();
        budget.slice_starts(0.0);
        budget.slice_ended(0.0, 1.0, true);
        budget.frame_finished(0.0, 3.0);
        let fuel = budget.fuel();
        // Something else held the page for 40 ms.
        budget.slice_starts(40.0);
        assert_eq!(budget.fuel(), fuel);
        assert!(budget.ceiling.is_none());
        // A second one soon after is taken as work done elsewhere.
        budget.slice_ended(40.0, 1.0, true);
        budget.frame_finished(40.0, 3.0);
        budget.slice_starts(80.0);
        assert!(budget.ceiling.is_some());
    }

    #[test]
    fn slices_shrunk_by_a_stall_grow_back_once_frames_have_room() {
        // 2 ms of rendering and 2 ms a 1,000 fuel in every frame; frames 20
        // to 29 are slowed threefold by another program, and late.
        let cost = |fuel: u64| 2.0 + 2.0 * fuel as f64 / 1000.0;
        let mut budget = SliceBudget::default();
        let mut now = 0.0;
        let mut fuels = Vec::new();
        for frame in 0..120 {
            budget.slice_starts(now);
            let fuel = budget.fuel();
            fuels.push(fuel);
            let stalled = (20..30).contains(&frame);
            let slowed = if stalled { 3.0 } else { 1.0 };
            budget.slice_ended(now, slowed * fuel as f64 / 1000.0, true);
            budget.frame_finished(now, slowed * cost(fuel));
            now += if stalled { 2000.0 } else { 1000.0 } / 60.0;
        }
        let before = fuels[19];
        assert!(
            fuels[29] < before / 2,
            "the stall shrank the slices: {fuels:?}"
        );
        assert!(
            fuels[119] >= before * 9 / 10,
            "and they grew back: {fuels:?}"
        );
    }

    #[test]
    fn a_frame_measured_after_the_next_slice_started_changes_nothing() {
        let mut budget = SliceBudget::default();
        budget.slice_starts(0.0);
        budget.slice_ended(0.0, 1.0, true);
        budget.slice_starts(1000.0 / 60.0);
        let fuel = budget.fuel();
        budget.frame_finished(0.0, 40.0);
        assert_eq!(budget.fuel(), fuel);
    }

    #[test]
    fn a_frame_after_a_slice_that_waited_changes_nothing() {
        let mut budget = SliceBudget::default();
        budget.slice_starts(0.0);
        budget.slice_ended(0.0, 1.0, false);
        let fuel = budget.fuel();
        budget.frame_finished(0.0, 40.0);
        assert_eq!(budget.fuel(), fuel);
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
