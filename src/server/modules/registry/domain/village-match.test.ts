import { describe, expect, it } from "vitest";
import { candidateRegionKeys, editDistance, regionNameKey } from "./region-names";
import { createVillageMatcher, type VillageRecord } from "./village-match";

// A slice of Palangka Raya (62.71) plus an invented duplicate name in two districts.
const VILLAGES: VillageRecord[] = [
  ["62.71.01.1001", "Pahandut", "62.71.01", "Pahandut"],
  ["62.71.01.1003", "Langkai", "62.71.01", "Pahandut"],
  ["62.71.01.1005", "Pahandut Seberang", "62.71.01", "Pahandut"],
  ["62.71.01.1006", "Tanjung Pinang", "62.71.01", "Pahandut"],
  ["62.71.02.1005", "Sei Gohong", "62.71.02", "Bukit Batu"],
  ["62.71.03.1002", "Menteng", "62.71.03", "Jekan Raya"],
  ["62.71.04.1004", "Kameloh Baru", "62.71.04", "Sabangau"],
  ["62.71.05.1006", "Gaung Baru", "62.71.05", "Rakumpit"],
  ["62.71.04.1009", "Sidomulyo", "62.71.04", "Sabangau"],
  ["62.71.05.1009", "Sidomulyo", "62.71.05", "Rakumpit"],
].map(([code, name, districtCode, districtName]) => ({
  code: code ?? "",
  name: name ?? "",
  districtCode: districtCode ?? "",
  districtName: districtName ?? "",
}));
const ELSEWHERE = new Set(["SEISELAN", "LUBUKGADANG", "TELAGABARU", "KOTOBARU"].map((n) => n));
const match = createVillageMatcher({ villages: VILLAGES, isKnownElsewhere: (k) => ELSEWHERE.has(k) });

const code = (village: string, district?: string) => {
  const r = match({ village, district });
  return r.kind === "found" ? r.code : r.reason;
};

describe("village names within the regency", () => {
  const cases: [string, string | undefined, string][] = [
    ["Langkai", undefined, "62.71.01.1003"],
    ["LANGKAI", undefined, "62.71.01.1003"],
    ["langkai", undefined, "62.71.01.1003"],
    ["Kel. Langkai", undefined, "62.71.01.1003"],
    ["Kelurahan Langkai", undefined, "62.71.01.1003"],
    ["KEL.LANGKAI", undefined, "62.71.01.1003"],
    ["Desa Langkai", undefined, "62.71.01.1003"],
    ["Ds. Langkai", undefined, "62.71.01.1003"],
    ["Nagari Langkai", undefined, "62.71.01.1003"],
    [" Langkai. ", undefined, "62.71.01.1003"],
    ["Langkay", undefined, "62.71.01.1003"],
    ["Lankai", undefined, "62.71.01.1003"],
    ["Pahandut Sebrang", undefined, "62.71.01.1005"],
    ["Pahandut-Seberang", undefined, "62.71.01.1005"],
    ["PahandutSeberang", undefined, "62.71.01.1005"],
    ["Sungai Gohong", undefined, "62.71.02.1005"],
    ["Sei. Gohong", undefined, "62.71.02.1005"],
    ["Tj. Pinang", undefined, "62.71.01.1006"],
    ["Kameloh", undefined, "not_found"],
    ["Sungai Selan", undefined, "other_regency"],
    ["Lubuk Gadang", undefined, "other_regency"],
    ["Desa Telaga Baru", undefined, "other_regency"],
    ["Atlantis", undefined, "not_found"],
    ["", undefined, "empty"],
    ["Kel.", undefined, "empty"],
    ["Langkai, Kec. Pahandut", undefined, "62.71.01.1003"],
    ["Langkai (Pahandut)", undefined, "62.71.01.1003"],
    ["Desa Sidomulyo Kecamatan Rakumpit", undefined, "62.71.05.1009"],
    ["Sidomulyo / Sabangau", undefined, "62.71.04.1009"],
    ["Sidomulyo", "Rakumpit", "62.71.05.1009"],
    ["Sidomulyo", "Kec. Sabangau", "62.71.04.1009"],
    ["Sidomulyo", "Sabangao", "62.71.04.1009"],
  ];
  it.each(cases)("%j (kec %j) → %s", (village, district, expected) => {
    expect(code(village, district)).toBe(expected);
  });

  it("a name in two districts without a hint takes the lowest code and says it was ambiguous", () => {
    expect(match({ village: "Sidomulyo" })).toMatchObject({
      kind: "found",
      code: "62.71.04.1009",
      ambiguous: true,
    });
  });

  it("a typo closer to two different villages is not guessed", () => {
    const two = createVillageMatcher({
      villages: [
        { code: "1", name: "Batu Ampar", districtCode: "d", districtName: "D" },
        { code: "2", name: "Batu Ampur", districtCode: "d", districtName: "D" },
      ],
      isKnownElsewhere: () => false,
    });
    expect(two({ village: "Batu Ampor" })).toEqual({ kind: "unknown", reason: "not_found" });
  });
});

describe("region keys", () => {
  it("prefix words are tried off, then as typed", () => {
    expect(candidateRegionKeys("Kampung Baru")).toEqual(["BARU", "KAMPUNGBARU"]);
    expect(regionNameKey("Kurau (Timur)")).toBe("KURAUTIMUR");
  });
  it("edit distance counts a swap once and stops above the limit", () => {
    expect(editDistance("LANGKAI", "LNAGKAI", 2)).toBe(1);
    expect(editDistance("LANGKAI", "LANGKAI", 0)).toBe(0);
    expect(editDistance("ABCDEFGH", "HGFEDCBA", 2)).toBe(3);
  });
});

describe("village codes (the product's kode_wilayah column)", () => {
  it.each([
    ["62.71.01.1003", "62.71.01.1003"],
    ["6271011003", "62.71.01.1003"],
    [" 62.71.02.1005 ", "62.71.02.1005"],
    ["62.71.01.9999", "not_found"],
    ["13.10.01.2002", "other_regency"],
  ])("%s → %s", (input, expected) => expect(code(input)).toBe(expected));
});
