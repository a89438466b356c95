// One page of a commit: the staged rows sorted by the duplicate gate's decision (new, update, add a
// business to the registered owner or to the person an earlier row of the file created, skip, and
// the dry run's in-file repeats: merged or held back), the new rows turned into one statement that inserts
// into every register table at once (built in memory first, so the next page is built while
// PostgreSQL runs this one), and the update rows applied to their records.
import { and, asc, eq, gt, lte, ne, type SQL } from "drizzle-orm";
import { insertAllStatement, type TableRows } from "../../../../platform/db/bulk-insert";
import type { Tx } from "../../../../platform/db/pool";
import { newId } from "../../../../platform/ids";
import type { Ctx } from "../../../access";
import { ownerMatcher } from "../../duplicates/owner-matching";
import { businesses, constraints, impactAssessments, persons, recordSources } from "../../schema";
import { importRows } from "../../schema-import";
import type { RowValues } from "..";
import { type InFileOwners, inFileSkip, ownerOf } from "./in-file-owners";
import { type UpdateItem, updateFromRows } from "./update";
import {
  businessRow,
  constraintRow,
  type ImportedRow,
  impactRow,
  personRow,
  type RowContext,
  type RowIds,
  sourceRows,
} from "./values";

export const PAGE_ROWS = 5000;

/**
 * The commit's count of rows by what became of them. `added`: a business added to an existing
 * person (registered, or created by an earlier row of the file); `merged`: a row repeating an earlier
 * one (DUPLICATE_IN_FILE); `held`: a NIK listed under another name (NIK_OTHER_NAME_IN_FILE);
 * `joined`: such a row the operator added to the NIK's person (its business only).
 */
export type Tally = {
  inserted: number;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  merged: number;
  held: number;
  joined: number;
};

export const emptyTally = (): Tally => ({
  inserted: 0,
  added: 0,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  merged: 0,
  held: 0,
  joined: 0,
});

/** Rows `seq` in (from, from + PAGE_ROWS]: a range on the primary key, so every page costs the same. */
export function rowsInRange(t: Tx, batchId: string, from: number) {
  return t
    .select({
      sheet: importRows.sheet,
      rowNumber: importRows.rowNumber,
      values: importRows.values,
      errors: importRows.errors,
      choice: importRows.choice,
    })
    .from(importRows)
    .where(
      and(
        eq(importRows.batchId, batchId),
        gt(importRows.seq, from),
        lte(importRows.seq, from + PAGE_ROWS),
        ne(importRows.status, "rejected"),
      ),
    )
    .orderBy(asc(importRows.seq));
}

export type StagedRow = Awaited<ReturnType<typeof rowsInRange>>[number];

/** `ownerId`: an existing person (no new person, no person source); `personId`: the new person's id. */
type Pending = ImportedRow & { ownerId?: string; personId?: string };

const part = <T extends TableRows["table"]>(table: T, rows: T["$inferInsert"][]): TableRows =>
  ({ table, rows }) as TableRows;

/** New businesses; a row with `ownerId` belongs to a registered owner (no new person, no person source). */
function insertStatement(rows: readonly Pending[], c: RowContext): SQL | null {
  const ids: RowIds[] = rows.map((r) => ({
    personId: r.ownerId ?? r.personId ?? newId(),
    businessId: newId(),
    impactId: newId(),
    constraintId: newId(),
    sourceIds: [newId(), newId()],
  }));
  const at = (i: number) => ids[i] as RowIds;
  // Match keys in the same statement, so the duplicate gate finds these owners at once.
  const keys = ownerMatcher();
  const newOwners = rows.flatMap((r, i) => {
    if (r.ownerId) return [];
    const p = personRow(r, at(i).personId, c);
    return [keys ? { ...p, matchKeys: keys.matchKeys(p) } : p];
  });
  return insertAllStatement([
    part(persons, newOwners),
    part(
      businesses,
      rows.map((r, i) => businessRow(r, at(i), c)),
    ),
    part(
      impactAssessments,
      rows.flatMap((r, i) => impactRow(r, at(i), c) ?? []),
    ),
    part(
      constraints,
      rows.flatMap((r, i) => constraintRow(r, at(i).businessId, at(i).constraintId, c) ?? []),
    ),
    part(
      recordSources,
      rows.flatMap((r, i) =>
        sourceRows(r, at(i), c).filter((s) => !(r.ownerId && s.entityType === "person")),
      ),
    ),
  ]);
}

type RegisterMatch = { code: string; personId: string; businessId: string | null };
const matchOf = (errors: unknown): RegisterMatch | undefined =>
  (errors as RegisterMatch[]).find((e) => e.code === "EXISTS_IN_REGISTER" || e.code === "LIKELY_IN_REGISTER");

export type PageWrites = { rows: number; insert: SQL | null; updates: UpdateItem[] };

/** The page's writes, in memory: new rows and rows found in the register as the operator chose. */
export function preparePage(
  page: readonly StagedRow[],
  c: RowContext,
  tally: Tally,
  owners: InFileOwners,
): PageWrites {
  const pending: Pending[] = [];
  const updates: UpdateItem[] = [];
  for (const r of page) {
    const row: ImportedRow = { sheet: r.sheet, rowNumber: r.rowNumber, values: r.values as RowValues };
    const repeat = inFileSkip(r.errors, r.choice);
    if (repeat === "joined") {
      // The operator's "the same person": the business goes to the person of the NIK's earlier row.
      // (No earlier person: the earlier row went to a registered record or was skipped; a new one.)
      const owner = ownerOf(owners, row.values.nik);
      pending.push({ ...row, ...owner });
      if ("ownerId" in owner) tally.joined++;
      else tally.inserted++;
      continue;
    }
    if (repeat) {
      tally[repeat]++;
      continue;
    }
    const match = matchOf(r.errors);
    const choice = r.choice ?? "update";
    // "review": not sure it is the same person; a new record, and the pair is asked after the insert.
    if (!match || choice === "review") {
      const owner = ownerOf(owners, row.values.nik);
      pending.push({ ...row, ...owner });
      if ("ownerId" in owner) tally.added++;
      else tally.inserted++;
    } else if (choice === "skip") tally.skipped++;
    else if (choice === "add_business" || !match.businessId) {
      pending.push({ ...row, ownerId: match.personId });
      tally.added++;
    } else updates.push({ row, personId: match.personId, businessId: match.businessId });
  }
  return { rows: page.length, insert: insertStatement(pending, c), updates };
}

/** Runs the page's writes: the new rows in one statement, then the updates of registered records. */
export async function writePage(t: Tx, ctx: Ctx, w: PageWrites, c: RowContext, tally: Tally): Promise<void> {
  if (w.insert) await t.execute(w.insert);
  const u = await updateFromRows(t, ctx, w.updates, c);
  tally.updated += u.updated;
  tally.unchanged += u.unchanged;
}
