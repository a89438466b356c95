import { describe, expect, it } from "vitest";
import { activeFilterCount, readListState, toFilters, writeListState } from "./list-search";

describe("list state in the address", () => {
  it("reads what the router parsed (numbers, words) and drops what is not a filter", () => {
    const state = readListState({
      q: 6271,
      wilayah: "62.71.01",
      sektor: "kuliner",
      skala: "raksasa",
      terdampak: "ya",
      kendala: "ya",
      urut: "name",
      hal: 3,
      per: 50,
    });
    expect(state).toMatchObject({
      q: "6271",
      region: "62.71.01",
      sector: "kuliner",
      size: undefined,
      affected: true,
      openConstraints: true,
      sort: "name",
      page: 3,
      perPage: 50,
    });
    expect(activeFilterCount(state)).toBe(4);
  });

  it.each([
    [{ wilayah: "62.71; drop table" }, "region", null],
    [{ hal: -2 }, "page", 1],
    [{ hal: "x" }, "page", 1],
    [{ per: 1000 }, "perPage", 20],
    [{ terdampak: "tidak" }, "affected", false],
    [{ terdampak: "mungkin" }, "affected", undefined],
  ] as const)("%j → %s %j", (search, key, expected) => {
    expect(readListState(search)[key]).toEqual(expected);
  });

  it("writes back only what differs from the defaults, and reads it again unchanged", () => {
    const state = readListState({ q: "Siti", terdampak: "tidak", hal: 2 });
    const written = writeListState(state);
    expect(Object.fromEntries(Object.entries(written).filter(([, v]) => v !== undefined))).toEqual({
      q: "Siti",
      terdampak: "tidak",
      hal: "2",
    });
    expect(readListState(written)).toEqual(state);
  });

  it("turns the page into an offset for the API", () => {
    expect(toFilters(readListState({ hal: 3, per: 50, kendala: "ya" }))).toMatchObject({
      limit: 50,
      offset: 100,
      hasOpenConstraints: true,
    });
  });
});
