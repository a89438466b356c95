// The commit's side of the dry run's in-file duplicates (see ../duplicates.ts), so one person is
// written per NIK of a file: a repeated row (DUPLICATE_IN_FILE) is merged into the earlier one, a
// row whose NIK carries another name (NIK_OTHER_NAME_IN_FILE) is held back unless the operator
// chose to add it to that person (add_business: the earlier row's name stays), and the businesses of
// an owner listed again (SAME_OWNER_IN_FILE) go to the person the owner's first row created. Only
// the NIKs listed again are remembered (their person ids), so memory does not grow with the file.
import { sql } from "drizzle-orm";
import type { Tx } from "../../../../platform/db/pool";
import { newId } from "../../../../platform/ids";
import type { ReasonCode } from "../../domain";

export type InFileOwners = {
  /** NIKs of owners listed again with another business in this batch. */
  readonly niks: ReadonlySet<string>;
  /** The person created in this commit for each of those NIKs. */
  readonly ids: Map<string, string>;
};

export async function loadInFileOwners(t: Tx, batchId: string): Promise<InFileOwners> {
  const res = await t.execute<{ nik: string }>(sql`
    select distinct values->>'nik' as nik from registry.import_rows
    where batch_id = ${batchId} and status <> 'rejected' and values->>'nik' is not null
      and (errors @> '[{"code":"SAME_OWNER_IN_FILE"}]'::jsonb
        or (errors @> '[{"code":"NIK_OTHER_NAME_IN_FILE"}]'::jsonb and choice = 'add_business'))`);
  return { niks: new Set(res.rows.map((r) => r.nik)), ids: new Map() };
}

/**
 * What the commit does with a row the dry run found repeating an earlier row of the file: merged, held
 * back, or (a held row the operator chose to add to the NIK's person) joined.
 */
export function inFileSkip(errors: unknown, choice: string | null): "merged" | "held" | "joined" | null {
  const codes = new Set((errors as { code: ReasonCode }[]).map((e) => e.code));
  if (codes.has("DUPLICATE_IN_FILE")) return "merged";
  if (codes.has("NIK_OTHER_NAME_IN_FILE")) return choice === "add_business" ? "joined" : "held";
  return null;
}

/**
 * The owner of a row that would create a new person: the person an earlier row of the file created
 * for the same NIK (`ownerId`), or a new person id, remembered when the NIK is listed again.
 */
export function ownerOf(
  owners: InFileOwners,
  nik: string | null,
): { ownerId: string } | { personId: string } {
  const listedAgain = nik !== null && owners.niks.has(nik);
  const earlier = listedAgain ? owners.ids.get(nik) : undefined;
  if (earlier) return { ownerId: earlier };
  const personId = newId();
  if (listedAgain) owners.ids.set(nik, personId);
  return { personId };
}
