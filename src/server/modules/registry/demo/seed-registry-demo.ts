// The register's demo (scenarios S1–S3, S6, S7): Kalimantan Tengah's 14 regencies/cities with the
// 40 mask tailors, pivoting caterers and sanitizer makers and their kendala; Dharmasraya (13.10)
// for a BPUM-sized proposal; Bangka Belitung (19). Deterministic and idempotent; one transaction.
import { sql } from "drizzle-orm";
import { drawsFrom, mulberry32 } from "../../../../shared/rng";
import type { Database, Tx } from "../../../platform/db/pool";
import { recordAudit, systemCtx, tx } from "../../access";
import { emptyBatch, flushBatch } from "./batch";
import { addElasticShortage, addOtherConstraints } from "./constraints";
import { addCooperatives, addPopulation, type DemoContext, type Regency } from "./population";
import { addPivoters, addTailors, TAILOR_TAG } from "./scenarios";

export type RegistryDemoOptions = {
  /** General Kalimantan Tengah businesses besides the scenario ones (default 3,000). */
  kalteng?: number;
  /** Dharmasraya businesses (default 5,000: a BPUM proposal of S6). */
  dharmasraya?: number;
  /** Bangka Belitung businesses (default 400). */
  babel?: number;
  seed?: number;
};

export type RegistryDemoResult = { skipped: boolean; businesses: number; ms: number };

async function loadRegencies(t: Tx, prefix: string): Promise<Regency[]> {
  const rows = await t.execute<{ code: string; name: string; level: number }>(sql`
    select code, name, level from regions.regions
    where (code = ${prefix} or code like ${`${prefix}.%`}) and level in (2, 4) order by code`);
  const regencies = new Map<string, Regency>();
  for (const r of rows.rows) {
    if (Number(r.level) === 2) regencies.set(r.code, { code: r.code, name: r.name, villages: [] });
    else regencies.get(r.code.slice(0, 5))?.villages.push({ code: r.code, name: r.name });
  }
  return [...regencies.values()].filter((r) => r.villages.length > 0);
}

async function hasDemo(t: Tx): Promise<boolean> {
  const rows = await t.execute(sql`select 1 from registry.record_sources where tag = ${TAILOR_TAG} limit 1`);
  return rows.rows.length > 0;
}

function envCount(name: string): number | undefined {
  const v = process.env[name];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
}

/** Seeds the register demo unless it is there already. `SINERGI_DEMO_DHARMASRAYA` overrides that count. */
export async function seedRegistryDemo(
  database: Database,
  opts: RegistryDemoOptions = {},
): Promise<RegistryDemoResult> {
  const started = performance.now();
  const ctx = systemCtx(database, "demo");
  const counts = {
    kalteng: opts.kalteng ?? 3000,
    dharmasraya: opts.dharmasraya ?? envCount("SINERGI_DEMO_DHARMASRAYA") ?? 5000,
    babel: opts.babel ?? 400,
  };
  return tx(ctx, async (t) => {
    if (await hasDemo(t)) return { skipped: true, businesses: 0, ms: performance.now() - started };
    const d: DemoContext = {
      batch: emptyBatch(),
      rng: drawsFrom(mulberry32(opts.seed ?? 2020)),
      niks: { used: new Set() },
    };
    const kalteng = await loadRegencies(t, "62");
    const palangkaRaya = kalteng.find((r) => r.code === "62.71");
    if (!palangkaRaya) throw new Error("region tree without Palangka Raya (62.71)");
    const tailors = addTailors(d, palangkaRaya);
    addPivoters(d, kalteng);
    const general = addPopulation(d, kalteng, counts.kalteng, "demo:kalteng");
    addElasticShortage(d, tailors);
    addOtherConstraints(d, general, Math.round(counts.kalteng / 30));
    addCooperatives(d, kalteng, 28);
    const dharmasraya = await loadRegencies(t, "13.10");
    addPopulation(d, dharmasraya, counts.dharmasraya, "demo:dharmasraya");
    addCooperatives(d, dharmasraya, 8);
    const babel = await loadRegencies(t, "19");
    const babelBusinesses = addPopulation(d, babel, counts.babel, "demo:babel");
    addOtherConstraints(d, babelBusinesses, Math.round(counts.babel / 40));
    addCooperatives(d, babel, 6);
    await flushBatch(t, d.batch);
    await recordAudit(t, ctx, {
      action: "registry.seed-demo",
      entityType: "registry",
      after: { ...counts, businesses: d.batch.businesses.length },
    });
    return { skipped: false, businesses: d.batch.businesses.length, ms: performance.now() - started };
  });
}

/** Ids of the 40 mask tailors of S1 (for the market module's consignment demo). */
export async function listDemoTailors(
  t: Tx,
): Promise<Array<{ businessId: string; ownerId: string; name: string }>> {
  const rows = await t.execute<{ id: string; owner_id: string; name: string }>(sql`
    select b.id, b.owner_id, b.name from registry.businesses b
    join registry.record_sources s on s.entity_type = 'business' and s.entity_id = b.id
    where s.tag = ${TAILOR_TAG} order by b.id`);
  return rows.rows.map((r) => ({ businessId: r.id, ownerId: r.owner_id, name: r.name }));
}
