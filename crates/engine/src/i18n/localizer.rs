//! Formats the interface's messages in one language.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::{boot_source, fluent_sources, Language};
use crate::python::vm::error::Explanation;

/// A value put into a message's `{ $variable }`.
#[derive(Clone, Debug, PartialEq)]
pub enum MessageArgument {
    /// Text, put in as it is.
    Text(String),
    /// A number, which also chooses the plural form.
    Number(f64),
}

impl From<&str> for MessageArgument {
    fn from(text: &str) -> Self {
        MessageArgument::Text(text.to_owned())
    }
}

impl From<String> for MessageArgument {
    fn from(text: String) -> Self {
        MessageArgument::Text(text)
    }
}

impl From<usize> for MessageArgument {
    fn from(number: usize) -> Self {
        MessageArgument::Number(number as f64)
    }
}

/// Why [`Localizer::from_sources`] refused its sources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalizerError {
    /// Which source (counted from 0) is at fault.
    pub source_index: usize,
    /// The first problem found in it, for the console (never shown to a pupil).
    pub problem: String,
}

impl std::fmt::Display for LocalizerError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            formatter,
            "Fluent source {}: {}",
            self.source_index, self.problem
        )
    }
}

/// The interface's messages in one language.
pub struct Localizer {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

impl Localizer {
    /// Loads every message of `language`, from the files compiled into the program.
    ///
    /// A test parses every file, so a syntax error cannot reach a pupil; should
    /// one slip through, the messages that did parse are still used. The
    /// browser app does not call this (it would compile in every language):
    /// it uses [`Localizer::boot`] and [`Localizer::from_sources`].
    pub fn new(language: Language) -> Localizer {
        let mut bundle = empty_bundle(language);
        for source in fluent_sources(language) {
            let resource = match FluentResource::try_new(source.to_owned()) {
                Ok(resource) => resource,
                Err((partial_resource, _errors)) => partial_resource,
            };
            // A duplicate message is reported by the tests; here the first one wins.
            let _ = bundle.add_resource(resource);
        }
        Localizer { language, bundle }
    }

    /// Only the messages of `language`'s `boot.ftl`, which every build compiles
    /// in: enough for the language question's title and the start-up and
    /// crash messages, before the other messages have been fetched.
    pub fn boot(language: Language) -> Localizer {
        let mut bundle = empty_bundle(language);
        let resource = match FluentResource::try_new(boot_source(language).to_owned()) {
            Ok(resource) => resource,
            Err((partial_resource, _errors)) => partial_resource,
        };
        let _ = bundle.add_resource(resource);
        Localizer { language, bundle }
    }

    /// The messages of `language` from Fluent `sources` (such as a fetched file).
    ///
    /// Unlike [`Localizer::new`], a source that does not parse, or a message
    /// given twice, is an error: a fetched file may be damaged on its way.
    pub fn from_sources<S: AsRef<str>>(
        language: Language,
        sources: &[S],
    ) -> Result<Localizer, LocalizerError> {
        let mut bundle = empty_bundle(language);
        for (index, source) in sources.iter().enumerate() {
            let resource =
                FluentResource::try_new(source.as_ref().to_owned()).map_err(|(_, errors)| {
                    LocalizerError {
                        source_index: index,
                        problem: errors
                            .first()
                            .map(|error| format!("{error:?}"))
                            .unwrap_or_default(),
                    }
                })?;
            bundle
                .add_resource(resource)
                .map_err(|errors| LocalizerError {
                    source_index: index,
                    problem: errors
                        .first()
                        .map(|error| format!("{error:?}"))
                        .unwrap_or_default(),
                })?;
        }
        Ok(Localizer { language, bundle })
    }

    /// The language the messages are in.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The message `message_id` without arguments.
    pub fn text(&self, message_id: &str) -> String {
        self.text_with(message_id, &[])
    }

    /// An explanation (a message id with text arguments, as errors and pack
    /// problems carry them) in words.
    pub fn explanation(&self, explanation: &Explanation) -> String {
        let arguments: Vec<(&str, MessageArgument)> = explanation
            .arguments
            .iter()
            .map(|(name, value)| (*name, MessageArgument::from(value.as_str())))
            .collect();
        self.text_with(explanation.id, &arguments)
    }

    /// The message `message_id` with its `{ $name }` variables filled in.
    ///
    /// A message that does not exist comes back as its own id, so a missing
    /// translation shows up plainly instead of as an empty space.
    pub fn text_with(&self, message_id: &str, arguments: &[(&str, MessageArgument)]) -> String {
        let Some(pattern) = self
            .bundle
            .get_message(message_id)
            .and_then(|message| message.value())
        else {
            return message_id.to_owned();
        };
        let mut fluent_arguments = FluentArgs::new();
        for (name, value) in arguments {
            let fluent_value = match value {
                MessageArgument::Text(text) => FluentValue::from(text.clone()),
                MessageArgument::Number(number) => FluentValue::from(*number),
            };
            fluent_arguments.set(*name, fluent_value);
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_arguments), &mut errors)
            .into_owned()
    }

    /// Whether the language has a message called `message_id`.
    pub fn has_message(&self, message_id: &str) -> bool {
        self.bundle.has_message(message_id)
    }
}

/// A bundle for `language` with no messages yet.
fn empty_bundle(language: Language) -> FluentBundle<FluentResource> {
    let language_identifier = language
        .code()
        .parse::<LanguageIdentifier>()
        .unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![language_identifier]);
    // Unicode isolation marks around arguments confuse copy-paste and tests,
    // and all three languages are written left to right.
    bundle.set_use_isolating(false);
    bundle
}
