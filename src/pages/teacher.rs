//! The teacher's page (no login: just a page of the app): assign a pack to a
//! class as a link or a file, then open the pupils' hand-in files into a
//! class table whose every solved claim is checked again, and export it as
//! CSV. Nothing is sent anywhere: files move only when a person saves or
//! opens them.

use std::cell::RefCell;
use std::rc::Rc;

use engine::classroom::assignment::{class_list, Assignment};
use engine::classroom::class_table::{class_csv, ClassTable, Recheck, Rechecking};
use engine::classroom::hand_in::HandIn;
use engine::pack::Pack;
use engine::progress::LessonState;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::markdown_view::highlighted_python;
use crate::context::{use_app_context, AppContext};
use crate::pages::pack::state_icon;
use crate::services::animation_frame::{now_milliseconds, AnimationFrame};
use crate::services::classroom::{keep_hand_ins, kept_hand_ins};
use crate::services::files::read_picked_files;
use crate::services::packs::{ensure_pack, ensure_pack_index, imported_files};
use crate::services::progress::save_text_file;
use crate::services::storage::LocalStore;
use crate::state::Loadable;

/// Units of checking work per step while claims are checked again.
const RECHECK_FUEL_PER_STEP: u64 = 20_000;

/// How long one animation frame may spend checking, in milliseconds, so the
/// page stays responsive on an old computer.
const RECHECK_MILLISECONDS_PER_FRAME: f64 = 8.0;

/// The class table under way: the table, its re-checking and the frame
/// that drives it.
struct Review {
    pack_id: String,
    table: ClassTable,
    rechecking: Rechecking,
    frame: Option<AnimationFrame>,
    /// The files that could not be opened, with why.
    refused: Vec<(String, String)>,
}

type SharedReview = Rc<RefCell<Review>>;

/// Re-checks a slice of claims per animation frame until none is pending.
fn drive_rechecking(review: &SharedReview, pack: Rc<Pack>, redraw: Callback<()>) {
    let next = {
        let review = Rc::clone(review);
        let pack = Rc::clone(&pack);
        let redraw = redraw.clone();
        move || {
            let done = {
                let mut state = review.borrow_mut();
                let Review {
                    table, rechecking, ..
                } = &mut *state;
                // Steps until the frame's time is used: each step starts a
                // claim's checking or does a slice of its work.
                let started = now_milliseconds();
                loop {
                    if rechecking.step(table, &pack, RECHECK_FUEL_PER_STEP) {
                        break true;
                    }
                    if now_milliseconds() - started > RECHECK_MILLISECONDS_PER_FRAME {
                        break false;
                    }
                }
            };
            redraw.emit(());
            if !done {
                drive_rechecking(&review, pack, redraw);
            }
        }
    };
    review.borrow_mut().frame = AnimationFrame::request(next);
}

/// The page.
#[function_component(TeacherPage)]
pub fn teacher_page() -> Html {
    let context = use_app_context();
    let chosen_pack = use_state(String::new);
    let class_name = use_node_ref();
    let pupils = use_node_ref();
    let assignment = use_state(|| None::<Assignment>);
    let shown_cell = use_state(|| None::<(usize, String)>);
    let redraw = use_force_update();
    let review: SharedReview = use_mut_ref(|| Review {
        pack_id: String::new(),
        table: ClassTable::new(""),
        rechecking: Rechecking::new(),
        frame: None,
        refused: Vec::new(),
    });
    let mut pack_ids: Vec<String> = match &context.app_state().pack_index {
        Loadable::Loaded(index) => index.packs.clone(),
        _ => Vec::new(),
    };
    pack_ids.extend(context.app_state().imported_pack_ids.iter().cloned());
    {
        let context = context.clone();
        use_effect_with(pack_ids.clone(), move |pack_ids| {
            ensure_pack_index(&context);
            for pack_id in pack_ids {
                ensure_pack(&context, pack_id);
            }
        });
    }
    let pack = match context.app_state().pack(&chosen_pack) {
        Loadable::Loaded(pack) => Some(Rc::clone(pack)),
        _ => None,
    };
    // The kept table of the chosen pack, once the pack is here.
    {
        let (review, redraw) = (review.clone(), redraw.clone());
        let pack = pack.clone();
        use_effect_with(pack.as_ref().map(|pack| pack.id.clone()), move |_| {
            if let Some(pack) = pack {
                let mut table = ClassTable::new(&pack.id);
                for hand_in in kept_hand_ins(&pack.id) {
                    let _ = table.add(hand_in, &pack);
                }
                {
                    let mut state = review.borrow_mut();
                    state.pack_id = pack.id.clone();
                    state.table = table;
                    state.rechecking = Rechecking::new();
                    state.refused.clear();
                }
                drive_rechecking(
                    &review,
                    pack,
                    Callback::from(move |()| redraw.force_update()),
                );
            }
        });
    }

    let options = pack_ids.iter().map(|pack_id| {
        let title = match context.app_state().pack(pack_id) {
            Loadable::Loaded(pack) => pack.title.pick(context.language(), pack.default_language).0.to_owned(),
            _ => pack_id.clone(),
        };
        html! { <option value={pack_id.clone()} selected={*chosen_pack == *pack_id}>{ title }</option> }
    });
    let on_pack = {
        let (chosen_pack, assignment) = (chosen_pack.clone(), assignment.clone());
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<HtmlSelectElement>() {
                chosen_pack.set(select.value());
                assignment.set(None);
            }
        })
    };
    let on_assign = {
        let (assignment, class_name, pupils) =
            (assignment.clone(), class_name.clone(), pupils.clone());
        let pack = pack.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(pack) = &pack else {
                return;
            };
            let class = class_name
                .cast::<HtmlInputElement>()
                .map(|input| input.value())
                .unwrap_or_default();
            let list = pupils
                .cast::<HtmlTextAreaElement>()
                .map(|area| area.value())
                .unwrap_or_default();
            // A teacher's own pack travels inside the assignment.
            let pack_files = imported_files(&LocalStore::open(), &pack.id)
                .map(|files| {
                    let mut all = files.lessons;
                    all.insert("pack.toml".to_owned(), files.manifest);
                    all
                })
                .unwrap_or_default();
            assignment.set(Some(Assignment {
                pack_id: pack.id.clone(),
                pack_version: pack.version.clone(),
                class_name: engine::classroom::hand_in::tidy_name(&class),
                pupils: class_list(&list),
                pack_files,
            }));
        })
    };
    let assignment_view = (*assignment)
        .as_ref()
        .map(|assignment| assignment_result(&context, assignment));
    let on_files = {
        let (context, review, redraw) = (context.clone(), review.clone(), redraw.clone());
        let pack = pack.clone();
        Callback::from(move |event: Event| {
            let (Some(input), Some(pack)) =
                (event.target_dyn_into::<HtmlInputElement>(), pack.clone())
            else {
                return;
            };
            let (context, review, redraw) = (context.clone(), review.clone(), redraw.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let picked = read_picked_files(&input).await.unwrap_or_default();
                input.set_value("");
                {
                    let mut state = review.borrow_mut();
                    state.refused.clear();
                    for (name, text) in picked {
                        match HandIn::from_file_text(&text) {
                            Ok(hand_in) => {
                                if state.table.add(hand_in, &pack).is_err() {
                                    state
                                        .refused
                                        .push((name, context.text("hand-in-other-pack")));
                                }
                            }
                            Err(problem) => state
                                .refused
                                .push((name, context.text(problem.message_id()))),
                        }
                    }
                    let kept: Vec<&HandIn> =
                        state.table.rows.iter().map(|row| &row.hand_in).collect();
                    if keep_hand_ins(&pack.id, &kept).is_err() {
                        let text = context.text("class-not-kept");
                        state.refused.push((String::new(), text));
                    }
                }
                drive_rechecking(
                    &review,
                    pack,
                    Callback::from(move |()| redraw.force_update()),
                );
            });
        })
    };
    let table_view = pack.as_ref().map(|pack| {
        let state = review.borrow();
        if state.pack_id != pack.id {
            return Html::default();
        }
        class_table_view(&context, pack, &state, &shown_cell, &review)
    });

    html! {
        <div class="page teacher-page">
            <h1>{ context.text("teacher-title") }</h1>
            <p class="hint">{ context.text("teacher-intro") }</p>
            <label for="teacher-pack">{ context.text("teacher-pack") }</label>
            <select id="teacher-pack" onchange={on_pack}>
                <option value="" selected={chosen_pack.is_empty()}>{ context.text("teacher-pick-pack") }</option>
                { for options }
            </select>
            if pack.is_some() {
                <section aria-labelledby="teacher-assign">
                    <h2 id="teacher-assign">{ context.text("teacher-assign") }</h2>
                    <form class="assign-form" onsubmit={on_assign}>
                        <label for="class-name">{ context.text("teacher-class-name") }</label>
                        <input id="class-name" type="text" maxlength="60" ref={class_name} />
                        <label for="class-list">{ context.text("teacher-class-list") }</label>
                        <textarea id="class-list" rows="8" ref={pupils} />
                        <button type="submit">{ context.text("teacher-make-assignment") }</button>
                    </form>
                    { for assignment_view }
                </section>
                <section aria-labelledby="teacher-review">
                    <h2 id="teacher-review">{ context.text("teacher-review") }</h2>
                    <label class="button file-button">
                        { context.text("teacher-open-hand-ins") }
                        <input type="file" id="hand-in-files" accept=".json,application/json" multiple=true onchange={on_files} />
                    </label>
                    { for table_view }
                </section>
            }
        </div>
    }
}

/// The link and the file of a made assignment.
fn assignment_result(context: &AppContext, assignment: &Assignment) -> Html {
    let address = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default();
    let link = format!("{address}#/assignment/{}", assignment.to_link_data());
    let file_text = assignment.to_file_text();
    let file_name = format!("bastau-assignment-{}.json", assignment.pack_id);
    let save = Callback::from(move |_: MouseEvent| {
        let _ = save_text_file(&file_name, &file_text);
    });
    let select_all = Callback::from(|event: FocusEvent| {
        if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
            input.select();
        }
    });
    html! {
        <div class="assignment-result" role="status">
            <label for="assignment-link">{ context.text("teacher-assignment-link") }</label>
            <input id="assignment-link" type="text" readonly=true value={link} onfocus={select_all} />
            <button type="button" class="save-assignment" onclick={save}>{ context.text("teacher-save-assignment") }</button>
            <p class="hint">{ context.text("teacher-assignment-hint") }</p>
        </div>
    }
}

/// The class table: a row per pupil, a column per lesson, each cell the
/// claimed state and, where the re-check disagrees, a warning; a click shows
/// the code.
fn class_table_view(
    context: &AppContext,
    pack: &Rc<Pack>,
    review: &Review,
    shown_cell: &UseStateHandle<Option<(usize, String)>>,
    shared: &SharedReview,
) -> Html {
    let language = context.language();
    let table = &review.table;
    let refused = review.refused.iter().map(|(name, why)| {
        html! { <li>{ if name.is_empty() { why.clone() } else { format!("{name}: {why}") } }</li> }
    });
    let pending = table.pending();
    let headers = pack.lessons.iter().map(|lesson| {
        html! { <th scope="col">{ lesson.title.pick(language, pack.default_language).0.to_owned() }</th> }
    });
    let rows = table.rows.iter().enumerate().map(|(row_index, row)| {
        let version_note = row.other_pack_version(pack).then(|| {
            html! { <span class="other-version">{ context.text_with("teacher-other-version", &[("version", row.hand_in.pack_version.as_str().into())]) }</span> }
        });
        let cells = pack.lessons.iter().map(|lesson| {
            let (state, recheck) = row.cell(&lesson.id);
            let disagrees = matches!(recheck, Recheck::Failed | Recheck::UnknownLesson);
            let show = {
                let shown_cell = shown_cell.clone();
                let lesson_id = lesson.id.clone();
                Callback::from(move |_: MouseEvent| shown_cell.set(Some((row_index, lesson_id.clone()))))
            };
            let class = classes!(
                "class-cell",
                match state {
                    LessonState::NotStarted => "not-started",
                    LessonState::InProgress => "in-progress",
                    LessonState::Solved => "solved",
                },
                disagrees.then_some("disagreement"),
                (recheck == Recheck::Passed).then_some("confirmed"),
            );
            html! {
                <td {class} data-lesson={lesson.id.clone()}>
                    <button type="button" class="link-button" onclick={show}>
                        <span aria-hidden="true">{ state_icon(state) }</span>
                        { context.text(state.message_id()) }
                        if disagrees { <span class="recheck-failed">{ " ⚠ " }{ context.text("class-recheck-failed") }</span> }
                        if recheck == Recheck::Pending { <span class="recheck-pending">{ " … " }{ context.text("class-recheck-pending") }</span> }
                        if recheck == Recheck::Passed { <span class="recheck-confirmed">{ " ✔ " }{ context.text("class-recheck-confirmed") }</span> }
                    </button>
                </td>
            }
        });
        html! {
            <tr data-pupil={row.hand_in.pupil.clone()}>
                <th scope="row">{ row.hand_in.pupil.clone() }{ for version_note }</th>
                { for cells }
                <td class="confirmed-count">{ row.confirmed_solved() }</td>
            </tr>
        }
    });
    let details = (**shown_cell).as_ref().and_then(|(row_index, lesson_id)| {
        let row = table.rows.get(*row_index)?;
        let lesson = row.hand_in.lesson(lesson_id);
        let code =
            lesson.and_then(|lesson| lesson.solved_code.clone().or_else(|| lesson.code.clone()));
        let title = pack.lesson(lesson_id).map_or(lesson_id.clone(), |found| {
            found
                .title
                .pick(language, pack.default_language)
                .0
                .to_owned()
        });
        Some(html! {
            <div class="class-cell-details" role="region" aria-label={title.clone()}>
                <h3>{ format!("{} · {}", row.hand_in.pupil, title) }</h3>
                <p>{ context.text_with("teacher-cell-facts", &[
                    ("attempts", lesson.map_or(0, |lesson| lesson.attempts as usize).into()),
                    ("hints", lesson.map_or(0, |lesson| lesson.hints_shown as usize).into()),
                ]) }</p>
                if let Some(code) = code {
                    <pre class="code-block"><code>{ highlighted_python(&code) }</code></pre>
                }
            </div>
        })
    });
    let csv = {
        let (context, pack, shared) = (context.clone(), Rc::clone(pack), Rc::clone(shared));
        Callback::from(move |_: MouseEvent| {
            let text = class_csv(&shared.borrow().table, &pack, &context.localizer);
            let _ = save_text_file(&format!("class-{}.csv", pack.id), &text);
        })
    };
    let clear = {
        let (shared, pack_id, shown_cell) =
            (Rc::clone(shared), pack.id.clone(), shown_cell.clone());
        Callback::from(move |_: MouseEvent| {
            let _ = keep_hand_ins(&pack_id, &[]);
            shared.borrow_mut().table = ClassTable::new(&pack_id);
            shown_cell.set(None);
        })
    };
    html! {
        <>
            if !review.refused.is_empty() {
                <ul class="warning refused-hand-ins" role="alert">{ for refused }</ul>
            }
            if pending > 0 {
                <p class="loading" role="status">{ context.text_with("teacher-rechecking", &[("count", pending.into())]) }</p>
            }
            if !table.rows.is_empty() {
                <div class="class-table-frame">
                    <table class="class-table">
                        <thead><tr>
                            <th scope="col">{ context.text("class-csv-pupil") }</th>
                            { for headers }
                            <th scope="col">{ context.text("class-csv-solved") }</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
                { for details }
                <p>
                    <button type="button" class="download-csv" onclick={csv}>{ context.text("teacher-download-csv") }</button>
                    <button type="button" class="link-button clear-class" onclick={clear}>{ context.text("teacher-clear") }</button>
                </p>
            }
        </>
    }
}
