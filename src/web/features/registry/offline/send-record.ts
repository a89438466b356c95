// Sends one queued field record: the business (idempotent on its client id), then its kendala.
// Every answer becomes a SendOutcome; only "no connection" and server trouble are retried.
import type { BusinessPage } from "../../../../server/modules/registry/contract-business-page";
import type { ConstraintListResponse } from "../../../../server/modules/registry/contract-constraints";
import { i18n } from "../../../i18n";
import { registryPaths } from "../api/paths";
import type { FieldRecordPayload } from "../forms/field-record";
import { call, failureOutcome } from "./http-reply";
import { isKendala, type OutboxPayload, sendKendala } from "./kendala-outbox";
import type { OutboxRecord, SendCheckpoint, SendOutcome } from "./outbox-types";
import { overwriteServerVersion } from "./overwrite";

async function sendBusiness(record: OutboxRecord<FieldRecordPayload>): Promise<SendOutcome> {
  if (record.overwrite && record.serverVersion) {
    return overwriteServerVersion(record.payload, record.serverVersion as BusinessPage);
  }
  const reply = await call("POST", registryPaths.businesses, record.payload.body);
  const failed = failureOutcome(reply);
  if (failed) return failed;
  const page = reply.body as BusinessPage;
  return { kind: "sent", serverId: page.business.id };
}

// CreateConstraintBody carries no client id, so a kendala whose reply was lost is looked up
// before it is sent again rather than reported twice.
async function sendConstraint(serverId: string, payload: FieldRecordPayload): Promise<SendOutcome | null> {
  const kendala = payload.constraint;
  if (!kendala) return null;
  const existing = await call(
    "GET",
    `${registryPaths.constraints}?businessId=${encodeURIComponent(serverId)}&limit=200`,
  );
  const listFailed = failureOutcome(existing);
  if (listFailed) return listFailed;
  const items = (existing.body as ConstraintListResponse).items;
  if (items.some((item) => item.type === kendala.type && item.description === kendala.description))
    return null;
  return failureOutcome(await call("POST", registryPaths.businessConstraints(serverId), kendala));
}

/** Sends one queued item: a field record (business, then its kendala) or a kendala action. */
export async function sendOutboxRecord(
  record: OutboxRecord<OutboxPayload>,
  checkpoint: (patch: SendCheckpoint) => Promise<void>,
): Promise<SendOutcome> {
  if (typeof navigator !== "undefined" && !navigator.onLine) {
    return { kind: "retry", message: i18n.t("errors.network"), offline: true };
  }
  const payload = record.payload;
  if (isKendala(payload)) return sendKendala(payload);
  return sendFieldRecord({ ...record, payload }, checkpoint);
}

async function sendFieldRecord(
  record: OutboxRecord<FieldRecordPayload>,
  checkpoint: (patch: SendCheckpoint) => Promise<void>,
): Promise<SendOutcome> {
  let serverId = record.serverId;
  if (!serverId) {
    const outcome = await sendBusiness(record);
    if (outcome.kind !== "sent") return outcome;
    serverId = outcome.serverId;
    await checkpoint({ serverId });
  }
  if (record.payload.constraint && !record.constraintSent) {
    const failed = await sendConstraint(serverId, record.payload);
    if (failed) return failed;
    await checkpoint({ constraintSent: true });
  }
  return { kind: "sent", serverId };
}
