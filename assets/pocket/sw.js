"use strict";
// Cramp Coach's phone page offline: the page and its manifest, kept when first served; every
// later visit is answered from here (nothing else is ever fetched: the page is self-contained).
const CACHE = "cramp-coach-pocket";
self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(["./", "manifest.webmanifest"]))
    .then(() => self.skipWaiting()));
});
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
self.addEventListener("fetch", (event) => {
  event.respondWith(caches.match(event.request, { ignoreSearch: true })
    .then((kept) => kept || fetch(event.request)));
});
