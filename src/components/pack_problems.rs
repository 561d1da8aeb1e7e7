//! A pack's problems as a list a teacher can act on: each with its file,
//! line and column, in the interface language.

use engine::pack::checks::localize;
use engine::pack::PackError;
use yew::prelude::*;

use crate::context::AppContext;

/// The problems of a pack, one item each.
pub fn pack_problem_list(context: &AppContext, problems: &[PackError]) -> Html {
    html! {
        <ul class="pack-problems">
            { for problems.iter().map(|problem| html! {
                <li>
                    <code class="problem-place">{ problem.place() }</code>
                    { " " }
                    <span>{ localize(&context.localizer, &problem.message) }</span>
                </li>
            }) }
        </ul>
    }
}
