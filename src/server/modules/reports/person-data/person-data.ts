// A person's data on request (UU PDP Pasal 32): everything each module holds about one owner of the
// register, assembled from the modules' named reads (registry, linkage, aid, market, training) in
// one transaction, and written to the audit log (as the caller) in that same transaction.
import { notFound } from "../../../platform/errors";
import { actorName, type Ctx, recordAudit, systemCtx, tx } from "../../access";
import { personDataOf as aidData } from "../../aid";
import { personDataOf as linkageData } from "../../linkage";
import { personDataOf as marketData } from "../../market";
import { findPersonRow, personDataOf as registryData } from "../../registry";
import { personDataOf as trainingData } from "../../training";
import { requirePermission } from "../permissions";
import type { PersonDataParts } from "./person-data-pdf";

export type PersonDataExport = PersonDataParts & { format: "sinergi.person-data/1" };

export const LEGAL_BASIS = "UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi, Pasal 32";

/**
 * The export of one person. The same people who may see a full NIK may export it
 * (registry.reveal_nik); a person outside the caller's scope is not found (404).
 */
export async function exportPersonData({
  ctx,
  personId,
  format,
}: {
  ctx: Ctx;
  personId: string;
  format: "json" | "pdf";
}): Promise<PersonDataExport> {
  requirePermission(ctx, "reports.person_data");
  // The scope check: the person must be visible to the caller (row-level security), else 404.
  if (!(await tx(ctx, (t) => findPersonRow(t, personId)))) throw notFound();
  // The answer to the person must be complete: what every office holds about them (store orders
  // at the province PLUT, a business registered in another regency), selected by their own
  // identifiers only. Hence the reads run unscoped once the caller may see the person.
  return tx(systemCtx(ctx.db, "person-data-export"), async (t) => {
    const register = await registryData(t, personId);
    if (!register) throw notFound();
    const { person, ...held } = register;
    const businessIds = held.businesses.map((b) => b.business.id);
    const sources = await linkageData(t, { personId, businessIds });
    const aid = await aidData(t, { personId, nik: person.nik, businessIds });
    const market = await marketData(t, { phone: person.phone, businessIds });
    const training = await trainingData(t, { personId, businessIds });
    await recordAudit(t, ctx, {
      action: "reports.person-data-export",
      entityType: "person",
      entityId: person.id,
      entityRegion: person.regionCode,
      after: {
        format,
        counts: {
          businesses: businessIds.length,
          outsideListRows: sources.listRows.length,
          aidItems: aid.proposalItems.length,
          orders: market.orders.length,
          trainings: training.participations.length,
        },
      },
    });
    return {
      format: "sinergi.person-data/1",
      legalBasis: LEGAL_BASIS,
      generatedAt: ctx.now.toISOString(),
      generatedBy: actorName(ctx.actor),
      person,
      register: held,
      sources,
      aid,
      market,
      training,
    };
  });
}
