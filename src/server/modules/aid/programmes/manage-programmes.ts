// Programmes: national (BPUM) or owned by a region (a province's APBD stimulus); rules as data.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { type Ctx, inScope, recordAudit, requireScope, tx } from "../../access";
import type { CreateProgrammeBody, Programme, ProgrammeSummary, QuotaBody } from "../contract";
import { requirePermission } from "../permissions";
import { toProgrammeSummary } from "../present";
import { findProgramme, type ProgrammeRow } from "../repository";
import { programmeExclusions, programmeQuotas, programmes } from "../schema";
import { stockOf } from "./in-kind-stock";

/** A national programme is visible to all; a regional one to offices inside or above its region. */
export function programmeVisible(scope: string, ownerRegion: string | null): boolean {
  return ownerRegion === null || inScope(scope, ownerRegion) || inScope(ownerRegion, scope);
}

export async function listProgrammes({ ctx }: { ctx: Ctx }): Promise<ProgrammeSummary[]> {
  requirePermission(ctx, "aid.read");
  return tx(ctx, async (t) => {
    const rows = await t.select().from(programmes).orderBy(asc(programmes.periodStart), asc(programmes.name));
    return rows.filter((r) => programmeVisible(ctx.actor.scope, r.ownerRegion)).map(toProgrammeSummary);
  });
}

export async function visibleProgramme(t: Tx, ctx: Ctx, id: string): Promise<ProgrammeRow> {
  const row = await findProgramme(t, id);
  if (!row || !programmeVisible(ctx.actor.scope, row.ownerRegion)) throw notFound();
  return row;
}

export async function getProgramme({ ctx, id }: { ctx: Ctx; id: string }): Promise<Programme> {
  requirePermission(ctx, "aid.read");
  return tx(ctx, async (t) => {
    const row = await visibleProgramme(t, ctx, id);
    const ex = await t
      .select({ e: programmeExclusions, name: programmes.name })
      .from(programmeExclusions)
      .innerJoin(programmes, eq(programmes.id, programmeExclusions.excludesProgrammeId))
      .where(eq(programmeExclusions.programmeId, id));
    const quotas = await t.execute<{ region_code: string; phase: number; quota: number; used: number }>(sql`
      select q.region_code, q.phase, q.quota,
        (select count(*)::int from aid.proposal_items i join aid.proposals p on p.id = i.proposal_id
          where p.programme_id = q.programme_id and p.status <> 'rejected' and i.status = 'active'
            and (p.region_code = q.region_code or p.region_code like q.region_code || '.%')) as used
      from aid.programme_quotas q where q.programme_id = ${id} order by q.region_code, q.phase`);
    return {
      ...toProgrammeSummary(row),
      stock: await stockOf(t, ctx, row),
      description: row.description,
      phases: row.phases,
      rules: {
        ...row.rules,
        sizeClasses: [...row.rules.sizeClasses],
        sectors: [...row.rules.sectors],
        excludedOccupations: [...row.rules.excludedOccupations],
      },
      requiredDocuments: row.requiredDocuments,
      exclusions: ex.map(({ e, name }) => ({
        programmeId: e.excludesProgrammeId,
        programmeName: name,
        from: e.from,
        to: e.to,
      })),
      quotas: quotas.rows.map((q) => ({
        regionCode: q.region_code,
        phase: Number(q.phase),
        quota: Number(q.quota),
        used: Number(q.used),
      })),
    };
  });
}

export async function createProgramme({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: CreateProgrammeBody;
}): Promise<Programme> {
  requirePermission(ctx, "aid.manage_programmes");
  // a regional programme is owned inside the admin's scope; a national one only by a national actor
  if (input.ownerRegion) requireScope(ctx, input.ownerRegion);
  else if (ctx.actor.scope !== "*") throw new AppError("OUT_OF_SCOPE");
  const id = newId();
  await tx(ctx, async (t) => {
    const taken = await t
      .select({ id: programmes.id })
      .from(programmes)
      .where(eq(programmes.code, input.code))
      .limit(1);
    if (taken.length > 0)
      throw new AppError("CONFLICT", {
        text: { id: "Kode program sudah dipakai.", en: "Programme code already used." },
      });
    const others = input.exclusions.map((e) => e.programmeId);
    if (others.length > 0) {
      const found = await t
        .select({ id: programmes.id })
        .from(programmes)
        .where(inArray(programmes.id, others));
      if (found.length !== new Set(others).size)
        throw notFound({ id: "Program pengecualian tidak ditemukan.", en: "Excluded programme not found." });
    }
    const row = {
      id,
      code: input.code,
      name: input.name,
      fundSource: input.fundSource,
      kind: input.kind,
      amount: input.amount,
      unit: input.unit ?? null,
      unitsPerRecipient: input.unitsPerRecipient ?? null,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd ?? null,
      phases: input.phases,
      ownerRegion: input.ownerRegion ?? null,
      rules: input.rules,
      requiredDocuments: input.requiredDocuments,
      description: input.description ?? null,
    };
    await t.insert(programmes).values(row);
    for (const e of input.exclusions) {
      await t
        .insert(programmeExclusions)
        .values({ id: newId(), programmeId: id, excludesProgrammeId: e.programmeId, from: e.from, to: e.to });
    }
    await recordAudit(t, ctx, {
      action: "aid.create-programme",
      entityType: "aid_programme",
      entityId: id,
      entityRegion: row.ownerRegion,
      after: { ...row, exclusions: input.exclusions },
    });
  });
  return getProgramme({ ctx, id });
}

export async function setQuota({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: QuotaBody;
}): Promise<Programme> {
  requirePermission(ctx, "aid.manage_programmes");
  requireScope(ctx, input.regionCode);
  await tx(ctx, async (t) => {
    await visibleProgramme(t, ctx, id);
    const where = and(
      eq(programmeQuotas.programmeId, id),
      eq(programmeQuotas.regionCode, input.regionCode),
      eq(programmeQuotas.phase, input.phase),
    );
    const before = (await t.select().from(programmeQuotas).where(where).limit(1))[0];
    if (before) await t.update(programmeQuotas).set({ quota: input.quota }).where(where);
    else
      await t.insert(programmeQuotas).values({
        id: newId(),
        programmeId: id,
        regionCode: input.regionCode,
        phase: input.phase,
        quota: input.quota,
      });
    await recordAudit(t, ctx, {
      action: "aid.set-quota",
      entityType: "aid_programme",
      entityId: id,
      entityRegion: input.regionCode,
      before: before ?? null,
      after: input,
    });
  });
  return getProgramme({ ctx, id });
}
