//! Buttons that type what is hard to type on a Kazakh keyboard layout.
//!
//! On the Kazakh layout the digit row and the bracket keys give Kazakh
//! letters, so brackets, quotes, `=`, `<`, `>`, `#`, digits and arithmetic
//! signs need switching layouts. The panel types them at the cursor through
//! the editor, plus `print()` and `input()` with the cursor between the
//! brackets. One row holds the symbols; a toggle swaps it for the digits, so
//! the editor keeps its height. The commands come from the lesson (its pack's
//! `commands`), typed with the cursor where the pupil goes on.

use yew::prelude::*;

use engine::pack::command_cursor_offset;

use crate::components::code_editor::EditorControl;
use crate::context::use_app_context;

/// Properties of [`SymbolPanel`].
#[derive(Properties, PartialEq)]
pub struct SymbolPanelProps {
    /// The editor the buttons type into.
    pub control: EditorControl,
    /// The lesson's commands, as typed.
    pub commands: Vec<String>,
}

/// A symbol button: what it types, and the message that names it for screen readers.
struct SymbolKey {
    text: &'static str,
    message_id: &'static str,
}

const fn key(text: &'static str, message_id: &'static str) -> SymbolKey {
    SymbolKey { text, message_id }
}

/// The symbols row, most used first.
const SYMBOLS: [SymbolKey; 14] = [
    key("(", "symbol-round-open"),
    key(")", "symbol-round-close"),
    key(":", "symbol-colon"),
    key("\"", "symbol-double-quote"),
    key("'", "symbol-single-quote"),
    key("=", "symbol-equals"),
    key("[", "symbol-square-open"),
    key("]", "symbol-square-close"),
    key("{", "symbol-curly-open"),
    key("}", "symbol-curly-close"),
    key("_", "symbol-underscore"),
    key("<", "symbol-less"),
    key(">", "symbol-greater"),
    key("#", "symbol-hash"),
];

/// The digits row: digits and the arithmetic signs the Kazakh layout lacks.
const DIGITS: [SymbolKey; 15] = [
    key("1", ""),
    key("2", ""),
    key("3", ""),
    key("4", ""),
    key("5", ""),
    key("6", ""),
    key("7", ""),
    key("8", ""),
    key("9", ""),
    key("0", ""),
    key("+", "symbol-plus"),
    key("-", "symbol-minus"),
    key("*", "symbol-times"),
    key("/", "symbol-divide"),
    key("%", "symbol-percent"),
];

/// The symbols (or digits) row with `print()`, `input()` and the digits toggle.
#[function_component(SymbolPanel)]
pub fn symbol_panel(props: &SymbolPanelProps) -> Html {
    let context = use_app_context();
    let showing_digits = use_state(|| false);
    let button = |text: String, label: Option<String>, cursor_offset: u32, class: &'static str| {
        let control = props.control.clone();
        // Pressing the mouse button would take the focus and the cursor's place
        // from the editor: the editor keeps them.
        let keep_focus = Callback::from(|event: MouseEvent| event.prevent_default());
        let typed = text.clone();
        let type_it = Callback::from(move |_: MouseEvent| control.insert(&typed, cursor_offset));
        html! {
            <button type="button" class={class} aria-label={label.clone()} title={label}
                data-insert={text.clone()} onmousedown={keep_focus} onclick={type_it}>
                { text }
            </button>
        }
    };
    let keys: &[SymbolKey] = if *showing_digits { &DIGITS } else { &SYMBOLS };
    let symbol_buttons = keys.iter().map(|symbol| {
        let label = (!symbol.message_id.is_empty()).then(|| context.text(symbol.message_id));
        button(symbol.text.to_owned(), label, 1, "symbol-key")
    });
    let command_buttons = props.commands.iter().map(|command| {
        // print(|), for i in range(|):, if |:
        let offset = command_cursor_offset(command) as u32;
        button(command.clone(), None, offset, "symbol-key command-key")
    });
    let toggle_digits = {
        let showing_digits = showing_digits.clone();
        Callback::from(move |_: MouseEvent| showing_digits.set(!*showing_digits))
    };
    html! {
        <div class="symbol-panel" role="group" aria-label={context.text("symbol-panel")}>
            { for symbol_buttons }
            <span class="symbol-commands">{ for command_buttons }</span>
            // Its name starts with what it shows ("123 Digits and signs"), so
            // a pupil who says what they see to voice control reaches it.
            <button type="button" class="symbol-key digits-toggle"
                aria-pressed={showing_digits.to_string()} title={context.text("symbol-digits")}
                onmousedown={Callback::from(|event: MouseEvent| event.prevent_default())}
                onclick={toggle_digits}>
                { "123" }
                <span class="visually-hidden">{ " " }{ context.text("symbol-digits") }</span>
            </button>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use engine::i18n::{Language, Localizer};

    use super::*;

    #[test]
    fn every_named_key_has_its_message_in_every_language() {
        for language in Language::ALL {
            let localizer = Localizer::new(language);
            for symbol in SYMBOLS.iter().chain(&DIGITS) {
                assert!(
                    symbol.message_id.is_empty() || localizer.has_message(symbol.message_id),
                    "{}: {}",
                    language.code(),
                    symbol.message_id
                );
            }
        }
    }

    #[test]
    fn the_kazakh_layout_gaps_are_covered() {
        let typed: String = SYMBOLS.iter().chain(&DIGITS).map(|key| key.text).collect();
        for wanted in "()[]{}:_\"'=<>#0123456789+-*/%".chars() {
            assert!(typed.contains(wanted), "{wanted}");
        }
    }
}
