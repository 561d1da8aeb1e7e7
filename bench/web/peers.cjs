// The other Pythons that run in a browser, measured beside ours
// (bench/README.md): Pyodide (CPython compiled to wasm), MicroPython's wasm
// build, Brython and Skulpt (Python compiled to JavaScript in the page). Each
// is installed from npm by `cargo xtask bench-web` into the tools cache
// (never package.json) and served under /peers/<key>/. For each, in a fresh
// page of its own: every response while it loads and prints 5 (its
// download, each body gzip -9 compressed), then each language benchmark
// program run N times (median), its output compared with CPython's. A peer
// that is missing, does not load, fails a program or takes over 60 s on it
// gets "n/a" with the reason; the bench goes on.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { median, geometricMean, pad, kilobytes, gzipSize, cpythonReference, shorten } = require('./common.cjs');

/** A run longer than this is abandoned (the page is closed) and the program marked n/a. */
const RUN_TIMEOUT_MILLISECONDS = 60_000;
/** After this much time on one program, a peer runs it no more times. */
const PROGRAM_TIME_MILLISECONDS = 20_000;
/** MicroPython's fixed heap: its default (1 MiB) is far too small for the programs. */
const MICROPYTHON_HEAP_BYTES = 256 * 1024 * 1024;

/**
 * The peers: `env` names the folder of the installed npm package (xtask sets
 * it, or `<env>_PROBLEM` with the reason it could not); each stage is an
 * in-page function that loads more of the peer and (re)defines
 * `window.benchPeer(source)`, which runs a program in fresh globals and
 * resolves to `{ output, milliseconds, failure }`.
 */
const PEERS = [
    {
        key: 'pyodide', name: 'Pyodide', env: 'BASTAU_PYODIDE',
        stages: [{ what: 'the interpreter and its standard library', install: installPyodide }],
    },
    {
        key: 'micropython', name: 'MicroPython', env: 'BASTAU_MICROPYTHON',
        stages: [{ what: 'the interpreter (wasm) with its built-in modules', install: installMicroPython }],
    },
    {
        key: 'brython', name: 'Brython', env: 'BASTAU_BRYTHON',
        stages: [
            { what: 'the interpreter (brython.min.js), enough for print', install: installBrython },
            { what: 'with brython_stdlib.js (math, random, collections)', install: installBrythonStdlib },
        ],
    },
    {
        key: 'skulpt', name: 'Skulpt', env: 'BASTAU_SKULPT',
        stages: [{ what: 'skulpt.min.js and skulpt-stdlib.js (print needs both)', install: installSkulpt }],
    },
];

/** The folders to serve: `{ '/peers/<key>/': folder }` for each peer installed. */
function peerMounts() {
    const mounts = {};
    for (const peer of PEERS) {
        const folder = process.env[peer.env];
        if (folder && !process.env[`${peer.env}_PROBLEM`]) mounts[`/peers/${peer.key}/`] = folder;
    }
    return mounts;
}

/** The peer's installed version (its package.json), or null when it is missing (with the reason). */
function installedPeer(peer) {
    const folder = process.env[peer.env];
    const problem = process.env[`${peer.env}_PROBLEM`] || (folder ? null : `${peer.env} is not set`);
    if (problem) return { version: null, problem };
    try {
        const { version } = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
        return { version, problem: null };
    } catch (error) {
        return { version: null, problem: `no package.json in ${folder}: ${error.message}` };
    }
}

// ---- in-page installers (run by page.evaluate with `{ base, heapBytes }`: the peer's address) ----

/** Pyodide: loadPyodide from pyodide.mjs; stdout caught raw, flushed inside the timing. */
async function installPyodide({ base }) {
    const { loadPyodide } = await import(base + 'pyodide.mjs');
    const pyodide = await loadPyodide({ indexURL: base });
    const decoder = new TextDecoder();
    let output = '';
    pyodide.setStdout({ write: (bytes) => { output += decoder.decode(bytes, { stream: true }); return bytes.length; }, isatty: false });
    const flush = pyodide.runPython('import sys\nsys.stdout.flush');
    const freshGlobals = pyodide.runPython("lambda: {'__name__': '__main__'}");
    window.benchPeer = (source) => {
        output = '';
        const globals = freshGlobals();
        let failure = null;
        const started = performance.now();
        try {
            pyodide.runPython(source, { globals });
            flush();
        } catch (error) {
            failure = String(error.message).trim().split('\n').pop();
        }
        const milliseconds = performance.now() - started;
        globals.destroy();
        return { output: output + decoder.decode(), milliseconds, failure };
    };
}

/** MicroPython: loadMicroPython from micropython.mjs with a large heap; each program exec'd in fresh globals. */
async function installMicroPython({ base, heapBytes }) {
    const { loadMicroPython } = await import(base + 'micropython.mjs');
    let output = '';
    const micropython = await loadMicroPython({
        url: base + 'micropython.wasm',
        heapsize: heapBytes,
        stdout: (line) => { output += line + '\n'; },
    });
    window.benchPeer = (source) => {
        output = '';
        micropython.globals.set('__bench_source', source);
        let failure = null;
        const started = performance.now();
        try {
            micropython.runPython("exec(__bench_source, {'__name__': '__main__'})");
        } catch (error) {
            failure = String(error.message).trim().split('\n').pop();
        }
        const milliseconds = performance.now() - started;
        // A last line without its newline is still in the line buffer.
        const rest = micropython._module._stdoutBuffer || [];
        if (rest.length > 0) output += new TextDecoder().decode(new Uint8Array(rest.splice(0)));
        return { output, milliseconds, failure };
    };
}

/** Brython: brython.min.js; its print writes through console.log, caught during the run. */
async function installBrython({ base }) {
    await new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = base + 'brython.min.js';
        script.onload = resolve;
        script.onerror = () => reject(new Error('brython.min.js did not load'));
        document.head.append(script);
    });
    const brython = window.__BRYTHON__;
    window.benchPeer = (source) => {
        let output = '';
        let failure = null;
        const log = console.log;
        console.log = (...parts) => { output += parts.join(' '); };
        const started = performance.now();
        try {
            brython.runPythonSource(source);
            brython.$io.tp_funcs.flush(brython.get_stdout());
        } catch (error) {
            let trace = String(error);
            try { trace = brython.error_trace(error); } catch (_) { /* keep String(error) */ }
            failure = trace.trim().split('\n').pop();
        } finally {
            console.log = log;
        }
        return { output, milliseconds: performance.now() - started, failure };
    };
}

/** Brython's standard library (brython_stdlib.js), which `import math, random, collections` need. */
async function installBrythonStdlib({ base }) {
    await new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = base + 'brython_stdlib.js';
        script.onload = resolve;
        script.onerror = () => reject(new Error('brython_stdlib.js did not load'));
        document.head.append(script);
    });
}

/** Skulpt in its Python 3 mode: skulpt.min.js and skulpt-stdlib.js (its `sys` lives there). */
async function installSkulpt({ base }) {
    for (const name of ['skulpt.min.js', 'skulpt-stdlib.js']) {
        await new Promise((resolve, reject) => {
            const script = document.createElement('script');
            script.src = base + 'dist/' + name;
            script.onload = resolve;
            script.onerror = () => reject(new Error(`${name} did not load`));
            document.head.append(script);
        });
    }
    let output = '';
    window.Sk.configure({
        output: (text) => { output += text; },
        read: (file) => {
            const files = window.Sk.builtinFiles?.files;
            if (!files || files[file] === undefined) throw new Error(`File not found: '${file}'`);
            return files[file];
        },
        __future__: window.Sk.python3,
    });
    window.benchPeer = async (source) => {
        output = '';
        let failure = null;
        const started = performance.now();
        try {
            await window.Sk.misceval.asyncToPromise(() => window.Sk.importMainWithBody('<stdin>', false, source, true));
        } catch (error) {
            failure = String(error.toString()).trim().split('\n').pop();
        }
        return { output, milliseconds: performance.now() - started, failure };
    };
}

// ---- driving a peer ----

/** An empty page on the bench's server, so the peers' files are same-origin. */
async function openBlankPage(browser, server) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route('**/bench-blank.html', (route) => route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html><head><meta charset="utf-8"><title>peer</title></head><body></body></html>',
    }));
    await page.goto(`${server.url}bench-blank.html`);
    return { context, page };
}

/** Runs one stage's installer in the page. */
function installStage(page, stage, base) {
    return page.evaluate(stage.install, { base, heapBytes: MICROPYTHON_HEAP_BYTES });
}

/** `window.benchPeer(source)` in the page, or null after `timeout` ms (the page is then stuck). */
async function runInPage(page, source, timeout) {
    let timer;
    const late = new Promise((resolve) => { timer = setTimeout(() => resolve(null), timeout); });
    try {
        return await Promise.race([page.evaluate((source) => window.benchPeer(source), source), late]);
    } finally {
        clearTimeout(timer);
    }
}

/**
 * Loads `peer` into a fresh page, stage by stage, recording every response:
 * per stage the download so far (gzip -9) and the milliseconds from the
 * stage's start until `print(2 + 3)` printed 5. Returns the page and the
 * figures, or throws with the reason the peer did not load.
 */
async function loadPeer(browser, server, peer, { record = true } = {}) {
    const { context, page } = await openBlankPage(browser, server);
    const bodies = [];
    if (record) {
        page.on('response', (response) => {
            if (!response.url().includes('/peers/')) return;
            bodies.push(response.body().then((body) => ({ url: response.url(), raw: body.length, gzip: gzipSize(body) }),
                () => ({ url: response.url(), raw: 0, gzip: 0 })));
        });
    }
    const base = `${server.url}peers/${peer.key}/`;
    const stages = [];
    let startUp = 0;
    try {
        for (const stage of peer.stages) {
            const started = Date.now();
            await installStage(page, stage, base);
            const hello = await runInPage(page, 'print(2 + 3)', RUN_TIMEOUT_MILLISECONDS);
            if (!hello || hello.output !== '5\n') {
                throw new Error(`print(2 + 3) gave ${JSON.stringify(hello?.output)}${hello?.failure ? ` (${hello.failure})` : ''}`);
            }
            startUp += Date.now() - started;
            const files = await Promise.all(bodies);
            stages.push({ what: stage.what, files, gzip: files.reduce((sum, file) => sum + file.gzip, 0), startUp });
        }
    } catch (error) {
        await context.close();
        throw error;
    }
    return { context, page, stages };
}

/**
 * Runs every program with `peer` (`runs` times, median), after loading it;
 * a timed-out or crashed page is replaced by a fresh one. Returns per
 * program `{ milliseconds, same, runs }` or `{ unavailable: reason }`.
 */
async function timePrograms(browser, server, peer, programs, runs, loaded) {
    let { context, page } = loaded;
    let reloadProblem = null;
    const results = {};
    for (const program of programs) {
        const reference = cpythonReference(program.file, runs);
        if (page === null) {
            try {
                ({ context, page } = await loadPeer(browser, server, peer, { record: false }));
            } catch (error) {
                reloadProblem = `did not load again: ${shorten(error.message.split('\n')[0])}`;
            }
        }
        if (page === null) {
            results[program.name] = { unavailable: reloadProblem };
            continue;
        }
        const times = [];
        let result = null;
        let spent = 0;
        for (let run = 0; run < runs && spent < PROGRAM_TIME_MILLISECONDS; run += 1) {
            let outcome;
            try {
                outcome = await runInPage(page, program.source, RUN_TIMEOUT_MILLISECONDS);
            } catch (error) {
                outcome = { crashed: shorten(error.message.split('\n')[0]) };
            }
            if (outcome === null || outcome.crashed) {
                result = { unavailable: outcome === null ? `over ${RUN_TIMEOUT_MILLISECONDS / 1000} s` : `the page failed: ${outcome.crashed}` };
                await context.close().catch(() => {});
                page = null;
                break;
            }
            if (outcome.failure) {
                result = { unavailable: shorten(outcome.failure) };
                break;
            }
            times.push(outcome.milliseconds);
            spent += outcome.milliseconds;
            result = { same: outcome.output === reference.output, runs: times.length };
        }
        results[program.name] = result.unavailable ? result : { ...result, milliseconds: median(times) };
    }
    if (page !== null) await context.close();
    return results;
}

/**
 * The peers part: loads each installed peer, prints its download per stage
 * and times the programs. `programs` are `{ name, file, source }`; `ours`
 * carries our own figures when other parts measured them (`download`,
 * `wasm`, `geometricMean`, `programs`). Returns the peers' figures.
 */
async function measurePeers(browser, server, programs, runs, ours) {
    const measured = [];
    for (const peer of PEERS) {
        const { version, problem } = installedPeer(peer);
        const label = version ? `${peer.name} ${version}` : peer.name;
        if (problem) {
            console.log(`  ${label}: n/a (not installed: ${problem})`);
            measured.push({ peer, label, unavailable: `not installed: ${problem}` });
            continue;
        }
        let loaded;
        try {
            loaded = await loadPeer(browser, server, peer);
        } catch (error) {
            const reason = `did not load: ${shorten(error.message.split('\n')[0], 100)}`;
            console.log(`  ${label}: n/a (${reason})`);
            measured.push({ peer, label, unavailable: reason });
            continue;
        }
        console.log(`  ${label}:`);
        for (const stage of loaded.stages) {
            const names = stage.files.map((file) => `${path.basename(new URL(file.url).pathname)} ${kilobytes(file.gzip)}`).join(', ');
            console.log(`    ${stage.what}: ${kilobytes(stage.gzip)} gzip -9, printed 5 after ${stage.startUp} ms (${names})`);
        }
        try {
            const results = await timePrograms(browser, server, peer, programs, runs, loaded);
            measured.push({ peer, label, stages: loaded.stages, results });
        } catch (error) {
            const reason = `failed while running the programs: ${shorten(error.message.split('\n')[0], 100)}`;
            console.log(`    n/a (${reason})`);
            measured.push({ peer, label, unavailable: reason });
        }
    }
    printProgramTable(programs, measured, runs);
    printComparison(programs, measured, ours);
    return measured;
}

/** Each program's time with each peer beside CPython's; n/a reasons below. */
function printProgramTable(programs, measured, runs) {
    const available = measured.filter((entry) => entry.results);
    if (available.length === 0) return;
    const width = Math.max(12, ...available.map((entry) => entry.peer.name.length + 1));
    console.log(`\n  the language programs with each peer, ms (median of up to ${runs}; * output differs from CPython's)`);
    console.log(`    ${'program'.padEnd(10)} ${pad('CPython', 9)}${available.map((entry) => pad(entry.peer.name, width)).join('')}`);
    const notes = [];
    for (const program of programs) {
        const cells = available.map((entry) => {
            const result = entry.results[program.name];
            if (result.unavailable) {
                notes.push(`${entry.peer.name} on ${program.name}: ${result.unavailable}`);
                return pad(`n/a[${notes.length}]`, width);
            }
            return pad(`${result.milliseconds.toFixed(0)}${result.same ? '' : '*'}`, width);
        });
        const reference = cpythonReference(program.file, runs);
        console.log(`    ${program.name.padEnd(10)} ${pad(reference.milliseconds.toFixed(0), 9)}${cells.join('')}`);
    }
    notes.forEach((note, index) => console.log(`    [${index + 1}] ${note}`));
}

/** Ours beside each peer: download, and speed against CPython over the programs each ran. */
function printComparison(programs, measured, ours) {
    console.log('\n  ours beside the peers (download gzip -9; speed: geometric mean of time / native CPython over the programs run)');
    console.log(`    ${'interpreter'.padEnd(22)} ${pad('download', 12)} ${pad('/ CPython', 10)}  programs run (same output as CPython)`);
    const oursDownload = ours.download ? kilobytes(ours.download) : '-';
    const oursSpeed = ours.geometricMean ? `${ours.geometricMean.toFixed(2)}x` : '-';
    const oursRun = ours.geometricMean ? `${programs.length} of ${programs.length} (${programs.length})` : '-';
    console.log(`    ${'ours (first lesson)'.padEnd(22)} ${pad(oursDownload, 12)} ${pad(oursSpeed, 10)}  ${oursRun}`);
    if (ours.wasm) console.log(`    ${'ours (the .wasm alone)'.padEnd(22)} ${pad(kilobytes(ours.wasm), 12)}`);
    for (const entry of measured) {
        if (entry.unavailable) {
            console.log(`    ${entry.label.padEnd(22)} n/a: ${entry.unavailable}`);
            continue;
        }
        const ran = programs.filter((program) => !entry.results[program.name].unavailable);
        const same = ran.filter((program) => entry.results[program.name].same).length;
        const ratios = ran.map((program) => entry.results[program.name].milliseconds / cpythonReference(program.file, 1).milliseconds);
        const speed = ratios.length > 0 ? `${geometricMean(ratios).toFixed(2)}x` : 'n/a';
        entry.stages.forEach((stage, index) => {
            const name = index === 0 ? entry.label : '';
            const last = index === entry.stages.length - 1;
            const tail = last ? `${pad(speed, 10)}  ${ran.length} of ${programs.length} (${same})` : `${pad('', 10)}  (${stage.what})`;
            console.log(`    ${name.padEnd(22)} ${pad(kilobytes(stage.gzip), 12)} ${tail}`);
        });
    }
}

module.exports = { PEERS, peerMounts, installedPeer, measurePeers, installPyodide, installStage };
