// The aid benchmark's database: a fresh `sinergi_bench_aid` (see bench/lib/bench-db.ts).
import type { Database } from "../../src/server/platform/db/pool";
import { openBenchDatabase } from "../lib/bench-db";

export const BENCH_DB = "sinergi_bench_aid";

export function openAidBenchDatabase(opts: {
  reuse: boolean;
}): Promise<{ database: Database; existing: boolean }> {
  return openBenchDatabase(BENCH_DB, { reuse: opts.reuse, max: 6 });
}
