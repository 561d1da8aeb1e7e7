// The browser tests' harness: a static server for dist/, Debian's Chromium
// driven by playwright-core over the DevTools protocol, and a page that fails
// the test on any console error or uncaught exception.
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const assert = require('node:assert/strict');
const { chromium } = require('playwright-core');

const DIST = process.env.BASTAU_DIST || path.join(__dirname, '../../dist');
const SCREENSHOTS = process.env.BASTAU_SCREENSHOTS || path.join(__dirname, '../../target/screenshots');
const CHROMIUM = process.env.BASTAU_CHROMIUM || '/usr/bin/chromium';

const CONTENT_TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.wasm': 'application/wasm',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.toml': 'text/plain; charset=utf-8',
    '.ftl': 'text/plain; charset=utf-8',
    '.json': 'application/json',
    '.webmanifest': 'application/manifest+json',
    '.png': 'image/png',
    '.zip': 'application/zip',
};

/**
 * Serves `root` (dist/ unless told) on 127.0.0.1, on `port` or a free one, as
 * any static host would. `mounts` serves other folders under address
 * prefixes (`{ '/peers/pyodide/': folder }`: the speed benchmark's peers beside
 * the app). `close` also ends open connections, so the port is free again at
 * once (the offline test stops the server and starts another release on the
 * same address).
 */
async function startServer({ root: folder = DIST, port: wantedPort = 0, mounts = {} } = {}) {
    const roots = Object.entries(mounts)
        .map(([prefix, mounted]) => [prefix, path.resolve(mounted)])
        .concat([['/', path.resolve(folder)]]);
    const server = http.createServer((request, response) => {
        const address = decodeURIComponent(new URL(request.url, 'http://x').pathname);
        const [prefix, root] = roots.find(([prefix]) => address.startsWith(prefix));
        const urlPath = '/' + address.slice(prefix.length);
        let file = path.normalize(path.join(root, urlPath === '/' ? 'index.html' : urlPath));
        if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
            response.writeHead(404, { 'content-type': 'text/plain' });
            response.end('not found');
            return;
        }
        const type = CONTENT_TYPES[path.extname(file)] || 'application/octet-stream';
        response.writeHead(200, { 'content-type': type });
        fs.createReadStream(file).pipe(response);
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(wantedPort, '127.0.0.1', resolve);
    });
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}/`,
        port,
        close: () => new Promise((resolve) => {
            server.close(resolve);
            server.closeAllConnections();
        }),
    };
}

/** Debian's Chromium, headless, with the flags that work on this network-less machine. */
async function launchBrowser() {
    return chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: [
            '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
        ],
    });
}

/**
 * A fresh profile (empty storage) with a page whose console errors and uncaught
 * exceptions are collected; `assertClean` fails the test if there were any.
 * Service workers are blocked unless `serviceWorkers: 'allow'` (only the
 * offline test needs the worker; elsewhere its background download of every
 * file would only slow the tests, and its answers would hide requests from
 * tests that fail downloads on purpose). `deviceScaleFactor` 2 with half
 * the width and height is the browser zoomed to 200 %.
 */
async function openPage(browser, { width = 1366, height = 768, locale = 'ru-RU', serviceWorkers = 'block', deviceScaleFactor = 1 } = {}) {
    const context = await browser.newContext({ viewport: { width, height }, locale, serviceWorkers, deviceScaleFactor });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.assertClean = () => assert.deepEqual(problems, [], 'the page reported errors');
    page.problems = problems;
    return { context, page };
}

/** Saves a screenshot into target/screenshots/NAME.png for a person to look at. */
async function screenshot(page, name) {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/**
 * Starts one server and one browser for the test file that calls it, and
 * closes both when the file's tests are done. The returned object's `server`
 * and `browser` are set once the tests start.
 */
function useServerAndBrowser() {
    const { before, after } = require('node:test');
    const shared = { server: undefined, browser: undefined };
    before(async () => {
        shared.server = await startServer();
        shared.browser = await launchBrowser();
    });
    after(async () => {
        await shared.browser?.close();
        await shared.server?.close();
    });
    return shared;
}

/**
 * Waits until the page has drawn two more frames: what a slider's input
 * changes (the stages redraw once a frame, with the last input of the
 * frame) is then on the page.
 */
const afterNextFrames = (page) => page.evaluate(() => new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
}));

module.exports = { startServer, launchBrowser, openPage, screenshot, useServerAndBrowser, afterNextFrames };
