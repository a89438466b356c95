// QRIS (Bank Indonesia's EMVCo MPM profile): read and check a merchant payload, and turn the PLUT's
// static payload into a dynamic one carrying an order's exact amount, so the buyer cannot mistype it.

import { crc16CcittFalse, encodeTlv, parseTlv, sortFields, type TlvField, withCrc } from "./qris-tlv";

/** Bank Indonesia's per-transaction maximum for QRIS. */
export const QRIS_MAX_AMOUNT = 10_000_000;

export type Qris = {
  fields: TlvField[];
  initiation: "static" | "dynamic";
  merchantName: string;
  merchantCity: string;
  nmid: string | undefined;
  postalCode: string | undefined;
  /** Whole Rupiah from tag 54, when present. */
  amount: number | undefined;
  billNumber: string | undefined;
  crc: string;
};

export type QrisErrorCode =
  | "MALFORMED_TLV"
  | "DUPLICATE_TAG"
  | "MISSING_CRC"
  | "CRC_MISMATCH"
  | "UNSUPPORTED_FORMAT"
  | "NOT_QRIS"
  | "INVALID_AMOUNT";

export type ParseQrisResult = { ok: true; qris: Qris } | { ok: false; error: { code: QrisErrorCode } };

const fail = (code: QrisErrorCode): { ok: false; error: { code: QrisErrorCode } } => ({
  ok: false,
  error: { code },
});

function parseAmount(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(value);
  if (!m || /[1-9]/.test(m[2] ?? "")) return null;
  return Number(m[1]);
}

/** Parses and checks a QRIS payload: TLV structure, CRC, the fixed QRIS fields. */
export function parseQris(payload: string): ParseQrisResult {
  const text = payload.trim();
  const crcAt = text.length - 8;
  if (crcAt < 0 || text.slice(crcAt, crcAt + 4) !== "6304") return fail("MISSING_CRC");
  const tlv = parseTlv(text);
  if (!tlv.ok) return fail(tlv.error.code);
  const crc = text.slice(crcAt + 4);
  const last = tlv.fields[tlv.fields.length - 1];
  // "6304" could sit inside a value; the CRC must be the last field of the payload itself.
  if (last?.id !== "63" || last.value !== crc) return fail("MISSING_CRC");
  if (crc16CcittFalse(text.slice(0, crcAt + 4)) !== crc.toUpperCase()) return fail("CRC_MISMATCH");
  const get = (id: string): string | undefined => tlv.fields.find((f) => f.id === id)?.value;
  if (get("00") !== "01") return fail("UNSUPPORTED_FORMAT");
  const initiation = get("01");
  if (initiation !== "11" && initiation !== "12") return fail("UNSUPPORTED_FORMAT");
  const national = parseTlv(get("51") ?? "");
  const nationalGet = (id: string): string | undefined =>
    national.ok ? national.fields.find((f) => f.id === id)?.value : undefined;
  const merchantName = get("59");
  const merchantCity = get("60");
  if (
    nationalGet("00") !== "ID.CO.QRIS.WWW" ||
    get("53") !== "360" ||
    get("58") !== "ID" ||
    !merchantName ||
    !merchantCity
  ) {
    return fail("NOT_QRIS");
  }
  const amount = parseAmount(get("54"));
  if (amount === null) return fail("INVALID_AMOUNT");
  const additional = parseTlv(get("62") ?? "");
  const billNumber = additional.ok ? additional.fields.find((f) => f.id === "01")?.value : undefined;
  return {
    ok: true,
    qris: {
      fields: tlv.fields,
      initiation: initiation === "11" ? "static" : "dynamic",
      merchantName,
      merchantCity,
      nmid: nationalGet("02"),
      postalCode: get("61"),
      amount,
      billNumber,
      crc: crc.toUpperCase(),
    },
  };
}

export type BuildDynamicQrisResult =
  | { ok: true; payload: string }
  | {
      ok: false;
      error: {
        code: "AMOUNT_OUT_OF_RANGE" | "INVALID_BILL_NUMBER" | "INVALID_STATIC_PAYLOAD";
        cause?: QrisErrorCode;
      };
    };

/** Tags a dynamic, exact-amount payload must not carry: amount, tip prompt and convenience fees, CRC. */
const DROPPED = new Set(["54", "55", "56", "57", "63"]);

function additionalData(existing: string | undefined, billNumber: string): string | null {
  const parsed = parseTlv(existing ?? "");
  const sub = parsed.ok ? parsed.fields.filter((f) => f.id !== "01") : [];
  const value = encodeTlv(sortFields([...sub, { id: "01", value: billNumber }]));
  return value.length <= 99 ? value : null;
}

/**
 * Builds a dynamic QRIS payload (tag 01 = "12") for an exact amount in whole Rupiah, optionally with
 * the order code as bill number (tag 62, sub-tag 01), from the merchant's static payload.
 */
export function buildDynamicQris(options: {
  staticPayload: string;
  amount: number;
  billNumber?: string;
}): BuildDynamicQrisResult {
  const { amount, billNumber } = options;
  if (!Number.isSafeInteger(amount) || amount <= 0 || amount > QRIS_MAX_AMOUNT) {
    return { ok: false, error: { code: "AMOUNT_OUT_OF_RANGE" } };
  }
  if (billNumber !== undefined && !/^[\x20-\x7e]{1,25}$/.test(billNumber)) {
    return { ok: false, error: { code: "INVALID_BILL_NUMBER" } };
  }
  const parsed = parseQris(options.staticPayload);
  if (!parsed.ok) return { ok: false, error: { code: "INVALID_STATIC_PAYLOAD", cause: parsed.error.code } };
  const fields = parsed.qris.fields
    .filter((f) => !DROPPED.has(f.id))
    .map((f) => (f.id === "01" ? { id: "01", value: "12" } : f));
  fields.push({ id: "54", value: String(amount) });
  if (billNumber !== undefined) {
    const value = additionalData(fields.find((f) => f.id === "62")?.value, billNumber);
    if (value === null) return { ok: false, error: { code: "INVALID_BILL_NUMBER" } };
    const at = fields.findIndex((f) => f.id === "62");
    if (at >= 0) fields.splice(at, 1);
    fields.push({ id: "62", value });
  }
  return { ok: true, payload: withCrc(encodeTlv(sortFields(fields))) };
}
