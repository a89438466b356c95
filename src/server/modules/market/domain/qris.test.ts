import fc from "fast-check";
import { checksum as oracleChecksum, parse as oracleParse } from "promptparse";
import { describe, expect, it } from "vitest";
import { buildDynamicQris, parseQris, QRIS_MAX_AMOUNT } from "./qris";
import { SAMPLE_STATIC_QRIS } from "./qris-sample";
import { crc16CcittFalse, encodeTlv, parseTlv, withCrc } from "./qris-tlv";

function build(amount: number, billNumber?: string): string {
  const out = buildDynamicQris({
    staticPayload: SAMPLE_STATIC_QRIS,
    amount,
    ...(billNumber ? { billNumber } : {}),
  });
  if (!out.ok) throw new Error(out.error.code);
  return out.payload;
}

describe("crc16CcittFalse", () => {
  it.each([
    ["123456789", "29B1"], // the catalogue check value of CRC-16/CCITT-FALSE
    ["", "FFFF"],
    ["A", "B915"],
  ])("%s → %s", (text, crc) => {
    expect(crc16CcittFalse(text)).toBe(crc);
  });

  it("agrees with promptparse on any ASCII text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) }),
        (text) => {
          expect(crc16CcittFalse(text)).toBe(oracleChecksum(text, true));
        },
      ),
    );
  });
});

describe("parseQris", () => {
  it("reads the sample static payload", () => {
    const out = parseQris(SAMPLE_STATIC_QRIS);
    expect(out.ok && out.qris).toMatchObject({
      initiation: "static",
      merchantName: "PLUT KALTENG",
      merchantCity: "PALANGKA RAYA",
      nmid: "ID10200000000001",
      postalCode: "73112",
      amount: undefined,
      crc: "D858",
    });
    expect(oracleParse(SAMPLE_STATIC_QRIS, true)?.validate("63")).toBe(true);
  });

  const body = (fields: { id: string; value: string }[]): string => withCrc(encodeTlv(fields));
  const base = parseTlv(SAMPLE_STATIC_QRIS.slice(0, -8));
  const baseFields = base.ok ? base.fields : [];
  const replace = (id: string, value: string | null) =>
    body(baseFields.flatMap((f) => (f.id !== id ? [f] : value === null ? [] : [{ id, value }])));

  it.each([
    ["wrong CRC", `${SAMPLE_STATIC_QRIS.slice(0, -4)}0000`, "CRC_MISMATCH"],
    [
      "edited merchant without new CRC",
      SAMPLE_STATIC_QRIS.replace("PLUT KALTENG", "PLUT KALTENX"),
      "CRC_MISMATCH",
    ],
    ["no CRC", SAMPLE_STATIC_QRIS.slice(0, -8), "MISSING_CRC"],
    ["CRC not last", `${SAMPLE_STATIC_QRIS}0102AB`, "MISSING_CRC"],
    ["truncated field", withCrc("000201010211599"), "MALFORMED_TLV"],
    ["duplicate tag", withCrc("00020100020101021159"), "DUPLICATE_TAG"],
    ["format not 01", replace("00", "02"), "UNSUPPORTED_FORMAT"],
    ["initiation not 11/12", replace("01", "13"), "UNSUPPORTED_FORMAT"],
    ["currency not IDR", replace("53", "764"), "NOT_QRIS"],
    ["no QRIS template", replace("51", null), "NOT_QRIS"],
    ["no merchant name", replace("59", null), "NOT_QRIS"],
    [
      "fractional amount",
      body([...baseFields, { id: "54", value: "5000.50" }].sort((a, b) => Number(a.id) - Number(b.id))),
      "INVALID_AMOUNT",
    ],
    ["empty", "", "MISSING_CRC"],
  ])("rejects %s", (_name, payload, code) => {
    const out = parseQris(payload);
    expect(out.ok ? "ok" : out.error.code).toBe(code);
  });

  it("accepts a lower-case CRC and an amount written with .00", () => {
    const withAmount = body(
      [...baseFields, { id: "54", value: "5000.00" }].sort((a, b) => Number(a.id) - Number(b.id)),
    );
    const lower = withAmount.slice(0, -4) + withAmount.slice(-4).toLowerCase();
    const out = parseQris(lower);
    expect(out.ok && out.qris.amount).toBe(5000);
  });
});

describe("buildDynamicQris", () => {
  it("builds the expected dynamic payload for Rp10.000 with an order code", () => {
    const payload = build(10000, "MSK-7KQ4XZP");
    const expectedBody =
      "00020101021226690016ID.CO.CONTOH.WWW0119936009990000000001102150000000000000010303UMI" +
      "51450014ID.CO.QRIS.WWW0216ID102000000000010303UMI520459995303360540510000" +
      "5802ID5912PLUT KALTENG6013PALANGKA RAYA610573112621501" +
      "11MSK-7KQ4XZP6304";
    expect(payload.slice(0, -4)).toBe(expectedBody);
    expect(payload.slice(-4)).toBe(oracleChecksum(expectedBody, true));
  });

  it("is valid for promptparse and carries exactly the amount, for any amount", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: QRIS_MAX_AMOUNT }),
        fc.option(fc.stringMatching(/^[A-Z2-9-]{1,25}$/), { nil: undefined }),
        (amount, bill) => {
          const payload = build(amount, bill);
          const oracle = oracleParse(payload, true, true);
          expect(oracle?.validate("63")).toBe(true);
          expect(oracle?.getTagValue("01")).toBe("12");
          expect(oracle?.getTagValue("54")).toBe(String(amount));
          expect(oracle?.getTagValue("62", "01")).toBe(bill);
          const ours = parseQris(payload);
          expect(ours.ok && [ours.qris.initiation, ours.qris.amount, ours.qris.billNumber]).toEqual([
            "dynamic",
            amount,
            bill,
          ]);
          const ids = (oracle?.getTags() ?? []).map((t) => Number(t.id));
          expect(ids).toEqual([...ids].sort((a, b) => a - b));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("replaces an existing amount, tip fields and bill number instead of duplicating them", () => {
    const tipped = parseTlv(SAMPLE_STATIC_QRIS.slice(0, -8));
    const fields = tipped.ok ? tipped.fields : [];
    const withExtras = withCrc(
      encodeTlv(
        [
          ...fields,
          { id: "54", value: "99" },
          { id: "55", value: "01" },
          { id: "62", value: "0103OLD0703T01" },
        ].sort((a, b) => Number(a.id) - Number(b.id)),
      ),
    );
    const out = buildDynamicQris({ staticPayload: withExtras, amount: 5000, billNumber: "NEW" });
    const parsed = out.ok ? oracleParse(out.payload, true, true) : null;
    expect(parsed?.getTagValue("54")).toBe("5000");
    expect(parsed?.getTag("55")).toBeUndefined();
    expect(parsed?.getTagValue("62")).toBe("0103NEW0703T01");
  });

  it.each([
    [0, undefined, "AMOUNT_OUT_OF_RANGE"],
    [-5000, undefined, "AMOUNT_OUT_OF_RANGE"],
    [QRIS_MAX_AMOUNT + 1, undefined, "AMOUNT_OUT_OF_RANGE"],
    [5000.5, undefined, "AMOUNT_OUT_OF_RANGE"],
    [5000, "", "INVALID_BILL_NUMBER"],
    [5000, "X".repeat(26), "INVALID_BILL_NUMBER"],
    [5000, "pesanan é", "INVALID_BILL_NUMBER"],
  ])("rejects amount %d, bill %s", (amount, billNumber, code) => {
    const out = buildDynamicQris({
      staticPayload: SAMPLE_STATIC_QRIS,
      amount,
      ...(billNumber !== undefined ? { billNumber } : {}),
    });
    expect(out.ok ? "ok" : out.error.code).toBe(code);
  });

  it("rejects a broken static payload and says why", () => {
    const out = buildDynamicQris({ staticPayload: `${SAMPLE_STATIC_QRIS.slice(0, -4)}0000`, amount: 5000 });
    expect(out).toEqual({ ok: false, error: { code: "INVALID_STATIC_PAYLOAD", cause: "CRC_MISMATCH" } });
  });

  it("accepts exactly Rp10.000.000", () => {
    expect(parseQris(build(QRIS_MAX_AMOUNT)).ok).toBe(true);
  });
});
