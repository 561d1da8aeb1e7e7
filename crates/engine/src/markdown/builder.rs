//! `pulldown-cmark`'s flat events to the safe tree, with an explicit stack.
//!
//! Every open element is a [`Frame`] on a `Vec`; an element's end pops its
//! frame and hands the finished node to the frame below. Nothing recurses,
//! so the depth of the input costs heap, not stack. An element that would
//! open deeper than [`MAXIMUM_NESTING_DEPTH`] gets no frame: its content goes
//! to the deepest open frame (a space between its blocks), and its end only
//! closes the count of such flattened elements. The parts of a list and of a
//! table (items, rows, cells) always open under their own parent, so a kept
//! list or table is never cut in half.

use pulldown_cmark::{CodeBlockKind, Event, LinkType, Options, Parser, Tag, TagEnd};

use super::anchor::AnchorRegistry;
use super::safety::{image_path_inside_pack, link_target};
use super::{
    LinkTarget, MarkdownBlock, MarkdownDocument, MarkdownInline, MarkdownWarning,
    MAXIMUM_NESTING_DEPTH,
};

/// Parses `source` and builds its tree and warnings.
pub(super) fn build_document(source: &str) -> (MarkdownDocument, Vec<MarkdownWarning>) {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut builder = TreeBuilder::new(source);
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        let line = builder.line_of(range.start);
        builder.event(event, line);
    }
    builder.finish()
}

/// What an open element is, with the parts only it collects.
#[derive(Debug)]
enum FrameKind {
    Document,
    Paragraph,
    Heading {
        level: u8,
    },
    Quote,
    List {
        start: Option<u64>,
        items: Vec<Vec<MarkdownBlock>>,
    },
    Item,
    CodeBlock {
        language: String,
        code: String,
    },
    HtmlBlock {
        text: String,
    },
    Table {
        header: Vec<Vec<MarkdownInline>>,
        rows: Vec<Vec<Vec<MarkdownInline>>>,
    },
    TableRow {
        is_header: bool,
        cells: Vec<Vec<MarkdownInline>>,
    },
    TableCell,
    Emphasis,
    Strong,
    Strikethrough,
    /// A link; `None` when it is unsafe and only its text is kept.
    Link {
        target: Option<LinkTarget>,
    },
    /// An image; `None` when its source is outside the pack and only its text is kept.
    Image {
        source: Option<String>,
    },
}

impl FrameKind {
    /// Whether the element holds blocks (text in it is gathered into paragraphs).
    fn holds_blocks(&self) -> bool {
        matches!(
            self,
            FrameKind::Document | FrameKind::Quote | FrameKind::Item
        )
    }
}

/// An open element and the content gathered in it so far.
#[derive(Debug)]
struct Frame {
    kind: FrameKind,
    blocks: Vec<MarkdownBlock>,
    inlines: Vec<MarkdownInline>,
}

impl Frame {
    fn new(kind: FrameKind) -> Frame {
        Frame {
            kind,
            blocks: Vec::new(),
            inlines: Vec::new(),
        }
    }

    /// Turns the pending text into a paragraph (of a block-holding element).
    fn flush_inlines(&mut self) {
        if !self.inlines.is_empty() {
            let inlines = std::mem::take(&mut self.inlines);
            self.blocks.push(MarkdownBlock::Paragraph(inlines));
        }
    }
}

/// The tree under construction.
struct TreeBuilder {
    /// The open elements; the document is at the bottom and never popped.
    stack: Vec<Frame>,
    /// How many elements are open without a frame (too deep, or unknown).
    flattened_depth: usize,
    warnings: Vec<MarkdownWarning>,
    anchors: AnchorRegistry,
    /// The byte offsets where lines start, to turn offsets into lines.
    line_starts: Vec<usize>,
}

impl TreeBuilder {
    fn new(source: &str) -> TreeBuilder {
        let line_starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(offset, _)| offset + 1))
            .collect();
        TreeBuilder {
            stack: vec![Frame::new(FrameKind::Document)],
            flattened_depth: 0,
            warnings: Vec::new(),
            anchors: AnchorRegistry::default(),
            line_starts,
        }
    }

    /// The 1-based line of byte `offset`.
    fn line_of(&self, offset: usize) -> u32 {
        let line = self.line_starts.partition_point(|&start| start <= offset);
        u32::try_from(line.max(1)).unwrap_or(u32::MAX)
    }

    fn top(&mut self) -> &mut Frame {
        // The document frame is never popped, so the stack is never empty.
        let last = self.stack.len() - 1;
        &mut self.stack[last]
    }

    fn event(&mut self, event: Event<'_>, line: u32) {
        match event {
            Event::Start(tag) => self.start(tag, line),
            Event::End(tag_end) => self.end(tag_end),
            Event::Text(text) => self.push_raw_text(&text),
            Event::Code(code) => self.push_inline(MarkdownInline::Code(code.into_string())),
            Event::Html(html) => {
                let in_html_block = matches!(self.top().kind, FrameKind::HtmlBlock { .. });
                if !in_html_block && self.flattened_depth == 0 {
                    self.warnings.push(MarkdownWarning::RawHtml { line });
                }
                self.push_raw_text(&html);
            }
            Event::InlineHtml(html) => {
                self.warnings.push(MarkdownWarning::RawHtml { line });
                self.push_text(&html);
            }
            Event::InlineMath(text) | Event::DisplayMath(text) => self.push_text(&text),
            Event::FootnoteReference(label) => self.push_text(&format!("[^{label}]")),
            Event::SoftBreak => self.push_text(" "),
            Event::HardBreak => self.push_inline(MarkdownInline::LineBreak),
            Event::Rule => self.push_block(MarkdownBlock::Rule),
            Event::TaskListMarker(checked) => self.push_text(if checked { "[x] " } else { "[ ] " }),
        }
    }

    fn start(&mut self, tag: Tag<'_>, line: u32) {
        let kind = match tag {
            Tag::Link {
                link_type,
                dest_url,
                ..
            } => {
                let destination = if link_type == LinkType::Email {
                    format!("mailto:{dest_url}")
                } else {
                    dest_url.into_string()
                };
                let target = link_target(&destination);
                if target.is_none() {
                    self.warnings.push(MarkdownWarning::UnsafeLink {
                        line,
                        target: destination,
                    });
                }
                Some(FrameKind::Link { target })
            }
            Tag::Image { dest_url, .. } => {
                let path = image_path_inside_pack(&dest_url);
                if path.is_none() {
                    self.warnings.push(MarkdownWarning::ImageOutsidePack {
                        line,
                        source: dest_url.into_string(),
                    });
                }
                Some(FrameKind::Image { source: path })
            }
            Tag::HtmlBlock => {
                self.warnings.push(MarkdownWarning::RawHtml { line });
                Some(FrameKind::HtmlBlock {
                    text: String::new(),
                })
            }
            Tag::Paragraph => Some(FrameKind::Paragraph),
            Tag::Heading { level, .. } => Some(FrameKind::Heading { level: level as u8 }),
            Tag::BlockQuote(_) => Some(FrameKind::Quote),
            Tag::CodeBlock(code_block_kind) => {
                let language = match code_block_kind {
                    CodeBlockKind::Fenced(info) => info
                        .split_whitespace()
                        .next()
                        .unwrap_or_default()
                        .to_owned(),
                    CodeBlockKind::Indented => String::new(),
                };
                Some(FrameKind::CodeBlock {
                    language,
                    code: String::new(),
                })
            }
            Tag::List(start) => Some(FrameKind::List {
                start,
                items: Vec::new(),
            }),
            Tag::Item => Some(FrameKind::Item),
            Tag::Table(_) => Some(FrameKind::Table {
                header: Vec::new(),
                rows: Vec::new(),
            }),
            Tag::TableHead => Some(FrameKind::TableRow {
                is_header: true,
                cells: Vec::new(),
            }),
            Tag::TableRow => Some(FrameKind::TableRow {
                is_header: false,
                cells: Vec::new(),
            }),
            Tag::TableCell => Some(FrameKind::TableCell),
            Tag::Emphasis => Some(FrameKind::Emphasis),
            Tag::Strong => Some(FrameKind::Strong),
            Tag::Strikethrough => Some(FrameKind::Strikethrough),
            // Not enabled in the options; their content is kept as text.
            Tag::FootnoteDefinition(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::Superscript
            | Tag::Subscript
            | Tag::MetadataBlock(_) => None,
        };
        match kind {
            Some(kind) if self.may_open(&kind) => self.stack.push(Frame::new(kind)),
            _ => self.flattened_depth += 1,
        }
    }

    /// Whether an element of `kind` gets a frame here.
    fn may_open(&self, kind: &FrameKind) -> bool {
        if self.flattened_depth > 0 {
            return false;
        }
        let parent = self.stack.last().map(|frame| &frame.kind);
        match kind {
            FrameKind::Item => matches!(parent, Some(FrameKind::List { .. })),
            FrameKind::TableRow { .. } => matches!(parent, Some(FrameKind::Table { .. })),
            FrameKind::TableCell => matches!(parent, Some(FrameKind::TableRow { .. })),
            _ => self.stack.len() <= MAXIMUM_NESTING_DEPTH,
        }
    }

    fn end(&mut self, tag_end: TagEnd) {
        if self.flattened_depth > 0 {
            self.flattened_depth -= 1;
            let ends_block = matches!(
                tag_end,
                TagEnd::Paragraph
                    | TagEnd::Heading(_)
                    | TagEnd::Item
                    | TagEnd::CodeBlock
                    | TagEnd::HtmlBlock
                    | TagEnd::TableCell
                    | TagEnd::TableRow
                    | TagEnd::TableHead
                    | TagEnd::BlockQuote(_)
                    | TagEnd::List(_)
            );
            if ends_block {
                self.push_separator();
            }
            return;
        }
        if self.stack.len() < 2 {
            return;
        }
        if let Some(frame) = self.stack.pop() {
            self.close(frame);
        }
    }

    /// Hands a finished element to the frame below it.
    fn close(&mut self, mut frame: Frame) {
        match frame.kind {
            FrameKind::Document => {}
            FrameKind::Paragraph => {
                if !frame.inlines.is_empty() {
                    self.push_block(MarkdownBlock::Paragraph(frame.inlines));
                }
                return;
            }
            FrameKind::Heading { level } => {
                let mut heading_text = String::new();
                super::push_inlines_text(&frame.inlines, &mut heading_text);
                let anchor = self.anchors.unique_anchor(&heading_text);
                self.push_block(MarkdownBlock::Heading {
                    level,
                    anchor,
                    content: frame.inlines,
                });
                return;
            }
            FrameKind::Quote => {
                frame.flush_inlines();
                self.push_block(MarkdownBlock::Quote(frame.blocks));
                return;
            }
            FrameKind::Item => {
                frame.flush_inlines();
                match &mut self.top().kind {
                    FrameKind::List { items, .. } => items.push(frame.blocks),
                    _ => self.push_blocks(frame.blocks),
                }
                return;
            }
            FrameKind::CodeBlock { language, code } => {
                self.push_block(MarkdownBlock::CodeBlock { language, code });
            }
            FrameKind::HtmlBlock { text } => {
                let text = text.trim_end_matches(['\n', '\r']);
                if !text.is_empty() {
                    let paragraph = vec![MarkdownInline::Text(text.to_owned())];
                    self.push_block(MarkdownBlock::Paragraph(paragraph));
                }
            }
            FrameKind::List { start, items } => {
                self.push_block(MarkdownBlock::List { start, items });
            }
            FrameKind::Table { header, rows } => {
                self.push_block(MarkdownBlock::Table { header, rows });
            }
            FrameKind::TableRow { is_header, cells } => {
                if let FrameKind::Table { header, rows } = &mut self.top().kind {
                    if is_header {
                        *header = cells;
                    } else {
                        rows.push(cells);
                    }
                }
            }
            FrameKind::TableCell => {
                if let FrameKind::TableRow { cells, .. } = &mut self.top().kind {
                    cells.push(frame.inlines);
                    return;
                }
            }
            FrameKind::Emphasis => {
                self.push_inline(MarkdownInline::Emphasis(frame.inlines));
                return;
            }
            FrameKind::Strong => {
                self.push_inline(MarkdownInline::Strong(frame.inlines));
                return;
            }
            FrameKind::Strikethrough => {
                self.push_inline(MarkdownInline::Strikethrough(frame.inlines));
                return;
            }
            FrameKind::Link { target } => {
                match target {
                    Some(target) => self.push_inline(MarkdownInline::Link {
                        target,
                        content: frame.inlines,
                    }),
                    None => self.push_inlines(frame.inlines),
                }
                return;
            }
            FrameKind::Image { source } => {
                let mut alt = String::new();
                super::push_inlines_text(&frame.inlines, &mut alt);
                match source {
                    Some(source) => self.push_inline(MarkdownInline::Image { source, alt }),
                    None => self.push_text(&alt),
                }
                return;
            }
        }
        // Content that should not be in a structural element is kept after it.
        self.push_blocks(frame.blocks);
        self.push_inlines(frame.inlines);
    }

    /// Text as it comes: into an open code or HTML block as it is, else as inline text.
    fn push_raw_text(&mut self, text: &str) {
        match &mut self.top().kind {
            FrameKind::CodeBlock { code, .. } => code.push_str(text),
            FrameKind::HtmlBlock { text: html } => html.push_str(text),
            _ => self.push_text(text),
        }
    }

    fn push_text(&mut self, text: &str) {
        if !text.is_empty() {
            self.push_inline(MarkdownInline::Text(text.to_owned()));
        }
    }

    /// A space between the blocks of a flattened element, unless there is one.
    fn push_separator(&mut self) {
        let needs_space = match self.top().inlines.last() {
            Some(MarkdownInline::Text(text)) => !text.ends_with(char::is_whitespace),
            Some(_) => true,
            None => false,
        };
        if needs_space {
            self.push_text(" ");
        }
    }

    /// Adds an inline piece to the open element, joining adjacent texts.
    fn push_inline(&mut self, inline: MarkdownInline) {
        let frame = self.top();
        match (frame.inlines.last_mut(), inline) {
            (Some(MarkdownInline::Text(last)), MarkdownInline::Text(text)) => last.push_str(&text),
            (_, inline) => frame.inlines.push(inline),
        }
    }

    fn push_inlines(&mut self, inlines: Vec<MarkdownInline>) {
        for inline in inlines {
            self.push_inline(inline);
        }
    }

    /// Adds a block to the open element; an element of text gets its text.
    fn push_block(&mut self, block: MarkdownBlock) {
        let frame = self.top();
        if frame.kind.holds_blocks() {
            frame.flush_inlines();
            frame.blocks.push(block);
        } else {
            let mut text = String::new();
            super::push_block_text(&block, &mut text);
            self.push_text(text.trim_end());
        }
    }

    fn push_blocks(&mut self, blocks: Vec<MarkdownBlock>) {
        for block in blocks {
            self.push_block(block);
        }
    }

    /// Closes what is still open and returns the tree.
    fn finish(mut self) -> (MarkdownDocument, Vec<MarkdownWarning>) {
        while self.stack.len() > 1 {
            if let Some(frame) = self.stack.pop() {
                self.close(frame);
            }
        }
        let document = self.top();
        document.flush_inlines();
        let blocks = std::mem::take(&mut document.blocks);
        (MarkdownDocument { blocks }, self.warnings)
    }
}
