import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  generateOrderCode,
  normaliseOrderCode,
  ORDER_CODE_ALPHABET,
  orderCodeProblem,
  type RandomInt,
} from "./order-code";

const sequence =
  (values: number[]): RandomInt =>
  () => {
    const v = values.shift();
    if (v === undefined) throw new Error("sequence exhausted");
    return v;
  };

const randomArb = fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 6, maxLength: 6 });

describe("generateOrderCode", () => {
  it.each([
    [[0, 0, 0, 0, 0, 0], undefined, "222222"],
    [[5, 14, 21, 2, 28, 30], "MSK", "MSK-7GQ4XZ"],
  ])("%j with prefix %s", (values, prefix, start) => {
    const code = generateOrderCode({ random: sequence([...values]), ...(prefix ? { prefix } : {}) });
    expect(code.startsWith(start)).toBe(true);
    expect(code).toHaveLength(start.length + 1);
    expect(normaliseOrderCode(code)).toEqual({ ok: true, code });
  });

  it("uses only unambiguous symbols", () => {
    expect(ORDER_CODE_ALPHABET).toHaveLength(31);
    expect(ORDER_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it("refuses prefixes with ambiguous letters and bad random sources", () => {
    expect(() => generateOrderCode({ random: sequence([0, 0, 0, 0, 0, 0]), prefix: "PLT" })).toThrow(
      RangeError,
    );
    expect(() => generateOrderCode({ random: () => 31 })).toThrow(RangeError);
  });
});

describe("normaliseOrderCode", () => {
  const code = generateOrderCode({ random: sequence([5, 14, 21, 2, 28, 30]), prefix: "MSK" });
  const plain = generateOrderCode({ random: sequence([5, 14, 21, 2, 28, 30]) });

  it.each([
    [code.toLowerCase(), code],
    [` ${code.replace("-", " ")} `, code],
    [code.replace("-", ""), code],
    [`${code.slice(0, 6)}.${code.slice(6)}`, code],
    [plain.toLowerCase(), plain],
  ])("%s → %s", (typed, canonical) => {
    expect(normaliseOrderCode(typed)).toEqual({ ok: true, code: canonical });
  });

  it.each([
    ["", "EMPTY"],
    ["  - ", "EMPTY"],
    ["MSK-7GQ4XZO", "AMBIGUOUS_CHARACTER"],
    ["MSK-1GQ4XZP", "AMBIGUOUS_CHARACTER"],
    ["MSK-7GQ4#ZP", "INVALID_CHARACTER"],
    ["7GQ4XZ", "WRONG_LENGTH"],
    ["ABCDE-7GQ4XZP", "WRONG_LENGTH"],
    // The prefix is covered by the check symbol: it cannot be dropped or swapped.
    [code.slice(4), "CHECK_FAILED"],
    [`MSA${code.slice(3)}`, "CHECK_FAILED"],
  ])("%s → %s", (typed, reason) => {
    const r = normaliseOrderCode(typed);
    expect(r.ok ? "ok" : r.reason).toBe(reason);
  });

  it("catches every single wrong symbol and every swap of neighbours before the check symbol", () => {
    fc.assert(
      fc.property(
        randomArb,
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 30 }),
        (values, at, shift) => {
          const good = generateOrderCode({ random: sequence([...values]) });
          const i = ORDER_CODE_ALPHABET.indexOf(good[at] ?? "");
          const typo = good.slice(0, at) + ORDER_CODE_ALPHABET[(i + shift) % 31] + good.slice(at + 1);
          expect(normaliseOrderCode(typo)).toMatchObject({ ok: false, reason: "CHECK_FAILED" });
          const a = good[at] ?? "";
          const b = good[at + 1] ?? "";
          if (at < 5 && a !== b) {
            const swapped = good.slice(0, at) + b + a + good.slice(at + 2);
            expect(normaliseOrderCode(swapped)).toMatchObject({ ok: false, reason: "CHECK_FAILED" });
          }
        },
      ),
    );
  });

  it("explains a rejection in Indonesian and English", () => {
    const r = normaliseOrderCode("MSK-7GQ4XZO");
    expect(orderCodeProblem(r, "id")).toBe(
      'Kode pesanan tidak memakai huruf/angka "O" (tidak ada 0, O, 1, I, L). Periksa kembali.',
    );
    expect(orderCodeProblem(normaliseOrderCode("MSK7GQ4XZZ"), "en")).toBe(
      "The order code has a typo. Please check it.",
    );
    expect(orderCodeProblem(normaliseOrderCode(code), "en")).toBeUndefined();
  });
});
