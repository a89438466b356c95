// The office head's summary for a region in the caller's scope, and the same per child region.
import { sql } from "drizzle-orm";
import { AppError } from "../../platform/errors";
import { type Ctx, tx } from "../access";
import type { RegionRows, Summary } from "./contract";
import { readFigures } from "./figures";
import { requirePermission } from "./permissions";

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

async function summaryOf(ctx: Ctx, region: string): Promise<Summary> {
  const f = await readFigures({ ctx, region });
  return {
    region,
    regionName: await regionName(ctx, region),
    asOf: ctx.now.toISOString(),
    businesses: f.businesses,
    affected: f.affected,
    constraintsOpen: f.constraintsOpen,
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

export async function reportSummary({ ctx, region }: { ctx: Ctx; region?: string }): Promise<Summary> {
  requirePermission(ctx, "reports.read");
  return summaryOf(ctx, effectiveRegion(ctx.actor.scope, region));
}

/** The region's summary and one per child region (province → regencies → districts). */
export async function reportByRegion({ ctx, region }: { ctx: Ctx; region?: string }): Promise<RegionRows> {
  requirePermission(ctx, "reports.read");
  const parent = effectiveRegion(ctx.actor.scope, region);
  const children = await tx(ctx, async (t) => {
    const rows = await t.execute<{ code: string }>(
      parent === "*"
        ? sql`select code from regions.regions where level = 1 order by code`
        : sql`select code from regions.regions where parent_code = ${parent} order by code`,
    );
    return rows.rows.map((r) => r.code);
  });
  const out: Summary[] = [];
  for (const code of children) out.push(await summaryOf(ctx, code));
  return { parent: await summaryOf(ctx, parent), children: out };
}
