// Importing a Kartu Prakerja list: linkage stores the list and its rows and links them to the
// register (an outside list of kind "prakerja"); this module keeps each row's wave and statuses.
import type { Tx } from "../../../platform/db/pool";
import { newId } from "../../../platform/ids";
import type { Jobs } from "../../../platform/jobs/jobs";
import { type Ctx, recordAudit, requireScope, tx } from "../../access";
import { uploadList } from "../../linkage";
import type { PrakerjaImported, PrakerjaUploadFields } from "../contract-prakerja";
import { requirePermission } from "../permissions";
import { prakerjaRows } from "../schema";
import { readPrakerjaFile } from "./read-file";
import { countRows, toPrakerjaList } from "./read-lists";

export type PrakerjaFile = { name: string; mime: string; data: Buffer };

export async function importPrakerjaList({
  ctx,
  fields,
  file,
  jobs,
}: {
  ctx: Ctx;
  fields: PrakerjaUploadFields;
  file: PrakerjaFile;
  jobs: Jobs;
}): Promise<PrakerjaImported> {
  requirePermission(ctx, "training.prakerja.import");
  requireScope(ctx, fields.regionCode);
  const rows = await readPrakerjaFile({
    data: file.data,
    fileName: file.name,
    regencyCode: fields.regionCode,
  });
  // The list, its rows and their statuses in one transaction: a failure halfway leaves nothing.
  const uploaded = await uploadList({
    ctx,
    fields: { ...fields, kind: "prakerja", source: "Kartu Prakerja" },
    file,
    jobs,
    within: (t, listId) => insertPrakerjaRows(t, ctx, { listId, regionCode: fields.regionCode, rows }),
  });
  return { list: toPrakerjaList(uploaded.list, countRows(rows), null), jobId: uploaded.jobId };
}

type StatusRows = { listId: string; regionCode: string; rows: Awaited<ReturnType<typeof readPrakerjaFile>> };

/** Stores the statuses of a list's rows in its own audited transaction (the demo and tests). */
export function storePrakerjaRows(ctx: Ctx, o: StatusRows): Promise<void> {
  return tx(ctx, (t) => insertPrakerjaRows(t, ctx, o));
}

/** Inserts the statuses of a list's rows in the caller's transaction, audited. */
export async function insertPrakerjaRows(t: Tx, ctx: Ctx, o: StatusRows): Promise<void> {
  for (let i = 0; i < o.rows.length; i += 2_000) {
    await t.insert(prakerjaRows).values(
      o.rows.slice(i, i + 2_000).map((r) => ({
        id: newId(),
        regionCode: o.regionCode,
        listId: o.listId,
        sheet: r.sheet,
        rowNumber: r.rowNumber,
        nik: r.nik,
        name: r.name,
        birthDate: r.birthDate,
        wave: r.wave,
        statusText: r.statusText,
        registered: r.registered,
        passed: r.passed,
        incentive: r.incentive,
        importedAt: ctx.now,
      })),
    );
  }
  await recordAudit(t, ctx, {
    action: "training.prakerja-statuses",
    entityType: "linkage-list",
    entityId: o.listId,
    entityRegion: o.regionCode,
    after: countRows(o.rows),
  });
}
