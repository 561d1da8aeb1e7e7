// Running the pupil's program in a real browser: Run prints into the console,
// input() asks inside the console, an error marks its line and explains itself
// in the pupil's language, an endless loop never freezes the page and Stop
// (or Esc) ends it, Step goes line by line with the variables shown.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { openPage, screenshot, useServerAndBrowser } = require('./harness.cjs');

const shared = useServerAndBrowser();

const HELLO_KEY = 'bastau.v1.code.first-steps.hello';

/** Opens the lesson "hello" in `language` with `code` in the editor. */
async function openLessonWithCode(page, language, code) {
    const url = `${shared.server.url}?lang=${language}#/pack/first-steps/hello`;
    await page.goto(url);
    await page.evaluate(([key, record]) => localStorage.setItem(key, record),
        [HELLO_KEY, JSON.stringify({ version: 1, code, previous: null })]);
    await page.reload();
    await page.locator('.code-editor[data-status="mounted"] .cm-content').waitFor();
}

const consoleText = (page) => page.locator('.console').evaluate((element) => {
    const clone = element.cloneNode(true);
    clone.querySelectorAll('.console-empty, input').forEach((node) => node.remove());
    return clone.textContent;
});

const statusClass = (page) => page.locator('.run-status').getAttribute('class');

async function waitForStatus(page, status) {
    await page.locator(`.run-status.status-${status}`).waitFor({ timeout: 10000 });
}

test('Run prints what the program prints, exactly as Python does', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLessonWithCode(page, 'en',
        'print("Сәлем", 2 + 3)\nfor i in range(3):\n    print(i * i, end=" ")\nprint()\nprint(0.1 + 0.2, 7 // -2, {3, 1, 2, 100, 33})\n');
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
