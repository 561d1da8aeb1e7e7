//! The canvas of `from canvas import *`: frame-by-frame drawing in the way
//! of Processing and p5.js, with y pointing down from the top-left corner
//! and angles in degrees (as the turtle's).
//!
//! - `shapes.rs`: [`CanvasShape`], one drawn shape with its style and
//!   transform already applied, so the app only replays it; its text form
//!   (`describe`) is what the engine's snapshot tests compare.
//! - `world.rs`: [`CanvasWorld`], the size, the current style and
//!   transform, the shapes of the frame being drawn, and what the host told
//!   about the mouse and the keys ([`FrameInput`]).
//! - `keys.rs`: a keyboard event's physical key (`KeyW`, `ArrowLeft`) as the
//!   name a program sees (`'w'`, `'left'`), whatever the keyboard layout.
//! - `script.rs`: scripted input for checks and tests (`"12 key right"`,
//!   `"30 click 100 200"`), frame by frame.

mod keys;
mod script;
mod shapes;
mod world;

pub use keys::key_name_for_code;
pub use script::{InputScript, ScriptError, LARGEST_SCRIPT_FRAME};
pub use shapes::{CanvasColor, CanvasShape, ShapeKind, ShapeStyle, Transform};
pub use world::{
    CanvasEvent, CanvasWorld, FrameInput, HandlerCall, DEFAULT_SIZE, LARGEST_SIZE,
    MAXIMUM_FRAME_SHAPES,
};
