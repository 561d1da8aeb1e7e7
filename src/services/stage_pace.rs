//! How often the stages draw: low-end mode (fewer repaints during a run,
//! animations at most [`LOW_END_FRAME_RATE`] frames a second) and the watch
//! over the browser's animation frames that tells the page when an
//! animation stays too slow (the rule is the engine's:
//! [`engine::frame_rate`]).

use engine::frame_rate::FrameRateWatch;

/// The most frames a second a canvas program gets in low-end mode.
pub const LOW_END_FRAME_RATE: f64 = 30.0;

/// In low-end mode, the turtle's and the grid robot's stages repaint a
/// running program at most this often (milliseconds); the end is always painted.
pub const LOW_END_PAINT_INTERVAL_MILLISECONDS: f64 = 100.0;

/// A run's pace of drawing, and what its animation frames showed.
#[derive(Debug, Default)]
pub struct StagePace {
    /// Whether the pupil turned low-end mode on.
    pub low_end: bool,
    /// Whether an animation stayed slow (once true, it stays true for the lesson).
    pub frame_rate_low: bool,
    watch: FrameRateWatch,
    last_frame_at: Option<f64>,
    last_paint_at: f64,
    paint_pending: bool,
}

impl StagePace {
    /// Takes an animation frame that drew at `now` (milliseconds); whether
    /// the rate has just been found low.
    pub fn note_frame(&mut self, now: f64) -> bool {
        let previous = self.last_frame_at.replace(now);
        let Some(previous) = previous else {
            return false;
        };
        let low = self.watch.record_frame(now - previous);
        let newly_low = low && !self.frame_rate_low;
        self.frame_rate_low |= low;
        newly_low
    }

    /// The animation stopped: the next frame starts the watch afresh.
    pub fn animation_stopped(&mut self) {
        self.last_frame_at = None;
        self.watch.forget();
    }

    /// The frames a second a canvas program that asks for `wanted` gets.
    pub fn frame_rate(&self, wanted: f64) -> f64 {
        if self.low_end {
            wanted.min(LOW_END_FRAME_RATE)
        } else {
            wanted
        }
    }

    /// Whether the stage repaints a running program after a slice at `now`
    /// (`drew`: the slice drew; `paced`: frames come paced already): at
    /// once, but in low-end mode at most every
    /// [`LOW_END_PAINT_INTERVAL_MILLISECONDS`], a skipped drawing kept for
    /// the next repaint.
    pub fn paint_now(&mut self, drew: bool, paced: bool, now: f64) -> bool {
        self.paint_pending |= drew;
        if !self.paint_pending {
            return false;
        }
        if self.low_end && !paced && now - self.last_paint_at < LOW_END_PAINT_INTERVAL_MILLISECONDS
        {
            return false;
        }
        self.paint_pending = false;
        self.last_paint_at = now;
        true
    }
}
