// Benchmark: commit of a 100,000-row dry-run batch into the register (persons, businesses, impact
// assessments, sources) through the same verb as the web and CLI, then its undo. The dry-run rows
// are written directly (the analysis has its own benchmark, bench/registry/import.ts). The owner
// matcher is wired as in the server's job process, so the commit computes the new owners' match
// keys as it does there (--no-match-keys leaves it out, as runs before 2026-12 did). Samples RSS
// and heap every 50 ms. Database: a fresh `sinergi_bench_import` on DATABASE_URL's server.
//
//   node bin/run-ts.js bench/registry/import-commit.ts [--rows 100000] [--no-match-keys] [--append]

import { appendFileSync, readFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import type { Ctx } from "../../src/server/modules/access";
import { linkageOwnerMatcher } from "../../src/server/modules/linkage";
import { provideOwnerMatcher } from "../../src/server/modules/registry";
import { commitBatch } from "../../src/server/modules/registry/import/flow/commit-rows";
import { undoImport } from "../../src/server/modules/registry/import/flow/undo";
import { importBatches, importRows } from "../../src/server/modules/registry/schema-import";
import type { Database } from "../../src/server/platform/db/pool";
import { storeFile } from "../../src/server/platform/files";
import { newId } from "../../src/server/platform/ids";
import { openBenchDatabase } from "../lib/bench-db";

const argv = process.argv.slice(2);
const rowsArg = argv.indexOf("--rows");
const ROWS = rowsArg >= 0 ? Number(argv[rowsArg + 1]) : 100_000;
const DB = "sinergi_bench_import";
const MATCH_KEYS = !argv.includes("--no-match-keys");
if (MATCH_KEYS) provideOwnerMatcher(linkageOwnerMatcher);

const VILLAGES = ["62.71.01.1003", "62.71.01.1001", "62.71.02.1002", "62.71.03.1001"];

function values(i: number) {
  const serial = String((i % 9999) + 1).padStart(4, "0");
  const woman = i % 2 === 0;
  return {
    nik: `627101${woman ? "52" : "12"}0580${serial}`,
    no_kk: `6271010101${String(i).padStart(6, "0")}`,
    nama: `Pemilik Uji ${i}`,
    jenis_kelamin: woman ? "P" : "L",
    tempat_lahir: "Palangka Raya",
    tanggal_lahir: "1980-05-12",
    alamat: `Jl. Tjilik Riwut Km ${i % 40}`,
    rt: "002",
    rw: "005",
    kode_wilayah: VILLAGES[i % VILLAGES.length] ?? null,
    no_hp: `+62812${String(10_000_000 + i)}`,
    nama_usaha: `Usaha Uji ${i}`,
    bidang_usaha: i % 3 === 0 ? "Kuliner" : "Konveksi",
    nib: null,
    omzet_sebelum: 1_500_000,
    omzet_sesudah: 750_000,
    jumlah_karyawan: 3,
    terdampak: "Ya",
    kendala: null,
  };
}

async function seedBatch(database: Database): Promise<string> {
  const file = await storeFile(database.db, {
    name: "bench.xlsx",
    mime: "application/octet-stream",
    data: Buffer.from("bench"),
  });
  const id = newId();
  await database.db.insert(importBatches).values({
    id,
    regionCode: "62.71",
    fileName: "bench.xlsx",
    fileSha256: file.sha256,
    fileId: file.id,
    createdByName: "bench",
    createdAt: new Date(),
    analysedAt: new Date(),
    rowsTotal: ROWS,
    rowsValid: ROWS,
  });
  for (let start = 0; start < ROWS; start += 1000) {
    const chunk = Array.from({ length: Math.min(1000, ROWS - start) }, (_, k) => {
      const i = start + k;
      return {
        batchId: id,
        regionCode: "62.71",
        sheet: "Data",
        rowNumber: i + 5,
        seq: i + 1,
        status: "valid" as const,
        errors: [],
        values: values(i),
      };
    });
    await database.db.insert(importRows).values(chunk);
  }
  return id;
}

function sampler() {
  let peakRss = 0;
  let peakHeap = 0;
  const tick = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  tick();
  const timer = setInterval(tick, 50);
  return {
    stop: () => {
      clearInterval(timer);
      tick();
      return { peakRss, peakHeap };
    },
  };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

const { database } = await openBenchDatabase(DB, { reuse: false, max: 4 });
const ctx: Ctx = {
  db: database,
  actor: { kind: "cli", name: "bench", scope: "*" },
  now: new Date(),
  requestId: "bench",
  lang: "id",
};
const seedStart = performance.now();
const batchId = await seedBatch(database);
const seedMs = performance.now() - seedStart;
const startRss = process.memoryUsage().rss;
const s = sampler();
const t0 = performance.now();
const result = await commitBatch(ctx, batchId);
const commitMs = performance.now() - t0;
const mem = s.stop();
const t1 = performance.now();
await undoImport({ ctx: { ...ctx, now: new Date() }, id: batchId });
const undoMs = performance.now() - t1;
await database.close();

const lines = [
  `rows committed: ${result.rowsImported} (dry-run rows written in ${(seedMs / 1000).toFixed(1)} s, not timed)`,
  `commit: ${(commitMs / 1000).toFixed(1)} s (${Math.round(result.rowsImported / (commitMs / 1000))} rows/s)`,
  `memory during commit: RSS ${mb(startRss)} → peak ${mb(mem.peakRss)}, peak heap ${mb(mem.peakHeap)}`,
  `undo of the batch: ${(undoMs / 1000).toFixed(1)} s`,
];
console.log(lines.join("\n"));
if (argv.includes("--append")) {
  const results = readFileSync("bench/RESULTS.md", "utf8");
  const stamp = new Date().toISOString().slice(0, 16).replace("T", " ");
  const section = [
    "",
    `## Registry: import commit of ${ROWS.toLocaleString("en")} rows (bench/registry/import-commit.ts) — ${stamp} UTC`,
    "",
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${mb(totalmem())} RAM, shared with other work; PostgreSQL local.`,
    `One transaction; pages of 5,000 staged rows, each written by one statement of INSERT … SELECT FROM unnest(…) parts (persons, businesses, impact assessments, kendala, two sources per row), the next page built while PostgreSQL writes; one audit event; owners' match keys ${MATCH_KEYS ? "computed" : "not computed (--no-match-keys)"}.`,
    "",
    ...lines.map((l) => `- ${l}`),
    "",
  ].join("\n");
  appendFileSync("bench/RESULTS.md", `${results.endsWith("\n") ? "" : "\n"}${section}`);
}
process.exit(0);
