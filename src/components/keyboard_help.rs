//! The lesson page's keyboard help: the shortcuts of the run (Run, Step,
//! Stop), of the code editor and of the stages, folded under the lesson's
//! text. The page's own shortcuts are handled in `pages::lesson`; the
//! editor's are CodeMirror's (`www/editor/editor.js`); the toolbar's
//! buttons carry theirs in `aria-keyshortcuts` too.

use yew::prelude::*;

use crate::context::use_app_context;

/// The help's lines, in the order a pupil needs them.
const KEYBOARD_HELP_LINES: [&str; 12] = [
    "keyboard-help-run",
    "keyboard-help-step",
    "keyboard-help-stop",
    "keyboard-help-leave-editor",
    "keyboard-help-indent",
    "keyboard-help-suggestions",
    "keyboard-help-find",
    "keyboard-help-comment",
    "keyboard-help-undo",
    "keyboard-help-slider",
    "keyboard-help-canvas",
    "keyboard-help-skip",
];

/// The folded list of keyboard shortcuts.
#[function_component(KeyboardHelp)]
pub fn keyboard_help() -> Html {
    let context = use_app_context();
    let lines = KEYBOARD_HELP_LINES
        .iter()
        .map(|message_id| html! { <li>{ context.text(message_id) }</li> });
    html! {
        <details class="keyboard-help">
            <summary>{ context.text("keyboard-help-title") }</summary>
            <ul class="keyboard-help-list">{ for lines }</ul>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use engine::i18n::{Language, Localizer};

    use super::*;

    #[test]
    fn every_line_of_the_help_is_in_every_language() {
        for language in Language::ALL {
            let localizer = Localizer::new(language);
            for message_id in KEYBOARD_HELP_LINES {
                assert!(
                    localizer.has_message(message_id),
                    "{}: {message_id}",
                    language.code()
                );
            }
        }
    }
}
