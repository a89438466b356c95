// Who may change trainings (the server's training.manage), and status colours.
import type { Role } from "../../lib/roles";
import type { EventStatus } from "./api/types";

export const canManageTraining = (role: Role): boolean =>
  role === "admin_provinsi" || role === "operator_kabkota" || role === "konsultan_plut";

export const STATUS_COLOR: Record<EventStatus, string> = {
  planned: "blue",
  postponed: "orange",
  rescheduled: "cyan",
  moved_online: "violet",
  held: "green",
  reported: "teal",
  cancelled: "gray",
};

const SIZE_KEYS = ["mikro", "kecil", "menengah", "besar"] as const;
export type SizeKey = (typeof SIZE_KEYS)[number];

/** A size class from the server as an i18n key, or null for an unknown one. */
export function sizeKey(value: string | null): SizeKey | null {
  return SIZE_KEYS.find((s) => s === value) ?? null;
}
