// Follows a background job over server-sent events (/api/jobs/:id/events): percent and message
// while it runs, then its result or failure. Closes the stream when the job ends or the view goes.
import { useEffect, useState } from "react";

export type JobProgress =
  | { state: "idle" }
  | { state: "running"; percent: number; message: string }
  | { state: "completed"; result: unknown }
  | { state: "failed"; message: string };

function parse(data: string): unknown {
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return null;
  }
}

export function useJobProgress(jobId: string | null, onDone?: (ok: boolean) => void): JobProgress {
  const [progress, setProgress] = useState<JobProgress>({ state: "idle" });
  // biome-ignore lint/correctness/useExhaustiveDependencies: onDone is read once per job, not a trigger
  useEffect(() => {
    if (!jobId) {
      setProgress({ state: "idle" });
      return;
    }
    setProgress({ state: "running", percent: 0, message: "" });
    const source = new EventSource(`/api/jobs/${encodeURIComponent(jobId)}/events`);
    source.addEventListener("progress", (event) => {
      const p = parse((event as MessageEvent<string>).data) as { percent?: number; message?: string } | null;
      setProgress({ state: "running", percent: p?.percent ?? 0, message: p?.message ?? "" });
    });
    source.addEventListener("completed", (event) => {
      setProgress({ state: "completed", result: parse((event as MessageEvent<string>).data) });
      source.close();
      onDone?.(true);
    });
    source.addEventListener("failed", (event) => {
      const p = parse((event as MessageEvent<string>).data) as { message?: string } | null;
      setProgress({ state: "failed", message: p?.message ?? "" });
      source.close();
      onDone?.(false);
    });
    source.onerror = () => {
      // The server closes the stream after the final event; a drop before that ends the watch.
      if (source.readyState === EventSource.CLOSED) return;
      source.close();
    };
    return () => source.close();
  }, [jobId]);
  return progress;
}
