// EXPLAIN ANALYZE of the SQL the list verb runs, reduced to the plan's node lines and timing.
import { sql } from "drizzle-orm";
import { listFilter } from "../../src/server/modules/registry/register/list-businesses";
import {
  applyNameThreshold,
  fromOf,
  listSql,
  whereOf,
} from "../../src/server/modules/registry/register/repository-list";
import { inScope } from "../../src/server/platform/db/pool";
import type { Case } from "./queries";

type PlanRow = { "QUERY PLAN": string };

export async function explainCase(c: Case): Promise<string[]> {
  const filter = listFilter(c.ctx, c.query);
  const sort = c.query.sort ?? (filter.search.kind === "name" ? "relevance" : "-created");
  return inScope(c.ctx.db, c.ctx.actor.scope, async (t) => {
    await applyNameThreshold(t, filter);
    const list = await t.execute<PlanRow>(
      sql`explain (analyze, buffers, costs off) ${listSql(filter, { sort, limit: 51, offset: 0, cursor: null })}`,
    );
    const count = await t.execute<PlanRow>(
      sql`explain (format text, costs on) select 1 from ${fromOf(filter)} where ${whereOf(filter)}`,
    );
    const lines = list.rows.map((r) => r["QUERY PLAN"]);
    const nodes = lines
      .filter((l) =>
        /(Scan|Join|Sort|Limit|Nested Loop|Bitmap|Aggregate|Unique|Append|Execution Time)/.test(l),
      )
      .slice(0, 14);
    const estimate = /rows=(\d+)/.exec(count.rows[0]?.["QUERY PLAN"] ?? "")?.[1] ?? "?";
    return [
      `**${c.label}** (\`${JSON.stringify({ ...c.query, limit: undefined, offset: undefined })}\`, scope ${c.ctx.actor.scope}; planner row estimate for the total: ${estimate})`,
      "```",
      ...nodes.map((l) => l.replace(/\s+\(actual.*?loops=\d+\)/, (m) => m.replace(/rows=\d+ /, ""))),
      "```",
    ];
  });
}
