//! `import turtle`: the module's functions act on its own turtle, the same
//! functions are the methods of `Turtle()` objects, and `Screen()` is the
//! screen. What the turtles do goes to the VM's [`TurtleWorld`] as data,
//! each event with the program's line.
//!
//! [`TURTLE_NAMES`] is the one table of the commands' names: CPython's, its
//! short aliases, and the Kazakh and Russian names pupils may type (from the
//! team's glossary). The module's attributes, `from turtle import *`, the
//! `Turtle` methods and the editor's completion all come from it.

use super::super::super::super::worlds::turtle::{Align, Point, TurtleState, TurtleWorld};
use super::super::call::{Arguments, CallOutcome};
use super::super::error::{Explanation, PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::types::TypeId;
use super::super::value::Value;
use super::arguments::positional;
use super::BuiltinFunction;

use BuiltinFunction as B;

/// Every turtle command with its other names (CPython's aliases first).
pub const TURTLE_NAMES: &[(BuiltinFunction, &[&str])] = &[
    (B::TurtleForward, &["fd", "алға", "вперёд", "вперед"]),
    (B::TurtleBackward, &["back", "bk", "артқа", "назад"]),
    (B::TurtleLeft, &["lt", "солға", "налево"]),
    (B::TurtleRight, &["rt", "оңға", "направо"]),
    (B::TurtleGoto, &["setpos", "setposition"]),
    (B::TurtleSetx, &[]),
    (B::TurtleSety, &[]),
    (B::TurtleSetheading, &["seth"]),
    (B::TurtleHome, &[]),
    (B::TurtleCircle, &["шеңбер", "окружность"]),
    (B::TurtleDot, &[]),
    (B::TurtleStamp, &[]),
    (
        B::TurtlePenup,
        &["pu", "up", "қаламды_көтер", "поднять_перо"],
    ),
    (
        B::TurtlePendown,
        &["pd", "down", "қаламды_түсір", "опустить_перо"],
    ),
    (B::TurtleIsdown, &[]),
    (B::TurtlePensize, &["width"]),
    (B::TurtlePencolor, &[]),
    (B::TurtleFillcolor, &[]),
    (B::TurtleColor, &["бояу", "цвет"]),
    (B::TurtleBeginFill, &[]),
    (B::TurtleEndFill, &[]),
    (B::TurtleFilling, &[]),
    (B::TurtleWrite, &[]),
    (B::TurtleSpeed, &[]),
    (B::TurtleHideturtle, &["ht"]),
    (B::TurtleShowturtle, &["st"]),
    (B::TurtleIsvisible, &[]),
    (B::TurtleShape, &[]),
    (B::TurtlePosition, &["pos"]),
    (B::TurtleXcor, &[]),
    (B::TurtleYcor, &[]),
    (B::TurtleHeading, &[]),
    (B::TurtleDistance, &[]),
    (B::TurtleTowards, &[]),
    (B::TurtleClear, &[]),
    (B::TurtleReset, &[]),
    (B::TurtleBgcolor, &[]),
    (B::TurtleSetup, &[]),
    (B::TurtleTracer, &[]),
    (B::TurtleUpdate, &[]),
    (B::TurtleTitle, &[]),
    (B::TurtleColormode, &[]),
    (B::TurtleDone, &[]),
    (B::TurtleMainloop, &[]),
    (B::TurtleExitonclick, &[]),
    (B::TurtleScreenFunction, &[]),
];

/// The commands of the screen (`Screen().bgcolor(...)`), not of a turtle.
const SCREEN_COMMANDS: &[BuiltinFunction] = &[
    B::TurtleBgcolor,
    B::TurtleSetup,
    B::TurtleTracer,
    B::TurtleUpdate,
    B::TurtleTitle,
    B::TurtleColormode,
    B::TurtleDone,
    B::TurtleMainloop,
    B::TurtleExitonclick,
];

/// The turtle command called `name` (any of its names).
pub fn turtle_command(name: &str) -> Option<BuiltinFunction> {
    TURTLE_NAMES.iter().find_map(|(function, aliases)| {
        (function.name() == name || aliases.contains(&name)).then_some(*function)
    })
}

/// Whether `name` is a command of the screen object.
pub fn is_screen_command(function: BuiltinFunction) -> bool {
    SCREEN_COMMANDS.contains(&function)
}

/// Every name of the module: the commands, their aliases, `Turtle`, `Vec2D`.
pub fn turtle_module_names() -> Vec<&'static str> {
    let mut names = Vec::new();
    for (function, aliases) in TURTLE_NAMES {
        names.push(function.name());
        names.extend(aliases.iter().copied());
    }
    names
}

/// `TurtleGraphicsError` with CPython's message.
pub(super) fn graphics_error(message: String, explanation: Explanation) -> PythonError {
    PythonError::new(TypeId::TurtleGraphicsError, message).explained(explanation)
}

impl Vm {
    /// The turtle world (made at the first use of the module).
    fn world(&mut self) -> &mut TurtleWorld {
        self.turtle_world.get_or_insert_with(TurtleWorld::new)
    }

    /// What the turtles have drawn so far, if the program used `turtle`.
    pub fn turtle_world(&self) -> Option<&TurtleWorld> {
        self.turtle_world.as_ref()
    }

    /// The turtle a pose check looks at: the module's own, else the first
    /// `Turtle()` made (`None` when the program has no turtle).
    pub fn main_turtle(&self) -> Option<&TurtleState> {
        let world = self.turtle_world.as_ref()?;
        world.turtle(self.default_turtle.unwrap_or(0))
    }

    /// The module's own turtle (made at its first use).
    fn default_turtle_number(&mut self) -> usize {
        if let Some(turtle) = self.default_turtle {
            return turtle;
        }
        let turtle = self.world().add_turtle();
        self.default_turtle = Some(turtle);
        turtle
    }

    /// The line of the program that called (for the drawing's record).
    pub(super) fn calling_line(&self) -> u32 {
        self.frames
            .iter()
            .rev()
            .find(|frame| !frame.is_hidden)
            .and_then(|frame| {
                let code = self.program.codes.get(frame.code as usize)?;
                code.lines.get(frame.instruction.saturating_sub(1)).copied()
            })
            .unwrap_or(0)
    }

    /// `turtle.Turtle()`: a new turtle.
    pub(crate) fn new_turtle(&mut self, arguments: &Arguments) -> PythonResult<Value> {
        if !arguments.positional.is_empty() || !arguments.keywords.is_empty() {
            return Err(PythonError::not_supported("Turtle(...) with arguments"));
        }
        let turtle = self.world().add_turtle();
        self.allocate(Object::Turtle(turtle))
    }

    /// A turtle command, as a module function or a `Turtle` method (the
    /// turtle is then the first argument).
    pub(super) fn call_turtle_function(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<Option<CallOutcome>> {
        if !TURTLE_NAMES.iter().any(|(known, _)| *known == function) {
            return Ok(None);
        }
        let (turtle, rest) = match arguments.positional.first() {
            Some(Value::Object(reference)) => match self.object(*reference) {
                Object::Turtle(turtle) => (Some(*turtle), &arguments.positional[1..]),
                _ => (None, &arguments.positional[..]),
            },
            Some(Value::Type(TypeId::TurtleScreen)) => (None, &arguments.positional[1..]),
            _ => (None, &arguments.positional[..]),
        };
        let arguments = Arguments {
            positional: rest.to_vec(),
            keywords: arguments.keywords.clone(),
        };
        if is_screen_command(function) || function == B::TurtleScreenFunction {
            return self.screen_command(function, &arguments).map(Some);
        }
        let turtle = match turtle {
            Some(turtle) => turtle,
            None => self.default_turtle_number(),
        };
        self.charge(1)?;
        let line = self.calling_line();
        let name = function.name();
        let value = match function {
            B::TurtleForward | B::TurtleBackward => {
                let values = positional(name, &arguments, 1, 1)?;
                let distance = self.turtle_number(values[0], name)?;
                let distance = if function == B::TurtleBackward {
                    -distance
                } else {
                    distance
                };
                self.draw(|world| world.forward(turtle, distance, line))?;
                Value::None
            }
            B::TurtleLeft | B::TurtleRight => {
                let values = positional(name, &arguments, 1, 1)?;
                let angle = self.turtle_number(values[0], name)?;
                let angle = if function == B::TurtleRight {
                    -angle
                } else {
                    angle
                };
                self.draw(|world| world.left(turtle, angle, line))?;
                Value::None
            }
            B::TurtleGoto => {
                let point = self.point_argument(&arguments, name)?;
                self.draw(|world| world.go_to(turtle, point, line))?;
                Value::None
            }
            B::TurtleSetx | B::TurtleSety => {
                let values = positional(name, &arguments, 1, 1)?;
                let coordinate = self.turtle_number(values[0], name)?;
                let position = self.turtle_state_position(turtle);
                let point = if function == B::TurtleSetx {
                    Point::new(coordinate, position.y)
                } else {
                    Point::new(position.x, coordinate)
                };
                self.draw(|world| world.go_to(turtle, point, line))?;
                Value::None
            }
            B::TurtleSetheading => {
                let values = positional(name, &arguments, 1, 1)?;
                let heading = self.turtle_number(values[0], name)?;
                self.draw(|world| world.set_heading(turtle, heading, line))?;
                Value::None
            }
            B::TurtleHome => {
                positional(name, &arguments, 0, 0)?;
                self.draw(|world| world.home(turtle, line))?;
                Value::None
            }
            B::TurtleCircle => {
                let plain = Arguments::positional(arguments.positional.clone());
                let values = positional(name, &plain, 0, 3)?;
                let mut values: Vec<Option<Value>> = values.iter().copied().map(Some).collect();
                values.resize(3, None);
                for (keyword, value) in &arguments.keywords {
                    match keyword.as_str() {
                        "radius" => values[0] = Some(*value),
                        "extent" => values[1] = Some(*value),
                        "steps" => values[2] = Some(*value),
                        _ => return Err(unexpected_keyword(name, keyword)),
                    }
                }
                let radius = match values[0] {
                    Some(value) => self.turtle_number(value, name)?,
                    None => {
                        return Err(PythonError::type_error(
                            "circle() missing 1 required positional argument: 'radius'",
                        ))
                    }
                };
                let extent = match values[1].filter(|value| !value.is_none()) {
                    Some(value) => Some(self.turtle_number(value, name)?),
                    None => None,
                };
                let steps = match values[2].filter(|value| !value.is_none()) {
                    Some(value) => {
                        let steps = self.index_argument(value)?;
                        if steps < 1 {
                            return Err(PythonError::new(
                                TypeId::ZeroDivisionError,
                                "float division by zero",
                            ));
                        }
                        Some(steps.min(100_000) as u64)
                    }
                    None => None,
                };
                self.draw(|world| world.circle(turtle, radius, extent, steps, line))?;
                Value::None
            }
            B::TurtleDot => {
                let values = positional(name, &arguments, 0, 2)?;
                let mut size = None;
                let mut color = None;
                for value in values {
                    match value {
                        Value::Int(_) | Value::Float(_) if size.is_none() => {
                            size = Some(self.turtle_number(*value, name)?)
                        }
                        Value::None => {}
                        other => color = Some(self.color_argument(*other)?),
                    }
                }
                self.draw(|world| world.dot(turtle, size, color, line))?;
                Value::None
            }
            B::TurtleStamp => {
                self.draw(|world| world.stamp(turtle, line))?;
                Value::Int(
                    self.turtle_world
                        .as_ref()
                        .map_or(0, |world| world.events.len()) as i64,
                )
            }
            B::TurtlePenup | B::TurtlePendown => {
                positional(name, &arguments, 0, 0)?;
                let down = function == B::TurtlePendown;
                self.world().set_pen_down(turtle, down);
                Value::None
            }
            B::TurtleIsdown => Value::Bool(self.turtle_flag(turtle, |state| state.pen_down)),
            B::TurtlePensize => {
                let values = positional(name, &arguments, 0, 1)?;
                match values.first() {
                    None => Value::Float(
                        self.world()
                            .turtle(turtle)
                            .map_or(1.0, |state| state.pen_size),
                    ),
                    Some(value) => {
                        let width = self.turtle_number(*value, name)?;
                        self.world().set_pen_size(turtle, width.max(0.0));
                        Value::None
                    }
                }
            }
            B::TurtlePencolor | B::TurtleFillcolor => {
                let values = positional(name, &arguments, 0, 3)?;
                let is_pen = function == B::TurtlePencolor;
                if values.is_empty() {
                    let text = self
                        .world()
                        .turtle(turtle)
                        .map_or_else(String::new, |state| {
                            if is_pen {
                                state.pen_color_text.clone()
                            } else {
                                state.fill_color_text.clone()
                            }
                        });
                    self.color_value(&text)?
                } else {
                    let (color, text) = self.color_from_arguments(values)?;
                    if is_pen {
                        self.world().set_pen_color(turtle, color, text);
                    } else {
                        self.world().set_fill_color(turtle, color, text);
                    }
                    Value::None
                }
            }
            B::TurtleColor => {
                let values = positional(name, &arguments, 0, 3)?;
                match values.len() {
                    0 => {
                        let (pen, fill) = self.world().turtle(turtle).map_or_else(
                            || (String::new(), String::new()),
                            |state| (state.pen_color_text.clone(), state.fill_color_text.clone()),
                        );
                        let pen = self.color_value(&pen)?;
                        let fill = self.color_value(&fill)?;
                        self.new_pair(pen, fill)?
                    }
                    2 => {
                        let (pen, pen_text) = self.color_and_text(values[0])?;
                        let (fill, fill_text) = self.color_and_text(values[1])?;
                        self.world().set_pen_color(turtle, pen, pen_text);
                        self.world().set_fill_color(turtle, fill, fill_text);
                        Value::None
                    }
                    _ => {
                        let (color, text) = self.color_from_arguments(values)?;
                        self.world().set_pen_color(turtle, color, text.clone());
                        self.world().set_fill_color(turtle, color, text);
                        Value::None
                    }
                }
            }
            B::TurtleBeginFill => {
                self.world().begin_fill(turtle);
                Value::None
            }
            B::TurtleEndFill => {
                self.draw(|world| world.end_fill(turtle, line))?;
                Value::None
            }
            B::TurtleFilling => {
                Value::Bool(self.turtle_flag(turtle, |state| state.filling.is_some()))
            }
            B::TurtleWrite => {
                let plain = Arguments::positional(arguments.positional.clone());
                let values = positional(name, &plain, 1, 4)?;
                let text = self.str_of(values[0])?;
                let mut align = Align::Left;
                let mut size = 8.0;
                let mut pairs: Vec<(&str, Value)> = Vec::new();
                for (index, value) in values.iter().enumerate().skip(1) {
                    pairs.push((["", "move", "align", "font"][index], *value));
                }
                for (keyword, value) in &arguments.keywords {
                    pairs.push((keyword.as_str(), *value));
                }
                for (keyword, value) in pairs {
                    match keyword {
                        "move" => {
                            if self.truth(value)? {
                                return Err(PythonError::not_supported("write(move=True)"));
                            }
                        }
                        "align" => {
                            align = match self.str_text(value).map(str::to_lowercase).as_deref() {
                                Some("left") => Align::Left,
                                Some("center") => Align::Center,
                                Some("right") => Align::Right,
                                _ => {
                                    return Err(PythonError::new(
                                        TypeId::KeyError,
                                        self.repr(value)?,
                                    ))
                                }
                            }
                        }
                        "font" => {
                            if let Some(Object::Tuple(items)) =
                                value.object().map(|reference| self.object(reference))
                            {
                                if let Some(font_size) = items.get(1).copied() {
                                    size = self.turtle_number(font_size, name)?;
                                }
                            }
                        }
                        other => return Err(unexpected_keyword(name, other)),
                    }
                }
                self.draw(|world| world.write(turtle, text, align, size, line))?;
                Value::None
            }
            B::TurtleSpeed => {
                let values = positional(name, &arguments, 0, 1)?;
                match values.first() {
                    None => Value::Int(i64::from(
                        self.world().turtle(turtle).map_or(3, |state| state.speed),
                    )),
                    Some(value) => {
                        let speed = self.speed_argument(*value)?;
                        self.world().set_speed(turtle, speed);
                        Value::None
                    }
                }
            }
            B::TurtleHideturtle | B::TurtleShowturtle => {
                let visible = function == B::TurtleShowturtle;
                self.draw(|world| world.set_visible(turtle, visible))?;
                Value::None
            }
            B::TurtleIsvisible => Value::Bool(self.turtle_flag(turtle, |state| state.visible)),
            B::TurtleShape => {
                let values = positional(name, &arguments, 0, 1)?;
                match values.first() {
                    None => {
                        let shape = self
                            .world()
                            .turtle(turtle)
                            .map_or_else(|| String::from("classic"), |state| state.shape.clone());
                        self.new_str(shape)?
                    }
                    Some(value) => {
                        let shape = self.str_of(*value)?;
                        if !super::super::super::super::worlds::turtle::shape_names()
                            .any(|known| known == shape)
                        {
                            return Err(graphics_error(
                                format!("There is no shape named {shape}"),
                                Explanation::new("python-runtime-turtle-no-shape")
                                    .with("shape", shape),
                            ));
                        }
                        self.world().set_shape(turtle, &shape);
                        Value::None
                    }
                }
            }
            B::TurtlePosition => {
                let position = self.turtle_state_position(turtle);
                return self.vector_value(position).map(Some);
            }
            B::TurtleXcor => Value::Float(self.turtle_state_position(turtle).x),
            B::TurtleYcor => Value::Float(self.turtle_state_position(turtle).y),
            B::TurtleHeading => Value::Float(
                self.world()
                    .turtle(turtle)
                    .map_or(0.0, |state| state.navigator.heading()),
            ),
            B::TurtleDistance | B::TurtleTowards => {
                let point = self.point_argument(&arguments, name)?;
                let navigator = self.world().turtle(turtle).map(|state| state.navigator);
                let navigator = navigator.unwrap_or_default();
                Value::Float(if function == B::TurtleDistance {
                    navigator.distance(point)
                } else {
                    navigator.towards(point)
                })
            }
            B::TurtleClear => {
                self.draw(|world| world.clear(turtle))?;
                Value::None
            }
            B::TurtleReset => {
                self.draw(|world| world.reset(turtle))?;
                Value::None
            }
            _ => return Ok(None),
        };
        Ok(Some(CallOutcome::Return(value)))
    }

    /// The screen's commands, and `Screen()` itself.
    fn screen_command(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<CallOutcome> {
        let name = function.name();
        let value = match function {
            B::TurtleScreenFunction => {
                positional(name, arguments, 0, 0)?;
                self.world();
                Value::Type(TypeId::TurtleScreen)
            }
            B::TurtleBgcolor => {
                let values = positional(name, arguments, 0, 3)?;
                if values.is_empty() {
                    let text = self
                        .world()
                        .background
                        .map_or_else(|| String::from("white"), |color| color.hex());
                    self.color_value(&text)?
                } else {
                    let (color, _) = self.color_from_arguments(values)?;
                    self.draw(|world| world.set_background(color))?;
                    Value::None
                }
            }
            B::TurtleColormode => {
                // CPython keeps 1.0 as a float and 255 as an int, and
                // ignores other values.
                let values = positional(name, arguments, 0, 1)?;
                match values.first() {
                    None => {
                        let mode = self.world().color_mode;
                        if mode == 255.0 {
                            Value::Int(255)
                        } else {
                            Value::Float(mode)
                        }
                    }
                    Some(value) => {
                        let mode = self.float_argument(*value)?;
                        if mode == 1.0 || mode == 255.0 {
                            self.world().color_mode = mode;
                        }
                        Value::None
                    }
                }
            }
            // Window size, animation control and the event loop: the page
            // shows the drawing as it comes, so these change nothing.
            B::TurtleSetup | B::TurtleTracer | B::TurtleUpdate | B::TurtleTitle => Value::None,
            B::TurtleDone | B::TurtleMainloop | B::TurtleExitonclick => Value::None,
            _ => Value::None,
        };
        Ok(CallOutcome::Return(value))
    }

    /// Runs a world operation, refusing once the record is full.
    fn draw(&mut self, operation: impl FnOnce(&mut TurtleWorld)) -> PythonResult<()> {
        let world = self.world();
        if world.is_full() {
            return Err(
                PythonError::new(TypeId::RuntimeError, "the turtle has drawn too much")
                    .explained(Explanation::new("python-runtime-turtle-too-much")),
            );
        }
        operation(world);
        Ok(())
    }

    fn turtle_flag(&mut self, turtle: usize, read: impl Fn(&TurtleState) -> bool) -> bool {
        self.world().turtle(turtle).is_some_and(read)
    }

    pub(super) fn turtle_state_position(&mut self, turtle: usize) -> Point {
        self.world()
            .turtle(turtle)
            .map_or(Point::new(0.0, 0.0), |state| state.navigator.position)
    }
}

/// `TypeError: forward() got an unexpected keyword argument 'x'`.
fn unexpected_keyword(name: &str, keyword: &str) -> PythonError {
    PythonError::type_error(format!(
        "{name}() got an unexpected keyword argument '{keyword}'"
    ))
}
