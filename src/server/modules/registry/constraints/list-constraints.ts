// The kendala board: by type, region and status, within the caller's scope.

import { AppError } from "../../../platform/errors";
import { type Ctx, tx } from "../../access";
import type { ConstraintDetail, ConstraintListQuery, ConstraintListResponse } from "../contract-constraints";
import { effectivePrefix } from "../domain/search-query";
import { requirePermission } from "../permissions";
import { loadConstraintDetail } from "./constraint-common";
import { countConstraints, selectConstraintItems } from "./repository-constraints";

export async function listConstraints({
  ctx,
  query,
}: {
  ctx: Ctx;
  query: ConstraintListQuery;
}): Promise<ConstraintListResponse> {
  requirePermission(ctx, "registry.read");
  const prefix = effectivePrefix(ctx.actor.scope, query.region);
  if (prefix === null) throw new AppError("OUT_OF_SCOPE");
  const where = {
    prefix: prefix === "*" ? null : prefix,
    type: query.type,
    status: query.status,
    businessId: query.businessId,
  };
  return tx(ctx, async (t) => {
    const items = await selectConstraintItems(t, where, { limit: query.limit, offset: query.offset });
    const { total, counts } = await countConstraints(t, where);
    return { items, total, counts };
  });
}

export async function getConstraint({ ctx, id }: { ctx: Ctx; id: string }): Promise<ConstraintDetail> {
  requirePermission(ctx, "registry.read");
  return tx(ctx, (t) => loadConstraintDetail(t, id));
}
