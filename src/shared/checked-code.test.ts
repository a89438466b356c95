import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, generateCheckedCode, normaliseCheckedCode } from "./checked-code";

const fixed = (seq: number[]) => {
  let i = 0;
  return () => seq[i++ % seq.length] ?? 0;
};
const opts = { prefix: "SRT", length: 6 };

describe("checked codes", () => {
  const code = generateCheckedCode({ random: fixed([3, 14, 27, 0, 9, 30]), ...opts });
  it("generates prefix, body and check symbol", () => {
    expect(code).toMatch(/^SRT-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{7}$/);
  });
  it("normalises what a person typed", () => {
    expect(normaliseCheckedCode(code.toLowerCase().replace("-", " "), opts)).toEqual({ ok: true, code });
    expect(normaliseCheckedCode(code.slice(4), opts)).toEqual({ ok: true, code });
  });
  it("catches one wrong symbol and a swap of neighbours", () => {
    const body = code.slice(4);
    const wrong = (body[0] === "2" ? "3" : "2") + body.slice(1);
    expect(normaliseCheckedCode(wrong, opts)).toMatchObject({ ok: false, reason: "CHECK_FAILED" });
    if (body[1] !== body[2]) {
      const swapped = body[0]! + body[2] + body[1] + body.slice(3);
      expect(normaliseCheckedCode(swapped, opts)).toMatchObject({ ok: false, reason: "CHECK_FAILED" });
    }
  });
  const bad: Array<[string, string]> = [
    ["", "EMPTY"],
    ["SRT-O23456X", "AMBIGUOUS_CHARACTER"],
    ["SRT-2345", "WRONG_FORMAT"],
    ["SRT-23456#X", "WRONG_FORMAT"],
  ];
  for (const [input, reason] of bad)
    it(`refuses "${input}" (${reason})`, () =>
      expect(normaliseCheckedCode(input, opts)).toMatchObject({ ok: false, reason }));
  it("uses 31 unambiguous symbols", () => expect(CODE_ALPHABET).toHaveLength(31));
});
