// The business page: business, owner, impact history, products, pivots, kendala, sources, history.

import type { Tx } from "../../../platform/db/pool";
import { forbidden, notFound } from "../../../platform/errors";
import { type Ctx, recordAudit, tx } from "../../access";
import { selectConstraintItems } from "../constraints/repository-constraints";
import type { BusinessPage } from "../contract-business-page";
import { hasPermission, requirePermission } from "../permissions";
import { findBusinessRow, findPersonRow, regionNames, toBusiness, toPerson } from "./repository";
import { listHistory, listImpacts, listPivots, listProducts, listSources } from "./repository-page";
import { reasonOf, requireRevealReason } from "./reveal-reason";

/**
 * Whether this call may show full NIK/KK: asked for, permitted, with a reason from a user (400
 * without one), and then audited by the caller with that reason.
 */
export function canReveal(ctx: Ctx, asked: boolean | undefined, reason?: string | undefined): boolean {
  if (!asked) return false;
  const actor = ctx.actor;
  if (actor.kind === "system" || actor.kind === "cli") return true;
  if (actor.kind !== "user" || !hasPermission(actor.role, "registry.reveal_nik")) throw forbidden();
  requireRevealReason(reason);
  return true;
}

/** Loads a page inside an open transaction (also used by create and sync replies). */
export async function loadBusinessPage(t: Tx, id: string, reveal: boolean): Promise<BusinessPage> {
  const row = await findBusinessRow(t, id);
  if (!row) throw notFound();
  const owner = await findPersonRow(t, row.ownerId);
  if (!owner) throw notFound();
  const names = await regionNames(t, [row.regionCode]);
  const constraints = await selectConstraintItems(
    t,
    { prefix: null, businessId: id },
    { limit: 200, offset: 0 },
  );
  return {
    business: toBusiness(row, names.get(row.regionCode) ?? null),
    owner: toPerson(owner, reveal),
    impacts: await listImpacts(t, id),
    products: await listProducts(t, id),
    pivots: await listPivots(t, id),
    constraints,
    sources: await listSources(t, { businessId: id, personId: owner.id }),
    history: await listHistory(t, {
      businessId: id,
      personId: owner.id,
      constraintIds: constraints.map((c) => c.id),
    }),
  };
}

export async function getBusiness({
  ctx,
  id,
  revealNik,
  revealReason,
}: {
  ctx: Ctx;
  id: string;
  revealNik?: boolean | undefined;
  revealReason?: string | undefined;
}): Promise<BusinessPage> {
  requirePermission(ctx, "registry.read");
  const reveal = canReveal(ctx, revealNik, revealReason);
  return tx(ctx, async (t) => {
    const page = await loadBusinessPage(t, id, reveal);
    if (reveal) {
      await recordAudit(t, ctx, {
        action: "registry.reveal-nik",
        entityType: "person",
        entityId: page.owner.id,
        entityRegion: page.owner.regionCode,
        after: { via: "business-page", businessId: id, reason: reasonOf(revealReason) },
      });
    }
    return page;
  });
}
