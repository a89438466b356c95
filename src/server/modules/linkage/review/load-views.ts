// Loads business records with owners and sources for the review screens, in one pass per page.
import type { Tx } from "../../../platform/db/pool";
import { readLinkRecordsByIds, readRecordSources } from "../../registry";
import type { RecordView } from "../contract";
import { groupSources, toRecordView } from "./present";

export async function loadRecordViews(
  t: Tx,
  businessIds: readonly string[],
): Promise<Map<string, RecordView>> {
  const ids = [...new Set(businessIds)];
  const rows = await readLinkRecordsByIds(t, ids);
  const sources = await readRecordSources(t, {
    businessIds: rows.map((r) => r.businessId),
    personIds: [...new Set(rows.map((r) => r.personId))],
  });
  const grouped = groupSources(rows, sources);
  return new Map(rows.map((r) => [r.businessId, toRecordView(r, grouped.get(r.businessId) ?? [])]));
}

/** Business names by id (for merge lists). */
export async function loadBusinessNames(t: Tx, businessIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await readLinkRecordsByIds(t, [...new Set(businessIds)]);
  return new Map(rows.map((r) => [r.businessId, `${r.businessName} — ${r.name}`]));
}
