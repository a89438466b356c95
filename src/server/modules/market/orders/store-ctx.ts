import type { Ctx } from "../../access";

/**
 * The public store reads every PLUT's catalogue and an order by its code whoever asks: a signed-in
 * operator of one regency buying masks must see the province PLUT's products like any visitor.
 */
export function storeCtx(ctx: Ctx): Ctx {
  return { ...ctx, actor: { kind: "public", scope: "*" } };
}
