//! The console: what the program prints, the line `input()` waits for, how
//! the run ended (an error with its line and the pupil's explanation), and
//! the variables at the last pause.

use engine::i18n::MessageArgument;
use engine::python::vm::{ValueView, VariableView};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::context::{use_app_context, AppContext};
use crate::services::runner::{ErrorView, RunSpeed, RunStatus, Runner};

/// Properties of [`RunConsole`].
#[derive(Properties, PartialEq)]
pub struct RunConsoleProps {
    /// The lesson's run.
    pub runner: Runner,
    /// Changes after every slice, so the console re-renders.
    pub version: u64,
}

/// The console panel of the lesson page.
#[function_component(RunConsole)]
pub fn run_console(props: &RunConsoleProps) -> Html {
    let context = use_app_context();
    let input_reference = use_node_ref();
    let (status, console, error, variables, console_was_cut, current_speed) =
        props.runner.with_session(|session| {
            (
                session.status,
                session.console.clone(),
                session.error.clone(),
                session.variables.clone(),
                session.console_was_cut,
                session.speed,
            )
        });
    let change_speed = {
        let runner = props.runner.clone();
        Callback::from(move |event: Event| {
            let chosen = event
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .and_then(|select| RunSpeed::from_code(&select.value()));
            if let Some(speed) = chosen {
                runner.set_speed(speed);
            }
        })
    };
    let speed_options = RunSpeed::ALL.into_iter().map(|speed| {
        html! {
            <option value={speed.code()} selected={speed == current_speed}>
                { context.text(speed.message_id()) }
            </option>
        }
    });
    {
        let input_reference = input_reference.clone();
        use_effect_with(status, move |status| {
            if *status == RunStatus::WaitingForInput {
                if let Some(input) = input_reference.cast::<HtmlInputElement>() {
                    let _ = input.focus();
                }
            }
        });
    }
    let on_input_key = {
        let runner = props.runner.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" {
                event.prevent_default();
                if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                    let line = input.value();
                    input.set_value("");
                    runner.submit_input(&line);
                }
            }
        })
    };
    let input_line = (status == RunStatus::WaitingForInput).then(|| {
        html! {
            <input ref={input_reference} class="console-input" type="text" autocomplete="off"
                spellcheck="false" aria-label={context.text("console-input-label")}
                onkeydown={on_input_key} />
        }
    });
    let empty = (console.is_empty() && input_line.is_none() && error.is_none()).then(|| {
        html! { <span class="console-empty">{ context.text("lesson-console-empty") }</span> }
    });
    html! {
        <div class="run-console">
            <div class="run-bar">
                <p class={classes!("run-status", status_class(status))} role="status">{ status_text(&context, status) }</p>
                <label class="speed-control" title={context.text("run-speed-hint")}>
                    <span>{ context.text("run-speed") }</span>
                    <select class="speed-select" onchange={change_speed}>{ for speed_options }</select>
                </label>
            </div>
            <pre class="console" aria-live="polite">
                { for console_was_cut.then(|| html! {
                    <span class="console-cut">{ context.text("console-output-cut") }</span>
                }) }
                { for empty }
                { console }
                { for input_line }
            </pre>
            { for error.map(|error| error_box(&context, &error, &props.runner)) }
            { variables_panel(&context, &variables) }
        </div>
    }
}

fn status_class(status: RunStatus) -> &'static str {
    match status {
        RunStatus::Idle => "status-idle",
        RunStatus::Running => "status-running",
        RunStatus::Stepping => "status-stepping",
        RunStatus::WaitingForInput => "status-waiting",
        RunStatus::Finished => "status-finished",
        RunStatus::Failed => "status-failed",
        RunStatus::Stopped => "status-stopped",
    }
}

fn status_text(context: &AppContext, status: RunStatus) -> String {
    context.text(match status {
        RunStatus::Idle => "run-status-idle",
        RunStatus::Running => "run-status-running",
        RunStatus::Stepping => "run-status-stepping",
        RunStatus::WaitingForInput => "run-status-waiting-for-input",
        RunStatus::Finished => "run-status-finished",
        RunStatus::Failed => "run-status-failed",
        RunStatus::Stopped => "run-status-stopped",
    })
}

fn error_box(context: &AppContext, error: &ErrorView, runner: &Runner) -> Html {
    let go_to_line = {
        let runner = runner.clone();
        let line = error.line;
        Callback::from(move |_: MouseEvent| runner.show_line(line))
    };
    let arguments: Vec<(&str, MessageArgument)> = error
        .explanation_arguments
        .iter()
        .map(|(name, value)| (name.as_str(), MessageArgument::from(value.as_str())))
        .collect();
    html! {
        <div class="run-error" role="alert">
            <button type="button" class="run-error-line link-button" onclick={go_to_line}
                title={context.text("run-error-go-to-line")}>
                { context.text_with("run-error-on-line", &[("line", MessageArgument::from(error.line as usize))]) }
            </button>
            <p class="run-error-explanation">{ context.text_with(&error.explanation_id, &arguments) }</p>
            <p class="run-error-python"><code>{ &error.headline }</code></p>
        </div>
    }
}

fn variables_panel(context: &AppContext, variables: &[VariableView]) -> Html {
    if variables.is_empty() {
        return Html::default();
    }
    html! {
        <details class="variables" open=true>
            <summary>{ context.text("run-variables") }</summary>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{ context.text("run-variable-name") }</th>
                        <th scope="col">{ context.text("run-variable-type") }</th>
                        <th scope="col">{ context.text("run-variable-value") }</th>
                    </tr>
                </thead>
                <tbody>
                    { for variables.iter().map(|variable| html! {
                        <tr>
                            <td><code>{ &variable.name }</code></td>
                            <td>{ variable.value.type_name() }</td>
                            <td>{ value_view(context, &variable.value) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </details>
    }
}

/// A value: plain ones as their text (long ones folded), containers as a
/// folded line that opens onto their items.
fn value_view(context: &AppContext, value: &ValueView) -> Html {
    match value {
        ValueView::Plain { text, .. } => variable_value(text),
        ValueView::Container {
            length,
            items,
            summary,
            ..
        } => {
            let more = length.saturating_sub(items.len());
            html! {
                <details class="variable-container">
                    <summary><code>{ summary }</code></summary>
                    <ol class="variable-items" start="0">
                        { for items.iter().map(|(key, item)| html! {
                            <li>
                                { for key.as_ref().map(|key| html! { <code class="variable-key">{ key }{ ": " }</code> }) }
                                { value_view(context, item) }
                            </li>
                        }) }
                    </ol>
                    { for (more > 0).then(|| html! {
                        <p class="variable-more">
                            { context.text_with("run-variable-more", &[("count", MessageArgument::from(more))]) }
                        </p>
                    }) }
                </details>
            }
        }
    }
}

/// A value as the panel shows it: long ones folded to their start, opened on demand.
fn variable_value(value: &str) -> Html {
    const FOLDED_LENGTH: usize = 40;
    if value.chars().count() <= FOLDED_LENGTH {
        return html! { <code>{ value }</code> };
    }
    let start: String = value.chars().take(FOLDED_LENGTH).collect();
    html! {
        <details class="variable-folded">
            <summary><code>{ start }{ "…" }</code></summary>
            <code>{ value }</code>
        </details>
    }
}
