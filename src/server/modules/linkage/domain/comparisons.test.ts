import { describe, expect, it } from "vitest";
import { NULL_LEVEL } from "./comparison-types";
import { comparisonByName } from "./comparisons";
import { demoteFamilyNumbers } from "./family-numbers";
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
    // One slip in the serial or the district code of people born the same day: weak, because
    // different people's NIKs are often that close (same-day serials 0001/0002, districts 01/02).
    [{ nationalId: "6271011506850004" }, "near2"],
    [{ nationalId: "6271011506850030" }, "near2"],
    [{ nationalId: "6271021506850003" }, "near2"],
    [{ nationalId: "6271011506850014" }, "near2"],
    [{ nationalId: "6271011560850003", birthDate: "" }, "near"],
    [{ nationalId: "6271011506950003", birthDate: "" }, "near"],
    // Last digit zeroed by a numeric spreadsheet cell: unknown, so only the first 15 digits agree.
    [{ nationalId: "6271011506850000" }, "near2"],
    [{ nationalId: "3204110609970001", birthDate: "1997-09-06" }, "different"],
    // Digits 7-12 that are not the record's birth date (a family card's issue date): never against.
    [{ nationalId: "3204110609970001" }, null],
    [{ nationalId: "" }, null],
    [{ nationalId: "0000000000000000" }, null],
    [{ nationalId: "0" }, null],
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
    ["rtRw", { rt: "9", rw: "7" }, "different"],
    // Moved to another village of the regency: its RT and RW are numbered anew.
    ["rtRw", { rt: "9", rw: "7", regionCode: "62.71.01.1002" }, null],
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

describe("sex read from a NIK", () => {
  // A woman's NIK carries her birth day + 40; a slip in those digits reads as a man.
  const woman = { sex: "", birthDate: "1996-12-27", nationalId: "1306086712960001" };
  it("counts when the NIK's date is the record's", () => {
    expect(levelOf("sex", { sex: "L" }, woman)).toBe("different");
  });
  it("says nothing when the other NIK is one slip away", () => {
    expect(levelOf("sex", { ...woman, nationalId: "1306082712960001" }, woman)).toBeNull();
  });
  it("is not read from a NIK whose date is not the record's", () => {
    expect(levelOf("sex", { sex: "P" }, { ...woman, birthDate: "1996-12-07" })).toBeNull();
  });
});

describe("placeholders and family-card numbers in the NIK field", () => {
  it("reads placeholder birth dates as unknown", () => {
    for (const birthDate of ["01-01-1900", "1970-01-01", "31-12-1899", "01-01-1960"]) {
      expect(prep("X", { birthDate }).birthDate).toBe(0);
    }
    expect(prep("X", { birthDate: "02-01-1960" }).birthDate).toBe(19600102);
  });

  it("moves a NIK equal to a family card of the file to the family-card field", () => {
    const owner = prep("A");
    const other = prep("B", { nationalId: "6271010101120005", familyId: "", sex: "" });
    expect(other.nik?.digits).toBe("6271010101120005");
    expect(demoteFamilyNumbers([owner, other])).toBe(1);
    expect(other.nik).toBeNull();
    expect(other.familyId).toBe("6271010101120005");
    expect(other.sex).toBeNull();
    expect(comparisonByName("nationalId").compare(owner, other)).toBe(-1);
    expect(comparisonByName("familyId").compare(owner, other)).toBe(0);
  });

  it.each([
    ["the card number with its last digit zeroed by a numeric cell", "6271010101120000", 1],
    ["the card number cut to 15 digits", "627101010112000", 1],
    ["a NIK one digit from the card", "6271010101120006", 0],
    ["a NIK of another card", "6271010101130005", 0],
  ])("%s", (_label, nationalId, moved) => {
    const other = prep("B", { nationalId, familyId: "" });
    expect(demoteFamilyNumbers([prep("A"), other])).toBe(moved);
  });

  it("knows a card cut to 15 digits whatever its lost last digit", () => {
    const cut = prep("A", { familyId: "627101010112000" });
    const other = prep("B", { nationalId: "6271010101120007", familyId: "" });
    expect(demoteFamilyNumbers([cut, other])).toBe(1);
  });
});
