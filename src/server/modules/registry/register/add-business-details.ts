// Adds to a business page: a new impact assessment, a production pivot, a product made.
import { desc, eq } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { type Ctx, recordAudit, tx } from "../../access";
import type {
  Impact,
  ImpactInput,
  Pivot,
  PivotInput,
  Product,
  ProductInput,
} from "../contract-business-page";
import { requirePermission } from "../permissions";
import { businesses, impactAssessments, productionPivots, products } from "../schema";
import { impactValues } from "./record-values";
import { type BusinessRow, findBusinessRow } from "./repository";
import { toImpact, toPivot, toProduct } from "./repository-page";

type Args<I> = { ctx: Ctx; businessId: string; input: I };

async function withBusiness<T>(
  ctx: Ctx,
  businessId: string,
  fn: (t: Tx, b: BusinessRow) => Promise<T>,
): Promise<T> {
  requirePermission(ctx, "registry.write");
  return tx(ctx, async (t) => {
    const business = await findBusinessRow(t, businessId);
    if (!business) throw notFound();
    return fn(t, business);
  });
}

export function addImpact({ ctx, businessId, input }: Args<ImpactInput>): Promise<Impact> {
  return withBusiness(ctx, businessId, async (t, b) => {
    const [row] = await t
      .insert(impactAssessments)
      .values(impactValues(input, b, ctx))
      .returning();
    if (!row) throw new AppError("INTERNAL");
    // The list's "affected" filter follows the latest assessment.
    const [latest] = await t
      .select({ affected: impactAssessments.affected })
      .from(impactAssessments)
      .where(eq(impactAssessments.businessId, b.id))
      .orderBy(desc(impactAssessments.assessedOn), desc(impactAssessments.id))
      .limit(1);
    await t
      .update(businesses)
      .set({ affected: latest?.affected ?? null, updatedAt: ctx.now })
      .where(eq(businesses.id, b.id));
    await recordAudit(t, ctx, {
      action: "registry.add-impact",
      entityType: "business",
      entityId: b.id,
      entityRegion: b.regionCode,
      after: row,
    });
    return toImpact(row);
  });
}

export function addPivot({ ctx, businessId, input }: Args<PivotInput>): Promise<Pivot> {
  return withBusiness(ctx, businessId, async (t, b) => {
    const [row] = await t
      .insert(productionPivots)
      .values({
        id: newId(),
        regionCode: b.regionCode,
        businessId: b.id,
        before: input.before,
        after: input.after,
        since: input.since,
        share: input.share ?? null,
        note: input.note || null,
        createdAt: ctx.now,
      })
      .returning();
    if (!row) throw new AppError("INTERNAL");
    await t.update(businesses).set({ updatedAt: ctx.now }).where(eq(businesses.id, b.id));
    await recordAudit(t, ctx, {
      action: "registry.add-pivot",
      entityType: "business",
      entityId: b.id,
      entityRegion: b.regionCode,
      after: row,
    });
    return toPivot(row);
  });
}

export function addProduct({ ctx, businessId, input }: Args<ProductInput>): Promise<Product> {
  return withBusiness(ctx, businessId, async (t, b) => {
    const [row] = await t
      .insert(products)
      .values({
        id: newId(),
        regionCode: b.regionCode,
        businessId: b.id,
        name: input.name,
        unit: input.unit || null,
        price: input.price ?? null,
        dailyCapacity: input.dailyCapacity ?? null,
        isPivot: input.isPivot ?? false,
        createdAt: ctx.now,
      })
      .returning();
    if (!row) throw new AppError("INTERNAL");
    await t.update(businesses).set({ updatedAt: ctx.now }).where(eq(businesses.id, b.id));
    await recordAudit(t, ctx, {
      action: "registry.add-product",
      entityType: "business",
      entityId: b.id,
      entityRegion: b.regionCode,
      after: row,
    });
    return toProduct(row);
  });
}
