import { describe, expect, it } from "vitest";
import { coreWords, levelOf, parentOf, searchName } from "./normalize";

describe("searchName", () => {
  it.each([
    ["Kabupaten Kotawaringin Timur", "kab kotawaringin timur"],
    ["Kab. Kotawaringin Timur", "kab kotawaringin timur"],
    ["KAB.KOTAWARINGIN TIMUR", "kab kotawaringin timur"],
    ["Kota Palangka Raya", "kota palangka raya"],
    ["Kel. Langkai", "langkai"],
    ["Desa Tumbang Talaken", "tumbang talaken"],
    ["Nagari Sungai Dareh", "sungai dareh"],
    ["Kecamatan Pahandut", "pahandut"],
  ])("%s → %s", (input, expected) => expect(searchName(input)).toBe(expected));

  it("keeps core words", () => {
    expect(coreWords("Kab. Dharmasraya")).toBe("dharmasraya");
  });
});

describe("tree codes", () => {
  it.each([
    ["62", "province", null],
    ["62.71", "regency", "62"],
    ["62.71.01", "district", "62.71"],
    ["62.71.01.1001", "village", "62.71.01"],
  ])("%s", (code, level, parent) => {
    expect(levelOf(code)).toBe(level);
    expect(parentOf(code)).toBe(parent);
  });
});
