//! Lesson text written in Markdown, rendered from the engine's safe tree.
//!
//! The engine's parser has already removed raw HTML, unsafe links and images
//! outside the pack; this component only turns the tree into elements with
//! `html!` (never `innerHTML`). Web links open in a new tab without access to
//! the app. In-page links have no `href` (the app's routes live in the hash,
//! so `#x` would leave the lesson): they scroll their heading into view on a
//! click or Enter. Python code blocks are coloured by the engine's lexer.
//!
//! The parser caps the tree's depth, so the recursion here is bounded; a
//! tree built some other way is cut at [`MAXIMUM_RENDER_DEPTH`] and shown as
//! plain text below it.

use std::rc::Rc;

use yew::prelude::*;

use engine::markdown::{
    LinkTarget, MarkdownBlock, MarkdownDocument, MarkdownInline, MAXIMUM_NESTING_DEPTH,
};
use engine::python::highlight::{highlight_python, HighlightClass};

use crate::services::browser::scroll_to_element;

/// How deep the rendering recurses before it shows the rest as plain text.
const MAXIMUM_RENDER_DEPTH: usize = MAXIMUM_NESTING_DEPTH + 8;

/// Code block languages coloured as Python and offered to the editor
/// (compared in lower case). A block without a language is shown as it is:
/// lessons use those for what a program prints.
const PYTHON_LANGUAGES: &[&str] = &["python", "py", "python3"];

/// Properties of [`MarkdownView`].
#[derive(Properties, PartialEq)]
pub struct MarkdownViewProps {
    /// The parsed text.
    pub document: Rc<MarkdownDocument>,
    /// The URL folder of the pack, for its images (`lessons/python-basics/`);
    /// empty when images are not available, and their text is shown instead.
    pub pack_base: AttrValue,
    /// Called with a code block's code when its copy button is pressed.
    pub on_copy_code: Callback<String>,
    /// The copy button's label.
    pub copy_label: AttrValue,
}

/// A Markdown document as HTML elements.
#[function_component(MarkdownView)]
pub fn markdown_view(props: &MarkdownViewProps) -> Html {
    let renderer = Renderer {
        pack_base: &props.pack_base,
        on_copy_code: &props.on_copy_code,
        copy_label: &props.copy_label,
    };
    html! {
        <div class="markdown-view">
            { renderer.blocks(&props.document.blocks, 0) }
        </div>
    }
}

/// What the rendering of one document needs from the props.
struct Renderer<'a> {
    pack_base: &'a AttrValue,
    on_copy_code: &'a Callback<String>,
    copy_label: &'a AttrValue,
}

impl Renderer<'_> {
    fn blocks(&self, blocks: &[MarkdownBlock], depth: usize) -> Html {
        blocks
            .iter()
            .map(|block| self.block(block, depth))
            .collect()
    }

    fn block(&self, block: &MarkdownBlock, depth: usize) -> Html {
        if depth > MAXIMUM_RENDER_DEPTH {
            return html! { <p>{ plain_text_of_block(block) }</p> };
        }
        let below = depth + 1;
        match block {
            MarkdownBlock::Paragraph(content) => html! { <p>{ self.inlines(content, below) }</p> },
            MarkdownBlock::Heading {
                level,
                anchor,
                content,
            } => {
                let tag_name = match level {
                    1 => "h1",
                    2 => "h2",
                    3 => "h3",
                    4 => "h4",
                    5 => "h5",
                    _ => "h6",
                };
                html! {
                    <@{tag_name} id={anchor.clone()}>{ self.inlines(content, below) }</@>
                }
            }
            MarkdownBlock::List { start, items } => {
                let items: Html = items
                    .iter()
                    .map(|item| html! { <li>{ self.blocks(item, below) }</li> })
                    .collect();
                match start {
                    Some(start) => html! { <ol start={start.to_string()}>{ items }</ol> },
                    None => html! { <ul>{ items }</ul> },
                }
            }
            MarkdownBlock::CodeBlock { language, code } => self.code_block(language, code),
            MarkdownBlock::Quote(blocks) => {
                html! { <blockquote>{ self.blocks(blocks, below) }</blockquote> }
            }
            MarkdownBlock::Rule => html! { <hr /> },
            MarkdownBlock::Table { header, rows } => {
                let header_cells: Html = header
                    .iter()
                    .map(|cell| html! { <th>{ self.inlines(cell, below) }</th> })
                    .collect();
                let body_rows: Html = rows
                    .iter()
                    .map(|row| {
                        let cells: Html = row
                            .iter()
                            .map(|cell| html! { <td>{ self.inlines(cell, below) }</td> })
                            .collect();
                        html! { <tr>{ cells }</tr> }
                    })
                    .collect();
                html! {
                    // A wide table scrolls sideways: it takes the focus, so
                    // the keyboard's arrows scroll it too.
                    <div class="table-scroll" tabindex="0">
                        <table>
                            <thead><tr>{ header_cells }</tr></thead>
                            <tbody>{ body_rows }</tbody>
                        </table>
                    </div>
                }
            }
        }
    }

    fn code_block(&self, language: &str, code: &str) -> Html {
        let is_python = PYTHON_LANGUAGES
            .iter()
            .any(|python| python.eq_ignore_ascii_case(language));
        let content: Html = if is_python {
            highlighted_python(code)
        } else {
            html! { { code.to_owned() } }
        };
        if !is_python {
            return html! { <pre class="code-block plain"><code>{ content }</code></pre> };
        }
        let copied_code = code.to_owned();
        let on_copy = self
            .on_copy_code
            .reform(move |_: MouseEvent| copied_code.clone());
        html! {
            <div class="code-block-frame">
                <pre class="code-block"><code>{ content }</code></pre>
                <button type="button" class="copy-code" onclick={on_copy}>
                    { self.copy_label.clone() }
                </button>
            </div>
        }
    }

    fn inlines(&self, inlines: &[MarkdownInline], depth: usize) -> Html {
        inlines
            .iter()
            .map(|inline| self.inline(inline, depth))
            .collect()
    }

    fn inline(&self, inline: &MarkdownInline, depth: usize) -> Html {
        if depth > MAXIMUM_RENDER_DEPTH {
            let mut text = String::new();
            push_inline_text(inline, &mut text);
            return html! { { text } };
        }
        let below = depth + 1;
        match inline {
            MarkdownInline::Text(text) => html! { { text.clone() } },
            MarkdownInline::Code(code) => html! { <code>{ code.clone() }</code> },
            MarkdownInline::Emphasis(content) => {
                html! { <em>{ self.inlines(content, below) }</em> }
            }
            MarkdownInline::Strong(content) => {
                html! { <strong>{ self.inlines(content, below) }</strong> }
            }
            MarkdownInline::Strikethrough(content) => {
                html! { <del>{ self.inlines(content, below) }</del> }
            }
            MarkdownInline::Link {
                target: LinkTarget::Web(address),
                content,
            } => html! {
                <a href={address.clone()} target="_blank" rel="noopener noreferrer">
                    { self.inlines(content, below) }
                </a>
            },
            MarkdownInline::Link {
                target: LinkTarget::Anchor(anchor),
                content,
            } => anchor_link(anchor, self.inlines(content, below)),
            MarkdownInline::Image { source, alt } => self.image(source, alt),
            MarkdownInline::LineBreak => html! { <br /> },
        }
    }

    fn image(&self, source: &str, alt: &str) -> Html {
        if self.pack_base.is_empty() {
            return html! { <span class="markdown-image-text">{ alt.to_owned() }</span> };
        }
        let separator = if self.pack_base.ends_with('/') {
            ""
        } else {
            "/"
        };
        let address = format!("{}{separator}{source}", self.pack_base);
        html! { <img src={address} alt={alt.to_owned()} loading="lazy" /> }
    }
}

/// A link to a heading of the same text: no `href`, so the hash route stays;
/// a click or Enter scrolls the heading into view.
fn anchor_link(anchor: &str, content: Html) -> Html {
    let clicked_anchor = anchor.to_owned();
    let onclick = Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        scroll_to_element(&clicked_anchor);
    });
    let pressed_anchor = anchor.to_owned();
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Enter" {
            event.prevent_default();
            scroll_to_element(&pressed_anchor);
        }
    });
    html! {
        <a class="anchor-link" role="link" tabindex="0" {onclick} {onkeydown}>{ content }</a>
    }
}

/// Python code as coloured spans (the engine's own lexer), for a `<code>`.
pub fn highlighted_python(code: &str) -> Html {
    highlight_python(code)
        .into_iter()
        .map(|span| match token_class(span.class) {
            Some(class) => html! { <span {class}>{ span.text }</span> },
            None => html! { { span.text } },
        })
        .collect()
}

/// The CSS class of a highlighted span; `None` for text shown plain.
fn token_class(class: HighlightClass) -> Option<&'static str> {
    match class {
        HighlightClass::Keyword => Some("tok-keyword"),
        HighlightClass::Builtin => Some("tok-builtin"),
        HighlightClass::Number => Some("tok-number"),
        HighlightClass::String => Some("tok-string"),
        HighlightClass::Comment => Some("tok-comment"),
        HighlightClass::Operator => Some("tok-operator"),
        HighlightClass::Name | HighlightClass::Plain => None,
    }
}

/// A block's text, for content too deep to render as elements.
fn plain_text_of_block(block: &MarkdownBlock) -> String {
    MarkdownDocument {
        blocks: vec![block.clone()],
    }
    .plain_text()
}

/// Appends an inline piece's text, for content too deep to render as elements.
fn push_inline_text(inline: &MarkdownInline, text: &mut String) {
    let paragraph = MarkdownBlock::Paragraph(vec![inline.clone()]);
    text.push_str(plain_text_of_block(&paragraph).trim_end_matches('\n'));
}
