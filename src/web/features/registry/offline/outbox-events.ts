// "The queue changed" signals: within this tab through an EventTarget, and to the app's other tabs
// through a BroadcastChannel, so every open header badge and queue page shows the same count.

const local = new EventTarget();
const channelName = "sinergi-outbox";
let channel: BroadcastChannel | null = null;

function ensureChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === "undefined") return channel;
  channel = new BroadcastChannel(channelName);
  channel.onmessage = () => local.dispatchEvent(new Event("change"));
  return channel;
}

export function notifyOutboxChanged(): void {
  local.dispatchEvent(new Event("change"));
  ensureChannel()?.postMessage("change");
}

export function subscribeOutbox(listener: () => void): () => void {
  ensureChannel();
  local.addEventListener("change", listener);
  return () => local.removeEventListener("change", listener);
}
