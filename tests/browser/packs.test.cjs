// Lesson packs in a real browser: solving a lesson through the editor and
// its checks, a failing check explained, hints one by one, importing a pack
// from a file (and a broken one, whose errors show while the rest works),
// Markdown from a stranger staying inert, switching the language on a lesson,
// and the teacher's "check a pack" page.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { openPage, screenshot, useServerAndBrowser } = require('./harness.cjs');

const shared = useServerAndBrowser();

/** Opens a lesson of the built-in course and waits for its editor. */
async function openLesson(page, language, lessonId = 'hello') {
    await page.goto(`${shared.server.url}?lang=${language}#/pack/first-steps/${lessonId}`);
    await page.locator('.code-editor[data-status="mounted"] .cm-content').waitFor();
}

/** Replaces the editor's text by typing `code` as a pupil would. */
async function typeCode(page, code) {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(code);
}

/** A one-lesson pack written as one document, with `instructions` in English. */
function singlePack(id, instructions, extra = '') {
    return [
        `id = "${id}"`,
        'version = "1"',
        'default_language = "en"',
        'languages = ["en"]',
        `title = { en = "Pack ${id}" }`,
        'description = { en = "A pack made by a test." }',
        '',
        '[[lessons]]',
        'id = "only"',
        'title = { en = "The only lesson" }',
        `instructions = { en = ${JSON.stringify(instructions)} }`,
        'solution = "print(42)\\n"',
        extra,
        '[[lessons.checks]]',
        'kind = "output"',
        'output = "42\\n"',
        '',
    ].join('\n');
}

/** Picks files in the file input `selector`: `files` maps names to texts. */
async function pickFiles(page, selector, files) {
    await page.locator(selector).setInputFiles(Object.entries(files).map(([name, text]) => ({
        name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8'),
    })));
}

test('the first lesson is solved through the real editor and marked solved', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLesson(page, 'kk');
    await typeCode(page, "print('Сәлем, әлем!')");
    await page.locator('.check-button').click();
    await page.locator('.check-summary.passed').waitFor();
    assert.equal(await page.locator('.check-summary').innerText(), 'Барлық тексеруден өттің: сабақ шешілді!');
    assert.equal(await page.locator('.check-result.passed').count(), 2);
    await screenshot(page, 'check-passed-kk');
    const status = await page.evaluate(() => JSON.parse(localStorage.getItem('bastau.v2.p1.lesson.first-steps.hello')));
    assert.equal(status.solved_code, "print('Сәлем, әлем!')");
    await page.locator('.back-link').click();
    await page.locator('.lesson-item[data-lesson="hello"] .lesson-state.solved').waitFor();
    assert.equal(await page.locator('.lesson-item[data-lesson="hello"] .lesson-state').innerText(), '✓шешілді');
    assert.equal(await page.locator('.lesson-item[data-lesson="print-many"] .lesson-state').innerText(), '○басталмаған');
    page.assertClean();
    await context.close();
});

test('a failing check says which case, what was expected and got, and marks the first different line', async () => {
    const { context, page } = await openPage(shared.browser, { width: 1366, height: 900 });
    await openLesson(page, 'en', 'while-loop');
    await typeCode(page, 'n = int(input())\nwhile n > 0:\nprint(n)\nn = n - 2\nprint("Старт!")');
    await page.locator('.check-button').click();
    await page.locator('.check-summary.failed').waitFor();
    const first = page.locator('.check-result.failed').first();
    assert.match(await first.locator('.check-label').innerText(), /^Example 1$/);
    assert.match(await first.locator('.check-explanation').innerText(), /The output is different\. The first different line is line 2\./);
    assert.equal(await first.locator('.first-difference').count(), 2, 'expected and got each mark the line');
    assert.ok((await first.locator('.check-block pre').first().innerText()).length > 0, 'the input is shown');
    // Hidden tests say what went wrong without their data.
    const hidden = page.locator('.check-result.failed', { hasText: 'Hidden test' }).first();
    assert.match(await hidden.innerText(), /different from what this hidden test expects/);
    assert.equal(await hidden.locator('.check-details').count(), 0);
    await screenshot(page, 'check-failed-en');

    // An endless loop is stopped by the work budget; the page answers meanwhile.
    await typeCode(page, 'while True:\npass');
    await page.locator('.check-button').click();
    assert.equal(await page.evaluate(() => 1 + 1), 2, 'the page answers while checking');
    await page.locator('.check-summary.failed').waitFor({ timeout: 30000 });
    assert.match(await page.locator('.check-results').innerText(), /worked too long/);
    page.assertClean();
    await context.close();
});

test('hints open one at a time and stay open after a reload', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLesson(page, 'ru', 'for-loop');
    assert.equal(await page.locator('.hint').count(), 0);
    const button = page.locator('.hint-button');
    const total = Number((await button.innerText()).match(/\((\d+)\/(\d+)\)/)[2]);
    assert.ok(total >= 2, `the lesson has ${total} hints`);
    await button.click();
    await page.locator('.hint').first().waitFor();
    assert.equal(await page.locator('.hint').count(), 1);
    assert.match(await page.locator('.hint-number').first().innerText(), /Подсказка 1/);
    assert.match(await button.innerText(), /Следующая подсказка/);
    await button.click();
    assert.equal(await page.locator('.hint').count(), 2);
    await screenshot(page, 'hints-ru');
    await page.reload();
    await page.locator('.code-editor[data-status="mounted"]').waitFor();
    assert.equal(await page.locator('.hint').count(), 2, 'the opened hints stay open');
    for (let opened = 2; opened < total; opened += 1) await page.locator('.hint-button').click();
    assert.equal(await page.locator('.hint').count(), total);
    assert.equal(await page.locator('.hint-button').count(), 0, 'no button once every hint is open');
    page.assertClean();
    await context.close();
});

test('a pack opened from a file is kept, listed with its size, works, and can be removed', async () => {
    const { context, page } = await openPage(shared.browser);
    await page.goto(`${shared.server.url}?lang=en`);
    await page.locator('.pack-card[data-pack="first-steps"] h2').waitFor();
    await pickFiles(page, '#import-file', { 'my-pack.toml': singlePack('my-pack', 'Print **42**.') });
    await page.locator('.import-done').waitFor();
    assert.match(await page.locator('.import-done').innerText(), /The pack “Pack my-pack” is ready\./);
    const card = page.locator('.pack-card[data-pack="my-pack"]');
    await card.waitFor();
    assert.match(await card.locator('.pack-meta').last().innerText(), /Kept in this browser: \d+\.\d KB/);
    await screenshot(page, 'import-done-en');
    await page.reload();
    await card.locator('h2', { hasText: 'Pack my-pack' }).waitFor();
    await card.locator('.pack-link').click();
    await page.locator('.lesson-link', { hasText: 'The only lesson' }).click();
    await page.locator('.code-editor[data-status="mounted"] .cm-content').waitFor();
    assert.equal(await page.locator('.markdown-view strong').innerText(), '42');
    await typeCode(page, 'print(6 * 7)');
    await page.locator('.check-button').click();
    await page.locator('.check-summary.passed').waitFor();
    await page.goto(`${shared.server.url}#/`);
    await card.locator('.remove-pack').click();
    await page.waitForFunction(() => !document.querySelector('.pack-card[data-pack="my-pack"]'));
    assert.equal(await page.evaluate(() => localStorage.getItem('bastau.v1.pack.my-pack')), null);

    // A pack folder's files picked together are kept as they are.
    const manifest = singlePack('folder-pack', 'x').split('[[lessons]]')[0] + '[[lessons]]\nid = "one"\nfile = "one.toml"\n';
    const lesson = 'title = { en = "From a file" }\ninstructions = { en = "Print 1." }\n'
        + 'solution = "print(1)\\n"\n[[checks]]\nkind = "output"\noutput = "1\\n"\n';
    await pickFiles(page, '#import-file', { 'pack.toml': manifest, 'one.toml': lesson });
    await page.locator('.import-done').waitFor();
    await page.locator('.import-done a').click();
    await page.locator('.lesson-title', { hasText: 'From a file' }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('bastau.v1.pack.folder-pack.file.one.toml')), lesson);
    await page.goto(`${shared.server.url}#/`);
    await page.locator('.pack-card[data-pack="folder-pack"] .remove-pack').click();
    await page.waitForFunction(() => !document.querySelector('.pack-card[data-pack="folder-pack"]'));
    assert.equal(await page.evaluate(() => localStorage.getItem('bastau.v1.pack.folder-pack.file.one.toml')), null);
    await page.locator('.pack-card[data-pack="first-steps"] h2').waitFor();
    page.assertClean();
    await context.close();
});

test('a broken pack shows its errors with their places, and everything else keeps working', async () => {
    const { context, page } = await openPage(shared.browser);
    await page.goto(`${shared.server.url}?lang=ru`);
    await page.locator('.pack-card[data-pack="first-steps"] h2').waitFor();
    const broken = singlePack('broken', 'x').replace('version = "1"', 'version = "1"\ndefault_langauge = "en"');
    await pickFiles(page, '#import-file', { 'broken.toml': broken });
    await page.locator('.import-problem').waitFor();
    const problems = await page.locator('.pack-problems li').allInnerTexts();
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^pack\.toml:3:1 Неизвестное поле «default_langauge»/);
    // A folder's files picked together: a missing lesson file is named.
    await pickFiles(page, '#import-file', {
        'pack.toml': singlePack('folder', 'x').split('[[lessons]]')[0] + '[[lessons]]\nid = "one"\nfile = "one.toml"\n',
        'other.toml': 'title = { en = "x" }\n',
    });
    await page.locator('.pack-problems li', { hasText: 'one.toml' }).waitFor();
    await screenshot(page, 'import-broken-ru');
    assert.equal(await page.evaluate(() => localStorage.getItem('bastau.v1.imported-packs')), null, 'nothing kept');
    await page.locator('.pack-card[data-pack="first-steps"] .pack-link').click();
    await page.locator('.lesson-link').first().click();
    await page.locator('.code-editor[data-status="mounted"]').waitFor();
    page.assertClean();
    await context.close();
});

test('HTML, script and javascript: links in a pack stay inert text', async () => {
    const { context, page } = await openPage(shared.browser);
    await page.goto(`${shared.server.url}?lang=en`);
    await page.locator('.pack-card[data-pack="first-steps"] h2').waitFor();
    const hostile = [
        'Print 42. <script>window.pwned = 1</script>',
        '',
        '<img src="x" onerror="window.pwned = 2">',
        '',
        '[click me](javascript:window.pwned=3) and [safe](https://example.org) and [jump](#the-end)',
        '',
        '![picture](https://example.org/tracker.png)',
        '',
        '## The end',
    ].join('\n');
    await pickFiles(page, '#import-file', { 'hostile.toml': singlePack('hostile', hostile) });
    await page.locator('.import-done').waitFor();
    await page.goto(`${shared.server.url}#/pack/hostile/only`);
    await page.locator('.code-editor[data-status="mounted"]').waitFor();
    const view = page.locator('.lesson-instructions .markdown-view');
    const text = await view.innerText();
    assert.match(text, /<script>window\.pwned = 1<\/script>/, 'the script is shown as text');
    assert.match(text, /<img src="x" onerror="window\.pwned = 2">/);
    assert.equal(await view.locator('script, img, iframe').count(), 0);
    assert.equal(await view.locator('a[href^="javascript"]').count(), 0);
    assert.equal(await view.locator('a', { hasText: 'click me' }).count(), 0, 'the unsafe link is text');
    assert.equal(await view.locator('a[href="https://example.org"]').getAttribute('rel'), 'noopener noreferrer');
    await view.getByText('click me').click();
    const anchor = view.locator('a', { hasText: 'jump' });
    assert.equal(await anchor.getAttribute('href'), null, 'an in-page link has no href to break the routes');
    await anchor.click();
    assert.match(page.url(), /#\/pack\/hostile\/only$/, 'the address stays on the lesson');
    assert.equal(await page.evaluate(() => window.pwned), undefined, 'nothing ran');
    await screenshot(page, 'hostile-markdown-en');
    page.assertClean();
    await context.close();
});

test('switching the language on a lesson changes its texts and keeps the code', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLesson(page, 'en', 'variables');
    await page.locator('#lesson-title', { hasText: 'Variables' }).waitFor();
    await typeCode(page, "print('mine')");
    await page.locator('.header-language').selectOption('kk');
    await page.locator('#lesson-title', { hasText: 'Айнымалылар' }).waitFor();
    assert.match(await page.locator('.lesson-instructions .markdown-view').innerText(), /айнымалы/i);
    assert.equal(await page.locator('.check-button').innerText(), 'Тексеру');
    assert.match(await page.locator('.cm-content').innerText(), /print\('mine'\)/);
    await page.locator('.header-language').selectOption('ru');
    await page.locator('#lesson-title', { hasText: 'Переменные' }).waitFor();
    await screenshot(page, 'lesson-switched-ru');
    page.assertClean();
    await context.close();
});

test('the teacher checks a pack folder and sees every problem, then a clean pack', async () => {
    const { context, page } = await openPage(shared.browser);
    await page.goto(`${shared.server.url}?lang=en#/check-pack`);
    await page.locator('h1', { hasText: 'Check a lesson pack' }).waitFor();
    const manifest = singlePack('teacher', 'x').split('[[lessons]]')[0]
        + '[[lessons]]\nid = "one"\nfile = "one.toml"\n';
    const failingLesson = 'title = { en = "One" }\ninstructions = { en = "Print 1." }\n'
        + 'solution = "print(2)\\n"\n[[checks]]\nkind = "output"\noutput = "1\\n"\n';
    await pickFiles(page, '#check-pack-file', { 'pack.toml': manifest, 'one.toml': failingLesson });
    await page.locator('.check-pack-result .check-summary.failed').waitFor();
    assert.match(await page.locator('.pack-problems').innerText(), /one\.toml:4 The solution of lesson “one” fails its check 1\./);
    await screenshot(page, 'check-pack-failed-en');
    await pickFiles(page, '#check-pack-file', {
        'pack.toml': manifest, 'one.toml': failingLesson.replace('print(2)', 'print(1)'),
    });
    await page.locator('.check-pack-result .check-summary.passed').waitFor();
    assert.match(await page.locator('.check-summary').innerText(), /has no problems: 1 lesson, every solution passes its checks\./);
    page.assertClean();
    await context.close();
});
