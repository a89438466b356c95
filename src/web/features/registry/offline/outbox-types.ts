// A record typed in the field and waiting to be sent. Its `clientId` (crypto.randomUUID) is the
// idempotency key the server deduplicates on, so sending it twice still creates one business.

export type OutboxStatus =
  /** Waiting for a connection (or for its next retry). */
  | "queued"
  /** A tab is sending it right now. */
  | "sending"
  /** The server has it; kept a few days so the user sees what went through. */
  | "sent"
  /** The server holds a different version under the same client id: the user decides. */
  | "conflict"
  /** The server refused the content (validation): the user must correct it. */
  | "rejected"
  /** The owner is probably registered already (409 LIKELY_DUPLICATE): the user says who it is. */
  | "decision";

/** A registered person the server named in its 409 LIKELY_DUPLICATE answer. */
export type DuplicateCandidate = {
  businessId: string | null;
  personId: string;
  score: number;
  reasons: string[];
};

export type OutboxSummary = { ownerName: string; businessName: string; village: string };

export type OutboxRecord<P = unknown> = {
  clientId: string;
  /** The signed-in user who typed it: only their session may send it. */
  userId: string;
  payload: P;
  summary: OutboxSummary;
  status: OutboxStatus;
  createdAt: string;
  updatedAt: string;
  /** Failed sends so far (network or server trouble), for the back-off. */
  attempts: number;
  /** Epoch ms before which no retry is made. */
  notBefore: number;
  lastError?: string;
  /** Field messages from a refusal, keyed by field path. */
  issues?: Record<string, string>;
  /** The business id the server gave it (set as soon as the business exists on the server). */
  serverId?: string;
  /** True once the kendala typed with the record was also sent. */
  constraintSent?: boolean;
  /** The version the server already holds, when status is "conflict". */
  serverVersion?: unknown;
  /** The server's candidates, when status is "decision". */
  candidates?: DuplicateCandidate[];
  /** Set when the user chose to overwrite the server's version on the next send. */
  overwrite?: boolean;
};

/** Statuses that still need the user's or the network's attention (the header badge counts them). */
export const pendingStatuses: readonly OutboxStatus[] = [
  "queued",
  "sending",
  "conflict",
  "rejected",
  "decision",
];

export function isPending(record: Pick<OutboxRecord, "status">): boolean {
  return pendingStatuses.includes(record.status);
}

/** Progress a multi-step send keeps even if a later step fails. */
export type SendCheckpoint = Partial<Pick<OutboxRecord, "serverId" | "constraintSent">>;

/** What one send attempt came back with; `send` never throws for expected outcomes. */
export type SendOutcome =
  | { kind: "sent"; serverId: string }
  | { kind: "conflict"; serverVersion: unknown; message: string }
  | { kind: "rejected"; message: string; issues: Record<string, string> }
  | { kind: "decision"; message: string; candidates: DuplicateCandidate[] }
  /** Session ended: keep everything queued until the user signs in again. */
  | { kind: "unauthenticated" }
  /** No connection, or a server/transient failure worth retrying later. */
  | { kind: "retry"; message: string; offline: boolean };
