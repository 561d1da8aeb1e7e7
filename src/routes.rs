//! The app's addresses: hash routes, so links work on any static host.
//!
//! `#/` the lesson packs, `#/pack/<pack-id>` one pack, `#/pack/<pack-id>/<lesson-id>`
//! a lesson, `#/settings` the settings, `#/pupils` the pupils on this browser, `#/check-pack` the teacher's check of a pack, `#/teacher` the teacher's page
//! (assign, review hand-ins), `#/assignment/<data>` an assignment link. These addresses are shared by teachers
//! and must stay stable.

use yew_router::prelude::*;

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    /// The lesson packs.
    #[at("/")]
    Home,
    /// One pack and its lessons.
    #[at("/pack/:pack_id")]
    Pack {
        /// The pack's id.
        pack_id: String,
    },
    /// One lesson: instructions, editor, stage and console.
    #[at("/pack/:pack_id/:lesson_id")]
    Lesson {
        /// The pack's id.
        pack_id: String,
        /// The lesson's id within the pack.
        lesson_id: String,
    },
    /// The settings.
    #[at("/settings")]
    Settings,
    /// The pupils who use this browser: switch, add, remove.
    #[at("/pupils")]
    Profiles,
    /// The teacher's check of a pack before handing it out.
    #[at("/check-pack")]
    CheckPack,
    /// The teacher's page: assign a pack, review the class's hand-ins.
    #[at("/teacher")]
    Teacher,
    /// An assignment link: the assignment's data.
    #[at("/assignment/:data")]
    Assignment {
        /// The assignment, base64url JSON.
        data: String,
    },
    /// Any other address.
    #[not_found]
    #[at("/404")]
    NotFound,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(path: &str, expect: Route) {
        assert_eq!(Route::recognize(path), Some(expect.clone()), "{path}");
        assert_eq!(expect.to_path(), path);
    }

    #[test]
    fn addresses_are_stable() {
        check("/", Route::Home);
        check("/settings", Route::Settings);
        check("/pupils", Route::Profiles);
        check("/check-pack", Route::CheckPack);
        check("/teacher", Route::Teacher);
        check(
            "/assignment/eyJhIjoxfQ",
            Route::Assignment {
                data: "eyJhIjoxfQ".into(),
            },
        );
        check(
            "/pack/first-steps",
            Route::Pack {
                pack_id: "first-steps".into(),
            },
        );
        check(
            "/pack/first-steps/hello",
            Route::Lesson {
                pack_id: "first-steps".into(),
                lesson_id: "hello".into(),
            },
        );
        assert_eq!(Route::recognize("/no/such/page"), Some(Route::NotFound));
    }
}
