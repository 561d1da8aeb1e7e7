// Running the pupil's program in a real browser: Run prints into the console,
// input() asks inside the console, an error marks its line and explains itself
// in the pupil's language, an endless loop never freezes the page and Stop
// (or Esc) ends it, Step goes line by line with the variables shown.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { openPage, screenshot, useServerAndBrowser } = require('./harness.cjs');

const shared = useServerAndBrowser();

const HELLO_KEY = 'bastau.v2.p1.lesson.first-steps.hello';

/** Opens the lesson "hello" in `language` with `code` in the editor. */
async function openLessonWithCode(page, language, code) {
    const url = `${shared.server.url}?lang=${language}#/pack/first-steps/hello`;
    await page.goto(url);
    await page.evaluate(([key, record]) => localStorage.setItem(key, record),
        [HELLO_KEY, JSON.stringify({ version: 2, code })]);
    await page.reload();
    await page.locator('.code-editor[data-status="mounted"] .cm-content').waitFor();
}

const consoleText = (page) => page.locator('.console').evaluate((element) => {
    const clone = element.cloneNode(true);
    clone.querySelectorAll('.console-empty, .console-cut, input').forEach((node) => node.remove());
    return clone.textContent;
});

const statusClass = (page) => page.locator('.run-status').getAttribute('class');

async function waitForStatus(page, status) {
    await page.locator(`.run-status.status-${status}`).waitFor({ timeout: 10000 });
}

test('Run prints what the program prints, exactly as Python does', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLessonWithCode(page, 'en', '');
    // Typed into the real editor (it closes brackets and indents by itself).
    await page.locator('.cm-content').click();
    await page.keyboard.type('print("Сәлем", 2 + 3)\nfor i in range(3):\nprint(i * i, end=" ")\n');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('print()\nprint(0.1 + 0.2, 7 // -2, {3, 1, 2, 100, 33})');
    await page.locator('.run-button').click();
    await waitForStatus(page, 'finished');
    assert.equal(await consoleText(page), 'Сәлем 5\n0 1 4 \n0.30000000000000004 -4 {1, 2, 3, 100, 33}\n');
    await screenshot(page, 'run-finished-en');
    page.assertClean();
    await context.close();
});

test('input() asks in the console and the program goes on with the line', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLessonWithCode(page, 'kk',
        'name = input("Атың кім? ")\nage = int(input())\nprint("Сәлем,", name + "!", "Келесі жылы", age + 1)\n');
    await page.locator('.run-button').click();
    await waitForStatus(page, 'waiting');
    const input = page.locator('.console-input');
    await input.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.className), 'console-input', 'the line has the focus');
    await page.keyboard.type('Әлия');
    await page.keyboard.press('Enter');
    await waitForStatus(page, 'waiting');
    await page.keyboard.type('12');
    await screenshot(page, 'run-input-kk');
    await page.keyboard.press('Enter');
    await waitForStatus(page, 'finished');
    assert.equal(await consoleText(page), 'Атың кім? Әлия\n12\nСәлем, Әлия! Келесі жылы 13\n');
    page.assertClean();
    await context.close();
});

test('an error names its line, marks it and explains it in the pupil\'s language', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLessonWithCode(page, 'ru', 'x = 5\nprint("x =", x)\nprint("ответ: " + x)\n');
    await page.locator('.run-button').click();
    await waitForStatus(page, 'failed');
    assert.equal(await consoleText(page), 'x = 5\n');
    const error = page.locator('.run-error');
    assert.match(await error.locator('.run-error-line').textContent(), /3/);
    assert.match(await error.locator('.run-error-python').textContent(),
        /TypeError: can only concatenate str \(not "int"\) to str/);
    const explanation = await error.locator('.run-error-explanation').textContent();
    assert.ok(explanation.length > 20 && /[а-я]/.test(explanation), `a Russian explanation: ${explanation}`);
    const marked = await page.locator('.cm-stepLine').textContent();
    assert.equal(marked, 'print("ответ: " + x)', 'the line of the error is marked');
    await screenshot(page, 'run-error-ru');
    page.assertClean();
    await context.close();
});

test('a name typed on the other keyboard layout is explained as such', async () => {
    const { context, page } = await openPage(shared.browser);
    // The first letter is the Cyrillic "р".
    await openLessonWithCode(page, 'kk', '\u0440rint("Сәлем")\n');
    await page.locator('.run-button').click();
    await waitForStatus(page, 'failed');
    const explanation = await page.locator('.run-error-explanation').textContent();
    assert.match(explanation, /print/);
    assert.match(explanation, /р → p/);
    await screenshot(page, 'run-name-error-kk');
    page.assertClean();
    await context.close();
});

test('an endless loop leaves the page responsive, and Stop and Esc end it', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLessonWithCode(page, 'en', 'n = 0\nwhile True:\n    n += 1\n');
    await page.locator('.run-button').click();
    await waitForStatus(page, 'running');
    // The page still answers while the program runs.
    const started = Date.now();
    const answer = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(42))));
    assert.equal(answer, 42);
    assert.ok(Date.now() - started < 2000, 'the page answered within two seconds');
    await page.waitForTimeout(500);
    assert.match(await statusClass(page), /status-running/);
    await page.locator('.stop-button').click();
    await waitForStatus(page, 'stopped');

    await page.locator('.run-button').click();
    await waitForStatus(page, 'running');
    await page.keyboard.press('Escape');
    await waitForStatus(page, 'stopped');

    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+Enter');
    await waitForStatus(page, 'running');
    await page.locator('.stop-button').click();
    await waitForStatus(page, 'stopped');
    page.assertClean();
    await context.close();
});

test('Step runs one line at a time, marks it and shows the variables', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLessonWithCode(page, 'en', 'x = 3\ny = x * 2\nprint(x, y)\n');
    const step = page.locator('.step-button');
    await step.click();
    await waitForStatus(page, 'stepping');
    assert.equal(await page.locator('.cm-stepLine').textContent(), 'x = 3', 'it stops before the first line');
    await step.click();
    await page.waitForFunction(() => document.querySelector('.cm-stepLine')?.textContent === 'y = x * 2');
    const variables = await page.locator('.variables tbody').textContent();
    assert.match(variables, /x\s*int\s*3/);
    await step.click();
    await page.waitForFunction(() => document.querySelector('.cm-stepLine')?.textContent === 'print(x, y)');
    assert.match(await page.locator('.variables tbody').textContent(), /y\s*int\s*6/);
    await screenshot(page, 'run-step-en');
    await step.click();
    await waitForStatus(page, 'finished');
    assert.equal(await consoleText(page), '3 6\n');
    page.assertClean();
    await context.close();
});

test('syntax and runtime errors are explained in each of the three languages', async () => {
    const { context, page } = await openPage(shared.browser);
    const cases = [
        ['kk', 'x = 1\nif x > 0\n    print(x)\n', 2, /SyntaxError: expected ':'/, /[әіңғүұқөһ]/],
        ['ru', 'x = 1\nif x > 0\n    print(x)\n', 2, /SyntaxError: expected ':'/, /[а-я]{4}/],
        ['en', 'x = 1\nif x > 0\n    print(x)\n', 2, /SyntaxError: expected ':'/, /colon|«:»|":"/],
        ['kk', 'numbers = [1, 2, 3]\nprint(numbers[3])\n', 2, /IndexError: list index out of range/, /[әіңғүұқөһ]/],
        ['ru', 'numbers = [1, 2, 3]\nprint(numbers[3])\n', 2, /IndexError: list index out of range/, /[а-я]{4}/],
        ['en', 'numbers = [1, 2, 3]\nprint(numbers[3])\n', 2, /IndexError: list index out of range/, /index/i],
    ];
    for (const [language, code, line, python, explanationPattern] of cases) {
        await openLessonWithCode(page, language, code);
        await page.locator('.run-button').click();
        await waitForStatus(page, 'failed');
        assert.match(await page.locator('.run-error-line').textContent(), new RegExp(String(line)), `${language}: line`);
        assert.match(await page.locator('.run-error-python').textContent(), python, `${language}: python`);
        const explanation = await page.locator('.run-error-explanation').textContent();
        assert.match(explanation, explanationPattern, `${language}: ${explanation}`);
        const marked = await page.locator('.cm-stepLine').textContent();
        assert.equal(marked, code.split('\n')[line - 1], `${language}: the marked line`);
        await screenshot(page, `run-error-${python.source.startsWith('Syntax') ? 'syntax' : 'index'}-${language}`);
    }
    // Clicking the error's line puts the cursor on that line, in the focused editor.
    await page.locator('.run-error-line').click();
    assert.ok(await page.evaluate(() => document.activeElement.closest('.cm-editor') !== null), 'the editor has the focus');
    assert.equal(await page.locator('.cm-activeLine').textContent(), 'print(numbers[3])', 'the cursor is on the error\'s line');
    page.assertClean();
    await context.close();
});

test('stepping through a loop marks each line and the variables change', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLessonWithCode(page, 'kk', 'total = 0\nfor i in range(3):\n    total += i\nprint(total)\n');
    const step = page.locator('.step-button');
    const marked = () => page.locator('.cm-stepLine').textContent();
    const seen = [];
    const totals = [];
    for (let round = 0; round < 12; round += 1) {
        await step.click();
        if (/status-finished/.test(await statusClass(page))) break;
        await page.locator('.cm-stepLine').waitFor();
        seen.push(await marked());
        const row = page.locator('.variables tbody tr', { hasText: 'total' });
        if (await row.count()) totals.push((await row.locator('td').nth(2).textContent()).trim());
    }
    assert.equal(seen[0], 'total = 0');
    assert.ok(seen.filter((line) => line === '    total += i').length >= 3, `the loop body is stepped three times: ${seen}`);
    assert.ok(seen.includes('print(total)'));
    assert.deepEqual([...new Set(totals)], ['0', '1', '3'], 'total changes as the loop runs');
    await waitForStatus(page, 'finished');
    assert.equal(await consoleText(page), '3\n');
    page.assertClean();
    await context.close();
});

test('a watched run marks each line as it goes, and the lesson\'s commands type into the editor', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLessonWithCode(page, 'ru', 'n = 0\nwhile n < 1000:\n    n += 1\n');
    await page.locator('.speed-select').selectOption('medium');
    await page.locator('.run-button').click();
    await waitForStatus(page, 'running');
    await page.waitForFunction(() => /n/.test(document.querySelector('.cm-stepLine')?.textContent ?? ''));
    const firstLine = await page.locator('.cm-stepLine').textContent();
    await page.waitForTimeout(400);
    assert.ok(['n = 0', 'while n < 1000:', '    n += 1'].includes(firstLine), firstLine);
    assert.match(await page.locator('.variables tbody').textContent(), /n\s*int/);
    await screenshot(page, 'run-watched-ru');
    await page.locator('.stop-button').click();
    await waitForStatus(page, 'stopped');
    await page.locator('.speed-select').selectOption('instant');

    // The lesson "input" offers its own commands; a command with brackets
    // leaves the cursor inside them.
    await page.goto(`${shared.server.url}?lang=kk#/pack/first-steps/input`);
    await page.locator('.code-editor[data-status="mounted"] .cm-content').waitFor();
    assert.deepEqual(await page.locator('.command-key').allTextContents(),
        ['input()', 'print()', 'name = input()', 'city = input()']);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.locator('.command-key', { hasText: 'name = input()' }).click();
    await page.keyboard.type("'Атың?'");
    assert.equal(await page.locator('.cm-line').last().textContent(), "name = input('Атың?')",
        'the command is typed with the cursor inside its brackets');

    // The lesson "conditions" offers `if :`, whose cursor waits before the colon.
    await page.goto(`${shared.server.url}?lang=kk#/pack/first-steps/conditions`);
    await page.locator('.code-editor[data-status="mounted"] .cm-content').waitFor();
    const commands = await page.locator('.command-key').allTextContents();
    assert.deepEqual(commands, ['if :', 'else:', '%', '==', 'print()']);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.locator('.command-key', { hasText: 'if :' }).click();
    await page.keyboard.type('name');
    const lastLine = await page.locator('.cm-line').last().textContent();
    assert.equal(lastLine, 'if name:', 'the cursor waits before the colon');
    page.assertClean();
    await context.close();
});

test('very long output is cut from the start with a note, and the page stays light', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLessonWithCode(page, 'en', 'for i in range(5000):\n    print(i, "x" * 60)\nprint("end")\n');
    await page.locator('.run-button').click();
    await waitForStatus(page, 'finished');
    assert.ok(await page.locator('.console-cut').isVisible(), 'the note says the start was cut');
    const text = await consoleText(page);
    assert.ok(text.endsWith('4999 ' + 'x'.repeat(60) + '\nend\n'), 'the end is kept');
    assert.ok(!text.startsWith('0 x') && !text.includes('\n1 x'), 'the start is gone');
    assert.ok(text.length <= 200100, `the console keeps ${text.length} characters`);
    page.assertClean();
    await context.close();
});

// The corpus programs whose output depends most on number formatting and the
// math library, run by the release wasm in the page: the browser's build must
// print byte for byte what CPython printed (the native tests check the rest).
const CORPUS_IN_THE_BROWSER = [
    'basics_big_ints', 'basics_float_division_table', 'basics_float_repr', 'basics_int_float_mix',
    'basics_round', 'fstr_float_specs', 'fstr_int_specs', 'math_basics', 'math_circle',
    'math_distance', 'math_factorial_gcd', 'math_quadratic', 'math_rounding_funcs',
    'set_int_print', 'builtins_modules', 'task_fibonacci_big', 'dict_word_count', 'math_functions_sweep',
    'class_dataclass', 'class_linked_list', 'class_comparisons_sort', 'class_custom_exceptions',
];

test('number-heavy corpus programs print in the browser exactly what CPython printed', async () => {
    const fs = require('node:fs');
    const path = require('node:path');
    const folder = path.join(__dirname, '../../crates/engine/tests/data/python/ok');
    const { context, page } = await openPage(shared.browser);
    for (const name of CORPUS_IN_THE_BROWSER) {
        const source = fs.readFileSync(path.join(folder, `${name}.py`), 'utf8');
        const expected = fs.readFileSync(path.join(folder, `${name}.out`), 'utf8');
        await openLessonWithCode(page, 'en', source);
        await page.locator('.run-button').click();
        await waitForStatus(page, 'finished');
        assert.equal(await consoleText(page), expected, name);
    }
    page.assertClean();
    await context.close();
});

test('the variables panel shows lists and dicts as structures that open', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLessonWithCode(page, 'en', 'nums = [1, [2, 3]]\nages = {"Әлия": 12}\nbig = list(range(500))\nprint(len(big))\n');
    const step = page.locator('.step-button');
    for (let count = 0; count < 4; count += 1) await step.click();
    await page.waitForFunction(() => document.querySelector('.cm-stepLine')?.textContent === 'print(len(big))');
    const row = (name) => page.locator('.variables tbody tr', { hasText: name });
    assert.match(await row('nums').textContent(), /nums\s*list\s*\[1, \[2, 3\]\]/);
    await row('nums').locator('summary').first().click();
    const items = row('nums').locator('.variable-items').first().locator(':scope > li');
    assert.equal(await items.count(), 2);
    assert.match(await items.nth(1).textContent(), /\[2, 3\]/);
    assert.match(await row('ages').textContent(), /ages\s*dict\s*\{'Әлия': 12\}/);
    await row('big').locator('summary').first().click();
    assert.equal(await row('big').locator('.variable-items').first().locator(':scope > li').count(), 20);
    assert.match(await row('big').locator('.variable-more').textContent(), /480/);
    await screenshot(page, 'run-variables-en');
    page.assertClean();
    await context.close();
});

test('opening another lesson ends the run of the one before', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLessonWithCode(page, 'en', 'while True:\n    print("still here")\n');
    await page.locator('.run-button').click();
    await waitForStatus(page, 'running');
    await page.evaluate(() => { window.location.hash = '#/pack/first-steps/variables'; });
    await page.locator('.code-editor[data-status="mounted"] .cm-content').waitFor();
    await waitForStatus(page, 'idle');
    await page.waitForTimeout(500);
    assert.equal(await consoleText(page), '', 'nothing of the old run reaches the new lesson');
    assert.match(await statusClass(page), /status-idle/);
    page.assertClean();
    await context.close();
});

test('classes run in the page: special methods nested deep end in a RecursionError, objects show their attributes', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLessonWithCode(page, 'en', [
        'class Node:',
        '    def __init__(self, child):',
        '        self.child = child',
        '    def __repr__(self):',
        '        return "N(" + repr(self.child) + ")"',
        'n = None',
        'for i in range(40):',
        '    n = Node(n)',
        'print(len(repr(n)))',
        'deep = None',
        'for i in range(500):',
        '    deep = Node(deep)',
        'try:',
        '    repr(deep)',
        'except RecursionError:',
        '    print("too deep")',
        '',
    ].join('\n'));
    // Each nested __repr__ takes room on the wasm stack: the limit must come
    // before the stack's end, or the page would crash.
    await page.locator('.run-button').click();
    await waitForStatus(page, 'finished');
    assert.equal(await consoleText(page), '124\ntoo deep\n');
    await openLessonWithCode(page, 'en', [
        'class Node:',
        '    def __init__(self, child):',
        '        self.child = child',
        'point = Node(7)',
        'x = 1',
        '',
    ].join('\n'));
    await page.locator('.step-button').click();
    await waitForStatus(page, 'stepping');
    for (let step = 0; step < 40; step += 1) {
        const text = await page.locator('.cm-stepLine').textContent();
        if (text === 'x = 1') break;
        await page.locator('.step-button').click();
        await page.waitForFunction((previous) => document.querySelector('.cm-stepLine')?.textContent !== previous, text);
    }
    assert.match(await page.locator('.variables tbody').textContent(), /point\s*Node\s*Node\(child=7\)/);
    page.assertClean();
    await context.close();
});

test('a turtle program draws on the stage: a square, then a filled star', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLessonWithCode(page, 'en', [
        'import turtle',
        'turtle.pensize(3)',
        'for side in range(4):',
        '    turtle.forward(100)',
        '    turtle.left(90)',
        'print(turtle.pos())',
        '',
    ].join('\n'));
    await page.locator('.run-button').click();
    await waitForStatus(page, 'finished');
    // As CPython prints it: the turn errors leave x a hair below zero.
    assert.equal(await consoleText(page), '(-0.00,0.00)\n');
    // The canvas is 600 by 600 with (0, 0) at its centre and y up.
    const pixel = (x, y) => page.locator('canvas.stage').evaluate((canvas, [px, py]) => {
        const data = canvas.getContext('2d').getImageData(px, py, 1, 1).data;
        return [data[0], data[1], data[2], data[3]];
    }, [x, y]);
    const [, , , bottomAlpha] = await pixel(350, 300);
    assert.ok(bottomAlpha > 200, 'the bottom side is drawn');
    const [, , , rightAlpha] = await pixel(400, 250);
    assert.ok(rightAlpha > 200, 'the right side is drawn');
    const [, , , insideAlpha] = await pixel(350, 250);
    assert.equal(insideAlpha, 0, 'inside the square nothing is drawn');
    await screenshot(page, 'turtle-square');
    // The picture saves as a PNG file.
    const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('.stage-save').click(),
    ]);
    assert.equal(download.suggestedFilename(), 'drawing.png');

    await openLessonWithCode(page, 'en', [
        'from turtle import *',
        'color("red", "yellow")',
        'pensize(5)',
        'begin_fill()',
        'for point in range(5):',
        '    алға(200)',
        '    оңға(144)',
        'end_fill()',
        '',
    ].join('\n'));
    await page.locator('.run-button').click();
    await waitForStatus(page, 'finished');
    // A tip of the star is filled yellow (its middle is not: Tk fills
    // even-odd); its first side is red.
    const [red, green, blue] = await pixel(480, 305);
    assert.deepEqual([red, green, blue], [255, 255, 0], 'a tip of the star is yellow');
    const [, , , middleAlpha] = await pixel(400, 314);
    assert.equal(middleAlpha, 0, 'the middle of the star is not filled');
    const [edgeRed, edgeGreen] = await pixel(350, 300);
    assert.ok(edgeRed > 200 && edgeGreen < 80, 'the first side is red');
    await screenshot(page, 'turtle-star');
    page.assertClean();
    await context.close();
});

test('a turtle lesson: the target shows faintly, a wrong drawing is marked, the right one solves it', async () => {
    const { context, page } = await openPage(shared.browser);
    await page.goto(`${shared.server.url}?lang=en#/pack/turtle/square`);
    await page.locator('.code-editor[data-status="mounted"] .cm-content').waitFor();
    // The stage is three canvases: under (the target), the drawing, over (marks).
    const pixel = (layer, x, y) => page.locator(`canvas.${layer}`).evaluate((canvas, [px, py]) => {
        const data = canvas.getContext('2d').getImageData(px, py, 1, 1).data;
        return [data[0], data[1], data[2], data[3]];
    }, [x, y]);
    // Before anything runs, the reference square lies faintly on the stage:
    // its right side (x = 100 is pixel 400) is drawn, but pale.
    await page.waitForFunction(() => {
        const canvas = document.querySelector('canvas.stage-under');
        return canvas.getContext('2d').getImageData(400, 250, 1, 1).data[3] > 0;
    });
    const [, , , faintAlpha] = await pixel('stage-under', 400, 250);
    assert.ok(faintAlpha > 20 && faintAlpha < 128, `the target is faint (alpha ${faintAlpha})`);

    // The starter code draws one side: the check fails and the stage marks
    // the three missing sides in red.
    await page.locator('.check-button').click();
    await page.locator('.check-summary.failed').waitFor({ timeout: 10000 });
    const explanations = await page.locator('.check-explanation').allTextContents();
    assert.ok(explanations.some((text) => text.includes('Lines missing: 3; extra lines: 0')),
        explanations.join(' | '));
    await page.locator('.run-status.status-finished').waitFor({ timeout: 10000 });
    const redOnRightSide = await page.locator('canvas.stage-over').evaluate((canvas) => {
        const context = canvas.getContext('2d');
        let red = 0;
        for (let y = 205; y < 295; y += 1) {
            const [r, g, b] = context.getImageData(400, y, 1, 1).data;
            if (r > 180 && g < 90 && b < 90) red += 1;
        }
        return red;
    });
    assert.ok(redOnRightSide > 20, `the missing right side is marked red (${redOnRightSide} pixels)`);
    await screenshot(page, 'turtle-lesson-marks');

    // Typed through the real editor: the square with a loop solves the lesson.
    await page.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('from turtle import *\nfor side in range(4):\nforward(100)\nleft(90)\n');
    await page.locator('.check-button').click();
    await page.locator('.check-summary.passed').waitFor({ timeout: 10000 });
    await page.locator('.run-status.status-finished').waitFor({ timeout: 10000 });
    // A one-pixel line on the pixel boundary covers half of each pixel:
    // 128 on the drawing's canvas, four times the target's pale line.
    const [, , , solidAlpha] = await pixel('stage', 400, 250);
    assert.ok(solidAlpha >= 120, `the pupil's right side is drawn over the target (alpha ${solidAlpha})`);
    const [, , , marksLeft] = await pixel('stage-over', 400, 250);
    assert.equal(marksLeft, 0, 'no marks once the drawing is right');
    await screenshot(page, 'turtle-lesson-solved');
    page.assertClean();
    await context.close();
});
