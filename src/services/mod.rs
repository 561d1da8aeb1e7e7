//! The only modules that touch the browser: storage, network, the page itself.

pub mod browser;
pub mod network;
pub mod packs;
pub mod panic_screen;
pub mod storage;
