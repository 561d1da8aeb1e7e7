//! The arguments of the turtle commands: numbers, points (`x, y`, a pair,
//! another turtle), colours (names, `#rrggbb`, 0..1 triples), speeds, and
//! positions given back as CPython's `Vec2D`.

use super::super::super::super::worlds::turtle::{color_from_text, Color, Point};
use super::super::call::{Arguments, CallOutcome};
use super::super::error::{Explanation, PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::types::TypeId;
use super::super::value::Value;
use super::arguments::positional;
use super::turtle_module::graphics_error;

impl Vm {
    /// A number for a turtle command (a TypeError naming the command otherwise).
    pub(super) fn turtle_number(&self, value: Value, name: &str) -> PythonResult<f64> {
        self.float_argument(value).map_err(|_| {
            PythonError::type_error(format!(
                "{name}() needs a number, not '{}'",
                self.type_name(value)
            ))
            .explained(
                Explanation::new("python-runtime-turtle-needs-number")
                    .with("command", name)
                    .with("type", self.type_name(value)),
            )
        })
    }

    /// `(x, y)`, `x, y`, a `Vec2D` or another turtle.
    pub(super) fn point_argument(
        &mut self,
        arguments: &Arguments,
        name: &str,
    ) -> PythonResult<Point> {
        let values = positional(name, arguments, 1, 2)?;
        if let [x, y] = values {
            return Ok(Point::new(
                self.turtle_number(*x, name)?,
                self.turtle_number(*y, name)?,
            ));
        }
        let value = values[0];
        if let Some(Object::Turtle(other)) = value.object().map(|reference| self.object(reference))
        {
            let other = *other;
            return Ok(self.turtle_state_position(other));
        }
        let items = self.collect_items_running(value)?;
        match items.as_slice() {
            [x, y] => Ok(Point::new(
                self.turtle_number(*x, name)?,
                self.turtle_number(*y, name)?,
            )),
            _ => Err(PythonError::type_error(format!(
                "{name}() needs x and y, or a pair (x, y)"
            ))),
        }
    }

    /// A colour argument: a name, `#rrggbb`, or an `(r, g, b)` of 0..1 floats.
    pub(super) fn color_argument(&mut self, value: Value) -> PythonResult<Color> {
        self.color_and_text(value).map(|(color, _)| color)
    }

    /// A colour argument and the text CPython keeps for it: a name as
    /// written, or `#rrggbb` for numbers.
    pub(super) fn color_and_text(&mut self, value: Value) -> PythonResult<(Color, String)> {
        if let Some(text) = self.str_text(value) {
            let text = text.to_owned();
            return color_from_text(&text)
                .map(|color| (color, text.clone()))
                .ok_or_else(|| {
                    graphics_error(
                        format!("bad color string: {text}"),
                        Explanation::new("python-runtime-turtle-bad-color").with("color", text),
                    )
                });
        }
        let items = self.collect_items_running(value)?;
        let [red, green, blue] = items.as_slice() else {
            return Err(graphics_error(
                format!("bad color arguments: {}", self.repr(value)?),
                Explanation::new("python-runtime-turtle-bad-color")
                    .with("color", self.repr(value)?),
            ));
        };
        // `colormode(1.0)`: 0..1 numbers; `colormode(255)`: 0..255.
        let mode = self
            .turtle_world
            .as_ref()
            .map_or(1.0, |world| world.color_mode);
        let mut parts = [0u8; 3];
        for (part, item) in parts.iter_mut().zip([red, green, blue]) {
            let number = self.float_argument(*item)?;
            if !(0.0..=mode).contains(&number) {
                return Err(graphics_error(
                    format!("bad color sequence: {}", self.repr(value)?),
                    Explanation::new("python-runtime-turtle-bad-color")
                        .with("color", self.repr(value)?),
                ));
            }
            // CPython's `round` (ties to even).
            *part = (number * 255.0 / mode).round_ties_even() as u8;
        }
        let color = Color::new(parts[0], parts[1], parts[2]);
        Ok((color, color.hex()))
    }

    /// A colour from one argument or three (`pencolor(1, 0, 0)`), with its text.
    pub(super) fn color_from_arguments(
        &mut self,
        values: &[Value],
    ) -> PythonResult<(Color, String)> {
        match values {
            [one] => self.color_and_text(*one),
            [red, green, blue] => {
                let tuple = self.new_tuple(vec![*red, *green, *blue])?;
                self.color_and_text(tuple)
            }
            _ => Err(PythonError::type_error(
                "a colour is one name or three numbers",
            )),
        }
    }

    /// A colour as CPython gives it back: a name as it was written, or
    /// (for `#rrggbb`) a tuple of numbers in the colour mode (0..1 or 0..255).
    pub(super) fn color_value(&mut self, text: &str) -> PythonResult<Value> {
        let Some(digits) = text.strip_prefix('#') else {
            return self.new_str(text.to_owned());
        };
        let mode = self
            .turtle_world
            .as_ref()
            .map_or(1.0, |world| world.color_mode);
        let part = |index: usize| {
            digits
                .get(index..index + 2)
                .and_then(|pair| u8::from_str_radix(pair, 16).ok())
                .map_or(0.0, |value| f64::from(value) * mode / 255.0)
        };
        self.new_tuple(vec![
            Value::Float(part(0)),
            Value::Float(part(2)),
            Value::Float(part(4)),
        ])
    }

    /// `speed(...)`: 0 to 10, or a name.
    pub(super) fn speed_argument(&mut self, value: Value) -> PythonResult<u8> {
        if let Some(text) = self.str_text(value) {
            return match text {
                "fastest" => Ok(0),
                "fast" => Ok(10),
                "normal" => Ok(6),
                "slow" => Ok(3),
                "slowest" => Ok(1),
                _ => Err(PythonError::new(TypeId::KeyError, format!("'{text}'"))),
            };
        }
        let speed = self.float_argument(value)?;
        Ok(if (0.5..10.5).contains(&speed) {
            speed.round() as u8
        } else {
            0
        })
    }

    /// A position as CPython's `Vec2D` (the prelude's), printed `(x.xx,y.yy)`.
    pub(super) fn vector_value(&mut self, point: Point) -> PythonResult<CallOutcome> {
        let Some(vector) = self.prelude_global("Vec2D") else {
            return Err(PythonError::not_supported("Vec2D"));
        };
        Ok(CallOutcome::TailCall {
            function: vector,
            arguments: Arguments::positional(vec![Value::Float(point.x), Value::Float(point.y)]),
        })
    }
}
