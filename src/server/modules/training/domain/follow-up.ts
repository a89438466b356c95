// A training follow-up's state (3 or 6 months after the event's last day), the one rule for the list
// and for recording. Days are calendar days ("YYYY-MM-DD") in the office's zone: the caller passes
// `today` from shared/local-time's localDate for the event's region.
//   recorded  — its outcome is in;
//   missed    — not recorded, but a later follow-up of the same seat is: the register already holds
//               a newer observation, so an older one may no longer be recorded over it;
//   due       — not recorded and its day has come (late ones stay due: a missed 3-month follow-up
//               never blocks the 6-month one);
//   upcoming  — its day is still ahead.

export const FOLLOW_UP_STATES = ["due", "upcoming", "recorded", "missed"] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

export type FollowUpSlot = {
  dueOn: string;
  recorded: boolean;
  /** A later checkpoint of the same participant is recorded. */
  laterRecorded: boolean;
};

export function followUpState(slot: FollowUpSlot, today: string): FollowUpState {
  if (slot.recorded) return "recorded";
  if (slot.laterRecorded) return "missed";
  return slot.dueOn <= today ? "due" : "upcoming";
}

/** Why a follow-up may not be recorded today, or null when it may. */
export function followUpRefusal(slot: FollowUpSlot, today: string): "recorded" | "missed" | "not_due" | null {
  const state = followUpState(slot, today);
  if (state === "due") return null;
  return state === "upcoming" ? "not_due" : state;
}
