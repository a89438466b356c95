// Duplicate checks must see every region's proposals of a programme (a couple proposed through two
// regencies is the case that matters), while the proposer's own transaction sees only its scope.
// This one read runs under the whole-country scope and returns only what the evidence shows
// (masked identifiers); writes always happen back in the actor's scoped transaction.
import type { Database, Tx } from "../../../platform/db/pool";
import { inScope } from "../../../platform/db/pool";

export function readAcrossRegions<T>(db: Database, fn: (t: Tx) => Promise<T>): Promise<T> {
  return inScope(db, "*", fn);
}
