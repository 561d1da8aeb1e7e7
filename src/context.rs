//! What every component can reach: the state, a way to change it, and the messages.

use std::rc::Rc;

use engine::i18n::{Language, Localizer, MessageArgument};
use yew::prelude::*;

use crate::state::{reduce, Action, AppState};

/// [`AppState`] as a Yew reducer; the logic stays in [`reduce`].
#[derive(Clone, Debug, PartialEq)]
pub struct ReducibleState(pub AppState);

impl Reducible for ReducibleState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(ReducibleState(reduce(self.0.clone(), action)))
    }
}

/// Given to every component through a `ContextProvider`.
#[derive(Clone)]
pub struct AppContext {
    /// The app's state and its dispatcher.
    pub state: UseReducerHandle<ReducibleState>,
    /// The messages in the current interface language.
    pub localizer: Rc<Localizer>,
}

impl PartialEq for AppContext {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state && self.localizer.language() == other.localizer.language()
    }
}

impl AppContext {
    /// The current state.
    pub fn app_state(&self) -> &AppState {
        &self.state.0
    }

    /// The interface language (the suggested one until the pupil has chosen).
    pub fn language(&self) -> Language {
        self.localizer.language()
    }

    /// A message without arguments.
    pub fn text(&self, message_id: &str) -> String {
        self.localizer.text(message_id)
    }

    /// A message with arguments.
    pub fn text_with(&self, message_id: &str, arguments: &[(&str, MessageArgument)]) -> String {
        self.localizer.text_with(message_id, arguments)
    }

    /// Changes the state.
    pub fn dispatch(&self, action: Action) {
        self.state.dispatch(action);
    }
}

/// The app's context; every component is rendered inside its provider.
#[hook]
pub fn use_app_context() -> AppContext {
    match use_context::<AppContext>() {
        Some(context) => context,
        None => unreachable_context(),
    }
}

/// Components are only ever rendered inside `App`, which provides the context.
#[cold]
fn unreachable_context() -> ! {
    panic!("a component was rendered outside the app's ContextProvider")
}
