import { describe, expect, it } from "vitest";
import { type GeneratedRow, generateRegister } from "./generate";

async function collect(records: number, seed: number, region = ""): Promise<GeneratedRow[]> {
  const rows: GeneratedRow[] = [];
  for await (const row of generateRegister({ records, seed, region })) rows.push(row);
  return rows;
}

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

describe("generateRegister", async () => {
  const rows = await collect(3000, 11);

  it("writes exactly the requested number of rows with unique record ids", () => {
    expect(rows).toHaveLength(3000);
    expect(new Set(rows.map((r) => r.recordId)).size).toBe(3000);
  });

  it("is deterministic for a seed and differs between seeds", async () => {
    const again = await collect(300, 11);
    const other = await collect(300, 12);
    const first = await collect(300, 11);
    expect(again).toEqual(first);
    expect(other.map((r) => r.record.nama)).not.toEqual(first.map((r) => r.record.nama));
  });

  it("gives every original record a NIK consistent with district, birth date and sex", () => {
    const originals = rows.filter((r) => r.isOriginal);
    expect(originals.length).toBeGreaterThan(2000);
    for (const { record } of originals) {
      const { nik, tanggal_lahir, jenis_kelamin, no_kk } = record;
      expect(nik).toMatch(/^\d{16}$/);
      const [y = "", m = "", d = ""] = tanggal_lahir.split("-");
      expect(Number(nik.slice(6, 8)) - (jenis_kelamin === "P" ? 40 : 0)).toBe(Number(d));
      expect(nik.slice(8, 12)).toBe(`${m}${y.slice(2)}`);
      expect(nik.slice(12)).not.toBe("0000");
      expect(nik).not.toBe(no_kk);
    }
    // NIKs are unique among people; most are registered in the district they live in.
    expect(new Set(originals.map((r) => r.record.nik)).size).toBe(originals.length);
    const local = originals.filter(
      (r) => r.record.nik.slice(0, 6) === r.record.kode_wilayah.replace(/\./g, "").slice(0, 6),
    );
    expect(local.length).toBeGreaterThan(originals.length * 0.8);
  });

  it("uses real calendar dates and Kemendagri village codes", () => {
    for (const r of rows) {
      expect(r.record.kode_wilayah).toMatch(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/);
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(r.record.tanggal_lahir);
      if (!iso) continue;
      const month = Number(iso[2]);
      const day = Number(iso[3]);
      expect(month).toBeGreaterThanOrEqual(1);
      expect(day).toBeLessThanOrEqual(month <= 12 ? (MONTH_DAYS[month - 1] ?? 31) : 31);
    }
  });

  it("shares family cards within households and has duplicates with a truth", () => {
    const entitiesPerKk = new Map<string, Set<string>>();
    for (const r of rows) {
      if (!r.record.no_kk) continue;
      const set = entitiesPerKk.get(r.record.no_kk) ?? new Set<string>();
      set.add(r.entityId);
      entitiesPerKk.set(r.record.no_kk, set);
    }
    const households = [...entitiesPerKk.values()].filter((s) => s.size >= 2).length;
    expect(households).toBeGreaterThan(50);
    const entities = new Set(rows.map((r) => r.entityId)).size;
    expect(entities).toBeLessThan(rows.length * 0.9);
  });

  it("writes phones in E.164 or the local forms clerks use", () => {
    for (const r of rows) if (r.record.no_hp) expect(r.record.no_hp).toMatch(/^(\+628|08|628)\d{7,11}$/);
  });

  it("keeps to a region prefix", async () => {
    const kalteng = await collect(200, 3, "62");
    for (const r of kalteng) expect(r.record.kode_wilayah.startsWith("62.")).toBe(true);
  });
});
