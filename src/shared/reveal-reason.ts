// Why someone asks to see a full NIK (UU PDP: processing of specific personal data is recorded with
// its purpose). The server refuses a reveal without one; the web's reason dialog applies the same
// bounds before sending. Spaces are collapsed, so "          " or "a  b" do not pass for words.
import { collapseSpaces } from "./text";

export const REVEAL_REASON_MIN = 10;
export const REVEAL_REASON_MAX = 300;

/** The reason as stored (spaces collapsed), or null when missing, too short or too long. */
export function revealReason(raw: string | null | undefined): string | null {
  if (typeof raw !== "string") return null;
  const text = collapseSpaces(raw);
  if (text.length < REVEAL_REASON_MIN || text.length > REVEAL_REASON_MAX) return null;
  return text;
}
