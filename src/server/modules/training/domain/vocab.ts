// The training module's coded values, shared by the Drizzle tables, the zod contract and the web.
// Codes are stable (stored); labels live in the web's i18n files.

export const EVENT_MODES = ["in_person", "online", "hybrid"] as const;
export type EventMode = (typeof EVENT_MODES)[number];

/** DAK: the special allocation fund from the centre; APBD: the region's own budget. */
export const FUNDING_SOURCES = ["DAK", "APBD", "other"] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const EVENT_STATUSES = [
  "planned",
  "postponed",
  "rescheduled",
  "moved_online",
  "held",
  "reported",
  "cancelled",
] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** The register's size classes a training may aim at ("from micro to small, from small upward"). */
export const TARGET_SIZE_CLASSES = ["mikro", "kecil", "menengah"] as const;
export type TargetSizeClass = (typeof TARGET_SIZE_CLASSES)[number];
