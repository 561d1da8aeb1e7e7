// The code editor in a real browser: typing into CodeMirror (auto-indent, Tab,
// closing brackets), the code kept across reloads, "back to the starter code"
// with its question and its undo, the symbol panel, the font size from the
// settings (one style rule for it however many lessons are opened),
// keyboard and screen-reader access, the messages when the editor
// or the storage fails, and screenshots of the lesson page in every language.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { openPage, screenshot, useServerAndBrowser } = require('./harness.cjs');

const shared = useServerAndBrowser();

const HELLO_KEY = 'bastau.v2.p1.lesson.first-steps.hello';
const HELLO_STARTER = "print('Сәлем')\n";

/** Opens the lesson "hello" in `language` and waits until the editor is mounted. */
async function openLesson(page, language) {
    await page.goto(`${shared.server.url}?lang=${language}#/pack/first-steps/hello`);
    await page.locator('.code-editor[data-status="mounted"] .cm-content').waitFor();
}

/** The editor's whole text, line by line as CodeMirror shows it. */
const editorText = (page) => page.locator('.cm-content').evaluate((content) =>
    Array.from(content.querySelectorAll('.cm-line'), (line) => line.textContent).join('\n'));

/** Focuses the editor and deletes everything in it. */
async function clearEditor(page) {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    assert.equal(await editorText(page), '');
}

/** The saved record of the lesson "hello", parsed, or null. */
const savedRecord = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), HELLO_KEY);

/** Waits until the debounced save has written `code`. */
const waitUntilSaved = (page, code) => page.waitForFunction(
    ([key, expected]) => JSON.parse(localStorage.getItem(key) || 'null')?.code === expected,
    [HELLO_KEY, code],
);

test('typing into the editor indents after a colon, Tab indents and brackets close', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLesson(page, 'en');
    assert.equal(await editorText(page), HELLO_STARTER);
    await clearEditor(page);
    await page.keyboard.type('if x:');
    await page.keyboard.press('Enter');
    assert.equal(await editorText(page), 'if x:\n    ', 'four spaces after `if x:` and Enter');
    await page.keyboard.type("print('hi");
    assert.equal(await editorText(page), "if x:\n    print('hi')", 'the bracket and the quote close');
    await page.keyboard.type("')");
    assert.equal(await editorText(page), "if x:\n    print('hi')", 'typing the closing ones steps over them');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.equal(await editorText(page), "if x:\n    print('hi')\n        ", 'Tab indents by 4 more');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('y = [1');
    assert.equal(await editorText(page), "if x:\n    print('hi')\ny = [1]", 'Shift+Tab takes the indent away');
    await page.keyboard.press('Control+Z');
    assert.notEqual(await editorText(page), "if x:\n    print('hi')\ny = [1]", 'Ctrl+Z undoes');
    await page.keyboard.press('Control+Y');
    assert.equal(await editorText(page), "if x:\n    print('hi')\ny = [1]", 'Ctrl+Y redoes');
    await page.keyboard.press('Control+/');
    assert.equal(await editorText(page), "if x:\n    print('hi')\n# y = [1]", 'Ctrl+/ comments the line out');
    await page.keyboard.press('Control+/');
    assert.equal(await editorText(page), "if x:\n    print('hi')\ny = [1]", 'and back in');
    page.assertClean();
    await context.close();
});

test('the code is saved as the pupil types and survives a reload', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLesson(page, 'ru');
    assert.equal(await savedRecord(page), null, 'opening a lesson saves nothing');
    await clearEditor(page);
    await page.keyboard.type('name = "Әлия"');
    await waitUntilSaved(page, 'name = "Әлия"');
    const record = await savedRecord(page);
    assert.equal(record.version, 2);
    assert.equal(record.code, 'name = "Әлия"');
    assert.ok(Object.values(record.edits)[0] >= 1, 'the edit counter counts the saves');
    assert.ok(record.last_worked > 0, 'the time is kept');
    await page.reload();
    await page.locator('.code-editor[data-status="mounted"]').waitFor();
    assert.equal(await editorText(page), 'name = "Әлия"');

    // Typed just before a reload, before the debounced save: the page-hide save keeps it.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nprint(name');
    await page.reload();
    await page.locator('.code-editor[data-status="mounted"]').waitFor();
    assert.equal(await editorText(page), 'name = "Әлия"\nprint(name)');

    // Another lesson gets its own editor and code; what was typed just before
    // leaving is kept.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(')');
    await page.evaluate(() => { location.hash = '#/pack/first-steps/variables'; });
    await page.locator('#lesson-title', { hasText: 'Переменные' }).waitFor();
    await page.locator('.code-editor[data-status="mounted"]').waitFor();
    assert.equal(await editorText(page), "price = 150\ncount = 4\ntotal = 0\nprint('Барлығы:', total)\n");
    await page.goBack();
    await page.locator('#lesson-title', { hasText: 'Привет, мир!' }).waitFor();
    await page.locator('.code-editor[data-status="mounted"]').waitFor();
    assert.equal(await editorText(page), 'name = "Әлия"\nprint(name))');
    page.assertClean();
    await context.close();
});

test('back to the starter code asks first, and undo brings the pupil\'s code back', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLesson(page, 'kk');
    await clearEditor(page);
    await page.keyboard.type('print(42');
    const reset = page.locator('#reset-button', { hasText: 'Бастапқы кодты қайтару' });

    await reset.click();
    const question = page.locator('.reset-question');
    await question.waitFor();
    assert.match(await question.innerText(), /Кодыңызды сабақтың бастапқы кодымен ауыстырасыз ба\?/);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'reset-confirm', 'the question has the focus');
    await screenshot(page, 'lesson-reset-question-kk');
    await question.locator('button', { hasText: 'Бас тарту' }).click();
    assert.equal(await question.count(), 0, 'cancelled');
    assert.equal(await editorText(page), 'print(42)', 'cancel changes nothing');

    await reset.click();
    await page.locator('#reset-confirm', { hasText: 'Иә, ауыстыру' }).click();
    assert.equal(await editorText(page), HELLO_STARTER, 'the starter code is back');
    const record = await savedRecord(page);
    assert.deepEqual([record.code, record.previous], [HELLO_STARTER, 'print(42)'],
        'the pupil\'s code is kept as the previous code');
    const done = page.locator('.reset-done');
    assert.match(await done.innerText(), /Бастапқы код қайтарылды/);
    await screenshot(page, 'lesson-reset-done-kk');
    await page.reload();
    await page.locator('.code-editor[data-status="mounted"]').waitFor();
    assert.equal(await editorText(page), HELLO_STARTER);
    assert.match(await done.innerText(), /Бастапқы код қайтарылды/,
        'after a reload the pupil\'s code is still offered back');

    // Typed after going back to the starter code: bringing the old code back keeps it.
    await clearEditor(page);
    await page.keyboard.type('x = 1');
    await done.locator('button', { hasText: 'Менің кодымды қайтару' }).click();
    assert.equal(await editorText(page), 'print(42)', 'undo brings the code back');
    assert.equal((await savedRecord(page)).previous, 'x = 1', 'and what was typed since is the previous code');
    assert.equal(await done.count(), 0);
    await page.reload();
    await page.locator('.code-editor[data-status="mounted"]').waitFor();
    assert.equal(await editorText(page), 'print(42)', 'and it is what is saved');
    page.assertClean();
    await context.close();
});

test('the symbol panel types at the cursor and keeps the focus in the editor', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLesson(page, 'kk');
    await clearEditor(page);
    await page.keyboard.type('x = abs');
    const key = (text) => page.locator(`.symbol-panel button[data-insert="${text}"]`);
    assert.equal(await key('(').getAttribute('aria-label'), 'Ашылатын дөңгелек жақша');
    await key('(').click();
    assert.equal(await editorText(page), 'x = abs()', '`(` is typed at the cursor, and closes');
    assert.ok(await page.evaluate(() => document.activeElement.classList.contains('cm-content')), 'focus stays');
    await page.locator('.digits-toggle').click();
    assert.equal(await page.locator('.digits-toggle').getAttribute('aria-pressed'), 'true');
    await key('-').click();
    await key('7').click();
    assert.equal(await editorText(page), 'x = abs(-7)', 'digits go inside the brackets');
    await page.locator('.digits-toggle').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await key('print()').click();
    await page.keyboard.type('x');
    assert.equal(await editorText(page), 'x = abs(-7)\nprint(x)', 'the cursor lands between print\'s brackets');
    page.assertClean();
    await context.close();
});

test('the font size chosen in the settings is the editor\'s, also after a reload', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLesson(page, 'en');
    const editorFontSize = () => page.locator('.cm-content').evaluate((content) => getComputedStyle(content).fontSize);
    assert.equal(await editorFontSize(), '18px', 'large by default');
    await page.locator('.top-links a', { hasText: 'Settings' }).click();
    await page.locator('h2', { hasText: 'Code font size' }).waitFor();
    await page.locator('.font-size-button[data-font-size="28"]').click();
    assert.equal(await page.locator('.font-size-button[data-font-size="28"]').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('.font-size-preview').evaluate((preview) => getComputedStyle(preview).fontSize), '28px');
    await screenshot(page, 'settings-font-size-en');
    await page.goBack();
    await page.locator('.code-editor[data-status="mounted"]').waitFor();
    assert.equal(await editorFontSize(), '28px');
    await page.reload();
    await page.locator('.code-editor[data-status="mounted"]').waitFor();
    assert.equal(await editorFontSize(), '28px', 'kept');
    await screenshot(page, 'lesson-font-28-en');
    page.assertClean();
    await context.close();
});

test('opening lesson after lesson adds no style rules to the page', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLesson(page, 'en');
    // The rules CodeMirror's themes mounted on the document that set a font size.
    const fontSizeRules = () => page.evaluate(() => {
        const sheets = [...document.adoptedStyleSheets, ...document.styleSheets];
        return sheets.flatMap((sheet) => [...sheet.cssRules])
            .filter((rule) => /^\.ͼ\w+ \{ font-size: \d+px; \}$/.test(rule.cssText)).length;
    });
    const first = await fontSizeRules();
    assert.ok(first >= 1, `the editor's font size is a rule (${first})`);
    for (let round = 0; round < 6; round += 1) {
        for (const lesson of ['lists', 'hello']) {
            await page.evaluate((name) => { location.hash = `#/pack/first-steps/${name}`; }, lesson);
            await page.locator(`.code-editor[data-status="mounted"] .cm-content`).waitFor();
            await page.waitForFunction((name) => location.hash.endsWith(name), lesson);
        }
    }
    assert.equal(await fontSizeRules(), first, 'twelve editors later, the same rules');
    page.assertClean();
    await context.close();
});

test('the editor is labelled in the pupil\'s language and keyboard users can leave it', async () => {
    const { context, page } = await openPage(shared.browser);
    for (const [language, label, find] of [['kk', 'Сіздің бағдарламаңыз', 'Іздеу'], ['ru', 'Ваша программа', 'Найти'], ['en', 'Your program', 'Find']]) {
        await openLesson(page, language);
        const content = page.locator('.cm-content');
        assert.equal(await content.getAttribute('aria-label'), label);
        const hintId = await content.getAttribute('aria-describedby');
        assert.match(await page.locator(`#${hintId}`).textContent(), /Esc.*Tab/);
        await content.click();
        await page.keyboard.press('Control+F');
        const search = page.locator('.cm-search input[name="search"]');
        await search.waitFor();
        assert.equal(await search.getAttribute('placeholder'), find, 'the search panel speaks it too');
        await page.keyboard.press('Escape');
        assert.equal(await search.count(), 0, 'Esc closes the search panel');
    }
    const content = page.locator('.cm-content');
    await content.click();
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.activeElement.classList.contains('cm-content')), 'Tab indents');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('cm-content')), false,
        'Esc, then Tab leaves the editor');
    page.assertClean();
    await context.close();
});

test('a full storage is said in words and the code stays in the editor', async () => {
    const { context, page } = await openPage(shared.browser);
    await page.addInitScript(() => {
        Storage.prototype.setItem = function () {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
    });
    await openLesson(page, 'ru');
    await clearEditor(page);
    await page.keyboard.type('print("не сохранится")');
    const problem = page.locator('.editor-problem[role="alert"]');
    await problem.waitFor();
    assert.match(await problem.innerText(), /Код не сохранился: хранилище браузера заполнено/);
    assert.equal(await editorText(page), 'print("не сохранится")');
    await screenshot(page, 'lesson-storage-full-ru');
    page.assertClean();
    await context.close();
});

test('an unreadable saved record is kept apart, reported, and the starter code shown', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLesson(page, 'en');
    await page.evaluate((key) => localStorage.setItem(key, '{"version":2,"code":"print('), HELLO_KEY);
    await page.reload();
    await page.locator('.code-editor[data-status="mounted"]').waitFor();
    const notice = page.locator('.editor-problem');
    assert.match(await notice.innerText(),
        /could not be read.*“bastau\.v2\.unreadable\.bastau\.v2\.p1\.lesson\.first-steps\.hello”/);
    assert.equal(await editorText(page), HELLO_STARTER);
    assert.equal(await page.evaluate(() => localStorage.getItem('bastau.v2.unreadable.bastau.v2.p1.lesson.first-steps.hello')),
        '{"version":2,"code":"print(');
    page.assertClean();
    await context.close();
});

test('without the editor\'s script the lesson page says so in the pupil\'s language', async () => {
    const { context, page } = await openPage(shared.browser);
    await page.route('**/editor-*.js', (route) => route.abort());
    await page.goto(`${shared.server.url}?lang=kk#/pack/first-steps/hello`);
    const failed = page.locator('.editor-failed[role="alert"]');
    await failed.waitFor();
    assert.match(await failed.innerText(), /Код редакторы жүктелмеді/);
    assert.ok(await page.locator('#lesson-title', { hasText: 'Сәлем, әлем!' }).isVisible(), 'the rest of the page works');
    assert.equal(await page.locator('#load-failed').isVisible(), false, 'not the "could not start" page');
    await screenshot(page, 'lesson-editor-failed-kk');
    // The aborted download is logged by the browser itself.
    assert.deepEqual(page.problems.filter((problem) => !problem.includes('net::ERR_FAILED')), []);
    await context.close();
});

test('screenshots of the lesson page in every language and both screen sizes', async () => {
    const programs = {
        kk: "аты = input('Атың кім? ')\nfor i in range(3):\n    print('Сәлем,', аты)  # үш рет\n",
        ru: "имя = input('Как тебя зовут? ')\nfor i in range(3):\n    print('Привет,', имя)  # три раза\n",
        en: "name = input('What is your name? ')\nfor i in range(3):\n    print('Hello,', name)  # three times\n",
    };
    for (const [width, height] of [[1366, 768], [1024, 600]]) {
        for (const language of ['kk', 'ru', 'en']) {
            const { context, page } = await openPage(shared.browser, { width, height });
            await page.addInitScript(([key, code]) => {
                localStorage.setItem(key, JSON.stringify({ version: 2, code }));
            }, [HELLO_KEY, programs[language]]);
            await openLesson(page, language);
            assert.equal(await editorText(page), programs[language], 'the saved code is restored');
            await page.locator('.cm-content').click({ position: { x: 200, y: 60 } });
            await screenshot(page, `lesson-${language}-${width}x${height}`);
            page.assertClean();
            await context.close();
        }
    }
});

test('completion offers commands with their description, module members and the program\'s names', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLesson(page, 'kk');
    await clearEditor(page);
    const popup = page.locator('.cm-tooltip-autocomplete');
    const selected = popup.locator('li[aria-selected]');
    /** Waits until the chosen line of the open list is `label`, past CodeMirror's short pause. */
    const waitForChosen = async (label) => {
        await selected.locator('.cm-completionLabel', { hasText: new RegExp(`^${label}$`) }).waitFor();
        await page.waitForTimeout(150);
    };

    await page.keyboard.type('pri');
    await waitForChosen('print');
    assert.equal(await selected.locator('.cm-completionDetail').textContent(), 'Мәндерді экранға шығарады');
    assert.equal(await popup.locator('ul').getAttribute('aria-label'), 'Ұсыныстар', 'the list is named in Kazakh');
    await screenshot(page, 'editor-completion-kk');
    await page.keyboard.press('Enter');
    await popup.waitFor({ state: 'detached' });
    await page.keyboard.type('42');
    assert.equal(await editorText(page), 'print(42)', 'Enter inserts print() with the cursor inside');

    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('import math');
    await page.keyboard.press('Enter');
    assert.equal(await editorText(page), 'print(42)\nimport math\n', 'Enter after a name typed in full starts a line');
    await page.keyboard.type('math.');
    await waitForChosen('acos');
    await screenshot(page, 'editor-completion-math-kk');
    await page.keyboard.type('sq');
    await waitForChosen('sqrt');
    assert.equal(await popup.locator('li').count(), 1, 'only the members of math that start with sq');
    await page.keyboard.press('Enter');
    await page.keyboard.type('16');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    assert.equal(await editorText(page), 'print(42)\nimport math\nmath.sqrt(16)\n');

    await page.keyboard.type('total_score = 5');
    await page.keyboard.press('Enter');
    await page.keyboard.type('print(tot');
    await waitForChosen('total_score');
    await page.keyboard.press('Enter');
    assert.equal(await editorText(page), 'print(42)\nimport math\nmath.sqrt(16)\ntotal_score = 5\nprint(total_score)',
        'the program\'s own name is offered');

    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('words.upp');
    await waitForChosen('upper');
    await page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached' });
    assert.ok(await page.evaluate(() => document.activeElement.classList.contains('cm-content')),
        'Esc closes the list and the focus stays in the editor');
    assert.match(await editorText(page), /\nwords\.upp$/);
    page.assertClean();
    await context.close();
});

test('completion describes the commands in Russian and English too', async () => {
    const { context, page } = await openPage(shared.browser);
    for (const [language, description, listName] of [
        ['ru', 'Выводит значения на экран', 'Подсказки'],
        ['en', 'Prints values on the screen', 'Suggestions'],
    ]) {
        await openLesson(page, language);
        await clearEditor(page);
        await page.keyboard.type('pri');
        const chosen = page.locator('.cm-tooltip-autocomplete li[aria-selected]');
        await chosen.locator('.cm-completionLabel', { hasText: /^print$/ }).waitFor();
        assert.equal(await chosen.locator('.cm-completionDetail').textContent(), description);
        assert.equal(await page.locator('.cm-tooltip-autocomplete ul').getAttribute('aria-label'), listName);
    }
    page.assertClean();
    await context.close();
});
