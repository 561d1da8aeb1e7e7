//! `from canvas import *`: drawing frame by frame on a canvas, in the way of
//! Processing and p5.js (y points down from the top-left corner, angles are
//! in degrees as the turtle's). What is drawn goes to the VM's
//! [`CanvasWorld`] as shapes with their style and transform applied; the
//! frames themselves are driven by the host (`vm/canvas_frames.rs`).
//!
//! [`CANVAS_NAMES`] is the one table of the drawing commands with the
//! Kazakh and Russian names pupils may type; [`CANVAS_VARIABLES`] are the
//! values the host changes between frames (`mouse_x`, `key`...).

use super::super::super::super::worlds::canvas::{
    CanvasColor, CanvasWorld, ShapeKind, Transform, LARGEST_SIZE, MAXIMUM_FRAME_SHAPES,
};
use super::super::super::super::worlds::turtle::{color_from_text, Color};
use super::super::call::{Arguments, CallOutcome};
use super::super::error::{Explanation, PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::types::TypeId;
use super::super::value::Value;
use super::arguments::positional;
use super::BuiltinFunction;

use BuiltinFunction as B;

/// Every drawing command with its Kazakh and Russian names.
pub const CANVAS_NAMES: &[(BuiltinFunction, &[&str])] = &[
    (B::CanvasSize, &["өлшем", "размер"]),
    (B::CanvasBackground, &["фон"]),
    (B::CanvasFill, &["толтыру", "заливка"]),
    (B::CanvasNoFill, &["толтырмау", "без_заливки"]),
    (B::CanvasStroke, &["сызық_түсі", "цвет_линии"]),
    (B::CanvasNoStroke, &["сызықсыз", "без_контура"]),
    (B::CanvasStrokeWeight, &["сызық_жуандығы", "толщина_линии"]),
    (B::CanvasLine, &["сызық", "линия"]),
    (B::CanvasRect, &["тіктөртбұрыш", "прямоугольник"]),
    (B::CanvasEllipse, &["эллипс"]),
    (
        B::CanvasCircle,
        &["шеңбер", "дөңгелек", "круг", "окружность"],
    ),
    (B::CanvasTriangle, &["үшбұрыш", "треугольник"]),
    (B::CanvasPolygon, &["көпбұрыш", "многоугольник"]),
    (B::CanvasPoint, &["нүкте", "точка"]),
    (B::CanvasArc, &["доға", "дуга"]),
    (B::CanvasText, &["мәтін", "текст"]),
    (B::CanvasTextSize, &["мәтін_өлшемі", "размер_текста"]),
    (B::CanvasPush, &[]),
    (B::CanvasPop, &[]),
    (B::CanvasTranslate, &["жылжыт", "сдвинуть"]),
    (B::CanvasRotate, &["бұр", "повернуть"]),
    (B::CanvasScale, &["масштаб"]),
    (B::CanvasFrameRate, &[]),
    (B::CanvasMillis, &[]),
    (B::CanvasKeyIsDown, &[]),
    (B::CanvasNoLoop, &[]),
];

/// The values the host changes between frames, as the module's attributes.
pub const CANVAS_VARIABLES: &[&str] = &[
    "width",
    "height",
    "frame_count",
    "mouse_x",
    "mouse_y",
    "pmouse_x",
    "pmouse_y",
    "mouse_pressed",
    "key",
    "key_pressed",
];

/// The canvas command called `name` (any of its names).
pub fn canvas_command(name: &str) -> Option<BuiltinFunction> {
    CANVAS_NAMES.iter().find_map(|(function, aliases)| {
        (function.name() == name || aliases.contains(&name)).then_some(*function)
    })
}

/// Every name of every canvas command.
pub fn canvas_module_names() -> impl Iterator<Item = &'static str> {
    CANVAS_NAMES.iter().flat_map(|(function, aliases)| {
        std::iter::once(function.name()).chain(aliases.iter().copied())
    })
}

/// A clamped colour part: numbers beyond 0..255 stop at the ends, as in
/// Processing, so a colour computed from `frame_count` never fails.
fn color_part(number: f64) -> u8 {
    if number.is_nan() {
        0
    } else {
        number.round().clamp(0.0, 255.0) as u8
    }
}

impl Vm {
    /// The canvas (made when the program imports `canvas`).
    pub(crate) fn canvas_mut(&mut self) -> &mut CanvasWorld {
        self.canvas.get_or_insert_with(CanvasWorld::new)
    }

    /// What the program has drawn, if it uses `canvas`.
    pub fn canvas_world(&self) -> Option<&CanvasWorld> {
        self.canvas.as_ref()
    }

    /// The value of one of [`CANVAS_VARIABLES`] now.
    pub(crate) fn canvas_variable(&mut self, name: &str) -> PythonResult<Option<Value>> {
        let world = self.canvas_mut();
        let value = match name {
            "width" => Value::Int(i64::from(world.width)),
            "height" => Value::Int(i64::from(world.height)),
            "frame_count" => Value::Int(world.frame_count as i64),
            "mouse_x" => Value::Float(world.mouse.0),
            "mouse_y" => Value::Float(world.mouse.1),
            "pmouse_x" => Value::Float(world.previous_mouse.0),
            "pmouse_y" => Value::Float(world.previous_mouse.1),
            "mouse_pressed" => Value::Bool(world.mouse_pressed),
            "key_pressed" => Value::Bool(world.key_is_pressed()),
            "key" => {
                let key = world.key.clone();
                return self.new_str(key).map(Some);
            }
            _ => return Ok(None),
        };
        Ok(Some(value))
    }

    /// A finite number for a canvas or rover command (a TypeError naming the
    /// command otherwise, a ValueError for infinity and nan).
    pub(super) fn finite_number(&self, value: Value, command: &str) -> PythonResult<f64> {
        let number = self.float_argument(value).map_err(|_| {
            PythonError::type_error(format!(
                "{command}() needs a number, not '{}'",
                self.type_name(value)
            ))
            .explained(
                Explanation::new("python-runtime-turtle-needs-number")
                    .with("command", command)
                    .with("type", self.type_name(value)),
            )
        })?;
        if number.is_finite() {
            Ok(number)
        } else {
            Err(PythonError::value_error(format!(
                "{command}() needs a finite number, not {number}"
            ))
            .explained(
                Explanation::new("python-runtime-canvas-not-finite").with("command", command),
            ))
        }
    }

    /// `count` numbers from `values`.
    fn canvas_numbers(&self, values: &[Value], command: &str) -> PythonResult<Vec<f64>> {
        values
            .iter()
            .map(|value| self.finite_number(*value, command))
            .collect()
    }

    /// A colour: a name (`"red"`, `"қызыл"`), `"#rrggbb"`, a grey from 0 to
    /// 255, three or four numbers from 0 to 255 (red, green, blue, opacity),
    /// or those numbers in a tuple; a name or a grey may be followed by an
    /// opacity.
    fn canvas_color(&mut self, values: &[Value], command: &str) -> PythonResult<CanvasColor> {
        let bad_color = |vm: &mut Vm, values: &[Value]| -> PythonError {
            let shown: Vec<String> = values
                .iter()
                .map(|value| vm.repr(*value).unwrap_or_default())
                .collect();
            let shown = shown.join(", ");
            PythonError::value_error(format!("{command}(): bad colour {shown}"))
                .explained(Explanation::new("python-runtime-canvas-bad-color").with("color", shown))
        };
        if let [single] = values {
            if let Some(text) = self.str_text(*single) {
                let text = text.to_owned();
                return color_from_text(&text)
                    .map(CanvasColor::opaque)
                    .ok_or_else(|| bad_color(self, values));
            }
            if matches!(single, Value::Object(_)) {
                let items = self.collect_items_running(*single)?;
                if (3..=4).contains(&items.len()) {
                    return self.canvas_color(&items, command);
                }
                return Err(bad_color(self, values));
            }
        }
        let (color, alpha) = match values {
            [first, alpha] if self.str_text(*first).is_some() => {
                let color = self.canvas_color(&[*first], command)?;
                (color.color, self.finite_number(*alpha, command)?)
            }
            [grey] | [grey, _] => {
                let grey = color_part(self.finite_number(*grey, command)?);
                let alpha = match values.get(1) {
                    Some(alpha) => self.finite_number(*alpha, command)?,
                    None => 255.0,
                };
                (Color::new(grey, grey, grey), alpha)
            }
            [red, green, blue] | [red, green, blue, _] => {
                let parts = self.canvas_numbers(&[*red, *green, *blue], command)?;
                let alpha = match values.get(3) {
                    Some(alpha) => self.finite_number(*alpha, command)?,
                    None => 255.0,
                };
                (
                    Color::new(
                        color_part(parts[0]),
                        color_part(parts[1]),
                        color_part(parts[2]),
                    ),
                    alpha,
                )
            }
            _ => return Err(bad_color(self, values)),
        };
        Ok(CanvasColor {
            color,
            alpha: color_part(alpha),
        })
    }

    /// Draws `kind` (a RuntimeError past the frame's limit of shapes).
    fn canvas_draw(&mut self, kind: ShapeKind) -> PythonResult<Value> {
        self.charge(4)?;
        let line = self.calling_line();
        if self.canvas_mut().draw(kind, line) {
            return Ok(Value::None);
        }
        Err(PythonError::new(
            TypeId::RuntimeError,
            format!("a frame may draw at most {MAXIMUM_FRAME_SHAPES} shapes"),
        )
        .explained(
            Explanation::new("python-runtime-canvas-too-many-shapes")
                .with("limit", MAXIMUM_FRAME_SHAPES.to_string()),
        ))
    }

    /// A point list for `polygon`: pairs `(x, y)`.
    fn canvas_points(&mut self, value: Value) -> PythonResult<Vec<(f64, f64)>> {
        let items = self.collect_items_running(value)?;
        let mut points = Vec::with_capacity(items.len());
        for item in items {
            let pair = self.collect_items_running(item)?;
            let [x, y] = pair.as_slice() else {
                return Err(
                    PythonError::type_error("polygon() needs a list of points (x, y)")
                        .explained(Explanation::new("python-runtime-canvas-bad-points")),
                );
            };
            points.push((
                self.finite_number(*x, "polygon")?,
                self.finite_number(*y, "polygon")?,
            ));
        }
        Ok(points)
    }

    /// A canvas command (`None` when `function` is not one).
    pub(super) fn call_canvas_function(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<Option<CallOutcome>> {
        match function {
            // After `no_loop()` the loop ends, unless a check keeps it open
            // (frames then come, and `draw()` is not called).
            B::CanvasNextFrame if !self.canvas_mut().looping && !self.canvas_keep_open => {
                return Ok(Some(CallOutcome::Return(Value::Bool(false))))
            }
            B::CanvasNextFrame => return Ok(Some(CallOutcome::WaitForFrame)),
            B::CanvasLooping => {
                let looping = self.canvas_mut().looping;
                return Ok(Some(CallOutcome::Return(Value::Bool(looping))));
            }
            B::CanvasNextEvent => {
                return self
                    .next_canvas_event()
                    .map(|value| Some(CallOutcome::Return(value)))
            }
            B::CanvasReport => {
                let value = positional(function.name(), arguments, 1, 1)?[0];
                return self
                    .report_probe(value)
                    .map(|value| Some(CallOutcome::Return(value)));
            }
            _ => {}
        }
        if !CANVAS_NAMES.iter().any(|(known, _)| *known == function) {
            return Ok(None);
        }
        let name = function.name();
        let count = |minimum: usize, maximum: usize| positional(name, arguments, minimum, maximum);
        let result = match function {
            B::CanvasSize => {
                let numbers = self.canvas_numbers(count(2, 2)?, name)?;
                let largest = f64::from(LARGEST_SIZE);
                if numbers
                    .iter()
                    .any(|number| *number < 1.0 || *number > largest)
                {
                    return Err(PythonError::value_error(format!(
                        "size() takes a width and a height from 1 to {LARGEST_SIZE}"
                    ))
                    .explained(
                        Explanation::new("python-runtime-canvas-bad-size")
                            .with("largest", LARGEST_SIZE.to_string()),
                    ));
                }
                self.canvas_mut()
                    .resize(numbers[0].round() as u32, numbers[1].round() as u32);
                self.publish_canvas_variables()?;
                Value::None
            }
            B::CanvasBackground => {
                let color = self.canvas_color(count(1, 4)?, name)?;
                self.canvas_draw(ShapeKind::Background(color))?
            }
            B::CanvasFill | B::CanvasStroke => {
                let color = self.canvas_color(count(1, 4)?, name)?;
                let style = &mut self.canvas_mut().style;
                if function == B::CanvasFill {
                    style.fill = Some(color);
                } else {
                    style.stroke = Some(color);
                }
                Value::None
            }
            B::CanvasNoFill | B::CanvasNoStroke => {
                count(0, 0)?;
                let style = &mut self.canvas_mut().style;
                if function == B::CanvasNoFill {
                    style.fill = None;
                } else {
                    style.stroke = None;
                }
                Value::None
            }
            B::CanvasStrokeWeight | B::CanvasTextSize => {
                let number = self.canvas_numbers(count(1, 1)?, name)?[0].clamp(0.0, 1000.0);
                let style = &mut self.canvas_mut().style;
                if function == B::CanvasStrokeWeight {
                    style.stroke_weight = number;
                } else {
                    style.text_size = number;
                }
                Value::None
            }
            B::CanvasLine => {
                let n = self.canvas_numbers(count(4, 4)?, name)?;
                self.canvas_draw(ShapeKind::Line {
                    from: (n[0], n[1]),
                    to: (n[2], n[3]),
                })?
            }
            B::CanvasRect | B::CanvasEllipse => {
                let n = self.canvas_numbers(count(3, 4)?, name)?;
                let (x, y, width) = (n[0], n[1], n[2]);
                let height = n.get(3).copied().unwrap_or(width);
                self.canvas_draw(if function == B::CanvasRect {
                    ShapeKind::Rect {
                        x,
                        y,
                        width,
                        height,
                    }
                } else {
                    ShapeKind::Ellipse {
                        x,
                        y,
                        width,
                        height,
                    }
                })?
            }
            B::CanvasCircle => {
                let n = self.canvas_numbers(count(3, 3)?, name)?;
                let diameter = 2.0 * n[2].abs();
                self.canvas_draw(ShapeKind::Ellipse {
                    x: n[0],
                    y: n[1],
                    width: diameter,
                    height: diameter,
                })?
            }
            B::CanvasTriangle => {
                let n = self.canvas_numbers(count(6, 6)?, name)?;
                self.canvas_draw(ShapeKind::Polygon {
                    points: vec![(n[0], n[1]), (n[2], n[3]), (n[4], n[5])],
                })?
            }
            B::CanvasPolygon => {
                let points = self.canvas_points(count(1, 1)?[0])?;
                self.charge(points.len() as u64)?;
                self.canvas_draw(ShapeKind::Polygon { points })?
            }
            B::CanvasPoint => {
                let n = self.canvas_numbers(count(2, 2)?, name)?;
                self.canvas_draw(ShapeKind::Point { x: n[0], y: n[1] })?
            }
            B::CanvasArc => {
                let n = self.canvas_numbers(count(6, 6)?, name)?;
                self.canvas_draw(ShapeKind::Arc {
                    x: n[0],
                    y: n[1],
                    width: n[2],
                    height: n[3],
                    start: n[4],
                    stop: n[5],
                })?
            }
            B::CanvasText => {
                let values = count(3, 4)?;
                let text = self.str_of(values[0])?;
                let n = self.canvas_numbers(&values[1..], name)?;
                self.charge(text.len() as u64 / 16)?;
                // A size given here is this text's only, as `text_size()` is for all.
                let kept_size = self.canvas_mut().style.text_size;
                if let Some(size) = n.get(2) {
                    self.canvas_mut().style.text_size = size.clamp(0.0, 1000.0);
                }
                let drawn = self.canvas_draw(ShapeKind::Text {
                    text,
                    x: n[0],
                    y: n[1],
                });
                self.canvas_mut().style.text_size = kept_size;
                drawn?
            }
            B::CanvasPush => {
                count(0, 0)?;
                if !self.canvas_mut().push() {
                    return Err(
                        PythonError::new(TypeId::RuntimeError, "push() nested too deep")
                            .explained(Explanation::new("python-runtime-canvas-push-too-deep")),
                    );
                }
                Value::None
            }
            B::CanvasPop => {
                count(0, 0)?;
                if !self.canvas_mut().pop() {
                    return Err(
                        PythonError::new(TypeId::RuntimeError, "pop() without push()")
                            .explained(Explanation::new("python-runtime-canvas-pop-without-push")),
                    );
                }
                Value::None
            }
            B::CanvasTranslate | B::CanvasRotate | B::CanvasScale => {
                let values = match function {
                    B::CanvasTranslate => count(2, 2)?,
                    B::CanvasRotate => count(1, 1)?,
                    _ => count(1, 2)?,
                };
                let n = self.canvas_numbers(values, name)?;
                let step = match function {
                    B::CanvasTranslate => Transform::translation(n[0], n[1]),
                    B::CanvasRotate => Transform::rotation(n[0]),
                    _ => Transform::scaling(n[0], n.get(1).copied().unwrap_or(n[0])),
                };
                let world = self.canvas_mut();
                world.transform = world.transform.then(step);
                Value::None
            }
            B::CanvasFrameRate => {
                let values = count(0, 1)?;
                if let Some(value) = values.first() {
                    let rate = self.finite_number(*value, name)?.clamp(1.0, 60.0);
                    self.canvas_mut().frame_rate = rate;
                }
                Value::Float(self.canvas_mut().frame_rate)
            }
            B::CanvasNoLoop => {
                count(0, 0)?;
                self.canvas_mut().looping = false;
                Value::None
            }
            B::CanvasMillis => {
                count(0, 0)?;
                Value::Int(self.canvas_mut().milliseconds.round() as i64)
            }
            B::CanvasKeyIsDown => {
                let values = count(1, 1)?;
                let Some(key) = self.str_text(values[0]).map(str::to_owned) else {
                    return Err(PythonError::type_error(format!(
                        "key_is_down() needs a key's name, not '{}'",
                        self.type_name(values[0])
                    )));
                };
                Value::Bool(self.canvas_mut().keys_down.contains(&key))
            }
            _ => return Ok(None),
        };
        Ok(Some(CallOutcome::Return(result)))
    }
}
