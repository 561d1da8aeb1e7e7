// The language benchmark in the browser, run by `cargo xtask bench-web`
// (bench/README.md): every bench/programs/*.py timed in headless Chromium with
// the release wasm (the app's `benchmark_run` export, reached through
// `window.wasmBindings`), with Pyodide (CPython compiled to wasm) in the same
// page, and with native CPython (`python3`, timed inside its own process so
// its start-up is not counted). Runs are interleaved, N of each (median).
// In the page, `performance.now()` is read just before and just after the
// call, so only the program's run counts: not the page's or Pyodide's
// start-up (each runs a one-line program once, untimed, first), not
// Playwright's round trip. Our output must be CPython's byte for byte, or
// the benchmark stops. The figures are printed, never judged.
//
// Environment (xtask sets it): BASTAU_DIST (the release build),
// BASTAU_CHROMIUM, BASTAU_PYODIDE (the folder with pyodide.mjs; without it,
// or with BASTAU_PYODIDE_PROBLEM saying why, Pyodide is left out).
// `--runs N` runs each program N times with each interpreter (default 3).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { startServer, launchBrowser, openPage } = require('../tests/browser/harness.cjs');

const PROGRAMS = path.join(__dirname, 'programs');
const DIST = process.env.BASTAU_DIST || path.join(__dirname, '../dist');
const PYODIDE = process.env.BASTAU_PYODIDE;

// CPython, timing the program inside its own process as `sandbox bench`
// does (crates/sandbox/src/bench/language.rs): the program's output on
// stdout, then the seconds on stderr.
const CPYTHON_TIMER = `import sys, time, runpy, io, contextlib
path = sys.argv[1]
buffer = io.StringIO()
started = time.perf_counter()
with contextlib.redirect_stdout(buffer):
    runpy.run_path(path, run_name='__main__')
elapsed = time.perf_counter() - started
sys.stdout.write(buffer.getvalue())
sys.stderr.write(repr(elapsed))
`;

/** The untimed program each interpreter runs once before the timed runs. */
const WARM_UP = 'print(1 / 3)';

/** Stops the benchmark with `message` (exit code 1). */
class Stop extends Error {}

function runsWanted() {
    const index = process.argv.indexOf('--runs');
    if (index < 0) return 3;
    const runs = Number(process.argv[index + 1]);
    if (!Number.isInteger(runs) || runs < 1) throw new Stop('--runs takes a whole number above 0');
    return runs;
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

function geometricMean(values) {
    return Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length);
}

/** One CPython run of the program at `file`: its output and milliseconds. */
function runCpython(file) {
    const result = spawnSync('python3', ['-c', CPYTHON_TIMER, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const seconds = Number(result.stderr.trim());
    if (result.error || result.status !== 0 || !Number.isFinite(seconds)) {
        throw new Stop(`${file}: CPython failed: ${result.error || result.stderr}`);
    }
    return { output: result.stdout, milliseconds: seconds * 1000 };
}

/** The version of `python3`, for the table's heading. */
function cpythonVersion() {
    const result = spawnSync('python3', ['-c', 'import platform; print(platform.python_version())'], { encoding: 'utf8' });
    return result.status === 0 ? result.stdout.trim() : '(version unknown)';
}

/** Opens the app and waits until its `benchmark_run` export is reachable. */
async function openApp(browser, url) {
    const { context, page } = await openPage(browser);
    await page.goto(url);
    await page.waitForFunction(() => typeof window.wasmBindings?.benchmark_run === 'function', null, { timeout: 60_000 })
        .catch(() => {
            throw new Stop(`the release build at ${DIST} does not export benchmark_run (page problems: ${page.problems.join('; ') || 'none'})`);
        });
    return { context, page };
}

/**
 * Loads Pyodide into the page (not timed) and installs `window.benchPyodide(source)`,
 * which runs a program in fresh globals and returns its output and milliseconds.
 * Stdout is written to a JS buffer by Pyodide's raw `write` handler (exact
 * bytes; not a terminal, so Python buffers it), flushed inside the timing.
 * Returns Pyodide's version, or throws with the reason it could not load.
 */
async function loadPyodideInto(page, url) {
    return page.evaluate(async (indexURL) => {
        const { loadPyodide } = await import(indexURL + 'pyodide.mjs');
        const pyodide = await loadPyodide({ indexURL });
        const decoder = new TextDecoder();
        let output = '';
        pyodide.setStdout({
            write: (bytes) => {
                output += decoder.decode(bytes, { stream: true });
                return bytes.length;
            },
            isatty: false,
        });
        const flush = pyodide.runPython('import sys\nsys.stdout.flush');
        const freshGlobals = pyodide.runPython("lambda: {'__name__': '__main__'}");
        window.benchPyodide = (source) => {
            output = '';
            const globals = freshGlobals();
            let failure = '';
            const started = performance.now();
            try {
                pyodide.runPython(source, { globals });
                flush();
            } catch (error) {
                failure = `\nPyodide failed: ${error.message}`;
            }
            const milliseconds = performance.now() - started;
            globals.destroy();
            return { output: output + decoder.decode() + failure, milliseconds };
        };
        return pyodide.version;
    }, url);
}

function runOurs(page, source) {
    return page.evaluate((source) => {
        const started = performance.now();
        const output = window.wasmBindings.benchmark_run(source);
        return { output, milliseconds: performance.now() - started };
    }, source);
}

function runPyodide(page, source) {
    return page.evaluate((source) => window.benchPyodide(source), source);
}

function differs(name, output, expected) {
    const shorten = (text) => JSON.stringify(text.length > 400 ? text.slice(0, 400) + '…' : text);
    return `${name}: our output in the browser is not CPython's\n  ours:    ${shorten(output)}\n  CPython: ${shorten(expected)}`;
}

function pad(text, width) {
    return String(text).padStart(width);
}

async function main() {
    const runs = runsWanted();
    const files = fs.readdirSync(PROGRAMS).filter((name) => name.endsWith('.py')).sort();
    if (files.length === 0) throw new Stop(`no programs in ${PROGRAMS}`);
    const server = await startServer({ root: DIST, mounts: PYODIDE ? { '/pyodide/': PYODIDE } : {} });
    const browser = await launchBrowser();
    try {
        const { page } = await openApp(browser, server.url);
        let pyodideVersion = null;
        let pyodideProblem = process.env.BASTAU_PYODIDE_PROBLEM || (PYODIDE ? null : 'BASTAU_PYODIDE is not set');
        if (!pyodideProblem) {
            try {
                pyodideVersion = await loadPyodideInto(page, `${server.url}pyodide/`);
            } catch (error) {
                pyodideProblem = `it did not load in the page: ${error.message.split('\n')[0]}`;
            }
        }
        // One untimed run each first, so neither start-up counts: our first
        // call compiles the prelude (kept for the page's life) and Chromium
        // compiles the wasm functions a `print` goes through, about 250 ms.
        await runOurs(page, WARM_UP);
        if (pyodideVersion) await runPyodide(page, WARM_UP);
        const inBrowser = pyodideVersion ? `ours and Pyodide ${pyodideVersion}` : 'ours';
        console.log(`${inBrowser} in Chromium ${browser.version()} (headless), native CPython ${cpythonVersion()}`);
        console.log(`${runs} runs each, interleaved, median; times in ms`);
        if (pyodideProblem) console.log(`Pyodide is left out: ${pyodideProblem}`);

        const rows = [];
        for (const name of files) {
            const file = path.join(PROGRAMS, name);
            const source = fs.readFileSync(file, 'utf8');
            const times = { ours: [], pyodide: [], cpython: [] };
            let pyodideMatches = true;
            for (let run = 0; run < runs; run++) {
                const cpython = runCpython(file);
                times.cpython.push(cpython.milliseconds);
                const ours = await runOurs(page, source);
                if (ours.output !== cpython.output) throw new Stop(differs(name, ours.output, cpython.output));
                times.ours.push(ours.milliseconds);
                if (pyodideVersion) {
                    const pyodide = await runPyodide(page, source);
                    pyodideMatches &&= pyodide.output === cpython.output;
                    times.pyodide.push(pyodide.milliseconds);
                }
            }
            const row = {
                name: path.basename(name, '.py'),
                ours: median(times.ours),
                pyodide: pyodideVersion ? median(times.pyodide) : null,
                cpython: median(times.cpython),
                pyodideMatches,
            };
            rows.push(row);
            printRow(row, rows.length === 1);
        }
        printSummary(rows, pyodideVersion);
        const problems = page.problems;
        if (problems.length > 0) console.log(`the page reported: ${problems.join('; ')}`);
    } finally {
        await browser.close();
        await server.close();
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

function printSummary(rows, pyodideVersion) {
    const oursToCpython = geometricMean(rows.map((row) => row.ours / row.cpython));
    console.log(`geometric mean, ours in Chromium / native CPython: ${oursToCpython.toFixed(2)}x`);
    if (!pyodideVersion) return;
    const pyodideToCpython = geometricMean(rows.map((row) => row.pyodide / row.cpython));
    const oursToPyodide = geometricMean(rows.map((row) => row.ours / row.pyodide));
    console.log(`geometric mean, Pyodide ${pyodideVersion} in Chromium / native CPython: ${pyodideToCpython.toFixed(2)}x`);
    console.log(`geometric mean, ours / Pyodide: ${oursToPyodide.toFixed(2)}x`);
    const slower = rows.filter((row) => row.ours > row.pyodide).map((row) => row.name);
    console.log(slower.length === 0
        ? `faster than Pyodide on all ${rows.length} programs`
        : `slower than Pyodide on ${slower.length} of ${rows.length} programs: ${slower.join(', ')}`);
    if (rows.some((row) => !row.pyodideMatches)) {
        console.log("* Pyodide's output differs from native CPython's (another CPython version); its time is still shown");
    }
}

main().catch((error) => {
    console.error(error instanceof Stop ? `\nbench-web stopped: ${error.message}` : error);
    process.exit(1);
});
