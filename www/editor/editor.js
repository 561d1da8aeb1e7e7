// The code editor: CodeMirror 6 set up for pupils writing Python.
//
// `cargo xtask` bundles this file with esbuild (minified, an IIFE, ES2020)
// into www/generated/editor.js, which www/index.html loads with a Trunk asset
// link (`cargo xtask serve` bundles it when it starts: restart it after a
// change here). Nothing is fetched at run time. The bundle defines one global,
// `window.BastauEditor`, that the Rust side (src/services/editor.rs) calls:
//
//     const handle = BastauEditor.create(parentElement, {
//         code: "print('Сәлем')\n",      // the starting text
//         fontSize: 18,                   // in CSS pixels
//         labels: {                       // in the pupil's language
//             label: 'Your program',      // the aria-label of the text area
//             describedBy: 'editor-hint', // id of the element that explains Esc, Tab
//             phrases: { Find: '...' },   // CodeMirror's own words (search panel, ...)
//         },
//     });
//
// The handle's methods:
//     getCode() -> string             the whole text
//     setCode(text)                   replaces everything in one undoable step
//     insert(text, cursorOffset)      types `text` at the cursor (the symbol panel)
//     setFontSize(px)                 the font size in CSS pixels
//     setLabels(labels)               new labels after a change of language
//     setCompletions(items)           the commands completion offers, in the pupil's
//                                     language: [{ label: 'print', detail: 'Prints...',
//                                     type: 'function', apply: 'print()', cursor: 6,
//                                     scope: '' }]; `type` is CodeMirror's completion
//                                     type, `cursor` where the cursor ends in `apply`
//                                     (UTF-16 units), `scope` '' for names, a module's
//                                     name ('math') for its members after `math.`, or
//                                     '.' for methods offered after any other `name.`
//     onChange(callback)              callback(code) after every change of the text
//     focus()                         moves the keyboard focus into the editor
//     highlightLine(n) / clearHighlight()   marks line n (from 1), for stepping
//     goToLine(n)                     puts the cursor at the start of line n's text,
//                                     scrolls to it and focuses the editor
//     destroy()                       removes the editor and forgets the callback
//
// The features are chosen one by one instead of CodeMirror's basicSetup, since
// every byte is downloaded on slow school connections: Python highlighting,
// line numbers, auto-indent by 4 spaces, Tab and Shift+Tab indent, bracket
// matching and closing, undo and redo, search (Ctrl+F), comment toggle (Ctrl+/)
// and the active line, and completion of the sandbox's commands and the
// program's own names (Up and Down choose, Enter takes the chosen one, and
// only while the list is open, Esc closes it; an Esc that closes the list
// does not reach the page, where Esc stops a running program). Keyboard users
// leave the editor with Esc, then Tab (CodeMirror's own behaviour while Tab
// indents). Ctrl+Enter and Ctrl+Shift+Enter do nothing in the editor: they
// reach the page, which runs and steps the program.

import { Compartment, EditorState, StateEffect, StateField } from '@codemirror/state';
import {
    Decoration, EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter,
    highlightSpecialChars, keymap, lineNumbers,
} from '@codemirror/view';
import {
    defaultKeymap, history, historyKeymap, indentWithTab, isolateHistory,
} from '@codemirror/commands';
import {
    HighlightStyle, LanguageSupport, bracketMatching, indentOnInput, indentUnit, syntaxHighlighting,
    syntaxTree,
} from '@codemirror/language';
// Only the language itself: python() would also pull in its completion lists,
// which pupils do not get.
import { pythonLanguage } from '@codemirror/lang-python';
import { search, searchKeymap } from '@codemirror/search';
import {
    autocompletion, closeBrackets, closeBracketsKeymap, completionStatus, insertBracket, pickedCompletion,
} from '@codemirror/autocomplete';
import { tags } from '@lezer/highlight';

// Colours for Python, each at least 4.5:1 on white, so they read on a projector.
const pythonHighlighting = HighlightStyle.define([
    { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword,
        tags.operatorKeyword], color: '#8a1cad', fontWeight: '600' },
    { tag: [tags.string, tags.special(tags.string)], color: '#a1260d' },
    { tag: [tags.number, tags.bool, tags.null], color: '#0b57a4' },
    { tag: [tags.comment, tags.lineComment], color: '#5c6670', fontStyle: 'italic' },
    { tag: [tags.function(tags.definition(tags.variableName)), tags.definition(tags.className)],
        color: '#0a6640', fontWeight: '600' },
    { tag: tags.function(tags.variableName), color: '#174ea6' },
    { tag: tags.invalid, color: '#b42318' },
]);

// The editor's look; colours and the code font come from www/style.css.
const editorTheme = EditorView.theme({
    // A border, not an outline, shows the focus: the sticky gutter would cover
    // an outline drawn inside the editor.
    '&': {
        height: '100%',
        backgroundColor: 'var(--surface, #fff)',
        color: 'var(--text, #1b1f23)',
        border: '2px solid transparent',
    },
    '&.cm-focused': { outline: 'none', borderColor: 'var(--brand, #0b6e4f)' },
    '.cm-scroller': {
        fontFamily: 'var(--code-font, monospace)',
        lineHeight: '1.4',
    },
    '.cm-content': { padding: '4px 0' },
    '.cm-line': { padding: '0 0.3em' },
    '.cm-gutters': {
        backgroundColor: '#f6f8f7',
        color: '#57606a',
        borderRight: '1px solid var(--border, #d0d7de)',
    },
    '.cm-lineNumbers .cm-gutterElement': { padding: '0 0.4em 0 0.5em', minWidth: '2em' },
    '.cm-activeLine': { backgroundColor: '#eef6f2' },
    '.cm-activeLineGutter': { backgroundColor: '#dcefe5', color: '#084c37' },
    '&.cm-focused .cm-matchingBracket': { backgroundColor: '#c9e8d8', outline: '1px solid #0b6e4f' },
    '&.cm-focused .cm-nonmatchingBracket': { backgroundColor: '#fde2df' },
    '.cm-stepLine': { backgroundColor: '#fff1b8' },
    '.cm-panels': { fontSize: '1rem' },
    '.cm-cursor': { borderLeftWidth: '2px', borderLeftColor: '#1b1f23' },
    // The completion list: the editor's font size (it sits inside the editor),
    // dark text on white, the chosen line white on the brand colour (7:1).
    '.cm-tooltip.cm-tooltip-autocomplete': {
        border: '2px solid var(--brand, #0b6e4f)',
        borderRadius: '4px',
        backgroundColor: '#fff',
        color: '#1b1f23',
        boxShadow: '0 4px 12px rgba(0, 0, 0, 0.2)',
    },
    '.cm-tooltip.cm-tooltip-autocomplete > ul': {
        fontFamily: 'var(--code-font, monospace)',
        maxWidth: 'min(38em, 92vw)',
        maxHeight: '12.5em',
    },
    '.cm-tooltip.cm-tooltip-autocomplete > ul > li': {
        padding: '0.2em 0.5em',
        lineHeight: '1.3',
        whiteSpace: 'normal',
    },
    '.cm-tooltip-autocomplete ul li[aria-selected]': {
        backgroundColor: 'var(--brand, #0b6e4f)',
        color: '#fff',
    },
    '.cm-completionLabel': { fontWeight: '600' },
    '.cm-completionMatchedText': { textDecoration: 'underline', textDecorationThickness: '2px' },
    '.cm-completionDetail': {
        marginLeft: '0.8em',
        fontStyle: 'normal',
        fontFamily: 'system-ui, "Segoe UI", "DejaVu Sans", Roboto, Arial, sans-serif',
        fontSize: '0.85em',
    },
    '.cm-completionIcon': { opacity: '0.85' },
});

// The line marked while stepping through a program: a line decoration kept
// in a state field, moved along when the text changes.
const setStepLine = StateEffect.define();
const stepLineDecoration = Decoration.line({ class: 'cm-stepLine' });
const stepLineField = StateField.define({
    create: () => Decoration.none,
    update(decorations, transaction) {
        let updated = decorations.map(transaction.changes);
        for (const effect of transaction.effects) {
            if (!effect.is(setStepLine)) continue;
            updated = effect.value === null
                ? Decoration.none
                : Decoration.set([stepLineDecoration.range(effect.value)]);
        }
        return updated;
    },
    provide: (field) => EditorView.decorations.from(field),
});

// One theme per size, made once: CodeMirror mounts every theme's style
// module on the document for good, so a theme made for each new editor (each
// lesson opened) added a style rule to the page that was never removed.
const fontSizeThemes = new Map();

function fontSizeExtension(px) {
    const size = Number(px) > 0 ? Number(px) : 18;
    if (!fontSizeThemes.has(size)) {
        fontSizeThemes.set(size, EditorView.theme({ '&': { fontSize: `${size}px` } }));
    }
    return fontSizeThemes.get(size);
}

function labelsExtension(labels) {
    // tabindex 0 says what the editable text already is, in the Tab order, to
    // tools that do not count contenteditable as focusable (axe-core would
    // otherwise call a long program's scrolling area unreachable).
    const attributes = { 'aria-label': String(labels?.label ?? ''), tabindex: '0' };
    if (labels?.describedBy) attributes['aria-describedby'] = String(labels.describedBy);
    return [
        EditorView.contentAttributes.of(attributes),
        EditorState.phrases.of(labels?.phrases ?? {}),
    ];
}

// Where a completion's text goes: the cursor ends `cursor` units into it. A call
// typed before an existing `(` inserts only the name.
function applyCompletion(text, cursor) {
    return (view, completion, from, to) => {
        let insert = text;
        let offset = Math.min(Math.max(0, cursor), text.length);
        if (insert.endsWith('()') && view.state.sliceDoc(to, to + 1) === '(') {
            insert = insert.slice(0, -2);
            offset = insert.length;
        }
        view.dispatch({
            changes: { from, to, insert },
            selection: { anchor: from + offset },
            scrollIntoView: true,
            userEvent: 'input.complete',
            annotations: pickedCompletion.of(completion),
        });
    };
}

// The lists completion offers, built once per setCompletions.
function completionLists(items) {
    const lists = { names: [], members: new Map(), methods: [], known: new Set() };
    for (const item of Array.isArray(items) ? items : []) {
        const label = String(item?.label ?? '');
        if (!label) continue;
        const apply = String(item.apply ?? label);
        const option = {
            label,
            detail: String(item.detail ?? ''),
            type: String(item.type ?? 'variable'),
            apply: applyCompletion(apply, Number.isInteger(item.cursor) ? item.cursor : apply.length),
        };
        // Choosing it would change nothing once the whole name is typed.
        if (apply === label) option.plain = true;
        const scope = String(item.scope ?? '');
        if (scope === '') {
            lists.names.push(option);
            lists.known.add(label);
        } else if (scope === '.') {
            lists.methods.push(option);
        } else {
            if (!lists.members.has(scope)) lists.members.set(scope, []);
            lists.members.get(scope).push(option);
        }
    }
    return lists;
}

// The program's own names (variables, functions, parameters), except the one
// being typed at `pos`.
function programNames(state, pos, known) {
    const names = new Set();
    syntaxTree(state).iterate({
        enter(node) {
            if (node.name !== 'VariableName' || node.to === pos) return;
            const name = state.sliceDoc(node.from, node.to);
            if (!known.has(name)) names.add(name);
        },
    });
    return [...names].map((label) => ({ label, type: 'variable', plain: true }));
}

// The completion source: a module's members after `math.`, methods after any
// other `name.`, otherwise the commands and the program's names. Nothing in
// strings and comments, or inside a number. A name typed in full is not
// offered when choosing it would change nothing, so Enter after `break`,
// `total` or `math.pi` starts a new line; the source is asked again at every
// letter (no validFor) for that.
function pythonCompletions(getLists) {
    return (context) => {
        const node = syntaxTree(context.state).resolveInner(context.pos, -1);
        if (/String|Comment/.test(node.name)) return null;
        const lists = getLists();
        const member = context.matchBefore(/(?:[\p{L}_][\p{L}\p{N}_]*|[)\]}'"])\.[\p{L}\p{N}_]*$/u);
        if (member) {
            const dot = member.text.lastIndexOf('.');
            const object = member.text.slice(0, dot);
            const beforeObject = context.state.sliceDoc(member.from - 1, member.from);
            const typed = member.text.slice(dot + 1);
            const options = (beforeObject !== '.' && lists.members.get(object)
                ? lists.members.get(object)
                : lists.methods).filter((option) => !(option.plain && option.label === typed));
            return options.length ? { from: member.from + dot + 1, options } : null;
        }
        const word = context.matchBefore(/[\p{L}_][\p{L}\p{N}_]*$/u);
        if (!word && !context.explicit) return null;
        const from = word ? word.from : context.pos;
        const before = context.state.sliceDoc(from - 1, from);
        if (/[\p{N}.]/u.test(before)) return null;
        const typed = word ? word.text : '';
        const options = lists.names
            .concat(programNames(context.state, context.pos, lists.known))
            .filter((option) => !(option.plain && option.label === typed));
        return options.length ? { from, options } : null;
    };
}

/** Creates an editor inside `parent` (emptied first) and returns its handle. */
function create(parent, options = {}) {
    const fontSize = new Compartment();
    const labels = new Compartment();
    let changeCallback = null;
    let completions = completionLists([]);
    parent.replaceChildren();

    const view = new EditorView({
        parent,
        state: EditorState.create({
            doc: String(options.code ?? ''),
            extensions: [
                lineNumbers(),
                highlightActiveLineGutter(),
                highlightSpecialChars(),
                history(),
                drawSelection(),
                indentUnit.of('    '),
                EditorState.tabSize.of(4),
                indentOnInput(),
                new LanguageSupport(pythonLanguage),
                syntaxHighlighting(pythonHighlighting),
                bracketMatching(),
                closeBrackets(),
                // Prefix matches only: fewer surprises for a pupil pressing Enter.
                autocompletion({ override: [pythonCompletions(() => completions)], filterStrict: true }),
                // Esc, whatever else it does (closing the completion list),
                // lets a Tab within 2 s leave the editor, as the editor's hint
                // says. CodeMirror arms that only for an Esc no command took,
                // and the completion list takes Esc even when it shows nothing
                // yet: a pupil's Tab then indented their code instead.
                EditorView.domEventObservers({
                    keydown(event, view) {
                        if (event.key === 'Escape') view.setTabFocusMode(2000);
                    },
                }),
                // An Esc that closes the completion list stays in the editor.
                EditorView.domEventHandlers({
                    keydown(event, view) {
                        if (event.key === 'Escape' && completionStatus(view.state) === 'active') {
                            event.stopPropagation();
                        }
                        return false;
                    },
                }),
                highlightActiveLine(),
                search({ top: true }),
                stepLineField,
                keymap.of([
                    // Ctrl+Enter runs the program and Ctrl+Shift+Enter steps it
                    // (the lesson page hears them): the editor only keeps the
                    // keys from CodeMirror's own Ctrl+Enter, which would add a
                    // blank line to the pupil's code on every run.
                    { key: 'Mod-Enter', run: () => true },
                    { key: 'Shift-Mod-Enter', run: () => true },
                    ...closeBracketsKeymap,
                    ...defaultKeymap,
                    ...searchKeymap,
                    ...historyKeymap,
                    indentWithTab,
                ]),
                editorTheme,
                fontSize.of(fontSizeExtension(options.fontSize)),
                labels.of(labelsExtension(options.labels)),
                EditorView.updateListener.of((update) => {
                    if (update.docChanged && changeCallback) changeCallback(update.state.doc.toString());
                }),
            ],
        }),
    });

    const lineStart = (lineNumber) => {
        const count = view.state.doc.lines;
        const line = Math.min(Math.max(1, Math.floor(Number(lineNumber) || 1)), count);
        return view.state.doc.line(line).from;
    };

    return {
        getCode: () => view.state.doc.toString(),

        setCode(text) {
            const code = String(text ?? '');
            view.dispatch({
                changes: { from: 0, to: view.state.doc.length, insert: code },
                selection: { anchor: code.length },
                scrollIntoView: true,
                userEvent: 'set',
                // Its own undo step, never merged with the typing around it.
                annotations: isolateHistory.of('full'),
            });
        },

        insert(text, cursorOffset) {
            const inserted = String(text ?? '');
            // A single bracket or quote goes through the same logic as typing it,
            // so `(` also closes and `)` steps over an automatic `)`.
            const asTyped = inserted.length === 1 ? insertBracket(view.state, inserted) : null;
            if (asTyped) {
                view.dispatch(asTyped);
            } else {
                const range = view.state.selection.main;
                const offset = Number.isInteger(cursorOffset)
                    ? Math.min(Math.max(0, cursorOffset), inserted.length)
                    : inserted.length;
                view.dispatch({
                    changes: { from: range.from, to: range.to, insert: inserted },
                    selection: { anchor: range.from + offset },
                    scrollIntoView: true,
                    userEvent: 'input.type',
                });
            }
            view.focus();
        },

        setFontSize(px) {
            view.dispatch({ effects: fontSize.reconfigure(fontSizeExtension(px)) });
        },

        setLabels(newLabels) {
            view.dispatch({ effects: labels.reconfigure(labelsExtension(newLabels)) });
        },

        setCompletions(items) {
            completions = completionLists(items);
        },

        onChange(callback) {
            changeCallback = typeof callback === 'function' ? callback : null;
        },

        focus: () => view.focus(),

        highlightLine(lineNumber) {
            const from = lineStart(lineNumber);
            view.dispatch({
                effects: [setStepLine.of(from), EditorView.scrollIntoView(from, { y: 'nearest' })],
            });
        },

        goToLine(lineNumber) {
            const line = view.state.doc.line(
                Math.min(Math.max(1, Number(lineNumber) || 1), view.state.doc.lines));
            const indent = line.text.length - line.text.trimStart().length;
            view.dispatch({
                selection: { anchor: line.from + indent },
                effects: EditorView.scrollIntoView(line.from, { y: 'center' }),
            });
            view.focus();
        },

        clearHighlight() {
            view.dispatch({ effects: setStepLine.of(null) });
        },

        destroy() {
            changeCallback = null;
            view.destroy();
        },
    };
}

window.BastauEditor = { create };
