// Names of linkage's background jobs (pg-boss queues). Other modules may enqueue them by name,
// e.g. the registry import can queue "linkage.refresh-keys" after a batch without importing linkage.
export const DEDUP_JOB = "linkage.dedup";
export const LINK_LIST_JOB = "linkage.link-list";
export const REFRESH_KEYS_JOB = "linkage.refresh-keys";

export type RunJobData = { runId: string };

/**
 * Data of a key refresh: a run started here, or just a region from another module, e.g. the registry
 * import after a batch: `jobs.enqueue("linkage.refresh-keys", { regionCode: "62.71" }, meta)`.
 */
export type RefreshKeysJobData = RunJobData | { regionCode: string };

/** Incremental dedup of new records (after an import commit or a synced record); data: NewRecords. */
export const INCREMENTAL_DEDUP_JOB = "linkage.incremental-dedup";
