//! On a pack's page when the class has an assignment for it: the class's
//! name, and "hand in my work": the pupil's name from the class list (or
//! typed when there is none) and a hand-in file to save for the teacher.

use engine::classroom::assignment::Assignment;
use engine::classroom::hand_in::{tidy_name, HandIn};
use engine::pack::Pack;
use engine::progress::lesson_store::profile_lessons;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::context::use_app_context;
use crate::services::progress::{now, save_text_file};
use crate::services::storage::LocalStore;

/// Properties of [`HandInBox`].
#[derive(Properties, PartialEq)]
pub struct HandInBoxProps {
    /// The pack.
    pub pack: std::rc::Rc<Pack>,
    /// Its assignment.
    pub assignment: Assignment,
}

/// The assignment's box with the hand-in.
#[function_component(HandInBox)]
pub fn hand_in_box(props: &HandInBoxProps) -> Html {
    let context = use_app_context();
    let name_field = use_node_ref();
    let message = use_state(|| None::<(String, bool)>);
    let profile_name = context
        .app_state()
        .profile
        .as_ref()
        .map(|profile| profile.name.clone())
        .unwrap_or_default();
    let hand_in = {
        let (context, name_field, message) = (context.clone(), name_field.clone(), message.clone());
        let (pack, assignment) = (props.pack.clone(), props.assignment.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let name = name_field
                .cast::<HtmlSelectElement>()
                .map(|select| select.value())
                .or_else(|| {
                    name_field
                        .cast::<HtmlInputElement>()
                        .map(|input| input.value())
                })
                .unwrap_or_default();
            let name = tidy_name(&name);
            if name.is_empty() {
                message.set(Some((context.text("hand-in-name-first"), true)));
                return;
            }
            let Some(profile) = context.app_state().profile.clone() else {
                return;
            };
            let stored = profile_lessons(&LocalStore::open(), &profile).unwrap_or_default();
            let hand_in = HandIn::new(&name, &assignment.class_name, &pack, &stored, now());
            let file_name = format!("bastau-{}-{}.json", pack.id, name.replace(' ', "-"));
            match save_text_file(&file_name, &hand_in.to_file_text()) {
                Ok(()) => message.set(Some((context.text("hand-in-saved"), false))),
                Err(_) => message.set(Some((context.text("progress-save-failed"), true))),
            }
        })
    };
    let name_input = if props.assignment.pupils.is_empty() {
        html! { <input id="hand-in-name" type="text" maxlength="60" value={profile_name} ref={name_field} /> }
    } else {
        let lower = profile_name.to_lowercase();
        let options = props.assignment.pupils.iter().map(|pupil| {
            html! { <option value={pupil.clone()} selected={pupil.to_lowercase() == lower}>{ pupil.clone() }</option> }
        });
        html! {
            <select id="hand-in-name" ref={name_field}>
                <option value="">{ context.text("hand-in-pick-name") }</option>
                { for options }
            </select>
        }
    };
    html! {
        <section class="hand-in-box" aria-labelledby="hand-in-title">
            <h2 id="hand-in-title">{ context.text_with("hand-in-title", &[("class", props.assignment.class_name.as_str().into())]) }</h2>
            <form class="hand-in-form" onsubmit={hand_in}>
                <label for="hand-in-name">{ context.text("hand-in-name") }</label>
                { name_input }
                <button type="submit" class="hand-in-button">{ context.text("hand-in-button") }</button>
            </form>
            if let Some((text, is_problem)) = (*message).clone() {
                <p class={if is_problem { "warning" } else { "hint" }} role={if is_problem { "alert" } else { "status" }}>{ text }</p>
            }
        </section>
    }
}
