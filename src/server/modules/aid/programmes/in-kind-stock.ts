// In-kind aid draws its units from goods the office bought and received (S5: masks procured from
// local tailors through the PLUT). Procurements live in the market module, a sibling of aid in the
// module chain, so neither imports the other: the composition root provides market's read here
// (a port). Without it no programme can be linked to a procurement.
import { and, eq, ne, sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { notFound } from "../../../platform/errors";
import { type Ctx, recordAudit, tx } from "../../access";
import { aidError } from "../errors";
import { requirePermission } from "../permissions";
import { programmes, proposals } from "../schema";
import { handovers } from "../schema-exchange";
import { visibleProgramme } from "./manage-programmes";

/** A procurement whose delivered units an in-kind programme may hand out. */
export type InKindSource = {
  procurementId: string;
  orderCode: string;
  institution: string;
  productName: string;
  ordered: number;
  delivered: number;
};

/** Reads procurements (all, or those ids) with their delivered units. */
export type InKindSourceReader = (ctx: Ctx, ids?: readonly string[]) => Promise<InKindSource[]>;

let reader: InKindSourceReader | undefined;

export function provideInKindSources(fn: InKindSourceReader): void {
  reader = fn;
}

export async function listInKindSources({ ctx }: { ctx: Ctx }): Promise<InKindSource[]> {
  requirePermission(ctx, "aid.manage_programmes");
  return reader ? reader(ctx) : [];
}

/** The stock of a linked programme: delivered units, handed out so far, what is left. */
export type InKindStock = InKindSource & { handedOut: number; remaining: number };

/** Units handed over under a programme (every proposal of it), optionally without one hand-over. */
async function handedOut(t: Tx, programmeId: string): Promise<number> {
  const [row] = await t
    .select({ n: sql<number>`coalesce(sum(${handovers.quantity}), 0)::int` })
    .from(handovers)
    .innerJoin(proposals, eq(proposals.id, handovers.proposalId))
    .where(and(eq(proposals.programmeId, programmeId), ne(proposals.status, "rejected")));
  return Number(row?.n ?? 0);
}

export async function stockOf(
  t: Tx,
  ctx: Ctx,
  programme: { id: string; stockProcurementId: string | null },
): Promise<InKindStock | null> {
  if (!programme.stockProcurementId || !reader) return null;
  const [source] = await reader(ctx, [programme.stockProcurementId]);
  if (!source) return null;
  const out = await handedOut(t, programme.id);
  return { ...source, handedOut: out, remaining: Math.max(source.delivered - out, 0) };
}

/** Refuses a hand-over of more units than the linked procurement has left (no link: no limit). */
export async function requireStock(
  t: Tx,
  ctx: Ctx,
  programme: { id: string; stockProcurementId: string | null },
  quantity: number,
): Promise<void> {
  if (!programme.stockProcurementId) return;
  // one hand-over of a programme at a time counts the stock down (proposals lock separately)
  await t.select({ id: programmes.id }).from(programmes).where(eq(programmes.id, programme.id)).for("update");
  const stock = await stockOf(t, ctx, programme);
  if (stock && quantity > stock.remaining)
    throw aidError("AID_STOCK_SHORT", {
      text: {
        id: `Stok ${stock.productName} tinggal ${stock.remaining} unit dari ${stock.delivered} yang diterima.`,
        en: `Only ${stock.remaining} of the ${stock.delivered} delivered units of ${stock.productName} are left.`,
      },
    });
}

/** Links an in-kind programme to the procurement whose delivered units it hands out. */
export async function linkInKindSource({
  ctx,
  id,
  procurementId,
}: {
  ctx: Ctx;
  id: string;
  procurementId: string;
}): Promise<InKindStock> {
  requirePermission(ctx, "aid.manage_programmes");
  return tx(ctx, async (t) => {
    const row = await visibleProgramme(t, ctx, id);
    if (row.kind !== "in_kind") throw aidError("AID_NOT_IN_KIND");
    const [source] = reader ? await reader(ctx, [procurementId]) : [];
    if (!source) throw notFound({ id: "Pengadaan tidak ditemukan.", en: "Procurement not found." });
    await t.update(programmes).set({ stockProcurementId: procurementId }).where(eq(programmes.id, id));
    await recordAudit(t, ctx, {
      action: "aid.link-stock",
      entityType: "aid_programme",
      entityId: id,
      entityRegion: row.ownerRegion,
      before: { stockProcurementId: row.stockProcurementId },
      after: { stockProcurementId: procurementId, order: source.orderCode },
    });
    const stock = await stockOf(t, ctx, { id, stockProcurementId: procurementId });
    if (!stock) throw notFound();
    return stock;
  });
}
