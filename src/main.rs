//! The app's entry point: everything is in the library.

fn main() {
    bastau::start();
}
