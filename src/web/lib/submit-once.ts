// A double click or double tap acts once: the second click arrives before React has re-rendered the
// button as busy, so a guard that does not wait for the render keeps the second request from going.
import { useRef } from "react";

/** Returns `once(start)`: runs `start` unless the previous start has not called its `settled` yet. */
export function useSubmitOnce() {
  const busy = useRef(false);
  return (start: (settled: () => void) => void) => {
    if (busy.current) return;
    busy.current = true;
    start(() => {
      busy.current = false;
    });
  };
}
