// Uploading an outside list: the file is kept in platform files, its rows stored, and a link run
// queued at once (progress over SSE). The list belongs to one regency, inside the uploader's scope.

import type { Tx } from "../../../platform/db/pool";
import { AppError } from "../../../platform/errors";
import { storeFile } from "../../../platform/files";
import { newId } from "../../../platform/ids";
import type { Jobs } from "../../../platform/jobs/jobs";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../../access";
import type { ListUploaded, ListUploadFields } from "../contract-lists";
import { startRun } from "../dedup/run-scope";
import { LINK_LIST_JOB } from "../jobs-names";
import { requirePermission } from "../permissions";
import { listRows, lists } from "../schema";
import { type ListFileRow, readListFile } from "./read-list-file";
import { findList, toOutsideList, updateList } from "./repository";

export type UploadedFile = { name: string; mime: string; data: Buffer };

/**
 * What the uploading module stores with the list, in the list's own transaction (e.g. Prakerja
 * statuses): a failure there leaves no list, no rows and no link run behind.
 */
export type WithList = (t: Tx, listId: string) => Promise<void>;

export async function uploadList({
  ctx,
  fields,
  file,
  jobs,
  within,
}: {
  ctx: Ctx;
  fields: ListUploadFields;
  file: UploadedFile;
  jobs: Jobs;
  within?: WithList;
}): Promise<ListUploaded> {
  requirePermission(ctx, "linkage.run");
  requireScope(ctx, fields.regionCode);
  const rows = await readListFile({ data: file.data, fileName: file.name, regencyCode: fields.regionCode });
  const listId = await storeList(ctx, { fields, file, rows, within });
  const started = await startRun(ctx, jobs, {
    kind: "link",
    region: fields.regionCode,
    job: LINK_LIST_JOB,
    listId,
  });
  const list = await tx(ctx, async (t) => {
    await updateList(t, listId, { lastRunId: started.run.id, state: "linking" });
    return findList(t, listId);
  });
  if (!list) throw new AppError("INTERNAL");
  return { list: toOutsideList(list, null), ...started };
}

/** Stores the file, the list and its rows (and `within`'s) in one audited transaction; returns the list id. */
export async function storeList(
  ctx: Ctx,
  {
    fields,
    file,
    rows,
    within,
  }: {
    fields: ListUploadFields;
    file: UploadedFile;
    rows: readonly ListFileRow[];
    within?: WithList | undefined;
  },
): Promise<string> {
  const listId = newId();
  await tx(ctx, async (t) => {
    const stored = await storeFile(t, { ...file, uploadedBy: actorName(ctx.actor) });
    await t.insert(lists).values({
      id: listId,
      regionCode: fields.regionCode,
      name: fields.name,
      kind: fields.kind,
      source: fields.source ?? null,
      asOf: fields.asOf ?? null,
      fileId: stored.id,
      fileName: stored.name,
      rowCount: rows.length,
      createdById: ctx.actor.kind === "user" ? ctx.actor.userId : null,
      createdByName: actorName(ctx.actor),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    for (let i = 0; i < rows.length; i += 2_000) {
      await t
        .insert(listRows)
        .values(
          rows.slice(i, i + 2_000).map((r) => ({ id: newId(), regionCode: fields.regionCode, listId, ...r })),
        );
    }
    await recordAudit(t, ctx, {
      action: "linkage.upload-list",
      entityType: "linkage-list",
      entityId: listId,
      entityRegion: fields.regionCode,
      after: { ...fields, rows: rows.length, fileId: stored.id, sha256: stored.sha256 },
    });
    if (within) await within(t, listId);
  });
  return listId;
}
