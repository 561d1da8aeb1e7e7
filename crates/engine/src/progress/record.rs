//! Progress records: small flat JSON objects, written and read by hand.
//!
//! A record is one JSON object whose values are strings, non-negative whole
//! numbers or `null`, such as `{"version":1,"code":"print(1)\n"}`. That is all
//! progress needs, and a few dozen lines here weigh far less in the wasm than
//! `serde_json`. What this module writes is standard JSON (a test reads it back
//! with `serde_json`), so the later export and import of progress, and any tool,
//! can read it. Reading is strict: anything else (nested values, fractions,
//! booleans, a repeated field, text after the object) is not a record.

/// A value of a record's field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum RecordValue {
    /// A JSON string.
    Text(String),
    /// A JSON number without sign, fraction or exponent.
    Number(u64),
    /// JSON's `null`.
    Null,
}

/// The JSON text of an object with `fields`, in their order.
pub(crate) fn write_record(fields: &[(&str, RecordValue)]) -> String {
    let mut json = String::from("{");
    for (position, (name, value)) in fields.iter().enumerate() {
        if position > 0 {
            json.push(',');
        }
        write_string(&mut json, name);
        json.push(':');
        match value {
            RecordValue::Text(text) => write_string(&mut json, text),
            RecordValue::Number(number) => json.push_str(&number.to_string()),
            RecordValue::Null => json.push_str("null"),
        }
    }
    json.push('}');
    json
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
                json.push_str(&format!("\\u{:04x}", u32::from(control)));
            }
            other => json.push(other),
        }
    }
    json.push('"');
}

/// The fields of the record in `json`, in their order; `None` when the text is
/// not one flat JSON object of strings, whole numbers and nulls.
pub(crate) fn read_record(json: &str) -> Option<Vec<(String, RecordValue)>> {
    let mut reader = Reader { rest: json };
    reader.skip_whitespace();
    reader.require('{')?;
    let mut fields: Vec<(String, RecordValue)> = Vec::new();
    reader.skip_whitespace();
    if !reader.eat('}') {
        loop {
            reader.skip_whitespace();
            reader.require('"')?;
            let name = reader.string_body()?;
            if fields.iter().any(|(existing, _)| *existing == name) {
                return None;
            }
            reader.skip_whitespace();
            reader.require(':')?;
            reader.skip_whitespace();
            let value = reader.value()?;
            fields.push((name, value));
            reader.skip_whitespace();
            if reader.eat('}') {
                break;
            }
            reader.require(',')?;
        }
    }
    reader.skip_whitespace();
    reader.rest.is_empty().then_some(fields)
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

    fn next_char(&mut self) -> Option<char> {
        let character = self.rest.chars().next()?;
        self.rest = &self.rest[character.len_utf8()..];
        Some(character)
    }

    fn value(&mut self) -> Option<RecordValue> {
        if self.eat('"') {
            return self.string_body().map(RecordValue::Text);
        }
        if let Some(rest) = self.rest.strip_prefix("null") {
            self.rest = rest;
            return Some(RecordValue::Null);
        }
        let digits_end = self
            .rest
            .find(|character: char| !character.is_ascii_digit())
            .unwrap_or(self.rest.len());
        let digits = &self.rest[..digits_end];
        if digits.is_empty() || (digits.len() > 1 && digits.starts_with('0')) {
            return None;
        }
        let number = digits.parse().ok()?;
        self.rest = &self.rest[digits_end..];
        Some(RecordValue::Number(number))
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
