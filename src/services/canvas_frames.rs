//! The frames of a canvas program in the page: the runner gives the VM a
//! frame when the program waits for one and the frame is due (at the frame
//! rate the program asks for, at most one per animation frame of the
//! browser), with the keys and mouse the canvas stage collected since the
//! last one; the frame's shapes wait in [`CanvasView`] for the stage's
//! painter; the frame rate reached is measured over the last second.

use std::collections::VecDeque;

use engine::worlds::canvas::{CanvasEvent, CanvasShape, CanvasWorld, FrameInput};

/// How early a frame may come (milliseconds): animation frames do not
/// arrive exactly every 16.7 ms.
const FRAME_EARLINESS: f64 = 4.0;
/// The most events kept for one frame (a stuck key repeating, a mouse
/// moved fast over a slow frame): the oldest moves go first.
const LARGEST_PENDING_EVENTS: usize = 200;

/// What the canvas stage shows of a canvas program's run.
#[derive(Clone, Debug, Default)]
pub struct CanvasView {
    /// The canvas's size, in pixels.
    pub width: u32,
    /// The canvas's height.
    pub height: u32,
    /// Frames drawn.
    pub frame_count: u64,
    /// Frames completed and not yet painted, oldest first (only the shapes
    /// of the frames since the last paint; usually one).
    pub unpainted: Vec<CanvasShape>,
    /// Counts the frames handed to the painter (the stage repaints when it changes).
    pub painted_frames: u64,
    /// The frames a second reached over the last second (`None` before a second has passed).
    pub frames_per_second: Option<f64>,
    /// The frames a second the program asks for.
    pub frame_rate: f64,
}

/// The pacing of frames and the input waiting for the next one.
#[derive(Debug, Default)]
pub struct FramePacing {
    /// When the first frame was given (milliseconds of the page's clock).
    started_at: Option<f64>,
    /// When the last frame was given.
    last_frame_at: f64,
    /// When each frame of the last second was given.
    recent_frames: VecDeque<f64>,
    /// Keys and mouse since the last frame.
    pending: Vec<CanvasEvent>,
}

impl FramePacing {
    /// Adds an event for the next frame (a mouse move replaces the move
    /// just before it).
    pub fn push(&mut self, event: CanvasEvent) {
        if let (CanvasEvent::MouseMove(..), Some(CanvasEvent::MouseMove(..))) =
            (&event, self.pending.last())
        {
            self.pending.pop();
        }
        if self.pending.len() >= LARGEST_PENDING_EVENTS {
            if let Some(index) = self
                .pending
                .iter()
                .position(|event| matches!(event, CanvasEvent::MouseMove(..)))
            {
                self.pending.remove(index);
            } else {
                return;
            }
        }
        self.pending.push(event);
    }

    /// The next frame's input if a frame is due at `now` (`paced`: at the
    /// program's frame rate; a watched or stepped run takes one at once).
    pub fn next_frame(&mut self, now: f64, frame_rate: f64, paced: bool) -> Option<FrameInput> {
        let interval = 1000.0 / frame_rate.clamp(1.0, 60.0);
        if paced
            && self.started_at.is_some()
            && now - self.last_frame_at < interval - FRAME_EARLINESS
        {
            return None;
        }
        let started_at = *self.started_at.get_or_insert(now);
        self.last_frame_at = now;
        self.recent_frames.push_back(now);
        while self
            .recent_frames
            .front()
            .is_some_and(|time| now - time > 1000.0)
        {
            self.recent_frames.pop_front();
        }
        Some(FrameInput {
            milliseconds: now - started_at,
            events: std::mem::take(&mut self.pending),
        })
    }

    /// The frames a second over the last second, once a second has passed.
    pub fn frames_per_second(&self, now: f64) -> Option<f64> {
        let started_at = self.started_at?;
        (now - started_at >= 1000.0).then_some(self.recent_frames.len() as f64)
    }
}

/// What a slice changed on the canvas.
pub struct CanvasUpdate {
    width: u32,
    height: u32,
    frame_count: u64,
    frame_rate: f64,
    /// The shapes of the frame just completed (`None` in the middle of one).
    frame_shapes: Option<Vec<CanvasShape>>,
}

impl CanvasUpdate {
    /// What `world` shows now; `frame_done`: its frame is complete, so its
    /// shapes go to the painter.
    pub fn of(world: &CanvasWorld, frame_done: bool) -> CanvasUpdate {
        CanvasUpdate {
            width: world.width,
            height: world.height,
            frame_count: world.frame_count,
            frame_rate: world.frame_rate,
            frame_shapes: frame_done.then(|| world.frame_shapes.clone()),
        }
    }
}

impl CanvasView {
    /// Takes a slice's changes.
    pub fn update(&mut self, update: CanvasUpdate) {
        self.width = update.width;
        self.height = update.height;
        self.frame_count = update.frame_count;
        self.frame_rate = update.frame_rate;
        if let Some(frame_shapes) = update.frame_shapes {
            // Unpainted frames pile up only while no stage paints them.
            if self.unpainted.len() > engine::worlds::canvas::MAXIMUM_FRAME_SHAPES {
                self.unpainted.clear();
            }
            self.unpainted.extend(frame_shapes);
            self.painted_frames += 1;
        }
    }
}
