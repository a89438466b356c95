// Which regency an import belongs to: the office's own regency for an operator; an admin with a
// wider scope names one inside it.
import { AppError } from "../../../../platform/errors";
import { type Actor, type Ctx, requireScope } from "../../../access";
import { requirePermission } from "../../permissions";

const REGENCY = /^\d{2}\.\d{2}$/;

export function importRegion(ctx: Ctx, asked: string | undefined): string {
  requirePermission(ctx, "registry.import");
  const scope = ctx.actor.scope;
  const own = scope !== "*" && REGENCY.test(scope) ? scope : undefined;
  const region = asked ?? own;
  if (!region || !REGENCY.test(region)) {
    throw new AppError("VALIDATION", {
      text: {
        id: "Pilih kabupaten/kota asal berkas (mis. 62.71).",
        en: "Choose the regency/city the file belongs to (e.g. 62.71).",
      },
      issues: [{ path: "regionCode", message: ctx.lang === "en" ? "required" : "wajib diisi" }],
    });
  }
  requireScope(ctx, region);
  return region;
}

/** The user id of the actor, null for jobs and the command line. */
export function importActorId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}
