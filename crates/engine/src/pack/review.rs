//! The teacher's check of a whole pack, beyond what loading checks: every
//! reference solution passes every check of its lesson, no starter code
//! does (else the lesson teaches nothing), and the Markdown has nothing that
//! would be dropped when shown (raw HTML, unsafe links, images from elsewhere).

use super::checks::{check_code, CheckOutcome, CheckReport};
use super::error::message;
use super::{Lesson, Pack, PackError};
use crate::markdown::{parse_markdown, MarkdownWarning};

/// What the review of a pack found.
#[derive(Clone, Debug, PartialEq)]
pub struct PackReview {
    /// Problems, each with its file and, when known, line.
    pub problems: Vec<PackError>,
    /// Each lesson's id with the report of its reference solution.
    pub solutions: Vec<(String, CheckReport)>,
}

impl PackReview {
    /// Whether the pack is fit to hand out.
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Reviews a loaded pack: runs every reference solution and starter code
/// through the lesson's checks and reads every Markdown text.
pub fn review_pack(pack: &Pack) -> PackReview {
    let mut review = PackReview {
        problems: Vec::new(),
        solutions: Vec::new(),
    };
    for lesson in &pack.lessons {
        let (problems, report) = review_lesson(lesson);
        review.problems.extend(problems);
        review.solutions.push((lesson.id.clone(), report));
    }
    review
}

/// Reviews one lesson (so a page can review a pack a lesson at a time): its
/// problems, and the report of its reference solution.
pub fn review_lesson(lesson: &Lesson) -> (Vec<PackError>, CheckReport) {
    let mut problems = Vec::new();
    let problem = |id: &'static str, arguments: &[(&'static str, &str)]| PackError {
        file: lesson.file.clone(),
        line: None,
        column: None,
        message: message(id, arguments),
    };
    let report = check_code(lesson, &lesson.solution);
    if let Some(index) = report
        .results
        .iter()
        .position(|result| result.outcome != CheckOutcome::Passed)
    {
        let mut error = problem(
            "pack-error-solution-fails",
            &[("lesson", &lesson.id), ("check", &(index + 1).to_string())],
        );
        error.line = report.results[index].check.line;
        problems.push(error);
    }
    if check_code(lesson, &lesson.starter_code).passed() {
        problems.push(problem(
            "pack-error-starter-passes",
            &[("lesson", &lesson.id)],
        ));
    }
    let texts = lesson
        .instructions
        .texts()
        .chain(lesson.hints.iter().flat_map(|hint| hint.texts()));
    for (language, text) in texts {
        let (_, warnings) = parse_markdown(text);
        for warning in warnings {
            let (id, detail) = match &warning {
                MarkdownWarning::RawHtml { .. } => ("pack-error-raw-html", String::new()),
                MarkdownWarning::UnsafeLink { target, .. } => {
                    ("pack-error-unsafe-link", target.clone())
                }
                MarkdownWarning::ImageOutsidePack { source, .. } => {
                    ("pack-error-image-outside-pack", source.clone())
                }
            };
            problems.push(problem(
                id,
                &[
                    ("lesson", &lesson.id),
                    ("language", language.code()),
                    ("detail", &detail),
                ],
            ));
        }
    }
    (problems, report)
}
