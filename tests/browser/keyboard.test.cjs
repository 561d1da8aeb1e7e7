// The keyboard alone, in a real browser: a pupil solves a programming
// lesson and a grid-robot lesson from the home page with Tab, Shift+Tab,
// Enter, Space, the arrows, typing into the code editor (CodeMirror 6) and
// the shortcuts (Ctrl+Enter runs, Ctrl+Shift+Enter steps, Esc stops).
// There is no mouse here: no click(), no focus() on an element. Every
// element Tab reaches shows that it has the focus, the lesson page's order
// is the reading order (task, toolbar, symbols, editor, stage and output),
// the keyboard help lists the shortcuts, and the robot's moves are read
// in words.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { openPage, screenshot, useServerAndBrowser } = require('./harness.cjs');

const shared = useServerAndBrowser();

/**
 * What has the focus now: a short description, the lesson page's part it
 * is in, and whether its focus can be seen (a focus ring of 2 px or more;
 * the code editor shows its focus with its coloured border instead).
 */
const focusNow = (page) => page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { what: 'nothing', part: null, seen: false };
    const label = (element.getAttribute('aria-label') || element.textContent || '').trim().slice(0, 30);
    const what = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${label}"`;
    const part = ['.skip-link', '.top-bar', '.lesson-instructions', '.toolbar', '.symbol-panel', '.cm-content',
        '.lesson-output', 'main'].find((selector) => element.closest(selector));
    const editor = element.closest('.cm-editor');
    // A file input is see-through over its label, which shows the focus.
    const fileButton = element.matches('input[type="file"]') ? element.closest('.file-button') : null;
    let seen;
    if (fileButton) {
        const style = getComputedStyle(fileButton);
        seen = element.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    } else if (editor) {
        const border = getComputedStyle(editor);
        seen = editor.classList.contains('cm-focused') && parseFloat(border.borderTopWidth) >= 2
            && border.borderTopColor !== 'rgba(0, 0, 0, 0)';
    } else {
        const style = getComputedStyle(element);
        seen = element.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    }
    const box = element.getBoundingClientRect();
    return { what, part, seen: seen && box.width > 0 && box.height > 0 };
});

/**
 * Presses Tab (Shift+Tab when `backwards`) until the focus is on an element
 * matching `selector`, at most `most` times; every element passed on the
 * way is recorded in `stops` (when given) and must show its focus.
 */
async function tabTo(page, selector, { backwards = false, most = 60, stops = [] } = {}) {
    for (let presses = 0; presses < most; presses += 1) {
        // Esc then Tab leaves the code editor only within 2 s (CodeMirror's
        // rule); a busy machine can take longer between the test's Esc and
        // its Tab, and the Tab then indents. A Tab that stayed in the editor
        // is followed by Esc again, as the editor's hint tells a pupil.
        const previous = stops[stops.length - 1];
        if (previous?.what.startsWith('div.cm-content') && selector !== '.cm-content'
            && await page.evaluate(() => !!document.activeElement?.closest('.cm-editor'))) {
            await page.keyboard.press('Escape');
        }
        await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
        // The code editor marks its focus when it hears of it, a moment later.
        await page.waitForFunction(() => {
            const editor = document.activeElement?.closest('.cm-editor');
            return !editor || editor.classList.contains('cm-focused');
        }, null, { timeout: 2000 }).catch(() => {});
        const now = await focusNow(page);
        stops.push(now);
        assert.ok(now.seen, `the focus shows on ${now.what}`);
        if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return stops;
    }
    assert.fail(`${selector} was not reached with ${backwards ? 'Shift+Tab' : 'Tab'} in ${most} presses: ${stops.map((stop) => stop.what).join(' > ')}`);
}

/** Types `lines` into the focused editor, one key at a time, as a pupil does. */
async function typeLines(page, lines) {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    for (const [index, line] of lines.entries()) {
        await page.keyboard.type(line);
        // Enter would take a suggestion while the list is open: Esc closes it.
        if (await page.locator('.cm-tooltip-autocomplete').count() > 0) await page.keyboard.press('Escape');
        if (index + 1 < lines.length) await page.keyboard.press('Enter');
    }
}

/** Opens the home page in `language` and skips the top bar with the skip link. */
async function openHomeAndSkipToContent(page, language) {
    await page.goto(`${shared.server.url}?lang=${language}#/`);
    await page.locator('.pack-card').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('.loading'));
    // The first Tab reaches the skip link, which shows itself; Enter skips the top bar.
    await page.keyboard.press('Tab');
    assert.match((await focusNow(page)).what, /skip-link/);
    assert.ok(await page.locator('.skip-link').isVisible(), 'the skip link shows when it has the focus');
    assert.ok((await page.locator('.skip-link').boundingBox()).x >= 0, 'on screen');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'content');
}

const editorLines = (page) => page.locator('.cm-content .cm-line').allTextContents();

test('a programming lesson is solved with the keyboard alone, the focus always showing, in reading order', async () => {
    const { context, page } = await openPage(shared.browser);
    await openHomeAndSkipToContent(page, 'en');
    await tabTo(page, 'a[href="#/pack/first-steps"]');
    await page.keyboard.press('Enter');
    await page.locator('.lesson-item').first().waitFor();
    await tabTo(page, '.lesson-item[data-lesson="hello"] a');
    await page.keyboard.press('Enter');
    await page.locator('.code-editor[data-status="mounted"] .cm-content').waitFor();

    // Tab goes through the lesson page in reading order, every stop visible.
    // The keyboard help under the task, on the way, opens with Enter and
    // lists the run's shortcuts.
    const stops = await tabTo(page, '.keyboard-help summary');
    await page.keyboard.press('Enter');
    await page.locator('.keyboard-help[open] .keyboard-help-list').waitFor();
    const help = await page.locator('.keyboard-help-list').innerText();
    for (const shortcut of ['Ctrl+Enter: run', 'Ctrl+Shift+Enter: run one line', 'Esc: stop']) {
        assert.ok(help.includes(shortcut), `the help lists ${shortcut}: ${help}`);
    }
    await screenshot(page, 'keyboard-help-en');
    await tabTo(page, '.cm-content', { stops });
    const order = [...new Set(stops.map((stop) => stop.part))];
    assert.deepEqual(order.filter((part) => ['.lesson-instructions', '.toolbar', '.symbol-panel', '.cm-content'].includes(part)),
        ['.lesson-instructions', '.toolbar', '.symbol-panel', '.cm-content'], `the order of the parts: ${order.join(', ')}`);
    assert.equal(await page.locator('.run-button').getAttribute('aria-keyshortcuts'), 'Control+Enter');
    assert.equal(await page.locator('.step-button').getAttribute('aria-keyshortcuts'), 'Control+Shift+Enter');

    // Typed into the editor; Ctrl+Enter runs it and adds nothing to the code.
    await typeLines(page, ["print('Сәлем, әлем!')"]);
    assert.deepEqual(await editorLines(page), ["print('Сәлем, әлем!')"]);
    await page.keyboard.press('Control+Enter');
    await page.locator('.run-status.status-finished').waitFor({ timeout: 15000 });
    assert.match(await page.locator('.console').textContent(), /Сәлем, әлем!/);
    assert.deepEqual(await editorLines(page), ["print('Сәлем, әлем!')"], 'Ctrl+Enter left the code as it was');
    // Ctrl+Shift+Enter steps; Esc stops.
    await page.keyboard.press('Control+Shift+Enter');
    await page.locator('.run-status.status-stepping').waitFor();
    assert.deepEqual(await editorLines(page), ["print('Сәлем, әлем!')"], 'Ctrl+Shift+Enter left the code as it was');
    await page.keyboard.press('Escape');
    await page.locator('.run-status.status-stopped').waitFor();

    // Out of the editor (Esc, then Shift+Tab) and back to Check, pressed with Space.
    await page.keyboard.press('Escape');
    await tabTo(page, '.check-button', { backwards: true });
    await page.keyboard.press('Space');
    await page.locator('.check-summary.passed').waitFor({ timeout: 15000 });
    await screenshot(page, 'keyboard-lesson-solved-en');

    // On from the editor, Tab reaches the output's parts after it.
    await tabTo(page, '.cm-content');
    await page.keyboard.press('Escape');
    const after = await tabTo(page, '.lesson-output button, .lesson-output select');
    assert.equal(after.at(-1).part, '.lesson-output');
    page.assertClean();
    await context.close();
});

test('a grid-robot lesson is solved with the keyboard alone, and its moves are read in words', async () => {
    const { context, page } = await openPage(shared.browser);
    await openHomeAndSkipToContent(page, 'ru');
    await tabTo(page, 'a[href="#/pack/robot"]');
    await page.keyboard.press('Enter');
    await page.locator('.lesson-item').first().waitFor();
    await tabTo(page, '.lesson-item[data-lesson="first-moves"] a');
    await page.keyboard.press('Enter');
    await page.locator('.code-editor[data-status="mounted"] .cm-content').waitFor();
    await page.locator('.robot-canvas').waitFor();

    await tabTo(page, '.cm-content');
    await typeLines(page, ['from robot import *', 'move()', 'move()', 'move()', 'move()', 'move()']);
    assert.deepEqual(await editorLines(page), ['from robot import *', 'move()', 'move()', 'move()', 'move()', 'move()']);
    await page.keyboard.press('Control+Enter');
    await page.locator('.run-status.status-finished').waitFor({ timeout: 15000 });
    await page.waitForFunction(() => document.querySelector('.robot-status').textContent.includes('Цель достигнута'));

    // "Describe the moves in words", opened with Space: every step in order.
    await page.keyboard.press('Escape');
    await tabTo(page, '.robot-describe-toggle');
    assert.equal(await page.locator('.robot-describe-toggle').getAttribute('aria-expanded'), 'false');
    await page.keyboard.press('Space');
    assert.equal(await page.locator('.robot-describe-toggle').getAttribute('aria-expanded'), 'true');
    const moves = await page.locator('.robot-moves-list li').allTextContents();
    assert.deepEqual(moves, [2, 3, 4, 5, 6].map((x, index) =>
        `Шаг ${index + 1}: перешёл в клетку (${x}, 2), смотрит на восток (строка ${index + 2}).`));
    // The list scrolls on its own, so Tab reaches it.
    await tabTo(page, '.robot-moves');

    // The slider goes through the run with the arrows.
    await tabTo(page, '.robot-slider', { backwards: true });
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.querySelector('.robot-step').textContent.startsWith('Шаг 0'));
    assert.match(await page.locator('.robot-status').textContent(), /\(1, 2\)/);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('.robot-step').textContent.startsWith('Шаг 1'));
    assert.match(await page.locator('.robot-status').textContent(), /\(2, 2\)/);

    // Check, reached backwards and pressed with Enter: the goal in every world.
    await tabTo(page, '.check-button', { backwards: true });
    await page.keyboard.press('Enter');
    await page.locator('.check-summary.passed').waitFor({ timeout: 15000 });
    await screenshot(page, 'keyboard-robot-solved-ru');
    page.assertClean();
    await context.close();
});

test('a robot that crashes says so at the end of its moves, in Kazakh', async () => {
    const { context, page } = await openPage(shared.browser);
    await page.goto(`${shared.server.url}?lang=kk#/pack/robot/first-moves`);
    await page.locator('.code-editor[data-status="mounted"] .cm-content').waitFor();
    await tabTo(page, '.cm-content');
    await typeLines(page, ['from robot import *', 'turn_left()', 'move()', 'move()']);
    await page.keyboard.press('Control+Enter');
    await page.locator('.run-status.status-failed').waitFor({ timeout: 15000 });
    await page.keyboard.press('Escape');
    await tabTo(page, '.robot-describe-toggle');
    await page.keyboard.press('Enter');
    assert.deepEqual(await page.locator('.robot-moves-list li').allTextContents(), [
        '1-қадам: солға бұрылды, енді солтүстікке қарап тұр (2-жол).',
        '2-қадам: (1, 3) торына өтті, солтүстікке қарап тұр (3-жол).',
    ]);
    assert.match(await page.locator('.robot-moves-crash').textContent(), /^Содан кейін робот әрі қарай жүре алмады\. .*қабырға/);
    page.assertClean();
    await context.close();
});

test('Tab goes through every page and comes back to its start, the focus showing at every stop', async (t) => {
    const { context, page } = await openPage(shared.browser, { width: 1366, height: 768 });
    await page.goto(`${shared.server.url}?lang=kk#/`);
    await page.locator('.pack-card').first().waitFor();
    const pages = [
        ['#/', '.pack-card'],
        ['#/pack/robot', '.lesson-item'],
        ['#/pack/robot/collect-row', '.robot-canvas'],
        ['#/pack/turtle/first-steps', '.code-editor[data-status="mounted"]'],
        ['#/pack/rover/drive-square', '.rover-canvas'],
        ['#/pack/animation/moving-ball', '.canvas-picture'],
        ['#/settings', '.settings-page'],
        ['#/pupils', '.profiles-page'],
        ['#/teacher', '.teacher-page'],
        ['#/check-pack', '.check-pack-page'],
        ['#/no-such-page', '.not-found-page'],
    ];
    for (const [address, ready] of pages) {
        await page.evaluate((hash) => { location.hash = hash; }, address);
        await page.locator(ready).first().waitFor({ timeout: 15000 });
        // Start from the top of the page, with nothing focused.
        await page.evaluate(() => document.activeElement?.blur());
        const seen = [];
        for (let presses = 0; presses < 150; presses += 1) {
            // Inside the code editor Tab indents: Esc first lets Tab leave it.
            if (await page.evaluate(() => document.activeElement?.classList.contains('cm-content') ?? false)) {
                await page.keyboard.press('Escape');
            }
            await page.keyboard.press('Tab');
            await page.waitForFunction(() => {
                const editor = document.activeElement?.closest('.cm-editor');
                return !editor || editor.classList.contains('cm-focused');
            }, null, { timeout: 2000 }).catch(() => {});
            const now = await focusNow(page);
            if (now.what === 'nothing' || (seen.length > 0 && now.what === seen[0].what)) break;
            seen.push(now);
        }
        assert.ok(seen.length >= 3, `${address}: Tab reaches the page's controls: ${seen.map((stop) => stop.what).join(' > ')}`);
        assert.ok(seen.length < 150, `${address}: Tab comes back to the start (no trap)`);
        assert.match(seen[0].what, /skip-link/, `${address}: the skip link comes first`);
        const hidden = seen.filter((stop) => !stop.seen).map((stop) => stop.what);
        assert.deepEqual(hidden, [], `${address}: every stop shows the focus`);
        t.diagnostic(`${address}: ${seen.length} stops`);
    }
    page.assertClean();
    await context.close();
});
