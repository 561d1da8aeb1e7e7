//! The code editor: CodeMirror 6, bundled from `www/editor/editor.js` into a
//! script that defines `window.BastauEditor`, wrapped in a Rust type.
//!
//! [`Editor`] owns the JavaScript handle and the one Rust closure the editor
//! calls back; dropping it destroys the editor first and then frees the
//! closure, so nothing can call into freed memory. The bundle is a separate
//! file: [`when_bundle_loaded`] waits for it, and says when it never came.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// The handle `BastauEditor.create` returns (see `www/editor/editor.js`).
    type EditorHandle;

    #[wasm_bindgen(catch, js_namespace = BastauEditor, js_name = create)]
    fn create_editor(parent: &web_sys::Element, options: &JsValue)
        -> Result<EditorHandle, JsValue>;

    #[wasm_bindgen(method, js_name = getCode)]
    fn get_code(this: &EditorHandle) -> String;

    #[wasm_bindgen(method, js_name = setCode)]
    fn set_code(this: &EditorHandle, code: &str);

    #[wasm_bindgen(method)]
    fn insert(this: &EditorHandle, text: &str, cursor_offset: u32);

    #[wasm_bindgen(method, js_name = setFontSize)]
    fn set_font_size(this: &EditorHandle, pixels: u32);

    #[wasm_bindgen(method, js_name = setLabels)]
    fn set_labels(this: &EditorHandle, labels: &JsValue);

    #[wasm_bindgen(method, js_name = setCompletions)]
    fn set_completions(this: &EditorHandle, items: &JsValue);

    #[wasm_bindgen(method, js_name = onChange)]
    fn on_change(this: &EditorHandle, callback: &js_sys::Function);

    #[wasm_bindgen(method)]
    fn focus(this: &EditorHandle);

    #[wasm_bindgen(method, js_name = highlightLine)]
    fn highlight_line(this: &EditorHandle, line_number: u32);

    #[wasm_bindgen(method, js_name = clearHighlight)]
    fn clear_highlight(this: &EditorHandle);

    #[wasm_bindgen(method, js_name = goToLine)]
    fn go_to_line(this: &EditorHandle, line_number: u32);

    #[wasm_bindgen(method)]
    fn destroy(this: &EditorHandle);
}

/// What assistive technology is told about the editor, in the pupil's language.
#[derive(Clone, Debug, PartialEq)]
pub struct EditorLabels {
    /// The name of the text area (`aria-label`).
    pub label: String,
    /// The id of the element that explains how to leave the editor (`aria-describedby`).
    pub described_by: String,
    /// CodeMirror's own words (the search panel's, ...), by their English text.
    pub phrases: Vec<(&'static str, String)>,
}

impl EditorLabels {
    fn to_js(&self) -> JsValue {
        let phrases = js_sys::Object::new();
        for (english, translated) in &self.phrases {
            set_property(&phrases, english, &JsValue::from_str(translated));
        }
        let labels = js_sys::Object::new();
        set_property(&labels, "label", &JsValue::from_str(&self.label));
        set_property(
            &labels,
            "describedBy",
            &JsValue::from_str(&self.described_by),
        );
        set_property(&labels, "phrases", &phrases);
        labels.into()
    }
}

/// One entry of the editor's completion list.
#[derive(Clone, Debug, PartialEq)]
pub struct EditorCompletion {
    /// The name shown and matched against what is typed (`print`).
    pub label: String,
    /// The one-line description, in the pupil's language (empty for none).
    pub detail: String,
    /// CodeMirror's completion type: `function`, `class`, `keyword`,
    /// `namespace`, `constant`, `method` or `variable`.
    pub completion_type: &'static str,
    /// The text inserted when it is chosen (`print()`).
    pub apply: String,
    /// Where the cursor ends in `apply`, in UTF-16 units (as JavaScript counts).
    pub cursor_offset: u32,
    /// Where it is offered: empty for names, a module's name (`math`) for
    /// its members after `math.`, or `.` for methods after any other `name.`.
    pub scope: &'static str,
}

impl EditorCompletion {
    fn to_js(&self) -> JsValue {
        let item = js_sys::Object::new();
        set_property(&item, "label", &JsValue::from_str(&self.label));
        set_property(&item, "detail", &JsValue::from_str(&self.detail));
        set_property(&item, "type", &JsValue::from_str(self.completion_type));
        set_property(&item, "apply", &JsValue::from_str(&self.apply));
        set_property(&item, "cursor", &JsValue::from(self.cursor_offset));
        set_property(&item, "scope", &JsValue::from_str(self.scope));
        item.into()
    }
}

fn set_property(object: &js_sys::Object, name: &str, value: &JsValue) {
    // Setting a property of a fresh plain object cannot fail.
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(name), value);
}

/// The editor could not be created: its script did not load, or it failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditorUnavailable;

/// A CodeMirror editor mounted in the page; dropping it removes it.
pub struct Editor {
    handle: EditorHandle,
    /// Called by the editor after each change; freed only after the editor is destroyed.
    _on_change: Closure<dyn FnMut(String)>,
}

impl Editor {
    /// Mounts an editor holding `code` into `parent` (which Yew must leave
    /// alone); `on_change` gets the whole text after every change.
    pub fn create(
        parent: &web_sys::Element,
        code: &str,
        font_size: u32,
        labels: &EditorLabels,
        on_change: impl FnMut(String) + 'static,
    ) -> Result<Editor, EditorUnavailable> {
        if !is_bundle_loaded() {
            return Err(EditorUnavailable);
        }
        let options = js_sys::Object::new();
        set_property(&options, "code", &JsValue::from_str(code));
        set_property(&options, "fontSize", &JsValue::from(font_size));
        set_property(&options, "labels", &labels.to_js());
        let handle = create_editor(parent, &options).map_err(|_| EditorUnavailable)?;
        let on_change = Closure::<dyn FnMut(String)>::new(on_change);
        handle.on_change(on_change.as_ref().unchecked_ref());
        Ok(Editor {
            handle,
            _on_change: on_change,
        })
    }

    /// The whole text.
    pub fn code(&self) -> String {
        self.handle.get_code()
    }

    /// Replaces the whole text in one step the pupil can undo.
    pub fn set_code(&self, code: &str) {
        self.handle.set_code(code);
    }

    /// Types `text` at the cursor, leaving the cursor `cursor_offset`
    /// characters into it (UTF-16 units, as JavaScript counts), and focuses the editor.
    pub fn insert(&self, text: &str, cursor_offset: u32) {
        self.handle.insert(text, cursor_offset);
    }

    /// The font size in CSS pixels.
    pub fn set_font_size(&self, pixels: u32) {
        self.handle.set_font_size(pixels);
    }

    /// New labels, after a change of the interface language.
    pub fn set_labels(&self, labels: &EditorLabels) {
        self.handle.set_labels(&labels.to_js());
    }

    /// The commands completion offers, after a change of the interface language.
    pub fn set_completions(&self, completions: &[EditorCompletion]) {
        let items: js_sys::Array = completions.iter().map(EditorCompletion::to_js).collect();
        self.handle.set_completions(&items);
    }

    /// Moves the keyboard focus into the editor.
    pub fn focus(&self) {
        self.handle.focus();
    }

    /// Marks line `line_number` (from 1), as stepping through a program will.
    pub fn highlight_line(&self, line_number: u32) {
        self.handle.highlight_line(line_number);
    }

    /// Puts the cursor on line `line_number` (from 1), scrolls to it and
    /// focuses the editor.
    pub fn go_to_line(&self, line_number: u32) {
        self.handle.go_to_line(line_number);
    }

    /// Removes the mark of [`Editor::highlight_line`].
    pub fn clear_highlight(&self) {
        self.handle.clear_highlight();
    }
}

impl Drop for Editor {
    fn drop(&mut self) {
        // The editor forgets the callback before the closure is freed.
        self.handle.destroy();
    }
}

/// Whether the editor's script has run.
fn is_bundle_loaded() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("BastauEditor"))
        .map(|editor| editor.is_object())
        .unwrap_or(false)
}

/// Waits until the page has loaded everything, if the editor's script has not
/// run yet. Dropping it stops the wait.
pub struct BundleWait {
    _on_load: Option<Closure<dyn FnMut()>>,
    window: Option<web_sys::Window>,
    listener: Option<js_sys::Function>,
}

impl Drop for BundleWait {
    fn drop(&mut self) {
        if let (Some(window), Some(listener)) = (&self.window, &self.listener) {
            let _ = window.remove_event_listener_with_callback("load", listener);
        }
    }
}

/// Calls `then(true)` once the editor's script has run, or `then(false)` when
/// the page has loaded without it (the download failed). The script is
/// deferred, so the app can start before it has run.
pub fn when_bundle_loaded(then: impl FnOnce(bool) + 'static) -> BundleWait {
    let nothing_to_wait_for = BundleWait {
        _on_load: None,
        window: None,
        listener: None,
    };
    let window = web_sys::window();
    let page_loaded = window
        .as_ref()
        .and_then(|window| window.document())
        .map(|document| document.ready_state() == "complete")
        .unwrap_or(true);
    let Some(window) = window.filter(|_| !is_bundle_loaded() && !page_loaded) else {
        then(is_bundle_loaded());
        return nothing_to_wait_for;
    };
    let then = Rc::new(RefCell::new(Some(then)));
    let then_on_load = Rc::clone(&then);
    let on_load = Closure::<dyn FnMut()>::new(move || {
        let then = then_on_load.borrow_mut().take();
        if let Some(then) = then {
            then(is_bundle_loaded());
        }
    });
    let listener: js_sys::Function = on_load.as_ref().unchecked_ref::<js_sys::Function>().clone();
    if window
        .add_event_listener_with_callback("load", &listener)
        .is_err()
    {
        let then = then.borrow_mut().take();
        if let Some(then) = then {
            then(false);
        }
        return nothing_to_wait_for;
    }
    BundleWait {
        _on_load: Some(on_load),
        window: Some(window),
        listener: Some(listener),
    }
}
