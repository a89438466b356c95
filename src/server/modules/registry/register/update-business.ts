// Edits a business or its owner. A business moved to another region takes its impact, pivots,
// products and kendala along (they carry the business's region for row-level security).
import { eq } from "drizzle-orm";
import { maskIdentity } from "../../../../shared/mask";
import type { Tx } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/errors";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../../access";
import type { Business, Person } from "../contract-business-page";
import type { UpdateBusinessBody, UpdatePersonBody } from "../contract-register";
import { nameKey } from "../domain/names";
import { ownerMatcher } from "../duplicates/owner-matching";
import { requirePermission } from "../permissions";
import {
  businesses,
  constraintFollowUps,
  constraints,
  impactAssessments,
  persons,
  productionPivots,
  products,
} from "../schema";
import { sizeClassChanges } from "../schema-size";
import { appendSizeClassChange } from "../size/record-size-class";
import { sizeFields } from "./record-values";
import { findBusinessRow, findPersonRow, regionNames, toBusiness, toPerson } from "./repository";
import { cleanBusinessInput, cleanPersonInput } from "./validate-input";

async function moveChildren(t: Tx, businessId: string, regionCode: string): Promise<void> {
  for (const table of [impactAssessments, productionPivots, products, constraints, sizeClassChanges]) {
    await t.update(table).set({ regionCode }).where(eq(table.businessId, businessId));
  }
  const ids = await t
    .select({ id: constraints.id })
    .from(constraints)
    .where(eq(constraints.businessId, businessId));
  for (const { id } of ids)
    await t.update(constraintFollowUps).set({ regionCode }).where(eq(constraintFollowUps.constraintId, id));
}

export async function updateBusiness({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: UpdateBusinessBody;
}): Promise<Business> {
  requirePermission(ctx, "registry.write");
  if (input.regionCode) requireScope(ctx, input.regionCode);
  return tx(ctx, async (t) => {
    const before = await findBusinessRow(t, id);
    if (!before) throw notFound();
    const clean = await cleanBusinessInput(t, input, { prefix: "", lang: ctx.lang });
    const name = clean.name ?? before.name;
    // The class is reclassified only when its inputs are edited: a class recorded by a follow-up
    // (registry/size) stays until assets, turnover or their date change.
    const sizeEdited =
      input.assets !== undefined || input.annualTurnover !== undefined || input.sizeAsOf !== undefined;
    const money = {
      assets: input.assets ?? before.assets,
      annualTurnover: input.annualTurnover ?? before.annualTurnover,
      sizeAsOf: input.sizeAsOf ?? before.sizeAsOf ?? undefined,
    };
    const [row] = await t
      .update(businesses)
      .set({
        name,
        nameNorm: nameKey(name),
        ...(clean.nib !== undefined && { nib: clean.nib }),
        ...(input.sector !== undefined && { sector: input.sector }),
        ...(input.kbliCode !== undefined && {
          kbliCode: input.kbliCode,
          kbliVersion: input.kbliVersion ?? null,
        }),
        ...(input.products !== undefined && { products: input.products || null }),
        ...(input.dailyCapacity !== undefined && { dailyCapacity: input.dailyCapacity }),
        ...(input.employees !== undefined && { employees: input.employees }),
        ...(input.salesChannels !== undefined && { salesChannels: [...new Set(input.salesChannels)] }),
        ...(input.street !== undefined && { street: input.street || null }),
        ...(clean.rt !== undefined && { rt: clean.rt }),
        ...(clean.rw !== undefined && { rw: clean.rw }),
        ...(input.regionCode !== undefined && { regionCode: input.regionCode }),
        ...(input.status !== undefined && { status: input.status }),
        ...money,
        ...(sizeEdited && sizeFields(money, ctx.now)),
        updatedAt: ctx.now,
      })
      .where(eq(businesses.id, id))
      .returning();
    if (!row) throw new AppError("INTERNAL");
    if (row.regionCode !== before.regionCode) await moveChildren(t, id, row.regionCode);
    await appendSizeClassChange(t, {
      businessId: id,
      regionCode: row.regionCode,
      fromClass: before.sizeClass ?? null,
      toClass: row.sizeClass ?? null,
      changedOn: row.sizeAsOf ?? ctx.now.toISOString().slice(0, 10),
      source: "form",
      actorName: actorName(ctx.actor),
      at: ctx.now,
    });
    await recordAudit(t, ctx, {
      action: "registry.update-business",
      entityType: "business",
      entityId: id,
      entityRegion: row.regionCode,
      before,
      after: row,
    });
    const names = await regionNames(t, [row.regionCode]);
    return toBusiness(row, names.get(row.regionCode) ?? null);
  });
}

const masked = (p: typeof persons.$inferSelect) => ({
  ...p,
  nik: maskIdentity(p.nik),
  noKk: maskIdentity(p.noKk),
});

export async function updatePerson({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: UpdatePersonBody;
}): Promise<Person> {
  requirePermission(ctx, "registry.write");
  return tx(ctx, async (t) => {
    const before = await findPersonRow(t, id);
    if (!before) throw notFound();
    const clean = await cleanPersonInput(t, input, { prefix: "", lang: ctx.lang });
    const name = clean.name ?? before.name;
    const [row] = await t
      .update(persons)
      .set({
        name,
        nameNorm: nameKey(name),
        ...(clean.nik !== undefined && { nik: clean.nik }),
        ...(clean.noKk !== undefined && { noKk: clean.noKk }),
        ...(input.sex !== undefined && { sex: input.sex }),
        ...(input.birthPlace !== undefined && { birthPlace: input.birthPlace || null }),
        ...(clean.birthDate !== undefined && { birthDate: clean.birthDate }),
        ...(clean.phone !== undefined && { phone: clean.phone }),
        ...(input.street !== undefined && { street: input.street || null }),
        ...(clean.rt !== undefined && { rt: clean.rt }),
        ...(clean.rw !== undefined && { rw: clean.rw }),
        ...(input.villageCode !== undefined && { villageCode: input.villageCode }),
        updatedAt: ctx.now,
      })
      .where(eq(persons.id, id))
      .returning();
    if (!row) throw new AppError("INTERNAL");
    // The corrected owner's match keys in the same transaction, so the duplicate hint and the
    // engine's candidate search find the person under the new name, NIK or birth date at once.
    const keys = ownerMatcher()?.matchKeys(row);
    if (keys && keys.join("\u0000") !== row.matchKeys.join("\u0000"))
      await t.update(persons).set({ matchKeys: keys }).where(eq(persons.id, id));
    await recordAudit(t, ctx, {
      action: "registry.update-person",
      entityType: "person",
      entityId: id,
      entityRegion: row.regionCode,
      before: masked(before),
      after: masked(row),
    });
    return toPerson(row, false);
  });
}
