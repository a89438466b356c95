import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { parseMobilePhone } from "../../../../shared/phone";
import type { Tx } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../../access";
import { selectBusinessBriefs } from "../../registry";
import type { Producer, ProducerBody } from "../contract-staff";
import { requirePermission } from "../permissions";
import { consignmentTerms, producers } from "../schema";

/** The PLUT region that keeps a producer's consignment terms: the province of the producer. */
export function plutRegionOf(regionCode: string): string {
  return regionCode.slice(0, 2);
}

async function currentShare(t: Tx, producerId: string): Promise<number | null> {
  const [row] = await t
    .select({ bps: consignmentTerms.producerShareBps })
    .from(consignmentTerms)
    .where(and(eq(consignmentTerms.producerId, producerId), isNull(consignmentTerms.productId)))
    .orderBy(desc(consignmentTerms.validFrom), desc(consignmentTerms.createdAt))
    .limit(1);
  return row?.bps ?? null;
}

type ProducerRow = typeof producers.$inferSelect;

function toProducer(row: ProducerRow, share: number | null): Producer {
  return {
    id: row.id,
    businessId: row.businessId,
    name: row.name,
    ownerName: row.ownerName,
    phone: row.phone,
    regionCode: row.regionCode,
    dailyCapacity: row.dailyCapacity,
    producerShareBps: share,
  };
}

/** Producers in the caller's scope with their current share, by name. */
export async function listProducers({ ctx }: { ctx: Ctx }): Promise<Producer[]> {
  requirePermission(ctx, "market.read");
  return tx(ctx, async (t) => {
    const rows = await t.execute(sql`
      select p.*, r.name as region_name, (select producer_share_bps from market.consignment_terms c
        where c.producer_id = p.id and c.product_id is null order by valid_from desc, created_at desc limit 1) as share
      from market.producers p left join regions.regions r on r.code = p.region_code
      where p.is_active order by p.name`);
    return (rows.rows as Array<Record<string, unknown>>).map((r) => ({
      id: String(r.id),
      businessId: (r.business_id as string | null) ?? null,
      name: String(r.name),
      ownerName: (r.owner_name as string | null) ?? null,
      phone: (r.phone as string | null) ?? null,
      regionCode: String(r.region_code),
      regionName: (r.region_name as string | null) ?? null,
      dailyCapacity: Number(r.daily_capacity),
      producerShareBps: r.share === null || r.share === undefined ? null : Number(r.share),
    }));
  });
}

type ProducerFacts = {
  businessId: string | null;
  name: string;
  ownerName: string | null;
  phone: string | null;
  regionCode: string;
  dailyCapacity: number;
};

/** What the producer row holds: the registry's facts about the business, overridden by the input. */
async function producerFacts(t: Tx, input: ProducerBody): Promise<ProducerFacts> {
  const brief = input.businessId ? (await selectBusinessBriefs(t, [input.businessId]))[0] : undefined;
  if (input.businessId && !brief)
    throw notFound({ id: "Usaha tidak ditemukan di registri.", en: "Business not found in the register." });
  const rawPhone = input.phone ?? brief?.phone ?? null;
  const phone = rawPhone ? parseMobilePhone(rawPhone) : null;
  if (input.phone && phone && !phone.ok) {
    throw new AppError("VALIDATION", { issues: [{ path: "phone", message: "Nomor HP tidak valid." }] });
  }
  const name = input.name ?? brief?.name;
  const regionCode = input.regionCode ?? brief?.regionCode;
  if (!name || !regionCode)
    throw new AppError("VALIDATION", {
      issues: [{ path: "name", message: "Nama dan wilayah wajib diisi." }],
    });
  return {
    businessId: input.businessId ?? null,
    name,
    ownerName: input.ownerName ?? brief?.ownerName ?? null,
    phone: phone?.ok ? phone.e164 : null,
    regionCode,
    dailyCapacity: input.dailyCapacity ?? brief?.dailyCapacity ?? 0,
  };
}

/**
 * Registers a producer with the PLUT — a registered business of the registry, or a named producer —
 * or updates it when the business is already known; optional consignment share (basis points).
 */
export async function saveProducer({ ctx, input }: { ctx: Ctx; input: ProducerBody }): Promise<Producer> {
  requirePermission(ctx, "market.manage");
  if (input.regionCode) requireScope(ctx, input.regionCode);
  return tx(ctx, async (t) => {
    const facts = await producerFacts(t, input);
    requireScope(ctx, facts.regionCode);
    const values = { ...facts, updatedAt: ctx.now };
    const existing = facts.businessId
      ? (await t.select().from(producers).where(eq(producers.businessId, facts.businessId)).limit(1))[0]
      : undefined;
    const [row] = existing
      ? await t.update(producers).set(values).where(eq(producers.id, existing.id)).returning()
      : await t
          .insert(producers)
          .values({ id: newId(), ...values })
          .returning();
    if (!row) throw notFound();
    if (input.producerShareBps !== undefined) {
      await t.insert(consignmentTerms).values({
        id: newId(),
        regionCode: plutRegionOf(row.regionCode),
        producerId: row.id,
        producerShareBps: input.producerShareBps,
        validFrom: ctx.now.toISOString().slice(0, 10),
        createdBy: actorName(ctx.actor),
      });
    }
    const producer = toProducer(row, await currentShare(t, row.id));
    await recordAudit(t, ctx, {
      action: existing ? "market.update-producer" : "market.create-producer",
      entityType: "producer",
      entityId: row.id,
      entityRegion: row.regionCode,
      before: existing ?? null,
      after: producer,
    });
    return producer;
  });
}
