// Whether the server answers: a ping of GET /api/health every 10 s (sooner when the device says
// its network changed). navigator.onLine only says a network exists — a phone on a captive or
// dead Wi-Fi is "online" yet cannot send — so the badge and the sync trust this instead.
const pingMs = 10_000;
const timeoutMs = 5_000;

let reachable = typeof navigator === "undefined" ? true : navigator.onLine;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function set(next: boolean): void {
  if (next === reachable) return;
  reachable = next;
  for (const listener of listeners) listener();
}

/** One ping; the answer updates every subscriber. */
export async function pingServer(): Promise<boolean> {
  try {
    const response = await fetch("/api/health", {
      cache: "no-store",
      signal: AbortSignal.timeout(timeoutMs),
    });
    set(response.ok);
  } catch {
    set(false);
  }
  return reachable;
}

export const isServerReachable = (): boolean => reachable;

/** Marks the server unreachable at once (a send just failed for want of a connection). */
export function reportUnreachable(): void {
  set(false);
}

const onNetworkChange = () => void pingServer();

export function subscribeServerReach(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1 && typeof window !== "undefined") {
    window.addEventListener("online", onNetworkChange);
    window.addEventListener("offline", onNetworkChange);
    timer = setInterval(() => void pingServer(), pingMs);
    void pingServer();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener("online", onNetworkChange);
    window.removeEventListener("offline", onNetworkChange);
    if (timer) clearInterval(timer);
    timer = null;
  };
}
