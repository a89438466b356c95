// Names of linkage's background jobs (pg-boss queues). Other modules may enqueue them by name,
// e.g. the registry import can queue "linkage.refresh-keys" after a batch without importing linkage.
export const DEDUP_JOB = "linkage.dedup";
export const LINK_LIST_JOB = "linkage.link-list";
export const REFRESH_KEYS_JOB = "linkage.refresh-keys";

export type RunJobData = { runId: string };
