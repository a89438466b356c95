// Every source record of a business's entity: the records the dedup run clustered together or a
// reviewer merged, each with where it came from (office, field assistant, import row). The
// business page shows this through the web component EntitySources.

import { notFound } from "../../../platform/errors";
import { type Ctx, tx } from "../../access";
import { readEntityRecords, readLinkRecordsByIds, readRecordSources } from "../../registry";
import type { EntitySources } from "../contract";
import { requirePermission } from "../permissions";
import { mergedIntoMap } from "../repository";
import { groupSources, toRecordView } from "./present";

export async function getEntitySources({
  ctx,
  businessId,
}: {
  ctx: Ctx;
  businessId: string;
}): Promise<EntitySources> {
  requirePermission(ctx, "registry.read");
  return tx(ctx, async (t) => {
    const [self] = await readLinkRecordsByIds(t, [businessId]);
    if (!self) throw notFound();
    const rows = self.entityId ? await readEntityRecords(t, self.entityId) : [self];
    const sources = await readRecordSources(t, {
      businessIds: rows.map((r) => r.businessId),
      personIds: [...new Set(rows.map((r) => r.personId))],
    });
    const grouped = groupSources(rows, sources);
    const into = await mergedIntoMap(
      t,
      rows.filter((r) => r.status === "merged").map((r) => r.businessId),
    );
    return {
      entityId: self.entityId,
      records: rows.map((r) => ({
        ...toRecordView(r, grouped.get(r.businessId) ?? []),
        mergedInto: into.get(r.businessId) ?? null,
      })),
    };
  });
}
