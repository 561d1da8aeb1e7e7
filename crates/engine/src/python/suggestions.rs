//! "Did you mean ...?" for a name that does not exist.
//!
//! Two layers. [`cpython_suggestion`] is CPython 3.11's own rule (a Levenshtein
//! distance on UTF-8 bytes where a change of case costs half a move, and at
//! most a third of the characters may change), so the traceback reads as
//! CPython's. [`suggest_name`] goes further for pupils who switch keyboard
//! layouts in the middle of a word: it first folds look-alike letters (Latin
//! `a c e o p x y` and Cyrillic `а с е о р х у`, `ё`/`е`, Kazakh `ғ қ ң ө ұ ү і ә һ`
//! and the letters they stand beside on the keys), and says which letters came
//! from the other alphabet; only then does it fall back to CPython's rule.

/// CPython refuses to suggest from namespaces this large.
const MAX_CANDIDATE_ITEMS: usize = 750;
/// Names longer than this (in bytes, after trimming common ends) are never close.
const MAX_STRING_SIZE: usize = 40;
/// The cost of inserting, deleting or substituting a character.
const MOVE_COST: usize = 2;
/// The cost of substituting a letter by its other case.
const CASE_COST: usize = 1;

/// A name the pupil probably meant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameSuggestion {
    /// The existing name.
    pub name: String,
    /// Letters typed in another alphabet than the name uses, left to right;
    /// empty when the suggestion is an ordinary typo.
    pub other_keyboard_letters: Vec<LookAlikeLetter>,
}

/// One letter typed from the other keyboard layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LookAlikeLetter {
    /// Its position in the written name, counted in characters from 1.
    pub position: usize,
    /// The letter as written.
    pub written: char,
    /// The letter the existing name has there.
    pub meant: char,
    /// The alphabet of the written letter.
    pub written_alphabet: Alphabet,
}

/// The alphabets pupils' keyboards switch between.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alphabet {
    /// Latin letters (the English layout).
    Latin,
    /// Cyrillic letters of the Russian layout.
    Cyrillic,
    /// The Kazakh layout's own letters: ә ғ қ ң ө ұ ү һ і.
    Kazakh,
}

impl Alphabet {
    /// The alphabet `letter` belongs to, if it is a letter of one of them.
    pub fn of(letter: char) -> Option<Alphabet> {
        let lower = letter.to_lowercase().next().unwrap_or(letter);
        if lower.is_ascii_alphabetic() {
            Some(Alphabet::Latin)
        } else if "әғқңөұүһі".contains(lower) {
            Some(Alphabet::Kazakh)
        } else if ('а'..='я').contains(&lower) || lower == 'ё' {
            Some(Alphabet::Cyrillic)
        } else {
            None
        }
    }
}

/// CPython 3.11's suggestion for `name` among `candidates`, or none.
pub fn cpython_suggestion<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&'a str, usize)> = None;
    for candidate in candidates {
        if *candidate == name {
            continue;
        }
        // No more than a third of the characters involved may change.
        let mut max_distance = (name.len() + candidate.len() + 3) * MOVE_COST / 6;
        if let Some((_, best_distance)) = best {
            // Matches already beaten are not taken.
            max_distance = max_distance.min(best_distance.saturating_sub(1));
        }
        let distance = levenshtein_distance(name.as_bytes(), candidate.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, best_distance)| distance < best_distance) {
            best = Some((candidate, distance));
        }
    }
    best.map(|(candidate, _)| candidate)
}

/// The name the pupil probably meant, searching `candidate_groups` in order
/// (a function's locals, then the globals, then the builtins, as CPython does).
///
/// A name that differs only in look-alike letters wins over any typo.
pub fn suggest_name(name: &str, candidate_groups: &[&[&str]]) -> Option<NameSuggestion> {
    let folded_name: String = name.chars().map(fold_look_alike).collect();
    for group in candidate_groups {
        for candidate in group.iter().filter(|candidate| **candidate != name) {
            let same_length = candidate.chars().count() == name.chars().count();
            if same_length
                && candidate
                    .chars()
                    .map(fold_look_alike)
                    .eq(folded_name.chars())
            {
                return Some(NameSuggestion {
                    name: (*candidate).to_owned(),
                    other_keyboard_letters: look_alike_letters(name, candidate),
                });
            }
        }
    }
    candidate_groups
        .iter()
        .find_map(|group| cpython_suggestion(name, group))
        .map(|candidate| NameSuggestion {
            name: candidate.to_owned(),
            other_keyboard_letters: Vec::new(),
        })
}

/// The letters where `written` and `meant` differ, with the written letter's alphabet.
fn look_alike_letters(written: &str, meant: &str) -> Vec<LookAlikeLetter> {
    written
        .chars()
        .zip(meant.chars())
        .enumerate()
        .filter(|(_, (written_letter, meant_letter))| written_letter != meant_letter)
        .filter_map(|(index, (written_letter, meant_letter))| {
            Some(LookAlikeLetter {
                position: index + 1,
                written: written_letter,
                meant: meant_letter,
                written_alphabet: Alphabet::of(written_letter)?,
            })
        })
        .collect()
}

/// Maps a letter to the Latin letter it looks like (or shares a key with on the
/// Kazakh layout); other characters stay as they are.
fn fold_look_alike(letter: char) -> char {
    match letter {
        'а' | 'ә' => 'a',
        'А' | 'Ә' => 'A',
        'В' => 'B',
        'с' => 'c',
        'С' => 'C',
        'е' | 'ё' => 'e',
        'Е' | 'Ё' => 'E',
        'г' | 'ғ' => 'г',
        'Ғ' => 'Г',
        'Н' | 'Ң' => 'H',
        'һ' => 'h',
        'Һ' => 'H',
        'і' | 'и' => 'i',
        'І' | 'И' => 'I',
        'к' | 'қ' => 'k',
        'К' | 'Қ' => 'K',
        'М' => 'M',
        'н' | 'ң' => 'н',
        'о' | 'ө' => 'o',
        'О' | 'Ө' => 'O',
        'р' => 'p',
        'Р' => 'P',
        'Т' => 'T',
        'у' | 'ұ' | 'ү' => 'y',
        'У' | 'Ұ' | 'Ү' => 'Y',
        'х' => 'x',
        'Х' => 'X',
        other => other,
    }
}

/// CPython's cost of putting `b` where `a` was: a case flip is cheap.
fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's Levenshtein distance between `a` and `b`, or `max_cost + 1` as soon
/// as it is sure to exceed `max_cost`.
fn levenshtein_distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    // Trim away common affixes.
    while let (Some(first_a), Some(first_b)) = (a.first(), b.first()) {
        if first_a != first_b {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(last_a), Some(last_b)) = (a.last(), b.last()) {
        if last_a != last_b {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    // The shorter string gets the buffer.
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|index| index * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, b_byte) in b.iter().enumerate() {
        // The distance of b[..b_index] from a[..0].
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (a_index, a_byte) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(*b_byte, *a_byte);
            distance = buffer[a_index];
            let insert_or_delete = result.min(distance) + MOVE_COST;
            result = insert_or_delete.min(substitute);
            buffer[a_index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}
