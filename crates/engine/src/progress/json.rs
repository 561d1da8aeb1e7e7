//! JSON for progress: stored records and progress files, written and read by hand.
//!
//! Progress needs plain JSON (objects, lists, strings, whole numbers) and a
//! reader that never panics on whatever a damaged store or a foreign file
//! holds. A couple of hundred lines here weigh far less in the wasm than
//! `serde_json`; what this module writes is standard JSON (tests read it back
//! with `serde_json`), so any tool can read a pupil's progress file.
//!
//! Reading is strict JSON with two limits: nesting deeper than
//! [`DEEPEST_NESTING`] and repeated names in one object are refused. Numbers
//! keep their text; [`JsonValue::as_count`] reads a whole number.

/// How deep lists and objects may nest in what is read (progress needs 5).
pub const DEEPEST_NESTING: usize = 32;

/// A JSON value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonValue {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as its JSON text (`12`, `-1.5e3`).
    Number(String),
    /// A string.
    Text(String),
    /// A list.
    List(Vec<JsonValue>),
    /// An object's fields in their order.
    Object(Vec<(String, JsonValue)>),
}

impl JsonValue {
    /// A whole number from 0 up.
    pub fn count(number: u64) -> JsonValue {
        JsonValue::Number(number.to_string())
    }

    /// The field `name` of an object (`None` for other values).
    pub fn field(&self, name: &str) -> Option<&JsonValue> {
        match self {
            JsonValue::Object(fields) => fields
                .iter()
                .find(|(field_name, _)| field_name == name)
                .map(|(_, value)| value),
            _ => None,
        }
    }

    /// A whole number from 0 to 2^64 - 1 written without fraction or exponent.
    pub fn as_count(&self) -> Option<u64> {
        match self {
            JsonValue::Number(text) => text.parse().ok(),
            _ => None,
        }
    }

    /// The text of a string.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            JsonValue::Text(text) => Some(text),
            _ => None,
        }
    }

    /// The compact JSON text of this value.
    pub fn to_compact_text(&self) -> String {
        let mut json = String::new();
        write_value(&mut json, self, None);
        json
    }

    /// The JSON text of this value laid out for people: two spaces per level,
    /// each field and item on its own line.
    pub fn to_readable_text(&self) -> String {
        let mut json = String::new();
        write_value(&mut json, self, Some(0));
        json.push('\n');
        json
    }
}

/// Builds an object from fields, leaving out those whose value is `None`.
pub fn object(fields: Vec<(&str, Option<JsonValue>)>) -> JsonValue {
    JsonValue::Object(
        fields
            .into_iter()
            .filter_map(|(name, value)| Some((name.to_owned(), value?)))
            .collect(),
    )
}

fn write_value(json: &mut String, value: &JsonValue, indent: Option<usize>) {
    match value {
        JsonValue::Null => json.push_str("null"),
        JsonValue::Bool(true) => json.push_str("true"),
        JsonValue::Bool(false) => json.push_str("false"),
        JsonValue::Number(text) => json.push_str(text),
        JsonValue::Text(text) => write_string(json, text),
        JsonValue::List(items) => write_items(
            json,
            '[',
            ']',
            items.iter(),
            indent,
            |json, item, indent| {
                write_value(json, item, indent);
            },
        ),
        JsonValue::Object(fields) => write_items(
            json,
            '{',
            '}',
            fields.iter(),
            indent,
            |json, (name, value), indent| {
                write_string(json, name);
                json.push(':');
                if indent.is_some() {
                    json.push(' ');
                }
                write_value(json, value, indent);
            },
        ),
    }
}

fn write_items<T>(
    json: &mut String,
    open: char,
    close: char,
    items: impl ExactSizeIterator<Item = T>,
    indent: Option<usize>,
    write_item: impl Fn(&mut String, T, Option<usize>),
) {
    json.push(open);
    let is_empty = items.len() == 0;
    let inner = indent.map(|level| level + 1);
    for (position, item) in items.enumerate() {
        if position > 0 {
            json.push(',');
        }
        new_line(json, inner);
        write_item(json, item, inner);
    }
    if !is_empty {
        new_line(json, indent);
    }
    json.push(close);
}

fn new_line(json: &mut String, indent: Option<usize>) {
    if let Some(level) = indent {
        json.push('\n');
        for _ in 0..level {
            json.push_str("  ");
        }
    }
}

fn write_string(json: &mut String, text: &str) {
    json.push('"');
    for character in text.chars() {
        match character {
            '"' => json.push_str("\\\""),
            '\\' => json.push_str("\\\\"),
            '\n' => json.push_str("\\n"),
            '\r' => json.push_str("\\r"),
            '\t' => json.push_str("\\t"),
            control if u32::from(control) < 0x20 => {
                json.push_str("\\u00");
                json.push(hex_digit(u32::from(control) >> 4));
                json.push(hex_digit(u32::from(control) & 0xf));
            }
            other => json.push(other),
        }
    }
    json.push('"');
}

fn hex_digit(value: u32) -> char {
    char::from_digit(value, 16).unwrap_or('0')
}

/// The value in `json`, or `None` when the text is not one JSON value (with
/// the limits in the module's documentation).
pub fn parse_json(json: &str) -> Option<JsonValue> {
    let mut reader = Reader { rest: json };
    let value = reader.value(0)?;
    reader.skip_whitespace();
    reader.rest.is_empty().then_some(value)
}

/// Reads JSON from the front of `rest`.
struct Reader<'a> {
    rest: &'a str,
}

impl Reader<'_> {
    fn skip_whitespace(&mut self) {
        self.rest = self.rest.trim_start_matches([' ', '\t', '\n', '\r']);
    }

    fn eat(&mut self, expected: char) -> bool {
        match self.rest.strip_prefix(expected) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }

    fn require(&mut self, expected: char) -> Option<()> {
        self.eat(expected).then_some(())
    }

    fn eat_word(&mut self, word: &str) -> bool {
        match self.rest.strip_prefix(word) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }

    fn next_char(&mut self) -> Option<char> {
        let character = self.rest.chars().next()?;
        self.rest = &self.rest[character.len_utf8()..];
        Some(character)
    }

    /// One value; `depth` counts the lists and objects around it, so the
    /// recursion is bounded by [`DEEPEST_NESTING`].
    fn value(&mut self, depth: usize) -> Option<JsonValue> {
        self.skip_whitespace();
        if self.eat('"') {
            return self.string_body().map(JsonValue::Text);
        }
        if self.eat_word("null") {
            return Some(JsonValue::Null);
        }
        if self.eat_word("true") {
            return Some(JsonValue::Bool(true));
        }
        if self.eat_word("false") {
            return Some(JsonValue::Bool(false));
        }
        if self.rest.starts_with(['[', '{']) {
            if depth >= DEEPEST_NESTING {
                return None;
            }
            return if self.eat('[') {
                self.list(depth + 1)
            } else {
                self.require('{')?;
                self.object(depth + 1)
            };
        }
        self.number()
    }

    fn list(&mut self, depth: usize) -> Option<JsonValue> {
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.eat(']') {
            return Some(JsonValue::List(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_whitespace();
            if self.eat(']') {
                return Some(JsonValue::List(items));
            }
            self.require(',')?;
        }
    }

    fn object(&mut self, depth: usize) -> Option<JsonValue> {
        let mut fields: Vec<(String, JsonValue)> = Vec::new();
        self.skip_whitespace();
        if self.eat('}') {
            return Some(JsonValue::Object(fields));
        }
        loop {
            self.skip_whitespace();
            self.require('"')?;
            let name = self.string_body()?;
            if fields.iter().any(|(existing, _)| *existing == name) {
                return None;
            }
            self.skip_whitespace();
            self.require(':')?;
            let value = self.value(depth)?;
            fields.push((name, value));
            self.skip_whitespace();
            if self.eat('}') {
                return Some(JsonValue::Object(fields));
            }
            self.require(',')?;
        }
    }

    /// A number as JSON writes it: `-`? digits (no leading zero) fraction? exponent?
    fn number(&mut self) -> Option<JsonValue> {
        let start = self.rest;
        self.eat('-');
        let leading_zero = self.rest.starts_with('0')
            && self.rest[1..].starts_with(|character: char| character.is_ascii_digit());
        if leading_zero || self.digits() == 0 {
            return None;
        }
        if self.eat('.') && self.digits() == 0 {
            return None;
        }
        if self.eat('e') || self.eat('E') {
            if !self.eat('+') {
                self.eat('-');
            }
            if self.digits() == 0 {
                return None;
            }
        }
        Some(JsonValue::Number(self.rest_before(start).to_owned()))
    }

    /// What was read since `start` (a later part of the same text).
    fn rest_before<'s>(&self, start: &'s str) -> &'s str {
        &start[..start.len() - self.rest.len()]
    }

    fn digits(&mut self) -> usize {
        let count = self
            .rest
            .find(|character: char| !character.is_ascii_digit())
            .unwrap_or(self.rest.len());
        self.rest = &self.rest[count..];
        count
    }

    /// A string's contents after its opening quote, up to and with the closing one.
    fn string_body(&mut self) -> Option<String> {
        let mut text = String::new();
        loop {
            match self.next_char()? {
                '"' => return Some(text),
                '\\' => text.push(self.escape()?),
                control if u32::from(control) < 0x20 => return None,
                other => text.push(other),
            }
        }
    }

    fn escape(&mut self) -> Option<char> {
        Some(match self.next_char()? {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\u{8}',
            'f' => '\u{c}',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'u' => {
                let unit = self.hex_unit()?;
                if (0xd800..0xdc00).contains(&unit) {
                    // A character outside the Basic Multilingual Plane (an emoji)
                    // comes as two escapes, a surrogate pair.
                    self.require('\\')?;
                    self.require('u')?;
                    let low = self.hex_unit()?;
                    if !(0xdc00..0xe000).contains(&low) {
                        return None;
                    }
                    char::from_u32(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00))?
                } else {
                    char::from_u32(unit)?
                }
            }
            _ => return None,
        })
    }

    fn hex_unit(&mut self) -> Option<u32> {
        let digits = self.rest.get(..4)?;
        if !digits
            .chars()
            .all(|character| character.is_ascii_hexdigit())
        {
            return None;
        }
        self.rest = &self.rest[4..];
        u32::from_str_radix(digits, 16).ok()
    }
}
