// The office head's summary for a region in the caller's scope, and the same per child region.
import { sql } from "drizzle-orm";
import type { Period } from "../../../platform/db/period";
import type { Tx } from "../../../platform/db/pool";
import { AppError } from "../../../platform/errors";
import { type Ctx, tx } from "../../access";
import type { RegionRows, Summary } from "../contract";
import { requirePermission } from "../permissions";
import { type FigureName, readFigures, readGroupedFigures } from "./figures";

/** The region to count: the asked one within the scope; a wider one narrows to the scope. */
export function effectiveRegion(scope: string, asked: string | undefined): string {
  if (!asked) return scope;
  if (scope === "*" || asked === scope || asked.startsWith(`${scope}.`)) return asked;
  if (scope.startsWith(`${asked}.`)) return scope;
  throw new AppError("OUT_OF_SCOPE");
}

async function regionName(ctx: Ctx, code: string): Promise<string | null> {
  if (code === "*") return null;
  return tx(ctx, async (t) => {
    const rows = await t.execute<{ name: string }>(
      sql`select name from regions.regions where code = ${code}`,
    );
    return rows.rows[0]?.name ?? null;
  });
}

type Ask = { ctx: Ctx; region?: string | undefined; from?: string | undefined; to?: string | undefined };

function toSummary(
  ctx: Ctx,
  region: string,
  name: string | null,
  f: Record<FigureName, number>,
  period: Period,
): Summary {
  return {
    region,
    regionName: name,
    asOf: ctx.now.toISOString(),
    businesses: f.businesses,
    affected: f.affected,
    constraintsOpen: f.constraintsOpen,
    constraintsOpened: f.constraintsOpened,
    period: { from: period.from ?? null, to: period.to ?? null },
    aid: { proposed: f.aidProposed, approved: f.aidApproved, paid: f.aidPaid },
    market: {
      supply: f.marketSupply,
      demand: f.marketDemand,
      sold: f.marketSold,
      unserved: f.marketUnserved,
    },
    training: { held: f.trainingHeld, postponed: f.trainingPostponed },
    prakerja: { registered: f.prakerjaRegistered, passed: f.prakerjaPassed },
  };
}

/** The summary of one region; a period (from/to) narrows the dated figures, the rest are the state now. */
export async function reportSummary({ ctx, region, from, to }: Ask): Promise<Summary> {
  requirePermission(ctx, "reports.read");
  const code = effectiveRegion(ctx.actor.scope, region);
  const period = { from, to };
  const f = await readFigures({ ctx, region: code, period });
  return toSummary(ctx, code, await regionName(ctx, code), f, period);
}

async function childRegions(t: Tx, parent: string): Promise<{ code: string; name: string }[]> {
  const rows = await t.execute<{ code: string; name: string }>(
    parent === "*"
      ? sql`select code, name from regions.regions where level = 1 order by code`
      : sql`select code, name from regions.regions where parent_code = ${parent} order by code`,
  );
  return rows.rows;
}

/**
 * The region's summary and one per child region (province → regencies → districts): every figure's
 * grouped variant counts the parent and all children in one query, all in one scoped transaction.
 */
export async function reportByRegion({ ctx, region, from, to }: Ask): Promise<RegionRows> {
  requirePermission(ctx, "reports.read");
  const parent = effectiveRegion(ctx.actor.scope, region);
  const period = { from, to };
  return tx(ctx, async (t) => {
    const children = await childRegions(t, parent);
    const names = await t.execute<{ name: string }>(
      sql`select name from regions.regions where code = ${parent}`,
    );
    const parentName = parent === "*" ? null : (names.rows[0]?.name ?? null);
    const f = await readGroupedFigures(
      t,
      parent,
      children.map((c) => c.code),
      period,
    );
    return {
      parent: toSummary(ctx, parent, parentName, f.parent, period),
      children: children.map((c, i) =>
        toSummary(ctx, c.code, c.name, f.children[i] as Record<FigureName, number>, period),
      ),
    };
  });
}
