// Working offline, in a real browser: after one visit the app and a lesson
// work with the server stopped (answered by the service worker, checked
// through navigator.serviceWorker.controller, not the HTTP cache); a server
// half-way through a swap of releases is not installed from; a new
// release is fetched in the background and takes over only when the pupil
// presses "update now", after which only its files are in use and the
// pupil's work is still there; a development server on the same address
// removes the kept release. Release B is a second release build made by
// `cargo xtask test` (BASTAU_DIST_B), different from A in its compiled-in label.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { startServer, launchBrowser, openPage, screenshot } = require('./harness.cjs');

const DIST_A = process.env.BASTAU_DIST || path.join(__dirname, '../../dist');
const DIST_B = process.env.BASTAU_DIST_B || path.join(__dirname, '../../target/release-b');

/** The release id and file list written into a build's service worker. */
function releaseOf(folder) {
    const worker = fs.readFileSync(path.join(folder, 'service-worker.js'), 'utf8');
    const release = /const RELEASE = "([0-9a-f]{16})";/.exec(worker)[1];
    const entries = JSON.parse(/const FILES = (\[[\s\S]*?\n\]);/.exec(worker)[1]);
    return { release, files: entries.map(([file]) => file) };
}

const HELLO_KEY = 'bastau.v2.p1.lesson.first-steps.hello';

const consoleText = (page) => page.locator('.console').evaluate((element) => {
    const clone = element.cloneNode(true);
    clone.querySelectorAll('.console-empty, .console-cut, input').forEach((node) => node.remove());
    return clone.textContent;
});

/** Opens the lesson "hello", runs what is in the editor and returns the console's text. */
async function runHello(page, url) {
    await page.goto(`${url}#/pack/first-steps/hello`);
    await page.locator('.code-editor[data-status="mounted"] .cm-content').waitFor();
    await page.locator('.run-button').click();
    await page.locator('.run-status.status-finished').waitFor({ timeout: 10000 });
    return consoleText(page);
}

/** The file names (relative to the app) of every resource the page loaded from `url`. */
const loadedFiles = (page, url) => page.evaluate((url) => performance.getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.startsWith(url))
    .map((name) => name.slice(url.length).split(/[?#]/)[0]), url);

test('after one visit the app works offline, and a new release takes over only when the pupil agrees', async (t) => {
    const a = releaseOf(DIST_A);
    const b = releaseOf(DIST_B);
    assert.notEqual(a.release, b.release, 'releases A and B differ');
    for (const file of ['index.html', 'manifest.webmanifest', 'icon-192.png', 'packs/first-steps.toml', 'locales/kk.ftl']) {
        assert.ok(a.files.includes(file), `A precaches ${file}`);
    }
    const wasmOf = (release) => release.files.find((file) => file.endsWith('.wasm'));
    assert.notEqual(wasmOf(a), wasmOf(b), 'B has its own wasm');

    const browser = await launchBrowser();
    // Closed however the test ends: an open browser would keep the run from ending.
    t.after(() => browser.close());
    let server = await startServer({ root: DIST_A });
    t.after(() => server.close());
    const { url, port } = server;
    const { context, page } = await openPage(browser, { serviceWorkers: 'allow' });

    // The first visit: the worker installs every file of A and takes the page.
    await page.goto(`${url}?lang=en#/`);
    await page.locator('.home-page').waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`bastau-${a.release}`]);
    assert.deepEqual(
        await page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, `bastau-${a.release}`),
        a.files.length, 'every file of A is kept');
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ version: 2, code: 'print("офлайн", 6 * 7)' })), HELLO_KEY);

    // The server stops: a reload, a lesson, its translations and a run all still work.
    await server.close();
    await page.reload();
    await page.locator('.home-page').waitFor();
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller !== null), true,
        'the page is answered by the service worker');
    assert.equal(await runHello(page, url), 'офлайн 42\n');
    await page.goto(`${url}?lang=kk#/settings`);
    await page.locator('.offline-state').waitFor();
    assert.match(await page.locator('.offline-state').textContent(), /интернетсіз ашылады/);
    const offlineVersion = await page.locator('.app-version').textContent();
    assert.ok(!offlineVersion.includes('(B)'), offlineVersion);
    await screenshot(page, 'offline-settings-kk');

    // A server caught half-way through replacing A by B (B's worker, A's
    // files): B's worker finds files that are not B's and is refused whole.
    const halfway = fs.mkdtempSync(path.join(os.tmpdir(), 'bastau-halfway-'));
    fs.cpSync(DIST_A, halfway, { recursive: true });
    fs.copyFileSync(path.join(DIST_B, 'service-worker.js'), path.join(halfway, 'service-worker.js'));
    server = await startServer({ root: halfway, port });
    const halfwayState = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration.update();
        const worker = registration.installing || registration.waiting;
        if (!worker) return 'no new worker';
        if (worker.state === 'installing') {
            await new Promise((resolve) => worker.addEventListener('statechange', () => {
                if (worker.state !== 'installing') resolve();
            }));
        }
        return worker.state;
    });
    assert.equal(halfwayState, 'redundant', 'a mix of two releases is not installed');
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`bastau-${a.release}`]);
    assert.equal(await page.locator('.update-now').count(), 0);
    await server.close();
    fs.rmSync(halfway, { recursive: true, force: true });

    // Release B on the same address: it installs in the background and waits.
    server = await startServer({ root: DIST_B, port });
    await page.goto(`${url}?lang=en#/`);
    await page.locator('.update-now').waitFor({ timeout: 30000 });
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller !== null), true);
    assert.ok(!(await loadedFiles(page, url)).includes(wasmOf(b)), 'B is not in use before the pupil agrees');
    await screenshot(page, 'offline-update-ready-en');

    // The pupil agrees: the page reloads into B, and only B's files are in use.
    await Promise.all([page.waitForEvent('load'), page.locator('.update-now').click()]);
    await page.locator('.home-page').waitFor();
    await page.waitForFunction((release) => caches.keys().then((names) =>
        names.length === 1 && names[0] === `bastau-${release}`), b.release, { timeout: 10000 });
    const loaded = await loadedFiles(page, url);
    assert.ok(loaded.includes(wasmOf(b)), `B's wasm is in use: ${loaded}`);
    for (const file of loaded) {
        assert.ok(b.files.includes(file) || file === '' || file === 'service-worker.js', `${file} is one of B's files`);
    }
    await page.goto(`${url}#/settings`);
    assert.match(await page.locator('.app-version').textContent(), /\(B\)/);
    assert.equal(await page.locator('.update-now').count(), 0);
    // The pupil's work is untouched by the update, and B works offline too.
    await server.close();
    assert.equal(await runHello(page, url), 'офлайн 42\n');

    // A development server on the same address (`cargo xtask serve`, whose
    // worker keeps nothing): the kept release removes itself, and the page
    // then comes from the server.
    const development = fs.mkdtempSync(path.join(os.tmpdir(), 'bastau-development-'));
    fs.cpSync(DIST_B, development, { recursive: true });
    fs.copyFileSync(path.join(__dirname, '../../www/offline/development/service-worker.js'),
        path.join(development, 'service-worker.js'));
    server = await startServer({ root: development, port });
    await page.goto(`${url}#/`);
    let kept = null;
    for (let attempt = 0; attempt < 60; attempt += 1) {
        await page.waitForTimeout(250);
        kept = await page.evaluate(async () => ({
            controlled: navigator.serviceWorker.controller !== null,
            registrations: (await navigator.serviceWorker.getRegistrations()).length,
            caches: await caches.keys(),
        })).catch(() => null);
        if (kept && !kept.controlled && kept.registrations === 0 && kept.caches.length === 0) break;
    }
    assert.deepEqual(kept, { controlled: false, registrations: 0, caches: [] });
    await page.locator('.home-page').waitFor();
    assert.equal(await runHello(page, url), 'офлайн 42\n');
    await server.close();
    fs.rmSync(development, { recursive: true, force: true });
    page.assertClean();
    await context.close();
});
