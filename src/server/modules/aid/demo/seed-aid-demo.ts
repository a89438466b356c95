// The aid demo (S6, S5): programmes, the Dharmasraya BPUM proposal with planted problems, and the
// Kalimantan Tengah proposals. Runs after the registry and linkage demos; idempotent per part.

import type { Database } from "../../../platform/db/pool";
import { systemCtx } from "../../access";
import { type DharmasrayaResult, seedDharmasraya } from "./dharmasraya";
import { seedKalteng } from "./kalteng";
import { ensureProgrammes } from "./programmes";
import { ensureAidUsers } from "./users";

export type AidDemoResult = {
  users: number;
  dharmasraya: DharmasrayaResult;
  kalteng: { skipped: boolean };
  ms: number;
};

export async function seedAidDemo(database: Database, opts: { password: string }): Promise<AidDemoResult> {
  const started = performance.now();
  const ctx = systemCtx(database, "demo");
  const users = await ensureAidUsers(ctx, opts.password);
  const programmes = await ensureProgrammes(ctx);
  const dharmasraya = await seedDharmasraya(ctx, programmes.bpum);
  const kalteng = await seedKalteng(ctx, programmes);
  return { users, dharmasraya, kalteng, ms: Math.round(performance.now() - started) };
}
