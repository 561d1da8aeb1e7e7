//! [`CanvasWorld`]: the state behind `from canvas import *`. The program
//! draws into the current frame's list of shapes; the host ends a frame by
//! reading that list and starts the next with a [`FrameInput`] (its time,
//! the mouse, the keys pressed and released, the clicks), so a run driven by
//! the same inputs draws the same frames, in the browser or in a test.

use std::collections::BTreeSet;

use super::shapes::{CanvasColor, CanvasShape, ShapeKind, ShapeStyle, Transform};

/// The canvas's width and height until the program calls `size()`.
pub const DEFAULT_SIZE: (u32, u32) = (400, 400);
/// The largest width or height `size()` takes.
pub const LARGEST_SIZE: u32 = 2000;
/// The most shapes one frame may draw (more is an error: a frame that big
/// would not paint in time anyway).
pub const MAXIMUM_FRAME_SHAPES: usize = 50_000;
/// How deep `push()` may nest.
const MAXIMUM_PUSH_DEPTH: usize = 1000;

/// Something that happened before a frame, in order.
#[derive(Clone, Debug, PartialEq)]
pub enum CanvasEvent {
    /// A key went down (its name, from [`super::key_name_for_code`]).
    KeyDown(String),
    /// A key went up.
    KeyUp(String),
    /// The mouse moved to (x, y), in canvas pixels.
    MouseMove(f64, f64),
    /// The mouse button went down at (x, y).
    MouseDown(f64, f64),
    /// The mouse button went up at (x, y): a click.
    MouseUp(f64, f64),
}

/// What the host tells the program before a frame.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FrameInput {
    /// Milliseconds since the animation started (`millis()`).
    pub milliseconds: f64,
    /// What happened since the last frame, in order.
    pub events: Vec<CanvasEvent>,
}

/// The canvas, its drawing state and its input.
#[derive(Clone, Debug)]
pub struct CanvasWorld {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// The style new shapes get.
    pub style: ShapeStyle,
    /// The transform new shapes get.
    pub transform: Transform,
    /// What `push()` saved.
    saved: Vec<(ShapeStyle, Transform)>,
    /// The shapes of the frame being drawn (frame 0: the program's top
    /// level and `setup()`).
    pub frame_shapes: Vec<CanvasShape>,
    /// Frames drawn so far (`frame_count`).
    pub frame_count: u64,
    /// Milliseconds since the start, as the host said.
    pub milliseconds: f64,
    /// The frames a second the program asks for (`frame_rate(n)`).
    pub frame_rate: f64,
    /// The mouse's position.
    pub mouse: (f64, f64),
    /// The mouse's position in the frame before (`pmouse_x`, `pmouse_y`).
    pub previous_mouse: (f64, f64),
    /// Whether `draw()` goes on being called (`no_loop()` stops it).
    pub looping: bool,
    /// Whether the mouse button is down.
    pub mouse_pressed: bool,
    /// The last key pressed (empty before any).
    pub key: String,
    /// The keys held down now.
    pub keys_down: BTreeSet<String>,
    /// This frame's events not yet handed to the program.
    pending_events: std::collections::VecDeque<CanvasEvent>,
}

/// What an event means for the program's handlers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HandlerCall {
    /// Call `key_pressed()`.
    KeyPressed,
    /// Call `mouse_clicked()`.
    MouseClicked,
}

impl Default for CanvasWorld {
    fn default() -> CanvasWorld {
        CanvasWorld::new()
    }
}

impl CanvasWorld {
    /// A 400 by 400 canvas, nothing drawn, no input yet.
    pub fn new() -> CanvasWorld {
        CanvasWorld {
            width: DEFAULT_SIZE.0,
            height: DEFAULT_SIZE.1,
            style: ShapeStyle::default(),
            transform: Transform::IDENTITY,
            saved: Vec::new(),
            frame_shapes: Vec::new(),
            frame_count: 0,
            milliseconds: 0.0,
            frame_rate: 60.0,
            mouse: (0.0, 0.0),
            previous_mouse: (0.0, 0.0),
            looping: true,
            mouse_pressed: false,
            key: String::new(),
            keys_down: BTreeSet::new(),
            pending_events: Default::default(),
        }
    }

    /// Draws `kind` with the current style and transform; `false` when the
    /// frame already holds [`MAXIMUM_FRAME_SHAPES`].
    pub fn draw(&mut self, kind: ShapeKind, line: u32) -> bool {
        if self.frame_shapes.len() >= MAXIMUM_FRAME_SHAPES {
            return false;
        }
        self.frame_shapes.push(CanvasShape {
            kind,
            style: self.style,
            transform: self.transform,
            line,
        });
        true
    }

    /// `push()`: keeps the style and transform; `false` when nested too deep.
    pub fn push(&mut self) -> bool {
        if self.saved.len() >= MAXIMUM_PUSH_DEPTH {
            return false;
        }
        self.saved.push((self.style, self.transform));
        true
    }

    /// `pop()`: brings back what the last `push()` kept; `false` without one.
    pub fn pop(&mut self) -> bool {
        match self.saved.pop() {
            Some((style, transform)) => {
                self.style = style;
                self.transform = transform;
                true
            }
            None => false,
        }
    }

    /// `size(width, height)`, each from 1 to [`LARGEST_SIZE`].
    pub fn resize(&mut self, width: u32, height: u32) {
        self.width = width.clamp(1, LARGEST_SIZE);
        self.height = height.clamp(1, LARGEST_SIZE);
    }

    /// Starts the next frame: its shapes start empty, the transform and the
    /// `push()` stack start fresh (the style stays, as in Processing), the
    /// frame count goes up, and `input`'s events wait to be handed out by
    /// [`CanvasWorld::next_event`].
    pub fn begin_frame(&mut self, input: FrameInput) {
        self.frame_shapes.clear();
        self.transform = Transform::IDENTITY;
        self.saved.clear();
        self.frame_count += 1;
        self.previous_mouse = self.mouse;
        self.milliseconds = input.milliseconds;
        self.pending_events = input.events.into();
    }

    /// Applies this frame's events one by one (the mouse, the keys held)
    /// and says which handler the next one calls; `None` when no event
    /// calling a handler is left.
    pub fn next_event(&mut self) -> Option<HandlerCall> {
        while let Some(event) = self.pending_events.pop_front() {
            match event {
                CanvasEvent::KeyDown(name) => {
                    let is_new = self.keys_down.insert(name.clone());
                    self.key = name;
                    // Held keys repeat in browsers: only the first press counts.
                    if is_new {
                        return Some(HandlerCall::KeyPressed);
                    }
                }
                CanvasEvent::KeyUp(name) => {
                    self.keys_down.remove(&name);
                }
                CanvasEvent::MouseMove(x, y) => self.mouse = (x, y),
                CanvasEvent::MouseDown(x, y) => {
                    self.mouse = (x, y);
                    self.mouse_pressed = true;
                }
                CanvasEvent::MouseUp(x, y) => {
                    self.mouse = (x, y);
                    let was_pressed = self.mouse_pressed;
                    self.mouse_pressed = false;
                    if was_pressed {
                        return Some(HandlerCall::MouseClicked);
                    }
                }
            }
        }
        None
    }

    /// Whether a key is held down now.
    pub fn key_is_pressed(&self) -> bool {
        !self.keys_down.is_empty()
    }

    /// The background a stage shows before anything is drawn.
    pub fn empty_color() -> CanvasColor {
        CanvasColor::opaque(super::super::turtle::Color::WHITE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_keeps_its_shapes_up_to_the_limit_and_the_next_starts_empty() {
        let mut world = CanvasWorld::new();
        for index in 0..MAXIMUM_FRAME_SHAPES {
            assert!(world.draw(
                ShapeKind::Point {
                    x: index as f64,
                    y: 2.0
                },
                1
            ));
        }
        assert!(!world.draw(ShapeKind::Point { x: 0.0, y: 0.0 }, 2));
        assert_eq!(world.frame_shapes.len(), MAXIMUM_FRAME_SHAPES);
        world.begin_frame(FrameInput::default());
        assert!(world.frame_shapes.is_empty());
        assert_eq!(world.frame_count, 1);
    }

    #[test]
    fn a_held_key_presses_once_and_a_click_needs_the_button_down() {
        let mut world = CanvasWorld::new();
        world.begin_frame(FrameInput {
            milliseconds: 16.0,
            events: vec![
                CanvasEvent::KeyDown("w".into()),
                CanvasEvent::KeyDown("w".into()),
                CanvasEvent::MouseUp(5.0, 6.0),
                CanvasEvent::MouseDown(7.0, 8.0),
                CanvasEvent::MouseUp(9.0, 10.0),
            ],
        });
        assert_eq!(world.next_event(), Some(HandlerCall::KeyPressed));
        assert_eq!(world.next_event(), Some(HandlerCall::MouseClicked));
        assert_eq!(world.mouse, (9.0, 10.0));
        assert_eq!(world.next_event(), None);
        assert!(world.key_is_pressed());
        assert_eq!(world.key, "w");
    }

    #[test]
    fn pop_without_push_is_refused_and_frames_reset_the_transform() {
        let mut world = CanvasWorld::new();
        assert!(!world.pop());
        assert!(world.push());
        world.transform = Transform::translation(5.0, 5.0);
        world.begin_frame(FrameInput::default());
        assert_eq!(world.transform, Transform::IDENTITY);
        assert!(!world.pop());
    }
}
