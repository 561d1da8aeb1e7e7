//! Reading a turtle lesson's checks (`drawing`, `pose`, `overlap`): each
//! field with its range, and the check only in a lesson of kind `turtle`.

use super::format::LessonKind;
use super::load::Loader;
use super::read::{SourceFile, Value};
use super::{CheckKind, PoseExpectation};

/// How far apart two ends may be, in turtle steps, when a check does not say.
pub const DEFAULT_TOLERANCE: f64 = 1.0;

/// The share of an overlap check's pixels that must agree when it does not say.
pub const DEFAULT_OVERLAP: f64 = 0.95;

impl Loader {
    /// A `drawing`, `pose` or `overlap` check (`kind` names which).
    pub(super) fn turtle_check(
        &mut self,
        file: SourceFile<'_>,
        value: &Value<'_>,
        kind: &str,
        lesson_kind: LessonKind,
    ) -> Option<CheckKind> {
        let allowed: &[&str] = match kind {
            "drawing" => &["kind", "tolerance", "colors"],
            "pose" => &["kind", "x", "y", "heading", "pen_down", "tolerance"],
            _ => &["kind", "at_least", "colors"],
        };
        let table = self.reader.table(file, value, allowed)?;
        if lesson_kind != LessonKind::Turtle {
            self.report(
                file,
                value,
                "pack-error-check-needs-turtle",
                &[("kind", kind)],
            );
            return None;
        }
        let decimal = |loader: &mut Loader, field: &str| -> Result<Option<f64>, ()> {
            match table.get(field) {
                Some(field_value) => loader.reader.decimal(file, field_value).map(Some).ok_or(()),
                None => Ok(None),
            }
        };
        let tolerance = decimal(self, "tolerance").ok()?;
        let tolerance = match tolerance {
            Some(tolerance) if tolerance <= 0.0 || tolerance > 100.0 => {
                self.report(
                    file,
                    table.get("tolerance")?,
                    "pack-error-bad-tolerance",
                    &[],
                );
                return None;
            }
            Some(tolerance) => tolerance,
            None => DEFAULT_TOLERANCE,
        };
        let colors = |loader: &mut Loader, default: bool| match table.get("colors") {
            Some(colors) => loader.reader.boolean(file, colors),
            None => Some(default),
        };
        Some(match kind {
            "drawing" => CheckKind::Drawing {
                tolerance,
                colors: colors(self, false)?,
            },
            "pose" => {
                let pen_down = match table.get("pen_down") {
                    Some(pen_down) => Some(self.reader.boolean(file, pen_down)?),
                    None => None,
                };
                CheckKind::Pose {
                    expected: PoseExpectation {
                        x: decimal(self, "x").ok()?,
                        y: decimal(self, "y").ok()?,
                        heading: decimal(self, "heading").ok()?,
                        pen_down,
                    },
                    tolerance,
                }
            }
            _ => {
                let at_least = decimal(self, "at_least").ok()?.unwrap_or(DEFAULT_OVERLAP);
                if at_least <= 0.0 || at_least > 1.0 {
                    self.report(file, table.get("at_least")?, "pack-error-bad-overlap", &[]);
                    return None;
                }
                CheckKind::Overlap {
                    at_least,
                    colors: colors(self, true)?,
                }
            }
        })
    }
}
