// Service worker of the lead scanner, scoped to /exhibitors/. It keeps the scanning page's shell (the page and its
// scripts, styles and icons) so the page opens without a network; scans themselves are queued by the page in
// IndexedDB and sent by it (lead-scanner.js), never by this worker. API calls and every other request pass through.
"use strict";
var CACHE = "lead-scanner-v1";
var SHELL_PAGE = /^\/exhibitors\/(\d+\/scan|mine)$/;
var SHELL_ASSET = /^\/(js|css|lib)\/|^\/exhibitors\/[^/]+\.(png|webmanifest)$/;

self.addEventListener("install", function () {
    self.skipWaiting();
});

self.addEventListener("activate", function (event) {
    event.waitUntil(caches.keys().then(function (keys) {
        return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
    }).then(function () { return self.clients.claim(); }));
});

// The page names its own shell (its address and the assets it loaded before this worker controlled it).
self.addEventListener("message", function (event) {
    var data = event.data || {};
    if (data.type !== "cache-shell" || !Array.isArray(data.urls)) {
        return;
    }
    var urls = data.urls.filter(function (u) {
        var url = new URL(u, self.location.origin);
        return url.origin === self.location.origin && (SHELL_PAGE.test(url.pathname) || SHELL_ASSET.test(url.pathname));
    });
    event.waitUntil(caches.open(CACHE).then(function (cache) {
        return Promise.all(urls.map(function (u) {
            return fetch(u, { credentials: "same-origin", cache: "no-cache" }).then(function (response) {
                return response.ok && !response.redirected ? cache.put(u, response) : undefined;
            }).catch(function () { return undefined; });
        }));
    }).then(function () {
        if (event.source) {
            event.source.postMessage({ type: "shell-cached" });
        }
    }));
});

self.addEventListener("fetch", function (event) {
    var request = event.request;
    if (request.method !== "GET") {
        return;
    }
    var url = new URL(request.url);
    if (url.origin !== self.location.origin) {
        return;
    }
    if (request.mode === "navigate" && SHELL_PAGE.test(url.pathname)) {
        // Network first: a fresh page when online, the kept one when not.
        event.respondWith(fetch(request).then(function (response) {
            if (response.ok && !response.redirected) {
                var copy = response.clone();
                caches.open(CACHE).then(function (cache) { cache.put(url.pathname, copy); });
            }
            return response;
        }).catch(function () {
            return caches.match(url.pathname).then(function (kept) { return kept || Response.error(); });
        }));
        return;
    }
    if (SHELL_ASSET.test(url.pathname)) {
        // Assets carry a version in their address, so a kept copy is the right one.
        event.respondWith(caches.match(request).then(function (kept) {
            return kept || fetch(request).then(function (response) {
                if (response.ok) {
                    var copy = response.clone();
                    caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
                }
                return response;
            });
        }));
    }
});
