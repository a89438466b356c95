// Saving the entry form: every record goes through the offline queue with its own client id,
// then one sync pass runs at once when there is signal. The caller learns whether the record
// already reached the server, still waits in the queue, or was refused (with the reasons).
import type { Me } from "../../../lib/session/types";
import type { FieldDraft } from "../forms/field-draft";
import { toPayload } from "../forms/field-record";
import { newClientId, todayIn } from "../lib/format";
import { newOutboxRecord, replacePayload } from "../offline/outbox";
import { type FieldOutboxRecord, getFieldRecord, outboxStore } from "../offline/outbox-db";
import { syncNow } from "../offline/sync-runner";

export type SaveResult =
  | { kind: "sent"; record: FieldOutboxRecord }
  | { kind: "queued"; record: FieldOutboxRecord }
  /** The owner is probably registered: the user answers "Apakah ini orang yang sama?". */
  | { kind: "decision"; record: FieldOutboxRecord }
  | { kind: "refused"; message: string; issues: Record<string, string> };

function summaryOf(draft: FieldDraft, villageName: string) {
  return {
    ownerName: draft.owner.name.trim(),
    businessName: draft.business.name.trim(),
    village: villageName,
  };
}

export async function saveFieldRecord(options: {
  me: Me;
  draft: FieldDraft;
  villageName: string;
  /** Client id of a queued record being corrected. */
  editing?: string;
}): Promise<SaveResult> {
  const { me, draft } = options;
  const clientId = options.editing ?? newClientId();
  const source = me.role === "pendamping" ? "field" : "form";
  const payload = toPayload(draft, { clientId, today: todayIn(me.scope), source });
  const summary = summaryOf(draft, options.villageName);
  if (options.editing) await replacePayload(outboxStore, clientId, payload, summary, Date.now());
  else await outboxStore.put(newOutboxRecord({ clientId, userId: me.id, payload, summary, now: Date.now() }));

  // A pass already running may have listed the queue before this record: try twice.
  for (let tries = 0; tries < 2 && navigator.onLine; tries++) {
    await syncNow(me.id);
    const record = await outboxStore.get(clientId);
    if (record && record.status !== "queued") break;
  }
  const record = await getFieldRecord(clientId);
  if (!record) throw new Error("record vanished from the queue");
  if (record.status === "rejected") {
    // Typed just now, so it goes back to the form instead of waiting in the queue.
    await outboxStore.delete(clientId);
    return { kind: "refused", message: record.lastError ?? "", issues: record.issues ?? {} };
  }
  if (record.status === "decision") return { kind: "decision", record };
  return record.status === "sent" ? { kind: "sent", record } : { kind: "queued", record };
}
