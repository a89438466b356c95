// React views of the offline queue: its records (refreshed on every change, in every tab), the
// number still waiting, and the sync runner's state. Mounting `useOutboxSync` keeps the
// background sync running while the user is in the staff area.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, useSyncExternalStore } from "react";
import { listOutbox } from "../offline/outbox";
import { type AnyOutboxRecord, outboxStore } from "../offline/outbox-db";
import { subscribeOutbox } from "../offline/outbox-events";
import { isPending } from "../offline/outbox-types";
import { registerStaffServiceWorker } from "../offline/service-worker";
import { getRunnerState, type RunnerState, startOutboxSync, subscribeRunner } from "../offline/sync-runner";

export function useOutboxRecords(): { records: AnyOutboxRecord[]; isLoading: boolean } {
  const [records, setRecords] = useState<AnyOutboxRecord[] | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () => {
      listOutbox(outboxStore)
        .then((all) => alive && setRecords(all))
        .catch(() => alive && setRecords([]));
    };
    load();
    const stop = subscribeOutbox(load);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return { records: records ?? [], isLoading: records === null };
}

/** Records of this user still waiting (queued, sending, conflict, needs fixing). */
export function usePendingCount(userId: string): number {
  const { records } = useOutboxRecords();
  return records.filter((record) => record.userId === userId && isPending(record)).length;
}

export function useRunnerState(): RunnerState {
  return useSyncExternalStore(subscribeRunner, getRunnerState, getRunnerState);
}

// Loads the chunks of the pages a field assistant needs offline, so the service worker keeps them.
function warmOfflinePages(): void {
  if (!navigator.onLine) return;
  void import("../components/entry/field-entry-page").catch(() => undefined);
  void import("../components/queue/queue-page").catch(() => undefined);
}

export function useOutboxSync(userId: string): void {
  const queryClient = useQueryClient();
  const { lastReport } = useRunnerState();
  useEffect(() => {
    registerStaffServiceWorker();
    warmOfflinePages();
    return startOutboxSync(userId);
  }, [userId]);
  // Records that reached the server change the register's lists.
  useEffect(() => {
    if (lastReport && lastReport.sent > 0) void queryClient.invalidateQueries({ queryKey: ["registry"] });
  }, [lastReport, queryClient]);
}
