// Coded values of linkage, shared by the tables, the zod contract and the web (no imports).

export const RUN_KINDS = ["dedup", "link", "keys", "incremental", "asked"] as const;
export const RUN_STATES = ["queued", "running", "completed", "failed"] as const;
export const PAIR_DECISIONS = ["match", "review"] as const;
/** "superseded": another pair merged one of its records; undoing that merge reopens it. */
export const PAIR_STATUSES = ["open", "accepted", "rejected", "skipped", "superseded"] as const;
export const LIST_KINDS = ["dtks", "bpum", "prakerja", "other"] as const;
export const LIST_STATES = ["uploaded", "linking", "linked", "failed"] as const;
export const ROW_DECISIONS = ["match", "review", "none"] as const;
export const IRISAN_CATEGORIES = ["both", "register_only", "list_only", "uncertain"] as const;

export type PairStatus = (typeof PAIR_STATUSES)[number];
export type ListKind = (typeof LIST_KINDS)[number];
export type IrisanCategory = (typeof IRISAN_CATEGORIES)[number];
