//! The results of a lesson's checks: a summary, then each check by name with
//! what went wrong, the input, and the expected and printed output side by
//! side with the first different line marked. Hidden tests show no data.

use engine::pack::checks::{
    case_labels, localize, outcome_explanation, significant_lines, CheckOutcome,
};
use engine::pack::CheckKind;
use yew::prelude::*;

use crate::context::{use_app_context, AppContext};
use crate::services::checker::CheckerStatus;

/// Properties of [`CheckResults`].
#[derive(Properties, PartialEq)]
pub struct CheckResultsProps {
    /// Where the checking stands.
    pub status: CheckerStatus,
    /// Hides the results.
    pub on_close: Callback<()>,
}

/// The checks' results, or their progress.
#[function_component(CheckResults)]
pub fn check_results(props: &CheckResultsProps) -> Html {
    let context = use_app_context();
    let body = match &props.status {
        CheckerStatus::Idle => return Html::default(),
        CheckerStatus::Checking { done, total } => html! {
            <p class="checking">{ context.text_with("checking-progress", &[("done", (*done).into()), ("total", (*total).into())]) }</p>
        },
        CheckerStatus::Finished(report) => {
            let labels = case_labels(&report.results);
            let summary = if report.passed() {
                html! { <p class="check-summary passed">{ context.text("check-all-passed") }</p> }
            } else {
                html! {
                    <p class="check-summary failed">{ context.text_with("check-summary", &[
                        ("passed", report.passed_count().into()),
                        ("total", report.results.len().into()),
                    ]) }</p>
                }
            };
            let items = labels.iter().zip(&report.results).map(|(label, result)| {
                let passed = result.outcome == CheckOutcome::Passed;
                let explanation = outcome_explanation(result).map(|explanation| {
                    html! { <p class="check-explanation">{ localize(&context.localizer, &explanation) }</p> }
                });
                html! {
                    <li class={classes!("check-result", if passed { "passed" } else { "failed" })}>
                        <span class="check-mark" aria-hidden="true">{ if passed { "✓" } else { "✗" } }</span>
                        <span class="check-label">{ localize(&context.localizer, label) }</span>
                        // The word as well as the mark and the colour.
                        <span class="check-verdict">
                            { context.text(if passed { "check-result-passed" } else { "check-result-failed" }) }
                        </span>
                        { for explanation }
                        { output_details(&context, &result.check.kind, &result.outcome) }
                    </li>
                }
            });
            html! {
                <>
                    { summary }
                    <ul class="check-list">{ for items }</ul>
                </>
            }
        }
    };
    let close = matches!(props.status, CheckerStatus::Finished(_)).then(|| html! {
        <button type="button" class="close-results" aria-label={context.text("check-results-close")}
            title={context.text("check-results-close")} onclick={props.on_close.reform(|_: MouseEvent| ())}>
            { "×" }
        </button>
    });
    html! {
        <section class="check-results" aria-live="polite" aria-label={context.text("check-results-title")}>
            { for close }
            { body }
        </section>
    }
}

/// For a visible output check that failed: the input, and the expected and
/// printed lines with the first different one marked.
fn output_details(context: &AppContext, kind: &CheckKind, outcome: &CheckOutcome) -> Html {
    let (
        CheckKind::Output {
            input,
            output,
            hidden: false,
        },
        CheckOutcome::WrongOutput {
            got,
            first_difference,
        },
    ) = (kind, outcome)
    else {
        return Html::default();
    };
    let lines = |text: &str| {
        let lines = significant_lines(text);
        if lines.is_empty() {
            return html! { <span class="nothing">{ context.text("check-nothing-printed") }</span> };
        }
        html! {
            { for lines.iter().enumerate().map(|(index, line)| {
                let marked = index == *first_difference;
                html! { <span class={classes!("output-line", marked.then_some("first-difference"))}>{ *line }{ "\n" }</span> }
            }) }
        }
    };
    let input_block = (!input.is_empty()).then(|| {
        html! {
            <div class="check-block input-block">
                <span class="check-block-title">{ context.text("check-input") }</span>
                <pre>{ input.clone() }</pre>
            </div>
        }
    });
    html! {
        <div class="check-details">
            { for input_block }
            <div class="check-block">
                <span class="check-block-title">{ context.text("check-expected") }</span>
                <pre>{ lines(output) }</pre>
            </div>
            <div class="check-block">
                <span class="check-block-title">{ context.text("check-got") }</span>
                <pre>{ lines(got) }</pre>
            </div>
        </div>
    }
}
