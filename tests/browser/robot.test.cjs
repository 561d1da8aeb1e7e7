// The grid robot in a real browser: a program typed into the real editor
// moves the robot on the canvas step by step, the slider scrubs the run
// back and forth (the line of each step marked), Check reads the goal in
// every world, and a program that memorises world 1's path fails in
// another world, which the stage then shows. A 10,000-step run is scrubbed
// and the time per scrub printed.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { afterNextFrames, openPage, screenshot, useServerAndBrowser } = require('./harness.cjs');

const shared = useServerAndBrowser();

const PACK = 'robot';
const LESSON = 'collect-row';

/** Opens the robot lesson in `language`, its code as the lesson starts. */
async function openRobotLesson(page, language) {
    await page.goto(`${shared.server.url}?lang=${language}#/pack/${PACK}/${LESSON}`);
    await page.evaluate((key) => localStorage.removeItem(key), `bastau.v2.p1.lesson.${PACK}.${LESSON}`);
    await page.reload();
    await page.locator('.code-editor[data-status="mounted"] .cm-content').waitFor();
    await page.locator('.robot-canvas').waitFor();
}

/** Replaces the editor's text with `code`, typed into the real editor. */
async function typeCode(page, code) {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(code);
}

async function waitForStatus(page, status) {
    await page.locator(`.run-status.status-${status}`).waitFor({ timeout: 15000 });
}

/** The robot's cell, from the stage's status line. */
async function robotCell(page) {
    const status = await page.locator('.robot-status').textContent();
    const match = status.match(/cell \((\d+), (\d+)\)/);
    assert.ok(match, `the status names the robot's cell: ${status}`);
    return [Number(match[1]), Number(match[2])];
}

/** The step shown and the run's steps, as [k, n], from the slider (the
 * words beside it say the same in the pupil's language). */
async function stepOf(page) {
    // Read at once: during a run the next step may come between two reads.
    const [value, max, text] = await page.evaluate(() => {
        const slider = document.querySelector('.robot-slider');
        return [slider.value, slider.max, document.querySelector('.robot-step').textContent];
    });
    assert.ok(text.includes(value) && text.includes(max), `the step is shown: ${text} (${value} of ${max})`);
    return [Number(value), Number(max)];
}

const canvasPicture = (page) => page.locator('.robot-canvas').evaluate((canvas) => canvas.toDataURL());

/** Moves the slider to `step`, as dragging it does (an input event). */
async function slideTo(page, step) {
    await page.locator('.robot-slider').fill(String(step));
    // The stage shows the step at its next frame.
    await afterNextFrames(page);
}

const markedLine = (page) => page.locator('.cm-stepLine').evaluate((line) => line.textContent.trim())
    .catch(() => null);

// Looks at every cell of the row, picking all it finds, and stops at the wall.
const COLLECTS_EVERYTHING = [
    'from robot import *',
    'while True:',
    '    while item_here():',
    '        pick()',
    '    if front_is_blocked():',
    '        break',
    '    move()',
    '',
].join('\n');

test('a robot program moves the robot step by step; the slider scrubs the run; Check reads the goal', async () => {
    const { context, page } = await openPage(shared.browser);
    await openRobotLesson(page, 'en');
    const before = await canvasPicture(page);
    assert.deepEqual(await robotCell(page), [1, 1], 'the robot starts in the bottom-left cell');
    await typeCode(page, COLLECTS_EVERYTHING);
    await page.locator('.speed-select').selectOption('fast');
    await page.locator('.run-button').click();
    // Mid-run: the robot has moved on the canvas, and is still going.
    await page.waitForFunction(() => /cell \((\d+), 1\)/.test(document.querySelector('.robot-status').textContent)
        && !document.querySelector('.robot-status').textContent.includes('cell (1, 1)'), null, { timeout: 10000 });
    const [middleStep] = await stepOf(page);
    assert.ok(middleStep > 0, 'some steps are done');
    assert.notEqual(await canvasPicture(page), before, 'the canvas shows the robot elsewhere');
    await waitForStatus(page, 'finished');
    const [endStep, total] = await stepOf(page);
    assert.equal(endStep, total, 'the stage follows the run to its end');
    assert.ok(total > 5, `the run took ${total} steps`);
    const [endX] = await robotCell(page);
    assert.ok(endX > 1, 'the robot ended east of where it began');
    assert.match(await page.locator('.robot-status').textContent(), /The goal is reached!/);
    const after = await canvasPicture(page);
    await screenshot(page, 'robot-run-en');

    // Back to the start, and forth: each step's picture is the run's.
    await slideTo(page, 0);
    assert.deepEqual(await stepOf(page), [0, total]);
    assert.deepEqual(await robotCell(page), [1, 1]);
    assert.equal(await canvasPicture(page), before, 'step 0 is the world as it began');
    const halfway = Math.floor(total / 2);
    await slideTo(page, halfway);
    assert.deepEqual(await stepOf(page), [halfway, total]);
    const [halfwayX] = await robotCell(page);
    assert.ok(halfwayX >= 1 && halfwayX <= endX);
    const line = await markedLine(page);
    assert.ok(['move()', 'pick()'].includes(line), `the step's line is marked: ${line}`);
    await slideTo(page, 1);
    await slideTo(page, total);
    assert.equal(await canvasPicture(page), after, 'the last step is the run\'s end again');
    assert.deepEqual(await robotCell(page), [endX, 1]);

    // Replay from the start at the run's speed.
    await slideTo(page, 0);
    await page.locator('.robot-replay').click();
    await page.waitForFunction((last) => document.querySelector('.robot-step').textContent.includes(`Step ${last} of`),
        total, { timeout: 15000 });
    assert.deepEqual(await robotCell(page), [endX, 1]);

    // Check runs the program in every world.
    await page.locator('.check-button').click();
    await page.locator('.check-summary').waitFor({ timeout: 15000 });
    const results = await page.locator('.check-results').textContent();
    assert.match(results, /The goal in every world/);
    assert.doesNotMatch(results, /World \d+:/, 'no world failed');
    assert.equal(await page.locator('.check-result.failed').count(), 0, results);
    await screenshot(page, 'robot-checked-en');
    page.assertClean();
    await context.close();
});

test('a program that memorises world 1 fails in another world, and the stage shows that world', async () => {
    const { context, page } = await openPage(shared.browser);
    await openRobotLesson(page, 'ru');
    // Run a program that looks, and write down world 1's path from the
    // stage: each step either moves to another cell or picks in the same.
    const cells = [];
    await typeCode(page, COLLECTS_EVERYTHING);
    await page.locator('.run-button').click();
    await waitForStatus(page, 'finished');
    const [, total] = await stepOf(page);
    for (let step = 0; step <= total; step += 1) {
        await slideTo(page, step);
        cells.push((await page.locator('.robot-status').textContent()).match(/\((\d+), (\d+)\)/).slice(1).join(','));
    }
    // The memorised program: the same moves and picks, with no looking.
    const path = [];
    for (let step = 1; step <= total; step += 1) {
        path.push(cells[step] === cells[step - 1] ? 'pick()' : 'move()');
    }
    await typeCode(page, ['from robot import *', ...path, ''].join('\n'));
    await page.locator('.check-button').click();
    await page.locator('.check-summary').waitFor({ timeout: 15000 });
    const results = await page.locator('.check-results').textContent();
    const failed = results.match(/Мир (\d+)/);
    assert.ok(failed, `a world is named: ${results}`);
    assert.notEqual(failed[1], '1', 'world 1 itself passes');
    // The stage shows the failing world and runs the code there.
    await page.locator(`.robot-world[aria-pressed="true"]`, { hasText: failed[1] }).waitFor();
    await page.locator('.run-status:not(.status-running)').waitFor({ timeout: 15000 });
    await screenshot(page, 'robot-memorised-ru');
    page.assertClean();
    await context.close();
});

test('opening another robot lesson shows its own world', async () => {
    const { context, page } = await openPage(shared.browser);
    await openRobotLesson(page, 'en');
    await typeCode(page, COLLECTS_EVERYTHING);
    await page.locator('.run-button').click();
    await waitForStatus(page, 'finished');
    assert.ok((await stepOf(page))[1] > 0);
    // The first lesson's world 1: seven cells by three, the robot in (1, 2).
    await page.evaluate(() => { location.hash = '#/pack/robot/first-moves'; });
    await page.locator('h1', { hasText: 'First' }).waitFor();
    await page.waitForFunction(() => document.querySelector('.robot-status').textContent.includes('cell (1, 2)'));
    assert.deepEqual(await stepOf(page), [0, 0], 'no run yet in this lesson');
    const size = await page.locator('.robot-canvas').evaluate((canvas) => canvas.width / canvas.height);
    assert.ok(size > 1.5 && size < 3, `the canvas has the world's shape: ${size}`);
    page.assertClean();
    await context.close();
});

test('a 10,000-step run scrubs back and forth', async (t) => {
    const { context, page } = await openPage(shared.browser);
    await openRobotLesson(page, 'kk');
    await typeCode(page, 'from robot import *\nfor i in range(10000):\n    turn_left()\n');
    await page.locator('.speed-select').selectOption('instant');
    await page.locator('.run-button').click();
    await waitForStatus(page, 'finished');
    assert.equal(await page.locator('.robot-slider').getAttribute('max'), '10000');
    // 200 scrubs across the whole run, as a dragged slider sends them.
    const figures = await page.locator('.robot-slider').evaluate((slider) => {
        const times = [];
        for (let index = 0; index < 200; index += 1) {
            const step = (index * 7919) % 10001;
            const started = performance.now();
            slider.value = String(step);
            slider.dispatchEvent(new Event('input', { bubbles: true }));
            times.push(performance.now() - started);
        }
        times.sort((a, b) => a - b);
        return { median: times[100], slowest: times[199], last: (199 * 7919) % 10001 };
    });
    t.diagnostic(`scrubbing a 10,000-step run: median ${figures.median.toFixed(2)} ms, slowest ${figures.slowest.toFixed(2)} ms a scrub`);
    console.log(`scrubbing a 10,000-step run: median ${figures.median.toFixed(2)} ms, slowest ${figures.slowest.toFixed(2)} ms a scrub`);
    // The stage shows the last input at its next frame.
    await afterNextFrames(page);
    const text = await page.locator('.robot-step').textContent();
    assert.ok(text.includes(String(figures.last)) && text.includes('10000'), `the last scrub shows: ${text}`);
    page.assertClean();
    await context.close();
});
