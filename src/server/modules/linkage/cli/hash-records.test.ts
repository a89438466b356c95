import { describe, expect, it } from "vitest";
import { bloomFilter, dice } from "../domain/bloom";
import { linkHashed } from "../domain/hashed-link";
import { dobLevel, hashedHouseholdGuard, nikLevel } from "../domain/hashed-rules";
import { prep } from "../domain/testing-records";
import { hashRecords } from "./hash-records";

const KEY = Buffer.from("shared-secret-between-agencies");

// Two lists of the same 30 people: list B has no NIKs and a typo in both name parts, so keyed exact
// hashes of names never agree while Bloom filters of their bigrams still do.
const GIVEN = ["Suparman", "Sulastri", "Haryanto", "Rahmawati", "Junaidi", "Marlina"];
const LAST = ["Wibowo", "Siregar", "Handayani", "Setiawan", "Nasution"];
function lists() {
  const a = [];
  const b = [];
  for (let i = 0; i < 30; i++) {
    const given = GIVEN[i % GIVEN.length] ?? "";
    const last = LAST[Math.floor(i / GIVEN.length)] ?? "";
    const day = String(1 + (i % 27)).padStart(2, "0");
    const common = {
      birthDate: `19${60 + (i % 30)}-0${1 + (i % 9)}-${day}`,
      regionCode: `62.71.0${1 + (i % 5)}.100${i % 9}`,
      familyId: "",
      phone: "",
    };
    const nik = `62710${1 + (i % 5)}${day}0${1 + (i % 9)}${60 + (i % 30)}000${1 + (i % 9)}`;
    a.push(prep(`A${i}`, { ...common, fullName: `${given} ${last}`, nationalId: nik }));
    const typo = (s: string) => `${s.slice(0, 4)}x${s.slice(5)}`;
    b.push(prep(`B${i}`, { ...common, fullName: `${typo(given)} ${typo(last)}`, nationalId: "" }));
  }
  return { a, b };
}

describe("Bloom-filter (CLK) encodings", () => {
  it("keep similar values similar and unrelated values apart, only under the same key", () => {
    const h = (key: string) => (t: string) => {
      let x = 0;
      for (const c of `${key}${t}`) x = Math.imul(x ^ c.charCodeAt(0), 0x01000193) >>> 0;
      return [x, Math.imul(x, 0x5bd1e995) >>> 0] as const;
    };
    const f = (s: string, key = "k") => bloomFilter(["_S", "SU", "UP", ...s.split("")], h(key));
    expect(dice(f("PARMAN"), f("PPARMAN"))).toBeGreaterThan(0.85);
    expect(dice(f("PARMAN"), f("LASTRI"))).toBeLessThan(0.7);
    expect(dice(f("PARMAN"), f("PARMAN", "other key"))).toBeLessThan(0.3);
  });

  it("link names with typos and no NIK where exact keyed hashes cannot", () => {
    const { a, b } = lists();
    const exact = linkHashed(hashRecords(a, KEY, false), hashRecords(b, KEY, false));
    const clk = linkHashed(hashRecords(a, KEY, true), hashRecords(b, KEY, true));
    const right = (p: { idA: string; idB: string; decision: string }) =>
      p.decision === "match" && p.idA.slice(1) === p.idB.slice(1);
    expect(exact.pairs.filter(right).length).toBeLessThan(5);
    expect(clk.pairs.filter(right).length).toBeGreaterThanOrEqual(27);
    expect(clk.pairs.filter((p) => p.decision === "match" && !right(p))).toEqual([]);
  });
});

describe("hashed counterparts of the clear-text rules", () => {
  const base = {
    birthDate: "1985-06-15",
    regionCode: "62.71.01.1001",
    address: "JL. MELATI NO. 5",
    rt: "001",
    rw: "002",
    familyId: "6271010101100001",
    phone: "",
  };

  it("keep one household's members apart and see a typed NIK one slip away", () => {
    const [budi, wife] = hashRecords(
      [
        prep("A1", { ...base, fullName: "Budi Santoso", nationalId: "6271011506850003", sex: "L" }),
        prep("A2", { ...base, fullName: "Siti Aminah", nationalId: "", sex: "P", birthDate: "1987-02-03" }),
      ],
      KEY,
      true,
    );
    const [typo, swapped] = hashRecords(
      [
        prep("B1", { ...base, fullName: "BUDI SANTOSO", nationalId: "6271011506850008", sex: "L" }),
        prep("B2", {
          ...base,
          fullName: "Budi Santoso",
          nationalId: "6271011605850003",
          sex: "L",
          birthDate: "1985-15-06",
        }),
      ],
      KEY,
      true,
    );
    if (!budi || !wife || !typo || !swapped) throw new Error("hashing failed");
    // One slip in the serial with the same date digits: a weak agreement (same-day serials).
    expect(nikLevel(budi, typo)).toBe(2);
    expect(nikLevel(budi, wife)).toBe(-1);
    expect(dobLevel(budi, swapped)).toBe(1);
    expect(dobLevel(budi, wife)).toBe(4);
    expect(hashedHouseholdGuard(budi, typo, 0)).toBe(false);
    expect(hashedHouseholdGuard(budi, wife, 3)).toBe(true);
  });
});
