// "Naik kelas" (S4's outcome): businesses whose size class moved up within the period, in the
// caller's scope, counted per child region, each with the support it received — trainings attended,
// aid paid and store sales — read through each owning module's public read function.
import { sql } from "drizzle-orm";
import { type Ctx, tx } from "../../access";
import { readAidPaidByBusiness } from "../../aid";
import { readStoreSalesByBusiness } from "../../market";
import { countSizeMovesUpByChild, readSizeMovesUp } from "../../registry";
import { readTrainingSupport } from "../../training";
import type { NaikKelas, PeriodQuery } from "../contract-naik-kelas";
import { effectiveRegion } from "../dashboard/summary";
import { requirePermission } from "../permissions";

async function childRegions(t: Parameters<Parameters<typeof tx>[1]>[0], parent: string) {
  const rows = await t.execute<{ code: string; name: string }>(
    parent === "*"
      ? sql`select code, name from regions.regions where level = 1 order by code`
      : sql`select code, name from regions.regions where parent_code = ${parent} order by code`,
  );
  return rows.rows;
}

/** The naik kelas report: one definition (registry's size class history), exact for the scope. */
export async function reportNaikKelas({ ctx, query }: { ctx: Ctx; query: PeriodQuery }): Promise<NaikKelas> {
  requirePermission(ctx, "reports.read");
  const region = effectiveRegion(ctx.actor.scope, query.region);
  const period = { from: query.from, to: query.to };
  return tx(ctx, async (t) => {
    const moves = await readSizeMovesUp(t, { region, period });
    const ids = moves.map((m) => m.businessId);
    const training = await readTrainingSupport(t, ids);
    const aid = await readAidPaidByBusiness(t, ids);
    const store = await readStoreSalesByBusiness(t, ids);
    const grouped = await countSizeMovesUpByChild({ t, parent: region, period });
    const children = await childRegions(t, region);
    const name =
      region === "*"
        ? null
        : ((await t.execute<{ name: string }>(sql`select name from regions.regions where code = ${region}`))
            .rows[0]?.name ?? null);
    return {
      region,
      regionName: name,
      asOf: ctx.now.toISOString(),
      from: query.from ?? null,
      to: query.to ?? null,
      total: grouped.total,
      byRegion: children.map((c) => ({ code: c.code, name: c.name, count: grouped.byChild[c.code] ?? 0 })),
      rows: moves.map((m) => ({
        ...m,
        trainings: training.get(m.businessId)?.attended ?? 0,
        trainingTitles: training.get(m.businessId)?.titles ?? [],
        aidPaid: aid.get(m.businessId)?.paid ?? 0,
        aidAmount: aid.get(m.businessId)?.amount ?? 0,
        storeUnits: store.get(m.businessId)?.units ?? 0,
        storeAmount: store.get(m.businessId)?.amount ?? 0,
      })),
    };
  });
}
