// What the parts of `cargo xtask bench-web` share (bench/README.md): the
// command line's options, small statistics, the gzip -9 size of a body,
// DevTools throttling, the budgets with their PASS/MISS verdicts, and
// CPython's reference runs of the language programs.
'use strict';

const path = require('node:path');
const zlib = require('node:zlib');
const { spawnSync } = require('node:child_process');

/** Every part, in the order a full run measures them. */
const PARTS = ['download', 'ready', 'fps', 'language', 'peers', 'memory'];

/** Stops the benchmark with `message` (exit code 1). */
class Stop extends Error {}

/**
 * The command line: `--runs N` (timed runs of each language program, 3),
 * `--only part,part` (some of PARTS; all when absent) and
 * `--session-minutes N` (the memory session's length, 30).
 */
function parseOptions(argv) {
    const options = { runs: 3, parts: [...PARTS], sessionMinutes: 30 };
    for (let index = 0; index < argv.length; index += 1) {
        const name = argv[index];
        const value = argv[index + 1];
        index += 1;
        if (name === '--runs') {
            options.runs = Number(value);
            if (!Number.isInteger(options.runs) || options.runs < 1) throw new Stop('--runs takes a whole number above 0');
        } else if (name === '--session-minutes') {
            options.sessionMinutes = Number(value);
            if (!Number.isInteger(options.sessionMinutes) || options.sessionMinutes < 1) {
                throw new Stop('--session-minutes takes a whole number above 0');
            }
        } else if (name === '--only') {
            options.parts = String(value ?? '').split(',').map((part) => part.trim()).filter(Boolean);
            const unknown = options.parts.filter((part) => !PARTS.includes(part));
            if (options.parts.length === 0 || unknown.length > 0) {
                throw new Stop(`--only takes some of ${PARTS.join(',')} (not ${unknown.join(',') || 'nothing'})`);
            }
        } else {
            throw new Stop(`unknown argument ${name} (known: --runs N, --only ${PARTS.join(',')}, --session-minutes N)`);
        }
    }
    return options;
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

function geometricMean(values) {
    return Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length);
}

/** `text` right-aligned in `width` characters. */
function pad(text, width) {
    return String(text).padStart(width);
}

/** Bytes as kilobytes (1000 bytes), one decimal, as the size report prints them. */
function kilobytes(bytes) {
    return `${(bytes / 1000).toFixed(1)} KB`;
}

/** Bytes as megabytes (2^20 bytes), one decimal. */
function megabytes(bytes) {
    return `${(bytes / (1 << 20)).toFixed(1)} MB`;
}

/** The size of `bytes` compressed with gzip at level 9, as `gzip -9` would send it. */
function gzipSize(bytes) {
    return zlib.gzipSync(bytes, { level: 9 }).length;
}

/**
 * Chrome DevTools' "Fast 3G" profile: 562.5 ms latency, 1.6 Mbit/s down and
 * 750 kbit/s up, each times 0.9 (bytes a second, as the protocol wants them).
 */
const FAST_3G = {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1.6 * 1000 * 1000 / 8) * 0.9,
    uploadThroughput: (750 * 1000 / 8) * 0.9,
};

/**
 * Opens a DevTools session on `page` and applies `cpu` times CPU throttling
 * and, when `network` is given, those network conditions (FAST_3G).
 */
async function throttle(context, page, { cpu = 1, network = null } = {}) {
    const devtools = await context.newCDPSession(page);
    await devtools.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    if (network) {
        await devtools.send('Network.enable');
        await devtools.send('Network.emulateNetworkConditions', network);
    }
    return devtools;
}

/**
 * The budgets' verdicts, printed as each is measured and again together at
 * the end. A figure that could not be measured is a MISS with its reason.
 */
class Budgets {
    constructor() {
        this.entries = [];
    }

    /** Records `figure` (text) against `budget` (text), passed or not, and prints it. */
    record(name, figure, budget, passed) {
        const entry = { name, figure, budget, verdict: passed ? 'PASS' : 'MISS' };
        this.entries.push(entry);
        console.log(`  ${entry.verdict}  ${name}: ${figure} (budget ${budget})`);
    }

    /** Records a budget that could not be measured. */
    unmeasured(name, budget, reason) {
        this.entries.push({ name, figure: `not measured: ${reason}`, budget, verdict: 'MISS' });
        console.log(`  MISS  ${name}: not measured: ${reason} (budget ${budget})`);
    }

    /** Prints every verdict, one line each. */
    printSummary() {
        if (this.entries.length === 0) return;
        console.log('\n== budgets');
        const width = Math.max(...this.entries.map((entry) => entry.name.length));
        for (const entry of this.entries) {
            console.log(`  ${entry.verdict}  ${entry.name.padEnd(width)}  ${entry.figure}  (budget ${entry.budget})`);
        }
        const missed = this.entries.filter((entry) => entry.verdict === 'MISS').length;
        console.log(`  ${this.entries.length - missed} of ${this.entries.length} budgets met`);
    }
}

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

/** One CPython run of the program at `file`: its output and milliseconds. */
function runCpython(file) {
    const result = spawnSync('python3', ['-c', CPYTHON_TIMER, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const seconds = Number(result.stderr.trim());
    if (result.error || result.status !== 0 || !Number.isFinite(seconds)) {
        throw new Stop(`${file}: CPython failed: ${result.error || result.stderr}`);
    }
    return { output: result.stdout, milliseconds: seconds * 1000 };
}

/** The version of `python3`, for the tables' headings. */
function cpythonVersion() {
    const result = spawnSync('python3', ['-c', 'import platform; print(platform.python_version())'], { encoding: 'utf8' });
    return result.status === 0 ? result.stdout.trim() : '(version unknown)';
}

/** CPython's output and median time per program, kept for the parts that compare with it. */
const cpythonReferences = new Map();

/** Keeps CPython's `output` and `milliseconds` (a median) for the program at `file`. */
function rememberCpython(file, output, milliseconds) {
    cpythonReferences.set(path.resolve(file), { output, milliseconds });
}

/** CPython's output and median time for `file`, from an earlier part or `runs` runs now. */
function cpythonReference(file, runs) {
    const key = path.resolve(file);
    if (!cpythonReferences.has(key)) {
        const results = Array.from({ length: runs }, () => runCpython(file));
        rememberCpython(file, results[0].output, median(results.map((result) => result.milliseconds)));
    }
    return cpythonReferences.get(key);
}

/** `text` cut to `length` characters, with an ellipsis when cut. */
function shorten(text, length = 60) {
    const line = String(text).replace(/\s+/g, ' ').trim();
    return line.length > length ? line.slice(0, length - 1) + '…' : line;
}

module.exports = {
    PARTS, Stop, parseOptions, median, geometricMean, pad, kilobytes, megabytes, gzipSize,
    FAST_3G, throttle, Budgets, runCpython, cpythonVersion, rememberCpython, cpythonReference, shorten,
};
