// What an edit changed: the fields whose value differs between the audit event's before and after,
// for the history on a record's page. Keys the user never typed (derived search keys, timestamps,
// sync hashes) are left out.
export type FieldChange = { field: string; from: unknown; to: unknown };

const HIDDEN = new Set([
  "id",
  "createdAt",
  "updatedAt",
  "nameNorm",
  "matchKeys",
  "clientId",
  "clientPayloadHash",
  "entityId",
]);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Changed fields in key order of `after`; nothing when either side is not a plain object. */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  return Object.keys(after)
    .filter((field) => !HIDDEN.has(field) && !same(before[field], after[field]))
    .map((field) => ({ field, from: before[field] ?? null, to: after[field] ?? null }));
}
