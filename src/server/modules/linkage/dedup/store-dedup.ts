// Writes a dedup result: pairs upserted (decided pairs keep their decision; open ones get the new
// scores), open pairs the run no longer finds dropped, entity ids written to the register, and one
// audit event for the run. Open pairs a user asked about ("not sure" at entry) are kept.
import { and, eq, isNull, ne, or, sql } from "drizzle-orm";
import { newId } from "../../../platform/ids";
import { type Ctx, recordAudit, tx } from "../../access";
import { type LinkSourceRow, setEntityIds } from "../../registry";
import { explainPrepared } from "../domain/explain";
import { prepareRecord } from "../domain/prepare";
import { compileScorer } from "../domain/scorer";
import type { LinkRecord } from "../domain/types";
import { type RunRow, regionFilter } from "../repository";
import { toContributions } from "../review/present";
import { ASKED_NOTE } from "../review/queue-pairs";
import { pairs } from "../schema";
import type { ThreadDedupResult } from "./engine-thread";
import { entityUuid } from "./entity-uuid";
import { commonRegion } from "./read-register";

type PairInsert = typeof pairs.$inferInsert;

function pairRows(
  run: RunRow,
  rows: readonly LinkSourceRow[],
  records: readonly LinkRecord[],
  result: ThreadDedupResult,
): PairInsert[] {
  const scorer = compileScorer(result.model);
  const prepared = new Map<number, ReturnType<typeof prepareRecord>>();
  const prep = (i: number) => {
    let p = prepared.get(i);
    if (!p) {
      p = prepareRecord(records[i] ?? { id: "" });
      prepared.set(i, p);
    }
    return p;
  };
  const now = new Date();
  return result.pairs.map((p) => {
    const [i, j] =
      (rows[p.indexA]?.businessId ?? "") < (rows[p.indexB]?.businessId ?? "")
        ? [p.indexA, p.indexB]
        : [p.indexB, p.indexA];
    const a = rows[i];
    const b = rows[j];
    const e = explainPrepared(scorer, prep(i), prep(j));
    return {
      id: newId(),
      regionCode: commonRegion(a?.regionCode ?? run.regionCode, b?.regionCode ?? run.regionCode),
      runId: run.id,
      recordA: a?.businessId ?? "",
      recordB: b?.businessId ?? "",
      weight: p.weight,
      probability: p.probability,
      decision: p.decision,
      note: p.note,
      explanation: { contributions: toContributions(e), nikConflict: e.nikConflict, guard: e.guard },
      createdAt: now,
      updatedAt: now,
    };
  });
}

export async function storeDedupResult(
  ctx: Ctx,
  o: {
    run: RunRow;
    rows: readonly LinkSourceRow[];
    records: readonly LinkRecord[];
    result: ThreadDedupResult;
  },
): Promise<{ pairs: number; entityIdsChanged: number }> {
  const values = pairRows(o.run, o.rows, o.records, o.result);
  const entities = o.rows.map((r, i) => ({
    businessId: r.businessId,
    entityId: entityUuid(o.result.entityIds[i] ?? r.businessId),
  }));
  return tx(ctx, async (t) => {
    for (let k = 0; k < values.length; k += 2_000) {
      await t
        .insert(pairs)
        .values(values.slice(k, k + 2_000))
        .onConflictDoUpdate({
          target: [pairs.recordA, pairs.recordB],
          set: {
            runId: sql`excluded.run_id`,
            regionCode: sql`excluded.region_code`,
            weight: sql`excluded.weight`,
            probability: sql`excluded.probability`,
            decision: sql`excluded.decision`,
            // A pair a user asked about stays marked as asked.
            note: sql`case when ${pairs.note} = ${ASKED_NOTE} then ${pairs.note} else excluded.note end`,
            explanation: sql`excluded.explanation`,
            updatedAt: sql`excluded.updated_at`,
          },
          setWhere: sql`${pairs.status} in ('open', 'skipped')`,
        });
    }
    await t
      .delete(pairs)
      .where(
        and(
          eq(pairs.status, "open"),
          ne(pairs.runId, o.run.id),
          or(isNull(pairs.note), ne(pairs.note, ASKED_NOTE)),
          regionFilter(pairs.regionCode, o.run.regionCode),
        ),
      );
    const entityIdsChanged = await setEntityIds(t, entities);
    await recordAudit(t, ctx, {
      action: "linkage.dedup-run",
      entityType: "linkage-run",
      entityId: o.run.id,
      entityRegion: o.run.regionCode,
      after: {
        records: o.rows.length,
        pairs: values.length,
        entityIdsChanged,
        stats: o.result.stats.entities,
      },
    });
    return { pairs: values.length, entityIdsChanged };
  });
}
