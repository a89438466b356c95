// Kendala reported and followed up without signal travel in the same outbox as field records
// (IndexedDB, so they survive closing the app) and are sent by the same sync. Neither call has a
// client id on the server, so before sending again the sync looks for the same text already there.
import type {
  ConstraintDetail,
  ConstraintListResponse,
  CreateConstraintBody,
  FollowUpBody,
} from "../../../../server/modules/registry/contract-constraints";
import { registryPaths } from "../api/paths";
import type { FieldRecordPayload } from "../forms/field-record";
import { call, failureOutcome } from "./http-reply";
import { newOutboxRecord } from "./outbox";
import type { OutboxRecord, OutboxSummary, SendOutcome } from "./outbox-types";

export type KendalaPayload =
  | { kind: "constraint"; businessId: string; body: CreateConstraintBody }
  | { kind: "follow-up"; constraintId: string; body: FollowUpBody };

/** Everything the outbox holds: field records (no `kind`) and kendala actions. */
export type OutboxPayload = FieldRecordPayload | KendalaPayload;

export function isKendala(payload: OutboxPayload): payload is KendalaPayload {
  return "kind" in payload && (payload.kind === "constraint" || payload.kind === "follow-up");
}

export function isFieldRecord(
  record: OutboxRecord<OutboxPayload>,
): record is OutboxRecord<FieldRecordPayload> {
  return !isKendala(record.payload);
}

export function newKendalaRecord(input: {
  userId: string;
  payload: KendalaPayload;
  summary: OutboxSummary;
  now: number;
}): OutboxRecord<OutboxPayload> {
  return newOutboxRecord<OutboxPayload>({ clientId: crypto.randomUUID(), ...input });
}

async function sendReport(businessId: string, body: CreateConstraintBody): Promise<SendOutcome> {
  const listed = await call(
    "GET",
    `${registryPaths.constraints}?businessId=${encodeURIComponent(businessId)}&limit=200`,
  );
  const listFailed = failureOutcome(listed);
  if (listFailed) return listFailed;
  const items = (listed.body as ConstraintListResponse).items;
  const there = items.find((item) => item.type === body.type && item.description === body.description);
  if (there) return { kind: "sent", serverId: there.id };
  const reply = await call("POST", registryPaths.businessConstraints(businessId), body);
  return failureOutcome(reply) ?? { kind: "sent", serverId: (reply.body as ConstraintDetail).id };
}

async function sendFollowUp(constraintId: string, body: FollowUpBody): Promise<SendOutcome> {
  const current = await call("GET", registryPaths.constraint(constraintId));
  const readFailed = failureOutcome(current);
  if (readFailed) return readFailed;
  if ((current.body as ConstraintDetail).followUps.some((f) => f.note === body.note))
    return { kind: "sent", serverId: constraintId };
  const reply = await call("POST", registryPaths.constraintFollowUps(constraintId), body);
  return failureOutcome(reply) ?? { kind: "sent", serverId: constraintId };
}

export function sendKendala(payload: KendalaPayload): Promise<SendOutcome> {
  return payload.kind === "constraint"
    ? sendReport(payload.businessId, payload.body)
    : sendFollowUp(payload.constraintId, payload.body);
}
