// Who may see an order's buyer by its code: anyone holding the code sees status, lines and payment,
// but the buyer's name, institution and address only after giving the last 4 digits of the WhatsApp
// number the order was placed with (codes can be guessed; phones cannot be read off a tracking page).
import { marketError } from "../errors";
import { takePhoneGuess } from "./order-code-limits";

/** The number with its last digits hidden too, as shown before the buyer proved it is theirs. */
export function hidePhone(e164: string): string {
  const local = e164.replace(/^\+62/, "");
  return `+62 ${local.slice(0, 3)}-****-****`;
}

/** True when the digits match; a wrong answer counts against the order's guess budget and is a 403. */
export function checkPhoneLast4(orderCode: string, e164: string, last4: string): boolean {
  if (e164.replace(/\D/g, "").slice(-4) === last4) return true;
  takePhoneGuess(orderCode);
  throw marketError("PHONE_MISMATCH");
}

/** "Received from" on the receipt: the buyer by name with the digits, by initials without them. */
export function receiptBuyer(
  order: { code: string; buyerName: string; buyerPhone: string; institution: string | null },
  phoneLast4: string | undefined,
): string {
  if (phoneLast4 !== undefined && checkPhoneLast4(order.code, order.buyerPhone, phoneLast4)) {
    return order.institution ? `${order.institution} (${order.buyerName})` : order.buyerName;
  }
  return order.buyerName
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${w[0]}.`)
    .join(" ");
}
