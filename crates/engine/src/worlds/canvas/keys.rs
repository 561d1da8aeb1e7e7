//! Keys by physical position: the browser's `KeyboardEvent.code` names the
//! key where it sits on a US keyboard, whatever layout is active, so a pupil
//! pressing the key marked W gets `'w'` under a Russian or Kazakh layout
//! too. Arrows, space, Enter and the other keys without a character get
//! plain names.

/// The name a program sees for the key with `code` (`KeyboardEvent.code`),
/// or `None` for keys a program does not get (modifiers, function keys).
pub fn key_name_for_code(code: &str) -> Option<String> {
    if let Some(letter) = code.strip_prefix("Key") {
        let mut characters = letter.chars();
        if let (Some(letter), None) = (characters.next(), characters.next()) {
            if letter.is_ascii_uppercase() {
                return Some(letter.to_ascii_lowercase().to_string());
            }
        }
        return None;
    }
    for prefix in ["Digit", "Numpad"] {
        if let Some(digit) = code.strip_prefix(prefix) {
            if digit.len() == 1 && digit.chars().all(|character| character.is_ascii_digit()) {
                return Some(digit.to_owned());
            }
        }
    }
    let name = match code {
        "ArrowLeft" => "left",
        "ArrowRight" => "right",
        "ArrowUp" => "up",
        "ArrowDown" => "down",
        "Space" => "space",
        "Enter" | "NumpadEnter" => "enter",
        "Escape" => "escape",
        "Backspace" => "backspace",
        "Tab" => "tab",
        "Delete" => "delete",
        "Minus" | "NumpadSubtract" => "-",
        "Equal" => "=",
        "NumpadAdd" => "+",
        "Comma" => ",",
        "Period" => ".",
        "Slash" => "/",
        "Semicolon" => ";",
        "Quote" => "'",
        "BracketLeft" => "[",
        "BracketRight" => "]",
        _ => return None,
    };
    Some(name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::key_name_for_code;

    #[test]
    fn letters_digits_and_named_keys() {
        assert_eq!(key_name_for_code("KeyW").as_deref(), Some("w"));
        assert_eq!(key_name_for_code("Digit7").as_deref(), Some("7"));
        assert_eq!(key_name_for_code("Numpad3").as_deref(), Some("3"));
        assert_eq!(key_name_for_code("ArrowLeft").as_deref(), Some("left"));
        assert_eq!(key_name_for_code("Space").as_deref(), Some("space"));
        assert_eq!(key_name_for_code("NumpadEnter").as_deref(), Some("enter"));
        assert_eq!(key_name_for_code("ShiftLeft"), None);
        assert_eq!(key_name_for_code("KeyWW"), None);
        assert_eq!(key_name_for_code("F5"), None);
    }
}
