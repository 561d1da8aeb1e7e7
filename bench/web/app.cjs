// Driving the app from outside, through its DOM, for the parts of
// `cargo xtask bench-web` (bench/README.md): opening a lesson, typing into
// the real CodeMirror editor, pressing Run, waiting for the run's status,
// and counting animation frames with requestAnimationFrame in the page.
'use strict';

/** The address of a lesson in `language`. */
function lessonUrl(server, pack, lesson, language = 'en') {
    return `${server.url}?lang=${language}#/pack/${pack}/${lesson}`;
}

/** The editor is mounted and can take the keyboard focus. */
const EDITOR_READY = '.code-editor[data-status="mounted"] .cm-content';

/** Opens a lesson in a page that has none yet and waits for its editor. */
async function openLesson(page, server, pack, lesson, language = 'en') {
    await page.goto(lessonUrl(server, pack, lesson, language));
    await page.locator(EDITOR_READY).waitFor({ timeout: 60_000 });
}

/** Moves an open app to another lesson (no reload, as a pupil's click does) and waits for its editor. */
async function switchLesson(page, pack, lesson) {
    await page.evaluate((hash) => { location.hash = hash; }, `#/pack/${pack}/${lesson}`);
    await page.waitForFunction((hash) => location.hash === hash, `#/pack/${pack}/${lesson}`);
    await page.locator(EDITOR_READY).waitFor({ timeout: 60_000 });
}

/** Replaces the editor's text with `code`, through the real editor (select all, insert). */
async function typeCode(page, code) {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(code);
}

/** Chooses a run speed in the console's speed menu (slow, medium, fast, instant). */
async function chooseSpeed(page, speed) {
    await page.locator('.speed-select').selectOption(speed);
}

/** Presses Run. */
async function run(page) {
    await page.locator('.run-button').click();
}

/** Waits until the run's status is `status` (running, finished, failed, stopped...). */
async function waitForStatus(page, status, timeout = 60_000) {
    await page.locator(`.run-status.status-${status}`).waitFor({ timeout });
}

/** Presses Stop when a run is going. */
async function stopIfRunning(page) {
    const stop = page.locator('.stop-button:not([disabled])');
    if (await stop.count() > 0) await stop.first().click();
}

/**
 * Starts counting animation frames in the page: every requestAnimationFrame
 * time is kept until `stopFrames`, with the moment Run is clicked and the
 * moment the run's status turns finished (page time, milliseconds).
 */
async function startFrames(page) {
    await page.evaluate(() => {
        const record = { times: [], going: true, runAt: null, finishedAt: null };
        window.benchFrames = record;
        document.addEventListener('click', (event) => {
            if (record.runAt === null && event.target.closest && event.target.closest('.run-button')) record.runAt = performance.now();
        }, true);
        const frame = (time) => {
            record.times.push(time);
            if (record.runAt !== null && record.finishedAt === null && document.querySelector('.run-status.status-finished')) {
                record.finishedAt = time;
            }
            if (record.going) requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
    });
}

/**
 * Stops counting; returns the intervals between the frames from Run's click
 * to `milliseconds` later (or, with `untilFinished`, to the run's
 * end if that comes first), and the milliseconds that covers.
 */
async function stopFrames(page, { milliseconds, untilFinished = false }) {
    const record = await page.evaluate(() => {
        window.benchFrames.going = false;
        return window.benchFrames;
    });
    const start = record.runAt ?? record.times[0];
    let end = start + milliseconds;
    if (untilFinished && record.finishedAt !== null) end = Math.min(end, record.finishedAt);
    const times = record.times.filter((time) => time >= start && time <= end);
    return { intervals: times.slice(1).map((time, index) => time - times[index]), covered: end - start };
}

/** A frame later than this (1.5 frames at 60 Hz) is dropped. */
const DROPPED_FRAME_MILLISECONDS = (1000 / 60) * 1.5;

/** The frame figures of `intervals`: count, median fps and the share of dropped frames. */
function frameFigures(intervals) {
    if (intervals.length === 0) return { frames: 0, fps: 0, dropped: 1, slowest: Infinity };
    const sorted = [...intervals].sort((a, b) => a - b);
    const medianInterval = sorted[Math.floor(sorted.length / 2)];
    const dropped = intervals.filter((interval) => interval > DROPPED_FRAME_MILLISECONDS).length;
    return {
        frames: intervals.length,
        fps: 1000 / medianInterval,
        dropped: dropped / intervals.length,
        droppedCount: dropped,
        slowest: sorted[sorted.length - 1],
    };
}

module.exports = {
    lessonUrl, EDITOR_READY, openLesson, switchLesson, typeCode, chooseSpeed, run, waitForStatus,
    stopIfRunning, startFrames, stopFrames, frameFigures, DROPPED_FRAME_MILLISECONDS,
};
