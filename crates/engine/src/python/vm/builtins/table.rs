//! The one table of builtin functions: [`BuiltinFunction`] with each
//! variant's Python name, the builtins namespace ([`BUILTINS_NAMESPACE`],
//! from which the editor's autocomplete is generated through
//! [`builtin_names`]) and the prelude's native helpers ([`PRELUDE_NATIVES`]).

/// Declares [`BuiltinFunction`] with each variant's Python name.
macro_rules! builtin_functions {
    ($($(#[doc = $doc:literal])* $variant:ident => $name:literal,)*) => {
        /// A builtin function, method or module function. Methods receive
        /// their object as the first positional argument.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum BuiltinFunction {
            $($(#[doc = $doc])* $variant,)*
        }

        impl BuiltinFunction {
            /// Every builtin function, method and module function.
            pub const ALL: &'static [BuiltinFunction] = &[$(BuiltinFunction::$variant,)*];

            /// Its Python name (`print`, `append`, `sqrt`; `__sort_by_keys`
            /// for the prelude's native helpers).
            pub fn name(self) -> &'static str {
                match self {
                    $(BuiltinFunction::$variant => $name,)*
                }
            }
        }
    };
}

builtin_functions! {
    /// `print(*values, sep=' ', end='\n')`.
    Print => "print",
    /// `input(prompt)`.
    Input => "input",
    /// `len(x)`.
    Len => "len",
    /// `abs(x)`.
    Abs => "abs",
    /// `min(...)`.
    Min => "min",
    /// `max(...)`.
    Max => "max",
    /// `sum(iterable, start=0)`.
    Sum => "sum",
    /// `sorted(iterable, key=None, reverse=False)`.
    Sorted => "sorted",
    /// `reversed(sequence)`.
    Reversed => "reversed",
    /// `enumerate(iterable, start=0)`.
    Enumerate => "enumerate",
    /// `zip(*iterables)`.
    Zip => "zip",
    /// `map(function, *iterables)`.
    Map => "map",
    /// `filter(function, iterable)`.
    Filter => "filter",
    /// `any(iterable)`.
    Any => "any",
    /// `all(iterable)`.
    All => "all",
    /// `round(number, ndigits=None)`.
    Round => "round",
    /// `divmod(a, b)`.
    Divmod => "divmod",
    /// `pow(base, exp, mod=None)`.
    Pow => "pow",
    /// `chr(i)`.
    Chr => "chr",
    /// `ord(c)`.
    Ord => "ord",
    /// `isinstance(x, types)`.
    Isinstance => "isinstance",
    /// `issubclass(a, types)`.
    Issubclass => "issubclass",
    /// `repr(x)`.
    Repr => "repr",
    /// `ascii(x)`.
    Ascii => "ascii",
    /// `hex(x)`.
    Hex => "hex",
    /// `oct(x)`.
    Oct => "oct",
    /// `bin(x)`.
    Bin => "bin",
    /// `iter(x)`.
    Iter => "iter",
    /// `next(iterator, default)`.
    Next => "next",
    /// `hash(x)`.
    Hash => "hash",
    /// `id(x)`.
    Id => "id",
    /// `callable(x)`.
    Callable => "callable",
    /// `format(value, spec='')`.
    Format => "format",
    /// `getattr(object, name, default)`.
    Getattr => "getattr",
    /// `hasattr(object, name)`.
    Hasattr => "hasattr",
    /// `setattr` (not supported).
    Setattr => "setattr",
    /// `delattr` (not supported).
    Delattr => "delattr",
    /// `exit()`.
    Exit => "exit",
    /// `quit()`.
    Quit => "quit",
    /// `open` (not supported).
    Open => "open",
    /// `eval` (not supported).
    Eval => "eval",
    /// `exec` (not supported).
    Exec => "exec",
    /// `compile` (not supported).
    Compile => "compile",
    /// `globals` (not supported).
    Globals => "globals",
    /// `locals` (not supported).
    Locals => "locals",
    /// `vars` (not supported).
    Vars => "vars",
    /// `dir` (not supported).
    Dir => "dir",
    /// `__import__` (not supported).
    DunderImport => "__import__",
    /// `breakpoint` (not supported).
    Breakpoint => "breakpoint",
    /// `help` (not supported).
    Help => "help",
    /// `memoryview` (not supported).
    Memoryview => "memoryview",
    /// `bytes` (not supported).
    Bytes => "bytes",
    /// `bytearray` (not supported).
    Bytearray => "bytearray",
    /// `complex` (not supported).
    Complex => "complex",
    /// `super` (not supported).
    Super => "super",
    /// `property` (not supported).
    Property => "property",
    /// `staticmethod` (not supported).
    Staticmethod => "staticmethod",
    /// `classmethod` (not supported).
    Classmethod => "classmethod",
    /// Prelude helper `__sort_by_keys(items, keys, reverse)`: a new list of
    /// `items` sorted stably by `keys`.
    SortByKeys => "__sort_by_keys",
    /// Prelude helper `__sort_list_by_keys(list, keys, reverse)`: sorts the
    /// list in place by `keys`.
    SortListByKeys => "__sort_list_by_keys",
    /// `str.upper`.
    StrUpper => "upper",
    /// `str.lower`.
    StrLower => "lower",
    /// `str.capitalize`.
    StrCapitalize => "capitalize",
    /// `str.title`.
    StrTitle => "title",
    /// `str.swapcase`.
    StrSwapcase => "swapcase",
    /// `str.casefold`.
    StrCasefold => "casefold",
    /// `str.strip`.
    StrStrip => "strip",
    /// `str.lstrip`.
    StrLstrip => "lstrip",
    /// `str.rstrip`.
    StrRstrip => "rstrip",
    /// `str.split`.
    StrSplit => "split",
    /// `str.rsplit`.
    StrRsplit => "rsplit",
    /// `str.splitlines`.
    StrSplitlines => "splitlines",
    /// `str.join`.
    StrJoin => "join",
    /// `str.replace`.
    StrReplace => "replace",
    /// `str.find`.
    StrFind => "find",
    /// `str.rfind`.
    StrRfind => "rfind",
    /// `str.index`.
    StrIndex => "index",
    /// `str.rindex`.
    StrRindex => "rindex",
    /// `str.count`.
    StrCount => "count",
    /// `str.startswith`.
    StrStartswith => "startswith",
    /// `str.endswith`.
    StrEndswith => "endswith",
    /// `str.isdigit`.
    StrIsdigit => "isdigit",
    /// `str.isalpha`.
    StrIsalpha => "isalpha",
    /// `str.isalnum`.
    StrIsalnum => "isalnum",
    /// `str.isspace`.
    StrIsspace => "isspace",
    /// `str.isupper`.
    StrIsupper => "isupper",
    /// `str.islower`.
    StrIslower => "islower",
    /// `str.istitle`.
    StrIstitle => "istitle",
    /// `str.isdecimal`.
    StrIsdecimal => "isdecimal",
    /// `str.isnumeric`.
    StrIsnumeric => "isnumeric",
    /// `str.isidentifier`.
    StrIsidentifier => "isidentifier",
    /// `str.isascii`.
    StrIsascii => "isascii",
    /// `str.isprintable`.
    StrIsprintable => "isprintable",
    /// `str.center`.
    StrCenter => "center",
    /// `str.ljust`.
    StrLjust => "ljust",
    /// `str.rjust`.
    StrRjust => "rjust",
    /// `str.zfill`.
    StrZfill => "zfill",
    /// `str.partition`.
    StrPartition => "partition",
    /// `str.rpartition`.
    StrRpartition => "rpartition",
    /// `str.removeprefix`.
    StrRemoveprefix => "removeprefix",
    /// `str.removesuffix`.
    StrRemovesuffix => "removesuffix",
    /// `str.format`.
    StrFormat => "format",
    /// `str.expandtabs`.
    StrExpandtabs => "expandtabs",
    /// `str.encode` (not supported).
    StrEncode => "encode",
    /// `str.maketrans(...)` (a static method: no receiver).
    StrMaketrans => "maketrans",
    /// `str.translate(table)`.
    StrTranslate => "translate",
    /// `list.append`.
    ListAppend => "append",
    /// `list.extend`.
    ListExtend => "extend",
    /// `list.insert`.
    ListInsert => "insert",
    /// `list.remove`.
    ListRemove => "remove",
    /// `list.pop`.
    ListPop => "pop",
    /// `list.clear`.
    ListClear => "clear",
    /// `list.index`.
    ListIndex => "index",
    /// `list.count`.
    ListCount => "count",
    /// `list.sort`.
    ListSort => "sort",
    /// `list.reverse`.
    ListReverse => "reverse",
    /// `list.copy`.
    ListCopy => "copy",
    /// `tuple.index`.
    TupleIndex => "index",
    /// `tuple.count`.
    TupleCount => "count",
    /// `dict.get`.
    DictGet => "get",
    /// `dict.keys`.
    DictKeys => "keys",
    /// `dict.values`.
    DictValues => "values",
    /// `dict.items`.
    DictItems => "items",
    /// `dict.pop`.
    DictPop => "pop",
    /// `dict.popitem`.
    DictPopitem => "popitem",
    /// `dict.setdefault`.
    DictSetdefault => "setdefault",
    /// `dict.update`.
    DictUpdate => "update",
    /// `deque.append(item)`.
    DequeAppend => "append",
    /// `deque.appendleft(item)`.
    DequeAppendleft => "appendleft",
    /// `deque.clear()`.
    DequeClear => "clear",
    /// `deque.copy()`.
    DequeCopy => "copy",
    /// `deque.count(item)`.
    DequeCount => "count",
    /// `deque.extend(iterable)`.
    DequeExtend => "extend",
    /// `deque.extendleft(iterable)`.
    DequeExtendleft => "extendleft",
    /// `deque.pop()`.
    DequePop => "pop",
    /// `deque.popleft()`.
    DequePopleft => "popleft",
    /// `deque.remove(item)`.
    DequeRemove => "remove",
    /// `deque.reverse()`.
    DequeReverse => "reverse",
    /// `deque.rotate(n=1)`.
    DequeRotate => "rotate",
    /// `Counter.most_common(n=None)`.
    CounterMostCommon => "most_common",
    /// `Counter.total()`.
    CounterTotal => "total",
    /// `Counter.elements()`.
    CounterElements => "elements",
    /// `Counter.update(iterable_or_mapping)`: adds counts.
    CounterUpdate => "update",
    /// `Counter.subtract(iterable_or_mapping)`.
    CounterSubtract => "subtract",
    /// `dict.clear`.
    DictClear => "clear",
    /// `dict.copy`.
    DictCopy => "copy",
    /// `dict.fromkeys` (called on the type).
    DictFromkeys => "fromkeys",
    /// `set.add`.
    SetAdd => "add",
    /// `set.remove`.
    SetRemove => "remove",
    /// `set.discard`.
    SetDiscard => "discard",
    /// `set.pop`.
    SetPop => "pop",
    /// `set.clear`.
    SetClear => "clear",
    /// `set.copy` (and `frozenset.copy`).
    SetCopy => "copy",
    /// `set.union`.
    SetUnion => "union",
    /// `set.intersection`.
    SetIntersection => "intersection",
    /// `set.difference`.
    SetDifference => "difference",
    /// `set.symmetric_difference`.
    SetSymmetricDifference => "symmetric_difference",
    /// `set.update`.
    SetUpdate => "update",
    /// `set.intersection_update`.
    SetIntersectionUpdate => "intersection_update",
    /// `set.difference_update`.
    SetDifferenceUpdate => "difference_update",
    /// `set.symmetric_difference_update`.
    SetSymmetricDifferenceUpdate => "symmetric_difference_update",
    /// `set.issubset`.
    SetIssubset => "issubset",
    /// `set.issuperset`.
    SetIssuperset => "issuperset",
    /// `set.isdisjoint`.
    SetIsdisjoint => "isdisjoint",
    /// `int.bit_length`.
    IntBitLength => "bit_length",
    /// `int.bit_count`.
    IntBitCount => "bit_count",
    /// `int.to_bytes` (not supported).
    IntToBytes => "to_bytes",
    /// `float.is_integer`.
    FloatIsInteger => "is_integer",
    /// `math.sqrt`.
    MathSqrt => "sqrt",
    /// `math.floor`.
    MathFloor => "floor",
    /// `math.ceil`.
    MathCeil => "ceil",
    /// `math.trunc`.
    MathTrunc => "trunc",
    /// `math.fabs`.
    MathFabs => "fabs",
    /// `math.factorial`.
    MathFactorial => "factorial",
    /// `math.gcd`.
    MathGcd => "gcd",
    /// `math.lcm`.
    MathLcm => "lcm",
    /// `math.isqrt`.
    MathIsqrt => "isqrt",
    /// `math.comb`.
    MathComb => "comb",
    /// `math.perm`.
    MathPerm => "perm",
    /// `math.pow`.
    MathPow => "pow",
    /// `math.exp`.
    MathExp => "exp",
    /// `math.log`.
    MathLog => "log",
    /// `math.log2`.
    MathLog2 => "log2",
    /// `math.log10`.
    MathLog10 => "log10",
    /// `math.sin`.
    MathSin => "sin",
    /// `math.cos`.
    MathCos => "cos",
    /// `math.tan`.
    MathTan => "tan",
    /// `math.asin`.
    MathAsin => "asin",
    /// `math.acos`.
    MathAcos => "acos",
    /// `math.atan`.
    MathAtan => "atan",
    /// `math.atan2`.
    MathAtan2 => "atan2",
    /// `math.degrees`.
    MathDegrees => "degrees",
    /// `math.radians`.
    MathRadians => "radians",
    /// `math.hypot`.
    MathHypot => "hypot",
    /// `math.isclose`.
    MathIsclose => "isclose",
    /// `math.isfinite`.
    MathIsfinite => "isfinite",
    /// `math.isinf`.
    MathIsinf => "isinf",
    /// `math.isnan`.
    MathIsnan => "isnan",
    /// `math.copysign`.
    MathCopysign => "copysign",
    /// `math.fsum`.
    MathFsum => "fsum",
    /// `math.prod`.
    MathProd => "prod",
    /// `math.dist`.
    MathDist => "dist",
    /// `math.modf`.
    MathModf => "modf",
    /// `math.fmod`.
    MathFmod => "fmod",
    /// `random.random`.
    RandomRandom => "random",
    /// `random.randint`.
    RandomRandint => "randint",
    /// `random.randrange`.
    RandomRandrange => "randrange",
    /// `random.choice`.
    RandomChoice => "choice",
    /// `random.choices`.
    RandomChoices => "choices",
    /// `random.shuffle`.
    RandomShuffle => "shuffle",
    /// `random.uniform`.
    RandomUniform => "uniform",
    /// `random.sample`.
    RandomSample => "sample",
    /// `random.seed`.
    RandomSeed => "seed",
    /// `random.getrandbits`.
    RandomGetrandbits => "getrandbits",
    /// `random.gauss`.
    RandomGauss => "gauss",
    /// `time.sleep`.
    TimeSleep => "sleep",
    /// `time.time`.
    TimeTime => "time",
    /// `time.monotonic`.
    TimeMonotonic => "monotonic",
    /// `time.perf_counter`.
    TimePerfCounter => "perf_counter",
    /// `turtle.forward(distance)`.
    TurtleForward => "forward",
    /// `turtle.backward(distance)`.
    TurtleBackward => "backward",
    /// `turtle.left(angle)`.
    TurtleLeft => "left",
    /// `turtle.right(angle)`.
    TurtleRight => "right",
    /// `turtle.goto(x, y)`.
    TurtleGoto => "goto",
    /// `turtle.setx(x)`.
    TurtleSetx => "setx",
    /// `turtle.sety(y)`.
    TurtleSety => "sety",
    /// `turtle.setheading(angle)`.
    TurtleSetheading => "setheading",
    /// `turtle.home()`.
    TurtleHome => "home",
    /// `turtle.circle(radius, extent, steps)`.
    TurtleCircle => "circle",
    /// `turtle.dot(size, color)`.
    TurtleDot => "dot",
    /// `turtle.stamp()`.
    TurtleStamp => "stamp",
    /// `turtle.penup()`.
    TurtlePenup => "penup",
    /// `turtle.pendown()`.
    TurtlePendown => "pendown",
    /// `turtle.isdown()`.
    TurtleIsdown => "isdown",
    /// `turtle.pensize(width)`.
    TurtlePensize => "pensize",
    /// `turtle.pencolor(color)`.
    TurtlePencolor => "pencolor",
    /// `turtle.fillcolor(color)`.
    TurtleFillcolor => "fillcolor",
    /// `turtle.color(pen, fill)`.
    TurtleColor => "color",
    /// `turtle.begin_fill()`.
    TurtleBeginFill => "begin_fill",
    /// `turtle.end_fill()`.
    TurtleEndFill => "end_fill",
    /// `turtle.filling()`.
    TurtleFilling => "filling",
    /// `turtle.write(text, move, align, font)`.
    TurtleWrite => "write",
    /// `turtle.speed(n)`.
    TurtleSpeed => "speed",
    /// `turtle.hideturtle()`.
    TurtleHideturtle => "hideturtle",
    /// `turtle.showturtle()`.
    TurtleShowturtle => "showturtle",
    /// `turtle.isvisible()`.
    TurtleIsvisible => "isvisible",
    /// `turtle.shape(name)`.
    TurtleShape => "shape",
    /// `turtle.position()`.
    TurtlePosition => "position",
    /// `turtle.xcor()`.
    TurtleXcor => "xcor",
    /// `turtle.ycor()`.
    TurtleYcor => "ycor",
    /// `turtle.heading()`.
    TurtleHeading => "heading",
    /// `turtle.distance(x, y)`.
    TurtleDistance => "distance",
    /// `turtle.towards(x, y)`.
    TurtleTowards => "towards",
    /// `turtle.clear()`.
    TurtleClear => "clear",
    /// `turtle.reset()`.
    TurtleReset => "reset",
    /// `turtle.bgcolor(color)` (the screen's).
    TurtleBgcolor => "bgcolor",
    /// `turtle.setup(width, height)` (the screen's).
    TurtleSetup => "setup",
    /// `turtle.tracer(n)` (the screen's).
    TurtleTracer => "tracer",
    /// `turtle.update()` (the screen's).
    TurtleUpdate => "update",
    /// `turtle.title(text)` (the screen's).
    TurtleTitle => "title",
    /// `turtle.colormode(mode)` (the screen's).
    TurtleColormode => "colormode",
    /// `turtle.done()`.
    TurtleDone => "done",
    /// `turtle.mainloop()`.
    TurtleMainloop => "mainloop",
    /// `turtle.exitonclick()`.
    TurtleExitonclick => "exitonclick",
    /// `turtle.Screen()`.
    TurtleScreenFunction => "Screen",
    /// `robot.move()`: one cell forward.
    RobotMove => "move",
    /// `robot.turn_left()`.
    RobotTurnLeft => "turn_left",
    /// `robot.turn_right()` (when the lesson offers it).
    RobotTurnRight => "turn_right",
    /// `robot.pick()`: one item from the cell into the bag.
    RobotPick => "pick",
    /// `robot.put()`: one item from the bag into the cell.
    RobotPut => "put",
    /// `robot.front_is_clear()`.
    RobotFrontIsClear => "front_is_clear",
    /// `robot.front_is_blocked()`.
    RobotFrontIsBlocked => "front_is_blocked",
    /// `robot.left_is_clear()`.
    RobotLeftIsClear => "left_is_clear",
    /// `robot.left_is_blocked()`.
    RobotLeftIsBlocked => "left_is_blocked",
    /// `robot.right_is_clear()`.
    RobotRightIsClear => "right_is_clear",
    /// `robot.right_is_blocked()`.
    RobotRightIsBlocked => "right_is_blocked",
    /// `robot.items_here()`: how many items lie in the robot's cell.
    RobotItemsHere => "items_here",
    /// `robot.item_here()`: whether an item lies in the robot's cell.
    RobotItemHere => "item_here",
    /// `robot.no_item_here()`.
    RobotNoItemHere => "no_item_here",
    /// `robot.items_in_bag()`: how many items the bag holds.
    RobotItemsInBag => "items_in_bag",
    /// `robot.bag_is_empty()`.
    RobotBagIsEmpty => "bag_is_empty",
    /// `robot.facing_north()`.
    RobotFacingNorth => "facing_north",
    /// `robot.facing_south()`.
    RobotFacingSouth => "facing_south",
    /// `robot.facing_east()`.
    RobotFacingEast => "facing_east",
    /// `robot.facing_west()`.
    RobotFacingWest => "facing_west",
    /// `canvas.size(width, height)`.
    CanvasSize => "size",
    /// `canvas.background(colour)`: paints the whole canvas.
    CanvasBackground => "background",
    /// `canvas.fill(colour)`: the inside's colour of the shapes after it.
    CanvasFill => "fill",
    /// `canvas.no_fill()`.
    CanvasNoFill => "no_fill",
    /// `canvas.stroke(colour)`: the outline's colour.
    CanvasStroke => "stroke",
    /// `canvas.no_stroke()`.
    CanvasNoStroke => "no_stroke",
    /// `canvas.stroke_weight(pixels)`.
    CanvasStrokeWeight => "stroke_weight",
    /// `canvas.line(x1, y1, x2, y2)`.
    CanvasLine => "line",
    /// `canvas.rect(x, y, width, height)`: from the top-left corner.
    CanvasRect => "rect",
    /// `canvas.ellipse(x, y, width, height)`: around its centre.
    CanvasEllipse => "ellipse",
    /// `canvas.circle(x, y, radius)`.
    CanvasCircle => "circle",
    /// `canvas.triangle(x1, y1, x2, y2, x3, y3)`.
    CanvasTriangle => "triangle",
    /// `canvas.polygon(points)`.
    CanvasPolygon => "polygon",
    /// `canvas.point(x, y)`.
    CanvasPoint => "point",
    /// `canvas.arc(x, y, width, height, start, stop)`, angles in degrees.
    CanvasArc => "arc",
    /// `canvas.text(message, x, y, size=None)`.
    CanvasText => "text",
    /// `canvas.text_size(pixels)`.
    CanvasTextSize => "text_size",
    /// `canvas.push()`: keeps the style and the transform.
    CanvasPush => "push",
    /// `canvas.pop()`: brings them back.
    CanvasPop => "pop",
    /// `canvas.translate(x, y)`.
    CanvasTranslate => "translate",
    /// `canvas.rotate(degrees)`.
    CanvasRotate => "rotate",
    /// `canvas.scale(factor)` or `scale(x, y)`.
    CanvasScale => "scale",
    /// `canvas.frame_rate(fps)`: the frames a second wanted (and given back).
    CanvasFrameRate => "frame_rate",
    /// `canvas.millis()`: milliseconds since the animation started.
    CanvasMillis => "millis",
    /// `canvas.key_is_down(name)`: whether that key is held now.
    CanvasKeyIsDown => "key_is_down",
    /// `canvas.no_loop()`: `draw()` is not called again; the animation ends.
    CanvasNoLoop => "no_loop",
    /// The prelude's frame loop asks whether `draw()` is still called.
    CanvasLooping => "__canvas_looping",
    /// The prelude's frame loop waits for the host's next frame.
    CanvasNextFrame => "__canvas_next_frame",
    /// The prelude's frame loop takes the frame's next event.
    CanvasNextEvent => "__canvas_next_event",
    /// The prelude's frame loop keeps what a check's probe returned.
    CanvasReport => "__canvas_report",
    /// `rover.motors(left, right)`: each motor's power, -100 to 100.
    RoverMotors => "motors",
    /// `rover.drive(cm, power=50)`: forward (backward when negative).
    RoverDrive => "drive",
    /// `rover.turn(degrees, power=30)`: left when positive, right when negative.
    RoverTurn => "turn",
    /// `rover.stop()`.
    RoverStop => "stop",
    /// `rover.wait(seconds)`.
    RoverWait => "wait",
    /// `rover.distance()`: centimetres to the wall ahead.
    RoverDistance => "distance",
    /// `rover.light(sensor="center")`: reflected light, 0 to 100.
    RoverLight => "light",
    /// `rover.color(sensor="center")`: the colour's name under a sensor.
    RoverColor => "color",
    /// `rover.on_line(sensor="center")`: whether the sensor sees a dark line.
    RoverOnLine => "on_line",
    /// `rover.bumper()`: whether the bumper is pressed.
    RoverBumper => "bumper",
    /// `rover.gyro()`: degrees turned since the start, left positive.
    RoverGyro => "gyro",
    /// `rover.encoders()`: the degrees each wheel has turned.
    RoverEncoders => "encoders",
    /// `rover.timer()`: simulated seconds since the start.
    RoverTimer => "timer",
    /// `bytes.decode(encoding='utf-8')`.
    BytesDecode => "decode",
    /// `generator.send(value)`.
    GeneratorSend => "send",
    /// `generator.throw(exception)`.
    GeneratorThrow => "throw",
    /// `generator.close()`.
    GeneratorClose => "close",
    /// `dataclasses.dataclass`.
    Dataclass => "dataclass",
    /// A dataclass's `__init__`.
    DataclassInit => "__init__",
    /// A dataclass's `__repr__`.
    DataclassRepr => "__repr__",
    /// A dataclass's `__eq__`.
    DataclassEq => "__eq__",
    /// `object.__init__` (an exception's sets its `args`).
    ObjectInit => "__init__",
    /// `object.__str__`.
    ObjectStr => "__str__",
    /// `object.__repr__`.
    ObjectRepr => "__repr__",
    /// `property.setter`.
    PropertySetter => "setter",
    /// `property.getter`.
    PropertyGetter => "getter",
    /// `property.deleter`.
    PropertyDeleter => "deleter",
}

/// The functions of the builtins namespace, in the order of CPython's
/// documentation. The editor's autocomplete is generated from this table
/// (through [`builtin_names`]); the builtin *types* (`int`, `range`,
/// `ValueError`...) are [`super::types::TypeId`]s.
pub const BUILTINS_NAMESPACE: &[BuiltinFunction] = {
    use BuiltinFunction as B;
    &[
        B::Abs,
        B::All,
        B::Any,
        B::Ascii,
        B::Bin,
        B::Breakpoint,
        B::Bytearray,
        B::Bytes,
        B::Callable,
        B::Chr,
        B::Classmethod,
        B::Compile,
        B::Complex,
        B::Delattr,
        B::Dir,
        B::Divmod,
        B::Enumerate,
        B::Eval,
        B::Exec,
        B::Exit,
        B::Filter,
        B::Format,
        B::Getattr,
        B::Globals,
        B::Hasattr,
        B::Hash,
        B::Help,
        B::Hex,
        B::Id,
        B::Input,
        B::Isinstance,
        B::Issubclass,
        B::Iter,
        B::Len,
        B::Locals,
        B::Map,
        B::Max,
        B::Memoryview,
        B::Min,
        B::Next,
        B::Oct,
        B::Open,
        B::Ord,
        B::Pow,
        B::Print,
        B::Property,
        B::Quit,
        B::Repr,
        B::Reversed,
        B::Round,
        B::Setattr,
        B::Sorted,
        B::Staticmethod,
        B::Sum,
        B::Super,
        B::Vars,
        B::Zip,
        B::DunderImport,
    ]
};

/// The prelude's native helpers: found by name only from the prelude's code
/// (their names start with `__`), never offered to autocomplete.
pub const PRELUDE_NATIVES: &[BuiltinFunction] = &[
    BuiltinFunction::SortByKeys,
    BuiltinFunction::SortListByKeys,
    BuiltinFunction::CanvasNextFrame,
    BuiltinFunction::CanvasNextEvent,
    BuiltinFunction::CanvasReport,
    BuiltinFunction::CanvasLooping,
];

/// The names of the builtin functions a program can call, for autocomplete
/// (the builtin types' names come from [`super::types::TypeId`]).
pub fn builtin_names() -> impl Iterator<Item = &'static str> {
    BUILTINS_NAMESPACE.iter().map(|function| function.name())
}

impl BuiltinFunction {
    /// The builtin function called `name` in the builtins namespace (or, for
    /// a name starting with `__`, one of the prelude's native helpers).
    pub fn from_builtin_name(name: &str) -> Option<BuiltinFunction> {
        BUILTINS_NAMESPACE
            .iter()
            .chain(PRELUDE_NATIVES)
            .copied()
            .find(|function| function.name() == name)
    }
}
