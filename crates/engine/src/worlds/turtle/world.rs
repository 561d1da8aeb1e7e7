//! The turtles' world: every turtle's state and the record of what they
//! did, event by event, each with the line of the program that did it. The
//! app replays the record on a canvas (at the chosen speed, or at once);
//! `sandbox run --svg` writes it as SVG; checks compare it.

use super::color::Color;
use super::geometry::{Navigator, Point};

/// A pen: its colour and width.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pen {
    /// The colour.
    pub color: Color,
    /// The width in pixels.
    pub width: f64,
}

/// How `write` places its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// Starting at the turtle.
    Left,
    /// Centred on the turtle.
    Center,
    /// Ending at the turtle.
    Right,
}

/// One thing a turtle did.
#[derive(Clone, Debug, PartialEq)]
pub enum DrawEvent {
    /// A turtle moved; with its pen down it drew the segment.
    Move {
        /// The turtle.
        turtle: usize,
        /// Where it started.
        from: Point,
        /// Where it ended.
        to: Point,
        /// The pen, when it was down.
        pen: Option<Pen>,
        /// The program's line.
        line: u32,
    },
    /// A turtle turned to `heading` (degrees).
    Turn {
        /// The turtle.
        turtle: usize,
        /// Its new heading.
        heading: f64,
        /// The program's line.
        line: u32,
    },
    /// `end_fill`: the polygon the turtle went round since `begin_fill`
    /// (the event at `begins_at`), filled under what was drawn since.
    Fill {
        /// The turtle.
        turtle: usize,
        /// The corners.
        polygon: Vec<Point>,
        /// The fill colour.
        color: Color,
        /// The index of the first event after `begin_fill`.
        begins_at: usize,
        /// The program's line.
        line: u32,
    },
    /// `dot`: a filled circle.
    Dot {
        /// The turtle that made it.
        turtle: usize,
        /// Its centre.
        at: Point,
        /// Its diameter.
        diameter: f64,
        /// Its colour.
        color: Color,
        /// The program's line.
        line: u32,
    },
    /// `stamp`: the turtle's shape left on the canvas.
    Stamp {
        /// The turtle.
        turtle: usize,
        /// The shape's name.
        shape: String,
        /// Where.
        at: Point,
        /// Its heading.
        heading: f64,
        /// Its outline colour.
        color: Color,
        /// Its fill colour.
        fill: Color,
        /// The program's line.
        line: u32,
    },
    /// `write`: text at a point.
    Text {
        /// The turtle that wrote it.
        turtle: usize,
        /// Where.
        at: Point,
        /// What.
        text: String,
        /// How it is placed.
        align: Align,
        /// The font size in points.
        size: f64,
        /// Its colour.
        color: Color,
        /// The program's line.
        line: u32,
    },
    /// `clear()` of one turtle: its drawings go, the turtle stays.
    Clear {
        /// The turtle.
        turtle: usize,
    },
    /// The background colour changed.
    Background {
        /// The colour.
        color: Color,
    },
    /// A turtle was shown or hidden.
    Visibility {
        /// The turtle.
        turtle: usize,
        /// Whether it shows.
        visible: bool,
    },
}

/// One turtle's state.
#[derive(Clone, Debug, PartialEq)]
pub struct TurtleState {
    /// Where it is and looks.
    pub navigator: Navigator,
    /// Whether it draws as it moves.
    pub pen_down: bool,
    /// The pen's colour.
    pub pen_color: Color,
    /// The fill colour.
    pub fill_color: Color,
    /// The pen's colour as the program gave it (a name as written, or
    /// `#rrggbb`): what `pencolor()` gives back, as in CPython.
    pub pen_color_text: String,
    /// The fill colour as the program gave it.
    pub fill_color_text: String,
    /// The pen's width.
    pub pen_size: f64,
    /// Whether it shows.
    pub visible: bool,
    /// `speed()`: 0 (instant) to 10.
    pub speed: u8,
    /// Its shape's name (`classic`, `arrow`, `turtle`, `circle`, `square`, `triangle`).
    pub shape: String,
    /// While filling: the index of the event after `begin_fill` and the corners so far.
    pub filling: Option<(usize, Vec<Point>)>,
}

impl TurtleState {
    /// A new turtle as CPython makes one.
    pub fn new() -> TurtleState {
        TurtleState {
            navigator: Navigator::new(),
            pen_down: true,
            pen_color: Color::BLACK,
            fill_color: Color::BLACK,
            pen_color_text: String::from("black"),
            fill_color_text: String::from("black"),
            pen_size: 1.0,
            visible: true,
            speed: 3,
            shape: String::from("classic"),
            filling: None,
        }
    }

    fn pen(&self) -> Option<Pen> {
        self.pen_down.then_some(Pen {
            color: self.pen_color,
            width: self.pen_size,
        })
    }
}

impl Default for TurtleState {
    fn default() -> TurtleState {
        TurtleState::new()
    }
}

/// The turtles and what they drew.
#[derive(Clone, Debug, PartialEq)]
pub struct TurtleWorld {
    /// Every turtle (the module's own, `turtle.forward`, is the first made).
    pub turtles: Vec<TurtleState>,
    /// The background colour.
    pub background: Option<Color>,
    /// `colormode()`: 1.0 (colours as 0..1 numbers) or 255.
    pub color_mode: f64,
    /// What happened, in order.
    pub events: Vec<DrawEvent>,
}

/// How many events a world keeps: a program in an endless loop would draw
/// forever; 200,000 events are about 15 MB, and past them drawing is an error.
pub const MAXIMUM_EVENTS: usize = 200_000;

impl Default for TurtleWorld {
    fn default() -> TurtleWorld {
        TurtleWorld::new()
    }
}

impl TurtleWorld {
    /// An empty world.
    pub fn new() -> TurtleWorld {
        TurtleWorld {
            turtles: Vec::new(),
            background: None,
            color_mode: 1.0,
            events: Vec::new(),
        }
    }

    /// A new turtle; its number.
    pub fn add_turtle(&mut self) -> usize {
        self.turtles.push(TurtleState::new());
        self.turtles.len() - 1
    }

    /// The turtle numbered `turtle` (`None` for a number the world never gave out).
    pub fn turtle(&self, turtle: usize) -> Option<&TurtleState> {
        self.turtles.get(turtle)
    }

    fn turtle_mut(&mut self, turtle: usize) -> Option<&mut TurtleState> {
        self.turtles.get_mut(turtle)
    }

    /// Whether the record is full.
    pub fn is_full(&self) -> bool {
        self.events.len() >= MAXIMUM_EVENTS
    }

    fn record(&mut self, event: DrawEvent) {
        if !self.is_full() {
            self.events.push(event);
        }
    }

    /// Records a move of `turtle` along `segment`.
    fn moved(&mut self, turtle: usize, (from, to): (Point, Point), line: u32) {
        let Some(state) = self.turtle_mut(turtle) else {
            return;
        };
        let pen = state.pen();
        if let Some((_, polygon)) = &mut state.filling {
            polygon.push(to);
        }
        self.record(DrawEvent::Move {
            turtle,
            from,
            to,
            pen,
            line,
        });
    }

    fn turned(&mut self, turtle: usize, line: u32) {
        if let Some(state) = self.turtle(turtle) {
            let heading = state.navigator.heading();
            self.record(DrawEvent::Turn {
                turtle,
                heading,
                line,
            });
        }
    }

    /// `forward(distance)` (negative: back).
    pub fn forward(&mut self, turtle: usize, distance: f64, line: u32) {
        if let Some(state) = self.turtle_mut(turtle) {
            let segment = state.navigator.forward(distance);
            self.moved(turtle, segment, line);
        }
    }

    /// `left(degrees)` (negative: right).
    pub fn left(&mut self, turtle: usize, degrees: f64, line: u32) {
        if let Some(state) = self.turtle_mut(turtle) {
            state.navigator.left(degrees);
            self.turned(turtle, line);
        }
    }

    /// `setheading(degrees)`.
    pub fn set_heading(&mut self, turtle: usize, degrees: f64, line: u32) {
        if let Some(state) = self.turtle_mut(turtle) {
            state.navigator.set_heading(degrees);
            self.turned(turtle, line);
        }
    }

    /// `goto(point)`.
    pub fn go_to(&mut self, turtle: usize, point: Point, line: u32) {
        if let Some(state) = self.turtle_mut(turtle) {
            let segment = state.navigator.go_to(point);
            self.moved(turtle, segment, line);
        }
    }

    /// `home()`: to the centre, looking east.
    pub fn home(&mut self, turtle: usize, line: u32) {
        self.go_to(turtle, Point::new(0.0, 0.0), line);
        self.set_heading(turtle, 0.0, line);
    }

    /// `circle(radius, extent, steps)`.
    pub fn circle(
        &mut self,
        turtle: usize,
        radius: f64,
        extent: Option<f64>,
        steps: Option<u64>,
        line: u32,
    ) {
        let Some(state) = self.turtle_mut(turtle) else {
            return;
        };
        let segments = state.navigator.circle(radius, extent, steps);
        for segment in segments {
            self.moved(turtle, segment, line);
        }
        self.turned(turtle, line);
    }

    /// `penup()` / `pendown()`.
    pub fn set_pen_down(&mut self, turtle: usize, down: bool) {
        if let Some(state) = self.turtle_mut(turtle) {
            state.pen_down = down;
        }
    }

    /// `pensize(width)`.
    pub fn set_pen_size(&mut self, turtle: usize, width: f64) {
        if let Some(state) = self.turtle_mut(turtle) {
            state.pen_size = width;
        }
    }

    /// `pencolor(colour)`; `text` is the colour as the program gave it.
    pub fn set_pen_color(&mut self, turtle: usize, color: Color, text: String) {
        if let Some(state) = self.turtle_mut(turtle) {
            state.pen_color = color;
            state.pen_color_text = text;
        }
    }

    /// `fillcolor(colour)`; `text` is the colour as the program gave it.
    pub fn set_fill_color(&mut self, turtle: usize, color: Color, text: String) {
        if let Some(state) = self.turtle_mut(turtle) {
            state.fill_color = color;
            state.fill_color_text = text;
        }
    }

    /// `speed(n)`.
    pub fn set_speed(&mut self, turtle: usize, speed: u8) {
        if let Some(state) = self.turtle_mut(turtle) {
            state.speed = speed.min(10);
        }
    }

    /// `begin_fill()`.
    pub fn begin_fill(&mut self, turtle: usize) {
        let next = self.events.len();
        if let Some(state) = self.turtle_mut(turtle) {
            let start = state.navigator.position;
            state.filling = Some((next, vec![start]));
        }
    }

    /// `end_fill()`: the polygon is filled (with fewer than 3 corners there
    /// is nothing to fill, as in CPython).
    pub fn end_fill(&mut self, turtle: usize, line: u32) {
        let Some(state) = self.turtle_mut(turtle) else {
            return;
        };
        let color = state.fill_color;
        if let Some((begins_at, polygon)) = state.filling.take() {
            if polygon.len() > 2 {
                self.record(DrawEvent::Fill {
                    turtle,
                    polygon,
                    color,
                    begins_at,
                    line,
                });
            }
        }
    }

    /// `dot(size, colour)`: CPython's default size is `max(pensize + 4, 2 * pensize)`.
    pub fn dot(&mut self, turtle: usize, size: Option<f64>, color: Option<Color>, line: u32) {
        let Some(state) = self.turtle(turtle) else {
            return;
        };
        let diameter = size.unwrap_or_else(|| (state.pen_size + 4.0).max(2.0 * state.pen_size));
        let event = DrawEvent::Dot {
            turtle,
            at: state.navigator.position,
            diameter,
            color: color.unwrap_or(state.pen_color),
            line,
        };
        self.record(event);
    }

    /// `stamp()`.
    pub fn stamp(&mut self, turtle: usize, line: u32) {
        let Some(state) = self.turtle(turtle) else {
            return;
        };
        let event = DrawEvent::Stamp {
            turtle,
            shape: state.shape.clone(),
            at: state.navigator.position,
            heading: state.navigator.heading(),
            color: state.pen_color,
            fill: state.fill_color,
            line,
        };
        self.record(event);
    }

    /// `write(text, align=..., font=(..., size, ...))`.
    pub fn write(&mut self, turtle: usize, text: String, align: Align, size: f64, line: u32) {
        let Some(state) = self.turtle(turtle) else {
            return;
        };
        let event = DrawEvent::Text {
            turtle,
            at: state.navigator.position,
            text,
            align,
            size,
            color: state.pen_color,
            line,
        };
        self.record(event);
    }

    /// `clear()`: the turtle's drawings go.
    pub fn clear(&mut self, turtle: usize) {
        self.record(DrawEvent::Clear { turtle });
    }

    /// `reset()`: the drawings go and the turtle is new again.
    pub fn reset(&mut self, turtle: usize) {
        self.clear(turtle);
        if let Some(state) = self.turtle_mut(turtle) {
            *state = TurtleState::new();
        }
    }

    /// `bgcolor(colour)`.
    pub fn set_background(&mut self, color: Color) {
        self.background = Some(color);
        self.record(DrawEvent::Background { color });
    }

    /// `hideturtle()` / `showturtle()`.
    pub fn set_visible(&mut self, turtle: usize, visible: bool) {
        if let Some(state) = self.turtle_mut(turtle) {
            state.visible = visible;
        }
        self.record(DrawEvent::Visibility { turtle, visible });
    }

    /// `shape(name)`.
    pub fn set_shape(&mut self, turtle: usize, shape: &str) {
        if let Some(state) = self.turtle_mut(turtle) {
            state.shape = shape.to_owned();
        }
    }
}
