import { describe, expect, it } from "vitest";
import { NULL_LEVEL } from "./comparison-types";
import { comparisonByName } from "./comparisons";
import { prep } from "./testing-records";
import type { LinkRecord } from "./types";

const levelOf = (
  name: Parameters<typeof comparisonByName>[0],
  b: Partial<LinkRecord>,
  a: Partial<LinkRecord> = {},
) => {
  const c = comparisonByName(name);
  const l = c.compare(prep("A", a), prep("B", b));
  return l === NULL_LEVEL ? null : c.levels[l];
};

describe("nationalId comparison (NIK-aware)", () => {
  it.each([
    [{}, "exact"],
    [{ nationalId: "6271011506850004" }, "near"],
    [{ nationalId: "6271011506850030" }, "near"],
    [{ nationalId: "6271011506850014" }, "near2"],
    [{ nationalId: "6271011560850003" }, "near"],
    [{ nationalId: "6271011506850000" }, "near"],
    [{ nationalId: "3204110609970001" }, "different"],
    [{ nationalId: "" }, null],
    // The family-card number typed into the NIK field is no evidence either way.
    [{ nationalId: "6271010101120005", familyId: "" }, null],
  ] as const)("%j → %s", (b, expected) => {
    expect(levelOf("nationalId", b)).toBe(expected);
  });
});

describe("person comparisons", () => {
  it.each([
    ["name", { fullName: "MOH. RIZKI PRATAMA" }, "exact"],
    ["name", { fullName: "Pratama Muhammad Rizki" }, "sameTokens"],
    ["name", { fullName: "Muhammad Rizki Pratma" }, "fuzzy"],
    ["name", { fullName: "Muhammad Rizki" }, "subset"],
    ["name", { fullName: "Ahmad Fauzi" }, "different"],
    ["birthDate", { birthDate: "06-15-1985" }, "swap"],
    ["birthDate", { birthDate: "" }, null],
    ["birthDate", { birthDate: "1985-06-15" }, "exact"],
    ["birthDate", { birthDate: "15 Juni 1985" }, "exact"],
    ["birthDate", { birthDate: "1985-06-16" }, "near"],
    ["sex", { sex: "Laki-laki" }, "same"],
    ["sex", { sex: "P" }, "different"],
    ["familyId", { familyId: "6271010101120006" }, "near"],
    ["phone", { phone: "0812-3456-7890" }, "exact"],
    ["phone", { phone: "081234567891" }, "near"],
    ["phone", { phone: "085299990000" }, "different"],
  ] as const)("%s %j → %s", (name, b, expected) => {
    expect(levelOf(name, b)).toBe(expected);
  });

  it("a day/month swap is its own level", () => {
    expect(levelOf("birthDate", { birthDate: "1985-06-05" }, { birthDate: "1985-05-06" })).toBe("swap");
  });
});

describe("place and business comparisons", () => {
  it.each([
    ["address", { address: "Jalan Tjilik Riwut Nomor 12" }, "exact"],
    ["address", { address: "Jl. Tjilik Riwut No. 12A" }, "high"],
    ["address", { address: "Jl. Tjilik Riwut No. 21" }, "medium"],
    ["address", { address: "Jl. Mawar No. 3" }, "low"],
    ["address", { address: "Gg. Mawar 3" }, "different"],
    ["rtRw", { rt: "2", rw: "3" }, "both"],
    ["rtRw", { rt: "2", rw: "4" }, "one"],
    ["region", { regionCode: "62.71.01.1002" }, "district"],
    ["region", { regionCode: "62.71.02.1001" }, "regency"],
    ["region", { regionCode: "62.02.01.2001" }, "province"],
    ["region", { regionCode: "32.71.01.1001" }, "different"],
    ["birthPlace", { birthPlace: "Kota Palangka Raya" }, "exact"],
    ["birthPlace", { birthPlace: "Palangkaraya" }, "high"],
    ["business", { businessName: "WARUNG MAKAN BERKAH" }, "exact"],
    ["business", { businessName: "Warung Berkah" }, "medium"],
    ["business", { businessName: "Bengkel Motor Jaya" }, "different"],
  ] as const)("%s %j → %s", (name, b, expected) => {
    expect(levelOf(name, b)).toBe(expected);
  });
});
