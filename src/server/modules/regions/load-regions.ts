import { sql } from "drizzle-orm";
import { getDistricts, getProvinces, getRegencies, getVillages } from "idn-area-data";
import type { Database } from "../../platform/db/pool";
import { levelOf, parentOf, searchName } from "./domain/normalize";

const LEVEL_NO = { province: 1, regency: 2, district: 3, village: 4 } as const;

/** Loads the Kemendagri tree from idn-area-data (ODbL) once; a no-op when already loaded. */
export async function ensureRegions(database: Database): Promise<number> {
  const count = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from regions.regions`);
  if ((count.rows[0]?.n ?? 0) > 0) return 0;
  const [provinces, regencies, districts, villages] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    getVillages(),
  ]);
  const rows = [...provinces, ...regencies, ...districts, ...villages].map((r) => ({
    code: r.code,
    name: r.name,
  }));
  for (let i = 0; i < rows.length; i += 20_000) {
    const chunk = rows.slice(i, i + 20_000);
    await database.pool.query(
      `insert into regions.regions (code, parent_code, level, name, search_name)
       select * from unnest($1::text[], $2::text[], $3::smallint[], $4::text[], $5::text[])
       on conflict (code) do nothing`,
      [
        chunk.map((r) => r.code),
        chunk.map((r) => parentOf(r.code)),
        chunk.map((r) => LEVEL_NO[levelOf(r.code)]),
        chunk.map((r) => r.name),
        chunk.map((r) => searchName(r.name)),
      ],
    );
  }
  return rows.length;
}
