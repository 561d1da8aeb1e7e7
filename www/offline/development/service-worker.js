// The service worker of development builds (`cargo xtask serve`): it keeps
// nothing. A browser that kept a release build from this same address (its
// worker answers every request from that release's cache) finds this script
// on its next update check, installs it, and it deletes the kept releases,
// removes itself and reloads the open pages, which then come from the
// development server. Trunk copies it into every build as
// service-worker.js; a release build's is replaced by xtask with the real
// one (www/offline/service-worker.js).
'use strict';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
    event.waitUntil((async () => {
        for (const name of await caches.keys()) {
            if (name.startsWith('bastau-')) await caches.delete(name);
        }
        await self.registration.unregister();
        for (const client of await self.clients.matchAll({ type: 'window' })) {
            client.navigate(client.url);
        }
    })());
});
