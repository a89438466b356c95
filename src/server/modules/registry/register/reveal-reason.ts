// A full NIK is shown only with a reason (UU PDP: the purpose of processing is recorded); the
// reason goes into the audit event of the reveal, where admins read it (the reveal log).
import { revealReason } from "../../../../shared/reveal-reason";
import { registryError } from "../errors";

/** The reason as stored, or a 400 REVEAL_REASON_REQUIRED naming the bounds. */
export function requireRevealReason(raw: string | null | undefined): string {
  const reason = revealReason(raw);
  if (reason) return reason;
  throw registryError("REVEAL_REASON_REQUIRED");
}

/** The stored form of a reason already checked by canReveal (null for system and CLI reveals). */
export const reasonOf = (raw: string | null | undefined): string | null => revealReason(raw);
