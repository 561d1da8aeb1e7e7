//! The settings of how the interface looks: the colour theme, the
//! interface's text size and low-end mode (the stages draw less). Each
//! choice is kept for the pupil's profile and applied to the page at once.
//! Also the suggestion, under a slow animation, to turn low-end mode on.

use engine::display_settings::{DisplaySettings, ThemeChoice, TEXT_SIZES};
use yew::prelude::*;

use crate::context::{use_app_context, AppContext};
use crate::services::progress::choose_display;

/// The theme, text size and low-end mode sections of the settings page.
#[function_component(DisplayChoices)]
pub fn display_choices() -> Html {
    let context = use_app_context();
    let display = context.app_state().display;
    let choice_button = |class: &'static str,
                         chosen: bool,
                         label: String,
                         value: String,
                         changed: DisplaySettings| {
        let context = context.clone();
        html! {
            <button type="button" class={classes!(class, chosen.then_some("selected"))}
                aria-pressed={chosen.to_string()} data-value={value}
                onclick={Callback::from(move |_: MouseEvent| choose_display(&context, changed))}>
                { label }
            </button>
        }
    };
    let themes = ThemeChoice::ALL.into_iter().map(|theme| {
        choice_button(
            "theme-button",
            display.theme == theme,
            context.text(theme.message_id()),
            theme.code().to_owned(),
            DisplaySettings { theme, ..display },
        )
    });
    let text_sizes = TEXT_SIZES.into_iter().map(|text_size| {
        choice_button(
            "text-size-button",
            display.text_size == text_size,
            format!("{text_size}%"),
            text_size.to_string(),
            DisplaySettings {
                text_size,
                ..display
            },
        )
    });
    let low_end_toggle = choice_button(
        "low-end-button",
        display.low_end,
        context.text("settings-low-end-toggle"),
        "low-end".to_owned(),
        DisplaySettings {
            low_end: !display.low_end,
            ..display
        },
    );
    html! {
        <>
            <section aria-labelledby="settings-theme">
                <h2 id="settings-theme">{ context.text("settings-theme") }</h2>
                <div class="choice-picker theme-picker" role="group" aria-labelledby="settings-theme">
                    { for themes }
                </div>
                <p class="hint">{ context.text("settings-theme-hint") }</p>
            </section>
            <section aria-labelledby="settings-text-size">
                <h2 id="settings-text-size">{ context.text("settings-text-size") }</h2>
                <div class="choice-picker text-size-picker" role="group" aria-labelledby="settings-text-size">
                    { for text_sizes }
                </div>
                <p class="hint">{ context.text("settings-text-size-hint") }</p>
            </section>
            <section aria-labelledby="settings-low-end">
                <h2 id="settings-low-end">{ context.text("settings-low-end") }</h2>
                { low_end_toggle }
                <p class="hint">{ context.text("settings-low-end-hint") }</p>
            </section>
        </>
    }
}

/// Properties of [`LowEndSuggestion`].
#[derive(Properties, PartialEq)]
pub struct LowEndSuggestionProps {
    /// Whether the animation on the stage stayed slow.
    pub frame_rate_low: bool,
}

/// "The animation is slow here: turn low-end mode on?", under a slow
/// animation; never again for the profile once closed or followed.
#[function_component(LowEndSuggestion)]
pub fn low_end_suggestion(props: &LowEndSuggestionProps) -> Html {
    let context = use_app_context();
    let display = context.app_state().display;
    if !props.frame_rate_low || !display.may_suggest_low_end() {
        return Html::default();
    }
    let answer = |low_end: bool| {
        let context: AppContext = context.clone();
        Callback::from(move |_: MouseEvent| {
            choose_display(
                &context,
                DisplaySettings {
                    low_end,
                    low_end_suggestion_closed: true,
                    ..display
                },
            );
        })
    };
    html! {
        <div class="low-end-suggestion" role="status">
            <p>{ context.text("low-end-suggestion") }</p>
            <button type="button" class="confirm-button low-end-on" onclick={answer(true)}>
                { context.text("low-end-suggestion-turn-on") }
            </button>
            <button type="button" class="low-end-close" onclick={answer(false)}>
                { context.text("low-end-suggestion-close") }
            </button>
        </div>
    }
}
