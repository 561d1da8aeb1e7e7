//! The browser app: a thin Yew shell around the pure `engine` crate.
//!
//! `state` is the app's state and its pure reducer; `pages` and `components`
//! render it; `services` are the only places that touch the browser (storage,
//! network, the address bar, the panic screen). `benchmark` is the one
//! export for `cargo xtask bench-web`.

pub mod app;
pub mod benchmark;
pub mod components;
pub mod context;
pub mod pages;
pub mod routes;
pub mod services;
pub mod state;

/// Starts the app: installs the panic screen, then mounts the interface.
pub fn start() {
    services::panic_screen::install();
    // Ready before anything can go wrong, from the compiled-in boot messages;
    // `App` re-translates it when the language changes.
    services::panic_screen::prepare(&engine::i18n::Localizer::boot(app::starting_language()));
    let Some(mount_point) = services::browser::take_mount_point() else {
        return;
    };
    yew::Renderer::<app::App>::with_root(mount_point).render();
}
