// The registry benchmark's database: a fresh `sinergi_bench_registry` (see bench/lib/bench-db.ts).
import type { Database } from "../../src/server/platform/db/pool";
import { openBenchDatabase as openNamed } from "../lib/bench-db";

export const BENCH_DB = "sinergi_bench_registry";

/** Creates (or, with `reuse`, keeps) the bench database and brings it to the current schema. */
export function openBenchDatabase(opts: {
  reuse: boolean;
}): Promise<{ database: Database; url: string; existing: boolean }> {
  return openNamed(BENCH_DB, { reuse: opts.reuse, max: 6 });
}
