// Progress that is never lost, in a real browser: a solved lesson stays solved
// after a reload and shows on the pack and home pages; damaged stored data is
// reported and kept apart while the app goes on; a full storage drops earlier
// versions first and then says so without losing saved code; progress saved
// to a file comes back into an emptied browser; two profiles on one browser;
// two tabs editing one lesson; and the choice when a lesson changed both here
// and in a file.
'use strict';

const fs = require('node:fs');
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { openPage, screenshot, useServerAndBrowser } = require('./harness.cjs');

const shared = useServerAndBrowser();

const lessonKey = (profile, lesson) => `bastau.v2.${profile}.lesson.first-steps.${lesson}`;

async function openLesson(page, language, lesson) {
    await page.goto(`${shared.server.url}?lang=${language}#/pack/first-steps/${lesson}`);
    await page.locator('.code-editor[data-status="mounted"] .cm-content').waitFor();
}

const editorText = (page) => page.locator('.cm-content').evaluate((content) =>
    Array.from(content.querySelectorAll('.cm-line'), (line) => line.textContent).join('\n'));

/** Replaces the editor's text by typing `code`. */
async function typeCode(page, code) {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(code);
}

const record = (page, key) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) || 'null'), key);

const waitForStoredCode = (page, key, code) => page.waitForFunction(
    ([key, code]) => JSON.parse(localStorage.getItem(key) || 'null')?.code === code, [key, code]);

/** Fills local storage to its very last character with `prefix-N` keys; how many. */
const fillStorage = (page, prefix) => page.evaluate((prefix) => {
    let size = 1 << 20;
    let number = 0;
    while (size >= 1) {
        try {
            localStorage.setItem(`${prefix}-${number}`, 'f'.repeat(size));
            number += 1;
        } catch (error) {
            size = Math.floor(size / 2);
        }
    }
    return number;
}, prefix);

/** Solves the lesson "hello" through the editor. */
async function solveHello(page, language) {
    await openLesson(page, language, 'hello');
    await typeCode(page, "print('Сәлем, әлем!')");
    await page.locator('.check-button').click();
    await page.locator('.check-summary.passed').waitFor();
}

test('a solved lesson stays solved after a reload and shows on the pack and home pages', async () => {
    const { context, page } = await openPage(shared.browser);
    await solveHello(page, 'en');
    const kept = await record(page, lessonKey('p1', 'hello'));
    assert.equal(kept.solved_code, "print('Сәлем, әлем!')");
    assert.equal(kept.attempts, 1);
    assert.ok(kept.first_solved > 0 && kept.last_worked > 0);
    await page.reload();
    await page.locator('.code-editor[data-status="mounted"]').waitFor();
    assert.equal(await editorText(page), "print('Сәлем, әлем!')");
    await page.goto(`${shared.server.url}#/pack/first-steps`);
    const state = page.locator('.lesson-item[data-lesson="hello"] .lesson-state.solved');
    await state.waitFor();
    assert.match(await state.innerText(), /✓\s*solved/);
    assert.match(await page.locator('.pack-progress').innerText(), /Solved 1 of \d+/);
    await page.goto(`${shared.server.url}#/`);
    const card = page.locator('.continue-card');
    await card.waitFor();
    assert.match(await card.innerText(), /Continue where you stopped\s*Hello, world!/);
    assert.match(await page.locator('.pack-card[data-pack="first-steps"] .pack-progress').innerText(), /1 of \d+ solved/);
    await screenshot(page, 'home-progress-en');
    await card.click();
    await page.locator('.code-editor[data-status="mounted"]').waitFor();
    page.assertClean();
    await context.close();
});

test('a damaged list of profiles is reported, kept apart, and the pupil\'s code is still there', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLesson(page, 'ru', 'hello');
    await typeCode(page, 'print("моя работа")');
    await waitForStoredCode(page, lessonKey('p1', 'hello'), 'print("моя работа")');
    await page.evaluate(() => localStorage.setItem('bastau.v2.profiles', '{"version":2,"profiles":[{"id":"p1",'));
    await page.reload();
    const notice = page.locator('.storage-notice[role="alert"]');
    await notice.waitFor();
    assert.match(await notice.innerText(), /не удалось прочитать.*«bastau\.v2\.unreadable\.bastau\.v2\.profiles»/s);
    assert.equal(await page.evaluate(() => localStorage.getItem('bastau.v2.unreadable.bastau.v2.profiles')),
        '{"version":2,"profiles":[{"id":"p1",', 'the raw text is kept');
    await page.locator('.code-editor[data-status="mounted"]').waitFor();
    assert.equal(await editorText(page), 'print("моя работа")', 'the lesson\'s code is still there');
    await screenshot(page, 'storage-damaged-ru');
    const [download] = await Promise.all([
        page.waitForEvent('download'),
        notice.locator('.save-kept').click(),
    ]);
    assert.deepEqual(JSON.parse(fs.readFileSync(await download.path(), 'utf8')),
        { 'bastau.v2.unreadable.bastau.v2.profiles': '{"version":2,"profiles":[{"id":"p1",' },
        'the kept text goes to a file for the teacher');
    await notice.locator('.link-button').click();
    assert.equal(await notice.count(), 0, 'the notice can be closed');
    page.assertClean();
    await context.close();
});

test('a full storage drops earlier versions first, then says so and loses nothing saved', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLesson(page, 'en', 'hello');
    await typeCode(page, 'print(1)');
    await waitForStoredCode(page, lessonKey('p1', 'hello'), 'print(1)');
    // Earlier versions of another lesson, then junk up to the very last character.
    await page.evaluate(() => {
        const versions = { version: 2, versions: [{ code: 'x'.repeat(300000), reason: 'checked', saved: 1 }] };
        localStorage.setItem('bastau.v2.p1.versions.first-steps.variables', JSON.stringify(versions));
    });
    assert.ok(await fillStorage(page, 'filler') > 0);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nprint(2)');
    await waitForStoredCode(page, lessonKey('p1', 'hello'), 'print(1)\nprint(2)');
    assert.equal(await page.evaluate(() => localStorage.getItem('bastau.v2.p1.versions.first-steps.variables')), null,
        'the earlier versions made room');
    assert.equal(await page.locator('.editor-problem').count(), 0);

    // Full again, with nothing left to drop: the pupil is told, nothing saved is lost.
    await fillStorage(page, 'more');
    await page.keyboard.type('\nprint(3)');
    const problem = page.locator('.editor-problem[role="alert"]');
    await problem.waitFor();
    assert.match(await problem.innerText(), /storage is full/);
    assert.equal((await record(page, lessonKey('p1', 'hello'))).code, 'print(1)\nprint(2)', 'what was saved stays');
    assert.equal(await editorText(page), 'print(1)\nprint(2)\nprint(3)', 'the new code is still in the editor');
    await screenshot(page, 'storage-full-en');
    // Room again: the next save keeps everything.
    await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('more-'))
        .forEach((key) => localStorage.removeItem(key)));
    await page.keyboard.type('\n');
    await waitForStoredCode(page, lessonKey('p1', 'hello'), 'print(1)\nprint(2)\nprint(3)\n');
    page.assertClean();
    await context.close();
});

test('progress saved to a file comes back after the browser is wiped', async () => {
    const { context, page } = await openPage(shared.browser);
    await solveHello(page, 'kk');
    await openLesson(page, 'kk', 'variables');
    await typeCode(page, 'price = 200');
    await waitForStoredCode(page, lessonKey('p1', 'variables'), 'price = 200');
    await page.goto(`${shared.server.url}#/settings`);
    const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('.save-progress', { hasText: 'Оқу барысымды файлға сақтау' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^bastau-1-оқушы-\d{4}-\d\d-\d\d\.json$/);
    const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.equal(file.format, 'bastau-progress');
    assert.equal(file.version, 2);
    assert.deepEqual(file.lessons.map((lesson) => lesson.lesson).sort(), ['hello', 'variables']);
    const text = JSON.stringify(file, null, 2);

    // The school computer is wiped.
    await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
    await page.goto(`${shared.server.url}?lang=kk#/settings`);
    await page.locator('#progress-file').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const summary = page.locator('.import-summary');
    await summary.waitFor();
    assert.match(await summary.innerText(), /2 жаңа сабақ қосылды/);
    assert.match(await summary.innerText(), /1 шешілген сабақ келді/);
    await screenshot(page, 'progress-opened-kk');
    await page.goto(`${shared.server.url}#/pack/first-steps`);
    await page.locator('.lesson-item[data-lesson="hello"] .lesson-state.solved').waitFor();
    await openLesson(page, 'kk', 'variables');
    assert.equal(await editorText(page), 'price = 200');

    // A broken or foreign file changes nothing and says why.
    await page.goto(`${shared.server.url}#/settings`);
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    for (const [content, expected] of [['{"format":"bastau-prog', /оқу барысының файлы емес/], ['{"name":"x"}', /Бастаудың оқу барысы файлы емес/]]) {
        await page.locator('#progress-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(content) });
        const problem = page.locator('.progress-file-problem');
        await problem.waitFor();
        assert.match(await problem.innerText(), expected);
    }
    assert.equal(await page.evaluate(() => JSON.stringify(localStorage)), before, 'nothing changed');
    page.assertClean();
    await context.close();
});

test('a lesson changed both here and in the file keeps both, and the pupil chooses', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLesson(page, 'en', 'hello');
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify(
        { version: 2, code: "print('school')\n", attempts: 0, hints_shown: 0, edits: { school: 5 } })), lessonKey('p1', 'hello'));
    const file = {
        format: 'bastau-progress', version: 2, name: '', lessons: [{
            pack: 'first-steps', lesson: 'hello',
            progress: { version: 2, code: "print('home')\n", attempts: 0, hints_shown: 0, edits: { school: 3, home: 4 }, last_worked: 4102444800000 },
        }],
    };
    await page.goto(`${shared.server.url}#/settings`);
    await page.locator('#progress-file').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    const summary = page.locator('.import-summary');
    await summary.waitFor();
    assert.match(await summary.innerText(), /1 lesson was changed both here and in the file/);
    await summary.locator('.both-changed a').click();
    const choice = page.locator('.version-choice');
    await choice.waitFor();
    assert.equal(await editorText(page), "print('school')\n", 'this computer\'s code stays in the editor');
    await screenshot(page, 'version-choice-en');
    await choice.locator('.take-other-version').click();
    assert.equal(await choice.count(), 0);
    assert.equal(await editorText(page), "print('home')\n");
    const kept = await record(page, lessonKey('p1', 'hello'));
    assert.equal(kept.code, "print('home')\n");
    assert.equal(kept.other_version, undefined);
    const versions = page.locator('.earlier-versions');
    await versions.locator('summary').first().click();
    assert.match(await versions.innerText(), /print\('school'\)/, 'the code not chosen is an earlier version');
    await versions.locator('.restore-version').first().click();
    assert.equal(await editorText(page), "print('school')\n", 'and can be put back');
    page.assertClean();
    await context.close();
});

test('two pupils on one browser each have their own work, and a new tab asks who is learning', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLesson(page, 'ru', 'hello');
    await typeCode(page, 'print("первый")');
    await waitForStoredCode(page, lessonKey('p1', 'hello'), 'print("первый")');
    await page.goto(`${shared.server.url}#/pupils`);
    await page.locator('#new-profile-name').fill('Аружан');
    await page.locator('.new-profile button[type="submit"]').click();
    await page.locator('.home-page').waitFor();
    assert.match(await page.locator('.profile-chip').innerText(), /Аружан/);
    await openLesson(page, 'ru', 'hello');
    assert.equal(await editorText(page), "print('Сәлем')\n", 'a new pupil starts from the starter code');
    await typeCode(page, 'print("Аружан")');
    await waitForStoredCode(page, lessonKey('p2', 'hello'), 'print("Аружан")');
    assert.equal((await record(page, lessonKey('p1', 'hello'))).code, 'print("первый")');

    // A second tab does not guess: it asks.
    const second = await context.newPage();
    const problems = [];
    second.on('pageerror', (error) => problems.push(error.message));
    await second.goto(`${shared.server.url}#/pack/first-steps/hello`);
    const picker = second.locator('.profile-picker');
    await picker.waitFor();
    assert.match(await picker.locator('h2').innerText(), /Кто сегодня занимается\?/);
    assert.equal(await picker.locator('.profile-card').count(), 2);
    await screenshot(second, 'profile-picker-ru');
    await picker.locator('.profile-card', { hasText: 'Ученик 1' }).click();
    await second.locator('.code-editor[data-status="mounted"]').waitFor();
    assert.equal(await editorText(second), 'print("первый")', 'the link\'s lesson opens in the chosen pupil\'s work');
    assert.deepEqual(problems, []);
    page.assertClean();
    await context.close();
});

test('two tabs editing one lesson do not lose each other\'s work', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLesson(page, 'en', 'hello');
    const other = await context.newPage();
    await openLesson(other, 'en', 'hello');

    // One tab saves; the other, with nothing unsaved, shows the new code.
    await typeCode(page, "print('A')");
    await waitForStoredCode(page, lessonKey('p1', 'hello'), "print('A')");
    await other.waitForFunction(() => document.querySelector('.cm-content').textContent === "print('A')");
    assert.match(await other.locator('.editor-message[role="status"]').innerText(), /changed in another tab/);

    // Both change it at once: the later save keeps the other's code aside.
    await typeCode(page, "print('A2')");
    await typeCode(other, "print('B')");
    await waitForStoredCode(other, lessonKey('p1', 'hello'), "print('B')");
    const notice = other.locator('.editor-message[role="status"]', { hasText: 'also changed in another tab' });
    await notice.waitFor();
    const versions = await record(other, 'bastau.v2.p1.versions.first-steps.hello');
    assert.ok(versions.versions.some((version) => version.code === "print('A2')" && version.reason === 'other-tab'),
        'the first tab\'s code is an earlier version');
    await screenshot(other, 'two-tabs-en');
    page.assertClean();
    await context.close();
});

test('on the start screen a pupil opens their file into their own profile and sees what came in', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLesson(page, 'ru', 'hello');
    // Two pupils already use this browser; a third brings a file from home.
    await page.evaluate(() => {
        localStorage.setItem('bastau.v2.profiles', JSON.stringify({ version: 2, profiles: [
            { id: 'p1', name: '', place: 'aaaaaaaaaa', font_size: 18 },
            { id: 'p2', name: 'Аружан', place: 'bbbbbbbbbb', font_size: 18 },
        ] }));
        sessionStorage.clear();
    });
    await page.reload();
    await page.locator('.profile-picker').waitFor();
    const file = {
        format: 'bastau-progress', version: 2, name: 'Данияр', language: 'kk', lessons: [{
            pack: 'first-steps', lesson: 'hello',
            progress: { version: 2, code: "print('Данияр')\n", solved_code: "print('Данияр')\n", attempts: 1, hints_shown: 0, edits: { home: 2 } },
        }],
    };
    await page.locator('#picker-progress-file').setInputFiles({ name: 'd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    // The pupil's language (the file's) arrives a moment after the summary.
    const summary = page.locator('.opened-summary', { hasText: '1 жаңа сабақ қосылды' });
    await summary.waitFor();
    assert.match(await summary.innerText(), /1 шешілген сабақ келді/);
    assert.match(await page.locator('.profile-chip').innerText(), /Данияр/);
    await page.locator('.code-editor[data-status="mounted"]').waitFor();
    assert.equal(await editorText(page), "print('Данияр')\n");
    assert.equal((await record(page, lessonKey('p3', 'hello'))).solved_code, "print('Данияр')\n");
    await screenshot(page, 'picker-opened-file-kk');
    await summary.locator('button').click();
    assert.equal(await summary.count(), 0);
    page.assertClean();
    await context.close();
});
