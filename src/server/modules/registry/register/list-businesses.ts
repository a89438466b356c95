// The register list: filters, typo-tolerant search, sort, keyset/offset pages, masked NIKs.

import { maskIdentity } from "../../../../shared/mask";
import type { Tx } from "../../../platform/db/pool";
import { AppError, validation } from "../../../platform/errors";
import { type Ctx, recordAudit, tx } from "../../access";
import type { BusinessListItem, BusinessListQuery, BusinessListResponse } from "../contract-register";
import { effectivePrefix, parseSearchQuery } from "../domain/search-query";
import type { BusinessStatus, Sector, SourceKind } from "../domain/vocab";
import { requirePermission } from "../permissions";
import { canReveal } from "./get-business";
import { countersCover, countFromCounters } from "./repository-counts";
import {
  countList,
  decodeCursor,
  encodeCursor,
  type ListFilter,
  type ListRow,
  type ListSort,
  selectListPage,
} from "./repository-list";
import { reasonOf } from "./reveal-reason";

export function toListItem(r: ListRow, reveal: boolean): BusinessListItem {
  return {
    id: r.id,
    name: r.name,
    sector: r.sector as Sector,
    sizeClass: r.size_class as BusinessListItem["sizeClass"],
    status: r.status as BusinessStatus,
    regionCode: r.region_code,
    regionName: r.region_name,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    nik: reveal ? r.nik : (maskIdentity(r.nik) ?? ""),
    phone: r.phone,
    affected: r.affected,
    openConstraints: Number(r.open_constraints),
    dailyCapacity: r.daily_capacity,
    sourceKind: r.source_kind as SourceKind,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** The list filter within the caller's scope; a region outside it is refused, not silently emptied. */
export function listFilter(ctx: Ctx, query: Omit<BusinessListQuery, "limit" | "offset">): ListFilter {
  const prefix = effectivePrefix(ctx.actor.scope, query.region);
  if (prefix === null) throw new AppError("OUT_OF_SCOPE");
  return {
    prefix,
    search: parseSearchQuery(query.q),
    sector: query.sector,
    size: query.size,
    affected: query.affected,
    source: query.source,
    status: query.status,
    hasOpenConstraints: query.hasOpenConstraints,
  };
}

/**
 * Name searches carry their match count in the page (window count); a list filtered by region,
 * status and "affected" only sums the business counters (exact at any size); other lists count or
 * estimate.
 */
async function totalOf(
  t: Tx,
  filter: ListFilter,
  page: { rows: ListRow[]; exhaustive: boolean; offset: number },
): Promise<{ total: number; isEstimate: boolean }> {
  const counted = page.rows[0]?.full_count;
  if (filter.search.kind === "name" && counted !== undefined)
    return { total: Number(counted), isEstimate: !page.exhaustive };
  if (filter.search.kind === "name" && page.offset === 0) return { total: 0, isEstimate: !page.exhaustive };
  if (countersCover(filter)) return { total: await countFromCounters(t, filter), isEstimate: false };
  return countList(t, filter);
}

function cursorKey(sort: ListSort, r: ListRow): string | null {
  if (sort === "name" || sort === "-name") return r.name_norm;
  if (sort === "-updated") return r.updated_key;
  return null;
}

export async function listBusinesses({
  ctx,
  query,
}: {
  ctx: Ctx;
  query: BusinessListQuery;
}): Promise<BusinessListResponse> {
  requirePermission(ctx, "registry.read");
  const reveal = canReveal(ctx, query.revealNik, query.revealReason);
  const filter = listFilter(ctx, query);
  const sort: ListSort = query.sort ?? (filter.search.kind === "name" ? "relevance" : "-created");
  const keysetAllowed = sort !== "relevance";
  const cursor = query.cursor && keysetAllowed ? decodeCursor(query.cursor) : null;
  if (query.cursor && keysetAllowed && !cursor)
    throw validation([{ path: "querystring.cursor", message: "cursor tidak valid" }]);
  return tx(ctx, async (t) => {
    const { rows, exhaustive } = await selectListPage(t, filter, {
      sort,
      limit: query.limit + 1,
      offset: query.offset,
      cursor,
    });
    const page = rows.slice(0, query.limit);
    const { total, isEstimate } = await totalOf(t, filter, { rows, exhaustive, offset: query.offset });
    const last = page[page.length - 1];
    const nextCursor =
      keysetAllowed && rows.length > query.limit && last
        ? encodeCursor({ k: cursorKey(sort, last), id: last.id })
        : null;
    if (reveal) {
      await recordAudit(t, ctx, {
        action: "registry.reveal-nik",
        entityType: "business-list",
        entityRegion: filter.prefix === "*" ? null : filter.prefix,
        after: {
          via: "list",
          persons: page.map((r) => r.owner_id),
          query: { ...query, cursor: undefined, revealReason: undefined },
          reason: reasonOf(query.revealReason),
        },
      });
    }
    return {
      items: page.map((r) => toListItem(r, reveal)),
      total,
      totalIsEstimate: isEstimate,
      nextCursor,
      nikRevealed: reveal,
    };
  });
}
