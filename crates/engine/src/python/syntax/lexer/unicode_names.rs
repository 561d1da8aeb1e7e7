//! A small table for `\N{name}` escapes: the names pupils are likely to use.
//!
//! CPython knows every Unicode name; carrying them all would cost the browser
//! about a megabyte, so the sandbox knows the Latin, Cyrillic (Russian and
//! Kazakh) and Greek letters, the digits, the ASCII signs, the control
//! characters' aliases and a set of common symbols and emoji. Names are
//! matched without regard to case, as CPython does.

/// The character called `name`, if the table knows it.
pub(super) fn character_named(name: &str) -> Option<char> {
    let name = name.to_ascii_uppercase();
    if let Some(character) = lettered(&name) {
        return Some(character);
    }
    SYMBOLS
        .iter()
        .chain(ALIASES)
        .find(|(known, _)| *known == name)
        .map(|(_, character)| *character)
}

/// Latin, Cyrillic and Greek letters, and the digits.
fn lettered(name: &str) -> Option<char> {
    if let Some(digit) = name.strip_prefix("DIGIT ") {
        let position = DIGITS.iter().position(|known| *known == digit)?;
        return char::from_digit(u32::try_from(position).ok()?, 10);
    }
    for (script, table) in [("CYRILLIC", CYRILLIC), ("GREEK", GREEK)] {
        if let Some(rest) = name.strip_prefix(script) {
            let (is_capital, letter) = capital_or_small(rest)?;
            let (_, capital, small) = table.iter().find(|(known, _, _)| *known == letter)?;
            return Some(if is_capital { *capital } else { *small });
        }
    }
    let (is_capital, letter) = capital_or_small(name.strip_prefix("LATIN")?)?;
    let mut characters = letter.chars();
    let character = characters
        .next()
        .filter(|character| character.is_ascii_uppercase())?;
    if characters.next().is_some() {
        return None;
    }
    Some(if is_capital {
        character
    } else {
        character.to_ascii_lowercase()
    })
}

/// Splits " CAPITAL LETTER X" or " SMALL LETTER X" into the case and "X".
fn capital_or_small(rest: &str) -> Option<(bool, &str)> {
    if let Some(letter) = rest.strip_prefix(" CAPITAL LETTER ") {
        return Some((true, letter));
    }
    rest.strip_prefix(" SMALL LETTER ")
        .map(|letter| (false, letter))
}

const DIGITS: [&str; 10] = [
    "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
];

/// Cyrillic letters: the Russian alphabet and the Kazakh letters.
const CYRILLIC: &[(&str, char, char)] = &[
    ("A", 'А', 'а'),
    ("BE", 'Б', 'б'),
    ("VE", 'В', 'в'),
    ("GHE", 'Г', 'г'),
    ("DE", 'Д', 'д'),
    ("IE", 'Е', 'е'),
    ("ZHE", 'Ж', 'ж'),
    ("ZE", 'З', 'з'),
    ("I", 'И', 'и'),
    ("SHORT I", 'Й', 'й'),
    ("KA", 'К', 'к'),
    ("EL", 'Л', 'л'),
    ("EM", 'М', 'м'),
    ("EN", 'Н', 'н'),
    ("O", 'О', 'о'),
    ("PE", 'П', 'п'),
    ("ER", 'Р', 'р'),
    ("ES", 'С', 'с'),
    ("TE", 'Т', 'т'),
    ("U", 'У', 'у'),
    ("EF", 'Ф', 'ф'),
    ("HA", 'Х', 'х'),
    ("TSE", 'Ц', 'ц'),
    ("CHE", 'Ч', 'ч'),
    ("SHA", 'Ш', 'ш'),
    ("SHCHA", 'Щ', 'щ'),
    ("HARD SIGN", 'Ъ', 'ъ'),
    ("YERU", 'Ы', 'ы'),
    ("SOFT SIGN", 'Ь', 'ь'),
    ("E", 'Э', 'э'),
    ("YU", 'Ю', 'ю'),
    ("YA", 'Я', 'я'),
    ("IO", 'Ё', 'ё'),
    ("SCHWA", 'Ә', 'ә'),
    ("GHE WITH STROKE", 'Ғ', 'ғ'),
    ("KA WITH DESCENDER", 'Қ', 'қ'),
    ("EN WITH DESCENDER", 'Ң', 'ң'),
    ("BARRED O", 'Ө', 'ө'),
    ("STRAIGHT U", 'Ү', 'ү'),
    ("STRAIGHT U WITH STROKE", 'Ұ', 'ұ'),
    ("SHHA", 'Һ', 'һ'),
    ("BYELORUSSIAN-UKRAINIAN I", 'І', 'і'),
];

/// Greek capital and small letters.
const GREEK: &[(&str, char, char)] = &[
    ("ALPHA", 'Α', 'α'),
    ("BETA", 'Β', 'β'),
    ("GAMMA", 'Γ', 'γ'),
    ("DELTA", 'Δ', 'δ'),
    ("EPSILON", 'Ε', 'ε'),
    ("ZETA", 'Ζ', 'ζ'),
    ("ETA", 'Η', 'η'),
    ("THETA", 'Θ', 'θ'),
    ("IOTA", 'Ι', 'ι'),
    ("KAPPA", 'Κ', 'κ'),
    ("LAMDA", 'Λ', 'λ'),
    ("MU", 'Μ', 'μ'),
    ("NU", 'Ν', 'ν'),
    ("XI", 'Ξ', 'ξ'),
    ("OMICRON", 'Ο', 'ο'),
    ("PI", 'Π', 'π'),
    ("RHO", 'Ρ', 'ρ'),
    ("SIGMA", 'Σ', 'σ'),
    ("TAU", 'Τ', 'τ'),
    ("UPSILON", 'Υ', 'υ'),
    ("PHI", 'Φ', 'φ'),
    ("CHI", 'Χ', 'χ'),
    ("PSI", 'Ψ', 'ψ'),
    ("OMEGA", 'Ω', 'ω'),
];

/// The other names of control and invisible characters.
const ALIASES: &[(&str, char)] = &[
    ("LINE FEED", '\u{000A}'),
    ("LF", '\u{000A}'),
    ("NEW LINE", '\u{000A}'),
    ("END OF LINE", '\u{000A}'),
    ("EOL", '\u{000A}'),
    ("NL", '\u{000A}'),
    ("CARRIAGE RETURN", '\u{000D}'),
    ("CR", '\u{000D}'),
    ("CHARACTER TABULATION", '\u{0009}'),
    ("HORIZONTAL TABULATION", '\u{0009}'),
    ("TAB", '\u{0009}'),
    ("HT", '\u{0009}'),
    ("NULL", '\u{0000}'),
    ("NUL", '\u{0000}'),
    ("ESCAPE", '\u{001B}'),
    ("ESC", '\u{001B}'),
    ("BACKSPACE", '\u{0008}'),
    ("BS", '\u{0008}'),
    ("DELETE", '\u{007F}'),
    ("DEL", '\u{007F}'),
    ("SP", '\u{0020}'),
    ("NBSP", '\u{00A0}'),
    ("FORM FEED", '\u{000C}'),
    ("FF", '\u{000C}'),
    ("LINE TABULATION", '\u{000B}'),
    ("VT", '\u{000B}'),
    ("BEL", '\u{0007}'),
    ("ALERT", '\u{0007}'),
    ("ZWSP", '\u{200B}'),
    ("ZERO WIDTH SPACE", '\u{200B}'),
    ("BYTE ORDER MARK", '\u{FEFF}'),
    ("BOM", '\u{FEFF}'),
];

/// ASCII signs, typography, arrows, shapes and a few emoji.
const SYMBOLS: &[(&str, char)] = &[
    ("SPACE", '\u{0020}'),
    ("EXCLAMATION MARK", '\u{0021}'),
    ("QUOTATION MARK", '\u{0022}'),
    ("NUMBER SIGN", '\u{0023}'),
    ("DOLLAR SIGN", '\u{0024}'),
    ("PERCENT SIGN", '\u{0025}'),
    ("AMPERSAND", '\u{0026}'),
    ("APOSTROPHE", '\u{0027}'),
    ("LEFT PARENTHESIS", '\u{0028}'),
    ("RIGHT PARENTHESIS", '\u{0029}'),
    ("ASTERISK", '\u{002A}'),
    ("PLUS SIGN", '\u{002B}'),
    ("COMMA", '\u{002C}'),
    ("HYPHEN-MINUS", '\u{002D}'),
    ("FULL STOP", '\u{002E}'),
    ("SOLIDUS", '\u{002F}'),
    ("COLON", '\u{003A}'),
    ("SEMICOLON", '\u{003B}'),
    ("LESS-THAN SIGN", '\u{003C}'),
    ("EQUALS SIGN", '\u{003D}'),
    ("GREATER-THAN SIGN", '\u{003E}'),
    ("QUESTION MARK", '\u{003F}'),
    ("COMMERCIAL AT", '\u{0040}'),
    ("LEFT SQUARE BRACKET", '\u{005B}'),
    ("REVERSE SOLIDUS", '\u{005C}'),
    ("RIGHT SQUARE BRACKET", '\u{005D}'),
    ("CIRCUMFLEX ACCENT", '\u{005E}'),
    ("LOW LINE", '\u{005F}'),
    ("GRAVE ACCENT", '\u{0060}'),
    ("LEFT CURLY BRACKET", '\u{007B}'),
    ("VERTICAL LINE", '\u{007C}'),
    ("RIGHT CURLY BRACKET", '\u{007D}'),
    ("TILDE", '\u{007E}'),
    ("NO-BREAK SPACE", '\u{00A0}'),
    ("SECTION SIGN", '\u{00A7}'),
    ("COPYRIGHT SIGN", '\u{00A9}'),
    ("LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", '\u{00AB}'),
    ("REGISTERED SIGN", '\u{00AE}'),
    ("DEGREE SIGN", '\u{00B0}'),
    ("PLUS-MINUS SIGN", '\u{00B1}'),
    ("SUPERSCRIPT TWO", '\u{00B2}'),
    ("SUPERSCRIPT THREE", '\u{00B3}'),
    ("MICRO SIGN", '\u{00B5}'),
    ("MIDDLE DOT", '\u{00B7}'),
    ("RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", '\u{00BB}'),
    ("VULGAR FRACTION ONE QUARTER", '\u{00BC}'),
    ("VULGAR FRACTION ONE HALF", '\u{00BD}'),
    ("VULGAR FRACTION THREE QUARTERS", '\u{00BE}'),
    ("MULTIPLICATION SIGN", '\u{00D7}'),
    ("DIVISION SIGN", '\u{00F7}'),
    ("EN DASH", '\u{2013}'),
    ("EM DASH", '\u{2014}'),
    ("LEFT SINGLE QUOTATION MARK", '\u{2018}'),
    ("RIGHT SINGLE QUOTATION MARK", '\u{2019}'),
    ("LEFT DOUBLE QUOTATION MARK", '\u{201C}'),
    ("RIGHT DOUBLE QUOTATION MARK", '\u{201D}'),
    ("DOUBLE LOW-9 QUOTATION MARK", '\u{201E}'),
    ("BULLET", '\u{2022}'),
    ("HORIZONTAL ELLIPSIS", '\u{2026}'),
    ("EURO SIGN", '\u{20AC}'),
    ("TENGE SIGN", '\u{20B8}'),
    ("RUBLE SIGN", '\u{20BD}'),
    ("NUMERO SIGN", '\u{2116}'),
    ("TRADE MARK SIGN", '\u{2122}'),
    ("LEFTWARDS ARROW", '\u{2190}'),
    ("UPWARDS ARROW", '\u{2191}'),
    ("RIGHTWARDS ARROW", '\u{2192}'),
    ("DOWNWARDS ARROW", '\u{2193}'),
    ("LEFT RIGHT ARROW", '\u{2194}'),
    ("UP DOWN ARROW", '\u{2195}'),
    ("RIGHTWARDS DOUBLE ARROW", '\u{21D2}'),
    ("MINUS SIGN", '\u{2212}'),
    ("SQUARE ROOT", '\u{221A}'),
    ("INFINITY", '\u{221E}'),
    ("ALMOST EQUAL TO", '\u{2248}'),
    ("NOT EQUAL TO", '\u{2260}'),
    ("LESS-THAN OR EQUAL TO", '\u{2264}'),
    ("GREATER-THAN OR EQUAL TO", '\u{2265}'),
    ("BOX DRAWINGS LIGHT HORIZONTAL", '\u{2500}'),
    ("BOX DRAWINGS LIGHT VERTICAL", '\u{2502}'),
    ("BOX DRAWINGS LIGHT DOWN AND RIGHT", '\u{250C}'),
    ("BOX DRAWINGS LIGHT DOWN AND LEFT", '\u{2510}'),
    ("BOX DRAWINGS LIGHT UP AND RIGHT", '\u{2514}'),
    ("BOX DRAWINGS LIGHT UP AND LEFT", '\u{2518}'),
    ("BOX DRAWINGS LIGHT VERTICAL AND RIGHT", '\u{251C}'),
    ("BOX DRAWINGS LIGHT VERTICAL AND LEFT", '\u{2524}'),
    ("BOX DRAWINGS LIGHT DOWN AND HORIZONTAL", '\u{252C}'),
    ("BOX DRAWINGS LIGHT UP AND HORIZONTAL", '\u{2534}'),
    ("BOX DRAWINGS LIGHT VERTICAL AND HORIZONTAL", '\u{253C}'),
    ("BOX DRAWINGS DOUBLE HORIZONTAL", '\u{2550}'),
    ("BOX DRAWINGS DOUBLE VERTICAL", '\u{2551}'),
    ("FULL BLOCK", '\u{2588}'),
    ("LIGHT SHADE", '\u{2591}'),
    ("MEDIUM SHADE", '\u{2592}'),
    ("DARK SHADE", '\u{2593}'),
    ("BLACK SQUARE", '\u{25A0}'),
    ("WHITE SQUARE", '\u{25A1}'),
    ("BLACK UP-POINTING TRIANGLE", '\u{25B2}'),
    ("BLACK RIGHT-POINTING TRIANGLE", '\u{25B6}'),
    ("BLACK DOWN-POINTING TRIANGLE", '\u{25BC}'),
    ("BLACK LEFT-POINTING TRIANGLE", '\u{25C0}'),
    ("WHITE CIRCLE", '\u{25CB}'),
    ("BLACK CIRCLE", '\u{25CF}'),
    ("BLACK SUN WITH RAYS", '\u{2600}'),
    ("CLOUD", '\u{2601}'),
    ("UMBRELLA", '\u{2602}'),
    ("SNOWMAN", '\u{2603}'),
    ("BLACK STAR", '\u{2605}'),
    ("WHITE STAR", '\u{2606}'),
    ("WHITE SMILING FACE", '\u{263A}'),
    ("BLACK SPADE SUIT", '\u{2660}'),
    ("BLACK CLUB SUIT", '\u{2663}'),
    ("BLACK HEART SUIT", '\u{2665}'),
    ("BLACK DIAMOND SUIT", '\u{2666}'),
    ("EIGHTH NOTE", '\u{266A}'),
    ("BEAMED EIGHTH NOTES", '\u{266B}'),
    ("CHECK MARK", '\u{2713}'),
    ("HEAVY CHECK MARK", '\u{2714}'),
    ("BALLOT X", '\u{2717}'),
    ("SPARKLES", '\u{2728}'),
    ("HEAVY BLACK HEART", '\u{2764}'),
    ("WHITE MEDIUM STAR", '\u{2B50}'),
    ("RED APPLE", '\u{1F34E}'),
    ("PARTY POPPER", '\u{1F389}'),
    ("TROPHY", '\u{1F3C6}'),
    ("SNAKE", '\u{1F40D}'),
    ("TURTLE", '\u{1F422}'),
    ("CAT FACE", '\u{1F431}'),
    ("DOG FACE", '\u{1F436}'),
    ("THUMBS UP SIGN", '\u{1F44D}'),
    ("CLAPPING HANDS SIGN", '\u{1F44F}'),
    ("FIRE", '\u{1F525}'),
    ("GRINNING FACE", '\u{1F600}'),
    ("FACE WITH TEARS OF JOY", '\u{1F602}'),
    ("WINKING FACE", '\u{1F609}'),
    ("SMILING FACE WITH SMILING EYES", '\u{1F60A}'),
    ("SMILING FACE WITH SUNGLASSES", '\u{1F60E}'),
    ("ROCKET", '\u{1F680}'),
    ("ROBOT FACE", '\u{1F916}'),
];
