// Small presentation helpers of the aid feature.
import { formatRupiah } from "../../../../shared/money";
import type { ProposalStatus } from "../api/types";

export { formatRupiah };

export const STATUS_COLOR: Record<ProposalStatus, string> = {
  draft: "gray",
  submitted: "blue",
  returned: "orange",
  verified: "cyan",
  approved: "green",
  rejected: "red",
  disbursed: "teal",
  failed: "red",
};

export function canPropose(role: string): boolean {
  return role === "admin_provinsi" || role === "operator_kabkota";
}

export function canVerify(role: string): boolean {
  return role === "admin_provinsi";
}

export function isEditableStatus(status: ProposalStatus): boolean {
  return status === "draft" || status === "returned";
}

export function isFrozenStatus(status: ProposalStatus): boolean {
  return status === "approved" || status === "disbursed" || status === "failed";
}

/** "2020-09-15T…" → "15-09-2020" (dates are shown day first). */
export function shortDate(iso: string | null): string {
  if (!iso) return "-";
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}-${m}-${y}`;
}
