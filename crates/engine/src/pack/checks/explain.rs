//! A check's result in words: the Fluent message (`check-...` in
//! `lesson-packs.ftl`) that names each case and explains each failure to the
//! pupil. Hidden tests say what kind of mistake it was, never their data.

use super::{CheckOutcome, CheckResult, FrameDifference, PoseDifference, VariantFailure};
use crate::i18n::{Language, Localizer, MessageArgument};
use crate::pack::error::message;
use crate::pack::{CheckKind, RuleTarget};
use crate::python::vm::error::Explanation;
use crate::worlds::robot::GoalProblem;
use crate::worlds::rover::RoverProblem;

/// Each result's name as the pupil sees it: "Example 2", "Hidden test 1",
/// "Calling add(2, 3)", "Rule". Visible and hidden cases are counted apart.
pub fn case_labels(results: &[CheckResult]) -> Vec<Explanation> {
    let mut visible = 0;
    let mut hidden_count = 0;
    results
        .iter()
        .map(|result| match &result.check.kind {
            CheckKind::Output { hidden: true, .. } | CheckKind::Call { hidden: true, .. } => {
                hidden_count += 1;
                message("check-hidden", &[("number", &hidden_count.to_string())])
            }
            CheckKind::Output { .. } => {
                visible += 1;
                message("check-example", &[("number", &visible.to_string())])
            }
            CheckKind::Call {
                function,
                arguments,
                ..
            } => message(
                "check-call",
                &[("call", &format!("{function}({arguments})"))],
            ),
            CheckKind::Uses(_) | CheckKind::Avoids(_) | CheckKind::MaxLines(_) => {
                message("check-rule", &[])
            }
            CheckKind::Drawing { .. } => message("check-drawing", &[]),
            CheckKind::Pose { .. } => message("check-pose", &[]),
            CheckKind::Overlap { .. } => message("check-picture", &[]),
            CheckKind::Goal { .. } => message("check-goal", &[]),
            CheckKind::RoverGoal => message("check-rover-goal", &[]),
            CheckKind::State { frame, .. } | CheckKind::Frame { frame, .. } => {
                message("check-frame", &[("frame", &frame.to_string())])
            }
        })
        .collect()
}

/// What went wrong, for a result that did not pass (`None` when it passed).
pub fn outcome_explanation(result: &CheckResult) -> Option<Explanation> {
    let hidden = matches!(
        result.check.kind,
        CheckKind::Output { hidden: true, .. } | CheckKind::Call { hidden: true, .. }
    );
    Some(match &result.outcome {
        CheckOutcome::Passed => return None,
        CheckOutcome::NotValid { line, .. } => {
            message("check-not-valid", &[("line", &line.to_string())])
        }
        CheckOutcome::WrongOutput { .. } if hidden => message("check-wrong-output-hidden", &[]),
        CheckOutcome::WrongOutput {
            first_difference, ..
        } => message(
            "check-wrong-output",
            &[("line", &(first_difference + 1).to_string())],
        ),
        CheckOutcome::WrongResult {
            printed_instead: true,
            ..
        } => message("check-printed-instead", &[]),
        CheckOutcome::WrongResult { .. } | CheckOutcome::DidNotRaise { .. } if hidden => {
            message("check-wrong-result-hidden", &[])
        }
        CheckOutcome::WrongResult { got, expected, .. } => message(
            "check-wrong-result",
            &[("got", got), ("expected", expected)],
        ),
        CheckOutcome::DidNotRaise { got } => {
            let expected = match &result.check.kind {
                CheckKind::Call {
                    expected: crate::pack::CallExpectation::Raises(expected),
                    ..
                } => expected.as_str(),
                _ => "",
            };
            message(
                "check-did-not-raise",
                &[("expected", expected), ("got", got)],
            )
        }
        CheckOutcome::Failed { failure, .. } if failure.line == 0 => {
            message("check-failed-call", &[("error", &failure.headline())])
        }
        CheckOutcome::Failed {
            failure,
            outside_function,
        } => message(
            if *outside_function {
                "check-failed-outside"
            } else {
                "check-failed"
            },
            &[
                ("line", &failure.line.to_string()),
                ("error", &failure.headline()),
            ],
        ),
        CheckOutcome::MissingFunction => {
            let function = match &result.check.kind {
                CheckKind::Call { function, .. } => function.as_str(),
                _ => "",
            };
            message("check-missing-function", &[("function", function)])
        }
        CheckOutcome::TooMuchWork => message("check-too-much-work", &[]),
        CheckOutcome::NeedsMoreInput => message("check-needs-more-input", &[]),
        CheckOutcome::NotUsed => message("check-must-use", &[("what", &rule_words(result))]),
        CheckOutcome::Used { line } => message(
            "check-must-not-use",
            &[("what", &rule_words(result)), ("line", &line.to_string())],
        ),
        CheckOutcome::TooManyLines { lines } => {
            let limit = match result.check.kind {
                CheckKind::MaxLines(limit) => limit,
                _ => 0,
            };
            message(
                "check-too-many-lines",
                &[("lines", &lines.to_string()), ("limit", &limit.to_string())],
            )
        }
        CheckOutcome::DrawingDiffers {
            only_colors: true, ..
        } => message("check-drawing-colors-differ", &[]),
        CheckOutcome::DrawingDiffers { difference, .. } => message(
            "check-drawing-differs",
            &[
                ("missing", &difference.missing.len().to_string()),
                ("extra", &difference.extra.len().to_string()),
            ],
        ),
        CheckOutcome::PoseDiffers(PoseDifference::Place { expected, got }) => message(
            "check-pose-place",
            &[
                ("x", &short_number(expected.x)),
                ("y", &short_number(expected.y)),
                ("got_x", &short_number(got.x)),
                ("got_y", &short_number(got.y)),
            ],
        ),
        CheckOutcome::PoseDiffers(PoseDifference::Heading { expected, got }) => message(
            "check-pose-heading",
            &[
                ("heading", &short_number(*expected)),
                ("got", &short_number(*got)),
            ],
        ),
        CheckOutcome::PoseDiffers(PoseDifference::Pen { expected_down }) => message(
            "check-pose-pen",
            &[("down", if *expected_down { "yes" } else { "no" })],
        ),
        CheckOutcome::PictureDiffers { percent, needed } => message(
            "check-picture-differs",
            &[
                ("percent", &percent.to_string()),
                ("needed", &needed.to_string()),
            ],
        ),
        CheckOutcome::ReferenceFails => message("check-reference-fails", &[]),
        CheckOutcome::RobotFailed { variant, failure } => variant_explanation(*variant, failure),
        CheckOutcome::RoverFailed(problem) => rover_explanation(problem),
        CheckOutcome::NoAnimation { frames } => {
            message("check-no-animation", &[("frames", &frames.to_string())])
        }
        CheckOutcome::ConditionFalse { got } => {
            let CheckKind::State {
                frame,
                condition,
                message: teachers_words,
                ..
            } = &result.check.kind
            else {
                return Some(message("check-condition-false", &[]));
            };
            let mut explanation = message(
                if teachers_words.is_empty() {
                    "check-condition-false"
                } else {
                    "check-condition-false-message"
                },
                &[
                    ("frame", &frame.to_string()),
                    ("condition", condition),
                    ("got", got),
                ],
            );
            // Each language's words travel along; `localize` picks its own.
            for (language, text) in teachers_words.texts() {
                explanation = explanation.with(message_argument(language), text);
            }
            explanation
        }
        CheckOutcome::FrameDiffers(FrameDifference::Missing(shape)) => {
            message("check-frame-missing", &[("shape", shape)])
        }
        CheckOutcome::FrameDiffers(FrameDifference::Extra(shape)) => {
            message("check-frame-extra", &[("shape", shape)])
        }
        CheckOutcome::FrameDiffers(FrameDifference::Color(shape)) => {
            message("check-frame-color", &[("shape", shape)])
        }
    })
}

/// Why a robot program failed in world `variant` (one message, its
/// arguments gathered in one list: this is on the page's code path).
pub(super) fn variant_explanation(variant: u32, failure: &VariantFailure) -> Explanation {
    let mut numbers: Vec<(&'static str, u32)> = vec![("variant", variant)];
    let mut texts: Vec<(&'static str, String)> = Vec::new();
    let id = match failure {
        VariantFailure::Goal(GoalProblem::Items {
            x,
            y,
            expected,
            got,
        }) => {
            numbers.extend([("x", *x), ("y", *y), ("expected", *expected), ("got", *got)]);
            "check-robot-items"
        }
        VariantFailure::Goal(GoalProblem::RobotCell { expected, got }) => {
            numbers.extend([
                ("x", expected.0),
                ("y", expected.1),
                ("got_x", got.0),
                ("got_y", got.1),
            ]);
            "check-robot-cell"
        }
        VariantFailure::Goal(GoalProblem::Facing { expected, got }) => {
            texts.push(("direction", expected.name().to_owned()));
            texts.push(("got", got.name().to_owned()));
            "check-robot-facing"
        }
        VariantFailure::Goal(GoalProblem::Bag { expected, got }) => {
            numbers.push(("expected", *expected));
            texts.push((
                "got",
                got.map_or_else(|| String::from("unlimited"), |got| got.to_string()),
            ));
            "check-robot-bag"
        }
        VariantFailure::Crashed(failure) => {
            numbers.push(("line", failure.line));
            if failure.explanation.id == "python-runtime-robot-crash" {
                texts.extend(failure.explanation.arguments.iter().cloned());
                "check-robot-crash"
            } else {
                texts.push(("error", failure.headline()));
                "check-robot-error"
            }
        }
        VariantFailure::TooMuchWork => "check-robot-too-much-work",
        VariantFailure::NeedsMoreInput => "check-robot-needs-input",
        VariantFailure::NotValid { line } => {
            numbers = vec![("line", *line)];
            "check-not-valid"
        }
    };
    let mut explanation = Explanation::new(id);
    for (name, number) in numbers {
        explanation = explanation.with(name, number.to_string());
    }
    for (name, text) in texts {
        explanation = explanation.with(name, text);
    }
    explanation
}

/// A coordinate or angle for a sentence: one decimal at most (`100`, `-12.5`),
/// written with whole numbers (Rust's exact float formatting would add its
/// tables to the wasm for this one use).
fn short_number(number: f64) -> String {
    if !number.is_finite() {
        // As Python prints them.
        return String::from(if number.is_nan() {
            "nan"
        } else if number > 0.0 {
            "inf"
        } else {
            "-inf"
        });
    }
    let tenths = (number * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, tenth) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
    if tenth == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tenth}")
    }
}

/// The rule's subject, `construct:NAME` or `call:NAME`, which
/// [`localize`] words with `check-construct` or `check-function-call`.
fn rule_words(result: &CheckResult) -> String {
    match &result.check.kind {
        CheckKind::Uses(RuleTarget::Construct(construct))
        | CheckKind::Avoids(RuleTarget::Construct(construct)) => {
            format!("construct:{}", construct.name())
        }
        CheckKind::Uses(RuleTarget::Call(name)) | CheckKind::Avoids(RuleTarget::Call(name)) => {
            format!("call:{name}")
        }
        _ => String::new(),
    }
}

/// An explanation of this module in `localizer`'s language; a rule's subject
/// is worded first and put into the sentence.
pub fn localize(localizer: &Localizer, explanation: &Explanation) -> String {
    let teachers_words = [
        localizer.language(),
        Language::Russian,
        Language::English,
        Language::Kazakh,
    ]
    .into_iter()
    .find_map(|language| {
        let name = message_argument(language);
        explanation
            .arguments
            .iter()
            .find(|(argument, _)| *argument == name)
    })
    .map(|(_, text)| ("message", MessageArgument::from(text.as_str())));
    let arguments: Vec<(&str, MessageArgument)> = explanation
        .arguments
        .iter()
        .filter(|(name, _)| !name.starts_with("message_"))
        .map(|(name, value)| {
            let value = if *name == "what" {
                match value.split_once(':') {
                    Some(("construct", construct)) => localizer.text_with(
                        "check-construct",
                        &[("construct", MessageArgument::from(construct))],
                    ),
                    Some((_, function)) => localizer.text_with(
                        "check-function-call",
                        &[("name", MessageArgument::from(function))],
                    ),
                    None => value.clone(),
                }
            } else {
                value.clone()
            };
            (*name, MessageArgument::from(value.as_str()))
        })
        .chain(teachers_words)
        .collect();
    localizer.text_with(explanation.id, &arguments)
}

/// Why a wheeled robot's run does not meet its goal.
fn rover_explanation(problem: &RoverProblem) -> Explanation {
    let number = |value: f64| format!("{:.1}", value);
    match problem {
        RoverProblem::Touched { seconds } => {
            message("check-rover-touched", &[("seconds", &number(*seconds))])
        }
        RoverProblem::NotInZone { zone } => message("check-rover-not-in-zone", &[("zone", zone)]),
        RoverProblem::LeftTheLine { point, of } => message(
            "check-rover-left-line",
            &[("point", &point.to_string()), ("of", &of.to_string())],
        ),
        RoverProblem::FarFromWall { distance, allowed } => message(
            "check-rover-far-from-wall",
            &[
                ("distance", &number(*distance)),
                ("allowed", &number(*allowed)),
            ],
        ),
        RoverProblem::EndedElsewhere { expected, got } => message(
            "check-rover-ended-elsewhere",
            &[
                ("x", &number(expected.0)),
                ("y", &number(expected.1)),
                ("got_x", &number(got.0)),
                ("got_y", &number(got.1)),
            ],
        ),
    }
}

/// The argument carrying a teacher's words in `language`.
fn message_argument(language: Language) -> &'static str {
    match language {
        Language::Kazakh => "message_kk",
        Language::Russian => "message_ru",
        Language::English => "message_en",
    }
}
