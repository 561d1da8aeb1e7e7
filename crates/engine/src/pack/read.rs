//! Reading a TOML file of a pack field by field, with the place of every
//! value: toml's spanned tree (`DeTable`) and small typed readers that report
//! a wrong type, an unknown field or an unknown value in the reader's language.
//! Hand-written rather than serde-derived: every error is the loader's own,
//! and the wasm carries one reader instead of one per structure.

use std::ops::Range;

use toml::de::{DeArray, DeTable, DeValue};
use toml::Spanned;

use super::error::{message, PackError};

/// A file being read: its name and text, for the places of its problems.
#[derive(Clone, Copy)]
pub(crate) struct SourceFile<'a> {
    /// The file's name as the pack names it.
    pub name: &'a str,
    /// Its text.
    pub text: &'a str,
}

/// A value with its place.
pub(crate) type Value<'i> = Spanned<DeValue<'i>>;

/// A table of a file, and where it is.
#[derive(Clone, Copy)]
pub(crate) struct Table<'t, 'i> {
    entries: &'t DeTable<'i>,
    /// Where the table starts, for problems of the table as a whole.
    pub start: usize,
}

impl<'t, 'i> Table<'t, 'i> {
    /// A whole file as a table, its fields left unchecked (a world file
    /// may be a lesson's file too).
    pub fn whole(document: &'t Spanned<DeTable<'i>>) -> Table<'t, 'i> {
        Table {
            entries: document.get_ref(),
            start: 0,
        }
    }

    /// The value of `field`, if the table has it.
    pub fn get(&self, field: &str) -> Option<&'t Value<'i>> {
        self.entries
            .iter()
            .find(|(key, _)| key.get_ref().as_ref() == field)
            .map(|(_, value)| value)
    }

    /// Whether the table has `field`.
    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }
}

/// Collects problems while a file is read.
pub(crate) struct Reader {
    /// Every problem found so far.
    pub errors: Vec<PackError>,
}

impl Reader {
    /// Records a problem at `span` of `file`.
    pub fn report(
        &mut self,
        file: SourceFile<'_>,
        span: Option<Range<usize>>,
        id: &'static str,
        arguments: &[(&'static str, &str)],
    ) {
        self.errors.push(PackError::at(
            file.name,
            file.text,
            span,
            message(id, arguments),
        ));
    }

    /// Parses `file` as TOML; a syntax error is reported with its place.
    pub fn parse<'i>(&mut self, file: SourceFile<'i>) -> Option<Spanned<DeTable<'i>>> {
        match DeTable::parse(file.text) {
            Ok(table) => Some(table),
            Err(error) => {
                let detail = error.message().trim().to_owned();
                self.report(
                    file,
                    error.span(),
                    "pack-error-syntax",
                    &[("detail", &detail)],
                );
                None
            }
        }
    }

    /// The whole file as a table, checking its fields against `allowed`.
    pub fn root<'t, 'i>(
        &mut self,
        file: SourceFile<'_>,
        table: &'t Spanned<DeTable<'i>>,
        allowed: &[&str],
    ) -> Table<'t, 'i> {
        let table = Table {
            entries: table.get_ref(),
            start: 0,
        };
        self.known_fields(file, table, allowed);
        table
    }

    /// `value` as a table whose fields are among `allowed`.
    pub fn table<'t, 'i>(
        &mut self,
        file: SourceFile<'_>,
        value: &'t Value<'i>,
        allowed: &[&str],
    ) -> Option<Table<'t, 'i>> {
        let DeValue::Table(entries) = value.get_ref() else {
            self.wrong_type(file, value, "table");
            return None;
        };
        let table = Table {
            entries,
            start: value.span().start,
        };
        self.known_fields(file, table, allowed);
        Some(table)
    }

    /// Reports every field of `table` not in `allowed`.
    fn known_fields(&mut self, file: SourceFile<'_>, table: Table<'_, '_>, allowed: &[&str]) {
        for (key, _) in table.entries.iter() {
            let name: &str = key.get_ref().as_ref();
            if !allowed.contains(&name) {
                let expected = allowed.join(", ");
                self.report(
                    file,
                    Some(key.span()),
                    "pack-error-unknown-field",
                    &[("field", name), ("expected", &expected)],
                );
            }
        }
    }

    /// Reports that `value` should be of the kind `expected` (`text`, `list`,
    /// `boolean`, `number`, `decimal` or `table`).
    pub fn wrong_type(&mut self, file: SourceFile<'_>, value: &Value<'_>, expected: &str) {
        self.report(
            file,
            Some(value.span()),
            "pack-error-wrong-type",
            &[("expected", expected)],
        );
    }

    /// Reports that `field` is missing from the table starting at `start`.
    pub fn missing(&mut self, file: SourceFile<'_>, start: usize, field: &str) {
        self.report(
            file,
            Some(start..start),
            "pack-error-missing-field",
            &[("field", field)],
        );
    }

    /// `value` as text.
    pub fn text(&mut self, file: SourceFile<'_>, value: &Value<'_>) -> Option<String> {
        match value.get_ref() {
            DeValue::String(text) => Some(text.to_string()),
            _ => {
                self.wrong_type(file, value, "text");
                None
            }
        }
    }

    /// `value` as a whole number that is not negative.
    pub fn number(&mut self, file: SourceFile<'_>, value: &Value<'_>) -> Option<u64> {
        let number = match value.get_ref() {
            DeValue::Integer(integer) => {
                u64::from_str_radix(&integer.as_str().replace('_', ""), integer.radix()).ok()
            }
            _ => None,
        };
        if number.is_none() {
            self.wrong_type(file, value, "number");
        }
        number
    }

    /// `value` as a finite number, whole or with decimals, maybe negative.
    pub fn decimal(&mut self, file: SourceFile<'_>, value: &Value<'_>) -> Option<f64> {
        let number = match value.get_ref() {
            DeValue::Integer(integer) if integer.radix() == 10 => {
                integer.as_str().replace('_', "").parse::<f64>().ok()
            }
            DeValue::Float(float) => float.as_str().replace('_', "").parse::<f64>().ok(),
            _ => None,
        }
        .filter(|number| number.is_finite());
        if number.is_none() {
            self.wrong_type(file, value, "decimal");
        }
        number
    }

    /// `value` as `true` or `false`.
    pub fn boolean(&mut self, file: SourceFile<'_>, value: &Value<'_>) -> Option<bool> {
        match value.get_ref() {
            DeValue::Boolean(boolean) => Some(*boolean),
            _ => {
                self.wrong_type(file, value, "boolean");
                None
            }
        }
    }

    /// `value` as a list.
    pub fn list<'t, 'i>(
        &mut self,
        file: SourceFile<'_>,
        value: &'t Value<'i>,
    ) -> Option<&'t DeArray<'i>> {
        match value.get_ref() {
            DeValue::Array(items) => Some(items),
            _ => {
                self.wrong_type(file, value, "list");
                None
            }
        }
    }

    /// `value` as one of `names` (its index).
    pub fn choice(
        &mut self,
        file: SourceFile<'_>,
        value: &Value<'_>,
        names: &[&str],
    ) -> Option<usize> {
        let text = self.text(file, value)?;
        let index = names.iter().position(|name| *name == text);
        if index.is_none() {
            let expected = names.join(", ");
            self.report(
                file,
                Some(value.span()),
                "pack-error-unknown-value",
                &[("value", &text), ("expected", &expected)],
            );
        }
        index
    }
}
