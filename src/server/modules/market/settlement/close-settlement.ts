// Closing a settlement period: every sale line is counted by exactly one settlement. Refused with
// SETTLEMENT_OVERLAP when the period overlaps a closed one or holds a sale already settled; the
// database backs this (unique line per settlement, no overlapping periods per producer).
import { and, gte, inArray, lte, sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../../access";
import type { SettlementRow } from "../contract-reports";
import { plutZone } from "../domain/supply-day";
import { marketError } from "../errors";
import { requirePermission } from "../permissions";
import { plutRegionOf } from "../producers/manage-producers";
import { producers } from "../schema";
import { settlementLines, settlements } from "../schema-money";
import { checkPeriod, computeSettlement, type Period, rowsFor } from "./settlements";

const overlap = (closed: { from: string; to: string }) =>
  marketError("SETTLEMENT_OVERLAP", {
    text: {
      id: `Sebagian penjualan periode ini sudah masuk penyelesaian ${closed.from} s.d. ${closed.to}. Pilih periode sesudahnya.`,
      en: `Some sales of this period are already in the settlement of ${closed.from} to ${closed.to}. Choose a later period.`,
    },
    details: { closedFrom: closed.from, closedTo: closed.to },
  });

async function refuseOverlap(ctx: Ctx, t: Tx, period: Period): Promise<void> {
  const [closed] = await t
    .select({ from: settlements.periodFrom, to: settlements.periodTo })
    .from(settlements)
    .where(and(lte(settlements.periodFrom, period.to), gte(settlements.periodTo, period.from)))
    .limit(1);
  if (closed) throw overlap(closed);
  const scope = ctx.actor.scope === "*" ? "62" : ctx.actor.scope;
  const settled = await t.execute(sql`
    select s.period_from::text as "from", s.period_to::text as "to"
    from market.settlement_lines s join market.order_items i on i.id = s.order_item_id
    where s.kind = 'sale' and ((select max(p.confirmed_at) from market.payments p
      where p.order_id = i.order_id and p.status = 'confirmed' and p.kind = 'payment') at time zone ${plutZone(scope)})::date
      between ${period.from}::date and ${period.to}::date
    limit 1`);
  const row = settled.rows[0] as { from: string; to: string } | undefined;
  if (row) throw overlap(row);
}

/** Fixes the period's statements (one row per producer) and marks their sale lines settled. */
export async function closeSettlementPeriod({
  ctx,
  period,
}: {
  ctx: Ctx;
  period: Period;
}): Promise<SettlementRow[]> {
  requirePermission(ctx, "market.manage");
  checkPeriod(period);
  return tx(ctx, async (t) => {
    // One closing at a time: two konsultan clicking at once must not both pass the overlap check.
    await t.execute(sql`select pg_advisory_xact_lock(hashtext('market.settlement-close'))`);
    await refuseOverlap(ctx, t, period);
    const { statements, saleItemIds, returnItemIds } = await computeSettlement(ctx, t, period);
    const ids = statements.map((s) => s.producerId);
    const owners = ids.length
      ? await t
          .select({ id: producers.id, regionCode: producers.regionCode })
          .from(producers)
          .where(inArray(producers.id, ids))
      : [];
    const region = ctx.actor.scope === "*" ? "62" : ctx.actor.scope;
    for (const s of statements) {
      const owner = plutRegionOf(owners.find((o) => o.id === s.producerId)?.regionCode ?? "62");
      requireScope(ctx, owner);
      await t.insert(settlements).values({
        id: newId(),
        regionCode: owner,
        producerId: s.producerId,
        periodFrom: period.from,
        periodTo: period.to,
        statement: s,
        payable: s.payable,
        createdBy: actorName(ctx.actor),
      });
    }
    const lines = [
      ...saleItemIds.map((id) => ({ orderItemId: id, kind: "sale" as const })),
      ...returnItemIds.map((id) => ({ orderItemId: id, kind: "return" as const })),
    ].map((l) => ({ ...l, regionCode: region, periodFrom: period.from, periodTo: period.to }));
    for (let i = 0; i < lines.length; i += 1000)
      await t.insert(settlementLines).values(lines.slice(i, i + 1000));
    await recordAudit(t, ctx, {
      action: "market.close-settlement",
      entityType: "settlement_period",
      entityId: `${period.from}/${period.to}`,
      entityRegion: region,
      after: {
        producers: statements.length,
        saleLines: saleItemIds.length,
        returnLines: returnItemIds.length,
        payable: statements.reduce((a, s) => a + s.payable, 0),
      },
    });
    return rowsFor(ctx, t, period);
  });
}
