// The steps the files returned for an approved proposal share (the ministry's decision list, the
// bank's disbursement file): the sheet is read and its rows handed to the file's own reading; then,
// in one transaction, the proposal is found (in scope, past approval), the rows are matched against
// what is stored, the file is kept, and the file's changes are applied. How a file's problems are
// told stays with the file: the decision list refuses itself while being read, a bank file is kept
// as a rejected batch.
import type { PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "../../../platform/db/pool";
import type { LocalText } from "../../../platform/errors";
import { type StoredFile, sha256Of, storeFile } from "../../../platform/files";
import { actorName, type Ctx, recordAudit, tx } from "../../access";
import { requirePermission } from "../permissions";
import { approvedListProgramme } from "../proposals/approved-list";
import { proposalInScope } from "../proposals/manage-proposals";
import { type FieldSynonyms, isNumberCell, readSheet, textOf } from "../proposals/read-sheet";
import type { ProgrammeRow, ProposalRow } from "../repository";

export type ReturnedFile = { name: string; mime: string; data: Buffer };

/** The cells every returned file has: the row number, the NIK (and whether it was a number cell), the name. */
export type PersonCells = { row: number; nik: string | null; nikIsNumber: boolean; name: string | null };

export type Scene<Rows> = { proposal: ProposalRow; programme: ProgrammeRow; rows: Rows; sha256: string };

/** Header names of each column a file has; `nik` and `nama` are the person's. */
type Fields = Readonly<Record<"nik" | "nama", readonly string[]>> & FieldSynonyms;

export type ReturnedFileSteps<F extends Fields, Input, Rows, Matched, Out> = {
  fields: F;
  required: readonly (keyof F & string)[];
  cells: (person: PersonCells, text: (field: keyof F & string) => string | null) => Input;
  /** The file's own reading of its rows; throws to refuse the file before anything is looked up. */
  read: (rows: Input[]) => Rows;
  /** Why the file comes too early, when the proposal is not approved yet. */
  tooEarly: LocalText;
  /** The rows against what the database holds, before the file is kept. */
  match: (t: Tx, scene: Scene<Rows>) => Promise<Matched>;
  apply: (t: Tx, scene: Scene<Rows> & { matched: Matched; stored: StoredFile }) => Promise<Out>;
};

export async function importReturnedFile<F extends Fields, Input, Rows, Matched, Out>(
  { ctx, proposalId, file }: { ctx: Ctx; proposalId: string; file: ReturnedFile },
  steps: ReturnedFileSteps<F, Input, Rows, Matched, Out>,
): Promise<Out> {
  requirePermission(ctx, "aid.verify");
  const sheet = await readSheet({
    data: file.data,
    fileName: file.name,
    fields: steps.fields,
    required: steps.required,
  });
  const rows = steps.read(
    sheet.map((r) =>
      steps.cells(
        { row: r.row, nik: textOf(r, "nik"), nikIsNumber: isNumberCell(r, "nik"), name: textOf(r, "nama") },
        (field) => textOf(r, field),
      ),
    ),
  );
  const sha256 = sha256Of(file.data);
  return tx(ctx, async (t) => {
    const proposal = await proposalInScope(t, ctx, proposalId);
    const programme = await approvedListProgramme(t, proposal, steps.tooEarly);
    const scene = { proposal, programme, rows, sha256 };
    const matched = await steps.match(t, scene);
    const stored = await storeFile(t, {
      name: file.name,
      mime: file.mime,
      data: file.data,
      uploadedBy: actorName(ctx.actor),
    });
    return steps.apply(t, { ...scene, matched, stored });
  });
}

/** Inserts a file's rows a thousand at a time (the statement's parameters stay well under the limit). */
export async function insertFileRows<T extends PgTable>(
  t: Tx,
  table: T,
  rows: readonly T["$inferInsert"][],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await t.insert(table).values(rows.slice(i, i + 1000));
}

/** The audit entry of an import, on the proposal the file belongs to. */
export async function auditImport(
  t: Tx,
  ctx: Ctx,
  proposal: ProposalRow,
  action: string,
  after: Record<string, unknown>,
): Promise<void> {
  await recordAudit(t, ctx, {
    action,
    entityType: "aid_proposal",
    entityId: proposal.id,
    entityRegion: proposal.regionCode,
    after,
  });
}
