// Units freed on a confirmed pre-order day (a cancellation, or an allocated order left unpaid past
// its deadline) go to the day's orders still short of what they ordered — wait-listed ones and
// ones the allocation served only in part — in the published allocation order (time of ordering,
// as the allocation run lists them); each offer carries its own explanation.
import { groupDigits } from "../../../../shared/money";
import type { Lang } from "./explain-allocation";

export type FreedReason = "cancelled" | "expired";

/** An order still short: `quantity` units still wanted; `held` units it already has (0: wait-listed). */
export type WaitingOrder = { orderId: string; quantity: number; held?: number };

/** What one waiting order is offered, and its place in the wait-list (1-based). */
export type WaitlistOffer = {
  orderId: string;
  units: number;
  position: number;
  waiting: number;
  freed: FreedReason;
  /** Units the order held before this offer: > 0 for a top-up of a partly served order. */
  held?: number;
};

/**
 * Hands `units` to the waiting orders in the given order, each up to its quantity; returns the
 * offers and the units nobody on the wait-list took (those go to the shelf).
 */
export function offerFreedUnits(
  units: number,
  waiting: readonly WaitingOrder[],
  freed: FreedReason,
): { offers: WaitlistOffer[]; left: number } {
  let left = Math.max(units, 0);
  const offers: WaitlistOffer[] = [];
  waiting.forEach((w, i) => {
    if (left === 0 || w.quantity <= 0) return;
    const give = Math.min(w.quantity, left);
    left -= give;
    const held = w.held ?? 0;
    offers.push({
      orderId: w.orderId,
      units: give,
      position: i + 1,
      waiting: waiting.length,
      freed,
      ...(held > 0 ? { held } : {}),
    });
  });
  return { offers, left };
}

/**
 * The buyer's explanation of an offer, e.g. "Pesanan lain dibatalkan; Anda urutan ke-1 …"; a top-up
 * of a partly served order says how many more units it receives and what it holds now.
 */
export function explainOffer(offer: Omit<WaitlistOffer, "orderId">, unit: string, lang: Lang): string {
  const n = (x: number) => groupDigits(x, lang === "id" ? "." : ",");
  const held = offer.held ?? 0;
  if (lang === "id") {
    const why =
      offer.freed === "expired"
        ? "Pesanan lain tidak dibayar sampai batas waktunya"
        : "Pesanan lain dibatalkan";
    if (held > 0)
      return `${why}; Anda urutan ke-${n(offer.position)} dari ${n(offer.waiting)} pembeli yang belum menerima penuh (urutan waktu pesan) dan kini menerima ${n(offer.units)} ${unit} lagi, jadi ${n(held + offer.units)} ${unit}.`;
    return `${why}; Anda urutan ke-${n(offer.position)} dari ${n(offer.waiting)} di daftar tunggu (urutan waktu pesan) dan kini menerima ${n(offer.units)} ${unit}.`;
  }
  const why =
    offer.freed === "expired" ? "Another order was not paid by its deadline" : "Another order was cancelled";
  if (held > 0)
    return `${why}; you are number ${n(offer.position)} of ${n(offer.waiting)} buyers not fully served (by time of ordering) and now receive ${n(offer.units)} more ${unit}, ${n(held + offer.units)} ${unit} in all.`;
  return `${why}; you are number ${n(offer.position)} of ${n(offer.waiting)} on the wait-list (by time of ordering) and now receive ${n(offer.units)} ${unit}.`;
}

/** The payment deadline of an allocation or offer made at `at`, `hours` later. */
export function paymentDeadline(at: Date, hours: number): Date {
  return new Date(at.getTime() + Math.max(hours, 1) * 3_600_000);
}
