//! The pupils who share this browser: the big picker shown at the start when
//! there are several, and the "pupils" page to switch, add, rename and
//! remove (one component for both, so the wasm carries one).
//!
//! Each profile has its own progress, language and font size. A tab keeps
//! its choice across reloads (session storage); a new tab asks again, so
//! the next pupil at a shared school computer does not work in the last
//! one's profile.

use engine::progress::lesson_store::profile_lessons;
use engine::progress::profiles::{remove_profile, update_profiles, Profile};
use engine::progress::LessonState;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::progress_files::{OpenInto, ProgressFiles};
use crate::context::{use_app_context, AppContext};
use crate::routes::Route;
use crate::services::animation_frame::fresh_seed;
use crate::services::progress::change_profile;
use crate::services::progress::{forget_choice, remember_choice};
use crate::services::storage::LocalStore;
use crate::state::Action;

/// The profile's name, or "Pupil N" for the unnamed one a first visit made.
pub fn display_name(context: &AppContext, profile: &Profile) -> String {
    if profile.name.is_empty() {
        let number = profile.id.trim_start_matches('p');
        context.text_with("profile-unnamed", &[("number", number.into())])
    } else {
        profile.name.clone()
    }
}

/// The first letter of a name, upper case, for the round badge.
pub fn initial_of(name: &str) -> String {
    name.chars()
        .next()
        .map(|letter| letter.to_uppercase().collect())
        .unwrap_or_default()
}

fn solved_count(profile: &Profile) -> usize {
    profile_lessons(&LocalStore::open(), profile).map_or(0, |lessons| {
        lessons
            .iter()
            .filter(|lesson| lesson.progress.state() == LessonState::Solved)
            .count()
    })
}

/// Works in `profile` from now on, in this tab.
fn choose(context: &AppContext, profile: &Profile) {
    remember_choice(&profile.id);
    context.dispatch(Action::ChooseProfile(profile.clone()));
}

/// One big card per profile; a click chooses it.
fn profile_cards(context: &AppContext, on_chosen: Callback<()>) -> Html {
    let current = context
        .app_state()
        .profile
        .as_ref()
        .map(|profile| profile.id.clone());
    let cards = context.app_state().profiles.list.iter().map(|profile| {
        let name = display_name(context, profile);
        let is_current = current.as_deref() == Some(profile.id.as_str());
        let choose_this = {
            let context = context.clone();
            let profile = profile.clone();
            let on_chosen = on_chosen.clone();
            Callback::from(move |_: MouseEvent| {
                choose(&context, &profile);
                on_chosen.emit(());
            })
        };
        let solved = context.text_with("profile-solved", &[("count", solved_count(profile).into())]);
        html! {
            <li>
                <button type="button" class={classes!("profile-card", is_current.then_some("current"))}
                    data-profile={profile.id.clone()} aria-current={is_current.then_some("true")}
                    onclick={choose_this}>
                    <span class="profile-avatar" aria-hidden="true">{ initial_of(&name) }</span>
                    <span class="profile-name">{ name }</span>
                    <span class="profile-meta">{ solved }</span>
                </button>
            </li>
        }
    });
    html! { <ul class="profile-cards">{ for cards }</ul> }
}

/// Properties of [`ProfilesView`].
#[derive(Properties, PartialEq)]
pub struct ProfilesViewProps {
    /// The start screen (outside the router) rather than the pupils page.
    pub start: bool,
}

/// Reads a form's text field.
fn field_value(field: &NodeRef) -> String {
    field
        .cast::<HtmlInputElement>()
        .map(|input| input.value())
        .unwrap_or_default()
}

/// The start screen's picker or the pupils page.
#[function_component(ProfilesView)]
pub fn profiles_view(props: &ProfilesViewProps) -> Html {
    let context = use_app_context();
    let navigator = use_navigator();
    let new_name = use_node_ref();
    let rename = use_node_ref();
    // A message after a form: its text and whether it is a problem.
    let message = use_state(|| None::<(String, bool)>);
    let removing = use_state(|| None::<String>);
    let go_home = {
        let navigator = navigator.clone();
        Callback::from(move |()| {
            if let Some(navigator) = &navigator {
                navigator.push(&Route::Home);
            }
        })
    };
    let on_new = {
        let (context, new_name, message, go_home) = (
            context.clone(),
            new_name.clone(),
            message.clone(),
            go_home.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let name = field_value(&new_name);
            let language = Some(context.language());
            let added = update_profiles(&mut LocalStore::open(), |profiles| {
                profiles
                    .check_name(&name, "")
                    .and_then(|tidy| profiles.add(&tidy, language, fresh_seed()))
            });
            match added {
                Ok((profiles, Ok(id))) => {
                    let chosen = profiles.get(&id).cloned();
                    context.dispatch(Action::ProfilesChanged(profiles));
                    if let Some(profile) = chosen {
                        choose(&context, &profile);
                    }
                    message.set(None);
                    go_home.emit(());
                }
                Ok((_, Err(problem))) => {
                    message.set(Some((context.text(problem.message_id()), true)))
                }
                Err(_) => message.set(Some((context.text("profile-save-failed"), true))),
            }
        })
    };
    let current = context.app_state().profile.clone();
    let on_rename = {
        let (context, rename, message) = (context.clone(), rename.clone(), message.clone());
        let current_id = current
            .as_ref()
            .map(|profile| profile.id.clone())
            .unwrap_or_default();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let checked = context
                .app_state()
                .profiles
                .check_name(&field_value(&rename), &current_id);
            let outcome = match checked {
                Ok(tidy) => match change_profile(&current_id, |profile| profile.name = tidy) {
                    Ok(profiles) => {
                        context.dispatch(Action::ProfilesChanged(profiles));
                        (context.text("profile-renamed"), false)
                    }
                    Err(_) => (context.text("profile-save-failed"), true),
                },
                Err(problem) => (context.text(problem.message_id()), true),
            };
            message.set(Some(outcome));
        })
    };
    let message_view = (*message).clone().map(|(text, is_problem)| {
        let role = if is_problem { "alert" } else { "status" };
        html! { <p class={if is_problem { "warning" } else { "hint" }} {role}>{ text }</p> }
    });
    let new_form = html! {
        <form class="new-profile" onsubmit={on_new}>
            <label for="new-profile-name">{ context.text("profile-new-label") }</label>
            <input id="new-profile-name" type="text" maxlength="40" autocomplete="off" ref={new_name} />
            <button type="submit">{ context.text("profile-new-start") }</button>
        </form>
    };
    if props.start {
        return html! {
            <main id="content" class="profile-picker">
                <h1 class="brand-large">{ context.text("app-name") }</h1>
                <h2>{ context.text("profile-picker-title") }</h2>
                { profile_cards(&context, Callback::noop()) }
                <div class="profile-picker-actions">
                    { new_form }
                    <ProgressFiles target={OpenInto::ProfileOfTheFile} />
                </div>
                { for message_view }
            </main>
        };
    }

    let others: Vec<Profile> = context
        .app_state()
        .profiles
        .list
        .iter()
        .filter(|profile| Some(&profile.id) != current.as_ref().map(|current| &current.id))
        .cloned()
        .collect();
    let removal = others.iter().map(|profile| {
        let name = display_name(&context, profile);
        let id = profile.id.clone();
        let asking = removing.as_deref() == Some(id.as_str());
        let ask = {
            let (removing, id) = (removing.clone(), id.clone());
            Callback::from(move |_: MouseEvent| removing.set(Some(id.clone())))
        };
        let cancel = {
            let removing = removing.clone();
            Callback::from(move |_: MouseEvent| removing.set(None))
        };
        let confirm = {
            let (context, removing, id) = (context.clone(), removing.clone(), id.clone());
            Callback::from(move |_: MouseEvent| {
                let mut store = LocalStore::open();
                if remove_profile(&mut store, &id).is_ok() {
                    if let Ok(loaded) = engine::progress::profiles::load_profiles(&mut store) {
                        context.dispatch(Action::ProfilesChanged(loaded.profiles));
                    }
                }
                removing.set(None);
            })
        };
        html! {
            <li class="profile-removal" data-profile={id.clone()}>
                <span>{ name.clone() }</span>
                if asking {
                    <span role="group" class="remove-question">
                        <span>{ context.text_with("profile-remove-question", &[("name", name.as_str().into())]) }</span>
                        <button type="button" class="confirm-button" onclick={confirm}>{ context.text("profile-remove-confirm") }</button>
                        <button type="button" onclick={cancel}>{ context.text("editor-reset-cancel") }</button>
                    </span>
                } else {
                    <button type="button" class="link-button" onclick={ask}>{ context.text("profile-remove") }</button>
                }
            </li>
        }
    });
    let show_picker = {
        let context = context.clone();
        Callback::from(move |_: MouseEvent| {
            forget_choice();
            context.dispatch(Action::LeaveProfile);
        })
    };
    let current_name = current
        .as_ref()
        .map(|profile| profile.name.clone())
        .unwrap_or_default();
    html! {
        <div class="page profiles-page">
            <h1>{ context.text("profiles-title") }</h1>
            <p>{ context.text("profiles-intro") }</p>
            { profile_cards(&context, go_home) }
            { new_form }
            <h2>{ context.text("settings-name") }</h2>
            <form class="rename-profile" onsubmit={on_rename}>
                <label for="profile-name">{ context.text("profile-name-label") }</label>
                <input id="profile-name" type="text" maxlength="40" autocomplete="off"
                    value={current_name} ref={rename} />
                <button type="submit">{ context.text("profile-rename") }</button>
            </form>
            { for message_view }
            <p><button type="button" class="link-button" onclick={show_picker}>{ context.text("profiles-show-picker") }</button></p>
            if !others.is_empty() {
                <h2>{ context.text("profiles-remove-title") }</h2>
                <ul class="profile-removals">{ for removal }</ul>
            }
        </div>
    }
}
