// Filter-and-select from the register: businesses in the proposal's region, with whether each is
// already proposed in this programme (so the operator does not pick it twice).
import { and, eq, inArray, ne } from "drizzle-orm";
import { maskIdentity } from "../../../../shared/mask";
import { type Ctx, tx } from "../../access";
import { listBusinessesForProposal } from "../../registry";
import { requirePermission } from "../permissions";
import { proposalItems, proposals } from "../schema";
import type { CandidatePage, CandidateQuery } from "./contract-items";
import { proposalInScope } from "./manage-proposals";

export async function listCandidates({
  ctx,
  proposalId,
  query,
}: {
  ctx: Ctx;
  proposalId: string;
  query: CandidateQuery;
}): Promise<CandidatePage> {
  requirePermission(ctx, "aid.propose");
  const proposal = await tx(ctx, (t) => proposalInScope(t, ctx, proposalId));
  const region = query.region?.startsWith(proposal.regionCode) ? query.region : proposal.regionCode;
  const rows = await listBusinessesForProposal({
    ctx,
    filter: {
      region,
      sector: query.sector,
      sizeClass: query.sizeClass,
      affected: query.affected,
      afterId: query.afterId,
      limit: query.limit,
    },
  });
  const ids = rows.map((r) => r.businessId);
  const taken =
    ids.length === 0
      ? []
      : await tx(ctx, (t) =>
          t
            .select({ id: proposalItems.businessId })
            .from(proposalItems)
            .innerJoin(proposals, eq(proposals.id, proposalItems.proposalId))
            .where(
              and(
                eq(proposalItems.programmeId, proposal.programmeId),
                eq(proposalItems.status, "active"),
                ne(proposals.status, "rejected"),
                inArray(proposalItems.businessId, ids),
              ),
            ),
        );
  const inProgramme = new Set(taken.map((x) => x.id));
  return {
    candidates: rows.map((r) => ({
      businessId: r.businessId,
      businessName: r.businessName,
      sector: r.sector,
      sizeClass: r.sizeClass,
      affected: r.affected,
      regionCode: r.regionCode,
      name: r.name,
      nikMasked: maskIdentity(r.nik) ?? "",
      inProgramme: inProgramme.has(r.businessId),
    })),
    nextAfterId: rows.length === query.limit ? (rows[rows.length - 1]?.businessId ?? null) : null,
  };
}
