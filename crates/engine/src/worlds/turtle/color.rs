//! Colours as the turtle takes them: Tk's names (X11's, as CPython's
//! turtle passes them to Tk), `#rgb` and `#rrggbb`, and the Kazakh and
//! Russian names of the common colours.

/// A colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Color {
    /// Red, 0 to 255.
    pub red: u8,
    /// Green, 0 to 255.
    pub green: u8,
    /// Blue, 0 to 255.
    pub blue: u8,
}

impl Color {
    /// Black.
    pub const BLACK: Color = Color::new(0, 0, 0);
    /// White.
    pub const WHITE: Color = Color::new(255, 255, 255);

    /// The colour `(red, green, blue)`.
    pub const fn new(red: u8, green: u8, blue: u8) -> Color {
        Color { red, green, blue }
    }

    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.red, self.green, self.blue)
    }
}

/// Tk's colour names pupils use (X11's values: Tk's `green` is `#00ff00`),
/// then the Kazakh and Russian names of the common ones.
const NAMED: &[(&str, Color)] = &[
    ("black", Color::new(0, 0, 0)),
    ("white", Color::new(255, 255, 255)),
    ("red", Color::new(255, 0, 0)),
    ("green", Color::new(0, 255, 0)),
    ("blue", Color::new(0, 0, 255)),
    ("yellow", Color::new(255, 255, 0)),
    ("cyan", Color::new(0, 255, 255)),
    ("magenta", Color::new(255, 0, 255)),
    ("orange", Color::new(255, 165, 0)),
    ("purple", Color::new(160, 32, 240)),
    ("pink", Color::new(255, 192, 203)),
    ("brown", Color::new(165, 42, 42)),
    ("gray", Color::new(190, 190, 190)),
    ("grey", Color::new(190, 190, 190)),
    ("violet", Color::new(238, 130, 238)),
    ("gold", Color::new(255, 215, 0)),
    ("navy", Color::new(0, 0, 128)),
    ("maroon", Color::new(176, 48, 96)),
    ("lime", Color::new(0, 255, 0)),
    ("olive", Color::new(128, 128, 0)),
    ("teal", Color::new(0, 128, 128)),
    ("silver", Color::new(192, 192, 192)),
    ("indigo", Color::new(75, 0, 130)),
    ("crimson", Color::new(220, 20, 60)),
    ("aqua", Color::new(0, 255, 255)),
    ("fuchsia", Color::new(255, 0, 255)),
    ("turquoise", Color::new(64, 224, 208)),
    ("skyblue", Color::new(135, 206, 235)),
    ("lightblue", Color::new(173, 216, 230)),
    ("darkblue", Color::new(0, 0, 139)),
    ("darkgreen", Color::new(0, 100, 0)),
    ("lightgreen", Color::new(144, 238, 144)),
    ("darkred", Color::new(139, 0, 0)),
    ("orangered", Color::new(255, 69, 0)),
    ("darkorange", Color::new(255, 140, 0)),
    ("tomato", Color::new(255, 99, 71)),
    ("coral", Color::new(255, 127, 80)),
    ("salmon", Color::new(250, 128, 114)),
    ("khaki", Color::new(240, 230, 140)),
    ("beige", Color::new(245, 245, 220)),
    ("tan", Color::new(210, 180, 140)),
    ("chocolate", Color::new(210, 105, 30)),
    ("lavender", Color::new(230, 230, 250)),
    ("plum", Color::new(221, 160, 221)),
    ("orchid", Color::new(218, 112, 214)),
    ("deeppink", Color::new(255, 20, 147)),
    ("hotpink", Color::new(255, 105, 180)),
    ("lightgray", Color::new(211, 211, 211)),
    ("lightgrey", Color::new(211, 211, 211)),
    ("darkgray", Color::new(169, 169, 169)),
    ("darkgrey", Color::new(169, 169, 169)),
    ("dimgray", Color::new(105, 105, 105)),
    ("yellowgreen", Color::new(154, 205, 50)),
    ("forestgreen", Color::new(34, 139, 34)),
    ("seagreen", Color::new(46, 139, 87)),
    ("springgreen", Color::new(0, 255, 127)),
    ("limegreen", Color::new(50, 205, 50)),
    ("royalblue", Color::new(65, 105, 225)),
    ("steelblue", Color::new(70, 130, 180)),
    ("dodgerblue", Color::new(30, 144, 255)),
    ("deepskyblue", Color::new(0, 191, 255)),
    ("midnightblue", Color::new(25, 25, 112)),
    ("slateblue", Color::new(106, 90, 205)),
    ("sienna", Color::new(160, 82, 45)),
    ("peru", Color::new(205, 133, 63)),
    ("wheat", Color::new(245, 222, 179)),
    ("ivory", Color::new(255, 255, 240)),
    ("snow", Color::new(255, 250, 250)),
    ("aquamarine", Color::new(127, 255, 212)),
    ("chartreuse", Color::new(127, 255, 0)),
    ("firebrick", Color::new(178, 34, 34)),
    ("goldenrod", Color::new(218, 165, 32)),
    ("darkviolet", Color::new(148, 0, 211)),
    ("blueviolet", Color::new(138, 43, 226)),
    ("mediumpurple", Color::new(147, 112, 219)),
    // Қазақша.
    ("қара", Color::new(0, 0, 0)),
    ("ақ", Color::new(255, 255, 255)),
    ("қызыл", Color::new(255, 0, 0)),
    ("жасыл", Color::new(0, 255, 0)),
    ("көк", Color::new(0, 0, 255)),
    ("көгілдір", Color::new(0, 255, 255)),
    ("сары", Color::new(255, 255, 0)),
    ("қызғылт сары", Color::new(255, 165, 0)),
    ("күлгін", Color::new(160, 32, 240)),
    ("қызғылт", Color::new(255, 192, 203)),
    ("қоңыр", Color::new(165, 42, 42)),
    ("сұр", Color::new(190, 190, 190)),
    ("алтын", Color::new(255, 215, 0)),
    // Русский.
    ("чёрный", Color::new(0, 0, 0)),
    ("черный", Color::new(0, 0, 0)),
    ("белый", Color::new(255, 255, 255)),
    ("красный", Color::new(255, 0, 0)),
    ("зелёный", Color::new(0, 255, 0)),
    ("зеленый", Color::new(0, 255, 0)),
    ("синий", Color::new(0, 0, 255)),
    ("голубой", Color::new(0, 255, 255)),
    ("жёлтый", Color::new(255, 255, 0)),
    ("желтый", Color::new(255, 255, 0)),
    ("оранжевый", Color::new(255, 165, 0)),
    ("фиолетовый", Color::new(160, 32, 240)),
    ("розовый", Color::new(255, 192, 203)),
    ("коричневый", Color::new(165, 42, 42)),
    ("серый", Color::new(190, 190, 190)),
    ("золотой", Color::new(255, 215, 0)),
];

/// The colour a name or `#rgb`/`#rrggbb` text stands for (case and spaces
/// ignored, as Tk ignores them).
pub fn color_from_text(text: &str) -> Option<Color> {
    let text = text.trim();
    if let Some(digits) = text.strip_prefix('#') {
        return color_from_hex(digits);
    }
    let wanted: String = text.to_lowercase();
    let compact: String = wanted
        .chars()
        .filter(|character| *character != ' ')
        .collect();
    NAMED
        .iter()
        .find(|(name, _)| *name == wanted || *name == compact)
        .map(|(_, color)| *color)
}

/// `rgb` or `rrggbb` hexadecimal digits.
fn color_from_hex(digits: &str) -> Option<Color> {
    if !digits.chars().all(|digit| digit.is_ascii_hexdigit()) {
        return None;
    }
    let value = |range: std::ops::Range<usize>| u8::from_str_radix(&digits[range], 16).ok();
    match digits.len() {
        3 => {
            let expand = |index: usize| value(index..index + 1).map(|digit| digit * 17);
            Some(Color::new(expand(0)?, expand(1)?, expand(2)?))
        }
        6 => Some(Color::new(value(0..2)?, value(2..4)?, value(4..6)?)),
        _ => None,
    }
}
