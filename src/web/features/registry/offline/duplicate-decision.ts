// The user's answer to "Apakah ini orang yang sama?" for a queued record: it travels with the
// record (duplicateDecision in the body) and the record goes back to the queue to be sent again.
import type { DuplicateDecision } from "../../../../server/modules/registry/contract-register";
import { isKendala, type OutboxPayload } from "./kendala-outbox";
import type { OutboxStore } from "./outbox";

export function decideDuplicate<P extends OutboxPayload>(
  store: OutboxStore<P>,
  clientId: string,
  decision: DuplicateDecision,
  now: number,
) {
  return store.update(clientId, (record) => {
    if (record?.status !== "decision") return null;
    const payload: OutboxPayload = record.payload;
    if (isKendala(payload)) return null;
    const { candidates: _c, lastError: _e, ...rest } = record;
    return {
      ...rest,
      payload: { ...payload, body: { ...payload.body, duplicateDecision: decision } } as P,
      status: "queued",
      notBefore: 0,
      updatedAt: new Date(now).toISOString(),
    };
  });
}
