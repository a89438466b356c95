import { describe, expect, it } from "vitest";
import { defaultModel } from "./default-model";
import { assignEntityIds, newEntityId } from "./entity-ids";
import { assignRecords, createEntityIndex, findCandidates } from "./incremental";
import { rec } from "./testing-records";

const root = (xs: number[]) => Int32Array.from(xs);

describe("assignEntityIds (stable across runs)", () => {
  const ids = ["r1", "r2", "r3", "r4"];

  it("derives new ids from the first record id, deterministically", () => {
    const first = assignEntityIds({ recordIds: ids, root: root([0, 0, 2, 3]) });
    const again = assignEntityIds({ recordIds: ids, root: root([0, 0, 2, 3]) });
    expect(first).toEqual(again);
    expect(first[0]).toBe(first[1]);
    expect(first[0]).toBe(newEntityId("r1"));
    expect(new Set(first).size).toBe(3);
  });

  it("keeps previous ids when clusters grow or records are added", () => {
    const previous = new Map([
      ["r1", "E-old-1"],
      ["r2", "E-old-1"],
      ["r3", "E-old-3"],
    ]);
    const out = assignEntityIds({ recordIds: ["r0", ...ids], root: root([0, 1, 1, 3, 3]), previous });
    expect(out[1]).toBe("E-old-1");
    expect(out[2]).toBe("E-old-1");
    expect(out[3]).toBe("E-old-3");
    expect(out[4]).toBe("E-old-3");
    expect(out[0]).not.toMatch(/^E-old/);
  });

  it("when an entity splits, the larger part keeps the id and the other gets a fresh one", () => {
    const previous = new Map(ids.map((id) => [id, "E-x"]));
    const out = assignEntityIds({ recordIds: ids, root: root([0, 0, 0, 3]), previous });
    expect(out[0]).toBe("E-x");
    expect(out[3]).not.toBe("E-x");
  });
});

describe("incremental assignment", () => {
  const existing = [
    { record: rec("A"), entityId: "E-A" },
    {
      record: rec("B", {
        fullName: "Siti Aminah",
        sex: "P",
        nationalId: "6271014303620001",
        birthDate: "1962-03-03",
        phone: "",
      }),
      entityId: "E-B",
    },
  ];

  it("a retyped copy joins its entity; a stranger starts a new one; existing ids are untouched", () => {
    const index = createEntityIndex({ model: defaultModel(), records: existing });
    const [copy, stranger] = assignRecords(index, [
      rec("C", { fullName: "MOH. RIZKI PRATAMA", phone: "0812-3456-7890", businessName: "" }),
      rec("D", {
        fullName: "Budi Santoso",
        nationalId: "3204110609970001",
        familyId: "",
        birthDate: "1997-09-06",
        address: "Gg. Mawar 1",
        regionCode: "32.04.11.2001",
        phone: "",
      }),
    ]);
    expect(copy).toMatchObject({ entityId: "E-A", isNewEntity: false, matchedRecordId: "A" });
    expect(stranger?.isNewEntity).toBe(true);
    expect(index.entityOf.slice(0, 2)).toEqual(["E-A", "E-B"]);
  });

  it("a later new record can join an entity an earlier new record started", () => {
    const index = createEntityIndex({ model: defaultModel(), records: existing });
    const person = {
      fullName: "Budi Santoso",
      nationalId: "3204110609970001",
      familyId: "",
      birthDate: "1997-09-06",
      address: "Gg. Mawar 1",
      regionCode: "32.04.11.2001",
    };
    const [first, second] = assignRecords(index, [
      rec("D1", person),
      rec("D2", { ...person, fullName: "BUDI SANTOSA" }),
    ]);
    expect(first?.isNewEntity).toBe(true);
    expect(second?.entityId).toBe(first?.entityId);
  });

  it("never joins an entity whose NIK conflicts", () => {
    const index = createEntityIndex({ model: defaultModel(), records: existing });
    const [r] = assignRecords(index, [rec("E", { nationalId: "6271011506850999" })]);
    expect(r?.entityId).not.toBe("E-A");
  });

  it("finds candidates for a typed record with explanations, without changing the index", () => {
    const index = createEntityIndex({ model: defaultModel(), records: existing });
    const hits = findCandidates(index, rec("typed", { fullName: "Muhamad Rizki", phone: "" }));
    expect(hits[0]?.recordId).toBe("A");
    expect(hits[0]?.explanation.contributions.length).toBeGreaterThan(5);
    expect(
      findCandidates(
        index,
        rec("w", { fullName: "Siti Aminah", sex: "P", nationalId: "", birthDate: "1962-03-03", phone: "" }),
      )[0]?.recordId,
    ).toBe("B");
    expect(index.records).toHaveLength(2);
  });
});
