import { describe, expect, it } from "vitest";
import { inScope } from "../../../platform/db/pool";
import { createTestDatabase } from "../../../testing/test-db";
import { checkNik } from "../domain/nik";
import { toE164Mobile } from "../domain/phone";
import { listDemoTailors, seedRegistryDemo } from "./seed-registry-demo";

const database = await createTestDatabase();
const first = await seedRegistryDemo(database, { kalteng: 600, dharmasraya: 300, babel: 120 });
const q = async <T>(text: string, params: unknown[] = []) =>
  (await database.pool.query(text, params)).rows as T[];

describe("registry demo", () => {
  it("covers all 14 regencies/cities of Kalimantan Tengah, Dharmasraya and Bangka Belitung", async () => {
    const kalteng = await q<{ n: number }>(
      "select count(distinct substr(region_code, 1, 5))::int as n from registry.businesses where region_code like '62.%'",
    );
    expect(kalteng[0]?.n).toBe(14);
    const [dharmasraya] = await q<{ n: number }>(
      "select count(*)::int as n from registry.businesses where region_code like '13.10.%'",
    );
    const [babel] = await q<{ n: number }>(
      "select count(*)::int as n from registry.businesses where region_code like '19.%'",
    );
    expect(dharmasraya?.n).toBe(300);
    expect(babel?.n).toBe(120);
    expect(first.businesses).toBe(600 + 40 + 34 + 300 + 120);
  });

  it("has the 40 mask tailors of Palangka Raya, 50 masks a day each, pivoted in April 2020", async () => {
    const tailors = await inScope(database, "*", (t) => listDemoTailors(t));
    expect(tailors).toHaveLength(40);
    const rows = await q<{
      region_code: string;
      sector: string;
      daily_capacity: number;
      after: string;
      since: string;
      price: number;
    }>(
      `select b.region_code, b.sector, b.daily_capacity, v.after, v.since::text, p.price from registry.businesses b
       join registry.production_pivots v on v.business_id = b.id join registry.products p on p.business_id = b.id
       where b.id = any($1::uuid[])`,
      [tailors.map((x) => x.businessId)],
    );
    expect(rows).toHaveLength(40);
    for (const r of rows) {
      expect(r.region_code.startsWith("62.71.")).toBe(true);
      expect([r.sector, r.daily_capacity, r.after, r.since, Number(r.price)]).toEqual([
        "konveksi",
        50,
        "Masker kain",
        "2020-04-01",
        5000,
      ]);
    }
  });

  it("has the elastic shortage of S3 open, in progress and resolved with follow-ups", async () => {
    const rows = await q<{ status: string; n: number; f: number }>(
      `select c.status, count(*)::int as n, sum((select count(*) from registry.constraint_follow_ups f where f.constraint_id = c.id))::int as f
       from registry.constraints c where c.description like 'Karet/tali masker%' group by c.status order by c.status`,
    );
    expect(rows).toEqual([
      { status: "in_progress", n: 5, f: 10 },
      { status: "open", n: 10, f: 0 },
      { status: "resolved", n: 3, f: 9 },
    ]);
    const [mismatch] = await q<{ n: number }>(
      `select count(*)::int as n from registry.businesses b where open_constraints <>
       (select count(*) from registry.constraints c where c.business_id = b.id and c.status <> 'resolved')`,
    );
    expect(mismatch?.n).toBe(0);
  });

  it("gives owners valid NIKs that agree with district, birth date and sex, and valid phones", async () => {
    const people = await q<{
      nik: string;
      sex: "L" | "P";
      birth_date: string;
      village_code: string;
      phone: string | null;
    }>("select nik, sex, birth_date::text, village_code, phone from registry.persons");
    expect(new Set(people.map((p) => p.nik)).size).toBe(people.length);
    for (const p of people) {
      const nik = checkNik(p.nik);
      if (nik.kind !== "valid") throw new Error(`invalid demo NIK ${p.nik}`);
      expect(nik.sex).toBe(p.sex);
      expect(nik.districtCode).toBe(p.village_code.slice(0, 8));
      expect(
        `${nik.birthDate.year}-${String(nik.birthDate.month).padStart(2, "0")}-${String(nik.birthDate.day).padStart(2, "0")}`,
      ).toBe(p.birth_date);
      if (p.phone) expect(toE164Mobile(p.phone)).toBe(p.phone);
    }
  });

  it("is idempotent", async () => {
    const again = await seedRegistryDemo(database, { kalteng: 600, dharmasraya: 300, babel: 120 });
    expect(again.skipped).toBe(true);
    const [n] = await q<{ n: number }>("select count(*)::int as n from registry.businesses");
    expect(n?.n).toBe(first.businesses);
  });
});
