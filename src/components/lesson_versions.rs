//! Beside the editor: the choice between this code and a progress file's
//! when both changed, and the earlier versions of the lesson's code, each of
//! which can be put back into the editor.

use engine::progress::lesson_progress::OtherVersion;
use engine::progress::lesson_store::EarlierVersion;
use engine::progress::merge::Choice;
use yew::prelude::*;

use crate::context::AppContext;
use crate::services::progress::local_time_text;

/// "This lesson was changed here and in the file: which one do you keep?",
/// with `other` the version waiting beside the editor's.
pub fn other_version_choice(
    context: &AppContext,
    other: &OtherVersion,
    on_choose: &Callback<Choice>,
) -> Html {
    let choose = |choice: Choice| on_choose.reform(move |_: MouseEvent| choice);
    html! {
        <div class="editor-message version-choice" role="group" aria-labelledby="version-choice-text">
            <p id="version-choice-text">{ context.text("version-choice-question") }</p>
            <details>
                <summary>{ context.text("version-choice-show-other") }</summary>
                <pre class="other-version-code">{ other.code.clone() }</pre>
            </details>
            <button type="button" class="keep-this-version" onclick={choose(Choice::ThisOne)}>
                { context.text("version-choice-keep-this") }
            </button>
            <button type="button" class="take-other-version" onclick={choose(Choice::OtherOne)}>
                { context.text("version-choice-take-other") }
            </button>
        </div>
    }
}

/// The earlier versions of a lesson's code, folded, newest first, each
/// with a button that gives its code to `on_restore`.
pub fn earlier_versions(
    context: &AppContext,
    versions: &[EarlierVersion],
    on_restore: &Callback<String>,
) -> Html {
    if versions.is_empty() {
        return Html::default();
    }
    let language = context.language().code();
    let count = versions.len();
    let items = versions.iter().map(|version| {
        let restore = {
            let code = version.code.clone();
            on_restore.reform(move |_: MouseEvent| code.clone())
        };
        let first_line = version.code.lines().next().unwrap_or_default().to_owned();
        html! {
            <li class="earlier-version">
                <span class="version-when">{ local_time_text(version.saved, language) }</span>
                <span class="version-reason">{ context.text(version.reason.message_id()) }</span>
                <code class="version-first-line">{ first_line }</code>
                <details>
                    <summary>{ context.text("versions-show") }</summary>
                    <pre>{ version.code.clone() }</pre>
                </details>
                <button type="button" class="link-button restore-version" onclick={restore}>
                    { context.text("versions-restore") }
                </button>
            </li>
        }
    });
    html! {
        <details class="earlier-versions">
            <summary>{ context.text_with("versions-title", &[("count", count.into())]) }</summary>
            <ol>{ for items }</ol>
        </details>
    }
}
