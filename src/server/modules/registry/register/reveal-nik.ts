// Shows one person's full NIK and No. KK to a role that needs them; every reveal is audited
// with the reason given (UU PDP: processing of specific personal data is recorded with its purpose).

import { notFound } from "../../../platform/errors";
import { type Ctx, recordAudit, tx } from "../../access";
import type { RevealedIdentity } from "../contract-register";
import { requirePermission } from "../permissions";
import { findPersonRow } from "./repository";
import { requireRevealReason } from "./reveal-reason";

export async function revealNik({
  ctx,
  personId,
  reason,
}: {
  ctx: Ctx;
  personId: string;
  reason: string;
}): Promise<RevealedIdentity> {
  requirePermission(ctx, "registry.reveal_nik");
  const why = requireRevealReason(reason);
  return tx(ctx, async (t) => {
    const person = await findPersonRow(t, personId);
    if (!person) throw notFound();
    await recordAudit(t, ctx, {
      action: "registry.reveal-nik",
      entityType: "person",
      entityId: person.id,
      entityRegion: person.regionCode,
      after: { via: "reveal", fields: ["nik", "noKk"], reason: why },
    });
    return { personId: person.id, nik: person.nik, noKk: person.noKk };
  });
}
