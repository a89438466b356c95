import { describe, expect, it } from "vitest";
import { blockRecords } from "./blocking";
import { dedupRecords } from "./dedup";
import { detectPresence, prepareRecord } from "./prepare";
import { rec } from "./testing-records";
import type { LinkRecord } from "./types";

/** A small register: three people with copies, a household, and strangers. */
function register(): LinkRecord[] {
  const out: LinkRecord[] = [
    rec("A1"),
    rec("A2", { fullName: "MOH. RIZKI PRATAMA", phone: "081234567890", nationalId: "6271011506850000" }),
    rec("A3", { fullName: "Muhammad Rizky Pratama", birthDate: "1985-15-06", phone: "" }),
    rec("W1", {
      fullName: "Siti Aminah",
      sex: "P",
      nationalId: "6271014303620001",
      birthDate: "1962-03-03",
      phone: "",
    }),
    rec("W2", {
      fullName: "Sitti Aminah",
      sex: "P",
      nationalId: "6271014303620001",
      birthDate: "1962-03-03",
      phone: "",
      businessName: "",
    }),
    rec("S1", {
      fullName: "Muhammad Rizki Pratama",
      nationalId: "6271011203100002",
      birthDate: "2010-03-12",
      phone: "",
    }),
  ];
  const names = [
    "Budi Santoso",
    "Agus Salim",
    "Dewi Lestari",
    "Dwi Lestari",
    "Eko Kurniawan",
    "Eka Kurniawati",
    "Rina Wati",
    "Joko Susilo",
  ];
  names.forEach((n, k) => {
    out.push(
      rec(`X${k}`, {
        fullName: n,
        nationalId: `32041106099700${String(k + 10)}`,
        familyId: `32041101011000${String(k + 10)}`,
        birthDate: `1997-09-${String(k + 6).padStart(2, "0")}`,
        address: `Gg. Mawar No. ${k + 1}`,
        regionCode: "32.04.11.2001",
        phone: `+62813000000${String(k + 10)}`,
        businessName: `Toko ${n}`,
      }),
    );
  });
  return out;
}

describe("dedupRecords", () => {
  const records = register();
  const result = dedupRecords(records, { seed: 3 });
  const entityOf = new Map(records.map((r, i) => [r.id, result.entityIds[i]]));

  it("puts the copies of one person in one entity", () => {
    expect(entityOf.get("A2")).toBe(entityOf.get("A1"));
    expect(entityOf.get("A3")).toBe(entityOf.get("A1"));
    expect(entityOf.get("W2")).toBe(entityOf.get("W1"));
  });

  it("keeps family members and look-alikes apart", () => {
    expect(entityOf.get("S1")).not.toBe(entityOf.get("A1"));
    expect(entityOf.get("W1")).not.toBe(entityOf.get("A1"));
    expect(entityOf.get("X2")).not.toBe(entityOf.get("X3"));
    expect(new Set(result.entityIds).size).toBe(3 + 8);
  });

  it("reports progress and every pair decision is match or review", () => {
    const stages = new Set<string>();
    dedupRecords(records, { onProgress: (p) => stages.add(p.stage.split(":")[0] ?? "") });
    expect([...stages]).toEqual(expect.arrayContaining(["blocking", "comparing", "training", "clustering"]));
    for (const p of result.pairs) expect(["match", "review"]).toContain(p.decision);
  });
});

describe("blocking", () => {
  it("produces each candidate pair once, across rules", () => {
    const prepared = register().map((r) => prepareRecord(r));
    const b = blockRecords(prepared, detectPresence(register()));
    const seen = new Set<string>();
    for (let p = 0; p < b.count; p++) {
      const key = `${b.a[p]},${b.b[p]}`;
      expect(seen.has(key)).toBe(false);
      expect(b.a[p]).toBeLessThan(b.b[p] ?? 0);
      expect(b.isCandidate(b.a[p] ?? 0, b.b[p] ?? 0)).toBe(true);
      seen.add(key);
    }
    expect(b.isCandidate(0, 1)).toBe(true);
  });

  it("links only across the boundary when linking two lists", () => {
    const prepared = register().map((r) => prepareRecord(r));
    const b = blockRecords(prepared, detectPresence(register()), { boundary: 3 });
    for (let p = 0; p < b.count; p++) {
      expect(b.a[p]).toBeLessThan(3);
      expect(b.b[p]).toBeGreaterThanOrEqual(3);
    }
  });
});
