import { describe, expect, it } from "vitest";
import { defaultModel } from "../domain/default-model";
import { scorePair } from "../domain/explain";
import { dateSwap, nameVariant, nikSlip } from "./demo-variants";

describe("demo variants", () => {
  it.each([
    ["Siti Aminah", "P", 1, "Sitti Aminah"],
    ["Muhammad Rizki", "L", 1, "M. Rizki"],
    ["Ernawati Ramadhan", "P", 0, "Hj. Ernawati Ramadan"],
    ["Junaidi", "L", 1, "Djunaidi"],
    ["Agus", "L", 1, "Agoes"],
    ["Kornelia", "P", 1, "Korneliah"],
  ] as const)("%s → %s", (name, sex, k, expected) => {
    expect(nameVariant(name, sex, k)).toBe(expected);
  });

  it.each([
    ["6271015508790123", "6271015508790213"],
    ["6271015508790113", "6271015508790114"],
  ])("slips NIK %s to %s", (nik, slipped) => {
    expect(nikSlip(nik)).toBe(slipped);
  });

  it.each([
    ["1980-05-07", "1980-07-05"],
    ["1980-05-25", "1980-05-25"],
    ["1980-05-05", "1980-05-05"],
  ])("swaps %s to %s when both could be a month", (iso, swapped) => {
    expect(dateSwap(iso)).toBe(swapped);
  });

  it("keeps a variant recognisable to the engine as the same person", () => {
    const base = {
      nationalId: "6271015508790123",
      birthDate: "1979-08-15",
      regionCode: "62.71.01.1003",
      sex: "P",
    };
    for (const [name, k] of [
      ["Ernawati Ramadhan", 0],
      ["Siti Aminah", 1],
      ["Junaidi Saputra", 1],
    ] as const) {
      const e = scorePair(
        defaultModel(),
        { id: "a", ...base, fullName: name },
        { id: "b", ...base, nationalId: nikSlip(base.nationalId), fullName: nameVariant(name, "P", k) },
      );
      expect(e.decision, name).toBe("match");
    }
  });
});
