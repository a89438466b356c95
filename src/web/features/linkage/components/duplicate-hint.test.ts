import { describe, expect, it } from "vitest";
import { hintBody, isoDate } from "./duplicate-hint";

describe("isoDate", () => {
  it.each([
    ["1980-05-12", "1980-05-12"],
    ["12-05-1980", "1980-05-12"],
    ["2/5/1980", "1980-05-02"],
    ["12 Mei 1980", undefined],
    ["31-02-1980", undefined], // was sent as 1980-02-31, which the API now refuses
    ["2020-02-31", undefined],
    ["", undefined],
  ])("%s → %s", (raw, out) => {
    expect(isoDate(raw)).toBe(out);
  });
});

describe("hintBody: ask only once the draft can find someone", () => {
  it.each([
    [{ name: "Si" }, null],
    [{ name: "Siti Aminah" }, null],
    [{ nik: "6271 0152 0580 0001" }, { nik: "6271015205800001" }],
    [{ nik: "627101520580" }, null],
    [{ phone: "0812-555-0123" }, { phone: "0812-555-0123" }],
    [
      { name: " Siti Aminah ", birthDate: "12-05-1980" },
      { name: "Siti Aminah", birthDate: "1980-05-12" },
    ],
    [
      { name: "Siti Aminah", sex: "" as const, villageCode: null, regionCode: "62.71.01.1003" },
      { name: "Siti Aminah", regionCode: "62.71.01.1003" },
    ],
  ])("%j → %j", (draft, body) => {
    expect(hintBody(draft)).toEqual(body);
  });
});
