import { describe, expect, it } from "vitest";
import { newSeatCode, readSeatCode } from "./seat-codes";

describe("readSeatCode", () => {
  it("reads a code typed, printed or scanned as the participant page's URL", () => {
    const code = newSeatCode();
    expect(readSeatCode(code)).toBe(code);
    expect(readSeatCode(` ${code} `)).toBe(code);
    expect(readSeatCode(`https://sinergi.example/pelatihan/peserta/${code}?utm=wa`)).toBe(code);
  });

  it("answers null, never throws, for malformed input (a stray % is not valid URL encoding)", () => {
    expect(readSeatCode("%%%")).toBeNull();
    expect(readSeatCode("https://x/pelatihan/peserta/%E0%A4%A")).toBeNull();
    expect(readSeatCode("")).toBeNull();
  });
});
