// Rows of the demo collected in memory, then written with multi-row inserts (the demo must keep
// `npm start` fast).
import { getTableColumns, sql } from "drizzle-orm";
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import type { Rng } from "../../../../shared/rng";
import type { Tx } from "../../../platform/db/pool";
import {
  businesses,
  constraintFollowUps,
  constraints,
  cooperatives,
  impactAssessments,
  persons,
  productionPivots,
  products,
  recordSources,
} from "../schema";
import type { BusinessInsert, ImpactInsert } from "./businesses";
import type { PersonInsert } from "./people";
import { demoId } from "./rng";

export type DemoBatch = {
  persons: PersonInsert[];
  businesses: BusinessInsert[];
  sources: Array<typeof recordSources.$inferInsert>;
  impacts: ImpactInsert[];
  pivots: Array<typeof productionPivots.$inferInsert>;
  products: Array<typeof products.$inferInsert>;
  constraints: Array<typeof constraints.$inferInsert>;
  followUps: Array<typeof constraintFollowUps.$inferInsert>;
  cooperatives: Array<typeof cooperatives.$inferInsert>;
};

export function emptyBatch(): DemoBatch {
  return {
    persons: [],
    businesses: [],
    sources: [],
    impacts: [],
    pivots: [],
    products: [],
    constraints: [],
    followUps: [],
    cooperatives: [],
  };
}

/** Source rows for a demo owner and business, tagged so other modules can find scenario records. */
export function addSources(batch: DemoBatch, rng: Rng, b: BusinessInsert, tag: string): void {
  const at = b.createdAt as Date;
  const office = b.regionCode.slice(0, 5);
  for (const [entityType, entityId] of [
    ["business", b.id],
    ["person", b.ownerId],
  ] as const) {
    batch.sources.push({
      id: demoId(rng, at.getTime()),
      regionCode: b.regionCode,
      entityType,
      entityId: entityId as string,
      kind: "demo",
      officeCode: office,
      userName: "demo",
      tag,
      createdAt: at,
    });
  }
}

/**
 * Inserts rows with one JSON parameter per statement (json_populate_recordset): thousands of rows
 * per round trip without thousands of bind parameters. Columns no row sets keep their defaults.
 */
async function insertJson<T extends Record<string, unknown>>(
  t: Tx,
  table: PgTable,
  rows: T[],
  size = 5000,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  const { schema, name } = getTableConfig(table);
  const keys = Object.keys(columns).filter((k) => rows.some((r) => r[k] !== undefined));
  const names = keys.map((k) => `"${(columns[k] as { name: string }).name}"`).join(", ");
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows
      .slice(i, i + size)
      .map((r) => Object.fromEntries(keys.map((k) => [(columns[k] as { name: string }).name, r[k] ?? null])));
    await t.execute(
      sql`insert into ${sql.raw(`"${schema}"."${name}"`)} (${sql.raw(names)}) select ${sql.raw(names)} from json_populate_recordset(null::${sql.raw(`"${schema}"."${name}"`)}, ${JSON.stringify(chunk)}::json)`,
    );
  }
}

export async function flushBatch(t: Tx, b: DemoBatch): Promise<void> {
  await insertJson(t, persons, b.persons);
  await insertJson(t, businesses, b.businesses);
  await insertJson(t, recordSources, b.sources);
  await insertJson(t, impactAssessments, b.impacts);
  await insertJson(t, productionPivots, b.pivots);
  await insertJson(t, products, b.products);
  await insertJson(t, constraints, b.constraints);
  await insertJson(t, constraintFollowUps, b.followUps);
  await insertJson(t, cooperatives, b.cooperatives);
}
