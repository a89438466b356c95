// Sinergi service worker, registered by the staff area only (scope /app/): after one visit with
// signal, the staff app opens without signal so field assistants can keep entering records.
//  - pages (navigations): network first, falling back to the cached app shell;
//  - hashed build assets (/assets/*): cache first, they never change under the same name;
//  - /api: always the network; only the signed-in user (/api/auth/me) and region lists fall back
//    to their last copy, so the app knows who is signed in and can offer villages offline.
//    No register data is stored here. Signing in or out empties the API copies.
const VERSION = "v1";
const SHELL = `sinergi-shell-${VERSION}`;
const ASSETS = `sinergi-assets-${VERSION}`;
const API = `sinergi-api-${VERSION}`;
const SHELL_KEY = "/app/";
const API_FALLBACK = [/^\/api\/auth\/me$/, /^\/api\/regions(\/|$)/];
const MAX_ASSETS = 250;
const NETWORK_TIMEOUT_MS = 8000;

function isHtml(response) {
  return response.ok && (response.headers.get("content-type") || "").includes("text/html");
}

async function trim(cache) {
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - MAX_ASSETS))) await cache.delete(key);
}

async function cacheShellAndEntryAssets() {
  const response = await fetch(SHELL_KEY, { cache: "no-store", credentials: "same-origin" });
  if (!isHtml(response)) return;
  const html = await response.clone().text();
  await (await caches.open(SHELL)).put(SHELL_KEY, response);
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
  await (await caches.open(ASSETS)).addAll(assets);
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    cacheShellAndEntryAssets()
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith("sinergi-") && ![SHELL, ASSETS, API].includes(name))
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

async function cacheFirst(request) {
  const cache = await caches.open(ASSETS);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
    await trim(cache);
  }
  return response;
}

async function networkFirst(request, cacheName, key) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(key || request);
  try {
    const network = fetch(request);
    const response = await (cached ? withTimeout(network, NETWORK_TIMEOUT_MS) : network);
    if (response.ok && (cacheName !== SHELL || isHtml(response)))
      await cache.put(key || request, response.clone());
    return response;
  } catch (error) {
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method !== "GET") {
    if (url.pathname === "/api/auth/login" || url.pathname === "/api/auth/logout") {
      event.respondWith(fetch(request).finally(() => caches.delete(API)));
    }
    return;
  }
  if (url.pathname.startsWith("/api/")) {
    if (API_FALLBACK.some((pattern) => pattern.test(url.pathname)))
      event.respondWith(networkFirst(request, API));
    return;
  }
  if (url.pathname.startsWith("/assets/")) {
    event.respondWith(cacheFirst(request));
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request, SHELL, SHELL_KEY));
    return;
  }
  event.respondWith(networkFirst(request, SHELL));
});

// The page reports what it loaded before this worker controlled it (first visit), so those
// chunks and lookups are kept too.
self.addEventListener("message", (event) => {
  const data = event.data;
  if (data?.type !== "cache-urls" || !Array.isArray(data.urls)) return;
  event.waitUntil(
    Promise.all(
      data.urls.map(async (href) => {
        const url = new URL(href, self.location.origin);
        if (url.origin !== self.location.origin) return;
        if (url.pathname.startsWith("/assets/"))
          await cacheFirst(new Request(url.href)).catch(() => undefined);
        else if (API_FALLBACK.some((pattern) => pattern.test(url.pathname))) {
          await networkFirst(new Request(url.href, { credentials: "same-origin" }), API).catch(
            () => undefined,
          );
        }
      }),
    ),
  );
});
