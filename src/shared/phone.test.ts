import { describe, expect, it } from "vitest";
import { isE164Mobile, parseMobilePhone, phoneForMatching, toE164Mobile } from "./phone";

const E = "+6281234567890";

// The union of the cases of the register's, the matching engine's, the store's and the web form's
// copies, plus the inputs on which they disagreed (marked "was …").
describe("toE164Mobile", () => {
  const cases: [string, string, string | null][] = [
    ["0812-…", "0812-3456-7890", E],
    ["spaces", "0812 3456 7890", E],
    ["dots", "0812.3456.7890", E],
    ["no separators", "081234567890", E],
    ["+62 812-…", "+62 812-3456-7890", E],
    ["+62 with spaces", "+62 812 3456 7890", E],
    ["+62812…", "+6281234567890", E],
    ["62812… without plus", "6281234567890", E],
    ["leading 0 dropped by Excel", "81234567890", E],
    ["(WA)", "0812-3456-7890 (WA)", E],
    ["WA: prefix", "WA: 0812 3456 7890", E],
    ["HP. prefix", "HP. 081234567890", E],
    ["No. HP: prefix", "No. HP: 0812 3456 7890", E],
    ["label glued to the number", "HP081234567890", E],
    ["+62 (0) 812", "+62 (0)812 3456 7890", E],
    ["0062", "0062 812 3456 7890", E],
    ["0062, 12 digits", "0062 812 3456 789", "+628123456789"],
    ["area code in brackets", "(0813) 4999 1234", "+6281349991234"],
    ["10 digits", "0812345678", "+62812345678"],
    ["13 digits", "0812345678901", "+62812345678901"],
    ["Telkomsel 0852", "0852-1234-5678", "+6285212345678"],
    ["XL 0878", "0878 1234 5678", "+6287812345678"],
    ["Smartfren 0881", "08812345678", "+628812345678"],
    ["empty", "", null],
    ["dash", "-", null],
    ["no digits", "tidak punya", null],
    ["abc", "abc", null],
    ["too short", "0812345", null],
    ["4 digits", "0812", null],
    ["9 digits", "081234567", null],
    ["too long", "08123456789012", null],
    ["far too long", "08123456789012345", null],
    ["landline Palangka Raya", "(0536) 322-1234", null],
    ["landline without brackets", "0536 322 1234", null],
    ["landline Jakarta", "021-5551234", null],
    ["another country", "+60 12-345 6789", null],
    ["USA", "+1 555 123 4567", null],
    ["E+ text", "6.28123E+12", null],
    ["letter l for 1 (was +628234567890 in the register)", "08l2 3456 7890", null],
    ["letter O for 0 (was +6281234567890 in the register)", "0812 3456 789O", null],
    ["letter O after 08", "08O1234567", null],
    ["prefix 080 is no operator", "+6280123456789", null],
    ["prefix 084 is no operator (was accepted by the store and the web form)", "0841 2345 678", null],
    ["a plus inside", "0812+34567890", null],
    ["two numbers", "0812-3456-7890 / 0813-1111-2222", null],
  ];
  it.each(cases)("%s", (_label, input, expected) => {
    expect(toE164Mobile(input)).toBe(expected);
  });

  it("every mobile prefix 0811–0899 with 10–13 digits gives +628… or nothing", () => {
    let n = 0;
    for (let prefix = 11; prefix <= 99; prefix++) {
      for (const rest of ["1234567", "12345678", "123456789"]) {
        const input = `08${prefix}${rest}`;
        const e164 = toE164Mobile(input);
        if (e164) {
          expect(e164).toBe(`+62${input.slice(1)}`);
          expect(isE164Mobile(e164)).toBe(true);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(60);
  });
});

describe("parseMobilePhone says why", () => {
  it.each([
    ["", "EMPTY"],
    ["   ", "EMPTY"],
    ["abc", "CHARS"],
    ["08l2 3456 7890", "CHARS"],
    ["0536 322 1234", "NOT_MOBILE"],
    ["+1 555 123 4567", "NOT_MOBILE"],
  ])("%s → %s", (input, reason) => {
    expect(parseMobilePhone(input)).toEqual({ ok: false, reason });
  });
  it("a mobile number", () => expect(parseMobilePhone("0812-3456-7890")).toEqual({ ok: true, e164: E }));
});

describe("isE164Mobile (stored values)", () => {
  it.each([
    [E, true],
    ["+628123456789", true],
    ["+62812345", false],
    ["+62536322123", false],
    ["081234567890", false],
    ["+6081234567890", false],
  ])("%s → %s", (value, ok) => expect(isE164Mobile(value)).toBe(ok));
});

describe("phoneForMatching: landlines too, one spelling", () => {
  it.each([
    ["0812-3456-7890", E],
    ["081234567890", E],
    ["6281234567890", E],
    ["+62 812 3456 7890", E],
    ["81234567890", E],
    ["0812 3456 7890 (WA)", E],
    ["(0536) 322 1234", "+625363221234"],
    ["+60 12-345 6789", "+60123456789"],
    ["12", ""],
    ["", ""],
    ["08l2 3456 7890 (was +628234567890)", ""],
    ["0812-3456-7890 / 0813-1111-2222", ""],
  ])("%s → %s", (input, expected) => {
    expect(phoneForMatching(input)).toBe(expected);
  });

  it("agrees with toE164Mobile on every mobile number", () => {
    for (const input of ["0812-3456-7890", "+62 852 1234 5678", "62878 1234 5678", "8812345678"]) {
      expect(phoneForMatching(input)).toBe(toE164Mobile(input));
    }
  });
});
