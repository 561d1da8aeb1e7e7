//! The only modules that touch the browser: storage, network, the page itself,
//! timers, the code editor and the fetched translations.

pub mod animation_frame;
pub mod browser;
pub mod canvas_frames;
pub mod checker;
pub mod classroom;
pub mod editor;
pub mod files;
pub mod language_warm_up;
pub mod network;
pub mod offline;
pub mod packs;
pub mod panic_screen;
pub mod progress;
pub mod reference_drawing;
pub mod runner;
pub mod slice_budget;
pub mod stage_pace;
pub mod still_layer;
pub mod storage;
pub mod timer;
pub mod translations;
