// Training support per business for reports (the "naik kelas" report): trainings attended, counted
// as seats marked present at events that were held, in the caller's transaction and scope.
import { sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { HELD_STATUSES } from "../domain";

export type TrainingSupport = { attended: number; titles: string[] };

export async function readTrainingSupport(
  t: Tx,
  businessIds: readonly string[],
): Promise<Map<string, TrainingSupport>> {
  const out = new Map<string, TrainingSupport>();
  if (businessIds.length === 0) return out;
  const held = sql.join(
    HELD_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const rows = await t.execute<{ business_id: string; n: number; titles: string[] }>(sql`
    select p.business_id, count(*)::int as n, array_agg(e.title order by e.starts_on, e.id) as titles
    from training.participants p join training.events e on e.id = p.event_id
    where p.business_id = any(${sql.param([...businessIds])}::uuid[]) and p.attended is true
      and e.status in (${held})
    group by p.business_id`);
  for (const r of rows.rows) out.set(r.business_id, { attended: Number(r.n), titles: r.titles });
  return out;
}
