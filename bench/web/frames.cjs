// Animation frames at 4x CPU throttling (bench/README.md). For each world
// (the turtle, the grid robot, the wheeled robot, and the canvas), a lesson
// of its kind is opened, a program that animates for several seconds is
// typed in, the CPU is throttled 4x (DevTools' Emulation.setCPUThrottlingRate)
// and Run pressed; the page's requestAnimationFrame times are kept for
// WINDOW_MILLISECONDS from Run's click (the turtle: from Run's click to the
// frame that shows its run finished, so the run's start and end are both in
// it; at most TURTLE_LONGEST_MILLISECONDS), after an untimed one-line run (a
// page's first Run compiles the language's prelude; the ready part measures
// that). The same again unthrottled, for comparison. Printed: the frames, the median rate
// (1000 / the median interval), the share of dropped frames (an interval
// over 1.5 x 1/60 s) and the slowest frame. Then a grid-robot run of
// 10,000 steps is scrubbed: the replay slider is moved across its whole
// range, one input event per animation frame (as a drag sends them), with
// the same throttling, and its frames are counted the same way.
'use strict';

const { pad, throttle } = require('./common.cjs');
const {
    openLesson, typeCode, chooseSpeed, run, waitForStatus, stopIfRunning, startFrames, stopFrames, frameFigures,
} = require('./app.cjs');
const { openPage } = require('../../tests/browser/harness.cjs');

/** How long each animation is watched. */
const WINDOW_MILLISECONDS = 4000;
/** The turtle is watched until its run ends, at most this long. */
const TURTLE_LONGEST_MILLISECONDS = 15000;
/** The budget: the median frame at 60 a second (59 and up, for timer noise). */
const LEAST_FPS = 59;
/** The budget: at most this share of an animation's frames dropped (none while scrubbing). */
const MOST_DROPPED = 0.01;

// A rainbow spiral of 90,000 lines, each in the next of six colours (so no
// two lines in a row share a stroke): at the default (instant) speed the
// stage paints what each slice of the run drew, frame after frame, for
// several seconds at 4x throttling (the watch covers the whole run).
const TURTLE = [
    'from turtle import *',
    "colors = ['red', 'orange', 'gold', 'green', 'blue', 'purple']",
    'for i in range(90000):',
    '    pencolor(colors[i % 6])',
    '    forward(i % 180)',
    '    left(59)',
    '',
].join('\n');

// The grid robot walking its row back and forth, 600 steps: the stage
// replays a run at 120 steps a second at the default speed.
const GRID_ROBOT = [
    'from robot import *',
    'for i in range(600):',
    '    if front_is_clear():',
    '        move()',
    '    else:',
    '        turn_left()',
    '',
].join('\n');

// A line follower on the wheeled robot's field, 20 simulated seconds,
// played in real time.
const WHEELED_ROBOT = [
    'from rover import *',
    'while timer() < 20:',
    '    if on_line():',
    '        motors(50, 20)',
    '    else:',
    '        motors(20, 50)',
    'stop()',
    '',
].join('\n');

// Ten balls bouncing on a 400 by 400 canvas, until stopped.
const CANVAS = [
    'from canvas import *',
    'import random',
    'balls = []',
    'for i in range(10):',
    '    balls.append([random.uniform(10, 390), random.uniform(10, 390), random.uniform(-3, 3), random.uniform(-3, 3)])',
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

/**
 * The worlds: a lesson of each kind and its program; `endsWithRun`: the
 * window is the whole run (at most TURTLE_LONGEST_MILLISECONDS), to the
 * frame that shows it finished.
 */
const WORLDS = [
    { name: 'turtle', pack: 'turtle', lesson: 'first-steps', program: TURTLE, endsWithRun: true },
    { name: 'grid robot', pack: 'robot', lesson: 'collect-row', program: GRID_ROBOT, endsWithRun: false },
    { name: 'wheeled robot', pack: 'rover', lesson: 'follow-line', program: WHEELED_ROBOT, endsWithRun: false },
    { name: 'canvas', pack: 'animation', lesson: 'moving-ball', program: CANVAS, endsWithRun: false },
];

// 10,000 grid-robot steps: the robot walks its row back and forth.
const TEN_THOUSAND_STEPS = [
    'from robot import *',
    'for i in range(10000):',
    '    if front_is_clear():',
    '        move()',
    '    else:',
    '        turn_left()',
    '',
].join('\n');

/**
 * Frames over the window after Run (for the turtle: until the run ends),
 * with `cpu` times CPU throttling.
 * A one-line program runs first, unthrottled and untimed: a page's first
 * Run compiles the language's prelude, a stall the ready part measures.
 */
async function watchWorld(browser, server, world, cpu) {
    const { context, page } = await openPage(browser);
    try {
        await openLesson(page, server, world.pack, world.lesson);
        await typeCode(page, 'print(1)');
        await run(page);
        await waitForStatus(page, 'finished');
        await typeCode(page, world.program);
        const devtools = await throttle(context, page, { cpu });
        await page.waitForTimeout(500);
        await startFrames(page);
        await run(page);
        const watchMilliseconds = world.endsWithRun ? TURTLE_LONGEST_MILLISECONDS : WINDOW_MILLISECONDS;
        if (world.endsWithRun) {
            // Until the run ends, and a moment more: the frame that shows its end is recorded.
            await waitForStatus(page, 'finished', watchMilliseconds).catch(() => {});
            await page.waitForTimeout(500);
        } else {
            await page.waitForTimeout(watchMilliseconds + 500);
        }
        const { intervals, covered } = await stopFrames(page, { milliseconds: watchMilliseconds, untilFinished: world.endsWithRun });
        await stopIfRunning(page);
        await devtools.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        return { ...frameFigures(intervals), watched: covered, problems: page.problems };
    } finally {
        await context.close();
    }
}

/**
 * The 10,000-step replay: the run made unthrottled, then with 4x throttling
 * the slider moved from 0 to its end over `frames` animation frames, one
 * input event each; returns the frame figures and the slowest input handler.
 */
async function scrubReplay(browser, server, frames = 240) {
    const { context, page } = await openPage(browser);
    try {
        await openLesson(page, server, 'robot', 'collect-row');
        await typeCode(page, TEN_THOUSAND_STEPS);
        await chooseSpeed(page, 'instant');
        await run(page);
        await waitForStatus(page, 'finished');
        const steps = Number(await page.locator('.robot-slider').getAttribute('max'));
        const devtools = await throttle(context, page, { cpu: 4 });
        await page.waitForTimeout(500);
        const scrub = await page.locator('.robot-slider').evaluate((slider, frames) => new Promise((resolve) => {
            const times = [];
            const handlers = [];
            const last = Number(slider.max);
            const frame = (time) => {
                times.push(time);
                if (times.length > frames) {
                    resolve({ times, handlers });
                    return;
                }
                const started = performance.now();
                slider.value = String(Math.round((times.length - 1) * last / (frames - 1)));
                slider.dispatchEvent(new Event('input', { bubbles: true }));
                handlers.push(performance.now() - started);
                requestAnimationFrame(frame);
            };
            requestAnimationFrame(frame);
        }), frames);
        await devtools.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        const intervals = scrub.times.slice(1).map((time, index) => time - scrub.times[index]);
        const handlers = [...scrub.handlers].sort((a, b) => a - b);
        return {
            ...frameFigures(intervals),
            steps,
            handlerMedian: handlers[Math.floor(handlers.length / 2)],
            handlerSlowest: handlers[handlers.length - 1],
            problems: page.problems,
        };
    } finally {
        await context.close();
    }
}

function percent(share) {
    return `${(share * 100).toFixed(1)} %`;
}

/** The fps part: each world's frames and the replay's, printed with their verdicts. */
async function measureFrames(browser, server, budgets) {
    const columns = `${pad('watched', 8)} ${pad('frames', 6)} ${pad('median', 9)} ${pad('dropped', 8)} ${pad('slowest', 8)}`;
    console.log(`    ${''.padEnd(14)} ${'4x CPU throttling (the budget)'.padEnd(43)}   unthrottled (for comparison)`);
    console.log(`    ${'world'.padEnd(14)} ${columns}   ${columns}`);
    const measuredWorlds = [];
    const describe = (figures) => `${pad((figures.watched / 1000).toFixed(1) + ' s', 8)} ${pad(figures.frames, 6)} ${pad(figures.fps.toFixed(1) + ' fps', 9)} ${pad(percent(figures.dropped), 8)} ${pad(figures.slowest.toFixed(0) + ' ms', 8)}`;
    for (const world of WORLDS) {
        let throttled;
        let unthrottled;
        try {
            throttled = await watchWorld(browser, server, world, 4);
            unthrottled = await watchWorld(browser, server, world, 1);
        } catch (error) {
            console.log(`    ${world.name.padEnd(14)} failed: ${error.message.split('\n')[0]}`);
            budgets.unmeasured(`${world.name} at 4x CPU`, `${LEAST_FPS}+ fps`, error.message.split('\n')[0]);
            continue;
        }
        console.log(`    ${world.name.padEnd(14)} ${describe(throttled)}   ${describe(unthrottled)}`);
        measuredWorlds.push({ name: world.name, ...throttled });
        const problems = [...throttled.problems, ...unthrottled.problems];
        if (problems.length > 0) console.log(`      the page reported: ${problems.join('; ')}`);
    }
    for (const entry of measuredWorlds) {
        budgets.record(`${entry.name} at 4x CPU`, `${entry.fps.toFixed(1)} fps median, ${percent(entry.dropped)} dropped`,
            `${LEAST_FPS}+ fps, at most ${percent(MOST_DROPPED)} dropped`, entry.fps >= LEAST_FPS && entry.dropped <= MOST_DROPPED);
    }
    const scrub = await scrubReplay(browser, server);
    console.log(`    a ${scrub.steps}-step grid replay scrubbed end to end, one input event a frame: ${scrub.frames} frames, ${scrub.fps.toFixed(1)} fps median, ${scrub.droppedCount} dropped (${percent(scrub.dropped)}), slowest ${scrub.slowest.toFixed(0)} ms; the input handler ${scrub.handlerMedian.toFixed(1)} ms median, ${scrub.handlerSlowest.toFixed(1)} ms slowest`);
    if (scrub.problems.length > 0) console.log(`      the page reported: ${scrub.problems.join('; ')}`);
    budgets.record(`${scrub.steps}-step replay scrubbed at 4x CPU`, `${scrub.droppedCount} of ${scrub.frames} frames dropped, ${scrub.fps.toFixed(1)} fps median`,
        'no dropped frames', scrub.droppedCount === 0);
}

module.exports = { measureFrames };
