// Memory through a scripted session (bench/README.md): one page, as a pupil
// keeps it open, goes round a list of activities (lessons of every kind
// opened from inside the app, programs typed and run, animations, a replay
// scrubbed, checks, the interface's language switched) for the session's
// length. Every minute, after a garbage collection (DevTools'
// HeapProfiler.collectGarbage), it samples the wasm module's memory
// (`memory.buffer.byteLength`, the memory Trunk's loader hands to the
// `TrunkApplicationStarted` event) and the JS heap in use (DevTools'
// Runtime.getHeapUsage). The budget: their sum stays under 64 MB, and does
// not grow (by more than GROWTH_TOLERANCE_BYTES, the JS heap's noise) from
// the sample at a third of the session (the 10th minute of 30) to the end.
// The page's DOM nodes and event listeners (DevTools' Memory.getDOMCounters)
// are printed beside them, to tell a growing page from a growing heap.
'use strict';

const { pad, megabytes, shorten } = require('./common.cjs');
const { openLesson, switchLesson, typeCode, run, waitForStatus, stopIfRunning } = require('./app.cjs');
const { openPage } = require('../../tests/browser/harness.cjs');

/** The budget: wasm memory plus JS heap, in bytes. */
const BUDGET_BYTES = 64 * 1024 * 1024;
/**
 * Growth from a third of the session to its end that still counts as none:
 * after a collection the JS heap moves by less than this between samples
 * when nothing is kept (a steady climb of more is a leak).
 */
const GROWTH_TOLERANCE_BYTES = 256 * 1024;
const MINUTE = 60_000;

const LANGUAGES = ['kk', 'ru', 'en'];

// The programs the session runs.
const PRINTING = 'name = "Әлия"\nfor i in range(200):\n    print(i, name * 3, i * i)\n';
const LISTS = 'numbers = [i * 7919 % 10007 for i in range(100000)]\nnumbers.sort()\nwords = {str(n): n for n in numbers[:20000]}\nprint(len(numbers), numbers[500], len(words))\n';
const TURTLE = 'from turtle import *\nfor i in range(3000):\n    forward(i % 150)\n    left(61)\n';
const CANVAS = [
    'from canvas import *',
    'x = 30',
    'dx = 4',
    'def draw():',
    '    global x, dx',
    '    background("white")',
    '    x = x + dx',
    '    if x > width - 10 or x < 10:',
    '        dx = -dx',
    '    fill("red")',
    '    circle(x, height / 2, 10)',
    '',
].join('\n');
const GRID_ROBOT = 'from robot import *\nwhile True:\n    while item_here():\n        pick()\n    if front_is_blocked():\n        break\n    move()\n';
const WHEELED_ROBOT = 'from rover import *\nwhile timer() < 10:\n    if on_line():\n        motors(50, 20)\n    else:\n        motors(20, 50)\nstop()\n';

/** Runs `code` in the lesson and waits for the run to finish. */
async function runToEnd(page, pack, lesson, code) {
    await switchLesson(page, pack, lesson);
    await typeCode(page, code);
    await run(page);
    await waitForStatus(page, 'finished');
}

/** Runs `code` in the lesson for `milliseconds`, then stops it if it still runs. */
async function runFor(page, pack, lesson, code, milliseconds) {
    await switchLesson(page, pack, lesson);
    await typeCode(page, code);
    await run(page);
    await page.waitForTimeout(milliseconds);
    await stopIfRunning(page);
}

/** The next interface language, through the top bar's menu (or the settings page without one). */
async function switchLanguage(page, state) {
    state.language = LANGUAGES[(LANGUAGES.indexOf(state.language) + 1) % LANGUAGES.length];
    const menu = page.locator('.header-language');
    if (await menu.count() > 0) {
        await menu.selectOption(state.language);
    } else {
        await page.evaluate(() => { location.hash = '#/settings'; });
        await page.locator(`.language-button[data-language="${state.language}"]`).click();
    }
    await page.waitForFunction((code) => document.querySelector('.language-badge')?.textContent === code, state.language, { timeout: 30_000 });
}

/** The session's round of activities, each a name and what it does. */
const ACTIVITIES = [
    { name: 'print in a first lesson', act: (page) => runToEnd(page, 'first-steps', 'hello', PRINTING) },
    { name: 'lists and a dict', act: (page) => runToEnd(page, 'first-steps', 'lists', LISTS) },
    { name: 'a turtle drawing', act: (page) => runToEnd(page, 'turtle', 'square', TURTLE) },
    { name: 'a canvas animation for 5 s', act: (page) => runFor(page, 'animation', 'bouncing-ball', CANVAS, 5000) },
    {
        name: 'a grid-robot run, scrubbed, checked',
        act: async (page) => {
            await runToEnd(page, 'robot', 'collect-row', GRID_ROBOT);
            const slider = page.locator('.robot-slider');
            const last = Number(await slider.getAttribute('max'));
            for (let step = 0; step <= last; step += Math.max(1, Math.floor(last / 20))) await slider.fill(String(step));
            await page.locator('.check-button').click();
            await page.locator('.check-summary').waitFor({ timeout: 60_000 });
        },
    },
    { name: 'a wheeled-robot run watched for 5 s', act: (page) => runFor(page, 'rover', 'follow-line', WHEELED_ROBOT, 5000) },
    { name: 'the language switched', act: (page, state) => switchLanguage(page, state) },
    {
        name: 'a first lesson checked',
        act: async (page) => {
            await switchLesson(page, 'first-steps', 'hello');
            await page.locator('.check-button').click();
            await page.locator('.check-summary').waitFor({ timeout: 60_000 });
        },
    },
];

/** Collects garbage, then reads the wasm memory and the JS heap in use. */
async function sample(page, devtools) {
    await devtools.send('HeapProfiler.collectGarbage');
    const heap = await devtools.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.benchWasmMemory?.buffer.byteLength ?? null);
    const dom = await devtools.send('Memory.getDOMCounters');
    return { wasm, js: heap.usedSize, total: (wasm ?? 0) + heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

function clock(milliseconds) {
    const seconds = Math.round(milliseconds / 1000);
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The memory part: the session, its samples as a table, and the verdicts. */
async function measureMemory(browser, server, minutes, budgets) {
    const { context, page } = await openPage(browser);
    const failures = [];
    try {
        await page.addInitScript(() => {
            addEventListener('TrunkApplicationStarted', (event) => { window.benchWasmMemory = event.detail?.wasm?.memory; });
        });
        const state = { language: 'en' };
        await openLesson(page, server, 'first-steps', 'hello', state.language);
        const devtools = await context.newCDPSession(page);
        const started = Date.now();
        const samples = [{ minute: 0, elapsed: 0, activities: 0, ...(await sample(page, devtools)) }];
        let done = 0;
        while (samples.length <= minutes) {
            const activity = ACTIVITIES[done % ACTIVITIES.length];
            try {
                await activity.act(page, state);
            } catch (error) {
                failures.push(`${activity.name}: ${shorten(error.message.split('\n')[0], 100)}`);
                await stopIfRunning(page).catch(() => {});
            }
            done += 1;
            const elapsed = Date.now() - started;
            if (elapsed >= samples.length * MINUTE) {
                samples.push({ minute: samples.length, elapsed, activities: done, ...(await sample(page, devtools)) });
            }
        }
        if (samples[0].wasm === null) throw new Error('the page did not hand its wasm memory to TrunkApplicationStarted');
        console.log(`  ${done} activities in ${minutes} minutes, round: ${ACTIVITIES.map((activity) => activity.name).join('; ')}`);
        console.log(`    ${'minute'.padEnd(7)} ${pad('at', 6)} ${pad('done', 5)} ${pad('wasm', 9)} ${pad('JS heap', 9)} ${pad('total', 9)} ${pad('DOM nodes', 10)} ${pad('listeners', 10)}`);
        for (const entry of samples) {
            console.log(`    ${String(entry.minute).padEnd(7)} ${pad(clock(entry.elapsed), 6)} ${pad(entry.activities, 5)} ${pad(megabytes(entry.wasm), 9)} ${pad(megabytes(entry.js), 9)} ${pad(megabytes(entry.total), 9)} ${pad(entry.nodes, 10)} ${pad(entry.listeners, 10)}`);
        }
        if (failures.length > 0) {
            console.log(`  ${failures.length} activities failed (the session went on): ${[...new Set(failures)].slice(0, 5).join('; ')}`);
        }
        if (page.problems.length > 0) console.log(`  the page reported: ${[...new Set(page.problems)].slice(0, 5).join('; ')}`);
        const highest = Math.max(...samples.map((entry) => entry.total));
        budgets.record(`memory through ${minutes} minutes (wasm + JS heap)`, `${megabytes(highest)} at most`, megabytes(BUDGET_BYTES), highest < BUDGET_BYTES);
        const from = samples[Math.max(1, Math.round(minutes / 3))];
        const to = samples[samples.length - 1];
        const growth = to.total - from.total;
        const perHour = to.elapsed > from.elapsed ? growth / ((to.elapsed - from.elapsed) / (60 * MINUTE)) : 0;
        budgets.record(`memory growth, minute ${from.minute} to ${to.minute}`,
            `${growth >= 0 ? '+' : ''}${megabytes(growth)} (wasm ${megabytes(to.wasm - from.wasm)}, JS heap ${megabytes(to.js - from.js)}; ${megabytes(perHour)} an hour)`,
            `none (at most +${megabytes(GROWTH_TOLERANCE_BYTES)})`, growth <= GROWTH_TOLERANCE_BYTES);
    } finally {
        await context.close();
    }
}

module.exports = { measureMemory };
