// The aid module's coded values, shared by the Drizzle tables, the zod contract and the web.
// Codes are stable (stored); labels live in the web's i18n files.

export const FUND_SOURCES = ["APBN", "APBD", "DAK", "other"] as const;
export type FundSource = (typeof FUND_SOURCES)[number];

/** Cash per recipient (BPUM), goods (free masks, S5) or a seat in a training. */
export const PROGRAMME_KINDS = ["cash", "in_kind", "training_seat"] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

export const PROPOSAL_STATUSES = [
  "draft",
  "submitted",
  "returned",
  "verified",
  "approved",
  "rejected",
  "disbursed",
  "failed",
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** How documents for the ministry and the recipients (Indonesian only) name a proposal's status. */
export const PROPOSAL_STATUS_ID: Readonly<Record<ProposalStatus, string>> = {
  draft: "Draf",
  submitted: "Diajukan",
  returned: "Dikembalikan",
  verified: "Terverifikasi",
  approved: "Disetujui",
  rejected: "Ditolak",
  disbursed: "Disalurkan",
  failed: "Gagal salur",
};

/** Occupations that bar a person from micro-business aid (BPUM rule). */
export const EXCLUDED_OCCUPATIONS = ["pns", "tni", "polri", "bumn"] as const;
export type ExcludedOccupation = (typeof EXCLUDED_OCCUPATIONS)[number];

export const REQUIRED_DOCUMENTS = ["ktp", "kk", "sku", "business_photo"] as const;
export type RequiredDocument = (typeof REQUIRED_DOCUMENTS)[number];

export const ITEM_STATUSES = ["active", "removed"] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const DECISION_OUTCOMES = ["approved", "rejected"] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const BATCH_STATUSES = ["accepted", "rejected"] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

export const PAYMENT_STATUSES = ["paid", "failed"] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const FINDING_KINDS = [
  "nik_unknown",
  "name_differs",
  "paid_twice",
  "paid_though_excluded",
  "amount_differs",
  "not_paid",
  "payment_failed",
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const FINDING_STATUSES = ["open", "resolved"] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];
