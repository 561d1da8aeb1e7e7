// The classroom server, `sandbox serve`, with the release build embedded:
// every file of dist/ comes back byte for byte with the right type, gzip
// when the browser takes it (and plain when not), hashed files cached for
// good and the rest checked every time; folders, paths outside the app and
// other methods are refused; the app starts from it in a real browser;
// bursts of new connections beside idle ones are all answered; and 300
// pupils' worth of connections for a few seconds get every answer.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const http = require('node:http');
const zlib = require('node:zlib');
const { spawn } = require('node:child_process');
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launchBrowser, openPage, screenshot } = require('./harness.cjs');

const DIST = process.env.BASTAU_DIST || path.join(__dirname, '../../dist');
const SANDBOX = process.env.BASTAU_SANDBOX || path.join(__dirname, '../../target/debug/sandbox');

let server;
let base;

before(async () => {
    server = spawn(SANDBOX, ['serve', '--port', '0', '--lang', 'kk'], { stdio: ['ignore', 'pipe', 'inherit'] });
    base = await new Promise((resolve, reject) => {
        let printed = '';
        server.stdout.on('data', (chunk) => {
            printed += chunk;
            const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(printed);
            if (found && printed.includes('Ctrl+C')) {
                // The teacher reads it in their language.
                if (/Бастау таратылып жатыр/.test(printed) && /Осы компьютерде ашыңыз/.test(printed)) resolve(found[0]);
                else reject(new Error(`not in Kazakh: ${printed}`));
            }
        });
        server.on('exit', (code) => reject(new Error(`sandbox serve exited with ${code}: ${printed}`)));
    });
});

after(() => server?.kill());

/** GET (or another method) of `target` with `headers`: status, headers and the raw body. */
function request(target, headers = {}, method = 'GET') {
    return new Promise((resolve, reject) => {
        const url = new URL(base);
        const asked = http.request({ host: url.hostname, port: url.port, path: target, method, headers }, (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
        });
        asked.on('error', reject);
        asked.end();
    });
}

function filesOf(folder, prefix = '') {
    return fs.readdirSync(path.join(folder, prefix), { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? filesOf(folder, path.posix.join(prefix, entry.name)) : [path.posix.join(prefix, entry.name)]);
}

const EXPECTED_TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.wasm': 'application/wasm',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.toml': 'text/plain; charset=utf-8',
    '.ftl': 'text/plain; charset=utf-8',
    '.json': 'application/json',
    '.webmanifest': 'application/manifest+json',
};

test('every file of the release build is served with its type, compressed, and cached as it should be', async () => {
    const files = filesOf(DIST);
    for (const file of ['index.html', 'service-worker.js', 'manifest.webmanifest', 'packs/index.toml', 'locales/kk.ftl']) {
        assert.ok(files.includes(file), `${file} is in ${files.join(' ')}`);
    }
    assert.ok(files.some((file) => file.endsWith('.wasm')), files.join(' '));
    let compressedBytes = 0;
    let plainBytes = 0;
    for (const file of files) {
        const bytes = fs.readFileSync(path.join(DIST, file));
        const type = EXPECTED_TYPES[path.extname(file)];
        assert.ok(type, `a type is expected for ${file}`);
        const gzipped = await request(`/${encodeURI(file)}`, { 'accept-encoding': 'gzip, deflate, br' });
        assert.equal(gzipped.status, 200, file);
        assert.equal(gzipped.headers['content-type'], type, file);
        // Text and wasm of any size shrink; a PNG or a tiny file is sent
        // compressed only if that saves something.
        if (!file.endsWith('.png') && bytes.length > 1024) {
            assert.equal(gzipped.headers['content-encoding'], 'gzip', `${file} is sent compressed`);
        }
        const received = gzipped.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(gzipped.body) : gzipped.body;
        assert.ok(received.equals(bytes), `${file} arrives as it is in dist/`);
        compressedBytes += gzipped.body.length;
        plainBytes += bytes.length;
        const plain = await request(`/${encodeURI(file)}`);
        assert.equal(plain.headers['content-encoding'], undefined, file);
        assert.ok(plain.body.equals(bytes), `${file} is sent as it is to a client without gzip`);
        const hashed = /^[^/]*-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/.test(file);
        assert.equal(gzipped.headers['cache-control'],
            hashed ? 'public, max-age=31536000, immutable' : 'no-cache', file);
        const again = await request(`/${encodeURI(file)}`, { 'if-none-match': gzipped.headers.etag });
        assert.equal(again.status, 304, file);
    }
    console.log(`served ${files.length} files: ${(plainBytes / 1e6).toFixed(2)} MB as files, ${(compressedBytes / 1e6).toFixed(2)} MB sent with gzip`);
    const page = await request('/', { 'accept-encoding': 'gzip' });
    assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
    assert.ok(zlib.gunzipSync(page.body).equals(fs.readFileSync(path.join(DIST, 'index.html'))));
});

test('folders, paths outside the app and other methods are refused', async () => {
    for (const target of ['/packs/', '/lessons', '/../Cargo.toml', '/packs/%2e%2e/index.html', '/nothing.js', '/%ff']) {
        assert.equal((await request(target)).status, 404, target);
    }
    assert.equal((await request('/', {}, 'POST')).status, 405);
    const head = await request('/index.html', {}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.equal(Number(head.headers['content-length']), fs.statSync(path.join(DIST, 'index.html')).size);
});

test('the app starts from the classroom server and keeps itself for offline use', async () => {
    const browser = await launchBrowser();
    // Closed however the test ends: an open browser would keep the run from ending.
    try {
        const { context, page } = await openPage(browser, { serviceWorkers: 'allow' });
        await page.goto(`${base}?lang=en#/`);
        await page.locator('.home-page').waitFor();
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
        await screenshot(page, 'classroom-server-home-en');
        page.assertClean();
        await context.close();
    } finally {
        await browser.close();
    }
});

test('new connections in bursts, beside idle kept-alive ones, are all answered at once', async () => {
    // A classroom's browsers open several connections together and keep
    // them open when idle. The server once took each connection into a
    // thread pool that could leave one of a burst waiting for a thread that
    // never came (a page that never finished loading).
    const net = require('node:net');
    const port = Number(new URL(base).port);
    const idle = [];
    let requests = 0;
    const unanswered = [];
    const wrong = [];
    try {
        for (let round = 0; round < 300; round++) {
            const burst = 2 + (round % 6);
            const sockets = await Promise.all(Array.from({ length: burst }, (_, index) => new Promise((resolve) => {
                const socket = net.connect(port, '127.0.0.1', () => socket.write(`GET /index.html?round=${round}-${index} HTTP/1.1\r\nHost: classroom\r\n\r\n`));
                const timer = setTimeout(() => {
                    unanswered.push(`round ${round}, connection ${index}`);
                    resolve(socket);
                }, 3000);
                socket.once('data', (chunk) => {
                    clearTimeout(timer);
                    const statusLine = chunk.toString('latin1').split('\r\n')[0];
                    if (statusLine !== 'HTTP/1.1 200 OK') wrong.push(`round ${round}, connection ${index}: ${statusLine}`);
                    resolve(socket);
                });
                socket.on('error', () => {});
            })));
            requests += burst;
            sockets.forEach((socket, index) => (index % 2 ? idle.push(socket) : socket.destroy()));
            while (idle.length > 20) idle.shift().destroy();
        }
    } finally {
        idle.forEach((socket) => socket.destroy());
    }
    console.log(`bursts: ${requests} requests on new connections, ${unanswered.length} unanswered within 3 s`);
    assert.deepEqual(unanswered, [], `of ${requests} requests`);
    assert.deepEqual(wrong, [], 'every answer is a 200');
});

test('300 connections at once for 5 seconds all get their answers', async () => {
    const autocannon = require('autocannon');
    const wasm = fs.readdirSync(DIST).find((file) => file.endsWith('.wasm'));
    const result = await autocannon({
        url: base,
        connections: 300,
        duration: 5,
        headers: { 'accept-encoding': 'gzip' },
        requests: [
            { method: 'GET', path: '/' },
            { method: 'GET', path: '/packs/first-steps.toml' },
            { method: 'GET', path: '/locales/kk.ftl' },
            { method: 'GET', path: `/${wasm}` },
        ],
    });
    console.log(`load: ${result.requests.total} requests in ${result.duration} s (${result.requests.average} per second), `
        + `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms, `
        + `${(result.throughput.average / 1e6).toFixed(1)} MB/s, errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`);
    assert.equal(result.errors, 0, 'no connection failed');
    assert.equal(result.timeouts, 0, 'no request timed out');
    assert.equal(result.non2xx, 0, 'every answer was a success');
    assert.ok(result.requests.total > 300, `${result.requests.total} requests`);
});

test('opened from a local network address, the app tells the pupil what that means, in their language', async () => {
    // A name that is not this computer's own address, as a pupil's tablet
    // reaches the teacher's laptop: browsers give such plain-http sites no
    // service worker, and each address has its own storage.
    const { chromium } = require('playwright-core');
    const browser = await chromium.launch({
        executablePath: process.env.BASTAU_CHROMIUM || '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP classroom.test 127.0.0.1'],
    });
    const { context, page } = await openPage(browser, { serviceWorkers: 'allow' });
    const address = `classroom.test:${new URL(base).port}`;
    await page.goto(`http://${address}/?lang=ru#/`);
    const notice = page.locator('.network-notice');
    await notice.waitFor();
    const text = await notice.textContent();
    assert.ok(text.includes(address), text);
    assert.match(text, /только для этого адреса/);
    assert.equal(await page.evaluate(() => window.isSecureContext), false);
    await screenshot(page, 'network-address-notice-ru');
    await page.goto(`http://${address}/?lang=kk#/settings`);
    assert.match(await page.locator('.offline-state').textContent(), /мекенжайынан/);
    // Closed once, it stays closed on this address.
    await page.locator('.network-notice .link-button').click();
    assert.equal(await notice.count(), 0);
    await page.reload();
    await page.locator('.settings-page').waitFor();
    assert.equal(await notice.count(), 0);
    page.assertClean();
    await context.close();
    await browser.close();
});
