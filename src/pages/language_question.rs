//! The first visit's question: which language? Asked in all three at once.

use engine::i18n::{Language, Localizer};
use yew::prelude::*;

use crate::components::language_picker::LanguagePicker;
use crate::context::use_app_context;

/// Asks for the interface language; the browser's language is pre-selected.
#[function_component(LanguageQuestionPage)]
pub fn language_question_page() -> Html {
    let context = use_app_context();
    let suggested = context.app_state().suggested_language;
    // The pupil cannot read the interface yet, so the question is shown in
    // every language, the suggested one first.
    let mut languages = vec![suggested];
    languages.extend(
        Language::ALL
            .into_iter()
            .filter(|language| *language != suggested),
    );
    let questions = languages.into_iter().map(|language| {
        // Only the title, from the compiled-in boot messages: the other
        // languages' messages are not downloaded.
        let localizer = Localizer::boot(language);
        html! {
            <p class="language-question-line" lang={language.code()}>{ localizer.text("language-question-title") }</p>
        }
    });
    html! {
        <main id="content" class="language-question">
            <h1 class="brand-large">{ context.text("app-name") }</h1>
            <div class="language-question-lines">{ for questions }</div>
            <LanguagePicker selected={suggested} focus_selected={true} />
            <p class="hint">{ context.text("language-question-hint") }</p>
        </main>
    }
}
