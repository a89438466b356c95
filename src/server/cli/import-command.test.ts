// `sinergi import registry` as people run it (spawned, real PostgreSQL): a commit queues the
// incremental dedup of its batch, as the web's commit does, for a server or worker to run later.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../testing/test-db";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const db = await createTestDatabase();
const work = mkdtempSync(path.join(os.tmpdir(), "sinergi-cli-import-"));

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, "bin/sinergi.js"), ...args], {
      cwd: work,
      env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: "test", LOG_LEVEL: "silent" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end("");
  });
}

describe("sinergi import registry (commit)", { timeout: 120_000 }, () => {
  it("queues the incremental dedup of the committed batch", async () => {
    writeFileSync(
      path.join(work, "umkm.csv"),
      "nik,nama,jenis_kelamin,tanggal_lahir,kode_wilayah,nama_usaha\n" +
        "6271015205800021,Sri Wahyuni,P,1980-05-12,62.71.01.1003,Warung Sri\n" +
        "6271011205800032,Bambang Irawan,L,1980-05-12,62.71.01.1003,Bengkel Bambang\n",
    );
    const r = await cli(["import", "registry", "umkm.csv", "--region", "62.71"]);
    expect(r.code, r.stderr).toBe(0);
    const batchId = /Disimpan sebagai batch (\S+): 2 baris/.exec(r.stdout)?.[1];
    expect(batchId, r.stdout).toBeTruthy();
    const progress = await db.pool.query(
      "select state, scope from platform.job_progress where name = 'linkage.incremental-dedup'",
    );
    expect(progress.rows).toEqual([{ state: "created", scope: "62.71" }]);
    const jobs = await db.pool.query(
      "select data from pgboss.job where name = 'linkage.incremental-dedup' and data->>'importBatchId' = $1",
      [batchId],
    );
    expect(jobs.rows.map((j) => j.data)).toEqual([{ regionCode: "62.71", importBatchId: batchId }]);
  });
});
