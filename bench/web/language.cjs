// The language table of `cargo xtask bench-web` (bench/README.md): every
// bench/programs/*.py timed in headless Chromium with the release wasm (the
// app's `benchmark_run` export, reached through `window.wasmBindings`), with
// Pyodide (CPython compiled to wasm) in the same page, and with native
// CPython (`python3`, timed inside its own process so its start-up is not
// counted). Runs are interleaved, N of each (median). In the page,
// `performance.now()` is read just before and just after the call, so only
// the program's run counts: not the page's or Pyodide's start-up (each runs
// a one-line program once, untimed, first), not Playwright's round trip.
// Our output must be CPython's byte for byte, or the benchmark stops.
'use strict';

const { Stop, median, geometricMean, pad, runCpython, cpythonVersion, rememberCpython } = require('./common.cjs');
const { PEERS, installedPeer, installStage } = require('./peers.cjs');
const { openPage } = require('../../tests/browser/harness.cjs');

/** The untimed program each interpreter runs once before the timed runs. */
const WARM_UP = 'print(1 / 3)';

/** Opens the app and waits until its `benchmark_run` export is reachable. */
async function openApp(browser, url, dist) {
    const { context, page } = await openPage(browser);
    await page.goto(url);
    await page.waitForFunction(() => typeof window.wasmBindings?.benchmark_run === 'function', null, { timeout: 60_000 })
        .catch(() => {
            throw new Stop(`the release build at ${dist} does not export benchmark_run (page problems: ${page.problems.join('; ') || 'none'})`);
        });
    return { context, page };
}

/**
 * Loads Pyodide into the app's page (not timed) with the peers' installer,
 * which defines `window.benchPeer(source)`. Returns Pyodide's version, or
 * throws with the reason it could not load.
 */
async function loadPyodideInto(page, server) {
    const pyodide = PEERS.find((peer) => peer.key === 'pyodide');
    const { version, problem } = installedPeer(pyodide);
    if (problem) throw new Error(problem);
    await installStage(page, pyodide.stages[0], `${server.url}peers/pyodide/`);
    return version;
}

function runOurs(page, source) {
    return page.evaluate((source) => {
        const started = performance.now();
        const output = window.wasmBindings.benchmark_run(source);
        return { output, milliseconds: performance.now() - started };
    }, source);
}

async function runPyodide(page, source) {
    const result = await page.evaluate((source) => window.benchPeer(source), source);
    return { output: result.output + (result.failure ? `\nPyodide failed: ${result.failure}` : ''), milliseconds: result.milliseconds };
}

function differs(name, output, expected) {
    const shorten = (text) => JSON.stringify(text.length > 400 ? text.slice(0, 400) + '…' : text);
    return `${name}: our output in the browser is not CPython's\n  ours:    ${shorten(output)}\n  CPython: ${shorten(expected)}`;
}

/**
 * The language part: prints the table and the geometric means; returns
 * the rows (`name`, `ours`, `pyodide`, `cpython` in ms) and ours / CPython.
 * `programs` are `{ name, file, source }`.
 */
async function measureLanguage(browser, server, dist, programs, runs) {
    const { context, page } = await openApp(browser, server.url, dist);
    try {
        let pyodideVersion = null;
        let pyodideProblem = null;
        try {
            pyodideVersion = await loadPyodideInto(page, server);
        } catch (error) {
            pyodideProblem = error.message.split('\n')[0];
        }
        // One untimed run each first, so neither start-up counts: our first
        // call compiles the prelude (kept for the page's life) and Chromium
        // compiles the wasm functions a `print` goes through, about 250 ms.
        await runOurs(page, WARM_UP);
        if (pyodideVersion) await runPyodide(page, WARM_UP);
        const inBrowser = pyodideVersion ? `ours and Pyodide ${pyodideVersion}` : 'ours';
        console.log(`  ${inBrowser} in Chromium ${browser.version()} (headless), native CPython ${cpythonVersion()}`);
        console.log(`  ${runs} runs each, interleaved, median; times in ms`);
        if (pyodideProblem) console.log(`  Pyodide is left out: ${pyodideProblem}`);

        const rows = [];
        for (const program of programs) {
            const times = { ours: [], pyodide: [], cpython: [] };
            let pyodideMatches = true;
            let expected = null;
            for (let run = 0; run < runs; run++) {
                const cpython = runCpython(program.file);
                expected = cpython.output;
                times.cpython.push(cpython.milliseconds);
                const ours = await runOurs(page, program.source);
                if (ours.output !== cpython.output) throw new Stop(differs(program.name, ours.output, cpython.output));
                times.ours.push(ours.milliseconds);
                if (pyodideVersion) {
                    const pyodide = await runPyodide(page, program.source);
                    pyodideMatches &&= pyodide.output === cpython.output;
                    times.pyodide.push(pyodide.milliseconds);
                }
            }
            rememberCpython(program.file, expected, median(times.cpython));
            const row = {
                name: program.name,
                ours: median(times.ours),
                pyodide: pyodideVersion ? median(times.pyodide) : null,
                cpython: median(times.cpython),
                pyodideMatches,
            };
            rows.push(row);
            printRow(row, rows.length === 1);
        }
        const oursToCpython = printSummary(rows, pyodideVersion);
        if (page.problems.length > 0) console.log(`  the page reported: ${page.problems.join('; ')}`);
        return { rows, oursToCpython };
    } finally {
        await context.close();
    }
}

function printRow(row, first) {
    if (first) {
        console.log(`    ${'program'.padEnd(10)} ${pad('ours', 9)} ${pad('Pyodide', 9)} ${pad('CPython', 9)} ${pad('ours/CPy', 9)} ${pad('Pyo/CPy', 9)} ${pad('ours/Pyo', 9)}`);
    }
    const pyodide = row.pyodide === null ? '-' : row.pyodide.toFixed(0) + (row.pyodideMatches ? '' : '*');
    const ratio = (value, base) => (value === null || base === null ? '-' : (value / base).toFixed(2) + 'x');
    console.log(`    ${row.name.padEnd(10)} ${pad(row.ours.toFixed(0), 9)} ${pad(pyodide, 9)} ${pad(row.cpython.toFixed(0), 9)} ${pad(ratio(row.ours, row.cpython), 9)} ${pad(ratio(row.pyodide, row.cpython), 9)} ${pad(ratio(row.ours, row.pyodide), 9)}`);
}

/** Prints the geometric means and the programs slower than Pyodide; returns ours / CPython. */
function printSummary(rows, pyodideVersion) {
    const oursToCpython = geometricMean(rows.map((row) => row.ours / row.cpython));
    console.log(`  geometric mean, ours in Chromium / native CPython: ${oursToCpython.toFixed(2)}x`);
    if (!pyodideVersion) return oursToCpython;
    const pyodideToCpython = geometricMean(rows.map((row) => row.pyodide / row.cpython));
    const oursToPyodide = geometricMean(rows.map((row) => row.ours / row.pyodide));
    console.log(`  geometric mean, Pyodide ${pyodideVersion} in Chromium / native CPython: ${pyodideToCpython.toFixed(2)}x`);
    console.log(`  geometric mean, ours / Pyodide: ${oursToPyodide.toFixed(2)}x`);
    const slower = rows.filter((row) => row.ours > row.pyodide).map((row) => row.name);
    console.log(slower.length === 0
        ? `  faster than Pyodide on all ${rows.length} programs`
        : `  slower than Pyodide on ${slower.length} of ${rows.length} programs: ${slower.join(', ')}`);
    if (rows.some((row) => !row.pyodideMatches)) {
        console.log("  * Pyodide's output differs from native CPython's (another CPython version); its time is still shown");
    }
    return oursToCpython;
}

module.exports = { measureLanguage };
