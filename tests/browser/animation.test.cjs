// Frame animation in a real browser: a bouncing ball typed into the real
// editor runs 120 frames and the canvas's pixels show the ball where the
// same arithmetic puts it; keys reach the program by physical key (the W
// key under a Russian layout is 'w'), clicks in canvas pixels; an error in
// draw() stops the animation at its line; Stop ends an endless animation;
// an animation lesson's Check passes its solution and fails its starter;
// 200 balls run with 4x CPU throttling and the frame rate is printed.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { openPage, screenshot, useServerAndBrowser } = require('./harness.cjs');

const shared = useServerAndBrowser();

const PACK = 'animation';
const LESSON = 'moving-ball';

/** Opens the first animation lesson in `language`, its code as the lesson starts. */
async function openAnimationLesson(page, language, lesson = LESSON) {
    await page.goto(`${shared.server.url}?lang=${language}#/pack/${PACK}/${lesson}`);
    await page.evaluate((key) => localStorage.removeItem(key), `bastau.v2.p1.lesson.${PACK}.${lesson}`);
    await page.reload();
    await page.locator('.code-editor[data-status="mounted"] .cm-content').waitFor();
    await page.locator('.canvas-picture').waitFor();
}

/** Replaces the editor's text with `code`, typed into the real editor. */
async function typeCode(page, code) {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(code);
}

async function waitForStatus(page, status, timeout = 15000) {
    await page.locator(`.run-status.status-${status}`).waitFor({ timeout });
}

/** The colour of the canvas pixel (x, y), in canvas pixels, as [r, g, b]. */
const pixel = (page, x, y) => page.locator('.canvas-picture').evaluate((canvas, [x, y]) => {
    const data = canvas.getContext('2d').getImageData(x, y, 1, 1).data;
    return [data[0], data[1], data[2]];
}, [x, y]);

const console_ = (page) => page.locator('.console').textContent();

const RED = [255, 0, 0];
const WHITE = [255, 255, 255];
const BLUE = [0, 0, 255];

// Bounces between the walls of a 200 by 100 canvas; after frame 120 it
// prints where the ball is and stops.
const BOUNCING = [
    'from canvas import *',
    '',
    'x = 30',
    'dx = 7',
    '',
    'def setup():',
    '    size(200, 100)',
    '',
    'def draw():',
    '    global x, dx',
    '    background("white")',
    '    x = x + dx',
    '    if x > width - 10 or x < 10:',
    '        dx = -dx',
    '    fill("red")',
    '    no_stroke()',
    '    circle(x, 50, 10)',
    '    if frame_count == 120:',
    '        print("frame", frame_count, "x", x)',
    '        no_loop()',
    '',
].join('\n');

/** Where BOUNCING's ball is after `frames` frames, by the same arithmetic. */
function bouncingX(frames) {
    let x = 30;
    let dx = 7;
    for (let frame = 1; frame <= frames; frame += 1) {
        x += dx;
        if (x > 200 - 10 || x < 10) dx = -dx;
    }
    return x;
}

test('a bouncing ball runs 120 frames, and the canvas pixels show it where it should be', async () => {
    const { context, page } = await openPage(shared.browser);
    await openAnimationLesson(page, 'en');
    await typeCode(page, BOUNCING);
    await page.locator('.run-button').click();
    // Mid-run: the canvas has taken the program's size, and the ball moves.
    await page.waitForFunction(() => document.querySelector('.canvas-picture').width === 200);
    await waitForStatus(page, 'finished');
    const x = bouncingX(120);
    assert.match(await console_(page), new RegExp(`frame 120 x ${x}\\b`), 'the program counted 120 frames');
    const [width, height] = await page.locator('.canvas-picture').evaluate((canvas) => [canvas.width, canvas.height]);
    assert.deepEqual([width, height], [200, 100], 'size() set the canvas');
    assert.deepEqual(await pixel(page, x, 50), RED, `the ball is at x = ${x} in frame 120`);
    assert.deepEqual(await pixel(page, x, 50 + 12), WHITE, 'its radius is 10');
    // Every earlier position is painted over by the next frame's background.
    for (const frames of [1, 60, 119]) {
        const earlier = bouncingX(frames);
        if (Math.abs(earlier - x) > 12) {
            assert.deepEqual(await pixel(page, earlier, 50), WHITE, `frame ${frames}'s ball is gone`);
        }
    }
    await screenshot(page, 'animation-bouncing-en');
    page.assertClean();
    await context.close();
});

// Moves a blue square up with the W key and left with the left arrow; prints
// each key and each click.
const KEYS = [
    'from canvas import *',
    '',
    'x = 100',
    'y = 50',
    '',
    'def setup():',
    '    size(200, 100)',
    '',
    'def key_pressed():',
    '    global x, y',
    '    print("key", key)',
    '    if key == "w":',
    '        y = y - 30',
    '    if key == "left":',
    '        x = x - 30',
    '',
    'def mouse_clicked():',
    '    print("click", round(mouse_x), round(mouse_y))',
    '',
    'def draw():',
    '    background("white")',
    '    no_stroke()',
    '    fill("blue")',
    '    rect(x, y, 20, 20)',
    '',
].join('\n');

test('keys reach the program by physical key, under a Russian layout too; clicks in canvas pixels', async () => {
    const { context, page } = await openPage(shared.browser);
    await openAnimationLesson(page, 'ru');
    await typeCode(page, KEYS);
    await page.locator('.run-button').click();
    await page.waitForFunction(() => document.querySelector('.canvas-picture').width === 200);
    await page.waitForFunction(() => document.querySelector('.canvas-status').textContent.length > 0);
    // Not focused yet: the stage says how to give it the keys.
    assert.match(await page.locator('.canvas-status').textContent(), /Щёлкни/);
    assert.deepEqual(await pixel(page, 110, 60), BLUE, 'the square starts at (100, 50)');
    // A click in the middle of the shown canvas is (100, 50) in canvas pixels,
    // however the page scales it; the click also gives the canvas the focus.
    await page.locator('.canvas-picture').click();
    await page.waitForFunction(() => document.querySelector('.console').textContent.includes('click'));
    assert.match(await console_(page), /click (99|100|101) (49|50|51)/);
    assert.equal(await page.evaluate(() => document.activeElement.className), 'canvas-picture');
    // The key marked W on a Russian keyboard types 'ц'; its code is still KeyW.
    const devtools = await context.newCDPSession(page);
    const russianW = { key: 'ц', code: 'KeyW', windowsVirtualKeyCode: 87, nativeVirtualKeyCode: 87 };
    await devtools.send('Input.dispatchKeyEvent', { type: 'keyDown', text: 'ц', unmodifiedText: 'ц', ...russianW });
    await devtools.send('Input.dispatchKeyEvent', { type: 'keyUp', ...russianW });
    await page.waitForFunction(() => document.querySelector('.console').textContent.includes('key w'));
    assert.doesNotMatch(await console_(page), /key ц/);
    await page.waitForFunction(() => {
        const data = document.querySelector('.canvas-picture').getContext('2d').getImageData(110, 30, 1, 1).data;
        return data[2] === 255 && data[0] === 0;
    });
    assert.deepEqual(await pixel(page, 110, 60), WHITE, 'the square has moved up by 30');
    // An arrow by its name; the page does not scroll.
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector('.console').textContent.includes('key left'));
    await page.waitForFunction(() => {
        const data = document.querySelector('.canvas-picture').getContext('2d').getImageData(80, 30, 1, 1).data;
        return data[2] === 255 && data[0] === 0;
    });
    assert.equal(await page.evaluate(() => window.scrollY), scrolled);
    await screenshot(page, 'animation-keys-ru');
    // Stop always works: the animation runs until stopped.
    await waitForStatus(page, 'running');
    await page.locator('.stop-button').click();
    await waitForStatus(page, 'stopped');
    page.assertClean();
    await context.close();
});

test('an error in draw() stops the animation and names its line', async () => {
    const { context, page } = await openPage(shared.browser);
    await openAnimationLesson(page, 'kk');
    await typeCode(page, [
        'from canvas import *',
        '',
        'def draw():',
        '    circle(frame_count, 50, 5)',
        '    if frame_count == 30:',
        '        print(10 / (frame_count - 30))',
        '',
    ].join('\n'));
    await page.locator('.run-button').click();
    await waitForStatus(page, 'failed');
    assert.match(await page.locator('.run-error-python').textContent(), /ZeroDivisionError/);
    assert.match(await page.locator('.run-error-line').textContent(), /6/);
    page.assertClean();
    await context.close();
});

/** A lesson's solution and starter code, read from its file. */
function lessonCode(file) {
    const source = fs.readFileSync(path.join(__dirname, '../../lessons', PACK, file), 'utf8');
    const field = (name) => source.match(new RegExp(`^${name} = """\\n([\\s\\S]*?)"""`, 'm'))[1];
    return { solution: field('solution'), starter: field('starter_code') };
}

test('Check passes an animation lesson\'s solution and fails its starter code', async () => {
    const { context, page } = await openPage(shared.browser);
    await openAnimationLesson(page, 'en', 'bouncing-ball');
    const { solution, starter } = lessonCode('02-bouncing-ball.toml');
    await page.locator('.check-button').click();
    await page.locator('.check-summary').waitFor({ timeout: 30000 });
    assert.ok(await page.locator('.check-result.failed').count() > 0, 'the starter code does not pass');
    await typeCode(page, solution);
    await page.locator('.check-button').click();
    await page.waitForFunction(() => document.querySelector('.check-summary')
        && document.querySelectorAll('.check-result.failed').length === 0, null, { timeout: 30000 });
    const results = await page.locator('.check-results').textContent();
    assert.match(results, /Frame \d+/);
    // The check also runs the code on the stage: the ball moves there.
    await waitForStatus(page, 'running');
    await screenshot(page, 'animation-checked-en');
    await page.locator('.stop-button').click();
    assert.ok(starter.length > 0);
    page.assertClean();
    await context.close();
});

// 200 balls, each bouncing off the walls of a 400 by 400 canvas.
const TWO_HUNDRED_BALLS = [
    'from canvas import *',
    'import random',
    '',
    'balls = []',
    'for i in range(200):',
    '    balls.append([random.uniform(10, 390), random.uniform(10, 390),',
    '                  random.uniform(-3, 3), random.uniform(-3, 3)])',
    '',
    'def draw():',
    '    background(30)',
    '    no_stroke()',
    '    fill(255, 160, 0)',
    '    for ball in balls:',
    '        ball[0] += ball[2]',
    '        ball[1] += ball[3]',
    '        if ball[0] < 10 or ball[0] > width - 10:',
    '            ball[2] = -ball[2]',
    '        if ball[1] < 10 or ball[1] > height - 10:',
    '            ball[3] = -ball[3]',
    '        circle(ball[0], ball[1], 10)',
    '',
].join('\n');

/** Frames a second reached, read from the stage after `seconds`. */
async function framesPerSecond(page, seconds) {
    await page.waitForTimeout(seconds * 1000);
    const text = await page.locator('.canvas-rate').textContent();
    return Number(text.match(/\d+/)[0]);
}

test('200 balls: the frame rate, unthrottled and with 4x CPU throttling (printed)', async () => {
    const { context, page } = await openPage(shared.browser);
    await openAnimationLesson(page, 'en');
    await typeCode(page, TWO_HUNDRED_BALLS);
    await page.locator('.run-button').click();
    await page.locator('.canvas-rate').waitFor({ timeout: 10000 });
    const unthrottled = await framesPerSecond(page, 3);
    const devtools = await context.newCDPSession(page);
    await devtools.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.waitForTimeout(1000);
    const throttled = await framesPerSecond(page, 4);
    console.log(`200 balls: ${unthrottled} frames a second unthrottled, ${throttled} with 4x CPU throttling`);
    assert.ok(throttled > 0 && unthrottled > 0, 'the animation goes on');
    await screenshot(page, 'animation-200-balls-en');
    // The page still answers: Stop ends the animation at once.
    await page.locator('.stop-button').click();
    await waitForStatus(page, 'stopped');
    await devtools.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    page.assertClean();
    await context.close();
});
