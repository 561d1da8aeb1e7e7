//! Lesson packs' Markdown, parsed to a small tree that is safe to show.
//!
//! Packs come from strangers, so their instructions are data, never markup:
//! the tree has no raw HTML (it is kept as the text it was written as), its
//! web links go only to `http:`, `https:` and `mailto:`, its in-page links
//! name the headings' anchors, and its images are paths inside the pack.
//! Whatever is dropped is reported as a [`MarkdownWarning`] with its line, so
//! a pack's author can see what the pupils will not.
//!
//! `pulldown-cmark` cuts the text into a flat list of events; `builder.rs`
//! turns them into the tree with an explicit stack (no recursion) and caps
//! the nesting depth, so a hostile pack of ten thousand nested quotes cannot
//! overflow the stack of the parser, of the renderer or of `Drop`.
//! `safety.rs` judges links and images; `anchor.rs` makes headings' anchors.

mod anchor;
mod builder;
mod safety;

/// How deep blocks and inline spans may nest; deeper content is flattened
/// into the deepest allowed level. Renderers may recurse this deep.
pub const MAXIMUM_NESTING_DEPTH: usize = 32;

/// A parsed Markdown text: its blocks, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MarkdownDocument {
    /// The top-level blocks.
    pub blocks: Vec<MarkdownBlock>,
}

/// A block of a Markdown document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MarkdownBlock {
    /// A paragraph of text.
    Paragraph(Vec<MarkdownInline>),
    /// A heading of level 1 to 6.
    Heading {
        /// 1 for `#`, up to 6 for `######`.
        level: u8,
        /// The element id of the heading: `md-` and the slug of its text,
        /// unique within the document (`-2`, `-3` are added to repeats).
        anchor: String,
        /// The heading's text.
        content: Vec<MarkdownInline>,
    },
    /// A bulleted or numbered list.
    List {
        /// The number of the first item of a numbered list; `None` for bullets.
        start: Option<u64>,
        /// The items, each a list of blocks.
        items: Vec<Vec<MarkdownBlock>>,
    },
    /// A fenced or indented block of code.
    CodeBlock {
        /// The first word of a fence's info string (`python`); empty when none.
        language: String,
        /// The code, as written (it ends with a line break).
        code: String,
    },
    /// A block quote.
    Quote(Vec<MarkdownBlock>),
    /// A thematic break (`---`).
    Rule,
    /// A table.
    Table {
        /// The header row's cells.
        header: Vec<Vec<MarkdownInline>>,
        /// The body rows, each a list of cells.
        rows: Vec<Vec<Vec<MarkdownInline>>>,
    },
}

/// A piece of text inside a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MarkdownInline {
    /// Plain text (raw HTML ends up here too, as the text it was written as).
    Text(String),
    /// Inline code.
    Code(String),
    /// Emphasised text (`*x*`).
    Emphasis(Vec<MarkdownInline>),
    /// Strong text (`**x**`).
    Strong(Vec<MarkdownInline>),
    /// Struck-through text (`~~x~~`).
    Strikethrough(Vec<MarkdownInline>),
    /// A link that is safe to follow.
    Link {
        /// Where it goes.
        target: LinkTarget,
        /// The link's text.
        content: Vec<MarkdownInline>,
    },
    /// An image inside the pack.
    Image {
        /// A relative path inside the pack: no scheme, no leading `/`, no
        /// `..` segment, no backslash.
        source: String,
        /// The image's alternative text.
        alt: String,
    },
    /// A hard line break.
    LineBreak,
}

/// Where a safe link goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkTarget {
    /// A web address starting with `http:`, `https:` or `mailto:`.
    Web(String),
    /// A heading of the same document: the anchor it points at (`md-...`).
    Anchor(String),
}

/// Something in the Markdown that is not shown as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MarkdownWarning {
    /// Raw HTML, shown as text instead.
    RawHtml {
        /// The 1-based line it starts on.
        line: u32,
    },
    /// A link to somewhere other than the web or a heading; only its text is shown.
    UnsafeLink {
        /// The 1-based line it starts on.
        line: u32,
        /// The link's destination, as written.
        target: String,
    },
    /// An image whose source is not a path inside the pack; its alternative text is shown.
    ImageOutsidePack {
        /// The 1-based line it starts on.
        line: u32,
        /// The image's source, as written.
        source: String,
    },
}

/// Parses `source` (CommonMark with tables and strikethrough) to a safe tree,
/// with a warning for everything that is not shown as written.
pub fn parse_markdown(source: &str) -> (MarkdownDocument, Vec<MarkdownWarning>) {
    builder::build_document(source)
}

impl MarkdownDocument {
    /// All the document's text (code and alternative text included), blocks
    /// separated by line breaks: for tests and search.
    pub fn plain_text(&self) -> String {
        let mut text = String::new();
        for block in &self.blocks {
            push_block_text(block, &mut text);
        }
        text
    }
}

/// Appends a block's text to `text`, ending with a line break.
fn push_block_text(block: &MarkdownBlock, text: &mut String) {
    match block {
        MarkdownBlock::Paragraph(content) | MarkdownBlock::Heading { content, .. } => {
            push_inlines_text(content, text);
            text.push('\n');
        }
        MarkdownBlock::List { items, .. } => {
            for item in items {
                for block in item {
                    push_block_text(block, text);
                }
            }
        }
        MarkdownBlock::CodeBlock { code, .. } => {
            text.push_str(code);
            if !code.ends_with('\n') {
                text.push('\n');
            }
        }
        MarkdownBlock::Quote(blocks) => {
            for block in blocks {
                push_block_text(block, text);
            }
        }
        MarkdownBlock::Rule => {}
        MarkdownBlock::Table { header, rows } => {
            for row in std::iter::once(header).chain(rows) {
                let mut first_cell = true;
                for cell in row {
                    if !first_cell {
                        text.push('\t');
                    }
                    first_cell = false;
                    push_inlines_text(cell, text);
                }
                text.push('\n');
            }
        }
    }
}

/// Appends the text of inline pieces to `text`.
fn push_inlines_text(inlines: &[MarkdownInline], text: &mut String) {
    for inline in inlines {
        match inline {
            MarkdownInline::Text(piece) | MarkdownInline::Code(piece) => text.push_str(piece),
            MarkdownInline::Emphasis(content)
            | MarkdownInline::Strong(content)
            | MarkdownInline::Strikethrough(content)
            | MarkdownInline::Link { content, .. } => push_inlines_text(content, text),
            MarkdownInline::Image { alt, .. } => text.push_str(alt),
            MarkdownInline::LineBreak => text.push('\n'),
        }
    }
}
