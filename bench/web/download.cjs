// The first lesson's download (bench/README.md): a fresh browser profile
// (no cache, no service worker yet) opens the app, answers the language
// question, opens the first built-in pack and its first lesson, and runs
// print(2 + 3), as a pupil's first visit does. Every response the page
// receives is kept and its body compressed with gzip -9 (zlib level 9): the
// sum is what the first lesson costs to download, everything included. The
// service worker's background copy of the rest of the release (for offline
// use) comes after and is printed apart.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { kilobytes, gzipSize, pad } = require('./common.cjs');
const { EDITOR_READY, typeCode, run, waitForStatus } = require('./app.cjs');
const { openPage } = require('../../tests/browser/harness.cjs');

/** The budget: the first lesson's download, gzip -9. */
const BUDGET_BYTES = 450 * 1000;
/**
 * The language the pupil chooses: the one the question suggests for the
 * profile's locale (ru-RU). Choosing another fetches the suggested one's
 * messages as well (the question is shown in it first).
 */
const LANGUAGE = 'ru';
/** How long the network must stay quiet before the download counts as done. */
const QUIET_MILLISECONDS = 1500;

/** Waits until no response has arrived for QUIET_MILLISECONDS. */
async function waitForQuiet(page, lastResponse) {
    for (;;) {
        const quietFor = Date.now() - lastResponse();
        if (quietFor >= QUIET_MILLISECONDS) return;
        await page.waitForTimeout(QUIET_MILLISECONDS - quietFor);
    }
}

/** Every file of the release under `folder` with its gzip -9 size, by path relative to `dist`. */
function releaseFiles(dist, folder = dist, files = []) {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const file = path.join(folder, entry.name);
        if (entry.isDirectory()) releaseFiles(dist, file, files);
        else files.push({ name: path.relative(dist, file), gzip: gzipSize(fs.readFileSync(file)) });
    }
    return files;
}

/**
 * The download part: prints each fetched file (raw and gzip -9) and the
 * total beside the budget, and records the verdict. Returns the total and
 * the .wasm's share, in bytes.
 */
async function measureDownload(browser, server, dist, budgets) {
    const { context, page } = await openPage(browser);
    const responses = [];
    let last = Date.now();
    page.on('response', (response) => {
        last = Date.now();
        responses.push(response.body()
            .then((body) => ({ response, raw: body.length, gzip: gzipSize(body) }))
            .catch(() => ({ response, raw: 0, gzip: 0 })));
    });
    try {
        await page.goto(server.url);
        await page.locator(`.language-button[data-language="${LANGUAGE}"]`).click({ timeout: 60_000 });
        await page.locator('.pack-card a').first().click({ timeout: 60_000 });
        await page.locator('.lesson-item a').first().click({ timeout: 60_000 });
        await page.locator(EDITOR_READY).waitFor({ timeout: 60_000 });
        const lesson = await page.evaluate(() => location.hash);
        await typeCode(page, 'print(2 + 3)');
        await run(page);
        await waitForStatus(page, 'finished');
        await waitForQuiet(page, () => last);
        const files = (await Promise.all(responses)).map(({ response, raw, gzip }) => ({
            name: new URL(response.url()).pathname.slice(1) || '(the page)',
            kind: response.request().resourceType(),
            status: response.status(),
            raw,
            gzip,
        }));
        files.sort((a, b) => b.gzip - a.gzip);
        const total = files.reduce((sum, file) => sum + file.gzip, 0);
        console.log(`  a first visit, language ${LANGUAGE}, to ${lesson} and one Run; every response, gzip -9:`);
        console.log(`    ${'file'.padEnd(40)} ${'kind'.padEnd(11)} ${pad('raw', 10)} ${pad('gzip -9', 10)}`);
        for (const file of files) {
            const status = file.status === 200 ? '' : ` (HTTP ${file.status})`;
            console.log(`    ${(file.name + status).padEnd(40)} ${file.kind.padEnd(11)} ${pad(kilobytes(file.raw), 10)} ${pad(kilobytes(file.gzip), 10)}`);
        }
        console.log(`    ${'total'.padEnd(40)} ${''.padEnd(11)} ${pad(kilobytes(files.reduce((sum, file) => sum + file.raw, 0)), 10)} ${pad(kilobytes(total), 10)}`);
        const everything = releaseFiles(dist);
        const fetched = new Set(files.map((file) => file.name));
        const rest = everything.filter((file) => !fetched.has(file.name)).reduce((sum, file) => sum + file.gzip, 0);
        console.log(`  then the service worker keeps the rest of the release for offline use, in the background: ${kilobytes(rest)} more (every file: ${kilobytes(everything.reduce((sum, file) => sum + file.gzip, 0))})`);
        budgets.record('download for the first lesson (gzip -9)', kilobytes(total), kilobytes(BUDGET_BYTES), total <= BUDGET_BYTES);
        if (page.problems.length > 0) console.log(`  the page reported: ${page.problems.join('; ')}`);
        const wasm = files.filter((file) => file.name.endsWith('.wasm')).reduce((sum, file) => sum + file.gzip, 0);
        return { total, wasm };
    } finally {
        await context.close();
    }
}

module.exports = { measureDownload };
