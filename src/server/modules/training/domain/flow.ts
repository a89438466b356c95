// A training event's life: planned → postponed (with a reason, e.g. waiting for the ministry's
// technical guidance) → rescheduled or moved online → held → reported; cancelled from any open state.
// Pure transition table; the verbs add permissions, history rows and audit.
import { EVENT_STATUSES, type EventStatus } from "./vocab";

const NEXT: Record<EventStatus, readonly EventStatus[]> = {
  planned: ["postponed", "rescheduled", "moved_online", "held", "cancelled"],
  postponed: ["rescheduled", "moved_online", "cancelled"],
  rescheduled: ["postponed", "moved_online", "held", "cancelled"],
  moved_online: ["postponed", "rescheduled", "held", "cancelled"],
  held: ["reported"],
  reported: [],
  cancelled: [],
};

/** Moves that must say why: a postponement or a cancellation is explained to whoever asks later. */
const NEEDS_REASON: ReadonlySet<EventStatus> = new Set(["postponed", "cancelled"]);

export type StatusMove =
  | { readonly kind: "ok"; readonly to: EventStatus }
  | { readonly kind: "not_allowed"; readonly from: EventStatus; readonly to: EventStatus }
  | { readonly kind: "reason_required"; readonly to: EventStatus };

export function moveStatus(input: {
  from: EventStatus;
  to: EventStatus;
  reason?: string | null;
}): StatusMove {
  if (!NEXT[input.from].includes(input.to)) return { kind: "not_allowed", from: input.from, to: input.to };
  if (NEEDS_REASON.has(input.to) && !input.reason?.trim()) return { kind: "reason_required", to: input.to };
  return { kind: "ok", to: input.to };
}

/** The statuses an event may move to next (what the UI offers). */
export function nextStatuses(from: EventStatus): readonly EventStatus[] {
  return NEXT[from];
}

/** Participants may be added while the event has not yet taken place (or been called off). */
export function canAddParticipants(status: EventStatus): boolean {
  return status !== "held" && status !== "reported" && status !== "cancelled";
}

/** Attendance is recorded on the day (the event is on) or after it was marked held. */
export function canRecordAttendance(status: EventStatus): boolean {
  return status !== "postponed" && status !== "cancelled" && status !== "reported";
}

/** Certificates only for an event that took place. */
export function canIssueCertificates(status: EventStatus): boolean {
  return status === "held" || status === "reported";
}

/** "Held" in reports: the training took place (reported ones too). One definition for every report. */
export function countsAsHeld(status: EventStatus): boolean {
  return status === "held" || status === "reported";
}

/** "Postponed" in reports: waiting, not yet rescheduled, moved online or cancelled. */
export function countsAsPostponed(status: EventStatus): boolean {
  return status === "postponed";
}

/** The statuses each report figure counts (for SQL filters built from the same definition). */
export const HELD_STATUSES: readonly EventStatus[] = EVENT_STATUSES.filter(countsAsHeld);
export const POSTPONED_STATUSES: readonly EventStatus[] = EVENT_STATUSES.filter(countsAsPostponed);
