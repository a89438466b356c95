// Linkage work for the home pages, under the caller's scope (Prakerja figures are training's: it
// keeps each row's registered / passed status).
import { sql } from "drizzle-orm";
import { type Ctx, tx } from "../../access";

/** Candidate duplicate pairs waiting for a reviewer's decision, as the caller may see them. */
export async function countPairsToReview({ ctx }: { ctx: Ctx }): Promise<number> {
  return tx(ctx, async (t) => {
    const rows = await t.execute<{ n: number }>(
      sql`select count(*)::int as n from linkage.pairs where status = 'open'`,
    );
    return Number(rows.rows[0]?.n ?? 0);
  });
}
