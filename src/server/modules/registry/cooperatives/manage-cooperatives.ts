// Cooperatives (koperasi): register and list within scope.
import { type SQL, sql } from "drizzle-orm";
import { AppError } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { type Ctx, recordAudit, requireScope, tx } from "../../access";
import type {
  Cooperative,
  CooperativeInput,
  CooperativeListQuery,
  CooperativeListResponse,
} from "../contract-cooperatives";
import { nameKey } from "../domain/names";
import { effectivePrefix } from "../domain/search-query";
import { requirePermission } from "../permissions";
import { defaultSourceKind } from "../register/record-values";
import { regionExists, regionNames } from "../register/repository";
import { startsWith } from "../register/repository-list";
import { throwIfIssues } from "../register/validate-input";
import { cooperatives } from "../schema";

type Row = typeof cooperatives.$inferSelect;

export function toCooperative(r: Row, regionName: string | null): Cooperative {
  return {
    id: r.id,
    name: r.name,
    legalEntityNumber: r.legalEntityNumber,
    members: r.members,
    sector: r.sector,
    street: r.street,
    regionCode: r.regionCode,
    regionName,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function createCooperative({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: CooperativeInput;
}): Promise<Cooperative> {
  requirePermission(ctx, "registry.write");
  requireScope(ctx, input.regionCode);
  return tx(ctx, async (t) => {
    if (!(await regionExists(t, input.regionCode)))
      throwIfIssues([{ path: "regionCode", code: "REGION_UNKNOWN" }], ctx.lang);
    const [row] = await t
      .insert(cooperatives)
      .values({
        id: newId(),
        regionCode: input.regionCode,
        name: input.name,
        nameNorm: nameKey(input.name),
        legalEntityNumber: input.legalEntityNumber || null,
        members: input.members ?? null,
        sector: input.sector,
        street: input.street || null,
        sourceKind: defaultSourceKind(ctx),
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) throw new AppError("INTERNAL");
    await recordAudit(t, ctx, {
      action: "registry.create-cooperative",
      entityType: "cooperative",
      entityId: row.id,
      entityRegion: row.regionCode,
      after: row,
    });
    const names = await regionNames(t, [row.regionCode]);
    return toCooperative(row, names.get(row.regionCode) ?? null);
  });
}

export async function listCooperatives({
  ctx,
  query,
}: {
  ctx: Ctx;
  query: CooperativeListQuery;
}): Promise<CooperativeListResponse> {
  requirePermission(ctx, "registry.read");
  const prefix = effectivePrefix(ctx.actor.scope, query.region);
  if (prefix === null) throw new AppError("OUT_OF_SCOPE");
  const parts: SQL[] = [sql`true`];
  if (prefix !== "*") parts.push(startsWith(sql`region_code`, prefix));
  if (query.sector) parts.push(sql`sector = ${query.sector}`);
  const key = query.q ? nameKey(query.q) : "";
  if (key) parts.push(sql`(${key} <% name_norm or name_norm like ${`%${key}%`})`);
  const where = sql.join(parts, sql` and `);
  return tx(ctx, async (t) => {
    const rows = await t.execute<{ id: string }>(
      sql`select id from registry.cooperatives where ${where} order by name_norm, id limit ${query.limit} offset ${query.offset}`,
    );
    const total = await t.execute<{ n: number }>(
      sql`select count(*)::int as n from registry.cooperatives where ${where}`,
    );
    const ids = rows.rows.map((r) => r.id);
    const full = ids.length
      ? await t
          .select()
          .from(cooperatives)
          .where(sql`id = any(${sql.param(ids)}::uuid[])`)
      : [];
    const byId = new Map(full.map((r) => [r.id, r]));
    const names = await regionNames(
      t,
      full.map((r) => r.regionCode),
    );
    const items = ids.flatMap((id) => {
      const r = byId.get(id);
      return r ? [toCooperative(r, names.get(r.regionCode) ?? null)] : [];
    });
    return { items, total: Number(total.rows[0]?.n ?? 0) };
  });
}
