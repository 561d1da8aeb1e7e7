//! Reading an animation lesson's checks (`state`, `frame`): the frame, the
//! scripted input (each entry parsed, a mistake reported at its place), the
//! condition (which must compile as a Python expression), and the check only
//! in a lesson of kind `animation`.

use super::format::LessonKind;
use super::load::Loader;
use super::read::{SourceFile, Value};
use super::CheckKind;
use crate::worlds::canvas::{InputScript, LARGEST_SCRIPT_FRAME};

/// How far apart two corners may be, in pixels, when a frame check does not say.
pub const DEFAULT_FRAME_TOLERANCE: f64 = 1.0;

impl Loader {
    /// A `state` or `frame` check (`kind` names which).
    pub(super) fn animation_check(
        &mut self,
        file: SourceFile<'_>,
        value: &Value<'_>,
        kind: &str,
        lesson_kind: LessonKind,
    ) -> Option<CheckKind> {
        let allowed: &[&str] = match kind {
            "state" => &["kind", "frame", "events", "condition", "message"],
            _ => &["kind", "frame", "events", "tolerance", "colors"],
        };
        let table = self.reader.table(file, value, allowed)?;
        if lesson_kind != LessonKind::Animation {
            self.report(
                file,
                value,
                "pack-error-check-needs-animation",
                &[("kind", kind)],
            );
            return None;
        }
        let Some(frame_value) = table.get("frame") else {
            self.reader.missing(file, table.start, "frame");
            return None;
        };
        let frame = self.reader.number(file, frame_value)?;
        if !(1..=LARGEST_SCRIPT_FRAME).contains(&frame) {
            self.report(
                file,
                frame_value,
                "pack-error-bad-frame",
                &[("largest", &LARGEST_SCRIPT_FRAME.to_string())],
            );
            return None;
        }
        let mut input = Vec::new();
        if let Some(input_value) = table.get("events") {
            for entry in self.reader.list(file, input_value)? {
                input.push((self.reader.text(file, entry)?, entry));
            }
            if let Err(error) = InputScript::parse(input.iter().map(|(text, _)| text.as_str())) {
                let (_, entry) = input[error.entry];
                self.report(
                    file,
                    entry,
                    "pack-error-bad-input-entry",
                    &[("entry", &error.text)],
                );
                return None;
            }
        }
        let input: Vec<String> = input.into_iter().map(|(text, _)| text).collect();
        if kind == "state" {
            let Some(condition_value) = table.get("condition") else {
                self.reader.missing(file, table.start, "condition");
                return None;
            };
            let condition = self.reader.text(file, condition_value)?;
            if condition.trim().is_empty()
                || condition.contains('\n')
                || !self.compiles(&format!("({condition}\n)\n"))
            {
                self.report(
                    file,
                    condition_value,
                    "pack-error-bad-condition",
                    &[("condition", &condition)],
                );
                return None;
            }
            let message = match table.get("message") {
                Some(message_value) => self.localized_value(file, message_value, "message"),
                None => Default::default(),
            };
            return Some(CheckKind::State {
                frame,
                input,
                condition,
                message,
            });
        }
        let tolerance = match table.get("tolerance") {
            Some(tolerance_value) => {
                let tolerance = self.reader.decimal(file, tolerance_value)?;
                if tolerance <= 0.0 || tolerance > 100.0 {
                    self.report(file, tolerance_value, "pack-error-bad-tolerance", &[]);
                    return None;
                }
                tolerance
            }
            None => DEFAULT_FRAME_TOLERANCE,
        };
        let colors = match table.get("colors") {
            Some(colors) => self.reader.boolean(file, colors)?,
            None => false,
        };
        Some(CheckKind::Frame {
            frame,
            input,
            tolerance,
            colors,
        })
    }
}
