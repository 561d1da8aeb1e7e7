// The display settings in a real browser: the high-contrast theme and a
// larger interface text change the computed styles (every text on the
// settings page at 7:1 contrast or more, thick focus outlines, the grid
// robot's world painted black and white) and survive a reload; low-end
// mode drops the shadows and "show the result now" takes a grid-robot
// replay to its end at once; and frames made slow (a busy loop in every
// animation frame, as on a slow computer) bring the suggestion to turn
// low-end mode on, which never comes back once closed.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { openPage, screenshot, useServerAndBrowser } = require('./harness.cjs');

const shared = useServerAndBrowser();

/** Opens the settings page in `language` and waits for the display choices. */
async function openSettings(page, language = 'en') {
    await page.goto(`${shared.server.url}?lang=${language}#/settings`);
    await page.locator('.theme-button').first().waitFor();
}

const rootStyle = (page) => page.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    lowEnd: document.documentElement.classList.contains('low-end'),
    fontSize: getComputedStyle(document.documentElement).fontSize,
    bodyBackground: getComputedStyle(document.body).backgroundColor,
    bodyColor: getComputedStyle(document.body).color,
    headingSize: parseFloat(getComputedStyle(document.querySelector('h1')).fontSize),
}));

/** The lowest contrast ratio of any visible text on the page against the
 * colour behind it, with the element that has it. */
const lowestTextContrast = (page) => page.evaluate(() => {
    const channel = (value) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const parse = (color) => color.match(/[\d.]+/g).map(Number);
    const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    const backgroundOf = (element) => {
        for (let at = element; at; at = at.parentElement) {
            const [r, g, b, a = 1] = parse(getComputedStyle(at).backgroundColor);
            if (a > 0) return [r, g, b];
        }
        return [255, 255, 255];
    };
    let lowest = { ratio: Infinity, text: '' };
    for (const element of document.querySelectorAll('body *')) {
        const ownText = Array.from(element.childNodes)
            .filter((node) => node.nodeType === Node.TEXT_NODE)
            .map((node) => node.textContent.trim()).join('');
        const box = element.getBoundingClientRect();
        if (!ownText || box.width === 0 || box.height === 0 || element.closest('.visually-hidden')) continue;
        const foreground = luminance(parse(getComputedStyle(element).color));
        const background = luminance(backgroundOf(element));
        const ratio = (Math.max(foreground, background) + 0.05) / (Math.min(foreground, background) + 0.05);
        if (ratio < lowest.ratio) lowest = { ratio, text: `${element.className}: ${ownText.slice(0, 40)}` };
    }
    return lowest;
});

/** Replaces the editor's text with `code`, typed into the real editor. */
async function typeCode(page, code) {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(code);
}

/** Opens a lesson whose code is as it starts. */
async function openLesson(page, pack, lesson, language = 'en') {
    await page.goto(`${shared.server.url}?lang=${language}#/pack/${pack}/${lesson}`);
    await page.evaluate((key) => localStorage.removeItem(key), `bastau.v2.p1.lesson.${pack}.${lesson}`);
    await page.reload();
    await page.locator('.code-editor[data-status="mounted"] .cm-content').waitFor();
}

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

/** The step shown and the run's steps, from the robot stage's slider. */
const stepOf = (page) => page.evaluate(() => {
    const slider = document.querySelector('.robot-slider');
    return [Number(slider.value), Number(slider.max)];
});

const robotCanvasPixel = (page, x, y) => page.locator('.robot-canvas').evaluate((canvas, [px, py]) =>
    Array.from(canvas.getContext('2d').getImageData(px, py, 1, 1).data.slice(0, 3)), [x, y]);

test('high contrast and a larger text change the computed styles, the robot\'s world too, and survive a reload', async () => {
    const { context, page } = await openPage(shared.browser);
    await openSettings(page);
    const before = await rootStyle(page);
    assert.equal(before.theme, 'standard', 'the device asks for no more contrast');
    assert.equal(before.bodyBackground, 'rgb(243, 245, 244)');
    assert.equal(before.fontSize, '16px');

    await page.locator('.theme-button[data-value="high-contrast"]').click();
    assert.equal(await page.locator('.theme-button[data-value="high-contrast"]').getAttribute('aria-pressed'), 'true');
    const contrasted = await rootStyle(page);
    assert.equal(contrasted.theme, 'high-contrast');
    assert.equal(contrasted.bodyBackground, 'rgb(0, 0, 0)');
    assert.equal(contrasted.bodyColor, 'rgb(255, 255, 255)');
    assert.equal(await page.locator('.top-links a').first().evaluate((link) => getComputedStyle(link).color),
        'rgb(255, 230, 0)', 'links are yellow');
    const lowest = await lowestTextContrast(page);
    assert.ok(lowest.ratio >= 7, `every text has 7:1 contrast or more; the lowest: ${lowest.ratio.toFixed(2)} (${lowest.text})`);
    // The keyboard's focus: a thick yellow outline.
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement);
        return [document.activeElement.className, style.outlineStyle, style.outlineWidth, style.outlineColor];
    });
    assert.deepEqual(outline.slice(1), ['solid', '4px', 'rgb(255, 230, 0)'], `the focused ${outline[0]}`);

    await page.locator('.text-size-button[data-value="130"]').click();
    const larger = await rootStyle(page);
    assert.equal(larger.fontSize, '20.8px', '130 % of 16 px');
    assert.ok(Math.abs(larger.headingSize / before.headingSize - 1.3) < 0.01,
        `the interface grows with it: ${before.headingSize} to ${larger.headingSize}`);
    await screenshot(page, 'settings-high-contrast-en');

    await page.reload();
    await page.locator('.theme-button').first().waitFor();
    const reloaded = await rootStyle(page);
    assert.equal(reloaded.theme, 'high-contrast', 'kept');
    assert.equal(reloaded.fontSize, '20.8px', 'kept');
    assert.equal(reloaded.bodyBackground, 'rgb(0, 0, 0)');
    assert.equal(await page.locator('.text-size-button[data-value="130"]').getAttribute('aria-pressed'), 'true');

    // The grid robot's world: black ground, white walls.
    await openLesson(page, 'robot', 'collect-row');
    await page.locator('.robot-canvas').waitFor();
    await typeCode(page, COLLECTS_EVERYTHING);
    await page.locator('.run-button').click();
    await page.locator('.run-status.status-finished').waitFor({ timeout: 15000 });
    assert.deepEqual(await robotCanvasPixel(page, 3, 3), [0, 0, 0], 'the margin is black');
    const lesson = await lowestTextContrast(page);
    assert.ok(lesson.ratio >= 7, `the lesson page's texts too: ${lesson.ratio.toFixed(2)} (${lesson.text})`);
    await screenshot(page, 'robot-high-contrast-en');

    // Back to the usual colours and size.
    await openSettings(page);
    await page.locator('.theme-button[data-value="standard"]').click();
    await page.locator('.text-size-button[data-value="100"]').click();
    const standard = await rootStyle(page);
    assert.equal(standard.theme, 'standard');
    assert.equal(standard.bodyBackground, 'rgb(243, 245, 244)');
    assert.equal(standard.fontSize, '16px');
    page.assertClean();
    await context.close();
});

test('the high-contrast theme in Kazakh and Russian, at the largest text (screenshots)', async () => {
    const { context, page } = await openPage(shared.browser, { width: 1024, height: 600 });
    await openSettings(page, 'kk');
    await page.locator('.theme-button[data-value="high-contrast"]').click();
    await page.locator('.text-size-button[data-value="175"]').click();
    assert.equal((await rootStyle(page)).fontSize, '28px');
    await screenshot(page, 'settings-high-contrast-175-kk');
    await openLesson(page, 'first-steps', 'hello', 'ru');
    await page.locator('.check-button').click();
    await page.locator('.check-summary').waitFor({ timeout: 15000 });
    const verdict = await page.locator('.check-result .check-verdict').first().innerText();
    assert.match(verdict, /^(пройдено|не пройдено)$/, 'each check says its result in words');
    const lowest = await lowestTextContrast(page);
    assert.ok(lowest.ratio >= 7, `${lowest.ratio.toFixed(2)} (${lowest.text})`);
    await screenshot(page, 'lesson-high-contrast-175-ru');
    page.assertClean();
    await context.close();
});

test('low-end mode drops the shadows, and "show the result now" ends a grid-robot replay at once', async () => {
    const { context, page } = await openPage(shared.browser);
    await page.goto(`${shared.server.url}?lang=en#/pupils`);
    const card = page.locator('.profile-card.current');
    await card.waitFor();
    const shadow = () => card.evaluate((element) => getComputedStyle(element).boxShadow);
    assert.notEqual(await shadow(), 'none', 'the chosen pupil\'s card has its shadow');

    await openSettings(page);
    await page.locator('.low-end-button').click();
    assert.equal(await page.locator('.low-end-button').getAttribute('aria-pressed'), 'true');
    assert.equal((await rootStyle(page)).lowEnd, true);
    await page.goto(`${shared.server.url}#/pupils`);
    await card.waitFor();
    assert.equal(await shadow(), 'none', 'no shadow in low-end mode');
    await page.reload();
    await card.waitFor();
    assert.equal((await rootStyle(page)).lowEnd, true, 'kept');
    assert.equal(await shadow(), 'none');

    await openLesson(page, 'robot', 'collect-row');
    await page.locator('.robot-canvas').waitFor();
    await typeCode(page, COLLECTS_EVERYTHING);
    await page.locator('.speed-select').selectOption('instant');
    await page.locator('.run-button').click();
    await page.locator('.run-status.status-finished').waitFor({ timeout: 15000 });
    const [end, total] = await stepOf(page);
    assert.equal(end, total);
    assert.ok(total > 5, `the run took ${total} steps`);
    const endPicture = await page.locator('.robot-canvas').evaluate((canvas) => canvas.toDataURL());
    const endStatus = await page.locator('.robot-status').textContent();
    // A replay at two steps a second would take seconds.
    await page.locator('.speed-select').selectOption('slow');
    assert.equal(await page.locator('.show-result-now').count(), 0, 'nothing to jump over yet');
    await page.locator('.robot-replay').click();
    await page.locator('.show-result-now').waitFor();
    await page.waitForFunction(() => Number(document.querySelector('.robot-slider').value) >= 1);
    const [during] = await stepOf(page);
    assert.ok(during < total, `the replay is under way: step ${during} of ${total}`);
    await page.locator('.show-result-now').click();
    assert.deepEqual(await stepOf(page), [total, total], 'the run\'s end at once');
    assert.equal(await page.locator('.show-result-now').count(), 0, 'the replay is over');
    assert.equal(await page.locator('.robot-status').textContent(), endStatus);
    assert.equal(await page.locator('.robot-canvas').evaluate((canvas) => canvas.toDataURL()), endPicture);
    assert.match(await page.locator('.robot-replay').innerText(), /Replay/);
    await screenshot(page, 'robot-low-end-en');

    // A turtle drawing in low-end mode: repainted during the run, if less
    // often, and whole at its end.
    await openLesson(page, 'first-steps', 'hello');
    await typeCode(page, [
        'import turtle',
        'turtle.pensize(3)',
        'for side in range(4):',
        '    turtle.forward(100)',
        '    turtle.left(90)',
        '',
    ].join('\n'));
    await page.locator('.speed-select').selectOption('medium');
    await page.locator('.run-button').click();
    const alphaAt = (x, y) => page.locator('canvas.stage').evaluate((canvas, [px, py]) =>
        canvas.getContext('2d').getImageData(px, py, 1, 1).data[3], [x, y]);
    await page.waitForFunction(() => document.querySelector('canvas.stage').getContext('2d')
        .getImageData(350, 300, 1, 1).data[3] > 200, null, { timeout: 15000 });
    assert.equal(await page.locator('.run-status.status-running').count(), 1, 'the bottom side shows while the run goes on');
    await page.locator('.run-status.status-finished').waitFor({ timeout: 15000 });
    assert.ok(await alphaAt(400, 250) > 200, 'the right side is drawn');
    assert.ok(await alphaAt(350, 200) > 200, 'the top side is drawn');
    assert.ok(await alphaAt(300, 250) > 200, 'the left side, drawn last, is painted at the end');
    assert.equal(await alphaAt(350, 250), 0, 'inside the square nothing is drawn');
    page.assertClean();
    await context.close();
});

// A ball that bounces: light work, so only the page's slowness counts.
const BOUNCING = [
    'from canvas import *',
    '',
    'x = 30',
    'dx = 4',
    '',
    'def draw():',
    '    global x, dx',
    '    background(255)',
    '    fill(200, 0, 0)',
    '    circle(x, 50, 10)',
    '    x += dx',
    '    if x > width - 10 or x < 10:',
    '        dx = -dx',
    '',
].join('\n');

/** Makes every animation frame of the page take at least `milliseconds`
 * (as on a slow computer) until `stopSlowFrames()`. */
const slowFrames = (page, milliseconds) => page.evaluate((busy) => {
    window.slowFramesOn = true;
    const spin = () => {
        if (!window.slowFramesOn) return;
        const until = performance.now() + busy;
        while (performance.now() < until) { /* a slow computer */ }
        requestAnimationFrame(spin);
    };
    requestAnimationFrame(spin);
}, milliseconds);
const stopSlowFrames = (page) => page.evaluate(() => { window.slowFramesOn = false; });

/** The frames a second the stage shows it reached (in every language the
 * smaller number: "20 of 60 frames a second", "Секундына 60 кадрдың 20-і"). */
const frameRate = async (page) =>
    Math.min(...(await page.locator('.canvas-rate').textContent()).match(/\d+/g).map(Number));

/** Runs the bouncing ball with slow frames for `seconds`; the frame rate the stage shows. */
async function runSlowly(page, seconds) {
    await typeCode(page, BOUNCING);
    await slowFrames(page, 45);
    await page.locator('.run-button').click();
    await page.locator('.run-status.status-running').waitFor();
    await page.waitForTimeout(seconds * 1000);
    return frameRate(page);
}

async function stopRun(page) {
    await page.locator('.stop-button').click();
    await page.locator('.run-status.status-stopped').waitFor();
    await stopSlowFrames(page);
}

test('slow frames suggest low-end mode; "turn on" turns it on', async () => {
    const { context, page } = await openPage(shared.browser);
    await openLesson(page, 'animation', 'moving-ball');
    await typeCode(page, BOUNCING);
    await slowFrames(page, 45);
    await page.locator('.run-button').click();
    const suggestion = page.locator('.low-end-suggestion');
    await suggestion.waitFor({ timeout: 15000 });
    assert.equal(await suggestion.getAttribute('role'), 'status');
    const rate = await frameRate(page);
    assert.ok(rate < 40, `the frames are slow: ${rate} a second`);
    await screenshot(page, 'low-end-suggestion-en');
    await suggestion.locator('.low-end-on').click();
    await suggestion.waitFor({ state: 'detached' });
    assert.equal((await rootStyle(page)).lowEnd, true, 'low-end mode is on');
    // Frames fast again: in low-end mode the program gets at most 30 a second.
    await stopSlowFrames(page);
    await page.waitForTimeout(2500);
    const capped = await frameRate(page);
    assert.ok(capped > 0 && capped <= 31, `at most 30 frames a second in low-end mode: ${capped}`);
    await stopRun(page);
    await openSettings(page);
    assert.equal(await page.locator('.low-end-button').getAttribute('aria-pressed'), 'true');
    page.assertClean();
    await context.close();
});

test('once closed, the suggestion never comes back, in this visit or after a reload', async () => {
    const { context, page } = await openPage(shared.browser, { locale: 'kk-KZ' });
    await openLesson(page, 'animation', 'moving-ball', 'kk');
    const suggestion = page.locator('.low-end-suggestion');
    await typeCode(page, BOUNCING);
    await slowFrames(page, 45);
    await page.locator('.run-button').click();
    await suggestion.waitFor({ timeout: 15000 });
    assert.match(await suggestion.innerText(), /Әлсіз компьютер режимін қосу/);
    await suggestion.locator('.low-end-close').click();
    await suggestion.waitFor({ state: 'detached' });
    assert.equal((await rootStyle(page)).lowEnd, false, 'closing does not turn it on');
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('bastau.v2.profiles')).profiles[0]);
    assert.equal(kept.low_end_suggestion_closed, true, 'the answer is kept for the profile');
    await stopRun(page);

    // Slow again, in this page and after a reload: no suggestion.
    const again = await runSlowly(page, 5);
    assert.ok(again < 40, `the frames are still slow: ${again} a second`);
    assert.equal(await suggestion.count(), 0, 'not again in this visit');
    await stopRun(page);
    await page.reload();
    await page.locator('.code-editor[data-status="mounted"] .cm-content').waitFor();
    const afterReload = await runSlowly(page, 5);
    assert.ok(afterReload < 40, `slow after the reload too: ${afterReload} a second`);
    assert.equal(await suggestion.count(), 0, 'not again after a reload');
    await stopRun(page);
    page.assertClean();
    await context.close();
});

test('the device\'s "more contrast" brings high contrast unless the pupil chose otherwise; "less motion" stops transitions', async () => {
    const { context, page } = await openPage(shared.browser);
    const devtools = await context.newCDPSession(page);
    await devtools.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'prefers-contrast', value: 'more' }, { name: 'prefers-reduced-motion', value: 'reduce' }],
    });
    await openSettings(page);
    assert.equal(await page.locator('.theme-button[data-value="device"]').getAttribute('aria-pressed'), 'true');
    assert.equal((await rootStyle(page)).theme, 'high-contrast', 'the device asks for more contrast');
    assert.equal((await rootStyle(page)).bodyBackground, 'rgb(0, 0, 0)');
    await page.locator('.theme-button[data-value="standard"]').click();
    assert.equal((await rootStyle(page)).theme, 'standard', 'the pupil\'s choice wins');
    await page.reload();
    await page.locator('.theme-button').first().waitFor();
    assert.equal((await rootStyle(page)).theme, 'standard', 'and is kept');
    // Anything that would move by itself stands still.
    const transition = () => page.evaluate(() => {
        const moving = document.createElement('div');
        moving.style.transition = 'opacity 1s';
        moving.style.animation = 'none 2s';
        document.body.append(moving);
        const style = getComputedStyle(moving);
        const durations = [style.transitionDuration, style.animationDuration];
        moving.remove();
        return durations;
    });
    assert.deepEqual(await transition(), ['0s', '0s'], 'no transitions or animations');
    await devtools.send('Emulation.setEmulatedMedia', { features: [] });
    assert.deepEqual(await transition(), ['1s', '2s'], 'without the device\'s wish they would run');
    page.assertClean();
    await context.close();
});
