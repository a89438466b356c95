// Two of the 40 demo tailors can sign in as producers (pelaku usaha), each bound to their own
// business, to see their consigned masks, sales, statements and receipts ("Usaha saya").
// Idempotent; without the registry demo (no tailor businesses) there is nobody to bind.
import type { Database } from "../../../platform/db/pool";
import { inScope } from "../../../platform/db/pool";
import { AppError } from "../../../platform/errors";
import { createUser, systemCtx } from "../../access";
import { listDemoTailors } from "../../registry";

/** The demo tailors' usernames, in the registry's tailor order (printed at start). */
export const DEMO_TAILOR_USERS = ["penjahit.satu", "penjahit.dua"] as const;

export async function ensureTailorAccounts(database: Database, password: string): Promise<number> {
  const ctx = systemCtx(database, "demo");
  const tailors = await inScope(database, "*", (t) => listDemoTailors(t));
  let created = 0;
  for (const [i, username] of DEMO_TAILOR_USERS.entries()) {
    const tailor = tailors[i];
    if (!tailor) break;
    try {
      await createUser({
        ctx,
        input: {
          username,
          displayName: tailor.name,
          role: "pelaku_usaha",
          scope: "62.71",
          password,
          businessId: tailor.businessId,
        },
      });
      created += 1;
    } catch (err) {
      if (!(err instanceof AppError && err.code === "USERNAME_TAKEN")) throw err;
    }
  }
  return created;
}
