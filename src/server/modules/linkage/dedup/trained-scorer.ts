// The scorer an incremental dedup uses: the model the last completed full dedup run trained for a
// scope covering the new records (so a new record is judged as the next full run would judge it),
// else the hand-set default model. A stored model that no longer parses is passed over.
import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { parseModel } from "../domain/model-schema";
import { compileScorer, type Scorer } from "../domain/scorer";
import { defaultPairScorer } from "../review/queue-pairs";
import { runs } from "../schema";

export type ChosenScorer = { scorer: Scorer; model: "default" | { runId: string } };

// Compiled scorers by run id; a run's model never changes once it completed.
const compiled = new Map<string, Scorer | null>();

function compiledOf(runId: string, json: string): Scorer | null {
  if (!compiled.has(runId)) {
    const parsed = parseModel(json);
    if (compiled.size > 16) compiled.clear();
    compiled.set(runId, parsed.ok ? compileScorer(parsed.model) : null);
  }
  return compiled.get(runId) ?? null;
}

/** The newest trained model of a dedup run over `region` or a region containing it. */
export async function scorerForRegion(t: Tx, region: string): Promise<ChosenScorer> {
  const found = await t
    .select({ id: runs.id, model: runs.model })
    .from(runs)
    .where(
      and(
        eq(runs.kind, "dedup"),
        eq(runs.state, "completed"),
        isNotNull(runs.model),
        sql`(${runs.stats} ->> 'trained')::boolean`,
        sql`(${region} = ${runs.regionCode} or ${region} like ${runs.regionCode} || '.%' or ${runs.regionCode} = '')`,
      ),
    )
    .orderBy(desc(runs.finishedAt))
    .limit(5);
  for (const run of found) {
    const scorer = run.model ? compiledOf(run.id, run.model) : null;
    if (scorer) return { scorer, model: { runId: run.id } };
  }
  return { scorer: defaultPairScorer(), model: "default" };
}
