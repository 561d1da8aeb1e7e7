// `cargo xtask bench-web` (bench/README.md): the app measured in headless
// Chromium (Debian's, driven by playwright-core) against the release build,
// part by part, each figure printed beside its budget (PASS/MISS):
//
//   download  the first lesson's download, gzip -9 (bench/web/download.cjs)
//   ready     navigation to a program's output, after the first visit,
//             throttled and not (bench/web/ready.cjs)
//   fps       the worlds' animations and a 10,000-step replay scrubbed, at
//             4x CPU throttling (bench/web/frames.cjs)
//   language  the language programs against Pyodide and native CPython
//             (bench/web/language.cjs)
//   peers     Pyodide, MicroPython, Brython and Skulpt: download and speed
//             beside ours (bench/web/peers.cjs)
//   memory    wasm memory and JS heap through a scripted session
//             (bench/web/memory.cjs)
//
// Options: `--only part,part` (default: all), `--runs N` (timed runs of
// each language program, 3), `--session-minutes N` (the memory session,
// 30). Environment (xtask sets it): NODE_PATH, BASTAU_DIST (the release
// build), BASTAU_CHROMIUM, and per peer BASTAU_PYODIDE, BASTAU_MICROPYTHON,
// BASTAU_BRYTHON, BASTAU_SKULPT (its npm package's folder) or
// <that name>_PROBLEM (why it is missing). The bench fails only when our
// output differs from CPython's or a part cannot run at all; a missed
// budget is printed, not fatal.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { Stop, Budgets, parseOptions } = require('./web/common.cjs');
const { measureDownload } = require('./web/download.cjs');
const { measureReady } = require('./web/ready.cjs');
const { measureFrames } = require('./web/frames.cjs');
const { measureLanguage } = require('./web/language.cjs');
const { measurePeers, peerMounts } = require('./web/peers.cjs');
const { measureMemory } = require('./web/memory.cjs');
const { startServer, launchBrowser } = require('../tests/browser/harness.cjs');

const PROGRAMS = path.join(__dirname, 'programs');
const DIST = process.env.BASTAU_DIST || path.join(__dirname, '../dist');

/** The language benchmark's programs, `{ name, file, source }`, by name. */
function readPrograms() {
    const names = fs.readdirSync(PROGRAMS).filter((name) => name.endsWith('.py')).sort();
    if (names.length === 0) throw new Stop(`no programs in ${PROGRAMS}`);
    return names.map((name) => {
        const file = path.join(PROGRAMS, name);
        return { name: path.basename(name, '.py'), file, source: fs.readFileSync(file, 'utf8') };
    });
}

/**
 * Runs one part under `title`: its error is printed and kept (the other
 * parts still run; the command then fails), its budgets counted as missed.
 */
async function runPart(title, failures, budgets, measure) {
    console.log(`\n== ${title}`);
    try {
        return await measure();
    } catch (error) {
        const reason = error instanceof Stop ? error.message : (error.stack || String(error));
        console.log(`  this part failed: ${reason}`);
        failures.push(`${title.split(' (')[0]}: ${reason.split('\n')[0]}`);
        budgets.unmeasured(title.split(' (')[0], '-', 'the part failed');
        return null;
    }
}

async function main() {
    const options = parseOptions(process.argv.slice(2));
    const wanted = (part) => options.parts.includes(part);
    const programs = readPrograms();
    const budgets = new Budgets();
    const failures = [];
    const ours = {};
    const server = await startServer({ root: DIST, mounts: peerMounts() });
    const browser = await launchBrowser();
    console.log(`Chromium ${browser.version()} (headless), the release build in ${DIST}; parts: ${options.parts.join(', ')}`);
    try {
        if (wanted('download')) {
            const download = await runPart('download for the first lesson (budget 450 KB, gzip -9)', failures, budgets,
                () => measureDownload(browser, server, DIST, budgets));
            ours.download = download?.total;
            ours.wasm = download?.wasm;
        }
        if (wanted('ready')) {
            await runPart('ready to run, after the first visit (budgets 1.5 s at 4x CPU and Fast 3G, 300 ms unthrottled)', failures, budgets,
                () => measureReady(browser, server, budgets));
        }
        if (wanted('fps')) {
            await runPart('animation frames at 4x CPU throttling (budget 60 fps, no dropped frames)', failures, budgets,
                () => measureFrames(browser, server, budgets));
        }
        if (wanted('language')) {
            const language = await runPart('the language in the browser: ours, Pyodide and native CPython', failures, budgets,
                () => measureLanguage(browser, server, DIST, programs, options.runs));
            ours.geometricMean = language?.oursToCpython;
        }
        if (wanted('peers')) {
            await runPart('peers: the other Pythons in the browser', failures, budgets,
                () => measurePeers(browser, server, programs, options.runs, ours));
        }
        if (wanted('memory')) {
            await runPart(`memory through a ${options.sessionMinutes}-minute session (budget 64 MB, no growth)`, failures, budgets,
                () => measureMemory(browser, server, options.sessionMinutes, budgets));
        }
        budgets.printSummary();
    } finally {
        await browser.close();
        await server.close();
    }
    if (failures.length > 0) throw new Stop(`${failures.length} part(s) failed: ${failures.join('; ')}`);
}

main().catch((error) => {
    console.error(error instanceof Stop ? `\nbench-web stopped: ${error.message}` : error);
    process.exit(1);
});
