// Ready to run (bench/README.md): after a first visit (the service worker
// installed and active, its cache warm), a fresh navigation to the first
// lesson, then print(2 + 3) typed into the editor and Run pressed, until the
// console shows 5. The page marks three moments itself, with
// performance.now() (milliseconds from navigation start): the editor is
// mounted (focusable) and Run is there and enabled ("interactive", and
// before it "started": the wasm instantiated and the app mounted); Run is
// clicked; the program's output is in the console and painted (the frame
// after it appears). "Ready to run" is interactive plus Run's round trip
// (click to painted output), so the automation's own typing between the two
// does not count. Measured with 4x CPU throttling and Chrome DevTools' Fast
// 3G network, and unthrottled; the median of several runs each.
'use strict';

const { median, pad, throttle, FAST_3G } = require('./common.cjs');
const { lessonUrl, EDITOR_READY, typeCode, run, waitForStatus } = require('./app.cjs');

/** Runs of each condition. */
const RUNS = 5;
const PACK = 'first-steps';
const LESSON = 'hello';
const PROGRAM = 'print(2 + 3)';

/** The conditions, each with its budget in milliseconds. */
const CONDITIONS = [
    { name: '4x CPU, Fast 3G', cpu: 4, network: FAST_3G, budget: 1500 },
    { name: 'unthrottled, loopback', cpu: 1, network: null, budget: 300 },
];

/**
 * Runs in the page before its scripts: `window.benchMarks` gets `interactive`
 * (the editor focusable and Run enabled), `clicked` (Run clicked) and
 * `output` (5 in the console after a finished run, at the next frame).
 */
function markMoments() {
    const marks = { started: null, interactive: null, clicked: null, output: null };
    window.benchMarks = marks;
    addEventListener('TrunkApplicationStarted', () => { marks.started = performance.now(); });
    let outputSeen = false;
    // Each moment is also told on the console, where the bench waits for it:
    // polling with waitForFunction would put Playwright's injected script
    // (10-25 ms of parsing and compiling) inside the measured window.
    const afterNextFrame = (name) => requestAnimationFrame(() => {
        marks[name] = performance.now();
        console.debug(`bench-mark:${name}`);
    });
    const check = () => {
        if (marks.interactive === null && !marks.interactiveSeen) {
            const editor = document.querySelector('.code-editor[data-status="mounted"] .cm-content');
            const runButton = document.querySelector('.run-button');
            if (editor && runButton && !runButton.disabled) {
                marks.interactiveSeen = performance.now();
                afterNextFrame('interactive');
            }
        }
        if (marks.clicked !== null && !outputSeen && document.querySelector('.run-status.status-finished')) {
            const output = document.querySelector('.console');
            if (output && output.textContent.includes('5')) {
                outputSeen = true;
                marks.outputSeen = performance.now();
                afterNextFrame('output');
            }
        }
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    document.addEventListener('click', (event) => {
        if (marks.clicked === null && event.target.closest && event.target.closest('.run-button')) marks.clicked = performance.now();
    }, true);
}

/** The first visit: the lesson opened, the program typed and run, the service worker active and in control. */
async function firstVisit(context, url) {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator(EDITOR_READY).waitFor({ timeout: 60_000 });
    await typeCode(page, PROGRAM);
    await run(page);
    await waitForStatus(page, 'finished');
    await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        if (registration.active.state !== 'activated') {
            await new Promise((resolve) => registration.active.addEventListener('statechange', resolve));
        }
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    await page.close();
}

/** Resolves when the page's `markMoments` tells `name` on the console. */
function consoleMark(page, name) {
    return page.waitForEvent('console', { predicate: (message) => message.text() === `bench-mark:${name}`, timeout: 60_000 });
}

/** One measured navigation in a fresh page of `context`; returns the page's marks. */
async function measureOnce(context, url, condition) {
    const page = await context.newPage();
    try {
        await page.addInitScript(markMoments);
        await throttle(context, page, condition);
        const interactive = consoleMark(page, 'interactive');
        await page.goto(url, { waitUntil: 'commit' });
        await interactive;
        const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
        await typeCode(page, PROGRAM);
        const output = consoleMark(page, 'output');
        await run(page);
        await output;
        const marks = await page.evaluate(() => window.benchMarks);
        return { ...marks, controlled };
    } finally {
        await page.close();
    }
}

/**
 * The ready part: the first visit, then RUNS measured navigations per
 * condition (interleaved); prints each condition's runs and medians and
 * records the verdicts. A context of its own: the service worker and its
 * cache start empty.
 */
async function measureReady(browser, server, budgets) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU', serviceWorkers: 'allow' });
    try {
        const url = lessonUrl(server, PACK, LESSON, 'kk');
        await firstVisit(context, url);
        const results = CONDITIONS.map(() => []);
        for (let index = 0; index < RUNS; index += 1) {
            for (const [which, condition] of CONDITIONS.entries()) {
                results[which].push(await measureOnce(context, url, condition));
            }
        }
        console.log(`  ${url} after a first visit; ${PROGRAM} typed, Run pressed; ms from navigation start, ${RUNS} runs each`);
        console.log(`    ${'condition'.padEnd(24)} ${pad('started', 8)} ${pad('interactive', 12)} ${pad('Run → 5', 9)} ${pad('ready', 8)}   runs (ready)`);
        for (const [which, condition] of CONDITIONS.entries()) {
            const runs = results[which];
            const started = median(runs.map((marks) => marks.started));
            const interactive = median(runs.map((marks) => marks.interactive));
            const roundTrip = median(runs.map((marks) => marks.output - marks.clicked));
            const ready = median(runs.map((marks) => marks.interactive + marks.output - marks.clicked));
            const each = runs.map((marks) => (marks.interactive + marks.output - marks.clicked).toFixed(0)).join(' ');
            const uncontrolled = runs.some((marks) => !marks.controlled) ? '  (some runs were not served by the service worker!)' : '';
            console.log(`    ${condition.name.padEnd(24)} ${pad(started.toFixed(0), 8)} ${pad(interactive.toFixed(0), 12)} ${pad(roundTrip.toFixed(0), 9)} ${pad(ready.toFixed(0), 8)}   ${each}${uncontrolled}`);
            budgets.record(`ready to run, ${condition.name}`, `${ready.toFixed(0)} ms (interactive ${interactive.toFixed(0)} ms + Run ${roundTrip.toFixed(0)} ms)`,
                `${condition.budget} ms`, ready <= condition.budget);
        }
    } finally {
        await context.close();
    }
}

module.exports = { measureReady };
