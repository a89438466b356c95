import { describe, expect, it } from "vitest";
import { IsoDate, RegionCode, Rupiah, Text } from "./contract-primitives";
import { hasControlCharacter } from "./text";

describe("hasControlCharacter", () => {
  it.each([
    ["Budi", false],
    ["Jl. Tjilik Riwut\nKm. 7", false],
    ["a\tb", false],
    ["a\r\nb", false],
    ["Warung Bu Siti 🍜", false],
    ["a\u0000b", true],
    ["a\u0007b", true],
    ["a\u001bb", true],
    ["a\u007fb", true],
  ])("%j → %s", (text, bad) => expect(hasControlCharacter(text)).toBe(bad));
});

describe("zod edge primitives", () => {
  it("Text trims, limits and refuses NUL (the register and matching accepted it: PostgreSQL then failed)", () => {
    expect(Text(10).parse("  Budi  ")).toBe("Budi");
    expect(Text(3).safeParse("Budi").success).toBe(false);
    expect(Text(100).safeParse("Bu\u0000di").success).toBe(false);
    expect(Text().max(5).safeParse("Budi").success).toBe(true);
  });

  it("IsoDate refuses days that do not exist (the matching API accepted 2020-02-31)", () => {
    expect(IsoDate.safeParse("2020-02-29").success).toBe(true);
    expect(IsoDate.safeParse("2020-02-31").success).toBe(false);
    expect(IsoDate.safeParse("2020-2-3").success).toBe(false);
  });

  it("RegionCode trims and checks the dotted shape", () => {
    expect(RegionCode.parse(" 62.71 ")).toBe("62.71");
    expect(RegionCode.safeParse("6271").success).toBe(false);
  });

  it("Rupiah is a non-negative whole number", () => {
    expect(Rupiah.safeParse(2_400_000).success).toBe(true);
    expect(Rupiah.safeParse(-1).success).toBe(false);
    expect(Rupiah.safeParse(1.5).success).toBe(false);
    expect(Rupiah.safeParse(Number.MAX_SAFE_INTEGER + 1).success).toBe(false);
  });
});
