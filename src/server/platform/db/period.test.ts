// Reports count a timestamp on the local calendar day of the row's region: 16.30 UTC on 31 December
// is still 31 December in Kalimantan Tengah (WIB) but already 1 January in Bali, Sulawesi (WITA)
// and Papua (WIT).
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { PROVINCES } from "../../../shared/region-zones";
import { createTestDatabase } from "../../testing/test-db";
import { inPeriod, localDay, zoneOfRegion } from "./period";

const database = await createTestDatabase();

async function one<T>(query: ReturnType<typeof sql>): Promise<T> {
  const result = await database.db.execute(query);
  return (result.rows[0] as { v: T }).v;
}

describe("the local day of a row", () => {
  const at = sql`'2020-12-31T16:30:00Z'::timestamptz`;
  it.each([
    ["62.71.01.1003", "2020-12-31"],
    ["13.10", "2020-12-31"],
    ["51.71", "2021-01-01"],
    ["73", "2021-01-01"],
    ["91.01.01", "2021-01-01"],
    ["99.99", "2020-12-31"],
  ])("%s counts 16.30 UTC on 31 December on %s", async (region, day) => {
    expect(await one<string>(sql`select ${localDay(at, sql`${region}::text`)}::text as v`)).toBe(day);
  });

  it("gives every province the zone of the shared province table", async () => {
    for (const p of PROVINCES) {
      const zone = await one<string>(sql`select ${zoneOfRegion(sql`${`${p.code}.01`}::text`)} as v`);
      expect(zone, p.code).toBe(p.tz);
    }
  });

  it("puts the Papua payment in January and the Kalteng one in December", async () => {
    const rows = sql`(values ('91.01'::text, '2020-12-31T16:30:00Z'::timestamptz), ('62.71', '2020-12-31T16:30:00Z')) r(region, at)`;
    const january = sql`select count(*)::int as v from ${rows}
      where ${inPeriod(localDay(sql`r.at`, sql`r.region`), { from: "2021-01-01", to: "2021-01-31" })}`;
    expect(await one<number>(january)).toBe(1);
  });
});
