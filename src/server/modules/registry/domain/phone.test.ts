import { describe, expect, it } from "vitest";
import type { RawCell } from "./cell";
import { checkPhoneCell } from "./phone";

const text = (t: string): RawCell => ({ kind: "text", text: t });

describe("checkPhoneCell", () => {
  const E = "+6281234567890";
  const cases: [string, RawCell, string][] = [
    ["0812-…", text("0812-3456-7890"), E],
    ["spaces", text("0812 3456 7890"), E],
    ["dots", text("0812.3456.7890"), E],
    ["+62 812-…", text("+62 812-3456-7890"), E],
    ["+62812…", text("+6281234567890"), E],
    ["62812… without plus", text("6281234567890"), E],
    ["leading 0 dropped by Excel", text("81234567890"), E],
    ["number cell without 0", { kind: "number", value: 81234567890 }, E],
    ["number cell with 62", { kind: "number", value: 6281234567890 }, E],
    ["(WA)", text("0812-3456-7890 (WA)"), E],
    ["WA: prefix", text("WA: 0812 3456 7890"), E],
    ["HP. prefix", text("HP. 081234567890"), E],
    ["+62 (0) 812", text("+62 (0)812 3456 7890"), E],
    ["0062", text("0062 812 3456 7890"), E],
    ["10 digits", text("0812345678"), "+62812345678"],
    ["13 digits", text("0812345678901"), "+62812345678901"],
    ["Telkomsel 0852", text("0852-1234-5678"), "+6285212345678"],
    ["XL 0878", text("0878 1234 5678"), "+6287812345678"],
    ["Smartfren 0881", text("08812345678"), "+628812345678"],
    ["empty", { kind: "empty" }, "empty"],
    ["dash", text("-"), "empty"],
    ["no digits", text("tidak punya"), "empty"],
    ["too short", text("0812345"), "invalid"],
    ["9 digits", text("081234567"), "invalid"],
    ["too long", text("08123456789012"), "invalid"],
    ["landline Palangka Raya", text("(0536) 322-1234"), "invalid"],
    ["landline Jakarta", text("021-5551234"), "invalid"],
    ["another country", text("+60 12-345 6789"), "invalid"],
    ["E+ text", text("6.28123E+12"), "invalid"],
  ];
  it.each(cases)("%s", (_label, cell, expected) => {
    const result = checkPhoneCell(cell);
    expect(result.kind === "valid" ? result.e164 : result.kind).toBe(expected);
  });

  const several: [string, string][] = [
    ["0812-3456-7890 / 0813-1111-2222", "+6281234567890"],
    ["081234567890/081311112222", "+6281234567890"],
    ["0812 3456 7890 ; 0813 1111 2222", "+6281234567890"],
    ["0812 3456 7890 atau 0813 1111 2222", "+6281234567890"],
  ];
  it.each(several)("keeps the first of several: %s", (input, expected) => {
    expect(checkPhoneCell(text(input))).toEqual({ kind: "valid", e164: expected, hadSeveral: true });
  });

  it("a single number is not flagged as several", () => {
    expect(checkPhoneCell(text("0812-3456-7890"))).toMatchObject({ hadSeveral: false });
  });

  it("every mobile prefix 0811–0899 with 10–13 digits gives +628…", () => {
    let n = 0;
    for (let prefix = 11; prefix <= 99; prefix++) {
      for (const rest of ["1234567", "12345678", "123456789"]) {
        const input = `08${prefix}${rest}`;
        const result = checkPhoneCell(text(input));
        if (result.kind === "valid") {
          expect(result.e164).toBe(`+62${input.slice(1)}`);
          n++;
        } else expect(result.kind).toBe("invalid");
      }
    }
    expect(n).toBeGreaterThan(60);
  });
});
