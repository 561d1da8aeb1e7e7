//! Whether the page animates too slowly: the rule behind the suggestion to
//! turn low-end mode on. The app measures the time between the browser's
//! animation frames while a stage animates and hands each duration here;
//! the engine reads no clock.
//!
//! The rate is low when the frames of the last [`WATCHED_MILLISECONDS`]
//! came at fewer than [`LOW_FRAMES_PER_SECOND`] a second on average. A gap
//! longer than [`LONGEST_FRAME_MILLISECONDS`] (a paused replay, a hidden
//! tab, a program waiting for input) starts the watch afresh, so a pause
//! never counts as slowness.

use std::collections::VecDeque;

/// How long the rate must stay low before it counts, in milliseconds.
pub const WATCHED_MILLISECONDS: f64 = 3000.0;

/// Below this many frames a second an animation looks jerky.
pub const LOW_FRAMES_PER_SECOND: f64 = 40.0;

/// A longer time between two frames is a pause, not a slow frame.
pub const LONGEST_FRAME_MILLISECONDS: f64 = 500.0;

/// The durations of the latest animation frames, covering a little more
/// than [`WATCHED_MILLISECONDS`].
#[derive(Clone, Debug, Default)]
pub struct FrameRateWatch {
    durations: VecDeque<f64>,
    total: f64,
}

impl FrameRateWatch {
    /// A watch that has seen no frame yet.
    pub fn new() -> FrameRateWatch {
        FrameRateWatch::default()
    }

    /// Takes the time since the previous frame, in milliseconds, and says
    /// whether the rate is now low. A duration that is not a positive
    /// number is ignored; a pause starts afresh.
    pub fn record_frame(&mut self, milliseconds: f64) -> bool {
        if !(milliseconds > 0.0 && milliseconds.is_finite()) {
            return self.is_low();
        }
        if milliseconds > LONGEST_FRAME_MILLISECONDS {
            self.forget();
            return false;
        }
        self.durations.push_back(milliseconds);
        self.total += milliseconds;
        while let Some(oldest) = self.durations.front().copied() {
            if self.total - oldest < WATCHED_MILLISECONDS {
                break;
            }
            self.durations.pop_front();
            self.total -= oldest;
        }
        self.is_low()
    }

    /// Starts afresh (the animation stopped).
    pub fn forget(&mut self) {
        self.durations.clear();
        self.total = 0.0;
    }

    /// The frames a second over the watched time, once it is covered.
    pub fn frames_per_second(&self) -> Option<f64> {
        (self.total >= WATCHED_MILLISECONDS)
            .then(|| self.durations.len() as f64 * 1000.0 / self.total)
    }

    /// Whether the frames of the whole watched time came too slowly.
    pub fn is_low(&self) -> bool {
        self.frames_per_second()
            .is_some_and(|rate| rate < LOW_FRAMES_PER_SECOND)
    }
}

/// Whether frames of these durations (milliseconds, oldest first) end with
/// a low rate.
pub fn frame_rate_is_low(durations: impl IntoIterator<Item = f64>) -> bool {
    let mut watch = FrameRateWatch::new();
    durations
        .into_iter()
        .fold(false, |_, duration| watch.record_frame(duration))
}
