// A business's own region as an SQL expression other modules' figures can group by: reports attribute
// aid, orders and the like to where the business is, not to the office that handled it. The
// expression reads the register under the caller's row-level security (out of scope: null).
import { type SQL, sql } from "drizzle-orm";

/**
 * The region code of the business whose id `businessId` yields (null when there is none or it lies
 * outside the caller's scope). Adds no parameters, so a grouped count may use it as its key.
 */
export function businessRegionOf(businessId: SQL): SQL {
  return sql`(select rb.region_code from registry.businesses rb where rb.id = ${businessId})`;
}
