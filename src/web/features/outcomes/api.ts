// Calls to /api/training/follow-ups; shapes from the server's contract (modules/training/contract-outcomes.ts).
import type {
  FollowUp,
  FollowUpQuery,
  RecordOutcomeBody,
} from "../../../server/modules/training/contract-outcomes";
import { api } from "../../lib/api";

export type { FollowUp, RecordOutcomeBody };
export type SizeClass = RecordOutcomeBody["sizeClass"];
export type FollowUpState = FollowUpQuery["status"];

const base = "/api/training/follow-ups";
export const fetchFollowUps = (status: FollowUpState, signal?: AbortSignal) =>
  api.get<FollowUp[]>(base, { query: { status }, signal });
export const recordOutcome = (body: RecordOutcomeBody) => api.post<FollowUp>(base, body);
