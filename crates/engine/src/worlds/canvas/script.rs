//! Scripted input, frame by frame, for lesson checks and tests: each entry
//! is `"FRAME ACTION ..."`, the action happening just before that frame's
//! `draw()` (frames count from 1):
//!
//! - `key NAME`: a key pressed before the frame and let go before the next;
//! - `key_down NAME`, `key_up NAME`: a key held from one frame to another;
//! - `mouse X Y`: the mouse moved;
//! - `click X Y`: the button pressed and let go there (`mouse_clicked()`);
//! - `mouse_down X Y`, `mouse_up X Y`: the button held between frames.

use std::collections::BTreeMap;

use super::world::{CanvasEvent, FrameInput};

/// The frames a script may reach.
pub const LARGEST_SCRIPT_FRAME: u64 = 100_000;

/// A mistake in one entry of a script: the entry (from 0) and what is wrong,
/// as a message id of the lesson-pack messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptError {
    /// Which entry, from 0.
    pub entry: usize,
    /// The entry's text.
    pub text: String,
}

/// Input events by frame.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InputScript {
    events: BTreeMap<u64, Vec<CanvasEvent>>,
}

impl InputScript {
    /// Reads the entries (see the module's documentation).
    pub fn parse<'a>(
        entries: impl IntoIterator<Item = &'a str>,
    ) -> Result<InputScript, ScriptError> {
        let mut script = InputScript::default();
        for (index, entry) in entries.into_iter().enumerate() {
            let error = || ScriptError {
                entry: index,
                text: entry.to_owned(),
            };
            let words: Vec<&str> = entry.split_whitespace().collect();
            let frame: u64 = words
                .first()
                .and_then(|word| word.parse().ok())
                .filter(|frame| (1..=LARGEST_SCRIPT_FRAME).contains(frame))
                .ok_or_else(error)?;
            let number = |word: Option<&&str>| -> Result<f64, ScriptError> {
                word.and_then(|word| word.parse::<f64>().ok())
                    .filter(|number| number.is_finite())
                    .ok_or_else(error)
            };
            let arity = |count: usize| {
                if words.len() == count {
                    Ok(())
                } else {
                    Err(error())
                }
            };
            match words.get(1).copied() {
                Some("key") => {
                    arity(3)?;
                    script.add(frame, CanvasEvent::KeyDown(words[2].to_owned()));
                    script.add(frame + 1, CanvasEvent::KeyUp(words[2].to_owned()));
                }
                Some("key_down") => {
                    arity(3)?;
                    script.add(frame, CanvasEvent::KeyDown(words[2].to_owned()));
                }
                Some("key_up") => {
                    arity(3)?;
                    script.add(frame, CanvasEvent::KeyUp(words[2].to_owned()));
                }
                Some(action @ ("mouse" | "click" | "mouse_down" | "mouse_up")) => {
                    arity(4)?;
                    let (x, y) = (number(words.get(2))?, number(words.get(3))?);
                    match action {
                        "mouse" => script.add(frame, CanvasEvent::MouseMove(x, y)),
                        "click" => {
                            script.add(frame, CanvasEvent::MouseDown(x, y));
                            script.add(frame, CanvasEvent::MouseUp(x, y));
                        }
                        "mouse_down" => script.add(frame, CanvasEvent::MouseDown(x, y)),
                        _ => script.add(frame, CanvasEvent::MouseUp(x, y)),
                    }
                }
                _ => return Err(error()),
            }
        }
        Ok(script)
    }

    fn add(&mut self, frame: u64, event: CanvasEvent) {
        self.events.entry(frame).or_default().push(event);
    }

    /// The input of frame `frame` (from 1) at `frames_per_second`.
    pub fn frame_input(&self, frame: u64, frames_per_second: f64) -> FrameInput {
        FrameInput {
            milliseconds: frame as f64 * 1000.0 / frames_per_second.max(1.0),
            events: self.events.get(&frame).cloned().unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_become_events_of_their_frames() {
        let script = InputScript::parse(["2 key right", "3 click 10 20.5", "3 mouse 1 2"]).unwrap();
        assert_eq!(
            script.frame_input(2, 60.0).events,
            vec![CanvasEvent::KeyDown("right".into())]
        );
        assert_eq!(
            script.frame_input(3, 60.0).events,
            vec![
                CanvasEvent::KeyUp("right".into()),
                CanvasEvent::MouseDown(10.0, 20.5),
                CanvasEvent::MouseUp(10.0, 20.5),
                CanvasEvent::MouseMove(1.0, 2.0),
            ]
        );
        assert!(script.frame_input(4, 60.0).events.is_empty());
    }

    #[test]
    fn mistakes_name_their_entry() {
        for bad in [
            "0 key a",
            "x key a",
            "2 key",
            "2 jump",
            "2 click 1",
            "2 mouse 1 nan",
        ] {
            let error = InputScript::parse(["1 key a", bad]).unwrap_err();
            assert_eq!(error.entry, 1, "{bad}");
            assert_eq!(error.text, bad);
        }
    }
}
