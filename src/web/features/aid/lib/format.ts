// Small presentation helpers of the aid feature.
import type { i18n as I18n, TFunction } from "i18next";
import { formatRupiah } from "../../../../shared/money";
import type { ProposalEventAction, ProposalStatus } from "../api/types";

export { formatRupiah };

/** What one recipient gets: units for in-kind aid (never a money value for goods), else rupiah. */
export function perRecipient(
  t: TFunction,
  p: { kind: string; amount: number; unit: string | null; unitsPerRecipient: number | null },
): string {
  if (p.kind === "in_kind")
    return t("aid.unitsPerRecipient", { count: p.unitsPerRecipient ?? 1, unit: p.unit ?? "" });
  return `${formatRupiah(p.amount)} ${t("aid.perRecipient")}`;
}

/** A register sector by its name (the register's own words); a free-text sector as typed. */
export function sectorName(i18n: I18n, code: string): string {
  const key = `registry.sectors.${code}`;
  return i18n.exists(key) ? String(i18n.t(key as "registry.sectors.lainnya")) : code;
}

/** A size class by the register's name for it; none known is a dash. */
export function sizeName(i18n: I18n, code: string | null | undefined): string {
  if (!code) return "-";
  const key = `registry.sizes.${code}`;
  return i18n.exists(key) ? String(i18n.t(key as "registry.sizes.mikro")) : code;
}

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

/** Every action a history step can have (the compiler holds this to the contract, and each to its label). */
const EVENT_ACTIONS: Record<ProposalEventAction, true> = {
  create: true,
  submit: true,
  verify: true,
  return: true,
  approve: true,
  reject: true,
  disburse: true,
  fail: true,
};
export const eventActions = Object.keys(EVENT_ACTIONS) as ProposalEventAction[];

/** A history step in words; an action this web does not know yet reads as "another step", not as its code. */
export function eventTitle(t: TFunction, action: string): string {
  return Object.hasOwn(EVENT_ACTIONS, action)
    ? t(`aid.history.actions.${action as ProposalEventAction}`)
    : t("aid.history.actions.other");
}
