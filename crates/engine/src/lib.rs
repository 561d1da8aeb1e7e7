//! The pure core of the sandbox.
//!
//! Everything a pupil's work depends on lives here and is tested natively: the
//! interface's translations, lesson packs, and (as later issues add them) the
//! language, the worlds and progress. The platform (the browser's storage, the
//! canvas, the network) reaches the engine only through the small traits it
//! defines, such as [`storage::KeyValueStore`].
//!
//! The engine never depends on yew, web-sys, gloo, js-sys or wasm-bindgen, never
//! reads a clock and has no global random number generator: time comes in as
//! ticks and randomness as a seed.

pub mod classroom;
pub mod display_settings;
pub mod frame_rate;
pub mod i18n;
pub mod markdown;
pub mod pack;
pub mod progress;
pub mod python;
pub mod settings;
pub mod storage;
pub mod worlds;
