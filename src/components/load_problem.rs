//! What a page shows when its lesson pack could not be loaded.

use yew::prelude::*;

use crate::components::pack_problems::pack_problem_list;
use crate::context::{use_app_context, AppContext};
use crate::services::packs::request_pack;
use crate::state::LoadFailure;

/// Properties of [`LoadProblem`].
#[derive(Properties, PartialEq)]
pub struct LoadProblemProps {
    /// What went wrong.
    pub failure: LoadFailure,
    /// The pack concerned, named in the message.
    pub pack_id: String,
    /// Asks for the pack again.
    pub on_retry: Callback<()>,
}

/// A translated explanation and a button to try again.
#[function_component(LoadProblem)]
pub fn load_problem(props: &LoadProblemProps) -> Html {
    let context = use_app_context();
    let explanation = match &props.failure {
        LoadFailure::Network => context.text("load-error-network"),
        LoadFailure::Missing => context.text_with(
            "load-error-missing",
            &[("pack", props.pack_id.as_str().into())],
        ),
        LoadFailure::Broken(_) => context.text("load-error-broken"),
        LoadFailure::Damaged(detail) => {
            context.text_with("load-error-damaged", &[("detail", detail.as_str().into())])
        }
    };
    let problems = match &props.failure {
        LoadFailure::Broken(problems) => pack_problem_list(&context, problems),
        _ => Html::default(),
    };
    let on_retry = props.on_retry.reform(|_: MouseEvent| ());
    html! {
        <section class="load-problem" role="alert">
            <h2>{ context.text("load-error-title") }</h2>
            <p>{ explanation }</p>
            { problems }
            <button type="button" onclick={on_retry}>{ context.text("try-again") }</button>
        </section>
    }
}

/// The explanation and retry button for the pack `pack_id` that did not load.
pub fn pack_problem(context: &AppContext, pack_id: &str, failure: LoadFailure) -> Html {
    let retry_context = context.clone();
    let retry_pack_id = pack_id.to_owned();
    let on_retry = Callback::from(move |_| request_pack(&retry_context, &retry_pack_id));
    html! { <LoadProblem {failure} pack_id={pack_id.to_owned()} {on_retry} /> }
}
