//! One component per address of the app, plus the language question.

pub mod check_pack;
pub mod home;
pub mod language_question;
pub mod lesson;
pub mod not_found;
pub mod pack;
pub mod settings;
