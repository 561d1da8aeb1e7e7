// The service worker that keeps the app working offline. `cargo xtask build`
// writes it into the release build as dist/service-worker.js, with RELEASE
// (a hash of every file) and FILES (every file of the build, after Trunk's
// hashing, with the SHA-256 of its bytes) filled in. The development server
// never has one.
//
// One cache per release: installing fetches every file of this release
// into `bastau-<release>`; the worker answers only
// from its own release's cache, so a page never mixes files of two releases.
// A new release waits until the page asks it to take over (the pupil
// pressed "update"); it then deletes older releases' caches. Local storage,
// where the pupils' work is, is never touched.
'use strict';

const RELEASE = '__RELEASE__';
const FILES = __FILES__;
const CACHE = 'bastau-' + RELEASE;
const CACHE_PREFIX = 'bastau-';
// Trunk's hashed names (top-level files ending in a hash of 8 to 16 hex
// digits, the rule `sandbox serve` uses too) never change content, so the
// browser's HTTP cache may answer for them (the first visit does not download
// the app twice); every other file is checked with the server.
const HASHED_NAME = /^[^/]*-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;

function hex(buffer) {
    return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

// Every file is checked against this release's SHA-256 of it: a server
// caught half-way through replacing one release by the next gives some
// files of each, and then the install fails (and is tried again on a later
// visit) rather than keep a mix.
async function keep(cache, [file, digest]) {
    const response = await fetch(new Request(file, { cache: HASHED_NAME.test(file) ? 'default' : 'no-cache' }));
    if (!response.ok) throw new Error(`${file}: ${response.status}`);
    const bytes = await response.clone().arrayBuffer();
    if (hex(await crypto.subtle.digest('SHA-256', bytes)) !== digest) {
        throw new Error(`${file} is not the file of release ${RELEASE}`);
    }
    await cache.put(file, response);
}

self.addEventListener('install', (event) => {
    event.waitUntil(caches.open(CACHE)
        .then((cache) => Promise.all(FILES.map((entry) => keep(cache, entry))))
        .catch((error) => caches.delete(CACHE).then(() => { throw error; })));
});

self.addEventListener('activate', (event) => {
    event.waitUntil(
        caches.keys()
            .then((names) => Promise.all(names
                .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
                .map((name) => caches.delete(name))))
            .then(() => self.clients.claim())
    );
});

self.addEventListener('message', (event) => {
    if (event.data === 'take-over') self.skipWaiting();
    else if (event.data === 'release' && event.source) event.source.postMessage({ release: RELEASE });
});

self.addEventListener('fetch', (event) => {
    const request = event.request;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    // Packs opened from other sites go to the network as usual.
    if (url.origin !== self.location.origin) return;
    const scope = new URL(self.registration.scope);
    if (!url.pathname.startsWith(scope.pathname)) return;
    // The app's routes are fragments (#/lesson/...), so every page is index.html.
    const wanted = request.mode === 'navigate' ? new URL('index.html', scope).href : url.href;
    event.respondWith(
        caches.open(CACHE)
            .then((cache) => cache.match(wanted, { ignoreSearch: true }))
            .then((cached) => cached || fetch(request))
    );
});
