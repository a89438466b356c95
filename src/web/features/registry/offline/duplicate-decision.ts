// The user's answer to "Apakah ini orang yang sama?" for a queued record: it travels with the
// record (duplicateDecision in the body) and the record goes back to the queue to be sent again.
import type { DuplicateDecision } from "../../../../server/modules/registry/contract";
import type { OutboxStore } from "./outbox";
import type { FieldOutboxRecord } from "./outbox-db";

export function decideDuplicate(
  store: OutboxStore<FieldOutboxRecord["payload"]>,
  clientId: string,
  decision: DuplicateDecision,
  now: number,
) {
  return store.update(clientId, (record) => {
    if (record?.status !== "decision") return null;
    const { candidates: _c, lastError: _e, ...rest } = record;
    return {
      ...rest,
      payload: { ...record.payload, body: { ...record.payload.body, duplicateDecision: decision } },
      status: "queued",
      notBefore: 0,
      updatedAt: new Date(now).toISOString(),
    };
  });
}
