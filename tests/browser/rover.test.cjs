// The wheeled robot in a real browser: a line follower typed into the real
// editor drives the robot round the playground's oval line; the stage plays
// the run in real time (the robot seen at different places, the time
// growing), the slider scrubs it, and a wheeled-robot lesson's Check passes
// its solution.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { afterNextFrames, openPage, screenshot, useServerAndBrowser } = require('./harness.cjs');

const shared = useServerAndBrowser();

/** Replaces the editor's text with `code`, typed into the real editor. */
async function typeCode(page, code) {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(code);
}

const picture = (page) => page.locator('.rover-canvas').evaluate((canvas) => canvas.toDataURL());

/** The simulated seconds the stage shows, from its status line. */
async function shownSeconds(page) {
    const text = await page.locator('.rover-status').textContent();
    const match = text.match(/([\d.]+) s of ([\d.]+) s/);
    assert.ok(match, `the status says the time: ${text}`);
    return [Number(match[1]), Number(match[2])];
}

// Follows the edge of the playground's oval line with one sensor.
const LINE_FOLLOWER = [
    'from rover import *',
    '',
    'print("start", color())',
    'while timer() < 20:',
    '    if on_line():',
    '        motors(50, 20)',
    '    else:',
    '        motors(20, 50)',
    'stop()',
    'print("turned", round(gyro()))',
    '',
].join('\n');

test('a line follower drives the robot on the field, played in real time and scrubbed', async () => {
    const { context, page } = await openPage(shared.browser);
    await page.goto(`${shared.server.url}?lang=en#/pack/first-steps/hello`);
    await page.locator('.code-editor[data-status="mounted"] .cm-content').waitFor();
    await typeCode(page, LINE_FOLLOWER);
    await page.locator('.run-button').click();
    // The program's run is computed ahead; the stage plays it in real time.
    await page.locator('.rover-canvas').waitFor();
    await page.locator('.run-status.status-finished').waitFor({ timeout: 15000 });
    assert.match(await page.locator('.console').textContent(), /start white\nturned -?\d+/);
    const [early, total] = await shownSeconds(page);
    assert.ok(total >= 20 && total < 21, `the run took 20 simulated seconds: ${total}`);
    assert.ok(early < 10, `the playback is still near the start: ${early} s`);
    const first = await picture(page);
    await page.waitForTimeout(1500);
    const [later] = await shownSeconds(page);
    assert.ok(later > early + 0.8, `the playback goes on in real time: ${early} → ${later}`);
    const second = await picture(page);
    assert.notEqual(second, first, 'the robot has moved on the canvas');
    await screenshot(page, 'rover-line-follower-en');
    // Faster, then scrubbed back to the start.
    await page.locator('.rover-speed select').selectOption('10');
    await page.waitForFunction(() => /(\d+\.\d) s of \1 s/.test(document.querySelector('.rover-status').textContent)
        || document.querySelector('.rover-play').textContent === 'Play', null, { timeout: 10000 });
    await page.locator('.rover-slider').fill('0');
    // The stage shows the moment at its next frame.
    await afterNextFrames(page);
    const [scrubbed] = await shownSeconds(page);
    assert.equal(scrubbed, 0);
    const atStart = await picture(page);
    await page.locator('.rover-slider').fill('10000');
    await afterNextFrames(page);
    const [middle] = await shownSeconds(page);
    assert.equal(middle, 10);
    assert.notEqual(await picture(page), atStart, 'the slider shows the robot elsewhere');
    page.assertClean();
    await context.close();
});

/** A lesson's solution, read from its file. */
function solutionOf(file) {
    const source = fs.readFileSync(path.join(__dirname, '../../lessons/rover', file), 'utf8');
    return source.match(/^solution = """\n([\s\S]*?)"""/m)[1];
}

test('Check passes a wheeled-robot lesson\'s solution and fails its starter code', async () => {
    const { context, page } = await openPage(shared.browser);
    await page.goto(`${shared.server.url}?lang=ru#/pack/rover/stop-before-wall`);
    await page.evaluate(() => localStorage.removeItem('bastau.v2.p1.lesson.rover.stop-before-wall'));
    await page.reload();
    await page.locator('.code-editor[data-status="mounted"] .cm-content').waitFor();
    await page.locator('.rover-canvas').waitFor();
    await page.locator('.check-button').click();
    await page.locator('.check-summary').waitFor({ timeout: 30000 });
    assert.ok(await page.locator('.check-result.failed').count() > 0, 'the starter code does not pass');
    const file = fs.readdirSync(path.join(__dirname, '../../lessons/rover')).find((name) => name.includes('stop-before-wall'));
    await typeCode(page, solutionOf(file));
    await page.locator('.check-button').click();
    await page.waitForFunction(() => document.querySelector('.check-summary')
        && document.querySelectorAll('.check-result.failed').length === 0, null, { timeout: 30000 });
    assert.match(await page.locator('.check-results').textContent(), /Цель на поле/);
    await screenshot(page, 'rover-checked-ru');
    page.assertClean();
    await context.close();
});
