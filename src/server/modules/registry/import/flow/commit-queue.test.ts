// New records queue the incremental dedup (linkage.incremental-dedup) in the transaction that saves
// them: a commit that fails after the queue statement leaves no job behind, a commit that succeeds
// leaves exactly one, and so does a saved record from the form or the offline sync. No workers
// here, so queued jobs stay in the queue to be counted.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { inScope } from "../../../../platform/db/pool";
import { createTestApp } from "../../../../testing/test-app";
import { systemCtx } from "../../../access";
import { businessBody } from "../../testing/fixtures";
import { importUpload } from "../../testing/import";
import { analyseBatch } from "./analyse";
import { commitBatch } from "./commit-rows";
import { configureDryRun } from "./start";

const t = await createTestApp();
const operator = await t.login("operator.palangkaraya");
const ctx = () => ({ ...systemCtx(t.database, "test"), now: new Date() });
const scalar = async (q: ReturnType<typeof sql>) =>
  Number((await t.database.db.execute<{ n: number }>(q)).rows[0]?.n ?? -1);

const JOB = "linkage.incremental-dedup";
const queued = (key: string, value: string) =>
  scalar(sql`select count(*)::int n from pgboss.job where name = ${JOB} and data->>${key} = ${value}`);
const progressRows = () => scalar(sql`select count(*)::int n from platform.job_progress where name = ${JOB}`);

const CSV = Buffer.from(
  "nik,nama,jenis_kelamin,tanggal_lahir,kode_wilayah,nama_usaha\n" +
    "6271015205800021,Sri Wahyuni,P,1980-05-12,62.71.01.1003,Warung Sri\n" +
    "6271011205800032,Bambang Irawan,L,1980-05-12,62.71.01.1003,Bengkel Bambang\n",
);

async function analysedBatch(): Promise<string> {
  const req = importUpload(CSV, {}, "antrean.csv");
  const up = await t.app.inject({ ...req, headers: { ...req.headers, cookie: operator } });
  expect(up.statusCode, up.body).toBe(201);
  const id = up.json().batch.id as string;
  await configureDryRun({ ctx: ctx(), id, input: { sheets: [up.json().sheets[0].name] } });
  const out = await analyseBatch(ctx(), id);
  expect(out.rowsValid).toBe(2);
  return id;
}

describe("the incremental dedup is queued in the saving transaction", () => {
  it("a failed commit queues nothing; a successful one exactly one job, once", async () => {
    const id = await analysedBatch();
    const progress = await progressRows();
    // Dies after the job was queued, before the transaction commits (the worker's process gone).
    const dying = (percent: number) => {
      if (percent >= 100) throw new Error("worker died");
    };
    await expect(commitBatch(ctx(), id, dying, t.jobs)).rejects.toThrow("worker died");
    expect(await queued("importBatchId", id)).toBe(0);
    expect(await progressRows()).toBe(progress);
    expect(
      await scalar(sql`select count(*)::int n from registry.record_sources where import_batch_id = ${id}`),
    ).toBe(0);

    const done = await commitBatch(ctx(), id, undefined, t.jobs);
    expect(done.rowsImported).toBe(2);
    expect(await queued("importBatchId", id)).toBe(1);
    expect(await progressRows()).toBe(progress + 1);
    const [job] = (
      await t.database.db.execute<{ id: string; data: unknown }>(
        sql`select id, data from pgboss.job where name = ${JOB} and data->>'importBatchId' = ${id}`,
      )
    ).rows;
    expect(job?.data).toEqual({ regionCode: "62.71", importBatchId: id });
    expect(await t.jobs.status(job?.id ?? "")).toMatchObject({ name: JOB, state: "created", scope: "62.71" });

    // A retried commit job finds the batch committed and queues nothing more.
    await commitBatch(ctx(), id, undefined, t.jobs);
    expect(await queued("importBatchId", id)).toBe(1);
  });

  it("queues as the session user and gives the transaction its role back", async () => {
    const roles = await inScope(t.database, "62.71", async (tx) => {
      const role = async () =>
        (await tx.execute<{ r: string }>(sql`select current_user as r`)).rows[0]?.r ?? "";
      const before = await role();
      await t.jobs.enqueue(
        JOB,
        { regionCode: "62.71", businessIds: [] },
        { createdBy: null, scope: "62.71", tx },
      );
      return [before, await role()];
    });
    expect(roles).toEqual(["sinergi_app", "sinergi_app"]);
  });

  it("a business saved from the form or the offline sync queues one job; a replay none", async () => {
    const body = businessBody({ clientId: "0193a000-0000-7000-8000-00000000c0de" });
    const send = () =>
      t.app.inject({
        method: "POST",
        url: "/api/registry/businesses",
        payload: body,
        headers: { cookie: operator },
      });
    const first = await send();
    expect(first.statusCode, first.body).toBe(201);
    const businessId = first.json().business.id as string;
    const jobs = sql`select count(*)::int n from pgboss.job where name = ${JOB} and data->'businessIds' ? ${businessId}`;
    expect(await scalar(jobs)).toBe(1);
    const replay = await send();
    expect(replay.statusCode, replay.body).toBe(200);
    expect(await scalar(jobs)).toBe(1);
  });
});
