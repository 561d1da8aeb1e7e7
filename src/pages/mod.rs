//! One component per address of the app, plus the language question and the profile picker.

pub mod assignment;
pub mod check_pack;
pub mod home;
pub mod language_question;
pub mod lesson;
pub mod not_found;
pub mod pack;
pub mod profiles;
pub mod settings;
pub mod teacher;
