// Whether the server answers (a periodic ping of /api/health, see offline/server-reach.ts) as
// React state: the connection badge and the send buttons follow it, not navigator.onLine.
import { useSyncExternalStore } from "react";
import { isServerReachable, subscribeServerReach } from "../offline/server-reach";

export function useOnline(): boolean {
  return useSyncExternalStore(subscribeServerReach, isServerReachable, () => true);
}
