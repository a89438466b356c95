// The four parts of the irisan report as rows: list rows by decision (both = match, uncertain =
// review, list_only = none) joined with their register record, and register businesses no row
// links to (register_only).
import { and, asc, eq, or, type SQL, sql } from "drizzle-orm";
import { maskIdentity } from "../../../../shared/mask";
import type { Tx } from "../../../platform/db/pool";
import { type LinkSourceRow, readLinkPage, readLinkRecordsByIds } from "../../registry";
import type { IrisanQuery, IrisanRow, IrisanSummary } from "../contract-lists";
import { listRows } from "../schema";
import type { IrisanCategory } from "../vocab";
import { countRowDecisions, type ListRow, type ListRowRow } from "./repository";

const DECISION_OF = { both: "match", uncertain: "review", list_only: "none" } as const;

type Filter = Pick<IrisanQuery, "region" | "status" | "q">;

function registerSide(r: LinkSourceRow): NonNullable<IrisanRow["register"]> {
  return {
    businessId: r.businessId,
    businessName: r.businessName,
    ownerName: r.name,
    nikMasked: maskIdentity(r.nik),
    regionCode: r.regionCode,
    status: r.status,
  };
}

function toRow(category: IrisanCategory, row: ListRowRow | null, reg: LinkSourceRow | undefined): IrisanRow {
  return {
    category,
    list: row
      ? {
          rowId: row.id,
          rowNumber: row.rowNumber,
          name: row.name,
          nikMasked: maskIdentity(row.nik),
          birthDate: row.birthDate,
          address: row.address,
          villageCode: row.villageCode,
        }
      : null,
    register: reg ? registerSide(reg) : null,
    decision: row ? row.decision : null,
    probability: row?.probability ?? null,
    weight: row?.weight ?? null,
  };
}

/** Register-side exclusions: businesses a row links to, and every business of a linked owner. */
async function linkedSets(t: Tx, listId: string): Promise<{ businessIds: string[]; personIds: string[] }> {
  const rows = await t
    .selectDistinct({ b: listRows.matchBusinessId, p: listRows.matchPersonId })
    .from(listRows)
    .where(and(eq(listRows.listId, listId), sql`${listRows.decision} <> 'none'`));
  return {
    businessIds: [...new Set(rows.map((r) => r.b).filter((x): x is string => x !== null))],
    personIds: [...new Set(rows.map((r) => r.p).filter((x): x is string => x !== null))],
  };
}

function listWhere(
  listId: string,
  category: Exclude<IrisanCategory, "register_only">,
  f: Filter,
): SQL | undefined {
  const q = f.q?.trim();
  return and(
    eq(listRows.listId, listId),
    eq(listRows.decision, DECISION_OF[category]),
    f.region
      ? or(eq(listRows.villageCode, f.region), sql`starts_with(${listRows.villageCode}, ${`${f.region}.`})`)
      : undefined,
    q ? or(sql`${listRows.name} ilike ${`%${q}%`}`, sql`${listRows.nik} = ${q}`) : undefined,
  );
}

async function listSidePage(
  t: Tx,
  list: ListRow,
  category: Exclude<IrisanCategory, "register_only">,
  f: Filter & { limit: number; offset: number },
) {
  const where = listWhere(list.id, category, f);
  const base = t.select().from(listRows).where(where).orderBy(asc(listRows.rowNumber), asc(listRows.id));
  // A register-status filter needs the linked records first; lists are bounded (MAX_LIST_ROWS).
  const rows = f.status ? await base : await base.limit(f.limit).offset(f.offset);
  const regs = new Map(
    (
      await readLinkRecordsByIds(
        t,
        rows.flatMap((r) => (r.matchBusinessId ? [r.matchBusinessId] : [])),
      )
    ).map((r) => [r.businessId, r]),
  );
  if (f.status) {
    const kept = rows.filter((r) => r.matchBusinessId && regs.get(r.matchBusinessId)?.status === f.status);
    return {
      items: kept
        .slice(f.offset, f.offset + f.limit)
        .map((r) => toRow(category, r, regs.get(r.matchBusinessId ?? ""))),
      total: kept.length,
    };
  }
  const [count] = await t.select({ n: sql<number>`count(*)::int` }).from(listRows).where(where);
  return {
    items: rows.map((r) => toRow(category, r, r.matchBusinessId ? regs.get(r.matchBusinessId) : undefined)),
    total: count?.n ?? 0,
  };
}

/** The register region a filter asks for, clamped to the list's regency (null: nothing overlaps). */
export function registerPrefix(listRegion: string, asked: string | undefined): string | null {
  if (!asked) return listRegion;
  if (asked === listRegion || asked.startsWith(`${listRegion}.`)) return asked;
  return listRegion.startsWith(`${asked}.`) ? listRegion : null;
}

export async function irisanRows(
  t: Tx,
  list: ListRow,
  query: IrisanQuery,
): Promise<{ items: IrisanRow[]; total: number }> {
  if (query.category !== "register_only") return listSidePage(t, list, query.category, query);
  const prefix = registerPrefix(list.regionCode, query.region);
  if (prefix === null) return { items: [], total: 0 };
  const linked = await linkedSets(t, list.id);
  const page = await readLinkPage(t, {
    prefix,
    excludeBusinessIds: linked.businessIds,
    excludePersonIds: linked.personIds,
    status: query.status,
    q: query.q,
    limit: query.limit,
    offset: query.offset,
  });
  return { items: page.rows.map((r) => toRow("register_only", null, r)), total: page.total };
}

export async function irisanSummary(t: Tx, list: ListRow): Promise<IrisanSummary> {
  const d = await countRowDecisions(t, list.id);
  const linked = await linkedSets(t, list.id);
  const all = await readLinkPage(t, {
    prefix: list.regionCode,
    excludeBusinessIds: [],
    excludePersonIds: [],
    limit: 1,
    offset: 0,
  });
  const only = await readLinkPage(t, {
    prefix: list.regionCode,
    excludeBusinessIds: linked.businessIds,
    excludePersonIds: linked.personIds,
    limit: 1,
    offset: 0,
  });
  return {
    listRows: d.match + d.review + d.none,
    registerRecords: all.total,
    both: d.match,
    uncertain: d.review,
    listOnly: d.none,
    registerOnly: only.total,
  };
}
