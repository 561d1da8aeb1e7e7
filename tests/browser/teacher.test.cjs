// The teacher's loop with files and links only, in a real browser: the
// teacher makes an assignment link, a pupil opens it, solves a lesson and
// hands in; the teacher's page opens three hand-in files (one edited to claim
// a lesson it did not solve), shows the class table with the disagreement,
// keeps it over a reload, takes a second batch, and downloads the CSV.
'use strict';

const fs = require('node:fs');
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { openPage, screenshot, useServerAndBrowser } = require('./harness.cjs');

const shared = useServerAndBrowser();

const editorText = (page) => page.locator('.cm-content').evaluate((content) =>
    Array.from(content.querySelectorAll('.cm-line'), (line) => line.textContent).join('\n'));

/** A hand-in file's text, as a pupil's browser writes it. */
function handIn(pupil, lessons, packVersion = '1.0.0') {
    return JSON.stringify({
        format: 'bastau-hand-in', version: 1, pupil, class: '7Б', pack: 'first-steps', pack_version: packVersion,
        lessons: lessons.map(([lesson, state, code]) => ({
            lesson, state, code, solved_code: state === 'solved' ? code : null, attempts: 1, hints_shown: 0,
        })),
    });
}

async function download(page, click) {
    const [file] = await Promise.all([page.waitForEvent('download'), click()]);
    return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

test('a teacher assigns by link, a pupil hands in, and the class table catches an edited hand-in', async () => {
    // The teacher makes the assignment.
    const teacher = await openPage(shared.browser);
    await teacher.page.goto(`${shared.server.url}?lang=ru#/teacher`);
    await teacher.page.locator('#teacher-pack option[value="first-steps"]').waitFor({ state: 'attached' });
    await teacher.page.selectOption('#teacher-pack', 'first-steps');
    await teacher.page.locator('#class-name').fill('7Б');
    await teacher.page.locator('#class-list').fill('Аружан Серік\nДанияр\n\nӘлия\n');
    await teacher.page.locator('.assign-form button[type="submit"]').click();
    const link = await teacher.page.locator('#assignment-link').inputValue();
    assert.match(link, /#\/assignment\/[A-Za-z0-9_-]+$/);
    const assignmentFile = await download(teacher.page, () => teacher.page.locator('.save-assignment').click());
    const assignment = JSON.parse(assignmentFile.text);
    assert.equal(assignment.format, 'bastau-assignment');
    assert.deepEqual(assignment.pupils, ['Аружан Серік', 'Данияр', 'Әлия']);
    await screenshot(teacher.page, 'teacher-assign-ru');

    // A pupil opens the link on a fresh browser, solves the first lesson and hands in.
    const pupil = await openPage(shared.browser);
    await pupil.page.goto(link);
    await pupil.page.locator('.language-button[data-language="ru"]').click();
    const facts = pupil.page.locator('.assignment-facts');
    await facts.waitFor();
    assert.match(await facts.innerText(), /Класс 7Б/);
    await pupil.page.locator('.assignment-start').click();
    await pupil.page.locator('.hand-in-box').waitFor();
    await pupil.page.goto(`${shared.server.url}#/pack/first-steps/hello`);
    await pupil.page.locator('.code-editor[data-status="mounted"] .cm-content').click();
    await pupil.page.keyboard.press('Control+A');
    await pupil.page.keyboard.type("print('Сәлем, әлем!')");
    await pupil.page.locator('.check-button').click();
    await pupil.page.locator('.check-summary.passed').waitFor();
    await pupil.page.goto(`${shared.server.url}#/pack/first-steps`);
    await pupil.page.selectOption('#hand-in-name', 'Данияр');
    const handedIn = await download(pupil.page, () => pupil.page.locator('.hand-in-button').click());
    const daniyar = JSON.parse(handedIn.text);
    assert.equal(daniyar.pupil, 'Данияр');
    assert.equal(daniyar.class, '7Б');
    assert.deepEqual(daniyar.lessons.map((lesson) => [lesson.lesson, lesson.state]), [['hello', 'solved']]);
    await pupil.page.locator('.hand-in-box [role="status"]').waitFor();
    await screenshot(pupil.page, 'hand-in-ru');
    pupil.page.assertClean();
    await pupil.context.close();

    // The teacher opens three hand-ins: the pupil's, an honest one and an edited one.
    const files = [
        { name: 'daniyar.json', mimeType: 'application/json', buffer: Buffer.from(handedIn.text) },
        { name: 'aruzhan.json', mimeType: 'application/json', buffer: Buffer.from(handIn('Аружан Серік', [['hello', 'solved', "print('Сәлем, әлем!')"]])) },
        { name: 'aliya.json', mimeType: 'application/json', buffer: Buffer.from(handIn('Әлия', [['hello', 'solved', "print('привет')"]], '0.9')) },
    ];
    await teacher.page.locator('#hand-in-files').setInputFiles(files);
    const table = teacher.page.locator('.class-table');
    await table.waitFor();
    await teacher.page.waitForFunction(() => document.querySelectorAll('.recheck-pending').length === 0);
    assert.equal(await table.locator('tbody tr').count(), 3);
    const cell = (name) => table.locator(`tr[data-pupil="${name}"] td[data-lesson="hello"]`);
    assert.match(await cell('Данияр').getAttribute('class'), /\bconfirmed\b/);
    assert.match(await cell('Аружан Серік').getAttribute('class'), /\bconfirmed\b/);
    assert.match(await cell('Әлия').getAttribute('class'), /\bdisagreement\b/);
    assert.match(await cell('Әлия').innerText(), /перепроверка не проходит/);
    assert.match(await table.locator('tr[data-pupil="Әлия"] th').innerText(), /версия набора 0\.9/,
        'a hand-in of another pack version is marked');
    assert.equal(await table.locator('tr[data-pupil="Данияр"] .other-version').count(), 0);
    await cell('Әлия').locator('button').click();
    assert.match(await teacher.page.locator('.class-cell-details').innerText(), /print\('привет'\)/);
    await screenshot(teacher.page, 'teacher-class-table-ru');

    // The CSV opens in Excel: a byte order mark, ';', the names and the disagreement.
    const csv = await download(teacher.page, () => teacher.page.locator('.download-csv').click());
    assert.ok(csv.text.startsWith('\ufeffУченик;Класс;Версия набора;'));
    const lines = csv.text.split('\r\n');
    assert.equal(lines.length, 5, 'a header, three pupils and the final line end');
    assert.match(lines.find((line) => line.startsWith('Әлия;')), /^Әлия;7Б;0\.9;решён \(перепроверка не проходит\);/);
    assert.match(lines.find((line) => line.startsWith('Данияр;')), /^Данияр;7Б;1\.0\.0;решён;/);

    // The table survives a reload; a second batch from the same pupil replaces their row.
    await teacher.page.reload();
    await teacher.page.locator('#teacher-pack option[value="first-steps"]').waitFor({ state: 'attached' });
    await teacher.page.selectOption('#teacher-pack', 'first-steps');
    await table.waitFor();
    assert.equal(await table.locator('tbody tr').count(), 3);
    await teacher.page.locator('#hand-in-files').setInputFiles([{ name: 'aliya-2.json', mimeType: 'application/json',
        buffer: Buffer.from(handIn('Әлия', [['hello', 'solved', "print('Сәлем, әлем!')"]])) }]);
    await teacher.page.waitForFunction(() => document.querySelector('tr[data-pupil="Әлия"] td[data-lesson="hello"]')?.classList.contains('confirmed'));
    assert.equal(await table.locator('tbody tr').count(), 3);

    // Something that is not a hand-in is named and refused.
    await teacher.page.locator('#hand-in-files').setInputFiles([{ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') }]);
    assert.match(await teacher.page.locator('.refused-hand-ins').innerText(), /notes\.json: Это не файл сданной работы Бастау/);
    teacher.page.assertClean();
    await teacher.context.close();
});

test('a teacher\'s own pack travels inside the assignment file to a classroom without a network', async () => {
    const pack = [
        'id = "class-own"', 'version = "3"', 'default_language = "en"', 'languages = ["en"]',
        'title = { en = "Our own pack" }', 'description = { en = "Made by the teacher." }', '',
        '[[lessons]]', 'id = "only"', 'title = { en = "The only lesson" }',
        'instructions = { en = "Print 42." }', 'solution = "print(42)\\n"',
        '[[lessons.checks]]', 'kind = "output"', 'output = "42\\n"', '',
    ].join('\n');
    const teacher = await openPage(shared.browser);
    await teacher.page.goto(`${shared.server.url}?lang=en#/`);
    await teacher.page.locator('#import-file').setInputFiles([{ name: 'class-own.toml', mimeType: 'text/plain', buffer: Buffer.from(pack) }]);
    await teacher.page.locator('.import-done').waitFor();
    await teacher.page.locator('.teacher-link').click();
    await teacher.page.locator('#teacher-pack option[value="class-own"]').waitFor({ state: 'attached' });
    await teacher.page.selectOption('#teacher-pack', 'class-own');
    await teacher.page.locator('#class-name').fill('8A');
    await teacher.page.locator('.assign-form button[type="submit"]').click();
    const file = await download(teacher.page, () => teacher.page.locator('.save-assignment').click());
    assert.ok(JSON.parse(file.text).pack_files['pack.toml'].includes('Our own pack'), 'the pack is inside');
    teacher.page.assertClean();
    await teacher.context.close();

    // The pupil's computer has never seen the pack: the file brings it.
    const pupil = await openPage(shared.browser);
    await pupil.page.goto(`${shared.server.url}?lang=en#/`);
    await pupil.page.locator('#import-file').setInputFiles([{ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) }]);
    const facts = pupil.page.locator('.assignment-facts');
    await facts.waitFor();
    assert.match(await facts.innerText(), /Class 8A: Our own pack/);
    await pupil.page.locator('.assignment-start').click();
    await pupil.page.locator('.hand-in-box').waitFor();
    assert.match(await pupil.page.locator('.hand-in-box h2').innerText(), /Assignment for class 8A/);
    await pupil.page.locator('.lesson-item[data-lesson="only"] .lesson-link').click();
    await pupil.page.locator('.code-editor[data-status="mounted"] .cm-content').click();
    await pupil.page.keyboard.type('print(42)');
    await pupil.page.locator('.check-button').click();
    await pupil.page.locator('.check-summary.passed').waitFor();
    await pupil.page.goto(`${shared.server.url}#/pack/class-own`);
    // No class list: the pupil types their name.
    await pupil.page.locator('#hand-in-name').fill('Bob Marsh');
    const handedIn = JSON.parse((await download(pupil.page, () => pupil.page.locator('.hand-in-button').click())).text);
    assert.deepEqual([handedIn.pupil, handedIn.pack, handedIn.pack_version, handedIn.lessons[0].state],
        ['Bob Marsh', 'class-own', '3', 'solved']);
    pupil.page.assertClean();
    await pupil.context.close();
});
