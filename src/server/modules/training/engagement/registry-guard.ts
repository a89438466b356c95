// The register business an operator links a registration to: active and in the caller's scope.
import type { Tx } from "../../../platform/db/pool";
import { type BusinessBrief, selectBusinessBriefs } from "../../registry";
import { unknownBusinesses } from "../errors";

export { selectBusinessBriefs };

export async function unknownBusinessesGuard(t: Tx, businessId: string): Promise<BusinessBrief> {
  const [brief] = await selectBusinessBriefs(t, [businessId]);
  if (!brief) throw unknownBusinesses([businessId]);
  if (brief.status !== "active") throw unknownBusinesses([businessId]);
  return brief;
}
