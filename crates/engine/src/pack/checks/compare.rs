//! Comparing what a program printed with what a check expects: line by line,
//! trailing spaces of each line and trailing empty lines ignored (a pupil
//! cannot see them), and the first line that differs found.

/// The lines that count: `\r\n` read as `\n`, trailing spaces and tabs of each
/// line dropped, trailing empty lines dropped.
pub fn significant_lines(text: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = text
        .split('\n')
        .map(|line| line.trim_end_matches([' ', '\t', '\r']))
        .collect();
    while lines.last().is_some_and(|line| line.is_empty()) {
        lines.pop();
    }
    lines
}

/// The index (from 0) of the first significant line where `got` differs from
/// `expected`, or `None` when they agree.
pub fn first_difference(expected: &str, got: &str) -> Option<usize> {
    let expected = significant_lines(expected);
    let got = significant_lines(got);
    let common = expected.len().min(got.len());
    (0..common)
        .find(|&index| expected[index] != got[index])
        .or((expected.len() != got.len()).then_some(common))
}
