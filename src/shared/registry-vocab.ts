// The register's coded values, shared by the Drizzle tables, the zod contract and the web forms
// (kept here, outside the server, so the web imports them without reaching into server code).
// Codes are stable (stored); labels live in the web's i18n files.

/** A short sector list; the precise activity goes in the optional KBLI code. */
export const SECTORS = [
  "kuliner",
  "konveksi",
  "kerajinan",
  "perdagangan",
  "jasa",
  "pertanian",
  "perikanan",
  "peternakan",
  "industri",
  "lainnya",
] as const;
export type Sector = (typeof SECTORS)[number];

/** KBLI editions in use: a code is meaningless without its edition. */
export const KBLI_VERSIONS = ["2020", "2025"] as const;
export type KbliVersion = (typeof KBLI_VERSIONS)[number];

export const SALES_CHANNELS = [
  "toko",
  "whatsapp",
  "media_sosial",
  "marketplace",
  "ojek_online",
  "lainnya",
] as const;
export type SalesChannel = (typeof SALES_CHANNELS)[number];

export const SIZE_CLASSES = ["mikro", "kecil", "menengah", "besar"] as const;

export const BUSINESS_STATUSES = ["active", "merged", "inactive"] as const;
export type BusinessStatus = (typeof BUSINESS_STATUSES)[number];

/** How a record entered the register: office form, field assistant, spreadsheet import, demo seed. */
export const SOURCE_KINDS = ["form", "field", "import", "demo"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const AFFECTED_REASONS = [
  "turnover_down",
  "demand_down",
  "workers_sent_home",
  "raw_material_scarce",
  "distribution_blocked",
  "temporarily_closed",
  "capital_short",
  "other",
] as const;
export type AffectedReason = (typeof AFFECTED_REASONS)[number];

export const NEEDS = [
  "capital",
  "raw_material",
  "marketing",
  "training",
  "permits",
  "distribution",
  "other",
] as const;
export type Need = (typeof NEEDS)[number];

/** Kendala kinds of S3. */
export const CONSTRAINT_TYPES = [
  "raw_material",
  "capital",
  "marketing",
  "distribution",
  "permits",
  "other",
] as const;
export type ConstraintType = (typeof CONSTRAINT_TYPES)[number];

export const CONSTRAINT_STATUSES = ["open", "in_progress", "resolved"] as const;
export type ConstraintStatus = (typeof CONSTRAINT_STATUSES)[number];

const NEXT_STATUS: Record<ConstraintStatus, readonly ConstraintStatus[]> = {
  open: ["in_progress", "resolved"],
  in_progress: ["resolved", "open"],
  resolved: ["open"],
};

/** Work moves forward (open → in progress → resolved); a resolved kendala may be reopened. */
export function canMoveConstraint(from: ConstraintStatus, to: ConstraintStatus): boolean {
  return NEXT_STATUS[from].includes(to);
}
