//! The pack format's fixed vocabularies: what a pack may write for a lesson's
//! kind, a pack's level and a rule's construct. The files themselves are read
//! field by field in `load.rs` (through `read.rs`), so every mistake gets the
//! loader's own translated message and place.

/// How hard a pack is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackLevel {
    /// For pupils who have not programmed before.
    Beginner,
    /// For pupils who know the basics.
    Intermediate,
    /// For olympiad-minded pupils.
    Advanced,
}

impl PackLevel {
    /// Every level, in the order of [`PackLevel::NAMES`].
    pub const ALL: [PackLevel; 3] = [
        PackLevel::Beginner,
        PackLevel::Intermediate,
        PackLevel::Advanced,
    ];
    /// The levels as a pack writes them.
    pub const NAMES: [&'static str; 3] = ["beginner", "intermediate", "advanced"];

    /// The level as a pack writes it.
    pub fn name(self) -> &'static str {
        match self {
            PackLevel::Beginner => "beginner",
            PackLevel::Intermediate => "intermediate",
            PackLevel::Advanced => "advanced",
        }
    }
}

/// What kind of lesson.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LessonKind {
    /// A Python program with text input and output.
    Program,
    /// A turtle drawing, shown on the stage beside the reference drawing.
    Turtle,
    /// The grid robot in its world variants, reaching a goal.
    Robot,
    /// A canvas animation, checked frame by frame with scripted input.
    Animation,
    /// The wheeled robot on its field, reaching the field's goal.
    Rover,
}

impl LessonKind {
    /// Every kind, in the order of [`LessonKind::NAMES`].
    pub const ALL: [LessonKind; 5] = [
        LessonKind::Program,
        LessonKind::Turtle,
        LessonKind::Robot,
        LessonKind::Animation,
        LessonKind::Rover,
    ];
    /// The kinds as a pack writes them.
    pub const NAMES: [&'static str; 5] = ["program", "turtle", "robot", "animation", "rover"];
}

/// A construct a rule asks for or forbids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Construct {
    /// A `for` or `while` loop.
    Loop,
    /// A `for` loop.
    ForLoop,
    /// A `while` loop.
    WhileLoop,
    /// An `if` statement or conditional expression.
    If,
    /// A `def`.
    Function,
    /// A function that calls itself.
    Recursion,
    /// A `return`.
    Return,
    /// A list, set, dict comprehension or generator expression.
    Comprehension,
    /// An f-string.
    FString,
    /// A `try` statement.
    Try,
    /// An `import`.
    Import,
    /// A `class` of the program's own.
    Class,
    /// A `with` statement.
    With,
    /// A `match` statement.
    Match,
}

impl Construct {
    /// Every construct, in the order of [`Construct::NAMES`].
    pub const ALL: [Construct; 14] = [
        Construct::Loop,
        Construct::ForLoop,
        Construct::WhileLoop,
        Construct::If,
        Construct::Function,
        Construct::Recursion,
        Construct::Return,
        Construct::Comprehension,
        Construct::FString,
        Construct::Try,
        Construct::Import,
        Construct::Class,
        Construct::With,
        Construct::Match,
    ];
    /// The constructs as a pack writes them.
    pub const NAMES: [&'static str; 14] = [
        "loop",
        "for_loop",
        "while_loop",
        "if",
        "function",
        "recursion",
        "return",
        "comprehension",
        "f_string",
        "try",
        "import",
        "class",
        "with",
        "match",
    ];

    /// The construct's name as a pack writes it.
    pub fn name(self) -> &'static str {
        Construct::ALL
            .iter()
            .position(|construct| *construct == self)
            .map_or("", |index| Construct::NAMES[index])
    }
}
