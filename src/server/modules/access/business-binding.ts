// A `pelaku_usaha` account sees its business's stock, sales and aid status, so it may be bound only
// to a business inside both the acting admin's scope and the account's own scope. Businesses live
// in registry, to the right of access in the module chain: registry provides the lookup (a port)
// when it is loaded; without it no account can be bound at all.

import type { Tx } from "../../platform/db/pool";
import { AppError, type LocalText } from "../../platform/errors";
import type { Ctx } from "./context";
import { inScope } from "./domain/scope";

/** The region code of a business visible in the transaction (row-level security applies), or null. */
export type BusinessRegionLookup = (t: Tx, businessId: string) => Promise<string | null>;

let lookup: BusinessRegionLookup | undefined;

export function provideBusinessRegionLookup(fn: BusinessRegionLookup): void {
  lookup = fn;
}

function refuse(ctx: Ctx, text: LocalText): AppError {
  return new AppError("OUT_OF_SCOPE", { text, issues: [{ path: "businessId", message: text[ctx.lang] }] });
}

export async function requireBindableBusiness(
  t: Tx,
  ctx: Ctx,
  input: { businessId: string; scope: string },
): Promise<void> {
  const region = lookup ? await lookup(t, input.businessId) : null;
  if (region === null || !inScope(ctx.actor.scope, region))
    throw refuse(ctx, {
      id: "Usaha ini tidak ditemukan di wilayah kewenangan Anda.",
      en: "This business is not in your region scope.",
    });
  if (!inScope(input.scope, region))
    throw refuse(ctx, {
      id: "Wilayah akun harus mencakup wilayah usaha yang ditautkan.",
      en: "The account's scope must include the linked business's region.",
    });
}
