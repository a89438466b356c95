// Registers /sw.js for the staff area (scope /app/; the public store never gets it) and hands it
// the chunks and lookups this visit loaded before the worker took control, so the field pages
// open offline after one visit.

let registered = false;

function loadedUrls(): string[] {
  return performance
    .getEntriesByType("resource")
    .map((entry) => entry.name)
    .filter((name) => {
      const url = new URL(name, location.origin);
      return url.origin === location.origin && /^\/(assets\/|api\/auth\/me$|api\/regions)/.test(url.pathname);
    });
}

function reportLoaded(worker: ServiceWorker | null): void {
  worker?.postMessage({ type: "cache-urls", urls: loadedUrls() });
}

export function registerStaffServiceWorker(): void {
  if (registered || !("serviceWorker" in navigator) || import.meta.env.DEV) return;
  registered = true;
  navigator.serviceWorker
    .register("/sw.js", { scope: "/app/" })
    .then(async () => {
      const ready = await navigator.serviceWorker.ready;
      if (navigator.serviceWorker.controller) reportLoaded(navigator.serviceWorker.controller);
      else {
        navigator.serviceWorker.addEventListener(
          "controllerchange",
          () => reportLoaded(navigator.serviceWorker.controller),
          {
            once: true,
          },
        );
        reportLoaded(ready.active);
      }
    })
    .catch(() => {
      // No service worker (private mode, old browser): everything still works online.
      registered = false;
    });
}
